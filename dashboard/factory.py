"""The app factory: an article (or the shipped one) and its events frame, shown as a Dash app."""

from __future__ import annotations

import tempfile
from pathlib import Path

import dash
import diskcache
import pandas as pd
from dash import DiskcacheManager

from dashboard.callbacks import register
from dashboard.data import load_events
from dashboard.datasets import Dataset, Registry
from dashboard.layout import page
from timeline import filters, schema
from timeline.figures import timeline_figure
from timeline.ingest import Article, load_default

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def create_app(
    frame: pd.DataFrame | None = None,
    article: Article | None = None,
    cache_dir: str | Path | None = None,
) -> dash.Dash:
    """Build the app for ``article`` (default: the shipped article) and its events.

    Without a frame the article is run through the extraction pipeline; passing one lets
    tests and callers show precomputed events. Articles added in the page are built by a
    background worker that hands results back through ``cache_dir`` (default: a new
    temporary directory).
    """
    article = article or load_default()
    notice = None
    if frame is None:
        frame, notice = load_events(article)
    frame = schema.validate(frame)
    dataset = Dataset(frame, {article.doc_id: article}, notice)
    cache = diskcache.Cache(str(cache_dir or tempfile.mkdtemp(prefix="timeline-cache-")))
    title = article.title or article.source
    app = dash.Dash(
        __name__,
        assets_folder=str(ASSETS),
        title=f"Timeline · {title}" if title else "Timeline",
        serve_locally=True,
        background_callback_manager=DiskcacheManager(cache),
    )
    figure = timeline_figure(frame)  # the header names the article; exports add the title
    app.layout = page(dataset, figure, filters.options(frame))
    register(app, Registry(dataset, cache))
    return app
