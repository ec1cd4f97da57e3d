"""Rewrite timeline/temporal/data/starts.json after changing the tagger's rules
(timeline/temporal/starts.py says why it exists): .venv/bin/python scripts/write_starts.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's package

from timeline.temporal.rules import load
from timeline.temporal.starts import write_table

if __name__ == "__main__":
    print(f"Wrote the starts of {len(load().rules)} rules to {write_table(load().rules)}")
