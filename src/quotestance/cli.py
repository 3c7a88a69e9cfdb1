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
    _add_extract(sub)
    return parser


def _add_extract(sub) -> None:
    p = sub.add_parser("extract", help="extract quoted statements and their speakers from news articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt file, folder of .txt files, or .jsonl with a 'text' field")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--out", metavar="FILE", help="write here (atomically) instead of stdout")
    p.set_defaults(handler=_cmd_extract)


def _cmd_extract(args: argparse.Namespace) -> int:
    import csv
    import dataclasses
    import io
    import json
    import os
    import tempfile
    import warnings

    from quotestance.corpus.readers import InputError, expand_paths, iter_documents
    from quotestance.quotes import Quote, extract

    fields = [f.name for f in dataclasses.fields(Quote)]
    try:
        files = expand_paths(args.paths)
    except InputError as err:
        raise CLIError(str(err)) from None
    buf = io.StringIO() if args.out else sys.stdout
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n") if args.format == "csv" else None
    if writer:
        writer.writeheader()
    docs = iter_documents(files)
    if len(files) > 20:
        from tqdm import tqdm

        docs = tqdm(docs, desc="extract", unit="doc", file=sys.stderr)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for doc_id, text in docs:
                for warning in caught:
                    print(f"quotestance extract: warning: {warning.message}", file=sys.stderr)
                caught.clear()
                for quote in extract(text, doc_id):
                    record = quote.to_dict()
                    if writer:
                        writer.writerow(record)
                    else:
                        buf.write(json.dumps(record, ensure_ascii=False) + "\n")
    except InputError as err:
        raise CLIError(str(err)) from None
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    if args.out:
        target = os.path.abspath(args.out)
        try:
            fd, tmp = tempfile.mkstemp(prefix=".extract-", dir=os.path.dirname(target))
        except OSError as err:
            raise CLIError(f"cannot write {args.out}: {err.strerror}") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(buf.getvalue())
            os.replace(tmp, target)
        except OSError as err:
            os.unlink(tmp)
            raise CLIError(f"cannot write {args.out}: {err.strerror}") from None
    return 0


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
