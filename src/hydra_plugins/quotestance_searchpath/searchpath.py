"""Puts the project's top-level experiments/ folder on Hydra's search path (experiment=NAME)."""

from hydra.core.config_search_path import ConfigSearchPath
from hydra.plugins.search_path_plugin import SearchPathPlugin


class QuotestanceSearchPathPlugin(SearchPathPlugin):
    def manipulate_search_path(self, search_path: ConfigSearchPath) -> None:
        from quotestance.paths import experiments_dir

        search_path.append(provider="quotestance-experiments", path=f"file://{experiments_dir()}")
