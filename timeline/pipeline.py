"""The whole extraction: article -> time expressions -> events -> frame."""

from __future__ import annotations

import pandas as pd

from timeline import schema
from timeline.events import extract_events
from timeline.frame import to_frame
from timeline.ingest import Article
from timeline.temporal import tag


def extract(article: Article) -> pd.DataFrame:
    """The events frame of one article (see schema.py for its columns)."""
    timexes = tag(article.text, article.published)
    return to_frame(extract_events(article, timexes), article)


def extract_many(articles: list[Article]) -> pd.DataFrame:
    """One frame for several articles; times go to UTC when their zones differ."""
    frames = [extract(a) for a in articles]
    if len(frames) == 1:
        return frames[0]
    zones = {str(f["start"].dt.tz) for f in frames if len(f)}
    if len(zones) > 1:
        frames = [
            f.assign(start=f["start"].dt.tz_convert("UTC"), end=f["end"].dt.tz_convert("UTC"))
            for f in frames
        ]
    non_empty = [f for f in frames if len(f)] or [schema.empty()]
    return schema.validate(pd.concat(non_empty, ignore_index=True))
