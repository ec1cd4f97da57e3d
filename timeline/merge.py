"""One row per event across articles: the same happening reported twice is joined.

Matching is deliberately conservative, since a wrong join hides an event: two rows join
only when they come from different articles, cover exactly the same interval, share at
least one actor, and at least half the content words of their titles (actors' names
left out, since they are shared by design) are shared. The joined row
keeps the first report's text and lists every article and publication.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

TITLE_OVERLAP = 0.5
Row = pd.Series | Mapping[str, Any]
_STOP = frozenset(re.findall(r"\w+", "a an the of to in on at for and or but with by from as "
                             "is are was were has have had be been that this it its their his"))


def title_words(title: str) -> set[str]:
    """Content words of a title, lower case."""
    return {w for w in re.findall(r"[a-z0-9']+", title.lower()) if w not in _STOP}


def same_event(a: Row, b: Row) -> bool:
    """Whether two rows from different articles report the same happening (read by column
    name, so archive/joins.py passes plain dicts)."""
    if set(a["doc_ids"]) & set(b["doc_ids"]):
        return False
    if a["start"] != b["start"] or a["end"] != b["end"]:
        return False
    if not {x.lower() for x in a["actors"]} & {x.lower() for x in b["actors"]}:
        return False
    names = title_words(" ".join([*a["actors"], *b["actors"], ]))
    wa, wb = title_words(a["title"]) - names, title_words(b["title"]) - names
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= TITLE_OVERLAP


def join_reports(df: pd.DataFrame) -> pd.DataFrame:
    """Rows of several articles with reports of one event joined into the first report."""
    rows = [row.copy() for _, row in df.iterrows()]
    kept: list[pd.Series] = []
    for row in rows:
        match = next((k for k in kept if same_event(k, row)), None)
        if match is None:
            kept.append(row)
            continue
        match["doc_ids"] = [*match["doc_ids"], *row["doc_ids"]]
        match["sources"] = [*match["sources"], *row["sources"]]
        match["actors"] = [*match["actors"], *(a for a in row["actors"]
                                               if a not in match["actors"])]
    if len(kept) == len(rows):
        return df
    # The kept rows taken from df itself keep every dtype (a column of NaT times too).
    out = df.loc[[k.name for k in kept]].copy()
    for column in ("doc_ids", "sources", "actors"):
        out[column] = [k[column] for k in kept]
    return out.reset_index(drop=True)
