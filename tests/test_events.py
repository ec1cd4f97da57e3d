"""Events from dated clauses, on articles other than the default one."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.events import Document, extract_events
from timeline.ingest import article_from_text
from timeline.temporal import tag

DCT = "2024-03-20T18:00:00+00:00"


def events_of(text: str, published: str = DCT):
    article = article_from_text(text, published, "Europe/London")
    return extract_events(Document(article, tag(article.text, article.published)))


def only(text: str):
    (event,) = events_of(text)
    return event


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The mayor announced on Tuesday that the bridge would reopen.", "statement"),
        ("A fire destroyed the warehouse on Tuesday.", "occurrence"),
        ("The strike has entered its third week.", "status"),
        ("The council will vote on Friday.", "plan"),
        ("Officials hoped to reopen the road by 6pm.", "plan"),
    ],
)
def test_kind_from_the_nearest_telling_word(sentence, kind) -> None:
    assert only(sentence).kind == kind


def test_person_with_title_is_one_actor_and_surname_joins_it() -> None:
    text = ("Inspector Jane Ruru, the district commander, said on Monday that roads were clear. "
            "Ruru told reporters yesterday that more officers had arrived.")
    first, second = events_of(text)
    assert first.actors == ("Jane Ruru",)
    assert first.source == "Jane Ruru"
    assert second.source == "Jane Ruru"
    assert "Jane Ruru" in second.actors


def test_anonymous_source_and_organisation() -> None:
    event = only("A company spokeswoman told the Evening Post on Monday that Acme Holdings Group "
                 "would cut jobs.")
    assert event.source == "a company spokeswoman"
    assert event.actors[:3] == ("a company spokeswoman", "Evening Post", "Acme Holdings Group")


def test_pronoun_source_is_the_last_person_named() -> None:
    text = "Mayor Sam Lee opened the depot. He said on Monday that buses would run."
    (event,) = events_of(text)
    assert event.source == "Sam Lee"


@pytest.mark.parametrize("name", ["Gunnar Þórsson", "Émile Rocher", "Östen Lind"])
def test_a_name_opening_on_a_latin_1_capital_is_a_source(name) -> None:
    # 'Þórsson' is a name as 'Thorsson' is: the saying is his, and so is 'he said' after it
    text = (f"The town's mayor, {name}, said on Monday that the town had waited thirty "
            'years. "Last winter the road was closed for days," he said.')
    assert [(e.source, e.timex.text) for e in events_of(text)] == [
        (name, "Monday"), (name, "Last winter")]
    rows = extract_inferred(article_from_text(text, DCT, "Europe/London"))
    assert rows[["source", "time_text"]].values.tolist() == [[name, "on Monday"]]


def test_quote_is_attributed_to_the_speaker_in_its_paragraph() -> None:
    text = '"We have been working on this since January," Lee said.'
    assert only(text).source == "Lee"


def test_later_clause_of_saying_does_not_source_an_earlier_fact() -> None:
    text = "The strike has entered its third week, and the union says members are tired."
    event = only(text)
    assert event.source == ""
    assert event.title == "The strike has entered its third week"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("On Monday, the mayor opened the new library.", "The mayor opened the new library"),
        ("A witness said just before 9pm that the crowd had gone.",
         "A witness said that the crowd had gone"),
        ("Fans queued for tickets, which went on sale at 9am.", "Tickets went on sale"),
        # a time inside the noun phrase a signal leads stays with its noun
        ("A final vote is expected before the summer recess.",
         "A final vote is expected before the summer recess"),
        ("He had seen one car move earlier in the night but said none had been towed.",
         "He had seen one car move but said none had been towed"),
        # not a noun that a verb after it shows is the clause's subject
        ("By the weekend prices had doubled.", "Prices had doubled"),
        ("The company said in the morning shares would be suspended.",
         "The company said shares would be suspended"),
        ("A final vote is expected before the summer recess ends.",
         "A final vote is expected before the summer recess ends"),
        # 'until at least' is the signal whole: nothing of it is left behind
        ("Outpatient clinics will remain closed until at least Friday, the hospital said.",
         "Outpatient clinics will remain closed, the hospital said"),
    ],
)
def test_titles(sentence, title) -> None:
    assert only(sentence).title == title


def test_a_clause_joined_by_and_takes_the_subject_of_the_clause_before() -> None:
    text = "He was released on bail and will appear before a judge on 12 September."
    assert only(text).title == "He will appear before a judge"
    text = ("The driver, a 45-year-old man from Leeds, was arrested at the scene and will "
            "appear in court on Monday.")
    assert only(text).title == "The driver will appear in court"
    text = ("Under the agreement, which was signed in May, the firm will hire 50 staff and will "
            "open a plant in June.")
    assert [e.title for e in events_of(text)] == [
        "The agreement was signed", "The firm will open a plant"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject of a saying: the clause may be what was said
        "Police said the man was arrested and will appear in court on Monday.",
        # the clause may share the inner clause's subject
        "It is the first time since 2010 that the team has lost and will miss the final on "
        "Sunday.",
        "The man who was arrested on Friday was released on bail and will appear in court on "
        "Monday.",
        # no plain subject before the first verb
        "When police arrived, the man fled and will face charges on Monday.",
        "If approved, the plan would cost $2 billion and would take effect in 2026.",
        # a question: its subject comes after the verb
        "Police arrested him on Friday, but will they charge him on Monday?",
    ],
)
def test_a_clause_joined_by_and_keeps_no_subject_that_may_not_be_its_own(sentence) -> None:
    assert events_of(sentence)[-1].title.split()[0] in ("Will", "Would")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # a clause inside the first, no word to open it: its subject may be the one shared
        ("The report found the hospital was understaffed and will close two wards on Monday.",
         "Will close two wards"),
        ("Investigators believe the fire started in the kitchen and will publish a report on "
         "Friday.", "Will publish a report"),
        ("The man police arrested was questioned and will appear in court on Monday.",
         "Will appear in court"),
        # a time before the subject is no part of it
        ("Last week the company cut 200 jobs and will close a plant on Friday.",
         "Will close a plant"),
        # a noun phrase after a preposition stays in a plain subject
        ("Rescuers, who worked through the night, found two survivors and will resume the "
         "search on Friday.", "Rescuers will resume the search"),
    ],
)
def test_a_clause_joined_by_and_takes_no_subject_across_an_inner_clause(sentence, title) -> None:
    assert events_of(sentence)[-1].title == title


def test_title_is_cut_at_a_word_to_80_characters() -> None:
    sentence = ("On Monday the regional council approved a long and detailed plan to rebuild "
                "every bridge, culvert and footpath damaged by the floods across the district.")
    title = only(sentence).title
    assert len(title) <= 80
    assert title.endswith("\u2026")
    assert title.startswith("The regional council approved a long and detailed plan")


def test_times_without_a_place_in_time_give_no_event() -> None:
    assert events_of("The talks could go on for weeks.") == []


def test_two_times_in_a_sentence_give_two_events() -> None:
    text = "Police urged drivers on Monday afternoon to move, saying parking was free from 6pm."
    first, second = events_of(text)
    assert (first.timex.value, second.timex.value) == ("2024-03-18TAF", "2024-03-18T18:00")
    assert first.event_id != second.event_id


# ---- issue 4: roles, acronyms, places, quantities, claims, anchors, forecasts ----------

from timeline.pipeline import extract, extract_inferred  # noqa: E402


def frame_of(text: str, published: str = DCT):
    return extract(article_from_text(text, published, "Europe/London"))


def test_forecast_word_makes_a_forecast_plan_word_a_plan() -> None:
    assert only("Analysts said prices were likely to rise on Friday.").kind == "forecast"
    assert only("The council will vote on Friday.").kind == "plan"


def test_role_from_appositive_and_from_words_before_the_name() -> None:
    df = frame_of("Inspector Jane Ruru, the district commander, said on Monday that roads "
                  "were clear. In a post, Lower Hutt mayor Sam Lee revealed on Tuesday that "
                  "buses would run.")
    assert df.loc[0, "roles"] == ["Jane Ruru: district commander"]
    assert df.loc[1, "roles"] == ["Sam Lee: Lower Hutt mayor"]
    assert df.loc[1, "source"] == "Sam Lee"


def test_honorific_chain_is_not_part_of_the_name() -> None:
    df = frame_of("The ruling on Friday gave Justice Secretary Leila de Lima ten days.")
    assert "Leila de Lima" in df.loc[0, "actors"]


def test_acronym_joins_its_long_name() -> None:
    text = ("The Otago University Students Association spoke out. "
            '"OUSA calls for action," a spokesperson said on Monday.')
    assert "Otago University Students Association" in frame_of(text).loc[0, "actors"]


def test_places_are_a_column_not_actors() -> None:
    row = frame_of("Twin car bombs killed at least nine people in Benghazi, Libya, Tuesday.")
    assert row.loc[0, "places"] == ["Benghazi"]
    assert "Benghazi" not in row.loc[0, "actors"]


def test_quantities_keep_ranges_and_open_bounds() -> None:
    row = frame_of("Twin car bombs killed at least nine people and wounded more than 30 in "
                   "Benghazi on Tuesday.").iloc[0]
    assert row["quantities"] == [{"text": "more than 30", "low": 30.0, "high": None,
                                  "unit": ""}]
    row = frame_of("Protester numbers have varied from between 300 and 3000 over the past "
                   "seven days.").iloc[0]
    assert row["quantities"][0]["low"] == 300 and row["quantities"][0]["high"] == 3000


def test_claim_is_what_was_said_without_listener_or_time() -> None:
    row = frame_of("A police spokesman told reporters this evening that they could not "
                   "confirm any progress.").iloc[0]
    assert row["claim"] == "they could not confirm any progress"


def test_a_noun_phrase_after_the_verb_of_saying_is_no_claim() -> None:
    # 'the second mission to do so' is set beside the landing, not what the agency said
    frame = frame_of("The probe landed on the far side of the Moon on Tuesday, the space "
                     "agency said, the second mission to do so.")
    assert list(frame["claim"]) == [""]
    assert "mission" not in frame.iloc[0]["source"]



@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a phrase set in the saying, then the words said (the claim was '')
        ("The party said, a day after the vote, that it would review its strategy.",
         "it would review its strategy"),
        ("In 1989 Havel never dreamed, he said, that his country would join NATO.",
         "his country would join NATO"),
    ],
)
def test_words_said_after_a_phrase_set_in_the_saying_are_its_claim(sentence, claim) -> None:
    assert list(frame_of(sentence)["claim"]) == [claim]


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("The bridge opened on 7 September 2023.", "explicit"),
        ("The bridge opened yesterday.", "relative_to_publication"),
        ("The witness saw a car leave earlier in the night.", "relative_to_narrative"),
    ],
)
def test_anchor_says_how_the_time_was_found(sentence, anchor) -> None:
    assert frame_of(sentence).loc[0, "anchor"] == anchor


def test_undated_sentence_inherits_the_time_of_its_thread() -> None:
    text = ("Mayor Sam Lee opened the depot on Monday. Lee thanked the builders. "
            "The weather was fine.")
    df = extract_inferred(article_from_text(text, DCT, "Europe/London"))
    thanked = df[df["sentence"].str.startswith("Lee thanked")].iloc[0]
    assert (thanked["anchor"], thanked["time_text"]) == ("inferred", "on Monday")
    assert thanked["confidence"] < 1


def test_vague_duration_is_a_low_confidence_forecast_from_publication() -> None:
    text = "He said there was a high probability the strike could last for days or even weeks."
    row = extract_inferred(article_from_text(text, DCT, "Europe/London")).iloc[0]
    assert row["kind"] == "forecast" and row["anchor"] == "inferred"
    assert row["start"] == pd.Timestamp(DCT) and row["end"] == pd.Timestamp(DCT) + pd.Timedelta(
        weeks=1)
    assert row["confidence"] <= 0.3


def test_a_vague_duration_in_a_perfect_or_past_clause_does_not_run_on_from_publication() -> None:
    # 'hasn't for several years' runs up to publication, not a year on from it: the
    # sentence is dated as any present one, on the publication day
    for text in ("She does not speak to her brother and hasn't for several years.",
                 "The coastal road has been shut for weeks."):
        row = extract_inferred(article_from_text(text, DCT, "Europe/London")).iloc[0]
        assert (row["time_text"], row["start"], row["end"]) == (
            "", pd.Timestamp("2024-03-20T00:00:00+00:00"),
            pd.Timestamp("2024-03-21T00:00:00+00:00"))


# ---- several times in one clause, pronouns, names, passives (issue 4, second round) ----


def test_nested_times_in_one_clause_are_one_event_at_the_most_precise() -> None:
    text = ("The English Wikinews published its 10,000th news story today at around 06:56, "
            "7 September 2007 UTC.")
    (event,) = events_of(text, "2007-09-07T12:00:00+00:00")
    # the clock and its date are one time (rule clock_day_month); 'today' holds it
    assert event.timex.text == "around 06:56, 7 September 2007"
    assert [t.text for t in event.support] == ["today"]
    assert event.title == "The English Wikinews published its 10,000th news story"


def test_time_that_modifies_a_noun_does_not_date_its_own_row() -> None:
    text = ("Afghan government forces ended an overnight attack on the hotel Sunday that "
            "resulted in at least 22 deaths.")
    (event,) = events_of(text, "2018-01-23T18:00:00-05:00")
    assert event.timex.text == "Sunday"


def test_times_that_do_not_nest_stay_two_events() -> None:
    assert len(events_of("He was arrested in 2001 and released in 2005.")) == 2


def test_times_across_a_verb_of_saying_date_two_happenings() -> None:
    text = ("A police spokesman said this evening that they could not confirm any progress "
            "tonight.")
    assert len(events_of(text)) == 2


def test_pronoun_takes_the_last_subject_not_the_last_name() -> None:
    text = ("CIA Director Mike Pompeo said on Monday the program was a threat to the region "
            "run by Kim Jong Un. He said on Tuesday that talks would continue.")
    assert events_of(text)[1].source == "Mike Pompeo"


def test_pronoun_matches_gender_from_title_or_given_name() -> None:
    text = ("Nancy Pelosi met Mr John Boehner on Monday. She said on Tuesday that the vote "
            "would go ahead.")
    assert events_of(text)[1].source == "Nancy Pelosi"


def test_pronoun_ignores_a_name_inside_a_quotation() -> None:
    text = ('Mayor Jane Ruru opened the depot. "Ask Mr Tom Hale," she said on Monday.')
    assert events_of(text)[0].source == "Jane Ruru"


def test_pronoun_subject_joins_the_actors() -> None:
    text = "Nancy Pelosi won a seat in 1987. She led the party in 1990."
    assert events_of(text)[1].actors[0] == "Nancy Pelosi"


def test_given_name_makes_a_person() -> None:
    text = "Wales struck back on Sunday with a try from Shane Williams."
    assert "Shane Williams" in only(text).actors


def test_title_words_alone_are_not_a_person() -> None:
    text = "David Cameron was today appointed the new British Prime Minister."
    assert only(text).actors == ("David Cameron",)


def test_peer_keeps_the_title_in_the_name() -> None:
    text = "Cameron is the youngest prime minister since Lord Liverpool in 1812."
    assert "Lord Liverpool" in only(text).actors


def test_passive_of_a_verb_of_saying_is_not_a_statement() -> None:
    event = only("On Tuesday she was denied exit by officials at the airport.")
    assert event.kind != "statement"
    assert event.source == ""


def test_passive_of_a_happening_is_an_occurrence_not_a_status() -> None:
    assert only("David Cameron was today appointed Prime Minister.").kind == "occurrence"


def test_transcript_speaker_label_is_the_source() -> None:
    from timeline.pipeline import extract_inferred

    text = ('Nancy Pelosi became speaker on Monday.\n'
            'NANCY PELOSI: "This is an historic moment for the House."')
    article = article_from_text(text, DCT, "Europe/London")
    row = extract_inferred(article).iloc[0]
    assert row["source"] == "Nancy Pelosi"
    assert row["kind"] == "statement"


def test_statement_title_names_the_speaker() -> None:
    from timeline.events.titles import headline

    assert headline("He said the roads were clear", "Jane Ruru", "the roads were clear",
                    "statement") == "Ruru said the roads were clear"
    assert headline("Spat on for wearing a mask", "Sam Lee", "Spat on for wearing a mask",
                    "statement") == "Lee: Spat on for wearing a mask"


def test_a_subordinate_clause_without_a_comma_does_not_lend_its_kind() -> None:
    event = only("A second bomb went off about 30 minutes later while police were at the scene.")
    assert event.kind == "occurrence"


def test_a_weekday_after_on_a_is_no_day_near_publication() -> None:
    # 'on a Tuesday' is one of its kind: the month told beside it dates the happening
    df = frame_of("The dam on Marlow Brook burst on a Tuesday in late October 1955.")
    assert len(df) == 1
    assert df.loc[0, "timex"] == "1955-10"
    assert df.loc[0, "title"] == "The dam on Marlow Brook burst on a Tuesday"
    assert (str(df.loc[0, "start"].date()), str(df.loc[0, "end"].date())) == (
        "1955-10-01", "1955-11-01")
def _said(text: str) -> list[tuple[str, str, str]]:
    """(title, claim, source) of every statement row, inferred ones too."""
    from timeline.pipeline import extract_many

    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    return [(r.title, r.claim, r.source) for r in df.itertuples() if r.kind == "statement"]


def test_a_quotation_before_its_sayer_is_titled_speaker_claim() -> None:
    # the closing quote mark and the sayer after it read as a broken label; the title
    # says who and what, as for any statement
    assert _said('"We are really grateful to the members of the public who came forward," '
                 'Detective Sergeant Aroha Tane said on Tuesday.') == [
        ("Tane: We are really grateful to the members of the public who came forward",
         "We are really grateful to the members of the public who came forward",
         "Aroha Tane")]
    # no speaker to name: the bare mark goes
    assert _said('"My mother is crying," one pupil said on Tuesday.')[0][0] == (
        "My mother is crying, one pupil said")
    # a quotation that ends the clause keeps its closing mark, which the stop took along
    assert _said('The premier said on Monday the result was "a clear message".')[0][:2] == (
        'The premier said the result was "a clear message"', 'the result was "a clear message"')


def test_the_sayer_after_a_quotation_or_a_set_off_phrase_is_the_source() -> None:
    # 'said' and then the name: the name is the speaker, initials and all; not a name
    # that modifies a noun after it, nor a possessive
    assert _said('"It is a cosmetic move," said Jonathan S. Gelles of Wertheim Schroder '
                 'on Monday.') == [
        ("Gelles: It is a cosmetic move", "It is a cosmetic move", "Jonathan S. Gelles")]
    assert _said('"We have learned nothing," said Andalas University geologist Rina Putri '
                 'on Monday.')[0][2] == ""
    # an age or a role set off by commas parts subject and verb
    text = ('Elin Lindqvist won the Harbourside Classic on Saturday.\n\n"At 4-5 I thought it '
            'was over. I just kept swinging," Lindqvist, 22, told reporters after the match.')
    assert _said(text)[-1] == ("Lindqvist: I just kept swinging", "I just kept swinging",
                               "Lindqvist")
    text = ('Archaeologists said on Tuesday that the wreck was a cargo ship.\n\n"This is the '
            'oldest cargo ship ever found in Norway," the project\'s leader, Ingrid Hovland '
            'of the Vestkyst Museum, said.')
    assert _said(text)[-1][0] == "Hovland: This is the oldest cargo ship ever found in Norway"
    # a sentence adverb before the subject is no speaker
    assert _said("However, Harbour Bank, which owns the bond desks, said on Monday it "
                 "posted a gain.")[0][2] == "Harbour Bank"


def test_a_bare_attribution_makes_no_row_of_its_own() -> None:
    # the quotation's row names its speaker; 'Police said.' has none beside it, and the
    # 'he' the words are about is not the speaker
    text = ('A man was arrested on Monday after a fight in a bar.\n\n"He was drunk and '
            'violent." Police said.')
    assert _said(text) == [("Police: He was drunk and violent", "He was drunk and violent",
                            "Police")]


def test_a_leading_pronoun_is_the_speaker_only_when_a_pronoun_says_something() -> None:
    # 'He has used 29 aliases, Freeh said': the 'he' is Kopp, whom the words are about
    text = "Agents searched for James Kopp on Monday. He has used 29 aliases, Louis Freeh said."
    assert _said(text)[0][0] == "He has used 29 aliases, Louis Freeh said"
    text = ("Mayor Tom Reyes spoke on Monday. He never dreamed, he said, that the city would "
            "win. He's told reporters the truth.")
    assert [t for t, _, _ in _said(text)] == [
        "Reyes never dreamed, he said, that the city would win",
        "Reyes told reporters the truth"]


def test_a_verb_of_saying_inside_the_quotation_is_not_its_attribution() -> None:
    # 'tells' is in the words said; the sayer is the one named after 'said', and wire
    # copy's `` '' marks are quote marks too
    text = ('Elian arrived on Monday.\n\n"Elian tells me he does not want to go back to '
            'Cuba," said Delfin Gonzalez.')
    assert _said(text)[-1][0] == "Gonzalez: Elian tells me he does not want to go back to Cuba"
    text = ("Janet Reno spoke on Monday.\n\n``I plan to respond as quickly as possible,'' she "
            "said in a statement.")
    assert _said(text)[-1] == ("Reno: I plan to respond as quickly as possible",
                               "I plan to respond as quickly as possible", "Janet Reno")


def test_a_speaker_with_a_particle_in_the_name_is_named() -> None:
    # 'de' inside a name is no sign of a phrase with a verb in it (news-dating-13 news06)
    text = ('The airline went bankrupt on Tuesday.\n\n"We found out from the news at '
            'breakfast," Ellen de Vries, who was on holiday in Crete with her two children, '
            'told Wikinews.')
    assert _said(text)[-1] == ("De Vries: We found out from the news at breakfast",
                               "We found out from the news at breakfast", "Ellen de Vries")
    # and after the verb, set before an appositive (TimeBank wsj_0810: 'said Philippe de
    # Cholet, analyst at the brokerage')
    assert _said('"I see nothing that will block the bid," said Philippe de Cholet, analyst '
                 "at the brokerage Cholet-Dupont, on Monday.") == [
        ("De Cholet: I see nothing that will block the bid",
         "I see nothing that will block the bid", "Philippe de Cholet")]


def test_a_relative_clause_before_the_saying_leaves_its_title() -> None:
    # the company's saying, not the service it operates, with the words said as the
    # claim past where and how they were said (news-dating-13 news07)
    assert _said("PKR Wschod, which operates the service, said in a statement on Saturday "
                 "that the train had passed a technical inspection.") == [
        ("PKR Wschod said in a statement that the train had passed a technical inspection",
         "the train had passed a technical inspection", "PKR Wschod")]
    # outside a place too (setting_preposition), but 'to' opens an urging's infinitive
    assert [said[1] for said in _said(
        "Mark Castellano said outside the courthouse on Monday that the jury had erred. "
        "He also urged Albright to tell Americans that Tanzania is safe.")] == [
        "the jury had erred", "to tell Americans that Tanzania is safe"]


def test_a_common_noun_that_is_also_a_title_is_the_speaker_whole() -> None:
    # 'minister' before a name is a title ('Prime Minister Jacinda Ardern'), but 'The
    # minister' is the speaker, not 'the'
    assert _said("The minister said on Monday that talks had failed.")[0][2] == "the minister"
    assert _said("Prime Minister Jacinda Ardern said on Monday that talks had failed.")[0][2] \
        == "Jacinda Ardern"
