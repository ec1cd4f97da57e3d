"""The Dash app: shaping helpers without a browser, then the page in headless Chromium.

Browser tests run the real extraction pipeline on the default article; a few use the
hand-built sample where they pin exact values.
"""

from __future__ import annotations

import html
import json
import re
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

import dash
import pandas as pd
import pytest
from conftest import build_sample_article, build_sample_frame
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder

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
from timeline.export import export_name
from timeline.figures import EMPTY_MESSAGE
from timeline.ingest import Article, article_from_text, load_default

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
BARS = f"#{ids.GRAPH} .cartesianlayer .barlayer .point"
DOTS = f"#{ids.GRAPH} .cartesianlayer .scatterlayer .point"
POINTS = f"{BARS}, {DOTS}"
#: every mark Plotly drew, as [event id, trace type, marker symbol, opacity, element]: the id
#: comes from the trace's customdata at the point's index (d3 keeps both on the elements).
_MARKS_JS = """
return Array.from(document.querySelectorAll(arguments[0])).map(p => {
  const trace = p.closest('.trace').__data__[0].trace, i = p.__data__.i;
  const symbol = trace.marker && trace.marker.symbol;
  const path = p.tagName === 'g' ? p.querySelector('path') : p;
  return [trace.customdata ? trace.customdata[i] : null, trace.type,
          Array.isArray(symbol) ? symbol[i] : symbol || null,
          parseFloat(getComputedStyle(path).opacity), p];
});
"""


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
def image_renderer() -> None:
    """Start the shared image renderer before the app. dash.testing stops a test's server by
    killing every thread started after the server was, and the renderer's browser lives on
    threads of its own: started inside a test it would be dead for the next one."""
    from timeline import renderer
    from timeline.export import find_browser

    renderer.shared(str(find_browser()))


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
        "Mon 14 Feb 2022, 22:00 NZDT (Pacific/Auckland, UTC+13:00)"
    )


def test_published_text_of_a_day_alone_gives_no_clock() -> None:
    article = article_from_text("The council met this morning.", "2014-08-04", "Europe/London")
    assert published_text(article) == (
        "Mon 4 Aug 2014 (Europe/London, UTC+01:00, no time of day given)"
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


def _marks(dash_duo: Any) -> list[tuple[str, str, str | None, float, Any]]:
    """The chart's marks of events (bars and diamonds; not the arrows that point at events
    outside the view) as (event id, trace type, symbol, opacity, element)."""
    marks = dash_duo.driver.execute_script(_MARKS_JS, POINTS)
    return [tuple(m) for m in marks if m[0] and not str(m[2] or "").startswith("triangle")]


def _drawn(dash_duo: Any) -> list[str]:
    """The event ids of the chart's marks, sorted (an id per mark)."""
    return sorted(m[0] for m in _marks(dash_duo))


def _mark(dash_duo: Any, event_id: str) -> Any:
    """The element of an event's mark."""
    return next(m[4] for m in _marks(dash_duo) if m[0] == event_id)


def test_dash001_loads_default_article(dash_duo: Any) -> None:
    article = load_default()
    frame, _ = load_events(article)
    _start(dash_duo, create_app())
    dash_duo.wait_for_contains_text(f"#{ids.HEADER}", "The New Zealand Herald")
    dash_duo.wait_for_contains_text(f"#{ids.HEADER}", "Mon 14 Feb 2022, 22:00 NZDT")
    dash_duo.wait_for_contains_text(f"#{ids.HEADER}", f"{len(frame)} dated event")
    until(lambda: _drawn(dash_duo) == sorted(frame["event_id"]), timeout=10)
    assert dash_duo.get_logs() == []


def test_dash011_article_without_events_shows_notice(dash_duo: Any) -> None:
    article = article_from_text("Nothing here has a date.", "2024-03-20T09:00+00:00")
    _start(dash_duo, create_app(article=article))
    dash_duo.wait_for_contains_text(f"#{ids.NOTICE}", NO_EVENTS)
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH}", EMPTY_MESSAGE)


def test_dash002_draws_one_mark_per_event(dash_duo: Any, case: Case) -> None:
    _start(dash_duo, case.app)
    instant = (case.frame["end"] - case.frame["start"]) <= pd.Timedelta(minutes=1)
    until(lambda: _drawn(dash_duo) == sorted(case.frame["event_id"]), timeout=10)
    kinds = {m[0]: (m[1], m[2]) for m in _marks(dash_duo)}
    assert sorted(k for k, v in kinds.items() if v == ("scatter", "diamond")) == sorted(
        case.frame.loc[instant, "event_id"]
    )
    assert sorted(k for k, v in kinds.items() if v[0] == "bar") == sorted(
        case.frame.loc[~instant, "event_id"]
    )


def test_dash003_click_event_shows_its_sentence(dash_duo: Any, case: Case) -> None:
    _start(dash_duo, case.app)
    element, event_id = _widest_bar(dash_duo)
    ActionChains(dash_duo.driver).move_to_element(element).click().perform()
    event = find_event(case.frame, event_id)
    assert event is not None
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", event["title"])
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS_SENTENCE}", event["sentence"][:60])
    marks = dash_duo.find_elements(f"#{ids.DETAILS_SENTENCE} mark")
    assert event["time_text"] in [m.text for m in marks]


def test_dash004_click_instant_marker(dash_duo: Any, sample_case: Case) -> None:
    _start(dash_duo, sample_case.app)
    dot = _mark(dash_duo, "e2")  # the one instant
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
    row = _first_loaded_row(dash_duo)
    event = find_event(case.frame, row.get_attribute("row-id"))
    assert event is not None
    row.find_element("css selector", ".ag-cell").click()
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", event["title"])
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS_SENTENCE}", event["sentence"][:60])
    others = sorted(set(case.frame["event_id"]) - {event["event_id"]})
    until(lambda: _dimmed(dash_duo) == others, timeout=10)  # all but the selected one


