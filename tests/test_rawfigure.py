"""Charts are assembled without Plotly's validation; validating them must change nothing."""

from __future__ import annotations

import json

import plotly.io as pio
import pytest
from conftest import build_sample_frame

from timeline.figures import timeline_figure
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


def test_a_misspelt_property_fails_validation() -> None:
    fig = unchecked_figure([{"type": "scatter", "x": [1], "markr": {}}], {})
    with pytest.raises(ValueError, match="markr"):
        checked(fig)


def test_none_and_empty_lists_are_left_out() -> None:
    fig = unchecked_figure([{"type": "bar", "x": [1], "name": None}], {"title": None, "shapes": []})
    assert json.loads(pio.to_json(fig))["data"] == [{"type": "bar", "x": [1]}]
    assert set(json.loads(pio.to_json(fig))["layout"]) == {"template"}
