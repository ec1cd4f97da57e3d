"""app.py --db in a real process: it shows what the store holds, edits the command line made
included, and an edit the page acknowledged survives SIGKILL and a restart."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests
from conftest import build_sample_article, pytest_setup_options
from dash.testing.wait import until
from selenium import webdriver
from selenium.webdriver.common.keys import Keys

from dashboard import ids
from timeline.store import projects
from timeline.store.database import open_store

ROOT = Path(__file__).resolve().parent.parent


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(db: Path, state: Path, port: int) -> subprocess.Popen:
    command = [sys.executable, "app.py", "--port", str(port), "--state-dir", str(state)]
    process = subprocess.Popen(
        [*command, "--db", str(db)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/", timeout=2)
            return process
        except requests.ConnectionError:
            time.sleep(0.3)
    process.kill()
    raise AssertionError(process.communicate()[1])


def _kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    process.stdout.close()  # type: ignore[union-attr]
    process.stderr.close()  # type: ignore[union-attr]


def _labels(driver: Any) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(t => t.textContent);",
        f"#{ids.GRAPH} text",
    )


def _cells(driver: Any) -> list[str]:
    """The table's Event column, as the grid shows it."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(c => c.textContent);",
        f"#{ids.GRID} .ag-cell[col-id='title']",
    )


def _shows(driver: Any, present: str, absent: str) -> bool:
    labels, cells = _labels(driver), _cells(driver)
    return (
        f"✎ {present}" in labels
        and present in cells
        and not any(absent in t for t in labels + cells)
    )


def test_app_py_db_shows_cli_edits_and_keeps_a_page_edit_after_sigkill(tmp_path) -> None:
    db = tmp_path / "kept.db"
    project = projects.open_project(open_store(db))
    projects.add_article(project, build_sample_article())
    frame = projects.curated(project).set_index("title")
    parking = frame.loc["Cars could park for free at Sky Stadium", "event_id"]
    gone = frame.loc["Protester numbers have varied", "event_id"]
    cli = [sys.executable, "-m", "timeline", "edit"]
    subprocess.run([*cli, parking, "--db", str(db), "--title", "Stadium parking"], check=True)
    subprocess.run([*cli, gone, "--db", str(db), "--delete"], check=True)

    port = _port()
    server = _serve(db, tmp_path / "state", port)
    driver = webdriver.Chrome(options=pytest_setup_options())
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        until(lambda: _shows(driver, "Stadium parking", "Protester numbers"), timeout=60)

        driver.find_element("css selector", f"#{ids.NEXT}").click()  # the earliest event
        title = driver.find_element("css selector", f"#{ids.EDIT_FIELDS['title']}")
        until(title.is_displayed, timeout=15)
        title.send_keys(Keys.CONTROL, "a")
        title.send_keys(Keys.DELETE)
        title.send_keys("Police report a quiet day", Keys.ENTER)
        message = driver.find_element("css selector", f"#{ids.EDIT_MESSAGE}")
        until(lambda: message.text.startswith("Saved your change to title"), timeout=15)
        _kill(server)  # at once: the edit was acknowledged, so it is on disk

        server = _serve(db, tmp_path / "state", port)
        driver.refresh()
        until(lambda: _shows(driver, "Stadium parking", "Protester numbers"), timeout=60)
        until(lambda: "✎ Police report a quiet day" in _labels(driver), timeout=20)
        assert "Police report a quiet day" in _cells(driver)
    finally:
        driver.quit()
        _kill(server)