def test_dash007_lane_switch_shows_actor_lanes(dash_duo: Any, sample_case: Case) -> None:
    _start(dash_duo, sample_case.app)
    dash_duo.find_element(f"#{ids.LAYOUT} input[value='lanes']").click()  # a story has none
    dash_duo.find_element(f"#{ids.LANE} input[value='actor']").click()
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH} .yaxislayer-above", "Corrie Parnell")
    until(lambda: dash_duo.driver.current_url.endswith("/?lane=actor&layout=lanes"), timeout=5)
    until(lambda: _drawn(dash_duo) == ["e1", "e2", "e3", "e3", "e4"], timeout=10)  # 2 actors


def _downloaded(path: Path, timeout: float = 20) -> None:
    """Wait for a download to be written: on a loaded machine the browser's file shows up
    under its final name before its bytes do."""
    until(lambda: path.is_file() and path.stat().st_size > 0, timeout=timeout)


def test_dash008_download_png(dash_duo: Any, case: Case, image_renderer: None) -> None:
    _start(dash_duo, case.app)
    dash_duo.find_element(f"#{ids.EXPORT_PNG}").click()
    target = Path(dash_duo.download_path) / _export_name(case.article, "png")
    _downloaded(target, timeout=60)
    assert target.read_bytes().startswith(PNG_SIGNATURE)
    dash_duo.wait_for_contains_text(f"#{ids.EXPORT_MESSAGE}", "Saved")


def test_dash009_download_json_and_csv(dash_duo: Any, case: Case) -> None:
    _start(dash_duo, case.app)
    folder = Path(dash_duo.download_path)
    dash_duo.find_element(f"#{ids.EXPORT_JSON}").click()
    json_file = folder / _export_name(case.article, "json")
    _downloaded(json_file)
    records = json.loads(json_file.read_text(encoding="utf-8"))
    assert [r["event_id"] for r in records] == list(case.frame["event_id"])
    dash_duo.find_element(f"#{ids.EXPORT_CSV}").click()
    csv_file = folder / _export_name(case.article, "csv")
    _downloaded(csv_file)
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


def _widest_bar(dash_duo: Any) -> tuple[Any, str]:
    """The element and event id of the widest bar wholly in view: its middle is safe to
    click (a bar cut by the edge of the view may have its middle outside it)."""
    plot = dash_duo.find_element(f"#{ids.GRAPH} .nsewdrag").rect
    inside = [
        (m[4].rect["width"], m[0], m[4])
        for m in _marks(dash_duo)
        if m[1] == "bar"
        and plot["x"] <= m[4].rect["x"]
        and m[4].rect["x"] + m[4].rect["width"] <= plot["x"] + plot["width"]
    ]
    _, event_id, element = max(inside, key=lambda m: m[0])
    return element, event_id


def _export_name(article: Article, suffix: str) -> str:
    return export_name(article.headline, article.published, suffix)


def _first_loaded_row(dash_duo: Any) -> Any:
    """The table's first row once its data is in. The grid loads rows from the server a block
    at a time (infinite row model) and shows placeholder rows until a block arrives."""
    until(
        lambda: dash_duo.driver.execute_script(
            f"const n = dash_ag_grid.getApi('{ids.GRID}').getDisplayedRowAtIndex(0);"
            "return !!(n && n.data);"
        ),
        timeout=10,
    )
    return dash_duo.wait_for_element(
        f"#{ids.GRID} .ag-center-cols-container .ag-row[row-index='0'][row-id]"
    )


def _grid_ids(dash_duo: Any) -> list[str]:
    """The event ids of the rows the grid holds. The grid loads rows from the server a block
    at a time (infinite row model), so nodes of a block still loading have no data yet."""
    return sorted(
        dash_duo.driver.execute_script(
            f"const ids = []; dash_ag_grid.getApi('{ids.GRID}')"
            ".forEachNode(n => { if (n.data) { ids.push(n.data.event_id); } }); return ids;"
        )
    )


def _dimmed(dash_duo: Any) -> list[str]:
    """The ids of the events Plotly drew as unselected (opacity 0.25 on the mark's path)."""
    return sorted({m[0] for m in _marks(dash_duo) if m[3] < 0.5})


# --- shaping for the new views, no browser --------------------------------------------------


def test_article_pieces_mark_times_and_sentence() -> None:
    from dashboard.data import article_pieces

    text = "On Monday it rained. Then on Tuesday it snowed."
    pieces = article_pieces(text, [(0, 9), (26, 36)], (21, 47))
    assert [(p.role, p.text) for p in pieces] == [
        ("time", "On Monday"),
        ("plain", " it rained. "),
        ("sentence", "Then "),
        ("sentence-time", "on Tuesday"),
        ("sentence", " it snowed."),
    ]
    assert "".join(p.text for p in pieces) == text


def test_neighbour_steps_and_stops_at_ends() -> None:
    from dashboard.data import neighbour

    order = ["a", "b", "c"]
    assert neighbour(order, None, 1) == "a" and neighbour(order, None, -1) == "c"
    assert neighbour(order, "b", 1) == "c" and neighbour(order, "c", 1) == "c"
    assert neighbour([], "x", 1) is None


def test_display_zone_modes() -> None:
    from dashboard.data import display_zone

    assert display_zone("article", "Pacific/Auckland", "Europe/Paris") == "Pacific/Auckland"
    assert display_zone("UTC", "Pacific/Auckland", None) == "UTC"
    assert display_zone("viewer", "Pacific/Auckland", "Europe/Paris") == "Europe/Paris"
    assert display_zone("viewer", "Pacific/Auckland", "Not/AZone") == "Pacific/Auckland"


def test_articles_from_inputs_need_text_and_a_time() -> None:
    from dashboard.ingest import Form, articles_from_inputs
    from timeline.ingest import InputError

    with pytest.raises(InputError, match="Paste an article"):
        articles_from_inputs("  ", [], Form("2024-03-20T09:00+00:00"))
    with pytest.raises(InputError, match="No publication time"):
        articles_from_inputs("It rained yesterday.", [], Form(""))
    files = [{"name": "b.html", "text": "Snow on Monday.", "published": "2024-03-20"}]
    made = articles_from_inputs(None, files, Form("", "Europe/London"))
    assert made[0].published.isoformat() == "2024-03-20T00:00:00+00:00"
    assert made[0].doc_id.startswith("b-")


