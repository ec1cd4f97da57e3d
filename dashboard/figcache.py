"""Finished chart figures, kept per view, so a view drawn before costs a lookup.

A labelled figure takes 0.1-0.6 s to build, most of it Plotly validating ``go.Figure``,
while readers ask for the same views again and again: everyone opens on the default view,
the range buttons and filters give the same windows and subsets to everyone, and every
selection redraws the view it was made in. So each figure is kept as the JSON-ready dict
Dash sends (``to_plotly_json``), under everything it was drawn from, in a small LRU per
process; and a selection is never a new figure: ``highlighted`` marks the event in the
view's kept figure, exactly as ``timeline_figure(highlight=...)`` would.

Entries belong to one ``Dataset`` object (held weakly: a dataset dropped from memory takes
nothing of its own along, and its entries can never answer for another).
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import diskcache
import plotly.graph_objects as go

#: figures kept by one process (a labelled figure of 1,000 events is about 0.4 MB of JSON).
SIZE = 64
Figure = dict[str, Any]
#: how long a figure stays in the shared cache without being asked for again.
_SHARED_SECONDS = 3600


class FigureCache:
    """Figures by (dataset, view key), the least recently used dropped past ``size``.

    Threads share it. A figure being built is built once: others asking for it meanwhile
    wait for that build rather than repeat it (a crowd pressing the same button).
    """

    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        #: the server's shared cache (``share``): every worker process finds what one built.
        self.shared: diskcache.Cache | None = None
        self._figures: OrderedDict[tuple[int, Hashable], tuple[weakref.ref[object], Figure]]
        self._figures = OrderedDict()
        self._building: dict[tuple[int, Hashable], threading.Event] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._figures)

    def share(self, cache: diskcache.Cache) -> None:
        """Keep figures in ``cache`` too, under their dataset's ``fingerprint``: gunicorn
        spreads a reader's requests over its workers, and without this each built every
        view again."""
        self.shared = cache

    def _shared_key(self, owner: object, key: Hashable) -> str | None:
        fingerprint = getattr(owner, "fingerprint", None)
        if self.shared is None or not isinstance(fingerprint, str):
            return None
        return "figure:" + hashlib.sha1(f"{fingerprint}|{key!r}".encode()).hexdigest()

    def figure(self, owner: object, key: Hashable, build: Callable[[], go.Figure]) -> Figure:
        """The kept figure of ``owner`` under ``key``, or ``build()``'s, kept from now on."""
        slot = (id(owner), key)
        while True:
            with self._lock:
                kept = self._figures.get(slot)
                if kept is not None and kept[0]() is owner:
                    self._figures.move_to_end(slot)
                    return kept[1]
                waiting = self._building.get(slot)
                if waiting is None:
                    self._building[slot] = threading.Event()
                    break
            waiting.wait()
        try:
            shared = self._shared_key(owner, key)
            made = self.shared.get(shared) if shared and self.shared is not None else None
            if not isinstance(made, dict):
                made = build().to_plotly_json()
                if shared and self.shared is not None:
                    self.shared.set(shared, made, expire=_SHARED_SECONDS)
            with self._lock:
                self._figures[slot] = (weakref.ref(owner), made)
                self._figures.move_to_end(slot)
                while len(self._figures) > self.size:
                    self._figures.popitem(last=False)
        finally:
            with self._lock:
                self._building.pop(slot).set()
        return made


def highlightable(figure: Figure) -> bool:
    """Whether a selection only restyles marks the figure has: true of the labelled and
    WebGL charts, not of density strips (they draw the selected event as a trace of its own)."""
    return not any(trace.get("type") == "heatmap" for trace in figure.get("data", []))


def highlighted(figure: Figure, event_id: str | None) -> Figure:
    """The figure with one event emphasised and the others dimmed: each trace of event marks
    (those with ``unselected`` styles) selects its points of that event. Traces and layout
    are shared with ``figure``, never changed."""
    if event_id is None:
        return figure
    data = [
        trace | {"selectedpoints": [i for i, e in enumerate(trace["customdata"]) if e == event_id]}
        if "unselected" in trace
        else trace
        for trace in figure.get("data", [])
    ]
    return figure | {"data": data}
