"""Names and mentions: canonical person and organisation names, role words, subject noun phrases,
and the per-document memory that resolves surnames, pronouns and descriptions to full names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import chain

from quotestance.quotes.lexicon import (
    CUE_WORDS, FEMALE_NAMES, MALE_NAMES, NATIONALITIES, ORG_WORDS, PLACES, PRONOUNS, STATE_DEMONYMS, STOP_CAPS, TITLES,
    US_STATES,
)
from quotestance.quotes.patterns import (
    _AT_NAME_RX, _CAP_SEQ, _CAP_SEQ_CAPITAL, _CUE, _DATELINE, _DOC_FROM, _FUNCTION, _KIN, _NOT_NP_LEAD, _NP_STOP, _NP_TOKEN, _OF_BODY_WORDS, _OF_ROLE_HEADS, _ROLE_OF_BODY,
    _INDEF_PERSON_RX, _NAME_TOK, _PERSON_AT, _PRON, _ROLE, _ROLE_NOUNS, _ROLE_OFFICE_RX, _SOURCE_RELATION, _SUBORD, _TRAIL_LAST, _may_relate, _TRAIL_PARTS, _TRAIL_TIME_LEADS,
)

# the roles remembered from a title before a name for a later 'the <role> said': also the campaign's
# and a debate's ('Republican nominee Bob Sample … The nominee told the crowd', 'the moderator asked')
_NOTED_ROLES = _ROLE_NOUNS | frozenset(
    "candidate nominee challenger incumbent frontrunner moderator host anchor congressman congresswoman".split())
# a role noun before 'of/for' and its lower-case portfolio ('secretary of state')
_ROLE_OF = re.compile(rf"\b(?i:{'|'.join(sorted(_ROLE_NOUNS))})\s+(?:of|for)$")
# a connective ('But', 'And') opens an introductory phrase up to a comma only when a comma, an
# adverbial word or preposition, a time phrase or a weekday follows it ('And, ', 'But in the end, ',
# 'But back home, ', 'But a few days later, ', 'Yet Tuesday, '), or a noun phrase with a name in
# apposition ('But the largest group, Hamas, said'); not a subject ('But officials, who …, said',
# 'Yet Ada Roth, the chair, said')
_CONN_INTRO_WORDS = ("in|on|at|of|for|with|during|after|before|last|this|here|there|then|now|instead|still|later|"
                     "earlier|today|yesterday|meanwhile|however|also|indeed|again|since|even|already|outside|inside|"
                     "across|amid|throughout|near|along|under|over|among|through|despite|following|within|as|from|"
                     "by|to|when|while|if|although|though|because|once|unlike|until|asked|speaking|back|far|yet|"
                     "first|only|just|so|[a-z]+ly")
_CONN_TIME = (r"(?:(?:the|that|this|a|an|one|last|next|\d+|two|three|four|five|six|several|few|many)\s+){1,2}"
              r"(?:[a-z]+\s+){0,2}(?:morning|afternoon|evening|night|day|days|week|weeks|weekend|month|months|year|"
              r"years|time|hours|minutes|moments|later|earlier|ago|before|after)\b")
_CONN_INTRO = (rf"(?:But|And|Yet|So)(?:\s*,|\s+(?:(?:{_CONN_INTRO_WORDS})\b|[A-Z][a-z]+day\b|{_CONN_TIME})[^,]{{0,60}},"
               rf"|\s+[^,]{{0,60}},(?=\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}},))")
# an opening phrase before the subject: 'On Monday, ', 'In the end, ', 'But then, ', a place 'Across the border, '
_LEAD_ADV = re.compile(rf"^(?:(?:{_CONN_INTRO}|(?:On|In|At|Of|For|Across|Near|Outside|Inside|Beyond|Last|This|Earlier|Later|Still|However|Meanwhile|Also|Then|Now|Asked|Speaking|[A-Z][a-z]*ed\s+by|Back(?=\s+(?:in|at|on|home)\b))\b[^,]{{0,60}},)\s*|(?:But|And|So|Yet|Still|Then|Now|Also)\s+)")
# more openings that are not the subject: 'Holding signs …, ', 'Hastily …, ', 'Amid …, ', 'Hours later, ',
# 'A day later, ' (not a name before 'later': 'Whitley later shared a clip, writing: …')
# a finite verb after a capitalised word in -ly or -ing: the word is a subject, a name ('Everly let rip …,'),
# not an opening adverb or participle ('Hastily leaving …,')
_FINITE_VERB = (r"(?:let|was|is|has|had|have|will|would|can|could|did|does|went|took|spoke|gave|made|came|got|kept|put|"
                r"said|says|told|tells|wrote|urged|added|called|asked|warned)\b")
_FINITE_NEXT = re.compile(rf"\s+{_FINITE_VERB}")
# an age in apposition after a one-word subject: 'Kessling, 69, said' (a surname, not a participle)
_AGE_NEXT = re.compile(r",\s+\d{1,3},")
_LEAD_INTRO = re.compile(
    r"(?:(?:Amid|Along|Following|During|Despite|Throughout|Instead|First|Second|Finally|Importantly|More\s+importantly)\b"
    rf"|[A-Z][a-z]{{2,}}(?:ing|ly)\s+(?![A-Z]|{_FINITE_VERB})"
    r"|[A-Z][a-z]{2,}ly(?=,)|(?:[A-Z][a-z]*\s+[a-z]+|Moments|Seconds|Minutes|Hours|Days|Weeks|Months|Years|Decades|Much|Long)"
    r"\s+(?:later|ago|earlier)\b)[^,;:~“”\"]{0,100},\s*"
)
_CAP_PREPS = frozenset("In On At Of For By To Into Upon Over Among Against Through About During Across Within Beyond "
                        "Behind Outside Inside Around Beside Without Toward Towards Thanks".split())
_INTRO_WORDS = frozenset("Amid Along Following During Despite Throughout Instead First Second Finally Likewise Specifically".split())
_NOT_INTRO = frozenset("Beijing Sterling Manning Fleming Harding Irving Browning Pershing Billy Kelly Sally Holly Emily Lilly Molly Polly Italy Ally".split())
# the state after a place ('in Salem, New Hampshire, Trump said'), with an optional day
_STATE_TAIL = re.compile(r"(?P<st>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:,?\s+(?:on\s+)?[A-Z]\w+day)?,\s*")
# the same without modals, for a subject right before a cue: 'Rubio will continue to be “…”' is
# mostly an embedded clause ('Cruz said he is certain Rubio will continue …'), not the speaker
_TRAIL_AUX = re.compile(_TRAIL_PARTS.format(modals=""))
# adverbs (not auxiliaries) between a subject and its cue: 'Jo Reyes allegedly said', 'she also told'
_TRAIL_LY = re.compile(r"(?=\s)(?:\s+(?:also|later|then|previously|once|recently|again|repeatedly|often|has|had|have|"
                       r"(?!(?:only|early|family|ally|rally|daily|weekly|Italy|July)\b)[a-z]{3,}ly))+$")
# --- names -----------------------------------------------------------------------------------
def _is_org(tokens: list[str]) -> bool:
    # 'Acme Inc', 'Acme Inc.', 'Acme Corp' for 'Corp.' (periods dropped from a token of four or more characters)
    return any(t in ORG_WORDS or len(t) > 3 and t.rstrip(".") in ORG_WORDS or t + "." in ORG_WORDS for t in tokens)


@lru_cache(maxsize=65536)
def _name_is_org(name: str) -> bool:
    """_is_org of a name's tokens, cached: each pronoun looks at all the speakers and subjects so far."""
    return _is_org(name.split())


# a question's auxiliary before a name ('Is Mitt Romney too rich?')
_AUX_CAPS = frozenset("Is Was Are Were Does Did Do Has Have Had Can Could Will Would Should Shall Must Might".split())
_TIME_CAPS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Yesterday
    Tomorrow""".split())


# months that are also first names: a capitalised run opening with one before a surname is a person
_MONTH_FIRST_NAMES = frozenset("April June August".split())
_MONTH_STARTS = tuple(m + " " for m in _MONTH_FIRST_NAMES)
_MONTH_AFTER = re.compile(r"\b(?i:in|on|since|by|until|till|through|from|to|of|during|early|late|mid|last|next|this|that)\s+$")
# month abbreviations ('Nov. 8', 'Sept. 11'): never a name of their own ('Jan' and 'Aug' only with their
# period: a first name or a surname without it)
_MONTH_ABBRS = frozenset("Jan. Feb. Feb Mar. Apr. Aug. Sep. Sep Sept. Sept Oct. Oct Nov. Nov Dec. Dec".split())
# (not 'May' and 'March', surnames too: 'the May government')
_MONTH_WORDS = _MONTH_ABBRS | frozenset("""January February April June July August September October November
    December""".split())
# the words left dangling before a date: ' for the' in 'the nominee for the Nov. 8 election', 'A' in 'A Feb. 3 letter'
_DANGLING_FUNCTION = re.compile(r"(?:(?:\s+|(?<!\S))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|of|for))+$")


def _month_first(toks: list[str], k: int) -> bool:
    """Whether toks[k] is a month first name before a capitalised surname ('June Okafor', not 'June 5')."""
    return (k + 1 < len(toks) and toks[k] in _MONTH_FIRST_NAMES and toks[k + 1][:1].isupper() and toks[k + 1][1:].islower()
            and toks[k + 1] not in STOP_CAPS and not _is_title(toks[k + 1]))


def _month_date(name: str, text: str, start: int) -> bool:
    """Whether a name opening with a month first name at start in text is a date before a name ('In June
    Roth said', 'since April Ortiz has'): a preposition or time word before it."""
    return name.split(None, 1)[0] in _MONTH_FIRST_NAMES and " " in name and text.startswith(name.split(None, 1)[0], start) \
        and bool(_MONTH_AFTER.search(text, max(0, start - 9), start))


_ORG_LINKS = frozenset(("of", "for", "and", "on", "the"))  # a capitalised run with one of them names a body


@lru_cache(maxsize=65536)
def _canon_seq(seq: str) -> tuple[str | None, bool]:
    """Canonical form of a capitalised sequence: (name or None, is_org)."""
    toks = seq.split()
    apos = "'" in seq or "’" in seq  # else no possessive tests below
    honorific = False
    month_name = _month_first(toks, 0)  # 'June Okafor said', not 'In June Roth …'
    while toks and (toks[0] in STOP_CAPS or (toks[0] in _AUX_CAPS and len(toks) > 2)
                    or toks[0].lower() in ("the", "of", "for", "and")) and not month_name:
        honorific = honorific or toks[0] in ("Mr", "Mrs", "Ms")
        toks = toks[1:]
    if not toks:
        return None, False
    while len(toks) > 2 and toks[-1] in _TIME_CAPS:
        toks = toks[:-1]  # 'Assistant Attorney General William Baxter Wednesday defended ...'
        while len(toks) > 1 and toks[-1] in ("on", "of", "for", "and", "the"):
            toks = toks[:-1]  # 'met Ben Ortiz on Monday': the person, not an organisation 'Ben Ortiz on'
    if len(toks) > 3 and toks[-2] == "and" and _is_title(toks[-1]):
        toks = toks[:-2]  # 'Rep. Ada Roth and Republican businessman Bo Lund': the title opens the next person
    poss = max((k for k, t in enumerate(toks[:-2]) if t.endswith(("’s", "'s", "s’", "s'", "S’", "S'"))),
               default=-1) if apos and len(toks) > 2 else -1
    if poss >= 0 and len(toks) - poss - 1 <= 4:
        name, org = _canon_seq(" ".join(toks[poss + 1:]))
        if name and not org and " " in name:
            return name, False  # "The Public Sector Union's Wendy Caird", "SES' Laura Goodin": the person
    person = _person_before_of(toks) or _trailing_person(toks)
    if person:
        return person, False
    if _is_org(toks) or not _ORG_LINKS.isdisjoint(toks) or (len(toks) > 1 and toks[-1] == "Press"):
        return " ".join(toks), True  # 'Press' ends an outlet ('Associated Press'), is a title before a role only
    if apos and toks[-1].endswith(("’s", "'s")) and len(toks[-1]) > 2:
        toks = toks[:-1] + [toks[-1][:-2]]  # 'Elizabeth Birch's tribe': the possessor is the name
    cut = 0
    for k, t in enumerate(toks):
        if t in NATIONALITIES and 0 < k < len(toks) - 1 and toks[k - 1] in _FIRST_NAMES:
            continue  # a middle name: 'William French Smith'
        if t in _SURNAME_CAPS and k == len(toks) - 1 and k and toks[k - 1] in _FIRST_NAMES:
            continue  # 'Theresa May', 'Al From': a surname that is also a function word
        if _is_title(t) or t in NATIONALITIES or apos and t.endswith(("’s", "'s")) or t in STOP_CAPS and not (
                k == cut and (month_name if k == 0 else _month_first(toks, k))) or (
                t == "Major" and k == cut and _major_rank(toks[k + 1:])):  # 'Pollster June Okafor'
            cut = k + 1
    if cut == 0 and len(toks) >= 3 and toks[0] in PLACES and toks[0] not in _FIRST_NAMES:
        cut = 1  # 'Pakistan Abdul Salam Zaeef' ('the Taliban ambassador to Pakistan Abdul Salam Zaeef')
    toks = toks[cut:] or toks[-1:]
    if apos:
        toks = [t for t in toks if not t.endswith(("’s", "'s"))] or toks
    if apos and len(toks) > 1 and toks[-1][-1:] not in "’'" and any(t.endswith(("s’", "s'")) for t in toks[:-1]):
        k = max(k for k, t in enumerate(toks[:-1]) if t.endswith(("s’", "s'")))
        toks = toks[k + 1:]  # "Hamas' Haniya": a plural possessive is the possessor, not the name
    for k in range(len(toks) - 3, -1, -1):  # a role before a two-word name (not a father's name after 'bin')
        if _role_token(toks[k], toks[k + 1], k) and (k == 0 or toks[k - 1] not in ("bin", "bint", "ibn")):
            toks = toks[k + 1:]
            break
    if len(toks) == 1 and (toks[0] in STOP_CAPS or toks[0] in _AUX_CAPS or _is_title(toks[0]) or toks[0] in NATIONALITIES
                           or toks[0] in _MONTH_ABBRS
                           or (toks[0].endswith("ing") and not honorific)):
        return None, False
    glued = _GLUED_NAME.fullmatch(toks[0]) if len(toks) == 1 and not toks[0][1:].islower() else None
    if glued and glued.group(1) in _FIRST_NAMES:
        return f"{glued.group(1)} {glued.group(2)}", False  # 'District Attorney TomMarino': a lost space
    return " ".join(toks), False


def _major_rank(rest: list[str]) -> bool:
    """'Major' is a rank when it opens a name that a first name and a surname follow ('Major Tove
    Lindqvist'), never at its end or alone ('Gloria Major', 'For Major, …')."""
    return len(rest) == 2 and all(_PLAIN_NAME_TOK.fullmatch(t) for t in rest) and not (
        rest[0] in PLACES or rest[0] in NATIONALITIES or rest[0] in STOP_CAPS)


_PLAIN_NAME_TOK = re.compile(r"[A-Z][a-zà-ÿ]+(?:[\-’'][A-Z]?[a-zà-ÿ]+)?")


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
    return nxt in _FIRST_NAMES and tok[1:].islower() and bool(_AGENT_SUFFIX.search(tok)) and tok not in _FIRST_NAMES


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
    if last_org < 0 or not 2 <= sum(t not in _NAME_PARTICLES for t in tail) <= 3:
        return None  # 'European Commission President Ursula von der Leyen': the particles do not count
    if any(t in ORG_WORDS or _is_title(t) or t in NATIONALITIES or t in STOP_CAPS or t.endswith(("’s", "'s"))
           for t in tail) or _ORGISH.search(tail[-1]) or _ORGISH.search(tail[0]):
        return None
    if tail[0] in MALE_NAMES or tail[0] in FEMALE_NAMES or _is_title(toks[0]) or titled:
        return " ".join(tail)
    return None


_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
# a first name and a surname run together ('TomMarino'), not 'MacArthur' or 'LaGuardia'
_GLUED_NAME = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")
_NAME_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())
# a surname particle capitalised when the surname stands alone ('Van der Berg said')
_CAP_PARTICLES = frozenset("Van Von De Der Del Della Da Di Du La Le Al El Bin Ibn".split())
# capitalised function words that are also surnames, after a first name ('Theresa May', 'Al From')
_SURNAME_CAPS = frozenset("May From Day".split())


def _person_before_of(toks: list[str]) -> str | None:
    """'Bill Peel of Mackay', 'Senator John McCain of Arizona' -> the person before 'of/for Place'."""
    if "of" not in toks and "for" not in toks:
        return None
    idx = next(k for k, t in enumerate(toks) if t in ("of", "for"))
    if idx < 2:
        return None
    head = toks[:idx]
    cut = max((k + 1 for k, t in enumerate(head) if _is_title(t) or t in NATIONALITIES or t in STOP_CAPS), default=0)
    head = head[cut:]
    # the first word after a title is a first name even when it ends like a body's noun ('Rep. Terrence
    # Boyd of Ohio', 'Gov. Florence Hale of Maine')
    nouns = head[1:] if cut else head
    if not 2 <= len(head) <= 3 or _is_org(head) or any(not t[:1].isupper() for t in head) \
            or any(_ORGISH.search(t) for t in nouns):
        return None
    if head[0] in _FIRST_NAMES or (cut and len(head) >= 2):
        return " ".join(head)
    if idx == len(toks) - 2 and _ORG_ACRONYM.fullmatch(toks[-1]) and not any(t in PLACES or t in NATIONALITIES for t in head):
        return " ".join(head)  # 'Tariq Jalani of HWP-K': a person of a party or body known by its acronym
    return None


_ORG_ACRONYM = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,2})?")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)?")


def _unlisted_name(toks: list[str]) -> bool:
    """Whether two words look like a first name the name lists lack and a surname ('Ada Brightwater'):
    no body, place, nationality, title or function word among them."""
    return len(toks) == 2 and " ".join(toks) not in PLACES and not any(
        not _NAME_WORD.fullmatch(t) or t in ORG_WORDS or t in PLACES or t in NATIONALITIES or t in STOP_CAPS
        or t in _THING_HEADS or _is_title(t) or _ORGISH.search(t) for t in toks)


def _unlisted_person_before_of(name: str) -> str | None:
    """The two words before 'of/for' of a body's name when they look like a first name the name lists
    lack and a surname ('Ada Brightwater of the Lund Housing Project'): indexed for a later lone surname only."""
    toks = name.split()
    if len(toks) < 4 or toks[2] not in ("of", "for") or toks[0] in _FIRST_NAMES or not _unlisted_name(toks[:2]):
        return None
    return " ".join(toks[:2])


# heads of capitalised sequences that name a company, a place or a programme, never a he or she
_THING_HEADS = frozenset("""Lines Airways Computer Computers Power Energy Motors Systems Speed Road Sabha Soleil
    Electric Airlines Oil Gas Steel Telecom Pharmaceuticals Technologies Holdings Stadium Bridge River Muslim Muslims
    Act County Speech""".split())  # a law, a county, a speech ('the Water Act', 'Ross County'): no he or she


@lru_cache(maxsize=65536)
def _not_person(name: str) -> bool:
    """A he/she candidate that cannot be a person: an all-caps word of three or more letters
    ('MAC', 'DEFENDING POKHRAN'), a company or place head word ('Delta Air Lines', 'Apple
    Computer'), a -tion word ('Operation Warp Speed') or a nationality or faith ('Muslim'), also
    plural ('African Americans'). Cached: each pronoun tests the document's names again."""
    toks = [t.strip(".,’'") for t in name.split()]
    if any(t[:1].islower() for t in toks):
        return False  # a role phrase ('UNHCR spokesperson') is a person
    return any((len(t) >= 3 and t.isupper() and t.isalpha() and t.strip("IVXL")) or t in _THING_HEADS or t in NATIONALITIES
               or (t.endswith("s") and t[:-1] in NATIONALITIES)  # 'African Americans', 'the Israelis'
               or (t.endswith("tion") and t[:1].isupper()) for t in toks)


