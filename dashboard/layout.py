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

from dashboard import ids, limits
from dashboard.aria import aria
from dashboard.data import (
    CURATED_MARK,
    PAGE_ROWS,
    ZONE_MODES,
    Piece,
    Segment,
    count_text,
    paragraph_segments,
)
from dashboard.datasets import DEFAULT
from dashboard.editor import curation_panel, event_editor
from dashboard.source import Source
from timeline import viewstate
from timeline.filters import BY_KEY
from timeline.marks import NO_ACTOR
from timeline.timefmt import format_interval
from timeline.zones import zone_for, zone_label

#: Plotly's own image button is gone (the Export buttons make titled, credited images), and
#: nothing links to or sends data to an online service.
GRAPH_CONFIG: dcc.Graph.Config = {
    "displaylogo": False,
    "showLink": False,
    "showEditInChartStudio": False,
    "showSendToCloud": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["toImage", "select2d", "lasso2d"],
}
#: how often a page asks after its pending build (well within limits.ABANDONED_SECONDS).
POLL_MS = 700
#: each drawing option's legend and the words for its choices (timeline.viewstate's values).
_OPTION_TEXT: dict[str, tuple[str, dict[str, str]]] = {
    "lane": ("Group by", {"kind": "Kind", "actor": "Actor", "article": "Article", "none": "None"}),
    "layout": ("Layout", {"auto": "Auto", "story": "Story", "lanes": "Lanes"}),
    "axis": ("Axis", {"auto": "Auto", "time": "Time", "sequence": "Sequence"}),
    "zone": ("Times", ZONE_MODES),
}
_COLUMNS: tuple[tuple[str, str, int], ...] = (  # field, header, flex
    ("when", "Start", 2),
    ("interval", "Interval", 3),
    ("time_text", "As written", 3),
    ("title", "Event", 4),
    ("kind", "Kind", 2),
    ("actors", "Actors", 3),
    ("source", "Source", 2),
    ("timex", "TIMEX3", 2),
    ("granularity", "Granularity", 2),
    ("edited", "Edited", 2),
)


def page(
    dataset: Source, figure: go.Figure, curating: bool = False, signed_in: bool = False
) -> html.Div:
    """The page: header, new articles, projects and edits (with a store: ``curating``),
    filters, controls, chart and details, article, table.

    The chart comes drawn (the unfiltered view, redrawn once the browser has measured it),
    and the table asks the server for the rows it shows, so opening the page does not send
    every event twice. A read-only source (an archive) has no new-articles panel: the
    notice says how it grows instead.
    """
    panel = curation_panel(signed_in, shown=curating)
    adding = ingest_panel(shown=dataset.writable)
    return html.Div(
        className="page",
        children=[
            dcc.Location(id=ids.URL, refresh=False),
            header(dataset, dataset.total()),
            notice_bar(dataset.notice),
            html.Div(id=ids.SERVER_NOTICE, className="notice hidden", role="alert"),
            adding,
            panel,
            filter_bar(dataset.choices()),
            controls(),
            html.Main(
                className="workspace",
                children=[
                    graph(figure, dataset.summary({}, dataset.zone)),
                    details_panel(),
                ],
            ),
            article_panel(),
            events_table(dataset.zone),
            dcc.Store(id=ids.SELECTED),
            dcc.Store(id=ids.REVISION, data=0),
            dcc.Store(id=ids.DATASET, data=DEFAULT),
            dcc.Store(id=ids.VIEWER_ZONE),
            dcc.Store(id=ids.GRAPH_WIDTH),
            dcc.Store(id=ids.WINDOW),
            dcc.Store(id=ids.UPLOADED, data=[]),
            dcc.Store(id=ids.SCROLLED),
            dcc.Store(id=ids.GRID_PURGED),
            dcc.Store(id=ids.FIGURE),
            dcc.Download(id=ids.DOWNLOAD_IMAGE),
            dcc.Download(id=ids.DOWNLOAD_DATA),
        ],
    )


def header(dataset: Source, n_events: int) -> html.Header:
    """Which article this is: its headline, publisher and when it was published (in its own
    zone); never an internal id."""
    publishers = dataset.publishers()
    return html.Header(
        id=ids.HEADER,
        className="article-header",
        children=[
            html.P("Timeline", className="eyebrow"),
            html.H1(dataset.title),
            html.P(
                className="meta",
                children=[
                    *(
                        [html.Span(publishers, className="publisher"), html.Span(" · ")]
                        if publishers and publishers != dataset.title
                        else []
                    ),
                    html.Span(dataset.published_line()),
                    html.Span(" · "),
                    html.Span(
                        count_text(n_events, n_events),
                        id=ids.COUNT,
                        className="count",
                        **aria(live="polite"),
                    ),
                ],
            ),
        ],
    )


