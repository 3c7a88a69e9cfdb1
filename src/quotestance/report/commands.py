"""Handlers of `quotestance compare` and `quotestance report` (argument parsing lives in quotestance.cli)."""

from __future__ import annotations

import sys
from pathlib import Path


def _error(message: str):
    from quotestance.cli import CLIError

    return CLIError(message)


def _load(paths):
    from quotestance.report.runs import RunError, load_runs

    try:
        runs = load_runs(paths)
    except RunError as err:
        raise _error(str(err)) from None
    if not runs:
        raise _error(f"no finished runs (with metrics.json) under {', '.join(map(str, paths))}")
    return runs


def compare_command(args) -> int:
    from quotestance.io import write_text
    from quotestance.report.compare import BLOCKS_NOTE, compare_runs, n_blocks, render

    if args.bootstrap < 1:
        raise _error("--bootstrap must be positive")
    runs = _load(args.dirs)
    try:
        rows = compare_runs(runs, args.metric, task=args.task, n_boot=args.bootstrap, seed=args.seed)
    except ValueError as err:
        raise _error(str(err)) from None
    if not rows:
        raise _error(f"no {args.task} runs under {', '.join(map(str, args.dirs))}")
    text = render(rows, args.format, args.metric)
    if args.format in ("csv", "json") and n_blocks(rows) > 1:
        print(f"quotestance compare: note: {BLOCKS_NOTE}", file=sys.stderr)
    if args.out:
        try:
            write_text(Path(args.out), text)
        except OSError as err:
            raise _error(f"cannot write {args.out}: {err.strerror or err}") from None
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def report_command(args) -> int:
    from quotestance.report import write_reports
    from quotestance.report.runs import RunError

    if not args.dirs and not args.predictions:
        raise _error("give at least one RUN_OR_SWEEP_DIR or --predictions FILE")
    if args.bootstrap < 1:
        raise _error("--bootstrap must be positive")
    formats = tuple(dict.fromkeys(f.strip() for f in args.formats.split(",") if f.strip()))
    bad = [f for f in formats if f not in ("png", "pdf", "svg")]
    if bad or not formats:
        raise _error(f"--formats takes png, pdf and/or svg, not {args.formats!r}")
    if args.dirs:
        _load(args.dirs)  # one-line errors for paths that hold no runs, before any work
    import logging

    log = logging.getLogger("quotestance")
    handler = None
    if not log.handlers:  # show the report's notes (e.g. which runs the CV figures use) on stderr
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("quotestance report: %(message)s"))
        log.addHandler(handler)
    level = log.level
    log.setLevel(logging.INFO)
    try:
        written = write_reports(args.dirs, Path(args.out), formats=formats, predictions=args.predictions,
                                n_boot=args.bootstrap, seed=args.seed)
    except (RunError, ValueError, FileNotFoundError) as err:
        raise _error(str(err)) from None
    except OSError as err:
        raise _error(f"cannot write reports to {args.out}: {err.strerror or err}") from None
    finally:
        log.setLevel(level)
        if handler is not None:
            log.removeHandler(handler)
    print(f"wrote {len(written)} files to {args.out} (index: {Path(args.out) / 'README.md'})", file=sys.stderr)
    return 0
