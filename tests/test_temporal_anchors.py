"""Which time a relative expression counts from (news-dating-23's wrong anchors): the night
a story filed in the small hours calls 'tonight', and the season 'last spring' names while
a spring is under way."""

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


def test_last_season_told_while_one_is_under_way_is_a_year_back() -> None:
    text = "The typical home sat on the market for 38 days, against 24 last spring."
    assert values(text, "2019-04-18T07:00") == [("38 days", "P38D"), ("last spring", "2018-SP")]
    assert values("Ticket sales have doubled since last summer.", "2022-08-02") == [
        ("last summer", "2021-SU")
    ]
    # one that has ended is this year's; 'next spring' in spring is a year on
    assert values("The bridge was closed last spring for repairs.", "2022-07-02") == [
        ("last spring", "2022-SP")
    ]
    assert values("The bridge will reopen next spring.", "2022-04-20") == [
        ("next spring", "2023-SP")
    ]
