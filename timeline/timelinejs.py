"""The events frame as TimelineJS3 JSON, the format newsrooms load into TimelineJS.

``{"title": {"text": {...}}, "events": [{"start_date": {...}, "end_date": {...},
"text": {"headline", "text"}, "group", "unique_id", "display_date"}]}``: dates are
wall-clock parts in the frame's zone (TimelineJS has no time zones), whole days carry no
hour, and the exclusive end of a whole-day interval becomes its last day (by the calendar,
so a month or day across a change of clocks ends on its own last day). TimelineJS renders
``text`` as HTML, so every piece of article text is escaped.
"""

from __future__ import annotations

import html
import json
from typing import Any

import pandas as pd

from timeline.marks import frame_zone
from timeline.timefmt import INSTANT, format_interval, is_midnight, last_day
from timeline.zones import zone_for

Lane = str  # a column name: "kind", "doc_id", "source"...


def to_timelinejs(
    df: pd.DataFrame, title: str = "", text: str = "", group: Lane = "kind"
) -> dict[str, Any]:
    """The TimelineJS document for ``df``, events in time order, grouped by ``group``."""
    zone = zone_for(frame_zone(df))
    rows = df.sort_values(["start", "end", "event_id"], kind="stable")
    doc: dict[str, Any] = {"events": [_slide(row, zone, group) for _, row in rows.iterrows()]}
    if title or text:
        doc["title"] = {"text": {"headline": html.escape(title), "text": html.escape(text)}}
    return doc


def to_timelinejs_json(df: pd.DataFrame, title: str = "", text: str = "") -> str:
    return json.dumps(to_timelinejs(df, title, text), ensure_ascii=False, indent=2)


def _slide(row: pd.Series, zone: Any, group: Lane) -> dict[str, Any]:
    start, end = row["start"].tz_convert(zone), row["end"].tz_convert(zone)
    whole_days = is_midnight(start) and is_midnight(end)
    slide: dict[str, Any] = {
        "start_date": date_parts(start, whole_days),
        "text": {"headline": html.escape(str(row["title"])), "text": _body(row)},
        "group": str(row[group]) if group in row else "",
        "unique_id": str(row["event_id"]),
        "display_date": format_interval(start, end),
    }
    last = last_day(end) if whole_days else end  # by the calendar: DST days are 23 or 25 h
    if end - start > INSTANT and last != start:
        slide["end_date"] = date_parts(last, whole_days)
    return slide


def date_parts(moment: pd.Timestamp, day_only: bool = False) -> dict[str, int]:
    """A TimelineJS date object: year, month, day and, below a day, hour and minute."""
    parts = {"year": moment.year, "month": moment.month, "day": moment.day}
    if not day_only:
        parts |= {"hour": moment.hour, "minute": moment.minute}
    return parts


def _body(row: pd.Series) -> str:
    written = html.escape(str(row["time_text"]))
    lines = [f"<p>{html.escape(str(row['sentence']))}</p>", f"<p>As written: “{written}”</p>"]
    if row.get("source"):
        lines.append(f"<p>Source: {html.escape(str(row['source']))}</p>")
    return "".join(lines)
