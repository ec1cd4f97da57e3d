"""Curation without a browser: the store's article changes, a project as each browser sees
it (drafts kept apart, a new dataset per revision), the page's actions and their errors,
places in URLs, and which publication time a build's articles get."""

from __future__ import annotations

from typing import Any

import flask
import pandas as pd
import pytest
from conftest import SAMPLE_TEXT, build_sample_article, build_sample_frame

from dashboard import ids, statedir
from dashboard.curation import ANONYMOUS, _do, author, changed_fields, editor_values, merge_options
from dashboard.datasets import DEFAULT, Dataset, Registry
from dashboard.ingest import Form, articles_from_inputs
from dashboard.jobs import Filed
from dashboard.projectsets import Projects, check_name, file_articles, project_key, project_of
from timeline import viewstate
from timeline.ingest import InputError
from timeline.store import projects
from timeline.store.database import open_store
from timeline.store.edits import EditError


@pytest.fixture
def kept(tmp_path: Any) -> Any:
    """(Projects over a store whose default project holds the sample article, the project)."""
    path = tmp_path / "t.db"
    store = open_store(path)
    project = projects.open_project(store)
    projects.add_article(project, build_sample_article())
    fallback = Dataset(build_sample_frame(), {"sample": build_sample_article()})
    return Projects(store, str(path), statedir.open_cache(tmp_path / "state"), fallback), project


@pytest.fixture
def browser() -> Any:
    """Requests from one browser or another: ``browser("alice")`` is a request context."""
    app = flask.Flask(__name__)
    app.secret_key = b"test"

    def context(sid: str) -> Any:
        made = app.test_request_context("/")
        made.push()
        flask.session["sid"] = sid
        return made

    return context


def _titles(data: Dataset) -> list[str]:
    return sorted(data.frame["title"])


def _event(project: projects.Project, title: str) -> str:
    frame = projects.curated(project)
    return frame.loc[frame["title"] == title, "event_id"].iloc[0]


PARKING = "Cars could park for free at Sky Stadium"
GIVEN = {
    "typed": {},
    "adding": {},
    "others": [],
    "name": "",
    "zone": "article",
    "viewer": None,
}


def test_drafts_are_seen_only_by_their_browser_until_saved(kept: Any, browser: Any) -> None:
    source, project = kept
    alice = browser("alice")
    draft = source.draft("default", start=True)
    projects.edit(project, _event(project, PARKING), "ana", draft, title="Parking opens")
    seen_by_alice = source.dataset(DEFAULT)
    assert "Parking opens" in _titles(seen_by_alice)
    assert source.dataset(DEFAULT) is seen_by_alice  # same revision: the same object
    alice.pop()

    bob = browser("bob")
    assert PARKING in _titles(source.dataset(project_key("default")))
    assert source.draft("default") == ""
    bob.pop()

    alice = browser("alice")
    projects.save_session(project, draft, "ana")
    source.end_draft("default")
    after = source.dataset(DEFAULT)
    assert after is not seen_by_alice  # a new revision: a new dataset, so no stale figure
    assert after.frame.loc[after.frame["curated"], "edited_by"].tolist() == ["ana"]
    assert source.draft("default") == ""  # the next edit starts a new draft
    alice.pop()
    bob = browser("bob")
    assert "Parking opens" in _titles(source.dataset(DEFAULT))
    bob.pop()


def test_an_empty_project_shows_the_fallback_with_a_notice(kept: Any, tmp_path: Any) -> None:
    source, _ = kept
    projects.open_project(source.store, "Budget")
    data = source.dataset(project_key("Budget"))
    assert (data.project, data.editable) == ("Budget", False)
    assert data.notice == (
        "Project 'Budget' has no articles yet: add one under 'Add articles' (the default "
        "article is shown meanwhile)."
    )
    missing = source.dataset(project_key("Nope"))
    assert missing.notice == f"There is no project 'Nope' in {source.store.url}"
    assert source.names() == ["default", "Budget"]
    empty = Projects(open_store(tmp_path / "empty.db"), "", source.cache, source.fallback).dataset(
        DEFAULT
    )
    assert empty is source.fallback  # a fresh store opens on the shipped article


def test_the_registry_shows_store_projects(kept: Any) -> None:
    source, _ = kept
    registry = Registry(source.fallback, source.cache, source)
    assert registry.known(project_key("Anything"))
    assert registry.get(DEFAULT).editable
    assert (project_key("a b"), project_of("project:a b"), project_of(DEFAULT)) == (
        "project:a b",
        "a b",
        None,
    )
    with pytest.raises(EditError, match="Give the new project a name"):
        check_name("   ")
    assert check_name("  Budget   talks ") == "Budget talks"