def test_articles_from_inputs_take_headline_and_source_from_the_form() -> None:
    from dashboard.ingest import Form, articles_from_inputs

    page = {
        "name": "p.html",
        "text": "Hail on Friday.",
        "published": "2024-03-22",
        "title": "Hail storm",
        "source": "Weather Desk",
    }
    text = {"name": "t.txt", "text": "Fog on Sunday.", "published": "2024-03-24"}
    form = Form("2024-03-25T09:00+00:00", None, "  Rain,  again ", " The Herald ")
    pasted, *files = articles_from_inputs("It rained yesterday.", [page, text], form)
    assert (pasted.title, pasted.headline, pasted.source) == (
        "Rain, again",
        "Rain, again",
        "The Herald",
    )
    assert [(a.title, a.source) for a in files] == [
        ("Hail storm", "The Herald"),
        ("", "The Herald"),
    ]
    assert files[1].headline == "Fog on Sunday."  # no title: the lede, never the id
    (alone,) = articles_from_inputs(None, [page], Form(None, "UTC", "Hail, hail", None))
    assert (alone.title, alone.source, alone.published.isoformat()) == (
        "Hail, hail",
        "Weather Desk",
        "2024-03-22T00:00:00+00:00",
    )
    both = articles_from_inputs(None, [page, text], Form(None, "UTC", "Which one?", ""))
    assert [a.title for a in both] == ["Hail storm", ""]  # several files keep their own


# --- filters, URL, linked views, new articles, exports (browser) ----------------------------


def _grid_count(dash_duo: Any) -> int:
    return int(
        dash_duo.driver.execute_script(
            f"return dash_ag_grid.getApi('{ids.GRID}').getDisplayedRowCount()"
        )
    )


def _visit(dash_duo: Any, app: dash.Dash, query: str) -> None:
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url + "/" + query)
    dash_duo.wait_for_element(f"#{ids.GRAPH} .main-svg")


def test_dash012_url_restores_filtered_view(dash_duo: Any, case: Case) -> None:
    from timeline import filters, viewstate

    query = "?kind=statement&q=witness"
    expected = filters.apply(case.frame, viewstate.parse(query).filters)
    assert 0 < len(expected) < len(case.frame)
    _visit(dash_duo, case.app, query)
    until(lambda: _grid_ids(dash_duo) == sorted(expected["event_id"]), timeout=10)
    until(lambda: _drawn(dash_duo) == sorted(expected["event_id"]), timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", f"{len(expected)} of {len(case.frame)}")
    assert dash_duo.find_element(f"#{ids.SEARCH}").get_attribute("value") == "witness"


def test_dash013_kind_filter_changes_chart_table_and_url(dash_duo: Any, case: Case) -> None:
    _visit(dash_duo, case.app, "")
    until(lambda: _drawn(dash_duo) == sorted(case.frame["event_id"]), timeout=10)
    dash_duo.select_dcc_dropdown(f"#{ids.FILTER_INPUTS['kind']}", value="status")
    status = case.frame[case.frame["kind"] == "status"]
    until(lambda: _drawn(dash_duo) == sorted(status["event_id"]), timeout=10)
    until(lambda: _grid_count(dash_duo) == len(status), timeout=10)
    until(lambda: "kind=status" in dash_duo.driver.current_url, timeout=5)


def test_dash014_search_finds_a_sentence(dash_duo: Any, case: Case) -> None:
    _visit(dash_duo, case.app, "")
    # the grid's first load answered before the search is typed, as a reader sees it: a
    # search sent while that load is in flight raced it in one CI run
    until(lambda: _grid_count(dash_duo) == len(case.frame), timeout=10)
    box = dash_duo.find_element(f"#{ids.SEARCH}")
    box.send_keys("campervans\n")
    hits = case.frame[case.frame["sentence"].str.contains("campervans")]
    assert len(hits) >= 1
    until(lambda: _grid_ids(dash_duo) == sorted(hits["event_id"]), timeout=10)
    until(lambda: "q=campervans" in dash_duo.driver.current_url, timeout=5)
    dash_duo.find_element(f"#{ids.CLEAR_FILTERS}").click()
    until(lambda: _grid_count(dash_duo) == len(case.frame), timeout=10)


def test_dash015_row_click_links_chart_and_article(dash_duo: Any, case: Case) -> None:
    _visit(dash_duo, case.app, "")
    row = _first_loaded_row(dash_duo)
    event = find_event(case.frame, row.get_attribute("row-id"))
    assert event is not None
    row.find_element("css selector", ".ag-cell").click()
    dash_duo.wait_for_contains_text(f"#{ids.ARTICLE_SENTENCE}", event["sentence"][:20])
    times = [m.text for m in dash_duo.find_elements(f"#{ids.ARTICLE_PANE} .time-mark")]
    assert any(event["time_text"] in t for t in times)
    assert len(times) >= case.frame["char_start"].nunique()  # every time, not just this one
    until(
        lambda: _dimmed(dash_duo) == sorted(set(case.frame["event_id"]) - {event["event_id"]}),
        timeout=10,
    )
    until(lambda: _in_pane(dash_duo), timeout=5)  # the sentence is scrolled into view


def test_dash016_keyboard_and_buttons_step_through_events(dash_duo: Any, sample_case: Case) -> None:
    _start(dash_duo, sample_case.app)
    dash_duo.wait_for_element(f"#{ids.GRID} .ag-row")
    dash_duo.find_element(f"#{ids.NEXT}").click()  # first in table order (by start): e4
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "Protester numbers vary")
    dash_duo.find_element("body").send_keys("\ue014")  # ArrowRight on the page
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "No incidents of note")
    dash_duo.find_element(f"#{ids.PREV}").click()
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "Protester numbers vary")
    for button in (ids.PREV, ids.NEXT, ids.EXPORT_PNG):
        assert (
            dash_duo.find_element(f"#{button}").get_attribute("aria-label")
            or dash_duo.find_element(f"#{button}").text
        )
    for key in ids.FILTER_INPUTS.values():
        assert dash_duo.find_elements(f"label[for='{key}']"), key


