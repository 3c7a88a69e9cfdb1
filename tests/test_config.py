"""Every config group option composes, and every _target_ in it instantiates."""

from __future__ import annotations

from pathlib import Path

import pytest
from hydra.utils import instantiate

from quotestance.config import compose
from quotestance.paths import conf_dir, experiments_dir

GROUPS = ["paths", "data", "features", "model", "eval", "report"]


def options(group: str) -> list[str]:
    return sorted(p.stem for p in (conf_dir() / group).glob("*.yaml"))


def test_every_group_has_options():
    for group in GROUPS:
        assert options(group), f"conf/{group}/ is empty"


@pytest.mark.parametrize("group,option", [(g, o) for g in GROUPS for o in options(g)])
def test_option_composes_and_instantiates(group, option):
    cfg = compose([f"{group}={option}"])
    assert cfg[group] is not None
    if group == "model":
        estimator = instantiate(cfg.model.estimator, _convert_="all")
        assert hasattr(estimator, "fit") and hasattr(estimator, "predict_proba")
        assert cfg.model.name == option
    if group == "features":
        vectorizer = instantiate(cfg.features, _convert_="all")
        if hasattr(vectorizer, "ngram_range"):
            assert isinstance(vectorizer.ngram_range, tuple)
    if group == "data":
        assert cfg.data.name == option


@pytest.mark.parametrize("name", sorted(p.stem for p in (experiments_dir() / "experiment").glob("*.yaml")))
def test_experiment_composes(name):
    text = (experiments_dir() / "experiment" / f"{name}.yaml").read_text()
    assert text.startswith("# @package _global_")
    cfg = compose([f"experiment={name}"], return_hydra_config=True)
    assert cfg.model.name


def test_paths_are_absolute():
    cfg = compose([])
    for key in ("root", "output_dir", "reports_dir", "seeds_dir"):
        assert Path(cfg.paths[key]).is_absolute()
