"""Exports: the timeline as PNG/SVG/PDF, and the events frame as CSV/JSON.

Images are rendered by kaleido 1.x, which drives a Chromium through choreographer. We always
hand it the system browser we found ourselves (never kaleido's own download, which needs the
network) and disable MathJax, which kaleido would otherwise fetch from a CDN. The frame
exports here are the single implementation the CLI and the dashboard both use.
"""

from __future__ import annotations

import html
import json
import math
import os
import shutil
from datetime import datetime
from io import StringIO
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline import schema
from timeline.zones import zone_for

IMAGE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
BROWSER_NAMES: tuple[str, ...] = ("chromium", "chromium-browser", "google-chrome")
WIDTH, HEIGHT, SCALE = 1200, 700, 2  # publication size: 2400x1400 px PNG
_DATETIMES = tuple(c.name for c in schema.COLUMNS if c.dtype == "datetime")
_LISTS = tuple(c.name for c in schema.COLUMNS if c.dtype == "list")
_FLOATS = tuple(c.name for c in schema.COLUMNS if c.dtype == "float64")


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
    fig: go.Figure | dict,
    fmt: str = "png",
    width: int = WIDTH,
    height: int = HEIGHT,
    scale: float = SCALE,
) -> bytes:
    """Render the figure as PNG, SVG or PDF bytes with the system Chromium."""
    fmt = _check_format(fmt)
    browser = find_browser()
    if browser is None:
        raise BrowserMissingError()
    import kaleido  # deferred: starts nothing, but pulls in choreographer and asyncio machinery
    from kaleido.errors import BrowserFailedError, ChromeNotFoundError

    opts = {"format": fmt, "width": width, "height": height, "scale": scale}
    kopts: dict[str, Any] = {"path": browser, "mathjax": False}
    try:
        return bytes(kaleido.calc_fig_sync(_static(fig), opts=opts, kopts=kopts))
    except ChromeNotFoundError as err:
        raise BrowserMissingError(str(err)) from None
    except BrowserFailedError as err:
        raise ExportError(f"Chromium at {browser} failed to render the image: {err}") from None


def write_image(fig: go.Figure | dict, path: str | Path, **kwargs: Any) -> Path:
    """Write the figure to ``path``; the format comes from its suffix (.png, .svg, .pdf)."""
    target = Path(path)
    fmt = target.suffix.lstrip(".").lower()
    if fmt not in IMAGE_FORMATS:
        raise ExportError(
            f"Cannot tell the image format from {target.name!r}: "
            f"use a file name ending in {', '.join('.' + f for f in IMAGE_FORMATS)}"
        )
    target.write_bytes(figure_bytes(fig, fmt, **kwargs))
    return target


def frame_to_csv(df: pd.DataFrame) -> str:
    """CSV in schema column order; times ISO 8601 with offset, lists as JSON arrays."""
    return _flat(df).to_csv(index=False, lineterminator="\n")


def frame_to_json(df: pd.DataFrame) -> str:
    """A JSON array of records; times ISO 8601 with offset, lists as arrays."""
    rows = df[_columns(df)].to_dict(orient="records")
    records = [{name: _jsonable(value) for name, value in row.items()} for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2, allow_nan=False)


def frame_from_csv(text: str) -> pd.DataFrame:
    """Read frame_to_csv output back into a validated frame (lists and zones restored)."""
    raw = pd.read_csv(StringIO(text), dtype=str, keep_default_na=False)
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
    """'Source: The Herald, published 14 Feb 2022 · Made with timeline' (parts only if known)."""
    parts = [f"Source: {source}" if source else ""]
    if published is not None:
        day = f"{published.day} {published:%b %Y}"
        parts = [f"{parts[0]}, published {day}" if source else f"Published {day}"]
    return " · ".join([p for p in parts if p] + [MADE_WITH])


def publication_figure(fig: go.Figure | dict, title: str, credit: str) -> go.Figure:
    """The figure for print: a title above and a source line below, in plain text."""
    framed = go.Figure(fig)
    framed.update_layout(title={"text": html.escape(title), "x": 0.01})
    framed.add_annotation(
        text=html.escape(credit), xref="paper", yref="paper", x=0, y=0, xanchor="left",
        yanchor="top", yshift=-62, showarrow=False, font={"size": 12, "color": "#4a4a4a"},
    )
    framed.update_layout(margin_b=100)
    return framed


def _static(fig: go.Figure | dict) -> go.Figure:
    """A copy fit for paper: no range slider, zoom buttons or modebar headroom; sized by us."""
    static = go.Figure(fig)
    static.update_xaxes(rangeslider_visible=False, rangeselector_visible=False)
    top = 90 if static.layout.title.text else 50
    static.update_layout(width=None, height=None, margin_t=top)
    return static


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
        if name in out:
            out[name] = pd.to_datetime(out[name], utc=True, format="ISO8601").dt.tz_convert(zone)
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
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value