# the endings of a lower-case role noun ('worker', 'director', 'activist', 'chairman')
_ROLE_ENDING = r"(?:er|or|ist|ian|man|woman|ain|ent|ant|ee|ess|ary|ial|ive)"
# a person opening a sentence before its verb: 'South African captain Shaun Pollock expects …',
# 'A delegate from the Peshawar group, Sayed Gailani, summed up …', 'Abdul Masood, 30, said …', after a
# dateline ('WASHINGTON — Ada Roth doesn’t …'), after a phrase ending in a show's title, its comma inside the
# marks ('Over on “Sunday Talk,” Bea Lund insisted …')
_PRE_SUBJECT = re.compile(
    # a leading time or reason clause may be long: 'When a reporter asked whether …, Roth turned'
    rf"\s*(?:{_DATELINE.pattern})?(?:{_SUBORD.pattern})?"
    r"(?:(?:But|And|Yet|So|Meanwhile|Earlier|Later)\s+)?(?:(?:[^,;:~]{3,80},|[^,;:~“”\"]{2,60}[“\"]~+[”\"])\s+(?:(?:however|but|and|yet|while|including)\s+)?){0,2}"
    r"(?:(?:[A-Z][\w’'.\-]*|the|a|an|one|former|retired|veteran|senior|deputy|acting|state|county|city|\d{1,3}-year-old"
    # a plain noun may modify a person noun right before the name: 'election worker Ada Roth, 61, had
    # been awake' (not 'a vote for Trump', 'shortly after Ada Roth')
    r"|[a-z]+(?=\s+(?!(?:after|under|never|other|over|rather|whether|either|neither|later|however)\s)"
    r"[a-z]{3,}(?:er|or|ist|ian|man|woman)\s+(?:[A-Z]|$))"
    rf"|[a-z]+{_ROLE_ENDING})\s+){{0,5}}"
)
# the subject of a time or reason clause after the main clause: 'The row grew when state Rep. Bo Lund …
# filed a bill', a subject too when no person opens the sentence
_SUBORD_SUBJECT = re.compile(r"\s(?:when|after|as|before|because|until|once)\s+(?:(?:state|county|city|former)\s+)?"
                             r"(?:[A-Z][\w’'.\-]*\s+){0,3}$")
# a pronoun opening the main clause after a leading time clause, a short phrase before it: 'In 2015,
# when Ada Roth was mayor of Tarn, she told …'
_AFTER_LEAD_SUBORD = re.compile(r"\s*(?:[^,;:~“”\"]{2,40},\s+)?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Oo]nce)\s"
                                r"[^,;:~“”\"]{3,150},\s+")
# a pronoun whose cue says it speaks again: 'he added', 'she adds'
_ADDED_AFTER = re.compile(r"\w+\s+add(?:ed|s)\b")
_SUB_BEFORE_PRON = re.compile(r"\b(?:when|as|while|though|although|because|after|before|since|once|what|whom)\s+$")
# an inverted sentence whose person comes after its verb: 'Among the speakers was Ben Ortiz, 61, a welder.',
# also after a role in apposition: "Among them was Roth's former coach, Ben Ortiz, 61."
_INVERTED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?:Among|Amid|In|At|On|Outside|Inside|Behind|Beside|Near|Alongside|Also|[A-Z][a-z]+ing)\s"
    r"[^,;:~.!?“”\"]{0,60}?\b(?:was|were)\s+(?:(?:[A-Z][\w’'.\-]*|the|a|an|former|retired)\s+){0,3}"
    r"(?:(?:[A-Z][\w\-]*[’']s|his|her|their|the|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,\s+)?"
)
# a relative clause on the name opening a sentence, its verb however far ('Roth, whose party also includes
# … — … — insisted'): the name is the subject
_OPENER_RELATIVE = re.compile(r",\s+(?:who|whose)\s")
# a passive 'asked' opening an appositive ('Roth, asked whether she would run, smiled'): the name is asked, no
# inverted cue
_ASKED_APP = re.compile(r",\s+(?:when\s+|later\s+|again\s+)?asked\b")
_ACCORDING_TAIL = re.compile(r"according\s+to\s+(?:(?:[A-Z][\w’'.\-]*|[a-z]+)\s+){0,3}$")
_VERB_AFTER_NAME = re.compile(
    # an age may come before the appositive: 'Ben Ortiz, 61, a welder, shrugged'; or an aside between
    # dashes: 'Ben Ortiz — no relation to the mayor — has spent'
    r"(?P<app>(?:,\s+\d{1,3})?,\s+[^,;:~]{1,80},|,|\s+[—–]\s+[^—–,;:~]{1,80}\s+[—–])?\s+(?:[a-z]+ly\s+)?"
    # 'Ada Roth in her remarks stressed …', 'Ben Ortiz in a statement said …'
    r"(?:in\s+(?:his|her|their|a|an)\s+(?:[a-z]+\s+)?(?:remarks|speech|statement|address|comments|interview)\s+)?(?!(?:of|in|on|at|for|to|and|or|with|from|by|who|whose|which|that"
    r"|as|than|the|a|an|into|about|after|before|during|he|she|they|his|her|their)\b)(?P<w>[a-z]{3,})\b"
)


# an acronym defined in brackets right after an organisation name: 'the Harbour Workforce Agency (HWA)'
_ACRONYM_DEF = re.compile(r"[^\S\n]*\(([A-Z]{2,6})\)")


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are, in order, initials of the name's capitalised words, the
    last one the last word's ('WDA' for 'Singapore Workforce Development Agency')."""
    initials = [t[0] for t in name.split() if t[:1].isupper()]
    if not initials or initials[-1] != acronym[-1]:
        return False
    it = iter(initials)
    return all(c in it for c in acronym)


_CAP_WORD = re.compile(r"(?<!\S)[A-ZÀ-Þ]\S{3}")  # a word of four or more characters, capitalised
_LOW_WORD = re.compile(r"(?<!\S)[a-zß-ÿ]\S{3}")  # … or in lower case
# a line with four of them (no headline); each found atomically, the first after the one before (no
# backtracking to try later ones: four exist only if the first four do)
_FOUR_LOW_WORDS = re.compile(rf"(?>.*?{_LOW_WORD.pattern}){{4}}", re.S)


# a lone surname as a subject or object (see _Memory._lone_surname): right after a sentence end, before
# a past verb (-ed or a common irregular one); after a past verb, before a preposition
_NOT_HEADLINE = re.compile(r"[.!?,;:~“”\"]")
_SENT_START = re.compile(r"(?:[.!?][\"”’]?[^\S\n]+|\n)$")
_IRREGULAR_PAST = frozenset("""shook took made went came gave got held kept left met ran sat spoke stood struck threw won
    wrote drew hit brought fought thought began felt led lost sent spent found heard knew told said shot swept fell""".split())
# (an aside may stand before the verb: 'Erdogan, speaking to reporters on a flight, said …')
_LONE_VERB = re.compile(rf"(?:,\s+(?:[a-z]{{3,}}ing|who|asked)\b[^,.!?;:“”\"\n]{{0,80}},)?"
                        rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{2,}}ed|{'|'.join(sorted(_IRREGULAR_PAST))})\b")
_GENDER_CUE = re.compile(r"[^.!?\n;:“”\"A-Z]*?\b(?P<p>he|she|his|her|him)\b")  # no other name before it
_OBJECT_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+$")
_OBJECT_AFTER = re.compile(r"\s+(?:on|about|over|for|with|during|after)\b")
_WHOLE_SPAN = re.compile(r".+", re.S)  # matched with pos and endpos: a match object for text[pos:endpos]
_MID_SENTENCE = re.compile(r"[a-z,]\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross|[Tt]hroughout)\s+$")  # 'Life in Ostberg', 'gas carried across Ostberg', 'In Ostberg, …'
_PLACE_AFTER = re.compile(rf",\s+(?:[A-Z][a-z]{{1,4}}\.|{'|'.join(sorted(US_STATES, key=len, reverse=True))})\b")  # 'Ostberg, Ore.'


# ranks before an abbreviated title that make it another office: 'Lt. Gov. Ada Roth' is no governor
_DEPUTY_RANKS = frozenset("Lt Lieut Lieutenant Deputy Vice".split())
# the titles of a country's head of state or government, any of which 'the <country> leader' stands for
_LEADER_TITLES = frozenset(("leader", "president", "prime minister", "premier", "chancellor", "king", "queen"))
# the nouns a story calls the holder of a spelled-out abbreviated title by, when not the title itself:
# 'Rep. Ada Roth' is 'the congresswoman' later
_HOLDER_NOUNS = {"representative": ("congressman", "congresswoman")}


