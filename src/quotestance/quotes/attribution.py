"""First-pass attribution: the reporting construction right after a quote (', Lavrov said') or right
before it ('S said:', 'according to S'), and the reporting verb governing a partial quote's sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from quotestance.quotes.lexicon import CUE_WORDS, NATIONALITIES, REGIONAL_ADJECTIVES, STOP_CAPS
from quotestance.quotes.patterns import (
    _APPOS_NAME, _ASKED_NAME, _CAP_SEQ, _CUE, _SOURCE_PHRASES, _DOC_FROM, _DOC_NP, _LEAD_APPOS, _CUE_ALT, _CUE_SUBJ_END, _cut_subject, _DET, _FUNCTION, _KIN, _MARK, _NAME_TOK,
    _NOT_NP_LEAD, _NOUN_CTX, _NP_STOP, _NP_TOKEN, _PRON, _ROLE, _ROLE_OF_BODY, _SUBJ_CUES, _SUBORD, _TRAIL_PARTS, _W,
)
from quotestance.quotes.names import (
    _AGENT_FOR, _agent_noun, _AUX_CAPS, _between, _canon_seq, _TIME_CAPS, _CLOSE_TO, _clause_subject, _GROUP_HEADS, _GROUP_OF, _honorific_gender, _LEAD_INTRO,
    _person_description, _ROLE_HEADS, _Memory,
    _name_is_org, _NOT_INTRO, _plural_person, _speaker_from_np, _subject_before,
    _title_of_place, _WHERE,
)

_ADV = r"(?:also|later|then|has|had|have|would|will|(?:did|does|could|can|should|must|might|may)(?:\s+not)?|previously|once|recently|quickly|again|simply|only|just|repeatedly|earlier|first|initially|originally|separately|often|later|bluntly|flatly|frequently|publicly|privately|told\s+reporters|(?:is|was)(?=\s+quoted\b))"
# After the closing mark: ', Lavrov said' / ', he told reporters' / ', Smith, a Republican, said'.
# cues after a quote only: phrasal verbs; 'commented' ('“Q,” one user commented'; before a quote, 'he
# commented, … a “Q” problem' mostly frames a term, not a statement); the plural present 'state' after a
# plural subject, going on as a verb does ('“Q,” the Norlanders state in the white paper', '“Q,” they
# state.'; not the noun of 'the state said', 'the Ohio state senator', 'the States state department',
# 'voters across this state, from …, told', 'farmers in his state, hit by drought, say')
_PHRASAL = (r"shot\s+back|fired\s+back|hit\s+back|went\s+on|cut\s+in|chimed\s+in|commented"
            r"|(?<=[a-z]s\s)(?<!\bthis\s)(?<!\bhis\s)(?<!\bits\s)state(?=\s*[.;]|\s+(?:in|on|at|that|during|after|before|when|while|about)\b)"
            r"|(?<=they\s)state\b")
# an appositive may be long and hold a short quote ('delegate Bo Park, wearing a “Cruz” pin, said')
_APP = r'(?P<app>,(?:[^;:!?“”"~]|[“"]~{1,40}[”"]){1,200}?,)?'
# a recording's speaker: '“Q?” a reporter can be heard asking', '“Q,” Roth was seen telling …'
_HEARD = r"(?:can|could|is|was|were|are)\s+(?:be\s+)?(?:heard|seen)"
_SHORT_QUOTE = re.compile(r'[“"]~{1,40}[”"]')


def _after_subject_cue(min_words: int) -> re.Pattern:
    """After the closing mark, a subject of min_words to eight words, an optional appositive, then a cue."""
    return re.compile(rf"[\s,—–\-]*(?P<subj>{_W}(?:\s+{_W}){{{min_words - 1},7}}?){_APP}"
                      rf"\s+(?:{_ADV}\s+)*(?P<heard>{_HEARD}\s+)?(?P<cue>{_PHRASAL}|{_CUE_ALT})\b")


_AFTER_SUBJ_CUE = _after_subject_cue(1)
# a role of a body longer than eight words: '“Q,” the deputy head of the defence committee of the lower house said'
_AFTER_ROLE_OF = re.compile(rf"[\s,—–\-]*(?P<subj>{_ROLE_OF_BODY.pattern}){_APP}\s+(?:{_ADV}\s+)*(?P<cue>{_CUE_ALT})\b")
_NEXT_CUE = re.compile(rf"\s+(?:{_ADV}\s+)*(?P<cue>{_CUE_ALT})\b")
_POSTED_AT = re.compile(rf"\s+(?:in|at)\s+(?:{_W}\s+){{1,4}}?(?P<cue>{_CUE_ALT})\b")
# the same with a subject of two words or more: '“Q,” the release said' (not 'the' + cue 'release')
_AFTER_SUBJ_CUE2 = _after_subject_cue(2)
_AFTER_VERB = re.compile(
    rf"[\s,—–\-]*(?P<subj>{_W}(?:\s+{_W}){{0,4}}?)\s+(?:{_ADV}\s+)*(?P<cue>[a-z]{{3,}}(?:ed|s))\b"
)


# a named or pronoun subject and a past speech verb opening the clause a quote sits in: 'Biden told Putin …'
# (one clause: not 'Putin said he was ready, but the US would respond “…”')
_CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|and|yet)\s|;")
_SPEECH_LEAD = re.compile(r"^(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:said|told|warned|added)\b")
# the lower-case role words a quoted person's name phrase may hold ('Kremlin spokesman Dmitry Peskov')
_QUOTED_ROLE = r"(?:spokes(?:man|woman|person)|aide|advis[eo]r|official|minister|envoy|chief|commander|negotiator)"
# the object of 'quoted/cited NP as saying' (group 'np'): a name of up to six capitalised words ('Deputy
# Foreign Minister Ivo Marek'), also with a lower-case role word among them ('Kremlin spokesman Dmitry
# Peskov'), an object pronoun or a 'the/a/an' phrase of up to ten words after the
# article, with an aside between commas before 'as' ('quoted a spokesman, Col. Ivo Marek, as saying',
# 'quoted an official, who was not named, as saying'); it is the speaker (the name in apposition, if
# any), not the outlet that quoted it
_QUOTED_NP = (rf"(?P<np>(?:(?:[A-Z][\w.’'\-]*|{_QUOTED_ROLE})\s+){{0,5}}[A-Z][\w.’'\-]*|him|her|them"
              r"|(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,9}?[\w\-]+(?=\s+as\s|,))(?:,[^,;:“”\"~]{3,80},)?")
_QUOTED_AS = re.compile(rf"\b(?:quoted|cited)\s+{_QUOTED_NP}"
                        r"(?:\s+\w+){0,3}?\s+as\s+(?P<cue>saying|telling|stating|calling|describing|warning|writing)\b"
                        r"(?:[^~;]|[“\"]~+[”\"]){0,200}$")  # (an earlier fragment of the clause between: '… on “Q1” and would “Q2”')
# the same after the quote: '“Q,” Interfax quoted a senior diplomat as saying.'
_QUOTED_OBJ = re.compile(rf"\s+{_QUOTED_NP}\s+as\s+(?P<cue>saying|telling|stating)\b")
# an outlet's verb of reporting and the 'citing' of its source: 'reported, citing'
_CITING_VERB = r"(?:reported|reports)\s*,\s+citing"
# an outlet's report of what a source told it: 'Interfax reported, citing a senior military source, that …'
_CITING = re.compile(rf"\b{_CITING_VERB}\s+(?P<np>[^,;:“”\"~]{{3,80}}?)\s*,\s+(?:that\s+)?"
                     r"[^;:“”\"~]*$")
# the same after the quote, matched at its verb: '“Q,” Interfax reported, citing a senior military source.'
_CITING_AFTER = re.compile(rf"{_CITING_VERB}\s+(?P<np>[^,;:.“”\"~]{{3,80}}?)\s*(?=[.,;]|$)")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# a verb of causing with its object before a speech verb: '…, prompting Sample to reply: “Q”', 'which led him
# to retort, “Q”', 'prompted Roe, a former rival, to quip, “Q”' (an appositive after the object), 'prompted
# the Almanac of Coastal Towns, which …, to state, “Q”' (a name with of/for/and, after 'the'); the object speaks
_PROMPTED = re.compile(
    r"\b(?:prompting|prompted|prompts|leading|led|leads|causing|caused|forcing|forced|spurring|spurred|inviting|invited)\s+"
    r"(?P<np>(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+(?:(?:of|for|on|and|the)\s+){0,2}){0,5}[A-Z][\w.’'\-]*|him|her|them)"
    r"(?:,[^,;:“”\"~]{3,120},)?\s+to\s+"
    r"(?P<cue>reply|respond|retort|say|state|quip|fire\s+back|shoot\s+back|hit\s+back|counter|declare|tweet|ask|interject|"
    r"snap|joke|insist|add|note|shout|yell|exclaim|remark|answer|write)\s*[,:]?\s*$")


# a verb of faulting or praising, its object, then 'for' and an -ing cue: 'mocked Rosa Lind for calling …',
# 'hammering the senator for saying …', 'thanked them for saying …': the object is the speaker
_FOR_ING_OBJ = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?P<np>(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*|him|her|them"
    r"|(?:the|his|her|their|its)\s+(?:[a-z][\w’'\-]*\s+){0,2}?[a-z][\w\-]*)\s+(?:(?:again|also|publicly)\s+)?"
    r"(?:for\s+)$")
# a self-styled label ('mocked Roe for calling himself the “…”'): the one mocking quotes it as a label
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself)\b")
_JUDGING_STEMS = frozenset("""mock slam blast hammer attack fault chid rebuk scold ridicul lambast prais thank commend
    applaud credit blam congratulat laud hail knock rip condemn denounc excoriat roast needl taunt savag berat
    castigat criticiz criticis censur skewer chastis upbraid assail jeer lampoon deride derid pillor tweak chastiz
    reprimand admonish""".split())


def _judging_verb(word: str) -> bool:
    """'mocked', 'hammering', 'praises', 'ripped': a verb of faulting or praising someone for something."""
    for suffix in ("ping", "ped", "ing", "ed", "es", "s", "e", "d", ""):
        if word.endswith(suffix) and word[:len(word) - len(suffix)] in _JUDGING_STEMS:
            return True
    return False


def _set_quoted_object(q: _Q, m: re.Match, offset: int, mem: _Memory) -> bool:
    """The speaker of 'quoted NP as saying' matched by m (at offset): NP, an object pronoun resolved,
    first to the last fitting person named earlier in its own clause run ('broadcast footage of the
    leader, Ivo Marek, inspecting troops, and quoted him as saying': Marek, not an earlier speaker)."""
    np, start = m.group("np"), offset + m.start("np")
    want = {"him": "m", "her": "f"}.get(np)
    here = [name for st, name, org in _between(mem.mentions, offset, start) if mem._person_fits(name, org, want)] if want else []
    if here:
        q.speaker, q.mention, q.cue = here[-1], (start, start + len(np)), m.group("cue")
        return True
    return _set_object(q, np, start, m.group("cue"), mem)


def _set_object(q: _Q, np: str, start: int, cue: str, mem: _Memory) -> bool:
    """An object noun phrase np (at start) as the speaker, an object pronoun resolved."""
    if np not in _OBJECT_PRONOUNS:
        return _set_from_np(q, np, start, cue, mem)
    name = mem.resolve_pronoun(_OBJECT_PRONOUNS[np], start)
    if name:
        q.speaker, q.mention, q.cue = name, (start, start + len(np)), cue
    return bool(name)


# verbs of answering: after a question put to someone, their subject is the one asked (not after 'said':
# 'She asked Lenk whether …. “We deserve an answer,” she said' is the asker going on)
_ANSWER_CUES = frozenset("replied replies answered answers responded responds retorted retorts".split())


def _set_addressee(q: _Q, pron: str, start: int, cue: str, mem: _Memory) -> bool:
    """A he or she (at start) answering the question that the sentence before, in the quote's paragraph,
    puts to a named person: the one asked ('A reporter asked Roth whether …. “Q,” she replied')."""
    want = {"he": "m", "she": "f"}.get(pron) if cue in _ANSWER_CUES else None
    k = bisect_right(mem.ends, q.open_at)
    if not want or not k or mem.ends[k - 1] <= q.para_lo:
        return False
    lo = max(q.para_lo, mem.ends[k - 2] if k >= 2 else 0)
    hi = lo + len(mem.text[lo:mem.ends[k - 1]].rstrip())
    m = _ASKED_NAME.search(mem.text, lo, hi) if "ask" in mem.text[lo:hi] else None
    if not m:
        return False
    g = "to" if m.group("to") else "obj"
    np = m.group(g)
    name = _speaker_from_np(np, m.start(g), mem)[0]
    if not name or _name_is_org(name) or mem.gender.get(name, want) != want or (
            _honorific_gender(np, np.find(" ") + 1) or want) != want:
        return False  # 'asked Mr. Lenk whether …. “Q,” she said': the asker goes on
    q.speaker, q.mention, q.cue = name, (start, start + len(pron)), cue
    return True


_QUANTIFIERS = ("two ", "three ", "four ", "five ", "several ", "some ", "many ", "both ", "most ")  # '“Q,” two officials said'
_AUX_WORD = re.compile(r"\b(?:has|had|have|would|will)\b")
_NAMING_CUES = frozenset("called dubbed named titled labeled labelled branded".split())
_NAMED_NEXT = re.compile(r"\s+(?:the\s|an?\s|[A-Z“\"])")
_CUE_AFTER_NOUN = re.compile(rf"(?:\s+{_W}){{0,2}}\s+(?:{_ADV}\s+)*(?:{_CUE_ALT})\b")
# a verb coordinated after a noun phrase: '(denounced) its cost and said …', '(slammed) the plan and then added …'
_AND_VERB = re.compile(rf"\s+and\s+(?:{_ADV}\s+)*(?:{_CUE_ALT})\b")
_AFTER_CUE_SUBJ = re.compile(
    rf"[\s,—–\-]*(?P<cue>{_PHRASAL}|{_CUE_ALT})\s+(?P<subj>{_W}(?:\s+{_W}){{0,11}})"
)
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
        if m and (m.group("prep") or m.group("num") or m.group("adj") in NATIONALITIES or m.group("adj") in REGIONAL_ADJECTIVES):
            return True
    if word not in _NOUN_CUES:
        return False
    m = _NOUN_CTX2.search(text, max(0, pos - 40), pos)
    if not m:
        return False
    mods = m.group(1).split()
    return all(w.lower() not in _NOT_MOD and (not w.endswith("s") or w.endswith(("ss", "us"))) for w in mods)


_ACCORDING = re.compile(rf"[\s,—–\-]*(?:{_W}\s+){{0,4}}?(?P<cue>according to)\s+(?P<subj>{_W}(?:\s+{_W}){{0,7}})")
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
_SHARE_OF = re.compile(r"(?:one|some|many|several|two|three|four|five|both|each|most)\s+of\s+(?=(?:the|his|her|their|its|two|three|four|five|several)\s)")
_LOWER_LEAD = re.compile(r"(?:[a-z][\w\-]*\s+)*")
_REL_WHO = re.compile(
    r",?\s*\b(?P<who>who)(?:\s+(?:also|later|then|previously|once|recently|again|has|had|have|would|will|could|"
    r"only|repeatedly|publicly|privately|flatly|often|long|in\s+the\s+past|on\s+\w+day))*\s*$"
)
# a relative word before a name with an appositive: 'in what Ada Roth, the treasurer, called “…”'
_REL_BEFORE_APPOS = re.compile(r"\b(?:what|whom|which|that)\s+$")
# a relative clause whose own verb comes first, the cue conjoined to it: '…, said an official who oversaw
# the inquiry and described it as “…”', '…, who worked the crowd, praising “…”'
_REL_CLOSED = re.compile(r",\s+(?:which|who)\s+[^,;:~“”\"]{3,150},\s*$")  # a relative clause closed by a comma
_REL_WHO_VERB = re.compile(r",?\s*\b(?P<who>who)\s+[a-z][^,;:~“”\"]{0,100}?\s+and\s*$")
_REL_WHO_ING = re.compile(r",?\s*\b(?P<who>who)\s+[a-z][^,;:~“”\"]{0,100}?,\s*$")
_DASH_NAME = re.compile(
    rf"(?:\s[—–-]+\s*|\s[—–-]*\s*More\s+from\s+|^More\s+from\s+)({_NAME_TOK}(?:\s+(?:and\s+)?{_NAME_TOK}){{0,4}})\s*:$")
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
# (the cue may close with one phrase of where or how: '…, spokesman Bo Lind said on Monday, in an email.')
_TRAIL_SUBJ_CUE = re.compile(
    rf",\s+(?P<subj>{_W}(?:\s+{_W}){{0,7}}?)\s+(?:{_ADV}\s+)*(?P<cue>{_CUE_ALT})\b[^,;:~“”\"—–(]{{0,50}}"
    r"(?:,\s+(?:in|at|on|during)\s[^,;:~“”\"—–(]{1,80})?[.!?]$"
)
# a leading subordinate clause, or a fronted 'In/By' and a gerund ('In declaring the remarks as “…”,')
_SUB_LEAD = re.compile(r"(?:While|Although|Though|When|If|After|Before|Because|Since|Once|Unlike|Like|Despite"
                       r"|(?:In|By)\s+[a-z]{3,}ing)\b[^,;:~]*$")


_POSTMOD = frozenset("in from at of on across near outside inside around".split())


def _group_led(subj: str) -> bool:
    """'residents in the town', 'officials reached by phone': a bare plural of persons with a
    prepositional or participle phrase after it (a group as a subject after a quote)."""
    words = subj.split()
    if len(words) < 2 or not (words[0] in _GROUP_HEADS or _plural_person(words[0])):
        return False
    return words[1] in _POSTMOD or (words[1].endswith("ed") and len(words) > 2 and words[2] in ("by", "on", "in", "at"))


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
_WAS_ADV = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+|also\s+|then\s+|not\s+)?$")


