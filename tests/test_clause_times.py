"""A time dates the clause it modifies, and every main clause that reports an event gets
a row (issue 11).

Frames are ``extract_many([article], inferred=True)``, as in test_noun_times.py.
"""

from __future__ import annotations

import pandas as pd

from timeline.events.clauses import FUTURE, PAST, PRESENT, tense_of
from timeline.events.lexicon import lexicon
from timeline.ingest import article_from_text
from timeline.pipeline import extract_many
from timeline.sentences import Span

DCT = "2024-03-20T18:00:00+00:00"  # a Wednesday


def rows(text: str) -> list[tuple[str, str, str, str]]:
    """(title, time as written, first day, last day) of every row, in time order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")], inferred=True)
    day = "%Y-%m-%d"
    return [
        (r.title, r.time_text, pd.Timestamp(r.start).strftime(day),
         (pd.Timestamp(r.end) - pd.Timedelta(seconds=1)).strftime(day))
        for r in df.itertuples()
    ]


def test_a_duration_modifying_a_noun_leaves_the_main_clause_its_own_row() -> None:
    text = ("Albright, who was born in Prague and fled just after the Communist takeover in "
            "1948, made no secret of her joy after a six year diplomatic process.")
    assert rows(text) == [
        ("Albright was born in Prague and fled just after the Communist takeover", "in 1948",
         "1948-01-01", "1948-12-31"),
        ("Albright made no secret of her joy after a six year diplomatic process", "",
         "2024-03-20", "2024-03-20"),
    ]


def test_a_short_regular_past_tells_the_past_and_takes_the_story_time() -> None:
    text = "A fire broke out at the Leeds plant on Monday night.\nTwo workers died in the blaze."
    assert rows(text) == [
        ("A fire broke out at the Leeds plant", "on Monday night", "2024-03-18", "2024-03-18"),
        ("Two workers died in the blaze", "on Monday night", "2024-03-18", "2024-03-18"),
    ]


def test_a_relative_clause_closed_by_the_comma_of_a_cut_dates_only_itself() -> None:
    text = "Police arrested the man, who fled on Monday, and charged him with theft."
    assert rows(text) == [
        ("The man fled", "on Monday", "2024-03-18", "2024-03-18"),
        ("Police arrested the man", "", "2024-03-20", "2024-03-20"),
    ]


def test_a_relative_clause_ending_the_sentence_dates_only_itself() -> None:
    assert rows("Police arrested the man, who fled on Monday.") == [
        ("The man fled", "on Monday", "2024-03-18", "2024-03-18"),
        ("Police arrested the man", "", "2024-03-20", "2024-03-20"),
    ]


def test_a_saying_in_a_relative_clause_is_its_antecedent_s() -> None:
    text = "The bill was backed by the mayor, who said on Monday that it marked a new chapter."
    assert rows(text) == [
        ("The mayor said that it marked a new chapter", "on Monday", "2024-03-18",
         "2024-03-18"),
        ("The bill was backed by the mayor", "", "2024-03-20", "2024-03-20"),
    ]


def test_a_past_main_clause_with_only_a_time_ahead_gets_the_story_time() -> None:
    text = ("A man appeared in court on Tuesday charged with robbery.\n"
            "The man did not enter a plea and was remanded in custody to reappear on April 3.")
    assert rows(text) == [
        ("A man appeared in court charged with robbery", "on Tuesday", "2024-03-19",
         "2024-03-19"),
        ("The man did not enter a plea and was remanded in custody to reappear on April 3",
         "on Tuesday", "2024-03-19", "2024-03-19"),
        ("The man did not enter a plea and was remanded in custody to reappear", "on April 3",
         "2024-04-03", "2024-04-03"),
    ]


def test_an_infinitive_tells_no_tense_of_a_past_main_clause_with_a_time_ahead() -> None:
    # 'to remain' is no present: the clause is in the past, at the story's day, and the
    # time ahead dates only the sentencing
    text = ("A jury convicted Walter Brisco on Tuesday.\n"
            "The judge scheduled sentencing for April 3 and allowed Brisco to remain free on "
            "bail.")
    assert rows(text) == [
        ("A jury convicted Walter Brisco", "on Tuesday", "2024-03-19", "2024-03-19"),
        ("The judge scheduled sentencing for April 3 and allowed Brisco to remain free\u2026",
         "on Tuesday", "2024-03-19", "2024-03-19"),
        ("The judge scheduled sentencing and allowed Brisco to remain free on bail",
         "for April 3", "2024-04-03", "2024-04-03"),
    ]


def test_a_list_in_a_relative_clause_does_not_hide_its_who() -> None:
    text = ("He replaced James A. Taylor, who stepped down as chairman, president and chief "
            "executive in March.")
    assert rows(text) == [
        ("James A. Taylor stepped down as chairman, president and chief executive", "in March",
         "2024-03-01", "2024-03-31"),
        ("He replaced James A. Taylor", "", "2024-03-20", "2024-03-20"),
    ]


def test_a_finite_verb_after_a_comma_keeps_the_time_in_the_main_clause() -> None:
    assert rows("The man, who was arrested, fled on Monday.") == [
        ("The man, who was arrested, fled", "on Monday", "2024-03-18", "2024-03-18"),
    ]


def test_a_past_form_that_is_also_a_name_tells_no_tense() -> None:
    def tense(text: str) -> str:
        return tense_of(lexicon(), text, Span(0, len(text)))

    assert tense("The Fed will raise rates in June.") == FUTURE
    assert tense("Two workers died in the blaze.") == PAST


def test_a_simple_present_in_s_before_its_object_tells_the_present() -> None:
    # 'lists' is the main clause's present, not the 'will' of its relative clause: in a
    # scene told in the present it takes the scene's time, not the publication day
    text = ("It is 2.10 a.m. on the last Wednesday of January, and the studio smells of "
            "coffee.\nAt 3.15, Vitale plays a song. Then she lists the callers she will miss.")
    assert rows(text)[-1] == (
        "She lists the callers she will miss", "At 3.15", "2024-01-31", "2024-01-31")

    def tense(text: str) -> str:
        return tense_of(lexicon(), text, Span(0, len(text)))

    assert tense("The mayor's office calls the decision a mistake that will cost jobs.") == PRESENT
    # a noun in -s after a determiner or a plural, a verb in a clause before the main one
    assert tense("Her calls the next day will be returned.") == FUTURE
    assert tense("Sales figures the company released showed the plant will close.") == PAST
    assert tense("If the council approves the plan, work will begin in May.") == FUTURE
    assert tense("The man who runs the shop was arrested on Monday.") == PAST
    assert tense("The mine's 1.5 million tonnes a year will go to China.") == FUTURE


def test_a_present_in_s_after_the_subject_s_apposition_tells_the_present() -> None:
    # news-dating-21: 'walks' after 'Marisa Dellaporta, 41,' is the subject's verb, so the
    # sentence goes on in the scene the lede opened, not at publication
    text = ("At 5:30 on Monday morning, the picking rooms at the farm are already warm. "
            "Marisa Dellaporta, 41, walks the rows with a clipboard.")
    assert rows(text)[1] == ("Marisa Dellaporta, 41, walks the rows with a clipboard",
                             "At 5:30 on Monday morning", "2024-03-18", "2024-03-18")

    def tense(text: str) -> str:
        return tense_of(lexicon(), text, Span(0, len(text)))

    assert tense("Smith, the firm's founder, runs the shop with his son.") == PRESENT
    # one comma alone opens no apposition, nor does an adverbial between two: a fronted
    # phrase before a plural noun
    assert tense("In the years since, sales the firm made fell.") == PAST
    assert tense("On Monday, however, residents the BBC spoke to said they were angry.") == PAST


def test_a_present_verb_that_is_also_a_plural_noun_is_the_noun_after_a_determiner() -> None:
    # 'plans', 'remains' after a possessive or 'the' are nouns: the clause is past and
    # takes the story's time; after a pronoun 'means' stays the present verb
    story = "A fire broke out at the Leeds plant on Monday night.\n"
    assert rows(story + "The firm's plans for a second line were shelved.")[-1] == (
        "The firm's plans for a second line were shelved", "on Monday night", "2024-03-18",
        "2024-03-18")
    assert rows(story + "The remains of two workers were found in the blaze.")[-1] == (
        "The remains of two workers were found in the blaze", "on Monday night", "2024-03-18",
        "2024-03-18")
    assert rows(story + "That means the second line will not open.")[-1] == (
        "That means the second line will not open", "", "2024-03-20", "2024-03-20")


def test_a_time_after_an_after_or_since_and_an_ing_verb_leaves_the_main_clause_a_row() -> None:
    # 'after falling ... on Monday' dates the falling: the steadying stands at the story's
    # day, a time after it ('in two years') being the dependent clause's too
    text = ("Sterling rose on Tuesday.\nThe euro steadied at $1.08 after falling 1.4 percent "
            "on Monday, its biggest drop in two years.")
    title = "The euro steadied at $1.08 after falling 1.4 percent, its biggest drop in two…"
    assert rows(text) == [
        (title, "on Monday", "2024-03-18", "2024-03-18"),
        ("Sterling rose", "on Tuesday", "2024-03-19", "2024-03-19"),
        (title, "on Tuesday", "2024-03-19", "2024-03-19"),
    ]
    assert rows("Rheinhalt has struggled since losing its largest customer in 2021.") == [
        ("Rheinhalt has struggled since losing its largest customer", "in 2021",
         "2021-01-01", "2021-12-31"),
        ("Rheinhalt has struggled since losing its largest customer", "", "2024-03-20",
         "2024-03-20"),
    ]


def test_a_time_of_the_main_clause_or_of_a_while_or_before_clause_stays_alone() -> None:
    for text in ("The council approved the plan on Monday after hearing from residents.",
                 "After falling on Monday, the euro steadied.",
                 "The club, after winning on Saturday, sacked its coach.",
                 "Shares fell after the morning meeting on Monday.",
                 "A striker was hurt while playing on Sunday.",
                 "Thermo Electron acquired 6% of the company before reducing its stake in "
                 "early September."):
        assert len(rows(text)) == 1, text


def test_a_saying_in_a_who_or_which_clause_leaves_the_main_clause_its_row() -> None:
    # 'which had warned ...' is the relative's saying: the gaining is the main clause's
    text = ("Shares of Lumen rose 3 percent on Tuesday.\nRival Kranich AG, which had warned "
            "on profits a week earlier, gained 2 percent.")
    assert ("Rival Kranich AG gained 2 percent", "on Tuesday", "2024-03-19", "2024-03-19") \
        in rows(text)
    # a reduced aside is no 'who' clause: 'reported' stays the main clause's saying
    assert len(rows("Lumen Corp., a maker of mainframe computers, reported a sharp decline "
                    "in net income on Tuesday, citing price cutting by rivals.")) == 1


def test_a_saying_of_a_stretch_ending_in_the_story_s_week_goes_on_the_story_time() -> None:
    # 'earlier this year' tells no day the words came after: the victim spoke at the
    # hearing; a day of the week ('on Sunday') is news she reacted to, by publication
    said = "One of her victims said she had to sell her house"
    stretch = rows(f"A judge jailed a former bank manager on Monday.\n{said} earlier this year.")
    day = rows(f"A judge jailed a former bank manager on Monday.\n{said} on Sunday.")
    assert (f"{said} earlier this year", "on Monday", "2024-03-18", "2024-03-18") in stretch
    assert (f"{said} on Sunday", "", "2024-03-20", "2024-03-20") in day


def test_a_past_clause_sharing_a_past_perfect_s_subject_takes_the_story_time() -> None:
    # 'had threatened on Monday' is background: the backing after it is the story's
    text = ("Lawmakers approved the budget late on Tuesday night.\nThe Centre Party had "
            "threatened on Monday to vote with the opposition, but backed the government "
            "after the mayor agreed to a review.")
    assert ("Backed the government after the mayor agreed to a review",
            "late on Tuesday night", "2024-03-19", "2024-03-19") in rows(text)
    # a simple past before it shares its time: one row
    assert len(rows("The Centre Party threatened on Monday to vote with the opposition, but "
                    "backed the government after the mayor agreed to a review.")) == 1


def test_a_time_closing_the_reported_subject_dates_the_report_not_the_saying() -> None:
    text = "Kiprono said a stomach illness a week earlier had cost him two days of training."
    assert rows(text) == [
        ("Kiprono said a stomach illness had cost him two days of training", "a week earlier",
         "2024-03-13", "2024-03-13"),
        ("Kiprono said a stomach illness a week earlier had cost him two days of training", "",
         "2024-03-20", "2024-03-20"),
    ]


def test_a_time_right_after_the_saying_or_its_listener_dates_the_saying() -> None:
    for text in ("Unisys said a month ago the cuts would come.",
                 "Police told the reporters on Monday the blast killed 12 people."):
        assert len(rows(text)) == 1, text


def test_a_past_time_behind_a_present_main_verb_leaves_the_present_its_own_row() -> None:
    text = ("Both companies are allies of Navigation Mixte in its fight against a hostile "
            "takeover bid launched last week.")
    assert rows(text) == [
        ("Both companies are allies of Navigation Mixte in its fight against a hostile…",
         "last week", "2024-03-11", "2024-03-17"),
        ("Both companies are allies of Navigation Mixte in its fight against a hostile…", "",
         "2024-03-20", "2024-03-20"),
    ]


def test_a_passive_present_or_a_present_perfect_keeps_its_past_time() -> None:
    for text in ("Markets are closed on Monday.", "The plant has been shut since last week.",
                 "A fishing tug, the Ida May, found four survivors on Monday."):
        assert len(rows(text)) == 1, text


def test_a_part_of_a_named_day_leaves_the_title_with_its_signal() -> None:
    # the phrase takes in 'on the morning of', so the title drops it with the date
    assert rows("The battalion landed on the morning of 6 June 1944.") == [
        ("The battalion landed", "on the morning of 6 June 1944", "1944-06-06", "1944-06-06"),
    ]


def test_a_saying_left_on_the_publication_day_is_at_the_part_the_lead_said_it() -> None:
    # news-dating-26: the officials spoke this morning; Park, quoted after them, did too
    text = ("South Korea's new weather satellite, Hanbit-W1, has sent its first signals to a "
            "ground station near Daejeon, officials of the Korea Aerospace Research "
            "Institute said this morning.\n\"We have waited for this day since 2014,\" Park "
            "told reporters.")
    df = extract_many([article_from_text(text, "2019-11-13T11:30:00+00:00", "UTC")],
                      inferred=True)
    told = df[df.title.str.contains("Park") & (df.anchor == "inferred")]
    assert [(r.time_text, f"{r.start:%H:%M}", f"{r.end:%H:%M}") for r in told.itertuples()] == [
        ("this morning", "06:00", "12:00")]
    # without a part of the day in the lead, the saying stays on the publication day
    text = text.replace("said this morning", "said today")
    df = extract_many([article_from_text(text, "2019-11-13T11:30:00+00:00", "UTC")],
                      inferred=True)
    told = df[df.title.str.contains("Park") & (df.anchor == "inferred")]
    assert [f"{r.start:%H:%M}" for r in told.itertuples()] == ["00:00"]


def test_a_time_after_a_directed_infinitive_leaves_the_directing_the_story_time() -> None:
    # news-dating-12: the prison date dates the reporting, what she is told to do; the
    # ordering is the sentencing's day, which the hearing's month does not date either
    text = ("A former credit union manager was sentenced Thursday to 12 years in federal "
            "prison.\nHe ordered her to report to prison on Aug. 20 and set a hearing on "
            "restitution for the end of the month.")
    assert ("He ordered her to report to prison and set a hearing on restitution", "Thursday",
            "2024-03-14", "2024-03-14") in rows(text)
    # an old year holds the inviting too (news-dating-2): no row at the story's day
    text = ("The fiddler died on Tuesday.\nThe folklorist Alan Brody invited her to play at "
            "the Newport Folk Festival in 1963.")
    assert [row[1] for row in rows(text)] == ["in 1963", "on Tuesday"]
    # a time before the infinitive dates the telling ('told residents on Monday to boil')
    assert rows("The council told residents on Monday to boil their water.") == [
        ("The council told residents to boil their water", "on Monday", "2024-03-18",
         "2024-03-18")]
