"""DuckDB views over a dataset, as its files lie now: ``events`` (what readers ask),
``raw_events`` (one row per report, before joins), ``articles``, ``errors`` and ``joins``.

A compacted dataset (compact.py) is read from its one sorted file, joins already applied,
so a query prunes row groups by time and scans no join. Batches committed since the last
compaction are added to it and joined as they are read: slower, never wrong.

Files written before a schema change are read by column name: a column added since is its
neutral value (as schema.coerce fills a frame), one removed is ignored, and one whose type
changed, or a required one that is missing, is refused with a message saying which file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.archive import layout
from timeline.ingest import InputError

SEARCH = "lower(title || chr(10) || sentence || chr(10) || time_text)"
_REQUIRED = {"event_id", "doc_id", "start", "end", "article_key"}
_RAW = [f.name for f in layout.event_schema()]
EVENT_TABLE = "events"
TABLE_COLUMNS = (*_RAW, "search")
_JOINED = f"""
SELECT e.* REPLACE (
    coalesce(j.doc_ids, e.doc_ids) AS doc_ids,
    coalesce(j.sources, e.sources) AS sources,
    coalesce(j.actors, e.actors) AS actors),
    {SEARCH} AS search
FROM raw_events e LEFT JOIN joins j USING (event_id)
WHERE j.into IS NULL OR j.into = e.event_id
"""


@dataclass(frozen=True)
class Snapshot:
    """Which files the views read: the compacted file, if any, and the batches' event
    files it does not hold yet."""

    compacted: Path | None
    pending: list[Path]


def signature(root: Path) -> tuple[object, ...]:
    """Changes whenever a batch commits (one more articles file), joins are rebuilt (a new
    file renamed into place) or a compaction lands (new names): a reader then makes its
    views again. Names and inodes, not folder times, which can miss two changes in one
    clock tick."""

    def names(folder: Path) -> list[str]:
        return os.listdir(folder) if folder.is_dir() else []

    joins = root / layout.JOINS
    return (
        len(names(root / layout.ARTICLES)),
        tuple(sorted(names(root / layout.COMPACTED))),
        os.stat(joins).st_ino if joins.is_file() else 0,
    )


def snapshot(root: Path) -> Snapshot:
    batches = layout.committed(root)
    files = layout.compactions(root)
    compacted = files[-1] if files else None
    held = covered(compacted) if compacted else set()
    pending = [p for p in layout.event_files(root) if layout.batch_of(p) in batches - held]
    return Snapshot(compacted, pending)


def options_file(found: Snapshot) -> Path | None:
    """Where the compaction kept the filter options, when the views read only its file."""
    if found.compacted is None or found.pending:
        return None
    return found.compacted.with_suffix(".options.json")


def covered(compacted: Path) -> set[str]:
    """The batches a compacted file holds (in its metadata, written with it)."""
    meta = pq.read_metadata(compacted).metadata or {}
    return set(filter(None, meta.get(b"batches", b"").decode().split(",")))


def create(con: duckdb.DuckDBPyConnection, root: Path) -> Snapshot:
    """Make (or remake) the views; not temporary, so every cursor of the connection (one
    per server thread) sees them."""
    sql = con.execute
    found = snapshot(root)
    batches = layout.committed(root)
    parts = []
    if found.compacted:
        restored = ", ".join(
            f"coalesce(own_{n}, {n}) AS {n}" if n in layout.OWN_LISTS else f'"{n}"' for n in _RAW
        )
        parts.append(f"SELECT {restored} FROM ({_compacted(found.compacted)})")
    if found.pending:
        parts.append(select(found.pending, layout.event_schema()))
    _view(con, "raw_events", " UNION ALL ".join(parts), layout.event_schema())
    articles = sorted((root / layout.ARTICLES).glob("*.parquet"))
    _view(con, "articles", select(articles, layout.ARTICLE_SCHEMA), layout.ARTICLE_SCHEMA)
    errors = [p for p in (root / layout.ERRORS).glob("*.parquet") if p.stem in batches]
    _view(con, "all_errors", select(errors, layout.ERROR_SCHEMA, keep=True), layout.ERROR_SCHEMA)
    sql(
        "CREATE OR REPLACE VIEW errors AS SELECT * EXCLUDE (batch) FROM all_errors "
        "WHERE article_key NOT IN (SELECT article_key FROM articles) "
        "QUALIFY row_number() OVER (PARTITION BY article_key ORDER BY batch DESC) = 1"
    )
    joins = [root / layout.JOINS] if (root / layout.JOINS).is_file() else []
    _view(con, "joins", select(joins, layout.JOIN_SCHEMA), layout.JOIN_SCHEMA)
    names = ", ".join(f'"{n}"' for n in TABLE_COLUMNS)
    database = _attach(con, found.compacted) if found.compacted and not found.pending else None
    if database:
        sql(f"CREATE OR REPLACE VIEW events AS SELECT {names} FROM {database}.{EVENT_TABLE}")
    elif found.compacted and not found.pending:
        sql(
            f"CREATE OR REPLACE VIEW events AS SELECT {names} "
            f"FROM ({_compacted(found.compacted)}) WHERE NOT absorbed"
        )
    else:
        sql(f"CREATE OR REPLACE VIEW events AS {_JOINED}")
    return found


def _attach(con: duckdb.DuckDBPyConnection, compacted: Path) -> str | None:
    """Attach the compaction's database file read-only; its name, or None when there is
    none or it is not what this version reads (the Parquet file is then read instead).
    Only the newest two stay attached, as compact.py keeps only two on disk."""
    path = compacted.with_suffix(".duckdb")
    name = f"compacted_{compacted.stem.replace('-', '_')}"
    sql = con.execute
    attached = [r[0] for r in sql("SELECT database_name FROM duckdb_databases()").fetchall()]
    if name not in attached:
        if not path.is_file():
            return None
        try:
            sql(f"ATTACH '{quoted(path)}' AS {name} (READ_ONLY)")
        except duckdb.Error:
            return None
        for old in sorted(a for a in attached if a.startswith("compacted_"))[:-1]:
            sql(f"DETACH {old}")
    columns = sql(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND table_name = ? "
        "ORDER BY column_index",
        [name, EVENT_TABLE],
    ).fetchall()
    return name if tuple(c[0] for c in columns) == TABLE_COLUMNS else None


def _compacted(path: Path) -> str:
    return select([path], layout.compacted_schema(), {"search": SEARCH})


def _view(con: duckdb.DuckDBPyConnection, name: str, query: str, arrow: pa.Schema) -> None:
    """A view of ``query``, or with ``arrow``'s columns and no rows when there is none."""
    if not query:
        empty = arrow.empty_table()
        if name != "all_errors" and "batch" in arrow.names:
            empty = empty.drop_columns(["batch"])
        con.execute(f"DROP TABLE IF EXISTS _{name}_empty")
        con.from_arrow(empty).create(f"_{name}_empty")
        query = f"SELECT * FROM _{name}_empty"
    con.execute(f"CREATE OR REPLACE VIEW {name} AS {query}")


