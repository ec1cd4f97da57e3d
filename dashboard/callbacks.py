"""Callbacks: read the inputs, call the core, shape the outputs. No logic of their own.

Datasets stay on the server (``Registry``); the browser holds only a dataset key, the view
controls (mirrored in the URL by ``timeline.viewstate``), the selected event id, the chart's
measured width and its kept x range. Every callback names its inputs (Dash's dict
signatures), so a new control is one more key, never a shifted index.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import dash
import pandas as pd
import plotly.graph_objects as go
from dash import Input, NoUpdate, Output, State, ctx, no_update
from dash.dcc.express import send_bytes, send_string

from dashboard import ids
from dashboard.curation import register_curation
from dashboard.data import (
    CURATED_MARK,
    DEFAULT_SORT,
    SHOW_ALL,
    StoredWindow,
    article_pieces,
    clicked_event,
    count_text,
    display_zone,
    figure_window,
    sentence_span,
    stored_window,
)
from dashboard.datasets import DEFAULT, Registry
from dashboard.figcache import Figure, FigureCache, highlightable, highlighted
from dashboard.ingest import register_ingest
from dashboard.layout import (
    article_text,
    details_placeholder,
    error,
    event_details,
    header,
    table_zone_text,
)
from dashboard.projectsets import project_key, project_of
from dashboard.source import Source, TooLarge
from timeline import filters, viewstate
from timeline.export import (
    WIDTH,
    ExportError,
    export_name,
    figure_bytes,
    figure_html,
    frame_to_csv,
    frame_to_json,
    publication_figure,
)
from timeline.figures import density_figure, timeline_figure
from timeline.timelinejs import to_timelinejs_json

_MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
GONE = (
    "The timeline this page showed is no longer on the server (unused for a week, or "
    "removed): showing the default article. Build it again from its articles."
)
#: the chart's width until the browser has measured it (a desktop page's chart).
OPENING_WIDTH = 1100
#: the page's figures, by dataset and view.
FIGURES = FigureCache()


def _props(kind: type, components: dict[str, str], prop: str = "value") -> dict[str, Any]:
    """One Input, State or Output per named component, for a dict callback signature."""
    return {name: kind(cid, prop) for name, cid in components.items()}


def register(app: dash.Dash, registry: Registry) -> None:
    """Wire every callback of the page to the datasets in ``registry``."""
    FIGURES.share(registry.cache)
    _register_url(app, registry)
    _register_chart(app, registry)
    _register_views(app, registry)
    _register_selection(app, registry)
    _register_exports(app, registry)
    if registry.default.writable:  # an archive is read-only: nothing is built in the page
        register_ingest(app, registry)
    register_curation(app, registry)
    app.clientside_callback(
        "function(_) { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; }",
        Output(ids.VIEWER_ZONE, "data"),
        Input(ids.URL, "pathname"),
    )
    app.clientside_callback(  # see timelineWidth in assets/keys.js: resizes update it too
        "function(_) { return window.timelineWidth(); }",
        Output(ids.GRAPH_WIDTH, "data"),
        Input(ids.URL, "pathname"),
    )
    app.clientside_callback(
        "function(children) { return window.timelineScroll ? window.timelineScroll() : null; }",
        Output(ids.SCROLLED, "data"),
        Input(ids.ARTICLE_PANE, "children"),
    )
    app.clientside_callback(  # see timelineFit in assets/keys.js: one draw per new figure
        "function(figure) { return window.timelineFit(figure); }",
        Output(ids.GRAPH, "figure"),
        Input(ids.FIGURE, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(  # the table's rows live on the server: new rows for new filters
        "function() { return window.timelinePurgeGrid ? window.timelinePurgeGrid() : null; }",
        Output(ids.GRID_PURGED, "data"),
        Input(ids.DATASET, "data"),
        Input(ids.REVISION, "data"),
        *_props(Input, ids.FILTER_INPUTS).values(),
        Input(ids.ZONE, "value"),
        Input(ids.VIEWER_ZONE, "data"),
        prevent_initial_call=True,
    )


def _register_url(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        output={
            "search": Output(ids.URL, "search"),
            "view": _props(Output, ids.VIEW_INPUTS),
            "place": _place_props(Output),
        },
        inputs={
            "search": Input(ids.URL, "search"),
            "view": _props(Input, ids.VIEW_INPUTS),
            "clear": Input(ids.CLEAR_FILTERS, "n_clicks"),
            "place": _place_props(Input),
        },
        prevent_initial_call="initial_duplicate",
    )
    def sync_url(
        search: str | None, view: dict[str, Any], clear: int, place: dict[str, Any]
    ) -> dict[str, Any]:
        """The URL and the page mirror each other: load reads the URL (view, project,
        selected event, zoom), and every change writes it, so a link brings back exactly
        that view.

        Only what the URL changes is set, so opening a plain URL triggers nothing more.
        """
        unchanged: dict[str, Any] = dict.fromkeys(view, no_update)
        still: dict[str, Any] = dict.fromkeys(place, no_update)
        if ctx.triggered_id in (None, ids.URL):
            wanted = viewstate.fields(viewstate.parse(search))
            return {
                "search": no_update,
                "view": unchanged | {k: v for k, v in wanted.items() if not _same(v, view[k])},
                "place": still | _place_from_url(viewstate.parse_place(search), place, registry),
            }
        if ctx.triggered_id == ids.PROJECT:
            chosen, projects = place["project"], registry.projects
            if not chosen or projects is None or chosen == projects.name_for(place["key"]):
                return {"search": no_update, "view": unchanged, "place": still}
            moved = {"key": project_key(chosen), "selected": None, "kept": None}
            return {
                "search": viewstate.to_query(viewstate.from_fields(view), _place(place | moved)),
                "view": unchanged,
                "place": still | moved,
            }
        shown = viewstate.from_fields(view)
        if ctx.triggered_id == ids.DATASET and registry.projects is not None:
            still["project"] = registry.projects.name_for(place["key"])
        if ctx.triggered_id == ids.CLEAR_FILTERS:
            cleared = viewstate.fields(shown.cleared())
            return {
                "search": viewstate.to_query(shown.cleared(), _place(place)),
                "view": unchanged | {k: cleared[k] for k in ids.FILTER_INPUTS},
                "place": still,
            }
        return {
            "search": viewstate.to_query(shown, _place(place)),
            "view": unchanged,
            "place": still,
        }


def _place_props(kind: type) -> dict[str, Any]:
    """Where the page is: its dataset, selected event, kept zoom and project choice."""
    duplicate = {"allow_duplicate": True} if kind is Output else {}
    return {
        "key": kind(ids.DATASET, "data", **duplicate),
        "selected": kind(ids.SELECTED, "data", **duplicate),
        "kept": kind(ids.WINDOW, "data", **duplicate),
        "project": kind(ids.PROJECT, "value", **duplicate),
    }


def _place(place: dict[str, Any]) -> viewstate.Place:
    """The URL's place for the page's: a project key's name, the event, the zoom."""
    kept = place.get("kept") or {}
    return viewstate.Place(
        project_of(place.get("key")) or "",
        place.get("selected") or "",
        kept.get("start", ""),
        kept.get("end", ""),
        kept == SHOW_ALL,
    )


