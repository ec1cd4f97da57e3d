"""Component ids, shared by the layout, the callbacks and the browser tests.

One name per component, so a renamed id breaks at import time rather than in a browser.
"""

HEADER = "article-header"
NOTICE = "notice"
LANE = "lane-switch"
GRAPH = "timeline-graph"
GRID = "events-grid"
DETAILS = "event-details"
DETAILS_SENTENCE = "event-details-sentence"
SELECTED = "selected-event"

EXPORT_PNG = "export-png"
EXPORT_SVG = "export-svg"
EXPORT_PDF = "export-pdf"
EXPORT_CSV = "export-csv"
EXPORT_JSON = "export-json"
EXPORT_MESSAGE = "export-message"
DOWNLOAD_IMAGE = "download-image"
DOWNLOAD_DATA = "download-data"

#: button id -> image format, for the export callback and the tests.
IMAGE_BUTTONS = {EXPORT_PNG: "png", EXPORT_SVG: "svg", EXPORT_PDF: "pdf"}