def notice_bar(notice: str | None) -> html.Div:
    return html.Div(notice or "", id=ids.NOTICE, className="notice" if notice else "notice hidden")


def _labelled(label: str, control: Any, for_id: str) -> html.Div:
    """A control under its label (the label has an id: assets/keys.js names dropdowns by it)."""
    label_el = html.Label(label, htmlFor=for_id, id=f"{for_id}-label")
    return html.Div(className="field", children=[label_el, control])


def ingest_panel(shown: bool = True) -> html.Details:
    """Paste or upload articles, give their publication time, build their timeline (the
    panel is in the page, hidden, when not ``shown``: its callbacks still find it).

    A build is a job the page polls while it is pending; the upload field carries the
    limits for assets/upload.js, which names what is too large before anything is sent.
    """
    upload = dcc.Upload(
        id=ids.UPLOAD,
        multiple=True,
        max_size=limits.UPLOAD_BYTES,
        accept=".txt,.html,.htm,text/plain,text/html",
        className="upload",
        children=html.Div(
            ["Drop .txt or .html files here, or ", html.Span("choose files", className="link")]
        ),
    )
    limits_data: dict[str, Any] = {  # data-* attributes: untyped **kwargs (dashboard.aria)
        "data-file-bytes": limits.UPLOAD_BYTES,
        "data-request-bytes": limits.REQUEST_BYTES,
        "data-files": limits.BUILD_ARTICLES,
        "data-message": ids.INGEST_MESSAGE,
        "data-paste": ids.PASTE,
        "data-build": ids.BUILD,
    }
    return html.Details(
        className="ingest card" if shown else "ingest card hidden",
        children=[
            html.Summary("Add articles: paste text or upload .txt / .html"),
            html.Div(
                className="ingest-grid",
                children=[
                    _labelled(
                        "Article text",
                        dcc.Textarea(
                            id=ids.PASTE, className="paste", placeholder="Paste an article here"
                        ),
                        ids.PASTE,
                    ),
                    html.Div(
                        [
                            html.Label("Files", htmlFor=ids.UPLOAD),
                            upload,
                            html.Ul(id=ids.UPLOAD_LIST, className="upload-list"),
                        ],
                        className="field",
                        **limits_data,
                    ),
                    _labelled(
                        "Headline (optional)",
                        dcc.Input(
                            id=ids.HEADLINE_INPUT,
                            type="text",
                            placeholder="Of the pasted text, or of a single file",
                        ),
                        ids.HEADLINE_INPUT,
                    ),
                    _labelled(
                        "Source (optional)",
                        dcc.Input(id=ids.SOURCE_INPUT, type="text", placeholder="e.g. The Herald"),
                        ids.SOURCE_INPUT,
                    ),
                    _labelled(
                        "Published (ISO 8601)",
                        dcc.Input(
                            id=ids.PUBLISHED, type="text", placeholder="2022-02-14T22:00+13:00"
                        ),
                        ids.PUBLISHED,
                    ),
                    _labelled(
                        "Time zone (IANA)",
                        dcc.Input(id=ids.ZONE_INPUT, type="text", placeholder="Pacific/Auckland"),
                        ids.ZONE_INPUT,
                    ),
                ],
            ),
            html.Div(
                className="ingest-actions",
                children=[
                    html.Button(
                        "Build timeline", id=ids.BUILD, className="button primary", n_clicks=0
                    ),
                    html.Button(
                        "Cancel build",
                        id=ids.CANCEL,
                        className="button cancel",
                        n_clicks=0,
                        disabled=True,
                    ),
                    html.Button(
                        "Back to the default article", id=ids.RESET, className="button", n_clicks=0
                    ),
                    dcc.Store(id=ids.JOB),
                    dcc.Interval(id=ids.JOB_POLL, interval=POLL_MS, disabled=True),
                    html.Progress(
                        id=ids.PROGRESS,
                        value="0",
                        max="3",
                        className="progress",
                        **aria(label="Extraction progress"),
                    ),
                    html.Div(id=ids.INGEST_MESSAGE, className="ingest-message", role="status"),
                ],
            ),
        ],
    )


