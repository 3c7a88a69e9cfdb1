"""The `quotestance extract` subcommand, driven in-process."""

import csv
import io
import json

import pytest

from quotestance.cli import main

ARTICLE = "Foreign Minister Sergei Lavrov spoke.\n\n“We will wait,” Lavrov said.\n"


def run(capsys, *argv):
    code = main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_txt_file_jsonl_output(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, f)
    assert code == 0
    [rec] = [json.loads(line) for line in out.splitlines()]
    assert rec["doc_id"] == "a.txt" and rec["speaker"] == "Sergei Lavrov" and rec["text"] == "We will wait,"
    assert ARTICLE[rec["start"]:rec["end"]] == rec["text"]


def test_folder_and_csv_output(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, tmp_path, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["doc_id"] for r in rows] == ["a.txt", "b.txt"]
    assert rows[0]["speaker"] == "Sergei Lavrov" and rows[0]["speaker_mention"] == "Lavrov"


def test_jsonl_input_uses_id(tmp_path, capsys):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "doc-7", "text": ARTICLE}) + "\n\n" + json.dumps({"text": ARTICLE}) + "\n")
    code, out, _ = run(capsys, f)
    assert code == 0
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["doc-7", "docs.jsonl:3"]


def test_out_is_written_atomically(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "out" / "quotes.jsonl"
    target.parent.mkdir()
    code, out, _ = run(capsys, f, "--out", target)
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["speaker"] == "Sergei Lavrov"
    assert [p.name for p in target.parent.iterdir()] == ["quotes.jsonl"]


def test_latin1_input_warns_and_extracts(tmp_path, capsys):
    f = tmp_path / "old.txt"
    f.write_bytes('"Très bien," Tom Baker said.'.encode("cp1252"))
    code, out, err = run(capsys, f)
    assert code == 0 and "Tom Baker" in out and "not valid UTF-8" in err


# Bad input (missing, empty, binary, malformed lines, ...) is tested in tests/test_bad_input.py.


def test_workers_give_identical_output_in_input_order(tmp_path, capsys):
    from quotestance.paths import project_root

    seed = next((project_root() / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    f = tmp_path / "docs.jsonl"
    with f.open("w", encoding="utf-8") as fh:
        for i in range(40):
            fh.write(json.dumps({"id": f"d{i}", "text": seed if i % 2 else ARTICLE}) + "\n")
    outs = {}
    for fmt in ("jsonl", "csv"):
        for workers, chunk in ((1, 64), (2, 3)):
            target = tmp_path / f"{fmt}-{workers}.out"
            code, _, _ = run(capsys, f, "--format", fmt, "--workers", workers, "--chunk-size", chunk, "--out", target)
            assert code == 0
            outs[fmt, workers] = target.read_bytes()
        assert outs[fmt, 1] == outs[fmt, 2]
    ids = [json.loads(line)["doc_id"] for line in outs["jsonl", 1].decode().splitlines()]
    assert ids[0] == "d0" and ids == sorted(ids, key=lambda d: int(d[1:]))  # input order kept
    assert len(set(ids)) == 40


def test_skip_bad_continues_with_warning(tmp_path, capsys):
    f = tmp_path / "mixed.jsonl"
    f.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n{broken\n[1, 2]\n" + json.dumps({"id": "b", "text": ARTICLE}) + "\n")
    code, out, err = run(capsys, f, "--skip-bad")
    assert code == 0
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["a", "b"]
    assert "mixed.jsonl:2" in err and "mixed.jsonl:3" in err and "Traceback" not in err


def test_jsonl_with_a_non_utf8_line_falls_back(tmp_path, capsys):
    f = tmp_path / "old.jsonl"
    f.write_bytes(json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False).encode("utf-8") + b"\n"
                  + '{"id": "old", "text": "\\"Tr\u00e8s bien,\\" Tom Baker said."}'.encode("cp1252") + b"\n")
    code, out, err = run(capsys, f)
    assert code == 0
    assert [json.loads(line)["speaker"] for line in out.splitlines()] == ["Sergei Lavrov", "Tom Baker"]
    assert err.count("\n") == 1 and "old.jsonl:2: not valid UTF-8" in err


def test_reader_streams_line_by_line(tmp_path):
    """read_jsonl yields the first document before it reads a malformed later line."""
    from quotestance.corpus.readers import InputError, read_jsonl

    f = tmp_path / "s.jsonl"
    f.write_text(json.dumps({"text": "one"}) + "\n" + "{bad\n")
    docs = read_jsonl(f)
    assert next(docs) == ("s.jsonl:1", "one")
    with pytest.raises(InputError, match="s.jsonl:2"):
        next(docs)


def test_apostrophe_quotes_flag_reads_two_apostrophes_as_quote_marks(tmp_path, capsys):
    f = tmp_path / "wire.txt"
    text = "Ada Roth, the harbour master, spoke on Monday.\n\n''The pier stays open,'' Ms. Roth said.\n"
    f.write_text(text, encoding="utf-8")
    assert run(capsys, f)[1] == ""
    code, out, _ = run(capsys, f, "--apostrophe-quotes", "--workers", "2", "--chunk-size", "1")
    [rec] = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rec["text"] == "The pier stays open," and rec["speaker"] == "Ada Roth"
    assert text[rec["start"]:rec["end"]] == rec["text"]


def test_csv_input_uses_the_id_column_and_keeps_multiline_cells(tmp_path, capsys):
    f = tmp_path / "articles.csv"
    with f.open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["id", "outlet", "text"])
        w.writerow(["doc-1", "Wire", ARTICLE])
        w.writerow(["", "Wire", "Big news.\n\n“No comment,” said Ada Roth."])
    code, out, _ = run(capsys, f)
    recs = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["doc_id"], r["speaker"]) for r in recs] == [("doc-1", "Sergei Lavrov"), ("articles.csv:2", "Ada Roth")]
    assert ARTICLE[recs[0]["start"]:recs[0]["end"]] == recs[0]["text"]


