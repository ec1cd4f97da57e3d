"""Which way a weekday or month without a year points: the tense of the verb that
governs it, in real sentences (issues 11 and 12)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from timeline.temporal import tag

WEDNESDAY = "2024-03-20T15:00:00+00:00"
MONDAY = "2024-03-18T10:00:00+00:00"
FRIDAY = "2024-03-22T09:00:00+00:00"


def found(sentence: str, dct: str = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(sentence, dct)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a future clause points forward, a past one back
        ("Diversions will be in place from Monday until the work is finished.",
         [("Monday", "DATE", "2024-03-25")]),
        ("Diversions were in place from Monday until the work was finished.",
         [("Monday", "DATE", "2024-03-18")]),
        ("The exhibition, which opened in January, will run through May.",
         [("January", "DATE", "2024-01"), ("May", "DATE", "2024-05")]),
        ("The exhibition ran through May.", [("May", "DATE", "2023-05")]),
        ("The airline said it would add flights by August.", [("August", "DATE", "2024-08")]),
        # a participle with its agent describes a noun and is no past tense of the clause
        ("The airline will add routes to Asia by August to reach markets untouched by the "
         "slump.", [("August", "DATE", "2024-08")]),
        ("Sales rose by 5% in May.", [("May", "DATE", "2023-05")]),
        # 'beat' (past_cue) of a relative clause: the team that won on Saturday, not the
        # main clause's 'will play'
        ("Leinster will face Munster, who beat Ulster 24-10 in Belfast on Saturday, in the "
         "final next month.", [("Saturday", "DATE", "2024-03-16"),
                               ("next month", "DATE", "2024-04")]),
        # a present tense in a clause of time or condition speaks of the future
        ("The landlord has not agreed to return the deposit if he loses when the case is "
         "heard in May.", [("May", "DATE", "2024-05")]),
        ("Traffic had been diverted, but drivers can use the road once it reopens on Monday.",
         [("Monday", "DATE", "2024-03-25")]),
        # a scheduled event in the present tense is ahead
        ("The trial begins Monday in Boston.", [("Monday", "DATE", "2024-03-25")]),
        ("The new speed limit takes effect on Saturday.", [("Saturday", "DATE", "2024-03-23")]),
        ("The trial began Monday in Boston.", [("Monday", "DATE", "2024-03-18")]),
        ("The new timetable comes into force on Sunday.", [("Sunday", "DATE", "2024-03-24")]),
        ("The two-day summit ends on Friday.",
         [("two-day", "DURATION", "P2D"), ("Friday", "DATE", "2024-03-22")]),
        ("Heavy rain is forecast for the weekend.", [("the weekend", "DATE", "2024-W12-WE")]),
        ("The festival runs from Friday to Sunday.",
         [("Friday", "DATE", "2024-03-22"), ("Sunday", "DATE", "2024-03-24")]),
        ("The vote, which is due on Friday, may be postponed.", [("Friday", "DATE", "2024-03-22")]),
        ("The law, passed in 2023, takes full effect in January.",
         [("2023", "DATE", "2023"), ("January", "DATE", "2025-01")]),
        # 'effective' starts a schedule, in a past-tense clause too: ahead, unless the day
        # has not long passed
        ("The bank named a new chairman, effective July 1.", [("July 1", "DATE", "2024-07-01")]),
        ("The bank raised its fees, effective March 1.", [("March 1", "DATE", "2024-03-01")]),
        # after 'to' or a modal, 'hit' or 'quit' is a bare verb, no past tense
        ("The storm is expected to hit the coast late Thursday or early Friday.",
         [("late Thursday", "DATE", "2024-03-21"), ("early Friday", "DATE", "2024-03-22")]),
        # a modal of possibility or duty looks ahead
        ("The council has said repairs might take until May.", [("May", "DATE", "2024-05")]),
        ("Officials said talks should resume on Monday.", [("Monday", "DATE", "2024-03-25")]),
        # a plan already carried out, or 'planned' describing a noun
        ("After the vote, the march started as previously planned Saturday night.",
         [("Saturday night", "DATE", "2024-03-16TNI")]),
        ("On Friday, when he cut short his leave for the hastily planned trip, the order "
         "was signed.", [("Friday", "DATE", "2024-03-15")]),
        # after an article 'scheduled' and 'planned' describe the noun: the verb decides
        ("A ferry ran aground off Calais on Tuesday morning. It had left Dover at 7:50 a.m. "
         "on a scheduled 90-minute crossing.",
         [("Tuesday morning", "DATE", "2024-03-19TMO"), ("7:50 a.m.", "TIME", "2024-03-19T07:50"),
          ("90-minute", "DURATION", "PT90M")]),
        ("Thousands of farmers held the planned march through Brussels on Saturday.",
         [("Saturday", "DATE", "2024-03-16")]),
        ("Farmers will hold the planned march on Saturday.", [("Saturday", "DATE", "2024-03-23")]),
        # 'the next day' counts from the story's day: no future cue for the other times
        ('Two judges had walked out of a screening of the entry "Dust" on Monday, and its '
         'director withdrew the film the next day in protest.',
         [("Monday", "DATE", "2024-03-18"), ("the next day", "DATE", "2024-03-19")]),
        ("The next hearing is on Friday.", [("Friday", "DATE", "2024-03-22")]),
        # a comma before a digit separates thousands: 'had welcomed' governs the time
        ("The city museum reopened on Saturday. It said on Monday it had welcomed 12,500 "
         "visitors on the first day and would open late on Fridays.",
         [("Saturday", "DATE", "2024-03-16"), ("Monday", "DATE", "2024-03-18"),
          ("the first day", "DATE", "2024-03-16"), ("Fridays", "SET", "XXXX-WXX-5")]),
        # 'down from' after a verb is its particle, after a figure a comparison
        ("Production at the plant will wind down from December.",
         [("December", "DATE", "2024-12")]),
        ("Inflation will ease to 2.1 percent, down from 2.8 percent in December.",
         [("December", "DATE", "2023-12")]),
        # a future in a clause coordinated after it does not govern it
        ("The retailer reported a 3 percent rise in sales, to $2.1 billion, in February, and "
         "will report its annual results on April 5.",
         [("February", "DATE", "2024-02"), ("April 5", "DATE", "2024-04-05")]),
        # nor does the verb of a relative clause after it, which tells of a noun (its
        # past governs only a time of its own); a time ahead of the clause is not its
        ("The minister will travel to Chengdu, capital of Sichuan province, on Sunday and "
         "tour a joint venture that has made mining equipment there for two decades.",
         [("Sunday", "DATE", "2024-03-24"), ("two decades", "DURATION", "P20Y")]),
        ("The team will play in Rome, the capital, on Sunday and face a side that beat them "
         "last year.", [("Sunday", "DATE", "2024-03-24"), ("last year", "DATE", "2023")]),
        ("Police arrested a man, on Sunday, who had stolen a car.",
         [("Sunday", "DATE", "2024-03-17")]),
        ("On Sunday the team that won the cup paraded through the city.",
         [("Sunday", "DATE", "2024-03-17")]),
        # a verb in -s after a figure is a plural noun, no plan ('votes'): the past perfect
        # governs
        ("The returning officer had declared Samuel Adjei, 47, the winner by 38 votes at "
         "14:30 GMT Sunday.", [("14:30 GMT Sunday", "TIME", "2024-03-17T14:30")]),
        ("The Senate votes Sunday on the bill.", [("Sunday", "DATE", "2024-03-24")]),
        ("The G20 meets on Sunday.", [("Sunday", "DATE", "2024-03-24")]),
        # a figure that names the subject is no count: the verb looks ahead; a count
        # after 'of' and a word in lower case is a noun still
        ("The Group of 20 meets on Sunday in Rome.", [("Sunday", "DATE", "2024-03-24")]),
        ("The 27 meet on Monday in Brussels.", [("Monday", "DATE", "2024-03-25")]),
        ("The party won a majority of 20 votes on Sunday.",
         [("Sunday", "DATE", "2024-03-17")]),
        # 'plans' after a determiner is a noun, no verb of the clause; as a verb it looks
        # ahead
        ("Council workers were briefed on the plans at a meeting on Monday afternoon.",
         [("Monday afternoon", "DATE", "2024-03-18TAF")]),
        ("The council plans a public meeting on Monday.", [("Monday", "DATE", "2024-03-25")]),
        # a past form in a condition after a modal supposes what is still ahead
        ("The pilots said they would ground the fleet if the airline rejected their offer "
         "on Friday.", [("Friday", "DATE", "2024-03-22")]),
        ("The pilots asked if the airline rejected their offer on Friday.",
         [("Friday", "DATE", "2024-03-15")]),
        ("The airline would not say if it rejected the offer on Friday.",
         [("Friday", "DATE", "2024-03-15")]),
    ],
)
def test_direction_follows_the_governing_verb(sentence, expected) -> None:
    assert found(sentence) == expected


def test_the_weekend_is_counted_from_the_publication_not_the_story() -> None:
    # the story is back at March 1; a Wednesday paper's weekend is the one just past
    assert found("The union called the strike on March 1. Over the weekend, talks resumed.") == [
        ("March 1", "DATE", "2024-03-01"), ("the weekend", "DATE", "2024-W11-WE")]
    assert found("Crews will work through the night and over the weekend.") == [
        ("the night", "TIME", "2024-03-20TNI"), ("the weekend", "DATE", "2024-W12-WE")]


def test_points_before_a_weekday_are_no_clock_time() -> None:
    assert found("The bank index fell 2.1%, or 8.25, on Friday, to 512.40.") == [
        ("Friday", "DATE", "2024-03-15")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks will resume later this week.", [("later this week", "DATE", "2024-W12")]),
        ("The minister will answer later in the week.",
         [("later in the week", "DATE", "2024-W12")]),
        # in a past story, the week of the story's day
        ("The union met on March 4. Later in the week, the talks collapsed.",
         [("March 4", "DATE", "2024-03-04"), ("Later in the week", "DATE", "2024-W10")]),
    ],
)
def test_later_in_the_week(sentence, expected) -> None:
    assert found(sentence) == expected


def test_a_clock_time_before_on_and_a_day_is_on_that_day() -> None:
    # one time on that day, as TimeBank's '10 p.m. Wednesday' is (rule clock_weekday)
    assert found("The council will meet at 7pm on Thursday in the town hall.") == [
        ("7pm on Thursday", "TIME", "2024-03-21T19:00")]
    assert found("The ferry left port at 0930 local time on Sunday.") == [
        ("0930 local time", "TIME", "2024-03-17T09:30"), ("Sunday", "DATE", "2024-03-17")]
    [clock] = tag("The council will meet at 7pm on Thursday.", WEDNESDAY)
    assert (clock.begin, clock.until) == (datetime(2024, 3, 21, 19, tzinfo=UTC),
                                          datetime(2024, 3, 21, 19, 1, tzinfo=UTC))


def test_the_following_and_the_preceding_weekday_count_from_the_story() -> None:
    assert found("She was arrested on Friday, March 15; the preceding Tuesday she had "
                 "flown in.") == [("Friday, March 15", "DATE", "2024-03-15"),
                                  ("the preceding Tuesday", "DATE", "2024-03-12")]
    # 'last' and 'next' still count from the publication
    assert found("The union met on March 4, and will meet again next Tuesday.") == [
        ("March 4", "DATE", "2024-03-04"), ("next Tuesday", "DATE", "2024-03-26")]


def test_a_date_set_for_is_ahead_across_the_new_year() -> None:
    assert found("A hearing has been set for Dec. 2.", "2014-01-06T09:00:00+00:00") == [
        ("Dec. 2", "DATE", "2014-12-02")]
    assert found("The store opened on Dec. 28.", "2014-01-06T09:00:00+00:00") == [
        ("Dec. 28", "DATE", "2013-12-28")]


def test_a_quarter_not_yet_over_is_no_quarter_the_story_reports_on() -> None:
    text = ("The insurer's third-quarter profit fell 18%. It expects the floods to cut "
            "fourth-quarter results. In the latest quarter, the insurer had a $40 million loss.")
    assert found(text, "2024-10-30T09:00:00+00:00") == [
        ("third-quarter", "DATE", "2024-Q3"), ("fourth-quarter", "DATE", "2024-Q4"),
        ("the latest quarter", "DATE", "2024-Q3")]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        # a present tense with no cue: the nearest such day, often the next one
        ("The Senate votes Tuesday on the $95 billion aid package.", MONDAY, "2024-03-19"),
        ("Apple reports quarterly results on Thursday.", MONDAY, "2024-03-21"),
        ("The strike starts on Thursday.", MONDAY, "2024-03-21"),
        ("Schools reopen Wednesday.", MONDAY, "2024-03-20"),
        ("The president travels to Ohio on Thursday.", MONDAY, "2024-03-21"),
        ("Parliament returns from recess on Tuesday.", MONDAY, "2024-03-19"),
        ("The funeral is on Friday.", WEDNESDAY, "2024-03-22"),
        ("The final is on Saturday at Wembley.", WEDNESDAY, "2024-03-23"),
        ("His visit on Tuesday is the first by a foreign minister.", FRIDAY, "2024-03-19"),
        # a happening before a preposition or after the day's possessive: it has happened
        ("Smith, 45, is in custody after an arrest on Thursday.", MONDAY, "2024-03-14"),
        ("The bid values the shares 15% above Thursday's close.", MONDAY, "2024-03-14"),
        ("Schools remain shut after the attack on the embassy on Thursday.", MONDAY,
         "2024-03-14"),
        ("Thursday's blast is the worst in a decade.", MONDAY, "2024-03-14"),
        # 'close' before a day is a verb
        ("The polls close on Thursday.", MONDAY, "2024-03-21"),
        # a happening feared, expected or threatened is ahead, even past the nearest day
        ("Police fear an attack on Saturday during the football final.", MONDAY,
         "2024-03-23"),
        ("Officials are preparing for a possible riot on Sunday in the city centre.", MONDAY,
         "2024-03-24"),
    ],
)
def test_a_weekday_without_a_tense_is_the_nearest(sentence, dct, expected) -> None:
    [(_, _, value)] = [t for t in found(sentence, dct) if t[1] == "DATE"]
    assert value == expected


def test_a_day_something_is_set_for_is_ahead_whatever_the_main_verb() -> None:
    # the strike was set for a Thursday still ahead of the calling off, not a week back
    assert found("A strike by nurses, set for Thursday, was called off on Tuesday night.") == [
        ("Thursday", "DATE", "2024-03-21"), ("Tuesday night", "DATE", "2024-03-19TNI")]


def test_a_cue_word_inside_a_hyphenated_compound_tells_no_tense() -> None:
    # 'smaller-than-expected' describes the fall; 'reported' tells the tense
    assert found("Burberry reported a smaller-than-expected fall in sales in the six months "
                 "to September 27.")[-1] == ("September 27", "DATE", "2023-09-27")


def test_what_is_feared_or_braced_for_lies_ahead() -> None:
    assert found("Residents are bracing for a storm on Friday.", MONDAY) == [
        ("Friday", "DATE", "2024-03-22")]
    # after a preposition a word in -ed is an adjective, no past tense
    assert found("Police fear looting in evacuated streets on Saturday.", MONDAY) == [
        ("Saturday", "DATE", "2024-03-23")]


def test_what_a_warning_was_of_lies_after_it() -> None:
    # 'warned' is past, but the snow it warned of is ahead of the warning
    assert found("Forecasters warned of heavy snow in the Alps from Tuesday evening.",
                 MONDAY) == [("Tuesday evening", "DATE", "2024-03-19TEV")]
    assert found("Officials warned on Friday of flooding on Sunday.", MONDAY) == [
        ("Friday", "DATE", "2024-03-15"), ("Sunday", "DATE", "2024-03-17")]


def test_a_feared_happening_is_ahead_unless_a_verb_tells_the_past() -> None:
    assert found("Police feared an attack on Saturday during the final.", MONDAY) == [
        ("Saturday", "DATE", "2024-03-16")]


def test_a_happening_dates_only_the_time_after_it_or_its_own() -> None:
    assert found("The suspect appears in court on Thursday after his arrest on Tuesday.",
                 MONDAY) == [("Thursday", "DATE", "2024-03-21"), ("Tuesday", "DATE", "2024-03-12")]
    # a report is no happening: the nearest Friday
    assert found("Investors are waiting for Friday's jobs report.") == [
        ("Friday", "DATE", "2024-03-22")]


def test_a_clock_on_a_weekday_without_a_tense_is_on_the_nearest() -> None:
    assert found("Polls close at 10pm on Thursday.") == [
        ("10pm on Thursday", "TIME", "2024-03-21T22:00")]


def test_a_weekday_of_a_plan_is_ahead_unless_a_verb_says_otherwise() -> None:
    friday, monday = FRIDAY, MONDAY
    # 'before' and 'after' are prepositions as often: no future clause there
    assert found("The fund's 4% stake before Friday's purchases is far below the cap.",
                 monday) == [("Friday", "DATE", "2024-03-15")]
    assert found("His visit on Tuesday is the first by a foreign minister.", friday) == [
        ("Tuesday", "DATE", "2024-03-19")]
    # a bare present of a plan, and a deadline, look ahead
    assert found("The two leaders meet Monday in Geneva.", friday) == [
        ("Monday", "DATE", "2024-03-25")]
    assert found("The two leaders meet separately Tuesday with the envoy.", friday) == [
        ("Tuesday", "DATE", "2024-03-26")]
    assert found("Congress now has until 9 a.m. Tuesday to pass the bill.", monday) == [
        ("now", "DATE", "PRESENT_REF"), ("9 a.m. Tuesday", "TIME", "2024-03-19T09:00")]
    # negated, bare after 'to', or a noun, it is no plan
    assert found("The leaders did not meet on Thursday.", friday) == [
        ("Thursday", "DATE", "2024-03-21")]
    assert found("Ministers flew to Brussels on Monday to meet EU leaders.") == [
        ("Monday", "DATE", "2024-03-18")]
    assert found("The striker, who failed to meet fans on Tuesday, apologised.") == [
        ("Tuesday", "DATE", "2024-03-19")]
    assert found("After a state visit on Monday, the king flew home.") == [
        ("Monday", "DATE", "2024-03-18")]
    # a plan is a weak cue: the clause's past verb wins
    assert found("The prince made a surprise visit to the hospital on Monday.") == [
        ("Monday", "DATE", "2024-03-18")]
    assert found("The prince made an official visit to the hospital on Monday.") == [
        ("Monday", "DATE", "2024-03-18")]
    # but not the saying's verb of another clause
    assert found("The two leaders meet Monday in Geneva, the ministry said.", friday) == [
        ("Monday", "DATE", "2024-03-25")]
    # a season, trial or show that starts, begins or opens on a day is planned
    assert found("The trial starts Friday, officials said.", monday) == [
        ("Friday", "DATE", "2024-03-22")]
    assert found("The season starts on Saturday.", monday) == [
        ("Saturday", "DATE", "2024-03-23")]
    # not 'closes' or 'ends', which report markets' and seasons' results as often
    assert found("Wall Street closes higher on Friday, traders said.", monday) == [
        ("Friday", "DATE", "2024-03-15")]
    assert found("The strike ended Friday, the union said.", monday) == [
        ("Friday", "DATE", "2024-03-15")]
    assert found("The president heads to Paris on Wednesday, the White House said.",
                 monday) == [("Wednesday", "DATE", "2024-03-20")]
    assert found("The Pope arrives in Manila on Thursday, officials said.", monday) == [
        ("Thursday", "DATE", "2024-03-21")]
    assert found("Department heads met on Wednesday.", friday) == [
        ("Wednesday", "DATE", "2024-03-20")]
    assert found("The referendum takes place on Sunday, officials said.", monday) == [
        ("Sunday", "DATE", "2024-03-24")]
    assert found("The match goes ahead on Saturday, the club said.", monday) == [
        ("Saturday", "DATE", "2024-03-23")]
    assert found("The vote took place on Sunday.", monday) == [
        ("Sunday", "DATE", "2024-03-17")]
    assert found("The new model goes on sale in September, the company said.", monday) == [
        ("September", "DATE", "2024-09")]
    # told after a saying with no 'that', the plan's own verb still tells the tense
    assert found("The ministry said the leaders meet Monday in Geneva.", friday) == [
        ("Monday", "DATE", "2024-03-25")]
    assert found("Officials said the trial starts Friday.", monday) == [
        ("Friday", "DATE", "2024-03-22")]
    # not a month's figures: 'continue to slide' tells the month gone
    assert found("The office said exports continue to slide in February.", monday) == [
        ("February", "DATE", "2024-02")]
    # nor a noun in -s, which a past verb after the day shows (each was the coming day)
    assert found("Officials said opposition votes on Sunday were counted twice.", friday) == [
        ("Sunday", "DATE", "2024-03-17")]
    assert found("The club said home visits on Saturday drew record crowds.", monday) == [
        ("Saturday", "DATE", "2024-03-16")]
    # not a verb of saying's: 'made two visits' was a past visit
    assert found("The prince made two visits to the hospital on Monday.", friday) == [
        ("Monday", "DATE", "2024-03-18")]


def test_a_future_told_from_the_past_keeps_a_day_since_passed() -> None:
    # 'would' looks ahead of when it was said: after 'last month', a day ten days back
    assert found("The ministry said last month that the ban would end on March 10.") == [
        ("last month", "DATE", "2024-02"), ("March 10", "DATE", "2024-03-10")]
    # a plan told in the past may have been overtaken
    assert found("He was scheduled to appear in court on March 12 but did not.") == [
        ("March 12", "DATE", "2024-03-12")]
    # a present-tense future still passes over a day just gone
    assert found("The ban will end on March 10.") == [("March 10", "DATE", "2025-03-10")]


def test_a_date_a_plan_was_made_for_may_have_passed() -> None:
    # a day of the month after a plan verb in the past is the nearest within
    # tense_pull_days (the decision may be the date's), not next year's
    assert found("Torada decided to recall the vehicles on March 12, a week before the "
                 "announcement, the documents say.")[0] == ("March 12", "DATE", "2024-03-12")
    assert found("The board agreed to pay the dividend on March 1.") == [
        ("March 1", "DATE", "2024-03-01")]
    # a weekday or a month after one is still the coming one, a date far back next
    # year's, and 'would' keeps looking ahead
    assert found("The union voted to strike on Monday.") == [("Monday", "DATE", "2024-03-25")]
    assert found("The firm promised to deliver the first jets in February.") == [
        ("February", "DATE", "2025-02")]
    assert found("The ministers agreed to meet again on October 3.") == [
        ("October 3", "DATE", "2024-10-03")]
    assert found("The company said it would close the plant on March 12.") == [
        ("March 12", "DATE", "2025-03-12")]


def test_a_plan_that_had_been_made_is_the_nearest_time() -> None:
    # 'had been due to' tells of a plan, not of what happened: it may still be ahead
    # (the plan since dropped or moved) or have passed, whichever is nearer
    assert found("The bridge had been due to reopen in May.") == [("May", "DATE", "2024-05")]
    assert found("Parliament had been due to vote on the motion on Thursday; the opposition "
                 "withdrew it.", MONDAY) == [("Thursday", "DATE", "2024-03-21")]
    # a month of a plan told in the past keeps tense_pull_days as a day does
    assert found("The launch was scheduled for January, the agency said.") == [
        ("January", "DATE", "2024-01")]
    assert found("The museum, which had been due to open in February, will now open in "
                 "June.") == [("February", "DATE", "2024-02"), ("now", "DATE", "PRESENT_REF"),
                              ("June", "DATE", "2024-06")]


def test_a_possessive_after_ahead_of_is_still_to_come() -> None:
    # 'ahead of', 'in the run-up to' a weekday's happening, in a clause of the present:
    # the coming one, not the nearest
    assert found("Campaigning is intense ahead of Sunday's vote.") == [
        ("Sunday", "DATE", "2024-03-24")]
    assert found("Candidates are crisscrossing the country in the run-up to Tuesday's "
                 "election.") == [("Tuesday", "DATE", "2024-03-26")]
    # a present perfect is told from now too
    assert found("The opposition has called for calm ahead of Sunday's vote.") == [
        ("Sunday", "DATE", "2024-03-24")]
    assert found("Traders will stay cautious until Friday's meeting.", MONDAY) == [
        ("Friday", "DATE", "2024-03-22")]
    # 'before' only so with a plan after it: 'purchases' were made
    assert found("The parties are racing to agree a budget before Friday's deadline.",
                 MONDAY) == [("Friday", "DATE", "2024-03-22")]
    assert found("Nestle's share of 7% before Friday's purchases is far below theirs.",
                 MONDAY) == [("Friday", "DATE", "2024-03-15")]


def test_a_date_right_after_its_past_verb_has_passed() -> None:
    # the verb of the date tells it has happened: last year's April 4, though this
    # year's is nearer (within tense_pull_days)
    assert found("The curfew was lifted on April 4.") == [("April 4", "DATE", "2023-04-04")]
    assert found("The curfew was lifted April 4.") == [("April 4", "DATE", "2023-04-04")]
    assert found("Officials lifted the curfew on April 4.") == [
        ("April 4", "DATE", "2023-04-04")]
    # a date after a noun phrase of the clause keeps the nearest, as a schedule may be
    assert found("The company declared a dividend payable April 4.") == [
        ("April 4", "DATE", "2024-04-04")]
    # a place between the verb and its date leaves the date the verb's (news-dating-16's
    # profile: 'collapsed at home on 7 April', told in February)
    assert found("He collapsed at home on 7 April.") == [("7 April", "DATE", "2023-04-07")]
    assert found("Police arrested a man in Leeds on April 4.") == [
        ("April 4", "DATE", "2023-04-04")]
    assert found("The company declared a dividend payable on April 4.") == [
        ("April 4", "DATE", "2024-04-04")]


def test_the_end_of_a_stretch_of_dates_follows_its_start() -> None:
    # a day just gone in a future clause is next year's; the end is then next year's too
    assert found("The talks will be held between March 10 and March 25.") == [
        ("March 10", "DATE", "2025-03-10"), ("March 25", "DATE", "2025-03-25")]
    assert found("The talks will be held from March 10 to April 5.") == [
        ("March 10", "DATE", "2025-03-10"), ("April 5", "DATE", "2025-04-05")]
    assert found("The talks will be held March 10-25.") == [
        ("March 10", "DATE", "2025-03-10"), ("25", "DATE", "2025-03-25")]
    # an end without a year after a start with one is the first such day after it
    assert found("The fair ran from Dec. 28, 2022 to Jan. 3.") == [
        ("Dec. 28, 2022", "DATE", "2022-12-28"), ("Jan. 3", "DATE", "2023-01-03")]


def test_a_present_clause_keeps_the_nearest_whatever_an_aside_tells() -> None:
    # the aside's past ('agreed') is not the tense of the main clause's present verb
    assert found("The deal, agreed at City Hall, gives teachers a pay rise from May.") == [
        ("May", "DATE", "2024-05")]
    assert found("The deal, which was agreed at City Hall, is worth more from May.") == [
        ("May", "DATE", "2024-05")]
    # a happening's time in a present clause has still taken place
    assert found("The offer is 38 percent above the closing price on Friday, after the "
                 "board met.") == [("Friday", "DATE", "2024-03-15")]


def test_a_future_told_from_a_saying_lies_after_it() -> None:
    # said on a day after it, or at no time named (lately): the next such day
    assert found("The minister said on Tuesday that fuel duty would rise on January 1.") == [
        ("Tuesday", "DATE", "2024-03-19"), ("January 1", "DATE", "2025-01-01")]
    assert found("The government said on Monday the new levy would apply from January 6.") == [
        ("Monday", "DATE", "2024-03-18"), ("January 6", "DATE", "2025-01-06")]
    assert found("The club said the new stand would open on March 2.") == [
        ("March 2", "DATE", "2025-03-02")]
    assert found("The minister said VAT would rise in January.") == [
        ("January", "DATE", "2025-01")]
    # a weekday: ahead, or the nearest one after the time it was said at
    assert found("The union said it would strike on Monday.") == [
        ("Monday", "DATE", "2024-03-25")]
    assert found("The union said last week it would strike on Monday.") == [
        ("last week", "DATE", "2024-W11"), ("Monday", "DATE", "2024-03-18")]
    # a past form after 'as soon as' or 'once' a modal looks ahead to is no past
    assert found("The chairman had suggested that friendly institutions were likely to buy "
                 "its stock as soon as trading opened Monday.") == [
        ("Monday", "DATE", "2024-03-25")]
    assert found("The union said it would call off the strike once the company signed the "
                 "deal on Friday.") == [("Friday", "DATE", "2024-03-22")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fares rose 5%, effective Monday.",
        "The company said the chief executive resigned, effective Monday.",
        "He was scheduled to appear in court on Monday but did not.",
    ],
)
def test_a_plan_told_in_the_past_is_on_the_nearest_weekday(sentence) -> None:
    [monday] = [t for t in found(sentence) if t[0] == "Monday"]
    assert monday == ("Monday", "DATE", "2024-03-18")


def test_a_modal_before_have_looks_back() -> None:
    june = "2024-06-20T09:00:00+00:00"
    assert found("In hindsight, the bank should have cut rates in March.", june) == [
        ("March", "DATE", "2024-03")]
    assert found("The minister might have signed the order in May.", june) == [
        ("May", "DATE", "2024-05")]
    assert found("The bank should cut rates in March.", june) == [("March", "DATE", "2025-03")]
    assert found("The bank should not have cut rates in March.", june) == [
        ("March", "DATE", "2024-03")]
    assert found("He must have left the country in May.", june) == [("May", "DATE", "2024-05")]
    # 'have' as the main verb: the modal looks ahead
    assert found("Customers should have their refunds by Friday, the regulator said.") == [
        ("Friday", "DATE", "2024-03-22")]
    assert found("Investors should have a clearer picture in October.") == [
        ("October", "DATE", "2024-10")]


def test_a_duty_looks_ahead() -> None:
    # 'must' is a future cue; 'no later than' a signal like 'by'
    assert found("Tenants must leave the building no later than Friday.") == [
        ("Friday", "DATE", "2024-03-22")]
    assert found("The company must repay the loan by Friday.") == [
        ("Friday", "DATE", "2024-03-22")]
    [deadline] = tag("Tenants must leave the building no later than Friday.", WEDNESDAY)
    assert deadline.phrase_start == len("Tenants must leave the building ")


def test_a_verb_by_an_amount_is_a_past_tense() -> None:
    saturday = "2024-03-23T09:00:00+00:00"
    assert found("Shares in the company fell by a third on Monday.", saturday) == [
        ("Monday", "DATE", "2024-03-18")]
    assert found("Exports dropped by a third in May.") == [("May", "DATE", "2023-05")]
    # 'a' or 'an', a word and a number is an amount too
    assert found("Unemployment fell by a record 40,000 in May.") == [("May", "DATE", "2023-05")]
    assert found("Sales rose by an estimated 5% in May.") == [("May", "DATE", "2023-05")]
    # an agent after 'by': the participle describes a noun
    assert found("Farmers will sell to regions spared by the drought in August.") == [
        ("August", "DATE", "2024-08")]


def test_a_settled_plan_is_only_a_plan_word_after_as_already_or_long() -> None:
    june = "2024-06-20T09:00:00+00:00"
    assert found("The tax is already set to rise in May.", june) == [("May", "DATE", "2025-05")]
    assert found("The already planned strike will go ahead Monday.") == [
        ("Monday", "DATE", "2024-03-25")]
    assert found("The long expected merger closed in May.", june) == [("May", "DATE", "2024-05")]


APRIL = "2024-04-17T10:00:00+00:00"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # figures for a period report one already over, whatever the clause's tense
        ("The figures for March are due on May 7.",
         [("March", "DATE", "2024-03"), ("May 7", "DATE", "2024-05-07")]),
        ("The March figures will be published next week.",
         [("March", "DATE", "2024-03"), ("next week", "DATE", "2024-W17")]),
        ("Results for the fourth quarter are due on Friday.",
         [("the fourth quarter", "DATE", "2023-Q4"), ("Friday", "DATE", "2024-04-19")]),
        # not a day before such a noun, which may be the clause's subject; not a forecast
        ("On Friday data will be released.", [("Friday", "DATE", "2024-04-19")]),
        ("Forecasts for March will be published.", [("March", "DATE", "2025-03")]),
    ],
)
def test_figures_for_a_period_look_back(sentence, expected) -> None:
    assert found(sentence, APRIL) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan called off had not started when it was: the coming Sunday, not the last
        ("A strike, effective Sunday, was called off on Tuesday.",
         [("Sunday", "DATE", "2024-03-24"), ("Tuesday", "DATE", "2024-03-19")]),
        ("The strike starting Sunday has been postponed.", [("Sunday", "DATE", "2024-03-24")]),
        ("On Tuesday, unions called off a strike set for Sunday.",
         [("Tuesday", "DATE", "2024-03-19"), ("Sunday", "DATE", "2024-03-24")]),
        # right after the verb the time tells when the suspension runs; 'cancelled flights
        # from Monday' may be flights since then
        ("Services were suspended from Monday.", [("Monday", "DATE", "2024-03-18")]),
        ("The airline cancelled flights from Monday.", [("Monday", "DATE", "2024-03-18")]),
    ],
)
def test_a_schedule_of_a_plan_called_off_is_still_ahead(sentence, expected) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a decision moves an end ahead of it, whatever the past tense of its verb
        ("The family refused to sign, and INS extended its deadline until 9 a.m. EST Tuesday.",
         [("9 a.m. EST Tuesday", "TIME", "2024-03-26T09:00")]),
        ("The judge adjourned the hearing until Friday.", [("Friday", "DATE", "2024-03-22")]),
        # the nearest on or after the day of the decision the sentence names
        ("On Monday, the court adjourned the case until Tuesday.",
         [("Monday", "DATE", "2024-03-18"), ("Tuesday", "DATE", "2024-03-19")]),
        # a month is the nearest, not last year's the past tense would pick
        ("The council postponed the vote until April.", [("April", "DATE", "2024-04")]),
        ("The government extended the state of emergency through February.",
         [("February", "DATE", "2024-02")]),
        # so does the end of a stop it ordered
        ("The airline has cancelled flights through the end of April.",
         [("the end of April", "DATE", "2024-04")]),
        ("The airline grounded its fleet until Friday.", [("Friday", "DATE", "2024-03-22")]),
        # a stop's end, a weekday, is the nearest: told as often once it is over
        ("Trains were cancelled until Monday, when services resumed.",
         [("Monday", "DATE", "2024-03-18")]),
        ("Rail operators cancelled services through Monday, and trains ran normally on "
         "Tuesday.", [("Monday", "DATE", "2024-03-18"), ("Tuesday", "DATE", "2024-03-19")]),
        ("The airline cancelled 200 flights from Friday to Monday because of the storm.",
         [("Friday", "DATE", "2024-03-15"), ("Monday", "DATE", "2024-03-18")]),
        # no such verb: the past tense points back
        ("Nobody told us anything until Monday, she said.", [("Monday", "DATE", "2024-03-18")]),
    ],
)
def test_a_moved_end_lies_ahead_of_the_decision(sentence, expected) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        # a present or future schedule is on the publication day, not the story's past day
        ("Voters went to the polls on Monday. Polls close at 9:30 p.m.",
         ("9:30 p.m.", "TIME", "2024-03-20T21:30")),
        ("A man was arrested on Monday. He appears in court at 10am.",
         ("10am", "TIME", "2024-03-20T10:00")),
        # a past clause stays on the story's day, a coming day keeps its clock
        ("Police arrested a man on Monday. He was released at 9pm.",
         ("9pm", "TIME", "2024-03-18T21:00")),
        ("The match is on Saturday. Kick-off is at 3pm.", ("3pm", "TIME", "2024-03-23T15:00")),
    ],
)
def test_a_clock_time_of_a_present_schedule_is_on_the_publication_day(text, clock) -> None:
    assert found(text)[-1] == clock


DECEMBER = "2024-12-20T10:00:00+00:00"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'since' a few words back: the happening between, and its month, lie behind
        ("He has cut 2,000 jobs since taking office in January.",
         [("January", "DATE", "2024-01")]),
        ("It is his first trip abroad since the attack on the embassy in January.",
         [("January", "DATE", "2024-01")]),
        # 'since' as 'because', before a verb of its own, says nothing of the time
        ("Since the vote is in January, the party will campaign.",
         [("January", "DATE", "2025-01")]),
    ],
)
def test_since_a_happening_in_a_month_looks_back(sentence, expected) -> None:
    assert found(sentence, DECEMBER) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare present of a plan points forward; the noun or the past tense does not
        ("The council votes on the budget in March.", [("March", "DATE", "2025-03")]),
        ("The festival returns to the park in March.", [("March", "DATE", "2025-03")]),
        ("The vote in March was close.", [("March", "DATE", "2024-03")]),
        ("The council voted on the budget in March.", [("March", "DATE", "2024-03")]),
    ],
)
def test_a_present_tense_plan_with_a_bare_month_looks_ahead(sentence, expected) -> None:
    assert found(sentence, APRIL) == expected


def test_a_plan_verb_after_a_number_is_a_count_of_nouns() -> None:
    # "votes to" is a plan ("the union votes to strike on Monday"), but after a number it
    # counts votes: the clock time stays on the night the story told of
    assert found("The city council approved the new budget on Monday night. The motion "
                 "carried by 31 votes to 12 just after 11 p.m.") == [
        ("Monday night", "DATE", "2024-03-18TNI"),
        ("just after 11 p.m.", "TIME", "2024-03-18T23:00")]
    assert found("The union votes to strike on Monday.") == [
        ("Monday", "DATE", "2024-03-25")]


def test_a_past_form_after_a_determiner_and_an_adverb_is_no_past_tense() -> None:
    # 'a newly built', 'a remotely operated': adjectives, so the plan's month is ahead
    assert found("The city plans to open a newly built ferry terminal in June to ease "
                 "traffic on the bridge.") == [("June", "DATE", "2024-06")]
    # a month's name is no adverb: 'in July rose' is still past
    assert found("Sales in July rose 4 percent.") == [("July", "DATE", "2023-07")]
    # nor is a noun in -ly: 'The family gave' is a past tense, so last May
    assert found("The family gave the diaries to the museum in May.") == [
        ("May", "DATE", "2023-05")]
    assert found("The assembly voted on the budget in May.") == [("May", "DATE", "2023-05")]
    assert found("The widely expected cut will come in May.") == [("May", "DATE", "2024-05")]
    # 'ate', 'sat' and 'lent' are past tenses too: the Saturday before, not the coming one
    assert found("On Saturday we ate chips on the pier.") == [("Saturday", "DATE", "2024-03-16")]
    assert found("The committee sat on Saturday.") == [("Saturday", "DATE", "2024-03-16")]


def test_a_modal_of_what_may_happen_takes_the_nearest_day() -> None:
    # 'warned' is past and beyond 'that', but 'could' governs the rain: on a Monday, the
    # Wednesday two days on, not the one five days back
    assert found("Forecasters said the river was falling but warned that more rain on "
                 "Wednesday could bring fresh flooding.", MONDAY) == [
        ("Wednesday", "DATE", "2024-03-20")]
    # 'could' may tell of the past as well: the nearest Saturday, two days back
    assert found("Rescuers said the climbers could be reached on Saturday.", MONDAY) == [
        ("Saturday", "DATE", "2024-03-16")]
    # 'could not' is a past inability, 'could have' looks back: no look ahead
    assert found("The minister could not be reached for comment on Wednesday.", FRIDAY) == [
        ("Wednesday", "DATE", "2024-03-20")]
    assert found("The final could have ended on Wednesday, officials admitted.", FRIDAY) == [
        ("Wednesday", "DATE", "2024-03-20")]


def test_a_closing_price_is_of_a_day_gone_by() -> None:
    # no verb tells the tense; a closing price is known once its day is over
    assert found("The bid is 42 percent above Norvex's closing price on Friday.", MONDAY) == [
        ("Friday", "DATE", "2024-03-15")]
    assert found("The offer is 42 percent above Norvex's closing price on Thursday.") == [
        ("Thursday", "DATE", "2024-03-14")]
    # a verb of the clause still decides
    assert found("Shares will trade at their closing price on Thursday.") == [
        ("Thursday", "DATE", "2024-03-21")]


def test_a_participle_after_remain_or_stay_is_a_state_not_a_past_tense() -> None:
    # told on a Thursday: the schools reopen on the coming Monday
    thursday = "2018-10-11T09:00:00+00:00"
    assert found("Schools in the province will remain closed until Monday while inspectors "
                 "check every building.", thursday) == [("Monday", "DATE", "2018-10-15")]
    assert found("The ferry will stay docked until Monday.", thursday) == [
        ("Monday", "DATE", "2018-10-15")]
    # 'remained' and 'stayed' are past tenses of their own
    assert found("The bridge remained closed on Monday.", thursday) == [
        ("Monday", "DATE", "2018-10-08")]


def test_plans_before_a_preposition_is_a_noun_not_a_plan_verb() -> None:
    wednesday = "2024-01-24T12:00:00+00:00"
    assert found("The carmaker announced plans on Monday to close its plant in Zwickau.",
                 wednesday) == [("Monday", "DATE", "2024-01-22")]
    assert found("On Friday, when the minister set aside holiday plans for a hastily arranged "
                 "visit to Kenya, the embassy reopened.", wednesday) == [
        ("Friday", "DATE", "2024-01-19")]
    # the verb takes an object or 'to': still a plan
    assert found("The carmaker plans a launch on Monday.", wednesday) == [
        ("Monday", "DATE", "2024-01-29")]


def test_a_participle_of_an_absolute_phrase_after_with_is_no_past_tense() -> None:
    # told on a Thursday: the sales run on, the jade is offered the coming Friday
    thursday = "2012-04-05T09:00:00+00:00"
    assert found("The spring sales continue until Saturday, with paintings and jade offered "
                 "on Friday.", thursday) == [
        ("Saturday", "DATE", "2012-04-07"), ("Friday", "DATE", "2012-04-06")]
    # a past main verb keeps the phrase in the past
    assert found("The spring sales ended on Saturday, with paintings and jade offered on "
                 "Friday.", thursday) == [
        ("Saturday", "DATE", "2012-03-31"), ("Friday", "DATE", "2012-03-30")]
    # a relative clause after 'with' has a verb of its own
    assert found("The collector is a friend of the dealer, with whom he worked on Friday.",
                 thursday) == [("Friday", "DATE", "2012-03-30")]


def test_a_state_told_in_the_present_lasts_until_a_time_ahead() -> None:
    monday = MONDAY  # 2024-03-18
    assert found("Schools remain closed until Monday, officials said.", "2024-03-19") == [
        ("Monday", "DATE", "2024-03-25")]
    assert found("Parliament is in recess until September.", monday) == [
        ("September", "DATE", "2024-09")]
    assert found("The museum stays shut until May, the council said.", monday) == [
        ("May", "DATE", "2024-05")]
    # a past clause of its own between: the state was then
    assert found("The man who is accused was held until Monday.", "2024-03-19") == [
        ("Monday", "DATE", "2024-03-18")]
    # a state told in the past ended then
    assert found("Schools remained closed until Friday.", monday) == [
        ("Friday", "DATE", "2024-03-15")]
    assert found("Schools remain closed until at least Monday, officials said.",
                 "2024-03-19") == [("Monday", "DATE", "2024-03-25")]
    # a figure to date, or a habit, is no state lasting ahead
    assert found("The index is up 7 percent through Friday.", monday) == [
        ("Friday", "DATE", "2024-03-15")]
    assert found("The pass is usually closed until June.", "2024-07-06") == [
        ("June", "DATE", "2024-06")]


def test_travel_and_fixture_verbs_in_the_present_are_plans() -> None:
    # each was the past day before: no verb the tagger knew, the nearest weekday
    assert found("Arsenal face Bayern Munich in the Champions League on Tuesday.", FRIDAY) == [
        ("Tuesday", "DATE", "2024-03-26")]
    assert found("The minister flies to Brussels on Monday for talks.") == [
        ("Monday", "DATE", "2024-03-25")]
    assert found("Schools reopen on Monday after the holiday.") == [
        ("Monday", "DATE", "2024-03-25")]
    # a relative clause's perfect does not govern the main clause
    assert found("Manchester United, who have won the title 19 times, face Chelsea "
                 "on Sunday.", FRIDAY) == [("Sunday", "DATE", "2024-03-24")]
    # after an aside between commas the verb in -s is a plan, not a present
    assert found("The minister, who arrived on Sunday, heads home on Tuesday.", FRIDAY) == [
        ("Sunday", "DATE", "2024-03-17"), ("Tuesday", "DATE", "2024-03-26")]
    # a stretch reaching back and a market's day are no plans
    assert found("The dispute goes back to January, when the union rejected an offer.") == [
        ("January", "DATE", "2024-01")]
    assert found("Shares end the week higher after a rally on Monday.") == [
        ("Monday", "DATE", "2024-03-18")]
    # a noun after a determiner is none either
    assert found("His return on Monday was a surprise.") == [("Monday", "DATE", "2024-03-18")]
    # nor a time after 'after', whose happening it dates, nor a press release
    monday = "2024-03-11T10:00:00+00:00"
    assert found("United face an anxious wait after their defeat on Sunday.", monday) == [
        ("Sunday", "DATE", "2024-03-10")]
    assert found("The company said in a news release on Monday that it would cut 500 jobs.",
                 "2024-03-06T10:00:00+00:00") == [("Monday", "DATE", "2024-03-04")]


def test_a_weekday_joined_to_the_one_before_is_the_day_after_it() -> None:
    # on a Wednesday, 'Wednesday' alone is the day itself: here it is the next one
    assert found("The Fed's policy committee meets on Tuesday and Wednesday.") == [
        ("Tuesday", "DATE", "2024-03-26"), ("Wednesday", "DATE", "2024-03-27")]
    assert found("Riots broke out on Tuesday and Wednesday.") == [
        ("Tuesday", "DATE", "2024-03-19"), ("Wednesday", "DATE", "2024-03-20")]
    # days not next to each other keep their own readings
    assert found("It rained on Monday and Thursday.") == [
        ("Monday", "DATE", "2024-03-18"), ("Thursday", "DATE", "2024-03-14")]


def test_a_comparison_with_a_forecast_tells_no_future() -> None:
    # 'than expected' compares with what was forecast: the clause's past verb decides
    april = "2024-04-17T08:30:00+01:00"
    assert found("British inflation fell more than expected in March, data showed on "
                 "Wednesday.", april) == [("March", "DATE", "2024-03"),
                                          ("Wednesday", "DATE", "2024-04-17")]
    assert found("Output fell less than expected on Monday.", april) == [
        ("Monday", "DATE", "2024-04-15")]
    # 'expected to' still looks ahead
    assert found("Sales are expected to rise in March.", april) == [
        ("March", "DATE", "2025-03")]


def test_due_to_after_no_form_of_be_gives_a_cause_not_a_schedule() -> None:
    april = "2024-04-17T08:30:00+01:00"  # a Wednesday
    assert found("The flight was cancelled due to fog on Monday.", april) == [
        ("Monday", "DATE", "2024-04-15")]
    assert found("Delays due to strikes on Monday hit commuters.", april) == [
        ("Monday", "DATE", "2024-04-15")]
    # after 'be' it is a schedule
    assert found("The minister is due to arrive on Monday.", april) == [
        ("Monday", "DATE", "2024-04-22")]
    assert found("He's due to appear in court on Friday.", april) == [
        ("Friday", "DATE", "2024-04-19")]
    # in an aside or a clause opened by 'with' it is a schedule too (each was the past)
    assert found("The inquiry, due to report in June, has heard from 40 witnesses.",
                 april) == [("June", "DATE", "2024-06")]
    assert found("The vote, originally due to take place on Friday, was postponed.",
                 april) == [("Friday", "DATE", "2024-04-19")]
    assert found("With the deal due to close on Friday, shares rose.", april) == [
        ("Friday", "DATE", "2024-04-19")]
    # a cause's noun phrase, or a comma after a past form, still gives a cause
    assert found("The game, due to the rain on Saturday, was called off.", april) == [
        ("Saturday", "DATE", "2024-04-13")]
    assert found("Flights were cancelled, due to fog on Monday, and again on Tuesday.",
                 april) == [("Monday", "DATE", "2024-04-15"), ("Tuesday", "DATE", "2024-04-16")]


def test_fears_as_a_noun_after_a_preposition_tells_no_future() -> None:
    april = "2024-04-17T08:30:00+01:00"  # a Wednesday
    assert found("Investors sold shares on Monday amid fears of higher rates.", april) == [
        ("Monday", "DATE", "2024-04-15")]
    # the verb still looks ahead
    assert found("Residents fear flooding on Saturday.", april) == [
        ("Saturday", "DATE", "2024-04-20")]
    # what is feared, after 'fears of', is still ahead (was the Saturday gone)
    assert found("Police on Monday arrested a man over fears of an attack on Saturday.",
                 april) == [("Monday", "DATE", "2024-04-15"), ("Saturday", "DATE", "2024-04-20")]
    assert found("Markets are jittery over fears of a strike on Monday.", april) == [
        ("Monday", "DATE", "2024-04-22")]


def test_a_future_cue_describing_the_noun_before_it_looks_ahead_only_after_it() -> None:
    april = "2024-04-17T08:30:00+01:00"  # a Wednesday
    # 'expected to' describes the election: the polls' Sunday is the one gone
    assert found("Voters went to the polls on Sunday in an election expected to return the "
                 "ruling party.", april) == [("Sunday", "DATE", "2024-04-14")]
    # after 'be' it is the clause's own future
    assert found("The deal is expected to close on Monday.", april) == [
        ("Monday", "DATE", "2024-04-22")]
    # it governs the words it leads, whatever verb follows them (was last June)
    assert found("An inquiry expected to report in June was set up on Monday.", april) == [
        ("June", "DATE", "2024-06"), ("Monday", "DATE", "2024-04-15")]
    assert found("A report scheduled for release on Friday was delayed.", april) == [
        ("Friday", "DATE", "2024-04-19")]


def test_a_happening_after_after_or_since_has_taken_place() -> None:
    april = "2024-04-17T08:30:00+01:00"  # a Wednesday
    assert found("Police are to question the driver after the crash on Monday.", april) == [
        ("Monday", "DATE", "2024-04-15")]
    # nor one planned or feared, as its own words tell (each was the Monday gone)
    assert found("Services will resume after the planned outage on Sunday.", april) == [
        ("Sunday", "DATE", "2024-04-21")]
    assert found("Police will step up patrols after a possible attack on Saturday, officials "
                 "said.", april) == [("Saturday", "DATE", "2024-04-20")]
    # not a plan's noun: 'the debate on Monday' may be ahead
    assert found("The vote will go ahead after the debate on Monday.", april) == [
        ("Monday", "DATE", "2024-04-22")]
    # idioms that hold a future cue tell none
    assert found("Investigators are trying to establish who is to blame for the crash on "
                 "Monday.", april) == [("Monday", "DATE", "2024-04-15")]


def test_a_plan_after_a_pause_is_when_the_pause_ends() -> None:
    april = "2024-04-17T08:30:00+01:00"  # a Wednesday
    # the time after 'after the break' is the plan's: the coming Monday (was the one gone)
    assert found("Schools reopen after the half-term holiday on Monday.", april) == [
        ("Monday", "DATE", "2024-04-22")]
    assert found("Negotiators meet again following the weekend break on Monday.", april) == [
        ("Monday", "DATE", "2024-04-22")]
    # a happening after 'after' is still the one gone
    assert found("United face an anxious wait after their defeat on Sunday.", april) == [
        ("Sunday", "DATE", "2024-04-14")]


def test_going_to_the_polls_is_a_plan() -> None:
    # an election's day told by its voters in the present is ahead, like 'meet' or 'votes';
    # negated or after 'to' it is the day gone
    assert found("Millions of Indonesians go to the polls on Sunday.", MONDAY) == [
        ("Sunday", "DATE", "2024-03-24")]
    assert found("The country goes to the polls on Sunday.", MONDAY) == [
        ("Sunday", "DATE", "2024-03-24")]
    assert found("Turnout was low after many voters failed to go to the polls on Sunday.",
                 MONDAY) == [("Sunday", "DATE", "2024-03-17")]


SATURDAY = "2024-03-16T09:00:00+00:00"


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        # a headline's historic present, filed the day after: a verb of outcome beside the
        # plan verb tells what has happened, the nearest Friday
        ("Leaders meet in Brussels on Friday, agree migration deal", SATURDAY, "2024-03-15"),
        ("Pope visits Kenya on Friday, urges peace", SATURDAY, "2024-03-15"),
        ("Senate votes on Thursday, approves budget", SATURDAY, "2024-03-14"),
        ("Parliament votes on Thursday, passes bill", SATURDAY, "2024-03-14"),
        # a plan stays ahead: an outcome not joined as a headline joins its verbs (after
        # 'to', 'and' or a modal, with a subject of its own), a noun
        ("Ministers meet on Friday and approve the text on Saturday.", MONDAY, "2024-03-22"),
        ("EU leaders meet in Brussels on Friday to agree a migration deal.", MONDAY,
         "2024-03-22"),
        ("The committee meets on Friday and could approve the plan.", MONDAY, "2024-03-22"),
        ("Talks resume on Friday as the seals return to the bay.", MONDAY, "2024-03-22"),
        ("The leaders meet on Friday, and both sides say they agree on the border.", MONDAY,
         "2024-03-22"),
        ("Ministers meet on Friday; both sides agree talks are vital.", MONDAY, "2024-03-22"),
        # a noun in a list after a comma, a preposition or 'and' after it
        ("The council meets on Tuesday to discuss parking fees, passes for residents and new "
         "signs.", WEDNESDAY, "2024-03-26"),
        ("The club plays on Sunday after three draws, wins and losses in a row.", WEDNESDAY,
         "2024-03-24"),
    ],
)
def test_historic_present_beside_a_plan_verb(sentence, dct, expected) -> None:
    assert tag(sentence, dct)[0].value == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a modal of what may happen points a whole month ahead, as 'will' does
        ("The vaccine could be available by December.", "2024-12"),
        ("Officials said the vaccine may be ready by December.", "2024-12"),
        ("Rates could rise in December, the bank said.", "2024-12"),
        # before 'have' and a participle it looks back; 'May' is the month
        ("Inflation may have peaked in December.", "2023-12"),
        ("Sales fell in May, and the company may cut jobs.", "2023-05"),
    ],
)
def test_a_modal_of_possibility_points_a_month_ahead(sentence, expected) -> None:
    assert [t.value for t in tag(sentence, "2024-02-10T09:00:00+00:00")] == [expected]


def test_could_keeps_the_nearest_day() -> None:
    # 'could' may be a past ability: a day is still the nearest, as a plan told in the past
    assert found("Residents could see the smoke on Monday.") == [("Monday", "DATE", "2024-03-18")]


def test_a_night_into_the_next_day_is_one_night() -> None:
    # 'overnight Saturday into Sunday' is Saturday's night run to Sunday morning; a
    # small-hours clock told next is Sunday's
    text = "Rain fell overnight Saturday into Sunday. Crews were called at 2.15am."
    assert [(t.text, t.value, t.begin, t.until) for t in tag(text, MONDAY)] == [
        ("overnight Saturday into Sunday", "2024-03-16TNI", datetime(2024, 3, 16, 18, tzinfo=UTC),
         datetime(2024, 3, 17, 6, tzinfo=UTC)),
        ("2.15am", "2024-03-17T02:15", datetime(2024, 3, 17, 2, 15, tzinfo=UTC),
         datetime(2024, 3, 17, 2, 16, tzinfo=UTC))]
    # a day after 'into' that is not the next is no one night
    assert found("The road was closed overnight Saturday into Monday.", MONDAY) == [
        ("overnight Saturday", "DATE", "2024-03-16TNI"), ("Monday", "DATE", "2024-03-18")]


def test_a_modal_guessing_at_a_cause_tells_no_future() -> None:
    # 'may be linked to', 'could reflect': a guess at the cause of what is known, gone
    assert found("Police say the fire may be linked to a blaze at a nearby warehouse on "
                 "Sunday.") == [("Sunday", "DATE", "2024-03-17")]
    assert found("The rise in cases may be linked to gatherings over Christmas.") == [
        ("Christmas", "DATE", "2023-12-25")]
    assert found("Economists said the weak figures could reflect the strikes in "
                 "November.") == [("November", "DATE", "2023-11")]
    # a modal of what may happen still looks ahead
    assert found("The company said it may cut up to 300 jobs by December.") == [
        ("December", "DATE", "2024-12")]


def test_a_plan_verbs_to_before_a_noun_is_a_preposition_and_its_verb_past() -> None:
    # Wednesday 20 March: the Friday before, not the one ahead; an infinitive stays a plan
    assert found("The firm agreed to the deal on Friday.") == [("Friday", "DATE", "2024-03-15")]
    assert found("The unions agreed to strike on Friday.") == [("Friday", "DATE", "2024-03-22")]
    assert found("The contractor had agreed to a new start date at a site meeting on "
                 "Monday.") == [("Monday", "DATE", "2024-03-18")]
    # 'going to' keeps its future
    assert found("Voters are going to the polls on Sunday.") == [("Sunday", "DATE", "2024-03-24")]


def test_a_stretch_that_runs_to_a_day_is_a_schedule_not_a_past_clause() -> None:
    # not the year of the old date before it, which a past clause would go on in
    assert found("A treaty was signed on 1 January 1677, and the plan runs to 11 April.") == [
        ("1 January 1677", "DATE", "1677-01-01"), ("11 April", "DATE", "2024-04-11"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the simple present of a verb of schedules (vocab scheduled_present), base form and
        # -s alike, tells a plan: the coming Tuesday, not the nearer one gone by
        ("Roadworks begin on Tuesday and last three weeks.", "2024-03-26"),
        ("Talks start in Geneva on Tuesday.", "2024-03-26"),
        ("The new rules take effect on Tuesday.", "2024-03-26"),
        ("The hearings end on Tuesday.", "2024-03-26"),
        ("The ferry leaves Dover on Tuesday.", "2024-03-26"),
        ("Talks open in Geneva on Tuesday, officials said.", "2024-03-26"),
        # a past or perfect verb, a noun, or a market's close with its result tells none
        ("The talks began on Tuesday.", "2024-03-19"),
        ("The works have begun on Tuesday.", "2024-03-19"),
        ("He got off to a good start on Tuesday.", "2024-03-19"),
        ("Shares close higher on Tuesday.", "2024-03-19"),
        ("Stocks end the week lower on Tuesday.", "2024-03-19"),
        ("In return, the rebels release two hostages on Tuesday.", "2024-03-19"),
    ],
)
def test_a_simple_present_of_a_schedule_looks_ahead(sentence, expected) -> None:
    [(_, _, value)] = [t for t in found(sentence, FRIDAY) if t[1] == "DATE"]
    assert value == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a present copula placing its subject at a named place, the day right after it,
        # is a schedule: the coming Tuesday, not the nearer one gone by
        ("Westgate Library stays open as normal until the end of March. The Save Westgate "
         "Library meeting is at St Aidan's church hall, Tuesday.", "2024-03-26"),
        ("The inquest is at Carlisle Crown Court on Tuesday.", "2024-03-26"),
        ("The meeting was at St Aidan's church hall, Tuesday.", "2024-03-19"),
        # other words between the place and the day leave the tense to the clause
        ("Jones is at Guy's Hospital after a fall on Tuesday.", "2024-03-19"),
        ("The death toll is at least 12, police said on Tuesday.", "2024-03-19"),
        ("Shares are at a record high after the results on Tuesday.", "2024-03-19"),
    ],
)
def test_a_present_copula_at_a_named_place_is_a_schedule(sentence, expected) -> None:
    [(_, _, value)] = [t for t in found(sentence, FRIDAY) if t[2].startswith("2024-03-")]
    assert value == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'from' after a request's object and infinitive starts what was asked for: after
        # the asking, whatever the request's tense
        ("National Grid said that it had asked storage operators to raise withdrawals "
         "from Wednesday.", "2024-03-27"),
        ("Officials urged people to stay away from the coast from Wednesday.", "2024-03-27"),
        # the asking's own day, or a participle's, is told as any other
        ("Police asked residents to stay indoors on Wednesday.", "2024-03-20"),
        ("A judge ordered the bank to repay customers charged from Wednesday.", "2024-03-20"),
    ],
)
def test_from_after_a_request_starts_what_was_asked_for(sentence, expected) -> None:
    [(_, _, value)] = found(sentence, FRIDAY)
    assert value == expected


def test_a_month_a_plan_or_a_sale_is_for_is_the_nearest_whatever_the_tense() -> None:
    dct = "2017-09-29T21:50"
    assert found("The reopening was first planned for June, but in April inspectors found "
                 "woodworm.", dct) == [("June", "DATE", "2017-06"), ("April", "DATE", "2017-04")]
    assert found("The guesthouse has taken 40 bookings for December since the schedule was "
                 "announced.", dct) == [("December", "DATE", "2017-12")]
    # a period reported on stays behind ('its results for March')
    assert found("The company reported its results for March on Tuesday.", dct)[0] == (
        "March", "DATE", "2017-03")
    # without 'for', a past clause's month is behind
    assert found("The guesthouse took 40 bookings in December.", dct) == [
        ("December", "DATE", "2016-12")]


def test_a_plan_told_in_a_past_perfect_is_for_the_nearest_day() -> None:
    dct = "2006-01-21"  # a Saturday
    assert found("Two visitors, a couple from Christchurch, had planned to leave on "
                 "Sunday.", dct) == [("Sunday", "DATE", "2006-01-22")]
    assert found("The council had planned to open the pool on Monday, but the heater "
                 "failed.", "2006-01-18") == [("Monday", "DATE", "2006-01-16")]
    # a warning in a past perfect still looks ahead only from before the story's day
    assert found("The weather agency had warned of high waves on Friday.", "2006-01-18") == [
        ("Friday", "DATE", "2006-01-13")]


def test_put_is_a_past_tense_unless_a_bare_verb() -> None:
    # news-dating-25 news06: 'the force put the figure at £6.8m' told Wednesday's morning
    # of a long read's episode (before, with no past cue of its own clause, 'Wednesday
    # morning' went to the week of the publication)
    assert found("At 5.47pm on Friday 24 August 2007, a clerk set the alarm. Drury unlocked "
                 "the door at 8.58am on Tuesday 28 August. The next morning, Wednesday "
                 "morning, the force put the figure at £6.8m, and the owner of a watch "
                 "dealership told reporters he had lost his pension.",
                 "2008-03-15T07:00")[-1] == ("Wednesday morning", "DATE", "2007-08-29TMO")
    # my own: a bank's rates, and an airline's fares
    assert found("The bank put its rates up on Thursday.") == [
        ("Thursday", "DATE", "2024-03-14")]
    assert found("The airline put fares on sale on Monday, and demand is strong.") == [
        ("Monday", "DATE", "2024-03-18")]
    # after 'to' or a modal, as 'hit', a bare verb
    assert found("Officials want to put the matter to rest by Friday.") == [
        ("Friday", "DATE", "2024-03-22")]
    assert found("The council will put the plan to a vote on Thursday.") == [
        ("Thursday", "DATE", "2024-03-21")]


def test_burst_is_a_past_tense() -> None:
    # news-dating-24 news04: 'The upstream gate burst at 5:40 a.m.' is the Sunday the lead
    # told, not the publication day's morning
    text = ("Eleven barges are still stuck, three days after a lock gate near the village of "
            "Merendree gave way early on Sunday, the Flemish waterways agency said today. "
            "The upstream gate burst at 5:40 a.m., releasing a wall of water into the lower "
            "reach. By 9 a.m. the level above the lock had fallen by more than two metres.")
    assert found(text, "2008-10-22T17:45")[-2:] == [
        ("5:40 a.m.", "TIME", "2008-10-19T05:40"), ("9 a.m.", "TIME", "2008-10-19T09:00")]
    # my own: a water main, a river's banks
    assert found("A water main burst on Thursday, flooding three streets.") == [
        ("Thursday", "DATE", "2024-03-14")]
    assert found("The river burst its banks early on Saturday, police said today. The water "
                 "reached the square at 7:15 a.m.")[-1] == ("7:15 a.m.", "TIME", "2024-03-16T07:15")
    # after a modal, a bare verb
    assert found("Engineers fear the dam could burst on Friday.") == [
        ("Friday", "DATE", "2024-03-22")]


def test_a_day_of_the_month_alone_before_a_clause_word() -> None:
    # news-dating-24 news04: 'on the 14th and found a crack' was no time at all
    text = ("The failure began with a collision on October 9. Divers inspected the gate on "
            "the 14th and found a crack about 40 centimetres long in one of its lower beams.")
    assert found(text, "2008-10-22T17:45")[-1] == ("the 14th", "DATE", "2008-10-14")
    # my own: a council's meeting; floors are no days
    assert found("The council met on the 4th and voted to close the pool.") == [
        ("the 4th", "DATE", "2024-03-04")]
    assert found("The offices on the 2nd and 3rd floors were flooded.") == []


def test_a_present_after_the_story_walked_into_the_coming_days_tells_the_days_ahead() -> None:
    # news-dating-20 news14: published on a Wednesday, the fair's Saturday put the story
    # ahead of the publication; Sunday, three days back and four ahead, is the coming one
    text = ("The Grand Parade leaves the high school at 10 a.m. Saturday, and the pie "
            "contest is judged at 1 p.m. Sunday in the Grange hall.")
    assert found(text, "2026-08-19T06:00") == [
        ("10 a.m. Saturday", "TIME", "2026-08-22T10:00"),
        ("1 p.m. Sunday", "TIME", "2026-08-23T13:00"),
    ]
    # news-dating-15 news14: a verbless question after the story's October days is the
    # coming Sunday morning, not the one gone two days before the Tuesday's publication
    text = ("The building is sold to a dentist who takes the keys on Oct. 14. In November "
            "he moves to Kenora.\n\nAnd on Sunday morning? \"I am going to sleep in,\" he "
            "said.")
    assert found(text, "2023-09-26T06:00")[-1] == (
        "Sunday morning", "DATE", "2023-10-01TMO")
    # my own, other subjects: a present after the coming Friday points on from it
    assert found("The festival opens on Friday. The final is played on Sunday at the "
                 "stadium.")[-1] == ("Sunday", "DATE", "2024-03-24")
    # a story still on the publication's day: the nearest, as before
    assert found("The final is played on Sunday at the stadium.") == [
        ("Sunday", "DATE", "2024-03-17")]
    # a past, or a happening, still looks back from a story ahead
    assert found("The trial opens on Friday. Police say the robbery happened on "
                 "Sunday.")[-1] == ("Sunday", "DATE", "2024-03-17")
    assert found("The exhibition opens on Friday. It is the gallery's first since the fire "
                 "on Sunday.")[-1] == ("Sunday", "DATE", "2024-03-17")
