"""Rule-based direct-quotation extraction with speaker attribution (stdlib only).

Pipeline: blank out page boilerplate (offsets kept), split into paragraphs (one per line),
pair quote marks with a state machine tolerant to unbalanced marks (marks.py), attribute each
quote from the text right after it (', Lavrov said'), right before it ('S said:'), or from a
reporting verb governing its sentence (attribution.py, then partials.py for a second chance),
then propagate speakers to split, run-on and floating quotes (here), and resolve pronouns and
surnames against the names seen so far in the document (names.py)."""

from __future__ import annotations

import re
import warnings
from bisect import bisect_right
from dataclasses import asdict, dataclass

from quotestance.corpus.clean import clean
from quotestance.quotes.lexicon import CAPITAL_GOVERNMENTS, PRONOUNS, STOP_CAPS, TITLES, US_STATES
from quotestance.quotes.patterns import (
    _APPOS_NAME, _char_positions, _CUE, _CAP_SEQ, _LEAD_APPOS, _FIRST_PERSON, _KIN, _NAME_TOK, _NOT_SENT_END, _NOUN_CTX, _PRON, _ROLE_NOUNS,
    _SUBJ_CUES, _SUBORD, _W, _word_alternation,
)
from quotestance.quotes.marks import (
    apostrophe_marks, _continue_double, _continue_single, _continue_unclosed, _pair_paragraphs, _pair_single, _tail,
    _two_apostrophes,
)
from quotestance.quotes.names import (
    _clause_subject, _full_person_name, _Memory, _name_is_org, _ROLE_HEADS, _speaker_from_np, _subject_before,
)
from quotestance.quotes.attribution import _ADV, _ANSWER_CUES, _attribute, _det_np, _lead_subject, _PERSON_HEAD, _Q, _REL_CLOSED, _set_from_np
from quotestance.quotes.provenance import outer_sources
from quotestance.quotes.partials import (
    _colon_intro, _late_after, _late_cue, _late_first_person, _late_intro, _possessed_claim, _possessive_speech_noun, _sentence_start,
    _asked_intro, _dash_signature, _line_signature, _NOUN_AFTER, _signature, _speech_act_intro, _tweet_signature,
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
    via: str | None = None  # the outlet or record it is reported through: 'according to CNN'
    via_start: int | None = None
    via_end: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


# --- regular expressions -------------------------------------------------------------------
_LINE = re.compile(r"[^\n]+")
# with or without a space: '“I love it!”Former …'; also a paragraph break ('“I took five.”\n\n12:35 p.m. — …')
_AFTER_Q_END = re.compile(r"\s*(?=[A-Z])|[ \t]*\n\s*")
_SPACE_GAP = re.compile(r"[ \t]+")  # the spaces between two quotes on a line
_PRON_CUE_AFTER = re.compile(r"\s*(?:he|she)\s+(?:said|says|told|added)\b")  # '“Q,” he said'
# the 'and' or 'or' joining a quote to the one before it: 'says he “loves the town,” and “…”'
_JOINED_QUOTE = re.compile(r"[\s,]*(?:and|or)\s+")
# a short subject and a cue closing the sentence or clause right after a quote: '…,” Ortiz said.', '…,” she added,'
_CLOSING_CUE = re.compile(r"[\s,]*(?:[\w’'.\-]+\s+){1,4}?(?:said|says|added|adds|told\s+\w+|wrote|writes)\s*[.,;]")
# a period ends a sentence unless it is 'No.' before a number ('the No. 2 in …'); matched at each
# . ! ? (a match holds one of them, so matching at each is finditer's scan)
# nor a period before a dateline's dash ('RENO, Nev. (AP) — Ada Roth, the mayor, said …')
_SENT_END = re.compile(r"[.!?](?:(?<=[!?])|(?<!\bNo\.)|(?!\s+\d))[\"”’)]?(?![ \t]*(?:\([A-Za-z. ]+\)[ \t]*)?(?:[—–]|--?[ \t]))\s+")
# a lower-case abbreviation with inner periods before its last one ('11 p.m. and told', 'e.g. a'): no
# sentence end when a lower-case word follows
_DOTTED_ABBR = re.compile(r"\b[a-z]\.[a-z]$")
# a subject after the quote whose two adjectives are joined by a comma: the comma is blanked; one
# pattern per closing mark, each opening with a literal character the regex engine finds fast (a
# match holds no other mark, so the two never meet)
_COORD_ADJS = tuple(
    re.compile(rf"({mark}\s+(?:[Tt]he|[Aa]n?)\s+[a-z][\w\-]+),(\s+(?:\d{{1,3}}-year-old|[a-z][\w\-]+)\s+[a-z]+(?:\s+[a-z]+)?"
               rf"\s+(?:{_ADV}\s+)*(?:said|says|told|added|wrote|recalled|explained|noted|insisted|argued)\b)")
    for mark in '”"')
# a party tag, an acronym, or a lawmaker's bare state ('Sen. Ann Lee (Maine) said', 'Rep. Bo Park (Pa.)')
_STATE_ALT = "|".join(re.escape(s) for s in sorted(US_STATES, key=len, reverse=True))
_PARTY = re.compile(r"\((?:(?:[RDI]|Rep|Dem|Ind|Lab|Con|Lib)[-–][A-Z][A-Za-z. ]{0,18}|[RD]"
                    r"|(?<=[a-z] \()[A-Z][A-Za-z&]?[A-Z&]{1,7}s?(?=\) (?:[a-z]|[A-Z][a-z]+day\b))"
                    rf"|(?<=[a-z] \()(?:{_STATE_ALT})(?=\)[\s,]))\)")
_ROLE_BRACKET = re.compile(r"\((?<=[A-Za-z] \()[A-Za-z][\w.\-]*(?: [\w.\-]+){0,2}\)(?= [A-Z][a-z]+ [A-Z][a-z])")
# an editor's bracketed name outside the quotes: 'Veldorian Foreign Minister [Sergei Talov] said', 'he [Talov] said'
# (a pronoun before it is blanked too: the name is the mention)
_BRACKET_NAME = re.compile(r"(?P<pron>\b(?:[Hh]e|[Ss]he)[^\S\n]+)?\[(?=[A-Z])(?:[A-Z][\w’'\-.]*(?:[^\S\n]+(?:bin\s+|al\s+|de\s+|van\s+|von\s+)?[A-Z][\w’'\-.]*){0,3})\]")
# a subject slot before a name: a sentence or clause opening, not a verb's object ('assured Trump')
_SUBJ_SLOT = re.compile(r"(?:^|[.!?;:,—–][\"”’]?\s+|\n\s*|\b(?:and|but|then|so|when|as|while|because|after|though|although)\s+)"
                        r"(?:[a-z]+\s+)?$")
# the contracted auxiliary of a subject pronoun ('he’s', 'they're'), matched from its apostrophe with the
# pronoun looked up behind it; one pattern per apostrophe, each opening with a literal character the
# regex engine finds fast (a match holds one apostrophe, so the two never meet)
_PRON_CONTRACTIONS = tuple(
    re.compile(apostrophe + r"(?:(?<=\b[Hh]e.)|(?<=\b[Ss]he.)|(?<=\b[Ww]e.)|(?<=\b[Yy]ou.)|(?<=\b[Tt]hey.)"
               r"|(?<=\bI.))(?:s|re|ve|d|ll|m)\b")
    for apostrophe in "'’")


def extract(text: str, doc_id: str | None = None, *, apostrophe_quotes: bool = False) -> list[Quote]:
    """Direct quotations in text, each with its resolved speaker; never raises on a str.

    With apostrophe_quotes, two apostrophes (''…'', the NYT wire style) are double quote marks too;
    off by default, since the PolNeAR scorer (and its gold) counts only " and “ ” marks.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _extract(text, doc_id, apostrophe_quotes)
    except Exception as err:  # noqa: BLE001 - robustness contract: a bad document yields no quotes
        warnings.warn(f"quotestance.quotes.extract: internal error on document {doc_id!r} "
                      f"({type(err).__name__}: {err}); no quotes returned for it", RuntimeWarning, stacklevel=2)
        return []


def _extract(text: str, doc_id: str | None, apostrophe_quotes: bool = False) -> list[Quote]:
    work = clean(text)
    if apostrophe_quotes and "''" in work:
        work = apostrophe_marks(work)
    doubles = '"' in work or "“" in work or "”" in work or "«" in work or "„" in work
    if not doubles and "'" not in work and "‘" not in work:
        return []
    paras = [(m.start(), m.end()) for m in _LINE.finditer(work) if not m.group().isspace()]
    raw: list[_Q] = []
    # single marks are quotation marks only in documents with no double marks (wire style);
    # elsewhere they are nested quotes, scare quotes and headline quotes
    all_spans = (_pair_paragraphs(work, paras) if doubles
                 else [_pair_single(work, lo, hi, _two_apostrophes(work, lo, hi)) for lo, hi in paras])
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
    if not raw:
        return []
    kept, titles, title_end = [], [], -1
    for q in raw:
        if _is_title_quote(work, q, title_end) or (titles and _repeats_title(work, q, titles)):
            title_end = q.close_at
            titles.append(q)
        else:
            kept.append(q)
    raw = kept
    if not raw:
        return []
    masked = unbracketed = _blank_quotes(work, raw + titles)
    for t in titles:  # 'Gov. Teodoro “Teddy” Reyes': the name reads on across its blanked nickname
        if _middle_nickname(work, t):
            masked = unbracketed = masked[:t.open_at] + " " * (t.close_at - t.open_at) + masked[t.close_at:]
    if "[" in masked:  # the brackets only, so the name joins the title before it
        masked = _BRACKET_NAME.sub(_unbracket, masked)
    if "(" in masked:  # '(R-Fla.)' between a name and its verb
        masked = _PARTY.sub(lambda m: " " * len(m.group()), masked)
        # a short bracket inside a role before a name: 'director general (Varanasi zone) Braj Bhushan said'
        masked = _ROLE_BRACKET.sub(lambda m: " " * len(m.group()), masked)
    # a contracted auxiliary after a subject pronoun is blanked, so 'he’s said' reads as 'he said'
    for contraction in _PRON_CONTRACTIONS:
        masked = contraction.sub(lambda m: " " * len(m.group()), masked)
    if "," in masked:  # '“Q,” the bespectacled, 71-year-old diplomat said': coordinate adjectives
        for coord_adj in _COORD_ADJS:
            masked = coord_adj.sub(lambda m: m.group(1) + " " + m.group(2), masked)
    mem = _Memory(masked, unbracketed)
    mem.closes_sentence = {q.close_at - 1 for q in raw if q.tail in ".!?" and not q.runs_on}
    stops = [m for m in (_SENT_END.match(masked, i) for i in _char_positions(masked, ".!?")) if m]
    ends = [m.end() for m in stops
            if (masked[m.start()] != "." or masked[max(0, m.start() - 4):m.start()].islower()  # no capital, no 'Dr.'
                or not _NOT_SENT_END.search(masked, max(0, m.start() - 4), m.start()))
            and not (masked[m.end():m.end() + 1].islower() and _DOTTED_ABBR.search(masked, max(0, m.start() - 4), m.start()))]
    # a quote ending in . ! ? ends its sentence too when a capitalised word follows
    # ('called it “quite dangerous.” Gov. Chris Christie … called …'): the period is masked
    # a title counts too ('she wrote in her memoir, “Tough Choices.” She …')
    q_ends = [m.end() for q in raw + titles if q.tail in ".!?" and not q.runs_on
              for m in (_AFTER_Q_END.match(masked, q.close_at),) if m]
    # a title ending in . ! ? right before a quote with a he/she cue of its own ends its sentence
    # ('disputed it on “Harbour Hour.” “Q,” he said'): the he is the subject of the title's sentence
    opens = {q.open_at: q for q in raw} if titles else {}
    q_ends += [m.end() for t in titles if t.tail in ".!?" and not t.runs_on
               for m in (_SPACE_GAP.match(masked, t.close_at),)
               if m and m.end() in opens and _PRON_CUE_AFTER.match(masked, opens[m.end()].close_at)]
    if q_ends:
        ends = sorted(set(ends).union(q_ends))
    mem.ends = ends
    mem.subjects = _cue_subjects(masked, paras, ends, mem)
    for ms, name, _, _, cue_pos, cue in mem.subjects:  # 'Corvane Shipping said its crews …': no he or she
        if name[:1].isupper() and name not in mem.gender and _ITS_AFTER_CUE.match(masked, cue_pos + len(cue)):
            mem.not_persons.add(name)
    for i, q in enumerate(raw):
        q.sent_start = _sentence_start(ends, q.para_lo, q.open_at)
        q.initial = not masked[q.sent_start:q.open_at].strip()
        same_para_next = raw[i + 1].open_at if i + 1 < len(raw) and raw[i + 1].para == q.para else q.para_hi
        prev = raw[i - 1] if i else None
        if (prev is not None and prev.mention is not None and q.sent_start <= prev.mention[0] < prev.open_at
                and _JOINED_QUOTE.fullmatch(masked, prev.close_at, q.open_at)
                and not _CLOSING_CUE.match(masked, q.close_at)):
            # 'he says he “A,” and “B,” he also accuses …': the quote joined to one its cue before governs shares that
            # cue; a clause after it is the sentence going on (not a cue closing the sentence: '… and “B,” Ortiz said.')
            q.speaker, q.mention, q.cue = prev.speaker, prev.mention, prev.cue
        elif q.initial or not _possessed_claim(q, masked, mem):
            _attribute(q, masked, same_para_next, mem)
        if not q.runs_on and masked[q.close_at:q.close_at + 3].lstrip(" ")[:1] in ("—", "–", "-") and q.close_at < q.para_hi:
            _line_signature(q, masked, mem)  # 'CLAIM: “Q.” — Sen. Ada Roth, at a rally': a fact check's line
        if q.speaker is None:
            _next_line_cue(q, masked, paras, mem)  # before propagation, which would give the quote the last speaker
        if q.speaker is None and q.runs_on and q.para + 1 < len(paras):
            _signature(q, masked, paras[q.para + 1], mem)
        if (q.speaker is None and not q.runs_on and q.para + 1 < len(paras) and _only_quotes(masked, paras[q.para])
                and (i + 1 == len(raw) or raw[i + 1].para != q.para)):
            _dash_signature(q, masked, paras[q.para + 1], mem)  # '"Q." ¶ - Ada Roth.': a fact check's claim
        if q.speaker is None and q.initial and q.para and not masked[q.para_lo:q.open_at].strip():
            _colon_intro(q, masked, paras[q.para - 1], ends, mem)
            if q.speaker is None and _only_quotes(masked, paras[q.para]):
                _speech_act_intro(q, masked, paras[q.para - 1], ends, mem)
            if q.speaker is None and _only_quotes(masked, paras[q.para]):
                _asked_intro(q, masked, paras[q.para - 1], ends, mem)
        if "(@" in masked[q.para_lo:q.para_hi + 200]:
            _tweet_signature(q, masked, paras, mem)
        if i and q.cue in _ANSWER_CUES:
            _reply_to_question(raw, i, work, masked, mem)
        before = masked[q.sent_start:q.open_at].rstrip()
        q.partial = not (q.initial or before.endswith((":", ",")))
        if q.speaker and q.mention:
            mem.speakers.append((q.mention[0], q.speaker, _name_is_org(q.speaker)))
            pron = masked[q.mention[0]:q.mention[1]].lower()
            if pron in ("he", "she") and q.speaker not in mem.gender:
                mem.gender[q.speaker] = PRONOUNS[pron]
    # the floating quotes' speakers also from ', saying …' clauses (not for name resolution)
    floating_subjects = _participle_subjects(masked, paras, ends, mem, mem.subjects) or mem.subjects
    _propagate(raw, paras, masked, floating_subjects, ends, mem)
    late, late_partials = False, []
    for i, q in enumerate(raw):
        if q.speaker is None and not q.initial:
            _late_cue(q, masked, mem)
        if q.speaker is None and not q.initial:
            _possessive_speech_noun(q, masked, mem)
        if q.speaker is not None and not q.initial and not _NOUN_AFTER.match(masked, q.close_at):
            late_partials.append(i)  # not a phrase inside a noun phrase ('Roth’s “…” remark'): its sentence is another's
        if q.speaker is None:
            nxt = raw[i + 1].open_at if i + 1 < len(raw) and raw[i + 1].para == q.para else q.para_hi
            _late_after(q, masked, nxt, mem)
            late = late or q.speaker is not None
        if q.speaker is None and not q.initial:
            _late_intro(q, masked, mem)  # no new propagation: it would only chain lists of titles further
        if (q.speaker is None and i and raw[i - 1].speaker is not None and raw[i - 1].para == q.para
                and _ELLIPSIS_GAP.fullmatch(masked, raw[i - 1].close_at, q.open_at)):
            prev_q = raw[i - 1]  # '…: “Q1?” . . . “Q2?”': excerpts of one speaker's run of questions
            q.speaker, q.mention, q.cue = prev_q.speaker, prev_q.mention, prev_q.cue
        if q.speaker is None and not q.initial and _FIRST_PERSON.search(work, q.start, q.end):
            _late_first_person(q, masked, mem)
    for i in late_partials:
        _share_late_partial(raw, i)
    if late:  # let split and floating quotes inherit the speakers found late
        _propagate(raw, paras, masked, floating_subjects, ends, mem)
    _name_roles(raw, masked, mem)
    _name_relatives(raw, masked, mem)
    _anonymous_source(raw, masked)
    _restated_subject(raw, masked, mem)
    _embedded_cue(raw, masked, mem)
    _outer_pronoun(raw, masked, mem)
    _continued_partial(raw, masked, text, ends)
    out = []
    for q in raw:
        if q.mention is not None:
            _poll_source(q, masked)
    vias = outer_sources(raw, masked, ends)
    for i, q in enumerate(raw):
        if q.speaker is None:
            continue
        ms, me = q.mention if q.mention else (None, None)
        if me is not None and text[me:me + 1] == "]" and "[" in text[ms:me]:
            me += 1  # 'Foreign Minister [Sergei Talov]': the closing bracket too
        vs, ve = vias.get(i, (None, None))
        speaker = " ".join(q.speaker.split())
        if speaker in CAPITAL_GOVERNMENTS and ms is not None and _THE.sub("", masked[ms:me]) == speaker:
            speaker = CAPITAL_GOVERNMENTS[speaker]  # 'Moscow said' (not 'Mayor Ann Washington', not 'Moscow's mayor')
        out.append(Quote(text[q.start:q.end], q.start, q.end, speaker,
                         text[ms:me] if ms is not None else None, ms, me, q.cue, q.partial, q.para, doc_id,
                         text[vs:ve] if vs is not None else None, vs, ve))
    return out


def _reply_to_question(raw: list[_Q], i: int, work: str, masked: str, mem: "_Memory") -> None:
    """'“Q?” the reporter followed up. ¶ “A,” she replied': a he or she replying to the question right
    before is not its asker but whom the asker questioned, the latest earlier other speaker (within
    three paragraphs) the pronoun can refer to."""
    q, asked = raw[i], raw[i - 1]
    if not q.mention or q.speaker != asked.speaker or not work[asked.start:asked.end].rstrip(" ,").endswith("?"):
        return
    pron = masked[q.mention[0]:q.mention[1]].lower()
    if pron not in ("he", "she"):
        return
    for prev in reversed(raw[:i - 1]):
        if prev.para < q.para - 3:
            return
        if prev.speaker and prev.speaker != asked.speaker:
            if mem._person_fits(prev.speaker, _name_is_org(prev.speaker), PRONOUNS[pron]):
                q.speaker = prev.speaker
            return


def _unbracket(m: re.Match) -> str:
    """'[Sergei Talov]' -> ' Sergei Talov ', 'he [Talov]' -> '    Talov ': the brackets (and a pronoun
    before them) blanked, the offsets kept."""
    pron = len(m.group("pron") or "")
    return " " * pron + " " + m.group()[pron + 1:-1] + " "


def _next_line_cue(q: _Q, masked: str, paras: list[tuple[int, int]], mem: "_Memory") -> None:
    """The attribution broken onto the next line: '“Q, ” ¶ Deputy Director Ann Wu said.'"""
    if q.tail not in ",?!" or q.runs_on or q.para + 1 >= len(paras) or masked[q.close_at:q.para_hi].strip():
        return
    lo, hi = paras[q.para + 1]
    m = _NEXT_LINE_CUE.fullmatch(masked, lo, hi)
    if m and m.group("subj")[0].isupper():
        _set_from_np(q, m.group("subj"), m.start("subj"), m.group("cue"), mem)


_THE = re.compile(r"^[Tt]he\s+")
_ELLIPSIS_GAP = re.compile(r"\s*(?:(?:\.\s*){3}|…)\s*")
_NEXT_LINE_CUE = re.compile(rf"\s*(?P<subj>{_W}(?:\s+{_W}){{0,7}}?)\s+(?P<cue>said|says|added|adds|wrote|writes)\s*\.\s*")
_TITLE_SMALL = frozenset("a an the of and or in on at to for with by from vs is".split())
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d+")
# what comes before a title in news prose: 'on ABC’s “This Week”', 'a memo titled “…”', 'the book “…”',
# 'a role in “…”' (not a write-in vote: 'wrote in “…”'), 'sang “…”', 'the pseudonym “…”', 'addressed to “…”',
# 'an interview with “…”' (a show), 'crates marked “…”' (a label), 'the application “…”', 'One ad, “…,”'
_TITLE_CTX = re.compile(
    r"(?:’s|'s|\b(?:on|of|titled|entitled|show|program|programme|book|film|movie|series|album|song|"
    r"sitcom|memoir|documentary|network|channel|column|article|headline|op-ed|magazine|newspaper|podcast|ad|"
    r"broadcast|episode|installment|edition|editorial|essay|called|named|dubbed|billed\s+as|heading|motto|"
    r"itself|marked|stamped|app|application|website|pseudonym|alias|moniker|hashtag|interviews?\s+with|"
    r"told|tells|telling|(?:speaking|spoke|talking|talked)\s+to|"
    r"(?<!wrote\s)(?<!write\s)(?<!writes\s)in|"
    r"perform(?:ed|s|ing)?|sang|sings?|addressed(?:\s+[a-z]+ly)?\s+to))(?:\s*\([^()]{1,30}\))?,?\s*$",
    re.I,
)
# a naming verb with its object before a title-cased span: 'dubbed its June issue the “Harbour Number”',
# 'have taken to calling it the “Glass Fortress”', a self-given name: 'The council calls itself the “…”'
_NAMED_CTX = re.compile(r"\b(?:dubbed|named|labell?ed|branded|billed|christened|renamed|titled)\s+"
                        r"(?:[\w'’\-]+\s+){1,5}?(?:the|a|an|as)\s*$"
                        r"|\b(?:call|calls|called|calling)\s+(?:it|them|this|that|itself|themselves|himself|herself)\s+the\s*$"
                        r"|\bknown\s+(?:[\w'’\-]+\s+){0,5}?as(?:\s+the|\s+an?)?\s*$")
# a naming verb in a relative clause or a participle after a noun, before a nickname: 'whom her fans
# call', 'who critics have dubbed', 'which it has branded the', 'the road that locals call',
# 'who call themselves the', 'known as',
# 'known to regulars as', 'known to fishermen on both sides as', ', nicknamed'; the relative may be left
# out after a noun when a possessive or determiner opens its subject: 'the man his supporters have taken
# to calling'
_NICKNAME_CTX = re.compile(r"\b(?:whom|who|that|which|(?:the|a|an)\s+[a-z]+(?=\s+(?:his|her|their|its|the)\s))\s+"
                           r"(?:[\w'’\-]+\s+){1,5}?(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nickname|nicknames|nicknamed|brand|brands|branded)"
                           r"(?:\s+(?:themselves|himself|herself|itself))?(?:\s+the)?\s*$"
                           r"|\bknown\s+(?:to\s+(?:[\w'’\-]+\s+){1,4})?as\s*$|[a-z],\s*(?:nicknamed|dubbed|called)\s*$")
# a thing named in the passive: 'the session is called “…”' (not a column 'entitled, “…”': its author's words)
_NAMING_WORD = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:called|titled|entitled|named|dubbed)\s*,?\s*$")
_BY_LINE = re.compile(r"\s*by\s+(?:the\s+)?[A-Z]")
# a scare-quoted term, not a statement: 'the so-called “quiet zones”', 'a supposed “…”', 'the self-proclaimed “…”', a
# nickname of any case ('the list, nicknamed the “uncles list”'); a term discussed, not used: 'the definition of “resident”', 'the principle of “open water”' (not 'the term/words “…”': PolNeAR
# counts those inside an attribution as content)
_SCARE_CTX = re.compile(r"(?:\b(?:so-called|self-(?:proclaimed|styled|declared)|nicknamed(?:\s+(?:the|an?))?)"
                        r"|\b(?:an?|the|its|their|his|her|this|these)\s+(?:supposed|purported))\s*$"
                        r"|\b(?:the|a|an|this|that|its|his|her|their)\s+(?:definitions?|notions?|"
                        r"concepts?|principles?|meanings?)\s+of\s*$", re.I)
# a thing's common name after its noun, closing the sentence or not: 'the compounds often called “forever
# chemicals.”' (not 'which Roth has often called “…”': someone's words)
_COMMON_NAME_CTX = re.compile(r"\b(?!(?:has|have|had|he|she|they|we|who|which|that)\s)[a-z]+\s+(?:often|commonly|sometimes|"
                              r"widely|popularly)\s+(?:called|dubbed|termed|referred\s+to\s+as)\s*$")
# the quoted label of the body a person speaks for, in that person's appositive: 'Ada Roth, a
# spokeswoman for the Kessan “defence council,” said' (the body's name, not her words)
_BODY_LABEL_CTX = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:spokes(?:man|woman|person)|member|leader|head|"
                             r"chairman|chairwoman|official|representative)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}$")
# a term that opens its sentence as the subject of a definition: '“Red zone” is the highest level'
_TERM_DEF = re.compile(r"\s+(?:(?:is|was|are|were)\s+(?:a|an|the)\b|means\b|refers\s+to\b)")
# a sign's words are a slogan, not a statement: 'carried a banner reading “…”', 'placards saying “…”'
_SLOGAN_CTX = re.compile(r"\b(?:banners?|placards?|signs?|posters?|billboards?|T-shirts?)\s+(?:reading|saying)\s*:?\s*$")
# a crowd's chant is a slogan, not a statement: '“Harbour!” chants'
_CHANT_AFTER = re.compile(r"\s*(?:chants?|chanting)\b")
# the words of a question, not of the sentence's subject: 'Asked whether the mayor is “fit to serve,” 60 percent
# of residents said yes', 'To a question on the “port levy,” Roth said …', 'Roth was asked, “Will you run?”'
_QUESTION_CTX = re.compile(r"(?m)(?:^|[.!?][”\"’]?\s+)(?:When\s+|After\s+being\s+)?(?:[Aa]sked|To\s+a\s+question|"
                           r"In\s+response\s+to\s+a\s+question)\b(?:(?!\b(?:said|says|replied|replies|answered|responded)\b)"
                           r"[^.!?,:;”\"“]){0,150}$"
                           r"|\b(?:was|were|is|are|been|being)\s+asked\s*[,:]?\s*$")
_SENT_OPEN = re.compile(r"(?:^|[.!?][”\"’']?\s+)$")
_TITLE_LIST = re.compile(r",?\s*(?:(?:,|and|or|,\s*and|,\s*or)\s*)")
# a written work named earlier in the clause, its title after a comma: 'an article he wrote as a young
# lawyer, “The Case for Ports,” which …'
_WORK_NOUN_BEFORE = re.compile(r"\b(?:article|book|essay|paper|column|op-ed|memoir|novel|report|study|thesis)\s"
                               r"[^.!?;:~“”\"]{0,70},\s*$")
_TITLE_CTX2 = re.compile(
    r"\b(?:(?:show|program|programme|book|film|movie|series|album|sitcom|memoir|documentary|column|article|"
    r"magazine|podcast|play|novel|songs?|hits|titles?|shows|films|movies|books),|"
    r"(?:referendum|initiative|ballot\s+measure|proposition)\s*[,—–]|starred\s+in|roles?\s+in|"
    r"appear(?:ed|s)?\s+on|including|such\s+as|like)\s*$",
    re.I,
)
# a work noun in apposition after a title-cased quote: '“Miles to Go,” a documentary about …'
_WORK_APPOS_AFTER = re.compile(r"\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:documentary|film|movie|book|novel|memoir|play|"
                               r"musical|song|album|series|podcast|sitcom|opera|poem|painting)\b")
# a title used as a modifier: 'the “Avatar” star', '“Daily Show” host', 'the “Make America Great Again” hat'
_TITLE_MOD = re.compile(r"\s+(?:star|host|hosts|anchor|actor|actress|creator|hat|hats|pins?|buttons?|campaign|phrase|feature|syllabus|letters|"
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
                stop = _next_sentences_end(masked, m.end())
                for ms, name, (a, b), _, pos, _ in mem.subjects:
                    if m.end() < ms < stop and " " in name and name[:1].isupper() and not _name_is_org(name):
                        if masked[a:b] == name:  # a bare name, not one with a role of its own ('Gen Asim Bajwa')
                            found[role] = name
                            break
        if found[role]:
            q.speaker = found[role]


def _next_sentences_end(masked: str, pos: int) -> int:
    """The end of the sentence at pos and the next three."""
    stop = pos
    for _ in range(4):
        stop = masked.find(". ", stop + 1)
        if stop < 0:
            return len(masked)
    return stop


# a relative described by kinship with a named person: 'wife of Jonah Efferton'
_RELATIVE_OF = re.compile(rf"(?:{'|'.join(sorted(_KIN))}) of (?P<of>[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)+)")


def _name_relatives(raw: list[_Q], masked: str, mem: "_Memory") -> None:
    """'The wife of Ivo Marek, …, said … “Q”. ¶ Speaking on radio, Ada Marek said …': a relative that a
    lede describes by kinship with a named person is the person of that surname named as the next
    reporting subject within three more sentences; quotes left with the description take the person."""
    found: dict[str, str | None] = {}
    for q in raw:
        rel = _RELATIVE_OF.fullmatch(q.speaker) if q.speaker and q.mention else None
        if not rel:
            continue
        if q.speaker not in found:
            found[q.speaker] = None
            kin, surname = rel.group("of"), rel.group("of").split()[-1]
            stop = _next_sentences_end(masked, q.mention[1])
            for ms, name, (a, b), _, pos, _ in mem.subjects:
                if (q.mention[1] < ms < stop and name != kin and name.split()[-1] == surname and " " in name
                        and masked[a:b] == name):
                    found[q.speaker] = name
                    break
        q.speaker = found[q.speaker] or q.speaker


# the bare nouns that refer back to an unnamed source: '“Q,” the official added'
_ANONYMOUS_HEADS = frozenset(("official", "source"))


def _anonymous_source(raw: list[_Q], masked: str) -> None:
    """'A member of the delegation, who asked not to be named, said … ¶ “Q,” the official added': a bare
    'the official' or 'the source' that nothing resolved is the unnamed person described as the speaker
    of the quote right before it, in its paragraph or the one before."""
    for prev, q in zip(raw, raw[1:]):
        if q.speaker not in _ANONYMOUS_HEADS or not q.mention or not prev.speaker or q.para - prev.para > 1:
            continue
        desc = prev.speaker
        head = desc.split(" of ", 1)[0].split()[-1]  # 'member of the delegation', 'senior Western diplomat'
        if (desc[:1].islower() and " " in desc and desc.split()[-1] not in _ANONYMOUS_HEADS
                and (head in _ROLE_HEADS or _PERSON_HEAD.search(head))
                and masked[q.mention[0]:q.mention[1]].lower() == "the " + q.speaker):
            q.speaker = desc


_HE_SHE = frozenset("he she they He She They".split())
# a reporting verb whose complement is the quote or a that-clause, after at most a short adverbial
# ('said “…', 'said Tuesday that …', 'said in a statement: “…'), not an object ('declared the need for calm:')
_SAID_THAT = re.compile(r"(?:\s+(?:in|on|at|to|during|after|before|with|from|last|this|earlier|later|again|also|then|"
                        r"yesterday|today|[A-Z][a-z]+day|[a-z]{3,}ly)\b(?:\s+(?!that\b)[\w’'.\-]+){0,3}?)?"
                        r"(?:\s+that\b|\s*[,:]?\s*[“\"~])")
_TOLD_THAT = re.compile(r"(?:\s+(?!that\b)[\w’'.\-]+){1,4}?(?:\s+that\b|\s*[,:]?\s*[“\"~])")  # 'told the Herald that'"


def _embedded_cue(raw: list[_Q], masked: str, mem: "_Memory") -> None:
    """'Trump said that Romney begged him and “would have dropped to his knees”': a quote whose cue sits
    inside the that-clause of its sentence's reporting subject is that subject's."""
    for q in raw:
        if not q.speaker or not q.mention or not q.partial:
            continue
        ps = q.mention[0]
        if not (q.sent_start <= ps < q.open_at):
            continue
        if _COORD_BEFORE.search(masked, max(q.sent_start, ps - 8), ps) or masked[ps:q.mention[1]] in _HE_SHE:
            continue
        outer = None
        for ms, name, mention, _, pos, cue in mem.subjects:
            if ms >= ps:
                break
            if (q.sent_start <= ms and pos + len(cue) <= ps and cue in _OUTER_CUES
                    and masked[mention[0]:mention[1]] not in _HE_SHE):
                outer = name, mention, cue, pos
            elif outer and q.sent_start <= ms:
                outer = None  # another reporting subject in between ('Lee said, after Roth said …')
        if (outer and outer[0] != q.speaker and not _OUTER_CUE_WORD.search(masked, outer[1][1], ps)
                and "~" not in masked[outer[1][1]:ps]  # not past a quote of the reporting subject's own
                and not (outer[2] in _TOLD_CUES and not masked[outer[3] + len(outer[2]):ps].strip())
                and not ((aq := _AFTER_QUOTE.search(masked, max(q.sent_start, outer[1][0] - 6), outer[1][0]))
                         and aq.start() + 1 not in mem.closes_sentence)):
            # nor a subject after a quote: its cue took that quote ('“A,” Roe said, before pivoting to Sample’s …')
            # nor the addressee of 'told' ('Sample told the crowd, which responded with chants of “…”')
            q.speaker, q.mention, q.cue = outer[:3]


_OUTER_CUES = frozenset("said says told tells".split())
_TOLD_CUES = frozenset(("told", "tells"))
_AFTER_QUOTE = re.compile(r"~[”\"],?\s+$")
_OUTER_CUE_WORD = re.compile(r"\b(?:said|says|told|tells)\b.*\b(?:said|says|told|tells)\b")
_COORD_BEFORE = re.compile(r"(?:\b(?:and|but|or|yet|then|while|although|though|because|as|when|after|before|since|until|unless|if|once)\s+|[;:]\s*)$")


# a pronoun inside its sentence's reporting construction: 'what she calls “…”' (a free relative of naming),
# or the subject right after 'said (that)' ('Trump said he responded: “…”')
_WHAT_NAMING = re.compile(r"\bwhat\s+$")
_NAMING_AFTER = re.compile(r"\s+(?:calls|called|describes|described|terms|termed|dubs|dubbed|labels|labeled|labelled)\b")
_ROLE_GAP = re.compile(r"(?:\s+[a-z]+){0,3}\s*")  # the role words between a subject's first word and the name
_SAID_PRONOUN = re.compile(r"\b(?:said|says)(?:\s+that)?\s+$")


def _outer_pronoun(raw: list[_Q], masked: str, mem: "_Memory") -> None:
    """'Clinton said … to congratulate him on what she called “…”', 'Trump said he responded: “…”': a
    pronoun that is the subject of a naming free relative, or of the clause right after the sentence's 'said',
    refers back to the sentence's own subject; the quote's mention is that subject, as PolNeAR marks it, also
    for the quotes that inherited the pronoun."""
    moved: dict[tuple[int, int], tuple[int, int]] = {}
    for q in raw:
        if not q.speaker or not q.mention or masked[q.mention[0]:q.mention[1]] not in _HE_SHE:
            continue
        if q.mention in moved:
            q.mention = moved[q.mention]
            continue
        ps, pe = q.mention
        if not (q.sent_start <= ps < q.open_at):
            continue
        if _WHAT_NAMING.search(masked, max(q.sent_start, ps - 6), ps) and _NAMING_AFTER.match(masked, pe):
            span = _lead_subject(masked[q.sent_start:ps], q.sent_start)
            first = next((m for m in mem.mentions if q.sent_start <= m[0] < ps and m[1] == q.speaker), None)
            if span and first and span[0] <= first[0] and _ROLE_GAP.fullmatch(masked, span[1], first[0]):
                span = first[0], _CAP_SEQ.match(masked, first[0]).end()  # 'Radio talk host Rush Limbaugh': the name
        elif _SAID_PRONOUN.search(masked, max(q.sent_start, ps - 12), ps):
            span = next((mention for ms, name, mention, _, pos, cue in mem.subjects
                         if q.sent_start <= ms and cue in ("said", "says") and _SAID_PRONOUN.fullmatch(masked, pos, ps)), None)
        else:
            continue
        if span and masked[span[0]:span[1]] not in _HE_SHE and _speaker_from_np(masked[span[0]:span[1]], span[0], mem)[0] == q.speaker:
            moved[q.mention] = span
            q.mention = span


def _restated_subject(raw: list[_Q], masked: str, mem: "_Memory") -> None:
    """'Ortiz said “Q,” she said.', 'Roth said that the plan … “Q,” he said.': a pronoun cue that restates
    the reporting subject of the quote's own sentence, whose verb before the sentence's first quote takes
    the quote or a that-clause; the quote's mention is that subject, not the pronoun."""
    first_open: dict[int, int] = {}
    for q in raw:
        first_open.setdefault(q.sent_start, q.open_at)
    for q in raw:
        if not q.speaker or not q.mention or masked[q.mention[0]:q.mention[1]] not in _HE_SHE:
            continue
        lo, hi = q.sent_start, first_open[q.sent_start]
        if q.mention[0] < hi:
            continue  # before the first quote ('He said “Q”'), or another sentence's pronoun
        found = None
        for ms, name, mention, _, pos, cue in mem.subjects:
            if (lo <= ms and pos < hi and name == q.speaker and masked[mention[0]:mention[1]] not in _HE_SHE
                    and (_SAID_THAT.match(masked, pos + len(cue))
                         or cue in ("told", "tells") and _TOLD_THAT.match(masked, pos + len(cue)))):
                found = mention
        if found is not None:
            q.mention = found


def _continued_partial(raw: list[_Q], masked: str, text: str, ends: list[int]) -> None:
    """A partial quote of four words or more that ends a short sentence with no cue, right after the
    sentence of an attributed quote in its paragraph, goes on with that speaker's words ('“It is
    ambush reporting,” she says. It is “this new kind of in-your-face reporting.”')."""
    for prev, q in zip(raw, raw[1:]):
        if (q.speaker is not None or prev.speaker is None or q.initial or prev.para != q.para or q.tail not in ".!?"
                or len(text[q.start:q.end].split()) < 4):
            continue
        seen = max(prev.close_at, prev.mention[1] if prev.mention else 0)
        if bisect_right(ends, q.sent_start) - bisect_right(ends, seen) != 1 or seen > q.sent_start:
            continue  # the quote's sentence must be the next one after the attribution
        lead = masked[q.sent_start:q.open_at]
        if len(lead.split()) > 8 or _CUE.search(lead) or any(c in lead for c in "“”\"~"):
            continue
        q.speaker, q.mention, q.cue, q.partial = prev.speaker, prev.mention, prev.cue, True


def _blank_quotes(work: str, quotes: list[_Q]) -> str:
    """work with the text of each quote written as '~' (same length, same offsets)."""
    parts, pos = [], 0
    for s, e in sorted((q.start, q.end) for q in quotes):
        s = max(s, pos)
        if s < e:
            parts += (work[pos:s], "~" * (e - s))
            pos = e
    parts.append(work[pos:])
    return "".join(parts)


def _title_cased(words: list[str]) -> bool:
    """Every word capitalised or a number, except small words after the first ('The Law of the Sea')."""
    return all(w[0].isupper() or w[0].isdigit() for k, w in enumerate(words) if k == 0 or w.lower() not in _TITLE_SMALL)


def _repeats_title(work: str, q: _Q, titles: list[_Q]) -> bool:
    """A short title-cased span whose words are those of a title quoted earlier ('the memoir “Salt Roads” …
    read a page from “Salt Roads”'): the title again, not a statement."""
    if q.runs_on:
        return False
    words = _TITLE_WORD.findall(work, q.start, q.end)
    if not words or len(words) > 10 or not _title_cased(words):
        return False
    return any(_TITLE_WORD.findall(work, t.start, t.end) == words for t in titles)


# a first name right before a nickname's opening mark (with the word before it), and the surname right
# after its closing mark
_NAME_BEFORE_NICK = re.compile(r"(?:(?<![\w’'.\-])(?P<prev>[\w’'.\-]+)[^\S\n]+)?(?<![\w’'\-])[A-Z][a-z][\w’'\-]*[^\S\n]$")
_NAME_AFTER_NICK = re.compile(r"[^\S\n][A-Z][a-z]")


def _middle_nickname(work: str, q: _Q) -> bool:
    """A one- or two-word title-cased quote between a first name and a surname ('Gov. Teodoro “Teddy”
    Reyes'): a nickname, part of the name; the first name opens the name, after a title or a word in
    lower case, never after another capitalised word the name would take in."""
    words = _TITLE_WORD.findall(work, q.start, q.end)
    if not (0 < len(words) <= 2 and q.tail not in ",.!?;:" and not q.runs_on and _title_cased(words)
            and _NAME_AFTER_NICK.match(work, q.close_at)):
        return False
    first = _NAME_BEFORE_NICK.search(work, max(q.para_lo, q.open_at - 40), q.open_at)
    return bool(first) and (not first.group("prev") or not first.group("prev")[0].isupper() or first.group("prev") in TITLES)


def _is_title_quote(work: str, q: _Q, title_end: int = -1) -> bool:
    """A quoted title or name, not a statement: no letters at all ('1448038800'), or a short
    title-cased span after a title context ('Christie said on ABC’s “This Week.”')."""
    words = _TITLE_WORD.findall(work, q.start, q.end)
    if not (work[q.start].isalpha() or any(c.isalpha() for c in work[q.start:q.end])):
        return True
    if _middle_nickname(work, q):
        return True
    if (q.tail == "," and not q.runs_on and _BY_LINE.match(work, q.close_at)
            and (not work[q.para_lo:q.open_at].strip() or work[q.open_at - 1] in "—–")):
        return True  # a linked headline in a round-up: 'FAREWELL—“The Old Mill to close,” by Times’ Jo Reyes:'
    if (len(words) <= 4 and q.tail not in ".!?" and not q.runs_on
            and _SCARE_CTX.search(work, max(q.para_lo, q.open_at - 40), q.open_at)):
        return True
    if len(words) <= 4 and not q.runs_on and _COMMON_NAME_CTX.search(work, max(q.para_lo, q.open_at - 40), q.open_at):
        return True
    if (len(words) <= 4 and q.tail not in ".!?" and not q.runs_on
            and _BODY_LABEL_CTX.search(work, max(q.para_lo, q.open_at - 80), q.open_at)):
        return True
    if (len(words) <= 5 and q.tail not in ",.!?;:" and not q.runs_on and _TERM_DEF.match(work, q.close_at)
            and _SENT_OPEN.search(work[max(q.para_lo, q.open_at - 3):q.open_at])):
        return True  # a term defined: '“Red zone” is the highest level of alert'
    if (len(words) <= 5 and q.tail not in "!?" and not q.runs_on
            and _title_cased(words[1:] if words[:1] in (["the"], ["The"]) else words)
            and _NICKNAME_CTX.search(work, max(q.para_lo, q.open_at - 60), q.open_at)):
        return True  # a nickname: 'Lind, whom her fans call “the Iron Lady,”', 'known to all as “the Bard of Leith,”'
    if len(words) <= 12 and not q.runs_on and _SLOGAN_CTX.search(work, max(q.para_lo, q.open_at - 40), q.open_at):
        return True  # a slogan: 'a banner reading “No to the port closure”'
    if len(words) <= 12 and not q.runs_on and _CHANT_AFTER.match(work, q.close_at):
        return True  # a chant: 'drawing jeers and “Harbour!” chants'
    window_lo = max(q.para_lo, q.open_at - 160)
    if (not q.runs_on
            and (work.find("sked", window_lo, q.open_at) >= 0 or work.find("question", window_lo, q.open_at) >= 0)
            and _QUESTION_CTX.search(work, window_lo, q.open_at)):
        return True  # the question, not its answer ('sked', 'question': words the pattern cannot do without)
    subtitle = len(words) >= 3 and ": " in work[q.start:q.end]  # 'Infinite City: A River Atlas'
    # a long title right after a naming word: 'the panel is called “The Law of the Sea and the Politics of …”'
    named = len(words) > 10 and bool(_NAMING_WORD.search(work, max(q.para_lo, q.open_at - 30), q.open_at))
    if not words or len(words) > (20 if subtitle or named else 10) or q.runs_on:
        return False
    if not _title_cased(words):
        return False
    if subtitle or _TITLE_CTX.search(work, max(q.para_lo, q.open_at - 40), q.open_at) or _NAMED_CTX.search(
            work, max(q.para_lo, q.open_at - 60), q.open_at) or _WORK_NOUN_BEFORE.search(
            work, max(q.para_lo, q.open_at - 90), q.open_at):
        return True
    if q.para_lo <= title_end <= q.open_at and _TITLE_LIST.fullmatch(work, title_end, q.open_at):
        return True  # the next title of a list: '“Harbour Lights” and “The Quiet Ferry”'
    if _TITLE_CTX2.search(work, max(q.para_lo, q.open_at - 40), q.open_at):
        return True
    after = q.close_at + work.startswith(",", q.close_at)  # past a comma after the marks ('“Miles to Go”, a poem')
    if (q.tail == "," or after > q.close_at) and _WORK_APPOS_AFTER.match(work, after):
        return True  # 'she watched “Miles to Go,” a documentary about …'
    return bool(q.tail not in ",.!?;:" and _TITLE_MOD.match(work, q.close_at))


_PROMISE = frozenset(("promised", "promises"))


# a lone surname opening its sentence, an interrupting phrase, and the cue: 'Roth, speaking after the vote, said'
_LEAD_SURNAME = re.compile(r"([A-Z][a-z]+)[^\S\n]*,[^\S\n]+[a-z][\w\-]*\s[^,;:~“”\"\n]{0,150},\s*$")
# an 'its' right after a reporting subject's cue ('Corvane Shipping said its crews …', 'said that its …'): the
# subject is a company or body, never the antecedent of a he or she
_ITS_AFTER_CUE = re.compile(r"[^\S\n]+(?:(?:[^.!?;:,“”\"\n]{1,40}?[^\S\n]+)?that[^\S\n]+)?its\b")


def _cue_subjects(masked: str, paras: list[tuple[int, int]], ends: list[int], mem: "_Memory") -> list[tuple]:
    """(mention_start, speaker, (mention_start, mention_end), paragraph, cue_pos, cue) of 'S said/says ...' outside quotes."""
    out: list[tuple] = []
    mem.reporters = out
    starts = [lo for lo, _ in paras]
    for cue in _SUBJ_CUE_WORD.finditer(" " + masked):  # one character ahead: cue.start() is the word's position
        pos, w = cue.start(), cue.group("cue")
        if _NOUN_CTX.search(masked, max(0, pos - 12), pos):
            continue
        if w in _PROMISE and not masked.startswith(" that ", pos + len(w)):
            continue  # 'Blinken had promised written answers' reports no speech; 'he promised that …' does
        k = bisect_right(starts, pos) - 1
        if k < 0:
            continue
        ss = _sentence_start(ends, paras[k][0], pos)
        lead_at = ss + len(masked[ss:pos]) - len(masked[ss:pos].lstrip())  # the sentence's first word
        sub = _SUBORD.match(masked, lead_at)
        if sub and pos < sub.end():
            continue  # 'While Comey said …, the senators disagreed.': not the sentence's reporting subject
        span = _subject_before(masked[ss:pos], ss)
        if not span:
            if not masked[ss:pos].rstrip().endswith(","):
                continue  # each apposition pattern below ends in a comma before the cue
            app = _APPOS_NAME.search(masked, max(ss, pos - 60), pos)
            if not app:  # 'Jo Reyes, the spokeswoman for the trust that runs the site, told …': a name opening the sentence
                app = _LEAD_APPOS.match(masked, lead_at, pos)
            if not app:  # 'Roth, speaking after the vote, said': a surname of a full name met before
                app = _LEAD_SURNAME.match(masked, lead_at, pos)
                if app and not any(st < ss and full != app.group(1) for st, full in mem._by_token.get(app.group(1), ())):
                    app = None
            if not app:  # 'On the other side, Sen. Ada Roth, a candidate who …, tweeted': after a leading phrase
                app = _LEAD_APPOS.search(masked, max(ss, pos - 230), pos)
                if app and not masked[ss:app.start()].rstrip().endswith(","):
                    app = None
            if app and app.group(1).split()[0] not in STOP_CAPS:
                span = app.start(1), app.end(1)  # 'the head of Central Command, General Tommy Franks, says': the name in apposition
            elif not app and (rel := _REL_CLOSED.search(masked, max(ss, pos - 160), pos)):
                # 'A Varn-based grain broker, who declined to be named, said …': the phrase opening the
                # sentence that the closed relative clause follows
                span = _det_np(masked[lead_at:rel.start()], lead_at, at_end=False)
                if not span or span[1] != rel.start():
                    continue
            else:
                continue
        prev = out[-1] if out and k - 1 <= out[-1][3] <= k and " " in out[-1][1] and masked[out[-1][0]:out[-1][0] + 4] not in ("The ", "the ") else None
        if prev and masked[span[0]:span[1]] in ("he", "she", "He", "She") and prev[4] >= _sentence_start(ends, paras[prev[3]][0], ss - 1):
            mem.subjects = [prev]  # 'Mr Lew says … . He says …': the previous sentence's reporting subject
        name, ms, me = _speaker_from_np(masked[span[0]:span[1]], span[0], mem)
        mem.subjects = []
        if name and not _PRON.fullmatch(name):
            out.append((ms, name, (ms, me), k, pos, w))
    return out


# a reporting participle after the main clause ('Sen. Ada Roth spoke for an hour, saying the plan …'):
# the sentence's subject reports, so a quote that opens the next sentence or paragraph is that subject's
_PART_CUE = re.compile(r",[^\S\n]+(saying|adding)[^\S\n]+(?=[a-z])")
_LEAD_VERB = re.compile(r"(?:[^\S\n]*,[^,;:“”\"~\n]{1,40},)?[^\S\n]+(?!(?:and|or|of|who|which|that|in|at|for|to|with|from|on|by)\b)[a-z]+\b")


def _participle_subjects(masked: str, paras: list[tuple[int, int]], ends: list[int], mem: "_Memory",
                         subjects: list[tuple]) -> list[tuple]:
    """The reporting subjects plus each name opening a sentence whose verb is followed by ', saying …'
    (empty when there is none)."""
    if ", saying " not in masked and ", adding " not in masked:
        return []
    starts = [lo for lo, _ in paras]
    cue_pos = [t[4] for t in subjects]
    extra = []
    for m in _PART_CUE.finditer(masked):
        pos = m.start(1)
        k = bisect_right(starts, pos) - 1
        if k < 0:
            continue
        ss = _sentence_start(ends, paras[k][0], pos)
        if bisect_right(cue_pos, pos) > bisect_right(cue_pos, ss - 1):
            continue  # the sentence has a reporting subject of its own ('Ma said, adding that …')
        op = ss + len(masked[ss:pos]) - len(masked[ss:pos].lstrip())
        name = _CAP_SEQ.match(masked, op, pos)
        if not name or name.group().split()[0] in STOP_CAPS or not _LEAD_VERB.match(masked, name.end(), pos):
            continue  # 'The plan …', 'In March …': no named subject right before its verb
        if any(c in masked[name.end():pos] for c in "“”\"~"):
            continue  # a quote inside the clause has an attribution of its own
        spk, ms, me = _speaker_from_np(name.group(), op, mem)
        if spk and not _PRON.fullmatch(spk):
            extra.append((ms, spk, (ms, me), k, pos, m.group(1)))
    return sorted(subjects + extra, key=lambda t: t[4]) if extra else []


# a whole lower-case word (a maximal run of a-z letters) that is a subject cue, with the character before
# it: one regex scan that skips to non-letters, with the words nested by shared prefixes, is faster than
# finding each word with str.find (a text is scanned with a space put before it)
_SUBJ_CUE_WORD = re.compile(rf"[^a-z](?P<cue>{_word_alternation(_SUBJ_CUES)})(?![a-z])")


_HON_OPEN = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z][\w\-]+)\b")