def _passive(before: str, cue: str) -> bool:
    """The cue is a passive participle: 'was asked', 'has been called', 'is often described'."""
    return not cue.endswith("ing") and bool(_WAS_ADV.search(before, max(0, len(before) - 24)))


_BY_AGENT = re.compile(rf"\s*by\s+(?P<subj>{_W}(?:\s+{_W}){{0,5}})")
_BY_AGENT_AS = re.compile(rf"\s*by\s+(?P<subj>{_W}(?:\s+{_W}){{0,5}}?)\s+as(?:\s+(?:a|an|the))?\s*$")
_WITH_NP = re.compile(r"(?:\bwith|\bof|,)\s+$")  # 'with Sen. Cole calling it …': that noun phrase is the participle's subject
# 'with' and a determiner-led noun phrase right before an -ing cue: the participle's subject
_WITH_DET_NP = re.compile(r"\bwith\s+(?P<np>(?:the|a|an|his|her|its|their)\s[^,;:~“”\"]{2,90}?)\s*$")
_TRAIL_CUE_SUBJ = re.compile(
    rf",\s+(?P<cue>said|says|added|adds|wrote|writes|according\s+to)\s+(?P<subj>{_W}(?:\s+{_W}){{0,6}}?)(?:,[^;:~“”\"—–(]{{0,80}})?[.!?]$"
)
_BARE_CUE = re.compile(rf"\s*(?:{_W}\s+){{1,4}}?(?:{_CUE_ALT})\s*[.,]|\s*(?:{_CUE_ALT})\s+(?:{_W}\s*){{1,4}}?[.,]")
_GOES_ON = re.compile(r"\s*(?:at|in|on|before|after|against|by|for|to|from|with|during|since|when|while|as|of|about|"
                      r"over|because|if|than|that|there|and|but|or|so)\s")
_REST_END = re.compile(r"[.!?](?=\s|$)")
_DOC_PARTICIPLES = frozenset("released posted published issued obtained".split())
# an 'as' clause of saying right before the quote: 'As one clerk told the Herald, “Q”', '…, as
# Jo Reyes, the union's head, put it: “Q”'
_SAY_VERBS = (r"said|says|told|tells|wrote|writes|noted|notes|explained|explains|observed|observes|recalled|recalls|"
              r"argued|argues|added|adds|warned|warns|testified|reported|reports|stated|states|tweeted|declared|"
              r"remarked|concluded|quipped|joked|asked|put\s+it|puts\s+it")
_AS_INTRO = re.compile(
    rf"(?:^|[,;—–(]\s*|\b(?:and|but|or|because|that|And|But|Yet|So)\s+)[Aa]s\s+(?P<subj>{_W}(?:\s+{_W}){{0,6}}?)"
    rf"(?P<app>,[^;:~“”\"]{{1,100}}?,)?\s+(?:{_ADV}\s+)*(?P<cue>{_SAY_VERBS})\b[^,;:~“”\"]{{0,60}}[,:]$"
)
# a thing whose words are quoted, as the subject of a relative clause: 'a sign that read “Q”', 'letters
# that called him a “Q”',
# 'a message which said, “Q”'
_REL_THING = re.compile(r"(?:^|\s)(?P<rel>that|which)\s+(?:(?P<cue>said|says|read|reads|stated|states|declared|declares|"
                        r"proclaimed|proclaims|warned|warns|asked|asks|notes|noted|writes|wrote|argues|argued|"
                        r"explains|explained|claims|claimed)\s*[,:]?"
                        r"|(?P<obj_cue>called|calls|described|describes|labeled|labelled|branded)\s+(?:him|her|them|it)"
                        r"(?:\s+(?:an?|as(?:\s+an?)?))?)$")
