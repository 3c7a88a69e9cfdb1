"""Every project path, derived from one root."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The checkout root (holds conf/, seeds/, reports/); overridable with QUOTESTANCE_ROOT."""
    env = os.environ.get("QUOTESTANCE_ROOT")
    if env:
        return Path(env).resolve()
    for parent in PACKAGE_DIR.parents:
        if (parent / "conf" / "config.yaml").is_file():
            return parent
    return Path.cwd()


def conf_dir() -> Path:
    """Absolute path of the Hydra config directory."""
    return project_root() / "conf"


def experiments_dir() -> Path:
    return project_root() / "experiments"
