"""New articles from the page: uploaded or pasted text, built by a job (``dashboard.jobs``).

Every check on one input is ``timeline.ingest``'s (``decode``, ``InputError``); this module
unpacks what the browser sends, holds a build to ``dashboard.limits`` before it is queued,
and turns errors and the job's progress into a message for the page.
"""

from __future__ import annotations

import base64
import binascii
import time
from functools import partial
from pathlib import PurePath
from typing import Any, NamedTuple, NotRequired, TypedDict

import dash
from dash import ALL, Input, NoUpdate, Output, State, ctx, html

from dashboard import ids, limits, sessions
from dashboard.aria import aria
from dashboard.datasets import DEFAULT, Registry
from dashboard.jobs import CANCELLED, DONE, PENDING, QUEUED, Build, JobRefused, Jobs, Status
from dashboard.layout import error
from dashboard.projectsets import file_articles, project_of
from timeline.ingest import (
    Article,
    InputError,
    article_from_text,
    check_length,
    make_doc_id,
    read_upload,
)

#: the form's fields (Form's names) -> their inputs in the page.
_FORM = {
    "published": ids.PUBLISHED,
    "zone": ids.ZONE_INPUT,
    "headline": ids.HEADLINE_INPUT,
    "source": ids.SOURCE_INPUT,
}


class UploadedFile(TypedDict):
    """A file read in the page (``unpack_upload``), kept in the browser until the build;
    the pasted text is one too, with only its name and text."""

    name: str
    text: str
    published: NotRequired[str | None]
    title: NotRequired[str]
    source: NotRequired[str]


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
    """The files that could be read, by name, and one message per file that could not (all
    of them are refused when there are more than a build takes, or more words).

    By name because dcc.Upload lists files in the order their reads finish, which varies
    from one upload to the next: the first file names the build and opens its article pane.
    """
    if len(contents or []) > limits.BUILD_ARTICLES:
        return [], [_too_many(len(contents), "files")]
    files: list[UploadedFile] = []
    errors: list[str] = []
    for name, content in sorted(zip(names or [], contents or [], strict=False)):
        try:
            file = unpack_upload(content, name)
            check_length(file["text"], name)
            files.append(file)
        except InputError as err:
            errors.append(str(err))
    words = sum(len(f["text"].split()) for f in files)
    if words > limits.BUILD_WORDS:
        return [], [_too_long(words, "These files")]
    return files, errors


def check_build(articles: list[Article]) -> None:
    """InputError when the articles are more, or longer together, than one build takes."""
    if len(articles) > limits.BUILD_ARTICLES:
        raise InputError(_too_many(len(articles), "articles"))
    words = sum(len(a.text.split()) for a in articles)
    if words > limits.BUILD_WORDS:
        raise InputError(_too_long(words, "These articles"))


def _too_many(count: int, things: str) -> str:
    return (
        f"{count} {things} at once: a build takes at most {limits.BUILD_ARTICLES} articles. "
        "Build them in parts."
    )


def _too_long(words: int, these: str) -> str:
    return (
        f"{these} have {words:,} words together: a build takes at most "
        f"{limits.BUILD_WORDS:,} words (about a minute of extraction). Build them in parts."
    )


def articles_from_inputs(
    pasted: str | None, files: list[UploadedFile], form: Form
) -> list[Article]:
    """Articles for the pasted text and each uploaded file; InputError says what is missing.

    What the form says wins over what a file says: its zone and source for every article;
    its headline for the pasted text, or for the one file when nothing is pasted (several
    files keep their own); its publication time for the pasted text, a file alone, and
    files that state none. Several files that state their own time keep it, so one field
    never re-dates a whole build unseen.
    """
    items: list[UploadedFile] = (
        [{"name": "pasted", "text": pasted}] if pasted and pasted.strip() else []
    )
    items += files
    if not items:
        raise InputError("Paste an article or upload a .txt or .html file first")
    named = items[0]["name"] == "pasted" or len(items) == 1  # whose headline the form gives
    headline = _given(form.headline) if named else ""
    return [
        _article(item, form, headline if i == 0 else "", len(items) == 1)
        for i, item in enumerate(items)
    ]


def _article(item: UploadedFile, form: Form, headline: str, alone: bool) -> Article:
    name, text = item["name"], item["text"]
    check_length(text, "The pasted text" if name == "pasted" else name)
    own = item.get("published")
    given = _given(form.published)
    stamp = (given or own) if alone or name == "pasted" or not own else own
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


#: what the job callback sets: the job it follows, the message, the progress bar, whether
#: it polls, which buttons work, and the dataset a finished build shows.
_JOB_OUTPUTS = {
    "job": Output(ids.JOB, "data"),
    "message": Output(ids.INGEST_MESSAGE, "children"),
    "done": Output(ids.PROGRESS, "value"),
    "total": Output(ids.PROGRESS, "max"),
    "stopped": Output(ids.JOB_POLL, "disabled"),
    "build_off": Output(ids.BUILD, "disabled"),
    "cancel_off": Output(ids.CANCEL, "disabled"),
    "key": Output(ids.DATASET, "data", allow_duplicate=True),
    "revision": Output(ids.REVISION, "data", allow_duplicate=True),
}


