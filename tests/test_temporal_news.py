"""Time expressions of ordinary news the tagger once missed or mis-read (issue 12),
each in a sentence of its own, with the exact span, type, value and mod."""

from __future__ import annotations

from datetime import UTC, datetime

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many
from timeline.temporal import tag

WEDNESDAY = "2024-03-20T15:00:00+00:00"


def found(sentence: str) -> list[tuple[int, int, str, str, str, str]]:
    return [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in tag(sentence, WEDNESDAY)]


def test_every_n_units_is_one_set_of_that_period() -> None:
    assert found("The tournament takes place every four years.") == [
        (27, 43, "every four years", "SET", "P4Y", "")
    ]
    assert found("Bins will be collected every other week, the council said.") == [
        (23, 39, "every other week", "SET", "P2W", "")
    ]
    assert found("Ofgem will review the price cap every three months from October.") == [
        (32, 50, "every three months", "SET", "P3M", ""),
        (56, 63, "October", "DATE", "2024-10", ""),
    ]


def test_every_weekday_with_a_part_of_the_day_is_one_set() -> None:
    assert found("Doctors meet every Friday afternoon to review cases.") == [
        (13, 35, "every Friday afternoon", "SET", "XXXX-WXX-5TAF", "")
    ]


def test_half_a_unit_is_written_in_the_next_smaller_unit() -> None:
    assert found("It was the first visit by a sitting president in more than half a century.") == [
        (49, 73, "more than half a century", "DURATION", "P50Y", "MORE_THAN")
    ]
    assert found("The meeting lasted half an hour, and the half-day strike went ahead.") == [
        (19, 31, "half an hour", "DURATION", "PT30M", ""),
        (41, 49, "half-day", "DURATION", "PT12H", ""),
    ]


def test_decades_and_centuries_are_vague_durations_as_years_are() -> None:
    assert found("The mosque dominated the skyline for centuries.") == [
        (37, 46, "centuries", "DURATION", "PXY", "")
    ]
    assert found("Decades before the line was electrified, horses pulled the trams.") == [
        (0, 7, "Decades", "DURATION", "PXY", "")
    ]


def test_a_fortnight_is_two_weeks() -> None:
    assert found("The summit is in a fortnight, and the fair lasts two fortnights.") == [
        (17, 28, "a fortnight", "DURATION", "P2W", ""),
        (49, 63, "two fortnights", "DURATION", "P4W", ""),
    ]
    assert found("A fortnight ago, prices fell; bins are now emptied fortnightly.") == [
        (0, 15, "A fortnight ago", "DATE", "2024-W10", ""),
        (39, 42, "now", "DATE", "PRESENT_REF", ""),
        (51, 62, "fortnightly", "SET", "P2W", ""),
    ]


def test_a_couple_of_units_after_next_or_last_is_two() -> None:
    assert found("Sales will grow over the next couple of years.") == [
        (21, 45, "the next couple of years", "DURATION", "P2Y", "")
    ]
    assert found("Prices fell in the last couple of days.") == [
        (15, 38, "the last couple of days", "DURATION", "P2D", "")
    ]


def test_units_ago_without_a_number_are_a_vague_past() -> None:
    assert found("The mill, which closed years ago, is to become flats.") == [
        (23, 32, "years ago", "DATE", "PAST_REF", "")
    ]


def test_a_range_of_counts_is_one_duration_of_at_least_the_lower() -> None:
    assert found("Sentences range from 10 to 15 years, talks two or three days.") == [
        (21, 35, "10 to 15 years", "DURATION", "P10Y", "EQUAL_OR_MORE"),
        (43, 60, "two or three days", "DURATION", "P2D", "EQUAL_OR_MORE"),
    ]


def test_a_month_joined_to_a_month_and_year_is_of_that_year() -> None:
    assert found("Rainfall from Oct. to Dec. 2021 was low.") == [
        (14, 18, "Oct.", "DATE", "2021-10", ""),
        (22, 31, "Dec. 2021", "DATE", "2021-12", ""),
    ]


def test_business_codes_of_quarters_halves_and_fiscal_years() -> None:
    assert found("Revenue in FY2023 rose 8 percent, and Q3 2023 was the best quarter.") == [
        (11, 17, "FY2023", "DATE", "2023", ""),
        (38, 45, "Q3 2023", "DATE", "2023-Q3", ""),
    ]
    assert found("Profits in H1 2024 fell.") == [(11, 18, "H1 2024", "DATE", "2024-H1", "")]


def test_a_numbered_day_after_the_month_may_have_the() -> None:
    assert found("The treaty was signed on June the 3rd, 1990.") == [
        (25, 43, "June the 3rd, 1990", "DATE", "1990-06-03", "")
    ]
    assert found("In May the 3 teams met.") == [(3, 6, "May", "DATE", "2023-05", "")]


def test_the_year_to_a_month_is_twelve_months() -> None:
    assert found("Rents rose 6% in the year to February.") == [
        (17, 25, "the year", "DURATION", "P1Y", ""),
        (29, 37, "February", "DATE", "2024-02", ""),
    ]


def test_the_end_of_a_numbered_quarter_is_that_quarter_with_its_part() -> None:
    assert found("Results are due at the end of the second quarter.") == [
        (19, 48, "the end of the second quarter", "DATE", "2024-Q2", "END")
    ]


def test_a_clock_time_in_local_time_is_on_the_date_after_it() -> None:
    assert found("The earthquake struck at 2:46 p.m. local time on March 11, 2011.") == [
        (25, 34, "2:46 p.m.", "TIME", "2011-03-11T14:46", ""),
        (49, 63, "March 11, 2011", "DATE", "2011-03-11", ""),
    ]


def test_a_season_after_more_prepositions_and_in_the_tense_of_its_clause() -> None:
    assert found("The factory was closed for the summer.") == [
        (27, 37, "the summer", "DATE", "2023-SU", "")
    ]
    assert found("Parliament will break for the summer.") == [
        (26, 36, "the summer", "DATE", "2024-SU", "")
    ]
    assert found("The summer of 2019 was the hottest on record.") == [
        (0, 18, "The summer of 2019", "DATE", "2019-SU", "")
    ]
    october = [(t.text, t.value) for t in tag("The park will reopen in the spring.", "2024-10-20")]
    assert october == [("the spring", "2025-SP")]


def test_a_bare_season_after_in_in_a_present_clause_is_every_years() -> None:
    # a habit told in the present is of every winter; told in the past or the future,
    # or with an article, it is one winter
    assert found("The island's only ferry runs twice a week in winter.") == [
        (29, 41, "twice a week", "SET", "P1W", ""),
        (45, 51, "winter", "DATE", "XXXX-WI", ""),
    ]
    assert found("In summer the lake road is open only at weekends.") == [
        (3, 9, "summer", "DATE", "XXXX-SU", ""),
        (40, 48, "weekends", "SET", "XXXX-WXX-WE", ""),
    ]
    assert found("The lake road was closed in winter.") == [
        (28, 34, "winter", "DATE", "2023-WI", "")
    ]
    assert found("The lake road will reopen in spring.") == [
        (29, 35, "spring", "DATE", "2024-SP", "")
    ]
    assert found("The lake road is open in the winter.") == [
        (25, 35, "the winter", "DATE", "2024-WI", "")
    ]
    # a plan told in the bare present is one season (vocab scheduled_present; review of
    # b1084ce, my own)
    assert found("The new ferry enters service in summer, the company says.") == [
        (32, 38, "summer", "DATE", "2024-SU", "")
    ]
    assert found("The case goes to trial in spring.") == [
        (26, 32, "spring", "DATE", "2024-SP", "")
    ]
    assert found("The new ferry enters service on Monday.") == [
        (32, 38, "Monday", "DATE", "2024-03-25", "")
    ]


def test_a_us_zone_after_a_clock_time_is_in_its_extent() -> None:
    assert found("The show will air at 9 p.m. ET on Sunday.") == [
        (21, 40, "9 p.m. ET on Sunday", "TIME", "2024-03-24T21:00", ""),
    ]
    assert found("The market opens at 9:30 a.m. et cetera.")[0][2] == "9:30 a.m."


def test_the_year_before_a_year_is_in_its_extent() -> None:
    assert found("The year 2023 was the warmest on record.") == [
        (0, 13, "The year 2023", "DATE", "2023", "")
    ]


def test_years_said_aloud_with_a_month_or_as_the_year_two_thousand() -> None:
    assert found("He promised to halve unemployment by the year two thousand.") == [
        (37, 58, "the year two thousand", "DATE", "2000", "")
    ]
    assert found("In January nineteen ninety-seven a second bomb went off.") == [
        (3, 32, "January nineteen ninety-seven", "DATE", "1997-01", "")
    ]
    assert found("The year two thousand and five was wet.") == [
        (9, 30, "two thousand and five", "DATE", "2005", "")
    ]
    assert found("He admitted a nineteen ninety-seven attack.") == [
        (14, 35, "nineteen ninety-seven", "DATE", "1997", "")
    ]
    assert found("He bought a twenty twenty-inch television.") == []


def test_a_month_after_between_is_a_date() -> None:
    assert found("The figures cover the period between January and March.") == [
        (37, 44, "January", "DATE", "2024-01", ""),
        (49, 54, "March", "DATE", "2024-03", ""),
    ]


def test_the_past_decade_is_the_ten_years_to_now() -> None:
    (decade,) = tag("Inflation has eased over the past decade.", WEDNESDAY)
    assert (decade.start, decade.end, decade.type, decade.value) == (25, 40, "DURATION", "P10Y")
    assert (decade.begin, decade.until) == (
        datetime(2014, 3, 20, 15, tzinfo=UTC),
        datetime(2024, 3, 20, 15, tzinfo=UTC),
    )
    assert found("She has been busy the last week.") == [
        (18, 31, "the last week", "DATE", "2024-W11", "")
    ]


def test_a_clock_time_with_minutes_in_a_part_of_the_day_is_one_time() -> None:
    assert found("The plane will land at 4:20 in the afternoon.") == [
        (23, 44, "4:20 in the afternoon", "TIME", "2024-03-20T16:20", "")
    ]


def test_a_day_of_an_unnamed_month_after_a_preposition_and_before_a_pause() -> None:
    assert found("The vote will take place on the 28th, officials said.") == [
        (28, 36, "the 28th", "DATE", "2024-03-28", "")
    ]
    assert found("Rents were due on the 25th.") == [(18, 26, "the 25th", "DATE", "2024-02-25", "")]
    assert found("He lives on the 5th floor.") == []


def test_more_holidays_with_fixed_or_counted_days() -> None:
    assert found("Markets will be closed on Good Friday and Easter Monday.") == [
        (26, 37, "Good Friday", "DATE", "2024-03-29", ""),
        (42, 55, "Easter Monday", "DATE", "2024-04-01", ""),
    ]
    assert found("Wreaths were laid on Remembrance Sunday.") == [
        (21, 39, "Remembrance Sunday", "DATE", "2023-11-12", "")
    ]


def test_the_weekend_after_through_or_until() -> None:
    assert found("The fair will run until the weekend.") == [
        (24, 35, "the weekend", "DATE", "2024-W12-WE", "")
    ]


def test_a_month_after_for_is_a_date() -> None:
    assert found("Exports grew every month this year except for February.") == [
        (13, 24, "every month", "SET", "P1M", ""),
        (25, 34, "this year", "DATE", "2024", ""),
        (46, 54, "February", "DATE", "2024-02", ""),
    ]


def test_a_month_after_an_article_or_a_possessive_is_a_date() -> None:
    assert found("The firm held its October meeting in a hotel.") == [
        (18, 25, "October", "DATE", "2023-10", "")
    ]
    assert found("Rain fell throughout March.") == [(21, 26, "March", "DATE", "2024-03", "")]


def test_or_so_or_later_and_a_hundred_stay_in_the_extent() -> None:
    assert found("Sales should recover over the next two years or so.") == [
        (26, 50, "the next two years or so", "DURATION", "P2Y", "APPROX")
    ]
    assert found("The factory will reopen in the next year or so.") == [
        (27, 46, "the next year or so", "DATE", "2025", "APPROX")
    ]
    assert found("The rules apply to cars built in 2025 or later.") == [
        (33, 46, "2025 or later", "DATE", "2025", "ON_OR_AFTER")
    ]
    assert found("The family has farmed here for almost a hundred years.") == [
        (31, 53, "almost a hundred years", "DURATION", "P100Y", "LESS_THAN")
    ]


def test_an_aim_or_a_forecast_points_ahead() -> None:
    assert found("The government aims to cut waiting lists by December.") == [
        (44, 52, "December", "DATE", "2024-12", "")
    ]
    assert found("The firm is on track to finish the bridge in February.") == [
        (45, 53, "February", "DATE", "2025-02", "")
    ]


def test_and_a_half_in_a_hyphenated_duration() -> None:
    assert found("A three-and-a-half-year investigation ended.") == [
        (2, 23, "three-and-a-half-year", "DURATION", "P3Y6M", "")
    ]


def test_a_day_joined_to_a_later_day_and_month_is_of_that_month() -> None:
    assert found("The talks were held on 5 and 6 March.") == [
        (23, 24, "5", "DATE", "2024-03-05", ""),
        (29, 36, "6 March", "DATE", "2024-03-06", ""),
    ]
    assert found("The museum was closed from 1 to 15 January 2023.") == [
        (27, 28, "1", "DATE", "2023-01-01", ""),
        (32, 47, "15 January 2023", "DATE", "2023-01-15", ""),
    ]
    assert found("Prices rose 5 to 6 March.") == [(17, 24, "6 March", "DATE", "2024-03-06", "")]


def test_weekends_and_every_few_units_are_sets() -> None:
    assert found("The shop opens at weekends, and the market is held every weekend.") == [
        (18, 26, "weekends", "SET", "XXXX-WXX-WE", ""),
        (51, 64, "every weekend", "SET", "XXXX-WXX-WE", ""),
    ]
    assert found("He visits every few months.") == [(10, 26, "every few months", "SET", "PXM", "")]


