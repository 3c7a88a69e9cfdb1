"""Paired significance tests between two models' out-of-fold predictions, and Holm correction."""

from __future__ import annotations

import numpy as np

from quotestance.evaluate.metrics import macro_f1


def _aligned(a, b):
    """Join two prediction frames on (id, seed) so each row is the same example in the same repeat."""
    cols = ["id", "seed", "group", "gold", "predicted"]
    merged = a[cols].merge(b[cols], on=["id", "seed"], suffixes=("_a", "_b"))
    if merged.empty:
        raise ValueError("the two runs share no (id, seed) predictions: were they run on the same data?")
    if (merged["gold_a"] != merged["gold_b"]).any():
        raise ValueError("the two runs disagree on gold labels: they are not on the same data and task")
    return merged.sort_values(["seed", "id"]).reset_index(drop=True)


def mcnemar_exact(a, b) -> dict:
    """Exact (binomial) McNemar test on correctness, on the first repeat's out-of-fold predictions."""
    from scipy.stats import binomtest

    merged = _aligned(a, b)
    first = merged[merged["seed"] == merged["seed"].min()]
    right_a = first["predicted_a"] == first["gold_a"]
    right_b = first["predicted_b"] == first["gold_b"]
    only_a, only_b = int((right_a & ~right_b).sum()), int((~right_a & right_b).sum())
    n = only_a + only_b
    p = 1.0 if n == 0 else float(binomtest(only_a, n, 0.5).pvalue)
    return {"only_a_right": only_a, "only_b_right": only_b, "p_value": p}


def paired_bootstrap(a, b, labels, n_boot: int = 1000, seed: int = 0) -> dict:
    """Cluster-paired bootstrap of the macro-F1 difference (a - b), resampling groups."""
    merged = _aligned(a, b)
    rng = np.random.default_rng(seed)
    groups = np.asarray(sorted(merged["group_a"].unique()))
    repeats = [rep for _, rep in sorted(merged.groupby("seed"), key=lambda item: item[0])]
    index = [{g: np.flatnonzero(rep["group_a"].to_numpy() == g) for g in groups} for rep in repeats]

    def diff(rows_per_repeat):
        out = []
        for rep, rows in zip(repeats, rows_per_repeat):
            gold = rep["gold_a"].to_numpy()[rows]
            out.append(
                macro_f1(gold, rep["predicted_a"].to_numpy()[rows], labels)
                - macro_f1(gold, rep["predicted_b"].to_numpy()[rows], labels)
            )
        return float(np.mean(out))

    observed = diff([np.arange(len(rep)) for rep in repeats])
    deltas = np.empty(n_boot)
    for i in range(n_boot):
        draw = rng.choice(groups, size=len(groups), replace=True)
        deltas[i] = diff([np.concatenate([idx[g] for g in draw]) for idx in index])
    # two-sided p: how often the resampled difference falls on the other side of zero
    p = min(1.0, 2.0 * min((deltas <= 0).mean(), (deltas >= 0).mean()))
    return {
        "delta_macro_f1": observed,
        "ci_low": float(np.quantile(deltas, 0.025)),
        "ci_high": float(np.quantile(deltas, 0.975)),
        "p_value": float(p),
    }


def holm(p_values: list[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values, in the input order."""
    m = len(p_values)
    order = np.argsort(p_values, kind="stable")
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted.tolist()
