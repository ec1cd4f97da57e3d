"""The figure cache: a view is built once, and a selection on it is exactly the figure
``timeline_figure(highlight=...)`` draws."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio
import pytest
from conftest import build_sample_article, build_sample_frame

from benchmarks.dashboard import synthetic_frame
from dashboard import callbacks
from dashboard.datasets import Dataset
from dashboard.figcache import FigureCache, highlightable, highlighted
from timeline.figures import timeline_figure
from timeline.viewstate import View


class Owner:
    """Anything a figure can belong to (the page's datasets)."""


def _plain(figure: Any) -> Any:
    """A figure (object or dict) as plain JSON values, to compare."""
    return json.loads(pio.to_json(figure, validate=False))


def _figure(n: int = 1) -> go.Figure:
    return go.Figure(go.Scatter(x=[n], y=[n]))


@pytest.mark.parametrize(
    "drawing",
    [
        {},
        {"layout": "lanes", "lane": "actor"},
        {"layout": "story", "axis": "sequence"},
        {"layout": "lanes", "lane": "none", "axis": "sequence"},
    ],
)
def test_highlighted_is_what_timeline_figure_draws(drawing: dict[str, Any]) -> None:
    frame = build_sample_frame()
    plain = timeline_figure(frame, title="T", **drawing).to_plotly_json()
    assert highlightable(plain)
    for event_id in [*frame["event_id"], "not-an-event"]:
        wanted = timeline_figure(frame, title="T", highlight=event_id, **drawing)
        assert _plain(highlighted(plain, event_id)) == _plain(wanted)
    assert highlighted(plain, None) is plain


def test_highlighted_webgl_chart_is_what_timeline_figure_draws() -> None:
    frame = synthetic_frame(1_200)
    plain = timeline_figure(frame).to_plotly_json()
    assert {t["type"] for t in plain["data"]} == {"scattergl"}
    wanted = timeline_figure(frame, highlight="ev7")
    assert _plain(highlighted(plain, "ev7")) == _plain(wanted)


def test_density_strips_are_not_highlightable() -> None:
    plain = timeline_figure(synthetic_frame(6_000)).to_plotly_json()
    assert not highlightable(plain)


def test_highlighted_leaves_the_kept_figure_alone() -> None:
    plain = timeline_figure(build_sample_frame()).to_plotly_json()
    before = _plain(plain)
    highlighted(plain, "e2")
    assert _plain(plain) == before


def test_a_repeated_view_is_built_once() -> None:
    cache, owner, builds = FigureCache(), Owner(), []

    def build() -> go.Figure:
        builds.append(1)
        return _figure()

    first = cache.figure(owner, ("view", 1), build)
    assert cache.figure(owner, ("view", 1), build) is first
    assert len(builds) == 1
    assert first == _figure().to_plotly_json()


def test_least_recently_used_figures_go_first() -> None:
    cache, owner = FigureCache(size=2), Owner()
    a = cache.figure(owner, "a", lambda: _figure(1))
    cache.figure(owner, "b", lambda: _figure(2))
    assert cache.figure(owner, "a", lambda: _figure(9)) is a  # a used again: b is oldest
    cache.figure(owner, "c", lambda: _figure(3))
    assert len(cache) == 2
    assert cache.figure(owner, "b", lambda: _figure(4)) == _figure(4).to_plotly_json()


def test_figures_belong_to_their_dataset() -> None:
    cache = FigureCache()
    one, other = Owner(), Owner()
    cache.figure(one, "view", lambda: _figure(1))
    assert cache.figure(other, "view", lambda: _figure(2)) == _figure(2).to_plotly_json()


def test_a_figure_being_built_is_built_once_for_everyone_asking() -> None:
    cache, owner, builds, results = FigureCache(), Owner(), [], []

    def slow() -> go.Figure:
        builds.append(1)
        time.sleep(0.2)
        return _figure()

    threads = [
        threading.Thread(target=lambda: results.append(cache.figure(owner, "v", slow)))
        for _ in range(5)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(builds) == 1
    assert all(r is results[0] for r in results) and len(results) == 5


def test_selecting_in_a_view_builds_no_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    frame, article = build_sample_frame(), build_sample_article()
    data = Dataset(frame, {article.doc_id: article})
    built: list[dict[str, Any]] = []
    draw = callbacks.timeline_figure

    def spy(df: Any, **kwargs: Any) -> go.Figure:
        built.append(kwargs)
        return draw(df, **kwargs)

    monkeypatch.setattr(callbacks, "timeline_figure", spy)
    view = View(lane="actor")
    shown = [callbacks.view_figure(data, view, None, None, 900, e) for e in (None, "e1", "e3")]
    assert len(built) == 1 and built[0]["highlight"] is None and built[0]["width"] == 900
    wanted = timeline_figure(frame, lane="actor", width=900, title=data.title, highlight="e3")
    assert _plain(shown[2]) == _plain(wanted)
    callbacks.view_figure(data, view, None, None, 800, "e3")  # another width: labels re-flow
    callbacks.view_figure(data, View(lane="kind"), None, None, 900, None)
    callbacks.view_figure(data, view, {"all": "yes"}, None, 900, None)
    assert [(b["width"], b["lane"], b["focus"]) for b in built[1:]] == [
        (800, "actor", True),
        (900, "kind", True),
        (900, "actor", False),
    ]


def _dataset(frame: Any = None) -> Dataset:
    article = build_sample_article()
    return Dataset(build_sample_frame() if frame is None else frame, {article.doc_id: article})


def test_workers_sharing_a_cache_build_a_view_once(tmp_path: Any) -> None:
    import diskcache

    shared = diskcache.Cache(str(tmp_path))
    first, second = FigureCache(), FigureCache()  # two worker processes' caches
    first.share(shared)
    second.share(shared)
    builds: list[str] = []

    def build() -> go.Figure:
        builds.append("built")
        return go.Figure(layout={"title": {"text": "kept"}})

    made = first.figure(_dataset(), ("view",), build)
    again = second.figure(_dataset(), ("view",), build)  # same data, another process's object
    assert builds == ["built"]
    assert again == made
    edited = build_sample_frame()
    edited.loc[0, "title"] = "A corrected title"
    second.figure(_dataset(edited), ("view",), build)
    assert builds == ["built", "built"]  # an edit is another dataset


def test_fingerprint_follows_what_is_drawn() -> None:
    frame = build_sample_frame()
    assert _dataset(frame).fingerprint == _dataset(frame.copy()).fingerprint
    moved = frame.copy()
    moved.loc[1, "actors"] = ["the mayor"]
    assert _dataset(moved).fingerprint != _dataset(frame).fingerprint
