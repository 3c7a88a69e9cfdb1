"""Second-chance attribution for quotes the first pass left without a speaker: reporting verbs
further from the quote, introductions ('S, asked about it, replied'), possessed speech nouns,
colon and speech-act introductions, and signature lines."""

from __future__ import annotations

import re
from bisect import bisect_right

from quotestance.quotes.lexicon import STOP_CAPS
from quotestance.quotes.patterns import (
    _ASKED_NAME, _CUE, _SOURCE_PHRASES, _CUE_ALT, _cut_subject, _DATELINE, _DET, _FUNCTION, _NAME_TOK, _NOT_SENT_END, _NP_STOP, _PRON, _ROLE,
    _SUBORD, _TRAIL_PARTS, _W,
)
from quotestance.quotes.names import _clause_subject, _Memory, _subject_before
from quotestance.quotes.attribution import (
    _det_np, _lead_subject, _noun_use, _OBJECT_CUES, _passive, _POLLED, _Q, _REL_WHO, _set_from_np, _who_speaker,
)

_TRAIL_ADV = re.compile(_TRAIL_PARTS.format(modals="would|will|could|can|may|might|should|"))
_HUMAN_NOUN = re.compile(r"(?:m[ae]n|person|people|ists?|ians?|ers?|ors?|ives?)$")
_WAS = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
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
    referenced reject rejected rejects rejecting pointed thanked thanking credited crediting proposed""".split()
)
_LATE_WORD = re.compile(r"\b[a-z]{4,}\b")
# verbs that report speech only before a that-clause ('Kray commented that the network “…”'; not
# 'he commented, the rivals faced a “…” problem', where a scare quote is as likely)
_THAT_VERBS = frozenset("commented mentioned confided".split())
# any verb with an object and 'as' right before the quote: 'dismissed the claims as “…”', 'whom Ortiz derided as “…”'
_AS_VERB = re.compile(r"\b([a-z]{3,}(?:ed|es|s|ing))(?:\s+(?:off|down|away|aside))?"
                      r"(?:\s+(?:the|a|an|his|her|its|their|this|that|these|those|him|them|it|himself|herself|themselves|itself|[A-Z][\w'’\-]*)"
                      r"(?:\s+[\w'’\-]+){0,5})?\s+as(?:\s+(?:a|an|the|being|having))?\s*$")
_NOT_AS_VERBS = frozenset("known seen regarded treated used served acts acted works worked stands".split())
# a verb of casting someone in a role, its object and an 'as' phrase that holds the quote further on:
# 'casts the mayor as a former liberal who would “…”', 'portrayed him as a kind man who would be “…” and “…”'
_CAST_AS = re.compile(r"\b(cast|casts|casting|portray|portrays|portrayed|portraying|paint|paints|painted|painting"
                      r"|depict|depicts|depicted|depicting)(?:\s+(?:the|a|an|his|her|its|their|this|that|him|them|it|himself|herself"
                      r"|themselves|itself|[A-Z][\w'’\-]*)(?:\s+[\w'’\-]+){0,5})?\s+as\b(?=(?:[^,;:~“”\"]|[“\"]~+[”\"]){1,100}$)")
# a short object between a verb and the quote: 'called the plan “', 'described it as “'
_SHORT_OBJECT = re.compile(r"\s+(?:(?:the|his|her|its|their|this|that)\s+)?(?:[\w’'\-]+\s+){0,2}?"
                           r"(?!(?:the|a|an|as)\s)[\w’'\-]+(?:\s+as)?\s*")
# the subject of a progressive cue, opening its clause: 'the union is calling on …', 'Roth was telling …'
_PROGRESSIVE = re.compile(
    rf"(?:^|,\s+|\band\s+|\bbut\s+)(?P<np>(?:the|a|an|his|her|their|its)\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]+"
    rf"|{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}}|he|she|they|we)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)"
    rf"(?:\s+(?:now|also|still|again))?$")
# the object of a causative verb, subject of the infinitive cue after it: 'leading Roth to say', also of
# a second infinitive conjoined after a first ('prompted Roth to make a joke and call him “…”')
_LED_TO = re.compile(r"\b(?:lead|leads|leading|led|prompt|prompts|prompting|prompted|forcing|forced|causing|caused)\s+"
                     r"(?P<np>(?!(?:him|her|them|it|us|me|to)\s)[^,;:~“”\"]{2,60}?)\s+to(?:\s+[a-z]+\b[^,;:~“”\"]{0,60}?\s+and)?$")
_GOES_ON_TO = re.compile(r"\s+(?:goes|went|go|has\s+gone|proceeds|proceeded)\s+on\s+to$|\s+(?:proceeds|proceeded)\s+to$")
_ING_PLACE = re.compile(r",\s+(?:at|in|on|during)\s+[^,;:~“”\"]{2,30}$")
_DEFINITE_LEAD = re.compile(r"(?:[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s")
_REL_COMMA = re.compile(r",\s+(?:who|which)\b")


def _definite_opener(sent: str, sent_start: int, masked: str) -> int | None:
    """Where a definite or possessive noun phrase opens the sentence, also past an opening phrase
    ('The impostor gushed …', 'Later, her father joked …'), else None."""
    body = sent.lstrip()
    if _DEFINITE_LEAD.match(body):
        return sent_start + len(sent) - len(body)
    lead = _lead_subject(sent, sent_start)
    return lead[0] if lead and masked[sent_start:lead[0]].strip() and _DEFINITE_LEAD.match(masked, lead[0]) else None


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
    found = list(_CUE.finditer(sent, lo)) + [w for w in _LATE_WORD.finditer(sent, lo) if w.group() in _LATE_VERBS or (
        w.group() in _THAT_VERBS and sent.startswith(" that ", w.end()))]
    as_verb = _AS_VERB.search(sent, max(lo, len(sent) - 90)) or _CAST_AS.search(sent, max(lo, len(sent) - 190))  # 'Ortiz waved off the petition as “…”'
    if as_verb and not _WAS.search(sent, 0, as_verb.start()) and as_verb.group(1) not in _NOT_AS_VERBS and (
            sent[:as_verb.start()].split()[-1:] or [""])[0] not in _OBJECT_CUES:
        found.append(as_verb)  # not the bare object of 'described conditions as “…”', which that verb governs
    cues = [c for c in sorted(found, key=lambda c: c.start()) if c.group()[0].islower()
            and not _noun_use(sent, c.start(), c.group())
            and sent[c.start() - 1:c.start()] not in ("-", "~")]
    for cm in reversed(cues[-2:]):
        cue = cm.group()
        seg = sent[:cm.start()].rstrip()
        led = _LED_TO.search(seg, max(0, len(seg) - 90)) if cm is cues[-1] else None
        if led and _set_from_np(q, led.group("np"), q.sent_start + led.start("np"), cue, mem):
            return  # '…, prompting harbour officials to counter that “…”': the one prompted speaks
        goes_on = _GOES_ON_TO.search(seg, max(0, len(seg) - 30))  # 'The piece goes on to slam …'
        seg = seg[:goes_on.start()] if goes_on else seg
        t = _TRAIL_ADV.search(seg, max(0, len(seg) - 80))  # 'Clinton has increasingly told'
        core = seg[:t.start()] if t else seg
        core_s = core.rstrip()
        # 'The chair was quoted as saying “…”': the participle is the subject's own words
        quoted = cue == "saying" and seg.endswith(" quoted as")
        if cm is cues[-1] and not cue.endswith("ing") and _sub_clause_subject(q, core_s, cue, masked, mem):
            return  # '… probation after the man had posted that refugees should “…”': the clause's own subject
        prog = _PROGRESSIVE.search(core_s, max(0, len(core_s) - 80)) if cue.endswith("ing") and cm is cues[-1] else None
        if prog and _set_from_np(q, prog.group("np"), q.sent_start + prog.start("np"), cue, mem):
            return  # '…, the union is calling on members to “…”': a progressive, not a participle
        pp = _ING_PLACE.search(core_s, max(0, len(core_s) - 40)) if cue.endswith("ing") else None
        if pp:  # '…, at one point calling the mayor a “…”': the phrase belongs to the participle
            core_s = core_s[:pp.start() + 1]
        if (cue.endswith("ing") and not quoted) or core_s.endswith(" and"):
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
                if span and (not pre or pre.endswith(",") or pre.split()[-1] in STOP_CAPS or pre.split()[-1] in ("while", "and", "but")):
                    _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem)
                return
            span = _subject_before(inner, q.sent_start)
            if span and _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem):
                return
            continue
        if cm is cues[-1] and _who_antecedent(q, seg, cue, masked, mem):
            return  # 'Ortiz, who has cast himself as a “…”': the mention is 'who', the speaker its antecedent
        late_verb = cue in _LATE_VERBS or cue in _THAT_VERBS
        if late_verb or cm is cues[-1] or cm is as_verb:  # 'Jo Reyes has told …': the main rules keep 'has' in the subject
            span = _subject_before(core, q.sent_start)
            pre = sent[:span[0] - q.sent_start].rstrip() if span else ""
            if pre and _role_premodifier(pre):
                pre = ""  # 'Republican front-runner Ada Roth defended her aide as a “…”': a role opens the subject
            if span and (not pre or pre.endswith((",", "—", "–")) or pre.split()[-1] in STOP_CAPS
                         or pre.split()[-1] in ("and", "but", "as", "who", "whom", "which", "that")) and _set_from_np(
                    q, masked[span[0]:span[1]], span[0], cue, mem):
                return  # the subject opens its clause ('the man who ran the campaign has said' is not 'campaign')
        obj = cue in _OBJECT_CUES and _SHORT_OBJECT.fullmatch(sent, cm.end())
        modal_say = cue == "say" and t is not None  # 'The chair would later say that “…”'
        known = cue in _SPEECH or late_verb or obj or quoted or modal_say or cm is as_verb or goes_on
        # or a definite person noun opening the sentence before its last, finite cue ('The impostor gushed about …')
        # also after an opening phrase ('Later, her aide scoffed that …', 'Taking the stage, his son joked that …')
        opener_at = _definite_opener(sent, q.sent_start, masked) if (
            not known and cm is cues[-1] and not cue.endswith("ing")) else None
        opener = opener_at is not None
        if known or opener:
            # also a definite subject of a verb with a short object ('The chair called the plan “…”',
            # 'the council described it as “…”'; not the naming 'a group called “…”', 'a play called the “…”')
            span = _det_np(core, q.sent_start, at_end=True)
            if span and (obj or cm is as_verb or goes_on) and not _DEFINITE_LEAD.match(masked, span[0]):
                span = None
            pre = masked[q.sent_start:span[0]].split()[-1:] if span and (cm is as_verb or goes_on) else []
            if pre and not pre[-1].endswith((",", "—", "–")) and pre[-1] not in ("and", "but"):
                span = None  # 'to portray the apparent shooting as a “…”': the phrase is an object
            if span and opener and (span[0] != opener_at or not _person_head(masked[span[0]:span[1]])):
                span = None  # 'The organisation urged …': a body needs its name, which the phrase lacks
            if span and _set_from_np(q, masked[span[0]:span[1]], span[0], cue, mem):
                return
        if cue in ("said", "say", "says"):  # poll shares: 'About four in 10 said they were “…”'
            m = _SHARE_NP.search(core.rstrip())
            if m and (m.start() == 0 or core[:m.start()].rstrip()[-1:] in ",;—–" or core[:m.start()].split()[-1].lower() in ("which", "whom", "and", "while")):
                _set_from_np(q, m.group(), q.sent_start + m.start(), cue, mem)
                if q.speaker is not None:
                    return


# the subject of a cue inside a subordinate clause, with a place phrase or a first conjoined verb
# between them: 'after the man had posted …', 'when Roth in her speech called …', 'when Roth hailed
# the pact and called it …'
_SUB_CLAUSE_NP = re.compile(
    rf"\b(?:when|after|before|since|until|while|because|once|whereas|although|though)\s+"
    rf"(?P<np>(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w\-]*\s+){{0,3}}?[a-z][\w\-]*|{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}})"
    rf"(?:\s+(?:in|at|on|during)\s+(?:the|a|an|his|her|their|its)\s+[\w\-]+(?:\s+[\w\-]+){{0,2}}"
    rf"|\s+[a-z]{{3,}}ed\b[^,;:~“”\"]{{0,50}}\s+and)?$"
)


def _sub_clause_subject(q: _Q, core: str, cue: str, masked: str, mem: _Memory) -> bool:
    """The subject of the last cue inside a subordinate clause ('… after the man had posted that …')."""
    m = _SUB_CLAUSE_NP.search(core, max(0, len(core) - 120))
    return bool(m) and _set_from_np(q, m.group("np"), q.sent_start + m.start("np"), cue, mem)


def _role_premodifier(pre: str) -> bool:
    """pre, opening the sentence before a name, is a short role phrase ('Republican presidential front-runner')."""
    words = pre.split()
    return len(words) <= 4 and words[0][:1].isupper() and not any(
        w.lower() in _FUNCTION or w.endswith(("ed", "ing", ",")) for w in words)


def _person_head(np: str) -> bool:
    """The noun phrase ends in a role or person noun ('the impostor', 'the retired skipper')."""
    head = np.split()[-1]
    return head in _ROLE or bool(_HUMAN_NOUN.search(head))


def _who_antecedent(q: _Q, seg: str, cue: str, masked: str, mem: _Memory) -> bool:
    """A cue whose subject is a relative 'who' after a name ('Jo Reyes, who has cast herself as …'):
    the mention is 'who' and the speaker the name before it."""
    rel = _REL_WHO.search(seg, max(0, len(seg) - 80)) if "who" in seg[-40:] else None
    return bool(rel) and _who_speaker(q, seg, rel, cue, masked, mem)


# speech nouns whose possessor or 'that' clause can hold a partial quote ('Roth's claim that …')
_SPEECH_NOUNS = frozenset("""claim claims statement statements warning warnings assertion assertions argument arguments
    promise promises pledge pledges vow vows insistence suggestion suggestions comment comments remark remarks call calls
    charge charges accusation accusations contention complaint complaints denial denials declaration declarations
    announcement prediction predictions threat threats demand demands admission characterisation characterization
    description descriptions conclusion conclusions words""".split())
_SPEECH_NOUN = "(?:" + "|".join(sorted(_SPEECH_NOUNS, key=lambda w: (-len(w), w))) + ")"  # longest first, as 's?' was
# a place or time phrase between a speech noun and its clause: 'her assertion during the debate that …'
_NOUN_PLACE = r"\s+(?:during|at|in|on)\s+(?:the|a|an|his|her|their|its|last|this)\s+[\w\-]+"
_POSS_SPEECH = re.compile(
    rf"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}})(?:’s|'s|(?<=s)[’']))"
    rf"\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{_SPEECH_NOUN})(?:{_NOUN_PLACE})?"
    rf"(?:\s+(?:is\s+that|was\s+that|that|of|for|to|about)\b[^~“”\"]{{0,90}}|\s*[:,]?\s*)$")
# a speech noun with its speaker after 'by': 'a call by Roth for “restraint”', 'the warning by Ortiz of “…”'
_BY_SPEECH = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_SPEECH_NOUN})\s+by\s+"
    rf"(?P<name>{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}})(?:\s+(?:that|of|for|to|about)\b[^~“”\"]{{0,90}}|\s*[:,]?\s*)$")
# a report and its author before a 'that' clause: 'a report by Harbour Weekly that he “…”' (not 'a report by
# Roth on “…”', a title or topic)
_BY_REPORT = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+)?reports?\s+by\s+(?P<name>{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}})"
    rf"\s+that\b[^~“”\"]{{0,90}}$")
_POSS_PRON = {"his": "he", "her": "she", "their": "they"}
# a named possessor before the quote and a speech noun after it: 'Clinton’s “basket of deplorables” remark'
# (not 'his “…” remark': the pronoun is as often the reporter's own wording of someone else's phrase)
_POSS_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}})(?:’s|'s|(?<=s)[’'])\s*$")
_NOUN_AFTER = re.compile(rf"\s*(?:{_SPEECH_NOUN}|line|quip|slogan|rallying\s+cry|catchphrase)\b")


def _possessor_before_noun(q: _Q, sent: str, masked: str) -> re.Match | None:
    """The named possessor ending sent (the words before the quote) when a short quote stands between it
    and a speech noun ('Lund’s “bridge to nowhere” remark'), else None."""
    if q.end - q.start > 60 or not _NOUN_AFTER.match(masked, q.close_at):
        return None
    return _POSS_NAME_BEFORE.search(sent, max(0, len(sent) - 60))


# a speech act as the object of a light verb: 'Ortiz issued a warning that …', 'launched into a lament for the “…”'
_ACT_SPEECH = re.compile(
    rf"\s(?:made|makes|issued|issues|delivered|delivers|offered|offers|launched\s+into|gave|gives|sounded|sounds)"
    rf"\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{_SPEECH_NOUN}|laments?|pleas?|defen[cs]e|appeals?|apology|rebuke|tribute)"
    rf"(?:\s+(?:that|of|for|to|about|against)\b[^~“”\"]{{0,90}}|\s*[:,]?\s*)$")


def _speech_noun_near_end(sent: str) -> bool:
    """Whether one of the last 160 characters' words (before a ':' or ',' at most) is a speech noun: a
    cheap test that skips the _POSS_SPEECH search, which needs one, in most sentences."""
    return not _SPEECH_NOUNS.isdisjoint(sent[-160:].replace(":", " ").replace(",", " ").split())


def _possessive_speech_noun(q: _Q, masked: str, mem: _Memory) -> None:
    """A partial quote governed by a possessed speech noun: 'his promise to be “neutral”', 'her
    claim that she “never sent …”', 'Trump's claim that Obama “founded …”'; the mention is the
    possessor, a possessive pronoun resolving like he/she/they. Also a speech noun after 'by' and its
    speaker, and one that is the object of a light verb ('Ortiz issued a warning that …'): its subject."""
    sent = masked[q.sent_start:q.open_at]
    m = _POSS_SPEECH.search(sent, max(0, len(sent) - 160)) if _speech_noun_near_end(sent) else None
    if not m:
        m = _possessor_before_noun(q, sent, masked)
    elif _CUE.search(sent, m.end("noun")):
        m = None
    if not m:
        m = _BY_SPEECH.search(sent, max(0, len(sent) - 160)) or _BY_REPORT.search(sent, max(0, len(sent) - 160))
        if m and not _CUE.search(sent, m.end("name")):
            _set_from_np(q, m.group("name"), q.sent_start + m.start("name"), "-noun", mem)
            return
        m = _ACT_SPEECH.search(sent, max(0, len(sent) - 160))
        span = _subject_before(sent[:m.start()], q.sent_start) if m and not _CUE.search(sent, m.end("noun")) else None
        pre = sent[:span[0] - q.sent_start].rstrip() if span else ""
        if span and (not pre or pre.endswith(",") or pre.split()[-1] in ("and", "but")):
            _set_from_np(q, masked[span[0]:span[1]], span[0], "-noun", mem)
        return
    start = q.sent_start + m.start()
    if m.groupdict().get("pron"):
        name = mem.resolve_pronoun(_POSS_PRON[m.group("pron").lower()], start)
        if name:
            q.speaker, q.mention, q.cue = name, (start, start + len(m.group("pron"))), "-noun"
    else:
        name = m.group("name")
        lead = name.split()[0]
        if lead in STOP_CAPS and " " in name:  # 'But Haddad’s claim': the connective is no part of the name
            name, start = name[len(lead):].lstrip(), start + len(name) - len(name[len(lead):].lstrip())
        _set_from_np(q, name, start, "-noun", mem)


_AS_OBJECT = re.compile(r"\bas(?:\s+(?:a|an|the))?\s*$")
_THAT_AFTER_NOUN = re.compile(rf"(?:{_NOUN_PLACE})?\s+(?:(?:is|was)\s+)?that\b")
# speech nouns whose 'of' phrase is what was said: 'Holt's assertion of a “…”', 'Roth's promise of an “…”'
_OF_CONTENT_NOUNS = frozenset("""claim claims assertion assertions promise promises pledge pledges vow vows warning
    warnings threat threats accusation accusations charge charges prediction predictions declaration declarations
    demand demands""".split())
_OF_ARTICLE = re.compile(r"\s+of\s+(?:a|an|the)\s*")


def _possessed_claim(q: _Q, masked: str, mem: _Memory) -> bool:
    """A partial quote in the 'that' clause of a possessed speech noun ('criticized Senator Bob Sample’s
    assertion that the plan “would bankrupt the state”'), with no cue of its own after the noun: the
    possessor speaks, not the main clause's subject; set first, before the main-clause cue. So too a
    short quote between a named possessor and a speech noun ('mocked Roth’s “open door” pledge')."""
    sent = masked[q.sent_start:q.open_at]
    if _possessor_before_noun(q, sent, masked):
        _possessive_speech_noun(q, masked, mem)
        return q.speaker is not None
    if ("that" not in sent and " of " not in sent[-12:]) or not _speech_noun_near_end(sent):
        return False
    m = _POSS_SPEECH.search(sent, max(0, len(sent) - 160))
    if not m or m.group("pron") or _CUE.search(sent, m.end("noun")):
        return False  # 'De Blasio repeated his claim that …': a possessive pronoun is mostly the subject's
    if not (_THAT_AFTER_NOUN.match(sent, m.end("noun")) or (
            m.group("noun") in _OF_CONTENT_NOUNS and _OF_ARTICLE.fullmatch(sent, m.end("noun")))):
        return False  # a 'that' clause, or the quote right after 'of a/an/the' ('Holt's assertion of a “…”')
    if _AS_OBJECT.search(sent, max(0, len(sent) - 12)):
        return False  # 'mocked Ivo Park’s claims that they were friends as “theatre”': the main clause's words
    _possessive_speech_noun(q, masked, mem)
    return q.speaker is not None


_INTRO_CUE = re.compile(rf"\b(?P<cue>{_CUE_ALT}|put\s+it|to\s+know)\s*$")
_INV_INTRO = re.compile(rf"(?:^|[,(—–]\s*)(?P<cue>[Ss]aid|[Ss]ays|[Ww]rote|[Aa]dded|[Ee]xplained|[Aa]sked|[Nn]oted)\s+(?P<subj>{_W}(?:\s+{_W}){{0,6}})$")
_NOT_BEFORE_NAME = frozenset("to in on at with of for into onto about over under against than as via".split())
_TOLD = frozenset("told tells tell telling".split())
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
    wc = None
    for wc in _WHO_CUE.finditer(head, max(0, len(head) - 150)):
        pass
    if wc and not _noun_use(head, wc.start("cue"), wc.group("cue")) and _who_antecedent(
            q, head[:wc.start("cue")], wc.group("cue"), masked, mem):
        return  # 'Jo Reyes, who told the council when asked about it: “Q”'
    span = _subject_before(head, q.sent_start)  # '- Philip Bump:', 'doesn’t surprise pollster Jo Reyes:'
    pre = re.split(r"[,;:—–]|\s-\s", head[:span[0] - q.sent_start])[-1].split()[-4:] if span else []
    if span and pre and pre[-1] in _TOLD:
        span = None  # 'The chair told the Norland Herald: “Q”': the one told is never the speaker
    if span and not any(w.lower() in _NOT_BEFORE_NAME for w in pre) and _set_from_np(
            q, masked[span[0]:span[1]], span[0], ":", mem):
        return
    span = _intro_subject(head, q.sent_start)
    if span:
        _set_from_np(q, masked[span[0]:span[1]], span[0], ":", mem)


# 'who' and a cue with no comma up to the colon: 'Jo Reyes, who told the council when asked about it:'
_WHO_CUE = re.compile(rf",\s+who\s+(?:(?:has|had|also|later|then|once|recently)\s+)*(?P<cue>{_CUE_ALT})\b(?=[^,;:~“”\"]*$)")
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
    rf"|{_POLLED}$"
)
_LATE_ADV = frozenset("now also later then again once recently simply only just still further quickly flatly "
                      "repeatedly finally first matter-of-factly would had has have".split())
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
        if cm.group()[0].isupper() or cm.group() in _SOURCE_PHRASES or _noun_use(body, cm.start(), cm.group()):
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
        popped = []
        while words and words[-1].lower() in _LATE_ADV:
            popped.append(words.pop())
        np = " ".join(words)
        if "," in prefix:
            if q.tail in ".!?":
                return
            head, _, last = prefix.rpartition(",")
            last = last.strip()
            if not last:  # '“Q” about the ruling, said Jo Reyes, a union leader'
                m = re.match(rf"\s*(?P<subj>{_W}(?:\s+{_W}){{0,5}})", body[cm.end():])
                if m and m.group("subj")[:1].isupper():
                    subj = _cut_subject(m.group("subj"))
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
        speech = cm.group() in _SPEECH or (cm.group() == "say" and "would" in popped)  # '“Q,” officials would later say'
        if not _np_words_ok(np) or (not speech and not _PRON.fullmatch(np) and not any(w[:1].isupper() for w in words)):
            continue  # a common-noun subject needs a plain speech verb ('their efforts add' is not one)
        if np[:1].islower() and not _PRON.fullmatch(np) and q.tail not in ",!?—–-" and not q.initial:
            continue  # 'The “wise Latina” phrase Grassley cited' is not an attribution
        if _set_from_np(q, np, q.close_at + off, cm.group(), mem):
            return


_PASSIVE = re.compile(r"\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:being\s+)?[a-z]+(?:ed|en)\b")
# an as-clause's subject and cue after its 'as': ' Jo Reyes observed'
_AS_CLAUSE = rf"\s+(?P<subj>{_W}(?:\s+{_W}){{0,6}}?)\s+(?:{_CUE_ALT})"
# an as-clause before a comma: 'as Jo Reyes observed, the winner was …'
_AS_SOURCE = re.compile(rf"\b[Aa]s{_AS_CLAUSE},")
# the same ending an intro before a colon: '…, as the Norland Archive website notes:'
_AS_TAIL = re.compile(rf",\s+as{_AS_CLAUSE}\s*$")
_LAST_DASH = re.compile(r"[—–;]\s*(?=[^—–;]*$)")


def _colon_intro(q: _Q, masked: str, prev: tuple[int, int], ends: list[int], mem: _Memory) -> None:
    """A paragraph opening with a quote after an intro paragraph ending in a colon
    ('He then listed the qualities he wanted:'): the speaker is the intro sentence's subject."""
    intro = masked[prev[0]:prev[1]].rstrip()
    if not intro.endswith(":") or "~" in intro[-3:]:
        return
    ss = _sentence_start(ends, prev[0], prev[0] + len(intro) - 1)
    sent = masked[ss:prev[0] + len(intro) - 1]
    tail = _AS_TAIL.search(sent)  # '…, as the Norland Archive website notes:': the as-clause's subject
    if tail and _set_from_np(q, tail.group("subj"), ss + tail.start("subj"), ":", mem):
        return
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


# a line that is only a dash and a name, under a paragraph of quotes, as in a fact check's list of
# claims: '"Q." ¶ - Ada Roth.'; also with a place or a note after a comma ('"Q." ¶ -Greta Lind, Ostfield.')
_DASH_SIGNATURE = re.compile(r"\s*[-—–]\s*(?P<subj>(?:[A-Z][\w’'\-]*\.?\s+){0,4}[A-Z][\w’'\-]+)"
                             r"(?:\s*,\s*[^\n\"“”~]{2,80}?)?\s*\.?\s*")


def _dash_signature(q: _Q, masked: str, nxt: tuple[int, int], mem: _Memory) -> None:
    m = _DASH_SIGNATURE.fullmatch(masked, nxt[0], nxt[1])
    if m:
        _set_from_np(q, m.group("subj"), m.start("subj"), "", mem)


# an all-caps label opening a line before a colon: 'CLAIM: “Q”', 'THE FACTS: “Q”' (a fact check's layout)
_CAPS_LABEL = re.compile(r"[^\S\n]*(?P<label>[A-Z]{2,}(?:[^\S\n]+[A-Z]{2,}){0,3})[^\S\n]*:[^\S\n]*")


def _line_signature(q: _Q, masked: str, mem: _Memory) -> None:
    """A quote opening its line (or after an all-caps label) with a dash and a name after its closing
    mark on the same line: '“Q.” — Sen. Ada Roth, at a rally in Dray' credits Ada Roth; an all-caps
    label is no speaker ('CLAIM: “Q”' is a heading, unless the document writes the label as a name:
    'ROTH: “Q”' after 'Ada Roth')."""
    lead = masked[q.para_lo:q.open_at]
    label = _CAPS_LABEL.fullmatch(lead) if lead.strip() else None
    if lead.strip() and not label:
        return
    if label and any(w.title() not in mem._by_token for w in label.group("label").split()):
        if q.speaker is not None and q.mention and q.mention[0] >= q.para_lo + label.start("label") \
                and q.mention[1] <= q.para_lo + label.end("label"):
            q.speaker = q.mention = q.cue = None  # the label, not a speaker
    elif q.speaker is not None:
        return
    m = _DASH_SIGNATURE.fullmatch(masked, q.close_at, q.para_hi)
    if m:
        _set_from_np(q, m.group("subj"), m.start("subj"), "", mem)


# an embedded tweet's closing line: '… text … — Jane Roe (@janeroe) September 1, 2016'
_TWEET_SIG = re.compile(
    rf"[—–-]+\s*(?P<subj>{_NAME_TOK}(?:[^\S\n]+{_NAME_TOK}){{0,4}})\s*\(@\w{{1,30}}\)"
    r"(?:\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})?\s*$")
_FIRST_PERSON_MENTION = frozenset("i we me us my our".split())


def _tweet_signature(q: _Q, masked: str, paras: list[tuple[int, int]], mem: _Memory) -> None:
    """A quote in the text of an embedded tweet, the paragraph (or the one before a signature-only
    line) closing with '— Name (@handle) Date': the tweet's author speaks it, unless a cue inside the
    tweet gave it another speaker (a first-person 'I said “…”' is the author too)."""
    if "(@" not in masked[q.para_lo:q.para_hi] and not (
            q.para + 1 < len(paras) and "(@" in masked[paras[q.para + 1][0]:paras[q.para + 1][1]]):
        return
    m = _TWEET_SIG.search(masked, q.close_at, q.para_hi)
    if m is None and q.para + 1 < len(paras):
        lo, hi = paras[q.para + 1]
        m = _TWEET_SIG.match(masked, lo, hi)
        if m and masked[lo:m.start()].strip():
            m = None
    if m is None:
        return
    said = masked[q.mention[0]:q.mention[1]] if q.speaker is not None and q.mention else ""
    label = (q.cue == ":" and " " not in said and not masked[q.para_lo:q.mention[0]].strip()
             and " " not in mem.expand(said, q.mention[0]))  # 'Watch: "Q" …', not 'Sample: "Q"' after 'Bob Sample'
    if said and said.lower() not in _FIRST_PERSON_MENTION and not label:
        return
    lead = masked[q.sent_start:q.open_at]
    if q.speaker is None and _CUE.search(lead) and lead.split()[0].lower() not in _FIRST_PERSON_MENTION:
        return  # 'Crowds in Ohio chanting "Sample 2016." Thank you!': a cue inside names someone else
    q.speaker = None
    _set_from_np(q, m.group("subj"), m.start("subj"), "tweeted", mem)


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


def _asked_intro(q: _Q, masked: str, prev: tuple[int, int], ends: list[int], mem: _Memory) -> None:
    """A quote-only paragraph after a quote-free paragraph whose last sentence puts a question to a named
    person: the one asked answers ('Example then turned to Jane Roe and asked what she thought. ¶ “Q.”')."""
    intro = masked[prev[0]:prev[1]].rstrip()
    if not intro.endswith((".", "?")) or "~" in intro or "ask" not in intro or q.tail == "?":
        return  # a question itself is the asker's follow-up ('Justice Ana Roth asked Ortiz if … ¶ "Isn't that …?"')
    ss = _sentence_start(ends, prev[0], prev[0] + len(intro) - 2)
    m = _ASKED_NAME.search(masked, ss, prev[0] + len(intro))
    if m:
        g = "to" if m.group("to") else "obj"
        _set_from_np(q, m.group(g), m.start(g), "asked", mem)


def _sentence_start(ends: list[int], lo: int, pos: int) -> int:
    """Start of the sentence holding pos: after the last sentence end, within the paragraph and 600 chars."""
    k = bisect_right(ends, pos) - 1
    return max(lo, pos - 600, ends[k] if k >= 0 else 0)
