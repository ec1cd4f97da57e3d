"""Which day a time that leans on the story is on: 'overnight', clock times after a
background time, plans told in the past (issue 12, news-dating-2's wrong dates). Each
rule on a sentence of its own, with exact values and intervals."""

from __future__ import annotations

from datetime import UTC, datetime

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many
from timeline.temporal import tag

WEDNESDAY = "2019-07-17T21:30:00+00:00"


def found(text: str, dct: str = WEDNESDAY) -> list[tuple[str, str, str, str]]:
    return [
        (t.text, t.value, f"{t.begin:%Y-%m-%dT%H:%M}", f"{t.until:%Y-%m-%dT%H:%M}")
        for t in tag(text, dct)
        if t.begin is not None and t.until is not None
    ]


def test_overnight_in_a_past_clause_is_the_night_before_the_story_day() -> None:
    text = ("The bridge collapsed at 4:10 a.m. on March 3, 2021, after heavy rain overnight. "
            "Two workers died two days later.")
    assert found(text) == [
        ("4:10 a.m. on March 3, 2021", "2021-03-03T04:10", "2021-03-03T04:10", "2021-03-03T04:11"),
        ("overnight", "2021-03-02TNI", "2021-03-02T18:00", "2021-03-03T00:00"),
        # the night before the story's day leaves the story there: 'two days later' counts
        # from March 3
        ("two days", "P2D", "2021-03-05T00:00", "2021-03-06T00:00"),
    ]


def test_overnight_after_the_story_is_at_an_evening_is_that_night() -> None:
    text = "The storm left on Tuesday evening, and the river rose overnight."
    assert found(text)[1] == ("overnight", "2019-07-16TNI", "2019-07-16T18:00", "2019-07-17T00:00")


def test_overnight_in_a_future_clause_is_the_coming_night() -> None:
    assert found("Temperatures will drop sharply overnight.") == [
        ("overnight", "2019-07-17TNI", "2019-07-17T18:00", "2019-07-18T00:00")
    ]
    assert found("Looters struck overnight, police said.") == [
        ("overnight", "2019-07-16TNI", "2019-07-16T18:00", "2019-07-17T00:00")
    ]


def test_overnight_in_a_past_clause_is_no_night_still_to_come() -> None:
    # news-dating-27 news02, filed at 01:50 on Sunday: a plan for Monday moved the story,
    # but what the city said overnight was said in the night under way, Saturday's
    text = ("The club's insurer is due to send an assessor on Monday. The City of Winnipeg "
            "said overnight that building inspectors would examine the site later this "
            "morning.")
    assert found(text, "2014-12-07T01:50:00+00:00")[1][:2] == ("overnight", "2014-12-06TNI")
    # at 15:30 the day's own night has not begun either
    assert found("Repairs are due on Tuesday. The operator said overnight that the crew "
                 "had been replaced.", "2020-02-03T15:30:00+00:00")[1][:2] == (
        "overnight", "2020-02-02TNI")


def test_a_time_in_a_since_clause_leaves_the_story_on_its_day() -> None:
    text = ("The toll rose to 27 on Wednesday as rescuers reached villages that had been cut "
            "off since the storm crossed the island on Tuesday. The council said in its 6 p.m. "
            "report that 11 people were missing.")
    assert found(text)[1:] == [
        ("Tuesday", "2019-07-16", "2019-07-16T00:00", "2019-07-17T00:00"),
        ("6 p.m.", "2019-07-17T18:00", "2019-07-17T18:00", "2019-07-17T18:01"),
    ]
    # 'since Sunday' is a signal of the same kind; a comma ends the clause
    assert found("Rain had fallen since Sunday. By noon the river was rising.")[1] == (
        "noon", "2019-07-17T12:00", "2019-07-17T12:00", "2019-07-17T12:01"
    )
    assert found("Since the clinic closed, patients waited on Monday. At noon it reopened.")[
        1
    ] == ("noon", "2019-07-15T12:00", "2019-07-15T12:00", "2019-07-15T12:01")


def test_the_time_a_figure_is_compared_with_leaves_the_story_on_its_day() -> None:
    # news-dating-16's runoff: the first round is the turnout's reference point, not the
    # day the story goes on with; its midnight is the runoff's (the night before the
    # Monday publication), not the first round's
    text = ("Sobczak-Wilk won the runoff yesterday. Turnout was 41.2 percent, down from 49.6 "
            "percent in the first round two weeks earlier. Kmiecik conceded shortly before "
            "midnight.")
    assert found(text, "2024-04-22T18:20")[1:] == [
        ("two weeks earlier", "2024-04-07", "2024-04-07T00:00", "2024-04-08T00:00"),
        ("shortly before midnight", "2024-04-21T24:00", "2024-04-21T23:45",
         "2024-04-22T00:00"),
    ]
    # a flashback told as the story's own time moves it
    assert found("The fire broke out on Monday. Two weeks earlier, inspectors had visited "
                 "the plant. They left at 9 p.m.", "2024-04-22T18:20")[2][1] == (
        "2024-04-08T21:00")


def test_a_plan_verb_in_the_past_looks_ahead_of_its_saying() -> None:
    october = "2025-10-21T10:15:00+00:00"
    text = ("During the campaign, the party promised to build homes by 2030 and to cut the "
            "sales tax from April 1.")
    assert found(text, october)[1] == ("April 1", "2026-04-01", "2026-04-01T00:00",
                                       "2026-04-02T00:00")
    february = "2025-02-15T14:20:00+00:00"
    assert found("The company hoped to fly again in the third quarter.", february) == [
        ("the third quarter", "2025-Q3", "2025-07-01T00:00", "2025-10-01T00:00")
    ]
    # ahead of the past time the sentence names: April after the spring it was said in
    assert found("The mayor pledged in the spring to freeze fares from April 1.", october)[
        1
    ] == ("April 1", "2025-04-01", "2025-04-01T00:00", "2025-04-02T00:00")


def test_a_plan_verb_does_not_reach_past_an_after_clause() -> None:
    february = "2025-02-15T14:20:00+00:00"
    assert found("The rebels vowed to fight on after losing in November.", february) == [
        ("November", "2024-11", "2024-11-01T00:00", "2024-12-01T00:00")
    ]


def test_the_last_day_of_a_happening_is_the_story_day_not_yesterday() -> None:
    sunday = "2024-12-01T21:10:00+00:00"
    text = ("Vestfjord won the title on Sunday, on the last day of a season they had led since "
            "June. Fans ran onto the pitch shortly before 5 p.m.")
    assert found(text, sunday) == [
        ("Sunday", "2024-12-01", "2024-12-01T00:00", "2024-12-02T00:00"),
        ("the last day", "2024-12-01", "2024-12-01T00:00", "2024-12-02T00:00"),
        ("June", "2024-06", "2024-06-01T00:00", "2024-07-01T00:00"),
        ("shortly before 5 p.m.", "2024-12-01T17:00", "2024-12-01T16:45", "2024-12-01T17:00"),
    ]
    # a calendar period after 'of' is no happening's: the rule leaves it alone
    rules = {t.rule for t in tag("The fair ends on the last day of March.", sunday)}
    assert "day_of_happening" not in rules


