"""timeline.summary: the chart's text alternative, worded exactly, on the hand-built frame."""

from __future__ import annotations

import pandas as pd

from timeline import schema
from timeline.summary import busiest, chart_summary


def test_summary_counts_spans_and_finds_the_busiest_stretch(sample_frame: pd.DataFrame) -> None:
    assert chart_summary(sample_frame) == (
        "4 events from Tue 8 Feb 2022 to Mon 14 Feb 2022; the busiest stretch, "
        "Mon 14 Feb 2022, 12:00\u201318:31 NZDT, holds 2 of them. "
        "Every event is listed in the table."
    )


def test_summary_in_another_zone(sample_frame: pd.DataFrame) -> None:
    assert chart_summary(sample_frame, "UTC") == (
        "4 events from Mon 7 Feb 2022 to Mon 14 Feb 2022; the busiest stretch, "
        "Sun 13 Feb 2022 23:00 \u2013 Mon 14 Feb 2022 05:31 UTC, holds 2 of them. "
        "Every event is listed in the table."
    )


def test_one_day_and_no_stretch_for_two_events(sample_frame: pd.DataFrame) -> None:
    assert chart_summary(sample_frame.iloc[[0, 1]]) == (
        "2 events on Mon 14 Feb 2022. Every event is listed in the table."
    )
    assert chart_summary(sample_frame.iloc[[1]]) == (
        "1 event on Mon 14 Feb 2022. Every event is listed in the table."
    )


def test_empty_frame() -> None:
    assert chart_summary(schema.empty()) == "No dated events."


def test_busiest_window_is_the_shortest_holding_half() -> None:
    times = ["2024-01-01 00:00", "2024-01-05 10:00", "2024-01-05 11:00", "2024-01-09 00:00"]
    starts = pd.Series(pd.to_datetime(times)).dt.tz_localize("UTC")
    ends = starts + pd.Timedelta(minutes=1)
    assert busiest(starts, ends) == (starts[1], ends[2], 2)


def test_no_busiest_stretch_when_it_holds_everything() -> None:
    starts = pd.Series(pd.to_datetime(["2024-01-05 10:00"] * 3)).dt.tz_localize("UTC")
    assert busiest(starts, starts + pd.Timedelta(hours=1)) is None