def _place_from_url(
    wanted: viewstate.Place, place: dict[str, Any], registry: Registry
) -> dict[str, Any]:
    """What a URL's place changes on the page (only what differs)."""
    out: dict[str, Any] = {}
    key = project_key(wanted.project) if wanted.project else None
    if key is not None and key != place["key"]:
        out["key"] = key
    elif key is None and project_of(place["key"]) is not None:
        out["key"] = DEFAULT
    if registry.projects is not None:
        name = registry.projects.name_for(key or out.get("key", place["key"]))
        if name != place["project"]:
            out["project"] = name
    if wanted.event and wanted.event != place["selected"]:
        out["selected"] = wanted.event
    kept = (
        SHOW_ALL
        if wanted.whole
        else {"start": wanted.start, "end": wanted.end}
        if wanted.start
        else None
    )
    if kept is not None and kept != place["kept"]:
        out["kept"] = kept
    return out


def url_names_window(search: str | None, key: str | None) -> bool:
    """Whether the page's URL names a zoom for the dataset ``key`` (a link being opened)."""
    wanted = viewstate.parse_place(search)
    names = project_key(wanted.project) if wanted.project else None
    mine = names == key or (names is None and key in (None, DEFAULT))
    return mine and (wanted.whole or bool(wanted.start))


