"""The Dash app: shaping helpers without a browser, then the page in headless Chromium.

Browser tests run the real extraction pipeline on the default article; a few use the
hand-built sample where they pin exact values.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

import dash
import pandas as pd
import pytest
from conftest import build_sample_article, build_sample_frame
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains

from dashboard import create_app, ids
from dashboard.data import (
    NO_EVENTS,
    clicked_event,
    find_event,
    grid_rows,
    load_events,
    paragraph_segments,
    published_text,
)
from timeline.figures import EMPTY_MESSAGE, timeline_figure
from timeline.ingest import Article, article_from_text, load_default

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
BARS = f"#{ids.GRAPH} .cartesianlayer .barlayer .point"
DOTS = f"#{ids.GRAPH} .cartesianlayer .scatterlayer .point"
POINTS = f"{BARS}, {DOTS}"


class Case(NamedTuple):
    app: dash.Dash
    frame: pd.DataFrame
    article: Article


@pytest.fixture
def case() -> Case:
    """The default article through the real pipeline."""
    article = load_default()
    frame, notice = load_events(article)
    assert notice is None
    assert len(frame) > 0, "the pipeline found no events in the default article"
    return Case(create_app(frame, article), frame, article)


@pytest.fixture
def sample_case() -> Case:
    frame, article = build_sample_frame(), build_sample_article()
    return Case(create_app(frame, article), frame, article)


# --- shaping, no browser -------------------------------------------------------------------


def test_paragraph_segments_mark_sentence_and_time(sample_frame, sample_article) -> None:
    event = find_event(sample_frame, "e2")
    assert event is not None
    segments = paragraph_segments(sample_article.text, event)
    assert [(s.role, s.text) for s in segments] == [
        ("sentence", "Cars could park for free at Sky Stadium "),
        ("time", "from 6.30pm"),
        ("sentence", "."),
    ]


def test_paragraph_segments_fall_back_when_offsets_do_not_match(sample_frame) -> None:
    event = find_event(sample_frame, "e1")
    assert event is not None
    segments = paragraph_segments("some other text", event)
    assert [(s.role, s.text) for s in segments] == [("sentence", event["sentence"])]


def test_clicked_event_reads_customdata() -> None:
    assert clicked_event({"points": [{"customdata": "e3", "x": "2022-02-13"}]}) == "e3"
    assert clicked_event({"points": [{"customdata": ["e4"]}]}) == "e4"
    assert clicked_event({"points": []}) is None
    assert clicked_event(None) is None


def test_grid_rows_are_plain_and_in_article_time(sample_frame) -> None:
    rows = grid_rows(sample_frame)
    assert [r["event_id"] for r in rows] == ["e1", "e2", "e3", "e4"]
    assert rows[0]["when"] == "2022-02-14 12:00"
    assert rows[2]["actors"] == "police, protesters"
    assert rows[1]["actors"] == "(none)"
    json.dumps(rows)  # everything the grid gets must serialise


def test_published_text_names_zone_and_offset() -> None:
    assert published_text(load_default()) == (
        "Mon 14 Feb 2022, 22:00 NZDT (Pacific/Auckland, UTC+13)"
    )


def test_article_without_dated_events_gives_notice() -> None:
    article = article_from_text("Nothing here has a date.", "2024-03-20T09:00+00:00")
    frame, notice = load_events(article)
    assert frame.empty and notice == NO_EVENTS


def test_create_app_has_every_component(sample_case: Case) -> None:
    layout = str(sample_case.app.layout)
    names = (ids.GRAPH, ids.GRID, ids.DETAILS, ids.LANE, ids.DOWNLOAD_IMAGE, *ids.IMAGE_BUTTONS)
    for name in names:
        assert f"'{name}'" in layout


# --- in the browser ------------------------------------------------------------------------


def _start(dash_duo: Any, app: dash.Dash) -> None:
    dash_duo.start_server(app)
    dash_duo.wait_for_element(f"#{ids.GRAPH} .main-svg")


def _points(dash_duo: Any) -> list[Any]:
    return dash_duo.find_elements(POINTS)


def test_dash001_loads_default_article(dash_duo: Any) -> None:
    article = load_default()
    frame, _ = load_events(article)
    _start(dash_duo, create_app())
    dash_duo.wait_for_contains_text(f"#{ids.HEADER}", "The New Zealand Herald")
    dash_duo.wait_for_contains_text(f"#{ids.HEADER}", "Mon 14 Feb 2022, 22:00 NZDT")
    dash_duo.wait_for_contains_text(f"#{ids.HEADER}", f"{len(frame)} dated event")
    until(lambda: len(_points(dash_duo)) == len(frame), timeout=10)
    assert dash_duo.get_logs() == []


def test_dash011_article_without_events_shows_notice(dash_duo: Any) -> None:
    article = article_from_text("Nothing here has a date.", "2024-03-20T09:00+00:00")
    _start(dash_duo, create_app(article=article))
    dash_duo.wait_for_contains_text(f"#{ids.NOTICE}", NO_EVENTS)
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH}", EMPTY_MESSAGE)


def test_dash002_draws_one_mark_per_event(dash_duo: Any, case: Case) -> None:
    _start(dash_duo, case.app)
    instants = int(((case.frame["end"] - case.frame["start"]) <= pd.Timedelta(minutes=1)).sum())
    until(lambda: len(_points(dash_duo)) == len(case.frame), timeout=10)
    assert len(dash_duo.find_elements(DOTS)) == instants
    assert len(dash_duo.find_elements(BARS)) == len(case.frame) - instants


def test_dash003_click_event_shows_its_sentence(dash_duo: Any, case: Case) -> None:
    _start(dash_duo, case.app)
    element, event_id = _longest_bar(dash_duo, case.frame)
    ActionChains(dash_duo.driver).move_to_element(element).click().perform()
    event = find_event(case.frame, event_id)
    assert event is not None
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", event["title"])
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS_SENTENCE}", event["sentence"][:60])
    marks = dash_duo.find_elements(f"#{ids.DETAILS_SENTENCE} mark")
    assert event["time_text"] in [m.text for m in marks]


def test_dash004_click_instant_marker(dash_duo: Any, sample_case: Case) -> None:
    _start(dash_duo, sample_case.app)
    dot = dash_duo.find_elements(DOTS)[0]
    ActionChains(dash_duo.driver).move_to_element(dot).click().perform()
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "Free parking opens at Sky Stadium")
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "Mon 14 Feb 2022, 18:30 NZDT")
    dash_duo.wait_for_text_to_equal(
        f"#{ids.DETAILS_SENTENCE}", "Cars could park for free at Sky Stadium from 6.30pm."
    )
    assert dash_duo.find_element(f"#{ids.DETAILS_SENTENCE} .time-mark").text == "from 6.30pm"


def test_dash005_grid_rows_equal_events(dash_duo: Any, case: Case) -> None:
    _start(dash_duo, case.app)
    dash_duo.wait_for_element(f"#{ids.GRID} .ag-row")
    until(lambda: _grid_ids(dash_duo) == sorted(case.frame["event_id"]), timeout=10)
    count = dash_duo.driver.execute_script(
        f"return dash_ag_grid.getApi('{ids.GRID}').getDisplayedRowCount()"
    )
    assert count == len(case.frame)


def test_dash006_row_selection_shows_details_and_highlights_chart(
    dash_duo: Any, case: Case
) -> None:
    _start(dash_duo, case.app)
    row = dash_duo.wait_for_element(f"#{ids.GRID} .ag-center-cols-container .ag-row")
    event = find_event(case.frame, row.get_attribute("row-id"))
    assert event is not None
    row.find_element("css selector", ".ag-cell").click()
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", event["title"])
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS_SENTENCE}", event["sentence"][:60])
    others = len(case.frame) - 1  # kind lanes: each event drawn once, all but one dimmed
    until(lambda: _dimmed(dash_duo) == others, timeout=10)


def test_dash007_lane_switch_shows_actor_lanes(dash_duo: Any, sample_case: Case) -> None:
    _start(dash_duo, sample_case.app)
    dash_duo.find_element(f"#{ids.LANE} input[value='actor']").click()
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH} .yaxislayer-above", "Corrie Parnell")
    until(lambda: len(_points(dash_duo)) == 5, timeout=10)  # e3 has two actors


def test_dash008_download_png(dash_duo: Any, case: Case) -> None:
    _start(dash_duo, case.app)
    dash_duo.find_element(f"#{ids.EXPORT_PNG}").click()
    target = Path(dash_duo.download_path) / f"{case.article.doc_id}-timeline.png"
    until(target.is_file, timeout=60)
    assert target.read_bytes().startswith(PNG_SIGNATURE)
    dash_duo.wait_for_contains_text(f"#{ids.EXPORT_MESSAGE}", "Saved")


def test_dash009_download_json_and_csv(dash_duo: Any, case: Case) -> None:
    _start(dash_duo, case.app)
    folder = Path(dash_duo.download_path)
    dash_duo.find_element(f"#{ids.EXPORT_JSON}").click()
    json_file = folder / f"{case.article.doc_id}-events.json"
    until(json_file.is_file, timeout=20)
    records = json.loads(json_file.read_text(encoding="utf-8"))
    assert [r["event_id"] for r in records] == list(case.frame["event_id"])
    dash_duo.find_element(f"#{ids.EXPORT_CSV}").click()
    csv_file = folder / f"{case.article.doc_id}-events.csv"
    until(csv_file.is_file, timeout=20)
    assert len(pd.read_csv(csv_file)) == len(case.frame)


def test_dash010_export_without_browser_shows_message(
    dash_duo: Any, sample_case: Case, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _start(dash_duo, sample_case.app)
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "missing"))
    monkeypatch.setenv("PATH", str(tmp_path))  # the server runs in this process
    dash_duo.find_element(f"#{ids.EXPORT_SVG}").click()
    dash_duo.wait_for_contains_text(f"#{ids.EXPORT_MESSAGE}", "apt-get install chromium")
    assert dash_duo.find_element(f"#{ids.EXPORT_MESSAGE} [role='alert']")


# --- helpers -------------------------------------------------------------------------------


def _longest_bar(dash_duo: Any, frame: pd.DataFrame) -> tuple[Any, str]:
    """The DOM element and event id of the widest bar: its middle is safe to click."""
    fig = timeline_figure(frame)
    bars = [t for t in fig.data if t.type == "bar"]
    widths = [(t.x[i], k, i) for k, t in enumerate(bars) for i in range(len(t.x))]
    _, k, i = max(widths)
    traces = dash_duo.find_elements(f"#{ids.GRAPH} .cartesianlayer .barlayer .trace")
    element = traces[k].find_elements("css selector", ".point")[i]
    return element, bars[k].customdata[i]


def _grid_ids(dash_duo: Any) -> list[str]:
    return sorted(
        dash_duo.driver.execute_script(
            f"const ids = []; dash_ag_grid.getApi('{ids.GRID}')"
            ".forEachNode(n => ids.push(n.data.event_id)); return ids;"
        )
    )


def _dimmed(dash_duo: Any) -> int:
    """How many chart marks Plotly drew as unselected (opacity 0.25, on the mark's path)."""
    return int(dash_duo.driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).filter(p => {"
        " const el = p.tagName === 'g' ? p.querySelector('path') : p;"
        " return el && parseFloat(getComputedStyle(el).opacity) < 0.5; }).length;",
        POINTS,
    ))