def test_dash017_upload_builds_a_merged_timeline(
    dash_duo: Any, sample_case: Case, tmp_path: Path
) -> None:
    _start(dash_duo, sample_case.app)
    first = tmp_path / "storm.txt"
    first.write_text("On Monday night a storm closed the harbour road.\n", encoding="utf-8")
    second = tmp_path / "page.html"
    second.write_text(
        "<html><body><article><p>The council said yesterday that the road would reopen "
        "on Friday morning after repairs to the sea wall.</p></article></body></html>",
        encoding="utf-8",
    )
    dash_duo.find_element(".ingest summary").click()
    upload = dash_duo.find_element(f"#{ids.UPLOAD} input[type='file']")
    upload.send_keys(f"{first}\n{second}")
    dash_duo.wait_for_contains_text(f"#{ids.UPLOAD_LIST}", "page.html")
    dash_duo.find_element(f"#{ids.PUBLISHED}").send_keys("2024-03-20T09:00+00:00")
    dash_duo.find_element(f"#{ids.ZONE_INPUT}").send_keys("Europe/London")
    dash_duo.find_element(f"#{ids.BUILD}").click()
    dash_duo.wait_for_contains_text(f"#{ids.INGEST_MESSAGE}", "Built the timeline of 2", 60)
    dash_duo.wait_for_contains_text(f"#{ids.HEADER}", "2 articles")
    until(lambda: _grid_count(dash_duo) >= 2, timeout=10)
    docs = dash_duo.driver.execute_script(
        f"const d = new Set(); dash_ag_grid.getApi('{ids.GRID}')"
        ".forEachNode(n => { if (n.data) { d.add(n.data.event_id); } }); return d.size;"
    )
    assert docs == _grid_count(dash_duo)
    assert "sea wall" in dash_duo.find_element(f"#{ids.ARTICLE_PANE}").text  # page.html first


def test_dash018_bad_input_gets_a_message(dash_duo: Any, sample_case: Case, tmp_path: Path) -> None:
    _start(dash_duo, sample_case.app)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    dash_duo.find_element(".ingest summary").click()
    dash_duo.find_element(f"#{ids.UPLOAD} input[type='file']").send_keys(str(binary))
    dash_duo.wait_for_contains_text(f"#{ids.INGEST_MESSAGE}", "binary file")
    dash_duo.find_element(f"#{ids.PASTE}").send_keys("It rained yesterday.")
    dash_duo.find_element(f"#{ids.BUILD}").click()
    dash_duo.wait_for_contains_text(f"#{ids.INGEST_MESSAGE}", "No publication time", 60)
    assert dash_duo.find_element(f"#{ids.INGEST_MESSAGE} [role='alert']")
    assert _drawn(dash_duo) == ["e1", "e2", "e3", "e4"]  # the timeline is unchanged


def test_dash019_exports_follow_the_filters(
    dash_duo: Any, case: Case, image_renderer: None
) -> None:
    from timeline import filters, viewstate

    query = "?kind=statement"
    expected = filters.apply(case.frame, viewstate.parse(query).filters)
    _visit(dash_duo, case.app, query)
    until(lambda: _grid_count(dash_duo) == len(expected), timeout=10)
    folder, name = Path(dash_duo.download_path), partial(_export_name, case.article)
    stem = name("").removesuffix(".")  # '2022-02-14-anti-mandate-protesters-...'
    checks = {
        ids.EXPORT_SVG: (name("svg"), lambda b: b"<svg" in b[:400] and b"Made with timeline" in b),
        ids.EXPORT_PDF: (name("pdf"), lambda b: b.startswith(b"%PDF")),
        ids.EXPORT_HTML: (
            name("html"),
            lambda b: (
                b'<html lang="en">' in b
                and html.escape(case.article.headline).encode() in b
                and re.search(rb"<script[^>]+src=", b) is None
            ),
        ),  # Plotly inlined
        ids.EXPORT_CSV: (name("csv"), None),
        ids.EXPORT_JSON: (name("json"), None),
        ids.EXPORT_TIMELINEJS: (f"{stem}-timelinejs.json", None),
    }
    for button, (file_name, ok) in checks.items():
        dash_duo.find_element(f"#{button}").click()
        target = folder / file_name
        _downloaded(target, timeout=60)
        if ok is not None:
            assert ok(target.read_bytes()), file_name
    assert len(pd.read_csv(folder / name("csv"))) == len(expected)
    records = json.loads((folder / name("json")).read_text(encoding="utf-8"))
    assert sorted(r["event_id"] for r in records) == sorted(expected["event_id"])
    tljs = json.loads((folder / f"{stem}-timelinejs.json").read_text(encoding="utf-8"))
    assert len(tljs["events"]) == len(expected)
    assert all("start_date" in e and "year" in e["start_date"] for e in tljs["events"])


def test_dash020_article_markup_is_shown_literally(dash_duo: Any) -> None:
    text = "Police said <script>alert(1)</script> and <b>x</b> happened yesterday.\n"
    article = article_from_text(text, "2024-03-20T09:00+00:00", "Europe/London", doc_id="evil")
    _start(dash_duo, create_app(article=article))
    pane = dash_duo.find_element(f"#{ids.ARTICLE_PANE}")
    until(lambda: "<script>alert(1)</script>" in pane.text, timeout=10)
    assert "<b>x</b>" in pane.text
    assert pane.find_elements("css selector", "script, b") == []
    assert dash_duo.driver.execute_script("return document.querySelectorAll('b').length") == 0
    dash_duo.find_element(f"#{ids.NEXT}").click()
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS_SENTENCE}", "<b>x</b>")


def test_dash021_zone_switch_redraws_in_utc(dash_duo: Any, sample_case: Case) -> None:
    _visit(dash_duo, sample_case.app, "?tz=UTC&lane=actor&layout=lanes")
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH} .xtitle", "Time (UTC)")
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH} .yaxislayer-above", "Corrie Parnell")
    dash_duo.find_element(f"#{ids.ZONE} input[value='article']").click()
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH} .xtitle", "Pacific/Auckland")
    until(lambda: "tz=" not in dash_duo.driver.current_url, timeout=5)


def _in_pane(dash_duo: Any) -> bool:
    """Whether the marked sentence lies inside the visible part of the article pane."""
    return bool(
        dash_duo.driver.execute_script(
            "const p = document.getElementById(arguments[0]);"
            "const m = document.getElementById(arguments[1]);"
            "if (!p || !m) { return false; }"
            "const a = p.getBoundingClientRect(), b = m.getBoundingClientRect();"
            "return b.top >= a.top - 1 && b.top <= a.bottom;",
            ids.ARTICLE_PANE,
            ids.ARTICLE_SENTENCE,
        )
    )


