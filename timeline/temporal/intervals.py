"""From a TIMEX3 value to the concrete interval it stands for.

Resolvers only produce values; this module is the single place that knows how long a
week, a quarter, an evening or a southern-hemisphere summer is, so every value maps to an
interval the same way. Intervals are [begin, until) in the document's zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from timeline.temporal.vocab import Vocab

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T(.+))?$")
_CLOCK = re.compile(r"^(\d\d)(?::(\d\d))?(?::(\d\d))?$")


@dataclass(frozen=True)
class Interval:
    begin: datetime
    until: datetime
    granularity: str


def _at(day: date, zone: tzinfo, hours: float = 0) -> datetime:
    """Local wall-clock time on a day; hours may run past 24 into the next day."""
    moment = datetime(day.year, day.month, day.day) + timedelta(hours=hours)
    return moment.replace(tzinfo=zone)


def _span(first: date, after: date, zone: tzinfo, granularity: str) -> Interval:
    return Interval(_at(first, zone), _at(after, zone), granularity)


def _month_start(year: int, month: int) -> date:
    """First day of a month; months past 12 run into later years."""
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def interval_of(value: str, zone: tzinfo, dct: datetime, vocab: Vocab) -> Interval | None:
    """The interval a TIMEX3 value names, or None when it names no stretch of time or one
    Python's datetimes cannot hold in every zone: a value beyond years 1 to 9999 ('BC0479',
    '+11922'), or the year 9999 itself, whose end is in year 10000.

    Values recur (a story's day, 'last year'), so those that do not depend on the creation
    time are kept per zone; only zones that are equal only to themselves (IANA zones,
    UTC) are keys, since two fixed offsets of different names are equal.
    """
    if value != "PRESENT_REF" and (zone is UTC or isinstance(zone, ZoneInfo)):
        return _kept_interval(value, zone, vocab)
    return _checked_interval(value, zone, dct, vocab)


@lru_cache(maxsize=4096)
def _kept_interval(value: str, zone: tzinfo, vocab: Vocab) -> Interval | None:
    return _checked_interval(value, zone, datetime.min, vocab)


def _checked_interval(value: str, zone: tzinfo, dct: datetime, vocab: Vocab) -> Interval | None:
    try:
        interval = _interval_of(value, zone, dct, vocab)
        if interval is not None:  # UTC must hold it too: exports and merges convert to it
            interval.begin.astimezone(UTC), interval.until.astimezone(UTC)
    except (OverflowError, ValueError):  # what datetime raises beyond years 1 to 9999
        return None
    return interval


def _interval_of(value: str, zone: tzinfo, dct: datetime, vocab: Vocab) -> Interval | None:
    if value == "PRESENT_REF":
        return Interval(dct, dct + timedelta(minutes=1), "instant")
    day = _DAY.match(value)
    if day:
        when = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        return _day_interval(when, day.group(4), zone, vocab)
    for pattern, handler in _CALENDAR:
        found = pattern.match(value)
        if found:
            return handler(found, zone, vocab)
    return None


def _day_interval(when: date, time: str | None, zone: tzinfo, vocab: Vocab) -> Interval | None:
    if time is None:
        return _span(when, when + timedelta(days=1), zone, "day")
    hours = vocab.get("part_of_day_hours", time)
    if hours is not None:
        return Interval(_at(when, zone, hours[0]), _at(when, zone, hours[1]), "part_of_day")
    clock = _CLOCK.match(time)
    if clock is None:
        return None
    hour, minute, second = (int(g) if g else None for g in clock.groups())
    assert hour is not None
    begin = _at(when, zone, hour + (minute or 0) / 60 + (second or 0) / 3600)
    if minute is None:
        return Interval(begin, begin + timedelta(hours=1), "hour")
    step = timedelta(seconds=1) if second is not None else timedelta(minutes=1)
    return Interval(begin, begin + step, "second" if second is not None else "minute")


def _week(found: re.Match[str], zone: tzinfo, vocab: Vocab) -> Interval:
    monday = date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1)
    if found.group(3):
        saturday = monday + timedelta(days=5)
        return _span(saturday, saturday + timedelta(days=2), zone, "weekend")
    return _span(monday, monday + timedelta(days=7), zone, "week")


def _month(found: re.Match[str], zone: tzinfo, vocab: Vocab) -> Interval:
    year, month = int(found.group(1)), int(found.group(2))
    return _span(date(year, month, 1), _month_start(year, month + 1), zone, "month")


def _quarter(found: re.Match[str], zone: tzinfo, vocab: Vocab) -> Interval:
    year, quarter = int(found.group(1)), int(found.group(2))
    first = 3 * (quarter - 1) + 1
    return _span(date(year, first, 1), _month_start(year, first + 3), zone, "quarter")


def _half(found: re.Match[str], zone: tzinfo, vocab: Vocab) -> Interval:
    year, half = int(found.group(1)), int(found.group(2))
    first = 6 * (half - 1) + 1
    return _span(date(year, first, 1), _month_start(year, first + 6), zone, "half")


def _season(found: re.Match[str], zone: tzinfo, vocab: Vocab) -> Interval:
    year, code = int(found.group(1)), found.group(2)
    first, after = vocab.lookup("season_months", code)
    if vocab.zone_in("southern_zones", zone):  # seasons flip south of the equator
        first, after = first + 6, after + 6
    return _span(_month_start(year, first), _month_start(year, after), zone, "season")


def _year(found: re.Match[str], zone: tzinfo, vocab: Vocab) -> Interval:
    year = int(found.group(1))
    return _span(date(year, 1, 1), date(year + 1, 1, 1), zone, "year")


def _decade(found: re.Match[str], zone: tzinfo, vocab: Vocab) -> Interval:
    first = int(found.group(1)) * 10
    return _span(date(first, 1, 1), date(first + 10, 1, 1), zone, "decade")


def _century(found: re.Match[str], zone: tzinfo, vocab: Vocab) -> Interval:
    first = max(int(found.group(1)) * 100, 1)
    return _span(date(first, 1, 1), date(first + 100 - (first % 100), 1, 1), zone, "century")


_CALENDAR = (
    (re.compile(r"^(\d{4})-W(\d\d)(-WE)?$"), _week),
    (re.compile(r"^(\d{4})-(\d\d)$"), _month),
    (re.compile(r"^(\d{4})-Q([1-4])$"), _quarter),
    (re.compile(r"^(\d{4})-H([12])$"), _half),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), _season),
    (re.compile(r"^(\d{4})$"), _year),
    (re.compile(r"^(\d{3})$"), _decade),
    (re.compile(r"^(\d{2})$"), _century),
)
