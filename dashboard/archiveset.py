"""A news archive (``python -m timeline corpus``) as the page's data: ``app.py --dataset``.

Every answer is a query of ``timeline.archive`` (DuckDB over the dataset's files): counts,
the filter options, a page of grid rows, one event, one article, and for the chart either
the view's events, when few enough to draw one by one, or its density strips binned in
SQL. Nothing holds the archive in memory, so a server shows a million events in a few
hundred MiB. The archive is read-only here: it grows by ``corpus`` runs, which an open
page sees on its next load.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dashboard.data import GRID_COLUMNS, grid_rows, grid_text, neighbour, rows_page
from dashboard.datasets import merged
from dashboard.source import State, Strips, TooLarge
from timeline.archive import views
from timeline.archive.density import archive_density, moments_density
from timeline.archive.query import Archive, Moments, Page
from timeline.export import source_line
from timeline.figures import AGGREGATE_THRESHOLD, Density, Window
from timeline.filters import TIME_ORDER, clean, table_view
from timeline.ingest import Article
from timeline.marks import DRAWN_COLUMNS, article_lane_names
from timeline.summary import IN_TABLE, NO_EVENTS, chart_summary, overview
from timeline.temporal import tag
from timeline.timefmt import day_text
from timeline.zones import zone_for

#: values offered by the actor and article filters: the most frequent actors and the
#: earliest articles (a dropdown of 100,000 names helps nobody; the search finds the rest).
CHOICES = 1000
#: events a data export may hold (as ``extract --dataset``'s default --limit).
EXPORT_LIMIT = 100_000
#: publishers named in the header before 'and N more'.
_PUBLISHERS = 3
#: articles whose time expressions are kept tagged (the article pane asks again on each
#: selection).
_SPANS_KEPT = 64
#: views whose count and span (and events looked up) are remembered.
_VIEWS_KEPT = 64
#: small views whose events are kept, and their tables as sorted (up to 5,000 rows each:
#: a few MB).
_FRAMES_KEPT = 16
#: a view of at most this many events (no more than the chart draws one by one, which
#: are fetched whole anyway) has its table sorted, filtered and stepped through in memory,
#: as a frame's, instead of asking the archive for every page, position and step.
HELD = AGGREGATE_THRESHOLD
#: the columns of the events a chart draws (its marks, hover and curated marks), which are
#: also what its summary and a small view's table read: a third of the frame's columns,
#: and none of its five lists but the actors.
SHOWN = (*DRAWN_COLUMNS, "curated", "edited_by")
#: searched views whose events' times and kinds are kept (Archive.moments: 17 bytes an
#: event, so up to 17 MB each at a million).
_SEARCHES_KEPT = 4
#: the first and last moments DuckDB's timestamps hold, as µs since the epoch.
_FIRST, _LAST = -(2**62), 2**62
READ_ONLY = (
    "A news archive, shown read-only: new articles are added to it with "
    "python -m timeline corpus ARTICLES... --out {root}, and show here on the next load."
)


class ArchiveSet:
    """The page's data source (``dashboard.source.Source``) for a news archive."""

    project: str | None = None
    editable = False
    writable = False

    def __init__(self, root: Path | str) -> None:
        self.archive = Archive(root)
        self.root = Path(root)
        self.notice: str | None = READ_ONLY.format(root=self.root)
        self._spans: OrderedDict[str, list[tuple[int, int]]] = OrderedDict()
        self._answers = Answers(_VIEWS_KEPT)
        self._views = Answers(_FRAMES_KEPT)
        self._searches = Answers(_SEARCHES_KEPT)
        self._kept: dict[str, Any] = {}
        self._lock = threading.Lock()

    # --- what the archive is ---------------------------------------------------------------

    @property
    def fingerprint(self) -> str:
        """New whenever a run adds to the archive or compacts it (views.signature)."""
        seen = f"{self.root.resolve()}|{views.signature(self.root)!r}"
        return "archive-" + hashlib.sha1(seen.encode()).hexdigest()

    @property
    def zone(self) -> str:
        return self.archive.zone

    def _facts(self) -> dict[str, Any]:
        """Article count, publication span, publishers and filter choices, asked once per
        state of the archive."""
        fingerprint = self.fingerprint
        with self._lock:
            if self._kept.get("fingerprint") == fingerprint:
                return self._kept
        count, lo, hi = self.archive.sql(
            "SELECT count(*) AS n, min(published) AS lo, max(published) AS hi FROM articles"
        ).iloc[0]
        sources = self.archive.sql(
            "SELECT source FROM articles WHERE source <> '' GROUP BY source "
            "ORDER BY count(*) DESC, source"
        )["source"].tolist()
        first = self.archive.sql("SELECT doc_id FROM articles ORDER BY published, doc_id LIMIT 1")
        options = self.archive.options(limit=CHOICES)
        docs = options["doc"][:CHOICES]
        names = {r["doc_id"]: _article(r).headline for r in self.archive.articles_of(docs)}
        facts = {
            "fingerprint": fingerprint,
            "articles": int(count),
            "span": (lo, hi),
            "sources": sources,
            "first": first["doc_id"].iloc[0] if len(first) else None,
            "choices": {k: options[k] for k in ("kind", "actor", "source")}
            | {"doc": [{"label": names.get(d, d), "value": d} for d in docs]},
        }
        with self._lock:
            self._kept = facts
        return facts

    @property
    def title(self) -> str:
        count = self._facts()["articles"]
        return f"Timeline of {count:,} article{'' if count == 1 else 's'}"

    @property
    def first(self) -> Article:
        """The earliest article (its date names exported files)."""
        return self.article(self._facts()["first"])

    def published_line(self) -> str:
        lo, hi = self._facts()["span"]
        if lo is None or pd.isna(lo):
            return "No articles yet"
        zone = zone_for(self.zone)
        first, last = (pd.Timestamp(t).tz_convert(zone) for t in (lo, hi))
        if first.normalize() == last.normalize():
            return f"Published {day_text(first)}"
        return f"Published from {day_text(first)} to {day_text(last)}"

    def publishers(self) -> str:
        sources = self._facts()["sources"]
        shown = ", ".join(sources[:_PUBLISHERS])
        more = len(sources) - _PUBLISHERS
        return f"{shown} and {more:,} more" if more > 0 else shown

    def credit(self) -> str:
        return source_line(self.publishers(), self.first.published)

    def choices(self) -> dict[str, list[Any]]:
        choices: dict[str, list[Any]] = self._facts()["choices"]
        return choices

    # --- the view ----------------------------------------------------------------------------

    def _extent(self, state: State) -> tuple[int, pd.Timestamp | None, pd.Timestamp | None]:
        """The view's count, first start and last end: asked by the count, the summary, the
        chart and the table of every view, so asked of the archive once per view."""
        key = json.dumps(["extent", self.fingerprint, sorted(clean(state).items())])
        found: tuple[int, pd.Timestamp | None, pd.Timestamp | None]
        found = self._answers.get(
            key,
            lambda: (
                self.archive.extent_of(self._moments(state))
                if _searched(state)
                else self.archive.extent(state)
            ),
        )
        return found

    def _moments(self, state: State) -> Moments:
        """A searched view's events' times and kinds: its search text is read once, for
        its count, span and strips by kind (it was read for each)."""
        found: Moments = self._searches.get(
            self._key("moments", state), lambda: self.archive.moments(state)
        )
        return found

    def total(self) -> int:
        return self._extent({})[0]

    def count(self, state: State) -> int:
        return self._extent(state)[0]

    def summary(self, state: State, zone: str) -> str:
        """As ``chart_summary`` words a frame, for a view small enough to fetch; a larger
        one by its count and span alone."""
        count, lo, hi = self._extent(state)
        if count <= AGGREGATE_THRESHOLD:
            return chart_summary(self._small(state), zone)
        if lo is None or hi is None:
            return NO_EVENTS
        tz = zone_for(zone)
        first, last = lo.tz_convert(tz), hi.tz_convert(tz) - pd.Timedelta("1us")
        return f"{overview(count, first, last)}. {IN_TABLE}"

    def strips(self, state: State, lane: str, zone: str, window: Window | None) -> Strips | None:
        """Bins of the view in ``window`` when it holds more than the chart draws mark by mark."""
        count, lo, hi = self._extent(state)
        if count <= AGGREGATE_THRESHOLD or lo is None or hi is None:
            return None
        if window is not None and self._window(state, window, zone).total <= AGGREGATE_THRESHOLD:
            return None
        key = self._key("strips", state, lane, zone, window)
        density = self._answers.get(key, lambda: self._density(state, lane, zone, window, (lo, hi)))
        return Strips(density, (lo, hi))

    def _density(
        self, state: State, lane: str, zone: str, window: Window | None, span: Window
    ) -> Density:
        """A searched view's whole strips by kind from its moments, any other in SQL."""
        found = None
        if window is None and _searched(state):
            found = moments_density(self._moments(state), lane, zone)  # type: ignore[arg-type]
        if found is None:
            found = archive_density(self.archive, lane, state, window, zone=zone, span=span)  # type: ignore[arg-type]
        return found

    def events(self, state: State, window: Window | None, zone: str) -> pd.DataFrame:
        """The whole view when it is small (drawn exactly as a frame's), else the events in
        ``window`` (``strips`` has said they are few enough)."""
        if window is None or self.count(state) <= AGGREGATE_THRESHOLD:
            return self._small(state)
        return self._window(state, window, zone).frame

    def _small(self, state: State) -> pd.DataFrame:
        """A view few enough to fetch whole (the chart, its summary and the table all ask
        for it), of the columns they read (``SHOWN``)."""
        key = json.dumps(["view", self.fingerprint, sorted(clean(state).items())])
        frame: pd.DataFrame = self._views.get(
            key, lambda: self.archive.frame(state, limit=AGGREGATE_THRESHOLD + 1, columns=SHOWN)
        )
        return frame

    def _window(self, state: State, window: Window, zone: str) -> Page:
        """How many of the view's events a zoom shows, and those events when few enough to
        draw one by one: the chart asks twice per zoom (strips or marks, then the marks)."""

        def ask() -> Page:
            lo, hi = _instants(window, zone)
            counted = self.archive.window(lo, hi, state, limit=0)
            if counted.total > AGGREGATE_THRESHOLD:
                return counted
            return self.archive.window(
                lo, hi, state, AGGREGATE_THRESHOLD + 1, counted.total, columns=SHOWN
            )

        page: Page = self._views.get(self._key("window", state, zone, window), ask)
        return page

    def _key(self, name: str, state: State, *more: object) -> str:
        """A question's key: its name, the archive's state, the view and ``more``."""
        return json.dumps([name, self.fingerprint, sorted(clean(state).items()), *map(str, more)])

    # --- one event, one page of rows, one article -------------------------------------------

    def event_rows(self, event_id: str | None) -> pd.DataFrame:
        """Asked by the details, the article pane and the chart of one selection at once."""
        key = json.dumps(["event", self.fingerprint, event_id or ""])
        rows: pd.DataFrame = self._answers.get(key, lambda: self.archive.event(event_id or ""))
        return rows

    def event(self, event_id: str | None) -> pd.Series | None:
        rows = self.event_rows(event_id) if event_id else None
        return None if rows is None or rows.empty else rows.iloc[0]

    def rows(
        self, state: State, request: Mapping[str, Any] | None, zone: str | None
    ) -> dict[str, Any]:
        """The slice of rows the grid asked for (its sort and column filters in SQL, or in
        memory for a small view)."""
        table = self._table(state, request, zone)
        if table is not None:
            return rows_page(table, dict(request or {}), zone)
        request = request or {}
        start = max(0, int(request.get("startRow") or 0))
        end = max(start, int(request.get("endRow") or start + 100))
        page = self.archive.page(
            state,
            request.get("sortModel") or [],
            request.get("filterModel") or {},
            offset=start,
            limit=end - start,
            zone=zone,
            total=None if request.get("filterModel") else self.count(state),
            columns=GRID_COLUMNS,
            starts=self._starts(state, request, end),
        )
        return {"rowData": grid_rows(page.frame, zone), "rowCount": page.total}

    def _starts(self, state: State, request: Mapping[str, Any], end: int) -> tuple[int, int] | None:
        """For a searched view's rows sorted by time, the starts its first ``end`` rows lie
        within (its moments hold every start): rows outside are never on the page, so
        the page's scan reads only the row groups of those times."""
        sort = request.get("sortModel") or [{"colId": "when", "sort": "asc"}]
        if (
            not _searched(state)
            or request.get("filterModel")
            or sort[0].get("colId") not in TIME_ORDER
        ):
            return None
        moments = self._moments(state).start
        if end >= len(moments):
            return None
        if sort[0].get("sort") == "desc":
            return int(np.partition(moments, len(moments) - end)[len(moments) - end]), _LAST
        return _FIRST, int(np.partition(moments, end - 1)[end - 1])

    def locate(
        self, state: State, request: Mapping[str, Any] | None, zone: str | None, event_id: str
    ) -> int | None:
        table = self._table(state, request, zone)
        if table is not None:
            order = table["event_id"].tolist()
            return order.index(event_id) if event_id in order else None
        request = request or {}
        grid = (request.get("sortModel") or [], request.get("filterModel") or {}, zone)
        return self.archive.position(event_id, state, *grid)

    def step(
        self,
        state: State,
        request: Mapping[str, Any] | None,
        zone: str | None,
        current: str | None,
        step: int,
    ) -> tuple[str, int] | None:
        """As ``data.neighbour`` steps through a list: the first or last row when
        ``current`` is not in the view, ``current`` itself at either end."""
        table = self._table(state, request, zone)
        if table is not None:
            order = table["event_id"].tolist()
            near = neighbour(order, current, step)
            return None if near is None else (near, order.index(near))
        request = request or {}
        sort, where = request.get("sortModel") or [], request.get("filterModel") or {}
        grid = (state, sort, where)
        at = self.archive.position(current, *grid, zone) if current else None
        if current is None or at is None:
            found = self.archive.next_to(None, step, *grid, zone)
            if found is None:
                return None
            last = self.archive.page(*grid, limit=0, zone=zone).total - 1
            return found, 0 if step > 0 else last
        found = self.archive.next_to(current, step, *grid, zone)
        return (current, at) if found is None else (found, at + step)

    def _table(
        self, state: State, request: Mapping[str, Any] | None, zone: str | None
    ) -> pd.DataFrame | None:
        """A small view as the grid shows it (``HELD``), sorted and filtered as a frame's
        table is (``Dataset.table``); None for a larger one."""
        if self.count(state) > HELD:
            return None
        request = request or {}
        sort, where = request.get("sortModel") or [], request.get("filterModel") or {}
        key = self._key("table", state, json.dumps([sort, where], sort_keys=True), zone)
        table: pd.DataFrame = self._views.get(
            key, lambda: table_view(self._small(state), partial(grid_text, zone=zone), sort, where)
        )
        return table

    def article(self, doc_id: str | None) -> Article:
        """The article, or the earliest one for no or an unknown id."""
        found = self.archive.article(doc_id) if doc_id else None
        if found is None:
            first = self._facts()["first"]
            found = self.archive.article(first) if first and first != doc_id else None
        if found is None:
            return Article("", pd.Timestamp("1970-01-01", tz="UTC"), "UTC", "", "", "")
        return _article(found)

    def lane_names(self, doc_ids: Sequence[str]) -> Mapping[str, str]:
        """The articles in view (an archive's are too many to name all at once)."""
        return article_lane_names(self.archive.titles(list(doc_ids)))

    def time_spans(self, doc_id: str) -> list[tuple[int, int]]:
        """Every time expression in an article: the tagger's, and those its events carry."""
        with self._lock:
            if doc_id in self._spans:
                self._spans.move_to_end(doc_id)
                return self._spans[doc_id]
        article = self.article(doc_id)
        carried = self.archive.sql(
            "SELECT char_start, char_end FROM events WHERE doc_id = ?", [doc_id]
        ).itertuples(index=False)
        found = {(t.start, t.end) for t in tag(article.text, article.published)}
        found |= {(a, b) for a, b in carried}
        spans = merged(sorted((int(a), int(b)) for a, b in found))
        with self._lock:
            self._spans[doc_id] = spans
            while len(self._spans) > _SPANS_KEPT:
                self._spans.popitem(last=False)
        return spans

    def export_frame(self, state: State) -> pd.DataFrame:
        count = self.archive.count(state)
        if count > EXPORT_LIMIT:
            raise TooLarge(
                f"The view holds {count:,} events, over {EXPORT_LIMIT:,}: narrow it with the "
                f"filters, or export it with python -m timeline events --dataset {self.root} --all"
            )
        return self.archive.frame(state)


