"""Compaction: every committed batch's events rewritten as one Parquet file sorted by time,
with the archive's joins applied, so a reader opens one file instead of one per month
and batch, skips row groups outside a time window by their statistics, and searches a
stored lower-case text.

Beside it, the same events (joined reports only) in a DuckDB database file, which
readers attach read-only: DuckDB's own storage fetches a page of rows scattered over the
years without decompressing whole Parquet column chunks (5x less CPU for a filtered page
at a million events, benchmarks.archive), and indexes on event_id and doc_id find one
event or one article's events without a scan. The Parquet file stays the dataset's record:
the next compaction and a DuckDB that cannot read the database file use it.

Runs after each corpus run (and again on the next if one was interrupted). The new files
are renamed into place (the database first: readers look for the Parquet file), then the
event files they hold are deleted; the previous compaction is kept for readers that still
have it open, older ones are deleted.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from timeline.archive import layout, views

ORDER = "start, doc_id, sentence_start, char_start, event_id"
#: columns the database file indexes (ART): one event by id (a selection's details, its
#: row in the grid, the next one) and an article's events are found without reading a
#: million rows (0.04 s of CPU each at a million events, 0.001-0.004 s by the index).
INDEXED = ("event_id", "doc_id")
# views.SEARCH less what it repeats: a title or time that is part of its sentence finds
# no word the sentence does not (words never hold the line breaks between the parts).
SEARCH = """lower(sentence) || chr(10)
    || CASE WHEN contains(lower(sentence), lower(title)) THEN '' ELSE lower(title) END || chr(10)
    || CASE WHEN contains(lower(sentence), lower(time_text)) THEN '' ELSE lower(time_text) END"""


def compact(root: Path, memory_limit: str = "1GB", row_group: int = layout.ROW_GROUP) -> bool:
    """Fold the batches not yet compacted into a new compacted file; False if none."""
    spill = Path(tempfile.mkdtemp(prefix="timeline-compact-"))
    try:
        con = duckdb.connect(
            config={
                "memory_limit": memory_limit,
                "temp_directory": str(spill),
            }
        )
        con.execute("SET TimeZone = 'UTC'; SET enable_progress_bar = false")
        found = views.create(con, root)
        if not found.pending:
            return False
        batches = sorted(layout.committed(root))
        path = root / layout.COMPACTED / f"{layout.new_batch()}.parquet"
        path.parent.mkdir(exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        own = ", ".join(
            f"CASE WHEN j.{n} IS NOT NULL THEN e.{n} END AS own_{n}" for n in layout.OWN_LISTS
        )
        con.execute(
            f"""
            COPY (
                SELECT e.* REPLACE (
                    coalesce(j.doc_ids, e.doc_ids) AS doc_ids,
                    coalesce(j.sources, e.sources) AS sources,
                    coalesce(j.actors, e.actors) AS actors),
                    {own},
                    coalesce(j.into <> e.event_id, false) AS absorbed,
                    {SEARCH} AS search
                FROM raw_events e LEFT JOIN joins j USING (event_id)
                ORDER BY {ORDER}
            ) TO '{views.quoted(partial)}' (
                FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {int(row_group)},
                KV_METADATA {{batches: '{",".join(batches)}'}}
            )
            """
        )
        _database(con, partial, path.with_suffix(".duckdb"))
        con.close()
        os.replace(partial, path)
    finally:
        shutil.rmtree(spill, ignore_errors=True)
    _tidy(root, found)
    _keep_options(root, path)
    return True


def _database(con: duckdb.DuckDBPyConnection, parquet: Path, path: Path) -> None:
    """The events readers ask for (views.EVENT_TABLE), in the compacted file's order, with
    an index on each ``INDEXED`` column."""
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    con.execute(f"ATTACH '{views.quoted(partial)}' AS fresh")
    names = ", ".join(f'"{n}"' for n in views.TABLE_COLUMNS)
    con.execute(
        f"CREATE TABLE fresh.{views.EVENT_TABLE} AS SELECT {names} "
        f"FROM read_parquet('{views.quoted(parquet)}') WHERE NOT absorbed"
    )
    for column in INDEXED:
        con.execute(f"CREATE INDEX {column}_index ON fresh.{views.EVENT_TABLE} ({column})")
    con.execute("DETACH fresh")
    os.replace(partial, path)


def _keep_options(root: Path, compacted: Path) -> None:
    """Count the filter options once, beside the file, so no reader counts them again."""
    from timeline.archive.query import Archive

    kept = compacted.with_suffix(".options.json")
    partial = kept.with_name(f".{kept.name}.partial")
    partial.write_text(json.dumps(Archive(root).count_options()), encoding="utf-8")
    os.replace(partial, kept)


def _tidy(root: Path, folded: views.Snapshot) -> None:
    """Delete the event files now held by the new compacted file, their empty folders,
    and every compacted file but the newest two."""
    for file in folded.pending:
        file.unlink(missing_ok=True)
    for folder in sorted((root / layout.EVENTS).glob("*/*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            if not any(folder.parent.iterdir()):
                folder.parent.rmdir()
    for old in layout.compactions(root)[:-2]:
        old.unlink(missing_ok=True)
        old.with_suffix(".duckdb").unlink(missing_ok=True)
        old.with_suffix(".options.json").unlink(missing_ok=True)
