"""The events frame as an interactive Plotly timeline.

Plotly's date axes have no notion of time zones, so every time is converted to the
article's zone and passed as a wall-clock string: what the reader sees on the axis is what
the article meant. Intervals are horizontal bars (``base`` = start, ``x`` = length in ms, the
encoding ``px.timeline`` uses); events one minute long are instants and drawn as markers.
Every point carries its ``event_id`` in ``customdata`` so a click maps back to the frame.

Above ``AGGREGATE_THRESHOLD`` drawn rows no browser stays fluid with one mark per event, so
the figure becomes a density strip per lane (events per time bin, ``event_density``); a
``window`` (the x range the reader zoomed to) redraws that stretch, in full detail once it
holds few enough events.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.labelled import labelled_figure
from timeline.marks import (
    GL_THRESHOLD,
    LANES,
    Lane,
    add_hover,
    colour,
    esc,
    faint,
    frame_zone,
    hover_wrap,
    kinds_present,
    lane_order,
    lane_rows,
    named,
    wall,
)
from timeline.rawfigure import unchecked_figure
from timeline.timefmt import DASH
from timeline.zones import zone_for, zone_label


class Band(NamedTuple):
    """A lane on the y axis: its name, first sub-row and number of sub-rows."""

    lane: str
    first: int
    size: int

EMPTY_MESSAGE = "No dated events"
WIDTH = 1200  # px the labels are laid out for, unless told otherwise
#: the story layout is the default for up to this many articles.
STORY_ARTICLES = 3
_AXIS_FORMAT = "%Y-%m-%d %H:%M:%S"
_ROW_HEIGHT = 40
_BAR_WIDTH = 0.7
_LABEL_MAX = 28
_GL_SUBROWS = 8
LEGEND_TITLE = "Kind · bar: when it happened, somewhere in that range · ◆ instant"
#: above this many drawn rows (events, or event-actor pairs in actor lanes) lanes are binned.
AGGREGATE_THRESHOLD = 5000
#: at most this many time bins across the shown range in a density strip.
DENSITY_BINS = 200
DENSITY_LEGEND = "Many events · shade: events per {width} (overlapping it) · zoom in for each event"
#: bin widths a density strip may use, smallest first: whole, readable units.
_BIN_WIDTHS: tuple[tuple[pd.Timedelta, str], ...] = tuple(
    (pd.Timedelta(v), label) for v, label in (
        ("1min", "minute"), ("5min", "5 min"), ("15min", "15 min"), ("30min", "30 min"),
        ("1h", "hour"), ("2h", "2 h"), ("3h", "3 h"), ("6h", "6 h"), ("12h", "12 h"),
        ("1D", "day"), ("2D", "2 days"), ("7D", "week"), ("14D", "2 weeks"), ("28D", "4 weeks"),
        ("91D", "13 weeks"), ("364D", "52 weeks"), ("3640D", "520 weeks"),
    )
)
_MONDAY = np.datetime64("1970-01-05", "ns")  # week-long bins start on Mondays
_DENSITY_SCALE = [[0.0, "#deebf7"], [0.5, "#6baed6"], [1.0, "#08306b"]]  # light to dark blue
Window = tuple[pd.Timestamp, pd.Timestamp]
#: how events are arranged (story rows, lanes, or the story's own choice) and what the x
#: axis counts (time, event order, or the drawing's own choice).
Layout = Literal["auto", "story", "lanes"]
Axis = Literal["auto", "time", "sequence"]


class Density(NamedTuple):
    """Events per lane and time bin: ``counts[lane, bin]`` events overlap ``[edges[bin],
    edges[bin + 1])``. Edges are wall-clock times in the shown zone."""

    lanes: list[str]
    edges: np.ndarray
    counts: np.ndarray
    width: pd.Timedelta
    label: str


def timeline_figure(
    df: pd.DataFrame,
    lane: Lane = "kind",
    title: str = "",
    zone: str | None = None,
    highlight: str | None = None,
    window: Window | None = None,
    max_rows: int = AGGREGATE_THRESHOLD,
    bins: int = DENSITY_BINS,
    layout: Layout = "auto",
    axis: Axis = "auto",
    width: int = WIDTH,
    height: int | None = None,
    focus: bool = True,
    controls: bool = True,
    lane_names: Mapping[str, str] | None = None,
) -> go.Figure:
    """Draw the events frame: every event labelled, in the story or the lanes layout.

    ``layout`` "auto" tells a story for one or a few articles and stacks lanes (by kind,
    actor or article; ``lane``) for more. ``axis`` "auto" is chronological unless the
    events bunch up (then sequential). ``window`` (naive wall-clock times in the shown
    zone) fixes the x range; without one the chart opens on its focus (``focus``) or on
    everything. Labels are laid out for ``width`` px; ``height`` None grows with the rows.
    ``controls`` False leaves out the zoom buttons and their band (for print).
    ``lane_names`` names article lanes (``marks.article_lane_names``) instead of doc_ids.
    ``highlight`` names an event_id to emphasise (the others are dimmed). Above
    ``GL_THRESHOLD`` events in view the chart is unlabelled WebGL, above ``max_rows``
    drawn rows the lanes become density strips of at most ``bins`` bins.
    """
    if lane not in LANES:
        raise ValueError(f"lane must be one of {', '.join(LANES)}, not {lane!r}")
    zone_name = zone or frame_zone(df)
    if df.empty:
        return _empty_figure(title, zone_name)
    chosen = resolve_layout(df, layout)
    rows = named(lane_rows(df, lane, zone_for(zone_name)), lane, lane_names)
    in_view = rows[_overlapping(rows, window)].reset_index(drop=True) if window else rows
    if len(in_view) > max_rows:
        return _density_figure(in_view, lane, title, zone_name, df, highlight, window, bins)
    if in_view.empty:
        fig = _empty_figure(title, zone_name)
        fig.update_xaxes(visible=True, range=_window_range(window))
        return fig
    if len(in_view) <= GL_THRESHOLD:
        drawn = rows if len(rows) <= min(GL_THRESHOLD, max_rows) else in_view
        add_hover(drawn, hover_wrap(width))
        shown = None if window is None else tuple(
            w.to_datetime64().astype("datetime64[ns]") for w in window)
        return labelled_figure(drawn, lane, chosen, axis, shown, width, height,  # type: ignore[arg-type]
                               title, zone_name, highlight, focus, controls)
    return _gl_figure(in_view, lane, title, zone_name, df, highlight, window)


def resolve_layout(df: pd.DataFrame, layout: str) -> str:
    """'auto' is the story for one to STORY_ARTICLES articles, lanes for more."""
    if layout != "auto":
        if layout not in ("story", "lanes"):
            raise ValueError(f"layout must be auto, story or lanes, not {layout!r}")
        return layout
    return "story" if df["doc_id"].nunique() <= STORY_ARTICLES else "lanes"


def _gl_figure(rows: pd.DataFrame, lane: Lane, title: str, zone: str, df: pd.DataFrame,
               highlight: str | None, window: Window | None) -> go.Figure:
    """Thousands of events in view: WebGL marks, no labels (they would be unreadable)."""
    add_hover(rows)
    rows, bands = _pack(rows, lane_order(rows, lane), max_rows=_GL_SUBROWS)
    traces: list[dict[str, Any]] = []
    for kind in kinds_present(rows):
        part = rows[rows["kind"] == kind]
        traces += _gl_traces(part[~part["instant"]], part[part["instant"]], kind, highlight)
    layout = _layout(title, zone, _moments(df), _revision(df), bands, lane)
    return unchecked_figure(traces, _windowed(layout, window))


def drawn_rows(df: pd.DataFrame, lane: Lane) -> int:
    """How many marks the chart would draw: an event with several actors is one per actor."""
    if lane != "actor":
        return len(df)
    return int(sum(max(1, len(names)) for names in df["actors"]))


def event_density(
    df: pd.DataFrame,
    lane: Lane = "kind",
    zone: str | None = None,
    window: Window | None = None,
    bins: int = DENSITY_BINS,
) -> Density:
    """Events per lane and time bin, the summary drawn when there are too many to draw."""
    rows = lane_rows(df, lane, zone_for(zone or frame_zone(df)))
    return _density(rows, lane_order(rows, lane), window, bins)


def _density(rows: pd.DataFrame, lanes: list[str], window: Window | None, bins: int) -> Density:
    """Count, per lane, the events overlapping each bin (an interval counts in every bin it
    touches), with a difference array so the cost is linear in events plus bins."""
    starts, ends = wall(rows["start"]), wall(rows["end"])
    lo, hi = (w.to_datetime64().astype("datetime64[ns]") for w in window) if window else (
        starts.min(), ends.max())
    width, label = _bin_width(hi - lo, bins)
    step = np.timedelta64(width.value, "ns")
    anchor = _MONDAY if width >= pd.Timedelta(days=7) else np.datetime64(0, "ns")
    origin = anchor + ((lo - anchor) // step) * step
    count = max(1, int(-(-(hi - origin) // step)))
    edges = origin + step * np.arange(count + 1)
    first = (starts - origin) // step
    last = np.maximum((ends - origin - np.timedelta64(1, "ns")) // step, first)
    keep = (last >= 0) & (first < count)
    lane_of = pd.Categorical(rows["lane"], categories=lanes).codes[keep]
    first, last = np.clip(first[keep], 0, count - 1), np.clip(last[keep], 0, count - 1)
    diff = np.zeros((len(lanes), count + 1), dtype=np.int64)
    np.add.at(diff, (lane_of, first), 1)
    np.add.at(diff, (lane_of, last + 1), -1)
    return Density(lanes, edges, np.cumsum(diff, axis=1)[:, :count], width, label)


def _bin_width(span: np.timedelta64, bins: int) -> tuple[pd.Timedelta, str]:
    """The smallest readable width that covers ``span`` in at most ``bins`` bins."""
    for width, label in _BIN_WIDTHS:
        if span <= np.timedelta64(width.value, "ns") * max(1, bins - 1):
            return width, label
    return _BIN_WIDTHS[-1]


def _density_figure(
    rows: pd.DataFrame, lane: Lane, title: str, zone: str, df: pd.DataFrame,
    highlight: str | None, window: Window | None, bins: int,
) -> go.Figure:
    """Lanes as heat strips: one cell per bin, darker for more events, hover 'N events'."""
    density = _density(rows, lane_order(rows, lane), window, bins)
    chosen = rows[rows["event_id"] == highlight] if highlight else rows.iloc[:0]
    return _strips(density, lane, title, zone, _moments(df), _revision(df), chosen, window)


def density_figure(
    density: Density, lane: Lane, title: str, zone: str, span: Window, revision: str,
    chosen: pd.DataFrame | None = None, window: Window | None = None,
    lane_names: Mapping[str, str] | None = None,
) -> go.Figure:
    """Density strips from counts made elsewhere (an archive bins them in SQL), drawn as
    ``timeline_figure`` draws its own: ``span`` is the view's first and last moment (they
    name the zone's offsets on the axis), ``revision`` keeps the reader's zoom while it
    stays the same, ``chosen`` is the selected event as a one-row frame."""
    if lane == "article" and lane_names:
        density = density._replace(lanes=[lane_names.get(d, d) for d in density.lanes])
    rows = (
        named(lane_rows(chosen, lane, zone_for(zone)), lane, lane_names)
        if chosen is not None
        else None
    )
    picked = rows[rows["lane"].isin(density.lanes)] if rows is not None else None
    return _strips(density, lane, title, zone, pd.Series(span), revision, picked, window)


def _strips(
    density: Density, lane: Lane, title: str, zone: str, moments: pd.Series, revision: str,
    chosen: pd.DataFrame | None, window: Window | None,
) -> go.Figure:
    bands = [Band(name, i, 1) for i, name in enumerate(density.lanes)]
    traces = [_heat_trace(density)]
    if chosen is not None and len(chosen):
        traces.append(_chosen_trace(chosen, density.lanes))
    layout = _layout(title, zone, moments, revision, bands, lane)
    layout["legend"]["title"] = {"text": DENSITY_LEGEND.format(width=density.label)}
    return unchecked_figure(traces, _windowed(layout, window))


def _windowed(layout: dict[str, Any], window: Window | None) -> dict[str, Any]:
    """The layout with its x range fixed to ``window``, if any."""
    if window is not None:
        layout["xaxis"] |= {"range": _window_range(window), "autorange": False}
    return layout


def _moments(df: pd.DataFrame) -> pd.Series:
    """Every start and end: the axis names the zone's offsets among them."""
    moments: pd.Series = pd.concat([df["start"], df["end"]])
    return moments


