"""Bad input, case by case, through the command line: a one-line error naming the problem, a
non-zero exit, no traceback and no (partial) output file.

`quotestance` commands run in-process (cli.main); `quotestance-run` (Hydra) in a subprocess.
Also covered elsewhere, not repeated here: predict on empty, binary and non-UTF-8 statement
files, a malformed statement line with and without --skip-bad, a folder without model.json
(tests/test_predict.py: test_unreadable_inputs, test_malformed_line, test_not_a_model_dir,
test_untrusted_types_refused_without_trust); a missing corpus under paths.data_root through
quotestance-run (tests/test_run.py::test_bad_data_is_one_line_error).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quotestance.cli import main

ARTICLE = "Foreign Minister Sergei Lavrov spoke.\n\n“We will wait,” Lavrov said.\n"


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code, err, command, *needles):
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"quotestance {command}: error:"), lines[0]
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


def assert_nothing_written(folder, target):
    assert not target.exists()
    assert not [p.name for p in folder.iterdir() if p.name.startswith(f".{target.name}.")]  # no temp file left


def jsonl(path, texts):
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    return path


# --- quotestance extract ---------------------------------------------------------------

def _missing(d):
    return d / "missing.txt"


def _empty(d):
    (d / "empty.txt").write_text("")
    return d / "empty.txt"


def _blank_jsonl(d):
    (d / "blank.jsonl").write_text("\n  \n\n")
    return d / "blank.jsonl"


def _binary(d):
    (d / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return d / "bin.txt"


def _binary_jsonl(d):
    (d / "bin.jsonl").write_bytes(b'{"text": "a"}\n\x00\x01\x02')
    return d / "bin.jsonl"


def _empty_folder(d):
    (d / "docs").mkdir()
    (d / "docs" / "notes.md").write_text("not an article")
    return d / "docs"


def _malformed(d):
    return jsonl(d / "bad.jsonl", [ARTICLE]).open("a").write('{"text": broken\n') and d / "bad.jsonl"


def _no_text(d):
    (d / "notext.jsonl").write_text('{"id": 1, "body": "x"}\n')
    return d / "notext.jsonl"


def _csv_without_text(d):
    (d / "articles.csv").write_text("id,body\n1,x\n")
    return d / "articles.csv"


def _csv_short_row(d):
    (d / "short.csv").write_text('id,text\n1,"“We will wait,” Lavrov said."\n2\n')
    return d / "short.csv"


def _not_parquet(d):
    (d / "fake.parquet").write_text("not parquet at all")
    return d / "fake.parquet"


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    "make, needles",
    [
        (_missing, ["missing.txt", "no such file"]),
        (_empty, ["empty.txt", "empty"]),
        (_blank_jsonl, ["blank.jsonl", "empty"]),
        (_binary, ["bin.txt", "binary"]),
        (_binary_jsonl, ["bin.jsonl", "binary"]),
        (_empty_folder, ["docs", "no .txt, .jsonl, .csv or .parquet"]),
        (_malformed, ["bad.jsonl:2", "malformed", "--skip-bad"]),
        (_no_text, ["notext.jsonl:1", "'text'"]),
        (_csv_without_text, ["articles.csv", "no 'text' column", "id, body"]),
        (_csv_short_row, ["short.csv:2", "malformed row", "--skip-bad"]),
        (_not_parquet, ["fake.parquet", "not a readable Parquet file"]),
    ],
    ids=["missing", "empty", "blank-jsonl", "binary", "binary-jsonl", "folder-without-articles", "malformed-jsonl",
         "no-text-field", "csv-no-text-column", "csv-short-row", "not-parquet"],
)
def test_extract_bad_input(tmp_path, capsys, make, needles, workers):
    path = make(tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "quotes.jsonl"
    code, out, err = cli(capsys, "extract", path, "--out", target, "--workers", workers)
    assert_one_line_error(code, err, "extract", *needles)
    assert out == ""
    assert_nothing_written(out_dir, target)


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_malformed_line_late_in_a_stream_leaves_no_partial_file(tmp_path, capsys, workers):
    """Streaming writes quotes before the bad line is read: the temp file must go, --out stay absent."""
    src = jsonl(tmp_path / "big.jsonl", [ARTICLE] * 300)
    with src.open("a") as fh:
        fh.write("{oops\n")
    target = tmp_path / "quotes.jsonl"
    code, _, err = cli(capsys, "extract", src, "--out", target, "--workers", workers, "--chunk-size", 8)
    assert_one_line_error(code, err, "extract", "big.jsonl:301")
    assert_nothing_written(tmp_path, target)


def test_extract_bad_input_keeps_an_existing_output(tmp_path, capsys):
    target = tmp_path / "quotes.jsonl"
    target.write_text("previous results\n")
    code, _, err = cli(capsys, "extract", tmp_path / "missing.jsonl", "--out", target)
    assert_one_line_error(code, err, "extract", "missing.jsonl")
    assert target.read_text() == "previous results\n"


def test_extract_skip_bad_reports_line_numbers_and_continues(tmp_path, capsys):
    src = tmp_path / "mixed.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n{broken\n" + '"just a string"\n'
                   + json.dumps({"id": "b", "text": ARTICLE}) + "\n")
    target = tmp_path / "quotes.jsonl"
    code, _, err = cli(capsys, "extract", src, "--out", target, "--skip-bad")
    assert code == 0 and "Traceback" not in err
    warnings = err.strip().splitlines()
    assert len(warnings) == 2 and all(w.startswith("quotestance extract: warning:") for w in warnings)
    assert "mixed.jsonl:2" in warnings[0] and "mixed.jsonl:3" in warnings[1]
    assert [json.loads(line)["doc_id"] for line in target.read_text().splitlines()] == ["a", "b"]


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_extract_non_utf8_falls_back_with_a_warning(tmp_path, capsys, suffix):
    text = '"Très bien," Tom Baker said.'
    src = tmp_path / f"old{suffix}"
    src.write_bytes((json.dumps({"text": text}, ensure_ascii=False) + "\n" if suffix == ".jsonl" else text).encode("cp1252"))
    target = tmp_path / "quotes.jsonl"
    code, _, err = cli(capsys, "extract", src, "--out", target)
    assert code == 0
    assert err.count("\n") == 1 and "not valid UTF-8" in err and "Traceback" not in err
    [record] = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert record["speaker"] == "Tom Baker" and record["text"].startswith("Très bien")


def test_extract_bad_option_values(tmp_path, capsys):
    src = jsonl(tmp_path / "a.jsonl", [ARTICLE])
    code, _, err = cli(capsys, "extract", src, "--workers", 0)
    assert_one_line_error(code, err, "extract", "--workers")


# --- quotestance predict: models and inputs --------------------------------------------

@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    from quotestance.config import compose
    from quotestance.run import run

    tmp = tmp_path_factory.mktemp("model")
    cfg = compose([f"paths.output_dir={tmp}", "data=seed", "model=tfidf_logreg", "eval.n_splits=3",
                   "eval.repeats=1", "eval.bootstrap=20", "progress=false"])
    run(cfg, tmp / "run")
    return tmp / "run"


def test_predict_missing_input(tmp_path, capsys, model_dir):
    target = tmp_path / "labelled.jsonl"
    code, _, err = cli(capsys, "predict", "--model", model_dir, tmp_path / "nope.jsonl", "--out", target)
    assert_one_line_error(code, err, "predict", "nope.jsonl", "no such file")
    assert_nothing_written(tmp_path, target)


def test_predict_malformed_line_late_leaves_no_partial_file(tmp_path, capsys, model_dir):
    src = jsonl(tmp_path / "s.jsonl", ["We will talk."] * 5000)
    with src.open("a") as fh:
        fh.write("{oops\n")
    target = tmp_path / "labelled.jsonl"
    code, _, err = cli(capsys, "predict", "--model", model_dir, src, "--out", target, "--batch-size", 100)
    assert_one_line_error(code, err, "predict", "s.jsonl:5001")
    assert_nothing_written(tmp_path, target)


def _no_dir(d, model):
    return d / "x"


def _a_file(d, model):
    (d / "x").write_text("not a model")
    return d / "x"


def _bad_card(d, model):
    (d / "x").mkdir()
    (d / "x" / "model.json").write_text("{not json")
    return d / "x"


def _missing_model_file(d, model):
    import shutil

    shutil.copytree(model, d / "x")
    (d / "x" / "model-stance.skops").unlink()
    return d / "x"


def _corrupt_model_file(d, model):
    import shutil

    shutil.copytree(model, d / "x")
    (d / "x" / "model-stance.skops").write_bytes(b"PK\x03\x04 truncated")
    return d / "x"


@pytest.mark.parametrize(
    "make, needles",
    [
        (_no_dir, ["not a model directory"]),
        (_a_file, ["not a model directory"]),
        (_bad_card, ["model.json", "malformed"]),
        (_missing_model_file, ["model-stance.skops", "missing"]),
        (_corrupt_model_file, ["model-stance.skops", "not a skops model file"]),
    ],
    ids=["missing", "a-file", "malformed-card", "missing-model-file", "corrupt-model-file"],
)
def test_predict_model_dir_that_is_not_one(tmp_path, capsys, model_dir, make, needles):
    bad = make(tmp_path, model_dir)
    src = jsonl(tmp_path / "in.jsonl", ["We will talk."])
    target = tmp_path / "labelled.jsonl"
    code, _, err = cli(capsys, "predict", "--model", bad, src, "--out", target)
    assert_one_line_error(code, err, "predict", *needles)
    assert_nothing_written(tmp_path, target)


def test_predict_untrusted_types_need_trust(tmp_path, capsys, model_dir):
    """As tests/test_predict.py, plus: one line, no output file, and --trust loads it."""
    import copy
    import shutil

    import skops.io as sio
    from sklearn.pipeline import FunctionTransformer, make_pipeline

    bad = tmp_path / "risky"
    shutil.copytree(model_dir, bad)
    path = model_dir / "model-stance.skops"
    stance = sio.load(path, trusted=sio.get_untrusted_types(file=path))
    sio.dump(make_pipeline(FunctionTransformer(copy.copy), stance), bad / "model-stance.skops")  # copy.copy: not trusted
    src = jsonl(tmp_path / "in.jsonl", ["We will talk."])
    target = tmp_path / "labelled.jsonl"
    code, _, err = cli(capsys, "predict", "--model", bad, src, "--out", target)
    assert_one_line_error(code, err, "predict", "untrusted", "copy.copy", "--trust")
    assert_nothing_written(tmp_path, target)
    code, _, err = cli(capsys, "predict", "--model", bad, src, "--out", target, "--trust")
    assert code == 0 and json.loads(target.read_text())["stance"]


# --- quotestance data ------------------------------------------------------------------

def test_data_stats_missing_data_root(capsys):
    code, out, err = cli(capsys, "data", "stats", "unscon", "--root", "/nonexistent")
    assert_one_line_error(code, err, "data", "missing data file", "/nonexistent")
    assert out == ""


def test_data_stats_unknown_corpus(capsys):
    code, _, err = cli(capsys, "data", "stats", "no_such_corpus")
    assert_one_line_error(code, err, "data", "unknown data set", "no_such_corpus")


# --- quotestance-run (Hydra, subprocess) -----------------------------------------------

def hydra_run(tmp_path, *overrides):
    cmd = [sys.executable, "-m", "quotestance.run", *overrides, f"paths.output_dir={tmp_path}/out",
           f"hydra.run.dir={tmp_path}/out/run", "progress=false", "eval.n_splits=3", "eval.repeats=1", "eval.bootstrap=20"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def assert_run_failed_cleanly(done, tmp_path, *needles):
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    for needle in needles:
        assert needle in done.stderr, (needle, done.stderr[-2000:])
    assert not (tmp_path / "out" / "run" / "metrics.json").exists()
    assert not (tmp_path / "out" / "run" / "model.json").exists()


def run_error_line(done) -> str:
    lines = [line for line in done.stderr.splitlines() if line.startswith("quotestance-run: error:")]
    assert len(lines) == 1, done.stderr[-2000:]
    return lines[0]


@pytest.mark.parametrize(
    "content, needles",
    [
        ('{"text": "We will strike.", "stance": "aggressive"}\n', ["row 2", "unknown stance label 'aggressive'"]),
        (None, ["missing data file"]),
    ],
    ids=["unknown-label", "missing-file"],
)
def test_run_bad_annotation_file(tmp_path, content, needles):
    path = tmp_path / "labels.jsonl"
    if content is not None:
        path.write_text('{"text": "Let us talk.", "stance": "conciliatory"}\n' + content)
    done = hydra_run(tmp_path, "data=file", f"data.options.path={path}")
    assert_run_failed_cleanly(done, tmp_path, *needles)
    assert str(path) in run_error_line(done)


@pytest.mark.parametrize(
    "override, needles",
    [
        ("modle=x", ["Could not override 'modle'", "Key 'modle' is not in struct"]),
        ("model=tfidf_logregg", ["Could not find 'model/tfidf_logregg'", "tfidf_logreg"]),
        ("eval.n_split=3", ["Could not override 'eval.n_split'"]),
    ],
    ids=["unknown-key", "unknown-option", "nested-key"],
)
def test_run_config_typo_gets_hydras_message(tmp_path, override, needles):
    done = hydra_run(tmp_path, override)
    assert_run_failed_cleanly(done, tmp_path, *needles)
    assert not (tmp_path / "out" / "run").exists()


def test_run_bad_task_is_one_line(tmp_path):
    done = hydra_run(tmp_path, "data=seed", "task=stanse")
    assert_run_failed_cleanly(done, tmp_path, "task must be one of")
    assert "stanse" in run_error_line(done)
