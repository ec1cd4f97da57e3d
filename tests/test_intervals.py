"""TIMEX3 values map to exact intervals, whatever the value's granularity."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from timeline.temporal.intervals import interval_of
from timeline.temporal.vocab import load

AKL = ZoneInfo("Pacific/Auckland")
NYC = ZoneInfo("America/New_York")
DCT = datetime(2022, 2, 14, 22, 0, tzinfo=AKL)


def at(text: str, zone: ZoneInfo = AKL) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


@pytest.mark.parametrize(
    ("value", "begin", "until", "granularity"),
    [
        ("2022-02-14", "2022-02-14", "2022-02-15", "day"),
        ("2022-02-14T21:30", "2022-02-14T21:30", "2022-02-14T21:31", "minute"),
        ("2022-02-14T21", "2022-02-14T21:00", "2022-02-14T22:00", "hour"),
        ("2022-02-14T24:00", "2022-02-15T00:00", "2022-02-15T00:01", "minute"),
        ("2022-02-14TAF", "2022-02-14T12:00", "2022-02-14T18:00", "part_of_day"),
        ("2022-02-14TNI", "2022-02-14T18:00", "2022-02-15T00:00", "part_of_day"),
        ("2022-02-14TON", "2022-02-14T18:00", "2022-02-15T06:00", "part_of_day"),
        ("2022-W07", "2022-02-14", "2022-02-21", "week"),
        ("2022-W07-WE", "2022-02-19", "2022-02-21", "weekend"),
        ("2022-02", "2022-02-01", "2022-03-01", "month"),
        ("2022-12", "2022-12-01", "2023-01-01", "month"),
        ("2022-Q4", "2022-10-01", "2023-01-01", "quarter"),
        ("2022-H1", "2022-01-01", "2022-07-01", "half"),
        ("2022", "2022-01-01", "2023-01-01", "year"),
        ("199", "1990-01-01", "2000-01-01", "decade"),
        ("19", "1900-01-01", "2000-01-01", "century"),
        ("2022-SU", "2022-12-01", "2023-03-01", "season"),
    ],
)
def test_value_interval(value, begin, until, granularity) -> None:
    found = interval_of(value, AKL, DCT, load())
    assert found is not None
    assert (found.begin, found.until, found.granularity) == (at(begin), at(until), granularity)


def test_summer_is_june_to_august_in_the_north() -> None:
    found = interval_of("2022-SU", NYC, DCT, load())
    assert found is not None
    assert (found.begin, found.until) == (at("2022-06-01", NYC), at("2022-09-01", NYC))


def test_present_ref_is_the_publication_minute() -> None:
    found = interval_of("PRESENT_REF", AKL, DCT, load())
    assert found is not None
    assert (found.begin, found.until) == (DCT, at("2022-02-14T22:01"))


@pytest.mark.parametrize("value", ["P7D", "PXW", "XXXX-WXX-1", "PAST_REF", "FUTURE_REF"])
def test_values_without_a_place_in_time(value) -> None:
    assert interval_of(value, AKL, DCT, load()) is None
