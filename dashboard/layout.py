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
from dashboard.data import (
    PAGE_ROWS,
    ZONE_MODES,
    Piece,
    Segment,
    count_text,
    paragraph_segments,
    published_text,
)
from dashboard.datasets import DEFAULT, Dataset
from timeline.marks import LANES, NO_ACTOR
from timeline.filters import BY_KEY
from timeline.ingest import Article
from timeline.timefmt import format_interval

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
    ("source", "Source", 2),
    ("timex", "TIMEX3", 2),
    ("granularity", "Granularity", 2),
)


def page(dataset: Dataset, figure: go.Figure, choices: dict[str, list[str]]) -> html.Div:
    """The page: header, new articles, filters, controls, chart and details, article, table.

    The chart comes drawn (the unfiltered view), and the table asks the server for the rows
    it shows, so opening the page sends neither every event twice nor a callback chain.
    """
    return html.Div(
        className="page",
        children=[
            dcc.Location(id=ids.URL, refresh=False),
            header(dataset.first, len(dataset.frame), dataset.title),
            notice_bar(dataset.notice),
            ingest_panel(),
            filter_bar(choices),
            controls(),
            html.Main(className="workspace", children=[graph(figure), details_panel()]),
            article_panel(),
            events_table(),
            dcc.Store(id=ids.SELECTED),
            dcc.Store(id=ids.DATASET, data=DEFAULT),
            dcc.Store(id=ids.VIEWER_ZONE),
            dcc.Store(id=ids.UPLOADED, data=[]),
            dcc.Store(id=ids.SCROLLED),
            dcc.Store(id=ids.GRID_PURGED),
            dcc.Store(id=ids.FIGURE),
            dcc.Download(id=ids.DOWNLOAD_IMAGE),
            dcc.Download(id=ids.DOWNLOAD_DATA),
        ],
    )


def header(article: Article, n_events: int, title: str = "") -> html.Header:
    """Which article this is: its source and when it was published, in its own zone."""
    name = title or article.title or article.source or article.doc_id
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
                    html.Span(count_text(n_events, n_events), id=ids.COUNT, className="count",
                              **{"aria-live": "polite"}),
                ],
            ),
        ],
    )


def notice_bar(notice: str | None) -> html.Div:
    return html.Div(notice or "", id=ids.NOTICE, className="notice" if notice else "notice hidden")


def _labelled(label: str, control: Any, for_id: str) -> html.Div:
    return html.Div(className="field", children=[html.Label(label, htmlFor=for_id), control])


def ingest_panel() -> html.Details:
    """Paste or upload articles, give their publication time, build their timeline."""
    upload = dcc.Upload(
        id=ids.UPLOAD, multiple=True, accept=".txt,.html,.htm,text/plain,text/html",
        className="upload", children=html.Div(["Drop .txt or .html files here, or ",
                                               html.Span("choose files", className="link")]),
    )
    return html.Details(className="ingest card", children=[
        html.Summary("Add articles: paste text or upload .txt / .html"),
        html.Div(className="ingest-grid", children=[
            _labelled("Article text", dcc.Textarea(
                id=ids.PASTE, className="paste", placeholder="Paste an article here"), ids.PASTE),
            html.Div([html.Label("Files", htmlFor=ids.UPLOAD), upload,
                      html.Ul(id=ids.UPLOAD_LIST, className="upload-list")], className="field"),
            _labelled("Published (ISO 8601)", dcc.Input(
                id=ids.PUBLISHED, type="text", placeholder="2022-02-14T22:00+13:00"),
                ids.PUBLISHED),
            _labelled("Time zone (IANA)", dcc.Input(
                id=ids.ZONE_INPUT, type="text", placeholder="Pacific/Auckland"), ids.ZONE_INPUT),
        ]),
        html.Div(className="ingest-actions", children=[
            html.Button("Build timeline", id=ids.BUILD, className="button primary", n_clicks=0),
            html.Button("Back to the default article", id=ids.RESET, className="button",
                        n_clicks=0),
            html.Progress(id=ids.PROGRESS, value="0", max="3", className="progress",
                          **{"aria-label": "Extraction progress"}),
            html.Div(id=ids.INGEST_MESSAGE, className="ingest-message", role="status"),
        ]),
    ])


def filter_bar(choices: dict[str, list[str]]) -> html.Section:
    """Search and filters; each is labelled, and their values live in the page's URL."""
    fields = [_labelled("Search titles and sentences", dcc.Input(
        id=ids.SEARCH, type="search", debounce=True, placeholder="e.g. witness"), ids.SEARCH)]
    for key in ids.CHOICE_FILTERS:
        label = BY_KEY[key].label
        fields.append(_labelled(label, dcc.Dropdown(
            id=ids.FILTER_INPUTS[key], options=choices.get(key, []), multi=True,
            placeholder=f"Any {label.lower()}",
        ), ids.FILTER_INPUTS[key]))
    for key in ("since", "until"):
        fields.append(_labelled(f"{BY_KEY[key].label} (YYYY-MM-DD)", dcc.Input(
            id=ids.FILTER_INPUTS[key], type="text", debounce=True, placeholder="YYYY-MM-DD",
            pattern=r"\d{4}-\d{2}-\d{2}",
        ), ids.FILTER_INPUTS[key]))
    clear = html.Button("Clear filters", id=ids.CLEAR_FILTERS, className="button", n_clicks=0)
    return html.Section(className="filters card", children=[*fields, clear],
                        **{"aria-label": "Filters"})


