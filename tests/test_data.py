"""Loaders: schema, span verification against the source texts, one-line errors."""

from __future__ import annotations

import shutil

import pytest

from quotestance.cli import main
from quotestance.data import DataError, LOADERS, load
from quotestance.data.schema import COLUMNS, MISSING
from quotestance.labels import AnnotationError, read_annotations
from quotestance.labels.standoff import span_hash

PUBLIC = ["conflibert_cameo", "unscon", "plover", "news_samples_gold", "polnear_quotes"]


def check_schema(ds):
    assert list(ds.features) == list(COLUMNS)
    assert ds.features["stance"].names == ["escalatory", "neutral", "conciliatory"]
    assert ds.num_rows > 0
    frame = ds.to_pandas()
    assert frame["id"].is_unique
    assert (frame["text"].str.strip() != "").all()
    assert (frame["group"] != "").all()
    return frame


def test_seed_gold_matches_text():
    frame = check_schema(load("seed"))
    assert len(frame) == 13
    assert "Sergei Lavrov" in set(frame["speaker"])


def test_quotestance_gold_is_large_and_verified():
    frame = check_schema(load("quotestance_gold"))
    lee = frame[frame["source"] == "lee"]
    assert len(lee) >= 400
    assert (frame["stance"] != MISSING).all() and (frame["sentiment"] != MISSING).all()
    assert set(frame["source"]) == {"lee", "seed"}


def test_lee_copies_of_an_article_share_a_group():
    frame = load("lee_gold").to_pandas()
    # the corpus repeats some articles on different lines; their quotes must share one CV group
    by_text = frame.groupby("text")["group"].nunique()
    assert by_text.max() == 1


def test_changed_lee_file_is_detected(tmp_path):
    from quotestance.data.gold import lee_corpus_dir

    for name in ("lee_background.cor", "lee.cor"):
        shutil.copy(lee_corpus_dir() / name, tmp_path / name)
    with (tmp_path / "lee.cor").open("ab") as handle:
        handle.write(b"tampered\n")
    with pytest.raises(DataError, match="changed since annotation"):
        load("lee_gold", lee_dir=str(tmp_path))


@pytest.mark.parametrize("name", PUBLIC)
def test_public_loaders(name, data_root):
    frame = check_schema(load(name, root=str(data_root)))
    assert (frame["stance"] != MISSING).all()


def test_news_samples_gold_size(data_root):
    frame = load("news_samples_gold", root=str(data_root)).to_pandas()
    assert len(frame) >= 500
    assert frame["group"].nunique() >= 100


def test_cameo_material_option(data_root):
    base = load("conflibert_cameo", root=str(data_root)).num_rows
    assert load("conflibert_cameo", root=str(data_root), include_material=True).num_rows > base


@pytest.mark.parametrize("name", PUBLIC)
def test_missing_root_is_one_line_error(name, tmp_path):
    with pytest.raises(DataError) as err:
        load(name, root=str(tmp_path))
    assert "\n" not in str(err.value) and str(tmp_path) in str(err.value)


def test_every_loader_is_a_config_option():
    from quotestance.paths import conf_dir

    assert {p.stem for p in (conf_dir() / "data").glob("*.yaml")} == set(LOADERS)


def test_file_loader(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("sentence,label,article\nWe will strike back.,escalatory,a1\nLet us talk.,conciliatory,a2\n")
    frame = load("file", path=str(path), columns={"text": "sentence", "stance": "label", "group": "article"}).to_pandas()
    assert list(frame["group"]) == ["a1", "a2"]
    assert (frame["sentiment"] == MISSING).all()
    bad = tmp_path / "bad.csv"
    bad.write_text("text,stance\nHello,hostile\n")
    with pytest.raises(DataError, match="unknown stance label 'hostile'"):
        load("file", path=str(bad))


def test_unknown_label_in_annotations(tmp_path):
    path = tmp_path / "ann.jsonl"
    path.write_text('{"id": "x", "stance": "angry"}\n')
    with pytest.raises(AnnotationError, match="line 1: unknown stance label 'angry'"):
        read_annotations(path)


def test_gold_spans_hash_check():
    from quotestance.data.gold import seed_records

    records = seed_records()
    assert all(len(r["text"]) > 0 for r in records)
    assert span_hash("abc") != span_hash("abd")


def test_data_stats_cli_json(capsys):
    import json

    assert main(["data", "stats", "quotestance_gold", "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["n"] == sum(stats["stance"].values()) == sum(stats["sentiment"].values())
    assert stats["n"] >= 413


def test_data_stats_cli_news(capsys, data_root):
    import json

    assert main(["data", "stats", "news_samples_gold", "--root", str(data_root), "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["n"] >= 500 and set(stats) >= {"n", "stance", "sentiment"}


def test_data_stats_cli_missing_root(capsys, tmp_path):
    assert main(["data", "stats", "unscon", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing data file" in err


def test_unscon_codebook_labels(data_root):
    codebook = load("unscon", root=str(data_root)).to_pandas()
    conflict = load("unscon", root=str(data_root), labels="conflict").to_pandas()
    assert len(codebook) == len(conflict) and list(codebook["id"]) == list(conflict["id"])
    assert (codebook["sentiment"] != MISSING).all()
    assert set(codebook["stance"]) == {0, 1, 2}          # the codebook pass adds conciliatory
    assert set(conflict["stance"]) == {0, 1}
    assert codebook["group"].nunique() == 5


def test_combined_skips_absent_corpora(tmp_path):
    with pytest.warns(UserWarning, match="skipping news_samples_gold"):
        ds = load("combined", root=str(tmp_path), names=["seed", "news_samples_gold"])
    assert set(ds.to_pandas()["source"]) == {"seed"}


def test_cameo_codebook_labels(data_root):
    cameo = load("conflibert_cameo", root=str(data_root)).to_pandas()
    codebook = load("conflibert_cameo", root=str(data_root), labels="codebook").to_pandas()
    assert list(cameo["id"]) == list(codebook["id"])
    assert (cameo["sentiment"] == MISSING).all() and (codebook["sentiment"] != MISSING).all()
    assert (cameo["stance"] != codebook["stance"]).any()