_CONTRAST_AFTER = re.compile(r"[\s,]*(?:but|yet|while|whereas)\b")


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
            if a.speaker is None and b.speaker is not None and not (
                    b.mention and b.mention[0] > a.close_at and _CONTRAST_AFTER.match(masked, a.close_at, b.mention[0])
                    and _CUE.search(masked, a.sent_start, a.open_at)):
                # not across a contrast from a quote with a cue of its own: 'His wife had urged him to act
                # “calm,” but Roth said he replied: “Q”' (the late pass gives 'calm' to his wife)
                a.speaker, a.mention, a.cue, a.partial = b.speaker, b.mention, b.cue, True
            elif b.speaker is None and a.speaker is not None:
                b.speaker, b.mention, b.cue, b.partial = a.speaker, a.mention, a.cue, True
    # split and floating quotes: a sentence-initial quote inherits the last speaker nearby
    last: _Q | None = None
    subj_pos = [t[4] for t in subjects]
    prev: _Q | None = None
    for q in raw:
        floating = q.speaker is None
        if prev is not None and prev.para == q.para and not masked[prev.close_at:q.open_at].strip():
            q.initial = True  # follows the previous quote directly ('“A. "B')
        prev = q
        # a connective-led quote ('… he said. Then, “Q.”') continues a speaker of its own paragraph only
        linked = not q.initial and q.speaker is None and _connective_led(q, masked)
        # 'Then, later that month on a radio show: “Q.”' opening its paragraph: the speaker goes on
        colon_led = not q.initial and q.speaker is None and not linked and _connective_colon(q, masked)
        linked = linked or colon_led
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
                    if (last is not None and last.mention == mention and last.speaker and name != last.speaker
                            and (_full_person_name(last.speaker) or not _full_person_name(name))):
                        # '“A,” he said. “B.”': the subject's pronoun was resolved before A's speaker was
                        # known; A's full name wins (a full name for the subject beats A's bare surname or role)
                        name = last.speaker
                    q.speaker, q.mention, q.cue = name, mention, cue
        if linked and last is not None:  # and only right after the sentence of the last quote or its attribution
            seen = max(last.close_at, last.mention[1] if last.mention else 0)
            linked = (last.para == q.para and bisect_right(ends, q.sent_start) - bisect_right(ends, seen) <= 1
                      or colon_led and q.para - last.para == 1)
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
        if (floating and q.speaker is not None and last is not None and last.speaker == q.speaker and mem is not None
                and last.tail == "?" and q.tail != "?" and last.cue == "asked" and q.para == last.para + 1
                and _only_quotes(masked, paras[q.para]) and (answer := _addressee(last, masked, mem))):
            q.speaker, q.mention, q.cue = answer  # 'Example asked Roe: “Will you …?” ¶ “Not on the middle class.”'
        if q.speaker is not None:
            last = q


