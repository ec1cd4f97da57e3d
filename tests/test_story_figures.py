"""Rules from sorting the dating benchmark's errors (issue 11): a compound or a determiner's
participle tells no tense, figures told after results belong to the results' period, a
time after "from" and a figure is its baseline, a present expectation holds at
publication, past sentences after an old time go on at it, and a time in a dependent
clause leaves the main clause a row.

Frames are ``extract_many([article], inferred=True)``, as in test_story.py.
"""

from __future__ import annotations

import pandas as pd

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many

DCT = "2024-03-20T18:00:00+00:00"  # a Wednesday


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    """(title, time as written, start, end, kind) of every row, in time order."""
    df = extract_many([article_from_text(text, DCT, "UTC")], inferred=True)
    moment = "%Y-%m-%d %H:%M"
    return [
        (r.title, r.time_text, pd.Timestamp(r.start).strftime(moment),
         pd.Timestamp(r.end).strftime(moment), r.kind)
        for r in df.itertuples()
    ]


def test_a_participle_in_a_compound_or_after_a_determiner_tells_no_tense() -> None:
    # 'New York-based' and 'a customized' are adjectives: the sentence is in the present
    # and stands at publication, not at the story's day
    text = ("Radio Co said yesterday it had agreed to a merger.\n"
            "New York-based Radio Co provides a customized music service to shops.")
    assert rows(text)[-1] == (
        "New York-based Radio Co provides a customized music service to shops", "",
        "2024-03-20 00:00", "2024-03-21 00:00", "occurrence")


def test_figures_told_after_results_belong_to_the_results_period() -> None:
    text = ("Acme Corp said yesterday that its fourth-quarter net income fell 6% to $9.5 "
            "million.\n\nSales rose 2.9% to $329.2 million.\n\n"
            "Orders from China dropped 31%.\n\nThe company blamed weak demand.")
    assert rows(text)[1:] == [
        ("Sales rose 2.9% to $329.2 million", "fourth-quarter", "2023-10-01 00:00",
         "2024-01-01 00:00", "occurrence"),
        ("Orders from China dropped 31%", "fourth-quarter", "2023-10-01 00:00",
         "2024-01-01 00:00", "occurrence"),
        ("Acme Corp said that its fourth-quarter net income fell 6% to $9.5 million",
         "yesterday", "2024-03-19 00:00", "2024-03-20 00:00", "statement"),
        ("The company blamed weak demand", "yesterday", "2024-03-19 00:00",
         "2024-03-20 00:00", "occurrence"),
    ]


def test_a_figure_after_a_day_or_a_running_period_stays_at_the_story_time() -> None:
    day = rows("Shares of Acme fell 5% to $12 on Tuesday.\n\nRival Corp rose 3% to $8.")
    running = rows("Acme said on Tuesday that sales this year rose 5%.\n\n"
                   "Profit climbed 3% to $8 million.")
    assert day[-1] == ("Rival Corp rose 3% to $8", "on Tuesday", "2024-03-19 00:00",
                       "2024-03-20 00:00", "occurrence")
    assert running[-1] == ("Profit climbed 3% to $8 million", "on Tuesday",
                           "2024-03-19 00:00", "2024-03-20 00:00", "occurrence")


def test_figures_after_results_told_on_a_day_take_the_period_not_the_day() -> None:
    # 'on Tuesday' dates the reporting: the revenue is the fourth quarter's
    text = ("Brightwater Foods reported a net loss of $40 million for the fourth quarter on "
            "Tuesday.\n\nRevenue fell 12 percent to $310 million and its stores served 8 "
            "percent fewer customers.")
    assert rows(text)[1] == (
        "Revenue fell 12 percent to $310 million and its stores served 8 percent fewer\u2026",
        "for the fourth quarter", "2023-10-01 00:00", "2024-01-01 00:00", "occurrence")
    # 'earlier this month' is when February's figures were reported; 'reached' a figure
    text = ("Consumer prices rose 3.1 percent in February, the statistics office reported "
            "earlier this month.\n\nCore inflation reached 2.6 percent.")
    assert rows(text)[1] == ("Core inflation reached 2.6 percent", "in February",
                             "2024-02-01 00:00", "2024-03-01 00:00", "occurrence")


