"""Hostile input: every text ends in a frame or a clear error, in time (issue 9).

Each crash or slowdown once reproduced is pinned here with the input that caused it.
"""

from __future__ import annotations

import time

import pytest

from timeline import schema
from timeline.ingest import article_from_text
from timeline.pipeline import extract, extract_inferred
from timeline.temporal import tag

DCT = "2022-02-14T22:00+13:00"


def _timed_extract(text: str) -> tuple[tuple[int, int], float]:
    """(dated rows, inferred rows) and the seconds they took."""
    article = article_from_text(text, DCT)
    began = time.perf_counter()
    rows = len(schema.validate(extract(article))), len(extract_inferred(article))
    return rows, time.perf_counter() - began


@pytest.mark.parametrize(
    ("text", "rows", "before"),
    [
        pytest.param(
            "." * 40_000,
            (0, 0),
            "56 s: a run of stops was scanned from each of its stops",
            id="dots",
        ),
        pytest.param("apples, " * 5_000, (0, 40), "one 40 KB sentence", id="run-on-list"),
        pytest.param(
            "He said on Monday that apples, " * 300,
            (300, 0),
            "9 s: every event read its whole 9 KB sentence",
            id="run-on-events",
        ),
        pytest.param(
            "It fell on 31 February 2021. " * 400,
            (400, 0),
            "15 s: each impossible date re-read the text from its start",
            id="impossible-dates",
        ),
        pytest.param(
            "He met John Smith on Monday. " * 400,
            (400, 0),
            "each pronoun re-read every sentence before it",
            id="pronouns",
        ),
    ],
)
def test_hostile_text_is_extracted_in_bounded_time(
    text: str, rows: tuple[int, int], before: str
) -> None:
    """Each was quadratic (``before`` says how slow); each now takes well under a second."""
    extract(article_from_text("On Monday he left.", DCT))  # rules and word lists loaded
    found, seconds = _timed_extract(text)
    assert found == rows
    assert seconds < 5, f"{seconds:.1f} s (was {before})"


def test_many_impossible_dates_each_give_way_to_their_runner_up() -> None:
    text = "It fell on 31 February 2021. " * 3
    assert [(t.text, t.value) for t in tag(text, DCT)] == [("February 2021", "2021-02")] * 3
