"""Rule-based direct-quotation extraction with speaker attribution (stdlib only).

Pipeline: blank out page boilerplate (offsets kept), split into paragraphs (one per line),
pair quote marks with a state machine tolerant to unbalanced marks, attribute each quote from
the text right after it (', Lavrov said'), right before it ('S said:'), or from a reporting verb
governing its sentence (partial quotes), then propagate speakers to split, run-on and floating
quotes, and resolve pronouns and surnames against the names seen so far in the document.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_right
from functools import lru_cache
from dataclasses import asdict, dataclass

from quotestance.corpus.clean import clean
from quotestance.quotes.lexicon import (
    CUE_WORDS, FEMALE_NAMES, MALE_NAMES, NATIONALITIES, ORG_WORDS, PLACES, PRONOUNS, STOP_CAPS, TITLES, US_STATES,
)


@dataclass(frozen=True)
class Quote:
    """One quoted span and who said it; ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    partial: bool
    paragraph: int
    doc_id: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


# --- regular expressions -------------------------------------------------------------------
_LINE = re.compile(r"[^\n]+")
_MARK = re.compile(r'["“”„«»]')
_CUE_ALT = "|".join(sorted(CUE_WORDS, key=len, reverse=True))
_CUE = re.compile(rf"\b(?:{_CUE_ALT})\b|\b[Aa]ccording to\b|\bput it\b")
_ABBR = r"(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt|Adm|U\.S|U\.N|U\.K|[A-Z])\."
_W = rf"(?:{_ABBR}|[^\s,.;:!?“”\"~—–(){{}}\[\]])+"
_ADV = r"(?:also|later|then|has|had|have|would|will|previously|once|recently|quickly|again|simply|only|just|repeatedly|earlier|often|later|bluntly|flatly|frequently|publicly|privately|told\s+reporters|(?:is|was)(?=\s+quoted\b))"
# After the closing mark: ', Lavrov said' / ', he told reporters' / ', Smith, a Republican, said'.
_PHRASAL = r"shot\s+back|fired\s+back|hit\s+back|went\s+on|cut\s+in|chimed\s+in"  # after a quote only
# an appositive may be long and hold a short quote ('delegate Bo Park, wearing a “Cruz” pin, said')
_APP = r'(?P<app>,(?:[^;:!?“”"~]|[“"]~{1,40}[”"]){1,200}?,)?'
_SHORT_QUOTE = re.compile(r'[“"]~{1,40}[”"]')
_AFTER_SUBJ_CUE = re.compile(
    rf"[\s,—–\-]*(?P<subj>{_W}(?:\s+{_W}){{0,7}}?){_APP}"
    rf"\s+(?:{_ADV}\s+)*(?P<cue>{_PHRASAL}|{_CUE_ALT})\b"
)
_NEXT_CUE = re.compile(rf"\s+(?:{_ADV}\s+)*(?P<cue>{_CUE_ALT})\b")
# the same with a subject of two words or more: '“Q,” the release said' (not 'the' + cue 'release')
_AFTER_SUBJ_CUE2 = re.compile(
    rf"[\s,—–\-]*(?P<subj>{_W}(?:\s+{_W}){{1,7}}?){_APP}"
    rf"\s+(?:{_ADV}\s+)*(?P<cue>{_PHRASAL}|{_CUE_ALT})\b"
)
_AFTER_VERB = re.compile(
    rf"[\s,—–\-]*(?P<subj>{_W}(?:\s+{_W}){{0,4}}?)\s+(?:{_ADV}\s+)*(?P<cue>[a-z]{{3,}}(?:ed|s))\b"
)
_AUX_WORD = re.compile(r"\b(?:has|had|have|would|will)\b")
_NAMING_CUES = frozenset("called dubbed named titled labeled labelled branded".split())
_NAMED_NEXT = re.compile(r"\s+(?:the\s|an?\s|[A-Z“\"])")
_CUE_AFTER_NOUN = re.compile(rf"(?:\s+{_W}){{0,2}}\s+(?:{_ADV}\s+)*(?:{_CUE_ALT})\b")
_AFTER_CUE_SUBJ = re.compile(
    rf"[\s,—–\-]*(?P<cue>{_CUE_ALT})\s+(?P<subj>{_W}(?:\s+{_W}){{0,11}})"
)
_CUE_SUBJ_END = re.compile(
    r"\s+(?:in|on|at|that|to|during|after|before|about|as|from|when|while|with|last|this|who|which|whose)\b|\s+of\b(?!\s+(?:the\s+)?[A-Z])"
)
_NOUN_CTX = re.compile(r"(?:’s|'s|\w[sz][’']|\b(?:the|a|an|his|her|their|its|of|our|my|your|this|that|whose))\s+$")
_PLURAL_CTX = re.compile(r"(?:\b(?P<prep>in|for|from|across|among|by|with|into|between|other|many|several|all)"
                         r"|\b(?P<num>\d+)|\b(?P<adj>[A-Z][a-z]+))\s+$")
# 'a press release', 'his now-familiar campaign promise', 'Christie's effusive praise': a base-form
# cue that is also a noun, after a determiner or possessive and one or two singular modifiers
_NOUN_CUES = frozenset("""answer attack blast boast brand call caution charge claim counter demand email hint joke
    label lament note pledge post praise promise question quip quote rant recall release remark reply report
    retort scream shout sigh snap term text tweet vow whisper yell""".split())
_NOUN_CTX2 = re.compile(r"(?:’s|'s|\b(?:the|a|an|his|her|their|its|our|my|your|this|that|whose|another))"
                        r"((?:\s+[\w\-]+){1,2})\s+$", re.I)
_NOT_MOD = frozenset("""will would could can may might should must shall did do does not also to and or but who which
    that then now just only still never often they we he she it i you two three four both all men women people
    police children""".split())


def _noun_use(text: str, pos: int, word: str) -> bool:
    """Whether the cue word at pos is used as a noun ('the campaign’s press release saying …')."""
    if _NOUN_CTX.search(text, max(0, pos - 12), pos):
        return True
    if word.endswith("s") and not word.endswith("ss"):
        # a plural after a preposition, a number or a nationality: 'popular in states across the
        # country', 'the 11 March 1 states', 'many Asian states', 'searched for terms containing'
        m = _PLURAL_CTX.search(text, max(0, pos - 24), pos)
        if m and (m.group("prep") or m.group("num") or m.group("adj") in NATIONALITIES):
            return True
    if word not in _NOUN_CUES:
        return False
    m = _NOUN_CTX2.search(text, max(0, pos - 40), pos)
    if not m:
        return False
    mods = m.group(1).split()
    return all(w.lower() not in _NOT_MOD and (not w.endswith("s") or w.endswith(("ss", "us"))) for w in mods)
_ACCORDING = re.compile(rf"[\s,—–\-]*(?:{_W}\s+){{0,4}}?(?P<cue>according to)\s+(?P<subj>{_W}(?:\s+{_W}){{0,7}})")
_AFTER_Q_END = re.compile(r"\s*(?=[A-Z])")  # with or without a space: '“I love it!”Former …'
_SENT_END = re.compile(r"(?!(?<=\bNo)\.\s+\d)[.!?][\"”’)]?\s+")  # not 'the No. 2 in …
_NOT_SENT_END = re.compile(r"(?:\b[A-Z]|\bU\.S|\b(?:Mr|Ms|Dr|St|Jr|Lt|Mrs|Sen|Rep|Gov|Gen|Col"
                           r"|Jan|Feb|Aug|Sept?|Oct|Nov|Dec))$")  # 'Dec. 8' is no sentence end
_NP_TOKEN = re.compile(r"[A-Z][\w’'\-]*\.?|[\w’'\-]+")
_NAME_TOK = r"(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt|Adm)\.|al-[A-Z][\w\-]*|[A-Z][\w’'\-]*)"
_CAP_SEQ = re.compile(
    rf"{_NAME_TOK}(?:[^\S\n]+(?:(?:of|for|and|on|de|van|von|der|del|la|bin|al|the)[^\S\n]+)*{_NAME_TOK})*"
)
# a long name phrase as the subject: '“Q,” experts Ann Lee and Bo Park of the Institute for Science
# and Security wrote', '“Q,” Jo Reyes of the Centre for Harbour Studies wrote'
_AFTER_LONG_NAME = re.compile(
    rf"[\s,—–\-]*(?P<subj>(?:[a-z][\w\-]*\s+){{0,3}}{_NAME_TOK}(?:\s+(?:(?:of|for|and|at|on|the)\s+)*{_NAME_TOK}){{1,14}}?)"
    rf"{_APP}\s+(?:{_ADV}\s+)*(?P<cue>{_CUE_ALT})\b"
)
# a name whose appositive or relative clause runs into the cue without its closing comma: '“Q,” Ann
# Lee, who chairs the harbour board said', '“Q,” Bo Park, the pollster who founded tides.com tweeted'
_AFTER_OPEN_APP = re.compile(
    rf"[\s,—–\-]*(?P<subj>{_NAME_TOK}(?:\s+{_NAME_TOK}){{1,3}}),\s+(?:who|the|an?)\s[^,;:!?“”\"~—–(]{{3,100}}?"
    rf"\s(?P<cue>{_CUE_ALT})\b"
)
_LOWER_LEAD = re.compile(r"(?:[a-z][\w\-]*\s+)*")
_PRON = re.compile(r"\b(?:he|she|they|it|we|I|He|She|They|It|We)\b")
_ROLE = frozenset(
    """spokesman spokeswoman spokesperson official officials aide aides adviser advisers advisor
    secretary minister president senator lawmaker lawmakers candidate nominee chairman chairwoman
    director manager campaign leader leaders lawyer lawyers attorney press chief deputy senior top
    former analyst analysts expert experts source sources representative governor mayor ambassador
    general commander member members ministry department committee staff team group police people
    supporters voters critics report statement officer strategist pollster economist researcher
    professor author founder executive head speaker spokespeople counsel colleague friend
    retired longtime veteran one
    the a an his her their its of for""".split()
)
_ROLE_NOUNS = frozenset(
    """president minister secretary spokesman spokeswoman spokesperson senator governor mayor
    ambassador general commander chairman chairwoman director premier treasurer envoy prosecutor
    chancellor king queen prince pope judge sheriff coach captain leader chief""".split()
)
# a role noun before 'of/for' and its lower-case portfolio ('secretary of state')
_ROLE_OF = re.compile(rf"\b(?i:{'|'.join(sorted(_ROLE_NOUNS))})\s+(?:of|for)$")
_FUNCTION = frozenset("the a an his her their its of for to at in on by with from during after before then "
                      "and or but as".split())
_LEAD_ADV = re.compile(r"^(?:(?:On|In|At|Of|For|Last|This|Earlier|Later|But|And|So|Yet|Still|However|Meanwhile|Also|Then|Now|Asked|Speaking|[A-Z][a-z]*ed\s+by)\b[^,]{0,60},\s*|(?:But|And|So|Yet|Still|Then|Now|Also)\s+)")
# more openings that are not the subject: 'Holding signs …, ', 'Hastily …, ', 'Amid …, ', 'Hours later, '
_LEAD_INTRO = re.compile(
    r"(?:(?:Amid|Along|Following|During|Despite|Throughout|Instead|First|Second|Finally|Importantly|More\s+importantly)\b"
    r"|[A-Z][a-z]{2,}(?:ing|ly)\s+(?![A-Z])|[A-Z][a-z]{2,}ly(?=,)|[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:later|ago|earlier)\b)[^,;:~“”\"]{0,100},\s*"
)
_CAP_PREPS = frozenset("In On At Of For By To Into Upon Over Among Against Through About During Across Within Beyond "
                        "Behind Outside Inside Around Beside Without Toward Towards Thanks".split())
_INTRO_WORDS = frozenset("Amid Along Following During Despite Throughout Instead First Second Finally Likewise Specifically".split())
_NOT_INTRO = frozenset("Beijing Sterling Manning Fleming Harding Irving Browning Pershing Billy Kelly Sally Holly Emily Lilly Molly Polly Italy Ally".split())
# the state after a place ('in Salem, New Hampshire, Trump said'), with an optional day
_STATE_TAIL = re.compile(r"(?P<st>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:,?\s+(?:on\s+)?[A-Z]\w+day)?,\s*")
# a dateline: 'WASHINGTON (AFP) – ', 'NEW YORK - ', 'Washington (AFP) – ', 'RENO, Nev., Dec. 8 (UPI) — '
_DATELINE = re.compile(r"(?:[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)*(?:,\s+[A-Z][\w.]+(?:\s+\d{1,2})?){0,2}\s*(?:\([A-Za-z. ]+\)\s*)?|[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?\s*\([A-Za-z. ]+\)\s*)[—–-]{1,2}\s+")
# a leading subordinate clause: its subject is not the main clause's ('When X suggested ..., Rubio said')
_SUBORD = re.compile(
    r"(?:When|After|While|Although|Though|If|Before|Since|Because|Once|Until|Unlike|Like|Despite|"
    r"(?:Immediately|Shortly|Soon|Hours|Days|Moments|Minutes|Weeks)\s+(?:after|before))\b[^,;:“”\"~\n]{3,150},\s*"
)
# time phrases, 'in a statement', and adverbs/auxiliaries between a subject and its verb
_TRAIL_PARTS = (
    r"(?:\s+(?:on|last|this|early|earlier|late|later)\s+(?:[A-Z]\w+|\w+day|week|month|year|night|morning|evening|afternoon)(?:\s+(?:night|morning|evening|afternoon))?"
    r"|\s+in\s+(?:a|an|his|her|their)\s+(?:statement|interview|tweet|post|email|op-ed|letter|speech|video|release|memo)"
    r"|\s+(?:also|later|then|previously|once|recently|again|has|had|have|{modals}only|repeatedly|publicly|privately|flatly|often|now|still))+$"
)
_TRAIL_ADV = re.compile(_TRAIL_PARTS.format(modals="would|will|could|can|may|might|should|"))
# the same without modals, for a subject right before a cue: 'Rubio will continue to be “…”' is
# mostly an embedded clause ('Cruz said he is certain Rubio will continue …'), not the speaker
_TRAIL_AUX = re.compile(_TRAIL_PARTS.format(modals=""))
# adverbs (not auxiliaries) between a subject and its cue: 'Jo Reyes allegedly said', 'she also told'
_TRAIL_LY = re.compile(r"(?:\s+(?:also|later|then|previously|once|recently|again|repeatedly|often|has|had|have|"
                       r"(?!(?:only|early|family|ally|rally|daily|weekly|Italy|July)\b)[a-z]{3,}ly))+$")
_WORD = re.compile(r"[a-z]+")
_REL_WHO = re.compile(
    r",?\s*\b(?P<who>who)(?:\s+(?:also|later|then|previously|once|recently|again|has|had|have|would|will|could|"
    r"only|repeatedly|publicly|privately|flatly|often|long|in\s+the\s+past|on\s+\w+day))*\s*$"
)
_SUBJ_CUES = frozenset(
    """said says told tells added adds warned warns stated noted notes argued argues explained explains
    insisted insists claimed claims believes believed thinks acknowledged admitted conceded replied
    responded recalled maintained declared announced asked wrote writes predicted suggested stressed
    urged implies implied concluded concludes agreed agrees tweeted tweets countered touted mentioned vowed pledged""".split()
)
_PARTY = re.compile(r"\((?:(?:[RDI]|Rep|Dem|Ind|Lab|Con|Lib)[-–][A-Z][A-Za-z. ]{0,18}|[RD]"
                    r"|(?<=[a-z] \()[A-Z][A-Za-z&]?[A-Z&]{1,7}s?(?=\) (?:[a-z]|[A-Z][a-z]+day\b)))\)")
_ROLE_BRACKET = re.compile(r"\((?<=[A-Za-z] \()[A-Za-z][\w.\-]*(?: [\w.\-]+){0,2}\)(?= [A-Z][a-z]+ [A-Z][a-z])")


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


def _pair_marks(text: str, lo: int, hi: int) -> list[list]:
    """Quote spans [open, close|None] in text[lo:hi]; close None means open to the paragraph end."""
    spans: list[list] = []
    open_at = -1
    for m in _MARK.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        opens = prev.isspace() or prev in "([{—–-:;/"
        closes = nxt.isspace() or nxt in ".,;:!?)]}—–-…'’"
        if ch == "“" and open_at >= 0 and closes and not opens:
            ch = "”"
        if ch == "”" and open_at >= 0 and _FEET_INCHES.search(text, max(lo, i - 4), i) and _inch_then_closer(text, i, hi):
            continue  # 'he’s like 6’2”,” she said': the first mark is the inch sign
        if open_at < 0:
            if ch in _OPENERS or (ch == '"' and not (closes and not opens)):
                open_at = i
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


def _continue_unclosed(text: str, paras: list[tuple[int, int]], spans: list[list], single: bool) -> None:
    """A quote left open at a paragraph end after . ? ! with no closing mark anywhere further on
    goes on through the next paragraphs that have no quote marks and no reporting verb and read
    as speech (a first- or second-person word, or opening with 'It'/'That's'): '“Don't give up
    now. ¶ I know it's hard. ¶ …' Each paragraph is one quote."""
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
        if _CUE.search(para) or not (_FIRST_PERSON.search(para) or _IT_LEAD.match(para)):
            continue
        spans[pi + 1] = [[lo - 1, None, "single"] if single else [lo - 1, None]]


