"""The page's curation controls: the project and its articles, the event editor, undo.

Plain components, filled and read by ``dashboard.curation``. Every control is a native
input or button with a label, so all of it works from the keyboard (Enter in a field saves
it, as the button beside it does).
"""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from dashboard import ids
from dashboard.aria import aria
from dashboard.data import published_text
from timeline import schema
from timeline.store.projects import StoredArticle

#: who signs an edit when the server has no login and the browser gave no name.
ANONYMOUS = "anonymous"
_KIND_OPTIONS = [{"label": k, "value": k} for k in schema.KINDS]


def _field(label: str, control: Any, for_id: str) -> html.Div:
    return html.Div(
        className="field",
        children=[html.Label(label, htmlFor=for_id, id=f"{for_id}-label"), control],
    )


def _text(cid: str, placeholder: str = "", **extra: Any) -> dcc.Input:
    return dcc.Input(id=cid, type="text", placeholder=placeholder, debounce=False, **extra)


def curation_panel(signed_in: bool, shown: bool = True) -> html.Section:
    """Which project, who is editing, undo/redo and drafts, the articles, a new event (the
    panel is in the page, hidden, when not ``shown``: its callbacks still find it)."""
    author = (
        html.P("Edits are signed with your login name.", className="hint")
        if signed_in
        else _field(
            "Your name",
            _text(ids.AUTHOR, ANONYMOUS, persistence=True, persistence_type="local"),
            ids.AUTHOR,
        )
    )
    add = [
        _field("Title", _text(ids.ADD_FIELDS["title"], "What happened"), ids.ADD_FIELDS["title"]),
        _field(
            "Start (ISO 8601)",
            _text(ids.ADD_FIELDS["start"], "2022-02-14T21:30+13:00"),
            ids.ADD_FIELDS["start"],
        ),
        _field(
            "End (exclusive)",
            _text(ids.ADD_FIELDS["end"], "2022-02-14T21:31+13:00"),
            ids.ADD_FIELDS["end"],
        ),
        _field(
            "Kind",
            dcc.Dropdown(
                id=ids.ADD_FIELDS["kind"],
                options=_KIND_OPTIONS,
                value="occurrence",
                clearable=False,
            ),
            ids.ADD_FIELDS["kind"],
        ),
    ]
    return html.Section(
        className="curation card" if shown else "curation card hidden",
        **aria(label="Project and edits"),
        children=[
            html.Div(
                className="curation-row",
                children=[
                    _field(
                        "Project",
                        dcc.Dropdown(id=ids.PROJECT, options=[], clearable=False),
                        ids.PROJECT,
                    ),
                    _field("New project", _text(ids.NEW_PROJECT, "Name"), ids.NEW_PROJECT),
                    html.Button("Create", id=ids.CREATE_PROJECT, className="button", n_clicks=0),
                    author,
                    html.Div(
                        className="button-group",
                        role="group",
                        **aria(label="Edit history"),
                        children=[
                            html.Button(
                                "↶ Undo",
                                id=ids.UNDO,
                                className="button",
                                n_clicks=0,
                                title="Undo your last edit",
                            ),
                            html.Button(
                                "↷ Redo",
                                id=ids.REDO,
                                className="button",
                                n_clicks=0,
                                title="Redo your last undone edit",
                            ),
                            html.Button(
                                "Save edits",
                                id=ids.SAVE_DRAFTS,
                                className="button primary",
                                n_clicks=0,
                                title="Make your edits part of the project for everyone",
                            ),
                            html.Button(
                                "Discard edits",
                                id=ids.DISCARD_DRAFTS,
                                className="button",
                                n_clicks=0,
                                title="Drop the edits you have not saved",
                            ),
                        ],
                    ),
                    html.Span(id=ids.DRAFT_STATUS, className="hint", role="status"),
                ],
            ),
            html.Div(id=ids.PROJECT_MESSAGE, className="edit-message", role="status"),
            html.Div(id=ids.EDIT_MESSAGE, className="edit-message", role="status"),
            html.Details(
                className="articles",
                children=[
                    html.Summary("Articles in this project"),
                    html.Ul(id=ids.ARTICLE_LIST, className="article-list"),
                ],
            ),
            html.Details(
                className="add-event",
                children=[
                    html.Summary("Add an event by hand"),
                    html.Div(className="editor-grid", children=add),
                    html.Button("Add event", id=ids.ADD_EVENT, className="button", n_clicks=0),
                ],
            ),
        ],
    )


