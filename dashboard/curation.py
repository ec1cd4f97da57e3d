"""Curation callbacks: edit, delete, add, merge and split events, undo and redo, save or
discard drafts, and keep a project's articles; each one call into ``timeline.store``.

Every edit is one store transaction, committed (so on disk) before the page is told;
a bad value raises ``EditError`` in the store, which the page shows, and nothing is saved.
Edits are drafts of this browser's session until *Save edits* (``dashboard.projectsets``);
changes to articles (headline, source, publication time, text, removal) are saved for
everyone at once, and each says what it re-dated or re-extracted.
"""

from __future__ import annotations

import time
from typing import Any

import dash
import pandas as pd
from dash import ALL, Input, Output, State, ctx, no_update

from dashboard import access, ids
from dashboard.data import display_zone, find_event
from dashboard.datasets import Dataset, Registry
from dashboard.editor import ANONYMOUS, article_rows
from dashboard.layout import error
from dashboard.projectsets import Projects, check_name
from timeline.ingest import InputError, check_length
from timeline.store import projects as store
from timeline.store.edits import CONTENT_OPS, EditError
from timeline.zones import zone_for

NOT_CURATED = (
    "This timeline is not in a project, so it cannot be edited: add its articles to a "
    "project (Add articles) to curate them."
)
#: merge choices offered beside the selected event (its nearest in time when there are more).
MERGE_CHOICES = 500


def author(typed: str | None) -> str:
    """Who signs an edit: the login name when the server has a login, else the name the
    browser keeps ('anonymous' when none is given)."""
    return access.login_name() or " ".join((typed or "").split()) or ANONYMOUS


def editor_values(event: pd.Series | None, zone: str) -> dict[str, Any]:
    """The editor's fields for an event, its times in ``zone`` as ISO 8601 with offset."""
    if event is None:
        return dict.fromkeys(ids.EDIT_FIELDS, "")
    tz = zone_for(zone)
    return {
        "title": event["title"],
        "start": event["start"].tz_convert(tz).isoformat(),
        "end": event["end"].tz_convert(tz).isoformat(),
        "kind": event["kind"],
        "actors": ", ".join(event["actors"]),
        "source": event["source"],
    }


def changed_fields(shown: dict[str, Any], typed: dict[str, Any]) -> dict[str, Any]:
    """What the reader changed in the editor, as store fields (actors as a list)."""
    out: dict[str, Any] = {}
    for name, value in typed.items():
        if (value or "") == (shown.get(name) or ""):
            continue
        out[name] = [a.strip() for a in (value or "").split(",")] if name == "actors" else value
    return out


def merge_options(frame: pd.DataFrame, event_id: str | None) -> list[dict[str, str]]:
    """The events the selected one can be merged with: by time, nearest first when there
    are more than MERGE_CHOICES."""
    event = find_event(frame, event_id)
    if event is None:
        return []
    others = frame[frame["event_id"] != event_id]
    gap = (others["start"] - event["start"]).abs()
    near = others.loc[gap.sort_values(kind="stable").index[:MERGE_CHOICES]]
    near = near.sort_values("start", kind="stable")
    return [
        {"label": f"{start:%d %b %Y %H:%M} · {title}", "value": eid}
        for eid, start, title in zip(near["event_id"], near["start"], near["title"], strict=True)
    ]


def draft_text(count: int) -> str:
    if not count:
        return "No unsaved edits."
    noun = "edit" if count == 1 else "edits"
    return f"{count} unsaved {noun}: only you see them until you save."


