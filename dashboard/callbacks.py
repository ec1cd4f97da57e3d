"""Callbacks: read the inputs, call the core, shape the outputs. No logic of their own.

Datasets stay on the server (``Registry``); the browser holds only a dataset key, the
filter controls (mirrored in the URL) and the selected event id.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import dash
from dash import Input, Output, State, ctx, dcc, html, no_update

from dashboard import ids
from dashboard.data import (
    DEFAULT_SORT,
    article_pieces,
    chart_window,
    clicked_event,
    count_text,
    display_zone,
    filter_state,
    find_event,
    neighbour,
    rows_page,
    sentence_span,
    zoom_redraws,
)
from dashboard.datasets import DEFAULT, Registry
from dashboard.ingest import register_ingest
from dashboard.layout import article_text, details_placeholder, event_details, header
from timeline import filters
from timeline.export import (
    ExportError,
    figure_bytes,
    frame_to_csv,
    frame_to_json,
    publication_figure,
)
from timeline.figures import LANES, frame_zone, timeline_figure
from timeline.timelinejs import to_timelinejs_json

_MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
KEYS = list(ids.FILTER_INPUTS)
FILTER_VALUES = [Input(ids.FILTER_INPUTS[k], "value") for k in KEYS]
FILTER_STATES = [State(ids.FILTER_INPUTS[k], "value") for k in KEYS]
_VIEW_KEYS = ("lane", "tz")


def register(app: dash.Dash, registry: Registry) -> None:
    """Wire every callback of the page to the datasets in ``registry``."""
    _register_url(app)
    _register_views(app, registry)
    _register_selection(app, registry)
    _register_exports(app, registry)
    register_ingest(app, registry)
    app.clientside_callback(
        "function(_) { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; }",
        Output(ids.VIEWER_ZONE, "data"), Input(ids.URL, "pathname"),
    )
    app.clientside_callback(
        "function(children) { return window.timelineScroll ? window.timelineScroll() : null; }",
        Output(ids.SCROLLED, "data"), Input(ids.ARTICLE_PANE, "children"),
    )
    app.clientside_callback(  # see timelineFit in assets/keys.js: one draw per new figure
        "function(figure) { return window.timelineFit(figure); }",
        Output(ids.GRAPH, "figure"), Input(ids.FIGURE, "data"), prevent_initial_call=True,
    )
    app.clientside_callback(  # the table's rows live on the server: new filters, new rows
        "function() { return window.timelinePurgeGrid ? window.timelinePurgeGrid() : null; }",
        Output(ids.GRID_PURGED, "data"), Input(ids.DATASET, "data"), *FILTER_VALUES,
        prevent_initial_call=True,
    )


def _register_url(app: dash.Dash) -> None:
    @app.callback(
        Output(ids.URL, "search"), Output(ids.LANE, "value"), Output(ids.ZONE, "value"),
        *(Output(ids.FILTER_INPUTS[k], "value") for k in KEYS),
        Input(ids.URL, "search"), Input(ids.LANE, "value"), Input(ids.ZONE, "value"),
        *FILTER_VALUES, Input(ids.CLEAR_FILTERS, "n_clicks"),
    )
    def sync_url(search: str | None, lane: str, zone: str, *values: Any) -> tuple:
        """The URL and the controls mirror each other: load reads the URL, edits write it.

        Only controls the URL changes are set, so opening a plain URL triggers nothing more.
        """
        if ctx.triggered_id == ids.CLEAR_FILTERS:
            return (_query({}, lane, zone), no_update, no_update, *([None] * len(KEYS)))
        if ctx.triggered_id in (None, ids.URL):
            state, raw = filters.parse_query(search), parse_qs((search or "").lstrip("?"))
            lane_q, zone_q = (raw.get(k, [None])[-1] for k in _VIEW_KEYS)
            wanted = [lane_q if lane_q in LANES else "kind", zone_q or "article",
                      *(_control(k, state.get(k)) for k in KEYS)]
            now = [lane, zone, *values[:-1]]
            return (no_update, *(no_update if _same(w, c) else w
                                 for w, c in zip(wanted, now, strict=True)))
        state = filter_state(KEYS, list(values[:-1]))
        return (_query(state, lane, zone), *[no_update] * (len(KEYS) + 2))


def _same(wanted: Any, current: Any) -> bool:
    """Whether a control already shows a value (None, '' and [] all mean 'no filter')."""
    return (wanted or None) == (current or None)


def _query(state: dict, lane: str, zone: str) -> str:
    query = filters.to_query(state)
    extra = [f"{k}={v}" for k, v, d in (("lane", lane, "kind"), ("tz", zone, "article")) if v != d]
    if not extra:
        return query
    return (query + "&" if query else "?") + "&".join(extra)


def _control(key: str, values: tuple[str, ...] | None) -> Any:
    if key in ids.CHOICE_FILTERS:
        return list(values or [])
    return values[-1] if values else None


def _register_views(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        Output(ids.FIGURE, "data"),
        Input(ids.DATASET, "data"), *FILTER_VALUES, Input(ids.LANE, "value"),
        Input(ids.ZONE, "value"), Input(ids.SELECTED, "data"), State(ids.VIEWER_ZONE, "data"),
        State(ids.GRAPH, "relayoutData"),
    )
    def draw(key: str, *args: Any) -> Any:
        """The chart of the filtered events, in the chosen lanes and zone (the page opens with
        the unfiltered one, so the first call has nothing to do).

        Every other call redraws: Dash drops a running call's answer when the callback is
        called again, so a call that skipped work could swallow the one before it.
        """
        values, (lane, zone, selected, viewer, relayout) = args[: len(KEYS)], args[len(KEYS):]
        state, lane = filter_state(KEYS, list(values)), lane or "kind"
        if ctx.triggered_id is None and _opening(key, state, lane, zone, selected):
            return no_update
        return _chart(registry.get(key), state, lane, zone, selected, viewer, relayout)

    @app.callback(
        Output(ids.FIGURE, "data", allow_duplicate=True), Input(ids.GRAPH, "relayoutData"),
        State(ids.DATASET, "data"), *FILTER_STATES, State(ids.LANE, "value"),
        State(ids.ZONE, "value"), State(ids.SELECTED, "data"), State(ids.VIEWER_ZONE, "data"),
        prevent_initial_call=True,
    )
    def zoom(relayout: dict | None, key: str, *args: Any) -> Any:
        """A zoom on density strips redraws that stretch (in detail when it holds few
        enough events); Plotly zooms any other chart by itself."""
        values, (lane, zone, selected, viewer) = args[: len(KEYS)], args[len(KEYS):]
        state, lane, data = filter_state(KEYS, list(values)), lane or "kind", registry.get(key)
        if not zoom_redraws(data.view(state), lane, relayout):
            return no_update
        return _chart(data, state, lane, zone, selected, viewer, relayout)

    @app.callback(
        Output(ids.COUNT, "children"), Input(ids.DATASET, "data"), *FILTER_VALUES,
    )
    def count(key: str, *values: Any) -> str:
        """The count follows the same filters as the chart and the table."""
        state = filter_state(KEYS, list(values))
        if ctx.triggered_id is None and _opening(key, state, "kind", "article", None):
            return no_update  # the page came with this count
        data = registry.get(key)
        return count_text(len(data.view(state)), len(data.frame))

    @app.callback(
        Output(ids.GRID, "getRowsResponse"), Input(ids.GRID, "getRowsRequest"),
        State(ids.DATASET, "data"), *FILTER_STATES, prevent_initial_call=True,
    )
    def table_rows(request: dict | None, key: str, *values: Any) -> dict:
        """Only the rows the table is about to show, filtered and sorted on the server."""
        table = registry.get(key).table(filter_state(KEYS, list(values)), request)
        return rows_page(table, request)

    @app.callback(
        Output(ids.HEADER, "children"), Output(ids.NOTICE, "children"),
        Output(ids.NOTICE, "className"),
        *(Output(ids.FILTER_INPUTS[k], "options") for k in ids.CHOICE_FILTERS),
        Input(ids.DATASET, "data"), prevent_initial_call=True,
    )
    def show_dataset(key: str) -> tuple:
        """A new dataset: its header, notice and the values its filters can take."""
        data = registry.get(key)
        choices = filters.options(data.frame)
        head = header(data.first, len(data.frame), data.title).children
        notice_class = "notice" if data.notice else "notice hidden"
        return (head, data.notice or "", notice_class,
                *(choices[k] for k in ids.CHOICE_FILTERS))


def _chart(data: Any, state: dict[str, list[str]], lane: str, zone: str | None,
           selected: str | None, viewer: str | None, relayout: dict | None) -> Any:
    """The figure for a view: its events, lanes, zone, selection and (when binned) zoom."""
    view = data.view(state)
    shown_zone = display_zone(zone, frame_zone(data.frame), viewer)
    return timeline_figure(view, lane=lane, zone=shown_zone, highlight=selected,  # type: ignore[arg-type]
                           window=chart_window(view, lane, relayout))


def _opening(key: str | None, state: dict[str, list[str]], lane: str, zone: str | None,
             selected: str | None) -> bool:
    """Whether the page shows what it was served with: default data, view and no selection."""
    plain = (key or DEFAULT) == DEFAULT and not any(state.values())
    return plain and lane == "kind" and zone in (None, "article") and selected is None


def _register_selection(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        Output(ids.SELECTED, "data"), Output(ids.GRID, "selectedRows"),
        Output(ids.GRID, "scrollTo"),
        Input(ids.GRAPH, "clickData"), Input(ids.GRID, "selectedRows"),
        Input(ids.PREV, "n_clicks"), Input(ids.NEXT, "n_clicks"),
        State(ids.SELECTED, "data"), State(ids.DATASET, "data"),
        State(ids.GRID, "getRowsRequest"), *FILTER_STATES, prevent_initial_call=True,
    )
    def select_event(click: dict | None, rows: list[dict] | None, _p: int, _n: int,
                     current: str | None, key: str, request: dict | None, *values: Any) -> tuple:
        """One selection for chart, table and buttons; chart and buttons move the table too.

        The table's order (its sort and column filters) is the server's, so stepping and
        scrolling work for rows the browser has not loaded yet.
        """
        trigger = ctx.triggered_id
        if trigger == ids.GRID:
            event_id = rows[0].get("event_id") if rows else None
            if event_id is None or event_id == current:
                return no_update, no_update, no_update
            return event_id, no_update, no_update
        table = registry.get(key).table(filter_state(KEYS, list(values)),
                                        request or {"sortModel": DEFAULT_SORT})
        order = table["event_id"].tolist()
        if trigger == ids.GRAPH:
            event_id = clicked_event(click)
        else:
            event_id = neighbour(order, current, -1 if trigger == ids.PREV else 1)
        if event_id is None:
            return no_update, no_update, no_update
        scroll = ({"rowIndex": order.index(event_id), "rowPosition": "middle"}
                  if event_id in order else no_update)
        return event_id, {"ids": [event_id]}, scroll

    @app.callback(
        Output(ids.DETAILS, "children"), Output(ids.ARTICLE_PANE, "children"),
        Input(ids.SELECTED, "data"), Input(ids.DATASET, "data"),
    )
    def show_event(event_id: str | None, key: str) -> tuple[list[Any], list[Any]]:
        """The event's facts, and its article with times and its sentence marked."""
        data = registry.get(key)
        event = find_event(data.frame, event_id)
        article = data.article(None if event is None else event["doc_id"])
        pieces = article_pieces(article.text, data.time_spans(article.doc_id),
                                sentence_span(event, article.text))
        details = details_placeholder() if event is None else event_details(event, article.text)
        return details, article_text(pieces)


