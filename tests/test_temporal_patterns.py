"""Issue 12's general patterns and day-only publication times, in real sentences."""

from __future__ import annotations

from datetime import UTC, datetime

from timeline.temporal import tag

WEDNESDAY = "2024-03-20"


def found(sentence: str, date_only: bool = False) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(sentence, WEDNESDAY, date_only=date_only)]


def test_a_day_only_publication_time_tells_clock_relative_times_to_the_day() -> None:
    sentence = "Police said this morning that the road, closed an hour ago, opens tonight."
    assert found(sentence) == [
        ("this morning", "TIME", "2024-03-20TMO"),
        ("an hour ago", "TIME", "2024-03-19T23"),
        ("tonight", "TIME", "2024-03-20TNI"),
    ]
    assert found(sentence, date_only=True) == [
        ("this morning", "TIME", "2024-03-20TMO"),  # the part named, over the whole day
        ("an hour ago", "DATE", "2024-03-20"),
        ("tonight", "TIME", "2024-03-20TNI"),
    ]
    day = (datetime(2024, 3, 20, tzinfo=UTC), datetime(2024, 3, 21, tzinfo=UTC))
    for timex in tag(sentence, WEDNESDAY, date_only=True):
        assert (timex.begin, timex.until, timex.granularity) == (*day, "day")


def test_now_of_a_day_only_publication_time_is_the_whole_day() -> None:
    (now,) = tag("The bridge is now open to traffic.", WEDNESDAY, date_only=True)
    assert (now.value, now.begin, now.until) == (
        "PRESENT_REF",
        datetime(2024, 3, 20, tzinfo=UTC),
        datetime(2024, 3, 21, tzinfo=UTC),
    )


def test_a_written_clock_time_stays_a_clock_time_on_a_day_only_date() -> None:
    assert found("A witness saw the crowd at 9.30pm.", date_only=True) == [
        ("9.30pm", "TIME", "2024-03-20T21:30")
    ]


def test_year_ranges_are_two_years() -> None:
    assert found("Exports fell in the 1998-99 season and in 2009\u20132010 (an en dash).") == [
        ("1998", "DATE", "1998"),
        ("99", "DATE", "1999"),
        ("2009", "DATE", "2009"),
        ("2010", "DATE", "2010"),
    ]
    assert found("The score was 1998-2 after extra time.") == []


def test_earlier_than_usual_is_a_duration_and_ago_stays_a_date() -> None:
    assert found("The harvest began two weeks earlier than usual.") == [
        ("two weeks", "DURATION", "P2W")
    ]
    assert found("The harvest began two weeks ago.") == [("two weeks ago", "DATE", "2024-W10")]


def test_bare_plural_units_are_vague_durations() -> None:
    assert found("Hours before the fire, neighbours smelled gas.") == [
        ("Hours", "DURATION", "PTXH")
    ]
    assert found("Engineers say repairs may take months.") == [("months", "DURATION", "PXM")]


def test_a_24_hour_clock_with_zone_and_weekday_is_one_time_on_that_day() -> None:
    assert found("Polls closed at 14:30 GMT Sunday.") == [
        ("14:30 GMT Sunday", "TIME", "2024-03-17T14:30")
    ]


def test_race_times_are_durations_ages_and_percentages_are_not_times() -> None:
    assert found("She won in 2:51:09, a course record.") == [("2:51:09", "DURATION", "PT2H51M9S")]
    assert found("A boy aged 18 months was hurt.") == []
    assert found("The index rose by 4.08% on the day's news.") == []


def test_ends_of_periods_fiscal_years_and_the_last_week() -> None:
    assert [
        (t.text, t.value, t.mod)
        for t in tag(
            "Repairs should end by the end of the month, within this fiscal year.", WEDNESDAY
        )
    ] == [("the end of the month", "2024-03", "END"), ("this fiscal year", "2024", "")]
    assert found("She has been busy the last week, her lawyer said.") == [
        ("the last week", "DATE", "2024-W11")
    ]
    assert [(t.text, t.value, t.mod) for t in tag("It shut in early last October.", WEDNESDAY)] == [
        ("early last October", "2023-10", "START")
    ]


def test_a_month_in_a_future_clause_is_the_coming_one() -> None:
    assert found("The exhibition will run through May.") == [("May", "DATE", "2024-05")]


def day(month: int, day_: int) -> datetime:
    return datetime(2024, month, day_, tzinfo=UTC)


