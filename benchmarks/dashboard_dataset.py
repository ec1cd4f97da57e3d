"""The dashboard's dataset mode at scale: ``app.py --dataset`` over HTTP, on synthetic archives.

    python -m benchmarks.dashboard_dataset [--events 100000,1000000] [--repeat 3]
                                           [--datasets FOLDER]

For each size, benchmarks.archive's generator writes a dataset as ``corpus`` writes one
(20 years, five kinds, 2,000 actors, titles and sentences from a word list) and compacts
it (kept in FOLDER/events-N with ``--datasets``, and reused from there). ``app.py
--dataset`` serves it (waitress, one process, its own state folder), and one simulated
reader (benchmarks.load.Reader: the very requests Dash's renderer sends, fired in
dependency order, six connections like a browser) opens the page and acts. A row is the
wall time from an action's first request to the last answer of everything it fires (the
browser's own drawing excluded), the median of ``repeat`` runs with different values, so
no figure comes from the server's cache, with the server process's CPU seconds in
brackets (DuckDB's threads included). Then the server's resident memory, now and at its
peak, and the load average (the machine's other work shows in wall times, not in CPU).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import psutil

from benchmarks.archive import WORDS, synthetic
from benchmarks.load import Log, Reader, free_port, start_server
from benchmarks.table import print_table
from dashboard import ids
from timeline.archive.compact import compact
from timeline.schema import KINDS


def dataset(folder: Path, events: int) -> Path:
    """A compacted synthetic archive of ``events`` events in ``folder`` (made if missing)."""
    root = folder / f"events-{events}"
    if not (root / "compacted").is_dir():
        synthetic(root, events)
        compact(root)
    return root


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def _window(year: int, days: int) -> dict[str, str]:
    """A drag to ``days`` days from the start of ``year`` (the chart is in UTC here)."""
    start = pd.Timestamp(f"{year}-03-01")
    ends = (start, start + pd.Timedelta(days=days))
    return {f"xaxis.range[{i}]": f"{t:%Y-%m-%d %H:%M:%S}" for i, t in enumerate(ends)}


def actions(reader: Reader, run: int) -> dict[str, Callable[[], None]]:
    """What is timed, each with values of its own in every run."""
    kind = ids.FILTER_INPUTS["kind"]
    actor = ids.FILTER_INPUTS["actor"]
    actors = [
        o["value"] if isinstance(o, dict) else o for o in reader.props.get(f"{actor}.options") or []
    ]
    year = 2006 + run * 3

    def clear() -> None:
        reader.change({f"{kind}.value": [], f"{actor}.value": [], f"{ids.SEARCH}.value": ""})
        reader.change({f"{ids.GRAPH}.relayoutData": {"xaxis.autorange": True}})

    def click() -> None:
        reader.change({f"{ids.GRAPH}.relayoutData": _window(year, 7)})
        reader.act("click")

    return {
        "filter: one kind": lambda: reader.change({f"{kind}.value": [KINDS[run % len(KINDS)]]}),
        "filter: and one actor": lambda: reader.change({f"{actor}.value": [actors[run]]}),
        "clear filters": clear,
        "search: one word": lambda: reader.change({f"{ids.SEARCH}.value": WORDS[run]}),
        "search: two words": lambda: reader.change(
            {f"{ids.SEARCH}.value": f"{WORDS[run + 5]} {WORDS[run + 10]}"}
        ),
        "clear search": clear,
        "zoom: one year (strips)": lambda: reader.change(
            {f"{ids.GRAPH}.relayoutData": _window(year, 365)}
        ),
        "zoom: one month (marks, WebGL)": lambda: reader.change(
            {f"{ids.GRAPH}.relayoutData": _window(year + 1, 30)}
        ),
        "zoom: one week (labelled)": lambda: reader.change(
            {f"{ids.GRAPH}.relayoutData": _window(year + 2, 7)}
        ),
        "zoom out (all)": lambda: reader.change(
            {f"{ids.GRAPH}.relayoutData": {"xaxis.autorange": True}}
        ),
        "click an event (details, article)": click,
        "next event": lambda: reader.act("step"),
        "grid: rows 5,000-5,100 by title": lambda: reader.change(
            {
                f"{ids.GRID}.getRowsRequest": {
                    "startRow": 5000 + 100 * run,
                    "endRow": 5100 + 100 * run,
                    "sortModel": [{"colId": "title", "sort": "asc" if run % 2 else "desc"}],
                    "filterModel": {},
                }
            }
        ),
    }


def measure(root: Path, repeat: int) -> tuple[dict[str, str], dict[str, float]]:
    """Each action's median wall seconds (server CPU seconds), and the server's memory."""
    state = tempfile.mkdtemp(prefix="timeline-dashboard-dataset-")
    port = free_port()
    server = start_server(port, state, None, options=("--dataset", str(root)))
    process = psutil.Process(server.pid)
    log = Log()
    timings: dict[str, list[tuple[float, float]]] = {}
    try:
        with ThreadPoolExecutor(6) as pool:
            reader = Reader(f"http://127.0.0.1:{port}", log, pool, random.Random(0))
            reader.width, reader.viewer = 1067, "UTC"

            def timed(name: str, action: Callable[[], None]) -> None:
                cpu, began = _cpu(process), time.perf_counter()
                action()
                timings.setdefault(name, []).append(
                    (time.perf_counter() - began, _cpu(process) - cpu)
                )

            timed("first draw (page opened, server just started)", reader.open)
            for run in range(repeat):
                if run:
                    timed("page opened again", reader.open)
                for name, action in actions(reader, run).items():
                    if not name.startswith("clear"):
                        timed(name, action)
                    else:
                        action()
        rss = process.memory_info().rss / 2**20
        peak = _peak(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    failed = [name for name, _, ok in log.rows if not ok]
    if failed:
        raise RuntimeError(f"requests failed: {sorted(set(failed))}")
    cells = {
        name: f"{statistics.median(w for w, _ in runs):.3f} "
        f"({statistics.median(c for _, c in runs):.2f})"
        for name, runs in timings.items()
    }
    return cells, {"rss": rss, "peak": peak}


def _peak(pid: int) -> float:
    """A process's peak resident set in MiB (VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", default="100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--datasets", type=Path, help="keep the datasets here, and reuse them")
    args = parser.parse_args()
    sizes = [int(n) for n in args.events.split(",")]
    table: dict[str, list[str]] = {}
    notes = [f"load average before: {os.getloadavg()[0]:.2f}"]
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.datasets or Path(scratch)
        for size in sizes:
            root = dataset(folder, size)
            cells, memory = measure(root, args.repeat)
            for name, cell in cells.items():
                table.setdefault(name, [""] * sizes.index(size)).append(cell)
            notes.append(
                f"{size:,} events: server resident {memory['rss']:.0f} MiB at the end, "
                f"peak {memory['peak']:.0f} MiB; load average {os.getloadavg()[0]:.2f}"
            )
    print_table("action: s (server CPU s)", [f"{n:,} events" for n in sizes], table, notes)


if __name__ == "__main__":
    main()