def _revision(df: pd.DataFrame) -> str:
    """The chart's uirevision: the same articles keep the reader's zoom and legend clicks."""
    return "|".join(dict.fromkeys(df["doc_id"].astype(str)))[:200]


def _heat_trace(density: Density) -> dict[str, Any]:
    """Cells at bin centres; empty bins stay blank so the strip reads like the timeline."""
    centres = density.edges[:-1] + (density.edges[1:] - density.edges[:-1]) // 2
    z = density.counts.astype(float)
    z[z == 0] = np.nan
    starts = np.datetime_as_string(density.edges[:-1], unit="m")
    ends = np.datetime_as_string(density.edges[1:], unit="m")
    when = np.char.replace(np.char.add(np.char.add(starts, f" {DASH} "), ends), "T", " ")
    text = [
        [f"<b>{n:,} event{'s' if n != 1 else ''}</b> · {esc(name)}<br>{w}" if n else ""
         for n, w in zip(counts.tolist(), when.tolist(), strict=True)]
        for name, counts in zip(density.lanes, density.counts, strict=True)
    ]
    return {
        "type": "heatmap",
        "x": np.datetime_as_string(centres, unit="s"), "y": list(range(len(density.lanes))),
        "z": z, "text": text, "hovertemplate": "%{text}<extra></extra>", "hoverongaps": False,
        "colorscale": _DENSITY_SCALE, "zmin": 1, "ygap": 6,
        "name": f"events per {density.label}", "showlegend": True, "showscale": True,
        "colorbar": {"title": {"text": f"events per {density.label}"}, "thickness": 12},
    }


