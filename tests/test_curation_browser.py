"""Curating in a real browser: edit, undo, redo, merge, add; links that bring a view back;
one browser's drafts kept from another."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import build_sample_article, build_sample_frame, pytest_setup_options
from dash.testing.wait import until
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.keys import Keys

from dashboard import create_app, ids
from timeline.store import projects
from timeline.store.database import open_store

EDITOR = f"#{ids.EDITOR}"


@pytest.fixture
def stored(tmp_path: Any) -> Any:
    """A store whose default project holds the sample article; (path, project)."""
    path = tmp_path / "curation.db"
    project = projects.open_project(open_store(path))
    projects.add_article(project, build_sample_article())
    return path, project


def _start(dash_duo: Any, path: Any, tmp_path: Any) -> Any:
    app = create_app(
        build_sample_frame(), build_sample_article(), state_dir=tmp_path / "state", store=path
    )
    dash_duo.start_server(app)
    until(lambda: dash_duo.find_elements(f"#{ids.GRAPH} .main-svg"), timeout=20)
    return app


def _labels(driver: Any) -> list[str]:
    """Every text the chart draws (titles, headers)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(t => t.textContent);",
        f"#{ids.GRAPH} text",
    )


def _select(dash_duo: Any, title_part: str) -> None:
    """Step through the events with Next until the details show one titled with ``title_part``."""
    for _ in range(8):
        dash_duo.find_element(f"#{ids.NEXT}").click()
        try:
            until(lambda: title_part in _details_title(dash_duo), 2)
            return
        except Exception:  # not this one: step on
            continue
    raise AssertionError(f"no event titled {title_part!r}")


def _details_title(dash_duo: Any) -> str:
    """The details panel's heading ('' while the panel is being redrawn)."""
    try:
        return dash_duo.find_element(f"#{ids.DETAILS} h2").text
    except StaleElementReferenceException:
        return ""


def _type(dash_duo: Any, cid: str, text: str, enter: bool = True) -> None:
    field = dash_duo.find_element(f"#{cid}")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.DELETE)
    field.send_keys(text)
    if enter:
        field.send_keys(Keys.ENTER)


def _message(dash_duo: Any) -> str:
    return dash_duo.find_element(f"#{ids.EDIT_MESSAGE}").text


def _shows_start(dash_duo: Any, start: str) -> bool:
    return f"Start\n{start}" in dash_duo.find_element(f"#{ids.DETAILS}").text


def _query(driver: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(driver.current_url).query)


