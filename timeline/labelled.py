"""The labelled chart: every event drawn with its label, in the story or the lanes layout.

*Story* (the default for one or a few articles) gives each event a row of its own, in time
order, grouped under day, month or year headers, its label beside its mark, like a
newsroom timeline. *Lanes* stacks one lane per kind, actor or article, and packs events and
labels into each lane's sub-rows. Either layout runs on a chronological axis, opening on the
stretch that holds most events (``timeline.focus``) with the rest clipped at the edges
behind arrows, or on a sequential axis, events in order at equal spacing with the time
between them written out.

Everything is laid out in pixels for a figure of known width (``timeline.labels`` places
the labels; ``timeline.textwidth`` sizes them) and each row is ``ROW`` px high, so the
dashboard, kaleido's PNG/SVG/PDF and the standalone HTML all show the same picture. Labels
are Plotly annotations: real ``<text>`` in every export.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.focus import Axis, Sequence, choose_axis, focus_window
from timeline.labels import ARROW, ROW, SIZE, Mark, Placed, place
from timeline.marks import (
    LANES,
    Lane,
    colour,
    esc,
    faint,
    kinds_present,
    lane_order,
    wall,
)
from timeline.rawfigure import unchecked_figure
from timeline.textwidth import FONT_FAMILY, fit_text, shorten, text_width
from timeline.timefmt import calendar_days, gap_text, header_text, is_midnight, story_groups
from timeline.zones import zone_label

Layout = Literal["story", "lanes"]
#: a label holds at most this many characters of its event's title, by layout: a story row
#: has room for a whole title, a lane is shared.
LABEL_CHARS = {"story": 80, "lanes": 60}
#: the lanes layout gives a lane at most this many sub-rows before labels give way.
LANE_ROWS = 40
#: an automatic height never grows past this many rows; the rest are "+N more".
MAX_ROWS = 200
#: labels say what matters most first: dated by the text, with actors, said by someone.
ANCHOR_WEIGHT = {"explicit": 3.0, "relative_to_publication": 2.0, "relative_to_narrative": 1.5}
MORE = "+{n} more"
LEGEND_TITLE = "bar: when it happened, somewhere in that range · ◆ instant · ◀ ▶ outside the view"
#: px above the plot: a margin, the title's band, the band of zoom buttons and modebar.
_TOP, _TITLE, CONTROLS, _BOTTOM, _RIGHT = 12, 38, 44, 96, 16
_MARK = 7.0  # half the width of an instant's diamond, px
_EDGE = float(ARROW)  # px an arrow at the edge takes
_GAP_COLUMN, _TIME_COLUMN = 92.0, 96.0  # px, the sequential story's two text columns
_SPINE = _GAP_COLUMN + _TIME_COLUMN + 14.0
_PAD_SHARE = 0.03  # of the window, each side, so edge marks are not cut in half
_GREY, _INK = "#4a4a4a", "#1a1a1a"


@dataclass(frozen=True)
class Scale:
    """Where x values land in px: ``lo`` at 0 and ``hi`` at ``width`` (the plot area)."""

    lo: float
    hi: float
    width: float

    def px(self, x: np.ndarray) -> np.ndarray:
        return (x - self.lo) / (self.hi - self.lo) * self.width

    def value(self, px: float) -> float:
        return self.lo + px / self.width * (self.hi - self.lo)


def labelled_figure(
    rows: pd.DataFrame,
    lane: Lane,
    layout: Layout,
    axis: Axis | Literal["auto"],
    window: tuple[np.datetime64, np.datetime64] | None,
    width: int,
    height: int | None,
    title: str,
    zone: str,
    highlight: str | None,
    focus: bool,
    controls: bool = True,
) -> go.Figure:
    """The chart of ``rows`` (``marks.lane_rows`` with hover text): see the module doc.

    ``window`` (wall-clock) fixes the time shown; without one the chart opens on the focus
    (or on everything when ``focus`` is False). ``height`` None: as tall as the rows need.
    """
    chart = plan_chart(rows, lane, layout, axis, window, width, height, bool(title), focus,
                       controls)
    return unchecked_figure(
        _traces(chart, highlight), _layout(chart, title, zone, rows, width, lane, controls)
    )


def plan_chart(
    rows: pd.DataFrame,
    lane: Lane,
    layout: Layout,
    axis: Axis | Literal["auto"],
    window: tuple[np.datetime64, np.datetime64] | None,
    width: int,
    height: int | None,
    titled: bool,
    focus: bool,
    controls: bool = True,
) -> Plan:
    """Where every mark, label and header goes, in pixels: the whole label layout, apart
    from the drawing (what the label-placement benchmark times)."""
    events = rows.drop_duplicates("event_id")
    starts, ends = wall(events["start"]), wall(events["end"])
    focused = focus_window(starts, ends)
    shown = window or (focused if focus else (starts.min(), ends.max()))
    chosen: Axis = choose_axis(starts, shown) if axis == "auto" else axis
    starts, ends = wall(rows["start"]), wall(rows["end"])
    top = _TOP + (_TITLE if titled else 0) + (CONTROLS if controls else 0)
    left = _left_margin(rows, lane, layout)
    plot_width = max(200.0, width - left - _RIGHT)
    seq = None
    if chosen == "sequence":
        seq = Sequence.of(starts)
        xs = x_end = seq.position(starts)
        scale = (Scale(-0.6, len(seq.knots) - 0.4, plot_width) if layout == "lanes"
                 else Scale(0.0, plot_width, plot_width))
    else:
        xs, x_end = _ms(starts), _ms(ends)
        lo, hi = _ms(np.array(shown[0])), _ms(np.array(shown[1]))
        pad = 0.0 if window else max((hi - lo) * _PAD_SHARE, 60_000.0)
        scale = Scale(float(lo - pad), float(hi + pad), plot_width)
    rows = rows.assign(x=xs, x_end=x_end)
    budget = None if height is None else max(3, (height - top - _BOTTOM) // ROW)
    if layout == "story":
        plan = _story_plan(rows, scale, chosen, plot_width, budget)
    else:
        plan = _lanes_plan(rows, lane, scale, chosen, plot_width, budget)
    plan.axis, plan.scale, plan.sequence, plan.shown = chosen, scale, seq, shown
    plan.focus = focused
    plan.top, plan.left = top, left
    plan.height = height or top + _BOTTOM + ROW * max(plan.rows, 1)
    return plan


@dataclass
class Plan:
    """Where everything goes: each drawn row's y and label, the headers, the lane bands."""

    events: pd.DataFrame  # drawn rows, with y, label text/box, leader flag, clip flags
    rows: int
    headers: list[tuple[int, str]]  # (row, text) in the story layout
    bands: list[tuple[str, int, int, int]]  # (lane, first row, size, unlabelled) in lanes
    columns: list[tuple[int, float, float, str, str]]  # (row, x0, x1, text, role) sequence story
    axis: Axis = "time"
    scale: Scale = Scale(0.0, 1.0, 1.0)
    sequence: Sequence | None = None
    shown: tuple[np.datetime64, np.datetime64] | None = None
    focus: tuple[np.datetime64, np.datetime64] | None = None
    top: int = _TOP
    left: int = 0
    height: int = 0


