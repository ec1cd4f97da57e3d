"""Label placement: every mark gets a text label beside it, and no two boxes overlap.

Why our own placer: labella (a Python port of labella.js) lays labels out in one dimension
and draws them with matplotlib or TikZ; textalloc needs a matplotlib renderer. Plotly wants
positions in data coordinates before the browser draws anything, so this module works in
pixels, on rows: a chart is a stack of rows ``ROW`` px high (one event per row in the story
layout, a few sub-rows per lane in the lanes layout), and each row is a line on which marks
and labels take up intervals. Marks are taken in order of importance; each goes to the
first row it may use where the mark and its label both fit:

1. beside the mark, right then left, the whole label;
2. over the mark itself, when the mark is a bar long enough to hold the whole label;
3. beside it, shortened with '…' to the room there is (never under ``MINIMUM`` characters),
   or over a bar, shortened;
4. on the row above or below, joined to the mark by a thin leader line;
5. else the mark is drawn unlabelled and counted in its group's "+N more"; when none of
   its rows has room even for the mark, it goes to its ``spill`` row, which no label uses.

Deterministic: the same marks give the same layout (ties go by position, then key).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from timeline.textwidth import fit_text, text_width

SIZE = 12  # label font size, px
ROW = 22  # px per row: a 12 px label with room above and below
PAD = 6  # px between a mark and its label, and between any two boxes on a row
MINIMUM = 12  # a shortened label keeps at least this many characters of its text
ARROW = 12  # px an edge arrow takes where a mark runs off the plot


@dataclass(frozen=True)
class Mark:
    """A mark to label: its horizontal extent in px, the rows it may take, its label."""

    key: str
    x0: float
    x1: float
    rows: range
    text: str
    priority: float = 0.0
    spill: int | None = None  # where the mark goes, unlabelled, when none of its rows has room
    cut: bool = False  # runs off the left edge, where an arrow of ARROW px says so


@dataclass(frozen=True)
class Placed:
    """Where a mark went, and its label's box (None when it could not be labelled)."""

    key: str
    row: int
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    label_row: int = -1
    leader: bool = False
    spilled: bool = False

    @property
    def labelled(self) -> bool:
        return bool(self.text)


class Rows:
    """What each row already holds: disjoint intervals in px, as sorted starts and ends."""

    def __init__(self) -> None:
        self._starts: dict[int, list[float]] = {}
        self._ends: dict[int, list[float]] = {}

    def free(self, row: int, x0: float, x1: float) -> bool:
        """Whether [x0, x1] keeps PAD from everything on the row."""
        starts = self._starts.get(row)
        if not starts:
            return True
        i = bisect_left(starts, x0)
        return ((i == 0 or self._ends[row][i - 1] + PAD <= x0)
                and (i == len(starts) or x1 + PAD <= starts[i]))

    def room(self, row: int, at: float, rightward: bool, limit: float) -> float:
        """Free px from ``at`` to the right (or left) before the next box or the edge."""
        starts = self._starts.get(row, [])
        i = bisect_left(starts, at)
        if rightward:
            return (starts[i] - PAD if i < len(starts) else limit) - at
        return at - (self._ends[row][i - 1] + PAD if i else limit)

    def take(self, row: int, x0: float, x1: float) -> None:
        starts = self._starts.setdefault(row, [])
        i = bisect_left(starts, x0)
        starts.insert(i, x0)
        self._ends.setdefault(row, []).insert(i, x1)


def place(marks: Iterable[Mark], width: float,
          taken: Iterable[tuple[int, float, float]] = ()) -> list[Placed]:
    """Lay out ``marks`` on rows of a plot ``width`` px wide, around boxes already ``taken``
    (row, x0, x1) such as headers; one Placed per mark, in order of importance (the caller
    maps them back by key)."""
    rows = Rows()
    for row, x0, x1 in taken:
        rows.take(row, x0, x1)
    order = sorted(marks, key=lambda m: (-m.priority, m.x0, m.key))
    return [_place_one(mark, rows, width) for mark in order]


