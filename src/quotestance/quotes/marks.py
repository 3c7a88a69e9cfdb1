"""Quote-mark pairing: curly and straight double marks, single marks, and quotes that run over
paragraphs (an unclosed quote reopened by the next paragraph)."""

from __future__ import annotations

import re
from bisect import bisect_left

from quotestance.quotes.patterns import _char_positions, _CUE, _DOUBLE_MARKS, _FIRST_PERSON, _MARK


def _tail(work: str, s: int, e: int) -> str:
    """The quote's last character, looking through a nested closing single mark ('… darn it,’')."""
    k = e - 1
    while k > s and work[k] in "’'":
        k -= 1
    return work[k]


_OPENERS = "“„«"
_CLOSERS = "”»"
# --- quote-mark pairing ----------------------------------------------------------------------
_FEET_INCHES = re.compile(r"\d[’']\d{1,2}$")


def _inch_then_closer(text: str, i: int, hi: int) -> bool:
    """The next quote mark after i in the paragraph is a closing one."""
    m = _MARK.search(text, i + 1, hi)
    return m is not None and m.group() in "”\"" and not text[m.start() - 1].isspace()


def _backwards_closer(text: str, i: int, lo: int, hi: int) -> bool:
    """The next quote mark after i in text[lo:hi] is an opening curly mark on a closing side."""
    m = _MARK.search(text, i + 1, hi)
    return m is not None and m.group() == "“" and _mark_side(text, m.start(), lo, hi) == (False, True)


def _mark_side(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at i may open (a space, bracket, dash, colon or the paragraph start before it)
    and may close (a space, punctuation or the paragraph end after it) a quote in text[lo:hi]."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    return prev.isspace() or prev in "([{—–-:;/", nxt.isspace() or nxt in ".,;:!?)]}—–-…'’"


_NESTED_SEQ = re.compile(r"(?:OC)*OOCC(?:OC|OOCC)*")


def _straight_nested(text: str, lo: int, hi: int, marks: list[int]) -> list[list] | None:
    """A quote nested in a quote with the same straight mark ('tweeted, "Crews say the mayor
    shouted "Stop!" as he left."'): the marks pair in turn, so the outer quote is two pieces round
    the nested one, as PolNeAR marks it. Only when the marks read opener, opener, closer, closer
    (each judged by the spaces round it) and every other quote in the paragraph is a plain pair.
    marks: the positions of the double marks in text[lo:hi]."""
    if text.count('"', lo, hi) < 4:
        return None
    if len(marks) % 2 or any(text[i] != '"' for i in marks):
        return None
    seq = []
    for i in marks:
        opens, closes = _mark_side(text, i, lo, hi)
        if opens == closes:
            return None
        seq.append("O" if opens else "C")
    if not _NESTED_SEQ.fullmatch("".join(seq)):
        return None
    return [[marks[k], marks[k + 1]] for k in range(0, len(marks), 2)]


_CUE_AFTER_CLOSER = re.compile(r"\s+(?:he|she|they|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w\-]+|[A-Z][\w\-]+)\s+(?:said|says|added)\b")
_SENT_BREAK = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St))(?<!\bMrs)[.!?]\s+(?=[A-Z])")


def _pair_paragraphs(text: str, paras: list[tuple[int, int]]) -> list[list[list]]:
    """_pair_marks for each paragraph (lo, hi), with the marks found once for the whole text.

    A statement set out after an intro ending in a colon, in paragraphs opened by a straight mark
    ('Roth stated:' then '"The office isn’t about “Service First” anymore. …'), holds its curly pairs
    as nested quotes: the straight quote is the statement, also in the paragraphs that continue it,
    unless a cue governs a curly pair (a passage of another article quoting people)."""
    marks = _char_positions(text, _DOUBLE_MARKS)
    out: list[list[list]] = []
    statement = False
    for lo, hi in paras:
        own = marks[bisect_left(marks, lo):bisect_left(marks, hi)]
        opens_straight = bool(own) and own[0] == lo and text[lo] == '"'
        statement = opens_straight and (statement or text[max(0, lo - 200):lo].rstrip().endswith(":"))
        if statement and any(text[i] == "“" and _CUE.search(text, max(lo, i - 60), i) for i in own):
            statement = False  # a passage quoting others ('… ridiculed that as “…” and said, “…”'): pairs as usual
        if statement and any(text[i] != '"' for i in own):
            out.append(_pair_marks(text, lo, hi, [i for i in own if text[i] == '"']))
        else:
            out.append(_pair_marks(text, lo, hi, own))
        statement = statement and out[-1][-1][1] is None
    return out


