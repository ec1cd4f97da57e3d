"""The store's projects as the page's datasets: the curated timeline one browser sees.

A project's page key is ``project:NAME``; the default key shows the project ``default``
once it has articles (the shipped article until then). What a browser sees is the
project's extraction with every saved edit applied plus its own drafts: each browser has
a draft session per project (a random id filed in the state folder under the browser's
session), so one browser's unsaved edits never show in another's. Saving or discarding
ends the draft session; the next edit starts a new one.

Each curated dataset is kept in memory with the project's revision (one small read of the
store per request), so every worker process sees an edit at once, and a new revision is a
new ``Dataset`` object: the figure cache, which keys on the object, never serves a figure
of the timeline before the edit.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable

import diskcache

from dashboard import sessions
from dashboard.datasets import DEFAULT, LIFETIME, PROJECT_PREFIX, Dataset
from dashboard.jobs import Filed
from timeline.ingest import Article
from timeline.store import projects as store_projects
from timeline.store.database import Store, open_store
from timeline.store.edits import EditError
from timeline.store.projects import DEFAULT_PROJECT, Project

PREFIX = PROJECT_PREFIX
_KEPT = 32  # curated datasets kept in one process's memory (one per project and draft)


def project_key(name: str) -> str:
    """The page's dataset key for a project."""
    return PREFIX + name


def project_of(key: str | None) -> str | None:
    """The project a dataset key names, or None for the default and built datasets."""
    return key[len(PREFIX) :] if key and key.startswith(PREFIX) else None


def check_name(name: str | None) -> str:
    """A project name as typed, tidied; EditError for a blank or overlong one."""
    text = " ".join((name or "").split())
    if not text:
        raise EditError("Give the new project a name")
    if len(text) > 200:
        raise EditError("A project name has at most 200 characters")
    return text


class Projects:
    """The projects of one store, as datasets per browser session.

    ``location`` is the path or URL the store was opened from (job processes open it
    again); ``fallback`` is what an empty project shows.
    """

    def __init__(
        self, store: Store, location: str, cache: diskcache.Cache, fallback: Dataset
    ) -> None:
        self.store = store
        self.location = location
        self.cache = cache
        self.fallback = fallback
        self._projects: dict[str, Project] = {}
        self._kept: OrderedDict[tuple[str, str], tuple[tuple[object, ...], Dataset]] = OrderedDict()
        self._lock = threading.Lock()

    def names(self) -> list[str]:
        """Every project in the store, the default first."""
        names = store_projects.project_names(self.store)
        return [DEFAULT_PROJECT, *(n for n in names if n != DEFAULT_PROJECT)]

    def project(self, name: str, create: bool = False) -> Project:
        """An open project (EditError when there is none of that name, unless ``create``)."""
        with self._lock:
            found = self._projects.get(name)
        if found is None:
            found = store_projects.open_project(
                self.store, name, create=create or name == DEFAULT_PROJECT
            )
            with self._lock:
                self._projects[name] = found
        return found

    def name_for(self, key: str | None) -> str:
        """The project a page key stands for: its own, or the default."""
        return project_of(key) or DEFAULT_PROJECT

    def draft(self, name: str, start: bool = False) -> str:
        """This browser's draft session on a project ('' when it has none and ``start``
        is False, or outside a request: then edits are saved at once)."""
        owner = sessions.current()
        if not owner:
            return ""
        slot = f"draft:{owner}:{name}"
        found = self.cache.get(slot)
        if isinstance(found, str):
            return found
        if not start:
            return ""
        made = "draft-" + secrets.token_urlsafe(12)
        self.cache.set(slot, made, expire=LIFETIME.total_seconds())
        return made

    def end_draft(self, name: str) -> None:
        """Forget this browser's draft session on a project (saved or discarded)."""
        self.cache.delete(f"draft:{sessions.current()}:{name}")

    def dataset(self, key: str | None) -> Dataset:
        """What a page key shows this browser: the project's curated timeline with its own
        drafts; the fallback for the default project before it has articles."""
        name = self.name_for(key)
        try:
            project = self.project(name)
        except EditError as err:
            return self._shell(str(err), None)
        draft = self.draft(name)
        revision = store_projects.revision(project)
        with self._lock:
            kept = self._kept.get((name, draft))
            if kept is not None and kept[0] == revision:
                self._kept.move_to_end((name, draft))
                return kept[1]
        made = self._build(project, draft, key)
        with self._lock:
            self._kept[(name, draft)] = (revision, made)
            while len(self._kept) > _KEPT:
                self._kept.popitem(last=False)
        return made

    def _build(self, project: Project, draft: str, key: str | None) -> Dataset:
        stored = [s.article for s in store_projects.articles(project)]
        if not stored:
            if key in (None, DEFAULT):
                return self.fallback
            return self._shell(
                f"Project {project.name!r} has no articles yet: add one under 'Add articles' "
                "(the default article is shown meanwhile).",
                project.name,
            )
        curated = store_projects.curate(project, draft)
        notes = []
        if curated.frame.empty:
            notes.append("No dated events were found in these articles.")
        if len(curated.stale):
            notes.append(
                f"{len(curated.stale)} edit(s) no longer apply: their events are gone from the "
                "extraction (kept in the log; they apply again if the events come back)."
            )
        return Dataset(
            curated.frame,
            {a.doc_id: a for a in stored},
            " ".join(notes) or None,
            project=project.name,
            editable=True,
        )

    def _shell(self, notice: str, name: str | None) -> Dataset:
        """The fallback's article under a notice, for a project with nothing to show."""
        fallback = self.fallback
        return Dataset(fallback.frame, fallback.articles, notice, project=name)


def file_articles(
    location: str,
    name: str,
    articles: list[Article],
    on_progress: Callable[[int, int], None] | None = None,
) -> Filed:
    """A build job's work with a store: add each article to the project, one transaction
    each (an article already there is left as it was), and point the page at it."""
    store = open_store(location)
    try:
        project = store_projects.open_project(store, name)
        for done, article in enumerate(articles, start=1):
            store_projects.add_article(project, article)
            if on_progress is not None:
                on_progress(done, len(articles))
        events = len(store_projects.curated(project))
    finally:
        store.engine.dispose()
    return Filed(project_key(name), events)
