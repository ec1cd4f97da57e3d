"""Time-zone names: one spelling for fixed offsets, one way back to a tzinfo.

An article's zone is either an IANA name ("Pacific/Auckland") or, when only an offset is
known, "UTC+13:00" (IANA's Etc/GMT zones invert the sign and hold whole hours only, so a
fixed offset is clearer). Every module that names or reads a zone goes through here, so the
axis title, the table and the exports all write offsets the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    import pandas as pd


class UnknownZoneError(ValueError):
    """A zone name that is neither IANA nor 'UTC±hh:mm'."""


def iana(name: str) -> ZoneInfo:
    """The IANA zone called ``name``; UnknownZoneError with a hint if there is none."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownZoneError(
            f"Unknown time zone {name!r}; use an IANA name like Pacific/Auckland"
        ) from None


def offset_name(offset: timedelta) -> str:
    """'UTC' for zero, else 'UTC+13:00' / 'UTC-03:30': the one spelling of a fixed offset."""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def moment_zone_name(moment: datetime) -> str:
    """The fixed-offset name of an aware datetime's offset."""
    offset = moment.utcoffset()
    if offset is None:
        raise UnknownZoneError("a naive time has no offset to name")
    return offset_name(offset)


def zone_for(name: str) -> tzinfo:
    """The tzinfo for a zone name as written by this module (IANA or 'UTC±hh:mm')."""
    if name.startswith("UTC") and len(name) > 3:
        sign = 1 if name[3] == "+" else -1
        try:
            hours, mins = name[4:].split(":")
            delta = timedelta(hours=int(hours), minutes=int(mins))
        except ValueError:
            raise UnknownZoneError(
                f"Unknown time zone {name!r}; write offsets as UTC+13:00"
            ) from None
        return timezone(sign * delta, name)
    return iana(name)


def zone_label(zone: str, moments: Iterable[pd.Timestamp]) -> str:
    """'Pacific/Auckland, UTC+13:00', with every offset in force when the moments span DST."""
    if zone.startswith("UTC"):
        return zone  # already an offset: nothing to add
    import pandas as pd  # here, not above: reading input and `timex` need no pandas

    utc = (
        moments.dt.tz_convert("UTC")
        if isinstance(moments, pd.Series)
        else pd.Series(pd.to_datetime(list(moments), utc=True))
    )
    local = utc.dt.tz_convert(zone_for(zone)).dt.tz_localize(None) - utc.dt.tz_localize(None)
    offsets = sorted({offset_name(pd.Timedelta(d).to_pytimedelta()) for d in local.unique()})
    return f"{zone}, {' / '.join(offsets)}" if offsets else zone
