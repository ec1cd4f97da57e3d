"""A clock time beside a day is one time: "at 7pm next Thursday", "Monday at 6.30pm".

The tagger reads the clock time and the day as two expressions and dates a bare clock
time on the day of publication, so "The council will meet at 7pm next Thursday" gave two
rows, one of them on the wrong day (in the past when the meeting is ahead). A clock time
written right beside a day, with at most "on", "at", a comma or a short parenthetical
("10:35 a.m. (0735 GMT) Friday") between, and dated on
another day, is moved onto that day and the pair becomes one expression, dated to the
minute. An evening clock told before a small-hours clock of the same day in one sentence
is the evening before: the night ran from one into the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache
from itertools import pairwise

from timeline.events.lexicon import Lexicon, lexicon
from timeline.temporal import Timex
from timeline.temporal.candidates import across_paragraphs
from timeline.temporal.vocab import load as load_vocab

_CLOCK = ("minute", "hour", "second")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")  # a calendar day's value, not a count ('P1D')


@cache
def _between() -> re.Pattern[str]:
    """What may stand between a clock time and its day: "7pm next Thursday", "Monday, at
    6pm" (table adjoining_preposition), a short parenthetical ("10:35 a.m. (0735 GMT)
    Friday")."""
    joining = lexicon().pattern("adjoining_preposition").pattern
    return re.compile(rf"[\s,]*+(?:\([^()]{{0,20}}\)[\s,]*+)?(?:{joining}\s++)?", re.I)


def with_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """The time expressions with each clock time beside a day joined to it."""
    ordered = sorted(timexes, key=lambda t: t.phrase_start)
    out: list[Timex] = []
    index = 0
    while index < len(ordered):
        here = ordered[index]
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        joined = _joined(text, here, after) if after is not None else None
        if joined is not None:
            out.append(joined)
            index += 2
        else:
            out.append(here)
            index += 1
    return out


def _joined(text: str, first: Timex, second: Timex) -> Timex | None:
    gap = _between().match(text, first.phrase_end, second.phrase_start)
    if gap is None or gap.end() != second.phrase_start:
        return None
    if across_paragraphs(text, first.phrase_end, second.phrase_start):
        return None  # 'at 7 p.m.' ending a paragraph, 'Saturday' opening the next
    kinds = (first.granularity, second.granularity)
    if kinds[0] in _CLOCK and kinds[1] == "day":
        clock, day = first, second
    elif kinds[0] == "day" and kinds[1] in _CLOCK:
        day, clock = first, second
    else:
        return None
    if not (clock.begin and clock.until and day.begin and day.until):
        return None
    if "," in gap.group() and not _DATE.match(day.value):
        return None  # 'shortly after 6pm, a day after the women's final won': a count
        # from a happening told beside the clock, not the clock's day ('at 6 a.m. ten days
        # before the shooting' is one time)
    if day.begin <= clock.begin < day.until:
        return None  # already on its day ('06:56, 7 September 2007'): nesting joins them
    begin = on_day(clock.begin, day.begin)
    until = begin + (clock.until - clock.begin)
    time_of_day = clock.value.partition("T")[2]
    return replace(
        clock,
        start=first.start,
        end=second.end,
        text=text[first.start : second.end],
        value=f"{day.value}T{time_of_day}" if time_of_day else clock.value,
        begin=begin,
        until=until,
        phrase_start=first.phrase_start,
        phrase_end=second.phrase_end,
    )


# A word of a clock's text, not its figures, with the stops of 'a.m.' ('2am' gives 'am')
_WORD = re.compile(r"[^\W\d_][\w.]*+")


def on_day(clock: datetime, day: datetime) -> datetime:
    """The clock's time of day on the day's date, in the day's zone."""
    return day.replace(hour=clock.hour, minute=clock.minute, second=clock.second)


def moved_to(timex: Timex, begin: datetime) -> Timex:
    """A clock time moved to start at ``begin``, the same clock on another day: its value's
    day and its end move with it, its length kept."""
    assert timex.begin is not None and timex.until is not None
    value = f"{begin:%Y-%m-%d}{timex.value[10:]}" if _DATE.match(timex.value) else timex.value
    return replace(timex, value=value, begin=begin, until=begin + (timex.until - timex.begin))


def bare_clock(lex: Lexicon, timex: Timex) -> bool:
    """Whether a clock time is written with no word but its figures and those of table
    bare_clock_word ('at about 2:30 p.m.'; not 'at 2am on Thursday', which names its day):
    only such a clock may be moved onto another day."""
    allowed = lex.set("bare_clock_word")
    return all(word.lower() in allowed for word in _WORD.findall(timex.text))


@cache
def night_hours() -> tuple[int, int]:
    """The hour the small hours end at, where the morning begins, and the hour the evening
    begins at (vocab part_of_day_hours 'MO' and 'EV'): the bounds of a night's clocks."""
    vocab = load_vocab()
    return (int(vocab.lookup("part_of_day_hours", "MO")[0]),
            int(vocab.lookup("part_of_day_hours", "EV")[0]))


def evenings_before(timexes: list[Timex], sentence_at: Callable[[int], object]) -> list[Timex]:
    """The time expressions with an evening clock told before a small-hours clock of the
    same day, in one sentence, moved to the day before: the night ran from one into the
    other ('declared an emergency at about 11:40 p.m. and landed back at 12:55 a.m. on
    Tuesday': Monday's 11:40 p.m.). Told in that order, the evening came first. Only a
    clock written with no day of its own moves (table bare_clock_word): 'will close at
    10pm on Friday and reopen at 5am' keeps its Friday."""
    lex = lexicon()
    small_until, evening_from = night_hours()
    out = list(timexes)
    ordered = sorted(range(len(out)), key=lambda i: out[i].start)
    for here, after in pairwise(ordered):
        evening, small = out[here], out[after]
        if not (evening.begin and evening.until and small.begin
                and evening.granularity in _CLOCK and small.granularity in _CLOCK):
            continue
        if not (evening.begin.hour >= evening_from and small.begin.hour < small_until
                and evening.begin.date() == small.begin.date()):
            continue
        if not bare_clock(lex, evening):
            continue
        sentence = sentence_at(evening.start)
        if sentence is None or sentence != sentence_at(small.start):
            continue
        out[here] = moved_to(evening, evening.begin - timedelta(days=1))
    return out