def test_earlier_or_later_before_that_day_is_in_the_extent() -> None:
    # a vote held before the publication day: a past sentence does not tell of one ahead
    assert found("The vote was held on March 2. Later that day, the results were announced.") == [
        (21, 28, "March 2", "DATE", "2024-03-02", ""),
        (30, 44, "Later that day", "DATE", "2024-03-02", ""),
    ]


def test_units_earlier_without_a_number_are_a_vague_duration_as_units_later() -> None:
    assert found("The fire started on Monday. Hours earlier, a neighbour had smelled smoke.") == [
        (20, 26, "Monday", "DATE", "2024-03-18", ""),
        (28, 33, "Hours", "DURATION", "PTXH", ""),
    ]


def test_over_is_more_than_only_after_a_verb_of_lasting_or_a_preposition() -> None:
    assert found("It was the first rise in over a decade.") == [
        (25, 38, "over a decade", "DURATION", "P10Y", "MORE_THAN")
    ]
    assert found("The system has evolved over several years.") == [
        (28, 41, "several years", "DURATION", "PXY", "")
    ]


def test_prior_is_previous() -> None:
    assert found(
        "Output rose 2% in February from the prior month, and 5% over the prior three months."
    ) == [
        (18, 26, "February", "DATE", "2024-02", ""),
        (32, 47, "the prior month", "DATE", "2024-01", ""),
        (61, 83, "the prior three months", "DURATION", "P3M", ""),
    ]
    assert found("Net income fell 8% from the prior-year period.") == [
        (24, 45, "the prior-year period", "DATE", "2023", "")
    ]


def test_a_us_zone_in_words_is_part_of_the_clock_time() -> None:
    assert found("The launch is set for 10:30 a.m. Pacific time on Thursday.") == [
        (22, 57, "10:30 a.m. Pacific time on Thursday", "TIME", "2024-03-21T10:30", ""),
    ]
    assert found("Voting ends at 8 p.m. Eastern Standard Time.") == [
        (15, 43, "8 p.m. Eastern Standard Time", "TIME", "2024-03-20T20:00", "")
    ]


def test_a_season_of_play_is_the_year_of_the_publication_or_next_to_it() -> None:
    assert found("He has scored 20 goals this season and 18 last season.") == [
        (23, 34, "this season", "DATE", "2024", ""),
        (42, 53, "last season", "DATE", "2023", ""),
    ]
    assert found("It was his last season at the club.") == []


def test_an_article_and_a_measure_before_a_noun_of_time_are_one_duration() -> None:
    assert found("Over a three-year period, sales doubled.") == [
        (5, 24, "a three-year period", "DURATION", "P3Y", "")
    ]
    assert found("The court could waive the extra seven-day period.") == [
        (32, 41, "seven-day", "DURATION", "P7D", "")
    ]


def test_at_least_before_a_date_leaves_the_date_whole() -> None:
    assert found("Prices will stay high until at least next year.") == [
        (37, 46, "next year", "DATE", "2025", "")
    ]
    assert found("The road is shut until at least May.") == [(32, 35, "May", "DATE", "2024-05", "")]
    assert found("The heat will last until at least the weekend.") == [
        (34, 45, "the weekend", "DATE", "2024-W12-WE", "")
    ]
    assert found("Sales have fallen for at least the past 18 months.") == [
        (22, 49, "at least the past 18 months", "DURATION", "P18M", "EQUAL_OR_MORE")
    ]


def test_a_financial_year_is_a_fiscal_year() -> None:
    assert found("The firm made a record profit in the 2023 financial year.") == [
        (33, 56, "the 2023 financial year", "DATE", "2023", "")
    ]
    assert found("It overspent last financial year and will again this financial year.") == [
        (13, 32, "last financial year", "DATE", "2023", ""),
        (48, 67, "this financial year", "DATE", "2024", ""),
    ]


def test_the_week_to_a_day_is_a_week() -> None:
    assert found("In the week to Friday, the pound fell 2%.") == [
        (3, 11, "the week", "DURATION", "P1W", ""),
        (15, 21, "Friday", "DATE", "2024-03-15", ""),
    ]


def test_units_left_unsaid_over_the_years_and_since_a_happening() -> None:
    assert found("Over the years, the lake has shrunk.") == [
        (5, 14, "the years", "DURATION", "PXY", "")
    ]
    assert found("In the weeks since the attack, 40 people have been arrested.") == [
        (7, 12, "weeks", "DURATION", "PXW", "")
    ]


def test_units_a_period_is_one_set_of_the_period() -> None:
    assert found("The clinic is open 24 hours a day, seven days a week.") == [
        (19, 33, "24 hours a day", "SET", "P1D", ""),
        (35, 52, "seven days a week", "SET", "P1W", ""),
    ]


def test_named_days_of_shopping_and_politics_are_holidays_not_weekdays() -> None:
    assert found("Shoppers crowded stores on Black Friday.") == [
        (27, 39, "Black Friday", "DATE", "2023-11-24", "")
    ]
    assert found("Sales on Cyber Monday hit a record.") == [
        (9, 21, "Cyber Monday", "DATE", "2023-11-27", "")
    ]


def test_last_after_and_is_a_verb() -> None:
    assert found("The strike will begin at 6 a.m. Monday and last 48 hours.") == [
        (25, 38, "6 a.m. Monday", "TIME", "2024-03-25T06:00", ""),
        (48, 56, "48 hours", "DURATION", "PT48H", ""),
    ]


def test_a_second_guess_after_a_comma_is_a_vague_duration_too() -> None:
    assert found("The talks could take weeks, if not months.") == [
        (21, 26, "weeks", "DURATION", "PXW", ""),
        (35, 41, "months", "DURATION", "PXM", ""),
    ]


def test_the_nth_weekend_of_a_month_is_that_weekend() -> None:
    assert found("The auction takes place on the last weekend in June.") == [
        (27, 51, "the last weekend in June", "DATE", "2024-W26-WE", "")
    ]
    assert found("The last weekend of August 2024 was hot.") == [
        (0, 31, "The last weekend of August 2024", "DATE", "2024-W35-WE", "")
    ]
    assert found("The film took $40m in its first weekend.") == []


def test_the_units_to_come_and_the_year_ahead_are_durations() -> None:
    assert found("The effects will be felt in the months to come.") == [
        (28, 46, "the months to come", "DURATION", "PXM", "")
    ]
    assert found("Growth will slow in the year ahead, the bank said.") == [
        (20, 34, "the year ahead", "DURATION", "P1Y", "")
    ]


def test_units_left_unsaid_after_a_past_verb_before_after() -> None:
    assert found("The plane crashed minutes after take-off.") == [
        (18, 25, "minutes", "DURATION", "PTXM", "")
    ]
    assert found("Shares fell hours before the results.") == [
        (12, 17, "hours", "DURATION", "PTXH", "")
    ]


def test_the_same_month_last_year_is_the_story_month_a_year_before() -> None:
    assert found("In February, prices were 3% higher than in the same month last year.") == [
        (3, 11, "February", "DATE", "2024-02", ""),
        (43, 67, "the same month last year", "DATE", "2023-02", ""),
    ]


def test_a_quarter_of_next_or_last_year_is_one_date() -> None:
    assert found("The sale should complete in the first quarter of next year.") == [
        (28, 58, "the first quarter of next year", "DATE", "2025-Q1", "")
    ]


def test_words_of_nearness_before_a_clock_time_are_in_its_extent() -> None:
    assert found("Firefighters reached the warehouse at about 11.40pm on Tuesday.") == [
        (38, 62, "about 11.40pm on Tuesday", "TIME", "2024-03-19T23:40", "APPROX"),
    ]
    assert found("The ferry docked shortly after 6 a.m. with 300 passengers.") == [
        (17, 37, "shortly after 6 a.m.", "TIME", "2024-03-20T06:00", "AFTER"),
    ]
    # the interval is the signal's: the quarter hour before the clock time
    before = tag("The lights went out just before noon.", WEDNESDAY)[0]
    assert (before.text, before.mod, before.begin, before.until) == (
        "just before noon", "BEFORE",
        datetime(2024, 3, 20, 11, 45, tzinfo=UTC), datetime(2024, 3, 20, 12, 0, tzinfo=UTC),
    )
    # a bare 'after' stays a signal; a day keeps 'around' out
    assert found("Voting ends after 8 p.m. around Thursday.")[0][:3] == (18, 24, "8 p.m.")
    assert found("He talked about Monday.") == [(16, 22, "Monday", "DATE", "2024-03-18", "")]


def test_early_or_late_on_a_weekday_is_one_date_with_its_position() -> None:
    assert found("The company confirmed late on Monday that the plant would close.") == [
        (22, 36, "late on Monday", "DATE", "2024-03-18", "END")
    ]
    assert found("Rescuers reached the climbers early on Tuesday morning.") == [
        (30, 54, "early on Tuesday morning", "DATE", "2024-03-19TMO", "START")
    ]
    # 'early on' alone is a signal of the clause, not of the weekday after its comma
    assert found("Early on, Monday looked bad.") == [(10, 16, "Monday", "DATE", "2024-03-18", "")]


def test_a_session_told_to_go_on_in_the_bare_present_is_ahead() -> None:
    assert found("The murder trial continues on Monday with the defence's first witness.") == [
        (30, 36, "Monday", "DATE", "2024-03-25", "")
    ]
    assert found("Peace talks resume Tuesday in Doha, the ministry said.") == [
        (19, 26, "Tuesday", "DATE", "2024-03-26", "")
    ]
    # the past tense stays behind
    assert found("The search resumed on Tuesday.") == [
        (22, 29, "Tuesday", "DATE", "2024-03-19", "")
    ]


def test_the_last_weekday_of_a_stretch_follows_the_first() -> None:
    assert found("The folk festival runs Friday through Sunday on the harbour front.") == [
        (23, 29, "Friday", "DATE", "2024-03-22", ""),
        (38, 44, "Sunday", "DATE", "2024-03-24", ""),
    ]
    sunday = tag("The folk festival runs Friday through Sunday.", WEDNESDAY)[1]
    assert (sunday.begin, sunday.until) == (
        datetime(2024, 3, 24, tzinfo=UTC), datetime(2024, 3, 25, tzinfo=UTC)
    )
    # a stretch told in the past is left as read; 'and' joins no stretch
    assert [t.value for t in tag("Polls were open Friday to Sunday.", WEDNESDAY)] == [
        "2024-03-15", "2024-03-17"
    ]
    assert [t.value for t in tag("Officials met on Friday and Thursday.", WEDNESDAY)] == [
        "2024-03-15", "2024-03-14"
    ]


def test_the_rest_of_a_period_is_that_period_and_what_is_left_of_it() -> None:
    assert found("Forecasters expect showers for the rest of the week.") == [
        (31, 51, "the rest of the week", "DATE", "2024-W12", "")
    ]
    rest = tag("Forecasters expect showers for the rest of the week.", WEDNESDAY)[0]
    assert (rest.begin, rest.until) == (
        datetime(2024, 3, 20, 15, tzinfo=UTC), datetime(2024, 3, 25, tzinfo=UTC)
    )
    # told of the past, the whole period the story is in
    past = tag("The mine stayed shut for the remainder of the year.", WEDNESDAY)[0]
    assert (past.text, past.value, past.begin, past.until) == (
        "the remainder of the year", "2024",
        datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC),
    )


def test_an_edge_of_the_day_after_a_preposition_is_a_time_of_that_part_of_the_day() -> None:
    raid = tag("Police raided the farmhouse at dawn and arrested four men.", WEDNESDAY)
    assert [(t.start, t.end, t.text, t.type, t.value, t.begin, t.until) for t in raid] == [
        (31, 35, "dawn", "TIME", "2024-03-20TMO",
         datetime(2024, 3, 20, 4, tzinfo=UTC), datetime(2024, 3, 20, 8, tzinfo=UTC)),
    ]
    # ahead, and past today's: the next one
    assert found("The rebels will withdraw by nightfall, the mediators said.") == [
        (28, 37, "nightfall", "TIME", "2024-03-20TEV", "")
    ]
    assert found("Protesters plan to gather at dawn outside parliament.") == [
        (29, 33, "dawn", "TIME", "2024-03-21TMO", "")
    ]
    # on the day named right after it
    assert found("Troops attacked the town at dawn on Tuesday.") == [
        (28, 32, "dawn", "TIME", "2024-03-19TMO", ""),
        (36, 43, "Tuesday", "DATE", "2024-03-19", ""),
    ]
    # no preposition of time, or a name: no time
    assert found("As dawn broke, troops moved in after a pre-dawn raid.") == []
    assert found("They met at Dawn's house.") == []


def test_the_new_year_is_the_year_about_to_begin_or_just_begun() -> None:
    november = "2024-11-20T15:00:00+00:00"
    assert [(t.start, t.end, t.text, t.type, t.value) for t in tag(
        "The plant will reopen in the new year, the company said.", november)] == [
        (25, 37, "the new year", "DATE", "2025")
    ]
    assert [(t.text, t.value) for t in tag(
        "The new year began with floods across the north.", "2024-01-09")] == [
        ("The new year", "2024")
    ]
    # a holiday of its own, or another calendar's new year
    assert [(t.text, t.value) for t in tag(
        "The New Year's Eve party was cancelled.", november)] == [
        ("New Year's Eve", "2024-12-31")
    ]
    assert tag("Crowds marked the Lunar New Year.", november) == []


def test_a_time_after_a_decision_or_agreement_to_act_is_ahead_of_it() -> None:
    assert found("The union voted to strike on Monday.") == [
        (29, 35, "Monday", "DATE", "2024-03-25", "")
    ]
    assert [(t.text, t.value) for t in tag(
        "The company agreed to sell its paint unit to a rival in February.", "2024-10-30")] == [
        ("February", "2025-02")
    ]