# --- names -----------------------------------------------------------------------------------
def _strip_token(tok: str) -> str:
    return tok.rstrip(".") if len(tok) > 3 else tok


def _is_org(tokens: list[str]) -> bool:
    return any(t in ORG_WORDS or _strip_token(t) in ORG_WORDS for t in tokens)


# a question's auxiliary before a name ('Is Mitt Romney too rich?')
_AUX_CAPS = frozenset("Is Was Are Were Does Did Do Has Have Had Can Could Will Would Should Shall Must Might".split())
_TIME_CAPS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Yesterday
    Tomorrow""".split())


@lru_cache(maxsize=65536)
def _canon_seq(seq: str) -> tuple[str | None, bool]:
    """Canonical form of a capitalised sequence: (name or None, is_org)."""
    toks = seq.split()
    honorific = False
    while toks and (toks[0] in STOP_CAPS or (toks[0] in _AUX_CAPS and len(toks) > 2)
                    or toks[0].lower() in ("the", "of", "for", "and")):
        honorific = honorific or toks[0] in ("Mr", "Mrs", "Ms")
        toks = toks[1:]
    if not toks:
        return None, False
    while len(toks) > 2 and toks[-1] in _TIME_CAPS:
        toks = toks[:-1]  # 'Assistant Attorney General William Baxter Wednesday defended ...'
    poss = max((k for k, t in enumerate(toks[:-2]) if t.endswith(("’s", "'s", "s’", "s'", "S’", "S'"))), default=-1)
    if poss >= 0 and len(toks) - poss - 1 <= 4:
        name, org = _canon_seq(" ".join(toks[poss + 1:]))
        if name and not org and " " in name:
            return name, False  # "The Public Sector Union's Wendy Caird", "SES' Laura Goodin": the person
    person = _person_before_of(toks) or _trailing_person(toks)
    if person:
        return person, False
    if _is_org(toks) or any(t in ("of", "for", "and", "on", "the") for t in toks):
        return " ".join(toks), True
    if toks[-1].endswith(("’s", "'s")) and len(toks[-1]) > 2:
        toks = toks[:-1] + [toks[-1][:-2]]  # 'Elizabeth Birch's tribe': the possessor is the name
    cut = 0
    for k, t in enumerate(toks):
        if t in NATIONALITIES and 0 < k < len(toks) - 1 and toks[k - 1] in _FIRST_NAMES:
            continue  # a middle name: 'William French Smith'
        if _is_title(t) or t in NATIONALITIES or t.endswith(("’s", "'s")) or t in STOP_CAPS:
            cut = k + 1
    if cut == 0 and len(toks) >= 3 and toks[0] in PLACES and toks[0] not in _FIRST_NAMES:
        cut = 1  # 'Pakistan Abdul Salam Zaeef' ('the Taliban ambassador to Pakistan Abdul Salam Zaeef')
    toks = toks[cut:] or toks[-1:]
    toks = [t for t in toks if not t.endswith(("’s", "'s"))] or toks
    if len(toks) > 1 and toks[-1][-1:] not in "’'" and any(t.endswith(("s’", "s'")) for t in toks[:-1]):
        k = max(k for k, t in enumerate(toks[:-1]) if t.endswith(("s’", "s'")))
        toks = toks[k + 1:]  # "Hamas' Haniya": a plural possessive is the possessor, not the name
    for k in range(len(toks) - 3, -1, -1):  # a role before a two-word name
        if _role_token(toks[k], toks[k + 1], k):
            toks = toks[k + 1:]
            break
    if len(toks) == 1 and (toks[0] in STOP_CAPS or toks[0] in _AUX_CAPS or _is_title(toks[0]) or toks[0] in NATIONALITIES
                           or (toks[0].endswith("ing") and not honorific)):
        return None, False
    return " ".join(toks), False


def _role_token(tok: str, nxt: str, k: int) -> bool:
    """A role word before a name that the title list lacks: a person noun before a first name
    ('Coordinator Ursula Mueller'), a hyphenated common noun ('Leg-spinner Stuart MacGill'), or a
    leading acronym ('MLA Sanjay Patil')."""
    if not nxt[:1].isupper() or nxt.isupper():
        return False
    if "-" in tok and any(p[:1].islower() for p in tok.split("-")[1:]):
        return True
    if k == 0 and tok.isalpha() and tok.isupper() and 2 <= len(tok) <= 4:
        return True
    return nxt in _FIRST_NAMES and tok[1:].islower() and bool(_PERSON_NOUN.search(tok)) and tok not in _FIRST_NAMES


def _is_title(tok: str) -> bool:
    """A title word, also hyphenated ('Attorney-General', 'Lieutenant-General')."""
    if tok in TITLES:
        return True
    return "-" in tok and all(p in TITLES or p.capitalize() in TITLES for p in tok.split("-") if p)


_ORGISH = re.compile(r"(?:tion|ment|ance|ence|ity|ics|ies|Affairs|Office|Bureau|Service|Forces|Nations|States)$")


def _trailing_person(toks: list[str]) -> str | None:
    """'Sydney Weather Bureau Ian Robertson' / 'Minister for Rehabilitation Jayalath Jayawardena' -> the person."""
    if len(toks) < 4:
        return None
    last_org = max((k for k, t in enumerate(toks) if t in ORG_WORDS or t in ("of", "for", "and", "on", "the")), default=-1)
    tail = toks[last_org + 1:]
    titled = False
    while tail and _is_title(tail[0]):
        tail, titled = tail[1:], True  # 'Secretary of State Colin Powell'
    k = max((k for k, t in enumerate(tail[:-2]) if _is_title(t)), default=-1)
    if k >= 0:
        tail, titled = tail[k + 1:], True  # 'Bank of England Governor Mark Carney'
    if len(tail) == 3 and tail[1] in _FIRST_NAMES and tail[0] not in _FIRST_NAMES:
        tail = tail[1:]  # 'Director of RecruitPlus Adrian Tan', 'Minister for Rehabilitation Jayalath ...'
    elif len(tail) == 3 and _is_title(toks[0]) and _ORGISH.search(tail[0]) and not _ORGISH.search(tail[1]):
        tail = tail[1:]  # 'Minister for Rehabilitation Jayalath Jayawardena': the portfolio, then the person
    if last_org < 0 or not 2 <= len(tail) <= 3:
        return None
    if any(t in ORG_WORDS or _is_title(t) or t in NATIONALITIES or t in STOP_CAPS or t.endswith(("’s", "'s"))
           for t in tail) or _ORGISH.search(tail[-1]) or _ORGISH.search(tail[0]):
        return None
    if tail[0] in MALE_NAMES or tail[0] in FEMALE_NAMES or _is_title(toks[0]) or titled:
        return " ".join(tail)
    return None


_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


def _person_before_of(toks: list[str]) -> str | None:
    """'Bill Peel of Mackay', 'Senator John McCain of Arizona' -> the person before 'of/for Place'."""
    idx = next((k for k, t in enumerate(toks) if t in ("of", "for")), -1)
    if idx < 2:
        return None
    head = toks[:idx]
    cut = max((k + 1 for k, t in enumerate(head) if _is_title(t) or t in NATIONALITIES or t in STOP_CAPS), default=0)
    head = head[cut:]
    if not 2 <= len(head) <= 3 or _is_org(head) or any(_ORGISH.search(t) or not t[:1].isupper() for t in head):
        return None
    if head[0] in _FIRST_NAMES or (cut and len(head) >= 2):
        return " ".join(head)
    return None


# heads of capitalised sequences that name a company, a place or a programme, never a he or she
_THING_HEADS = frozenset("""Lines Airways Computer Computers Power Energy Motors Systems Speed Road Sabha Soleil
    Electric Airlines Oil Gas Steel Telecom Pharmaceuticals Technologies Holdings Stadium Bridge River Muslim Muslims""".split())


def _not_person(name: str) -> bool:
    """A he/she candidate that cannot be a person: an all-caps word of three or more letters
    ('MAC', 'DEFENDING POKHRAN'), a company or place head word ('Delta Air Lines', 'Apple
    Computer'), a -tion word ('Operation Warp Speed') or a nationality or faith ('Muslim')."""
    toks = [t.strip(".,’'") for t in name.split()]
    if any(t[:1].islower() for t in toks):
        return False  # a role phrase ('UNHCR spokesperson') is a person
    return any((len(t) >= 3 and t.isupper() and t.isalpha() and t.strip("IVXL")) or t in _THING_HEADS or t in NATIONALITIES
               or (t.endswith("tion") and t[:1].isupper()) for t in toks)


# a person opening a sentence before its verb: 'South African captain Shaun Pollock expects …',
# 'A delegate from the Peshawar group, Sayed Gailani, summed up …', 'Abdul Masood, 30, said …'
_PRE_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Meanwhile|Earlier|Later)\s+)?(?:[^,;:~]{3,80},\s+(?:(?:however|but|and|yet|while|including)\s+)?)?"
    r"(?:(?:[A-Z][\w’'.\-]*|the|a|an|one|former|veteran|senior|deputy|acting"
    r"|[a-z]+(?:er|or|ist|ian|man|woman|ain|ent|ant|ee|ess|ary|ial|ive))\s+){0,5}"
)
_SUB_BEFORE_PRON = re.compile(r"\b(?:when|as|while|though|although|because|after|before|since|once|what|whom)\s+$")
_ACCORDING_TAIL = re.compile(r"according\s+to\s+(?:(?:[A-Z][\w’'.\-]*|[a-z]+)\s+){0,3}$")
_VERB_AFTER_NAME = re.compile(
    r"(?P<app>,\s+[^,;:~]{1,80},|,)?\s+(?:[a-z]+ly\s+)?(?!(?:of|in|on|at|for|to|and|or|with|from|by|who|whose|which|that"
    r"|as|than|the|a|an|into|about|after|before|during|he|she|they|his|her|their)\b)(?P<w>[a-z]{3,})\b"
)


class _Memory:
    """Names mentioned in a document, for surname expansion and pronoun resolution."""

    def __init__(self, text: str):
        self.text = text
        self.mentions: list[tuple[int, str, bool]] = []  # (start, canonical, is_org)
        self.gender: dict[str, str] = {}
        self.speakers: list[tuple[int, str, bool]] = []
        self.subjects: list[tuple] = []
        self.roles: dict[str, list[tuple[int, str]]] = {}
        self.reporters: list[tuple] = []  # the reporting subjects found so far (see _cue_subjects)
        self.described: dict[str, list[tuple[int, str, str]]] = {}  # head noun -> (position, name, description)
        self.closes_sentence: set[int] = set()  # closing marks of quotes ending in . ! ?
        self.ends: list[int] = []  # sentence ends
        self._by_token: dict[str, list[tuple[int, str]]] = {}
        self.weak_gender: set[str] = set()
        self.not_persons: set[str] = set()  # names after 'the' ('the 191 Member States', 'the World Cup event')
        singles = []
        titled: set[str] = set()
        titled_at: set[int] = set()
        for m in _CAP_SEQ.finditer(text):
            name, org = _canon_seq(m.group())
            if not name:
                continue
            possessive = m.group().endswith(("’s", "'s"))  # a name for expansion, rarely a pronoun's antecedent
            if not possessive:
                self._note_described(m, name, text)
            if org:
                self.mentions.append((m.start(), name, org))
                if " and " in name:  # 'The United States team of Monica Seles and Jan-Michael Gambill'
                    self._conjoined(m.group(), m.start(), text)
            elif " " in name:
                if not possessive:
                    self.mentions.append((m.start(), name, org))
                if ("he " in text[max(0, m.start() - 16):m.start()]
                        and _THE_BEFORE.search(text, max(0, m.start() - 16), m.start()) and name.split()[0] not in _FIRST_NAMES
                        and (_plural_name(name) or name == m.group())):
                    self.not_persons.add(name)  # 'the 191 Member States', 'the World Cup event': not a he or she
                self._note_roles(m.group(), name, text[max(0, m.start() - 30):m.start()], m.start())
                if m.group().endswith(name) and len(m.group()) > len(name) + 1:
                    titled.add(name)  # introduced with a title or role ('Foreign Minister Alexander Downer')
                parts = name.split()
                for tok in {parts[0], parts[-1]}:
                    self._by_token.setdefault(tok, []).append((m.start(), name))
                if parts[-1].startswith(("al-", "el-")) and len(parts[-1]) > 4:
                    self._by_token.setdefault(parts[-1][3:], []).append((m.start(), name))  # 'Sisi' → '… al-Sisi'
                self._guess_gender(name, text[max(0, m.start() - 5):m.start()])
            elif not possessive:
                singles.append((m.start(), name))
        for start, name in singles:
            full = self.expand(name, start)
            if full != name:
                self.mentions.append((start, full, False))
                if _TITLE_LEAD.match(text, start):
                    titled_at.add(start)  # 'Dr Slaoui': a person
        self.mentions.sort()
        # persons opening a sentence ('Ted Quinlan has paid tribute …'), or a Mr/Dr surname after a
        # leading participle clause ('But speaking on CBS, Dr Slaoui …'): as likely a he/she as a speaker
        self.openers = [(st, nm, False) for st, nm, org in self.mentions
                        if not org and (nm in self.gender or nm.split()[0] in _FIRST_NAMES or nm in titled)
                        and _OPENS_SENT.search(text, max(0, st - 40), st)
                        or st in titled_at and _OPENS_ING.search(text, max(0, st - 80), st)]

    def _conjoined(self, seq: str, pos: int, text: str) -> None:
        """Register the persons of 'X of A B and C D' / 'A B and C D' when one of them has a known
        first name or a title (like is coordinated with like)."""
        head, _, rest = seq.partition(" and ")
        first = re.split(r"\s+(?:of|for|on|the)\s+", head)[-1]
        parts = [(pos + seq.find(first), first), (pos + len(head) + 5, rest)]
        found = []
        for start, part in parts:
            toks = part.split()
            if not 2 <= len(toks) <= 5 or any(t in ("of", "for", "and", "on", "the") for t in toks):
                return
            name, org = _canon_seq(part)
            if not name or org or " " not in name:
                return
            found.append((start, name, name.split()[0] in _FIRST_NAMES or name != part))
        if not any(ok for _, _, ok in found):
            return
        for start, name, _ in found:
            self.mentions.append((start, name, False))
            parts_ = name.split()
            for tok in {parts_[0], parts_[-1]}:
                self._by_token.setdefault(tok, []).append((start, name))
            self._guess_gender(name, text[max(0, start - 5):start])

    def _note_roles(self, seq: str, name: str, before: str, pos: int) -> None:
        """'Foreign Minister Sergei Lavrov', 'spokesman Ned Price': remember the roles for 'the minister said'."""
        head = seq[:len(seq) - len(name)] if seq.endswith(name) else ""
        words = [w.lower() for w in head.replace("-", " ").split()]
        prev = before.split()[-1:] if before and not before.endswith(("’s ", "'s ")) else []
        words += [w.lower() for w in prev if w.islower()]
        app = _ROLE_APPOS.search(before) if before.endswith(", ") else None  # 'The Labor leader, Simon Crean, says …'
        if app:
            words.append(app.group(1))
        for w in words:
            if w in _ROLE_NOUNS:
                self.roles.setdefault(w, []).append((pos, name))

    def _note_described(self, m: re.Match, name: str, text: str) -> None:
        """'Corvane, a small software company, …', 'Jo Doe, the Pentagon spokesman, …', 'the
        newspaper Al Harbour': remember the head noun with its description, for 'the company warned',
        'the newspaper said'; of a collective ('an alliance of 12 groups') also its members' noun, for
        'the groups added'."""
        app = _APPOS_ROLE.match(text, m.end())
        if app and name not in PLACES and not app.group("head").endswith(("ly", "ing")):
            for head in (app.group("head"), app.group("of")):
                if head:
                    self.described.setdefault(head, []).append((app.end(), name, app.group()))
        before = text[max(0, m.start() - 40):m.start()]
        head = before.split()[-1:]
        if head and head[0] in _GROUP_NOUNS:
            the = _THE_DESCRIPTION.search(before, 0, len(before) - len(head[0]) - 1)
            if the:
                self.described.setdefault(head[0], []).append((m.start(), name, before[the.start():]))

    def by_description(self, head: str, mods: list[str], pos: int) -> str | None:
        """The one name described with this head within six sentences before pos whose description
        has the capitalised modifiers ('the Pentagon spokesman'), else None (none, or several: 'the
        company' after two companies stays a role)."""
        here = bisect_right(self.ends, pos)
        names = {name for start, name, desc in self.described.get(head, ())
                 if start < pos and here - bisect_right(self.ends, start) <= 6 and all(w in desc for w in mods)}
        return self.expand(names.pop(), pos) if len(names) == 1 else None

    def by_role(self, role: str, pos: int) -> str | None:
        """The most recent person introduced with this role before pos."""
        best = None
        for start, name in self.roles.get(role, ()):
            if start < pos:
                best = name
        return best

    def antecedent(self, head: str, pos: int) -> str | None:
        """What 'the <head>' refers back to: the most recent earlier indefinite noun phrase with this
        head ('a UN spokesperson' -> 'UN spokesperson') or organisation name with it as its head word
        ('the Ferris Ministry of Trade' for 'the ministry')."""
        best, best_pos = None, -1
        lo = max(0, pos - 4000)
        first = self.text.find(head, lo, pos)
        cap = head.capitalize()
        first_cap = self.text.find(cap, lo, pos)
        if first < 0 and first_cap < 0:
            return None
        lo_i = lo if first < 0 else max(lo, first - 80)
        for m in (_indef_pattern(head).finditer(self.text, lo_i, pos) if first >= 0 else ()):
            mods = m.group(1).split()
            if all(w.lower() not in _FUNCTION and w.lower() not in CUE_WORDS
                   and (not w.endswith(".") or "." in w[:-1]) for w in mods):
                best, best_pos = " ".join(mods + [m.group(2)]), m.start()
        for m in (_org_pattern(cap).finditer(self.text, max(best_pos + 1, first_cap - 120, lo), pos)
                  if first_cap >= 0 else ()):
            toks = m.group().split()
            if any(t.endswith(".") and "." not in t[:-1] for t in toks):
                continue  # 'Tehran. The …': not across a sentence end
            while toks and (toks[0] in STOP_CAPS or toks[0] in ("The", "A", "An")):
                toks = toks[1:]
            if len(toks) > 1:
                best, best_pos = " ".join(toks), m.start()
        return best

    def _guess_gender(self, name: str, before: str) -> None:
        if name in self.gender:
            return
        first = name.split()[0]
        if "Mrs" in before or "Ms" in before or first in FEMALE_NAMES:
            self.gender[name] = "f"
        elif "Mr" in before or first in MALE_NAMES:
            self.gender[name] = "m"
        elif first.endswith("a") and len(first) > 2:
            self.gender[name] = "f"
            self.weak_gender.add(name)  # a guess: 'Osama bin Laden' is still a he if no one else is

    def expand(self, name: str, pos: int) -> str:
        """Most recent full mention before pos (its longest form; else the first after it) sharing this token."""
        if " " in name:
            return name
        best = name
        for start, full in self._by_token.get(name, ()):
            if start < pos:
                # a longer form of the same person wins; another person ('Jeb Bush' after 'George W.
                # Bush') wins by being more recent
                if best == name or not set(full.split()) <= set(best.split()):
                    best = full
            elif best == name:
                return full
        return best

    def _person_fits(self, name: str, org: bool, want: str) -> bool:
        """Whether a he (want 'm') or she ('f') can refer to this name."""
        head = name.split()[-1]
        return not (org or name in PLACES or self.gender.get(name, want) != want
                    or name in self.not_persons or _not_person(name)  # not_persons: 'the 191 Member States'
                    # 'one report', 'the ministry': a lower-case noun phrase that is no person
                    or (name[:1].islower() and not (_PERSON_NOUN.search(head) or head in _ROLE_NOUNS)))

    def _subject_antecedent(self, want: str, pos: int, pool: list) -> str | None:
        """For a he/she after a subordinator, the subject of its own sentence ('Reagan was known
        for what he called …'); else the first compatible person in subject position in the
        sentence before, when no speaker or reporting subject comes after it ('South African
        captain Shaun Pollock expects a better performance. “Q,” he said.': Pollock, not the
        speaker of two paragraphs back)."""
        k = bisect_right(self.ends, pos) - 1
        cur = self.ends[k] if k >= 0 else 0
        if _SUB_BEFORE_PRON.search(self.text, max(cur, pos - 12), pos) and "~" not in self.text[cur:pos]:
            here = self._subject_person(want, cur, pos)
            if here:  # 'Reagan was known for what he called …', 'Comey decided … even though he found …'
                return here
        if k < 0:
            return None
        lo, hi = (self.ends[k - 1] if k else 0), self.ends[k]
        if any(lo <= st < pos for st, _, _ in pool):
            return None
        return self._subject_person(want, lo, hi)

    def _subject_person(self, want: str, lo: int, hi: int) -> str | None:
        """The first he/she-compatible person in subject position between lo and hi."""
        for st, name, org in self.mentions:
            if not (lo <= st < hi and self._person_fits(name, org, want)) or name.split()[0] in _AUX_CAPS:
                continue  # 'Was Szlachta satisfied?': a question, not a subject
            seq = _CAP_SEQ.match(self.text, st)
            end = seq.end() if seq else st + len(name)
            if self.text[end - 1] in "'’" or self.text.startswith(("'s", "’s"), end):
                continue  # "Sanders' campaign": a possessive
            before = self.text[lo:st]
            verb = _VERB_AFTER_NAME.match(self.text, end)
            if (_PRE_SUBJECT.fullmatch(before) and verb and verb.group("w") not in _ROLE_NOUNS
                    and not (verb.group("app") and _CUE.search(verb.group("app")))) or _ACCORDING_TAIL.search(before):
                return name  # not 'Cruz spokesman Rick Tyler', 'Trump, Sexton said, has …'
        return None

    def resolve_pronoun(self, pron: str, pos: int) -> str | None:
        """Nearest compatible earlier speaker or named entity; speakers win within range, unless a
        subject of this sentence or the previous one is more recent than all of them."""
        want = PRONOUNS.get(pron.lower())
        speakers = sorted(self.speakers + [(t[0], t[1], _is_org(t[1].split())) for t in self.subjects]
                          + (self.openers if want in ("m", "f") else []))
        if want in ("m", "f"):
            recent = self._subject_antecedent(want, pos, speakers)
            if recent:
                return recent
        guessed = None
        for pool in (speakers, self.mentions):
            for start, name, org in reversed(pool):
                if start >= pos or pos - start > 4000:
                    continue
                if want in ("m", "f"):
                    if not org and name not in PLACES and self.gender.get(name, want) != want:
                        if guessed is None and name in self.weak_gender:
                            guessed = name
                        continue
                    if not self._person_fits(name, org, want):
                        continue  # 'Delta Air Lines', 'MAC': not a he or she
                    return name
                if want == "o" and org:
                    return name
                if want == "p" and (org or pool is speakers):
                    return name
                if want == "s" and pool is speakers:
                    return name
        return guessed


