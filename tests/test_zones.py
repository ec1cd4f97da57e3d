"""timeline.zones: one spelling of fixed offsets, and back to a tzinfo."""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
import pytest

from timeline.zones import UnknownZoneError, offset_name, zone_for, zone_label


@pytest.mark.parametrize(
    ("minutes", "name"),
    [(0, "UTC"), (780, "UTC+13:00"), (-210, "UTC-03:30"), (345, "UTC+05:45")],
)
def test_offset_names_round_trip(minutes: int, name: str) -> None:
    assert offset_name(timedelta(minutes=minutes)) == name
    moment = datetime(2022, 2, 14, 22, 0, tzinfo=zone_for(name))
    assert moment.utcoffset() == timedelta(minutes=minutes)


def test_zone_label_names_both_offsets_across_dst() -> None:
    moments = [pd.Timestamp("2022-04-02 12:00", tz="UTC"), pd.Timestamp("2022-04-04", tz="UTC")]
    assert zone_label("Pacific/Auckland", moments) == "Pacific/Auckland, UTC+12:00 / UTC+13:00"


def test_zone_label_of_a_fixed_offset_is_the_offset() -> None:
    assert zone_label("UTC+05:30", [pd.Timestamp("2022-01-01", tz="UTC")]) == "UTC+05:30"


@pytest.mark.parametrize("name", ["Mars/Olympus", "UTC+thirteen"])
def test_unknown_zones_are_refused(name: str) -> None:
    with pytest.raises(UnknownZoneError, match="Unknown time zone"):
        zone_for(name)
