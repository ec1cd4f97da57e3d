"""Dated sections of blogs, diaries and live pages (temporal/sections.py): a stamp that
opens a line gives the text after it its own 'now', and heads it without a row of its own.

Frames are ``extract_many([article], inferred=True)``, as the dashboard shows them.
"""

from __future__ import annotations

import pandas as pd

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many
from timeline.temporal import tag
from timeline.temporal.sections import _clock_line, _clock_stamps, sections
from timeline.temporal.tagger import as_dct


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    """(title, time as written, start) of every row, in time order."""
    df = extract_many([article_from_text(text, published, "UTC")], inferred=True)
    return [(r.title, r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d %H:%M"))
            for r in df.itertuples()]


def values(text: str, published: str) -> dict[str, str]:
    """Each time expression's words to its value."""
    return {t.text: t.value for t in tag(text, published)}


BOILER = (
    "Boiler diaries\n\n"
    "We got home on Friday to a cold house. This morning the engineer came and said the "
    "pump had gone.\n\n"
    "Update, 20 January, 8pm: The part arrived this afternoon. He fits it tomorrow "
    "morning.\n\n"
    "Update 2 (Saturday 22 January): We have heat! He came back yesterday and it took an "
    "hour."
)


def test_an_update_counts_its_days_from_its_stamp_which_heads_it_without_a_row() -> None:
    assert rows(BOILER, "2022-01-19T21:15:00+00:00") == [
        ("We got home to a cold house", "on Friday", "2022-01-14 00:00"),
        ("The engineer came and said the pump had gone", "This morning", "2022-01-19 06:00"),
        ("The part arrived this afternoon", "this afternoon", "2022-01-20 12:00"),
        ("He came back and it took an hour", "yesterday", "2022-01-21 00:00"),
        ("He fits it tomorrow morning", "tomorrow morning", "2022-01-21 06:00"),
        # the stamp dates the clause after it that has no time of its own, as a dateline
        ("We have heat!", "Saturday 22 January", "2022-01-22 00:00"),
    ]


def test_a_live_pages_clock_stamps_follow_each_other_through_the_day() -> None:
    text = (
        "Storm Arwen: council updates\n\n"
        "Strong winds are expected across the county tonight.\n\n"
        "UPDATE 3.45pm: A tree came down on the A59 near Skipton this afternoon.\n\n"
        "UPDATE 9.10pm: The rest centre took in 40 people this evening.\n\n"
        "Update, Saturday 27 November, 8am: The A59 reopened this morning."
    )
    found = values(text, "2021-11-26T10:00:00+00:00")
    # read from the publication's 10am, 9.10pm would be the evening before
    assert found["9.10pm"] == "2021-11-26T21:10"
    # a day and its clock after a comma are one time (rule date_then_clock), the stamp's
    assert found["Saturday 27 November, 8am"] == "2021-11-27T08:00"
    assert found["this morning"] == "2021-11-27TMO"
    assert rows(text, "2021-11-26T10:00:00+00:00")[-1] == (
        "The A59 reopened this morning", "this morning", "2021-11-27 06:00")


def test_clock_stamps_are_those_a_scan_of_every_line_break_finds() -> None:
    # the clock line regex is tried only at the lines that hold a clock's colon or point
    text = (
        "14:32\nFerry services resumed at 2.15pm after a 3.5 per cent rise in fares.\n"
        "UPDATE 14:45: The harbour master said the wharf was safe.\n"
        "[Update 15:30] Crews were still at 10.20 and 11:05.\n\n"
        "Day 4, 09.30 - Rain again.\nPriya S. | January 4, 2025 at 2:47 pm\n"
        "Mum said... September 5, 2007 7:15 AM\nPosted at 8.05am\n"
        "Score 3:1 at 10:45\n 1:00\n23.59"
    )
    scanned = [(m.start(), m.end() - 1) for m in _clock_line().finditer("\n" + text)]
    assert len(scanned) > 5
    assert [(s.line, s.end) for s in _clock_stamps(text)] == scanned


def test_a_24_hour_clock_after_update_is_not_read_as_an_update_number() -> None:
    # 'UPDATE 14:45:' is no update 1 at 4:45, which put 'two hours ago' at 02:45
    text = ("Harbour wall collapse: live updates\n\n"
            "Part of the harbour wall at Westport fell into the sea overnight.\n\n"
            "UPDATE 14:45: The harbour master said two hours ago that the wharf was safe.\n\n"
            "UPDATE 2 16:10: Divers went down this afternoon.")
    assert [s.clock for s in _clock_stamps(text)] == [(14, 45), (16, 10)]
    assert values(text, "2024-03-09T09:00:00+00:00")["two hours ago"] == "2024-03-09T12:45"


def test_a_diary_heading_alone_on_its_line_is_the_day_its_entry_was_written() -> None:
    text = (
        "My allotment diary\n\n"
        "Friday 13 June\n\n"
        "I woke early today and went straight down to the plot. Yesterday it rained all "
        "day, so the soil was soft. The broad beans are ready.\n\n"
        "Sunday 15 June\n\n"
        "Picked the first strawberries this afternoon.\n\n"
        "Tuesday 17 June\n\n"
        "Slugs everywhere this morning, all over the lettuces."
    )
    assert rows(text, "2025-06-17T22:00:00+00:00") == [
        ("It rained all day, so the soil was soft", "Yesterday", "2025-06-12 00:00"),
        ("I woke and went straight down to the plot", "early today", "2025-06-13 00:00"),
        ("The broad beans are ready", "", "2025-06-13 00:00"),
        # the heading's day is the writer's own: its afternoon is known
        ("Picked the first strawberries this afternoon", "this afternoon", "2025-06-15 12:00"),
        # the publication's own day: its clock is known, its heading tells nothing more
        ("Tuesday 17 June", "Tuesday 17 June", "2025-06-17 00:00"),
        ("Slugs everywhere, all over the lettuces", "this morning", "2025-06-17 06:00"),
    ]


def test_a_heading_of_a_day_a_post_looks_back_on_leaves_its_days_to_the_publication() -> None:
    # posted on Thursday: 'Yesterday evening' is Wednesday, the day the heading names
    text = (
        "Pip: week one\n\n"
        "Wednesday\n\n"
        "Yesterday evening we took her to the park in the harness for the first time.\n\n"
        "Thursday\n\n"
        "This morning she had her first check-up at the vet's."
    )
    published = "2016-10-13T22:05:00+00:00"
    assert sections(text, tag(text, published), as_dct(published), False) == []
    assert values(text, published)["Yesterday evening"] == "2016-10-12TEV"


def test_an_update_named_by_a_weekday_comes_after_the_post() -> None:
    text = (
        "Our street finally gets its crossing\n\n"
        "The council's highways committee voted on Tuesday to fund a zebra crossing outside "
        "the school.\n\n"
        "Update (Thursday): The contractor rang this morning. They will start on Monday."
    )
    found = values(text, "2018-02-28T21:00:00+00:00")
    assert (found["Thursday"], found["this morning"], found["Monday"]) == (
        "2018-03-01", "2018-03-01TMO", "2018-03-05")


def test_a_date_opening_a_sentence_or_a_list_entry_of_a_history_is_no_stamp() -> None:
    published = "2020-05-01T09:00:00+00:00"
    text = (
        "The mill at Calder Bridge\n\n"
        "On 3 May 1870, the council voted to buy the mill. Today it houses flats.\n\n"
        "12 March, the day the council met again, was a Saturday."
    )
    assert sections(text, tag(text, published), as_dct(published), False) == []
    # a dated entry of a history ends with its line: 'Today' is the publication's day (its
    # value nowadays, set against the history told)
    text = (
        "The mill at Calder Bridge\n\n"
        "12 April 1861: A fire destroys the weaving shed.\n\n"
        "Today the building houses flats and a cafe."
    )
    today = next(t for t in tag(text, published) if t.text == "Today")
    assert (today.value, f"{today.begin:%Y-%m-%d}") == ("PRESENT_REF", "2020-05-01")


def test_an_entry_of_a_list_ends_with_its_line() -> None:
    text = (
        "Summit week ahead\n\n"
        "Leaders from twelve countries arrive in Lisbon on Sunday for the summit.\n\n"
        "Monday 5 June: Talks on trade open at the Belem palace this morning.\n\n"
        "Officials said yesterday that security would be tight."
    )
    found = values(text, "2023-06-02T10:00:00+00:00")
    assert (found["this morning"], found["yesterday"]) == ("2023-06-05TMO", "2023-06-01")


def test_a_live_pages_clock_alone_on_its_line_stamps_the_entries_under_it() -> None:
    # newest first: the entry at ten to midnight was written the night before
    text = (
        "Storm Ciaran: live\n\n"
        "07:45\n\n"
        "The Met Office has extended its red warning until noon.\n\n"
        "23:50\n\n"
        "Winds of 90mph were recorded at the Needles tonight, the Met Office said."
    )
    published = "2023-11-02T08:00:00+00:00"
    assert [(s.at.isoformat(), s.writing) for s in sections(
        text, tag(text, published), as_dct(published), False)] == [
        ("2023-11-02T07:45:00+00:00", True), ("2023-11-01T23:50:00+00:00", True)]
    assert values(text, published)["tonight"] == "2023-11-01TNI"


def test_an_edit_note_counts_from_its_own_day() -> None:
    text = (
        "The corner shop is closing\n\n"
        "Mr Patel told me on Saturday that the shop on Grove Lane will close at the end of "
        "the month.\n\n"
        "Edit (2 June): Several readers have pointed out that the shop actually closed "
        "yesterday. Mr Patel says he is sorry for the short notice."
    )
    assert rows(text, "2021-05-31T19:00:00+00:00")[-2:] == [
        ("Several readers have pointed out that the shop actually closed yesterday",
         "yesterday", "2021-06-01 00:00"),
        # a statement of the update is of its day, not the publication's
        ("Mr Patel says he is sorry for the short notice", "", "2021-06-02 00:00"),
    ]


def test_an_update_of_a_part_of_a_day_or_with_its_word_after_the_day() -> None:
    text = (
        "The great tap saga\n\n"
        "The kitchen tap broke on Sunday and the landlord says a plumber will come this "
        "week.\n\n"
        "Update: Tuesday evening - The plumber came this afternoon but had the wrong part. "
        "He is coming back tomorrow.\n\n"
        "Thursday update: Fixed at last! He came back yesterday and it took ten minutes."
    )
    found = values(text, "2019-05-05T21:00:00+00:00")
    assert (found["Tuesday evening"], found["this afternoon"], found["tomorrow"],
            found["Thursday"], found["yesterday"]) == (
        "2019-05-07TEV", "2019-05-07TAF", "2019-05-08", "2019-05-09", "2019-05-08")


def test_an_updates_own_days_move_its_story_though_they_come_after_the_post() -> None:
    text = (
        "Our street finally gets its crossing\n\n"
        "After three years of letters, the council's highways committee voted on Tuesday to "
        "fund a zebra crossing outside the primary school.\n\n"
        "Update, 14 March: The lines went down yesterday. The council's engineer checked "
        "them with a tape measure."
    )
    assert rows(text, "2018-02-28T21:00:00+00:00")[-1] == (
        "The council's engineer checked them with a tape measure", "yesterday",
        "2018-03-13 00:00")


def test_an_observing_logs_entries_with_their_clocks_in_words_the_tagger_leaves() -> None:
    text = (
        "Observing log\n\n"
        "Session 3 \u2014 Saturday 16 March 2024, 21:40\n\n"
        "Clear skies tonight. We logged Saturn before the dew came down.\n\n"
        "Log entry, 19 March 2024 (22:05 UT)\n\n"
        "Cloud again tonight. Yesterday the new eyepiece arrived."
    )
    published = "2024-03-20T12:00:00+00:00"
    assert [s.at.isoformat() for s in sections(
        text, tag(text, published), as_dct(published), False)] == [
        "2024-03-16T21:40:00+00:00", "2024-03-19T22:05:00+00:00"]
    assert [(t.text, t.value) for t in tag(text, published)][-3:] == [
        ("19 March 2024", "2024-03-19"), ("tonight", "2024-03-19TNI"),
        ("Yesterday", "2024-03-18")]


def test_a_stamps_row_takes_all_its_words_as_its_time() -> None:
    text = (
        "Village events this week\n\n"
        "The parish council has published its programme for the week.\n\n"
        "Friday 14 March, 7.30pm: Quiz night at the village hall, with a prize for the best "
        "team."
    )
    assert rows(text, "2025-03-12T09:00:00+00:00")[-1] == (
        "Quiz night at the village hall", "Friday 14 March, 7.30pm", "2025-03-14 19:30")


HERONS = (
    "Heron watch: nest log\n\n"
    "Volunteers post what they see at the heronry here.\n\n"
    "Tuesday 8 April - Sue B.\n\n"
    "Two birds on the nest at 07:10. The female left at 07:40 and came back with a stick.\n\n"
    "Friday 11 April - Tom\n\n"
    "Rain all day until tonight. Watched from the hide at 19:00. No sign of the male since "
    "Sue's visit on Tuesday.\n\n"
    "Monday 14 April, late - Sue B. (warden)\n\n"
    "First chick seen this morning. The parents took turns feeding it."
)


def test_the_signed_entries_of_a_log_are_written_on_their_days() -> None:
    # a day with its writer's name after a dash heads the lines below it, not its line
    # only: its clocks, 'tonight' and 'Tuesday' count from its day
    found = values(HERONS, "2025-04-15T09:00:00+00:00")
    assert (found["07:40"], found["tonight"], found["19:00"], found["Tuesday"],
            found["this morning"]) == ("2025-04-08T07:40", "2025-04-11TNI",
                                       "2025-04-11T19:00", "2025-04-08", "2025-04-14TMO")
    assert rows(HERONS, "2025-04-15T09:00:00+00:00")[-4:-1] == [
        # the heading keeps its row, titled by the name it dates
        ("Sue B. (warden)", "Monday 14 April", "2025-04-14 00:00"),
        ("First chick seen this morning", "this morning", "2025-04-14 06:00"),
        ("The parents took turns feeding it", "this morning", "2025-04-14 06:00"),
    ]


def test_one_day_with_a_name_after_its_dash_is_no_log() -> None:
    text = (
        "Council approves budget\n\n"
        "The council approved its budget on Tuesday.\n\n"
        "Monday 5 June - Reuters\n\n"
        "The mayor said the vote was close."
    )
    published = "2023-06-07T09:00:00+00:00"
    assert sections(text, tag(text, published), as_dct(published), False) == []


def test_an_update_opening_the_text_with_its_day_and_clock_is_that_days_clock() -> None:
    # vocab section_stamp day_clock_rules: the stamp's own day, not the clock nearest the
    # publication (was 2024-03-20T07:10)
    assert values("Update, Monday 18 March, 7.10am: Number 12 had twins this morning.",
                  "2024-03-20T15:00:00+00:00") == {
        "Monday 18 March, 7.10am": "2024-03-18T07:10", "this morning": "2024-03-18TMO"}


def test_a_part_of_a_headed_days_is_that_parts_hours_where_the_publications_is_its_day() -> None:
    # a publication of a day alone leaves 'this morning' the whole day (the writer's hours
    # unknown); a diary heading's day is the writer's own, its morning that morning
    text = (
        "Lambing diary\n\n"
        "This morning I finally wrote up the week.\n\n"
        "Wednesday 10 April\n\n"
        "Last night was a bad one. The ewe is fine, and this morning she took on one of "
        "Blossom's twins.\n\n"
        "Thursday 11 April\n\n"
        "Three more born today. We carried the rest down tonight."
    )
    df = extract_many([article_from_text(text, "2019-04-14", "UTC")], inferred=True)
    spans = {(r.time_text, pd.Timestamp(r.start).strftime("%m-%d %H:%M"),
              pd.Timestamp(r.end).strftime("%m-%d %H:%M"))
             for r in df.itertuples() if r.anchor != "inferred"}
    assert spans == {
        ("This morning", "04-14 00:00", "04-15 00:00"),
        ("Last night", "04-09 18:00", "04-10 00:00"),
        ("this morning", "04-10 06:00", "04-10 12:00"),
        ("today", "04-11 00:00", "04-12 00:00"),
        ("tonight", "04-11 18:00", "04-12 00:00"),
    }


def test_a_headings_month_is_no_date_with_the_next_paragraphs_first_words() -> None:
    # 'November' and 'The first' across the blank line read as 1 November, and the
    # heading was no stamp: 'yesterday' counted from the publication
    text = (
        "Walking diary\n\n"
        "Monday 6 November\n\n"
        "The first hour was hard and I regretted every biscuit I had eaten yesterday.\n\n"
        "Thursday 9 November\n\n"
        "Home."
    )
    found = values(text, "2017-11-09T21:30")
    assert found == {"Monday 6 November": "2017-11-06", "The first hour": "PT1H",
                     "yesterday": "2017-11-05", "Thursday 9 November": "2017-11-09"}
    assert values("The shop opened in November\n\nthe first customers came in December.",
                  "2020-03-06") == {"November": "2019-11", "December": "2019-12"}


def test_a_past_perfects_day_before_an_entrys_leaves_the_entry_at_its_own_day() -> None:
    # 'yesterday' in 'I had eaten yesterday' tells what came before the entry's Monday:
    # the clocks and 'the afternoon' told next are Monday's and Tuesday's, not Sunday's
    text = (
        "Walk diary\n\n"
        "Monday 6 November\n\n"
        "I regretted every biscuit I had eaten yesterday. We ate lunch at about half twelve "
        "and reached the inn at 4.20. Tonight it rains.\n\n"
        "Tuesday 7 November\n\n"
        "We had left Kyoto on Sunday. In the afternoon we walked to the shrine. Tomorrow we "
        "rest."
    )
    found = values(text, "2017-11-09T21:30")
    assert found["yesterday"] == "2017-11-05"
    assert found["about half twelve"] == "2017-11-06T12:30"
    assert found["4.20"] == "2017-11-06T16:20"
    assert found["Sunday"] == "2017-11-05"
    assert found["the afternoon"] == "2017-11-07TAF"
    # a simple past's yesterday still moves the entry's story ('Last night ... at about
    # half ten': the night's clock)
    night = values("Lambing diary\n\nWednesday 10 April\n\nLast night was a bad one. The ewe "
                   "started pushing at about half ten and got nowhere. This morning she took "
                   "on a lamb.", "2019-04-14T20:40")
    assert night["about half ten"] == "2019-04-09T22:30"
    assert night["This morning"] == "2019-04-10TMO"


def test_a_dated_heading_after_a_diarys_day_headings_is_the_day_its_entry_was_written() -> None:
    # 'yesterday' under 'Saturday 13 April', counted from the Sunday publication, is the
    # heading's own day, which alone made it a heading a later post looks back on; after
    # the diary's Wednesday entry it is Saturday's entry, its yesterday Friday
    text = (
        "Lambing diary\n\n"
        "Wednesday 10 April\n\n"
        "Last night was a bad one. This morning she took on a lamb.\n\n"
        "Saturday 13 April\n\n"
        "The snow went yesterday as fast as it came. We are drenching her twice a day."
    )
    assert values(text, "2019-04-14T20:40") == {
        "Wednesday 10 April": "2019-04-10", "Last night": "2019-04-09TNI",
        "This morning": "2019-04-10TMO", "Saturday 13 April": "2019-04-13",
        "yesterday": "2019-04-12", "twice a day": "P1D"}
    # a heading alone, no diary before it, may still look back ('Yesterday' posted the
    # next day names the heading's day)
    assert values("Saturday 13 April\n\nThe snow went yesterday.", "2019-04-14T20:40")[
        "yesterday"] == "2019-04-13"


def test_a_yesterday_after_its_verb_in_a_dated_entry_leaves_the_entry_at_its_day() -> None:
    # an aside: the entry's clocks after it are its own day's; a 'Yesterday' that opens
    # its sentence frames what follows, which goes on at that day
    head = "Trip diary\n\nMonday 6 November\n\nWe start walking tomorrow.\n\nTuesday 7 November\n\n"
    aside = values(head + "The rain stopped yesterday afternoon and it has been dry since. "
                   "We set off at 8.30 and reached the hut at about two. Tomorrow we rest.",
                   "2017-11-09T21:30")
    assert (aside["yesterday afternoon"], aside["8.30"], aside["about two"]) == (
        "2017-11-06TAF", "2017-11-07T08:30", "2017-11-07T14:00")
    framing = values(head + "Yesterday we walked to the lake. In the afternoon it rained. "
                     "Tomorrow we rest.", "2017-11-09T21:30")
    assert (framing["Yesterday"], framing["the afternoon"]) == ("2017-11-06", "2017-11-06TAF")


FLOOD = (
    "A night of flooding in Millbrook\n\n"
    "Monday night was the longest of the year for the people of Millbrook. The Environment "
    "Agency said this morning that the river rose two metres. Here is how the night "
    "unfolded.\n\n"
    "9:15 p.m.\n"
    "The river tops its banks near the old mill. Police close the bridge on High Street.\n\n"
    "10:40 p.m.\n"
    "Firefighters rescue a couple from a car on Station Road.\n\n"
    "1:20 a.m.\n"
    "The water reaches the church steps.\n\n"
    "The water went down this morning."
)


def test_a_timelines_clock_headings_are_on_the_day_its_overview_set_up() -> None:
    # the last day the overview names, not the day of a saying ('said this morning'):
    # Monday night, so 9:15 p.m. is Monday's and 1:20 a.m. Tuesday's, where the
    # publication's Wednesday made them Wednesday's; the entries' days still count from
    # the publication ('this morning' is Wednesday's)
    published = "2024-03-06"
    assert [s.at.isoformat() for s in sections(FLOOD, tag(FLOOD, published),
                                               as_dct(published), True)] == [
        "2024-03-04T21:15:00+00:00", "2024-03-04T22:40:00+00:00", "2024-03-05T01:20:00+00:00"]
    found = values(FLOOD, published)
    assert (found["9:15 p.m."], found["1:20 a.m."]) == ("2024-03-04T21:15", "2024-03-05T01:20")
    found_rows = rows(FLOOD, published)
    assert found_rows[2:6] == [
        # the entries under a heading happen at its clock until they tell a time
        ("The river tops its banks near the old mill", "9:15 p.m.", "2024-03-04 21:15"),
        ("Police close the bridge on High Street", "9:15 p.m.", "2024-03-04 21:15"),
        ("Firefighters rescue a couple from a car on Station Road", "10:40 p.m.",
         "2024-03-04 22:40"),
        ("The water reaches the church steps", "1:20 a.m.", "2024-03-05 01:20"),
    ]
    assert [(title, day[:10]) for title, _, day in found_rows[6:]] == [
        ("The Environment Agency said that the river rose two metres", "2024-03-06"),
        ("Here is how the night unfolded", "2024-03-06"),
        ("The water went down this morning", "2024-03-06"),
    ]


def test_a_live_pages_clocks_stay_on_the_publications_day_after_an_overnight_intro() -> None:
    # newest first, all before the publication's clock: times of writing, whatever day
    # the intro told; the entry's happening takes its clock
    text = (
        "Storm Ciaran: live updates\n\n"
        "The storm battered Cornwall overnight, with gusts of more than 90mph.\n\n"
        "07:45\n"
        "Schools in Devon are closed.\n\n"
        "06:30\n"
        "Police say a lorry has overturned on the A30 near Bodmin."
    )
    published = "2023-11-02T08:00:00+00:00"
    assert [s.at.isoformat() for s in sections(text, tag(text, published), as_dct(published),
                                               False)] == [
        "2023-11-02T07:45:00+00:00", "2023-11-02T06:30:00+00:00"]
    assert rows(text, published)[-2:] == [
        ("Police say a lorry has overturned on the A30 near Bodmin", "06:30",
         "2023-11-02 06:30"),
        ("Schools in Devon are closed", "07:45", "2023-11-02 07:45"),
    ]


def test_a_day_heading_over_clock_headings_gives_them_its_day() -> None:
    text = (
        "Walking diary\n\n"
        "Monday 6 November\n\n"
        "08:30\n"
        "We set off from the inn in light rain.\n\n"
        "Tuesday 7 November\n\n"
        "07:10\n"
        "The sun comes up over the ridge."
    )
    assert rows(text, "2017-11-09T21:30:00+00:00")[-2:] == [
        ("Tuesday 7 November", "Tuesday 7 November", "2017-11-07 00:00"),
        ("The sun comes up over the ridge", "07:10", "2017-11-07 07:10"),
    ]


def test_a_programmes_clock_headings_are_on_the_day_it_names() -> None:
    text = (
        "Conference opens in Leeds\n\n"
        "The annual meeting opened on Monday. The programme for Thursday is below.\n\n"
        "09:30\n"
        "Registration and coffee.\n\n"
        "10:00\n"
        "Keynote by Professor Ann Hale on river ecology."
    )
    assert rows(text, "2022-05-11")[-2:] == [
        ("Registration and coffee", "09:30", "2022-05-12 09:30"),
        ("Keynote by Professor Ann Hale on river ecology", "10:00", "2022-05-12 10:00"),
    ]


def test_a_live_pages_first_clock_comes_before_its_publication() -> None:
    # oldest first, no day told before the clocks: posted at 5am, '11.50pm' is the night
    # before's, and '4.10am' follows it into the publication's morning
    text = (
        "Election night: live\n\n"
        "Voters went to the polls across the country.\n\n"
        "11.50pm\n"
        "Polls have closed and the exit poll is out.\n\n"
        "4.10am\n"
        "The first seat declares."
    )
    published = "2024-07-05T05:00:00+00:00"
    assert values(text, published) == {"11.50pm": "2024-07-04T23:50", "4.10am": "2024-07-05T04:10"}
    # a page that tells its day leaves a clock after its publication on it: 'tonight'
    later = "Election night: live\n\nPolls close at 10pm tonight.\n\n10.05pm\nThe exit poll is out."
    assert values(later, "2024-07-04T18:00:00+00:00")["10.05pm"] == "2024-07-04T22:05"


def test_an_entrys_row_under_a_clock_with_a_dash_takes_the_clocks_words() -> None:
    text = ("Protests in the capital: live\n\nThousands gathered in Central Square.\n\n"
            "14:32 -\nPolice say they have made three arrests. Officers are on the bridge.")
    assert rows(text, "2024-05-11T18:00:00+00:00")[-2:] == [
        ("Police say they have made three arrests", "14:32", "2024-05-11 14:32"),
        ("Officers are on the bridge", "14:32", "2024-05-11 14:32"),
    ]


def test_an_entry_led_by_its_clock_on_the_same_line_happens_at_the_clock() -> None:
    # news-dating-23 news11: oldest first, published at 02:40, '23:55' is the night
    # before's and '00:40' the publication's day's; the stamp dates its line's entry, as
    # a dateline its lead, and stays out of its title
    text = (
        "Greens win first seat as Wendmoor count runs past 2am\n\n"
        "Counting began at the Wendmoor Leisure Centre at 10.30pm on Thursday.\n\n"
        "How the night unfolded\n\n"
        "23:55 \u2013 First result: Kingsmead, Liberal Democrat hold. Turnout in the ward "
        "was 41 per cent.\n\n"
        "00:40 \u2013 The Conservatives hold both seats in Oakhill."
    )
    assert rows(text, "2007-05-04T02:40:00+00:00")[1:4] == [
        ("First result: Kingsmead, Liberal Democrat hold", "23:55", "2007-05-03 23:55"),
        ("Turnout in the ward was 41 per cent", "23:55", "2007-05-03 23:55"),
        ("The Conservatives hold both seats in Oakhill", "00:40", "2007-05-04 00:40"),
    ]


def test_a_day_heading_over_entries_led_by_their_clocks_gives_them_its_day() -> None:
    # a walking diary's day heading over clock-led entries, posted days later; newest
    # first, a live page's clocks cross midnight back to the day before
    diary = ("Walking diary\n\nMonday 6 November\n\n"
             "08:30 \u2013 We set off from the inn in light rain.\n\n"
             "Tuesday 7 November\n\n07:10 \u2013 The sun comes up over the ridge.")
    assert [r for r in rows(diary, "2017-11-09T21:30:00+00:00") if r[1][:1] == "0"] == [
        ("We set off from the inn in light rain", "08:30", "2017-11-06 08:30"),
        ("The sun comes up over the ridge", "07:10", "2017-11-07 07:10"),
    ]
    live = ("River Severn floods: live\n\n"
            "09:10 \u2013 The gauge at Bewdley reads 5.2 metres.\n\n"
            "23:30 \u2013 The Environment Agency issues a severe flood warning for the town.")
    assert [r for r in rows(live, "2020-02-26T09:30:00+00:00") if r[1]] == [
        ("The Environment Agency issues a severe flood warning for the town", "23:30",
         "2020-02-25 23:30"),
        ("The gauge at Bewdley reads 5.2 metres", "09:10", "2020-02-26 09:10"),
    ]


def test_a_clock_opening_a_dated_sentence_dates_its_clauses_no_time_of_theirs_dates() -> None:
    # news-dating-23 news11: 'since 1991' dates only the councillor's aside; the wards
    # declared at 01:15, where the row was the publication's day
    text = (
        "Wendmoor count: how the night unfolded\n\n"
        "23:55 \u2013 First result: Kingsmead, Liberal Democrat hold.\n\n"
        "01:15 \u2013 Fourteen wards are declared together: eleven Lib Dem holds, two "
        "Conservative holds and a double Lib Dem gain from the Conservatives in Station "
        "ward, where Cllr Ann Fairley, a councillor since 1991, loses by 103 votes."
    )
    found = [(time, start) for title, time, start in rows(text, "2007-05-04T02:40:00+00:00")
             if title.startswith("Fourteen wards")]
    assert found == [("01:15", "2007-05-04 01:15")]
    # a saying beside a time its entry tells, on a snow day's live page
    snow = ("Snow: live updates\n\nHeavy snow fell across Yorkshire overnight.\n\n"
            "07:30 \u2013 Police say the A629 is closed, and gritters from Kirklees, out "
            "since 2am, are struggling to keep up.")
    assert ("Police say the A629 is closed", "07:30", "2023-03-09 07:30") in rows(
        snow, "2023-03-09T08:40:00+00:00")


def test_a_day_ahead_heading_a_one_line_list_entry_is_no_time_of_writing() -> None:
    # news-dating-23's school newsletter, dates for the diary: booking opens on the
    # Monday after the publication, not the Monday after the parents' evening
    found = values("Dates for your diary\n\nFriday 21 November: flu vaccinations. Please "
                   "return consent forms by Monday.\nThursday 27 November: parents' "
                   "evening, 3.30pm to 6pm. Booking opens online at 9am on Monday.\n",
                   "2025-11-14")
    assert found["9am on Monday"] == "2025-11-17T09:00"
    assert found["6pm"] == "2025-11-27T18:00"
    # a club's fixture list: tickets go on sale in the coming week
    assert values("Fixtures\n\nSaturday 22 March: home to Leeds, kick-off 3pm. Tickets go "
                  "on sale on Monday.\n", "2025-03-07")["Monday"] == "2025-03-10"


def test_a_readers_comment_stamp_gives_its_comment_its_own_now() -> None:
    # news-dating-24 news11: comments under a post, each led by its writer's name and a
    # bar; their 'yesterday' and 'tomorrow' count from the comment's day, not the post's
    text = ("Mud and Fire\n\nOver Christmas\n\nWe spent Christmas at my parents'.\n\n"
            "3 comments\n\nPriya S. | January 4, 2025 at 2:47 pm\nTen days this August? I "
            "already booked the time off.\n\nDave Okonkwo | January 5, 2025 at 8:03 am\nI "
            "read this yesterday and then went and looked at the blue bowl.\n\n"
            "Mira | January 5, 2025 at 9:15 pm\nThe studio is open tomorrow from noon.")
    found = values(text, "2025-01-04T11:20")
    assert found["yesterday"] == "2025-01-04"
    assert found["tomorrow"] == "2025-01-06"
    assert found["this August"] == "2025-08"
    # news-dating-25 news04: a name and a comma lead one too
    text = ("A beekeeper's year\n\nWe lost two hives.\n\n3 comments\n\nMargaret Ibbotson, 8 "
            "January 2013 at 8:41 pm\nWhat a year.\n\nDev Mistry, 9 January 2013 at 7:02 "
            "am\nRead this last night and signed up this morning.")
    found = values(text, "2013-01-07T18:00")
    assert found["last night"] == "2013-01-08TNI"
    assert found["this morning"] == "2013-01-09TMO"
    # my own: a byline is no comment, and its date no section
    assert not sections("Pool shuts\n\nBy Ann Lee | 3 May 2024\n\nThe pool shut yesterday.",
                        tag("Pool shuts\n\nBy Ann Lee | 3 May 2024\n\nThe pool shut "
                            "yesterday.", "2024-05-03"), as_dct("2024-05-03"), True)


YACHT = (
    "Moana Rose: the long way home\n\n"
    "Saturday 11 August - Neiafu, Vava'u\n\n"
    "A fortnight ago we sailed into Vava'u after six days out from Fiji. This morning the "
    "harbour was glass at 6am. Yesterday we climbed Mount Talau.\n\n"
    "Wednesday 15 August\n\nWe will go on Friday instead.\n\n"
    "Day 1 - Friday 17 August\n\nWe cleared out with customs yesterday afternoon.\n\n"
    "Tuesday - Alofi, Niue\n\n"
    "We hired a car yesterday and drove right round the island. Tomorrow we hope to swim "
    "with the whales.\n\n"
    "Monday 27 August - leaving Niue\n\n"
    "We swam with a humpback and her calf on Wednesday. We leave at 2pm today."
)


def test_a_travel_diarys_day_and_place_head_the_lines_below_them() -> None:
    # news-dating-26 news11: a day and a place after its dash ('Neiafu, Vava'u', 'leaving
    # Niue'; vocab section_stamp place_leads) heads its entry, not its line only as a list
    # entry's day does; a weekday alone after a dated entry ('Tuesday - Alofi, Niue') is
    # the first such weekday after it, not the one nearest the publication (was
    # 'Yesterday' 2007-09-02, 'Tuesday' 2007-09-04)
    found = values(YACHT, "2007-09-03T21:15:00+00:00")
    assert (found["A fortnight ago"], found["This morning"], found["6am"],
            found["Yesterday"]) == ("2007-W30", "2007-08-11TMO", "2007-08-11T06:00",
                                    "2007-08-10")
    assert (found["Tuesday"], found["yesterday"], found["Tomorrow"]) == (
        "2007-08-21", "2007-08-20", "2007-08-22")
    assert (found["Wednesday"], found["2pm today"]) == ("2007-08-22", "2007-08-27T14:00")
    # my own: a cycling diary, a place alone after a day once the diary has its days
    text = ("Pedalling the Pyrenees\n\nTuesday 4 June - Bayonne, France\n\nThe train got in "
            "yesterday and we built the bikes this morning. Tomorrow the climbing starts.\n\n"
            "Friday - leaving Saint-Jean\n\nRain all night. We set off at 9am this morning "
            "and reached the col by 2pm.\n\nSunday 9 June - Pamplona\n\nA rest day. "
            "Yesterday was the hardest yet.")
    found = values(text, "2024-06-20T18:00:00+00:00")
    assert (found["yesterday"], found["Tomorrow"], found["Friday"],
            found["9am this morning"], found["Yesterday"]) == (
        "2024-06-03", "2024-06-05", "2024-06-07", "2024-06-07T09:00", "2024-06-08")
    # my own: a list's entries, a day and what came then, stay one line each
    text = ("Timeline of the dispute\n\n4 March - Union, management\n\n12 March - strike "
            "begins in Leeds\n\nPickets arrived at 5am yesterday.")
    published = "2024-06-20T18:00:00+00:00"
    assert sections(text, tag(text, published), as_dct(published), False) == []


def test_a_comment_led_by_its_writer_who_said_has_its_own_now() -> None:
    # news-dating-26 news11: Blogger's 'Sue Pratt said... September 4, 2007 8:02 AM'
    # (vocab section_stamp comment_verbs), a boat's name after a comma; its 'yesterday'
    # counts from the comment (was 2007-09-02, from the post)
    text = ("Moana Rose\n\nMonday 3 September\n\nA quiet one. Dinner ashore.\n\nPosted by "
            "Ellie at 9:15 PM, September 3, 2007\n\n3 comments:\n\nSue Pratt said... "
            "September 4, 2007 8:02 AM\nTwo Fridays! We had snow on the Richmond hills "
            "yesterday, so stay where you are.\n\nDave, SV Tarka said... September 4, 2007 "
            "6:40 PM\nWe get to Aitutaki next week.")
    found = values(text, "2007-09-03T21:15:00+00:00")
    assert (found["yesterday"], found["next week"]) == ("2007-09-03", "2007-W37")
    # the stamp dates the saying before it on its line, which had the post's time
    assert ("Dave, SV Tarka said", "September 4, 2007 6:40 PM", "2007-09-04 18:40") in rows(
        text, "2007-09-03T21:15:00+00:00")
    # my own: WordPress's 'says:' and a 'wrote:'
    text = ("Walking the Ridgeway\n\nWe finished the last stage on Sunday.\n\n2 responses\n\n"
            "Ann Ellis says: 3 May 2024 at 9:10 am\nI walked the same stage yesterday and "
            "the mud was awful.\n\nTom wrote: 4 May 2024 at 7:45 pm\nWe start it tomorrow.")
    found = values(text, "2024-05-02T20:00:00+00:00")
    assert (found["yesterday"], found["tomorrow"]) == ("2024-05-02", "2024-05-05")


YACHT_LEGS = (
    "Moana Rose: the long way home\n\n"
    "Saturday 11 August - Neiafu, Vava'u\n\n"
    "A fortnight ago we sailed into Vava'u after six days out from Fiji. This morning the "
    "harbour was glass at 6am. Yesterday we climbed Mount Talau.\n\n"
    "Monday 27 August - leaving Niue\n\n"
    "This is the last post until Rarotonga. We leave at 2pm today.\n\n"
    "Saturday 1 September - Avarua, Rarotonga\n\n"
    "Landfall at dawn. Yesterday a squall tore the genoa along the leech."
)


def test_day_headings_titled_after_their_dash_head_the_lines_below() -> None:
    # a place or a leg after the dash (news-dating-26 news11) is a title, not a list
    # entry's clause: 'This morning', 'Yesterday' and '2pm today' count from the heading
    found = values(YACHT_LEGS, "2007-09-03T21:15:00+12:00")
    assert (found["This morning"], found["2pm today"]) == ("2007-08-11TMO", "2007-08-27T14:00")
    assert [t.value for t in tag(YACHT_LEGS, "2007-09-03T21:15:00+12:00")
            if t.text == "Yesterday"] == ["2007-08-10", "2007-08-31"]


def test_a_diarys_weekday_heading_is_the_first_such_day_after_the_last_heading() -> None:
    # news-dating-26 news11: 'Tuesday' heads the entry after 'Friday 17 August', so it is
    # 21 August, and its 'yesterday' and 'Tomorrow' count from it, not from the publication
    # (two headings titled after their dash: a diary's, not a list's one line)
    text = (
        "Saturday 11 August - Neiafu, Vava'u\n\n"
        "This morning the harbour was glass at 6am.\n\n"
        "Wednesday 15 August\n\n"
        "Not Thursday after all. Rob spent this afternoon up the mast changing a bulb.\n\n"
        "Day 1 - Friday 17 August\n\n"
        "We cleared out with customs yesterday afternoon and slipped the mooring at dawn.\n\n"
        "Tuesday - Alofi, Niue\n\n"
        "We hired a car yesterday and drove right round the island. Tomorrow we hope to "
        "swim with the whales.\n\n"
        "Friday 24 August\n\n"
        "Weather watching again."
    )
    found = values(text, "2007-09-03T21:15:00+12:00")
    assert (found["Tuesday"], found["yesterday"], found["Tomorrow"]) == (
        "2007-08-21", "2007-08-20", "2007-08-22")


def test_a_day_counted_alone_on_its_line_heads_its_entry() -> None:
    # news-dating-25 news05: 'Day 3' after 'Saturday 11 June' is the 12th (the tagger's
    # count), and the entry under it is of that day, not of the dated entry before it
    # (was 'At about six the rain cleared' on the 11th)
    text = ("Nine days on Skerrinish: a puffin count diary\n\n"
            "Posted 18 June 2022 at 21:40 by Kirsty Mowat\n\n"
            "Friday 10 June\n\nWe met at Stornoway harbour at 7am and left at 8.15.\n\n"
            "Saturday 11 June\n\nWoke at 5.30 to thick fog. We started the first transect "
            "at nine, once it had lifted.\n\n"
            "Day 3\n\nRain, all day. We stayed in the bothy and entered yesterday's counts "
            "on the laptop. At about six the rain cleared and we saw the first Manx "
            "shearwaters rafting offshore, waiting for dark.")
    found = {title: start for title, _, start in rows(text, "2022-06-18T21:40:00+00:00")}
    shearwaters = next(start for title, start in found.items() if "rain cleared" in title)
    assert shearwaters == "2022-06-12 00:00"
    # my own: a walking diary and a dig's log, whose counted headings hold the entries
    # under them at the day the tagger counts, not at the dated entry's before them
    for text, published, words in (
            ("Along the Ridgeway\n\nMonday 3 April\n\nWe set off from Overton Hill at 9am "
             "and camped at Ogbourne.\n\nTuesday 4 April\n\nWoke at six to rain. We walked "
             "to Wayland's Smithy by noon.\n\nDay 3\n\nThe path climbed all morning and we "
             "reached White Horse Hill at last.", "2023-04-10T12:00:00+00:00", "The path"),
            ("Dig log\n\nTuesday 8 August\n\nThe trench was opened at 8am.\n\nWednesday 9 "
             "August\n\nWe cleaned the section back at ten.\n\nDay 3\n\nTwo coins turned up "
             "in the spoil heap before lunch.", "2023-08-20T12:00:00+00:00", "Two coins")):
        got = rows(text, published)
        counted = next(start for _, time, start in got if time == "Day 3")
        assert [start for title, _, start in got if title.startswith(words)] == [counted]
        assert values(text, published)["Day 3"] == counted[:10]


def dated(text: str, published: str, date_only: bool = False) -> dict[str, str]:
    """Each time expression's words to its value, the publication maybe a day alone."""
    return {t.text: t.value for t in tag(text, published, date_only)}


def test_a_line_that_only_counts_from_now_opens_no_entry() -> None:
    # news-dating-29 news11: 'Tonight:' inside the entry of 'Day 3, 19:40' was a stamp
    # of the publication's night, so its 'tomorrow' was 2 December, not 11 July
    text = ("Five nights in the snow: a nurse's notebook\n\n"
            "Monday 9 July, 03:20\n\nPower went at 01:48. Generator started.\n\n"
            "Day 2, 20:10\n\nDay staff had a bad day.\n\n"
            "Day 3, 19:40\n\nSlept four hours this afternoon.\n\n"
            "Tonight: seven patients. The town's old people are coming in one by one as "
            "their wood runs out. MetService says clear tomorrow.")
    assert dated(text, "2012-12-01", True)["tomorrow"] == "2012-07-11"
    # my own: a walker's notes, 'Tonight:' inside a dated entry
    text = ("Walking the Hebridean Way\n\nMonday 3 March, 07:30\n\nWe left Oban on the "
            "first ferry.\n\nTonight: a bunkhouse in Tobermory. Tomorrow we walk to "
            "Calgary Bay.")
    assert dated(text, "2025-04-10", True)["Tomorrow"] == "2025-03-04"


def test_a_part_headed_yesterday_makes_its_day_headings_days_looked_back_on() -> None:
    # news-dating-29 news10: a week-in-review's 'THURSDAY' is no entry written on
    # Thursday when a later part is headed 'YESTERDAY': its 'yesterday' is Friday's
    text = ("THE WEEK THAT WAS\n\nBy Una Kearney, Saturday 11 February 2006\n\n"
            "THURSDAY\n\nThe council's engineers spent Thursday on the slip.\n\n"
            "Ardnakeel also said goodbye this week to Nora Considine. She died on Tuesday, "
            "aged 88, and was buried yesterday after the ten o'clock Mass.\n\n"
            "YESTERDAY\n\nThe week ended with bad news.")
    assert dated(text, "2006-02-11T08:00:00+00:00")["yesterday"] == "2006-02-10"
    # my own: a town's week in brief
    text = ("The week in Bramley\n\nBy Ann Cole, Saturday 8 March 2025\n\n"
            "THURSDAY\n\nThe bakery on Mill Lane closed. Its owner retired on Wednesday "
            "and the shop was sold yesterday.\n\nYESTERDAY\n\nThe council approved the "
            "new bus route.")
    assert dated(text, "2025-03-08T09:00:00+00:00")["yesterday"] == "2025-03-07"


def test_a_day_counted_with_a_clock_after_a_dated_entry_goes_forward() -> None:
    # news-dating-29 news11: 'Day 2, 20:10' after 'Monday 9 July, 03:20' is that
    # Monday's evening, not the Sunday's before it, and sets the diary's first day, so
    # 'Day 4, 23:15' is Wednesday 11 July (was 30 November, the publication's eve)
    text = ("Five nights in the snow: a nurse's notebook\n\n"
            "Sunday 8 July, 18:55\n\nSnowing since lunchtime yesterday.\n\n"
            "Monday 9 July, 03:20\n\nPower went at 01:48.\n\n"
            "Day 2, 20:10\n\nDunedin rang at 6 to say the helicopter might come "
            "tomorrow.\n\n"
            "Day 3, 19:40\n\nSlept four hours this afternoon.\n\n"
            "Day 4, 23:15\n\nA baby. Aroha Moana, 24, came in from the Moana farm up the "
            "valley at 21:30 in the cab of her father's tractor.")
    found = dated(text, "2012-12-01", True)
    assert (found["tomorrow"], found["this afternoon"], found["21:30"]) == (
        "2012-07-10", "2012-07-10TAF", "2012-07-11T21:30")
    # my own: an ice camp's notes, the counts going on from the first
    text = ("Notes from the ice camp\n\nSunday 2 March, 20:15\n\nWe flew in at noon.\n\n"
            "Day 2, 19:50\n\nThe drill jammed this morning.\n\n"
            "Day 3, 22:05\n\nWe lost the tent at 14:00.")
    found = dated(text, "2025-04-01", True)
    assert (found["this morning"], found["14:00"]) == ("2025-03-03TMO", "2025-03-04T14:00")


def test_a_day_and_a_place_after_its_comma_heads_an_entry() -> None:
    # news-dating-25 news05: 'Saturday 18 June, Stornoway' ends the entry of Thursday 16
    # June: its 'this morning' is the 18th's (was the 17th's)
    text = ("Nine days on Skerrinish: a puffin count diary\n\n"
            "Posted 18 June 2022 at 21:40 by Kirsty Mowat\n\n"
            "Thursday 16 June\n\nFinished. This evening we packed everything but the "
            "stove.\n\n"
            "Saturday 18 June, Stornoway\n\nThe gale arrived overnight, about twelve hours "
            "early, and both sailings to Ullapool were cancelled this morning.")
    assert dated(text, "2022-06-18T21:40:00+00:00")["this morning"] == "2022-06-18TMO"
    # my own: a sailing log's ports
    text = ("A sailing log\n\nThursday 8 May, Lerwick\n\nWe tied up at noon. The harbour "
            "master came aboard this afternoon.\n\nFriday 9 May, Bergen\n\nA long "
            "crossing. We saw whales this morning.")
    found = dated(text, "2025-06-01", True)
    assert (found["this afternoon"], found["this morning"]) == (
        "2025-05-08TAF", "2025-05-09TMO")


def test_a_heading_without_a_time_ends_the_last_entry() -> None:
    # news-dating-29 news11: the afterword under 'AFTERWORD' is told from the
    # publication, not from the last entry's 13 July ('in August' was 2011's)
    text = ("Five nights in the snow: a nurse's notebook\n\n"
            "Friday 13 July, 16:00\n\nRoad open since 11 this morning. Last entry.\n\n"
            "AFTERWORD\n\nMr Kaan came home from Dunedin Hospital in August with a new "
            "hip.")
    assert dated(text, "2012-12-01", True)["August"] == "2012-08"
    # my own: a climber's diary and what came after it
    text = ("Base camp diary\n\nTuesday 14 May, 21:00\n\nWe reached camp two this "
            "afternoon.\n\nWhat happened next\n\nThe team flew home in June and the "
            "expedition's film opens in October.")
    found = dated(text, "2019-09-01", True)
    assert (found["June"], found["October"]) == ("2019-06", "2019-10")
