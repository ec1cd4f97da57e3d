"""Where a dataset's files lie, their Arrow schemas, and writing a batch so a crash never
leaves half of one.

    DATASET/
      events/<batch>-0.parquet                       one row per event (start in UTC), by time
      articles/<batch>.parquet                       one row per article done, with its text
      errors/<batch>.parquet                         one row per article that failed
      joins.parquet                                  reports of one event joined (joins.py)
      compacted/<generation>.parquet                 every committed batch's events in one
                                                     file sorted by time (compact.py)

A batch's articles file is written last, by rename: it is the batch's commit. Event and
error files of a batch without one are what an interrupted run left, and are ignored by
readers and removed by the next run. Times are stored in UTC; each event's ``timezone``
says how to show it.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, TypedDict

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline import schema

EVENTS, ARTICLES, ERRORS, JOINS = "events", "articles", "errors", "joins.parquet"
COMPACTED = "compacted"
ROW_GROUP = 65_536  # rows per group: a week's window in a million events reads one or two
QUANTITY = pa.struct(
    [("text", pa.string()), ("low", pa.float64()), ("high", pa.float64()), ("unit", pa.string())]
)
UTC_TIME = pa.timestamp("us", tz="UTC")
_ARROW = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "datetime": UTC_TIME,
    "list": pa.list_(pa.string()),
}


def event_schema() -> pa.Schema:
    """The events frame's columns as Arrow types (every time in UTC)."""
    fields = [
        pa.field(c.name, pa.list_(QUANTITY) if c.name == "quantities" else _ARROW[c.dtype])
        for c in schema.COLUMNS
    ]
    return pa.schema(fields)


def compacted_schema() -> pa.Schema:
    """A compacted file's columns: each report's row with the joins applied (a joined row's
    merged lists), its own lists where a join changed them (``own_*``, to join again after
    the next run), whether it was joined into another row, and its searched text in lower
    case (where.py)."""
    own = [pa.field(f"own_{c}", pa.list_(pa.string())) for c in OWN_LISTS]
    extra = [pa.field("absorbed", pa.bool_()), pa.field("search", pa.string())]
    return pa.schema([*event_schema(), *own, *extra])


OWN_LISTS = ("doc_ids", "sources", "actors")
ARTICLE_SCHEMA = pa.schema(
    [
        ("article_key", pa.string()),
        ("doc_id", pa.string()),
        ("name", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("published", UTC_TIME),
        ("timezone", pa.string()),
        ("events", pa.int64()),
        ("words", pa.int64()),
        ("seconds", pa.float64()),
        ("text", pa.string()),
        ("batch", pa.string()),
    ]
)


class ArticleRow(TypedDict):
    """A row of the articles table as a worker makes it (``batch`` is added on writing)."""

    article_key: str
    doc_id: str
    name: str
    title: str
    source: str
    published: datetime
    timezone: str
    events: int
    words: int
    seconds: float
    text: str


ERROR_SCHEMA = pa.schema(
    [
        ("article_key", pa.string()),
        ("name", pa.string()),
        ("kind", pa.string()),
        ("error", pa.string()),
        ("batch", pa.string()),
    ]
)


def new_batch() -> str:
    """A batch name that sorts by time and never repeats across runs or machines."""
    return f"{time.time_ns():x}-{uuid.uuid4().hex[:8]}"


def events_table(frame: pd.DataFrame) -> pa.Table:
    """An events frame as Arrow rows in UTC (made by the worker, so the writer only writes)."""
    quantities = pd.Series(
        [[_quantity(q) for q in qs] for qs in frame["quantities"]], frame.index, dtype=object
    )
    utc = frame.assign(
        **{
            c.name: frame[c.name].dt.tz_convert("UTC")
            for c in schema.COLUMNS
            if c.dtype == "datetime" and c.name in frame
        },
        quantities=quantities,
    )
    return pa.Table.from_pandas(utc, schema=event_schema(), preserve_index=False)


def _sorted(table: pa.Table, batch: str) -> pa.Table:
    """Rows in time order with the batch that wrote them: until compaction a reader's
    time window skips row groups by their statistics."""
    stamped = table.append_column("batch", pa.array([batch] * len(table), pa.string()))
    return stamped.take(pc.sort_indices(stamped, [("start", "ascending"), ("end", "ascending")]))


def _quantity(q: Mapping[str, Any]) -> dict[str, object]:
    def number(v: float | None) -> float | None:
        return None if v is None else float(v)

    return {
        "text": q.get("text", ""),
        "low": number(q.get("low")),
        "high": number(q.get("high")),
        "unit": q.get("unit"),
    }


def write_batch(
    root: Path,
    batch: str,
    events: list[pa.Table],
    articles: list[ArticleRow],
    errors: list[dict[str, object]],
) -> None:
    """Write one batch: its events in one file sorted by time, then errors, then the
    articles file (renamed into place last, so the batch counts only once everything is
    on disk). One file, not one per month: a batch spanning twenty years made 300 small
    files, whose writing and reading (joins, compaction) cost the run more CPU than
    extraction spares on two cores."""
    if events:
        _write_atomic(
            _sorted(pa.concat_tables(events), batch),
            root / EVENTS / f"{batch}-0.parquet",
            row_group=ROW_GROUP,
        )
    if errors:
        _write_atomic(
            pa.Table.from_pylist([{**e, "batch": batch} for e in errors], ERROR_SCHEMA),
            root / ERRORS / f"{batch}.parquet",
        )
    _write_atomic(
        pa.Table.from_pylist([{**a, "batch": batch} for a in articles], ARTICLE_SCHEMA),
        root / ARTICLES / f"{batch}.parquet",
    )


def _write_atomic(table: pa.Table, path: Path, row_group: int | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(table, partial, compression="zstd", row_group_size=row_group)
    os.replace(partial, path)


def committed(root: Path) -> set[str]:
    """The batches whose articles file is in place."""
    return {p.stem for p in (root / ARTICLES).glob("*.parquet")}


def remove_uncommitted(root: Path) -> int:
    """Delete what an interrupted run wrote for a batch it never committed; how many files."""
    done = committed(root)
    stale = [p for p in event_files(root) if batch_of(p) not in done]
    stale += [p for p in (root / ERRORS).glob("*.parquet") if p.stem not in done]
    stale += list(root.rglob(".*.partial"))
    for path in stale:
        path.unlink()
    return len(stale)


def event_files(root: Path) -> list[Path]:
    return sorted((root / EVENTS).rglob("*.parquet"))


def batch_of(event_file: Path) -> str:
    """The batch that wrote an events file (``<batch>-<n>.parquet``)."""
    return event_file.stem.rsplit("-", 1)[0]


def compactions(root: Path) -> list[Path]:
    """The compacted events files, oldest first; the last is the one readers use."""
    return sorted((root / COMPACTED).glob("*.parquet"))


def is_dataset(root: Path) -> bool:
    return (root / ARTICLES).is_dir()


JOIN_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("into", pa.string()),
        ("doc_ids", pa.list_(pa.string())),
        ("sources", pa.list_(pa.string())),
        ("actors", pa.list_(pa.string())),
    ]
)


def write_joins(root: Path, table: pa.Table) -> None:
    _write_atomic(table.cast(JOIN_SCHEMA), root / JOINS)
