"""Agreement statistics: correct on known cases, and the figures in docs/data.md recomputed."""

from __future__ import annotations

import json
import re

import pytest
from sklearn.metrics import cohen_kappa_score

from quotestance.labels import GOLD_DIR, read_annotations
from quotestance.labels.agreement import cohen_kappa, krippendorff_alpha
from quotestance.labels.passes import build_gold, pass_agreement
from quotestance.paths import project_root


def test_kappa_matches_sklearn():
    a = ["esc", "neu", "neu", "con", "esc", "neu", "con", "neu"]
    b = ["esc", "neu", "con", "con", "neu", "neu", "con", "neu"]
    assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))


def test_alpha_known_value():
    # Two coders, nominal data: 10 units, 8 agreements; alpha by hand = 1 - (n-1) * D_o / D_e
    units = [["a", "a"]] * 4 + [["b", "b"]] * 4 + [["a", "b"], ["b", "a"]]
    # coincidences: o_aa = 8, o_bb = 8, o_ab = o_ba = 2; n_a = n_b = 10, n = 20
    expected = 1 - (20 - 1) * 4 / (2 * 10 * 10)
    assert krippendorff_alpha(units) == pytest.approx(expected)
    assert krippendorff_alpha([["x", "x"], ["y", "y"]]) == pytest.approx(1.0)


def documented_rows() -> dict:
    text = (project_root() / "docs" / "data.md").read_text(encoding="utf-8")
    rows = {}
    for match in re.finditer(r"^\| (lee|news_samples) \| (\d+) \|((?: [0-9.]+ \|){7})$", text, re.M):
        rows[match.group(1)] = [int(match.group(2))] + [float(x) for x in match.group(3).split("|") if x.strip()]
    return rows


@pytest.mark.parametrize("corpus", ["lee", "news_samples"])
def test_documented_agreement_is_recomputed(corpus):
    documented = documented_rows()[corpus]
    r = pass_agreement(corpus)
    computed = [r["matched"], r["stance"]["agreement"], r["stance"]["kappa"], r["stance"]["alpha"],
                r["sentiment"]["agreement"], r["sentiment"]["kappa"], r["sentiment"]["alpha"], r["speaker_agreement"]]
    assert documented[0] == computed[0] and documented[0] >= 150
    assert documented[1:] == [round(x, 3) for x in computed[1:]]


@pytest.mark.parametrize("corpus", ["lee", "news_samples"])
def test_gold_is_adjudicated_pass1(corpus):
    shipped = read_annotations(GOLD_DIR / f"{corpus}.jsonl")
    assert json.dumps(shipped, sort_keys=True) == json.dumps(build_gold(corpus), sort_keys=True)
    decisions = read_annotations(GOLD_DIR / f"{corpus}_adjudication.jsonl")
    assert decisions and all(d.get("rationale") for d in decisions)