def test_a_clock_time_of_a_saying_is_on_the_day_of_the_news() -> None:
    monday = "2023-10-02T13:05:00+00:00"
    text = ("Police detained two men on Monday morning. The thieves broke in at 3:18 a.m. on "
            "Sunday and were gone by 3:25 a.m. The prosecutor told a news conference at "
            "11 a.m. that both men were known to police.")
    assert found(text, monday)[1:] == [
        ("3:18 a.m. on Sunday", "2023-10-01T03:18", "2023-10-01T03:18", "2023-10-01T03:19"),
        ("3:25 a.m.", "2023-10-01T03:25", "2023-10-01T03:25", "2023-10-01T03:26"),
        ("11 a.m.", "2023-10-02T11:00", "2023-10-02T11:00", "2023-10-02T11:01"),
    ]
    wednesday_story = ("The toll rose on Wednesday. Four fishermen went missing on Sunday. "
                       "The council gave the figures in its 6 p.m. update.")
    assert found(wednesday_story)[2] == (
        "6 p.m.", "2019-07-17T18:00", "2019-07-17T18:00", "2019-07-17T18:01"
    )
    # a saying to a name, a word of nearness after 'at' (news-dating-15's plant closure):
    # the news's day, not the evening the story went back to; not a saying to no name
    plant = ("Shop stewards had been called to a meeting on Tuesday evening, she said on "
             "Wednesday. Alan Boyd, a councillor, told Wikinews at around 1 p.m. that the "
             "town had heard this story before.")
    assert found(plant, "2013-06-12T15:10")[2] == (
        "around 1 p.m.", "2013-06-12T13:00", "2013-06-12T13:00", "2013-06-12T13:01"
    )
    assert found(plant.replace("told Wikinews", "told police"), "2013-06-12T15:10")[2][1] == (
        "2013-06-11T13:00")


def test_a_clock_before_a_sayings_complement_is_the_sayings_time() -> None:
    # news-dating-21's Roman milestone: places between the saying and its clock, then
    # 'that' and the complement's subject: the news's day, not the day the story went back to
    text = ("Archaeologists announced today that a milestone had been found. Its inscription, "
            "cleaned yesterday, names Trajan. Dr. Eleni Papadaki said at a press conference at "
            "the city's archaeological museum at noon that the stone dated from around 110 AD.")
    assert found(text, "2017-06-06T18:10")[2] == (
        "noon", "2017-06-06T12:00", "2017-06-06T12:00", "2017-06-06T12:01")
    # a demonstrative 'that', a relative clause's: the story's day
    for after in ("that day.", "that covered the county."):
        text = ("The council announced today that the road would close. It flooded yesterday. "
                f"The council said the water rose at 2 p.m. {after}")
        assert found(text, "2017-06-06T18:10")[2][1] == "2017-06-05T14:00"


def test_a_part_of_the_day_naming_a_session_is_a_time_of_the_story_day() -> None:
    january = "2024-01-24T12:40:00+00:00"
    assert found("Shares fell as much as 6.1% in morning trading before recovering.",
                 january) == [("morning", "2024-01-24TMO", "2024-01-24T06:00", "2024-01-24T12:00")]
    text = "The strike ended on Tuesday, and trains ran a full timetable from the evening peak."
    assert found(text, january)[1] == (
        "evening", "2024-01-23TEV", "2024-01-23T18:00", "2024-01-24T00:00"
    )
    assert found("Morning trading is often thin.", january) == []


def test_a_subject_pronoun_opens_a_clause_of_its_own() -> None:
    friday = "2025-06-13"
    text = ("The minister told the assembly Thursday afternoon he would meet the rail "
            "operator's chief executive next Wednesday.")
    assert found(text, friday) == [
        ("Thursday afternoon", "2025-06-12TAF", "2025-06-12T12:00", "2025-06-12T18:00"),
        ("next Wednesday", "2025-06-18", "2025-06-18T00:00", "2025-06-19T00:00"),
    ]


def test_a_trading_session_s_clock_time_is_the_publication_day_s_session() -> None:
    tuesday_evening = "2024-03-19T17:00:00+00:00"
    lead = ("Shares of Norvex plunged on Tuesday after the company said late Monday that it "
            "would miss its profit target. ")
    assert found(lead + "Trading in the stock was suspended for an hour at 10:15 a.m.",
                 tuesday_evening)[-1] == (
        "10:15 a.m.", "2024-03-19T10:15", "2024-03-19T10:15", "2024-03-19T10:16")
    # a clock time of no trading session stays on the story's day (the morning after
    # 'late Monday' would be Tuesday's: the story is at Monday, not its evening, here)
    monday = lead.replace("late Monday", "on Monday")
    assert found(monday + "Its chief executive resigned at 10:15 a.m.", tuesday_evening)[-1] == (
        "10:15 a.m.", "2024-03-18T10:15", "2024-03-18T10:15", "2024-03-18T10:16")
    # the session word is a whole word ('Retrading' is none), anywhere in the sentence
    # before the clock, a clock's 'a.m.' ending no sentence
    assert found(monday + "Its head, once of Retrading Ltd, resigned at 10:15 a.m.",
                 tuesday_evening)[-1] == (
        "10:15 a.m.", "2024-03-18T10:15", "2024-03-18T10:15", "2024-03-18T10:16")
    assert found(lead + "Trading opened at 9:30 a.m. and was halted at 11:40 a.m.",
                 tuesday_evening)[-1] == (
        "11:40 a.m.", "2024-03-19T11:40", "2024-03-19T11:40", "2024-03-19T11:41")


def test_a_market_named_in_a_clock_s_sentence_makes_it_the_session_s() -> None:
    friday_morning = "2013-11-08T10:20:00+00:00"
    lead = ("European shares rose on Friday. The ECB cut its main rate to 0.25 percent on "
            "Thursday.\n\n")
    assert found(lead + "By 0915 GMT, the FTSEurofirst 300 index had gained 0.4 percent.",
                 friday_morning)[-1] == (
        "0915 GMT", "2013-11-08T09:15", "2013-11-08T09:15", "2013-11-08T09:16")
    assert found(lead + "Dax shares closed higher before the results were released at 9 a.m.",
                 friday_morning)[-1] == (
        "9 a.m.", "2013-11-08T09:00", "2013-11-08T09:00", "2013-11-08T09:01")
    # no market in its sentence: the story's day; a clock after the copy was filed: the
    # story's day too ('index' a whole word: 'indexed' is none)
    assert found(lead + "Draghi spoke to reporters at 1330 GMT.", friday_morning)[-1] == (
        "1330 GMT", "2013-11-07T13:30", "2013-11-07T13:30", "2013-11-07T13:31")
    assert found(lead + "By 0915 GMT, bonds indexed to inflation had gained.",
                 friday_morning)[-1] == (
        "0915 GMT", "2013-11-07T09:15", "2013-11-07T09:15", "2013-11-07T09:16")
    assert found(lead + "The index fell 2 percent after the cut was announced at 1245 GMT.",
                 friday_morning)[-1] == (
        "1245 GMT", "2013-11-07T12:45", "2013-11-07T12:45", "2013-11-07T12:46")
    # a market noun that does not move is no session's, filed late or not: the story's day
    friday_night = "2013-11-08T22:30:00+00:00"
    assert found(lead + "At 2 p.m., Draghi said the index of consumer prices was too low.",
                 friday_night)[-1] == (
        "2 p.m.", "2013-11-07T14:00", "2013-11-07T14:00", "2013-11-07T14:01")
    fire = "The factory caught fire on Thursday.\n\n"
    assert found(fire + "The blaze started at 3 p.m. in a shed where stocks of paint were "
                 "kept.", friday_night)[-1] == (
        "3 p.m.", "2013-11-07T15:00", "2013-11-07T15:00", "2013-11-07T15:01")
    assert found(lead + "By 2 p.m. Dax shares were up 1 percent.", friday_night)[-1] == (
        "2 p.m.", "2013-11-08T14:00", "2013-11-08T14:00", "2013-11-08T14:01")


