"""Calendar arithmetic on wall-clock times: months and years are not fixed lengths."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

_DURATION = re.compile(
    r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<TH>[\d.]+)H)?(?:(?P<TM>[\d.]+)M)?(?:(?P<TS>[\d.]+)S)?)?$"
)


def add_months(day: date, months: int) -> date:
    """Same day of month, clipped to the month's length (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last))


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
    """Move a time by a TIMEX3 duration value, forwards or backwards."""
    parts = parse_duration(value)
    if parts is None:
        return None
    for amount, unit in parts:
        moment = shift(moment, sign * amount, unit)
    return moment
