"""Property: extract never raises, never hits an internal error, and its offsets are always valid."""

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotestance.quotes import extract

# an internal error is swallowed by extract() with a RuntimeWarning: here it fails the property
pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

MARKS = st.sampled_from(['"', "“", "”", "„", "«", "»", "'", "''", "’", "\n", "\n\n", " ", ",", ".", ":"])
WORDS = st.sampled_from(["said", "he", "she", "Lavrov", "Sergei Lavrov", "according to", "told", "Mr.", "the", "of", "Ministry",
                         "quoted", "as saying", "reported", "According to", "Interfax"])
PIECES = st.lists(st.one_of(MARKS, WORDS, st.text(max_size=8)), max_size=60).map(" ".join)


def check(text: str, apostrophe_quotes: bool = False) -> None:
    for q in extract(text, doc_id="x", apostrophe_quotes=apostrophe_quotes):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
        if q.via_start is not None:
            assert 0 <= q.via_start <= q.via_end <= len(text)
            assert text[q.via_start:q.via_end] == q.via


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text):
    check(text)


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_random_quote_marks_and_cues(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(PIECES)
def test_random_marks_with_two_apostrophe_quotes(text):
    check(text, apostrophe_quotes=True)


def test_empty_and_very_long_inputs():
    assert extract("") == []
    check("“" * 100_000)
    check(('“Yes,” he said. "No" “' + "x" * 50 + " Lavrov said: “") * 1200)
    assert len("".join(["a"] * 100_000)) == 100_000
    check("word " * 20_000)


def test_internal_error_is_a_warning_not_an_exception(monkeypatch):
    module = importlib.import_module("quotestance.quotes.extract")

    def broken(text, doc_id):
        raise IndexError("boom")

    monkeypatch.setattr(module, "_extract", broken)
    with pytest.warns(RuntimeWarning, match="internal error on document 'd1'"):
        assert module.extract("“Hi,” Ann Lee said.", "d1") == []
