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
    _add_data(sub)
    _add_predict(sub)
    _add_verify(sub)
    _add_compare(sub)
    _add_report(sub)
    return parser


def _add_predict(sub) -> None:
    p = sub.add_parser("predict", help="label statements (or quotes extracted from articles) with a trained run's models")
    p.add_argument("--model", required=True, metavar="RUN_DIR", help="run directory with model.json (e.g. from experiment=stance_best)")
    p.add_argument("input", metavar="INPUT", nargs="+",
                   help=".jsonl of statements with a 'text' field (other fields pass through); with --articles, articles as for `extract`")
    p.add_argument("--articles", action="store_true", help="INPUT holds articles: extract the quotes first")
    p.add_argument("--out", metavar="FILE", help="write JSONL here (atomically) instead of stdout")
    p.add_argument("--batch-size", type=int, default=2048, metavar="N", help="statements per batch (default 2048)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="parallel worker processes (default 1)")
    p.add_argument("--skip-bad", action="store_true", help="skip malformed JSONL lines (with a warning) instead of stopping")
    p.add_argument("--trust", action="store_true", help="load model files holding types skops does not trust")
    p.set_defaults(handler=_cmd_predict)


def _cmd_predict(args: argparse.Namespace) -> int:
    import json

    from quotestance.corpus.readers import InputError
    from quotestance.predict import ModelError, article_quotes, load_models, predict_stream, read_statements
    from quotestance.parallel import parallel_predict

    if args.batch_size < 1 or args.workers < 1:
        raise CLIError("--batch-size and --workers must be positive")
    try:
        models = load_models(args.model, trust=args.trust)
    except ModelError as err:
        raise CLIError(str(err)) from None

    warn = _warner("predict")
    if args.articles:
        records = article_quotes(args.input, skip_bad=args.skip_bad, warn=warn)
    else:
        records = (r for path in args.input for r in read_statements(path, skip_bad=args.skip_bad, warn=warn))
    if args.workers > 1:
        labelled = parallel_predict(args.model, args.trust, records, args.batch_size, args.workers)
    else:
        labelled = predict_stream(models, records, args.batch_size)
    return _write_stream((json.dumps(record, ensure_ascii=False) + "\n" for record in labelled), args.out,
                         (InputError, ModelError))


def _add_verify(sub) -> None:
    p = sub.add_parser("verify", help="recompute the SHA-256 of a run's input data and report any drift")
    p.add_argument("run_dir", metavar="RUN_DIR", help="a run directory with manifest.json")
    p.set_defaults(handler=_cmd_verify)


def _cmd_verify(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quotestance.manifest import verify

    if not (Path(args.run_dir) / "manifest.json").is_file():
        raise CLIError(f"{args.run_dir}: not a run directory (no manifest.json)")
    drift = verify(args.run_dir)
    for line in drift:
        print(line)
    if drift:
        print(f"quotestance verify: {len(drift)} input file(s) drifted since the run", file=sys.stderr)
        return 1
    print(f"{args.run_dir}: all input files match the manifest")
    return 0


def _add_data(sub) -> None:
    p = sub.add_parser("data", help="inspect the labelled corpora (gold and public)")
    data_sub = p.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    stats = data_sub.add_parser("stats", help="size, label counts, sources, groups and text lengths of a corpus")
    stats.add_argument("name", help="corpus name, as in conf/data/ (e.g. quotestance_gold, news_samples_gold)")
    stats.add_argument("--root", metavar="DIR", help="folder holding third-party data (e.g. ../shared/data)")
    stats.add_argument("--format", choices=("table", "json"), default="table")
    stats.set_defaults(handler=_cmd_data_stats)
    agreement = data_sub.add_parser("agreement", help="inter-annotator agreement of the two gold passes")
    agreement.add_argument("corpus", choices=("lee", "news_samples"))
    agreement.add_argument("--format", choices=("table", "json"), default="table")
    agreement.set_defaults(handler=_cmd_data_agreement)


def _cmd_data_stats(args: argparse.Namespace) -> int:
    import json

    from quotestance.data import DataError, load
    from quotestance.data.stats import corpus_stats, format_stats
    from quotestance.labels import AnnotationError

    try:
        stats = corpus_stats(load(args.name, root=args.root))
    except (DataError, AnnotationError) as err:
        raise CLIError(str(err)) from None
    print(json.dumps(stats, sort_keys=True) if args.format == "json" else format_stats(args.name, stats))
    return 0


def _cmd_data_agreement(args: argparse.Namespace) -> int:
    import json

    from quotestance.labels.passes import pass_agreement

    report = pass_agreement(args.corpus)
    if args.format == "json":
        print(json.dumps(report, sort_keys=True))
    else:
        print(f"{args.corpus}: {report['matched']} quotes labelled in both passes")
        for task in ("stance", "sentiment"):
            r = report[task]
            print(f"  {task:9s}  agreement {r['agreement']:.3f}  Cohen's kappa {r['kappa']:.3f}  "
                  f"Krippendorff's alpha {r['alpha']:.3f}")
        print(f"  speaker    exact match {report['speaker_agreement']:.3f}")
    return 0


def _add_extract(sub) -> None:
    p = sub.add_parser("extract", help="extract quoted statements and their speakers from news articles")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt file (one article), .jsonl/.csv/.parquet file with a 'text' field (and optional 'id'), "
                        "a Hugging Face dataset saved with save_to_disk, or a folder of such files")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--out", metavar="FILE", help="write here (atomically) instead of stdout")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="parallel worker processes (default 1)")
    p.add_argument("--chunk-size", type=int, default=64, metavar="N", help="documents per worker task (default 64)")
    p.add_argument("--skip-bad", action="store_true",
                   help="skip malformed JSONL lines and CSV rows (with a warning) instead of stopping")
    p.add_argument("--apostrophe-quotes", action="store_true",
                   help="also read two apostrophes (''...'', the NYT wire style) as double quote marks")
    p.set_defaults(handler=_cmd_extract)


def _cmd_extract(args: argparse.Namespace) -> int:
    import csv
    import io

    from quotestance.corpus.readers import InputError, expand_paths, holds_many_documents, iter_documents
    from quotestance.parallel import extract_chunks, quote_fields

    if args.workers < 1 or args.chunk_size < 1:
        raise CLIError("--workers and --chunk-size must be positive")
    try:
        files = expand_paths(args.paths)
    except InputError as err:
        raise CLIError(str(err)) from None

    docs = iter_documents(files, skip_bad=args.skip_bad, warn=_warner("extract"))
    if len(files) > 20 or any(map(holds_many_documents, files)):
        from tqdm import tqdm

        # many files: always; documents inside a file: only on a terminal (disable=None)
        docs = tqdm(docs, desc="extract", unit="doc", file=sys.stderr, disable=False if len(files) > 20 else None)

    def chunks():
        if args.format == "csv":
            header = io.StringIO()
            csv.DictWriter(header, fieldnames=quote_fields(), lineterminator="\n").writeheader()
            yield header.getvalue()
        # each chunk of documents is extracted (in worker processes with --workers N) as it comes
        yield from extract_chunks(docs, args.format, args.workers, args.chunk_size, args.apostrophe_quotes)

    return _write_stream(chunks(), args.out, (InputError,))


def _warner(command: str):
    """A one-line warning printer for `command`."""

    def warn(message: str) -> None:
        print(f"quotestance {command}: warning: {message}", file=sys.stderr)

    return warn


def _write_stream(chunks, out: str | None, input_errors: tuple) -> int:
    """Write text chunks to stdout, or to a temporary file that replaces `out` only if all succeeds."""
    from contextlib import nullcontext

    from quotestance.io import atomic_path

    target = atomic_path(out) if out else nullcontext(None)
    try:
        with target as tmp:
            handle = open(tmp, "w", encoding="utf-8", newline="") if tmp else sys.stdout
            try:
                for text in chunks:
                    handle.write(text)
            finally:
                if tmp:
                    handle.close()
    except input_errors as err:
        raise CLIError(str(err)) from None
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    except OSError as err:
        raise CLIError(f"cannot write {out}: {err.strerror}") from None
    return 0


def _add_compare(sub) -> None:
    p = sub.add_parser("compare", help="rank runs by a metric with CIs and paired tests against the best",
                       description="Rank finished runs within each (data, task) block: mean metric with 95%% CI, "
                                   "Holm-corrected paired p-value against the block's best run. Runs on different "
                                   "data or tasks are not ranked against each other.")
    p.add_argument("dirs", metavar="RUN_OR_SWEEP_DIR", nargs="+", help="run directories or sweep directories")
    p.add_argument("--metric", choices=("macro_f1", "accuracy"), default="macro_f1", help="ranking metric (default macro_f1)")
    p.add_argument("--task", choices=("stance", "sentiment"), help="only runs of this task")
    p.add_argument("--format", choices=("table", "md", "latex", "csv", "json"), default="table", help="output format (default table)")
    p.add_argument("--out", metavar="FILE", help="write here (atomically) instead of stdout")
    p.add_argument("--bootstrap", type=int, default=1000, metavar="N", help="paired-bootstrap resamples (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    p.set_defaults(handler=_cmd_compare)


def _cmd_compare(args: argparse.Namespace) -> int:
    from quotestance.report.commands import compare_command

    return compare_command(args)


def _add_report(sub) -> None:
    p = sub.add_parser("report", help="regenerate every report figure and table from saved runs (no retraining)",
                       description="Write figures (PNG/PDF) and tables (Markdown, LaTeX, CSV) plus README.md "
                                   "from saved runs; the same command on the same runs gives identical bytes.")
    p.add_argument("dirs", metavar="RUN_OR_SWEEP_DIR", nargs="*", help="run directories or sweep directories")
    p.add_argument("--out", metavar="DIR", default="reports", help="output directory (default reports/)")
    p.add_argument("--predictions", metavar="FILE",
                   help="`quotestance predict --articles` JSONL: adds stance by speaker and predicted stance vs sentiment")
    p.add_argument("--formats", default="png,pdf", metavar="LIST", help="figure formats, comma-separated: png,pdf,svg (default png,pdf)")
    p.add_argument("--bootstrap", type=int, default=1000, metavar="N", help="paired-bootstrap resamples (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    p.set_defaults(handler=_cmd_report)


def _cmd_report(args: argparse.Namespace) -> int:
    from quotestance.report.commands import report_command

    return report_command(args)


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
