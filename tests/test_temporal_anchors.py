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
        ("10.30pm on Thursday", "2007-05-03T22:30"),
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


def test_a_present_weekday_written_on_a_sunday_is_of_the_week_ahead() -> None:
    sunday = "2024-07-28T16:00"  # news-dating-22's week-ahead column
    text = ("Thursday\nThe US Federal Reserve's decision lands at 4am on Thursday, Sydney time.\n"
            "Friday\nFriday is quiet locally.")
    assert values(text, sunday) == [
        ("Thursday", "2024-08-01"), ("4am on Thursday", "2024-08-01T04:00"),
        ("Friday", "2024-08-02"), ("Friday", "2024-08-02"),
    ]
    assert values("The city council meets on Tuesday to vote on the budget.",
                  "2023-05-14T18:00") == [("Tuesday", "2023-05-16")]
    # a past clause's is the week gone, and so is a present's once the story stands on a
    # day gone
    assert values("Police say the man was stabbed on Friday.", "2023-05-14T18:00") == [
        ("Friday", "2023-05-12")
    ]
    stage = ("Ospina won Thursday's stage. Prieto cut the gap by 20 seconds in Friday's "
             "time trial.")
    assert values(stage, "2011-06-19T21:10")[2] == ("Friday", "2011-06-17")


def test_a_past_perfects_evening_before_a_small_hours_story_is_the_day_befores() -> None:
    text = ("The man was found on the pavement at around 12.20am on Sunday 10 March. He had "
            "spent the evening at a birthday party and left at about 11.45pm to walk home.")
    assert values(text, "2019-03-13T14:30")[1:] == [
        ("the evening", "2019-03-09TEV"), ("about 11.45pm", "2019-03-09T23:45")
    ]
    fire = ("Firefighters were called to the house at 3.40am on Tuesday. The family had spent "
            "the evening with neighbours.")
    assert values(fire, "2022-10-20T10:00")[1] == ("the evening", "2022-10-17TEV")
    # a simple past's evening is later that day
    crews = "Firefighters were called at 3.40am on Tuesday. Crews returned in the evening."
    assert values(crews, "2022-10-20T10:00")[1] == ("the evening", "2022-10-18TEV")