_ASKED_OBJ = re.compile(rf"\basked\s+(?P<np>{_NAME_TOK}(?:[^\S\n]+{_NAME_TOK}){{0,3}})\s*(?:[:,.]|$)")


def _addressee(q: _Q, masked: str, mem: "_Memory") -> tuple | None:
    """The named person a question quote was put to ('Example asked Roe: “Q?”', '“Q?” Example asked
    Roe.'): (speaker, mention, cue), else None."""
    if not q.mention:
        return None
    lo, hi = (q.mention[1], q.open_at) if q.mention[1] <= q.open_at else (q.close_at, q.para_hi)
    m = _ASKED_OBJ.search(masked, max(lo - 8, q.para_lo), hi)
    if not m:
        return None
    name, ms, me = _speaker_from_np(m.group("np"), m.start("np"), mem)
    return (name, (ms, me), "asked") if name and name != q.speaker else None


def _share_late_partial(raw: list[_Q], i: int) -> None:
    """A partial found by the second chance gives its speaker to the next quotes of its sentence
    left without one ('… claim is that it is a “witch hunt” launched to “get” her')."""
    q = raw[i]
    for b in raw[i + 1:]:
        if b.para != q.para or b.sent_start != q.sent_start or b.speaker is not None:
            break
        b.speaker, b.mention, b.cue, b.partial = q.speaker, q.mention, q.cue, True


