"""Builds in the page: limits refused with a message before anything is queued, the queue's
place and progress shown while a job is pending, Cancel, and a finished build shown.

Browser tests swap the app's queue for one whose build never ends (``endless``, module-level
so the job process imports it), to watch a job while it is pending.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import dash
import diskcache
import psutil
import pytest
from conftest import build_sample_article, build_sample_frame

from dashboard import create_app, ids, ingest, limits
from dashboard.datasets import Dataset
from dashboard.ingest import Form, articles_from_inputs, check_build, job_view, unpack_uploads
from dashboard.jobs import Jobs, Status
from timeline.ingest import Article, InputError

PUBLISHED = "2024-03-20T09:00+00:00"


def endless(articles: list[Article], progress: Callable[[int, int], None]) -> Dataset:
    progress(0, len(articles))
    time.sleep(600)
    raise AssertionError("never reached")


# --- limits and messages, no browser -------------------------------------------------------


def _upload(name: str, text: str) -> tuple[str, str]:
    """A file as dcc.Upload sends it: a base64 data URL, and its name."""
    return "data:text/plain;base64," + base64.b64encode(text.encode()).decode(), name


def test_an_article_over_the_word_limit_is_named() -> None:
    words = "word " * (limits.ARTICLE_WORDS + 1)
    with pytest.raises(InputError) as refused:
        articles_from_inputs(words, [], Form(published=PUBLISHED))
    assert str(refused.value) == (
        "The pasted text has 100,001 words; articles over 100,000 words are refused "
        "(extraction would take minutes): split it into parts"
    )
    files, errors = unpack_uploads(*zip(_upload("long.txt", words), strict=True))
    assert files == []
    assert errors == [
        "long.txt has 100,001 words; articles over 100,000 words are refused "
        "(extraction would take minutes): split it into parts"
    ]


def test_a_build_over_its_article_or_word_limit_is_refused() -> None:
    article = build_sample_article()
    check_build([article] * limits.BUILD_ARTICLES)
    with pytest.raises(InputError) as refused:
        check_build([article] * (limits.BUILD_ARTICLES + 1))
    assert str(refused.value) == "21 articles at once: a build takes at most 20 articles. " + (
        "Build them in parts."
    )
    long = articles_from_inputs("word " * 25_001, [], Form(published=PUBLISHED))
    with pytest.raises(InputError) as refused:
        check_build(long * 4)
    assert str(refused.value) == (
        "These articles have 100,004 words together: a build takes at most 100,000 words "
        "(about a minute of extraction). Build them in parts."
    )


def test_uploads_over_the_build_limits_are_refused_whole() -> None:
    many = [_upload(f"{i}.txt", "It rained on Monday.") for i in range(limits.BUILD_ARTICLES + 1)]
    assert unpack_uploads(*map(list, zip(*many, strict=True))) == (
        [],
        ["21 files at once: a build takes at most 20 articles. Build them in parts."],
    )
    long = [_upload(f"{i}.txt", "word " * 25_001) for i in range(4)]
    assert unpack_uploads(*map(list, zip(*long, strict=True))) == (
        [],
        [
            "These files have 100,004 words together: a build takes at most 100,000 words "
            "(about a minute of extraction). Build them in parts."
        ],
    )


def test_uploads_are_read_in_name_order_whatever_order_their_reads_finished() -> None:
    sent = [_upload("storm.txt", "A storm hit on Monday."), _upload("page.txt", "It rained.")]
    files, errors = unpack_uploads(*map(list, zip(*sent, strict=True)))
    assert errors == []
    assert [f["name"] for f in files] == ["page.txt", "storm.txt"]
    assert files[1]["text"] == "A storm hit on Monday."


def test_job_view_says_where_a_job_is() -> None:
    queued = job_view("job-1", Status("queued", position=3, waiting=5, total=4))
    assert queued == {
        "job": "job-1",
        "message": "Queued: position 3 of 5",
        "done": "0",
        "total": "4",
        "stopped": False,
        "build_off": True,
        "cancel_off": False,
        "key": dash.no_update,
        "revision": dash.no_update,
    }
    running = job_view("job-1", Status("running", done=2, total=4))
    assert (running["message"], running["done"], running["total"]) == (
        "Extracting: 2 of 4 articles",
        "2",
        "4",
    )
    done = job_view("job-1", Status("done", done=1, total=1, key="set-x", events=7))
    assert {k: done[k] for k in ("job", "message", "key", "stopped", "build_off")} == {
        "job": None,
        "message": "Built the timeline of 1 article: 7 events",
        "key": "set-x",
        "stopped": True,
        "build_off": False,
    }
    filed = job_view("job-1", Status("done", done=2, total=2, key="project:Budget", events=9))
    assert filed["message"] == "Added 2 articles to the project 'Budget': 9 events"
    assert (filed["key"], isinstance(filed["revision"], float)) == ("project:Budget", True)
    failed = job_view("job-1", Status("timed_out", message="Stopped after 120 s: too long"))
    assert failed["message"].to_plotly_json()["props"] == {
        "children": "Stopped after 120 s: too long",
        "className": "error",
        "role": "alert",
    }
    assert (failed["key"], failed["stopped"], failed["cancel_off"]) == (dash.no_update, True, True)
    assert job_view("job-1", Status("cancelled", message="Cancelled.")) == {
        **failed,
        "message": "Cancelled.",
    }
    unknown = job_view("job-1", None)
    assert unknown["message"].children == (
        "This build is not known to the server any more. Build again."
    )
    assert unknown["job"] is None


# --- in the browser ------------------------------------------------------------------------


def _app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **queue: Any) -> dash.Dash:
    """The sample app with its own state folder and, when ``queue`` is given, a queue built
    with those arguments (a build function, limits)."""
    if queue:
        monkeypatch.setattr(ingest, "Jobs", partial(Jobs, **queue))
    return create_app(build_sample_frame(), build_sample_article(), state_dir=tmp_path)


def _paste_and_build(dash_duo: Any, text: str) -> None:
    dash_duo.wait_for_element(f"#{ids.GRAPH} .main-svg")
    dash_duo.find_element(".ingest summary").click()
    dash_duo.find_element(f"#{ids.PASTE}").send_keys(text)
    dash_duo.find_element(f"#{ids.PUBLISHED}").send_keys(PUBLISHED)
    dash_duo.find_element(f"#{ids.BUILD}").click()


def _running_pids(folder: Path) -> list[int]:
    """The processes of the running jobs filed in a state folder's cache."""
    with diskcache.Cache(str(folder / "cache")) as cache:
        records = [cache.get(k) for k in cache.iterkeys() if str(k).count(":") == 1]
    return [r["pid"] for r in records if isinstance(r, dict) and r.get("status") == "running"]


