"""The dashboard's dataset mode (``app.py --dataset``): every answer the page gets from a
news archive read through DuckDB is the answer the frame path gives on the same events
(counts, filter choices, summaries, grid pages, rows of events, steps, figures, details,
articles), the archive is never built on, and a folder that is no dataset is one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from test_archive import _articles, _item

from benchmarks.archive import synthetic
from dashboard import create_app, ids
from dashboard.archiveset import READ_ONLY, ArchiveSet
from dashboard.callbacks import chart_figure
from dashboard.datasets import Dataset
from dashboard.source import TooLarge
from timeline.archive import joins, layout
from timeline.archive.compact import compact
from timeline.archive.work import run_one
from timeline.figures import AGGREGATE_THRESHOLD
from timeline.ingest import Article
from timeline.viewstate import View

ROOT = Path(__file__).resolve().parent.parent
STATES: list[dict[str, Any]] = [
    {},
    {"kind": ["statement"]},
    {"q": ["police"]},
    {"since": ["2010-01-01"], "until": ["2022-12-31"]},
    {"kind": ["occurrence", "status"], "q": ["said"]},
]
GRIDS: list[dict[str, Any]] = [
    {"sortModel": [{"colId": "when", "sort": "asc"}]},
    {"sortModel": [{"colId": "title", "sort": "desc"}]},
    {"sortModel": [{"colId": "actors", "sort": "asc"}, {"colId": "kind", "sort": "desc"}]},
    {
        "sortModel": [{"colId": "interval", "sort": "desc"}],
        "filterModel": {"when": {"filterType": "text", "type": "contains", "filter": "20"}},
    },
    {"filterModel": {"actors": {"filterType": "text", "type": "equals", "filter": "(none)"}}},
    {
        "sortModel": [{"colId": "edited", "sort": "asc"}],
        "filterModel": {"title": {"filterType": "text", "type": "notContains", "filter": "the"}},
    },
]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive tests' articles (three zones, reports joined across articles), written
    in two batches and compacted, as a corpus run leaves them."""
    folder = tmp_path_factory.mktemp("dashboard-archive") / "ds"
    done = [run_one(_item(a)) for a in _articles()]
    for part in (done[:5], done[5:]):
        layout.write_batch(
            folder, layout.new_batch(), [d.events for d in part], [d.article for d in part], []
        )
    joins.rebuild(folder)
    assert compact(folder)
    return folder


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More events than the chart draws one by one: benchmarks.archive's synthetic ones."""
    folder = tmp_path_factory.mktemp("dashboard-many") / "ds"
    synthetic(folder, AGGREGATE_THRESHOLD + 2000)
    assert compact(folder)
    return folder


def _pair(folder: Path) -> tuple[ArchiveSet, Dataset]:
    """The archive as the page reads it, and the same events as a frame in memory."""
    archive = ArchiveSet(folder)
    frame = archive.archive.frame()
    rows = archive.archive.articles_of(list(archive.archive.articles()["doc_id"]))
    articles = {
        r["doc_id"]: Article(
            r["text"], r["published"], r["timezone"], r["doc_id"], r["source"], r["title"]
        )
        for r in rows
    }
    return archive, Dataset(frame, articles)


@pytest.fixture(scope="module")
def pair(root: Path) -> tuple[ArchiveSet, Dataset]:
    return _pair(root)


@pytest.fixture(scope="module")
def many_pair(many: Path) -> tuple[ArchiveSet, Dataset]:
    return _pair(many)


@pytest.mark.parametrize("state", STATES)
def test_counts_summaries_and_figures_are_the_frames(pair, state) -> None:
    archive, frame = pair
    assert archive.total() == frame.total() == len(frame.frame) > 50
    assert archive.count(state) == frame.count(state)
    assert archive.summary(state, "UTC") == frame.summary(state, "UTC")
    for lane in ("kind", "actor", "article"):
        view = View(filters=state, lane=lane, zone="UTC")
        got = chart_figure(archive, view, None, None, width=900, title="T").to_plotly_json()
        want = chart_figure(frame, view, None, None, width=900, title="T").to_plotly_json()
        assert got == want
    ticks = got["layout"]["yaxis"].get("ticktext", [])  # article lanes: headlines, no ids
    assert not set(ticks) & set(frame.frame["doc_id"])


