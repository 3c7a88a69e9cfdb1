"""One small made-up example per 'must handle' case of the quote extractor."""

from quotestance.corpus import clean
from quotestance.quotes import extract


def one(text):
    quotes = extract(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
    return quotes


def test_quote_then_named_speaker():
    text = "Foreign Minister Sergei Lavrov spoke.\n\n“We will wait,” Lavrov said."
    [q] = one(text)
    assert (q.text, q.speaker, q.speaker_mention, q.cue) == ("We will wait,", "Sergei Lavrov", "Lavrov", "said")


def test_quote_then_pronoun():
    [q] = one("Mayor Anna Kowalski opened the bridge.\n\n“It is finished,” she said.")
    assert (q.speaker, q.speaker_mention) == ("Anna Kowalski", "she")


def test_said_before_name():
    [q] = one("State Department spokesman Ned Price spoke.\n“We are watching,” said Price.")
    assert q.speaker == "Ned Price" and q.cue == "said"


def test_said_in_a_statement():
    [q] = one("“Talks will go on,” Price said in a statement.")
    assert q.speaker == "Price"


def test_told_reporters_in_place():
    [q] = one("President Recep Tayyip Erdogan spoke.\n“No war,” Erdogan told reporters in Albania.")
    assert (q.speaker, q.cue) == ("Recep Tayyip Erdogan", "told")


def test_speaker_first_with_colon():
    [q] = one("Senator Maria Lopez said: “The bill is dead.”")
    assert (q.speaker, q.partial) == ("Maria Lopez", False)


def test_speaker_first_without_cue_verb():
    [q] = one("Tom Baker was blunt: “This plan fails.”")
    assert q.speaker == "Tom Baker" and q.cue == ":"


def test_speaker_first_with_comma():
    [q] = one("Tom Baker said, “This plan fails.”")
    assert q.speaker == "Tom Baker" and not q.partial


def test_split_quote_two_parts_same_speaker():
    a, b = one("“We tried,” Tom Baker said. “We failed.”")
    assert (a.text, b.text) == ("We tried,", "We failed.")
    assert a.speaker == b.speaker == "Tom Baker"


def test_quote_continues_over_paragraphs():
    text = "Tom Baker said: “The first part runs on.\n\n“The second part ends here.”"
    a, b = one(text)
    assert a.text == "The first part runs on." and b.text == "The second part ends here."
    assert a.speaker == b.speaker == "Tom Baker"
    assert (a.paragraph, b.paragraph) == (0, 1)


def test_floating_quote_inherits_previous_speaker():
    text = "“We are ready,” Tom Baker said.\n\n“And we will not wait for anyone.”"
    a, b = one(text)
    assert b.speaker == "Tom Baker" and b.paragraph == 1


def test_partial_quotes_in_indirect_speech():
    text = "Kremlin spokesman Dmitry Peskov described the shipments as “extremely dangerous” and “does not help”."
    a, b = one(text)
    assert a.speaker == b.speaker == "Dmitry Peskov" and a.partial and b.partial
    assert a.speaker_mention == "Kremlin spokesman Dmitry Peskov"


def test_one_word_partial_quote_governed_by_cue():
    [q] = one("The Belarussian Ministry of Defense said tensions were “worsening” fast.")
    assert (q.text, q.speaker, q.partial) == ("worsening", "Belarussian Ministry of Defense", True)


def test_according_to():
    [q] = one("The deal is “dead on arrival,” according to Senator Tom Baker.")
    assert q.speaker == "Tom Baker" and q.cue == "according to"


def test_pronoun_resolves_to_nearest_compatible_speaker():
    text = ("“We wait,” said Foreign Minister Sergei Lavrov.\n\n"
            "Annalena Baerbock met Lavrov on Tuesday.\n\n“It is a threat,” she said.\n\n“No,” he said.")
    quotes = one(text)
    assert [q.speaker for q in quotes] == ["Sergei Lavrov", "Annalena Baerbock", "Sergei Lavrov"]


def test_titles_stripped_and_organisations_kept():
    text = ("“Yes,” said Britain’s Defense Secretary Ben Wallace.\n"
            "“No,” said the Belarussian Ministry of Defense.\n")
    a, b = one(text)
    assert (a.speaker, b.speaker) == ("Ben Wallace", "Belarussian Ministry of Defense")


def test_straight_marks():
    [q] = one('"We will win," Tom Baker said.')
    assert q.text == "We will win," and q.speaker == "Tom Baker"


def test_unbalanced_marks_do_not_crash_and_still_extract():
    text = '“Stray mark here.\n\n"We will win," Tom Baker said. Another ” stray.'
    quotes = one(text)
    assert any(q.text == "We will win," and q.speaker == "Tom Baker" for q in quotes)


def test_apostrophes_are_not_quote_marks():
    [q] = one("“It’s Tom’s plan, isn't it,” Tom Baker said. Baker’s aides didn’t agree.")
    assert q.text == "It’s Tom’s plan, isn't it,"


def test_scare_quotes_and_titles_are_not_statements():
    assert one("The so-called “reform” was shelved after the “Saturday Night Live” sketch.") == []


def test_boilerplate_stripped_with_offsets_kept():
    text = "Subscribe to our newsletter\n“Hi,” Tom Baker said.\nThis website uses cookies. Accept Read More"
    cleaned = clean(text)
    assert len(cleaned) == len(text) and "Subscribe" not in cleaned and "Tom Baker" in cleaned
    [q] = one(text)
    assert text[q.start:q.end] == "Hi,"
    assert one('This website uses cookies. "Accept," we said. Accept Read More') == []
