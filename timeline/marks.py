"""What every drawing of the events shares: lanes, colours, hover text, wall-clock times.

The lanes and story layouts, the WebGL traces and the density strips all draw the same
events the same way; this module holds the pieces they have in common, so a kind has one
colour and an event one hover text everywhere.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable, Mapping
from datetime import tzinfo
from functools import lru_cache, partial
from typing import Any, Literal

import numpy as np
import pandas as pd

from timeline.schema import KINDS
from timeline.timefmt import DASH, INSTANT, format_interval

Lane = Literal["kind", "actor", "article", "none"]
LANES: dict[str, str] = {"kind": "Kind", "actor": "Actor", "article": "Article", "none": "None"}
#: Okabe-Ito colours, distinguishable with the common colour-vision deficiencies.
KIND_COLOURS: dict[str, str] = {
    "occurrence": "#0072B2",
    "statement": "#D55E00",
    "status": "#009E73",
    "plan": "#CC79A7",
    "forecast": "#E69F00",
}
NO_ACTOR = "(none)"
ALL_EVENTS = "Events"  # the single lane of lane="none"
#: above this many drawn rows, hover text is the short form (built column-wise).
GL_THRESHOLD = 1000
_WRAP = 60
_BAND_ALPHA = 0.35
#: Plotly draws hover and label text as HTML-like markup: escape <, > and &, but not quotes,
#: which it would show as a literal '&quot;'.
_LANE_COLUMNS = {"kind": "kind", "article": "doc_id"}
#: the frame's columns a chart reads (hover, labels, lanes, importance); the rest stay behind,
#: so the chart's many row selections copy a third of the frame.
DRAWN_COLUMNS = (
    "event_id", "doc_id", "start", "end", "granularity", "timex", "timex_mod", "time_text",
    "sentence", "title", "actors", "kind", "source", "anchor", "confidence", "timezone",
)
esc = partial(html.escape, quote=False)


def frame_zone(df: pd.DataFrame) -> str:
    """The zone the frame's times are shown in: its ``timezone`` column, else UTC."""
    if len(df) and "timezone" in df and isinstance(df["timezone"].iloc[0], str):
        return str(df["timezone"].iloc[0])
    return "UTC"


