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


@pytest.mark.parametrize(
    "make, needle",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "empty.txt").write_text("") and None or d / "empty.txt", "empty"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02PNG") and None or d / "bin.txt", "binary"),
        (lambda d: (d / "bad.jsonl").write_text('{"text": "ok"}\n{"text": broken\n') and None or d / "bad.jsonl", "bad.jsonl:2"),
    ],
    ids=["missing", "empty", "binary", "malformed-jsonl"],
)
def test_bad_inputs_exit_2_with_one_line(tmp_path, capsys, make, needle):
    path = make(tmp_path)
    target = tmp_path / "never.jsonl"
    code, out, err = run(capsys, path, "--out", target)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quotestance extract: error:") and needle in lines[0]
    assert "Traceback" not in err and not target.exists()