class _Memory:
    """Names mentioned in a document, for surname expansion and pronoun resolution."""

    def __init__(self, text: str, unmasked: str | None = None):
        """text: the document with quotes blanked; unmasked: the same before brackets were blanked
        (for acronym definitions), by default text."""
        self.text = text
        unmasked = unmasked or text
        self.unmasked = unmasked  # brackets kept: 'Sen. Ada Roth (D-Ore.)'
        self.mentions: list[tuple[int, str, bool]] = []  # (start, canonical, is_org)
        self.gender: dict[str, str] = {}
        self.speakers: list[tuple[int, str, bool]] = []
        self.subjects: list[tuple] = []
        self.roles: dict[str, list[tuple[int, str]]] = {}
        self._lower: dict[str, bool] = {}  # word -> whether the document writes it in lower case
        self._role_holders: frozenset[str] | None = None
        self.abbr_roles: dict[str, list[tuple[int, str, str]]] = {}  # 'senator' -> (pos, name, context) of 'Sen. X'
        self.reporters: list[tuple] = []  # the reporting subjects found so far (see _cue_subjects)
        self.described: dict[str, list[tuple[int, str, str]]] = {}  # head noun -> (position, name, description)
        self.closes_sentence: set[int] = set()  # closing marks of quotes ending in . ! ?
        self.ends: list[int] = []  # sentence ends
        self._by_token: dict[str, list[tuple[int, str]]] = {}
        self._by_middle: dict[str, list[tuple[int, str]]] = {}  # 'Petro' -> 'Gustavo Petro Urrego'
        self.weak_gender: set[str] = set()
        self.not_persons: set[str] = set()  # names after 'the' ('the 191 Member States', 'the World Cup event')
        self.acronyms: dict[str, tuple[int, str]] = {}  # 'HWA' -> (its position, 'Harbour Workforce Agency')
        # possessors of a speech ('Ada Roth's address') or of a thing opening a sentence ('Ada Roth's memoir is …')
        self.addressers: list[tuple[int, str]] = []
        self.titles: dict[str, set[str]] = {}  # full name -> titles it was introduced with ('Gen. Ben Roth')
        self.nation_roles: list[tuple[int, str, str, str]] = []  # (position, name, country word, title)
        self.title_roles: dict[str, list[tuple[int, str]]] = {}  # 'county clerk', 'clerk' -> (pos, name) of 'County Clerk X'
        self.headlines: list[tuple[int, int]] = []  # the spans of Title Case headline lines
        self.objects: list[tuple[int, str]] = []  # lone surnames as objects ('pressed Everly on'), see _lone_surname
        dl = _DATELINE_NATION.match(text)
        self.dateline_nation = dl.group("nation") if dl else None  # 'TEHRAN, Iran (AP) —' -> 'Iran'
        singles = []
        titled: set[str] = set()
        titled_at: set[int] = set()
        cap_seq = _CAP_SEQ if "al-" in text or "el-" in text else _CAP_SEQ_CAPITAL
        for m in self._headline_split(cap_seq):
            seq, start = m.group(), m.start()
            name, org = _canon_seq(seq)
            if name and name.startswith(_MONTH_STARTS) and seq.startswith(name[:3]) and _month_date(name, text, start):
                name = name.split(None, 1)[1]  # 'in June Roth said': a date, then the name
            if not name and seq.endswith("ing") and seq[1:].islower() and seq in self._by_token:
                name = seq  # 'Kessling was asked' after 'Ray Kessling': a surname in -ing, not a participle
            if not name:
                continue
            if (not org and " " in seq and text[max(0, start - 8):start].rstrip().endswith(("to", "the"))
                    and (post := _POST_BEFORE.search(text, max(0, start - 40), start))):
                # 'Ambassador to the United Nations Vassily Korenev': the person after the post
                person = _person_after_post(seq.split())
                if person and seq.endswith(person):
                    start, seq, name = start + seq.rindex(person), person, person
                    self.roles.setdefault(post.group(1).lower(), []).append((start, name))
            possessive = seq.endswith(("’s", "'s", "s’", "s'"))  # a name for expansion, rarely a pronoun's antecedent
            inner = ("'" in seq or "’" in seq) and _INNER_POSS.search(seq)
            if inner:
                self._note_possessor(seq[:inner.start()], start, text)
            if not possessive:
                self._note_described(m, name, text)
            elif _SPEECH_EVENT.match(text, m.end()) or (not org and " " in name and _owns_subject(text, start, m.end())):
                self._note_addresser(seq, name, org, start)
            if org:
                self.mentions.append((start, name, org))
                if (" of " in name or " for " in name) and (person := _unlisted_person_before_of(name)):
                    self._by_token.setdefault(person.split()[-1], []).append((start, person))  # a later 'Brightwater said'
                    if (app := _ROLE_APPOS.search(text, max(0, start - 40), start)) and app.group(1) in _NOTED_ROLES:
                        # 'The moderator, Ada Brightwater of the Lund Broadcasting Service,': a person, for a he/she
                        self.mentions.append((start, person, False))
                        self.roles.setdefault(app.group(1), []).append((start, person))
                acr = _ACRONYM_DEF.match(unmasked, m.end())
                if acr and _spells(acr.group(1), name):
                    self.acronyms.setdefault(acr.group(1), (acr.start(1), name))
                if " and " in name:  # 'The United States team of Monica Seles and Jan-Michael Gambill'
                    self._conjoined(seq, start, text)
                    for part in name.split(" and "):
                        if " " in part and part in PLACES:  # 'South Korea and the US … The South said'
                            self._by_token.setdefault(part.split()[0], []).append((start, part))
            elif " " in name:
                if " and " in seq and not possessive:  # 'Emmanuel Macron and Olaf Scholz met': both persons
                    self._conjoined(seq, start, text)
                if not possessive:
                    self.mentions.append((start, name, org))
                if ("he " in text[max(0, start - 16):start]
                        and _THE_BEFORE.search(text, max(0, start - 16), start) and name.split()[0] not in _FIRST_NAMES
                        and (_plural_name(name) or name == seq)):
                    self.not_persons.add(name)  # 'the 191 Member States', 'the World Cup event': not a he or she
                # a run of spaces (a blanked nickname: 'Gov. Teodoro “Teddy” Reyes') reads as one, as in the name
                flat = " ".join(seq.split()) if "  " in seq else seq
                self._note_roles(flat, name, text[max(0, start - 30):start], start)
                if len(head := _title_head(flat, name)) > 1:
                    titled.add(name)  # introduced with a title or role ('Foreign Minister Alexander Downer')
                    if title := _last_title(head):
                        self.titles.setdefault(name, set()).add(title)
                if not self.headlines or not any(a <= start < b for a, b in self.headlines):
                    self._index_name(name, start, text, head)  # a headline's run expands no later surname
                if (name not in self.gender or name in self.weak_gender) and (g := _APPOS_GENDER.match(text, m.end())):
                    self.gender[name] = "f" if g.group("f") else "m"  # 'Keiko Amari, a spokeswoman for …'
                    self.weak_gender.discard(name)
                elif name not in self.gender and (g := _OWN_APPOS.match(text, m.end())) and _OPENS_SENT.search(
                        text, max(0, start - 40), start):
                    self.gender[name] = "f" if g.group("f") else "m"  # 'Ada Roth met her rival, Bo Lund,': a guess
                    self.weak_gender.add(name)
                elif name not in self.gender and (g := _APPOS_WHO_PRON.match(text, m.end())):
                    self.gender[name] = "f" if g.group("f") else "m"  # 'Bo Tamm, 58, a farmer who said he …,'
                    self.weak_gender.add(name)
                elif name not in self.gender and (g := _SELF_NAMED.search(text, max(0, start - 30), start)):
                    self.gender[name] = "f" if g.group("f") else "m"  # 'a man who identified himself as Bo Tamm'
                last = name.split()[-1]
                if last.startswith(("al-", "el-")) and len(last) > 4:
                    self._by_token.setdefault(last[3:], []).append((start, name))  # 'Sisi' → '… al-Sisi'
            elif not possessive:
                singles.append((start, name))
        unexpanded: dict[str, list[int]] = {}  # one-word names that no full mention expands
        for start, name in singles:
            full = self.expand(name, start, _honorific_gender(text, start))
            if full != name:
                self.mentions.append((start, full, False))
                if _TITLE_LEAD.match(text, start):
                    titled_at.add(start)  # 'Dr Slaoui': a person
            elif name not in PLACES and name not in STOP_CAPS:
                unexpanded.setdefault(name, []).append(start)
                kin = _KIN_BEFORE.search(text, max(0, start - 12), start)
                if kin and _KIN_APPOS_END.match(text, start + len(name)):
                    self.mentions.append((start, name, False))  # 'Their mother, Marjorie, said': a person
                    self.gender.setdefault(name, "f" if kin.group("f") else "m")
                elif _AGE_NEXT.match(text, start + len(name)) and _PLAIN_NAME_TOK.fullmatch(name) and not (
                        name in _MONTH_WORDS or name in _TIME_CAPS):
                    self.mentions.append((start, name, False))  # 'Among them was Tiago, 9, who …': one name and an age
        for name, starts in unexpanded.items():
            if not (len(starts) >= 3 and not _not_person(name) and self._lone_subject(name, starts, text, titled)):
                self._lone_surname(name, starts, text)
        self.mentions.sort()
        # persons opening a sentence ('Ted Quinlan has paid tribute …'), not a place after a leading
        # preposition ('In Belo Vale, …'), or a Mr/Dr surname after a leading participle clause ('But
        # speaking on CBS, Dr Slaoui …'): as likely a he/she as a speaker
        self.openers = [(st, nm, False) for st, nm, org in self.mentions
                        if not org and (nm in self.gender or nm.split()[0] in _FIRST_NAMES or nm in titled)
                        and (_OPENS_SENT.search(text, max(0, st - 40), st) and not _PLACE_PREP.match(text, st)
                             or _APPOS_OPENER.search(text, max(0, st - 90), st) and text.startswith(",", st + len(nm)))
                        or st in titled_at and _OPENS_ING.search(text, max(0, st - 80), st)]

    def _headline_split(self, cap_seq: re.Pattern):
        """The capitalised runs, those in a Title Case headline line cut at the words the document also
        writes in lower case ('Ada Roth Says Bo Lund …' -> 'Ada Roth', 'Bo Lund'; 'Roth Offers Real
        Change' -> 'Roth'): a headline capitalises every word, so its runs are no names."""
        text, cut, at = self.text, {}, 0
        for line in text.split("\n"):  # the Title Case lines (a headline is short)
            if 12 < len(line) < 200 and not _FOUR_LOW_WORDS.match(line):  # the findall below on fewer lines
                low = _LOW_WORD.findall(line)
                caps = len(_CAP_WORD.findall(line))
                if caps + len(low) >= 3 and len(low) * 4 <= caps:
                    if not low and not _NOT_HEADLINE.search(line):
                        self.headlines.append((at, at + len(line)))  # a headline proper: no lower-case word, no punctuation
                    for m in cap_seq.finditer(text, at, at + len(line)):
                        if " " in m.group() and (runs := self._headline_runs(m)) != [m]:
                            cut[m.start()] = runs
            at += len(line) + 1
        matches = cap_seq.finditer(text)
        if not cut:
            return matches
        last, head = max(cut), []
        for m0 in matches:
            head.extend(cut.get(m0.start(), (m0,)))
            if m0.start() >= last:
                break
        return chain(head, matches)

    def _headline_runs(self, m: re.Match) -> list[re.Match]:
        """A headline's capitalised run m, cut at its headline words when its name has one."""
        name = _canon_seq(m.group())[0]
        if not name or not any(self._headline_word(w) for w in name.split()):
            return [m]  # 'Ada Roth Slams Critics' already gives 'Ada Roth'
        text, out, run = self.text, [], []
        for t in chain(re.finditer(r"\S+", m.group()), [None]):
            w = t and t.group()
            if t is not None and not self._headline_word(w):
                if not (run and w in _FIRST_NAMES and run[-1].group() not in _FIRST_NAMES
                        and not _is_title(run[-1].group()) and run[-1].group()[-1:] != "."):
                    run.append(t)
                    continue
                # else a first name opens a new run, and the word before it is the verb between two
                # names: 'Ada Roth Rebukes | Bo Lund'
                run = run[:-1] if len(run) >= 2 else run
            if run:
                a, b = m.start() + run[0].start(), m.start() + run[-1].end()
                out.append(_WHOLE_SPAN.match(text, a, b))
            run = [t] if t is not None and not self._headline_word(w) else []
        return out

    def _written_lower(self, word: str) -> bool:
        """Whether the document writes this word in lower case (as a word of its own)."""
        low = word.lower()
        if (hit := self._lower.get(low)) is None:
            text, n, at, hit = self.text, len(low), self.text.find(low), False
            while at >= 0 and not hit:
                hit = not (at and (text[at - 1].isalnum() or text[at - 1] == "-")) and not (
                    text[at + n:at + n + 1].isalnum() or text[at + n:at + n + 1] == "-")
                at = text.find(low, at + 1)
            self._lower[low] = hit
        return hit

    def _headline_word(self, w: str) -> bool:
        """A capitalised word of a headline that is no name: one the document writes in lower case, a
        reporting verb ('Says') or an auxiliary ('Must'); not a first name or a title."""
        return w[:1].isupper() and w not in _FIRST_NAMES and (w.lower() in CUE_WORDS or w in _AUX_CAPS and w != "Will"
                                                             or self._written_lower(w)) and not _is_title(w)

    def _lone_subject(self, name: str, starts: list[int], text: str, titled: set[str]) -> bool:
        """A one-word name that opens two sentences before a verb and is also capitalised inside a
        sentence (so no common noun: 'Team captain …') is a person mention: 'Vajpayee is …'."""
        opens, inside = [], False
        for st in starts:
            if not _OPENS_SENT.search(text, max(0, st - 40), st):
                inside = True
            elif (verb := _VERB_AFTER_NAME.match(text, st + len(name))) and verb.group("w") not in _ROLE_NOUNS:
                opens.append(st)
        if len(opens) >= 2 and inside:
            self.mentions.extend((st, name, False) for st in opens)
            titled.add(name)
            return True
        return False

    def _lone_surname(self, name: str, starts: list[int], text: str) -> None:
        """A one-word name no full name expands that opens a sentence before a past verb ('Lind shook
        her head.'), or is the object of a past verb before a preposition ('pressed Everly on the
        point'), is a person mention (a surname the story never spelt out; an object only for a he/she
        no mention fits); a he/she/his/her later in the sentence it opens, with no other name between,
        gives its gender."""
        if len(name) < 4 or not name[1:].islower() or name.endswith("s") or name in PLACES or name in NATIONALITIES \
                or name in _FIRST_NAMES:
            return
        subjects, objects = [], []
        for st in starts:
            end = st + len(name)
            if (st == 0 or _SENT_START.search(text, max(0, st - 3), st)) and (verb := _LONE_VERB.match(text, end)):
                subjects.append((st, verb.end()))
            elif text[st - 3:st - 1] == "ed" and _OBJECT_BEFORE.search(text, max(0, st - 20), st) \
                    and _OBJECT_AFTER.match(text, end):
                objects.append((st, name))
        if not (subjects or objects) or _is_title(name) or _is_org([name]) or _not_person(name) \
                or self._written_lower(name):
            return
        self.objects.extend(objects)
        for st, verb_end in subjects:
            self.mentions.append((st, name, False))
            cue = _GENDER_CUE.match(text, verb_end)
            if cue and name not in self.gender:
                self.gender[name] = "m" if cue.group("p").lower() in ("he", "his", "him") else "f"

    def _note_possessor(self, head: str, pos: int, text: str) -> None:
        """The person owning what follows in one capitalised run ('Joseph Pulitzer's New York World',
        'Tom Nichols' The Death of Expertise'), kept for expanding a later bare surname."""
        name, org = _canon_seq(head)
        if name and not org and " " in name and (name.split()[0] in _FIRST_NAMES or _last_title(_title_head(head, name))):
            self._index_name(name, pos, text)  # also after a title: "Rep. Ada Roth’s Senate campaign" for a later 'Roth'

    def _note_addresser(self, seq: str, name: str, org: bool, pos: int) -> None:
        """Remember the person whose speech a possessive names ('Ada Roth's address', 'Culture and
        Heritage Minister Roth's speech': the name after the last title)."""
        toks = _POSS_END.sub("", seq).split()
        k = max((k for k, t in enumerate(toks) if _is_title(t)), default=-1)
        if k >= 0 and 1 <= len(toks) - k - 1 <= 3:
            name, org = " ".join(toks[k + 1:]), False
        if not org:
            self.addressers.append((pos, name))

    def _index_name(self, name: str, pos: int, text: str, head: str = "") -> None:
        """Index a full person name at pos by its first and last tokens, and guess its gender (head: the
        title words before it in its sequence, 'First Lady ')."""
        parts = name.split()
        toks = {parts[0], parts[-1]}
        if len(parts) > 2 and parts[-1] in _NAME_SUFFIXES:
            toks.add(parts[-2])  # 'Ben Ortiz Jr.' for a later 'Ortiz'
        for tok in toks:
            self._by_token.setdefault(tok, []).append((pos, name))
        for tok in parts[1:-1]:  # a first surname or a middle name used alone ('Petro', 'Huckabee')
            if len(tok) > 2 and tok[:1].isupper() and tok not in toks and tok[-1] != "." and tok not in _CAP_PARTICLES \
                    and tok not in _FIRST_NAMES and tok not in _NAME_SUFFIXES:
                self._by_middle.setdefault(tok, []).append((pos, name))
        self._guess_gender(name, text, pos, head)

    def _conjoined(self, seq: str, pos: int, text: str) -> None:
        """Register the persons of 'X of A B and C D' / 'A B and C D' when one of them has a known
        first name or a title (like is coordinated with like), or both look like a first name the
        lists lack and a surname and neither names a people ('Ada Brightwater and Ivo Stenmark', not
        'Young Latinos and Asian Americans'); also of 'Sen. A B of Place and Gov. C D of Place'."""
        head, _, rest = seq.partition(" and ")
        first = head if _person_before_of(head.split()) else re.split(r"\s+(?:of|for|on|the)\s+", head)[-1]
        lead = first.split(None, 1)
        led = len(lead) == 2 and " " in lead[1] and _plural_role(lead[0])
        if led:  # 'Businessmen Ivo Grant and Lena Fox': a plural person noun opening two names
            first = lead[1]
        parts = [(pos + seq.find(first), first), (pos + len(head) + 5, rest)]
        found = []
        for start, part in parts:
            toks = part.split()
            if person := _person_before_of(toks):  # 'Gov. Luis Cardenas of New Mexico': titled or a known first name
                found.append((start + part.find(person), person, True))
                continue
            if not 2 <= len(toks) <= 5 or any(t in ("of", "for", "and", "on", "the") for t in toks):
                return
            name, org = _canon_seq(part)
            if not name or org and not led or " " not in name:
                return  # (after a plural person noun a name with an org word is still a person: 'Lena Fox')
            found.append((start, name, name.split()[0] in _FIRST_NAMES or name != part))
        if not led and not any(ok for _, _, ok in found) and not all(
                _unlisted_name(name.split()) and not _not_person(name) for _, name, _ in found):
            return
        for start, name, _ in found:
            self.mentions.append((start, name, False))
            self._index_name(name, start, text)

    def _note_roles(self, seq: str, name: str, before: str, pos: int) -> None:
        """'Foreign Minister Sergei Lavrov', 'spokesman Ned Price': remember the roles for 'the minister said'."""
        title_head = _title_head(seq, name)
        words = [w.lower() for w in title_head.replace("-", " ").split()]
        prev = before.split()[-1:] if before and not before.endswith(("’s ", "'s ")) else []
        words += [w.lower() for w in prev if w.islower()]
        # 'The Labor leader, Simon Crean, says …', 'The UN special envoy for the Orvel dispute, Oren Hale, …'
        app = _ROLE_APPOS.search(self.text, max(0, pos - 80), pos) if before.endswith(", ") else None
        if app:
            words.append(app.group(1))
        for w in words:
            if w in _NOTED_ROLES:
                self.roles.setdefault(w, []).append((pos, name))
        for key in _title_keys(title_head):
            self.title_roles.setdefault(key, []).append((pos, name))
        at = seq.find(name)
        head = seq[:at].split() if at > 0 else []  # also 'Sen. Ada Roth      on Friday'
        titled = [(pos, head[-1] if head else "", name)]
        if " and " in seq:  # 'Sen. Ada Roth of Lorn and Gov. Bo Lund': each conjunct's title and person
            parts = seq.split(" and ")
            titled += [(pos + len(" and ".join(parts[:k])) + 5, part.split()[0], _canon_seq(part)[0] or "")
                       for k, part in enumerate(parts[1:], 1)]
        roles = [_TITLE_ABBR.get(abbr.rstrip("."), "").lower() for _, abbr, _ in titled]
        if len(head) > 1 and head[-2].rstrip(".") in _DEPUTY_RANKS:
            roles[0] = ""  # 'Lt. Gov. Ada Roth' holds another office
        nouns = [_HOLDER_NOUNS.get(role, (role,)) for role in roles]
        ctx = self.text[max(0, pos - 40):pos + len(seq) + 24] if not _NOTED_ROLES.isdisjoint(chain(*nouns)) else ""
        for (start, _, person), role, held in zip(titled, roles, nouns):
            for noun in held:
                if noun in _NOTED_ROLES:
                    # 'Sen. Ada Roth' for a later 'the senator', only while she is the one senator named ('Sen.
                    # Ada Roth and Sen. Bo Lund': two)
                    self.abbr_roles.setdefault(noun, []).append((start, person if roles.count(role) == 1 else "", ctx))
        if any(w in _ROLE_NOUNS for w in words):
            # "Iranian Foreign Minister Ali Hosseinpur", "Veldoria’s defence minister, Ivo Marek,": the
            # country and the title, for a later "Iran’s foreign minister said"
            nat = _NATION_TITLE.search(before + title_head)
            if nat and _nation_word(nat.group("nation")):
                self.nation_roles.append((pos, name, nat.group("nation"), _title_key(nat.group("title"))))
            elif self.dateline_nation and (bare := _BARE_TITLE.search(before + title_head)):
                # 'TEHRAN, Iran (AP) — … Foreign Minister Ali Hosseinpur': a title with no country is the dateline's
                self.nation_roles.append((pos, name, self.dateline_nation, _title_key(bare.group("title"))))

    def issuer(self, pos: int) -> tuple[int, int] | None:
        """The subject that issued a statement in this sentence or the one before (past sentences that are
        all quote: the statement's earlier paragraphs), ahead of pos ('The ministry issued a statement on
        Monday.' for a later '“Q,” it read'), as a text span, else None."""
        here = bisect_right(self.ends, pos)
        k = here - 2
        while k >= 0 and _ALL_QUOTE.fullmatch(self.text, self.ends[k], self.ends[k + 1]):
            k -= 1  # a sentence that is all quote, the statement's earlier paragraph, does not count
        lo = self.ends[k] if k >= 0 else 0
        last = None
        for last in _ISSUED_DOC.finditer(self.text, lo, pos):
            pass
        if last is None:
            return None
        k = bisect_right(self.ends, last.start())
        sent_start = self.ends[k - 1] if k else 0
        head = self.text[sent_start:last.start()]
        return _subject_before(head, sent_start) or _clause_subject(head.lstrip(), sent_start + len(head) - len(head.lstrip()))

    def by_nation_role(self, nation: str, title: str, pos: int) -> str | None:
        """The one person introduced before pos with this title for this country ("Iran’s foreign
        minister" after "Iranian Foreign Minister Ali Hosseinpur"; 'the Iranian leader' after its
        president or prime minister), else None (none, or several)."""
        key = _title_key(title)
        keys = _LEADER_TITLES if key == "leader" else (key,)
        names = {name for start, name, nat, t in self.nation_roles
                 if start < pos and t in keys and _same_nation(nat, nation)}
        return names.pop() if len(names) == 1 else None

    def _note_described(self, m: re.Match, name: str, text: str) -> None:
        """'Corvane, a small software company, …', 'Jo Doe, the Pentagon spokesman, …', 'the
        newspaper Al Harbour': remember the head noun with its description, for 'the company warned',
        'the newspaper said'; of a collective ('an alliance of 12 groups') also its members' noun, for
        'the groups added'."""
        app = _APPOS_ROLE.match(text, m.end())
        if app and name not in PLACES and not app.group("head").endswith(("ly", "ing")):
            for head in (app.group("head").lower(), app.group("of")):
                if head:
                    self.described.setdefault(head, []).append((app.end(), name, app.group()))
        before = text[max(0, m.start() - 40):m.start()]
        head = before.rsplit(None, 1)[-1:]
        if head and head[0].endswith(",") and head[0][:-1] in _GROUP_NOUNS:
            head = [head[0][:-1]]  # "Harwell’s parent company, Trident Home Brands": the name in apposition
            before = before.rstrip()[:-1] + " "
        if head and head[0] in _GROUP_NOUNS:
            the = _THE_DESCRIPTION.search(before, 0, len(before) - len(head[0]) - 1)
            if the:
                self.described.setdefault(head[0], []).append((m.start(), name, before[the.start():]))

    def placed_body(self, head: str, pos: int) -> str | None:
        """The last speaker before pos that is a body with this head noun and the place it is in, at or
        to ('Russian embassy in Washington' for a later 'the embassy'), else None."""
        for start, name, _ in reversed(_between(self.speakers, pos - 4000, pos)):
            if f" {head} in " in name or f" {head} at " in name or f" {head} to " in name:
                return name
        return None

    def by_description(self, head: str, mods: list[str], pos: int) -> str | None:
        """The one name described with this head within six sentences before pos whose description
        has the capitalised modifiers ('the Pentagon spokesman'), else None (none, or several: 'the
        company' after two companies stays a role). A person's role described earlier in the story
        ('Ada Roth, the two-term governor of Lorn, …') counts however far back, while she is the one
        person given that role."""
        here = bisect_right(self.ends, pos)
        # a place before a person's description is a phrase of its own, the description the next subject
        # ('In Lorn, which borders Tarn, a senior defence official, speaking …, said'): not that place's
        # description, so a place is never the name a person's head ('the official') stands for
        person_head = head in _ROLE_HEADS or _agent_noun(head)
        described = [(start, name) for start, name, desc in self.described.get(head, ())
                     if start < pos and all(w in desc for w in mods)
                     and not (person_head and self._place_name(name, False))]
        names = {name for start, name in described if here - bisect_right(self.ends, start) <= 6}
        if not names and head in _ROLE_NOUNS and not any(
                start < pos for start, *_ in chain(self.roles.get(head, ()), self.abbr_roles.get(head, ()),
                                                   self.title_roles.get(head, ()))):
            names = {name for _, name in described}
        return self.expand(names.pop(), pos) if len(names) == 1 else None

    def by_title(self, role: str, pos: int) -> str | None:
        """The most recent person introduced before pos with a capitalised title ending in these
        lower-case words ('the clerk', 'the chief justice' after 'County Clerk Ada Roth', 'Chief
        Justice Bo Lund'), else None."""
        best = None
        for start, name in self.title_roles.get(role, ()):
            if start < pos:
                best = name
        return best

    def by_other_title(self, key: str, role: str, pos: int) -> str | None:
        """For 'the prime minister' (key 'prime minister', role 'minister'): the most recent person
        titled so ('Prime Minister Ada Roth') when the most recent one with the role was titled as
        another of its kind ('Defence Minister Bo Lund'), else None (by_role decides)."""
        last = self.by_role(role, pos)
        titled = {name for start, name in self.title_roles.get(role, ()) if start < pos}
        if last not in titled or any(name == last for start, name in self.title_roles.get(key, ()) if start < pos):
            return None
        return self.by_title(key, pos)

    def by_role(self, role: str, pos: int, mods: tuple[str, ...] = ()) -> str | None:
        """The most recent person introduced with this role before pos. A role known only from an
        abbreviated title ('Sen. Ada Roth' for 'the senator') needs one such person, and its
        capitalised modifiers ('the Norland senator') near that introduction; else None."""
        best = None
        for start, name in self.roles.get(role, ()):
            if start < pos:
                best = name
        abbr = [(name, ctx) for start, name, ctx in self.abbr_roles.get(role, ()) if start < pos]
        if not abbr:
            return best
        names = {name for name, _ in abbr} | {name for start, name in self.roles.get(role, ()) if start < pos}
        if len(names) != 1 or "" in names:
            return None  # two senators named: 'the senator' stays a role
        name = names.pop()
        first = min(start for start, *_ in self.abbr_roles[role])
        for m in re.finditer(rf"(?:\b(?P<mod>[A-Z][\w.\-]*)\s+)?\b{role}s?\b(?P<of>\s+(?:from|of)\s+(?:the\s+)?[A-Z])?",
                             self.text[first:pos]):
            if m.group("of") or m.group("mod") not in (None, "The", "A", "An"):
                return None  # 'Cruz, the senator from Texas', 'the Norland senator': others hold the role too
        if name != best and not any(all(m in ctx for m in mods) for _, ctx in abbr):
            return None  # 'the Norland senator' after 'Sen. Ada Roth (D-Vt.)': no sign she is Norland's
        return name

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
                gave = _GAVE_NAME.match(self.text, m.end())  # 'a man known as Nick … the man said': Nick
                best, best_pos = gave.group("name") if gave else " ".join(mods + [m.group(2)]), m.start()
                if not gave and (rel := _SOURCE_TAIL.match(self.text, m.end())):
                    best += " " + rel.group("rel")  # 'an official familiar with the case, …': as _CLOSE_TO keeps it
                elif not gave and (office := _ROLE_OFFICE_RX.match(self.text, m.end())):
                    best += office.group()  # 'an aide in the mayor's office, …': as _PERSON_AT keeps it
                elif not gave and _INDEF_PERSON_RX.fullmatch(m.group()) and (at := _AT_NAME_RX.match(self.text, m.end())):
                    best += at.group()  # 'a senior official at the Central Bank of Corvane, …': as _PERSON_AT keeps it
        for m in (_org_pattern(cap).finditer(self.text, max(best_pos + 1, first_cap - 120, lo), pos)
                  if first_cap >= 0 else ()):
            toks = m.group().split()
            if any(t.endswith(".") and "." not in t[:-1] for t in toks):
                continue  # 'Tehran. The …': not across a sentence end
            while toks and (toks[0] in STOP_CAPS or toks[0] in ("The", "A", "An")):
                toks = toks[1:]
            if len(toks) > 1:
                best, best_pos = " ".join(toks), m.start()
                own = _PLACE_OWNS.search(self.text, max(0, m.start() - 30), m.start() + len(m.group()) - len(best))
                if (own and own.group(1) not in _FIRST_NAMES and own.group(1) not in self.gender
                        and not ((w := re.search(r"([A-Z][\w.\-]*)\s$", self.text[max(0, own.start() - 20):own.start()]))
                                 and w.group(1) not in STOP_CAPS)):  # not "Ada Roth’s", but 'On Monday Orlin’s'
                    best = own.group() + best  # "Orlin’s Foreign Ministry … the ministry said": its possessor as written
        return best

    def _guess_gender(self, name: str, text: str, pos: int, head: str = "") -> None:
        """From a Mr/Mrs/Ms right before pos, a kinship noun or female/male role ('his wife, …', 'her
        husband, former Governor', head 'First Lady '), the first name, or an -a ending."""
        if name in self.gender:
            return
        first, before = name.split()[0], text[max(0, pos - 5):pos]
        if "Mrs" in before or "Ms" in before or first in FEMALE_NAMES:
            self.gender[name] = "f"
            return
        kin = (_KIN_BEFORE.search(text, max(0, pos - 24), pos)
               or head and _KIN_BEFORE.search(text[max(0, pos - 12):pos] + head))
        if kin and kin.group("f"):
            self.gender[name] = "f"
        elif "Mr" in before or first in MALE_NAMES or kin:
            self.gender[name] = "m"
        elif first.endswith("a") and len(first) > 2:
            self.gender[name] = "f"
            self.weak_gender.add(name)  # a guess: 'Osama bin Laden' is still a he if no one else is

    def expand(self, name: str, pos: int, want: str | None = None, title: str | None = None) -> str:
        """Most recent full mention before pos (its longest form; else the first after it) sharing this
        token; with want ('m'/'f', from a Mr/Mrs/Ms before the surname), of that gender when one is."""
        if " " in name:
            # a surname of several words, or after a particle: 'López Obrador said' after 'Andrés
            # Manuel López Obrador', 'Van der Roth said' after 'Ada van der Roth'
            low = " " + name.lower()
            ending = next((full for st, full in reversed(self._by_token.get(name.split()[-1], ()))
                           if st < pos and full.lower().endswith(low)), None)
            if ending or name.split()[0] in _CAP_PARTICLES:
                return ending or name
            # 'Abdul Rashid said' after 'Abdul Rashid Harun': the fuller form of the same name
            first, last = name.split()[0], name.split()[-1]
            fuller = max(((st, full) for st, full in chain(self._by_token.get(first, ()), self._by_token.get(last, ()))
                          if st < pos and full != name and (full.startswith(name + " ") or full.endswith(" " + name))
                          and not _name_is_org(full)), default=(0, name))[1]
            if fuller == name and name.count(" ") == 1 and _AGENT_SUFFIX.search(first) and first[1:].islower() \
                    and first not in _FIRST_NAMES:
                full = self.expand(last, pos)  # 'Skipper Ingvall' after 'Ludde Ingvall, the skipper of …'
                if " " in full and full.endswith(" " + last) and _head_pattern(first.lower()).search(self.text):
                    return full
            return fuller
        acr = self.acronyms.get(name)
        if acr and acr[0] < pos:
            return acr[1]  # 'the Harbour Workforce Agency (HWA) … The HWA said'
        cands = self._by_token.get(name, ())
        if not cands and len(name) > 2 and name.isupper():  # a transcript's label ('VOSS: “Q”'): the surname in capitals
            cands = next((held for tok, held in self._by_token.items() if tok.upper() == name), ())
        middle = self._by_middle.get(name)
        if middle and not any(st < pos for st, _ in cands):  # no earlier name starts or ends with it
            cands = sorted([*cands, *middle])
        if want:
            cands = [(st, full) for st, full in cands if self.gender.get(full, want) == want] or cands
        if title:  # 'Dr. Roth' after 'Dr. Ada Roth met her brother, Ben Roth': the one with that title
            cands = [(st, full) for st, full in cands if title in self.titles.get(full, ())] or cands
        best = name
        for start, full in cands:
            if start < pos:
                # a longer form of the same person wins; another person ('Jeb Bush' after 'George W.
                # Bush') wins by being more recent
                if best == name or full != best and not set(full.split()) <= set(best.split()):
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
                    or (name[:1].islower() and not (_AGENT_SUFFIX.search(head) or head in _ROLE_NOUNS))
                    or head in _BODY_HEADS  # "the South's defence ministry": a body, no he or she
                    or " and " in name  # 'Ada Roth and Ben Ortiz': a they
                    or name in STOP_CAPS  # '“Q,” They said' earlier: no antecedent for a he
                    or self._common_headed(name))

    def _place_name(self, name: str, org: bool) -> bool:
        """A name that is a place, known or written as one ('a Tarn reporter' after 'across Tarn')."""
        return not org and (name in PLACES or self._common_headed(name) and " " not in name)

    def _common_headed(self, name: str) -> bool:
        """A capitalised name with no first name, title, role or known gender whose last word the
        document also writes in lower case (a headline's or a work's words: 'Voters Reward Candor',
        'Nobody'), or that it writes as a place ('in Ostberg', 'Ostberg, Ore.'): no he or she."""
        last = name.split()[-1]
        if not last[:1].isupper() or name in self.gender or name in self.titles \
                or any(t in _FIRST_NAMES for t in name.split()):
            return False
        if self._role_holders is None:
            self._role_holders = frozenset(n for held in self.roles.values() for _, n in held)
        if name in self._role_holders:
            return False  # 'council president Ed Small'
        mid = place = False
        text, at = self.text, self.text.find(name)
        while at >= 0 and not place:
            end = at + len(name)
            if not text[end:end + 1].isalnum() and text[end:end + 1] not in ("'", "’") and not text[at - 1:at].isalnum():
                before = text[max(0, at - 8):at]
                mid = mid or bool(_MID_SENTENCE.search(before))  # 'Later, Will wrote': a name
                place = bool(_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text, end))
            at = text.find(name, at + 1)
        return place or self._written_lower(last) and not (" " not in name and mid)

    def _body_subject(self, pos: int) -> list[tuple[int, str, bool]]:
        """The last common-noun body reporting in this sentence or the one before, for an 'it' ('The
        army said it … . “Q,” it said' → the army, not an organisation named earlier)."""
        k = bisect_right(self.ends, pos) - 1
        lo = self.ends[k - 1] if k > 0 else 0
        # a reporting verb, or any past-tense verb of a body opening its sentence ('Lorn's foreign
        # ministry summoned the ambassador. “Q,” it said')
        found = [m for m in _BODY_SUBJECT.finditer(self.text, lo, pos) if m.group("cue") in CUE_WORDS
                 or ((m.group("cue").endswith("ed") or m.group("cue") in _IRREGULAR_PAST)
                     and not self.text[lo:m.start("np")].strip(" \n\"“”'—–"))]
        if not found:
            return []
        m = found[-1]
        name = _speaker_from_np(m.group("np"), m.start("np"), self)[0]
        return [(m.start("np"), name, True)] if name else []

    def _unmarked_org(self, pos: int) -> str | None:
        """For an 'it' nothing else resolves: the last reporting subject in its sentence or the one
        before that is a name without an org word and no person ('Corvane Shipping said …'), or a name
        described there with an organisation noun ('Corvane, a shipping firm, said …')."""
        k = bisect_right(self.ends, pos) - 1
        lo = self.ends[k - 1] if k > 0 else 0
        found = [(st, name) for st, name, *_ in self.reporters
                 if lo <= st < pos and " " in name and name[:1].isupper() and not _name_is_org(name)
                 and name not in self.gender and name.split()[0] not in _FIRST_NAMES and name not in PLACES]
        found += [(st, name) for head in _GROUP_NOUNS for st, name, _ in self.described.get(head, ()) if lo <= st < pos]
        if not found:  # 'Russia launched what it calls …': a country opening the pronoun's own sentence
            start = self.ends[k] if k >= 0 else 0
            start += len(self.text[start:pos]) - len(self.text[start:pos].lstrip())
            m = _CAP_SEQ.match(self.text, start, pos)
            if m and m.group() in PLACES:
                found = [(start, m.group())]
        return max(found)[1] if found else None

    def _subject_antecedent(self, want: str, pos: int, pool: list) -> str | None:
        """For a he/she after a subordinator, the subject of its own sentence ('Reagan was known
        for what he called …'); else the first compatible person in subject position in the
        sentence before, when no speaker or reporting subject comes after it ('South African
        captain Shaun Pollock expects a better performance. “Q,” he said.': Pollock, not the
        speaker of two paragraphs back)."""
        k = bisect_right(self.ends, pos) - 1
        cur = self.ends[k] if k >= 0 else 0
        if (_SUB_BEFORE_PRON.search(self.text, max(cur, pos - 12), pos) or _AFTER_LEAD_SUBORD.fullmatch(self.text, cur, pos)) \
                and "~" not in self.text[cur:pos]:
            here = self._subject_person(want, cur, pos)
            if here:  # 'Reagan was known for what he called …', 'Comey decided … even though he found …'
                return here
        if k < 0:
            return None
        lo, hi = (self.ends[k - 1] if k else 0), self.ends[k]
        if _ADDED_AFTER.match(self.text, pos) and not _CUE.search(self.text, lo, hi):
            return None  # 'Q,” he added': the last speaker goes on, not a subject who said nothing in between
        if self._fitting_between(want, pool, lo, pos):
            return None  # a speaker or subject since; not one of the other known gender ('Ferraro, he said'), nor a place
        subject = self._subject_person(want, lo, hi)
        before = self.ends[k - 2] if k > 1 else 0  # the start of the sentence before lo's
        if not subject and k and _SAME_GENDER_SUBJECT[want].search(self.text, lo, hi) and "\n" not in self.text[
                before:pos].strip() and not _between(self.mentions, lo, hi):
            # 'Ben Ortiz stood outside his shop. Its windows were gone, but he smiled. “Q,” he said': a sentence
            # with no name whose he is the pronoun's own passes it on to the subject of the sentence before
            lo, hi = before, lo
            if self._fitting_between(want, pool, lo, hi):
                return None
            subject = self._subject_person(want, lo, hi)
        if subject and subject not in self.gender and any(
                self.gender.get(name) == want for _, name, _ in _between(self.mentions, lo, hi)):
            return None  # a subject of unknown gender ('Corvane Shipping hired Ada Roth'): a known she wins
        return subject or next(
            (full for st, name in self.addressers if lo <= st < hi
             for full in (self.expand(name, st),) if self._person_fits(full, False, want)), None) or (
            self._described_subject(want, lo, hi) if not any(
                self._person_fits(name, org, want) for _, name, org in _between(self.mentions, lo, hi)) else None)

    def _fitting_between(self, want: str, pool: list, lo: int, hi: int) -> bool:
        """Whether pool names, between lo and hi, someone a he (want 'm') or she ('f') may be: of that
        gender or of none known, and no place."""
        return any(self.gender.get(name, want) == want and not self._place_name(name, org) for _, name, org in _between(pool, lo, hi))

    def _described_subject(self, want: str, lo: int, hi: int) -> str | None:
        """The person a definite description opening a sentence with no name of a fitting person in it
        stands for ('Asked about it, the Indiana Republican shrugged.', 'In the Courier interview, the
        governor was asked …'), when it resolves to one who fits: a person of that gender, or named in
        full with no gender known ('Gov. Luis Ybarra … The governor smiled.')."""
        span = _clause_subject(self.text[lo:hi].lstrip(), hi - len(self.text[lo:hi].lstrip()))
        if not span or self.text[span[0]:span[0] + 4] not in ("the ", "The "):
            return None
        name = _speaker_from_np(self.text[span[0]:span[1]], span[0], self)[0]
        return name if name and (name in self.gender or _full_person_name(name)) and self._person_fits(
            name, False, want) else None

    def _subject_person(self, want: str, lo: int, hi: int) -> str | None:
        """The first he/she-compatible person in subject position between lo and hi."""
        for st, name, org in _between(self.mentions, lo, hi):
            if not org and not self._person_fits(name, org, want):
                name = self._namesake(name, st, want) or name  # 'Clinton' is Hillary for a she
            if not self._person_fits(name, org, want) or name.split()[0] in _AUX_CAPS:
                continue  # 'Was Szlachta satisfied?': a question, not a subject
            seq = _CAP_SEQ.match(self.text, st)
            end = seq.end() if seq else st + len(name)
            if self.text[end - 1] in "'’" or self.text.startswith(("'s", "’s"), end):
                continue  # "Sanders' campaign": a possessive
            if name not in self.gender and _OTHER_PRONOUN_AFTER[want].match(self.text, end, hi):
                continue  # 'When Dahl said that was not what he had asked, she answered': Dahl is the he
            before = self.text[lo:st]
            verb = _VERB_AFTER_NAME.match(self.text, end)
            if ((_PRE_SUBJECT.fullmatch(before) or _SUBORD_SUBJECT.search(before)) and verb and verb.group("w") not in _ROLE_NOUNS
                    and not (verb.group("app") and _CUE.search(verb.group("app"))
                             and not _ASKED_APP.match(verb.group("app")))) or _ACCORDING_TAIL.search(before) \
                    or _INVERTED_SUBJECT.fullmatch(before) or (not before.strip() and _OPENER_RELATIVE.match(self.text, end)):
                return name  # not 'Cruz spokesman Rick Tyler', 'Trump, Sexton said, has …'
        return None

    def _gendered_in_sentence_before(self, want: str, name: str, start: int, pos: int) -> str | None:
        """The last person of gender want named in the sentence before pos's (or in its own, before
        pos), when the candidate name at start comes before all of it and is not named there again,
        and no he/she (his, her …) of that gender comes before that person in it (it may be the
        candidate's): a nearer known he/she wins over an earlier one of unknown gender. Not for 'he
        added': the candidate speaks again."""
        k = bisect_right(self.ends, pos) - 1
        lo = self.ends[k - 1] if k > 0 else 0
        named = _between(self.mentions, lo, pos)
        if start >= lo or _ADDED_AFTER.match(self.text, pos) or any(other == name for _, other, _ in named):
            return None
        for st, other, org in reversed(named):
            if self.gender.get(other) == want and self._person_fits(other, org, want):
                return None if any(m.group(want) for m in _FOCUS_PRON.finditer(self.text, lo, st)) else other
        return None

    def _namesake(self, name: str, start: int, want: str) -> str | None:
        """For a bare surname at start that expanded to a person of the other gender, the most recent
        earlier full name with that surname whose gender is want ('Clinton' after 'Bill Clinton' and
        'Hillary Clinton', for a she), else None."""
        sur = name.split()[-1]
        if " " not in name or not self.text.startswith(sur, start) or self.text[start + len(sur):start + len(sur) + 1].isalnum():
            return None
        best = None
        for st, full in self._by_token.get(sur, ()):
            if st < start and full != name and full.split()[-1] == sur and self.gender.get(full) == want:
                best = full
        return best

    def resolve_pronoun(self, pron: str, pos: int) -> str | None:
        """Nearest compatible earlier speaker or named entity; speakers win within range, unless a
        subject of this sentence or the previous one is more recent than all of them."""
        want = PRONOUNS.get(pron.lower())
        # a quote's speaker overrides a reporting subject at the same mention: the subject's pronoun was
        # resolved before any speaker was known ('said Dr. Ben Ortiz. But, he said, “Q.”')
        said = {t[0] for t in self.speakers}
        speakers = sorted(self.speakers + [(t[0], t[1], _name_is_org(t[1])) for t in self.subjects if t[0] not in said]
                          + (self.openers if want in ("m", "f") else [])
                          + (self._body_subject(pos) if want == "o" else []))
        if want in ("m", "f"):
            recent = self._subject_antecedent(want, pos, speakers)
            if recent:
                return recent
        guessed = namesake = None
        for pool in (speakers, self.mentions):
            for start, name, org in reversed(_between(pool, pos - 4000, pos)):
                if want in ("m", "f"):
                    if _OTHER_GENDER_PRONOUN[want].match(self.text, start):
                        continue  # a subject that was a 'he' is no 'she' ('… the meal he asked for. “Q,” she said')
                    if name not in self.gender and (seq := _CAP_SEQ.match(self.text, start)) and \
                            _OTHER_PRONOUN_AFTER[want].match(self.text, seq.end(), pos):
                        continue  # nor one a he refers to later in its sentence ('Okafor said he would wait. “Q,” she said')
                    if not org and name not in PLACES and self.gender.get(name, want) != want:
                        alt = self._namesake(name, start, want) if namesake is None else None
                        if alt and self._person_fits(alt, False, want):
                            if pool is speakers:  # 'Bill Clinton … Hillary Clinton … Clinton said … she': Hillary
                                return alt
                            namesake = alt  # a bare surname elsewhere: only when no one else fits
                        if guessed is None and name in self.weak_gender:
                            guessed = name
                        continue
                    if not self._person_fits(name, org, want):
                        continue  # 'Delta Air Lines', 'MAC': not a he or she
                    if name not in self.gender and (named := self._gendered_in_sentence_before(want, name, start, pos)):
                        return named  # 'Marek said … It drew a reply from Irena Kos. She said …': Irena Kos
                    return name
                if want == "o" and org:
                    return name
                if want == "p" and (org or pool is speakers):
                    return name
                # an 'I' outside quotes is the writer's, never the last speaker's ('“Q,” the judge said. …
                # “Your Honor,” I said'): it stays 'I'
        if want in ("m", "f") and not (namesake or guessed):
            namesake = next((name for st, name in reversed(self.objects) if pos - 4000 < st < pos
                             and self._person_fits(name, False, want)), None)
        return namesake or guessed or (self._unmarked_org(pos) if want == "o" else None)


