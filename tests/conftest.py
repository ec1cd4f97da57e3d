"""Shared fixtures: a hand-built events frame, its article, and headless Chromium for dash_duo.

The synthetic frame lets figure, export and dashboard tests pin exact values without
depending on the extraction pipeline.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from timeline import schema
from timeline.ingest import Article, article_from_text

ZONE = "Pacific/Auckland"
PUBLISHED = "2022-02-14T22:00:00+13:00"
CHROMIUM = Path("/usr/bin/chromium")

SAMPLE_TEXT = (
    "On Monday afternoon, Superintendent Corrie Parnell urged drivers to move their cars.\n"
    "Cars could park for free at Sky Stadium from 6.30pm.\n"
    "Police said there were no incidents of note at the protest yesterday.\n"
    "Protester numbers have varied over the past seven days.\n"
)

# (event_id, time_text, sentence line, start, end, granularity, timex, type, kind, actors, title)
_EVENTS: tuple[tuple[Any, ...], ...] = (
    ("e1", "On Monday afternoon", 0, "2022-02-14 12:00", "2022-02-14 18:00", "part_of_day",
     "2022-02-14TAF", "TIME", "statement", ["Corrie Parnell"], "Parnell urges drivers to move"),
    ("e2", "from 6.30pm", 1, "2022-02-14 18:30", "2022-02-14 18:31", "minute",
     "2022-02-14T18:30", "TIME", "occurrence", [], "Free parking opens at Sky Stadium"),
    ("e3", "yesterday", 2, "2022-02-13 00:00", "2022-02-14 00:00", "day",
     "2022-02-13", "DATE", "status", ["police", "protesters"], "No incidents of note"),
    ("e4", "over the past seven days", 3, "2022-02-08 00:00", "2022-02-15 00:00", "duration",
     "P7D", "DURATION", "status", ["protesters"], "Protester numbers vary"),
)


def _record(event: tuple[Any, ...], text: str) -> dict[str, Any]:
    eid, time_text, line, start, end, gran, timex, ttype, kind, actors, title = event
    lines = text.split("\n")
    sentence = lines[line]
    s0 = sum(len(x) + 1 for x in lines[:line])
    c0 = text.index(time_text, s0)
    return {
        "event_id": eid, "doc_id": "sample", "start": pd.Timestamp(start, tz=ZONE),
        "end": pd.Timestamp(end, tz=ZONE), "granularity": gran, "timex": timex,
        "timex_type": ttype, "timex_mod": "", "time_text": time_text, "char_start": c0,
        "char_end": c0 + len(time_text), "sentence": sentence, "sentence_start": s0,
        "sentence_end": s0 + len(sentence), "title": title, "actors": list(actors),
        "kind": kind, "source": "a witness" if eid == "e2" else "", "timezone": ZONE,
    }


def build_sample_frame() -> pd.DataFrame:
    """Four events covering every drawing case: interval, instant, day, week-long duration."""
    records = [_record(event, SAMPLE_TEXT) for event in _EVENTS]
    return schema.validate(schema.coerce(pd.DataFrame.from_records(records)))


def build_sample_article() -> Article:
    return article_from_text(SAMPLE_TEXT, PUBLISHED, ZONE, doc_id="sample", source="Test Herald")


@pytest.fixture
def sample_frame() -> pd.DataFrame:
    return build_sample_frame()


@pytest.fixture
def sample_article() -> Article:
    return build_sample_article()


def pytest_setup_options() -> Any:
    """Chromium options for dash_duo: headless, sandbox-free, no network chatter."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1400,1000",
    ):
        options.add_argument(arg)
    binary = CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")
    if binary:
        options.binary_location = str(binary)
    return options


def pytest_configure(config: pytest.Config) -> None:
    """Run dash_duo headless even without `--headless` on the command line, and keep the
    tagger's build cache in a folder of the session's, never the user's.

    dash.testing only enables headless downloads (Page.setDownloadBehavior) when its own
    `--headless` flag is set, so the flag matters beyond the Chromium argument above.
    The cache folder is set here, not in a fixture: modules imported while collecting may
    build rules, and the cache is written at exit, after every fixture is torn down.
    """
    if hasattr(config.option, "headless"):
        config.option.headless = True
    folder = tempfile.mkdtemp(prefix="timeline-cache-")
    _CACHE_FOLDER.append((os.environ.get("TIMELINE_CACHE_DIR"), folder))
    os.environ["TIMELINE_CACHE_DIR"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    """Forget the session's build cache (nothing is written at exit) and remove its folder."""
    build_cache = sys.modules.get("timeline.temporal.build_cache")
    if build_cache is not None:
        build_cache.reset()
    before, folder = _CACHE_FOLDER.pop()
    shutil.rmtree(folder, ignore_errors=True)
    if before is None:
        os.environ.pop("TIMELINE_CACHE_DIR", None)
    else:
        os.environ["TIMELINE_CACHE_DIR"] = before


# the value TIMELINE_CACHE_DIR had before the session, and the session's folder
_CACHE_FOLDER: list[tuple[str | None, str]] = []


@pytest.fixture(autouse=True, scope="session")
def _state_folder(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Apps made by the tests keep their state and store in a temporary folder, never the
    user's (app.py started by a test inherits both)."""
    folder = tmp_path_factory.mktemp("state")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIMELINE_STATE_DIR", str(folder))
        patch.setenv("TIMELINE_DB", str(folder / "timeline.db"))
        yield folder