def test_or_so_before_ago_is_one_approximate_date() -> None:
    assert found("The couple moved to Leeds a month or so ago.") == [
        (26, 43, "a month or so ago", "DATE", "2024-02", "APPROX")
    ]
    assert found("Two days or so earlier, police had warned him.") == [
        (0, 22, "Two days or so earlier", "DATE", "2024-03-18", "APPROX")
    ]


def test_under_maybe_and_perhaps_before_a_measure_are_its_mod() -> None:
    assert found("Thieves emptied the vault in under five minutes.") == [
        (29, 47, "under five minutes", "DURATION", "PT5M", "LESS_THAN")
    ]
    assert found("The wind gave us maybe 20 minutes of calm.") == [
        (17, 33, "maybe 20 minutes", "DURATION", "PT20M", "APPROX")
    ]
    # an age and a count of people are no time
    assert found("Children under five years old and those who served under two presidents.") == []


def test_every_hour_is_a_set() -> None:
    assert found("Two cameras will photograph the glacier front every hour.") == [
        (46, 56, "every hour", "SET", "PT1H", "")
    ]


def test_a_count_of_times_a_unit_is_one_set() -> None:
    assert found("The company plans to launch a rocket once a month by 2027.") == [
        (37, 49, "once a month", "SET", "P1M", ""),
        (53, 57, "2027", "DATE", "2027", ""),
    ]
    assert found("Buses run four times a day from the village.") == [
        (10, 26, "four times a day", "SET", "P1D", "")
    ]


def test_a_count_of_nights_is_a_duration_of_days() -> None:
    assert found("The climbers spent three nights on a snow ledge.") == [
        (19, 31, "three nights", "DURATION", "P3D", "")
    ]
    # one night is a time of its own, not a stretch
    assert found("One night in June he vanished.") == [(13, 17, "June", "DATE", "2023-06", "")]


def test_the_part_of_the_day_after_into_or_spent_is_a_time() -> None:
    assert found("Sporadic clashes continued into the evening, police said.") == [
        (32, 43, "the evening", "TIME", "2024-03-20TEV", "")
    ]
    # told in the past at 3 p.m., the night is the one gone by
    assert found("Two hikers spent the night in a mountain hut.") == [
        (17, 26, "the night", "TIME", "2024-03-19TNI", "")
    ]


def test_the_end_of_a_stretch_of_times_of_day_follows_its_start() -> None:
    curfew = tag("The curfew runs from 10 p.m. to 6 a.m. in the old town.", WEDNESDAY)
    assert [(t.text, t.value, t.begin) for t in curfew] == [
        ("10 p.m.", "2024-03-20T22:00", datetime(2024, 3, 20, 22, tzinfo=UTC)),
        ("6 a.m.", "2024-03-21T06:00", datetime(2024, 3, 21, 6, tzinfo=UTC)),
    ]
    assert [t.value for t in tag("The curfew lasts from dusk to dawn.", WEDNESDAY)] == [
        "2024-03-20TEV", "2024-03-21TMO"
    ]
    assert [t.value for t in tag("Roads were shut from 11pm on Saturday to 5am.", WEDNESDAY)] == [
        "2024-03-16T23:00", "2024-03-17T05:00"
    ]
    # an end on a day of its own stays there; a day's hours in order stay on it
    assert [t.value for t in tag("Shops open from 9 a.m. to 5 p.m.", WEDNESDAY)] == [
        "2024-03-20T09:00", "2024-03-20T17:00"
    ]
    ended = tag("A curfew was in force from 10 p.m. until 6 a.m. on Tuesday.", WEDNESDAY)
    assert ended[1].value == "2024-03-19T06:00"


def test_between_and_joins_a_stretch_as_to_does() -> None:
    night = tag("Most burglaries happen between 10 p.m. and 2 a.m.", WEDNESDAY)
    assert [t.value for t in night] == ["2024-03-20T22:00", "2024-03-21T02:00"]
    assert [t.value for t in tag("The fair runs between Friday and Sunday.", WEDNESDAY)] == [
        "2024-03-22", "2024-03-24"
    ]


def test_a_duration_of_two_measures_is_one_duration() -> None:
    assert found("Okafor won the final in two hours and 41 minutes on Sunday.") == [
        (24, 48, "two hours and 41 minutes", "DURATION", "PT2H41M", ""),
        (52, 58, "Sunday", "DATE", "2024-03-17", ""),
    ]
    assert found("The siege lasted more than four days and 12 hours.") == [
        (17, 49, "more than four days and 12 hours", "DURATION", "P4DT12H", "MORE_THAN")
    ]
    # the smaller unit first is two durations, as written
    assert found("Rebuilding took three days and two weeks of clearing.") == [
        (16, 26, "three days", "DURATION", "P3D", ""),
        (31, 40, "two weeks", "DURATION", "P2W", ""),
    ]


def test_a_year_earlier_than_a_quarter_or_half_is_that_part_of_the_year_before() -> None:
    assert found("Jobless claims fell 4% in the third quarter of 2023 from a year earlier.") == [
        (26, 51, "the third quarter of 2023", "DATE", "2023-Q3", ""),
        (57, 71, "a year earlier", "DATE", "2022-Q3", ""),
    ]
    assert found("Car sales rose 9% in the first half of 2023 from a year earlier.") == [
        (21, 43, "the first half of 2023", "DATE", "2023-H1", ""),
        (49, 63, "a year earlier", "DATE", "2022-H1", ""),
    ]
    # a quarter compared with is not the one the story reports on: the next comparison
    # is still with the year before that one
    text = ("Net rose in the third quarter from a year earlier. Sales were $3 billion, "
            "against $2.8 billion a year earlier.")
    assert [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in tag(text, "2023-10-26")] == [
        (12, 29, "the third quarter", "DATE", "2023-Q3", ""),
        (35, 49, "a year earlier", "DATE", "2022-Q3", ""),
        (95, 109, "a year earlier", "DATE", "2022-Q3", ""),
    ]


def test_a_year_earlier_than_the_years_first_months_is_the_year_before() -> None:
    # an earnings story's 'For the nine months' compares those months with the same months
    # of the year before: the year, not the quarter the story reports on
    text = ("Du Pont's third-quarter profit rose 21%. For the nine months, Du Pont earned $2 "
            "billion, up 18% from $1.69 billion a year earlier. In the third quarter, sales "
            "rose from $8 billion a year earlier.")
    assert [(t.start, t.end, t.text, t.type, t.value) for t in tag(text, "1989-10-26")] == [
        (10, 23, "third-quarter", "DATE", "1989-Q3"),
        (45, 60, "the nine months", "DURATION", "P9M"),
        (115, 129, "a year earlier", "DATE", "1988"),
        (134, 151, "the third quarter", "DATE", "1989-Q3"),
        (180, 194, "a year earlier", "DATE", "1988-Q3"),
    ]
    text = ("Net rose in the third quarter. In the first nine months, net was $306 million, "
            "compared with a loss in the 1988 period. The year-ago results included a charge.")
    assert [(t.text, t.value) for t in tag(text, "1989-11-02")] == [
        ("the third quarter", "1989-Q3"), ("the first nine months", "P9M"),
        ("the 1988 period", "1988"), ("year-ago", "1988")]
    # a quarter's three months, or months to now, are not the year's first months
    text = ("Third-quarter net rose. In the first three months, sales fell from $2 billion a "
            "year earlier. In the past nine months, the stock doubled from a year earlier.")
    assert [t.value for t in tag(text, "1989-10-26")] == [
        "1989-Q3", "P3M", "1988-Q3", "P9M", "1988-Q3"]


def test_the_quarter_before_to_and_an_amount_is_the_quarter_reported_on() -> None:
    # 'to' before an amount is where the figure went, not the end of the quarter
    text = ("Unisys, whose revenue inched up 3.7% in the quarter to $2.35 billion from $2.27 "
            "billion in the year-earlier quarter, said it expects losses.")
    assert [(t.start, t.end, t.text, t.type, t.value) for t in tag(text, "1989-10-30")] == [
        (40, 51, "the quarter", "DATE", "1989-Q3"),
        (91, 115, "the year-earlier quarter", "DATE", "1988-Q3"),
    ]
    text = "He expects revenue in the latest quarter to total about $28 million."
    assert [(t.start, t.end, t.text, t.type, t.value) for t in tag(text, "1989-10-26")] == [
        (22, 40, "the latest quarter", "DATE", "1989-Q3")]
    # the end of a period, or a comparison, is still no quarter of its own
    text = ("Sales rose 4% in the quarter to September, and the quarter-to-quarter comparison "
            "was weak.")
    assert [(t.text, t.value) for t in tag(text, "2024-10-26")] == [("September", "2024-09")]
    assert [(t.text, t.value) for t in tag("Revenue in the quarter to 31 March 2024 rose 5%.",
                                           "2024-10-26")] == [("31 March 2024", "2024-03-31")]
    assert tag("Sales in the quarter to date are up 4%.", "2024-10-26") == []


def test_the_year_or_quarter_before_of_and_an_amount_is_a_period() -> None:
    # 'of' before an amount is the figure's, not what the period belongs to
    text = "Its stock rose to a high for the year of $42.875 a share in June from $29.75 in March."
    assert [(t.start, t.end, t.text, t.type, t.value) for t in tag(text, "1989-10-30")] == [
        (29, 37, "the year", "DATE", "1989"),
        (60, 64, "June", "DATE", "1989-06"),
        (80, 85, "March", "DATE", "1989-03"),
    ]
    assert [(t.text, t.value) for t in tag("Sales for the quarter of $2.3 billion were a record.",
                                           "1989-10-30")] == [("the quarter", "1989-Q3")]
    assert tag("She was born in the year of the dragon.", "2024-10-26") == []
    assert [(t.text, t.value) for t in tag("Sales fell in the quarter of 2023.", "2024-10-26")] == [
        ("2023", "2023")]


def test_last_years_quarter_is_the_quarter_a_year_before() -> None:
    text = ("Price Stern Sloan reported a net loss for the third quarter ended Sept. 30. U.K. "
            "sales for last year's quarter were about $3 million.")
    assert [(t.start, t.end, t.text, t.type, t.value) for t in tag(text, "1989-11-01")] == [
        (42, 59, "the third quarter", "DATE", "1989-Q3"),
        (66, 74, "Sept. 30", "DATE", "1989-09-30"),
        (91, 110, "last year's quarter", "DATE", "1988-Q3"),
    ]
    # a quarter-final, or a period of something, is no period of the calendar
    assert [(t.text, t.value) for t in tag(
        "She lost in last year's quarter-final and in last year's period of mourning.",
        "2024-10-24")] == [("last year", "2023"), ("last year", "2023")]


def test_the_year_earlier_months_are_one_duration() -> None:
    text = ("Net for the nine months was $254 million, up 56% from $163 million a year earlier. "
            "Net for the year-earlier nine months also included a gain of $9.7 million.")
    assert [(t.start, t.end, t.text, t.type, t.value) for t in tag(text, "1989-10-26")] == [
        (8, 23, "the nine months", "DURATION", "P9M"),
        (67, 81, "a year earlier", "DATE", "1988"),
        (91, 119, "the year-earlier nine months", "DURATION", "P9M"),
    ]
    # a figure of the year before is still that year's
    assert [(t.text, t.value) for t in tag(
        "Third-quarter net rose from the year-earlier 5% rise.", "1989-10-26")] == [
        ("Third-quarter", "1989-Q3"), ("year-earlier", "1988-Q3")]


def test_last_after_this_year_as_is_last_year() -> None:
    text = "Paribas said its offer would mean nearly twice as high a dividend this year as last."
    assert [(t.start, t.end, t.text, t.type, t.value) for t in tag(text, "1989-10-27")] == [
        (66, 75, "this year", "DATE", "1989"),
        (79, 83, "last", "DATE", "1988"),
    ]
    for sentence in ("This year he finished last.", "He came in last.",
                     "This year's event was bigger than the last."):
        assert [t.text for t in tag(sentence, "1989-10-27")] in ([], ["This year"]), sentence


def test_the_previous_quarter_counts_from_the_quarter_just_told_of() -> None:
    text = ("The economy grew at 2.9 percent in the second quarter, down from 3.4 percent in "
            "the previous quarter.")
    assert [(t.text, t.value) for t in tag(text, "2023-09-27")] == [
        ("the second quarter", "2023-Q2"), ("the previous quarter", "2023-Q1")]
    # told alone, from the publication's
    assert [(t.text, t.value) for t in tag("Sales fell in the previous quarter.",
                                           "2023-09-27")] == [("the previous quarter", "2023-Q2")]


def test_for_the_week_before_a_past_verb_is_the_story_s_week() -> None:
    assert found("The book fair closed on Sunday. Visitors for the week numbered 40,000.") == [
        (24, 30, "Sunday", "DATE", "2024-03-17", ""),
        (45, 53, "the week", "DATE", "2024-W11", ""),
    ]
    # 'the week ended' a day is a week of figures, a duration
    assert found("Sales for the week ended March 15 rose 3%.") == [
        (10, 18, "the week", "DURATION", "P1W", ""),
        (25, 33, "March 15", "DATE", "2024-03-15", ""),
    ]


def test_the_first_day_in_a_past_clause_is_the_story_s_day() -> None:
    assert found("The library reopened on Monday after a two-year refit. About 900 readers "
                 "came on the first day, and the doors opened at 9 a.m.") == [
        (24, 30, "Monday", "DATE", "2024-03-18", ""),
        (39, 47, "two-year", "DURATION", "P2Y", ""),
        (81, 94, "the first day", "DATE", "2024-03-18", ""),
        (120, 126, "9 a.m.", "TIME", "2024-03-18T09:00", ""),
    ]
    # a situation still going on: the publication's day
    assert found("The strike is now in its third day, and talks resume today.") == [
        (14, 17, "now", "DATE", "PRESENT_REF", ""),
        (21, 34, "its third day", "DATE", "2024-03-20", ""),
        (53, 58, "today", "DATE", "2024-03-20", ""),
    ]


