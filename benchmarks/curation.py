"""Curation speed: apply an edit log to a project's extraction (``store.edits.apply``).

``python -m benchmarks.curation [--events 100000] [--edits 10000] [--repeat 3]`` prints one
row per size: the best wall time of turning the extraction and the log into the curated
frame (one core, in memory: no database). The goal is a 10,000-edit log over 100,000
events within 1 s. The log is a realistic mix, by several authors: 70% field edits (title,
times, kind, actors), 10% deletions, 8% added events, 4% merges of two or three events,
1% splits, 7% undos and redos.
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd

from benchmarks.dashboard import best_of, synthetic_frame
from timeline.store.edits import apply, log_frame, manual_id, merged_id

AUTHORS = ("ana", "bo", "cli")


def synthetic_log(frame: pd.DataFrame, n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` edits over ``frame``, each naming an event that exists when it is made."""
    rng = np.random.default_rng(seed)
    ids = list(frame["event_id"])
    alive = list(ids)
    records: list[dict[str, object]] = []
    at = pd.Timestamp("2024-03-01", tz="UTC")
    ops = rng.choice(
        ["set", "delete", "add", "merge", "split", "undo"],
        n,
        p=[0.70, 0.10, 0.08, 0.04, 0.01, 0.07],
    )
    merged: list[str] = []
    contents: list[int] = []
    for edit_id, op in enumerate(ops, 1):
        record: dict[str, object] = {
            "edit_id": edit_id,
            "at": at + pd.Timedelta(seconds=edit_id),
            "author": AUTHORS[edit_id % len(AUTHORS)],
            "session": "",
            "op": str(op),
            "event_id": "",
            "payload": {},
            "target": None,
        }
        pick = alive[int(rng.integers(len(alive)))]
        if op == "set":
            record["event_id"] = pick
            choice = edit_id % 4
            if choice == 0:
                record["payload"] = {"title": f"Edited {edit_id}"}
            elif choice == 1:
                start = pd.Timestamp("2022-01-01T09:00+13:00") + pd.Timedelta(hours=edit_id % 900)
                end = start + pd.Timedelta(hours=1)
                record["payload"] = {"start": start.isoformat(), "end": end.isoformat()}
            elif choice == 2:
                record["payload"] = {"kind": "statement", "actors": ["Ana", f"Person {edit_id}"]}
            else:
                record["payload"] = {"title": f"Both {edit_id}", "source": "a witness"}
        elif op == "delete":
            record["event_id"] = pick
            alive.remove(pick)
        elif op == "add":
            start = pd.Timestamp("2022-02-01T09:00+13:00") + pd.Timedelta(minutes=edit_id)
            end = start + pd.Timedelta(minutes=30)
            record["payload"] = {
                "title": f"Added {edit_id}",
                "start": start.isoformat(),
                "end": end.isoformat(),
                "timezone": "Pacific/Auckland",
            }
            alive.append(manual_id(edit_id))
        elif op == "merge":
            parts = list(dict.fromkeys(alive[int(i)] for i in rng.integers(len(alive), size=3)))
            if len(parts) < 2:
                continue
            record["payload"] = {"parts": parts}
            alive = [a for a in alive if a not in set(parts)]
            alive.append(merged_id(edit_id))
            merged.append(merged_id(edit_id))
        elif op == "split":
            if not merged:
                continue
            record["event_id"] = merged.pop()
        elif op == "undo":
            if not contents:
                continue
            record["target"] = contents.pop()
        if op != "undo":
            contents.append(edit_id)
        records.append(record)
    return log_frame(records)


def measure(events: int, edits: int, repeat: int) -> dict[str, float | int]:
    frame = synthetic_frame(events)
    log = synthetic_log(frame, edits)
    seconds, result = best_of(lambda: apply(frame, log), repeat)
    curated = result.frame  # type: ignore[attr-defined]
    return {
        "events": events,
        "edits": len(log),
        "seconds": seconds,
        "rows": len(curated),
        "curated": int(curated["curated"].sum()),
        "stale": len(result.stale),  # type: ignore[attr-defined]
    }


def table(rows: list[dict[str, float | int]]) -> str:
    lines = [
        "| events | edits | apply (s) | curated rows | of them edited | stale edits |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['events']:,} | {r['edits']:,} | {r['seconds']:.2f} | {r['rows']:,} | "
            f"{r['curated']:,} | {r['stale']:,} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(table([measure(n, args.edits, args.repeat) for n in args.events]))


if __name__ == "__main__":
    main()
