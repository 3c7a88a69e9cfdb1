"""Compositional robustness of quote extraction on made-up sentences built from parts.

Real corpora test the constructions their articles happen to use; these grids test each
construction with every combination of its parts, so a rule that works for 'Ada Roth said' but
not for 'But the council said' shows up as a failing cell. All names and sentences are invented.

- attribution: subject form x leading phrase x reporting verb x construction ('S said, "Q"',
  '"Q," S said', 'S called the plan "Q"', 'S told the Herald: "Q"', news reporting phrases such as
  'S would later say that', 'S was quoted as saying', 'A statement from S said:', 'S's office said
  in a statement:', '"Q," S, 54, said', …). Right when the quote is extracted and its speaker
  mention covers the subject as written (and, for a full name, resolves to it).
- resolution: short made-up articles (two people, a pronoun, a role, an organisation's 'it',
  Mr/Mrs before a surname, …). Right when the last quote's resolved speaker is the expected name.
- statements: partial quotes governed by a cue, quotes over paragraphs, apostrophes, unbalanced
  marks, and non-statements (scare quotes, titles, nicknames) that must not be extracted.

Usage: python benchmarks/robustness_grid.py [--grid attribution resolution statements] [--examples N]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from quotestance.quotes import extract

GRIDS = ("attribution", "resolution", "statements")


@dataclass(frozen=True)
class Case:
    """One made-up text and what the extractor must return for it."""

    grid: str
    construction: str
    text: str
    quote: str | None = None  # attribution: the quote's first words
    mention: tuple[int, int] | None = None  # attribution: span of the subject in text
    speakers: tuple[str, ...] = ()  # accepted resolved speakers (any case); empty: not checked
    statements: tuple[tuple[str, str], ...] | None = None  # statements grid: (first words, speaker)


# --- attribution -------------------------------------------------------------------------------
_INTRO = "Ada Roth, the harbour council's chair, arrived in Norland on Monday. "
_SUBJECTS = (("Ada Roth", "Ada Roth"), ("Roth", "Ada Roth"), ("she", "Ada Roth"), ("the chair", None),
             ("Foreign Minister Ben Ortiz", "Ben Ortiz"), ("Ben Ortiz, the foreign minister,", "Ben Ortiz"),
             ("the secretary of state", None), ("a council spokesman", None), ("the ministry", None),
             ("another official", None), ("officials", None), ("the Norland army", None), ("the council", None),
             ("the harbour board", None), ("two senators", None), ("the mayor's office", None), ("her lawyer", None),
             ("Norland's foreign ministry", None), ("the Kremlin", None), ("Prime Minister Tomas Reyna's spokesman", None))
_PREFIXES = ("", "At the rally, ", "On Tuesday, ", "At the rally, where ", "In a statement, ", "But ", "Yet ",
             "Speaking to reporters, ", "Later, ", "However, ", "And ", "So ", "On Monday night, ",
             "A day later, ", "Still, ")
_VERBS = ("said", "added", "warned", "insisted", "noted")
_Q = "The port will stay open for every ship"
# constructions that take any of the verbs; the others are built with 'said' (or their own verb) only
_ANY_VERB = ("lead_comma", "lead_colon", "lead_that", "partial")
# leading phrases that already give a time or a channel, and those that give neither
_TIMED = ("On Tuesday, ", "Later, ", "On Monday night, ", "A day later, ")
_CHANNEL = ("In a statement, ", "Speaking to reporters, ")
_PLAIN = ("", "But ", "Yet ", "However, ", "And ", "So ", "Still, ")
_NAMED = ("Ada Roth", "Roth", "Foreign Minister Ben Ortiz")  # names that take an age or an appositive
_PERSONS = _NAMED + ("she", "the chair", "the secretary of state")  # one person who may have an office
_UNNAMED = ("a council spokesman", "another official", "officials", "two senators")  # who may stay anonymous
_HUMAN = _PERSONS + _UNNAMED + ("her lawyer", "Prime Minister Tomas Reyna's spokesman")  # people, not bodies


def _attribution_texts(subj: str, verb: str, prefix: str) -> dict[str, str | tuple[str, str]]:
    """construction -> text, or (text, the subject as written) when that is not subj ('her office')."""
    s = subj if prefix else subj[0].upper() + subj[1:]
    if subj.endswith(","):  # an appositive subject already ends in a comma
        who = f"{s} who arrived on Monday, said"
    else:
        who = f"{s}, who arrived on Monday, said"
    texts = {
        "lead_comma": f'{prefix}{s} {verb}, "{_Q}."',
        "lead_colon": f'{prefix}{s} {verb}: "{_Q}."',
        "lead_that": f'{prefix}{s} {verb} that "{_Q.lower()}."',
        "partial": f'{prefix}{s} {verb} the plan was "a serious mistake" and would fail.',
        "told": f'{prefix}{s} told reporters that the plan was "a serious mistake."',
        "called": f'{prefix}{s} called the plan "a serious mistake."',
        "described": f'{prefix}{s} described the plan as "a serious mistake."',
        "statement": f'{prefix}{s} said in a statement: "{_Q}."',
        "told_colon": f'{prefix}{s} told the Norland Herald: "{_Q}."',
        "according": f'{prefix}the plan was "a serious mistake," according to {subj}.',
    }
    if prefix not in _CHANNEL:  # the sentence names its own channel
        texts |= {
            "said_in_interview": f'{prefix}{s} said in an interview: "{_Q}."',
            "adding_colon": f'{prefix}{s} said the port was safe, adding: "{_Q}."',
            "quoted_as_saying": f'{prefix}{s} was quoted as saying "{_Q.lower()}."',
            "posted": f'{prefix}{s} posted on social media: "{_Q}."',
            "wrote_on": f'{prefix}{s} wrote on Facebook that the plan was "a serious mistake."',
            "responded": f'{prefix}{s} responded: "{_Q}."',
            "told_outlet_that": f'{prefix}{s} told the Norland Herald that the plan was "a serious mistake."',
            "news_conference": f'{prefix}{s} told a news conference in Harbourtown: "{_Q}."',
            "said_of": f'{prefix}{s} said of the plan: "{_Q}."',
            "said_on_twitter": f'{prefix}{s} said on Twitter: "{_Q}."',
            "broadcast_remarks": f'{prefix}{s} said in remarks broadcast on state television: "{_Q}."',
        }
        if subj in _HUMAN and subj != "she":
            texts["speaking_appositive"] = f'{prefix}{s}, speaking in Harbourtown, said: "{_Q}."'
            if subj in _UNNAMED:
                texts["anonymity"] = f'{prefix}{s}, speaking on condition of anonymity, said: "{_Q}."'
        if subj != "she" and not subj.endswith(",") and prefix in _PLAIN + _TIMED:
            doc = f"a statement from {subj}"
            texts["statement_from"] = f'{prefix}{doc if prefix else _cap(doc)} said: "{_Q}."'
        if subj in _PERSONS:  # the office speaks: the mention is the office phrase
            office = "her office" if subj == "she" else f"{subj}'s office"
            o = office if prefix else _cap(office)
            texts["office_statement"] = (f'{prefix}{o} said in a statement: "{_Q}."', office)
    if prefix in _PLAIN:  # the cue carries its own time or tense
        texts |= {
            "said_on_day_that": f'{prefix}{s} said on Monday that "{_Q.lower()}."',
            "later_colon": f'{prefix}{s} later said: "{_Q}."',
            "has_said_that": f'{prefix}{s} has said that "{_Q.lower()}."',
            "would_later_say": f'{prefix}{s} would later say that "{_Q.lower()}."',
            "had_warned": f'{prefix}{s} had warned that "{_Q.lower()}."',
        }
    if subj in _NAMED:
        texts["age_colon"] = f'{prefix}{s}, 54, said: "{_Q}."'
    if subj != "she":
        texts["who"] = f'{prefix}{who}: "{_Q}."'
    if not prefix:
        texts |= {
            "interview_with": f'In an interview with the Norland Herald, {subj} said: "{_Q}."',
            "asked_about": f'Asked about the port, {subj} said: "{_Q}."',
            "as_put_it": f'As {subj} put it, "{_Q}."',
            "trail_adding": f'"{_Q}," {subj} said, adding that the port was safe.',
            "trail_later": f'"{_Q}," {subj} later said.',
            "trail_would_later": f'"{_Q}," {subj} would later say.',
            "trail_had_warned": f'"{_Q}," {subj} had warned.',
            "trail_interview": f'"{_Q}," {subj} told the Norland Herald in an interview.',
            "trail_statement_day": f'"{_Q}," {subj} said in a statement on Monday.',
            "trail_referring": f'"{_Q}," {subj} said, referring to the port.',
            "trail_news_conference": f'"{_Q}," {subj} told a news conference.',
        }
        if subj != "she" and not subj.endswith(","):
            texts["trail_statement_from"] = f'"{_Q}," a statement from {subj} said.'
        if subj in _PERSONS:
            texts["trail_televised"] = f'"{_Q}," {subj} said in a televised address.'
        if subj in _NAMED:
            texts["trail_appositive"] = f'"{_Q}," {subj}, a former diplomat, said.'
            texts["trail_age"] = f'"{_Q}," {subj}, 54, said.'
            texts["trail_inverted_appositive"] = f'"{_Q}," said {subj}, a former diplomat.'
        texts["trail"] = f'"{_Q}," {subj} {verb}.'
        texts["split"] = f'"{_Q}," {subj} {verb}. "We will not close it."'
        if subj != "she":
            texts["trail_inverted"] = f'"{_Q}," {verb} {subj}.'
    return texts


def _attribution_cases() -> Iterator[Case]:
    for (subj, full), verb, prefix in itertools.product(_SUBJECTS, _VERBS, _PREFIXES):
        for construction, sentence in _attribution_texts(subj, verb, prefix).items():
            if verb != "said" and construction not in _ANY_VERB + ("trail", "split", "trail_inverted"):
                continue
            sentence, written = sentence if isinstance(sentence, tuple) else (sentence, subj.rstrip(","))
            own = written == subj.rstrip(",")  # the subject itself is the mention; a full name must resolve
            text = _INTRO + sentence
            at = text.lower().find(written.lower(), len(_INTRO))
            yield Case("attribution", construction, text, quote=sentence.split('"')[1][:12],
                       mention=(at, at + len(written)), speakers=(full,) if full and own else ())


# --- resolution --------------------------------------------------------------------------------
_PAIRS = (("Ada Roth", "Ben Ortiz"), ("Mary Kellan", "John Darrow"), ("Keiko Amari", "Tomas Reyna"),
          ("Ngozi Adebayo", "Vikram Sethi"), ("Helga Brandt", "Olu Mensah"))
_ORGS = (("the Norland army", "Norland army", "army"), ("the harbour council", "harbour council", "council"),
         ("the Ministry of Ports", "Ministry of Ports", "ministry"), ("Corvane Shipping", "Corvane Shipping", "company"))
_Q1, _Q2 = '"We will keep the port open,"', '"The talks must go on,"'


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _resolution_scenarios(f: str, m: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """construction -> (text, accepted speakers) for a woman f and a man m (full names)."""
    fs, ms, ff, mf = f.split()[-1], m.split()[-1], f.split()[0], m.split()[0]
    return {
        "she_after_two": (f"{f} met {m} in Norland on Monday. {_Q2} she said.", (f,)),
        "he_after_two": (f"{f} met {m} in Norland on Monday. {_Q2} he said.", (m,)),
        "turn_he": (f"{_Q1} {f} said. {m} disagreed. {_Q2} he said.", (m,)),
        "turn_she": (f"{_Q1} {m} said. {f} disagreed. {_Q2} she said.", (f,)),
        "nearest_subject": (f"{_Q1} said {m}. Later, {fs}'s rival, Carl Voss, spoke. {_Q2} he said.", ("Carl Voss",)),
        "nearest_subject_she": (f"{_Q1} said {f}. On Monday, {ms}'s deputy, Lena Voss, spoke. {_Q2} she said.",
                                ("Lena Voss",)),
        "she_after_list": (f"{_Q1} said {f}. Carl Voss, Ben Hale and Tim Ross arrived. {_Q2} she said.", (f,)),
        "surname": (f"{f} arrived on Monday. {m} stayed home. {_Q2} {fs} said.", (f,)),
        "title_surname": (f"{f} arrived on Monday. {_Q2} Mrs {fs} said.", (f,)),
        "mr_surname_later": (f"{_Q1} said {f}. {m} disagreed. {_Q2} said Mr {ms}.", (m,)),
        "surname_then_he": (f"{m} met {f}. {_Q1} {ms} said. {_Q2} he added.", (m,)),
        "dr_full": (f"{_Q2} said Dr. {m}, a surgeon.", (m,)),
        "minister_role": (f"Foreign Minister {f} arrived on Monday. {_Q2} the minister said.", (f,)),
        "former_role": (f"Former foreign minister {f} arrived on Monday. {_Q2} the former minister said.", (f,)),
        "appositive_role": (f"{m}, a spokesman for the council, spoke on Monday. {_Q2} the spokesman added.", (m,)),
        "possessive_appositive": (f"{fs}'s spokesman, {m}, said: {_Q2[:-2]}.\"", (m,)),
        "spokeswoman_added": (f"{_Q1} said {f}, a spokeswoman for Corvane Shipping. {m} was not there. {_Q2} she added.",
                              (f,)),
        "he_past_spokeswoman": (f"{m} met officials. {_Q1} said {f}, a spokeswoman for the council. {_Q2} he said.",
                                (m,)),
        "she_after_org_hired": (f"Corvane Shipping hired {f} in May. {_Q2} she said.", (f,)),
        "floating": (f"{f} arrived on Monday. {_Q1} {fs} said.\n\n\"{_Q2[1:-2]}.\"", (f,)),
        "floating_after_turn": (f"{_Q1} {f} said. {m} replied: \"No.\"\n\n\"{_Q2[1:-2]}.\"", (m,)),
        "he_object_between": (f"{m} praised {f} on Monday. The two met for an hour. {_Q2} he said.", (m,)),
        "she_subject_far": (f"{f} spoke first. The meeting lasted an hour. Reporters waited outside. {_Q2} she said.",
                            (f,)),
        "mr_of_couple": (f"{m} and his wife, {ff} {ms}, arrived on Monday. {_Q2} Mr {ms} said.", (m,)),
        "mrs_of_couple": (f"{m} and his wife, {ff} {ms}, arrived on Monday. {_Q2} Mrs {ms} said.", (f"{ff} {ms}",)),
        "mr_of_couple_reverse": (f"{f} and her husband, {mf} {fs}, arrived on Monday. {_Q2} Mr {fs} said.",
                                 (f"{mf} {fs}",)),
        "ms_after_husband": (f"{f} arrived first. Her husband, {mf} {fs}, followed. {_Q2} Ms {fs} said.", (f,)),
        "they_officials": (f"Officials in Norland said on Monday the port was safe. {f} disagreed. {_Q2} they said.",
                           ("Officials in Norland", "officials")),
        "they_residents": (f"Residents from Norland said the port was unsafe. {m} disagreed. {_Q2} they said.",
                           ("Residents from Norland", "residents")),
        "company_described": (f"Corvane Shipping, a Norland shipping company, hired {f} in May. {_Q2} the company said.",
                              ("Corvane Shipping",)),
        "firm_it": (f"Corvane, a shipping firm, said on Monday it would hire {m}. {_Q2} it said.", ("Corvane",)),
        "agency_acronym": (f"The Harbour Workforce Agency (HWA) opened an office. {m} visited it. {_Q2} the HWA said.",
                           ("Harbour Workforce Agency",)),
        "it_after_person_reporter": (f"The Harbour Trust met on Monday. {m} said it would act. {_Q2} it said.",
                                     ("Harbour Trust",)),
        # titles and ranks before a name, then the surname, a role or the first name ('Sir Ben')
        "gen_surname": (f"Gen. {m} visited the port on Monday. {_Q2} {ms} said.", (m,)),
        "gen_trail": (f"{_Q2} said Gen. {m}, the army chief.", (m,)),
        "lt_col_surname": (f"Lt. Col. {f} spoke to reporters on Monday. {_Q2} {fs} said.", (f,)),
        "sen_role": (f"Sen. {f} arrived on Monday. {_Q2} the senator said.", (f,)),
        "gen_role": (f"Gen. {m} arrived on Monday. {_Q2} the general said.", (m,)),
        "sheikh_surname": (f"Sheikh {m} met reporters in Norland. {_Q2} {ms} said.", (m,)),
        "sir_first_name": (f"Sir {m} opened the port on Monday. {_Q2} Sir {mf} said.", (m,)),
        "dame_first_name": (f"Dame {f} opened the port on Monday. {_Q2} Dame {ff} said.", (f,)),
        "dame_she": (f"Dame {f} opened the port on Monday. {_Q2} she said.", (f,)),
        "president_of_place": (f"President {m} of Norland arrived on Monday. {_Q2} the president said.", (m,)),
        "place_leader": (f"Norland President {m} met {f} on Monday. {_Q2} the Norland leader said.", (m,)),
        "former_minister_appositive": (f"{m}, a former foreign minister, arrived on Monday. {_Q2} the former minister "
                                       f"said.", (m,)),
        # particles, hyphens, initials and suffixes in names
        "particle_van_der": (f"{ff} van der {fs} arrived on Monday. {_Q2} Van der {fs} said.", (f"{ff} van der {fs}",)),
        "particle_bin": (f"{mf} bin {ms} arrived on Monday. {_Q2} {ms} said.", (f"{mf} bin {ms}",)),
        "particle_al": (f"{mf} al-{ms} arrived on Monday. {_Q2} {ms} said.", (f"{mf} al-{ms}",)),
        "hyphenated_surname": (f"{ff} {fs}-Voss arrived on Monday. {_Q2} {fs}-Voss said.", (f"{ff} {fs}-Voss",)),
        "middle_initial": (f"{ff} K. {fs} arrived on Monday. {_Q2} {fs} said.", (f"{ff} K. {fs}",)),
        "two_initials": (f"J. K. {fs} arrived on Monday. {_Q2} {fs} said.", (f"J. K. {fs}",)),
        "suffix_jr": (f"{m} Jr. arrived on Monday. {_Q2} {ms} said.", (f"{m} Jr.", f"{m} Jr", m)),
        # descriptions: an age, a nationality
        "age_described": (f"{f}, 54, arrived on Monday. {_Q2} the 54-year-old said.", (f,)),
        "age_with_role": (f"{m}, 61, a fisherman, arrived on Monday. {_Q2} the 61-year-old added.", (m,)),
        "nationality_described": (f"{m}, a Norwegian diplomat, arrived on Monday. {_Q2} the Norwegian said.", (m,)),
        # one surname, two people: the title tells them apart
        "shared_surname_role": (f"General {mf} {fs} and his sister, Senator {ff} {fs}, spoke on Monday. {_Q2} the "
                                f"senator said.", (f"{ff} {fs}",)),
        "shared_surname_dr": (f"Dr. {ff} {fs} met her brother, {mf} {fs}, on Monday. {_Q2} Dr. {fs} said.",
                              (f"{ff} {fs}",)),
        "shared_surname_gen": (f"Gen. {mf} {fs} met his sister, {ff} {fs}, on Monday. {_Q2} Gen. {fs} said.",
                               (f"{mf} {fs}",)),
        # someone speaking for a person: the spokesman or the office, not the person
        "spokesman_for_person": (f"{f} arrived on Monday. {_Q2} a spokesman for {f} said.", (f"spokesman for {f}",)),
        "spokesman_for_surname": (f"{f} arrived on Monday. {_Q2} a spokesman for {fs} said.",
                                  (f"spokesman for {f}", f"spokesman for {fs}")),
        "surname_office": (f"{f} arrived on Monday. {_Q2} {fs}'s office said.",
                           (f"{f}'s office", f"{fs}'s office", f"{f} office", f"{fs} office")),
        "full_name_office": (f"{m} arrived on Monday. {_Q2} {m}'s office said.", (f"{m}'s office", f"{m} office")),
    }


def _organisation_scenarios(org: str, canon: str, head: str, f: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """construction -> (text, accepted speakers) for an organisation org (canonical name canon, head noun head)."""
    return {
        "org_it": (f"{_cap(org)} said on Monday it would act. {_Q2} it said.", (canon,)),
        "org_it_after_person": (f"{f} met officials. {_cap(org)} said it would act. {_Q2} it said in a statement.",
                                (canon,)),
        "org_named_again": (f"{_cap(org)} met {f} on Monday. {_Q2} {org} said.", (canon,)),
        "org_head_noun": (f"{_cap(org)} said on Monday it would act. {f} disagreed. {_Q2} the {head} said.", (canon,)),
        "org_spokesman_for": (f"{_cap(org)} met {f} on Monday. {_Q2} a spokesman for {org} said.",
                              (f"spokesman for {org}", f"spokesman for {canon}", f"{canon} spokesman")),
    }


def _resolution_cases() -> Iterator[Case]:
    for f, m in _PAIRS:
        for construction, (text, speakers) in _resolution_scenarios(f, m).items():
            yield Case("resolution", construction, text, speakers=speakers)
        for org, canon, head in _ORGS:
            for construction, (text, speakers) in _organisation_scenarios(org, canon, head, f).items():
                yield Case("resolution", construction, text, speakers=speakers)


# --- statements --------------------------------------------------------------------------------
_PEOPLE = (("Ada Roth", "she"), ("Ben Ortiz", "he"), ("Keiko Amari", "she"), ("Vikram Sethi", "he"))
_MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _statement_texts(p: str, pron: str, o: str, c: str) -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    s, intro = p.split()[-1], f"{p} arrived in Norland on Monday."
    poss = "her" if pron == "she" else "his"
    so, sc = ("'", "'") if o == '"' else ("\u2018", "\u2019")  # single marks of the same style
    return {
        "one_word_partial": (f"{intro} {s} described the talks as {o}worsening{c}.", (("worsening", p),)),
        "two_partials": (f"{intro} {s} called the shipments {o}extremely dangerous{c} and said they {o}do not help{c}.",
                         (("extremely dangerous", p), ("do not help", p))),
        "partial_warned_of": (f"{intro} {s} warned of {o}grave consequences{c} if the port closed.",
                              (("grave consequences", p),)),
        "partial_accused_of": (f"{intro} {s} accused the council of {o}reckless behaviour{c} on Monday.",
                               (("reckless behaviour", p),)),
        "partial_pronoun": (f"{intro} {_cap(pron)} said the plan was {o}dead on arrival{c}.", (("dead on arrival", p),)),
        "over_paragraphs": (f"{intro} {o}The port will stay open,{c} {s} said. {o}We will not close it.\n\n"
                            f"{o}Every ship may enter.{c}", (("The port", p), ("We will not", p), ("Every ship", p))),
        "floating_paragraph": (f"{intro} {o}The port will stay open,{c} {s} said.\n\n{o}Every ship may enter.{c}",
                               (("The port", p), ("Every ship", p))),
        "colon_blunt": (f"{intro} {s} was blunt: {o}The port stays open.{c}", (("The port", p),)),
        "said_in_statement": (f"{intro} {o}The port stays open,{c} {s} said in a statement on Tuesday.",
                              (("The port", p),)),
        "told_reporters_in": (f"{intro} {o}The port stays open,{c} {s} told reporters in Harbourtown.",
                              (("The port", p),)),
        "according_to": (f"{intro} The port is {o}open to all{c}, according to {s}.", (("open to all", p),)),
        "apostrophes": (f"{intro} {o}It\u2019s the council\u2019s port, and we\u2019re staying,{c} {s} said.",
                        (("It\u2019s the council", p),)),
        "unbalanced_open": (f"{intro} {o}The port stays open,{c} {s} said. Then {o}it ended.", (("The port", p),)),
        "scare_quote": (f"{intro} The so-called {o}peace zone{c} was quiet on Monday.", ()),
        "film_title": (f"{intro} {_cap(pron)} watched the film {o}Harbour Lights{c} on Monday.", ()),
        "book_title": (f"{intro} {s} wrote a book, {o}The Long Harbour{c}, in 2010.", ()),
        "nickname": (f"{intro} The ship, nicknamed {o}the Old Lady{c}, docked on Monday.", ()),
        "term_mentioned": (f"{intro} The word {o}harbour{c} comes from Old English.", ()),
        # partial quotes governed by a speech noun, a relative or 'what' clause, a passive or 'as'
        "noun_warning_of": (f"{intro} {s}'s warning of {o}grave consequences{c} went unheeded.",
                            (("grave consequences", p),)),
        "noun_call_for": (f"{intro} {_cap(poss)} call for {o}restraint{c} was welcomed in Harbourtown.",
                          (("restraint", p),)),
        "what_called": (f"{intro} The closure was what {s} called {o}a serious mistake{c}.",
                        (("a serious mistake", p),)),
        "who_called": (f"{intro} {s}, who called the plan {o}reckless{c}, left on Tuesday.", (("reckless", p),)),
        "in_what_described": (f"{intro} The council closed the port, in what {s} described as {o}a betrayal{c}.",
                              (("a betrayal", p),)),
        "passive_by_as": (f"{intro} The plan was described by {s} as {o}reckless{c}.", (("reckless", p),)),
        "noun_description_as": (f"{intro} {s}'s description of the plan as {o}reckless{c} angered the council.",
                                (("reckless", p),)),
        "noun_by_agent": (f"{intro} A call by {s} for {o}maximum restraint{c} went unheeded.",
                          (("maximum restraint", p),)),
        "single_marks_only": (f"{intro} {s} said the plan was {so}a serious mistake{sc}.", (("a serious mistake", p),)),
        "as_put_it": (f"{intro} The plan was, as {s} put it, {o}a serious mistake{c}.", (("a serious mistake", p),)),
        # marks: an ellipsis and a bracketed insertion, a nested quote, a stray space, a missing or
        # backwards mark
        "ellipsis_bracket": (f"{intro} {o}We [the council] will act \u2026 and we will act now,{c} {s} said.",
                             (("We [the council]", p),)),
        "nested_single": (f"{intro} {o}They told us {so}leave now,{sc}{c} {s} said.", (("They told us", p),)),
        "space_before_close": (f"{intro} {o}The port stays open, {c} {s} said.", (("The port", p),)),
        "unclosed_at_end": (f"{intro} {o}The port will stay open,{c} {s} said. {o}We will not close it.",
                            (("The port", p), ("We will not", p))),
        "backwards_marks": (f"{intro} {c}The port stays open,{o} {s} said.", (("The port", p),)),
        # not statements: a headline with no speaker, a slogan, names of operations, ships and laws,
        # a word discussed as a word, a report's title
        "headline_no_cue": (f"Port plan {o}a serious mistake{c}\n\n{intro} {s} met the council on Tuesday.", ()),
        "banner_slogan": (f"{intro} Protesters carried a banner reading {o}No to the port closure{c}.", ()),
        "operation_name": (f"{intro} The navy began Operation {o}Harbour Shield{c} on Monday.", ()),
        "ship_name": (f"{intro} {s} sailed on the tanker {o}Northern Star{c} from Harbourtown.", ()),
        "law_title": (f"{intro} {s} voted for the {o}Safe Ports Act{c} on Monday.", ()),
        "word_avoided": (f"{intro} {s} avoided the word {o}blockade{c} on Monday.", ()),
        "single_scare_quote": (f"{intro} The {so}peace zone{sc} was quiet on Monday.", ()),
        "programme_name": (f"{intro} The council began a programme called {o}Safe Harbour{c} on Monday.", ()),
        "report_titled": (f"{intro} The council published a report titled {o}Harbours at Risk{c} on Monday.", ()),
    }


def _statement_cases() -> Iterator[Case]:
    for (p, pron), (o, c) in itertools.product(_PEOPLE, _MARKS):
        for construction, (text, want) in _statement_texts(p, pron, o, c).items():
            yield Case("statements", construction, text, statements=want)


# --- judging -----------------------------------------------------------------------------------
def cases(grids: tuple[str, ...] = GRIDS) -> Iterator[Case]:
    makers = {"attribution": _attribution_cases, "resolution": _resolution_cases, "statements": _statement_cases}
    for grid in grids:
        yield from makers[grid]()


def _same(a: str | None, accepted: tuple[str, ...]) -> bool:
    return (a or "").lower() in {s.lower() for s in accepted}


def judge(case: Case, quotes: list) -> bool:
    """Whether the extractor's quotes for case.text are what the case expects."""
    if case.grid == "attribution":
        q = next((q for q in quotes if q.text.startswith(case.quote)), None)
        if q is None or q.speaker_start is None:
            return False
        lo, hi = case.mention
        return q.speaker_start < hi and q.speaker_end > lo and (not case.speakers or _same(q.speaker, case.speakers))
    if case.grid == "resolution":
        return bool(quotes) and _same(quotes[-1].speaker, case.speakers)
    want = case.statements or ()
    return len(quotes) == len(want) and all(
        q.text.startswith(first) and q.speaker == speaker for q, (first, speaker) in zip(quotes, want))


def run(grids: tuple[str, ...] = GRIDS) -> dict[tuple[str, str], list]:
    """(grid, construction) -> [failures, total, failing cases]."""
    out: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, []])
    for case in cases(grids):
        cell = out[(case.grid, case.construction)]
        cell[1] += 1
        if not judge(case, extract(case.text)):
            cell[0] += 1
            cell[2].append(case)
    return dict(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grid", nargs="+", choices=GRIDS, default=list(GRIDS))
    ap.add_argument("--examples", type=int, default=0, help="failing texts to print per construction")
    args = ap.parse_args(argv)
    results = run(tuple(args.grid))
    for grid in args.grid:
        cells = {k[1]: v for k, v in results.items() if k[0] == grid}
        fails, total = sum(v[0] for v in cells.values()), sum(v[1] for v in cells.values())
        print(f"{grid}: {total - fails}/{total} right ({fails} failures)")
        for construction, (n_fail, n, failing) in cells.items():
            if n_fail:
                print(f"  {construction:<26} fails {n_fail}/{n}")
                for case in failing[:args.examples]:
                    print(f"      {case.text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
