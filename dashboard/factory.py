"""The app factory: one article and its events frame, shown as a Dash app."""

from __future__ import annotations

from pathlib import Path

import dash
import pandas as pd

from dashboard.callbacks import register
from dashboard.data import grid_rows, load_events
from dashboard.layout import page
from timeline import schema
from timeline.figures import timeline_figure
from timeline.ingest import Article, load_default

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def create_app(frame: pd.DataFrame | None = None, article: Article | None = None) -> dash.Dash:
    """Build the app for ``article`` (default: the shipped article) and its events.

    Without a frame the article is run through the extraction pipeline; passing one lets
    tests and callers show precomputed events.
    """
    article = article or load_default()
    notice = None
    if frame is None:
        frame, notice = load_events(article)
    frame = schema.validate(frame)
    title = article.title or article.source
    app = dash.Dash(
        __name__,
        assets_folder=str(ASSETS),
        title=f"Timeline · {title}" if title else "Timeline",
        serve_locally=True,
    )
    figure = timeline_figure(frame)  # the header names the article; exports add the title
    app.layout = page(article, figure, grid_rows(frame), notice)
    register(app, frame, article)
    return app