def test_filter_choices_and_header_are_the_frames(pair) -> None:
    archive, frame = pair
    assert archive.choices() == frame.choices()
    assert archive.title == "Timeline of 11 articles" == frame.title
    assert archive.zone == "UTC"  # of articles in three zones (a frame's is its first row's)
    assert archive.published_line() == "Published from Tue 14 Jun 2005 to Mon 14 Feb 2022"


@pytest.mark.parametrize("held", [True, False])
@pytest.mark.parametrize("grid", GRIDS)
def test_grid_pages_positions_and_steps_are_the_frames(pair, grid, held, monkeypatch) -> None:
    """A small view's table is sorted in memory (held), a larger one's in SQL: the same."""
    from dashboard import archiveset

    archive, frame = pair
    monkeypatch.setattr(archiveset, "HELD", archiveset.HELD if held else 0)
    if held:  # nothing asked of the archive beyond the view's events
        for name in ("page", "position", "next_to"):
            monkeypatch.setattr(archive.archive, name, None)
    state = {"since": ["2000-01-01"]}
    for zone in ("UTC", "Pacific/Auckland"):
        for rows in ((0, 100), (5, 12)):
            request = grid | {"startRow": rows[0], "endRow": rows[1]}
            assert archive.rows(state, request, zone) == frame.rows(state, request, zone)
        order = [r["event_id"] for r in frame.rows(state, grid, zone)["rowData"]]
        assert order  # every grid here keeps some rows
        for event_id in [*order[:3], order[-1], "no-such-event"]:
            assert archive.locate(state, grid, zone, event_id) == frame.locate(
                state, grid, zone, event_id
            )
        walked, current = [], None
        for _ in range(len(order) + 1):  # one step past the end stays on the last
            found = archive.step(state, grid, zone, current, 1)
            assert found == frame.step(state, grid, zone, current, 1)
            current = found[0]
            walked.append(found)
        assert [w[0] for w in walked] == [*order, order[-1]]
        assert archive.step(state, grid, zone, None, -1) == (order[-1], len(order) - 1)


def test_event_details_and_article_are_the_frames(pair) -> None:
    archive, frame = pair
    for event_id in frame.frame["event_id"].iloc[::20]:
        got, want = archive.event(event_id), frame.event(event_id)
        assert got is not None and want is not None
        pd.testing.assert_series_equal(got, want, check_names=False, check_dtype=False)
        assert archive.article(got["doc_id"]) == frame.article(want["doc_id"])
        assert archive.time_spans(got["doc_id"]) == frame.time_spans(want["doc_id"])
    assert archive.event("no-such-event") is None
    assert archive.event_rows(None).empty


@pytest.mark.parametrize("lane", ["kind", "actor", "article"])
def test_density_strips_binned_in_sql_are_the_frames(many_pair, lane) -> None:
    archive, frame = many_pair
    selected = str(frame.frame["event_id"].iloc[3000])  # in 2012, inside both views
    for kept in (None, {"start": "2005-01-01T00:00:00+00:00", "end": "2023-06-01T00:00:00+00:00"}):
        view = View(lane=lane)
        assert archive.strips({}, lane, "UTC", None) is not None
        got = chart_figure(archive, view, kept, None, highlight=selected).to_plotly_json()
        want = chart_figure(frame, view, kept, None, highlight=selected).to_plotly_json()
        assert [t["type"] for t in got["data"]] == ["heatmap", "scatter"]
        for mine, theirs in zip(got["data"], want["data"], strict=True):
            for key in ("x", "y", "z", "text", "customdata"):
                assert np.array_equal(
                    np.asarray(mine.get(key), dtype=object),
                    np.asarray(theirs.get(key), dtype=object),
                )
        for key in ("yaxis", "legend", "height"):
            assert got["layout"][key] == want["layout"][key]
        assert got["layout"]["xaxis"].get("range") == want["layout"]["xaxis"].get("range")


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Auckland"])
@pytest.mark.parametrize("lane", ["kind", "none", "actor"])
def test_a_searched_view_is_read_once_and_counted_as_the_frame(
    many_pair, lane, zone, monkeypatch
) -> None:
    """A search's count, span and strips by kind come from one pass over its text
    (Archive.moments), and are what SQL and the frame path count."""
    from dashboard import archiveset
    from timeline.archive.density import archive_density, moments_density
    from timeline.figures import event_density
    from timeline.filters import apply

    archive, frame = many_pair
    state = {"q": ["o e"]}  # in most events: more than the chart draws one by one
    view = apply(frame.frame, state)
    assert len(view) > AGGREGATE_THRESHOLD
    moments = archive.archive.moments(state)
    assert archive.archive.extent_of(moments) == archive.archive.extent(state)
    assert archive._extent(state) == (len(view), view["start"].min(), view["end"].max())
    if lane != "actor":  # no SQL pass of their own
        monkeypatch.setattr(archiveset, "archive_density", None)
    strips = archive.strips(state, lane, zone, None)
    monkeypatch.undo()
    assert strips is not None
    sql = archive_density(archive.archive, lane, state, zone=zone)  # type: ignore[arg-type]
    want = event_density(view, lane, zone)  # type: ignore[arg-type]
    assert (moments_density(moments, lane, zone) is None) == (lane == "actor")  # type: ignore[arg-type]
    for got in (strips.density, sql):
        assert got.lanes == want.lanes and got.label == want.label
        assert np.array_equal(got.edges, want.edges.astype(got.edges.dtype))
        assert np.array_equal(got.counts, want.counts)


