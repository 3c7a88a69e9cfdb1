"""The `quotestance` command: argparse subcommands, each a thin wrapper over the library.

Heavy libraries (sklearn, datasets, matplotlib) are imported inside the handlers so that
`quotestance --help` starts fast.
"""

from __future__ import annotations

import argparse
import sys

from quotestance import __version__


class CLIError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotestance",
        description="Quoted statements in news: extraction, stance and sentiment labelling, model comparison.",
    )
    parser.add_argument("--version", action="version", version=f"quotestance {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # One line per subcommand; each _add_* function below defines its arguments and handler.
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except CLIError as err:
        print(f"quotestance {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quotestance: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