def _chosen_trace(chosen: pd.DataFrame, lanes: list[str]) -> dict[str, Any]:
    """The selected event over the strips, so a table selection still shows on the chart."""
    return {
        "type": "scatter", "mode": "markers", "x": wall(chosen["start"]),
        "y": [lanes.index(v) for v in chosen["lane"]],
        "customdata": chosen["event_id"].to_numpy(), "name": "selected event",
        "showlegend": False, "hovertext": chosen["title"].map(esc).to_numpy(),
        "hovertemplate": "%{hovertext}<extra></extra>",
        "marker": {"symbol": "diamond", "size": 14, "color": "#D55E00",
                   "line": {"color": "#1a1a1a", "width": 1.5}},
    }


def _overlapping(rows: pd.DataFrame, window: Window) -> np.ndarray:
    """Rows whose [start, end) overlaps the window (wall-clock times in the shown zone)."""
    lo, hi = (w.to_datetime64().astype("datetime64[ns]") for w in window)
    overlapping: np.ndarray = (wall(rows["start"]) < hi) & (wall(rows["end"]) > lo)
    return overlapping


def _window_range(window: Window | None) -> list[str] | None:
    if window is None:
        return None
    return [f"{w:{_AXIS_FORMAT}}" for w in window]


def _pack(
    rows: pd.DataFrame, lanes: list[str], max_rows: int | None = None
) -> tuple[pd.DataFrame, list[Band]]:
    """Give each row a y position: overlapping events in a lane go to separate sub-rows.

    Without this, identical intervals (many events 'on Monday') would hide one another.
    Greedy interval packing in start order (each event takes the lowest free sub-row), with
    a gap of 1% of the time span so a marker never sits on the end of a bar; lanes are
    stacked top to bottom. ``max_rows`` wraps sub-rows round for very many events.
    """
    rows = rows.copy()
    y = np.zeros(len(rows), dtype=np.int64)
    gap = (rows["end"].max() - rows["start"].min()).value // 100
    starts, ends = rows["start"].to_numpy("int64"), rows["end"].to_numpy("int64")
    lanes_of = rows["lane"].to_numpy()
    bands: list[Band] = []
    first = 0
    for name in lanes:
        slots = _slots(starts, ends, np.flatnonzero(lanes_of == name), gap)
        size = int(slots.max()) + 1 if len(slots) else 0
        if max_rows is not None and size > max_rows:
            slots, size = slots % max_rows, max_rows
        y[np.flatnonzero(lanes_of == name)] = first + slots
        bands.append(Band(name, first, size))
        first += size
    rows["y"] = y
    return rows, bands


