"""One small made-up example per 'must handle' case of the quote extractor."""

import pytest

from quotestance.corpus import clean
from quotestance.quotes import extract

# an internal error inside extract() is a RuntimeWarning (no quotes for that text): a failure here
pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")


def one(text):
    quotes = extract(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
    return quotes


def speakers_are(*cases):
    """Each (text, speakers) pair: the speakers extracted from text, in order."""
    for text, expected in cases:
        assert [q.speaker for q in one(text)] == expected, text


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
    # a furniture line in the middle of an article goes too, and only that line
    text = "“Hi,” Tom Baker said.\nSubscribe to the Herald’s politics podcast here.\nAdvertisement\nThe vote is on Monday."
    cleaned = clean(text)
    assert len(cleaned) == len(text) and "Subscribe" not in cleaned and "Advertisement" not in cleaned
    assert cleaned.startswith("“Hi,” Tom Baker said.\n") and cleaned.endswith("\nThe vote is on Monday.")


def test_markup_tags_blanked_and_attribute_values_are_not_quotes():
    text = ('<tweet id="90210" author="@mayor_vance" datetime="2016-03-01">Vote early!</tweet>\n'
            '“We are ready,” Mayor Rita Vance said, 3 < 4 > 2.')
    cleaned = clean(text)
    assert len(cleaned) == len(text) and "author" not in cleaned and "3 < 4 > 2" in cleaned
    assert [(q.text, q.speaker) for q in one(text)] == [("We are ready,", "Rita Vance")]


# --- regressions from the gold error lists (made-up sentences of the same shape) ---------------
def test_wire_style_single_quotes_and_apostrophes():
    text = ("Police held three men in the '90s raid. 'We don't expect more arrests,' said police chief "
            "Tom Reed. 'The city is calm.'")
    a, b = one(text)
    assert (a.text, a.speaker) == ("We don't expect more arrests,", "Tom Reed")
    assert (b.text, b.speaker) == ("The city is calm.", "Tom Reed")


def test_apostrophes_alone_are_not_quotes():
    assert one("The players' union said it's the '80s all over again for Jones' team.") == []


def test_plural_possessive_inside_single_quote():
    [q] = one("The farmers' group said: 'Prices for farmers' crops are too low.'")
    assert q.text == "Prices for farmers' crops are too low."


def test_single_marks_ignored_in_double_mark_documents():
    quotes = one("“We will win,” Ann Hale said. She called the rival plan ‘a joke’.")
    assert [q.text for q in quotes] == ["We will win,"]


def test_party_parenthetical_between_name_and_verb():
    [q] = one("“We will vote no,” Sen. Jane Doe (D-Ore.) said on Monday.")
    assert (q.speaker, q.speaker_mention) == ("Jane Doe", "Sen. Jane Doe")


def test_floating_quote_after_indirect_speech_sentence():
    text = "Mayor Tim Ross said on Monday the bridge was safe. “It has stood for a century.”"
    [q] = one(text)
    assert (q.speaker, q.speaker_mention) == ("Tim Ross", "Mayor Tim Ross")


def test_pronoun_prefers_the_last_reporting_subject_over_the_last_name():
    text = "Senator Dan Cole says it is time for Mr Hart to step aside. “He has lost the room,” he said."
    [q] = one(text)
    assert (q.speaker, q.speaker_mention) == ("Dan Cole", "he")


def test_role_noun_resolves_to_the_person_with_that_role():
    text = "Foreign Minister Ivan Petrov met the envoy on Friday. “Talks are over,” the minister said."
    [q] = one(text)
    assert (q.speaker, q.speaker_mention) == ("Ivan Petrov", "the minister")


def test_honorific_surname_ending_in_ing():
    text = "Bank chief Tom Fielding spoke. “Pay is fair,” Mr Fielding said."
    [q] = one(text)
    assert q.speaker == "Tom Fielding"


def test_hyphenated_title_is_stripped():
    [q] = one("Attorney-General Mark Dunn said the law was fair. “It protects everyone,” he said.")
    assert q.speaker == "Mark Dunn"


def test_person_after_organisation_name():
    text = "Perth Weather Bureau Ian Moss says rain is coming. “Expect storms,” Mr Moss said."
    [q] = one(text)
    assert q.speaker == "Ian Moss"


def test_capitalised_according_to_before_the_quote():
    [q] = one("According to the Interior Ministry, “the border is closed until further notice.”")
    assert (q.speaker, q.cue) == ("Interior Ministry", "according to")


def test_modal_between_subject_and_cue():
    [q] = one("A spokesman for Kim Ortiz could only quip: “The diary was full.”")
    assert q.speaker is not None and q.cue == "quip"


def test_one_mark_between_two_quoted_sentences_closes_and_reopens():
    text = 'Coach Lyn Ford was pleased. "We played well," she said. "The defence held. "Next week is harder."'
    quotes = one(text)
    assert [q.text for q in quotes] == ["We played well,", "The defence held.", "Next week is harder."]
    assert {q.speaker for q in quotes} == {"Lyn Ford"}


def test_partial_quote_ending_its_sentence_does_not_take_next_sentence_speaker():
    text = "Mayor Ann Pike called the plan “reckless.” Council member Rob Tate praised it as “overdue.”"
    quotes = one(text)
    assert [(q.text, q.speaker) for q in quotes] == [("reckless.", "Ann Pike"), ("overdue.", "Rob Tate")]


def test_quote_ending_its_sentence_after_said_comma_keeps_the_lead_speaker():
    text = "Mayor Rita Vance said, “The budget is balanced.” Her deputy then recalled the last crisis."
    [q] = one(text)
    assert q.speaker == "Rita Vance"


def test_partial_quote_then_noun_phrase_with_unlisted_verb_keeps_the_lead_speaker():
    text = "Governor Lena Ortiz says the party is “close to 40 seats,” the number needed for a majority."
    [q] = one(text)
    assert q.speaker == "Lena Ortiz"
    # a quote ending a leading subordinate clause is still followed by its main clause
    [q] = one("Governor Lena Ortiz spoke. While calling the plan “a step back,” she painted a grim picture.")
    assert q.speaker == "Lena Ortiz"


def test_participle_after_the_quote_belongs_to_the_main_clause():
    [q] = one("Senator Tom Brandt defended the “fair share plan,” saying the rich must pay more.")
    assert q.speaker == "Tom Brandt"


def test_participle_cue_after_an_object_takes_the_clause_subject():
    [q] = one("Mayor Rita Vance issued a statement describing the deal as “a win for everyone.”")
    assert q.speaker == "Rita Vance"
    [q] = one("Council members were split, with Omar Haddad calling it “a bad deal.”")
    assert q.speaker == "Omar Haddad"


def test_lower_case_role_before_a_name_after_the_quote():
    quotes = one("“The vote was rigged,” columnist Ada Brook wrote. “Nobody believes it.”")
    assert [q.speaker for q in quotes] == ["Ada Brook", "Ada Brook"]
    [q] = one("“Why now?” reporter Lu Chen asked him.")
    assert q.speaker == "Lu Chen"
    [q] = one("“We will keep going,” another volunteer said.")
    assert q.speaker_mention == "another volunteer"


def test_bare_party_tag_between_name_and_verb():
    [q] = one('"We are tying their hands," state Sen. Jay Holm (D) said on Monday.')
    assert q.speaker == "Jay Holm"


def test_intro_phrases_before_the_subject_are_skipped():
    [q] = one("At the school board meeting in Dover, New Hampshire Monday, the Ortiz supporter "
              "retorted: “Nobody asked the parents.”")
    assert q.speaker_mention.startswith("the Ortiz")  # not "New Hampshire Monday"
    [q] = one("Waving a small flag, Mayor Rita Vance told the crowd: “This town will rebuild.”")
    assert q.speaker == "Rita Vance"
    [q] = one("Hours later, Senator Tom Brandt struck back: “That is simply false.”")
    assert q.speaker == "Tom Brandt"
    [q] = one("DENVER (AFP) – Governor Lena Ortiz was defiant: “We will not cut the schools budget.”")
    assert q.speaker == "Lena Ortiz"


def test_trailing_cue_wins_over_the_fallback_and_covers_every_quote_of_the_sentence():
    text = ("Mayor Rita Vance spoke. Fundraising was “flat for a month or six weeks in a row” as donors "
            "waited for a “calmer season,” Vance said.")
    assert [q.speaker for q in one(text)] == ["Rita Vance", "Rita Vance"]
    text = "Property taxes rose “far too quickly” while wages stalled, said council member Omar Haddad."
    [q] = one(text)
    assert q.speaker == "Omar Haddad"
    [q] = one("The plan would “hurt small farms” and cost jobs, the groups say.")
    assert q.speaker_mention == "the groups"


def test_after_quote_phrasal_cues_and_noun_subjects_that_look_like_cues():
    [q] = one("“That is a fairy tale,” Bennett shot back with a laugh.")
    assert q.speaker == "Bennett"
    quotes = one("Governor Lena Ortiz spoke. “The talks will resume,” the release said. “Both sides agreed.”")
    assert [q.speaker_mention for q in quotes] == ["the release", "the release"]
    [q] = one("“We need him at home,” his wife, Ana Petrova, wrote in a letter.")
    assert (q.speaker, q.speaker_mention) == ("Ana Petrova", "Ana Petrova")  # the name in apposition


def test_passive_cue_takes_the_by_agent():
    [q] = one("The inquiry, often labeled as a “witch hunt” by Democrats, went on for two years.")
    assert q.speaker_mention == "Democrats"


def test_reporting_verb_in_a_clause_of_the_previous_quote_sentence_does_not_take_over():
    text = ("“The deal stands,” city spokesperson Ana Ruiz told the Herald on Monday, after Mayor "
            "Tom Brandt stated an interest in ending it. “The contracts are binding.”")
    quotes = one(text)
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_quote_ending_with_a_period_ends_its_sentence():
    text = ("Senator Jeb Morton called the plan “quite dangerous.” Governor Lena Ortiz, hoping to "
            "win the state, called it “a disgrace” and left.")
    quotes = one(text)
    assert [q.speaker for q in quotes] == ["Jeb Morton", "Lena Ortiz"]


def test_sentence_initial_quote_that_the_sentence_goes_on_after_takes_the_trailing_cue():
    text = ("Mayor Rita Vance spoke first. “We are not giving up” on the new library, council member "
            "Omar Haddad said.")
    quotes = one(text)
    assert [(q.text, q.speaker) for q in quotes] == [("We are not giving up", "Omar Haddad")]


def test_opening_adverb_or_preposition_is_not_a_subject():
    assert one("Amid what the papers called a “rough week” for the mayor, the council met.") == []


def test_sentence_after_a_quote_ending_in_a_period_is_not_its_attribution():
    text = ("“We will sue the state,” Mayor Rita Vance said. “The law is unfair.” She noted a planned "
            "rally in the capital.")
    quotes = one(text)
    assert [q.speaker for q in quotes] == ["Rita Vance", "Rita Vance"]
    assert quotes[1].speaker_mention == "Mayor Rita Vance"
    [q] = one("Mayor Rita Vance spoke. “The law is unfair.” Vance said.")  # a bare cue still counts
    assert q.speaker_mention == "Vance"


def test_was_asked_by_gives_the_asker():
    [q] = one("Senator Tom Brandt was asked by host Ada Brook, who supports him, “Why did you vote no?”")
    assert q.speaker == "Ada Brook"


def test_floating_quote_after_agreed_takes_that_subject():
    text = ("“The council failed,” Mayor Rita Vance said.\n"
            "Professor Ada Brook agreed. “The data are clear.”")
    quotes = one(text)
    assert [q.speaker for q in quotes] == ["Rita Vance", "Ada Brook"]
    text = "“The council failed,” Mayor Rita Vance said.\nSenator Tom Brandt touted his record. “We delivered.”"
    assert [q.speaker for q in one(text)] == ["Rita Vance", "Tom Brandt"]


def test_relative_pronoun_subject_is_the_mention_and_resolves_to_antecedent():
    text = ("“We will appeal,” said Carla Mendes, who added that the ruling was “deeply flawed.”")
    quotes = one(text)
    q = quotes[-1]
    assert q.text == "deeply flawed."
    assert (q.speaker, q.speaker_mention) == ("Carla Mendes", "who")


def test_intro_paragraph_ending_with_colon_gives_the_speaker():
    text = ('Governor Lena Ortiz spoke after the vote. "We won," she said.\n\n'
            "Senator Tom Brandt then listed his demands:\n\n"
            '"Count every ballot again."')
    q = one(text)[-1]
    assert q.speaker == "Tom Brandt" and q.speaker_mention.endswith("Tom Brandt")


def test_subject_after_leading_subordinate_clause():
    text = ("When Senator Paul Greer suggested a delay, Mayor Rita Vance fired back: "
            "“We cannot wait another year.”")
    [q] = one(text)
    assert q.speaker == "Rita Vance"


def test_trailing_cue_after_partial_quote_with_words_between():
    text = ("Mayor Rita Vance spoke on Friday. The new budget is “a promise kept,” and the city will "
            "hire more teachers next year, council member Omar Haddad said.")
    quotes = one(text)
    assert [(q.text, q.speaker) for q in quotes] == [("a promise kept,", "Omar Haddad")]


def test_titles_of_shows_books_and_memos_are_not_statements():
    text = ("“We are ahead in every poll,” Senator Ida Moss said on NBC’s “Sunday Roundtable.” "
            "Her aide had sent a memo titled “Where the Race Stands Today” and a post with the "
            "id “1448038800” to donors.")
    quotes = one(text)
    assert [(q.text, q.speaker) for q in quotes] == [("We are ahead in every poll,", "Ida Moss")]


def test_person_before_of_place_is_a_person_not_an_organisation():
    text = ("Senator Walter Brice of Vermont opposed the plan. Tom Hale of Mackay agreed.\n"
            "“It is a bad law,” Brice said. “We will fight it,” Hale said.")
    quotes = one(text)
    assert [q.speaker for q in quotes] == ["Walter Brice", "Tom Hale"]


def test_more_titles_are_stripped_from_names():
    text = ("“The road is closed,” said Insp Mary Holt. “Stay home,” said Eyewitness Dan Okafor. "
            "“We were lucky,” added Councillor Ruth Abara.")
    assert [q.speaker for q in one(text)] == ["Mary Holt", "Dan Okafor", "Ruth Abara"]


def test_possessive_full_name_registers_the_name_but_is_no_pronoun_antecedent():
    text = ("Nora Quist's group sued Halvorsen Systems' board on Monday.\n"
            "“We will win,” Quist said.\n"
            "Analyst Ben Ortiz met the board. Nina Falk's lawyers objected. “It is over,” he said.")
    quotes = one(text)
    assert [q.speaker for q in quotes] == ["Nora Quist", "Ben Ortiz"]


def test_place_name_modifying_a_role_noun_is_not_the_speaker():
    [q] = one("“We cannot confirm that,” said a Goshen police dispatcher.")
    assert q.speaker == "Goshen police dispatcher"


def test_a_country_is_never_he_or_she():
    text = ("Captain Leo Marsh led the side. On Sunday the team lost to South Africa. "
            "“We were beaten fairly,” he said.")
    [q] = one(text)
    assert (q.speaker, q.speaker_mention) == ("Leo Marsh", "he")


def test_partial_quote_subject_with_appositive():
    text = ("In a letter to the board, Dana Whitfield, head of the tenants' union, noted the "
            "“steady decline in repairs” since the sale.")
    [q] = one(text)
    assert (q.speaker, q.speaker_mention) == ("Dana Whitfield", "Dana Whitfield")


def test_partial_quote_common_noun_subject():
    text = ("The lawsuit, which was filed in county court on Monday, alleged that the landlord "
            "“ignored every warning” about the boiler.")
    [q] = one(text)
    assert q.speaker_mention == "The lawsuit"


def test_partial_quote_after_participle_takes_clause_subject():
    text = ("On Friday, after weeks of silence, Mayor Ruth Okafor endorsed the plan, saying it "
            "“puts families first.”")
    [q] = one(text)
    assert q.speaker == "Ruth Okafor"


def test_partial_quote_after_verb_outside_the_main_lexicon():
    text = ("Outside the stadium, some fans chanted “we want a refund” for an hour. "
            "The petition accuses the owners of “selling out the town.”")
    quotes = one(text)
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("we want a refund", "some fans"), ("selling out the town.", "The petition")]


