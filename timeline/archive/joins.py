"""Reports of one event joined across the whole archive, as ``extract_many`` joins them
within one build (merge.py decides what is the same event).

Two reports can only be one event when they cover the same interval and share an actor,
so candidates are found by a hash join on (start, end, actor) in DuckDB, near linear in
events; only those few rows come into Python, where they are joined interval by interval
in the order ``extract_many`` would see them (articles by doc_id, each in its frame
order). The result, ``joins.parquet``, lists each joined row's merged lists and each
absorbed report's ``into``; readers apply it as they read (query.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from timeline.archive import layout, views
from timeline.merge import same_event

_CANDIDATES = """
WITH x AS (
    SELECT event_id, doc_id, start, "end", lower(unnest(actors)) AS actor FROM raw_events
), hit AS (
    SELECT DISTINCT a.event_id FROM x a JOIN x b
    ON a.start = b.start AND a."end" = b."end" AND a.actor = b.actor AND a.doc_id <> b.doc_id
)
SELECT e.event_id, e.doc_id, e.start, e."end", e.actors, e.title, e.doc_ids, e.sources
FROM raw_events e SEMI JOIN hit USING (event_id)
ORDER BY e.start, e."end", e.doc_id, e.sentence_start, e.char_start, e.event_id
"""


def rebuild(root: Path) -> int:
    """Recompute the dataset's joins from every committed event; how many reports joined."""
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'; SET enable_progress_bar = false")
    views.create(con, root)
    rows = con.sql(_CANDIDATES).to_arrow_table().to_pylist()
    records: list[dict[str, object]] = []
    group: list[dict[str, Any]] = []
    for row in [*rows, None]:
        if group and (
            row is None or (row["start"], row["end"]) != (group[0]["start"], group[0]["end"])
        ):
            records.extend(join_group(group))
            group = []
        if row is not None:
            group.append(row)
    layout.write_joins(root, pa.Table.from_pylist(records, layout.JOIN_SCHEMA))
    return sum(1 for r in records if r["into"] != r["event_id"])


def join_group(rows: list[dict[str, Any]]) -> list[dict[str, object]]:
    """Reports of one interval joined as merge.join_reports joins them: each report joins
    the first kept one it matches. Only rows that took part in a join are returned."""
    kept: list[dict[str, Any]] = []
    into: dict[str, str] = {}
    for row in rows:  # same_event reads rows by key: plain dicts, not a Series each time
        match = next((k for k in kept if same_event(k, row)), None)
        if match is None:
            kept.append(dict(row))
            continue
        into[row["event_id"]] = match["event_id"]
        match["doc_ids"] = [*match["doc_ids"], *row["doc_ids"]]
        match["sources"] = [*match["sources"], *row["sources"]]
        match["actors"] = [
            *match["actors"],
            *(a for a in row["actors"] if a not in match["actors"]),
        ]
    winners = set(into.values())
    out: list[dict[str, object]] = [
        {
            "event_id": k["event_id"],
            "into": k["event_id"],
            "doc_ids": k["doc_ids"],
            "sources": k["sources"],
            "actors": k["actors"],
        }
        for k in kept
        if k["event_id"] in winners
    ]
    out += [
        {"event_id": e, "into": i, "doc_ids": None, "sources": None, "actors": None}
        for e, i in into.items()
    ]
    return out
