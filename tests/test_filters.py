"""timeline.filters: one table of (query, events kept) on the hand-built frame, then the URL."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline import filters

# e1 statement Parnell 14 Feb 12-18h · e2 occurrence (no actor, source 'a witness') 18:30
# e3 status police+protesters 13 Feb · e4 status protesters 8-14 Feb
CASES = [
    ("", ["e1", "e2", "e3", "e4"]),
    ("?kind=status", ["e3", "e4"]),
    ("?kind=status&kind=statement", ["e1", "e3", "e4"]),
    ("?actor=protesters", ["e3", "e4"]),
    ("?actor=police&actor=Corrie+Parnell", ["e1", "e3"]),
    ("?source=a+witness", ["e2"]),
    ("?doc=sample", ["e1", "e2", "e3", "e4"]),
    ("?doc=other", []),
    ("?since=2022-02-14", ["e1", "e2", "e4"]),
    ("?until=2022-02-12", ["e4"]),
    ("?since=2022-02-13&until=2022-02-13", ["e3", "e4"]),
    ("?since=not-a-date", ["e1", "e2", "e3", "e4"]),
    ("?q=sky+stadium", ["e2"]),
    ("?q=PROTEST", ["e3", "e4"]),
    ("?q=yesterday", ["e3"]),  # the time as written counts too
    ("?q=protest&kind=status&actor=police", ["e3"]),
    ("?q=nothing+matches", []),
    ("?unknown=1&kind=", ["e1", "e2", "e3", "e4"]),
]


@pytest.mark.parametrize(("query", "kept"), CASES)
def test_filter_table(sample_frame: pd.DataFrame, query: str, kept: list[str]) -> None:
    view = filters.apply(sample_frame, filters.parse_query(query))
    assert list(view["event_id"]) == kept


def test_query_round_trip_drops_unknown_and_blank() -> None:
    state = filters.parse_query("?q=witness&kind=statement&kind=plan&x=1&actor=")
    assert state == {"kind": ("statement", "plan"), "q": ("witness",)}
    assert filters.to_query(state) == "?kind=statement&kind=plan&q=witness"
    assert filters.to_query({}) == ""


def test_single_valued_filters_keep_the_last_value() -> None:
    assert filters.parse_query("?q=a&q=b") == {"q": ("b",)}


def test_options_list_what_the_frame_holds(sample_frame: pd.DataFrame) -> None:
    options = filters.options(sample_frame)
    assert options["kind"] == ["occurrence", "statement", "status"]
    assert options["actor"] == ["Corrie Parnell", "police", "protesters"]
    assert options["source"] == ["a witness"]
    assert options["doc"] == ["sample"]


def test_extra_columns_are_tolerated(sample_frame: pd.DataFrame) -> None:
    wider = sample_frame.assign(confidence=0.5, places=[["Wellington"]] * len(sample_frame))
    assert list(filters.apply(wider, {"kind": ["status"]})["event_id"]) == ["e3", "e4"]
