"""Several times of one clause as one row (nesting.py), on sentences of the TimeML corpora.

Each row must say which of the clause's times dates it, and with what words: a reader (and
a check of 'fully specified dates dated right') looks for the written date in the row's
time text.
"""

from __future__ import annotations

from timeline.ingest import article_from_text
from timeline.pipeline import extract


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    frame = extract(article_from_text(text, published, "UTC"))
    return [
        (r.time_text, f"{r.start:%Y-%m-%d %H:%M}", f"{r.end:%Y-%m-%d %H:%M}")
        for r in frame.itertuples()
    ]


def test_now_is_not_more_precise_than_today() -> None:
    text = ("In Saudi Arabia, today is the eighth day of ``Desert Shield,'' the operation "
            "designed to confront an estimated 200,000 Iraqi soldiers now in Kuwait.")
    assert rows(text, "1990-08-15T13:37:00+00:00") == [
        ("today", "1990-08-15 00:00", "1990-08-16 00:00")
    ]


def test_a_day_named_by_itself_dates_the_row_over_a_happenings_day() -> None:
    # news-dating-16 and -19's listings: the row's time text is the day the text names
    text = ("Shares in Vestvind Service rose 9.4 percent on their first day of trading on "
            "Nasdaq Copenhagen today, valuing the company at about 11.6 billion kroner.")
    assert rows(text, "2021-10-14T18:05:00+00:00") == [
        ("today", "2021-10-14 00:00", "2021-10-15 00:00")
    ]
    text = "Miners blocked the main road on the third day of the strike today."
    assert rows(text, "2023-09-04T12:00:00+00:00") == [
        ("today", "2023-09-04 00:00", "2023-09-05 00:00")
    ]


def test_a_time_restated_beside_it_is_one_time_text() -> None:
    text = ("The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a "
            "crowded building toward the embassy.")
    assert rows(text, "1998-08-08T00:00:00+00:00") == [
        ("at about 10:35 a.m. (0735 GMT) Friday", "1998-08-07 10:35", "1998-08-07 10:36")
    ]
    text = "The council met on Monday (March 18) to vote on the budget."
    assert rows(text, "2024-03-20T00:00:00+00:00") == [
        ("on Monday (March 18)", "2024-03-18 00:00", "2024-03-19 00:00")
    ]


def test_a_clock_its_zone_and_its_day_are_one_time_text() -> None:
    # news-dating-16's rower: the row's time text holds the day as well as the clock
    text = ("Hana Whitlock rowed into English Harbour, Antigua, at 3:26 p.m. local time "
            "today, becoming the fastest woman to row alone across the Atlantic.")
    assert rows(text, "2010-02-19T22:40:00+00:00") == [
        ("at 3:26 p.m. local time today", "2010-02-19 15:26", "2010-02-19 15:27")
    ]
    text = "The ceasefire will take effect at 10 a.m. local time Friday, officials said."
    assert [r for r in rows(text, "2021-10-14T18:05:00+00:00") if r[0]] == [
        ("at 10 a.m. local time Friday", "2021-10-15 10:00", "2021-10-15 10:01")
    ]


def test_a_time_and_the_date_after_a_comma_are_one_time_text() -> None:
    text = ("The English Wikinews published its 10,000th news story today at around 06:56, "
            "7 September 2007 UTC.")
    assert rows(text, "2007-09-07T12:00:00+00:00") == [
        ("today at around 06:56, 7 September 2007", "2007-09-07 06:56", "2007-09-07 06:57")
    ]


def test_times_that_are_not_written_together_keep_their_own_text() -> None:
    text = "Earlier Friday, the government celebrated the birth of Jose Marti on Friday."
    ((time_text, start, _),) = rows(text, "2000-01-28T00:00:00+00:00")
    assert (time_text, start) == ("Friday", "2000-01-28 00:00")


