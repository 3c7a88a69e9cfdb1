"""Regular expressions and word sets shared by several extraction stages."""

from __future__ import annotations

import re

from quotestance.quotes.lexicon import CUE_WORDS

_DOUBLE_MARKS = '"“”„«»'
_MARK = re.compile(f"[{_DOUBLE_MARKS}]")


def _char_positions(text: str, chars: str) -> list[int]:
    """The positions of these characters in text, in order: a str.find loop per character, faster
    than a regex scan with a character set over the whole text for rare characters."""
    found = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            found.append(i)
            i = text.find(c, i + 1)
    return sorted(found)


def _word_alternation(words) -> str:
    """A regex matching exactly one of words, nested by shared prefixes ('said|says' is written
    'sa(?:id|ys)'): the regex engine would try a flat alternation word by word at every position.
    Used for the cue words, which are all letters and always followed by a non-letter, so at most
    one word can match at a position and the order of the alternatives does not matter."""
    rests: dict[str, list[str]] = {}
    complete = False
    for w in words:
        if w:
            rests.setdefault(w[0], []).append(w[1:])
        else:
            complete = True
    alts = [re.escape(first) + _word_alternation(rest) for first, rest in sorted(rests.items())]
    if not alts:
        return ""
    if len(alts) == 1 and not complete:
        return alts[0]
    return "(?:" + "|".join(alts) + ")" + ("?" if complete else "")


assert all(w.isalpha() for w in CUE_WORDS)  # see _word_alternation
_CUE_ALT = _word_alternation(CUE_WORDS)
# the leading lookahead (the first letters of all alternatives) is only a fast first-character filter
_CUE_FIRST = "".join(sorted({w[0] for w in CUE_WORDS} | set("AaIip")))
# 'according to S' and 'in the words of S' name their source the same way
_SOURCE_PHRASES = ("according to", "in the words of")
_CUE = re.compile(rf"(?=[{_CUE_FIRST}])(?:\b(?<!now-)(?<!much-)(?<!oft-)(?<!well-)(?<!long-)(?<!ever-)(?<!once-)(?:{_CUE_ALT})\b"
                  r"|\b[Aa]ccording to\b|\b[Ii]n the words of\b|\bput it\b)")
_ABBR = r"(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt|Adm|Maj|Brig|Cmdr|U\.S|U\.N|U\.K|[A-Z])\."
# a word; the lookahead lets the regex engine skip the abbreviations (all capitalised) at once for a
# character that opens none of them
_W = rf"(?:(?=[A-Z]){_ABBR}|[^\s,.;:!?“”\"~—–(){{}}\[\]])+"
_CUE_SUBJ_END = re.compile(
    r"\s+(?:in|on|at|that|(?<!mbassador\s)(?<!nvoy\s)to|during|after|before|about|(?<!known )as|from|when|while|with|among|last|this|who|which|whose)\b|\s+of\b(?!\s+(?:the\s+)?[A-Z])"
)
# the relation that ends an unnamed source: 'a source close to the talks', 'officials familiar with the plan'
_SOURCE_RELATION = r"close\s+to|familiar\s+with|with\s+knowledge\s+of|briefed\s+on|involved\s+in|knowledgeable\s+about|(?:posted|based|stationed)\s+(?:in|at)"
_REL_SOURCE = re.compile(rf".*?\b(?:{_SOURCE_RELATION})\s+(?:the\s+)?\S+")


def _may_relate(text: str) -> bool:
    """Whether text has a word that each _SOURCE_RELATION phrase contains: a cheap test before a search."""
    return ("close" in text or "familiar" in text or "knowledge" in text or "briefed" in text or "involved" in text
            or "posted" in text or "based" in text or "stationed" in text)


