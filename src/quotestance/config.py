"""Hydra configuration helpers shared by `quotestance-run`, the CLI and the tests."""

from __future__ import annotations

from omegaconf import OmegaConf

from quotestance.paths import conf_dir, project_root


def register_resolvers() -> None:
    """`${qs_root:}` resolves to the project root, so every configured path is absolute."""
    if not OmegaConf.has_resolver("qs_root"):
        OmegaConf.register_new_resolver("qs_root", lambda: str(project_root()))


def compose(overrides: list[str] | None = None, return_hydra_config: bool = False):
    """Compose the project config (as `quotestance-run` would) without running it."""
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir

    register_resolvers()
    with initialize_config_dir(config_dir=str(conf_dir()), version_base="1.3"):
        return hydra_compose(
            config_name="config", overrides=list(overrides or []), return_hydra_config=return_hydra_config
        )
