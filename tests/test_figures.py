"""timeline.figures on the hand-built frame: exact traces, positions, lanes and hover text."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go
import pytest

from timeline import schema
from timeline.figures import (
    EMPTY_MESSAGE,
    density_figure,
    event_density,
    timeline_figure,
)
from timeline.labelled import MAX_ROWS
from timeline.marks import KIND_COLOURS, NO_ACTOR, article_lane_names, hover_wrap

HOUR_MS = 3_600_000.0


def _by_event(fig: go.Figure) -> dict[str, list[tuple[go.Bar | go.Scatter, int]]]:
    """event_id -> every (trace, point index) that draws it."""
    found: dict[str, list[tuple[go.Bar | go.Scatter, int]]] = {}
    for trace in fig.data:
        for i, eid in enumerate(trace.customdata):
            found.setdefault(eid, []).append((trace, i))
    return found


def _lane_of(fig: go.Figure, y: float) -> str:
    """The lane label whose band holds sub-row y (labels sit at band centres)."""
    axis = fig.layout.yaxis
    centres = list(zip(axis.tickvals, axis.ticktext, strict=True))
    return min(centres, key=lambda c: abs(c[0] - y))[1]


def test_traces_split_bars_and_markers_by_kind(sample_frame: pd.DataFrame) -> None:
    fig = timeline_figure(sample_frame)
    kinds = [(t.type, t.name, len(t.customdata)) for t in fig.data]
    assert kinds == [("scatter", "occurrence", 1), ("bar", "statement", 1), ("bar", "status", 2)]
    assert sum(len(t.customdata) for t in fig.data) == len(sample_frame)


def test_afternoon_interval_is_a_bar_from_noon_lasting_six_hours(sample_frame) -> None:
    fig = timeline_figure(sample_frame)
    (trace, i), = _by_event(fig)["e1"]
    assert trace.type == "bar" and trace.orientation == "h"
    assert trace.base[i] == "2022-02-14 12:00:00"  # wall-clock time in Pacific/Auckland
    assert trace.x[i] == 6 * HOUR_MS
    assert fig.layout.xaxis.type == "date"


def test_week_and_day_bars_have_exact_lengths(sample_frame) -> None:
    fig = timeline_figure(sample_frame)
    (week, i), = _by_event(fig)["e4"]
    (day, j), = _by_event(fig)["e3"]
    assert (week.base[i], week.x[i]) == ("2022-02-08 00:00:00", 7 * 24 * HOUR_MS)
    assert (day.base[j], day.x[j]) == ("2022-02-13 00:00:00", 24 * HOUR_MS)


def test_instant_is_a_marker_at_its_minute(sample_frame) -> None:
    fig = timeline_figure(sample_frame)
    (trace, i), = _by_event(fig)["e2"]
    assert trace.type == "scatter" and trace.mode == "markers"
    assert trace.x[i] == "2022-02-14 18:30:00"
    assert trace.marker.color == KIND_COLOURS["occurrence"]


def test_kind_lanes_in_schema_order(sample_frame) -> None:
    fig = timeline_figure(sample_frame, lane="kind", layout="lanes")
    assert list(fig.layout.yaxis.ticktext) == ["occurrence", "statement", "status"]
    for eid, drawn in _by_event(fig).items():
        kind = sample_frame.set_index("event_id").at[eid, "kind"]
        assert [_lane_of(fig, t.y[i]) for t, i in drawn] == [kind]


def test_overlapping_events_in_a_lane_get_separate_rows(sample_frame) -> None:
    fig = timeline_figure(sample_frame, lane="kind", layout="lanes")
    (week, i), = _by_event(fig)["e4"]
    (day, j), = _by_event(fig)["e3"]
    assert week.y[i] != day.y[j]  # the day lies inside the week: they must not overlap
    assert _lane_of(fig, week.y[i]) == _lane_of(fig, day.y[j]) == "status"


def test_actor_lanes_repeat_shared_events_and_collect_none(sample_frame) -> None:
    fig = timeline_figure(sample_frame, lane="actor", layout="lanes")
    assert list(fig.layout.yaxis.ticktext) == ["protesters", "police", "Corrie Parnell", NO_ACTOR]
    lanes = {eid: sorted(_lane_of(fig, t.y[i]) for t, i in drawn)
             for eid, drawn in _by_event(fig).items()}
    assert lanes == {
        "e1": ["Corrie Parnell"],
        "e2": [NO_ACTOR],
        "e3": ["police", "protesters"],
        "e4": ["protesters"],
    }
    assert sum(len(t.customdata) for t in fig.data) == 5


def test_hover_shows_written_time_interval_timex_and_sentence(sample_frame) -> None:
    fig = timeline_figure(sample_frame)
    (trace, i), = _by_event(fig)["e1"]
    hover = trace.hovertext[i]
    assert "Parnell urges drivers to move" in hover
    assert "“On Monday afternoon”" in hover
    assert "Mon 14 Feb 2022, 12:00\u201318:00 NZDT" in hover
    assert "TIMEX3: 2022-02-14TAF" in hover
    assert "Superintendent Corrie Parnell" in hover
    assert trace.hovertemplate == "%{hovertext}<extra></extra>"


def test_hover_escapes_markup_from_the_article(sample_frame) -> None:
    frame = sample_frame.copy()
    frame.loc[0, "title"] = "<script>x</script>"
    fig = timeline_figure(frame)
    (trace, i), = _by_event(fig)["e1"]
    assert "<script>" not in trace.hovertext[i]
    assert "&lt;script&gt;" in trace.hovertext[i]


def test_axis_slider_zone_and_uirevision(sample_frame) -> None:
    fig = timeline_figure(sample_frame, title="Protest")
    assert fig.layout.xaxis.title.text == "Time (Pacific/Auckland, UTC+13:00)"
    buttons = [b.label for b in fig.layout.updatemenus[0].buttons]
    assert buttons == ["6h", "1d", "1w", "focus", "all"]
    assert fig.layout.uirevision == "sample"
    assert fig.layout.title.text == "Protest"


def test_zone_argument_redraws_in_another_zone(sample_frame) -> None:
    fig = timeline_figure(sample_frame, zone="UTC")
    (trace, i), = _by_event(fig)["e1"]
    assert trace.base[i] == "2022-02-13 23:00:00"
    assert fig.layout.xaxis.title.text == "Time (UTC)"


def test_highlight_selects_only_that_event(sample_frame) -> None:
    fig = timeline_figure(sample_frame, highlight="e3")
    selected = {t.customdata[k] for t in fig.data for k in (t.selectedpoints or ())}
    assert selected == {"e3"}


def test_empty_frame_gives_annotated_empty_figure() -> None:
    fig = timeline_figure(schema.empty())
    assert len(fig.data) == 0
    assert [a.text for a in fig.layout.annotations] == [EMPTY_MESSAGE]


def test_unknown_lane_is_refused(sample_frame) -> None:
    with pytest.raises(ValueError, match="lane"):
        timeline_figure(sample_frame, lane="place")  # type: ignore[arg-type]


def test_many_events_keep_every_point_drawn_or_counted(sample_frame) -> None:
    base = sample_frame.iloc[[0]]
    many = pd.concat([base.assign(event_id=f"m{i}") for i in range(200)], ignore_index=True)
    fig = timeline_figure(schema.validate(many))
    drawn = sum(len(t.customdata) for t in fig.data)
    more = [a.text for a in fig.layout.annotations if "more" in a.text]
    assert more == [f"Monday 14 February 2022 · +{200 - (MAX_ROWS - 1)} more"]
    assert drawn == MAX_ROWS - 1  # one row is the header; the 200th waits behind "+1 more"
    assert fig.layout.height <= 200 + 22 * MAX_ROWS


def test_article_lanes(sample_frame) -> None:
    fig = timeline_figure(sample_frame, lane="article", layout="lanes")
    assert list(fig.layout.yaxis.ticktext) == ["sample"]
    assert fig.layout.yaxis.title.text == "Article"


def test_article_lanes_named_by_headline(sample_frame) -> None:
    second = sample_frame.assign(doc_id="other", event_id=sample_frame["event_id"] + "-b")
    names = article_lane_names([("sample", "Storm hits coast"), ("other", "Storm hits coast")])
    assert names == {"sample": "Storm hits coast", "other": "Storm hits coast (2)"}
    both = pd.concat([sample_frame, second], ignore_index=True)
    fig = timeline_figure(both, lane="article", layout="lanes", lane_names=names)
    assert list(fig.layout.yaxis.ticktext) == ["Storm hits coast", "Storm hits coast (2)"]
    kinds = timeline_figure(both, lane="kind", layout="lanes", lane_names=names)
    assert "Storm hits coast" not in kinds.layout.yaxis.ticktext  # only article lanes


def test_density_strips_of_article_lanes_named_by_headline(sample_frame) -> None:
    density = event_density(sample_frame, lane="article", bins=10)
    span = (sample_frame["start"].min(), sample_frame["end"].max())
    fig = density_figure(
        density, "article", "", "Pacific/Auckland", span, "r", lane_names={"sample": "Occupation"}
    )
    assert list(fig.layout.yaxis.ticktext) == ["Occupation"]
    assert article_lane_names([("a", "  ")]) == {"a": "Untitled article"}


def test_bars_are_faint_bands_outlined_in_kind_colour(sample_frame) -> None:
    fig = timeline_figure(sample_frame)
    bar = next(t for t in fig.data if t.type == "bar")
    assert bar.marker.color.startswith("rgba(") and bar.marker.color.endswith(", 0.35)")
    assert bar.marker.line.color == KIND_COLOURS[bar.name]
    assert "instant" in fig.layout.legend.title.text


def test_thousands_of_events_use_webgl_with_every_event_clickable() -> None:
    from benchmarks.dashboard import synthetic_frame
    from timeline.figures import GL_THRESHOLD

    frame = synthetic_frame(GL_THRESHOLD + 500)
    fig = timeline_figure(frame, highlight="ev3")
    assert {t.type for t in fig.data} == {"scattergl"}
    ids = [e for t in fig.data if t.customdata is not None for e in t.customdata]
    assert sorted(ids) == sorted(frame["event_id"])
    bands = [t for t in fig.data if t.mode == "lines"]
    assert bands and all(t.line.width >= 10 for t in bands)
    assert len(fig.layout.yaxis.tickvals) == frame["kind"].nunique()  # one lane per kind
    assert fig.layout.yaxis.range[0] <= 8 * frame["kind"].nunique()  # sub-rows capped


def test_webgl_hover_is_title_words_time_and_source_escaped() -> None:
    from benchmarks.dashboard import synthetic_frame
    from timeline.figures import GL_THRESHOLD

    frame = synthetic_frame(GL_THRESHOLD + 500)
    frame.loc[0, ["title", "source"]] = ["Fees <up> & fines", "Herald & Co"]
    fig = timeline_figure(frame, zone="UTC")
    hover = {e: h for t in fig.data if t.customdata is not None
             for e, h in zip(t.customdata, t.hovertext, strict=True)}
    assert hover["ev0"] == (  # 2022-02-21 00:53 NZDT is 11:53 UTC the day before
        "<b>Fees &lt;up&gt; &amp; fines</b><br>Written: “on Monday”<br>"
        "When: 2022-02-20 11:53 \u2013 2022-02-21 11:53<br>Source: Herald &amp; Co"
    )
    assert hover["ev1"].endswith("When: 2022-02-07 16:13 \u2013 2022-02-07 16:14")  # no source


# --- many events: density strips instead of one mark per event ------------------------------
# The sample frame in wall-clock Pacific/Auckland: e4 status 8-15 Feb (a week), e3 status
# 13 Feb (a day), e1 statement 14 Feb 12-18h, e2 occurrence 14 Feb 18:30 (an instant).


def test_density_counts_every_bin_an_event_overlaps(sample_frame) -> None:
    from timeline.figures import event_density

    density = event_density(sample_frame, bins=8)  # 7 days in at most 8 bins: one a day
    assert density.label == "day"
    assert density.lanes == ["occurrence", "statement", "status"]
    assert [str(e)[:10] for e in density.edges] == [f"2022-02-{d:02d}" for d in range(8, 16)]
    assert density.counts.tolist() == [
        [0, 0, 0, 0, 0, 0, 1],  # e2 at 18:30 on the 14th
        [0, 0, 0, 0, 0, 0, 1],  # e1 on the afternoon of the 14th
        [1, 1, 1, 1, 1, 2, 1],  # e4 all week (its end is exclusive), e3 on the 13th
    ]


def test_above_the_threshold_lanes_become_heat_strips(sample_frame) -> None:
    fig = timeline_figure(sample_frame, max_rows=3, bins=8)
    heat, = fig.data
    assert heat.type == "heatmap"
    assert [[None if v != v else int(v) for v in row] for row in heat.z] == [
        [None] * 6 + [1], [None] * 6 + [1], [1, 1, 1, 1, 1, 2, 1],
    ]
    assert list(heat.x) == [f"2022-02-{d:02d}T12:00:00" for d in range(8, 15)]  # centres
    assert heat.text[2][5] == "<b>2 events</b> · status<br>2022-02-13 00:00 \u2013 2022-02-14 00:00"
    assert heat.text[0][0] == ""  # an empty bin has no hover
    assert list(fig.layout.yaxis.ticktext) == ["occurrence", "statement", "status"]
    assert "events per day" in fig.layout.legend.title.text
    assert heat.showlegend and heat.colorbar.title.text == "events per day"


def test_at_the_threshold_every_event_is_still_drawn(sample_frame) -> None:
    fig = timeline_figure(sample_frame, max_rows=4)
    assert "heatmap" not in {t.type for t in fig.data}
    assert sum(len(t.customdata) for t in fig.data) == 4


def test_actor_lanes_count_an_event_once_per_actor(sample_frame) -> None:
    from timeline.figures import drawn_rows, event_density

    assert drawn_rows(sample_frame, "actor") == 5 and drawn_rows(sample_frame, "kind") == 4
    density = event_density(sample_frame, lane="actor", bins=8)
    assert density.lanes == ["protesters", "police", "Corrie Parnell", NO_ACTOR]
    assert density.counts.sum(axis=1).tolist() == [8, 1, 1, 1]  # e4 in 7 bins + e3; e3; e1; e2


def test_zoomed_window_is_binned_finer(sample_frame) -> None:
    window = (pd.Timestamp("2022-02-14 00:00"), pd.Timestamp("2022-02-15 00:00"))
    fig = timeline_figure(sample_frame, max_rows=2, bins=8, window=window)
    heat = fig.data[0]
    assert heat.type == "heatmap"  # e1, e2 and e4 overlap the 14th: still more than 2
    assert list(heat.x) == [f"2022-02-14T{h:02d}:00:00" for h in (3, 9, 15, 21)]  # 6 h bins
    assert [[0 if v != v else int(v) for v in row] for row in heat.z] == [
        [0, 0, 0, 1], [0, 0, 1, 0], [1, 1, 1, 1],
    ]
    assert list(fig.layout.xaxis.range) == ["2022-02-14 00:00:00", "2022-02-15 00:00:00"]


def test_zooming_in_far_enough_draws_each_event_of_the_window(sample_frame) -> None:
    window = (pd.Timestamp("2022-02-13 00:00"), pd.Timestamp("2022-02-14 00:00"))
    fig = timeline_figure(sample_frame, max_rows=2, window=window)
    drawn = sorted((e, t.type, t.marker["symbol"] if t.type == "scatter" else None)
                   for t in fig.data for e in t.customdata)
    assert drawn == [  # the week runs off both edges of the window: arrows say so
        ("e3", "bar", None), ("e4", "bar", None),
        ("e4", "scatter", "triangle-left"), ("e4", "scatter", "triangle-right"),
    ]
    assert list(fig.layout.xaxis.range) == ["2022-02-13 00:00:00", "2022-02-14 00:00:00"]


def test_selected_event_is_marked_on_the_strips(sample_frame) -> None:
    fig = timeline_figure(sample_frame, max_rows=3, bins=8, highlight="e1")
    heat, chosen = fig.data
    assert (heat.type, chosen.type) == ("heatmap", "scatter")
    assert list(chosen.customdata) == ["e1"] and list(chosen.y) == [1]  # the statement lane


def test_hundred_thousand_events_make_a_small_figure() -> None:
    from benchmarks.dashboard import synthetic_frame
    from timeline.figures import AGGREGATE_THRESHOLD, DENSITY_BINS

    frame = synthetic_frame(20 * AGGREGATE_THRESHOLD)
    fig = timeline_figure(frame)
    assert [t.type for t in fig.data] == ["heatmap"]
    assert len(fig.data[0].x) <= DENSITY_BINS
    assert len(fig.to_json()) < 300_000  # not one mark, nor one hover text, per event


def test_hover_lines_fit_a_phone_chart(sample_frame) -> None:
    assert [hover_wrap(w) for w in (1200, 1000, 700, 375)] == [60, 59, 40, 20]
    fig = timeline_figure(sample_frame, width=375)
    hover = next(t for t in fig.data if t.hovertext is not None).hovertext[0]
    lines = hover.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")
    assert max(len(html.unescape(line)) for line in lines.split("<br>")) <= 20
    wide = timeline_figure(sample_frame, width=1200)
    assert max(len(line) for t in wide.data if t.hovertext is not None
               for h in t.hovertext for line in h.split("<br>")) > 20