def hover_wrap(width: int) -> int:
    """Characters a hover line may hold in a chart ``width`` px wide: 60, fewer on a narrow
    screen, where Plotly puts the label beside its mark and half the chart must hold it
    (about 8 px a character at the hover's 13 px, plus the label's padding)."""
    return max(20, min(_WRAP, (width // 2 - 24) // 8))


def hover_text(row: Mapping[Any, Any], wrap: int = _WRAP) -> str:
    """The hover label: title, time as written, normalised interval, TIMEX3, wrapped sentence;
    every line wrapped at ``wrap`` characters (hover_wrap)."""
    actors = ", ".join(row["actors"]) or NO_ACTOR
    timex = row["timex"] + (f" ({row['timex_mod']})" if row["timex_mod"] else "")
    lines = [
        f"{row['kind']} · {actors}",
        f"Written: “{row['time_text']}”",
        f"When: {row['interval']}",
        f"TIMEX3: {timex}",
    ]
    title, sentence = _wrapped(row["title"], wrap), _wrapped(row["sentence"], wrap)
    middle = "".join(f"{_wrapped(line, wrap)}<br>" for line in lines)
    return f"<b>{title}</b><br>{middle}<i>{sentence}</i>"


@lru_cache(maxsize=4096)
def _wrapped(text: str, wrap: int) -> str:
    """A text wrapped for a hover, escaped: kept, as a sentence's events (and every redraw
    of them) share it, and textwrap is most of a hover's cost."""
    if len(text) <= wrap:
        return esc(text)
    return "<br>".join(esc(line) for line in textwrap.wrap(text, wrap))


def lane_rows(df: pd.DataFrame, lane: Lane, tz: tzinfo) -> pd.DataFrame:
    """One row per (event, lane): events with several actors appear in each actor's lane.

    Text columns become plain Python strings: selecting rows of Arrow-backed strings costs
    a compute call per column, and a chart selects rows dozens of times.
    """
    rows = df[[c for c in DRAWN_COLUMNS if c in df.columns]].copy()
    for column in rows.columns:
        if pd.api.types.is_string_dtype(rows[column].dtype) and rows[column].dtype != object:
            rows[column] = rows[column].astype(object)
    rows["start"] = rows["start"].dt.tz_convert(tz)
    rows["end"] = rows["end"].dt.tz_convert(tz)
    rows["instant"] = (rows["end"] - rows["start"]) <= INSTANT
    if lane == "actor":
        rows["lane"] = rows["actors"].map(lambda names: list(names) or [NO_ACTOR])
        rows = rows.explode("lane", ignore_index=True)
    else:
        rows["lane"] = rows[_LANE_COLUMNS[lane]] if lane in _LANE_COLUMNS else ALL_EVENTS
    return rows.sort_values(["start", "end", "event_id"], kind="stable", ignore_index=True)


#: the columns a hover label reads (hover_text).
_HOVERED = ["title", "kind", "actors", "time_text", "interval", "timex", "timex_mod", "sentence"]


def add_hover(rows: pd.DataFrame, wrap: int = _WRAP) -> None:
    """Hover text for rows that are drawn one by one (never for density strips: too costly)."""
    if len(rows) > GL_THRESHOLD:
        rows["hover"] = _short_hover(rows)
        return
    pairs = zip(rows["start"], rows["end"], strict=True)
    rows["interval"] = [format_interval(s, e) for s, e in pairs]
    rows["hover"] = [hover_text(row, wrap) for row in rows[_HOVERED].to_dict("records")]


def _short_hover(rows: pd.DataFrame) -> pd.Series:
    """A lighter hover for thousands of events: title, written, when, source. One pass over
    the rows, times written by numpy (pandas' strftime was a third of a WebGL chart's
    hover cost)."""
    starts, ends = (
        np.char.replace(np.datetime_as_string(wall(rows[c]), unit="m"), "T", " ")
        for c in ("start", "end")
    )
    texts = zip(rows["title"], rows["time_text"], starts, ends, rows["source"], strict=True)
    return pd.Series(
        [
            f"<b>{esc(str(title))}</b><br>Written: “{esc(str(written))}”<br>When: {start} {DASH} "
            f"{end}" + (f"<br>Source: {esc(source)}" if source else "")
            for title, written, start, end, source in texts
        ],
        index=rows.index,
        dtype=object,
    )


def wall(moments: pd.Series) -> np.ndarray:
    """Tz-aware times as naive wall-clock datetime64 (what the axis shows)."""
    naive: np.ndarray = moments.dt.tz_localize(None).to_numpy(dtype="datetime64[us]")
    return naive


def article_lane_names(headlines: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each article's lane name: its headline, numbered when two share one, so a reader
    never sees a doc_id and two articles never share a lane."""
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for doc_id, headline in headlines:
        base = headline.strip() or "Untitled article"
        seen[base] = seen.get(base, 0) + 1
        names[doc_id] = base if seen[base] == 1 else f"{base} ({seen[base]})"
    return names


def named(rows: pd.DataFrame, lane: Lane, names: Mapping[str, str] | None) -> pd.DataFrame:
    """Article lanes under their ``names`` (article_lane_names) instead of their doc_ids."""
    if lane != "article" or not names or rows.empty:
        return rows
    return rows.assign(lane=[names.get(d, d) for d in rows["lane"]])


def lane_order(rows: pd.DataFrame, lane: Lane) -> list[str]:
    """Kinds in schema order; actors by first appearance in time, '(none)' last."""
    present = list(dict.fromkeys(rows["lane"]))
    if lane == "kind":
        return [k for k in KINDS if k in present] + [k for k in present if k not in KINDS]
    return [a for a in present if a != NO_ACTOR] + ([NO_ACTOR] if NO_ACTOR in present else [])


def kinds_present(rows: pd.DataFrame) -> list[str]:
    present = set(rows["kind"])
    return [k for k in KINDS if k in present] + sorted(present - set(KINDS))


def colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, "#999999")


def faint(kind: str) -> str:
    """The kind's colour as a faint fill: the band of possible times, outlined in full colour."""
    red, green, blue = (int(colour(kind)[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {_BAND_ALPHA})"