def test_lowercase_led_subject_after_quote():
    text = ("“The early states matter most,” campaign manager Rob Tillery said. "
            "“We planned for that.”")
    quotes = one(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [
        ("Rob Tillery", "campaign manager Rob Tillery"), ("Rob Tillery", "campaign manager Rob Tillery")]


def test_common_noun_subject_after_quote():
    [q] = one("“We need every volunteer we can get,” the email said.")
    assert q.speaker_mention == "the email"


def test_words_between_quote_and_trailing_cue():
    text = ("“We are relieved” about the ruling, said Nora Quist, director of the tenants' association. "
            "The “Save Our Park” campaign ran a blog.")
    quotes = one(text)
    assert [(q.text, q.speaker) for q in quotes] == [("We are relieved", "Nora Quist")]


def test_lowercase_led_subject_after_cue_and_initials():
    text = ("“Thanks for coming out tonight,” said master of ceremonies Lena Okoro, a retired teacher. "
            "“These are hard days for the league,” former coach J. R. Palmer wrote in a column.")
    quotes = one(text)
    assert [q.speaker_mention for q in quotes] == ["master of ceremonies Lena Okoro",
                                                   "former coach J. R. Palmer"]


def test_common_noun_speakers_after_quote():
    text = ("“No more cuts!” some parents chanted outside the hall. "
            "“The harm was done on purpose,” federal prosecutors wrote.")
    quotes = one(text)
    assert [q.speaker_mention for q in quotes] == ["some parents", "federal prosecutors"]


def test_partial_quote_after_auxiliary_and_adverb():
    text = ("With her sister at her side, Mayor Mara Ilves has repeatedly told "
            "residents that “the pool will stay open.”")
    [q] = one(text)
    assert q.speaker == "Mara Ilves"


def test_auxiliary_before_cue_is_not_the_subject():
    text = ("The new levy, which Governor Lena Ortiz had called “a gift to landlords,” passed on Monday. "
            "Quist said she was sure the council will call it “a fair deal.”")
    quotes = one(text)
    assert [q.speaker_mention for q in quotes] == ["Governor Lena Ortiz", "Quist"]


def test_colon_or_speech_verb_and_comma_introduce_a_quote():
    text = ("The mayor sent a letter to the board on Monday. The letter continues: “We cannot wait another year.”\n"
            "When she returned to the podium she began by saying, “Thank you for your patience.”\n"
            "What the survey means for the spring vote - more from Dana Whitfield: “Turnout will decide it.”\n"
            "Said Omar Haddad, “The bridge stays open.”")
    quotes = one(text)
    assert [q.speaker_mention for q in quotes] == ["The letter", "she", "Dana Whitfield", "Omar Haddad"]


def test_nested_closing_single_mark_keeps_the_comma_before_it():
    text = "“You want me to say, ‘I love the plan,’” Jo Reyes, who chairs the board, said at the time."
    [q] = one(text)
    assert q.speaker_mention == "Jo Reyes"


def test_inverted_past_tense_verb_after_initial_quote():
    text = "“This is fantastic!” beamed Dana Whitfield of Salem, who came early. “Is that all?” reacted Omar Haddad."
    quotes = one(text)
    assert [q.speaker for q in quotes] == ["Dana Whitfield", "Omar Haddad"]


def test_short_first_person_partial_quote_is_speech():
    text = "Mayor Lena Ortiz thanked the crew for “keeping us safe.” It was “a long night.”"
    [q] = one(text)
    assert (q.text, q.speaker) == ("keeping us safe.", "Lena Ortiz")


def test_trailing_according_to_after_a_partial_quote():
    text = "The county is hiring “dozens of extra clerks” for the recount, according to election director Nora Quist."
    [q] = one(text)
    assert (q.speaker, q.cue) == ("Nora Quist", "according to")


def test_participle_after_comma_takes_pronoun_subject_not_a_thing():
    text = ("Mayor Ada Brook spoke first. Then she turned to the council, calling it “a rubber stamp.” "
            "The second incident came at noon, shouting “out now!”")
    [q] = one(text)
    assert (q.text, q.speaker_mention, q.speaker) == ("a rubber stamp.", "she", "Ada Brook")


def test_poll_share_subject():
    text = "About four in 10 said they were “angry” about it, and 21 percent said “not too likely.”"
    quotes = one(text)
    assert [q.speaker_mention for q in quotes] == ["About four in 10", "21 percent"]


def test_noun_cue_after_modifiers():
    text = ("Shortly after the hearing, the Vance campaign sent out a press release saying Ortiz owes "
            "“the county an explanation for voting against the levy.”")
    [q] = one(text)
    assert q.speaker_mention == "the Vance campaign"


def test_role_words_outside_title_list_are_stripped():
    text = ("Deputy Relief Coordinator Ursula Brandt spoke first. “The camps are full,” she said. "
            "MLA Sanjay Rao spoke next. “We need more trucks,” he said. "
            "Bank of Ruritania Governor Mark Calder agreed. “Prices will rise,” Calder said.")
    assert [q.speaker for q in one(text)] == ["Ursula Brandt", "Sanjay Rao", "Mark Calder"]


def test_capitalised_plural_after_the_is_not_a_pronoun_antecedent():
    text = ("Assembly President Jan Olsen wrote to the 190 Member States last week. "
            "“We must reach an agreement soon,” he wrote.")
    [q] = one(text)
    assert q.speaker == "Jan Olsen"


def test_surname_expands_after_weekday_and_conjoined_names():
    text = ("Deputy Treasurer William Baxley Wednesday defended the plan. "
            "“It is sound,” Baxley said. "
            "The county team of Monica Reyes and Jan-Erik Holm won easily. "
            "“We played well,” Holm said.")
    assert [q.speaker for q in one(text)] == ["William Baxley", "Jan-Erik Holm"]


def test_capitalised_role_phrase_resolves_to_appositive_name():
    text = ("The Green leader, Rosa Lindqvist, says the vote was close. "
            "“We will try again next year,” the Opposition leader said.")
    [q] = one(text)
    assert (q.speaker_mention, q.speaker) == ("the Opposition leader", "Rosa Lindqvist")


def test_name_after_the_is_not_a_he():
    text = ("Swimmer Tom Okafor won the relay and is looking forward to the Harbour Cup meeting in Perth. "
            "“Every race gets better,” he said.")
    [q] = one(text)
    assert q.speaker == "Tom Okafor"


def test_guessed_female_name_can_still_be_he():
    text = ("Rasa Okonkwo admitted planning the raid in a video released today. "
            "“We planned it for months,” he said.")
    [q] = one(text)
    assert q.speaker == "Rasa Okonkwo"


def test_adverb_between_subject_and_cue():
    [q] = one('American novelist Jo Reyes allegedly said: "Nobody reads the fine print."')
    assert (q.speaker_mention, q.speaker) == ("Jo Reyes", "Jo Reyes")


def test_name_in_apposition_before_cue():
    text = 'A district councillor at the Riverside centre, Dorothy Lam, said: "I have always worked with children."'
    [q] = one(text)
    assert q.speaker == "Dorothy Lam"


def test_leading_prepositional_phrase_is_not_the_subject():
    text = ("In TV interviews and tweets, Ortiz has argued that the board ran a “rigged” process. "
            "Of Brandt, Levine, who has given money to Ortiz, said, “He is flat-out scary.”")
    assert [q.speaker_mention for q in one(text)] == ["Ortiz", "Levine"]


def test_led_by_opening_is_skipped():
    [q] = one('Led by Speaker Ada Brook, the rally denounced the plan as "a shutdown of the port."')
    assert q.speaker_mention == "the rally"


def test_question_auxiliary_and_plural_possessive_are_not_name_parts():
    text = ("Is Mitt Romney too rich? Romney told reporters, “I hope more people take vacations.” "
            "Militia leader Ismail Haddad spoke later. "
            "Hamas' Haddad sounded a similar tone, saying: “We are defending ourselves.”")
    assert [q.speaker for q in one(text)] == ["Mitt Romney", "Ismail Haddad"]


def test_surname_expands_to_most_recent_person():
    text = ("President George W. Harlan met the panel on Monday. Later, Governor Jeb Harlan spoke to "
            "lawmakers. “We will review every county,” Harlan said.")
    [q] = one(text)
    assert q.speaker == "Jeb Harlan"


def test_he_prefers_person_opening_the_previous_sentence():
    text = ("“The fire is contained,” Chief Officer John Winter said. "
            "Emergency Minister Ted Quinn has paid tribute to the volunteers. "
            "“They gave up their Christmas for us,” he said.")
    assert [q.speaker for q in one(text)] == ["John Winter", "Ted Quinn"]


def test_round_up_line_name_after_dash():
    text = ("Pollsters agree - Lena Okoro: “Keep contacting voters as late as possible.”\n"
            "Turnout was high all along - More from Brook and Haddad: “Our data confirm it.”")
    assert [q.speaker_mention for q in one(text)] == ["Lena Okoro", "Brook and Haddad"]


def test_floating_quote_mention_is_nearest_subject_mention():
    text = ("“We will win in November,” Ada Brook said.\n"
            "Brook is upbeat about the race, in part because turnout is rising.\n"
            "“Not only can we win, we are the favourites.”")
    first, second = one(text)
    assert (second.speaker, second.speaker_mention) == ("Ada Brook", "Brook")
    assert second.speaker_start == text.index("Brook is")


def test_person_after_organisation_possessive():
    text = ("The Community and Public Sector Union's Wendy Carr says the plan is risky. "
            "“It is quite alarming,” Ms Carr said. "
            "The SES' Laura Gooding said crews were busy. “We are stretched,” Ms Gooding said.")
    assert [q.speaker for q in one(text)] == ["Wendy Carr", "Laura Gooding"]


def test_lowercase_role_word_inside_opening_name_phrase():
    text = ('Chief Ruritanian negotiator Saeb Marek, speaking after the session, said the words amounted '
            'to a "declaration of war".')
    [q] = one(text)
    assert q.speaker == "Saeb Marek"


def test_reporting_subjects_after_auxiliary_and_in_apposition():
    text = ("Police are holding Mr Dario Hicks on a ship. Foreign Minister Alec Downing has also confirmed "
            "a second inquiry. “We always investigate,” he said. "
            "However the head of the regional command, General Tomas Frank, says it will take time. "
            "“We are making progress,” he said.")
    assert [q.speaker for q in one(text)] == ["Alec Downing", "Tomas Frank"]


def test_leading_place_is_not_part_of_a_name():
    text = ("The envoy to Pakistan Abdul Salam Zafar spoke on Monday. "
            "“The fighters will surrender to elders,” Zafar said.")
    [q] = one(text)
    assert q.speaker == "Abdul Salam Zafar"


def test_the_two_after_quote_and_no_subject_from_leading_clause():
    text = ("While Mayor Dana Holt said the file was closed, the senators disagreed. "
            "“You picked a new standard out of thin air,” the two write.")
    [q] = one(text)
    assert q.speaker_mention == "the two"


def test_titled_person_opening_sentence_is_a_he_candidate():
    text = ("“The fire is out,” Chief Officer John Winter said. "
            "Trade Minister Ruud Kestel has paid tribute to the crews. "
            "“They gave up their holidays for us,” he said.")
    assert [q.speaker for q in one(text)] == ["John Winter", "Ruud Kestel"]


def test_titles_after_a_list_or_comma_and_as_modifiers_are_not_statements():
    text = ("Greta Lind, who starred in “Harbour Lights” and “The Quiet Ferry,” posted the clip online. "
            "The band played hits including “Summer Rain” and “Blue Avenue.” "
            "Omar Haddad, a contestant on the quiz show, “Brain Race,” praised the host. "
            "The “Harbour Lights” star waved at the crowd.")
    assert one(text) == []


def test_document_before_a_participle_is_not_the_speaker():
    texts = ["The parish council released a statement Tuesday saying the plan “ignores the needs of local families.”",
             "Her office put out a statement saying the county “cannot afford another delay on the bridge.”",
             "In a statement released Friday, Sen. Mara Ilves reacted to the ruling, saying: “This is a sad day.”"]
    assert [[q.speaker_mention for q in one(t)] for t in texts] == [
        ["The parish council"], ["Her office"], ["Sen. Mara Ilves"]]


def test_single_marks_inside_two_apostrophe_quotes_are_nested():
    text = ("Ms. Lena Ortiz spoke on Monday. ''When the council says, 'We cannot do this,' I do not "
            "believe it,'' said Ms. Ortiz. ''Part of my job is to say: 'Build it now,''' she added.")
    assert one(text) == []
    assert [q.text for q in one("Ms. Ortiz spoke. 'We cannot do this,' said Ms. Ortiz.")] == ["We cannot do this,"]


def test_linked_headline_with_byline_is_not_a_statement():
    text = ("Notes from the city desk.\n\nFAREWELL—“The old mill on Pike Street will close in March,” by the "
            "Herald’s Jo Reyes: “The mill employed 40 people at its peak.”\n\n"
            "“The old mill will close,” by far the saddest news, said Omar Haddad.")
    assert [q.text for q in one(text)] == ["The mill employed 40 people at its peak.", "The old mill will close,"]


def test_more_leading_prepositions_are_not_subjects():
    texts = ["Across town, “knocking on every single door in the district” for the campaign, is Dana Whitfield.",
             "Within an hour of the storm, the council had opened its “emergency shelter for every family in need” downtown.",
             "Thanks to the new grant, the library can add a new title to its list: “reading garden.”"]
    assert [one(t) for t in texts] == [[], [], []]


def test_definite_role_noun_takes_its_earlier_indefinite_or_organisation_mention():
    text = ("The ferry sailed late, according to a harbour authority spokeswoman. "
            "“The crew had checked the engines twice,” the spokeswoman said. "
            "The Northern Guild of Pilots also commented. "
            "“We warned about the fog,” the guild said.")
    assert [q.speaker for q in one(text)] == ["harbour authority spokeswoman", "Northern Guild of Pilots"]


def test_wire_single_quote_over_paragraphs_without_reopening_mark():
    text = ("BOSTON -- The clinic's director, Ralph Dunmore, spoke on Friday.\n"
            "Dunmore said that while 'we cannot promise a date, the repairs are going well.\n"
            "The staff have worked every weekend.\n"
            "Patients will be told first,' Dunmore said.\n"
            "The clinic closed in May.")
    qs = one(text)
    assert [q.text for q in qs] == ["we cannot promise a date, the repairs are going well.",
                                    "The staff have worked every weekend.", "Patients will be told first,"]
    assert {q.speaker for q in qs} == {"Ralph Dunmore"}


def test_double_quote_broken_over_lines_closes_at_next_line_start():
    text = ("“We will keep the library open,” Mayor Ines Varga said. “The budget allows it.\n"
            "Nobody has to lose a job.\n"
            "” Council members will vote on the plan in March, and “nothing is final,” a clerk noted.")
    qs = one(text)
    assert [q.text for q in qs][:3] == ["We will keep the library open,", "The budget allows it.",
                                        "Nobody has to lose a job."]
    assert [q.speaker for q in qs][:3] == ["Ines Varga"] * 3
    assert not any(q.text.startswith("Council") for q in qs)


def test_acronym_in_parentheses_between_subject_and_cue():
    text = "“Prices will fall in spring,” the Bureau of Farm Statistics (BFS) said on Monday."
    [q] = one(text)
    assert q.speaker == "Bureau of Farm Statistics"


def test_three_word_name_after_organisation_and_title():
    text = ("Navy Chief Adm. Karim Abdul Nasri spoke at the harbour. "
            "“Both ships are safe,” said Nasri.")
    [q] = one(text)
    assert q.speaker == "Karim Abdul Nasri"


def test_nationality_word_after_a_first_name_is_a_middle_name():
    text = ("Judge Thomas French Walker opened the session. "
            "“The court will not be rushed,” Walker said.")
    [q] = one(text)
    assert q.speaker == "Thomas French Walker"


def test_title_cased_span_with_subtitle_is_a_title():
    text = ("Mara Quist, who chairs the trust, said the plan was sound. "
            "Quist's latest books are “Salt Roads: A History of the Northern Coast” "
            "and “Cold Harbour: Letters From the Fleet.”")
    assert one(text) == []


def test_title_after_heading_or_itself():
    text = ("The Valley Courier proclaimed itself “The Voice Of The Valley” on its front page. "
            "Under the heading “WHERE DID THE MONEY GO”, Mayor Ada Roth wrote about the council's costs.")
    assert one(text) == []


def test_title_of_organisation_next_to_a_name_gives_the_person():
    text = ("Mr Lim Boon Huat, Managing Director of FarmCo said the scheme “works well for everyone.” "
            "“It is a fair deal,” the Permanent Representative of Chile, Ambassador Rosa Vidal, told reporters.")
    assert [q.speaker for q in one(text)] == ["Lim Boon Huat", "Rosa Vidal"]


def test_lede_role_is_the_bare_name_that_follows():
    text = ("NEW DELHI: The talks will take “some weeks”, the trade minister said on Sunday.\n"
            "Officials met in the capital on Saturday. Gen Omar Khan said the border was calm.\n"
            "Kiran Rao said the delay was normal.\n"
            "“We are patient,” the minister said.")
    qs = one(text)
    assert [q.speaker for q in qs] == ["Kiran Rao", "Kiran Rao"]
    assert qs[1].speaker_mention == "the minister"


def test_relative_clause_ends_the_subject_after_the_cue():
    text = "“Two of the climbers were hurt,” said the ranger who declined to give her name."
    [q] = one(text)
    assert q.speaker_mention == "the ranger"


def test_he_she_skips_company_acronym_and_tion_names():
    text = ("Rhea Moss chairs the board. Northwind Air Lines said on Monday the fares would rise.\n"
            "“We had no choice,” she said.\n"
            "Paul Ortiz runs the fleet. The CRB said the review was over.\n"
            "“It is finished,” he said.\n"
            "Mark Lind leads the drive. Operation Clean Harbour said the beach was clear.\n"
            "“We are proud,” he said.")
    assert [q.speaker for q in one(text)] == ["Rhea Moss", "Paul Ortiz", "Mark Lind"]


def test_pronoun_subject_takes_previous_sentence_reporting_subject():
    text = ("Michael Dunn won the opening match on Friday. Visiting team captain Orel Vantu says he "
            "will not change the side. He says the players are fit. "
            "“Our doubles pair is the best in the world right now,” he said.")
    [q] = one(text)
    assert q.speaker == "Orel Vantu"


def test_name_does_not_run_over_a_line_break():
    text = ("The talks were chaired by Pia Lund\n"
            "Harbour officials met her on Monday.\n"
            "“We will decide soon,” she said.")
    [q] = one(text)
    assert q.speaker == "Pia Lund"


def test_titled_surname_after_participle_clause_is_a_pronoun_antecedent():
    text = ("Lena Hart, who runs the port, spoke on Friday. Governor Ruth Price said last week she had "
            "seen no plan.\n"
            "But speaking on the radio, Ms Hart rejected this.\n"
            "She said she was “keen to meet the governor soon.”")
    [q] = one(text)
    assert q.speaker == "Lena Hart"


def test_surname_without_al_prefix_expands():
    text = ("Foreign minister Karim Nadim al-Haddad met the envoy on Monday. "
            "“We want calm on the border,” Haddad said.")
    [q] = one(text)
    assert q.speaker == "Karim Nadim al-Haddad"


def test_floating_quote_takes_honorific_subject_of_the_sentence_before():
    text = ("“We will keep the plant open,” Mayor Tom Reyes said on Monday. Union chief Dana Holt "
            "met him later. Mr Holt, who has led the union for a decade, seemed wary of the plan. "
            "“Words are cheap until the contracts are signed.”")
    qs = one(text)
    assert [q.speaker for q in qs] == ["Tom Reyes", "Dana Holt"]


def test_floating_quote_takes_full_name_opening_the_sentence_before():
    text = ("“We will keep the plant open,” Mayor Tom Reyes said on Monday. "
            "Karen Holt, who has led the union for a decade, seemed wary of the plan. "
            "“Words are cheap until the contracts are signed.”")
    qs = one(text)
    assert [q.speaker for q in qs] == ["Tom Reyes", "Karen Holt"]


def test_pronoun_subject_takes_reporting_subject_ending_the_paragraph_before():
    text = ("Michael Dunn won the opening match on Friday.\n"
            "Visiting team captain Orel Vantu says he will not change the side.\n"
            "He says the players are fit.\n"
            "“Our doubles pair is the best in the world right now,” he said.")
    [q] = one(text)
    assert q.speaker == "Orel Vantu"


def test_short_scare_quote_after_so_called_is_not_a_statement():
    text = ("Mayor Lena Ortiz said the so-called “quiet zones” near the school would open in May. "
            "She called the plan “a promise kept.”")
    assert [q.text for q in one(text)] == ["a promise kept."]


def test_verb_outside_lexicon_with_object_and_as():
    text = ("Councillor Omar Haddad waved off the petition as “a cheap stunt” on Monday. "
            "Inspector Ruth Okafor listed the old pier as “beyond repair” in her report.")
    assert [(q.text, q.speaker) for q in one(text)] == [("a cheap stunt", "Omar Haddad"),
                                                        ("beyond repair", "Ruth Okafor")]


def test_term_after_definition_of_is_not_a_statement():
    text = ("Councillor Omar Haddad argued that the definition of “resident” in the bylaw was too narrow. "
            "He said the rule was “simply unfair.”")
    assert [q.text for q in one(text)] == ["simply unfair."]


def test_title_after_naming_verb_and_its_object():
    text = ("The Valley Courier dubbed its spring issue the “Harbour Renewal Number.” "
            "Mayor Ada Roth said the issue was “long overdue.”")
    assert [q.text for q in one(text)] == ["long overdue."]


def test_name_with_long_appositive_is_the_previous_sentence_subject():
    text = ("The meeting ran late.\n"
            "Rosa Vidal, the spokeswoman for the trust that runs the harbour, told reporters it was a short visit.\n"
            "“We did not plan it. It simply happened.”")
    [q] = one(text)
    assert q.speaker == "Rosa Vidal"


def test_title_after_editorial_and_a_bracketed_date():
    text = ("I write to say that in your editorial (March 3), “A Harbour Left Behind,” the paper ignored the ferry. "
            "Mayor Ada Roth said the pier was “safe for now.”")
    assert [q.text for q in one(text)] == ["safe for now."]


def test_unclosed_quote_goes_on_through_unmarked_speech_paragraphs():
    text = ("“Do not lose heart,” Mayor Ada Roth told the crowd. “Keep going.\n"
            "I know the winter has been long.\n"
            "The council meets again on Friday.")
    qs = one(text)
    assert [q.text for q in qs] == ["Do not lose heart,", "Keep going.", "I know the winter has been long."]
    assert {q.speaker for q in qs} == {"Ada Roth"}


def test_title_after_known_as():
    text = "Mayor Ada Roth signed the scheme, known locally as the “Harbour Pact,” and said it was “a fair deal for all.”"
    assert [q.text for q in one(text)] == ["a fair deal for all."]


def test_title_before_a_broadcast_verb():
    text = "Mayor Ada Roth said the town was proud. “Harbour Lights Revisited” airs on Sunday at 8pm."
    assert one(text) == []


def test_short_bracket_inside_a_role_before_the_name():
    text = "“The ferry will run again by May,” regional harbour master (north coast) Rosa Vidal said."
    [q] = one(text)
    assert q.speaker == "Rosa Vidal"


def test_attribution_broken_onto_the_next_line():
    text = ("The harbour reopened on Monday.\n"
            "“Risks remain for boats in the outer channel, ”\n"
            "Deputy Harbour Master Ann Wu said.\n"
            "Crews will check the buoys this week.")
    [q] = one(text)
    assert q.speaker == "Ann Wu"


def test_attribution_on_the_next_line_wins_over_the_previous_speaker():
    text = ("Counsel Ben Ortiz replied that no recount was needed.\n"
            "Judges asked whether a partial recount was possible.\n"
            "“If one county counts again, why would that not hold in the others?”\n"
            "Judge Mara Lind said.\n")
    [q] = one(text)
    assert (q.speaker, q.speaker_mention) == ("Mara Lind", "Judge Mara Lind")


def test_subject_after_a_relative_pronoun_in_the_second_chance():
    text = "The vote went to Dana Whitfield, whom Ortiz had waved off as “a lightweight,” by a wide margin."
    [q] = one(text)
    assert q.speaker_mention == "Ortiz"


def test_contracted_auxiliary_on_the_pronoun():
    text = ("Mayor Ada Roth toured the docks. “The ferry is safe,” she’s said. "
            "She’s predicting the harbour will do “very, very well” in the summer.")
    quotes = one(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Ada Roth", "she"), ("Ada Roth", "She")]


def test_subject_of_a_passive_cue_is_not_the_speaker():
    text = ("Mayor Ada Roth was asked, “Will the ferry run again in the spring?” "
            "The pier, rebuilt in May, has been called the “Jewel of the Coast” for years. "
            "Her memoir is described on its cover as a “brave and honest book about the sea.”")
    assert one(text) == []


def test_passive_with_a_by_agent_asks():
    [q] = one("Mayor Ada Roth was asked by host Ben Cole, “Will the ferry run again?”")
    assert q.speaker == "Ben Cole"


def test_fallback_skips_a_be_verb():
    text = "Mayor Ada Roth met the crews. She is best known for her role as the “voice of the harbour workers” in town."
    assert one(text) == []


def test_connective_led_follow_up_keeps_the_speaker():
    text = ("“The pier was never safe,” harbour master Rosa Vidal said. Instead, “we patched it every spring.”\n\n"
            "“Nobody listened,” Vidal said. But “the boats kept coming.”")
    assert [(q.text, q.speaker) for q in one(text)] == [
        ("The pier was never safe,", "Rosa Vidal"), ("we patched it every spring.", "Rosa Vidal"),
        ("Nobody listened,", "Rosa Vidal"), ("the boats kept coming.", "Rosa Vidal")]


def test_connective_before_a_scare_quote_or_after_another_sentence_is_no_follow_up():
    text = "“It was close,” Rosa Vidal said. Still, “harbour politics” decided the vote."
    assert [q.text for q in one(text)] == ["It was close,"]
    text = "“It was close,” Rosa Vidal said. Tom Hale disagreed with her. Then, “we patched it every spring.”"
    assert [q.text for q in one(text)] == ["It was close,"]


def test_colon_intro_with_an_as_clause_or_after_a_dash():
    text = ("Of course, as columnist Tom Hale observed, the real winner was the ferry itself:\n\n"
            "“The clear winner of the night was the ferry, which ran on time.”\n\n"
            "When the hosts gave in to the gossip—and how tempting that is!— Mayor Ada Roth called them on it:\n\n"
            "“These questions show why nobody trusts the panel.”")
    assert [q.speaker for q in one(text)] == ["Tom Hale", "Ada Roth"]


def test_quote_paragraph_after_a_statement_or_praise():
    text = ("The Harbour Party issued a statement apologizing to the fishermen.\n\n"
            "“On behalf of everyone in the party, we offer a sincere apology.”\n\n"
            "Rosa Vidal praised the crews for their work after the storm.\n\n"
            "“We need people who can cut through the noise and get things done.”")
    assert [q.speaker for q in one(text)] == ["Harbour Party", "Rosa Vidal"]


def test_cue_words_used_as_plural_nouns():
    text = ("Officials searched the files for terms containing “harbour” and “ferry.” "
            "Mayor Ada Roth is popular in states across the region, not a “local” figure. "
            "“The pier will reopen in May,” the harbour board report said.")
    quotes = one(text)
    assert [(q.text, q.speaker_mention) for q in quotes] == [("The pier will reopen in May,", "the harbour board report")]


def test_as_clause_of_saying_before_the_quote():
    [q] = one("Few clerks stayed on. As one clerk told the Harbour Herald, “Nobody asked us anything.”")
    assert (q.speaker, q.speaker_mention, q.cue) == ("one clerk", "one clerk", "told")
    [q] = one("The council gave in. As Rosa Vidal, the head of the union, put it: “We won the week.”")
    assert (q.speaker, q.cue) == ("Rosa Vidal", "put it")
    [q] = one("Mayor Ada Roth likes the plan because, as she puts it, “ferries are cheap,” and boats are slow.")
    assert q.speaker == "Ada Roth"


def test_sign_or_message_that_read_the_quote():
    [q] = one("Volunteers handed out flags that said, “Welcome to Salem Harbour.”")
    assert (q.speaker, q.speaker_mention, q.cue) == ("flags", "that", "said")
    [q] = one("The page was replaced by a notice which read “This item is no longer for sale.”")
    assert q.speaker_mention == "which"
    # a reporting verb before it: the clause's subject wrote the message
    [q] = one("Mayor Ada Roth posted a video that said, “The ferry is back.”")
    assert q.speaker == "Ada Roth"


def test_no_before_a_number_does_not_end_the_sentence():
    [q] = one("As Jo Reyes, the No. 2 in the union, put it: “The strike is over.”")
    assert q.speaker == "Jo Reyes"


def test_common_noun_subject_of_the_cue_right_before_the_quote():
    text = "As the crowd cheered, the Herald's Jo Reyes reported, his wife whispered to him: “They are still with you.”"
    [q] = one(text)
    assert q.speaker_mention == "his wife"
    [q] = one("The next morning her campaign account posted: “Thank you, Salem.”")
    assert q.speaker_mention == "her campaign account"


def test_possessed_speech_noun_governs_a_partial_quote():
    text = ("Mayor Ada Roth toured the docks. Critics doubted Roth’s claim that the pier was “perfectly safe.” "
            "Her call for “a calm and careful reopening” drew cheers.")
    quotes = one(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Ada Roth", "Roth"), ("Ada Roth", "Her")]


def test_no_conjunction_in_the_subject_and_no_he_or_she_for_a_thing():
    text = ("As one report put it, the town’s “summer of welcome” was over. "
            "Mayor Ada Roth agreed. Given her earlier statement that the plan had “utterly failed”, few were surprised.")
    quotes = one(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("one report", "one report"), ("Ada Roth", "her")]


def test_inch_mark_inside_a_quote():
    [q] = one("“She is tall; she is like 5’11”,” Ada Roth said of her rival.")
    assert (q.text, q.speaker) == ("She is tall; she is like 5’11”,", "Ada Roth")


def test_closing_mark_glued_to_the_next_sentence():
    text = ("“The ferry is back!”Harbour master Jo Reyes gave the crowd the news: “We sail at noon.”")
    quotes = one(text)
    assert quotes[-1].speaker == "Jo Reyes"


def test_signature_line_under_an_unclosed_quote():
    text = ("The plan drew praise.\n\n\"We have waited ten years for this bridge.\n"
            "Jo Reyes, Harbour Trust.\"\n\nThe vote is on Monday.")
    [q] = one(text)
    assert (q.text, q.speaker, q.speaker_mention) == ("We have waited ten years for this bridge.", "Jo Reyes", "Jo Reyes")


def test_run_on_quote_continues_its_own_paragraph_speaker():
    text = ("“The pier is safe,” Ada Roth said. “The boats are not.\n\n"
            "“We need new ones,” she added later.")
    quotes = one(text)
    assert [q.speaker_start for q in quotes[:2]] == [text.index("Ada Roth")] * 2


def test_partial_quote_inside_leading_subordinate_clause_takes_its_subject():
    text = ("After Mayor Lena Ortiz said the old depot was \u201cbeyond repair,\u201d Governor Tom Hale said: "
            "\u201cWe will rebuild it.\u201d")
    a, b = one(text)
    assert (a.text, a.speaker, a.cue) == ("beyond repair,", "Lena Ortiz", "said")
    assert b.speaker == "Tom Hale"


def test_partial_quote_after_but_even_as_takes_the_clause_subject():
    [q] = one("But even as Mayor Lena Ortiz claimed the depot was \u201cbeyond repair,\u201d "
              "an engineer for the city said it could be saved.")
    assert (q.speaker, q.cue) == ("Lena Ortiz", "claimed")


def test_pronoun_takes_person_opening_the_sentence_before_over_older_speaker():
    text = ("\u201cWe will appeal,\u201d coach Dan Miller said on Monday.\n\n"
            "A spokesman for the league, Tom Baker, defended the ruling. \u201cThe rules are clear,\u201d he said.")
    a, b = one(text)
    assert (a.speaker, b.speaker, b.speaker_mention) == ("Dan Miller", "Tom Baker", "he")


def test_pronoun_takes_according_to_source_of_the_sentence_before():
    text = ("\u201cWe will appeal,\u201d Dan Miller said on Monday.\n\n"
            "The team has lost four games in a row, according to league secretary Tom Baker. "
            "\u201cThey need a rest,\u201d he said.")
    assert one(text)[1].speaker == "Tom Baker"


def test_pronoun_keeps_speaker_who_opens_the_sentence_before():
    text = ("\u201cWe will appeal,\u201d Dan Miller said on Monday.\n\n"
            "Miller met league secretary Tom Baker on Tuesday. \u201cWe had a good talk,\u201d he said.")
    assert one(text)[1].speaker == "Dan Miller"


def test_pronoun_takes_subject_of_clause_after_comma_but_in_sentence_before():
    text = ("\u201cWe will appeal,\u201d Dan Miller said on Monday.\n\n"
            "The players looked tired, but veteran captain Tom Baker blamed the schedule. "
            "\u201cWho plans these games?\u201d he asked.")
    assert one(text)[1].speaker == "Tom Baker"


def test_pronoun_after_subordinator_takes_the_subject_of_its_sentence():
    text = ("\u201cWe will appeal,\u201d Dan Miller said on Monday.\n\n"
            "Veteran Canadian striker Tom Baker was known for what he called \u201cthe ugly budget.\u201d")
    assert one(text)[1].speaker == "Tom Baker"


def test_pronoun_takes_person_named_with_including_in_the_subject_before():
    text = ("\u201cWe will appeal,\u201d Mary Miller said on Monday.\n\n"
            "But many neighbours, including Karen Hale, agree the club must stay. \u201cIt is our home,\u201d she said.")
    assert one(text)[1].speaker == "Karen Hale"


def test_definite_description_takes_the_name_it_describes():
    text = ("Shares fell at Corvane, a small ferry-booking company, on Monday. "
            "“Bookings will recover,” the company said.\n\n"
            "The Harbour Front (HF), an alliance of 12 groups fighting the pier plan, met on Friday. "
            "“We will not give up,” the groups added.\n\n"
            "Lina Moravec, the port authority spokeswoman, spoke after the vote. "
            "“The pier stays closed,” the port authority spokeswoman said.")
    assert [q.speaker for q in one(text)] == ["Corvane", "Harbour Front", "Lina Moravec"]


def test_definite_role_with_no_named_holder_is_the_previous_sentence_subject():
    text = ("Mayor Ada Roth told the council that the ferry would run again. "
            "“We owe it to the fishermen,” the harbour city leader said.")
    assert [q.speaker for q in one(text)] == ["Ada Roth"]
    text = ("Shipping magnate Ben Cole said on Friday he would buy the pier. "
            "“It was a bargain,” the ferry tycoon told reporters.")
    assert [q.speaker for q in one(text)] == ["Ben Cole"]
    text = ("The Harbour Safety Department said on Monday it would close the pier. "
            "“The cracks are too deep,” the agency said.")
    assert [q.speaker for q in one(text)] == ["Harbour Safety Department"]


def test_definite_role_stays_a_role_when_ambiguous_or_someone_new():
    # two companies described nearby: no name, the last indefinite phrase
    text = ("Corvane, a ferry company, and Delmark, a rival company, both lost money. "
            "“Bookings will recover,” the company said.")
    assert [q.speaker for q in one(text)] == ["rival company"]
    # the spokesman is the mayor's, not the mayor; the asker does not answer
    text = ("Ada Roth’s spokesman spoke on Monday. Mayor Ada Roth met the crews. "
            "“The pier stays closed,” the spokesman said.")
    assert [q.speaker for q in one(text)] == ["spokesman"]
    text = "“Will you run?” Ben Cole asked. “Not this year,” the senator said."
    assert [q.speaker for q in one(text)][1] == "senator"


def test_indefinite_role_with_lower_case_modifiers_is_kept_as_written():
    text = ("A senior harbour authority official told the board the pier was “beyond repair”. "
            "Later one safety expert said the cracks were “very old”.")
    assert [q.speaker for q in one(text)] == ["senior harbour authority official", "one safety expert"]


def test_dated_wire_dateline_is_not_the_speaker():
    text = ("SALEM, Ore., Nov. 3 (XNS) — In response to the flood vote, Mayor Ada Roth rallied the crowd, "
            "saying: “We will rebuild the sea wall first.”")
    [q] = one(text)
    assert (q.speaker, q.speaker_mention) == ("Ada Roth", "Mayor Ada Roth")


def test_clause_after_a_quote_is_not_its_attribution():
    text = ("Mayor Ada Roth praised the “Harbour Count Method,” he was the only surveyor to correctly "
            "predict the tide. “Will you sign?” I had prepared a short reply to read.")
    assert all(q.speaker_mention not in ("he was the only surveyor to correctly", "I") for q in one(text))


def test_long_appositive_with_a_short_quote_after_the_quote():
    text = ("“We will not back down,” delegate Ana Ruiz, wearing a straw hat and “Ruiz for Mayor” campaign "
            "buttons, said with a grin.")
    [q] = one(text)
    assert (q.text, q.speaker) == ("We will not back down,", "Ana Ruiz")


def test_very_long_appositive_after_the_quote():
    text = ("“The harbour needs a new wall,” Ortiz, the council’s longest-serving member and the chair of its "
            "harbour committee by a wide margin since the great flood of the late nineties in the old town, "
            "said when asked about the plan.")
    [q] = one(text)
    assert q.speaker == "Ortiz"


def test_long_name_phrase_after_the_quote():
    text = ("“Only the outer wall is at risk,” researchers Ann Lee and Bo Park of the Institute for Coastal "
            "and Harbour Studies wrote in May.")
    [q] = one(text)
    assert q.speaker_mention.startswith("researchers Ann Lee and Bo Park of the Institute")


def test_no_subject_ends_in_an_adjective_or_a_portfolio_preposition():
    assert one("After the mayor compared the pier to the set of the “Harbour of Lost Ships,” the channel’s "
               "nightly news anchor Ada Roth reacted with a letter.") == []
    [q] = one("Former secretary of state Ada Roth, a council member, drew criticism over her remark that "
              "“the harbour is lost for good and nobody cares.”")
    assert (q.speaker, q.speaker_mention) == ("Ada Roth", "her")  # the possessed speech noun, not 'Former secretary of


def test_see_opening_a_cross_reference_is_not_part_of_the_name():
    [q] = one("Ted Sexton spoke at the pier.\n(See Sexton’s full notes below.)\n“The tide is turning,” Sexton said.")
    assert q.speaker == "Ted Sexton"


def test_appositive_without_its_closing_comma_after_the_quote():
    [q] = one("“The pier must close,” Ann Lee, who chairs the harbour board said on Monday.")
    assert (q.speaker, q.speaker_mention) == ("Ann Lee", "Ann Lee")
    [q] = one("“Tides will rise,” Bo Park, the surveyor who founded tidecount.org tweeted on Friday.")
    assert q.speaker == "Bo Park"


def test_cue_nouns_after_a_possessive_or_modifier_are_not_cues():
    [q] = one("Mayor Ada Roth answered Reyes’ question on the radio, saying, “Yes, I will sign the harbour bill this week.”")
    assert q.speaker == "Ada Roth"
    assert one("Asked whether the board “really understands the tides,” Ortiz avoided a direct answer.") == []


def test_is_quoted_as_saying_after_the_quote():
    [q] = one("“Our count beats the others because we sample every pier,” Ortiz is quoted as saying.")
    assert (q.speaker_mention, q.cue) == ("Ortiz", "quoted")


def test_long_inverted_subject_after_said():
    [q] = one("“The ferry will not run this winter,” said former harbour master and Coastal Pilots Guild of "
              "Salem Chairman Ada Roth.")
    assert q.speaker == "Ada Roth"


def test_fallback_takes_no_subject_before_a_copula_or_modal():
    a, b = one("Boats are “the lifeblood of this town and always will be” and “worth every cent,” Ada Roth, "
               "the harbour master, told the crowd.")
    assert a.speaker == b.speaker == "Ada Roth"
    assert one("Mayor Ada Roth spoke on Monday. Visitors can expect the pier to offer “a little more noise "
               "than they are used to.”") == []


def test_trailing_cue_with_a_document_subject():
    [q] = one("Mayor Ada Roth spoke.\n\nThe closures were \"especially hard\" on the harbour towns, which had "
              "fewer ferries than the city, the lawsuit alleges.")
    assert q.speaker_mention == "the lawsuit"


def test_said_before_a_reported_clause_and_naming_called_are_no_post_quote_cues():
    [q] = one("Ortiz, who calls the plan a “giveaway,” said he doubts the council has the votes.")
    assert (q.speaker, q.speaker_mention) == ("Ortiz", "who")
    [q] = one("One banner read “savethepier.org,” a website run by a group called the Harbour Friends.")
    assert q.speaker_mention == "One banner"


def test_interjections_labels_and_determiners_are_no_speakers():
    text = ("The harbour council raised the mooring fee again. Nobody noticed.\n\nWait, it gets better:\n\n"
            "“By statute, the council sets the fee every year and nobody may object to it.”")
    assert all(q.speaker_mention != "Wait" for q in one(text))
    text = "Name: Ada Roth Age: 31 Why she is striking: “As a cook, I make less than the rent every single month.”"
    assert all(q.speaker_mention != "Name" for q in one(text))
    text = ("Ada Roth, the mayor, spoke on Monday. Another holdout — the ferry guild — will not back Roth after "
            "her April remark that, “We are going to close half the piers this winter.”")
    assert all(q.speaker_mention != "Another" for q in one(text))
    assert one("Do well enough in the polls to “be seriously considered among the main contenders” for mayor.") == []


def test_subject_of_a_reporting_verb_inside_a_relative_clause():
    [q] = one("Ortiz criticized the harbour board's spending, which an independent audit said was "
              "“extremely careless” but not criminal.")
    assert q.speaker_mention == "an independent audit"
    [q] = one("Roth has called for the ferry records to be released, even the ones the Treasury now says are "
              "“top secret.”")
    assert q.speaker == "Treasury"


def test_conjoined_cue_after_a_leading_clause_with_its_own_cue():
    [q] = one("Ada Roth has led the harbour board since May.\n\nLast month, when I asked Roth whether she would "
              "ever back the plan, she looked at me, shook her head and said, “I will back YOU!”")
    assert (q.speaker_mention, q.cue) == ("she", "said")


def test_object_of_a_participle_or_preposition_is_not_the_subject():
    [q] = one("The guild has twice complained to the mayor. A March 3 letter from the guild obtained by The "
              "Harbour Herald warns that “any further contact will be through our lawyer in the proper forum.”")
    assert q.speaker_mention == "A March 3 letter"
    [q] = one("The audit is widening. Another council source speaking to Harbour Radio said, “The auditors are "
              "looking at the ferry contracts and whether the rules were followed.”")
    assert q.speaker_mention == "Another council source"
    a, b = one("“Many people are unsure this year,” Ortiz wrote in a statement to the Herald explaining why she "
               "is running, “but most residents agree that the harbour is on the wrong track.”")
    assert a.speaker == b.speaker == "Ortiz"


def test_name_with_a_long_appositive_before_the_cue():
    [q] = one("In an op-ed published Friday by a state-run website, the Courier, and widely shared online, Lin Wei, "
              "a doctoral student at the Harbour Institute of Technology, urged readers not to rush to judgment, "
              "even if critics see Ortiz as “crazy and stupid.”")
    assert q.speaker == "Lin Wei"
    [q] = one("Senator Ada Roth (D-Ore.), a candidate for governor who has made the harbour a centerpiece of her "
              "campaign, tweeted a warning. “Portville: Remember in November the councillors who blocked the ferry.”")
    assert q.speaker == "Ada Roth"


def test_noun_phrase_after_an_object_taking_cue_is_no_inverted_subject():
    a, b = one("Roffman, who estimates that his legal costs were “in the seven figures,” described the emotional "
               "toll as “horrendous,” he said.")
    assert a.speaker_mention != "the emotional toll" and b.speaker_mention == "he"


def test_floating_quote_after_a_name_with_a_long_appositive_after_a_leading_phrase():
    text = ("The ferry board backed the plan. “We call on others to join us,” the company tweeted.\n\n"
            "On the other side, Sen. Ada Roth (D-Ore.), a candidate for governor who has made the harbour a "
            "centerpiece of her campaign, tweeted a warning. “Portville: Remember in November the councillors "
            "who blocked the ferry.”")
    assert one(text)[-1].speaker == "Ada Roth"


def test_a_crowd_chanting_right_before_the_quote_is_its_speaker():
    [q] = one("As Ortiz attacked Roth, the attendees chanted, “Lock the gates!” as they had for earlier speakers.")
    assert (q.speaker_mention, q.cue) == ("the attendees", "chanted")
    a, b, c = one("Ortiz said, “We will fight on” - at which point the crowd chanted “Save the pier!” - “and we "
                  "will win in the spring.”")
    assert (a.speaker, b.speaker_mention, c.speaker) == ("Ortiz", "the crowd", "Ortiz")
    [q] = one("Ortiz spoke just down the street from the old cannery, where about 50 protesters had gathered on "
              "Monday, chanting “no contract, no ferry” after the talks failed.")
    assert q.speaker_mention == "about 50 protesters"


def test_participle_after_a_subordinate_clause_takes_that_clause_subject():
    a, b = one("“How many ferries have we lost in a row?” Ortiz asks as a ferryman walks in front of her, saying he "
               "is “here to fix the seven holes in your hull.”")
    assert a.speaker == "Ortiz" and b.speaker_mention == "a ferryman"
def test_wider_reporting_verbs_past_and_third_person_forms():
    [q] = one("Mayor Ada Roth exhorted the crowd to “keep the harbour open for every boat that needs it.”")
    assert q.speaker == "Ada Roth"
    [q] = one("“We cannot wait another winter for the new pier,” Ortiz grumbled.")
    assert q.speaker == "Ortiz"
    [q] = one("Bo Park condemned the “reckless and rushed sale of the ferry yard.”")
    assert q.speaker == "Bo Park"


def test_cue_inside_an_adverb_compound_is_no_cue():
    # 'the now-derided “…”' is a modifier, not a reporting verb with a subject before it
    assert one("The Harbour Party, once proud, now bows to the now-derided “old guard of the ferry council” on every vote.") == []


def test_bare_state_in_brackets_after_a_lawmaker():
    [q] = one("Sen. Ada Roth (Maine) has said that she would \"close the harbour road to every truck in the county.\"")
    assert q.speaker == "Ada Roth"
    [q] = one("Rep. Ann Lee (Pa.) called the plan “a giveaway to the pier developers.”")
    assert q.speaker == "Ann Lee"


def test_connective_opening_the_clause_before_an_ing_cue():
    [q] = one("Then Ortiz took the stage, saying, “Is the council going to finally count the boats?”")
    assert q.speaker == "Ortiz"
    [q] = one("And then Ada Roth went fully on the attack, saying, “The harbour board should resign today!”")
    assert q.speaker == "Ada Roth"


def test_with_noun_phrase_before_an_ing_cue_is_its_subject():
    [q] = one("And Ada Roth turned on Ortiz, with the campaign of the former mayor saying he was "
              "“not a real friend of the harbour.”")
    assert q.speaker_mention == "the campaign of the former mayor"


def test_age_before_the_opening_name():
    [q] = one("64-year-old Ada Roth, founder of the Harbour Trust, backed Ortiz last week, saying he "
              "“has always fought for the ferry crews.”")
    assert q.speaker == "Ada Roth"


def test_subject_after_the_quote_with_coordinate_adjectives():
    [q] = one("“The pier is finished,” the soft-spoken, silver-haired harbour master told reporters.")
    assert q.speaker_mention == "the soft-spoken, silver-haired harbour master"
    assert q.speaker == "soft-spoken silver-haired harbour master"


def test_as_clause_then_bare_subject_before_a_predicate_quote():
    [q] = one("But as the Harbour Herald noted in an editorial Friday, the new mayor “has won a few friends on the docks.”")
    assert q.speaker_mention == "the Harbour Herald"
    [q] = one("As Ortiz put it, the council “has lost the harbour and every boat in it.”")
    assert q.speaker == "Ortiz"


def test_surname_that_is_a_function_word_after_its_full_name():
    [q] = one("Al From ran the harbour council for years. “We built a new kind of council,” From said.")
    assert q.speaker == "Al From"
    assert one("In May, Ortiz spoke. “We will leave the harbour,” May said.") == []


def test_straight_nested_quote_pairs_in_turn():
    qs = one('Ada Roth tweeted, "Crews say the harbour master shouted "Hands off!" as he left the pier." '
             'The post was later removed.')
    assert [q.text for q in qs] == ["Crews say the harbour master shouted", "as he left the pier."]
    assert {q.speaker for q in qs} == {"Ada Roth"}
    # plain pairs are untouched
    qs = one('"The pier stays open," Ortiz said. "We owe the town that much."')
    assert [q.text for q in qs] == ["The pier stays open,", "We owe the town that much."]


def test_term_defined_at_sentence_start_is_no_statement():
    qs = one('"Keep it dry," Ada Roth wrote. "Red zone" is the highest level of flood alert on the coast.')
    assert [q.text for q in qs] == ["Keep it dry,"]
    # a statement that happens to be followed by 'is' is kept
    [q] = one('Ortiz said the plan was "a disgrace" and is a mistake.')
    assert q.text == "a disgrace"


def test_fallback_takes_no_subject_before_not():
    assert one("Ortiz’s not going to win the vote by merely “counting on the harbour crowd to turn up” "
               "next month.") == []


def test_according_to_a_plan_or_preference_is_no_source():
    assert one("Most sailors just tick “yes,” or “no,” according to their usual preference.") == []
    [q] = one("The pier was “never safe,” according to the plan’s author.")
    assert q.speaker_mention == "the plan’s author"


def test_a_share_of_poll_respondents_gives_the_poll_as_source():
    [q] = one("In a September Harbour Herald poll, 75 percent of residents said “most people on the council” "
              "cannot be trusted.")
    assert q.speaker_mention == "a September Harbour Herald poll"
    [q] = one("The survey also finds that, while 37 percent of residents say Ortiz is “very responsible” for the "
              "delays, 39 percent blame the board.")
    assert q.speaker_mention == "The survey"
    [q] = one("About 40 percent of residents said the ferry was “a waste of money,” Ortiz told the council.")
    assert q.speaker_mention == "Ortiz"


def test_who_after_an_inverted_common_noun_subject():
    a, b, c = one("“It was not a convincing case,” said one councillor familiar with the talks, who added that the "
                  "harbour board seemed “rattled” and “frustrated” by the revolt.")
    assert (b.speaker_mention, b.cue) == (c.speaker_mention, c.cue) == ("who", "added")
    assert a.speaker == b.speaker


def test_colon_closing_a_coordinate_clause_takes_that_clause_subject():
    a, b = one("Roth said both Ortiz and Vance are “non-entities on the council,” but she gave Vance a back-handed "
               "compliment: “You never have to guess where he stands. He is just who he is.”")
    assert a.speaker_mention == "Roth" and (b.speaker_mention, b.cue) == ("she", ":")
def test_two_apostrophe_marks_pair_by_position_when_asked():
    text = "''We will rebuild,'' said Omar Haddad. Ada Roth added, ''not this year.'' Don''t panic."
    assert extract(text) == []
    a, b = extract(text, apostrophe_quotes=True)
    assert (a.text, a.speaker) == ("We will rebuild,", "Omar Haddad")
    assert (b.text, b.speaker) == ("not this year.", "Ada Roth")
    assert text[b.start:b.end] == b.text


def test_absolute_with_clause_gives_the_participle_its_own_subject():
    [q] = one("Ortiz and her backers tried to tie Roth to the mayor, with one of her ads asking, "
              "“Is Ada Roth independent enough to chair the harbour board?”")
    assert (q.speaker_mention, q.cue) == ("one of her ads", "asking")
    [q] = one("The harbour council's new spot ends with a voice over saying: “Fewer ferries. Higher fares. "
              "Can you trust Ada Roth?”")
    assert q.speaker_mention == "a voice over"


def test_trailing_cue_with_a_body_as_subject():
    a, b = one("Ada Roth is an “able harbour master” who has won two council elections in the district, the "
               "editorial board writes. “It says much about the council that some members attacked her.”")
    assert (a.speaker_mention, a.cue) == ("the editorial board", "writes")
    assert b.speaker == a.speaker


def test_dash_name_line_under_a_quote_paragraph_signs_it():
    text = ("The harbour board replied on Friday.\n\n"
            "\"We will have the new ferry running by May. It will not cost the town a cent.\"\n\n"
            "- Ada Roth.\n\n"
            "Roth tends to overstate the case; the ferry budget is still open.")
    [q] = one(text)
    assert q.speaker_mention == "Ada Roth"
    assert one("The board met.\n\n\"We will not wait another year.\"\n\n– Old hands –.\n\nIt rained.") == []


def test_thanked_and_credited_govern_a_partial_quote_in_the_second_chance():
    [q] = one("Ada Roth, the harbour master, is backing Ortiz and in a statement credited him for "
              "“a patient and honest campaign.”")
    assert (q.speaker_mention, q.cue) == ("Ada Roth", "credited")
    [q] = one("The guild has become such a presence that Ada Roth on Sunday thanked its members “for their help "
              "with the ferry.”")
    assert (q.speaker_mention, q.cue) == ("Ada Roth", "thanked")


def test_adjective_before_a_role_stays_in_the_opening_subject():
    [q] = one("Former Harbour Party presidential candidate Ada Roth explained what was wrong with the plan to "
              "the Courier: “It was careless. First, not every ferry is the same.”")
    assert q.speaker == "Ada Roth" and q.speaker_mention.endswith("candidate Ada Roth")


def test_pronoun_cue_restating_the_sentence_reporting_subject():
    text = "Asked about the ferry, Ada Roth said “We never saw the plans,” she said. “Nobody did.”"
    qs = extract(text)
    assert qs[0].speaker_mention == "Ada Roth" and qs[0].speaker == "Ada Roth"
    assert qs[1].speaker_mention == "she"
    [q] = one("Harbour spokesman Ben Ortiz said Tuesday that the council will show voters that Roth has "
              "“no plan for the docks at all,” he said.")
    assert q.speaker_mention == "Harbour spokesman Ben Ortiz"
    [q] = one("Ada Roth declared the need for calm: “Nobody should panic,” she said.")
    assert q.speaker_mention == "she" and q.speaker == "Ada Roth"


def test_name_before_on_weekday_is_a_person():
    [q] = one("Ada Roth met Ben Ortiz on Monday. Ortiz later spoke to reporters. “We are ready,” he said.")
    assert q.speaker == "Ben Ortiz"


def test_she_after_a_bare_surname_shared_by_a_man_and_a_woman():
    text = ("Lena Ortiz runs the ferry with her husband, Frank Ortiz. Ada Roth rides it daily. "
            "Frank Ortiz steers. Ortiz said the boat was old. “It leaks,” she said.")
    [q] = extract(text)
    assert q.speaker == "Lena Ortiz"


def test_plural_nationality_is_not_a_she():
    text = ("Both candidates courted young African Americans on Tuesday. "
            "“You cannot just show up at election time,” she said.")
    assert all(q.speaker != "African Americans" for q in extract(text))


def test_name_after_said_does_not_open_a_sentence():
    text = ("Lena Ortiz spoke first. Ada Roth said Frank Ortiz had called her twice. "
            "“He would not stop calling,” she said.")
    [q] = extract(text)
    assert q.speaker == "Ada Roth"


def test_organisation_noun_after_nationality_heads_the_subject():
    [q] = one("Fighting went on. The Norlandic army said it was warning residents “to leave their homes for now.”")
    assert q.speaker == "Norlandic army"
    [q] = one("The harbour stayed shut. “The law protects the right to protest,” the Norland government said.")
    assert q.speaker == "Norland government"


def test_court_title_chain_before_a_name():
    [q] = one("“I hereby recommend the transfer of the accused,” Additional Chief Metropolitan Magistrate (ACMM) "
              "Ada Roth said.")
    assert q.speaker == "Ada Roth"


def test_acronym_defined_after_an_organisation_stands_for_it():
    text = ("The Harbour Workforce Agency (HWA) runs the ferry job site. Jobs rose in May. "
            "The HWA said it would “explore possible links with private portals”.")
    [q] = extract(text)
    assert q.speaker == "Harbour Workforce Agency" and q.speaker_mention == "The HWA"
    [q] = one("The HWA said it would “explore possible links with private portals”.")
    assert q.speaker == "HWA"


def test_bare_organisation_word_is_the_one_named_before():
    text = ("Norwood Police said an argument sparked the fight at the pier. "
            "Police said the two had been “feuding for months”.")
    [q] = extract(text)
    assert q.speaker == "Norwood Police" and q.speaker_mention == "Police"
    [q] = one("Police said the two had been “feuding for months”.")
    assert q.speaker == "Police"


def test_workers_organisation_keeps_its_nationality():
    [q] = one("“The ferries will run on time all week,” said a statement issued by the Cuban Harbour Workers Central.")
    assert q.speaker == "Cuban Harbour Workers Central"


def test_short_form_of_a_conjoined_two_word_place():
    text = ("Ferry talks between South Korea and the US open on Friday. "
            "The South called the harbour plan “a useful first step”.")
    [q] = extract(text)
    assert q.speaker == "South Korea"


def test_pronoun_subject_that_is_a_quote_mention_keeps_that_speaker():
    text = ("Harbour pilot Frank Weller is recovering well, a clinic spokesman said.\n"
            "There were reports that Weller might leave the clinic by the weekend.\n"
            "'That is a little early,' said Dr. Ben Ortiz, spokesman for the clinic.\n"
            "But, he said, 'It will not be much later.'\n"
            "'We are careful,' he said, adding that the next week was more likely.")
    qs = extract(text)
    assert [q.speaker for q in qs[-3:]] == ["Ben Ortiz"] * 3


def test_it_takes_the_common_noun_body_that_just_reported():
    text = ("The Harbour Council of Norland urged calm on Monday. "
            "The army said it was sending leaflets to residents of the coast. "
            "“It is unsafe to stay near the docks,” it said.")
    [q] = extract(text)
    assert q.speaker_mention == "it" and q.speaker.endswith("army")


def test_surname_expands_to_a_possessor_inside_a_capitalised_run():
    text = ("Frank Weller's Harbour Gazette led the ferry campaign for a decade.\n"
            "Not to be outdone, Weller hired Ada Roth to edit the paper in June, and ran a notice on its front.\n"
            "He described the result as “A New Gazette for a New Harbour.”")
    [q] = extract(text)
    assert q.speaker == "Frank Weller"


def test_she_after_a_possessive_speech_of_a_titled_person():
    text = ("“We will not give in,” Okonjo said at the harbour.\n"
            "The evening then began with Harbour and Ferries Minister Lumisar's address condemning the strike.\n"
            "“The ferries will run again and again,” she said.")
    qs = extract(text)
    assert qs[-1].speaker == "Lumisar"


def test_one_word_name_that_opens_sentences_is_a_he():
    text = ("Okonkwo has no equal among the harbour pilots.\n"
            "Okonkwo, the oldest pilot in Norland, was different.\n"
            "The council praised Okonkwo after the storm of 1998.\n"
            "Replying to the Harbour Council, he said he had backed Plan I drafted by Ada Roth in 1974.\n"
            "He explained that Plan II was needed because the port had to be “safe in every season”.")
    qs = extract(text)
    assert qs[-1].speaker == "Okonkwo"


def test_mr_before_a_shared_surname_takes_the_husband_not_the_wife():
    text = ("Tarek Velund and his wife, Orsi Velund, opened the ferry museum on Monday. "
            "“It took us ten years,” Mr Velund said.")
    [q] = extract(text)
    assert q.speaker == "Tarek Velund"


def test_mrs_before_a_shared_surname_takes_the_wife():
    text = ("Orsi Velund and her husband, Tarek Velund, opened the ferry museum on Monday. "
            "“It took us ten years,” Mrs Velund said.")
    [q] = extract(text)
    assert q.speaker == "Orsi Velund"


def test_they_takes_the_group_in_a_place_not_the_place():
    text = ("Doctors in Vellmark said on Tuesday the clinic was full. Orsi Velund disagreed. "
            "“We have no more beds,” they said.")
    [q] = extract(text)
    assert q.speaker == "Doctors in Vellmark"


def test_it_takes_a_lower_case_body_that_reported():
    text = "The ferry board said on Friday it would raise fares. “Costs have doubled,” it said."
    [q] = extract(text)
    assert q.speaker == "ferry board"


def test_it_takes_a_reporting_name_without_an_org_word():
    text = ("Orsi Velund met the crews. Brannock Haulage said it would hire forty drivers. "
            "“Demand is strong,” it said in a statement.")
    [q] = extract(text)
    assert q.speaker == "Brannock Haulage"


def test_he_takes_an_appositive_subject_after_two_leading_phrases():
    text = ("“The pier is safe,” said Tarek Velund. After the vote, Velund's deputy, Piet Arnhold, "
            "walked out. “The pier is not safe,” he said.")
    qs = extract(text)
    assert qs[-1].speaker == "Piet Arnhold"


def test_it_takes_a_name_described_as_a_firm():
    text = "Brannock, a haulage firm, said on Friday it would hire Orsi Velund. “Demand is strong,” it said."
    [q] = extract(text)
    assert q.speaker == "Brannock"


def test_an_appositive_spokeswoman_is_no_he():
    text = ("Tarek Velund met the dock crews. “The cranes are old,” said Yuki Sarno, a spokeswoman for "
            "the port. “We need new ones,” he said.")
    qs = extract(text)
    assert qs[-1].speaker == "Tarek Velund"


def test_she_skips_a_subject_of_unknown_gender_for_a_known_she():
    text = "Nordcove Ferries hired Mary Sarno in April. “The crossings are full,” she said."
    [q] = extract(text)
    assert q.speaker == "Mary Sarno"


_HARBOUR = "Ada Roth chairs the harbour council of Norland. "


def _mentions_are(cases):
    """Each made-up sentence after _HARBOUR gives one quote whose speaker mention is the one given."""
    for sent, who in cases:
        [q] = extract(_HARBOUR + sent)
        assert q.speaker_mention == who, sent


def test_connective_before_a_common_noun_subject():
    _mentions_are([('But the council said, "The port will stay open."', "the council"),
                   ('Yet the chair warned: "The port will stay open."', "the chair"),
                   ('But the council said that "the port will stay open."', "the council"),
                   ('Yet the chair added the plan was "a serious mistake" and would fail.', "the chair")])


def test_the_one_told_is_not_the_speaker():
    _mentions_are([(f'{subj} told the Norland Herald: "The port will stay open."', subj)
                   for subj in ("The chair", "The council")])


def test_definite_common_noun_before_called_or_described():
    _mentions_are([('The chair called the plan "a serious mistake."', "The chair"),
                   ('On Tuesday, the council described the plan as "a serious mistake."', "the council")])
    assert all(q.speaker is None for q in extract(_HARBOUR + 'A band called the "Harbour Lights" played on the pier.'))


def test_subject_of_a_where_clause_after_an_introductory_phrase():
    _mentions_are([('At the rally, where the secretary of state said: "The port will stay open."', "the secretary of state"),
                   ('At the rally, where Ben Ortiz, the foreign minister, said the plan was "a serious mistake."',
                    "Ben Ortiz")])


def test_plural_role_with_a_who_clause_after_an_introductory_phrase():
    _mentions_are([('At the rally, officials, who arrived on Monday, said: "The port will stay open."', "officials"),
                   ('Later, aides, who had met the council, said the plan was "a serious mistake."', "aides")])


def test_connective_and_comma_before_a_subject_is_no_introductory_phrase():
    _mentions_are([('But officials, who arrived on Monday, said: "The port will stay open."', "officials"),
                   ('But in the end, Ben Ortiz said: "The port will stay open."', "Ben Ortiz")])


def test_common_noun_subject_of_a_where_clause():
    _mentions_are([('At the rally, where the council said in a statement: "The port will stay open."', "the council"),
                   ('At the rally, where the chair, who arrived on Monday, said: "The port will stay open."', "the chair")])


def test_time_phrase_with_an_article_before_the_subject():
    _mentions_are([('A day later, the secretary of state said: "The port will stay open."', "the secretary of state"),
                   ('A day later, the council said in a statement: "The port will stay open."', "the council")])


def test_number_led_common_noun_subject():
    _mentions_are([('Two senators said: "The port will stay open."', "Two senators"),
                   ('At the rally, three fishermen said that "the port will stay open."', "three fishermen")])


def _last_speakers_are(cases):
    """The last quote of each made-up text has the resolved speaker given."""
    for text, who in cases:
        assert extract(text)[-1].speaker == who, text


def test_spokesman_for_a_person_or_body_is_the_spokesman():
    _last_speakers_are([
        ('Ada Roth arrived on Monday. "The talks must go on," a spokesman for Roth said.', "spokesman for Ada Roth"),
        ('The Norland army met Ada Roth. "The talks must go on," a spokesman for the Norland army said.',
         "spokesman for the Norland army"),
        ('Ben Ortiz arrived on Monday. "The talks must go on," Ortiz\'s office said.', "Ben Ortiz's office"),
    ])


def test_age_description_is_the_person_given_that_age():
    _last_speakers_are([
        ('Ada Roth, 54, met Ben Ortiz, 61, on Monday. "The talks must go on," the 54-year-old said.', "Ada Roth"),
        ('A 61-year-old fisherman, Ben Ortiz, spoke. "The talks must go on," the 61-year-old added.', "Ben Ortiz"),
    ])


def test_surname_after_a_suffixed_or_particle_name():
    _last_speakers_are([
        ('Ben Ortiz Jr. arrived on Monday. "The talks must go on," Ortiz said.', "Ben Ortiz Jr."),
        ('Ada van der Roth arrived on Monday. "The talks must go on," Van der Roth said.', "Ada van der Roth"),
    ])


def test_title_tells_apart_two_people_with_one_surname():
    _last_speakers_are([
        ('Dr. Ada Roth met her brother, Ben Roth, on Monday. "The talks must go on," Dr. Roth said.', "Ada Roth"),
        ('General Ben Roth met his sister, Ada Roth. "The talks must go on," said Gen. Roth.', "Ben Roth"),
    ])


def test_role_of_a_title_before_a_name_and_its_place():
    _last_speakers_are([
        ('President Tomas Reyna of Norland arrived on Monday. "The talks must go on," the president said.',
         "Tomas Reyna"),
    ])


def test_bare_body_noun_after_a_modified_reporting_body():
    _last_speakers_are([
        ('The Norland army said on Monday it would act. Ada Roth disagreed. "The talks must go on," the army said.',
         "Norland army"),
        ('The harbour council said it would act. Ben Ortiz disagreed. "The talks must go on," the council said.',
         "harbour council"),
    ])


def test_nationality_description_is_the_person_given_it():
    _last_speakers_are([
        ('Ben Ortiz, a Norwegian diplomat, met Ada Roth. "The talks must go on," the Norwegian said.', "Ben Ortiz"),
        ('Norwegian diplomat Ben Ortiz met Ada Roth. "The talks must go on," the Norwegian said.', "Ben Ortiz"),
        ('Ben Ortiz met Ada Roth, a Swedish lawyer. "The talks must go on," the Norwegian said.', "Norwegian"),
    ])


def test_would_later_and_quoted_as_between_a_subject_and_its_verb():
    _mentions_are([('The chair would later say that "the port will stay open."', "The chair"),
                   ('But the harbour board would later say that "the port will stay open."', "the harbour board"),
                   ('The council was quoted as saying "the port will stay open."', "The council"),
                   ('"The port will stay open," officials would later say.', "officials"),
                   ('"The port will stay open," two senators had warned.', "two senators")])
    # a bare 'say' is no second-chance cue for a common noun: 'The candidates say they …, whose … were “…”'
    assert extract(_HARBOUR + 'The candidates say they will meet Ben Ortiz, whose conclusion was that her plan was '
                              '"extremely careless."') == []


def test_document_from_an_issuer_is_the_issuers():
    _mentions_are([('A statement from the harbour board said: "The port will stay open."',
                    "A statement from the harbour board"),
                   ('But a statement from the council later said: "The port will stay open."',
                    "a statement from the council"),
                   ('"The port will stay open," a statement from the council said.', "a statement from the council")])
    _last_speakers_are([('Ada Roth arrived. A statement from Roth said: "The port will stay open."', "Ada Roth"),
                        ('On Tuesday, a statement from the harbour board said: "The port will stay open."',
                         "harbour board")])


def test_plural_role_with_a_speaking_phrase_after_an_introductory_phrase():
    _mentions_are([('On Tuesday, officials, speaking on condition of anonymity, said: "The port will stay open."',
                    "officials"),
                   ('At the rally, aides, speaking in Harbourtown, said the plan was "a serious mistake."', "aides")])


def test_passive_naming_verb_with_by_agent_before_as():
    quotes = extract('Ada Roth arrived on Monday. The plan was described by Roth as "reckless".')
    assert [(q.text, q.speaker) for q in quotes] == [("reckless", "Ada Roth")]
    quotes = extract('Ben Ortiz arrived on Monday. The plan was labelled by the council as "a betrayal".')
    assert [q.text for q in quotes] == ["a betrayal"] and quotes[0].speaker_start is not None


def test_curly_marks_used_backwards_pair_by_their_sides():
    quotes = extract("Ada Roth arrived on Monday. \u201dThe port stays open,\u201c Roth said.")
    assert [(q.text, q.speaker) for q in quotes] == [("The port stays open,", "Ada Roth")]


def test_slogan_on_a_banner_is_no_statement():
    for text in ('Protesters carried a banner reading "No to the port closure".',
                 "Ben Ortiz met dock workers holding placards saying \u201cHands off our port\u201d on Monday."):
        assert extract(text) == []
    # the sign noun must carry the words: a statement read out by a person stays one
    quotes = extract('Ada Roth posted a statement saying "We will not close the port" on Monday.')
    assert [q.speaker for q in quotes] == ["Ada Roth"]


def test_speech_noun_with_by_agent_or_description_as():
    for text in ('Ada Roth arrived on Monday. A call by Roth for "maximum restraint" went unheeded.',
                 "Ada Roth arrived on Monday. Roth's description of the plan as \"reckless\" angered the council."):
        assert [q.speaker for q in extract(text)] == ["Ada Roth"]
    assert extract('Ada Roth arrived on Monday. A report by Roth on "harbour safety" came out.') == []


def test_cue_inside_a_reported_clause_belongs_to_the_reporting_subject():
    text = 'Ada Roth said that Ben Ortiz begged her for support and "would have dropped to his knees" for it.'
    quotes = extract(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Ada Roth", "Ada Roth")]
    # a subordinate reporter keeps the quote ('…, after Ortiz said the mayor called it “a farce”')
    text = '"I never said that," Ada Roth said, after Ben Ortiz said the mayor had called the plan "a farce".'
    assert [q.speaker for q in extract(text)][-1] != "Ada Roth"


def test_coordinate_clause_with_its_own_subject_governs_the_partial_quote():
    text = ("Ada Roth spoke on Monday. If you doubt the port board, the Harbour Herald will brand you a liar "
            'and the Norland Courier will accuse you of a "freak out."')
    assert [q.speaker_mention for q in extract(text)] == ["the Norland Courier"]
    text = ('Ada Roth spoke on Monday. She pledged to fix the "broken" ferry system and she, once again, '
            'pledged a "harbour revolution" on the quay.')
    quotes = extract(text)
    assert [q.speaker_start for q in quotes] == [text.index("She"), text.index("she, once")]
    # a possessive after 'and' opens no clause
    text = 'Ada Roth mocked Ben Ortiz and Ivo Park\u2019s claims that they were friends as "political theatre."'
    assert [q.speaker for q in extract(text)] == ["Ada Roth"]


def test_relative_who_with_its_own_verb_before_a_conjoined_or_participle_cue():
    text = ('The port reopened. Ada Roth "was handled lightly for her offense," said a former harbour official '
            'who oversaw the inquiry and described the ferry affair as "a lesser matter."')
    quotes = extract(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes][-1] == ("former harbour official", "who")
    text = ('The port reopened. Ada Roth was rallying for a lawyer named Ben Ortiz, who is running for mayor '
            'and who worked the crowd, praising "the quiet courage of the dockers" as he spoke.')
    assert [q.speaker for q in extract(text)] == ["Ben Ortiz"]
    # a relative clause set off before the main verb leaves the name the subject
    text = 'The port reopened. Ben Ortiz, who backed the plan, said it was "a lesser matter."'
    assert [q.speaker_mention for q in extract(text)] == ["Ben Ortiz"]


def test_inverted_subject_one_of_keeps_its_of_phrase():
    for np in ("one of the aides", "one of two witnesses", "one of his aides"):
        text = f'Ben Ortiz argued that the guild should back Roth. "It was awful," said {np} who saw the vote.'
        assert [q.speaker_mention for q in extract(text)] == [np]


def test_a_dropped_title_ending_in_a_period_still_ends_its_sentence():
    text = ('Ada Roth poured "cold water on the idea," she wrote in her memoir, "Harbour Days." She was adamant, '
            'telling Ben Ortiz they would not "have to make the first move."')
    quotes = extract(text)
    assert [q.text for q in quotes] == ["cold water on the idea,", "have to make the first move."]
    assert quotes[1].speaker_start == text.index("She was")


def test_subordinate_clause_with_its_own_subject_governs_the_partial_quote():
    text = ('Ben Ortiz spoke on Monday. Harbour chief Ada Roth decided not to recommend charges at a briefing '
            'even though she found "evidence" that the ferry log was altered.')
    quotes = extract(text)
    assert [(q.speaker, q.speaker_start) for q in quotes] == [("Ada Roth", text.index("she found"))]
    # inside the reported clause of a saying cue the sayer keeps the quote
    text = ('Ben Ortiz spoke on Monday. Ada Roth backed the plan, saying she held off because she believed '
            '"we must help the dockers first."')
    assert [q.speaker_start for q in extract(text)] == [text.index("Ada Roth backed")]


def test_main_clause_after_a_quote_closing_a_leading_phrase_governs_the_next_quote():
    text = ('Ben Ortiz arrived on Monday. And, in a clip that Judge Ada Roth called "distasteful," Ortiz expressed '
            'a desire to "sink the harbour board."')
    assert [q.speaker for q in extract(text)] == ["Ada Roth", "Ben Ortiz"]


def test_name_with_appositive_after_a_relative_word_is_the_cue_subject():
    text = ('Ben Ortiz arrived on Monday. He protected the ferry delegates at the 1976 vote, in what Ada Roth, '
            'treasurer of the rival campaign, called "hand-to-hand combat."')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Ada Roth")]


def test_for_before_a_participle_cue_is_not_part_of_the_subject():
    text = ('The harbour expert under scrutiny lashed out today against Mayor Ada Roth for calling him '
            'a "person of interest" in the inquiry.')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Mayor Ada Roth")]


def test_speaker_heard_or_seen_on_a_recording_after_the_quote():
    text = 'Ben Ortiz spoke in Harbourtown. "Should ferries be registered?" a reporter can be heard asking Ortiz.'
    assert [q.speaker_mention for q in extract(text)] == ["a reporter"]
    text = 'Ben Ortiz spoke in Harbourtown. "We will sink them," Ada Roth was seen telling aides in the video.'
    assert [q.speaker for q in extract(text)] == ["Ada Roth"]


def test_initial_quote_with_a_comment_before_its_trailing_cue():
    text = ('"The more the better," Ada Roth concludes.\n'
            '"It is reminiscent of the 1960s," the dawn of the modern harbour movement, Roth says.')
    quotes = extract(text)
    assert [q.speaker for q in quotes] == ["Ada Roth", "Ada Roth"]
    assert quotes[1].speaker_start == text.index("Roth says")


def test_as_verb_with_article_reflexive_or_who_subject():
    cases = [('Mayor Ada Roth heralded the harbour deal as a "breakthrough." The deal starts in May.', "Ada Roth", "Mayor Ada Roth"),
             ('Ben Ortiz later defended his remarks as being "sarcastic."', "Ben Ortiz", "Ben Ortiz"),
             ('For now, the harbour board waves off the delay as having "minimal" impact.', "harbour board",
              "the harbour board"),
             ('Ada Roth, who has postured herself as the "harbour candidate," toured the docks.', "Ada Roth", "who"),
             ('Citing the storms, the retired skipper offered himself as a "steady hand" for the port.',
              "retired skipper", "the retired skipper")]
    for text, speaker, mention in cases:
        assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [(speaker, mention)], text
    # a noun phrase right after a verb is that verb's object, not the subject
    assert extract('Long before aides began to portray the harbour shooting as a "workplace" issue, it spread.') == []


def test_cue_inside_a_subordinate_clause_takes_the_clause_subject():
    cases = [('The court fined a fisherman after the man had posted that inspectors should "go home" at once.', "the man"),
             ('The break was complete when Ada Roth in her budget speech called the harbour board "a relic" again.', "Ada Roth"),
             ('There were sharper moments, as when Ben Ortiz praised the crews and called the plan "a farce," a rare dig.',
              "Ben Ortiz")]
    for text, mention in cases:
        assert [q.speaker_mention for q in extract(text)] == [mention], text


def test_possessed_speech_noun_with_place_phrase_or_is_that():
    text = ('Ada Roth spoke on Monday. She drew fire over her assertion during the debate that the port '
            'is "finally there" for trade.')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "her")]
    text = "But Haddad's boldest claim is that the harbour board is a \"closed shop\" run by insiders."
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Haddad", "Haddad")]


def test_participle_after_a_comma_and_a_place_phrase():
    text = ('Ada Roth arrived on Monday. The reform stalled in May, and she has fought the board over the budget, '
            'at one point calling its chair a "relic" of the old port.')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "she")]


