"""Paper-ready reports: model comparison, figures and tables from saved runs (no retraining).

`write_reports(dirs, out_dir)` reads finished runs (a sweep directory expands to its runs) and
writes, under out_dir:

* figures/  model_comparison, confusion_matrices, per_class_f1, learning_curve (if recorded),
  transfer (if a run has a transfer grid: one heatmap per task for leave-one-corpus-out grids,
  train x test panels for pairs grids; transfer_pairs holds the pairs grids when both kinds are
  loaded), stance_vs_sentiment (if stance and sentiment runs share data, or article predictions
  are given), stance_by_speaker (article predictions) as PNG/PDF;
* tables/   comparison, summary, per_class_f1, transfer (and transfer_pairs), transfer_tests (if a
  run saved transfer_predictions.parquet), stance_by_speaker as Markdown, LaTeX (booktabs) and CSV;
* README.md indexing each file with one line on what it shows and the command that made it.

Where a (model, data, task) has runs both with and without a transfer grid (a transfer sweep
also cross-validates within its corpus), the CV figures and tables use only the runs without one
(see runs.cv_runs); transfer outputs use all runs.

The same command on the same runs writes byte-identical files.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger("quotestance")

__all__ = ["write_reports", "stance_by_speaker", "read_predictions"]

FIGURES = "figures"
TABLES = "tables"


def _shown(path) -> str:
    """A path as written into README commands: relative to the working directory when below it."""
    path = Path(path)
    try:
        rel = Path(os.path.relpath(path.resolve(), Path.cwd()))
    except ValueError:
        return str(path)
    return str(rel) if not str(rel).startswith("..") else str(path.resolve())


def _command(dirs, out_dir, predictions=None) -> str:
    parts = ["quotestance report"] + [_shown(d) for d in dirs]
    if predictions:
        parts += ["--predictions", _shown(predictions)]
    parts += ["--out", _shown(out_dir)]
    return " ".join(parts)


def read_predictions(jsonl_path) -> list[dict]:
    """Records of `quotestance predict` output (JSONL); each needs at least `speaker` and `stance`."""
    path = Path(jsonl_path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such predictions file")
    records = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path.name} line {lineno}: not valid JSON ({err.msg})") from None
            if not isinstance(record, dict) or "stance" not in record:
                raise ValueError(f"{path.name} line {lineno}: no 'stance' field (is this `quotestance predict` "
                                 "output?)")
            records.append(record)
    if not records:
        raise ValueError(f"{path.name}: no predictions")
    return records


def _speaker_tables(rows, tables_dir: Path, title: str) -> list[Path]:
    from quotestance import STANCE_LABELS
    from quotestance.io import write_text
    from quotestance.report import tables as T

    columns = [T.Column("speaker", "speaker"), T.Column("n", "quotes", T.integer, "r")] + [
        T.Column(label, label, lambda v: T.DASH if v is None else f"{float(v):.0%}", "r") for label in STANCE_LABELS]
    written = []
    for suffix, text in (
        ("md", T.markdown(rows, columns)),
        ("tex", T.latex(rows, columns, caption=f"Stance by speaker: {title}", label="tab:stance-by-speaker")),
        ("csv", T.csv_text(rows, ["speaker", "n", *STANCE_LABELS, *[f"n_{s}" for s in STANCE_LABELS]])),
    ):
        path = tables_dir / f"stance_by_speaker.{suffix}"
        write_text(path, text)
        written.append(path)
    return written


def _collection_title(records, jsonl_path) -> str:
    docs = sorted({str(r.get("doc_id")) for r in records if r.get("doc_id") is not None})
    if len(docs) == 1:
        return f"{Path(docs[0]).name} ({len(records)} quotes)"
    return f"{Path(jsonl_path).name}: {len(docs) or '?'} articles, {len(records)} quotes"


def stance_by_speaker(jsonl_path, out_dir, formats=("png", "pdf"), records=None) -> list[Path]:
    """Shares of escalatory / neutral / conciliatory quotes per speaker, from `quotestance predict
    --articles` output: writes figures/stance_by_speaker.* and tables/stance_by_speaker.* under out_dir."""
    from quotestance.report import figures

    out_dir = Path(out_dir)
    records = records if records is not None else read_predictions(jsonl_path)
    rows = figures.speaker_shares(records)
    title = _collection_title(records, jsonl_path)
    written = figures.stance_by_speaker_figure(rows, out_dir / FIGURES, formats, title=f"Stance by speaker: {title}")
    written += _speaker_tables(rows, out_dir / TABLES, title)
    return written


def _comparison_tables(rows, summary, tables_dir: Path) -> list[Path]:
    from quotestance.io import write_text
    from quotestance.report import compare
    from quotestance.report import tables as T

    written = []
    for suffix, fmt in (("md", "md"), ("tex", "latex"), ("csv", "csv")):
        path = tables_dir / f"comparison.{suffix}"
        write_text(path, compare.render(rows, fmt))
        written.append(path)
    records = summary.to_dict("records")
    columns = [T.Column("run", "run"), T.Column("model", "model"), T.Column("features", "features"),
               T.Column("data", "data"), T.Column("task", "task"), T.Column("n", "n", T.integer, "r"),
               T.Column("macro_f1", "macro-F1", T.num(3), "r"), T.Column("*", "95% CI", T.ci("ci_low", "ci_high"), "r"),
               T.Column("accuracy", "accuracy", T.num(3), "r"), T.Column("log_loss", "log-loss", T.num(3), "r"),
               T.Column("fit_seconds", "fit s", T.seconds, "r")]
    for suffix, text in (("md", T.markdown(records, columns)),
                         ("tex", T.latex(records, columns, caption="All runs: grouped-CV scores (mean over "
                                         "repeats, 95% cluster-bootstrap CI of macro-F1).", label="tab:runs")),
                         ("csv", T.csv_text(records, list(summary.columns)))):
        path = tables_dir / f"summary.{suffix}"
        write_text(path, text)
        written.append(path)
    return written


def _per_class_tables(runs, tables_dir: Path) -> list[Path]:
    from quotestance.io import write_text
    from quotestance.report import figures
    from quotestance.report import tables as T

    written = []
    tasks: dict[str, list] = {}
    for run in runs:
        if run.labels:
            tasks.setdefault(run.task, []).append(run)
    md, tex = [], []
    for task, part in sorted(tasks.items()):
        labels = part[0].labels
        rows = []
        for run in sorted(part, key=lambda r: (r.data, -r.metrics["macro_f1"]["mean"], r.model, r.name)):
            f1 = figures.per_class_f1(run)
            rows.append({"run": run.name, "model": run.model, "data": run.data, **f1,
                         "macro": sum(f1.values()) / len(f1)})
        columns = ([T.Column("model", "model"), T.Column("data", "data")]
                   + [T.Column(label, label, T.num(3), "r") for label in labels]
                   + [T.Column("macro", "macro-F1", T.num(3), "r"), T.Column("run", "run")])
        md.append(f"### {task}\n\n" + T.markdown(rows, columns))
        tex.append(T.latex(rows, columns, caption=f"Per-class F1 ({task}; mean over CV repeats).",
                           label=f"tab:per-class-{task}"))
    if md:
        for suffix, text in (("md", "\n".join(md)), ("tex", "\n".join(tex))):
            path = tables_dir / f"per_class_f1.{suffix}"
            write_text(path, text)
            written.append(path)
    return written


def _write_table(tables_dir: Path, stem: str, texts) -> list[Path]:
    from quotestance.io import write_text

    written = []
    for suffix, text in texts:
        path = tables_dir / f"{stem}.{suffix}"
        write_text(path, text)
        written.append(path)
    return written


def _pairs_transfer_tables(runs, tables_dir: Path, stem: str) -> list[Path]:
    from quotestance.report import figures
    from quotestance.report import tables as T

    rows = []
    for (model, task), (corpora, cells, diagonal) in figures.pairs_grids(runs).items():
        for train in corpora:
            for test in corpora:
                if train == test:
                    if train in diagonal:
                        rows.append({"model": model, "task": task, "train": train, "test": test,
                                     "macro_f1": diagonal[train], "kind": "within-corpus grouped CV"})
                elif (train, test) in cells:
                    rows.append({"model": model, "task": task, "train": train, "test": test,
                                 "macro_f1": cells[(train, test)], "kind": "cross-corpus"})
    if not rows:
        return []
    columns = [T.Column("model", "model"), T.Column("task", "task"), T.Column("train", "train on"),
               T.Column("test", "test on"), T.Column("macro_f1", "macro-F1", T.num(3), "r"), T.Column("kind", "kind")]
    return _write_table(tables_dir, stem, (
        ("md", T.markdown(rows, columns)),
        ("tex", T.latex(rows, columns, caption="Cross-corpus transfer: train on one corpus, test on another.",
                        label="tab:transfer")),
        ("csv", T.csv_text(rows, ["model", "task", "train", "test", "macro_f1", "kind"]))))


def _loo_transfer_tables(runs, tables_dir: Path, stem: str) -> list[Path]:
    """Leave-one-corpus-out grids, wide: one row per model (best mean first), one column per held-out
    corpus plus their mean; one section (Markdown) or table (LaTeX) per task, a task column in the CSV."""
    from quotestance.report import figures
    from quotestance.report import tables as T

    grids = figures.loo_grids(runs)
    if not grids:
        return []
    md, tex, csv_rows = [], [], []
    for task, grid in grids.items():
        corpora = grid["corpora"]
        rows = [{"model": model, **grid["scores"][model], "mean": grid["mean"][model]} for model in grid["models"]]
        columns = ([T.Column("model", "model")] + [T.Column(c, c, T.num(3), "r") for c in corpora]
                   + [T.Column("mean", "mean", T.num(3), "r")])
        md.append(f"### {task}: macro-F1 on the held-out corpus (trained on all other corpora)\n\n"
                  + T.markdown(rows, columns))
        tex.append(T.latex(rows, columns, caption=f"Leave-one-corpus-out transfer ({task}): macro-F1 on each "
                           "held-out corpus of a model trained on all the other corpora, and the mean over "
                           "held-out corpora.", label=f"tab:transfer-{task}"))
        csv_rows += [{"task": task, **row} for row in rows]
    keys = ["task", "model"] + sorted({c for grid in grids.values() for c in grid["corpora"]}) + ["mean"]
    return _write_table(tables_dir, stem, (("md", "\n".join(md)), ("tex", "\n".join(tex)),
                                           ("csv", T.csv_text(csv_rows, keys))))


def _transfer_test_tables(runs, tables_dir: Path, n_boot: int, seed: int) -> list[Path]:
    from quotestance.report import transfer

    rows = transfer.transfer_tests(runs, n_boot=n_boot, seed=seed)
    if not rows:
        return []
    return _write_table(tables_dir, "transfer_tests", (("md", transfer.render(rows, "md")),
                                                       ("tex", transfer.render(rows, "latex")),
                                                       ("csv", transfer.render(rows, "csv"))))


FIGURE_TEXT = {
    "model_comparison": "Mean macro-F1 over CV repeats with 95% cluster-bootstrap CI, best run on top, one panel "
                        "per (data, task) block; open grey markers are significantly worse than the block's best "
                        "(paired bootstrap, Holm-corrected, p < 0.05).",
    "confusion_matrices": "Row-normalised confusion matrix of each run (first CV repeat; shading = share of the "
                          "gold row, count in brackets).",
    "per_class_f1": "Per-class F1 of each run (mean over CV repeats) and their mean, the macro-F1; one panel per "
                    "(data, task) block.",
    "learning_curve": "Macro-F1 against the number of training examples, for runs that record a learning curve.",
    "transfer": "Cross-corpus transfer. Leave-one-corpus-out grids: one heatmap per task, macro-F1 of each model "
                "(rows, best mean on top) on each held-out corpus after training on all the others, and the mean "
                "over held-out corpora (last column). Pairs grids: macro-F1 training on the row corpus and testing "
                "on the column corpus, one panel per model and task; the diagonal is the grouped-CV score within "
                "the corpus.",
    "transfer_pairs": "Pairs-mode cross-corpus transfer (when leave-one-out grids take `transfer`): macro-F1 training "
                      "on the row corpus and testing on the column corpus; the diagonal is the grouped-CV score.",
    "stance_by_speaker": "Per speaker, the shares of escalatory / neutral / conciliatory quotes (n = quotes).",
    "stance_vs_sentiment": "Stance against sentiment: counts and share of each stance row, for gold labels of data "
                           "with both tasks and for predicted labels of the article collection.",
}
FIGURE_TITLES = {"model_comparison": "Model comparison", "confusion_matrices": "Confusion matrices",
                 "per_class_f1": "Per-class F1", "learning_curve": "Learning curve", "transfer": "Cross-corpus transfer",
                 "transfer_pairs": "Cross-corpus transfer (pairs)",
                 "stance_by_speaker": "Stance by speaker", "stance_vs_sentiment": "Stance against sentiment"}
TABLE_TEXT = {
    "comparison": "Ranked comparison within each (data, task) block: mean, 95% CI, Holm-corrected p vs best.",
    "summary": "Every run: model, features, data, task, n, macro-F1 with CI, accuracy, log-loss, fit time.",
    "per_class_f1": "Per-class F1 per run (mean over CV repeats).",
    "transfer": "Cross-corpus transfer: leave-one-corpus-out grids wide (model x held-out corpus, plus the mean), "
                "one block per task; pairs grids in long form, with the within-corpus CV score.",
    "transfer_pairs": "Pairs-mode transfer grid in long form (when leave-one-out grids take `transfer`).",
    "transfer_tests": "Per task and held-out corpus, models ranked by macro-F1, each tested against the best: "
                      "cluster-paired bootstrap and exact McNemar p-values, Holm-corrected within the block "
                      "(runs with transfer_predictions.parquet).",
    "stance_by_speaker": "Stance shares and quote counts per speaker.",
}


def _readme(written: list[Path], out_dir: Path, command: str, runs, formats, left_out=()) -> str:
    names = {p.relative_to(out_dir).as_posix() for p in written}
    lines = ["# Reports", "",
             "Generated by `quotestance report` from saved runs (no retraining); do not edit by hand.", "",
             "Regenerate with:", "", "```sh", command, "```", ""]
    if runs:
        lines += [f"Runs ({len(runs)}):", ""]
        skipped = {run.name for run in left_out}
        for run in runs:  # load_runs order: natural path order (models/2 before models/10)
            note = "; transfer run: CV not shown" if run.name in skipped else ""
            lines.append(f"- `{run.name}`: {run.model} on {run.data} ({run.task}, n={run.metrics.get('n')}{note})")
        lines.append("")
        if skipped:
            lines += [f"{len(skipped)} runs also have a transfer grid and share (model, data, task) with a run "
                      "that has none: the CV figures and tables use only the runs without one; the transfer "
                      "figure and tables use all runs.", ""]
    lines += ["## Figures", ""]
    for stem, text in FIGURE_TEXT.items():
        files = [f"{FIGURES}/{stem}.{fmt}" for fmt in formats if f"{FIGURES}/{stem}.{fmt}" in names]
        if not files:
            continue
        lines += [f"### {FIGURE_TITLES[stem]}", "", text, "",
                  "Files: " + ", ".join(f"[`{f}`]({f})" for f in files), ""]
        if f"{FIGURES}/{stem}.png" in names:
            lines += [f"![{stem}]({FIGURES}/{stem}.png)", ""]
    lines += ["## Tables", ""]
    for stem, text in TABLE_TEXT.items():
        files = sorted(n for n in names if n.startswith(f"{TABLES}/{stem}."))
        if files:
            lines.append(f"- **{stem}**: {text} " + ", ".join(f"[`{f}`]({f})" for f in files))
    lines.append("")
    return "\n".join(lines)


def write_reports(run_or_sweep_dirs, out_dir, formats=("png", "pdf"), predictions=None, n_boot: int = 1000,
                  seed: int = 0, command: str | None = None) -> list[Path]:
    """Write every figure and table for the runs under `run_or_sweep_dirs` to `out_dir`.

    predictions: optional `quotestance predict --articles` JSONL (stance by speaker, and predicted
    stance against sentiment). n_boot, seed: paired-bootstrap resamples for the comparison.
    Returns the written paths (README.md last). Raises RunError when there is nothing to report.
    """
    from quotestance.io import write_text
    from quotestance.report import compare, figures
    from quotestance.report.runs import RunError, cv_runs, load_runs, summary_table

    out_dir = Path(out_dir)
    dirs = [Path(d) for d in ([run_or_sweep_dirs] if isinstance(run_or_sweep_dirs, (str, Path))
                              else run_or_sweep_dirs)]
    formats = tuple(formats)
    runs = load_runs(dirs) if dirs else []
    if not runs and predictions is None:
        raise RunError("no finished runs to report on" + (f" under {', '.join(map(str, dirs))}" if dirs else ""))
    fig_dir, tab_dir = out_dir / FIGURES, out_dir / TABLES
    written: list[Path] = []
    records = read_predictions(predictions) if predictions is not None else None
    cv, left_out = cv_runs(runs)
    if left_out:
        log.info("CV figures and tables use the %d runs without a transfer grid where a (model, data, task) has "
                 "one; leaving out %d transfer runs' within-corpus CV (%s); transfer outputs use all runs",
                 len(cv), len(left_out), ", ".join(run.name for run in left_out))
    if runs:
        rows = compare.compare_runs(cv, "macro_f1", n_boot=n_boot, seed=seed)
        written += figures.model_comparison(rows, fig_dir, formats)
        written += figures.confusion_grid(cv, fig_dir, formats)
        written += figures.per_class_heatmap(cv, fig_dir, formats)
        # learning curves: the same rule among the runs that recorded one
        written += figures.learning_curve(cv_runs([run for run in runs if run.learning_curve])[0], fig_dir, formats)
        loo = bool(figures.loo_grids(runs))
        written += figures.loo_transfer_heatmap(runs, fig_dir, formats, stem="transfer")
        written += figures.transfer_heatmap(runs, fig_dir, formats, stem="transfer_pairs" if loo else "transfer")
        written += _comparison_tables(rows, summary_table(cv), tab_dir)
        written += _per_class_tables(cv, tab_dir)
        written += _loo_transfer_tables(runs, tab_dir, "transfer")
        written += _pairs_transfer_tables(runs, tab_dir, "transfer_pairs" if loo else "transfer")
        written += _transfer_test_tables(runs, tab_dir, n_boot, seed)
    panels = {f"gold · {data}": table for data, table in (figures.gold_crosstabs(cv).items() if cv else [])}
    if records is not None:
        written += stance_by_speaker(predictions, out_dir, formats, records=records)
        with_sentiment = [r for r in records if r.get("sentiment") is not None]
        if with_sentiment:
            panels[f"predicted · {Path(predictions).name}"] = figures.crosstab(
                [r["stance"] for r in with_sentiment], [r["sentiment"] for r in with_sentiment])
    written += figures.stance_vs_sentiment(panels, fig_dir, formats)
    readme = out_dir / "README.md"
    write_text(readme, _readme(written, out_dir, command or _command(dirs, out_dir, predictions), runs, formats,
                               left_out))
    return written + [readme]