def job_view(job_id: str | None, status: Status | None) -> dict[str, Any]:
    """The job callback's outputs for a job's status: its place in the queue, its progress,
    the built dataset, or why it stopped. An unknown job (expired, or another session's)
    stops the polling."""
    if status is None:
        return _idle(error("This build is not known to the server any more. Build again."))
    if status.state in PENDING:
        if status.state == QUEUED:
            message = f"Queued: position {status.position} of {status.waiting}"
        else:
            noun = "article" if status.total == 1 else "articles"
            message = f"Extracting: {status.done} of {status.total} {noun}"
        return {
            **_idle(message, status.done, status.total),
            "job": job_id,
            "stopped": False,
            "build_off": True,
            "cancel_off": False,
        }
    if status.state == DONE:
        noun = "article" if status.total == 1 else "articles"
        found = "event" if status.events == 1 else "events"
        project = project_of(status.key)
        message = (
            f"Added {status.total} {noun} to the project {project!r}: {status.events} {found}"
            if project is not None
            else f"Built the timeline of {status.total} {noun}: {status.events} {found}"
        )
        return {
            **_idle(message, status.total, status.total),
            "key": status.key,
            "revision": time.time(),
        }
    return _idle(status.message if status.state == CANCELLED else error(status.message))


def _idle(message: Any, done: int = 0, total: int = 1) -> dict[str, Any]:
    """Outputs with no job pending: nothing polled, Build on, Cancel off."""
    return {
        "job": None,
        "message": message,
        "done": str(done),
        "total": str(max(total, 1)),
        "stopped": True,
        "build_off": False,
        "cancel_off": True,
        "key": dash.no_update,
        "revision": dash.no_update,
    }


def _project_build(registry: Registry, key: str | None) -> Build | None:
    """The build that adds articles to the page's store project (None without a store)."""
    projects = registry.projects
    if projects is None:
        return None
    return partial(file_articles, projects.location, projects.name_for(key))


def upload_items(files: list[UploadedFile]) -> list[html.Li]:
    """The files ready for the next build, each with a button that takes it out."""
    return [
        html.Li(
            [
                f"{f['name']} ({len(f['text']):,} characters) ",
                html.Button(
                    "Remove",
                    id={"type": ids.UPLOAD_REMOVE, "index": i},
                    className="button",
                    n_clicks=0,
                    **aria(label=f"Remove {f['name']}"),
                ),
            ]
        )
        for i, f in enumerate(files)
    ]


def register_ingest(app: dash.Dash, registry: Registry, jobs: Jobs | None = None) -> None:
    """The ingest panel's callbacks; builds go to ``jobs`` (by default a queue in the
    registry's cache with the limits of ``dashboard.limits``)."""
    jobs = jobs or Jobs(registry.cache)

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
    def on_upload(
        contents: list[str], names: list[str], published: str | None
    ) -> tuple[list[UploadedFile], list[html.Li], str | NoUpdate, str | html.Span]:
        """Read the files now, so bad ones are named at once; offer a found date."""
        files, errors = unpack_uploads(contents, names)
        found = next((f["published"] for f in files if f["published"]), None)
        message = error(" ".join(errors)) if errors else f"{len(files)} file(s) ready"
        return files, upload_items(files), published or found or dash.no_update, message

    @app.callback(
        Output(ids.UPLOADED, "data", allow_duplicate=True),
        Output(ids.UPLOAD_LIST, "children", allow_duplicate=True),
        Output(ids.INGEST_MESSAGE, "children", allow_duplicate=True),
        Input({"type": ids.UPLOAD_REMOVE, "index": ALL}, "n_clicks"),
        State(ids.UPLOADED, "data"),
        prevent_initial_call=True,
    )
    def remove_upload(
        clicks: list[int | None], files: list[UploadedFile] | None
    ) -> tuple[list[UploadedFile] | NoUpdate, list[html.Li] | NoUpdate, str | NoUpdate]:
        """Take one uploaded file out of the next build."""
        pressed = ctx.triggered_id
        files = list(files or [])
        if not isinstance(pressed, dict) or not any(clicks) or pressed["index"] >= len(files):
            return dash.no_update, dash.no_update, dash.no_update
        gone = files.pop(pressed["index"])
        return files, upload_items(files), f"Removed {gone['name']}: {len(files)} file(s) ready"

    @app.callback(
        output=_JOB_OUTPUTS,
        inputs={
            "build": Input(ids.BUILD, "n_clicks"),
            "cancel": Input(ids.CANCEL, "n_clicks"),
            "tick": Input(ids.JOB_POLL, "n_intervals"),
        },
        state={
            "job_id": State(ids.JOB, "data"),
            "pasted": State(ids.PASTE, "value"),
            "files": State(ids.UPLOADED, "data"),
            "form": {name: State(cid, "value") for name, cid in _FORM.items()},
            "key": State(ids.DATASET, "data"),
        },
        prevent_initial_call=True,
    )
    def follow_job(
        build: int,
        cancel: int,
        tick: int,
        job_id: str | None,
        pasted: str | None,
        files: list[UploadedFile] | None,
        form: dict[str, str | None],
        key: str | None,
    ) -> dict[str, Any]:
        """Submit a build (checked first), poll it, or cancel it: whichever was pressed.
        With a store, the build adds the articles to the page's project."""
        owner = sessions.current()
        if ctx.triggered_id == ids.CANCEL:
            return job_view(job_id, jobs.cancel(job_id, owner))
        if ctx.triggered_id == ids.JOB_POLL:
            return job_view(job_id, jobs.poll(job_id, owner))
        try:
            articles = articles_from_inputs(pasted, files or [], Form(**form))
            check_build(articles)
            job_id = jobs.submit(articles, owner, _project_build(registry, key))
        except (InputError, JobRefused) as err:
            return _idle(error(str(err)))
        return job_view(job_id, jobs.poll(job_id, owner))

    @app.callback(
        Output(ids.DATASET, "data", allow_duplicate=True),
        Input(ids.RESET, "n_clicks"),
        prevent_initial_call=True,
    )
    def reset(_n: int) -> str:
        return DEFAULT
