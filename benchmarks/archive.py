"""Query times on a large synthetic archive: what the dashboard's dataset mode will ask.

    python -m benchmarks.archive [--events 100000,1000000] [--repeat 3] [--no-batches]

Each size is a dataset written as ``corpus`` writes one (a file of events per batch, an
articles table; 7 events an article), with random times over 20 years, five kinds,
2,000 actors and titles and sentences from a word list (SEED), queried as written in
batches (unless --no-batches) and then compacted (compact.py). Each query is run
``repeat`` times after one warm-up on a fresh Archive; the median wall-clock time is
shown, with the process's CPU time (DuckDB's threads included) in brackets, and the load
average before and after. Memory is the peak resident set of the process that queries (a
fresh one for each dataset, as a server is), DuckDB included.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks.table import print_table
from timeline import schema
from timeline.archive import layout
from timeline.archive.compact import compact
from timeline.archive.density import archive_density
from timeline.archive.query import Archive

SEED = 13
EVENTS_PER_ARTICLE = 7
WORDS = [
    "police",
    "protest",
    "minister",
    "court",
    "vote",
    "storm",
    "parliament",
    "council",
    "market",
    "strike",
    "talks",
    "election",
    "fire",
    "bridge",
    "hospital",
    "school",
    "budget",
    "trial",
    "flood",
    "report",
    "said",
    "announced",
    "warned",
    "opened",
    "closed",
    "rose",
    "fell",
    "met",
    "signed",
    "agreed",
]


def synthetic(root: Path, events: int) -> None:
    """``events`` events in batches of 100,000, as the corpus command would write them."""
    rng = np.random.default_rng(SEED)
    actors = np.array([f"Person {i}" for i in range(2000)])
    words = np.array(WORDS)
    step = 100_000
    for first in range(0, events, step):
        n = min(step, events - first)
        ids = np.arange(first, first + n)
        start = np.datetime64("2004-01-01", "us") + rng.integers(0, 20 * 365 * 86400, n).astype(
            "timedelta64[s]"
        )
        length = rng.choice(np.array([60, 3600, 86400, 7 * 86400], "timedelta64[s]"), n)
        title = [" ".join(rng.choice(words, 6)) for _ in range(n)]
        sentence = [t + " " + " ".join(rng.choice(words, 14)) + "." for t in title]
        doc = [f"doc-{i // EVENTS_PER_ARTICLE}" for i in ids]
        names = [list(rng.choice(actors, rng.integers(0, 3), replace=False)) for _ in range(n)]
        columns: dict[str, object] = {
            "event_id": [f"e{i:09d}" for i in ids],
            "doc_id": doc,
            "start": pd.to_datetime(start).tz_localize("UTC"),
            "end": pd.to_datetime(start + length).tz_localize("UTC"),
            "granularity": "day",
            "timex": "2022-02-14",
            "timex_type": "DATE",
            "timex_mod": "",
            "time_text": "on Monday",
            "char_start": 0,
            "char_end": 9,
            "sentence": sentence,
            "sentence_start": 0,
            "sentence_end": 100,
            "title": title,
            "actors": names,
            "kind": rng.choice(np.array(schema.KINDS), n),
            "source": "",
            "timezone": "UTC",
            "anchor": "explicit",
            "confidence": 1.0,
            "claim": "",
            "roles": [[] for _ in range(n)],
            "places": [[] for _ in range(n)],
            "quantities": [[] for _ in range(n)],
            "doc_ids": [[d] for d in doc],
            "sources": [["Synthetic"] for _ in range(n)],
            "curated": False,
            "edited_by": "",
            "edited_at": pd.Series(pd.NaT, index=range(n), dtype="datetime64[us, UTC]"),
        }
        frame = pd.DataFrame({k: v for k, v in columns.items() if k in schema.NAMES})
        table = layout.events_table(frame)
        docs = sorted(set(doc))
        articles = [
            {
                "article_key": d,
                "doc_id": d,
                "name": d,
                "title": d,
                "source": "Synthetic",
                "published": pd.Timestamp("2024-01-01", tz="UTC").to_pydatetime(),
                "timezone": "UTC",
                "events": EVENTS_PER_ARTICLE,
                "words": 400,
                "seconds": 0.0,
                "text": "synthetic",
            }
            for d in docs
        ]
        layout.write_batch(root, layout.new_batch(), [table], articles, [])


def timed(func: Callable[[], object], repeat: int) -> str:
    """Median wall-clock seconds (and the CPU seconds of that run) after a warm-up."""
    func()
    times = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        func()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    wall, cpu = sorted(times)[len(times) // 2]
    return f"{wall:.3f} ({cpu:.2f})"


def queries(archive: Archive) -> dict[str, Callable[[], object]]:
    middle = pd.Timestamp("2014-06-02", tz="UTC")
    return {
        "first page (100, by time)": lambda: archive.page(limit=100),
        "page 50, sorted by title": lambda: archive.page(
            sort_model=[{"colId": "title", "sort": "asc"}], offset=5000, limit=100
        ),
        "filter: kind + actor": lambda: archive.page(
            {"kind": ["statement"], "actor": ["Person 7"]}, limit=100
        ),
        "search: q two words": lambda: archive.page({"q": "police storm"}, limit=100),
        "window: one week (≤5,000)": lambda: archive.window(middle, middle + pd.Timedelta(days=7)),
        "density: kind lanes, 200 bins": lambda: archive_density(archive, "kind"),
        "density: actor lanes": lambda: archive_density(archive, "actor"),
        "zoom: density of one month": lambda: archive_density(
            archive, "kind", window=(middle, middle + pd.Timedelta(days=30))
        ),
        "density: kind lanes, q one word": lambda: archive_density(archive, "kind", {"q": "court"}),
        "event by id": lambda: archive.event("e000012345"),
        "article by doc_id": lambda: archive.article("doc-1763"),
        "open and filter options (1,000 actors)": lambda: Archive(archive.root).options(1000),
        "span and count": lambda: (archive.span(), archive.count()),
    }


def measure(root: Path, repeat: int) -> tuple[dict[str, str], float]:
    """Query times, and the peak resident set of the process that asked (a server's)."""
    began = time.perf_counter()
    archive = Archive(root)
    table = {"open": f"{time.perf_counter() - began:.3f}"}
    for name, query in queries(archive).items():
        table[name] = timed(query, repeat)
    return table, _peak_rss()


def _peak_rss() -> float:
    """This process's peak resident set in MiB: VmHWM, not ru_maxrss, which a spawned
    process inherits from the parent it was forked from (Linux keeps it across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 2**10
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10


def in_child(root: Path, repeat: int) -> tuple[dict[str, str], float]:
    """``measure`` in a fresh process, so its memory is the reader's alone."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(measure, root, repeat).result()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", default="100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-batches", action="store_true", help="only the compacted dataset")
    args = parser.parse_args()
    sizes = [int(n) for n in args.events.split(",")]
    table: dict[str, list[str]] = {}
    heads, notes = [], [f"load average before: {os.getloadavg()[0]:.2f}"]
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "ds"
            began = time.perf_counter()
            synthetic(root, size)
            written = time.perf_counter() - began
            if not args.no_batches:
                heads.append(f"{size:,} batches")
                cells, peak = in_child(root, args.repeat)
                for name, cell in cells.items():
                    table.setdefault(name, []).append(cell)
                notes.append(f"{size:,} batches: reader's peak RSS {peak:.0f} MiB")
            began, cpu = time.perf_counter(), time.process_time()
            compact(root)
            folded = time.perf_counter() - began, time.process_time() - cpu
            disk = {
                kind: sum(p.stat().st_size for p in (root / "compacted").glob(f"*.{kind}")) / 2**20
                for kind in ("parquet", "duckdb")
            }
            heads.append(f"{size:,} compacted")
            cells, peak = in_child(root, args.repeat)
            for name, cell in cells.items():
                table.setdefault(name, []).append(cell)
            notes.append(
                f"{size:,} events: written in {written:.0f} s, compacted in {folded[0]:.1f} s "
                f"({folded[1]:.1f} s CPU in this process), {disk['parquet']:.0f} MiB Parquet and "
                f"{disk['duckdb']:.0f} MiB DuckDB on disk, reader's peak RSS {peak:.0f} MiB, "
                f"load average {os.getloadavg()[0]:.2f}"
            )
    print_table("query: s (CPU s)", heads, table, notes)


if __name__ == "__main__":
    main()