def test_an_amount_of_each_period_is_a_set() -> None:
    assert found("The new line carries about 180,000 passengers a day and will save the "
                 "city $40 million a year.") == [
        (46, 51, "a day", "SET", "P1D", ""),
        (87, 93, "a year", "SET", "P1Y", ""),
    ]
    # no amount before it: a duration; an amount a year before: a date, no rate
    assert found("The council expects a ruling within a year.") == [
        (36, 42, "a year", "DURATION", "P1Y", "")
    ]
    assert found("Exports fell to 300,000 tonnes, from 410,000 a year before.") == [
        (45, 58, "a year before", "DATE", "2023", "")
    ]


def test_trading_business_and_working_days_are_days() -> None:
    assert found("Refunds are paid within 10 business days, and the offer runs for 20 "
                 "working days.") == [
        (24, 40, "10 business days", "DURATION", "P10D", ""),
        (65, 80, "20 working days", "DURATION", "P20D", ""),
    ]
    assert found("Shares fell 9% over five trading days.") == [
        (20, 37, "five trading days", "DURATION", "P5D", "")
    ]


def test_seconds_are_a_unit_of_duration() -> None:
    assert found("The winner finished 12 seconds ahead, and the stands shook for several "
                 "seconds.") == [
        (20, 30, "12 seconds", "DURATION", "PT12S", ""),
        (63, 78, "several seconds", "DURATION", "PTXS", ""),
    ]
    assert found("The rocket exploded seconds after lift-off.") == [
        (20, 27, "seconds", "DURATION", "PTXS", "")
    ]
    # an ordinal is no unit
    assert found("He won the title for a second time.") == []


def test_that_same_day_is_the_story_s_day() -> None:
    assert found("The site went offline on Monday, and his name was removed that same day.") == [
        (25, 31, "Monday", "DATE", "2024-03-18", ""),
        (58, 71, "that same day", "DATE", "2024-03-18", ""),
    ]


def test_the_first_or_last_day_of_a_period_is_that_day() -> None:
    assert found("The levy takes effect on the first day of next month.") == [
        (25, 52, "the first day of next month", "DATE", "2024-04-01", "")
    ]
    assert found("Returns are due on the last day of March.") == [
        (19, 40, "the last day of March", "DATE", "2024-03-31", "")
    ]
    # a past clause: the last trading day of the year gone by, a Friday
    assert found("Markets fell on the last trading day of the year.") == [
        (16, 48, "the last trading day of the year", "DATE", "2023-12-29", "")
    ]


def test_a_past_tonight_after_an_earlier_evening_is_that_night() -> None:
    assert found('The mayor opened the bridge at a ceremony on Monday evening. "We have '
                 'waited ten years for tonight," she said.') == [
        (45, 59, "Monday evening", "DATE", "2024-03-18TEV", ""),
        (77, 86, "ten years", "DURATION", "P10Y", ""),
        (91, 98, "tonight", "TIME", "2024-03-18TNI", ""),
    ]
    # a future 'tonight' is the publication's
    assert found("The mayor opened the bridge on Monday evening. The council will meet "
                 "tonight.") == [
        (31, 45, "Monday evening", "DATE", "2024-03-18TEV", ""),
        (69, 76, "tonight", "TIME", "2024-03-20TNI", ""),
    ]


def test_the_night_told_in_the_past_is_the_one_before_the_story_s_day() -> None:
    assert found("The bridge reopened on Wednesday after engineers worked through the "
                 "night.") == [
        (23, 32, "Wednesday", "DATE", "2024-03-20", ""),
        (64, 73, "the night", "TIME", "2024-03-19TNI", ""),
    ]
    # the story at a day's night: that night
    assert found("A lorry overturned on Monday night, and about 40 drivers spent the night "
                 "in their cars.") == [
        (22, 34, "Monday night", "DATE", "2024-03-18TNI", ""),
        (63, 72, "the night", "TIME", "2024-03-18TNI", ""),
    ]
    assert found("Crews will work through the night.") == [
        (24, 33, "the night", "TIME", "2024-03-20TNI", "")
    ]


def test_units_before_at_the_end_of_a_clause_are_units_earlier() -> None:
    assert found("The mill closed on March 4, 2021; two days before, it had laid off 300 "
                 "staff.") == [
        (19, 32, "March 4, 2021", "DATE", "2021-03-04", ""),
        (34, 49, "two days before", "DATE", "2021-03-02", ""),
    ]
    # before a happening: a duration, the preposition left out
    assert found("She left two days before the vote.") == [
        (9, 17, "two days", "DURATION", "P2D", "")
    ]


def test_the_nth_weekday_of_a_month_is_that_day() -> None:
    assert found("Fares rose by 4.9% from the first Sunday in March.") == [
        (24, 49, "the first Sunday in March", "DATE", "2024-03-03", "")
    ]
    assert found("The parade is held on the last Monday of May 2025.") == [
        (22, 49, "the last Monday of May 2025", "DATE", "2025-05-26", "")
    ]


def test_the_nth_weekday_or_week_of_a_month_named_by_where_it_lies() -> None:
    thursday = tag("The council will meet on the last Thursday of the month.", WEDNESDAY)
    assert [(t.start, t.end, t.text, t.type, t.value) for t in thursday] == [
        (25, 55, "the last Thursday of the month", "DATE", "2024-03-28")
    ]
    assert (thursday[0].begin, thursday[0].until) == (
        datetime(2024, 3, 28, tzinfo=UTC), datetime(2024, 3, 29, tzinfo=UTC)
    )
    assert found("The hearing was adjourned to the second Tuesday of next month.") == [
        (29, 61, "the second Tuesday of next month", "DATE", "2024-04-09", "")
    ]
    assert found("Prices fell in the last week of last month.") == [
        (15, 42, "the last week of last month", "DATE", "2024-W09", "")
    ]
    # 'the month' is the clause's, on the side of now its tense points to: the first
    # Monday of March has passed on the 20th, so a meeting still to come is April's; the
    # last week of March is still ahead, so one that has happened is February's
    assert found("The board will next meet on the first Monday of the month.") == [
        (28, 57, "the first Monday of the month", "DATE", "2024-04-01", "")
    ]
    assert found("Heavy rain fell in the last week of the month.") == [
        (19, 45, "the last week of the month", "DATE", "2024-W09", "")
    ]
    # 'the following month' counts from the month the story told of
    assert found("In March 2019, the plant closed. It reopened on the first Monday of the "
                 "following month.") == [
        (3, 13, "March 2019", "DATE", "2019-03", ""),
        (48, 87, "the first Monday of the following month", "DATE", "2019-04-01", ""),
    ]
    # a word joined to 'month' is not the month: 'month-long' stays a duration
    assert (44, 54, "month-long", "DURATION", "P1M", "") in found(
        "Workers walked out in the first week of the month-long strike."
    )


def test_the_month_of_a_past_clause_is_the_one_the_story_told_of() -> None:
    may = "2024-05-10T15:00:00+00:00"

    def values(text: str, dct: str = may) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, dct)]

    assert values("In March, the council met on the last Friday of the month.") == [
        ("March", "2024-03"), ("the last Friday of the month", "2024-03-29")
    ]
    assert values("The plant closed on Jan. 12. The union voted on the last Friday of the "
                  "month.", WEDNESDAY) == [
        ("Jan. 12", "2024-01-12"), ("the last Friday of the month", "2024-01-26")
    ]
    # a future told from a saying: the saying's month
    assert values("The council said in March that it would vote on the last Friday of the "
                  "month.") == [
        ("March", "2024-03"), ("the last Friday of the month", "2024-03-29")
    ]
    # a plan told in the past may have passed: this month's, not moved to the next
    assert values("The meeting had been scheduled for the first Monday of the month but was "
                  "cancelled.") == [("the first Monday of the month", "2024-05-06")]
    # a month a phrase after it names is not the clause's
    assert ("the last Friday of the month", "2024-04-26") not in values(
        "Prayers were held on the last Friday of the month of Ramadan.")
    # 'the following month' counts from the month told of, for 'the last day' too
    assert values("In March 2019, the plant closed. It reopened on the last day of the "
                  "following month.", WEDNESDAY) == [
        ("March 2019", "2019-03"), ("the last day of the following month", "2019-04-30")
    ]


def test_a_range_ending_in_a_relative_year_keeps_that_year() -> None:
    assert found("The scheme ran from 1 to 15 January last year.") == [
        (20, 21, "1", "DATE", "2023-01-01", ""),
        (25, 45, "15 January last year", "DATE", "2023-01-15", ""),
    ]


def test_the_nth_weekday_of_each_month_is_one_set() -> None:
    assert found("Rent is due on the first Monday of every month.") == [
        (15, 46, "the first Monday of every month", "SET", "P1M", "")
    ]


def test_a_day_before_its_month_and_a_relative_year_is_that_day() -> None:
    rules = tag("The new rules come into force on 1 April next year.", WEDNESDAY)
    assert [(t.start, t.end, t.text, t.type, t.value) for t in rules] == [
        (33, 50, "1 April next year", "DATE", "2025-04-01")
    ]
    assert (rules[0].begin, rules[0].until) == (
        datetime(2025, 4, 1, tzinfo=UTC), datetime(2025, 4, 2, tzinfo=UTC)
    )
    assert found("The levy rose on Thursday 6 April last year.") == [
        (17, 43, "Thursday 6 April last year", "DATE", "2023-04-06", "")
    ]


def test_a_count_of_weekends_is_a_duration() -> None:
    assert found("The bridge will be closed for three weekends in April.") == [
        (30, 44, "three weekends", "DURATION", "P3WE", ""),
        (48, 53, "April", "DATE", "2024-04", ""),
    ]


def test_by_the_end_of_the_day_is_the_day_at_its_end() -> None:
    assert found("Results are expected by the end of the day.") == [
        (24, 42, "the end of the day", "DATE", "2024-03-20", "END")
    ]
    # the idiom is no time
    assert found("At the end of the day, it is about trust.") == []


def test_a_clock_time_in_words_past_or_to_the_hour() -> None:
    assert found("She arrived at a quarter to nine, and the alarm was raised at ten past "
                 "four.") == [
        (15, 32, "a quarter to nine", "TIME", "2024-03-20T08:45", ""),
        (62, 75, "ten past four", "TIME", "2024-03-20T04:10", ""),
    ]
    assert found("The plane will land at half past six in the evening.") == [
        (23, 51, "half past six in the evening", "TIME", "2024-03-20T18:30", "")
    ]
    # no preposition of time: a fraction, no clock time
    assert "TIME" not in [t[3] for t in found("A quarter to a third of voters are undecided.")]


def test_last_month_name_is_never_the_month_under_way_nor_the_one_just_ended() -> None:
    # TimeBank APW19980301.0720, published March 1: the February a year before
    assert [
        (t.text, t.value)
        for t in tag("73 soldiers were killed en route to Lebanon when two military "
                     "helicopters crashed last February.", "1998-03-01")
    ] == [("last February", "1997-02")]
    # said in March, 'late last March' is the March a year before
    assert found("The talks collapsed in late last March.") == [
        (23, 38, "late last March", "DATE", "2023-03", "END")
    ]
    # a month before those is this year's
    assert found("The bridge was closed last January.") == [
        (22, 34, "last January", "DATE", "2024-01", "")
    ]


def test_the_quarter_ended_a_day_is_the_calendar_quarter_of_its_middle_month() -> None:
    # TimeBank wsj_0662: a quarter ended July 31 is May to July, mostly the second
    assert [
        (t.start, t.end, t.text, t.value)
        for t in tag("In the quarter ended July 31, Jayark had an average of 5.6 million "
                     "shares outstanding.", "1989-10-30")
    ] == [(3, 14, "the quarter", "1989-Q2"), (21, 28, "July 31", "1989-07-31")]
    assert found("The quarter ended Sept. 30 was the weakest on record.") == [
        (0, 11, "The quarter", "DATE", "2023-Q3", ""),
        (18, 26, "Sept. 30", "DATE", "2023-09-30", ""),
    ]


def test_the_last_day_of_a_period_that_ended_is_past() -> None:
    # TimeBank wsj_0709, published Oct. 27, 1989: the Oct. 31 of 1988, not four days on
    days = [
        (t.start, t.end, t.text, t.value)
        for t in tag("In the comparable year-ago quarter, the second quarter ended Oct. 31, "
                     "Service Corp. had a loss of about $12.5 million.", "1989-10-27")
        if t.text == "Oct. 31"
    ]
    assert days == [(61, 68, "Oct. 31", "1988-10-31")]
    # a day of a period still to end is the nearest
    assert found("The offer runs until March 22.") == [
        (21, 29, "March 22", "DATE", "2024-03-22", "")
    ]


def test_next_weekday_is_never_tomorrow() -> None:
    # said on a Wednesday: next Thursday is not tomorrow, and the nearest is 'this coming'
    assert found("The council will meet at 7pm next Thursday to decide.") == [
        (25, 42, "7pm next Thursday", "TIME", "2024-03-28T19:00", "")
    ]
    assert found("Voters go to the polls next Thursday, and talks resume this coming "
                 "Thursday.") == [
        (23, 36, "next Thursday", "DATE", "2024-03-28", ""),
        (55, 75, "this coming Thursday", "DATE", "2024-03-21", ""),
    ]
    # a weekday already past this week is next week's either way
    assert found("They meet next Tuesday.") == [(10, 22, "next Tuesday", "DATE", "2024-03-26", "")]
    # two days on or more, the coming one
    assert found("The council votes next Friday.") == [
        (18, 29, "next Friday", "DATE", "2024-03-22", "")
    ]