# a sentence adverb or connective before a quote that completes the sentence: '… he said. Then, “Q.”'
_LEAD_CONNECTIVE = re.compile(r"\s*(?:But|And|So|Yet|Still|Then|Instead|Indeed|Also|Again|Later|However|Moreover|"
                              r"Specifically|Adding|Plus|Finally|Meanwhile|Besides|Rather|Further|Furthermore|"
                              r"Likewise|Similarly|Otherwise|Of\s+course|In\s+fact|In\s+short)\s*,?\s*")
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!?]|$)")
# a paragraph opening with a connective and a short time or place phrase before a colon, no verb; a
# name there only after a preposition ('on NBC', 'in Ohio'), not a new speaker ('Then Ada Roth:')
_PLACE_PHRASE = re.compile(r"\b(?:on|in|at|to|from|with)\s+(?:[A-Z][\w’'\-.]*\s*)+")
_CONNECTIVE_COLON = re.compile(rf"{_LEAD_CONNECTIVE.pattern}(?:[^.!?:;“”\"~\n]{{0,60}}):\s*")


def _connective_colon(q: _Q, masked: str) -> bool:
    """'Then, later that month on a radio show: “Q.”' opening its paragraph, a full sentence quoted."""
    lead = masked[q.para_lo:q.open_at]
    return (q.sent_start == q.para_lo and q.tail in ".!?" and len(lead.split()) <= 10
            and bool(_CONNECTIVE_COLON.fullmatch(lead)) and not _CUE.search(lead)
            and not _CAP_SEQ.search(_PLACE_PHRASE.sub(" ", lead), len(lead) - len(lead.lstrip()) + 1))


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