def register_curation(app: dash.Dash, registry: Registry) -> None:
    """Wire the curation controls to the registry's store (they say why when it has none)."""
    projects: Projects | None = registry.projects

    def editable(key: str | None) -> Dataset | None:
        """The key's data when it is a store project's, open to edits (only a ``Dataset``
        can be: an archive never is)."""
        data = registry.get(key)
        if isinstance(data, Dataset) and projects is not None and data.editable and data.project:
            return data
        return None

    @app.callback(
        output={
            "values": {n: Output(c, "value") for n, c in ids.EDIT_FIELDS.items()},
            "editor": Output(ids.EDITOR, "className"),
            "merge": Output(ids.MERGE_WITH, "options"),
            "merge_value": Output(ids.MERGE_WITH, "value"),
        },
        inputs={
            "event_id": Input(ids.SELECTED, "data"),
            "key": Input(ids.DATASET, "data"),
            "revision": Input(ids.REVISION, "data"),
            "zone": Input(ids.ZONE, "value"),
            "viewer": Input(ids.VIEWER_ZONE, "data"),
        },
    )
    def fill_editor(
        event_id: str | None, key: str | None, revision: object, zone: str, viewer: str | None
    ) -> dict[str, Any]:
        """The selected event's values in the editor, shown only for an editable event."""
        data = editable(key)
        event = None if data is None else find_event(data.frame, event_id)
        if data is None or event is None:
            return {
                "values": editor_values(None, "UTC"),
                "editor": "editor hidden",
                "merge": [],
                "merge_value": [],
            }
        shown = display_zone(zone, data.zone, viewer)
        return {
            "values": editor_values(event, shown),
            "editor": "editor",
            "merge": merge_options(data.frame, event_id),
            "merge_value": [],
        }

    @app.callback(
        output={
            "revision": Output(ids.REVISION, "data"),
            "message": Output(ids.EDIT_MESSAGE, "children"),
            "selected": Output(ids.SELECTED, "data", allow_duplicate=True),
        },
        inputs={
            "save": Input(ids.EDIT_SAVE, "n_clicks"),
            "submits": {n: Input(c, "n_submit") for n, c in ids.EDIT_FIELDS.items() if n != "kind"},
            "delete": Input(ids.EDIT_DELETE, "n_clicks"),
            "split": Input(ids.SPLIT, "n_clicks"),
            "merge": Input(ids.MERGE, "n_clicks"),
            "add": Input(ids.ADD_EVENT, "n_clicks"),
            "undo": Input(ids.UNDO, "n_clicks"),
            "redo": Input(ids.REDO, "n_clicks"),
            "keep": Input(ids.SAVE_DRAFTS, "n_clicks"),
            "drop": Input(ids.DISCARD_DRAFTS, "n_clicks"),
        },
        state={
            "key": State(ids.DATASET, "data"),
            "selected": State(ids.SELECTED, "data"),
            "typed": {n: State(c, "value") for n, c in ids.EDIT_FIELDS.items()},
            "adding": {n: State(c, "value") for n, c in ids.ADD_FIELDS.items()},
            "others": State(ids.MERGE_WITH, "value"),
            "name": State(ids.AUTHOR, "value"),
            "zone": State(ids.ZONE, "value"),
            "viewer": State(ids.VIEWER_ZONE, "data"),
        },
        prevent_initial_call=True,
    )
    def act(**given: Any) -> dict[str, Any]:
        """Do what was pressed, in the store, as this browser's draft; say what was done."""
        data = editable(given["key"])
        if data is None or projects is None:
            return {"revision": no_update, "message": error(NOT_CURATED), "selected": no_update}
        try:
            message, selected = _do(projects, data, str(ctx.triggered_id), given)
        except (EditError, InputError) as err:
            return {"revision": no_update, "message": error(str(err)), "selected": no_update}
        if message is None:
            return {"revision": no_update, "message": "", "selected": no_update}
        return {"revision": time.time(), "message": message, "selected": selected}

    @app.callback(
        Output(ids.DRAFT_STATUS, "children"),
        Input(ids.REVISION, "data"),
        Input(ids.DATASET, "data"),
    )
    def draft_status(_revision: object, key: str | None) -> str:
        """How many of this browser's edits are unsaved drafts."""
        data = editable(key)
        if data is None or projects is None or not data.project:
            return ""
        draft = projects.draft(data.project)
        if not draft:
            return draft_text(0)
        log = store.log(projects.project(data.project))
        mine = log[(log["session"] == draft) & log["op"].isin((*CONTENT_OPS, "undo", "redo"))]
        return draft_text(len(mine))

    @app.callback(
        Output(ids.PROJECT, "options"),
        Input(ids.DATASET, "data"),
        Input(ids.REVISION, "data"),
    )
    def project_options(_key: str | None, _revision: object) -> list[str]:
        return projects.names() if projects is not None else []

    @app.callback(
        output={
            "project": Output(ids.PROJECT, "value", allow_duplicate=True),
            "options": Output(ids.PROJECT, "options", allow_duplicate=True),
            "message": Output(ids.PROJECT_MESSAGE, "children"),
            "typed": Output(ids.NEW_PROJECT, "value"),
        },
        inputs={
            "clicks": Input(ids.CREATE_PROJECT, "n_clicks"),
            "submit": Input(ids.NEW_PROJECT, "n_submit"),
        },
        state={"typed": State(ids.NEW_PROJECT, "value")},
        prevent_initial_call=True,
    )
    def create_project(clicks: int, submit: int | None, typed: str | None) -> dict[str, Any]:
        """A new, empty project, shown at once (its articles come from Add articles)."""
        nothing = {"project": no_update, "options": no_update, "typed": no_update}
        if projects is None:
            return nothing | {"message": error("This server has no store to keep projects in.")}
        try:
            name = check_name(typed)
            projects.project(name, create=True)
        except EditError as err:
            return nothing | {"message": error(str(err))}
        return {
            "project": name,
            "options": projects.names(),
            "message": f"Created the project {name!r}: add articles to it below.",
            "typed": "",
        }

    @app.callback(
        Output(ids.ARTICLE_LIST, "children"),
        Input(ids.DATASET, "data"),
        Input(ids.REVISION, "data"),
    )
    def list_articles(key: str | None, _revision: object) -> list[Any]:
        """The project's articles, each with its fields and buttons."""
        data = registry.get(key)
        if projects is None or not data.project:
            return []
        return article_rows(store.articles(projects.project(data.project)))

    @app.callback(
        output={
            "message": Output(ids.PROJECT_MESSAGE, "children", allow_duplicate=True),
            "revision": Output(ids.REVISION, "data", allow_duplicate=True),
        },
        inputs={
            "save": Input({"type": ids.ARTICLE_SAVE, "index": ALL}, "n_clicks"),
            "remove": Input({"type": ids.ARTICLE_REMOVE, "index": ALL}, "n_clicks"),
            "replace": Input({"type": ids.ARTICLE_REPLACE, "index": ALL}, "n_clicks"),
            "submits": {
                n: Input({"type": c, "index": ALL}, "n_submit")
                for n, c in ids.ARTICLE_FIELDS.items()
            },
        },
        state={
            "key": State(ids.DATASET, "data"),
            "order": State({"type": ids.ARTICLE_SAVE, "index": ALL}, "id"),
            "values": {
                n: State({"type": c, "index": ALL}, "value") for n, c in ids.ARTICLE_FIELDS.items()
            },
            "texts": State({"type": ids.ARTICLE_TEXT, "index": ALL}, "value"),
        },
        prevent_initial_call=True,
    )
    def change_article(
        key: str | None, order: list[dict[str, Any]], **given: Any
    ) -> dict[str, Any]:
        """Save, remove or replace one of the project's articles, for everyone at once."""
        data = registry.get(key)
        pressed = ctx.triggered_id
        if projects is None or not data.project or not isinstance(pressed, dict):
            return {"message": no_update, "revision": no_update}
        if not any(t.get("value") for t in ctx.triggered):
            return {"message": no_update, "revision": no_update}
        project = projects.project(data.project)
        position = [o["index"] for o in order].index(pressed["index"])
        try:
            message = _article_action(project, pressed, position, given)
        except (EditError, InputError) as err:
            return {"message": error(str(err)), "revision": no_update}
        return {"message": message, "revision": time.time()}


