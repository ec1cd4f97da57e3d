"""The whole extraction: article -> time expressions -> events -> frame."""

from __future__ import annotations

import pandas as pd

from timeline.events import extract_events
from timeline.frame import to_frame
from timeline.ingest import Article
from timeline.temporal import tag


def extract(article: Article) -> pd.DataFrame:
    """The events frame of one article (see schema.py for its columns)."""
    timexes = tag(article.text, article.published)
    return to_frame(extract_events(article, timexes), article)
