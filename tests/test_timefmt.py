"""timeline.timefmt: intervals, gaps and story headers in words, exactly."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.timefmt import format_interval, gap_text, group_key, header_text, header_unit

ZONE = "Pacific/Auckland"


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        ("2022-02-14 18:30", "2022-02-14 18:31", "Mon 14 Feb 2022, 18:30 NZDT"),
        ("2022-02-13 00:00", "2022-02-14 00:00", "Sun 13 Feb 2022"),
        ("2022-02-08 00:00", "2022-02-15 00:00", "Tue 8 Feb 2022 \u2013 Mon 14 Feb 2022"),
        (
            "2022-02-14 21:00",
            "2022-02-15 02:00",
            "Mon 14 Feb 2022 21:00 \u2013 Tue 15 Feb 2022 02:00 NZDT",
        ),
    ],
)
def test_format_interval(start: str, end: str, text: str) -> None:
    assert format_interval(pd.Timestamp(start, tz=ZONE), pd.Timestamp(end, tz=ZONE)) == text


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [  # Europe/London: clocks forward on 27 March, back on 30 October 2022
        ("2022-03-27", "2022-03-28", "Sun 27 Mar 2022"),
        ("2022-10-30", "2022-10-31", "Sun 30 Oct 2022"),
        ("2022-03-01", "2022-04-01", "Tue 1 Mar 2022 \u2013 Thu 31 Mar 2022"),
    ],
)
def test_whole_days_across_dst_end_on_their_calendar_day(start: str, end: str, text: str) -> None:
    zone = "Europe/London"
    assert format_interval(pd.Timestamp(start, tz=zone), pd.Timestamp(end, tz=zone)) == text


@pytest.mark.parametrize(
    ("gap", "text"),
    [
        ("0s", "same time"),
        ("30s", "same time"),
        ("1min", "1 min later"),
        ("45min", "45 min later"),
        ("2h 10min", "2 h later"),
        ("23h", "23 h later"),
        ("1D", "1 day later"),
        ("3D 4h", "3 days later"),
        ("13D", "13 days later"),
        ("21D", "3 weeks later"),
        ("100D", "3 months later"),
        ("1000D", "3 years later"),
    ],
)
def test_gap_text(gap: str, text: str) -> None:
    assert gap_text(pd.Timedelta(gap)) == text


@pytest.mark.parametrize(
    ("span", "unit", "text", "key"),
    [
        ("7D", "day", "Monday 14 February 2022", (2022, 2, 14)),
        ("200D", "month", "February 2022", (2022, 2)),
        ("4000D", "year", "2022", (2022,)),
    ],
)
def test_story_headers(span: str, unit: str, text: str, key: tuple[int, ...]) -> None:
    moment = pd.Timestamp("2022-02-14 18:30", tz=ZONE)
    assert header_unit(pd.Timedelta(span)) == unit
    assert header_text(moment, unit) == text
    assert group_key(moment, unit) == key