def _same(wanted: Any, current: Any) -> bool:
    """Whether a control already shows a value (None, '' and [] all mean 'no filter')."""
    return (wanted or None) == (current or None)


def _register_chart(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        output={
            "figure": Output(ids.FIGURE, "data"),
            "key": Output(ids.DATASET, "data", allow_duplicate=True),
            "notice": Output(ids.SERVER_NOTICE, "children"),
            "notice_class": Output(ids.SERVER_NOTICE, "className"),
        },
        inputs={
            "key": Input(ids.DATASET, "data"),
            "view": _props(Input, ids.VIEW_INPUTS),
            "selected": Input(ids.SELECTED, "data"),
            "width": Input(ids.GRAPH_WIDTH, "data"),
            "kept": Input(ids.WINDOW, "data"),
            "viewer": Input(ids.VIEWER_ZONE, "data"),
            "revision": Input(ids.REVISION, "data"),
        },
        prevent_initial_call="initial_duplicate",
    )
    def draw(
        key: str | None,
        view: dict[str, Any],
        selected: str | None,
        width: int | None,
        kept: StoredWindow | None,
        viewer: str | None,
        revision: object,
    ) -> dict[str, Any]:
        """The chart of the view, its labels laid out for the chart's measured width and
        its kept x range: so a zoom, a pan or a resize redraws it too.

        A page whose timeline the server no longer has (expired, forgotten, or never this
        session's) goes back to the default article, header and all, and says why, rather
        than drawing the default's events under its old title.
        """
        gone = not registry.known(key)
        shown = viewstate.from_fields(view)
        figure = view_figure(
            registry.get(key), shown, kept, viewer, width or OPENING_WIDTH, selected
        )
        if gone:  # the default's figure now: Dash never re-runs a callback for its own output
            return {"figure": figure, "key": DEFAULT, "notice": GONE, "notice_class": "notice"}
        kept_notice = key in (None, DEFAULT)  # a built timeline clears an old 'gone' notice
        return {
            "figure": figure,
            "key": no_update,
            "notice": no_update if kept_notice else "",
            "notice_class": no_update if kept_notice else "notice hidden",
        }

    @app.callback(
        output=Output(ids.WINDOW, "data"),
        inputs={"relayout": Input(ids.GRAPH, "relayoutData"), "key": Input(ids.DATASET, "data")},
        state={
            "zone": State(ids.ZONE, "value"),
            "viewer": State(ids.VIEWER_ZONE, "data"),
            "search": State(ids.URL, "search"),
        },
        prevent_initial_call=True,
    )
    def keep_window(
        relayout: dict[str, Any] | None,
        key: str | None,
        zone: str,
        viewer: str | None,
        search: str | None,
    ) -> StoredWindow | NoUpdate | None:
        """Keep each zoom, pan, 'all' or double-click, so every redraw (labels re-flowed for
        the new range, a selection, a filter) shows the same stretch of time; a new dataset
        opens on its focus again, unless it is opened from a link that names a zoom."""
        if ctx.triggered_id == ids.DATASET:
            return no_update if url_names_window(search, key) else None
        data = registry.get(key)
        kept = stored_window(relayout, display_zone(zone, data.zone, viewer))
        return no_update if kept is None else kept


def view_figure(
    data: Source,
    view: viewstate.View,
    kept: StoredWindow | None,
    viewer: str | None,
    width: int,
    highlight: str | None,
) -> Figure:
    """The page's chart of a view, built once per view (``FIGURES``) and the selection
    marked on it, so selecting and going back to a view cost no new figure."""
    zone = display_zone(view.zone, data.zone, viewer)
    filters_key = tuple(sorted(view.filters.items()))
    window = figure_window(kept, zone)
    drawn = (data.fingerprint, filters_key, view.lane, view.layout, view.axis, zone, window, width)

    def build(chosen: str | None = None) -> go.Figure:
        return chart_figure(
            data, view, kept, viewer, marked=True, width=width, highlight=chosen, title=data.title
        )

    figure = FIGURES.figure(data, drawn, build)
    if highlight is None or highlightable(figure):
        return highlighted(figure, highlight)
    return FIGURES.figure(data, (*drawn, highlight), lambda: build(highlight))


