"""What a corpus run reads: folders of articles, JSON Lines, or Parquet, as work items.

Each item carries everything a worker needs (a file's bytes and its meta.json, or a
record), since a worker of a remote cluster may not see this machine's files; and a key,
the hash of that content, by which a later run knows the article is already done. Input
that cannot even be read as an item (a line that is not JSON, a record without text)
becomes a ``Failure`` for the errors table: one bad article never stops a run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from timeline.ingest import (
    HTML_SUFFIXES,
    MAX_ARTICLE_BYTES,
    InputError,
    read_capped,
    read_meta,
)

ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
RECORD_FIELDS = ("id", "text", "published", "tz", "title", "source")


@dataclass(frozen=True)
class Item:
    """One article to extract: a file (``data`` and ``meta``) or a record (``record``)."""

    key: str
    name: str
    data: bytes = b""
    meta: dict[str, str] = field(default_factory=dict)
    record: dict[str, str] | None = None


@dataclass(frozen=True)
class Failure:
    """An input that is not an article at all, with what is wrong with it."""

    key: str
    name: str
    error: str
    kind: str = "input"


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def items(paths: list[Path]) -> Iterator[Item | Failure]:
    """Every article under the inputs, in order, read lazily (one at a time)."""
    for path in paths:
        if path.is_dir():
            yield from _folder(path)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl(path)
        elif path.suffix.lower() in PARQUET_SUFFIXES:
            yield from _parquet(path)
        elif path.is_file():
            yield _file(path)
        else:
            raise InputError(f"{path}: no such file or folder")


def count(paths: list[Path]) -> int:
    """How many items ``items`` will give, cheaply (for the progress bar's total)."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for _ in folder_files(path))
        elif path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        elif path.suffix.lower() in PARQUET_SUFFIXES:
            total += pq.ParquetFile(path).metadata.num_rows
        else:
            total += 1
    return total


def check(paths: list[Path]) -> None:
    """Refuse a missing input or an empty folder at once, before a cluster starts."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir() and next(folder_files(path), None) is None:
            raise InputError(f"{path} is a folder with no .txt or .html articles in it")


def folder_files(folder: Path) -> Iterator[Path]:
    """Every .txt/.html article under a folder, in name order."""
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            yield path


def _folder(folder: Path) -> Iterator[Item | Failure]:
    for path in folder_files(folder):
        yield _file(path)


def _file(path: Path) -> Item | Failure:
    try:
        data = read_capped(path, str(path))
        sidecar = path.with_name("meta.json")
        meta = read_meta(sidecar) if sidecar.is_file() else {}
    except InputError as err:
        return Failure(digest("unreadable", str(path)), str(path), str(err))
    meta_text = json.dumps(meta, sort_keys=True)
    return Item(digest(path.name, data, meta_text), str(path), data=data, meta=meta)


def _jsonl(path: Path) -> Iterator[Item | Failure]:
    with path.open("rb") as stream:
        number = 0
        while line := stream.readline(MAX_ARTICLE_BYTES + 1):
            number += 1
            if not line.strip():
                continue
            name = f"{path}:{number}"
            if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
                while (rest := stream.readline(MAX_ARTICLE_BYTES)) and not rest.endswith(b"\n"):
                    pass
                yield Failure(
                    digest("long", name), name, f"line over {MAX_ARTICLE_BYTES / 1e6:.0f} MB"
                )
                continue
            try:
                value = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as err:
                yield Failure(digest(line), name, f"not JSON ({err})")
                continue
            yield _record(value, name)


def _parquet(path: Path) -> Iterator[Item | Failure]:
    file = pq.ParquetFile(path)
    present = [c for c in RECORD_FIELDS if c in file.schema_arrow.names]
    number = 0
    for batch in file.iter_batches(batch_size=256, columns=present):
        for row in batch.to_pylist():
            number += 1
            yield _record(row, f"{path}:row {number}")


def _record(value: object, name: str) -> Item | Failure:
    """A JSON Lines or Parquet record as an item; ``published`` may be a datetime."""
    if not isinstance(value, dict):
        return Failure(digest(name, repr(value)), name, "expected an object with a text")
    record = {}
    for key in RECORD_FIELDS:
        item = value.get(key)
        if item is None:
            continue
        record[key] = item.isoformat() if hasattr(item, "isoformat") else str(item)
    if record.get("id"):
        name = f"{name} ({record['id']})"
    if not record.get("text", "").strip():
        return Failure(digest(name, json.dumps(record, sort_keys=True)), name, "no text")
    return Item(digest(json.dumps(record, sort_keys=True)), name, record=record)
