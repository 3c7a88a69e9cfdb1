"""The extractor against the project's Lee-corpus gold: floors measured in benchmarks/gold_extraction.py.

Measured (see docs/extraction.md): quote F1 0.989, speaker accuracy 0.907 (lenient 0.933),
end-to-end F1 0.897, 4 of 117 non-statement units extracted. The floors sit a little below.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("gensim") is None, reason="the Lee corpus ships in gensim's wheel (not installed)"
)


@pytest.fixture(scope="module")
def lee_summary():
    from gold_extraction import lee_docs, score_docs

    docs = lee_docs()
    assert len(docs) > 200
    return score_docs(docs).summary()


def test_lee_gold_quote_detection(lee_summary):
    assert lee_summary["gold"] == 578
    assert lee_summary["quote_f1"] >= 0.97
    assert lee_summary["quote_p"] >= 0.96


def test_lee_gold_speakers(lee_summary):
    assert lee_summary["speaker_acc"] >= 0.885
    assert lee_summary["speaker_acc_lenient"] >= 0.915
    assert lee_summary["e2e_f1"] >= 0.875


def test_lee_gold_non_statements_stay_out(lee_summary):
    assert lee_summary["non_statements_extracted"] <= 7


def test_scoring_is_one_to_one_and_half_coverage():
    from types import SimpleNamespace as P

    from gold_extraction import Doc, score_doc

    doc = Doc("d", "x" * 100, [{"start": 10, "end": 30, "speaker": "Ann Lee"}],
              [{"start": 50, "end": 60, "speaker": None}])
    preds = [P(start=12, end=25, speaker="ann  lee"), P(start=10, end=30, speaker="X"),
             P(start=50, end=58, speaker="Y")]
    t = score_doc(doc, preds)
    assert (t.matched, t.speaker_right, t.predicted, t.non_extracted) == (1, 1, 3, 1)


def test_no_internal_error_on_any_real_article(data_root):
    """extract() swallows internal errors (it never raises); on real news none may occur."""
    import glob

    from quotestance.quotes.extract import _extract
    from quotestance.quotes.polnear import load_split

    texts = [a.text for a in load_split(data_root / "polnear", "train")]
    texts += [open(f, encoding="utf-8", errors="replace").read()
              for f in sorted(glob.glob(str(data_root / "news" / "conflibert_samples" / "*.txt")))]
    assert len(texts) > 800
    for i, text in enumerate(texts):
        try:
            _extract(text, None)
        except Exception as err:  # noqa: BLE001 - report which article
            raise AssertionError(f"article {i}: {type(err).__name__}: {err}") from err


def test_news_sample_gold_floors(data_root):
    """Floors a little below the measured news-sample figures (docs/extraction.md)."""
    from gold_extraction import news_docs, score_docs

    summary = score_docs(news_docs(data_root)).summary()
    assert summary["gold"] == 744
    assert summary["quote_f1"] >= 0.91 and summary["speaker_acc"] >= 0.815 and summary["e2e_f1"] >= 0.755
    assert summary["non_statements_extracted"] <= 33