def test_a_capitalised_time_phrase_opening_a_quotation_is_a_title() -> None:
    # TimeBank WSJ910225-0066: a television programme, no time
    assert found("Secretary of State James Baker said on ABC-TV's \"This Week With David "
                 "Brinkley\" that the series of United Nations resolutions was enough.") == []
    # a quoted sentence that opens with a time keeps it
    assert found("\"This week, we will vote,\" he said.") == [
        (1, 10, "This week", "DATE", "2024-W12", "")
    ]


def test_the_latest_year_is_the_last_one_completed() -> None:
    # TimeBank wsj_1006, told in October 1989
    assert [
        (t.text, t.type, t.value)
        for t in tag("The company had 7.38 billion Canadian dollars in sales in the latest "
                     "fiscal year.", "1989-10-26")
    ] == [("the latest fiscal year", "DATE", "1988")]
    assert found("The most recent month saw prices fall.") == [
        (0, 21, "The most recent month", "DATE", "2024-02", "")
    ]


def test_the_near_or_short_term_is_the_time_ahead() -> None:
    # TimeBank wsj_0568 and wsj_0584
    assert found("But we don't minimize the challenges of the near term.") == [
        (40, 53, "the near term", "DATE", "FUTURE_REF", "")
    ]
    assert found("The plan sacrifices future earning power to placate some holders in the "
                 "short term.") == [(68, 82, "the short term", "DATE", "FUTURE_REF", "")]
    # an adjective of a noun is no time
    assert found("Yields in the short term debt market fell.") == []


def test_a_later_date_is_a_day_still_ahead() -> None:
    # TimeBank wsj_0981
    assert found("The purchase will be financed through bank borrowings or debt and equity "
                 "offerings, at a later date.") == [
        (87, 99, "a later date", "DATE", "FUTURE_REF", "")
    ]
    assert found("The hearing was adjourned until a later date.") == [
        (32, 44, "a later date", "DATE", "FUTURE_REF", "")
    ]


def test_by_a_number_after_a_verb_of_change_is_no_clock_time() -> None:
    assert found("The FTSE 100 fell by 12.45 on Tuesday, and shares rose by 4.08.") == [
        (30, 37, "Tuesday", "DATE", "2024-03-19", "")
    ]
    # a deadline keeps its clock time
    assert found("Bids are due by 16.30 on Friday.") == [
        (16, 31, "16.30 on Friday", "TIME", "2024-03-22T16:30", "")
    ]


def test_coordinated_quarters_and_halves_are_each_a_time_of_one_year() -> None:
    # as TimeBank wsj_1025 marks "second" and "fourth quarters" apart
    assert found("The company lost money in the third and fourth quarters of 2022.") == [
        (30, 35, "third", "DATE", "2022-Q3", ""),
        (40, 63, "fourth quarters of 2022", "DATE", "2022-Q4", ""),
    ]
    # in March, past quarters still to come this year are last year's, and so is the
    # first of the pair, though the first quarter of this year is under way
    assert found("Profit rose in the first and second quarters.") == [
        (19, 24, "first", "DATE", "2023-Q1", ""),
        (29, 44, "second quarters", "DATE", "2023-Q2", ""),
    ]
    assert found("Earnings fell in the first and second halves of the year.") == [
        (21, 26, "first", "DATE", "2023-H1", ""),
        (31, 56, "second halves of the year", "DATE", "2023-H2", ""),
    ]
    # a game's halves are no time
    assert found("The team scored in the first and second halves.") == []


def test_the_nth_period_in_a_row_is_no_date() -> None:
    assert found("Factory output fell for the fifth month in a row in February.") == [
        (52, 60, "February", "DATE", "2024-02", "")
    ]
    assert found("The strike has entered its third week.") == [
        (23, 37, "its third week", "DATE", "2024-W12", "")
    ]


def test_late_or_early_in_the_period_is_its_end_or_start() -> None:
    assert found("The central bank is expected to raise rates late in the year.") == [
        (44, 60, "late in the year", "DATE", "2024", "END")
    ]
    assert found("The deal could close early in the week.") == [
        (21, 38, "early in the week", "DATE", "2024-W12", "START")
    ]
    # the month named after it is the time
    assert found("He arrived late in the month of May.") == [(32, 35, "May", "DATE", "2023-05", "")]


def test_the_past_week_is_the_week_holding_most_of_its_seven_days() -> None:
    # AQUAINT NYT20000414.0296, told on a Friday: this week, where "last week" is the one
    # before
    friday = "2000-04-14"
    sentence = "He has been in Bethesda, Md., for the last week, she said."
    assert [(t.text, t.value) for t in tag(sentence, friday)] == [("the last week", "2000-W15")]
    assert [(t.text, t.value) for t in tag("He met her last week.", friday)] == [
        ("last week", "2000-W14")
    ]
    # told on a Wednesday, most of the seven days are last week's
    assert found("Prices have risen sharply over the past week.") == [
        (31, 44, "the past week", "DATE", "2024-W11", "")
    ]


def test_an_earlier_quarter_told_after_the_reported_one_leaves_the_story_on_it() -> None:
    # TimeBank wsj_0292: after 'a flat second quarter', 'the 1989 period' and 'a year ago'
    # are still the third quarter's
    text = (
        "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
        "quarter, the company was helped by lower costs. In the 1989 period, interest "
        "expense was lower than a year ago."
    )
    assert [(t.text, t.value) for t in tag(text, "1989-11-01")] == [
        ("third-quarter", "1989-Q3"),
        ("second quarter", "1989-Q2"),
        ("the 1989 period", "1989-Q3"),
        ("a year ago", "1988-Q3"),
    ]
    # a fiscal quarter is of a company with a calendar of its own: the story is on it
    text = (
        "Kimberly-Clark posted a 20% gain in third-quarter net income. National Steel "
        "posted a profit for the fiscal second quarter. The latest period includes gains."
    )
    assert [(t.text, t.value) for t in tag(text, "1989-11-01")][-1] == (
        "The latest period", "1989-Q2"
    )


def test_a_list_of_names_opens_no_clause_between_a_plan_and_its_time() -> None:
    # AQUAINT XIE19990210.0079: the admission decided on is ahead, whatever the 'said'
    # after the comma that ends its clause
    sentence = ("NATO has decided to admit Poland, Hungary and the Czech Republic in early "
                "March, an official from the organization said on Wednesday.")
    assert [(t.text, t.value, t.mod) for t in tag(sentence, "1999-02-10")] == [
        ("early March", "1999-03", "START"),
        ("Wednesday", "1999-02-10", ""),
    ]
    # two names joined by 'and' are one noun phrase too: the flights will leave on the
    # coming Wednesday, not the one before the ministry said so
    sentence = ("The first rescue flights will leave for Malaga and Faro on Wednesday "
                "morning, the ministry said.")
    assert [(t.text, t.value) for t in tag(sentence, "2019-07-09T14:30")] == [
        ("Wednesday morning", "2019-07-10TMO")]
    # a name that opens a clause of its own still ends the one before
    sentence = "Police will question Smith and Jones said on Friday that he would go."
    assert [(t.text, t.value) for t in tag(sentence, "2019-07-09T14:30")] == [
        ("Friday", "2019-07-05")]


def test_a_possessive_happening_has_taken_place_whatever_the_clause_verb() -> None:
    # AQUAINT APW20000107.0088 (told on a Friday): the ruling was made on Wednesday
    sentence = ("Relatives in Miami said they would look for ways to get around Wednesday's "
                "ruling by the U.S. Immigration and Naturalization Service.")
    assert [(t.text, t.value) for t in tag(sentence, "2000-01-07")] == [
        ("Wednesday", "2000-01-05")
    ]
    assert found("Lawyers for the family will appeal Friday's verdict.") == [
        (35, 41, "Friday", "DATE", "2024-03-15", "")
    ]
    # one awaited is still ahead
    assert found("Investors await Friday's decision on rates.") == [
        (16, 22, "Friday", "DATE", "2024-03-22", "")
    ]


def test_a_year_or_decade_after_pre_or_post_is_its_boundary() -> None:
    # AQUAINT NYT20000224.0173
    assert found("But the post-1959 politics have managed to split thousands of families "
                 "apart.") == [(8, 17, "post-1959", "DATE", "1959", "AFTER")]
    assert found("House prices are still below pre-2008 levels.") == [
        (29, 37, "pre-2008", "DATE", "2008", "BEFORE")
    ]


def test_a_quarter_named_by_its_last_month_or_of_a_fiscal_year() -> None:
    assert [(t.text, t.value) for t in tag(
        "Apple reported record revenue for the December quarter.", "2013-01-24"
    )] == [("the December quarter", "2012-Q4")]
    assert [(t.text, t.value) for t in tag(
        "Profit rose in the third quarter of fiscal 2013, the company said.", "2013-01-24"
    )] == [("the third quarter of fiscal 2013", "2013-Q3")]


def test_a_day_after_is_on_is_the_one_ahead() -> None:
    assert found("The final vote is on Sunday, officials said.") == [
        (21, 27, "Sunday", "DATE", "2024-03-24", "")
    ]
    assert found("The final vote was on Sunday.") == [(22, 28, "Sunday", "DATE", "2024-03-17", "")]


def test_a_short_decade_after_a_full_one_is_a_decade() -> None:
    assert found("Crime soared in the 1980s and 90s.") == [
        (16, 25, "the 1980s", "DATE", "198", ""),
        (30, 33, "90s", "DATE", "199", ""),
    ]
    # alone, or after another short one, it may be a temperature
    assert found("Temperatures were in the 80s and 90s.") == []


def test_in_january_this_winter_is_the_one_begun_in_december() -> None:
    january = "2013-01-20"
    for sentence, value in [
        ("Heating bills soared this winter.", "2012-WI"),
        ("Snow closed the pass last winter.", "2011-WI"),
        ("The plant will close next winter.", "2013-WI"),
    ]:
        assert [t.value for t in tag(sentence, january)] == [value], sentence


def test_in_march_this_winter_told_in_the_past_is_the_one_just_ended() -> None:
    # news-dating-24, published 9 March 2003
    sentence = ("This winter began mildly, according to Tsetseg Ganbold, a forecaster at the "
                "national weather agency, but January was the coldest in Uvs for 30 years.")
    assert tag(sentence, "2003-03-09", date_only=True)[0].value == "2002-WI"
    march = "2010-03-20"
    for sentence, value in [
        ("This winter was the snowiest on record in Washington.", "2009-WI"),
        ("This winter will be the last for the old ferry.", "2010-WI"),
    ]:
        assert [t.value for t in tag(sentence, march)] == [value], sentence


def test_a_month_after_as_soon_as_or_as_recently_as() -> None:
    assert found("The central bank could cut rates as soon as June.") == [
        (44, 48, "June", "DATE", "2024-06", "")
    ]
    # 'recently' is part of the signal, no time of its own
    assert found("As recently as February, prices were rising.") == [
        (15, 23, "February", "DATE", "2024-02", "")
    ]


def test_a_time_of_the_figure_compared_with_is_past() -> None:
    assert [(t.text, t.value) for t in tag(
        "Fed officials now expect two rate cuts this year, down from three forecast in March.",
        "2024-05-15",
    )][-1] == ("March", "2024-03")


def test_a_clock_time_restated_in_brackets_is_on_the_day_after_them() -> None:
    assert found("The quake struck at 10:30 a.m. (1430 GMT) on Tuesday.") == [
        (20, 30, "10:30 a.m.", "TIME", "2024-03-19T10:30", ""),
        (45, 52, "Tuesday", "DATE", "2024-03-19", ""),
    ]
    # wire copy leaves out the 'on' after 'local time' or a bracket
    assert found("The minister will arrive at 9 p.m. local time Thursday.") == [
        (28, 34, "9 p.m.", "TIME", "2024-03-21T21:00", ""),
        (46, 54, "Thursday", "DATE", "2024-03-21", ""),
    ]
    assert found("The launch is set for 10:02 a.m. EDT (1402 GMT) Thursday.") == [
        (22, 36, "10:02 a.m. EDT", "TIME", "2024-03-21T10:02", ""),
        (48, 56, "Thursday", "DATE", "2024-03-21", ""),
    ]
    # a day inside the bracket, or after a full stop, is no clock's
    assert found("The market closed at 4 p.m. (2000 GMT). Monday's session was calm.") == [
        (21, 27, "4 p.m.", "TIME", "2024-03-19T16:00", ""),
        (40, 46, "Monday", "DATE", "2024-03-18", ""),
    ]


def test_a_date_before_a_noun_of_violence_has_passed() -> None:
    # told in March: last June's attack, though this June is nearer
    assert found("The June 3 attack killed 10 people.") == [
        (4, 10, "June 3", "DATE", "2023-06-03", "")
    ]
    # an election may be ahead
    assert found("The March 25 election is close.") == [
        (4, 12, "March 25", "DATE", "2024-03-25", "")
    ]


def test_a_quarter_of_a_game_is_no_quarter_of_the_year() -> None:
    assert found("Smith scored 12 points in the third quarter of the game on Sunday.") == [
        (59, 65, "Sunday", "DATE", "2024-03-17", "")
    ]
    # a word of play near it in its sentence
    assert found("He threw a touchdown pass in the second quarter.") == []
    assert found("Profits rose in the third quarter.") == [
        (16, 33, "the third quarter", "DATE", "2023-Q3", "")
    ]


def test_a_quarter_point_is_no_quarter_of_the_year() -> None:
    assert found("The ECB lowered its main rate by a quarter point on Thursday.") == [
        (52, 60, "Thursday", "DATE", "2024-03-14", "")
    ]
    assert found("The bank raised rates by a quarter-point.") == []
    # a quarter of time stays one
    assert found("Sales fell in a quarter that produced a big loss.") == [
        (14, 23, "a quarter", "DURATION", "P1Q", "")
    ]


