"""The exported SVG as a browser draws it: every event labelled, no two texts overlapping.

The placer works from font tables; this checks its promise where it matters, in the SVG
that kaleido writes, opened in headless Chromium, with the boxes the browser measures.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from timeline.export import figure_bytes, publication_figure, source_line
from timeline.figures import timeline_figure
from timeline.ingest import Article, load_article, load_default
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
    path = tmp_path / "chart.svg"
    path.write_bytes(svg)
    browser.get(path.as_uri())
    texts, width, height, ticks = browser.execute_script(_TEXTS_JS)
    return [tuple(t) for t in texts], width, height, ticks


def _render(article: Article, frame: pd.DataFrame, layout: str, axis: str) -> bytes:
    fig = timeline_figure(frame, title=article.headline, layout=layout, axis=axis)  # type: ignore[arg-type]
    framed = publication_figure(fig, article.headline, source_line(article.source,
                                                                    article.published))
    return figure_bytes(framed, "svg", width=1200, height=int(framed.layout.height), scale=1)


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
    article = load_default()
    frame = extract(article)
    texts, width, height, _ = _texts(browser, _render(article, frame, layout, axis), tmp_path)
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
    article = load_article(LONG)
    frame = extract(article)
    assert len(frame) >= 60
    texts, width, height, ticks = _texts(browser, _render(article, frame, layout, axis), tmp_path)
    words = [t[0] for t in texts]
    assert _overlapping(texts) == []
    assert all(x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height
               for _, x0, y0, x1, y1 in texts)
    unlabelled = sum(1 for title in frame["title"] if _label_of(title, words) is None)
    counted = sum(int(more) for w in words + ticks for more in re.findall(r"\+(\d+) more", w))
    assert counted >= unlabelled