def filter_bar(choices: dict[str, list[str]]) -> html.Section:
    """Search and filters; each is labelled, and their values live in the page's URL."""
    fields = [
        _labelled(
            "Search titles and sentences",
            dcc.Input(id=ids.SEARCH, type="search", debounce=True, placeholder="e.g. witness"),
            ids.SEARCH,
        )
    ]
    for key in ids.CHOICE_FILTERS:
        label = BY_KEY[key].label
        fields.append(
            _labelled(
                label,
                dcc.Dropdown(
                    id=ids.FILTER_INPUTS[key],
                    options=choices.get(key, []),
                    multi=True,
                    placeholder=f"Any {label.lower()}",
                ),
                ids.FILTER_INPUTS[key],
            )
        )
    for key in ("since", "until"):
        fields.append(
            _labelled(
                f"{BY_KEY[key].label} (YYYY-MM-DD)",
                dcc.Input(
                    id=ids.FILTER_INPUTS[key],
                    type="text",
                    debounce=True,
                    placeholder="YYYY-MM-DD",
                    pattern=r"\d{4}-\d{2}-\d{2}",
                ),
                ids.FILTER_INPUTS[key],
            )
        )
    clear = html.Button("Clear filters", id=ids.CLEAR_FILTERS, className="button", n_clicks=0)
    return html.Section(
        className="filters card", children=[*fields, clear], **aria(label="Filters")
    )


def controls() -> html.Div:
    """How the chart is drawn and event stepping on the left, exports on the right."""
    step = html.Div(
        className="button-group",
        children=[
            html.Button(
                "◀ Previous",
                id=ids.PREV,
                className="button",
                n_clicks=0,
                title="Previous event (←)",
                **aria(label="Previous event"),
            ),
            html.Button(
                "Next ▶",
                id=ids.NEXT,
                className="button",
                n_clicks=0,
                title="Next event (→)",
                **aria(label="Next event"),
            ),
        ],
    )
    return html.Div(
        className="controls",
        children=[
            *(_option(o) for o in viewstate.OPTIONS),
            html.Div([html.Span("Events", className="control-label"), step]),
            export_bar(),
        ],
    )


def _option(option: viewstate.Option[str]) -> html.Fieldset:
    """One drawing option as a radio group, named by its legend."""
    legend, words = _OPTION_TEXT[option.name]
    return html.Fieldset(
        className="option",
        children=[
            html.Legend(
                legend, className="control-label", id=f"{ids.OPTION_INPUTS[option.name]}-legend"
            ),
            dcc.RadioItems(
                id=ids.OPTION_INPUTS[option.name],
                value=option.default,
                inline=True,
                options=[{"label": words[v], "value": v} for v in option.choices],
                className="option-switch",
            ),
        ],
    )


def export_bar() -> html.Div:
    """Chart images are rendered on the server (kaleido); data files come from the frame."""
    buttons = [
        html.Button(label, id=bid, className="button", n_clicks=0, title=hint)
        for bid, label, hint in (
            (ids.EXPORT_PNG, "PNG", "Download the chart as shown as a PNG image"),
            (ids.EXPORT_SVG, "SVG", "Download the chart as shown as an SVG image"),
            (ids.EXPORT_PDF, "PDF", "Download the chart as shown as a PDF"),
            (ids.EXPORT_HTML, "HTML", "Download the chart as shown as an interactive web page"),
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
            html.Div(buttons[:4], className="button-group", role="group", **aria(label="Chart")),
            html.Div(
                buttons[4:], className="button-group", role="group", **aria(label="Event data")
            ),
            message,
        ],
    )


def article_panel() -> html.Section:
    return html.Section(
        className="article card",
        children=[
            html.H2("The article"),
            html.P(
                "Time expressions are highlighted; the selected event's sentence is marked.",
                className="hint",
            ),
            html.Article(
                id=ids.ARTICLE_PANE,
                className="article-text",
                tabIndex="0",
                **aria(label="Article text"),
            ),
        ],
    )


def article_text(pieces: list[Piece]) -> list[Any]:
    """The article as text nodes and marks; the selected sentence's first piece gets an id."""
    out: list[Any] = []
    anchored = False
    for piece in pieces:
        if piece.role == "plain":
            out.append(piece.text)
            continue
        extra: dict[str, Any] = {}
        if piece.role.startswith("sentence") and not anchored:
            extra, anchored = {"id": ids.ARTICLE_SENTENCE}, True
        out.append(html.Mark(piece.text, className=_PIECE_CLASS[piece.role], **extra))
    return out