def _enabled(dash_duo: Any, component_id: str) -> bool:
    return dash_duo.find_element(f"#{component_id}").is_enabled()


def test_jobs001_pasted_article_is_built_by_a_job(dash_duo: Any, tmp_path: Path) -> None:
    dash_duo.start_server(create_app(build_sample_frame(), build_sample_article(), tmp_path))
    assert not _enabled(dash_duo, ids.CANCEL)
    _paste_and_build(dash_duo, "Rain closed the coast road on Monday night.")
    dash_duo.wait_for_text_to_equal(
        f"#{ids.INGEST_MESSAGE}", "Built the timeline of 1 article: 1 event", timeout=60
    )
    dash_duo.wait_for_contains_text(f"#{ids.HEADER} h1", "Rain closed the coast road")
    assert _enabled(dash_duo, ids.BUILD)
    assert not _enabled(dash_duo, ids.CANCEL)
    assert dash_duo.find_element(f"#{ids.PROGRESS}").get_attribute("value") == "1"


def test_jobs002_cancel_stops_the_build(
    dash_duo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dash_duo.start_server(_app(tmp_path, monkeypatch, build=endless))
    _paste_and_build(dash_duo, "Rain closed the coast road on Monday night.")
    dash_duo.wait_for_text_to_equal(f"#{ids.INGEST_MESSAGE}", "Extracting: 0 of 1 article")
    assert not _enabled(dash_duo, ids.BUILD)
    [pid] = _running_pids(tmp_path)
    start = time.monotonic()
    dash_duo.find_element(f"#{ids.CANCEL}").click()
    dash_duo.wait_for_text_to_equal(f"#{ids.INGEST_MESSAGE}", "Cancelled: nothing was built.")
    while psutil.pid_exists(pid) and time.monotonic() - start < 3:
        time.sleep(0.05)
    assert not psutil.pid_exists(pid)
    assert _enabled(dash_duo, ids.BUILD)
    assert not _enabled(dash_duo, ids.CANCEL)
    assert dash_duo.find_element(f"#{ids.HEADER} h1").text == build_sample_article().headline


def test_jobs003_a_queued_build_shows_its_place(
    dash_duo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dash_duo.start_server(_app(tmp_path, monkeypatch, build=endless, running=1))
    other = Jobs(diskcache.Cache(str(tmp_path / "cache")), endless, running=1)
    first = other.submit([build_sample_article()], "another-session")
    try:
        _paste_and_build(dash_duo, "Rain closed the coast road on Monday night.")
        dash_duo.wait_for_text_to_equal(f"#{ids.INGEST_MESSAGE}", "Queued: position 1 of 1")
        assert _enabled(dash_duo, ids.CANCEL)
        other.cancel(first, "another-session")
        dash_duo.wait_for_text_to_equal(f"#{ids.INGEST_MESSAGE}", "Extracting: 0 of 1 article")
        dash_duo.find_element(f"#{ids.CANCEL}").click()
        dash_duo.wait_for_text_to_equal(f"#{ids.INGEST_MESSAGE}", "Cancelled: nothing was built.")
    finally:
        other.close()


def test_jobs004_files_over_the_limits_are_named_and_not_sent(
    dash_duo: Any, tmp_path: Path
) -> None:
    dash_duo.start_server(create_app(build_sample_frame(), build_sample_article(), tmp_path))
    dash_duo.wait_for_element(f"#{ids.GRAPH} .main-svg")
    dash_duo.find_element(".ingest summary").click()
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1_200_000)  # 6 MB
    small = tmp_path / "small.txt"
    small.write_text("It rained on Monday.", encoding="utf-8")
    upload = dash_duo.find_element(f"#{ids.UPLOAD} input[type='file']")
    upload.send_keys(f"{small}\n{big}")
    dash_duo.wait_for_text_to_equal(
        f"#{ids.INGEST_MESSAGE} [role='alert']",
        "big.txt is 6 MB: files over 5 MB are refused. Nothing was uploaded.",
    )
    time.sleep(1)  # time enough for an upload the script had let through
    assert dash_duo.find_element(f"#{ids.UPLOAD_LIST}").text == ""
    assert dash_duo.find_element(f"#{ids.INGEST_MESSAGE} [role='alert']")
    many = []
    for i in range(limits.BUILD_ARTICLES + 1):
        many.append(tmp_path / f"{i}.txt")
        many[-1].write_text("It rained on Monday.", encoding="utf-8")
    upload.send_keys("\n".join(map(str, many)))
    dash_duo.wait_for_text_to_equal(
        f"#{ids.INGEST_MESSAGE} [role='alert']",
        "21 files at once: a build takes at most 20 articles. Nothing was uploaded.",
    )
    upload.send_keys(str(small))
    dash_duo.wait_for_text_to_equal(f"#{ids.INGEST_MESSAGE}", "1 file(s) ready")
    assert dash_duo.find_element(f"#{ids.UPLOAD_LIST}").text == "small.txt (20 characters) Remove"
    dash_duo.find_element(f"#{ids.UPLOAD_LIST} button").click()  # taken out of the next build
    dash_duo.wait_for_text_to_equal(f"#{ids.INGEST_MESSAGE}", "Removed small.txt: 0 file(s) ready")
    assert dash_duo.find_element(f"#{ids.UPLOAD_LIST}").text == ""
