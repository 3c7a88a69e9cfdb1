"""Hydra callbacks: a sweep summary table, and the report figures, when a multirun ends."""

from __future__ import annotations

import logging
from pathlib import Path

from hydra.experimental.callback import Callback

log = logging.getLogger("quotestance")


class SweepSummary(Callback):
    """On multirun end: write summary.csv / summary.parquet in the sweep dir; figures if report.write."""

    def on_multirun_end(self, config, **kwargs) -> None:
        from quotestance.report.runs import load_runs, summary_table
        from quotestance.io import atomic_path, write_parquet

        sweep_dir = Path(config.hydra.sweep.dir)
        runs = load_runs([sweep_dir])
        if not runs:
            log.warning("no finished runs under %s", sweep_dir)
            return
        table = summary_table(runs)
        with atomic_path(sweep_dir / "summary.csv") as tmp:
            table.to_csv(tmp, index=False)
        write_parquet(sweep_dir / "summary.parquet", table)
        log.info("sweep summary: %s", sweep_dir / "summary.csv")
        if config.report.write:
            from quotestance.report import write_reports

            written = write_reports([sweep_dir], Path(config.report.dir), formats=tuple(config.report.formats))
            log.info("wrote %d report files to %s", len(written), config.report.dir)
