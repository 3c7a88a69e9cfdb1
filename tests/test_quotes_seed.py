"""Gold for seeds/000_745df1fde515d6eb.txt: all 13 quoted spans, offsets and full speaker names.

Judgement call: “strengthen US commitment …” sits in 'The Foreign Ministry announced that Blinken
would fly … to “…”'; the text attributes the announcement (and its quoted purpose) to the
Foreign Ministry, so that is the gold speaker.
"""

from pathlib import Path

import pytest

from quotestance.quotes import Quote, extract

# an internal error inside extract() is a RuntimeWarning (no quotes for that text): a failure here
pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_745df1fde515d6eb.txt"

# (quote text, speaker, speaker mention as written, partial)
GOLD = [
    ("We are now waiting for a response to these proposals – as we were promised – in order to continue the negotiations,", "Sergei Lavrov", "he", False),
    ("Let’s hope these talks will continue,", "Sergei Lavrov", "Lavrov", False),
    ("strengthen US commitment to Ukraine’s sovereignty and territorial integrity", "Foreign Ministry", "The Foreign Ministry", True),
    ("joint efforts to deter further Russian aggression against Ukraine, including the readiness of allies and partners to impose massive consequences on Russia and severe economic costs,", "Ned Price", "Price", True),
    ("worsening", "Belarussian Ministry of Defense", "The Belarussian Ministry of Defense", True),
    ("including at the western and southern borders of the Republic of Belarus.", "Belarussian Ministry of Defense", "The Belarussian Ministry of Defense", True),
    ("In recent weeks, more than 100,000 Russian troops, equipment and tanks have been deployed near Ukraine for no reason. It’s hard not to see it as a threat,", "Annalena Baerbock", "she", False),
    ("I do not see Russia’s invasion of Ukraine as a realistic option because it is not an ordinary country. Ukraine is a powerful country,", "Recep Tayyip Erdogan", "Erdogan", False),
    ("Ukraine has every right to defend its borders, and this new aid package strengthens its ability to do so further,", "Ben Wallace", "Wallace", False),
    ("are not strategic weapons and do not pose a threat to Russia,", "Ben Wallace", "he", True),
    ("lightweight, anti-tank, defensive weapon systems", "Ben Wallace", "he", True),
    ("extremely dangerous", "Dmitry Peskov", "Kremlin spokesman Dmitry Peskov", True),
    ("does not help reduce tensions", "Dmitry Peskov", "Kremlin spokesman Dmitry Peskov", True),
]


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text, doc_id=SEED.name)


def test_all_13_spans_exactly(seed):
    text, quotes = seed
    assert [q.text for q in quotes] == [g[0] for g in GOLD]
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.start - 1] in "“\"" and q.doc_id == SEED.name


@pytest.mark.parametrize("i", range(len(GOLD)))
def test_speaker_resolved_to_full_name(seed, i):
    text, quotes = seed
    q, (_, speaker, mention, partial) = quotes[i], GOLD[i]
    assert (q.speaker, q.speaker_mention, q.partial) == (speaker, mention, partial)
    assert text[q.speaker_start:q.speaker_end] == mention
    assert q.cue


def test_cookie_banner_yields_nothing(seed):
    text, quotes = seed
    banner = text.index("This website uses cookies")
    assert all(q.start < banner for q in quotes)
    assert extract(text[banner:]) == []


def test_quote_is_frozen_and_serialisable(seed):
    q = seed[1][0]
    assert isinstance(q, Quote) and q.to_dict()["speaker"] == "Sergei Lavrov"
    with pytest.raises(Exception):
        q.speaker = "x"  # type: ignore[misc]
