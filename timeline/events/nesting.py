"""Several times in one clause: one happening, dated by the most precise of them.

News copy stacks time expressions on one happening ("published its 10,000th story today
at around 06:56, 7 September 2007"; "ended an overnight attack on the hotel Sunday").
Each of them used to give its own row, so a reader saw three events where there was one.
Times that date the same clause are joined when their intervals nest (one holds the
other): the event takes the narrowest, and the others stay as supporting expressions.
Times whose intervals do not nest keep their own rows ("arrested in 2001 and released in
2005" are two happenings). A time that modifies a noun (nouns.py) dates the noun, not the
clause: beside a time of the clause it holds ("the 2008 Six Nations ... yesterday"), or as
a part of a day beside a day ("an overnight attack on the hotel Sunday"), it is one
happening with it; otherwise the noun is a happening of its own ("reported third-quarter
results on Tuesday", "advertised in today's editions ... at the end of November").
The two ends of a range ("lost ice twice as fast between 2016 and 2022", "made 412
transfers from 2016 to 2021") are one stretch of one clause: one row for the stretch.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import cache

from timeline.events.lexicon import lexicon
from timeline.events.nouns import modifies_noun
from timeline.sentences import Span
from timeline.temporal import Timex
from timeline.temporal.ranges import counts_from, joins_range, opens_range, range_opener


@cache
def _adjoining() -> re.Pattern[str]:
    """What may stand between two times written as one: a comma, 'on' or 'at' (table
    adjoining_preposition), an opening parenthesis, a short parenthetical ('(0735
    GMT)'), or the clock's zone (table clock_zone: '3:26 p.m. local time today')."""
    lex = lexicon()
    joining = lex.pattern("adjoining_preposition").pattern
    zone = lex.pattern("clock_zone").pattern
    return re.compile(rf"[\s,]*+(?:{zone}[\s,]*+)?(?:\([^()]{{0,20}}\)[\s,]*+)?"
                      rf"(?:\(|{joining}\s++)?", re.I)


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
    """The more precise of two nested times (the earlier written on a tie). 'Now' is no
    precise time, whatever its minute-long stand-in interval: 'today is the eighth day
    ... now in Kuwait' is dated by 'today'. On a tie a day named by itself dates the row
    over a happening's day (table happening_day_rule), which the tagger takes from the
    story: 'rose 9.4 percent on their first day of trading today' is dated by 'today'."""
    assert a.begin and a.until and b.begin and b.until
    if (a.value == "PRESENT_REF") != (b.value == "PRESENT_REF"):
        return b if a.value == "PRESENT_REF" else a
    if (b.until - b.begin) == (a.until - a.begin):
        happening = lexicon().set("happening_day_rule")
        return b if a.rule in happening and b.rule not in happening else a
    return b if (b.until - b.begin) < (a.until - a.begin) else a


def adjoined(text: str, dating: Timex, other: Timex) -> Timex:
    """A dating time with a supporting time written right beside it, as one expression
    ('10:35 a.m. (0735 GMT) Friday', '4 in the morning (4 a.m. EDT Thursday)'), so
    the row's time text is all that was written; apart, the dating time as it is."""
    first, second = sorted((dating, other), key=lambda t: t.phrase_start)
    gap = _adjoining().fullmatch(text, first.phrase_end, second.phrase_start)
    if gap is None:
        return dating
    end = second.phrase_end
    if "(" in gap.group() and text.startswith(")", end):
        end += 1
    return replace(dating, phrase_start=first.phrase_start, phrase_end=end)


def datings(text: str, dated: list[tuple[Timex, Span]], boundary: re.Pattern[str]) -> list[Dating]:
    """Times with their clauses, joined per clause where their intervals nest.

    ``boundary`` matches words that open an embedded clause ('that', 'said', 'when'): two
    times with one between them date different happenings ('said this evening that they
    could not confirm any progress tonight')."""
    by_clause: dict[Span, list[Dating]] = {}
    modifiers: list[tuple[Timex, Span]] = []
    for timex, clause in ranges(text, sorted(dated, key=lambda pair: pair[0].phrase_start)):
        if modifies_noun(text, timex):
            modifiers.append((timex, clause))
            continue
        same = by_clause.setdefault(clause, [])

        def joinable(d: Dating, t: Timex = timex) -> bool:
            return _same_clause(text, d.timex, t, boundary)

        _join(text, same, timex, clause, joinable)
    for timex, clause in modifiers:
        same = by_clause.setdefault(clause, [])
        host = next((d for d in same if _holds(timex, d.timex)), None)
        if host is None and _within_a_day(timex):
            # 'an overnight attack on the hotel Sunday': read with Sunday; not with a
            # longer time ('a Sunday night memorial service, one year after he was killed')
            host = next((d for d in same if _a_day_or_less(d.timex)), None)
        if host is None:  # 'reported third-quarter results on Tuesday': the results' own
            _join(text, same, timex, clause, lambda d: True)
        else:
            host.support.append(timex)
    out = [dating for same in by_clause.values() for dating in same]
    return sorted(out, key=lambda d: d.timex.phrase_start)


