"""Tagging speed on ~300-word news documents: one process, one core, after warm-up.

    python -m benchmarks.speed [PATH ...] [--docs N] [--words W] [--repeat R] [--tagger MODULE:FUNC]
    python -m benchmarks.speed [PATH ...] --cli [--docs N] [--repeat R]

With PATHs, the documents are the .tml files found there (raw TEXT and DCT, as in
benchmarks.timeml); a PATH naming any other file is read as plain text with DCT --dct.
Without, N synthetic news-like documents are generated from SEED, so two runs (or two
machines) time the very same text. Both wall-clock and CPU time are reported: on a
shared machine other processes stretch the first, not the second.

With ``--cli``, the documents go once through ``python -m timeline timex --jsonl`` in a
fresh process, as a batch user runs it: its CPU time less that of the same command given
no input (the start-up) is what the documents cost, with the rules' first-use work
(compiling, building the search) spread over them, not warmed up beforehand. That
first use is timed twice: with a cold cache (an empty TIMELINE_CACHE_DIR: the process
compiles everything, and writes the cache at exit) and with a warm one (the same folder
again, as every later run of an installed tagger finds it; timeline.temporal.build_cache).
A third reading starts from the folder the set-up command fills (``timeline.warm``
tags every rule's examples and extracts the default article, not counted): a new
machine's first run after set-up.
Beside them, the steady rate: the documents sent twice less sent once (both with the warm
cache), which is what each further document costs once the rules it needs are built. (A
run of the first document alone held only the first use of the rules that document
needs; a batch meets most rules later, so the batch less that run still carried their
building.) The second pass finds the small caches keyed by a value ('2024-03-20' -> its
interval) warm, as a long batch of news about the same days would. Every run has a cache
folder of its own: the user's cache is never read nor written.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.timeml import Tagger, load_tagger
from benchmarks.tml import TimeMLError, parse_dct, read_document

SEED = 20130614  # fixed: the synthetic corpus must be identical from run to run
WORDS_PER_DOC = 300  # the length of a typical news report

_PEOPLE = ["the minister", "Mr. Alvarez", "a spokeswoman", "the governor", "Ms. Okafor"]
_ORGS = ["the central bank", "Parliament", "the company", "the United Nations", "police"]
_PLACES = ["in Nairobi", "in Lisbon", "near the border", "in the capital", "in Ohio"]
_VERBS = ["said", "announced", "reported", "confirmed", "warned", "denied"]
_EVENTS = ["the vote", "the merger", "the strike", "talks", "the trial", "the launch"]
_TIMES = [
    "on Monday", "on Friday", "yesterday", "today", "last week", "next month",
    "on March 3, 1998", "in 1997", "two years ago", "earlier this year", "at 10:30 a.m.",
    "for three months", "since January", "every Tuesday", "in the third quarter",
    "by the end of the decade", "the next day", "on Jan. 12", "in mid-2001", "this morning",
]  # fmt: skip
_FILLER = [
    "Officials expected the decision to affect thousands of workers and their families.",
    "Analysts said the figures were broadly in line with forecasts.",
    "The statement gave no further details about the cost of the programme.",
    "Critics argued that the plan would raise prices for consumers.",
    "Shares rose 2.4 percent in early trading after the news.",
    "Residents described long queues outside banks and petrol stations.",
]


@dataclass(frozen=True)
class SpeedResult:
    """What one speed run measured."""

    docs: int
    words: int
    seconds: float
    cpu_seconds: float
    peak_traced_kib: float
    max_rss_mib: float
    timexes: int


def synthetic_documents(
    n: int, seed: int = SEED, words: int = WORDS_PER_DOC
) -> list[tuple[str, datetime]]:
    """``n`` deterministic news-like documents of about ``words`` words, with DCTs.

    Roughly one sentence in two carries a time expression, close to real wire copy, so
    the tagger's matching paths are exercised about as often as on news.
    """
    rng = random.Random(seed)
    base = datetime(1998, 1, 1, tzinfo=UTC)
    return [(_document(rng, words), base + timedelta(days=rng.randrange(3650))) for _ in range(n)]


def _document(rng: random.Random, length: int) -> str:
    """One synthetic article: paragraphs of 2-4 sentences up to ``length`` words."""
    paragraphs: list[str] = []
    words = 0
    while words < length:
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
        words += sum(len(s.split()) for s in sentences)
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def _sentence(rng: random.Random) -> str:
    """A reporting sentence with a time expression, or plain filler."""
    if rng.random() < 0.4:
        return rng.choice(_FILLER)
    who, verb, what = rng.choice(_PEOPLE), rng.choice(_VERBS), rng.choice(_EVENTS)
    when, where, org = rng.choice(_TIMES), rng.choice(_PLACES), rng.choice(_ORGS)
    sentence = f"{who} {verb} {when} that {what} with {org} would go ahead {where}."
    return sentence[0].upper() + sentence[1:]


def file_documents(paths: Sequence[str], dct: datetime) -> list[tuple[str, datetime]]:
    """Documents from .tml files under ``paths`` (their own DCT); other files named in
    ``paths`` are plain text dated ``dct`` (folders give only .tml: a corpus README is no
    news article)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(path.rglob("*.tml"))
        elif path.is_file():
            files.append(path)
        else:
            raise TimeMLError(f"{path}: no such file or folder")
    docs = []
    for file in files:
        if file.suffix == ".tml":
            doc = read_document(file)
            docs.append((doc.text, doc.dct))
        else:
            docs.append((file.read_text(encoding="utf-8"), dct))
    return docs


