"""Months and days across a change of clocks: the frame, the wording and TimelineJS agree.

A day is 23 or 25 hours long when the clocks change, so its end is the next local
midnight, never start + 24 h, and its last day is found by the calendar.
"""

from __future__ import annotations

import pytest

from timeline.ingest import article_from_text
from timeline.pipeline import extract
from timeline.timefmt import format_interval
from timeline.timelinejs import to_timelinejs

LONDON, AUCKLAND, NEW_YORK = "Europe/London", "Pacific/Auckland", "America/New_York"


def _day(year: int, month: int, day: int) -> dict[str, int]:
    return {"year": year, "month": month, "day": day}


CASES = [
    (  # clocks forward on Sunday 31 March 2019, at 01:00
        LONDON,
        "in March 2019",
        "2019-03-01T00:00:00+00:00",
        "2019-04-01T00:00:00+01:00",
        "Fri 1 Mar 2019 \u2013 Sun 31 Mar 2019",
        _day(2019, 3, 31),
    ),
    (
        LONDON,
        "on 31 March 2019",
        "2019-03-31T00:00:00+00:00",
        "2019-04-01T00:00:00+01:00",
        "Sun 31 Mar 2019",
        None,
    ),
    (  # clocks back on Sunday 27 October 2019, at 02:00
        LONDON,
        "on 27 October 2019",
        "2019-10-27T00:00:00+01:00",
        "2019-10-28T00:00:00+00:00",
        "Sun 27 Oct 2019",
        None,
    ),
    (
        LONDON,
        "in October 2019",
        "2019-10-01T00:00:00+01:00",
        "2019-11-01T00:00:00+00:00",
        "Tue 1 Oct 2019 \u2013 Thu 31 Oct 2019",
        _day(2019, 10, 31),
    ),
    (  # clocks back on Sunday 7 April 2019, at 03:00
        AUCKLAND,
        "in April 2019",
        "2019-04-01T00:00:00+13:00",
        "2019-05-01T00:00:00+12:00",
        "Mon 1 Apr 2019 \u2013 Tue 30 Apr 2019",
        _day(2019, 4, 30),
    ),
    (
        AUCKLAND,
        "on 7 April 2019",
        "2019-04-07T00:00:00+13:00",
        "2019-04-08T00:00:00+12:00",
        "Sun 7 Apr 2019",
        None,
    ),
    (  # clocks forward on Sunday 29 September 2019, at 02:00
        AUCKLAND,
        "in September 2019",
        "2019-09-01T00:00:00+12:00",
        "2019-10-01T00:00:00+13:00",
        "Sun 1 Sep 2019 \u2013 Mon 30 Sep 2019",
        _day(2019, 9, 30),
    ),
    (
        AUCKLAND,
        "on 29 September 2019",
        "2019-09-29T00:00:00+12:00",
        "2019-09-30T00:00:00+13:00",
        "Sun 29 Sep 2019",
        None,
    ),
    (  # clocks forward on Sunday 10 March 2019, back on Sunday 3 November
        NEW_YORK,
        "on 10 March 2019",
        "2019-03-10T00:00:00-05:00",
        "2019-03-11T00:00:00-04:00",
        "Sun 10 Mar 2019",
        None,
    ),
    (
        NEW_YORK,
        "in March 2019",
        "2019-03-01T00:00:00-05:00",
        "2019-04-01T00:00:00-04:00",
        "Fri 1 Mar 2019 \u2013 Sun 31 Mar 2019",
        _day(2019, 3, 31),
    ),
    (
        NEW_YORK,
        "on 3 November 2019",
        "2019-11-03T00:00:00-04:00",
        "2019-11-04T00:00:00-05:00",
        "Sun 3 Nov 2019",
        None,
    ),
]


@pytest.mark.parametrize(
    ("zone", "written", "start", "end", "wording", "last"),
    CASES,
    ids=[f"{zone}-{written}" for zone, written, *_ in CASES],
)
def test_intervals_across_a_change_of_clocks(zone, written, start, end, wording, last) -> None:
    text = f"The bridge was closed {written}, the council said."
    frame = extract(article_from_text(text, "2019-12-20T09:00", zone))
    row = frame[frame["time_text"] == written].iloc[0]
    assert (row["start"].isoformat(), row["end"].isoformat()) == (start, end)
    assert format_interval(row["start"], row["end"]) == wording
    (slide,) = to_timelinejs(frame[frame["time_text"] == written])["events"]
    assert slide["start_date"] == _day(row["start"].year, row["start"].month, row["start"].day)
    assert slide.get("end_date") == last
    assert slide["display_date"] == wording