def chart_figure(
    data: Source,
    view: viewstate.View,
    kept: StoredWindow | None,
    viewer: str | None,
    marked: bool = False,
    **drawing: Any,
) -> go.Figure:
    """The figure of a view: its events, lanes, layout, axis, zone and kept x range;
    ``marked`` puts the curated mark before the title of every event a person changed
    (in the page, not in exports). A view the source bins itself (an archive's, too large
    to fetch) is drawn from its density strips."""
    zone = display_zone(view.zone, data.zone, viewer)
    window, focus = figure_window(kept, zone)
    strips = data.strips(view.filters, view.lane, zone, window)
    if strips is not None:
        chosen = data.event_rows(drawing.get("highlight"))
        return density_figure(
            strips.density,
            view.lane,
            drawing.get("title", ""),
            zone,
            strips.span,
            data.fingerprint,
            chosen,
            window,
            _lane_names(data, view, strips.density.lanes),
        )
    events = data.events(view.filters, window, zone)
    return timeline_figure(
        mark_curated(events) if marked else events,
        lane=view.lane,
        layout=view.layout,
        axis=view.axis,
        zone=zone,
        window=window,
        focus=focus,
        lane_names=_lane_names(data, view, events["doc_id"]),
        **drawing,
    )


def _lane_names(data: Source, view: viewstate.View, doc_ids: Iterable[str]) -> Mapping[str, str]:
    """Article lanes' names; the ids in view are only listed when lanes are articles."""
    return data.lane_names(list(dict.fromkeys(doc_ids))) if view.lane == "article" else {}


def mark_curated(events: pd.DataFrame) -> pd.DataFrame:
    """The events with '✎ ' before the title of each one a person changed."""
    if "curated" not in events or not events["curated"].any():
        return events
    marked = events["title"].where(~events["curated"], CURATED_MARK + " " + events["title"])
    return events.assign(title=marked)


def _register_views(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        output={
            "count": Output(ids.COUNT, "children"),
            "summary": Output(ids.CHART_SUMMARY, "children"),
            "zone": Output(ids.TABLE_ZONE, "children"),
        },
        inputs={
            "key": Input(ids.DATASET, "data"),
            "chosen": _props(Input, ids.FILTER_INPUTS),
            "zone": Input(ids.ZONE, "value"),
            "viewer": Input(ids.VIEWER_ZONE, "data"),
            "revision": Input(ids.REVISION, "data"),
        },
    )
    def describe(
        key: str | None, chosen: dict[str, Any], zone: str, viewer: str | None, revision: object
    ) -> dict[str, str]:
        """The count and the chart's text alternative follow the chart's filters and zone."""
        data = registry.get(key)
        state, shown = filters.clean(chosen), display_zone(zone, data.zone, viewer)
        return {
            "count": count_text(data.count(state), data.total()),
            "summary": data.summary(state, shown),
            "zone": table_zone_text(shown),
        }

    @app.callback(
        output=Output(ids.GRID, "getRowsResponse"),
        inputs={"request": Input(ids.GRID, "getRowsRequest")},
        state={
            "key": State(ids.DATASET, "data"),
            "chosen": _props(State, ids.FILTER_INPUTS),
            "zone": State(ids.ZONE, "value"),
            "viewer": State(ids.VIEWER_ZONE, "data"),
        },
        prevent_initial_call=True,
    )
    def table_rows(
        request: dict[str, Any] | None,
        key: str | None,
        chosen: dict[str, Any],
        zone: str,
        viewer: str | None,
    ) -> dict[str, Any]:
        """Only the rows the table is about to show, filtered and sorted on the server, with
        times in the chart's zone."""
        data = registry.get(key)
        shown = display_zone(zone, data.zone, viewer)
        return data.rows(filters.clean(chosen), request, shown)

    @app.callback(
        output={
            "header": Output(ids.HEADER, "children"),
            "notice": Output(ids.NOTICE, "children"),
            "notice_class": Output(ids.NOTICE, "className"),
            "choices": _props(
                Output, {k: ids.FILTER_INPUTS[k] for k in ids.CHOICE_FILTERS}, "options"
            ),
        },
        inputs={"key": Input(ids.DATASET, "data"), "revision": Input(ids.REVISION, "data")},
        prevent_initial_call=True,
    )
    def show_dataset(key: str, revision: object) -> dict[str, Any]:
        """A new dataset: its header, notice and the values its filters can take."""
        data = registry.get(key)
        choices = data.choices()
        return {
            "header": header(data, data.total()).children,
            "notice": data.notice or "",
            "notice_class": "notice" if data.notice else "notice hidden",
            "choices": {k: choices[k] for k in ids.CHOICE_FILTERS},
        }


