"""Time intervals and gaps in words, for the chart, the table and every export.

One module so the hover, the details panel, the TimelineJS ``display_date`` and the story
layout's headers all word the same interval the same way. Intervals are [start, end):
an interval one minute long or less is an instant.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import Literal

import pandas as pd

INSTANT = pd.Timedelta(minutes=1)
DASH = "\u2013"  # en dash, for ranges
Unit = Literal["day", "month", "year"]

#: (shortest gap, unit length, singular, plural): the largest unit that fits words the gap.
_GAP_UNITS: tuple[tuple[pd.Timedelta, pd.Timedelta, str, str], ...] = tuple(
    (pd.Timedelta(at), pd.Timedelta(size), one, many)
    for at, size, one, many in (
        ("730D", "365.25D", "year", "years"),
        ("60D", "30.44D", "month", "months"),
        ("14D", "7D", "week", "weeks"),
        ("1D", "1D", "day", "days"),
        ("1h", "1h", "h", "h"),
        ("1min", "1min", "min", "min"),
    )
)


def format_interval(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """Human wording of [start, end): an instant, a time range, whole days, or two moments.

    Worded from Python datetimes, which format ten times faster than Timestamps (a hover
    per event in a chart of hundreds); the length is measured on the instants, so a day
    across a change of clocks is still one day."""
    a, b = start.to_pydatetime(warn=False), end.to_pydatetime(warn=False)
    abbrev = a.tzname() or ""
    if end - start <= INSTANT:
        return f"{day_text(a)}, {a:%H:%M} {abbrev}".rstrip()
    last = (b - _MICROSECOND).date()  # by the calendar: a clocks-forward day is 23 hours
    if _at_midnight(start, a) and _at_midnight(end, b):
        if last == a.date():
            return day_text(a)
        return f"{day_text(a)} {DASH} {day_text(last)}"
    if a.date() == last:
        return f"{day_text(a)}, {a:%H:%M}{DASH}{b:%H:%M} {abbrev}".rstrip()
    return f"{day_text(a)} {a:%H:%M} {DASH} {day_text(b)} {b:%H:%M} {abbrev}".rstrip()


_MICROSECOND = timedelta(microseconds=1)


def _at_midnight(moment: pd.Timestamp, wall: datetime) -> bool:
    return wall.time() == dtime(0) and moment.nanosecond == 0


def gap_text(gap: pd.Timedelta) -> str:
    """The interim duration between two events in order: '3 days later', '2 h later'.

    Rounded to the largest unit that fits, so the reader gets the rhythm, not arithmetic;
    gaps under a minute (events at the same written time) read 'same time'.
    """
    for at, size, one, many in _GAP_UNITS:
        if gap >= at:
            count = max(1, round(gap / size))
            return f"{count} {one if count == 1 else many} later"
    return "same time"


def header_unit(span: pd.Timedelta) -> Unit:
    """How a story groups its events: by day over a few weeks, by month, or by year."""
    if span <= pd.Timedelta(days=45):
        return "day"
    if span <= pd.Timedelta(days=3 * 365):
        return "month"
    return "year"


#: a story group with more events than this is split into months, a month into days.
GROUP_SPLIT = 8
_FINER: dict[str, Unit] = {"year": "month", "month": "day"}


def story_groups(starts: list[pd.Timestamp]) -> list[tuple[Unit, tuple[int, ...]]]:
    """The header each event (in time order) falls under: by day, month or year as the
    whole span suits, and finer wherever one group would hold more than GROUP_SPLIT, so a
    two-century history still shows the days of its final weeks."""
    if not starts:
        return []
    unit = header_unit(starts[-1] - starts[0])
    groups: list[tuple[Unit, tuple[int, ...]]] = [(unit, group_key(s, unit)) for s in starts]
    changed = True
    while changed:
        changed = False
        sizes: dict[tuple[Unit, tuple[int, ...]], int] = {}
        for group in groups:
            sizes[group] = sizes.get(group, 0) + 1
        for i, (unit_i, key) in enumerate(groups):
            finer = _FINER.get(unit_i)
            if finer and sizes[(unit_i, key)] > GROUP_SPLIT:
                groups[i] = (finer, group_key(starts[i], finer))
                changed = True
    return groups


def header_text(moment: pd.Timestamp, unit: Unit) -> str:
    """'Monday 14 February 2022', 'February 2022' or '2022': the heading of a story group."""
    if unit == "day":
        return f"{moment:%A} {moment.day} {moment:%B %Y}"
    if unit == "month":
        return f"{moment:%B %Y}"
    return f"{moment:%Y}"


def group_key(moment: pd.Timestamp, unit: Unit) -> tuple[int, ...]:
    """What events of one story group share: their day, month or year (wall clock)."""
    if unit == "day":
        return (moment.year, moment.month, moment.day)
    if unit == "month":
        return (moment.year, moment.month)
    return (moment.year,)


def day_text(moment: pd.Timestamp | date) -> str:
    """'Mon 14 Feb 2022'."""
    return f"{moment:%a} {moment.day} {moment:%b %Y}"


def last_day(end: pd.Timestamp) -> pd.Timestamp:
    """The last day an interval ending (exclusive) at midnight ``end`` covers, by the
    calendar rather than by subtracting 24 hours, which DST changes would skew."""
    return (end - pd.Timedelta(microseconds=1)).normalize()


def calendar_days(start: pd.Timestamp, end: pd.Timestamp) -> int:
    """Whole calendar days from midnight ``start`` to midnight ``end``, DST or not."""
    return (end.date() - start.date()).days


def is_midnight(moment: pd.Timestamp) -> bool:
    return moment == moment.normalize()