_APPOS_NAME = re.compile(rf"[a-zA-Z]\s*,\s+({_NAME_TOK}(?:\s+{_NAME_TOK}){{1,3}})\s*,\s*$")
_DASH_NAME = re.compile(
    rf"(?:\s[—–-]+\s*|\s[—–-]*\s*More\s+from\s+|^More\s+from\s+)({_NAME_TOK}(?:\s+(?:and\s+)?{_NAME_TOK}){{0,4}})\s*:$")
_LEAD_APPOS = re.compile(rf"({_NAME_TOK}(?:\s+{_NAME_TOK}){{1,3}})\s*,\s+(?:the|a|an|[a-z][\w\-]*)\s[^,;:~“”\"]{{0,150}},\s*$")
_ROLE_APPOS = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w\-]*\s+){0,3}([a-z]+),\s+$")
# a sentence opening with a participle clause before its subject ('But speaking on CBS, Dr Slaoui …')
_OPENS_ING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:(?:But|And|Yet|So)\s+)?[A-Z]?[a-z]+ing\b[^.!?\n,;]{0,50},\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
_TITLE_LEAD = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")
_OPENS_SENT = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:(?:[A-Z][a-z]+\s+)?[a-z]+\s+)?$")
# a subject slot before a name: a sentence or clause opening, not a verb's object ('assured Trump')
_SUBJ_SLOT = re.compile(r"(?:^|[.!?;:,—–][\"”’]?\s+|\n\s*|\b(?:and|but|then|so|when|as|while|because|after|though|although)\s+)"
                        r"(?:[a-z]+\s+)?$")
_MID_ROLE = re.compile(r"\s+[A-Z][a-z]")  # a lower-case role word is followed by a name
_NOT_ROLE = frozenset("""never other rather either neither whether later earlier under over after ever together
    further however whatever whoever wherever forever moment comment statement""".split())
_THE_N = re.compile(r"the\s+(?:two|three|four|five|six|both)")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:\d[\d,]*\s+)?$")


@lru_cache(maxsize=1024)
def _indef_pattern(head: str) -> re.Pattern:
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+((?:[\w.\-]+\s+){{0,3}}?)({re.escape(head)})\b(?![\-’'])")


@lru_cache(maxsize=1024)
def _org_pattern(cap: str) -> re.Pattern:
    """'Turkish Defense Ministry', 'National Association of Atomic Veterans' for the head 'Ministry'/'Association'."""
    word = r"[A-Z][\w.&\-]*"
    return re.compile(rf"\b(?:{word}\s+){{0,4}}{re.escape(cap)}\b(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+{word}){{1,4}})?")


def _plural_name(name: str) -> bool:
    """'Member States': a capitalised plural common noun, not a person."""
    toks = name.split()
    last = toks[-1]
    return (len(toks) > 1 and toks[0] not in _FIRST_NAMES and last.endswith("s") and not last.endswith(("ss", "us", "is"))
            and last[:-1].lower() + "s" == last.lower() and last[:1].isupper() and not last.isupper())


def _title_of_place(np: str) -> bool:
    """'Managing Director of FarmCo', 'the Permanent Representative of Chile': a title before 'of'."""
    head, of, _ = np.partition(" of ")
    return bool(of) and any(_is_title(t) for t in head.split())


# an appositive description after a name: 'Corvane, a small software company,', 'the Harbour Front
# (HF), an alliance of 12 groups fighting …', 'Jo Doe, the Pentagon spokesman, …'
_APPOS_ROLE = re.compile(
    r"(?:\s*\([A-Z][\w.\-]{0,10}\))?,\s+(?:the|a|an)\s+(?:[\w.\-]+\s+){0,5}?(?P<head>[a-z][a-z\-]*[a-z])"
    r"(?:\s+of\s+(?:[\w\-]+\s+){0,2}?(?P<of>[a-z]+s))?"
    r"(?=\s*[,.;]|\s+(?:who|which|that|whose|based|in|at|for|of|with|from|on|since|[a-z]+ing)\b)")
# organisation nouns before a name ('the semi-official newspaper Al Harbour', 'the protest group Pier Watch')
_GROUP_NOUNS = frozenset("""company firm group newspaper paper daily agency party movement network broadcaster
    magazine organisation organization alliance coalition union association channel station website""".split())
_THE_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:[\w\-]+\s+){0,2}$")
_NAME_BEFORE_ROLE = re.compile(r"(?:^|[.!?]\s+|\n)((?:Mr|Mrs|Ms|Dr)?\.?\s*[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3}),\s+$")
_HUMAN_NOUN = re.compile(r"(?:m[ae]n|person|people|ists?|ians?|ers?|ors?|ives?)$")
_PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee|ant|ent|ive|ess)$")


def _speaker_from_np(np: str, np_start: int, mem: _Memory) -> tuple[str | None, int, int]:
    """(speaker, mention_start, mention_end) for a subject noun phrase at np_start."""
    lead = len(np) - len(np.lstrip())
    np = np.strip().rstrip(",")
    np_start += lead
    if not np:
        return None, np_start, np_start
    pm = _PRON.fullmatch(np)
    if pm:
        return mem.resolve_pronoun(np, np_start) or np, np_start, np_start + len(np)
    best = None
    for m in _CAP_SEQ.finditer(np):
        name, org = _canon_seq(m.group())
        if name:
            best = (name, org, m.end())
    if best is None or (best[0] in TITLES and " " not in best[0]):
        low = np.lower()
        if all(w in _FUNCTION or w.capitalize() in STOP_CAPS for w in low.split()) and not _THE_N.fullmatch(low):
            return None, np_start, np_start  # but '“Q,” the two write' names the speakers
        words = low.split()
        if words and (len(words) == 1 or (len(words) <= 3 and words[0] in ("the", "this"))) and words[-1] in _ROLE_NOUNS:
            named = mem.by_role(words[-1], np_start)  # 'the minister said' -> 'Sergei Lavrov'
            if named:
                return named, np_start, np_start + len(np)
        if words[0] == "the" and len(words) <= 4:
            named = _described(np, words[-1], np_start, mem)  # 'the company warned', 'the Palestinian leader said'
            if named:
                return named, np_start, np_start + len(np)
        if len(words) == 2 and words[0] == "the" and np.split()[1].isalpha() and np.split()[1].islower() and words[1] not in _FUNCTION:
            named = mem.antecedent(words[1], np_start)  # 'a UN spokesperson … the spokesperson said'
            if named:
                return named, np_start, np_start + len(np)
        for art in ("the ", "a ", "an "):
            if low.startswith(art):
                return np[len(art):], np_start, np_start + len(np)
        return np, np_start, np_start + len(np)
    name, org, end = best
    if org and _title_of_place(name):
        # 'Mr Lim Boon Huat, Managing Director of FarmCo said': the person before the role
        pm = _NAME_BEFORE_ROLE.search(mem.text, max(0, np_start - 60), np_start)
        if pm:
            person, porg = _canon_seq(pm.group(1))
            if person and not porg and " " in person:
                return person, np_start, np_start + len(np)
    tail = np[end:].strip().split()
    if len(tail) == 1 and np[:4].lower() == "the ":
        # 'the Opposition leader said', 'the Pentagon spokesman said'
        named = (tail[0] in _ROLE_NOUNS and mem.by_role(tail[0], np_start)) or _described(np, tail[0], np_start, mem)
        if named:
            return named, np_start, np_start + len(np)
    if tail and all(t.lower() in _ROLE for t in tail) and tail[-1].lower() not in ("the", "a", "an", "of", "for", "his", "her", "their", "its"):
        name = name + " " + " ".join(tail)  # 'Trump campaign', "Clinton’s spokesman"
    elif 0 < len(tail) <= 3 and all(t.isalpha() and t.islower() for t in tail) and (
            _PERSON_NOUN.search(tail[-1]) or tail[-1] in _ROLE_HEADS):
        name = name + " " + " ".join(tail)  # 'a Goshen police dispatcher': the name is a modifier
    elif not org:
        name = mem.expand(name, np_start)
    return name, np_start, np_start + len(np)


_LEAD_CONJ = frozenset("As If When While Because Although Though Since Once After Before Until Unless But And So Yet Or".split())


# a determiner before a head noun that makes it someone new: 'a spokesman', 'the minister’s spokesman'
_NEW_REFERENT = re.compile(r"(?:\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|’s|'s)\s+(?:[\w.\-]+\s+){0,3}$")
_DEFINITE = re.compile(r"\b[Tt]he\s+(?:[\w.\-]+\s+){0,3}$")
# person nouns that a definite description of the previous sentence's person can have
_DESCRIBED_PERSONS = _ROLE_NOUNS | frozenset("candidate nominee businessman businesswoman mogul tycoon billionaire".split())
_NAME_PARTICLES = frozenset("of de van von der del la bin al".split())


@lru_cache(maxsize=1024)
def _head_pattern(head: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(head)}\b")


def _described(np: str, head: str, pos: int, mem: _Memory) -> str | None:
    """The name a definite description 'the … <head>' at pos refers to: the one name described with
    that head nearby ('Corvane, a software company, …'); else, for a person role that no one was
    given or introduced with before ('a spokesman', 'the mayor’s spokesman'), the one person who was
    a reporting subject or opened a sentence in this or the previous sentence ('Mayor Ada Roth told
    the council … . “Q,” the city leader said'), unless that person asked the question answered;
    for an organisation noun ('the agency said') the one organisation that was a reporting subject."""
    mods = [w for w in np.split()[1:-1] if w[:1].isupper()]
    named = mem.by_description(head, mods, pos)
    org = head in _GROUP_NOUNS
    if named or not (org or head in _DESCRIBED_PERSONS) or any(start < pos for start, _ in mem.roles.get(head, ())) \
            or any(start < pos for start, *_ in mem.described.get(head, ())):
        return named
    for m in _head_pattern(head).finditer(mem.text, 0, pos):
        lo = max(0, m.start() - 40)
        if _NEW_REFERENT.search(mem.text, lo, m.start()) or not _DEFINITE.search(mem.text, lo, m.start()):
            return None
    here = bisect_right(mem.ends, pos)
    near: dict[int, tuple[str, str | None]] = {}  # start -> (name, cue); a reporting subject wins over an opener
    for start, name, cue in [(st, nm, None) for st, nm, _ in mem.openers] + [(t[0], t[1], t[5]) for t in mem.reporters]:
        if (start < pos and here - bisect_right(mem.ends, start) <= 1
                and (_is_org(name.split()) if org else _full_person_name(name))
                and mem.text[max(0, start - 4):start] not in ("and ", " or ")):
            near[start] = name, cue
    if len({name for name, _ in near.values()}) != 1:
        return None
    name, cue = near[max(near)]
    return None if cue == "asked" else name


def _full_person_name(name: str) -> bool:
    toks = name.split()
    return len(toks) > 1 and toks[0][:1].isupper() and all(t[:1].isupper() or t in _NAME_PARTICLES for t in toks) \
        and not _is_org(toks)


# an indefinite role noun phrase with lower-case modifiers before the walked-back words
_INDEF_MODIFIED = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<mods>(?:[\w.\-]+\s+){0,3}?[a-z][\w\-]*\s+)$")
_ROLE_HEADS = _ROLE_NOUNS | frozenset("official source expert diplomat spokesman spokeswoman spokesperson".split())


