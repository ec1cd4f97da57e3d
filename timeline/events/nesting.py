"""Several times in one clause: one happening, dated by the most precise of them.

News copy stacks time expressions on one happening ("published its 10,000th story today
at around 06:56, 7 September 2007"; "ended an overnight attack on the hotel Sunday").
Each of them used to give its own row, so a reader saw three events where there was one.
Times that date the same clause are joined when their intervals nest (one holds the
other): the event takes the narrowest, and the others stay as supporting expressions.
Times whose intervals do not nest keep their own rows ("arrested in 2001 and released in
2005" are two happenings), except a time that only modifies a noun ("an overnight
attack", "the 2008 championship"), which names what is talked about, not when the clause
happened, and so never dates a row of its own beside a time that does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from timeline.events.lexicon import lexicon
from timeline.sentences import Span
from timeline.temporal import Timex


@cache
def _determiner() -> re.Pattern[str]:
    """A determiner or a possessive 's right before an offset."""
    words = lexicon().pattern("determiner").pattern
    return re.compile(rf"(?:{words}|['\u2019]s)\s*$", re.I)


@cache
def _noun_after() -> re.Pattern[str]:
    """A word after a time that is not a preposition: the noun the time modifies."""
    words = lexicon().pattern("preposition").pattern
    return re.compile(rf"(?<!\s)\s++(?!{words})[A-Za-z]", re.I)


@dataclass
class Dating:
    """The time that dates a clause, and the times of the same clause that agree with it."""

    timex: Timex
    clause: Span
    support: list[Timex] = field(default_factory=list)


def nests(a: Timex, b: Timex) -> bool:
    """Whether one interval holds the other (they can date the same happening)."""
    if a.begin is None or b.begin is None or a.until is None or b.until is None:
        return False
    return (a.begin <= b.begin and b.until <= a.until) or (
        b.begin <= a.begin and a.until <= b.until
    )


def narrower(a: Timex, b: Timex) -> Timex:
    """The more precise of two nested times (the earlier written on a tie)."""
    assert a.begin and a.until and b.begin and b.until
    return b if (b.until - b.begin) < (a.until - a.begin) else a


def modifies_noun(text: str, timex: Timex) -> bool:
    """A time inside a noun phrase ('an overnight attack', 'the 2008 RBS Six Nations'):
    a determiner before it and a noun, not a preposition, after it."""
    before = text[max(0, timex.phrase_start - 8) : timex.phrase_start]
    return bool(_determiner().search(before) and _noun_after().match(text, timex.phrase_end))


def datings(text: str, dated: list[tuple[Timex, Span]], boundary: re.Pattern[str]) -> list[Dating]:
    """Times with their clauses, joined per clause where their intervals nest.

    ``boundary`` matches words that open an embedded clause ('that', 'said', 'when'): two
    times with one between them date different happenings ('said this evening that they
    could not confirm any progress tonight')."""
    by_clause: dict[Span, list[Dating]] = {}
    modifiers: list[tuple[Timex, Span]] = []
    for timex, clause in sorted(dated, key=lambda pair: pair[0].phrase_start):
        if modifies_noun(text, timex):
            modifiers.append((timex, clause))
            continue
        same = by_clause.setdefault(clause, [])

        def joinable(d: Dating, t: Timex = timex) -> bool:
            return _same_clause(text, d.timex, t, boundary)

        _join(same, timex, clause, joinable)
    for timex, clause in modifiers:
        same = by_clause.setdefault(clause, [])
        host = next((d for d in same if nests(d.timex, timex)), same[0] if same else None)
        if host is None:
            _join(same, timex, clause, lambda d: True)
        else:
            host.support.append(timex)
    out = [dating for same in by_clause.values() for dating in same]
    return sorted(out, key=lambda d: d.timex.phrase_start)


def _same_clause(text: str, a: Timex, b: Timex, boundary: re.Pattern[str]) -> bool:
    first, second = sorted((a, b), key=lambda t: t.phrase_start)
    return not boundary.search(text, first.phrase_end, second.phrase_start)


def _join(
    same: list[Dating], timex: Timex, clause: Span, joinable: Callable[[Dating], bool]
) -> None:
    """Add a time to the dating of its clause (``same`` holds the clause's datings) it nests
    with, or start a new one."""
    for dating in same:
        if nests(dating.timex, timex) and joinable(dating):
            best = narrower(dating.timex, timex)
            other = timex if best is dating.timex else dating.timex
            dating.timex = best
            dating.support.append(other)
            return
    same.append(Dating(timex, clause))
