"""How wide a label will be, in pixels, before any browser draws it.

Label placement must know each label's box on the server (the same layout goes to the
dashboard and to kaleido's PNG, SVG and PDF), so widths come from the advance widths of the
font the chart asks for: Liberation Sans, metric-compatible with Arial, installed with
Debian's fonts-liberation. Characters the table lacks (CJK, emoji) count as wide, so an
estimate errs towards more room, never towards an overlap.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate

FONT_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif"
_UNITS_PER_EM = 2048
_WIDE = 1.25  # in em: for characters not in the table (emoji, CJK and the like)
#: kerning and hinting can widen a run by a little; never let that close a gap.
_SAFETY = 1.04


@cache
def _table() -> tuple[dict[int, int], dict[int, int]]:
    text = (resources.files("timeline") / "data" / "fonts" / "liberation-sans-widths.tsv")
    regular: dict[int, int] = {}
    bold: dict[int, int] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "codepoint")) or not line:
            continue
        code, plain, heavy = line.split("\t")
        regular[int(code, 16)] = int(plain)
        bold[int(code, 16)] = int(heavy)
    return regular, bold


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in px of ``text`` set in the chart's font at ``size`` px."""
    return _running(text, bold)[-1] * size * _SAFETY / _UNITS_PER_EM


def fit_text(text: str, size: float, room: float, minimum: int = 12, bold: bool = False) -> str:
    """``text`` cut at a word (else a character) with '…' so it fits ``room`` px; '' if even
    its first ``minimum`` characters and '…' do not fit. One binary search over the running
    widths, since a chart may fit thousands of labels per draw."""
    scale = size * _SAFETY / _UNITS_PER_EM
    running = _running(text, bold)
    if running[-1] * scale <= room:
        return text
    cut = bisect_right(running, room / scale - _table()[1 if bold else 0][0x2026]) - 1
    if cut < minimum:
        return ""
    return _shorten(text, cut)


@lru_cache(maxsize=65536)
def _running(text: str, bold: bool) -> tuple[float, ...]:
    """Advance widths summed along ``text``, in font units (cached: labels recur per draw)."""
    widths = _table()[1 if bold else 0]
    wide = _WIDE * _UNITS_PER_EM
    return tuple(accumulate((widths.get(ord(ch), wide) for ch in text), initial=0.0))


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut at a word with '…' when it is longer."""
    return text if len(text) <= limit else _shorten(text, limit - 1)


def _shorten(text: str, cut: int) -> str:
    """The first ``cut`` characters, backed up to a word end when one is near, plus '…'."""
    head = text[:cut]
    space = head.rfind(" ")
    if space >= max(12, cut - 15):
        head = head[:space]
    return head.rstrip(" ,;:-\u2013") + "\u2026"