def test_who_clause_cue_running_to_a_colon():
    text = ('Any ruling would involve Harbour Master Jo Reyes, who told the council when asked about the '
            'dredging: "That matter is with the engineers now."')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Jo Reyes", "who")]
    # a comma after the who clause's cue closes it: the colon is another clause's
    text = 'Ben Ortiz, who told the council about it, later added a warning of his own: "Keep off the pier."'
    assert [q.speaker_mention for q in extract(text)] != ["who"]


def test_quotes_joined_by_an_ellipsis_share_the_speaker():
    text = ('Ada Roth kept quiet. At the briefing in Norland on Monday after the summit, her first three '
            'questioners were blunt: "Is the port safe?" . . . "Who pays for the dredging?" \u2026 "Will you resign?"')
    quotes = extract(text)
    assert len(quotes) == 3 and len({(q.speaker, q.speaker_mention) for q in quotes}) == 1


def test_crowd_participle_after_a_first_conjoined_participle():
    text = 'Outside the town hall in Norland, about 80 protesters gathered in two groups, waving flags and chanting "Save the pier."'
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("protesters", "about 80 protesters")]


def test_connective_then_determiner_subject_of_an_earlier_cue():
    text = ('Logs were copied. But a source familiar with the harbour inquiry said the files that were '
            'taken suggested the intruders wanted "tide data."')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [
        ("source familiar with the harbour inquiry", "a source familiar with the harbour inquiry")]


def test_relative_thing_with_an_object_naming_verb():
    text = 'The board kept silent, while the guild sent a series of "Dear Neighbour" letters that called him an "absentee landlord."'
    quotes = extract(text)
    assert [(q.text, q.speaker, q.speaker_mention) for q in quotes] == [("absentee landlord.", "letters", "that")]


def test_late_partial_shares_its_sentence():
    text = "Haddad's boldest claim is that the harbour board is a \"closed shop\" run to \"keep out\" newcomers."
    assert [(q.text, q.speaker) for q in extract(text)] == [("closed shop", "Haddad"), ("keep out", "Haddad")]


def test_progressive_cue_takes_its_clause_subject():
    text = ('In what may be the first time the two sides have agreed on anything, the dock guild is calling '
            'on Ada Roth to "stop the dredging" and resign.')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("dock guild", "the dock guild")]


def test_goes_on_to_before_a_cue():
    text = ('The Norland Herald ran a long editorial. The piece goes on to slam the mayor\'s "harbour revival" '
            'for ignoring "the people who actually fish."')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("piece", "The piece")] * 2


def test_report_by_author_before_a_that_clause():
    text = 'On Friday it was a report by Harbour Weekly that the mayor "invented" the story of the rescue.'
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Harbour Weekly", "Harbour Weekly")]
    assert extract('Ada Roth arrived on Monday. A report by Roth on "harbour safety" came out.') == []


def test_one_led_subject_of_an_object_cue():
    text = 'The summit ended without a deal. One news account described Ada Roth sitting "glumly on the pier" all night.'
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("One news account", "One news account")]


def test_poll_respondents_as_subject():
    cases = [('In the Herald survey, those polled said the harbour is "in decline" now.', "those polled"),
             ('While those surveyed said Jo Reyes has the "best experience," Ada Roth leads the field.', "those surveyed"),
             ('Most of those questioned say the pier is "unsafe" at night.', "Most of those questioned")]
    for text, mention in cases:
        assert [q.speaker_mention for q in extract(text)] == [mention], text


def test_causative_object_speaks_the_infinitive_cue():
    text = ('The chart was shared 900 times, prompting harbour officials like Jo Reyes to counter that '
            '"every boat that left the pier came back."')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [
        ("Jo Reyes", "harbour officials like Jo Reyes")]


def test_appositive_subject_after_while_and_late_verb_proposed():
    for text in ('The council signed an order on the pier, while Ben Ortiz, the former harbour master, noted the "quiet season" in May.',
                 'The council signed an order on the pier, while Ben Ortiz, the former harbour master, proposed they "start over" in May.'):
        assert [q.speaker for q in extract(text)] == ["Ben Ortiz"], text


def test_definite_person_noun_opening_the_sentence_before_any_cue():
    text = 'The impostor gushed about a "shared love of the sea" and left.'
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("impostor", "The impostor")]
    # a body's common noun is left for the rules that can name it
    assert extract('The organisation urged both sides to remember "the duty of care" at sea.') == []


def test_speech_noun_object_of_a_light_verb():
    text = ('Introduced by the harbour master, Ben Ortiz launched into a lament for the "forgotten crews" '
            'who are "owed a living" by the port.')
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ben Ortiz", "Ben Ortiz")] * 2


def test_title_after_in_a_song_a_pseudonym_or_an_address_is_no_statement():
    for text in ('Ada Roth said her favourite role was a ferry captain in "The Quiet Harbour."',
                 'Ada Roth said on Monday the band would perform "Lights Over Harbourtown." Then it left.',
                 "Ben Ortiz wrote under the pseudonym \u201cCaptain Salt,\u201d but he was found out.",
                 'Cards arrived at the house, many addressed simply to "Mr. and Mrs. Roth, Harbourtown." They fill a box.'):
        assert extract(text) == []
    # a write-in vote names the candidate voted for: PolNeAR counts it
    assert [q.text for q in extract('I wrote in "Ada Roth" on my ballot, Ben Ortiz said.')] == ["Ada Roth"]


def test_chant_is_no_statement():
    quotes = extract('Ada Roth joked, \u201cYou are all ridiculous,\u201d drawing jeers and \u201cORTIZ!\u201d chants.')
    assert [(q.text, q.speaker) for q in quotes] == [("You are all ridiculous,", "Ada Roth")]


def test_words_of_a_question_are_not_the_subjects_statement():
    for text in ("The poll is out. Asked whether Roth is \u201cfit to serve as mayor,\u201d 60 percent of residents said yes.",
                 'To a question on the "port levy," Ben Ortiz said the fee was too high.'):
        assert extract(text) == []
    quotes = extract('Ada Roth was asked, "Will you run again?" She answered, "I have no idea."')
    assert [(q.text, q.speaker) for q in quotes] == [("I have no idea.", "Ada Roth")]
    # the answer after the asked-clause keeps its speaker
    for text in ('Asked about the levy, Ben Ortiz said, "It is too high."',
                 'Asked about the levy Ben Ortiz said "it is too high" and left.'):
        assert [q.speaker for q in extract(text)] == ["Ben Ortiz"]


def test_show_after_interview_with_is_a_title():
    assert extract('Ben Ortiz addressed the plan in another interview with "The Harbour Hour," saying it cost too much.') == []


def test_title_of_a_referendum_after_a_dash_is_no_statement():
    text = ("Ada Roth said on Monday that the party has called a referendum \u2014 \u201cNo to the Harbour Toll\u201d \u2014"
            " for June.")
    assert extract(text) == []


def test_slogan_on_a_banner_after_a_colon_is_no_statement():
    assert extract('Dock workers met Ada Roth on Monday. They unfurled a banner reading: "No to the port closure." Roth left.') == []


def test_label_after_marked_and_app_name_are_no_statements():
    for text in ('Police said they found the guns in crates that were marked "Harbour Freight."',
                 'A new mobile application "Tidewatch" developed by Ada Roth will help fishermen, the Herald reported.'):
        assert extract(text) == []


def test_possessor_of_a_role_or_office_is_kept_in_the_speaker():
    text = "Ada Roth arrived on Monday. \u201cWe will reply,\u201d Roth\u2019s office said in a statement."
    assert [q.speaker for q in extract(text)] == ["Ada Roth\u2019s office"]
    text = "Ada Roth arrived on Monday. Roth's spokesman said: \u201cWe will reply.\u201d"
    assert [q.speaker for q in extract(text)] == ["Ada Roth's spokesman"]
    # a named body's spokesman is not the person named nearby
    text = "Ada Roth arrived on Monday. \u201cWe will reply,\u201d the Kremlin\u2019s spokesman said."
    assert [q.speaker for q in extract(text)] == ["Kremlin\u2019s spokesman"]


def test_named_possessor_of_a_body_with_modifiers_is_the_speaker():
    for text in ("Ada Roth arrived on Monday. Norland\u2019s foreign ministry said: \u201cWe will reply.\u201d",
                 "Ada Roth arrived on Monday. \u201cWe will reply,\u201d Norland\u2019s foreign ministry said."):
        [q] = extract(text)
        assert (q.speaker, q.speaker_mention) == ("Norland\u2019s foreign ministry", "Norland\u2019s foreign ministry")
    # a plural possessive keeps one mark, and the person is named in full
    [q] = extract("Ben Sanders spoke. \u201cWe will win,\u201d Sanders\u2019 campaign said.")
    assert q.speaker == "Ben Sanders\u2019 campaign"


def test_a_nations_body_with_modifiers_is_the_speaker():
    cases = [("The Belarusian defence ministry said the drills were \u201cpurely defensive.\u201d",
              "Belarusian defence ministry"),
             ("The Saudi-led coalition said it had intercepted \u201ca hostile drone.\u201d", "Saudi-led coalition"),
             ("\u201cWe want peace,\u201d the Chinese embassy said.", "Chinese embassy")]
    for text, speaker in cases:
        assert [q.speaker for q in extract(text)] == [speaker], text
    [q] = extract("Iran\u2019s Supreme Leader Ayatollah Ali Khamenei said: \u201cWe will not negotiate.\u201d")
    assert q.speaker == "Ali Khamenei"  # 'Ayatollah' is a title


def test_a_document_named_by_its_owners_possessive_gives_the_owner():
    cases = [("Ada Roth spoke. Roth\u2019s statement said: \u201cWe reject this.\u201d", "Ada Roth", "Roth\u2019s statement"),
             ("\u201cWe reject this,\u201d the ministry\u2019s statement said.", "ministry", "the ministry\u2019s statement"),
             ("The council\u2019s report said the plan was \u201cflawed.\u201d", "council", "The council\u2019s report")]
    for text, speaker, mention in cases:
        assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [(speaker, mention)], text
    [q] = extract("The council\u2019s spokesman said: \u201cWe reject this.\u201d")
    assert q.speaker_mention == "The council\u2019s spokesman"


def test_arabic_particle_surnames_after_the_quote():
    for text, speaker in [("Abdel Fattah al-Sisi spoke. \u201cWe will win,\u201d al-Sisi said.", "Abdel Fattah al-Sisi"),
                          ("Abdel Fattah el-Sisi spoke. \u201cWe will win,\u201d said el-Sisi.", "Abdel Fattah el-Sisi")]:
        assert [q.speaker for q in extract(text)] == [speaker], text


