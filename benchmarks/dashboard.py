"""Dashboard speed: build the figure and filter a view with 1k, 10k and 100k synthetic events.

``python -m benchmarks.dashboard [--sizes 1000 10000 100000] [--repeat 3]`` prints one row
per size: the best wall time of ``timeline_figure`` (kind lanes), of its JSON encoding (what
the browser receives, and its size), and of ``filters.apply`` on a typical shared view
(two kinds, one actor, a search word). Events are synthetic but schema-valid.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import numpy as np
import pandas as pd

from timeline import filters, schema
from timeline.figures import timeline_figure

ZONE = "Pacific/Auckland"
_ACTORS = ("police", "protesters", "the mayor", "a witness", "residents", "the council")
_WORDS = ("march", "crowd", "arrest", "speech", "road", "tent", "vote", "fire", "rain", "court")
_LENGTHS_MIN = (1, 1, 60, 360, 720, 1440, 10080)  # instants, hours, parts of days, days, weeks
VIEW = {"kind": ["statement", "occurrence"], "actor": ["police"], "q": ["crowd"]}


def synthetic_frame(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` schema-valid events over two months, a few articles, mixed lengths and kinds."""
    rng = np.random.default_rng(seed)
    base = pd.Timestamp("2022-01-01", tz=ZONE)
    start = base + pd.to_timedelta(rng.integers(0, 60 * 24 * 60, n), unit="min")
    length = pd.to_timedelta(rng.choice(_LENGTHS_MIN, n), unit="min")
    words = rng.choice(_WORDS, (n, 2))
    titles = [f"Event {i}: {a} {b}" for i, (a, b) in enumerate(words)]
    actors = [[_ACTORS[k]] for k in rng.integers(0, len(_ACTORS), n)]
    frame = pd.DataFrame({
        "event_id": [f"ev{i}" for i in range(n)], "doc_id": [f"doc{i % 5}" for i in range(n)],
        "start": start, "end": start + length, "granularity": "minute", "timex": "2022-01-01",
        "timex_type": "TIME", "timex_mod": "", "time_text": "on Monday", "char_start": 0,
        "char_end": 9, "sentence": [f"{t}, said a witness." for t in titles],
        "sentence_start": 0, "sentence_end": 40, "title": titles, "actors": actors,
        "kind": rng.choice(schema.KINDS, n), "source": rng.choice(["", "a witness"], n),
        "timezone": ZONE,
    })
    return schema.validate(schema.coerce(frame))


def best_of(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Best wall time in seconds over ``repeat`` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def measure(n: int, repeat: int) -> dict[str, float]:
    frame = synthetic_frame(n)
    fig_s, fig = best_of(lambda: timeline_figure(frame), repeat)
    json_s, text = best_of(lambda: fig.to_json(), repeat)  # type: ignore[attr-defined]
    filter_s, view = best_of(lambda: filters.apply(frame, VIEW), repeat)
    return {
        "events": n, "figure_s": fig_s, "json_s": json_s, "json_mb": len(str(text)) / 1e6,
        "filter_s": filter_s, "kept": len(view),  # type: ignore[arg-type]
    }


def table(rows: list[dict[str, float]]) -> str:
    head = "| events | figure (s) | to JSON (s) | JSON (MB) | filter (s) | kept |"
    lines = [head, "|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['events']:,} | {r['figure_s']:.3f} | {r['json_s']:.3f} | "
            f"{r['json_mb']:.1f} | {r['filter_s']:.4f} | {r['kept']:,} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(table([measure(n, args.repeat) for n in args.sizes]))


if __name__ == "__main__":
    main()