# --- many events: the table is served a slice at a time, the chart is binned ----------------


def _dataset(frame: pd.DataFrame, article: Article) -> Any:
    from dashboard.datasets import Dataset

    return Dataset(frame, {article.doc_id: article})


def test_grid_request_gets_exactly_its_slice(sample_frame, sample_article) -> None:
    from dashboard.data import rows_page

    data = _dataset(sample_frame, sample_article)
    request = {
        "startRow": 1,
        "endRow": 3,
        "sortModel": [{"colId": "when", "sort": "asc"}],
        "filterModel": {},
    }
    page = rows_page(data.table({}, request), request)
    assert page["rowCount"] == 4
    assert page["rowData"] == grid_rows(
        sample_frame.set_index("event_id").loc[["e3", "e1"]].reset_index()
    )  # e4 < e3 < e1 < e2 by start; rows 1 and 2
    assert [r["when"] for r in page["rowData"]] == ["2022-02-13 00:00", "2022-02-14 12:00"]


def test_grid_request_follows_page_filters_and_column_filters(sample_frame, sample_article) -> None:
    from dashboard.data import rows_page

    data = _dataset(sample_frame, sample_article)
    request = {
        "startRow": 0,
        "endRow": 100,
        "sortModel": [{"colId": "interval", "sort": "desc"}],
        "filterModel": {
            "actors": {"filterType": "text", "type": "contains", "filter": "PROTESTERS"}
        },
    }
    page = rows_page(data.table({"kind": ["status"]}, request), request)
    assert [r["event_id"] for r in page["rowData"]] == ["e3", "e4"]
    assert page["rowCount"] == 2
    none = {
        "startRow": 0,
        "endRow": 100,
        "filterModel": {"actors": {"filterType": "text", "type": "equals", "filter": "(none)"}},
    }
    assert [r["event_id"] for r in rows_page(data.table({}, none), none)["rowData"]] == ["e2"]
    past = {"startRow": 100, "endRow": 200}
    assert rows_page(data.table({}, past), past) == {"rowData": [], "rowCount": 4}


def test_grid_slices_of_many_events_are_the_sorted_view(sample_article) -> None:
    from benchmarks.dashboard import synthetic_frame
    from dashboard.data import rows_page

    frame = synthetic_frame(6000)
    data = _dataset(frame, sample_article)
    request = {"startRow": 200, "endRow": 300, "sortModel": [{"colId": "title", "sort": "desc"}]}
    page = rows_page(data.table({"kind": ["plan", "status"]}, request), request)
    kept = frame[frame["kind"].isin(["plan", "status"])]
    expected = kept.sort_values("title", ascending=False, kind="stable")["event_id"]
    assert page["rowCount"] == len(kept)
    assert [r["event_id"] for r in page["rowData"]] == list(expected.iloc[200:300])
    assert data.table({"kind": ["plan", "status"]}, request) is data.table(
        {"kind": ["plan", "status"]}, dict(request, startRow=0)
    )  # one sort for every slice


WINDOWS = [  # relayoutData, zone it was drawn in -> kept, then drawn in UTC (window, focus)
    (
        {"xaxis.range[0]": "2022-02-14 10:00", "xaxis.range[1]": "2022-02-14 20:00:00.5"},
        "Pacific/Auckland",
        {"start": "2022-02-14T10:00:00+13:00", "end": "2022-02-14T20:00:00.500000+13:00"},
        ((pd.Timestamp("2022-02-13 21:00"), pd.Timestamp("2022-02-14 07:00:00.5")), True),
    ),
    (
        {"xaxis.range": ["2022-02-13", "2022-02-14"]},
        "UTC",
        {"start": "2022-02-13T00:00:00+00:00", "end": "2022-02-14T00:00:00+00:00"},
        ((pd.Timestamp("2022-02-13"), pd.Timestamp("2022-02-14")), True),
    ),
    ({"xaxis.autorange": True}, "UTC", {"all": "yes"}, (None, False)),
    (
        {"xaxis.autorange": True, "xaxis.range": ["2022-02-13", "2022-02-14"]},
        "UTC",
        {"all": "yes"},
        (None, False),
    ),  # a double-click wins
    ({"autosize": True}, "UTC", None, (None, True)),  # says nothing about x: nothing kept
    ({"xaxis.range": ["2022-02-14", "2022-02-13"]}, "UTC", None, (None, True)),
    ({"xaxis.range": [3.5, 9]}, "UTC", None, (None, True)),  # a sequence axis: no times
    ({"xaxis.range[0]": "2022-02-14"}, "UTC", None, (None, True)),
    (None, "UTC", None, (None, True)),
]


@pytest.mark.parametrize(("relayout", "zone", "kept", "drawn"), WINDOWS)
def test_zoom_is_kept_as_instants(relayout: Any, zone: str, kept: Any, drawn: Any) -> None:
    from dashboard.data import figure_window, stored_window

    assert stored_window(relayout, zone) == kept
    assert figure_window(kept, "UTC") == drawn


def test_dash022_many_events_are_binned_and_served_in_slices(dash_duo: Any) -> None:
    from benchmarks.dashboard import synthetic_frame
    from timeline.figures import AGGREGATE_THRESHOLD

    frame = synthetic_frame(AGGREGATE_THRESHOLD + 1000)
    article = article_from_text(
        "A synthetic article.", "2022-03-01T12:00+13:00", "Pacific/Auckland"
    )
    _start(dash_duo, create_app(frame, article))
    dash_duo.wait_for_element(f"#{ids.GRAPH} .heatmaplayer")
    until(lambda: _grid_count(dash_duo) == len(frame), timeout=10)
    assert len(_grid_ids(dash_duo)) < len(frame)  # the browser holds only the rows it shows
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", f"{len(frame)} dated events")
    dash_duo.select_dcc_dropdown(f"#{ids.FILTER_INPUTS['kind']}", value="status")
    status = frame[frame["kind"] == "status"]
    assert len(status) <= AGGREGATE_THRESHOLD
    until(
        lambda: len(dash_duo.find_elements(f"#{ids.GRAPH} .heatmaplayer .hm")) == 0, timeout=10
    )  # few enough now: every event drawn again (WebGL)
    until(lambda: _grid_count(dash_duo) == len(status), timeout=10)
    first = status.sort_values("start", kind="stable").iloc[0]
    until(
        lambda: _grid_ids(dash_duo)[:1] != [] and first["event_id"] in _grid_ids(dash_duo),
        timeout=10,
    )
    dash_duo.find_element(f"#{ids.NEXT}").click()  # the first row in table order
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", first["title"])