def test_both_persons_of_a_conjoined_pair_expand_later_surnames():
    text = ("Norland's Ada Roth and Ben Ortiz met on Monday. \u201cThe port is open,\u201d Roth said. "
            "\u201cWe agree,\u201d Ortiz said.")
    assert [q.speaker for q in extract(text)] == ["Ada Roth", "Ben Ortiz"]
    text = "Emmanuel Macron and Olaf Scholz met. \u201cEurope is united,\u201d Macron said."
    assert [q.speaker for q in extract(text)] == ["Emmanuel Macron"]


def test_unnamed_groups_and_sources_of_crisis_reporting():
    cases = [("Western diplomats said the proposal was \u201cdead on arrival.\u201d", "Western diplomats"),
             ("In a joint statement, the G7 foreign ministers said they were \u201cunited.\u201d", "G7 foreign ministers"),
             ("\u201cThe talks failed,\u201d two officials said.", "two officials"),
             ("A source close to the Kremlin said the offer was \u201cfinal.\u201d", "source close to the Kremlin"),
             ("\u201cIt failed,\u201d said a source close to the talks.", "source close to the talks")]
    for text, speaker in cases:
        assert [q.speaker for q in extract(text)] == [speaker], text


def test_the_one_quoted_as_saying_is_the_speaker_not_the_outlet():
    assert [q.speaker for q in extract("Russian state media quoted Putin as saying the West was \u201clying.\u201d")] == ["Putin"]
    assert [q.speaker for q in extract("Agencies quoted Putin on Tuesday as saying the West was \u201clying.\u201d")] == ["Putin"]
    quotes = extract("Russian news agencies cited the defence ministry as saying the troops were \u201creturning.\u201d")
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("defence ministry", "the defence ministry")]
    quotes = extract("Vladimir Putin spoke. State TV quoted him as saying the West was \u201clying.\u201d")
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Vladimir Putin", "him")]


def test_a_pronoun_inside_its_sentences_reporting_construction_gives_the_subjects_mention():
    text = ("Mayor Ada Roth spoke on Monday. Roth says the town is \u201cready,\u201d but also hungry for what she "
            "calls \u201creal change.\u201d Specifically, \u201ca new pier.\u201d")
    quotes = extract(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Ada Roth", "Roth")] * 3
    text = ("Ben Ortiz took the stage. His aides had urged him to be \u201ccalm,\u201d but Ortiz said he replied: "
            "\u201cI am always calm.\u201d")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)][-1] == ("Ben Ortiz", "Ortiz")
    # a pronoun of its own clause keeps its mention
    [q] = extract("Ben Ortiz spoke. Ortiz said the plan failed, though he called it \u201ca start.\u201d")
    assert q.speaker_mention == "he"


def test_an_indefinite_subject_of_a_leading_clause_speaks_its_quote():
    text = "When someone in the crowd shouted, \u201cOrtiz,\u201d Ada Roth joked, \u201cHe is not here!\u201d"
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [
        ("someone in the crowd", "someone in the crowd"), ("Ada Roth", "Ada Roth")]
    text = "When the heckler yelled, \u201cResign,\u201d Ada Roth said, \u201cNot today.\u201d"
    assert [q.speaker_mention for q in extract(text)] == ["the heckler", "Ada Roth"]


def test_a_determiner_led_subject_after_as_speaks_the_quote_after_its_colon():
    text = "\u201cWe are here,\u201d Ada Roth said as the heckler yelled: \u201cGo home!\u201d"
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Ada Roth"), ("heckler", "the heckler")]
    text = "\u201cWe are here,\u201d Ada Roth said while a fisherman shouted, \u201cGo home!\u201d"
    assert [q.speaker_mention for q in extract(text)] == ["Ada Roth", "a fisherman"]


def test_a_name_before_a_contracted_appositive_is_the_cues_subject():
    text = "It was only last spring that Ada Roth, who\u2019s running for mayor, said the pier was \u201cbeyond repair.\u201d"
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Ada Roth")]


def test_a_plural_after_a_regional_adjective_is_no_cue():
    text = ("Norland's influence has stirred unease in many Baltic states, and it has used \u201csoft power\u201d "
            "in its dealings with the coast, said Ada Roth, a historian at the Harbour Institute.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Ada Roth")]


def test_a_report_which_notes_a_quote_is_its_speaker():
    text = "The mayor's office linked to the Harbour Trust report, which notes, \u201cThe pier loses money every year.\u201d"
    [q] = extract(text)
    assert q.speaker_mention == "which" and "Harbour Trust" in q.speaker


def test_a_clause_after_a_semicolon_has_its_own_subject():
    text = "Nine in 10 fishermen were worried about the levy; most said they were \u201cvery worried.\u201d"
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("most", "most")]
    text = "Ada Roth was worried about the levy; her deputy Ben Ortiz said it was \u201ca disaster.\u201d"
    assert [q.speaker for q in extract(text)] == ["Ben Ortiz"]


def test_the_object_of_to_before_a_cue_is_not_its_subject():
    text = "Ada Roth\u2019s email to her supporters notes that the pier \u201cis falling apart.\u201d"
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Ada Roth\u2019s email")]


def test_an_indefinite_person_in_a_subordinate_clause_speaks_its_cue():
    text = ("Ben Ortiz is assuring voters he is ready after a fisherman in Dover, Delaware, told him "
            "he is \u201ctoo soft\u201d to run the port.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("fisherman", "a fisherman")]


def test_a_with_clause_subject_speaks_its_infinitive_cue():
    text = "The board denied the report, with Ada Roth taking to the radio to call it \u201ca pack of lies\u201d on Monday."
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Ada Roth")]


def test_an_ing_cue_after_a_though_clause_takes_its_pronoun_subject():
    text = ("Mayor Ada Roth has used the word to describe the pier, though at a briefing last week she used "
            "stronger words, saying the plan \u201cmust go.\u201d")
    [q] = extract(text)
    assert (q.speaker, q.speaker_mention) == ("Ada Roth", "she")


def test_a_floating_quote_after_a_promise_takes_the_promiser():
    text = ("\u201cWe are not done,\u201d Ada Roth told the crowd. Her rival, Ben Ortiz, spoke next. "
            "He also promised that he is staying in the race. \u201cWe are in till the last vote is counted!\u201d")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)][-1] == ("Ben Ortiz", "He")


def test_a_who_clause_after_a_dash_gives_the_mention_who():
    text = "Mayor Ada Roth - who once said she would \u201csell the pier\u201d to the highest bidder - won again on Sunday."
    [q] = extract(text)
    assert (q.speaker, q.speaker_mention) == ("Ada Roth", "who")


def test_a_free_relative_pronoun_gives_the_name_inside_a_role_led_subject():
    text = "Radio talk host Ada Roth used her show on Friday to discuss what she described as the \u201creckless\u201d plan."
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Ada Roth")]


def test_a_quote_after_a_closed_who_clause_is_the_antecedents():
    text = "Ada Roth, who has called the pier \u201ca ruin,\u201d clearly wanted the board to \u201cact now\u201d on it."
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "who"), ("Ada Roth", "Ada Roth")]


def test_a_subject_restricted_by_a_who_clause_speaks_not_the_clauses_object():
    cases = [("The two fishermen who met the mayor on Monday said the pier was \u201cbeyond repair.\u201d", "The two fishermen"),
             ("A woman who attended the rally said the plan was \u201ca disgrace.\u201d", "A woman")]
    for text, mention in cases:
        assert [q.speaker_mention for q in extract(text)] == [mention], text
    text = "At the meeting, residents who met Mayor Ada Roth on Monday said the levy was \u201cunfair.\u201d"
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("residents", "residents")]


def test_a_quote_before_a_contrast_keeps_its_own_cue():
    text = ("Ben Ortiz took the stage. His wife had warned him to stay \u201ccalm,\u201d but Ortiz said he "
            "replied: \u201cI am always calm.\u201d")
    assert [q.speaker_mention for q in extract(text)] == ["His wife", "Ortiz"]


def test_speculated_and_stating_are_cues():
    quotes = extract('Harbour experts have speculated that the dredger might raise its "annual yield" through other means.')
    assert [(q.speaker, q.cue) for q in quotes] == [("Harbour experts", "speculated")]
    quotes = extract('Hours earlier, a Roth campaign memo went out stating that the defeat was "long expected."')
    assert [(q.speaker_mention, q.cue) for q in quotes] == [("a Roth campaign", "stating")]


def test_conclusion_and_words_are_possessed_speech_nouns():
    quotes = extract("The ferry was cut because, in Ada Roth\u2019s words, \u201cnobody rides it in winter.\u201d")
    assert [(q.speaker, q.cue) for q in quotes] == [("Ada Roth", "-noun")]
    quotes = extract("Ada Roth spoke. The ferry was cut because, in her words, \u201cnobody rides it in winter.\u201d")
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Ada Roth", "her")]
    quotes = extract('The plan was hurt by Ben Ortiz\'s conclusion that the pier was "beyond repair."')
    assert [q.speaker for q in quotes] == ["Ben Ortiz"]


def test_role_phrase_before_the_name_of_a_late_cue():
    quotes = extract('Harbour front-runner Ada Roth defended her aide as a "very decent man" on Tuesday.')
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Ada Roth", "Ada Roth")]
    quotes = extract('Former harbour master Ada Roth defended her aide as a "very decent man" on Tuesday.')
    assert [q.speaker for q in quotes] == ["Ada Roth"]


def test_a_show_told_or_spoken_to_is_a_title():
    quotes = extract('"We have to widen the channel," the mayor told "Harbour Morning" after the vote.')
    assert [q.text for q in quotes] == ["We have to widen the channel,"]
    quotes = extract('Speaking to "Coast Live Tonight" on Monday, Ada Roth said the pier was "finished."')
    assert [q.text for q in quotes] == ["finished."]


def test_ing_cues_double_the_final_consonant():
    quotes = extract('The mayor began her speech by slamming candidates who think they can "outsource" the harbour.')
    assert [(q.speaker_mention, q.cue) for q in quotes] == [("The mayor", "slamming")]
    quotes = extract('Ada Roth ended the hearing, quipping that the pier was "older than the town."')
    assert [(q.speaker, q.cue) for q in quotes] == [("Ada Roth", "quipping")]


def test_implied_and_retweeted_are_cues():
    quotes = extract('Ada Roth spoke. She implied the harbour judge was biased and "hostile" to fishermen.')
    assert [(q.speaker, q.cue) for q in quotes] == [("Ada Roth", "implied")]
    quotes = extract('Ada Roth retweeted a message from her adviser that read: "The pier stays open."')
    assert [q.speaker for q in quotes] == ["Ada Roth"]


def test_a_coordinate_clause_after_an_inverted_cue_has_its_own_speaker():
    text = ("\u201cI back the port,\u201d says Ada Roth, 31, of Dover, but she was stunned when she heard about "
            "the \u201charbour levy\u201d that the council passed.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth", "Ada Roth"), ("Ada Roth", "she")]


def test_he_does_not_resolve_to_a_lower_case_body():
    text = ("The North fired two rockets, the South's defence ministry told reporters. "
            "\u201cTheir range was short,\u201d he said.")
    assert [q.speaker for q in extract(text)] != ["South's defence ministry"]
    text = "Ben Ortiz spoke first. The Norland army said it was ready. \u201cWe are ready,\u201d he said."
    assert [q.speaker for q in extract(text)] == ["Ben Ortiz"]


def test_a_name_that_begins_a_fuller_earlier_name_expands_to_it():
    text = ("Halim Rosli Kadir, head of the zone, spoke on Monday. \u201cThe gunmen fled,\u201d Halim Rosli said. "
            "\u201cWe will find them,\u201d he said.")
    assert [q.speaker for q in extract(text)] == ["Halim Rosli Kadir", "Halim Rosli Kadir"]
    text = "Vardo Express Inc. cut flights. \u201cWe regret it,\u201d Vardo Express said."
    assert [q.speaker for q in extract(text)] == ["Vardo Express"]


def test_an_unnamed_source_keeps_where_it_is_stationed():
    cases = [("\u201cA farmer has died,\u201d a police official posted in Varnoy said.", "police official posted in Varnoy"),
             ("A police official based in Varnoy said: \u201cA farmer has died.\u201d", "police official based in Varnoy"),
             ("\u201cA farmer has died,\u201d said a health official stationed at Varnoy clinic.",
              "health official stationed at Varnoy clinic")]
    for text, speaker in cases:
        assert [q.speaker for q in extract(text)] == [speaker], text
    assert [q.cue for q in extract("Ada Roth posted in a tweet: \u201cWe won.\u201d")] == ["posted"]


def test_a_body_owned_by_a_pronoun_is_its_referents():
    text = "Ms Ada Roth has not commented. Her media team responded: \u201cYes, this is fake.\u201d"
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("Ada Roth's media team", "Her media team")]
    text = "Senator Ben Ortiz was absent. \u201cHe is ill,\u201d his office said."
    assert [q.speaker for q in extract(text)] == ["Ben Ortiz's office"]


def test_a_bare_body_word_takes_a_later_full_name_when_none_came_before():
    text = "Police said the crash was \u201cnot an accident.\u201d Varnshire Police said a man was arrested."
    assert [q.speaker for q in extract(text)] == ["Varnshire Police"]
    text = "Norwood Police arrived. Police said it was \u201cno accident.\u201d Varnshire Police said nothing."
    assert [q.speaker for q in extract(text)] == ["Norwood Police"]


def test_an_unnamed_person_keeps_the_named_place_it_is_at():
    cases = [("\u201cAll hail the new age!\u201d declared a writer in The Norland Herald on Jan. 3.",
              "writer in The Norland Herald"),
             ("A teacher at Varnoy College in Berwick told him he \u201chad the devil in him\u201d.", "teacher at Varnoy College"),
             ("\u201cIt failed,\u201d said an official in Varnoy.", "official in Varnoy"),
             ("A statement from the Varnoy Hospital says \u201call is well.\u201d", "Varnoy Hospital")]
    for text, speaker in cases:
        assert [q.speaker for q in extract(text)] == [speaker], text


def test_a_first_name_run_into_the_surname_is_split():
    text = ("The girls had feuded, according to District Attorney BenOrtiz. "
            "\u201cWe will review all the factors,\u201d Ortiz said.")
    assert [q.speaker for q in extract(text)] == ["Ben Ortiz"]
    text = "General Douglas MacArthur spoke. \u201cI shall return,\u201d MacArthur said."
    assert [q.speaker for q in extract(text)] == ["Douglas MacArthur"]


def test_the_particle_ul_joins_a_name():
    text = ("Chief of the Norland Party, Tariq ul Haq extended congratulations to the minister. "
            "\u201cWe are with the government,\u201d he said.")
    assert [q.speaker for q in extract(text)] == ["Tariq ul Haq"]


def test_a_name_that_ends_a_fuller_earlier_name_expands_to_it():
    text = "Karim Wali Nasri, brother of the commander, spoke. \u201cI expect a result tonight,\u201d Wali Nasri said."
    assert [q.speaker for q in extract(text)] == ["Karim Wali Nasri"]
    text = "President Tomas Ruiz Varela spoke. \u201cI am very concerned,\u201d Mr Ruiz Varela said."
    assert [q.speaker for q in extract(text)] == ["Tomas Ruiz Varela"]


def test_a_role_word_before_a_surname_gives_the_full_name():
    text = ("Ludde Varg, the skipper of Nordstar, spoke. \u201cSplit starts are good,\u201d he said. "
            "Skipper Varg says his tactics are easy. \u201cAt the start it is easy,\u201d he said.")
    assert [q.speaker for q in extract(text)] == ["Ludde Varg", "Ludde Varg"]
    assert [q.speaker for q in extract("Ben Holt spoke. \u201cIt is fine,\u201d Lester Holt said.")] == ["Lester Holt"]


def test_a_first_name_after_a_kinship_noun_is_a_candidate():
    text = ("Ada Roth said the vote was \u201ca farce,\u201d she said. Her sister Lina, 27, was less enthusiastic. "
            "Their 60-year-old mother, Marta, sounded resigned. \u201cOnly faith can save us,\u201d she said.")
    assert [q.speaker for q in extract(text)] == ["Ada Roth", "Marta"]


def test_a_plural_person_noun_after_a_place_is_the_subject():
    assert [q.speaker for q in extract("\u201cIt is nasty,\u201d Norland firefighters said.")] == ["Norland firefighters"]
    assert [q.speaker for q in extract("\u201cIt is nasty,\u201d said Norland farmers.")] == ["Norland farmers"]


def test_a_sequence_ending_in_press_is_an_outlet():
    text = "\u201cThe rule has ended,\u201d the Varnoy-based Norland news agency Afghan Harbour Press said."
    assert [q.speaker for q in extract(text)] == ["Afghan Harbour Press"]
    assert [q.speaker for q in extract("Press Secretary Ada Roth said it was \u201cover.\u201d")] == ["Ada Roth"]


def test_an_inverted_subject_ends_before_among():
    text = "\u201cIt will be installed next week,\u201d said a western diplomat among official observers at the talks."
    assert [q.speaker for q in extract(text)] == ["western diplomat"]


def test_a_web_domain_ending_is_part_of_the_name():
    text = ("According to Corvane.com, a leading software company, the virus is spreading. "
            "The virus, the company warned, \u201ccan delete files.\u201d")
    assert [q.speaker for q in extract(text)] == ["Corvane.com"]


def test_an_adjective_use_of_the_role_is_no_antecedent():
    text = ("A senior Norland Party official has said the party will stop. He said it would not make an "
            "official declaration. \u201cWe cannot predict anything,\u201d the official said.")
    assert [q.speaker for q in extract(text)] == ["senior Norland Party official"]


def test_two_plural_groups_opening_a_sentence_are_one_subject():
    assert [q.speaker for q in extract("Critics and scholars called it \u201ca turning point.\u201d")] == ["Critics and scholars"]
    text = "Ada Ross spoke. Ross and colleagues called it \u201ca turning point.\u201d"
    assert [q.speaker for q in extract(text)] == ["Ada Ross"]


def test_an_unnamed_person_who_gives_a_name_is_that_name():
    cases = [("\u201cHe is a calm guy,\u201d said a boy who gave his name as Tomas, and said he was a friend.", "Tomas"),
             ("A woman, who identified herself as Lina Varg, said: \u201cWe are afraid.\u201d", "Lina Varg"),
             ("\u201cWe are afraid,\u201d a woman identified only as Lina told reporters.", "Lina")]
    for text, speaker in cases:
        assert [q.speaker for q in extract(text)] == [speaker], text


def test_a_quantifier_before_a_plural_group_is_kept():
    assert [q.speaker for q in extract("\u201cIt is over,\u201d some Norlanders said.")] == ["some Norlanders"]
    assert [q.speaker for q in extract("Two MPs said the plan was \u201cdead.\u201d")] == ["Two MPs"]


def test_an_age_description_takes_the_person_just_reporting():
    text = ("At the hall, Karim Nasri said he feared delays. "
            "\u201cOur families have lived here for generations,\u201d the 40-year-old Muslim told reporters.")
    assert [q.speaker for q in extract(text)] == ["Karim Nasri"]
    text = "Ada Roth spoke. At the hall, Karim Nasri said he feared delays. \u201cWe wait,\u201d the 40-year-old fisherman said."
    assert [q.speaker for q in extract(text)] == ["Karim Nasri"]


def test_two_speakers_joined_by_and_speak_together():
    assert [q.speaker for q in extract("Ada Roth and Ben Ortiz said: \u201cThe plan is dead.\u201d")] == ["Ada Roth and Ben Ortiz"]
    text = "\u201cThe plan is dead,\u201d said Norland Prime Minister Ada Roth and Varnoy President Ben Ortiz."
    assert [q.speaker for q in extract(text)] == ["Ada Roth and Ben Ortiz"]
    text = "The League of Harbour Pilots and the Dock Union said: \u201cThe plan is dead.\u201d"
    assert [q.speaker for q in extract(text)] == ["League of Harbour Pilots and Dock Union"]
    text = "Ada Roth and Ben Ortiz met. Ben Ortiz said: \u201cWe agree.\u201d \u201cIt is done,\u201d he said."
    assert [q.speaker for q in extract(text)] == ["Ben Ortiz", "Ben Ortiz"]


def test_a_man_known_as_a_name_is_that_name_later_too():
    text = ("But a man known as Tomas told reporters he knew the suspect. "
            "\u201cHe had trained for six weeks,\u201d the man said.")
    assert [q.speaker for q in extract(text)] == ["Tomas"]
    assert [q.speaker for q in extract("\u201cHe had trained,\u201d said a man known as Tomas.")] == ["Tomas"]


def test_via_records_the_outlet_a_quote_is_reported_through():
    text = ("“Delegates must vote freely,” Governor Tom Walden said, according to a Harbour Radio account. “It is their right.”"
            "\n\nAccording to the Lorn Gazette, Mayor Ann Lee said the levy was “dead on arrival.”")
    first, second, third = one(text)
    assert (first.speaker, first.via) == ("Tom Walden", "a Harbour Radio account")
    assert text[first.via_start:first.via_end] == first.via
    assert (second.speaker, second.via) == ("Tom Walden", "a Harbour Radio account")  # the same speech clause
    assert (third.speaker, third.via) == ("Ann Lee", "the Lorn Gazette")


def test_via_is_none_for_accordance_and_for_content_sources():
    text = ("“We will proceed,” Ann Lee said, according to plan.\n\n"
            "According to polls by the council, most residents call the pace “too slow,” Lee added.\n\n"
            "“The port reopens,” according to the harbour master.")
    quotes = one(text)
    assert [q.via for q in quotes] == [None, None, None]


def test_free_relative_subject_and_adverb_before_trailing_cue():
    [q] = one("The port deal is what former dockers have called a “sweetheart scheme” for the owners.")
    assert (q.speaker, q.speaker_mention, q.cue) == ("former dockers", "former dockers", "called")
    [q] = one("The pastor faulted the club for “promoting chaos” on his show, Lorn Watch first reported.")
    assert (q.speaker, q.speaker_mention) == ("Lorn Watch", "Lorn Watch")


def test_campaign_role_words_before_a_name_are_stripped_like_titles():
    for role in ("Moderator", "Host", "Anchor", "Candidate", "Nominee", "Chairman", "Surrogate", "Pundit", "Columnist",
                 "Commentator", "Reporter", "Challenger", "Delegate"):
        text = f"{role} Lester Example said, \u201cWe will now turn to the economy.\u201d"
        [q] = one(text)
        assert (q.speaker, q.speaker_mention) == ("Lester Example", f"{role} Lester Example"), text
        [q] = one(f"{role.lower()} Lester Example said, \u201cWe will now turn to the economy.\u201d")
        assert q.speaker == "Lester Example", role


def test_a_participle_appositive_between_subject_and_verb_is_not_the_cue():
    for text, speaker in [("Smith, asked about his taxes, said he would release them \u201cwhen the audit ends.\u201d", "Smith"),
                          ("Dan Smith, when asked about his taxes, said: \u201cI will release them.\u201d", "Dan Smith")]:
        [q] = one(text)
        assert (q.speaker, q.cue) == (speaker, "said"), text


def test_the_named_possessor_of_a_claim_that_speaks_the_partial_quote_in_it():
    cases = [("Governor Ann Example blamed the press for seizing on Senator Bob Sample\u2019s claim that the mayor "
              "\u201cinvented the crisis,\u201d a charge the mayor denies.", "Bob Sample"),
             ("Governor Ann Example criticized Senator Bob Sample\u2019s assertion that the plan \u201cwould bankrupt the state.\u201d",
              "Bob Sample"),
             ("Representative Carl Demo dismissed Mayor Dana Test\u2019s suggestion that the council was "
              "\u201casleep at the wheel.\u201d", "Dana Test")]
    for text, speaker in cases:
        [q] = one(text)
        assert q.speaker == speaker, text
    # a possessive pronoun is left to the main clause: mostly its subject's own claim
    [q] = one("Bob Sample spoke. Ann Example repeated her claim that the polls were \u201crigged from the start.\u201d")
    assert q.speaker == "Ann Example"


def test_a_second_coordinated_clause_with_its_own_cue_and_subject_takes_its_partial():
    text = ("Senator Ray Demo spoke in Ohio. He voiced a wish for a \u201cstrong economy,\u201d and he pronounced "
            "the mayor \u201ca friend.\u201d")
    qs = one(text)
    assert [(q.speaker, q.speaker_mention, q.cue) for q in qs] == [
        ("Ray Demo", "He", "voiced"), ("Ray Demo", "he", "pronounced")]
    assert qs[1].speaker_start == text.index("he pronounced")
    text = ("Ann Roe and Bob Sample met. Bob Sample voiced a wish for a \u201cstrong economy,\u201d and Ann Roe "
            "pronounced the mayor \u201ca friend.\u201d")
    assert [q.speaker for q in one(text)] == ["Bob Sample", "Ann Roe"]


def test_a_quote_in_an_embedded_tweet_belongs_to_the_tweet_author():
    sig = " \u2014 Bob Sample (@bobsample) September 1, 2016"
    text = f"Bob Sample attacked his rival online.\n\n\u201cJane Roe is a disaster for this country\u201d{sig}\n\nRoe replied."
    [q] = one(text)
    assert (q.speaker, q.speaker_mention) == ("Bob Sample", "Bob Sample")
    text = f"Ann Roe wrote first.\n\n<tweet id=\"7\">When I said \"we go high\" I meant it.{sig}</tweet>\n\nRoe replied."
    [q] = one(text)
    assert q.speaker == "Bob Sample"
    text = "Roe replied.\n<blockquote><p>Our plan is \"jobs first\" and always will be.</p>\n" + sig.strip() + "</blockquote>"
    assert [q.speaker for q in one(text)] == ["Bob Sample"]
    # a cue inside the tweet keeps its own speaker; a label before a colon is none
    text = f"Sample posted it.\n\nJane Roe says she is \u201cwith the workers.\u201d Sad!{sig}"
    assert [q.speaker for q in one(text)] == ["Jane Roe"]
    text = f"Sample posted a video.\n\nWatch: \"We are stronger together\" https://t.co/abc pic.twitter.com/xyz{sig}"
    assert [q.speaker for q in one(text)] == ["Bob Sample"]


def test_a_floating_quote_after_an_indirect_question_to_a_named_person_is_the_answer():
    debate = ["Moderator Lester Example asked Bob Sample whether he would accept the results.",
              "\u201cI will look at it at the time,\u201d Sample said.",
              "Example then turned to Jane Roe and asked what she thought of the answer.",
              "\u201cThat is horrifying. He is talking down our democracy.\u201d"]
    assert [q.speaker for q in one("\n\n".join(debate))] == ["Bob Sample", "Jane Roe"]
    # a question in the floating paragraph is the asker's own follow-up
    court = ["Judge Ada Quill spoke first.", "Judge Ada Quill asked Ben Ortiz if the panel had used the right test.",
             "\"Isn't that a different test? Could you explain it?\"", "Ortiz replied that it was not."]
    assert [q.speaker for q in one("\n".join(court))] == ["Ada Quill"]


def test_a_crowd_chanting_at_a_rally_speaks_its_chant():
    cases = [("Jane Roe spoke at the rally. The crowd chanted \u201cLock him up.\u201d", "crowd"),
             ("\u201cWe will build it,\u201d Sample told the cheering crowd, which responded with chants of "
              "\u201cBuild the wall!\u201d", "crowd"),
             ("\u201cWe will build it,\u201d Sample told the crowd, which chanted \u201cBuild the wall!\u201d", "crowd"),
             ("Sample paused as the audience broke into chants of \u201cwe want more, we want more.\u201d", "audience")]
    for text, speaker in cases:
        assert one(text)[-1].speaker == speaker, text


def test_a_debate_exchange_of_short_quotes_with_inverted_phrasal_cues():
    exchange = ["Jane Roe and Bob Sample clashed over taxes.", "\u201cYou have not paid taxes in years,\u201d Roe said.",
                "\u201cThat makes me smart,\u201d Sample interjected.", "\u201cIt makes you a cheat,\u201d shot back Roe.",
                "\u201cWrong,\u201d fired back Sample.", "\u201cSuch a nasty woman,\u201d he retorted.",
                "\u201cGladly,\u201d Roe quipped.", "\u201cNot so fast,\u201d countered Sample."]
    qs = one("\n\n".join(exchange))
    assert [(q.speaker, q.cue) for q in qs] == [
        ("Jane Roe", "said"), ("Bob Sample", "interjected"), ("Jane Roe", "shot back"), ("Bob Sample", "fired back"),
        ("Bob Sample", "retorted"), ("Jane Roe", "quipped"), ("Bob Sample", "countered")]


def test_a_surrogate_or_ally_of_a_named_candidate_is_the_named_person_after_it():
    for role in ("surrogate", "ally", "adviser"):
        text = f"Sample {role} Carl Demo, appearing on a cable show, said the candidate \u201cmisspoke.\u201d"
        [q] = one(text)
        assert (q.speaker, q.speaker_mention) == ("Carl Demo", f"Sample {role} Carl Demo"), text


def test_a_rally_goer_named_in_apposition_after_a_person_noun_is_the_speaker():
    q1, q2 = "\u201cWe are fired up,\u201d", "\u201cfired up.\u201d"
    for text in (f"{q1} one Roe supporter, Mary Voter, 54, said outside the arena.",
                 f"{q1} said one Roe supporter, Mary Voter, 54, of Dayton.",
                 f"{q1} said a retired teacher, Mary Voter, who drove from Ohio.",
                 f"One Roe supporter, Mary Voter, 54, said she was {q2}",
                 f"Another supporter, Mary Voter, 54, said: {q1[:-2]}.\u201d",
                 f"Her aunt, former Senator Mary Voter, said she was {q2}"):
        assert [q.speaker for q in one(text)] == ["Mary Voter"], text


def test_an_intensifying_reflexive_between_subject_and_cue_is_skipped():
    text = ("Bob Sample spoke. Sample spokeswoman Hope Example did not respond to a request for comment, but Sample "
            "himself tweeted that the story was \u201cfake news.\u201d")
    [q] = one(text)
    assert (q.speaker, q.cue) == ("Bob Sample", "tweeted")


def test_the_nominee_or_the_moderator_is_the_person_introduced_with_that_title():
    intros = {"nominee": "Republican nominee Bob Sample spoke in Ohio.", "candidate": "Democratic candidate Bob Sample spoke.",
              "moderator": "Moderator Bob Sample opened the debate."}
    for role, intro in intros.items():
        speakers = {q.speaker for q in one(f"{intro} The {role} said that Roe was \u201ca disaster.\u201d")}
        assert speakers == {"Bob Sample"}, role


def test_a_chanting_they_is_the_crowd_just_named_not_the_last_speaker():
    text = ("Bob Sample took the stage in Dayton.\n\n\u201cWe are going to win Ohio,\u201d he said to applause.\n\n"
            "The crowd erupted. \u201cUSA!\u201d they chanted.")
    assert [(q.speaker, q.speaker_mention) for q in one(text)] == [("Bob Sample", "he"), ("crowd", "The crowd")]


def test_a_cue_that_took_the_quote_before_it_reports_no_clause_for_a_later_partial():
    text = ("\u201cIt is over,\u201d Jane Roe said, before pivoting to Sample\u2019s comments that she was "
            "\u201ca nasty woman.\u201d")
    assert [q.speaker for q in one(text)] == ["Jane Roe", "Sample"]


def test_a_colon_intro_with_a_name_in_apposition_to_its_subject_gives_the_name():
    for verb in ("disagreed", "was blunt"):
        quotes = one(f"Roe\u2019s campaign manager, Rob Test, {verb}: \u201cHe will lose.\u201d")
        assert [q.speaker_mention for q in quotes] == ["Rob Test"], verb


def test_the_one_prompted_to_reply_speaks_the_reply():
    lead = "Jane Roe debated Bob Sample. Roe accused Sample of \u201chiding his taxes,\u201d "
    for tail in ("prompting him to reply: ", "prompting Sample to fire back: ", "which led Sample to retort, "):
        assert [q.speaker for q in one(lead + tail + "\u201cThat makes me smart.\u201d")] == ["Jane Roe", "Bob Sample"], tail


def test_a_who_reply_closing_in_a_colon_is_the_antecedent_s():
    text = ("Lester Example moderated. Bob Sample debated. \u201cWill you accept the outcome?\u201d Example asked "
            "Sample, who replied: \u201cI will keep you in suspense.\u201d")
    assert [(q.speaker, q.speaker_mention) for q in one(text)] == [("Lester Example", "Example"), ("Bob Sample", "who")]


def test_a_floating_answer_after_a_direct_question_to_a_named_person_is_that_person_s():
    question = {"colon": "Moderator Lester Example asked Roe: \u201cWill you raise taxes?\u201d",
                "after": "\u201cWill you raise taxes?\u201d Moderator Lester Example asked Roe."}
    for form, line in question.items():
        text = "Jane Roe and Bob Sample debated.\n\n" + line + "\n\n\u201cNot on the middle class. Never.\u201d"
        assert [q.speaker for q in one(text)] == ["Lester Example", "Jane Roe"], form


def test_lines_between_an_unclosed_quote_and_a_reopened_one_are_the_speaker_s():
    # text broken into one sentence a line: the quote opened on the first line runs on through a
    # mark-less line (or a first-person one with a cue word) up to the line that reopens it
    cases = {
        ("Harbour board chairman Ivo Pell said: \"With the new system, residents can be told at once whenever "
         "there is a need.\nFor example, residents can be reached in case of floods.\n"
         "\"Unlike storms, the alerts can be more targeted for fires.\"\nMr Pell added that more towns will join."):
        ("Ivo Pell", ["With the", "For exam", "Unlike s"]),
        ("Det Sgt Ivo Marsh said: \"This could have been much worse.\n\"To drive at people is dangerous.\n"
         "That is why I am urging anyone with information to call us.\n"
         "\"In particular, I would ask drivers to check their cameras.\""):
        ("Ivo Marsh", ["This cou", "To drive", "That is ", "In parti"]),
    }
    for text, (speaker, heads) in cases.items():
        quotes = one(text)
        assert ([q.text[:8] for q in quotes], {q.speaker for q in quotes}) == (heads, {speaker}), speaker


def test_a_narration_line_between_an_unclosed_quote_and_the_next_quote_is_not_quoted():
    text = ("Ivo Pell said: \"We will open the port.\nHe said the board had voted on Monday.\n"
            "\"It is a good day.\"")
    assert [q.text for q in one(text)] == ["We will open the port.", "It is a good day."]


def test_a_name_in_apposition_with_a_lower_case_title_is_the_speaker():
    for text in ("The unit director, professor Mara Quint, says the findings are grim. \"There is a rise of one "
                 "per cent and we are in big trouble.\" Professor Quint says deaths fell.",
                 "The unit director, professor Mara Quint, said: \"There is a rise.\""):
        assert [(q.speaker, q.speaker_mention) for q in one(text)] == [("Mara Quint", "Mara Quint")], text


def test_the_one_prompted_with_an_appositive_speaks_and_to_state_is_a_cue():
    text = ("Bob Sample holds accounts in tax havens, a fact that prompted Jane Roe, a former rival for the "
            "nomination, to quip, \"I do not know of any president who had a Swiss bank account\".")
    assert [q.speaker for q in one(text)] == ["Jane Roe"]
    assert [(q.speaker, q.cue) for q in one("The ruling prompted Judge Ada Roth to state, \"The law is clear.\"")] == [
        ("Ada Roth", "state")]


