"""Story and lanes layouts, time and sequence axes, focus and context: exact placements."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from timeline import schema
from timeline.figures import timeline_figure
from timeline.focus import Sequence, choose_axis, focus_window
from timeline.ingest import load_default
from timeline.marks import KIND_COLOURS, esc, wall
from timeline.pipeline import extract
from timeline.timefmt import story_groups


def _dt(*moments: str) -> np.ndarray:
    return np.array(moments, dtype="datetime64[ns]")


def _notes(fig, role: str) -> list[tuple[int, str]]:
    return [(a.y, a.text) for a in fig.layout.annotations if a.name == role]


@pytest.fixture(scope="module")
def default_frame() -> pd.DataFrame:
    return extract(load_default())


def test_focus_skips_background_and_stretches_only_a_little() -> None:
    # eight events on the Monday, a seven-day background interval, one the day before
    starts = _dt("2022-02-07T22:00", "2022-02-13T00:00", "2022-02-14T00:00", "2022-02-14T12:00",
                 "2022-02-14T18:00", "2022-02-14T18:30", "2022-02-14T18:30", "2022-02-14T21:15",
                 "2022-02-14T22:00", "2022-02-14T22:00")
    ends = starts + np.timedelta64(1, "m")
    ends[0] = np.datetime64("2022-02-14T22:00")
    ends[4] = np.datetime64("2022-02-15T06:00")  # 'Monday night' runs on past the focus
    lo, hi = focus_window(starts, ends)
    assert (lo, hi) == (np.datetime64("2022-02-14T00:00"), np.datetime64("2022-02-15T03:30"))


def test_focus_is_everything_when_it_would_save_little() -> None:
    starts = _dt(*(f"2022-02-{d:02d}T12:00" for d in range(1, 11)))
    ends = starts + np.timedelta64(1, "h")
    assert focus_window(starts, ends) == (starts[0], ends[-1])


def test_axis_is_sequential_when_half_the_events_sit_in_a_sliver() -> None:
    crowded = _dt("2022-01-01", "2022-03-01", "2022-06-01T10:00", "2022-06-01T10:05",
                  "2022-06-01T10:10", "2022-06-01T10:15", "2022-06-01T10:20", "2022-12-31")
    spread = _dt(*(f"2022-{m:02d}-01" for m in range(1, 13)))
    assert choose_axis(crowded, (crowded[0], crowded[-1])) == "sequence"
    assert choose_axis(spread, (spread[0], spread[-1])) == "time"


def test_sequence_spaces_distinct_starts_equally() -> None:
    seq = Sequence.of(_dt("2022-02-14T18:30", "2022-02-13", "2022-02-14T18:30", "2022-02-14"))
    assert list(seq.position(_dt("2022-02-13", "2022-02-13T12:00", "2022-02-14T18:30",
                                 "2022-02-16"))) == [0.0, 0.5, 2.0, 2.5]
    assert seq.gaps() == [np.timedelta64(1, "D"), np.timedelta64(18 * 60 + 30, "m")]


def test_events_before_1677_are_drawn_in_their_own_year(sample_frame: pd.DataFrame) -> None:
    """numpy's nanoseconds stop at 1677; the chart counts in microseconds (years 1-9999)."""
    frame = sample_frame.copy()
    zone = "Pacific/Auckland"
    for col in ("start", "end"):
        frame[col] = frame[col].astype(f"datetime64[us, {zone}]")
    frame.loc[3, "start"] = pd.Timestamp("1400-06-01", tz=zone)
    frame.loc[3, "end"] = pd.Timestamp("1401-06-01", tz=zone)
    fig = timeline_figure(schema.validate(frame), layout="story", axis="time", focus=False)
    assert _notes(fig, "header")[0] == (0, "1400")
    assert fig.layout.xaxis.range[0].startswith("1381-")


def test_story_groups_split_a_crowded_year_into_months_and_days() -> None:
    zone = "Europe/London"
    old = [pd.Timestamp(f"{y}-06-01", tz=zone) for y in (1802, 1861, 1880)]
    february = [pd.Timestamp(f"2024-02-{d:02d} 09:00", tz=zone) for d in (2, 9, 20)]
    march = [pd.Timestamp(f"2024-03-{d:02d} 09:00", tz=zone) for d in (1, 3, 3)]
    same_day = [pd.Timestamp(f"2024-03-14 {h:02d}:00", tz=zone) for h in range(6, 16)]
    groups = story_groups(old + february + march + same_day)
    # 2024 holds 16 events: split into months; March holds 13: split into days
    assert groups[:3] == [("year", (1802,)), ("year", (1861,)), ("year", (1880,))]
    assert groups[3:6] == [("month", (2024, 2))] * 3
    assert groups[6:9] == [("day", (2024, 3, 1)), ("day", (2024, 3, 3)), ("day", (2024, 3, 3))]
    assert groups[9:] == [("day", (2024, 3, 14))] * 10


def test_story_labels_run_top_to_bottom_in_start_order(default_frame: pd.DataFrame) -> None:
    for axis in ("time", "sequence"):
        fig = timeline_figure(default_frame, layout="story", axis=axis)
        labels = [text for _, text in sorted(_notes(fig, "label"))]
        ordered = default_frame.sort_values(["start", "end", "event_id"], kind="stable")
        assert len(labels) == len(default_frame)
        assert [lab.rstrip("\u2026")[:12] for lab in labels] == [
            esc(t)[:12] for t in ordered["title"]]