# the subject pronoun of each gender: 'he', 'She'
_GENDER_PRONOUN = {"m": r"[Hh]e\b", "f": r"[Ss]he\b"}
# a he/she at a subject's position: that subject is not the other pronoun's antecedent
_OTHER_GENDER_PRONOUN = {"m": re.compile(_GENDER_PRONOUN["f"]), "f": re.compile(_GENDER_PRONOUN["m"])}
# a he/she as a subject inside a sentence, for the pronoun of that gender
_SAME_GENDER_SUBJECT = {want: re.compile(r"\b" + pron) for want, pron in _GENDER_PRONOUN.items()}
# the other gender's subject pronoun later in a name's sentence, no other name or quote between: 'When
# Dahl said that was not what he had asked' (not a possessive: 'Okafor said the minister had broken his
# promise' says nothing of Okafor)
_OTHER_PRONOUN_AFTER = {"f": re.compile(r"[^.!?\n;:“”\"A-Z]*?\bhe\b"), "m": re.compile(r"[^.!?\n;:“”\"A-Z]*?\bshe\b")}


def _cap_mods(np: str) -> tuple[str, ...]:
    """The capitalised words of a noun phrase after its first word ('Norland' in 'the Norland senator')."""
    return tuple(w for w in np.split()[1:] if w[:1].isupper())


def _between(found: list[tuple], lo: int, hi: int) -> list[tuple]:
    """The entries of found (sorted, each opening with its text position) at positions lo <= pos < hi."""
    return found[bisect_left(found, (lo,)):bisect_left(found, (hi,))]


# a possessive inside a capitalised run, before more of it: "Ada Roth's Harbour Daily", "Ben Ortiz' Book"
_INNER_POSS = re.compile(r"(?:(?<=s)['’]|['’]s)\s+[A-Z]")
# a speech that a possessive name gives: "Minister Ada Roth's address", "Ortiz's opening speech"
_POSS_END = re.compile(r"(?:['’]s|(?<=s)['’])$")
# the words after a possessive name (its possessed noun and what follows): a person noun there is the
# sentence's person ('Ada Roth's lawyer', 'Ada Roth's husband'), not its possessor
_OWNED_WORDS = re.compile(r"(?:\s+[a-z][\w\-]*){1,3}")
_OWNED_PERSONS = _ROLE | frozenset("wife husband son daughter mother father brother sister widow widower family "
                                   "parents children partner girlfriend boyfriend".split())


def _owns_subject(text: str, start: int, end: int) -> bool:
    """A possessive name opening its sentence before a lower-case noun that is no person ('Ada Roth's
    memoir, “Salt,” is out'): the sentence is about the possessor, a candidate for a later he/she."""
    owned = _OWNED_WORDS.match(text, end)
    return bool(owned) and _OPENS_SENT.search(text, max(0, start - 40), start) is not None and not any(
        w in _OWNED_PERSONS or w.endswith(("man", "woman", "person")) for w in owned.group().split())


_SPEECH_EVENT = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}?(?:address|speech|remarks|keynote|testimony|message)\b")
# a role in apposition ending the words before a name: 'The Labor leader, ', "Norland's envoy, ", also with
# what it is for or of ('The UN special envoy for the Orvel dispute, '); not the object of a preposition
# ('a spokeswoman for the envoy, ')
_ROLE_APPOS = re.compile(r"(?:(?<!for )(?<!of )(?<!to )(?<!by )(?<!with )(?<!from )\b[Tt]he|\b[A-Z][\w\-]*(?:['’]s|(?<=s)['’]))\s+(?:[A-Z][\w\-]*\s+){0,3}"
                         r"(?:[a-z]+\s+){0,2}?([a-z]+)(?:\s+(?:for|of|to)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?[\w\-]+)?,\s+$")
# a sentence opening with a participle clause before its subject ('But speaking on CBS, Dr Slaoui …')
_OPENS_ING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:(?:But|And|Yet|So)\s+)?[A-Z]?[a-z]+ing\b[^.!?\n,;]{0,50},\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
_TITLE_LEAD = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")
# a kinship noun right before a name ('his wife, Ada Ortiz', 'her son Ben'): the name's gender
_KIN_APPOS_END = re.compile(r",|\s+[a-z]")  # the kin's name closes its apposition or takes a verb
# (also after its comma a former/late before a title: 'her husband, former President Walt Dempsey'), or a
# gendered role before it ('first lady Carol Dempsey', 'Congresswoman Ada Roth', 'spokesman Ben Ortiz')
_KIN_BEFORE = re.compile(r"\b(?:(?P<f>wife|widow|daughter|mother|sister|[Ff]irst\s+[Ll]ady|(?:[Ss]pokes|[Cc]hair|[Cc]ongress|"
                         r"[Cc]ouncil|[Bb]usiness)woman)|husband|widower|son|father|brother|(?:[Ss]pokes|[Cc]hair|"
                         r"[Cc]ongress|[Cc]ouncil|[Bb]usiness)man)(?:,\s+(?:(?:former|late|then|longtime)\s+)?|\s+)$")
# a gendered role or kinship noun in apposition right after a name: 'Keiko Amari, a spokeswoman for …'
_APPOS_GENDER = re.compile(
    r",\s+(?:a|an|the|his|her)\s+(?:[\w\-]+\s+){0,3}?(?:(?P<f>spokeswoman|chairwoman|congresswoman|businesswoman|"
    r"councilwoman|actress|mother|wife|daughter|sister|widow|grandmother)|spokesman|congressman|businessman|councilman|"
    r"father|husband|son|brother|widower|grandfather)\b(?![’'\-])")
# a relative clause in a name's apposition whose cue's subject is a he or she: 'Bo Tamm, 58, a farmer who
# said he …', 'Ada Roth, who says she …': the pronoun is the name's own
_APPOS_WHO_PRON = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:(?:a|an|the)\s+[^,;:~.!?“”\"]{0,60}?\s)?who\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:said|says|told\s+\w+|tells\s+\w+|insisted|insists|added)\s+(?:that\s+)?(?:(?P<f>she)|he)\s")
# a possessive pronoun in the clause of a name opening its sentence, before a noun and a name in apposition
# ('Ada Roth shared the stage with her rival, Bo Lund,', 'Ben Ortiz and his Norland counterpart, Ivo Marek,'):
# the pronoun is the opener's, so its gender
_OWN_APPOS = re.compile(r"(?:\s+(?!(?:he|she|they|him|them|it|who|that|which|whom|said|says|told|tells)\b)[a-z][\w\-]*){0,6}?"
                        r"\s+(?:(?P<f>her)|his)\s+(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*,\s+[A-Z][\w’'\-]+\s+[A-Z]")
# a name someone gives themself: 'who later identified himself as Bo Tamm'
_SELF_NAMED = re.compile(r"\bidentified\s+(?:(?P<f>herself)|himself)\s+as\s+$")
_HONORIFIC = re.compile(r"\b(?:(?P<m>Mr)|Mrs|Ms|Miss)\.?\s+$")


def _title_head(seq: str, name: str) -> str:
    """The words before the name in its sequence: 'Foreign Minister ' in 'Foreign Minister Ivan Petrov', also
    before 'of/for Place' ('President ' in 'President Ben Ortiz of Norland'); else ''."""
    if seq.endswith(name):
        return seq[:len(seq) - len(name)]
    at = seq.find(name + " ")
    return seq[:at] if at > 0 and seq.startswith((" of ", " for "), at + len(name)) else ""


_HEAD_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Former".split())