def _subject_before(seg: str, seg_start: int) -> tuple[int, int] | None:
    """Span of the noun phrase (or pronoun) that ends seg, after dropping trailing adverbials."""
    seg = seg.rstrip()  # a cue segment ends in a space: 'Reyes has since told' must drop 'has since'
    cut = max(0, len(seg) - 80)
    m = _TRAIL_AUX.search(seg, cut)
    if not m and seg.endswith(("ly", "also", "later", "then", "previously", "once", "recently", "again", "often",
                               "has", "had", "have")):
        m = _TRAIL_LY.search(seg, cut)  # 'Jo Reyes allegedly said'
    if m:
        seg = seg[:m.start()]
    toks = list(_NP_TOKEN.finditer(seg))
    if not toks or seg[toks[-1].end():].strip():
        return None
    k = len(toks)
    while k > 0:
        t = toks[k - 1].group()
        gap = seg[toks[k - 1].end():toks[k].start()] if k < len(toks) else ""
        if gap.strip() and gap.strip() not in ("’s", "'s"):
            break
        if t[0].isupper() or t.lower() in _ROLE or t in ("he", "she", "they", "it", "we"):
            k -= 1
            if t.lower() in ("he", "she", "they", "it", "we", "i"):
                break
        else:
            break
    while k < len(toks) and (toks[k].group().lower() in ("of", "for", "and", "to", "in", "at", "on")
                             or toks[k].group() in _LEAD_CONJ):  # 'As one report put it,'
        k += 1
    if k >= len(toks):
        return None
    start, end = toks[k].start(), toks[-1].end()
    if toks[-1].group() in _ROLE_HEADS and toks[-1].group().islower():
        ind = _INDEF_MODIFIED.search(seg, max(0, start - 60), start)
        if ind and not any(w in _NOT_NP_LEAD or w in CUE_WORDS or w.endswith("ly") for w in ind.group("mods").split()):
            start = ind.start()  # 'a US diplomatic source', 'one security expert': the role as written
    words = seg[start:end]
    if not any(w[0].isupper() for w in words.split()) and not _PRON.fullmatch(words) and not any(
        w.lower() in _ROLE - {"the", "a", "an", "his", "her", "their", "its", "of", "for"}
        for w in words.split()
    ):
        return None
    return seg_start + start, seg_start + end


def _clause_subject(sent: str, sent_start: int) -> tuple[int, int] | None:
    """The noun phrase opening a sentence ('Kremlin spokesman Dmitry Peskov on Tuesday ...')."""
    d = _DATELINE.match(sent)
    off = d.end() if d else 0
    sub = _SUBORD.match(sent, off)
    off = sub.end() if sub else off
    for _ in range(3):
        m = _LEAD_ADV.match(sent[off:]) or _LEAD_INTRO.match(sent, off)
        if not m or (m.re is _LEAD_INTRO and sent[off:].split(None, 1)[0].rstrip(",") in _NOT_INTRO):
            break
        off += m.end() if m.re is _LEAD_ADV else m.end() - off
        st = _STATE_TAIL.match(sent, off)
        if st and st.group("st") in US_STATES:
            off = st.end()
    pm = _PRON.match(sent, off)
    if pm:
        return sent_start + pm.start(), sent_start + pm.end()
    end = off
    for t in _NP_TOKEN.finditer(sent, off):
        if sent[end:t.start()].strip() not in ("", "’s", "'s"):
            break
        w = t.group()
        if w[0].isupper() or w.lower() in _ROLE:
            end = t.end()
        elif end > off and _MID_ROLE.match(sent, t.end()) and _PERSON_NOUN.search(w) and len(w) > 4 and (
                w not in _NP_STOP and w not in _NOT_ROLE):
            end = t.end()  # 'Chief Palestinian negotiator Saeb Erakat', 'law lecturer Bede Harris'
        elif w.isalpha() and w not in _FUNCTION and _ROLE_OF.search(sent, off, end):
            end = t.end()  # 'Former secretary of state Ann Lee': the portfolio of a role
        else:
            break
    if end == off:
        return None
    np = sent[off:end]
    if np.split()[0] in _CAP_PREPS:
        return None  # 'In TV interviews and …', 'Of Carson …': a prepositional phrase, not a subject
    if " " not in np and (np in _INTRO_WORDS or (np[1:].islower() and np.endswith(("ing", "ly")) and np not in _NOT_INTRO)):
        return None  # 'Continuing to explain …', 'Amid what …', 'Specifically, …': no subject
    if not any(c.isupper() for c in sent[off:end]):
        words = sent[off:end].lower().split()  # 'the former secretary of state talked': a role noun
        if not (len(words) >= 2 and words[0] in ("the", "a", "an") and any(w in _ROLE_NOUNS for w in words)):
            return None
    return sent_start + off, sent_start + end


# --- attribution -----------------------------------------------------------------------------
@dataclass
class _Q:
    start: int
    end: int
    open_at: int
    close_at: int  # index after the closing mark (or paragraph end)
    para: int
    para_lo: int
    para_hi: int
    runs_on: bool
    speaker: str | None = None
    mention: tuple[int, int] | None = None
    cue: str | None = None
    partial: bool = False
    sent_start: int = 0
    initial: bool = False
    chain: int = -1
    tail: str = ""
    single: bool = False  # between single marks (‘…’ or wire-style '…')


# The end of a sentence that goes on after a partial quote: '... “to have purpose,” and he finds
# that in government work, he said.' / '..., the Daily Caller reports.'
_TRAIL_SUBJ_CUE = re.compile(
    rf",\s+(?P<subj>{_W}(?:\s+{_W}){{0,7}}?)\s+(?:{_ADV}\s+)*(?P<cue>{_CUE_ALT})\b[^,;:~“”\"—–(]{{0,50}}[.!?]$"
)
_SUB_LEAD = re.compile(r"(?:While|Although|Though|When|If|After|Before|Because|Since|Once|Unlike|Like|Despite)\b[^,;:~]*$")
_NOT_NP_LEAD = frozenset(
    """and or but nor as while when which that who whom whose if because so where though although even not
    is was are were be been has had have will would could can may might should do did does to of in on at
    for with from by after before during then than also just only said says told until unless since once
    where why how what""".split()
)


_KIN = frozenset("wife husband son daughter mother father brother sister widow partner".split())


def _role_led(subj: str) -> bool:
    """'columnist Ai Jun', 'another supporter', 'his wife': a lower-case noun phrase that can be a
    speaker after a quote (a name follows the role noun, or 'another')."""
    words = subj.split()
    if not words or any(w in _NOT_NP_LEAD for w in words) or words[0].endswith(("ing", "ly")):
        return False
    if words[0] == "another" and len(words) <= 3:
        return True
    if words[0] in ("his", "her", "their") and len(words) <= 3 and (words[-1] in _ROLE or words[-1] in _KIN):
        return True  # 'his wife', 'her spokesman'; not 'their efforts'

    return len(words) <= 6 and any(w[0].isupper() for w in words[1:4])


_PASSIVE_CUE = re.compile(r"\b((?:called|dubbed|labeled|labelled|termed|branded|described|characterized|deemed)"
                          r"(?:\s+as)?(?:\s+(?:a|an|the))?)\s*$")
_WAS = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
_WAS_ADV = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+|also\s+|then\s+|not\s+)?$")


def _passive(before: str, cue: str) -> bool:
    """The cue is a passive participle: 'was asked', 'has been called', 'is often described'."""
    return not cue.endswith("ing") and bool(_WAS_ADV.search(before, max(0, len(before) - 24)))
_BY_AGENT = re.compile(rf"\s*by\s+(?P<subj>{_W}(?:\s+{_W}){{0,5}})")
_WITH_NP = re.compile(r"(?:\bwith|\bof|,)\s+$")  # 'with Sen. Cole calling it …': that noun phrase is the participle's subject
_TRAIL_CUE_SUBJ = re.compile(
    rf",\s+(?P<cue>said|says|added|adds|wrote|writes|according\s+to)\s+(?P<subj>{_W}(?:\s+{_W}){{0,6}}?)(?:,[^;:~“”\"—–(]{{0,80}})?[.!?]$"
)
_BARE_CUE = re.compile(rf"\s*(?:{_W}\s+){{1,4}}?(?:{_CUE_ALT})\s*[.,]|\s*(?:{_CUE_ALT})\s+(?:{_W}\s*){{1,4}}?[.,]")
_GOES_ON = re.compile(r"\s*(?:at|in|on|before|after|against|by|for|to|from|with|during|since|when|while|as|of|about|"
                      r"over|because|if|than|that|there|and|but|or|so)\s")
_REST_END = re.compile(r"[.!?](?=\s|$)")


# a document noun phrase ('a statement', 'the report Wednesday') before a participle is not its speaker
_DOC_NP = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?:statement|report|release|letter|memo|"
    r"article|email|message|study|document|filing|complaint|lawsuit)s?(?:\s+[A-Z][a-z]+day)?"
)
_DOC_PARTICIPLES = frozenset("released posted published issued obtained".split())


# an 'as' clause of saying right before the quote: 'As one clerk told the Herald, “Q”', '…, as
# Jo Reyes, the union's head, put it: “Q”'
_SAY_VERBS = (r"said|says|told|tells|wrote|writes|noted|notes|explained|explains|observed|observes|recalled|recalls|"
              r"argued|argues|added|adds|warned|warns|testified|reported|reports|stated|states|tweeted|declared|"
              r"remarked|concluded|quipped|joked|asked|put\s+it|puts\s+it")
_AS_INTRO = re.compile(
    rf"(?:^|[,;—–(]\s*|\b(?:and|but|or|because|that)\s+)[Aa]s\s+(?P<subj>{_W}(?:\s+{_W}){{0,6}}?)"
    rf"(?P<app>,[^;:~“”\"]{{1,100}}?,)?\s+(?:{_ADV}\s+)*(?P<cue>{_SAY_VERBS})\b[^,;:~“”\"]{{0,60}}[,:]$"
)
# a thing whose words are quoted, as the subject of a relative clause: 'a sign that read “Q”',
# 'a message which said, “Q”'
_REL_THING = re.compile(r"(?:^|\s)(?P<rel>that|which)\s+(?P<cue>said|says|read|reads|stated|states|declared|declares|"
                        r"proclaimed|proclaims|warned|warns|asked|asks)\s*[,:]?$")
_HEAD_NOUN = re.compile(r"([A-Za-z][\w’'\-]*)[\s,—–]*$")


def _attribute(q: _Q, masked: str, nxt_open: int, mem: _Memory) -> None:
    """Set speaker/mention/cue of q from its context, if a cue is found."""
    _attribute_near(q, masked, nxt_open, mem)
    if q.speaker is None and not q.runs_on and q.tail not in ".!?" and (
            not q.initial or _GOES_ON.match(masked, q.close_at)):
        # also a sentence-initial quote that the sentence goes on after ('“Q” before the vote, he said.')
        _trailing_cue(q, masked, mem)


def _trailing_cue(q: _Q, masked: str, mem: _Memory) -> None:
    """A partial quote whose sentence closes with ', S said.' after other words in between."""
    hi = min(q.para_hi, q.close_at + 300)
    m = _REST_END.search(masked, q.close_at, hi)
    if not m or m.start() - q.close_at < 3:
        return
    rest = masked[q.close_at:m.end()]
    last_mark = max(rest.rfind(c) for c in "~\"“”„«»")
    if last_mark >= 0:  # another quote in between ('… “calmer season,” Vance said.'): after it only
        if q.close_at + last_mark in mem.closes_sentence:
            return  # '… and “Build the wall.” And Trump decried …': that quote ended the sentence
        rest = "," + rest[last_mark + 1:]
    t = _TRAIL_SUBJ_CUE.search(rest) or _TRAIL_CUE_SUBJ.search(rest)
    if not t or _noun_use(rest, t.start("cue"), t.group("cue")):
        return  # '…, Ortiz avoided a direct answer.': a noun, not a cue
    off = q.close_at + (last_mark if last_mark >= 0 else 0)
    subj = t.group("subj")
    if t.group("cue").startswith("according"):
        subj = _CUE_SUBJ_END.split(subj, maxsplit=1)[0]  # '…, according to a source at the station.'
    elif subj.count(" ") > 4:
        return
    words = subj.split()
    if words[0] in ("and", "but", "or", "which", "that"):
        return
    if not (_PRON.fullmatch(subj) or any(w[0].isupper() for w in words) or _DOC_NP.fullmatch(subj)
            or (words[0] in ("the", "a") and (words[-1] in _ROLE or words[-1][:-1] in _ROLE))):
        return  # '…, the groups say.', '…, the memo stated.' count, '…, the crowd was told.' does not
    _set_from_np(q, subj, off + t.start("subj"), t.group("cue"), mem)


# a sentence-opening subordinate clause ('After Scalia said …', 'But even as Trump claimed …')
_LEAD_CLAUSE = re.compile(r"(?:(?:But|And|Yet|So)\s+)?(?:(?:When|After|While|Although|Though|Before|Because|Once|Whereas)"
                          r"|[Ee]ven\s+(?:as|though|when|after|while))\s+")


def _lead_clause_speaker(q: _Q, masked: str, lead: str, mem: _Memory) -> bool:
    """A quote inside a leading subordinate clause that has its own reporting verb, the clause
    closing right after the quote ('After Scalia said students might do better at “less advanced
    schools,” Trump said: …'), belongs to that clause's subject, not to the main clause's."""
    m = _LEAD_CLAUSE.match(lead)
    if not m or not (q.tail == "," or masked.startswith(",", q.close_at)):
        return False
    body_at = q.sent_start + m.end()
    body = masked[body_at:q.open_at]
    cm = next((c for c in _CUE.finditer(body) if not c.group().endswith("ing") and c.group() != "according to"
               and not _noun_use(body, c.start(), c.group())), None)
    if not cm or "," in body[cm.end():].rstrip().rstrip(","):
        return False  # no verb of its own, or the clause closed before the quote
    span = _subject_before(body[:cm.start()], body_at)
    if not span or "," in masked[body_at:span[0]] or _PRON.fullmatch(masked[span[0]:span[1]]):
        return False  # a pronoun there is as likely the main clause's subject ('After he said …, Obama …')
    return _set_from_np(q, masked[span[0]:span[1]], span[0], cm.group(), mem)