def test_a_figure_after_a_length_closed_by_a_day_takes_that_period() -> None:
    # 'the three months to Dec. 31' is the fourth quarter, not the day that closes it
    text = ("Northgate Rail said yesterday that net income for the three months to Dec. 31 "
            "dropped to C$14.2 million.\n\nRevenue slipped 6 percent to C$118.5 million.")
    assert rows(text)[0] == ("Revenue slipped 6 percent to C$118.5 million", "Dec. 31",
                             "2023-10-01 00:00", "2024-01-01 00:00", "occurrence")
    # 'the year ended Sept. 30': the twelve months back from the day after it
    text = ("Ralston said yesterday that for the year ended Sept. 30 it earned $422.5 "
            "million.\n\nSales rose 4% to $6.7 billion.")
    assert rows(text)[0] == ("Sales rose 4% to $6.7 billion", "Sept. 30",
                             "2022-10-01 00:00", "2023-10-01 00:00", "occurrence")
    # a length closed by a time still to come is no period over: the story's day
    text = ("Acme said yesterday that it will spend $9 million over the three years to "
            "2027.\n\nSales rose 2.9% to $329.2 million.")
    assert [r for r in rows(text) if r[0].startswith("Sales")] == [
        ("Sales rose 2.9% to $329.2 million", "yesterday", "2024-03-19 00:00",
         "2024-03-20 00:00", "occurrence")]


def test_a_time_after_from_and_a_figure_is_its_baseline() -> None:
    # 'a year ago' dates the $70.1 million, not the decline, and moves no story
    text = ("Net interest income for the fourth quarter declined to $35.6 million from "
            "$70.1 million a year ago.\n\nNon-interest income rose to $23.5 million.")
    found = rows(text)
    assert ("Non-interest income rose to $23.5 million", "for the fourth quarter",
            "2023-10-01 00:00", "2024-01-01 00:00", "occurrence") in found
    # a baseline coarser than a day gets no row (baselines.dates_nothing)
    assert [r[1] for r in found].count("a year ago") == 0


def test_a_time_after_a_changes_figure_and_from_is_its_baseline() -> None:
    # news-dating-23 news12: 'from March 2018' dates the older median, not the fall told
    # next, which stays in last month, the month the story reports
    text = ("Buyers closed on 212 single-family homes in the city last month. The median "
            "price was $412,500, up just 1.2 percent from March 2018. Condo and townhome "
            "prices fell 2.8 percent year over year, to a median of $268,000.")
    found = rows(text)
    assert [r[1] for r in found].count("from March 2018") == 0
    assert [r[1:4] for r in found if r[0].startswith("Condo")] == [
        ("last month", "2024-02-01 00:00", "2024-03-01 00:00")]
    # a change in points or '%' too: 'from last week' is the older level's
    found = rows("The index climbed 40 points from last week. Exports were up 4.1% from "
                 "December, the ministry said.")
    assert {r[1] for r in found}.isdisjoint({"from last week", "from December"})
    # news-dating-5 news14: after 'by', 'from Monday' is when the rise takes effect
    found = rows("Kessler Kaffee, one of Germany's largest roasters, said on Thursday it "
                 "would raise its shop prices by 8 percent from Monday.")
    assert "from Monday" in {r[1] for r in found if r[4] == "plan"}


def test_from_a_figure_dates_only_the_older_figure_of_a_range() -> None:
    text = "The jobless rate rose from 5% in January to 7% in February."
    # January, the older figure's month, is a baseline coarser than a day: no row
    assert [r[1:4] for r in rows(text)] == [
        ("in February", "2024-02-01 00:00", "2024-03-01 00:00"),
    ]


def test_a_present_expectation_holds_at_publication_beside_what_it_expects() -> None:
    text = ("Acme said on Monday it had agreed to buy Widget Co.\n\n"
            "The deal is expected to close in June.\n\n"
            "The minister is scheduled to visit Paris on Friday.")
    assert rows(text)[1:] == [
        ("The deal is expected to close in June", "", "2024-03-20 00:00",
         "2024-03-21 00:00", "forecast"),
        ("The minister is scheduled to visit Paris on Friday", "", "2024-03-20 00:00",
         "2024-03-21 00:00", "plan"),
        ("The minister is scheduled to visit Paris", "on Friday", "2024-03-22 00:00",
         "2024-03-23 00:00", "plan"),
        ("The deal is expected to close", "in June", "2024-06-01 00:00",
         "2024-07-01 00:00", "forecast"),
    ]


