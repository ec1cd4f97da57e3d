"""Time expressions joined after reading: ranges ("Monday to Wednesday", "1998-99"), a
clock with its day ("10 p.m. on Friday"), a clock in a part of a day, a clock's modifier,
and a count anchored to the time after it ("two days from Monday")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import cache

from timeline.sentences import containing, sentences
from timeline.temporal import build_cache
from timeline.temporal.calendar_math import shift_by
from timeline.temporal.candidates import across_paragraphs
from timeline.temporal.intervals import interval_of
from timeline.temporal.model import Timex
from timeline.temporal.resolve import (
    valid_day,
)
from timeline.temporal.rules import load as load_rules
from timeline.temporal.trie import alternation
from timeline.temporal.vocab import Vocab, folded
from timeline.temporal.vocab import load as load_vocab
from timeline.temporal.wording import signal_before, spaced

CLOCK = re.compile(r"^\d{4}-\d\d-\d\dT\d\d(?::\d\d)?$")
_YEAR = re.compile(r"[12]\d{3}")  # a year in digits ('around 1850')


# the resolvers of clock times placed on the story's day: digits and o'clock hours
# ('9.30pm', 'noon'), and hours told in words before or after ('ten to seven')
_CLOCK_RESOLVERS = ("time", "clock_past_to")


_DAY_OR_PART = re.compile(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?")


def joining(words: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The words between two times, from ``start`` to ``end``, if ``words`` match them all
    within one paragraph: a clock ending one ('at 7 p.m.') is not on the day that opens
    the next ('Saturday was quieter'), nor are the two a range."""
    if across_paragraphs(text, start, end):
        return None
    return words.fullmatch(text, start, end)


def weekday_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """'runs Friday through Sunday': the last weekday of a stretch (vocab range_joiner
    between) is the first such day after the first one, whichever way the tense would
    point each alone ('Sunday' alone, on a Wednesday, is the one just past). Both are
    read before the range is seen, so this is done once the text is read."""
    weekdays = _rules_resolved_by("weekday")
    for index, start, end in _day_ranges(text, found, weekdays):
        gap = (end - start).days
        if not 0 < gap <= 7:
            _move_end(found, index, end + timedelta(days=(gap - 1) % 7 + 1 - gap))
    return _next_days(text, found, weekdays)


# 'and' or 'or' between two weekdays ('on Tuesday and Wednesday', 'Monday or on Tuesday')
_AND = re.compile(r"(?<![\s,]),?\s++(?:and|or)\s++(?:on\s++)?", re.I)


def _next_days(text: str, found: list[Timex], weekdays: frozenset[str]) -> list[Timex]:
    """'The Fed's policy committee meets on Tuesday and Wednesday': a weekday joined by
    'and' or 'or' to the one before it is the day after that one, whichever way the tense
    would point it alone (on a Wednesday, 'Wednesday' alone is the day itself)."""
    def joined(first: Timex, last: Timex) -> bool:
        return joining(_AND, text, first.end, last.start) is not None

    for index, start, end in _day_pairs(found, weekdays, joined, _DAY_VALUE):
        if (end.weekday() - start.weekday()) % 7 == 1 and end != start + timedelta(days=1):
            _move_end(found, index, start + timedelta(days=1))
    return found


def _day_ranges(
    text: str, found: list[Timex], rules: frozenset[str]
) -> Iterator[tuple[int, date, date]]:
    """Each stretch of two days of ``rules`` joined as a range (vocab range_joiner): the
    index of its end in ``found``, and the days of its start and end as read alone."""
    def joined(first: Timex, last: Timex) -> bool:
        return joins_range(text, first.start, first.end, last.start)

    return _day_pairs(found, rules, joined, _DAY_OR_PART)


def _day_pairs(
    found: list[Timex], rules: frozenset[str], joined: Callable[[Timex, Timex], bool],
    days: re.Pattern[str],
) -> Iterator[tuple[int, date, date]]:
    """Each two times of ``rules`` side by side whose values are ``days`` and which
    ``joined`` says go together: the index of the second in ``found``, and the days of
    both as read alone (read as it goes: a caller may move the second)."""
    for index, last in enumerate(found[1:], 1):
        first = found[index - 1]
        if first.rule not in rules or last.rule not in rules:
            continue
        if not (days.fullmatch(first.value) and days.fullmatch(last.value)):
            continue
        if last.begin is None or last.until is None:
            continue
        if joined(first, last):
            yield index, date.fromisoformat(first.value[:10]), date.fromisoformat(last.value[:10])


def _move_end(found: list[Timex], index: int, day: date) -> None:
    """Put the range's end ``found[index]`` on ``day``, its clock or part of day kept."""
    last = found[index]
    assert last.begin is not None and last.until is not None
    shift = day - date.fromisoformat(last.value[:10])
    found[index] = replace(
        last, value=day.isoformat() + last.value[10:], begin=last.begin + shift,
        until=last.until + shift,
    )


def clock_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """'a curfew from 10 p.m. to 6 a.m.', 'from dusk to dawn': the end of a stretch of
    times of day (vocab range_joiner between), told on no day of its own, is the first
    such time after the start, on the next day when its clock is earlier ('from 11pm on
    Saturday to 5am' ends on Sunday). An end with a day named right after it ('until
    6 a.m. on Tuesday') is on that day."""
    ends = _rules_resolved_by(*_CLOCK_RESOLVERS, "day_edge")
    for index, last in enumerate(found[1:], 1):
        if last.rule not in ends:  # most times: no test of the text before it
            continue
        first = before = found[index - 1]
        if index > 1 and joining(_ON, text, found[index - 2].end, before.start) is not None:
            first = found[index - 2]  # the start's day named after it
        if first.type != "TIME" or "T" not in first.value:
            continue
        if first.begin is None or last.begin is None or last.until is None:
            continue
        if first.value[:10] != last.value[:10] or last.begin > first.begin:
            continue
        if not joins_range(text, first.start, before.end, last.start):
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        if after is not None and joining(_ON, text, last.end, after.start) is not None:
            continue
        day = date.fromisoformat(last.value[:10]) + timedelta(days=1)
        found[index] = replace(
            last,
            value=day.isoformat() + last.value[10:],
            begin=last.begin + timedelta(days=1),
            until=last.until + timedelta(days=1),
        )
    return found


# what may stand between a routine's SET and its stretch of clock times or its one clock
# time: a comma, and the opening word after the SET ('every 20 minutes from 5 a.m. to 10
# p.m.', 'every Friday at 2.45pm'; not 'from' before one time: 'extra buses will leave
# every ten minutes from 12:30' starts on one day); after the time, a comma or 'on' ('at
# 10am on Saturdays')
_SET_BEFORE = re.compile(r"\s*+,?\s*+(?:from|between|at)\s++", re.I)
_SET_BEFORE_ONE = re.compile(r"\s*+,?\s*+at\s++", re.I)
_SET_AFTER = re.compile(r"\s*+,?\s*+(?:on\s++)?", re.I)


def daily_clock_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """'open from 8 a.m. to 8 p.m. daily', 'opens at 7.45am each morning', 'is every
    Friday at 2.45pm': a clock time, or a stretch of them, right beside a SET is a
    routine's hour, on no one day (XXXX-XX-XXT08:00), not a time of the day the story is
    at."""
    clocks = _rules_resolved_by(*_CLOCK_RESOLVERS)
    index = 0
    while index < len(found):
        first = last = found[index]
        if first.rule not in clocks or first.begin is None:
            index += 1
            continue
        end = index  # a stretch's second clock goes with its first
        if (index + 1 < len(found) and found[index + 1].rule in clocks
                and joins_range(text, first.start, first.end, found[index + 1].start)):
            end, last = index + 1, found[index + 1]
        before = found[index - 1] if index > 0 else None
        after = found[end + 1] if end + 1 < len(found) else None
        opening = _SET_BEFORE if end > index else _SET_BEFORE_ONE
        if ((before is not None and before.type == "SET"
             and joining(opening, text, before.end, first.start) is not None)
                or (after is not None and after.type == "SET"
                    and joining(_SET_AFTER, text, last.end, after.start) is not None)):
            for at in range(index, end + 1):
                clock = found[at]
                found[at] = replace(clock, value="XXXX-XX-XX" + clock.value[10:],
                                    begin=None, until=None)
        index = end + 1
    return found


_WRITTEN_YEAR = re.compile(r"\d{3,4}|['\u2019]\d\d")


_MONTH_OR_DAY = re.compile(r"\d{4}(-\d\d){1,2}")
_ONE_YEAR = re.compile(r"\d{4}(?![\dX])")  # a year or a time within one, not a decade
_YEARLY_SET = re.compile(r"P\d*Y|XXXX-(?:\d\d|[A-Z]{2})")  # 'every year', 'each spring'
_CLAUSE_END = re.compile(r"[,;:]")


def yearly_month_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """'the cyclone season runs from November to April', 'whales visit every year, from
    June to November': a stretch of months (or days of months) written without a year,
    in a sentence naming a yearly round (vocab yearly_round) or a yearly SET before it, is
    of every year (XXXX-11), not the year the tense would pick for each end alone; unless
    its clause tells of one year ('this year the break runs from July 20'). A weekly SET
    is a timetable's, whose dates are one year's ('every Saturday from 2 December')."""
    for index, last in enumerate(found[1:], 1):
        first = found[index - 1]
        if not (_yearless_month(last) and _yearless_month(first)
                and joins_range(text, first.start, first.end, last.start)):
            continue
        line = text.rfind("\n", 0, first.start) + 1
        stop = text.find("\n", first.start)
        sentence = containing(sentences(text, line, stop if stop >= 0 else len(text)),
                              first.start)
        opens, ends = (line, last.end) if sentence is None else (sentence.start, sentence.end)
        clause = _CLAUSE_END.search(text, last.end, ends)
        told = [t for t in found if opens <= t.start < (clause.start() if clause else ends)
                and t not in (first, last)]
        if not (_names_yearly_round(text, opens, first.start) or any(
                t.type == "SET" and _YEARLY_SET.fullmatch(t.value) and t.start < first.start
                for t in told)):
            continue
        if any(t.type == "DATE" and _ONE_YEAR.match(t.value) for t in told):
            continue  # 'every summer; this year the break runs from July 20 to ...'
        for at in (index - 1, index):
            month = found[at]
            found[at] = replace(month, value="XXXX" + month.value[4:], begin=None, until=None)
    return found


def _yearless_month(timex: Timex) -> bool:
    """Whether a time is a month or a day written without its year ('November', 'June 2')."""
    return (timex.type == "DATE" and _MONTH_OR_DAY.fullmatch(timex.value) is not None
            and _WRITTEN_YEAR.search(timex.text) is None)


def _names_yearly_round(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a yearly round not made one year's by the word
    before it ('the rainy season', not 'this season' or 'the 2024 season')."""
    words, particular = _yearly_round()
    for said in words.finditer(text, start, end):
        before = text[max(said.start() - 20, start):said.start()].split()
        if not before or not (before[-1].lower() in particular or _YEAR.fullmatch(before[-1])):
            return True
    return False


@cache
def _yearly_round() -> tuple[re.Pattern[str], frozenset[str]]:
    vocab = load_vocab()
    words = alternation({w.lower() for w in vocab.words("yearly_round")})
    return (build_cache.compile(rf"\b(?:{words})\b", re.I),
            frozenset(w.lower() for w in vocab.words("yearly_round", "particular")))


def date_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """'will be held between February 10 and February 25': the end of a stretch of
    dates (vocab range_joiner between) written without a year is the first such day on
    or after its start, whichever year the tense would give it alone (a day just gone in
    a future clause is next year's, the day after it this year's). Done once the text is
    read, as weekday_ranges."""
    dates = _rules_resolved_by("date", "ordinal_date", "day_of_last_month")
    relative = _rules_relative_year()
    for index, start, end in _day_ranges(text, found, dates):
        if _WRITTEN_YEAR.search(found[index].text) or found[index].rule in relative:
            continue
        wanted = valid_day(start.year, end.month, end.day)
        if wanted is not None and wanted < start:
            wanted = valid_day(start.year + 1, end.month, end.day)
        if wanted is not None and wanted != end:
            _move_end(found, index, wanted)
    return found


@cache
def _rules_relative_year() -> frozenset[str]:
    """The rules whose dates give their year by relation ('30 June next year'): a year
    written, which a range's start does not override."""
    return frozenset(r.name for r in load_rules().rules if "(?P<year_relation>" in r.pattern)


@cache
def _rules_resolved_by(*resolvers: str) -> frozenset[str]:
    return frozenset(r.name for r in load_rules().rules if r.resolve in resolvers)


def joins_range(text: str, first: int, gap: int, last: int) -> bool:
    """Whether the words from ``gap`` to ``last`` join a stretch starting at ``first``:
    one of vocab range_joiner's words, or its after_between ones when its
    between_words come right before the start ('between 10 p.m. and 2 a.m.')."""
    joiner, between, conjunction = _range_joiner()
    if joining(joiner, text, gap, last) is not None:
        return True
    return (
        joining(conjunction, text, gap, last) is not None
        and between.search(text, max(first - 12, 0), first) is not None
    )


def range_opener() -> re.Pattern[str]:
    """A word that opens a range right before its first time ('between 2016 and 2022')."""
    return _range_joiner()[1]


@cache
def _range_joiner() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    vocab = load_vocab()

    def words(field: str) -> str:
        return alternation({w.lower() for w in vocab.words("range_joiner", field)})

    return (
        build_cache.compile(rf"\s*+(?:{words('words')})\s*+", re.I),
        build_cache.compile(rf"\b(?:{words('between_words')})\s+$", re.I),
        build_cache.compile(rf"\s++(?:{words('after_between')})\s++", re.I),
    )


# 'local time' or a restatement in brackets ('10:30 a.m. (1430 GMT) on Tuesday') may
# stand between a clock time and its day; after either, wire copy leaves out the 'on'
# ('at 9 p.m. local time Thursday', 'at 10:02 a.m. EDT (1402 GMT) Thursday')
_ON = re.compile(
    r"\s*+(?:(?:local\s++time\s*+)?(?:\([^()]{1,30}\)\s*+)?,?\s*+on\s++"
    r"|(?:local\s++time|\([^()]{1,30}\))(?:\s*+\([^()]{1,30}\))?\s++)",
    re.I,
)


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def clock_on_following_day(text: str, found: list[Timex]) -> list[Timex]:
    """'at 7pm on Thursday', '2:46 p.m. local time on March 11, 2011', 'at dawn on
    Tuesday', '10:30 a.m. (1430 GMT) on Tuesday': a clock time or an edge of the day is
    on the day named right after it ('on' between, a signal TimeML leaves out of both
    expressions). The day is read after the time, so this is done once the text is
    read."""
    clocks = _rules_resolved_by(*_CLOCK_RESOLVERS, "day_edge")
    for index, timex in enumerate(found[:-1]):
        day = found[index + 1]
        if timex.rule not in clocks or timex.begin is None or timex.until is None:
            continue
        if not _DAY_VALUE.fullmatch(day.value) or day.begin is None:
            continue
        if joining(_ON, text, timex.end, day.start) is None:
            continue
        found[index] = on_day(timex, day)
    return found


# 'at' alone between a day and a clock time ('until April 2 at 10 a.m.')
_AT = re.compile(r"\s*+,?\s*+at\s++", re.I)


def clock_after_day(text: str, found: list[Timex]) -> list[Timex]:
    """'adjourned the hearing until April 2 at 10 a.m.': a clock time right after a day,
    'at' between, is on that day, as one before a day is (clock_on_following_day). The
    story's day need not have moved there: a past clause leaves a day ahead where it was
    (Context.before_future), and the clock took the publication day."""
    clocks = _rules_resolved_by(*_CLOCK_RESOLVERS, "day_edge")
    for index, timex in enumerate(found[1:], 1):
        day = found[index - 1]
        if timex.rule not in clocks or timex.begin is None or timex.until is None:
            continue
        if not _DAY_VALUE.fullmatch(day.value) or day.begin is None:
            continue
        if timex.value[:10] == day.value or joining(_AT, text, day.end, timex.start) is None:
            continue
        if _names_its_day().search(timex.text):
            continue  # '10 a.m. tomorrow'
        found[index] = on_day(timex, day)
    return found


@cache
def _names_its_day() -> re.Pattern[str]:
    """The words of vocab relative_day, which name a clock time's day in its own words."""
    words = alternation({w.lower() for w in load_vocab().table("relative_day")}, spaced)
    return build_cache.compile(rf"\b{words}\b", re.I)


def on_day(clock: Timex, day: Timex) -> Timex:
    """A clock time moved onto the day named beside it (clock_on_following_day,
    clock_after_day)."""
    assert clock.begin is not None and clock.until is not None
    shift = date.fromisoformat(day.value) - date.fromisoformat(clock.value[:10])
    return replace(clock, value=day.value + clock.value[10:], begin=clock.begin + shift,
                   until=clock.until + shift)


def clock_before(text: str, found: list[Timex]) -> Timex | None:
    """The clock time right before the day just read, on that day ('at 9pm on Monday'),
    as clock_on_following_day will place it; None if there is none."""
    if len(found) < 2:
        return None
    clock, day = found[-2], found[-1]
    if clock.rule not in _rules_resolved_by(*_CLOCK_RESOLVERS, "day_edge") or clock.begin is None:
        return None
    if clock.until is None or day.begin is None or not _DAY_VALUE.fullmatch(day.value):
        return None
    return on_day(clock, day) if joining(_ON, text, clock.end, day.start) else None


_BESIDE = re.compile(r"\s*+,?\s*+(?:(?:on|at)\s++)?(?:(?:about|around)\s++)?", re.I)


_PART_OF_A_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T([A-Z]{2})")


def clock_in_part_of_day(text: str, found: list[Timex], moment: datetime) -> list[Timex]:
    """'at 11pm on Saturday night', 'last night at 1.30am': a clock time right beside a
    part of a day ('on' or 'at' between) is on that day, and one in a night's small
    hours on the morning after (vocab small_hours), the night then running to that
    morning. Both are read before this is known, so it is done once the text is read."""
    clocks, vocab = _clock_rules(), load_vocab()
    for index in range(len(found) - 1):
        if joining(_BESIDE, text, found[index].end, found[index + 1].start) is None:
            continue
        for at, other in ((index, index + 1), (index + 1, index)):
            clock, part = found[at], found[other]
            named = _PART_OF_A_DAY.fullmatch(part.value)
            if clock.rule not in clocks or named is None:
                continue
            clock = _afternoon_clock(clock, named.group(2), vocab)
            if clock.begin is None or clock.until is None:
                continue
            day = date.fromisoformat(named.group(1))
            crossing = vocab.get("small_hours", named.group(2))
            hours = vocab.lookup("part_of_day_hours", crossing) if crossing else None
            if hours and hours[0] <= int(clock.value[11:13]) + 24 < hours[1]:
                night = interval_of(f"{day}T{crossing}", moment.tzinfo or UTC, moment, vocab)
                if night is not None:
                    found[other] = replace(part, begin=night.begin, until=night.until)
                day += timedelta(days=1)
            shift = day - date.fromisoformat(clock.value[:10])
            found[at] = replace(
                clock,
                value=day.isoformat() + clock.value[10:],
                begin=clock.begin + shift,
                until=clock.until + shift,
            )
    return found


def part_before_day(text: str, at: int) -> tuple[str, int, int] | None:
    """'on the night of 14 August', 'the morning of 6 June 1944': the part of the day
    (its TIMEX3 code) written before a day's date starting at ``at``, 'of' between, where
    its words start ('the') and where a signal before them starts ('on'); the happening
    took place then. TimeML writes the words and the date as one TIMEX3 of that part of
    the day (TimeBank and AQUAINT's two such dates leave the words out; the news gold
    takes them in, and a reader sees one time); its interval is that part of the day,
    and the phrase a reader sees takes in the signal, so that a title drops it with the
    date ('The battalion landed', not 'The battalion landed on the morning of')."""
    said = _part_before_day().search(text, max(0, at - _PART_REACH), at)
    if said is None:
        return None
    vocab = load_vocab()
    start = signal_before(text, said.start(), vocab)[0]
    return str(vocab.lookup("part_of_day", said.group("part").lower())), said.start(), start


_PART_REACH = 30  # 'the early morning of ' at most


@cache
def _part_before_day() -> re.Pattern[str]:
    """'the night of ', 'the early morning of ' right before a day: the words of vocab
    part_of_day ('overnight' aside, which no 'of' follows), after any of
    part_of_day_position."""
    vocab = load_vocab()
    words = alternation({w for w in vocab.table("part_of_day") if w != "overnight"})
    position = alternation(set(vocab.words("part_of_day_position")))
    return build_cache.compile(
        rf"\bthe\s+(?:(?:{position})\s+)?(?P<part>{words})\s+of\s+$", re.I)


_TWELVE_HOURS = timedelta(hours=12)


# clock rules whose hour may be either half of the day: no a.m. or p.m., 24-hour clock
# or part of the day in their words ('6.15', 'ten to seven'; not '06:15', '6.15pm')
_HOURS_OF_EITHER_HALF = frozenset({"clock_24h", "clock_past_to"})


def _afternoon_clock(clock: Timex, part: str, vocab: Vocab) -> Timex:
    """'at about 11:30 that night', 'at 6.15 that evening': a clock without a.m. or p.m.
    (rule clock_24h, its hour not written with a leading zero, or one told in words, 'at
    ten to seven on Saturday night') beside a part of the day after noon is an
    afternoon's or night's hour; not one in the night's small hours (vocab small_hours:
    'at 1:30 that night' is the morning after's, as before), nor one past the part's end
    (part_of_day_hours: 'at 11.45 on Friday afternoon' is no 23:45)."""
    hour, hours = int(clock.value[11:13]), vocab.get("part_of_day_hours", part)
    if (clock.rule not in _HOURS_OF_EITHER_HALF or not 1 <= hour < 12
            or clock.text.startswith("0")
            or not hours or int(hours[0]) < 12 or hour + 12 > int(hours[1])
            or clock.begin is None or clock.until is None):
        return clock
    crossing = vocab.get("small_hours", part)
    small = vocab.lookup("part_of_day_hours", crossing) if crossing else None
    if small and hour + 24 < small[1]:
        return clock
    return replace(clock, value=f"{clock.value[:11]}{hour + 12}{clock.value[13:]}",
                   begin=clock.begin + _TWELVE_HOURS, until=clock.until + _TWELVE_HOURS)


def night_into_small_hours(text: str, found: list[Timex], moment: datetime) -> list[Timex]:
    """'A fire destroyed a warehouse overnight. Crews were called at 2.15am': a night
    said to run into the morning (vocab crossing_night) ends at midnight, unless the next
    time told, a clock within a headline and a paragraph or two, falls in the small hours
    after it ('shortly after midnight' too); the night then runs to that morning (vocab
    small_hours), so the clock lies inside it."""
    clocks, vocab = _clock_rules(), load_vocab()
    for index, night in enumerate(found):
        named = _PART_OF_A_DAY.fullmatch(night.value)
        if named is None or night.until is None:
            continue
        if vocab.get("crossing_night", night.text.split()[0].lower()) is None:
            continue
        crossing = vocab.get("small_hours", named.group(2))
        hours = vocab.lookup("part_of_day_hours", crossing) if crossing else None
        if not hours:
            continue
        reach = night.until + timedelta(hours=hours[1] - 24)
        for clock in found[index + 1 :]:
            if clock.start - night.end > _SMALL_HOURS_REACH:
                break
            if clock.value == night.value:
                continue  # the night told again ('overnight crash' in the headline)
            if clock.rule not in clocks or clock.begin is None:
                break  # another time first ('Last year a flood began at 2am')
            after_midnight = clock.begin == night.until and clock.mod == "AFTER"
            if (night.until < clock.begin or after_midnight) and clock.begin < reach:
                # midnight ends the night itself; 'shortly after midnight' is past it
                whole = interval_of(f"{named.group(1)}T{crossing}", moment.tzinfo or UTC,
                                    moment, vocab)
                if whole is not None:
                    found[index] = replace(night, begin=whole.begin, until=whole.until)
            break
    return found


_SMALL_HOURS_REACH = 400  # characters: a headline and a paragraph or two


def clock_modifiers(text: str, found: list[Timex]) -> list[Timex]:
    """'at about 11:30 p.m.', 'shortly before 5 p.m.': a clock time takes the words of
    nearness right before it into its extent, with their mod (vocab clock_modifier), as
    TIMEX3 marks 'about three years'. Only a clock: it names a moment, which the words
    place the event near; 'around Wednesday' leaves the day alone. A year in digits takes
    the words of a guess ('in about 1974', 'around 1850': APPROX), as the news gold writes
    them, not 'shortly before 1990'. The interval stays as the signal made it ('shortly
    before' is the quarter hour before)."""
    regex, vocab = _clock_modifier_regex(), load_vocab()
    for index, timex in enumerate(found):
        year = timex.type == "DATE" and timex.value == timex.text and _YEAR.fullmatch(timex.text)
        if not year and (timex.type != "TIME" or CLOCK.match(timex.value) is None):
            continue
        words = regex.search(text, max(timex.start - 20, 0), timex.start)
        if words is None:
            continue
        mod = vocab.lookup("clock_modifier", folded(words.group()))
        if year and mod != "APPROX":
            continue
        start = words.start()
        phrase_start = signal_before(text, start, vocab)[0]  # 'at' of 'at about 9pm'
        mod = timex.mod or mod
        found[index] = replace(
            timex,
            start=start,
            text=text[start : timex.end],
            value=_after_midnight(timex.value) if mod == "AFTER" else timex.value,
            mod=mod,
            phrase_start=min(timex.phrase_start, phrase_start),
        )
    return found


def _after_midnight(value: str) -> str:
    """'shortly after midnight' is early in the day that starts then, and its value names
    that day ('2014-12-07T00:00'), as the news gold writes it, not the end of the one
    before ('2014-12-06T24:00', the same moment, which 'before midnight' keeps)."""
    if not value.endswith("T24:00") or _DAY_VALUE.fullmatch(value[:10]) is None:
        return value
    return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat() + "T00:00"


_CLOCK_ON = re.compile(r"\s++on\s++", re.I)  # 'at 5:30 on Monday morning'


def clock_in_named_part(text: str, found: list[Timex]) -> list[Timex]:
    """'5:30 on Monday morning', 'ten to seven on Saturday night': a clock time and the
    part of a named day it is in (clock_in_part_of_day placed it there), 'on' between,
    are one TIME, as TimeML and the news gold write them: the clock's value, interval
    and mod, the extent and phrase of both. A clock on a bare day ('6 a.m. on Tuesday')
    stays apart, as half the news gold and the tests of this tagger write it."""
    clocks = _clock_rules()
    joined: list[Timex] = []
    for timex in found:
        clock = joined[-1] if joined else None
        named = _PART_OF_A_DAY.fullmatch(timex.value)
        if (clock is None or named is None or clock.rule not in clocks
                or CLOCK.match(clock.value) is None or clock.value[:10] != named.group(1)
                or joining(_CLOCK_ON, text, clock.end, timex.start) is None):
            joined.append(timex)
            continue
        joined[-1] = replace(clock, end=timex.end, text=text[clock.start:timex.end],
                             phrase_end=max(clock.phrase_end, timex.phrase_end))
    return joined


def midnight_as_start(text: str, found: list[Timex]) -> list[Timex]:
    """'by midnight', 'ran past midnight', 'from midnight to 5 a.m.', 'between 10pm and
    midnight': midnight told as a moment reached or gone past is the start of the day it
    opens ('2014-03-15T00:00'), as the news gold writes it; after 'before' or 'until' it
    stays the end of the day before ('2014-03-14T24:00'), the same moment. Only the value
    changes: the interval is that moment either way. The words are vocab midnight_start.
    A sentence that opens on 'By midnight' tells where a night stood at its end, most
    often one told by the clock ('At 10:15 p.m., Quinlan led by 212. By midnight her lead
    was 30'), so it keeps the end of that day; no clock before it is needed."""
    regex, vocab = _midnight_start_regex(), load_vocab()
    for index, timex in enumerate(found):
        if (timex.type == "TIME" and timex.value.endswith("T24:00")
                and vocab.get("clock_word", folded(timex.text)) == "24:00"
                and regex.search(text, max(timex.start - 12, 0), timex.start) is not None
                and _OPENING_BY.search(text, max(timex.start - 6, 0), timex.start) is None):
            found[index] = replace(timex, value=_after_midnight(timex.value))
    return found


# 'By' opening a sentence right before a time: after a stop, a line's start or the text's.
_OPENING_BY = re.compile(r"(?:^|[.!?][\x27\"\u2019\u201d]?\s+|\n\s*)By\s+$")


@cache
def _midnight_start_regex() -> re.Pattern[str]:
    """A word of midnight_start ending right before a time (and its spaces)."""
    body = alternation({w.lower() for w in load_vocab().words("midnight_start")}, spaced)
    return build_cache.compile(rf"(?<![\w'])(?:{body})\s+$", re.I)


@cache
def _clock_modifier_regex() -> re.Pattern[str]:
    """The words of clock_modifier ending right before a clock time (and its spaces)."""
    body = alternation({w.lower() for w in load_vocab().table("clock_modifier")}, spaced)
    return build_cache.compile(rf"(?<![\w'])(?:{body})(?=\s+$)", re.I)


@cache
def _clock_rules() -> frozenset[str]:
    """The rules of clock times placed on the story's day ('9.30pm', 'noon')."""
    return _rules_resolved_by(*_CLOCK_RESOLVERS)


_FROM = re.compile(r"(?<!\s)\s++from\s++", re.I)  # from a run's first space: linear


def anchor_to_following(text: str, found: list[Timex]) -> list[Timex]:
    """'30 days from June 1': a duration whose rule counts it from the time named right
    after it ('from' between) reaches that time moved by the duration. The anchor is read
    after the duration, so this is done once the text is read."""
    for index, timex in enumerate(found[:-1]):
        anchor = found[index + 1]
        if timex.begin is not None or anchor.begin is None or anchor.until is None:
            continue
        if not counts_from(text, timex, anchor):
            continue
        begin, until = shift_by(anchor.begin, timex.value), shift_by(anchor.until, timex.value)
        if begin is not None and until is not None:
            found[index] = replace(timex, begin=begin, until=until, granularity=anchor.granularity)
    return found


def counts_from(text: str, duration: Timex, anchor: Timex) -> bool:
    """Whether a duration is counted from the time right after it ('30 days from June 1'):
    the anchor is where the duration starts, no happening's time of its own."""
    return (duration.rule in _counted_from_following() and anchor.begin is not None
            and anchor.until is not None
            and joining(_FROM, text, duration.end, anchor.start) is not None)


def opens_range(text: str, timex: Timex) -> bool:
    """Whether a word of range_joiner follows a time ('from Monday until Tuesday')."""
    return _range_joiner()[0].match(text, timex.end) is not None


@cache
def _counted_from_following() -> frozenset[str]:
    """The rules whose durations count from the time after them (params.anchor)."""
    return frozenset(r.name for r in load_rules().rules if r.params.get("anchor") == "following")