def test_a_clock_time_something_is_due_at_is_the_publication_day_s() -> None:
    friday_morning = "2013-11-08T10:20:00+00:00"
    lead = "The ECB cut its main rate to 0.25 percent on Thursday.\n\n"
    # a schedule, as 'scheduled' is: on the publication day, wherever the story went back
    assert found(lead + "Traders said volumes were thin ahead of US jobs data, due at 1330 "
                 "GMT and delayed by the shutdown.", friday_morning)[-1] == (
        "1330 GMT", "2013-11-08T13:30", "2013-11-08T13:30", "2013-11-08T13:31")
    # told in the past, a plan of the story's day
    assert found(lead + "Draghi was due at 1330 GMT to speak but came late.",
                 friday_morning)[-1] == (
        "1330 GMT", "2013-11-07T13:30", "2013-11-07T13:30", "2013-11-07T13:31")
    # 'due at least in part to' gives a cause: no plan, the day gone
    assert [(t.text, t.value) for t in tag(
        "Shares are down, due at least partly to the profit warning on Monday.",
        WEDNESDAY)] == [("Monday", "2019-07-15")]
    assert [(t.text, t.value) for t in tag(
        "Traffic is heavy, due at least in part to the crash on Monday.", WEDNESDAY)] == [
        ("Monday", "2019-07-15")]


def test_a_session_s_clock_is_the_story_s_day_s_when_the_publication_day_is_untold() -> None:
    # the copy tells nothing of its own day: the session is the story's day's
    wednesday_evening = "2024-03-20T18:00:00+00:00"
    assert found("The chemicals maker warned on profits on Monday. Its shares fell 12 "
                 "percent by 3 p.m., their biggest drop in a decade.",
                 wednesday_evening)[1] == (
        "3 p.m.", "2024-03-18T15:00", "2024-03-18T15:00", "2024-03-18T15:01")
    assert found("On October 19, 1987, stock markets around the world crashed. By 11 a.m. "
                 "the index had lost 10 percent.", wednesday_evening)[1] == (
        "11 a.m.", "1987-10-19T11:00", "1987-10-19T11:00", "1987-10-19T11:01")
    # told of, even in a background clause, it is that day's session
    assert found("Acme shares rose on Wednesday after the company raised its forecast. It "
                 "had warned on Monday that costs were rising. By 2 p.m. its shares had "
                 "gained 6 percent.", wednesday_evening)[-1] == (
        "2 p.m.", "2024-03-20T14:00", "2024-03-20T14:00", "2024-03-20T14:01")


def test_a_fixing_s_clock_time_is_the_publication_day_s_session() -> None:
    thursday_evening = "2006-05-11T17:10:00+00:00"
    lead = ("The price of gold rose to its highest level in 26 years in London today, as "
            "investors sold dollars after the Federal Reserve raised interest rates on "
            "Wednesday.\n\n")
    assert found(lead + "At the afternoon fixing at 3 p.m., gold was set at $721.40 an ounce.",
                 thursday_evening)[-1] == (
        "3 p.m.", "2006-05-11T15:00", "2006-05-11T15:00", "2006-05-11T15:01")
    # the cause's Wednesday still dates a clock time of no session
    assert found(lead + "The Fed's decision came at 2:15 p.m.", thursday_evening)[-1] == (
        "2:15 p.m.", "2006-05-10T14:15", "2006-05-10T14:15", "2006-05-10T14:16")


def test_a_bare_part_of_the_day_after_by_or_until_is_the_next_one_from_the_story() -> None:
    text = ("Pupils fell ill at about 1 p.m. on Wednesday. By evening, 214 of them had been "
            "taken to hospital.")
    assert found(text, "2008-02-15T10:00")[-1] == (
        "evening", "2008-02-13TEV", "2008-02-13T18:00", "2008-02-14T00:00")
    # after the story reached a night, the next day's morning
    text = ("Fishermen heard them shouting on Sunday night, but could not reach them until "
            "morning.")
    assert found(text, "2006-02-08T10:00")[-1] == (
        "morning", "2006-02-06TMO", "2006-02-06T06:00", "2006-02-06T12:00")
    # not before a noun, nor 'by night'
    assert found("Crews worked until morning prayers. They moved by night.") == []


def test_a_plan_s_participle_after_a_past_clause_looks_ahead_from_that_past() -> None:
    # news-dating-27 news07, published on Saturday March 10: the plan was for Sunday's
    # evening, and the afternoon and the next morning told after it follow Sunday
    text = ("The two women and a man had set out on foot from a tourist camp near Wadi Rum "
            "village on the morning of Sunday, March 4, planning to walk to the rock bridge "
            "of Jebel Burdah and return by evening. They lost their way when a sandstorm "
            "blew up in the afternoon. The camp's owner reported them missing the next "
            "morning.")
    assert [t[:2] for t in found(text, "2018-03-10")] == [
        ("the morning of Sunday, March 4", "2018-03-04TMO"),
        ("evening", "2018-03-04TEV"),
        ("the afternoon", "2018-03-04TAF"),
        ("the next morning", "2018-03-05TMO"),
    ]
    assert found("The cyclists left Lyon on Tuesday, hoping to reach the coast by evening.",
                 "2018-03-10")[-1][:2] == ("evening", "2018-03-06TEV")
    # after a future clause it keeps its future: the publication day's
    assert found("Engineers will work through the day, aiming to reopen the line by "
                 "evening.", "2018-03-10")[-1][:2] == ("evening", "2018-03-10TEV")


def test_a_past_clock_time_after_the_publication_time_is_the_day_before() -> None:
    tuesday_morning = "2025-10-21T10:15:00-03:00"
    text = ("Three ridings were too close to call on Tuesday morning. She conceded at about "
            "11:30 p.m. and left.")
    assert found(text, tuesday_morning)[1:] == [
        ("about 11:30 p.m.", "2025-10-20T23:30", "2025-10-20T23:30", "2025-10-20T23:31"),
    ]
    # a future clause's clock stays on the publication day
    assert found("The polls will reopen at 8 p.m.", tuesday_morning) == [
        ("8 p.m.", "2025-10-21T20:00", "2025-10-21T20:00", "2025-10-21T20:01"),
    ]