def test_an_expectation_inside_what_was_said_or_a_quote_gets_no_row_of_its_own() -> None:
    said = rows("Acme said it expects to close the deal in June.")
    quoted = rows('"I hope we can close the deal in June," the chief executive said.')
    # the saying's row is the only one at publication; no forecast or plan row beside it
    assert [(r[1], r[4]) for r in said] == [("", "statement"), ("in June", "forecast")]
    assert [r[4] for r in quoted] == ["statement", "statement"]


def test_past_sentences_after_an_old_time_go_on_telling_that_episode() -> None:
    # a background told in the past stays at its time until a saying, a present tense or
    # a time of its own takes the story back
    text = ("Opposition leader Sam Rainsy returned to Phnom Penh on Tuesday.\n"
            "In July last year, Hun Sen staged a coup against his rival. The rival's "
            "loyalists fled the capital.\n"
            "Rainsy told reporters he would stay.")
    assert rows(text)[1:] == [
        ("The rival's loyalists fled the capital", "In July last year", "2023-07-01 00:00",
         "2023-08-01 00:00", "occurrence"),
        ("Opposition leader Sam Rainsy returned to Phnom Penh", "on Tuesday",
         "2024-03-19 00:00", "2024-03-20 00:00", "occurrence"),
        ("Rainsy told reporters he would stay", "on Tuesday", "2024-03-19 00:00",
         "2024-03-20 00:00", "statement"),
    ]


def test_an_age_in_a_when_clause_is_no_figure_and_the_episode_goes_on() -> None:
    # news-dating-16, news14-feature-night-radio-host
    text = ("In July 1987, when she was 19 and working nights at a petrol station in "
            "Footscray, she rang a late-night talkback show to complain about a song. The "
            "host kept her on air for twenty minutes.")
    assert rows(text)[1] == ("The host kept her on air for twenty minutes", "In July 1987",
                             "1987-07-01 00:00", "1987-08-01 00:00", "occurrence")
    # so is one opening the clause before its comma
    text = ("When she was 19, she rang a late-night talkback show in July 1987 to complain "
            "about a song. The host kept her on air for twenty minutes.")
    assert rows(text)[1] == ("The host kept her on air for twenty minutes", "in July 1987",
                             "1987-07-01 00:00", "1987-08-01 00:00", "occurrence")
    # the clause's own verb with a number is a figure still: no episode after it
    text = ("In 2019, shipments rose 9% to 40,000 units, when demand was 12% higher. The "
            "company hired 300 workers.")
    assert rows(text)[1][1:3] == ("", "2024-03-20 00:00")


def test_past_words_on_a_speakers_present_word_do_not_end_an_episode() -> None:
    # a feature's interview, told now, about the episode before it (news-dating-13
    # news14): the next past sentence goes on at the episode's time
    text = ("The family left the valley in March 1961. His mother did not look back, he "
            "says. His father cried the whole way.")
    assert rows(text)[1] == ("His father cried the whole way", "in March 1961",
                             "1961-03-01 00:00", "1961-04-01 00:00", "occurrence")
    # a present saying of the present takes the story back, as a past saying does
    for said in ("He says the new house is too small.", "His mother did not look back, he "
                 "said."):
        told = rows(text.replace("His mother did not look back, he says.", said))
        assert told[-1][:3] == ("His father cried the whole way", "", "2024-03-20 00:00"), said


def test_an_old_saying_starts_an_episode_the_past_sentences_after_it_go_on_telling() -> None:
    # history told through what was said then (AQUAINT NYT19990312.0271): the next past
    # sentence is of that year, not of the story's Tuesday
    lead = "NATO admitted three new members on Tuesday.\n"
    told = rows(f"{lead}In July 1997 the alliance announced it would accept Poland. Romania "
                "and Slovenia were turned away.")
    assert told[1] == ("Romania and Slovenia were turned away", "In July 1997",
                       "1997-07-01 00:00", "1997-08-01 00:00", "status")
    # not a recent saying, nor an old time that dates another clause than the saying's
    for text in (f"{lead}Energis said last week that it would appeal. Its chief executive "
                 "called the result a disaster.",
                 f"{lead}Energis, the company that won the contract in 2012, says it is "
                 "disappointed. Its chief executive called the result a disaster."):
        assert next(r for r in rows(text) if r[0].startswith("Its chief"))[1:3] == (
            "on Tuesday", "2024-03-19 00:00"), text