def test_page_actions_edit_undo_redo_and_refuse_bad_input(kept: Any, browser: Any) -> None:
    source, project = kept
    context = browser("alice")
    data = source.dataset(DEFAULT)
    parking = _event(project, PARKING)
    event = data.frame.set_index("event_id").loc[parking]
    shown = editor_values(event, "Pacific/Auckland")
    assert shown == {
        "title": PARKING,
        "start": "2022-02-14T18:30:00+13:00",
        "end": "2022-02-14T18:31:00+13:00",
        "kind": event["kind"],
        "actors": ", ".join(event["actors"]),
        "source": "",
    }
    before = len(projects.log(project))
    for typed, said in (
        ({"end": "2022-02-14T18:00:00+13:00"}, "is not after the start"),
        ({"start": "14/02/2022 18:00"}, "is not an ISO 8601 time"),
        ({"title": "   "}, "A title cannot be empty"),
    ):
        with pytest.raises(EditError, match=said):
            _do(source, data, ids.EDIT_SAVE, GIVEN | {"selected": parking, "typed": shown | typed})
    with pytest.raises(EditError, match="Select an event first"):
        _do(source, data, ids.EDIT_DELETE, GIVEN | {"selected": None})
    with pytest.raises(EditError, match="Choose the events to merge it with"):
        _do(source, data, ids.MERGE, GIVEN | {"selected": parking})
    assert len(projects.log(project)) == before  # nothing saved

    typed = shown | {"title": "Parking opens", "start": "2022-02-14T18:00+13:00"}
    message, _ = _do(source, data, ids.EDIT_SAVE, GIVEN | {"selected": parking, "typed": typed})
    assert message == "Saved your change to title, start (a draft: Save edits shares it)."
    edited = source.dataset(DEFAULT).frame.set_index("event_id").loc[parking]
    assert (edited["title"], edited["start"].isoformat(), edited["edited_by"]) == (
        "Parking opens",
        "2022-02-14T18:00:00+13:00",
        ANONYMOUS,
    )
    data = source.dataset(DEFAULT)
    assert _do(source, data, ids.UNDO, GIVEN | {"selected": parking}) == ("Undone.", dash_none())
    assert PARKING in _titles(source.dataset(DEFAULT))
    _do(source, data, ids.REDO, GIVEN | {"selected": parking})
    assert "Parking opens" in _titles(source.dataset(DEFAULT))
    message, _ = _do(source, data, ids.DISCARD_DRAFTS, GIVEN | {"selected": parking})
    assert message == "Discarded your unsaved edits."
    assert PARKING in _titles(source.dataset(DEFAULT))
    assert _do(source, data, ids.SAVE_DRAFTS, GIVEN | {"selected": None})[0] == (
        "You have no unsaved edits."
    )
    context.pop()


def dash_none() -> Any:
    from dash import no_update

    return no_update


def test_editor_helpers() -> None:
    frame = build_sample_frame()
    shown = editor_values(frame.iloc[0], "UTC")
    assert (shown["start"], shown["actors"]) == ("2022-02-13T23:00:00+00:00", "Corrie Parnell")
    assert editor_values(None, "UTC") == dict.fromkeys(ids.EDIT_FIELDS, "")
    assert changed_fields(shown, shown | {"actors": "Ana Ruru,  Bo ", "title": shown["title"]}) == {
        "actors": ["Ana Ruru", "Bo"]
    }
    assert [o["value"] for o in merge_options(frame, "e2")] == ["e4", "e3", "e1"]
    assert merge_options(frame, "nope") == []
    assert author("  Ana   Ruru ") == "Ana Ruru"
    assert author(None) == ANONYMOUS


def test_article_changes_in_the_store(kept: Any) -> None:
    _, project = kept
    (stored,) = projects.articles(project)
    first = projects.revision(project)
    projects.describe_article(project, stored.id, title=" Protest  day ", source="RNZ")
    assert projects.revision(project) != first
    (described,) = projects.articles(project)
    assert (described.article.title, described.article.source) == ("Protest day", "RNZ")
    with pytest.raises(EditError, match="There is no article 99"):
        projects.describe_article(project, 99, title="x")
    with pytest.raises(EditError, match="Nothing to change"):
        projects.describe_article(project, stored.id)

    parking = _event(project, PARKING)
    projects.edit(project, parking, "ana", title="Parking opens")
    stale = projects.replace_text(project, stored.id, SAMPLE_TEXT.split("\n", 1)[1])
    assert list(stale["event_id"]) == [parking]  # its offsets moved: the edit is kept, stale
    assert sorted(projects.curated(project)["title"]) == [  # the first line is gone
        PARKING,
        "Protester numbers have varied",
        # yesterday dates what police said, not their saying (the saying is inferred)
        "There were no incidents of note at the protest yesterday",
    ]
    projects.remove_article(project, stored.id)
    assert projects.articles(project) == []
    assert projects.curated(project).empty
    with pytest.raises(EditError, match="There is no article"):
        projects.remove_article(project, stored.id)


