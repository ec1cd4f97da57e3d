"""Exports: the timeline as PNG/SVG/PDF or a standalone HTML page, and the frame as CSV/JSON.

Images are rendered by kaleido 1.x, which drives a Chromium through choreographer. We always
hand it the system browser we found ourselves (never kaleido's own download, which needs the
network) and disable MathJax, which kaleido would otherwise fetch from a CDN. A chart shared
as a file should say what it is without the app: SVGs carry a <title> and <desc>, PDFs the
chart's title in their metadata, HTML pages inline Plotly.js so they open offline. The frame
exports here are the single implementation the CLI and the dashboard both use.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import shutil
import unicodedata
from datetime import datetime
from io import BytesIO, StringIO
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline import renderer, schema
from timeline.zones import zone_for

IMAGE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
#: file suffix -> export format; HTML is the interactive chart, the others are images.
SUFFIXES: dict[str, str] = {
    ".png": "png",
    ".svg": "svg",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
}
CREATOR = "timeline"
#: Plotly config for every interactive chart: nothing that leaves the page or needs a server
#: (no cloud or logo links); images come from our own exports, not the modebar. Plotly.js 3+
#: has no Chart Studio link at all, and plotly.py warns about its old showLink and
#: showEditInChartStudio keys, so they are not here.
PLOTLY_CONFIG: dict[str, Any] = {
    "displaylogo": False,
    "showSendToCloud": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["toImage"],
}
NAME_MAX = 60
#: names Windows refuses as a file stem whatever the extension.
_RESERVED_STEMS = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{dev}{n}" for dev in ("com", "lpt") for n in range(1, 10)]
)
BROWSER_NAMES: tuple[str, ...] = ("chromium", "chromium-browser", "google-chrome")
WIDTH, HEIGHT, SCALE = 1200, 700, 2  # publication size: 2400x1400 px PNG
CREDIT_STRIP = 28  # px added under a figure for its source line
_PLOTLY_MARGIN_B = 80  # Plotly's bottom margin when a figure sets none
_DATETIMES = tuple(c.name for c in schema.COLUMNS if c.dtype == "datetime")
_LISTS = tuple(c.name for c in schema.COLUMNS if c.dtype == "list")
_FLOATS = tuple(c.name for c in schema.COLUMNS if c.dtype == "float64")
# A CSV cell that starts a spreadsheet formula, after any quotes; and one quoted by us.
_FORMULA = re.compile(r"(?<!')'*+[=+\-@\t\r]")
_QUOTED_FORMULA = re.compile(r"(?<!')'++[=+\-@\t\r]")


class ExportError(ValueError):
    """An export that cannot be made as asked (unknown format, renderer failure)."""


class BrowserMissingError(ExportError):
    """No Chromium for kaleido; the message says how to install one."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Image export needs Chromium, and none was found "
            f"(looked at $BROWSER_PATH and for {', '.join(BROWSER_NAMES)} on PATH). "
            "Install it with `apt-get install chromium` (Debian/Ubuntu), "
            "or set BROWSER_PATH to a Chrome/Chromium executable."
            + (f" ({detail})" if detail else "")
        )