def _place_one(mark: Mark, rows: Rows, width: float) -> Placed:
    x0, x1 = max(0.0, mark.x0), min(width, mark.x1)
    open_rows: list[int] = []  # filled as the first try walks the rows; whole if it fails
    found = _beside(mark, _open_rows(mark, rows, x0, x1, open_rows), rows, width, shorten=False)
    found = found or (
        _over(mark, open_rows, width, shorten=False)
        or _beside(mark, open_rows, rows, width, shorten=True)
        or _over(mark, open_rows, width, shorten=True)
        or _leader(mark, open_rows, rows, width)
    )
    if found is None:
        if not open_rows:  # every row is full: to the spill row, which holds no labels
            spill = mark.rows[-1] if mark.spill is None else mark.spill
            return Placed(mark.key, spill, spilled=True)
        rows.take(open_rows[0], x0, x1)
        return Placed(mark.key, open_rows[0])
    if found.label_row == found.row:  # one box: the mark and its label beside or over it
        rows.take(found.row, min(x0, found.x0), max(x1, found.x1))
    else:
        rows.take(found.row, x0, x1)
        rows.take(found.label_row, found.x0, found.x1)
    return found


def _open_rows(mark: Mark, rows: Rows, x0: float, x1: float, seen: list[int]) -> Iterator[int]:
    """The mark's rows with room for the mark itself, lowest first, noted in ``seen`` as
    they are found (lazily: most marks settle on one of the first)."""
    for row in mark.rows:
        if rows.free(row, x0, x1):
            seen.append(row)
            yield row


def _beside(mark: Mark, candidates: Iterable[int], rows: Rows, width: float,
            shorten: bool) -> Placed | None:
    """The label right of the mark, else left of it, on the mark's own row."""
    full = text_width(mark.text, SIZE)
    for row in candidates:
        for rightward in (True, False):
            at = (mark.x1 if rightward else mark.x0) + (PAD if rightward else -PAD)
            room = rows.room(row, at, rightward, width if rightward else 0.0)
            text = mark.text if full <= room else (
                fit_text(mark.text, SIZE, room, MINIMUM) if shorten else "")
            if text and _inside(mark, at, rightward, width):
                size = text_width(text, SIZE)
                lo, hi = (at, at + size) if rightward else (at - size, at)
                return Placed(mark.key, row, text, lo, hi, row)
    return None


def _inside(mark: Mark, at: float, rightward: bool, width: float) -> bool:
    """A label beside a mark that is off the plot would float away from it."""
    return 0 <= at <= width and (mark.x1 >= 0 if rightward else mark.x0 <= width)


def _over(mark: Mark, candidates: Sequence[int], width: float, shorten: bool) -> Placed | None:
    """On a long bar, the label over the part of the bar in view, from its start."""
    lo = (ARROW if mark.cut else max(0.0, mark.x0)) + PAD
    room = min(width, mark.x1) - lo - PAD
    if not shorten and text_width(mark.text, SIZE) > room:
        return None
    for row in candidates:
        text = fit_text(mark.text, SIZE, room, MINIMUM)
        if text:
            return Placed(mark.key, row, text, lo, lo + text_width(text, SIZE), row)
    return None


def _leader(mark: Mark, candidates: Sequence[int], rows: Rows, width: float) -> Placed | None:
    """The label on a free stretch of the next row up or down, tied by a leader line."""
    centre = min(max((mark.x0 + mark.x1) / 2, 0.0), width)
    for row in candidates:
        for other in (row - 1, row + 1):
            if other not in mark.rows:
                continue
            for rightward in (True, False):
                room = rows.room(other, centre, rightward, width if rightward else 0.0)
                text = fit_text(mark.text, SIZE, room, MINIMUM)
                if not text:
                    continue
                size = text_width(text, SIZE)
                lo, hi = (centre, centre + size) if rightward else (centre - size, centre)
                if rows.free(other, lo, hi):
                    return Placed(mark.key, row, text, lo, hi, other, leader=True)
    return None