def pin_to_one_core() -> str:
    """Run on a single CPU where the OS allows it, so numbers compare across machines."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def measure(docs: Sequence[tuple[str, datetime]], tagger: Tagger, repeat: int) -> SpeedResult:
    """Time ``repeat`` passes over ``docs`` (median pass reported), after one warm-up pass.

    Memory is measured in a separate pass under tracemalloc, because tracing slows Python
    down several-fold and must not pollute the timing.
    """
    for text, dct in docs[: max(1, min(20, len(docs)))]:
        tagger(text, dct)
    passes = [_timed_pass(docs, tagger) for _ in range(max(1, repeat))]
    wall, cpu = zip(*passes, strict=True)
    tracemalloc.start()
    timexes = sum(len(tagger(text, dct)) for text, dct in docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return SpeedResult(
        docs=len(docs),
        words=sum(len(text.split()) for text, _ in docs),
        seconds=statistics.median(wall),
        cpu_seconds=statistics.median(cpu),
        peak_traced_kib=peak / 1024,
        max_rss_mib=rss_kib / 1024,
        timexes=timexes,
    )


def _timed_pass(docs: Sequence[tuple[str, datetime]], tagger: Tagger) -> tuple[float, float]:
    """Wall-clock and CPU seconds for one pass of tagger calls, with the garbage collector
    settled first."""
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    for text, dct in docs:
        tagger(text, dct)
    return time.perf_counter() - started, time.process_time() - cpu


@dataclass(frozen=True)
class CliResult:
    """What one ``--cli`` run measured: CPU seconds of the command, median of the runs."""

    docs: int
    start_up_cpu: float  # given no input
    cold_cpu: float  # given the documents, with an empty cache folder
    set_up_cpu: float  # given the documents, with the folder timeline.warm filled
    batch_cpu: float  # given the documents, with the cache the cold run wrote
    twice_cpu: float  # given the documents twice: the second pass is the steady cost


def measure_cli(docs: Sequence[tuple[str, datetime]], repeat: int) -> CliResult:
    """CPU time of ``timex --jsonl`` on the documents with a cold cache, then with the
    warm one it left, on none and on the documents twice, ``repeat`` runs each in turn
    (median kept), each round with a new cache folder; a child process's CPU time is read
    from getrusage."""
    with tempfile.TemporaryDirectory() as folder:
        batch, empty = Path(folder) / "batch.jsonl", Path(folder) / "empty.jsonl"
        twice = Path(folder) / "twice.jsonl"
        lines = [json.dumps({"id": i, "text": t, "dct": d.isoformat()}) for i, (t, d) in
                 enumerate(docs)]
        batch.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        empty.write_text("", encoding="utf-8")
        twice.write_text("".join(line + "\n" for line in lines * 2), encoding="utf-8")
        cold: list[float] = []
        set_up: list[float] = []
        runs: dict[Path, list[float]] = {batch: [], empty: [], twice: []}
        for round_ in range(max(1, repeat)):
            cache = Path(folder) / f"cache-{round_}"
            cold.append(_child_cpu(batch, cache))
            for path, times in runs.items():
                times.append(_child_cpu(path, cache))
            filled = Path(folder) / f"filled-{round_}"
            _child_cpu(None, filled, ["-m", "timeline.warm"])
            set_up.append(_child_cpu(batch, filled))
    return CliResult(len(docs), statistics.median(runs[empty]), statistics.median(cold),
                     statistics.median(set_up), statistics.median(runs[batch]),
                     statistics.median(runs[twice]))


_TIMEX = ["-m", "timeline", "timex", "--jsonl"]


def _child_cpu(stdin: Path | None, cache: Path, command: list[str] = _TIMEX) -> float:
    """CPU seconds (user and system) of one run of ``command`` (``timex --jsonl``) reading
    ``stdin``, with ``cache`` as its cache folder."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    environment = {**os.environ, "TIMELINE_CACHE_DIR": str(cache)}
    with stdin.open("rb") if stdin else open(os.devnull, "rb") as source:
        subprocess.run([sys.executable, *command], stdin=source,
                       stdout=subprocess.DEVNULL, check=True, env=environment)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def format_cli(result: CliResult) -> str:
    """The ``--cli`` table: first use with a cold, a set-up and a warm cache, and the
    steady rate."""

    def rate(cost: float) -> float:
        return result.docs / cost if cost > 0 else float("inf")

    steady = result.twice_cpu - result.batch_cpu
    header = f"{'docs':>6}{'start-up CPU s':>16}{'cache':>8}{'batch CPU s':>13}{'docs CPU s':>12}"
    header += f"{'ms/doc':>8}{'CPU docs/s':>12}{'twice CPU s':>13}{'steady docs/s':>15}"
    rows = []
    for name, batch in (("cold", result.cold_cpu), ("set-up", result.set_up_cpu),
                        ("warm", result.batch_cpu)):
        cost = batch - result.start_up_cpu
        row = f"{result.docs:6}{result.start_up_cpu:16.3f}{name:>8}{batch:13.3f}{cost:12.3f}"
        row += f"{1000 * cost / result.docs:8.3f}{rate(cost):12.1f}"
        if name == "warm":
            row += f"{result.twice_cpu:13.3f}{rate(steady):15.1f}"
        rows.append(row)
    note = ("(docs CPU s: the batch less the start-up, first-use work of the rules included,"
            "\n with an empty cache folder (cold), one the set-up command filled (set-up)"
            "\n and the one the cold run left (warm);"
            "\n steady: the documents sent twice less sent once, what a further document"
            " costs;\n CPU: the command's own time, which other processes do not stretch)")
    return "\n".join([header, *rows, note])


