"""The whole extraction: article -> time expressions -> events -> frame.

``extract`` gives the events the text dates itself (one per time expression that names a
stretch of time); ``extract_inferred`` gives the rest: sentences that report something
without a time of their own, carrying the time they inherit (anchor "inferred", lower
confidence), and vague durations counted from publication. Both frames honour schema.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from timeline import schema
from timeline.events import Document, Event, enrich, extract_events, inferred_events
from timeline.frame import to_frame
from timeline.ingest import Article, InputError
from timeline.merge import join_reports
from timeline.temporal import tag


def analyse(article: Article) -> tuple[Document, list[Event]]:
    """The article tagged and analysed once, with the events it dates itself: both frames
    are built from this, so an article is never tagged or split twice."""
    timexes = tag(article.text, article.published, date_only=article.date_only)
    doc = Document(article, timexes)
    return doc, extract_events(doc)


def extract(article: Article) -> pd.DataFrame:
    """The events frame of one article (see schema.py for its columns)."""
    doc, dated = analyse(article)
    return to_frame(enrich(doc, dated), article)


def extract_inferred(article: Article) -> pd.DataFrame:
    """Events without a dated time expression of their own (anchor 'inferred').

    Their ``time_text``/``char_start``/``char_end`` point at the expression whose time
    they inherit, which may stand in an earlier sentence; a statement in the present
    tense, or one before any time in the story, gets the publication day with an empty
    ``time_text`` and the sentence's offsets.
    """
    doc, dated = analyse(article)
    return to_frame(inferred_events(doc, dated), article)


extract_undated = extract_inferred


def extract_many(
    articles: list[Article],
    inferred: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """One frame for several articles; times go to UTC when their zones differ, and the
    same event reported by two articles becomes one row listing both (merge.py).

    ``on_progress(done, total)`` is called after each article, for progress bars.
    """
    frames = []
    for done, article in enumerate(articles, 1):
        doc, dated = analyse(article)
        frame = to_frame(enrich(doc, dated), article)
        if inferred:
            frame = _with_inferred(frame, to_frame(inferred_events(doc, dated), article))
        frames.append(frame)
        if on_progress:
            on_progress(done, len(articles))
    if len(frames) == 1:
        return frames[0]
    zones = {str(f["start"].dt.tz) for f in frames if len(f)}
    if len(zones) > 1:
        frames = [
            f.assign(start=f["start"].dt.tz_convert("UTC"), end=f["end"].dt.tz_convert("UTC"))
            for f in frames
        ]
    non_empty = [f for f in frames if len(f)] or [schema.empty()]
    combined = pd.concat(non_empty, ignore_index=True)
    return schema.validate(join_reports(combined))


def _with_inferred(frame: pd.DataFrame, extra: pd.DataFrame) -> pd.DataFrame:
    if extra.empty:
        return frame
    if frame.empty:
        return extra
    both = pd.concat([frame, extra], ignore_index=True)
    both = both.sort_values(["start", "sentence_start", "char_start"], kind="stable")
    return schema.validate(both.reset_index(drop=True))


def article_files(paths: list[Path]) -> list[Path]:
    """Files to read: each file as given, and for a folder every article.txt under it (or
    its .txt files when there is none), in name order."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        inside = sorted(path.rglob("article.txt")) or sorted(path.glob("*.txt"))
        if not inside:
            raise InputError(f"{path} is a folder with no .txt articles in it")
        found.extend(inside)
    return found