_PIECE_CLASS = {
    "time": "time-mark",
    "sentence": "sentence-mark",
    "sentence-time": "sentence-mark time-mark",
}


def graph(figure: go.Figure, summary: str) -> html.Figure:
    """The chart, described for screen readers by a summary in words that points to the
    table (which lists every event), with a link there that shows when focused."""
    return html.Figure(
        id=ids.CHART,
        className="chart card",
        children=[
            dcc.Graph(id=ids.GRAPH, figure=figure, config=GRAPH_CONFIG),
            html.Figcaption(
                className="visually-hidden-focusable",
                children=[
                    html.Span(summary, id=ids.CHART_SUMMARY, className="visually-hidden"),
                    html.A("Skip to the events table", href=f"#{ids.TABLE}"),
                ],
            ),
        ],
        **aria(label="Timeline chart", describedby=ids.CHART_SUMMARY),
    )


def details_panel() -> html.Aside:
    """The selected event's facts, and under them its editor (shown for a store's events)."""
    return html.Aside(
        className="details card",
        children=[
            html.Div(id=ids.DETAILS, children=details_placeholder(), **aria(live="polite")),
            event_editor(),
        ],
    )


def details_placeholder() -> list[Any]:
    return [
        html.H2("Event details"),
        html.P("Click an event on the timeline, or a row in the table.", className="hint"),
    ]


def event_details(event: pd.Series, text: str, zone: str) -> list[Any]:
    """Everything known about one event (its times in ``zone``), and its sentence
    highlighted in its paragraph."""
    actors = ", ".join(event["actors"]) or NO_ACTOR
    timex = event["timex"] + (f" ({event['timex_mod']})" if event["timex_mod"] else "")
    start, end = (event[k].tz_convert(zone_for(zone)) for k in ("start", "end"))
    facts = [
        ("Kind", event["kind"]),
        ("Actors", actors),
        ("As written", f"“{event['time_text']}”"),
        ("When", format_interval(start, end)),
        ("Start", start.isoformat()),
        ("End", f"{end.isoformat()} (exclusive)"),
        ("TIMEX3", f"{timex} · {event['timex_type']} · {event['granularity']}"),
    ]
    if event["source"]:
        facts.append(("Source", event["source"]))
    if event.get("curated", False):
        facts.append(("Edited", edited_text(event)))
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


def edited_text(event: pd.Series) -> str:
    """'✎ by ana, 2026-12-03 10:04 UTC' for an event a person changed, '' otherwise."""
    if not event.get("curated", False):
        return ""
    when = event.get("edited_at")
    at = f", {when:%Y-%m-%d %H:%M} UTC" if isinstance(when, pd.Timestamp) else ""
    return f"{CURATED_MARK} by {event.get('edited_by') or 'someone'}{at}"


def _segment(segment: Segment) -> Any:
    if segment.role == "time":
        return html.Mark(html.Strong(segment.text), className="time-mark")
    if segment.role == "sentence":
        return html.Mark(segment.text, className="sentence-mark")
    return segment.text


def events_table(zone: str) -> html.Section:
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
            {
                "field": field,
                "headerName": name,
                "flex": flex,
                "minWidth": 110,
                "tooltipField": field,
            }
            | ({"sort": "asc"} if field == "when" else {})
            for field, name, flex in _COLUMNS
        ],
        defaultColDef={
            "sortable": True,
            "filter": "agTextColumnFilter",
            "floatingFilter": True,
            "resizable": True,
            "cellClass": "grid-cell",
            "cellDataType": "text",  # no guessing: '2022-02-14' is a TIMEX3 value, not a date
        },
        dashGridOptions={
            "rowSelection": {
                "mode": "singleRow",
                "checkboxes": False,
                "enableClickSelection": True,
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
    return html.Section(
        id=ids.TABLE,
        className="table card",
        tabIndex="-1",
        children=[
            html.H2("Events"),
            html.P(table_zone_text(zone), id=ids.TABLE_ZONE, className="hint"),
            grid,
        ],
    )


def table_zone_text(zone: str) -> str:
    """Which zone the table's times are in (the chart's)."""
    return f"Times are in {zone_label(zone, [])}."


def error(text: str) -> html.Span:
    """A message about something that went wrong, announced at once."""
    return html.Span(text, className="error", role="alert")
