"""Classification metrics on out-of-fold predictions, with cluster-bootstrap confidence intervals."""

from __future__ import annotations

import numpy as np


def macro_f1(gold, pred, labels) -> float:
    """Macro-F1 over the labels that occur in `gold` (a class a corpus lacks does not count as F1 0)."""
    gold, pred = np.asarray(gold, dtype=object), np.asarray(pred, dtype=object)
    scores = []
    for label in labels:
        is_gold, is_pred = gold == label, pred == label
        support = is_gold.sum()
        if support == 0:
            continue
        tp = np.logical_and(is_gold, is_pred).sum()
        denominator = support + is_pred.sum()
        scores.append(2.0 * tp / denominator)
    return float(np.mean(scores)) if scores else 0.0


def summary(frame, labels) -> dict:
    """Scores of one set of predictions (one row per example): macro-F1, accuracy, log-loss, per class."""
    from sklearn.metrics import accuracy_score, confusion_matrix, log_loss, precision_recall_fscore_support

    gold, pred = frame["gold"].to_numpy(), frame["predicted"].to_numpy()
    ordered = sorted(labels)  # log_loss reads probability columns in sorted label order
    proba = frame[[f"proba_{label}" for label in ordered]].to_numpy()
    precision, recall, f1, support = precision_recall_fscore_support(  # per class, all labels
        gold, pred, labels=list(labels), zero_division=0
    )
    return {
        "macro_f1": macro_f1(gold, pred, labels),
        "accuracy": float(accuracy_score(gold, pred)),
        "log_loss": float(log_loss(gold, proba, labels=ordered)),
        "per_class": {
            label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support)
        },
        "confusion_matrix": confusion_matrix(gold, pred, labels=list(labels)).tolist(),
    }


def cluster_bootstrap(frame, labels, n_boot: int = 1000, seed: int = 0, metric=macro_f1) -> np.ndarray:
    """Metric over `n_boot` resamples of whole groups (articles), averaged over repeats."""
    rng = np.random.default_rng(seed)
    groups = np.asarray(sorted(frame["group"].unique()))
    per_repeat = [
        (rep["group"].to_numpy(), rep["gold"].to_numpy(), rep["predicted"].to_numpy())
        for _, rep in sorted(frame.groupby("seed"), key=lambda item: item[0])
    ]
    index = {
        g: [np.flatnonzero(rep_groups == g) for rep_groups, _, _ in per_repeat] for g in groups
    }
    values = np.empty(n_boot)
    for b in range(n_boot):
        draw = rng.choice(groups, size=len(groups), replace=True)
        scores = []
        for r, (_, gold, pred) in enumerate(per_repeat):
            rows = np.concatenate([index[g][r] for g in draw])
            scores.append(metric(gold[rows], pred[rows], labels))
        values[b] = np.mean(scores)
    return values


def confidence_interval(values: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    alpha = (1.0 - level) / 2.0
    return float(np.quantile(values, alpha)), float(np.quantile(values, 1.0 - alpha))
