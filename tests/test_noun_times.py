"""A time that modifies a noun dates the noun; a comparison's baseline dates no clause.

Frames are ``extract_many([article], inferred=True)``, as in test_story.py.
"""

from __future__ import annotations

import pandas as pd

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many

DCT = "2024-03-20T18:00:00+00:00"  # a Wednesday


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    """(title, time as written, first day, last day, kind) of every row, in time order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    day = "%Y-%m-%d"
    return [
        (r.title, r.time_text, pd.Timestamp(r.start).strftime(day),
         (pd.Timestamp(r.end) - pd.Timedelta(seconds=1)).strftime(day), r.kind)
        for r in df.itertuples()
    ]


def test_a_dated_noun_gets_the_time_and_the_clause_its_own() -> None:
    text = "Police arrested two men on Monday.\nFord missed a March 1 deadline to file its plan."
    assert rows(text) == [
        ("March 1 deadline", "March 1", "2024-03-01", "2024-03-01", "occurrence"),
        ("Police arrested two men", "on Monday", "2024-03-18", "2024-03-18", "occurrence"),
        ("Ford missed a March 1 deadline to file its plan", "on Monday", "2024-03-18",
         "2024-03-18", "occurrence"),
    ]


def test_a_noun_ending_as_an_adverb_does_is_still_the_head_of_its_phrase() -> None:
    # 'rally' ends in -ly but is no adverb: the row is the July rally's, not 'The July'
    assert rows("Police said the July rally was peaceful.")[0] == (
        "The July rally", "July", "2023-07-01", "2023-07-31", "occurrence")
    assert rows("Organisers said the 2019 family reunion drew 300 people.")[0][0] == (
        "The 2019 family reunion")


def test_a_quarter_before_results_dates_the_results_not_the_report() -> None:
    text = "The company reported third-quarter results on Tuesday."
    assert rows(text) == [
        ("Third-quarter results", "third-quarter", "2023-07-01", "2023-09-30", "occurrence"),
        ("The company reported third-quarter results", "on Tuesday", "2024-03-19",
         "2024-03-19", "statement"),
    ]


def test_a_hyphenated_quarter_after_a_preposition_still_dates_its_noun() -> None:
    text = ("Steinberg Logistik jumped 6 percent after the freight group reported a 23 percent "
            "rise in third-quarter operating profit.")
    assert rows(text) == [
        ("Third-quarter operating profit", "in third-quarter", "2023-07-01", "2023-09-30",
         "occurrence"),
        ("Steinberg Logistik jumped 6 percent after the freight group reported a 23…", "",
         "2024-03-20", "2024-03-20", "statement"),
    ]


def test_a_hyphenated_quarter_framing_its_clause_dates_the_clause() -> None:
    # opening the sentence, the phrase frames the clause: no noun of its own to date
    assert rows("In first-quarter trading, shares of Acme rose 5 percent.") == [
        ("Trading, shares of Acme rose 5 percent", "In first-quarter", "2024-01-01",
         "2024-03-31", "occurrence"),
    ]


def test_a_hyphenated_time_without_a_period_word_dates_its_clause() -> None:
    assert rows("In mid-July prices fell sharply.") == [
        ("Prices fell sharply", "In mid-July", "2023-07-01", "2023-07-31", "occurrence"),
    ]


def test_a_full_date_with_its_year_set_off_by_commas_dates_its_noun() -> None:
    text = ("On the FBI list, Kopp replaces two former Libyan agents charged in the Dec. 21, "
            "1988, bombing of Pan Am Flight 103.")
    assert rows(text) == [
        ("The Dec. 21, 1988, bombing", "Dec. 21, 1988", "1988-12-21", "1988-12-21",
         "occurrence"),
        ("On the FBI list, Kopp replaces two former Libyan agents charged in the Dec.…",
         "", "2024-03-20", "2024-03-20", "occurrence"),
    ]


def test_a_full_date_without_a_determiner_before_it_dates_its_clause() -> None:
    assert rows("On Dec. 21, 1988, a bomb destroyed Pan Am Flight 103 over Lockerbie.") == [
        ("A bomb destroyed Pan Am Flight 103 over Lockerbie", "On Dec. 21, 1988", "1988-12-21",
         "1988-12-21", "occurrence"),
    ]


def test_a_possessive_time_dates_its_noun() -> None:
    assert rows("Next Friday's vote was postponed.") == [
        ("Next Friday's vote was postponed", "", "2024-03-20", "2024-03-20", "occurrence"),
        ("Next Friday's vote", "Next Friday", "2024-03-22", "2024-03-22", "occurrence"),
    ]


def test_a_part_of_a_day_before_a_noun_is_read_with_the_clauses_day() -> None:
    text = "Afghan forces ended an overnight attack on the hotel Sunday."
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [
        ("Afghan forces ended an overnight attack on the hotel Sunday", "Sunday",
         "2024-03-17"),
    ]


def test_a_comparison_baseline_dates_its_figure_not_the_clause() -> None:
    text = "Police arrested two men on Monday.\nNet income rose to $94 million, up from " \
           "$85 million a year ago."
    # the baseline, coarser than a day, gets no row (test_rows_per_sentence.py)
    assert rows(text) == [
        ("Police arrested two men", "on Monday", "2024-03-18", "2024-03-18", "occurrence"),
        ("Net income rose to $94 million, up from $85 million a year ago", "on Monday",
         "2024-03-18", "2024-03-18", "occurrence"),
    ]


def test_since_and_compared_with_are_baselines() -> None:
    lowest = rows("Unemployment fell to its lowest since 1998.")
    close = rows("The index closed at 7,000 on Tuesday, compared with the close on Wednesday.")
    assert [(r[0], r[2]) for r in lowest] == [
        ("Unemployment fell to its lowest since 1998", "2024-03-20"),
    ]
    assert [(r[0], r[2]) for r in close] == [
        ("The index closed at 7,000, compared with the close on Wednesday", "2024-03-19"),
        ("Compared with the close on Wednesday", "2024-03-20"),
    ]


def test_a_superlative_and_since_with_words_between_are_a_baseline() -> None:
    text = "Oil prices fell 7 percent on Tuesday, their biggest daily drop since 2022."
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [
        ("Oil prices fell 7 percent, their biggest daily drop since 2022", "on Tuesday",
         "2024-03-19"),
    ]
    # an ordinal too, and up to four words between
    assert rows("It is the fourth drowning in the region since March 1.") == [
        ("Fourth drowning in the region since March 1", "since March 1", "2024-03-01",
         "2024-03-01", "occurrence"),
        ("It is the fourth drowning in the region since March 1", "", "2024-03-20",
         "2024-03-20", "status"),
    ]
    # a noun in -est is no superlative: the arrests since Monday are dated by it
    assert rows("Police have arrested 30 people at the protest since Monday.") == [
        ("Police have arrested 30 people at the protest", "since Monday", "2024-03-18",
         "2024-03-18", "occurrence")]


def test_from_and_a_time_right_after_another_time_is_a_baseline() -> None:
    # February dates the rise; January is what it is compared with
    text = "Industrial orders rose 1.2 percent in February from January."
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [
        ("Industrial orders rose 1.2 percent from January", "in February", "2024-02-01"),
    ]
    # 'from Monday to Wednesday' is a range, no comparison; its ends are days, each a
    # fully specified time with its own row
    assert [r[1] for r in rows("Controllers will strike from Monday to Wednesday next "
                               "week.")] == ["from Monday", "Wednesday next week"]


def test_a_time_opening_its_clause_is_no_baseline() -> None:
    assert rows("A year earlier the company earned $2.4 million.") == [
        ("The company earned $2.4 million", "A year earlier", "2023-01-01", "2023-12-31",
         "occurrence"),
    ]


def test_more_than_bounds_a_number_and_compares_no_time() -> None:
    text = "Twin car bombs wounded more than 30 people in Benghazi on Tuesday."
    assert rows(text) == [
        ("Twin car bombs wounded more than 30 people in Benghazi", "on Tuesday", "2024-03-19",
         "2024-03-19", "occurrence"),
    ]


def titles(text: str) -> list[tuple[str, str]]:
    """(title, time as written) of the rows the text dates itself, in text order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    return [(r.title, r.time_text) for r in df.sort_values("char_start").itertuples()]