# an unnamed person and the named place or body it is in, at or from: 'a writer in The Norland Herald',
# 'a Western diplomat in Brussels'
_INDEF_PERSON = (r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[a-z]|[A-Z](?=[a-z]+(?:an|ese|ish|ic|i|ern|ch)\s))[\w\-]*\s+){0,2}?"
                 r"(?:[a-z][\w\-]*(?:er|or|ist|ian|man|woman|person|ee|ant|ent|ive|ess)|official|source|diplomat|envoy|"
                 r"aide|analyst|expert|witness|nurse|pilot|medic|guard|judge|monk|priest|citizen)")
# a role's office an unnamed person works in: 'in the prime minister's office', 'at the mayor’s office',
# 'in the office of the prime minister'
_ROLE_OFFICE = (r"\s+(?:in|at|from)\s+the\s+(?:(?:[a-z]+\s+)?[a-z]+['’]s\s+office"
                r"|office\s+of\s+the\s+(?:[a-z]+\s+)?[a-z]+)\b")
_ROLE_OFFICE_RX = re.compile(_ROLE_OFFICE)
_AT_NAME = (rf"(?:\s+(?:in|at|from)\s+(?:[Tt]he\s+)?[A-Z][\w’'\-&]*(?:\s+(?:of\s+)?[A-Z][\w’'\-&]*)*"
            # 'at the Veldorian embassy', 'in the Veldorian interior ministry', 'from Veldorian public radio'
            r"(?:\s+(?:[a-z]+\s+)?(?:embassy|ministry|mission|consulate|delegation|office|headquarters|radio|television))?"
            rf"|{_ROLE_OFFICE})")
_PERSON_AT = re.compile(_INDEF_PERSON + _AT_NAME)
_AT_NAME_RX = re.compile(_AT_NAME)
_INDEF_PERSON_RX = re.compile(_INDEF_PERSON)


def _cut_subject(subj: str) -> str:
    """A subject after its cue up to where the clause goes on ('said Roth in a statement' -> 'Roth'),
    keeping an unnamed source's relation ('said a source close to the talks') or named place ('said
    a writer in The Norland Herald')."""
    rel = _REL_SOURCE.match(subj)
    if rel:
        return subj[:rel.end()] + _CUE_SUBJ_END.split(subj[rel.end():], maxsplit=1)[0]
    head = _CUE_SUBJ_END.split(subj, maxsplit=1)[0]
    at = _AT_NAME_RX.match(subj, len(head)) if _INDEF_PERSON_RX.fullmatch(head) else None
    return head + at.group() if at else head
_NOUN_CTX = re.compile(r"(?:’s|'s|\w[sz][’']|\b(?:the|a|an|his|her|their|its|of|our|my|your|this|that|whose))\s+$")
_NOT_SENT_END = re.compile(r"(?:\b[A-Z]|\bU\.S|\b(?:Mr|Ms|Dr|St|Jr|Lt|Mrs|Sen|Rep|Gov|Gen|Col"
                           r"|Maj|Brig|Cmdr|Jan|Feb|Aug|Sept?|Oct|Nov|Dec))$")  # 'Dec. 8' is no sentence end
_NP_TOKEN = re.compile(r"[A-Z][\w’'\-]*\.?|[\w’'\-]+")
_NAME_ABBRS = "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col St Jr Sr Prof Rev Sgt Capt Adm Maj Brig Cmdr".split()
_NAME_TOK = rf"(?:(?:[A-Z]\.)+|(?:{'|'.join(_NAME_ABBRS)})\.|(?:al|el)-[A-Z][\w\-]*|[A-Z][\w’'\-]*(?:\.(?:com|org|net)\b)?)"

# an indirect question put to a named person, closing its sentence (search up to the sentence end): 'Roth
# then turned to Ben Ortiz and asked what he thought of the answer.', 'The moderator asked Ortiz whether …'
_ASKED_NAME = re.compile(
    rf"\b(?:(?:turned|turning)\s+to\s+(?P<to>{_NAME_TOK}(?:[^\S\n]+{_NAME_TOK}){{0,3}})\s+(?:and\s+)?ask(?:ed|s|ing)"
    rf"|ask(?:ed|s)\s+(?P<obj>{_NAME_TOK}(?:[^\S\n]+{_NAME_TOK}){{0,3}}))"
    r"\s+(?:(?:him|her|them)\s+)?(?:whether|if|what|why|how|when|where|who|about|to)\b[^~;:]*[.?]$")

