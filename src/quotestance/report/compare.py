"""Ranked model comparison within (data, task) blocks, with paired tests against the best run.

Runs are ranked only against runs on the same data set and task: their out-of-fold predictions
cover the same examples, so the paired tests of quotestance.evaluate.stats apply (cluster-paired
bootstrap of the macro-F1 difference, exact McNemar on correctness). The p-values of one block's
comparisons against its best run are Holm-corrected within that block.
"""

from __future__ import annotations

import json
import logging
import math

from quotestance.report import tables as T

log = logging.getLogger("quotestance")

METRICS = ("macro_f1", "accuracy")
FORMATS = ("table", "md", "latex", "csv", "json")
ALPHA = 0.05

JSON_KEYS = ["rank", "run", "model", "features", "data", "task", "metric", "mean", "ci_low", "ci_high", "n",
             "n_groups", "repeats", "delta_vs_best", "p_vs_best", "p_bootstrap", "p_bootstrap_holm", "p_mcnemar",
             "p_mcnemar_holm", "fit_seconds", "note"]

BLOCKS_NOTE = ("Runs on different data or tasks are not ranked against each other: each (data, task) block "
               "is ranked and tested on its own.")


def _accuracy(gold, pred, labels) -> float:
    import numpy as np

    return float(np.mean(np.asarray(gold) == np.asarray(pred)))


def _score(run, metric: str, n_boot: int, seed: int) -> tuple[float | None, float | None, float | None]:
    """Mean over CV repeats and the 95% cluster-bootstrap CI of `metric` for one run."""
    stored = run.metrics.get(metric) or {}
    mean, low, high = stored.get("mean"), stored.get("ci_low"), stored.get("ci_high")
    if (low is None or high is None) and run.predictions is not None and metric == "accuracy":
        from quotestance.evaluate.metrics import cluster_bootstrap, confidence_interval

        low, high = confidence_interval(cluster_bootstrap(run.predictions, run.labels, n_boot=n_boot, seed=seed,
                                                          metric=_accuracy))
    return mean, low, high


def rank_block(rows: list[dict], score_key: str) -> dict:
    """Sort rows best first, give competition ranks, mark and return the best row.

    Ties are broken by model then run name, so the order never depends on input order.
    """
    rows.sort(key=lambda r: (-(r[score_key] if r[score_key] is not None else -math.inf), r["model"], r["run"]))
    rank, previous = 0, None
    for i, row in enumerate(rows):
        if row[score_key] != previous:
            rank, previous = i + 1, row[score_key]
        row["rank"] = rank
    rows[0]["note"] = "best"
    return rows[0]


def holm_columns(tested: list[dict], keys=("p_bootstrap", "p_mcnemar")) -> None:
    """Add <key>_holm: Holm-corrected p-values over the rows that have <key>."""
    from quotestance.evaluate.stats import holm

    for key in keys:
        part = [r for r in tested if r[key] is not None]
        for row, adjusted in zip(part, holm([r[key] for r in part]) if part else []):
            row[f"{key}_holm"] = adjusted


def _block_rows(runs, metric: str, n_boot: int, seed: int) -> list[dict]:
    from quotestance.evaluate.stats import mcnemar_exact, paired_bootstrap

    rows = []
    for run in runs:
        mean, low, high = _score(run, metric, n_boot, seed)
        rows.append({"run": run.name, "model": run.model, "features": run.features, "data": run.data,
                     "task": run.task, "metric": metric, "mean": mean, "ci_low": low, "ci_high": high,
                     "n": run.metrics.get("n"), "n_groups": run.metrics.get("n_groups"),
                     "repeats": len(run.metrics.get("seeds") or []) or None,
                     "fit_seconds": run.metrics.get("fit_seconds"), "delta_vs_best": None, "p_vs_best": None,
                     "p_bootstrap": None, "p_bootstrap_holm": None, "p_mcnemar": None, "p_mcnemar_holm": None,
                     "note": "", "_run": run})
    best = rank_block(rows, "mean")
    tested = []
    for row in rows[1:]:
        if row["mean"] is not None and best["mean"] is not None:
            row["delta_vs_best"] = row["mean"] - best["mean"]
        a, b = best["_run"], row["_run"]
        if a.predictions is None or b.predictions is None:
            row["note"] = "no predictions.parquet: not tested"
            continue
        try:
            boot = paired_bootstrap(a.predictions, b.predictions, a.labels, n_boot=n_boot, seed=seed)
            mcn = mcnemar_exact(a.predictions, b.predictions)
        except ValueError as err:  # different examples or seeds: the pair is not comparable
            row["note"] = f"not tested: {err}"
            continue
        row["p_bootstrap"], row["p_mcnemar"] = boot["p_value"], mcn["p_value"]
        tested.append(row)
    if tested:
        holm_columns(tested)
        # the test that matches the metric: the bootstrap is on macro-F1, McNemar on correctness (accuracy)
        primary = "p_bootstrap_holm" if metric == "macro_f1" else "p_mcnemar_holm"
        for row in tested:
            row["p_vs_best"] = row[primary]
            if row["p_vs_best"] < ALPHA:
                row["note"] = "worse than best"
    for row in rows:
        row["block"] = f"{row['data']} / {row['task']}"
    return rows