def test_a_figure_or_a_stretch_since_a_time_starts_no_episode() -> None:
    figure = rows("Lumen unveiled a tablet on Tuesday.\n"
                  "Shipments rose 9% in 2023 after four years of decline.\n"
                  "Analysts were divided on the price.")
    since = rows("Lumen unveiled a tablet on Tuesday.\n"
                 "The toll has risen to 40 since 2019. Officials were divided on it.")
    assert figure[-1] == ("Analysts were divided on the price", "on Tuesday",
                          "2024-03-19 00:00", "2024-03-20 00:00", "status")
    assert since[-1] == ("Officials were divided on it", "on Tuesday", "2024-03-19 00:00",
                         "2024-03-20 00:00", "status")


def test_a_year_after_was_is_no_figure_and_a_count_from_an_old_year_is_an_episode() -> None:
    # 'was wounded in 1916': the number after 'was' is the year, no figure told; 'two years
    # later' after 1914 reaches 1916: the past sentence after either goes on at it, not at
    # publication (a history or an obituary walks through its years this way)
    year = rows("Arthur Pell joined the army in 1914. He was wounded at the Somme in 1916. "
                "He became a teacher after the war.")
    later = rows("Arthur Pell joined the army in 1914 and was wounded at the Somme two years "
                 "later. He became a teacher after the war.")
    assert year[-1] == ("He became a teacher after the war", "in 1916", "1916-01-01 00:00",
                        "1917-01-01 00:00", "occurrence")
    assert later[-1] == ("He became a teacher after the war", "two years later",
                         "1916-01-01 00:00", "1917-01-01 00:00", "occurrence")
    # a year as a figure's baseline still makes a figure: the results' quarter
    since = rows("Lumen said on Tuesday that it lost $2 million in the fourth quarter. It was "
                 "the company's first quarterly loss since 2001.")
    assert since[1] == ("It was the company's first quarterly loss since 2001",
                        "in the fourth quarter", "2023-10-01 00:00", "2024-01-01 00:00", "status")
    # a stretch running up to now starts no episode
    stretch = rows("Lumen unveiled a tablet on Tuesday.\nOver the last three years, its sales "
                   "fell. Analysts were divided on the price.")
    assert stretch[-1] == ("Analysts were divided on the price", "on Tuesday",
                           "2024-03-19 00:00", "2024-03-20 00:00", "status")


def test_a_year_right_after_was_is_an_aside_no_later_sentence_goes_on_at() -> None:
    # 'The last time it was this high was in 1947' names when a ranked thing was, as a
    # figure does: the story goes on at its own day
    for text, last in (
            ("The river rose to 5.2 metres on Tuesday. The last time it was this high was in "
             "1947. Hundreds of homes were flooded.", "Hundreds of homes were flooded"),
            ("Smith scored twice on Tuesday. His last hat-trick was in 2019. The crowd cheered "
             "him off.", "The crowd cheered him off")):
        assert next(r for r in rows(text) if r[0] == last)[1:3] == (
            "on Tuesday", "2024-03-19 00:00"), text


def test_a_vague_duration_opening_a_past_clause_is_dated_as_its_sentence() -> None:
    # 'Within days the streets were flooded' tells the story's past, not a stretch from
    # publication; 'Within days the river could burst' still runs on from it
    past = rows("The storm hit the coast on Monday. Within days the streets were flooded.")
    history = rows("The light was automated in 1987. Within months the cottages were empty.")
    ahead = rows("The storm hit the coast on Monday. Within days the river could burst its "
                 "banks.")
    assert past[-1] == ("Within days the streets were flooded", "on Monday",
                        "2024-03-18 00:00", "2024-03-19 00:00", "status")
    assert history[-1] == ("Within months the cottages were empty", "in 1987",
                           "1987-01-01 00:00", "1988-01-01 00:00", "status")
    assert ahead[-1] == ("The river could burst its banks", "Within days", "2024-03-20 18:00",
                         "2024-03-21 18:00", "plan")