def find_browser() -> str | None:
    """The Chromium kaleido should drive: $BROWSER_PATH if executable, else the first on PATH."""
    configured = os.environ.get("BROWSER_PATH", "")
    if configured and Path(configured).is_file() and os.access(configured, os.X_OK):
        return configured
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def figure_bytes(
    fig: go.Figure | dict[str, Any],
    fmt: str = "png",
    width: int | None = None,
    height: int | None = None,
    scale: float = SCALE,
    title: str = "",
    description: str = "",
) -> bytes:
    """Render the figure as PNG, SVG or PDF bytes with the system Chromium.

    ``width`` and ``height`` default to the figure's own (its labels are laid out for
    them), else the publication size WIDTH x HEIGHT.

    ``title`` (default: the figure's own) and ``description`` (a plain-text summary) become
    an SVG's <title>/<desc> and a PDF's /Title and /Subject, so screen readers and file
    browsers name the chart rather than the renderer.
    """
    fmt = _check_format(fmt)
    browser = find_browser()
    if browser is None:
        raise BrowserMissingError()
    from kaleido.errors import BrowserFailedError, ChromeNotFoundError

    static = _static(fig)
    if _is_labelled(static):  # laid out in pixels: drawn at its own size, or labels would move
        width, height = static.layout.width, static.layout.height
    size = go.Figure(fig).layout
    width, height = width or size.width or WIDTH, height or size.height or HEIGHT
    opts = {"format": fmt, "width": width, "height": height, "scale": scale}
    try:
        data = renderer.shared(browser).render(static.to_dict(), opts)
    except ChromeNotFoundError as err:
        renderer.discard()
        raise BrowserMissingError(str(err)) from None
    except (BrowserFailedError, TimeoutError, RuntimeError) as err:
        renderer.discard()
        raise ExportError(f"Chromium at {browser} failed to render the image: {err}") from None
    name = title or figure_title(fig)
    if fmt == "svg":
        return _svg_labelled(data.decode("utf-8"), name, description).encode("utf-8")
    if fmt == "pdf":
        return _pdf_labelled(data, name, description)
    return data


def figure_html(fig: go.Figure | dict[str, Any], title: str, description: str = "") -> str:
    """The chart as a standalone page: Plotly.js inlined, so it opens offline and loads
    nothing from anywhere; the description is there for screen readers, visually hidden.
    Event and article ids (which the dashboard needs for clicks) are left out: a page for
    readers names no internal id."""
    page = go.Figure(fig)
    page.update_traces(customdata=None)
    page.update_layout(uirevision=None)
    chart = page.to_html(
        include_plotlyjs=True,
        full_html=False,
        include_mathjax=False,
        config=PLOTLY_CONFIG,
        div_id="timeline-chart",
    )
    caption = (
        f'<figcaption id="timeline-summary" class="visually-hidden">'
        f"{html.escape(description)}</figcaption>\n"
        if description
        else ""
    )
    described = ' aria-describedby="timeline-summary"' if description else ""
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        "<style>html, body, figure { height: 100%; margin: 0; }\n"
        ".visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; "
        "clip-path: inset(50%); white-space: nowrap; }</style>\n"
        f"</head>\n<body>\n<figure{described}>\n{caption}{chart}\n</figure>\n</body>\n</html>\n"
    )


def file_format(path: str | Path) -> str:
    """The export format a file name asks for (png, svg, pdf or html), from its suffix."""
    name = Path(path).name
    fmt = SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise ExportError(
            f"Cannot tell the image format from {name!r}: "
            f"use a file name ending in {', '.join(SUFFIXES)}"
        )
    return fmt


def write_image(
    fig: go.Figure | dict[str, Any],
    path: str | Path,
    title: str = "",
    description: str = "",
    **kwargs: Any,
) -> Path:
    """Write the figure to ``path`` as the format its suffix names (.png .svg .pdf .html .htm);
    ``kwargs`` (width, height, scale) size the images."""
    target = Path(path)
    fmt = file_format(target)
    if fmt == "html":
        page = figure_html(fig, title or figure_title(fig), description)
        target.write_text(page, encoding="utf-8")
    else:
        target.write_bytes(figure_bytes(fig, fmt, title=title, description=description, **kwargs))
    return target


def figure_title(fig: go.Figure | dict[str, Any]) -> str:
    """The figure's title as plain text (Plotly titles may hold tags and entities)."""
    text = go.Figure(fig).layout.title.text or ""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", text)).split())


def export_name(title: str, published: datetime | None, suffix: str) -> str:
    """'2022-02-14-anti-mandate-protesters-at-parliament-ignored.png': a file name a reader
    can recognise, safe on every OS (ASCII letters, digits and hyphens; never reserved)."""
    slug = _slug(title) or "timeline"
    stem = f"{published:%Y-%m-%d}-{slug}" if published is not None else slug
    if stem in _RESERVED_STEMS:
        stem = f"timeline-{stem}"
    extension = re.sub(r"[^a-z0-9]", "", suffix.lower())
    return f"{stem}.{extension}" if extension else stem