_CAP_SEQ_REST = rf"(?:[^\S\n]+(?:(?:of|for|and|&|on|de|da|dos|van|von|der|del|la|bin|al|ul|the)[^\S\n]+)*{_NAME_TOK})*"
# the leading lookahead only lets the regex engine skip positions that cannot open a name (it has no
# first-character filter for this alternation by itself): about 3x faster, same matches; 'al-'/'el-'
# spelled out, so the many other words' a and e fail at once
_CAP_SEQ = re.compile(rf"(?=[A-Z]|al-|el-){_NAME_TOK}{_CAP_SEQ_REST}")
# the same matches in a text without 'al-' and 'el-', where a name opens with a capital: the
# first token written to open with that capital, a character set the regex engine skips to (an
# abbreviation's capital checked behind it: '(?<=M)rs\.'), the alternatives in _NAME_TOK's order
_CAPITAL_TOK = rf"[A-Z](?:\.(?:[A-Z]\.)*|(?:{'|'.join(f'(?<={a[0]}){a[1:]}' for a in _NAME_ABBRS)})\.|[\w’'\-]*(?:\.(?:com|org|net)\b)?)"
_CAP_SEQ_CAPITAL = re.compile(rf"{_CAPITAL_TOK}{_CAP_SEQ_REST}")
_PRON = re.compile(r"\b(?:he|she|they|it|we|I|He|She|They|It|We)\b")
_ROLE = frozenset(
    """spokesman spokeswoman spokesperson official officials aide aides adviser advisers advisor
    secretary minister president senator lawmaker lawmakers candidate nominee chairman chairwoman
    director manager campaign leader leaders lawyer lawyers attorney press chief deputy senior top
    former analyst analysts expert experts source sources representative governor mayor ambassador
    general commander member members ministry department committee staff team group police people
    supporters voters critics report statement officer strategist pollster economist researcher
    professor author founder executive head speaker spokespeople counsel colleague friend
    retired longtime veteran one diplomat diplomats envoy envoys negotiator negotiators
    the a an his her their its of for""".split()
)
_KIN = frozenset("wife husband son daughter mother father brother sister widow partner".split())
_ROLE_NOUNS = frozenset(
    """president minister secretary spokesman spokeswoman spokesperson senator governor mayor
    ambassador general commander chairman chairwoman director premier treasurer envoy prosecutor
    chancellor king queen prince pope judge sheriff coach captain leader chief""".split()
)
_FUNCTION = frozenset("the a an his her their its of for to at in on by with from during after before then "
                      "and or but as".split())
