"""Shared fixtures: the third-party data root (../shared/data), skipped with a reason when absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("QUOTESTANCE_DATA_ROOT", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def data_root() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"third-party data not found at {SHARED_DATA} (set QUOTESTANCE_DATA_ROOT)")
    return SHARED_DATA


@pytest.fixture
def fast_overrides(tmp_path) -> list[str]:
    """Overrides that keep a test run small and write everything under tmp_path."""
    return [
        f"paths.output_dir={tmp_path}/outputs",
        f"paths.reports_dir={tmp_path}/reports",
        "eval.repeats=1",
        "eval.bootstrap=50",
        "progress=false",
    ]
