"""The timeline in one or two plain sentences: the text alternative of a chart.

A chart exported as SVG or HTML is read aloud by a screen reader as whatever text it
carries; a summary of how many events there are, over what span and where they bunch up
says what the picture shows, and points to the table for the rest.
"""

from __future__ import annotations

import heapq

import pandas as pd

from timeline.marks import frame_zone
from timeline.timefmt import day_text, format_interval
from timeline.zones import zone_for

NO_EVENTS = "No dated events."
IN_TABLE = "Every event is listed in the table."
_LAST = pd.Timedelta(microseconds=1)  # end is exclusive: its last moment is just before


def chart_summary(df: pd.DataFrame, zone: str | None = None) -> str:
    """'4 events from Tue 8 Feb 2022 to Mon 14 Feb 2022; the busiest stretch, ..., holds 2
    of them. Every event is listed in the table.' Times are worded in ``zone`` (default:
    the frame's own)."""
    if df.empty:
        return NO_EVENTS
    tz = zone_for(zone or frame_zone(df))
    starts = df["start"].dt.tz_convert(tz).reset_index(drop=True)
    ends = df["end"].dt.tz_convert(tz).reset_index(drop=True)
    first, last = starts.min(), (ends - _LAST).where(ends > starts, starts).max()
    head = overview(len(df), first, last)
    busy = busiest(starts, ends)
    if busy is not None:
        start, end, held = busy
        head += f"; the busiest stretch, {format_interval(start, end)}, holds {held} of them"
    return f"{head}. {IN_TABLE}"


def overview(count: int, first: pd.Timestamp, last: pd.Timestamp) -> str:
    """'4 events from Tue 8 Feb 2022 to Mon 14 Feb 2022' (``last``: the last moment in
    one); 'on' a day when they all fall on it. A summary's head, also where the events
    are too many to read one by one (an archive's)."""
    span = (
        f"on {day_text(first)}"
        if first.normalize() == last.normalize()
        else f"from {day_text(first)} to {day_text(last)}"
    )
    return f"{count} event{'' if count == 1 else 's'} {span}"


def busiest(starts: pd.Series, ends: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp, int] | None:
    """The shortest window [start, end) wholly holding at least half the events (the
    earliest such), and how many it holds; None when that says nothing (fewer than two
    events in it, or all of them)."""
    need = (len(starts) + 1) // 2
    if need < 2:
        return None
    nearest: list[tuple[int, int]] = []  # max-heap (negated) of the `need` earliest ends
    windows: list[tuple[pd.Timedelta, pd.Timestamp, pd.Timestamp]] = []
    order = ends.rank(method="first")  # not nanoseconds: they end at 1677 and 2262
    for i in sorted(range(len(starts)), key=lambda i: starts[i], reverse=True):
        heapq.heappush(nearest, (-int(order[i]), i))
        if len(nearest) > need:
            heapq.heappop(nearest)
        if len(nearest) == need:
            close = ends[nearest[0][1]]
            windows.append((close - starts[i], starts[i], close))
    _, start, end = min(windows, key=lambda window: (window[0], window[1]))
    held = int(((starts >= start) & (ends <= end)).sum())
    return None if held == len(starts) else (start, end, held)