def ranges(text: str, dated: list[tuple[Timex, Span]]) -> list[tuple[Timex, Span]]:
    """Times in text order with each range of two of one clause ('between 2016 and 2022',
    'from 1991 to 1997'; the tagger's range_joiner) made one time: from the first's
    start to the second's end, its value an ISO 8601 interval ('2016/2022'). Each end alone
    would put the clause at one end of its stretch, twice (benchmarks.dating). A duration
    that reaches a day from the time after it ('expires 30 days from June 1') is one time
    with it: the duration's, its phrase written to the anchor's end."""
    out: list[tuple[Timex, Span]] = []
    for timex, clause in dated:
        if out and out[-1][1] == clause and _reaches_from(text, out[-1][0], timex):
            out[-1] = (replace(out[-1][0], phrase_end=timex.phrase_end), clause)
        elif out and out[-1][1] == clause and _joins(text, out[-1][0], timex):
            first = out[-1][0]
            opener = range_opener().search(text, clause.start, first.phrase_start)
            out[-1] = (replace(first, end=timex.end, text=text[first.start : timex.end],
                               value=f"{first.value}/{timex.value}", until=timex.until,
                               phrase_start=opener.start() if opener else first.phrase_start,
                               phrase_end=timex.phrase_end), clause)
        else:
            out.append((timex, clause))
    return out


def _reaches_from(text: str, duration: Timex, anchor: Timex) -> bool:
    """Whether a duration reaches a day from the time after it ('expires 30 days from June
    1'); one after a word of stretch_opener is a stretch that starts there, which the
    anchor dates ('for three months from August 10', 'will last 30 days from June 10'),
    and so is one whose anchor opens a range ('two days from Monday until Tuesday')."""
    return (not is_stretch(text, duration) and counts_from(text, duration, anchor)
            and not opens_range(text, anchor))


def is_stretch(text: str, duration: Timex) -> bool:
    """Whether a duration follows a word of stretch_opener ('for three months', 'will last
    30 days'): a stretch that starts at what follows it, not a distance from it."""
    before = text[max(0, duration.start - _OPENER_REACH) : duration.start]
    return _stretch_opener().search(before) is not None


_OPENER_REACH = 30  # characters: 'for a period of ' and a space to spare


@cache
def _stretch_opener() -> re.Pattern[str]:
    """A word of stretch_opener ending right before a duration."""
    words = lexicon().pattern("stretch_opener").pattern
    return re.compile(rf"{words}\s+$", re.I)


def _joins(text: str, first: Timex, last: Timex) -> bool:
    """Whether two times are the ends of one range, the first before the second, both
    longer than a day: a day or finer ('from Aug. 26 to Oct. 20') is a fully specified
    time a reader looks up by its own row (benchmarks.dating's full times)."""
    if first.begin is None or first.until is None or last.begin is None or last.until is None:
        return False
    if min(first.until - first.begin, last.until - last.begin) <= timedelta(days=1):
        return False
    return first.begin < last.begin and joins_range(text, first.start, first.end, last.start)


def _holds(outer: Timex, inner: Timex) -> bool:
    """Whether one time's interval holds another's ('the 2008 Six Nations' holds its
    'yesterday'; "today's editions" does not hold 'the end of November')."""
    if outer.begin is None or outer.until is None or inner.begin is None:
        return False
    return inner.until is not None and outer.begin <= inner.begin and inner.until <= outer.until


def _within_a_day(timex: Timex) -> bool:
    """A part of a day or a clock time: read on the day of the clause's own time."""
    if timex.begin is None or timex.until is None:
        return False
    return timex.until - timex.begin < timedelta(days=1)


def _a_day_or_less(timex: Timex) -> bool:
    """A day, a part of one or a clock time: what a part of a day is read on."""
    if timex.begin is None or timex.until is None:
        return False
    return timex.until - timex.begin <= timedelta(days=1)


def _same_clause(text: str, a: Timex, b: Timex, boundary: re.Pattern[str]) -> bool:
    first, second = sorted((a, b), key=lambda t: t.phrase_start)
    return not boundary.search(text, first.phrase_end, second.phrase_start)


def _join(
    text: str,
    same: list[Dating],
    timex: Timex,
    clause: Span,
    joinable: Callable[[Dating], bool],
) -> None:
    """Add a time to the dating of its clause (``same`` holds the clause's datings) it nests
    with, or start a new one."""
    for dating in same:
        if nests(dating.timex, timex) and joinable(dating):
            best = narrower(dating.timex, timex)
            other = timex if best is dating.timex else dating.timex
            dating.timex = adjoined(text, best, other)
            dating.support.append(other)
            return
    same.append(Dating(timex, clause))
