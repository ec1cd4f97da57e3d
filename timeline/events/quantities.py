"""Amounts mentioned with an event, as structured ranges.

"between 300 and 3000" protesters, "at least nine people", "more than 30": a reader of a
timeline wants the numbers, and a range keeps what the article commits to (low, high)
without inventing precision. Numbers inside time expressions ("9.30pm", "seven days")
are the tagger's, not quantities, and are skipped.
"""

from __future__ import annotations

import math
import re
from functools import cache

from timeline.events.lexicon import Lexicon
from timeline.sentences import Span

# Never from inside a number: a run of '999,999,...' would be tried from each group.
_NUMBER = r"(?<!\d,)\d+(?:,\d{3})*(?:\.\d+)?"
_RANGE = re.compile(
    rf"\b(?:(?:from\s+)?between\s+(?P<a>{_NUMBER})\s+and\s+(?P<b>{_NUMBER})"
    rf"|from\s+(?P<c>{_NUMBER})\s+to\s+(?P<d>{_NUMBER})"
    rf"|(?P<e>{_NUMBER})\s*(?:-|to|\u2013)\s*(?P<f>{_NUMBER})(?=\s+[a-z]))"
)
_PLAIN = re.compile(rf"(?<![\w.$,-])(?P<n>{_NUMBER})(?![\w.:-]|\.\d|,\d)")
_NUMBERS_OF = re.compile(r"(?<![A-Za-z])([A-Za-z]++)\s+numbers?\b")


@cache
def _bound(lex: Lexicon) -> re.Pattern[str]:
    """A number after a word that bounds it ('at least nine', 'nearly 30', 'about 300')."""
    cues = [*lex.words["lower_bound"], *lex.words["upper_bound"], *lex.words["about"]]
    body = "|".join(map(re.escape, sorted(cues, key=len, reverse=True)))
    return re.compile(rf"\b(?P<cue>{body})\s+(?P<n>{_NUMBER})")


def _value(text: str) -> float | None:
    """The number written, or None when it is too large for a float (over 308 digits):
    an infinite amount would make the frame's JSON invalid, and the text keeps it."""
    number = float(text.replace(",", ""))
    return number if math.isfinite(number) else None


def quantities_in(
    text: str, span: Span, skip: list[tuple[int, int]], lex: Lexicon
) -> tuple[dict[str, object], ...]:
    """Quantities in a span, each {'text', 'low', 'high', 'unit'}; spans in `skip` (time
    expressions) hold no quantities. An open bound ('at least nine') leaves high None."""
    found: list[dict[str, object]] = []
    taken = list(skip)
    for pattern in (_RANGE, _bound(lex), _PLAIN):
        for m in pattern.finditer(text, span.start, span.end):
            if any(s < m.end() and m.start() < e for s, e in taken) or _is_year(m, text):
                continue
            taken.append((m.start(), m.end()))
            low, high = _bounds(m, lex)
            found.append(
                {
                    "text": m.group(),
                    "low": low,
                    "high": high,
                    "unit": _unit(text, m.end(), span, lex),
                    "at": m.start(),
                }
            )
    found.sort(key=lambda q: int(q["at"]))  # type: ignore[call-overload]
    return tuple({k: v for k, v in q.items() if k != "at"} for q in found)


def _bounds(m: re.Match[str], lex: Lexicon) -> tuple[float | None, float | None]:
    groups = m.groupdict()
    for a, b in (("a", "b"), ("c", "d"), ("e", "f")):
        if groups.get(a):
            return _value(groups[a]), _value(groups[b])
    number = _value(groups["n"])
    cue = (groups.get("cue") or "").lower()
    if cue in lex.set("lower_bound"):
        return number, None
    if cue in lex.set("upper_bound"):
        return None, number
    return number, number


def _is_year(m: re.Match[str], text: str) -> bool:
    """A bare four-digit number from 1000 to 2199 is a year (the tagger dates it)."""
    return bool(re.fullmatch(r"1\d{3}|20\d{2}|21\d{2}", m.group()))


def _unit(text: str, end: int, span: Span, lex: Lexicon) -> str:
    """What is counted: the noun after the number ('nine people'), else the noun before
    'numbers' ('Protester numbers ... between 300 and 3000')."""
    after = re.match(r"\s+(?:(?:[a-z-]+\s+)?(?:of\s+))?([A-Za-z][a-z-]+)", text[end : span.end])
    if after and after.group(1).lower() not in lex.words["not_a_unit"]:
        return after.group(1)
    before = _NUMBERS_OF.search(text, span.start, end)
    return before.group(1).lower() if before else ""