def test_according_to_a_statement_dates_the_statement_apart() -> None:
    text = ("The suspect was scheduled to appear before a U.S. magistrate judge in Manhattan at "
            "midday, according to a statement today by U.S. Attorney Mary Jo White.")
    assert rows(text, "1999-10-08T00:00:00+00:00") == [
        ("today", "1999-10-08 00:00", "1999-10-09 00:00"),
        ("at midday", "1999-10-08 12:00", "1999-10-08 12:01"),
    ]


def test_a_clock_time_in_the_small_hours_of_a_named_night_is_one_row_with_it() -> None:
    # the night a day names ends at midnight, unless a clock time after midnight is said
    # of it: then it runs into the morning and holds the clock time
    text = "Police were called at about 1.30am last night after reports of a fight."
    assert rows(text, "2024-03-19T07:00:00+00:00") == [
        ("at about 1.30am last night", "2024-03-19 01:30", "2024-03-19 01:31")
    ]
    assert rows("Officers arrived at 2am on Saturday night.", "2024-03-17T09:00:00+00:00") == [
        ("at 2am on Saturday night", "2024-03-17 02:00", "2024-03-17 02:01")
    ]
    assert rows("The club closed at 11pm on Saturday night.", "2024-03-17T09:00:00+00:00") == [
        ("at 11pm on Saturday night", "2024-03-16 23:00", "2024-03-16 23:01")
    ]


def test_a_part_of_a_day_before_a_noun_is_read_on_a_day_not_on_a_longer_time() -> None:
    # 'two years after' dates the strike, counted back; the vigil keeps its Friday evening
    text = ("Hundreds of miners held a Friday evening vigil outside the pit, two years after "
            "the strike ended.")
    assert rows(text, "2024-03-09T12:00:00+00:00") == [
        ("two years after", "2022-01-01 00:00", "2023-01-01 00:00"),
        ("Friday evening", "2024-03-08 18:00", "2024-03-09 00:00"),
    ]


def test_a_duration_counted_from_a_date_is_one_row_at_the_day_it_reaches() -> None:
    # the date is where the count starts: no row of its own (it was one, titled 'From
    # June 10', beside the right one)
    assert rows("The offer expires 30 days from June 10.", "2024-06-05T10:00:00+00:00") == [
        ("30 days from June 10", "2024-07-10 00:00", "2024-07-11 00:00")
    ]
    assert rows("The result is due two weeks from Friday.", "2024-06-05T10:00:00+00:00") == [
        ("two weeks from Friday", "2024-06-21 00:00", "2024-06-22 00:00")
    ]
    assert rows("The hearing is two weeks from tomorrow.", "2024-06-05T10:00:00+00:00") == [
        ("two weeks from tomorrow", "2024-06-20 00:00", "2024-06-21 00:00")
    ]


def test_a_stretch_for_a_duration_from_a_date_starts_on_that_date() -> None:
    text = ("South Korea's Financial Services Commission said on Wednesday it would ban short "
            "selling of shares for three months from August 10.")
    assert rows(text, "2011-08-13T00:00:00+00:00")[:2] == [
        ("on Wednesday", "2011-08-10 00:00", "2011-08-11 00:00"),
        ("from August 10", "2011-08-10 00:00", "2011-08-11 00:00"),
    ]


def test_a_lasting_verb_or_a_range_keeps_the_anchor_s_own_row() -> None:
    # how long it lasts, from when: the date is when it starts
    assert ("from June 10", "2024-06-10 00:00", "2024-06-11 00:00") in rows(
        "The ban will last 30 days from June 10.", "2024-06-05T10:00:00+00:00")
    assert ("from June 10", "2024-06-10 00:00", "2024-06-11 00:00") in rows(
        "The ban will apply for a period of 30 days from June 10.", "2024-06-05T10:00:00+00:00")
    # the anchor opens a range: where the stretch lies, written out
    assert ("from Monday", "2024-06-10 00:00", "2024-06-11 00:00") in rows(
        "Voting will take place over three days from Monday to Wednesday.",
        "2024-06-05T10:00:00+00:00")
