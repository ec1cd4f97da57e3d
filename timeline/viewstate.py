"""The whole view of a timeline as one URL query: which events, and how they are drawn.

A ``View`` is the filters (``timeline.filters``) plus four drawing options: lanes, the zone
times are shown in, the layout and the x axis. ``parse`` reads a query string, ``to_query``
writes one (defaults left out, so a plain view has a plain URL), and ``fields``/``from_fields``
turn a view into form values and back, so a page can mirror its controls in its URL and a
shared link restores exactly what its sender saw. A ``Place`` adds where in the timeline the
link points: the store project, the selected event and the zoom. Nothing here knows about Dash.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlencode

from timeline import filters

if TYPE_CHECKING:
    from timeline.figures import Axis, Layout
    from timeline.marks import Lane

Choice = TypeVar("Choice", bound=str, covariant=True)


@dataclass(frozen=True)
class Option(Generic[Choice]):
    """One drawing option: its View field, its URL parameter and its values, default first.

    ``aliases`` read old spellings still found in shared links ('lane=doc' is now 'article').
    """

    name: str
    param: str
    choices: tuple[Choice, ...]
    aliases: Mapping[str, str] = field(default_factory=dict)

    @property
    def default(self) -> Choice:
        return self.choices[0]

    def read(self, value: Any) -> Choice:
        """The choice a URL or form value names; the default for anything else."""
        value = self.aliases.get(str(value), value)
        return next((c for c in self.choices if c == value), self.default)


LANE: Option[Lane] = Option(
    "lane", "lane", ("kind", "actor", "article", "none"), {"doc": "article"}
)
ZONE: Option[str] = Option("zone", "tz", ("article", "UTC", "viewer"))
LAYOUT: Option[Layout] = Option("layout", "layout", ("auto", "story", "lanes"))
AXIS: Option[Axis] = Option("axis", "axis", ("auto", "time", "sequence"))
OPTIONS: tuple[Option[str], ...] = (LANE, ZONE, LAYOUT, AXIS)
BY_NAME: dict[str, Option[str]] = {o.name: o for o in OPTIONS}


@dataclass(frozen=True)
class View:
    """Filters (parameter -> values) and the drawing options, each at its default if unset."""

    filters: filters.State = field(default_factory=dict)
    lane: Lane = "kind"
    zone: str = "article"
    layout: Layout = "auto"
    axis: Axis = "auto"

    def cleared(self) -> View:
        """The same drawing without any filter (what 'Clear filters' leaves)."""
        return replace(self, filters={})


def parse(search: str | None) -> View:
    """The view in a query string ('?kind=statement&lane=actor&tz=UTC'); unknown keys ignored."""
    raw = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
    return _view(filters.clean(raw), lambda o: raw[o.param][-1] if o.param in raw else None)


def _view(state: filters.State, value: Callable[[Option[str]], Any]) -> View:
    """A view of ``state`` with each option's choice read from ``value(option)`` (None for
    its default)."""
    return View(
        state,
        lane=LANE.read(value(LANE)),
        zone=ZONE.read(value(ZONE)),
        layout=LAYOUT.read(value(LAYOUT)),
        axis=AXIS.read(value(AXIS)),
    )


@dataclass(frozen=True)
class Place:
    """Where a link points: a store project ('' for the default), the selected event, and
    the zoom: two ISO 8601 instants with offsets, or ``whole`` for every event."""

    project: str = ""
    event: str = ""
    start: str = ""
    end: str = ""
    whole: bool = False


def parse_place(search: str | None) -> Place:
    """The place in a query string ('?project=Budget&event=e1&from=...&to=...'); a zoom
    that is not two instants in order is left out."""
    raw = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
    one = {k: v[-1] for k, v in raw.items()}
    start, end = one.get("from", ""), one.get("to", "")
    if not _instants(start, end):
        start = end = ""
    return Place(one.get("project", ""), one.get("event", ""), start, end, one.get("zoom") == "all")


def _instants(start: str, end: str) -> bool:
    try:
        lo, hi = datetime.fromisoformat(start), datetime.fromisoformat(end)
    except ValueError:
        return False
    return lo.tzinfo is not None and hi.tzinfo is not None and lo < hi


def to_query(view: View, place: Place | None = None) -> str:
    """The query string for a view (and a place): the project, filters in their table's
    order, options not at their default, then the event and the zoom; '' for the plain
    view."""
    place = place or Place()
    pairs = [("project", place.project)] if place.project else []
    pairs += [(k, v) for k, values in filters.clean(view.filters).items() for v in values]
    pairs += [
        (o.param, getattr(view, o.name)) for o in OPTIONS if getattr(view, o.name) != o.default
    ]
    pairs += [("event", place.event)] if place.event else []
    if place.whole:
        pairs.append(("zoom", "all"))
    elif place.start and place.end:
        pairs += [("from", place.start), ("to", place.end)]
    return "?" + urlencode(pairs) if pairs else ""


def fields(view: View) -> dict[str, Any]:
    """The view as form values: a list for each multi-valued filter, one string or None for
    each single-valued one, and each option's choice."""
    state = filters.clean(view.filters)
    values: dict[str, Any] = {
        f.key: list(state.get(f.key, ())) if f.multi else next(iter(state.get(f.key, ())), None)
        for f in filters.FILTERS
    }
    return values | {o.name: getattr(view, o.name) for o in OPTIONS}


def from_fields(values: Mapping[str, Any]) -> View:
    """The view a form shows (the inverse of ``fields``); blanks and unknown choices dropped."""
    return _view(filters.clean(values), lambda o: values.get(o.name))
