"""The tense of a statement without a time of its own: present ('analysts say'), present
perfect ('no one has claimed') stand at publication; past ('did not say') at the story's
time. Sentences from the TimeML corpora's news, whose gold dates agree.
"""

from __future__ import annotations

import pandas as pd

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many


def rows(text: str, published: str) -> list[tuple[str, str]]:
    """(time as written, first day) of every row, in text order."""
    df = extract_many([article_from_text(text, published, "UTC")], inferred=True)
    df = df.sort_values("sentence_start", kind="stable")
    return [(r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d")) for r in df.itertuples()]


LEAD = "Allied forces punched through Iraqi lines yesterday. "


def test_a_plural_present_saying_stands_at_publication() -> None:
    text = LEAD + ("U.S. and Kuwaiti officials say there are reports that civilians from Kuwait "
                   "City are being rounded up by Iraqi troops.")
    assert rows(text, "1991-02-25") == [("yesterday", "1991-02-24"), ("", "1991-02-25")]


def test_a_present_perfect_saying_stands_at_publication() -> None:
    text = LEAD + "No one has claimed responsibility for the attack."
    assert rows(text, "1991-02-25") == [("yesterday", "1991-02-24"), ("", "1991-02-25")]


def test_say_after_did_not_or_to_is_past() -> None:
    for saying in ("Investigators did not say", "Investigators declined to say"):
        text = LEAD + f"{saying} how close the troops came to the capital."
        assert rows(text, "1991-02-25") == [
            ("yesterday", "1991-02-24"),
            ("yesterday", "1991-02-24"),
        ]


def test_say_after_a_modal_is_no_present_saying() -> None:
    lead = "Rebels seized the airport on Tuesday. "
    for saying in ("Officials will not say", "Officials cannot say", "Officials would not say",
                   "Officials could not say", "Officials won't say", "Officials may not say"):
        text = lead + f"{saying} how many soldiers were captured."
        assert rows(text, "2024-03-20") == [("on Tuesday", "2024-03-19"),
                                            ("on Tuesday", "2024-03-19")], saying


def test_a_past_saying_outside_the_quote_decides() -> None:
    text = ('Rebels seized the airport on Tuesday. "I say this to every family," the '
            'colonel said after the funeral.')
    assert rows(text, "2024-03-20") == [("on Tuesday", "2024-03-19"),
                                        ("on Tuesday", "2024-03-19")]


def test_a_present_saying_outside_the_quote_stands_at_publication() -> None:
    text = ('Rebels seized the airport on Tuesday. "They said they would leave," the mayor '
            'says of the soldiers.')
    assert rows(text, "2024-03-20") == [("on Tuesday", "2024-03-19"), ("", "2024-03-20")]


def test_a_finite_saying_decides_over_one_after_a_modal() -> None:
    text = ("Two men were shot dead in Salford on Saturday. Police cannot say whether the "
            "deaths are linked, a spokeswoman says.")
    assert rows(text, "2024-03-20") == [("on Saturday", "2024-03-16"), ("", "2024-03-20")]


def test_a_saying_in_single_quotation_marks_is_inside_the_quote() -> None:
    for quote in ("'I say this to every family,'", "\u2018I say this to every family,\u2019"):
        text = f"Rebels seized the airport on Tuesday. {quote} the colonel said after the funeral."
        assert rows(text, "2024-03-20") == [("on Tuesday", "2024-03-19"),
                                            ("on Tuesday", "2024-03-19")], quote


def test_forecasters_warn_at_publication_of_a_day_ahead() -> None:
    # a plural present 'warn' is a saying, made now; the day ahead dates what is warned of
    text = ("A tornado tore through the town this afternoon. Forecasters warn that more "
            "storms are possible across the state on Tuesday.")
    assert rows(text, "2016-04-10") == [("this afternoon", "2016-04-10"),
                                        ("", "2016-04-10"), ("on Tuesday", "2016-04-12")]


def test_a_present_perfect_lead_takes_the_time_told_after_it() -> None:
    # the lead's happening, its time told in the next sentence; not a state at publication
    text = ("At least nine people have died after a mudslide buried houses in a hill town. "
            "The slope gave way at about 3:10 a.m. Tuesday after days of rain.")
    assert rows(text, "2011-05-12") == [("at about 3:10 a.m. Tuesday", "2011-05-10"),
                                        ("at about 3:10 a.m. Tuesday", "2011-05-10")]
    # a present perfect of 'have' as a verb is no happening: it holds now
    text = "The company has about 8.8 million shares outstanding. It was founded on Monday."
    assert rows(text, "2011-05-12")[0] == ("", "2011-05-12")
    # a present perfect alone is the day's news, not the background told after it
    text = ("A regional court has issued an arrest warrant for the former president. On "
            "Tuesday, the Supreme Court suspended a ban on her leaving the country.")
    assert rows(text, "2011-11-18")[0] == ("", "2011-11-18")


def test_a_period_in_a_quotation_dates_no_saying_outside_it() -> None:
    # the year is the plan's; she said it at the story's time, today
    text = ('Nina Hren thanked voters today. "We want a plan by the end of the year," she '
            'said.')
    assert rows(text, "2014-06-02") == [("today", "2014-06-02"),
                                        ("by the end of the year", "2014-01-01"),
                                        ("today", "2014-06-02")]


# news-dating-28 news07 and news-dating-29 news03: leads whose present perfect only an
# 'after' clause or a directed infinitive dates, retold by a later sentence
DA_NANG = ("Da Nang suspends Dragon Bridge fire show after embers hit tour boat\n\n"
           "Wednesday, March 6, 2024\n\n"
           "The city of Da Nang in central Vietnam has suspended the fire-and-water show on "
           "its Dragon Bridge after burning embers fell onto a tour boat on the Han River on "
           "Saturday night, injuring two passengers. The city's culture and sports "
           "department announced the suspension yesterday.")
WINDHOEK = ("Windhoek orders households to cut water use by a third\n\n"
            "Thursday, September 16, 2021\n\n"
            "The City of Windhoek has ordered households to use a third less water from "
            "October 1, after the three dams that supply the Namibian capital fell to their "
            "lowest combined level in five years. The city council voted 11 to 4 for the "
            "rationing last Tuesday, and the order was published in the government gazette "
            "yesterday.")


def test_a_lead_perfect_dated_only_in_its_after_clause_takes_the_day_told_of_it() -> None:
    # news-dating-28: the suspension is yesterday's, when it was announced, not the
    # night of the embers the 'after' clause dates, nor the publication day
    text = DA_NANG
    assert rows(text, "2024-03-06T14:00:00+00:00")[3:5] == [
        ("on Saturday night", "2024-03-02"), ("yesterday", "2024-03-05")]
    # news-dating-29: the order's start and a span in its 'after' clause leave the
    # ordering to the vote that the next sentence retells
    text = WINDHOEK
    assert ("last Tuesday", "2021-09-14") in rows(text, "2021-09-16T14:30:00+00:00")[1:3]
    # no retelling: the lead's perfect stays at publication
    text = ("Port closes after spill\n\nWednesday, March 20, 2024\n\n"
            "The harbour authority has closed the port to shipping after a tanker spilled oil "
            "on Sunday. Divers inspected the hull on Monday morning.")
    assert ("on Monday morning", "2024-03-18") not in rows(
        text, "2024-03-20T12:00:00+00:00")[1:3]


def test_a_headline_over_a_lead_perfect_dated_only_in_its_after_clause_takes_the_leads_day(
) -> None:
    # news-dating-28: the headline is the lead's suspension, yesterday's, not the night of
    # the embers its 'after' clause dates
    text = DA_NANG
    # the headline's rows: its cause's, then its own
    assert rows(text, "2024-03-06T14:00:00+00:00")[:2] == [
        ("on Saturday night", "2024-03-02"), ("yesterday", "2024-03-05")]
    # news-dating-29: the order's start is what is ordered; the vote retells the ordering
    text = WINDHOEK
    assert rows(text, "2021-09-16T14:30:00+00:00")[0] == ("last Tuesday", "2021-09-14")
    # other words: a ministry's suspension of a trial, announced on Monday
    text = ("Ministry suspends vaccine trial after two volunteers fall ill\n\n"
            "Tuesday, May 7, 2024\n\n"
            "The health ministry has suspended a trial of a new malaria vaccine after two "
            "volunteers fell ill in a Kisumu clinic on Friday. The ministry announced the "
            "suspension on Monday.")
    assert ("on Monday", "2024-05-06") in rows(text, "2024-05-07T12:00:00+00:00")[:2]