def _story_plan(rows: pd.DataFrame, scale: Scale, axis: Axis, plot_width: float,
                budget: int | None) -> Plan:
    """One row per event in time order, a header row before each day (month, year).

    Past the row budget the least important events lose their rows: they are drawn,
    unlabelled, on their group's header row, and the header says "+N more".
    """
    rows = rows.drop_duplicates("event_id").reset_index(drop=True)
    keys = story_groups(list(rows["start"]))
    keep = _story_keep(rows, keys, budget)
    y = np.full(len(rows), -1)
    header_rows: dict[tuple[Any, ...], int] = {}
    row = 0
    for i, key in enumerate(keys):
        if key not in header_rows:
            header_rows[key] = row
            row += 1
        if keep[i]:
            y[i] = row
            row += 1
    y = np.where(keep, y, [header_rows[k] for k in keys])
    hidden = pd.Series(keys, dtype=object)[~keep].value_counts().to_dict()
    headers = [(r, _with_more(header_text(rows["start"].iloc[keys.index(k)], k[0]),
                              hidden.get(k, 0)))
               for k, r in header_rows.items()]
    rows = rows.assign(y=y, hidden=~keep)
    columns: list[tuple[int, float, float, str, str]] = []
    if axis == "sequence":
        rows = rows.assign(px0=_SPINE - _MARK, px1=_SPINE + _MARK)
        columns = _sequence_columns(rows[~rows["hidden"]], [k[0] for k, h in zip(
            keys, keep, strict=True) if h])
    else:
        rows = _mark_extents(rows, scale)
    cut = rows["cut_left"] if "cut_left" in rows else pd.Series(False, index=rows.index)
    marks = [Mark(key, x0, x1, range(y, y + 1), "" if hidden else _label_text(title, "story"),
                  -1.0 if hidden else 0.0, cut=bool(off))
             for key, x0, x1, y, hidden, title, off in _columns(
                 rows.assign(cut=cut), "event_id", "px0", "px1", "y", "hidden", "title", "cut")]
    taken = [(r, 0.0, text_width(text, SIZE + 1, bold=True)) for r, text in headers]
    placed = _apply(rows, place(marks, plot_width, taken))
    drawn = placed[~(placed["hidden"] & placed["spilled"])]  # no room even on the header row
    return Plan(drawn.reset_index(drop=True), row, headers, [], columns)