def _attribute_near(q: _Q, masked: str, nxt_open: int, mem: _Memory) -> None:
    """Set speaker/mention/cue of q from its immediate context, if a cue is found."""
    hi = min(nxt_open, q.close_at + 300)
    short = _SHORT_QUOTE.match(masked, hi) if hi == nxt_open else None
    if short:  # '“Q,” Bo Park, wearing a “Cruz” pin, said': read on past a short quote
        nxt = _MARK.search(masked, short.end(), q.close_at + 300)
        hi = nxt.start() if nxt else min(q.para_hi, q.close_at + 300)
    after = masked[q.close_at:hi]
    lead = masked[q.sent_start:q.open_at].rstrip()
    if lead and _lead_clause_speaker(q, masked, lead, mem):
        return
    # a partial quote that ends its sentence ('called Trump “unhinged.” Rubio said ...'): what
    # follows is the next sentence, not this quote's attribution
    ends_sentence = (q.tail in ".?!" and bool(lead) and after.lstrip(" ,")[:1].isupper()
                     and (not lead.endswith((":", ",", "—", "–", "-")) or after[:1].isspace()))
    # '“Q.” She noted a planned rally …': a sentence after a quote ending in a period is the next
    # one, unless it is a bare '“Q.” Smith said.'
    ends_sentence = ends_sentence or (q.tail == "." and after[:1].isspace() and after.lstrip()[:1].isupper()
                                      and not _BARE_CUE.match(after))
    participle = False
    if after.strip() and not ends_sentence:
        body = after.lstrip(" ,—–-")
        first = body[:1]
        continues = q.tail in ",?!—–-" or after[:1] == "," or first.islower()
        # a quote ending a leading subordinate clause with no cue of its own ('While calling it “Q,”
        # she painted …') is followed by the main clause: its subject may take a verb outside the lexicon
        has_lead = bool(lead) and not (_SUB_LEAD.match(lead) and all(c.group().endswith("ing") for c in _CUE.finditer(lead)))
        for rx in (_AFTER_CUE_SUBJ, _AFTER_SUBJ_CUE, _ACCORDING, _AFTER_VERB, _AFTER_LONG_NAME, _AFTER_OPEN_APP):
            m = rx.match(after)
            if not m or (rx is _AFTER_VERB and (not continues or has_lead)):
                continue  # a bare 'Name verb-ed' only after a quote that opens its sentence
            if rx is _AFTER_OPEN_APP and m.group("cue") not in _SUBJ_CUES:
                continue  # a plain speech verb only ('said', 'tweeted'; not 'called')
            if m.group("cue").endswith("ing"):
                # '“Q,” saying the city …': a participle of the main clause, its subject is the speaker
                participle = participle or (rx is _AFTER_CUE_SUBJ and has_lead)
                continue
            subj = m.group("subj")
            # '“…” the rest of the states' is a noun phrase, not a subject and its cue
            noun_cue = rx is _AFTER_SUBJ_CUE and _noun_use(after, m.start("cue"), m.group("cue"))
            if not continues and (subj.count(" ") > 3 or m.groupdict().get("app")):
                continue
            if rx is _AFTER_LONG_NAME and any(w in _NOT_NP_LEAD for w in _LOWER_LEAD.match(subj).group().split()):
                continue  # '“Q,” while Sen. Ann Lee and Rep. Bo Park said': not one noun phrase
            if rx is not _AFTER_CUE_SUBJ and " " in subj.strip() and _PRON.fullmatch(subj.split()[0]):
                continue  # '“Q” he was the only one to predict …': a clause, not a subject
            if rx is _AFTER_VERB and _AUX_WORD.search(after, m.end("subj"), m.start("cue")):
                continue  # '“Q?” I had prepared a statement': narration, not an attribution
            if (rx is _AFTER_SUBJ_CUE and " " in subj.strip() and _noun_use(after, m.start("cue"), m.group("cue"))
                    and not _CUE_AFTER_NOUN.match(after, m.end("cue"))):
                continue  # '“Q,” Ortiz avoided a direct answer': a noun, no cue (not '“Q,” the city report said')
            if rx is _AFTER_VERB and subj.endswith("ly"):
                continue  # '“Q” the network’s nightly news anchor …': an adjective before a plural noun
            if (rx in (_AFTER_SUBJ_CUE, _AFTER_VERB) and first.islower() and not _PRON.match(body)
                    and not body.startswith(("the ", "a ", "an ", "one "))
                    and not (rx is _AFTER_SUBJ_CUE and _role_led(subj))):
                continue
            if (rx is _AFTER_SUBJ_CUE and subj[:1].islower() and m.group("cue") in _NAMING_CUES
                    and _NAMED_NEXT.match(after, m.end("cue"))):
                continue  # '“Q,” a website run by a group called the Tide Trust': naming, not speech
            if rx is _AFTER_CUE_SUBJ:
                subj = _CUE_SUBJ_END.split(subj, maxsplit=1)[0]
                lead = subj.split()[0]
                if " " in subj and _PRON.fullmatch(lead):
                    continue  # '“Q,” said he doubts the plan …': the pronoun opens a reported clause
                if m.group("cue") in _OBJECT_CUES and lead in _DET:
                    continue  # '“Q,” described the emotional toll as …': the verb's object, not an inverted subject
                if not (lead[0].isupper() or lead.lower() in _ROLE or lead.lower() in ("he", "she", "they", "it", "we", "one")
                        or _role_led(subj)):
                    continue
            app = m.groupdict().get("app")
            if app and _title_of_place(subj):
                # '“Q,” the Permanent Representative of Chile, Ambassador Rosa Vidal, told …': the person
                person, porg = _canon_seq(app.strip(" ,"))
                if (person and not porg and " " in person
                        and _set_from_np(q, app.strip(" ,"), q.close_at + m.start("app") + app.index(app.strip(" ,")),
                                         m.group("cue"), mem)):
                    return
            if noun_cue:  # '“…” the congressional report said': the noun ends the subject
                nxt = _NEXT_CUE.match(after, m.end("cue"))
                if nxt and _set_from_np(q, after[m.start("subj"):m.end("cue")], q.close_at + m.start("subj"),
                                        nxt.group("cue"), mem):
                    return
            elif _set_from_np(q, subj, q.close_at + m.start("subj"), m.group("cue"), mem):
                return
            if rx is _AFTER_SUBJ_CUE and " " not in subj.strip():
                m2 = _AFTER_SUBJ_CUE2.match(after)
                if (m2 and m2.group("subj").split()[0] in ("the", "a", "an")
                        and _set_from_np(q, m2.group("subj"), q.close_at + m2.start("subj"), m2.group("cue"), mem)):
                    return
    sent = masked[q.sent_start:q.open_at]
    stripped = sent.rstrip()
    if not stripped:
        return
    dash = _DASH_NAME.search(stripped) if stripped.endswith(":") else None
    if dash and _set_from_np(q, dash.group(1), q.sent_start + dash.start(1), ":", mem):
        return  # a round-up line 'HEADLINE – Carl Bialik: “…”', 'More from Blumenthal and Cohen: “…”'
    crowd = (_CROWD_CHANT.search(stripped, max(0, len(stripped) - 90))
             or _CROWD_CHANTING.search(stripped, max(0, len(stripped) - 150)))
    if crowd:  # '… at which point the crowd chanted “Q”', 'the attendees chanted, “Q”': the crowd's words
        c0 = q.sent_start + crowd.start("np")
        q.speaker, q.mention, q.cue = crowd.group("head"), (c0, c0 + len(crowd.group("np"))), crowd.group("cue")
        return
    if _as_intro(q, stripped, mem) or _relative_thing(q, stripped, mem):
        return
    pas = _PASSIVE_CUE.search(sent, max(0, len(sent) - 40)) if " by " in after[:6] else None
    if pas:  # 'often labeled as a “witch hunt” by Democrats': the by-agent said it
        m = _BY_AGENT.match(after)
        if m:
            subj = _CUE_SUBJ_END.split(m.group("subj"), maxsplit=1)[0]
            if _set_from_np(q, subj, q.close_at + m.start("subj"), pas.group(1), mem):
                return
    sub = _SUBORD.match(sent)  # 'When Trump suggested ..., Rubio fired back: “Q”': skip the clause's cues
    cues = [c for c in _CUE.finditer(sent, sub.end() if sub else 0)
            if not _noun_use(sent, c.start(), c.group())]
    for cm in reversed(cues):
        if cm.group().lower() == "according to":
            m = re.match(rf"\s*(?P<subj>{_W}(?:\s+{_W}){{0,7}})", sent[cm.end():])
            if m:
                s0 = q.sent_start + cm.end() + m.start("subj")
                subj = re.split(r",|\s+(?:in|on|at|that|who)\b", m.group("subj"))[0]
                if _set_from_np(q, subj, s0, "according to", mem):
                    return
            continue
        seg = sent[:cm.start()]
        if _passive(seg, cm.group()):
            # the subject of 'was asked', 'has been called', 'is described as' is the addressee or the
            # one named, never the speaker; 'Sanders was asked by host Bill Maher, …: “Q”': the asker is
            m = _BY_AGENT.match(sent, cm.end()) if cm.group() == "asked" else None
            if m:
                subj = re.split(r",|\s+(?:in|on|at|to|that|who|whether|if|about|during)\b", m.group("subj"))[0]
                if _set_from_np(q, subj, q.sent_start + m.start("subj"), cm.group(), mem):
                    return
            continue
        rel = (_REL_WHO.search(seg, max(0, len(seg) - 80))
               if "who" in seg and cm is cues[-1] and not stripped.endswith(":") else None)
        if rel:  # 'said Beck, who added that ...': the mention is 'who', the speaker its antecedent
            ante = _subject_before(seg[:rel.start()], q.sent_start)
            name = _speaker_from_np(masked[ante[0]:ante[1]], ante[0], mem)[0] if ante else None
            if name:
                w0 = q.sent_start + rel.start("who")
                q.speaker, q.mention, q.cue = name, (w0, w0 + 3), cm.group()
                return
        span = _subject_before(seg, q.sent_start)
        if (not span and cm is cues[-1] and len(cues) > 1 and not cm.group().endswith("ing")
                and seg.rstrip().endswith(" and")):
            # 'when I asked Roth whether …, she looked at me and said, “Q”': the conjoined verb's
            # subject is the main clause's, after the leading clause with the earlier cue
            main = _lead_subject(seg, q.sent_start)
            if main and main[0] - q.sent_start > cues[-2].end() and _set_from_np(
                    q, masked[main[0]:main[1]], main[0], cm.group(), mem):
                return
        if not span and cm is cues[-1] and not cm.group().endswith("ing"):
            app = _APPOS_NAME.search(seg, max(0, len(seg) - 60))
            if app and app.group(1).split()[0] not in STOP_CAPS and _canon_seq(app.group(1))[0]:
                # 'Another councillor at the centre, Dorothy Ng, said:': the name in apposition
                span = q.sent_start + app.start(1), q.sent_start + app.end(1)
            if not app:
                # 'In an op-ed for a website, the Courier, …, Lin Wei, a doctoral student at …, urged':
                # a name with a long appositive right before the cue, after a comma
                app = _LEAD_APPOS.search(seg, max(0, len(seg) - 230))
                if app and not (app.start() == 0 or seg[:app.start()].rstrip().endswith(",")):
                    app = None
                if app and app.group(1).split()[0] not in STOP_CAPS and _canon_seq(app.group(1))[0]:
                    span = q.sent_start + app.start(1), q.sent_start + app.end(1)
                else:
                    app = None
            if span:
                pass
            elif not app and stripped.endswith((":", ",")) and len(stripped) - cm.end() <= 12:
                # '… as the heckler yelled: “Q”', 'his wife whispered to him:': a common noun subject
                span = _det_np(seg, q.sent_start, at_end=True)
            elif not app:
                # '… the spending, which an independent audit said was “…”': a common noun opening a
                # relative clause is the subject of its own verb
                span = _det_np(seg, q.sent_start, at_end=True)
                if span and not _REL_OPEN.search(seg, 0, span[0] - q.sent_start):
                    span = None
        if span and (cm.group().endswith("ing") or (cm.group() in _DOC_PARTICIPLES and not sent.startswith(
                " by ", cm.end()))) and _DOC_NP.fullmatch(
                masked, span[0], span[1]):
            # 'The town released a statement saying …', 'In a statement released Thursday, …': the
            # document is the object or a reduced relative; the clause's subject issued it
            if cm.group().endswith("ing"):
                for main in (_clause_subject(seg, q.sent_start), _det_np(seg, q.sent_start, at_end=False)):
                    if main and main[1] <= span[0] and _set_from_np(q, masked[main[0]:main[1]], main[0], cm.group(), mem):
                        return
            continue
        if not span and cm is cues[-1] and cm.group().endswith("ing") and seg.rstrip().endswith(","):
            sub = _SUB_ING.search(seg, max(0, len(seg) - 140))
            if sub and _set_from_np(q, sub.group("np"), q.sent_start + sub.start("np"), cm.group(), mem):
                return  # 'Ortiz asks as a ferryman walks past her, saying he is “…”': the clause's subject
        if span and cm.group().endswith("ing") and not _WITH_NP.search(masked, max(0, span[0] - 6), span[0]):
            # 'Trump issued a statement saying …', 'posted a message on Twitter reading …': the
            # participle's subject is the clause's, not the noun right before it
            main = _clause_subject(seg, q.sent_start)
            if main and main[1] <= span[0] and _set_from_np(q, masked[main[0]:main[1]], main[0], cm.group(), mem):
                return
            if _PREP_BEFORE.search(masked, max(0, span[0] - 12), span[0]) and not _WITH_AHEAD.search(
                    masked, max(q.sent_start, span[0] - 80), span[0]):
                continue  # '“Q,” Ortiz wrote in a statement to the Herald explaining …': not the Herald
        if span and not cm.group().endswith("ing"):
            pm = _PART_PREP.search(masked, max(q.sent_start, span[0] - 30), span[0])
            if pm:  # 'A letter from the guild obtained by the Herald warns': the noun before the participle
                main = _det_np(seg, q.sent_start, at_end=False) or _clause_subject(seg, q.sent_start)
                if main and main[1] <= pm.start() and _set_from_np(q, masked[main[0]:main[1]], main[0], cm.group(), mem):
                    return
        if span and _set_from_np(q, masked[span[0]:span[1]], span[0], cm.group(), mem):
            return
    for cm in cues:
        if _passive(sent[:cm.start()], cm.group()):
            continue
        sub = _clause_subject(sent[:cm.start()], q.sent_start)
        if sub and cm.start() - (sub[1] - q.sent_start) <= 160 and _set_from_np(q, masked[sub[0]:sub[1]], sub[0], cm.group(), mem):
            return
    if stripped.endswith(":"):
        span = _clause_subject(sent, q.sent_start)
        if span:
            _set_from_np(q, masked[span[0]:span[1]], span[0], ":", mem)
    elif participle:
        span = _clause_subject(sent, q.sent_start)
        if span:
            _set_from_np(q, masked[span[0]:span[1]], span[0], "-ing", mem)
    elif q.end - q.start > 25:
        if not q.runs_on and q.tail not in ".!?":
            _trailing_cue(q, masked, mem)  # '… “Q” as donors waited, he said.': before the fallback
            if q.speaker is not None:
                return
        span = _clause_subject(sent, q.sent_start)
        verb = _FALLBACK_VERB.match(masked, span[1], q.open_at) if span else None
        if span and (masked[span[0]:span[1]] in _QUANT_CAPS or masked[span[0]:span[1]] in _AUX_CAPS):
            span = None  # 'Another holdout — the guild — is …': a determiner, the noun after it is no verb
        if span and verb and verb.group(1) not in _NOT_FALLBACK_VERBS:  # 'Lee was asked, “…”', 'He is known for “…”'
            _set_from_np(q, masked[span[0]:span[1]], span[0], verb.group(1), mem)


_WITH_AHEAD = re.compile(r"\bwith\s+(?:the|a|an|his|her|its|their)\b")  # 'with the campaign of the senator from Ohio saying'
_PREP_BEFORE = re.compile(r"\b(?:to|for|by|from|at|on|in)\s+(?:the\s+)?$")
# a participle and its preposition right before a noun phrase: 'obtained by', 'speaking to', 'writing for'
_PART_PREP = re.compile(r"\b[a-z]{3,}(?:ed|ing)\s+(?:by|to|for|with|from)\s+(?:the\s+)?$")
# verbs whose noun phrase after them is an object, never an inverted subject ('said Ortiz' is one)
_OBJECT_CUES = frozenset("""described describes called calls labeled labelled branded termed dubbed characterized
    accused criticized criticised praised blamed attacked dismissed hailed mocked slammed blasted cited questioned
    recommended released referred decried touted""".split())
_CROWD_CHANT = re.compile(
    r"\b(?P<np>(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Dd]ozens\s+of|[Hh]undreds\s+of|[Tt]housands\s+of|\d[\d,]*)\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}?(?P<head>crowd|audience|attendees|protesters|protestors|demonstrators|supporters|"
    r"fans|marchers|spectators|onlookers))\s+(?:(?:then|again|repeatedly|loudly|began|started|had)\s+)*"
    r"(?P<cue>chanted|chanting|chant|shouted|shouting|yelled|yelling|roared)(?:\s+back)?[,:]?$")
# '… where about 50 protesters had gathered on Monday, chanting “Q”': the crowd's participle
_CROWD_CHANTING = re.compile(
    r"\b(?P<np>(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Dd]ozens\s+of|[Hh]undreds\s+of|[Tt]housands\s+of|\d[\d,]*|"
    r"(?:about|nearly|some|more\s+than)\s+\d[\d,]*)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<head>crowd|audience|attendees|"
    r"protesters|protestors|demonstrators|supporters|fans|marchers|spectators|onlookers))\s+[^,;:“”\"~]{3,80},\s+"
    r"(?P<cue>chanting|shouting|yelling)$")
# a subordinate clause closing right before an -ing cue: its subject governs the participle
_SUB_ING = re.compile(
    r"\b(?:as|when|while|after|before|where)\s+(?P<np>(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*"
    r"|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}))\s+(?:had\s+|has\s+|was\s+|were\s+)?[a-z]{3,}(?:ed|s)\b[^,;:~“”\"]{0,80},\s*$")
_REL_OPEN = re.compile(r"(?:,\s+(?:which|that)|\b(?:whom|whose\s+\w+))\s+$")
_FALLBACK_VERB = re.compile(r"\s*([a-z]+)")
_QUANT_CAPS = frozenset("Another Several Others Few Many Some Most Both Each Every Either Neither".split())
# a form of be/have/do, a modal or a preposition after the subject: the quote is a predicate
# ('Guns are “…”', 'Lee was asked, “…”') or the subject opens a phrase ('Preceded at the lectern by …')
_NOT_FALLBACK_VERBS = frozenset("is are was were be been has had have does did do can on at in of for to with by "
                                "because".split())


def _as_intro(q: _Q, stripped: str, mem: _Memory) -> bool:
    """'As one clerk told the Herald, “Q”': the subject of an 'as' clause of saying that ends right
    before the quote (with an appositive: 'As Jo Reyes, the union's head, put it: “Q”')."""
    if stripped[-1:] not in ",:" or not ("as " in stripped or stripped.startswith("As ")):
        return False
    m = _AS_INTRO.search(stripped)
    if not m:
        return False
    return _set_from_np(q, m.group("subj"), q.sent_start + m.start("subj"), m.group("cue"), mem)


def _relative_thing(q: _Q, stripped: str, mem: _Memory) -> bool:
    """'a sign that read “Q”': the mention is the relative pronoun, the speaker its antecedent,
    unless a reporting verb comes before it ('Ortiz posted a video that said …' is Ortiz's)."""
    if not stripped.endswith(("d", "s", ",", ":")):
        return False
    m = _REL_THING.search(stripped)
    if not m:
        return False
    head = stripped[:m.start("rel")]
    if any(not _noun_use(head, c.start(), c.group()) for c in _CUE.finditer(head)):
        return False
    span = _subject_before(head.rstrip(" ,—–"), q.sent_start)
    name = _speaker_from_np(mem.text[span[0]:span[1]], span[0], mem)[0] if span else None
    if not name:
        noun = _HEAD_NOUN.search(head)
        if not noun or noun.group(1).lower() in _FUNCTION or noun.group(1).lower() in _NOT_NP_LEAD:
            return False
        name = noun.group(1)
    r0 = q.sent_start + m.start("rel")
    q.speaker, q.mention, q.cue = name, (r0, r0 + len(m.group("rel"))), m.group("cue")
    return True



