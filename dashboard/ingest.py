"""New articles from the page: uploaded or pasted text, built in a background callback.

Every check on the input is ``timeline.ingest``'s (``decode``, ``InputError``); this module
only unpacks what the browser sends and turns errors into a message for the page.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import PurePath
from typing import Any, NamedTuple

import dash
from dash import Input, Output, State, html

from dashboard import ids, sessions
from dashboard.datasets import DEFAULT, Registry, build
from dashboard.layout import error
from timeline.ingest import Article, InputError, article_from_text, make_doc_id, read_upload

UploadedFile = dict[str, Any]  # {"name", "text", "published", "title", "source"}
#: the form's fields (Form's names) -> their inputs in the page.
_FORM = {
    "published": ids.PUBLISHED,
    "zone": ids.ZONE_INPUT,
    "headline": ids.HEADLINE_INPUT,
    "source": ids.SOURCE_INPUT,
}


class Form(NamedTuple):
    """What the reader typed beside the articles; blank fields say nothing."""

    published: str | None = None
    zone: str | None = None
    headline: str | None = None
    source: str | None = None


def unpack_upload(contents: str, name: str) -> UploadedFile:
    """One dcc.Upload data URL as {name, text, published, title, source}; InputError for bad
    files. An HTML page may name its date, headline and publisher."""
    _, _, payload = (contents or "").partition(",")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise InputError(f"{name} could not be read as an upload") from None
    page = read_upload(data, name)
    return {
        "name": name,
        "text": page.text,
        "published": page.published,
        "title": page.title,
        "source": page.source,
    }


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
    pasted: str | None, files: list[UploadedFile], form: Form
) -> list[Article]:
    """Articles for the pasted text and each uploaded file; InputError says what is missing.

    What the form says wins over what a file says: its time and zone and source for every
    article; its headline for the pasted text, or for the one file when nothing is pasted
    (several files keep their own).
    """
    items = [{"name": "pasted", "text": pasted}] if pasted and pasted.strip() else []
    items += files
    if not items:
        raise InputError("Paste an article or upload a .txt or .html file first")
    named = items[0]["name"] == "pasted" or len(items) == 1  # whose headline the form gives
    headline = _given(form.headline) if named else ""
    return [_article(item, form, headline if i == 0 else "") for i, item in enumerate(items)]


def _article(item: UploadedFile, form: Form, headline: str) -> Article:
    name, text = item["name"], item["text"]
    stamp = _given(form.published) or item.get("published")
    if not stamp:
        raise InputError(
            f"No publication time for {name}: give one such as 2022-02-14T22:00+13:00 "
            "(relative dates like 'yesterday' are resolved against it)"
        )
    return article_from_text(
        text,
        stamp,
        _given(form.zone) or None,
        doc_id=make_doc_id(text, PurePath(name).stem),
        source=_given(form.source) or item.get("source", ""),
        title=headline or item.get("title", ""),
    )


def _given(value: str | None) -> str:
    return " ".join((value or "").split())


def register_ingest(app: dash.Dash, registry: Registry) -> None:
    @app.callback(
        Output(ids.UPLOADED, "data"),
        Output(ids.UPLOAD_LIST, "children"),
        Output(ids.PUBLISHED, "value"),
        Output(ids.INGEST_MESSAGE, "children", allow_duplicate=True),
        Input(ids.UPLOAD, "contents"),
        State(ids.UPLOAD, "filename"),
        State(ids.PUBLISHED, "value"),
        prevent_initial_call=True,
    )
    def on_upload(contents: list[str], names: list[str], published: str | None) -> tuple:
        """Read the files now, so bad ones are named at once; offer a found date."""
        files, errors = unpack_uploads(contents, names)
        found = next((f["published"] for f in files if f["published"]), None)
        items = [html.Li(f"{f['name']} ({len(f['text']):,} characters)") for f in files]
        message = error(" ".join(errors)) if errors else f"{len(files)} file(s) ready"
        return files, items, published or found or dash.no_update, message

    @app.callback(
        output={
            "key": Output(ids.DATASET, "data"),
            "message": Output(ids.INGEST_MESSAGE, "children"),
        },
        inputs={"clicks": Input(ids.BUILD, "n_clicks")},
        state={
            "pasted": State(ids.PASTE, "value"),
            "files": State(ids.UPLOADED, "data"),
            "form": {name: State(cid, "value") for name, cid in _FORM.items()},
        },
        prevent_initial_call=True,
        running=[(Output(ids.BUILD, "disabled"), True, False)],
    )
    def build_timeline(
        clicks: int,
        pasted: str | None,
        files: list | None,
        form: dict[str, str | None],
    ) -> dict[str, Any]:
        """Check the input, extract every article's events, merge them into one timeline."""
        try:
            articles = articles_from_inputs(pasted, files or [], Form(**form))
        except InputError as err:
            return {"key": dash.no_update, "message": error(str(err))}
        dataset = build(articles)
        noun = "article" if len(articles) == 1 else "articles"
        return {
            "key": registry.put(dataset, sessions.current()),
            "message": f"Built the timeline of {len(articles)} {noun}: {len(dataset.frame)} events",
        }

    @app.callback(
        Output(ids.DATASET, "data", allow_duplicate=True),
        Input(ids.RESET, "n_clicks"),
        prevent_initial_call=True,
    )
    def reset(_n: int) -> str:
        return DEFAULT