# a dateline: 'WASHINGTON (AFP) – ', 'NEW YORK - ', 'Washington (AFP) – ', 'RENO, Nev., Dec. 8 (UPI) — '
_DATELINE = re.compile(r"(?:[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)*(?:,\s+[A-Z][\w.]+(?:\s+\d{1,2})?){0,2}\s*(?:\([A-Za-z. ]+\)\s*)?|[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?\s*\([A-Za-z. ]+\)\s*)[—–-]{1,2}\s+")
# a leading subordinate clause: its subject is not the main clause's ('When X suggested ..., Rubio said')
_SUBORD = re.compile(
    r"(?:When|After|While|Although|Though|If|Before|Since|Because|Once|Until|Unlike|Like|Despite|"
    r"(?:Immediately|Shortly|Soon|Hours|Days|Moments|Minutes|Weeks)\s+(?:after|before))\b[^,;:“”\"~\n]{3,150},\s*"
)
# time phrases, 'in a statement', and adverbs/auxiliaries between a subject and its verb (the
# leading lookahead is only a fast first-character filter for searches: every part opens with a space)
_TRAIL_PARTS = (
    r"(?=\s)(?:\s+(?:on|last|this|early|earlier|late|later)\s+(?:[A-Z]\w+|\w+day|week|month|year|night|morning|evening|afternoon)(?:\s+(?:night|morning|evening|afternoon))?"
    r"|\s+in\s+(?:a|an|his|her|their)\s+(?:statement|interview|tweet|post|email|op-ed|letter|speech|video|release|memo)"
    r"|\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+quoted\s+as"
    r"|\s+(?:also|later|then|previously|once|recently|again|subsequently|eventually|finally|has|had|have|would(?=\s+later\b)|{modals}only|repeatedly|"
    r"publicly|privately|flatly|often|now|still|himself|herself|themselves))+$"
)
# the last word of a _TRAIL_PARTS match without modals, when it is no capitalised word or '…day' after
# one of _TRAIL_TIME_LEADS: a cheap test before the search (a test checks it is in step with _TRAIL_PARTS)
_TRAIL_LAST = frozenset("""week month year night morning evening afternoon statement interview tweet post email op-ed
    letter speech video release memo as also later then previously once recently again subsequently eventually
    finally has had have only repeatedly publicly privately flatly often now still himself herself themselves""".split())
_TRAIL_TIME_LEADS = frozenset("on last this early earlier late later".split())
_SUBJ_CUES = frozenset(
    """said says told tells added adds warned warns stated noted notes argued argues explained explains
    insisted insists claimed claims believes believed thinks acknowledged admitted conceded replied
    responded recalled maintained declared announced asked wrote writes predicted suggested stressed
    urged implies implied concluded concludes agreed agrees tweeted tweets countered touted mentioned vowed pledged promised promises""".split()
)
# also an age after the name, 'former' before a title ('Her husband, former President Bill Roe, said') and a
# title in lower case ('The unit's director, professor Mara Quint, says')
_APPOS_TITLES = "|".join(sorted(_ROLE_NOUNS | {"professor", "lawyer", "attorney", "doctor", "economist", "analyst", "researcher"}))
# a lower-case level may come before the title: 'his opponent, former state Sen. Ada Roth, said'
_APPOS_NAME = re.compile(rf"[a-zA-Z]\s*,\s+(?:former\s+)?(?:(?:state|county|city|district|federal)\s+(?=[A-Z]))?(?:(?:{_APPOS_TITLES})\s+)?({_NAME_TOK}(?:\s+{_NAME_TOK}){{1,3}})\s*,(?:\s*\d{{1,3}}\s*,)?\s*$")
# the appositive's first word may be contracted ('Ada Roth, who's running for mayor, said'); an age may come
# before it ('Ben Ortiz, 61, a retired welder from Lund County, said')
# (the appositive may hold a one-word name in its own commas: 'Lena Brandvik, whose son, Erik, is one of them, said')
_LEAD_APPOS = re.compile(rf"(?=[A-Zae])({_NAME_TOK}(?:\s+{_NAME_TOK}){{1,3}})\s*,(?:\s*\d{{1,3}}\s*,)?\s+(?:the|a|an|[a-z][\w\-]*(?:['’][a-z]{{1,2}})?)\s[^,;:~“”\"]{{0,150}}"
                         rf"(?:,\s+[A-Z][a-z]+,\s[^,;:~“”\"]{{1,150}})?,\s*$")
