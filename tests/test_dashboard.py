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
        "Mon 14 Feb 2022, 22:00 NZDT (Pacific/Auckland, UTC+13:00)"
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
    row = _first_loaded_row(dash_duo)
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


def _first_loaded_row(dash_duo: Any) -> Any:
    """The table's first row once its data is in. The grid loads rows from the server a block
    at a time (infinite row model) and shows placeholder rows until a block arrives."""
    until(lambda: dash_duo.driver.execute_script(
        f"const n = dash_ag_grid.getApi('{ids.GRID}').getDisplayedRowAtIndex(0);"
        "return !!(n && n.data);"), timeout=10)
    return dash_duo.wait_for_element(
        f"#{ids.GRID} .ag-center-cols-container .ag-row[row-index='0'][row-id]")


def _grid_ids(dash_duo: Any) -> list[str]:
    """The event ids of the rows the grid holds. The grid loads rows from the server a block
    at a time (infinite row model), so nodes of a block still loading have no data yet."""
    return sorted(
        dash_duo.driver.execute_script(
            f"const ids = []; dash_ag_grid.getApi('{ids.GRID}')"
            ".forEachNode(n => { if (n.data) { ids.push(n.data.event_id); } }); return ids;"
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


# --- shaping for the new views, no browser --------------------------------------------------


def test_article_pieces_mark_times_and_sentence() -> None:
    from dashboard.data import article_pieces

    text = "On Monday it rained. Then on Tuesday it snowed."
    pieces = article_pieces(text, [(0, 9), (26, 36)], (21, 47))
    assert [(p.role, p.text) for p in pieces] == [
        ("time", "On Monday"), ("plain", " it rained. "), ("sentence", "Then "),
        ("sentence-time", "on Tuesday"), ("sentence", " it snowed."),
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
    from dashboard.ingest import articles_from_inputs
    from timeline.ingest import InputError

    with pytest.raises(InputError, match="Paste an article"):
        articles_from_inputs("  ", [], "2024-03-20T09:00+00:00", None)
    with pytest.raises(InputError, match="No publication time"):
        articles_from_inputs("It rained yesterday.", [], "", None)
    files = [{"name": "b.html", "text": "Snow on Monday.", "published": "2024-03-20"}]
    made = articles_from_inputs(None, files, "", "Europe/London")
    assert made[0].published.isoformat() == "2024-03-20T00:00:00+00:00"
    assert made[0].doc_id.startswith("b-")


# --- filters, URL, linked views, new articles, exports (browser) ----------------------------


def _grid_count(dash_duo: Any) -> int:
    return int(dash_duo.driver.execute_script(
        f"return dash_ag_grid.getApi('{ids.GRID}').getDisplayedRowCount()"
    ))


def _visit(dash_duo: Any, app: dash.Dash, query: str) -> None:
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url + "/" + query)
    dash_duo.wait_for_element(f"#{ids.GRAPH} .main-svg")


def test_dash012_url_restores_filtered_view(dash_duo: Any, case: Case) -> None:
    from timeline import filters

    query = "?kind=statement&q=witness"
    expected = filters.apply(case.frame, filters.parse_query(query))
    assert 0 < len(expected) < len(case.frame)
    _visit(dash_duo, case.app, query)
    until(lambda: _grid_ids(dash_duo) == sorted(expected["event_id"]), timeout=10)
    until(lambda: len(_points(dash_duo)) == len(expected), timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", f"{len(expected)} of {len(case.frame)}")
    assert dash_duo.find_element(f"#{ids.SEARCH}").get_attribute("value") == "witness"


def test_dash013_kind_filter_changes_chart_table_and_url(dash_duo: Any, case: Case) -> None:
    _visit(dash_duo, case.app, "")
    until(lambda: len(_points(dash_duo)) == len(case.frame), timeout=10)
    dash_duo.select_dcc_dropdown(f"#{ids.FILTER_INPUTS['kind']}", value="status")
    status = case.frame[case.frame["kind"] == "status"]
    until(lambda: len(_points(dash_duo)) == len(status), timeout=10)
    until(lambda: _grid_count(dash_duo) == len(status), timeout=10)
    until(lambda: "kind=status" in dash_duo.driver.current_url, timeout=5)


def test_dash014_search_finds_a_sentence(dash_duo: Any, case: Case) -> None:
    _visit(dash_duo, case.app, "")
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
    until(lambda: _dimmed(dash_duo) == len(case.frame) - 1, timeout=10)
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
        assert dash_duo.find_element(f"#{button}").get_attribute("aria-label") or \
            dash_duo.find_element(f"#{button}").text
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
        ".forEachNode(n => { if (n.data) { d.add(n.data.event_id); } }); return d.size;")
    assert docs == _grid_count(dash_duo)
    assert "harbour road" in dash_duo.find_element(f"#{ids.ARTICLE_PANE}").text


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
    assert len(_points(dash_duo)) == len(sample_case.frame)  # the timeline is unchanged


def test_dash019_exports_follow_the_filters(dash_duo: Any, case: Case) -> None:
    from timeline import filters

    query = "?kind=statement"
    expected = filters.apply(case.frame, filters.parse_query(query))
    _visit(dash_duo, case.app, query)
    until(lambda: _grid_count(dash_duo) == len(expected), timeout=10)
    folder, stem = Path(dash_duo.download_path), case.article.doc_id
    checks = {
        ids.EXPORT_SVG: (f"{stem}-timeline.svg", lambda b: b"<svg" in b[:400]
                         and b"Made with timeline" in b),
        ids.EXPORT_PDF: (f"{stem}-timeline.pdf", lambda b: b.startswith(b"%PDF")),
        ids.EXPORT_CSV: (f"{stem}-events.csv", None),
        ids.EXPORT_JSON: (f"{stem}-events.json", None),
        ids.EXPORT_TIMELINEJS: (f"{stem}-timelinejs.json", None),
    }
    for button, (name, ok) in checks.items():
        dash_duo.find_element(f"#{button}").click()
        target = folder / name
        until(target.is_file, timeout=60)
        until(lambda t=target: t.stat().st_size > 0, timeout=10)
        if ok is not None:
            assert ok(target.read_bytes()), name
    assert len(pd.read_csv(folder / f"{stem}-events.csv")) == len(expected)
    records = json.loads((folder / f"{stem}-events.json").read_text(encoding="utf-8"))
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
    _visit(dash_duo, sample_case.app, "?tz=UTC&lane=actor")
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH} .xtitle", "Time (UTC)")
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH} .yaxislayer-above", "Corrie Parnell")
    dash_duo.find_element(f"#{ids.ZONE} input[value='article']").click()
    dash_duo.wait_for_contains_text(f"#{ids.GRAPH} .xtitle", "Pacific/Auckland")
    until(lambda: "tz=" not in dash_duo.driver.current_url, timeout=5)


