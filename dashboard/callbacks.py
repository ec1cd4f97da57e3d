"""Callbacks: read the inputs, call the core, shape the outputs. No logic of their own.

The frame and article are fixed for an app instance, so callbacks close over them instead
of shipping the frame through the browser.
"""

from __future__ import annotations

from typing import Any

import dash
import pandas as pd
from dash import Input, Output, State, ctx, dcc, html, no_update

from dashboard import ids
from dashboard.data import clicked_event, find_event
from dashboard.layout import details_placeholder, event_details
from timeline.export import ExportError, figure_bytes, frame_to_csv, frame_to_json
from timeline.figures import timeline_figure
from timeline.ingest import Article

_MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}


def register(app: dash.Dash, frame: pd.DataFrame, article: Article) -> None:
    """Wire every callback of the page to this frame and article."""
    title = article.title or article.source

    @app.callback(
        Output(ids.SELECTED, "data"),
        Output(ids.GRID, "selectedRows"),
        Output(ids.GRID, "scrollTo"),
        Input(ids.GRAPH, "clickData"),
        Input(ids.GRID, "selectedRows"),
        State(ids.SELECTED, "data"),
        prevent_initial_call=True,
    )
    def select_event(click: dict | None, rows: list[dict] | None, current: str | None) -> tuple:
        """One selection for chart and table: a chart click selects the row, and vice versa."""
        if ctx.triggered_id == ids.GRAPH:
            event_id = clicked_event(click)
            if event_id is None:
                return no_update, no_update, no_update
            return event_id, {"ids": [event_id]}, {"rowId": event_id, "rowPosition": "middle"}
        event_id = rows[0].get("event_id") if rows else None
        if event_id is None or event_id == current:
            return no_update, no_update, no_update
        return event_id, no_update, no_update

    @app.callback(Output(ids.DETAILS, "children"), Input(ids.SELECTED, "data"))
    def show_details(event_id: str | None) -> list[Any]:
        event = find_event(frame, event_id)
        return details_placeholder() if event is None else event_details(event, article.text)

    @app.callback(
        Output(ids.GRAPH, "figure"),
        Input(ids.LANE, "value"),
        Input(ids.SELECTED, "data"),
        prevent_initial_call=True,
    )
    def redraw(lane: str, event_id: str | None) -> Any:
        return timeline_figure(frame, lane=lane, highlight=event_id)

    @app.callback(
        Output(ids.DOWNLOAD_IMAGE, "data"),
        Output(ids.EXPORT_MESSAGE, "children"),
        *(Input(bid, "n_clicks") for bid in ids.IMAGE_BUTTONS),
        State(ids.LANE, "value"),
        State(ids.GRAPH, "relayoutData"),
        prevent_initial_call=True,
    )
    def export_image(*args: Any) -> tuple[Any, Any]:
        """The chart as shown (lanes and zoom), rendered server-side; errors become a message."""
        lane, relayout = args[-2], args[-1]
        fmt = ids.IMAGE_BUTTONS.get(str(ctx.triggered_id), "png")
        fig = timeline_figure(frame, lane=lane, title=title)
        fig.update_xaxes(**_zoom(relayout))
        try:
            data = figure_bytes(fig, fmt)
        except ExportError as err:
            return no_update, html.Span(str(err), className="error", role="alert")
        name = f"{article.doc_id}-timeline.{fmt}"
        return dcc.send_bytes(data, name, type=_MIME[fmt]), f"Saved {name}"

    @app.callback(
        Output(ids.DOWNLOAD_DATA, "data"),
        Input(ids.EXPORT_CSV, "n_clicks"),
        Input(ids.EXPORT_JSON, "n_clicks"),
        prevent_initial_call=True,
    )
    def export_data(_csv: int, _json: int) -> dict[str, Any]:
        if ctx.triggered_id == ids.EXPORT_JSON:
            name = f"{article.doc_id}-events.json"
            return dcc.send_string(frame_to_json(frame), name, type="application/json")
        return dcc.send_string(frame_to_csv(frame), f"{article.doc_id}-events.csv", type="text/csv")


def _zoom(relayout: dict[str, Any] | None) -> dict[str, Any]:
    """The x range the user zoomed to, from Plotly's relayoutData, as update_xaxes kwargs."""
    data = relayout or {}
    if "xaxis.range[0]" in data and "xaxis.range[1]" in data:
        return {"range": [data["xaxis.range[0]"], data["xaxis.range[1]"]], "autorange": False}
    if isinstance(data.get("xaxis.range"), list):
        return {"range": data["xaxis.range"], "autorange": False}
    return {}
