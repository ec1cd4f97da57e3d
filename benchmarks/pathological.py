"""Worst-case extraction: generated texts that made the events layer quadratic or worse.

    python -m benchmarks.pathological [--scale 1 2 4 8] [--before TREE]

Each kind of input grows with the scale; a row gives its size and the CPU seconds of one
``extract_many([article], inferred=True)``. Seconds should grow with the size, not with
its square: in a long sentence every time expression once looked back over every comma,
clause or saying before it. ``--before TREE`` times the same texts in another checkout
(an earlier commit) beside them, in a process of its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

DCT = "2022-02-14T22:00+13:00"
# Times after a run of commas as the fuzz tests build them (benchmarks/fuzz.py): a list of
# times after '1,1,1,...', and no full stop anywhere.
TIMES = "on Monday, last night, three days later, in March 1998, yesterday afternoon"
NAMES = ("Smith", "The minister", "A spokeswoman", "Police", "Jones", "The company")
DAYS = ("on Monday", "on Monday morning", "on Monday", "on Monday afternoon")


def times_in_one_sentence(n: int) -> str:
    """'Police said on Monday, on Monday, ...': n times, a comma after each."""
    return "Police said " + "on Monday, " * n + "the man was arrested."


def times_without_commas(n: int) -> str:
    """'Police said, on Monday on Monday ...': n times after one comma."""
    return "Police said, " + "on Monday " * n + "the man was arrested."


def commas_in_one_sentence(n: int) -> str:
    """n runs of 250 commas ('1,1,1,...'), each followed by a list of TIMES."""
    return ("1," * 250 + " " + TIMES + ", ") * n


def sayings(n: int) -> str:
    """An article of n sentences, four to a paragraph: three sayings with a time each and
    a happening without one, which looks back for the story's last happening."""
    sentences = [
        f"{NAMES[i % len(NAMES)]} said {DAYS[i % len(DAYS)]} that the plan was approved."
        if i % 4 != 3 else "Crowds gathered outside the court."
        for i in range(n)
    ]
    return "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, n, 4))


KINDS: dict[str, tuple[Callable[[int], str], int]] = {
    "times in one sentence": (times_in_one_sentence, 100),
    "times after one comma": (times_without_commas, 100),
    "comma runs and times in one sentence": (commas_in_one_sentence, 1),
    "sayings article": (sayings, 500),
}


def measure(scales: Sequence[int]) -> list[tuple[str, int, float]]:
    """(kind, characters, CPU seconds) for each kind at each scale."""
    from timeline.ingest import article_from_text
    from timeline.pipeline import extract_many

    extract_many([article_from_text("He said on Monday.", DCT)], inferred=True)  # warm
    out = []
    for kind, (make, unit) in KINDS.items():
        for scale in scales:
            text = make(unit * scale)
            article = article_from_text(text, DCT)
            began = time.process_time()
            extract_many([article], inferred=True)
            out.append((kind, len(text), time.process_time() - began))
    return out


def measure_in(tree: Path, scales: Sequence[int]) -> list[tuple[str, int, float]]:
    """The same measure run in another checkout's code."""
    done = subprocess.run(
        [sys.executable, __file__, "--json", "--scale", *map(str, scales)],
        cwd=tree, env={"PYTHONPATH": str(tree)}, capture_output=True, text=True, check=True,
    )
    return [tuple(row) for row in json.loads(done.stdout)]  # type: ignore[misc]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", nargs="+", type=int, default=[1, 2, 4, 8])
    parser.add_argument("--before", type=Path, help="another checkout to time beside")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    rows = measure(args.scale)
    if args.json:
        print(json.dumps(rows))
        return 0
    before = measure_in(args.before, args.scale) if args.before else None
    print("| input | characters | CPU s |" + (" CPU s before |" if before else ""))
    print("|---|---:|---:|" + ("---:|" if before else ""))
    for i, (kind, chars, seconds) in enumerate(rows):
        extra = f" {before[i][2]:.2f} |" if before else ""
        print(f"| {kind} | {chars:,} | {seconds:.2f} |{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
