"""Hostile input: every text ends in a frame or a clear error, in time (issue 9).

Each crash or slowdown once reproduced is pinned here with the input that caused it.
"""

from __future__ import annotations

import time

import pytest

from timeline import schema
from timeline.ingest import article_from_text
from timeline.pipeline import extract, extract_inferred
from timeline.temporal import tag

DCT = "2022-02-14T22:00+13:00"


def _timed_extract(text: str) -> tuple[tuple[int, int], float]:
    """(dated rows, inferred rows) and the seconds they took."""
    article = article_from_text(text, DCT)
    began = time.perf_counter()
    rows = len(schema.validate(extract(article))), len(extract_inferred(article))
    return rows, time.perf_counter() - began


@pytest.mark.parametrize(
    ("text", "rows", "before"),
    [
        pytest.param(
            "." * 40_000,
            (0, 0),
            "56 s: a run of stops was scanned from each of its stops",
            id="dots",
        ),
        pytest.param("apples, " * 5_000, (0, 40), "one 40 KB sentence", id="run-on-list"),
        pytest.param(
            "He said on Monday that apples, " * 300,
            (300, 0),
            "9 s: every event read its whole 9 KB sentence",
            id="run-on-events",
        ),
        pytest.param(
            "It fell on 31 February 2021. " * 400,
            (400, 0),
            "15 s: each impossible date re-read the text from its start",
            id="impossible-dates",
        ),
        pytest.param(
            "He met John Smith on Monday. " * 400,
            (400, 0),
            "each pronoun re-read every sentence before it",
            id="pronouns",
        ),
    ],
)
def test_hostile_text_is_extracted_in_bounded_time(
    text: str, rows: tuple[int, int], before: str
) -> None:
    """Each was quadratic (``before`` says how slow); each now takes well under a second."""
    extract(article_from_text("On Monday he left.", DCT))  # rules and word lists loaded
    found, seconds = _timed_extract(text)
    assert found == rows
    assert seconds < 5, f"{seconds:.1f} s (was {before})"


def test_many_impossible_dates_each_give_way_to_their_runner_up() -> None:
    text = "It fell on 31 February 2021. " * 3
    assert [(t.text, t.value) for t in tag(text, DCT)] == [("February 2021", "2021-02")] * 3


# ---- times beyond Python's calendar (years 1 to 9999) ------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("The glacier formed 10,000 years ago", "BC7979", "year"),  # 2022 - 10,000 = 7979 BC
        ("The temple was built 2,100 years ago.", "BC0079", "year"),
        ("The city was founded 25 centuries ago.", "BC04", "century"),
        ("The probe will arrive 99 centuries from now.", "+119", "century"),
        ("It began 3,000,000 days ago.", "BC6193", "year"),
        ("People first settled here in 10000 BC.", "BC10000", "year"),
        ("It may be 10,000 years later.", "P10000Y", "year"),
    ],
)
def test_a_time_beyond_the_calendar_keeps_its_value_without_an_interval(
    text: str, value: str, granularity: str
) -> None:
    """These raised ValueError ('year -7978 is out of range') from the date arithmetic."""
    (timex,) = tag(text, DCT)
    assert (timex.value, timex.granularity, timex.begin, timex.until) == (
        value,
        granularity,
        None,
        None,
    )
    frame = extract(article_from_text(text, DCT))
    assert frame.empty  # it cannot be placed on a timeline


def test_a_duration_reaching_beyond_the_calendar_has_no_anchor() -> None:
    (timex,) = tag("They will stay for the next 10,000 years.", DCT)
    assert (timex.value, timex.begin) == ("P10000Y", None)


def test_a_number_too_large_for_a_float_counts_nothing() -> None:
    number = ",".join(["999"] * 120)  # 360 digits: float() gives inf
    assert [t.text for t in tag(f"It began {number} days ago on Monday.", DCT)] == ["Monday"]


def test_times_at_the_calendar_edges_have_values_and_no_impossible_intervals() -> None:
    found = tag("It began two years ago and ended last year.", "0002-06-01T12:00+13:00")
    assert [(t.value, t.begin) for t in found] == [("BC0001", None), ("0001", None)]
    (yesterday,) = tag("It rained yesterday.", "0002-01-01T00:00+00:00")
    assert (yesterday.value, yesterday.begin.isoformat()) == (
        "0001-12-31",
        "0001-12-31T00:00:00+00:00",
    )


def test_a_move_off_the_end_of_the_calendar_gives_way_to_the_runner_up() -> None:
    """'the next decade' from 9998 is 10008, which datetime refuses: the duration reading
    of the words (P10Y) is kept instead."""
    (timex,) = tag("It will end in the next decade.", "9998-06-01T00:00+00:00")
    assert (timex.text, timex.value, timex.begin) == ("the next decade", "P10Y", None)


@pytest.mark.parametrize("dct", ["0001-01-01T00:00+13:00", "9999-12-31T23:00-05:00"])
def test_a_document_time_at_the_calendar_edges_is_refused(dct: str) -> None:
    with pytest.raises(ValueError, match="outside the years 2 to 9998"):
        tag("Monday", dct)


def test_a_hyphen_inside_a_phrase_of_a_word_table_is_looked_up() -> None:
    """'last -night' matched the pattern (spaces or hyphens) but raised KeyError in the
    table, keyed 'last night'."""
    (timex,) = tag("He left last -night.", DCT)
    assert (timex.text, timex.value) == ("last -night", "2022-02-13TNI")
