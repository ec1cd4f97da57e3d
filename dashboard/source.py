"""What the page asks of its data, as one interface with two answers: a frame in memory
(``dashboard.datasets.Dataset``: an article, a build, a store's project) and a news archive
read in place through DuckDB (``dashboard.archiveset.ArchiveSet``: ``app.py --dataset``).

Callbacks only ever ask these questions, so neither kind of data needs a branch of its
own in them; each answer is bounded (a count, a page of rows, one event, a figure's
worth of events or of density bins), which is what lets an archive of a million events
be served without loading it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, Protocol

import pandas as pd

from timeline.figures import Density, Window
from timeline.ingest import Article

State = Mapping[str, Sequence[str]]


class Strips(NamedTuple):
    """A view too large to draw event by event: its density bins, and its first and last
    moment (which name the zone's offsets on the axis)."""

    density: Density
    span: Window


class TooLarge(Exception):
    """A view too large to send whole (as a file to download); the message says why."""


class Source(Protocol):
    """The page's data: what it shows, asked one bounded question at a time."""

    notice: str | None
    project: str | None
    editable: bool
    #: whether articles can be added and built in the page (an archive is read-only).
    writable: bool

    @property
    def title(self) -> str: ...

    @property
    def zone(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...

    @property
    def first(self) -> Article: ...

    def published_line(self) -> str:
        """The header's 'Published ...'."""

    def publishers(self) -> str: ...

    def credit(self) -> str: ...

    def total(self) -> int:
        """How many events there are, unfiltered."""

    def count(self, state: State) -> int:
        """How many events the filters keep."""

    def choices(self) -> dict[str, list[Any]]:
        """The values each choice filter offers (articles as {label, value})."""

    def summary(self, state: State, zone: str) -> str:
        """The chart's text alternative."""

    def strips(self, state: State, lane: str, zone: str, window: Window | None) -> Strips | None:
        """Density bins when the view (in ``window``) is too large to fetch; else None, and
        ``events`` gives the events to draw."""

    def events(self, state: State, window: Window | None, zone: str) -> pd.DataFrame:
        """The events to draw (all of the view, or those in ``window``)."""

    def event_rows(self, event_id: str | None) -> pd.DataFrame:
        """The event as a one-row frame (none for no or an unknown id)."""

    def event(self, event_id: str | None) -> pd.Series | None: ...

    def rows(
        self, state: State, request: Mapping[str, Any] | None, zone: str | None
    ) -> dict[str, Any]:
        """The grid's ``getRowsResponse`` for its ``getRowsRequest``."""

    def locate(
        self, state: State, request: Mapping[str, Any] | None, zone: str | None, event_id: str
    ) -> int | None:
        """The event's row in the grid's order, None if the view lacks it."""

    def step(
        self,
        state: State,
        request: Mapping[str, Any] | None,
        zone: str | None,
        current: str | None,
        step: int,
    ) -> tuple[str, int] | None:
        """The event before (-1) or after (+1) ``current`` in the grid's order, and its row."""

    def article(self, doc_id: str | None) -> Article: ...

    def lane_names(self, doc_ids: Sequence[str]) -> Mapping[str, str]:
        """Article lanes' names by doc_id: headlines (``marks.article_lane_names``)."""

    def time_spans(self, doc_id: str) -> list[tuple[int, int]]: ...

    def export_frame(self, state: State) -> pd.DataFrame:
        """The view's events for a file, or TooLarge."""