def test_a_day_after_a_happening_counts_back_from_a_time_of_a_day() -> None:
    text = ("Police detained two men on Monday morning over the theft of five 18th-century "
            "gold boxes, a day after thieves smashed their way into the museum.")
    df = extract_many([article_from_text(text, "2024-03-20T18:00:00+00:00", "Europe/London")])
    row = df[df["time_text"] == "a day after"].iloc[0]
    assert (row["title"], str(row["start"]), str(row["end"])) == (
        "Thieves smashed their way into the museum",
        "2024-03-17 00:00:00+00:00",
        "2024-03-18 00:00:00+00:00",
    )


def test_overnight_after_late_on_a_day_is_that_night() -> None:
    # 'late Sunday' puts the story in Sunday's evening: 'overnight' is Sunday night
    text = ("The ferry ran aground off the island late Sunday. Divers searched the wreck "
            "overnight.")
    assert found(text, "2019-07-16") == [
        ("late Sunday", "2019-07-14", "2019-07-14T00:00", "2019-07-15T00:00"),
        ("overnight", "2019-07-14TNI", "2019-07-14T18:00", "2019-07-15T00:00"),
    ]


def test_a_saying_on_a_later_day_leaves_the_story_at_its_happenings() -> None:
    # the spokesman spoke on Tuesday; the clock time is the match's, on Monday
    text = ("Fans fought outside the stadium on Monday after the derby, a club spokesman "
            "said on Tuesday. The trouble started at 9 p.m. near the east gate.")
    assert found(text, "2019-07-17") == [
        ("Monday", "2019-07-15", "2019-07-15T00:00", "2019-07-16T00:00"),
        ("Tuesday", "2019-07-16", "2019-07-16T00:00", "2019-07-17T00:00"),
        ("9 p.m.", "2019-07-15T21:00", "2019-07-15T21:00", "2019-07-15T21:01"),
    ]
    # a saying that opens the story still sets its day
    text = "The club said on Tuesday it had sacked its coach. The news came at 9 a.m."
    assert found(text, "2019-07-17") == [
        ("Tuesday", "2019-07-16", "2019-07-16T00:00", "2019-07-17T00:00"),
        ("9 a.m.", "2019-07-16T09:00", "2019-07-16T09:00", "2019-07-16T09:01"),
    ]


def test_years_later_count_from_the_year_last_told_of() -> None:
    # 'two years later' after 'in 1961' is 1963, not two years after publication
    text = ("She joined the orchestra in 1961 and recorded her first solo album two years "
            "later.")
    assert found(text, "2009-11-12") == [
        ("1961", "1961", "1961-01-01T00:00", "1962-01-01T00:00"),
        ("two years later", "1963", "1963-01-01T00:00", "1964-01-01T00:00"),
    ]
    # a month after a month: 'three months later' after 'in May 1998' is August 1998
    text = "The firm was founded in May 1998. It listed its shares three months later."
    assert found(text, "2009-11-12") == [
        ("May 1998", "1998-05", "1998-05-01T00:00", "1998-06-01T00:00"),
        ("three months later", "1998-08", "1998-08-01T00:00", "1998-09-01T00:00"),
    ]


def test_years_later_is_the_date_reached_and_a_modified_or_vague_count_a_duration() -> None:
    # news-dating-25 (a shipyard's history): TIMEX3 DATE 1953, 'later' in its extent
    text = ("A German bomb hit the plating shed on the night of 3 May 1941, killing two "
            "watchmen. Worse damage came twelve years later.")
    assert [(t.text, t.type, t.value) for t in tag(text, "2024-05-01")][-1] == (
        "twelve years later", "DATE", "1953")
    # 'more than a year later' measures; 'several years' and days keep TimeML's duration
    found = {t.text: (t.type, t.value, t.mod) for t in tag(
        "The club folded in 1998 and was revived more than a year later. Several years "
        "later it folded again, and three days later its ground was sold.", "2024-05-01")}
    assert found["more than a year later"] == ("DURATION", "P1Y", "MORE_THAN")
    assert found["Several years"] == ("DURATION", "PXY", "")
    assert found["three days"][0] == "DURATION"
    # a comparison is no time reached
    assert "two years later" not in {t.text for t in tag(
        "The line opened two years later than planned.", "2024-05-01")}


def test_a_past_clause_after_a_future_day_goes_back_to_the_story_day() -> None:
    # the hearing on May 14 is ahead; the break-in it follows was on Friday night, and
    # 2.15am after it is in the small hours of Saturday
    thursday = "2024-05-02T15:00:00+00:00"
    text = ("A 19-year-old man was charged with burglary after a pharmacy in Leith was broken "
            "into on Friday night. He was remanded in custody and will appear again on May 14. "
            "Police said the man smashed a rear window at about 2.15am and took cash from the "
            "safe.")
    assert found(text, thursday) == [
        ("Friday night", "2024-04-26TNI", "2024-04-26T18:00", "2024-04-27T00:00"),
        ("May 14", "2024-05-14", "2024-05-14T00:00", "2024-05-15T00:00"),
        ("about 2.15am", "2024-04-27T02:15", "2024-04-27T02:15", "2024-04-27T02:16"),
    ]
    # a sentence with a future in it may still tell of the days ahead
    text = ("The funeral will take place on May 14 at 11 a.m., followed by burial in the "
            "village later that day.")
    assert found(text, thursday)[2] == (
        "later that day", "2024-05-14", "2024-05-14T00:00", "2024-05-15T00:00"
    )


def test_a_relative_clause_time_beside_the_sentence_time_leaves_the_story_there() -> None:
    text = ("A jury found Darren Whitlock guilty on Thursday of murdering a newsagent, who was "
            "stabbed in his shop on the night of August 13, 2005. The judge had sent the jurors "
            "out the previous day.")
    assert found(text, "2006-06-16") == [
        ("Thursday", "2006-06-15", "2006-06-15T00:00", "2006-06-16T00:00"),
        # 'the night of' it: the date's night (ranges.part_before_day)
        ("the night of August 13, 2005", "2005-08-13TNI", "2005-08-13T18:00",
         "2005-08-14T00:00"),
        # the day before Thursday, the sentence's own time, not before the stabbing
        ("the previous day", "2006-06-14", "2006-06-14T00:00", "2006-06-15T00:00"),
    ]


def test_a_relative_clause_time_before_a_main_clause_time_leaves_the_story_there() -> None:
    text = ("Otago won the semi-final in Dunedin on Sunday. They will play Canterbury, who beat "
            "Auckland on Saturday, in the final on January 24. The series against Sri Lanka "
            "began the same day.")
    assert [t[:2] for t in found(text, "2015-01-12")] == [
        ("Sunday", "2015-01-11"), ("Saturday", "2015-01-10"), ("January 24", "2015-01-24"),
        ("the same day", "2015-01-11"),
    ]


