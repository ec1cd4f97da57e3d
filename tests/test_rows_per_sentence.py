"""Rows per sentence: a sentence gets a row for each time it puts an event at, not one for
every rule that finds an event in it (issue 11: at most 1.25 rows per sentence with one).

Frames are ``extract_many([article], inferred=True)``, as the dashboard shows them with
inferred events on.
"""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many

DCT = "2024-03-20T18:00:00+00:00"  # a Wednesday


def rows(text: str) -> list[tuple[str, str, str, str]]:
    """(title, time as written, first day, anchor) of every row, in time order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    return [
        (r.title, r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d"), r.anchor)
        for r in df.itertuples()
    ]


def test_a_saying_on_the_day_its_report_is_dated_gets_no_second_row() -> None:
    text = "The death toll from the floods rose to 31 on Wednesday, rescue officials said."
    assert rows(text) == [
        ("The death toll from the floods rose to 31, rescue officials said", "on Wednesday",
         "2024-03-20", "relative_to_publication"),
    ]


def test_two_sayings_in_one_sentence_are_one_row_at_the_story_time() -> None:
    # the story's Sunday is a happening's; past sayings of words not in the present go
    # on it as one row, the plan on Friday
    text = ("The ferry sank off the coast on Sunday. The coastguard said all 40 passengers "
            "were safe, and the operator said the crew would be questioned on Friday.")
    assert rows(text) == [
        ("The ferry sank off the coast", "on Sunday", "2024-03-17", "relative_to_publication"),
        ("The coastguard said all 40 passengers were safe", "on Sunday", "2024-03-17",
         "inferred"),
        ("The crew would be questioned", "on Friday", "2024-03-22", "relative_to_publication"),
    ]
    # no story time yet: both sayings are publication's
    text = ("The coastguard said all 40 passengers of the ferry were safe, and the operator "
            "said the crew would be questioned on Friday.")
    assert rows(text) == [
        ("The coastguard said all 40 passengers of the ferry were safe", "", "2024-03-20",
         "inferred"),
        ("The crew would be questioned", "on Friday", "2024-03-22", "relative_to_publication"),
    ]


def test_a_saying_at_publication_beside_now_gets_no_second_row() -> None:
    text = "Engineers now believe the dam can hold, the water authority said."
    assert [r[1:] for r in rows(text)] == [("now", "2024-03-20", "relative_to_publication")]


def test_a_saying_at_publication_beside_a_clock_time_that_day_gets_no_second_row() -> None:
    text = "The fire service said that a gas main had burst in the high street at 7am."
    assert rows(text) == [
        ("A gas main had burst in the high street", "at 7am", "2024-03-20",
         "relative_to_publication"),
    ]


def test_a_saying_on_another_day_than_its_report_keeps_its_row() -> None:
    text = "The fire service said the gas main had burst on Monday."
    assert [r[1:] for r in rows(text)] == [
        ("on Monday", "2024-03-18", "relative_to_publication"),
        ("", "2024-03-20", "inferred"),
    ]


def test_a_baseline_coarser_than_a_day_gets_no_row() -> None:
    text = "Revenue rose to $12 million in the third quarter, up from $9 million a year earlier."
    assert rows(text) == [
        ("Revenue rose to $12 million, up from $9 million a year earlier",
         "in the third quarter", "2023-07-01", "relative_to_publication"),
    ]
    text = "Unemployment fell to 3.1 per cent in February, the lowest since 2008."
    assert [r[1:] for r in rows(text)] == [
        ("in February", "2024-02-01", "relative_to_publication"),
    ]


def test_up_or_down_from_after_a_verb_is_a_particle_not_a_baseline() -> None:
    # news-dating-17: 'came down from the face' moves; the time dates the clause and the
    # story goes on at it
    text = ("A landslide blocked the road last night. The slip came down from the face of "
            "the hill at about 11:20 p.m. Two houses were destroyed.")
    assert [r[1:] for r in rows(text)] == [
        ("last night", "2024-03-19", "relative_to_publication"),
        ("at about 11:20 p.m.", "2024-03-19", "relative_to_publication"),
        ("at about 11:20 p.m.", "2024-03-19", "inferred"),
    ]
    assert [r[1:] for r in rows("She stepped down from the board in March 2019.")] == [
        ("in March 2019", "2019-03-01", "explicit"),
    ]
    # after 'had', a past perfect's participle (news-dating-26 news09); not after 'has'
    text = ("The hospital opened on Monday 12 October 1874 with a matron, Margaret Kerr, who "
            "had come up from Sydney by coastal steamer the week before.")
    assert [r[1:3] for r in rows(text)] == [
        ("the week before", "1874-10-05"), ("on Monday 12 October 1874", "1874-10-12")]
    assert [r[1:] for r in rows("Inflation has come down from last year.")] == [
        ("", "2024-03-20", "inferred")]
    # a form of 'be' before it: the figure's comparison, no row of the year
    assert rows("Profit was down from a year earlier.") == [
        ("Profit was down from a year earlier", "", "2024-03-20", "inferred"),
    ]


def test_a_baseline_on_a_day_keeps_its_row() -> None:
    text = "The pound traded at $1.27 on Tuesday, compared with $1.25 on Monday."
    assert [r[1:] for r in rows(text)] == [
        ("on Monday", "2024-03-18", "relative_to_publication"),
        ("on Tuesday", "2024-03-19", "relative_to_publication"),
    ]


def test_a_time_after_a_participle_in_a_comparison_dates_that_happening() -> None:
    text = "The bank now expects a profit of $2 billion, down from a forecast given last month."
    assert [r[1:] for r in rows(text)] == [
        ("last month", "2024-02-01", "relative_to_publication"),
        ("now", "2024-03-20", "relative_to_publication"),
    ]


def test_a_time_that_alone_names_the_comparison_keeps_its_row() -> None:
    # 'year-ago' makes the quarter a baseline, but the clause tells that older figure
    text = ("The chain reported a profit of $6 million on Monday. It earned $4.1 million in "
            "the year-ago quarter.")
    assert [r[1:] for r in rows(text)] == [
        ("in the year-ago quarter", "2022-10-01", "relative_to_publication"),
        ("on Monday", "2024-03-18", "relative_to_publication"),
        ("on Monday", "2024-03-18", "inferred"),
    ]


def test_the_two_ends_of_a_range_are_one_row_for_the_stretch() -> None:
    # news-dating-2: each end alone put the losing of ice at 2016 and again at 2022
    text = ("Glaciers in the Southern Patagonian Icefield lost ice twice as fast between 2016 "
            "and 2022 as they did in the first decade of this century, according to a study "
            "published on Monday in the journal Nature Geoscience.")
    df = extract_many([article_from_text(text, "2023-05-17T09:00:00+00:00", "UTC")],
                      inferred=True)
    assert [(r.time_text, r.timex, f"{r.start:%Y-%m-%d}", f"{r.end:%Y-%m-%d}")
            for r in df.itertuples()] == [
        ("between 2016 and 2022", "2016/2022", "2016-01-01", "2023-01-01"),
        ("on Monday", "2023-05-15", "2023-05-15", "2023-05-16"),
    ]
    assert df.title[0] == ("Glaciers in the Southern Patagonian Icefield lost ice twice as "
                           "fast as they\u2026")


def test_a_saying_joined_by_but_to_a_dated_verb_shares_its_time() -> None:
    # news-dating-6: Pike said it this morning, as he conceded; no second row at the time
    # of Harlow's speech the night before
    text = ('"Tonight this city chose a council that listens," Harlow told about 300 '
            "supporters at a community hall on Monday night. Pike conceded in a short "
            "statement this morning but said he would ask for a recount.")
    df = extract_many([article_from_text(text, "2010-10-26T15:00:00+00:00", "UTC")],
                      inferred=True)
    second = df[df.sentence_start > 0]
    assert [(r.time_text, r.timex, r.anchor) for r in second.itertuples()] == [
        ("this morning", "2010-10-26TMO", "relative_to_publication"),
    ]


@pytest.mark.parametrize("joint", ["and", "and later", "and publicly"])
def test_a_saying_joined_by_and_to_a_dated_saying_has_no_row_of_its_own(joint: str) -> None:
    # news-dating-3: the minister told and urged on Thursday, one row; an adverb of table
    # joining_adverb, or one in '-ly', may stand between
    text = ('Vice Finance Minister Choi Seong-ho told parliament on Thursday that the economy '
            f'was "sound" {joint} urged investors not to panic.')
    assert [r[1:] for r in rows(text)] == [
        ("on Thursday", "2024-03-14", "relative_to_publication"),
    ]


def test_a_past_clause_dated_after_publication_from_the_story_gets_no_second_row() -> None:
    # news-dating-4: 'nine days later' counts from the story; however its value falls, it
    # dates the arrest itself, not a plan ahead of a past happening ('remanded in custody
    # to reappear on July 3'), so no row at the story's time repeats the clause
    text = ("The attack happened on Monday night. Whitlock was arrested three days later "
            "after his fingerprints were matched to a knife found in a garden.")
    assert [r[1:] for r in rows(text)] == [
        ("on Monday night", "2024-03-18", "relative_to_publication"),
        ("three days later", "2024-03-21", "relative_to_narrative"),
    ]


def test_a_clause_with_a_modal_is_no_past_happening_before_its_time() -> None:
    # news-dating: 'used' is an adjective; 'would also pay' is ahead, and its row is
    # mid-2018's alone, with no second row at the story's Tuesday
    text = ("Environment Minister Sarah Whitlock announced the levy on Tuesday. From mid-2018, "
            "importers of used cars would also pay it on the tyres fitted to each vehicle.")
    df = extract_many([article_from_text(text, "2016-08-24T09:00:00+00:00", "UTC")],
                      inferred=True)
    assert [(r.time_text, r.anchor) for r in df.itertuples() if r.sentence_start > 0] == [
        ("From mid-2018", "explicit"),
    ]


def test_a_verb_of_saying_inside_the_words_of_a_dated_saying_gets_no_row() -> None:
    # news-dating-3: 'reported for work' is what the officials said on Tuesday, no
    # saying at publication
    text = ("Union officials said on Tuesday that only 30 of the plant's production workers "
            "had reported for work.")
    assert [r[1:] for r in rows(text)] == [
        ("on Tuesday", "2024-03-19", "relative_to_publication"),
    ]
    # a speaker's own saying after a comma keeps its row
    text = ("Last week, the director asked Mexican authorities to join the hunt, federal "
            "officials have said.")
    assert [r[1:] for r in rows(text)] == [
        ("Last week", "2024-03-11", "relative_to_publication"),
        ("", "2024-03-20", "inferred"),
    ]


def test_a_range_of_days_keeps_a_row_for_each_day() -> None:
    # news-dating-5: each end is a fully specified date, a row of its own
    text = ("Hackers had stolen payment card details of customers who shopped at its stores "
            "between November 29 and December 18.")
    df = extract_many([article_from_text(text, "2014-01-10T12:00:00+00:00", "UTC")],
                      inferred=True)
    assert [(r.time_text, r.timex) for r in df.itertuples()] == [
        ("November 29", "2013-11-29"), ("December 18", "2013-12-18"), ("", "2014-01-10")]


def test_an_offset_counted_from_its_clauses_own_date_gets_no_row() -> None:
    # the tagger moved March 4 back a week, a day neither the decision nor the
    # announcement has
    text = ("Torada decided to recall the vehicles on March 4, a week before the "
            "announcement, the documents say.")
    assert rows(text) == [
        ("Torada decided to recall the vehicles the documents say", "on March 4",
         "2024-03-04", "explicit"),
        ("Torada decided to recall the vehicles on March 4 the documents say", "",
         "2024-03-20", "inferred"),
    ]
    text = ("The factory opened in 1987, a year after Portugal joined the European Economic "
            "Community, and employed 1,900 people at its peak in 1995.")
    assert [r[1:3] for r in rows(text)] == [("in 1987", "1987-01-01"), ("in 1995", "1995-01-01")]


def test_an_offset_that_is_its_clauses_only_time_keeps_its_row() -> None:
    text = "She enrolled at Northeastern University in 1946 and graduated four years later."
    assert [r[1:3] for r in rows(text)] == [
        ("in 1946", "1946-01-01"), ("four years later", "1950-01-01")]
    # a quotation is a clause of its own: the telling's morning does not date the fall
    text = ('"It fell only two days before we held it in our hands," Whitfield told a news '
            "conference this morning.")
    assert [r[1:3] for r in rows(text)] == [
        ("two days before", "2024-03-18"), ("this morning", "2024-03-20")]


def test_a_happening_an_offset_places_on_its_own_day_is_one_row_titled_by_it() -> None:
    text = ("Laboratory tests confirmed the outbreak on Friday, nearly two weeks after the "
            "first cases were reported at a fishing village on Lake George on March 2.")
    assert rows(text) == [
        ("The first cases were reported at a fishing village on Lake George", "on March 2",
         "2024-03-02", "explicit"),
        ("Laboratory tests confirmed the outbreak, nearly two weeks after the first…",
         "on Friday", "2024-03-15", "relative_to_publication"),
    ]
    # a time of a clause inside the happening's words dates that clause, not the
    # happening: the count keeps its row
    text = ("The council leader resigned late Wednesday, two days after an auditor's report "
            "questioned expense claims he had made since 2002.")
    assert [r[1:3] for r in rows(text)] == [
        ("since 2002", "2002-01-01"), ("two days after", "2024-03-18"),
        ("late Wednesday", "2024-03-20")]


def test_years_to_the_day_after_a_happening_place_it_on_that_day_back() -> None:
    # news-dating-26 news09: the happening is the main clause's day, 150 years back
    text = ("On Saturday, about 2,000 people crowded onto the front lawn of Mirrabook District "
            "Hospital to mark its 150th birthday, 150 years to the day after its doors first "
            "opened.")
    assert [r[1:3] for r in rows(text)] == [
        ("150 years to the day after", "1874-03-16"), ("On Saturday", "2024-03-16")]
    text = "The memorial was unveiled on 6 June 1994, fifty years to the day after the landings."
    assert [r[1:3] for r in rows(text)] == [
        ("fifty years to the day after", "1944-06-06"), ("on 6 June 1994", "1994-06-06")]
    # without 'to the day' a count of years is a year's
    text = "The bank collapsed on Monday, a year after its chairman resigned."
    assert [r[1:3] for r in rows(text)] == [
        ("a year after", "2023-01-01"), ("on Monday", "2024-03-18")]


def test_a_superlative_with_a_long_noun_phrase_ranks_against_its_since() -> None:
    text = ("Brazil's foreign minister signed three agreements with Kenya on Tuesday, on the "
            "first visit to Nairobi by a Brazilian foreign minister since 2010.")
    assert [r[1:] for r in rows(text)] == [
        ("on Tuesday", "2024-03-19", "relative_to_publication")]
    text = ("The KOSPI index closed at 1,793.3 points on Friday, its steepest fall over five "
            "trading days since October 2008.")
    assert [r[1:3] for r in rows(text)] == [("on Friday", "2024-03-15")]
    # a finite verb in a long stretch tells what holds since the time
    text = "He was the first of the family to arrive and has lived in the town since 2010."
    assert [r[1:3] for r in rows(text)] == [("since 2010", "2010-01-01")]


def test_a_time_after_a_ranked_since_s_own_time_dates_the_clause() -> None:
    # 'since' takes 1998; Saturday is when the team won, not a baseline of the title
    assert rows("The team won its first title in the national league since 1998 on "
                "Saturday.") == [
        ("The team won its first title in the national league since 1998", "on Saturday",
         "2024-03-16", "relative_to_publication")]


def test_a_saying_in_a_time_clause_after_a_dated_main_clause_gets_no_row() -> None:
    # the polling stations' reporting tells when he conceded, not words of publication day
    text = ("Kmiecik conceded shortly before midnight on Tuesday, once nearly all of the "
            "city's 83 polling stations had reported.")
    assert rows(text) == [
        ("Kmiecik conceded, once nearly all of the city's 83 polling stations had reported",
         "shortly before midnight on Tuesday", "2024-03-19", "relative_to_narrative"),
    ]
    # a saying with a clause of its own after the subordinate one keeps its row
    assert len(rows("The mayor resigned on Tuesday, after the vote, and the council said "
                    "it would meet again.")) == 2


def test_a_present_clause_in_a_quotation_is_at_the_telling_not_a_row_of_its_own() -> None:
    # news-dating-16: the speaker's 'am walking' is his now, the day he told reporters
    text = ("Three judges yesterday quashed the conviction of Sam Lennie. Lennie told "
            "reporters on the steps: \"I walked into a courtroom in Glasgow in February 1998 "
            "an innocent man, and I am walking out of this one an innocent man.\"")
    assert [r[1:] for r in rows(text)] == [
        ("in February 1998", "1998-02-01", "explicit"),
        ("yesterday", "2024-03-19", "relative_to_publication"),
        ("yesterday", "2024-03-19", "inferred"),
    ]
    # the narrator's own present clause keeps its row at publication
    text = ("Three judges yesterday quashed the conviction of Sam Lennie, and he is suing "
            "the police.")
    assert [r[1:] for r in rows(text)] == [
        ("yesterday", "2024-03-19", "relative_to_publication"),
        ("", "2024-03-20", "inferred"),
    ]