def test_a_build_job_files_articles_in_a_project(kept: Any) -> None:
    source, _ = kept
    seen: list[tuple[int, int]] = []
    filed = file_articles(
        source.location, "Budget", [build_sample_article()], lambda d, t: seen.append((d, t))
    )
    assert filed == Filed("project:Budget", 4)
    assert seen == [(1, 1)]
    assert len(projects.articles(source.project("Budget"))) == 1


def test_a_place_in_the_url_round_trips() -> None:
    place = viewstate.Place("Budget", "e2", "2022-02-14T06:00:00+13:00", "2022-02-15T06:00+13:00")
    query = viewstate.to_query(viewstate.View(lane="actor"), place)
    assert query == (
        "?project=Budget&lane=actor&event=e2&from=2022-02-14T06%3A00%3A00%2B13%3A00"
        "&to=2022-02-15T06%3A00%2B13%3A00"
    )
    assert viewstate.parse_place(query) == place
    assert viewstate.parse_place("?zoom=all").whole
    for bad in ("from=2022-02-15T00:00%2B00:00&to=2022-02-14T00:00%2B00:00", "from=x&to=y"):
        assert viewstate.parse_place("?" + bad) == viewstate.Place()
    assert viewstate.parse_place("?from=2022-02-14T00:00&to=2022-02-15T00:00").start == ""


def test_one_published_field_never_re_dates_files_that_state_their_own() -> None:
    files = [
        {"name": "a.html", "text": "Hail on Friday.", "published": "2024-03-22"},
        {"name": "b.txt", "text": "Fog on Sunday.", "published": None},
    ]
    form = Form("2024-03-25T09:00+00:00", "UTC")
    pasted, own, undated = articles_from_inputs("Rain yesterday.", files, form)
    assert [a.published.isoformat() for a in (pasted, own, undated)] == [
        "2024-03-25T09:00:00+00:00",
        "2024-03-22T00:00:00+00:00",
        "2024-03-25T09:00:00+00:00",
    ]
    (alone,) = articles_from_inputs(None, files[:1], form)  # a file alone: the form corrects it
    assert alone.published == pd.Timestamp("2024-03-25T09:00+00:00")


def test_article_rows_re_date_describe_and_remove_with_a_message(kept: Any) -> None:
    from dashboard.curation import _article_action

    _, project = kept
    (stored,) = projects.articles(project)
    fields = {"title": "", "source": "Test Herald", "published": PUBLISHED_NZ, "zone": ZONE_NZ}

    def press(kind: str, **values: str) -> str:
        given = {"values": {n: [v] for n, v in (fields | values).items()}, "texts": [None]}
        return _article_action(project, {"type": kind, "index": stored.id}, 0, given)

    assert press(ids.ARTICLE_SAVE) == "Nothing changed."
    assert press(ids.ARTICLE_SAVE, title="Protest day", source="RNZ") == (
        "Changed the title and source of “On Monday afternoon, Superintendent Corrie Parnell "
        "urged drivers to move their cars.”."
    )
    fields |= {"title": "Protest day", "source": "RNZ"}
    with pytest.raises(InputError, match="14/02/2022"):
        press(ids.ARTICLE_SAVE, published="14/02/2022")
    assert projects.articles(project)[0].article.published.isoformat() == PUBLISHED_NZ
    assert press(ids.ARTICLE_SAVE, published="2022-02-21T22:00+13:00") == (
        "Re-dated “Protest day” from 2022-02-14T22:00:00+13:00 (Pacific/Auckland) to "
        "2022-02-21T22:00:00+13:00 (Pacific/Auckland) and extracted it again."
    )
    frame = projects.curated(project).set_index("title")
    monday = frame.loc["Superintendent Corrie Parnell urged drivers to move their cars", "start"]
    assert monday.isoformat() == "2022-02-21T12:00:00+13:00"  # 'Monday afternoon' moved along
    assert press(ids.ARTICLE_REMOVE) == "Removed “Protest day” and its events from the project."
    with pytest.raises(EditError, match="no longer in the project"):
        press(ids.ARTICLE_REMOVE)


ZONE_NZ = "Pacific/Auckland"
PUBLISHED_NZ = "2022-02-14T22:00:00+13:00"


def test_edits_are_signed_with_the_login_name_when_there_is_one() -> None:
    import base64

    from dashboard import access

    app = flask.Flask(__name__)
    header = {"Authorization": "Basic " + base64.b64encode(b"ana:pw").decode()}
    with app.test_request_context("/", headers=header):
        assert author("Mallory") == "Mallory"  # no login on this server: the header says nothing
    access.require_login(app, {"ana": "pw"})
    with app.test_request_context("/", headers=header):
        assert author("Mallory") == "ana"
