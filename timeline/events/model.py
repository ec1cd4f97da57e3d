"""The event record every step of the events stage passes on, and its stable id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from timeline.sentences import Span
from timeline.temporal import Timex


@dataclass(frozen=True)
class Event:
    """One happening in an article, with the time expression that dates it.

    For an inferred event ``timex`` is the expression whose time it inherits (written in an
    earlier sentence), or a stand-in for the publication time with ``time_text`` "".
    """

    event_id: str
    doc_id: str
    timex: Timex
    sentence: Span
    title: str
    actors: tuple[str, ...]
    kind: str
    source: str
    anchor: str = ""
    confidence: float = float("nan")
    claim: str = ""
    roles: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    quantities: tuple[dict[str, object], ...] = ()
    time_text: str | None = None
    support: tuple[Timex, ...] = ()


def event_id(doc_id: str, timex: Timex) -> str:
    """Same article, same expression: same id, run after run, even when the expression's
    value changes (a corrected publication time), so an edit kept in a store still
    points at its event when the article is extracted again."""
    key = f"{doc_id}|{timex.phrase_start}|{timex.end}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]