def event_editor() -> html.Div:
    """The selected event's editable fields (filled when an event is selected), delete,
    merge with another event, and split a merged one."""
    fields = ids.EDIT_FIELDS
    inputs = [
        _field("Title", _text(fields["title"]), fields["title"]),
        _field("Start (ISO 8601)", _text(fields["start"]), fields["start"]),
        _field("End (exclusive)", _text(fields["end"]), fields["end"]),
        _field(
            "Kind",
            dcc.Dropdown(id=fields["kind"], options=_KIND_OPTIONS, clearable=False),
            fields["kind"],
        ),
        _field("Actors (comma-separated)", _text(fields["actors"]), fields["actors"]),
        _field("Source", _text(fields["source"]), fields["source"]),
    ]
    return html.Div(
        id=ids.EDITOR,
        className="editor hidden",
        children=[
            html.H3("Edit this event"),
            html.Div(className="editor-grid", children=inputs),
            html.Div(
                className="button-group",
                children=[
                    html.Button("Save", id=ids.EDIT_SAVE, className="button primary", n_clicks=0),
                    html.Button("Delete", id=ids.EDIT_DELETE, className="button", n_clicks=0),
                    html.Button("Split", id=ids.SPLIT, className="button", n_clicks=0),
                ],
            ),
            _field(
                "Merge with",
                dcc.Dropdown(id=ids.MERGE_WITH, options=[], multi=True, placeholder="Events"),
                ids.MERGE_WITH,
            ),
            html.Button("Merge", id=ids.MERGE, className="button", n_clicks=0),
        ],
    )


def article_rows(stored: list[StoredArticle]) -> list[html.Li]:
    """One row per article: its headline, source, publication time and zone, editable;
    Save re-extracts it when its time or zone changed (and says so), Remove takes it out,
    Replace puts new text in its place."""
    if not stored:
        return [html.Li("No articles yet: add some under 'Add articles'.", className="hint")]
    rows = []
    for item in stored:
        article, index = item.article, item.id
        values = {
            "title": article.title,
            "source": article.source,
            "published": article.published.isoformat(),
            "zone": article.timezone,
        }
        labels = {"title": "Headline", "source": "Source", "published": "Published", "zone": "Zone"}
        inputs = [
            html.Label(
                [
                    labels[name],
                    dcc.Input(
                        id={"type": cid, "index": index},
                        type="text",
                        value=values[name],
                        n_submit=0,
                    ),
                ],
                className="field",
            )
            for name, cid in ids.ARTICLE_FIELDS.items()
        ]
        rows.append(
            html.Li(
                className="article-row",
                children=[
                    html.Div(
                        f"{article.headline} · published {published_text(article)}",
                        className="article-name",
                    ),
                    html.Div(className="editor-grid", children=inputs),
                    html.Details(
                        [
                            html.Summary("Replace its text"),
                            html.Label(
                                [
                                    "New text",
                                    dcc.Textarea(
                                        id={"type": ids.ARTICLE_TEXT, "index": index},
                                        className="paste",
                                    ),
                                ]
                            ),
                            html.Button(
                                "Replace",
                                id={"type": ids.ARTICLE_REPLACE, "index": index},
                                className="button",
                                n_clicks=0,
                            ),
                        ]
                    ),
                    html.Div(
                        className="button-group",
                        children=[
                            html.Button(
                                "Save",
                                id={"type": ids.ARTICLE_SAVE, "index": index},
                                className="button",
                                n_clicks=0,
                            ),
                            html.Button(
                                "Remove",
                                id={"type": ids.ARTICLE_REMOVE, "index": index},
                                className="button",
                                n_clicks=0,
                            ),
                        ],
                    ),
                ],
            )
        )
    return rows