def _story_keep(rows: pd.DataFrame, keys: list[Any], budget: int | None) -> np.ndarray:
    """Which events get a row: all when they fit, else the most important that do."""
    limit = budget if budget is not None else MAX_ROWS
    if len(rows) + len(set(keys)) <= limit:
        return np.ones(len(rows), dtype=bool)
    order = np.argsort(-_priority(rows), kind="stable")
    keep = np.zeros(len(rows), dtype=bool)
    groups: set[Any] = set()
    used = 0
    for i in order:
        cost = 1 + (keys[i] not in groups)
        if used + cost > limit:
            continue
        keep[i], used = True, used + cost
        groups.add(keys[i])
    return keep


def _with_more(text: str, hidden: int) -> str:
    return f"{text} · {MORE.format(n=hidden)}" if hidden else text


def _sequence_columns(rows: pd.DataFrame, units: list[Any]) -> list[tuple[int, float, float,
                                                                         str, str]]:
    """The sequential story's left columns: the time since the event before, and its time
    (as much of it as its group header leaves unsaid)."""
    out: list[tuple[int, float, float, str, str]] = []
    previous = None
    for (y, start, end), unit in zip(_columns(rows, "y", "start", "end"), units, strict=True):
        if previous is not None and start != previous:
            gap = fit_text(gap_text(start - previous), SIZE - 1, _GAP_COLUMN - 8)
            out.append((y, 0.0, _GAP_COLUMN - 8, gap, "gap"))
        when = fit_text(_short_when(start, end, unit), SIZE, _TIME_COLUMN - 8)
        out.append((y, _GAP_COLUMN, _GAP_COLUMN + _TIME_COLUMN - 8, when, "time"))
        previous = start
    return out


