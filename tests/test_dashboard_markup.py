"""Markup helpers of the page: ARIA attributes through ``dashboard.aria``, and the panels a
page keeps but hides (curation without a store, new articles on a read-only source)."""

from __future__ import annotations

from dash import html

from dashboard.aria import aria
from dashboard.editor import curation_panel
from dashboard.layout import ingest_panel


def test_aria_names_each_attribute() -> None:
    assert aria(label="Timeline chart", describedby="chart-summary") == {
        "aria-label": "Timeline chart",
        "aria-describedby": "chart-summary",
    }
    assert aria() == {}


def test_aria_attributes_reach_the_component() -> None:
    section = html.Section(className="filters card", **aria(label="Filters"))
    assert section.to_plotly_json()["props"] == {
        "children": None,
        "className": "filters card",
        "aria-label": "Filters",
    }


def test_a_hidden_panel_keeps_its_class_and_adds_hidden() -> None:
    assert curation_panel(signed_in=False).className == "curation card"
    assert curation_panel(signed_in=True, shown=False).className == "curation card hidden"
    assert ingest_panel().className == "ingest card"
    assert ingest_panel(shown=False).className == "ingest card hidden"