def test_csv_short_row_is_skipped_with_skip_bad(tmp_path, capsys):
    f = tmp_path / "short.csv"
    f.write_text('id,text\nx\ny,"“We will wait,” Lavrov said."\n', encoding="utf-8")
    code, out, err = run(capsys, f, "--skip-bad")
    assert code == 0 and "short.csv:1: malformed row" in err
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["y"]


def test_parquet_and_saved_dataset_inputs(tmp_path, capsys):
    from datasets import Dataset, DatasetDict

    ds = Dataset.from_dict({"id": ["p1", "p2"], "text": [ARTICLE, "“Fine,” said Ada Roth."]})
    ds.to_parquet(str(tmp_path / "shard.parquet"))
    code, out, _ = run(capsys, tmp_path / "shard.parquet")
    assert code == 0
    assert [(r["doc_id"], r["speaker"]) for r in map(json.loads, out.splitlines())] == [
        ("p1", "Sergei Lavrov"), ("p2", "Ada Roth")]

    DatasetDict({"train": ds.remove_columns("id"), "test": ds.select([1])}).save_to_disk(str(tmp_path / "saved"))
    code, out, _ = run(capsys, tmp_path / "saved")
    assert code == 0
    assert [r["doc_id"] for r in map(json.loads, out.splitlines())] == ["saved:train:0", "saved:train:1", "p2"]


def test_saved_dataset_without_text_column_is_one_line_error(tmp_path, capsys):
    from datasets import Dataset

    Dataset.from_dict({"body": [ARTICLE]}).save_to_disk(str(tmp_path / "saved"))
    capsys.readouterr()  # the saving progress bar
    code, out, err = run(capsys, tmp_path / "saved")
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "no 'text' column (columns: body)" in err
