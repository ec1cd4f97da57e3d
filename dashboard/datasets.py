"""What the page shows: one or more articles and their merged events frame.

A dataset has a key. The shipped article (or the one the app was created with) is kept in
memory and shown to everyone; datasets built from pasted or uploaded articles are built in a
job process and filed in the shared cache under a random key and their session's id, so every
server process finds them and only that session sees them.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

import diskcache
import pandas as pd

from dashboard import sessions
from dashboard.data import find_event, grid_text, neighbour, published_text, rows_page
from dashboard.source import Source, Strips
from timeline import filters, schema
from timeline.export import source_line
from timeline.figures import Window
from timeline.ingest import Article
from timeline.marks import DRAWN_COLUMNS, article_lane_names, frame_zone
from timeline.pipeline import extract_many
from timeline.summary import chart_summary
from timeline.temporal import tag

if TYPE_CHECKING:
    from dashboard.projectsets import Projects

DEFAULT = "default"
PROJECT_PREFIX = "project:"  # dashboard.projectsets: a store project's key
_VIEWS_KEPT = 16  # filtered and sorted views remembered per dataset (one per recent request)
_DATASETS_KEPT = 32  # built datasets kept in one process's memory
#: how long a built timeline is kept without use.
LIFETIME = sessions.LIFETIME


@dataclass
class Dataset:
    """Articles by doc_id, and the events of all of them in one frame: the page's data
    source (``dashboard.source.Source``) for everything it builds or is sent."""

    frame: pd.DataFrame
    articles: dict[str, Article]
    notice: str | None = None
    #: the store project it shows (None: not from a store), and whether its events can be
    #: edited there (a project with no articles shows the default article, read-only).
    project: str | None = None
    editable: bool = False
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    _texts: dict[str, pd.Series] = field(default_factory=dict, repr=False)
    _views: OrderedDict[str, pd.DataFrame] = field(default_factory=OrderedDict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @cached_property
    def first(self) -> Article:
        return next(iter(self.articles.values()))

    @property
    def title(self) -> str:
        """The headline (never an internal id), or how many articles were merged."""
        names = [a.headline for a in self.articles.values()]
        return names[0] if len(names) == 1 else f"Timeline of {len(names)} articles"

    @cached_property
    def fingerprint(self) -> str:
        """What the chart draws of this dataset, as a hash: the same in every worker process
        (a figure built by one serves all) and new after any edit of a drawn field."""
        drawn = self.frame[[c for c in DRAWN_COLUMNS if c in self.frame.columns]].copy()
        for column in drawn.columns:
            if drawn[column].dtype == object:
                drawn[column] = drawn[column].map(repr)
        rows = pd.util.hash_pandas_object(drawn, index=False).to_numpy().tobytes()
        return hashlib.sha1(rows + self.title.encode("utf-8", "replace")).hexdigest()

    @cached_property
    def zone(self) -> str:
        """The zone the events are in: the article's, or UTC for articles of several zones."""
        return frame_zone(self.frame)

    def article_names(self) -> list[dict[str, str]]:
        """The article filter's choices: each article's headline, standing for its id."""
        return [
            {"label": self.article(d).headline, "value": d}
            for d in filters.options(self.frame)["doc"]
        ]

    def publishers(self) -> str:
        """Who published the articles ('The Herald, RNZ'), or '' when no article says."""
        return ", ".join(dict.fromkeys(a.source for a in self.articles.values() if a.source))

    def credit(self) -> str:
        """The source line for exported images."""
        return source_line(self.publishers(), self.first.published)

    def article(self, doc_id: str | None) -> Article:
        return self.articles.get(doc_id or "", self.first)

    @cached_property
    def _lane_names(self) -> dict[str, str]:
        return article_lane_names((d, a.headline) for d, a in self.articles.items())

    def lane_names(self, doc_ids: Sequence[str]) -> Mapping[str, str]:
        """Every article's, numbered over all of them: a name never moves between two
        articles as filters change."""
        return self._lane_names

    # --- the data source's answers (dashboard.source.Source) ------------------------------

    #: articles can be added and built in the page.
    writable = True

    def published_line(self) -> str:
        return f"Published {published_text(self.first)}"

    def total(self) -> int:
        return len(self.frame)

    def count(self, state: Mapping[str, Sequence[str]]) -> int:
        return len(self.view(state))

    def choices(self) -> dict[str, list[Any]]:
        return filters.options(self.frame) | {"doc": self.article_names()}

    def summary(self, state: Mapping[str, Sequence[str]], zone: str) -> str:
        return chart_summary(self.view(state), zone)

    def strips(
        self, state: Mapping[str, Sequence[str]], lane: str, zone: str, window: Window | None
    ) -> Strips | None:
        """Never: ``timeline_figure`` bins a frame's events itself when they are too many."""
        return None

    def events(
        self, state: Mapping[str, Sequence[str]], window: Window | None, zone: str
    ) -> pd.DataFrame:
        """The whole view: ``timeline_figure`` cuts the window out of it."""
        return self.view(state)

    def event_rows(self, event_id: str | None) -> pd.DataFrame:
        return self.frame[self.frame["event_id"] == event_id] if event_id else self.frame.iloc[:0]

    def event(self, event_id: str | None) -> pd.Series | None:
        return find_event(self.frame, event_id)

    def rows(
        self,
        state: Mapping[str, Sequence[str]],
        request: Mapping[str, Any] | None,
        zone: str | None,
    ) -> dict[str, Any]:
        return rows_page(self.table(state, request, zone), dict(request or {}), zone)

    def locate(
        self,
        state: Mapping[str, Sequence[str]],
        request: Mapping[str, Any] | None,
        zone: str | None,
        event_id: str,
    ) -> int | None:
        order = self.table(state, request, zone)["event_id"].tolist()
        return order.index(event_id) if event_id in order else None

    def step(
        self,
        state: Mapping[str, Sequence[str]],
        request: Mapping[str, Any] | None,
        zone: str | None,
        current: str | None,
        step: int,
    ) -> tuple[str, int] | None:
        order = self.table(state, request, zone)["event_id"].tolist()
        found = neighbour(order, current, step)
        return None if found is None else (found, order.index(found))

    def export_frame(self, state: Mapping[str, Sequence[str]]) -> pd.DataFrame:
        return self.view(state)

    def view(self, state: Mapping[str, Sequence[str]]) -> pd.DataFrame:
        """The events the page's filters keep; remembered, because the chart, the count and
        every slice the table asks for need the same view."""
        return self._remember(("view", state), lambda: filters.apply(self.frame, state))

    def table(
        self,
        state: Mapping[str, Sequence[str]],
        request: Mapping[str, Any] | None,
        zone: str | None = None,
    ) -> pd.DataFrame:
        """The view as the table shows it (times in ``zone``): its column filters and sort
        applied, on the server, so the browser only ever gets the rows on screen."""
        request = request or {}
        sort, where = request.get("sortModel") or [], request.get("filterModel") or {}
        return self._remember(
            ("table", state, sort, where, zone),
            lambda: filters.table_view(
                self.view(state), partial(self.text, zone=zone), sort, where
            ),
        )

    def text(self, df: pd.DataFrame, column: str, zone: str | None = None) -> pd.Series:
        """A table column's text for ``df`` (rows of this frame), formatted once per zone."""
        key = f"{column}@{zone}"
        if key not in self._texts:
            self._texts[key] = grid_text(self.frame, column, zone)
        return self._texts[key].loc[df.index]

    def _remember(self, key: object, make: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        """A view made once and kept while it is among the last few asked for (threads share it)."""
        name = json.dumps(key, sort_keys=True, default=str)
        with self._lock:
            if name in self._views:
                self._views.move_to_end(name)
                return self._views[name]
        made = make()
        with self._lock:
            self._views[name] = made
            while len(self._views) > _VIEWS_KEPT:
                self._views.popitem(last=False)
        return made

    def time_spans(self, doc_id: str) -> list[tuple[int, int]]:
        """Every time expression in an article (the tagger's, and those events carry)."""
        if doc_id not in self._spans:
            article = self.article(doc_id)
            events = self.frame[self.frame["doc_id"] == doc_id]
            found = tag(article.text, article.published, date_only=article.date_only)
            spans = {(t.start, t.end) for t in found}
            spans |= set(zip(events["char_start"], events["char_end"], strict=True))
            self._spans[doc_id] = merged(sorted((int(a), int(b)) for a, b in spans))
        return self._spans[doc_id]


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps joined ('on Monday night' and 'Monday night' are one)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def build(
    articles: list[Article], on_progress: Callable[[int, int], None] | None = None
) -> Dataset:
    """Run the pipeline on the articles and merge their events into one frame."""
    frame = schema.validate(extract_many(articles, on_progress=on_progress))
    notice = "No dated events were found in these articles." if frame.empty else None
    return Dataset(frame, {a.doc_id: a for a in articles}, notice)


def new_key() -> str:
    """A dataset key nobody can guess or recompute from the text (128 random bits)."""
    return "set-" + secrets.token_urlsafe(16)


def save(cache: diskcache.Cache, key: str, owner: str, dataset: Dataset) -> None:
    """File a dataset under ``key`` for ``owner``'s session (also from a job process)."""
    record = (owner, dataset.frame, dataset.articles, dataset.notice)
    cache.set(f"dataset:{key}", record, expire=LIFETIME.total_seconds())


class Registry:
    """Datasets by key, each visible only to the session that built it.

    The default dataset is everyone's. Built ones live in the shared cache (any worker,
    any restart finds them) and the last few used stay in this process's memory. With a
    store (``projects``, a ``dashboard.projectsets.Projects``), project keys and the
    default key show its projects' curated timelines.
    """

    def __init__(
        self, default: Source, cache: diskcache.Cache, projects: Projects | None = None
    ) -> None:
        self.cache = cache
        self.default = default
        self.projects = projects
        self._memory: OrderedDict[str, tuple[str, Dataset]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, dataset: Dataset, owner: str) -> str:
        """Keep a dataset for ``owner``; its new key."""
        key = new_key()
        save(self.cache, key, owner, dataset)
        self._remember(key, owner, dataset)
        return key

    def known(self, key: str | None) -> bool:
        """Whether ``key`` is the default, a project, or a dataset this session may see."""
        if not key or key == DEFAULT or self._stored(key):
            return True
        return self._find(key) is not None

    def get(self, key: str | None) -> Source:
        """The dataset for a key; the default for no key, an expired one, or another's."""
        if self.projects is not None and (not key or key == DEFAULT or self._stored(key)):
            return self.projects.dataset(key)
        if not key or key == DEFAULT:
            return self.default
        return self._find(key) or self.default

    def _stored(self, key: str) -> bool:
        return self.projects is not None and key.startswith(PROJECT_PREFIX)

    def _find(self, key: str) -> Dataset | None:
        owner = sessions.current()
        with self._lock:
            kept = self._memory.get(key)
            if kept is not None:
                self._memory.move_to_end(key)
        if kept is None:
            stored = self.cache.get(f"dataset:{key}")
            if not isinstance(stored, tuple) or len(stored) != 4:
                return None
            kept = (stored[0], Dataset(*stored[1:]))
            self._remember(key, *kept)
            self.cache.touch(f"dataset:{key}", expire=LIFETIME.total_seconds())
        stored_owner, dataset = kept
        return dataset if stored_owner and secrets.compare_digest(stored_owner, owner) else None

    def _remember(self, key: str, owner: str, dataset: Dataset) -> None:
        with self._lock:
            self._memory[key] = (owner, dataset)
            while len(self._memory) > _DATASETS_KEPT:
                self._memory.popitem(last=False)
