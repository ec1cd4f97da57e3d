"""Density strips of an archive binned in SQL: events per lane and time bin, the summary a
chart draws when there are too many events to draw one by one.

The answer is figures.Density, counted as figures.event_density counts a frame (an event
counts in every bin it overlaps; the same readable bin widths; lanes in the same order),
but each event is placed in its bins by DuckDB, so only lanes x bins come back.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from timeline.archive.query import Archive, Moments, StateLike
from timeline.figures import DENSITY_BINS, Density, Window, _bin_width, _density
from timeline.marks import ALL_EVENTS, NO_ACTOR, Lane
from timeline.schema import KINDS
from timeline.zones import zone_for

_MONDAY_US = np.datetime64("1970-01-05", "us")
_LANES = {"kind": "kind", "article": "doc_id", "none": f"'{ALL_EVENTS}'"}
_ACTORS = f"CASE WHEN len(actors) = 0 THEN ['{NO_ACTOR}'] ELSE actors END"
_TIMES = ("start", '"end"')
_MARGIN = pd.Timedelta(days=2)
# The order lanes first appear in (marks.lane_order): an actor's place in its event's list
# breaks ties between the actors of one event.
_FIRST = {"article": 'start, "end", event_id', "actor": 'start, "end", event_id, pos'}


def _floor_div(x: str, step: int) -> str:
    """Floor division in SQL integers (DuckDB's // truncates toward zero)."""
    return f"(CASE WHEN {x} >= 0 THEN {x} // {step} ELSE -((-({x}) + {step - 1}) // {step}) END)"


def archive_density(
    archive: Archive,
    lane: Lane = "kind",
    state: StateLike | None = None,
    window: Window | None = None,
    bins: int = DENSITY_BINS,
    zone: str | None = None,
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> Density:
    """Events per lane and bin over ``window`` (wall-clock times in ``zone``, default the
    archive's, as figures reads a window), else over the view's whole span. Over a window
    only the events in it count and have lanes, as in the strips of a zoomed chart
    (``timeline_figure``: ``event_density`` of the events in view).

    ``span``: the view's first start and last end, when known (``Archive.extent``). Lanes
    by kind or none need no pass of their own to find their order, so with a window, or
    a span in UTC (whose wall clock is the instants'), one pass over the view counts all.
    """
    where, params = archive._where(state)
    zone = zone or archive.zone
    moments = [] if zone == "UTC" else [zone, zone]  # a wall clock in UTC needs no zone rules
    s, e = (f"epoch_us({c})" if zone == "UTC" else f"epoch_us(timezone(?, {c}))" for c in _TIMES)
    rows = _rows(lane, s, e, where)
    base = [*moments, *params]
    if window:  # events in it, as figures counts them: those near it read (two days' margin
        # for any zone's clock), and of those the ones whose wall-clock bounds overlap it
        lo, hi = (pd.Timestamp(w).to_datetime64().astype("datetime64[us]") for w in window)
        edge = [pd.Timestamp(w).tz_localize(None).tz_localize("UTC") for w in window]
        near = _rows(lane, s, e, where + ' AND start < ? AND "end" > ?')
        rows = f"SELECT * FROM ({near}) WHERE s < {_us(hi)} AND e > {_us(lo)}"
        base += [(edge[1] + _MARGIN).to_pydatetime(), (edge[0] - _MARGIN).to_pydatetime()]
    appearance = _FIRST.get(lane)  # kinds go in schema order, one lane needs none
    lanes: list[str] | None = None  # until the counts show which are present
    if not window and span is not None and zone == "UTC" and appearance is None:
        lo, hi = (pd.Timestamp(t).tz_convert(None).to_datetime64() for t in span)
        lo, hi = lo.astype("datetime64[us]"), hi.astype("datetime64[us]")
    elif not (window and appearance is None):
        order = archive._sql(
            f"SELECT lane, min(s), max(e) FROM ({rows}) GROUP BY lane"
            + (f" ORDER BY min(struct_pack({appearance}))" if appearance else ""),
            base,
        ).fetchall()
        if not order:
            return _EMPTY
        lanes = _lane_order([r[0] for r in order], lane)
        if not window:
            lo = np.datetime64(min(r[1] for r in order), "us")
            hi = np.datetime64(max(r[2] for r in order), "us")
    width, label = _bin_width(hi - lo, bins)
    step = int(width / pd.Timedelta(microseconds=1))
    unit = np.timedelta64(step, "us")
    anchor = _MONDAY_US if width >= pd.Timedelta(days=7) else np.datetime64(0, "us")
    origin = anchor + ((lo - anchor) // unit) * unit
    count = max(1, int(-(-(hi - origin) // unit)))
    o = _us(origin)
    first = _floor_div(f"(s - {o})", step)
    last = f"greatest({_floor_div(f'(e - {o} - 1)', step)}, {first})"
    marks = archive._sql(
        f"""
        WITH b AS (SELECT lane, {first} AS f, {last} AS l FROM ({rows})),
        k AS (SELECT lane, least(greatest(f, 0), {count - 1}) AS f,
                     least(greatest(l, 0), {count - 1}) AS l FROM b WHERE l >= 0 AND f < {count})
        SELECT lane, f, l, count(*) AS n FROM k GROUP BY lane, f, l
        """,
        base,
    ).fetchnumpy()
    if lanes is None:
        lanes = _lane_order(sorted(set(marks["lane"].tolist())), lane)
        if not lanes:
            return _EMPTY
    at = pd.Index(lanes).get_indexer(marks["lane"])  # an event counts from bin f to l
    diff = np.zeros((len(lanes), count + 1), dtype=np.int64)
    np.add.at(diff, (at, marks["f"].astype(np.int64)), marks["n"])
    np.add.at(diff, (at, marks["l"].astype(np.int64) + 1), -marks["n"].astype(np.int64))
    edges = origin + unit * np.arange(count + 1)
    return Density(lanes, edges, np.cumsum(diff, axis=1)[:, :count], width, label)


def moments_density(
    moments: Moments, lane: Lane, zone: str, bins: int = DENSITY_BINS
) -> Density | None:
    """A whole view's strips by kind, or of one lane, from its ``moments`` (Archive.moments:
    read once for its count and span too), counted by the frame path's own code
    (figures._density); None for other lanes, or kinds it does not know."""
    if lane not in ("kind", "none") or (moments.kind < 0).any():
        return None
    if not len(moments.start):
        return _EMPTY
    tz = zone_for(zone)
    start, end = (
        pd.to_datetime(m, unit="us", utc=True).tz_convert(tz)
        for m in (moments.start, moments.end)
    )
    if lane == "kind":
        lanes = [KINDS[k] for k in np.unique(moments.kind)]
        named = pd.Categorical.from_codes(moments.kind, categories=pd.Index(KINDS))
    else:
        lanes = [ALL_EVENTS]
        named = pd.Categorical.from_codes(np.zeros(len(start), np.int8), pd.Index(lanes))
    rows = pd.DataFrame({"start": start, "end": end, "lane": named})
    return _density(rows, lanes, None, bins)


_EMPTY = Density(
    [], np.array([], "datetime64[us]"), np.zeros((0, 0), np.int64), pd.Timedelta(0), ""
)


def _us(moment: np.datetime64) -> int:
    return int(moment.astype("datetime64[us]").astype(np.int64))


def _rows(lane: Lane, s: str, e: str, where: str) -> str:
    """One row per event and lane it is drawn in, with its wall-clock bounds ``s``, ``e``."""
    if lane == "actor":
        return f"""
            SELECT unnest(l) AS lane, unnest(range(len(l))) AS pos, {s} AS s, {e} AS e,
                   start, "end", event_id
            FROM (SELECT *, {_ACTORS} AS l FROM events WHERE {where})
        """
    return f"""SELECT {_LANES[lane]} AS lane, {s} AS s, {e} AS e, start, "end", event_id
               FROM events WHERE {where}"""


def _lane_order(present: list[str], lane: Lane) -> list[str]:
    """marks.lane_order's order: kinds in schema order, else first appearance in
    (start, end, event_id) order, '(none)' last."""
    if lane == "kind":
        return [k for k in KINDS if k in present] + [k for k in present if k not in KINDS]
    return [a for a in present if a != NO_ACTOR] + ([NO_ACTOR] if NO_ACTOR in present else [])