def test_a_past_perfect_time_after_the_sentence_time_leaves_the_story_there() -> None:
    text = ("Norwegian skier Kari Dahl won the World Cup overall title on Sunday, finishing "
            "fifth in the final slalom to keep a lead she had taken in Kvitfjell four days "
            "earlier. The slalom started at 10 a.m.")
    assert found(text, "2019-03-17T20:00") == [
        ("Sunday", "2019-03-17", "2019-03-17T00:00", "2019-03-18T00:00"),
        ("four days earlier", "2019-03-13", "2019-03-13T00:00", "2019-03-14T00:00"),
        # Sunday's slalom, not the Wednesday the lead had gone back to
        ("10 a.m.", "2019-03-17T10:00", "2019-03-17T10:00", "2019-03-17T10:01"),
    ]
    # with no time before it in its sentence the past perfect moves the story
    assert [t[:2] for t in found("Dahl had taken the lead in Kvitfjell on Wednesday. The slalom "
                                 "started at 10 a.m.", "2019-03-17T20:00")] == [
        ("Wednesday", "2019-03-13"), ("10 a.m.", "2019-03-13T10:00")]
    # a past perfect of a time later than the sentence's own moves the story there
    text = ("Dahl finished second in Friday's downhill, but snow that had fallen early Saturday "
            "morning forced organisers to cancel that day's super-G.")
    assert [t[:2] for t in found(text, "2019-03-17T20:00")] == [
        ("Friday", "2019-03-15"), ("early Saturday morning", "2019-03-16TMO"),
        ("that day", "2019-03-16")]


def test_a_relative_clause_time_alone_in_its_sentence_moves_the_story() -> None:
    text = ("Firefighters were called to a warehouse, which caught fire on Sunday night. "
            "The blaze was put out the next morning.")
    assert [t[:2] for t in found(text, "2015-01-14")] == [
        ("Sunday night", "2015-01-11TNI"), ("the next morning", "2015-01-12TMO"),
    ]


def test_a_clock_on_the_day_named_after_it_is_the_story_clock() -> None:
    # 'at 9pm on Monday': the clock is read before its day, but the story stands at
    # Monday's 9pm, so the hours after it and the night are Monday's
    text = ("Police were called at 9pm on Monday. Two hours later, a man was arrested. "
            "Officers searched the house overnight.")
    assert found(text, "2024-03-20T18:00") == [
        ("9pm on Monday", "2024-03-18T21:00", "2024-03-18T21:00", "2024-03-18T21:01"),
        ("Two hours", "PT2H", "2024-03-18T23:00", "2024-03-19T00:00"),
        ("overnight", "2024-03-18TNI", "2024-03-18T18:00", "2024-03-19T00:00"),
    ]


def test_the_previous_day_counts_from_a_saying_day_that_left_the_story() -> None:
    # the saying's Saturday keeps the story at Friday's news, but is the last day named
    text = ("Shares of the retailer fell 7 percent on Friday. The Secret Service said on "
            "Saturday that it had opened an inquiry. Two customers had filed a lawsuit "
            "against the retailer the previous day.")
    assert [t[:2] for t in found(text, "2014-01-13")] == [
        ("Friday", "2014-01-10"), ("Saturday", "2014-01-11"), ("the previous day", "2014-01-10"),
    ]


def test_a_day_of_the_story_after_a_saying_day_is_what_the_next_day_counts_from() -> None:
    text = ("Rioters burned cars on Tuesday, police said on Wednesday. The unrest spread to "
            "Lyon on Thursday. The next day the city was calm.")
    assert [t[:2] for t in found(text, "2019-07-20")][-1] == ("The next day", "2019-07-19")


def test_weeks_later_reach_a_day_from_the_story_day() -> None:
    text = ("Staff found her on the floor on August 15, 2020, and she died in hospital a "
            "week later. Her family sued nearly two weeks later.")
    assert found(text, "2022-03-24") == [
        ("August 15, 2020", "2020-08-15", "2020-08-15T00:00", "2020-08-16T00:00"),
        ("a week", "P1W", "2020-08-22T00:00", "2020-08-23T00:00"),
        # a modified count is no exact day: the week of September 5, two weeks on
        ("nearly two weeks", "P2W", "2020-08-31T00:00", "2020-09-07T00:00"),
    ]


def test_the_whole_night_told_in_the_past_at_night_is_the_one_before() -> None:
    # at 21:30 the night under way is not over: 'spent the night' is Tuesday's; 'earlier
    # in the night' may be a part of tonight
    text = ('"The water came up to our roof by midnight," she said at an evacuation centre '
            'on Wednesday. "We spent the night on the roof waiting for the boats."')
    assert found(text, "2019-07-17T21:30:00+00:00")[-1] == (
        "the night", "2019-07-16TNI", "2019-07-16T18:00", "2019-07-17T00:00")
    assert found("He had seen one van leave earlier in the night.",
                 "2019-07-17T22:00:00+00:00")[0][:2] == ("the night", "2019-07-17TNI")


def test_a_small_hours_clock_after_an_evening_clock_is_the_next_day() -> None:
    text = ("The storm reached the campsite at about 11:15 p.m. on Monday. By 1 a.m. the "
            "site was flooded, and at 7 a.m. the organisers cancelled the festival.")
    assert [(text, value) for text, value, _, _ in found(text)] == [
        ("about 11:15 p.m. on Monday", "2019-07-15T23:15"),
        ("1 a.m.", "2019-07-16T01:00"),
        ("7 a.m.", "2019-07-16T07:00"),
    ]


def test_a_count_after_by_is_how_far_a_change_moved_no_time_after_a_happening() -> None:
    text = ("The opening was delayed by four months after a cable-laying ship was damaged in "
            "a storm in January.")
    assert [(t.text, t.value, t.begin, t.until) for t in tag(text, "2010-09-22", True)] == [
        ("four months", "P4M", None, None),
        ("January", "2010-01", datetime(2010, 1, 1, tzinfo=UTC), datetime(2010, 2, 1, tzinfo=UTC)),
    ]
    # the frame has no row for it, only January's
    frame = extract_many([article_from_text(text, "2010-09-22", "UTC")],
                         inferred=True)
    assert list(frame["time_text"]) == ["in January"]


def test_a_clock_time_stays_on_the_earlier_day_its_sentence_or_a_part_of_it_names() -> None:
    # the day named in the clock's own sentence, a part of that day, a past perfect
    same = ("Police arrested the man at 6 a.m. today. He robbed the bank on Monday, entering "
            "it at 10:15 a.m.")
    evening = ("The plane landed at 11 a.m. today. It left Lagos on Monday evening. It "
               "refuelled at 9 p.m.")
    perfect = ("Police arrested the man at 6 a.m. today. He robbed the bank on Monday. He had "
               "entered the bank at 10:15 a.m.")
    assert found(same)[-1][:2] == ("10:15 a.m.", "2019-07-15T10:15")
    assert found(evening)[-1][:2] == ("9 p.m.", "2019-07-15T21:00")
    assert found(perfect)[-1][:2] == ("10:15 a.m.", "2019-07-15T10:15")


def test_a_small_hour_after_a_named_night_is_the_next_day_whatever_clock_another_day_had() -> None:
    text = ("The vet saw her at 11 a.m. on Monday. On Tuesday night she howled in her crate "
            "until I gave in at about 3am.")
    assert [(text, value) for text, value, _, _ in found(text)][-2:] == [
        ("Tuesday night", "2019-07-16TNI"), ("about 3am", "2019-07-17T03:00"),
    ]


def test_a_date_in_a_whose_clause_beside_the_news_day_leaves_the_story_there() -> None:
    text = ("The court today ordered the company to pay fishermen whose catch collapsed after "
            "a spill on the night of 19 February 2001. The judge delivered her judgment at "
            "10:15 am.")
    assert [(text, value) for text, value, _, _ in found(text)] == [
        ("today", "2019-07-17"), ("the night of 19 February 2001", "2001-02-19TNI"),
        ("10:15 am", "2019-07-17T10:15"),
    ]