def _register_selection(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        output={
            "selected": Output(ids.SELECTED, "data"),
            "rows": Output(ids.GRID, "selectedRows"),
            "scroll": Output(ids.GRID, "scrollTo"),
        },
        inputs={
            "click": Input(ids.GRAPH, "clickData"),
            "rows": Input(ids.GRID, "selectedRows"),
            "previous": Input(ids.PREV, "n_clicks"),
            "following": Input(ids.NEXT, "n_clicks"),
        },
        state={
            "current": State(ids.SELECTED, "data"),
            "key": State(ids.DATASET, "data"),
            "request": State(ids.GRID, "getRowsRequest"),
            "chosen": _props(State, ids.FILTER_INPUTS),
            "zone": State(ids.ZONE, "value"),
            "viewer": State(ids.VIEWER_ZONE, "data"),
        },
        prevent_initial_call=True,
    )
    def select_event(
        click: dict[str, Any] | None,
        rows: list[dict[str, Any]] | None,
        previous: int,
        following: int,
        current: str | None,
        key: str | None,
        request: dict[str, Any] | None,
        chosen: dict[str, Any],
        zone: str,
        viewer: str | None,
    ) -> dict[str, Any]:
        """One selection for chart, table and buttons; chart and buttons move the table too.

        The table's order (its sort and column filters) is the server's, so stepping and
        scrolling work for rows the browser has not loaded yet.
        """
        nothing = {"selected": no_update, "rows": no_update, "scroll": no_update}
        if ctx.triggered_id == ids.GRID:
            event_id = rows[0].get("event_id") if rows else None
            return nothing if event_id in (None, current) else nothing | {"selected": event_id}
        data = registry.get(key)
        state, order = filters.clean(chosen), request or {"sortModel": DEFAULT_SORT}
        shown = display_zone(zone, data.zone, viewer)
        if ctx.triggered_id == ids.GRAPH:
            event_id = clicked_event(click)
            row = None if event_id is None else data.locate(state, order, shown, event_id)
        else:
            way = -1 if ctx.triggered_id == ids.PREV else 1
            found = data.step(state, order, shown, current, way)
            event_id, row = found if found is not None else (None, None)
        if event_id is None:
            return nothing
        scroll = no_update if row is None else {"rowIndex": row, "rowPosition": "middle"}
        return {"selected": event_id, "rows": {"ids": [event_id]}, "scroll": scroll}

    @app.callback(
        output=Output(ids.DETAILS, "children"),
        inputs={
            "event_id": Input(ids.SELECTED, "data"),
            "key": Input(ids.DATASET, "data"),
            "zone": Input(ids.ZONE, "value"),
            "viewer": Input(ids.VIEWER_ZONE, "data"),
            "revision": Input(ids.REVISION, "data"),
        },
    )
    def show_details(
        event_id: str | None, key: str | None, zone: str, viewer: str | None, revision: object
    ) -> list[Any]:
        """The event's facts, its times in the chart's zone, and its paragraph."""
        data = registry.get(key)
        event = data.event(event_id)
        if event is None:
            return details_placeholder()
        text = data.article(event["doc_id"]).text
        return event_details(event, text, display_zone(zone, data.zone, viewer))

    @app.callback(
        output=Output(ids.ARTICLE_PANE, "children"),
        inputs={"event_id": Input(ids.SELECTED, "data"), "key": Input(ids.DATASET, "data")},
    )
    def show_article(event_id: str | None, key: str | None) -> list[Any]:
        """The event's article with every time expression and its sentence marked."""
        data = registry.get(key)
        event = data.event(event_id)
        article = data.article(None if event is None else event["doc_id"])
        return article_text(
            article_pieces(
                article.text, data.time_spans(article.doc_id), sentence_span(event, article.text)
            )
        )


