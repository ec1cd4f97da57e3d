"""Charts are assembled without Plotly's validation; validating them must change nothing."""

from __future__ import annotations

import json

import pandas as pd
import plotly.io as pio
import pytest
from conftest import build_sample_frame

from timeline.figures import GL_THRESHOLD, timeline_figure
from timeline.rawfigure import checked, unchecked_figure


@pytest.mark.parametrize("layout", ["story", "lanes"])
@pytest.mark.parametrize("axis", ["time", "sequence"])
@pytest.mark.parametrize("lane", ["kind", "actor"])
def test_every_labelled_chart_is_valid_plotly(layout: str, axis: str, lane: str) -> None:
    fig = timeline_figure(
        build_sample_frame(), lane=lane, layout=layout, axis=axis, title="A title", highlight="e2"
    )
    drawn = json.loads(pio.to_json(fig))
    assert json.loads(pio.to_json(checked(fig))) == drawn
    assert drawn["layout"]["template"]["layout"]["plot_bgcolor"] == "white"  # plotly_white


@pytest.mark.parametrize("highlight", [None, "e1"])
@pytest.mark.parametrize("window", [None, ("2022-02-13 06:00:00", "2022-02-15 00:00:00")])
def test_density_strips_are_valid_plotly(highlight: str | None, window: tuple | None) -> None:
    zoom = tuple(pd.Timestamp(w) for w in window) if window else None
    fig = timeline_figure(
        build_sample_frame(), max_rows=1, bins=8, highlight=highlight, window=zoom, title="T"
    )
    drawn = json.loads(pio.to_json(fig))
    assert json.loads(pio.to_json(checked(fig))) == drawn
    assert [t["type"] for t in drawn["data"]] == ["heatmap"] + ["scatter"] * bool(highlight)
    assert drawn["layout"]["legend"]["title"]["text"].startswith("Many events")
    assert drawn["layout"]["xaxis"].get("range") == (list(window) if window else None)


@pytest.mark.parametrize("highlight", [None, "ev3"])
def test_webgl_charts_are_valid_plotly(highlight: str | None) -> None:
    from benchmarks.dashboard import synthetic_frame

    frame = synthetic_frame(GL_THRESHOLD + 500)
    window = (frame["start"].min().tz_localize(None), frame["end"].max().tz_localize(None))
    fig = timeline_figure(frame, highlight=highlight, window=window)
    drawn = json.loads(pio.to_json(fig))
    assert json.loads(pio.to_json(checked(fig))) == drawn
    assert {t["type"] for t in drawn["data"]} == {"scattergl"}
    assert drawn["layout"]["xaxis"]["autorange"] is False


def test_a_misspelt_property_fails_validation() -> None:
    fig = unchecked_figure([{"type": "scatter", "x": [1], "markr": {}}], {})
    with pytest.raises(ValueError, match="markr"):
        checked(fig)


def test_none_and_empty_lists_are_left_out() -> None:
    fig = unchecked_figure([{"type": "bar", "x": [1], "name": None}], {"title": None, "shapes": []})
    assert json.loads(pio.to_json(fig))["data"] == [{"type": "bar", "x": [1]}]
    assert set(json.loads(pio.to_json(fig))["layout"]) == {"template"}