def test_a_noun_title_runs_from_the_time_to_the_head_noun() -> None:
    text = ("Slepian's death was raised in Saturday night's debate between the two men. A man "
            "was arrested over last year's deadly U.S. Embassy blasts in Kenya. Unisys "
            "attributed its fourth-quarter slump partly to higher costs.")
    assert [t for t, _ in titles(text)] == [
        "Saturday night's debate", "Last year's deadly U.S. Embassy blasts",
        "Its fourth-quarter slump"]


def test_it_is_and_a_conjunction_are_no_determiners() -> None:
    text = "It's now become a tragedy. Kellogg said that by 1992 it intended to grow."
    assert titles(text) == [
        ("It's become a tragedy", "now"), ("Kellogg said that it intended to grow", "by 1992")]


def test_a_baseline_title_names_the_figure_compared() -> None:
    text = ("Volume was 840 million shares, up from 443 million on Thursday. Wages were 3.8 "
            "percent higher than on March 1. RMS reported a loss, compared with a "
            "year-earlier loss of $26,956. The less-than-robust third-quarter results came "
            "amid concern.")
    assert titles(text) == [
        ("Up from 443 million on Thursday", "on Thursday"),
        ("Higher than on March 1", "on March 1"),
        ("Year-earlier loss", "year-earlier"),
        ("Third-quarter results", "third-quarter"),
    ]