_HEAD_NOUN = re.compile(r"([A-Za-z][\w’'\-]*)[\s,—–]*$")


def _attribute(q: _Q, masked: str, nxt_open: int, mem: _Memory) -> None:
    """Set speaker/mention/cue of q from its context, if a cue is found."""
    _attribute_near(q, masked, nxt_open, mem)
    if q.speaker is None and not q.runs_on and q.tail not in ".!?" and (
            not q.initial or q.tail == "," or _GOES_ON.match(masked, q.close_at)):
        # also a sentence-initial quote that the sentence goes on after ('“Q” before the vote, he said.',
        # '“Q,” the dawn of the harbour movement, Roth says.': then a name or pronoun only)
        _trailing_cue(q, masked, mem, named=q.initial and not _GOES_ON.match(masked, q.close_at))


def _trailing_cue(q: _Q, masked: str, mem: _Memory, named: bool = False) -> None:
    """A partial quote whose sentence closes with ', S said.' after other words in between (with
    named, S must be a name or a pronoun)."""
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
        subj = _cut_subject(subj)  # '…, according to a source at the station.'
    elif subj.count(" ") > 4:
        return
    words = subj.split()
    if words[0] in ("and", "but", "or", "which", "that") or named and not (
            _PRON.fullmatch(subj) or words[-1][:1].isupper()):
        return
    if not (_PRON.fullmatch(subj) or any(w[0].isupper() for w in words) or _DOC_NP.fullmatch(subj)
            or (words[0] in ("the", "a") and (words[-1] in _ROLE or words[-1][:-1] in _ROLE
                                              or words[-1] in _TRAIL_BODIES or words[-1][:-1] in _TRAIL_BODIES))):
        return  # '…, the groups say.', '…, the memo stated.' count, '…, the crowd was told.' does not
    _set_from_np(q, subj, off + t.start("subj"), t.group("cue"), mem)


# bodies that speak as a whole in a trailing ', the editorial board writes.' (beside the roles)
_TRAIL_BODIES = frozenset("""board editors council commission court newspaper paper magazine agency company firm
    union association coalition alliance organization organisation network channel station website""".split())


# a poll's respondents as a subject: 'those surveyed', 'most of those polled'
_POLLED = (r"(?:(?:[Mm]ost|[Mm]any|[Ss]ome|[Hh]alf|[Aa]ll)\s+of\s+)?[Tt]hose\s+"
           r"(?:polled|surveyed|questioned|interviewed|responding)")
_POLLED_SUBJ = re.compile(rf"(?:^|\s)(?P<np>{_POLLED})\s*$")
# a sentence-opening subordinate clause ('After Scalia said …', 'But even as Trump claimed …')
_LEAD_CLAUSE = re.compile(r"(?:(?:But|And|Yet|So)\s+)?(?:(?:When|After|While|Although|Though|Before|Because|Once|Whereas)"
                          r"|[Ee]ven\s+(?:as|though|when|after|while))\s+")


# an indefinite or determiner-led subject of up to six words filling a leading clause before its verb
_LEAD_CLAUSE_NP = re.compile(r"(?P<np>(?:[Ss]ome(?:one|body)|an?|the|one|another)(?:\s+[a-z][\w\-’']*){1,5}|[Ss]ome(?:one|body))\s+")


def _lead_clause_speaker(q: _Q, masked: str, lead: str, mem: _Memory) -> bool:
    """A quote inside a leading subordinate clause that has its own reporting verb, the clause
    closing right after the quote ('After Scalia said students might do better at “less advanced
    schools,” Trump said: …'), belongs to that clause's subject, not to the main clause's."""
    m = _LEAD_CLAUSE.match(lead)
    if not m or not (q.tail == "," or masked.startswith(",", q.close_at)):
        return False
    body_at = q.sent_start + m.end()
    body = masked[body_at:q.open_at]
    cm = next((c for c in _CUE.finditer(body) if not c.group().endswith("ing") and c.group().lower() not in _SOURCE_PHRASES
               and not _noun_use(body, c.start(), c.group())), None)
    if not cm or "," in body[cm.end():].rstrip().rstrip(","):
        return False  # no verb of its own, or the clause closed before the quote
    span = _subject_before(body[:cm.start()], body_at)
    if not span:  # 'When someone in the audience shouted, “Cruz,” Beck joked': the whole phrase before the verb
        indef = _LEAD_CLAUSE_NP.fullmatch(body, 0, cm.start())
        span = (body_at, body_at + indef.end("np")) if indef else None
    polled = _POLLED_SUBJ.search(body, 0, cm.start()) if not span else None
    if polled:  # 'While those surveyed said Reyes has the “…,” Roth …'
        span = body_at + polled.start("np"), body_at + polled.end("np")
    if not span or "," in masked[body_at:span[0]] or _PRON.fullmatch(masked[span[0]:span[1]]):
        return False  # a pronoun there is as likely the main clause's subject ('After he said …, Obama …')
    return _set_from_np(q, masked[span[0]:span[1]], span[0], cm.group(), mem)


# an inverted 'came … from' after the quote: '“Q,” came the reply from Ada Roth', '“Q!” came shouts from the floor'
_CAME_FROM = re.compile(r"\s*came\s+(?:the\s+|a\s+)?(?:reply|response|answer|retort|rejoinder|shouts?|cries|cry)\s+"
                        r"from\s+(?P<np>[^,.;:!?~“”\"\n]{2,80}?)\s*(?:[,.;!?]|$)")
# a part of the room, not a speaker: '“Go home!” came a cry from the back of the hall'
_PLACE_IN_ROOM = re.compile(r"(?:the\s+)?(?:back|front|rear|floor|middle|side|end|top|bottom|far|other)\b")