def test_a_long_title_after_a_passive_naming_verb_is_no_statement():
    title = "The Synthesis of Trade and Politics and the Evolution of Maritime Law in the North."
    assert [q.text for q in one(f"Roe said the final panel is called \"{title}\" Please turn off your phones.")] == []


def test_a_closer_with_its_opener_lost_quotes_the_sentence_it_ends():
    text = ('In a speech on Monday, Ivo Velko rejected that criticism. Our country has a very fine record," he '
            'said. "We are a generous donor."')
    assert [(q.text, q.speaker) for q in one(text)] == [("Our country has a very fine record,", "Ivo Velko"),
                                                       ("We are a generous donor.", "Ivo Velko")]


def test_np_as_saying_after_any_verb_names_the_speaker_and_a_long_body_may_be_quoted():
    text = ('Ivo Marek met the minister. "The harbour must stay open," the source claimed the minister as saying. '
            '"We must not corner them," he added.')
    assert [q.speaker_mention for q in one(text)] == ["the minister", "he"]
    text = ('The deputy relief chief quoted the Office of the High Commissioner for Harbour Safety as saying that '
            '"both sides appear to have failed to respect the rules."')
    assert [q.speaker for q in one(text)] == ["Office of the High Commissioner for Harbour Safety"]


_HEARING = ("The committee heard from three witnesses on Tuesday. Two of them were farmers from the valley.\n\n"
            "\u201cWe will not wait any longer,\u201d {role} said.")


def test_the_role_of_an_abbreviated_title_is_its_one_holder():
    for lead, role, holder in (("Sen. Ada Quillfeather (D-Nor.) opened the hearing.", "the senator", "Ada Quillfeather"),
                               ("Gov. Bram Oosterhuis signed the bill.", "the governor", "Bram Oosterhuis"),
                               ("Gov. Bram Oosterhuis (R) on Friday signed it.", "the governor", "Bram Oosterhuis")):
        assert [q.speaker for q in one(lead + "\n\n" + _HEARING.format(role=role))] == [holder], lead


def test_the_role_of_an_abbreviated_title_held_by_two_stays_a_role():
    for lead in ("Sen. Ada Quillfeather (D-Nor.) and Sen. Bo Tarrant (R-Ost.) opened the hearing.",
                 "Sen. Ada Quillfeather opened the hearing. Later, Sen. Bo Tarrant spoke.",
                 "Sen. Ada Quillfeather opened the hearing. Bo Tarrant, the senator from Ostmark, was absent."):
        assert [q.speaker for q in one(lead + "\n\n" + _HEARING.format(role="the senator"))] == ["senator"], lead


def test_a_place_modified_role_needs_the_place_at_the_abbreviated_title():
    for place, holder in (("", "Ostmark senator"), ("Ostmark ", "Ada Quillfeather")):
        text = place + "Sen. Ada Quillfeather opened the hearing.\n\n" + _HEARING.format(role="the Ostmark senator")
        assert [q.speaker for q in one(text)] == [holder], place


def test_a_headline_s_capitalised_words_are_no_names():
    cases = {"Pelle Vargstrom Says Nora Lindqvist Must Go.\n\nLindqvist answered on Monday.\n\n"
             "\u201cI will stay,\u201d Lindqvist said.": "Nora Lindqvist",
             "Pelle Vargstrom On How Our History Makes Farmers Feel Forgotten.\n\nIn a talk about history and how "
             "farmers feel, the writer spoke on Monday.\n\n\u201cNobody sees us,\u201d he said.": "Pelle Vargstrom"}
    for text, speaker in cases.items():
        assert [q.speaker for q in one(text)] == [speaker], text


def test_a_he_is_no_law_county_or_common_word():
    text = ("Tomas Brandt came to Ellery County in 2011. The Farm Relief Act helped him. Nobody asked about it, "
            "and nobody minded.\n\n\u201cI like it here,\u201d he said.")
    assert [q.speaker for q in one(text)] == ["Tomas Brandt"]


def test_a_she_is_no_name_written_as_a_place():
    text = ("Mira Sandoval moved to Ostberg in 2011. Life in Ostberg was quiet. Ostberg became her home.\n\n"
            "\u201cWe love it,\u201d she said.")
    assert [q.speaker for q in one(text)] == ["Mira Sandoval"]


def test_a_narrating_i_is_not_the_last_speaker():
    text = ("\u201cWhy are you here?\u201d the magistrate asked. I had a short reply ready.\n\n"
            "\u201cYour Honor,\u201d I said, \u201cI came to pay the fine.\u201d")
    assert [q.speaker for q in one(text)][-2:] == ["I", "I"]


def test_a_plural_person_noun_opens_two_conjoined_persons():
    text = ("Businessmen Ivo Grant and Lindsay Fox have called on the Government to help. The pair met the "
            "Premier, Ken Bracks, yesterday. Mr Grant says he has not asked for money.\n\n"
            "\u201cWe are concerned,\u201d Mr Grant said. He says the bid needs no help.\n\n"
            "\u201cAt no time did we ask,\u201d he said.")
    got = [(q.speaker, q.speaker_mention) for q in one(text)]
    assert got == [("Ivo Grant", "Mr Grant"), ("Ivo Grant", "he")]


def test_a_person_of_an_acronym_body_is_the_person():
    text = ("Senator Bilal Qureshi praised the meeting. \u201cWe are united,\u201d he said.\n"
            "Tariq Jalani of HWP-K stressed the need for unity and said the nation spoke with one voice.\n"
            "\u201cOur stance reflects the sentiments of the nation,\u201d he added.")
    quotes = one(text)
    assert quotes[-1].speaker == "Tariq Jalani", [q.speaker for q in quotes]


def test_a_subject_in_his_remarks_before_its_verb_is_the_he():
    text = ("Senator Bilal Qureshi praised the meeting. \u201cWe are united,\u201d he said.\n"
            "Fazil Dorani in his remarks stressed the need for unity and said the nation spoke with one voice.\n"
            "\u201cOur stance is principled,\u201d he added.")
    speakers = {q.text: q.speaker for q in one(text)}
    assert speakers["Our stance is principled,"] == "Fazil Dorani"


def test_a_split_quote_keeps_the_speaker_its_first_part_resolved():
    text = ("Bo Lindgren, the man Mr Tom Harlan hired to build a website, revealed the result was about a "
            "\u201cgreat product\u201d rather than \u201ctrickery\u201d. \u201cIt has been interesting to watch the media,\u201d he said. \u201cThey believe all "
            "that stuff ... it is crazy.\n\u201cThey want to believe that you cannot find voters.\u201d")
    assert {q.speaker for q in one(text)} == {"Bo Lindgren"}


def test_an_age_before_a_sentence_subject_keeps_it_the_she():
    text = ("\u201cIt is gone,\u201d said Oren Falk, a former press secretary.\n\nAt a campaign event in Dunmore, "
            "Ohio, 62-year-old Birte Quist also railed against the plan, and explained how much it upset her. "
            "\u201cThey should listen,\u201d she said. \u201cIt is fine if they want to talk.\u201d")
    got = [q.speaker for q in one(text)]
    assert got[1:] == ["Birte Quist", "Birte Quist"], got


def test_floating_quote_after_a_saying_clause_is_the_subject_s():
    text = ("Mayor Hal Penrose, plainly annoyed, answered by waving a folder at the crowd, saying the audit was a "
            "fraud.\n\n\u201cI do not have \u2014 I have letters from people who work for the mill. I am tired of "
            "the lies.\u201d\n\nThe council meets on Monday.")
    assert [(q.speaker, q.cue) for q in one(text)] == [("Hal Penrose", "saying")]
    text = ("Senator Iver Dunmore spoke at length on Monday, saying the harbor plan was too costly.\n\n"
            "\u201cWe cannot pay for this. Not this year.\u201d")
    assert [q.speaker for q in one(text)] == ["Iver Dunmore"]
    # a sentence with a reporting verb of its own keeps its subject
    text = "Ada Brook said, adding that the plan was late, that it would pass. \u201cWe have the votes.\u201d"
    assert [q.speaker for q in one(text)] == ["Ada Brook"]


def test_prompted_object_with_of_and_a_relative_clause_speaks():
    text = ("The river survey counts 40 towns on the delta. That record prompted the Harlow Water Board, which "
            "monitors the delta, to state, \u201cMarrow Bend is the wettest town in the region and has flooded every "
            "year since 1990.\u201d")
    assert [q.speaker for q in one(text)] == ["Harlow Water Board"]
    text = ("Its long record prompted Marta Olsen\u2019s Almanac of Coastal Towns, which ranks ports each year, to "
            "state, \u201cSkelby is the busiest harbor on the coast and has been for forty years.\u201d")
    assert [q.speaker for q in one(text)] == ["Marta Olsen\u2019s Almanac of Coastal Towns"]


def test_dash_signature_with_a_place_or_note_after_a_comma():
    text = ('"Great fair. She is ready."\n\n-Mayor Ada Roth, tweeting after the show.\n\nquotable.\n\n'
            '"The whole idea of a tax on pears is something we hear about all the time, and it has to stop."\n\n'
            '-Greta Lind, Ostfield.')
    assert [q.speaker for q in one(text)] == ["Ada Roth", "Greta Lind"]


def test_came_the_reply_from_names_the_speaker():
    assert [q.speaker for q in one("\u201cNot a chance,\u201d came the answer from Mayor Ada Roth.")] == ["Ada Roth"]
    text = ("The chair refused a second count. \u201cCount them again,\u201d came shouts from the delegates, "
            "who booed.")
    assert [q.speaker for q in one(text)] == ["delegates"]
    assert one("\u201cGo home!\u201d came a cry from the back of the hall.") == []


def test_subsequently_between_an_appositive_name_and_its_cue():
    text = ("One of the firm's top managers, Otto Brill, subsequently testified in one of the suits that "
            "\"none of the drivers at the depot\" were hired by Vance.")
    assert [q.speaker for q in one(text)] == ["Otto Brill"]


def test_a_partial_in_the_next_short_sentence_goes_on_with_the_speaker():
    text = "\u201cIt is ambush reporting,\u201d she says. It is \u201cthis new kind of in-your-face reporting.\u201d"
    assert [q.partial for q in one(text)] == [False, True]
    text = ("\u201cWe thought only Roth was careless,\u201d said Aida Penn, who wrote a book on the race. Ortiz "
            "\u201ckind of misspoke. This is not something he should say in public.\u201d")
    assert [q.speaker for q in one(text)] == ["Aida Penn", "Aida Penn"]
    # a short scare quote there stays no statement
    text = "\u201cWe will fight,\u201d Ada Roth said. The \u201creform\u201d passed anyway."
    assert [q.speaker for q in one(text)] == ["Ada Roth"]


def test_connective_colon_paragraph_goes_on_with_the_speaker():
    first = '"We made a mistake building the dam," Veta Strand told the Ledger in October.\n\n'
    cases = {"Then, later that month on WKRD:": "Veta Strand", "Then Ada Roth:": "Ada Roth"}
    for intro, speaker in cases.items():
        text = first + intro + ' "I never said we made a mistake with the dam."'
        assert [q.speaker for q in one(text)] == ["Veta Strand", speaker], intro


def test_the_trailing_phrase_gate_is_in_step_with_its_pattern():
    """patterns._TRAIL_LAST (a cheap test before _TRAIL_PARTS) lists the words that can end a match:
    a word added to the pattern must be added there too (or to the words that end no match)."""
    import re

    from quotestance.quotes import patterns

    words = set(re.findall(r"(?<![\\\w])[a-z][a-z\-]+", patterns._TRAIL_PARTS))
    assert patterns._TRAIL_LAST <= words
    never_last = {"an", "are", "been", "day", "her", "his", "in", "is", "modals", "quoted", "their", "was", "were", "would"}
    assert words - patterns._TRAIL_LAST - patterns._TRAIL_TIME_LEADS == never_last


def test_sport_role_words_before_a_name_are_titles():
    # 'Striker', 'Goalkeeper', 'Midfielder', 'Skipper' … are no part of the name the surname expands to
    cases = {"Goalkeeper Ivo Sand kept a clean sheet at home.": ("Sand", "Ivo Sand"),
             "After the draw, Midfielder Oskar Lindqvist-Bay spoke to the press.": ("Lindqvist-Bay", "Oskar Lindqvist-Bay"),
             "Skipper Dana Wirth led the crew home in record time.": ("Wirth", "Dana Wirth"),
             "Defender Kalle Mott was sent off late.": ("Mott", "Kalle Mott")}
    for intro, (surname, speaker) in cases.items():
        [q] = one(intro + " \u201cWe kept our heads,\u201d " + surname + " said.")
        assert q.speaker == speaker, intro


def test_forward_opening_a_group_name_is_no_title():
    # 'Forward' is no sport title: it opens advocacy groups' names, which keep it
    cases = [
        ("Forward Lakeshore, a political action committee allied with the governor, put out a statement on "
         "Tuesday calling Ruiz \u201ca tourist in a borrowed suit.\u201d", ["Forward Lakeshore"]),
        ("Forward Harbour, a group backing the mayor, said the plan was \u201cdead on arrival.\u201d",
         ["Forward Harbour"]),
    ]
    speakers_are(*cases)


def test_a_possessive_pronoun_before_an_apposed_name_marks_the_openers_gender():
    # 'her rival, Kit Barlow': the 'her' is the sentence opener's, so a 'he' goes to the apposed name
    dahl = "Councillor Maren Dahl sat on the panel with her old rival, Kit Barlow, on Sunday. \u201cNo new taxes,\u201d "
    cases = [(dahl + "he said.", "Kit Barlow"), (dahl + "she said.", "Maren Dahl"),
             ("Trade Minister Oren Vasko and his Lorn counterpart, Sabi Holm, held talks on Monday. "
              "Later, she said the talks had been \u201cuseful.\u201d", "Sabi Holm"),
             ("Ilse Varga walked into the hall with her deputy, Tor Brekke. "
              "\u201cNo one here wants a strike,\u201d he told reporters.", "Tor Brekke")]
    speakers_are(*((text, [speaker]) for text, speaker in cases))


def test_the_n_year_old_with_no_age_written_is_the_one_person_in_focus():
    cases = [("Harbour pilot Lars Engvik looked worn out after the rescue. \u201cIt was the worst night of my "
              "life,\u201d the 63-year-old said.", "Lars Engvik"),
             ("Coach Ivo Brandt sat alone on the bench. Nobody came near him. \u201cWe deserved nothing "
              "today,\u201d the 47-year-old admitted.", "Ivo Brandt"),
             # two persons named: no guess
             ("The referee sent off Ivo Brandt and Pelle Voss. \u201cWe deserved nothing today,\u201d "
              "the 47-year-old admitted.", "47-year-old")]
    speakers_are(*((text, [speaker]) for text, speaker in cases))


def test_the_possessor_of_a_sentence_opening_subject_is_a_pronoun_candidate():
    # "Ines Dahl’s new album …": the sentence is about Ines Dahl; not so a person noun ('… husband')
    cases = [("Ines Dahl\u2019s new album, \u201cSalt Roads,\u201d comes out on Friday. \u201cIt took me nine "
              "years,\u201d she told the Lorn Gazette.", "Ines Dahl"),
             ("Next spring Tove Marsh\u2019s second novel goes on sale. \u201cI wrote it at night,\u201d she said.",
              "Tove Marsh"),
             ("Ines Dahl\u2019s husband died in May. \u201cHe was my rock,\u201d she said.", "she")]
    speakers_are(*((text, [speaker]) for text, speaker in cases))


def test_the_object_of_a_verb_of_faulting_for_saying_is_the_speaker():
    speakers_are(
        ("Mayor Ines Varga ridiculed Senator Otto Brandt for describing the new bus lanes as \u201ca war on drivers.\u201d",
         ["Otto Brandt"]),
        ("Brandt spent Tuesday blasting Varga for claiming during the forum that the budget would "
         "\u201cbalance itself by spring.\u201d", ["Varga"]),
        ("The pastor thanked the volunteers for saying the shelter felt like \u201ca second home.\u201d", ["volunteers"]),
        # without an object, or with a self-styled label after a reflexive, the subject keeps it
        ("Brandt apologized for calling the plan \u201ca joke.\u201d", ["Brandt"]),
        ("Varga mocked Brandt for calling himself the \u201cpeople\u2019s senator.\u201d", ["Varga"]))


def test_a_quoted_show_title_before_a_speaker_with_an_appositive_keeps_its_comma():
    speakers_are(("Speaking on KLO\u2019s \u201cMorning Ledger,\u201d Rep. Hal Osgood, a Varga critic, said the mayor "
                  "had \u201cnever read the bill.\u201d", ["Hal Osgood"]))


def test_a_plural_person_head_after_capitalised_modifiers_ends_the_subject():
    speakers_are(
        ("Three Democratic organizers, speaking on background, said the turnout was \u201cdismal.\u201d",
         ["Three Democratic organizers"]),
        ("Veteran lobbyists describe the bill as \u201ca gift to the utilities.\u201d", ["Veteran lobbyists"]),
        # a verb in -ist after a name is no plural noun
        ("On its website, the agency lists \u201cflood relief as a priority.\u201d", []))


def test_a_surname_in_ly_or_ing_before_a_finite_verb_is_the_subject():
    speakers_are(
        ("Brantley took aim at the pundits on Monday, telling supporters in Haddon: "
         "\"They have written us off. Let them.\"", ["Brantley"]),
        ("Hastily leaving the stage, Osgood told reporters: \"We are done here.\"", ["Osgood"]))


def test_a_nickname_after_a_naming_verb_in_a_relative_clause_is_no_statement():
    speakers_are(
        ("Varga, whom local columnists call \u201cthe Pothole Queen,\u201d declined to comment.", []),
        ("The hacker known as \u201cNightjar,\u201d who leaked the files, has not been identified.", []))


def test_a_document_written_by_its_author_speaks_as_the_author():
    speakers_are(("A memo drafted by county treasurer Ruth Almeda and obtained by the Ledger says the reserve fund is "
                  "\u201cnearly empty.\u201d", ["Ruth Almeda"]))


def test_a_fact_check_line_with_a_dash_signature_credits_the_named_speaker():
    speakers_are(("THE CLAIM: \u201cOsgood voted to close three fire stations.\u201d \u2014 Mayor Ines Varga, in a "
                  "campaign mailer\n\nTHE RATING: Mostly false. Osgood voted to close one.", ["Ines Varga"]))
    # an all-caps label the document writes as a name stays a speaker
    [q] = one("Rep. Hal Osgood spoke first.\n\nOSGOOD: \u201cWe will fix the roads.\u201d")
    assert q.speaker.lower().endswith("osgood")


def test_a_lone_surname_opening_a_sentence_is_a_pronouns_antecedent():
    # a surname the story never spells out in full, opening a sentence before a past verb: a he/she
    # of the next sentence refers to it; a her in its own sentence gives it a gender. The object of a
    # past verb before a preposition is one too, for a he/she nothing else fits. A capitalised common
    # word before a plural noun is none ('Similar plans …'), and a known full name still wins.
    cases = [
        ("Marsh glanced at Tovey while the panel paused. \u201cYou cut the parks budget twice,\u201d he said. "
         "Tovey rolled her eyes. \u201cThat is simply false, Ray,\u201d she answered.", ["Marsh", "Tovey"]),
        ("Tovey mocked what she described as \u201ca hobby for weekend farmers\u201d at a donor lunch on Monday.",
         ["Tovey"]),
        ("WNTV host Helen Farrow questioned Marsh about the deficit. \u201cWho pays for it?\u201d she asked. "
         "\u201cGrowth does,\u201d he replied.", ["Helen Farrow", "Marsh"]),
        ("Senator Ray Marsh spoke in Hollin. Similar plans failed in the past. \u201cThis one will work,\u201d he said.",
         ["Ray Marsh"]),
    ]
    speakers_are(*cases)


def test_a_kinship_noun_before_a_former_title_and_a_first_lady_give_gender():
    # 'her husband, former Governor Tam Venn': the husband is a he, so the she is the first lady
    text = ("Former first lady Aldis Venn and her husband, former Governor Tam Venn, campaigned for Ortiz in "
            "Hollin on Friday. \u201cHe keeps his word,\u201d she told supporters. \u201cBen is the real thing,\u201d he added.")
    assert [q.speaker for q in one(text)] == ["Aldis Venn", "Tam Venn"]


def test_a_campaign_opening_the_sentence_before_is_an_it():
    # 'The X campaign' is a body like 'the ministry': an 'it' after it takes it, also after an irregular past ('hit back')
    cases = [
        ("The Ortiz campaign hit back on Tuesday night. \u201cThe governor has no plan for the port,\u201d it said.",
         ["Ortiz campaign"]),
        ("The Voss campaign responded within minutes. \u201cThese numbers are invented,\u201d it said in an email.",
         ["Voss campaign"]),
    ]
    speakers_are(*cases)


def test_a_month_first_name_before_a_surname_is_part_of_the_name():
    # April/June/August before a capitalised surname, opening its run or after a title or role, is a first name;
    # after a preposition it is still a date ('In June Roth said')
    cases = [
        ("Pollster August Brandt told reporters the runoff was \u201ca coin toss.\u201d", ["August Brandt"]),
        ("Campaign strategist April Tennant said the new ad was \u201ca huge gamble.\u201d", ["April Tennant"]),
        ("Ben Roth took office in March. In June Roth said the port plan was \u201cdead on arrival.\u201d", ["Ben Roth"]),
    ]
    speakers_are(*cases)


def test_that_was_how_after_a_quote_names_its_speaker():
    # a sentence after a quote ending in . ? ! naming its speaker: 'That was how X began/put it',
    # 'So said X', 'Those were the words of X'
    cases = [
        ("\u201cWe are the party of the future.\u201d That was how Marsh began his speech in Hollin on Friday.", ["Marsh"]),
        ("Ben Ortiz spoke first. \u201cThe port will reopen.\u201d That is how Mayor Helen Farrow put it on Monday.",
         ["Helen Farrow"]),
        ("\u201cNo retreat, no surrender.\u201d So said Governor Tam Brook, to loud cheers.", ["Tam Brook"]),
        ("Ben Ortiz spoke. \u201cThe river belongs to all of us.\u201d Those were the words of Helen Farrow, the new chair.",
         ["Helen Farrow"]),
    ]
    speakers_are(*cases)


def test_a_title_run_before_a_name_is_no_part_of_it_and_the_role_names_its_holder():
    # 'Regional Registrar X': the office words and role head are a title; a later 'the registrar', 'the chief
    # justice', 'the secretary of state' is the person introduced with that title
    cases = [
        ("Regional Registrar Tobias Wendt warned that the rolls were a mess. \u201cHalf the addresses are wrong,\u201d "
         "Wendt said.\n\nWendt would not name a date. \u201cGive us until spring,\u201d the registrar said.",
         ["Tobias Wendt", "Tobias Wendt"]),
        ("City Comptroller Dario Fennimore released the audit. \u201cThe books do not balance,\u201d Fennimore said.\n\n"
         "Fennimore said the gap had grown. \u201cSomeone has to answer for this,\u201d the comptroller said.",
         ["Dario Fennimore", "Dario Fennimore"]),
        ("State Labor Commissioner Dr. Priya Halvorsen spoke first. \u201cWe cannot wait,\u201d Halvorsen said.\n\n"
         "Pressed on funding, Halvorsen shook her head. \u201cThere is no more money,\u201d the commissioner said.",
         ["Priya Halvorsen", "Priya Halvorsen"]),
        ("Chief Justice Lorenzo Abbot opened the session. \u201cExplain this to me,\u201d Abbot said.\n\n"
         "Later Abbot pressed the state. \u201cYou will have a ruling by May,\u201d the chief justice said.",
         ["Lorenzo Abbot", "Lorenzo Abbot"]),
        ("Secretary of State Ingrid Polvane certified the count. \u201cThe numbers are final,\u201d Polvane said.\n\n"
         "Polvane said a recount was unlikely. \u201cI see no reason for one,\u201d the secretary of state said.",
         ["Ingrid Polvane", "Ingrid Polvane"]),
    ]
    speakers_are(*cases)


def test_a_headline_run_expands_no_name_and_a_possessor_body_subject_speaks():
    # a Title Case headline's words are no name ('Anger Kessia Fleet Owners'); "Kessia’s fisheries ministry
    # froze … and branded …": the possessor's body is the subject of the later cue
    cases = [
        ("Port Closures Anger Kessia Fleet Owners\n\nNorvale shut two ports to Kessian trawlers on Sunday. "
         "Kessia\u2019s fisheries ministry froze all talks and branded the closures \u201can act of piracy\u201d on Monday.",
         ["Kessia\u2019s fisheries ministry"]),
        ("Pipeline Quarrel Leaves Ostrava Exporters Stranded\n\n"
         "Ostrava\u2019s energy ministry froze the contract on Monday and called the move "
         "\u201ceconomic sabotage\u201d in a short note.",
         ["Ostrava\u2019s energy ministry"]),
        ("Tam Roth\u2019s campaign manager told voters the rival was \u201ca fraud\u201d on Monday.",
         ["Tam Roth\u2019s campaign manager"]),  # a noun after the body noun: the manager, not the campaign
    ]
    speakers_are(*cases)


def test_a_titled_name_in_apposition_to_a_possessive_role_speaks():
    # "The Norvalian team’s spokesman, Deputy Interior Minister Pavel Horak, warned": the titled name after the role
    cases = [
        ("The Norvalian team\u2019s spokesman, Deputy Interior Minister Pavel Horak, warned that any cuts would bring "
         "\u201ca summer of strikes.\u201d", ["Pavel Horak"]),
        ("The Ostrian camp\u2019s negotiator, Farid Mansour, told reporters the talks were \u201cgoing nowhere fast.\u201d",
         ["Farid Mansour"]),
    ]
    speakers_are(*cases)


def test_a_cue_inside_the_subjects_relative_clause_is_not_the_quotes():
    # 'The X Forum, which speaks for the insurers Maddox attacked, argued …': the main verb's subject speaks
    cases = [
        ("Senator Rhea Maddox attacked the insurers in her speech. The Carrier Rates Forum, which speaks for the "
         "insurers Maddox attacked, argued in a memo that lawmakers were \u201chunting for a villain.\u201d",
         ["Carrier Rates Forum"]),
        ("The Lantern Growers Union, which Mayor Ben Ortiz praised last week, said on Friday the new levy was "
         "\u201ca slap in the face.\u201d", ["Lantern Growers Union"]),
    ]
    speakers_are(*cases)


def test_a_late_named_person_with_an_age_and_appositive_takes_the_next_he():
    # 'In X, Name, 61, a retired welder who …, said …. “Q,” he said.': the reporting subject of the sentence
    # before, behind an opening phrase, an age and a long appositive, beats the earlier anonymous speaker
    aide = ("A senior Ortiz adviser, who asked not to be named to discuss the polls, said the race was close. "
            "\u201cWe are calm,\u201d the adviser said.\n\n")
    cases = [
        (aide + "Outside the arena, Bram Kessling, 61, a retired welder from Dunmore County, said he had come "
                "undecided and would leave that way. \u201cNeither of them has fixed a pipe,\u201d he said.",
         ["senior Ortiz adviser", "Bram Kessling"]),
        (aide + "In Harlow, where the mill closed in May and half the shops are empty, Edda Morrow, 52, a nurse, "
                "said she would vote for neither. \u201cThey forgot us years ago,\u201d she said.",
         ["senior Ortiz adviser", "Edda Morrow"]),
        (aide + "Teodor Vance, 19, a student who has joined every march this month, said the police had charged "
                "the crowd. \u201cThey came without warning,\u201d he said.",
         ["senior Ortiz adviser", "Teodor Vance"]),
    ]
    speakers_are(*cases)


def test_a_named_subject_with_an_age_and_a_plain_verb_takes_the_next_he():
    # 'Name, 70, a retired foreman who …, shook his head. “Q,” he said.': no cue, still the sentence's person
    cases = [
        ("A Voss family friend, speaking on condition of anonymity, said the mayor would appeal. \u201cHe will "
         "not give up,\u201d the friend said.\n\nOn the courthouse steps, Osric Landon, 68, a retired bus driver "
         "who has come every day, sighed. \u201cWe all knew how it worked,\u201d he said.",
         ["Voss family friend", "Osric Landon"]),
    ]
    speakers_are(*cases)


def test_the_person_of_an_inverted_sentence_takes_the_next_he():
    # 'Among the speakers was Name, 81, a retired baker who said …. “Q,” he said.': the person after 'was'
    cases = [
        ("Commissioner Ben Ortiz said he backed the plan. \u201cIt takes longer,\u201d Ortiz said.\n\nDozens of "
         "people came to speak. Among the speakers was Karl Voss, 81, a retired baker who said he had lived in the "
         "town since 1960. \u201cI trust the clerk,\u201d he said.", ["Ben Ortiz", "Karl Voss"]),
        ("Mayor Tom Hale opened the rally. \u201cWe are here to stay,\u201d Hale said. Behind the stage was Ivo "
         "Marek, a retired miner. \u201cHe is the only one who listens,\u201d he said.", ["Tom Hale", "Ivo Marek"]),
    ]
    speakers_are(*cases)


def test_a_name_before_of_a_body_expands_a_later_lone_surname():
    # 'represented by Ada Brightwater of the Lund Housing Project': a first name the lists lack, still a
    # person for a later 'Brightwater said'
    cases = [
        ("The tenants are represented by Ada Brightwater of the Lund Housing Project, which sued the city last "
         "year. \u201cThey broke the law,\u201d Brightwater told the court.", ["Ada Brightwater"]),
        ("The report was written by Oriel Tansky of the Harbour Policy Institute. \u201cThe numbers do not add "
         "up,\u201d Tansky said.", ["Oriel Tansky"]),
    ]
    speakers_are(*cases)


def test_a_reduced_relative_after_an_opening_phrase_is_no_subject():
    # 'In one call, recorded in March, Name can be heard assuring X that “Q”': the subject after both phrases
    cases = [
        ("In one call, recorded in March, Ben Ortiz can be heard assuring the donor, builder Karl Voss, that "
         "\u201cthe paperwork will sort itself out.\u201d", ["Ben Ortiz"]),
        ("In a video, filmed last spring, Mayor Helen Farrow can be seen telling residents that the port would be "
         "\u201copen by winter.\u201d", ["Helen Farrow"]),
    ]
    speakers_are(*cases)


def test_a_state_abbreviation_before_a_datelines_dash_ends_no_sentence():
    # 'RENO, Nev. (AP) — Name, appositive, told …': the period of 'Nev.' is the dateline's, not a sentence end
    cases = [
        ("TALLBROOK, Ore. (Coastline Wire) \u2014 Dara Whitcombe, the shipping heiress seeking the governorship, "
         "told a crowd of about 3,500 people on Sunday that the capital had been \u201crun like a sinking "
         "ferry.\u201d", ["Dara Whitcombe"]),
        ("MILLBURY, Ariz. \u2014 Owen Pratchett, a rancher running for the House, said on Tuesday that the water "
         "plan was \u201ca giveaway to the cities.\u201d", ["Owen Pratchett"]),
    ]
    speakers_are(*cases)


def test_a_document_participle_after_in_a_noun_is_no_cue():
    # 'A spokesman for X, Name, said in a video posted online that …': 'posted' is a reduced relative, so
    # the apposed name before 'said' still speaks
    cases = [
        ("A spokesman for the guild, Piet Laarman, said in a message posted on its website that members would "
         "\"hold the line.\"", ["Piet Laarman"]),
        ("A spokeswoman for the rebels, Nadia Okonkwo, said in a clip published late Sunday that the convoy "
         "would be \u201callowed to pass.\u201d", ["Nadia Okonkwo"]),
    ]
    speakers_are(*cases)


def test_a_lower_case_level_before_an_apposed_title_and_name():
    # 'Name’s Republican challenger, former state Sen. X, said': the apposed name, past 'former state'
    cases = [
        ("Varga\u2019s Republican challenger, county Commissioner Edith Marlowe, said the plan was "
         "\u201ca fantasy.\u201d", ["Edith Marlowe"]),
        ("Okafor\u2019s Democratic rival, former state Rep. Tobias Lindqvist, said the audit showed "
         "\u201ca pattern of neglect.\u201d", ["Tobias Lindqvist"]),
    ]
    speakers_are(*cases)


def test_a_name_apposed_inside_the_subjects_appositive_is_not_the_subject():
    # 'Name, an aide to the nominee, Sen. X, said': X is the appositive's object, the opening name speaks
    cases = [
        ("Priya Vance, a senior adviser to the Republican nominee, Gov. Harlan Mott, said the deal was "
         "\"dead on arrival.\"", ["Priya Vance"]),
        ("Tomas Ekberg, the campaign manager for the incumbent, Mayor Lena Ruiz, said turnout would be "
         "\u201cthe highest in years.\u201d", ["Tomas Ekberg"]),
        ("The head of the tenants group, Ada Roth, said the plan was \u201ca disgrace.\u201d", ["Ada Roth"]),
    ]
    speakers_are(*cases)


def test_a_definite_description_is_the_person_in_focus():
    # 'Gov. Name promised …. “Q,” the Republican nominee said': a party, state, office or descriptive noun
    # that no earlier holder fits is the one person who is the subject of its sentence or the two before
    cases = [
        ("Speaking from the steps of a closed mill, Sen. Harlan Voss assured supporters on Friday that the plant "
         "would reopen. \u201cNobody gave up on this town,\u201d the Democratic nominee said.", ["Harlan Voss"]),
        ("Former Mayor Ifeoma Okonkwo and Gov. Silas Brandt met on Monday night for their first debate. Okonkwo "
         "began by asking the audience whether rents had gone up. \u201cYou already know,\u201d the Democrat said.",
         ["Ifeoma Okonkwo"]),
        ("Rep. Tomas Pellegrino, D-Ohio, has not said how he will vote. Budget talks went on through the night. "
         "Late Monday, Pellegrino told reporters he would back the bill. \u201cIt is the least bad option,\u201d "
         "the Ohio Democrat said.", ["Tomas Pellegrino"]),
        ("Gov. Wilhelmina Strand wants voters to think she has changed. On Monday in Carver, the Oregon Democrat "
         "unveiled her housing plan and told a packed library that renters had been \"left behind by everyone.\"",
         ["Wilhelmina Strand"]),
        ("A video shows state Sen. Royce Pruitt mocking teachers at a dinner. Pruitt apologized on Monday in a "
         "written statement. At a rally later, the 51-year-old was blunter. \u201cI was wrong and I own it,\u201d "
         "the Republican told reporters.", ["Royce Pruitt"]),
        ("CARSON, Nev. (Continental Press) — Odessa Marchbank, the billionaire shipping heir running for "
         "governor as an independent, told supporters on Sunday that the state was “broke and bored.”\n\n"
         "“I have run companies bigger than this state,” the billionaire said.",
         ["Odessa Marchbank", "Odessa Marchbank"]),
    ]
    speakers_are(*cases)