def select(
    files: list[Path], arrow: pa.Schema, computed: dict[str, str] | None = None, keep: bool = False
) -> str:
    """SQL reading ``files`` as ``arrow``'s columns (less ``batch`` unless ``keep``), by
    name: files of one schema in one scan, each older schema in its own, a missing column
    given its neutral value (or its ``computed`` expression). Files are listed, so only
    these are read, without any hive partition columns; none gives no SQL."""
    groups: dict[pa.Schema, list[Path]] = {}
    for path in files:
        groups.setdefault(pq.read_schema(path).remove_metadata(), []).append(path)
    wanted = [f for f in arrow if keep or f.name != "batch"]
    scans = []
    for found, paths in groups.items():
        columns = [_column(f, found, paths[0], (computed or {}).get(f.name)) for f in wanted]
        listed = ", ".join(f"'{quoted(p)}'" for p in paths)
        scans.append(
            f"SELECT {', '.join(columns)} FROM read_parquet([{listed}], hive_partitioning=false)"
        )
    return " UNION ALL ".join(scans)


def _column(field: pa.Field, found: pa.Schema, example: Path, computed: str | None) -> str:
    name = f'"{field.name}"'
    index = found.get_field_index(field.name)
    if index >= 0:
        if found.field(index).type.equals(field.type):
            return name
        raise InputError(
            f"{example} was written by another version of timeline (column {field.name} is "
            f"{found.field(index).type}, now {field.type}): build the dataset again with "
            "python -m timeline corpus into a new --out"
        )
    if field.name in _REQUIRED:
        raise InputError(f"{example} has no {field.name} column: it is not a timeline dataset file")
    return f"{computed or _neutral(field.type)} AS {name}"


def _neutral(kind: pa.DataType) -> str:
    """A column's value in rows written before it existed: what schema.coerce gives."""
    if pa.types.is_list(kind):
        return f"[]::{_duck(kind)}"
    if pa.types.is_timestamp(kind):
        return "NULL::TIMESTAMPTZ"
    return {
        pa.string(): "''",
        pa.int64(): "0::BIGINT",
        pa.float64(): "'NaN'::DOUBLE",
        pa.bool_(): "false",
    }.get(kind, f"NULL::{_duck(kind)}")


def _duck(kind: pa.DataType) -> str:
    if pa.types.is_list(kind):
        return f"{_duck(kind.value_type)}[]"
    if pa.types.is_struct(kind):
        return "STRUCT(" + ", ".join(f'"{f.name}" {_duck(f.type)}' for f in kind) + ")"
    if pa.types.is_timestamp(kind):
        return "TIMESTAMPTZ"
    return {
        pa.string(): "VARCHAR",
        pa.int64(): "BIGINT",
        pa.float64(): "DOUBLE",
        pa.bool_(): "BOOLEAN",
        pa.int16(): "SMALLINT",
        pa.int8(): "TINYINT",
    }[kind]


def quoted(path: Path) -> str:
    return str(path).replace("'", "''")