def _short_when(start: pd.Timestamp, end: pd.Timestamp, unit: Any) -> str:
    """The event's time as its group header leaves it to say: '18:30', 'all day', 'March'."""
    day = "" if unit == "day" else f"{start.day} {start:%b} "
    if end - start <= pd.Timedelta(minutes=1):
        return f"{day}{start:%H:%M}"
    if not (is_midnight(start) and is_midnight(end)):
        if end - start < pd.Timedelta(days=1):
            return f"{day}{start:%H:%M}\u2013{end:%H:%M}"
        return f"{round((end - start) / pd.Timedelta(days=1))} days"
    months = (end.year - start.year) * 12 + end.month - start.month
    if start.day == 1 and end.day == 1 and months % 12 == 0 and start.month == 1:
        return "all year" if months == 12 and unit == "year" else f"{months // 12} years"
    if start.day == 1 and end.day == 1 and months:
        return "all month" if months == 1 and unit == "month" else (
            f"{start:%B}" if months == 1 else f"{months} months")
    days = calendar_days(start, end)
    if days == 1:
        return "all day" if unit == "day" else f"{start.day} {start:%b}"
    return f"{day}{days} days".strip()


def _lanes_plan(rows: pd.DataFrame, lane: Lane, scale: Scale, axis: Axis, plot_width: float,
                budget: int | None) -> Plan:
    """Each lane a block of sub-rows; marks and labels packed into them by importance."""
    lanes = lane_order(rows, lane)
    per_lane = LANE_ROWS if budget is None else max(1, budget // max(1, len(lanes)))
    rows = _mark_extents(rows, scale).reset_index(drop=True)
    lane_index = {name: i for i, name in enumerate(lanes)}
    priority = _priority(rows)
    block = per_lane + 1  # the lane's rows, then its spill row for marks with no room
    marks = [
        Mark(f"{event}\x1f{lane_name}", x0, x1,
             range(lane_index[lane_name] * block, lane_index[lane_name] * block + per_lane),
             _label_text(title, "lanes"), float(p), spill=lane_index[lane_name] * block + per_lane,
             cut=bool(off))
        for (event, lane_name, x0, x1, title, off), p in zip(
            _columns(rows, "event_id", "lane", "px0", "px1", "title", "cut_left"), priority,
            strict=True)
    ]
    placed = place(marks, plot_width)
    rows = rows.assign(key=[m.key for m in marks])
    rows = _apply(rows, placed, key="key")
    used = sorted(set(rows["y"]) | set(rows.loc[rows["label_row"] >= 0, "label_row"]))
    compact = {old: new for new, old in enumerate(used)}
    rows["y"] = rows["y"].map(compact)
    rows.loc[rows["label_row"] >= 0, "label_row"] = rows["label_row"].map(compact)
    return Plan(rows, len(used), [], _bands(rows, lanes), [])


def _bands(rows: pd.DataFrame, lanes: list[str]) -> list[tuple[str, int, int, int]]:
    """Each lane's first row, its number of rows and its unlabelled marks, in one pass over
    the marks (a frame filtered per lane cost a third of a millisecond for each of
    hundreds of actor lanes)."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    unlabelled = dict.fromkeys(lanes, 0)
    for name, y, label_row, label in zip(
        rows["lane"], rows["y"], rows["label_row"], rows["label"], strict=True
    ):
        for row in (int(y), int(label_row)) if label_row >= 0 else (int(y),):
            first[name] = min(first.get(name, row), row)
            last[name] = max(last.get(name, row), row)
        unlabelled[name] += label == ""
    return [(name, first[name], last[name] - first[name] + 1, unlabelled[name]) for name in lanes]


def _mark_extents(rows: pd.DataFrame, scale: Scale) -> pd.DataFrame:
    """Each mark's extent in px, clipped to the plot, and which side it runs off, if any."""
    x0, x1 = scale.px(rows["x"].to_numpy(float)), scale.px(rows["x_end"].to_numpy(float))
    instant = rows["instant"].to_numpy() | (x1 - x0 < 2 * _MARK)
    centre = np.where(rows["instant"].to_numpy(), x0, (x0 + x1) / 2)
    x0 = np.where(instant, centre - _MARK, x0)
    x1 = np.where(instant, centre + _MARK, x1)
    before, after = x1 <= 0, x0 >= scale.width
    x0 = np.where(before, 0.0, np.where(after, scale.width - _EDGE, x0))
    x1 = np.where(before, _EDGE, np.where(after, scale.width, x1))
    cut_left, cut_right = (x0 < 0) | before, (x1 > scale.width) | after
    return rows.assign(px0=np.clip(x0, 0, scale.width), px1=np.clip(x1, 0, scale.width),
                       cut_left=cut_left, cut_right=cut_right, outside=before | after)


def _apply(rows: pd.DataFrame, placed: list[Placed], key: str = "event_id") -> pd.DataFrame:
    """Copy each placement onto its row of the frame."""
    by_key = {p.key: p for p in placed}
    found = [by_key[k] for k in rows[key]]
    return rows.assign(
        y=[p.row for p in found], label=[p.text for p in found],
        label_x0=[p.x0 for p in found], label_x1=[p.x1 for p in found],
        label_row=[p.label_row for p in found], leader=[p.leader for p in found],
        spilled=[p.spilled for p in found],
    )


def _columns(rows: pd.DataFrame, *names: str) -> Iterator[tuple[Any, ...]]:
    """Rows as plain tuples of the named columns: far quicker than itertuples over every
    column when a frame carries long hover texts."""
    return zip(*(rows[name].tolist() for name in names), strict=True)


def _priority(rows: pd.DataFrame) -> np.ndarray:
    """How much a label matters: anchored by the text, with actors, a statement, sure."""
    anchor = rows["anchor"].map(ANCHOR_WEIGHT).fillna(0.0).to_numpy(float)
    actors = rows["actors"].map(bool).to_numpy(float)
    statement = (rows["kind"] == "statement").to_numpy(float) * 0.5
    confidence = rows["confidence"].fillna(0.0).to_numpy(float)
    total: np.ndarray = anchor + actors + statement + confidence  # the stubs type this sum Any
    return total


def _label_text(title: str, layout: Layout) -> str:
    return shorten(" ".join(str(title).split()) or "(untitled)", LABEL_CHARS[layout])


def _ms(moments: np.ndarray) -> np.ndarray:
    """Wall-clock datetime64 as float milliseconds, the unit of Plotly's date axes."""
    return moments.astype("datetime64[us]").astype("int64") / 1e3


def _axis_value(x: float, axis: Axis) -> Any:
    """An x value as Plotly wants it: a date string on a time axis, else the number."""
    if axis == "sequence":
        return x
    moment = pd.Timestamp(np.datetime64(round(x * 1000), "us"))  # years 1-9999, not just ns
    return f"{moment:%Y-%m-%d %H:%M:%S}" + (f".{moment.microsecond // 1000:03d}"
                                           if moment.microsecond else "")


def _left_margin(rows: pd.DataFrame, lane: Lane, layout: Layout) -> int:
    if layout == "story":
        return 16
    names = [_lane_tick(name, 99) for name in dict.fromkeys(rows["lane"])]
    return int(min(240, max(text_width(n, SIZE) for n in names) + 24))


def _lane_tick(name: str, hidden: int) -> str:
    more = f"<br>{MORE.format(n=hidden)}" if hidden else ""
    return esc(shorten(str(name), 28)) + more


def _traces(plan: Plan, highlight: str | None) -> list[Any]:
    """Marks per kind (bars, diamonds, edge arrows), then leader lines."""
    events, traces, axis, scale = plan.events, [], plan.axis, plan.scale
    for kind in kinds_present(events):
        part = events[events["kind"] == kind]
        traces.extend(_kind_traces(part, kind, axis, scale, highlight))
    leaders = events[events["leader"]]
    if len(leaders):
        traces.append(_leader_trace(leaders, axis, scale))
    return traces


def _kind_traces(part: pd.DataFrame, kind: str, axis: Axis, scale: Scale,
                 highlight: str | None) -> list[Any]:
    bars = part[~part["instant"] & ~part["outside"]] if axis == "time" else part.iloc[:0]
    dots = part.drop(bars.index)
    out: list[Any] = []
    if len(bars):
        out.append(_bar_trace(bars, kind, highlight))
    if len(dots):
        out.append(_dot_trace(dots, kind, axis, scale, highlight, showlegend=bars.empty))
    if axis == "time":
        out.extend(_arrow_traces(part, kind, scale))
    return out


def _event_fields(rows: pd.DataFrame, kind: str, highlight: str | None) -> dict[str, Any]:
    selected = None
    if highlight is not None:
        selected = [i for i, eid in enumerate(rows["event_id"]) if eid == highlight]
    return {
        "customdata": list(rows["event_id"]), "hovertext": list(rows["hover"]),
        "hovertemplate": "%{hovertext}<extra></extra>", "name": kind, "legendgroup": kind,
        "selectedpoints": selected, "unselected": {"marker": {"opacity": 0.25}},
    }


def _bar_trace(rows: pd.DataFrame, kind: str, highlight: str | None) -> dict[str, Any]:
    """Intervals as faint bars outlined in the kind's colour: 'somewhere in this range'."""
    return dict(
        type="bar", orientation="h", y=list(rows["y"]), width=0.56,
        base=[_axis_value(x, "time") for x in rows["x"]],
        x=list(rows["x_end"] - rows["x"]), showlegend=True,
        marker={"color": faint(kind), "line": {"color": colour(kind), "width": 1.5}},
        **_event_fields(rows, kind, highlight),
    )


def _dot_trace(rows: pd.DataFrame, kind: str, axis: Axis, scale: Scale, highlight: str | None,
               showlegend: bool) -> dict[str, Any]:
    """Instants as diamonds; on a sequential axis intervals are squares at their place."""
    centre = (rows["px0"] + rows["px1"]) / 2
    xs = [_axis_value(scale.value(p), axis) for p in centre]
    symbols = (["diamond" if i else "square" for i in rows["instant"]] if axis == "sequence"
               else ["diamond"] * len(rows))
    return dict(
        type="scatter", mode="markers", x=xs, y=list(rows["y"]), showlegend=showlegend,
        cliponaxis=False,
        marker={"color": colour(kind), "symbol": symbols, "size": 12,
                "line": {"color": _INK, "width": 1}},
        **_event_fields(rows, kind, highlight),
    )


def _arrow_traces(rows: pd.DataFrame, kind: str, scale: Scale) -> list[dict[str, Any]]:
    """Arrows at the edge for events that run off the view, or lie wholly outside it."""
    out = []
    for side, symbol, at in (("cut_left", "triangle-left", _EDGE / 2),
                             ("cut_right", "triangle-right", scale.width - _EDGE / 2)):
        cut = rows[rows[side]]
        if len(cut):
            out.append(dict(
                type="scatter", mode="markers", x=[_axis_value(scale.value(at), "time")] * len(cut),
                y=list(cut["y"]), showlegend=False, cliponaxis=False,
                marker={"color": colour(kind), "symbol": symbol, "size": 11,
                        "line": {"color": _INK, "width": 1}},
                customdata=list(cut["event_id"]), hovertext=list(cut["hover"]),
                hovertemplate="%{hovertext}<extra>outside the view</extra>",
                legendgroup=kind, name=kind,
            ))
    return out


def _leader_trace(rows: pd.DataFrame, axis: Axis, scale: Scale) -> dict[str, Any]:
    """Thin grey lines from a mark to its label on the next row."""
    xs: list[Any] = []
    ys: list[Any] = []
    for px0, px1, label_x0, label_x1, label_row, y in _columns(
        rows, "px0", "px1", "label_x0", "label_x1", "label_row", "y"
    ):
        centre = (px0 + px1) / 2
        edge = label_x0 if abs(label_x0 - centre) < abs(label_x1 - centre) else label_x1
        toward = 0.3 if label_row > y else -0.3
        xs += [_px_value(centre, axis, scale), _px_value(edge, axis, scale), None]
        ys += [y, label_row - toward, None]
    return dict(type="scatter", mode="lines", x=xs, y=ys, hoverinfo="skip", showlegend=False,
                line={"color": "#8a8a8a", "width": 1}, name="leader")


def _px_value(px: float, axis: Axis, scale: Scale) -> Any:
    return _axis_value(scale.value(px), axis)


def _layout(plan: Plan, title: str, zone: str, rows: pd.DataFrame, width: int,
            lane: Lane, controls: bool) -> dict[str, Any]:
    total, axis, scale, height = max(plan.rows, 1), plan.axis, plan.scale, plan.height
    story_seq = axis == "sequence" and not plan.bands
    layout: dict[str, Any] = {
        "template": "plotly_white",
        "font": {"family": FONT_FAMILY, "size": SIZE, "color": _INK},
        "title": {"text": esc(title), "x": 0.01, "xanchor": "left", "yref": "container",
                  "y": 1 - 14 / height, "yanchor": "top", "font": {"size": 20}} if title else None,
        "width": width, "height": height, "autosize": False,
        "margin": {"l": plan.left, "r": _RIGHT, "t": plan.top, "b": _BOTTOM,
                   "autoexpand": False},
        "barmode": "overlay", "hovermode": "closest", "dragmode": "zoom",
        "hoverlabel": {"align": "left", "bgcolor": "white", "font": {"size": 13},
                       "namelength": -1},
        "showlegend": True,
        "legend": {"orientation": "h", "yref": "container", "y": 8 / height, "yanchor": "bottom",
                   "x": 0, "xanchor": "left", "title": {"text": LEGEND_TITLE},
                   "font": {"size": 11}},
        "annotations": _annotations(plan, axis, scale),
        "shapes": _band_shapes(plan.bands),
        "yaxis": _y_axis(plan, total, lane),
        "uirevision": "|".join(dict.fromkeys(rows["doc_id"].astype(str)))[:200],
        "meta": {"layout": "lanes" if plan.bands else "story", "axis": axis,
                 "controls": CONTROLS if controls else 0,
                 "labelled": int((plan.events["label"] != "").sum()),
                 "events": int(plan.events["event_id"].nunique())},
    }
    if story_seq:
        layout["xaxis"] = {"visible": False, "range": [scale.lo, scale.hi], "fixedrange": True}
    elif axis == "sequence":
        layout["xaxis"] = _sequence_axis(plan.sequence, scale)
    else:
        layout["xaxis"] = {
            "type": "date", "autorange": False,
            "range": [_axis_value(scale.lo, "time"), _axis_value(scale.hi, "time")],
            "title": {"text": f"Time ({zone_label(zone, pd.concat([rows.start, rows.end]))})"},
            "showgrid": True, "automargin": False, "ticks": "outside",
        }
        if controls:
            layout["updatemenus"] = [_range_menu(rows, plan)]
    layout["legend"]["title"]["text"] = LEGEND_TITLE if axis == "time" else (
        "■ interval (placed at its start) · ◆ instant")
    return layout


def _y_axis(plan: Plan, total: int, lane: Lane) -> dict[str, Any]:
    axis: dict[str, Any] = {"range": [total - 0.5, -0.5], "showgrid": False, "zeroline": False,
                            "fixedrange": True, "automargin": False}
    if not plan.bands:
        return axis | {"visible": False}
    return axis | {
        "tickmode": "array",
        "tickvals": [first + (size - 1) / 2 for _, first, size, _ in plan.bands],
        "ticktext": [_lane_tick(name, hidden) for name, _, _, hidden in plan.bands],
        "title": {"text": LANES[lane]},
    }


def _annotations(plan: Plan, axis: Axis, scale: Scale) -> list[dict[str, Any]]:
    """Labels, story headers and the sequential story's gap and time columns, as text."""
    notes = []
    labelled = plan.events[plan.events["label"] != ""]
    for label, x0, label_row in _columns(labelled, "label", "label_x0", "label_row"):
        notes.append(_text(label, _px_value(x0, axis, scale), label_row, "label"))
    for row, text in plan.headers:
        notes.append(_text(text, _px_value(0.0, axis, scale), row, "header"))
    for row, x0, _x1, text, role in plan.columns:
        if text:
            notes.append(_text(text, _px_value(x0, axis, scale), row, role))
    return notes


def _text(text: str, x: Any, row: int, role: str) -> dict[str, Any]:
    font: dict[str, Any] = {"size": SIZE, "color": _INK}
    if role == "header":
        font = {"size": SIZE + 1, "color": _INK, "weight": "bold"}
    elif role == "gap":
        font = {"size": SIZE - 1, "color": _GREY, "style": "italic"}
    elif role == "time":
        font = {"size": SIZE, "color": _GREY}
    return {"text": esc(text), "x": x, "y": row, "xref": "x", "yref": "y", "xanchor": "left",
            "yanchor": "middle", "showarrow": False, "font": font, "borderpad": 0,
            "name": role}


def _band_shapes(bands: list[tuple[str, int, int, int]]) -> list[dict[str, Any]]:
    """Alternate light shading behind lanes so sub-rows read as one lane."""
    return [
        {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "layer": "below",
         "y0": first - 0.5, "y1": first + size - 0.5, "line": {"width": 0},
         "fillcolor": "rgba(0, 0, 0, 0.045)" if i % 2 == 0 else "rgba(0, 0, 0, 0)"}
        for i, (_, first, size, _) in enumerate(bands)
    ]


def _sequence_axis(seq: Sequence | None, scale: Scale) -> dict[str, Any]:
    """Ticks at the events' places, each with the time since the one before, thinned so
    that tick texts keep apart."""
    knots = seq.knots if seq is not None else np.array([], dtype="datetime64[ns]")
    step_px = scale.width / max(1.0, scale.hi - scale.lo)
    every = max(1, int(np.ceil(90 / max(step_px, 1e-9))))
    vals, texts = [], []
    for i in range(0, len(knots), every):
        moment = pd.Timestamp(knots[i])
        gap = "" if i == 0 else f"<br><i>{gap_text(moment - pd.Timestamp(knots[i - every]))}</i>"
        vals.append(i)
        texts.append(f"{moment.day} {moment:%b %H:%M}{gap}")
    return {"type": "linear", "range": [scale.lo, scale.hi], "tickmode": "array",
            "tickvals": vals, "ticktext": texts, "showgrid": True, "zeroline": False,
            "title": {"text": "Events in order, equally spaced · the time since the last tick"},
            "automargin": False}


def _range_menu(rows: pd.DataFrame, plan: Plan) -> dict[str, Any]:
    """6h / 1d / 1w back from the last event in the view, the focus, and everything."""
    assert plan.shown is not None and plan.focus is not None
    shown, starts, ends = plan.shown, wall(rows["start"]), wall(rows["end"])
    inside = ends[(starts <= shown[1]) & (ends >= shown[0])]
    last = inside.max() if len(inside) else ends.max()
    spans = (("6h", np.timedelta64(6, "h")), ("1d", np.timedelta64(1, "D")),
             ("1w", np.timedelta64(7, "D")))
    buttons = [_range_button(label, last - span, last) for label, span in spans]
    buttons.append(_range_button("focus", *plan.focus))
    buttons.append(_range_button("all", starts.min(), ends.max()))
    return {"type": "buttons", "direction": "right", "showactive": False, "x": 0,
            "xanchor": "left", "y": 1, "yanchor": "bottom", "pad": {"b": 6},
            "font": {"size": 11}, "buttons": buttons}


def _range_button(label: str, lo: np.datetime64, hi: np.datetime64) -> dict[str, Any]:
    pad = max((hi - lo) * _PAD_SHARE, np.timedelta64(1, "m"))
    ends = [f"{pd.Timestamp(lo - pad):%Y-%m-%d %H:%M:%S}",
            f"{pd.Timestamp(hi + pad):%Y-%m-%d %H:%M:%S}"]
    return {"label": label, "method": "relayout", "args": [{"xaxis.range": ends}],
            "name": label}

