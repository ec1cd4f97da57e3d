"""What a worker does with a chunk of items: extract each article, and catch its failure.

Runs in a Dask worker process, so it takes and returns only plain data: an item in, an
``Done`` (the article's events as Arrow rows and its row for the articles table) or a ``Failure``
out. An article that fails is recorded with its error, and the chunk goes on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import pyarrow as pa

from timeline.archive.layout import ArticleRow, events_table
from timeline.archive.sources import Failure, Item
from timeline.ingest import (
    Article,
    InputError,
    article_from_file,
    article_from_text,
    make_doc_id,
)
from timeline.pipeline import extract


@dataclass(frozen=True)
class Done:
    key: str
    events: pa.Table | None  # None when sent back in its chunk's one table (run_chunk)
    article: ArticleRow


def article_of(item: Item) -> Article:
    """The article an item holds, read as ``extract`` reads a file or a pasted text."""
    if item.record is None:
        return article_from_file(item.data, Path(item.name), item.meta)
    record = item.record
    if not record.get("published"):
        raise InputError(f"{item.name}: no publication time ('published')")
    return article_from_text(
        record["text"],
        record["published"],
        record.get("tz") or None,
        doc_id=_doc_id(record),
        source=record.get("source", ""),
        title=record.get("title", ""),
    )


def _doc_id(record: dict[str, str]) -> str:
    return make_doc_id(record["text"], record.get("id", ""))


def run_one(item: Item) -> Done | Failure:
    began = time.perf_counter()
    try:
        article = article_of(item)
        events = extract(article)
    except InputError as err:
        return Failure(item.key, item.name, str(err), "input")
    except Exception as err:  # one article's failure must not stop the run
        return Failure(item.key, item.name, f"{type(err).__name__}: {err}", "internal")
    row: ArticleRow = {
        "article_key": item.key,
        "doc_id": article.doc_id,
        "name": item.name,
        "title": article.headline,
        "source": article.source,
        "published": pd.Timestamp(article.published).tz_convert("UTC").to_pydatetime(),
        "timezone": article.timezone,
        "events": len(events),
        "words": len(article.text.split()),
        "seconds": time.perf_counter() - began,
        "text": article.text,
    }
    return Done(item.key, events_table(events), row)


def run_chunk(chunk: list[Item]) -> tuple[list[Done | Failure], pa.Table | None]:
    """A worker's task: several articles, so scheduling costs little per article. Their
    events come back as one table: one to send and unpickle per task instead of one per
    article (this was a third of the client's CPU, which shares the cores with workers)."""
    results = [run_one(item) for item in chunk]
    tables = [r.events for r in results if isinstance(r, Done) and r.events is not None]
    events = pa.concat_tables(tables).combine_chunks() if tables else None
    return [replace(r, events=None) if isinstance(r, Done) else r for r in results], events
