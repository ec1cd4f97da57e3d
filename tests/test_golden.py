"""Golden files: the whole frame of each reference article, reviewed by hand.

Any change to extraction shows up here as a diff to read. To accept a change after
reading it, regenerate with ``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py``
and review ``git diff tests/golden`` line by line before committing.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pandas as pd
import pytest

from timeline.ingest import Article, load_article, load_default
from timeline.pipeline import extract, extract_inferred

ROOT = Path(__file__).resolve().parent
GOLDEN = ROOT / "golden"
ARTICLES = sorted(p.name for p in (ROOT / "data" / "articles").iterdir() if p.is_dir())
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def load(name: str) -> Article:
    if name == "default":
        return load_default()
    return load_article(ROOT / "data" / "articles" / name / "article.txt")


def _plain(value: object) -> object:
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def records(df: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as plain JSON values, in a stable order (time, offset, id)."""
    rows = [{k: _plain(v) for k, v in row.items()} for row in df.to_dict("records")]
    return sorted(rows, key=lambda r: (str(r["start"]), r["char_start"], r["sentence_start"],
                                       r["event_id"]))


def snapshot(article: Article) -> str:
    data = {"events": records(extract(article)), "inferred": records(extract_inferred(article))}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@pytest.mark.parametrize("name", ["default", *ARTICLES])
def test_frame_matches_reviewed_golden_file(name: str) -> None:
    path = GOLDEN / f"{name}.json"
    got = snapshot(load(name))
    if UPDATE:
        path.write_text(got, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with UPDATE_GOLDEN=1 and review it"
    assert json.loads(got) == json.loads(path.read_text(encoding="utf-8"))