def test_no_later_or_no_earlier_than_is_a_deadline_not_a_baseline() -> None:
    text = ("The company will repay the loan no later than Friday, the regulator said. "
            "Officials expect a decision no earlier than June 1.")
    # 'no later than' and 'no earlier than' are signals of their times, as 'by' is
    assert [row[1:] for row in rows(text)] == [
        ("", "2024-03-20", "2024-03-20", "statement"),
        ("no later than Friday", "2024-03-22", "2024-03-22", "plan"),
        ("no earlier than June 1", "2024-06-01", "2024-06-01", "occurrence"),
    ]
    assert rows(text)[2][0] == "Officials expect a decision"


def test_a_noun_a_superlative_ranks_since_a_time_is_now_not_then() -> None:
    # news-dating-3: 'the most since 2008' and the selling are this week's, no row at 2008
    text = ("Foreign investors sold a net 4.2 trillion won of Korean shares during the week, "
            "the most since 2008, according to Korea Exchange data.")
    assert [r[1:] for r in rows(text)] == [
        ("during the week", "2024-03-18", "2024-03-24", "occurrence")]
    # a happening's noun ranked so ('its first cut since') is no happening at that time
    text = ("The central bank cut its key rate by a quarter point on Monday, its first cut "
            "since March 2009.")
    assert [r[1:] for r in rows(text)] == [("on Monday", "2024-03-18", "2024-03-18", "occurrence")]


def test_a_baseline_time_restated_by_when_dates_that_happening() -> None:
    # news-dating-7: the strike of 2003 is told after 'when', and dated by it
    text = ("It is the first strike at the chain since 2003, when its drivers stopped work for "
            "three days.")
    assert rows(text)[0] == ("Its drivers stopped work for three days", "since 2003", "2003-01-01",
                             "2003-12-31", "occurrence")


def test_a_bare_year_before_a_noun_dates_the_noun_and_the_headline_takes_the_lead() -> None:
    # a headline drops the noun's article: '1998' is the conviction's, the quashing the lead's
    text = ("Scottish appeal judges quash 1998 conviction over fatal Paisley fire\n\n"
            "Three judges at the High Court in Edinburgh yesterday quashed the murder "
            "conviction of a man who served fourteen years in prison.")
    assert rows(text) == [
        ("1998 conviction", "1998", "1998-01-01", "1998-12-31", "occurrence"),
        ("Scottish appeal judges quash 1998 conviction over fatal Paisley fire", "yesterday",
         "2024-03-19", "2024-03-19", "occurrence"),
        ("Three judges at the High Court in Edinburgh quashed the murder conviction of a…",
         "yesterday", "2024-03-19", "2024-03-19", "occurrence"),
    ]
    # after a preposition the year is the clause's, and a verb in -ing is no noun
    assert rows("Each index is based on the close of 1969 equaling 100.")[0][:2] == (
        "Each index is based on the close of equaling 100", "1969")
    # a number after a word that rounds it counts ('around 1900 farmers'): no noun's year
    assert [r[:2] for r in rows("Then around 1900 farmers left the valley.")] == [
        ("Farmers left the valley", "around 1900")]


def test_a_noun_phrase_title_ends_with_its_headline_line() -> None:
    # the lead's first word is no part of the headline's noun phrase
    text = ("Detectives reopen 1985 murder case\n\n"
            "Police in Leeds said on Monday they had reopened the case.")
    assert rows(text)[0] == ("1985 murder case", "1985", "1985-01-01", "1985-12-31",
                             "occurrence")


def test_a_contract_s_delivery_month_dates_no_clause_of_a_moving_price() -> None:
    # the month names the futures contract; the price rose at the story's time
    text = ("A compressor fault shut the plant on Monday.\nPrices for delivery in December "
            "rose 6 percent to 21.80 pence.")
    assert rows(text) == [
        ("A compressor fault shut the plant", "on Monday", "2024-03-18", "2024-03-18",
         "occurrence"),
        ("Prices for delivery in December rose 6 percent to 21.80 pence", "on Monday",
         "2024-03-18", "2024-03-18", "occurrence"),
    ]
    text = "Light, sweet crude for May delivery rose $2.89 to settle at $84.08 on Tuesday."
    assert [r[1:4] for r in rows(text)] == [("on Tuesday", "2024-03-19", "2024-03-19")]
    # a delivery that moves no figure is a happening and keeps its row
    assert [r[1:4] for r in rows("The first jets are due for delivery in December.")] == [
        ("in December", "2024-12-01", "2024-12-31")]