def _slots(starts: np.ndarray, ends: np.ndarray, index: np.ndarray, gap: int) -> np.ndarray:
    """The sub-row of each event (in start order): the lowest one free by its start."""
    busy: list[tuple[int, int]] = []  # (end + gap, slot)
    free: list[int] = []
    out = np.empty(len(index), dtype=np.int64)
    count = 0
    for n, i in enumerate(index):
        while busy and busy[0][0] <= starts[i]:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            slot = heapq.heappop(free)
        else:
            slot, count = count, count + 1
        heapq.heappush(busy, (int(ends[i]) + gap, slot))
        out[n] = slot
    return out


def _bar_trace(rows: pd.DataFrame, kind: str, highlight: str | None, showlegend: bool) -> go.Bar:
    """Intervals as bars; lengths are wall-clock differences so ends land on the right tick."""
    starts = rows["start"].dt.tz_localize(None)
    ends = rows["end"].dt.tz_localize(None)
    return go.Bar(
        orientation="h",
        y=list(rows["y"]),
        width=_BAR_WIDTH,
        base=list(starts.dt.strftime(_AXIS_FORMAT)),
        x=[(e - s) / pd.Timedelta(milliseconds=1) for s, e in zip(starts, ends, strict=True)],
        **_event_trace(rows, kind, showlegend),
        marker={"color": faint(kind), "line": {"color": colour(kind), "width": 2}},
        selectedpoints=_selected(rows, highlight),
        unselected={"marker": {"opacity": 0.25}},
    )


