"""Filling a dataset from a corpus on a Dask cluster: a local one on every core, or any
running ``dask.distributed`` scheduler given by address, with the same code.

The client reads the inputs lazily, skips what the dataset already holds (by content
key), and keeps a bounded number of chunks in flight, so memory stays flat however large
the corpus. Results come back as they finish and are written in batches (layout.py), so
an interrupted run keeps every batch it committed and the next run picks up from there.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.dataset as ds
from tqdm import tqdm

from timeline.archive import joins, layout, sources
from timeline.archive.compact import compact
from timeline.archive.layout import ArticleRow
from timeline.archive.sources import Failure, Item
from timeline.archive.work import Done, run_chunk
from timeline.ingest import InputError

if TYPE_CHECKING:
    from dask.typing import Key
    from distributed import Client

FLUSH_EVERY = 2000  # articles per batch: fewer, larger files; a crash loses at most this
MAX_CHUNK = 16  # articles per task: enough to make scheduling cheap, few enough to balance
IN_FLIGHT_PER_THREAD = 3


@dataclass
class Summary:
    """What a run did, for the closing line and the benchmarks."""

    added: int = 0
    events: int = 0
    errors: int = 0
    skipped: int = 0
    retried: int = 0
    seconds: float = 0.0
    threads: int = 0

    def line(self, out: Path) -> str:
        rate = self.added / self.seconds if self.seconds else 0.0
        return (
            f"Added {self.added} articles ({self.events} events, {self.errors} errors) to "
            f"{out} in {self.seconds:.1f} s ({rate:.1f} articles/s on {self.threads} workers); "
            f"{self.skipped} already done"
            + (f"; {self.retried} failed before and tried again" if self.retried else "")
        )


def done_keys(root: Path, failed: bool = True) -> set[str]:
    """Content keys of every article the dataset holds (committed batches): done, and
    with ``failed`` those that failed too."""
    keys: set[str] = set()
    batches = layout.committed(root)
    for folder in (layout.ARTICLES, layout.ERRORS) if failed else (layout.ARTICLES,):
        files = [p for p in (root / folder).glob("*.parquet") if p.stem in batches]
        if files:
            column = ds.dataset(files, format="parquet").to_table(columns=["article_key"])
            keys.update(column.column("article_key").to_pylist())
    return keys


@contextmanager
def cluster(workers: int | None, scheduler: str | None) -> Iterator[Client]:
    """A Dask client: to the scheduler at ``scheduler``, else to a local cluster of
    ``workers`` processes (one thread each: the tagger is pure Python)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise InputError(f"Cannot reach the Dask scheduler at {scheduler}: {err}") from None
        with client:
            yield client
        return
    count = workers or os.cpu_count() or 1
    with (
        LocalCluster(
            n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        Client(local) as client,
    ):
        yield client


def build(
    inputs: list[Path],
    out: Path,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = True,
    flush_every: int = FLUSH_EVERY,
    retry_errors: bool = False,
) -> Summary:
    """Extract every article of ``inputs`` not yet in the dataset ``out`` and add it; with
    ``retry_errors``, those that failed before too (a fixed bug, a corrected input). The
    errors table then lists each article's latest failure, if it still fails (views.py)."""
    if workers is not None and scheduler:
        raise InputError("Give --workers (a local cluster) or --scheduler, not both")
    sources.check(inputs)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; --out names a dataset folder")
    if out.is_dir() and any(out.iterdir()) and not layout.is_dataset(out):
        raise InputError(f"{out} holds other files; give a new or an existing dataset folder")
    out.mkdir(parents=True, exist_ok=True)
    layout.remove_uncommitted(out)
    done = done_keys(out, failed=not retry_errors)
    failed = done_keys(out) - done if retry_errors else set()
    summary = Summary()
    began = time.perf_counter()
    bar = tqdm(
        total=sources.count(inputs),
        unit="article",
        file=sys.stderr,
        disable=None if progress else True,
        smoothing=0.05,
        dynamic_ncols=True,
    )
    with cluster(workers, scheduler) as client, bar:
        summary.threads = sum(client.nthreads().values())
        writer = _Writer(out, flush_every, summary)
        todo = _new(inputs, done, failed, writer, bar, summary)
        expected = max(0, (bar.total or 0) - len(done))
        for results, events in _run(client, todo, summary.threads, expected):
            writer.add(results, events)
            bar.update(len(results))
            bar.set_postfix(events=summary.events, errors=summary.errors, refresh=False)
        writer.flush()
    if progress and sys.stderr.isatty():  # a minute at a million events: say why it waits
        print("Joining reports across the archive and compacting it...", file=sys.stderr)
    if summary.added or summary.errors:
        joins.rebuild(out)
    compact(out)
    summary.seconds = time.perf_counter() - began
    return summary


def _new(
    inputs: list[Path],
    done: set[str],
    failed: set[str],
    writer: _Writer,
    bar: tqdm,
    summary: Summary,
) -> Iterator[Item]:
    """The items not yet done (``failed`` ones are tried again); inputs that are no
    article go straight to the writer."""
    for item in sources.items(inputs):
        if item.key in done:
            summary.skipped += 1
            bar.total -= 1
            continue
        done.add(item.key)
        summary.retried += item.key in failed
        if isinstance(item, Failure):
            writer.add([item])
            bar.update(1)
            continue
        yield item


def _run(
    client: Client, todo: Iterator[Item], threads: int, expected: int
) -> Iterator[tuple[list[Done | Failure], pa.Table | None]]:
    """Results chunk by chunk as workers finish them, with a bounded number in flight."""
    from distributed import as_completed

    limit = max(2, IN_FLIGHT_PER_THREAD * threads)
    chunks = _chunks(todo, threads, expected)
    pending = as_completed()
    sent: dict[Key, list[Item]] = {}

    def submit() -> None:
        chunk = next(chunks, None)
        if chunk:
            future = client.submit(run_chunk, chunk, pure=False)
            sent[future.key] = chunk
            pending.add(future)

    for _ in range(limit):
        submit()
    for future in pending:
        chunk = sent.pop(future.key)
        try:
            results, events = future.result()
        except Exception as err:  # a worker that died takes its chunk with it, nothing more
            results = [
                Failure(i.key, i.name, f"worker lost: {type(err).__name__}: {err}", "internal")
                for i in chunk
            ]
            events = None
        future.release()
        yield results, events
        submit()


def _chunks(todo: Iterator[Item], threads: int, expected: int) -> Iterator[list[Item]]:
    """Chunks of about a quarter of each worker's share, at most MAX_CHUNK: every worker
    starts at once and the last ones finish together, at little scheduling cost."""
    size = max(1, min(MAX_CHUNK, expected // (4 * max(1, threads))))
    chunk: list[Item] = []
    for item in todo:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Writer:
    """Results held until a batch is full, then written as one batch."""

    def __init__(self, root: Path, flush_every: int, summary: Summary) -> None:
        self.root, self.flush_every, self.summary = root, flush_every, summary
        self.events: list[pa.Table] = []
        self.articles: list[ArticleRow] = []
        self.errors: list[dict[str, object]] = []

    def add(self, results: list[Done | Failure], events: pa.Table | None = None) -> None:
        if events is not None and events.num_rows:
            self.events.append(events)
        for result in results:
            if isinstance(result, Done):
                self.articles.append(result.article)
                self.summary.added += 1
                self.summary.events += result.article["events"]
            else:
                self.errors.append(
                    {
                        "article_key": result.key,
                        "name": result.name,
                        "kind": result.kind,
                        "error": result.error,
                    }
                )
                self.summary.errors += 1
        if len(self.articles) + len(self.errors) >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        if self.articles or self.errors:
            layout.write_batch(
                self.root, layout.new_batch(), self.events, self.articles, self.errors
            )
        self.events, self.articles, self.errors = [], [], []
