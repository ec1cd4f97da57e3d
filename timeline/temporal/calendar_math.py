"""Calendar arithmetic on wall-clock times: months and years are not fixed lengths."""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime, timedelta

#: Python's dates hold the years 1 to 9999; a time beyond them has a value but no interval.
FIRST_YEAR, LAST_YEAR = 1, 9999
#: The years a document may be dated in: relative times ('yesterday', 'next year') need a
#: year of room on either side of it.
DCT_YEARS = range(FIRST_YEAR + 1, LAST_YEAR)
_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "weekend": 7}
_GREGORIAN_CYCLE = 146097  # days in 400 years: the calendar repeats after them

_DURATION = re.compile(
    r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<TH>[\d.]+)H)?(?:(?P<TM>[\d.]+)M)?(?:(?P<TS>[\d.]+)S)?)?$"
)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(day: date, months: int) -> date:
    """Same day of month, clipped to the month's length (31 Jan + 1 month = 28/29 Feb).
    The length is read from a table, not calendar.monthrange, which also works out the
    month's first weekday: a third of the cost of 'next month'."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = 29 if month == 1 and calendar.isleap(year) else _MONTH_DAYS[month]
    return day.replace(year=year, month=month + 1, day=day.day if day.day < last else last)


def weekday_from(day: date, weekday: int) -> date:
    """The first day on or after ``day`` that falls on ``weekday`` (isoweekday's number)."""
    return day + timedelta(days=(weekday - day.isoweekday()) % 7)


def weekday_until(day: date, weekday: int) -> date:
    """The last day on or before ``day`` that falls on ``weekday`` (isoweekday's number)."""
    return day - timedelta(days=(day.isoweekday() - weekday) % 7)


def shift(moment: datetime, amount: float, unit: str) -> datetime:
    """Move a time by an amount of a TIMEX3 unit letter (Y, M, W, D, TH, TM, TS, DE, CE, Q)."""
    months = {"Y": 12, "M": 1, "Q": 3, "DE": 120, "CE": 1200}
    if unit in months:
        whole = round(amount * months[unit])
        moved = add_months(moment.date(), whole)
        return moment.replace(year=moved.year, month=moved.month, day=moved.day)
    seconds = {"W": 604800, "D": 86400, "TH": 3600, "TM": 60, "TS": 1}
    return moment + timedelta(seconds=amount * seconds[unit])


def parse_duration(value: str) -> list[tuple[float, str]] | None:
    """A TIMEX3 duration as (amount, unit) parts; None for vague (PXD) or malformed values."""
    found = _DURATION.match(value)
    if not found or value in ("P", "PT"):
        return None
    parts = [(float(v), k) for k, v in found.groupdict().items() if v]
    return parts or None


def shift_by(moment: datetime, value: str, sign: int = 1) -> datetime | None:
    """Move a time by a TIMEX3 duration value, forwards or backwards; None for a vague
    value, or when the move leaves Python's calendar ('the past 10,000 years')."""
    parts = parse_duration(value)
    if parts is None:
        return None
    try:
        for amount, unit in parts:
            moment = shift(moment, sign * amount, unit)
    except (OverflowError, ValueError):  # what datetime raises beyond years 1 to 9999
        return None
    return moment


def year_moved(day: date, unit: str, amount: float) -> int:
    """The year a day falls in once moved by an amount of a unit ('day', 'month', ...),
    however far: the proleptic Gregorian calendar's, before year 1 and after 9999 too
    (year 0 is 1 BC)."""
    if unit in _MONTHS:
        return (day.year * 12 + day.month - 1 + math.floor(amount * _MONTHS[unit])) // 12
    ordinal = day.toordinal() + math.floor(amount * _DAYS[unit])
    cycles, rest = divmod(ordinal - 1, _GREGORIAN_CYCLE)
    return date.fromordinal(rest + 1).year + 400 * cycles


def in_calendar(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR
