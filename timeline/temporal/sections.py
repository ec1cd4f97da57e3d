"""Dated sections: a stamp that opens a line of a blog, a diary or a live page ('Update,
20 January, 8pm:', 'UPDATE 3.45pm:', '12 March 2024' alone on its line, 'Day 4, Tuesday:')
and gives the text after it, up to the next stamp, a 'now' of its own: its 'this
afternoon', 'yesterday' and 'tomorrow morning' count from the stamp, not from the
publication, which an update may come after. A date that opens a sentence of the story
('On 12 March, the council voted', '12 March, the day the council voted') is no stamp.

A stamp with a word of writing before it (vocab section_stamp `writing`: 'Update'), a
clock time, or a date after the publication's tells when its section was written. A
heading of a day alone (a weekday, a date, 'Day 3, Monday') may instead name the day a
post written later looks back on ('Wednesday' over 'Yesterday evening we took her to the
park' posted on Thursday): it is a time of writing only when its section counts days
from a 'now' (vocab relative_day, section_stamp `now_words`) and none of them, counted
from the publication, falls on the heading's day.

A clock alone on its line ('4:50 a.m.', '14:32') is a live page's time of writing, on
the publication's day or the one before; but under an overview that sets up another day
('Tuesday began the way most days do', 'The programme for Thursday is below') it heads
an entry of a timeline or a programme of that day (Section.heads): the first clock is
that day's, the next follow it through the day, a day heading over one ('Tuesday 7
November') gives it its day, and the entries still count their days from the
publication. A live page whose clocks all come before its publication's keeps them
on the publication's day, whatever day its intro told ('battered Cornwall overnight').
The entries under a clock tell what came then (events/inferred.py _heading_clock).

A diary's count of days with a clock ('Day 2, 20:10' after 'Monday 9 July, 03:20') goes
forward from the entry before it, and the next counts from the first day it sets; a day
and a place after its comma ('Saturday 18 June, Stornoway') heads its entry. A line only
counted from a 'now' ('Tonight: seven patients.') is no stamp, and a heading without a
time ('AFTERWORD') ends the last entry: what follows is told from the publication.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache
from operator import attrgetter
from typing import NamedTuple

from timeline.temporal import build_cache
from timeline.temporal.model import Timex
from timeline.temporal.trie import alternation
from timeline.temporal.vocab import load as load_vocab
from timeline.temporal.wording import spaced


class Section(NamedTuple):
    """The text a stamp heads, from the stamp's end to the next stamp's start, and the
    time it was written at (``at``, a day at midnight when ``date_only``)."""

    start: int
    end: int
    at: datetime
    date_only: bool
    stamp: tuple[int, int]  # the stamp's line start and its end, after its colon or dash
    writing: bool  # whether the stamp tells when it was written, else its 'now' is the
    # publication's (a heading of a day the post looks back on, after an update)
    times: tuple[Timex, ...]  # the stamp's times as read to find it
    heads: bool = False  # whether its stamp, a clock alone, tells when its entry's
    # happenings came on a day the text set up before it, not when it was written (a
    # timeline's '4:50 a.m.' under 'Tuesday began'): its 'now' stays the publication's
    clock: bool = False  # whether its stamp is a clock alone, no day ('14:32', '4:50 a.m.'):
    # its entry tells what came then, where a day's clock ('Monday 18 March, 9pm') tells
    # when a diary's entry was written


_DAY = timedelta(days=1)
_WEEK = timedelta(days=7)
# how long before the publication a stamp may tell when its section was written: a
# history's dated entries ('12 April 1861') are no diary's
_YEAR = timedelta(days=366)
_CLOCK = timedelta(hours=2)  # longer than a clock time's interval
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")  # a value that opens with its day
_LEAD_REACH = 40  # the most characters a stamp's lead words take ('[Correction 2, ')
# the start of a text's second line with words: a date line stands above it or on it
_SECOND_LINE = re.compile(r"\s*+[^\n]*+\n\s*+")
# what may join the times of one stamp ('Saturday, 16 March, 21:40', '20 January at 8pm')
_JOINER = re.compile(r"[ \t]*+(?:,|at|on|-|\u2013)?[ \t]*+", re.I)
# what ends a stamp: a clock the tagger may leave out after a day ('16 March, 21:40', '16
# March (21:40 UT)') or a word that says how late in it ('Saturday 8 March, late'), a
# closing bracket, then a colon or a dash, or the line's end
_END = (r"[ \t]*+[)\]]?[ \t]*+(?::|(?P<dash>[\u2013\u2014]|-{1,2}(?=\s))|(?=\n)|\Z)"
        r"[ \t]*+")


_LINE = attrgetter("line")
# a heading alone on its line: a capital, then up to 40 characters with no mark that ends
# or splits a sentence ('The warnings', 'What comes next', 'Friday'); it ends the part a
# day heading heads (tagger.next_heading_line) and a dated entry (_sections)
HEADING_LINE = re.compile(r"\n[ \t]*+[A-Z][^\n.!?:;,\"\u201c\u201d]{0,40}\n")


class _Stamp(NamedTuple):
    line: int  # where its line starts
    end: int  # where it ends, after its colon or dash
    times: list[Timex]
    writing: bool  # whether a word of writing leads it ('Update')
    clock: tuple[int, int] | None  # a clock after its day the tagger left out ('21:40')
    signed: bool = False  # whether a name follows its dash ('Saturday 22 February - Mike R.')
    placed: bool = False  # whether a place follows its dash ('Tuesday - Alofi, Niue')
    day_count: int | None = None  # the day its lead counts ('Day 4, 23:15': 4)


def sections(text: str, timexes: list[Timex], dct: datetime, date_only: bool,
             said: Callable[[int], bool] = lambda at: False) -> list[Section]:
    """The dated sections of a text, in text order, read from its times (``timexes``, in
    text order) against the publication time ``dct`` (see the module's docstring). A
    section whose stamp tells no time of writing is read from the publication's, which
    it goes back to after an earlier stamp's; before the first that tells one, and under
    the publication's date line, nothing changes. At the edges of Python's calendar
    (years 1 and 9999), where a day or a week more or less is no date, there are none."""
    try:
        top = _SECOND_LINE.match(text)
        stamps = _dated_over_counted(_deictic_left_out(text, [
            s for s in _stamps(text, timexes)
            if not _date_line(s, dct, top.end() if top else len(text))]))
        first = next((s for s in stamps if _bare_clock(s)), None)
        day = None if first is None else _named_day(timexes, first.line, said)
        # a live page's clocks, no day told before them: none comes after a publication
        # whose clock is known ('11.50pm' over 'Polls have closed', posted at 5am)
        found = _sections(text, timexes, stamps, dct, date_only,
                          back=first is not None and day is None and not date_only)
        if day is None or day == dct.date() or abs(day - dct.date()) > _WEEK or not (
                date_only or any(s.at > dct for s in found if s.clock)):
            return found
        return _sections(text, timexes, stamps, dct, date_only, day)
    except OverflowError:
        return []


def _dated_over_counted(stamps: list[_Stamp]) -> list[_Stamp]:
    """The stamps less those that only count a day ('Day 4') when others date theirs
    ('Friday 10 June'): a diary's counted heading is then the entry after the dated one
    it follows, which the tagger reads it as (resolve._diary_entry), not a day counted
    from the story's before the diary's days are known. A count with a clock ('Day 2,
    20:10') stays: its day is counted from the entry before it (_counted_day)."""
    counted = [bool(s.times) and s.clock is None
               and all(t.rule == "day_of_trip" for t in s.times) for s in stamps]
    if all(counted) or not any(counted):
        return stamps
    return [s for s, only_count in zip(stamps, counted, strict=True) if not only_count]


def _deictic_left_out(text: str, stamps: list[_Stamp]) -> list[_Stamp]:
    """The stamps less those that only count from a 'now' ('Tonight: seven patients.' in
    a diary's entry, 'YESTERDAY' over a week-in-review's part): such words tell no time
    of their own but the one of the text around them. A part headed by one alone on its
    line ('YESTERDAY', then 'THIS WEEKEND') shows the text tells its days from the
    publication, so its headings of a day alone ('THURSDAY') are days it looks back on,
    not days it was written on, and head no sections either."""
    from_now = [_from_now(s) for s in stamps]
    if not any(from_now):
        return stamps
    kept = [s for s, counted in zip(stamps, from_now, strict=True) if not counted]
    if not any(not _rest_of_line(text, s.end).strip()
               for s, counted in zip(stamps, from_now, strict=True) if counted):
        return kept
    return [s for s in kept if s.writing or s.signed or s.placed or s.clock is not None
            or any(t.type != "DATE" for t in s.times)]


def _rest_of_line(text: str, start: int) -> str:
    """The text from ``start`` to the end of its line (or of the text)."""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _from_now(stamp: _Stamp) -> bool:
    """Whether a stamp is only words counted from a 'now' ('Tonight', 'Yesterday')."""
    return (not stamp.writing and stamp.clock is None and bool(stamp.times)
            and all(_offset(t.text) is not None for t in stamp.times))


def _bare_clock(stamp: _Stamp) -> bool:
    """Whether a stamp is a clock alone ('4:50 a.m.', '14:32', 'Shortly after 1 p.m.'),
    no day, no word of writing, no writer's name."""
    return not stamp.writing and not stamp.signed and all(
        t.begin is not None and t.until is not None and t.until - t.begin < _CLOCK
        and t.rule not in _words("day_clock_rules") for t in stamp.times)


def _named_day(timexes: list[Timex], before: int, said: Callable[[int], bool]) -> date | None:
    """The day a text sets up before its first clock heading ('Tuesday began the way most
    days do ... By nightfall almost 9,000 homes had lost power', then '4:50 a.m.'; 'The
    programme for Thursday is below', then '09:30'): the last single day it names, not
    the day of a saying ('Environment Canada said this morning', whose ``said`` tells).
    Within a week of the publication's but not its day, its clock headings are that
    day's, a timeline's or a programme's, where a live page's are the publication's."""
    day = None
    for timex in timexes:
        if timex.start >= before:
            break
        if (timex.type in ("DATE", "TIME") and timex.begin is not None
                and timex.until is not None and timex.until - timex.begin <= _DAY
                and _DAY_VALUE.match(timex.value) and not said(timex.phrase_start)):
            day = timex.begin.date()
    return day


def _sections(text: str, timexes: list[Timex], stamps: list[_Stamp], dct: datetime,
              date_only: bool, setup: date | None = None, back: bool = False
              ) -> list[Section]:
    """The sections of ``stamps``; clock headings on the day ``setup`` when given
    (_named_day), else as a live page's, whose first clock, with ``back``, is the day
    before's when it would come after the publication."""
    starts = [t.start for t in timexes]
    log = sum(s.signed for s in stamps) > 1  # entries signed by their writers
    found: list[Section] = []
    previous: datetime | None = None
    diary_day: date | None = None  # the day of the last day heading written on its day
    day_one: date | None = None  # the day a diary's 'Day 1' is, once a count with a clock
    # came after a dated entry ('Day 2, 20:10' after 'Monday 9 July, 03:20')
    above = setup  # the day over the next clock heading: the day set up, a day heading
    for index, stamp in enumerate(stamps):
        until = stamps[index + 1].line if index + 1 < len(stamps) else len(text)
        clock = _bare_clock(stamp)
        heads = clock and setup is not None
        # an update comes after the post it updates, a clock alone on its day or the next
        at, clockless = _time_of(stamp, previous or (dct if stamp.writing else None), dct)
        if at is None:
            continue
        if stamp.day_count is not None and not clockless and previous is not None:
            at, day_one = _counted_day(stamp.day_count, at, previous, day_one)
        dated = any(c.isdigit() for c in text[stamp.line : stamp.end])
        if diary_day is not None and clockless and not dated and not stamp.writing and all(
                t.rule == "weekday" for t in stamp.times):
            at = _weekday_after(diary_day, at)
        if heads and above is not None:  # the first clock under its day is that day's
            at, above = datetime.combine(above, at.timetz()), None
        elif back and clock and previous is None and at > dct:
            at -= _DAY
        elif setup is not None and clockless and dated:  # 'Tuesday 7 November' over '07:10'
            above = at.date()
        if stamp.writing and not dated:  # 'Update (Thursday):' comes after what it updates
            while at < (previous or dct) - _DAY:
                at += _WEEK
        # an entry of a list ('12 April 1861: A fire destroys the shed') ends with its line
        line_end = text.find("\n", stamp.end)
        signed = log and stamp.signed
        # a travel diary's day and place ('Sunday 9 June - Pamplona' after its entries
        # of earlier days) heads the lines below it, as a signed log's entry does
        placed = stamp.placed or (stamp.signed and diary_day is not None)
        ends = until if stamp.writing or signed or placed or line_end < 0 or not text[
            stamp.end : line_end].strip() else min(until, line_end)
        # a heading without a time ('AFTERWORD', 'What happened next'; not 'Day 3') ends
        # the entry: what follows it is told from the publication
        if line_end >= 0:
            ends = next((h.start() for h in HEADING_LINE.finditer(text, line_end, ends)
                         if bisect_left(starts, h.start()) == bisect_left(starts, h.end())
                         and not any(c.isdigit() for c in h.group())),
                        ends)
        # a weekday alone after the publication is the tagger's guess at a heading's day;
        # a day ahead that heads a one-line entry of a list ('Thursday 27 November:
        # parents' evening. Booking opens at 9am on Monday.' in a newsletter's dates for
        # the diary) tells when a plan falls, not when the line was written
        entry = clockless and ends == line_end and not (stamp.writing or signed)
        after = dated and not entry and (at.date() > dct.date() if clockless else at > dct)
        # a diary's day headings follow each other: one after a day an earlier heading
        # was written on was written on its own day too
        diary = (clockless and dated and not stamp.writing and diary_day is not None
                 and diary_day < at.date())
        writing = stamp.writing or (at > dct - _YEAR and (
            signed or not clockless or after or diary or _counts_from_stamp(timexes[
                bisect_left(starts, stamp.end) : bisect_left(starts, ends)],
                at.date(), dct.date())))
        if writing and clockless and not date_only and at.date() == dct.date():
            writing = False  # the publication's day, whose clock is known
        times = tuple(stamp.times)
        if writing:
            found.append(Section(stamp.end, ends, at, clockless, (stamp.line, stamp.end), True,
                                 times, heads, clock))
            previous = at
            if clockless and not stamp.writing:
                diary_day = at.date()
            if ends < until:  # back to the publication's time
                found.append(Section(ends, until, dct, date_only, (ends, ends), False, ()))
        elif found:
            found.append(Section(stamp.end, until, dct, date_only, (stamp.line, stamp.end),
                                 False, times))
    return found


def _counted_day(count: int, at: datetime, previous: datetime, day_one: date | None
                 ) -> tuple[datetime, date]:
    """A diary's entry headed by a count of days and a clock ('Day 2, 20:10' after the
    entry 'Monday 9 July, 03:20'): the day so counted from the diary's first (``day_one``)
    once known, else the first clock after the entry before, whose count sets the first
    day. Its entries go forward, as a live page's newest first do not, so the clock is
    not the one nearest the entry before ('20:10' the evening before its '03:20')."""
    if day_one is None:
        at = datetime.combine(previous.date(), at.timetz())
        if at <= previous:
            at += _DAY
        return at, at.date() - timedelta(days=count - 1)
    return datetime.combine(day_one + timedelta(days=count - 1), at.timetz()), day_one


def _weekday_after(day: date, at: datetime) -> datetime:
    """A diary's heading of a weekday alone ('Tuesday - Alofi, Niue') after an entry
    written on ``day`` ('Saturday 18 August'): the first such weekday after it, not the
    one nearest the publication (``at``, as the tagger read it) weeks later."""
    ahead = (at.weekday() - day.weekday() - 1) % 7 + 1
    return datetime.combine(day + timedelta(days=ahead), at.timetz())


def _date_line(stamp: _Stamp, dct: datetime, second_line: int) -> bool:
    """Whether a stamp with no word before it is the publication's date line: on the first
    line or the one under the headline (which starts at ``second_line``), a day within
    one of the publication's."""
    day = stamp.times[0].begin if stamp.times else None
    return (not stamp.writing and stamp.line <= second_line and day is not None
            and abs(day.date() - dct.date()) <= _DAY)


def _stamps(text: str, timexes: list[Timex]) -> list[_Stamp]:
    """The stamps of a text, in text order: those of its times, and the clocks alone at
    the start of a line the tagger leaves untold (a live page's '14:32', 'UPDATE
    14:32:'), which could be a score or a verse elsewhere."""
    told = _told_stamps(text, timexes)
    lines = {s.line for s in told}
    clocks = [s for s in _clock_stamps(text) if s.line not in lines]
    return sorted(told + clocks, key=_LINE) if clocks else told


# The colon or point of a clock ('14:32', '9.10pm'), each opening a regex of its own: re
# skips to a character a regex opens with in a tight loop of C, a tenth of what it costs
# to test a class ('[:.]', '\d') at each character.
_CLOCK_MARKS = (re.compile(r":(?<=\d:)[0-5]\d"), re.compile(r"\.(?<=\d\.)[0-5]\d"))


def _clock_stamps(text: str) -> list[_Stamp]:
    """The clocks alone at the start of a line, the clock line regex tried at the line
    breaks before the lines that hold a clock's colon or point (_CLOCK_MARKS): tried at
    every line break, its lead words and names cost 1.9% of `timex`'s instructions on
    TBAQ (1.0% saved), and most lines hold no clock. A match stays on its line (a stamp's words do,
    and its end looks at the next break without taking it), so these are the matches a
    scan of every break finds."""
    padded = "\n" + text
    breaks = sorted({padded.rfind("\n", 0, mark.start())
                     for marks in _CLOCK_MARKS for mark in marks.finditer(padded)})
    out: list[_Stamp] = []
    for line in breaks:
        found = _clock_line().match(padded, line)
        if found is None:
            continue
        hour, half = int(found.group("hour")), (found.group("half") or "").lower()[:1]
        if half and hour > 12:
            continue
        hour = hour % 12 + (12 if half == "p" else 0) if half else hour
        word = found.group("lead")
        # the break before the text stands at its line's start, so a match's start is
        # its line's in the text and its end one more
        out.append(_Stamp(found.start(), found.end() - 1, [],
                          word is not None and word.lower() in _words("writing"),
                          (hour, int(found.group("minute"))), day_count=_count(found)))
    return out


def _told_stamps(text: str, timexes: list[Timex]) -> list[_Stamp]:
    out: list[_Stamp] = []
    index = 0
    while index < len(timexes):
        first = timexes[index]
        index += 1
        if first.begin is None or first.until is None or first.type not in ("DATE", "TIME") \
                or first.until - first.begin > _DAY:
            continue
        reach = first.phrase_start - _LEAD_REACH
        line = text.rfind("\n", max(reach, 0), first.phrase_start) + 1
        if line == 0 and reach > 0:
            continue  # far into its line
        lead = _lead().fullmatch(text, line, first.phrase_start)
        if lead is None:
            continue
        times = [first]
        while index < len(timexes) and _JOINER.fullmatch(
                text, times[-1].phrase_end, timexes[index].phrase_start):
            times.append(timexes[index])
            index += 1
        end = _stamp_end().match(text, times[-1].phrase_end)
        if end is None and not lead.group() and (
                place := _comma_place().match(text, times[-1].phrase_end)) is not None:
            # 'Saturday 18 June, Stornoway': a diary's day and where it was written
            out.append(_Stamp(line, place.end(), times, False, None, placed=True))
            continue
        if end is None or "\n" in text[first.phrase_start : end.end()]:
            continue
        word = lead.group("lead") or end.group("trail")  # 'Friday update:'
        clock = None if end.group("hour") is None else (
            int(end.group("hour")), int(end.group("minute")))
        # a comment's stamp tells when its reader wrote it
        writing = lead.group("commenter") is not None or lead.group("said_by") is not None or (
            word is not None and word.lower() in _words("writing"))
        count = times[0].text.split()[-1] if len(times) == 1 and times[
            0].rule == "day_of_trip" else ""
        out.append(_Stamp(line, end.end(), times, writing, clock, _signed(text, end),
                          _placed(text, end), int(count) if count.isdigit() else None))
    return out


def _count(lead: re.Match[str]) -> int | None:
    """The day a stamp's lead counts ('Day 4, 23:15': 4), None for another lead's number
    ('Update 2')."""
    word, count = lead.group("lead"), lead.group("count")
    return int(count) if count and word and word.lower() in _words("counts") else None


# a name that signs a stamp after its dash, up to the line's end: one to three
# capitalised words or initials ('Mike R.', 'Jenny K.'), a role in brackets after it
# ('Alan (chair)')
# a commenter's name on a comment's stamp line, one to three capitalised words ('Priya
# S.', 'Dave Okonkwo'), not a byline's 'By'
_COMMENTER = (r"(?P<commenter>(?-i:(?!By\b)[A-Z][\w'\u2019-]*+\.?"
              r"(?:[ \t]++[A-Z][\w'\u2019-]*+\.?){0,2}))")
# a commenter's name and what the page says of it before the stamp, as Blogger writes
# them ('Sue Pratt said... September 4, 2007 8:02 AM', 'Dave, SV Tarka said...'): a name,
# maybe a boat's or a place's after a comma, and a verb of writing (vocab section_stamp
# comment_verbs) with its dots or colon
_SAID_BY = (r"(?P<said_by>(?-i:(?!By\b)[A-Z][\w'\u2019-]*+\.?(?:[ \t]++[A-Z][\w'\u2019-]*+\.?)"
            r"{{0,2}}(?:,[ \t]*+[A-Z][\w'\u2019-]*+(?:[ \t]++[A-Z][\w'\u2019-]*+){{0,2}})?)"
            r"[ \t]++(?:{verbs})[ \t]*+(?:\.{{3}}|\u2026|:))")
_SIGNATURE = re.compile(
    r"[A-Z][\w'\u2019-]*+\.?(?:[ \t]++[A-Z][\w'\u2019-]*+\.?){0,2}"
    r"(?:[ \t]*+\([^()\n]{1,30}\))?[ \t]*+(?=\n|\Z)")


def _signed(text: str, end: re.Match[str]) -> bool:
    """Whether a name signs a stamp after its dash, to its line's end: an entry of a log
    or a diary that several people write ('Saturday 22 February - Mike R.', then 'Wednesday
    26 February - Priya') was written on its day by its writer, and heads the lines below
    it, as a list entry whose line goes on ('12 April 1861: A fire destroys the shed')
    does not; one such line alone may be an agency's credit. The name stays out of the
    stamp: the stamp dates it, as a dateline its lead, and its day keeps a row."""
    return end.group("dash") is not None and _SIGNATURE.match(text, end.end()) is not None


def _placed(text: str, end: re.Match[str]) -> bool:
    """Whether a place follows a stamp's dash to its line's end, a travel diary's heading
    ('Saturday 11 August - Neiafu, Vava'u', 'Monday 27 August - leaving Niue', 'Day 12 -
    at sea'): the day heads the lines below it, as a signed entry's does, where an entry
    of a list ('12 April 1861: A fire destroys the shed') ends with its line. A place
    and its region after a comma, or one after a word that places it (vocab
    section_stamp place_leads), not a name alone, which a credit may be."""
    return end.group("dash") is not None and _place().match(text, end.end()) is not None


@cache
def _comma_place() -> re.Pattern[str]:
    """A place after a day's comma to the line's end, a diary's heading ('Saturday 18
    June, Stornoway'), as _place's after a dash is: one to three capitalised words, and
    its region after another comma."""
    name = r"(?-i:[A-Z][\w'\u2019-]*+)(?:[ \t]++(?-i:[A-Z][\w'\u2019-]*+)){0,2}"
    return build_cache.compile(rf",[ \t]*+{name}(?:,[ \t]*+{name})?[ \t]*+(?=\n|\Z)")


@cache
def _place() -> re.Pattern[str]:
    name = r"(?-i:[A-Z][\w'\u2019-]*+)(?:[ \t]++(?-i:[A-Z][\w'\u2019-]*+)){0,2}"
    leads = alternation(set(_words("place_leads")), spaced)
    alone = alternation(set(_words("places")), spaced)
    return build_cache.compile(
        rf"(?:{name}(?:,[ \t]*+{name}){{1,2}}|(?:{leads})[ \t]++{name}(?:,[ \t]*+{name})?"
        rf"|{alone})[ \t]*+(?=\n|\Z)", re.I)


def _time_of(stamp: _Stamp, previous: datetime | None, dct: datetime
             ) -> tuple[datetime | None, bool]:
    """A stamp's time and whether it is a day without a clock: its day's first moment,
    with the clock of a time of day in it, or a part of a day's first; a clock alone is
    the moment nearest the stamp before it ('UPDATE 9.10pm' after 'UPDATE 3.45pm' that
    day, '2.30am' after '10.15pm' the next, newest first 'UPDATE 11am' before 'UPDATE
    4pm' that day), or the tagger's reading of it for the first, or for a clock it left
    untold the one nearest ``dct``."""
    named = next((t.begin for t in stamp.times
                  if t.rule in _words("day_clock_rules") and t.begin), None)
    if named is not None:  # 'Update, Monday 15 April, 7.10am': that day's clock
        return named, False
    # a date over a count of days ('Day 1 - Monday 6 May'), which the tagger read first
    # before it knew the diary's days
    days = sorted((t.rule == "day_of_trip", t.begin) for t in stamp.times
                  if t.granularity == "day" and t.begin)
    day = days[0][1] if days else None
    clocks = [t.begin for t in stamp.times if t.type == "TIME" and t.begin and t.until
              and t.until - t.begin < _CLOCK]
    clock = stamp.clock or next(((c.hour, c.minute) for c in clocks), None)
    if clock is None:  # 'Update: Tuesday evening -': from that part of the day on
        part = next((t.begin for t in stamp.times if t.begin and t.granularity != "day"), None)
        return (day, True) if day is not None or part is None else (part, False)
    if day is not None:
        return day.replace(hour=clock[0], minute=clock[1]), False
    if previous is None and clocks:
        return clocks[0], False
    base = previous or dct
    at = base.replace(hour=clock[0], minute=clock[1], second=0, microsecond=0)
    return min((at - _DAY, at, at + _DAY), key=lambda t: abs(t - base)), False


def _counts_from_stamp(told: list[Timex], day: date, published: date) -> bool:
    """Whether a heading of a day alone tells when its section was written: its section's
    times (``told``) count days from a 'now' and none of them, counted from the
    publication, is the heading's day."""
    offsets = [_offset(t.text) for t in told]
    counted = [o for o in offsets if o is not None]
    return bool(counted) and all(published + timedelta(days=o) != day for o in counted)


def _offset(words: str) -> int | None:
    """The days a time counts from 'now' by its words ('yesterday evening': -1)."""
    found = _now_words().search(words)
    return None if found is None else _now_offsets()[found.group().lower()]


@cache
def _now_offsets() -> dict[str, int]:
    vocab = load_vocab()
    story = {w.lower() for w in vocab.words("story_relative_day")}
    offsets = {w.lower(): int(v[0]) for w, v in vocab.table("relative_day").items()}
    now_words = vocab.table("section_stamp")["now_words"]
    offsets.update((w.lower(), int(v)) for w, v in now_words.items())
    return {w: o for w, o in offsets.items() if w not in story}


@cache
def _now_words() -> re.Pattern[str]:
    return build_cache.compile(rf"\b{alternation(set(_now_offsets()), spaced)}\b", re.I)


@cache
def _stamp_end() -> re.Pattern[str]:
    """What ends a stamp (_END), with the words of vocab section_stamp that may close it:
    how late in its day ('late'), a word of writing ('update')."""
    late, trail = (alternation(sorted(_words(field)), spaced)
                   for field in ("late_words", "trail_words"))
    return build_cache.compile(
        r"(?:,?[ \t]*+\(?(?:at[ \t]++)?(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?!\d)"
        rf"(?:[ \t]*+(?:UTC?|GMT)\b)?\)?)?(?:,?[ \t]++(?:{late})\b)?"
        rf"(?:[ \t]++(?P<trail>{trail}))?" + _END, re.I)


@cache
def _words(field: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab().table("section_stamp")[field])


@cache
def _lead_words() -> str:
    """What may stand before a stamp on its line: nothing, or a lead word with a number
    ('Update 2', 'Day 4', 'Log entry,'), a comma, a colon, a dash or an opening bracket,
    and a preposition ('Updated at 4.30pm', 'Night of 16 March'), the whole maybe in
    brackets ('[Update 15:30]'); a reader's name and a bar or a comma before it open a
    comment ('Priya S. | January 4, 2025 at 2:47 pm'), and so does one that 'said...'
    ('Mum said... September 5, 2007 7:15 AM'). A lead's number ends where the clock's
    digits do not go on ('UPDATE 14:45:' is no update 1 at 4:45)."""
    leads = alternation(set(_words("leads")), spaced)
    said_by = _SAID_BY.format(verbs=alternation(set(_words("comment_verbs")), spaced))
    return (rf"[ \t]*+(?:{_COMMENTER}[ \t]*+[|,][ \t]*+|{said_by}[ \t]*+)?"
            rf"[(\[]?(?:(?P<lead>{leads})"
            rf"(?:[ \t]++(?:(?P<count>\d{{1,3}})(?![\d:.])|[a-z]+(?=,)))?[ \t]*+"
            rf"[,:(\[\u2013\u2014-]?[ \t]*+(?:(?:at|on|for|of)[ \t]++)?)?")


@cache
def _lead() -> re.Pattern[str]:
    return build_cache.compile(_lead_words(), re.I)


@cache
def _clock_line() -> re.Pattern[str]:
    """A line break, then a clock alone at the start of its line, after lead words,
    before a stamp's end."""
    return build_cache.compile(
        rf"\n{_lead_words()}(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d:.]\d)"
        rf"(?:[ \t]*+(?P<half>[ap]\.?m\.?))?{_END}", re.I)


def stamp_times(found: list[Timex], stamped: list[Section]) -> list[Timex]:
    """The times with those of the stamps set to their sections' times: 'UPDATE 9.10pm'
    after 'UPDATE 3.45pm' is that day's 9.10pm, 'Update (Thursday):' and 'Update: Tuesday
    evening -' the Thursday and the Tuesday after the post (the tagger read them before
    their own sections, from the time before)."""
    if not stamped:
        return found
    # a heading's times as first read, from the publication's time: read again after an
    # update, they would be another day than the one its section was found by
    first = {(t.start, t.end): t for s in stamped if not s.writing for t in s.times}
    out = list(found)
    for index, timex in enumerate(out):
        if (timex.start, timex.end) in first:
            out[index] = first[timex.start, timex.end]
            continue
        section = stamping(stamped, timex.start)
        if section is None or timex.begin is None or timex.until is None:
            continue
        at = section.at
        if at.date() == date.max:
            continue  # no day after it to end its interval
        if (not section.date_only and timex.type == "TIME"
                and timex.until - timex.begin < _CLOCK):
            out[index] = replace(timex, value=f"{at:%Y-%m-%dT%H:%M}", begin=at,
                                 until=at + timedelta(minutes=1), granularity="minute")
        elif _DAY_VALUE.match(timex.value) and timex.until - timex.begin <= _DAY:
            shift = at.date() - timex.begin.date()  # 'Tuesday evening' a week on
            out[index] = replace(timex, value=f"{timex.begin + shift:%Y-%m-%d}{timex.value[10:]}",
                                 begin=timex.begin + shift, until=timex.until + shift)
    return out


def stamping(stamped: list[Section], at: int) -> Section | None:
    """The section whose stamp, one that tells when it was written, holds an offset."""
    index = bisect_right(stamped, at, key=lambda s: s.stamp[0]) - 1
    if index >= 0 and stamped[index].writing and stamped[index].stamp[0] <= at < stamped[
            index].stamp[1]:
        return stamped[index]
    return None