# --- readable at a glance: view options, zoom, zones, headline, access, phones --------------


def test_served_page_is_english_and_sends_nothing_online(sample_case: Case) -> None:
    client = sample_case.app.server.test_client()
    index = client.get("/").get_data(as_text=True)
    layout = client.get("/_dash-layout").get_data(as_text=True)
    assert '<html lang="en">' in index
    assert re.findall(r"""(?:src|href)=["']?(?:https?:)?//""", index) == []  # all served here
    assert [s for s in ("plotly.com", "plot.ly", "chart-studio") if s in layout.lower()] == []
    config = _find(json.loads(layout), ids.GRAPH)["config"]
    assert {
        k: config[k]
        for k in ("displaylogo", "showLink", "showEditInChartStudio", "showSendToCloud")
    } == dict.fromkeys(
        ("displaylogo", "showLink", "showEditInChartStudio", "showSendToCloud"), False
    )
    assert "toImage" in config["modeBarButtonsToRemove"]


def _find(node: Any, component_id: str) -> dict[str, Any]:
    """The props of the component with that id in a served layout (JSON)."""
    if isinstance(node, dict):
        if node.get("props", {}).get("id") == component_id:
            return node["props"]
        children = list(node.values())
    else:
        children = node if isinstance(node, list) else []
    for child in children:
        found = _find(child, component_id) if isinstance(child, dict | list) else None
        if found:
            return found
    return {}


def test_table_and_details_follow_the_zone(sample_frame, sample_article) -> None:
    from dashboard.layout import event_details

    utc = grid_rows(sample_frame, "UTC")
    assert [r["when"] for r in utc] == [
        "2022-02-13 23:00",
        "2022-02-14 05:30",
        "2022-02-12 11:00",
        "2022-02-07 11:00",
    ]
    assert utc[1]["interval"] == "Mon 14 Feb 2022, 05:30 UTC"
    data = _dataset(sample_frame, sample_article)
    request = {
        "filterModel": {"when": {"filterType": "text", "type": "contains", "filter": "2022-02-13"}}
    }
    assert list(data.table({}, request, "UTC")["event_id"]) == ["e1"]
    assert list(data.table({}, request)["event_id"]) == ["e3"]  # in the article's zone
    event = find_event(sample_frame, "e2")
    assert event is not None
    facts = str(event_details(event, sample_article.text, "UTC"))
    assert "Mon 14 Feb 2022, 05:30 UTC" in facts and "2022-02-14T05:30:00+00:00" in facts
    assert "+13:00" not in facts


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every figure the server has drawn, as the keyword arguments it was drawn with."""
    from dashboard import callbacks

    calls: list[dict[str, Any]] = []
    draw = callbacks.timeline_figure

    def spy(df: pd.DataFrame, **kwargs: Any) -> Any:
        figure = draw(df, **kwargs)
        calls.append(kwargs)
        return figure

    monkeypatch.setattr(callbacks, "timeline_figure", spy)
    monkeypatch.setattr(callbacks.FIGURES, "shared", None)  # not figures earlier tests built
    return calls


def _x_range(dash_duo: Any) -> list[pd.Timestamp]:
    return [
        pd.Timestamp(v)
        for v in dash_duo.driver.execute_script(
            "return document.querySelector(arguments[0]).layout.xaxis.range",
            f"#{ids.GRAPH} .js-plotly-plot",
        )
    ]


def _relayout(dash_duo: Any, update: dict[str, Any]) -> None:
    dash_duo.driver.execute_script(
        "Plotly.relayout(document.querySelector(arguments[0]), arguments[1])",
        f"#{ids.GRAPH} .js-plotly-plot",
        update,
    )


def test_dash023_zoom_redraws_labels_and_selection_keeps_it(
    dash_duo: Any, sample_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _spy(monkeypatch)
    _start(dash_duo, sample_case.app)
    width = dash_duo.driver.execute_script(
        "return document.getElementById(arguments[0]).clientWidth", ids.GRAPH
    )
    until(lambda: calls and calls[-1]["width"] == width, timeout=10)  # measured, not guessed
    assert calls[-1]["window"] is None and calls[-1]["focus"] is True
    window = (pd.Timestamp("2022-02-14 10:00"), pd.Timestamp("2022-02-14 20:00"))
    _relayout(dash_duo, {"xaxis.range": [str(t) for t in window]})
    until(lambda: calls[-1]["window"] == window, timeout=10)  # labels laid out for the zoom
    until(lambda: _x_range(dash_duo) == list(window), timeout=10)
    dash_duo.find_element(f"#{ids.NEXT}").click()
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "Protester numbers vary")
    # the zoomed view's figure, kept by the server, with e4 selected on it (no new build)
    until(lambda: _dimmed(dash_duo) and "e4" not in _dimmed(dash_duo), timeout=10)
    assert calls[-1]["window"] == window
    assert _x_range(dash_duo) == list(window)  # selecting kept the zoom
    dash_duo.find_element(f"#{ids.ZONE} input[value='UTC']").click()
    utc = (pd.Timestamp("2022-02-13 21:00"), pd.Timestamp("2022-02-14 07:00"))
    until(lambda: calls[-1]["zone"] == "UTC", timeout=10)
    assert calls[-1]["window"] == utc  # the same stretch of time, in UTC
    until(lambda: _x_range(dash_duo) == list(utc), timeout=10)
    _relayout(dash_duo, {"xaxis.autorange": True})  # a double-click, autoscale or 'all'
    until(lambda: calls[-1]["window"] is None and calls[-1]["focus"] is False, timeout=10)
    dash_duo.driver.set_window_size(900, 1000)
    narrower = dash_duo.driver.execute_script(
        "return document.getElementById(arguments[0]).clientWidth", ids.GRAPH
    )
    assert narrower < width
    until(lambda: calls[-1]["width"] == narrower, timeout=10)  # labels re-flow on resize
    assert calls[-1]["focus"] is False
    until(
        lambda: (
            dash_duo.driver.execute_script(  # the page has that figure
                "return document.querySelector(arguments[0]).layout.width",
                f"#{ids.GRAPH} .js-plotly-plot",
            )
            == narrower
        ),
        timeout=10,
    )


def test_dash024_zone_switch_changes_table_and_details(dash_duo: Any, sample_case: Case) -> None:
    _start(dash_duo, sample_case.app)
    _first_loaded_row(dash_duo)
    first = "const n = dash_ag_grid.getApi(arguments[0]).getDisplayedRowAtIndex(0); return n.data;"
    assert dash_duo.driver.execute_script(first, ids.GRID)["when"] == "2022-02-08 00:00"
    dash_duo.find_element(f"#{ids.NEXT}").click()
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "2022-02-08T00:00:00+13:00")
    dash_duo.find_element(f"#{ids.ZONE} input[value='UTC']").click()
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "2022-02-07T11:00:00+00:00")
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "Mon 7 Feb 2022 11:00")
    dash_duo.wait_for_text_to_equal(f"#{ids.TABLE_ZONE}", "Times are in UTC.")
    until(
        lambda: (
            (dash_duo.driver.execute_script(first, ids.GRID) or {}).get("when")
            == "2022-02-07 11:00"
        ),
        timeout=10,
    )
    cell = f"#{ids.GRID} .ag-row[row-id='e2'] [col-id='when']"
    dash_duo.wait_for_text_to_equal(cell, "2022-02-14 05:30")
    dash_duo.find_element(f"#{ids.ZONE} input[value='article']").click()
    dash_duo.wait_for_text_to_equal(cell, "2022-02-14 18:30")
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", "2022-02-08T00:00:00+13:00")


def test_dash025_no_online_service_in_the_page(dash_duo: Any, sample_case: Case) -> None:
    _start(dash_duo, sample_case.app)
    context = dash_duo.driver.execute_script(
        "const c = document.querySelector(arguments[0])._context; return [c.displaylogo,"
        " c.showSendToCloud, c.showLink, c.showEditInChartStudio];",
        f"#{ids.GRAPH} .js-plotly-plot",
    )
    assert context[:2] == [False, False]
    assert True not in context[2:]  # Plotly.js 3 dropped these links: never switched on
    ActionChains(dash_duo.driver).move_to_element(
        dash_duo.find_element(f"#{ids.GRAPH} .nsewdrag")
    ).perform()
    dash_duo.wait_for_element(f"#{ids.GRAPH} .modebar-btn")
    titles = [
        b.get_attribute("data-title") for b in dash_duo.find_elements(f"#{ids.GRAPH} .modebar-btn")
    ]
    assert titles and not [t for t in titles if "png" in t.lower() or "download" in t.lower()]
    shown = dash_duo.driver.execute_script(
        "return (document.body.innerText + document.getElementById(arguments[0]).outerHTML)"
        ".toLowerCase()",
        ids.GRAPH,
    )
    assert [s for s in ("plotly.com", "plot.ly", "chart-studio") if s in shown] == []
    dev = "return JSON.parse(document.getElementById('_dash-config').textContent).ui"
    assert dash_duo.driver.execute_script(dev) is False  # Dash's version check never runs
    origin = dash_duo.server_url
    links = dash_duo.driver.execute_script(
        "return Array.from(document.querySelectorAll('[href], [src]'))"
        ".map(e => e.href || e.src).filter(u => u && !u.startsWith('data:'))"
    )
    assert links and [u for u in links if not u.startswith(origin)] == []


_NAMED_BY = """
const text = refs => refs.split(' ').map(r => (document.getElementById(r) || {}).textContent || '')
  .join(' ').trim();