def _register_exports(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        output={
            "file": Output(ids.DOWNLOAD_IMAGE, "data"),
            "message": Output(ids.EXPORT_MESSAGE, "children"),
        },
        inputs={"clicks": _props(Input, {f: b for b, f in ids.IMAGE_BUTTONS.items()}, "n_clicks")},
        state={
            "key": State(ids.DATASET, "data"),
            "view": _props(State, ids.VIEW_INPUTS),
            "kept": State(ids.WINDOW, "data"),
            "viewer": State(ids.VIEWER_ZONE, "data"),
        },
        prevent_initial_call=True,
    )
    def export_chart(
        clicks: dict[str, int],
        key: str | None,
        view: dict[str, Any],
        kept: StoredWindow | None,
        viewer: str | None,
    ) -> dict[str, Any]:
        """The chart as shown (filters, lanes, layout, zone, zoom): an image with title and
        source line, or an interactive HTML page; both described by the chart's summary."""
        data, shown = registry.get(key), viewstate.from_fields(view)
        fmt = ids.IMAGE_BUTTONS[str(ctx.triggered_id)]
        chart = chart_figure(data, shown, kept, viewer, width=WIDTH, controls=fmt == "html")
        fig = publication_figure(chart, data.title, data.credit())
        summary = data.summary(shown.filters, display_zone(shown.zone, data.zone, viewer))
        name = _file_name(data, fmt)
        if fmt == "html":
            page = figure_html(fig, data.title, summary)
            return {
                "file": send_string(page, name, type="text/html"),
                "message": f"Saved {name}",
            }
        try:
            image = figure_bytes(fig, fmt, title=data.title, description=summary)
        except ExportError as err:
            return {"file": no_update, "message": error(str(err))}
        return {"file": send_bytes(image, name, type=_MIME[fmt]), "message": f"Saved {name}"}

    @app.callback(
        output={
            "file": Output(ids.DOWNLOAD_DATA, "data"),
            "message": Output(ids.EXPORT_MESSAGE, "children", allow_duplicate=True),
        },
        inputs={"clicks": _props(Input, {f: b for b, f in ids.DATA_BUTTONS.items()}, "n_clicks")},
        state={"key": State(ids.DATASET, "data"), "chosen": _props(State, ids.FILTER_INPUTS)},
        prevent_initial_call=True,
    )
    def export_data(
        clicks: dict[str, int], key: str | None, chosen: dict[str, Any]
    ) -> dict[str, Any]:
        """The filtered events as CSV, JSON or TimelineJS JSON (a view too large to send
        whole gets a message instead)."""
        data = registry.get(key)
        try:
            view = data.export_frame(filters.clean(chosen))
        except TooLarge as err:
            return {"file": no_update, "message": error(str(err))}
        fmt = ids.DATA_BUTTONS[str(ctx.triggered_id)]
        if fmt == "timelinejs":
            text = to_timelinejs_json(view, data.title, data.credit())
            file = send_string(
                text, _file_name(data, "json", "timelinejs"), type="application/json"
            )
        elif fmt == "json":
            file = send_string(
                frame_to_json(view), _file_name(data, "json"), type="application/json"
            )
        else:
            file = send_string(frame_to_csv(view), _file_name(data, "csv"), type="text/csv")
        return {"file": file, "message": no_update}


def _file_name(data: Source, suffix: str, part: str = "") -> str:
    """'2022-02-14-<headline>.png' (with '-part' before the suffix when two files share one)."""
    name = export_name(data.title, data.first.published, suffix)
    return name.removesuffix(f".{suffix}") + f"-{part}.{suffix}" if part else name