# --- second chance for partial quotes left without a speaker ---------------------------------
# Determiner-led common-noun subjects ('The complaint alleged', 'One operative ... saying').
_DET = frozenset("the a an one another many some this that his her their its both each".split())
_NP_STOP = frozenset(
    """is was are were has had have be been being will would could can may might should must do does did
    not also who which that whose whom and or but to of in on at for from by with as about into than so
    then if when while because after before began went made took got came gave sent put kept held became
    seemed used""".split()
)
_PREP = frozenset("of for to in on at by with from about into than as like over under after before during "
                  "against among between through without within".split())
_SPEECH = frozenset(
    """said says told tells added adds claims claimed alleged alleges wrote writes noted notes argued argues
    warned warns asked asks stated states declared declares contends contended concluded concludes insisted
    insists reads continues continued explained explains suggested suggests predicted
    announced announces reported reports yelled shouted chanted tweeted posted emailed testified demanded
    accused accuses quotes quoted replied responded recalled acknowledged admitted conceded read""".split()
)
# common nouns that head a speaker noun phrase after a quote ('“Q,” federal prosecutors wrote')
_SPEAKER_NOUNS = frozenset(
    """prosecutor investigator protester demonstrator activist scientist resident witness organizer
    delegate fan worker employee student teacher doctor nurse parent diplomat observer advocate
    agency organization company firm email letter ad memo post tweet""".split()
)
# Reporting verbs outside the main lexicon, used only for quotes nothing else attributes
# ('some protesters chanted “…”', 'The petition accuses X of “…”', 'She also referenced the “…”');
# 'defended', 'mentioned', 'spoke', 'talked' were tried and attributed more titles than statements.
_LATE_VERBS = frozenset(
    """chanted chanting accuses bemoan bemoaned bemoans denounce denounced denounces denouncing
    referenced reject rejected rejects rejecting pointed""".split()
)
_LATE_WORD = re.compile(r"\b[a-z]{4,}\b")
# any verb with an object and 'as' right before the quote: 'dismissed the claims as “…”', 'whom Ortiz derided as “…”'
_AS_VERB = re.compile(r"\b([a-z]{3,}(?:ed|es|s|ing))(?:\s+(?:off|down|away|aside))?"
                      r"(?:\s+(?:the|a|an|his|her|its|their|this|that|these|those|him|them|it|[A-Z][\w'’\-]*)"
                      r"(?:\s+[\w'’\-]+){0,5})?\s+as\s*$")
_NOT_AS_VERBS = frozenset("known seen regarded treated used served acts acted works worked stands".split())
_LEAD_PHRASE = re.compile(
    r"(?:(?:In|On|At|For|With|During|After|Before|Here|There|Then|Now|Instead|Yet|But|And|So|Still|Later|"
    r"Earlier|Last|This|Today|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday|Asked|Speaking|Meanwhile|"
    r"However|Also|Indeed|Again|Since|Even|Already|Outside|Inside|Across|Amid|Throughout|Near|Along|Under|Over|"
    r"Among|Through|Despite|Following|Within|As|From|By|To)\b[^,;:~“”\"]{0,120},\s*)+"
    r"(?:(?:after|before|in|on|at|during|with|for|despite|following|while|when|as)\b[^,;:~“”\"]{0,120},\s*)*"
)


def _det_np(text: str, start: int, at_end: bool) -> tuple[int, int] | None:
    """Span of a determiner-led lowercase noun phrase ('The complaint', 'one Obama insider'):
    the phrase ending text (at_end) or opening it."""
    words = list(_NP_TOKEN.finditer(text))
    if not words:
        return None
    if at_end:
        if text[words[-1].end():].strip():
            return None
        for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
            w = words[k].group()
            if w.lower() in _DET and k < len(words) - 1:
                if k and text[words[k - 1].end():words[k].start()].strip() == "" and (
                        words[k - 1].group()[0].isupper() or words[k - 1].group().lower() in _PREP):
                    return None  # 'for a Covid-19 vaccine', 'in a later interview': not a subject
                if any(x.group().lower() in _NP_STOP or x.group().lower() in _DET for x in words[k + 1:]):
                    return None
                if any(text[words[j].end():words[j + 1].start()].strip() for j in range(k, len(words) - 1)):
                    return None
                return start + words[k].start(), start + words[-1].end()
        return None
    if words[0].group().lower() not in _DET or text[:words[0].start()].strip():
        return None
    end = None
    for j in range(1, min(len(words), 6)):
        w = words[j].group()
        if text[words[j - 1].end():words[j].start()].strip() or w.lower() in _NP_STOP or w.lower() in _DET:
            break
        if w.islower() and (w.endswith(("ed", "ing")) or w in CUE_WORDS or (w.endswith("s") and j > 1 and not w.endswith("ss"))):
            if not w.endswith("s") or w in CUE_WORDS:
                break
        end = words[j].end()
    if end is None:
        return None
    return start + words[0].start(), start + end


def _lead_subject(sent: str, sent_start: int) -> tuple[int, int] | None:
    """The subject opening a sentence, past subordinate clauses and leading phrases; also a
    determiner-led common noun ('The billionaire businessman')."""
    off = 0
    sub = _SUBORD.match(sent)
    if sub:
        off = sub.end()
    m = _LEAD_PHRASE.match(sent, off) or re.match(r"[A-Z][a-z]+ly,\s*", sent[off:])
    if m:
        off = m.end() if m.re is _LEAD_PHRASE else off + m.end()
    rest = sent[off:]
    span = _clause_subject(rest, sent_start + off)
    if span:
        return span
    return _det_np(rest, sent_start + off, at_end=False)


_REL_COMMA = re.compile(r",\s+(?:who|which)\b")


def _late_cue(q: _Q, masked: str, mem: _Memory) -> None:
    """A partial quote the main rules left without a speaker: a reporting verb before it in its
    sentence whose subject has an appositive ('Jo Reyes, head of the union, noted the “…”'), is a
    common noun ('The complaint alleged that …'), or governs a participle or conjoined verb
    ('Reyes endorsed the plan, saying it “…”', '… and said it would “…”')."""
    sent = masked[q.sent_start:q.open_at]
    if not sent.strip() or sent.rstrip().endswith(":"):
        return
    sub = _SUBORD.match(sent)  # 'After Jo Reyes asked about it, the board became “…”'
    lo = sub.end() if sub else 0
    found = list(_CUE.finditer(sent, lo)) + [w for w in _LATE_WORD.finditer(sent, lo) if w.group() in _LATE_VERBS]
    as_verb = _AS_VERB.search(sent, max(lo, len(sent) - 90))  # 'Ortiz waved off the petition as “…”'
    if as_verb and not _WAS.search(sent, 0, as_verb.start()) and as_verb.group(1) not in _NOT_AS_VERBS:
        found.append(as_verb)
    cues = [c for c in sorted(found, key=lambda c: c.start()) if c.group()[0].islower()
            and not _noun_use(sent, c.start(), c.group())
            and sent[c.start() - 1:c.start()] not in ("-", "~")]
    for cm in reversed(cues[-2:]):
        cue = cm.group()
        seg = sent[:cm.start()].rstrip()
        t = _TRAIL_ADV.search(seg, max(0, len(seg) - 80))  # 'Clinton has increasingly told'
        core = seg[:t.start()] if t else seg
        core_s = core.rstrip()
        if cue.endswith("ing") or core_s.endswith(" and"):
            if not (core_s.endswith((",", " and")) or core_s.endswith(" by")):
                continue
            clause = core_s[:-4] if core_s.endswith(" and") else core_s
            semi = max(clause.rfind("; "), clause.rfind(", and "), clause.rfind(", but "))
            c0 = semi + (2 if clause[semi:semi + 2] == "; " else 6) if semi >= 0 else 0
            span = _lead_subject(sent[c0:], q.sent_start + c0)
            if span and span[1] - q.sent_start <= len(core_s) - 1 and _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem):
                return
            # 'One operative … tried to downplay it, saying …', 'Then he cut into Bush, calling him …'
            span = _intro_subject(clause, q.sent_start, pronoun=True) if cue.endswith("ing") and core_s.endswith(",") else None
            head = masked[span[0]:span[1]].split()[1:] if span else []
            if head and not any(w[:1].isupper() for w in head) and not (
                    head[-1] in _ROLE or _HUMAN_NOUN.search(head[-1])):
                span = None  # 'The first incident came …, shouting …' is not a speaker
            if span and _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem):
                return
            continue
        if core_s.endswith(","):
            inner = core_s[:-1].rstrip()
            k = inner.rfind(",")
            app = inner[k + 1:].lstrip() if k >= 0 else ""
            inv = re.match(rf"\s+(?P<subj>{_W}(?:\s+{_W}){{0,5}}?)\s*,", sent[cm.end():])
            if inv and cue in _SPEECH and (inv.group("subj")[0].isupper() or inv.group("subj").split()[0].lower() in _DET):
                # inverted parenthetical: 'The paradox of it, says Jo Reyes, a historian, is that …'
                s0 = q.sent_start + cm.end() + inv.start("subj")
                _set_from_np(q, inv.group("subj"), s0, cue, mem)
                return
            rel = _REL_COMMA.search(inner, max(0, len(inner) - 150))
            if rel:
                k, app = rel.start(), "who"
            if k >= 0 and len(app) <= 150 and app[:1].islower():
                head = inner[:k]
                span = _subject_before(head, q.sent_start) or _det_np(head, q.sent_start, at_end=True)
                pre = head[:span[0] - q.sent_start].rstrip() if span else ""
                if span and (not pre or pre.endswith(",") or pre.split()[-1] in STOP_CAPS):
                    _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem)
                return
            span = _subject_before(inner, q.sent_start)
            if span and _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem):
                return
            continue
        if cue in _LATE_VERBS or cm is cues[-1] or cm is as_verb:  # 'Jo Reyes has told …': the main rules keep 'has' in the subject
            span = _subject_before(core, q.sent_start)
            pre = sent[:span[0] - q.sent_start].rstrip() if span else ""
            if span and (not pre or pre.endswith((",", "—", "–")) or pre.split()[-1] in STOP_CAPS
                         or pre.split()[-1] in ("and", "but", "as", "who", "whom", "which")) and _set_from_np(
                    q, masked[span[0]:span[1]], span[0], cue, mem):
                return  # the subject opens its clause ('the man who ran the campaign has said' is not 'campaign')
        if cue in _SPEECH or cue in _LATE_VERBS:
            span = _det_np(core, q.sent_start, at_end=True)
            if span and _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem):
                return
        if cue in ("said", "say", "says"):  # poll shares: 'About four in 10 said they were “…”'
            m = _SHARE_NP.search(core.rstrip())
            if m and (m.start() == 0 or core[:m.start()].rstrip()[-1:] in ",;—–" or core[:m.start()].split()[-1] in ("which", "whom", "and", "while")):
                _set_from_np(q, m.group(), q.sent_start + m.start(), cue, mem)
                if q.speaker is not None:
                    return


_SPEECH_NOUN = (r"(?:claims?|statements?|warnings?|assertions?|arguments?|promises?|pledges?|vows?|insistence|"
                r"suggestions?|comments?|remarks?|calls?|charges?|accusations?|contention|complaints?|denials?|"
                r"declarations?|announcement|predictions?|threats?|demands?|admission|characterization)")
_POSS_SPEECH = re.compile(
    rf"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}})(?:’s|'s|(?<=s)[’']))"
    rf"\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{_SPEECH_NOUN})(?:\s+(?:that|of|for|to|about)\b[^~“”\"]{{0,90}}|\s*[:,]?\s*)$")
_POSS_PRON = {"his": "he", "her": "she", "their": "they"}


def _possessive_speech_noun(q: _Q, masked: str, mem: _Memory) -> None:
    """A partial quote governed by a possessed speech noun: 'his promise to be “neutral”', 'her
    claim that she “never sent …”', 'Trump's claim that Obama “founded …”'; the mention is the
    possessor, a possessive pronoun resolving like he/she/they."""
    sent = masked[q.sent_start:q.open_at]
    m = _POSS_SPEECH.search(sent, max(0, len(sent) - 160))
    if not m or _CUE.search(sent, m.end("noun")):
        return
    start = q.sent_start + m.start()
    if m.group("pron"):
        name = mem.resolve_pronoun(_POSS_PRON[m.group("pron").lower()], start)
        if name:
            q.speaker, q.mention, q.cue = name, (start, start + len(m.group("pron"))), "-noun"
    else:
        _set_from_np(q, m.group("name"), start, "-noun", mem)


_INTRO_CUE = re.compile(rf"\b(?P<cue>{_CUE_ALT}|put\s+it|to\s+know)\s*$")
_INV_INTRO = re.compile(rf"(?:^|[,(—–]\s*)(?P<cue>[Ss]aid|[Ss]ays|[Ww]rote|[Aa]dded|[Ee]xplained|[Aa]sked|[Nn]oted)\s+(?P<subj>{_W}(?:\s+{_W}){{0,6}})$")
_NOT_BEFORE_NAME = frozenset("to in on at with of for into onto about over under against than as via".split())
_LY_TAIL = re.compile(r"(?:\s+[a-z]+ly)+$")


def _late_intro(q: _Q, masked: str, mem: _Memory) -> None:
    """A quote introduced by a colon or by a speech verb and a comma that no rule attributed
    ('The letter continues: “…”', 'he began by saying, “…”', '- Philip Bump: “…”', 'Said Comey, “…”')."""
    sent = masked[q.sent_start:q.open_at].rstrip()
    if not sent.endswith((":", ",")) or "~" in sent[-3:]:
        return
    head = sent[:-1].rstrip()
    inv = _INV_INTRO.search(head)
    if inv and inv.group("subj")[:1].isupper():
        _set_from_np(q, inv.group("subj"), q.sent_start + inv.start("subj"), inv.group("cue").lower(), mem)
        return
    cm = _INTRO_CUE.search(head)
    if cm:
        cue = cm.group("cue")
        if _passive(head[:cm.start()], cue):
            return  # 'Lee was asked, “…?”'
        seg = head[:cm.start()].rstrip()
        t = _TRAIL_ADV.search(seg, max(0, len(seg) - 80))  # 'could only quip:', 'angrily said,'
        seg = _LY_TAIL.sub("", seg[:t.start()] if t else seg)
        span = _subject_before(seg, q.sent_start)
        pre = seg[:span[0] - q.sent_start].split()[-3:] if span else []
        ok_pre = {"with"} if cue.endswith("ing") else set()  # 'with Trump reportedly yelling:'
        if span and not any(w.lower() in _NOT_BEFORE_NAME - ok_pre for w in pre[-1:]):
            _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem)
            return
        span = _intro_subject(head[:cm.start()], q.sent_start, pronoun=True)
        if span:
            _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem)
        return
    if not sent.endswith(":"):
        return
    span = _subject_before(head, q.sent_start)  # '- Philip Bump:', 'doesn’t surprise pollster Jo Reyes:'
    pre = re.split(r"[,;:—–]|\s-\s", head[:span[0] - q.sent_start])[-1].split()[-4:] if span else []
    if span and not any(w.lower() in _NOT_BEFORE_NAME for w in pre) and _set_from_np(
            q, masked[span[0]:span[1]], span[0], ":", mem):
        return
    span = _intro_subject(head, q.sent_start)
    if span:
        _set_from_np(q, masked[span[0]:span[1]], span[0], ":", mem)