const name = el => el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby')
  ? text(el.getAttribute('aria-labelledby'))
  : (el.tagName === 'FIELDSET' && el.querySelector('legend') || {}).textContent || '');
"""


def _group_names(dash_duo: Any) -> list[tuple[str, str]]:
    """(value, accessible name of the group around it) for every radio button and checkbox:
    the nearest listbox, radio group, group or fieldset."""
    return [
        tuple(x)
        for x in dash_duo.driver.execute_script(
            _NAMED_BY + "return Array.from(document.querySelectorAll('input[type=radio],"
            " input[type=checkbox]')).map(i => [i.value, name(i.closest('[role=listbox],"
            " [role=radiogroup], [role=group], fieldset')).trim()]);"
        )
    ]


def _name(dash_duo: Any, component_id: str) -> str:
    """A component's accessible name (white space collapsed, as browsers do)."""
    return " ".join(
        dash_duo.driver.execute_script(
            _NAMED_BY + "return name(document.getElementById(arguments[0]));", component_id
        ).split()
    )


def test_dash026_language_names_and_text_alternative(dash_duo: Any, case: Case) -> None:
    from timeline import filters
    from timeline.summary import chart_summary

    _start(dash_duo, case.app)
    assert dash_duo.driver.execute_script("return document.documentElement.lang") == "en"
    assert _group_names(dash_duo) == [
        *((v, "Group by") for v in ("kind", "actor", "article", "none")),
        *((v, "Times") for v in ("article", "UTC", "viewer")),
        *((v, "Layout") for v in ("auto", "story", "lanes")),
        *((v, "Axis") for v in ("auto", "time", "sequence")),
    ]
    assert _name(dash_duo, ids.FILTER_INPUTS["kind"]) == "Kind Any kind"
    chart = dash_duo.find_element(f"#{ids.CHART}")
    assert chart.get_attribute("aria-label") == "Timeline chart"
    summary = f"#{chart.get_attribute('aria-describedby')}"
    dash_duo.wait_for_text_to_equal(summary, chart_summary(case.frame), timeout=10)
    assert "Every event is listed in the table." in chart_summary(case.frame)
    skip = dash_duo.find_element(f"#{ids.CHART} figcaption a")
    assert skip.get_attribute("href").endswith(f"#{ids.TABLE}")
    assert dash_duo.find_element(f"#{ids.TABLE} #{ids.GRID}")
    dash_duo.select_dcc_dropdown(f"#{ids.FILTER_INPUTS['kind']}", value="status")
    status = filters.apply(case.frame, {"kind": ["status"]})
    dash_duo.wait_for_text_to_equal(summary, chart_summary(status), timeout=10)
    assert chart_summary(status) != chart_summary(case.frame)
    dash_duo.find_element(f"#{ids.ZONE} input[value='UTC']").click()
    dash_duo.wait_for_text_to_equal(summary, chart_summary(status, "UTC"), timeout=10)