def test_a_vague_duration_in_quoted_words_leaves_the_sentence_at_its_saying() -> None:
    said = ('Protesters blocked the main road in Lyon on Tuesday. "The blockade could last '
            'for days," a police spokesman said.')
    assert rows(said)[-1] == ("A police spokesman: The blockade could last for days",
                              "on Tuesday", "2024-03-19 00:00", "2024-03-20 00:00",
                              "statement")
    # the narrator's own forecast still runs on from publication
    told = "He said the protest could remain for days or even weeks."
    assert rows(told)[0][1:3] == ("for days or even weeks", "2024-03-20 18:00")


def test_a_time_in_a_dependent_clause_without_a_comma_leaves_the_main_clause_a_row() -> None:
    # 'after ...' and 'which ...' have verbs of their own: the time dates them, and the main
    # clause before them stands at the story's day (past) or at publication (present)
    text = ("Tens of thousands of students marched through Buenos Aires on Saturday.\n"
            "The march was called by the students' federation after Congress failed in "
            "September to override a veto.\n"
            "The prosecutor is investigating the bombings which killed 224 people on Aug. "
            "7, 1998.")
    found = rows(text)
    assert ("The march was called by the students' federation after Congress failed to…",
            "on Saturday", "2024-03-16 00:00", "2024-03-17 00:00", "status") in found
    assert ("The prosecutor is investigating the bombings which killed 224 people", "",
            "2024-03-20 00:00", "2024-03-21 00:00", "status") in found
    assert len(found) == 5


def test_a_time_in_a_that_clause_on_an_object_leaves_the_past_main_clause_a_row() -> None:
    # the petition was handed in last week; the decision it led to is the story's, on
    # Tuesday night. A modal main clause ('could not stop') stands at its object's time,
    # and 'found that' opens what was found, no clause on a noun.
    text = ("The council voted on Tuesday night to move the festival.\n"
            "The decision followed a petition of more than 1100 signatures that the "
            "festival committee handed to the council last week.\n"
            "The mayor could not stop the flood that tore through the square on Friday night.\n"
            "She said the committee had found that the hall was booked in March.")
    found = rows(text)
    petition = "The decision followed a petition of more than 1100 signatures that the\u2026"
    assert (petition, "last week", "2024-03-11 00:00", "2024-03-18 00:00", "occurrence") in found
    assert (petition, "on Tuesday night", "2024-03-19 18:00", "2024-03-20 00:00",
            "occurrence") in found
    assert ("The mayor could not stop the flood that tore through the square",
            "on Friday night", "2024-03-15 18:00", "2024-03-16 00:00", "plan") in found
    assert len(found) == 6


def test_a_when_clause_tells_the_main_clauses_time() -> None:
    assert rows("At least 23 people died when a bus plunged off a road on Thursday night.") == [
        ("At least 23 people died when a bus plunged off a road", "on Thursday night",
         "2024-03-14 18:00", "2024-03-15 00:00", "occurrence"),
    ]


def test_units_sold_or_delivered_after_results_belong_to_their_period() -> None:
    # 'sold', 'delivered', 'shipped', 'earned' with a number report a figure of the
    # results, like 'rose' or 'fell': the quarter's, not the day the results came out
    text = ("Koval Tractors reported a loss for the fourth quarter on Tuesday. Revenue fell "
            "12% to $1.4 billion in the quarter. The company delivered 8,200 tractors, down "
            "from 9,900.")
    assert ("The company delivered 8,200 tractors, down from 9,900", "in the quarter",
            "2023-10-01 00:00", "2024-01-01 00:00", "occurrence") in rows(text)