def _do(projects: Projects, data: Dataset, pressed: str, given: dict[str, Any]) -> tuple[Any, Any]:
    """Run the pressed action; (message, the event to select or no_update)."""
    name = data.project or ""
    project = projects.project(name)
    who = author(given["name"])
    selected = given["selected"]
    if pressed in (ids.SAVE_DRAFTS, ids.DISCARD_DRAFTS):
        draft = projects.draft(name)
        if not draft:
            return "You have no unsaved edits.", no_update
        if pressed == ids.SAVE_DRAFTS:
            store.save_session(project, draft, who)
            projects.end_draft(name)
            return "Saved: your edits are now part of the project for everyone.", no_update
        store.discard_session(project, draft, who)
        projects.end_draft(name)
        return "Discarded your unsaved edits.", no_update
    draft = projects.draft(name, start=True)
    if pressed == ids.UNDO:
        done = store.undo(project, who, draft)
        return ("Undone." if done else "Nothing of yours to undo."), no_update
    if pressed == ids.REDO:
        done = store.redo(project, who, draft)
        return ("Redone." if done else "Nothing to redo."), no_update
    if pressed == ids.ADD_EVENT:
        adding = given["adding"]
        made = store.add_event(
            project,
            who,
            adding["title"] or "",
            adding["start"] or "",
            adding["end"] or "",
            kind=adding["kind"] or "occurrence",
            session=draft,
        )
        return f"Added “{' '.join((adding['title'] or '').split())}”.", made
    event = find_event(data.frame, selected)
    if event is None:
        raise EditError("Select an event first: nothing was saved")
    if pressed == ids.EDIT_DELETE:
        store.delete(project, selected, who, draft)
        return f"Deleted “{event['title']}” (Undo brings it back).", None
    if pressed == ids.SPLIT:
        parts = store.split(project, selected, who, draft)
        return f"Split into {len(parts)} events.", parts[0]
    if pressed == ids.MERGE:
        others = list(given["others"] or [])
        if not others:
            raise EditError("Choose the events to merge it with: nothing was saved")
        made = store.merge(project, [selected, *others], who, session=draft)
        return f"Merged {len(others) + 1} events into one.", made
    zone = display_zone(given["zone"], data.zone, given["viewer"])
    changes = changed_fields(editor_values(event, zone), given["typed"])
    if not changes:
        return None, no_update
    store.edit(project, selected, who, draft, **changes)
    return f"Saved your change to {', '.join(changes)} (a draft: Save edits shares it).", no_update