def test_seconds_later_is_a_duration_counted_on_the_story_clock() -> None:
    assert found("Seconds later, the roof collapsed.") == [
        (0, 7, "Seconds", "DURATION", "PTXS", "")
    ]
    text = "The first blast hit at 9:14 p.m. on March 3, 2023. Thirty seconds later, a bomb fell."
    later = tag(text, WEDNESDAY)[1]
    assert (later.start, later.end, later.text, later.type, later.value) == (
        51, 65, "Thirty seconds", "DURATION", "PT30S"
    )
    assert later.begin == datetime(2023, 3, 3, 21, 14, 30, tzinfo=UTC)


def test_a_quarter_code_alone_is_the_quarter_the_tense_points_to() -> None:
    assert found("Revenue rose 8 percent in Q3, the company said.") == [
        (26, 28, "Q3", "DATE", "2023-Q3", "")
    ]
    # a model's name, not after a preposition
    assert found("Audi will launch the new Q3 in Europe.") == []


def test_the_past_hour_is_the_hour_to_now_and_breaks_no_document() -> None:
    # a clock unit has no calendar period before this one, as 'the past year' has
    assert found("Three people have died in the last hour, police said on Monday.") == [
        (26, 39, "the last hour", "DURATION", "PT1H", ""),
        (56, 62, "Monday", "DATE", "2024-03-18", ""),
    ]
    # 'at the last minute' is no time, and the rest of the text is still read
    assert found("The deal was saved at the last minute on Monday.") == [
        (41, 47, "Monday", "DATE", "2024-03-18", "")
    ]


def test_a_colon_clock_with_its_zone_needs_no_preposition() -> None:
    assert found("The launch is set for 10:30 GMT.") == [
        (22, 31, "10:30 GMT", "TIME", "2024-03-20T10:30", "")
    ]
    # 'local time' stays out of a colon clock's extent, as TimeML marks it
    assert found("The rocket lifted off at 14:17 local time.") == [
        (25, 30, "14:17", "TIME", "2024-03-20T14:17", "")
    ]


def test_the_early_or_latter_part_of_a_period_is_its_start_or_end() -> None:
    assert found("Growth picked up in the latter part of 2012.") == [
        (20, 43, "the latter part of 2012", "DATE", "2012", "END")
    ]
    assert found("The talks ran into the latter part of the week.") == [
        (19, 46, "the latter part of the week", "DATE", "2024-W12", "END")
    ]


def test_nights_ago_are_the_night_of_the_day_so_far_back() -> None:
    assert found("Two nights ago, thieves broke into the shop.") == [
        (0, 14, "Two nights ago", "TIME", "2024-03-18TNI", "")
    ]


def test_a_half_named_alone_is_one_of_the_calendar_beside_a_business_figure() -> None:
    assert found("The shekel rose 7 percent in the first half, said an economist.") == [
        (29, 43, "the first half", "DATE", "2024-H1", "")
    ]
    # a sign beside its digits is a figure too
    assert found("Shares gained 7% in the first half.") == [
        (20, 34, "the first half", "DATE", "2024-H1", "")
    ]
    # a game's half: no figure, or a word of play
    assert found("Arsenal led 2-0 in the first half.") == []
    assert found("He scored twice in the first half as the club's revenue hit $9 million.") == []


def test_an_irregular_past_tense_puts_a_weekday_or_quarter_behind() -> None:
    assert found("The ship sank on Friday.") == [(17, 23, "Friday", "DATE", "2024-03-15", "")]
    assert found("The economy shrank in the fourth quarter.") == [
        (22, 40, "the fourth quarter", "DATE", "2023-Q4", "")
    ]


def test_a_clock_on_a_named_day_stays_on_it_in_a_present_headline() -> None:
    assert found("Gunman kills three at 10 p.m. last night.") == [
        (22, 40, "10 p.m. last night", "TIME", "2024-03-19T22:00", "")
    ]


def test_a_stretch_of_days_takes_the_year_written_after_it() -> None:
    assert found("On March 3-5, 2013, 300 people came.") == [
        (3, 10, "March 3", "DATE", "2013-03-03", ""),
        (11, 18, "5, 2013", "DATE", "2013-03-05", ""),
    ]


def test_a_stretch_across_new_year_begins_in_the_year_before_the_one_written() -> None:
    assert found("The show ran from December to January 2013.") == [
        (18, 26, "December", "DATE", "2012-12", ""),
        (30, 42, "January 2013", "DATE", "2013-01", ""),
    ]


def test_midnight_or_noon_told_in_the_past_after_the_publication_clock_is_the_day_before() -> None:
    assert found("The deadline passed at midnight.") == [
        (23, 31, "midnight", "TIME", "2024-03-19T24:00", "")
    ]
    assert found("The deadline expires at midnight.") == [
        (24, 32, "midnight", "TIME", "2024-03-20T24:00", "")
    ]


def test_a_weekday_written_with_a_date_picks_the_year_it_falls_on() -> None:
    # 3 March 2024 is a Sunday; 3 March 2025, the nearest ahead, a Monday
    assert found("The vote is on Sunday 3 March.") == [
        (15, 29, "Sunday 3 March", "DATE", "2024-03-03", "")
    ]


def test_a_year_written_by_two_digits_after_an_apostrophe() -> None:
    assert found("He won gold in '08 and silver in '12.") == [
        (15, 18, "'08", "DATE", "2008", ""),
        (33, 36, "'12", "DATE", "2012", ""),
    ]
    # a quotation opening with a figure is none
    assert found("He said: '98 percent of us agree.'") == []
    # nor a British quotation of a count
    assert found("He was sentenced to '12 months' in prison.") == []
    assert tag("The class of '98 met again.", "0050-06-01") == []  # no year before year 1


def test_a_past_perfect_after_a_plan_day_is_back_before_it() -> None:
    # what had happened came before the words were said, not on the council's Thursday
    text = ("He said the city council would meet on Thursday to cancel the contract, and "
            "that he had telephoned the builder's managers earlier in the morning.")
    found = tag(text, "2014-06-02", date_only=True)
    assert [(t.text, t.value) for t in found] == [
        ("Thursday", "2014-06-05"), ("the morning", "2014-06-02TMO")]
    assert (found[1].start, found[1].end) == (133, 144)


def test_a_time_takes_no_past_from_a_clause_coordinated_after_it() -> None:
    # 'holds' is no tense cue; 'has not said' after ', and' is another clause's
    text = ("Slovenia holds local elections in October, and the mayor has not said whether "
            "he will stand again.")
    assert [(t.start, t.end, t.text, t.value) for t in tag(text, "2014-06-02", date_only=True)
            ] == [(34, 41, "October", "2014-10")]
    # a future there still tells what is ahead
    text = "Parliament returns on Wednesday, and the budget will be presented in March."
    assert [t.value for t in tag(text, "2011-01-07", date_only=True)] == ["2011-01-12",
                                                                        "2011-03"]
    # ', so' opens a clause of what follows from it, a past of its own
    text = ("The comet passes closest to the Sun on the 12th, so we may have missed the best "
            "of it.")
    assert [(t.text, t.value) for t in tag(text, "2025-03-04", date_only=True)] == [
        ("the 12th", "2025-03-12")]


def test_a_morning_clock_after_a_past_dusk_is_the_next_morning() -> None:
    # the search stopped at dusk on Tuesday; the wreck was found the next morning
    text = ("Heavy rain slowed the search on Tuesday, and it was called off at dusk. A police "
            "team found the wreck shortly after 8 a.m., police told reporters. The bodies "
            "were flown to Miri at midday.")
    assert [(t.start, t.end, t.text, t.value) for t in tag(text, "2012-10-24", date_only=True)
            ] == [(32, 39, "Tuesday", "2012-10-23"), (66, 70, "dusk", "2012-10-23TEV"),
                  (102, 122, "shortly after 8 a.m.", "2012-10-24T08:00"),
                  (180, 186, "midday", "2012-10-24T12:00")]


def test_a_daytime_clock_after_a_night_told_through_is_the_next_day() -> None:
    # the volunteers kept the whale wet through Sunday night: the attempt was on Monday
    text = ("The whale was spotted by a jogger at about 6:30 a.m. on Sunday. Volunteers kept "
            "its skin wet through Sunday night. The attempt began at 3:30 p.m., and it swam "
            "away at about 4:15 p.m.")
    assert [(t.text, t.value) for t in tag(text, "2019-08-12T19:05")] == [
        ("about 6:30 a.m. on Sunday", "2019-08-11T06:30"),
        ("Sunday night", "2019-08-11TNI"), ("3:30 p.m.", "2019-08-12T15:30"),
        ("about 4:15 p.m.", "2019-08-12T16:15")]
    # a night told at a point leaves its afternoon to the back-story, and a past perfect
    # goes back from a night told through
    text = ("The ferry sank on Sunday night. It left port at 2 p.m. with 300 people on board.")
    assert [(t.text, t.value) for t in tag(text, "2019-08-12T19:05")] == [
        ("Sunday night", "2019-08-11TNI"), ("2 p.m.", "2019-08-11T14:00")]
    text = ("Fans queued through Saturday night. The club had opened the gates at 2 p.m.")
    assert [(t.text, t.value) for t in tag(text, "2019-08-12", date_only=True)] == [
        ("Saturday night", "2019-08-10TNI"), ("2 p.m.", "2019-08-10T14:00")]


def test_an_evening_clock_of_a_flashback_falls_on_the_night_named_before() -> None:
    # a date-only story at this morning's arrest; the escape it goes back to was at night
    text = ("Police said today they have caught the last of two men who escaped from a "
            "hospital on Friday night. He was arrested at a bus station shortly after 7 a.m. "
            "The men had been taken to the hospital for X-rays and ran from a waiting room at "
            "about 10:20 p.m.")
    assert [(t.start, t.end, t.text, t.value) for t in tag(text, "2018-05-14", date_only=True)
            ] == [(12, 17, "today", "2018-05-14"), (86, 98, "Friday night", "2018-05-11TNI"),
                  (133, 153, "shortly after 7 a.m.", "2018-05-14T07:00"),
                  (235, 251, "about 10:20 p.m.", "2018-05-11T22:20")]
    # with the publication's clock, this evening may have come: the story's day
    assert tag(text, "2018-05-14T23:30")[-1].value == "2018-05-14T22:20"


def test_a_century_before_christ_is_bc_and_dates_nothing() -> None:
    text = ("The tomb belonged to a scribe who kept the temple's accounts in the 14th century "
            "BC. The 19th century saw it robbed.")
    found = tag(text, "2015-11-24", date_only=True)
    assert [(t.start, t.end, t.text, t.value, t.begin) for t in found] == [
        (64, 83, "the 14th century BC", "BC13", None),
        (85, 101, "The 19th century", "18", datetime(1800, 1, 1, tzinfo=UTC))]


def test_an_end_still_to_come_is_the_next_day_s() -> None:
    # at 19:45 the curfew's end is tomorrow's 6 a.m.; a past one stays today's
    text = ("He said a curfew is in force until 6 a.m. The roads were closed until 6 a.m. "
            "The tornado touched down at 3:52 p.m.")
    assert [(t.start, t.end, t.text, t.value) for t in tag(text, "2016-04-10T19:45")] == [
        (35, 41, "6 a.m.", "2016-04-11T06:00"), (70, 76, "6 a.m.", "2016-04-10T06:00"),
        (105, 114, "3:52 p.m.", "2016-04-10T15:52")]
    # a day the words name stays that day
    named = "The bridge is shut until 6 a.m. today and the road until 6 a.m. on April 10."
    assert [(t.text, t.value) for t in tag(named, "2016-04-10T19:45")] == [
        ("6 a.m. today", "2016-04-10T06:00"), ("6 a.m. on April 10", "2016-04-10T06:00")]


def test_a_measure_after_a_verb_of_lasting_is_a_duration_not_a_rate() -> None:
    # a count of people before the verb makes no amount of each hour
    assert found("Five students took an hour to finish.") == [
        (19, 26, "an hour", "DURATION", "PT1H", "")]
    assert found("The 12 hostages waited an hour for help.") == [
        (23, 30, "an hour", "DURATION", "PT1H", "")]
    assert found("Two men spent a day in the water.") == [(14, 19, "a day", "DURATION", "P1D", "")]


def test_a_length_an_hour_is_a_speed_and_a_length_a_year_a_rate() -> None:
    assert found("Rain fell at 30 millimetres an hour.") == []
    assert found("He ran 100 metres a minute.") == []
    assert found("The coast retreats about a hundred metres a year.") == [
        (42, 48, "a year", "SET", "P1Y", "")]


def test_a_comma_joins_measures_only_before_a_last_one_joined_by_and() -> None:
    assert found("After two days, 20 minutes of footage was released.") == [
        (6, 14, "two days", "DURATION", "P2D", "AFTER"),
        (16, 26, "20 minutes", "DURATION", "PT20M", "")]
    assert found("Within two hours, 30 minutes of rain had fallen.") == [
        (7, 16, "two hours", "DURATION", "PT2H", ""),
        (18, 28, "30 minutes", "DURATION", "PT30M", "")]
    # a later count that fills the unit before is a duration of its own
    assert found("He served two years, 18 months of it in jail.") == [
        (10, 19, "two years", "DURATION", "P2Y", ""),
        (21, 30, "18 months", "DURATION", "P18M", "")]
    assert found("He served two years 18 months in jail.") == [
        (10, 19, "two years", "DURATION", "P2Y", ""),
        (20, 29, "18 months", "DURATION", "P18M", "")]


def test_some_time_before_a_date_or_off_is_no_stretch() -> None:
    assert found("The meeting is scheduled for some time next week.") == [
        (39, 48, "next week", "DATE", "2024-W13", "")]
    assert found("The talks are planned for some time in May.") == [
        (39, 42, "May", "DATE", "2024-05", "")]
    assert found("He took some time off work.") == []