def test_a_level_told_with_was_after_results_belongs_to_the_results_period() -> None:
    # 'was' and a figure is the quarter's level, not the day the results came out; the
    # baseline 'a year earlier' dates nothing
    text = ("Kestrel Mobile said on Tuesday that its net profit rose 31% to $88 million in "
            "the fourth quarter.\n\nRevenue was $1.2 billion, against $950 million a year "
            "earlier.")
    assert rows(text)[1] == ("Revenue was $1.2 billion, against $950 million a year earlier",
                             "in the fourth quarter", "2023-10-01 00:00", "2024-01-01 00:00",
                             "status")


def test_an_episode_goes_on_at_its_main_clause_time_not_at_a_dependent_clauses() -> None:
    # 'about four hours after ...' and 'overnight' date what went before the crash: the
    # sentences after it go on at the crash's own time
    text = ("Rail investigators published their final report on Tuesday.\n"
            "The 06:20 service from Carmarthen struck a landslip at 6:52 a.m. on November 9, "
            "2022, about four hours after part of the slope collapsed following heavy rain "
            "overnight. The train derailed and its leading carriage came to rest on its side.")
    derailed = [r for r in rows(text) if r[0].startswith("The train derailed")]
    assert derailed == [(
        "The train derailed and its leading carriage came to rest on its side",
        "at 6:52 a.m. on November 9, 2022", "2022-11-09 06:52", "2022-11-09 06:53",
        "occurrence")]


def test_a_headline_about_a_figure_reports_the_period_of_the_leads_figures() -> None:
    # the headline's rate fell in March, the period the lead's figures are for, not on the
    # Tuesday they came out; a bank's return to profit is the quarter's
    text = ("Irish unemployment rate falls to five-year low\n\n"
            "Ireland's unemployment rate has fallen to 11.8 percent, the Central Statistics "
            "Office said on Tuesday. The seasonally adjusted rate for February was 11.8 "
            "percent, down from 12.0 percent in January.")
    assert rows(text)[0] == ("Irish unemployment rate falls to five-year low", "for February",
                             "2024-02-01 00:00", "2024-03-01 00:00", "occurrence")
    text = ("Swiss bank Aarberg returns to profit\n\n"
            "Bank Aarberg, Switzerland's fourth-largest bank, reported a net profit of 412 "
            "million Swiss francs for the fourth quarter on Tuesday.")
    assert rows(text)[0][:4] == ("Swiss bank Aarberg returns to profit", "for the fourth quarter",
                                 "2023-10-01 00:00", "2024-01-01 00:00")


def test_a_figure_headline_after_a_period_and_a_byline_reports_the_leads_period() -> None:
    # news-dating-23 news12: 'sales rebound' is a figure's change; 'after slow winter'
    # names the period before the news, no follow-up; the byline and publication line
    # are no lead, so the headline takes the month the lead's figures are for
    text = ("Alder Mesa home sales rebound after slow winter, but prices flatten\n\n"
            "By Carla Ruiz, Staff Writer\nPublished 7:00 a.m. MDT March 20, 2024\n\n"
            "Home sales in Alder Mesa picked up sharply in February after the slowest winter "
            "in seven years. Buyers closed on 212 single-family homes in the city last "
            "month, up 31 percent from January.")
    assert rows(text)[0][:4] == (
        "Alder Mesa home sales rebound after slow winter", "last month",
        "2024-02-01 00:00", "2024-03-01 00:00")
    # the same with words of our own: a period after 'after' ends its clause
    text = ("Coffee exports slide after dry summer, and prices jump\n\n"
            "Kenya shipped 3,100 tonnes of coffee in January, 18 percent fewer than a year "
            "earlier, the coffee board said on Monday.")
    assert rows(text)[0][:2] == ("Coffee exports slide after dry summer", "in January")
    # 'after winter storm' names a happening: the headline follows it up, at publication
    text = "Shares slide after winter storm\n\nShares in Acme fell 4 percent on Tuesday."
    assert "after winter storm" not in {r[0] for r in rows(text) if r[1] == "on Tuesday"}


def test_a_lead_opening_with_by_and_a_time_is_no_byline() -> None:
    # 'By Monday night, ...' is the lead's sentence, not a byline: the headline retells it
    text = ("River bursts its banks in Hollinbridge\n\n"
            "By Monday night, the river had burst its banks at the mill, flooding 40 homes.\n\n"
            "Residents were moved to the school hall.")
    assert rows(text)[0][1:3] == ("By Monday night", "2024-03-18 18:00")


