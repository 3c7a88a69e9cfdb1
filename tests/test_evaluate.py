"""Evaluation statistics: macro-F1, cluster bootstrap, exact McNemar, paired bootstrap, Holm."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from quotestance.evaluate.metrics import cluster_bootstrap, confidence_interval, macro_f1
from quotestance.evaluate.stats import holm, mcnemar_exact, paired_bootstrap

LABELS = ["escalatory", "neutral", "conciliatory"]


def test_macro_f1_matches_sklearn():
    rng = np.random.default_rng(1)
    for _ in range(100):
        gold, pred = rng.choice(LABELS, 40), rng.choice(LABELS, 40)
        present = [label for label in LABELS if label in set(gold)]
        assert macro_f1(gold, pred, LABELS) == pytest.approx(f1_score(gold, pred, labels=present, average="macro"))


def frame(pred, gold, groups, seed=0):
    return pd.DataFrame({"id": [f"q{i}" for i in range(len(gold))], "gold": gold, "predicted": pred,
                         "group": groups, "seed": seed})


def test_holm_known_values():
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert holm([0.5]) == [0.5]
    assert all(a >= b for a, b in zip(holm([0.2, 0.001, 0.04]), [0.2, 0.001, 0.04]))


def test_mcnemar_exact():
    gold = ["escalatory"] * 30
    groups = [f"g{i // 3}" for i in range(30)]
    a = frame(["escalatory"] * 30, gold, groups)
    b = frame(["neutral"] * 12 + ["escalatory"] * 18, gold, groups)
    result = mcnemar_exact(a, b)
    assert (result["only_a_right"], result["only_b_right"]) == (12, 0)
    assert result["p_value"] == pytest.approx(2 * 0.5 ** 12)
    assert mcnemar_exact(a, a)["p_value"] == 1.0


def test_paired_bootstrap_detects_a_real_difference_and_not_a_null_one():
    rng = np.random.default_rng(0)
    gold = rng.choice(LABELS, 300)
    groups = [f"g{i // 5}" for i in range(300)]
    good = np.where(rng.random(300) < 0.9, gold, rng.choice(LABELS, 300))
    bad = rng.choice(LABELS, 300)
    strong = paired_bootstrap(frame(good, gold, groups), frame(bad, gold, groups), LABELS, n_boot=300)
    assert strong["delta_macro_f1"] > 0.4 and strong["p_value"] < 0.01 and strong["ci_low"] > 0
    same = paired_bootstrap(frame(good, gold, groups), frame(good, gold, groups), LABELS, n_boot=100)
    assert same["delta_macro_f1"] == 0 and same["p_value"] == 1.0


def test_paired_tests_refuse_different_data():
    a = frame(["neutral"], ["neutral"], ["g"])
    b = frame(["neutral"], ["escalatory"], ["g"])
    with pytest.raises(ValueError, match="gold labels"):
        mcnemar_exact(a, b)


def test_cluster_bootstrap_ci_covers_the_estimate():
    rng = np.random.default_rng(2)
    gold = rng.choice(LABELS, 200)
    pred = np.where(rng.random(200) < 0.7, gold, rng.choice(LABELS, 200))
    f = frame(pred, gold, [f"g{i // 4}" for i in range(200)])
    values = cluster_bootstrap(f, LABELS, n_boot=300, seed=0)
    low, high = confidence_interval(values)
    assert low < macro_f1(gold, pred, LABELS) < high
    assert np.array_equal(values, cluster_bootstrap(f, LABELS, n_boot=300, seed=0))  # deterministic
