"""Component ids, shared by the layout, the callbacks and the browser tests.

One name per component, so a renamed id breaks at import time rather than in a browser.
"""

URL = "url"
DATASET = "dataset"
VIEWER_ZONE = "viewer-zone"
HEADER = "article-header"
COUNT = "event-count"
NOTICE = "notice"
#: what the server says about the page itself (its timeline gone after a restart).
SERVER_NOTICE = "server-notice"
LANE = "lane-switch"
ZONE = "zone-switch"
LAYOUT = "layout-switch"
AXIS = "axis-switch"
GRAPH = "timeline-graph"
CHART = "timeline-chart"
CHART_SUMMARY = "chart-summary"
GRAPH_WIDTH = "graph-width"
WINDOW = "chart-window"
TABLE = "events-table"
TABLE_ZONE = "table-zone"
GRID = "events-grid"
DETAILS = "event-details"
DETAILS_SENTENCE = "event-details-sentence"
SELECTED = "selected-event"
PREV = "previous-event"
NEXT = "next-event"
ARTICLE_PANE = "article-pane"
ARTICLE_SENTENCE = "article-sentence"
SCROLLED = "article-scrolled"
GRID_PURGED = "events-grid-purged"
FIGURE = "timeline-figure"

SEARCH = "filter-q"
CLEAR_FILTERS = "clear-filters"
#: URL parameter (timeline.filters key) -> component id; every one has a ``value``.
FILTER_INPUTS = {
    "q": SEARCH,
    "kind": "filter-kind",
    "actor": "filter-actor",
    "source": "filter-source",
    "doc": "filter-doc",
    "since": "filter-since",
    "until": "filter-until",
}
#: filters chosen from a list of the frame's values (dropdowns whose options follow the data).
CHOICE_FILTERS = ("kind", "actor", "source", "doc")
#: timeline.viewstate option name -> its radio group; each has a ``value``.
OPTION_INPUTS = {"lane": LANE, "zone": ZONE, "layout": LAYOUT, "axis": AXIS}
#: the whole view in the page (timeline.viewstate.fields names -> component id).
VIEW_INPUTS = FILTER_INPUTS | OPTION_INPUTS

PASTE = "paste-text"
UPLOAD = "upload-files"
UPLOADED = "uploaded-files"
UPLOAD_LIST = "uploaded-list"
#: a file's Remove button in the upload list (pattern-matching, indexed by position).
UPLOAD_REMOVE = "upload-remove"
HEADLINE_INPUT = "headline-input"
SOURCE_INPUT = "source-input"
PUBLISHED = "published-input"
ZONE_INPUT = "zone-input"
BUILD = "build-timeline"
RESET = "reset-default"
PROGRESS = "build-progress"
CANCEL = "cancel-build"
JOB = "build-job"
JOB_POLL = "build-job-poll"
INGEST_MESSAGE = "ingest-message"

EXPORT_PNG = "export-png"
EXPORT_SVG = "export-svg"
EXPORT_PDF = "export-pdf"
EXPORT_HTML = "export-html"
EXPORT_CSV = "export-csv"
EXPORT_JSON = "export-json"
EXPORT_TIMELINEJS = "export-timelinejs"
EXPORT_MESSAGE = "export-message"
DOWNLOAD_IMAGE = "download-image"
DOWNLOAD_DATA = "download-data"

#: button id -> chart format, for the export callback and the tests (HTML stays interactive).
IMAGE_BUTTONS = {EXPORT_PNG: "png", EXPORT_SVG: "svg", EXPORT_PDF: "pdf", EXPORT_HTML: "html"}
#: button id -> data format.
DATA_BUTTONS = {EXPORT_CSV: "csv", EXPORT_JSON: "json", EXPORT_TIMELINEJS: "timelinejs"}

#: curating a store project (dashboard/curation.py, dashboard/editor.py).
REVISION = "store-revision"
PROJECT = "project-select"
NEW_PROJECT = "new-project-name"
CREATE_PROJECT = "create-project"
PROJECT_MESSAGE = "project-message"
ARTICLE_LIST = "article-list"
AUTHOR = "author-name"
AUTHOR_KEPT = "author-kept"
UNDO = "undo-edit"
REDO = "redo-edit"
SAVE_DRAFTS = "save-drafts"
DISCARD_DRAFTS = "discard-drafts"
DRAFT_STATUS = "draft-status"
EDIT_MESSAGE = "edit-message"
EDITOR = "event-editor"
EDIT_SAVE = "edit-save"
EDIT_DELETE = "edit-delete"
MERGE_WITH = "merge-with"
MERGE = "merge-events"
SPLIT = "split-event"
ADD_EVENT = "add-event"
#: the event editor's fields (store field -> input id); times are ISO 8601.
EDIT_FIELDS = {
    "title": "edit-title",
    "start": "edit-start",
    "end": "edit-end",
    "kind": "edit-kind",
    "actors": "edit-actors",
    "source": "edit-source",
}
#: the add-event form's fields.
ADD_FIELDS = {
    "title": "add-title",
    "start": "add-start",
    "end": "add-end",
    "kind": "add-kind",
}
#: one article's row in the article list (pattern-matching ids, indexed by article id).
ARTICLE_FIELDS = {
    "title": "article-title",
    "source": "article-source",
    "published": "article-published",
    "zone": "article-zone",
}
ARTICLE_SAVE = "article-save"
ARTICLE_REMOVE = "article-remove"
ARTICLE_REPLACE = "article-replace"
ARTICLE_TEXT = "article-new-text"
