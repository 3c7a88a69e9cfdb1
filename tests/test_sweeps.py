"""Sweeps through Hydra's launchers and sweepers, in subprocesses (as a user runs them).

The joblib launcher runs jobs in other processes; its metrics and predictions must equal the
basic (in-process, sequential) launcher's. submitit_local is slow (a process per job) and marked
so; the Optuna search runs only when its extra (`search`) is installed.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pandas as pd
import pytest

QUICK = ["data=seed", "eval.n_splits=3", "eval.repeats=1", "eval.bootstrap=20", "progress=false"]


def has_plugin(module: str) -> bool:
    return importlib.util.find_spec(f"hydra_plugins.{module}") is not None


def sweep(sweep_dir, *overrides, timeout=600):
    cmd = [sys.executable, "-m", "quotestance.run", "-m", *overrides, *QUICK,
           f"paths.output_dir={sweep_dir.parent}/outputs", f"hydra.sweep.dir={sweep_dir}"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def metrics(run_dir) -> dict:
    m = json.loads((run_dir / "metrics.json").read_text())
    m.pop("fit_seconds")
    return m


def assert_same_runs(a, b, n):
    for job in map(str, range(n)):
        assert metrics(a / job) == metrics(b / job), job
        pd.testing.assert_frame_equal(pd.read_parquet(a / job / "predictions.parquet"),
                                      pd.read_parquet(b / job / "predictions.parquet"))


@pytest.mark.skipif(not has_plugin("hydra_joblib_launcher"), reason="hydra-joblib-launcher not installed (extra: parallel)")
def test_joblib_sweep_equals_basic_sweep(tmp_path):
    grid = ["model=lexicon,tfidf_logreg"]
    sweep(tmp_path / "basic", *grid)
    sweep(tmp_path / "joblib", *grid, "hydra/launcher=joblib", "hydra.launcher.n_jobs=2")
    for name in ("basic", "joblib"):
        summary = pd.read_csv(tmp_path / name / "summary.csv")
        assert sorted(summary["model"]) == ["lexicon", "tfidf_logreg"]
        assert (tmp_path / name / "summary.parquet").is_file()
    assert_same_runs(tmp_path / "basic", tmp_path / "joblib", 2)  # determinism across processes
    columns = ["model", "data", "task", "n", "macro_f1", "ci_low", "ci_high", "accuracy", "log_loss"]
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "basic" / "summary.csv")[columns],
                                  pd.read_csv(tmp_path / "joblib" / "summary.csv")[columns])


@pytest.mark.skipif(not has_plugin("hydra_joblib_launcher"), reason="hydra-joblib-launcher not installed (extra: parallel)")
def test_joblib_local_launcher_config():
    from quotestance.config import compose

    cfg = compose(["hydra/launcher=joblib_local"], return_hydra_config=True)
    assert cfg.hydra.launcher._target_.endswith("JoblibLauncher")
    assert cfg.hydra.launcher.batch_size == "1" and isinstance(cfg.hydra.launcher.n_jobs, int)


@pytest.mark.skipif(not has_plugin("hydra_submitit_launcher"), reason="hydra-submitit-launcher not installed (extra: cluster)")
def test_slurm_launcher_config():
    from quotestance.config import compose

    cfg = compose(["hydra/launcher=slurm", "hydra.launcher.partition=cpu"], return_hydra_config=True)
    launcher = cfg.hydra.launcher
    assert launcher._target_.endswith("SlurmLauncher")
    assert launcher.partition == "cpu" and launcher.mem_gb == 8 and launcher.timeout_min == 60


@pytest.mark.slow
@pytest.mark.skipif(not has_plugin("hydra_submitit_launcher"), reason="hydra-submitit-launcher not installed (extra: cluster)")
def test_submitit_local_sweep(tmp_path):
    sweep(tmp_path / "submitit", "model=majority,lexicon", "hydra/launcher=submitit_local")
    sweep(tmp_path / "basic", "model=majority,lexicon")
    summary = pd.read_csv(tmp_path / "submitit" / "summary.csv")
    assert sorted(summary["model"]) == ["lexicon", "majority"]
    assert_same_runs(tmp_path / "basic", tmp_path / "submitit", 2)


# resume=true (skip finished jobs) is tested in tests/test_manifest.py::test_resume_skips_finished_runs


def test_grid_search_experiment(tmp_path):
    # experiment=search_grid with a smaller grid given on the command line (replaces the config's lists)
    sweep(tmp_path / "grid", "experiment=search_grid", "model.estimator.C=1,4", "model.estimator.lexicon_weight=0.0,0.6")
    summary = pd.read_csv(tmp_path / "grid" / "summary.csv")
    assert len(summary) == 4 and set(summary["model"]) == {"lexicon_tfidf"}
    seen = set()
    for job in range(4):
        overrides = (tmp_path / "grid" / str(job) / ".hydra" / "overrides.yaml").read_text()
        seen.add(tuple(line for line in overrides.splitlines() if "model.estimator" in line))
    assert len(seen) == 4


@pytest.mark.skipif(not has_plugin("hydra_optuna_sweeper"), reason="hydra-optuna-sweeper not installed (extra: search)")
def test_optuna_search_experiment(tmp_path):
    import yaml

    sweep(tmp_path / "search", "experiment=search", "hydra.sweeper.n_trials=3")
    results = yaml.safe_load((tmp_path / "search" / "optimization_results.yaml").read_text())
    assert set(results["best_params"]) == {"model.estimator.C", "model.estimator.lexicon_weight"}
    assert 0.25 <= results["best_params"]["model.estimator.C"] <= 64
    summary = pd.read_csv(tmp_path / "search" / "summary.csv")
    assert len(summary) == 3 and summary["macro_f1"].max() == pytest.approx(results["best_value"])