def _pair_marks(text: str, lo: int, hi: int, marks: list[int] | None = None) -> list[list]:
    """Quote spans [open, close|None] in text[lo:hi]; close None means open to the paragraph end.
    marks: the positions of the double marks in text[lo:hi], when already known."""
    if marks is None:
        marks = [m.start() for m in _MARK.finditer(text, lo, hi)]
    nested = _straight_nested(text, lo, hi, marks) if len(marks) >= 4 else None
    if nested is not None:
        return nested
    spans: list[list] = []
    open_at = -1
    for i in marks:
        ch = text[i]
        opens, closes = _mark_side(text, i, lo, hi)
        if ch == "“" and open_at >= 0 and closes and not opens:
            ch = "”"
        elif ch == "”" and open_at < 0 and opens and not closes and _backwards_closer(text, i, lo, hi):
            ch = "“"  # marks used backwards ('”The port stays open,“ Roth said'): read by their sides
        if ch == "”" and open_at >= 0 and _FEET_INCHES.search(text, max(lo, i - 4), i) and _inch_then_closer(text, i, hi):
            continue  # 'he’s like 6’2”,” she said': the first mark is the inch sign
        if open_at < 0:
            if ch in _OPENERS or (ch == '"' and not (closes and not opens)):
                open_at = i
            elif ch == '"' and text[i - 1:i] == "," and _CUE_AFTER_CLOSER.match(text, i + 1, hi):
                # '… rejected that criticism. Our record is fine," he said.': the opening mark is
                # missing; the quote is the sentence the closer ends (after the last mark)
                lo2 = max([lo] + [sp[1] + 1 for sp in spans if sp[1] is not None])
                start = max((m.end() - 1 for m in _SENT_BREAK.finditer(text, lo2, i)), default=-1)
                if start >= 0:
                    spans.append([start, i])
        elif ch in _CLOSERS or (ch == '"' and not (opens and not closes)):
            spans.append([open_at, i])
            open_at = -1
        elif ch == '"' and i - 2 >= lo and text[i - 2] in ".?!," and open_at < i - 2:
            spans.append([open_at, i - 1])  # '“A. "B' with one mark between: it closes A and opens B
            open_at = i
        elif ch in _OPENERS or ch == '"':
            open_at = i
    if open_at >= 0:
        spans.append([open_at, None])
    return spans


_DOUBLE_APOS = re.compile(r"(?<!')''(?!')")


def apostrophe_marks(text: str) -> str:
    """text with each two-apostrophe mark (''…'', the NYT wire style) written as a curly double
    mark of the same length: '' after a space, a bracket, a dash or the start opens (' “'), any
    other closes ('” '), so such quotes pair like any other double quote."""

    def mark(m: re.Match) -> str:
        i = m.start()
        return " “" if i == 0 or text[i - 1] in " \t\n([{—–-/" else "” "

    return _DOUBLE_APOS.sub(mark, text)


_SMARK = re.compile(r"['‘’]")
_NOT_OPEN = re.compile(r"(?:\d0s|n'|em|til|cause|tis)\b")
_TWO_APOS = re.compile(r"'{2,3}")


