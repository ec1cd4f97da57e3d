"""timeline.filters: one table of (query, events kept) on the hand-built frame, then the table's
own sort and column filters."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline import filters, viewstate

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
    view = filters.apply(sample_frame, viewstate.parse(query).filters)
    assert list(view["event_id"]) == kept


def test_clean_drops_unknown_and_blank_and_keeps_the_last_single_value() -> None:
    raw = {
        "q": ["a", " b "],
        "kind": ["statement", "plan", "statement"],
        "x": ["1"],
        "actor": [""],
        "since": None,
        "until": "2022-02-14",
    }
    assert filters.clean(raw) == {
        "kind": ("statement", "plan"),
        "until": ("2022-02-14",),
        "q": ("b",),
    }


def test_options_list_what_the_frame_holds(sample_frame: pd.DataFrame) -> None:
    options = filters.options(sample_frame)
    assert options["kind"] == ["occurrence", "statement", "status"]
    assert options["actor"] == ["Corrie Parnell", "police", "protesters"]
    assert options["source"] == ["a witness"]
    assert options["doc"] == ["sample"]


def test_extra_columns_are_tolerated(sample_frame: pd.DataFrame) -> None:
    wider = sample_frame.assign(confidence=0.5, places=[["Wellington"]] * len(sample_frame))
    assert list(filters.apply(wider, {"kind": ["status"]})["event_id"]) == ["e3", "e4"]


# --- the table's own sort and column filters (AG Grid models), served a slice at a time -----
# titles: e1 'Parnell urges drivers to move', e2 'Free parking opens at Sky Stadium',
# e3 'No incidents of note', e4 'Protester numbers vary'; starts: e4 < e3 < e1 < e2.


def _text(df: pd.DataFrame, column: str) -> pd.Series:
    if column == "actors":
        return df["actors"].map(", ".join)
    return df[column].astype(str)


TABLE_CASES = [
    ([], {}, ["e1", "e2", "e3", "e4"]),
    ([{"colId": "title", "sort": "asc"}], {}, ["e2", "e3", "e1", "e4"]),
    ([{"colId": "when", "sort": "desc"}], {}, ["e2", "e1", "e3", "e4"]),
    ([{"colId": "interval", "sort": "asc"}], {}, ["e4", "e3", "e1", "e2"]),  # time, not text
    ([{"colId": "kind", "sort": "asc"}], {}, ["e2", "e1", "e3", "e4"]),  # ties keep order
    (
        [{"colId": "kind", "sort": "asc"}, {"colId": "when", "sort": "desc"}],
        {},
        ["e2", "e1", "e3", "e4"],
    ),
    (
        [{"colId": "kind", "sort": "desc"}, {"colId": "when", "sort": "asc"}],
        {},
        ["e4", "e3", "e1", "e2"],
    ),
    ([], {"title": {"filterType": "text", "type": "contains", "filter": "NO"}}, ["e3"]),
    ([], {"title": {"filterType": "text", "type": "notContains", "filter": "o"}}, []),
    ([], {"kind": {"filterType": "text", "type": "equals", "filter": "Status"}}, ["e3", "e4"]),
    ([], {"kind": {"filterType": "text", "type": "notEqual", "filter": "status"}}, ["e1", "e2"]),
    ([], {"source": {"filterType": "text", "type": "blank"}}, ["e1", "e3", "e4"]),
    ([], {"source": {"filterType": "text", "type": "notBlank"}}, ["e2"]),
    (
        [],
        {
            "title": {
                "filterType": "text",
                "operator": "OR",
                "conditions": [
                    {"filterType": "text", "type": "startsWith", "filter": "free"},
                    {"filterType": "text", "type": "endsWith", "filter": "VARY"},
                ],
            }
        },
        ["e2", "e4"],
    ),
    (
        [],
        {
            "title": {
                "filterType": "text",
                "operator": "AND",
                "conditions": [
                    {"filterType": "text", "type": "contains", "filter": "p"},
                    {"filterType": "text", "type": "contains", "filter": "r"},
                ],
            }
        },
        ["e1", "e2", "e4"],
    ),
    (
        [{"colId": "title", "sort": "desc"}],
        {"actors": {"filterType": "text", "type": "contains", "filter": "protesters"}},
        ["e4", "e3"],
    ),
]


@pytest.mark.parametrize(("sort", "where", "shown"), TABLE_CASES)
def test_table_view(sample_frame: pd.DataFrame, sort: list, where: dict, shown: list) -> None:
    view = filters.table_view(sample_frame, _text, sort, where)
    assert list(view["event_id"]) == shown


def test_table_view_formats_only_the_columns_it_needs(sample_frame: pd.DataFrame) -> None:
    asked: list[str] = []

    def text(df: pd.DataFrame, column: str) -> pd.Series:
        asked.append(column)
        return _text(df, column)

    filters.table_view(
        sample_frame,
        text,
        [{"colId": "when", "sort": "asc"}],
        {"kind": {"filterType": "text", "type": "contains", "filter": "s"}},
    )
    assert asked == ["kind"]  # 'when' sorts by the start time itself


def test_table_view_sorts_like_a_stable_sort_on_many_rows() -> None:
    from benchmarks.dashboard import synthetic_frame

    frame = synthetic_frame(3000)
    view = filters.table_view(
        frame,
        _text,
        [{"colId": "title", "sort": "desc"}],
        {"title": {"filterType": "text", "type": "contains", "filter": "crowd"}},
    )
    kept = frame[frame["title"].str.lower().str.contains("crowd")]
    expected = kept.sort_values("title", ascending=False, kind="stable")
    assert list(view["event_id"]) == list(expected["event_id"])