def test_a_duration_from_now_is_a_duration_reaching_a_week_from_the_publication_time() -> None:
    sentence = "The new rules take effect three weeks from now."
    (weeks,) = tag(sentence, WEDNESDAY)  # 'now' anchors the duration and dates nothing
    assert (weeks.text, weeks.type, weeks.value) == ("three weeks", "DURATION", "P3W")
    assert (weeks.begin, weeks.until, weeks.granularity) == (day(4, 8), day(4, 15), "week")
    assert sentence[weeks.phrase_start : weeks.phrase_end] == "three weeks from now"


def test_a_duration_from_a_date_reaches_that_date_moved_by_it() -> None:
    days, june = tag("The offer expires 30 days from June 1, the company said.", WEDNESDAY)
    assert (days.text, days.type, days.value) == ("30 days", "DURATION", "P30D")
    assert (june.text, june.value) == ("June 1", "2024-06-01")
    assert (days.begin, days.until, days.granularity) == (day(7, 1), day(7, 2), "day")


def test_ago_stays_a_date() -> None:
    assert found("The company was founded three years ago in a garage.") == [
        ("three years ago", "DATE", "2021")
    ]


def test_quoted_material_speaks_from_its_own_date() -> None:
    text = (
        'In an e-mail dated March 3, 2019, she wrote: "I will see you on Friday and we can'
        ' sign next week." The firm said on Monday that the deal was off.'
    )
    assert [(t.text, t.value) for t in tag(text, WEDNESDAY)] == [
        ("March 3, 2019", "2019-03-03"),
        ("Friday", "2019-03-08"),
        ("next week", "2019-W10"),
        ("Monday", "2024-03-18"),
    ]


def test_a_dated_letter_that_is_not_quoted_changes_nothing() -> None:
    text = "A letter dated March 3, 2019, was read out. The firm said on Monday it would appeal."
    assert [(t.text, t.value) for t in tag(text, WEDNESDAY)] == [
        ("March 3, 2019", "2019-03-03"),
        ("Monday", "2024-03-18"),
    ]


def test_a_hyphenated_part_of_the_day_before_a_noun_is_an_adjective() -> None:
    assert found("Late-night host Jimmy Kimmel mocked the senator.") == []
    assert found("Stocks slipped in early-morning trading.") == []
    assert found("The late-night session ended without a deal.") == []
    # a time of the day where no noun follows
    assert found("At mid-morning, police arrived.") == [("mid-morning", "TIME", "2024-03-20TMO")]
    assert found("The talks ran into the early-morning hours.") == [
        ("early-morning", "TIME", "2024-03-20TMO")]
    assert found("Late night talks failed.") == [("Late night", "TIME", "2024-03-20TNI")]
    # before a happening it dates, it is a time
    assert found("A late-night fire destroyed a house in Frankton, police said.") == [
        ("late-night", "TIME", "2024-03-20TNI")]
    assert found("Two men were held after an early-morning raid, police said.") == [
        ("early-morning", "TIME", "2024-03-20TMO")]


def test_a_plural_after_a_hyphenated_part_of_day_is_a_kind_not_a_time() -> None:
    from timeline.temporal import tag

    assert tag("Police warned of a rise in late-night attacks on taxi drivers.",
               "2024-03-20T10:00:00+00:00") == []
    assert tag("Late-night talks failed to produce a deal.", "2024-03-20T10:00:00+00:00") == []


def quoted(text: str, dct: str, date_only: bool = True) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, date_only=date_only)]


def test_a_quote_keeps_the_clock_of_the_saying_after_it() -> None:
    text = ('"We finally met her yesterday, after 22 months of waiting," head keeper'
            " Marco de Wit said at a news conference on Wednesday.")
    assert quoted(text, "2012-07-20") == [
        ("yesterday", "2012-07-17"), ("22 months", "P22M"), ("Wednesday", "2012-07-18")
    ]


def test_a_quote_keeps_the_clock_of_the_saying_before_it() -> None:
    text = 'On Sunday, the mayor said: "Today we start rebuilding."'
    assert quoted(text, "2012-07-23") == [("Sunday", "2012-07-22"), ("Today", "2012-07-22")]


def test_a_quote_continues_the_dated_saying_of_the_sentence_before() -> None:
    text = ("The chief executive told a news conference in Kuala Lumpur on Monday that the"
            ' airlines had lost money. "Today we stop the price war," he said.')
    assert quoted(text, "2013-05-16") == [("Monday", "2013-05-13"), ("Today", "2013-05-13")]


def test_a_quote_paragraph_continues_the_dated_saying_of_the_paragraph_before() -> None:
    text = ("The mayor told reporters on Sunday that the water had gone down.\n"
            '"Today we start rebuilding," she said.')
    assert quoted(text, "2012-07-23") == [("Sunday", "2012-07-22"), ("Today", "2012-07-22")]


