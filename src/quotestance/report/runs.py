"""Finished runs on disk: discovery (a sweep expands to its runs), loading, and the summary table.

A run directory holds `.hydra/config.yaml`, `metrics.json` and `predictions.parquet` (see
quotestance.run); a sweep directory holds numbered run directories and `multirun.yaml`.
Nothing here retrains anything: every number comes from what the run saved.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

log = logging.getLogger("quotestance")

SUMMARY_COLUMNS = ["run", "model", "features", "data", "task", "n", "macro_f1", "ci_low", "ci_high",
                   "accuracy", "log_loss", "fit_seconds"]


class RunError(ValueError):
    """A path is not a run or sweep directory, or a run's files are unreadable."""


def _is_run(path: Path) -> bool:
    return (path / "metrics.json").is_file() or (path / ".hydra").is_dir()


def _is_sweep(path: Path) -> bool:
    return (path / "multirun.yaml").is_file()


def _sort_key(path: Path):
    # numbered sweep subdirectories sort numerically (2 before 10); others by name
    return (0, int(path.name), "") if path.name.isdigit() else (1, 0, path.name)


def _natural(path) -> list:
    """Sort key of a path in natural order: numbered parts compare as numbers (models/2 before models/10)."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in Path(path).parts]


def _yaml(path: Path) -> dict:
    from omegaconf import OmegaConf

    if not path.is_file():
        return {}
    return OmegaConf.to_container(OmegaConf.load(path), resolve=False) or {}


def _features(config: dict, choices: dict) -> str:
    """What the model reads: the features config group when the model uses it, else its own n-grams."""
    model = config.get("model") or {}
    if "${features" in json.dumps(model):
        return str(choices.get("features") or "features")
    est = model.get("estimator") or {}
    target = str(est.get("_target_", ""))
    parts = []
    if "embed" in target:
        parts.append("MiniLM")
    if "ngram_range" in est:
        low, high = (list(est["ngram_range"]) + [None, None])[:2]
        analyzer = est.get("analyzer", "word")
        kind = "char" if str(analyzer).startswith("char") else "word"
        parts.append(f"{kind} {low}-{high}-grams")
    if "lexicon" in target.lower() or "cue" in target.lower():
        parts.insert(0, "lexicon")
    if "vader" in target.lower():
        parts.append("VADER lexicon")
    return " + ".join(parts) if parts else "-"


@dataclass
class Run:
    """One finished run, read from its directory (predictions and transfer grid load on first use)."""

    path: Path
    name: str
    config: dict
    metrics: dict
    choices: dict = field(default_factory=dict)

    @property
    def model(self) -> str:
        return str(self.metrics.get("model") or (self.config.get("model") or {}).get("name", "?"))

    @property
    def data(self) -> str:
        return str(self.metrics.get("data") or (self.config.get("data") or {}).get("name", "?"))

    @property
    def task(self) -> str:
        return str(self.metrics.get("task") or self.config.get("task", "?"))

    @property
    def labels(self) -> list[str]:
        return list(self.metrics.get("labels") or [])

    @property
    def features(self) -> str:
        return _features(self.config, self.choices)

    @property
    def block(self) -> tuple[str, str]:
        """Runs are comparable only within one (data, task) block."""
        return (self.data, self.task)

    @cached_property
    def predictions(self):
        """Out-of-fold predictions (one row per example per CV repeat), or None if not saved."""
        import pandas as pd

        path = self.path / "predictions.parquet"
        if not path.is_file():
            return None
        frame = pd.read_parquet(path)
        return frame.sort_values(["seed", "id"], kind="stable").reset_index(drop=True)

    @cached_property
    def transfer(self):
        """The cross-corpus transfer grid (train, test, macro_f1, ...), or None."""
        import pandas as pd

        path = self.path / "transfer.parquet"
        if path.is_file():
            frame = pd.read_parquet(path)
        elif self.metrics.get("transfer"):
            frame = pd.DataFrame(self.metrics["transfer"])
        else:
            return None
        if "model" not in frame:
            frame["model"] = self.model
        frame["task"] = self.task
        return frame.sort_values(["train", "test"], kind="stable").reset_index(drop=True)

    @cached_property
    def transfer_predictions(self):
        """Test predictions of the transfer grid (id, group, gold, predicted, train, test, seed, ...), or None."""
        import pandas as pd

        path = self.path / "transfer_predictions.parquet"
        if not path.is_file():
            return None
        frame = pd.read_parquet(path)
        if "model" not in frame:
            frame["model"] = self.model
        if "task" not in frame:
            frame["task"] = self.task
        return frame.sort_values(["train", "test", "seed", "id"], kind="stable").reset_index(drop=True)

    @property
    def learning_curve(self) -> list[dict]:
        return list(self.metrics.get("learning_curve") or [])


def _load_one(path: Path, name: str) -> Run | None:
    metrics_path = path / "metrics.json"
    if not metrics_path.is_file():
        log.warning("skipping unfinished run %s (no metrics.json)", path)
        return None
    try:
        metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise RunError(f"{metrics_path}: unreadable metrics ({err})") from None
    config = _yaml(path / ".hydra" / "config.yaml")
    hydra = _yaml(path / ".hydra" / "hydra.yaml")
    choices = ((hydra.get("hydra") or {}).get("runtime") or {}).get("choices") or {}
    return Run(path=path, name=name, config=config, metrics=metrics, choices=dict(choices))


def _expand(path: Path, depth: int = 0) -> list[tuple[Path, str]]:
    """(run directory, display name) pairs under `path`."""
    if _is_run(path):
        return [(path, path.name)]
    children = sorted((p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")), key=_sort_key)
    if _is_sweep(path):
        return [(child, f"{path.name}/{child.name}") for child in children if _is_run(child)]
    if depth < 1:  # a folder of runs or sweeps, e.g. outputs/multirun/
        found = [item for child in children for item in _expand(child, depth + 1)]
        if found:
            return found
    return []


def load_runs(paths) -> list[Run]:
    """Runs under `paths` (run or sweep directories), in natural path order (sweep/2 before sweep/10);
    unfinished runs are skipped.

    Raises RunError for a path that does not exist or holds no run.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    found: dict[Path, str] = {}
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            raise RunError(f"{path}: no such run or sweep directory")
        expanded = _expand(path)
        if not expanded:
            raise RunError(f"{path}: not a run or sweep directory (no metrics.json, .hydra/ or multirun.yaml)")
        for run_path, name in expanded:
            found.setdefault(run_path.resolve(), name)
    runs = [_load_one(path, name) for path, name in sorted(found.items(), key=lambda item: _natural(item[0]))]
    runs = [run for run in runs if run is not None]
    # two runs may share a display name (e.g. the same sweep number in two sweeps): make it unique
    counts: dict[str, int] = {}
    for run in runs:
        counts[run.name] = counts.get(run.name, 0) + 1
    for run in runs:
        if counts[run.name] > 1:
            run.name = f"{run.path.parent.parent.name}/{run.name}"
    return runs