def _gl_traces(
    bars: pd.DataFrame, dots: pd.DataFrame, kind: str, highlight: str | None
) -> list[dict[str, Any]]:
    """WebGL for thousands of events: each interval a thick faint line with a clickable
    midpoint (which carries the hover and the event id), instants as diamonds."""
    traces: list[dict[str, Any]] = []
    if len(bars):
        traces.append(_gl_bands(bars, kind))
        middle = bars["start"] + (bars["end"] - bars["start"]) / 2
        traces.append(_gl_points(bars, middle, kind, highlight, "line-ns-open", True))
    if len(dots):
        traces.append(_gl_points(dots, dots["start"], kind, highlight, "diamond", bars.empty))
    return traces


def _gl_bands(rows: pd.DataFrame, kind: str) -> dict[str, Any]:
    """All intervals of a kind as one line trace: start, end, gap, start, end, gap..."""
    n = len(rows)
    xs = np.empty(3 * n, dtype="datetime64[ns]")
    xs[0::3] = wall(rows["start"])
    xs[1::3] = wall(rows["end"])
    xs[2::3] = np.datetime64("NaT")
    ys = np.repeat(rows["y"].to_numpy(dtype=float), 3)
    ys[2::3] = np.nan
    return {
        "type": "scattergl", "x": xs, "y": ys, "mode": "lines", "connectgaps": False,
        "hoverinfo": "skip", "name": kind, "legendgroup": kind, "showlegend": False,
        "line": {"color": faint(kind), "width": 12},
    }


def _gl_points(
    rows: pd.DataFrame, at: pd.Series, kind: str, highlight: str | None, symbol: str,
    showlegend: bool,
) -> dict[str, Any]:
    return {
        "type": "scattergl", "mode": "markers", "x": wall(at), "y": rows["y"].to_numpy(),
        "name": kind, "legendgroup": kind, "customdata": rows["event_id"].to_numpy(),
        "hovertext": rows["hover"].to_numpy(), "hovertemplate": "%{hovertext}<extra></extra>",
        "showlegend": showlegend,
        "marker": {"color": colour(kind), "symbol": symbol, "size": 9,
                   "line": {"color": colour(kind), "width": 1.5}},
        "selectedpoints": _selected(rows, highlight), "unselected": {"marker": {"opacity": 0.25}},
    }


