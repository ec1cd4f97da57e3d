"""Which stretch of time a chart opens on, and how its x axis counts time.

A story's background ("over the past seven days", "since 2015") must not set the scale of
its foreground, so a chart opens on its *focus*: the shortest window that holds most of the
events (FOCUS_SHARE of them, by start). When even that window bunches most events into a
sliver of its width, a chronological axis cannot separate them, and the chart picks the
*sequential* axis of Brehmer et al. ("Timelines Revisited", IEEE TVCG 2017): events in
order at equal spacing, the interim durations written between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

Axis = Literal["time", "sequence"]
#: the focus holds at least this share of the events.
FOCUS_SHARE = 0.8
#: the focus is only worth it when it is at most this share of the whole span.
FOCUS_WORTH = 0.5
#: ends of focus events may widen the focus by at most this share of its starts' span.
FOCUS_STRETCH = 0.25
#: sequential when half the focus events fall within this share of the focus window.
CROWDED = 0.04


def shortest_window(starts: np.ndarray, share: float) -> tuple[int, int]:
    """Indices (i, j) into sorted ``starts`` of the shortest run holding ``share`` of them."""
    n = len(starts)
    k = max(1, int(np.ceil(share * n)))
    spans = starts[k - 1:] - starts[: n - k + 1]
    i = int(np.argmin(spans))
    return i, i + k - 1


def focus_window(starts: np.ndarray, ends: np.ndarray) -> tuple[np.datetime64, np.datetime64]:
    """The window a chart opens on: from the first to the last moment of the events in the
    shortest stretch holding FOCUS_SHARE of them, or everything when that saves little.

    ``starts`` and ``ends`` are wall-clock datetime64 arrays, one pair per event.
    """
    lo_all, hi_all = starts.min(), ends.max()
    if len(starts) < 5:
        return lo_all, hi_all
    order = np.argsort(starts, kind="stable")
    i, j = shortest_window(starts[order], FOCUS_SHARE)
    held = order[i:j + 1]
    first, last = starts[order[i]], starts[order[j]]
    lo, hi = first, ends[held].max()
    if last > first:  # a long interval from the focus may stretch it only a little
        hi = min(hi, last + (last - first) * FOCUS_STRETCH)
    if (hi - lo) > FOCUS_WORTH * (hi_all - lo_all):
        return lo_all, hi_all
    return lo, hi


def choose_axis(starts: np.ndarray, window: tuple[np.datetime64, np.datetime64]) -> Axis:
    """Sequential when half the events in the window sit in a sliver of it, else time."""
    lo, hi = window
    inside = np.sort(starts[(starts >= lo) & (starts <= hi)])
    if len(inside) < 6 or hi <= lo:
        return "time"
    i, j = shortest_window(inside, 0.5)
    return "sequence" if (inside[j] - inside[i]) < CROWDED * (hi - lo) else "time"


@dataclass(frozen=True)
class Sequence:
    """Equal spacing for the distinct start times of the events: the n-th is at n.

    A time between two of them is placed proportionally between their positions, so an
    interval still reads as a bar from its start to (about) its end.
    """

    knots: np.ndarray  # distinct starts, sorted, datetime64[us] (years 1 to 9999)

    @classmethod
    def of(cls, starts: np.ndarray) -> Sequence:
        return cls(np.unique(starts.astype("datetime64[us]")))

    def position(self, moments: np.ndarray) -> np.ndarray:
        """Positions of wall-clock moments; beyond the last knot, half a step per step."""
        knots = self.knots.astype("int64").astype(float)
        at = moments.astype("datetime64[us]").astype("int64").astype(float)
        if len(knots) == 1:
            return np.where(at > knots[0], 0.5, 0.0)
        inside = np.interp(at, knots, np.arange(len(knots), dtype=float))
        after = at > knots[-1]
        inside[after] = len(knots) - 1 + 0.5
        out: np.ndarray = inside
        return out

    def gaps(self) -> list[np.timedelta64]:
        """The interim duration before each knot after the first."""
        return list(np.diff(self.knots))
