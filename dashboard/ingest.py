"""New articles from the page: uploaded or pasted text, built in a background callback.

Every check on the input is ``timeline.ingest``'s (``decode``, ``InputError``); this module
only unpacks what the browser sends and turns errors into a message for the page.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import PurePath
from typing import Any

import dash
from dash import Input, Output, State, html

from dashboard import ids
from dashboard.datasets import DEFAULT, Registry, build, key_for
from timeline.ingest import Article, InputError, article_from_text, make_doc_id, read_upload

UploadedFile = dict[str, Any]  # {"name", "text", "published"}


def unpack_upload(contents: str, name: str) -> UploadedFile:
    """One dcc.Upload data URL as {name, text, published}; InputError for bad files."""
    _, _, payload = (contents or "").partition(",")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise InputError(f"{name} could not be read as an upload") from None
    page = read_upload(data, name)
    return {"name": name, "text": page.text, "published": page.published}


def unpack_uploads(contents: list[str], names: list[str]) -> tuple[list[UploadedFile], list[str]]:
    """The files that could be read, and one message per file that could not."""
    files: list[UploadedFile] = []
    errors: list[str] = []
    for content, name in zip(contents or [], names or [], strict=False):
        try:
            files.append(unpack_upload(content, name))
        except InputError as err:
            errors.append(str(err))
    return files, errors


def articles_from_inputs(
    pasted: str | None, files: list[UploadedFile], published: str | None, zone: str | None
) -> list[Article]:
    """Articles for the pasted text and each uploaded file; InputError says what is missing."""
    sources = [("pasted", pasted)] if pasted and pasted.strip() else []
    sources += [(f["name"], f) for f in files]
    if not sources:
        raise InputError("Paste an article or upload a .txt or .html file first")
    return [_article(name, item, published, zone) for name, item in sources]


def _article(name: str, item: Any, published: str | None, zone: str | None) -> Article:
    text = item if isinstance(item, str) else item["text"]
    stamp = (published or "").strip() or (None if isinstance(item, str) else item["published"])
    if not stamp:
        raise InputError(
            f"No publication time for {name}: give one such as 2022-02-14T22:00+13:00 "
            "(relative dates like 'yesterday' are resolved against it)"
        )
    doc_id = make_doc_id(text, PurePath(name).stem)
    return article_from_text(text, stamp, (zone or "").strip() or None, doc_id=doc_id)


def register_ingest(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        Output(ids.UPLOADED, "data"), Output(ids.UPLOAD_LIST, "children"),
        Output(ids.PUBLISHED, "value"),
        Output(ids.INGEST_MESSAGE, "children", allow_duplicate=True),
        Input(ids.UPLOAD, "contents"), State(ids.UPLOAD, "filename"),
        State(ids.PUBLISHED, "value"), prevent_initial_call=True,
    )
    def on_upload(contents: list[str], names: list[str], published: str | None) -> tuple:
        """Read the files now, so bad ones are named at once; offer a found date."""
        files, errors = unpack_uploads(contents, names)
        found = next((f["published"] for f in files if f["published"]), None)
        items = [html.Li(f"{f['name']} ({len(f['text']):,} characters)") for f in files]
        message = _error(" ".join(errors)) if errors else f"{len(files)} file(s) ready"
        return files, items, published or found or dash.no_update, message

    @app.callback(
        Output(ids.DATASET, "data"), Output(ids.INGEST_MESSAGE, "children"),
        Input(ids.BUILD, "n_clicks"), State(ids.PASTE, "value"), State(ids.UPLOADED, "data"),
        State(ids.PUBLISHED, "value"), State(ids.ZONE_INPUT, "value"),
        background=True, prevent_initial_call=True,
        progress=[Output(ids.PROGRESS, "value"), Output(ids.PROGRESS, "max")],
        running=[(Output(ids.BUILD, "disabled"), True, False)],
    )
    def build_timeline(set_progress: Any, _n: int, pasted: str | None, files: list | None,
                       published: str | None, zone: str | None) -> tuple:
        """Check the input, extract every article's events, merge them into one timeline."""
        try:
            articles = articles_from_inputs(pasted, files or [], published, zone)
        except InputError as err:
            return dash.no_update, _error(str(err))
        set_progress(("0", str(len(articles))))
        dataset = build(articles, lambda done, total: set_progress((str(done), str(total))))
        key = registry.put(key_for(articles), dataset)
        noun = "article" if len(articles) == 1 else "articles"
        return key, f"Built the timeline of {len(articles)} {noun}: {len(dataset.frame)} events"

    @app.callback(
        Output(ids.DATASET, "data", allow_duplicate=True), Input(ids.RESET, "n_clicks"),
        prevent_initial_call=True,
    )
    def reset(_n: int) -> str:
        return DEFAULT


def _error(text: str) -> html.Span:
    return html.Span(text, className="error", role="alert")