# the next sentence naming the speaker of a quote that ends in . ? !: '“Q.” That was how Ada Roth opened
# her speech', 'That is how Ben Ortiz put it', 'So said Ada Roth', 'Those were the words of Ben Ortiz'
_NP_THEN = r"(?P<np>[^,.;:!?~“”\"\n]{2,60}?)"
_THAT_WAS_HOW = (
    re.compile(rf"\s+(?:That|This)\s+(?:was|is)\s+how\s+{_NP_THEN}\s+(?:[a-z]+ly\s+)?"
               r"(?P<cue>opened|opens|began|begins|closed|closes|ended|ends|started|starts|concluded|summed|sums|put|"
               r"puts|described|describes|explained|explains|framed|frames|answered|answers|responded|responds)\b"),
    re.compile(rf"\s+So\s+(?P<cue>said|says)\s+{_NP_THEN}\s*[,.;]"),
    re.compile(rf"\s+(?:Those|These|Such)\s+(?:were|are)\s+the\s+(?P<cue>words)\s+of\s+{_NP_THEN}\s*[,.;]"),
)


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
    if (q.tail in ",?!" and "came " in after[:8] and (came := _CAME_FROM.match(after))
            and not _PLACE_IN_ROOM.match(came.group("np"))):
        if _set_from_np(q, came.group("np"), q.close_at + came.start("np"), "came", mem):
            return  # '“Q,” came the reply from the harbour board': the one it came from
    if q.tail in ".?!" and after[:1].isspace() and after.lstrip()[:2] in ("Th", "So") and any(
            (how := rx.match(after)) and _set_from_np(q, how.group("np"), q.close_at + how.start("np"), how.group("cue"), mem)
            for rx in _THAT_WAS_HOW):
        return  # '“Q.” That was how Ada Roth opened her speech', 'So said Ada Roth.'
    if _SHOWS_WORD.search(masked, q.sent_start, q.open_at) and (
            rec := _RECORDING_SHOWS.search(masked, q.sent_start, q.open_at)) and rec.group("cue") in CUE_WORDS and (
            rec.group("name") or rec.group("of") and not (rec.group("desc") and not _person_description(rec.group("desc")))):
        # 'A recording of Ada Roth at a fundraiser captures her describing them as “…”, according to audio
        # obtained by …': the one the recording shows speaks, not the outlet that has it
        np = rec.group("name") or rec.group("of")
        if _set_from_np(q, np, rec.start("name") if rec.group("name") else rec.start("of"), rec.group("cue"), mem):
            return
    participle = False
    if after.strip() and not ends_sentence:
        body = after.lstrip(" ,—–-")
        first = body[:1]
        continues = q.tail in ",?!—–-" or after[:1] == "," or first.islower()
        # a quote ending a leading subordinate clause with no cue of its own ('While calling it “Q,”
        # she painted …') is followed by the main clause: its subject may take a verb outside the lexicon
        has_lead = bool(lead) and not (_SUB_LEAD.match(lead) and all(
            c.group().endswith("ing") or _noun_use(lead, c.start(), c.group()) for c in _CUE.finditer(lead)))
        for rx in (_AFTER_CUE_SUBJ, _AFTER_SUBJ_CUE, _ACCORDING, _AFTER_VERB, _AFTER_LONG_NAME, _AFTER_OPEN_APP,
                   _AFTER_ROLE_OF):
            if rx is _ACCORDING and ("according to" not in after or (
                    _SPEECH_LEAD.search(lead) and not _CLAUSE_BREAK.search(lead))):
                # (a cheap check first); 'Biden told Putin the US would respond “decisively,” according to
                # a White House readout': the speech clause before the quote is its attribution, the
                # readout only relays it (`via`)
                continue
            if rx is _AFTER_ROLE_OF and " of " not in after[:250]:
                continue
            if rx is _AFTER_VERB and (not continues or has_lead):
                continue  # a bare 'Name verb-ed' only after a quote that opens its sentence
            m = rx.match(after)
            if not m:
                continue
            if rx is _AFTER_OPEN_APP and m.group("cue") not in _SUBJ_CUES:
                continue  # a plain speech verb only ('said', 'tweeted'; not 'called')
            if m.group("cue").endswith("ing") and not m.groupdict().get("heard"):
                # '“Q,” saying the city …': a participle of the main clause, its subject is the speaker
                participle = participle or (rx is _AFTER_CUE_SUBJ and has_lead)
                continue
            subj = m.group("subj")
            cite = _CITING_AFTER.match(after, m.start("cue")) if m.group("cue") in ("reported", "reports") else None
            if cite and _set_from_np(q, cite.group("np"), q.close_at + cite.start("np"), "citing", mem):
                return  # '“Q,” Interfax reported, citing a senior military source': the source cited speaks
            # also another verb with 'NP as saying' after it: '“Q,” the source claimed the minister as saying'
            obj = _QUOTED_OBJ.match(after, m.end("cue")) if m.group("cue") in ("quoted", "cited") or " as saying" in after[
                m.end("cue"):m.end("cue") + 80] else None
            if obj and _set_quoted_object(q, obj, q.close_at, mem):
                return  # '“Q,” Interfax quoted a senior diplomat as saying': the one quoted speaks
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
                    and not body.startswith(("the ", "a ", "an ", "one ", "al-", "el-") + _QUANTIFIERS)
                    and not (rx is _AFTER_SUBJ_CUE and (_role_led(subj) or _group_led(subj)))):
                continue
            if (rx is _AFTER_SUBJ_CUE and subj[:1].islower() and m.group("cue") in _NAMING_CUES
                    and _NAMED_NEXT.match(after, m.end("cue"))):
                continue  # '“Q,” a website run by a group called the Tide Trust': naming, not speech
            if rx is _AFTER_CUE_SUBJ:
                share = _SHARE_OF.match(subj)  # '“Q,” said one of the aides': the share's 'of' stays
                role_of = _ROLE_OF_BODY.match(after, m.start("subj")) if not share and " of " in subj else None
                doc = _DOC_FROM.match(subj) if not share and not role_of else None
                subj = subj[:share.end()] + _CUE_SUBJ_END.split(subj[share.end():], maxsplit=1)[0] if share else (
                    role_of.group() if role_of else subj[:doc.end()] + _cut_subject(subj[doc.end():]) if doc
                    else _cut_subject(subj))  # 'said the head of the defence committee', 'read a statement from the ministry'
                lead = subj.split()[0]
                if " " in subj and _PRON.fullmatch(lead):
                    continue  # '“Q,” said he doubts the plan …': the pronoun opens a reported clause
                if m.group("cue") in _OBJECT_CUES and lead in _DET:
                    continue  # '“Q,” described the emotional toll as …': the verb's object, not an inverted subject
                if _AND_VERB.search(subj):
                    continue  # '… as “Q,” denounced its cost and said …': the verb's object and the next verb of the predicate
                if not (lead[0].isupper() or lead.lower() in _ROLE or lead.lower() in ("he", "she", "they", "it", "we", "one")
                        or lead.startswith(("al-", "el-")) or _role_led(subj)):
                    continue
            if noun_cue:  # '“…” the congressional report said': the noun ends the subject
                nxt = _NEXT_CUE.match(after, m.end("cue"))
                if nxt and _set_from_np(q, after[m.start("subj"):m.end("cue")], q.close_at + m.start("subj"),
                                        nxt.group("cue"), mem):
                    return
            elif m.group("cue") == "posted" and (post := _POSTED_AT.match(after, m.end("cue"))) and _CLOSE_TO.fullmatch(
                    np := after[m.start("subj"):post.start("cue")].rstrip()):
                if _set_from_np(q, np, q.close_at + m.start("subj"), post.group("cue"), mem):
                    return  # '“Q,” a police official posted in Varnoy said': stationed there, not a post
            elif subj == "they" and _CROWD_CUE_STEM.match(m.group("cue")) and _crowd_they(q, masked, m.group("cue")):
                return  # 'The crowd erupted. “USA!” they chanted.': the crowd, not the last speaker
            elif q.initial and _set_addressee(q, subj, q.close_at + m.start("subj"), m.group("cue"), mem):
                return  # 'A reporter asked Roth whether …. “Q,” she replied': the one asked answers
            elif _set_from_np(q, subj, q.close_at + m.start("subj"), m.group("cue"), mem):
                return
            elif rx is _ACCORDING and q.initial and _RENDERING.match(subj) and _rendered_speaker(q, mem):
                return  # 'Ivo Marek spoke in a video address. “Q,” according to a translation by the AP.'
            if rx is _AFTER_SUBJ_CUE and " " not in subj.strip():
                m2 = _AFTER_SUBJ_CUE2.match(after)
                if (m2 and m2.group("subj").split()[0] in ("the", "a", "an")
                        and _set_from_np(q, m2.group("subj"), q.close_at + m2.start("subj"), m2.group("cue"), mem)):
                    return
    sent = masked[q.sent_start:q.open_at]
    stripped = sent.rstrip()
    if not stripped:
        return
    quoted = _QUOTED_AS.search(sent) if "quoted" in sent or "cited" in sent else None
    if quoted and _set_quoted_object(q, quoted, q.sent_start, mem):
        return  # 'State media quoted Putin as saying the West was “lying”': the one quoted speaks
    citing = _CITING.search(sent) if "citing" in sent else None
    if citing and not _CUE.search(sent, citing.end("np")) and _set_from_np(
            q, citing.group("np"), q.sent_start + citing.start("np"), "citing", mem):
        return  # 'Interfax reported, citing a senior military source, that …“Q”': the source cited speaks
    dash = _DASH_NAME.search(stripped) if stripped.endswith(":") else None
    if dash and _set_from_np(q, dash.group(1), q.sent_start + dash.start(1), ":", mem):
        return  # a round-up line 'HEADLINE – Carl Bialik: “…”', 'More from Blumenthal and Cohen: “…”'
    crowd = _CROWD_CUE_STEM.search(stripped, max(0, len(stripped) - 150)) and (
        _CROWD_CHANT.search(stripped, max(0, len(stripped) - 90))
        or _CROWD_CHANTING.search(stripped, max(0, len(stripped) - 150))
        or _CROWD_CHANTS_OF.search(stripped, max(0, len(stripped) - 150)))
    if crowd:  # '… at which point the crowd chanted “Q”', 'the attendees chanted, “Q”': the crowd's words
        c0 = q.sent_start + crowd.start("np")
        q.speaker, q.mention, q.cue = crowd.group("head"), (c0, c0 + len(crowd.group("np"))), crowd.group("cue")
        return
    prompted = _PROMPTED.search(sent, max(0, len(sent) - 240)) if "to " in sent[-40:] else None
    if prompted and _set_quoted_object(q, prompted, q.sent_start, mem):
        return  # '…, prompting Sample to reply: “Q”': the one prompted speaks
    if _as_intro(q, stripped, mem) or _relative_thing(q, stripped, mem):
        return
    pas = _PASSIVE_CUE.search(sent, max(0, len(sent) - 40)) if " by " in after[:6] else None
    if pas:  # 'often labeled as a “witch hunt” by Democrats': the by-agent said it
        m = _BY_AGENT.match(after)
        if m:
            subj = _cut_subject(m.group("subj"))
            if _set_from_np(q, subj, q.close_at + m.start("subj"), pas.group(1), mem):
                return
    sub = _SUBORD.match(sent)  # 'When Trump suggested ..., Rubio fired back: “Q”': skip the clause's cues
    cues = [c for c in _CUE.finditer(sent, sub.end() if sub else 0)
            if not _noun_use(sent, c.start(), c.group())
            and not (c.group() == "asked" and _ASKED_ANONYMITY.match(sent, c.end()))
            and not (c.group() in ("quote", "quoting") and _QUOTE_ASIDE.search(sent, max(0, c.start() - 16), c.start())
                     and _ASIDE_CLOSE.match(sent, c.end()))]
    finding = _FINDING_DOC.match(sent, sub.end() if sub else 0) if "found" in sent else None
    if finding:
        cues = sorted(cues + [_CUE_FOUND.match(sent, finding.start("cue"))], key=lambda c: c.start())
    if len(cues) > 1:  # 'Smith, asked about his taxes, said he would …': the participle is an appositive
        cues = [c for k, c in enumerate(cues) if not (
            k + 1 < len(cues) and c.group() in _APPOS_PARTICIPLES and _APPOS_OPEN.search(sent, max(0, c.start() - 24), c.start())
            and "," in sent[c.end():cues[k + 1].start()])]
        # 'Roth said in a video posted online that …': a document participle after its noun, past an
        # earlier cue, is a reduced relative, not the sentence's verb
        cues = [c for k, c in enumerate(cues) if not (
            k and c.group() in _DOC_PARTICIPLES and _DOC_NOUN_BEFORE.search(sent, max(0, c.start() - 40), c.start()))]
        # 'On the recording, which the Lorn campaign released Friday, Ortiz can be heard saying “Q”': a
        # cue in a thing's relative clause, before a later cue, reports the thing, not the quote
        cues = [c for k, c in enumerate(cues) if not (
            k + 1 < len(cues) and _OBJ_RELATIVE_BEFORE.search(sent, max(0, c.start() - 60), c.start())
            and "," in sent[c.end():cues[k + 1].start()])]
    if cues and stripped.endswith(":"):
        co = _COORD_COLON.search(sent, cues[-1].end())
        if co and _set_from_np(q, co.group("subj"), q.sent_start + co.start("subj"), ":", mem):
            return  # 'Reid said they are “…,” but he gave the Texan a compliment: “Q”': the colon's clause
        if _THEN_COLON.search(sent, cues[-1].end()) and (span := _clause_subject(sent, q.sent_start)) and _set_from_np(
                q, masked[span[0]:span[1]], span[0], ":", mem):
            return
    if cues and _coord_clause(q, sent, cues, stripped, mem):
        return
    what = _WHAT_SUBJ.search(sent, max(0, cues[-1].start() - 60), cues[-1].start()) if cues and "what" in sent else None
    if what and _PREP_BEFORE_WHAT.search(sent, max(0, what.start() - 12), what.start()):
        what = None  # 'Amid what the papers called a “rough week”, …': a scare quote in an opening phrase
    if what and _free_relative_subject(what.group("np")) and _set_from_np(
            q, what.group("np"), q.sent_start + what.start("np"), cues[-1].group(), mem):
        return  # 'It is what former workers have called a “fraudulent scheme”': the free relative's subject
    if cues and not q.runs_on and q.tail not in ".!?" and _MODAL_BEFORE.search(sent, 0, cues[-1].start()):
        # 'Ostland will respond “in kind”, spokesman Bo Lind said.': a cue after a modal is an act still to
        # come, not the speech quoted; the reporting clause closing the sentence names the speaker
        _trailing_cue(q, masked, mem)
        if q.speaker is not None:
            return
    for cm in reversed(cues):
        if cm.group().lower() in _SOURCE_PHRASES:
            m = re.match(rf"\s*(?P<subj>{_W}(?:\s+{_W}){{0,7}})", sent[cm.end():])
            if m:
                s0 = q.sent_start + cm.end() + m.start("subj")
                subj = re.split(r",|\s+(?:in|on|at|that|who)\b", m.group("subj"))[0]
                if _set_from_np(q, subj, s0, cm.group().lower(), mem):
                    return
            continue
        seg = sent[:cm.start()]
        fo = _FOR_ING_OBJ.search(seg, max(0, len(seg) - 90)) if cm.group().endswith("ing") and seg.endswith("for ") and not (
            _REFLEXIVE.match(sent, cm.end())) else None
        if fo and _judging_verb(fo.group("verb")) and _set_object(q, fo.group("np"), q.sent_start + fo.start("np"), cm.group(), mem):
            return  # 'Roe mocked Lee for calling voters “…”': the one faulted (or thanked) said it
        if _passive(seg, cm.group()):
            # the subject of 'was asked', 'has been called', 'is described as' is the addressee or the
            # one named, never the speaker; 'Sanders was asked by host Bill Maher, …: “Q”': the asker is
            m = _BY_AGENT.match(sent, cm.end()) if cm.group() == "asked" else None
            if not m and cm is cues[-1] and cm.group() in _OBJECT_CUES:
                m = _BY_AGENT_AS.match(sent, cm.end())  # 'was described by Roth as “…”': the agent named it
            if m:
                subj = re.split(r",|\s+(?:in|on|at|to|that|who|whether|if|about|during)\b", m.group("subj"))[0]
                if _set_from_np(q, subj, q.sent_start + m.start("subj"), cm.group(), mem):
                    return
            continue
        rel = (_REL_WHO.search(seg, max(0, len(seg) - 80)) or _REL_WHO_VERB.search(seg, max(0, len(seg) - 140))
               or (_REL_WHO_ING.search(seg, max(0, len(seg) - 140)) if cm.group().endswith("ing") else None)
               if "who" in seg and cm is cues[-1] and (not stripped.endswith(":") or len(stripped) - cm.end() <= 2) else None)
        if rel and _who_speaker(q, seg, rel, cm.group(), masked, mem, inverted=True):
            if _MAIN_RESUMES.search(sent, cm.end()):
                # 'Beck, who has described Trump as “…,” clearly intended the audience to “recognize” him':
                # the relative clause closed after an earlier quote; this one is the main clause's
                ante = _subject_before(seg[:rel.start()].rstrip(" —–-"), q.sent_start)
                if ante:
                    q.mention = ante
            return  # 'said Beck, who added that ...'
        doc = _doc_from_subject(seg) if not cm.group().endswith("ing") else None
        if doc and _set_from_np(q, seg[doc[0]:doc[1]], q.sent_start + doc[0], cm.group(), mem):
            return  # 'A statement from the council said: “Q”': the council, through its statement
        doc_by = _DOC_FROM_BEFORE_ING.search(seg, max(0, len(seg) - 160)) if cm.group().endswith("ing") and cm is cues[-1] else None
        if doc_by and _set_from_np(q, doc_by.group("np"), q.sent_start + doc_by.start("np"), cm.group(), mem):
            return  # 'circulated a memo from its pollster, Ivo Brandt, arguing that …': the memo's author argues
        det_who = _DET_WHO.search(seg, max(0, len(seg) - 160)) if (
            cm is cues[-1] and not cm.group().endswith("ing") and "who" in seg) else None  # no search without a 'who'
        if det_who and _set_from_np(q, det_who.group("np"), q.sent_start + det_who.start("np"), cm.group(), mem):
            return  # 'A woman who attended the rally said …': the phrase the relative clause restricts
        with_to = _WITH_ING_TO.search(seg, max(0, len(seg) - 120)) if cm is cues[-1] and seg.endswith("to ") else None
        if with_to and _set_from_np(q, with_to.group("np"), q.sent_start + with_to.start("np"), cm.group(), mem):
            return  # '…, with Lewandowski taking to Twitter to call Fields “…”': the absolute clause's subject
        sub_np = _SUB_PERSON.search(seg, max(0, len(seg) - 120)) if cm is cues[-1] and not cm.group().endswith("ing") else None
        if sub_np and (sub_np.group("head") in _ROLE or _PERSON_HEAD.search(sub_np.group("head"))) and _set_from_np(
                q, sub_np.group("np"), q.sent_start + sub_np.start("np"), cm.group(), mem):
            return  # '… after a woman in Worcester, Massachusetts, told him she worries he’s “too nice”'
        rel = _REL_CLOSED.search(seg, max(0, len(seg) - 160)) if (
            cm is cues[-1] and len(cues) > 1 and seg.endswith(", ") and ("which" in seg or "who" in seg)) else None
        if rel and cues[-2].start() > rel.start():
            # 'The guild, which speaks for the firms Lund criticized, said …': the relative clause's cue is
            # not the quote's; the phrase the clause follows is the main verb's subject
            head = seg[:rel.start()]
            for main in (_clause_subject(head, q.sent_start), _det_np(head, q.sent_start, at_end=True)):
                if main and main[1] == q.sent_start + len(head) and _set_from_np(
                        q, masked[main[0]:main[1]], main[0], cm.group(), mem):
                    return
        span = _subject_before(seg, q.sent_start)
        pp = _TO_OBJECT.search(masked, max(q.sent_start, span[0] - 12), span[0]) if span and not cm.group().endswith("ing") else None
        if pp and not masked[span[0]].isupper():
            # 'Sanders’ fundraising email to his supporters notes that …': the phrase before 'to' is the subject
            span = _subject_before(masked[q.sent_start:pp.start()], q.sent_start)
        if not span and cm is cues[-1] and cm.group().endswith("ing") and cm.group() != "reading":
            wm = _WITH_ABS_NP.search(seg, max(0, len(seg) - 70))
            if wm and _set_from_np(q, wm.group("np"), q.sent_start + wm.start("np"), cm.group(), mem):
                return  # '…, with one of her ads asking, “Q”': the absolute clause's own subject speaks
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
                outer = _OUTER_APPOS.match(seg, 0, app.start() + 1)
                if outer:  # 'Ada Roth, an aide to the nominee, Sen. Bo Park, said': the nominee's name is Roth's appositive's
                    span = q.sent_start + outer.start(1), q.sent_start + outer.end(1)
            if not app:
                # 'In an op-ed for a website, the Courier, …, Lin Wei, a doctoral student at …, urged':
                # a name with a long appositive right before the cue, after a comma
                app = _LEAD_APPOS.search(seg, max(0, len(seg) - 230))
                if app and not (app.start() == 0 or seg[:app.start()].rstrip().endswith((",", "~”", '~"'))
                                or _REL_BEFORE_APPOS.search(seg, max(0, app.start() - 8), app.start())):
                    app = None  # after a comma, or a relative word: 'in what Ada Roth, the treasurer, called “…”'
                    # (a quoted title closing the phrase before it holds its comma: 'On WKX’s “Late Desk,” Bo Park, …')
                if app and app.group(1).split()[0] not in STOP_CAPS and _canon_seq(app.group(1))[0]:
                    span = q.sent_start + app.start(1), q.sent_start + app.end(1)
                else:
                    app = None
            if not span and not app:
                # a common noun subject: right before a cue closing in a colon or comma ('… as the
                # heckler yelled: “Q”', 'his wife whispered to him:'), or opening a relative clause of
                # its own verb ('… the spending, which an independent audit said was “…”')
                span = _det_np(seg, q.sent_start, at_end=True)
                closes_intro = stripped.endswith((":", ",")) and len(stripped) - cm.end() <= 12
                sub_np = _SUB_DET_NP.search(seg, max(0, len(seg) - 60)) if not span and closes_intro else None
                if sub_np:  # '… as the heckler yelled: “Q”': 'as' is the clause's conjunction, not a preposition
                    span = q.sent_start + sub_np.start("np"), q.sent_start + sub_np.end("np")
                if span and not closes_intro and not _REL_OPEN.search(seg, 0, span[0] - q.sent_start):
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
            wm = _WITH_DET_NP.search(seg, max(0, len(seg) - 100))
            if wm:  # '…, with the campaign of the former senator from Ohio saying …': its own subject
                if _set_from_np(q, wm.group("np"), q.sent_start + wm.start("np"), cm.group(), mem):
                    return
            else:
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
        semi = sent.rfind("; ", 0, cm.start()) + 1  # 'Most were worried; most said …': the clause after a semicolon
        if semi:
            sub = _clause_subject(sent[semi:cm.start()], q.sent_start + semi)
            quant = _BARE_QUANT.fullmatch(sent, semi, cm.start()) if not sub else None
            if quant:  # '…; most said they were “…”': a share of the group just named, as written
                q.speaker, q.mention, q.cue = quant.group("np"), (q.sent_start + quant.start("np"), q.sent_start + quant.end("np")), cm.group()
                return
            if sub and _set_from_np(q, masked[sub[0]:sub[1]], sub[0], cm.group(), mem):
                return
            continue
        sub = None
        late = _LATE_SUB_CLAUSE.search(sent, 0, cm.start())
        if late:  # '… came late, when Roth turned to him and said: “Q”': the cue is the clause's, so its subject
            sub = _clause_subject(sent[late.end():cm.start()], q.sent_start + late.end())
        sub = sub or _clause_subject(sent[:cm.start()], q.sent_start)
        if sub is None and _CONN_DET.match(sent):  # 'But a source familiar with the talks said …'
            sub = _det_np(sent[:cm.start()], q.sent_start, at_end=False)
            post = _POST_ADJ.search(masked, sub[0], sub[1]) if sub else None
            sub = (sub[0], post.start()) if post else sub
        if sub and cm.start() - (sub[1] - q.sent_start) <= 160 and _set_from_np(q, masked[sub[0]:sub[1]], sub[0], cm.group(), mem):
            return
    if stripped.endswith(":"):
        span = _appos_person(masked, _clause_subject(sent, q.sent_start))
        if span:
            _set_from_np(q, masked[span[0]:span[1]], span[0], ":", mem)
    elif participle:
        span = _appos_person(masked, _clause_subject(sent, q.sent_start))
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


