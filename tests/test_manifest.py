"""Run manifests and `quotestance verify`; resuming a sweep skips finished runs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from quotestance.cli import main
from quotestance.config import compose
from quotestance.run import run


def test_manifest_and_verify(tmp_path, fast_overrides, capsys):
    seeds = tmp_path / "seeds"
    shutil.copytree(compose([]).paths.seeds_dir, seeds)
    cfg = compose(fast_overrides + ["data=seed", "model=majority", "eval.n_splits=3", f"paths.seeds_dir={seeds}"])
    run(cfg, tmp_path / "run")
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert manifest["python"] and manifest["libraries"]["scikit-learn"] and len(manifest["config_sha256"]) == 64
    seed_files = [k for k in manifest["data_files"] if k.startswith(str(seeds))]
    assert len(seed_files) == 1
    assert main(["verify", str(tmp_path / "run")]) == 0
    with open(seed_files[0], "a", encoding="utf-8") as handle:
        handle.write("\nedited")
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "run")]) == 1
    assert "changed: " + seed_files[0] in capsys.readouterr().out
    assert main(["verify", str(tmp_path)]) == 2


def test_resume_skips_finished_runs(tmp_path):
    sweep = tmp_path / "sweep"
    base = [sys.executable, "-m", "quotestance.run", "-m", "data=seed", "model=majority,lexicon", "eval.n_splits=3",
            "eval.repeats=1", "eval.bootstrap=20", "progress=false", f"hydra.sweep.dir={sweep}"]
    assert subprocess.run(base, capture_output=True, text=True, timeout=300).returncode == 0
    first = (sweep / "0" / "metrics.json").stat().st_mtime_ns
    (sweep / "1" / "metrics.json").unlink()  # as if job 1 had been interrupted
    done = subprocess.run(base + ["resume=true"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-1500:]
    assert (sweep / "0" / "metrics.json").stat().st_mtime_ns == first
    assert (sweep / "1" / "metrics.json").is_file()
    assert "already finished, skipping" in done.stderr + done.stdout
