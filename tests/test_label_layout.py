"""The exported SVG as a browser draws it: every event labelled, no two texts overlapping.

The placer works from font tables; this checks its promise where it matters, in the SVG
that kaleido writes, opened in headless Chromium, with the boxes the browser measures.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.ingest import load_article, load_default
from timeline.pipeline import extract

LONG = Path(__file__).parent / "data" / "layout" / "history-long-feature" / "article.txt"
COMBOS = [("story", "time"), ("story", "sequence"), ("lanes", "time"), ("lanes", "sequence")]
#: every <text> of the annotations layer, with its box as the browser lays it out.
_TEXTS_JS = """
const svg = document.querySelector('svg');
const frame = svg.getBoundingClientRect();
const out = [];
for (const node of document.querySelectorAll('g.annotation text')) {
  const r = node.getBoundingClientRect();
  out.push([node.textContent, r.left - frame.left, r.top - frame.top,
            r.right - frame.left, r.bottom - frame.top]);
}
const ticks = Array.from(document.querySelectorAll('g.ytick text'), n => n.textContent);
return [out, frame.width, frame.height, ticks];
"""


@pytest.fixture(scope="module")
def browser() -> Any:
    from selenium import webdriver

    from tests.conftest import pytest_setup_options

    driver = webdriver.Chrome(options=pytest_setup_options())
    yield driver
    driver.quit()


def _texts(browser: Any, svg: bytes, tmp_path: Path) -> tuple[list[tuple], float, float,
                                                               list[str]]:
    """The annotations' texts with their boxes, the image's size, and the lane names."""
    path = tmp_path / "opened.svg"
    path.write_bytes(svg)
    browser.get(path.as_uri())
    texts, width, height, ticks = browser.execute_script(_TEXTS_JS)
    return [tuple(t) for t in texts], width, height, ticks


def _render(path: Path | None, layout: str, axis: str, out: Path) -> bytes:
    """``python -m timeline render`` of the article at ``path`` (None: the default one)."""
    args = ["render", *([str(path)] if path else []), "-o", str(out), "--scale", "1",
            "--layout", layout, "--axis", axis]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def _label_of(title: str, texts: list[str]) -> str | None:
    """The label drawn for a title: its first 12 characters (or all of a shorter title)."""
    head = title[:12] if len(title) > 12 else title
    return next((t for t in texts if t.startswith(head)), None)


def _overlapping(boxes: list[tuple]) -> list[tuple[str, str]]:
    return [(a[0], b[0]) for a, b in itertools.combinations(boxes, 2)
            if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5 and a[2] < b[4] - 0.5 and b[2] < a[4] - 0.5]


@pytest.mark.parametrize(("layout", "axis"), COMBOS)
def test_default_article_every_event_labelled_and_no_text_overlaps(
    browser: Any, tmp_path: Path, layout: str, axis: str,
) -> None:
    frame = extract(load_default())
    svg = _render(None, layout, axis, tmp_path / "chart.svg")
    texts, width, height, _ = _texts(browser, svg, tmp_path)
    words = [t[0] for t in texts]
    labelled = [title for title in frame["title"] if _label_of(title, words)]
    assert len(labelled) >= 0.95 * len(frame)
    assert _overlapping(texts) == []
    assert all(x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height
               for _, x0, y0, x1, y1 in texts)


@pytest.mark.parametrize(("layout", "axis"), COMBOS)
def test_long_history_article_no_overlaps_and_every_unlabelled_event_counted(
    browser: Any, tmp_path: Path, layout: str, axis: str,
) -> None:
    frame = extract(load_article(LONG))
    assert len(frame) >= 60
    svg = _render(LONG, layout, axis, tmp_path / "chart.svg")
    texts, width, height, ticks = _texts(browser, svg, tmp_path)
    words = [t[0] for t in texts]
    assert _overlapping(texts) == []
    assert all(x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height
               for _, x0, y0, x1, y1 in texts)
    unlabelled = sum(1 for title in frame["title"] if _label_of(title, words) is None)
    counted = sum(int(more) for w in words + ticks for more in re.findall(r"\+(\d+) more", w))
    assert counted >= unlabelled


@pytest.mark.parametrize("suffix", ["svg", "html", "pdf"])
def test_exports_are_titled_by_the_headline_and_never_show_an_id(tmp_path: Path,
                                                                  suffix: str) -> None:
    """An article with no headline, read from a file: its id is a hash nobody should see."""
    folder = tmp_path / "untitled"
    folder.mkdir()
    (folder / "article.txt").write_text(
        "Firefighters contained a scrub fire near the airport on Tuesday evening. "
        "Residents returned home on Wednesday morning, the council said.\n", encoding="utf-8")
    (folder / "meta.json").write_text('{"published": "2024-01-10T12:00:00+13:00", '
                                      '"timezone": "Pacific/Auckland"}', encoding="utf-8")
    article = load_article(folder / "article.txt")
    data = _render(folder / "article.txt", "story", "time", tmp_path / f"chart.{suffix}")
    text = data.decode("latin-1")
    frame = extract(article)
    assert article.doc_id not in text
    assert not any(eid in text for eid in frame["event_id"])
    if suffix != "pdf":  # PDF text is compressed; its /Title is checked in test_export
        assert "Firefighters contained a scrub fire near the airport" in text


def test_standalone_html_draws_every_event_with_no_network(browser: Any, tmp_path: Path) -> None:
    """The page loads nothing (Chromium here has no network, and the page asks for none)
    and Plotly.js, inlined, draws every event's mark and label."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    out = tmp_path / "chart.html"
    _render(None, "story", "time", out)
    browser.get(out.as_uri())
    WebDriverWait(browser, 30).until(
        ready.presence_of_element_located((By.CSS_SELECTOR, "g.annotation")))
    frame = extract(load_default())
    texts = browser.execute_script(
        "return Array.from(document.querySelectorAll('g.annotation text'), n => n.textContent)")
    assert sum(1 for title in frame["title"] if _label_of(title, texts)) == len(frame)
    points = browser.execute_script(
        "return document.querySelectorAll('g.trace.bars path, g.trace.scatter path.point').length")
    assert points >= len(frame)
    remote = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
        ".filter(n => n.startsWith('http'))")
    assert remote == []
