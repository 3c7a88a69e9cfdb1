"""`quotestance predict`: statements and articles, streaming, workers, bad input and untrusted models."""

from __future__ import annotations

import json

import pytest

from quotestance.cli import main
from quotestance.config import compose
from quotestance.run import run


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("model")
    cfg = compose([f"paths.output_dir={tmp}", "model=tfidf_logreg", "fit_tasks=[stance,sentiment]",
                   "eval.n_splits=3", "eval.repeats=1", "eval.bootstrap=20", "progress=false"])
    run(cfg, tmp / "run")
    return tmp / "run"


def write_statements(path, texts):
    path.write_text("".join(json.dumps({"text": t, "id": i, "keep": "x"}) + "\n" for i, t in enumerate(texts)))
    return path


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_predict_statements(tmp_path, model_dir):
    src = write_statements(tmp_path / "in.jsonl", ["We will strike back.", "Let us talk.", "The meeting is at noon."])
    out = tmp_path / "out.jsonl"
    assert main(["predict", "--model", str(model_dir), str(src), "--out", str(out)]) == 0
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [0, 1, 2] and all(r["keep"] == "x" for r in records)
    for r in records:
        assert r["stance"] in r["stance_proba"] and r["sentiment"] in r["sentiment_proba"]
        assert sum(r["stance_proba"].values()) == pytest.approx(1.0, abs=1e-4)
        assert r["stance"] == max(r["stance_proba"], key=r["stance_proba"].get)


def test_workers_and_batches_give_same_output(tmp_path, model_dir):
    src = write_statements(tmp_path / "in.jsonl", [f"Statement number {i} about talks and threats." for i in range(50)])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["predict", "--model", str(model_dir), str(src), "--out", str(one)]) == 0
    assert main(["predict", "--model", str(model_dir), str(src), "--out", str(two), "--workers", "2", "--batch-size", "7"]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_predict_articles(tmp_path, model_dir):
    from quotestance.paths import project_root

    out = tmp_path / "quotes.jsonl"
    assert main(["predict", "--model", str(model_dir), "--articles", str(project_root() / "seeds"), "--out", str(out)]) == 0
    records = read_jsonl(out)
    assert len(records) == 13
    assert {"doc_id", "speaker", "stance", "sentiment"} <= set(records[0])
    assert "Sergei Lavrov" in {r["speaker"] for r in records}


def test_malformed_line(tmp_path, model_dir, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"text": "fine"}\n{not json\n{"text": "also fine"}\n')
    out = tmp_path / "out.jsonl"
    assert main(["predict", "--model", str(model_dir), str(src), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:2" in err and err.count("\n") == 1
    assert not out.exists()  # no partial output
    assert main(["predict", "--model", str(model_dir), str(src), "--out", str(out), "--skip-bad"]) == 0
    assert len(read_jsonl(out)) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary"])
def test_unreadable_inputs(tmp_path, model_dir, capsys, content):
    src = tmp_path / "in.jsonl"
    src.write_bytes(content)
    assert main(["predict", "--model", str(model_dir), str(src)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_non_utf8_falls_back_with_a_warning(tmp_path, model_dir, capsys):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "caf\xe9 talks"}\n')
    out = tmp_path / "out.jsonl"
    assert main(["predict", "--model", str(model_dir), str(src), "--out", str(out)]) == 0
    assert read_jsonl(out)[0]["text"] == "café talks"
    assert "not valid UTF-8" in capsys.readouterr().err


def test_not_a_model_dir(tmp_path, capsys):
    src = write_statements(tmp_path / "in.jsonl", ["x"])
    assert main(["predict", "--model", str(tmp_path), str(src)]) == 2
    assert "not a model directory" in capsys.readouterr().err


def test_untrusted_types_refused_without_trust(tmp_path, model_dir, capsys):
    import shutil

    import skops.io as sio
    from sklearn.pipeline import FunctionTransformer, make_pipeline

    bad_dir = tmp_path / "bad"
    shutil.copytree(model_dir, bad_dir)
    stance = sio.load(model_dir / "model-stance.skops", trusted=sio.get_untrusted_types(file=model_dir / "model-stance.skops"))
    # a pipeline step calling a function from an untrusted module (textwrap.dedent)
    import textwrap

    risky = make_pipeline(FunctionTransformer(textwrap.dedent), stance)
    sio.dump(risky, bad_dir / "model-stance.skops")
    src = write_statements(tmp_path / "in.jsonl", ["x"])
    assert main(["predict", "--model", str(bad_dir), str(src)]) == 2
    assert "untrusted" in capsys.readouterr().err
