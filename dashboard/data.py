"""Between the core and the web layer: get the events, and shape them for display.

Nothing here builds components, so the shaping is testable without a browser.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Literal, NamedTuple

import pandas as pd

from timeline import schema
from timeline.figures import NO_ACTOR, format_interval, zone_label
from timeline.ingest import Article
from timeline.pipeline import extract

Role = Literal["plain", "sentence", "time"]
NO_EVENTS = "No dated events were found in this article."


class Segment(NamedTuple):
    """A run of paragraph text and how to show it: plain, in the sentence, or the time itself."""

    role: Role
    text: str


def load_events(article: Article) -> tuple[pd.DataFrame, str | None]:
    """Extract the article's events, with a notice for the page when there are none."""
    frame = schema.validate(extract(article))
    return frame, (NO_EVENTS if frame.empty else None)


def grid_rows(df: pd.DataFrame) -> list[dict[str, Any]]:
    """One JSON-ready dict per event for the table; times shown in the article's zone."""
    return [_grid_row(row) for _, row in df.iterrows()]


def _grid_row(row: pd.Series) -> dict[str, Any]:
    return {
        "event_id": row["event_id"],
        "when": f"{row['start']:%Y-%m-%d %H:%M}",
        "interval": format_interval(row["start"], row["end"]),
        "time_text": row["time_text"],
        "title": row["title"],
        "kind": row["kind"],
        "actors": ", ".join(row["actors"]) or NO_ACTOR,
        "timex": row["timex"],
        "granularity": row["granularity"],
        "source": row["source"],
    }


def find_event(df: pd.DataFrame, event_id: str | None) -> pd.Series | None:
    """The frame row for an event id, or None for no or an unknown id."""
    if not event_id:
        return None
    match = df[df["event_id"] == event_id]
    return None if match.empty else match.iloc[0]


def clicked_event(click: dict[str, Any] | None) -> str | None:
    """The event id a graph clickData points at (every trace carries ids in customdata)."""
    points = (click or {}).get("points") or []
    value = points[0].get("customdata") if points else None
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None


def paragraph_segments(text: str, event: pd.Series) -> list[Segment]:
    """The event's paragraph (its line of the article) cut into plain, sentence and time runs.

    Offsets index ``article.text``; if they do not match it (a frame from another text),
    the sentence column alone is shown rather than a wrong highlight.
    """
    s0, s1 = int(event["sentence_start"]), int(event["sentence_end"])
    c0, c1 = int(event["char_start"]), int(event["char_end"])
    if not (0 <= s0 < s1 <= len(text)) or text[s0:s1] != event["sentence"]:
        return [Segment("sentence", str(event["sentence"]))]
    p0 = text.rfind("\n", 0, s0) + 1
    p1 = text.find("\n", s1 - 1)
    p1 = len(text) if p1 == -1 else p1
    cuts = sorted({p0, p1, *(x for x in (s0, s1, c0, c1) if p0 <= x <= p1)})
    return [
        Segment(_role(a, b, (s0, s1), (c0, c1)), text[a:b])
        for a, b in pairwise(cuts)
        if b > a
    ]


def _role(a: int, b: int, sentence: tuple[int, int], time: tuple[int, int]) -> Role:
    if time[0] <= a and b <= time[1]:
        return "time"
    if sentence[0] <= a and b <= sentence[1]:
        return "sentence"
    return "plain"


def published_text(article: Article) -> str:
    """'Mon 14 Feb 2022, 22:00 NZDT (Pacific/Auckland, UTC+13)'."""
    moment = pd.Timestamp(article.published)
    label = zone_label(article.timezone, [moment])
    clock = " ".join(filter(None, [f"{moment:%H:%M}", moment.tzname()]))
    return f"{moment:%a} {moment.day} {moment:%b %Y}, {clock} ({label})"