_PRON_CONTRACTION = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ww]e|[Yy]ou|[Tt]hey|I)(?P<aux>['’](?:s|re|ve|d|ll|m))\b")
_SUBJ_PRON = re.compile(r"(?<!where )(?<!which )(?<!that )(?<!who )(?<!if )\b(?:he|she|they|we|I|He|She|They|We)\s+(?=[a-z])")


def _intro_subject(seg: str, start: int, pronoun: bool = False) -> tuple[int, int] | None:
    """The subject of the clause a colon or speech verb ends: the last 'he/she/they/we' before a
    verb ('When he returned he began by saying'), else the opening noun phrase, also a
    determiner-led one ('The letter continues')."""
    d = _DATELINE.match(seg)  # not the '(' of a dateline's '(UPI) — '
    lo = d.end() if d else 0
    c0 = max(seg.rfind("; ", lo), seg.rfind(", and ", lo), seg.rfind(", but ", lo), seg.rfind(" that ", lo), seg.rfind("(", lo))
    c0 = c0 + (1 if seg[c0:c0 + 1] == "(" else 2 if seg[c0:c0 + 2] == "; " else 5 if seg[c0:c0 + 6] == " that " else 6) if c0 >= 0 else lo
    while c0 < len(seg) and seg[c0] == " ":
        c0 += 1
    prons = list(_SUBJ_PRON.finditer(seg, c0)) if pronoun else []
    if prons:
        p = prons[-1]
        return start + p.start(), start + p.start() + len(p.group().rstrip())
    sub = seg[c0:]
    span = _lead_subject(sub, start + c0)
    if span and not all(w.lower() in _FUNCTION or w in STOP_CAPS for w in seg[span[0] - start:span[1] - start].split()):
        return span
    d = _SUBORD.match(sub)
    off = d.end() if d else 0
    span = _det_np(sub[off:], start + c0 + off, at_end=False)
    m = span is None and _DET_NOUN.match(sub, off)  # 'The email goes on to say': a noun that is also a cue
    return (start + c0 + m.start(), start + c0 + m.end()) if m else span


_DET_NOUN = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[a-z][\w\-]+(?=\s+[a-z])")


# first- and second-person words mark a quote as speech, not a scare quote or a title
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us|you|You|your|Your)\b")
_VERB_WORD = re.compile(r"\b[a-z]{2,}")
_NOT_SPEAKER_LEAD = frozenset("it that this there here what".split())


def _late_first_person(q: _Q, masked: str, mem: _Memory) -> None:
    """A partial quote in the first or second person is speech, whatever its length: the
    sentence's opening noun phrase before a verb says it ('Lena Ortiz thanked the crew for
    “keeping us safe.”'; not 'It', 'That’s', or a lone word before a comma)."""
    span = _clause_subject(masked[q.sent_start:q.open_at], q.sent_start)
    if not span:
        return
    np = masked[span[0]:span[1]]
    words = list(_VERB_WORD.finditer(masked, span[1], q.open_at))
    verb = next((w for w in words if w.group().endswith("ed")), words[0] if words else None)
    nxt = masked[span[1]:span[1] + 1]
    if (verb is None or re.sub(r"[’']s$", "", np).lower() in _NOT_SPEAKER_LEAD or nxt in ("’", "'")
            or (nxt == "," and " " not in np)):
        return
    _set_from_np(q, np, span[0], verb.group(), mem)


# the share of a poll's respondents as a subject: 'About four in 10', '21 percent', 'half of voters'
_SHARE_NP = re.compile(
    r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Oo]nly|[Jj]ust|[Aa]t\s+least|[Mm]ore\s+than|[Ff]ewer\s+than)\s+)?"
    r"(?:\d[\d,.]*\s*(?:%|percent)|[a-z]+\s+in\s+(?:\d+|ten)|[Hh]alf|[Aa]\s+third|[Tt]wo-thirds|[Aa]\s+majority)"
    r"(?:\s+of\s+(?:[a-z][\w’'\-]*)(?:\s+[a-z][\w’'\-]*){0,4})?$"
)
_LATE_ADV = frozenset("now also later then again once recently simply only just still further quickly flatly "
                      "repeatedly finally first matter-of-factly".split())
_LATE_SUBJ_END = re.compile(
    r"\s+(?:in|on|at|that|to|during|after|before|about|as|from|when|while|with|last|this|who|which)\b")
_AFTER_END = re.compile(r"[.!?](?=\s|$)|[“”\"~;:(<>]")


def _np_words_ok(np: str, allow_of: bool = False) -> bool:
    """A plausible speaker noun phrase after a quote: a name, a pronoun, a determiner or role noun
    ('political scientist Jo Reyes', 'the email', 'federal prosecutors'), no verbs or clauses."""
    words = np.split()
    if not words or len(words) > 9:
        return False
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in _NP_STOP and not (lw in ("of", "and") and k + 1 < len(words) and words[k + 1][:1].isupper()) and not (
                allow_of and lw == "of"):
            return False
    if _PRON.fullmatch(np):
        return True
    last = words[-1].lower()
    return (any(w[:1].isupper() for w in words) or words[0].lower() in _DET
            or last in _ROLE or last.rstrip("s") in _ROLE or last.rstrip("s") in _SPEAKER_NOUNS)


# after a sentence-initial quote: an inverted past-tense verb and a name ('“Q!” beamed Jo Reyes.')
_INV_VERB = re.compile(
    rf"(?P<cue>[a-z]{{3,}}ed)\s+(?P<subj>(?:[a-z]+\s+){{0,2}}?{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}}(?:\s+(?:of|from)\s+{_NAME_TOK}(?:\s+{_NAME_TOK})?)?)(?=\s*(?:[,.;(]|$))"
)
_NOT_INV_VERB = frozenset("named called dubbed titled entitled labeled labelled headlined featured starred".split())


def _late_after(q: _Q, masked: str, nxt_open: int, mem: _Memory) -> None:
    """A cue after the quote that the main rules missed: a lowercase-led or mis-split subject
    ('“Q,” political scientist Jo Reyes told …', '“Q,” the email said'), or words between the
    quote and a ', said S' / ', S said' ('“Q” about the ruling, said Jo Reyes, a union leader')."""
    after = masked[q.close_at:min(nxt_open, q.close_at + 300)]
    body = after.lstrip(" ,—–-")
    if not body or (q.tail in ".!?" and not body[:1].islower()) or body[:1] in ")]<>":
        return  # what follows is the next sentence, or the quote is a bracketed title
    off = len(after) - len(body)
    inv = _INV_VERB.match(body) if q.tail in ",!?—–-" and q.initial else None
    if inv and inv.group("cue") not in _NOT_INV_VERB:  # '“Q!” beamed Jo Reyes, a delegate'
        if _set_from_np(q, inv.group("subj"), q.close_at + off + inv.start("subj"), inv.group("cue"), mem):
            return
    limit = len(body)
    for end in _AFTER_END.finditer(body):
        if body[end.start()] != "." or not _NOT_SENT_END.search(body, max(0, end.start() - 4), end.start()):
            limit = end.start()
            break
    found = list(_CUE.finditer(body, 0, limit)) + [
        w for w in _LATE_WORD.finditer(body, 0, limit) if w.group() in _LATE_VERBS]
    for cm in sorted(found, key=lambda c: c.start())[:3]:
        if cm.group()[0].isupper() or cm.group() == "according to" or _noun_use(body, cm.start(), cm.group()):
            continue
        prefix = body[:cm.start()]
        if not prefix.strip():  # '“Q,” said master of ceremonies Jo Reyes, a ...'
            if not q.initial:
                continue
            m = re.match(rf"\s+(?P<subj>{_W}(?:\s+{_W}){{0,7}})", body[cm.end():limit])
            subj = _LATE_SUBJ_END.split(m.group("subj"), maxsplit=1)[0] if m else ""
            if subj and subj[:1].islower() and _np_words_ok(subj, allow_of=True) and (
                    any(w[:1].isupper() for w in subj.split()) or subj.split()[0].lower() in _DET):
                _set_from_np(q, subj, q.close_at + off + cm.end() + m.start("subj"), cm.group(), mem)
                return
            continue
        words = prefix.split()
        while words and words[-1].lower() in _LATE_ADV:
            words.pop()
        np = " ".join(words)
        if "," in prefix:
            if q.tail in ".!?":
                return
            head, _, last = prefix.rpartition(",")
            last = last.strip()
            if not last:  # '“Q” about the ruling, said Jo Reyes, a union leader'
                m = re.match(rf"\s*(?P<subj>{_W}(?:\s+{_W}){{0,5}})", body[cm.end():])
                if m and m.group("subj")[:1].isupper():
                    subj = _CUE_SUBJ_END.split(m.group("subj"), maxsplit=1)[0]
                    s0 = q.close_at + off + cm.end() + m.start("subj")
                    if _set_from_np(q, subj, s0, cm.group(), mem):
                        return
                continue
            lw = last.split()
            while lw and lw[-1].lower() in _LATE_ADV:
                lw.pop()
            np = " ".join(lw)
            if not _np_words_ok(np) or not (np[:1].isupper() or _PRON.fullmatch(np)):
                continue
            raw_last = prefix[len(head) + 1:]
            s0 = q.close_at + off + len(head) + 1 + len(raw_last) - len(raw_last.lstrip())
            if _set_from_np(q, np, s0, cm.group(), mem):
                return
            continue
        if not _np_words_ok(np) or (cm.group() not in _SPEECH and not _PRON.fullmatch(np)
                                    and not any(w[:1].isupper() for w in words)):
            continue  # a common-noun subject needs a plain speech verb ('their efforts add' is not one)
        if np[:1].islower() and not _PRON.fullmatch(np) and q.tail not in ",!?—–-" and not q.initial:
            continue  # 'The “wise Latina” phrase Grassley cited' is not an attribution
        if _set_from_np(q, np, q.close_at + off, cm.group(), mem):
            return


_PASSIVE = re.compile(r"\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:being\s+)?[a-z]+(?:ed|en)\b")


_AS_SOURCE = re.compile(rf"\b[Aa]s\s+(?P<subj>{_W}(?:\s+{_W}){{0,6}}?)\s+(?:{_CUE_ALT}),")
_LAST_DASH = re.compile(r"[—–;]\s*(?=[^—–;]*$)")


def _colon_intro(q: _Q, masked: str, prev: tuple[int, int], ends: list[int], mem: _Memory) -> None:
    """A paragraph opening with a quote after an intro paragraph ending in a colon
    ('He then listed the qualities he wanted:'): the speaker is the intro sentence's subject."""
    intro = masked[prev[0]:prev[1]].rstrip()
    if not intro.endswith(":") or "~" in intro[-3:]:
        return
    ss = _sentence_start(ends, prev[0], prev[0] + len(intro) - 1)
    sent = masked[ss:prev[0] + len(intro) - 1]
    last = re.search(r"\s([a-z]{3,}(?:ed|s))\s*$", sent)  # 'and Breitbart News responded:'
    span = _subject_before(sent[:last.start()], ss) if last else None
    if span is None:
        span = _clause_subject(sent, ss)
        if span and _PASSIVE.match(masked, span[1]):
            return  # 'The Ambassador is being furnished the following:' is not the speaker
    if span and _set_from_np(q, masked[span[0]:span[1]], span[0], ":", mem):
        return
    am = _AS_SOURCE.search(sent)  # 'as Jo Reyes observed, the winner was the stage itself:'
    if am and _set_from_np(q, am.group("subj"), ss + am.start("subj"), ":", mem):
        return
    dash = _LAST_DASH.search(sent)  # '… and how tempting that is!— Reyes called them on it:': the clause after a dash
    span = _clause_subject(sent[dash.end():], ss + dash.end()) if dash else None
    if span:
        _set_from_np(q, masked[span[0]:span[1]], span[0], ":", mem)


# a line that only names the speaker and closes the quote left open above it, as under a pull quote
# or an embedded post: '"Q. ¶ Jo Reyes, Center for Policy."'
_SIGNATURE = re.compile(r"\s*(?P<subj>[A-Z][^\"“”~\n.!?:;]{2,80}?)\.?[\"”]\s*")


def _signature(q: _Q, masked: str, nxt: tuple[int, int], mem: _Memory) -> None:
    m = _SIGNATURE.fullmatch(masked, nxt[0], nxt[1])
    if m and not _CUE.search(m.group("subj")):  # the name before an affiliation: 'Jo Reyes, Harbour Trust'
        _set_from_np(q, m.group("subj").split(",")[0], m.start("subj"), "", mem)


# a paragraph whose last sentence reports a speech act, before a paragraph that is only a quote:
# 'The union issued a statement on Friday. ¶ “Q.”', 'Reyes praised the crews. ¶ “Q.”'
_INTRO_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?P<verb>praised|criticized|criticised|condemned|blasted|slammed|lauded|"
                         r"hailed|elaborated|continued|reported|issued|released|posted)\b")


def _speech_act_intro(q: _Q, masked: str, prev: tuple[int, int], ends: list[int], mem: _Memory) -> None:
    """A quote-only paragraph after a quote-free paragraph ending in 'S praised/issued/… …': S is the speaker."""
    intro = masked[prev[0]:prev[1]].rstrip()
    if not intro.endswith(".") or "~" in intro:
        return
    ss = _sentence_start(ends, prev[0], prev[0] + len(intro) - 2)
    sent = masked[ss:prev[0] + len(intro)]
    span = _clause_subject(sent, ss)
    vm = _INTRO_VERB.match(masked, span[1]) if span else None
    if vm:
        _set_from_np(q, masked[span[0]:span[1]], span[0], vm.group("verb"), mem)


def _set_from_np(q: _Q, np: str, np_start: int, cue: str, mem: _Memory) -> bool:
    name, ms, me = _speaker_from_np(np, np_start, mem)
    if name:
        q.speaker, q.mention, q.cue = name, (ms, me), cue
    return bool(name)


def _sentence_start(ends: list[int], lo: int, pos: int) -> int:
    """Start of the sentence holding pos: after the last sentence end, within the paragraph and 600 chars."""
    k = bisect_right(ends, pos) - 1
    return max(lo, pos - 600, ends[k] if k >= 0 else 0)


