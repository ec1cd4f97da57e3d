"""Corpus extraction speed on a Dask cluster: articles/s with 1 and 2 workers, scaling
efficiency, events per article, and memory per worker.

    python -m benchmarks.corpus [PATH] [--articles N] [--workers 1,2]

PATH is a folder of articles or a JSON Lines/Parquet file (as ``corpus`` reads). Without
it, N articles are generated from real texts (the default article and tests/data's),
each published on a different day (SEED), so every one is new to the dataset and
relative times ('yesterday') resolve to different dates. The cluster is started and warmed
before the clock starts: the figures are extraction, writing, joins and compaction, not
process start-up. CPU time is the workers' and this process's (client, scheduler,
writer); load is the machine's one-minute load average, before and after, averaged.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from distributed import Client, LocalCluster

from timeline.archive.build import build
from timeline.ingest import load_article, load_default

SEED = 20220214
ROOT = Path(__file__).parent.parent


def synthetic(path: Path, count: int) -> Path:
    """``count`` JSON Lines articles: the shipped texts on random days of 2000-2024."""
    folders = sorted((ROOT / "tests" / "data" / "articles").iterdir())
    texts = [load_default(), *(load_article(f / "article.txt") for f in folders)]
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            article = texts[number % len(texts)]
            day = datetime(2000, 1, 1, 9, tzinfo=UTC) + timedelta(days=rng.randrange(9000))
            record = {
                "id": f"synthetic-{number}",
                "text": article.text,
                "published": day.isoformat(),
                "tz": "UTC",
                "title": article.title,
                "source": article.source,
            }
            out.write(json.dumps(record) + "\n")
    return path


def _rss() -> int:
    import psutil

    return psutil.Process().memory_info().rss


def _cpu() -> float:
    import psutil

    times = psutil.Process().cpu_times()
    return times.user + times.system


def run(inputs: list[Path], workers: int) -> dict[str, float]:
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
        tempfile.TemporaryDirectory() as folder,
    ):
        warm = Path(folder) / "warm.jsonl"
        synthetic(warm, 2 * workers)
        build([warm], Path(folder) / "warm", scheduler=cluster.scheduler_address, progress=False)
        load = os.getloadavg()[0]
        cpu = sum(client.run(_cpu).values()) + _cpu()
        began = time.perf_counter()
        summary = build(
            inputs, Path(folder) / "ds", scheduler=cluster.scheduler_address, progress=False
        )
        seconds = time.perf_counter() - began
        cpu = sum(client.run(_cpu).values()) + _cpu() - cpu
        memory = max(client.run(_rss).values())
    return {
        "workers": workers,
        "articles": summary.added,
        "events": summary.events,
        "errors": summary.errors,
        "seconds": seconds,
        "rate": summary.added / seconds,
        "memory": memory / 2**20,
        "cpu": cpu,
        "load": (load + os.getloadavg()[0]) / 2,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, help="folder, .jsonl or .parquet")
    parser.add_argument("--articles", type=int, default=400, help="synthetic articles")
    parser.add_argument("--workers", default="1,2", help="worker counts to time, e.g. 1,2,4")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        inputs = (
            [args.path] if args.path else [synthetic(Path(folder) / "corpus.jsonl", args.articles)]
        )
        results = [run(inputs, int(n)) for n in args.workers.split(",")]
    base = results[0]["rate"] / results[0]["workers"]
    print(
        "| workers | articles | events/article | seconds | CPU s (workers + client) "
        "| articles/s | speed-up | scaling efficiency | peak RSS per worker (MiB) | load |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['workers']} | {r['articles']:,} | {r['events'] / max(1, r['articles']):.1f} "
            f"| {r['seconds']:.1f} | {r['cpu']:.1f} | {r['rate']:.1f} | "
            f"{r['rate'] / results[0]['rate']:.2f}x | "
            f"{r['rate'] / (r['workers'] * base):.0%} | {r['memory']:.0f} | {r['load']:.1f} |"
        )


if __name__ == "__main__":
    main()