def _title_keys(head: str) -> list[str]:
    """The lower-case role phrases a capitalised title before a name stands for ('State Health
    Commissioner ' -> 'commissioner', 'health commissioner', 'state health commissioner'; 'Secretary of
    State ' -> 'secretary', 'secretary of state'): its last words, ending in a title word."""
    toks = head.split()
    while toks and toks[-1] in _HEAD_HONORIFICS:
        toks = toks[:-1]  # 'State Health Commissioner Dr. Ada Roth'
    if not toks or len(toks) > 5 or not all(t[:1].isupper() or t in ("of", "for") for t in toks):
        return []
    keys = []
    if "of" in toks or "for" in toks:
        at = next(k for k, t in enumerate(toks) if t in ("of", "for"))
        if 0 < at < len(toks) - 1:
            keys.append(" ".join(toks).lower())  # 'secretary of state'
        toks = toks[:at]
    if not toks or not _is_title(toks[-1]) or toks[-1].endswith("."):
        return keys
    for k in range(len(toks) - 1, -1, -1):
        if toks[k] in _HEAD_HONORIFICS or toks[k].endswith((".", "’s", "'s")):
            break
        keys.append(" ".join(toks[k:]).lower())
    return keys


_TITLE_ABBR = {"Gen": "General", "Sen": "Senator", "Lt": "Lieutenant", "Col": "Colonel", "Gov": "Governor",
               "Rep": "Representative", "Prof": "Professor", "Capt": "Captain", "Adm": "Admiral", "Sgt": "Sergeant",
               "Rev": "Reverend", "Dr": "Doctor", "Insp": "Inspector", "Det": "Detective", "Maj": "Major",
               "Brig": "Brigadier", "Cmdr": "Commander"}


def _last_title(head: str) -> str | None:
    """The title word ending head, spelled out ('Lt. Col. ' -> 'Colonel', 'Dr ' -> 'Doctor'), not Mr/Mrs/Ms."""
    toks = head.split()
    if not toks or not _is_title(toks[-1]) or toks[-1].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss"):
        return None
    word = toks[-1].rstrip(".")
    return _TITLE_ABBR.get(word, word)


def _honorific_gender(text: str, start: int) -> str | None:
    """'m' or 'f' for a Mr or Mrs/Ms/Miss right before the name at start, else None."""
    if text.find("M", max(0, start - 6), start) < 0:
        return None  # no Mr, Mrs, Ms or Miss: the search below on few names
    h = _HONORIFIC.search(text, max(0, start - 6), start)
    return None if h is None else "m" if h.group("m") else "f"
# a preposition of place opening a capitalised run: 'In Belo Vale', 'Outside Port Avella'
_PLACE_PREP = re.compile(r"(?:In|At|On|From|Near|Outside|Inside|Across|Along|Around|Beyond|Within|Throughout)\s")
# a sentence that is one masked quote and nothing else: '“~~~~.”\n\n' (spaces inside the marks too: '“ ~~~~ ”')
_ALL_QUOTE = re.compile(r"\s*[“\"][~\s]*[”\"]\s*")
# a live blog's time stamp opening an entry: '10:05 a.m. — ', '14:20 – '
_TIME_STAMP = re.compile(r"\d{1,2}:\d{2}(?:\s*[ap]\.m\.)?\s*[—–-]{1,2}\s+")
# (also after a leading time clause or adverb: 'As the crowd thinned, Ada Roth lingered …', 'Later, Ada Roth …',
# or a time stamp)
_OPENS_SENT = re.compile(rf"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:{_TIME_STAMP.pattern})?(?:(?:[A-Z][a-z]+\s+)?(?!(?:said|says|told|tells)\s)[a-z]+\s+"
                         r"|(?:As|When|While|After|Before|Once|Later|Earlier|Afterward|Afterwards)\b[^.!?,;:~“”\"]{0,30},\s+)?$")
# a definite description opening its sentence, in apposition before a name closed by a comma ('The division
# director who received the memo, Ben Ortiz, retired'): the name is the sentence's subject
_APPOS_OPENER = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)The\s+[a-z][^.!?,;:~“”\"]{1,80},\s+$")
_MID_ROLE = re.compile(r"\s+[A-Z][a-z]")  # a lower-case role word is followed by a name
# a role word right after a lower-case adjective and before a name: '… presidential candidate Ada'
_ADJ_ROLE_NAME = re.compile(r"\s+(?P<role>[a-z]+)\s+[A-Z][a-z]")
_ADJ_ROLES = _ROLE_NOUNS | frozenset("candidate nominee spokesman spokeswoman adviser advisor aide strategist "
                                    "lawmaker official analyst economist pollster whip".split())
# a role word right after a lower-case noun modifier, with no name after it: 'A White House budget official'
_NEXT_ROLE = re.compile(r"\s+(?P<role>[a-z]+)\b")
# person nouns of a tie to someone named before them, outside the agent-suffix shape: 'Trump surrogate Carl Demo'
_TIE_ROLES = frozenset("surrogate ally backer loyalist confidant confidante protege protégé delegate associate".split())
_NOT_ROLE = frozenset("""never other rather either neither whether later earlier under over after ever together
    further however whatever whoever wherever forever moment comment statement""".split())
_THE_N = re.compile(r"the\s+(?:two|three|four|five|six|both)")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:\d[\d,]*\s+)?$")


@lru_cache(maxsize=1024)
def _indef_pattern(head: str) -> re.Pattern:
    # not an adjective before an abstract noun: 'to make an official declaration'; also after 'one' ('One
    # person familiar with the talks … the person said')
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+((?:[\w.\-]+\s+){{0,3}}?)({re.escape(head)})\b(?![\-’'])"
                      r"(?!\s+[a-z]+(?:tion|ment|ance|ence|ity)\b)")


@lru_cache(maxsize=1024)
def _org_pattern(cap: str) -> re.Pattern:
    """'Turkish Defense Ministry', 'National Association of Atomic Veterans', "the Lorn County Sheriff's Office" for
    the head 'Ministry'/'Association'/'Office' (an officer's possessive inside it, not a person's: "Ada Roth's
    Finance Ministry" is the ministry)."""
    word = r"(?:[A-Z][\w.&\-]*|(?:Sheriff|Attorney|Marshal|Examiner|Coroner|Clerk|Assessor|Treasurer)[’']s)"
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
# (HF), an alliance of 12 groups fighting …', 'Jo Doe, the Pentagon spokesman, …', 'Bo Lund, the
# president's nominee to the court, …', also a capitalised title before 'of' and a name ('Ada Roth, the Bishop
# of Wenlow,')
_APPOS_ROLE = re.compile(
    r"(?:\s*\([A-Z][\w.\-]{0,10}\))?,\s+(?:the|a|an)\s+(?:[\w.\-’']+\s+){0,5}?(?P<head>[a-z][a-z\-]*[a-z]|"
    rf"(?:{'|'.join(sorted(t for t in TITLES if t.isalpha() and t.istitle()))})(?=\s+of\s+[A-Z]))"
    r"(?:\s+of\s+(?:[\w\-]+\s+){0,2}?(?P<of>[a-z]+s))?"
    r"(?=\s*[,.;]|\s+(?:who|which|that|whose|based|in|at|for|of|to|with|from|on|since|[a-z]+ing)\b)")
# organisation nouns before a name ('the semi-official newspaper Al Harbour', 'the protest group Pier Watch')
_GROUP_NOUNS = frozenset("""company firm group newspaper paper daily agency party movement network broadcaster
    magazine organisation organization alliance coalition union association channel station website""".split())
_GROUP_NOUN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_GROUP_NOUNS))})\s+$")
# a common-noun body as the subject of a reporting verb: 'The Norland army said', 'the ministry has warned',
# also past an aside before the verb ('The defence ministry, in a post on Telegram, said')
_BODY_SUBJECT = re.compile(
    r"(?P<np>\b(?:[Tt]he|[A-Z][\w\-]*[’']s)\s+(?:(?!(?:of|the|and|in|for|on|at|to|with|by|from)\s)[A-Za-z][\w\-]*\s+){0,3}(?:government|army|military|ministry|council|committee|commission|"
    r"administration|department|agency|company|party|group|embassy|court|authority|board|office|campaign)"
    r")(?:,\s+(?:in|on|at|after|during|via|through|speaking|citing)\b[^,.;:“”\"\n]{0,60},)?"
    r"\s+(?:(?:has|had|also|[a-z]+ly)\s+)?(?P<cue>[a-z]+)\b")
# a definite description before a name: 'the newspaper Al Harbour', "Harwell’s parent company, Trident Home Brands"
_THE_DESCRIPTION = re.compile(r"(?:\b[Tt]he|\w[’']s|\b(?:[Ii]ts|[Tt]heir))\s+(?:[\w\-]+\s+){0,2}$")
_NAME_BEFORE_ROLE = re.compile(r"(?:^|[.!?]\s+|\n)((?:Mr|Mrs|Ms|Dr)?\.?\s*[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3}),\s+$")
# a plural person noun before 'in/from/at' and a place: 'Officials in Norland', 'residents from Lorn'
_GROUP_HEAD = re.compile(r"(?i:officials|sources|experts|analysts|lawmakers|aides|advisers|leaders|diplomats"
                         r"|residents|authorities|police|workers|doctors|activists|witnesses)")
_PLURAL_AT = re.compile(r"[a-z]+s\s+(?:in|from|at)\s+(?:the\s+)?[A-Z]")
_GROUP_AT = re.compile(rf"{_GROUP_HEAD.pattern}\s+(?:in|from|at)\s+(?:the\s+)?[A-Z]")
# an agent-noun ending of one word: 'speaker', 'senator', 'activist', 'spokeswoman', 'attendee'
_AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee|ant|ent|ive|ess)$")


def _agent_noun(word: str | None) -> bool:
    """A lower-case word that reads as a person noun by its ending ('negotiator', 'lecturer'), not a listed non-role."""
    return bool(word) and bool(_AGENT_SUFFIX.search(word)) and len(word) > 4 and word not in _NP_STOP and word not in _NOT_ROLE


# a definite description of a person by party, state, office or a descriptive noun: 'the Republican
# nominee', 'the Ohio Democrat', 'the billionaire', 'the freshman congresswoman'
_FOCUS_DESC = re.compile(
    r"[Tt]he\s+(?P<mods>(?:(?:[A-Z][a-z]+|GOP|[a-z][a-z\-]+)\s+){0,3})(?P<head>Republican|Democrat|[Ii]ndependent|[a-z]+)")
_FOCUS_HEADS = (_ROLE_NOUNS - {"spokesman", "spokeswoman", "spokesperson"}) | frozenset(
    "candidate nominee businessman businesswoman mogul tycoon billionaire congressman congresswoman lawmaker "
    "incumbent challenger diplomat".split())  # not an aide who speaks for the person
_FOCUS_NOT_MODS = frozenset("other another same rival opposing former second third two both".split())
# a participle clause of asking after a subject: 'Ada Roth followed up, asking whether …'
_ASKING_CLAUSE = re.compile(r",\s+asking\s+(?:whether|if|how|why|what|when|who|about)\b")
_FOCUS_PRON = re.compile(r"\b(?:(?P<m>he|his|him|himself)|(?P<f>she|her|hers|herself))\b", re.I)


def _person_description(np: str) -> bool:
    """A definite description of a person by party, office or a person noun ('the Republican presidential
    nominee', 'the senator'), not of a thing or a crowd ('the room', 'the crowd')."""
    fm = _FOCUS_DESC.fullmatch(np)
    return bool(fm) and (fm.group("head")[:1].isupper() or fm.group("head") in _FOCUS_HEADS)


def _focus_person(np: str, pos: int, mem: _Memory) -> str | None:
    """For a definite description of a person that nothing else resolved ('the Kentucky Republican',
    'the Democratic nominee', 'the billionaire'): the one person named as the subject of its sentence
    or the two before, of fitting gender when a gendered head ('congresswoman') or a he/she later in its
    sentence tells ('Gov. Ada Roth spoke for an hour. “Q,” the Republican nominee said')."""
    fm = _FOCUS_DESC.fullmatch(np)
    if not fm:
        return None
    head, mods = fm.group("head"), fm.group("mods").split()
    if head[:1].islower() and head not in _FOCUS_HEADS:
        return None
    place = " ".join(w for w in mods if w[:1].isupper() and w not in _PARTY_MODS)
    if any(w in _FOCUS_NOT_MODS for w in mods) or (place and place not in US_STATES and place not in PLACES):
        return None  # 'the other candidate'; a state or place and party words modify it ('the Ohio Democrat')
    if place in US_STATES and head in ("Republican", "Democrat") and (tagged := _state_tagged(head[0], place, pos, mem)):
        return tagged  # 'Rep. Ada Roth, R-Ind., … the Indiana Republican': the one so tagged
    wants = ("m", "f")
    if head.endswith("woman"):
        wants = ("f",)
    elif head.endswith("man"):
        wants = ("m",)
    else:
        k = bisect_right(mem.ends, pos)
        hi = mem.ends[k] if k < len(mem.ends) else len(mem.text)
        pron = _FOCUS_PRON.search(mem.text, pos + len(np), hi)
        if pron:
            wants = ("m",) if pron.group("m") else ("f",)
    k = bisect_right(mem.ends, pos) - 1
    text, person = mem.text, None
    first = mem.ends[k - 2] if k >= 2 else 0
    if re.search(rf"(?<![a-z],\s)\b[Tt]he\s+(?:[\w\-]+\s+){{0,3}}{head}\b", text[first:pos]):
        return None  # 'The judge rubbed his chin. “Q,” the judge said': an unnamed person described before (not
        # in apposition to a name: 'Ada Roth, the billionaire developer,')
    askers = {t[1] for t in mem.reporters if first <= t[0] < pos and t[5] == "asked"} | _asking_subjects(first, pos, mem)
    spans = []  # the sentences, nearest first, each cut at its line breaks (a headline; a paragraph after a quote)
    j, taken = k, 0
    while taken < 3 and j >= -1:
        lo = mem.ends[j] if j >= 0 else 0
        hi = pos if j == k else mem.ends[j + 1]
        j -= 1
        if j < k - 1 and _ALL_QUOTE.fullmatch(text, lo, hi):
            continue  # an earlier sentence that is all quote names no subject: the one before it counts instead
        taken += 1
        while (cut := text.rfind("\n", lo, lo + len(text[lo:hi].rstrip()))) >= 0:
            spans.append((cut + 1, hi))
            hi = cut
        spans.append((lo, hi))
    para_start = text.rfind("\n", 0, pos) + 1
    in_para = False  # the person was found in the description's own paragraph
    for lo, hi in spans:  # a joint subject ('Ada Roth and Bo Lund met') names no one
        if in_para and hi <= para_start:
            break  # the one in focus in the description's own paragraph, not one named in a paragraph before
        found = {name for w in wants if (name := mem._subject_person(w, lo, hi)) and _focus_named(name)}
        found.update(nm for st, nm, *_ in mem.reporters if lo <= st < hi and _focus_named(nm)
                     and any(mem._person_fits(nm, False, w) for w in wants))
        for st, nm, org in _between(mem.mentions, lo, hi):  # after a long opening phrase: 'Following …, Ada Roth urged'
            if (not org and _focus_named(nm) and _LONG_LEAD.fullmatch(text, lo, st)
                    and (seq := _CAP_SEQ.match(text, st)) and not seq.group().endswith(("’s", "'s"))
                    and (v := _VERB_AFTER_NAME.match(text, seq.end()))
                    and v.group("w") not in _ROLE_NOUNS):
                found.add(nm)
        found -= askers  # the one who asked is not the one who answers
        if len(found) == 1:
            if person and found != {person}:
                return None  # two persons in focus
            if not person:
                person, in_para = found.pop(), lo >= para_start
        elif found and not person:
            return None
    return person


def _asking_subjects(lo: int, hi: int, mem: _Memory) -> set[str]:
    """The subjects of the sentences between lo and hi that ask in a participle clause ('Ada Roth
    followed up, asking whether …'): the one who asked is not the one who answers."""
    askers = set()
    for m in _ASKING_CLAUSE.finditer(mem.text, lo, hi):
        j = bisect_right(mem.ends, m.start()) - 1
        askers.update(name for w in ("m", "f") if (name := mem._subject_person(w, mem.ends[j] if j >= 0 else 0, m.start())))
    return askers


# a party-and-state tag after a name: 'Rep. Ada Roth, R-Ind.,', 'Sen. Bo Lund (D-NY)'
_STATE_TAG = re.compile(r"[,(]\s*(?P<p>[RDI])-(?P<st>(?:[A-Z][a-z]*\.?){1,2}|[A-Z]{2})(?=[,)]|\s|$)")


def _state_tagged(party: str, state: str, pos: int, mem: _Memory) -> str | None:
    """The one person before pos whose party-and-state tag is this party ('R', 'D') and an
    abbreviation of this state (its letters in order in the state's name), else None."""
    letters = state.replace(" ", "").lower()
    names = set()
    for t in _STATE_TAG.finditer(mem.unmasked, 0, pos):
        ab = t.group("st").replace(".", "").lower()
        if t.group("p") != party or ab[0] != letters[0] or not _in_order(ab, letters):
            continue
        near = _between(mem.mentions, t.start() - 60, t.start())
        if near and not near[-1][2]:
            names.add(near[-1][1])
    return names.pop() if len(names) == 1 else None


def _in_order(sub: str, word: str) -> bool:
    """The letters of sub appear in word in order ('ky' in 'kentucky')."""
    it = iter(word)
    return all(c in it for c in sub)


# a one-word possessor right before an organisation name: "Orlin’s Foreign Ministry"
_PLACE_OWNS = re.compile(r"(?<![\w’'.\-])([A-Z][a-z]+)[’']s\s+$")


def _focus_named(name: str) -> bool:
    """A full person name, not a capitalised dateline place ('PERALTA SPRINGS, Nev. —')."""
    return _full_person_name(name) and not name.isupper()


# a long opening phrase before a name, or the rest of a dateline cut at its state's abbreviation:
# 'OSTBERG, Nev. (AP) — Ada Roth, …, told'
_LONG_LEAD = re.compile(r"(?:\s*[A-Z][^,;:~“”\"]{3,200},\s+|\s*\([^()]{2,40}\)\s*[—–]\s*)(?:(?:[A-Z][\w’'.\-]*|former)\s+){0,3}")


_PARTY_MODS = frozenset("Republican Democratic Democrat GOP Independent independent".split())
# a definite description of a person and the race it is in: 'the Republican nominee for the Nov. 8 election',
# 'the Democratic candidate in the race', 'the GOP nominee for the Senate'; not another race ('in 2012',
# 'in the last election')
_FOCUS_DESC_PP = re.compile(r"(?P<desc>[Tt]he\s+(?:\S+\s+){0,3}?\S+)\s+(?:for|in)\s+"
                            r"(?!(?:\S+\s+){0,4}?(?:\d{4}|last|previous|past|other|former)\b)(?:\S+\s+){0,4}\S+")


def _speaker_from_np(np: str, np_start: int, mem: _Memory) -> tuple[str | None, int, int]:
    """(speaker, mention_start, mention_end) for a subject noun phrase at np_start; a definite
    description of a person left as written goes to the person in focus (see _focus_person)."""
    label = np.strip()
    if label.isupper() and label.title() in TITLES and label.title() not in mem._by_token:
        # a transcript's role label in capitals ('HOST: “Q”', 'SENATOR: …'): the role's holder, as 'the host'
        at = np_start + len(np) - len(np.lstrip())
        holder = _np_speaker("the " + label.lower(), at, mem)[0]
        if holder and holder[:1].isupper():
            return holder, at, at + len(label)
    out = _np_speaker(np, np_start, mem)
    if out[0] and np.lstrip()[:4] in ("the ", "The "):
        bare = np.strip().rstrip(",")
        # the description itself, nothing resolved yet; or only the named place or body an earlier 'a <role> at …' was at
        as_written = out[0] == bare[4:] or (out[0].startswith(bare[4:]) and bool(_AT_NAME_RX.fullmatch(out[0], len(bare) - 4)))
        if as_written and out[0] in STATE_DEMONYMS and (person := _by_home_state(STATE_DEMONYMS[out[0]], out[1], mem)):
            return person, out[1], out[2]  # 'Sen. Ada Roth of Montana … the Montanan said'
        if as_written and (person := _focus_person(bare, out[1], mem)):
            return person, out[1], out[2]
        if as_written and out[0] in _BODY_HEADS and (placed := mem.placed_body(out[0], out[1])):
            return placed, out[1], out[2]  # 'the Russian embassy in Washington said … the embassy added'
        if as_written and out[0][:1].isupper() and (source := mem.antecedent(out[0], out[1])) and (
                _CLOSE_REL.match(source, len(out[0]) + 1)):
            return source, out[1], out[2]  # 'a Democrat familiar with the process … the Democrat said': that source
        if (fm := _FOCUS_DESC.fullmatch(bare)) and fm.group("head") in ("Republican", "Democrat") and (
                place := " ".join(w for w in fm.group("mods").split() if w not in _PARTY_MODS)) in US_STATES and (
                tagged := _state_tagged(fm.group("head")[0], place, out[1], mem)):
            return tagged, out[1], out[2]  # 'the Oregon Democrat' after 'Sen. Ada Roth (D-Ore.)': the one so tagged
        if (" for " in bare or " in " in bare) and not _full_person_name(out[0]) and (pp := _FOCUS_DESC_PP.fullmatch(bare)) and (
                person := _focus_person(pp.group("desc"), out[1], mem)):
            return person, out[1], out[2]  # 'the Republican nominee for the Senate': as 'the Republican nominee'
    return out