@pytest.mark.parametrize(
    "sort", [[], [{"colId": "when", "sort": "desc"}], [{"colId": "interval", "sort": "asc"}]]
)
def test_a_searched_views_pages_by_time_read_only_their_times(many_pair, sort) -> None:
    """A searched view's page by time is asked for the starts its moments say it holds,
    and is the frame's page."""
    archive, frame = many_pair
    state = {"q": ["o e"]}
    asked: list[object] = []
    page = archive.archive.page

    def spy(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs.get("starts"))
        return page(*args, **kwargs)

    archive.archive.page = spy  # type: ignore[method-assign]
    try:
        for rows in ((0, 100), (4950, 5050), (6900, 7000)):
            request = {"sortModel": sort, "startRow": rows[0], "endRow": rows[1]}
            assert archive.rows(state, request, "UTC") == frame.rows(state, request, "UTC")
    finally:
        del archive.archive.page
    bounded = [b for b in asked if b is not None]
    assert len(bounded) == 2 and all(isinstance(b, tuple) for b in bounded)  # not past the end


def test_a_zoom_to_few_events_draws_each_one(many_pair) -> None:
    archive, frame = many_pair
    kept = {"start": "2010-01-01T00:00:00+00:00", "end": "2010-03-01T00:00:00+00:00"}
    assert (
        archive.strips({}, "kind", "UTC", (pd.Timestamp("2010-01-01"), pd.Timestamp("2010-03-01")))
        is None
    )
    got = chart_figure(archive, View(), kept, None, width=900).to_plotly_json()
    want = chart_figure(frame, View(), kept, None, width=900).to_plotly_json()
    drawn = sorted(i for t in got["data"] for i in (t.get("customdata") or []))
    assert drawn == sorted(i for t in want["data"] for i in (t.get("customdata") or []))
    inside = frame.frame[
        (frame.frame["start"] < pd.Timestamp("2010-03-01", tz="UTC"))
        & (frame.frame["end"] > pd.Timestamp("2010-01-01", tz="UTC"))
    ]
    assert set(drawn) >= set(inside["event_id"]) and len(inside) == 50


def test_a_view_too_large_to_download_says_so(many_pair, monkeypatch) -> None:
    from dashboard import archiveset

    archive, _ = many_pair
    monkeypatch.setattr(archiveset, "EXPORT_LIMIT", 1000)
    year = {"since": ["2010-01-01"], "until": ["2010-12-31"]}
    assert len(archive.export_frame(year)) == archive.count(year) == 362
    with pytest.raises(TooLarge, match=r"The view holds 7,000 events, over 1,000: narrow it"):
        archive.export_frame({})


