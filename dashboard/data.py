"""Between the core and the web layer: get the events, and shape them for display.

Nothing here builds components, so the shaping is testable without a browser.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Literal, NamedTuple, TypedDict

import pandas as pd

from timeline import schema
from timeline.ingest import Article
from timeline.marks import NO_ACTOR
from timeline.pipeline import extract
from timeline.timefmt import format_interval
from timeline.zones import zone_for, zone_label

Role = Literal["plain", "sentence", "time"]
#: rows the table asks for at a time (AG Grid's cacheBlockSize).
PAGE_ROWS = 100
#: the table's order until it says otherwise: by start, as its 'Start' column is set up.
DEFAULT_SORT = [{"colId": "when", "sort": "asc"}]
NO_EVENTS = "No dated events were found in this article."
#: a naive wall-clock x range in the shown zone, as timeline_figure takes it.
Window = tuple[pd.Timestamp, pd.Timestamp]


class StoredWindow(TypedDict, total=False):
    """The chart's kept x range, as the page stores it: every event (``SHOW_ALL``), or a
    zoomed window as two ISO 8601 instants with offsets."""

    start: str
    end: str
    all: str


SHOW_ALL: StoredWindow = {"all": "yes"}
#: how a curated event (edited, added or merged by a person) is marked in the page.
CURATED_MARK = "✎"


class Segment(NamedTuple):
    """A run of paragraph text and how to show it: plain, in the sentence, or the time itself."""

    role: Role
    text: str


def load_events(article: Article) -> tuple[pd.DataFrame, str | None]:
    """Extract the article's events, with a notice for the page when there are none."""
    frame = schema.validate(extract(article))
    return frame, (NO_EVENTS if frame.empty else None)


def grid_rows(df: pd.DataFrame, zone: str | None = None) -> list[dict[str, Any]]:
    """One JSON-ready dict per event for the table; times in ``zone`` (default: the frame's)."""
    shown = in_zone(df, zone)
    return [_grid_row(row) for _, row in shown.iterrows()]


def grid_text(df: pd.DataFrame, field: str, zone: str | None = None) -> pd.Series:
    """One table column as the table shows it, for every row at once (for sort and filter)."""
    if field == "when":
        starts: pd.Series[pd.Timestamp] = in_zone(df, zone)["start"]
        return starts.dt.strftime("%Y-%m-%d %H:%M")
    if field == "interval":
        shown = in_zone(df, zone)
        pairs = zip(shown["start"], shown["end"], strict=True)
        return pd.Series([format_interval(s, e) for s, e in pairs], index=df.index, dtype=str)
    if field == "actors":
        return df["actors"].map(lambda names: ", ".join(names) or NO_ACTOR).astype(str)
    if field == "edited":
        return pd.Series(
            [_edited(c, b) for c, b in zip(_curated(df), _editors(df), strict=True)],
            index=df.index,
            dtype=str,
        )
    return df[field].astype(str) if field in df else pd.Series("", index=df.index, dtype=str)


def in_zone(df: pd.DataFrame, zone: str | None) -> pd.DataFrame:
    """The rows with start and end shown in ``zone`` (the same instants); as is for None."""
    if zone is None or df.empty:
        return df
    tz = zone_for(zone)
    return df.assign(start=df["start"].dt.tz_convert(tz), end=df["end"].dt.tz_convert(tz))


def rows_page(
    table: pd.DataFrame, request: dict[str, Any] | None, zone: str | None = None
) -> dict[str, Any]:
    """The slice of the table's rows an infinite-scrolling grid asked for, and their total."""
    request = request or {}
    start = max(0, int(request.get("startRow") or 0))
    end = max(start, int(request.get("endRow") or start + PAGE_ROWS))
    return {"rowData": grid_rows(table.iloc[start:end], zone), "rowCount": len(table)}


#: the frame's columns a table row shows (``_grid_row``): what an archive fetches for a page.
GRID_COLUMNS = (
    "event_id", "start", "end", "time_text", "title", "kind", "actors", "timex",
    "granularity", "source", "curated", "edited_by",
)


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
        "edited": _edited(bool(row.get("curated", False)), row.get("edited_by", "")),
    }


def _edited(curated: bool, by: object) -> str:
    """The table's 'Edited' cell: the mark and who, for an event a person changed."""
    return f"{CURATED_MARK} {by}".strip() if curated else ""