def cv_runs(runs) -> tuple[list, list]:
    """(runs for the within-corpus CV figures and tables, runs left out of them).

    A transfer sweep also cross-validates within its training corpus, so the same (model, data,
    task) CV block may come from a plain run and from a transfer run. Where a (model, data, task)
    has runs both with and without a transfer grid, only those without one are kept; where all its
    runs have a transfer grid, all are kept. Input order is preserved.
    """
    plain: set[tuple[str, str, str]] = set()
    for run in runs:
        if run.transfer is None:
            plain.add((run.model, run.data, run.task))
    kept, dropped = [], []
    for run in runs:
        if run.transfer is not None and (run.model, run.data, run.task) in plain:
            dropped.append(run)
        else:
            kept.append(run)
    return kept, dropped


def summary_table(runs) -> "pandas.DataFrame":  # noqa: F821
    """One row per run: run, model, features, data, task, n, macro-F1 with CI, accuracy, log-loss, fit time."""
    import pandas as pd

    rows = []
    for run in runs:
        m = run.metrics
        f1 = m.get("macro_f1") or {}
        rows.append({
            "run": run.name, "model": run.model, "features": run.features, "data": run.data, "task": run.task,
            "n": int(m.get("n", 0)), "macro_f1": f1.get("mean"), "ci_low": f1.get("ci_low"),
            "ci_high": f1.get("ci_high"), "accuracy": (m.get("accuracy") or {}).get("mean"),
            "log_loss": (m.get("log_loss") or {}).get("mean"), "fit_seconds": m.get("fit_seconds"),
        })
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