def _dot_trace(
    rows: pd.DataFrame, kind: str, highlight: str | None, showlegend: bool
) -> go.Scatter:
    """Instants as diamonds, outlined so they stay visible on top of bars of the same colour."""
    return go.Scatter(
        mode="markers",
        y=list(rows["y"]),
        x=list(rows["start"].dt.tz_localize(None).dt.strftime(_AXIS_FORMAT)),
        **_event_trace(rows, kind, showlegend),
        marker={
            "color": colour(kind), "symbol": "diamond", "size": 14,
            "line": {"color": "#1a1a1a", "width": 1.5},
        },
        selectedpoints=_selected(rows, highlight),
        unselected={"marker": {"opacity": 0.25}},
    )


def _layout(
    title: str, zone: str, moments: pd.Series, revision: str, bands: list[Band], lane: Lane
) -> dict[str, Any]:
    total = sum(b.size for b in bands)
    return {
        "title": {"text": title, "x": 0.01} if title else None,
        "template": "plotly_white",
        "barmode": "overlay",
        "hovermode": "closest",
        "height": max(380, min(2400, 220 + _ROW_HEIGHT * total)),
        "margin": {"l": 10, "r": 10, "t": 110 if title else 80, "b": 40},  # room for the modebar
        "legend": {"title": {"text": LEGEND_TITLE}, "orientation": "h", "y": 1.02,
                   "yanchor": "bottom",
                   "x": 1, "xanchor": "right"},
        "uirevision": revision,
        "hoverlabel": {"align": "left", "bgcolor": "white", "font": {"size": 13}},
        "shapes": _band_shapes(bands),
        "xaxis": {
            "type": "date",
            "title": {"text": f"Time ({zone_label(zone, moments)})"},
            "rangeslider": {"visible": True, "thickness": 0.08},
            "rangeselector": _range_buttons(),
            "showgrid": True,
        },
        "yaxis": {
            "title": {"text": LANES[lane]},
            "tickmode": "array",
            "tickvals": [b.first + (b.size - 1) / 2 for b in bands],
            "ticktext": [_short(b.lane) for b in bands],
            "range": [total - 0.5, -0.5],
            "showgrid": False,
            "zeroline": False,
            "automargin": True,
            "fixedrange": True,
        },
    }


def _band_shapes(bands: list[Band]) -> list[dict[str, Any]]:
    """Alternate light shading behind lanes so sub-rows read as one lane."""
    return [
        {
            "type": "rect", "xref": "paper", "x0": 0, "x1": 1, "layer": "below",
            "y0": b.first - 0.5, "y1": b.first + b.size - 0.5, "line": {"width": 0},
            "fillcolor": "rgba(0, 0, 0, 0.045)" if i % 2 == 0 else "rgba(0, 0, 0, 0)",
        }
        for i, b in enumerate(bands)
    ]


def _range_buttons() -> dict[str, Any]:
    return {
        "buttons": [
            {"count": 6, "label": "6h", "step": "hour", "stepmode": "backward"},
            {"count": 1, "label": "1d", "step": "day", "stepmode": "backward"},
            {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
            {"step": "all", "label": "all"},
        ],
        "x": 0,
        "y": 1.0,
        "yanchor": "bottom",
    }


def _empty_figure(title: str, zone: str) -> go.Figure:
    """An empty frame still gives a figure, saying so instead of showing blank axes."""
    fig = go.Figure()
    fig.add_annotation(
        text=EMPTY_MESSAGE, x=0.5, y=0.5, xref="paper", yref="paper",
        showarrow=False, font={"size": 18, "color": "#444"},
    )
    fig.update_layout(
        title={"text": title, "x": 0.01} if title else None,
        template="plotly_white",
        height=320,
        xaxis={"visible": False, "title": {"text": f"Time ({zone})"}},
        yaxis={"visible": False},
    )
    return fig


def _selected(rows: pd.DataFrame, highlight: str | None) -> list[int] | None:
    if highlight is None:
        return None
    return [i for i, eid in enumerate(rows["event_id"]) if eid == highlight]


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_MAX else label[: _LABEL_MAX - 1] + "\u2026"


def _event_trace(rows: pd.DataFrame, kind: str, showlegend: bool) -> dict[str, Any]:
    """What every per-event trace carries: ids for clicks, hover text, its legend entry."""
    return {
        "customdata": list(rows["event_id"]),
        "hovertext": list(rows["hover"]),
        "hovertemplate": "%{hovertext}<extra></extra>",
        "name": kind,
        "legendgroup": kind,
        "showlegend": showlegend,
    }