def test_a_figure_headline_keeps_the_leads_day_without_a_recent_period_of_figures() -> None:
    # a founding year, a month between commas with no figure, after 'which', in a quote,
    # or a headline naming no figure that moved: the day the news came out
    leads = [
        "Steelmaker's profit rises 9 percent\n\nSteelmaker Ostrava said on Tuesday its net "
        "profit rose 9 percent. The company, founded in 1998, employs 4,000 people.",
        "Steelmaker's profit rises 9 percent\n\nSteelmaker Ostrava said on Tuesday its net "
        "profit rose 9 percent. The company, founded in January 2024, employs 4,000 people.",
        "Steelmaker's profit rises 9 percent\n\nSteelmaker Ostrava said on Tuesday its net "
        "profit rose 9 percent. The company, which bought a rival in January, employs 4,000 "
        "people.",
        "Chocolate sales rise after advertising campaign\n\nSales of chocolate rose on Tuesday "
        "after an advertising campaign. \"We sold 2,000 bars in February alone,\" the owner "
        "said.",
        "Central bank cuts interest rate\n\nThe central bank cut its benchmark rate to 3 "
        "percent on Tuesday. Inflation rose to 4 percent in February.",
        "Oil falls to four-year low\n\nOil prices fell 4 percent on Tuesday to their lowest "
        "level since May 2010, traders said.",
        # the figure word and the change word apart, or the change a noun: no figure moved
        "Unemployment fears grow as paper mill shuts\n\nThe Ochil paper mill will close with "
        "the loss of 300 jobs, its owner told staff on Tuesday. Unemployment in the county "
        "rose to 7.2 percent in February, official figures show.",
        "Interest rate rise to hit borrowers\n\nThe central bank raised its key rate to 5.25 "
        "percent on Tuesday. Inflation stood at 7.9 percent in February.",
    ]
    for text in leads:
        first = text.split("\n")[0]
        headline = next(r for r in rows(text) if r[0] == first)
        assert headline[2:4] == ("2024-03-19 00:00", "2024-03-20 00:00"), text


def test_a_figure_after_a_who_or_which_aside_does_not_take_the_asides_period() -> None:
    # 'last year' is the passengers' year, told of the subject between commas; the shares
    # fell at the story's Tuesday
    text = ("Hundreds of flights were cancelled on Tuesday as pilots walked out.\n\n"
            "Skyline, which carried 52 million passengers last year, said the strike would "
            "cost it 30 million euros a day. Its shares fell 3.2% in Frankfurt.")
    assert [r for r in rows(text) if r[0].startswith("Its shares")] == [
        ("Its shares fell 3.2% in Frankfurt", "on Tuesday", "2024-03-19 00:00",
         "2024-03-20 00:00", "occurrence")]


def test_a_figure_after_an_aside_whose_sentence_goes_on_with_figures_takes_its_period() -> None:
    # the aside dates the results the sentence's figures are of: the like-for-like sales
    # are the fourth quarter's too (was the story's Tuesday)
    text = ("Tesco shares rose on Tuesday.\n\n"
            "The grocer, which reported results for the fourth quarter on Tuesday, said sales "
            "rose 4%. Like-for-like sales grew 2.5%.")
    assert [r for r in rows(text) if r[0].startswith("Like-for-like")] == [
        ("Like-for-like sales grew 2.5%", "for the fourth quarter", "2023-10-01 00:00",
         "2024-01-01 00:00", "occurrence")]


def test_the_first_three_months_of_the_year_date_its_first_quarter() -> None:
    # news-dating-23 news12: the permits were issued in the first quarter, not the year;
    # news-dating-20 news09: 'the last three months of the year' is the fourth
    text = ("The city issued permits for 96 new homes in the first three months of the year, "
            "the most since 2007.")
    assert rows(text)[0][1:4] == ("in the first three months of the year",
                                  "2024-01-01 00:00", "2024-04-01 00:00")
    text = ("Trailways said on Tuesday its profit fell 8 percent in 2023, and the slide came "
            "almost entirely in the last three months of the year.")
    assert ("in the last three months of the year", "2023-10-01 00:00", "2024-01-01 00:00") in {
        r[1:4] for r in rows(text)}
