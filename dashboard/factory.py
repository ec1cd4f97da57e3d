"""The app factory: an article (or the shipped one) and its events frame, shown as a Dash app."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import dash
import pandas as pd
from dash import html

from dashboard import access, security, sessions, statedir
from dashboard.archiveset import ArchiveSet
from dashboard.callbacks import OPENING_WIDTH, chart_figure, register, view_figure
from dashboard.data import load_events
from dashboard.datasets import DEFAULT, Dataset, Registry
from dashboard.layout import page
from dashboard.projectsets import Projects
from dashboard.source import Source
from timeline import schema
from timeline.ingest import Article, load_default
from timeline.store.database import open_store
from timeline.viewstate import View

ASSETS = Path(__file__).resolve().parent.parent / "assets"
#: Dash's page, in English: screen readers pick their voice and hyphenation from ``lang``.
INDEX = """<!DOCTYPE html>
<html lang="en">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        {%app_entry%}
        <footer>
            {%config%}
            {%scripts%}
            {%renderer%}
        </footer>
    </body>
</html>"""


def create_app(
    frame: pd.DataFrame | None = None,
    article: Article | None = None,
    state_dir: str | Path | None = None,
    users: dict[str, str] | None = None,
    secure_cookies: bool = False,
    store: str | Path | None = None,
    archive: str | Path | None = None,
) -> dash.Dash:
    """Build the app for ``article`` (default: the shipped article) and its events.

    Without a frame the article is run through the extraction pipeline; passing one lets
    tests and callers show precomputed events. Articles added in the page are built by job
    processes that file results in the shared cache of ``state_dir`` (default:
    ``statedir.default_folder()``), where every worker of the server finds them.
    ``users`` (name -> password, ``access.read_users``) makes every request sign in;
    ``secure_cookies`` is for a server behind HTTPS. ``store`` (a path or database URL,
    ``timeline.store``) makes the page show and curate that store's projects: the default
    project on opening (the article until it has articles of its own), any other by
    ``?project=NAME``. ``archive`` (a dataset folder made by ``python -m timeline
    corpus``; ``timeline.ingest.InputError`` if it is none) shows that news archive
    instead, read-only and queried in place (``dashboard.archiveset``).
    """
    dataset: Source
    if archive is not None:
        dataset = ArchiveSet(archive)
    else:
        article = article or load_default()
        notice = None
        if frame is None:
            frame, notice = load_events(article)
        dataset = Dataset(schema.validate(frame), {article.doc_id: article}, notice)
    folder = Path(state_dir) if state_dir else statedir.default_folder()
    cache = statedir.open_cache(folder)
    app = dash.Dash(
        __name__,
        assets_folder=str(ASSETS),
        title=f"Timeline · {dataset.title}",
        index_string=INDEX,
        serve_locally=True,
    )
    projects = None
    if store is not None and isinstance(dataset, Dataset):
        projects = Projects(open_store(store), str(store), cache, dataset)
    registry = Registry(dataset, cache, projects)
    if projects is not None:
        app.layout = partial(_opening, registry, bool(users))
    elif not dataset.writable:  # an archive grows between page loads: each load shows it now
        app.layout = partial(_opening, registry, bool(users), False)
    else:
        figure = chart_figure(dataset, View(), None, None, width=OPENING_WIDTH, title=dataset.title)
        app.layout = page(dataset, figure)
    if users:
        access.require_login(app.server, users)
    sessions.install(app.server, statedir.secret_key(folder))
    register(app, registry)
    security.protect(app, secure_cookies)  # last: its policy hashes every inline script
    return app


def _opening(registry: Registry, signed_in: bool, curating: bool = True) -> html.Div:
    """The page as it opens on a store or an archive: its default data as it is now (its
    figure kept per revision, so a page load costs a lookup)."""
    data = registry.get(DEFAULT)
    figure = view_figure(data, View(), None, None, OPENING_WIDTH, None)
    return page(data, figure, curating=curating, signed_in=signed_in)