_APPOS_AFTER = re.compile(rf",\s+(?P<name>{_NAME_TOK}(?:\s+{_NAME_TOK}){{1,3}}),")


def _appos_person(masked: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A lower-case person noun phrase as a subject with a name in apposition after it ('Roe’s campaign
    manager, Rob Test, was blunt:'): the name's span, else span."""
    if not span:
        return span
    head = masked[span[0]:span[1]].split()[-1]
    app = _APPOS_AFTER.match(masked, span[1]) if head.islower() and (
        head in _ROLE or _PERSON_HEAD.search(head)) else None
    if app and (person := _canon_seq(app.group("name")))[0] and not person[1] and " " in person[0]:
        return app.start("name"), app.end("name")
    return span


# a name and its appositive before a relative 'who': 'Ada Roth, a mother of two from the north side, who …'
_NAME_APPOS_END = re.compile(rf"({_NAME_TOK}(?:\s+{_NAME_TOK}){{1,3}}),\s+(?:an?|the)\s+[^,;:~“”\"]{{1,100}}$")


def _who_speaker(q: _Q, seg: str, rel: re.Match, cue: str, masked: str, mem: _Memory, inverted: bool = False) -> bool:
    """A cue whose subject is the relative 'who' matched by rel in seg: the mention is 'who', the
    speaker its antecedent ('said Beck, who added …', 'Jo Reyes, who has cast herself as …'); with
    inverted, failing that, a subject inverted after 'said' before it ('“Q,” said one councillor
    familiar with the talks, who added …')."""
    app = _NAME_APPOS_END.search(seg, max(0, rel.start() - 160), rel.start())
    if app and not app.group(1).endswith(("’s", "'s")) and _canon_seq(app.group(1))[0]:
        ante = q.sent_start + app.start(1), q.sent_start + app.end(1)  # 'Ada Roth, a nurse from Lorn, who …': Roth
    else:
        ante = _subject_before(seg[:rel.start()].rstrip(" —–-"), q.sent_start)  # also 'Donald Trump - who …'
    name = _speaker_from_np(masked[ante[0]:ante[1]], ante[0], mem)[0] if ante else None
    if not name and "," not in rel.group():
        # a restrictive relative after a determiner-led noun phrase: 'One ad stars a Lincoln impersonator
        # who promises that …': that phrase is the antecedent (not an appositive: 'Roth, a native who …')
        det = _det_np(seg[:rel.start()], q.sent_start, at_end=True)
        if det and not masked[q.sent_start:det[0]].rstrip().endswith(","):
            name = _speaker_from_np(masked[det[0]:det[1]], det[0], mem)[0]
    inv = _INV_ANTE.search(seg, max(0, rel.start() - 80), rel.start()) if inverted and not name else None
    if inv and inv.group("np").split()[0].lower() in _DET:
        np = _cut_subject(inv.group("np"))  # as the quote after 'said' has it
        name = _speaker_from_np(np, q.sent_start + inv.start("np"), mem)[0]
    if not name:
        return False
    w0 = q.sent_start + rel.start("who")
    q.speaker, q.mention, q.cue = name, (w0, w0 + 3), cue
    return True


# a coordinate or subordinate clause with its own subject running up to the quote: '…, and Bo Park,
# once again, pledged a “…”', '… and the Herald will accuse you of a “…”', '… even though he found “…”',
# or a main clause after a quote closing a leading phrase ('In a clip Roth called “…,” Ortiz urged “…”')
_COORD_CLAUSE = re.compile(
    rf"(?:(?:,\s*|\s)(?P<conj>and|but|(?:even\s+)?though|although|because|whereas|in\s+which|during\s+which)|[”\"])\s+(?P<subj>he|she|they|we|I|(?:the\s+)?{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}})(?:,\s(?:once\s+again|again|too|in\s+turn|however|meanwhile|for\s+(?:his|her|its|their)\s+part|[a-z]+ly),)?"
    r"\s+(?:(?:will|would|can|could|has|had|have|also|then|later|again|once\s+again)\s+)*"
    r"(?P<verb>[a-z]{3,})\b[^;:~“”\"—–]{0,150}$")
# 'found' is a reporting verb only after an inquiry or audit and who made it, opening the sentence: 'A
# 2019 audit by the Harbour Board found the fund “…”'; after a person it is mostly discovery, not speech
_FINDING_DOC = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:review|audit|report|study|investigation|inquiry|analysis|evaluation)"
    r"\s+(?:by|from)\s+[^,;:~“”\"]{2,80}?\s+(?P<cue>found)\b")
# the verb itself, as a cue match like those of _CUE
_CUE_FOUND = re.compile(r"found")
# a source's terms, no speech: 'who asked not to be named', 'asked that her name not be used', 'asked for anonymity'
_ASKED_ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|that\s+(?:his|her|their)\s+names?\s+not"
                              r"|for\s+anonymity|to\s+remain\s+anonymous)\b")