def test_a_definite_description_with_two_persons_in_focus_stays():
    # an unnamed person described before, or two subjects in focus: the description as written
    cases = [
        ("Lawyer Ben Corrigan rested his case. The judge looked up from his notes. \u201cThat is enough,\u201d "
         "the judge said.", ["judge"]),
        ("After a long meeting with farm groups in the capital, Sen. Ramona Peck urged a vote. Later, Rep. Ivo "
         "Lutz said he was opposed. \u201cWe need more time,\u201d the Democrat said.", ["Democrat"]),
    ]
    speakers_are(*cases)


def test_a_titled_possessor_in_one_run_expands_a_later_surname():
    # "… for Rep. Name’s Senate campaign": the titled person before the possessive is indexed for a later surname
    cases = [
        ("Nadia Ferrell, the field director for Rep. Lionel Ashgrove\u2019s Senate campaign, warned volunteers "
         "that turnout was slipping. Ashgrove himself, asked about it on Monday, was curt. \u201cI trust our "
         "volunteers,\u201d Ashgrove said.", ["Lionel Ashgrove"]),
    ]
    speakers_are(*cases)


def test_the_body_keeps_its_possessor_as_written():
    # "Place’s Foreign Ministry said … “Q,” the ministry said": the earlier full form, with its possessor
    cases = [
        ("Talvia\u2019s Interior Ministry dismissed the report on Monday. \u201cTalvia has nothing to hide,\u201d "
         "the ministry said in a statement.", ["Talvia\u2019s Interior Ministry"]),
        ("On Sunday Prime Minister Ada Rennick\u2019s Finance Ministry denied it. \u201cWe deny it,\u201d the "
         "ministry said.", ["Finance Ministry"]),
    ]
    speakers_are(*cases)


def test_a_possessive_relation_with_a_name_in_apposition_is_the_subject():
    # "Her rival, Sen. Name, has spent the week telling crowds that … “Q”": the name, not 'Her'
    cases = [
        ("Her rival, Sen. Wendell Ocampo, has spent the past week telling crowds that the mayor is "
         "\u201cout of her depth,\u201d pointing to the budget.", ["Wendell Ocampo"]),
        ("His longtime opponent, Mayor Dana Kowalczyk, has spent the week telling voters the plan was "
         "\u201ca fantasy.\u201d", ["Dana Kowalczyk"]),
    ]
    speakers_are(*cases)


def test_a_who_said_he_in_a_name_apposition_gives_its_gender():
    # "Name, 58, a farmer who said he …, was asked …. “Q,” he said.": the subject, not the last man named
    cases = [
        ("Rosa Quill, a teacher who said she had backed Ivo Brandt, left early. Bo Tamm, 58, a farmer who said "
         "he once voted for Ivo Brandt, was asked whether he still would. \u201cNever again,\u201d he said.",
         ["Bo Tamm"]),
    ]
    speakers_are(*cases)


def test_a_recording_that_shows_its_person_speaking():
    # "A recording of Name at … captures him describing X as “Q,” according to audio obtained by the Outlet"
    cases = [
        ("A recording of mayoral hopeful Tobias Renwick at a donor dinner in Harlow last spring captures him "
         "describing renters as \u201cpeople who never show up,\u201d according to audio obtained by the "
         "Harlow Courier.", ["Tobias Renwick"]),
        ("A grainy video of Gov. Hal Munro captures him calling the strikers \u201cfreeloaders,\u201d according "
         "to footage obtained by the Ledger.", ["Hal Munro"]),
        ("A new video shows Mayor Ida Brel describing the protesters as \u201cspoiled brats,\u201d according "
         "to footage obtained by the Ledger.", ["Ida Brel"]),
    ]
    speakers_are(*cases)


def test_a_state_party_description_is_the_one_so_tagged():
    # "Rep. Name, R-Ind., … Asked about it, the Indiana Republican shrugged. “Q,” she said.": the one tagged R-Ind.
    cases = [
        ("Rep. Mona Kessel, R-Ind., said she would vote no. Rep. Tara Vick, R-Fla., disagreed. \u201cIt is "
         "malpractice,\u201d Vick said. The jab seemed aimed at Kessel, whose district is safe. Asked about it, "
         "the Indiana Republican shrugged. \u201cTara can think what she likes,\u201d she said.",
         ["Tara Vick", "Mona Kessel"]),
        ("Sen. Ruth Alder (D-Ore.) said she opposed the bill. Sen. Gail Pryce (D-Vt.) backed it. \u201cIt is overdue,\u201d "
         "Pryce said. Asked again on Friday, the Oregon Democrat relented. \u201cI can live with it,\u201d she said.",
         ["Gail Pryce", "Ruth Alder"]),
    ]
    speakers_are(*cases)


def test_a_subject_that_reports_its_own_is_no_he_or_she():
    # "Name Name said its …": a company or body, never the antecedent of a later she or he
    cases = [
        ("The firm that built the bridge, Calder Span, has denied any fault. Calder Span said its welders had "
         "followed the plans \u201cto the millimetre.\u201d\n\nIn Ostby, Maren Quist, whose brother, Jens, was "
         "injured in the collapse, said she was still waiting for answers. \u201cNobody has called me,\u201d she said.",
         ["Calder Span", "Maren Quist"]),
        ("Tollan Freight, which runs the depot, said in a statement that its drivers were safe. \u201cWe are "
         "reviewing the footage,\u201d Tollan Freight said.\n\nAt the gate, Ruth Ambler, whose son, Pavel, drives "
         "for the firm, said she had been told nothing. \u201cI read it online,\u201d she said.",
         ["Tollan Freight", "Ruth Ambler"]),
    ]
    speakers_are(*cases)


def test_a_lone_surname_with_an_interrupting_phrase_is_the_reporting_subject():
    # "Surname, speaking at …, said he …. “Q,” he said.": the surname's full name, not an earlier speaker
    cases = [
        ("The mediator, Ansel Rook, said the two sides were \u201cstill far apart.\u201d\n\nThe mayor, Marit Holm, "
         "said in a speech Monday night that the city would not wait. \u201cWe have been patient,\u201d Holm said.\n\nRook, "
         "speaking to reporters after the session, said he would try again next month. Asked if he was tired, "
         "he laughed. \u201cI am always tired,\u201d he said.",
         ["Ansel Rook", "Marit Holm", "Ansel Rook"]),
        ("The prosecutor, Ansgar Lind, called the verdict \u201ca mistake.\u201d\n\nThe court clerk, Oriel Dane, "
         "said in a note Friday morning that the building was shut. \u201cThe hearing is off,\u201d Dane said.\n\n"
         "Lind, leaving the courthouse on Friday, said he would appeal. Pressed on it, he stopped. "
         "\u201cRead the filing,\u201d he said.",
         ["Ansgar Lind", "Oriel Dane", "Ansgar Lind"]),
    ]
    speakers_are(*cases)


def test_trustee_is_a_title_before_a_name():
    # "Trustee Name Name, …, said …": the title is no part of the name
    cases = [
        ("Trustee Ingrid Solvay, who voted no, said the plan was \u201crushed.\u201d", ["Ingrid Solvay"]),
        ("\u201cWe owe the parents an answer,\u201d said Trustee Amos Kettering.", ["Amos Kettering"]),
    ]
    speakers_are(*cases)


def test_a_title_quoted_again_is_no_statement():
    # "the novel “Title” … read a passage from “Title”": the second span is the title again, not speech
    cases = [
        ("The library kept two books, including the documentary \u201cSalt Roads.\u201d\n\nA student, Nia Okoro, read a "
         "line from \u201cSalt Roads\u201d at the meeting. \u201cThis book is why I read,\u201d she told the board.",
         ["Nia Okoro"]),
        ("The council debated the film \u201cThe Glass Harbour\u201d for an hour. Later, Tomas Reid read a scene "
         "from \u201cThe Glass Harbour\u201d to the room. \u201cIt belongs on the stage,\u201d Reid said.",
         ["Tomas Reid"]),
    ]
    speakers_are(*cases)


def test_a_name_of_the_other_gender_before_a_he_said_does_not_block_the_last_subject():
    # "Her rival, engineer Name, attacked …. Surname, he said, had …": the he is the rival's, though
    # a woman's surname opens its sentence
    cases = [
        ("\u201cWe kept the buses running,\u201d said Peder Lunn, head of the transit union.\n\nMayor Helen Osgood said she would keep the cuts. \u201cI stand by the cuts,\u201d Osgood said.\n\nHer challenger, engineer Bram Tolver, attacked the cuts. Osgood, he said in a statement, had left the city \u201cstranded at the bus stop.\u201d",
         ["Peder Lunn", "Helen Osgood", "Bram Tolver"]),
        ("\u201cRents are too high,\u201d said Tobias Wend, a tenant organiser.\n\nSusan Marlowe, the housing commissioner, said the new rules would start in May. \u201cWe listened,\u201d Marlowe said.\n\nA rival candidate, builder Dario Fenn, scoffed at that. Marlowe, he told reporters, had \u201clistened to nobody.\u201d",
         ["Tobias Wend", "Susan Marlowe", "Dario Fenn"]),
    ]
    speakers_are(*cases)


# "Surname, asked afterward whether she …, smiled and …. “Q,” she said.": the asked one, not the last speaker
_ASKED_IN_APPOSITIVE = (
    ("Marit Kerrigan spent the afternoon at the fairground, telling voters that the county had been \u201cforgotten.\u201d\n\nAcross the lot, Nell Ambrose, 64, who keeps bees with her daughter, said she had not made up her mind. \u201cI like her, but I like my senator too,\u201d she said.\n\nKerrigan, asked afterward whether she could win without the county seat, smiled and stepped off the stage. \u201cJust watch,\u201d she said.",
     ["Marit Kerrigan", "Nell Ambrose", "Marit Kerrigan"]),
    ("Oriel Brandauer opened his campaign with a speech on the docks, promising to \u201cbring the ships back.\u201d\n\nAmong the crowd, Piet Vos, a retired crane driver, said he had voted for every party at least once. \u201cPromises are cheap here,\u201d he said.\n\nBrandauer, asked afterward if the pledge was realistic, shrugged and climbed into his car. \u201cYou will see,\u201d he said.",
     ["Oriel Brandauer", "Piet Vos", "Oriel Brandauer"]),
)


def test_a_subject_asked_in_an_appositive_is_the_next_pronoun_s_antecedent():
    speakers_are(*_ASKED_IN_APPOSITIVE)


def test_quoted_with_an_aside_before_as_saying_gives_the_one_quoted():
    # 'quoted a spokeswoman, Captain Name, as saying': the name in apposition; 'quoted an officer, who
    # was not identified, as saying': the officer, not the outlet
    speakers_are(
        ("Harbour Radio quoted a port authority spokeswoman, Captain Mira Solberg, as saying that the ferries "
         "would run \u201con a reduced timetable until Friday.\u201d", ["Mira Solberg"]),
        ("In Veltra, the state news agency quoted a senior customs officer, who was not identified, as saying "
         "the checks were \u201ca matter of routine, nothing more.\u201d", ["senior customs officer"]),
    )


def test_a_nickname_after_a_naming_verb_in_a_that_clause_is_no_quote():
    assert one("Lorries crawled all morning along the coast road that fishermen have long called "
               "\u201cthe Salt Mile\u201d and that had been closed since March.") == []


def test_a_he_or_she_replying_after_a_question_put_to_a_named_person_is_the_one_asked():
    speakers_are(
        ("The bridge closure was ordered by the city engineer, Maarit Ostrander. Shop owner Dana Kovic said trade "
         "had halved. \u201cNobody comes over any more,\u201d she said.\n\nAt a briefing on Friday, a journalist asked "
         "Ostrander whether the bridge would reopen before winter. \u201cNot before spring,\u201d she replied. "
         "\u201cThe cables need replacing.\u201d", ["Dana Kovic", "Maarit Ostrander", "Maarit Ostrander"]),
        # 'said' is no answer verb, and a Mr. is no she: the asker goes on
        ("Councillor Ada Brenn questioned the budget for an hour. She then asked Ms. Lenk whether the depot would "
         "close. \u201cWe deserve an answer,\u201d she said.", ["Ada Brenn"]),
        ("Councillor Ada Brenn questioned the budget for an hour. She then asked Mr. Lenk whether the depot would "
         "close. \u201cWe deserve an answer,\u201d she replied.", ["Ada Brenn"]),
    )


def test_a_noun_modifier_between_a_name_and_a_role_word_stays_in_an_indefinite_subject():
    # 'A <Name> <noun> <role>, who …, said': the modifier and the role belong to the subject
    speakers_are(
        ("Talks on the harbour levy stalled again. A Treasury tariff official, speaking on condition that "
         "she not be named, said the ministry would \u201cwait for the spring figures\u201d before acting.",
         ["Treasury tariff official"]),
        ("A Senate floor aide, who was not cleared to discuss the count, said the bill was \u201cthree votes short\u201d "
         "on Thursday night.",
         ["Senate floor aide"]),
    )


def test_a_surname_in_ing_expands_to_the_full_name_with_a_first_name():
    # a lone capitalised word in -ing reads as a participle; once 'First Surname-ing' is named it is the person
    speakers_are(
        ("The county board met on Monday with Commissioner Paul Hemming in the chair. Hemming, who has served "
         "three terms, said the budget would be \u201cbalanced by spring.\u201d",
         ["Paul Hemming"]),
        ("Dana Kessler asked about the ferry. Later, Harbourmaster Ellen Stalling took questions. "
         "\u201cThe schedule stays,\u201d Stalling said.",
         ["Ellen Stalling"]),
    )


def test_an_unnamed_speaker_who_later_identifies_himself_after_an_appositive_is_that_name():
    speakers_are(
        ("The hearing on the quarry had barely opened when the heckling began.\n\n\u201cWho pays for the roads?\u201d "
         "shouted one resident, a tall woman holding a clipboard, who later identified herself as Ilse Brandt, "
         "a farmer from Oberhof.",
         ["Ilse Brandt"]),
        ("\u201cYou sold us out!\u201d shouted a man near the stage, a retired welder, who afterwards gave his name "
         "as Rudi Kessel.",
         ["Rudi Kessel"]),
    )


def test_a_pronoun_replying_to_a_question_is_not_the_asker():
    # '“Q?” the reporter …. ¶ “A,” she replied': the reply is the questioned one's, not the asker's
    speakers_are(
        ("At the port authority's briefing, a journalist asked spokeswoman Hanne Vogt about the dredging bill. "
         "\u201cIt has been paid in full,\u201d Vogt said.\n\n\u201cBy whom?\u201d the journalist pressed.\n\n"
         "\u201cBy the authority, as the audit shows,\u201d she replied.",
         ["Hanne Vogt", "journalist", "Hanne Vogt"]),
        ("\u201cWe will reopen the line in March,\u201d said Transit Director Tomas Lindqvist.\n\n"
         "\u201cAnd if the tunnel fails its inspection?\u201d a caller asked.\n\n\u201cThen April,\u201d he answered.",
         ["Tomas Lindqvist", "caller", "Tomas Lindqvist"]),
    )


def test_a_nickname_after_a_relative_clause_without_its_relative_is_no_quote():
    # 'the <noun> his/their <noun> … calling “Nick.”': a nickname closing its sentence, with no 'whom'
    speakers_are(
        ("Mayor Ines Halloran spoke at the dock. She did not name her rival, though she mocked the woman her "
         "critics have taken to calling \u201cthe Tollkeeper.\u201d \u201cSome people want to charge for the air,\u201d "
         "Halloran said.",
         ["Ines Halloran"]),
        ("Coach Aldo Ferrante waved to the stands, where a banner greeted the striker the fans keep dubbing "
         "\u201cLittle Thunder.\u201d \u201cHe earned it,\u201d Ferrante said.",
         ["Aldo Ferrante"]),
    )


def test_a_lower_case_state_before_the_title_of_an_appositive_subject():
    # "The nominee for X, state Sen. Name, did …. “Q,” she said": the nominee, not the woman quoted before
    speakers_are(
        ("The mayor's lawyer, Corinne Aldous, said her client had done nothing wrong. \u201cThis is politics,\u201d Aldous said.\n\nThe Labor candidate for mayor, state Rep. Ines Varga, hit back at the council. \u201cThe money has to be found,\u201d she said at a rally in Dunmore.",
         ["Corinne Aldous", "Ines Varga"]),
        ('The council\'s auditor, Helen Marsh, said the books were in order. "Every cent is there," Marsh said.\n\nThe Green challenger, county Commissioner Tessa Orlov, dismissed the audit. "Nobody believes that," she told reporters.',
         ["Helen Marsh", "Tessa Orlov"]),
    )


def test_an_age_description_after_a_lone_surname_s_age():
    # "Surname, 58, has … . “Q,” the 58-year-old said": the surname's full name
    speakers_are(
        ("HARWICH — Schools trustee Tove Lindahl kept her seat on Tuesday.\n\nLindahl, 58, has sat on the board since 2010. She will face a recount request from her rival, Arne Vik.\n\n\u201cI never took a single vote for granted,\u201d the 58-year-old said at her count party.",
         ["Tove Lindahl"]),
        ('Caleb Munro, a dairy farmer, lost the drainage vote on Monday night.\n\nMunro, 71, has farmed the same valley for five decades.\n\n"I will be back next spring," the 71-year-old told the board.',
         ["Caleb Munro"]),
    )


def test_a_name_in_apposition_after_an_agent_for_a_name_is_the_subject():
    # "A spokesman for Surname, Name, said …": the named spokesman, not 'spokesman for …'
    speakers_are(
        ("Mayor Marta Vance vetoed the harbour levy on Friday.\n\nA lawyer for Vance, Odile Brecht, said the mayor would answer the council \u201cline by line\u201d and noted that the levy had never been costed.",
         ["Odile Brecht"]),
        ('Developer Anton Reiss lost his appeal on Tuesday.\n\nA spokeswoman for Reiss, Lena Fjord, said the developer would take the case "as far as it needs to go."',
         ["Lena Fjord"]),
    )


def test_a_cue_inside_a_trailing_time_clause_takes_that_clause_s_subject():
    # "The clash came …, when Name turned to … and said: “Q”": the clause's subject, not 'clash'
    speakers_are(
        ("Mayor Ilse Brandt and councillor Oren Vasko met for a last hearing on the budget.\n\nThe worst moment came just before midnight, when Vasko leaned across the table and said: \u201cYou cut the buses and kept your driver.\u201d",
         ["Oren Vasko"]),
        ('Two candidates for sheriff debated at the grange hall.\n\nThe room went quiet after an hour, as Dale Hemmings stood up and declared: "I will not take a dime from the union."',
         ["Dale Hemmings"]),
    )


def test_a_title_word_in_a_group_s_name_after_a_group_noun_is_kept():
    # "the progressive group <Title> <Word> said": the group's whole name, not the word after the title
    speakers_are(
        ("Outside the courthouse, the watchdog group Judge Fairly said in a statement that the ruling was \u201ca gift to landlords.\u201d",
         ["Judge Fairly"]),
        ('The student coalition Governor Watch said on Friday that the tuition plan "broke every promise."',
         ["Governor Watch"]),
    )


def test_a_description_in_apposition_with_a_possessive_and_to():
    # "Name, the X's nominee to the board, … “Q,” the nominee said": the named nominee
    speakers_are(
        ("HALDEN — Rolf Tamm, the mayor's nominee to the port board, met the harbour committee on Monday.\n\n\u201cWhat would you cut first?\u201d asked councillor Greta Ness.\n\n\u201cThe consultants,\u201d Tamm replied.\n\n\u201cThat is a slogan,\u201d Ness said.\n\n\u201cIt is a plan,\u201d the nominee said.",
         ["Greta Ness", "Rolf Tamm", "Greta Ness", "Rolf Tamm"]),
    )


def test_a_title_after_a_comma_closing_a_phrase_about_a_written_work():
    # "an article he wrote as a young X, “Title Cased Words,” which argued …": a title, no statement
    text = ("Dr. Lena Okoro faced questions over an essay she wrote as a young lawyer, "
            "\u201cHarbour Power Reconsidered,\u201d which argued for broad authority.\n\n"
            "\u201cI stand by the arithmetic,\u201d Okoro said.")
    assert [(q.text, q.speaker) for q in one(text)] == [("I stand by the arithmetic,", "Lena Okoro")]


def test_a_he_after_a_sentence_whose_person_is_a_when_clause_subject():
    # "The row grew when Rep. Name, …, filed a bill. He insisted …": the clause's subject, not the earlier speaker
    speakers_are(
        ("Harbour Commissioner Solveig Amundsen closed the east pier in June. \u201cThe pilings are rotten,\u201d Amundsen said.\n\nThe feud turned bitter in May when county Commissioner Ivo Rask, a cousin of the mayor, sued the board. He insisted the lawsuit was \u201cabout the pier, not the family.\u201d",
         ["Solveig Amundsen", "Ivo Rask"]),
    )


def test_asked_not_to_be_named_is_no_cue():
    # "A source, who asked not to be named …, said …": the cue is 'said', the asking states terms
    [q] = one("The ferry strike entered its second week. A senior adviser to the harbour board, who asked not to be "
              "named because the talks are private, said the union had been \u201cremarkably patient.\u201d")
    assert q.speaker.startswith("senior adviser") and q.cue == "said"


def test_a_nickname_known_to_someone_as_is_no_statement():
    # "Name's brother, Name, known to <people> as “the Title of Place,” was …": a nickname, not speech
    cases = [
        ("Lena Marek's son, Ivo Marek, known to the dockers as \"the Duke of Gordon Street,\" was gloomy. "
         "\"The ships come and the ships go,\" he said.",
         ["Ivo Marek"]),
        ("Sam Ortiz's brother, Luis Ortiz, known to his fans as \u201cthe Baron of Morgan Street,\u201d said little. "
         "\u201cWe will see,\u201d he said.",
         ["Luis Ortiz"]),
    ]
    speakers_are(*cases)


def test_an_age_description_after_a_surname_given_that_age():
    # "Full Name said … . Surname, 58, who …, called it … . … Other said. “Q,” the 58-year-old wrote":
    # the one given that age after the surname, not the last speaker
    cases = [
        ("\u201cThe port is dying,\u201d said Rep. Ida Varga, a member of the Green Bloc.\n\nVarga, 58, who grew up "
         "near the docks, called the plan \u201ca betrayal.\u201d\n\nRep. Olaf Brenn defended it. \u201cWe need the "
         "money,\u201d Brenn said in the chamber.\n\n\u201cThe money is not the point,\u201d the 58-year-old wrote "
         "on her blog that night.",
         ["Ida Varga", "Ida Varga", "Olaf Brenn", "Ida Varga"]),
    ]
    speakers_are(*cases)


def test_commodore_and_fisherman_are_titles():
    # "Fisherman First Last, 52, said …": the title is no part of the name; "Commodore First Last, who …
    # said …. “Q,” the commodore said": the role named before
    cases = [
        ("Fisherman Arlo Quint, 52, said the nets had come up empty all week. \u201cThe fish have gone north,\u201d he said.",
         ["Arlo Quint"]),
        ("Commodore Ines Faro, who leads the eastern squadron, spoke to reporters on the pier. \u201cOur ships will "
         "stay,\u201d the commodore said. \u201cThey have orders.\u201d",
         ["Ines Faro", "Ines Faro"]),
    ]
    speakers_are(*cases)


def test_a_leading_preposition_is_no_title_of_an_unknown_place():
    # "In Two-Word Place, First Last, 70, stood …. “Q,” she said": the place after 'In' opens no
    # sentence as a person, so the she is the one named after it
    cases = [
        ("In Vila Nova, Rosa Teles, 70, stood at the gate of her flooded yard. \"The water came at night,\" "
         "she told a radio crew.",
         ["Rosa Teles"]),
        ("At Kessel Ford, Marta Quill waited by the bridge for her son. \u201cHe should be home by now,\u201d she said.",
         ["Marta Quill"]),
    ]
    speakers_are(*cases)


def test_a_quoted_label_of_the_speaker_s_body_in_the_appositive_is_no_statement():
    # "“Q,” said First Last, a spokesman for the Adjective “body label,” the group that …": the label
    # names the body; only Q is the speaker's
    cases = [
        ("\u201cWe did not start this,\u201d said Ivo Brandt, a spokesman for the Aldern \u201cpeople\u2019s "
         "assembly,\u201d which took over the valley in 2019.",
         ["Ivo Brandt"]),
        ("\"The vote was fair,\" said Lotte Hamm, a member of the \"citizens council,\" the body that runs the port.",
         ["Lotte Hamm"]),
    ]
    speakers_are(*cases)


def test_a_capitalised_named_body_in_a_place_is_the_body():
    # "The Adjective Embassy in Place said … “Q”": the named body with its place, not the place
    cases = [
        ("The Tarvanian Embassy in Oskel said in a statement that the new border fence was \u201can "
         "unfriendly act.\u201d",
         ["Tarvanian Embassy in Oskel"]),
        ("On Friday the Orlov Trade Ministry in Brisa said the licences would be issued \"as soon as possible.\"",
         ["Orlov Trade Ministry in Brisa"]),
    ]
    speakers_are(*cases)


def test_a_party_description_with_an_adjective_a_race_or_a_date_is_the_person_in_focus():
    # 'the <party> <adjective> <head>', 'the <party> <head> for the <race>', '… for the <Month.> N election'
    speakers_are(
        ("Marisol Quintero toured a bakery in Leeton. “Bread first,” Quintero told the owners.\n"
         "The Democratic gubernatorial candidate later said she had been “only half joking” about it.",
         ["Marisol Quintero", "Marisol Quintero"]),
        ("Dale Whitcombe rallied dock workers in Port Ansel. “We are the tide,” Whitcombe told the crowd.\n"
         "The GOP nominee for the Oct. 4 election later said he was being “poetic” in his speech.",
         ["Dale Whitcombe", "Dale Whitcombe"]),
        ("Dale Whitcombe rallied dock workers in Port Ansel. “We are the tide,” Whitcombe told the crowd.\n"
         "The Republican candidate for the Senate later said he was being “poetic” in his speech.",
         ["Dale Whitcombe", "Dale Whitcombe"]),
        ("BRANDT FALLS — Corinne Abelard doesn’t trust the new ferry board.\n\nIn a talk with two radio hosts, "
         "the Democratic gubernatorial candidate stated that the plan was “reckless.”",
         ["Corinne Abelard"]),  # a name after an agency-less dateline is the subject in focus
    )
    [_, q] = one("Marisol Quintero toured a bakery in Leeton. “Bread first,” Quintero told the owners.\n"
                 "The Democratic gubernatorial candidate later said she had been “only half joking” about it.")
    assert q.speaker_mention == "The Democratic gubernatorial candidate"
    [_, q] = one("Dale Whitcombe rallied dock workers in Port Ansel. “We are the tide,” Whitcombe told the crowd.\n"
                 "The GOP nominee for the Oct. 4 election later said he was being “poetic” in his speech.")
    assert q.speaker_mention == "The GOP nominee"


def test_a_short_quote_between_a_named_possessor_and_a_speech_noun_is_the_possessor_s():
    # "X’s “…” remark/line/pledge": the possessor's words, before any main-clause cue; not after 'his'
    speakers_are(
        ("Senator Ada Lund spoke at the fair. Lund’s \u201cbridge to nowhere\u201d remark drew jeers from the crowd.",
         ["Ada Lund"]),
        ("Reporters asked about Ben Ortiz’s \u201copen door\u201d pledge.", ["Ben Ortiz"]),
        ("Pastor Ivo Grant defended Ada Lund’s \u201cbridge to nowhere\u201d line by saying it was a "
         "\u201cjoke among friends.\u201d", ["Ada Lund", "Ivo Grant"]),
        ("The ministry’s \u201cgreen corridor\u201d plan is stalled.", []),
    )


def test_the_statement_said_after_its_subject_said_in_a_statement_is_that_subject():
    # "The Body said in a statement that …. “Q,” the statement said": the body, through its statement
    cases = [
        ("The Vellan Port Authority said in a statement that the harbour would reopen on Monday. The "
         "ferries were \u201cfully inspected and ready,\u201d the statement said.",
         ["Vellan Port Authority"]),
    ]
    speakers_are(*cases)


def test_a_role_in_apposition_with_its_for_phrase_is_the_name_s_not_a_spokeswoman_for_it():
    # "The Body special envoy for the X talks, First Last, … the envoy said": First Last; "A spokeswoman for
    # the envoy, Other Name," does not make Other Name the envoy
    cases = [
        ("The European Union special envoy for the Dalmar talks, Kurt Benning, flew to Oslo on Monday.\n\n"
         "In an interview before his departure, the envoy said he was \u201ccautious but hopeful.\u201d\n\n"
         "A spokeswoman for the envoy, Tia Moss, said later that Benning had \u201cread the letter\u201d.\n\n"
         "Asked about the letter, Benning smiled. \u201cI have read worse,\u201d the envoy replied.",
         ["Kurt Benning", "Tia Moss", "Kurt Benning"]),
    ]
    speakers_are(*cases)


def test_a_person_noun_after_a_role_word_with_a_name_in_apposition_is_that_name():
    # "The chief/lead <agent noun>, First Last, a former …, declined … but told …": First Last
    cases = [
        ("The chief arbiter, Lena Ostby, a former judge of Vell, declined to give details but told the daily "
         "Posten that the gap \u201cwas wide.\u201d",
         ["Lena Ostby"]),
        ("The lead inspector, Joaquim Berre, told reporters the dam was \u201cin better shape than feared.\u201d",
         ["Joaquim Berre"]),
    ]
    speakers_are(*cases)


def test_a_nickname_after_a_reflexive_naming_verb_or_a_long_known_to_is_no_statement():
    # "…, who have taken to calling themselves the “Title Name”, …", "known to <four words> as “the Name”"
    cases = [
        ("At the dock, volunteers from the sailing club, who have taken to calling themselves the \u201cHarbour "
         "Hands\u201d, were loading boxes. \u201cWe will stay,\u201d said Ina Kolb, 58.",
         ["Ina Kolb"]),
        ("She said the hills, known to shepherds in the north as \u201cthe Combs\u201d, were \u201cnot for sale.\u201d",
         ["She"]),
    ]
    speakers_are(*cases)


def test_conjoined_persons_with_unlisted_first_names():
    # 'A B and C D' with first names the lists lack, and 'Title A B of Place and Title C D of Place':
    # both persons, so a later lone surname expands; one-word firm names stay one body
    cases = [
        ("Ilse Varga and Bram Quennell sparred over housing on Monday.\n\n"
         "\u201cThe rents are too high,\u201d Quennell said.",
         ["Bram Quennell"]),
        ("Ilse Varga and Bram Quennell sparred over housing on Monday.\n\n"
         "\u201cThe rents are falling,\u201d Varga said.",
         ["Ilse Varga"]),
        ("Rep. Orla Brandt of Idaho and Gov. Tomas Reyna of Utah met in Boise.\n\n"
         "\"We found common ground,\" Reyna said.",
         ["Tomas Reyna"]),
        ("\u201cWe will appeal,\u201d Procter and Gamble said in a statement.",
         ["Procter and Gamble"]),
    ]
    speakers_are(*cases)


def test_capitalised_surname_label_expands():
    # 'SURNAME: “Q”' in a transcript or fact check after the full name: the full name
    cases = [
        ("Birte Quist and Odo Lanz debated schools on Thursday. We checked three claims.\n\n"
         "QUIST: \u201cClass sizes have doubled since 2010.\u201d\n\n"
         "This is false.\n\n"
         "LANZ: \u201cWe hired 400 teachers.\u201d",
         ["Birte Quist", "Odo Lanz"]),
    ]
    speakers_are(*cases)


def test_under_secretary_is_a_title_and_a_hyphenated_role_ends_the_role_phrase():
    # "Under-Secretary-General First Last … “Q,” Last said"; "a spokesman for the secretary-general,
    # First Last, said … and urged “Q”": the person, not the title or a cut role phrase
    cases = [
        ("The bank's chief, Under-Secretary-General Lena Rook, opened by telling members the vault was "
         "empty.\n\n\u201cI have seen this before,\u201d Rook said.",
         ["Lena Rook"]),
        ("In Geneva, a spokeswoman for the director-general, Ines Varga, said the board was watching events "
         "closely and urged both sides \u201cto keep talking.\u201d",
         ["Ines Varga"]),
    ]
    speakers_are(*cases)


def test_a_lower_case_nickname_after_nicknamed_is_no_statement():
    # "X, nicknamed the “lower-case name” …, … who told … that “Q”": only Q is a statement
    cases = [
        ("The register of donors, nicknamed the \"uncles list\" by reporters because many on it are related "
         "to the mayor, also includes Ivo Tran, who told the Herald that he had \"never given a penny\" to the "
         "campaign.",
         ["Ivo Tran"]),
        ("Locals still use the old road, nicknamed \u201cgoat alley\u201d for its slopes, and Mira Hesse said it "
         "was \u201csafer than the new one.\u201d",
         ["Mira Hesse"]),
    ]
    speakers_are(*cases)


def test_the_group_is_the_named_organisation_opening_the_previous_sentence():
    # "The Named Body, which …, did something. …, the group/movement said “Q”": the named body
    cases = [
        ("The Coastal Workers Front, which has organised dock strikes since 2015, told another story. "
         "In a post on its website, the group said the police had \"charged without warning.\"",
         ["Coastal Workers Front"]),
        ("Greenvale Tenants Union rejected the offer on Friday.\n\n\u201cThis is a rent rise by another name,\u201d "
         "the union said.",
         ["Greenvale Tenants Union"]),
    ]
    speakers_are(*cases)


def test_a_relative_of_a_named_person_speaks_and_is_named_later():
    # "The <kin> of First Last, <long appositive>, said … and urged “Q”. ¶ …, Other Last said …": the
    # relative, who is the later reporting subject of that surname; "“Q,” the <kin> of First Last said"
    cases = [
        ("OSKEL \u2014 The husband of Mara Lind, the Tessian nurse held by rebels in the Varn Hills for nine "
         "months, said on Monday that the family had new proof she was alive, and urged the government to "
         "\u201cstop waiting for a miracle\u201d to act.\n\nIn an interview with Radio Oskel, Karl Lind said the "
         "recording was a week old.",
         ["Karl Lind"]),
        ("\"We still hope,\" the mother of Piet Varga said outside the court.",
         ["mother of Piet Varga"]),
    ]
    speakers_are(*cases)


def test_the_official_is_the_unnamed_speaker_of_the_quote_before():
    # "A <person description>, who asked not to be named, said … “Q1” ¶ “Q2,” the official/source added":
    # the described person for both
    cases = [
        ("Officials from both sides briefed reporters later. A member of the Orlan delegation, who asked not "
         "to be named, said the talks had come \"within a word\" of a deal.\n\n\"The word was about the port,\" "
         "the official added.",
         ["member of the Orlan delegation", "member of the Orlan delegation"]),
        ("A senior Kessan negotiator said the draft was \u201cdead for now.\u201d \u201cNobody wants to sign it "
         "before the election,\u201d the source said.",
         ["senior Kessan negotiator", "senior Kessan negotiator"]),
    ]
    speakers_are(*cases)