def _np_speaker(np: str, np_start: int, mem: _Memory) -> tuple[str | None, int, int]:
    """(speaker, mention_start, mention_end) for a subject noun phrase at np_start."""
    lead = len(np) - len(np.lstrip())
    np = np.strip().rstrip(",")
    np_start += lead
    if not np:
        return None, np_start, np_start
    pm = _PRON.fullmatch(np)
    if pm:
        name = mem.resolve_pronoun(np, np_start)
        if not name and np in ("it", "It") and (by := mem.issuer(np_start)):
            name = _speaker_from_np(mem.text[by[0]:by[1]], by[0], mem)[0]  # 'The ministry issued a statement. “Q,” it read'
        return name or np, np_start, np_start + len(np)
    if _GROUP_AT.match(np) or _PLURAL_AT.match(np) and _plural_person(np.split()[0]):
        return np, np_start, np_start + len(np)  # 'Officials in Norland', 'voters in Lorn': not the place
    if (" in " in np or " to " in np) and (bp := _BODY_IN_PLACE.fullmatch(np)) and (
            bp.group("head") in _BODY_HEADS or bp.group("head") in _POSTED_HEADS or bp.group("head").lower() in _BODY_HEADS):
        # 'The Veldorian embassy in Norland said', "Veldoria’s mission to the United Nations", 'The Veldorian
        # Embassy in Norland': the body, not the place
        return np[4:] if np[:4].lower() == "the " else np, np_start, np_start + len(np)
    if (cg := _COUNTED_GROUP.fullmatch(np)) and cg.group("head") in _GROUP_HEADS and " " in np.strip():
        return np[4:] if np[:4].lower() == "the " else np, np_start, np_start + len(np)  # 'Two senior Norland officials'
    joint = _JOINT.fullmatch(np) if " and " in np else None
    if joint:
        first, second = (_speaker_from_np(joint.group(g), np_start + joint.start(g), mem)[0] for g in ("a", "b"))
        if first and second and first[:1].isupper() and second[:1].isupper() and not _PRON.fullmatch(first):
            return f"{first} and {second}", np_start, np_start + len(np)  # 'Ada Roth and Ben Ortiz said'
    if _QUANTIFIED_GROUP.fullmatch(np):
        return np, np_start, np_start + len(np)  # 'Many MEPs want …': the share of the group, as written
    if _PLURAL_PAIR.fullmatch(np) and np.split()[0] not in mem._by_token:  # not 'Ada Ross … Ross and colleagues'
        return np, np_start, np_start + len(np)  # 'Critics and scholars called it …': both groups
    owned = _PRON_BODY.fullmatch(np) if np[:1] in "HhIi" else None
    if owned and owned.group("head") in _BODY_HEADS:  # 'Ada Roth … her media team said' -> "Ada Roth's media team"
        owner = mem.resolve_pronoun(_POSS_PRON[owned.group("pron").lower()], np_start)
        if owner:
            return f"{owner}'s {owned.group('body')}", np_start, np_start + len(np)
    doc = _DOC_FROM.match(np)
    if doc and doc.end() < len(np):  # 'a statement from the council said': the council speaks through it
        name = _speaker_from_np(np[doc.end():], np_start + doc.end(), mem)[0]
        if name:
            return name, np_start, np_start + len(np)
    site = _DOC_ON_SITE.fullmatch(np) if " on " in np else None
    if site:  # "a statement on the ministry’s website said": the site's owner speaks through it
        name = _speaker_from_np(site.group("owner"), np_start + site.start("owner"), mem)[0]
        if name:
            return name, np_start, np_start + len(np)
    doc = _OWNED_DOC.fullmatch(np) if np[np.rfind(" ") + 1:] in _DOC_HEADS else None
    if doc:  # "the ministry’s statement said", "Roth’s letter said": the owner speaks through it
        name = _speaker_from_np(doc.group("owner"), np_start, mem)[0]
        if name:
            return name, np_start, np_start + len(np)
    at = _PERSON_AT.match(np)
    if at and (at.end() == len(np) or _AT_NAME_RX.fullmatch(np, at.end())):
        # 'a staff member at Varnoy College (in Berwick)', not the college or the town
        return np[np.find(" ") + 1:at.end()], np_start, np_start + len(np)
    if _CLOSE_REL.search(np) and _CLOSE_TO.fullmatch(np):  # 'a source close to the Kremlin said': as written
        low = np.lower()
        return np[next((len(a) for a in ("the ", "a ", "an ") if low.startswith(a)), 0):], np_start, np_start + len(np)
    group = _GROUP_OF.fullmatch(np) if " of " in np else None
    if group and group.group("head") in _GROUP_HEADS:  # 'the leaders of France and Germany': all of it
        return np[4:] if np[:4].lower() == "the " else np, np_start, np_start + len(np)
    if " of " in np and (role_of := _ROLE_OF_BODY.fullmatch(np)) and not any(
            (c := _canon_seq(m.group()))[0] and not c[1] and " " in c[0] for m in _CAP_SEQ.finditer(np)):
        # 'the deputy head of the defence committee of parliament', 'the head of the IAEA': the role, all of it
        # (not the body or place after 'of'); a person's name in it speaks instead ('President of the Commission Ada Roth')
        low = np.lower()
        return np[next((len(a) for a in ("the ", "a ", "an ") if low.startswith(a)), 0):], np_start, np_start + len(np)
    post = _TO_POST_NAME.search(np) if " to " in np else None
    if post and (person := _person_after_post(post.group("seq").split())):
        return person, np_start, np_start + len(np)  # 'Ambassador to the United Nations Vassily Korenev'
    best = None
    for m in _CAP_SEQ.finditer(np):
        name, org = _canon_seq(m.group())
        if name and name.startswith(_MONTH_STARTS) and _month_date(name, mem.text, np_start + m.start()):
            name = name.split(None, 1)[1]  # 'In June Roth said': a date, then the name
        if name and " " not in name and not org and m.group().count(" ") == 1 and _is_title(
                m.group().split()[0]) and _GROUP_NOUN_BEFORE.search(np, 0, m.start()):
            name, org = m.group(), True  # 'the progressive group Justice Forward': a title word in the group's name
        if name:
            best, best_start = (name, org, m.end()), m.start()
    agent = best and _AGENT_FOR.fullmatch(np, 0, best_start)
    if agent and all(t in _ORG_HEADS for t in np[best[2]:].split()):
        # 'a spokesman for Ada Roth said', 'a spokesman for the Norland army': the spokesman speaks
        name = best[0] if best[1] else mem.expand(best[0], np_start, _honorific_gender(np, best[2] - len(best[0])))
        return np[agent.start("role"):best_start] + name + np[best[2]:], np_start, np_start + len(np)
    if best is None and (np in _SURNAME_CAPS or np.endswith("ing") and np[1:].islower()):
        # '“Q,” From said' after 'Al From', 'May said' after 'Theresa May'; a surname in -ing, which
        # _canon_seq takes for a participle alone ('Benning said' after 'Carl Benning')
        full = mem.expand(np, np_start)
        if full != np and full.split()[-1] == np and full.split()[0] in _FIRST_NAMES:
            return full, np_start, np_start + len(np)
    if best is None or (best[0] in TITLES and " " not in best[0]) or (" " not in best[0] and _THE_AGED.fullmatch(np)):
        low = np.lower()
        if all(w in _FUNCTION or w.capitalize() in STOP_CAPS for w in low.split()) and not _THE_N.fullmatch(low):
            return None, np_start, np_start  # but '“Q,” the two write' names the speakers
        words = low.split()
        gave = _GAVE_NAME.match(mem.text, np_start + len(np))
        if gave and words[0] in ("a", "an", "one", "the"):  # 'said a boy who gave his name as Steve': Steve
            return gave.group("name"), np_start, np_start + len(np)  # ('said the woman, who gave her name as …')
        age = _THE_AGED.fullmatch(np)
        named = (age and (_by_age(age.group(1), np_start, mem) or _aged_in_focus(np_start, mem))) or (
            len(words) == 2 and words[0] == "the" and np.split()[1] in NATIONALITIES
            and _by_nationality(np.split()[1], np_start, mem))
        if named:  # 'Ada Roth, 54, … “Q,” the 54-year-old said', 'Ben Ortiz, a Norwegian diplomat, … the Norwegian said'
            return named, np_start, np_start + len(np)
        if words and (len(words) == 1 or (len(words) <= 3 and words[0] in ("the", "this"))) and words[-1] in _NOTED_ROLES:
            named = (len(words) == 3 and mem.by_other_title(" ".join(words[1:]), words[-1], np_start)) or mem.by_role(
                words[-1], np_start, _cap_mods(np))  # 'the minister said' -> 'Sergei Lavrov'
            if named:
                return named, np_start, np_start + len(np)
        elif words[0] == "the" and 2 <= len(words) <= 4 and mem.title_roles and (
                named := mem.by_title(" ".join(words[1:]), np_start)):
            return named, np_start, np_start + len(np)  # 'County Clerk Ada Roth … the clerk said', 'the chief justice'
        if (words[0] == "the" and 3 <= len(words) <= 5 and words[-1] in _ROLE_NOUNS and mem.nation_roles
                and _nation_word(nat := np.split()[1]) and nat[:1].isupper()):
            named = mem.by_nation_role(nat, " ".join(words[2:]), np_start)  # 'the Iranian foreign minister said'
            if named:
                return named, np_start, np_start + len(np)
        if words[0] == "the" and len(words) <= 4:
            named = _described(np, words[-1], np_start, mem)  # 'the company warned', 'the Palestinian leader said'
            if named:
                return named, np_start, np_start + len(np)
        if len(words) == 2 and words[0] == "the" and words[1] in _ISSUED_HEADS and (by := mem.issuer(np_start)):
            named = _speaker_from_np(mem.text[by[0]:by[1]], by[0], mem)[0]
            if named:  # 'The ministry issued a statement. “Q,” the statement read': the ministry, through it
                return named, np_start, np_start + len(np)
        if len(words) == 2 and words[0] == "the" and np.split()[1].isalpha() and np.split()[1].islower() and words[1] not in _FUNCTION:
            named = mem.antecedent(words[1], np_start) or _body_antecedent(words[1], np_start, mem)
            if named:  # 'a UN spokesperson … the spokesperson said', 'The Norland army said … the army said'
                return named, np_start, np_start + len(np)
        for art in ("the ", "a ", "an "):
            if low.startswith(art):
                return np[len(art):], np_start, np_start + len(np)
        return np, np_start, np_start + len(np)
    name, org, end = best
    if org and (owner := _BODY_POSSESSOR.fullmatch(np, 0, best_start)) and owner.group("body") in _BODY_HEADS:
        # "the military’s General Staff", "the ministry's Press Office": the body it belongs to stays
        return np[owner.start("body"):best_start] + name, np_start, np_start + len(np)
    if org and _title_of_place(name):
        # 'Mr Lim Boon Huat, Managing Director of FarmCo said': the person before the role
        pm = _NAME_BEFORE_ROLE.search(mem.text, max(0, np_start - 60), np_start)
        if pm:
            person, porg = _canon_seq(pm.group(1))
            if person and not porg and " " in person:
                return person, np_start, np_start + len(np)
    tail = np[end:].strip().split()
    if 0 < len(tail) <= 3 and all(t.isalpha() and t.islower() for t in tail) and tail[-1] in _BODY_HEADS and (
            " of " in np[best_start:end] or " for " in np[best_start:end]) and (
            person := _unlisted_person_before_of(name) if org else name):
        # 'Henrik Dahl of the Nordpress news agency': a lower-case body noun ends the 'of' part, so the run
        # before 'of' is a person of that body (not a body's name, nor 'Henrik Dahl news agency')
        return mem.expand(person, np_start), np_start, np_start + len(np)
    possessive = _POSS_END.search(np, 0, end)
    # a capitalised run ending in a title with no name after it is a description too: 'a senior Alliance MP'
    titled_run = not tail and name.split()[-1] in TITLES
    pre = _LOWER_PREMODS.fullmatch(np, 0, best_start) if (tail or titled_run) and not possessive else None
    if pre and pre.group("mods") and (titled_run or tail[-1].islower()):
        name = pre.group("mods") + name  # 'a senior Veldorian official': its rank before the name used as a modifier
    if len(tail) == 1 and np[:4].lower() == "the " and not possessive:
        # 'the Opposition leader said', 'the Pentagon spokesman said'; 'the Belmar leader' after "Belmar's
        # president, Ada Roth": the one so titled for that country, before anyone in focus
        named = (tail[0] in _NOTED_ROLES and mem.by_role(tail[0], np_start, _cap_mods(np))) or (
            tail[0] in _ROLE_NOUNS and mem.nation_roles and mem.by_nation_role(name, tail[0], np_start)) or _described(
            np, tail[0], np_start, mem)
        if named:
            return named, np_start, np_start + len(np)
    if tail and all(t.lower() in _ROLE or t in _ORG_HEADS or t in _POSSESSED_BODIES for t in tail) and tail[-1].lower() not in ("the", "a", "an", "of", "for", "his", "her", "their", "its"):
        if possessive:
            name = _POSS_END.sub("", name)  # a bare plural possessive is kept in the name ('Sanders’')
            if not org:  # "Roth’s office" -> "Ada Roth’s office"
                name = mem.expand(name, np_start, _honorific_gender(np, end - len(name)))
        name = name + (possessive.group() if possessive else "") + " " + " ".join(tail)  # 'Trump campaign'
    elif 0 < len(tail) <= 3 and all(t.isalpha() and t.islower() for t in tail) and tail[-1] in _BODY_HEADS:
        # "Norland’s foreign ministry", 'the Saudi-led coalition'
        name = _POSS_END.sub("", name) + (possessive.group() if possessive else "") + " " + " ".join(tail)
    elif 0 < len(tail) <= 3 and all(t.isalpha() and t.islower() for t in tail) and (
            _AGENT_SUFFIX.search(tail[-1]) or tail[-1] in _ROLE_HEADS or tail[-1] in _ADJ_ROLES or tail[-1] in _GROUP_HEADS
            or _plural_person(tail[-1])):
        # 'a Goshen police dispatcher', 'a House GOP whip aide': the name is a modifier; "Norland’s foreign minister": its possessor
        if tail[-1] in _ROLE_NOUNS and mem.nation_roles and not np[:1] in "Aa" and (
                person := mem.by_nation_role(_POSS_END.sub("", name), " ".join(tail), np_start)):
            return person, np_start, np_start + len(np)  # "Iran’s foreign minister" named earlier
        name = _POSS_END.sub("", name) + (possessive.group() if possessive else "") + " " + " ".join(tail)
    elif not org:
        name = mem.expand(name, np_start, _honorific_gender(np, end - len(name)), _last_title(np[:end - len(name)]))
    elif not tail and (name in ORG_WORDS or " " in name and name.split()[-1] in ORG_WORDS):
        # 'Williamsport Police said … Police said': a bare organisation word is the named one before (or, a
        # body word, the one named next); 'the Norland Foreign Office said … the Foreign Office said': the
        # full name the short one ends
        named = mem.antecedent(name.split()[-1].lower(), np_start) or (
            name in ORG_WORDS and name.lower() in _BODY_HEADS and _later_org(name, np_start + len(np), mem))
        if named and named.endswith(" " + name):
            name = named.rpartition("The ")[2]  # not 'Enter The Washington Post'
    return name, np_start, np_start + len(np)


def _later_org(head: str, pos: int, mem: _Memory) -> str | None:
    """For a bare body word with no earlier antecedent ('Police said … Varnshire Police said'), the first
    organisation name with it as head word in the 1500 characters after pos."""
    for m in _org_pattern(head).finditer(mem.text, pos, pos + 1500):
        toks = m.group().split()
        if any(t.endswith(".") and "." not in t[:-1] for t in toks):
            continue
        while toks and (toks[0] in STOP_CAPS or toks[0] in ("The", "A", "An")):
            toks = toks[1:]
        if len(toks) > 1:
            return " ".join(toks)
    return None


# the name an unnamed person gives right after the noun phrase: 'a boy who gave his name as Steve'
# (also after an appositive or a modifier and an adverb: 'one attendee, a man in a cap, who later identified himself as …',
# and 'a man sitting on a bench, who would give only his first name, Walt')
_GAVE_NAME = re.compile(r",?\s+(?:[a-z][^,;:~“”\"]{1,80}?,\s+)?(?:who\s+(?:later\s+|afterwards?\s+|[a-z]+ly\s+)?(?:gave|identified|would\s+give|did\s+give)\s+"
                        r"(?:only\s+)?(?:his|her|their|himself|herself)\s+(?:first\s+)?(?:name,|(?:name\s+)?(?:only\s+)?as)|identified\s+only\s+as|known\s+(?:only\s+)?as)\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\b")


_LEAD_CONJ = frozenset("As If When While Because Although Though Since Once After Before Until Unless But And So Yet Or".split())
# a determiner before a head noun that makes it someone new: 'a spokesman', 'the minister’s spokesman'
_NEW_REFERENT = re.compile(r"(?:\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|’s|'s)\s+(?:[\w.\-]+\s+){0,3}$")
_DEFINITE = re.compile(r"\b[Tt]he\s+(?:[\w.\-]+\s+){0,3}$")
# person nouns that a definite description of the previous sentence's person can have
_DESCRIBED_PERSONS = _ROLE_NOUNS | frozenset("candidate nominee businessman businesswoman mogul tycoon billionaire".split())
_NAME_PARTICLES = frozenset("of de da dos van von der del la bin al ul".split())


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
    if named and not mods and any(n != named for st, n, _ in mem.abbr_roles.get(head, ()) if st < pos):
        return None  # 'Sen. Ada Roth … Bo Lund, the senator from Ostmark, … the senator said': either
    org = head in _GROUP_NOUNS
    if named or not (org or head in _DESCRIBED_PERSONS or _THE_AGED.fullmatch(np)) \
            or any(start < pos for start, _ in mem.roles.get(head, ())) \
            or any(start < pos for start, *_ in mem.described.get(head, ())):
        return named
    if _POSS_END.search(np, 0, len(np) - len(head) - 1) and any(w[:1].isupper() for w in np.split()[1:-1]):
        return None  # "the Kremlin’s spokesman": a named body's spokesman, not the person nearby
    for m in _head_pattern(head).finditer(mem.text, 0, pos):
        lo = max(0, m.start() - 40)
        if _NEW_REFERENT.search(mem.text, lo, m.start()) or not _DEFINITE.search(mem.text, lo, m.start()):
            return None
    here = bisect_right(mem.ends, pos)
    near: dict[int, tuple[str, str | None]] = {}  # start -> (name, cue); a reporting subject wins over an opener
    # (for an organisation noun, a named organisation opening a sentence counts as its opener: 'The Harbour
    # Front, which …, gave another account. … the group said')
    openers = [(st, nm, None) for st, nm, o in mem.mentions if o and _org_opens_sentence(mem.text, st)] if org \
        else [(st, nm, None) for st, nm, _ in mem.openers]
    for start, name, cue in openers + [(t[0], t[1], t[5]) for t in mem.reporters]:
        if (start < pos and here - bisect_right(mem.ends, start) <= 1
                and (_name_is_org(name) if org else _full_person_name(name))
                and mem.text[max(0, start - 4):start] not in ("and ", " or ")):
            near[start] = name, cue
    if len({name for name, _ in near.values()}) != 1:
        return None
    name, cue = near[max(near)]
    return None if cue == "asked" or name in _asking_subjects(mem.ends[here - 2] if here >= 2 else 0, pos, mem) else name


def _org_opens_sentence(text: str, start: int) -> bool:
    """A named organisation at start opens its sentence, also after 'The' ('The Harbour Front, which …')."""
    the = _THE_BEFORE.search(text, max(0, start - 8), start)
    return bool(_OPENS_SENT.search(text, max(0, start - 40), the.start() if the else start))


def _body_antecedent(head: str, pos: int, mem: _Memory) -> str | None:
    """For 'the <body noun>' ('the army said'), the last earlier common-noun body with that head and
    modifiers that was the subject of a reporting verb within 3000 characters ('The Norland army said …')."""
    best, lo = None, max(0, pos - 3000)
    if mem.text.find(head, lo, pos) < 0:
        return None  # the body noun is not in the window: no search
    for m in _BODY_SUBJECT.finditer(mem.text, lo, pos):
        np = m.group("np")
        if m.group("cue") in CUE_WORDS and np.lower().endswith(" " + head) and len(np.split()) > 2:
            best = _speaker_from_np(np, m.start("np"), mem)[0]
    return best


_NAT_APPOS = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}")
_NAT_BEFORE = re.compile(r"(?:\s+(?!(?:and|or)\s)[a-z][\w\-]*){0,2}\s+")  # not 'the Texas senator and Ada Roth'