# the share of a poll's respondents ('75 percent of Republicans said …') in a sentence that names the poll
_SHARE_BEFORE = re.compile(r"(?:\b\d[\d,.]*\s*(?:%|percent)|\b(?:\d+|[a-z]+)\s+in\s+(?:\d+|ten)|\b[Hh]alf|\b[Aa]\s+majority)"
                           r"(?:\s+of)?\s+(?:[\w\-]+\s+){0,3}$")
_POLL_NP = re.compile(r"\b(?P<np>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w\-/’'.]+\s+){0,6}?(?:poll|survey))\b"
                      r"(?:\s+(?:released|conducted|published|taken)\b[^,;:~“”\"]{0,40})?")


def _poll_source(q: "_Q", masked: str) -> None:
    """'In a September Harbour Herald poll, 75 percent of residents said “…”': the poll, not the share
    of its respondents, is the source of what they said."""
    ms = q.mention[0]
    if not (q.sent_start <= ms < q.open_at):
        return
    if not (_SHARE_BEFORE.search(masked, max(q.sent_start, ms - 40), ms) or _share_mention(masked, ms, q.mention[1])):
        return
    poll = None
    for m in _POLL_NP.finditer(masked, q.sent_start, ms):
        poll = m
    if poll is None:
        return
    q.speaker = " ".join(poll.group("np").split()[1:])
    q.mention = poll.start("np"), poll.end("np")


def _share_mention(masked: str, ms: int, me: int) -> bool:
    """The mention masked[ms:me] is itself a share ('75 percent of residents'), read with the character
    after it; a mention that ends the text is read with a space after it."""
    if me < len(masked):
        return bool(_SHARE_BEFORE.match(masked, ms, me + 1))
    lo = max(0, ms - 1)  # keep the character before the mention for the leading \b
    return bool(_SHARE_BEFORE.match(masked[lo:] + " ", ms - lo))
