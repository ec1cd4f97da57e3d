"""One headless Chromium, kept open, for every image this process renders.

kaleido's one-shot ``calc_fig_sync`` starts a browser, loads Plotly.js, renders and shuts
the browser down again: about 8 s an image here, nearly all of it start and stop. A
``kaleido.Kaleido`` kept open renders the next image in well under a second, so the
dashboard's export buttons and a ``render`` of several formats stay quick. The browser
lives on an asyncio loop in a daemon thread; calls from any thread queue on that loop.
The core never downloads a browser: the caller names the system Chromium to drive.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import threading
from typing import Any

_START_TIMEOUT = 60.0  # s: a first start of Chromium on a slow machine
_RENDER_TIMEOUT = 120.0  # s: one image, however large


class Renderer:
    """A kaleido browser on a private event loop; ``render`` blocks until the bytes come."""

    def __init__(self, browser: str) -> None:
        import kaleido  # deferred: pulls in choreographer and its asyncio machinery

        self.browser = browser
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="timeline-renderer")
        self._thread.start()
        self._kaleido = kaleido.Kaleido(n=1, path=browser, mathjax=False)
        self._call(self._kaleido.open(), _START_TIMEOUT)

    def render(self, fig: dict[str, Any], opts: dict[str, Any]) -> bytes:
        return bytes(self._call(self._kaleido.calc_fig(fig, opts=opts), _RENDER_TIMEOUT))

    def close(self) -> None:
        try:
            self._call(self._kaleido.close(), _START_TIMEOUT)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)

    def _call(self, coroutine: Any, timeout: float) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)


_lock = threading.Lock()
_shared: Renderer | None = None


def shared(browser: str) -> Renderer:
    """The process's renderer for ``browser``, started on first use, closed at exit."""
    global _shared
    with _lock:
        if _shared is None or _shared.browser != browser:
            if _shared is not None:
                _shared.close()
            _shared = Renderer(browser)
            atexit.register(_close_shared)
        return _shared


def discard() -> None:
    """Forget a renderer that failed, so the next call starts a fresh browser."""
    global _shared
    with _lock:
        broken, _shared = _shared, None
    if broken is not None:
        with contextlib.suppress(Exception):  # a broken browser may fail to close: it is gone
            broken.close()


def _close_shared() -> None:
    if _shared is not None:
        _shared.close()