def test_edit_title_and_time_undo_redo_merge_and_add(dash_duo: Any, stored: Any, tmp_path) -> None:
    path, project = stored
    _start(dash_duo, path, tmp_path)
    driver = dash_duo.driver
    _select(dash_duo, "Cars could park")
    until(lambda: "hidden" not in dash_duo.find_element(EDITOR).get_attribute("class"), 10)

    _type(dash_duo, ids.EDIT_FIELDS["title"], "Stadium parking opens")
    until(lambda: "✎ Stadium parking opens" in _labels(driver), timeout=15)
    assert _details_title(dash_duo) == "Stadium parking opens"
    assert _message(dash_duo) == "Saved your change to title (a draft: Save edits shares it)."

    _type(dash_duo, ids.EDIT_FIELDS["start"], "2022-02-14T18:00:00+13:00")
    until(lambda: _shows_start(dash_duo, "2022-02-14T18:00:00+13:00"), 15)

    _type(dash_duo, ids.EDIT_FIELDS["end"], "2022-02-14T17:00:00+13:00")  # before its start
    until(lambda: "is not after the start" in _message(dash_duo), timeout=10)
    assert "nothing was saved" in _message(dash_duo)

    dash_duo.find_element(f"#{ids.UNDO}").click()  # the start comes back
    until(lambda: _shows_start(dash_duo, "2022-02-14T18:30:00+13:00"), 15)
    dash_duo.find_element(f"#{ids.REDO}").click()
    until(lambda: _shows_start(dash_duo, "2022-02-14T18:00:00+13:00"), 15)
    selected = _query(driver)["event"][0]

    dash_duo.select_dcc_dropdown(f"#{ids.MERGE_WITH}", index=0)
    dash_duo.find_element(f"#{ids.MERGE}").click()
    until(lambda: _message(dash_duo) == "Merged 2 events into one.", 15)
    until(lambda: _query(driver)["event"][0].startswith("merged-"), timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", "3 dated events", timeout=15)

    driver.execute_script("document.querySelector('.add-event').open = true;")
    _type(dash_duo, ids.ADD_FIELDS["title"], "Convoy leaves", enter=False)
    _type(dash_duo, ids.ADD_FIELDS["start"], "2022-02-14T23:00+13:00", enter=False)
    _type(dash_duo, ids.ADD_FIELDS["end"], "2022-02-14T23:30+13:00", enter=False)
    dash_duo.find_element(f"#{ids.ADD_EVENT}").click()
    until(lambda: "✎ Convoy leaves" in _labels(driver), timeout=15)
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", "4 dated events", timeout=15)

    session = [s for s in projects.log(project)["session"] if s]
    drafts = projects.curated(project, session[0])  # on disk as this browser's drafts
    curated = drafts.loc[drafts["curated"]]  # the merge is titled by its earliest part
    assert sorted(curated["title"]) == ["Convoy leaves", "Protester numbers have varied"]
    assert list(curated["edited_by"]) == ["anonymous", "anonymous"]
    assert selected not in set(drafts["event_id"])
    saved = projects.curated(project)  # nothing is saved for anyone else yet
    assert not saved["curated"].any() and len(saved) == 4


def test_a_link_brings_back_project_event_and_zoom(dash_duo: Any, stored: Any, tmp_path) -> None:
    path, _ = stored
    other = projects.open_project(open_store(path), "Budget")
    projects.add_article(other, build_sample_article())
    event = projects.curated(other).sort_values("start")["event_id"].iloc[1]
    _start(dash_duo, path, tmp_path)
    query = (
        f"?project=Budget&lane=actor&event={event}"
        "&from=2022-02-14T06:00:00%2B13:00&to=2022-02-15T06:00:00%2B13:00"
    )
    dash_duo.driver.get(dash_duo.server_url + "/" + query)
    until(lambda: dash_duo.find_elements(f"#{ids.GRAPH} .main-svg"), timeout=20)
    driver = dash_duo.driver
    until(lambda: _details_title(dash_duo) != "Event details", 15)
    range_js = "return document.querySelector(arguments[0]).layout.xaxis.range;"
    until(
        lambda: driver.execute_script(range_js, f"#{ids.GRAPH} .js-plotly-plot")[0].startswith(
            "2022-02-14 06:00"
        ),
        timeout=15,
    )
    assert driver.execute_script(range_js, f"#{ids.GRAPH} .js-plotly-plot")[1].startswith(
        "2022-02-15 06:00"
    )
    expected = projects.curated(other).set_index("event_id").loc[event, "title"]
    assert _details_title(dash_duo) == expected
    assert _query(driver) == {
        "project": ["Budget"],
        "lane": ["actor"],
        "event": [event],
        "from": ["2022-02-14T06:00:00+13:00"],
        "to": ["2022-02-15T06:00:00+13:00"],
    }
    url = driver.current_url
    driver.get(url)  # reload: the same view
    until(lambda: _details_title(dash_duo) == expected, 20)
    until(lambda: _query(driver)["event"] == [event], 10)
    assert driver.current_url == url


def test_a_second_browser_never_sees_the_first_ones_drafts(
    dash_duo: Any, stored: Any, tmp_path
) -> None:
    path, _ = stored
    _start(dash_duo, path, tmp_path)
    alice = dash_duo.driver
    _select(dash_duo, "Protester numbers")
    _type(dash_duo, ids.EDIT_FIELDS["title"], "Crowd size changes daily")
    until(lambda: "✎ Crowd size changes daily" in _labels(alice), timeout=15)

    bob = webdriver.Chrome(options=pytest_setup_options())
    try:
        bob.get(dash_duo.server_url)
        until(lambda: bob.find_elements("css selector", f"#{ids.GRAPH} .main-svg"), timeout=20)
        until(lambda: "Protester numbers have varied" in _labels(bob), timeout=15)
        assert "✎ Crowd size changes daily" not in _labels(bob)

        dash_duo.find_element(f"#{ids.SAVE_DRAFTS}").click()  # Alice shares her edit
        until(lambda: _message(dash_duo).startswith("Saved: your edits"), timeout=10)
        bob.refresh()
        until(lambda: "✎ Crowd size changes daily" in _labels(bob), timeout=20)
    finally:
        bob.quit()


def test_a_build_adds_its_article_to_a_new_project_kept_in_the_url(
    dash_duo: Any, stored: Any, tmp_path
) -> None:
    path, _ = stored
    _start(dash_duo, path, tmp_path)
    driver = dash_duo.driver
    _type(dash_duo, ids.AUTHOR, "Ana Ruru", enter=False)
    _type(dash_duo, ids.NEW_PROJECT, "Hail")  # Enter creates it and shows it
    until(lambda: _query(driver).get("project") == ["Hail"], timeout=15)
    dash_duo.wait_for_contains_text(f"#{ids.NOTICE}", "Project 'Hail' has no articles yet")

    dash_duo.find_element(".ingest summary").click()
    dash_duo.find_element(f"#{ids.PASTE}").send_keys("Hail fell on Friday morning.")
    dash_duo.find_element(f"#{ids.HEADLINE_INPUT}").send_keys("Hail in the hills")
    dash_duo.find_element(f"#{ids.PUBLISHED}").send_keys("2024-03-23T09:00+00:00")
    dash_duo.find_element(f"#{ids.BUILD}").click()
    dash_duo.wait_for_text_to_equal(f"#{ids.HEADER} h1", "Hail in the hills", timeout=60)
    dash_duo.wait_for_text_to_equal(
        f"#{ids.INGEST_MESSAGE}", "Added 1 article to the project 'Hail': 1 event"
    )
    (article,) = projects.articles(projects.open_project(open_store(path), "Hail", create=False))
    assert (article.article.title, article.article.published.isoformat()) == (
        "Hail in the hills",
        "2024-03-23T09:00:00+00:00",
    )

    _select(dash_duo, "Hail fell")
    _type(dash_duo, ids.EDIT_FIELDS["title"], "Hail on the hills")
    until(lambda: "✎ Hail on the hills" in _labels(driver), timeout=15)
    driver.get(driver.current_url)  # a reload: same project, event, and the name kept
    dash_duo.wait_for_text_to_equal(f"#{ids.HEADER} h1", "Hail in the hills", timeout=30)
    until(lambda: _details_title(dash_duo) == "Hail on the hills", 20)
    assert dash_duo.find_element(f"#{ids.AUTHOR}").get_attribute("value") == "Ana Ruru"
    edited = dash_duo.find_element(f"#{ids.DETAILS}").text
    assert "Edited\n✎ by Ana Ruru" in edited
