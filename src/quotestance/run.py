"""`quotestance-run`: one Hydra-configured experiment (all logic in `run(cfg)`, which tests call).

A run loads a labelled corpus, cross-validates one model with groups kept apart, writes
metrics.json, predictions.parquet and the model fitted on all data (model-<task>.skops, one
per task in `fit_tasks`, described by model.json) to its run directory, and optionally a cross-corpus transfer grid (transfer.parquet).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import hydra
from omegaconf import DictConfig, OmegaConf

from quotestance.config import register_resolvers
from quotestance.paths import conf_dir

log = logging.getLogger("quotestance")


def _frame(data_cfg, task: str):
    from quotestance.data import load
    from quotestance.data.schema import to_frame

    options = OmegaConf.to_container(data_cfg.options, resolve=True) if data_cfg.get("options") else {}
    frame = to_frame(load(data_cfg.name, root=data_cfg.root, **options), task)
    if frame.empty:
        raise ValueError(f"data set {data_cfg.name!r} has no {task} labels")
    return frame


def build_estimator(cfg: DictConfig):
    """The configured estimator, built by hydra.utils.instantiate from `_target_`."""
    from hydra.utils import instantiate

    return instantiate(cfg.model.estimator, _convert_="all")


def evaluate_predictions(predictions, labels, n_boot: int, seed: int) -> dict:
    """Summary metrics, averaged over CV repeats, with cluster-bootstrap 95% CIs over groups."""
    import numpy as np

    from quotestance.evaluate.metrics import cluster_bootstrap, confidence_interval, macro_f1, summary

    per_repeat = {int(s): summary(rep, labels) for s, rep in predictions.groupby("seed")}
    first = per_repeat[min(per_repeat)]
    folds = [
        macro_f1(part["gold"], part["predicted"], labels) for _, part in predictions.groupby(["seed", "fold"])
    ]
    out = {}
    for key in ("macro_f1", "accuracy", "log_loss"):
        out[key] = {"mean": float(np.mean([m[key] for m in per_repeat.values()]))}
    boots = cluster_bootstrap(predictions, labels, n_boot=n_boot, seed=seed)
    out["macro_f1"]["ci_low"], out["macro_f1"]["ci_high"] = confidence_interval(boots)
    out["macro_f1"]["per_fold"] = folds
    out["macro_f1"]["fold_std"] = float(np.std(folds))
    out["per_class"] = first["per_class"]
    out["confusion_matrix"] = first["confusion_matrix"]
    return out


def transfer_grid(cfg: DictConfig, estimator, labels):
    """Cross-corpus transfer: a grid (one row per (train, test) pair) and the test predictions.

    eval.transfer_mode "pairs": train on each corpus, test on every other; "leave_one_out": train
    on all corpora but one, test on that one (the closer proxy for unseen news).
    """
    import pandas as pd
    from sklearn.base import clone

    from quotestance.evaluate.cv import full_proba, prediction_rows
    from quotestance.evaluate.metrics import macro_f1

    frames = {}
    for entry in cfg.eval.transfer:  # a corpus name, or {name, options, label}
        if isinstance(entry, str):
            entry = {"name": entry}
        spec = OmegaConf.to_container(OmegaConf.create(entry), resolve=True)
        data_cfg = OmegaConf.merge(cfg.data, {"name": spec["name"]})
        data_cfg.options = spec.get("options", {})
        frames[spec.get("label", spec["name"])] = _frame(data_cfg, cfg.task)
    mode = cfg.eval.get("transfer_mode", "pairs")
    if mode == "pairs":
        plan = [([a], b) for a in frames for b in frames if a != b]
    elif mode == "leave_one_out":
        plan = [([a for a in frames if a != b], b) for b in frames]
    else:
        raise ValueError(f"eval.transfer_mode must be 'pairs' or 'leave_one_out', not {mode!r}")
    rows, predictions = [], []
    for train_names, test_name in plan:
        train = pd.concat([frames[n] for n in train_names], ignore_index=True)
        test = frames[test_name]
        model = clone(estimator).fit(train["text"].to_numpy(dtype=object), train["label"].to_numpy(dtype=object))
        proba = full_proba(model, test["text"].to_numpy(dtype=object), labels)
        predicted = [labels[i] for i in proba.argmax(axis=1)]
        train_label = "+".join(train_names) if mode == "pairs" else f"all but {test_name}"
        rows.append({"train": train_label, "test": test_name, "n_train": len(train), "n_test": len(test),
                     "macro_f1": macro_f1(test["label"], predicted, labels),
                     "accuracy": float((test["label"].to_numpy() == predicted).mean())})
        predictions.append(prediction_rows(test, proba, labels, train=train_label, test=test_name, seed=cfg.seed))
    return pd.DataFrame(rows), pd.concat(predictions, ignore_index=True)


def fit_final_models(cfg: DictConfig, estimator, run_dir: Path, frame) -> dict:
    """Fit `estimator` on all data for each task in cfg.fit_tasks; save model-<task>.skops (never pickle)."""
    import skops.io as sio
    from sklearn.base import clone

    from quotestance import __version__
    from quotestance.io import atomic_path
    from quotestance.labels import TASK_LABELS

    card = {"model": cfg.model.name, "data": cfg.data.name, "version": __version__, "tasks": {}}
    for task in cfg.get("fit_tasks") or [cfg.task]:
        task_frame = frame if task == cfg.task else _frame(cfg.data, task)
        model = clone(estimator).fit(task_frame["text"].to_numpy(dtype=object), task_frame["label"].to_numpy(dtype=object))
        name = f"model-{task}.skops"
        with atomic_path(run_dir / name) as tmp:
            sio.dump(model, tmp)
        card["tasks"][task] = {"file": name, "labels": list(TASK_LABELS[task]), "n_train": int(len(task_frame))}
    return card


def run(cfg: DictConfig, run_dir: str | Path) -> dict:
    """Run one experiment into `run_dir`; returns the metrics written to metrics.json."""
    from quotestance import __version__
    from quotestance.evaluate.cv import grouped_cv
    from quotestance.io import write_json, write_parquet
    from quotestance.labels import TASK_LABELS
    from quotestance.manifest import write_manifest

    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    if cfg.task not in TASK_LABELS:
        raise ValueError(f"task must be one of {', '.join(TASK_LABELS)}, not {cfg.task!r}")
    labels = list(TASK_LABELS[cfg.task])
    frame = _frame(cfg.data, cfg.task)
    estimator = build_estimator(cfg)
    seeds = [cfg.seed + r for r in range(cfg.eval.repeats)]
    log.info("%s: %d %s examples in %d groups, %d-fold grouped CV x %d seeds",
             cfg.model.name, len(frame), cfg.task, frame["group"].nunique(), cfg.eval.n_splits, len(seeds))
    predictions, fit_seconds = grouped_cv(estimator, frame, labels, cfg.eval.n_splits, seeds, progress=cfg.progress)
    predictions["model"] = cfg.model.name
    predictions["task"] = cfg.task
    predictions["data"] = cfg.data.name

    metrics = evaluate_predictions(predictions, labels, cfg.eval.bootstrap, cfg.seed)
    metrics.update({"model": cfg.model.name, "data": cfg.data.name, "task": cfg.task, "labels": labels,
                    "n": int(len(frame)), "n_groups": int(frame["group"].nunique()), "seeds": seeds,
                    "n_splits": int(cfg.eval.n_splits), "fit_seconds": fit_seconds, "version": __version__})

    if cfg.eval.get("learning_curve"):
        from quotestance.evaluate.cv import learning_curve

        metrics["learning_curve"] = learning_curve(
            estimator, frame, labels, cfg.eval.n_splits, cfg.seed, list(cfg.eval.learning_curve))
    write_json(run_dir / "model.json", fit_final_models(cfg, estimator, run_dir, frame))
    if cfg.eval.transfer:
        grid, transfer_predictions = transfer_grid(cfg, estimator, labels)
        grid["model"] = transfer_predictions["model"] = cfg.model.name
        transfer_predictions["task"] = cfg.task
        write_parquet(run_dir / "transfer.parquet", grid)
        write_parquet(run_dir / "transfer_predictions.parquet", transfer_predictions)
        metrics["transfer"] = grid.drop(columns="model").to_dict("records")
    write_parquet(run_dir / "predictions.parquet", predictions)
    write_json(run_dir / "metrics.json", metrics)
    write_manifest(run_dir, cfg)
    log.info("%s: macro-F1 %.3f [%.3f, %.3f] -> %s", cfg.model.name, metrics["macro_f1"]["mean"],
             metrics["macro_f1"]["ci_low"], metrics["macro_f1"]["ci_high"], run_dir)
    return metrics


register_resolvers()


@hydra.main(version_base="1.3", config_path=str(conf_dir()), config_name="config")
def _hydra_main(cfg: DictConfig) -> float:
    from hydra.core.hydra_config import HydraConfig

    run_dir = Path(HydraConfig.get().runtime.output_dir)
    if cfg.get("resume") and (run_dir / "metrics.json").is_file():
        import json

        log.info("resume: %s already finished, skipping", run_dir)
        return json.loads((run_dir / "metrics.json").read_text(encoding="utf-8"))["macro_f1"]["mean"]
    try:
        metrics = run(cfg, run_dir)
    except (ValueError, OSError) as err:  # data and config problems: one line, non-zero exit
        log.error("%s", err)
        print(f"quotestance-run: error: {err}", file=sys.stderr)
        sys.exit(2)
    return metrics["macro_f1"]["mean"]


def main() -> None:
    _hydra_main()


if __name__ == "__main__":
    main()
