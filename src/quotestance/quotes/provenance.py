"""The outlet or record through which a quote reached the article: '“Q,” Walker said, according to an
AP account' has speaker Walker and ``via`` 'an AP account'.

The speaker stays the person who spoke; ``via`` records the second-hand attribution, which a
researcher may want to filter on, and which PolNeAR annotates as the quote's Source (its nested
attributions are annotated at the outer level only).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from quotestance.quotes.attribution import _ACCORDANCE, _CITING_VERB, _Q, _QUOTED_NP

# a source phrase: up to ten words with no clause punctuation and no blanked quote ('~')
_NP = r"(?P<np>[^\s,.;:!?~“”\"—–()][^,.;:!?~“”\"—–()]{1,90}?)"
# after the speech clause: '…,” Walker said, according to an AP account.' / '…,” he said, the Times reported.';
# also right after a partial quote whose comma is inside the marks ('… would respond “decisively,” according to …')
_TRAILING = re.compile(rf"(?:,|(?<=[”\"]))\s+according\s+to\s+{_NP}\s*(?=[.,;!?]|$)"
                       rf"|,\s+(?P<outlet>(?:the\s+)?[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){{0,3}})\s+(?:reported|reports)\s*(?=[.!?]|$)")
# before it: 'According to GMA News, Salceda said …'
_LEADING = re.compile(rf"\s*According\s+to\s+{_NP},\s+")
# an outlet that quoted the speaker, anywhere in the quote's sentence: 'Interfax quoted Lavrov as saying',
# 'was quoted by RIA Novosti as saying', 'was quoted as saying by the agency IRNA', 'in remarks carried by state TV',
# 'Interfax reported, citing a senior military source, that …'
_OUTLET = r"(?P<outlet>(?:the\s+|state\s+|a\s+)?(?:[A-Za-z][\w.&’'\-]*\s+){0,4}?[A-Za-z][\w.&’'\-]*)"
_QUOTING = re.compile(rf"(?<![\w-]){_OUTLET}\s+(?:quoted|cited)\s+{_QUOTED_NP}\s+as\s+(?:saying|telling|stating)\b")
_QUOTED_BY = re.compile(rf"\b(?:quoted|cited)\s+(?:as\s+saying\s+)?by\s+{_OUTLET}(?=\s+as\s+saying\b|\s*[.,;]|$)")
_CITING_OUTLET = re.compile(rf"(?<![\w-]){_OUTLET}\s+{_CITING_VERB}\b")
_CARRIED_BY = re.compile(rf"\b(?:remarks|comments|an\s+interview|a\s+statement)\s+(?:carried|broadcast|published|aired)\s+by\s+"
                         rf"{_OUTLET}(?=\s|[.,;]|$)")
_MAX_WORDS = 10


def _source_span(m: re.Match, group: str) -> tuple[int, int] | None:
    """The span of m's source phrase (group 'np' or 'outlet'), else None when it is no source."""
    start, end = m.start(group), m.end(group)
    phrase = m.group(group)
    if phrase.endswith(".") and "." not in phrase.rsplit(None, 1)[-1][:-1]:
        phrase, end = phrase[:-1], end - 1  # the sentence's period, not an abbreviation's ('U.S.')
    if len(phrase.split()) > _MAX_WORDS or (group == "np" and _ACCORDANCE.match(phrase)):
        return None  # 'according to plan': in line with, not a source
    return start, end


def _via(q: _Q, masked: str, ends: list[int]) -> tuple[int, int] | None:
    """The outer source of one attributed quote's sentence, if its speech clause names one."""
    ms, me = q.mention
    lo, hi = min(q.open_at, ms), max(q.close_at, me)
    sent_start = max(q.para_lo, ends[bisect_right(ends, lo) - 1] if bisect_right(ends, lo) else 0)
    k = bisect_right(ends, hi)
    sent_end = min(q.para_hi, ends[k] if k < len(ends) else len(masked))
    quoting = masked.find("quoted", sent_start, sent_end) >= 0 or masked.find("cited", sent_start, sent_end) >= 0
    by = masked.find(" by ", sent_start, sent_end) >= 0
    citing = masked.find("citing", sent_start, sent_end) >= 0
    for rx, may_match in ((_QUOTING, quoting), (_QUOTED_BY, quoting), (_CARRIED_BY, by), (_CITING_OUTLET, citing)):
        m = rx.search(masked, sent_start, sent_end) if may_match else None
        if m and not (m.start("outlet") < me and ms < m.end("outlet")):  # not the speaker itself
            return _source_span(m, "outlet")
    m = _LEADING.match(masked, sent_start, lo) if masked[sent_start:sent_start + 14].lstrip().startswith("According") else None
    if m and ms < q.open_at and len(masked[m.end():ms].split()) <= 3:
        return _source_span(m, "np")  # the speech clause follows at once; not 'According to polls, most … “Q,” he added'
    if m:
        return None
    tail = masked[hi:sent_end].rstrip()
    if "~" in tail:
        return None  # another quote follows in the sentence: its clause, not this one's
    if "according" not in tail and "report" not in tail:
        return None
    m = _TRAILING.search(masked, hi, hi + len(tail))
    return _source_span(m, "np" if m.group("np") is not None else "outlet") if m else None


def outer_sources(raw: list[_Q], masked: str, ends: list[int]) -> dict[int, tuple[int, int]]:
    """For each attributed quote (by index) reported through another source, that source's span.

    A quote whose own sentence names none inherits the source of an earlier quote in the same
    paragraph with the same speaker mention ('“Q1,” Sanders said, according to CNN. “Q2.”').
    """
    out: dict[int, tuple[int, int]] = {}
    by_mention: dict[tuple[int, tuple[int, int]], tuple[int, int]] = {}
    for i, q in enumerate(raw):
        if q.speaker is None or q.mention is None or q.cue == "according to":
            continue
        span = _via(q, masked, ends) or by_mention.get((q.para, q.mention))
        if span and not (span[0] < q.mention[1] and q.mention[0] < span[1]):
            out[i] = span
            by_mention.setdefault((q.para, q.mention), span)
    return out