def test_what_stands_after_a_period_of_reported_figures_is_money() -> None:
    def values(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, "2024-10-26")]

    assert values("Revenue rose in the quarter to about $3 billion.") == [
        ("the quarter", "2024-Q3")]
    # a game's points, a count, a rate: no period of figures
    assert values("The Knicks cut the lead in the quarter to 3 points.") == []
    assert values("Refugee numbers peaked in the year of 10 million refugees.") == []
    assert values("During the year of 9% inflation, wages stalled.") == []


def test_months_counted_from_a_happening_are_no_part_of_a_reported_year() -> None:
    # 'a year earlier' stays the quarter's: the nine months are a stretch since the merger
    assert [(t.text, t.value) for t in tag(
        "Third-quarter net rose. The company has cut 4,000 jobs over the nine months since "
        "the merger, and employment is down from a year earlier.", "2024-10-26")] == [
        ("Third-quarter", "2024-Q3"), ("the nine months", "P9M"), ("a year earlier", "2023-Q3")]


def test_an_abbreviation_inside_an_aside_does_not_end_it() -> None:
    # 'a.m.' inside ', signed at 3:40 a.m. ...,' is no sentence end: the aside's past does
    # not make the main clause past, so 'from May' is the coming May
    assert [(t.text, t.value) for t in tag(
        "The agreement, signed at 3:40 a.m. after talks through the night, gives workers a "
        "pay rise from May.", "2024-03-20")][-1] == ("May", "2024-05")


def test_a_clock_time_after_a_day_and_at_is_on_that_day() -> None:
    # the past clause left the story on its day, and '10 a.m.' took the publication's
    assert found("The judge adjourned the hearing until April 2 at 10 a.m.") == [
        (38, 45, "April 2", "DATE", "2024-04-02", ""),
        (49, 56, "10 a.m.", "TIME", "2024-04-02T10:00", ""),
    ]
    # a clock time that names its own day keeps it
    assert found("The draw, moved from April 2 at 10 a.m. tomorrow, is sold out.")[-1] == (
        32, 48, "10 a.m. tomorrow", "TIME", "2024-03-21T10:00", "")
    # 'at' before no clock time
    assert found("He died on March 3 at his home at the age of 85.") == [
        (11, 18, "March 3", "DATE", "2024-03-03", "")
    ]


def test_units_left_unsaid_before_of_are_a_vague_duration() -> None:
    assert found("The agreement follows decades of conflict between the two groups.") == [
        (22, 29, "decades", "DURATION", "PXY", "")
    ]
    assert found("The disputed 2007 vote led to weeks of violence.") == [
        (13, 17, "2007", "DATE", "2007", ""),
        (30, 35, "weeks", "DURATION", "PXW", ""),
    ]
    # a determiner or an adjective before them, or 'of the week', is none
    assert found("The early years of the war were the hardest.") == []
    assert found("Those were the best days of my life.") == []
    assert found("The shop is open on all days of the week.") == []
    # nor opening hours or a union's days of action
    assert found("The store changed its hours of operation last week.") == [
        (41, 50, "last week", "DATE", "2024-W11", "")]


def test_hundreds_before_2000_are_a_century_and_older_decades_are_decades() -> None:
    assert found("The mill was built in the late 1800s and closed in 1962.") == [
        (22, 36, "the late 1800s", "DATE", "18", "END"),
        (51, 55, "1962", "DATE", "1962", ""),
    ]
    assert found("Sales of smartphones soared in the 2000s.") == [
        (31, 40, "the 2000s", "DATE", "200", "")
    ]
    assert found("The blue-and-white vase was made for the Xuande emperor in the 1420s.") == [
        (59, 68, "the 1420s", "DATE", "142", "")
    ]
    assert found("He sold 1500s at the market.") == []


def test_a_number_that_labels_a_place_or_a_text_is_no_year() -> None:
    # each gave a year before
    assert found("Police were called to a home in the 1900 block of West Main Street.") == []
    assert found("The president spoke at 1600 Pennsylvania Avenue.") == []
    assert found("The victim was found near 1800 N. Clark Street.") == []
    assert found("The U.N. Security Council passed Resolution 1973 in March 2011.") == [
        (52, 62, "March 2011", "DATE", "2011-03", "")
    ]
    assert found("Flight 2013 from Lagos landed safely.") == []
    # 'block' is a street's part only before 'of'
    assert found("In 2017 block grants to states fell.") == [(3, 7, "2017", "DATE", "2017", "")]
    # a year before a street's name with no place's word, or after a label's word
    assert found("In 2008 Wall Street crashed.") == [(3, 7, "2008", "DATE", "2008", "")]
    assert found("The flight in 2012 was delayed.") == [(14, 18, "2012", "DATE", "2012", "")]


def test_a_restated_wire_clock_in_brackets_is_no_year() -> None:
    # '1600' was the year 1600 and kept the clock time from the Tuesday after it
    assert found("The ceasefire took effect at 6 p.m. (1600 GMT) on Tuesday.") == [
        (29, 35, "6 p.m.", "TIME", "2024-03-19T18:00", ""),
        (50, 57, "Tuesday", "DATE", "2024-03-19", ""),
    ]
    assert found("Polls close at 8 p.m. (1900 GMT).") == [
        (15, 21, "8 p.m.", "TIME", "2024-03-20T20:00", "")
    ]


def test_the_day_a_market_moved_on_is_the_trading_day() -> None:
    text = ("Brent crude settled at $70.60 a barrel in London at 5 p.m., down 2.7 percent on "
            "the day. It had fallen 6.6 percent on Thursday.")
    assert [(t.start, t.text, t.value) for t in tag(text, "2014-11-28T18:30:00+00:00")] == [
        (52, "5 p.m.", "2014-11-28T17:00"), (80, "the day", "2014-11-28"),
        (118, "Thursday", "2014-11-27")]
    # another day: one a clause or 'of' names
    assert found("He scored 30 points on the day he turned 30.") == []
    assert found("Turnout was 40 percent on the day of the vote.") == []


def test_a_holidays_weekend_is_the_weekend_of_its_week() -> None:
    june = "2015-06-16T17:30:00+00:00"
    text = "Floods swept away two families over the Memorial Day weekend."
    # Memorial Day 2015 was Monday 25 May: the weekend before it (was the Monday alone)
    assert [(t.start, t.text, t.value) for t in tag(text, june)] == [
        (40, "Memorial Day weekend", "2015-W21-WE")]
    text = "Shoppers spent a record $59.1 billion over the Thanksgiving weekend."
    assert [(t.text, t.value) for t in tag(text, "2014-12-01T12:00:00+00:00")] == [
        ("Thanksgiving weekend", "2014-W48-WE")]
    assert [(t.text, t.value) for t in tag("He died on Thanksgiving weekend 2010.", june)] == [
        ("Thanksgiving weekend 2010", "2010-W47-WE")]
    # a Tuesday holiday's is the weekend before it too: the Fourth was a Tuesday in 2023
    text = "Millions are expected to travel over the Fourth of July weekend."
    assert [(t.text, t.value) for t in tag(text, "2023-06-28T10:00:00+00:00")] == [
        ("the Fourth of July weekend", "2023-W26-WE")]


def test_the_previous_session_of_a_market_is_the_trading_day_before_the_story() -> None:
    text = ("European shares rose in early trading on Friday, extending gains from the "
            "previous session.")
    assert found(text) == [
        (41, 47, "Friday", "DATE", "2024-03-15", ""),
        (70, 90, "the previous session", "DATE", "2024-03-14", ""),
    ]
    # a weekday: Friday's before a Monday; the story stays at Monday
    assert [(t.text, t.value) for t in tag(
        "The index fell on Monday after a rally in the prior trading session. Bonds rose "
        "later that day.", WEDNESDAY)] == [
        ("Monday", "2024-03-18"), ("the prior trading session", "2024-03-15"),
        ("later that day", "2024-03-18")]
    # a parliament's or a court's session is no trading day
    assert found("Lawmakers failed to pass the bill in the previous session.") == []
    # a part of a whole ('60 percent of lawmakers') is no market's move
    assert found("The bill, backed by 60 percent of lawmakers, stalled in the previous "
                 "session.") == []
    assert found("The dollar fell 0.5 percent after rising in the previous session.") == [
        (44, 64, "the previous session", "DATE", "2024-03-19", "")]
    assert found("The previous session of parliament ended in June.")[0][2] == "June"


def test_a_verb_s_coming_before_a_time_counted_back_is_no_stretch_ahead() -> None:
    assert found('"Nobody saw this coming a week ago," said a strategist.') == [
        (24, 34, "a week ago", "DATE", "2024-W11", "")]
    assert found("Few saw it coming two years earlier.")[0][2:5] == (
        "two years earlier", "DATE", "2022")
    # the stretches themselves stay
    assert found("Sales have fallen over the past two years.") == [
        (23, 41, "the past two years", "DURATION", "P2Y", "")]
    assert found("Storms are coming in the next few days.")[0][2] == "the next few days"


def test_a_dateline_in_capitals_is_a_date_and_a_capital_may_or_march_only_before_a_day() -> None:
    assert found("MARCH 19 (Reuters) - The company said on TUESDAY it would cut jobs.") == [
        (0, 8, "MARCH 19", "DATE", "2024-03-19", ""),
        (41, 48, "TUESDAY", "DATE", "2024-03-19", ""),
    ]
    assert found("LONDON, FEB. 27 (Reuters) - Shares fell.") == [
        (8, 15, "FEB. 27", "DATE", "2024-02-27", "")
    ]
    # a headline's verbs
    assert found("PROTESTERS MARCH ON CAPITAL AS FEARS MAY GROW") == []


def test_a_weekday_before_a_date_of_last_or_next_year_is_one_date() -> None:
    # 'Monday, September 22 last year' is one day, as 'Monday, September 22, 2008' is,
    # not a Monday near the publication beside it
    assert found("A customer complained on Monday, September 22 last year, about mice.") == [
        (25, 55, "Monday, September 22 last year", "DATE", "2023-09-22", "")
    ]
    assert found("The rules change on Friday, 4 April next year.") == [
        (20, 45, "Friday, 4 April next year", "DATE", "2025-04-04", "")
    ]
    # a month alone after a weekday is not that weekday's month
    assert found("He left on Monday, June last year.") == [
        (11, 17, "Monday", "DATE", "2024-03-18", ""),
        (19, 33, "June last year", "DATE", "2023-06", ""),
    ]
    # the story follows it: 'the next morning' is the morning after that day
    text = ("The court heard that a customer complained to the council on Monday, September 22 "
            "last year, about droppings. Two officers made an unannounced visit the next "
            "morning.")
    frame = extract_many([article_from_text(text, WEDNESDAY, "Europe/London")], inferred=True)
    assert [(r.time_text, str(r.start)) for r in frame.itertuples()] == [
        ("on Monday, September 22 last year", "2023-09-22 00:00:00+01:00"),
        ("the next morning", "2023-09-23 06:00:00+01:00"),
        ("", "2024-03-20 00:00:00+00:00"),  # the hearing: a saying ('heard that')
    ]


def test_a_negative_s_contraction_is_a_tense_cue() -> None:
    # 'didn't', 'wasn't', 'couldn't' tell the past, 'won't' the future: a weekday in their
    # clause is the one gone or the one coming (published on a Wednesday)
    assert found("It didn't rain on Friday.") == [(18, 24, "Friday", "DATE", "2024-03-15", "")]
    assert found("He wasn't at home on Friday.") == [
        (21, 27, "Friday", "DATE", "2024-03-15", "")]
    assert found("The engineer couldn't come until Friday.") == [
        (33, 39, "Friday", "DATE", "2024-03-15", "")]
    assert found("The shop won't open until Friday.") == [
        (26, 32, "Friday", "DATE", "2024-03-22", "")]
    # 'could' alone still looks ahead
    assert found("More rain on Friday could cause flooding.") == [
        (13, 19, "Friday", "DATE", "2024-03-22", "")]


def test_a_source_who_could_not_be_reached_was_tried_on_the_day_gone() -> None:
    # vocab past_inability: the wire's failed attempt is past (published on a Wednesday),
    # where 'could' of a plan still looks ahead
    assert found("Jones could not be reached for comment on Friday.") == [
        (42, 48, "Friday", "DATE", "2024-03-15", "")]
    assert found("Smith could not immediately be reached Friday.") == [
        (39, 45, "Friday", "DATE", "2024-03-15", "")]
    assert found("The talks could resume on Friday.") == [
        (26, 32, "Friday", "DATE", "2024-03-22", "")]


def test_a_price_in_a_currency_is_no_clock_time() -> None:
    # macro amount_word: a dotted figure before a currency ('2.40 cedis', '24.50 pence')
    # is a price; a dotted clock before a clause stays one
    assert found("The shares, priced at 2.40 cedis on November 11, opened at 2.65 cedis.") == [
        (36, 47, "November 11", "DATE", "2023-11-11", "")]
    assert found("Gas traded at 24.50 pence a therm.") == []
    assert found("The train left at 10.15 and reached York at 12.40.") == [
        (18, 23, "10.15", "TIME", "2024-03-20T10:15", ""),
        (44, 49, "12.40", "TIME", "2024-03-20T12:40", "")]


def test_a_month_after_a_preposition_of_time_is_one_before_a_name() -> None:
    # month_alone: 'in June Tom put' is the month; 'and June Smith', 'in May Smith's
    # report' are a name
    assert found("In May Jack and June Smith married.") == [(3, 6, "May", "DATE", "2023-05", "")]
    assert found("Since March Ortiz has led the team.") == [
        (6, 11, "March", "DATE", "2024-03", "")]
    assert found("The report in May Smith's office was leaked.") == []


def test_a_week_spent_on_a_days_work_is_no_week_on_that_day() -> None:
    # rule weeks_on_weekday: not before a possessive or a part of the day
    assert found("He spent a week on Tuesday's report.") == [
        (9, 15, "a week", "DURATION", "P1W", ""), (19, 26, "Tuesday", "DATE", "2024-03-19", "")]
    assert found("She worked a week on Friday nights.") == [
        (11, 17, "a week", "DURATION", "P1W", ""),
        (21, 34, "Friday nights", "SET", "XXXX-WXX-5TNI", "")]