def _two_apostrophes(text: str, lo: int, hi: int) -> list[list]:
    """Spans of ''…'' (double quotes written as two apostrophes, the NYT wire style): single marks
    inside them are nested quotes, not statements of their own."""
    if "''" not in text[lo:hi]:
        return []
    out, open_at = [], None
    for m in _TWO_APOS.finditer(text, lo, hi):
        if open_at is None:
            open_at = m.start()
        else:
            out.append([open_at, m.end() - 1])
            open_at = None
    if open_at is not None:
        out.append([open_at, None])
    return out


def _pair_single(text: str, lo: int, hi: int, doubles: list[list]) -> list[list]:
    """Spans [open, close, 'single'] between single marks, outside double-quoted spans.

    An opener is ‘ or ' after a space/bracket/start and before a letter or digit ('90s, 'n', 'em
    excluded); a closer is ’ or ' after a non-space and before a space, punctuation or the end,
    not inside a word (don't). A closer after punctuation (,' .' ?') is strong; a plain one after a
    letter is weak; a plural possessive (Jones' ) is used only when nothing else closes the quote.
    """
    if "'" not in text[lo:hi] and "‘" not in text[lo:hi]:
        return []
    inside = [(a, b if b is not None else hi) for a, b in doubles]
    opens, closes = [], []
    for m in _SMARK.finditer(text, lo, hi):
        i = m.start()
        if any(a <= i <= b for a, b in inside):
            continue
        ch = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if ch != "’" and (prev.isspace() or prev in "([{—–-:;/\"“") and nxt.isalnum():
            if not _NOT_OPEN.match(text, i + 1):
                opens.append(i)
            continue
        if ch != "‘" and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-\"”" or i + 1 >= hi):
            if prev in ".,!?…":
                strength = 2
            elif prev in "sS" and nxt.isspace():
                strength = 0
            else:
                strength = 1
            closes.append((i, strength))
    if not opens:
        return []
    out = []
    k = 0
    last_end = lo - 1
    for n, o in enumerate(opens):
        if o <= last_end:
            continue
        limit = hi
        cands = [(c, st) for c, st in closes if o < c < limit]
        if not cands:
            if n == len(opens) - 1 and text[lo:hi].rstrip()[-1:] in ".?!":
                out.append([o, None, "single"])  # wire style: the quote goes on in the next paragraph
            continue
        nxt_open = next((x for x in opens[n + 1:] if x > o), hi)
        before_next = [(c, st) for c, st in cands if c < nxt_open]
        pool = before_next or cands[:1]
        best = next((c for c, st in pool if st == 2), None)
        if best is None:
            best = next((c for c, st in pool if st == 1), None)
        if best is None:
            best = pool[0][0]
        if best - o > 1:
            out.append([o, best, "single"])
            last_end = best
    return out


def _first_closer(text: str, lo: int, hi: int) -> tuple[int, bool] | None:
    """(index, is_strong) of the first wire-style closing mark in a paragraph that no opening mark
    precedes; None when an opener comes first or there is no mark."""
    for m in _SMARK.finditer(text, lo, hi):
        i = m.start()
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if text[i] != "’" and (prev.isspace() or prev in "([{—–-:;/") and nxt.isalnum():
            return None
        if text[i] != "‘" and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-" or i + 1 >= hi):
            if prev in ".,!?…":
                return i, True
    return None


def _continue_single(text: str, paras: list[tuple[int, int]], spans: list[list]) -> None:
    """A wire-style quote left open at a paragraph end goes on in the next paragraphs without a
    reopening mark until a closing mark after punctuation ('… the horizon. ¶ There's optimism.
    ¶ But be patient,' she said.'); paragraphs in between are quoted whole. With no such closer
    within three paragraphs, nothing is added."""
    for pi in range(len(paras) - 1):
        if not spans[pi] or spans[pi][-1][1] is not None:
            continue
        for pj in range(pi + 1, min(pi + 4, len(paras))):
            lo, hi = paras[pj]
            fc = _first_closer(text, lo, hi)
            if spans[pj] and spans[pj][0][0] < (fc or (hi,))[0]:
                break  # the paragraph opens a quote of its own first
            if fc is not None:
                for pk in range(pi + 1, pj):
                    spans[pk].insert(0, [paras[pk][0] - 1, None, "single"])
                spans[pj].insert(0, [lo - 1, fc[0], "single"])
                break
            if any(text[m.start() - 1:m.start()].isspace() for m in _SMARK.finditer(text, lo, hi)):
                break  # an opening mark: not a continuation


