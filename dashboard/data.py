"""Between the core and the web layer: get the events, and shape them for display.

Nothing here builds components, so the shaping is testable without a browser.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Literal, NamedTuple

import pandas as pd

from timeline import schema
from timeline.figures import AGGREGATE_THRESHOLD, NO_ACTOR, drawn_rows
from timeline.ingest import Article
from timeline.pipeline import extract
from timeline.timefmt import format_interval
from timeline.zones import zone_for, zone_label

Role = Literal["plain", "sentence", "time"]
#: rows the table asks for at a time (AG Grid's cacheBlockSize).
PAGE_ROWS = 100
#: the table's order until it says otherwise: by start, as its 'Start' column is set up.
DEFAULT_SORT = [{"colId": "when", "sort": "asc"}]
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


def grid_text(df: pd.DataFrame, field: str) -> pd.Series:
    """One table column as the table shows it, for every row at once (for sort and filter)."""
    if field == "when":
        return df["start"].dt.strftime("%Y-%m-%d %H:%M")
    if field == "interval":
        pairs = zip(df["start"], df["end"], strict=True)
        return pd.Series([format_interval(s, e) for s, e in pairs], index=df.index, dtype=str)
    if field == "actors":
        return df["actors"].map(lambda names: ", ".join(names) or NO_ACTOR).astype(str)
    return df[field].astype(str) if field in df else pd.Series("", index=df.index, dtype=str)


def rows_page(table: pd.DataFrame, request: dict[str, Any] | None) -> dict[str, Any]:
    """The slice of the table's rows an infinite-scrolling grid asked for, and their total."""
    request = request or {}
    start = max(0, int(request.get("startRow") or 0))
    end = max(start, int(request.get("endRow") or start + PAGE_ROWS))
    return {"rowData": grid_rows(table.iloc[start:end]), "rowCount": len(table)}


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


ArticleRole = Literal["plain", "time", "sentence", "sentence-time"]
ZONE_MODES = {"article": "Article's zone", "UTC": "UTC", "viewer": "Your zone"}


class Piece(NamedTuple):
    """A run of the whole article: plain, a time expression, the selected sentence, or both."""

    role: ArticleRole
    text: str


def article_pieces(
    text: str, times: list[tuple[int, int]], sentence: tuple[int, int] | None
) -> list[Piece]:
    """The article cut at every time expression and at the selected sentence's ends."""
    cuts = {0, len(text)}
    for a, b in [*times, *([sentence] if sentence else [])]:
        cuts |= {a, b} if 0 <= a < b <= len(text) else set()
    pieces: list[Piece] = []
    for a, b in pairwise(sorted(cuts)):
        is_time = any(t0 <= a and b <= t1 for t0, t1 in times)
        in_sentence = sentence is not None and sentence[0] <= a and b <= sentence[1]
        role: ArticleRole = ("sentence-time" if is_time else "sentence") if in_sentence else (
            "time" if is_time else "plain")
        pieces.append(Piece(role, text[a:b]))
    return pieces


def sentence_span(event: pd.Series | None, text: str) -> tuple[int, int] | None:
    """The selected event's sentence offsets, when they index this text."""
    if event is None:
        return None
    s0, s1 = int(event["sentence_start"]), int(event["sentence_end"])
    return (s0, s1) if 0 <= s0 < s1 <= len(text) and text[s0:s1] == event["sentence"] else None


def filter_state(keys: list[str], values: list[Any]) -> dict[str, list[str]]:
    """Control values (None, a string or a list) as a filters.State-like mapping."""
    state: dict[str, list[str]] = {}
    for key, value in zip(keys, values, strict=True):
        items = value if isinstance(value, list) else [value]
        state[key] = [str(v) for v in items if v not in (None, "")]
    return state


def display_zone(mode: str | None, frame_zone: str, viewer: str | None) -> str:
    """The zone to draw in: the article's, UTC, or the browser's (when it told us a valid one)."""
    if mode == "UTC":
        return "UTC"
    if mode == "viewer" and viewer:
        try:
            zone_for(viewer)
        except ValueError:
            return frame_zone
        return viewer
    return frame_zone


def count_text(shown: int, total: int) -> str:
    noun = "event" if total == 1 else "events"
    return f"{total} dated {noun}" if shown == total else f"{shown} of {total} dated {noun}"


def zoom_window(relayout: dict[str, Any] | None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The x range Plotly's relayoutData says the reader zoomed to (wall-clock), if it says."""
    data = relayout or {}
    ends = data.get("xaxis.range")
    if not isinstance(ends, list):
        ends = [data.get("xaxis.range[0]"), data.get("xaxis.range[1]")]
    try:
        lo, hi = (pd.Timestamp(str(v)) for v in ends)
    except (ValueError, TypeError):
        return None
    if lo is pd.NaT or hi is pd.NaT or lo.tzinfo or hi.tzinfo or not lo < hi:
        return None
    return lo, hi


def chart_window(
    view: pd.DataFrame, lane: str, relayout: dict[str, Any] | None
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The window to redraw: the zoom, but only when the whole view is too big to draw (a
    small view is drawn whole, and Plotly zooms it in the browser)."""
    if drawn_rows(view, lane) <= AGGREGATE_THRESHOLD:  # type: ignore[arg-type]
        return None
    return zoom_window(relayout)


def zoom_redraws(view: pd.DataFrame, lane: str, relayout: dict[str, Any] | None) -> bool:
    """Whether a relayout needs the server: the x range moved on a chart of density strips."""
    moved = zoom_window(relayout) is not None or "xaxis.autorange" in (relayout or {})
    return moved and drawn_rows(view, lane) > AGGREGATE_THRESHOLD  # type: ignore[arg-type]


def neighbour(order: list[str], current: str | None, step: int) -> str | None:
    """The event before (step -1) or after (+1) the current one in the shown order."""
    if not order:
        return None
    if current not in order:
        return order[0] if step > 0 else order[-1]
    index = order.index(current) + step
    return order[index] if 0 <= index < len(order) else current