# the writer's aside between a cue and its quote: 'Roth said, and I quote, “Q”', ', and I'm quoting, ',
# ', quote, ': 'quote' is no cue of its own, the cue before it takes the quote
_QUOTE_ASIDE = re.compile(r"[,—–(]\s*(?:and\s+)?(?:(?:I|we)(?:\s+am|\s+are|[’']m|[’']re)?\s+)?$")
_ASIDE_CLOSE = re.compile(r"\s*[,—–):]")
# a past participle opening an appositive between a subject and its verb: 'Smith, asked about …, said'
_APPOS_PARTICIPLES = frozenset("asked questioned challenged told".split())
# a sentence-opening name and its appositive ending in a prepositional object ('Ada Roth, an aide to the nominee')
_OUTER_APPOS = re.compile(rf"\s*({_NAME_TOK}(?:\s+{_NAME_TOK}){{1,3}}),\s+(?:an?|the)\s+[^,;:~“”\"]*?\b(?:to|for|of|at|with)\s+[^,;:~“”\"]+$")
_DOC_NOUN_BEFORE = re.compile(r"\b(?:in|on|at|with)\s+(?:an?|the|his|her|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+$")
# the object relative clause of a thing between commas, up to its verb: 'On the recording, which the Lorn
# campaign released'
_OBJ_RELATIVE_BEFORE = re.compile(r",\s+which\s+(?:[\w’'\-]+\s+){1,5}$")
_APPOS_OPEN = re.compile(r"[A-Za-z.’'],\s+(?:when\s+|if\s+|after\s+being\s+|once\s+|later\s+)?$")
_INVERTED_CUE = re.compile(r"~[”\"],?\s+$")  # '“Q,” says Roth, 31, but he …': the cue took the quote, not a clause
_IRREGULAR_PAST = frozenset("found saw made gave took got felt thought knew kept held spoke".split())
_MODAL_BEFORE = re.compile(r"\b(?:will|would|can|could)\s+$")
# reporting verbs whose complement is a clause: a coordinate clause after them may be reported speech
_CLAUSE_CUES = frozenset("""said says told tells added adds warned warns stated noted notes argued argues explained
    explains insisted insists claimed claims believes believed thinks acknowledged admitted conceded replied
    responded recalled maintained declared announced wrote writes predicted suggested stressed implied concluded
    agreed agrees tweeted tweets mentioned asked""".split())
_CLAUSE_ING = frozenset("saying telling adding arguing noting explaining insisting claiming writing warning".split())


def _coord_clause(q: _Q, sent: str, cues: list[re.Match], stripped: str, mem: _Memory) -> bool:
    """'Lee praised the plan, and Park called it “a disaster”', 'Lee did not recommend charges even
    though she found “evidence”': a partial quote after a coordinate or subordinate clause with its
    own subject and verb belongs to that subject, not the first clause's."""
    if stripped.endswith((":", ",")):
        return False
    co = _COORD_CLAUSE.search(sent, max(0, len(sent) - 220))
    if not co or co.group("subj") in STOP_CAPS or co.group("subj").endswith(("’s", "'s")):
        return False  # 'and Ann Lee’s protests that …': a possessive, no subject
    if co.group("conj") == "and" and " of " in sent[max(0, co.start() - 90):co.start()] and (
            (group := _GROUP_OF.search(sent, max(0, co.start() - 90), co.end("subj"))) and group.group("head") in _GROUP_HEADS):
        return False  # 'the foreign ministers of France, Germany and Britain said': one subject, no clause
    if co.group("conj") == "and" and (joint := _clause_subject(sent[:co.end("subj")], 0)) and joint[1] == co.end(
            "subj") and joint[0] < co.start("conj"):
        return False  # 'Chancellor Ada Roth and President Ben Ortiz said …': one joint subject, no clause
    verb, v0, last = co.group("verb"), co.start("verb"), cues[-1]
    if co.group("conj") not in ("and", "but") and ("," in sent[v0:] or any(
            c.group() in _CLAUSE_CUES or c.group() in _CLAUSE_ING for c in cues if c.start() < co.start())):
        # 'during which she touched on …, Lee remarked …': the subordinate clause closed before the
        # quote; 'saying she held off because she believed “…”': inside the reported clause
        return False
    if last.start() >= co.start("subj"):
        if last.start() != v0 or co.group("conj") not in ("and", "but"):
            return False  # the last cue is not the clause's own verb, or a subordinate one's
    elif last.group() in _CLAUSE_CUES and not _INVERTED_CUE.search(sent, max(0, last.start() - 6), last.start()) \
            or " that " in sent[last.end():co.start()] or not (
            verb in CUE_WORDS or verb.endswith("ed") or verb in _IRREGULAR_PAST or _MODAL_BEFORE.search(sent, co.end("subj"), v0)
            or verb.endswith("s") and co.group("subj") in ("he", "she")):
        return False
    return _set_from_np(q, co.group("subj"), q.sent_start + co.start("subj"), verb, mem)


_POST_ADJ = re.compile(r"\s+(?:familiar|close|aware|knowledgeable|involved|present|briefed)$")
# a trailing time clause, or a 'where' relative, that runs on to the cue: ', when Roth turned to him and
# said', 'from a rally with Roth, where the secretary of state said'
_LATE_SUB_CLAUSE = re.compile(r",\s+(?:when|where|as|after|before|until|once)\s+(?=[^,;:~“”\"]*$)")
_CONN_DET = re.compile(r"\s*(?:But|And|Yet|So)\s+(?:the|a|an|one|two|three|several|some)\s")
# an absolute 'with' clause right before its -ing cue: 'with one of her ads asking', 'with a voice over saying'
_WITH_ABS_NP = re.compile(r"(?:^|[,;—–]\s*|\s)with\s+(?P<np>(?!(?:him|her|them|it|us|me|that|this)\s*$)[^,;:~“”\"()]{2,60}?)\s*$")
_WITH_AHEAD = re.compile(r"\bwith\s+(?:the|a|an|his|her|its|their)\b")  # 'with the campaign of the senator from Ohio saying'
_PREP_BEFORE = re.compile(r"\b(?:to|for|by|from|at|on|in)\s+(?:the\s+)?$")
# a participle and its preposition right before a noun phrase: 'obtained by', 'speaking to', 'writing for'
_PART_PREP = re.compile(r"\b[a-z]{3,}(?:ed|ing)\s+(?:by|to|for|with|from)\s+(?:the\s+)?$")
# verbs whose noun phrase after them is an object, never an inverted subject ('said Ortiz' is one)
_OBJECT_CUES = frozenset("""described describes called calls labeled labelled branded termed dubbed characterized
    accused criticized criticised praised blamed attacked dismissed hailed mocked slammed blasted cited questioned
    recommended released referred decried touted denounced denounces condemned condemns accuses criticizes lambasted
    castigated excoriated berated chided rebuked ridiculed derided""".split())
