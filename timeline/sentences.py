"""Sentences and paragraphs with exact character offsets.

Offsets are the provenance of every event, so spans index the original text unchanged:
``text[span.start:span.end]`` is always the sentence, with no whitespace at either end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# A sentence ends at . ! or ? (and any closing quotes or brackets), before whitespace and a
# capital, digit or opening quote; or at a line break.
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])|\n+""")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.$")


@cache
def abbreviations() -> frozenset[str]:
    path = resources.files("timeline") / "data" / "abbreviations.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop ending at `stop` closes an abbreviation such as 'Feb.' or 'U.S.'."""
    found = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if not found:
        return False
    word = found.group(1).lower().rstrip(".")
    return word in abbreviations() or len(word) == 1


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def sentences(text: str) -> list[Span]:
    """Split into sentences; never loses or moves a character."""
    spans: list[Span] = []
    start = 0
    for found in _BOUNDARY.finditer(text):
        stop = found.group()
        if stop.startswith(".") and "\n" not in stop and _is_abbreviation(text, found.start() + 1):
            continue
        span = _trimmed(text, start, found.end())
        if span:
            spans.append(span)
        start = found.end()
    tail = _trimmed(text, start, len(text))
    if tail:
        spans.append(tail)
    return spans


def paragraphs(text: str) -> list[Span]:
    """Paragraphs are the text's non-blank lines (news copy puts one paragraph per line)."""
    spans: list[Span] = []
    for found in re.finditer(r"[^\n]+", text):
        span = _trimmed(text, found.start(), found.end())
        if span:
            spans.append(span)
    return spans


def containing(spans: list[Span], offset: int) -> Span | None:
    """The span holding a character offset (spans sorted, as returned above)."""
    for span in spans:
        if span.start <= offset < span.end:
            return span
    return None
