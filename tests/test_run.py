"""The default experiment runs end to end into tmp paths and writes sane outputs."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
import skops.io as sio

from quotestance.config import compose
from quotestance.data import load
from quotestance.run import run


@pytest.mark.parametrize("model", ["majority", "lexicon", "tfidf_logreg"])
def test_run_writes_outputs(tmp_path, fast_overrides, model):
    cfg = compose(fast_overrides + [f"model={model}"])
    metrics = run(cfg, tmp_path / "run")
    out = tmp_path / "run"
    for name in ("metrics.json", "predictions.parquet", "model-stance.skops", "manifest.json"):
        assert (out / name).is_file(), name
    assert json.loads((out / "metrics.json").read_text()) == json.loads(json.dumps(metrics))
    assert 0.0 <= metrics["macro_f1"]["ci_low"] <= metrics["macro_f1"]["mean"] <= metrics["macro_f1"]["ci_high"] <= 1.0

    preds = pd.read_parquet(out / "predictions.parquet")
    for column in ("id", "gold", "predicted", "model", "fold", "seed"):
        assert column in preds.columns
    proba = preds[[f"proba_{label}" for label in metrics["labels"]]].to_numpy()
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, atol=1e-6)
    assert (proba >= 0).all()
    # every quote predicted exactly once per CV repeat, and no group on both sides of a split
    ids = set(load("quotestance_gold").to_pandas()["id"])
    assert preds.groupby("seed")["id"].apply(lambda s: s.is_unique and set(s) == ids).all()
    assert preds.groupby(["seed", "group"])["fold"].nunique().max() == 1

    estimator = sio.load(out / "model-stance.skops", trusted=sio.get_untrusted_types(file=out / "model-stance.skops"))
    assert len(estimator.predict(["We will never negotiate with them."])) == 1


def test_same_seed_same_metrics(tmp_path, fast_overrides):
    cfg = compose(fast_overrides + ["model=tfidf_logreg"])
    first, second = run(cfg, tmp_path / "a"), run(cfg, tmp_path / "b")
    first.pop("fit_seconds"), second.pop("fit_seconds")
    assert first == second
    pd.testing.assert_frame_equal(
        pd.read_parquet(tmp_path / "a" / "predictions.parquet"), pd.read_parquet(tmp_path / "b" / "predictions.parquet")
    )


def test_demo_multirun_writes_comparison_figure(tmp_path):
    cmd = [sys.executable, "-m", "quotestance.run", "experiment=demo", f"paths.output_dir={tmp_path}/out",
           f"paths.reports_dir={tmp_path}/reports", "eval.repeats=1", "eval.bootstrap=50", "progress=false"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    sweeps = list((tmp_path / "out" / "multirun").iterdir())
    assert len(sweeps) == 1
    summary = pd.read_csv(sweeps[0] / "summary.csv")
    assert sorted(summary["model"]) == ["lexicon", "majority", "tfidf_logreg"]
    pngs = list((tmp_path / "reports").rglob("*comparison*.png"))
    pdfs = list((tmp_path / "reports").rglob("*comparison*.pdf"))
    assert pngs and pdfs


def test_bad_data_is_one_line_error(tmp_path):
    cmd = [sys.executable, "-m", "quotestance.run", "data=conflibert_cameo", f"paths.data_root={tmp_path}/nowhere",
           f"paths.output_dir={tmp_path}/out", "progress=false"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "missing data file" in done.stderr