def _curated(df: pd.DataFrame) -> list[bool]:
    return (
        df["curated"].fillna(False).astype(bool).tolist() if "curated" in df else [False] * len(df)
    )


def _editors(df: pd.DataFrame) -> list[str]:
    return df["edited_by"].fillna("").astype(str).tolist() if "edited_by" in df else [""] * len(df)


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
    return [Segment(_role(a, b, (s0, s1), (c0, c1)), text[a:b]) for a, b in pairwise(cuts) if b > a]


def _role(a: int, b: int, sentence: tuple[int, int], time: tuple[int, int]) -> Role:
    if time[0] <= a and b <= time[1]:
        return "time"
    if sentence[0] <= a and b <= sentence[1]:
        return "sentence"
    return "plain"


def published_text(article: Article) -> str:
    """'Mon 14 Feb 2022, 22:00 NZDT (Pacific/Auckland, UTC+13)'; the day alone, 'Mon 4 Aug
    2014 (UTC)', when the article gave no time of day (a midnight it never said)."""
    moment = pd.Timestamp(article.published)
    label = zone_label(article.timezone, [moment])
    if article.date_only:
        return f"{moment:%a} {moment.day} {moment:%b %Y} ({label}, no time of day given)"
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
        role: ArticleRole = (
            ("sentence-time" if is_time else "sentence")
            if in_sentence
            else ("time" if is_time else "plain")
        )
        pieces.append(Piece(role, text[a:b]))
    return pieces


def sentence_span(event: pd.Series | None, text: str) -> tuple[int, int] | None:
    """The selected event's sentence offsets, when they index this text."""
    if event is None:
        return None
    s0, s1 = int(event["sentence_start"]), int(event["sentence_end"])
    return (s0, s1) if 0 <= s0 < s1 <= len(text) and text[s0:s1] == event["sentence"] else None


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


def zoom_window(relayout: dict[str, Any] | None) -> Window | None:
    """The x range Plotly's relayoutData says the reader zoomed to (wall-clock), if it says.

    Only date strings count: a sequence axis zooms in event numbers, which are no window.
    """
    data = relayout or {}
    ends = data.get("xaxis.range")
    if not isinstance(ends, list):
        ends = [data.get("xaxis.range[0]"), data.get("xaxis.range[1]")]
    if len(ends) != 2 or not all(isinstance(v, str) for v in ends):
        return None
    try:
        lo, hi = (pd.Timestamp(v) for v in ends)
    except ValueError:
        return None
    if pd.isna(lo) or pd.isna(hi) or lo.tzinfo or hi.tzinfo or not lo < hi:
        return None
    return lo, hi


def stored_window(relayout: dict[str, Any] | None, zone: str) -> StoredWindow | None:
    """What a relayout makes of the chart's x range, to keep across redraws: ``SHOW_ALL`` for
    a double-click, autoscale or 'all', the zoomed window as two instants (so a switch of zone
    keeps the same stretch of time), or None when it leaves the x range alone."""
    data = relayout or {}
    if data.get("xaxis.autorange"):
        return SHOW_ALL
    window = zoom_window(data)
    if window is None:
        return None
    tz = zone_for(zone)
    lo, hi = (t.tz_localize(tz, ambiguous=True, nonexistent="shift_forward") for t in window)
    return {"start": lo.isoformat(), "end": hi.isoformat()}


def figure_window(stored: StoredWindow | None, zone: str) -> tuple[Window | None, bool]:
    """(window, focus) for timeline_figure: a kept zoom as wall-clock times in ``zone``; no
    window and no focus after 'show all'; neither kept (None) opens on the figure's focus."""
    if not stored:
        return None, True
    if stored == SHOW_ALL:
        return None, False
    tz = zone_for(zone)
    ends = (stored["start"], stored["end"])
    lo, hi = (pd.Timestamp(v).tz_convert(tz).tz_localize(None) for v in ends)
    return (lo, hi), True


def neighbour(order: list[str], current: str | None, step: int) -> str | None:
    """The event before (step -1) or after (+1) the current one in the shown order."""
    if not order:
        return None
    if current not in order:
        return order[0] if step > 0 else order[-1]
    index = order.index(current) + step
    return order[index] if 0 <= index < len(order) else current