def test_a_second_infinitive_after_and_keeps_the_firsts_future() -> None:
    # tense.clause_break: 'and to be back' opens no clause of its own, so the past 'told'
    # does not reach 'the weekend' (published on a Wednesday)
    text = ('"We expect to restart the line on Thursday and to be back at full rates by '
            'the weekend," a spokesman told Reuters on Tuesday.')
    assert [(t.text, t.value) for t in tag(text, WEDNESDAY)] == [
        ("Thursday", "2024-03-21"), ("the weekend", "2024-W12-WE"), ("Tuesday", "2024-03-19")]


def test_a_stretch_of_clock_times_beside_a_set_is_a_routines_hours() -> None:
    # ranges.daily_clock_ranges (news-dating-22's explainer, news-dating-19's bridge
    # closure): the hours are on no one day; a stretch without a SET keeps its day
    assert [(t.text, t.value) for t in tag(
        "The depots are open from 8 a.m. to 8 p.m. daily.", WEDNESDAY)] == [
        ("8 a.m.", "XXXX-XX-XXT08:00"), ("8 p.m.", "XXXX-XX-XXT20:00"), ("daily", "P1D")]
    assert [(t.text, t.value) for t in tag(
        "Shuttle buses will run every 20 minutes from 5 a.m. to 10 p.m.", WEDNESDAY)] == [
        ("every 20 minutes", "PT20M"), ("5 a.m.", "XXXX-XX-XXT05:00"),
        ("10 p.m.", "XXXX-XX-XXT22:00")]
    assert [(t.text, t.value) for t in tag(
        "The shop was robbed between 2 a.m. and 3 a.m.", WEDNESDAY)] == [
        ("2 a.m.", "2024-03-20T02:00"), ("3 a.m.", "2024-03-20T03:00")]


def test_one_clock_time_beside_a_set_is_a_routines_hour() -> None:
    # ranges.daily_clock_ranges (news-dating-23's school newsletter): one clock time after
    # a SET and 'at', or before one, is on no one day; not one after 'from', which may
    # start a service on one day (news-dating-22's rail notice)
    assert [(t.text, t.value) for t in tag(
        "Breakfast club opens at 7.45am each morning.", WEDNESDAY)] == [
        ("7.45am", "XXXX-XX-XXT07:45"), ("each morning", "XXXX-XX-XXTMO")]
    assert [(t.text, t.value) for t in tag(
        "Celebration Assembly is every Friday at 2.45pm; parents are always welcome.",
        WEDNESDAY)] == [("every Friday", "XXXX-WXX-5"), ("2.45pm", "XXXX-XX-XXT14:45")]
    assert [(t.text, t.value) for t in tag(
        "The museum's gates open at 10am on Saturdays.", WEDNESDAY)] == [
        ("10am", "XXXX-XX-XXT10:00"), ("Saturdays", "XXXX-WXX-6")]
    assert [(t.text, t.value) for t in tag(
        "Extra buses will leave every ten minutes from 12:30.", WEDNESDAY)] == [
        ("every ten minutes", "PT10M"), ("12:30", "2024-03-20T12:30")]


def test_the_end_of_a_stretch_of_24_hour_clock_times_is_a_clock() -> None:
    # rules.toml clock_preposition (news-dating-22's rail notice): 'to' after 'from' and
    # a clock time ends a stretch; a figure after 'from' and a figure stays one
    assert [(t.text, t.value) for t in tag(
        "The ferry sailed from 09:05 to 11:20 without a stop.", WEDNESDAY)] == [
        ("09:05", "2024-03-20T09:05"), ("11:20", "2024-03-20T11:20")]
    assert [(t.text, t.value) for t in tag(
        "Its output rose from 12 to 14.30 million tonnes.", WEDNESDAY)] == []
    assert [(t.text, t.value) for t in tag(
        "Buses will run every 15 minutes from 07:00 to 23:30 each day.", WEDNESDAY)] == [
        ("every 15 minutes", "PT15M"), ("07:00", "XXXX-XX-XXT07:00"),
        ("23:30", "XXXX-XX-XXT23:30"), ("each day", "P1D")]


def test_a_bare_hour_opening_a_stretch_takes_its_ends_half_of_the_day() -> None:
    # rules.toml clock_range_start (news-dating-28's Manaus boat, news-dating-24's potter's
    # blog): 'between 2 and 4 a.m.' starts at 2 a.m.; a later hour is in the other half
    assert [(t.text, t.value) for t in tag(
        "It ran aground early on Thursday, between 2 and 4 a.m., near Novo Airao.",
        WEDNESDAY)] == [("early on Thursday", "2024-03-14"), ("2", "2024-03-14T02:00"),
                        ("4 a.m.", "2024-03-14T04:00")]
    assert [(t.text, t.value) for t in tag(
        "I teach the class every Tuesday from 7 to 9pm.", WEDNESDAY)] == [
        ("every Tuesday", "XXXX-WXX-2"), ("7", "XXXX-XX-XXT19:00"),
        ("9pm", "XXXX-XX-XXT21:00")]
    assert [(t.text, t.value) for t in tag(
        "The curfew runs from 10 to 6 a.m.", WEDNESDAY)] == [
        ("10", "2024-03-20T22:00"), ("6 a.m.", "2024-03-21T06:00")]
    assert [(t.text, t.value) for t in tag(
        "Turnout rose from 12 to 15 per cent.", WEDNESDAY)] == []


def test_a_stretch_of_months_in_a_yearly_round_is_every_years() -> None:
    # ranges.yearly_month_ranges (news-dating-23's Tonga advisory, news-dating-9's Andes
    # landslide, news-dating-21's whales, news-dating-22's iceberg): a season or a yearly
    # SET makes the months every year's; one year told in its clause, a weekly SET's
    # timetable or no round at all keeps them one year's
    assert [(t.text, t.value) for t in tag(
        "Tonga's tropical cyclone season runs from November to April.", WEDNESDAY)] == [
        ("November", "XXXX-11"), ("April", "XXXX-04")]
    assert [(t.text, t.value) for t in tag(
        "Southern right whales visit the coast of Uruguay every year, from June to "
        "November, to breed and calve, and the country declared its waters a sanctuary "
        "in 2013.", WEDNESDAY)] == [
        ("every year", "P1Y"), ("June", "XXXX-06"), ("November", "XXXX-11"),
        ("2013", "2013")]
    assert [(t.text, t.value) for t in tag(
        "The hunting season runs from September 1 to January 31.", WEDNESDAY)] == [
        ("September 1", "XXXX-09-01"), ("January 31", "XXXX-01-31")]
    assert [(t.text, t.value) for t in tag(
        "Schools close every summer; this year the break runs from July 20 to "
        "September 3.", WEDNESDAY)] == [
        ("every summer", "XXXX-SU"), ("this year", "2024"), ("July 20", "2024-07-20"),
        ("September 3", "2024-09-03")]
    assert [(t.text, t.value) for t in tag(
        "This season runs from March to October, the league said.", WEDNESDAY)][1:] == [
        ("March", "2024-03"), ("October", "2024-10")]
    assert not any(t.value.startswith("XXXX") for t in tag(
        "A jet will fly to the island every Saturday from 2 December until the end of "
        "March.", WEDNESDAY)[1:])
    assert [(t.text, t.value) for t in tag(
        "The museum will be closed from March to May for repairs.", WEDNESDAY)] == [
        ("March", "2024-03"), ("May", "2024-05")]

def test_a_present_today_set_against_a_history_is_nowadays() -> None:
    # resolve.relative_day (news-dating-13's dam-flood anniversary, news-dating-15's
    # covered bridge): PRESENT_REF, its interval still the publication day; a past
    # 'today' after the history, or a present one with no history told, is the day
    flood = "2005-10-12"
    assert [(t.text, t.value) for t in tag(
        "In October 1955 the Marlow Brook dam burst. Fewer than a hundred people in town "
        "today remember it.", flood)] == [("October 1955", "1955-10"), ("today", "PRESENT_REF")]
    assert [(t.text, t.value) for t in tag(
        "In 1850 the mill opened. Today, the village has two shops and a pub.", flood)][1:] == [
        ("Today", "PRESENT_REF")]
    assert [(t.text, t.value) for t in tag(
        "In 1850 the mill opened. Today the council said it would buy the site.", flood)][1:] == [
        ("Today", "2005-10-12")]
    assert [(t.text, t.value) for t in tag(
        "Stocks are lower today in Tokyo.", flood)] == [("today", "2005-10-12")]

def test_this_week_written_on_a_sunday_is_the_week_ahead_unless_told_as_past() -> None:
    # relative_period (news-dating-22's Sunday week-ahead column; news-dating-17's concert
    # report and a weekly programme's 'our report this week' for the week gone)
    sunday = "2024-07-28T16:00:00+00:00"
    assert [(t.text, t.value) for t in tag(
        "Markets expect no change this week but a cut in September.", sunday)] == [
        ("this week", "2024-W31"), ("September", "2024-09")]
    assert [(t.text, t.value) for t in tag(
        "The orchestra will play in Leipzig this week.", sunday)] == [("this week", "2024-W31")]
    assert [(t.text, t.value) for t in tag(
        "The orchestra received an invitation this week.", sunday)] == [("this week", "2024-W30")]
    assert [(t.text, t.value) for t in tag(
        "Women in American politics is our report this week.", sunday)] == [
        ("this week", "2024-W30")]
    assert [(t.text, t.value) for t in tag(
        "Markets expect no change this week.", "2024-07-26T16:00:00+00:00")] == [
        ("this week", "2024-W30")]


def test_a_clock_time_on_a_weekday_is_one_time_on_that_day() -> None:
    # news-dating-16's heat warning; the clock alone was a TIME and the weekday a DATE
    assert found("The warning came into force at 6 a.m. on Tuesday and will remain in place "
                 "until 6 a.m. on Friday.") == [
        (31, 48, "6 a.m. on Tuesday", "TIME", "2024-03-19T06:00", ""),
        (80, 96, "6 a.m. on Friday", "TIME", "2024-03-22T06:00", ""),
    ]
    assert found("The strike ended at noon on Monday.") == [
        (20, 34, "noon on Monday", "TIME", "2024-03-18T12:00", "")
    ]
    # before a part of the day, 'on' joins nothing: the clock and the night stay two
    assert found("Officers arrived at 2am on Saturday night.") == [
        (20, 23, "2am", "TIME", "2024-03-17T02:00", ""),
        (27, 41, "Saturday night", "DATE", "2024-03-16TNI", ""),
    ]


def test_four_digits_after_a_preposition_are_a_clock_with_a_zero_or_day_words() -> None:
    # news-dating-26's sailing blog: no zone after the 24-hour clock times
    text = ("We cleared out with customs yesterday afternoon and slipped the mooring at "
            "0650 this morning. By noon we had cleared the outer islands.")
    assert [(t.text, t.value) for t in tag(text, "2007-08-17T21:15:00+00:00")][1] == (
        "0650 this morning", "2007-08-17T06:50")
    assert [(t.text, t.type, t.value) for t in tag(
        "Landfall at 0540, in rain.", "2007-09-01T21:15:00+00:00")] == [
        ("0540", "TIME", "2007-09-01T05:40")]
    # without a zero or day words four digits stay a year or a figure
    assert [t.text for t in tag("The index closed at 1500 on Friday.", "2024-03-20")] == [
        "Friday"]


def test_an_ordinal_day_after_since_is_the_last_such_day() -> None:
    # news-dating-26's barrel-store fire, published on 21 January 2014
    text = ("The unit had been running without a break since the 14th, when temperatures "
            "in the valley first passed 44 degrees in last week's heatwave.")
    assert next((t.text, t.value) for t in tag(text, "2014-01-21T18:40:00+00:00")) == (
        "the 14th", "2014-01-14")
    # in a present perfect too, not the next month's day
    assert [(t.text, t.value) for t in tag(
        "The bridge has been shut since the 3rd.", "2024-03-20T15:00:00+00:00")] == [
        ("the 3rd", "2024-03-03")]
    assert [t.text for t in tag("It is the worst flood since the 19th century.",
                                "2024-03-20")] == ["the 19th century"]


def test_a_year_takes_the_words_of_a_guess_before_it() -> None:
    # news-dating-25's shipyard history: 'around 1850' is one DATE with its mod
    text = ("A ship's carpenter named Robert Lusk came to Cullerness from Arbroath around "
            "1850 and began repairing fishing boats on the shingle.")
    assert [(t.text, t.value, t.mod) for t in tag(text, "2009-05-16")] == [
        ("around 1850", "1850", "APPROX")]
    assert [(t.text, t.mod) for t in tag("I have done that since about 1975.",
                                         "2018-11-03")] == [("about 1975", "APPROX")]
    # not a count, and no other word of nearness
    assert tag("About 2000 people marched.", "2024-03-20") == []
    assert [t.text for t in tag("The plant closed shortly before 1990.", "2024-03-20")] == [
        "1990"]


def test_the_uk_bank_holidays_named_by_season_are_their_mondays() -> None:
    # news-dating-22's rail notice: the last Monday of May, not 'the Spring' as a season
    text = ("The same section closes at 21:00 on Friday 23 May and reopens at 05:30 on "
            "Tuesday 27 May, over the Spring bank holiday on Monday 26 May.")
    assert [(t.text, t.value) for t in tag(text, "2025-05-15T09:00:00+00:00")][2] == (
        "Spring bank holiday", "2025-05-26")
    assert [(t.text, t.value) for t in tag(
        "Crowds filled the beaches on the August Bank Holiday, police said.",
        "2025-05-15")] == [("August Bank Holiday", "2024-08-26")]