def _article_action(
    project: store.Project, pressed: dict[str, Any], position: int, given: dict[str, Any]
) -> str:
    """Save, remove or replace one article (at ``position`` in the list); what was done."""
    index = int(pressed["index"])
    kept = {s.id: s.article for s in store.articles(project)}
    if index not in kept:
        raise EditError("That article is no longer in the project: nothing was saved")
    article = kept[index]
    if pressed["type"] == ids.ARTICLE_REMOVE:
        store.remove_article(project, index)
        return f"Removed “{article.headline}” and its events from the project."
    if pressed["type"] == ids.ARTICLE_REPLACE:
        text = (given["texts"][position] or "").strip()
        if not text:
            raise EditError("Paste the new text first: nothing was saved")
        check_length(text, "The new text")
        stale = store.replace_text(project, index, text)
        return f"Replaced the text of “{article.headline}” and extracted it again" + _stale(stale)
    values = {n: (given["values"][n][position] or "").strip() for n in ids.ARTICLE_FIELDS}
    said = []
    described = {n: values[n] for n in ("title", "source") if values[n] != getattr(article, n)}
    redated = values["published"] != article.published.isoformat() or (
        values["zone"] != article.timezone
    )
    if redated:
        if not values["published"]:
            raise EditError("Give a publication time (ISO 8601): nothing was saved")
        stale = store.reextract(project, index, values["published"], values["zone"] or None)
        moved = {s.id: s.article for s in store.articles(project)}[index]
        said.append(
            f"Re-dated “{article.headline}” from {article.published.isoformat()} "
            f"({article.timezone}) to {moved.published.isoformat()} ({moved.timezone}) and "
            "extracted it again" + _stale(stale)
        )
    if described:
        store.describe_article(project, index, **described)
        said.append(f"Changed the {' and '.join(described)} of “{article.headline}”.")
    return " ".join(said) or "Nothing changed."


def _stale(stale: pd.DataFrame) -> str:
    if stale.empty:
        return "."
    return f": {len(stale)} edit(s) no longer apply (their events are gone)."
