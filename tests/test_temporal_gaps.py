"""Gaps in the tagger's general English found in a session's review, in real sentences."""

from __future__ import annotations

from timeline.temporal import tag

DCT = "2024-03-20T15:00:00+00:00"


def found(sentence: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(sentence, DCT)]


def test_the_following_decade_counts_from_the_year_told_of() -> None:
    assert found("He founded the firm in 1985 and sold it the following decade.") == [
        ("1985", "DATE", "1985"),
        ("the following decade", "DATE", "199"),
    ]
    assert found("The abbey was built in 1850 and burned down the following century.") == [
        ("1850", "DATE", "1850"),
        ("the following century", "DATE", "19"),
    ]
    assert found("Crime fell over the past decade.") == [("the past decade", "DURATION", "P10Y")]


def test_a_clock_word_after_a_relative_day_is_one_time_on_that_day() -> None:
    assert found("The offer expires tomorrow noon.") == [
        ("tomorrow noon", "TIME", "2024-03-21T12:00")
    ]
    assert found("The ceasefire ends tomorrow midnight.") == [
        ("tomorrow midnight", "TIME", "2024-03-21T24:00")
    ]


def test_the_past_fiscal_year_keeps_its_article() -> None:
    assert found("Profit rose 4% in the past fiscal year.") == [
        ("the past fiscal year", "DATE", "2023")
    ]
    assert found("The utility expects a loss this fiscal year.") == [
        ("this fiscal year", "DATE", "2024")
    ]


def test_the_last_quarter_of_a_named_year_is_its_fourth() -> None:
    assert found("Margins were thin in this year's last quarter.") == [
        ("this year's last quarter", "DATE", "2024-Q4")
    ]
    assert found("Sales fell in the 2009 last quarter.") == [
        ("the 2009 last quarter", "DATE", "2009-Q4")
    ]
    assert found("Sales fell in the last quarter.") == [("the last quarter", "DATE", "2023-Q4")]


def test_a_year_right_after_a_quarter_is_its_year() -> None:
    assert found("Exports slumped in the first quarter 2009 as demand dried up.") == [
        ("the first quarter 2009", "DATE", "2009-Q1")
    ]
    assert found("In the fourth quarter 2,000 jobs went.") == [
        ("the fourth quarter", "DATE", "2023-Q4")
    ]


def test_a_periodical_named_by_its_frequency_is_no_set() -> None:
    assert found("Her first poems appeared in a literary quarterly in 1987.") == [
        ("1987", "DATE", "1987")
    ]
    assert found("The Paris Review, a literary quarterly, was founded in 1953.") == [
        ("1953", "DATE", "1953")
    ]
    assert found("She wrote a column for the Sunday weekly and later for a new weekly.") == []
    assert found("The state-run daily said on Monday that talks had failed.") == [
        ("Monday", "DATE", "2024-03-18")
    ]
    # the adverb and the adjective before its noun stay SETs, as TimeBank marks them
    assert found("The fund pays a dividend quarterly, its manager said.") == [
        ("quarterly", "SET", "P3M")
    ]
    assert found("Clinton said in his weekly radio address that crime fell.") == [
        ("weekly", "SET", "P1W")
    ]
    assert found("The daily, weekly and monthly figures all rose.") == [
        ("daily", "SET", "P1D"), ("weekly", "SET", "P1W"), ("monthly", "SET", "P1M")
    ]