def test_a_quote_said_on_the_publication_day_or_undated_keeps_the_publication_clock() -> None:
    assert quoted('"Today we start rebuilding," the mayor said.', "2012-07-23") == [
        ("Today", "2012-07-23")
    ]
    assert quoted('"Today we start rebuilding," the mayor said on Monday.', "2012-07-23") == [
        ("Today", "2012-07-23"), ("Monday", "2012-07-23")
    ]


def test_a_quote_said_later_than_the_publication_keeps_the_publication_clock() -> None:
    text = '"Today we start rebuilding," the mayor said on July 25, 2012.'
    assert quoted(text, "2012-07-23") == [("Today", "2012-07-23"), ("July 25, 2012", "2012-07-25")]


def test_a_day_of_the_happening_told_does_not_date_the_quote_after_it() -> None:
    text = ('Police said the fire started on Sunday. "Today we start rebuilding," the mayor'
            " said.")
    assert quoted(text, "2012-07-23") == [("Sunday", "2012-07-22"), ("Today", "2012-07-23")]


def test_an_undated_quote_in_a_date_only_story_is_said_at_the_latest_news() -> None:
    text = ("Zambia and Angola signed a border treaty in Lusaka on Thursday.\n"
            '"Ten years of talks end today," the Zambian foreign minister said at the ceremony.')
    assert quoted(text, "2019-07-19") == [
        ("Thursday", "2019-07-18"), ("Ten years", "P10Y"), ("today", "2019-07-18")]
    # a publication time with its clock may have the quote said that day
    assert quoted(text, "2019-07-19T10:00:00+00:00", date_only=False)[-1] == (
        "today", "2019-07-19")
    # the last day of its own paragraph first, with that day's clock
    text = ("The new bridge opened to traffic on Thursday.\n"
            "Mayor Ann Cole opened it officially at a ceremony on Wednesday evening. "
            '"This city has waited a long time for tonight," she said.')
    assert quoted(text, "2019-07-19") == [
        ("Thursday", "2019-07-18"), ("Wednesday evening", "2019-07-17TEV"),
        ("tonight", "2019-07-17TNI")]
    # a saying dated on the publication day, told to a listener by name, is still its day
    text = ("The new bridge opened to traffic on Wednesday. Its builder told Radio Tyne on "
            'Friday that the work had gone well. "Today we hand it over," he said.')
    assert quoted(text, "2019-07-19") == [
        ("Wednesday", "2019-07-17"), ("Friday", "2019-07-19"), ("Today", "2019-07-19")]


def test_a_quote_keeps_the_day_that_ends_its_attribution_after_a_speaker_s_title() -> None:
    text = ('"The river rose two metres last night," said Ana Ruiz, a spokeswoman for the fire'
            " service, on Monday.")
    assert quoted(text, "2012-08-15") == [
        ("last night", "2012-08-12TNI"), ("Monday", "2012-08-13")]
    # a day in a clause of its own in the attribution is not the saying's
    text = '"The river rose two metres last night," said Ana Ruiz, who was rescued on Monday.'
    assert quoted(text, "2012-08-15") == [
        ("last night", "2012-08-14TNI"), ("Monday", "2012-08-13")]


def test_a_clock_in_a_quote_is_on_the_saying_s_day() -> None:
    text = ('"By 1 a.m. we knew the festival was over," festival director Mette Kjaer said'
            " at a news conference on Saturday.")
    assert quoted(text, "2015-07-06") == [
        ("1 a.m.", "2015-07-04T01:00"), ("Saturday", "2015-07-04")
    ]


def test_tonight_in_a_quote_said_the_night_before_a_date_only_publication() -> None:
    text = ('"Tonight this city chose a council that listens," Harlow told about 300 supporters'
            " at a community hall on Monday night.")
    assert quoted(text, "2010-10-26") == [
        ("Tonight", "2010-10-25TNI"), ("Monday night", "2010-10-25TNI")
    ]


def test_quoted_words_inside_the_writer_s_sentence_keep_the_publication_clock() -> None:
    text = ("The mayor told reporters on Sunday that the water had gone down. Residents called"
            ' the clean-up "the work of today".')
    assert quoted(text, "2012-07-23") == [("Sunday", "2012-07-22"), ("today", "2012-07-23")]


def test_a_decimal_count_of_hours_is_no_clock_time() -> None:
    assert found("The operation lasted 2.15 hours and the wait 3.45 h.") == []
    assert found("The curfew begins at 22:00 hrs.") == [("22:00 hrs", "TIME", "2024-03-20T22:00")]
