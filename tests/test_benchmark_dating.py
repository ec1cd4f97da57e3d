"""Tests of the event-dating benchmark: gold dates from TLINKs, the scoring, the report.

The fixture tests/data/dating/dating.tml is hand-written: an event dated by a
weekday, a statement included in the document's date (whose time of filing is dropped), an
event the third quarter INCLUDES, and an event with no IS_INCLUDED link (not counted).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from benchmarks import dating
from benchmarks.tml import read_document
from timeline.pipeline import extract_many

FIXTURE = Path(__file__).parent / "data" / "dating"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_gold_interval_of_calendar_values() -> None:
    assert dating.gold_interval("1998") == (utc(1998, 1, 1), utc(1999, 1, 1))
    assert dating.gold_interval("1998-02") == (utc(1998, 2, 1), utc(1998, 3, 1))
    assert dating.gold_interval("1998-Q4") == (utc(1998, 10, 1), utc(1999, 1, 1))
    assert dating.gold_interval("1998-W02") == (utc(1998, 1, 5), utc(1998, 1, 12))
    assert dating.gold_interval("1998-02-13TNI") == (utc(1998, 2, 13, 18), utc(1998, 2, 14, 6))
    assert dating.gold_interval("1998-02-13T10:15") == (
        utc(1998, 2, 13, 10, 15),
        utc(1998, 2, 13, 10, 16),
    )
    assert dating.gold_interval("PAST_REF") is None
    assert dating.gold_interval("P3D") is None


def test_gold_events_from_tlinks_either_way_round() -> None:
    doc = read_document(FIXTURE / "dating.tml")
    got = [(e.eid, doc.text[e.start : e.end], e.value) for e in dating.gold_events(doc)]
    assert got == [("e1", "arrested", "2003-04-04"), ("e2", "says", "2003-04-05"),
                   ("e3", "opens", "2003-Q3")]


def test_report_on_the_fixture() -> None:
    tally = dating.run(FIXTURE)
    assert (tally.events, tally.right, tally.baseline, tally.precise, tally.precise_right) == (
        3, 3, 1, 2, 2)
    # "It rained." has a row too: a short sentence with a subject and a past verb
    assert (tally.own, tally.own_right, tally.rows, tally.sentences_with_rows) == (2, 2, 4, 4)
    assert tally.errors == []
    lines = dating.table([("dating", tally)]).splitlines()
    assert lines[2].startswith("| dating | 3 | 100.0 | 33.3 | 100.0 (2) | 100.0 (0.0) | "
                               "100.0 (100.0) | 100.0 (1) | 100.0 (1) | 1.00 |")


def test_full_times_are_days_or_finer_in_the_text() -> None:
    doc = read_document(FIXTURE / "dating.tml")
    assert [(s.text, s.value) for s in dating.full_timexes(doc)] == [("Friday", "2003-04-04")]
    got = [(e.eid, e.value) for e in dating.gold_events(doc, only={"t1"})]
    assert got == [("e1", "2003-04-04")]


def test_a_full_time_needs_a_row_of_its_own_at_its_date() -> None:
    doc = read_document(FIXTURE / "dating.tml")
    frame = extract_many([dating.article_of(doc)], inferred=True)
    friday = frame["time_text"] == "on Friday"
    assert dating.score(doc, frame).full_right == 1
    moved = frame.copy()
    moved.loc[friday, "start"] += pd.Timedelta(days=1)
    moved.loc[friday, "end"] += pd.Timedelta(days=1)
    inferred = frame.copy()
    inferred.loc[friday, "anchor"] = "inferred"
    for wrong in (moved, inferred):
        tally = dating.score(doc, wrong)
        assert (tally.full, tally.full_right, len(tally.time_errors)) == (1, 0, 1)
    assert tally.time_errors[0].splitlines()[1] == "  Police arrested two men on [Friday]."


def test_a_dct_that_is_a_day_alone_is_read_as_a_date_only_publication() -> None:
    # as the command line reads '--published 1998-02-19': 'this morning' is then that day
    doc = read_document(FIXTURE / "dating.tml")
    day = replace(doc, dct=utc(1998, 2, 19), dct_value="1998-02-19")
    clock = replace(doc, dct=utc(1998, 2, 19, 8, 2), dct_value="1998-02-19T08:02:00")
    assert (dating.article_of(day).date_only, dating.article_of(clock).date_only) == (
        True, False)


def test_gold_days_scores_an_event_at_a_part_of_the_day_by_its_day(tmp_path: Path) -> None:
    # Wikinews-style gold dates events by the day: a row for the whole day is right
    text = (FIXTURE / "dating.tml").read_text(encoding="utf-8")
    text = text.replace('value="2003-04-04"', 'value="2003-04-04TMO"')
    (tmp_path / "morning.tml").write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / "morning.tml")
    assert [e.value for e in dating.gold_events(doc)][:1] == ["2003-04-04TMO"]
    assert [e.value for e in dating.gold_events(doc, days=True)][:1] == ["2003-04-04"]
    frame = extract_many([dating.article_of(doc)], inferred=True)
    exact, by_day = dating.score(doc, frame), dating.score(doc, frame, days=True)
    assert (exact.events, exact.right, by_day.right) == (3, 2, 3)
    assert (exact.full, exact.full_right, by_day.full_right) == (1, 0, 0)  # stay exact