def _by_nationality(nat: str, pos: int, mem: _Memory) -> str | None:
    """For 'the Norwegian said', the person last given that nationality within 3000 characters before
    pos: in apposition ('Ben Ortiz, a Norwegian diplomat,') or before the name ('Norwegian diplomat Ben
    Ortiz', 'the Norwegian Foreign Minister Ben Ortiz')."""
    best = None
    persons = [(st, name) for st, name, org in mem.mentions if not org and " " in name and st < pos]
    for m in _head_pattern(nat).finditer(mem.text, max(0, pos - 3000), pos):
        k = bisect_right(persons, (m.start(), "\uffff"))
        if k and (seq := _CAP_SEQ.match(mem.text, persons[k - 1][0])) and (
                _NAT_APPOS.fullmatch(mem.text, seq.end(), m.start()) or seq.end() > m.start()):
            best = persons[k - 1][1]  # 'Ben Ortiz, a Norwegian diplomat', 'The Norwegian Minister Ben Ortiz'
        elif k < len(persons) and _NAT_BEFORE.fullmatch(mem.text, m.end(), persons[k][0]):
            best = persons[k][1]  # 'Norwegian diplomat Ben Ortiz'
    return best


def _by_home_state(state: str, pos: int, mem: _Memory) -> str | None:
    """For 'the Montanan said', the person last given that state as for a nationality ('Sen. Ada Roth of
    Montana', 'Ada Roth, a Montana rancher,'), else the one person with a party tag of it ('Sen. Ada Roth
    (D-Mont.)')."""
    tagged = {name for party in "RDI" if (name := _state_tagged(party, state, pos, mem))}
    return _by_nationality(state, pos, mem) or (tagged.pop() if len(tagged) == 1 else None)


# an age as a description: 'the 54-year-old said', 'the 61-year-old fisherman added', 'the 44-year-old
# former lawyer said'
_THE_AGED = re.compile(r"[Tt]he\s+(\d{1,3})-year-old(?:(?:\s+[a-z]+){1,2}|\s+[A-Z][a-z]+)?")  # also 'the 40-year-old Muslim'


def _by_age(age: str, pos: int, mem: _Memory) -> str | None:
    """The person most recently given this age before pos, in apposition ('Ada Roth, 54,', also a
    surname of a full name met before: 'Roth, 54,', 'Ada Roth, a 54-year-old nurse,') or before the name
    ('54-year-old Ada Roth', 'a 54-year-old fisherman, Ben Ortiz,'), within 3000 characters."""
    best = None
    for m in _age_pattern(age).finditer(mem.text, max(0, pos - 3000), pos):
        name, org = _canon_seq(m.group("a") or m.group("b"))
        if name and not org and " " in (full := mem.expand(name, m.start())):
            best = full
    return best


_AGE_WRITTEN = re.compile(r"\d-year-old|[A-Za-z],\s+\d{1,3}\s*,")  # '54-year-old', 'Ada Roth, 54,'


def _aged_in_focus(pos: int, mem: _Memory) -> str | None:
    """For 'the 58-year-old said' when no age is written before pos: the one person named in this
    sentence and the two before ('Coach Ben Aal was in no mood to celebrate. “Q,” the 58-year-old
    said'), of several the one quoted there, else None."""
    if _AGE_WRITTEN.search(mem.text, 0, pos):
        return None
    here = bisect_right(mem.ends, pos)
    lo = mem.ends[here - 3] if here >= 3 else 0
    names = {name for st, name, org in _between(mem.mentions, lo, pos)
             if not org and _full_person_name(name) and name not in PLACES and not _not_person(name)}
    if len(names) > 1:  # 'Ada Roth faces critics. Ben Ortiz dismissed it as “Q.” “Q2,” the 61-year-old said': who spoke
        # (or said something there: 'Ada Roth said she would meet Ben Ortiz. “Q,” the 44-year-old said')
        names &= {name for st, name, *_ in chain(mem.speakers, mem.reporters) if lo <= st < pos}
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=256)
def _age_pattern(age: str) -> re.Pattern:
    # also a lone surname the story expands ('Dunmore, 64,' after 'Ada Dunmore'); one line, an inner
    # period only after an initial or a short abbreviation ('Ada F. Roth', not 'the Green Bloc. Roth')
    name = r"[A-Z][\w’'\-]*(?:(?:[^\S\n]+(?:[A-Z][\w’'\-]{0,2}\.|[A-Z][\w’'\-]*|van|von|de|der|bin|al))*[^\S\n]+[A-Z][\w’'\-]*)?"
    # or a noun phrase with the age in apposition after the name ('Ada Roth, a 54-year-old nurse,')
    return re.compile(rf"(?P<a>{name}),\s+(?:{age}\s*,|an?\s+{age}-year-old\b)"
                      rf"|\b{age}-year-old(?:\s+[a-z]+){{0,2}}?,?\s+(?P<b>{name})")


def _plural_person(word: str) -> bool:
    """A plural person noun ('firefighters', 'farmers'): 'Norland firefighters said' is not the place."""
    return len(word) > 4 and word.endswith("s") and word[:-1].islower() and bool(_AGENT_SUFFIX.search(word[:-1]))


def _plural_role(word: str) -> bool:
    """A capitalised plural person noun opening a run ('Businessmen', 'Lawyers', 'Senators')."""
    low = word.lower()
    return word[:1].isupper() and word[1:].islower() and (
        low.endswith(("men", "women")) and len(low) > 5 or _plural_person(low)
        or low.endswith("s") and (low[:-1] in _ROLE_NOUNS or word[:-1] in TITLES))


def _full_person_name(name: str) -> bool:
    toks = name.split()
    return len(toks) > 1 and toks[0][:1].isupper() and all(t[:1].isupper() or t in _NAME_PARTICLES for t in toks) \
        and not _is_org(toks)


# an indefinite role noun phrase with lower-case modifiers before the walked-back words
_DET_MODIFIED = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?P<mods>(?:[\w.\-]+\s+){0,3}?[a-z][\w\-]*\s+)$")
# 'the' and lower-case modifiers right before a party noun: 'the three-term Republican', 'the veteran Democrat'
_THE_LOWER_MODS = re.compile(r"\b[Tt]he\s+(?P<mods>(?:[a-z][\w\-]*\s+){1,2})$")
_ROLE_HEADS = _ROLE_NOUNS | frozenset("official source expert diplomat spokesman spokeswoman spokesperson".split())
# organisation nouns after a place or nationality that head the subject: 'The Norland army said'
_ORG_HEADS = frozenset("government army military navy administration embassy authorities".split())
# a body owned by a pronoun's referent: 'his office', 'her media team'
_PRON_BODY = re.compile(r"(?P<pron>[Hh]is|[Hh]er|[Ii]ts)\s+(?P<body>(?:[a-z][\w\-]*\s+){0,2}(?P<head>[a-z]+))")
_POSS_PRON = {"his": "he", "her": "she", "its": "it"}
# what a person's possessive names as the speaker instead of the person: 'Roth's office said'
_POSSESSED_BODIES = frozenset("office camp".split())
# a person who speaks for someone named after 'for/of': 'a spokesman for Ada Roth', 'lawyers for the Ministry of Ports';
# or a relative of someone named after 'of': 'the wife of Ivo Marek'
_AGENT_FOR = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo)\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
                        r"(?P<role>(?:(?:spokes(?:man|woman|person)|lawyer|attorney|aide|adviser|advisor|representative|"
                        rf"official|source|counsel)s?\s+(?:for|of|to)|(?:{'|'.join(sorted(_KIN))})\s+of)\s+(?:the\s+)?)")


_NO_NP_END = frozenset("of for the a an his her their its".split())
_ROLE_CONTENT_WORDS = _ROLE - {"the", "a", "an", "his", "her", "their", "its", "of", "for"}  # built once, not per word


# a named possessor's body with lower-case modifiers: "Norland’s foreign ministry", "Roth’s campaign team"
_BODY_HEADS = _POSSESSED_BODIES | _ORG_HEADS | frozenset("""ministry department committee campaign party agency
    council commission service bureau team cabinet parliament court forces force police coalition alliance presidency""".split())
# a document named by its owner's possessive: "the ministry’s statement", "Ada Roth's letter"
_ISSUED_HEADS = frozenset("statement communique communiqué declaration message notice".split())
_DOC_HEADS = frozenset("statement report release letter memo email message filing complaint lawsuit".split())
_OWNED_DOC = re.compile(r"(?P<owner>(?:[Tt]he\s+)?[\w.\-]+(?:\s+[\w.\-]+){0,3}?)(?:['’]s|(?<=s)['’])\s+(?:[a-z\-]+\s+){0,2}?"
                        rf"(?:{'|'.join(sorted(_DOC_HEADS))})")
_CLOSE_REL = re.compile(_SOURCE_RELATION)
_PERSON_AT_END = re.compile(rf"(?:^|(?<=\s)){_PERSON_AT.pattern}(?:{_AT_NAME_RX.pattern})?$")
# the relation after an unnamed source, up to a comma or its cue: 'an official| familiar with the case, who …'
# (its object a few words with no verb: not 'a source familiar with the case did so, but …')
_SOURCE_TAIL = re.compile(rf"\s+(?P<rel>(?:{_SOURCE_RELATION})(?:\s+(?!(?:did|does|do|was|were|is|are|has|had|have|will|would|"
                          rf"could|can|also|then|later)\b)[\w’'\-]+){{1,5}}?)(?=,|\s+(?:said|says|told)\b)")
# an unnamed source by what it is close to: 'a source close to the Kremlin', 'two people familiar with the matter'
_CLOSE_TO = re.compile(
    r"(?:(?<=\s)|^)(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome)\s+)?"
    r"(?:(?!(?:But|And|Yet|So|Then|Still|Now)\b)[a-zA-Z][\w\-]*\s+){0,2}?"
    rf"(?:sources?|officials?|person|people|diplomats?|aides?|insiders?)\s+(?:{_SOURCE_RELATION})\s+"
    r"(?:the\s+)?[\w’'\-.]+(?:\s+[\w’'\-.]+){0,3}$")
# who a nation's, bloc's or body's people are: 'Western diplomats', 'the G7 foreign ministers'
_GROUP_HEADS = frozenset("""diplomats envoys ministers officials leaders sources analysts experts
    negotiators lawmakers commanders troops forces residents allies""".split())
# a counted group: 'the two leaders', 'several senior diplomats', 'Three Norland officials'
_COUNTED_GROUP = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Bb]oth|\d{1,3})"
                            r"(?:\s+[A-Za-z][\w\-]*){0,2}?\s+(?P<head>[a-z]+)$")
# a group of named places or bodies: 'the foreign ministers of France, Germany and Britain'
_GROUP_OF = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?P<head>[a-z]+)\s+of\s+(?:the\s+)?[A-Z][\w.\-]*"
                       r"(?:(?:,\s+|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w.\-]*){0,8}$")
_BLOC_ADJ = frozenset("Western Eastern Arab European Gulf Allied Nordic Baltic African Asian Latin".split())
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# a nation's or place's body: 'The Belarusian defence ministry', 'the Saudi-led coalition'
_NATIONAL_BODY = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<adj>[A-Z][\w.\-]*)(?:\s+[a-z][\w\-]*){0,2}\s+(?P<head>[a-z]+)$")
_POSS_BODY = re.compile(r"(?:^|(?<=\s))(?:(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*|[Tt]he\s+[a-z]+)(?:['’]s|(?<=s)['’])"
                        r"(?:\s+[a-z][\w\-]*){0,2}\s+(?P<head>[a-z]+)$")


# titles whose post follows after 'to': 'Ambassador to the United Nations', 'Special Envoy to the Sahel'
_TO_TITLE = "ambassador|envoy|representative|emissary|delegate"
_TO_TITLES = frozenset(_TO_TITLE.split("|")) | {"ambassadors", "envoys"}
_TO_POST = re.compile(r"\s+(?:the\s+)?[A-Z]")
# a title's post and the name after it, in one capitalised run: 'Envoy to the Sahel Ines Marlow'
_TO_POST_NAME = re.compile(rf"\b(?i:{'|'.join(sorted(_TO_TITLES))})\s+to\s+(?:the\s+)?"
                           r"(?P<seq>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)+)$")
_POST_BEFORE = re.compile(rf"\b(?i:({_TO_TITLE}))\s+to\s+(?:the\s+)?$")  # the title, singular, for the role memory
_POST_ENDS = frozenset("Nations States Kingdom Emirates".split())


def _person_after_post(toks: list[str]) -> str | None:
    """The person's name after a post in toks ('United Nations Vassily Korenev' -> 'Vassily Korenev'):
    after the last organisation word, place or acronym of the post, else from a known first name, else
    the last two words."""
    k = max((i + 1 for i, t in enumerate(toks[:-1]) if t in ORG_WORDS or t in _POST_ENDS or t in PLACES
             or _ACRONYM.fullmatch(t.replace(".", "")) or t.endswith(".")), default=0)
    if not k:
        k = next((i for i, t in enumerate(toks) if t in _FIRST_NAMES), max(0, len(toks) - 2))
    if len(toks) - k < 2 or k == 0:
        return None
    name, org = _canon_seq(" ".join(toks[k:]))
    return name if name and not org else None


# a country word and a title ending the words before a name: "Iranian Foreign Minister ", "Veldoria’s defence minister, "
_NATION_TITLE = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<nation>[A-Z][\w\-]+?)(?:['’]s)?\s+"
                           rf"(?P<title>(?:[A-Za-z\-]+\s+){{0,2}}?(?i:{'|'.join(sorted(_ROLE_NOUNS))}))\s*,?\s*$")
# a subject's verb issuing a statement: 'The ministry issued a statement', 'the army put out a communique',
# 'The coast guard said in a statement'
_ISSUED_DOC = re.compile(r"\s(?:issued|released|published|posted|put\s+out|sent\s+out|said\s+in)\s+(?:a|an|its|their|the)\s+"
                         r"(?:[a-z\-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration|message|notice)\b")
# a capitalised title ending the words before a name: 'Foreign Minister '
_BARE_TITLE = re.compile(rf"(?:^|(?<=\s))"
                         rf"(?P<title>(?:[A-Z][a-z\-]+\s+){{0,2}}?(?:{'|'.join(sorted(t.capitalize() for t in _ROLE_NOUNS))}))\s+$")
# a wire dateline naming a country after its city: 'TEHRAN, Iran (AP) — '
_DATELINE_NATION = re.compile(r"\s*[A-Z][A-Z.\-]+(?:\s+[A-Z][A-Z.\-]+)*,\s+(?P<nation>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*\(")
_DEMONYM_SUFFIXES = ("", "n", "an", "ian", "i", "ese", "ish")


def _nation_word(word: str) -> bool:
    """Whether a capitalised word before a title may be a nationality or a country ('Iranian', 'Iran',
    'Veldoria'): not a title or role word ('Foreign', 'Former'); a later role matches it only through
    _same_nation, so a wrong guess here matches nothing."""
    return word not in TITLES and word not in STOP_CAPS and word.lower() not in _ROLE and not word.endswith("ly")


def _same_nation(a: str, b: str) -> bool:
    """'Iran' and 'Iranian', 'Russia' and 'Russian', 'Ukraine' and 'Ukrainian', 'China' and 'Chinese'."""
    a, b = sorted((_POSS_END.sub("", a), _POSS_END.sub("", b)), key=len)
    if a == b:
        return True
    stems = (a, a[:-1]) if a[-1:] in "aeyo" else (a,)
    return any(b.startswith(st) and b[len(st):] in _DEMONYM_SUFFIXES for st in stems)


def _title_key(title: str) -> str:
    return " ".join(title.lower().replace("-", " ").split())


# lower-case modifiers after an article, before a name used as a modifier: 'a senior ', 'the former '
_LOWER_PREMODS = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+)(?P<mods>(?:(?:senior|junior|top|former|high-ranking|"
                            r"mid-level|retired|local|regional|veteran)\s+){0,2})")
# the rest of a lower-case role after the opening words and a name in apposition: ' foreign minister, Ivo Marek,'
# (also with a dash aside after the name: ' lead negotiator, Ivo Marek — a cousin of his rival — said')
_ROLE_THEN_NAME = re.compile(rf"(?:\s+[a-z][\w\-]*(?:[’']s)?){{0,3}}?(?:\s+(?P<role>[a-z][\w\-]*))?,\s+(?P<name>{_NAME_TOK}(?:\s+{_NAME_TOK}){{1,5}})(?:,|\s+[—–]\s)")
# a body and the place it is in: 'The Veldorian embassy in Norland', 'the UN mission in Halden'
_POSTED_HEADS = frozenset("mission delegation ambassador envoy representative consulate".split())
_BODY_IN_PLACE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.\-’']*\s+){0,3}(?:[a-z][\w\-]*\s+){0,2}(?P<head>[A-Za-z][a-z]+)\s+(?:in|to)\s+"
                            r"(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*")
# a document on its owner's site or channel: "a statement on the ministry’s website"
_DOC_ON_SITE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z\-]+\s+){0,2}(?:statement|post|message|notice|communiqu[eé])\s+on\s+"
                          r"(?P<owner>(?:[Tt]he\s+)?[\w.\-]+(?:\s+[\w.\-]+){0,3}?)(?:['’]s|(?<=s)['’])\s+"
                          r"(?:official\s+)?(?:website|site|page|account|channel|Telegram\s+channel)")
_BODY_POSSESSOR = re.compile(r"(?:[Tt]he\s+)?(?P<body>[a-z]+)(?:['’]s)\s+")  # "the military’s " before a name
_ROLE_OF_END = re.compile(rf"(?:^|(?<=\s)){_ROLE_OF_BODY.pattern}$")
_OF_BODY_SET = frozenset(_OF_BODY_WORDS.split("|"))
_OF_ROLE_HEAD_SET = frozenset(_OF_ROLE_HEADS.split("|"))  # a _ROLE_OF_END match has one as a word of its own