def test_a_blog_footer_s_clock_is_the_post_s_day_after_a_promise_for_tomorrow() -> None:
    # news-dating-16's garden blog: 'Posted' in capitals is a past form too
    text = "I'll post pictures tomorrow if I remember.\n\nPosted by Meg at 10:40 PM"
    assert found(text, "2007-07-18T22:40")[1] == (
        "10:40 PM", "2007-07-18T22:40", "2007-07-18T22:40", "2007-07-18T22:41")


def test_a_day_after_a_saying_in_an_interview_is_the_news_day_not_the_story_day() -> None:
    # 'said in an interview', 'said at a news conference' (vocab saying_day) date the
    # saying: the Tuesday before publication, not one counted on from a story in 2016
    text = ("In the winter of 2015 the lake froze on Feb. 2 and thawed five weeks later. "
            "\"We used to think of that as a freak,\" Lindgren said in an interview Tuesday.")
    assert [(t.text, t.value) for t in tag(text, WEDNESDAY)][-1] == ("Tuesday", "2019-07-16")


def test_a_day_named_after_an_edge_of_the_day_is_the_edge_s_day() -> None:
    # news-dating-22 news07: 'dawn' alone was the story's Sunday's, a second row beside
    # 'today'; the two words are one time, the publication day's dawn
    text = ("Nurlan Asanov told reporters that welders had replaced the broken section on "
            "Sunday night, but that a second leak was found at dawn today when the pipe was "
            "filled again.")
    assert found(text, "2026-01-19T14:10:00+00:00")[1] == (
        "dawn today", "2026-01-19TMO", "2026-01-19T04:00", "2026-01-19T08:00")
    assert found("The ferry crew will try again at first light tomorrow.")[0][:2] == (
        "first light tomorrow", "2019-07-18TMO")


def test_a_night_spent_is_told_through_to_the_next_day() -> None:
    # news-dating-22 news03: after 'We spent the night keeping it off the houses', the
    # afternoon the last flames went out is the next day's, not the night's own day
    text = ('A neighbour called 911 at 11:05 p.m. Thursday. "We spent the night keeping it '
            'off the houses and the rail line." The last flames were put out at about 2 p.m.')
    assert found(text, "2012-08-17T21:10:00+00:00")[-1][:2] == ("about 2 p.m.", "2012-08-17T14:00")
    assert found("She spent Saturday night in hospital and was released at 4 p.m.")[-1][:2] == (
        "4 p.m.", "2019-07-14T16:00")


def test_an_age_is_a_year_only_in_a_life_whose_birth_the_text_told() -> None:
    # news-dating-24 news10: 'at the age of 44' after her birth in 1911 is 1955, and 'the
    # year before' is counted from it; no birth, no time ('from' is a stretch anyway)
    text = ("She was born on January 9, 1911. She married late, at the age of 44: Arne "
            "had taken flying lessons from her the year before.")
    assert [(t.text, t.value) for t in tag(text, "2004-02-18")] == [
        ("January 9, 1911", "1911-01-09"), ("the age of 44", "1955"),
        ("the year before", "1954")]
    assert tag("She learned to dive at the age of 41.", "2004-02-18") == []
    assert [t.text for t in tag("She was born on 3 March 1931. The club takes swimmers "
                                "from the age of 12.", "2004-02-18")] == ["3 March 1931"]


def values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_a_day_said_at_a_briefing_leaves_the_story_at_its_day() -> None:
    # news-dating-24 news06: 'said at a briefing this morning' moved the story to the
    # publication day, and the warning 'at 4:31 p.m.' with it
    text = ("Two people died when a wall of dust swept across Interstate 10 yesterday "
            "afternoon. The crash happened at about 4:50 p.m., the department's spokesman "
            "said at a briefing this morning. The National Weather Service had issued a "
            "dust storm warning at 4:31 p.m.")
    assert values(text, "2021-07-26T20:15")[-1] == ("4:31 p.m.", "2021-07-25T16:31")
    # my own: a fire's afternoon, told at a news briefing the day after
    text = ("A fire destroyed a warehouse on Sunday, firefighters told a news briefing this "
            "morning. The blaze started at 2:20 p.m.")
    assert values(text, "2024-03-18T18:00")[-1] == ("2:20 p.m.", "2024-03-17T14:20")


def test_a_day_said_with_a_place_between_leaves_the_story_at_its_day() -> None:
    # news-dating-24 news04: 'That evening' after 'said at a news conference in Ghent this
    # morning' is the evening of the collision, not the publication day's
    text = ("The failure began with a collision on October 9, the agency's spokeswoman, Els "
            "De Wulf, said at a news conference in Ghent this morning. That evening, a loaded "
            "gravel barge struck the gate while entering the lock in fog.")
    assert values(text, "2008-10-22T17:45")[-1] == ("That evening", "2008-10-09TEV")
    # my own: 'told reporters in Piraeus on Monday', 'said in New Delhi today'
    text = ("Two ferries collided on Saturday, the harbour master told reporters in Piraeus "
            "on Monday. The smaller ferry sank at 3:15 p.m.")
    assert values(text, "2024-03-19T18:00")[-1] == ("3:15 p.m.", "2024-03-16T15:15")
    text = ("A bridge collapsed on Sunday, the minister said in New Delhi today. That "
            "evening, rescuers pulled two men from the river.")
    assert values(text, "2024-03-19T18:00")[-1] == ("That evening", "2024-03-17TEV")
    # a place with no saying before it is no saying's day
    assert values("She was born in Leeds on Monday. The midwife left at 4 p.m.",
                  "2024-03-19T18:00")[-1] == ("4 p.m.", "2024-03-18T16:00")


def test_the_same_day_after_a_saying_s_day_is_that_day() -> None:
    # news-dating-4 news06: the same day as Bwambale told reporters, not the first cases'
    text = ("The first cases were reported at a fishing village on Lake George on July 28. "
            "\"The situation is under control,\" district health officer Moses Bwambale told "
            "reporters in Kasese on Saturday. The World Health Organization flew four experts "
            "to Kasese the same day.")
    assert values(text, "2012-08-13")[-1] == ("the same day", "2012-08-11")
    # my own: 'that same day' after a coastguard's Tuesday; 'that evening' stays the story's
    text = ("A ferry sank on Sunday, the coastguard said on Tuesday. Divers reached it that "
            "same day.")
    assert values(text, "2024-03-20T15:00")[-1] == ("that same day", "2024-03-19")
    text = "A ferry sank on Sunday, the coastguard said on Tuesday. That evening, divers left."
    assert values(text, "2024-03-20T15:00")[-1] == ("That evening", "2024-03-17TEV")


