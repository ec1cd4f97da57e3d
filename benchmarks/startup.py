"""Start-up time of the command line: how long ``python -m timeline ...`` takes to answer.

    python -m benchmarks.startup [--runs N] [--top K]

Each command runs N times in a fresh interpreter (the first run, which may read modules
from a cold disk, is not counted); the table gives the median and fastest wall time. A
second table, from ``python -X importtime -m timeline --help``, lists the K slowest
imports of the first two levels (a module and what it imports itself), to show what
start-up spends its time on. The goal is under 0.5 s for
``--help``: a command imports only what it uses.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

COMMANDS: tuple[tuple[str, ...], ...] = (
    ("--help",),
    ("extract", "--help"),
    ("timex", "--help"),
    ("render", "--help"),
)
_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def wall_times(args: Sequence[str], runs: int) -> list[float]:
    """Seconds for each of ``runs`` runs of ``python -m timeline *args``, after one more."""
    times = []
    for _ in range(runs + 1):
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, check=True)
        times.append(time.perf_counter() - begin)
    return times[1:]


def slowest_imports(top: int) -> list[tuple[str, float, float]]:
    """(module, own ms, ms with what it imports) of the slowest imports two levels deep."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "timeline", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    found = []
    for line in result.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match and len(match.group(3)) <= 3:  # indented by 2 spaces a level
            found.append((match.group(4), int(match.group(1)) / 1e3, int(match.group(2)) / 1e3))
    return sorted(found, key=lambda row: row[2], reverse=True)[:top]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each command")
    parser.add_argument("--top", type=int, default=8, help="slowest imports to list")
    args = parser.parse_args(argv)
    print("| command | median (s) | fastest (s) |")
    print("|---|---:|---:|")
    for command in COMMANDS:
        times = wall_times(command, args.runs)
        shown = " ".join(("python -m timeline", *command))
        print(f"| `{shown}` | {statistics.median(times):.3f} | {min(times):.3f} |")
    print()
    print("| import (`--help`, two levels) | own (ms) | cumulative (ms) |")
    print("|---|---:|---:|")
    for module, own, total in slowest_imports(args.top):
        print(f"| {module} | {own:.1f} | {total:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