@lru_cache(maxsize=4096)
def _subject_before(seg: str, seg_start: int) -> tuple[int, int] | None:
    """Span of the noun phrase (or pronoun) that ends seg, after dropping trailing adverbials.
    Cached: the same segment is often asked for twice (a sentence's reporting subject, then a quote's)."""
    seg = seg.rstrip()  # a cue segment ends in a space: 'Reyes has since told' must drop 'has since'
    last = seg[seg.rfind(" ") + 1:]
    if " of " in seg[-200:] and (last[:1].isupper() or last in _OF_BODY_SET) and not _OF_ROLE_HEAD_SET.isdisjoint(
            seg[-200:].split()) and (ro := _ROLE_OF_END.search(seg, max(0, len(seg) - 200))):
        return seg_start + ro.start(), seg_start + len(seg)  # 'The deputy head of the defence committee of parliament said'
    if last in _BODY_HEADS or last in _DOC_HEADS or last in _ROLE_HEADS:
        body = _POSS_BODY.search(seg, max(0, len(seg) - 90))
        if body and body.group("head") == last:
            return seg_start + body.start(), seg_start + len(seg)
        owned = _PRON_BODY.search(seg, max(0, len(seg) - 40)) if last in _BODY_HEADS else None
        if owned and owned.end() == len(seg) and (owned.start() == 0 or not seg[owned.start() - 1].isalnum()):
            return seg_start + owned.start(), seg_start + len(seg)  # 'Her media team responded'
    lo = max(0, len(seg) - 120)
    if _may_relate(seg) and _CLOSE_REL.search(seg, lo) and (close := _CLOSE_TO.search(seg, lo)):
        return seg_start + close.start(), seg_start + len(seg)
    if last in _GROUP_HEADS:
        body = _COUNTED_GROUP.search(seg, max(0, len(seg) - 60))
        if body and body.group("head") == last:
            return seg_start + body.start(), seg_start + len(seg)
    elif last[:1].isupper() and " of " in seg[-90:]:
        body = _GROUP_OF.search(seg, max(0, len(seg) - 90))
        if body and body.group("head") in _GROUP_HEADS:
            return seg_start + body.start(), seg_start + len(seg)
    if last[:1].isupper() and (at := _PERSON_AT_END.search(seg, lo)):
        return seg_start + at.start(), seg_start + len(seg)  # 'A writer in The Norland Herald declared'
    if last in _BODY_HEADS or last in _GROUP_HEADS:
        body = _NATIONAL_BODY.search(seg, max(0, len(seg) - 90))
        if body and body.group("head") == last and (
                body.group("adj") in NATIONALITIES or body.group("adj") in PLACES or body.group("adj") in _BLOC_ADJ
                or body.group("adj").endswith(("-led", "ian", "ese")) or _ACRONYM.fullmatch(body.group("adj"))):
            return seg_start + body.start(), seg_start + len(seg)
    cut = max(0, len(seg) - 80)
    words = seg.rsplit(None, 2)
    # no search when the last word can end no time phrase, 'in a statement' or trailing adverb
    m = _TRAIL_AUX.search(seg, cut) if words and (words[-1] in _TRAIL_LAST or len(words) > 1 and words[-2] in _TRAIL_TIME_LEADS and (
        words[-1][:1].isupper() or words[-1].endswith("day"))) else None
    if not m and seg.endswith(("ly", "also", "later", "then", "previously", "once", "recently", "again", "often",
                               "has", "had", "have")):
        m = _TRAIL_LY.search(seg, cut)  # 'Jo Reyes allegedly said'
    if m:
        seg = seg[:m.start()]
    toks = list(_NP_TOKEN.finditer(seg))
    if len(toks) > 1 and toks[-1].group() == "for" and not seg[toks[-1].end():].strip():
        toks.pop()  # 'scolded Roth for suggesting …': Roth, the participle's subject
        seg = seg[:toks[-1].end()]
    if not toks or seg[toks[-1].end():].strip() or toks[-1].group() in _NO_NP_END:
        return None  # a noun phrase never ends in 'of' or 'the'
    k = len(toks)
    while k > 0:
        t = toks[k - 1].group()
        gap = seg[toks[k - 1].end():toks[k].start()] if k < len(toks) else ""
        if gap.strip() and gap.strip() not in ("’s", "'s") and not (
                gap.strip() == "&" and t[0].isupper() and toks[k].group()[0].isupper()):
            break  # (an ampersand inside a capitalised name: 'Harbor Gas & Electric said')
        if t[0].isupper() or t.lower() in _ROLE or t in ("he", "she", "they", "it", "we") or (
                t in _KIN and k < len(toks) and toks[k].group() == "of"):  # 'The wife of Ivo Marek said'
            k -= 1
            if t.lower() in ("he", "she", "they", "it", "we", "i"):
                break
        elif t == "to" and k > 1 and k < len(toks) and toks[k - 2].group().lower() in _TO_TITLES \
                and toks[k].group()[:1].isupper() | (toks[k].group() == "the"):
            k -= 1  # 'Ambassador to the UN Vassily Korenev said': the title's post stays in it
        elif t == "and" and k > 1 and k < len(toks) and toks[k - 2].group()[:1].isupper() \
                and (toks[k].group()[:1].isupper() or toks[k].group() == "the"):
            k -= 1  # 'Ada Roth and Ben Ortiz said', 'the League of Pilots and the NAACP said': both speak
        else:
            break
    if 1 < k < len(toks) and toks[k].group()[:1].isupper() and toks[k - 1].group() in ("in", "from", "at") \
            and _GROUP_HEAD.fullmatch(toks[k - 2].group()):
        k -= 2  # 'Officials in Norland said': the group, not the place
    elif 1 < k < len(toks) and toks[k].group()[:1].isupper() and toks[k - 1].group() == "in" \
            and toks[k - 2].group() in _BODY_HEADS and (body := _NATIONAL_BODY.search(seg, max(0, toks[k - 2].start() - 60),
                                                                                    toks[k - 2].end())):
        if body.group("adj")[:1].isupper() and body.group("adj") not in STOP_CAPS:
            return seg_start + body.start(), seg_start + toks[-1].end()  # 'The Veldorian embassy in Norland said'
    elif 2 < k < len(toks) and toks[k].group()[:1].isupper() and toks[k - 1].group() == "in" \
            and toks[k - 2].group()[1:].islower() and toks[k - 2].group().lower() in _BODY_HEADS:
        named = k - 2  # 'The Veldorian Embassy in Norland said': the named body with its place
        while named and toks[named - 1].group()[:1].isupper() and toks[named - 1].group() not in STOP_CAPS:
            named -= 1
        if named < k - 2:
            if named and toks[named - 1].group() in ("The", "the"):
                named -= 1  # its article too, as for 'The Veldorian embassy in Norland'
            return seg_start + toks[named].start(), seg_start + toks[-1].end()
    while k < len(toks) and (toks[k].group().lower() in ("of", "for", "and", "to", "in", "at", "on")
                             or toks[k].group() in _LEAD_CONJ):  # 'As one report put it,'
        k += 1
    if k >= len(toks):
        return None
    start, end = toks[k].start(), toks[-1].end()
    if (toks[-1].group() in _ROLE_HEADS or toks[-1].group() in _FOCUS_HEADS) and toks[-1].group().islower():
        ind = _DET_MODIFIED.search(seg, max(0, start - 60), start)
        if ind and not any(w in _NOT_NP_LEAD or w in CUE_WORDS or w.endswith("ly") for w in ind.group("mods").split()):
            # 'a US diplomatic source', 'the defence minister', 'the Republican presidential nominee': the role as written
            start = ind.start()
    elif k == len(toks) - 1 and toks[-1].group() in ("Republican", "Democrat") and (
            the := _THE_LOWER_MODS.search(seg, max(0, start - 40), start)) and not any(
            w in _NOT_NP_LEAD or w in CUE_WORDS or w.endswith("ly") for w in the.group("mods").split()):
        start = the.start()  # 'the three-term Republican dismissed': a party noun after its lower-case modifiers
    words = seg[start:end]
    if not any(w[0].isupper() for w in words.split()) and not _PRON.fullmatch(words) and not any(
        w.lower() in _ROLE_CONTENT_WORDS
        for w in words.split()
    ):
        return None
    return seg_start + start, seg_start + end


# a time phrase opening a sentence without a comma, then a pronoun subject: 'On Tuesday he …', 'Later
# she …', 'Last week they …', 'On Oct. 3 he …' (an abbreviated month only)
_TIME_THEN_PRON = re.compile(r"(?:(?:On|By|Early|Late|Last|This|Next)\s+(?:[A-Z][a-z]+day|week|month|year|night|"
                             r"morning|evening|[A-Z][a-z]{2}\.?\s+\d{1,2})|Later|Earlier|Then|Afterwards|Today|Yesterday)"
                             r"\s+(?P<pron>he|she|they|we)\s+(?=[a-z])")


def _clause_subject(sent: str, sent_start: int) -> tuple[int, int] | None:
    """The noun phrase opening a sentence ('Kremlin spokesman Dmitry Peskov on Tuesday ...')."""
    span = _clause_subject_from(sent, sent_start, _LEAD_ADV)
    if span is None and (tp := _TIME_THEN_PRON.match(sent)):
        return sent_start + tp.start("pron"), sent_start + tp.end("pron")  # 'On Tuesday he went further, …'
    if span is None and _LEAD_CONN.match(sent):
        # 'Then Trump took the stage, saying …', 'And then Ortiz went on the attack, saying …': the
        # connective opens the clause itself, not an introductory phrase ending in a comma
        span = _clause_subject_from(sent, sent_start, _LEAD_CONN)
    return span


_WHERE = re.compile(r"where\s+")
_OF_NAME = re.compile(r"\s+of\s+[A-Z][a-z]")  # 'of' before a capitalised name
# a reduced relative after an opening phrase ('In one call, recorded in March, Ben Ortiz …'), or a
# 'which' relative ('On the recording, which the Lorn campaign released, Ben Ortiz …'): not the subject
_LEAD_PARTICIPLE = re.compile(r"(?:[a-z]{3,}(?:ed|en)\b|which\s)[^,;:~“”\"]{0,60},\s*")
_JOINT_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")
# two capitalised speakers joined by 'and': 'Prime Minister Ada Roth and President Ben Ortiz'
_JOINT = re.compile(r"(?P<a>(?:[Tt]he\s+)?[A-Z][^\s,;]*(?:\s+(?:[A-Z]|of\s|for\s)[^\s,;]*)*)\s+and\s+"
                    r"(?P<b>(?:the\s+)?[A-Z][^\s,;]*(?:\s+(?:[A-Z]|of\s|for\s)[^\s,;]*)*)")
# a quantifier before a capitalised plural group: 'Many MEPs', 'Some Democrats', 'Two Republicans'
_QUANTIFIED_GROUP = re.compile(r"(?:[Mm]any|[Ss]ome|[Ss]everal|[Mm]ost|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+[A-Z][\w\-]*[^\Ws]s")
# two plural groups opening a sentence ('Critics and scholars', 'Pundits and authors'), not 'Jones and Ross'
_PLURAL_PAIR = re.compile(r"[A-Z][a-z]*[a-rt-z]s\s+(and)\s+[a-z]*[a-rt-z]s\b")
_PLURAL_ROLES = frozenset(w for w in _ROLE if w.endswith("s") and w[:-1] in _ROLE)
_REL_AFTER = re.compile(r",\s+(?:who|speaking)\b")  # 'officials, who …, said', 'officials, speaking …, said'
_AGE_LEAD = re.compile(r"\d{1,3}-year-old\s+(?=[A-Z])")
# a connective alone before the subject, with a lower-case 'then/also/now' after it ('And then Ortiz …')
_LEAD_CONN = re.compile(r"^(?:But|And|So|Yet|Still|Then|Now|Also)\s+(?:(?:then|also|now|later|again)\s+)?(?=[A-Z])")
# the quantifiers that both stand for persons ('Still, some have argued') and open a plural subject ('Some Democrats')
_QUANT_WORDS = ("some", "many", "most", "several", "both", "few")
# a quantifier standing for a person, lower case after a connective or an opening phrase and right
# before its cue (or ending the words before it): 'Yet another said', 'Still, some have argued' (as 'Another said' opening a sentence)
_QUANT_PRONOUN = re.compile(rf"(?:another|others|one|{'|'.join(_QUANT_WORDS)})\b")


_POSS_BODY_AFTER = re.compile(r"(?:\s+[a-z][a-z\-]*){2,4}")  # a possessor's body and the verb after it
_WORD = re.compile(r"[a-z][a-z\-]*")
_BODY_AUX = frozenset("has had have was is will would also".split())
_CAP_DETS = frozenset("The A An This That These Those His Her Their Its Our My Your".split())
_QUANT_LEADS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Other".split()) | {w.capitalize() for w in _QUANT_WORDS}
_AUX_RUN = re.compile(r"\s+(?:(?:had|has|have|would|will|also|often|now|then|later)\s+)*")


def _plural_head(sent: str, t: re.Match, lead: str) -> bool:
    """A lower-case plural person noun t after a capitalised run ends the subject ('Legal observers note',
    'Two Republican strategists, speaking …, said'): a cue follows it (a comma only after a number or
    quantifier); not a verb that looks like one ('Trump insists', 'the FBI lists')."""
    w = t.group()
    if len(w) < 6 or w in CUE_WORDS or not (_plural_person(w) or w[:-1] in _ROLE):
        return False
    if w.endswith("ists") and (len(w) < 8 or w[-5] == "s"):
        return False  # 'insists', 'persists', 'exists': verbs in -ist
    if sent.startswith(",", t.end()):
        return lead in _QUANT_LEADS
    aux = _AUX_RUN.match(sent, t.end())  # (a sentence cut right before its cue ends there)
    return bool(aux and (aux.end() == len(sent) or _CUE.match(sent, aux.end())))


# lower-case rank words that open a person's description, the person noun coming after them
_RANK_MODS = frozenset("former senior top retired longtime veteran deputy".split())
_LOWER_RUN = re.compile(r"[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}")


def _ranked_person_end(sent: str, pos: int) -> int | None:
    """End of the description in the run of up to three lower-case words at pos, after a rank word: all
    of it before a comma, a cue or the end ('former county payroll clerk, who …', 'former clerk said'), else up to
    its last person noun ('former city procurement employee filed …'); None when neither."""
    run = _LOWER_RUN.match(sent, pos)
    head_end = last_end = None
    for w in _WORD.finditer(sent, pos, run.end() if run else pos):
        word = w.group()
        if word in _FUNCTION or word in _NP_STOP or word in CUE_WORDS:
            return last_end if word in CUE_WORDS or word == "who" else head_end
        last_end = w.end()
        if word in _ADJ_ROLES or word in _ROLE_HEADS or _agent_noun(word):
            head_end = last_end
    return last_end if last_end and (sent.startswith(",", last_end) or not sent[last_end:].strip()) else head_end


# a role noun and a dangling 'for the' / 'of a' ending a subject ('A lawyer for a local union, who …, said')
_ROLE_FOR_BODY = re.compile(r"\b[a-z]+\s+(?P<prep>for|of)\s+(?:the|a|an)$")
_BODY_WORD = re.compile(r"\s+([a-z][a-z\-]+)")


def _lower_body_end(sent: str, end: int) -> int | None:
    """The end of the one to three lower-case words of a body after a dangling 'for the' or 'of a' at end,
    when a comma, a cue or the segment's end follows them ('… for a local union, who', 'The secretary of
    the treasury said'); else None."""
    for _ in range(3):
        w = _BODY_WORD.match(sent, end)
        if not w or w.group(1) in CUE_WORDS or w.group(1) in _FUNCTION:
            return None
        end = w.end()
        nxt = _BODY_WORD.match(sent, end)
        if sent.startswith(",", end) or not sent[end:].strip() or (nxt and nxt.group(1) in CUE_WORDS):
            return end
    return None


def _clause_subject_from(sent: str, sent_start: int, lead_adv: re.Pattern) -> tuple[int, int] | None:
    d = _DATELINE.match(sent) or _TIME_STAMP.match(sent)
    off = d.end() if d else 0
    sub = _SUBORD.match(sent, off)
    off = sub.end() if sub else off
    for _ in range(3):
        m = lead_adv.match(sent[off:]) or _LEAD_INTRO.match(sent, off) or (
            _LEAD_PARTICIPLE.match(sent, off) if off and sent[off - 2:off] == ", " else None)
        if not m or (m.re is _LEAD_INTRO and sent[off:].split(None, 1)[0].rstrip(",") in _NOT_INTRO):
            break
        off += m.end() if m.re is lead_adv else m.end() - off
        st = _STATE_TAIL.match(sent, off)
        if st and st.group("st") in US_STATES:
            off = st.end()
    if off:
        wh = _WHERE.match(sent, off)  # 'At the rally, where the secretary of state said: “Q”': the clause's subject
        off = wh.end() if wh else off
    pm = _PRON.match(sent, off)
    if pm:
        return sent_start + pm.start(), sent_start + pm.end()
    qp = _QUANT_PRONOUN.match(sent, off) if off else None
    aux = _AUX_RUN.match(sent, qp.end()) if qp else None  # (none when a comma follows: 'Still, some, like …')
    if aux and ((verb_at := aux.end()) >= len(sent.rstrip()) or _CUE.match(sent, verb_at)):
        return sent_start + off, sent_start + qp.end()  # (sent cut right before the cue, or the cue in it)
    age = _AGE_LEAD.match(sent, off)
    if age:  # '76-year-old Ada Roth, founder of …, endorsed …': the name after the age
        off = age.end()
    if " of " in sent[off:off + 60] and (ro := _ROLE_OF_BODY.match(sent, off)):
        return sent_start + off, sent_start + ro.end()  # 'The deputy head of the committee of the lower house, …, said'
    end = off
    for t in _NP_TOKEN.finditer(sent, off):
        gap = sent[end:t.start()].strip()
        if gap not in ("", "’s", "'s") and not (gap == "&" and end > off and t.group()[0].isupper()):
            break  # (an ampersand inside a capitalised name: 'Harbor Gas & Electric said')
        w = t.group()
        if w in _MONTH_WORDS and end > off and (dangling := _DANGLING_FUNCTION.search(sent, off, end)):
            # 'The Republican nominee for the Nov. 8 election said': a date in the role's phrase ends the subject
            # at the role, the phrase's dangling 'for the' left out ('A Feb. 3 letter …': no subject here)
            end = dangling.start()
            break
        if w[0].isupper() or w.lower() in _ROLE or (w in _ORG_HEADS and end > off and sent[off:end].split()[-1][0].isupper()):
            end = t.end()
        elif end > off and sent[off:end].split()[-1] in _ORG_HEADS and (w in _ADJ_ROLES or _agent_noun(w)):
            end = t.end()  # 'A government whip, speaking on condition of anonymity, said': the person, not the body
        elif w in _KIN and end > off and _OF_NAME.match(sent, t.end()):
            end = t.end()  # 'The wife of Ivo Marek, …, said': a kinship noun of a named person
        elif "-" in w and all(p in _ROLE_NOUNS for p in w.split("-")):
            end = t.end()  # 'A spokesman for the secretary-general, Ana Lee, said': a hyphenated role
        elif end > off and _MID_ROLE.match(sent, t.end()) and (_agent_noun(w) or w in _TIE_ROLES):
            end = t.end()  # 'Chief Palestinian negotiator Saeb Erakat', 'law lecturer Bede Harris', 'Roe surrogate Dana Test'
        elif end > off and w.isalpha() and w not in _FUNCTION and w not in _NP_STOP and (
                adj := _ADJ_ROLE_NAME.match(sent, t.end())) and adj.group("role") in _ADJ_ROLES:
            end = t.end()  # 'Former Republican presidential candidate Ada Roth': an adjective before a role
        elif end > off and w.islower() and w.isalpha() and not w.endswith(("s", "ed")) and w not in _FUNCTION \
                and w not in _NP_STOP and ((last := sent[off:end].split()[-1])[0].isupper() or last in _ROLE) and (
                role := _NEXT_ROLE.match(sent, t.end())) and role.group("role") in _ADJ_ROLES:
            # 'A House GOP whip aide, who …, said', 'A senior administration official, who …, said': a noun
            # modifier between a name or a rank and the role
            end = t.end()
        elif end > off and sent[off:end].split()[-1] in _RANK_MODS and (head_end := _ranked_person_end(sent, t.start())):
            end = head_end  # 'A former city procurement employee, who …, said': the person noun after the rank
            break
        elif end > off and sent[end - 1].isalpha() and sent[off:end].split()[-1] not in _CAP_DETS and _plural_head(
                sent, t, sent[off:end].split()[0]):
            end = t.end()  # 'Two Republican strategists said', 'Norland firefighters said': the plural head ends it
            break
        elif w == "to" and end > off and sent[off:end].split()[-1].lower() in _TO_TITLES and _TO_POST.match(sent, t.end()):
            end = t.end()  # 'Ambassador to the UN Vassily Korenev said'
        elif w.isalpha() and w not in _FUNCTION and _ROLE_OF.search(sent, off, end):
            end = t.end()  # 'Former secretary of state Ann Lee': the portfolio of a role
        else:
            pair = _PLURAL_PAIR.match(sent, off) if w == "and" else None
            if pair and pair.start(1) == t.start():
                end = pair.end()  # 'Critics and scholars called it …': both plural groups
            elif w == "and" and end > off and sent[end - 1].isalpha() and sent[off:end].split()[-1][:1].isupper() \
                    and _JOINT_NEXT.match(sent, t.end()):
                end = t.end()  # 'Prime Minister Ada Roth and President Ben Ortiz expressed …': both speak
                continue
            break
    if end == off:
        return None
    if sent.startswith((" in ", " at ", " from "), end) and (at := _PERSON_AT.match(sent, off)) and at.end() > end:
        end = at.end()  # 'A senior official at the Norland Embassy, who …, said': the place or body stays
    if dangling := _ROLE_FOR_BODY.search(sent, off, end):
        # 'A lawyer for the union, who …, said': the body the role serves; without one, not the half phrase
        end = _lower_body_end(sent, end) or dangling.start("prep") - 1
    if sent[end - 1] == "s" and sent[end - 2] in "’'" and (body := _POSS_BODY_AFTER.match(sent, end)):
        # "Norland’s foreign ministry summoned …": the possessor's body is the subject (a verb after it)
        words = list(_WORD.finditer(sent, end, body.end()))
        for w, nxt in zip(words, words[1:]):
            v = nxt.group()
            if w.group() in _BODY_HEADS and (v in CUE_WORDS or v.endswith("ed") or v in _BODY_AUX or not (
                    v.endswith("s") or _AGENT_SUFFIX.search(v) or v in _ROLE or v in _BODY_HEADS or v in _FUNCTION)):
                # a verb after the body, not a noun it modifies ("Roth’s campaign manager")
                end = w.end()
                break
    app = _ROLE_THEN_NAME.match(sent, end) if sent.startswith(",", end) or sent.startswith(" ", end) else None
    if app and ((app.group("role") or sent[off:end].split()[-1]).lower() in _ROLE_HEADS or _agent_noun(app.group("role")) or (
            (sent[off:end].split()[0] in ("His", "Her", "Their") or _POSS_END.search(sent, off, end)) and app.group("role")) or (
            not app.group("role") and _AGENT_FOR.match(sent, off, end))) and _canon_seq(app.group("name"))[0]:
        # (also a relation after a possessive pronoun or name: 'Her rival, Sen. Wes Garrity, has spent …',
        # "Roth's cabinet colleague, Ben Ortiz, …"; an agent for a
        # name: 'A spokesman for Roth, Ben Ortiz, said …'; a person noun after a role word: 'The chief
        # mediator, Ada Roth, …')
        # "Veldoria’s deputy foreign minister, Ivo Marek, was quoted …": the name in apposition to the role
        return sent_start + app.start("name"), sent_start + app.end("name")
    np = sent[off:end]
    if np.split()[0] in _CAP_PREPS:
        return None  # 'In TV interviews and …', 'Of Carson …': a prepositional phrase, not a subject
    if " " not in np and (np in _INTRO_WORDS or (np[1:].islower() and np.endswith(("ing", "ly")) and np not in _NOT_INTRO
                                                  and not _FINITE_NEXT.match(sent, end) and not _AGE_NEXT.match(sent, end))):
        return None  # 'Continuing to explain …', 'Amid what …', 'Specifically, …': no subject
    if not any(c.isupper() for c in sent[off:end]):
        words = sent[off:end].lower().split()  # 'the former secretary of state talked': a role noun
        if not (len(words) >= 2 and words[0] in ("the", "a", "an") and any(w in _ROLE_NOUNS for w in words)) and not (
                words[-1] in _PLURAL_ROLES and _REL_AFTER.match(sent, end)):
            # but 'At the rally, officials, who arrived on Monday, said' (or 'officials, speaking in
            # Harbourtown, said'): a plural role and its relative clause or 'speaking' phrase
            return None
    return sent_start + off, sent_start + end