def _continue_double(text: str, paras: list[tuple[int, int]], spans: list[list]) -> None:
    """The same for double marks in text broken into lines inside a quote: a quote left open at
    a paragraph end after . ? ! goes on through paragraphs with no marks up to a paragraph that
    starts with a closing mark ('” As for 2020, …'); the rest of that paragraph is paired anew."""
    for pi in range(len(paras) - 1):
        if not spans[pi] or spans[pi][-1][1] is not None or text[paras[pi][0]:paras[pi][1]].rstrip()[-1:] not in ".?!":
            continue
        for pj in range(pi + 1, min(pi + 4, len(paras))):
            lo, hi = paras[pj]
            m = _MARK.search(text, lo, hi)
            if m is None:
                continue
            i = m.start()
            nxt = text[i + 1] if i + 1 < hi else " "
            if (text[i] in _OPENERS or not (nxt.isspace() or nxt in ".,;:!?)—–")
                    or (text[lo:i].strip() and not text[i + 1:hi].strip())):
                break  # opens a quote of its own, or ends the paragraph after text ('… ¶ Bill Clinton."': a signature)
            for pk in range(pi + 1, pj):
                spans[pk] = [[paras[pk][0] - 1, None]]
            head = [[lo - 1, i]] if text[lo:i].strip() else []
            spans[pj] = head + _pair_marks(text, i + 1, hi)
            break


_IT_LEAD = re.compile(r"\s*(?:It|It's|It’s|It'll|It’ll|That's|That’s)\b")


def _reopens(text: str, paras: list[tuple[int, int]], k: int) -> bool:
    """Paragraph k opens with an opening double mark ('“Unlike …'): the speaker goes on there."""
    if k >= len(paras):
        return False
    lo, hi = paras[k]
    return text[lo] in '"“' and lo + 1 < hi and text[lo + 1].isalnum()


def _continue_unclosed(text: str, paras: list[tuple[int, int]], spans: list[list], single: bool) -> None:
    """A quote left open at a paragraph end after . ? ! with no closing mark anywhere further on
    goes on through the next paragraphs that have no quote marks and no reporting verb and read
    as speech (a first- or second-person word, or opening with 'It'/'That's', or followed by a
    paragraph that reopens a quote: '“A. ¶ For example, B. ¶ “C.”'): '“Don't give up now. ¶ I know
    it's hard. ¶ …' Each paragraph is one quote."""
    for pi in range(len(paras) - 1):
        if not spans[pi] or spans[pi][-1][1] is not None or text[paras[pi][0]:paras[pi][1]].rstrip()[-1:] not in ".?!…":
            continue
        lo, hi = paras[pi + 1]
        if spans[pi + 1]:
            continue  # a mark of its own, or already continued
        para = text[lo:hi]
        if single:
            if any(text[m.start() - 1:m.start()].isspace() or m.start() == lo for m in _SMARK.finditer(text, lo, hi)):
                continue
        elif _MARK.search(para):
            continue
        cue, first, reopens = _CUE.search(para), _FIRST_PERSON.search(para), _reopens(text, paras, pi + 2)
        if not (first and (not cue or reopens) or not cue and (_IT_LEAD.match(para) or reopens)):
            continue  # a cue word only in a first-person paragraph between two quoted ones ('That is why I'm urging …')
        spans[pi + 1] = [[lo - 1, None, "single"] if single else [lo - 1, None]]