def extract(text: str, doc_id: str | None = None) -> list[Quote]:
    """Direct quotations in text, each with its resolved speaker; never raises on a str."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _extract(text, doc_id)
    except Exception as err:  # noqa: BLE001 - robustness contract: a bad document yields no quotes
        warnings.warn(f"quotestance.quotes.extract: internal error on document {doc_id!r} "
                      f"({type(err).__name__}: {err}); no quotes returned for it", RuntimeWarning, stacklevel=2)
        return []


def _extract(text: str, doc_id: str | None) -> list[Quote]:
    work = clean(text)
    doubles = '"' in work or "“" in work or "”" in work or "«" in work or "„" in work
    if not doubles and "'" not in work and "‘" not in work:
        return []
    paras = [(m.start(), m.end()) for m in _LINE.finditer(work) if not m.group().isspace()]
    raw: list[_Q] = []
    chars = list(work)
    # single marks are quotation marks only in documents with no double marks (wire style);
    # elsewhere they are nested quotes, scare quotes and headline quotes
    all_spans = [_pair_marks(work, lo, hi) if doubles else _pair_single(work, lo, hi, _two_apostrophes(work, lo, hi))
                 for lo, hi in paras]
    if not doubles:
        _continue_single(work, paras, all_spans)
    else:
        _continue_double(work, paras, all_spans)
    _continue_unclosed(work, paras, all_spans, not doubles)
    for pi, (lo, hi) in enumerate(paras):
        for span in all_spans[pi]:
            open_at, close = span[0], span[1]
            end = close if close is not None else hi
            s, e = open_at + 1, end
            while s < e and work[s].isspace():
                s += 1
            while e > s and work[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            raw.append(_Q(s, e, open_at, end + 1 if close is not None else hi, pi, lo, hi, close is None,
                          tail=_tail(work, s, e), single=len(span) > 2))
            for k in range(s, e):
                chars[k] = "~"
    if not raw:
        return []
    kept, title_end = [], -1
    for q in raw:
        if _is_title_quote(work, q, title_end):
            title_end = q.close_at
        else:
            kept.append(q)
    raw = kept
    if not raw:
        return []
    masked = "".join(chars)
    if "(" in masked:  # '(R-Fla.)' between a name and its verb
        masked = _PARTY.sub(lambda m: " " * len(m.group()), masked)
        # a short bracket inside a role before a name: 'director general (Varanasi zone) Braj Bhushan said'
        masked = _ROLE_BRACKET.sub(lambda m: " " * len(m.group()), masked)
    # a contracted auxiliary after a subject pronoun is blanked, so 'he’s said' reads as 'he said'
    masked = _PRON_CONTRACTION.sub(lambda m: m.group()[:m.start("aux") - m.start()] + " " * len(m.group("aux")), masked)
    mem = _Memory(masked)
    mem.closes_sentence = {q.close_at - 1 for q in raw if q.tail in ".!?" and not q.runs_on}
    ends = [m.end() for m in _SENT_END.finditer(masked)
            if masked[m.start()] != "." or not _NOT_SENT_END.search(masked, max(0, m.start() - 4), m.start())]
    # a quote ending in . ! ? ends its sentence too when a capitalised word follows
    # ('called it “quite dangerous.” Gov. Chris Christie … called …'): the period is masked
    q_ends = [m.end() for q in raw if q.tail in ".!?" and not q.runs_on
              for m in (_AFTER_Q_END.match(masked, q.close_at),) if m]
    if q_ends:
        ends = sorted(set(ends).union(q_ends))
    mem.ends = ends
    mem.subjects = _cue_subjects(masked, paras, ends, mem)
    for i, q in enumerate(raw):
        q.sent_start = _sentence_start(ends, q.para_lo, q.open_at)
        q.initial = not masked[q.sent_start:q.open_at].strip()
        same_para_next = raw[i + 1].open_at if i + 1 < len(raw) and raw[i + 1].para == q.para else q.para_hi
        _attribute(q, masked, same_para_next, mem)
        if q.speaker is None and q.runs_on and q.para + 1 < len(paras):
            _signature(q, masked, paras[q.para + 1], mem)
        if q.speaker is None and q.initial and q.para and not masked[q.para_lo:q.open_at].strip():
            _colon_intro(q, masked, paras[q.para - 1], ends, mem)
            if q.speaker is None and _only_quotes(masked, paras[q.para]):
                _speech_act_intro(q, masked, paras[q.para - 1], ends, mem)
        before = masked[q.sent_start:q.open_at].rstrip()
        q.partial = not (q.initial or before.endswith((":", ",")))
        if q.speaker and q.mention:
            mem.speakers.append((q.mention[0], q.speaker, _is_org(q.speaker.split())))
            pron = masked[q.mention[0]:q.mention[1]].lower()
            if pron in ("he", "she") and q.speaker not in mem.gender:
                mem.gender[q.speaker] = PRONOUNS[pron]
    _propagate(raw, paras, masked, mem.subjects, ends, mem)
    late = False
    for i, q in enumerate(raw):
        if q.speaker is None and not q.initial:
            _late_cue(q, masked, mem)
        if q.speaker is None and not q.initial:
            _possessive_speech_noun(q, masked, mem)
        if q.speaker is None:
            nxt = raw[i + 1].open_at if i + 1 < len(raw) and raw[i + 1].para == q.para else q.para_hi
            _late_after(q, masked, nxt, mem)
            late = late or q.speaker is not None
        if (q.speaker is None and q.tail in ",?!" and not q.runs_on and q.para + 1 < len(paras)
                and not masked[q.close_at:q.para_hi].strip()):
            # the attribution broken onto the next line: '“Q, ” ¶ Deputy Director Ann Wu said.'
            lo, hi = paras[q.para + 1]
            m = _NEXT_LINE_CUE.fullmatch(masked, lo, hi)
            if m and m.group("subj")[0].isupper():
                _set_from_np(q, m.group("subj"), m.start("subj"), m.group("cue"), mem)
                late = late or q.speaker is not None
        if q.speaker is None and not q.initial:
            _late_intro(q, masked, mem)  # no new propagation: it would only chain lists of titles further
        if q.speaker is None and not q.initial and _FIRST_PERSON.search(work, q.start, q.end):
            _late_first_person(q, masked, mem)
    if late:  # let split and floating quotes inherit the speakers found late
        _propagate(raw, paras, masked, mem.subjects, ends, mem)
    _name_roles(raw, masked, mem)
    out = []
    for q in raw:
        if q.speaker is None:
            continue
        ms, me = q.mention if q.mention else (None, None)
        out.append(Quote(text[q.start:q.end], q.start, q.end, q.speaker,
                         text[ms:me] if ms is not None else None, ms, me, q.cue, q.partial, q.para, doc_id))
    return out


_NEXT_LINE_CUE = re.compile(rf"\s*(?P<subj>{_W}(?:\s+{_W}){{0,7}}?)\s+(?P<cue>said|says|added|adds|wrote|writes)\s*\.\s*")
_TITLE_SMALL = frozenset("a an the of and or in on at to for with by from vs is".split())
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d+")
# what comes before a title in news prose: 'on ABC’s “This Week”', 'a memo titled “…”', 'the book “…”'
_TITLE_CTX = re.compile(
    r"(?:’s|'s|\b(?:on|of|titled|entitled|show|program|programme|book|film|movie|series|album|song|"
    r"sitcom|memoir|documentary|network|channel|column|article|headline|op-ed|magazine|newspaper|podcast|"
    r"broadcast|episode|installment|edition|editorial|essay|called|named|dubbed|billed\s+as|heading|motto|"
    r"itself))(?:\s*\([^()]{1,30}\))?,?\s*$",
    re.I,
)


# a naming verb with its object before a title-cased span: 'dubbed its June issue the “Harbour Number”'
_NAMED_CTX = re.compile(r"\b(?:dubbed|named|labell?ed|branded|billed|christened|renamed|titled)\s+"
                        r"(?:[\w'’\-]+\s+){1,5}?(?:the|a|an|as)\s*$"
                        r"|\bknown\s+(?:[\w'’\-]+\s+){0,5}?as(?:\s+the|\s+an?)?\s*$")
_BY_LINE = re.compile(r"\s*by\s+(?:the\s+)?[A-Z]")
# a scare-quoted term, not a statement: 'the so-called “quiet zones”'; a term discussed, not used:
# 'the definition of “resident”', 'the principle of “open water”' (not 'the term/words “…”': PolNeAR
# counts those inside an attribution as content)
_SCARE_CTX = re.compile(r"\bso-called\s*$|\b(?:the|a|an|this|that|its|his|her|their)\s+(?:definitions?|notions?|"
                        r"concepts?|principles?|meanings?)\s+of\s*$", re.I)
_TITLE_LIST = re.compile(r",?\s*(?:(?:,|and|or|,\s*and|,\s*or)\s*)")
_TITLE_CTX2 = re.compile(
    r"\b(?:(?:show|program|programme|book|film|movie|series|album|sitcom|memoir|documentary|column|article|"
    r"magazine|podcast|play|novel|songs?|hits|titles?|shows|films|movies|books),|starred\s+in|roles?\s+in|"
    r"appear(?:ed|s)?\s+on|including|such\s+as|like)\s*$",
    re.I,
)
# a title used as a modifier: 'the “Avatar” star', '“Daily Show” host', 'the “Make America Great Again” hat'
_TITLE_MOD = re.compile(r"\s+(?:star|host|hosts|anchor|actor|actress|creator|hat|hats|pins?|buttons?|campaign|phrase|feature|syllabus|"
                        r"uprisings?|brand|logo|program|segment|episode|franchise|broadcast|airs|aired|premieres|premiered)\b")


def _name_roles(raw: list[_Q], masked: str, mem: "_Memory") -> None:
    """'… the defence minister said Sunday. ¶ Kiran Rao said …': a role that a lede gives
    without a name is the person named as the next reporting subject within three more sentences; quotes
    left with that bare role ('the minister said') take the person."""
    found: dict[str, str | None] = {}
    for q in raw:
        sp = q.speaker
        if not sp or not q.mention or sp[:1].isupper() or sp.split()[-1] not in _ROLE_NOUNS:
            continue
        role = sp.split()[-1]
        if role not in found:
            found[role] = None
            m = re.search(rf"\b[Tt]he\s+(?:[\w\-]+\s+){{0,4}}?{role}\b", masked)
            if m:
                stop = m.end()
                for _ in range(4):  # the role's sentence and the next three
                    stop = masked.find(". ", stop + 1)
                    if stop < 0:
                        stop = len(masked)
                        break
                for ms, name, (a, b), _, pos, _ in mem.subjects:
                    if m.end() < ms < stop and " " in name and name[:1].isupper() and not _is_org(name.split()):
                        if masked[a:b] == name:  # a bare name, not one with a role of its own ('Gen Asim Bajwa')
                            found[role] = name
                            break
        if found[role]:
            q.speaker = found[role]


def _is_title_quote(work: str, q: _Q, title_end: int = -1) -> bool:
    """A quoted title or name, not a statement: no letters at all ('1448038800'), or a short
    title-cased span after a title context ('Christie said on ABC’s “This Week.”')."""
    words = _TITLE_WORD.findall(work, q.start, q.end)
    if not any(c.isalpha() for c in work[q.start:q.end]):
        return True
    if (q.tail == "," and not q.runs_on and _BY_LINE.match(work, q.close_at)
            and (not work[q.para_lo:q.open_at].strip() or work[q.open_at - 1] in "—–")):
        return True  # a linked headline in a round-up: 'FAREWELL—“The Old Mill to close,” by Times’ Jo Reyes:'
    if (len(words) <= 4 and q.tail not in ".!?" and not q.runs_on
            and _SCARE_CTX.search(work, max(q.para_lo, q.open_at - 40), q.open_at)):
        return True
    subtitle = len(words) >= 3 and ": " in work[q.start:q.end]  # 'Infinite City: A River Atlas'
    if not words or len(words) > (20 if subtitle else 10) or q.runs_on:
        return False
    if not all(w[0].isupper() or w[0].isdigit() for k, w in enumerate(words) if k == 0 or w.lower() not in _TITLE_SMALL):
        return False
    if subtitle or _TITLE_CTX.search(work, max(q.para_lo, q.open_at - 40), q.open_at) or _NAMED_CTX.search(
            work, max(q.para_lo, q.open_at - 60), q.open_at):
        return True
    if q.para_lo <= title_end <= q.open_at and _TITLE_LIST.fullmatch(work, title_end, q.open_at):
        return True  # the next title of a list: '“Harbour Lights” and “The Quiet Ferry”'
    if _TITLE_CTX2.search(work, max(q.para_lo, q.open_at - 40), q.open_at):
        return True
    return bool(q.tail not in ",.!?;:" and _TITLE_MOD.match(work, q.close_at))


def _cue_subjects(masked: str, paras: list[tuple[int, int]], ends: list[int], mem: "_Memory") -> list[tuple]:
    """(mention_start, speaker, (mention_start, mention_end), paragraph, cue_pos, cue) of 'S said/says ...' outside quotes."""
    out: list[tuple] = []
    mem.reporters = out
    starts = [lo for lo, _ in paras]
    for m in _WORD.finditer(masked):
        w = m.group()
        if w not in _SUBJ_CUES:
            continue
        pos = m.start()
        if _NOUN_CTX.search(masked, max(0, pos - 12), pos):
            continue
        k = bisect_right(starts, pos) - 1
        if k < 0:
            continue
        ss = _sentence_start(ends, paras[k][0], pos)
        sub = _SUBORD.match(masked, ss + len(masked[ss:pos]) - len(masked[ss:pos].lstrip()))
        if sub and pos < sub.end():
            continue  # 'While Comey said …, the senators disagreed.': not the sentence's reporting subject
        span = _subject_before(masked[ss:pos], ss)
        if not span:
            app = _APPOS_NAME.search(masked, max(ss, pos - 60), pos)
            if not app:  # 'Jo Reyes, the spokeswoman for the trust that runs the site, told …': a name opening the sentence
                app = _LEAD_APPOS.match(masked, ss + len(masked[ss:pos]) - len(masked[ss:pos].lstrip()), pos)
            if not app:  # 'On the other side, Sen. Ada Roth, a candidate who …, tweeted': after a leading phrase
                app = _LEAD_APPOS.search(masked, max(ss, pos - 230), pos)
                if app and not masked[ss:app.start()].rstrip().endswith(","):
                    app = None
            if not app or app.group(1).split()[0] in STOP_CAPS:
                continue  # 'the head of Central Command, General Tommy Franks, says': the name in apposition
            span = app.start(1), app.end(1)
        prev = out[-1] if out and k - 1 <= out[-1][3] <= k and " " in out[-1][1] and masked[out[-1][0]:out[-1][0] + 4] not in ("The ", "the ") else None
        if prev and masked[span[0]:span[1]] in ("he", "she", "He", "She") and prev[4] >= _sentence_start(ends, paras[prev[3]][0], ss - 1):
            mem.subjects = [prev]  # 'Mr Lew says … . He says …': the previous sentence's reporting subject
        name, ms, me = _speaker_from_np(masked[span[0]:span[1]], span[0], mem)
        mem.subjects = []
        if name and not _PRON.fullmatch(name):
            out.append((ms, name, (ms, me), k, pos, w))
    return out


_HON_OPEN = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z][\w\-]+)\b")


def _propagate(raw: list[_Q], paras: list[tuple[int, int]], masked: str, subjects: list[tuple] = (),
               ends: list[int] = (), mem: "_Memory | None" = None) -> None:
    """Share speakers along run-on chains, within sentences, to split and floating quotes."""
    # run-on chains: an unclosed quote continues into the next paragraph if that opens with a mark
    chain_id = 0
    for i, q in enumerate(raw):
        if q.chain < 0:
            q.chain = chain_id
            chain_id += 1
        if q.runs_on and i + 1 < len(raw):
            r = raw[i + 1]
            lo = paras[r.para][0] if r.para < len(paras) else 0
            if r.para == q.para + 1 and not masked[lo:r.open_at].strip():
                r.chain = q.chain
    by_chain: dict[int, _Q] = {}
    for q in raw:
        if q.speaker and q.chain not in by_chain:
            by_chain[q.chain] = q
    for i, q in enumerate(raw):
        src = by_chain.get(q.chain)
        # '“A,” X said. “B ¶ “C,” he added.': B continues X's quote of its own paragraph, not C's cue
        continues_own = (q.runs_on and q.initial and i > 0 and raw[i - 1].para == q.para
                         and raw[i - 1].speaker is not None and src is not None and src.para > q.para)
        if q.speaker is None and src is not None and not continues_own:
            q.speaker, q.mention, q.cue = src.speaker, src.mention, src.cue
    # quotes in one sentence share the sentence's attribution ('“A” and “B,” he said')
    for a, b in zip(raw, raw[1:]):
        if a.para == b.para and a.sent_start == b.sent_start:
            if a.speaker is None and b.speaker is not None:
                a.speaker, a.mention, a.cue, a.partial = b.speaker, b.mention, b.cue, True
            elif b.speaker is None and a.speaker is not None:
                b.speaker, b.mention, b.cue, b.partial = a.speaker, a.mention, a.cue, True
    # split and floating quotes: a sentence-initial quote inherits the last speaker nearby
    last: _Q | None = None
    subj_pos = [t[4] for t in subjects]
    prev: _Q | None = None
    for q in raw:
        if prev is not None and prev.para == q.para and not masked[prev.close_at:q.open_at].strip():
            q.initial = True  # follows the previous quote directly ('“A. "B')
        prev = q
        # a connective-led quote ('… he said. Then, “Q.”') continues a speaker of its own paragraph only
        linked = not q.initial and q.speaker is None and _connective_led(q, masked)
        if q.speaker is None and (q.initial or linked) and subjects:
            # the speaker of the previous sentence ('S said on Monday. “Q.”'), if more recent than the last quote
            k = bisect_right(subj_pos, q.open_at) - 1
            if k >= 0:
                ms, name, mention, para, pos, cue = subjects[k]
                between = bisect_right(ends, q.open_at) - bisect_right(ends, pos)
                # not another reporting verb inside the last quote's own sentence ('“A,” Lee told the
                # WSJ, after Doe stated an interest …. “B.”'): B continues A
                other_in_last = (last is not None and last.para == para and last.mention is not None
                                 and ms != last.mention[0]
                                 and bisect_right(ends, pos) == bisect_right(ends, last.close_at)
                                 == bisect_right(ends, last.mention[0]))
                if ((last is None or pos > last.close_at) and not other_in_last and q.para - para <= 1 and between <= 1
                        and (q.initial or para == q.para)):
                    q.speaker, q.mention, q.cue = name, mention, cue
        if linked and last is not None:  # and only right after the sentence of the last quote or its attribution
            seen = max(last.close_at, last.mention[1] if last.mention else 0)
            linked = last.para == q.para and bisect_right(ends, q.sent_start) - bisect_right(ends, seen) <= 1
        if q.speaker is None and last is not None and (q.initial or linked) and q.para - last.para <= 2:
            intro = masked[paras[q.para - 1][0]:paras[q.para - 1][1]].rstrip() if q.para else ""
            if q.para == last.para or intro.endswith(":") or _only_quotes(masked, paras[q.para]) or q.para - last.para <= 1:
                q.speaker, q.mention, q.cue = last.speaker, last.mention, last.cue
                ss = _sentence_start(ends, paras[q.para][0] if q.para < len(paras) else 0, q.open_at - 1)
                hon = _HON_OPEN.match(masked, ss + len(masked[ss:q.open_at]) - len(masked[ss:q.open_at].lstrip()))
                op = ss + len(masked[ss:q.open_at]) - len(masked[ss:q.open_at].lstrip())
                opener = next((nm for st, nm, _ in mem.openers if st == op), None) if mem is not None else None
                if opener and ss > last.close_at and " " in opener and opener != last.speaker:
                    m2 = _CAP_SEQ.match(masked, op)
                    q.speaker, q.mention = opener, (op, m2.end() if m2 else op + len(opener))
                    last = q
                    continue
                if mem is not None and hon and ss > last.close_at and hon.start() < q.open_at:
                    full = mem.expand(hon.group(1), hon.start(1))
                    if " " in full and full != last.speaker:  # 'Mr Kissinger … appeared concerned. “Q.”'
                        q.speaker, q.mention = full, (hon.start(), hon.end())
                        last = q
                        continue
                near = _nearest_mention(masked, last.speaker, max(last.close_at, last.mention[1] if last.mention else 0),
                                        q.open_at)
                if near:  # 'Viguerie is upbeat about Cruz. “Q.”': the nearest mention of that speaker
                    q.mention = near
        if q.speaker is not None:
            last = q


# a sentence adverb or connective before a quote that completes the sentence: '… he said. Then, “Q.”'
_LEAD_CONNECTIVE = re.compile(r"\s*(?:But|And|So|Yet|Still|Then|Instead|Indeed|Also|Again|Later|However|Moreover|"
                              r"Specifically|Adding|Plus|Finally|Meanwhile|Besides|Rather|Further|Furthermore|"
                              r"Likewise|Similarly|Otherwise|Of\s+course|In\s+fact|In\s+short)\s*,?\s*")
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!?]|$)")


def _connective_led(q: _Q, masked: str) -> bool:
    return (bool(_LEAD_CONNECTIVE.fullmatch(masked, q.sent_start, q.open_at)) and not q.runs_on
            and (q.tail in ".!?" or bool(_SENTENCE_CLOSE.match(masked, q.close_at, q.para_hi))))


def _nearest_mention(masked: str, speaker: str | None, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the last capitalised sequence opening a sentence in masked[lo:hi] with the speaker's surname."""
    if not speaker or hi - lo > 1500:
        return None
    sur = speaker.split()[-1]
    if not sur[:1].isupper() or sur in STOP_CAPS:
        return None
    best = None
    for m in _CAP_SEQ.finditer(masked, lo, hi):
        toks = m.group().split()
        if (sur in toks or (toks[-1].endswith(("’s", "'s")) and toks[-1][:-2] == sur)) and _SUBJ_SLOT.search(
                masked, max(0, m.start() - 40), m.start()):
            best = m  # a subject opening its sentence, not an object ('after Jones assured Trump')
    if best is None:
        return None
    return best.start(), best.end()


def _only_quotes(masked: str, para: tuple[int, int]) -> bool:
    rest = masked[para[0]:para[1]].replace("~", "")
    return len(rest.strip(" \"“”„«».,;:!?—–-")) < 3