def test_an_afternoon_clock_after_yesterday_afternoon_is_that_day_without_a_clock() -> None:
    # news-dating-26: a date-only story; the clock is yesterday's afternoon, as is the
    # evening and the minutes counted from it
    text = ("Organisers of the Sapporo Snow Festival have closed one of its largest "
            "sculptures after part of it collapsed yesterday afternoon and injured two "
            "visitors. Police fenced off the sculpture this morning. The collapse happened "
            "at about 3:20 p.m., when a section of a tower fell onto a viewing area. A boy "
            "was treated for bruises and released the same evening. \"Ten minutes earlier "
            "my son was standing right there.\"")
    values = [(t.text, t.value) for t in tag(text, "2003-02-09", date_only=True)]
    assert values[2:] == [("about 3:20 p.m.", "2003-02-08T15:20"),
                          ("the same evening", "2003-02-08TEV"),
                          ("Ten minutes earlier", "2003-02-08T15:10")]
    # once the text names the publication day's afternoon, the clock is that day's
    text = "A bus overturned yesterday afternoon. Crews cleared the road this afternoon. " \
           "It reopened at 4:15 p.m."
    assert tag(text, "2015-06-14", date_only=True)[-1].value == "2015-06-14T16:15"


def test_an_afternoon_clock_after_yesterday_is_that_day_without_a_clock() -> None:
    # as after 'yesterday afternoon': a date-only story named yesterday, then this
    # morning; the past clause's afternoon clock is yesterday's, not one still to come
    text = ("A freight train derailed near Albury yesterday, spilling grain across both "
            "tracks. Engineers inspected the line this morning. The train left the rails "
            "at 4:45 p.m., the operator said.")
    assert tag(text, "2011-05-14", date_only=True)[-1].value == "2011-05-13T16:45"
    # a morning clock is the publication day's, as is any clock once it names today
    text = ("The mayor resigned yesterday. Councillors met this morning to choose a "
            "successor. The vote was held at 10:30 a.m.")
    assert tag(text, "2011-05-14", date_only=True)[-1].value == "2011-05-14T10:30"
    text = "A bus overturned yesterday. Crews cleared the road today. It reopened at 4:15 p.m."
    assert tag(text, "2015-06-14", date_only=True)[-1].value == "2015-06-14T16:15"
    # news-dating-9's helicopter crash: yesterday's afternoon clock, then the search
    # called off at dusk, leaves the morning clock on the next day
    text = ("On Tuesday, a helicopter crashed in forest in Sarawak. Searchers reached the "
            "wreck this morning, police said. The helicopter took off from Long Lama at "
            "2:15 p.m. on a flight to Miri. Heavy rain slowed the search on Tuesday, and it "
            "was called off at dusk. A police team found the wreck shortly after 8 a.m.")
    assert [t.value for t in tag(text, "2012-10-24", date_only=True)][2:] == [
        "2012-10-23T14:15", "2012-10-23", "2012-10-23TEV", "2012-10-24T08:00"]


def test_a_time_in_brackets_restating_the_one_before_leaves_the_story_there() -> None:
    # news-dating-27 news04: the fight is told in Las Vegas time; Manila's Sunday in the
    # brackets does not carry the clock told next to Sunday
    text = ("The bout began at 8:05 p.m. Pacific time on Saturday (12:05 p.m. Sunday in "
            "Manila). Dacanay floored Villasenor in the fourth round, and the referee "
            "stopped the fight at about 8:41 p.m.")
    assert [t[:2] for t in found(text, "2007-11-19T09:30:00+00:00")] == [
        ("8:05 p.m. Pacific time on Saturday", "2007-11-17T20:05"),
        ("12:05 p.m. Sunday", "2007-11-18T12:05"),
        ("about 8:41 p.m.", "2007-11-17T20:41"),
    ]
    # a zone's clock and its day as two times in the brackets, and a day alone
    assert found("The rocket lifted off at 9:30 p.m. on Friday (02:30 GMT Saturday) and "
                 "reached orbit at 9:39 p.m.", "2007-11-19T09:30:00+00:00")[-1][:2] == (
        "9:39 p.m.", "2007-11-16T21:39")
    assert found("The match ended on Tuesday (Wednesday in Auckland). Police said at 10 p.m. "
                 "that two fans were arrested.", "2007-11-19T09:30:00+00:00")[-1][:2] == (
        "10 p.m.", "2007-11-13T22:00")


def test_a_clock_before_a_part_of_the_publication_day_its_clause_goes_on_to_is_that_day() -> None:
    # news-dating-27 news05: the story stood at Monday's lifting, but the container rose
    # this morning, before it was landed this afternoon
    text = ("Divers began lifting them with a crane barge on Monday. The final container, "
            "which held 19 tonnes of plastic film, broke the surface at 09:45 and was landed "
            "at Fos-sur-Mer early this afternoon.")
    assert found(text, "2021-12-02T14:30:00+00:00")[1][:2] == ("09:45", "2021-12-02T09:45")
    assert found("Rescuers reached the village on Tuesday. The last survivor was found at "
                 "7:20 a.m. and flown to Lyon this afternoon.",
                 "2021-12-02T14:30:00+00:00")[1][:2] == ("7:20 a.m.", "2021-12-02T07:20")
    # not a clock after that part's start, which may be the night before
    assert found("The fire started on Monday. It flared again at 23:40 and was put out this "
                 "morning.", "2021-12-02T14:30:00+00:00")[1][:2] == ("23:40", "2021-11-29T23:40")


def test_a_state_told_at_the_publication_day_leaves_the_story_at_its_news_day() -> None:
    # news-dating-28 news06 (shortened): 'remained in hospital today' tells how things
    # stand, so the clock times told next are Sunday's, the landing's, not Monday's
    text = ("A hot-air balloon came down in the Rio Grande in Albuquerque on Sunday morning. "
            "All three were pulled from the water; one passenger remained in hospital "
            "today.\n\nThe balloon lifted off with about 500 others in the final mass "
            "ascension, which began at 7 a.m. The lift-off had been at 7:40.")
    assert [(t[0], t[1]) for t in found(text, "2005-10-10T18:20:00+00:00")][-3:] == [
        ("today", "2005-10-10"), ("7 a.m.", "2005-10-09T07:00"), ("7:40", "2005-10-09T07:40")]
    # my own: a ferry still aground this morning after Sunday night's grounding
    own = ("A ferry ran aground off Crete on Sunday night. The ship remained stuck this "
           "morning. Passengers were taken off at 11 p.m.")
    assert found(own, "2021-06-08T15:30:00+00:00")[-1][:2] == ("11 p.m.", "2021-06-06T23:00")
    # a state's time after an old background day brings the story back to the news
    # (news-dating-2 news01: 'She conceded at about 11:30 p.m.' is Monday's, election night)
    back = ("Voters re-elected the government on Monday. The premier called the election on "
            "Sept. 22. Three ridings remained too close to call on Tuesday morning. She "
            "conceded at about 11:30 p.m.")
    assert found(back, "2025-10-21T10:15:00+00:00")[-1][:2] == (
        "about 11:30 p.m.", "2025-10-20T23:30")