def controls() -> html.Div:
    """Lanes, zone and event stepping on the left, exports on the right."""
    lane = dcc.RadioItems(
        id=ids.LANE, options=[{"label": f"By {v.lower()}", "value": k} for k, v in LANES.items()],
        value="kind", inline=True, className="lane-switch",
    )
    zone = dcc.RadioItems(
        id=ids.ZONE, options=[{"label": v, "value": k} for k, v in ZONE_MODES.items()],
        value="article", inline=True, className="lane-switch",
    )
    step = html.Div(className="button-group", children=[
        html.Button("◀ Previous", id=ids.PREV, className="button", n_clicks=0,
                    title="Previous event (←)", **{"aria-label": "Previous event"}),
        html.Button("Next ▶", id=ids.NEXT, className="button", n_clicks=0,
                    title="Next event (→)", **{"aria-label": "Next event"}),
    ])
    return html.Div(className="controls", children=[
        html.Div([html.Span("Lanes", className="control-label", id="lane-label"), lane],
                 role="radiogroup", **{"aria-labelledby": "lane-label"}),
        html.Div([html.Span("Times", className="control-label", id="zone-label"), zone],
                 role="radiogroup", **{"aria-labelledby": "zone-label"}),
        html.Div([html.Span("Events", className="control-label"), step]),
        export_bar(),
    ])


def export_bar() -> html.Div:
    """Chart images are rendered on the server (kaleido); data files come from the frame."""
    buttons = [
        html.Button(label, id=bid, className="button", n_clicks=0, title=hint)
        for bid, label, hint in (
            (ids.EXPORT_PNG, "PNG", "Download the chart as shown as a PNG image"),
            (ids.EXPORT_SVG, "SVG", "Download the chart as shown as an SVG image"),
            (ids.EXPORT_PDF, "PDF", "Download the chart as shown as a PDF"),
            (ids.EXPORT_CSV, "CSV", "Download the filtered events as CSV"),
            (ids.EXPORT_JSON, "JSON", "Download the filtered events as JSON"),
            (ids.EXPORT_TIMELINEJS, "TimelineJS", "Download the filtered events for TimelineJS"),
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


def article_panel() -> html.Section:
    return html.Section(className="article card", children=[
        html.H2("The article"),
        html.P("Time expressions are highlighted; the selected event's sentence is marked.",
               className="hint"),
        html.Article(id=ids.ARTICLE_PANE, className="article-text", tabIndex="0",
                     **{"aria-label": "Article text"}),
    ])


def article_text(pieces: list[Piece]) -> list[Any]:
    """The article as text nodes and marks; the selected sentence's first piece gets an id."""
    out: list[Any] = []
    anchored = False
    for piece in pieces:
        if piece.role == "plain":
            out.append(piece.text)
            continue
        extra = {}
        if piece.role.startswith("sentence") and not anchored:
            extra, anchored = {"id": ids.ARTICLE_SENTENCE}, True
        out.append(html.Mark(piece.text, className=_PIECE_CLASS[piece.role], **extra))
    return out


_PIECE_CLASS = {"time": "time-mark", "sentence": "sentence-mark",
                "sentence-time": "sentence-mark time-mark"}


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


def events_table() -> html.Section:
    """All events, sortable, filterable and resizable; one row selected at a time.

    Infinite row model: the grid asks for ``PAGE_ROWS`` rows at a time with its sort and
    column filters, and the server answers from the filtered frame, so 100,000 events cost
    the browser no more than 100. Rows have one fixed height (the model needs it); the full
    text of a cut cell is in its tooltip.
    """
    grid = dag.AgGrid(
        id=ids.GRID,
        rowModelType="infinite",
        columnDefs=[
            {"field": field, "headerName": name, "flex": flex, "minWidth": 110,
             "tooltipField": field} | ({"sort": "asc"} if field == "when" else {})
            for field, name, flex in _COLUMNS
        ],
        defaultColDef={
            "sortable": True, "filter": "agTextColumnFilter", "floatingFilter": True,
            "resizable": True, "cellClass": "grid-cell",
            "cellDataType": "text",  # no guessing: '2022-02-14' is a TIMEX3 value, not a date
        },
        dashGridOptions={
            "rowSelection": {
                "mode": "singleRow", "checkboxes": False, "enableClickSelection": True,
            },
            "animateRows": False,
            "cacheBlockSize": PAGE_ROWS,
            "maxBlocksInCache": 50,
            "rowHeight": 40,
            "tooltipShowDelay": 400,
        },
        getRowId="params.data.event_id",
        className="events-grid",
        style={"height": "440px", "width": "100%"},
    )
    return html.Section(className="table card", children=[html.H2("Events"), grid])
