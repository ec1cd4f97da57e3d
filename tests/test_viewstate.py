"""timeline.viewstate: one table of (URL, view, the URL written back), then form values."""

from __future__ import annotations

from dataclasses import fields

import pytest

from timeline import viewstate
from timeline.viewstate import View

CASES = [
    ("", View(), ""),
    ("?", View(), ""),
    (
        "?kind=statement&kind=plan&q=witness",
        View({"kind": ("statement", "plan"), "q": ("witness",)}),
        "?kind=statement&kind=plan&q=witness",
    ),
    (
        "?q=witness&kind=statement",
        View({"kind": ("statement",), "q": ("witness",)}),
        "?kind=statement&q=witness",
    ),  # filters in their table's order
    ("?q=a&q=b&actor=", View({"q": ("b",)}), "?q=b"),
    ("?lane=actor", View(lane="actor"), "?lane=actor"),
    ("?lane=none", View(lane="none"), "?lane=none"),
    ("?lane=doc", View(lane="article"), "?lane=article"),  # the old name of article lanes
    ("?lane=sideways", View(), ""),
    ("?lane=kind&tz=article&layout=auto&axis=auto", View(), ""),  # defaults are left out
    ("?tz=UTC", View(zone="UTC"), "?tz=UTC"),
    ("?tz=viewer", View(zone="viewer"), "?tz=viewer"),
    ("?tz=Europe/Paris", View(), ""),
    ("?layout=story", View(layout="story"), "?layout=story"),
    ("?layout=lanes&layout=story", View(layout="story"), "?layout=story"),  # the last wins
    ("?axis=sequence", View(axis="sequence"), "?axis=sequence"),
    ("?axis=time", View(axis="time"), "?axis=time"),
    ("?axis=log", View(), ""),
    (
        "?axis=time&tz=UTC&q=police+car&lane=actor&layout=lanes&kind=status&x=1",
        View({"kind": ("status",), "q": ("police car",)}, "actor", "UTC", "lanes", "time"),
        "?kind=status&q=police+car&lane=actor&tz=UTC&layout=lanes&axis=time",
    ),
    (
        "?since=2022-02-13&until=2022-02-14&doc=sample&source=a+witness",
        View(
            {
                "source": ("a witness",),
                "doc": ("sample",),
                "since": ("2022-02-13",),
                "until": ("2022-02-14",),
            }
        ),
        "?source=a+witness&doc=sample&since=2022-02-13&until=2022-02-14",
    ),
]


@pytest.mark.parametrize(("query", "view", "written"), CASES)
def test_url_table(query: str, view: View, written: str) -> None:
    parsed = viewstate.parse(query)
    assert parsed == view
    assert viewstate.to_query(parsed) == written
    assert viewstate.parse(written) == view


def test_view_defaults_are_the_options_first_choices() -> None:
    names = [f.name for f in fields(View)]
    assert names == ["filters", *(o.name for o in viewstate.OPTIONS)]
    assert View() == View({}, *(o.default for o in viewstate.OPTIONS))


def test_fields_give_each_control_its_value_and_come_back() -> None:
    view = viewstate.parse("?kind=status&kind=plan&q=police&lane=actor&axis=sequence")
    values = viewstate.fields(view)
    assert values == {
        "kind": ["status", "plan"],
        "actor": [],
        "source": [],
        "doc": [],
        "since": None,
        "until": None,
        "q": "police",
        "lane": "actor",
        "zone": "article",
        "layout": "auto",
        "axis": "sequence",
    }
    assert viewstate.from_fields(values) == view


def test_from_fields_drops_blanks_and_unknown_choices() -> None:
    form = {
        "kind": [],
        "q": "",
        "since": None,
        "until": "2022-02-14",
        "lane": None,
        "zone": "UTC",
        "layout": "spiral",
        "axis": "time",
    }
    assert viewstate.from_fields(form) == View({"until": ("2022-02-14",)}, zone="UTC", axis="time")


def test_cleared_keeps_the_drawing() -> None:
    view = viewstate.parse("?kind=status&lane=actor&tz=UTC")
    assert view.cleared() == View(lane="actor", zone="UTC")