def _in_pane(dash_duo: Any) -> bool:
    """Whether the marked sentence lies inside the visible part of the article pane."""
    return bool(dash_duo.driver.execute_script(
        "const p = document.getElementById(arguments[0]);"
        "const m = document.getElementById(arguments[1]);"
        "if (!p || !m) { return false; }"
        "const a = p.getBoundingClientRect(), b = m.getBoundingClientRect();"
        "return b.top >= a.top - 1 && b.top <= a.bottom;", ids.ARTICLE_PANE, ids.ARTICLE_SENTENCE,
    ))


# --- many events: the table is served a slice at a time, the chart is binned ----------------


def _dataset(frame: pd.DataFrame, article: Article) -> Any:
    from dashboard.datasets import Dataset

    return Dataset(frame, {article.doc_id: article})


def test_grid_request_gets_exactly_its_slice(sample_frame, sample_article) -> None:
    from dashboard.data import rows_page

    data = _dataset(sample_frame, sample_article)
    request = {"startRow": 1, "endRow": 3, "sortModel": [{"colId": "when", "sort": "asc"}],
               "filterModel": {}}
    page = rows_page(data.table({}, request), request)
    assert page["rowCount"] == 4
    assert page["rowData"] == grid_rows(sample_frame.set_index("event_id").loc[
        ["e3", "e1"]].reset_index())  # e4 < e3 < e1 < e2 by start; rows 1 and 2
    assert [r["when"] for r in page["rowData"]] == ["2022-02-13 00:00", "2022-02-14 12:00"]


