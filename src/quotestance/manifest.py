"""Run manifests: what produced a run (versions, commit, config hash, input data hashes)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import platform
import subprocess
from pathlib import Path

from quotestance.paths import project_root

LIBRARIES = ("quotestance", "scikit-learn", "numpy", "scipy", "pandas", "datasets", "hydra-core", "skops", "matplotlib")


def _version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=project_root(), capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def input_files(cfg) -> list[Path]:
    """Every file a run reads its data from: packaged annotations, seed texts, corpora under data.root."""
    from quotestance.data.gold import LEE_FILES, lee_corpus_dir
    from quotestance.labels import GOLD_DIR

    names = {cfg.data.name, *cfg.eval.get("transfer", [])}
    files = sorted(GOLD_DIR.glob("*.jsonl"))
    if names & {"seed", "quotestance_gold"}:
        files += sorted(Path(cfg.paths.seeds_dir).glob("*.txt"))
    if names & {"lee_gold", "quotestance_gold"}:
        try:
            files += [lee_corpus_dir() / name for name in LEE_FILES]
        except Exception:  # gensim absent: the run itself would have failed earlier
            pass
    root = Path(cfg.data.root) if cfg.data.get("root") else None
    corpus_files = {
        "news_samples_gold": "news/conflibert_samples/*.txt",
        "conflibert_cameo": "conflibert_cameo/train.tsv",
        "unscon": "unscon/conflict_annotations_sentences.csv",
        "plover": "plover/*.txt",
    }
    if root:
        for name, pattern in corpus_files.items():
            if name in names:
                files += sorted(root.glob(pattern))
    if cfg.data.name == "file":
        files.append(Path(cfg.data.options.path))
    return [f for f in files if f.is_file()]


def config_hash(cfg) -> str:
    from omegaconf import OmegaConf

    blob = json.dumps(OmegaConf.to_container(cfg, resolve=True), sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def build_manifest(cfg) -> dict:
    return {
        "quotestance": _version("quotestance"),
        "git_commit": git_commit(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "libraries": {name: _version(name) for name in LIBRARIES},
        "config_sha256": config_hash(cfg),
        "data_files": {str(path): sha256_file(path) for path in input_files(cfg)},
    }


def write_manifest(run_dir: Path, cfg) -> dict:
    from quotestance.io import write_json

    manifest = build_manifest(cfg)
    write_json(Path(run_dir) / "manifest.json", manifest)
    return manifest


def verify(run_dir: str | Path) -> list[str]:
    """Data files whose SHA-256 differs from the run's manifest (or that are gone)."""
    manifest = json.loads((Path(run_dir) / "manifest.json").read_text(encoding="utf-8"))
    drift = []
    for name, digest in sorted(manifest["data_files"].items()):
        path = Path(name)
        if not path.is_file():
            drift.append(f"missing: {name}")
        elif sha256_file(path) != digest:
            drift.append(f"changed: {name}")
    return drift