def _slug(title: str) -> str:
    """Lowercase ASCII words joined by hyphens, cut at a word to at most NAME_MAX characters;
    accents are dropped from their letters, other non-ASCII text is dropped."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) <= NAME_MAX:
        return slug
    cut = slug[: NAME_MAX + 1]
    return (cut.rsplit("-", 1)[0] if "-" in cut else cut[:NAME_MAX]).strip("-")


def _svg_labelled(svg: str, title: str, description: str) -> str:
    """The SVG with <title> and <desc> as the root's first children: its accessible name
    and description."""
    root = re.search(r"<svg\b[^>]*>", svg)
    if root is None:
        raise ExportError("The renderer returned an SVG without an <svg> element")
    label = f"<title>{html.escape(title, quote=False)}</title>"
    if description:
        label += f"<desc>{html.escape(description, quote=False)}</desc>"
    return svg[: root.end()] + label + svg[root.end() :]


def _pdf_labelled(data: bytes, title: str, description: str) -> bytes:
    """The PDF with our title and creator in its Info (Chromium writes its own names)."""
    from pypdf import PdfReader, PdfWriter  # deferred: only PDF exports need it

    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    info = {"/Title": title, "/Creator": CREATOR}
    if description:
        info["/Subject"] = description
    writer.add_metadata(info)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def frame_to_csv(df: pd.DataFrame) -> str:
    """CSV in schema column order; times ISO 8601 with offset, lists as JSON arrays.

    A text cell a spreadsheet would run as a formula (one starting with = + - @, a tab or
    a carriage return) gets a leading single quote, as OWASP advises against CSV
    injection; so does one that already starts with quotes before such a character, so
    ``frame_from_csv`` can take exactly one quote off and get the text back. Rows end in
    CRLF, as RFC 4180 has it: Python's csv writer quotes a cell holding a character of the
    line ending, and a carriage return left bare would end the row for a reader.
    """
    flat = _flat(df)
    for name in flat.columns:
        if not pd.api.types.is_numeric_dtype(flat[name]):
            flat[name] = flat[name].map(
                lambda v: "'" + v if isinstance(v, str) and _FORMULA.match(v) else v
            )
    return flat.to_csv(index=False, lineterminator="\r\n")


def frame_to_json(df: pd.DataFrame) -> str:
    """A JSON array of records; times ISO 8601 with offset, lists as arrays."""
    rows = df[_columns(df)].to_dict(orient="records")
    records = [{name: _jsonable(value) for name, value in row.items()} for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2, allow_nan=False)


def frame_from_csv(text: str) -> pd.DataFrame:
    """Read frame_to_csv output back into a validated frame: lists and zones restored, and
    the quote frame_to_csv put before a would-be formula taken off again."""
    raw = pd.read_csv(StringIO(text), dtype=str, keep_default_na=False)
    raw = raw.map(lambda v: v[1:] if _QUOTED_FORMULA.match(v) else v)
    for name in _LISTS:
        if name in raw:
            raw[name] = raw[name].map(lambda v: json.loads(v) if v else [])
    return _restore(raw)


def frame_from_json(text: str) -> pd.DataFrame:
    """Read frame_to_json output back into a validated frame."""
    records = json.loads(text)
    if not isinstance(records, list):
        raise ExportError("An events JSON file must hold an array of records")
    if not records:
        return schema.empty()
    return _restore(pd.DataFrame.from_records(records))


MADE_WITH = "Made with timeline"


def source_line(source: str = "", published: datetime | None = None) -> str:
    """'Source: The Herald, 14 Feb 2022 · Made with timeline' (parts only if known)."""
    day = f"{published.day} {published:%b %Y}" if published is not None else ""
    if source:
        lead = f"Source: {source}, {day}" if day else f"Source: {source}"
    else:
        lead = f"Published {day}" if day else ""
    return " · ".join([lead, MADE_WITH] if lead else [MADE_WITH])


def publication_figure(fig: go.Figure | dict[str, Any], title: str, credit: str) -> go.Figure:
    """The figure for print: a title above and a source line below, in plain text.

    The credit gets a strip of its own under the figure (taller by CREDIT_STRIP when it has
    a height), and a legend pinned to the bottom edge moves up with it, so the credit never
    sits on whatever the figure drew at its foot.
    """
    framed = go.Figure(fig)
    framed.update_layout(title={"text": html.escape(title), "x": 0.01})
    layout = framed.layout
    bottom = _PLOTLY_MARGIN_B if layout.margin.b is None else layout.margin.b
    framed.add_annotation(
        text=html.escape(credit),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-(bottom + 4),
        showarrow=False,
        font={"size": 12, "color": "#4a4a4a"},
    )
    framed.update_layout(margin_b=bottom + CREDIT_STRIP)
    if layout.height:
        if layout.legend.yref == "container" and layout.legend.y is not None:
            lifted = layout.legend.y * layout.height + CREDIT_STRIP
            framed.update_layout(legend_y=lifted / (layout.height + CREDIT_STRIP))
        framed.update_layout(height=layout.height + CREDIT_STRIP)
    return framed


def _static(fig: go.Figure | dict[str, Any]) -> go.Figure:
    """A copy fit for paper: no range slider, zoom buttons or modebar headroom.

    A labelled figure (``layout.meta['labelled']``) was laid out in pixels, one row per
    ROW px: it loses its band of zoom buttons (``meta['controls']`` px, none when it was
    built for print) and its height by as much, so the plot area, and with it every
    label's box, stays exactly as placed.
    """
    static = go.Figure(fig)
    static.update_xaxes(rangeslider_visible=False, rangeselector_visible=False)
    static.layout.updatemenus = ()  # update_layout merges lists, so an empty one changes nothing
    if _is_labelled(static) and static.layout.height:
        band = int(static.layout.meta.get("controls", 0))
        height = static.layout.height - band
        static.update_layout(margin_t=(static.layout.margin.t or 0) - band, height=height)
        if static.layout.legend.yref == "container" and static.layout.legend.y is not None:
            static.update_layout(legend_y=static.layout.legend.y * (height + band) / height)
        return static
    static.update_layout(width=None, height=None, margin_t=90 if static.layout.title.text else 50)
    return static


def _is_labelled(fig: go.Figure) -> bool:
    meta = fig.layout.meta
    return isinstance(meta, dict) and "labelled" in meta


def _check_format(fmt: str) -> str:
    name = fmt.lower().lstrip(".")
    if name not in IMAGE_FORMATS:
        raise ExportError(f"Unknown image format {fmt!r}: use one of {', '.join(IMAGE_FORMATS)}")
    return name


def _columns(df: pd.DataFrame) -> list[str]:
    return [n for n in schema.NAMES if n in df.columns]


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    out = df[_columns(df)].copy()
    for name in _DATETIMES:
        if name in out:
            out[name] = out[name].map(_iso)
    for name in _LISTS:
        if name in out:
            out[name] = out[name].map(lambda v: json.dumps(list(v), ensure_ascii=False))
    return out


def _restore(raw: pd.DataFrame) -> pd.DataFrame:
    """Parse times as instants, then show them in the frame's zone (offsets may differ by DST)."""
    out = raw.copy()
    zone = zone_for(str(out["timezone"].iloc[0])) if "timezone" in out and len(out) else "UTC"
    for name in _DATETIMES:
        if name in out:  # Python's parser: pandas' refuses the seconds of an offset (LMT)
            stamps = out[name].map(
                lambda v: datetime.fromisoformat(v) if isinstance(v, str) and v else None
            )
            out[name] = pd.to_datetime(stamps, utc=True).dt.tz_convert(zone)
    for name in _FLOATS:
        if name in out:
            out[name] = pd.to_numeric(out[name].replace("", None), errors="coerce")
    return schema.validate(schema.coerce(out))


def _iso(value: Any) -> str | None:
    return None if pd.isna(value) else pd.Timestamp(value).isoformat()


def _jsonable(value: Any) -> Any:
    """Plain JSON values: timestamps as ISO strings, numpy scalars as Python, NA as null."""
    if isinstance(value, list | tuple | np.ndarray):
        return [_jsonable(v) for v in value]
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value
