"""Reports and the model comparison: byte-identical outputs, ranking within blocks, the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quotestance.cli import main

BOOT = ["eval.n_splits=3", "eval.repeats=1", "eval.bootstrap=50", "progress=false"]


def _run(overrides, run_dir):
    from quotestance.config import compose
    from quotestance.run import run

    cfg = compose(["data=seed", *BOOT, *overrides])
    run(cfg, run_dir)
    return run_dir


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """A fake sweep of two stance runs, plus a sentiment run and a stance run with a transfer grid
    and a learning curve (added by hand, as the lead's experiments would record them)."""
    import pandas as pd

    root = tmp_path_factory.mktemp("runs")
    sweep = root / "sweep"
    _run(["model=majority"], sweep / "0")
    _run(["model=tfidf_logreg"], sweep / "1")
    (sweep / "multirun.yaml").write_text("hydra: {}\n")
    _run(["model=majority", "task=sentiment"], root / "sentiment")
    extra = root / "extra"
    shutil.copytree(sweep / "1", extra)
    metrics = json.loads((extra / "metrics.json").read_text())
    metrics["learning_curve"] = [{"fraction": f, "n_train": int(13 * f), "macro_f1": 0.2 + 0.2 * f}
                                 for f in (0.25, 0.5, 1.0)]
    (extra / "metrics.json").write_text(json.dumps(metrics))
    pd.DataFrame([{"train": "seed", "test": "plover", "n_train": 13, "n_test": 203, "macro_f1": 0.3,
                   "accuracy": 0.5, "model": "tfidf_logreg"},
                  {"train": "plover", "test": "seed", "n_train": 203, "n_test": 13, "macro_f1": 0.4,
                   "accuracy": 0.6, "model": "tfidf_logreg"}]).to_parquet(extra / "transfer.parquet")
    unfinished = sweep / "2"
    (unfinished / ".hydra").mkdir(parents=True)
    return {"root": root, "sweep": sweep, "sentiment": root / "sentiment", "extra": extra}


@pytest.fixture
def article_predictions(tmp_path):
    """`quotestance predict --articles` output for a small collection (two speakers, one article)."""
    rows = [("Sergei Lavrov", "escalatory", "negative"), ("Sergei Lavrov", "conciliatory", "positive"),
            ("Sergei Lavrov", "escalatory", "neutral"), ("Ben Wallace", "neutral", "neutral"),
            ("Ben Wallace", "conciliatory", "positive"), (None, "escalatory", "negative")]
    path = tmp_path / "predicted.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for speaker, stance, sentiment in rows:
            handle.write(json.dumps({"doc_id": "seed/000.txt", "speaker": speaker, "text": "...", "stance": stance,
                                     "stance_proba": {stance: 1.0}, "sentiment": sentiment}) + "\n")
    return path


def _tree(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------------------------- runs
def test_load_runs_expands_sweeps_and_skips_unfinished(runs, caplog):
    from quotestance.report.runs import load_runs, summary_table

    with caplog.at_level("WARNING", logger="quotestance"):
        loaded = load_runs([runs["sweep"]])
    assert [r.name for r in loaded] == ["sweep/0", "sweep/1"]
    assert "unfinished" in caplog.text
    table = summary_table(loaded)
    assert list(table.columns) == ["run", "model", "features", "data", "task", "n", "macro_f1", "ci_low",
                                   "ci_high", "accuracy", "log_loss", "fit_seconds"]
    assert table["model"].tolist() == ["majority", "tfidf_logreg"]
    assert (table["ci_low"] <= table["macro_f1"]).all() and (table["macro_f1"] <= table["ci_high"]).all()


def test_load_runs_rejects_non_run_directory(tmp_path):
    from quotestance.report.runs import RunError, load_runs

    (tmp_path / "empty").mkdir()
    with pytest.raises(RunError, match="not a run or sweep directory"):
        load_runs([tmp_path / "empty"])
    with pytest.raises(RunError, match="no such"):
        load_runs([tmp_path / "missing"])


# ------------------------------------------------------------------------------------------ compare
def test_compare_ranks_within_blocks_with_holm(runs):
    from quotestance.evaluate.stats import holm
    from quotestance.report.compare import compare_runs
    from quotestance.report.runs import load_runs

    loaded = load_runs([runs["sweep"], runs["sentiment"], runs["extra"]])
    rows = compare_runs(loaded, n_boot=50)
    blocks = [r["block"] for r in rows]
    assert blocks == sorted(blocks)  # each block contiguous, sorted
    assert {r["block"] for r in rows} == {"seed / stance", "seed / sentiment"}
    for block in set(blocks):
        part = [r for r in rows if r["block"] == block]
        means = [r["mean"] for r in part]
        assert means == sorted(means, reverse=True)
        assert part[0]["rank"] == 1 and part[0]["p_vs_best"] is None
        others = [r for r in part[1:] if r["p_bootstrap"] is not None]
        if others:
            assert [r["p_vs_best"] for r in others] == pytest.approx(holm([r["p_bootstrap"] for r in others]))
            assert [r["p_mcnemar_holm"] for r in others] == pytest.approx(holm([r["p_mcnemar"] for r in others]))
    sentiment = [r for r in rows if r["task"] == "sentiment"]
    assert len(sentiment) == 1 and sentiment[0]["p_vs_best"] is None  # never tested against stance runs


def test_compare_task_filter_and_accuracy(runs):
    from quotestance.report.compare import compare_runs
    from quotestance.report.runs import load_runs

    loaded = load_runs([runs["sweep"], runs["sentiment"]])
    rows = compare_runs(loaded, "accuracy", task="stance", n_boot=30)
    assert {r["task"] for r in rows} == {"stance"} and {r["metric"] for r in rows} == {"accuracy"}
    assert all(r["ci_low"] <= r["mean"] <= r["ci_high"] for r in rows)
    assert rows[1]["p_vs_best"] == pytest.approx(rows[1]["p_mcnemar_holm"])


def test_compare_cli_json(runs, capsys):
    code = main(["compare", str(runs["sweep"]), str(runs["sentiment"]), "--format", "json", "--bootstrap", "40"])
    captured = capsys.readouterr()
    assert code == 0
    rows = json.loads(captured.out)
    for key in ("run", "model", "metric", "mean", "ci_low", "ci_high", "p_vs_best"):
        assert all(key in row for row in rows)
    best = [r for r in rows if r["rank"] == 1]
    assert len(best) == 2 and all(r["p_vs_best"] is None for r in best)
    assert "not ranked against each other" in captured.err


@pytest.mark.parametrize("fmt, marker", [("table", "p vs best"), ("md", "| rank |"), ("latex", r"\toprule"),
                                         ("csv", "block,rank,run")])
def test_compare_cli_formats(runs, capsys, fmt, marker, tmp_path):
    out = tmp_path / f"cmp.{fmt}"
    assert main(["compare", str(runs["sweep"]), "--format", fmt, "--bootstrap", "20", "--out", str(out)]) == 0
    assert marker in out.read_text()


def test_cli_errors_are_one_line(tmp_path, capsys):
    (tmp_path / "notarun").mkdir()
    for argv in (["compare", str(tmp_path / "notarun")], ["report", str(tmp_path / "notarun"), "--out",
                                                          str(tmp_path / "r")],
                 ["compare", str(tmp_path / "missing")], ["report", "--out", str(tmp_path / "r")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "error:" in err


def test_compare_cli_task_without_runs(runs, capsys):
    assert main(["compare", str(runs["sentiment"]), "--task", "stance"]) == 2
    assert "no stance runs" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ reports
def test_write_reports_is_byte_identical(runs, tmp_path, article_predictions):
    from quotestance.report import write_reports

    dirs = [runs["sweep"], runs["sentiment"], runs["extra"]]
    out = tmp_path / "reports"
    formats = ("png", "pdf", "svg")
    first = write_reports(dirs, out, formats, predictions=article_predictions, n_boot=30)
    before = _tree(out)
    second = write_reports(dirs, out, formats, predictions=article_predictions, n_boot=30)
    assert first == second and _tree(out) == before
    # elsewhere too: everything but README.md (it names the output folder) is identical
    other = tmp_path / "elsewhere"
    write_reports(list(reversed(dirs)), other, formats, predictions=article_predictions, n_boot=30)
    again = {k: v for k, v in _tree(other).items() if k != "README.md"}
    assert again == {k: v for k, v in before.items() if k != "README.md"}
    for stem in ("model_comparison", "confusion_matrices", "per_class_f1", "learning_curve", "transfer",
                 "stance_by_speaker", "stance_vs_sentiment"):
        assert f"figures/{stem}.png" in before and f"figures/{stem}.pdf" in before, stem
        assert f"figures/{stem}.png" in before["README.md"].decode()
    assert b"CreationDate" not in before["figures/model_comparison.pdf"]
    assert b"FontFile2" in before["figures/model_comparison.pdf"]  # TrueType (Type 42), not Type 3
    assert b"Matplotlib version" not in before["figures/model_comparison.png"]
    for stem in ("comparison", "summary", "per_class_f1", "transfer", "stance_by_speaker"):
        assert f"tables/{stem}.md" in before and f"tables/{stem}.tex" in before, stem
    assert b"\\toprule" in before["tables/comparison.tex"]


def test_reports_skip_absent_inputs(runs, tmp_path):
    from quotestance.report import write_reports

    written = {p.relative_to(tmp_path).as_posix() for p in write_reports([runs["sweep"]], tmp_path, n_boot=20)}
    assert "figures/model_comparison.png" in written
    assert not any(("learning_curve" in p or "transfer" in p or "speaker" in p or "sentiment" in p)
                   for p in written)


def test_stance_by_speaker_shares(article_predictions, tmp_path):
    from quotestance.report import read_predictions, stance_by_speaker
    from quotestance.report.figures import speaker_shares

    rows = speaker_shares(read_predictions(article_predictions))
    assert [r["speaker"] for r in rows] == ["(unattributed)", "Sergei Lavrov", "Ben Wallace"]
    lavrov = rows[1]
    assert lavrov["n"] == 3 and lavrov["escalatory"] == pytest.approx(2 / 3)
    assert sum(lavrov[k] for k in ("escalatory", "neutral", "conciliatory")) == pytest.approx(1.0)
    written = stance_by_speaker(article_predictions, tmp_path)
    assert {p.name for p in written} >= {"stance_by_speaker.png", "stance_by_speaker.pdf", "stance_by_speaker.md"}


def test_report_cli(runs, tmp_path, article_predictions, capsys):
    out = tmp_path / "rep"
    assert main(["report", str(runs["sweep"]), "--out", str(out), "--bootstrap", "20",
                 "--predictions", str(article_predictions), "--formats", "png"]) == 0
    readme = (out / "README.md").read_text()
    assert "quotestance report" in readme and "figures/stance_by_speaker.png" in readme
    assert not (out / "figures" / "model_comparison.pdf").exists()
    assert main(["report", "--predictions", str(article_predictions), "--out", str(tmp_path / "p")]) == 0
    assert (tmp_path / "p" / "figures" / "stance_by_speaker.pdf").is_file()
    assert main(["report", "--predictions", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "p")]) == 2


# --------------------------------------------------------------------- transfer runs and their CV
LOO = ["eval.bootstrap=20", "eval.transfer_mode=leave_one_out", "eval.transfer=[seed,lee_gold]"]


@pytest.fixture(scope="module")
def loo_runs(tmp_path_factory):
    """A leave-one-corpus-out transfer sweep of two models (train on all but X, test on X), which
    saves transfer_predictions.parquet."""
    root = tmp_path_factory.mktemp("loo")
    sweep = root / "loo"
    for i, model in enumerate(("majority", "cue_rules")):
        _run([f"model={model}", *LOO], sweep / str(i))
    (sweep / "multirun.yaml").write_text("hydra: {}\n")
    return sweep


def test_cv_figures_prefer_runs_without_transfer(runs, tmp_path, caplog):
    from quotestance.report import write_reports
    from quotestance.report.runs import cv_runs, load_runs

    both = load_runs([runs["sweep"], runs["extra"]])  # extra: tfidf_logreg on seed/stance + transfer grid
    kept, dropped = cv_runs(both)
    assert [r.name for r in kept] == ["sweep/0", "sweep/1"] and [r.name for r in dropped] == ["extra"]
    only = load_runs([runs["extra"]])
    assert cv_runs(only) == (only, [])  # only a transfer run: its CV is used
    with caplog.at_level("INFO", logger="quotestance"):
        write_reports([runs["sweep"], runs["extra"]], tmp_path, formats=("png",), n_boot=20)
    assert "extra" in caplog.text and "without a transfer grid" in caplog.text
    summary = (tmp_path / "tables" / "summary.csv").read_text()
    assert summary.count("tfidf_logreg") == 1 and ",extra," not in summary
    assert "[extra]" not in (tmp_path / "tables" / "comparison.md").read_text()
    assert "seed,plover" in (tmp_path / "tables" / "transfer.csv").read_text().replace(
        "tfidf_logreg,stance,", "")  # transfer outputs keep the transfer run
    assert (tmp_path / "figures" / "transfer.png").is_file()


def test_runs_in_natural_order(runs, tmp_path):
    from quotestance.report import write_reports
    from quotestance.report.runs import load_runs

    sweep = tmp_path / "nat"
    for name, source in (("10", runs["sweep"] / "0"), ("2", runs["sweep"] / "1"), ("1", runs["sweep"] / "0")):
        shutil.copytree(source, sweep / name)
    (sweep / "multirun.yaml").write_text("hydra: {}\n")
    assert [r.name for r in load_runs([sweep])] == ["nat/1", "nat/2", "nat/10"]
    write_reports([sweep], tmp_path / "rep", formats=("png",), n_boot=10)
    readme = (tmp_path / "rep" / "README.md").read_text()
    assert readme.index("`nat/1`") < readme.index("`nat/2`") < readme.index("`nat/10`")


def test_leave_one_out_transfer_figure_tables_and_tests(loo_runs, tmp_path):
    from quotestance.evaluate.stats import holm
    from quotestance.report import write_reports
    from quotestance.report.figures import loo_grids
    from quotestance.report.runs import load_runs

    loaded = load_runs([loo_runs])
    grids = loo_grids(loaded)
    assert list(grids) == ["stance"]
    grid = grids["stance"]
    assert grid["corpora"] == ["lee_gold", "seed"]
    means = [grid["mean"][m] for m in grid["models"]]
    assert sorted(grid["models"]) == ["cue_rules", "majority"] and means == sorted(means, reverse=True)

    out = tmp_path / "rep"
    written = {p.relative_to(out).as_posix() for p in write_reports([loo_runs], out, formats=("png", "pdf"),
                                                                        n_boot=30)}
    for name in ("figures/transfer.png", "figures/transfer.pdf", "tables/transfer.md", "tables/transfer.tex",
                 "tables/transfer.csv", "tables/transfer_tests.md", "tables/transfer_tests.tex",
                 "tables/transfer_tests.csv"):
        assert name in written, name
    assert not any("transfer_pairs" in name for name in written)  # no pairs-mode grid
    wide = (out / "tables" / "transfer.csv").read_text().splitlines()
    assert wide[0] == "task,model,lee_gold,seed,mean"
    assert [line.split(",")[1] for line in wide[1:]] == grid["models"]
    assert "| model | lee_gold | seed | mean |" in (out / "tables" / "transfer.md").read_text()

    import pandas as pd

    tests = pd.read_csv(out / "tables" / "transfer_tests.csv")
    assert set(tests["test"]) == {"lee_gold", "seed"}
    for _, block in tests.groupby(["task", "test"]):
        assert block["macro_f1"].tolist() == sorted(block["macro_f1"], reverse=True)
        assert block["rank"].iloc[0] == 1 and pd.isna(block["p_mcnemar"].iloc[0])
        rest = block.iloc[1:]
        assert rest["p_mcnemar_holm"].tolist() == pytest.approx(holm(rest["p_mcnemar"].tolist()))
    lee = tests[tests["test"] == "lee_gold"].iloc[1]
    assert 0 <= lee["p_bootstrap"] <= 1 and lee["p_bootstrap_holm"] >= lee["p_bootstrap"]
    readme = (out / "README.md").read_text()
    assert "figures/transfer.png" in readme and "tables/transfer_tests.md" in readme
    # the same command again: byte-identical
    before = _tree(out)
    write_reports([loo_runs], out, formats=("png", "pdf"), n_boot=30)
    assert _tree(out) == before


def test_transfer_tests_skipped_without_predictions(runs, tmp_path):
    from quotestance.report import write_reports

    written = {p.name for p in write_reports([runs["extra"]], tmp_path, formats=("png",), n_boot=10)}
    assert "transfer.md" in written and not any(name.startswith("transfer_tests") for name in written)


def test_series_styles_are_distinct():
    from quotestance.report.style import CYCLE, series_styles

    names = [f"model_{i}" for i in range(3 * len(CYCLE))]
    styles = series_styles(names)
    assert len({(s["color"], s["marker"]) for s in styles.values()}) == len(names)
    assert series_styles(reversed(names)) == styles  # by name, not by input order