def _register_exports(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        Output(ids.DOWNLOAD_IMAGE, "data"), Output(ids.EXPORT_MESSAGE, "children"),
        *(Input(bid, "n_clicks") for bid in ids.IMAGE_BUTTONS),
        State(ids.DATASET, "data"), *FILTER_STATES, State(ids.LANE, "value"),
        State(ids.ZONE, "value"), State(ids.VIEWER_ZONE, "data"),
        State(ids.GRAPH, "relayoutData"), prevent_initial_call=True,
    )
    def export_image(*args: Any) -> tuple[Any, Any]:
        """The chart as shown (filters, lanes, zone, zoom) with title and source line."""
        key, rest = args[3], args[4:]
        values, (lane, zone, viewer, relayout) = rest[: len(KEYS)], rest[len(KEYS):]
        data, lane = registry.get(key), lane or "kind"
        view = data.view(filter_state(KEYS, list(values)))
        shown_zone = display_zone(zone, frame_zone(data.frame), viewer)
        fig = timeline_figure(view, lane=lane, zone=shown_zone,
                              window=chart_window(view, lane, relayout))
        fig.update_xaxes(**_zoom(relayout))
        fmt = ids.IMAGE_BUTTONS.get(str(ctx.triggered_id), "png")
        try:
            image = figure_bytes(publication_figure(fig, data.title, data.credit()), fmt)
        except ExportError as err:
            return no_update, html.Span(str(err), className="error", role="alert")
        name = f"{_stem(key, data)}-timeline.{fmt}"
        return dcc.send_bytes(image, name, type=_MIME[fmt]), f"Saved {name}"

    @app.callback(
        Output(ids.DOWNLOAD_DATA, "data"),
        *(Input(bid, "n_clicks") for bid in ids.DATA_BUTTONS),
        State(ids.DATASET, "data"), *FILTER_STATES, prevent_initial_call=True,
    )
    def export_data(_csv: int, _json: int, _tljs: int, key: str, *values: Any) -> dict:
        """The filtered events as CSV, JSON or TimelineJS JSON."""
        data = registry.get(key)
        view = data.view(filter_state(KEYS, list(values)))
        stem = _stem(key, data)
        fmt = ids.DATA_BUTTONS[str(ctx.triggered_id)]
        if fmt == "timelinejs":
            text = to_timelinejs_json(view, data.title, data.credit())
            return dcc.send_string(text, f"{stem}-timelinejs.json", type="application/json")
        if fmt == "json":
            return dcc.send_string(frame_to_json(view), f"{stem}-events.json",
                                   type="application/json")
        return dcc.send_string(frame_to_csv(view), f"{stem}-events.csv", type="text/csv")


def _stem(key: str | None, data: Any) -> str:
    return data.first.doc_id if (key or DEFAULT) == DEFAULT else str(key)


def _zoom(relayout: dict[str, Any] | None) -> dict[str, Any]:
    """The x range the user zoomed to, from Plotly's relayoutData, as update_xaxes kwargs."""
    data = relayout or {}
    if "xaxis.range[0]" in data and "xaxis.range[1]" in data:
        return {"range": [data["xaxis.range[0]"], data["xaxis.range[1]"]], "autorange": False}
    if isinstance(data.get("xaxis.range"), list):
        return {"range": data["xaxis.range"], "autorange": False}
    return {}
