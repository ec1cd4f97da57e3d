"""The page, as small functions that each build one region from plain data.

Article text is only ever placed in components as text (``html.Mark`` for the highlight),
never as raw HTML, so nothing in an article can inject markup.
"""

from __future__ import annotations

from typing import Any

import dash_ag_grid as dag
import pandas as pd
import plotly.graph_objects as go
from dash import dcc, html

from dashboard import ids
from dashboard.data import Segment, paragraph_segments, published_text
from timeline.figures import NO_ACTOR, format_interval
from timeline.ingest import Article

_GRAPH_CONFIG = {
    "displaylogo": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "timeline"},
}
_COLUMNS: tuple[tuple[str, str, int], ...] = (  # field, header, flex
    ("when", "Start", 2),
    ("interval", "Interval (article time)", 3),
    ("time_text", "As written", 3),
    ("title", "Event", 4),
    ("kind", "Kind", 2),
    ("actors", "Actors", 3),
    ("timex", "TIMEX3", 2),
    ("granularity", "Granularity", 2),
)


def page(
    article: Article,
    figure: go.Figure,
    rows: list[dict[str, Any]],
    notice: str | None,
) -> html.Div:
    """The whole page: header, notice, controls, chart with details beside it, table."""
    return html.Div(
        className="page",
        children=[
            header(article, len(rows)),
            notice_bar(notice),
            controls(),
            html.Main(className="workspace", children=[graph(figure), details_panel()]),
            events_table(rows),
            dcc.Store(id=ids.SELECTED),
            dcc.Download(id=ids.DOWNLOAD_IMAGE),
            dcc.Download(id=ids.DOWNLOAD_DATA),
        ],
    )


def header(article: Article, n_events: int) -> html.Header:
    """Which article this is: its source and when it was published, in its own zone."""
    name = article.title or article.source or article.doc_id
    count = f"{n_events} dated event{'' if n_events == 1 else 's'}"
    return html.Header(
        id=ids.HEADER,
        className="article-header",
        children=[
            html.P("Timeline", className="eyebrow"),
            html.H1(name),
            html.P(
                className="meta",
                children=[
                    html.Span(f"Published {published_text(article)}"),
                    html.Span(" · "),
                    html.Span(count, className="count"),
                ],
            ),
        ],
    )


def notice_bar(notice: str | None) -> html.Div:
    return html.Div(notice or "", id=ids.NOTICE, className="notice" if notice else "notice hidden")


def controls() -> html.Div:
    """Lane switch on the left, exports on the right."""
    lane = dcc.RadioItems(
        id=ids.LANE,
        options=[{"label": "By kind", "value": "kind"}, {"label": "By actor", "value": "actor"}],
        value="kind",
        inline=True,
        className="lane-switch",
    )
    return html.Div(
        className="controls",
        children=[
            html.Div([html.Span("Lanes", className="control-label"), lane]),
            export_bar(),
        ],
    )


def export_bar() -> html.Div:
    """Chart images are rendered on the server (kaleido); data files come from the frame."""
    buttons = [
        html.Button(label, id=bid, className="button", n_clicks=0, title=hint)
        for bid, label, hint in (
            (ids.EXPORT_PNG, "PNG", "Download the chart as a PNG image"),
            (ids.EXPORT_SVG, "SVG", "Download the chart as an SVG image"),
            (ids.EXPORT_PDF, "PDF", "Download the chart as a PDF"),
            (ids.EXPORT_CSV, "CSV", "Download all events as CSV"),
            (ids.EXPORT_JSON, "JSON", "Download all events as JSON"),
        )
    ]
    message = dcc.Loading(html.Div(id=ids.EXPORT_MESSAGE, className="export-message"), type="dot")
    return html.Div(
        className="export-bar",
        children=[
            html.Span("Export", className="control-label"),
            html.Div(buttons[:3], className="button-group", **{"aria-label": "Chart image"}),
            html.Div(buttons[3:], className="button-group", **{"aria-label": "Event data"}),
            message,
        ],
    )


def graph(figure: go.Figure) -> html.Section:
    return html.Section(
        className="chart card",
        children=[dcc.Graph(id=ids.GRAPH, figure=figure, config=_GRAPH_CONFIG)],
    )


def details_panel() -> html.Aside:
    return html.Aside(
        id=ids.DETAILS,
        className="details card",
        children=details_placeholder(),
        **{"aria-live": "polite"},
    )


def details_placeholder() -> list[Any]:
    return [
        html.H2("Event details"),
        html.P("Click an event on the timeline, or a row in the table.", className="hint"),
    ]


def event_details(event: pd.Series, text: str) -> list[Any]:
    """Everything known about one event, and its sentence highlighted in its paragraph."""
    actors = ", ".join(event["actors"]) or NO_ACTOR
    timex = event["timex"] + (f" ({event['timex_mod']})" if event["timex_mod"] else "")
    facts = [
        ("Kind", event["kind"]),
        ("Actors", actors),
        ("As written", f"“{event['time_text']}”"),
        ("When", format_interval(event["start"], event["end"])),
        ("Start", event["start"].isoformat()),
        ("End", f"{event['end'].isoformat()} (exclusive)"),
        ("TIMEX3", f"{timex} · {event['timex_type']} · {event['granularity']}"),
    ]
    if event["source"]:
        facts.append(("Source", event["source"]))
    return [
        html.H2(event["title"], className="details-title"),
        html.Dl([el for k, v in facts for el in (html.Dt(k), html.Dd(v))], className="facts"),
        html.H3("In the article"),
        html.Blockquote(
            id=ids.DETAILS_SENTENCE,
            className="paragraph",
            children=[_segment(s) for s in paragraph_segments(text, event)],
        ),
    ]


def _segment(segment: Segment) -> Any:
    if segment.role == "time":
        return html.Mark(html.Strong(segment.text), className="time-mark")
    if segment.role == "sentence":
        return html.Mark(segment.text, className="sentence-mark")
    return segment.text


def events_table(rows: list[dict[str, Any]]) -> html.Section:
    """All events, sortable, filterable and resizable; one row selected at a time."""
    grid = dag.AgGrid(
        id=ids.GRID,
        rowData=rows,
        columnDefs=[
            {"field": field, "headerName": name, "flex": flex, "minWidth": 110}
            | ({"sort": "asc"} if field == "when" else {})
            for field, name, flex in _COLUMNS
        ],
        defaultColDef={
            "sortable": True, "filter": True, "floatingFilter": True, "resizable": True,
            "wrapText": True, "autoHeight": True, "cellClass": "grid-cell",
            "cellDataType": "text",  # no guessing: '2022-02-14' is a TIMEX3 value, not a date
        },
        dashGridOptions={
            "rowSelection": {
                "mode": "singleRow", "checkboxes": False, "enableClickSelection": True,
            },
            "animateRows": False,
        },
        getRowId="params.data.event_id",
        className="events-grid",
        style={"height": "440px", "width": "100%"},
    )
    return html.Section(className="table card", children=[html.H2("All events"), grid])