def test_story_of_the_sample_frame_exact_rows(sample_frame: pd.DataFrame) -> None:
    fig = timeline_figure(sample_frame, axis="sequence")
    assert fig.layout.meta["layout"] == "story" and fig.layout.meta["axis"] == "sequence"
    assert _notes(fig, "header") == [(0, "Tuesday 8 February 2022"),
                                     (2, "Sunday 13 February 2022"),
                                     (4, "Monday 14 February 2022")]
    assert _notes(fig, "label") == [(1, "Protester numbers vary"), (3, "No incidents of note"),
                                    (5, "Parnell urges drivers to move"),
                                    (6, "Free parking opens at Sky Stadium")]
    assert _notes(fig, "gap") == [(3, "5 days later"), (5, "2 days later"), (6, "6 h later")]
    assert _notes(fig, "time") == [(1, "7 days"), (3, "all day"), (5, "12:00\u201318:00"),
                                   (6, "18:30")]


def test_lanes_with_too_little_height_count_the_rest(default_frame: pd.DataFrame) -> None:
    fig = timeline_figure(default_frame, layout="lanes", axis="time", height=300)
    ticks = list(fig.layout.yaxis.ticktext)
    hidden = sum(int(t.split("+")[1].split()[0]) for t in ticks if "more" in t)
    assert fig.layout.meta["labelled"] + hidden == len(default_frame)
    assert hidden > 0 and fig.layout.height == 300


def test_events_outside_the_focus_are_arrows_at_the_edge(default_frame: pd.DataFrame) -> None:
    fig = timeline_figure(default_frame, layout="story", axis="time")
    arrows = {eid for t in fig.data if t.type == "scatter" and t.marker.symbol is not None
              and "triangle-left" in str(t.marker.symbol) for eid in t.customdata}
    before = set(default_frame.loc[default_frame["start"] < pd.Timestamp(
        "2022-02-14", tz="Pacific/Auckland"), "event_id"])
    assert arrows == before and len(before) == 4
    # the focus, Monday (its night ends at midnight), with 3% of it (43.2 min) either side
    assert list(fig.layout.xaxis.range) == ["2022-02-13 23:16:48", "2022-02-15 00:43:12"]


def test_range_buttons_measure_back_from_the_last_event(sample_frame: pd.DataFrame) -> None:
    fig = timeline_figure(sample_frame)
    ranges = {b.label: b.args[0]["xaxis.range"] for b in fig.layout.updatemenus[0].buttons}
    # the last event ends at midnight (the seven days end on the 15th); 3% padding each side
    assert ranges["6h"] == ["2022-02-14 17:49:12", "2022-02-15 00:10:48"]
    assert ranges["1d"] == ["2022-02-13 23:16:48", "2022-02-15 00:43:12"]


def test_print_figures_have_no_buttons_and_no_band_for_them(sample_frame) -> None:
    live = timeline_figure(sample_frame, title="T")
    paper = timeline_figure(sample_frame, title="T", controls=False)
    assert paper.layout.updatemenus == () and paper.layout.meta["controls"] == 0
    assert live.layout.height - paper.layout.height == live.layout.meta["controls"]


def test_hover_shows_quotes_as_quotes(sample_frame: pd.DataFrame) -> None:
    frame = sample_frame.copy()
    frame.loc[0, "title"] = 'Police: "no incidents of note" & calm'
    fig = timeline_figure(schema.validate(frame))
    hovers = [h for t in fig.data for h in (t.hovertext or ()) if "calm" in h]
    assert hovers and all('"no incidents of note" &amp; calm' in h for h in hovers)
    assert not any("&quot;" in h for h in hovers)


def test_every_kind_has_a_colour() -> None:
    assert set(schema.KINDS) <= set(KIND_COLOURS)
    assert len(set(KIND_COLOURS.values())) == len(KIND_COLOURS)


def test_labels_stay_right_across_a_clocks_forward_day() -> None:
    """Europe/London springs forward on 27 March 2022: the day is 23 hours long."""
    from tests.conftest import build_sample_frame

    zone = "Europe/London"
    base = build_sample_frame().iloc[:3].copy()
    base["timezone"] = zone
    base["start"] = pd.to_datetime(["2022-03-27 00:00", "2022-03-27 00:30", "2022-03-27 03:30"]
                                   ).tz_localize(zone)
    base["end"] = pd.to_datetime(["2022-03-28 00:00", "2022-03-27 00:31", "2022-03-27 03:31"]
                                 ).tz_localize(zone)
    fig = timeline_figure(schema.validate(base), axis="sequence")
    assert _notes(fig, "header") == [(0, "Sunday 27 March 2022")]
    assert _notes(fig, "time") == [(1, "all day"), (2, "00:30"), (3, "03:30")]
    # 00:30 GMT to 03:30 BST is two hours of real time, not three on the clock
    assert _notes(fig, "gap") == [(2, "30 min later"), (3, "2 h later")]
    assert len(wall(base["start"])) == 3
