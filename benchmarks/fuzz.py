"""A long fuzz run: generated hostile texts through ``timex --jsonl`` and ``extract``.

    python -m benchmarks.fuzz [--cases 10000] [--seed 9] [--limit 60]

Every case is a text built from what breaks text tools: news sentences with time
expressions, impossible dates (30 February, 2022-13-45), times thousands of years away,
numbers hundreds of digits long, runs of punctuation, control characters, NUL, lone
surrogates, right-to-left text, emoji, random Unicode, long lines and long sentences of
times, commas, sayings and relative clauses. All cases go, as JSON lines, through one
``python -m timeline timex --jsonl`` process; then each goes through ``extract
--inferred`` (the dated rows and the inferred ones) in this process. A case passes when
it gives a valid frame (schema and exact offsets) or an InputError, within --limit CPU
seconds; anything else is a crash.
The tests run the same generator with Hypothesis (tests/test_fuzz.py); this runs it long.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from timeline import schema
from timeline.export import frame_from_csv, frame_from_json, frame_to_csv, frame_to_json
from timeline.ingest import InputError, article_from_text
from timeline.pipeline import extract_many

SEED = 9
DCTS = (
    "2022-02-14T22:00+13:00",
    "1998-03-20T00:00Z",
    "2024-12-31T23:59:59-11:00",
    "0002-01-01T00:00+00:00",
    "9998-12-31T00:00+14:00",
)
# What news copy says about time, and what it should not trip over.
TIMES = (
    "on Monday", "last night", "last -night", "yesterday afternoon", "just before 9.30pm",
    "three days later", "over the past seven days", "in March 1998", "on 14 February 2022",
    "30 February 2022", "2022-13-45", "31/02/2021", "the 29th of February 2023", "25:61",
    "10,000 years ago", "2,100 years ago", "25 centuries ago", "99 centuries from now",
    "3,000,000 days ago", "10000 BC", "44 B.C.", "79 AD", "in 1500", "in 1066", "in 2262",
    "in 1677", "the 99th century", "the next 10,000 years", "999,999,999,999 hours later",
    "every Tuesday", "the week of March 6", "Christmas 1600", "the day before", "that year",
)  # fmt: skip
WORDS = (
    "Police said", "the minister", "He", "She", "Mr. Smith", "JANE RURU:", "protesters",
    "between 300 and 3000", "at least nine", "=HYPERLINK(\"http://x\",\"y\")", "+1", "@a",
    "the U.S.", "Feb.", "(4 a.m. Thursday)", "\u201cWe are ready,\u201d", "and", "but", ",",
)  # fmt: skip
NOISE = (
    "\x00", "\t", "\r", "\r\n", "\x0b", "\x1b[31m", "\u200b", "\u200e", "\u202e", "\ufeff",
    "\ud800", "\udfff", "\U0001f600", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\u0645\u0631\u062d\u0628\u0627 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646",
    "\u05e9\u05dc\u05d5\u05dd", "\u4eca\u5929", "\u0301\u0301\u0301", "\ufffd", "\U0010ffff",
)  # fmt: skip
RUNS = (".", ". ", " ", "!", "?", ",", "-", "'", '"', "9", "A", "a ", "1,", "9.", "\n", "apples, ")
# Long sentences of what the events layer looks back over from each time: times, commas,
# sayings and relative clauses (benchmarks/pathological.py times them one by one).
LONG = ("on Monday, ", "on Monday ", "1, on Monday, ", "who said on Monday that ",
        "the man, who fled on Monday, ")  # fmt: skip


def hostile_text(rng: random.Random) -> str:
    """One generated text: 1-40 pieces, sometimes with a long run of one piece or a long
    sentence of LONG."""
    pieces = []
    for _ in range(rng.randint(1, 40)):
        kind = rng.random()
        if kind < 0.35:
            pieces.append(rng.choice(TIMES))
        elif kind < 0.6:
            pieces.append(rng.choice(WORDS))
        elif kind < 0.75:
            pieces.append(rng.choice(NOISE))
        elif kind < 0.795:
            pieces.append(rng.choice(RUNS) * rng.choice((10, 100, 1000, 5000)))
        elif kind < 0.8:
            pieces.append(rng.choice(LONG) * rng.choice((10, 100, 800)))
        elif kind < 0.85:
            pieces.append("9" * rng.choice((20, 309, 400)))
        elif kind < 0.9:
            pieces.append(".")
        else:
            pieces.append("".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(1, 8))))
    return rng.choice((" ", "", "\n")).join(pieces)


@dataclass
class Report:
    """What a fuzz run found."""

    cases: int = 0
    frames: int = 0
    input_errors: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    jsonl_errors: list[str] = field(default_factory=list)
    slowest: tuple[float, int, str] = (0.0, -1, "")
    jsonl_seconds: float = 0.0
    seconds: float = 0.0


def check_frame(text: str, frame: pd.DataFrame) -> None:
    """The contract, exact offsets, and exports that read back to as many rows."""
    schema.validate(frame)
    for row in frame.itertuples():
        if row.time_text and text[row.char_start : row.char_end] != row.time_text:
            raise AssertionError(f"time_text {row.time_text!r} is not at its offsets")
        if text[row.sentence_start : row.sentence_end] != row.sentence:
            raise AssertionError("sentence is not at its offsets")
    if len(frame_from_csv(frame_to_csv(frame))) != len(frame_from_json(frame_to_json(frame))):
        raise AssertionError("CSV and JSON exports read back differently")


def run_jsonl(texts: Sequence[str], dcts: Sequence[str], report: Report) -> None:
    """All texts through one ``timex --jsonl`` process; no error record, no traceback,
    every timex at its offsets."""
    lines = [
        json.dumps({"id": i, "text": t, "dct": d})
        for i, (t, d) in enumerate(zip(texts, dcts, strict=True))
    ]
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "timex", "--jsonl"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    report.jsonl_seconds = time.perf_counter() - began
    if done.returncode or done.stderr:
        report.jsonl_errors.append(f"exit {done.returncode}: {done.stderr.strip()[-300:]}")
    for out in done.stdout.splitlines():
        record = json.loads(out)
        if "error" in record:
            report.jsonl_errors.append(record["error"][:200])
            continue
        # as the process read it: JSON joins an escaped surrogate pair into one character
        text = json.loads(json.dumps(texts[record["id"]]))
        for t in record["timexes"]:
            if text[t["start"] : t["end"]] != t["text"]:
                report.jsonl_errors.append(f"case {record['id']}: {t['text']!r} not at offsets")


def run_extract(index: int, text: str, dct: str, report: Report) -> None:
    began = time.process_time()  # CPU: the machine's cores are shared
    try:
        article = article_from_text(text, dct)
        check_frame(article.text, extract_many([article], inferred=True))
        report.frames += 1
    except InputError as err:
        report.input_errors[str(err).split(":")[0][:60]] += 1
    except Exception:
        report.crashes.append(f"case {index}: {traceback.format_exc(limit=-2)}")
    seconds = time.process_time() - began
    if seconds > report.slowest[0]:
        report.slowest = (seconds, index, text[:60])


def fuzz(cases: int, seed: int = SEED) -> Report:
    rng = random.Random(seed)
    texts = [hostile_text(rng) for _ in range(cases)]
    dcts = [rng.choice(DCTS) for _ in range(cases)]
    report = Report(cases=cases)
    began = time.perf_counter()
    run_jsonl(texts, dcts, report)
    for index, (text, dct) in enumerate(zip(texts, dcts, strict=True)):
        run_extract(index, text, dct, report)
    report.seconds = time.perf_counter() - began
    return report


def table(report: Report) -> str:
    seconds, index, start = report.slowest
    rows = [
        ("cases", f"{report.cases:,}"),
        ("timex --jsonl (one process)", f"{report.jsonl_seconds:.1f} s, "
         f"{len(report.jsonl_errors)} error records or tracebacks"),
        ("extract: valid frames", f"{report.frames:,}"),
        *((f"extract: InputError {kind!r}", f"{n:,}") for kind, n in report.input_errors.items()),
        ("crashes", f"{len(report.crashes):,}"),
        ("slowest extract", f"{seconds:.2f} s CPU (case {index}: {start!r})"),
        ("total time", f"{report.seconds:.1f} s"),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--limit", type=float, default=60.0, help="CPU seconds a case may take")
    args = parser.parse_args(argv)
    report = fuzz(args.cases, args.seed)
    print(table(report))
    for problem in [*report.jsonl_errors, *report.crashes][:10]:
        print("\n" + problem)
    failed = report.crashes or report.jsonl_errors or report.slowest[0] > args.limit
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
