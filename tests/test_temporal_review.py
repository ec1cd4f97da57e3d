"""A review's finds in the tagger's clock, zone, holiday and narrative rules, in real sentences."""

from __future__ import annotations

from timeline.temporal import tag

DCT = "2024-03-20T15:00:00+00:00"


def found(sentence: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(sentence, DCT)]


def test_seconds_after_a_one_digit_hour_are_a_race_time_not_a_clock() -> None:
    assert found("The Kenyan crossed the finish line at 2:05:13, a course record.") == []
    assert found("He won the stage by 0:01:13 from his rival.") == []
    assert found("The best time is around 2:03:59.") == [("2:03:59", "DURATION", "PT2H3M59S")]
    assert found("The polls closed at 09:30:00 EST.") == [
        ("09:30:00 EST", "TIME", "2024-03-20T09:30:00")
    ]
    assert found("The clocks stopped at 23:59:59.") == [("23:59:59", "TIME", "2024-03-19T23:59:59")]


def test_a_four_digit_number_before_a_zone_abbreviation_needs_a_preposition_of_time() -> None:
    assert found("In 2013 CST Brands was spun off from Valero.") == [("2013", "DATE", "2013")]
    assert found("Flight 1145 EST arrived late.") == []
    assert found("The 1200 CET employees will lose their jobs.") == []
    assert found("Markets close by 1600 EST today.") == [
        ("1600 EST today", "TIME", "2024-03-20T16:00")
    ]
    assert found("The plant shut at 0400 GMT.") == [("0400 GMT", "TIME", "2024-03-20T04:00")]


def test_a_clock_in_brackets_restating_the_one_before_is_left_out() -> None:
    assert found("Trading resumed at 1535 GMT (10:35 EST) on Tuesday.") == [
        ("1535 GMT", "TIME", "2024-03-19T15:35"),
        ("Tuesday", "DATE", "2024-03-19"),
    ]
    assert found("The ship docked at 0900 local time (0700 GMT) on Monday.") == [
        ("0900 local time", "TIME", "2024-03-18T09:00"),
        ("Monday", "DATE", "2024-03-18"),
    ]


def test_a_holiday_name_in_an_idiom_or_a_flag_s_name_is_no_date() -> None:
    assert found("It's Groundhog Day at the Brexit talks, one diplomat said.") == []
    assert found("Traders Brace for Another Red Flag Day on Wall Street") == []
    assert found("Flags will fly from every porch on Flag Day.") == [
        ("Flag Day", "DATE", "2024-06-14")
    ]


def test_holiday_names_with_a_curly_apostrophe_or_none() -> None:
    assert found("Florists expect record sales before Mother\u2019s Day.") == [
        ("Mother\u2019s Day", "DATE", "2024-05-12")
    ]
    assert found("The Boston Marathon will be run on Patriots Day.") == [
        ("Patriots Day", "DATE", "2024-04-15")
    ]
    assert found("Crowds visited cemeteries on All Saints Day.") == [
        ("All Saints Day", "DATE", "2023-11-01")
    ]


def test_the_following_season_or_month_counts_from_a_season_half_or_year_told_of() -> None:
    assert found("He was elected in the summer of 1990 and resigned the following spring.") == [
        ("the summer of 1990", "DATE", "1990-SU"),
        ("the following spring", "DATE", "1991-SP"),
    ]
    assert found(
        "The plant closed in the second half of 2008 and reopened the following spring."
    ) == [
        ("the second half of 2008", "DATE", "2008-H2"),
        ("the following spring", "DATE", "2009-SP"),
    ]
    assert found("He was elected in 1990 and married the following June.") == [
        ("1990", "DATE", "1990"),
        ("the following June", "DATE", "1991-06"),
    ]
    assert found(
        "Sales fell in the third quarter of 1990 and recovered the following January."
    ) == [
        ("the third quarter of 1990", "DATE", "1990-Q3"),
        ("the following January", "DATE", "1991-01"),
    ]


def test_a_season_or_month_counted_past_the_calendar_has_no_value() -> None:
    assert found("It was founded in 9999 AD; the following spring was warm.") == [
        ("9999 AD", "DATE", "9999")
    ]
    assert found("It was founded in 1 AD; the previous winter was cold.") == [
        ("1 AD", "DATE", "0001")
    ]
    assert found("It was founded in 9999 AD; the following June was warm.") == [
        ("9999 AD", "DATE", "9999")
    ]


def test_noon_with_a_zone_before_a_weekday_is_one_time_on_that_day() -> None:
    assert found("The offer expires at noon EST Friday.") == [
        ("noon EST Friday", "TIME", "2024-03-22T12:00")
    ]


def test_a_zone_is_a_word_of_its_own_in_capitals() -> None:
    assert found("At noon Sgt. Ruiz fired the first shot.") == [
        ("noon", "TIME", "2024-03-20T12:00")
    ]
    assert found("The plane landed at 10:45 CEST.") == [("10:45 CEST", "TIME", "2024-03-20T10:45")]


def test_a_24_hour_clock_with_seconds_before_a_weekday_is_one_time() -> None:
    assert found("The capsule separated at 17:21:13 GMT Friday.") == [
        ("17:21:13 GMT Friday", "TIME", "2024-03-15T17:21:13")
    ]