def test_the_publication_day_inside_a_quotation_leaves_the_story_at_its_news_day() -> None:
    # news-dating-16 news03 (shortened): the judge's 'today' is the speaker's now; the
    # clock told next is the day of the ruling, yesterday
    text = ("Three judges at the High Court in Edinburgh yesterday quashed the murder "
            "conviction of a man.\n\nLord Braidwood said that the expert evidence \"would not "
            "be accepted by any fire investigator today\".\n\nLennie, who left the court with "
            "his sister shortly after 11 a.m., told reporters on the steps: \"I am walking "
            "out of this one an innocent man.\"")
    assert [(t.text, t.value) for t in tag(text, "2013-10-30", date_only=True)][1:] == [
        ("today", "2013-10-30"), ("shortly after 11 a.m.", "2013-10-29T11:00")]
    # my own: a rescuer's 'today' after Monday's landslide; not a state told outside quotes
    own = ("A landslide buried a road near Sion on Monday. \"We are still digging today,\" a "
           "police officer said. The slope gave way at 6:40 a.m.")
    assert found(own, "2019-05-14T17:00:00+00:00")[-1][:2] == ("6:40 a.m.", "2019-05-13T06:40")


def test_an_evening_clock_told_at_a_small_hours_clock_is_the_evening_before() -> None:
    # news-dating-22, a police appeal: the night of Saturday 9 March
    text = ("The man was found on the pavement on North Parade at around 12.20am on Sunday 10"
            " March. He had spent the evening at a birthday party at a bar on George Street and"
            " left at about 11.45pm to walk home. A taxi driver called 999 at 12.24am.")
    assert [(text, begin) for text, _, begin, _ in found(text, "2019-03-13T14:30:00+00:00")] == [
        ("around 12.20am on Sunday 10 March", "2019-03-10T00:20"),
        ("the evening", "2019-03-09T18:00"),
        ("about 11.45pm", "2019-03-09T23:45"),
        ("12.24am", "2019-03-10T00:24"),
    ]



def test_a_stretch_of_days_or_a_day_something_came_from_leaves_the_story_day() -> None:
    # Wednesday 17 July 2019: the story is on Tuesday night's count
    text = ("The count began at 11 p.m. on Tuesday. Storms had closed the harbour between "
            "Saturday and Monday. The last seat was declared at 3.40am.")
    assert found(text)[1:] == [
        ("Saturday", "2019-07-13", "2019-07-13T00:00", "2019-07-14T00:00"),
        ("Monday", "2019-07-15", "2019-07-15T00:00", "2019-07-16T00:00"),
        ("3.40am", "2019-07-17T03:40", "2019-07-17T03:40", "2019-07-17T03:41"),
    ]
    text = ("The index fell 40 points at 9.30am on Tuesday, its biggest drop from Monday's "
            "close in a year. At 2pm it had recovered.")
    assert found(text)[-1] == ("2pm", "2019-07-16T14:00", "2019-07-16T14:00",
                               "2019-07-16T14:01")
    # a day that is no stretch's edge still moves the story
    one = text.replace("its biggest drop from Monday's close in a year", "after losing "
                       "ground on Monday")
    assert found(one)[-1] == ("2pm", "2019-07-15T14:00", "2019-07-15T14:00",
                              "2019-07-15T14:01")


def test_a_stretch_of_days_told_before_any_other_day_is_where_the_story_goes_on() -> None:
    # Wednesday 17 July 2019: no day before the talks, so the deal is signed on their last
    text = "Talks ran from Sunday to Tuesday. A deal was finally signed at 4pm."
    assert found(text)[-1] == ("4pm", "2019-07-16T16:00", "2019-07-16T16:00",
                               "2019-07-16T16:01")
    # after a day of the story's, the stretch is its background (in_day_range)
    told = "The count began at 9am on Wednesday. " + text
    assert found(told)[-1] == ("4pm", "2019-07-17T16:00", "2019-07-17T16:00",
                               "2019-07-17T16:01")


def test_a_small_hours_clock_after_an_evening_told_since_an_afternoon_clock() -> None:
    # the story last placed at Monday's evening, after its 3:10 p.m.: 1:30 a.m. is Tuesday's
    text = ("The coach broke down near Ashford at 3:10 p.m. on Monday. A relief coach was "
            "promised for later that evening but never came. Hours later, at 1:30 a.m., "
            "a farmer towed it to the village hall.")
    assert found(text) == [
        ("3:10 p.m. on Monday", "2019-07-15T15:10", "2019-07-15T15:10", "2019-07-15T15:11"),
        ("later that evening", "2019-07-15TEV", "2019-07-15T18:00", "2019-07-16T00:00"),
        ("1:30 a.m.", "2019-07-16T01:30", "2019-07-16T01:30", "2019-07-16T01:31"),
    ]


def test_small_hours_after_the_clock_passed_midnight_and_that_night() -> None:
    # the clock past Monday's midnight: 2 a.m. is Tuesday's though a past perfect tells
    # it, 'that night' is Monday's night, and 1 a.m. told after it is Tuesday's; 'By
    # midnight' opening a sentence is the end of Monday (ranges.midnight_as_start)
    text = ("The vote closed at 9 p.m. on Monday. By midnight the count was level, and at "
            "2 a.m. the challenger had pulled ahead. Nobody went home that night. The "
            "mayor left at about 1 a.m.")
    assert found(text) == [
        ("9 p.m. on Monday", "2019-07-15T21:00", "2019-07-15T21:00", "2019-07-15T21:01"),
        ("midnight", "2019-07-15T24:00", "2019-07-16T00:00", "2019-07-16T00:01"),
        ("2 a.m.", "2019-07-16T02:00", "2019-07-16T02:00", "2019-07-16T02:01"),
        ("that night", "2019-07-15TNI", "2019-07-15T18:00", "2019-07-16T00:00"),
        ("about 1 a.m.", "2019-07-16T01:00", "2019-07-16T01:00", "2019-07-16T01:01"),
    ]


def test_that_night_after_a_story_opened_in_the_small_hours_is_the_night_after() -> None:
    # my own: the story opened at Tuesday's 3 a.m., not run there from Monday's evening:
    # 'that night' is Tuesday's (was Monday's, before the quake)
    text = ("The earthquake struck at 3 a.m. on Tuesday. Rescuers worked through the day, "
            "and thousands of families slept in the open that night.")
    assert found(text)[-1] == ("that night", "2019-07-16TNI", "2019-07-16T18:00",
                               "2019-07-17T00:00")
    text = "The storm hit the coast at 4 a.m. on Monday. Power was restored to most homes " \
           "that night."
    assert found(text) == [
        ("4 a.m. on Monday", "2019-07-15T04:00", "2019-07-15T04:00", "2019-07-15T04:01"),
        ("that night", "2019-07-15TNI", "2019-07-15T18:00", "2019-07-16T00:00"),
    ]


def test_a_small_hours_clock_after_an_evening_told_since_a_morning_clock_is_that_days() -> None:
    # my own: an evening the day's name dates is a fact the small hours may come before,
    # so 2am is Monday's, before the crash (was Tuesday's); 'later that evening' above,
    # where the story went on to, still sends 1:30 a.m. to the next day
    text = ("The crash happened at 7.40am on Monday. The road reopened on Monday evening. "
            "Police were first called to the junction at about 2am over a broken-down lorry.")
    assert found(text) == [
        ("7.40am on Monday", "2019-07-15T07:40", "2019-07-15T07:40", "2019-07-15T07:41"),
        ("Monday evening", "2019-07-15TEV", "2019-07-15T18:00", "2019-07-16T00:00"),
        ("about 2am", "2019-07-15T02:00", "2019-07-15T02:00", "2019-07-15T02:01"),
    ]