# a crowd noun phrase: a determiner or number, up to two modifiers, a crowd noun
_CROWD_DET = r"[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Dd]ozens\s+of|[Hh]undreds\s+of|[Tt]housands\s+of|\d[\d,]*"
_CROWD_HEAD = (r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<head>crowd|audience|attendees|protesters|protestors|demonstrators|"
               r"supporters|fans|marchers|spectators|onlookers)")
# what every crowd cue contains: a cheap check before the two patterns
_CROWD_CUE_STEM = re.compile(r"chant|shout|yell|roared|cries|cheers")
_CROWD_CHANT = re.compile(
    rf"\b(?P<np>(?:{_CROWD_DET}){_CROWD_HEAD})(?:,?\s+(?:which|who))?\s+(?:(?:then|again|repeatedly|loudly|began|started|had)\s+)*"
    r"(?P<cue>chanted|chanting|chant|shouted|shouting|yelled|yelling|roared)(?:\s+back)?[,:]?$")
# '… where about 50 protesters had gathered on Monday, (waving flags and) chanting “Q”': the crowd's participle
_CROWD_CHANTING = re.compile(
    rf"\b(?P<np>(?:{_CROWD_DET}|(?:about|nearly|some|more\s+than)\s+\d[\d,]*){_CROWD_HEAD})\s+[^,;:“”\"~]{{3,80}},\s+"
    r"(?:[a-z]{3,}ing\b[^,;:“”\"~]{0,60}\s+and\s+)?(?P<cue>chanting|shouting|yelling)$")
# '… the crowd, which responded with chants of “Q”', 'the audience broke into chants of “Q”': the crowd's words
_CROWD_CHANTS_OF = re.compile(
    rf"\b(?P<np>(?:{_CROWD_DET}){_CROWD_HEAD})(?:,?\s+(?:which|who))?\s+[^,;:“”\"~]{{0,60}}?\b(?:with|into|in)\s+"
    r"(?:(?:a|loud|the)\s+)?(?P<cue>chants|cries|shouts|cheers)\s+of[,:]?$")
_CROWD_NP = re.compile(rf"\b(?P<np>(?:{_CROWD_DET}){_CROWD_HEAD})\b")


def _crowd_they(q: _Q, masked: str, cue: str) -> bool:
    """A chanting 'they' after a quote: the last crowd noun phrase of its paragraph before the quote."""
    crowd = None
    for crowd in _CROWD_NP.finditer(masked, max(q.para_lo, q.open_at - 300), q.open_at):
        pass
    if crowd is None:
        return False
    q.speaker, q.mention, q.cue = crowd.group("head"), (crowd.start("np"), crowd.end("np")), cue
    return True


# a subordinate clause closing right before an -ing cue: its subject governs the participle
_SUB_ING = re.compile(
    r"\b(?:as|when|while|after|before|where|though|although)\s+(?:(?:in|at|during)\s+[^,;:~“”\"]{3,40}?\s+)?"
    r"(?P<np>(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*"
    r"|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}|he|she|they|we))\s+(?:had\s+|has\s+|was\s+|were\s+)?[a-z]{2,}(?:ed|s)\b[^,;:~“”\"]{0,80},\s*$")
# a determiner-led subject right after a conjunction, before the cue: 'as the heckler yelled'
_SUB_DET_NP = re.compile(r"\b(?:as|while|when)\s+(?P<np>(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s*$")
_BARE_QUANT = re.compile(r"\s*(?P<np>most|many|some|others|both|all|half)\s+")
_TO_OBJECT = re.compile(r"(?<=[a-z])\s+(?:to|from)\s+$")  # '… email to his supporters notes'
# an indefinite person subject of a subordinate clause, with a place after it: 'after a woman in Dover, Delaware, told'
_SUB_PERSON = re.compile(
    r"\b(?:after|when|before|because|since|until|while|as|once|although|though)\s+(?P<np>(?:a|an|one|another)\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}?(?P<head>[a-z][\w\-]*))(?:\s+(?:in|from|of|at)\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*"
    r"(?:,\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*,)?)?\s+$")
# the head of a person noun phrase, singular or plural: 'a congressman', 'two activists'
_PERSON_HEAD = re.compile(r"(?:m[ae]n|person|ists?|ians?|ers?|ors?)$")
_WITH_ING_TO = re.compile(r"(?:^|[,;—–]\s*)with\s+(?P<np>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})\s+[a-z]{3,}ing\b[^,;:~“”\"]{0,60}?\s+to\s+$")
_MAIN_RESUMES = re.compile(r"~[”\"]\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b")  # a past-tense verb right after a quote
# a determiner-led or plural subject restricted by a 'who' clause with a verb of its own, right before the cue
_DET_WHO = re.compile(
    r"(?:^|[,;—–]\s*|\b(?:but|and|that)\s+)(?P<np>(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ne)"
    r"\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*|(?:[A-Z][a-z]+\s+)?[a-z]{3,}s|[A-Z][a-z]{3,}s)"
    rf"\s+who\s+(?!(?:{_ADV}\s+)*(?:said|says|told|tells)\b)[a-z][^,;:~“”\"]{{3,80}}?\s+(?:{_ADV}\s+)*$")
_INV_ANTE = re.compile(r"\b(?:said|says|added|adds|wrote|writes)\s+(?P<np>[\w’'\-.]+(?:\s+[\w’'\-.]+){0,7}?)\s*$")
# a coordinate clause with its own subject and no cue, closing in a colon
_COORD_COLON = re.compile(r"(?:[,~][”\"]?\s+(?:but|and|yet|so)|;)\s+(?:then\s+)?(?P<subj>he|she|they|we|I|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})"
                          r"\s+(?:[a-z]+ly\s+|also\s+|then\s+)?(?:[a-z]{3,}ed|gave|made|had|took|put|sent|got|wrote|spoke)\b[^,;:~“”\"]{0,100}:\s*$")
# a verb phrase with no subject of its own after a quote, closing in a colon: '… in which Roth says, “…,” then put
# the question to Lund directly:' (the sentence's subject asks)
_THEN_COLON = re.compile(r"~[”\"]?\s+(?:and\s+)?then\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|gave|made|took|put|sent|wrote|spoke)\b"
                         r"[^,;:~“”\"]{0,100}:\s*$")
_REL_OPEN = re.compile(r"(?:,\s+(?:which|that)|\b(?:whom|whose\s+\w+))\s+$")
_FALLBACK_VERB = re.compile(r"\s*([a-z]+)")
_QUANT_CAPS = frozenset("Another Several Others Few Many Some Most Both Each Every Either Neither".split())
# a form of be/have/do, a modal or a preposition after the subject: the quote is a predicate
# ('Guns are “…”', 'Lee was asked, “…”') or the subject opens a phrase ('Preceded at the lectern by …')
_NOT_FALLBACK_VERBS = frozenset("is are was were be been has had have does did do can not on at in of for to with by "
                                "because".split())


# a document and its issuer ending the words before a cue, opening its clause: 'A statement from the
# council', 'But a letter signed by the harbour board' (less a time phrase or an adverb before the cue),
# also with the issuer's appositive: 'An email signed by Ada Roth, the campaign chair,', 'A report by the
# Tarn Institute, a research group, concluded'
_DOC_FROM_END = re.compile(
    rf"(?:^|[,;—–]\s+|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till|[Hh]owever|where)\s+)(?P<np>(?={_DOC_FROM.pattern})"
    rf"[^,;:~“”\"]{{8,120}}?)(?:,\s+(?:a|an|the|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}}[’']s)\s+[^,;:~“”\"]{{1,100}},)?"
    rf"(?:{_TRAIL_PARTS.format(modals='would|will|')})?\s*$")


# a document and who issued it right before an -ing cue: 'a memo from its pollster, Ivo Brandt, ', 'a letter
# by Ada Roth '
_DOC_FROM_BEFORE_ING = re.compile(rf"{_DOC_FROM.pattern}(?P<np>[^,;:~“”\"]{{2,60}}?)(?:,\s+[^,;:~“”\"]{{2,40}},)?\s+$")


def _doc_from_subject(seg: str) -> tuple[int, int] | None:
    """Where 'A statement from the council' is in seg when it is the subject ending seg."""
    if "from" not in seg and "by" not in seg:
        return None  # the issuer follows 'from' or 'by': no search
    seg = seg.rstrip()
    m = _DOC_FROM_END.search(seg, max(0, len(seg) - 160))
    if not m:
        return None
    conj = _CONJ_PARTICIPLE.search(seg, m.start("np"), m.end("np"))
    return (m.start("np"), conj.start()) if conj else m.span("np")


# a second participle conjoined after the issuer: 'A memo written by Ada Roth and obtained (seen) by the
# Herald' (the outlet that got it is not its author)
_CONJ_PARTICIPLE = re.compile(r"\s+and\s+(?:later\s+)?[a-z]{2,}(?:ed|en)\s+(?:by|to)\b")


def _as_intro(q: _Q, stripped: str, mem: _Memory) -> bool:
    """'As one clerk told the Herald, “Q”': the subject of an 'as' clause of saying that ends right
    before the quote (with an appositive: 'As Jo Reyes, the union's head, put it: “Q”')."""
    if not ("as " in stripped or stripped.startswith("As ")):
        return False
    if stripped[-1:] not in ",:":
        # 'As the paper noted on Thursday, the candidate “has earned a few fans”': the quote opens the
        # predicate of a bare subject right after the 'as' clause
        t = _AS_SUBJ_TAIL.search(stripped, max(0, len(stripped) - 60))
        if not t or any(w.lower() in _NP_STOP or w.endswith("ed") for w in t.group(1).split()):
            return False
        stripped = stripped[:t.start()]
    m = _AS_INTRO.search(stripped)
    if not m:
        return False
    return _set_from_np(q, m.group("subj"), q.sent_start + m.start("subj"), m.group("cue"), mem)


_AS_SUBJ_TAIL = re.compile(r"(?<=,)\s+((?:the|a|an|his|her|their|its|[A-Z][\w’'\-]*)(?:\s+[\w’'\-.]+){0,5})$")


# the subject of a free relative right before its cue: 'what former workers have called', 'what critics call'
_WHAT_SUBJ = re.compile(rf"\bwhat\s+(?P<np>{_W}(?:\s+{_W}){{0,6}}?)\s+(?:{_ADV}\s+)*$")
_PREP_BEFORE_WHAT = re.compile(r"(?i:\b(?:amid|despite|after|before|over|about|against|for|from|with|on|in|of|to|by|at|like|unlike))\s+$")
_NOT_WHAT_SUBJ = frozenset("he she they it we i you who this that is was are were be been has have had".split())
# one person described by an indefinite noun phrase, with a place or body after it: 'a longtime
# fundraiser', 'a diplomat from a partner nation'
_ONE_PERSON = re.compile(r"(?:an?|one)\s+(?:[\w\-]+\s+){0,3}?(?P<head>[a-z][\w\-]*)(?:\s+(?:from|at|in|with|for)\s+[^,;:]+)?")


