"""Serving in real browsers: two sessions kept apart, and the page under its security policy."""

from __future__ import annotations

from typing import Any

from conftest import build_sample_article, build_sample_frame, pytest_setup_options
from dash.testing.wait import until
from selenium import webdriver

from dashboard import create_app, ids, sessions, statedir
from dashboard.data import load_events
from dashboard.datasets import Dataset, save
from timeline.ingest import article_from_text

SECRET = "On Tuesday the committee met in secret to discuss the budget."
#: sets the page's dataset key as a callback would (Dash's set_props).
SET_KEY = "window.dash_clientside.set_props(arguments[0], {data: arguments[1]});"


def _session(app: Any, driver: Any) -> str:
    cookie = driver.get_cookie(sessions.COOKIE)
    serializer = app.server.session_interface.get_signing_serializer(app.server)
    return serializer.loads(cookie["value"])["sid"]


def _open(driver: Any, url: str) -> None:
    driver.get(url)
    until(lambda: driver.find_elements("css selector", f"#{ids.GRAPH} .main-svg"), timeout=20)


def _drawn(driver: Any) -> list[str]:
    """The chart's layout (story or lanes) and title, as Plotly last drew them."""
    return driver.execute_script(
        "const g = document.querySelector(arguments[0]);"
        "return g && g.layout ? [g.layout.meta.layout, g.layout.title.text] : [];",
        f"#{ids.GRAPH} .js-plotly-plot",
    )


def _header(driver: Any) -> str:
    return driver.find_element("css selector", f"#{ids.HEADER}").text


def _pane(driver: Any) -> str:
    return driver.find_element("css selector", f"#{ids.ARTICLE_PANE}").text


def test_what_one_browser_builds_another_cannot_open(dash_duo: Any, tmp_path: Any) -> None:
    app = create_app(build_sample_frame(), build_sample_article(), state_dir=tmp_path)
    dash_duo.start_server(app)
    alice = dash_duo.driver
    until(lambda: alice.find_elements("css selector", f"#{ids.GRAPH} .main-svg"), timeout=20)
    article = article_from_text(SECRET, "2024-05-02T09:00+00:00", title="Budget talks")
    key = "set-for-alice"
    frame = build_sample_frame().iloc[0:0]
    save(statedir.open_cache(tmp_path), key, _session(app, alice), Dataset(frame, {"a": article}))
    alice.execute_script(SET_KEY, ids.DATASET, key)
    until(lambda: "Budget talks" in _header(alice), timeout=10)
    until(lambda: "met in secret" in _pane(alice), timeout=10)

    bob = webdriver.Chrome(options=pytest_setup_options())
    try:
        _open(bob, dash_duo.server_url)
        assert _session(app, bob) != _session(app, alice)
        bob.execute_script(SET_KEY, ids.DATASET, key)
        until(lambda: "Corrie Parnell" in _pane(bob), timeout=10)
        assert "met in secret" not in _pane(bob)
        assert "Budget talks" not in _header(bob)
    finally:
        bob.quit()


def test_the_page_runs_under_its_security_policy(dash_duo: Any, tmp_path: Any) -> None:
    from benchmarks.dashboard import synthetic_frame
    from timeline.figures import GL_THRESHOLD

    frame = synthetic_frame(GL_THRESHOLD + 200)  # WebGL marks: shaders need the policy's eval
    article = article_from_text("A synthetic article.", "2022-03-01T12:00+13:00")
    dash_duo.start_server(create_app(frame, article, state_dir=tmp_path))
    dash_duo.wait_for_element(f"#{ids.GRAPH} .gl-canvas-context")
    dash_duo.wait_for_contains_text(f"#{ids.COUNT}", f"{len(frame)} dated events")
    assert dash_duo.get_logs() == []  # a blocked script or style would be logged here


def _restart(dash_duo: Any, app: Any) -> None:
    """Stop the server under an open tab and start ``app`` on the same port; the tab stays."""
    port = dash_duo.server.port
    dash_duo.server.stop()
    dash_duo.server.start(app, port=port)


def _alice_with_a_timeline(dash_duo: Any, folder: Any) -> Any:
    app = create_app(build_sample_frame(), build_sample_article(), state_dir=folder)
    dash_duo.start_server(app)
    alice = dash_duo.driver
    until(lambda: alice.find_elements("css selector", f"#{ids.GRAPH} .main-svg"), timeout=20)
    article = article_from_text(SECRET, "2024-05-02T09:00+00:00", title="Budget talks")
    dataset = Dataset(load_events(article)[0], {article.doc_id: article})
    save(statedir.open_cache(folder), "set-kept", _session(app, alice), dataset)
    alice.execute_script(SET_KEY, ids.DATASET, "set-kept")
    until(lambda: "Budget talks" in _header(alice), timeout=10)
    return alice


def test_after_a_restart_an_open_tab_keeps_its_timeline(dash_duo: Any, tmp_path: Any) -> None:
    alice = _alice_with_a_timeline(dash_duo, tmp_path)
    _restart(dash_duo, create_app(build_sample_frame(), build_sample_article(), state_dir=tmp_path))
    dash_duo.find_element(f"#{ids.LAYOUT} input[value='lanes']").click()  # a redraw
    until(lambda: _drawn(alice) == ["lanes", "Budget talks"], timeout=15)
    assert "Budget talks" in _header(alice)


def test_a_tab_whose_timeline_is_gone_goes_back_to_the_default(dash_duo: Any, tmp_path) -> None:
    from dashboard.callbacks import GONE

    alice = _alice_with_a_timeline(dash_duo, tmp_path / "before")
    sample = build_sample_article()
    _restart(dash_duo, create_app(build_sample_frame(), sample, state_dir=tmp_path / "after"))
    dash_duo.find_element(f"#{ids.LAYOUT} input[value='lanes']").click()
    notice = f"#{ids.SERVER_NOTICE}"
    until(lambda: alice.find_element("css selector", notice).text == GONE, timeout=15)
    until(lambda: "Budget talks" not in _header(alice), timeout=10)
    assert sample.headline in _header(alice)
    until(lambda: _drawn(alice) == ["lanes", sample.headline], timeout=15)