def test_grid_request_follows_page_filters_and_column_filters(sample_frame, sample_article) -> None:
    from dashboard.data import rows_page

    data = _dataset(sample_frame, sample_article)
    request = {"startRow": 0, "endRow": 100, "sortModel": [{"colId": "interval", "sort": "desc"}],
               "filterModel": {"actors": {"filterType": "text", "type": "contains",
                                          "filter": "PROTESTERS"}}}
    page = rows_page(data.table({"kind": ["status"]}, request), request)
    assert [r["event_id"] for r in page["rowData"]] == ["e3", "e4"]
    assert page["rowCount"] == 2
    none = {"startRow": 0, "endRow": 100, "filterModel": {"actors": {
        "filterType": "text", "type": "equals", "filter": "(none)"}}}
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
        {"kind": ["plan", "status"]}, dict(request, startRow=0))  # one sort for every slice


def test_zoom_redraws_only_binned_charts(sample_frame) -> None:
    from benchmarks.dashboard import synthetic_frame
    from dashboard.data import chart_window, zoom_redraws, zoom_window

    zoom = {"xaxis.range[0]": "2022-02-13 06:00:00.5", "xaxis.range[1]": "2022-02-14"}
    assert zoom_window(zoom) == (pd.Timestamp("2022-02-13 06:00:00.5"),
                                 pd.Timestamp("2022-02-14"))
    assert zoom_window({"xaxis.range": ["2022-02-13", "2022-02-14"]}) is not None
    assert zoom_window({"autosize": True}) is None
    assert zoom_window({"xaxis.range": ["2022-02-14", "2022-02-13"]}) is None
    many = synthetic_frame(6000)
    assert zoom_redraws(many, "kind", zoom) and zoom_redraws(many, "kind", {
        "xaxis.autorange": True})
    assert not zoom_redraws(many, "kind", {"autosize": True})
    assert not zoom_redraws(sample_frame, "kind", zoom)  # Plotly zooms a small chart itself
    assert chart_window(sample_frame, "kind", zoom) is None
    assert chart_window(many, "kind", zoom) == zoom_window(zoom)


def test_dash022_many_events_are_binned_and_served_in_slices(dash_duo: Any) -> None:
    from benchmarks.dashboard import synthetic_frame
    from timeline.figures import AGGREGATE_THRESHOLD

    frame = synthetic_frame(AGGREGATE_THRESHOLD + 1000)
    article = article_from_text("A synthetic article.", "2022-03-01T12:00+13:00",
                                "Pacific/Auckland")
    _start(dash_duo, create_app(frame, article))
    dash_duo.wait_for_element(f"#{ids.GRAPH} .heatmaplayer")
    until(lambda: _grid_count(dash_duo) == len(frame), timeout=10)
    assert len(_grid_ids(dash_duo)) < len(frame)  # the browser holds only the rows it shows
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", f"{len(frame)} dated events")
    dash_duo.select_dcc_dropdown(f"#{ids.FILTER_INPUTS['kind']}", value="status")
    status = frame[frame["kind"] == "status"]
    assert len(status) <= AGGREGATE_THRESHOLD
    until(lambda: len(dash_duo.find_elements(f"#{ids.GRAPH} .heatmaplayer .hm")) == 0,
          timeout=10)  # few enough now: every event drawn again (WebGL)
    until(lambda: _grid_count(dash_duo) == len(status), timeout=10)
    first = status.sort_values("start", kind="stable").iloc[0]
    until(lambda: _grid_ids(dash_duo)[:1] != [] and first["event_id"] in _grid_ids(dash_duo),
          timeout=10)
    dash_duo.find_element(f"#{ids.NEXT}").click()  # the first row in table order
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", first["title"])
