"""Story time and the clause a time dates: rules of news narration, each on a sentence.

Frames are ``extract_many([article], inferred=True)``: the rows the text dates itself and
the inferred ones, as the dashboard shows them with inferred events on.
"""

from __future__ import annotations

import pandas as pd

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many
from timeline.temporal import tag

DCT = "2024-03-20T18:00:00+00:00"  # a Wednesday


def rows(text: str) -> list[tuple[str, str, str, str]]:
    """(title, time as written, first day, kind) of every row, in time order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    return [
        (r.title, r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d"), r.kind)
        for r in df.itertuples()
    ]


def test_the_lead_fixes_story_time_and_a_present_statement_stays_at_publication() -> None:
    text = (
        "Police arrested two men in Wellington yesterday.\n"
        "The men were taken to the central station.\n"
        "A spokesman says the investigation is continuing."
    )
    assert rows(text) == [
        ("Police arrested two men in Wellington yesterday", "yesterday", "2024-03-19",
         "occurrence"),
        ("The men were taken to the central station", "yesterday", "2024-03-19", "status"),
        ("A spokesman says the investigation is continuing", "", "2024-03-20", "statement"),
    ]


def test_words_after_a_later_happening_take_its_time_not_the_last_sayings() -> None:
    text = ("The education minister announced yesterday that 68 percent of pupils had passed "
            "the final examinations.\n\nThis morning, pupils queued outside shops to buy "
            "newspapers that print their results. \"My mother is crying,\" one pupil said. "
            "The opposition also called for an independent audit.")
    assert rows(text) == [
        ("The education minister announced that 68 percent of pupils had passed the\u2026",
         "yesterday", "2024-03-19", "statement"),
        ("Pupils queued outside shops to buy newspapers that print their results",
         "This morning", "2024-03-20", "occurrence"),
        ("My mother is crying, one pupil said", "This morning", "2024-03-20", "statement"),
        ("The opposition also called for an independent audit", "This morning", "2024-03-20",
         "statement"),
    ]
    # a happening before the saying's time leaves the words at the saying
    text = ("Police said yesterday that two men had been charged with the robbery.\n\nThe men "
            "were arrested on Monday afternoon at a house in Leeds. \"We are grateful to the "
            "public,\" the police said.")
    assert rows(text)[1:] == [
        ("Police said that two men had been charged with the robbery", "yesterday",
         "2024-03-19", "statement"),
        ("The police: We are grateful to the public", "yesterday", "2024-03-19", "statement"),
    ]


def test_words_told_in_a_scene_of_clock_times_are_spoken_there() -> None:
    text = ("The library board voted last night to close the Elm Street branch, its chair said "
            "this morning.\n\nThe meeting opened at 6:30 p.m. with a minute's silence. The "
            "budget came up at 7:15 p.m. \"We cannot keep every door open,\" the treasurer "
            "told the board.")
    assert rows(text)[1:4] == [
        ("The meeting opened with a minute's silence", "at 6:30 p.m.", "2024-03-19",
         "occurrence"),
        ("The budget came up", "at 7:15 p.m.", "2024-03-19", "occurrence"),
        ("The treasurer: We cannot keep every door open", "at 7:15 p.m.", "2024-03-19",
         "statement"),
    ]
    # one clock time before the saying's is no scene: the words stay at the saying
    one = text.replace("The meeting opened at 6:30 p.m. with a minute's silence. ", "")
    assert rows(one)[-1] == ("The treasurer: We cannot keep every door open", "this morning",
                             "2024-03-20", "statement")


def test_words_after_a_meeting_told_by_the_clock_are_no_longer_spoken_in_it() -> None:
    # once words are addressed to the board, only words addressed to it or told in the
    # paragraphs of the meeting were spoken there; a paragraph after its last clock time
    # reacts to it, at the saying's time
    text = ("The school board voted last night to shut Hill Road primary, its chair said "
            "this morning.\n\nThe meeting began at 6 p.m. with a prayer. The closure came "
            "up at 8:20 p.m. \"We have run out of choices,\" the finance officer told the "
            "board.\n\nParents said they would fight the decision in court.")
    assert rows(text)[3:] == [
        ("The finance officer: We have run out of choices", "at 8:20 p.m.", "2024-03-19",
         "statement"),
        ("The school board voted last night to shut Hill Road primary, its chair said\u2026",
         "this morning", "2024-03-20", "statement"),
        ("Parents said they would fight the decision in court", "this morning",
         "2024-03-20", "statement"),
    ]
    # words in a paragraph between two clock times of the meeting were spoken in it
    between = text.replace("\n\nParents said they would fight the decision in court.",
                           "\n\nA teacher said the school had 90 pupils.\n\nThe vote "
                           "came at 9:05 p.m.")
    assert ("A teacher said the school had 90 pupils", "at 8:20 p.m.", "2024-03-19",
            "statement") in rows(between)
    # a member of the board speaking after its last clock time spoke in the meeting
    # (table scene_member; review of 85f01ef, my own): one row each, at 8:20 p.m.
    member = text.replace(
        "\n\nParents said they would fight the decision in court.",
        "\n\nBoard member Ann Lee, who voted against the closure, said the school was the "
        "heart of the village. \"You are taking away the last thing we have,\" she said.")
    assert rows(member)[3:] == [
        ("The finance officer: We have run out of choices", "at 8:20 p.m.", "2024-03-19",
         "statement"),
        ("Board member Ann Lee, who voted against the closure, said the school was the\u2026",
         "at 8:20 p.m.", "2024-03-19", "statement"),
        ("Lee: You are taking away the last thing we have", "at 8:20 p.m.", "2024-03-19",
         "statement"),
        ("The school board voted last night to shut Hill Road primary, its chair said\u2026",
         "this morning", "2024-03-20", "statement"),
    ]


def test_reactions_after_an_incident_timed_by_the_clock_stay_at_the_saying() -> None:
    # clock times of an incident are no scene the words were spoken in: the owner spoke
    # this morning, not at 9:25 p.m.
    text = ("A fire destroyed a warehouse in Leeds last night, police said this morning. The "
            "alarm sounded at 9:10 p.m. Crews arrived at 9:25 p.m. The owner said he was "
            "devastated.")
    saying = ("The owner said he was devastated", "this morning", "2024-03-20", "statement")
    assert saying in rows(text)
    assert ("The owner said he was devastated", "at 9:25 p.m.", "2024-03-19",
            "statement") not in rows(text)
    told = text.replace("The owner said he was devastated.",
                        '"We have lost everything," the owner told the BBC.')
    assert rows(told)[-1] == ("The owner: We have lost everything", "this morning",
                              "2024-03-20", "statement")
    # two happenings at the same clock are no scene either
    same = told.replace("Crews arrived at 9:25 p.m.", "Crews arrived at 9:10 p.m. too.")
    assert rows(same)[-1] == ("The owner: We have lost everything", "this morning",
                              "2024-03-20", "statement")
    # words said during a gathering the clock times narrate were spoken there
    debate = ("The assembly passed the housing bill last night, its speaker said this "
              "morning.\n\nThe debate opened at 6:30 p.m. The vote came at 9:40 p.m. The "
              "housing minister said during the debate that rents had doubled.")
    assert rows(debate)[-2] == ("The housing minister said during the debate that rents "
                                "had doubled", "at 9:40 p.m.", "2024-03-19", "statement")
    # a witness telling in the first person what they did in the scene was there
    witness = text.replace("The owner said he was devastated.",
                           '"We carried the ledgers out," said the owner.')
    assert ("We carried the ledgers out, said the owner", "at 9:25 p.m.", "2024-03-19",
            "statement") in rows(witness)


def test_a_time_before_the_leads_is_background_and_does_not_move_story_time() -> None:
    # the lead tells the newest happening; what came before it is background, and the
    # story goes on at the lead's time
    text = ("A hiker missing for four days was found alive on Tuesday morning.\n"
            "The man started a day hike on Saturday. His family reported him missing on "
            "Sunday evening.\nHe was taken to hospital with minor injuries.")
    assert rows(text)[-1] == ("He was taken to hospital with minor injuries",
                              "on Tuesday morning", "2024-03-19", "status")


def test_past_perfect_background_does_not_move_story_time() -> None:
    text = (
        "Police arrested two men yesterday. The pair had been released on bail on March 1. "
        "They were taken to the station."
    )
    assert rows(text)[-1] == ("They were taken to the station", "yesterday", "2024-03-19",
                              "status")


def test_a_time_a_state_went_on_at_does_not_move_story_time() -> None:
    # how things stood on Wednesday morning; the seat was lost in Monday's election
    # (news-dating-2 news01-provincial-election)
    text = ("The Coastal Alliance won the provincial election on Monday.\nThree ridings "
            "remained too close to call on Wednesday morning. Doucet lost her own seat.")
    assert rows(text)[:2] == [
        ("The Coastal Alliance won the provincial election", "on Monday", "2024-03-18",
         "occurrence"),
        ("Doucet lost her own seat", "on Monday", "2024-03-18", "occurrence"),
    ]
    # a happening at the later time moves it
    assert rows("The Coastal Alliance won the provincial election on Monday.\nRecounts "
                "began on Tuesday. Doucet lost her own seat.")[-1] == (
        "Doucet lost her own seat", "on Tuesday", "2024-03-19", "occurrence")
    # a state verb in a relative before the clause's own verb: the charging moves it
    assert rows("Police arrested a man on Monday. The suspect, who remained silent, was "
                "charged on Tuesday. He appeared in court.")[-1] == (
        "He appeared in court", "on Tuesday", "2024-03-19", "occurrence")


def test_a_state_read_as_of_a_time_does_not_lead_the_story() -> None:
    # a diary's opening tells how things stand 'as of this morning'; the week it then
    # tells day by day is no background before that (news-dating-13 news11)
    text = ("Kitchen diary, week two\n\nWe have a kitchen with no wall and, as of this "
            "morning, a box of tiles the colour of wet sand.\n\nOn Monday the electrician "
            "arrived at 7.30am and spent the day moving power points. He told us the old "
            "wiring was dangerous.")
    assert rows(text)[3] == ("He told us the old wiring was dangerous", "at 7.30am",
                             "2024-03-18", "statement")
    # without 'as of' the morning leads, and Monday's visit is background before it
    assert rows(text.replace("as of this morning", "this morning"))[-1] == (
        "He told us the old wiring was dangerous", "this morning", "2024-03-20", "statement")


def test_a_diarys_irregular_past_stays_at_the_story_time() -> None:
    # 'ate' is a past like 'went': the evening goes on at Monday's story time, not at
    # publication, which a sentence without a tense takes
    text = ("On Monday I ran my first marathon. I cried when I crossed the line. Afterwards "
            "we ate pizza on the grass.")
    assert rows(text)[-1] == ("Afterwards we ate pizza on the grass", "On Monday",
                              "2024-03-18", "occurrence")


def test_a_sentence_of_two_or_three_words_with_a_subject_and_a_past_verb_is_a_happening(
) -> None:
    # a feature's 'People cried.' after the bell rang at noon (news-dating-13 news14); not
    # a negation, a bare auxiliary or copula, nor a heading's 'Injured: 40'
    text = ("On Monday about 300 villagers hung a borrowed bell in the tower. At noon a girl "
            "rang it. People cried. Nobody spoke. It did. He was right. Injured: 40.")
    assert [r[:3] for r in rows(text)] == [
        ("About 300 villagers hung a borrowed bell in the tower", "On Monday", "2024-03-18"),
        ("A girl rang it", "At noon", "2024-03-18"),
        ("People cried", "At noon", "2024-03-18"),
    ]
    # a line standing as a paragraph of its own is a page's formula, no happening
    assert [r[0] for r in rows(text + "\n\nAll rights reserved.")] == [
        r[0] for r in rows(text)]


def test_a_short_sentence_without_a_verb_opening_a_diary_entry_is_the_entrys_happening(
) -> None:
    # 'Snow.' right under 'Thursday 11 April' (news-dating-19 news12): the entry's day; a
    # verbless word inside an entry ('Lovely.') and one outside any entry make no row
    text = ("Lambing diary\n\nMonday 18 March, 9pm\n\nRain. We stayed in the shed all day "
            "with the ewes.\n\nTuesday 19 March, 10pm\n\nSun at last. We walked the lambs "
            "up to the top field. Lovely. Then home for tea.")
    assert [r[:3] for r in rows(text)] == [
        ("Rain", "", "2024-03-18"),
        ("We stayed in the shed all day with the ewes", "", "2024-03-18"),
        ("Sun at last", "", "2024-03-19"),
        ("We walked the lambs up to the top field", "", "2024-03-19"),
        ("Then home for tea", "", "2024-03-19"),
    ]
    assert [r[0] for r in rows("Rain. The match was called off on Saturday.")] == [
        "The match was called off"]


def test_a_comparison_baseline_does_not_move_story_time() -> None:
    text = "The index closed at 7,000 on Tuesday, compared with 7,100 on Monday. Traders " \
           "blamed the banks."
    assert rows(text)[-1] == ("Traders blamed the banks", "on Tuesday", "2024-03-19",
                              "occurrence")


def test_as_in_a_time_compares_unless_a_clause_follows_it() -> None:
    # 'as fast as in the 2000s' compares with the 2000s: no row of its own
    assert rows("Glaciers are losing ice twice as fast as in the 2000s, a study found on "
                "Monday.") == [
        ("Glaciers are losing ice twice as fast as in the 2000s, a study found",
         "on Monday", "2024-03-18", "status"),
    ]
    assert rows("Sales rose 5 percent in April, as in March.") == [
        ("Sales rose 5 percent, as in March", "in April", "2023-04-01", "occurrence"),
    ]
    # 'as' opening a clause with its own verb: the time dates that clause
    assert rows("The plant closed last week, as in 2019 demand for its steel collapsed.")[0] \
        == ("The plant closed last week, as demand for its steel collapsed", "in 2019",
            "2019-01-01", "occurrence")


def test_a_bound_with_than_is_no_baseline_and_moves_story_time() -> None:
    text = "Police arrested two men on Monday. Shares in the firm fell more than 5% " \
           "yesterday. Traders blamed the banks."
    assert rows(text)[-1] == ("Traders blamed the banks", "yesterday", "2024-03-19",
                              "occurrence")


def test_a_main_clause_no_time_of_its_sentence_dates_gets_its_own_row() -> None:
    text = "Police arrested two men yesterday. There was no word on charges, but the " \
           "prosecutor has scheduled a news conference for Thursday."
    assert rows(text)[1:] == [
        ("There was no word on charges", "yesterday", "2024-03-19", "status"),
        ("The prosecutor has scheduled a news conference", "for Thursday", "2024-03-21",
         "plan"),
    ]


def test_a_clause_sharing_its_subject_or_holding_a_time_gets_no_row_of_its_own() -> None:
    assert rows("Protesters ignored the offer on Monday night and instead blocked the "
                "road.") == [("Protesters ignored the offer", "on Monday night", "2024-03-18",
                              "occurrence")]
    assert rows("The mayor resigned in 2019; after six years in prison, her deputy was "
                "freed.") == [("The mayor resigned", "in 2019", "2019-01-01", "occurrence")]


def test_the_headline_takes_the_leads_time() -> None:
    text = "Two men arrested after Wellington brawl\nPolice arrested two men in Wellington " \
           "yesterday after a brawl."
    assert rows(text)[0] == ("Two men arrested after Wellington brawl", "yesterday",
                             "2024-03-19", "occurrence")


def test_a_past_perfect_in_a_relative_aside_leaves_the_leads_time_moving_the_story() -> None:
    text = (  # news-dating-16, news02-mayoral-runoff-poland
        "Challenger ousts Polish city's mayor of fourteen years in runoff\n\n"
        "Agnieszka Sobczak-Wilk has been elected mayor of Wierzbnow, defeating Tadeusz "
        "Kmiecik, who had run the city since 2010, in a runoff held yesterday. According to "
        "official results released at 11:40 a.m. today, Sobczak-Wilk won 53.8 percent of the "
        "vote."
    )
    assert rows(text)[1] == ("Challenger ousts Polish city's mayor of fourteen years in "
                             "runoff", "yesterday", "2024-03-19", "occurrence")
    # the time's own clause in the past perfect is still background
    text = ("Man charged over bank robbery\n\nThe man had been released on bail on Monday. "
            "Police said he was taken to the central station.")
    assert ("Man charged over bank robbery", "", "2024-03-20", "occurrence") in rows(text)


def test_a_headline_naming_a_past_night_takes_the_old_time_the_lead_gives_it() -> None:
    text = (  # news-dating-13, news13-anniversary-dam-flood
        "The night the Marlow dam broke: Harlan Falls remembers, 50 years on\n\n"
        "Fifty years ago this month, Harlan Falls lost nine of its people in a single night."
        "\n\nIt had rained for four days when, on Tuesday, Oct. 11, 1974, the earth dam on "
        "Marlow Brook gave way at 11:40 p.m."
    )
    df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
    row = df[df["title"].str.startswith("The night the Marlow dam broke")].iloc[0]
    # the night's clock, not the whole day nor the publication the piece is told at
    assert (row["time_text"], str(row["start"]), str(row["end"])) == (
        "at 11:40 p.m.", "1974-10-11 23:40:00+00:00", "1974-10-11 23:41:00+00:00")
    # a noun of time before no past clause names no happening: the lead's time
    text = ("The night sky puts on a show over Wales\n\nStargazers gathered on the hills "
            "above Brecon on Tuesday night to watch a meteor shower. At 2 a.m. on November "
            "17, 1998, a storm of meteors lit the same sky.")
    assert ("The night sky puts on a show over Wales", "on Tuesday night", "2024-03-19",
            "occurrence") in rows(text)


def test_a_time_in_what_was_said_dates_it_and_the_saying_gets_its_own_row() -> None:
    assert rows("The company said profits would rise in the second quarter.") == [
        ("The company said profits would rise in the second quarter", "", "2024-03-20",
         "statement"),
        ("Profits would rise", "in the second quarter", "2024-04-01", "plan"),
    ]


def test_a_past_saying_of_a_time_ahead_goes_on_the_story_time() -> None:
    text = (  # news-dating-3, news06-coatings-merger
        "The European Commission on Tuesday approved the takeover of German chemicals maker "
        "Rheinhalt AG by its Dutch rival Veldhoven Chemie NV.\n\n"
        "The deal will create Europe's third-largest maker of paints and coatings. "
        "Veldhoven said it expected to complete the purchase in January."
    )
    assert ("Veldhoven said it expected to complete the purchase in January", "on Tuesday",
            "2024-03-19", "statement") in rows(text)
    assert ("It expected to complete the purchase", "in January", "2025-01-01",
            "forecast") in rows(text)


def test_a_headline_at_a_part_of_the_day_takes_the_clock_time_within_it() -> None:
    text = ("Cargo plane skids off runway in northern Chile\n\n"
            "A cargo plane skidded off the runway while landing at Calama airport in northern "
            "Chile on Tuesday morning, officials said.\n\n"
            "The aircraft had left Antofagasta at 7:50 a.m. It touched down at about 8:25 a.m. "
            "and stopped in a field beyond the end of the strip.")
    df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
    row = df[df["title"].str.startswith("Cargo plane skids")].iloc[0]
    # the landing's clock, not the departure the past perfect tells before it
    assert (row["time_text"], str(row["start"]), str(row["end"])) == (
        "at about 8:25 a.m.", "2024-03-19 08:25:00+00:00", "2024-03-19 08:26:00+00:00")
    # a headline the lead dates by a whole day takes the first such time within it
    df = extract_many([article_from_text(text.replace("Tuesday morning", "Tuesday"), DCT,
                                         "UTC")], inferred=True)
    row = df[df["title"].str.startswith("Cargo plane skids")].iloc[0]
    assert (row["time_text"], str(row["start"]), str(row["end"])) == (
        "at about 8:25 a.m.", "2024-03-19 08:25:00+00:00", "2024-03-19 08:26:00+00:00")


def test_a_headline_dated_by_a_whole_day_takes_the_first_clock_time_within_it() -> None:
    # news-dating-17: the report times its main happening first; later clock times of the
    # day and a time of another day leave it where it is
    text = ("First jet lands on lengthened Westfjords runway\n\n"
            "A passenger jet landed at Fljotsvik Airport in Iceland's Westfjords today. The "
            "Boeing 757 touched down at 11:04 a.m., forty minutes late.\n\n"
            "About 300 people watched the landing. The aircraft left again at 4:30 p.m.")
    df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
    row = df[df["title"].str.startswith("First jet lands")].iloc[0]
    assert (row["time_text"], str(row["start"]), str(row["end"])) == (
        "at 11:04 a.m.", "2024-03-20 11:04:00+00:00", "2024-03-20 11:05:00+00:00")
    # no time within the day: the headline keeps the lead's day
    df = extract_many([article_from_text(text.split(" The Boeing")[0], DCT, "UTC")],
                      inferred=True)
    row = df[df["title"].str.startswith("First jet lands")].iloc[0]
    assert (row["time_text"], str(row["start"]), str(row["end"])) == (
        "today", "2024-03-20 00:00:00+00:00", "2024-03-21 00:00:00+00:00")


def test_a_headline_over_a_lead_dated_only_by_its_saying_takes_the_next_sentences_time(
) -> None:
    def headline(text: str) -> tuple[str, str]:
        return next((time, day) for title, time, day, _ in rows(text)
                    if title == text.split("\n")[0])

    text = (  # news-dating-21, news04-mombasa-ivory-seizure
        "Kenyan customs find two tonnes of ivory in container at Mombasa port\n\n"
        "Customs officers at the port of Mombasa have seized nearly two tonnes of elephant "
        "ivory hidden in a shipping container, the Kenya Revenue Authority said today.\n\n"
        "The container was opened at the Kilindini docks on Monday afternoon after a sniffer "
        "dog reacted to it during a routine check.")
    assert headline(text) == ("on Monday afternoon", "2024-03-18")
    # my own: a harbour find announced today, made on Saturday
    text = ("Divers recover bronze statue from harbour floor\n\nDivers have recovered a "
            "bronze statue of a sea god from the floor of Piraeus harbour, the culture "
            "ministry said today.\n\nThe statue was lifted onto a barge on Saturday morning.")
    assert headline(text) == ("on Saturday morning", "2024-03-16")
    # a present state holds at the words; a lead with its happening's time keeps it
    assert headline("Beaches stay closed on Costa Brava\n\nBeaches along the coast remain "
                    "closed, officials said today.\n\nThe tanker ran aground on Sunday "
                    "night.") == ("today", "2024-03-20")
    assert headline("Hospital opens new cancer wing\n\nA hospital in Cork opened a new "
                    "cancer wing on Monday, the health service said today.\n\nThe wing was "
                    "built in 2022.") == ("on Monday", "2024-03-18")
    # an outcome of a cause the lead names: the next sentence tells what came after
    assert headline("Island stores run short as gales delay ferry\n\nStores on the island "
                    "have run out of milk after gales kept the ferry in port for a week, "
                    "residents said today.\n\nThe ferry sailed overnight.") == (
        "today", "2024-03-20")


def test_a_headline_keeps_the_part_of_the_day_when_the_text_times_two_things_in_it() -> None:
    def headline(text: str) -> tuple[str, str, str]:
        df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
        row = df[df["title"] == text.split("\n")[0]].iloc[0]
        return row["time_text"], str(row["start"]), str(row["end"])

    # the first clock time is when classes began, not when the gunman killed
    assert headline("Gunman kills three at school in Ohio\n\n"
                    "A gunman killed three people at a high school in Dayton on Tuesday "
                    "morning, police said.\n\n"
                    "Classes began at 8 a.m. Shots rang out in the cafeteria at about "
                    "9:15 a.m.") == (
        "on Tuesday morning", "2024-03-19 06:00:00+00:00", "2024-03-19 12:00:00+00:00")
    # nor is the budget passed when the opposition leader spoke
    assert headline("Parliament passes budget after long debate\n\n"
                    "Parliament passed the budget on Tuesday afternoon after a long debate.\n\n"
                    "Opposition leader Jane Moss spoke at 1 p.m., calling the plan reckless. "
                    "The vote came at 4:40 p.m.") == (
        "on Tuesday afternoon", "2024-03-19 12:00:00+00:00", "2024-03-19 18:00:00+00:00")


def test_sayings_of_a_dispatch_a_dateline_opens_stay_at_publication_before_its_time() -> None:
    # not the first story's Tuesday: the Paris dispatch has no time of its own yet
    text = ("BERLIN (Reuters) - German lawmakers approved a new budget on Tuesday after a "
            "long debate.\n\n"
            "The vote was 380 to 290.\n\n"
            "PARIS (Reuters) - The French government said it would raise taxes in January. "
            "It said the rise was needed to close the deficit.")
    assert rows(text) == [
        ("German lawmakers approved a new budget after a long debate", "on Tuesday",
         "2024-03-19", "occurrence"),
        ("The vote was 380 to 290", "on Tuesday", "2024-03-19", "status"),
        ("The French government said it would raise taxes in January", "", "2024-03-20",
         "statement"),
        ("It said the rise was needed to close the deficit", "", "2024-03-20", "statement"),
        ("It would raise taxes", "in January", "2025-01-01", "plan"),
    ]


def test_a_time_right_after_the_verb_of_saying_dates_the_saying() -> None:
    text = "A witness told the Herald just before 9.30pm that protesters were singing."
    assert rows(text) == [  # 9.30pm, past, after the 15:00 publication: the day before
        ("A witness told the Herald that protesters were singing", "just before 9.30pm",
         "2024-03-19", "statement"),
    ]


def test_a_pronoun_in_what_was_said_is_the_speaker() -> None:
    text = "Inspector Jane Ruru spoke on Monday. The witness told the Herald he had seen " \
           "one campervan move earlier in the night."
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    row = df[df["time_text"] == "earlier in the night"].iloc[0]
    assert (row["title"], list(row["actors"])) == (
        "He had seen one campervan move", ["the witness", "Herald"])


def test_earlier_on_a_day_ends_at_the_story_time() -> None:
    text = "Police closed the road this evening. Earlier on Wednesday, protesters marched."
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    row = df[df["time_text"] == "Earlier on Wednesday"].iloc[0]
    assert (str(row["start"]), str(row["end"])) == (
        "2024-03-20 00:00:00+00:00", "2024-03-20 18:00:00+00:00")


def test_a_clock_time_beside_a_day_is_one_event_on_that_day() -> None:
    text = "The council will meet at 7pm next Thursday to discuss the plan."
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    assert [(r.time_text, str(r.start), str(r.end)) for r in df.itertuples()] == [
        ("at 7pm next Thursday", "2024-03-28 19:00:00+00:00", "2024-03-28 19:01:00+00:00")
    ]


def test_a_clock_time_ending_a_paragraph_is_not_on_the_day_heading_the_next() -> None:
    # news-dating-24, a long read: '10 p.m.' is Saturday's; 'Sunday and Monday' heads the
    # next part. One line break may join them ('at 7 p.m.\nSaturday'), a blank line not.
    text = ("That evening a team of four from the lodge went up the pass with lights as far "
            "as the snow allowed, and turned back at about 10 p.m.\n\nSunday and Monday\n\n"
            "The next morning the cloud was down to the car park.")
    df = extract_many([article_from_text(text, "2016-07-24T06:00:00+00:00", "UTC")])
    assert "at about 10 p.m." in list(df["time_text"])
    assert not df["time_text"].str.contains("\n").any()
    text = "The march ended at 7 p.m.\n\nSaturday was quieter, police said."
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    assert sorted(df["time_text"]) == ["Saturday", "at 7 p.m."]
    clock, day = tag("The march ended at 7 p.m.\n\nSaturday morning was quiet.", DCT)
    assert (clock.value, day.value) == ("2024-03-19T19:00", "2024-03-16TMO")  # not Saturday's


def test_a_clock_time_beside_a_count_from_a_happening_stays_on_its_day() -> None:
    # 'a day after' counts back from the story's day to the women's final; 6pm is Sunday's
    sunday = "2024-05-26T21:40:00+00:00"
    text = ("Eastleigh won the FA Trophy at Wembley on Sunday. Captain Lee Dunn lifted the "
            "trophy shortly after 6pm, a day after the club's women's team won their final.")
    df = extract_many([article_from_text(text, sunday, "UTC")])
    row = df[df["time_text"].str.contains("6pm")].iloc[0]
    assert (row["time_text"], str(row["start"])) == (
        "shortly after 6pm", "2024-05-26 18:00:00+00:00")
    # a count written as the clock's day is one time ('at 6 a.m. ten days before the
    # shooting')
    text = "A jogger saw the car at 6 a.m. ten days before the shooting."
    df = extract_many([article_from_text(text, sunday, "UTC")])
    assert list(df["time_text"]) == ["at 6 a.m. ten days before"]


def test_a_title_word_inside_an_organisation_name_is_not_a_person() -> None:
    text = "General Motors said it would cut 500 jobs on Tuesday. GM shares fell."
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    row = df[df["time_text"] == "on Tuesday"].iloc[0]
    assert (row["source"], list(row["actors"]), row["title"]) == (
        "General Motors", ["General Motors"], "It would cut 500 jobs")


def test_one_actor_for_singular_and_plural_and_for_the_article() -> None:
    text = "A protester told the Herald on Monday that protesters would stay. The Herald " \
           "asked police on Tuesday about the protesters."
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    assert [list(a) for a in df.sort_values("char_start")["actors"]] == [
        ["a protester", "Herald"], ["Herald", "police", "protesters"]]


def test_a_happening_named_again_takes_its_date() -> None:
    text = "Workers went on strike at the port on Monday.\nThe strike drew 10,000 people, " \
           "organisers said."
    assert rows(text)[:2] == [
        ("Workers went on strike at the port", "on Monday", "2024-03-18", "occurrence"),
        ("The strike drew 10,000 people, organisers said", "on Monday", "2024-03-18",
         "statement"),
    ]


def test_a_date_given_later_dates_the_earlier_mention() -> None:
    text = "The ceremony drew hundreds of veterans.\nThe ceremony was held on Sunday in " \
           "Wellington."
    assert rows(text)[0] == ("The ceremony drew hundreds of veterans", "on Sunday",
                             "2024-03-17", "occurrence")


def test_today_after_of_is_generic() -> None:
    text = "The cars of tomorrow were shown at the fair on Monday."
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    assert list(df["time_text"]) == ["on Monday"]


def test_a_generic_group_is_an_actor_only_when_it_acts() -> None:
    told = "Inspector Jane Ruru told media on Monday that the road was closed."
    acted = "Children were evacuated from the school on Monday."
    assert [list(extract_many([article_from_text(t, DCT, "Europe/London")])["actors"][0])
            for t in (told, acted)] == [["Jane Ruru"], ["children"]]


def test_three_years_after_the_merger_places_the_merger_three_years_back() -> None:
    assert rows("Three years after the merger, the company is profitable.") == [
        ("The merger", "Three years after", "2021-01-01", "occurrence"),
        ("The company is profitable", "", "2024-03-20", "status"),
    ]


def test_a_happening_counted_back_from_a_time_of_the_story_is_before_that_time() -> None:
    # the tagger counted 'three months after' on from May 2023, the story's time: the
    # earthquake is three months before May (February 2023), not mirrored around the
    # publication (December 2024)
    text = ("Zhao visited Santiago in May last year, three months after an earthquake killed "
            "500 people in central Chile.")
    assert rows(text)[0] == ("An earthquake killed 500 people in central Chile",
                             "three months after", "2023-02-01", "occurrence")


def test_a_year_or_month_counted_back_is_that_whole_year_or_month() -> None:
    # counted forward, 'one year' from 1999 is 2000, 366 days long; the killing's year,
    # 1998, ends on 1 January 1999 all the same; December after a 29-day February too
    cases = [
        ("One year after the shooting, the clinic is closed.", "1999-10-24T20:00:00+00:00",
         "1998-01-01 00:00:00+00:00", "1999-01-01 00:00:00+00:00"),
        ("One month after the merger, the bank is cutting 300 jobs.",
         "2024-01-15T20:00:00+00:00", "2023-12-01 00:00:00+00:00", "2024-01-01 00:00:00+00:00"),
    ]
    for text, published, start, end in cases:
        df = extract_many([article_from_text(text, published, "UTC")])
        row = df[df["anchor"] == "relative_to_narrative"].iloc[0]
        assert (str(row["start"]), str(row["end"])) == (start, end)


def test_n_years_after_a_happening_after_its_clause_places_the_happening_back() -> None:
    text = ("The new library opened its doors on Monday, six years after the old building was "
            "closed over earthquake fears.")
    assert rows(text) == [
        ("The old building was closed over earthquake fears", "six years after", "2018-01-01",
         "occurrence"),
        ("The new library opened its doors, six years after the old building was closed\u2026",
         "on Monday", "2024-03-18", "occurrence"),
    ]


def test_an_offset_after_its_clause_in_a_headline_places_the_happening_back() -> None:
    # a headline sets the offset off by no comma and drops the article: the rescue is
    # nine days before the arrival, not nine days after publication (news-dating-24
    # news01-hobart-antarctic-evacuee-arrives, shortened); and one of my own
    text = ("Injured expeditioner arrives in Hobart nine days after Antarctic rescue\n\n"
            "An electrician who was injured in a fall at Davis station arrived in Hobart "
            "this morning aboard a supply ship.")
    assert rows(text)[0] == ("Antarctic rescue", "nine days after", "2024-03-11", "occurrence")
    own = ("Island ferry back in service three weeks after engine fire\n\n"
           "The MV Kestrel carried its first passengers from Oban this morning.")
    assert rows(own)[0] == ("Engine fire", "three weeks after", "2024-02-28", "occurrence")


def test_an_attribution_after_the_happening_ends_it_and_the_happening_keeps_its_row() -> None:
    # ', the university said today' and ', according to police' tell who said it: the
    # launch ends at their comma, five days before Tuesday, and keeps its row
    for attribution in ("the university said today", "according to police"):
        text = ("The satellite made contact with its ground station on Tuesday, five days "
                f"after it was launched from Kazakhstan, {attribution}.")
        df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
        row = df[df["time_text"] == "five days after"].iloc[0]
        assert (row["title"], str(row["start"]), str(row["end"])) == (
            "It was launched from Kazakhstan", "2024-03-14 00:00:00+00:00",
            "2024-03-15 00:00:00+00:00")


def test_weeks_after_a_long_happening_after_its_clause_place_it_back_on_a_day() -> None:
    # counted back from Monday: three weeks before it, a day (the happening may run to
    # the sentence's end, however long), not the weeks ahead of publication
    text = ("The chief executive of Orvell Bank resigned on Monday, three weeks after the "
            "lender admitted that it had overstated the value of loans to property "
            "developers in two regions.")
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    row = df[df["time_text"] == "three weeks after"].iloc[0]
    assert (row["title"], str(row["start"]), str(row["end"])) == (
        "The lender admitted that it had overstated the value of loans to property "
        "developers in two regions", "2024-02-26 00:00:00+00:00", "2024-02-27 00:00:00+00:00")


def test_a_figures_comma_or_point_does_not_end_the_happening_after_its_clause() -> None:
    # '£18,400' and '$1.2 million' are figures, no end of the happening: counted back
    # two days from Tuesday, the report is Sunday's, not Thursday after it
    for amount in ("£18,400", "$1.2 million"):
        text = (f"The leader of Ochil Council, Douglas McKenzie, resigned late Tuesday, two "
                f"days after an auditor's report questioned {amount} of expense claims.")
        df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
        row = df[df["time_text"] == "two days after"].iloc[0]
        assert (row["title"], str(row["start"]), str(row["end"])) == (
            f"An auditor's report questioned {amount} of expense claims",
            "2024-03-17 00:00:00+00:00", "2024-03-18 00:00:00+00:00")
    # a fronted clause: the figure's comma is no end of it either ('The company cut 1')
    text = ("A week after the company cut 1,200 jobs, shares in Kestrel Foods rose 8.5 "
            "percent on Monday.")
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    row = df[df["time_text"] == "A week after"].iloc[0]
    assert (row["title"], str(row["start"]), str(row["end"])) == (
        "The company cut 1,200 jobs", "2024-03-11 00:00:00+00:00", "2024-03-12 00:00:00+00:00")


def test_a_fronted_relational_phrase_counts_back_from_the_main_clauses_day() -> None:
    # 'A day after the attack, ... on Tuesday': the attack is Monday's, not the day before
    # publication; with no day in the main clause, it counts back from publication
    text = "A day after the attack, police said on Tuesday that two men had been arrested."
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    assert df[df["time_text"] == "A day after"]["start"].astype(str).tolist() == [
        "2024-03-18 00:00:00+00:00"]
    df = extract_many([article_from_text("A day after the attack, the city was calm.", DCT,
                                         "Europe/London")], inferred=True)
    assert df[df["time_text"] == "A day after"]["start"].astype(str).tolist() == [
        "2024-03-19 00:00:00+00:00"]


def test_a_figures_comma_is_no_end_of_an_appositive_in_a_title() -> None:
    text = ("The company shut the Ochil plant on Friday, a week after a fire destroyed 12,000 "
            "square metres of warehouse.")
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    assert df[df["time_text"] == "on Friday"]["title"].tolist() == [
        "The company shut the Ochil plant, a week after a fire destroyed 12,000 square\u2026"]


def test_a_place_or_a_relative_clause_after_an_appositive_goes_with_it() -> None:
    # after a name the appositive's place and the person's relative clause go with it;
    # after a common word a name set off there stays
    def title(text: str) -> list[str]:
        df = extract_many([article_from_text(text, DCT, "Europe/London")])
        return df["title"].tolist()

    assert title("Dennis Marchetti, the mayor of Kellerton, Ontario, announced his "
                 "resignation on Tuesday.") == ["Dennis Marchetti announced his resignation"]
    assert title("Javier Huaman, a herpetologist at a university in Cusco, Peru, who was not "
                 "involved in the study, told Wikinews on Tuesday that the find was good.") == [
        "Javier Huaman told Wikinews that the find was good"]
    assert title("Ilaria Gianola, the mayor of Gordevio Alto, one of the villages that voted "
                 "yes, told Wikinews on Sunday that her council had expected to lose.") == [
        "Ilaria Gianola told Wikinews that her council had expected to lose"]
    assert "Nordbahn" in title(
        "Services were back to normal by Tuesday, the operator, Nordbahn, said.")[0]


def test_a_wire_datelines_row_is_titled_by_its_lead() -> None:
    assert rows("GOMA, Democratic Republic of Congo, March 19 (Reuters) - Rebels shelled a "
                "camp for displaced people.") == [
        ("Rebels shelled a camp for displaced people", "March 19", "2024-03-19", "occurrence"),
    ]
    assert rows("WASHINGTON, March 19 \u2014 The Senate passed the bill.") == [
        ("The Senate passed the bill", "March 19", "2024-03-19", "occurrence")]
    # small words of table dateline_joiner between a place's words ('Trinidad and Tobago')
    assert rows("PORT OF SPAIN, Trinidad and Tobago, March 19 (Reuters) - Police arrested "
                "two men.") == [
        ("Police arrested two men", "March 19", "2024-03-19", "occurrence")]


def test_a_dateline_without_a_place_is_titled_by_its_lead_too() -> None:
    # a date alone before the dash ("March 19 - ", a chronology's "1862 - ") dates its
    # lead, which titles the row, not the date's own words
    assert rows("Bank holds rates\n\nMarch 19 (Reuters) - The Bank of England held "
                "interest rates at 5.25 percent.") == [
        ("The Bank of England held interest rates at 5.25 percent", "March 19",
         "2024-03-19", "occurrence")]
    assert rows("Railway history\n\n1862 - The first trains ran between the towns.") == [
        ("The first trains ran between the towns", "1862", "1862-01-01", "occurrence")]
    # a date in the lead's own words is no dateline
    assert rows("Bank holds rates\n\nOn March 19 the Bank of England held rates.") == [
        ("The Bank of England held rates", "On March 19", "2024-03-19", "occurrence")]


def test_a_dateline_beside_a_lead_with_its_own_day_dates_a_row_but_not_the_story() -> None:
    # the dateline is a written day, the day the copy was filed, and dates a row of its
    # own (issue 11: every fully specified time dates a row); the story's time, which the
    # next sentence inherits, stays the lead's own day
    text = ("GOMA, Democratic Republic of Congo, March 19 (Reuters) - Rebels shelled a camp "
            "on Monday.\nAid workers counted 12 dead in the camp.")
    assert rows(text) == [
        ("Rebels shelled a camp", "on Monday", "2024-03-18", "occurrence"),
        ("Aid workers counted 12 dead in the camp", "on Monday", "2024-03-18", "occurrence"),
        ("Rebels shelled a camp", "March 19", "2024-03-19", "occurrence"),
    ]
    text = ("LONDON, March 19 (Reuters) - The Bank of England held interest rates at 5.25 "
            "percent on Tuesday.")
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    # the written date the weekday agrees with makes it as sure as a written date
    title = "The Bank of England held interest rates at 5.25 percent"
    assert [(r.title, r.time_text, r.anchor, r.confidence) for r in df.itertuples()] == [
        (title, "March 19", "explicit", 1.0), (title, "on Tuesday", "explicit", 1.0)]


def test_a_time_in_a_relative_clause_dates_that_clause_told_of_its_noun() -> None:
    assert rows("Engel, who took over as chief executive in 2021, said the dividend would "
                "stay.")[0] == ("Engel took over as chief executive", "in 2021", "2021-01-01",
                                "occurrence")
    assert rows("The list, which began in 1950, now has 500 names.")[0] == (
        "The list began", "in 1950", "1950-01-01", "occurrence")


def test_the_main_clause_around_a_dated_relative_clause_gets_its_own_row() -> None:
    assert rows("Police arrested the man, who fled on Monday, at his home.") == [
        ("The man fled", "on Monday", "2024-03-18", "occurrence"),
        ("Police arrested the man at his home", "", "2024-03-20", "occurrence"),
    ]


def test_the_saying_of_a_dated_report_stands_at_publication() -> None:
    text = "Police arrested two men yesterday. Officers said the men had been released on " \
           "bail on March 1."
    assert rows(text)[2] == ("Officers said the men had been released on bail on March 1", "",
                             "2024-03-20", "statement")


def test_a_saying_of_plans_continues_the_statement_of_the_story() -> None:
    # what was said is ahead (a plan, a forecast): the saying belongs to the story's
    # statement, Monday's, not to publication
    text = ("Ostrava Steel said on Monday it would close its oldest blast furnace. "
            "Chairman Petr Novak said the company planned to build an electric furnace "
            "next year.")
    assert rows(text)[1:] == [
        ("Chairman Petr Novak said the company planned to build an electric furnace next\u2026",
         "on Monday", "2024-03-18", "statement"),
        ("The company planned to build an electric furnace next year", "next year",
         "2025-01-01", "plan"),
    ]


def test_a_saying_of_a_quote_with_a_past_time_continues_the_statement_of_the_story() -> None:
    # the quote's January is the speaker's; the telling is part of Monday's statement
    text = ("Ostrava Steel said on Monday it would close its oldest blast furnace. "
            '"Orders fell by a third in January," chairman Petr Novak told reporters.')
    assert rows(text)[-1] == ("Novak: Orders fell by a third in January", "on Monday",
                              "2024-03-18", "statement")


def test_a_saying_of_a_past_or_present_report_stays_at_publication() -> None:
    # what was said happened on a day before publication, or holds now: the saying came
    # after it, by publication, as before
    lead = "Ostrava Steel said on Monday it would close its oldest blast furnace. "
    assert rows(lead + "The union said it was told of the closure on Sunday.")[2] == (
        "The union said it was told of the closure on Sunday", "", "2024-03-20", "statement")
    assert rows(lead + "The union said it is still hoping to save the furnace next year.")[1] \
        == ("The union said it is still hoping to save the furnace next year", "",
            "2024-03-20", "statement")


def test_a_saying_of_history_before_the_storys_year_goes_on_the_story_time() -> None:
    # 'in 2021' is history that does not tell when the judge spoke: her saying is the
    # story's yesterday, as it is without that time; a time of the story's own year keeps
    # the saying at publication (test above)
    text = ("Kestrel Foods was fined 2 million pounds at Leeds Crown Court yesterday over a "
            "fire that injured four workers. Judge Ann Smith said the company had ignored "
            "warnings in 2021.")
    assert rows(text) == [
        ("The company had ignored warnings", "in 2021", "2021-01-01", "occurrence"),
        ("Kestrel Foods was fined 2 million pounds at Leeds Crown Court over a fire that\u2026",
         "yesterday", "2024-03-19", "occurrence"),
        ("Judge Ann Smith said the company had ignored warnings in 2021", "yesterday",
         "2024-03-19", "statement"),
    ]
    assert rows(text.replace("said", "says"))[-1] == (
        "Judge Ann Smith says the company had ignored warnings in 2021", "", "2024-03-20",
        "statement")
    # a time before the verb dates the saying's own occasion: not the story's day
    hearing = ("Kestrel Foods was fined 2 million pounds at Leeds Crown Court yesterday. At "
               "a 2023 hearing, the company's lawyer said it had been unaware of the risks in "
               "2021.")
    assert [r for r in rows(hearing) if "lawyer said" in r[0]] == [
        ("At a 2023 hearing, the company's lawyer said it had been unaware of the risks\u2026",
         "", "2024-03-20", "statement")]
    # words before a closing attribution are the words' own: their year is history told,
    # no occasion of the saying, which stands at the story's day
    closing = ("Kestrel Foods was fined 2 million pounds at Leeds Crown Court yesterday. The "
               "company had ignored warnings in 2021, the prosecutor said.")
    assert [r for r in rows(closing) if r[1] != "in 2021" and "prosecutor" in r[0]] == [
        ("The company had ignored warnings in 2021, the prosecutor said", "yesterday",
         "2024-03-19", "statement")]


def test_a_relative_aside_in_reported_words_does_not_make_them_present() -> None:
    # 'who has run the café since 2003' describes the client; what the lawyer reports is
    # 'had spent ... last summer', history before the story's year: her saying is the
    # hearing's day, not publication; reported words whose own verb is present hold now
    text = ("Kestrel Foods was fined 2 million pounds at Leeds Crown Court yesterday. "
            "Ruth Pennell, defending, said her client, who has run the company since 2003, "
            "had spent much of 2022 recovering from a hip operation.")
    assert [r for r in rows(text) if r[0].startswith("Ruth")] == [
        ("Ruth Pennell, defending, said her client, who has run the company since 2003\u2026",
         "yesterday", "2024-03-19", "statement")]
    present = text.replace("who has run", "who ran").replace(
        "had spent much of 2022 recovering", "is still recovering")
    assert [r for r in rows(present) if r[0].startswith("Ruth")] == [
        ("Ruth Pennell, defending, said her client, who ran the company since 2003, is\u2026",
         "", "2024-03-20", "statement")]


def test_a_tally_of_harm_goes_on_the_happening_the_sentence_before_it_dated() -> None:
    # the story tells from Monday's progress; the firefighters were hurt on Sunday, when
    # the tree fell, which the sentence before the tally dates
    lead = ("Firefighters made their first real progress against the Cedar Ridge fire on "
            "Monday as cooler weather allowed crews to cut lines.\n\n"
            "Firefighter Marcus Bell, 27, died on Sunday when a burning tree fell on his "
            "engine near Bridge Bay, Cal Fire said. ")
    tally = [r for r in rows(lead + "Two other firefighters were treated for minor injuries.")
             if r[0].startswith("Two other")]
    assert tally == [("Two other firefighters were treated for minor injuries", "on Sunday",
                      "2024-03-17", "status")]
    # not one that names its own cause, nor a speaker's quoted words: the story's Monday
    assert ("Ten people were injured when a bus overturned", "on Monday", "2024-03-18",
            "status") in rows(lead + "Ten people were injured when a bus overturned.")
    assert ("The chief: Two of my men were hurt", "on Monday", "2024-03-18",
            "statement") in rows(lead + '"Two of my men were hurt," the chief said.')
    # nor after background that steps back before the paragraph's happening
    club = ("A gunman opened fire at a nightclub in Leeds early on Sunday, killing two "
            "people. The club had reopened on Friday after a six-month refurbishment. Five "
            "others were wounded.")
    assert [r for r in rows(club) if r[0].startswith("Five")] == [
        ("Five others were wounded", "early on Sunday", "2024-03-17", "status")]


def test_a_short_no_one_was_hurt_goes_on_the_happening_the_sentence_before_it_dated(
) -> None:
    # news-dating-22 news08: too short for a row of its own, the stock line after an
    # accident is the accident's, not the later story's
    text = ("A large piece broke off the iceberg's western side at 7:15 p.m. on Tuesday, "
            "sending a wave across the cove that lifted several small boats onto the "
            "slipway. Nobody was hurt. The Royal Canadian Mounted Police asked boat "
            "operators the next day to stay at least 200 metres away from the ice.")
    df = extract_many([article_from_text(text, "2010-06-10T15:40:00+00:00", "UTC")],
                      inferred=True)
    hurt = df[df["title"].str.startswith("Nobody")]
    assert [(r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d %H:%M"))
            for r in hurt.itertuples()] == [("at 7:15 p.m. on Tuesday", "2010-06-08 19:15")]
    # a negation that tallies no harm stays without a row; a speaker's words keep theirs
    assert not [r for r in rows("A tram derailed in Lisbon at 8:10 a.m. on Monday. Nobody "
                                "spoke.") if r[0].startswith("Nobody")]
    assert [r[1] for r in rows('A tram derailed in Lisbon at 8:10 a.m. on Monday. "None '
                               'was hurt," he said.') if r[0].startswith("None")] == [
        "at 8:10 a.m. on Monday"]


def test_a_time_running_past_publication_is_not_the_harming_happenings() -> None:
    # news-dating-22 news03: the highway's closure for most of Friday (still running at
    # 21:10 on Friday) is what the fire led to; no one was injured overnight, in the fire
    text = ("A fire destroyed a 64-year-old wooden grain elevator in the small town of "
            "Carlin Flats in Hill County, Montana, overnight, forcing the evacuation of about "
            "40 homes and the closure of U.S. Highway 2 for most of Friday. No one was "
            "injured.")
    df = extract_many([article_from_text(text, "2012-08-17T21:10:00+00:00", "UTC")],
                      inferred=True)
    injured = df[df["title"].str.startswith("No one")]
    assert [(r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d"))
            for r in injured.itertuples()] == [("overnight", "2012-08-16")]
    # a gas main's blast early on Tuesday, the street shut for all of Wednesday
    blast = ("A gas main exploded under a bakery in Porto early on Tuesday, closing the "
             "street for all of Wednesday. No one was injured.")
    assert [r[1:3] for r in rows(blast) if r[0].startswith("No one")] == [
        ("early on Tuesday", "2024-03-19")]


def test_a_tally_after_a_saying_goes_on_the_happening_the_words_said_dated() -> None:
    # news-dating-22 news01: the police said it today; the robbery, in the words they said,
    # was this morning, and so was anyone's harm
    text = ("Police in the central Philippine city of Cebu said today they were searching "
            "for five armed men who robbed a pawnshop on Colon Street this morning and "
            "escaped with jewellery and cash worth about 4.2 million pesos. Nobody was hurt.")
    df = extract_many([article_from_text(text, "2008-07-07T18:20:00+00:00", "UTC")],
                      inferred=True)
    hurt = df[df["title"].str.startswith("Nobody")]
    assert [(r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d %H:%M"))
            for r in hurt.itertuples()] == [("this morning", "2008-07-07 06:00")]
    # a guard attacked early on Monday, which the police told of on Tuesday
    guard = ("Police said on Tuesday they had arrested a man who attacked a guard at a "
             "museum in Ghent early on Monday. The guard was treated for cuts.")
    assert [r[1:3] for r in rows(guard) if r[0].startswith("The guard")] == [
        ("early on Monday", "2024-03-18")]


def test_a_trading_session_without_a_day_is_the_publication_days() -> None:
    # the story is Monday's, but 'early trading' with no day is the session running as
    # the copy is filed
    text = ("Lindqvist Mining cut its dividend on Monday after copper prices slumped. "
            "Its shares dropped 4 percent in early trading.")
    assert rows(text)[-1] == ("Its shares dropped 4 percent in early trading", "",
                              "2024-03-20", "occurrence")
    back = ("Lindqvist Mining cut its dividend on Monday after copper prices slumped. "
            "Its shares had risen 2 percent in early trading.")
    assert rows(back)[-1][1:3] == ("on Monday", "2024-03-18")
    later = ("Lindqvist Mining cut its dividend on Monday after copper prices slumped. "
             "Its shares dropped 4 percent.")
    assert rows(later)[-1] == ("Its shares dropped 4 percent", "on Monday", "2024-03-18",
                               "occurrence")


def test_a_time_of_the_publication_day_moves_the_story_when_the_day_has_no_clock() -> None:
    # published on Wednesday, no time of day: Wednesday morning has happened, and the
    # spokeswoman's words after it are Wednesday's, not the strike's Tuesday
    text = ("Dock workers walked out on Tuesday. Loading resumed on Wednesday morning, a "
            "port spokeswoman said. She said the backlog would take a week to clear.")
    df = extract_many([article_from_text(text, "2024-03-20", "Europe/London")], inferred=True)
    last = df[df["title"].str.startswith("She said")].iloc[0]
    assert (last["time_text"], pd.Timestamp(last["start"]).strftime("%Y-%m-%d %H:%M")) == (
        "on Wednesday morning", "2024-03-20 06:00")


def test_a_headline_comparing_with_since_takes_the_leads_time() -> None:
    # 'since 2015' is the baseline of 'first loss', not a happening after the lead's
    text = ("Andes Copper reports first loss since 2015\nChilean miner Andes Copper "
            "reported a loss for the second quarter on Monday.")
    assert rows(text)[-1][1:3] == ("on Monday", "2024-03-18")


def test_a_present_tense_headline_takes_the_leads_time() -> None:
    text = "Bus crash in southern Peru kills 23\nAt least 23 people died when a bus plunged " \
           "into a ravine on Monday night."
    assert rows(text)[0] == ("Bus crash in southern Peru kills 23", "on Monday night",
                             "2024-03-18", "occurrence")


def test_a_relative_clause_inside_the_main_clause_leaves_the_main_clause_a_row() -> None:
    text = "Shares of Lumen, which listed on the Nasdaq in November 2023, rose 4% in early " \
           "trading."
    assert rows(text) == [
        ("Lumen listed on the Nasdaq", "in November 2023", "2023-11-01", "occurrence"),
        ("Shares of Lumen rose 4% in early trading", "", "2024-03-20", "occurrence"),
    ]


def test_a_headline_takes_the_time_of_its_verb_retold_in_the_lead() -> None:
    # 'won' (headline_past) is dated by 'Sunday', not by the saying's 'on Monday'
    text = ("Mayor Ortiz wins second term in Valdivia\nIncumbent mayor Luis Ortiz won "
            "Sunday's municipal election in Valdivia, the electoral service announced on "
            "Monday.")
    assert rows(text)[0] == ("Mayor Ortiz wins second term in Valdivia", "Sunday",
                             "2024-03-17", "occurrence")


def test_a_headline_takes_the_time_of_its_irregular_verb_retold_in_the_lead() -> None:
    # 'swam' (headline_past of 'swims') is dated by 'this afternoon', not by the Sunday
    # morning the next paragraph starts the story at
    text = ("Stranded whale swims free from Montevideo beach\nA young whale that had been "
            "stranded on the beach swam back out to sea this afternoon.\nThe whale was "
            "spotted by a jogger at about 6:30 a.m. on Sunday.")
    assert [r for r in rows(text) if r[0].startswith("Stranded")] == [
        ("Stranded whale swims free from Montevideo beach", "this afternoon", "2024-03-20",
         "occurrence")]


def test_a_headline_figure_takes_the_period_of_the_leads_retelling() -> None:
    # 'rose' is dated by 'in February'; 'in January' dates the relative clause's 'fell'
    text = ("Jobless rate rises to 6.1 percent\nThe jobless rate, which fell to 5.8 percent "
            "in January, rose to 6.1 percent in February, the statistics office said on "
            "Tuesday.")
    assert [r for r in rows(text) if r[0].startswith("Jobless")] == [
        ("Jobless rate rises to 6.1 percent", "in February", "2024-02-01", "occurrence")]


def test_a_saying_joined_by_and_to_an_undated_happening_takes_the_story_time() -> None:
    # the magistrate adjourned the case and said so on Tuesday, not at publication
    text = ("Two men were refused bail at Perth Magistrates Court on Tuesday.\n"
            "Magistrate Ann Cole adjourned the case and said the men would appear again on "
            "April 9.")
    assert [r[1:] for r in rows(text)] == [
        ("on Tuesday", "2024-03-19", "occurrence"),
        ("on Tuesday", "2024-03-19", "statement"),
        ("on April 9", "2024-04-09", "plan"),
    ]


def test_a_pronoun_saying_after_a_dated_sentence_of_its_speaker_takes_its_day() -> None:
    # 'She said' right after Hale's Monday visit: said on the visit, not at publication
    text = ("Environment minister Rosa Hale visited the flooded town of Kelso on Monday. "
            "She said the government would build new flood walls by December.")
    assert [r[1:] for r in rows(text)] == [
        ("on Monday", "2024-03-18", "occurrence"),
        ("on Monday", "2024-03-18", "statement"),
        ("by December", "2024-12-01", "plan"),
    ]


def test_words_of_approximation_go_with_the_time_cut_from_a_title() -> None:
    assert rows("Police were called at about 9.30pm on Monday after reports of a fight.")[0][0] \
        == "Police were called after reports of a fight"


def test_a_headline_of_a_follow_up_stays_at_publication() -> None:
    text = "Police appeal for witnesses after Leeds stabbing\nA man was stabbed in Leeds " \
           "on Saturday night."
    assert rows(text)[1] == ("Police appeal for witnesses after Leeds stabbing", "",
                             "2024-03-20", "occurrence")


def test_a_past_clause_beside_an_old_date_gets_no_row_at_publication() -> None:
    assert [r[1] for r in rows("Ms Ardern resigned on January 19, 2023, and Chris Hipkins "
                               "became prime minister.")] == ["on January 19, 2023"]


def test_a_main_clause_takes_its_tense_from_its_own_verb_not_a_relative_clauses() -> None:
    # 'governed' is the relative clause's past; 'is on trial' stands at publication
    text = ("The court ordered the arrest of Jair Bolsonaro on Monday.\nBolsonaro, who "
            "governed from 2019 to 2022, is on trial on charges of plotting a coup.")
    assert rows(text)[-1] == ("Bolsonaro is on trial on charges of plotting a coup", "",
                              "2024-03-20", "status")


def test_a_relative_clause_is_told_of_a_noun_of_its_own_sentence() -> None:
    text = ("Liverpool host Real Madrid on Tuesday. Slot, who replaced Juergen Klopp in June "
            "2023, won the title in his first season.")
    assert rows(text)[0] == ("Slot replaced Juergen Klopp", "in June 2023", "2023-06-01",
                             "occurrence")


def test_a_reduced_relative_clause_dates_itself_and_the_main_clause_keeps_its_row() -> None:
    # 'to' and a verb, or a past participle, set off by commas: like 'who' or 'which'
    text = ("Leaders gathered at the United Nations on Tuesday. The meeting, to run until "
            "September 29, 2024, opened with a speech by the president.")
    assert rows(text) == [
        ("Leaders gathered at the United Nations", "on Tuesday", "2024-03-19", "occurrence"),
        ("The meeting opened with a speech by the president", "on Tuesday", "2024-03-19",
         "occurrence"),
        ("The meeting to run", "until September 29, 2024", "2024-09-29", "occurrence"),
    ]
    assert rows("Nurses called off a strike on Monday. The offer, made last week, includes a "
                "6 percent rise.") == [
        ("The offer made last week", "last week", "2024-03-11", "occurrence"),
        ("Nurses called off a strike", "on Monday", "2024-03-18", "occurrence"),
        ("The offer includes a 6 percent rise", "", "2024-03-20", "occurrence"),
    ]


def test_a_saying_in_a_reduced_relative_clause_leaves_the_main_clause_its_tense() -> None:
    # 'announced' tells of the tax; 'will raise' is the sentence's: at publication, a plan
    text = ("Petrol prices rose overnight. The tax, announced in the May budget, will raise "
            "300 million dollars a year.")
    assert rows(text)[-1] == ("The tax, announced in the May budget, will raise 300 million "
                              "dollars a year", "", "2024-03-20", "plan")


def test_a_contact_relative_clause_dates_itself_and_the_main_clause_keeps_its_row() -> None:
    # no comma and no 'who': 'a teacher he married in 1955' is the marriage, not the survival
    text = "Jones, who died on Sunday aged 91, is survived by a teacher he married in 1955."
    assert rows(text) == [
        ("A teacher he married", "in 1955", "1955-01-01", "occurrence"),
        ("Jones died aged 91", "on Sunday", "2024-03-17", "occurrence"),
        ("Jones is survived by a teacher he married", "", "2024-03-20", "status"),
    ]
    # the noun of a verb of saying opens what was said, not a relative clause
    assert rows("Police said the man they arrested on Monday was released.")[0] == (
        "The man they arrested was released", "on Monday", "2024-03-18", "occurrence")


def test_a_clause_after_and_is_no_contact_relative_and_its_time_starts_an_episode() -> None:
    # news-dating-22 (a magazine interview): 'the morning and they pulled me out' joins a
    # main clause; its 'seven hours later' goes on in the next past sentence
    text = ("The sea doesn't care how old you are\n\nFoveaux Strait, 14 March 1987. I got in "
            "at Bluff at 4.50 in the morning and they pulled me out seven hours later, two "
            "kilometres short of Stewart Island. The tide turned and I went backwards for an "
            "hour.")
    assert rows(text)[2:4] == [
        ("I got in at Bluff at 4.50 in the morning and they pulled me out, two\u2026",
         "seven hours later", "1987-03-14", "occurrence"),
        ("The tide turned and I went backwards for an hour", "seven hours later",
         "1987-03-14", "occurrence"),
    ]
    # a contact relative still dates itself
    assert rows("Obituary\n\nShe married a teacher he met in 1975.")[0] == (
        "A teacher he met", "in 1975", "1975-01-01", "occurrence")


def test_a_relative_clause_ending_the_sentence_starts_no_episode() -> None:
    # news-dating-22 (a live page): 'which it opened in 2009' is told of the site; the
    # staff left the building in the fire the entry reports, not in 2009
    text = ("Warehouse fire in the port\n\nA fire broke out at a warehouse in the port on "
            "Tuesday. The company employs 40 people at the site, which it opened in 2009. All "
            "staff on the night shift left the building safely.")
    assert rows(text)[-1] == ("All staff on the night shift left the building safely",
                              "on Tuesday", "2024-03-19", "occurrence")
    assert rows(text)[0] == ("The site it opened", "in 2009", "2009-01-01", "occurrence")


def test_a_saying_in_a_report_led_by_an_activity_going_on_is_made_at_publication() -> None:
    # news-dating-22 (a police appeal): 'Detectives are appealing' tells the report from
    # now; the inspector's undated words are the appeal's, not yesterday's arrest's
    text = ("Appeal for witnesses after man seriously injured in Bath city centre\n\nPosted "
            "13 March 2019, 14:30\n\nDetectives are appealing for witnesses after a man "
            "suffered serious head injuries in an assault in Bath city centre on the night of "
            "Saturday 9 March.\n\nA 19-year-old woman, also from Keynsham, was arrested "
            "yesterday on suspicion of assisting an offender.\n\nDetective Inspector Claire "
            "Ashworth said: \"This was a violent and unprovoked attack on a man who was "
            "walking home after a night out.\"")
    found = rows(text)
    assert found[2][1:3] == ("yesterday", "2019-03-12")
    assert found[-1] == ("Detective Inspector Claire Ashworth said: \"This was a violent and "
                         "unprovoked\u2026\"", "", "2019-03-13", "statement")
    # so in a sentence whose times date only the words said
    text = text.rsplit("\n\n", 1)[0] + (
        "\n\nInspector Tom Hendry, of the Bath neighbourhood team, said extra patrols would "
        "be in the city centre this weekend, as they have been every weekend since November, "
        "when the force launched a campaign against late-night violence.")
    assert ("Inspector Tom Hendry, of the Bath neighbourhood team, said extra patrols "
            "would\u2026", "", "2019-03-13", "statement") in rows(text)
    # a lead told in the past leaves a later saying at the last happening's day
    text = ("Men arrested\n\nPolice arrested two men in Leeds on Monday. The men were taken "
            "to a station. A spokesman said the investigation was continuing.")
    assert rows(text)[-1] == ("A spokesman said the investigation was continuing", "on Monday",
                              "2024-03-18", "statement")


def test_an_interview_question_takes_the_time_its_answer_opens_on() -> None:
    # news-dating-22 (a Q&A interview): the answer's verbless opening names when
    text = ("The sea doesn't care how old you are\n\nYour first big crossing failed.\n\n"
            "Foveaux Strait, 14 March 1987. I got in at Bluff at 4.50 in the morning.")
    assert rows(text)[0] == ("Your first big crossing failed", "14 March 1987", "1987-03-14",
                             "occurrence")
    text = ("Kabul memories\n\nWhen did you leave Kabul?\n\nAugust 2021. We drove to the "
            "airport at night.")
    assert rows(text)[0] == ("When did you leave Kabul?", "August 2021", "2021-08-01",
                             "occurrence")
    # a live page's entry over the next entry's clock is no question
    text = ("Live: storm hits the coast\n\n21:05\n\nThe bridge reopened to traffic.\n\n"
            "20:40\n\nPolice closed the coast road. The wind reached 120 km/h.")
    assert ("The bridge reopened to traffic", "21:05", "2024-03-19", "occurrence") in rows(text)


def test_a_saying_joined_by_and_to_a_dated_verb_shares_its_day() -> None:
    # one subject, one day: no second row for 'said' at publication
    assert rows("Singapore Airlines reported a record profit on Thursday and said it would "
                "pay staff a bonus.") == [
        ("Singapore Airlines reported a record profit and said it would pay staff a bonus",
         "on Thursday", "2024-03-14", "statement"),
    ]
    # a time still ahead dates the plan, not the saying beside it
    assert rows("The agency will open clinics this weekend, and urged parents to check "
                "records.")[0] == ("The agency urged parents to check records", "",
                                   "2024-03-20", "statement")


def test_a_past_clause_whose_subject_opens_with_a_possessive_time_took_place_then() -> None:
    # 'monsoon' names no happening the article dates elsewhere: the possessive dates it
    text = ("Rescue teams pulled 12 people from the rubble on Sunday. Last year's monsoon "
            "killed more than 400 people in the region.")
    # one row: the noun's time row is the clause's, no inferred row beside it
    assert rows(text) == [
        ("Last year's monsoon killed more than 400 people in the region", "Last year",
         "2023-01-01", "occurrence"),
        ("Rescue teams pulled 12 people from the rubble", "on Sunday", "2024-03-17",
         "occurrence"),
    ]
    # in the present it stands at publication
    text = "Rescue teams pulled 12 people from the rubble on Sunday. Last year's budget " \
           "remains in force."
    assert rows(text)[-1] == ("Last year's budget remains in force", "", "2024-03-20",
                              "status")


def test_a_reduced_relative_clause_may_open_with_an_adverb() -> None:
    text = ("Councillors will vote at the meeting on Monday. The charges, first proposed in "
            "January, would double the cost of parking.")
    assert rows(text)[:2] == [
        ("The charges first proposed", "in January", "2024-01-01", "occurrence"),
        ("The charges would double the cost of parking", "", "2024-03-20", "plan"),
    ]


def test_a_time_after_a_past_verb_moves_the_story_in_a_sentence_of_plans() -> None:
    # 'ruled on Tuesday' dates the ruling, whatever the trial still ahead
    text = ("A man accused of killing three people will stand trial in September, a judge "
            "ruled on Tuesday.\nThe man appeared at Hull Crown Court by video link.")
    assert rows(text)[1] == ("The man appeared at Hull Crown Court by video link",
                             "on Tuesday", "2024-03-19", "occurrence")


def test_days_or_weeks_after_a_happening_count_back_from_the_clauses_day() -> None:
    # no determiner needed after its clause; a week before that Sunday, not publication
    text = ("Thousands of runners took part in the marathon on Sunday, a week after "
            "organisers feared it would be cancelled.")
    assert rows(text)[0] == ("Organisers feared it would be cancelled", "a week after",
                             "2024-03-10", "occurrence")


def test_an_apposition_inside_the_happening_after_its_clause_does_not_end_it() -> None:
    # two days before late Monday; one comma (', and ...') still ends the happening, and a
    # figure's comma is no apposition's
    text = ("The airline had filed for bankruptcy late Monday, two days after talks with a "
            "potential investor, the Chinese group Hailan Aviation, broke down.\n"
            "The plant opened on March 3, a year after the firm hired 1,900 people, and "
            "the mayor cut a ribbon.")
    found = rows(text)
    assert ("Talks with a potential investor, the Chinese group Hailan Aviation, broke down",
            "two days after", "2024-03-16", "occurrence") in found
    assert sorted(r[1] for r in found) == ["late Monday", "on March 3", "two days after"]


def test_a_saying_in_a_reduced_relative_clause_reports_nothing_of_the_main_clause() -> None:
    # 'announced' tells of the plan: the main clause is no claim after it
    assert rows("The plan, announced in January, would have closed the offices by June 30, "
                "2024.")[-1] == ("The plan, announced in January, would have closed the "
                                 "offices", "by June 30, 2024", "2024-06-30", "plan")


def test_a_past_clause_moves_the_story_though_a_plan_is_told_beside_it() -> None:
    # 'would be cancelled' made the lead's row a plan, which left the winner undated
    text = ("Thousands of runners took part in the marathon on Sunday, a week after "
            "organisers feared it would be cancelled.\nDavid Kiptoo won the men's race.")
    assert rows(text)[-1] == ("David Kiptoo won the men's race", "on Sunday", "2024-03-17",
                              "occurrence")


def test_a_modal_clause_without_a_time_stands_at_publication() -> None:
    # 'could' and 'would' tell what may happen, no past happening: not at the story's
    # Tuesday; a modal perfect ('could have been') tells the past and stays there
    text = ("Police arrested two men yesterday. The plant could close, and 200 jobs would "
            "go. It could have been worse, a spokesman said.")
    assert rows(text) == [
        ("Police arrested two men yesterday", "yesterday", "2024-03-19", "occurrence"),
        ("It could have been worse, a spokesman said", "yesterday", "2024-03-19",
         "statement"),
        ("The plant could close, and 200 jobs would go", "", "2024-03-20", "plan"),
    ]


def test_a_modal_main_clause_of_a_dated_sentence_gets_its_row_at_publication() -> None:
    text = "Police arrested two men yesterday, but they could face charges."
    assert rows(text)[1:] == [("They could face charges", "", "2024-03-20", "plan")]


def test_a_strike_called_off_before_its_day_is_dated_on_the_coming_day() -> None:
    text = "A strike, effective Sunday, was called off on Tuesday."
    assert rows(text) == [
        ("A strike, effective Sunday, was called off", "on Tuesday", "2024-03-19",
         "occurrence"),
        ("A strike, was called off on Tuesday", "effective Sunday", "2024-03-24", "occurrence"),
    ]


def test_a_present_schedule_with_a_clock_time_is_on_the_publication_day() -> None:
    text = "Voters went to the polls on Monday. Polls close at 9.30pm."
    assert rows(text) == [
        ("Voters went to the polls", "on Monday", "2024-03-18", "occurrence"),
        ("Polls close", "at 9.30pm", "2024-03-20", "occurrence"),
    ]


def test_a_bulletin_story_told_apart_has_its_own_lead() -> None:
    # a paragraph naming none of what came before and led by an earlier day opens a story
    # of its own: its Sunday is no background to the bulletin's Tuesday; an unrelated
    # paragraph after it goes back to the bulletin's lead
    text = ("Twin car bombs killed nine people in Benghazi, Libya, on Tuesday.\n"
            "Police sealed off the area near the mosque.\n"
            "The State Department says Americans were hurt in a Taliban attack on a hotel "
            "in Kabul over the weekend.\n"
            "Afghan forces ended the siege of the hotel on Sunday.\n"
            "Six gunmen were killed by the soldiers.\n"
            "CIA Director Mike Pompeo says North Korea is a threat.\n"
            "He spoke in Washington at a conference.")
    dated = {title: day for title, _, day, _ in rows(text)}
    assert (dated["Police sealed off the area near the mosque"],
            dated["Six gunmen were killed by the soldiers"],
            dated["He spoke in Washington at a conference"]) == (
        "2024-03-19", "2024-03-17", "2024-03-19")


def test_a_paragraph_naming_only_the_first_story_goes_back_to_its_lead() -> None:
    # the minister's ceremony yesterday is a story told apart; a later paragraph that names
    # the town of the first story and nothing of the ceremony's goes back to the landing's
    # morning, whatever background came between; one naming the minister stays with her
    text = ("A passenger jet landed at Fljotsvik Airport in Iceland's Westfjords this "
            "morning.\n\nAbout 300 people watched the landing from the car park.\n\n"
            "Transport Minister Ragnheidur Jonsdottir opened the runway at a ceremony "
            "yesterday, cutting a ribbon.\n\nWork on the extension began in May 2015.\n\n")
    mayor = "Fljotsvik's mayor, Gunnar Thorsson, said the town had waited thirty years."
    assert [r for r in rows(text + mayor) if "Thorsson" in r[0]] == [(
        "Fljotsvik's mayor, Gunnar Thorsson, said the town had waited thirty years",
        "this morning", "2024-03-20", "statement")]
    deputy = mayor.replace("Fljotsvik's mayor", "Jonsdottir's deputy")
    assert [r for r in rows(text + deputy) if "Thorsson" in r[0]] == [(
        "Jonsdottir's deputy, Gunnar Thorsson, said the town had waited thirty years",
        "yesterday", "2024-03-19", "statement")]


def test_each_wire_dateline_opens_a_story_with_its_own_lead() -> None:
    text = ("BENGHAZI, Libya (Reuters) - Two car bombs exploded on Tuesday.\n"
            "Police sealed off the area near the mosque.\n"
            "KABUL (Reuters) - Gunmen attacked a hotel on Sunday.\n"
            "Six gunmen were killed by the soldiers.")
    assert rows(text)[1] == ("Six gunmen were killed by the soldiers", "on Sunday",
                             "2024-03-17", "status")


def test_new_names_without_an_earlier_lead_of_their_own_stay_in_the_story() -> None:
    # the Saturday comes later in a paragraph on the same match: background still
    text = ("Castleford beat Eastleigh 3-2 at Wembley on Sunday.\n"
            "Substitute Kyle Boateng headed the winner in extra time.\n"
            "Captain Lee Dunn lifted the trophy, a day after Eastleigh's women won on "
            "Saturday.\nEastleigh boss Phil Grant said his side had nothing left.")
    assert ("Eastleigh boss Phil Grant said his side had nothing left", "on Sunday",
            "2024-03-17", "statement") in rows(text)


def test_a_sayings_time_dates_later_words_not_later_happenings() -> None:
    # the office spoke on Tuesday about Monday's vote: what the story goes on to narrate
    # happened at the vote, what it goes on to quote was said on Tuesday; the spoilt
    # ballots it reports are the vote's, a happening of their own
    text = ("Voters in the town elected a new mayor on Monday. The electoral office said "
            "early on Tuesday that turnout had reached 61 per cent. The outgoing mayor "
            "lost by 40 votes. The office added that 12 ballots were spoiled.")
    assert [(title, day) for title, _, day, _ in rows(text)] == [
        ("Voters in the town elected a new mayor", "2024-03-18"),
        ("Turnout had reached 61 per cent", "2024-03-18"),
        ("The outgoing mayor lost by 40 votes", "2024-03-18"),
        ("12 ballots were spoiled", "2024-03-18"),
        ("The electoral office said that turnout had reached 61 per cent", "2024-03-19"),
        ("The office added that 12 ballots were spoiled", "2024-03-19"),
    ]


def test_a_sayings_time_is_no_lead_and_leaves_earlier_happenings_in_the_story() -> None:
    # the lead's happening has no day of its own ('over the weekend'): Saturday is no
    # background to a Sunday that only dates the company's words
    text = ("Rescuers pulled 14 miners out of a flooded pit over the weekend, the company "
            "said on Sunday evening. The last of them was brought up on Saturday. He "
            "walked out unaided.")
    assert [r for r in rows(text) if r[0] == "He walked out unaided"] == [
        ("He walked out unaided", "on Saturday", "2024-03-16", "occurrence")]


def test_a_past_perfect_a_dated_saying_reports_is_at_the_storys_earlier_time() -> None:
    # the turnout was reached at Monday's vote; Tuesday dates only the office's words
    text = ("Voters in the town elected a new mayor on Monday. The electoral office said "
            "early on Tuesday that turnout had reached 61 per cent, the highest since 1990.")
    assert [r for r in rows(text) if r[0].startswith("Turnout")] == [
        ("Turnout had reached 61 per cent", "on Monday", "2024-03-18", "occurrence")]


def test_a_past_perfect_reported_with_no_earlier_story_time_gets_no_row() -> None:
    text = "The electoral office said on Monday that turnout had reached 61 per cent."
    assert [r[0] for r in rows(text)] == [
        "The electoral office said that turnout had reached 61 per cent"]


def test_a_reported_past_perfect_goes_to_the_lead_when_the_story_has_reached_the_saying() -> None:
    # the divers' Tuesday is the story's time by the engineer's evening words; the
    # impact they report is the lead's, late on Monday
    text = ("A barge struck a pier of the Danube bridge late on Monday.\n"
            "Divers spent Tuesday examining the pier.\n"
            "An engineer told reporters in the evening that the impact had cracked the stone "
            "facing of the pier.")
    assert [r for r in rows(text) if r[0].startswith("The impact")] == [
        ("The impact had cracked the stone facing of the pier", "late on Monday",
         "2024-03-18", "occurrence")]
    state = text.replace("the impact had cracked the stone facing of the pier",
                         "the barge had no pilot on board")
    assert not [r for r in rows(state) if r[1] == "late on Monday" and "pilot" in r[0]]


def test_a_time_in_a_past_perfect_that_clause_leaves_the_past_main_verb_undated() -> None:
    # the permit was issued in February 2013; the judge ruled at the story's time
    text = ("A judge halted work on the tower on Tuesday.\n"
            "Judge Laura Quiroz Salinas ruled that the borough had issued the building permit "
            "in February 2013 without a water study.")
    assert [(time, day) for title, time, day, _ in rows(text)
            if title.startswith("Judge Laura")] == [
        ("in February 2013", "2013-02-01"), ("on Tuesday", "2024-03-19")]
    # a past perfect main verb ('had ruled that ...') is itself before: no row of its own
    earlier = text.replace("Salinas ruled", "Salinas had ruled")
    assert [time for title, time, _, _ in rows(earlier)
            if title.startswith("Judge Laura")] == ["in February 2013"]


def test_words_take_the_last_sayings_time_not_a_later_happenings() -> None:
    # the chief spoke on Tuesday evening; the crews leaving later dates no later words
    text = ("Firefighters fought a blaze at a factory on Tuesday. The fire chief said on "
            "Tuesday evening that the roof had collapsed. Crews left the site at 11pm. "
            "\"It was a hard day,\" the chief said.")
    assert [r for r in rows(text) if "It was a hard day" in r[0]] == [
        ("The chief: It was a hard day", "on Tuesday evening", "2024-03-19",
         "statement")]


def test_a_part_of_the_publication_day_moves_story_time_when_the_day_has_no_clock() -> None:
    # published on a day without a time of day: that day's afternoon is no later than
    # publication, so it is the story's time like any past time of the last week
    text = ("Dairy farmers marched through Dublin on Wednesday afternoon. They blocked the "
            "main bridge outside the parliament building.")
    df = extract_many([article_from_text(text, "2024-03-20", "Europe/Dublin")], inferred=True)
    row = df[df["title"].str.startswith("They blocked")].iloc[0]
    assert (row["time_text"], str(row["start"]), str(row["end"])) == (
        "on Wednesday afternoon", "2024-03-20 12:00:00+00:00", "2024-03-20 18:00:00+00:00")


def test_a_past_saying_of_backshifted_words_goes_on_the_statement_the_story_dated() -> None:
    # the second 'said' continues Tuesday afternoon's briefing, not publication's words
    text = ("Chief executive Ana Ruiz told analysts on Tuesday afternoon that orders were "
            "strong. She said the company expected to hire 200 workers in April.")
    assert rows(text)[1] == ("Ruiz said the company expected to hire 200 workers in April",
                             "on Tuesday afternoon", "2024-03-19", "statement")
    # words in the present hold now: the saying stays at publication
    text = text.replace("expected to hire", "is hiring")
    # (and the present's April is the coming one, not the last, whatever 'said' tells)
    assert rows(text)[-2:] == [
        ("Ruiz said the company is hiring 200 workers in April", "", "2024-03-20", "statement"),
        ("The company is hiring 200 workers", "in April", "2024-04-01", "status")]
    # a past saying after a happening's time goes on it too: the story's occasion
    text = ("Police arrested two men on Tuesday afternoon. A spokesman said the men would "
            "appear in court in April.")
    assert rows(text)[1] == ("A spokesman said the men would appear in court in April",
                             "on Tuesday afternoon", "2024-03-19", "statement")
    # a statement paragraphs back is another occasion: publication, as before
    text = ("Chief executive Ana Ruiz told analysts on Tuesday afternoon that orders were "
            "strong.\nThe company makes pumps.\nIt employs 900 people.\nThe union said the "
            "plant had lost 40 jobs in January.")
    assert rows(text)[-1] == ("The union said the plant had lost 40 jobs in January", "",
                              "2024-03-20", "statement")


def test_a_headline_that_tells_a_plan_takes_the_time_the_lead_gives_the_plan() -> None:
    lead = ("Harlow Steel said on Tuesday that it would close its mill in Sheffield in June, "
            "with the loss of 400 jobs.")
    assert rows("Harlow Steel to shut Sheffield mill\n\n" + lead)[1] == (
        "Harlow Steel to shut Sheffield mill", "in June", "2024-06-01", "plan")
    # a headline in the present tells the lead's happening: Tuesday's announcement
    assert rows("Harlow Steel shuts Sheffield mill\n\n" + lead)[0][1:3] == (
        "on Tuesday", "2024-03-19")
    # a plural subject's present verb before 'to' (news-dating-16, news10-local-library-
    # closure-vote): the vow is the lead's news, not the closure ahead
    text = ("Library campaigners vow to fight on after council vote\n\nCampaigners have "
            "vowed to take their fight to the High Court after councillors voted on Monday "
            "night to close the library next spring.")
    assert ("Library campaigners vow to fight on after council vote", "on Monday night",
            "2024-03-18", "occurrence") in rows(text)
    # unless that verb tells a plan itself: 'set to', 'due to'
    lead = "Most councils will raise council tax in April, figures published on Tuesday show."
    assert ("Councils set to raise council tax", "in April", "2024-04-01",
            "plan") in rows("Councils set to raise council tax\n\n" + lead)


def test_a_future_sentence_goes_on_the_plan_told_just_before_it() -> None:
    # the job losses come with the closure in June; an expectation holds now
    text = ("Harlow Steel said on Tuesday that it would close its Sheffield mill in June. "
            "About 400 workers will lose their jobs. The closure is expected to save the "
            "company £40 million a year.")
    found = rows(text)
    assert ("About 400 workers will lose their jobs", "in June", "2024-06-01",
            "plan") in found
    assert ("The closure is expected to save the company £40 million a year", "",
            "2024-03-20", "status") in found
    # a time that only names a noun ('the 11 p.m. alarm') is no plan ahead to go on at
    # (news-dating-16, news14-feature-night-radio-host)
    found = rows("She lists the things she will not miss: the 11 p.m. alarm, the tram home "
                 "in the rain. Then she lists the callers she will miss.")
    assert ("Then she lists the callers she will miss", "", "2024-03-20", "plan") in found
    # no plan before it: a future sentence stands at publication
    assert rows("About 400 workers will lose their jobs.") == [
        ("About 400 workers will lose their jobs", "", "2024-03-20", "plan")]


def test_a_headline_whose_verb_the_lead_repeats_is_the_leads_happening_after_after() -> None:
    # 'resigns after' is no follow-up when the lead tells the resignation: Monday's
    text = ("Lister Bank chairman resigns after pay revolt\n\nThe chairman of Lister Bank "
            "resigned on Monday after shareholders voted against his pay.")
    assert rows(text)[0][:3] == ("Lister Bank chairman resigns after pay revolt",
                                 "on Monday", "2024-03-18")


def test_a_clock_time_of_a_happening_named_again_is_on_its_day() -> None:
    # the explosion was told on Monday afternoon; the story moved on to Wednesday, but
    # 'The explosion happened at about 2:15 p.m.' is Monday's 2:15 p.m.
    text = ("A gas main exploded under a street in Leeds on Monday afternoon. Crews "
            "repaired the pipe early on Wednesday. The explosion happened at about "
            "2:15 p.m. near a school.")
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    assert [(r.time_text, str(r.start), str(r.end)) for r in df.itertuples()] == [
        ("on Monday afternoon", "2024-03-18 12:00:00+00:00", "2024-03-18 18:00:00+00:00"),
        ("at about 2:15 p.m.", "2024-03-18 14:15:00+00:00", "2024-03-18 14:16:00+00:00"),
        ("early on Wednesday", "2024-03-20 00:00:00+00:00", "2024-03-21 00:00:00+00:00"),
    ]


def test_a_named_speakers_saying_goes_back_to_when_they_last_spoke() -> None:
    text = ("Chief executive Olga Brandt told analysts on Monday that the company expected "
            "losses to continue into 2025.\n"
            "\"This year is the hardest since the 1990s,\" Brandt said.\n"
            "The miners' union said on Tuesday that it would strike in May.\n"
            "Brandt said the strike would cut output in the second quarter.")
    found = rows(text)
    # the quote's saying was publication's (its words are present), the last saying the
    # union's Tuesday: both are Brandt's words of Monday
    assert ("Brandt: This year is the hardest since the 1990s", "on Monday",
            "2024-03-18", "statement") in found
    assert ("Brandt said the strike would cut output in the second quarter", "on Monday",
            "2024-03-18", "statement") in found
    # a speaker not named before keeps the story's saying time
    assert ("The miners' union said that it would strike in May", "on Tuesday",
            "2024-03-19", "statement") in found


def test_a_main_clause_before_a_bare_cut_gets_its_row_but_not_one_before_a_dash() -> None:
    # 'because' cuts without a comma: the closing is Monday's, 1962 dates the building
    text = ("The mayor opened the new bridge on Monday.\n"
            "The city closed the old ferry route because its boats had been built in 1962.")
    assert rows(text) == [
        ("Because its boats had been built", "in 1962", "1962-01-01", "occurrence"),
        ("The mayor opened the new bridge", "on Monday", "2024-03-18", "occurrence"),
        ("The city closed the old ferry route", "on Monday", "2024-03-18", "occurrence"),
    ]
    # a time between dashes dates the clause around them: no row of its own
    text = text.replace("because its boats had been built in 1962.",
                        "- its boats had been built in 1962 - and sold them.")
    assert [r[0] for r in rows(text)] == ["Its boats had been built",
                                          "The mayor opened the new bridge"]


def test_a_future_clause_joined_by_and_keeps_its_time_to_itself() -> None:
    # 'today' dates the move up the rankings, not the prize money of Sunday's final
    text = ("Ana Halvorsen won the regional chess final on Sunday.\n"
            "Halvorsen collected 5,000 euros for the title and will move up to 12th place "
            "when the new rankings appear today.")
    assert rows(text)[1:] == [
        ("Halvorsen collected 5,000 euros for the title", "on Sunday", "2024-03-17",
         "occurrence"),
        ("Halvorsen will move up to 12th place when the new rankings appear today",
         "today", "2024-03-20", "plan"),
    ]
    text = ("Police arrested a man on Monday.\n"
            "He was charged with theft and would appear in court on Friday.")
    assert rows(text)[1:] == [
        ("He was charged with theft", "on Monday", "2024-03-18", "status"),
        ("He would appear in court", "on Friday", "2024-03-22", "plan"),
    ]


def test_an_apology_is_a_saying_dated_with_the_statement_not_the_background() -> None:
    # Monday's update is background to Tuesday's statement; the apology is words, Tuesday's
    text = ("Acme Bank said on Tuesday that a computer fault had frozen 40,000 customer "
            "accounts.\nEngineers traced the fault to a software update installed on Monday.\n"
            "Chief executive Jo Marsh apologised to customers in a video message.")
    assert rows(text)[-1] == ("Chief executive Jo Marsh apologised to customers in a video "
                              "message", "on Tuesday", "2024-03-19", "statement")


def test_a_saying_after_the_times_it_reports_goes_on_the_dated_statement() -> None:
    # 1987 lies before Tuesday's statement: the company said it then, not at publication
    text = ("Brixton Water said on Tuesday that a burst main had cut supplies to 9,000 homes.\n"
            "The pipe was last replaced in 1987, the company said.")
    assert ("The pipe was last replaced in 1987, the company said", "on Tuesday",
            "2024-03-19", "statement") in rows(text)
    # a day of the story's week is news the saying reacts to: at publication, as before
    text = ("Brixton Water said on Monday that a burst main had cut supplies to 9,000 homes.\n"
            "Repairs were finished on Tuesday, the company said.")
    assert ("Repairs were finished on Tuesday, the company said", "", "2024-03-20",
            "statement") in rows(text)


def test_premarket_trading_without_a_day_is_the_publication_days_session() -> None:
    # Monday's story, but the premarket session with no day runs as the copy is filed
    text = ("Corvane Systems raised its bid for the chip designer Arlo late on Monday. "
            "Arlo shares jumped 12 percent in premarket trading.")
    assert rows(text)[-1] == ("Arlo shares jumped 12 percent in premarket trading", "",
                              "2024-03-20", "occurrence")


def test_a_past_relative_clause_of_a_dated_speaker_is_the_storys_not_the_sayings() -> None:
    # Ruiz voted with the council on Monday night; she spoke on Tuesday
    text = ("The city council voted 7-4 on Monday night to approve the new stadium.\n"
            "Councillor Ana Ruiz, who voted against the plan, said on Tuesday that residents "
            "would appeal.")
    assert ("Councillor Ana Ruiz, who voted against the plan", "on Monday night",
            "2024-03-18", "occurrence") in rows(text)
    # a relative clause with a time of its own dates itself: no second row
    text = text.replace("who voted against the plan", "who joined the council in 2019")
    assert [r[1] for r in rows(text)].count("on Monday night") == 1
    # nor does a negated one, which tells nothing the speaker did
    text = text.replace("who joined the council in 2019", "who was not at the meeting")
    assert [r[1] for r in rows(text)].count("on Monday night") == 1


def test_a_saying_after_a_dated_happening_takes_its_time() -> None:
    # the mayor spoke after Monday night's vote, not at publication
    text = ("The city council voted on Monday night to close the Elm Street library.\n"
            "\"The library will close in June,\" Mayor Tom Reyes said after the vote.")
    assert ("Reyes: The library will close in June",
            "on Monday night", "2024-03-18", "statement") in rows(text)


def test_a_headline_takes_the_shortest_time_of_the_leads_retelling() -> None:
    # the reporting was Tuesday; the quarter dates the loss
    text = ("Brightwater Foods reports fourth-quarter loss\n\n"
            "Brightwater Foods reported a net loss of $40 million for the fourth quarter on "
            "Tuesday.")
    assert ("Brightwater Foods reports fourth-quarter loss", "on Tuesday", "2024-03-19",
            "occurrence") in rows(text)


def test_a_time_counted_from_the_story_does_not_lead_it() -> None:
    # 'that day' has no story to count from; Monday's close leads, and the past sentence
    # after it is Monday's
    text = (
        "Dealers say program trading makes their work harder.\n"
        "On days when prices tumble, they can lose heavily on trades made that day.\n"
        "The index fell 1.2% to 452.76 on Monday.\n"
        "The financial index lost about 1%."
    )
    got = [row for row in rows(text) if row[0] == "The financial index lost about 1%"]
    assert got == [("The financial index lost about 1%", "on Monday", "2024-03-18", "occurrence")]


def test_a_speakers_undated_quote_right_after_their_dated_saying_takes_its_time() -> None:
    text = (
        "Firefighters put out a blaze at a Leeds warehouse on Tuesday morning.\n\n"
        "Fire chief Ian Marsh said on Monday that the building had failed two inspections. "
        '"Nobody should have been working there," he said.'
    )
    assert rows(text) == [
        ("Fire chief Ian Marsh said that the building had failed two inspections", "on Monday",
         "2024-03-18", "statement"),
        ("Marsh: Nobody should have been working there", "on Monday", "2024-03-18",
         "statement"),
        ("Firefighters put out a blaze at a Leeds warehouse", "on Tuesday morning",
         "2024-03-19", "occurrence"),
    ]


def test_a_speakers_undated_quote_paragraphs_later_keeps_the_story_time() -> None:
    text = (
        "Firefighters put out a blaze at a Leeds warehouse on Tuesday morning.\n\n"
        "Fire chief Ian Marsh said on Monday that the building had failed two inspections.\n\n"
        "The owners have not commented.\n\n"
        '"Nobody should have been working there," he said.'
    )
    assert ("Marsh: Nobody should have been working there", "on Tuesday morning",
            "2024-03-19", "statement") in rows(text)


def test_a_reported_passive_past_perfect_gets_a_row_at_the_leads_time() -> None:
    text = (
        "A storm hit the coast of Cornwall on Monday night.\n"
        "Rescue teams reached the village of Porthleven on Tuesday morning.\n"
        "The council said 40 homes had been flooded."
    )
    assert rows(text) == [
        ("A storm hit the coast of Cornwall", "on Monday night", "2024-03-18", "occurrence"),
        ("40 homes had been flooded", "on Monday night", "2024-03-18", "occurrence"),
        ("Rescue teams reached the village of Porthleven", "on Tuesday morning", "2024-03-19",
         "occurrence"),
        ("The council said 40 homes had been flooded", "on Tuesday morning", "2024-03-19",
         "statement"),
    ]


def test_a_reported_past_perfect_progressive_gets_no_row_of_its_own() -> None:
    text = (
        "A lorry crashed into a bridge near Leeds on Monday night.\n"
        "Rescue teams reached the site on Tuesday morning.\n"
        "Witnesses said the lorry had been speeding for miles."
    )
    assert [r[0] for r in rows(text)] == [
        "A lorry crashed into a bridge near Leeds",
        "Rescue teams reached the site",
        "Witnesses said the lorry had been speeding for miles",
    ]


def test_a_present_clause_whose_subject_has_a_past_participle_aside_stays_at_story_time() -> None:
    # the aside tells the story's happening; 'to' and a verb tells no past
    text = ("Pacifica Airways ordered 40 regional jets on Monday at the Farnborough "
            "airshow.\n"
            "The order, announced at a news conference at the show, includes options for "
            "20 more aircraft.\n"
            "The airline, to be renamed Pacifica Air, has 30 jets.")
    assert [r[1:] for r in rows(text)] == [
        ("on Monday", "2024-03-18", "occurrence"),
        ("on Monday", "2024-03-18", "occurrence"),
        ("", "2024-03-20", "occurrence"),
    ]
    assert rows(text)[1][0].startswith("The order, announced at a news conference")


def test_a_present_clause_whose_participle_aside_has_its_own_time_stays_at_publication() -> None:
    # the aside tells another happening, dated in its own row; the reform's effect is now
    text = ("Tens of thousands of people marched through Lisbon on Saturday against the "
            "pension reform.\n"
            "The reform, approved by the cabinet last month, raises the retirement age from "
            "66 to 68.")
    assert rows(text) == [
        ("The reform approved by the cabinet last month", "last month", "2024-02-01",
         "occurrence"),
        ("Tens of thousands of people marched through Lisbon against the pension reform",
         "on Saturday", "2024-03-16", "occurrence"),
        ("The reform raises the retirement age from 66 to 68", "", "2024-03-20", "occurrence"),
    ]


def test_a_saying_without_a_time_after_a_dated_happening_takes_its_time() -> None:
    # the union leader spoke after Monday's ceremony, not on Tuesday the story moved on to
    text = ("Kovo Motors opened its new car plant in Trencin at a ceremony on Monday.\n"
            "The first cars left the line on Tuesday.\n"
            "Union leader Marek Hudec told reporters after the ceremony that wages were a fifth "
            "below those at older plants.")
    assert rows(text)[1] == (
        "Union leader Marek Hudec told reporters after the ceremony that wages were a\u2026",
        "on Monday", "2024-03-18", "statement")


def test_a_headline_takes_the_leads_main_time_not_one_in_its_subjects_relative_clause() -> None:
    text = ("Climbers found alive on Himalayan peak after three nights in the open\n\n"
            "A Slovenian climber and his guide who went missing near the summit of Dhaulagiri "
            "on Saturday were rescued by helicopter on Monday afternoon, officials said on "
            "Tuesday.")
    assert rows(text)[1] == ("Climbers found alive on Himalayan peak after three nights in "
                             "the open", "on Monday afternoon", "2024-03-18", "occurrence")


def test_a_paragraph_opening_on_a_happening_told_goes_on_with_its_story() -> None:
    # 'The visit' is the lead's: Dakar and Senegal open no story of their own, so Thursday
    # is background and the minister ended Tuesday, the lead's day; 'is part of' is the
    # visit's state at publication, which the tour's past Thursday does not date
    text = ("Brazil and Kenya sign farming deals\n\n"
            "Brazil's foreign minister, Lucia Andrade, signed three agreements with Kenya on "
            "Tuesday on the first visit to Nairobi by a Brazilian foreign minister.\n\n"
            "The visit is part of a 10-day tour that began in Dakar, Senegal, on Thursday.\n\n"
            "Andrade ended the day at a dairy project in Kiambu County.")
    assert rows(text)[-2:] == [
        ("Andrade ended the day at a dairy project in Kiambu County", "on Tuesday",
         "2024-03-19", "occurrence"),
        ("The visit is part of a 10-day tour that began in Dakar, Senegal, on Thursday", "",
         "2024-03-20", "status"),
    ]
    assert next(r for r in rows(text) if r[0].startswith("Andrade ended")) == (
        "Andrade ended the day at a dairy project in Kiambu County", "on Tuesday",
        "2024-03-19", "occurrence")


def test_a_short_regular_past_tells_the_past_and_stays_at_story_time() -> None:
    # 'died', 'used': a regular past of four letters is past narration like any other
    text = ("A bus plunged into a ravine in the Andes on Monday.\n"
            "Its driver died at the scene.\n"
            "Rescuers used ropes to reach the survivors.")
    assert [r[:3] for r in rows(text)] == [
        ("A bus plunged into a ravine in the Andes", "on Monday", "2024-03-18"),
        ("Its driver died at the scene", "on Monday", "2024-03-18"),
        ("Rescuers used ropes to reach the survivors", "on Monday", "2024-03-18"),
    ]


def test_a_quotations_past_sentences_go_on_at_the_time_it_gave() -> None:
    # the quote's 'Yesterday' is its speaker's; its next sentence goes on at it, and the
    # narration after the quote goes back to the story time
    text = ("Two climbers were rescued from Dhaulagiri on Monday afternoon.\n"
            "\"Yesterday the wind gave us maybe 20 minutes of calm. We used every one of "
            "them.\"\n"
            "The pilot spoke to reporters in Kathmandu.")
    assert [r[:3] for r in rows(text)] == [
        ("Two climbers were rescued from Dhaulagiri", "on Monday afternoon", "2024-03-18"),
        ("The pilot spoke to reporters in Kathmandu", "on Monday afternoon", "2024-03-18"),
        ("The wind gave us maybe 20 minutes of calm", "Yesterday", "2024-03-19"),
        ("We used every one of them", "Yesterday", "2024-03-19"),
    ]


def test_a_speakers_next_quotation_goes_on_at_the_past_time_of_the_last_not_one_ahead(
) -> None:
    # news-dating-6: 'on Monday' is what the speaker expected; the quotation after the
    # attribution recounts last night, not the news conference's day
    text = ("The union and the ministry reached a pay deal on Tuesday night.\n"
            "\"At ten o'clock last night I thought we would be on strike again on Monday,\" "
            "union president Karen Whaanga told a news conference today.\n"
            "\"Then the ministry moved on class sizes, and that made the difference.\"\n"
            "The ministry moved on class sizes.")
    assert [r[:3] for r in rows(text) if r[0].startswith("The ministry moved")] == [
        ("The ministry moved on class sizes", "on Tuesday night", "2024-03-19"),
        ("The ministry moved on class sizes", "At ten o'clock last night", "2024-03-19"),
    ]
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    quoted = df[df["title"] == "The ministry moved on class sizes"].sort_values("start")
    assert [(str(r.start), str(r.end)) for r in quoted.itertuples()] == [
        ("2024-03-19 18:00:00+00:00", "2024-03-20 00:00:00+00:00"),
        ("2024-03-19 22:00:00+00:00", "2024-03-19 22:01:00+00:00"),
    ]


def test_earlier_in_the_night_ends_at_the_clock_of_the_story() -> None:
    text = ("Firefighters were called to the warehouse at 11pm on Monday. Earlier in the "
            "night, a man was seen near the building.")
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    row = df[df["time_text"] == "Earlier in the night"].iloc[0]
    assert (str(row["start"]), str(row["end"])) == (
        "2024-03-18 18:00:00+00:00", "2024-03-18 23:00:00+00:00")


def test_an_ambiguous_past_after_a_singular_subject_tells_the_past() -> None:
    # 'shut', 'hit' are spelt as their present: a singular subject without -s and an object
    # or particle after them make them past narration, at the story time
    text = ("A rocket carrying a weather satellite failed shortly after launch on Monday.\n"
            "Its second stage shut down early, about four minutes into the flight.\n"
            "The company plans to cut 300 jobs at the launch site.")
    assert [r[:3] for r in rows(text)] == [
        ("A rocket carrying a weather satellite failed shortly after launch", "on Monday",
         "2024-03-18"),
        ("Its second stage shut down early, about four minutes into the flight", "on Monday",
         "2024-03-18"),
        ("The company plans to cut 300 jobs at the launch site", "", "2024-03-20"),
    ]


def test_a_headline_cause_the_lead_names_again_gets_a_row_at_its_earlier_day() -> None:
    # 'over ... robbery', 'after theft': the headline's news (the court appearance, the
    # arrests) follows the happening it names, which the lead dates before its news
    text = ("Man in court over petrol station robbery\n"
            "A 23-year-old man appeared in Leeds Magistrates Court this morning charged with "
            "robbery after a petrol station in Headingley was held up at knifepoint on "
            "Saturday night.\n"
            "He was remanded in custody.")
    assert [r for r in rows(text) if r[0].startswith(("Petrol", "Man in court"))] == [
        ("Petrol station robbery", "on Saturday night", "2024-03-16", "occurrence"),
        ("Man in court over petrol station robbery", "this morning", "2024-03-20", "occurrence"),
    ]
    text = ("Two held after theft of paintings from Lyon museum\n"
            "French police detained two men on Monday morning over the theft of three "
            "paintings from a Lyon museum, a day after thieves broke in through a window.\n"
            "Museum staff raised the alarm.")
    assert [r for r in rows(text) if "Lyon museum" in r[0]] == [
        ("Theft of paintings from Lyon museum", "a day after", "2024-03-17", "occurrence"),
        ("Two held after theft of paintings from Lyon museum", "on Monday morning",
         "2024-03-18", "occurrence"),
    ]


def test_a_headline_after_a_stretch_of_time_gets_no_cause_row() -> None:
    # 'after eight days' names no happening: the headline keeps its one row (the lead's
    # news, whose first sentence has 'after' too)
    text = ("Metro strike ends after eight days\n"
            "Busan metro workers returned to work on Thursday, eight days after they walked "
            "out on Wednesday last week.\n"
            "Trains ran normally.")
    assert [r for r in rows(text) if r[0].startswith(("Metro strike", "Eight days"))] == [
        ("Metro strike ends after eight days", "on Thursday", "2024-03-14", "occurrence")]


def test_reported_past_of_the_leads_subject_gets_a_row_at_the_leads_time() -> None:
    # 'Witnesses said the bridge shook': the bridge the lead dates, in the simple past,
    # tells the lead's happening; 'the loss was smaller' (a form of 'be') tells no happening
    text = ("At least nine people were killed when a road bridge over the Agno River "
            "collapsed at about 6 p.m. on Monday.\n"
            "Divers recovered six bodies this morning, police said.\n"
            "Witnesses said the bridge shook for several seconds before it fell.\n"
            "Analysts said the loss was smaller than expected.")
    assert [r[:3] for r in rows(text) if "bridge shook" in r[0] or "loss" in r[0]] == [
        ("The bridge shook for several seconds before it fell", "at about 6 p.m. on Monday",
         "2024-03-18"),
        ("Witnesses said the bridge shook for several seconds before it fell", "this morning",
         "2024-03-20"),
        ("Analysts said the loss was smaller than expected", "this morning", "2024-03-20"),
    ]


def test_a_past_happening_before_the_first_story_time_takes_it_from_its_paragraph() -> None:
    # the lead may tell its time a sentence later: the happening before it goes on at it,
    # not at publication; a saying there keeps publication (a wire's undated 'the company
    # said' is the day's)
    text = ("The bomb outside the embassy in Dar es Salaam was so powerful that it shook "
            "furniture in homes a mile away.\n"
            "It killed nine people on Monday, police said.")
    assert [r[1:] for r in rows(text)] == [
        ("on Monday", "2024-03-18", "status"),
        ("on Monday", "2024-03-18", "statement"),
        ("", "2024-03-20", "statement"),
    ]
    text = ("The board is not aware of any takeover attempt, the company said.\n"
            "Its shares closed unchanged on Monday.")
    assert [r[1:3] for r in rows(text)] == [("on Monday", "2024-03-18"), ("", "2024-03-20")]


def test_a_headline_whose_after_the_lead_repeats_tells_the_leads_news() -> None:
    # the lead has 'after' too: the headline retells its news (Monday) and its cause
    # (Saturday night); a lead without it leaves 'appeal ... after' a later happening
    text = ("Coffee prices soar after frost in Brazil\n"
            "Arabica coffee futures rose 9.6 percent in New York on Monday, after frost hit "
            "coffee farms in Minas Gerais on Saturday night.\n"
            "Prices have risen 31 percent this month.")
    assert [r for r in rows(text) if r[0].endswith(("Brazil", "in Brazil"))] == [
        ("Frost in Brazil", "on Saturday night", "2024-03-16", "occurrence"),
        ("Coffee prices soar after frost in Brazil", "on Monday", "2024-03-18", "occurrence"),
    ]
    text = ("Police appeal for witnesses after Leeds stabbing\n"
            "A man was stabbed in Leeds city centre on Saturday night.\n"
            "He is in a stable condition.")
    assert rows(text)[1] == ("Police appeal for witnesses after Leeds stabbing", "",
                             "2024-03-20", "occurrence")


def test_a_figure_move_right_after_todays_session_goes_on_in_it() -> None:
    # 'Halden shares slipped 2 percent' right after the premarket session: today's, not
    # the story's Tuesday; the past perfect after it goes back within the story
    text = ("Halden Software agreed late on Tuesday to buy rival Tallis for $4.2 billion.\n"
            "Tallis shares jumped 41 percent in premarket trading.\n"
            "Halden shares slipped 2 percent.\n"
            "Halden had rejected an earlier approach.")
    assert [r[:3] for r in rows(text)] == [
        ("Halden Software agreed to buy rival Tallis for $4.2 billion", "late on Tuesday",
         "2024-03-19"),
        ("Halden had rejected an earlier approach", "late on Tuesday", "2024-03-19"),
        ("Tallis shares jumped 41 percent in premarket trading", "", "2024-03-20"),
        ("Halden shares slipped 2 percent", "", "2024-03-20"),
    ]


def test_a_past_happening_does_not_stand_at_a_now_told_before_it() -> None:
    # 'now' tells a present state: the market report's next move is Friday's
    text = ("Shares of Lin Broadcasting rose 5 to 112 on Friday in over-the-counter trading.\n"
            "Lin now plans to pay a special dividend of 42 dollars a share.\n"
            "Intel eased 1/8 to 31 7/8.")
    assert [r[:3] for r in rows(text)] == [
        ("Shares of Lin Broadcasting rose 5 to 112 in over-the-counter trading", "on Friday",
         "2024-03-15"),
        ("Intel eased 1/8 to 31 7/8", "on Friday", "2024-03-15"),
        ("Lin plans to pay a special dividend of 42 dollars a share", "now", "2024-03-20"),
    ]


def test_words_a_dated_saying_reports_of_an_earlier_happening_take_its_time() -> None:
    # the deaths are the quake's of Monday night, which the lead dates; the aftershock
    # moved the story to Tuesday and the coordinator spoke on Tuesday (news-dating
    # news04-earthquake, shortened)
    text = ("A magnitude 6.3 earthquake struck southern Mexico late Monday, killing at "
            "least four people. The strongest aftershock rattled the region at 4:10 a.m. "
            "Tuesday. The civil protection coordinator said Tuesday that three people "
            "died when their homes collapsed and a fourth was killed by a falling wall.")
    assert [r[1:] for r in rows(text) if r[0].startswith("Three people died")] == [
        ("late Monday", "2024-03-18", "occurrence")]


def test_words_before_a_dated_saying_of_an_earlier_happening_take_its_time() -> None:
    # the arrests were Monday's raid; the police spoke of them on Tuesday
    text = ("Police raided a house in Leeds on Monday. Two men were arrested in the raid, "
            "a spokesman said on Tuesday.")
    assert [r for r in rows(text) if r[0].startswith("Two men")] == [
        ("Two men were arrested in the raid", "on Monday", "2024-03-18", "occurrence"),
        ("Two men were arrested in the raid, a spokesman said", "on Tuesday", "2024-03-19",
         "statement")]


def test_words_of_a_dated_saying_naming_a_happening_of_its_day_get_no_row() -> None:
    # the vote and the words are both Tuesday's: the saying's row dates them
    text = ("Union members voted on Tuesday to end the strike. The union said on Tuesday "
            "evening that the vote was close.")
    assert [r[0] for r in rows(text) if "close" in r[0]] == [
        "The union said that the vote was close"]


def test_a_sale_told_by_sold_is_the_happening_later_words_retell() -> None:
    # 'sold' names a sale: the dealers spoke today of last night's auction (news-dating-9
    # news13-porcelain-auction, shortened)
    text = ("A Ming porcelain vase sold for HK$218 million at an auction in Hong Kong last "
            "night, the auction house said today. Dealers said today the sale showed that "
            "demand from mainland China remains strong.")
    assert [r for r in rows(text) if "demand" in r[0]] == [
        ("The sale showed that demand from mainland China remains strong", "last night",
         "2024-03-19", "occurrence"),
        ("Dealers said the sale showed that demand from mainland China remains strong",
         "today", "2024-03-20", "statement")]


def test_words_of_a_saying_of_a_day_retell_a_happening_at_a_clock_time_of_it() -> None:
    # the statement is today's, the landing it speaks of 9:14 (news-dating-9
    # news12-astronauts-return, shortened)
    text = ("A Soyuz capsule carrying three astronauts landed in Kazakhstan at 9:14 a.m. today. "
            "The space agency said in a statement today that the landing was perfect.")
    assert [(r[0], r[1], r[3]) for r in rows(text) if "perfect" in r[0]] == [
        ("The space agency said in a statement that the landing was perfect", "today",
         "statement"),
        ("The landing was perfect", "at 9:14 a.m. today", "occurrence")]
    # a happening of the whole day the saying is dated by: the saying's row dates it
    text = ("Union members voted on Tuesday to end the strike. The union said on Tuesday "
            "that the vote was close.")
    assert [r[0] for r in rows(text) if "close" in r[0]] == [
        "The union said that the vote was close"]


def test_frost_and_a_death_are_happenings_words_of_a_later_saying_retell() -> None:
    # the frost of Sunday night did the damage the agency reported on Monday (news-dating-5
    # news14-coffee-prices); the death of Monday is the one the daughter spoke of on Tuesday
    frost = ("Coffee futures rose 9.6 percent on Tuesday after frost hit farms in Brazil on "
             "Sunday night. The crop agency said on Monday that the frost had damaged about "
             "12 percent of coffee trees.")
    assert [r[1:] for r in rows(frost) if r[0].startswith("The frost")] == [
        ("on Sunday night", "2024-03-17", "occurrence")]
    death = ("The pianist Sigurd Holm died on Monday at his home in Bergen. His daughter said "
             "on Tuesday that he died peacefully in his sleep.")
    assert [r[1:] for r in rows(death) if r[0].startswith("He died")] == [
        ("on Monday", "2024-03-18", "occurrence")]


def test_a_first_person_quote_before_a_saying_of_a_later_day_tells_the_storys_time() -> None:
    # the engineers' work was the orbit entry of Monday night; the manager spoke on
    # Tuesday morning (news-dating-4 news05-venus-orbit, shortened)
    text = ("The spacecraft entered orbit around Venus late Monday. Engineers cheered when "
            "its signal arrived at 11:58 p.m. Monday. \"Everything worked exactly as we "
            "planned,\" project manager Helen Okafor told a news conference on Tuesday "
            "morning.")
    assert [r[1:] for r in rows(text) if "Everything" in r[0]] == [
        ("at 11:58 p.m. Monday", "2024-03-18", "occurrence"),
        ("on Tuesday morning", "2024-03-19", "statement")]


def test_a_first_person_quote_said_before_the_leads_day_retells_the_happening_before_it(
) -> None:
    # the lead is today's arrival, the doctor spoke on Sunday: the quotation tells the
    # flight the paragraph before dated, not Sunday's call (news-dating-24
    # news01-hobart-antarctic-evacuee-arrives, shortened)
    text = ("An electrician injured at Davis station arrived in Hobart this morning.\n\n"
            "The ship reached the edge of the sea ice on the 3rd. The woman was flown out to "
            "it that afternoon.\n\n"
            "\"The weather gave us a window of about three hours and we used it,\" Ferris "
            "told Wikinews by satellite phone on Sunday.")
    assert [r[1:] for r in rows(text) if "weather" in r[0]] == [
        ("that afternoon", "2024-03-03", "occurrence"),
        ("on Sunday", "2024-03-17", "statement")]
    # the same of my own: a rescue on Thursday afternoon, the pilot speaking on Monday
    own = ("A climber who broke her leg on Mount Cook arrived in Christchurch this morning."
           "\n\nThe rescue helicopter reached her on Thursday afternoon.\n\n\"The cloud "
           "lifted for about twenty minutes and we went in,\" the pilot told reporters on "
           "Monday.")
    assert [r[1:] for r in rows(own) if "cloud lifted" in r[0]] == [
        ("on Thursday afternoon", "2024-03-14", "occurrence"),
        ("on Monday", "2024-03-18", "statement")]


def test_a_first_person_quote_said_later_the_same_day_tells_the_storys_clock() -> None:
    # the engineer speaks this afternoon of what the crew did at the leak's 7:10 a.m.
    text = ("Gas leak closes Harbour Road\n\n"
            "A gas main leaked under Harbour Road in Dunmore this morning.\n\n"
            "The leak began at 7:10 a.m., and the street was closed.\n\n"
            "\"We shut the valves and waited for the gas to clear,\" the engineer told "
            "reporters this afternoon.")
    df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
    quoted = df[df["title"].str.contains("shut the valves")]
    assert sorted((r.time_text, str(r.start), str(r.end), r.kind)
                  for r in quoted.itertuples()) == [
        ("at 7:10 a.m.", "2024-03-20 07:10:00+00:00", "2024-03-20 07:11:00+00:00",
         "occurrence"),
        ("this afternoon", "2024-03-20 12:00:00+00:00", "2024-03-20 18:00:00+00:00",
         "statement")]
    # the story's clock not before the saying's afternoon: the saying's row alone
    later = text.replace("at 7:10 a.m.", "at 1:10 p.m.")
    df = extract_many([article_from_text(later, DCT, "UTC")], inferred=True)
    quoted = df[df["title"].str.contains("shut the valves")]
    assert [(r.time_text, r.kind) for r in quoted.itertuples()] == [
        ("this afternoon", "statement")]

def test_a_quote_of_what_things_did_before_a_saying_of_a_later_day_tells_the_storys_time(
) -> None:
    # no first person, but things, not a person, did it: the skipper tells the gate's
    # burst of Sunday morning, not Monday's interview (news-dating-24
    # news04-ghent-canal-lock-gate-burst, shortened); a tornado of my own; not a state
    text = ("The upstream gate burst at 5:40 a.m. on Sunday. By 9 a.m. the level above the "
            "lock had fallen by more than two metres.\n\n\"The boat started to lean and the "
            "cups slid off the table,\" the skipper told Wikinews on Monday.")
    assert [r[1:] for r in rows(text) if "cups slid" in r[0]] == [
        ("By 9 a.m.", "2024-03-17", "occurrence"), ("on Monday", "2024-03-18", "statement")]
    own = ("A tornado tore through the town of Elkhart on Monday afternoon.\n\n\"The roof "
           "lifted off and the windows blew in,\" a shop owner told reporters on Tuesday.")
    assert [r[1:] for r in rows(own) if "roof" in r[0]] == [
        ("on Monday afternoon", "2024-03-18", "occurrence"),
        ("on Tuesday", "2024-03-19", "statement")]
    state = ("Share prices fell sharply on Monday. \"The plan was wrong from the start,\" an "
             "analyst said on Tuesday.")
    assert [r[1:] for r in rows(state) if "plan" in r[0]] == [
        ("on Tuesday", "2024-03-19", "statement")]


def test_a_quote_of_what_went_on_told_today_tells_the_storys_time() -> None:
    # whatever it opens on: a scene going on ('were screaming'), a clause of time ('When
    # the lamp lit the walls'); only the telling is today (news-dating-28 news07,
    # news-dating-9 news07, shortened); a tram of my own; not a state
    text = ("On Saturday the show began at 9 p.m. as usual. At about 9:04 p.m., a gas valve "
            "stuck open and embers fell onto a boat.\n\n\"People were screaming and jumping "
            "away from the rail,\" the boat's guide, Le Thi Mai, told Wikinews today.")
    assert [r[1:] for r in rows(text) if "screaming" in r[0]] == [
        ("At about 9:04 p.m.", "2024-03-16", "occurrence"), ("today", "2024-03-20", "statement")]
    lamp = ("The team entered the burial chamber on Thursday.\n\n\"When the lamp lit the "
            "walls, nobody spoke for a full minute,\" the director told Wikinews today.")
    assert [r[1:] for r in rows(lamp) if "lamp" in r[0]] == [
        ("on Thursday", "2024-03-14", "occurrence"), ("today", "2024-03-20", "statement")]
    own = ("A tram left the rails in central Leipzig on Monday evening. It hit a kiosk at "
           "about 7:50 p.m.\n\n\"When the wheels hit the points, the whole car jumped,\" a "
           "passenger told Wikinews today.")
    assert [r[1:] for r in rows(own) if "wheels" in r[0]] == [
        ("at about 7:50 p.m.", "2024-03-18", "occurrence"), ("today", "2024-03-20", "statement")]
    state = ("The city museum reopened on Monday.\n\n\"The old building was too small,\" the "
             "director told reporters today.")
    assert [r[1:] for r in rows(state) if "building" in r[0]] == [
        ("today", "2024-03-20", "statement")]
    mind = ("A freight train derailed near Cardiff on Thursday.\n\n\"Somebody knew that could "
            "happen,\" a resident told BBC Wales today.")
    assert [r[1:] for r in rows(mind) if "Somebody" in r[0]] == [
        ("today", "2024-03-20", "statement")]


def test_a_quote_of_anothers_past_before_a_saying_of_a_later_day_gets_no_row() -> None:
    # a tribute tells of a life, not of the death the story reports
    text = ("The jazz pianist Sigurd Holm died on Monday at his home in Bergen. \"He taught a "
            "whole generation that jazz could sound like home,\" saxophonist Jan Eriksen "
            "said in a tribute on Tuesday.")
    assert [r[1:] for r in rows(text) if "taught" in r[0]] == [
        ("on Tuesday", "2024-03-19", "statement")]


def test_a_fronted_saying_time_dates_a_speaker_whose_name_holds_and() -> None:
    # 'and' inside the name 'Department of Trade and Industry' opens no clause: 'On
    # Tuesday' dates the saying, and the official's undated words after it are Tuesday's
    text = (
        "Harlow Motors recalled 20,000 vans on Monday after brake failures.\n"
        "On Tuesday, the Department of Trade and Industry said it would inspect every "
        "van sold since 2021. A spokeswoman said the checks would take two weeks."
    )
    assert rows(text)[-1] == (
        "A spokeswoman said the checks would take two weeks", "On Tuesday", "2024-03-19",
        "statement")


def test_a_headline_retold_in_the_lead_skips_the_leads_comparison_baseline() -> None:
    # 'since 1980' only says how high the price climbed: the headline's climb is not 1980's
    # but the lead's Tuesday ('since' takes 1980 alone, and Tuesday dates the climbing)
    text = ("Gold climbs to record high as dollar weakens\n\n"
            "Gold prices climbed to their highest level since 1980 on Tuesday as the dollar "
            "weakened against the euro.")
    headline = [r for r in rows(text) if r[0] == "Gold climbs to record high as dollar weakens"]
    assert headline == [("Gold climbs to record high as dollar weakens", "on Tuesday",
                         "2024-03-19", "occurrence")]


FIGURES = ("Retail sales in Australia fell 1.2 percent in February from January, figures from "
           "the statistics bureau showed on Tuesday. Sales of clothing dropped 3.1 percent. "
           "Queensland saw the steepest fall, 2.4 percent.")


def test_a_figure_after_figures_that_showed_on_a_day_takes_their_period() -> None:
    # 'showed on Tuesday' tells when the figures came out; the next figure is February's
    assert ("Sales of clothing dropped 3.1 percent", "in February", "2024-02-01",
            "occurrence") in rows(FIGURES)


def test_a_place_that_saw_a_figure_reports_the_figures_period() -> None:
    # 'saw the steepest fall, 2.4 percent' tells a figure of February, as 'fell 2.4 percent'
    assert ("Queensland saw the steepest fall, 2.4 percent", "in February", "2024-02-01",
            "occurrence") in rows(FIGURES)


def test_a_headline_with_a_plural_subject_is_the_leads_retold_verb() -> None:
    # 'sales fall' (no -s: a plural subject) is the lead's 'fell ... in February'
    text = ("Australian retail sales fall for second month\n\n"
            "Retail sales in Australia fell 1.2 percent in February from January, figures "
            "from the statistics bureau showed on Tuesday.")
    assert rows(text)[0] == ("Australian retail sales fall for second month", "in February",
                             "2024-02-01", "occurrence")


def test_a_saying_in_a_part_of_the_day_that_holds_the_lead_is_no_background() -> None:
    # 'this morning' holds the lead's 7 a.m.: Cole's later 'she said' is this morning's
    text = ("Harlow Bank's fourth-quarter figures, published at 7 a.m., showed a return to "
            "profit.\n\nChief executive Ann Cole said on a call with reporters this morning "
            "that bad loans had peaked. \"A year ago we lost money everywhere. The worst is "
            "over,\" she said.")
    assert ("Cole: The worst is over", "this morning", "2024-03-20",
            "statement") in rows(text)


def test_a_speakers_quote_of_two_sentences_right_after_their_dated_saying_takes_its_time(
) -> None:
    # the quote's first sentence stands between the saying and 'he said': it is his words
    text = (
        "Firefighters put out a blaze at a Leeds warehouse on Tuesday morning.\n\n"
        "Fire chief Ian Marsh said on Monday that the building had failed two inspections. "
        '"We warned the owners twice. Nobody should have been working there," he said.'
    )
    assert ("Marsh: Nobody should have been working there", "on Monday", "2024-03-18",
            "statement") in rows(text)


def test_the_paragraph_after_the_lead_under_a_headline_is_no_story_of_its_own() -> None:
    # new names led by an earlier day right after the lead tell how the lead's news came
    # about: the step back goes on in its paragraph, and the next one is at the lead's
    # Tuesday again, not at the inspector's Friday
    text = ("Regulator fines airline over delays\n\n"
            "A regulator in Madrid on Tuesday fined the airline Iberavia 2 million euros over "
            "delays to its flights.\n\n"
            "Inspector Marta Gil Roldan found the company at fault on Friday. She heard the "
            "company's lawyers before she set the fine.\n\n"
            "The airline said it would appeal.")
    found = rows(text)
    assert [row for row in found if row[0].startswith(("She heard", "The airline"))] == [
        ("She heard the company's lawyers before she set the fine", "on Friday",
         "2024-03-15", "occurrence"),
        ("The airline said it would appeal", "on Tuesday", "2024-03-19", "statement"),
    ]


def test_words_told_at_a_happening_dated_elsewhere_get_a_row_at_its_day() -> None:
    # the story moved on to Wednesday's reviews; 'at the launch' puts the words back at
    # the launch the lead dated (table happening_at), beside the story's row
    text = ("Orbis unveils folding tablet\n\n"
            "Technology company Orbis unveiled a folding tablet in Berlin on Tuesday.\n\n"
            "Reviews published on Wednesday praised its screen but not its price.\n\n"
            "\"We spent two years building this,\" chief executive Dana Whitfield told guests "
            "at the launch.")
    told = [(time, day) for title, time, day, _ in rows(text) if "Whitfield" in title]
    assert told == [("on Tuesday", "2024-03-19"), ("on Wednesday", "2024-03-20")]


def test_tomorrow_in_a_story_published_without_a_clock_does_not_move_story_time() -> None:
    # a date-only (midnight) publication time: 'tomorrow' begins right where its day ends,
    # still ahead; the men were taken to the station at the arrest's time
    df = extract_many([article_from_text(
        "Police arrested two men in Wellington on Tuesday.\n"
        "Their families hope to see them in court tomorrow.\n"
        "The men were taken to the central station.",
        "2024-03-20T00:00:00+00:00", "Europe/London")], inferred=True)
    taken = [(r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d")) for r in df.itertuples()
             if r.title.startswith("The men were taken")]
    assert taken == [("on Tuesday", "2024-03-19")]


def test_a_happening_named_again_narrows_the_inherited_time_to_its_own() -> None:
    # the story is at 'this afternoon'; 'the decision' was announced at 12:30 p.m., within
    # it: the welcome refers to that moment
    text = ("The city council approved a tram line to the airport today. The decision was "
            "announced at 12:30 p.m. after a two-hour debate, and the mayor spoke to "
            "reporters this afternoon.\nShop owners on the route welcomed the decision.")
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    welcomed = [(r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d %H:%M"),
                 pd.Timestamp(r.end).strftime("%H:%M"))
                for r in df.itertuples() if r.title.startswith("Shop owners")]
    assert welcomed == [("at 12:30 p.m.", "2024-03-20 12:30", "12:31")]


def test_said_in_his_statement_goes_back_to_the_statement_told_paragraphs_before() -> None:
    text = ("Hallam mayor resigns over expenses\n\n"
            "The mayor of Hallam, Peter Doyle, resigned on Tuesday evening.\n\n"
            "In a statement released shortly afterwards, Doyle said he had done nothing "
            "wrong.\n\n"
            "Police said this morning that they had received a complaint.\n\n"
            "Doyle first won his seat in 2009. He said in his statement that he would stay on "
            "as a councillor.")
    assert ("Doyle said in his statement that he would stay on as a councillor",
            "on Tuesday evening", "2024-03-19", "statement") in rows(text)


def test_a_headline_cause_named_by_another_noun_in_the_lead_takes_its_time() -> None:
    # 'blast' in the headline, 'explosion' in the lead (table same_happening)
    text = ("Third patient dies after Leeds factory blast\n\n"
            "A third patient died in hospital on Wednesday from burns suffered in an "
            "explosion at a paint factory in Leeds on Sunday night, the company said.\n\n"
            "Two other workers remain in hospital.")
    assert [row for row in rows(text) if row[0] == "Leeds factory blast"] == [
        ("Leeds factory blast", "on Sunday night", "2024-03-17", "occurrence")]
    # and the other way round: 'explosion' in the headline, 'blast' in the lead
    text = text.replace("factory blast", "factory explosion").replace("an explosion", "a blast")
    assert [row for row in rows(text) if row[0] == "Leeds factory explosion"] == [
        ("Leeds factory explosion", "on Sunday night", "2024-03-17", "occurrence")]


def test_a_speaker_of_a_dependent_clause_said_later_words_on_that_occasion() -> None:
    # 'after iron ore miner Serra Alta said late Monday': the miner's later undated saying
    # refers back to that statement, not to the publication day; another speaker's, or
    # the miner's words in the present, do not
    lead = ("Brazilian stocks fell 4.6 percent on Tuesday, after iron ore miner Serra Alta "
            "said late Monday that it might breach the terms of $4 billion of loans. ")
    later = {
        "In the statement, issued after the market had closed, Serra Alta said its net debt "
        "stood at 3.9 times earnings at the end of December.": "2024-03-18",
        "The chairman of rival miner Vale said the market had overreacted.": "2024-03-19",
        "Serra Alta says it is talking to its banks.": "2024-03-20",
    }
    for sentence, day in later.items():
        df = extract_many([article_from_text(lead + sentence, DCT, "UTC")], inferred=True)
        said = df[df["title"].str.startswith(sentence[:12]) & (df["kind"] == "statement")]
        assert [pd.Timestamp(t).strftime("%Y-%m-%d") for t in said["start"]] == [day], sentence


def test_a_headline_over_an_overnight_lead_takes_the_small_hours_clock_told_after_it() -> None:
    # the night runs into the morning the clock names, so the story narrows to it
    text = ("Fire destroys warehouse in Leeds\n\n"
            "A fire destroyed a warehouse in Leeds overnight. Crews were called at 2.15am and "
            "fought the blaze for four hours.")
    assert [r[1:] for r in rows(text)] == [
        ("overnight", "2024-03-19", "occurrence"),
        ("at 2.15am", "2024-03-20", "occurrence"),
        ("at 2.15am", "2024-03-20", "occurrence"),
    ]
    assert rows(text)[1][0] == "Fire destroys warehouse in Leeds"


def test_a_day_ahead_in_a_clause_of_next_years_subject_lies_next_year() -> None:
    # the subject tells which year's race: March 24 four days ahead is this year's
    assert rows("The marathon was cancelled in 2011. Next year's race will take place on "
                "March 24.")[1:] == [
        ("Next year's race will take place", "on March 24", "2025-03-24", "plan"),
    ]
    # a day gone, a weekday, a day set by its weekday, a day of another clause stay
    assert rows("Last year's winner, Anna Berg, retired on March 3.")[1] == (
        "Last year's winner, Anna Berg, retired", "on March 3", "2024-03-03", "occurrence")
    assert rows("Next year's champion will be crowned on Sunday.")[0][1:3] == (
        "on Sunday", "2024-03-24")
    assert rows("Next year's race will take place on the first Sunday of May.")[0][2] \
        == "2024-05-05"
    assert rows("Next year's summit will be held in Rome, and the ministers will meet "
                "again on March 24.")[0] == (
        "The ministers will meet again", "on March 24", "2024-03-24", "plan")
    # what is done to next year's thing before its year: the verb tells no taking place
    assert rows("Next year's budget will be presented on March 24.")[0] == (
        "Next year's budget will be presented", "on March 24", "2024-03-24", "plan")


def test_a_headline_skips_a_that_relative_of_a_present_lead_s_subject() -> None:
    # 'that struck ... on Saturday' tells the quake's day; the toll's rise is the news,
    # told at the saying's Tuesday
    text = ("Quake death toll rises to 63\n\nThe death toll from an earthquake that struck "
            "the province on Saturday has risen to 63, an official said on Tuesday.")
    assert ("Quake death toll rises to 63", "on Tuesday", "2024-03-19", "occurrence") \
        in rows(text)


def test_a_headline_keeps_the_time_of_a_past_lead_s_that_relative_or_a_saying_s_that() -> None:
    storm = rows("Storm leaves five dead on coast\n\nA storm that struck the coast on Sunday "
                 "left five people dead, officials said on Monday.")
    crash = rows("Bus crash kills 23 in the Andes\n\nPolice said that a bus crashed on "
                 "Saturday, killing 23 people.")
    assert ("Storm leaves five dead on coast", "on Sunday", "2024-03-17", "occurrence") in storm
    assert ("Bus crash kills 23 in the Andes", "on Saturday", "2024-03-16", "occurrence") \
        in crash
    # a present lead whose 'that' tells of its subject itself: that happening's day
    quake = rows("Earthquake kills 40 in Peru\n\nAn earthquake that struck southern Peru on "
                 "Saturday has killed at least 40 people, officials said on Tuesday.")
    assert ("Earthquake kills 40 in Peru", "on Saturday", "2024-03-16", "occurrence") in quake
    # a coordinator joins a noun to the subject: still the subject's own relative
    both = rows("Quake and tsunami kill 40 in Peru\n\nAn earthquake and a tsunami that struck "
                "southern Peru on Saturday have killed at least 40 people, officials said on "
                "Tuesday.")
    assert ("Quake and tsunami kill 40 in Peru", "on Saturday", "2024-03-16", "occurrence") \
        in both


def test_a_dispatch_lead_in_the_present_progressive_takes_the_day_told_next() -> None:
    # the wire's present tells the day's news: the recall announced Tuesday
    news = "\n\nThe recall, announced Tuesday, covers 2019 models."
    lead = "Lumen Motors is recalling 40,000 cars because their brakes can fail."
    assert ("DETROIT (AP) -- Lumen Motors is recalling 40,000 cars", "Tuesday", "2024-03-19",
            "status") in rows(f"Lumen recalls 40,000 cars\n\nDETROIT (AP) -- {lead}{news}")
    # no dateline, no progressive, or the day told paragraphs later: at publication
    for text in (f"Lumen recalls 40,000 cars\n\n{lead}{news}",
                 "Lumen recalls 40,000 cars\n\nDETROIT (AP) -- Lumen Motors is expected to "
                 f"recall 40,000 cars because their brakes can fail.{news}",
                 f"Lumen recalls 40,000 cars\n\nDETROIT (AP) -- {lead}\n\nThe brakes were made "
                 f"by a supplier.\n\nIts shares fell 2 percent.{news}"):
        assert next(r for r in rows(text) if "Lumen Motors is" in r[0])[1:3] == \
            ("", "2024-03-20"), text
    # a day told of how an activity still going on began, or of another happening, is
    # not the news the lead tells: at publication
    for text in ("Farmers block roads\n\nPARIS (AP) -- French farmers are blocking roads "
                 "around the capital. The protests began on Monday.",
                 "Rent limits weighed\n\nBERLIN (Reuters) -- Germany is considering new "
                 "limits on rents.\n\nThe coalition agreed a first draft on Monday."):
        assert next(r for r in rows(text) if "(AP) --" in r[0] or "(Reuters) --" in r[0]
                    )[1:3] == ("", "2024-03-20"), text


def test_a_lead_s_undated_words_take_the_day_told_in_the_next_paragraph() -> None:
    # the lead tells the news and the next paragraph its day (AQUAINT APW20000115.0031)
    lead = ("The grandmother of Elian Gonzalez said she is willing to go to Miami to bring "
            "the boy home.")
    news = "\n\nTens of thousands of women marched in Havana on Tuesday."
    assert ("The grandmother of Elian Gonzalez said she is willing to go to Miami to bring…",
            "on Tuesday", "2024-03-19", "statement") in rows(
        f"Grandmother ready to fetch Elian\n\nHAVANA (AP) --\n\n{lead}{news}")
    # not a later sentence's words, nor the lead's told paragraphs before the day, nor
    # the first sentence of a text without a headline (a wire item's 'the company said')
    head = "Grandmother ready to fetch Elian\n\n"
    for text in (f"{head}Officials met in Havana.\n\n{lead}{news}",
                 f"{head}{lead}\n\nOfficials met in Havana.\n\nThey spoke for hours.{news}",
                 f"{lead}{news}"):
        assert next(r for r in rows(text) if "grandmother" in r[0])[1:3] == \
            ("", "2024-03-20"), text


def test_a_lead_s_undated_words_stay_at_publication_before_an_older_day() -> None:
    # the next paragraph's older day tells background the lead's words come after
    for lead, news in (
            ("Police said they had arrested a 34-year-old man over an attack on a woman in a "
             "park.", "The woman was attacked on Saturday night as she walked her dog."),
            ("Rescue workers said they were still searching for survivors.",
             "The earthquake struck on Sunday, killing at least 200 people.")):
        assert next(r for r in rows(f"Headline here\n\n{lead}\n\n{news}")
                    if r[0].startswith(lead[:40]))[1:] == ("", "2024-03-20", "statement"), lead


def test_a_recent_day_before_the_lead_s_goes_on_in_its_paragraph() -> None:
    # a diary tells its week day by day, and a report that steps back to a day before its
    # lead's goes on telling it in that paragraph; the next paragraph, or a day in a
    # quotation, leaves the story at the lead's
    diary = rows("The move itself happened on Saturday.\nOn Thursday my class gave me a card "
                 "with a drawing of a sofa. I laughed for a full minute.")
    report = rows("A climber was found alive on Saturday.\nHe left the village on Thursday. "
                  "His family raised the alarm.")
    apart = rows("A climber was found alive on Saturday.\nHe left the village on Thursday.\n"
                 "Rescuers praised his calm.")
    quoted = rows("A climber was found alive on Saturday.\nThe climber, who told police \"I "
                  "left the village on Thursday\", parked his car at the farm. His family "
                  "raised the alarm.")
    assert ("I laughed for a full minute", "On Thursday", "2024-03-14", "occurrence") in diary
    assert ("His family raised the alarm", "on Thursday", "2024-03-14", "occurrence") in report
    assert ("Rescuers praised his calm", "on Saturday", "2024-03-16", "occurrence") in apart
    assert ("His family raised the alarm", "on Saturday", "2024-03-16", "occurrence") in quoted


def test_a_time_ending_on_before_and_a_comma_opens_no_dependent_clause() -> None:
    # 'The day before,' is the diary's day, not 'before' opening a clause ('about four
    # hours after the slope collapsed'): the next sentence goes on at it, in a report too
    diary = rows("The move itself happened on Saturday.\nOn Friday my class gave me a card.\n"
                 "The day before, I had taken a day off work to pack. I managed to fill "
                 "exactly four boxes.")
    report = rows("A climber was found alive on Saturday.\nThe day before, he had left the "
                  "village. His family raised the alarm.")
    assert ("I managed to fill exactly four boxes", "The day before", "2024-03-14",
            "occurrence") in diary
    assert ("His family raised the alarm", "The day before", "2024-03-15", "occurrence") \
        in report


def test_a_date_line_under_the_headline_is_the_filing_day_not_the_story_s() -> None:
    # a Wikinews report writes its publication day alone under the headline; the lead's
    # day is the story's, which the headline and the past sentences after the lead take
    report = rows("Ferry sinks off Crete, killing four\n\nWednesday, March 20, 2024\n\nA ferry "
                  "sank off the coast of Crete on Tuesday, killing four passengers.\n\nThe ship "
                  "struck rocks in heavy seas. Coastguards rescued 120 people.")
    assert report == [
        ("Ferry sinks off Crete, killing four", "on Tuesday", "2024-03-19", "occurrence"),
        ("A ferry sank off the coast of Crete, killing four passengers", "on Tuesday",
         "2024-03-19", "occurrence"),
        ("The ship struck rocks in heavy seas", "on Tuesday", "2024-03-19", "occurrence"),
        ("Coastguards rescued 120 people", "on Tuesday", "2024-03-19", "occurrence"),
        ("Report filed: Ferry sinks off Crete, killing four", "Wednesday, March 20, 2024",
         "2024-03-20", "occurrence"),
    ]
    # the date line's row is the filing of the report, titled so, not by the date itself
    assert rows("Wednesday, March 20, 2024\n\nA ferry sank off Crete on Tuesday.")[-1] == (
        "Report filed", "Wednesday, March 20, 2024", "2024-03-20", "occurrence")
    # an earlier day alone on the line heads a diary's entry: the story's day
    diary = rows("Our trip\n\nMonday, March 18, 2024\n\nWe drove to the coast.")
    assert ("We drove to the coast", "Monday, March 18, 2024", "2024-03-18", "occurrence") \
        in diary


def test_a_step_back_ends_where_a_sentence_tells_the_lead_s_happening_again() -> None:
    # 'found' is the lead's own verb: the rescue is Saturday's, not the step back's Thursday
    found = rows("A climber was found alive on Saturday.\nHe left the village on Thursday. "
                 "Rescuers found him in a gully and flew him to hospital.")
    assert found == [
        ("He left the village", "on Thursday", "2024-03-14", "occurrence"),
        ("A climber was found alive", "on Saturday", "2024-03-16", "status"),
        ("Rescuers found him in a gully and flew him to hospital", "on Saturday",
         "2024-03-16", "occurrence"),
    ]
    # a copula shared with the lead tells nothing again: the step back goes on
    assert ("His car was parked at the farm", "on Thursday", "2024-03-14", "status") in rows(
        "A climber was found alive on Saturday.\nHe left the village on Thursday. His car "
        "was parked at the farm.")


def test_as_of_belongs_to_its_time_and_leaves_the_title() -> None:
    assert rows("As of Tuesday, 40 people were missing. Rescuers found two more bodies on "
                "Wednesday.") == [
        ("40 people were missing", "As of Tuesday", "2024-03-19", "status"),
        ("Rescuers found two more bodies", "on Wednesday", "2024-03-20", "occurrence"),
    ]
    assert rows("Assets as of Sept. 30 fell to $2.46 billion.")[0][:2] == (
        "Assets fell to $2.46 billion", "as of Sept. 30")


def test_a_date_line_a_day_off_is_a_filing_day_only_where_a_time_zone_is_on_it() -> None:
    # at 18:00 UTC no zone is still on the 19th: the line heads a diary's day, the story's
    diary = rows("Our trip\n\nTuesday, March 19, 2024\n\nWe drove to the coast.")
    assert ("We drove to the coast", "Tuesday, March 19, 2024", "2024-03-19", "occurrence") \
        in diary
    # at 01:00 UTC the Americas are still on the 19th: the report's filing day
    text = ("Ferry sinks off Crete\n\nTuesday, March 19, 2024\n\nA ferry sank off the coast of "
            "Crete on Monday.\n\nCoastguards rescued 120 people.")
    df = extract_many([article_from_text(text, "2024-03-20T01:00:00+00:00", "UTC")],
                      inferred=True)
    assert [(r.title, r.time_text) for r in df.itertuples()] == [
        ("Ferry sinks off Crete", "on Monday"),
        ("A ferry sank off the coast of Crete", "on Monday"),
        ("Coastguards rescued 120 people", "on Monday"),
        ("Report filed: Ferry sinks off Crete", "Tuesday, March 19, 2024"),
    ]


def test_quoted_words_alone_after_a_dated_saying_of_quoted_words_go_on_at_its_time() -> None:
    # the same speaker on the same occasion: Sunday's, not publication's present
    said = ('The minister resigned on Monday. Police arrested a man yesterday. "I have done '
            'my best," she said on Sunday.')
    assert rows(said + ' "I leave with no regrets."')[1] == (
        "I leave with no regrets", "on Sunday", "2024-03-17", "occurrence")
    # a new paragraph, or a saying with no time of its own, leaves them where they were
    assert rows(said + '\n\n"I leave with no regrets."')[-1] == (
        "I leave with no regrets", "", "2024-03-20", "occurrence")
    assert rows('The minister resigned on Monday. "I have done my best," she said. "I leave '
                'with no regrets."')[-1] == (
        "I leave with no regrets", "", "2024-03-20", "occurrence")


def test_quoted_words_alone_after_a_dated_saying_of_reported_words_go_on_at_its_time() -> None:
    # news-dating-15, news08-vasterholm-tram-opening: her words when she told them, not a
    # happening of the story's last day (Sunday)
    said = ("Trams stopped for an hour on Saturday. The line reopened on Sunday. Anna Berg "
            "told reporters on Tuesday that she had waited in the cold.")
    assert rows(said + ' "The driver kept apologising."')[-1] == (
        "The driver kept apologising", "on Tuesday", "2024-03-19", "occurrence")
    # a new paragraph, or a dated happening before the quotation, leaves it at the story's
    assert ("The driver kept apologising", "on Sunday", "2024-03-17", "occurrence") in rows(
        said + '\n\n"The driver kept apologising."')
    assert rows("Trams stopped for an hour on Saturday. The line reopened on Sunday. "
                'Anna Berg waited in the cold on Monday. "The driver kept apologising."')[-1] == (
        "The driver kept apologising", "on Monday", "2024-03-18", "occurrence")
    # the quotation's next sentences, while it goes on, are the same words
    assert rows(said + ' "The driver kept apologising. It was fine, really. The heating '
                'worked."')[-2:] == [
        ("It was fine, really", "on Tuesday", "2024-03-19", "status"),
        ("The heating worked", "on Tuesday", "2024-03-19", "occurrence")]


def test_a_later_witness_account_in_past_words_leaves_the_narrations_episode() -> None:
    # news-dating-15, news11-history-covered-bridge: told in 1952 about the 1927 flood,
    # the narration after it is still in the flood
    flood = "The flood came in 1927. On the night of 3 November 1927 the river rose. "
    assert rows(flood + '"The water took the barn first," Ellen Price told the newspaper in '
                "1952. The bridge held.")[2] == (
        "The bridge held", "On the night of 3 November 1927", "1927-11-03", "occurrence")
    # words in the future: history told through what was said then goes on in 1928
    assert rows(flood + '"We will rebuild the bridge," the governor said in 1928. The work '
                "began.")[-1] == ("The work began", "in 1928", "1928-01-01", "occurrence")


def test_a_past_relative_clause_on_a_sayer_after_the_verb_is_the_storys_deed() -> None:
    # news-dating-4, news11-insulation-law: he watched Tuesday night's debate; he spoke today
    text = ("Parliament passed the insulation bill shortly before 10 p.m. on Tuesday. "
            "Landlords said today that rents would rise. \"It has taken five years,\" said "
            "Rhys Morgan, {}.")
    assert rows(text.format("who watched the debate from the public gallery"))[1:] == [
        ("Rhys Morgan who watched the debate from the public gallery",
         "shortly before 10 p.m. on Tuesday", "2024-03-19", "occurrence"),
        ("Landlords said that rents would rise", "today", "2024-03-20", "statement"),
        ("Morgan: It has taken five years", "today", "2024-03-20", "statement")]
    # a present or a state tells no deed: the saying's row alone
    for aside in ("who leads the tenants group", "who was born in the town"):
        assert len(rows(text.format(aside))) == 3


def test_a_sentence_at_or_after_a_happening_later_than_a_step_back_has_left_it() -> None:
    # the step back to Monday's protest goes on until a sentence places itself after
    # Tuesday's vote: that one is back at the story's day
    text = ("The council voted on Tuesday to close the swimming pool. Protesters gathered "
            "outside the town hall on Monday. They carried banners and chanted slogans. "
            "The mayor signed the order after the vote.")
    assert [r[:3] for r in rows(text)] == [
        ("Protesters gathered outside the town hall", "on Monday", "2024-03-18"),
        ("They carried banners and chanted slogans", "on Monday", "2024-03-18"),
        ("The council voted to close the swimming pool", "on Tuesday", "2024-03-19"),
        ("The mayor signed the order after the vote", "on Tuesday", "2024-03-19"),
    ]
    # a happening of the step back's own day keeps it there
    assert rows(text.replace("The mayor signed the order after the vote",
                             "Two were arrested at the protest"))[2][:3] == (
        "Two were arrested at the protest", "on Monday", "2024-03-18")


def test_a_history_told_through_a_saying_goes_on_past_the_time_of_the_plan_it_reports() -> None:
    # 'in October' dates the plan the company announced; the narration stands at the
    # announcement, and the next past sentence goes on there
    text = ("In the spring of 1923 the company announced that passenger trains would end "
            "in October. The whole glen fought back.")
    assert rows(text)[1][:3] == ("The whole glen fought back", "In the spring of 1923",
                                 "1923-03-01")
    # a plan told alone starts no episode: a past sentence after it stays at publication
    assert rows("The company will cut 300 jobs in June. It hired 50 staff.")[0][:3] == (
        "It hired 50 staff", "", "2024-03-20")


def test_lay_is_a_past_where_its_present_cannot_stand() -> None:
    # news-dating-15, news13-blog-rescue-dog: 'lay' (of 'lie') after a singular subject
    # tells the past the blog is walking through, not a present at publication
    text = ("We picked her up last Saturday at 11. When we got home at quarter to one she "
            "went straight under the kitchen table. Ellie, who is nine, lay on the floor "
            "next to her for nearly three hours.")
    assert rows(text)[-1][1:3] == ("at quarter to one", "2024-03-16")
    # after a plural or a pronoun it is a present
    assert rows("The species was found last Saturday. Frogs of the genus lay their eggs on "
                "land.")[-1][1:3] == ("", "2024-03-20")
    assert rows("The species was found last Saturday. They lay their eggs on land."
                )[-1][1:3] == ("", "2024-03-20")


FLOOD = ("Floods force hundreds from homes\n\n"
         "On Wednesday, officials in Cumbria ordered 500 more people to leave their homes.\n\n"
         "The river burst its banks on Tuesday afternoon and flooded the lower town. ")


def test_words_recounted_beside_a_later_saying_take_the_narrations_time() -> None:
    # news-dating-13, news02-wildfire-evacuation: the quote retells Tuesday's happening
    quoted = rows(FLOOD + '"The water came up the street in minutes," resident Ann Hale '
                  "told reporters.")
    assert ("The water came up the street in minutes", "on Tuesday afternoon", "2024-03-19",
            "occurrence") in quoted
    assert ("Hale: The water came up the street in minutes", "On Wednesday", "2024-03-20",
            "statement") in quoted
    reported = rows(FLOOD + "Residents said the water swept away two cars.")
    assert ("The water swept away two cars", "on Tuesday afternoon", "2024-03-19",
            "occurrence") in reported
    assert len(reported) == len(quoted)
    # a quotation closed by '!' and no comma ends at its closing mark, not at the sayer
    exclaimed = rows(FLOOD + '"The water came up the street in minutes!" resident Ann Hale '
                     "told reporters.")
    assert ("The water came up the street in minutes!", "on Tuesday afternoon", "2024-03-19",
            "occurrence") in exclaimed
    assert len(exclaimed) == len(quoted)
    # a state, or words in the present, recount no happening: the saying's row alone
    for words in ("Residents said the town was not ready.",
                  '"We are not safe here," resident Ann Hale told reporters.'):
        assert len(rows(FLOOD + words)) == len(quoted) - 1


def test_words_recounted_later_the_same_day_take_the_narrations_clock() -> None:
    # news-dating-28, news01-kathmandu-plane-lands-on-one-engine: the passenger speaks in
    # the afternoon of the landing at 9:25 that morning (also news-dating-24's blackout,
    # news-dating-27's ferry)
    text = ("Plane lands on one engine\n\n"
            "A passenger plane made an emergency landing at Bharatpur this morning after one "
            "of its engines failed. The aircraft touched down at about 9:25 a.m.\n\n"
            "Sunita Gurung, a teacher travelling home to Pokhara, told reporters at 3 p.m. "
            "that she had never been so scared. \"Nobody screamed. The captain spoke to us "
            "every few minutes, and that helped,\" she said.")
    found = rows(text)
    assert ("The captain spoke to us every few minutes, and that helped", "at about 9:25 a.m.",
            "2024-03-20", "occurrence") in found
    assert ("Gurung: The captain spoke to us every few minutes, and that helped", "at 3 p.m.",
            "2024-03-20", "statement") in found
    # my own: a match at 11 a.m., a player's words at 6 p.m.
    match = rows("Rovers win cup final\n\nRovers beat Albion 2-1 in the cup final at 11 a.m. "
                 "today.\n\nThe captain, speaking at a dinner at 6 p.m., said the fans had "
                 "been wonderful. \"We scored late and the whole ground went quiet,\" he said.")
    assert ("We scored late and the whole ground went quiet", "at 11 a.m. today", "2024-03-20",
            "occurrence") in match
    # words the time of the saying holds, or a state, add no row
    held = rows("Storm hits town\n\nA storm hit the town this morning.\n\n"
                "\"The roof came off in seconds,\" a resident told reporters this morning.")
    assert len(held) == 2
    state = rows(text.replace("The captain spoke to us every few minutes, and that helped",
                              "We were lucky"))
    assert len(state) == len(found) - 1


def test_a_definite_noun_names_a_happening_dated_before_the_sentences_row() -> None:
    text = ("Bus crash kills four\n\n"
            "A bus crashed on a mountain road in Wales on Monday night, killing four people."
            "\n\nOn Wednesday, rescuers searched the valley.\n\n"
            "The operator {} the crash {} under investigation.")
    assert rows(text.format("said", "was"))[1:] == [
        ("A bus crashed on a mountain road in Wales, killing four people", "on Monday night",
         "2024-03-18", "occurrence"),
        ("The operator said the crash was under investigation", "on Monday night",
         "2024-03-18", "occurrence"),
        ("Rescuers searched the valley", "On Wednesday", "2024-03-20", "occurrence"),
        ("The operator said the crash was under investigation", "On Wednesday",
         "2024-03-20", "statement"),
    ]
    # a word before the noun leaves the happening it names ('the deadly crash')
    assert ("The operator said the deadly crash was under investigation", "on Monday night",
            "2024-03-18", "occurrence") in rows(text.replace("the crash", "the deadly crash")
                                                .format("said", "was"))
    # 'the crash site' names a place and 'the next crash' another happening; words in the
    # present tell what goes on now
    for other in ("the crash site", "the next crash"):
        assert len(rows(text.replace("the crash", other).format("said", "was"))) == 4
    assert len(rows(text.format("says", "is"))) == 4


def test_a_noun_of_a_verb_told_before_names_its_happening() -> None:
    # 'found' is a find, 'won' a win, 'robbed' a robbery (event_verb): the noun names the
    # happening the verb told on its day
    text = ("Divers find Viking ship\n\n"
            "Divers {} a Viking ship off the coast of Norway on Monday.\n\n"
            "On Wednesday, archaeologists examined the hull.\n\n"
            "The museum said the {} was of great importance.")
    assert rows(text.format("found", "find")) == [
        ("Divers find Viking ship", "on Monday", "2024-03-18", "occurrence"),
        ("Divers found a Viking ship off the coast of Norway", "on Monday", "2024-03-18",
         "occurrence"),
        ("The museum said the find was of great importance", "on Monday", "2024-03-18",
         "occurrence"),
        ("Archaeologists examined the hull", "On Wednesday", "2024-03-20", "occurrence"),
        ("The museum said the find was of great importance", "On Wednesday", "2024-03-20",
         "statement"),
    ]
    # no find told before, or another one named
    for verb, noun in (("photographed", "find"), ("found", "next find")):
        assert len(rows(text.format(verb, noun))) == 4
    win = ("Novelist wins prize\n\nThe novelist won the Booker Prize on Monday.\n\n"
           "On Wednesday, she signed books in London.\n\n"
           "Her publisher said the {} long overdue.")
    assert ("Her publisher said the win was long overdue", "on Monday", "2024-03-18",
            "occurrence") in rows(win.format("win was"))
    assert len(rows(win.format("next win would be"))) == 3


def test_a_page_s_furniture_dates_no_row() -> None:
    # a photo's credit, a copyright line and the links under 'Related stories' carry
    # dates of their own, but no happening of the story
    text = ("Ferry sinks off Crete\n\nA ferry sank off Crete on Tuesday.\n\nPhoto: Coastguard "
            "handout, March 19, 2024\n\nRelated stories\n\nShip sinks in storm, January 5, "
            "2024\n\n\u00a9 2024 Reuters. All rights reserved.")
    assert rows(text) == [
        ("Ferry sinks off Crete", "on Tuesday", "2024-03-19", "occurrence"),
        ("A ferry sank off Crete", "on Tuesday", "2024-03-19", "occurrence"),
    ]
    # a word that opens such a line but goes on as a sentence is the story's
    assert rows("Copyright lawyers met on Tuesday.") == [
        ("Copyright lawyers met", "on Tuesday", "2024-03-19", "occurrence")]
    # and so is a name that opens with it, where no rights are reserved
    assert rows("Copyright Office officials said on Tuesday that the rule would change.") == [
        ("Copyright Office officials said that the rule would change", "on Tuesday",
         "2024-03-19", "statement")]
    assert rows("The ferry sank on Tuesday.\n\nCopyright 2024 The Herald. All rights "
                "reserved. Updated on March 20, 2024.") == [
        ("The ferry sank", "on Tuesday", "2024-03-19", "occurrence")]


def test_a_scene_told_in_the_present_goes_on_at_its_moment() -> None:
    # a profile opens a moment of the past in the present tense: its present sentences
    # are that moment's; a time of today or a past clause sets no scene
    text = (
        "The last shift\n\n"
        "It is 5.40 a.m. on Monday, and the bakery on Mill Street is already warm. Anna "
        "Kowal has flour on her sleeves. \"Twenty years,\" she says, and laughs.\n\n"
        "The shop closes for good on Saturday. Police say a van was stolen at 11 p.m. on "
        "Sunday. The bakery is insured."
    )
    assert rows(text) == [
        ("A van was stolen", "at 11 p.m. on Sunday", "2024-03-17", "status"),
        # the scene's second clause is its own moment, no row at publication
        ("It is 5.40 a.m. on Monday", "5.40 a.m. on Monday", "2024-03-18", "status"),
        ("Anna Kowal has flour on her sleeves", "5.40 a.m. on Monday", "2024-03-18",
         "occurrence"),
        ("Kowal: Twenty years", "5.40 a.m. on Monday", "2024-03-18", "statement"),
        ("Police say a van was stolen at 11 p.m. on Sunday", "", "2024-03-20", "statement"),
        ("The bakery is insured", "", "2024-03-20", "status"),
        ("The shop closes for good", "on Saturday", "2024-03-23", "occurrence"),
    ]


def test_a_part_of_a_day_sets_a_scene_that_a_look_ahead_in_its_paragraph_keeps() -> None:
    # news-dating-20: a feature's present-tense lede at 'on Tuesday evening' (a part of a
    # day, no clock time) is a scene; 'by Sunday afternoon' in its paragraph looks ahead
    # from it and does not end it; a time ahead in a later paragraph does
    text = (
        "Calder Falls gets ready for its fair\n\n"
        "It is a little after 6 on Tuesday evening, and Marlene Oakes is counting pie tins "
        "in the back of the Grange hall. There are 412 of them, and by Sunday afternoon "
        "every one should be filled, baked and sold.\n\n"
        "\"People think the fair is about the rides,\" says Oakes. Outside, volunteers are "
        "stringing lights between the maples.\n\n"
        "The fair opens on Friday. The town is busy."
    )
    got = rows(text)
    assert ("Marlene Oakes is counting pie tins in the back of the Grange hall", "", "2024-03-20",
            "status") not in got
    assert [r for r in got if r[0].startswith(("People", "Outside", "The town"))] == [
        ("People think the fair is about the rides, says Oakes", "on Tuesday evening",
         "2024-03-19", "statement"),
        ("Outside, volunteers are stringing lights between the maples", "on Tuesday evening",
         "2024-03-19", "status"),
        ("The town is busy", "", "2024-03-20", "status"),
    ]


def test_a_part_of_a_day_in_a_clause_with_a_past_verb_sets_no_scene() -> None:
    # XIE19980808.0060: 'have died' is a present state, and 'ripped' a past happening;
    # its 'Friday morning' is no moment the present sentences after it go on at
    text = ("Embassy bombing toll rises\n\n"
            "More than 100 people have died since a bomb ripped through an office building "
            "next to the embassy on Friday morning. No one has claimed responsibility.")
    assert rows(text)[-2:] == [
        ("More than 100 people have died since a bomb ripped through an office building\u2026",
         "", "2024-03-20", "occurrence"),
        ("No one has claimed responsibility", "", "2024-03-20", "statement"),
    ]


def test_a_quotation_going_on_recounts_the_story_not_the_saying() -> None:
    # news-dating-19: quoted words after a dated saying go on at that saying, but a
    # sentence recounting a happening in the past is the story's, before the saying; a
    # verb of the mind ('I thought') tells how the speaker stood, and the quotation's later
    # present words are still the saying's
    text = ("Hotel fire in Brannock\n\n"
            "A fire destroyed the Station Hotel in Brannock on Friday evening, police said.\n\n"
            "\"We heard the alarm and ran,\" the owner, Tom Hale, told reporters on Saturday. "
            "\"I thought it was a drill at first. We carried the guests to the car park. The "
            "hotel is insured and we are going to rebuild.\"")
    assert [r for r in rows(text) if r[0].startswith(("I thought", "We carried", "The hotel"))
            ] == [
        ("We carried the guests to the car park", "on Friday evening", "2024-03-15",
         "statement"),
        ("I thought it was a drill at first", "on Saturday", "2024-03-16", "statement"),
        ("The hotel is insured and we are going to rebuild", "on Saturday", "2024-03-16",
         "statement"),
    ]


def test_words_after_a_part_of_the_sayings_day_take_that_part() -> None:
    # news-dating-20: the find announced today was presented this morning; the words
    # told after it are the news conference's, and a clock time narrows no saying
    text = ("Scientists unveil nesting ground\n\n"
            "Palaeontologists in Mongolia today announced the discovery of 31 dinosaur egg "
            "clutches in the Gobi. The team presented the find at a news conference in "
            "Ulaanbaatar this morning.\n\n"
            "\"We found a colony,\" Dr. Tsendiin Oyunbileg told reporters.")
    assert rows(text)[-1] == ("Oyunbileg: We found a colony", "this morning", "2024-03-20",
                              "statement")
    text = ("Palaeontologists in Mongolia today announced the discovery of 31 dinosaur egg "
            "clutches in the Gobi. Shares in the museum's partner fell at 12:15 GMT.\n\n"
            "Analysts said the find would draw visitors.")
    assert [r for r in rows(text) if r[0].startswith("Analysts")] == [
        ("Analysts said the find would draw visitors", "today", "2024-03-20", "statement")]


def test_a_time_that_bounds_a_present_state_sets_no_scene() -> None:
    text = (
        "Exchange halts trading\n\n"
        "Trading is suspended since 9 a.m. on Monday. The exchange says it will reopen soon."
    )
    assert rows(text)[-1] == ("The exchange says it will reopen soon", "", "2024-03-20",
                              "statement")


def test_a_saying_after_the_happening_takes_it_as_told_before_not_a_later_mention() -> None:
    # news-dating-6: 'after the announcement' refers back to Tuesday's; the later
    # 'a day after the announcement' beside Wednesday is no time of it told before
    text = ("Steel tariff to rise\n\n"
            "The ministry said on Tuesday it would raise the tariff on steel.\n\n"
            "\"Our members are struggling,\" association chairman Yusuf Prakoso said after the "
            "announcement.\n\n"
            "Shares in the largest mill rose on Wednesday, a day after the announcement.")
    assert [r for r in rows(text) if r[0].startswith("Prakoso")] == [
        ("Prakoso: Our members are struggling", "on Tuesday", "2024-03-19", "statement"),
    ]


def test_quoted_past_narration_alone_goes_on_the_story_s_last_happening() -> None:
    # news-dating-2: a quotation's own sentence recounting in the past is a happening of
    # the story (the 3:40 a.m. deal), not words at the last saying's time
    text = ("Metro strike ends after eight days of talks\n\n"
            "The union and the city signed a pay deal at 3:40 a.m. on Thursday. The city said "
            "on Thursday afternoon that all lines would run a full timetable.\n\n"
            "\"We are tired but satisfied,\" union leader Park Sung-ho told reporters. \"Both "
            "sides gave ground.\"")

    def times(ending: str) -> list[str]:
        df = extract_many([article_from_text(text.replace("Both sides gave ground.", ending),
                                             "2024-04-18T20:40:00+00:00", "UTC")],
                          inferred=True)
        said = df[df["sentence"].str.startswith("\"" + ending.split()[0])]
        return [str(start) for start in said["start"]]

    assert times("Both sides gave ground.") == ["2024-04-18 03:40:00+00:00"]
    # a state or the present in the quotation stays with the words said
    assert times("It was a long night.") == ["2024-04-18 12:00:00+00:00"]
    assert times("Both sides are tired.") == ["2024-04-18 00:00:00+00:00"]


def test_a_saying_inside_a_quotations_recount_goes_on_at_the_time_it_gave() -> None:
    # news-dating-16: 'So I said it on air' is the host's own recount of Black Saturday's
    # night, not an attribution of the report's; the narrator's 'Smith said' stays now
    text = ("She has presented the show since 2004.\n"
            "\"A man rang at half past three on 9 February 2009 and just wanted to talk. "
            "So I told him to keep talking.\"\n"
            "The plant closed in 1998.\n"
            "The mayor said the town had been lucky.")
    assert [r[:3] for r in rows(text)] == [
        ("The plant closed", "in 1998", "1998-01-01"),
        ("She has presented the show", "since 2004", "2004-01-01"),
        ("A man rang and just wanted to talk", "at half past three on 9 February 2009",
         "2009-02-09"),
        ("I told him to keep talking", "at half past three on 9 February 2009", "2009-02-09"),
        ("The mayor said the town had been lucky", "", "2024-03-20"),
    ]


def test_a_step_back_to_a_stretch_reaching_the_story_week_ends_with_its_paragraph() -> None:
    # news-dating-17: 'earlier this month' is told in its paragraph; the next one is back
    # at the hearing; a step back to 2019 is history and goes on
    text = ("A cafe owner was fined on Monday for a mouse in a flour bin.\n\n"
            "The cafe was given four stars when inspectors made a visit earlier this month. "
            "The inspectors found no droppings.\n\n"
            "Magistrates ordered him to pay £2,240 costs.")
    assert [r[:3] for r in rows(text)] == [
        ("The cafe was given four stars when inspectors made a visit earlier this month",
         "earlier this month", "2024-03-01"),
        ("The inspectors found no droppings", "earlier this month", "2024-03-01"),
        ("A cafe owner was fined for a mouse in a flour bin", "on Monday", "2024-03-18"),
        ("Magistrates ordered him to pay £2,240 costs", "on Monday", "2024-03-18"),
    ]
    text = ("A cafe owner was fined on Monday for a mouse in a flour bin.\n\n"
            "The cafe was given four stars when inspectors made a visit in 2019.\n\n"
            "The inspectors found no droppings.")
    assert [r[:3] for r in rows(text)][:2] == [
        ("The cafe was given four stars when inspectors made a visit", "in 2019",
         "2019-01-01"),
        ("The inspectors found no droppings", "in 2019", "2019-01-01"),
    ]


def test_words_that_tell_a_step_backs_noun_in_the_past_get_a_row_at_its_time() -> None:
    # news-dating-17: the prosecutor tells the officers' visit, the step back's morning;
    # the saying stays at the hearing; a state ('was overvalued') tells no happening
    text = ("A cafe owner was fined on Monday for a mouse in a flour bin.\n\n"
            "A customer complained on September 22 last year. Two officers made an "
            "unannounced visit the next morning.\n\n"
            "Simon Hale said the officers found droppings behind the fridges.")
    assert [r[:3] for r in rows(text)][1:] == [
        ("Two officers made an unannounced visit the next morning", "the next morning",
         "2023-09-23"),
        ("The officers found droppings behind the fridges", "the next morning",
         "2023-09-23"),
        ("A cafe owner was fined for a mouse in a flour bin", "on Monday", "2024-03-18"),
        ("Simon Hale said the officers found droppings behind the fridges", "on Monday",
         "2024-03-18"),
    ]
    text = ("A cafe owner was fined on Monday.\n\nThe company cut 400 jobs in 2019.\n\n"
            "Analysts said the company was overvalued.")
    assert len(rows(text)) == 3


def test_a_scene_named_after_its_present_sentences_takes_them_back() -> None:
    # news-dating-21: a review tells the concert in the present and names its night only
    # in a past clause joined by 'and' to present ones; the present sentence before it
    # in its paragraph is that night's too
    text = ("Quartet review\n\n"
            "The quartet does something few quartets dare: it stops moving forward "
            "altogether. The bows barely touch the strings, the chords hang in the air, and "
            "for a long moment on Monday night nobody in the hall seemed to breathe.\n\n"
            "The quartet tours in May.")
    assert rows(text)[0] == (
        "The quartet does something few quartets dare: it stops moving forward altogether",
        "on Monday night", "2024-03-18", "occurrence")
    # a state of now that opens its paragraph, beside a past happening, sets no scene
    text = ("Bridge win\n\n"
            "The team is top of the table, and on Saturday night it won 3-0 at Leeds. Its "
            "manager expects more.")
    assert rows(text)[-1] == ("Its manager expects more", "", "2024-03-20", "occurrence")


def test_the_court_heard_that_is_a_saying_dated_by_the_hearing_not_by_its_words() -> None:
    # news-dating-21, -17: a court report's 'The court heard that ...' tells what was said
    # at the hearing; the time in its words dates them, and the hearing is the story's day
    text = ("A Leeds man was jailed for six years at Leeds Crown Court today.\n\n"
            "The court heard that he broke into 14 homes between May and August last year.")
    assert rows(text) == [
        ("He broke into 14 homes", "between May and August last year", "2023-05-01",
         "occurrence"),
        ("A Leeds man was jailed for six years at Leeds Crown Court today", "today",
         "2024-03-20", "occurrence"),
        ("The court heard that he broke into 14 homes between May and August last year",
         "today", "2024-03-20", "statement"),
    ]
    # hearing a sound is no saying: its time is its own, and it has one row
    assert rows("Neighbours heard the explosion at about 3 a.m. on Saturday.") == [
        ("Neighbours heard the explosion", "at about 3 a.m. on Saturday", "2024-03-16",
         "occurrence")]


def test_a_lead_in_the_present_perfect_takes_the_day_a_later_sentence_retells_it_on() -> None:
    # news-dating-22 (Tartu): 'has won' is the naming of the winners on Sunday evening
    text = ("Tartu girls' choir wins top prize at Italian lake competition\n\nA girls' choir "
            "from the Estonian university town of Tartu has won the grand prize of the "
            "Concorso Corale Lago di Garda, beating 41 choirs from 19 countries. The 36 "
            "singers of Kuldnokad were named the winners late on Sunday evening in Riva del "
            "Garda and arrived back at Tallinn airport yesterday.")
    assert ("A girls' choir from the Estonian university town of Tartu has won the grand…",
            "late on Sunday evening", "2024-03-17", "occurrence") in rows(text)
    # by a definite subject the lead names after its verb
    text = ("Police seize cocaine\n\nPolice in Rotterdam have seized 900 kilograms of cocaine "
            "hidden in a shipment of bananas. The shipment was searched at the port on Friday "
            "after a tip-off.")
    assert rows(text)[0][1:3] == ("on Friday", "2024-03-15")
    # another happening of the story is no retelling: the lead's news stays at publication
    text = ("Warrant for minister\n\nA regional court has issued an arrest warrant for the "
            "former finance minister on charges of fraud. On Tuesday, the Supreme Court "
            "lifted a ban on his travel.")
    assert rows(text)[-1] == ("A regional court has issued an arrest warrant for the former "
                              "finance minister\u2026", "", "2024-03-20", "occurrence")


def test_a_lead_in_the_present_perfect_a_saying_reports_takes_the_day_it_is_retold_on() -> None:
    # news-dating-21 (Mombasa): 'today' dates the authority's saying; the seizure is the
    # container's opening on Monday afternoon, which the next sentence tells
    text = ("Kenyan customs find two tonnes of ivory in container at Mombasa port\n\nCustoms "
            "officers at the port of Mombasa have seized nearly two tonnes of elephant ivory "
            "hidden in a shipping container that was declared as sacks of sesame seed, the "
            "Kenya Revenue Authority said today.\n\nThe container was opened at the Kilindini "
            "docks on Monday afternoon after a sniffer dog reacted to it during a routine "
            "check.")
    assert ("Customs officers at the port of Mombasa have seized nearly two tonnes of\u2026",
            "on Monday afternoon", "2024-03-18", "occurrence") in rows(text)
    # a toll that has risen is no retelling of the flood that caused it
    text = ("Toll rises\n\nThe death toll from floods in the north has risen to 40, officials "
            "said today. The river burst its banks on Sunday night.")
    assert [r[1] for r in rows(text)] == ["on Sunday night", "today"]


def test_a_first_person_quote_retells_the_speakers_own_part_at_its_time() -> None:
    # news-dating-22: the fisherman's quotation, no time of its own, tells the sighting
    # his paragraph dated, not the Wednesday he spoke
    text = ("Rangers catch crocodile at Darwin boat ramp\n\n"
            "Rangers caught a 4.3-metre crocodile at a boat ramp in Darwin early this "
            "morning.\n\n"
            "The fishermen, Craig Doherty and his son, had spotted the animal on the evening "
            "of March 6. Doherty said on Monday that he had launched his boat at the ramp "
            "for twenty years. \"We backed the trailer down and he was just lying there, "
            "about ten metres away,\" he said.")
    assert ("We backed the trailer down and he was just lying there, about ten metres away",
            "on the evening of March 6", "2024-03-06", "occurrence") in rows(text)
    # how the speaker stood is no part of the happening: it stays at the saying's day
    text = text.replace("We backed the trailer down and he was just lying there, about ten "
                        "metres away", "We never expected anything like it")
    assert [r[1:3] for r in rows(text) if r[0].endswith("We never expected anything like it")
            ] == [("on Monday", "2024-03-18")]


def test_a_first_person_quote_naming_the_leads_happening_retells_it_at_its_time() -> None:
    # news-dating-22: the conductor's quotation names the girls and the name the lead's
    # paragraph told read out late on Sunday evening, not the day she spoke at the airport
    text = ("Tartu girls' choir wins top prize\n\n"
            "A girls' choir from Tartu has won the grand prize of a choir competition in "
            "Italy. The 36 singers were named the winners late on Sunday evening and arrived "
            "back at Tallinn airport yesterday.\n\n"
            "\"When they read out our name the girls screamed so loudly that the jury "
            "laughed,\" said the choir's conductor, Anneli Saar, at the airport.")
    assert ("When they read out our name the girls screamed so loudly that the jury laughed",
            "late on Sunday evening", "2024-03-17", "occurrence") in rows(text)
    # one word shared with the lead may be a team the speaker talks of at any time
    text = ("Village team wins cup final\n\n"
            "A village football team from Cornwall won the county cup final. The team "
            "scored the winning goal late on Saturday afternoon and returned home on "
            "Monday.\n\n"
            "\"My grandfather played in this team when I was a boy,\" the coach, Mike "
            "Trewin, said at the party.")
    assert not [r for r in rows(text) if r[0].startswith("My grandfather")
                and r[1] == "late on Saturday afternoon"]


def test_a_first_person_quote_with_the_verb_of_its_paragraphs_happening_retells_it() -> None:
    # news-dating-17: the passenger's 'When I left' is his leaving in 1979, which the
    # sentence before dated, not the day of the jet's landing he spoke on
    text = ("First jet lands on lengthened Westfjords runway\n\n"
            "A passenger jet landed at Fljotsvik Airport in Iceland's Westfjords today.\n\n"
            "Among the passengers was Jon Agustsson, 71, who left Fljotsvik for Copenhagen "
            "in 1979. \"When I left, it took me two days and three aircraft to get to "
            "Denmark,\" he said.")
    assert ("When I left, it took me two days and three aircraft to get to Denmark",
            "in 1979", "1979-01-01", "occurrence") in rows(text)
    # a quotation with another verb tells no part of that happening
    text = text.replace("When I left, it took me", "When I came back, it took me")
    assert not [r for r in rows(text) if r[1] == "in 1979" and "took me" in r[0]]


def test_a_name_set_off_by_commas_before_its_verb_of_saying_is_the_next_shes() -> None:
    # news-dating-23: 'she said' goes on with Arlene Pruitt, who spoke this morning, not
    # with the Water Works the paragraph before quoted
    text = ("A water main burst at about 5:20 a.m. on Friday, and by 7 a.m. the road had "
            "collapsed into a hole, the Milwaukee Water Works said.\n\n"
            "The city's public works commissioner, Arlene Pruitt, said at a news conference "
            "this morning that the main would be replaced. Work is due to begin on "
            "Wednesday, and the street should reopen in early August, she said.")
    said = [r for r in rows(text) if r[0].endswith("she said") and r[3] == "statement"]
    assert [r[1] for r in said] == ["this morning"]


def test_a_speakers_first_saying_takes_the_time_of_the_quotations_attribution() -> None:
    # news-dating-23: the nurse said it when she told reporters this afternoon
    text = ("A water main burst under West Burleigh Street at about 5:20 a.m. on Monday.\n\n"
            "The nurse, Denise Kowalczyk, said she heard a noise like thunder shortly "
            "before 6 a.m. \"Yesterday a man from the city told me they might get the car out "
            "by Wednesday. Now they say it has to wait until the pipe is fixed,\" she told "
            "reporters at the site this afternoon.")
    said = [r for r in rows(text) if r[0].startswith("The nurse") and r[3] == "statement"]
    assert [(r[1], r[2]) for r in said] == [("this afternoon", "2024-03-20")]
    # another speaker's attribution, or one a paragraph later, tells nothing of hers
    other = text.replace("she told reporters", "the mayor told reporters")
    assert [r[1] for r in rows(other) if r[0].startswith("The nurse")
            and r[3] == "statement"] == [""]
    apart = text.replace("6 a.m. \"Yesterday", "6 a.m.\n\n\"Yesterday")
    assert [r[1] for r in rows(apart) if r[0].startswith("The nurse")
            and r[3] == "statement"] == [""]


def test_a_time_clause_of_the_lead_takes_the_clock_a_later_sentence_gives_it() -> None:
    # news-dating-23: the hunter's shot is 9:55 a.m., which the lead's 'early this
    # morning' holds
    text = ("Brown bear wanders into Hokkaido supermarket\n\n"
            "A brown bear walked into a supermarket in Iwamizawa early this morning and "
            "spent nearly four hours among the shelves before a hunter shot it.\n\n"
            "A delivery driver saw the bear in the car park at about 5:50 a.m., and it went "
            "in through a loading door that an employee had opened at 6:05, police said.\n\n"
            "City officials decided at around 9 a.m. that the animal could not be driven out "
            "safely, and a licensed hunter shot it at 9:55 a.m.")
    assert ("A hunter shot it", "at 9:55 a.m.", "2024-03-20", "occurrence") in rows(text)
    # a pronoun subject may be anyone's
    they = text.replace("before a hunter shot", "before they shot").replace(
        "a licensed hunter shot", "they shot")
    assert len([r for r in rows(they) if r[1] == "at 9:55 a.m."]) == 1  # the later one's


def test_a_lifes_old_day_dates_its_undated_past_clauses_before_any_recent_story_time() -> None:
    # news-dating-24 news10: the byline's day tells the filing, no story; the life's day,
    # long before publication, is where the next sentence's happenings stand
    text = ("The woman who flew the North\n\nA new terminal will carry the name of a bush "
            "pilot\n\nBy Ann Lee | March 20, 2024\n\nWhen the new terminal opens next "
            "Wednesday, it will carry the name of a woman few people know. She flew mail "
            "across the north for three decades.\n\nOn 14 March 1944 an engine caught fire "
            "on the bomber she was delivering. She put it down in a field, walked four miles "
            "to a farm to telephone, and was flying again two days later.")
    assert ("She put it down in a field, walked four miles to a farm to telephone",
            "On 14 March 1944", "1944-03-14", "occurrence") in rows(text)
    # a history's headline stays at publication, not at its first day
    text = ("A quiet life on the river\n\nThe ferry began running in 1887. On 3 June 1921 "
            "the cable snapped in a flood. The ferryman rowed the passengers across himself.")
    assert ("A quiet life on the river", "", "2024-03-20", "occurrence") in rows(text)


def test_a_day_heading_a_long_reads_part_holds_the_sentences_under_it() -> None:
    # news-dating-24 news12: the intro's 'on the fourth day' left the story at publication
    # day; under the heading 'Saturday', a month back, 'It arrived a day early.' and the
    # runner's quoted words are that Saturday's
    text = ("Nine days in the cloud\n\nBy Thandeka Mthembu | 21 August 2016\n\n"
            "Anri Vosloo keeps the glove. The searchers found it on the fourth day, and for "
            "36 hours it was the only sign that she had ever been on the mountain at all.\n\n"
            "Friday\n\nVosloo drove up from Durban on Friday, July 22, and checked in at "
            "Inkwazi Lodge at 6:15 p.m.\n\nSaturday\n\nShe left at 5:40 a.m. on Saturday, "
            "in the dark, with a headtorch. "
            "The forecast had promised a cold front on Sunday. It arrived a day early.\n\n"
            "\"When I realised, I did what you are told to do. I stopped.\"")
    df = extract_many([article_from_text(text, "2016-08-21T06:00:00+00:00", "UTC")],
                      inferred=True)
    days = {r.title: pd.Timestamp(r.start).strftime("%Y-%m-%d") for r in df.itertuples()}
    assert days["It arrived a day early"] == "2016-07-23"
    assert next(d for t, d in days.items() if "I stopped" in t) == "2016-07-23"
    # my own: a ferry's night and a pit collapse, told under their days after an intro
    # of this week's news, their quotations of the day headed
    text = ("The long night at Kessock\n\nDivers brought the last of the cargo up from the "
            "ferry on Tuesday.\n\nSaturday 17 February\n\nThe ferry left the pier on time. "
            "It turned back halfway across when the wind rose. \"I held on to the rail and "
            "prayed,\" one passenger said.")
    got = rows(text)
    assert any(t.startswith("I held on") and d == "2024-02-17" for t, _, d, _ in got)
    text = ("Inside the Glenmore collapse\n\nThe pit reopened on Monday.\n\n"
            "Thursday 8 February\n\nThe night shift went down at ten. \"We heard the roof "
            "go before we saw anything,\" a miner said.")
    got = rows(text)
    assert any("We heard the roof" in t and d == "2024-02-08" for t, _, d, _ in got)


def test_a_sentence_under_a_day_heading_takes_the_last_clock_told_under_it() -> None:
    # news-dating-27 news09: under 'Thursday', 'They reported it by radio.' is the 7:40
    # find's, not the whole day; after a heading of another kind ('The warnings') the
    # day's part has ended and a report of 2009 is not Friday's
    lead = ("The bridge everyone was watching\n\nCARDENTON, Pa. - At 5:52 p.m. on Thursday, "
            "Sept. 8, the middle pier of the bridge slid into Laurel Run.\n\n")
    text = (lead + "Thursday\n\nAt 7:40, two road crew members found a tree trunk wedged "
            "against the pier. They reported it by radio.")
    df = extract_many([article_from_text(text, "2011-09-25T08:00:00+00:00", "UTC")],
                      inferred=True)
    times = {r.title: (r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d %H:%M"))
             for r in df.itertuples()}
    assert next(v for t, v in times.items() if "by radio" in t) == ("At 7:40",
                                                                    "2011-09-08 07:40")
    text = (lead + "Friday\n\nDivers from the state police went in the next morning.\n\n"
            "The warnings\n\n\"Recommend countermeasures within two years,\" the report "
            "said.")
    df = extract_many([article_from_text(text, "2011-09-25T08:00:00+00:00", "UTC")],
                      inferred=True)
    assert next(pd.Timestamp(r.start).strftime("%Y-%m-%d") for r in df.itertuples()
                if "countermeasures" in r.title) != "2011-09-09"
    # my own: a ferry's crossing told weeks on, its crew's words under the clock before
    text = ("The last crossing\n\nAt 6:05 a.m. on Monday, March 4, the ferry struck the "
            "breakwater.\n\nSunday\n\nAt 9:20 p.m. the mate logged a loose hatch. He "
            "told the captain at the end of his watch.")
    df = extract_many([article_from_text(text, "2024-03-24T08:00:00+00:00", "UTC")],
                      inferred=True)
    times = {r.title: pd.Timestamp(r.start).strftime("%Y-%m-%d %H:%M") for r in df.itertuples()}
    assert next(v for t, v in times.items() if "told the captain" in t) == "2024-03-03 21:20"


def test_a_day_a_narrator_tells_in_the_present_is_a_scene_s_moment() -> None:
    # news-dating-28 news11, a travelogue told in the present: 'Monday is grey and wet'
    # stands on that day, and the narrator's present after it without a time ('I read, and
    # write', 'It rains all afternoon') is that day's, not the publication's
    got = rows("Slow train to the sea\n\nMonday is grey and wet. I read, and write, and "
               "watch the 7.10 and the 18.25 pass in opposite directions.")
    assert ("I read", "Monday", "2024-03-18", "occurrence") in got
    # my own: a hiking blog's day and the present after it
    got = rows("Ten days on the ridge\n\nOn Tuesday we climb to the col above the lake. The "
               "wind drops after lunch.")
    assert ("The wind drops after lunch", "On Tuesday", "2024-03-19", "occurrence") in got
    # news: a day as a present copula's subject with no narrator sets no scene
    got = rows("Council approves budget\n\nOn Monday the council approved the budget.\n\n"
               "Monday is the deadline for objections. Residents can write to the clerk.")
    assert ("Residents can write to the clerk", "", "2024-03-20", "occurrence") in got


def test_a_named_speaker_paragraphs_later_still_speaks_at_the_briefing_the_lead_dated() -> None:
    # news-dating-30's science study: Dr Koh spoke at Tuesday afternoon's briefing; her
    # later saying is from it, not from the embargo's 2am the paragraph before told
    text = ("Smoke from wood heaters linked to lung decline\n\n"
            "\"Nine millilitres sounds small,\" the lead author, Dr Anneliese Koh, said at a "
            "briefing in Wollongong on Tuesday afternoon, a few hours before the embargo "
            "lifted at 2am on Wednesday.\n\n"
            "The last round of tests took place in 2019. Dr Koh said the team had chosen to "
            "stop there because the fire smoke would have swamped the effect.")
    assert ("Dr Koh said the team had chosen to stop there", "on Tuesday afternoon",
            "2024-03-19", "statement") in rows(text)


def test_a_named_speaker_whose_saying_is_old_is_not_sent_back_to_it() -> None:
    # a saying of 2004 is no occasion of the report's: the later one stays on story time
    text = ("Ferry service ends after 80 years\n\n"
            "\"It will outlive me,\" Captain Tom Hale said on the ferry's 60th birthday in "
            "2004.\n\n"
            "The last crossing left the pier at 6pm, and the crew tied up at 7pm.\n\n"
            "Hale said the crossing was the best job he ever had.")
    assert [r for r in rows(text) if r[0].startswith("Hale said")] == [
        ("Hale said the crossing was the best job he ever had", "at 6pm", "2024-03-20",
         "statement")]


def test_an_evening_clock_before_a_small_hours_clock_of_its_day_is_the_evening_before() -> None:
    # news-dating-28, a flight that turned back over the Pacific: the night ran from the
    # emergency into the landing, so 11:40 p.m. is Monday's
    text = ("A flight to Auckland turned back to Honolulu on Tuesday after its windscreen "
            "cracked. The crew declared an emergency at about 11:40 p.m. Honolulu time and "
            "landed back at Daniel K. Inouye International Airport at 12:55 a.m. on Tuesday, "
            "local time.")
    df = extract_many([article_from_text(text, "2016-06-22", "UTC")])
    assert sorted((r.time_text, str(r.start)) for r in df.itertuples()) == [
        ("at 12:55 a.m. on Tuesday", "2016-06-21 00:55:00+00:00"),
        ("at about 11:40 p.m.", "2016-06-20 23:40:00+00:00"),
        ("on Tuesday", "2016-06-21 00:00:00+00:00"),
    ]
    # in the other order the day runs on ('opens at 5am and closes at 11pm')
    df = extract_many([article_from_text("The shop opened at 5am on Tuesday and closed at"
                                         " 11pm.", "2016-06-22", "UTC")])
    assert sorted(str(r.start)[:10] for r in df.itertuples()) == ["2016-06-21", "2016-06-21"]
    # an evening clock that names its day keeps it
    df = extract_many([article_from_text("The bridge will close at 10pm on Friday and reopen "
                                         "at 5am, the council said.", "2016-06-22", "UTC")])
    assert [str(r.start) for r in df.itertuples() if r.time_text.startswith("at 10pm")] == [
        "2016-06-24 22:00:00+00:00"]


def test_a_headline_at_a_part_of_the_day_takes_the_clock_of_the_sentence_naming_it_again(
) -> None:
    def headline(text: str) -> tuple[str, str, str]:
        df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
        row = df[df["title"] == text.split("\n")[0]].iloc[0]
        return row["time_text"], str(row["start"]), str(row["end"])

    text = ("Water main burst floods shops on Leith Walk\n\n"
            "A water main burst under Leith Walk in Edinburgh this morning, flooding a dozen "
            "shops and closing the street to traffic.\n\n"
            "The first call to the water board came at 6:40 a.m. The burst happened at "
            "about 6:25 a.m. under the junction with Pilrig Street.")
    # of two clock times in the morning, the one whose subject is the headline's burst
    assert headline(text) == (
        "at about 6:25 a.m.", "2024-03-20 06:25:00+00:00", "2024-03-20 06:26:00+00:00")
    # who acts in the headline's happening, named again as a subject, times it too
    assert headline("Gunman kills three at school in Ohio\n\n"
                    "A gunman killed three people at a high school in Dayton on Tuesday "
                    "morning, police said.\n\n"
                    "Classes began at 8 a.m. The gunman opened fire in the cafeteria at about "
                    "9:15 a.m.") == (
        "at about 9:15 a.m.", "2024-03-19 09:15:00+00:00", "2024-03-19 09:16:00+00:00")
    # a place the headline names after a preposition is not its happening
    assert headline(text.replace("The burst happened", "The walk flooded")) == (
        "this morning", "2024-03-20 06:00:00+00:00", "2024-03-20 12:00:00+00:00")


def test_a_headline_at_a_part_of_the_day_is_not_timed_by_what_its_verb_acts_on_or_undergoes(
) -> None:
    def headline(text: str) -> tuple[str, str, str]:
        df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
        row = df[df["title"] == text.split("\n")[0]].iloc[0]
        return row["time_text"], str(row["start"]), str(row["end"])

    # the roads the storm closed reopened later: their reopening is not the closing
    assert headline("Storm closes roads across the north\n\n"
                    "A storm closed dozens of roads in the north of the county this morning, "
                    "the highways agency said.\n\n"
                    "The first trees came down at about 7 a.m. The roads reopened at 11:10 "
                    "a.m. after crews cleared them.") == (
        "this morning", "2024-03-20 06:00:00+00:00", "2024-03-20 12:00:00+00:00")
    # the gunman's arrest is something done to him after the shooting
    gunman = ("Gunman kills three at school in Ohio\n\n"
              "A gunman killed three people at a high school in Dayton on Tuesday morning, "
              "police said.\n\n"
              "Classes began at 8 a.m. The gunman was arrested at about 11:30 a.m.")
    assert headline(gunman) == (
        "on Tuesday morning", "2024-03-19 06:00:00+00:00", "2024-03-19 12:00:00+00:00")
    # a passive that retells the headline's own participle still times it
    assert headline("Flood warning lifted along the Severn\n\n"
                    "A flood warning for the river Severn at Worcester was lifted this "
                    "morning, the Environment Agency said.\n\n"
                    "Water levels peaked at 5 a.m. The warning was lifted at 9:40 a.m.") == (
        "at 9:40 a.m.", "2024-03-20 09:40:00+00:00", "2024-03-20 09:41:00+00:00")


def test_a_quotations_own_sentence_in_the_past_retells_the_scene_told_before_it() -> None:
    # my own: the lead dates the rescue this morning, a step back the grounding last night,
    # and the passenger speaks today
    told = ("Ferry passengers taken off sandbank\n\n"
            "Coastguard boats took 60 passengers off a ferry stuck on a sandbank in the "
            "Shannon estuary early this morning.\n\n"
            "The ferry left Kilrush at 9 p.m. yesterday and ran aground at about 10:40 p.m.\n\n")
    before = rows(told + "\"We heard the hull scrape and the engine stopped. After that we "
                  "just sat in the dark,\" Mary Doyle, a passenger, told reporters today.")
    assert ("We heard the hull scrape and the engine stopped", "at about 10:40 p.m.",
            "2024-03-19", "occurrence") in before
    assert ("We heard the hull scrape and the engine stopped", "early this morning",
            "2024-03-20", "statement") in before
    assert ("Doyle: After that we just sat in the dark", "today", "2024-03-20",
            "statement") in before
    assert len(before) == 7
    # the quotation goes on after its attribution
    after = rows(told + "\"We heard the hull scrape,\" Mary Doyle, a passenger, told "
                 "reporters today. \"Then the engine stopped.\"")
    assert ("The engine stopped", "at about 10:40 p.m.", "2024-03-19", "occurrence") in after
    assert len(after) == 7
    # a thing felt is a happening of the scene; a thought, a state or words in the present
    # tell none: no row at the scene's time
    felt = rows(told + "\"We heard the hull scrape,\" Mary Doyle, a passenger, told "
                "reporters today. \"We felt a jolt and the engine stopped.\"")
    assert ("We felt a jolt and the engine stopped", "at about 10:40 p.m.", "2024-03-19",
            "occurrence") in felt
    for words in ("It was a long, cold night.", "We are all safe now.",
                  "The children thought it was an adventure."):
        quoted = rows(told + "\"We heard the hull scrape,\" Mary Doyle, a passenger, told "
                      f"reporters today. \"{words}\"")
        assert not any(day == "2024-03-19" and title == words.rstrip(".")
                       for title, _, day, _ in quoted)
        assert len(quoted) == 6


def test_a_headline_whose_lead_dates_only_the_cause_of_an_outcome_ahead_takes_the_next_time(
) -> None:
    def rows(text: str) -> dict[str, tuple[str, str]]:
        df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
        return {r["title"]: (str(r["start"]), str(r["end"])) for _, r in df.iterrows()}

    text = ("Reservoir shut after boy drowns\n\n"
            "The Lowfield reservoir in Hartwell will stay closed all summer after a "
            "12-year-old boy drowned there on Saturday afternoon, the council said.\n\n"
            "Lifeguards reached him at about 3:20 p.m. Wardens shut the gates on Sunday "
            "morning and put up fences.")
    found = rows(text)
    # the closing came after the drowning: the gates shut on Sunday morning
    assert found["Reservoir shut after boy drowns"] == (
        "2024-03-17 06:00:00+00:00", "2024-03-17 12:00:00+00:00")
    # the cause keeps the lead's time, narrowed to the clock the text gives it
    assert found["Boy drowns"] == ("2024-03-16 15:20:00+00:00", "2024-03-16 15:21:00+00:00")
    # a stretch the outcome lasts before 'after' is no distance from the cause
    lasting = rows(text.replace("all summer after", "for at least six weeks after"))
    assert lasting["Reservoir shut after boy drowns"] == (
        "2024-03-17 06:00:00+00:00", "2024-03-17 12:00:00+00:00")
    # an outcome told in the past happened with its cause: the headline keeps the lead's
    past = rows(text.replace("will stay closed all summer", "was closed"))
    assert past["Reservoir shut after boy drowns"] == (
        "2024-03-16 15:20:00+00:00", "2024-03-16 15:21:00+00:00")


def test_a_plural_headline_subjects_bare_verb_ends_what_a_body_subject_may_echo() -> None:
    def headline(text: str) -> tuple[str, str, str]:
        df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
        row = df[df["title"] == text.split("\n")[0]].iloc[0]
        return row["time_text"], str(row["start"]), str(row["end"])

    # 'roads' is what the floods closed: their reopening at 4 p.m. is another happening
    assert headline("Floods close roads in Cumbria\n\n"
                    "Floods closed dozens of roads across Cumbria this afternoon, the county "
                    "council said.\n\n"
                    "Heavy rain began at about 1 p.m. The roads reopened at 4 p.m. after "
                    "crews cleared them.") == (
        "this afternoon", "2024-03-20 12:00:00+00:00", "2024-03-20 18:00:00+00:00")
    # a name in -s before a bare noun is no plural's verb: the warning still retells it
    assert headline("Bahamas storm warning lifted\n\n"
                    "A storm warning for the Bahamas was lifted this morning, forecasters "
                    "said.\n\n"
                    "Winds eased at 5 a.m. The warning was lifted at 9:40 a.m.") == (
        "at 9:40 a.m.", "2024-03-20 09:40:00+00:00", "2024-03-20 09:41:00+00:00")


def test_a_quotations_own_sentence_of_a_habit_or_a_long_stretch_retells_no_scene() -> None:
    # my own: the passenger's father's thirty years and the family's summers are no moment
    # of the grounding at 10:40 p.m. the sentence before told
    told = ("Ferry passengers taken off sandbank\n\n"
            "Coastguard boats took 60 passengers off a ferry stuck on a sandbank in the "
            "Shannon estuary early this morning.\n\n"
            "The ferry left Kilrush at 9 p.m. yesterday and ran aground at about 10:40 p.m.\n\n"
            "\"We heard the hull scrape,\" Mary Doyle, a passenger, told reporters today. ")
    scene = [("The ferry left Kilrush and ran aground at about 10:40 p.m",
              "at 9 p.m. yesterday", "2024-03-19", "occurrence"),
             ("The ferry left Kilrush at 9 p.m. yesterday and ran aground",
              "at about 10:40 p.m.", "2024-03-19", "occurrence"),
             ("Doyle: We heard the hull scrape", "today", "2024-03-20", "statement"),
             ("Ferry passengers taken off sandbank", "early this morning", "2024-03-20",
              "occurrence"),
             ("Coastguard boats took 60 passengers off a ferry stuck on a sandbank in the…",
              "early this morning", "2024-03-20", "occurrence")]
    for words in ("My father worked on the ferries for thirty years",
                  "My father worked on the ferries for years",
                  "We used to take this ferry every summer"):
        assert rows(told + f"\"{words}.\"") == [
            *scene, (words, "early this morning", "2024-03-20", "statement")]
    # a happening of the scene still retells it
    assert ("The lights went out", "at about 10:40 p.m.", "2024-03-19", "occurrence") in rows(
        told + "\"Then the lights went out.\"")


def test_a_headline_after_its_cause_takes_the_happening_that_retells_the_leads_outcome(
) -> None:
    # my own: the driver's trip to hospital comes first after the lorry strike, but the
    # closing the lead tells ahead ('will remain closed') is the police's at 12:30 p.m.
    text = ("Bridge closed for weeks after lorry strikes arch\n\n"
            "The Wye bridge in Monmouth will remain closed for at least three weeks after a "
            "lorry struck one of its arches on Monday morning, the council said.\n\n"
            "The lorry hit the arch at about 9:15 a.m. Its driver was taken to hospital with "
            "minor injuries on Monday evening. Police closed the bridge to traffic at 12:30 "
            "p.m. after engineers found cracks.")
    df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
    found = {r["title"]: (str(r["start"]), str(r["end"])) for _, r in df.iterrows()}
    assert found["Bridge closed for weeks after lorry strikes arch"] == (
        "2024-03-18 12:30:00+00:00", "2024-03-18 12:31:00+00:00")
    assert found["Lorry strikes arch"] == (
        "2024-03-18 09:15:00+00:00", "2024-03-18 09:16:00+00:00")
    assert found["Its driver was taken to hospital with minor injuries"] == (
        "2024-03-18 18:00:00+00:00", "2024-03-19 00:00:00+00:00")
    assert len(found) == 6