def test_an_older_result_s_baseline_time_dates_that_result() -> None:
    # 'against a profit of $45 million a year earlier': the profit was earned then
    text = ("Veltrix reported a net loss of $310 million for the fourth quarter on Tuesday, "
            "against a profit of $45 million a year earlier.")
    assert [r[1:4] for r in rows(text)] == [
        ("a year earlier", "2022-10-01", "2022-12-31"),
        ("for the fourth quarter", "2023-10-01", "2023-12-31"),
        ("on Tuesday", "2024-03-19", "2024-03-19"),
    ]
    # a figure's baseline with no result noun before it dates nothing
    text = ("Veltrix's sales fell to $310 million in the fourth quarter, down from $450 "
            "million a year earlier.")
    assert [r[1] for r in rows(text)] == ["in the fourth quarter"]


def test_a_counts_baseline_time_dates_that_count() -> None:
    # news-dating-23: 'the last full count, in 2010' was made in 2010 (event_noun)
    text = ("A survey by park scientists earlier this month counted about 1,000 tortoises on "
            "the island, up from 860 in the last full count, in 2010.")
    assert ("in 2010", "2010-01-01", "2010-12-31") in [r[1:4] for r in rows(text)]
    # a figure's baseline with no noun of a happening before it dates nothing
    text = "Rangers counted 52 wolves this month, up from 41 in 2018."
    assert "in 2018" not in [r[1] for r in rows(text)]


def test_a_noun_ranked_within_this_year_is_the_story_s_not_the_year_s() -> None:
    # news-dating-24 news02: 'the second national blackout this year' is last night's, the
    # outage the sentence before told; 'this year' only counts it
    text = ("Much of Kenya lost electricity on Monday night after a fault tripped the "
            "national grid. It was the second national blackout this year.")
    assert all(r[1] != "this year" for r in rows(text))
    # my own: a bank's second cut, a town's third flood
    text = "The central bank cut rates on Monday. It was its second cut this year."
    assert all(r[1] != "this year" for r in rows(text))
    text = "The river flooded the market on Tuesday, the third flood in the town this month."
    assert all(r[1] != "this month" for r in rows(text))
    # a year told with no rank still dates its clause
    assert rows("The town flooded twice this year.")[0][1] == "this year"
    # news-dating-20 news05: 'for the first time this month' is dated by the month
    text = "Its new press line ran at full capacity for the first time this month."
    assert rows(text)[0][1] == "this month"


def test_a_sentence_ranking_the_story_s_happening_is_dated_at_the_lead_s_time() -> None:
    # news-dating-24 news05: 'the third church robbery' is Wednesday night's theft the lead
    # told, not Thursday morning's checkpoints told just before it
    text = ("Thieves broke into a church in the village of Yocalla on Monday night and "
            "stole a silver altar front, police said yesterday. Officers searched "
            "vehicles at checkpoints on the roads to Oruro and Sucre on Tuesday morning. "
            "It was the third church robbery in the department this year.")
    ranked = [r for r in rows(text) if r[0].startswith("It was the third")]
    assert [(r[1], r[2]) for r in ranked] == [("on Monday night", "2024-03-18")]
    # my own: an owner before the ordinal, present tense; a time within the lead's, told
    # since, stays; 'the first time' ranks no happening
    text = ("A tanker truck overturned on the A7 near Valence on Monday night, the "
            "prefecture said today. It is the road's third serious accident since January.")
    ranked = [r for r in rows(text) if r[0].startswith("It is the road")]
    assert [(r[1], r[2]) for r in ranked] == [("on Monday night", "2024-03-18")]
    text = ("Thieves stole three paintings from a museum in Ghent early on Tuesday, police "
            "said today. The alarm went off at 3:10 a.m. It was the museum's second "
            "burglary since 2012.")
    ranked = [r for r in rows(text) if r[0].startswith("It was the museum")]
    assert [r[1] for r in ranked] == ["at 3:10 a.m."]
    text = ("A tanker truck overturned on the A7 near Valence on Monday night, the "
            "prefecture said today. It is the first time since 2009 that the motorway "
            "has been shut.")
    ranked = [r for r in rows(text) if r[0].startswith("It is the first")]
    assert ranked and all(r[1] != "on Monday night" for r in ranked)
    # news-dating-3 news01: a ranked figure keeps the period of the results it follows
    text = ("Brenner Steel reported a net loss of 40 million euros for the fourth quarter "
            "on Tuesday. It was the company's first quarterly loss since 2016.")
    ranked = [r for r in rows(text) if r[0].startswith("It was the company")]
    assert [r[1] for r in ranked] == ["for the fourth quarter"]
