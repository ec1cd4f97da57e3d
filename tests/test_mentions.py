"""Event mentions refer back: a later 'The vote', 'The attack', 'The arrests' takes the date
of the happening a dated clause names by its noun or by a verb form of it."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.events.lexicon import lexicon
from timeline.events.people import people
from timeline.ingest import article_from_text
from timeline.pipeline import extract_many

DCT = "2024-03-20T18:00:00+00:00"  # a Wednesday


def rows(text: str) -> list[tuple[str, str, str]]:
    """(title, time as written, day) of every row, in time order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    return [(r.title, r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d"))
            for r in df.itertuples()]


def test_a_verb_of_the_happening_dates_its_noun_later() -> None:
    text = ("Union members voted on Monday to accept the offer. Police closed the road on "
            "Tuesday. The vote was close, organisers said.")
    assert rows(text) == [
        ("Union members voted to accept the offer", "on Monday", "2024-03-18"),
        ("The vote was close, organisers said", "on Monday", "2024-03-18"),
        ("Police closed the road", "on Tuesday", "2024-03-19"),
    ]


def test_a_happening_noun_inside_a_name_names_no_happening() -> None:
    # news-dating-17: 'the National Concert Hall' is a place; 'The concert' is the
    # evening's playing, not the roof repair of Monday
    text = ("Crews repaired the roof of the National Concert Hall on Monday. The orchestra "
            "played there on Tuesday evening. The concert drew 1,200 people.")
    assert rows(text)[-1] == ("The concert drew 1,200 people", "on Tuesday evening",
                              "2024-03-19")


def test_an_irregular_verb_names_the_happening() -> None:
    text = "Workers struck at the port on Monday. Talks resumed on Tuesday. The strike drew " \
           "10,000 people."
    assert rows(text)[1] == ("The strike drew 10,000 people", "on Monday", "2024-03-18")


def test_a_plural_mention_refers_back_to_its_singular() -> None:
    text = "Police arrested two men on Monday. Officers searched a house on Tuesday. The " \
           "arrests followed a raid."
    assert rows(text)[1] == ("The arrests followed a raid", "on Monday", "2024-03-18")


def test_a_happening_not_named_before_stays_at_the_story_time() -> None:
    text = "Police arrested two men on Monday. Officers searched a house on Tuesday. The " \
           "search found nothing."
    assert rows(text)[-1] == ("The search found nothing", "on Tuesday", "2024-03-19")


def test_a_past_happening_opening_its_sentence_dates_the_clause() -> None:
    # one row: the earthquake's time is the killing's, the row titled by the clause
    assert rows("Monday's earthquake killed 300 people.") == [
        ("Monday's earthquake killed 300 people", "Monday", "2024-03-18"),
    ]


def test_a_verb_with_another_sense_names_no_happening_when_nothing_acts() -> None:
    text = ("A 6.1 earthquake struck the coastal region on Monday. The strike by teachers has "
            "closed 400 schools.")
    assert rows(text)[-1] == ("The strike by teachers has closed 400 schools", "", "2024-03-20")
    text = ("The proposal met fierce resistance on Tuesday. The meeting with employers has "
            "been postponed.")
    assert rows(text)[-1] == ("The meeting with employers has been postponed", "", "2024-03-20")


def test_a_verb_with_another_sense_names_the_happening_when_people_act() -> None:
    text = ("The two ministers met in Brussels on Monday. Police closed the road on Tuesday. "
            "The meeting ended without a deal.")
    assert rows(text)[1] == ("The meeting ended without a deal", "on Monday", "2024-03-18")
    text = "She met the minister on Monday. The meeting ended without a deal."
    assert rows(text)[-1] == ("The meeting ended without a deal", "on Monday", "2024-03-18")


def test_a_mention_in_a_future_clause_takes_no_past_date() -> None:
    text = "Police arrested a man in Leeds on Monday. Smith's arrest will be reviewed by a judge."
    assert rows(text)[1] == ("Smith's arrest will be reviewed by a judge", "", "2024-03-20")
    assert rows("Union members voted on Tuesday. Yesterday's vote will be challenged in "
                "court.")[2] == ("Yesterday's vote will be challenged in court", "",
                                 "2024-03-20")


def test_any_subject_but_a_thing_acts_for_struck_met_and_shot() -> None:
    assert rows("A suspect shot a police officer on Monday. The shooting is under "
                "investigation.")[1] == ("The shooting is under investigation", "on Monday",
                                         "2024-03-18")
    assert rows("Negotiators met in Geneva on Monday. The meeting ended without a "
                "deal.")[1] == ("The meeting ended without a deal", "on Monday", "2024-03-18")


def test_a_thing_or_another_sense_names_no_happening() -> None:
    assert rows("The union struck a deal with employers on Monday. The strike has cost "
                "millions.")[1] == ("The strike has cost millions", "", "2024-03-20")
    assert rows("Shares shot up on Monday. The shooting has shocked the town.")[1] == (
        "The shooting has shocked the town", "", "2024-03-20")
    assert rows("A 6.1 earthquake struck the coastal region on Monday. The strike by "
                "teachers has closed 400 schools.")[1] == (
        "The strike by teachers has closed 400 schools", "", "2024-03-20")


def test_a_mention_in_a_future_clause_takes_a_date_still_ahead() -> None:
    text = "The ceremony is set for March 28. The ceremony will take place at the library."
    assert rows(text)[1] == ("The ceremony will take place at the library", "for March 28",
                             "2024-03-28")


def test_a_rescue_is_dated_by_the_time_of_its_own_verb_not_an_earlier_one() -> None:
    # 'on Saturday' stands earlier in the same clause but dates the going missing
    text = ("Two hikers who went missing in the hills on Saturday were rescued by "
            "helicopter on Monday afternoon. Both were flown to hospital on Tuesday morning. "
            "The rescue took three hours.")
    assert [r for r in rows(text) if r[0] == "The rescue took three hours"] == [
        ("The rescue took three hours", "on Monday afternoon", "2024-03-18")]


def test_an_evacuation_named_again_takes_its_day() -> None:
    text = ("About 2,000 residents were evacuated on Monday as the river rose. Water "
            "reached the bridge on Tuesday. The evacuation went smoothly, the mayor said.")
    assert [r for r in rows(text) if r[0].startswith("The evacuation")] == [
        ("The evacuation went smoothly, the mayor said", "on Monday", "2024-03-18")]


@pytest.mark.parametrize(("told", "named"), [
    ("A freight train derailed near the station on Monday", "The derailment"),
    ("Part of the roof collapsed on Monday", "The collapse"),
    ("The damaged plane landed in Dublin on Monday", "The landing"),
])
def test_a_happening_told_by_its_verb_is_named_again_by_its_noun(told: str, named: str) -> None:
    text = f"{told}. Crews cleared the site on Tuesday. {named} was filmed by a witness."
    assert [r for r in rows(text) if r[0].startswith(named)] == [
        (f"{named} was filmed by a witness", "on Monday", "2024-03-18")]


def spans(text: str) -> list[tuple[str, str, str, str]]:
    """(title, time as written, start, end) of every row, to the minute, in time order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    return [(r.title, r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d %H:%M"),
             pd.Timestamp(r.end).strftime("%Y-%m-%d %H:%M")) for r in df.itertuples()]


def test_a_day_takes_the_clock_time_a_later_sentence_gives_its_happening() -> None:
    text = ("A cargo rocket exploded shortly after lifting off from the coast on Monday. "
            "The rocket lifted off at 09:42 local time. Engineers are studying the data.")
    assert spans(text)[:2] == [
        ("A cargo rocket exploded shortly after lifting off from the coast", "on Monday",
         "2024-03-18 09:42", "2024-03-18 09:43"),
        ("The rocket lifted off", "at 09:42", "2024-03-18 09:42", "2024-03-18 09:43"),
    ]


def test_a_day_keeps_its_span_when_the_clock_names_another_happening() -> None:
    text = ("Union members voted on Monday to accept the offer. The rally began at 09:42 "
            "outside the depot.")
    assert spans(text)[0] == ("Union members voted to accept the offer", "on Monday",
                              "2024-03-18 00:00", "2024-03-19 00:00")


def test_the_headline_takes_the_clock_time_its_lead_takes() -> None:
    text = ("Cargo rocket explodes after launch\n\nA cargo rocket exploded shortly after "
            "lifting off from the coast on Monday. The rocket lifted off at 09:42 local time.")
    assert spans(text)[0] == ("Cargo rocket explodes after launch", "on Monday",
                              "2024-03-18 09:42", "2024-03-18 09:43")


def test_a_day_keeps_its_span_when_the_story_moves_to_another_day_first() -> None:
    text = ("A cargo rocket exploded shortly after lifting off from the coast on Monday. "
            "Engineers met on Tuesday. The rocket lifted off at 09:42 local time.")
    assert spans(text)[0] == ("A cargo rocket exploded shortly after lifting off from the coast",
                              "on Monday", "2024-03-18 00:00", "2024-03-19 00:00")


def test_an_event_names_a_happening_a_saying_followed() -> None:
    # 'the event' is Monday's launch event: the interview after it was Monday's too, not
    # the day the story moved on to
    text = ("Larkspur Systems unveiled its first tablet at an event in San Francisco on "
            "Monday. Pre-orders opened on the company's website on Tuesday. The company "
            "expects to ship two million tablets by the end of the year, finance chief Raj "
            "Menon said in an interview after the event.")
    assert ("Menon: In an interview after the event", "on Monday", "2024-03-18") in rows(text)


def test_a_deal_refers_back_to_the_one_the_article_dates() -> None:
    text = ("Pacifica Airways ordered 40 regional jets on Monday in a deal worth $1.6 billion. "
            "Rival Skylark cut two routes on Tuesday. The Pacifica deal is its largest since "
            "2007.")
    assert ("The Pacifica deal is its largest since 2007", "on Monday", "2024-03-18") \
        in rows(text)


@pytest.mark.parametrize(
    "lead", ["Dockers began a strike at the port this month.",
             "Dockers began a strike at the port on Monday."],
)
def test_a_clock_told_with_its_day_stays_on_it(lead: str) -> None:
    # a month names no day for the clock (not the 1st), and 'today' names the clock's own
    df = extract_many([article_from_text(f"{lead} The strike ended at 2 a.m. today.", DCT,
                                         "Europe/London")], inferred=True)
    ended = [r for r in df.itertuples() if r.title == "The strike ended"]
    assert [(r.time_text, str(r.start), str(r.end)) for r in ended] == [
        ("at 2 a.m. today", "2024-03-20 02:00:00+00:00", "2024-03-20 02:01:00+00:00"),
    ]


def test_a_decided_clause_dates_the_decision_later() -> None:
    text = ("The board decided on Monday to close the Leipzig plant. Talks with the union "
            "resumed on Tuesday. The decision angered local politicians.")
    assert rows(text)[1] == (
        "The decision angered local politicians", "on Monday", "2024-03-18")


def test_a_ruling_verb_dates_a_later_decision() -> None:
    # after AQUAINT APW20000107.0318: 'the Immigration and Naturalization Service ruled
    # Wednesday that he must be returned ... The decision touched off protests'
    text = ("The Immigration and Naturalization Service ruled on Monday that the boy must be "
            "returned to his father. The decision touched off protests in the Cuban-American "
            "community.")
    assert rows(text)[1] == (
        "The decision touched off protests in the Cuban-American community", "on Monday",
        "2024-03-18")


def test_an_unveiled_product_dates_its_launch() -> None:
    text = ("Lumen unveiled its first colour tablet at an event in San Francisco on Tuesday "
            "morning. The launch comes as the e-reader market shows signs of revival.")
    assert rows(text)[1][1:] == ("on Tuesday morning", "2024-03-19")
    assert rows(text)[1][0].startswith("The launch comes as")


def test_the_next_happening_of_a_kind_is_not_the_dated_one() -> None:
    text = ("Union members voted on Monday to reject the offer. The next vote is seen as a "
            "test of the union's leadership.")
    assert rows(text)[-1][1:] == ("", "2024-03-20")


def test_a_headline_retelling_the_leads_verb_takes_the_clock_its_lead_takes() -> None:
    # 'survives' is the lead's 'survived', whose day the next sentence gives a clock
    text = ("Faroese government survives no-confidence vote\n\nThe government of the Faroe "
            "Islands survived a vote of no confidence in parliament on Tuesday, winning by a "
            "single vote. Sixteen members voted for the motion when the vote was taken at "
            "9:40 p.m.")
    assert spans(text)[0] == ("Faroese government survives no-confidence vote", "on Tuesday",
                              "2024-03-19 21:40", "2024-03-19 21:41")


def test_a_birth_told_by_born_takes_the_clock_of_gave_birth() -> None:
    text = ("A female elephant calf was born at Hoogveld zoo early on Monday, the zoo "
            "announced. Keepers watched on camera as the mother gave birth at 3:20 a.m.")
    assert spans(text)[0] == (
        "A female elephant calf was born at Hoogveld zoo, the zoo announced", "early on Monday",
        "2024-03-18 03:20", "2024-03-18 03:21")


def test_a_part_of_day_takes_the_clock_a_later_sentence_gives_its_happening_by_another_name(
) -> None:
    # 'the blast' is the lead's explosion (table same_happening); 6:50 p.m. is in the evening
    text = ("Two workers were hurt in an explosion at a chemical plant on Monday evening. "
            "The blast tore through a chlorine storage unit at about 6:50 p.m. on Monday.")
    assert spans(text)[0] == ("Two workers were hurt in an explosion at a chemical plant",
                              "on Monday evening", "2024-03-18 18:50", "2024-03-18 18:51")


def test_a_product_unveiled_is_a_launch_named_again() -> None:
    text = ("Lumen unveiled its first colour tablet at an event in San Francisco on Monday "
            "morning. Pre-orders open on Friday. The launch comes as the e-reader market "
            "shows signs of revival.")
    assert [r for r in spans(text) if r[0].startswith("The launch")] == [
        ("The launch comes as the e-reader market shows signs of revival", "on Monday morning",
         "2024-03-18 06:00", "2024-03-18 12:00")]


def test_a_day_takes_the_part_of_day_a_later_sentence_gives_its_happening() -> None:
    text = ("Hanbit announced a recall of 1.1 million phones on Tuesday, three days after one "
            "of the phones caught fire on a domestic flight. The fire, on a flight from Seoul "
            "to Jeju on Saturday afternoon, forced the crew to use an extinguisher.")
    assert ("One of the phones caught fire on a domestic flight", "three days after",
            "2024-03-16 12:00", "2024-03-16 18:00") in spans(text)


def test_a_day_keeps_its_span_when_the_later_part_of_day_dates_a_saying() -> None:
    text = ("Firefighters made their first real progress against the Cedar Ridge fire on "
            "Monday. The fire has burned 38,200 acres, Cal Fire said in an update Monday "
            "evening.")
    assert spans(text)[0] == (
        "Firefighters made their first real progress against the Cedar Ridge fire",
        "on Monday", "2024-03-18 00:00", "2024-03-19 00:00")


def test_a_time_inside_a_noun_phrase_dates_no_happening_outside_it() -> None:
    # the theft is Monday's, not of the 18th century its boxes are from
    text = ("Police arrested two men on Monday over the theft of three 18th-century silver "
            "clocks from a castle in Kent. Officers searched a house on Tuesday. The theft "
            "was the third at the castle.")
    assert rows(text)[1:3] == [
        ("Police arrested two men over the theft of three 18th-century silver clocks…",
         "on Monday", "2024-03-18"),
        ("The theft was the third at the castle", "on Monday", "2024-03-18"),
    ]
    # a happening the noun phrase names is still dated by it
    text = ("The party won Sunday's election by a wide margin. Officers searched a house on "
            "Tuesday. The election was marred by violence.")
    assert rows(text)[1] == ("The election was marred by violence", "Sunday", "2024-03-17")


def test_a_headline_is_not_retold_at_the_age_of_a_thing() -> None:
    # 'a 12th-century church' dates no destroying: the headline is the lead's Monday
    text = ("Fire destroys historic church\n\nA fire has destroyed a 12th-century church in "
            "Norfolk, officials said on Monday.")
    assert ("Fire destroys historic church", "on Monday", "2024-03-18") in rows(text)


def test_a_place_set_off_before_a_verb_of_saying_is_no_person() -> None:
    text = ("Two men were taken to a hospital in Little Rock, where they are in a critical "
            "condition, police said on Monday.")
    assert people(text, lexicon()) == {}


def test_a_name_does_not_run_on_across_a_paragraph_break() -> None:
    text = "The ferry was named after Margaret Dunn\n\nPort officials said on Monday it sank."
    assert set(people(text, lexicon()).values()) == {"Margaret Dunn"}


def test_a_mention_refers_forward_to_no_happening_brought_in_by_an_indefinite_noun() -> None:
    # news-dating-21: the season's last win is not the 'a 4-1 win' of October told later
    text = ("Bridge beat Denby Dale on Saturday. The 2-0 win lifted Bridge to 81 points. The "
            "turnaround started with a 4-1 win at Sherburn in mid-October.")
    assert rows(text) == [
        ("The turnaround started with a 4-1 win at Sherburn", "in mid-October", "2023-10-01"),
        ("Bridge beat Denby Dale", "on Saturday", "2024-03-16"),
        ("The 2-0 win lifted Bridge to 81 points", "on Saturday", "2024-03-16"),
    ]


def test_a_definite_noun_dated_later_is_the_happening_named_before() -> None:
    text = ("Police closed the road on Monday. The ceremony drew hundreds of mourners. The "
            "ceremony was held on Tuesday at the cathedral.")
    assert rows(text)[1] == ("The ceremony drew hundreds of mourners", "on Tuesday",
                             "2024-03-19")


def test_a_happening_named_before_its_mention_may_be_dated_after_it() -> None:
    # news-dating-9: 'have found the tomb' brings in the find, which 'found ... on
    # March 15' dates after 'called the find'
    text = ("The ministry announced today that archaeologists have found a painted tomb. The "
            'minister visited the site and called the find "a gift to the world". The team '
            "found its entrance on March 15.")
    called = 'The minister visited the site and called the find "a gift to the world"'
    assert [row for row in rows(text) if row[0] == called] == [
        (called, "on March 15", "2024-03-15"), (called, "today", "2024-03-20")]


def test_a_headline_verb_brings_in_no_happening_for_a_later_mention() -> None:
    # 'Bridge win promotion': 'win' is the headline's verb, no win the lead refers back to
    text = ("Bridge win promotion\n\nBridge beat Denby Dale on Saturday. The 2-0 win lifted "
            "Bridge to 81 points. The turnaround started with a 4-1 win at Sherburn in "
            "mid-October.")
    assert ("The 2-0 win lifted Bridge to 81 points", "on Saturday", "2024-03-16") in rows(text)


def test_a_sentence_opening_since_a_dated_happening_is_dated_from_it() -> None:
    # news-dating-21: the draw is the one 'was drawn on May 16' dates, as 'Since May 16'
    text = ("The winning ticket was drawn on March 4 at a ceremony in the capital. Since the "
            "draw, more than 40 people have come forward with forged tickets.")
    assert rows(text) == [
        ("The winning ticket was drawn at a ceremony in the capital", "on March 4",
         "2024-03-04"),
        ("Since the draw, more than 40 people have come forward with forged tickets",
         "on March 4", "2024-03-04"),
    ]


@pytest.mark.parametrize("since", [
    "Since the draw, more people are coming forward.",  # no perfect: how things stand now
    "Since the next draw, more people have come forward.",  # not the draw dated before
])
def test_a_since_opening_without_a_perfect_or_the_dated_happening_stays_at_publication(
        since: str) -> None:
    text = f"The winning ticket was drawn on March 4 at a ceremony in the capital. {since}"
    assert rows(text)[-1] == (since.removesuffix("."), "", "2024-03-20")


def test_the_leads_part_of_the_day_takes_the_clock_the_next_sentence_opens_with() -> None:
    # news-dating-30's Dawson City report: the second sentence tells the deciding as a drawing
    text = ("Dawson City council seat decided by name drawn from a hat\n\nA seat on the town "
            "council of Dawson City, in Canada's Yukon territory, was decided late last night "
            "by drawing a name from a hat, after the two candidates finished yesterday's "
            "election with 412 votes each. The returning officer, Gail Okafor, drew the name "
            "of Colleen Marsh, a 44-year-old guide, at 11:52 p.m. in the hall of the town's "
            "recreation centre, eight minutes before midnight.")
    df = extract_many([article_from_text(text, "2018-10-19T00:20:00-07:00", "America/Whitehorse")],
                      inferred=True)
    lead = df[df["title"].str.startswith("A seat on the town council")]
    assert [(r.time_text, pd.Timestamp(r.start).strftime("%Y-%m-%d %H:%M"))
            for r in lead.itertuples()] == [("late last night", "2018-10-18 23:52")]


def test_the_lead_keeps_its_part_of_the_day_before_a_past_perfect_clock() -> None:
    # news-dating-7's Rumjatar report: the flight's departure is background to the skid
    text = ("Plane skids off runway in eastern Nepal\n\nA passenger plane with 19 people on "
            "board skidded off the runway while landing at Rumjatar airport in eastern Nepal "
            "on Tuesday morning, injuring three people, officials said. The plane had left "
            "Kathmandu at 7:50 a.m.")
    morning = [s[2:] for s in spans(text) if s[1] == "on Tuesday morning"]
    assert morning == [("2024-03-19 06:00", "2024-03-19 12:00")] * 2  # headline and lead


def test_the_lead_keeps_its_part_of_the_day_when_the_next_sentence_times_another_happening(
        ) -> None:
    # the rally came after the vote: its clock is not the vote's
    text = ("Nurses back strike\n\nNurses at two hospitals in Leeds voted this morning to "
            "strike over pay. The rally outside the infirmary began at 09:42.")
    assert [s[1:] for s in spans(text) if s[0].startswith("Nurses at two")] == [
        ("this morning", "2024-03-20 06:00", "2024-03-20 12:00")]
    # a sentence that names no happening before its clock retells the lead's
    ballot = text.replace("The rally outside the infirmary began", "The ballot closed")
    assert [s[1:] for s in spans(ballot) if s[0].startswith("Nurses at two")] == [
        ("this morning", "2024-03-20 09:42", "2024-03-20 09:43")]
    # and so does one that names it by another noun of it (same_happening: a crash)
    crash = ("Lorry and van collide\n\nTwo drivers were hurt when a van and a lorry collided "
             "on the A1 yesterday afternoon. The crash happened at about 3:15 p.m. near Newark.")
    assert [s[1:] for s in spans(crash) if s[0].startswith("Two drivers")] == [
        ("yesterday afternoon", "2024-03-19 15:15", "2024-03-19 15:16")]


def test_a_lead_that_dates_a_saying_keeps_its_part_of_the_day() -> None:
    text = ("Man arrested\n\nPolice said this morning that a man had been arrested. Officers "
            "stopped his car at 6:15 a.m. on the ring road.")
    lead = [s for s in spans(text) if s[0].startswith("Police said")]
    assert [s[2:] for s in lead] == [("2024-03-20 06:00", "2024-03-20 12:00")]


def test_a_bare_clock_in_a_sayings_words_is_on_the_sayings_day() -> None:
    # news-dating-30: the police spoke this afternoon of an arrest at 2:30 p.m. that day,
    # not on the night of the theft days before
    text = ("A bronze hare was stolen from a park in Utrecht on Saturday night.\n"
            "In an update, police said this afternoon that a second man, 29, was arrested "
            "in Utrecht at about 2:30 p.m.")
    assert ("A second man, 29, was arrested in Utrecht", "at about 2:30 p.m.",
            "2024-03-20") in [(t[:41], w, d) for t, w, d in rows(text)]
    # news-dating-29: what will be done at 1 p.m. is after the morning's words
    ahead = ("Sharks closed three beaches on Monday.\nA lifesaver said this morning that "
             "patrols would decide at 1 p.m. whether to reopen the beaches.")
    assert [d for _, w, d in rows(ahead) if w == "at 1 p.m."] == ["2024-03-20"]
    # a clock after the saying's time in past words is another day's
    later = ("Storms cut power to 20,000 homes on Monday.\nThe grid operator said this "
             "morning that the lines failed at 11 p.m.")
    assert [d for _, w, d in rows(later) if w == "at 11 p.m."] == ["2024-03-18"]


def test_a_bare_clock_in_a_sayings_words_stays_on_the_story_day_that_holds_it() -> None:
    # the roof fell in during Monday's fire, not in the afternoon the firefighters spoke
    text = ("Roof falls in\n\nA fire broke out at a primary school in Hull on Monday. "
            "Firefighters said this afternoon that the roof fell in at about 1 p.m.")
    assert [s[1:] for s in spans(text) if s[1] == "at about 1 p.m."] == [
        ("at about 1 p.m.", "2024-03-18 13:00", "2024-03-18 13:01")]
    # a story day that does not hold the clock leaves it to the saying's day
    night = text.replace("on Monday.", "on Monday night.")
    assert [s[1:] for s in spans(night) if s[1] == "at about 1 p.m."] == [
        ("at about 1 p.m.", "2024-03-20 13:00", "2024-03-20 13:01")]


def test_a_small_hours_clock_beside_a_night_saying_is_of_the_night_after_its_evening() -> None:
    # the baker's night began on Monday evening: his 2:40 a.m. is Tuesday's, not the
    # small hours before Monday's evening
    text = ("Fire guts bakery\n\nA fire gutted a bakery in Derby on Monday evening. The "
            "baker on duty that night said he smelled smoke at 2:40 a.m.")
    assert [s[1:] for s in spans(text) if s[1] == "at 2:40 a.m."] == [
        ("at 2:40 a.m.", "2024-03-19 02:40", "2024-03-19 02:41")]


def test_an_arrest_told_with_a_bare_clock_in_a_sayings_words_is_the_sayings_days_news() -> None:
    # the arrest follows the fire; said this afternoon with a bare clock, it is today's
    text = ("A fire destroyed a barn near York on Monday. Police said this afternoon a man "
            "was arrested at 1 p.m.")
    assert [s[1:] for s in spans(text) if s[1] == "at 1 p.m."] == [
        ("at 1 p.m.", "2024-03-20 13:00", "2024-03-20 13:01")]
    # the fire's own course told the same way stays on the fire's day
    roof = text.replace("a man was arrested", "the roof collapsed")
    assert [s[1:] for s in spans(roof) if s[1] == "at 1 p.m."] == [
        ("at 1 p.m.", "2024-03-18 13:00", "2024-03-18 13:01")]
    # nor a rescue, which ends the happening within hours (review of 6c49060, my own)
    boat = ("A fishing boat capsized off Cornwall on Monday. The coastguard said this "
            "afternoon that all four crew were rescued at 11 a.m. after clinging to the hull "
            "for two hours.")
    assert [s[1:] for s in spans(boat) if s[1] == "at 11 a.m."] == [
        ("at 11 a.m.", "2024-03-18 11:00", "2024-03-18 11:01")]




def test_a_small_hours_clock_a_night_saying_reports_in_the_past_is_before_the_saying() -> None:
    # my own: the saying told on Sunday evening reports an attack before it, Sunday's 2 a.m.
    # (was Monday's: the baker's reading of a night, which dates the subject's work)
    text = ("Man dies after Leeds stabbing\n\nA man has died after being stabbed outside a "
            "nightclub in Leeds. Police said on Sunday evening that he was attacked at about "
            "2am.")
    assert [s[1:] for s in spans(text) if s[0] == "He was attacked"] == [
        ("at about 2am", "2024-03-17 02:00", "2024-03-17 02:01")]
    before = text.replace("Police said on Sunday evening that", "Police on Sunday evening said")
    assert [s[1:] for s in spans(before) if s[0] == "He was attacked"] == [
        ("at about 2am", "2024-03-17 02:00", "2024-03-17 02:01")]
    text = ("Blaze destroys warehouse\n\nThe fire service said on Monday night that the blaze "
            "started at around 3am.")
    assert [s[1:] for s in spans(text) if s[0] == "The blaze started"] == [
        ("at around 3am", "2024-03-18 03:00", "2024-03-18 03:01")]