def _free_relative_subject(np: str) -> bool:
    """A name, a plural ('critics', 'former employees') or one person ('a longtime fundraiser'), not a
    pronoun (kept for _outer_pronoun), an auxiliary ('what is called') or a thing ('what her business calls')."""
    words = np.split()
    last = words[-1]
    one = _ONE_PERSON.fullmatch(np)
    return words[0].lower() not in _NOT_WHAT_SUBJ and (last[0].isupper() or (last.endswith("s") and not last.endswith("ss")) or (
        bool(one) and (one.group("head") in _ROLE_HEADS or _agent_noun(one.group("head")))))


def _relative_thing(q: _Q, stripped: str, mem: _Memory) -> bool:
    """'a sign that read “Q”': the mention is the relative pronoun, the speaker its antecedent,
    unless a reporting verb comes before it ('Ortiz posted a video that said …' is Ortiz's)."""
    if not stripped.endswith(("d", "s", ",", ":", "m", "r", "t", "a", "n")):
        return False
    m = _REL_THING.search(stripped, max(0, len(stripped) - 50))
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
    q.speaker, q.mention, q.cue = name, (r0, r0 + len(m.group("rel"))), m.group("cue") or m.group("obj_cue")
    return True


_PREP = frozenset("of for to in on at by with from about into than as like over under after before during "
                  "against among between through without within".split())


_OPEN_CONN = frozenset("But And Yet So".split())


def _det_np(text: str, start: int, at_end: bool) -> tuple[int, int] | None:
    """Span of a determiner-led lowercase noun phrase ('The complaint', 'one Obama insider'):
    the phrase ending text (at_end) or opening it."""
    words = list(_NP_TOKEN.finditer(text))
    lo = 0
    if len(words) > 1 and words[0].group() in _OPEN_CONN and not text[:words[0].start()].strip():
        lo = words[0].end()  # 'But the council said,': the connective opens the clause, the phrase follows it
        words = words[1:]
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
    if words[0].group().lower() not in _DET or text[lo:words[0].start()].strip():
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


_LEAD_PHRASE = re.compile(
    r"(?:(?:In|On|At|For|With|During|After|Before|Here|There|Then|Now|Instead|Yet|But|And|So|Still|Later|"
    r"Earlier|Last|This|Today|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday|Asked|Speaking|Meanwhile|"
    r"However|Also|Indeed|Again|Since|Even|Already|Outside|Inside|Across|Amid|Throughout|Near|Along|Under|Over|"
    r"Among|Through|Despite|Following|Within|As|From|By|To)\b[^,;:~“”\"]{0,120},\s*)+"
    r"(?:(?:after|before|in|on|at|during|with|for|despite|following|while|when|as)\b[^,;:~“”\"]{0,120},\s*)*"
)


def _lead_subject(sent: str, sent_start: int) -> tuple[int, int] | None:
    """The subject opening a sentence, past subordinate clauses and leading phrases; also a
    determiner-led common noun ('The billionaire businessman')."""
    off = 0
    sub = _SUBORD.match(sent)
    if sub:
        off = sub.end()
    m = _LEAD_PHRASE.match(sent, off) or _LEAD_INTRO.match(sent, off)  # 'Later, ', 'A day later, ', 'Hastily, '
    if m and not (m.re is _LEAD_INTRO and sent[off:].split(None, 1)[0].rstrip(",") in _NOT_INTRO):
        off = m.end()
        wh = _WHERE.match(sent, off)  # 'At the rally, where the council said in a statement: “Q”'
        off = wh.end() if wh else off
    rest = sent[off:]
    span = _clause_subject(rest, sent_start + off)
    if span:
        return span
    return _det_np(rest, sent_start + off, at_end=False)


# a recording that shows its person speaking: 'A video of Ada Roth at the rally shows her calling …', 'New
# footage captures Ada Roth describing …' (the name shown, or the one the recording is of for a pronoun or
# a description of a person: 'A tape of Ada Roth … captures the Republican nominee telling …'); an earlier
# quote of the clause may come before the quote ('… telling donors “Q1” and that she would “Q2”')
_SHOWS_WORD = re.compile(r" (?:captur|show|catch|caught)")  # the cheap check before _RECORDING_SHOWS
_RECORDING_SHOWS = re.compile(
    r"\b(?:recording|video|videotape|audio|clip|footage|tape)\s+(?:of\s+(?P<of>(?:[A-Za-z][\w.\-]*\s+){0,4}?[A-Z][\w’'\-]*"
    r"(?:\s+[A-Z][\w’'\-]*){0,2})(?=\s+(?:at|in|on|during|from|last|this|speaking|addressing|[a-z]+s)\b)[^,;:~“”\".!?]{0,80}?\s+)?(?:[a-z]+\s+){0,2}?(?:captures|captured|shows|showed|catches|caught)\s+"
    r"(?:(?P<pro>him|her)|(?P<desc>the\s+(?:[A-Za-z][\w\-]*\s+){0,3}?[a-z]+)|(?P<name>[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){0,3}))"
    r"\s+(?:[a-z]+ly\s+)?(?P<cue>[a-z]+ing)\b"
    r"(?:[^~“”\".!?]|[“\"]~+[”\"]){0,120}$")


# 'according to' meaning 'in line with': a rule, plan or wish, not a source
_ACCORDANCE = re.compile(
    r"(?:(?:the|their|his|her|its|our|my|your|a|an|this|that)\s+)?(?:[a-z][\w\-]*\s+){0,2}"
    r"(?:preferences?|plans?|schedule|rules?|laws?|traditions?|customs?|wishes|needs|tastes?|instructions|script|"
    r"merit|size|age|ability|protocol|procedures?)(?![\w’'\-])")


# 'according to' a rendering of someone's words: a translation or transcript, not the speaker
_RENDERING = re.compile(r"(?:(?:an?|the|his|her|its|their)\s+)?(?:[a-z][\w\-]*\s+){0,2}(?:translation|transcript|interpreter)s?\b")


# a name in apposition right after a role: '…, said Russia's foreign minister, Sergei Lavrov.', '…, the
# country's election body, the Electoral Commission, said', '… one Roe supporter, Mary Voter, 54, said', after
# a kin noun: 'Dahl's campaign chairman, his brother Sven Dahl, told', after a lower-case role of its own:
# "Norland's envoy, senior trade adviser Ada Roth, told" (no function word in the role, its last word a
# person noun)
_APPOSED_NAME = re.compile(rf",\s+(?:(?:his|her|their)\s+(?:{'|'.join(sorted(_KIN))})\s+|(?P<role>(?:(?!(?:{'|'.join(sorted(_FUNCTION | _NOT_NP_LEAD))})\s)[a-z][\w\-]*\s+){{1,4}}))?(?P<name>(?:the\s+)?{_CAP_SEQ.pattern})(?=\s*(?:[,.;]|$|\s+(?:in|on|at|said|says|told|added)\b))")


def _role_ending_capitalised(np: str) -> bool:
    """'the Permanent Representative of Chile', 'a spokesman for Ada Roth', 'the head of the IAEA', 'the
    Foreign Minister': a role phrase whose last word is capitalised."""
    head = np.split()[-1]
    return _title_of_place(np) or np[:1].islower() and bool(
        head in _ROLE_HEADS or head in _ROLE or _PERSON_HEAD.search(head) or _AGENT_FOR.match(np)
        or " of " in np and _ROLE_OF_BODY.fullmatch(np))


def _apposed_name(np: str, np_start: int, mem: _Memory) -> tuple[str, int, int] | None:
    """The name in apposition after a role phrase ('the ministry's spokesman, Igor X', 'the head of the
    IAEA, Ann Lee', 'the Permanent Representative of Chile, Ambassador Rosa Vidal, 61'), resolved. After
    a role ending in a capitalised word only a person's full name counts."""
    words = np.split()
    if not words or words[-1] in _NOT_NP_LEAD:
        return None
    lower_head = words[-1][:1].islower()
    if not lower_head and not _role_ending_capitalised(np):
        return None
    m = _APPOSED_NAME.match(mem.text, np_start + len(np.rstrip()))
    role = m and m.group("role") and m.group("role").split()[-1]
    if not m or role and not (role in _ROLE_HEADS or _agent_noun(role)):
        return None
    name_words = m.group("name").split()
    if len([w for w in name_words if w[:1].isupper()]) < 2 or name_words[-1] in _TIME_CAPS:
        return None  # one capitalised word may be a day, a place or a surname alone: not taken
    if not lower_head and not ((person := _canon_seq(m.group("name")))[0] and not person[1] and " " in person[0]):
        return None
    name, ms, me = _speaker_from_np(m.group("name"), m.start("name"), mem)
    return (name, ms, me) if name and name[:1].isupper() else None


def _rendered_speaker(q: _Q, mem: _Memory) -> bool:
    """A sentence-initial quote attributed only to a rendering ('“Q,” according to a translation by the
    AP'): the person opening the sentence before it speaks ('Ivo Marek spoke in a video address.')."""
    k = bisect_right(mem.ends, q.open_at)
    if k < 1:
        return False
    lo = mem.ends[k - 2] if k >= 2 else 0
    head = mem.text[lo:mem.ends[k - 1]]
    span = _clause_subject(head.lstrip(), lo + len(head) - len(head.lstrip()))
    if not span or not mem.text[span[0]].isupper():
        return False
    name, ms, me = _speaker_from_np(mem.text[span[0]:span[1]], span[0], mem)
    if not name or _name_is_org(name) or not name[:1].isupper():
        return False
    q.speaker, q.mention, q.cue = name, (ms, me), "according to"
    return True


def _set_from_np(q: _Q, np: str, np_start: int, cue: str, mem: _Memory) -> bool:
    if cue == "according to" and (_ACCORDANCE.match(np) or _RENDERING.match(np)):
        return False  # 'according to their preference', 'according to plan': in line with, no source
    apposed = _apposed_name(np, np_start, mem) if "," in mem.text[np_start + len(np.rstrip()):np_start + len(np) + 3] else None
    if apposed:
        q.speaker, q.mention, q.cue = apposed[0], (apposed[1], apposed[2]), cue
        return True
    name, ms, me = _speaker_from_np(np, np_start, mem)
    if name:
        q.speaker, q.mention, q.cue = name, (ms, me), cue
    return bool(name)
