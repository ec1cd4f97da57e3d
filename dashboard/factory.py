"""The app factory: an article (or the shipped one) and its events frame, shown as a Dash app."""

from __future__ import annotations

from pathlib import Path

import dash
import pandas as pd

from dashboard import access, security, sessions, statedir
from dashboard.callbacks import OPENING_WIDTH, chart_figure, register
from dashboard.data import load_events
from dashboard.datasets import Dataset, Registry
from dashboard.layout import page
from timeline import schema
from timeline.ingest import Article, load_default
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
) -> dash.Dash:
    """Build the app for ``article`` (default: the shipped article) and its events.

    Without a frame the article is run through the extraction pipeline; passing one lets
    tests and callers show precomputed events. Articles added in the page are built by job
    processes that file results in the shared cache of ``state_dir`` (default:
    ``statedir.default_folder()``), where every worker of the server finds them.
    ``users`` (name -> password, ``access.read_users``) makes every request sign in;
    ``secure_cookies`` is for a server behind HTTPS.
    """
    article = article or load_default()
    notice = None
    if frame is None:
        frame, notice = load_events(article)
    frame = schema.validate(frame)
    dataset = Dataset(frame, {article.doc_id: article}, notice)
    folder = Path(state_dir) if state_dir else statedir.default_folder()
    cache = statedir.open_cache(folder)
    app = dash.Dash(
        __name__,
        assets_folder=str(ASSETS),
        title=f"Timeline · {dataset.title}",
        index_string=INDEX,
        serve_locally=True,
    )
    figure = chart_figure(dataset, View(), None, None, width=OPENING_WIDTH, title=dataset.title)
    app.layout = page(dataset, figure)
    if users:
        access.require_login(app.server, users)
    sessions.install(app.server, statedir.secret_key(folder))
    register(app, Registry(dataset, cache))
    security.protect(app, secure_cookies)  # last: its policy hashes every inline script
    return app
