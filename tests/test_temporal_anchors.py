"""Which time a relative expression counts from (news-dating-23's wrong anchors): the night
a story filed in the small hours calls 'tonight'."""

from __future__ import annotations

from timeline.temporal import tag


def values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_tonight_filed_in_the_small_hours_is_the_night_under_way() -> None:
    text = ('Counting began at 10.30pm on Thursday. Mr Pellow said his party had '
            '"lost good people tonight".')
    assert values(text, "2007-05-04T02:40") == [
        ("10.30pm", "2007-05-03T22:30"),
        ("Thursday", "2007-05-03"),
        ("tonight", "2007-05-03TNI"),
    ]
    storm = "The mayor said the storm would be over by tonight."
    assert values(storm, "2021-11-06T01:15") == [("tonight", "2021-11-05TNI")]
    # filed in the morning, or at midnight (a day written without its clock), it is that day's
    assert values(storm, "2021-11-06T06:30") == [("tonight", "2021-11-06TNI")]
    assert values(storm, "2021-11-06") == [("tonight", "2021-11-06TNI")]