def test_retired_role_after_long_opening_phrase():
    # 'At …, retired machinist Name, 71, said …. “Q,” she said': the person opening the sentence, not the last speaker
    cases = [
        ("Later, Ines Moravec told reporters the council had \u201cwon the night.\u201d\n\n"
         "At a diner on the edge of Harwick, retired machinist Greta Solberg, 71, said she had not made up her mind. "
         "\u201cThey both sounded tired to me,\u201d she said.",
         ["Ines Moravec", "Greta Solberg"]),
    ]
    speakers_are(*cases)


def test_subject_after_show_title_with_inner_comma():
    # 'On “Show,” Name, a role, insisted …. She called …“Q”': the comma sits inside the title's marks
    cases = [
        ("\u201cAsk me again on Friday,\u201d Petra Lindahl said.\n\n"
         "Over on \u201cMorning Ledger,\u201d Yara Castell, an aide to Omar Brick, insisted the memo was stale. "
         "She called the Lindahl mailers \u201cthe silliest thing I have read all year.\u201d",
         ["Petra Lindahl", "Yara Castell"]),
    ]
    speakers_are(*cases)


def test_then_verb_phrase_closing_in_colon():
    # 'She played the clip in which X says, “Q1,” then put the question to Y: “Q2”': the sentence's subject asks
    cases = [
        ("Anchor Lise Marno kept at it. She aired the segment in which Omar Brick says, \u201cI never quit,\u201d "
         "then put the question to Castell bluntly: \u201cDoes Mr. Brick think the voters are fools?\u201d",
         ["Omar Brick", "Lise Marno"]),
    ]
    speakers_are(*cases)


def test_recording_captures_described_person():
    # 'A recording of Name … captures the <description> telling … “Q1” and that … “Q2”': the one recorded
    cases = [
        ("A video of Corin Dalby speaking at a union hall last spring captures the Green Party candidate "
         "telling members that landlords are \u201cthe real freeloaders\u201d and that she would \u201ctax them "
         "into next week.\u201d",
         ["Corin Dalby", "Corin Dalby"]),
        ("A video of Corin Dalby speaking at a union hall shows the crowd chanting \u201cno more rent\u201d for a minute.",
         ["crowd"]),  # not the one recorded
    ]
    speakers_are(*cases)


def test_document_author_before_ing_cue():
    # 'X circulated a memo from its <role>, Name, arguing that … “Q”': the memo's author, not the body circulating it
    cases = [
        ("The Dalby campaign on Friday sent donors a memo from its strategist, Rolf Ingram, arguing that "
         "the early returns were \u201cwildly misread\u201d by the press.",
         ["Rolf Ingram"]),
        ("The port authority released a letter by Mira Sand saying the dredging plan was \u201ca fantasy.\u201d",
         ["Mira Sand"]),
    ]
    speakers_are(*cases)


def test_the_person_who_gave_a_name_is_that_name():
    # 'said the woman, who gave her name as X': X; 'a man sitting on a bench, who would give only his first name, X': X
    cases = [
        ("Near the pier, a woman in a yellow raincoat was feeding gulls. \u201cThey come every morning,\u201d said "
         "the woman, who gave her name as Ilse Marten, 61, a retired teacher.",
         ["Ilse Marten"]),
        ("\u201cI lost the boat and the nets,\u201d said a man leaning on the railing, who would give only his "
         "first name, Oskar.",
         ["Oskar"]),
    ]
    speakers_are(*cases)


def test_an_ampersand_inside_a_company_name():
    # 'Harbor Gas & Electric said …': the whole name, not its last word
    [q] = one("Lindale Water & Power said on Monday that it expected \u201cmost homes to have service by Friday.\u201d")
    assert (q.speaker, q.speaker_mention) == ("Lindale Water & Power", "Lindale Water & Power")
    [q] = one("Lindale Water & Power issued a statement on Monday saying \u201ccrews are working around the clock.\u201d")
    assert q.speaker == "Lindale Water & Power"


def test_the_office_and_the_company_after_their_names():
    # "the Lorn County Sheriff's Office … the office said"; "X's parent company, Name, … the company said"
    cases = [
        ("The Dunmore County Sheriff's Office said it had opened an inquiry. \u201cWe take every complaint "
         "seriously,\u201d the office said.",
         ["Dunmore County Sheriff's Office"]),
        ("Belcourt\u2019s parent company, Oriel Foods Group, said in March it would sell the bakery. In a statement "
         "on Monday, the company said the sale \u201cprotects as many jobs as possible.\u201d",
         ["Oriel Foods Group"]),
    ]
    speakers_are(*cases)


def test_who_after_a_name_and_its_appositive():
    # 'Name, a/an/the …, who V … and said “Q”': the name, not a noun at the end of the appositive
    cases = [
        ("Trustee Ann Cole voted no. \u201cIt will not stop here,\u201d Cole said.\n\nAmong the speakers was "
         "Rita Vance, a retired nurse from the Oak Park district, who described a scene she disliked and said "
         "she had been \u201cdeeply upset\u201d to find it in the book.",
         ["Ann Cole", "Rita Vance"]),
    ]
    speakers_are(*cases)


def test_a_self_named_man_and_an_opener_after_a_leading_phrase():
    # 'a man, who later identified himself as X' gives X that gender; 'As the rain eased, X lingered …
    # “Q,” he said': X opens the sentence after its leading phrase
    cases = [
        ("\u201cWhere is the money?\u201d shouted a man in the front row, who later identified himself as Kell "
         "Ostrander, a welder.\n\nState Sen. Bram Tolver said he would ask for \u201can audit.\u201d\n\n"
         "As the rain eased, Kell Ostrander waited by the door. He frowned. \u201cI will wait and see,\u201d he said.",
         ["Kell Ostrander", "Bram Tolver", "Kell Ostrander"]),
    ]
    speakers_are(*cases)


def test_a_common_name_after_often_called_is_no_quote():
    # 'the chemicals often called “…”' names a thing even when it closes the sentence; 'which Roth has often
    # called “…”' stays her words
    assert one("The valley has high levels of the solvents often called \u201cghost chemicals.\u201d") == []
    [q] = one("Mayor Ada Roth spoke against the plan, which she has often called \u201ca reckless gamble.\u201d")
    assert q.speaker == "Ada Roth"


def test_major_is_a_rank_only_before_a_first_name_and_a_surname():
    # 'Major Tove Lindqvist' -> Tove Lindqvist; 'Gloria Major' and a lone 'Major' stay a surname
    cases = [
        ("\u201cWe have not given up,\u201d said Major Siri Dahlberg, a coast guard spokeswoman.",
         ["Siri Dahlberg"]),
        ("The volunteers Ana Ruiz and Helen Major, both retirees, waited for hours. \u201cNobody came,\u201d "
         "Major said.",
         ["Helen Major"]),
    ]
    speakers_are(*cases)


def test_the_official_after_an_official_familiar_with_the_case():
    # 'An official familiar with the case, who …, said … “Q,” the official said': the source as written
    [q] = one("A port authority official familiar with the inquiry, who asked not to be named, said the logs "
              "were incomplete. \u201cSomeone deleted them,\u201d the official said.")
    assert q.speaker == "port authority official familiar with the inquiry"


def test_a_title_cased_name_after_calling_it_the_and_a_title_before_its_work_noun():
    # 'have taken to calling it the “Glass Fortress,”' and '“Salt Roads,” a documentary about …' name things
    cases = [
        ("Critics have taken to calling it the \u201cGlass Fortress,\u201d after its mirrored towers.", []),
        ("Ines Koller said she had watched \u201cSalt Roads,\u201d a documentary about fishing towns, "
         "\u201cand never thought it would be about us.\u201d",
         ["Ines Koller"]),
    ]
    speakers_are(*cases)


def test_modal_cue_yields_to_closing_reporting_clause():
    # 'X will respond “Q” …, S said': the cue after a modal is an act to come, not the speech quoted;
    # the closing ', S said' may have one phrase of place or manner after it
    cases = [
        ("Ostland will respond \u201cfirmly and soon\u201d to the closure of its consulate in Bray, "
         "embassy spokeswoman Lena Morrow said on Friday, in comments to the local radio.",
         ["Lena Morrow"]),
        ("The union would \u201cfight every single job cut\u201d at the plant, organiser Piet Ruud said.",
         ["Piet Ruud"]),
        ("Ostland would respond \u201cin kind\u201d to the move.",
         ["Ostland"]),
    ]
    speakers_are(*cases)


def test_reporting_subject_before_closed_relative_clause():
    # 'A/The NP, who …, said …': the phrase opening the sentence reports, so a later he is that phrase,
    # not the man quoted before
    cases = [
        ("Mayor Tobias Wren opened the bridge. \u201cIt is a fine day,\u201d he told the crowd.\n\n"
         "A Lurne-based haulier, who asked not to be named because he feared losing contracts, said tolls "
         "would rise. \u201cEvery lorry will pay for this,\u201d he said.",
         ["Tobias Wren", "Lurne-based haulier"]),
    ]
    speakers_are(*cases)


def test_possessive_name_relation_with_name_in_apposition():
    # "Name's <noun> <relation>, Title A B, …": the name in apposition is the subject, not the possessor
    cases = [
        ("Premier Hana Ostrova opened the session on Friday.\n\n"
         "Ostrova's cabinet colleague, Deputy Premier Ivo Lasz, who chaired the final sitting, was sharper "
         "on the radio, calling the opposition leaders \u201cpassengers who want to steer the bus.\u201d",
         ["Ivo Lasz"]),
    ]
    speakers_are(*cases)


def test_a_lone_surname_in_ing_after_the_full_name_is_a_person():
    # 'First Surnameing … Surnameing was asked … “Q,” he said', 'Surnameing, 58, said … “Q”': a surname,
    # not a participle opening the sentence
    cases = [
        ("Thomas Gelling met Mark Dunn in Orvale on Friday. \u201cWe talked for an hour,\u201d Dunn said. "
         "Gelling was asked about the meeting later. \u201cIt went well,\u201d he told reporters.",
         ["Mark Dunn", "Thomas Gelling"]),
        ("Ray Hastling spoke last. Hastling, 58, said the plan was \u201ca mess from the start.\u201d",
         ["Ray Hastling"]),
    ]
    speakers_are(*cases)


def test_a_role_described_far_back_is_the_one_person_described_with_it():
    # 'First Last, the two-term mayor of Place who …,' many sentences before '“Q,” the former mayor replied'
    cases = [
        ("Maria Lendt, the three-term mayor of Corvale who retired in 2019, backed the plan on Monday. "
         "The vote is next week. The council is split. Two members are undecided. The plan costs $4 million. "
         "Opponents held a rally. Supporters held another. A radio host, Ken Ruhl, asked about the cost. "
         "\u201cIt pays for itself,\u201d the former mayor replied.",
         ["Maria Lendt"]),
    ]
    speakers_are(*cases)


def test_each_abbreviated_title_of_a_conjoined_pair_names_its_own_person():
    # 'Sen. A B of State and Gov. C D of State': 'the senator' is A B, 'the governor' is C D
    text = ("BOISE — Sen. Wade Korver of Idaho and Gov. Paul Ybarra of Utah met on Tuesday. "
            "\u201cWe agree on water,\u201d the governor said. \u201cNot on roads,\u201d the senator said.")
    speakers_are((text, ["Paul Ybarra", "Wade Korver"]))


def test_a_state_demonym_is_the_person_of_that_state():
    # 'Sen. First Last of Montana … “Q,” the Montanan said', '(R-Tex.) … the Texan'; a person after
    # 'the Texas senator and' is not the Texan
    cases = [
        ("Sen. Wade Korver of Montana faced Gov. Rosa Lint on Tuesday. \u201cWe need roads,\u201d the Montanan said.",
         ["Wade Korver"]),
        ("Rep. Dale Sorum (R-Tex.) spoke first. \u201cWe need more water,\u201d the Texan said.",
         ["Dale Sorum"]),
        ("Former Texas Gov. Dan Perrow backed the Texas senator and Ben Ortiz on Sunday. "
         "\u201cThey are both good men,\u201d the Texan said.",
         ["Dan Perrow"]),
    ]
    speakers_are(*cases)


def test_a_role_subject_of_a_nameless_sentence_is_he_or_she_also_of_unknown_gender():
    # 'Gov. First Last … The governor smiled. “Q,” he said': the governor, though his first name tells no gender
    text = ("Gov. Luis Ybarra debated Sen. Wade Korver on Tuesday. \u201cWe need roads,\u201d Korver said. "
            "The governor smiled. \u201cI built them,\u201d he said.")
    speakers_are((text, ["Wade Korver", "Luis Ybarra"]))


def test_a_name_of_a_body_after_a_role_appositive_is_a_person():
    # 'The moderator, First Last of the Org Name, pressed X. “Q?” she asked': a person, not the body
    text = ("The moderator, Odalys Varkas of the Coastal Broadcasting Network, pressed Korver on the budget. "
            "\u201cWhere will the money come from?\u201d she asked.")
    speakers_are((text, ["Odalys Varkas"]))


def test_a_follow_up_asker_is_not_the_described_person_who_answers():
    # '“Q?” asked X of the Paper. “A,” Y replied. “A.” X followed up, asking whether … The nominee shook
    # her head. “A,” she said': the nominee is Y, past the all-quote sentence, not the asker X
    text = ("Ada Roth toured the docks on Monday. \u201cIsn\u2019t that a U-turn?\u201d asked Laura Brun of the "
            "Harbor Daily. \u201cNo,\u201d Roth replied. \u201cIt is a change of course. A small one.\u201d Brun "
            "followed up, asking whether the plan would cost more. The nominee shook her head. "
            "\u201cNot a cent,\u201d she said.")
    speakers_are((text, ["Laura Brun", "Ada Roth", "Ada Roth", "Ada Roth"]))


def test_recorder_is_a_title_before_a_name():
    # '“Q,” said Place County Recorder First Last': the person, not the title with the name
    text = "\u201cWe opened at six,\u201d said Norvale County Recorder Ilse Marrow, who runs the county\u2019s elections."
    speakers_are((text, ["Ilse Marrow"]))


def test_an_aside_between_dashes_after_a_subject_name_keeps_it_the_subject():
    # 'The role, First Last — an aside — has …. “Q,” he said': he is that subject, not the last speaker
    text = ("\u201cWe opened early,\u201d said County Clerk Odalys Marrow. Marrow said turnout was high. The "
            "county\u2019s Republican chairman, Dwayne Hale \u2014 no relation \u2014 has spent the month urging voters "
            "to come early. \u201cBank your vote,\u201d he said.")
    speakers_are((text, ["Odalys Marrow", "Dwayne Hale"]))


def test_a_document_signed_by_an_issuer_with_an_appositive_speaks_for_the_issuer():
    # 'A Weekday email signed by First Last, X's role, told donors that “Q”': the issuer
    cases = [
        ("A Monday letter signed by Ines Varga, the finance chief, warned that \u201cthe money is gone\u201d and "
         "that the fund was \u201cempty.\u201d",
         ["Ines Varga", "Ines Varga"]),
        ("A Friday email signed by Pavel Orn, Ada Roth\u2019s campaign treasurer, told donors that "
         "\u201cevery dollar counts.\u201d",
         ["Pavel Orn"]),
    ]
    speakers_are(*cases)


def test_a_which_relative_after_an_opening_phrase_is_no_subject_and_its_cue_is_not_the_quote_s():
    # 'On the tape, which the X campaign released Friday, Surname can be heard saying … “Q”': the one heard
    text = ("Ben Ortiz ran the field office. On the tape, which the Lorn campaign released on Friday, Ortiz "
            "can be heard saying the campaign had \u201cwritten off\u201d the north of the state.")
    speakers_are((text, ["Ben Ortiz"]))


def test_whip_is_a_title_before_a_name():
    # 'House Minority Whip Dora Valk' -> Dora Valk, not 'Whip Dora Valk'
    speakers_are(
        ("House Minority Whip Dora Valk said the vote count was \u201cstill moving\u201d on Friday.", ["Dora Valk"]),
        ("\u201cWe will hold the line,\u201d said Deputy Whip Tomas Reyl of Idaho.", ["Tomas Reyl"]),
    )


def test_a_first_name_ending_like_a_body_noun_after_a_title_before_of_place():
    # 'Rep. Clarence Dibb of Kansas' -> Clarence Dibb ('-ence' is no body's noun after a title)
    speakers_are(
        ("\u201cThe farm bill is late again,\u201d Rep. Clarence Dibb of Kansas said on Tuesday.", ["Clarence Dibb"]),
        ("\u201cWe are ready,\u201d the Regional Conference of Bakers said.", ["Regional Conference of Bakers"]),
    )


def test_a_role_label_in_capitals_is_the_holder_of_that_role():
    # 'MODERATOR: “Q”' after 'moderator Ines Calder', 'SENATOR: “Q”' after 'Sen. Bo Lund'
    speakers_are(
        ("Sen. Bo Lund of Vermont took questions from moderator Ines Calder at the forum.\n\n"
         "MODERATOR: \u201cWill you run again?\u201d\n\nSENATOR: \u201cI have not decided, and I will not be "
         "rushed.\u201d\n\nMODERATOR: \u201cNot even a hint?\u201d",
         ["Ines Calder", "Bo Lund", "Ines Calder"]),
    )


def test_a_noun_before_a_person_noun_keeps_the_name_a_subject():
    # 'election worker Name, 61, had been awake. “Q,” she said': the worker, not a described speaker before
    cases = [
        ("A Northern envoy said the mood was \u201ctense.\u201d\n\nAt a stall in the market, ballot counter Ines Obi, "
         "58, had not slept. \u201cI count slowly on purpose,\u201d she said.",
         ["Northern envoy", "Ines Obi"]),
    ]
    speakers_are(*cases)


def test_added_goes_on_with_the_last_speaker_past_a_silent_subject():
    # '“Q1,” Name said. ¶ Caption: Another Name holds up … ¶ “Q2,” he added': the first speaker
    cases = [
        ("\u201cThe bridge stays shut,\u201d Gustav Ferrante said.\n\nDunmore harbour pilot Marco Lenz holds up a "
         "cracked bolt from the span.\n\n\u201cWe will not gamble with lives,\u201d he added.",
         ["Gustav Ferrante", "Gustav Ferrante"]),
    ]
    speakers_are(*cases)


def test_a_kin_noun_opening_an_apposition_gives_the_name():
    # "Name's campaign chairman, his brother Other Name, told … “Q”": the brother
    cases = [
        ("Tomas Reyna filed his papers on Monday. Reyna's finance director, her sister Lidia Reyna, told "
         "donors the campaign had raised \u201cmore than we dared hope.\u201d",
         ["Lidia Reyna"]),
    ]
    speakers_are(*cases)


def test_a_he_after_a_leading_when_clause_is_its_subject():
    # 'In 2017, when Name was governor, he told …': the clause's subject, not the earlier speaker
    cases = [
        ("Oskar Lindqvist kept a diary. \u201cI wrote it all down,\u201d he said.\n\nIn 2009, when Ray Dale ran "
         "the port authority, he told the Harbour Courier that Lindqvist was \u201cthe best deputy I ever had.\u201d",
         ["Oskar Lindqvist", "Ray Dale"]),
    ]
    speakers_are(*cases)


def test_a_rank_before_a_capitalised_run_ending_in_a_title_stays():
    # 'A senior <Party> MP, who …, said … “Q”': the rank is part of the description
    cases = [
        ("A senior Unity MP, who asked not to be named, said the rebels had \u201cwell over twenty\u201d names.",
         ["senior Unity MP"]),
    ]
    speakers_are(*cases)


def test_a_noun_modifier_after_a_rank_word_before_the_role():
    # 'A senior <noun> official, who …, said' -> the whole role phrase, not 'senior'
    [q] = one("A senior transport official, who asked not to be identified, said the tender was "
              "\u201con hold until spring.\u201d")
    assert q.speaker == "senior transport official"


def test_the_party_noun_after_a_party_member_familiar_with_the_talks():
    # 'A Republican familiar with the talks, …, said … “Q,” the Republican said': the source as written
    [q] = one("A Republican familiar with the negotiations, who was not authorized to speak publicly, said the "
              "caucus would meet again. \u201cNobody is walking away,\u201d the Republican said.")
    assert q.speaker == "Republican familiar with the negotiations"


def test_a_surname_before_later_is_the_subject_not_a_time_phrase():
    # 'Name later shared …, writing: “Q”' -> Name ('Hours later, …' stays an opening phrase)
    cases = [
        ("Mayor Ines Dorado lost the vote. Dorado later posted a photo of the chamber, writing: "
         "\u201cWe will be back next year.\u201d",
         ["Ines Dorado"]),
        ("Hours later, the union wrote: \u201cThe strike goes on.\u201d", ["union"]),
    ]
    speakers_are(*cases)


def test_the_party_noun_with_lower_case_modifiers_before_its_cue():
    # '… a charge the <modifier> Democrat dismissed as “…”' -> the person in focus, not 'Democrat'
    [q] = one("Sen. Odile Brancato spent Friday fending off questions about her travel budget, a charge the "
              "veteran Democrat dismissed as \u201ca distraction cooked up by my opponent.\u201d")
    assert q.speaker == "Odile Brancato"


def test_an_occupation_before_a_name_opening_the_sentence_is_a_title():
    # 'Businesswoman Lina Vasquez …' -> Lina Vasquez, not 'Businesswoman Lina Vasquez'
    [q] = one("Businesswoman Lina Vasquez, who trails in the polls, spoke up. \u201cI have signed paychecks,\u201d "
              "Vasquez said.")
    assert q.speaker == "Lina Vasquez"


def test_a_described_subject_in_a_sentence_naming_an_outlet_is_the_next_he():
    # 'In the Courier interview, the governor was asked …. “Q,” he said' -> the governor, not the last man named
    quotes = one("Gov. Emil Sorensen has narrowed his list to two names, he told the Harbor Courier in an "
                 "interview, and expects to decide \u201cwell before spring.\u201d\n\nPaul Renner, the party "
                 "chairman, told reporters the choice would be \u201ca mistake.\u201d\n\nIn the Courier interview, "
                 "the governor was asked about his brother. \u201cFamily plays no part in this,\u201d he said.")
    assert [q.speaker for q in quotes] == ["Emil Sorensen", "Paul Renner", "Emil Sorensen"]


def test_the_governor_after_a_governor_and_a_lieutenant_governor():
    # 'Gov. A … Lt. Gov. B … “Q,” the governor said' -> A ('Lt. Gov.' is another office)
    cases = [
        ("Gov. Emil Sorensen toured the valley on Monday. Lt. Gov. Marta Quist, who chairs the flood panel, "
         "told reporters she was \u201cready to serve.\u201d\n\nPaul Renner, the party chairman, called the tour "
         "\u201ca photo op.\u201d \u201cWe will rebuild every bridge,\u201d the governor said.",
         ["Marta Quist", "Paul Renner", "Emil Sorensen"]),
    ]
    speakers_are(*cases)


def test_transcript_turns_without_quote_marks_are_no_quotes():
    # a statement is a quote-mark pair (as PolNeAR counts them): 'NAME: …' turns printed without marks,
    # even after 'An excerpt:', are left out; a turn in marks after its label is one
    text = ("Moderator Dana Whitcombe opened with the housing question. Sen. Paul Renner and Mayor Irene Salo "
            "sparred for ten minutes. An excerpt:\n\nWHITCOMBE: Senator, rents rose 12 percent last year. What "
            "would you do?\n\nRENNER: Build. We have blocked too many projects.\n\nSALO: He voted against the "
            "last three of them.\n\nRenner later told reporters the exchange was \u201cfair game.\u201d")
    speakers_are((text, ["Paul Renner"]),
                 ("Paul Renner spoke first.\n\nRENNER: \u201cBuild. We have blocked too many projects.\u201d",
                  ["Paul Renner"]))


def test_a_rank_word_before_lower_case_modifiers_and_a_person_noun():
    # 'A former … clerk, who …, said': the whole description, not the rank word alone
    cases = [
        ("A former county payroll clerk, who asked not to be identified, said the ledgers had been "
         "\u201crewritten every spring.\u201d",
         ["former county payroll clerk"]),
        ("A senior transport ministry official, who was not cleared to speak, said the line would "
         "\u201copen late, if at all.\u201d",
         ["senior transport ministry official"]),
    ]
    speakers_are(*cases)


def test_what_one_described_person_called():
    # 'what a <person noun> (from …) described as “…”': that person, not the sentence's subject
    cases = [
        ("The new ferry schedule has become what a retired ferry captain described as \u201ca timetable "
         "written by someone who has never seen the tide.\u201d",
         ["retired ferry captain"]),
        ("The merger set off what an engineer from a rival firm called \u201cslow dread\u201d across the valley.",
         ["engineer from a rival firm"]),
    ]
    speakers_are(*cases)


def test_a_document_circulated_or_published_at_a_time_by_its_issuer():
    # 'A <doc> circulated last week by X', 'A <doc> published in May by X, a …, concluded': X speaks through it
    cases = [
        ("A study published in May by the Oster Institute, a think tank in Lund that takes money from "
         "shipping firms, concluded that the canal is \u201cthe cheapest route by a wide margin.\u201d",
         ["Oster Institute"]),
        ("A memo circulated last week by the Tarn Growers Union and seen by the Post argues that the levy "
         "is \u201ca tax on rain.\u201d",
         ["Tarn Growers Union"]),
    ]
    speakers_are(*cases)


def test_panel_and_monitor_name_bodies_not_persons():
    # a body named '… Monitor' or '… Panel' is no antecedent of a he
    [q] = one("Mayor Teodor Vask spoke to reporters.\n\nThe Coastal Rights Monitor, a watchdog based in Brill, "
              "published a tally last week.\n\nAt the pier, a reporter asked Vask about the ferries. "
              "\u201cThey will sail when the wind drops,\u201d he said.")
    assert q.speaker == "Teodor Vask"


def test_an_unnamed_person_in_a_roles_office_keeps_it():
    # 'A … aide in the governor's office, who …, said' and a later 'the aide said': the office stays
    cases = [
        ("A junior aide in the governor\u2019s office, who was not cleared to comment, said the bill was "
         "dead. \u201cNobody upstairs wants it,\u201d the aide said.",
         ["junior aide in the governor\u2019s office"]),
        ("A press officer at the Tarvian Embassy, who declined to be named, said the visit would go "
         "ahead \u201cwith or without the minister.\u201d",
         ["press officer at the Tarvian Embassy"]),
    ]
    speakers_are(*cases)


def test_estimated_is_a_cue():
    # 'X estimated in a report that “…”': X
    [q] = one("The Harbour Audit Office, a watchdog in Kell, estimated in a report last year that \u201cmore than "
              "a third of the berths are unsafe,\u201d most of them on the north quay.")
    assert q.speaker == "Harbour Audit Office"


def test_the_age_after_a_name_with_an_aged_noun_phrase_in_apposition():
    # 'X, a 64-year-old …, … “Q,” the 64-year-old said': X, also when another age is given nearby
    speakers_are(
        ("Independent Marta Solberg, a 71-year-old retired pilot, and Liberal Tomas Brekke, a 45-year-old "
         "teacher, are both running for the harbour seat. Solberg paused before answering. \u201cI will "
         "accept whatever the count says,\u201d the 71-year-old said.",
         ["Marta Solberg"]),
    )


def test_the_congressman_is_the_one_rep():
    # 'Rep. X …' and a later 'the congressman said' after a sentence naming two others: X
    speakers_are(
        ("Republican Rep. Colin Ashby voted against the harbour bill on Thursday.\n\nMayor Lena Hart called "
         "the vote a betrayal, and Gov. Ivo Brandt said he would veto any repeal. \u201cI answer to the "
         "people who elected me,\u201d the congressman said.",
         ["Colin Ashby"]),
    )


def test_indefinite_person_in_a_bodys_two_word_office():
    # 'an aide in the Norlandic health ministry': the office's lower-case modifier stays in the speaker
    speakers_are(
        ("A junior adviser in the Norlandic health ministry, who asked not to be named, said: \u201cThe clinics will "
         "close by June.\u201d", ["junior adviser in the Norlandic health ministry"]),
        ("\u201cThe clinics will close by June,\u201d said an adviser at the Norlandic trade mission.",
         ["adviser at the Norlandic trade mission"]),
    )


def test_he_after_long_when_clause_with_a_place_modifier():
    # 'When a Tarn reporter asked …, Marek paused. “Q,” he said': Marek, not Tarn (a place) or an earlier speaker
    [_, q] = one("Premier Ivo Marek opened the forum. Harriet Olund, the host, called it \u201ctimely.\u201d "
                 "Tarn says the levy is unfair, and the ferries across Tarn stay idle.\n\n"
                 "When a Tarn reporter asked whether the ferries would sail again before the winter storms, "
                 "Marek paused for a long moment. \u201cI hope so,\u201d he said.")
    assert q.speaker == "Ivo Marek"


def test_aged_description_takes_the_one_quoted_of_two_named():
    # 'Ada Roth faces critics. Ben Ortiz called it “Q1.” “Q2,” the 70-year-old said': Ortiz
    cases = [
        ("In Kell, Mayor Ada Roth faces mounting pressure. Benedikt Ortiz, who chairs the harbour board, "
         "called the plan \u201ca waste of good concrete.\u201d\n\n\u201cShe has run out of ideas,\u201d the "
         "70-year-old said on local radio.",
         ["Benedikt Ortiz", "Benedikt Ortiz"]),
    ]
    speakers_are(*cases)


def test_role_noun_after_an_organisation_head_is_the_person():
    # 'A government whip, speaking on condition of anonymity, said': the whip, not the government
    cases = [
        ("An army whip, speaking on condition of anonymity, said the vote would pass \u201cwith room to spare.\u201d",
         ["army whip"]),
        ("A government whip, who was not authorised to speak, said the bill was \u201csafe for now.\u201d",
         ["government whip"]),
    ]
    speakers_are(*cases)


def test_quoted_him_is_the_person_named_earlier_in_its_sentence():
    # 'showed the premier, Ivo Marek, …, and quoted him as telling …': Marek, not the last speaker
    cases = [
        ("\u201cThe dam is safe,\u201d said Colonel Bertil Aase, a spokesman for the water board.\n\n"
         "Halvish state radio later aired a clip of the premier, Ivo Marek, touring the spillway, and quoted "
         "him as telling engineers to \u201cwork through the night if needed.\u201d",
         ["Bertil Aase", "Ivo Marek"]),
        ("The ministry released a memo by the envoy, Tove Ranheim. The paper quoted her as writing that the "
         "talks were \u201cstuck in the mud.\u201d",
         ["Tove Ranheim"]),
    ]
    speakers_are(*cases)


def test_a_name_in_apposition_after_an_opening_description_takes_a_later_he():
    # 'The <role> who …, Name, <verb> … . “Q,” he said': the name in apposition, not an earlier speaker
    speakers_are(
        ("Mayor Helmut Brask opened the session. \u201cWe start on time,\u201d Brask said.\n\n"
         "The harbour engineer who signed the inspection report, Peter Varga, left the city in June. "
         "Contacted by phone, he would not go into detail. \u201cI wrote what I saw,\u201d he said.",
         ["Helmut Brask", "Peter Varga"]),
    )


def test_a_one_word_name_inside_the_subjects_apposition():
    # 'Name, whose son, Aron, is …, said she …. “Q,” she said': the opening name is the cue's subject
    speakers_are(
        ("The minister, Petra Solheim, a former judge, landed on Monday. She said nothing.\n\n"
         "In Kessvik, Tova Lind, whose son, Aron, is among the trawler crew, said she had heard no news "
         "for a week. \u201cThe radio is all we have,\u201d she said.",
         ["Tova Lind"]),
    )


def test_a_nickname_between_first_name_and_surname_is_part_of_the_name():
    # 'Sen. First “Nick” Last of Place told …': no quote for the nickname, and the name is First Last
    speakers_are(
        ("DUNMORE, Ohio \u2014 Sen. Edwin \u201cRocky\u201d Maldon of Ohio told a union hall on Saturday that "
         "the plant would \u201cstay open as long as I have a vote.\u201d\n\n"
         "\u201cI grew up three streets from here,\u201d Maldon said.",
         ["Edwin Maldon", "Edwin Maldon"]),
    )


def test_a_leading_back_in_phrase_leaves_the_description_the_subject():
    # 'Back in <place>, the <role> … . “Q,” he said': the role's holder, not the last speaker
    speakers_are(
        ("Mayor Ivo Farrow toured the docks in Port Arden. \u201cWe rebuild,\u201d Farrow said. Sen. Omar Quist "
         "campaigned upriver. \u201cThey stall,\u201d Quist told a diner crowd.\n\n"
         "Turnout is expected to be low. Back in Port Arden, the mayor ended his walk with a plea. "
         "\u201cVote early,\u201d he said.",
         ["Ivo Farrow", "Omar Quist", "Ivo Farrow"]),
    )


def test_a_nickname_inside_a_titled_name_keeps_the_titles_role():
    # 'Gov. First “Nick” Last … Later, the governor …. “Q,” he said': the governor is First Last
    speakers_are(
        ("Gov. Anselm \u201cSandy\u201d Kovac of Utah spoke at the fair. \u201cWe can win here,\u201d Kovac said. "
         "Rep. Dale Whitcombe spoke in the next county. \u201cNot a chance,\u201d Whitcombe told reporters.\n\n"
         "The fair closed at dusk. Later, the governor thanked the volunteers. \u201cSee you next year,\u201d he said.",
         ["Anselm Kovac", "Dale Whitcombe", "Anselm Kovac"]),
    )


def test_a_name_branded_in_a_relative_clause_is_no_quote():
    # '… which X has branded the “Title Name.”': a name, not X's statement
    speakers_are(
        ("Councillor Wren Abbot criticised a rebate scheme for landlords which the council has branded the "
         "\u201cHarbour Pledge.\u201d \u201cIt pays the wrong people,\u201d Abbot told the meeting.",
         ["Wren Abbot"]),
    )


def test_in_the_words_of_names_the_source_like_according_to():
    # '…, in the words of a <role>, into “Q”': the one whose words they are, as with 'according to'
    speakers_are(
        ("The county budget fight has become, in the words of a longtime Harlow council aide, "
         "\u201ca slow-motion train wreck.\u201d Mayor Odile Brandt disagreed. \u201cWe will pass it,\u201d Brandt said.",
         ["Harlow council aide", "Odile Brandt"]),
    )


def test_found_after_an_audit_by_a_body_is_the_bodys_finding():
    # 'A <year> audit by <body> found X “Q1” but faulted it for “Q2”': the body's words, both
    speakers_are(
        ("A 2020 audit by the Tarnby County Comptroller found the transit agency's books \u201clargely in order\u201d "
         "but faulted it for \u201csloppy tracking of overtime.\u201d",
         ["Tarnby County Comptroller", "Tarnby County Comptroller"]),
    )