_RECT = (
    "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
    " return [r.left, r.top + window.scrollY, r.right, r.bottom + window.scrollY];"
)


def test_dash027_phone_shows_the_chart_early_and_uncluttered(dash_duo: Any, case: Case) -> None:
    dash_duo.driver.set_window_size(390, 844)
    _start(dash_duo, case.app)
    until(lambda: _drawn(dash_duo) == sorted(case.frame["event_id"]), timeout=10)
    top = dash_duo.driver.execute_script(_RECT, f"#{ids.GRAPH}")[1]
    assert top < 2 * 844, top  # the chart is within the first two screens
    for width in (390, 1000):  # the modebar is clear of title and legend, phone or desktop
        dash_duo.driver.set_window_size(width, 844)
        until(
            lambda: dash_duo.driver.execute_script(
                "return document.querySelector(arguments[0]).layout.width ==="
                " document.getElementById(arguments[1]).clientWidth",
                f"#{ids.GRAPH} .js-plotly-plot",
                ids.GRAPH,
            ),
            timeout=10,
        )
        modebar = dash_duo.driver.execute_script(_RECT, f"#{ids.GRAPH} .modebar")
        for part in (".legend", ".gtitle"):
            box = dash_duo.driver.execute_script(_RECT, f"#{ids.GRAPH} {part}")
            assert not _overlap(box, modebar), (width, part, box, modebar)


def test_dash029_phone_hover_stays_on_screen(dash_duo: Any, case: Case) -> None:
    dash_duo.driver.set_window_size(390, 844)
    _start(dash_duo, case.app)
    until(lambda: _drawn(dash_duo) == sorted(case.frame["event_id"]), timeout=10)
    width = dash_duo.driver.execute_script("return document.documentElement.clientWidth")
    hovered = 0
    box_of = "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.right, r.bottom]"
    drag = f"#{ids.GRAPH} .nsewdrag"
    for element in (m[4] for m in _marks(dash_duo)):
        dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        plot = dash_duo.driver.execute_script(box_of, dash_duo.find_element(drag))
        mark = dash_duo.driver.execute_script(box_of, element)
        left, right = max(mark[0], plot[0]), min(mark[2], plot[2])  # a bar may run off the plot
        if right - left < 2:
            continue
        pointer = ActionBuilder(dash_duo.driver)
        middle = (int((left + right) / 2), int((mark[1] + mark[3]) / 2))
        pointer.pointer_action.move_to_location(*middle)
        pointer.perform()
        box = dash_duo.wait_for_element(f"#{ids.GRAPH} .hoverlayer .hovertext").rect
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
        hovered += 1
    assert hovered >= len(case.frame) - 2  # at most a mark or two wholly outside the view


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_dash028_headline_never_an_id(dash_duo: Any, tmp_path: Path) -> None:
    text = "Rain closed the coast road on Monday night. Crews reopened it on Tuesday.\n"
    article = article_from_text(
        text, "2024-03-20T09:00+00:00", "Europe/London", doc_id="pasted-564318c0"
    )
    _start(dash_duo, create_app(article=article))
    dash_duo.wait_for_text_to_equal(f"#{ids.HEADER} h1", article.headline)
    until(
        lambda: (
            article.headline
            in dash_duo.driver.execute_script(
                "return document.querySelector(arguments[0]).layout.title.text",
                f"#{ids.GRAPH} .js-plotly-plot",
            )
        ),
        timeout=10,
    )
    dash_duo.find_element(f"#{ids.FILTER_INPUTS['doc']}").click()
    dash_duo.wait_for_text_to_equal(".dash-dropdown-option", article.headline)
    dash_duo.find_element(f"#{ids.EXPORT_CSV}").click()
    until((Path(dash_duo.download_path) / _export_name(article, "csv")).is_file, timeout=20)
    page = dash_duo.driver.execute_script("return document.body.innerText + document.title")
    assert "pasted-564318c0" not in page
    assert not [p.name for p in Path(dash_duo.download_path).iterdir() if "pasted" in p.name]
    dash_duo.find_element(".ingest summary").click()
    dash_duo.find_element(f"#{ids.PASTE}").send_keys("Hail fell on Friday morning.")
    dash_duo.find_element(f"#{ids.HEADLINE_INPUT}").send_keys("Hail in the hills")
    dash_duo.find_element(f"#{ids.SOURCE_INPUT}").send_keys("The Valley Post")
    dash_duo.find_element(f"#{ids.PUBLISHED}").send_keys("2024-03-23T09:00+00:00")
    dash_duo.find_element(f"#{ids.BUILD}").click()
    dash_duo.wait_for_text_to_equal(f"#{ids.HEADER} h1", "Hail in the hills", timeout=60)
    dash_duo.wait_for_contains_text(f"#{ids.HEADER}", "The Valley Post")


def test_article_lanes_never_show_an_id() -> None:
    from dashboard.callbacks import chart_figure
    from dashboard.datasets import Dataset
    from timeline.viewstate import View

    text = "Rain closed the coast road on Monday night. Crews reopened it on Tuesday.\n"
    article = article_from_text(
        text, "2024-03-20T09:00+00:00", "Europe/London", doc_id="pasted-564318c0"
    )
    frame, _ = load_events(article)
    data = Dataset(frame, {article.doc_id: article})
    fig = chart_figure(data, View(lane="article", layout="lanes"), None, None, width=1000)
    shown = [*fig.layout.yaxis.ticktext, *(a.text for a in fig.layout.annotations)]
    assert shown and [t for t in shown if "pasted-564318c0" in t] == []
    assert fig.layout.yaxis.ticktext == ("Rain closed the coast road…",)  # the headline, cut
