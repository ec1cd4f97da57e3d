"""Clauses and what kind of event a clause reports.

A time dates the clause it stands in: a sentence is cut into clauses at semicolons,
dashes, and the words of ``clause_opener`` marked "cut" (data/events.toml). The clause's
telling word nearest to the time decides its kind.
"""

from __future__ import annotations

import re

from timeline.events.lexicon import Lexicon
from timeline.sentences import Span
from timeline.temporal import Timex

# A passive of a happening: a form of 'be' and a past participle ('was today appointed').
_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+|today\s+|yesterday\s+)?"
    r"(?!(?:used|supposed|based|concerned|interested|tired)\b)\w+ed\b"
)


def clause_of(lex: Lexicon, text: str, sentence: Span, timex: Timex) -> Span:
    """The clause of a sentence that holds the time expression."""
    start, end = sentence.start, sentence.end
    for cut in lex.clause_break.finditer(text, sentence.start, sentence.end):
        if cut.end() <= timex.phrase_start:
            start = cut.end()
        elif cut.start() >= timex.end:
            end = cut.start()
            break
    return Span(start, end)


def nearest(patterns: dict[str, re.Pattern[str]], text: str, span: Span, at: int) -> str:
    """The name of the pattern with a match nearest to an offset within a span."""
    best: tuple[int, int, str] | None = None
    for rank, (name, pattern) in enumerate(patterns.items()):
        for m in pattern.finditer(text, span.start, span.end):
            distance = min(abs(m.start() - at), abs(m.end() - at))
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, name)
    return best[2] if best else "occurrence"


def kind_of(text: str, clause: Span, timex: Timex, lex: Lexicon) -> str:
    """statement, plan, forecast or status by the nearest telling word; else occurrence."""
    cues = {
        "statement": lex.reporting,
        "plan": lex.plan,
        "forecast": lex.forecast,
        "status": lex.status,
    }
    kind = nearest(cues, text, clause, timex.phrase_start)
    if kind == "status" and _PASSIVE.search(text, clause.start, clause.end):
        return "occurrence"  # 'was appointed', 'were killed': something happened to them
    return kind