_NOT_NP_LEAD = frozenset(
    """and or but nor as while when which that who whom whose if because so where though although even not
    is was are were be been has had have will would could can may might should do did does to of in on at
    for with from by after before during then than also just only said says told until unless since once
    where why how what""".split()
)
# --- second chance for partial quotes left without a speaker ---------------------------------
# Determiner-led common-noun subjects ('The complaint alleged', 'One operative ... saying').
_DET = frozenset("the a an one another many some this that his her their its both each two three four five six seven eight nine ten several".split())
_NP_STOP = frozenset(
    """is was are were has had have be been being will would could can may might should must do does did
    not also who which that whose whom and or but to of in on at for from by with as about into than so
    then if when while because after before began went made took got came gave sent put kept held became
    seemed used""".split()
)
# first- and second-person words mark a quote as speech, not a scare quote or a title
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us|you|You|your|Your)\b")
# a document noun phrase ('a statement', 'the report Wednesday') before a participle is not its speaker
_DOC_NP = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:(?:[a-z-]+|[A-Z][a-z]+day)\s+){0,2}(?:statement|report|release|letter|memo|"
    r"article|email|message|study|document|filing|complaint|lawsuit)s?(?:\s+[A-Z][a-z]+day)?"
)
# a document and who issued it: 'A statement from the council', 'a letter signed by Ada Roth', 'a report
# released in April by the institute', 'a memo circulated last month by the fund'
_DOC_FROM = re.compile(rf"{_DOC_NP.pattern}\s+(?:(?:issued|released|sent|posted|signed|written|drafted|authored|penned|prepared"
                       r"|circulated|published)\s+(?:(?:in|on|last|this|earlier)\s+(?:this\s+)?(?:[A-Z][a-z]+|week|month|year|\d{4})\s+)?)?"
                       r"(?:from|by)\s+")
# a role of a body spelt out, of any length: 'the deputy head of the international relations committee of
# the lower house of parliament', 'the chairman of the Veldorian parliament’s defence committee', 'a member
# of the Norland delegation', 'the governor of the Norland region of Lorn'; each 'of' part ends in a body
# noun, a noun of an administrative area or a capitalised name
_OF_ROLE_HEADS = ("head|heads|chief|chiefs|chair|chairman|chairwoman|chairperson|director|leader|leaders|member|members|"
                  "secretary|president|commander|speaker|envoy|representative|governor|minister|spokesman|spokeswoman|"
                  "spokesperson")
_OF_BODY_WORDS = ("committee|commission|council|parliament|house|assembly|ministry|department|agency|service|office|"
                  "staff|board|bureau|party|government|army|military|navy|forces|delegation|mission|administration|"
                  "cabinet|court|senate|chamber|directorate|authority|union|bloc|alliance|coalition|group|movement|"
                  "federation|organisation|organization|caucus|faction|secretariat|command|guard|"
                  "region|province|district|county|municipality|territory")
# a modifier: no function word, determiner, cue word or past participle ('armed' and 'united' are adjectives)
_OF_MOD = (r"(?!(?:and|or|but|that|who|which|is|was|are|were|has|had|have|to|in|on|at|for|with|by|from|of|the|an?|his|"
           rf"her|its|their)\b|(?:{_CUE_ALT})\b|(?!armed\b|united\b)[a-z]+ed\b)[\w\-]+(?:['’]s)?\s+")
# a part after 'of': modifiers and a body noun, or a capitalised name right after 'of (the)'
_OF_PART = (rf"(?:the\s+)?(?:(?:{_OF_MOD}){{0,4}}?(?:{_OF_BODY_WORDS})\b(?![’'\-])|"
            r"[A-Z][\w’'\-.]*(?:\s+(?:of\s+)?[A-Z][\w’'\-.]*)*)")
# (it ends where no modifier and body noun, capital or possessive follows: 'the chairman of the Veldorian| parliament')
_ROLE_OF_BODY = re.compile(rf"(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+)?(?:(?!(?:the|an?)\s){_OF_MOD}){{0,2}}?(?:{_OF_ROLE_HEADS})\s+of\s+"
                           rf"{_OF_PART}(?:\s+of\s+{_OF_PART}){{0,3}}"
                           rf"(?![\w’'\-])(?!\s+(?:{_OF_MOD}){{0,4}}(?:{_OF_BODY_WORDS})\b|\s+[A-Z])")