def compare_runs(runs, metric: str = "macro_f1", task: str | None = None, n_boot: int = 1000,
                 seed: int = 0) -> list[dict]:
    """Rows ranked within each (data, task) block, blocks in sorted order.

    Each row: block, rank, run, model, features, data, task, metric, mean, ci_low, ci_high, n,
    n_groups, repeats, delta_vs_best, p_vs_best (Holm-corrected within the block; None for the
    best run), the raw and Holm-corrected bootstrap and McNemar p-values, fit_seconds, note.
    """
    if metric not in METRICS:
        raise ValueError(f"metric must be one of {', '.join(METRICS)}, not {metric!r}")
    if task is not None:
        runs = [run for run in runs if run.task == task]
    blocks: dict[tuple[str, str], list] = {}
    for run in runs:
        blocks.setdefault(run.block, []).append(run)
    rows = []
    for key in sorted(blocks):
        rows.extend(_block_rows(blocks[key], metric, n_boot, seed))
    for row in rows:
        row.pop("_run", None)
    return rows


def n_blocks(rows: list[dict]) -> int:
    return len({row["block"] for row in rows})


def _columns(metric: str, fmt: str) -> list[T.Column]:
    name = {"macro_f1": "macro-F1", "accuracy": "accuracy"}[metric]
    return [
        T.Column("rank", "rank", T.integer, "r"),
        T.Column("model", "model"),
        T.Column("features", "features"),
        T.Column("data", "data"),
        T.Column("mean", name, T.num(3), "r"),
        T.Column("*", "95% CI", T.ci("ci_low", "ci_high"), "r"),
        T.Column("n", "n", T.integer, "r"),
        T.Column("p_vs_best", "p vs best", T.pvalue, "r"),
        T.Column("fit_seconds", "fit s", T.seconds, "r"),
        T.Column("run", "run"),
    ]


def _method(metric: str) -> str:
    test = ("paired cluster bootstrap of the macro-F1 difference" if metric == "macro_f1"
            else "exact McNemar test on correctness (first CV repeat)")
    return (f"Mean over CV repeats with 95% cluster-bootstrap CI (groups resampled); p vs best: {test}, "
            "Holm-corrected within the block.")


def render(rows: list[dict], fmt: str = "table", metric: str = "macro_f1") -> str:
    """The comparison as text in one of FORMATS."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "json":
        return json.dumps([{k: _plain(row.get(k)) for k in JSON_KEYS + ["block"]} for row in rows], indent=2,
                          ensure_ascii=False) + "\n"
    if fmt == "csv":
        return T.csv_text(rows, ["block"] + JSON_KEYS)
    columns = _columns(metric, fmt)
    blocks = sorted({row["block"] for row in rows}, key=lambda b: [r["block"] for r in rows].index(b))
    note = BLOCKS_NOTE if len(blocks) > 1 else ""
    if fmt == "latex":
        return T.latex(rows, columns, caption=f"Model comparison ({_method(metric)})", label="tab:compare",
                       group_key="block", group_title=lambda r: f"data: {r['data']}, task: {r['task']}",
                       notes=note)
    out = []
    for block in blocks:
        part = [r for r in rows if r["block"] == block]
        first = part[0]
        title = f"data: {first['data']}, task: {first['task']} ({len(part)} run{'s' if len(part) != 1 else ''})"
        if fmt == "md":
            out.append(f"### {title}\n\n{T.markdown(part, columns)}")
        else:
            out.append(f"{title}\n{T.plain(part, columns)}")
    footer = _method(metric) + (" " + note if note else "")
    if fmt == "md":
        return "\n".join(out) + "\n" + footer + "\n"
    return "\n".join(out) + "\n" + footer + "\n"


def _plain(value):
    """JSON-safe scalars: numpy numbers to Python, NaN to None."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value