def test_the_page_shows_the_archive_read_only(root, tmp_path) -> None:
    app = create_app(archive=root, state_dir=tmp_path)
    client = app.server.test_client()
    props = list(_props(client.get("/_dash-layout").get_json()))
    assert {"id": ids.NOTICE, "className": "notice", "children": READ_ONLY.format(root=root)} in [
        {k: p.get(k) for k in ("id", "className", "children")} for p in props
    ]
    assert [p["className"] for p in props if "ingest" in str(p.get("className"))] == [
        "ingest card hidden",
        "ingest-grid",
        "ingest-actions",
        "ingest-message",
    ]
    callbacks = client.get("/_dash-dependencies").get_json()
    built = [
        c["output"] for c in callbacks if ids.JOB in c["output"] or ids.UPLOADED in c["output"]
    ]
    assert built == []  # nothing in the page can build on the archive


def _props(node: Any) -> Any:
    """The props of every component in a served layout (JSON)."""
    if isinstance(node, list):
        for child in node:
            yield from _props(child)
    elif isinstance(node, dict) and "props" in node:
        yield node["props"]
        yield from _props(node["props"].get("children"))


@pytest.mark.parametrize("given", ["missing", "not-a-dataset"])
def test_a_folder_that_is_no_dataset_is_one_line_and_exit_2(tmp_path, given) -> None:
    folder = tmp_path / given
    if given == "not-a-dataset":
        folder.mkdir()
        (folder / "notes.txt").write_text("hello")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "app.py"),
            "--dataset",
            str(folder),
            "--state-dir",
            str(tmp_path / "state"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"timeline: {folder} is not a timeline dataset: make one with python -m timeline "
        "corpus ARTICLES... --out DATASET"
    ]
    assert done.stdout == ""


# --- in the browser ------------------------------------------------------------------------


def test_dash_dataset_filter_zoom_and_click_to_the_sentence(
    dash_duo: Any, many: Path, tmp_path
) -> None:
    archive = ArchiveSet(many)
    dash_duo.start_server(create_app(archive=many, state_dir=tmp_path))
    dash_duo.wait_for_element(f"#{ids.GRAPH} .heatmaplayer")
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", "7000 dated events")
    dash_duo.wait_for_contains_text(f"#{ids.NOTICE}", "shown read-only")
    dash_duo.select_dcc_dropdown(f"#{ids.FILTER_INPUTS['kind']}", value="statement")
    statements = archive.count({"kind": ["statement"]})
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", f"{statements} of 7000 dated events")
    dash_duo.driver.execute_script(
        "Plotly.relayout(document.querySelector(arguments[0]), arguments[1])",
        f"#{ids.GRAPH} .js-plotly-plot",
        {"xaxis.range[0]": "2010-01-01 00:00:00", "xaxis.range[1]": "2010-07-01 00:00:00"},
    )
    bars = f"#{ids.GRAPH} .cartesianlayer .barlayer .point"
    until(lambda: len(dash_duo.find_elements(bars)) > 0, timeout=15)
    until(lambda: "2010-07-01" in dash_duo.driver.current_url, timeout=10)
    bar = dash_duo.find_elements(bars)[0]
    event_id = dash_duo.driver.execute_script(
        "const p = arguments[0];"
        "return p.closest('.trace').__data__[0].trace.customdata[p.__data__.i];",
        bar,
    )
    ActionChains(dash_duo.driver).move_to_element(bar).click().perform()
    event = archive.event(event_id)
    assert event is not None and event["kind"] == "statement"
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS}", event["title"])
    dash_duo.wait_for_contains_text(f"#{ids.DETAILS_SENTENCE}", event["sentence"][:60])
    assert dash_duo.get_logs() == []


def test_an_archive_of_errors_only_shows_an_empty_page(tmp_path) -> None:
    error = {"article_key": "k", "name": "x.txt", "kind": "input", "error": "empty"}
    layout.write_batch(tmp_path / "ds", "b1", [], [], [error])
    archive = ArchiveSet(tmp_path / "ds")
    assert (archive.total(), archive.title, archive.published_line()) == (
        0,
        "Timeline of 0 articles",
        "No articles yet",
    )
    assert archive.summary({}, "UTC") == "No dated events."
    assert archive.rows({}, {"startRow": 0, "endRow": 100}, "UTC") == {"rowData": [], "rowCount": 0}
    assert archive.step({}, {}, "UTC", None, 1) is None
    assert archive.strips({}, "kind", "UTC", None) is None
    client = create_app(archive=tmp_path / "ds", state_dir=tmp_path / "state").server.test_client()
    assert client.get("/_dash-layout").status_code == 200