def test_a_role_and_name_before_a_dash_aside_gives_the_name():
    # "X's role, Name — an aside, more aside — accused … of “…”": the name, not the possessor
    speakers_are(
        ("Brenland\u2019s top envoy, Oskar Tamm \u2014 a former schoolmate of the host, as the hall well knew "
         "\u2014 accused the organisers of \u201cstacking every panel with friends.\u201d",
         ["Oskar Tamm"]),
    )


def test_a_he_subject_is_no_antecedent_of_a_later_she():
    # '… the gift he had wanted. “Q,” she said': the he-clause's subject is not the she
    speakers_are(
        ("Five Corvish sailors reached port in Ellmouth on Monday after a month adrift.\n\n"
         "Commodore Ilse Varga welcomed the crew at the quay. \u201cThey never gave up,\u201d the commodore said.\n\n"
         "Jonas Brel's sister, Henrike Brel, said she would bake the plum cake he had asked for in his last "
         "letter. \u201cHe has waited long enough,\u201d she said.",
         ["Ilse Varga", "Henrike Brel"]),
    )


def test_the_source_after_one_source_keeps_its_relation():
    # 'One N close to …, who …, said … “Q,” the N said': the source with its relation, as after 'a/an'
    speakers_are(
        ("One aide close to the mayor, who was not authorised to speak publicly, said Ortega had rewritten the "
         "budget speech twice. \u201cHe wants every line to land,\u201d the aide said.",
         ["aide close to the mayor"]),
    )


def test_an_inverted_subject_after_a_role_in_apposition_is_a_later_he():
    # "Among them was X's role, Name, 70. “Q,” he said": the name, not the speaker before
    speakers_are(
        ("\u201cThe mill kept this town alive,\u201d said councillor Piet Aldous.\n\n"
         "Among the mourners was Kessler's old shift foreman, Ivo Brandt, 70. \u201cHe never missed a day,\u201d "
         "he said.",
         ["Piet Aldous", "Ivo Brandt"]),
    )


def test_a_title_before_a_comma_outside_the_marks_and_a_work_noun_is_no_quote():
    # 'reading “Title Words”, a poem X wrote': a title, British comma after the closing mark
    speakers_are(
        ("The service closed with his granddaughter singing \u201cHarbour Bells at Evening\u201d, a song Aldous "
         "wrote for the town choir in 1990. \u201cHe would have hated the fuss,\u201d said his daughter, Wenna Aldous.",
         ["Wenna Aldous"]),
    )


def test_a_second_fragment_after_quoted_as_saying_is_the_one_quoted():
    # "X's agency quoted the role, Name, as saying … “Q1” and … “Q2”": both fragments are Name's
    speakers_are(
        ("Ostrava's public broadcaster, ORT, quoted the head of the flood commission, Dr. Ilka Varenne, as "
         "saying the dykes were \u201cholding for now\u201d and would be checked \u201cevery six hours until the "
         "rain stops.\u201d",
         ["Ilka Varenne", "Ilka Varenne"]),
    )


def test_a_name_before_and_a_titled_second_person_is_a_person():
    # 'between Rep. First Last and Republican farmer Other Name': First Last, so 'Last told' expands
    speakers_are(
        ("The contest, between Democratic Sen. Odile Marchetti and Republican rancher Gus Pahl, is close. "
         "Marchetti voted in Yuma and told reporters she felt \u201cvery calm, honestly.\u201d",
         ["Odile Marchetti"]),
    )


def test_a_programme_title_before_a_pronoun_cued_quote_ends_the_sentence():
    # 'X disputed it on “Show.” “Q,” he said': X, not the man quoted before
    speakers_are(
        ("In Fenwick, retired Judge Osvald Brenner spoke to a church group. \"She earned it,\" the retired judge said.\n\n"
         "Piet Lindahl, the party treasurer, rejected that view on \"Valley Hour.\" "
         "\"Nobody asked the members,\" he said.",
         ["Osvald Brenner", "Piet Lindahl"]),
    )


def test_a_possessive_subject_after_an_opening_phrase_takes_a_verb_outside_the_speech_list():
    # 'Opening phrase, his/her <noun> joked that … “Q”': the noun phrase, as without the phrase
    speakers_are(
        ("Councillor Wren Abbot opened the fete. Stepping up to the stall, her brother teased that she was "
         "\u201cthe only baker in Dunmore who burns water.\u201d",
         ["her brother"]),
    )


def test_a_description_takes_the_person_in_focus_in_its_own_paragraph():
    # 'Q, B said. ¶ Later, A spoke … “Q,” the <party> nominee said': A, not ambiguous with B
    speakers_are(
        ("Ines Varga and Tobias Klee campaigned across the coast on Saturday.\n\n"
         "\u201cWe will fix the ferries,\u201d Varga told a crowd in Maren.\n\n"
         "That evening, Klee answered from a barn outside Osterby. \u201cShe has had ten years,\u201d "
         "the Republican nominee said.",
         ["Ines Varga", "Tobias Klee"]),
    )


def test_a_comment_verb_before_that_governs_a_partial_quote():
    # 'S commented/mentioned/confided that … “Q”': the verb's subject, as for 'said that'
    speakers_are(
        ("Radio host Lise Varner watched the vote from Holm. She commented that her listeners had "
         "\u201cstuck with\u201d the council through the night.", ["Lise Varner"]),
        ("Tomas Greve mentioned that the ferry was \u201ctoo slow\u201d for the island.", ["Tomas Greve"]),
    )


def test_a_casting_verb_governs_a_quote_deep_in_its_as_phrase():
    # 'S casts/portrayed X as <noun phrase> … “Q”': S, also past an earlier quote and through 'who'
    speakers_are(
        ("At the forum, Sen. Lia Dunmore casts the harbour chief as a newcomer who would "
         "\u201csell off\u201d the piers.", ["Lia Dunmore"]),
        ("The rally followed a speech by his sister Mona Pell, who portrayed him as a patient man who would be "
         "\"a steady hand\" and \"a builder\" for the valley.", ["Mona Pell", "Mona Pell"]),
    )


def test_a_fronted_gerund_clause_gives_its_quote_to_the_main_subject():
    # 'In/By <gerund> X (as) “Q,” S <verb> …': the main clause's subject, whatever its verb
    speakers_are(
        ("Professor Rolf Amsel toured the campus. In branding the council's comments as \"short-sighted,\" "
         "Amsel again proved a shrewd operator.", ["Rolf Amsel"]),
        ("Professor Rolf Amsel toured the campus. By calling the plan \"a gift,\" the professor earned a long applause.",
         ["Rolf Amsel"]),
    )


def test_a_causative_object_speaks_a_second_conjoined_infinitive():
    # 'led/prompted NP to <verb> … and call X “Q”': NP, the subject of both infinitives
    speakers_are(
        ("The ruling led Ana Voss to tell a story about her trawler and call the levy \"pure theft,\" "
         "a jab at the board.", ["Ana Voss"]),
    )


def test_a_quote_right_after_a_possessed_claim_of_is_the_possessor():
    # 'S called X's claim/assertion/promise of a “Q1” … “Q2”': Q1 is X's, Q2 stays S's
    speakers_are(
        ("On Friday, Port Auditor Lena Kask called Ivo Berg's claim of a \"clean audit\" for the harbour "
         "\"misleading.\"", ["Ivo Berg", "Lena Kask"]),
    )


def test_the_writers_and_i_quote_aside_is_no_cue():
    # 'X said, and I quote, “Q”', ', and I'm quoting, ', ', quote, ': the cue before the aside takes the quote
    speakers_are(
        ("It is telling that Brenna Kolt wrote, and I quote, \u201cThe tram will never run on time.\u201d",
         ["Brenna Kolt"]),
        ("Councillor Aled Moor told the board, quote, \u201cNobody rides that ferry.\u201d", ["Aled Moor"]),
    )


def test_commented_is_a_cue_after_a_quote():
    # '… “Q,” one user commented.', '“Q,” commented X': the subject of the trailing 'commented'
    speakers_are(
        ("Tove Brand would run the harbour better than Esk \u201cany day of the week,\u201d one reader commented.",
         ["one reader"]),
        ("\u201cThe tolls are a disgrace,\u201d commented Piet Lomas.", ["Piet Lomas"]),
    )


def test_a_quote_joined_by_and_to_a_governed_one_shares_its_cue():
    # 'she says she “A,” and “B,” she also blames …': B is under the first cue, not the new predicate's
    [a, b] = one("Mayor Ilse Varn toured the mill. While she says she \u201cadores the valley,\u201d and "
                 "\u201cthe valley adores me,\u201d she also blames the mill for the floods.")
    assert (a.speaker, a.cue) == (b.speaker, b.cue) == ("Ilse Varn", "says")
    assert a.speaker_start == b.speaker_start


def test_plural_present_state_after_a_quote_is_a_cue_and_the_noun_is_not():
    # '“Q,” the <plural> state in …': a cue like 'states'; 'the state said' keeps the noun as subject
    speakers_are(
        ("\u201cThe bridge is sound,\u201d the Ostlanders state in their report, which came out on Monday.",
         ["Ostlanders"]),
        ("\u201cThe bridge is sound,\u201d the state said.", ["state"]),
        ("\u201cThe bridge is sound,\u201d the Vestmark state senator said.", ["Vestmark state senator"]),
    )


def test_a_verb_with_its_object_after_a_quote_is_the_predicate_going_on():
    # 'X summed up … as “Q,” condemned its timing and said …': the object and the next verb are no
    # inverted subject; the cue before the quote takes it
    speakers_are(
        ("Councillor Rhea Lund further summed up the levy as \u201ca tax on air,\u201d condemned its timing "
         "and said it should wait.", ["Rhea Lund"]),
        ("Councillor Rhea Lund called the levy \u201ca tax on air,\u201d slammed Holt and said it should wait.",
         ["Rhea Lund"]),
    )


def test_radioed_is_a_cue_after_a_quote_and_before_one():
    # a message sent by radio: '“Q,” the <role>, <Name>, radioed' and '<Name> radioed to …: “Q”'
    speakers_are(
        ("Marta Quill waited at the pithead. \u201cWe hear them,\u201d the pit deputy, Ivor Bland, radioed.",
         ["Ivor Bland"]),
        ("The pilot, Sanna Roe, radioed to the tower: \u201cWe have lost an engine.\u201d", ["Sanna Roe"]),
    )


def test_an_unnamed_person_in_the_office_of_a_role_keeps_the_office():
    # 'in the office of the <role>' is the role's office, as 'in the <role>’s office' is
    speakers_are(
        ("A junior aide in the office of the chief minister, who was not allowed to speak on the record, said "
         "the budget would slip. \u201cEveryone saw this coming,\u201d the aide said.",
         ["junior aide in the office of the chief minister"]),
    )


def test_a_lower_case_body_after_a_role_for_stays_in_the_description():
    # 'A <role> for a/the <body>, who …, said': the body the role serves, not the half phrase 'lawyer for a'
    speakers_are(
        ("A lawyer for a dockworkers union, who asked not to be named, said the offer was \u201ca start.\u201d",
         ["lawyer for a dockworkers union"]),
        ("The secretary of the interior said the lease was \u201cunder review.\u201d", ["secretary of the interior"]),
        ("\u201cIt is under review,\u201d the secretary of the interior said.", ["secretary of the interior"]),
    )


def test_an_auxiliary_after_the_subject_is_no_part_of_the_mention():
    # 'Granting that X “Q,” though, S did/could <cue> …': the auxiliary is skipped like 'would'
    for aux in ("did", "does", "could", "did not"):
        [q] = one("Granting that the harbour board \u201cmakes a few odd choices,\u201d though, Councillor Bea Lind "
                  f"{aux} concede that its dredging plan was fair.")
        assert (q.speaker, q.speaker_mention, q.cue) == ("Bea Lind", "Councillor Bea Lind", "concede"), aux


def test_a_lower_case_quantifier_after_a_connective_is_the_subject():
    # 'Yet another said, “Q”': the connective does not hide the quantifier subject ('Another said, “Q”')
    speakers_are(
        ("\u201cThe ferry is late again,\u201d said one Vestmark commuter. Yet another said, \u201cThe pier needs "
         "a second berth.\u201d", ["Vestmark commuter", "another"]),
        ("Most of the commuters shrugged. Still others told me, \u201cThe pier needs a second berth.\u201d",
         ["others"]),
    )
    # a noun after the quantifier: not the quantifier alone
    assert "another" not in [q.speaker for q in one(
        "On Friday, another big poster promised \u201ca second berth by spring.\u201d")]


def test_a_where_relative_with_its_own_cue_takes_its_subject():
    # ', where <the role> said …“Q”': the relative clause's subject speaks, as in ', when …'
    [q] = one("The footage came from a fair in Tarnby with Lund and Roth, where the minister of fisheries said she "
              "was \"not here to pick a side\" but to open the pier.")
    assert (q.speaker_mention, q.cue) == ("the minister of fisheries", "said")


def test_a_title_cased_quote_after_ad_is_the_ads_title():
    # 'Its first ad, “Title,” stars X, who says …': the ad's name is no statement of the sentence's speaker
    speakers_are(
        ("Its first ad, \"Harbour Pride,\" stars Ada Lund, who says the town \"deserves better.\"", ["Ada Lund"]),
    )


def test_a_restrictive_who_after_a_determiner_noun_phrase_takes_that_phrase():
    # 'stars a <noun> who promises that … “A” or “B”': the relative's antecedent speaks both quotes;
    # an appositive after a name keeps the name
    speakers_are(
        ("The new spot features a Viking reenactor who pledges that Lund won't \"raise your ferry fares\" "
         "or \"sell the harbour.\"", ["Viking reenactor", "Viking reenactor"]),
        ("Councillor Ivo Lund toured the pier. Lund, a Tarnby native who says the pier is \"the heart of "
         "the town,\" chairs the board.", ["Ivo Lund"]),
    )


def test_rt_rev_is_a_title_and_a_capitalised_title_of_a_place_in_apposition_is_a_role():
    # 'The Rt Rev Ada Roth, the Bishop of Lorn, …': 'Rt Rev' is no part of the name, and a later
    # 'the bishop' is the person the capitalised 'Bishop of Lorn' described, not that phrase as a body
    speakers_are(
        ("The Rt Rev Mirela Thorne, the Bishop of Osterby, opened the food bank on Friday and said it was "
         "\u201ca light in a hard winter.\u201d \u201cWe will stay open every night,\u201d the bishop said.",
         ["Mirela Thorne", "Mirela Thorne"]),
        ("Oskar Lind, the Bishop of Halsey, who led the vigil, spoke at the gates. \u201cWe are all shaken,\u201d "
         "the bishop said.", ["Oskar Lind"]),
    )


def test_a_bare_plural_object_of_a_naming_verb_before_as_is_no_verb():
    # 'the board described delays as “…”': 'delays' is the object of 'described', not an as-verb
    # with 'the board described' as its subject
    [q] = one("The Osterby Rail Board cut two services on Monday. In a short notice, the board described "
              "delays as \u201cregrettable but unavoidable\u201d for commuters.")
    assert (q.speaker, q.speaker_mention, q.cue) == ("Osterby Rail Board", "the board", "described")


def test_live_blog_time_stamps_and_a_quote_ending_a_paragraph_end_the_sentence():
    # a quote closing its paragraph ends its sentence before a '9:40 a.m. — ' entry, and the body opening
    # the entry after its time stamp issued the statement and opened the sentence for 'the office'
    speakers_are(
        ("9:10 a.m. \u2014 Ferry services on the Osterby Sound were halted after a crane collapsed onto the main "
         "pier. \u201cNobody was hurt,\u201d harbour master Ines Faro said. \u201cWe were lucky.\u201d\n\n"
         "9:40 a.m. \u2014 The Osterby Port Board, which owns the pier, said in a statement that the crane had "
         "passed an inspection in May. \u201cOur thoughts are with the crews,\u201d the statement said.\n\n"
         "10:15 a.m. \u2014 The Coastal Weather Office has issued a gale warning for the sound until 8 p.m. In a "
         "bulletin, the office described conditions as \u201cunsafe for small craft\u201d through the evening.",
         ["Ines Faro", "Ines Faro", "Osterby Port Board", "Coastal Weather Office"]),
        # a statement quoted over paragraphs: the sentences that are all quote do not push its issuer away
        ("\u201cWe spoke to the mayor twice on Monday,\u201d Osterby Ferries said in a statement.\n\n"
         "\u201cIn those calls we explained the timetable and the reasons for the cuts.\u201d\n\n"
         "\u201cWe regret the confusion, and we remain open to talks,\u201d the statement said.",
         ["Osterby Ferries", "Osterby Ferries", "Osterby Ferries"]),
    )


def test_a_name_after_a_lower_case_role_of_its_own_in_apposition_is_the_speaker():
    # "X's envoy, senior trade adviser Ada Roth, told …": the name, not the role before the comma;
    # a phrase with a function word is an appositive of its own ('a former backer of Sen. Bo Park')
    speakers_are(
        ("Lorvia\u2019s envoy, senior trade adviser Ines Carrow, told the Lorvian weekly Tidende that the "
         "mood had been \u201ccalm but cool.\u201d", ["Ines Carrow"]),
        ("\u201cIt will take weeks,\u201d said Gov. Rolf Amsel of Ostmark, a former backer of Sen. Ida Brun, "
         "who now backs the plan.", ["Rolf Amsel"]),
    )


def test_the_country_leader_is_its_head_of_state_or_government_named_before():
    # 'the <country> leader' after "<country>'s president, X": X, not another leader in focus
    speakers_are(
        ("Ostrian Prime Minister Pavel Rusk met Tarvia\u2019s president, Ilona Varga, in Lensk on Monday. Rusk "
         "said the two would meet again. Varga said her country would stand \u201cfirm, come what may.\u201d "
         "\u201cNo one should doubt us,\u201d the Tarvia leader said.", ["Ilona Varga", "Ilona Varga"]),
    )


def test_a_short_organisation_name_is_the_full_one_it_ends():
    # 'the <country> Foreign Office said … the Foreign Office said': the full name given first
    speakers_are(
        ("The Ostmark Foreign Office said on Friday it had closed its consulate in Brel, citing \u201cgrave "
         "risks to staff.\u201d In a notice on its website, the Foreign Office said: \u201cTravellers should leave "
         "Brel while flights still run.\u201d", ["Ostmark Foreign Office", "Ostmark Foreign Office"]),
    )


def test_a_place_phrase_opening_the_sentence_is_no_subject():
    # 'Across/Near/Outside … , X was quoted … as calling it “Q”': X, after the opening phrase
    speakers_are(
        ("Near the dam, Marta Ilves was quoted by the weekly Vox as calling the plan \u201ca slow flood.\u201d",
         ["Marta Ilves"]),
    )


def test_an_administrative_area_ends_a_role_of_a_body():
    # 'the governor of the <country> region of <place>, X, …': the apposed name, not 'governor of the <country>'
    speakers_are(
        ("In the north, the governor of the Ostrian province of Velm, Piotr Garsk, was quoted by Velm Radio as calling the "
         "convoy \u201ca threat at our gate.\u201d", ["Piotr Garsk"]),
    )


def test_a_time_phrase_without_a_comma_before_a_pronoun_subject():
    # 'On Tuesday he went further, telling …: “Q”': the pronoun after the time phrase is the subject
    speakers_are(
        ("Mayor Ines Falk spoke first. On Thursday she went further, telling the council: \u201cThe depot closes.\u201d",
         ["Ines Falk"]),
        ("Ben Aldous stayed silent for days. Later he told a local radio station: \u201cI was wrong.\u201d", ["Ben Aldous"]),
    )


def test_modified_role_noun_takes_the_person_titled_with_both():
    # 'the prime minister' after 'Prime Minister A … Interior Minister B': A, not the last minister
    speakers_are(
        ("Prime Minister Ilse Varn opened the summit in Tarrow. Interior Minister Ada Brook spoke on "
         "policing. \u201cThe streets are calm,\u201d Brook said.\n\nThe prime minister, asked about the "
         "protests, frowned. \u201cWe hear them,\u201d she said.", ["Ada Brook", "Ilse Varn"]),
        ("Interior Minister Ada Brook spoke on policing. \u201cThe streets are calm,\u201d the minister said.",
         ["Ada Brook"]),
    )


def test_nearer_known_she_beats_an_earlier_speaker_of_unknown_gender():
    # 'X said … The plan drew fire from <a known she>. She accused …': the she named just before, not
    # the earlier speaker whose gender is unknown; not after a she there that may be that speaker
    speakers_are(
        ("\u201cThe bridge will open in May,\u201d Transport Minister Oskar Lind told the council. \n\n"
         "The minister's timetable drew scorn from Maria Holt, a councillor for the Green List. She called "
         "the plan \u201ca fantasy\u201d on Tuesday.", ["Oskar Lind", "Maria Holt"]),
        ("\u201cThe queue was worth it,\u201d said Kirin Voss, 49, a nurse from Tallow. She came to the rally, "
         "though she is still torn between Maria Holt and Ana Brandt. \u201cI will decide in May,\u201d she said.",
         ["Kirin Voss", "Kirin Voss"]),
    )


def test_age_with_two_words_after_it_is_the_reporting_subject_in_focus():
    # 'X, who …, said he would meet Y. … “Q,” the 51-year-old former pilot said': X, who said something
    speakers_are(
        ("Mayor Jonas Kell, who took office in 2018 on a promise to rebuild the docks, said he would meet "
         "Governor Ada Roth in Vell next week. The two last spoke in March. \u201cI will listen to any "
         "offer,\u201d the 51-year-old former pilot said.", ["Jonas Kell"]),
    )


def test_an_unnamed_person_from_a_place_s_radio_or_television_is_that_person():
    # '“Q?” a reporter from <Place> public radio asked': the reporter from it, not the place
    speakers_are(
        ("\u201cWill the ferries run on Sunday?\u201d a journalist from Varnish state television asked.",
         ["journalist from Varnish state television"]),
        ("\u201cWill the ferries run on Sunday?\u201d a presenter from Tolland radio asked.",
         ["presenter from Tolland radio"]),
    )


def test_a_short_quote_after_supposed_is_a_scare_quote():
    # 'reports about a supposed “X”': the writer's distance from a term, no statement
    text = ("Ostlandic state radio has for days aired reports about a supposed \u201cmassacre\u201d near the "
            "river, claims that observers say are baseless.")
    assert one(text) == []


def test_quoted_as_saying_takes_a_five_word_titled_name_whole():
    # 'quoted <Title Title Title> First Last as saying': the mention is all of it, not cut after the first name
    [q] = one("The Norpress agency quoted Deputy Trade Minister Anton Kessel as saying the tariffs were "
              "\u201ca mistake we will not repeat.\u201d")
    assert (q.speaker, q.speaker_mention) == ("Anton Kessel", "Deputy Trade Minister Anton Kessel")


def test_quoted_as_saying_with_a_lower_case_role_word_in_the_name_phrase():
    # 'quoted <Body> spokesman <Name> as saying': the named person, not the body word before the role
    speakers_are(
        ("The Norpress agency quoted Kremlin spokesman Dmitry Peskov as saying the talks were \u201cuseful.\u201d",
         ["Dmitry Peskov"]),
        ("\u201cThe door is open,\u201d Vostok Radio quoted Foreign Ministry spokeswoman Alla Serova as saying.",
         ["Alla Serova"]),
    )


def test_a_statement_in_straight_marks_after_a_colon_holds_its_curly_quotes():
    # 'X stated:' then paragraphs opened by '"' holding “…” pairs: the straight quotes are the statement
    text = ("Former councillor Rhea Lund called for the clerk to resign.\n\nLund stated:\n\n"
            "\"The office isn\u2019t about \u201cService First\u201d anymore. It is about one man\u2019s vision.\n\n"
            "\"The latest example is the clerk suing the port over its \u201cBerth Rule,\u201d which lets owners decide.\n\n"
            "\"The harbour was supposed to be run for the town. I will run it for the town.\"")
    qs = extract(text)
    assert [q.speaker for q in qs] == ["Rhea Lund"] * 3
    assert qs[0].text.startswith("The office isn\u2019t") and "\u201cService First\u201d" in qs[0].text
    # a passage of another article that quotes people keeps its inner quotes
    speakers_are(
        ("From the Harbour Gazette:\n\n\"Councillor Ben Ortiz mocked the plan as \u201ca berth to nowhere\u201d and said, "
         "\u201cWe will fight it.\u201d",
         ["Ben Ortiz", "Ben Ortiz"]),
    )


def test_an_as_clause_ending_a_colon_intro_names_the_source():
    # '…, as the <Body> website notes:' then a quoted paragraph: the as-clause's subject, not the opening 'It'
    speakers_are(
        ("It would be hard to overstate the charter\u2019s weight, as the Norland Archive website notes:\n\n"
         "\u201cIn 1960, some ninety students met in Dover and signed it.\u201d", ["Norland Archive"]),
    )


def test_a_lone_surname_before_an_aside_and_its_verb_is_a_person_mention():
    # 'Surname, speaking to …, said …. “Q,” he said': the surname the story never spells out is the he
    speakers_are(
        ("Kavanagh, speaking to reporters on the flight home, said the port would reopen. "
         "\u201cWe are nearly there,\u201d he said.", ["Kavanagh"]),
    )


def test_a_partial_quote_in_a_speech_clause_before_according_to_keeps_the_speaker():
    # 'S told X … “Q,” according to a readout': S said it; the readout relays it (via)
    [q] = one("Marek told Lund the alliance would respond \u201cfirmly,\u201d according to a readout from the "
              "Norland presidency.")
    assert (q.speaker, q.via) == ("Marek", "a readout from the Norland presidency")
    speakers_are(("The plan would be \u201cdecisive,\u201d according to the Norland presidency.", ["Norland presidency"]))


def test_an_outlet_reporting_citing_a_source_gives_the_source_with_the_outlet_as_via():
    # 'Agency reported, citing <source>, that … “Q”': the source cited speaks, through the agency
    [q] = one("Norpress reported, citing two officials at the port authority, that the berths would stay "
              "\u201cshut until further notice.\u201d")
    assert (q.speaker, q.via) == ("two officials at the port authority", "Norpress")
    [q] = one("\u201cThe berths stay shut,\u201d Norpress reported, citing two officials at the port authority.")
    assert (q.speaker, q.via) == ("two officials at the port authority", "Norpress")


def test_a_place_is_never_described_by_a_person_noun():
    # 'In <place>, which … with <place>, a senior … official, speaking …, said … “Q,” the official said':
    # the description is the next subject, not an apposition to either place
    speakers_are(
        ("Fighting spread across Tarn overnight. In Vossia, which shares a river frontier with Tarn, a senior "
         "Vossian police official, speaking on condition of anonymity, said police had closed two "
         "bridges. \u201cNobody crosses until we know who is shooting,\u201d the official said.",
         ["senior Vossian police official"]),
        ("In Morland, a senior Morlish border official, speaking on condition of anonymity, said the gates "
         "were shut. \u201cWe will open them when it is calm,\u201d the official said.",
         ["senior Morlish border official"]),
    )


def test_a_self_given_name_is_no_quote():
    # 'X calls itself the “Y”': a name, not a statement
    speakers_are(
        ("Colonel Ivar Lenk said the port was secure. The army calls itself the \u201cShield of the "
         "Nation.\u201d It has closed the border.", []),
    )


def test_a_pronoun_in_the_sentence_before_passes_on_to_its_subject():
    # 'X stood … . Its …, but he … . “Q,” he said': the he of a sentence with no name goes back to X
    speakers_are(
        ("\u201cWe pulled three people out,\u201d said Sgt. Paulo Verdes of the harbour police.\n\nAcross the road, "
         "Ivo Brandt stood outside what was left of his bakery. Its windows had blown in, but he was already "
         "handing out bread. \u201cPeople still have to eat,\u201d he said.", ["Paulo Verdes", "Ivo Brandt"]),
    )


def test_a_one_word_name_with_an_age_is_a_person():
    # 'Among them was Luca, 8, who gave only his first name. “Q,” he said': Luca, not the earlier speaker
    speakers_are(
        ("\u201cThe tents are full,\u201d said Mayor Oskar Lindt.\n\nHundreds slept in the sports hall. Among them "
         "was Luca, 8, who gave only his first name. \u201cIt is cold here,\u201d he said.", ["Oskar Lindt", "Luca"]),
    )


def test_a_relative_on_the_opening_name_makes_it_the_subject_for_the_diplomat():
    # 'Marek, whose team also included Ivo Marek — … — said … “Q,” the diplomat said': the first Marek
    speakers_are(
        ("\u201cWe want a deal,\u201d said Anton Marek, Norland's deputy foreign minister.\n\nMarek, whose team also "
         "included Deputy Trade Minister Ivo Marek \u2014 the two are not related \u2014 said Norland would not "
         "back down. \u201cThere is nothing to fear,\u201d the diplomat said.", ["Anton Marek", "Anton Marek"]),
    )


def test_a_dotted_lower_case_abbreviation_before_a_lower_case_word_ends_no_sentence():
    # '… shortly after 9 a.m. and told reporters … “Q”': 'a.m.' does not cut the subject off the cue
    speakers_are(
        ("Mayor Tessa Brill left the council chamber at about 9 a.m. and told reporters the depot would stay "
         "shut until \u201cevery last valve is checked.\u201d", ["Tessa Brill"]),
    )


def test_the_role_later_keeps_the_named_body_an_unnamed_person_was_at():
    # 'A <role> at <Named Body>, who …, said … “Q,” the <role> said': the body stays, as it does at first
    # mention; but a person named as the reporting subject meanwhile is who 'the <role>' stands for
    speakers_are(
        ("Staff at the port were tight-lipped. A senior inspector at the Harbour Authority of Tullin, who was not "
         "cleared to speak, said the cranes had been idle since May. \u201cWe lost the season,\u201d the inspector "
         "said.", ["senior inspector at the Harbour Authority of Tullin"]),
        ("A lawmaker in Marrowby wants the fair cancelled.\n\n\u201cIt is a fire risk,\u201d Odile Parrish said "
         "in a motion.\n\nThe lawmaker said the fair \u201ccannot go ahead as planned.\u201d",
         ["Odile Parrish", "Odile Parrish"]),
    )


def test_a_subject_a_he_already_refers_to_is_no_she():
    # 'When X said that was not what he had asked, she answered': X (of unknown gender) is the he, so the
    # she is the woman quoted before
    speakers_are(
        ("The mayor, Rozalia Brenn, took questions.\n\n\u201cIs the bridge safe?\u201d asked Kwame Okafor, a reporter. "
         "\u201cIt is being inspected,\u201d Brenn replied. When Okafor said that was not what he had meant, she "
         "replied: \u201cIt is all I know today.\u201d",
         ["Kwame Okafor", "Rozalia Brenn", "Rozalia Brenn"]),
        ("The mayor, Rozalia Brenn, took questions.\n\n\u201cIt is being inspected,\u201d Brenn said. Kwame Okafor "
         "said he would wait for the report. \u201cIt will come in May,\u201d she said.",
         ["Rozalia Brenn", "Rozalia Brenn"]),
    )


def test_a_person_of_a_body_written_with_a_lower_case_noun_after_its_name():
    # '<A B> of the <Name> news agency': the lower-case body noun ends the 'of' part, so A B is a person
    # (not the body 'A B of the Name', nor 'A B news agency'), also with a first name in no list
    speakers_are(
        ("\u201cWill the ferry run?\u201d asked Ingvar Holm of the Tessbury press agency.", ["Ingvar Holm"]),
        ("\u201cWill the ferry run?\u201d asked Peter Holm of the Tessbury press agency.", ["Peter Holm"]),
    )


def test_an_unnamed_diplomat_in_a_city_is_the_person_not_the_city():
    # 'A Western diplomat in Brussels said': person nouns without an agent suffix, a nationality before them
    speakers_are(
        ("A Western diplomat in Varnoy said the talks were \u201cstuck.\u201d", ["Western diplomat in Varnoy"]),
        ("An analyst in Halden said the ceasefire was \u201cfragile.\u201d", ["analyst in Halden"]),
        ("A French diplomat in Varnoy said the offer was \u201cfinal.\u201d", ["French diplomat in Varnoy"]),
    )


def test_an_it_after_a_body_whose_verb_follows_an_aside():
    # 'The <body>, in a post on Telegram, said …. “Q,” it said': the body, past the aside
    speakers_are(
        ("The Varnoy defence ministry, in a post on its website, said the drills would end on Friday. "
         "\u201cThe units will return to base,\u201d it said.", ["Varnoy defence ministry"]),
    )


def test_a_bare_body_noun_after_that_body_with_its_place():
    # 'the <adj> embassy in <City> said … the embassy added': the placed body, not the bare noun
    speakers_are(
        ("The Norland embassy in Varnoy said the visas were \u201con hold.\u201d \u201cThis is temporary,\u201d the embassy added.",
         ["Norland embassy in Varnoy", "Norland embassy in Varnoy"]),
    )


def test_a_quantifier_subject_before_a_comma_is_no_internal_error():
    # 'Still, some, like <Name>, called …': the quantifier check found no verb run there and crashed the text
    speakers_are(
        ("Ada Roth said: \u201cWe will win this race.\u201d Still, some, like Ben Ortiz, called the plan \u201ca fraud.\u201d",
         ["Ada Roth"]),
    )


def test_review_guards_for_this_rounds_rules():
    # each rule of the round stays inside its construction (sentences written for the review)
    speakers_are(
        # 'reported, citing X, that' does not override a cue of its own after it
        ("The Gazette reported, citing court records, that Ines Falk had called the deal \u201ca scam.\u201d",
         ["Ines Falk"]),
        # 'state' after 'this/his' is the noun
        ("\u201cWe are tired of waiting,\u201d voters across this state, from Alden to Brill, told pollsters.",
         ["voters across this state"]),
        # a joined quote with its own closing cue takes that cue
        ("Falk called the plan \u201creckless,\u201d and \u201ca betrayal of voters,\u201d Ben Ortiz said.",
         ["Falk", "Ben Ortiz"]),
        # a possessive 'his' later in a name's sentence says nothing of that name's gender
        ("Ada Roth spoke first at the hearing. Then Okafor said the minister had broken his promise. "
         "\u201cWe will not wait any longer,\u201d she said.", ["Okafor"]),
        # 'was supposed “to …”' is a quote, 'a supposed “…”' a scare quote
        ("Falk said the levy was supposed \u201cto be temporary,\u201d but it has lasted years.", ["Falk"]),
        # a speech clause broken by ', but' leaves the trailing 'according to' its source
        ("Marek said he was ready to talk, but the alliance would respond \u201cfirmly,\u201d according to a Norland readout.",
         ["Norland"]),
    )


def test_a_joint_subject_before_a_partial_quote_is_not_a_coordinate_clause():
    # 'A and B said … “Q”': both speak; 'X praised …, and Y called it “Q”' stays Y's clause
    speakers_are(
        ("Chancellor Ada Roth and President Ben Ortiz said in a joint statement that they were \u201cunited.\u201d",
         ["Ada Roth and Ben Ortiz"]),
        ("Roth praised the plan, and Ortiz called it \u201ca disaster.\u201d", ["Ortiz"]),
    )