class Answers:
    """Answers by question, the last ``size`` kept. The page's callbacks ask the same
    question at once (a new filter: the count, the chart and the table all need the view's
    count), so one thread asks the archive and the others wait for its answer."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[str, Any] = OrderedDict()
        self._asking: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, key: str, ask: Callable[[], Any]) -> Any:
        while True:
            with self._lock:
                if key in self._kept:
                    self._kept.move_to_end(key)
                    return self._kept[key]
                waiting = self._asking.get(key)
                if waiting is None:
                    self._asking[key] = threading.Event()
                    break
            waiting.wait()
        try:
            answer = ask()
            with self._lock:
                self._kept[key] = answer
                while len(self._kept) > self.size:
                    self._kept.popitem(last=False)
        finally:
            with self._lock:
                self._asking.pop(key).set()
        return answer


def _article(row: Mapping[str, Any]) -> Article:
    """An article as ``Archive.article`` gives it."""
    return Article(
        str(row["text"]),
        row["published"],
        str(row["timezone"]),
        str(row["doc_id"]),
        str(row["source"] or ""),
        str(row["title"] or ""),
    )


def _searched(state: State) -> bool:
    """Whether a view searches the events' text (a pass of its own over every event)."""
    return "q" in clean(state)


def _instants(window: Window, zone: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """A chart's window (wall-clock in ``zone``) as two instants."""
    tz = zone_for(zone)
    lo, hi = (
        pd.Timestamp(w).tz_localize(tz, ambiguous=True, nonexistent="shift_forward") for w in window
    )
    return lo, hi