def format_result(result: SpeedResult) -> str:
    """The speed table."""
    rate = result.docs / result.seconds if result.seconds else float("inf")
    word_rate = result.words / result.seconds if result.seconds else float("inf")
    cpu_rate = result.docs / result.cpu_seconds if result.cpu_seconds else float("inf")
    header = f"{'docs':>6}{'words':>9}{'seconds':>10}{'docs/s':>10}{'words/s':>11}"
    header += f"{'CPU s':>8}{'CPU docs/s':>12}{'peak KiB':>10}{'max RSS MiB':>13}{'timexes':>9}"
    row = f"{result.docs:6}{result.words:9}{result.seconds:10.3f}{rate:10.1f}{word_rate:11.0f}"
    row += f"{result.cpu_seconds:8.3f}{cpu_rate:12.1f}"
    row += f"{result.peak_traced_kib:10.0f}{result.max_rss_mib:13.1f}{result.timexes:9}"
    note = (
        "(CPU: this process's time, which other processes on the machine do not stretch;\n"
        " peak KiB: Python heap allocated while tagging, per tracemalloc; max RSS: process)"
    )
    return f"{header}\n{row}\n{note}"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line described in the module docstring."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed", description=__doc__)
    parser.add_argument("paths", nargs="*", help="files or folders of .tml (else synthetic)")
    parser.add_argument("--docs", type=int, default=200, help="synthetic documents (200)")
    parser.add_argument("--words", type=int, default=WORDS_PER_DOC, help="words per document")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes, median kept (3)")
    parser.add_argument("--seed", type=int, default=SEED, help="synthetic corpus seed")
    parser.add_argument("--dct", default="2024-01-15", help="DCT of plain-text files (2024-01-15)")
    parser.add_argument("--tagger", default="timeline.temporal:tag", metavar="MODULE:FUNC")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one CPU")
    parser.add_argument("--cli", action="store_true",
                        help="time `python -m timeline timex --jsonl` on the documents")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None, tagger: Tagger | None = None) -> int:
    """Run the speed benchmark and print its table."""
    args = parse_args(argv)
    try:
        if args.paths:
            docs = file_documents(args.paths, parse_dct(args.dct, "--dct"))
        else:
            docs = synthetic_documents(args.docs, args.seed, args.words)
    except (TimeMLError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not docs:
        print("error: no documents", file=sys.stderr)
        return 2
    pinned = "not pinned (--no-pin)" if args.no_pin else pin_to_one_core()
    source = "files" if args.paths else f"synthetic, ~{args.words} words, seed {args.seed}"
    if args.cli:
        print(f"speed: {len(docs)} documents ({source}) through `timex --jsonl`, {pinned}, "
              f"median of {max(1, args.repeat)} runs")
        print(format_cli(measure_cli(docs, args.repeat)))
        return 0
    print(f"speed: {len(docs)} documents ({source}), one process, {pinned}, after warm-up")
    print(format_result(measure(docs, tagger or load_tagger(args.tagger), args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
