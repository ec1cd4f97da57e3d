"""Figures assembled from plain dicts, without Plotly's validation.

Validating a labelled chart (a hundred annotations, a dozen traces, the template) costs
several times more than planning it, and a dashboard draws a new one on every zoom or
filter. The dicts handed in here are written to Plotly's schema; the tests validate every
kind of figure once (``checked``) and require the same JSON, so a typo still fails there.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

TEMPLATE = "plotly_white"


@cache
def _template() -> dict[str, Any]:
    """The template's full layout, as validation would have expanded its name."""
    layout: dict[str, Any] = pio.templates[TEMPLATE].to_plotly_json()
    return layout


def unchecked_figure(traces: list[dict[str, Any]], layout: dict[str, Any]) -> go.Figure:
    """A figure of ``traces`` and ``layout`` (None and empty lists left out, as validation does)."""
    shown = {k: v for k, v in layout.items() if v not in (None, []) and k != "template"}
    return go.Figure(
        data=[{k: v for k, v in t.items() if v is not None} for t in traces],
        layout={"template": _template(), **shown},
        _validate=False,
    )


def checked(fig: go.Figure) -> go.Figure:
    """The same figure validated by Plotly: raises on any property Plotly does not know."""
    return go.Figure(fig.to_plotly_json())
