"""Gaps in the tagger's general English found in a session's review, in real sentences."""

from __future__ import annotations

from datetime import UTC, datetime

from timeline.temporal import tag

DCT = "2024-03-20T15:00:00+00:00"


def found(sentence: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(sentence, dct)]


def test_the_following_decade_counts_from_the_year_told_of() -> None:
    assert found("He founded the firm in 1985 and sold it the following decade.") == [
        ("1985", "DATE", "1985"),
        ("the following decade", "DATE", "199"),
    ]
    assert found("The abbey was built in 1850 and burned down the following century.") == [
        ("1850", "DATE", "1850"),
        ("the following century", "DATE", "19"),
    ]
    assert found("Crime fell over the past decade.") == [("the past decade", "DURATION", "P10Y")]


def test_a_clock_word_after_a_relative_day_is_one_time_on_that_day() -> None:
    assert found("The offer expires tomorrow noon.") == [
        ("tomorrow noon", "TIME", "2024-03-21T12:00")
    ]
    assert found("The ceasefire ends tomorrow midnight.") == [
        ("tomorrow midnight", "TIME", "2024-03-21T24:00")
    ]


def test_the_past_fiscal_year_keeps_its_article() -> None:
    assert found("Profit rose 4% in the past fiscal year.") == [
        ("the past fiscal year", "DATE", "2023")
    ]
    assert found("The utility expects a loss this fiscal year.") == [
        ("this fiscal year", "DATE", "2024")
    ]


def test_the_last_quarter_of_a_named_year_is_its_fourth() -> None:
    assert found("Margins were thin in this year's last quarter.") == [
        ("this year's last quarter", "DATE", "2024-Q4")
    ]
    assert found("Sales fell in the 2009 last quarter.") == [
        ("the 2009 last quarter", "DATE", "2009-Q4")
    ]
    assert found("Sales fell in the last quarter.") == [("the last quarter", "DATE", "2023-Q4")]


def test_a_year_right_after_a_quarter_is_its_year() -> None:
    assert found("Exports slumped in the first quarter 2009 as demand dried up.") == [
        ("the first quarter 2009", "DATE", "2009-Q1")
    ]
    assert found("In the fourth quarter 2,000 jobs went.") == [
        ("the fourth quarter", "DATE", "2023-Q4")
    ]


def test_a_periodical_named_by_its_frequency_is_no_set() -> None:
    assert found("Her first poems appeared in a literary quarterly in 1987.") == [
        ("1987", "DATE", "1987")
    ]
    assert found("The Paris Review, a literary quarterly, was founded in 1953.") == [
        ("1953", "DATE", "1953")
    ]
    assert found("She wrote a column for the Sunday weekly and later for a new weekly.") == []
    assert found("The state-run daily said on Monday that talks had failed.") == [
        ("Monday", "DATE", "2024-03-18")
    ]
    # the adverb and the adjective before its noun stay SETs, as TimeBank marks them
    assert found("The fund pays a dividend quarterly, its manager said.") == [
        ("quarterly", "SET", "P3M")
    ]
    assert found("Clinton said in his weekly radio address that crime fell.") == [
        ("weekly", "SET", "P1W")
    ]
    assert found("The daily, weekly and monthly figures all rose.") == [
        ("daily", "SET", "P1D"), ("weekly", "SET", "P1W"), ("monthly", "SET", "P1M")
    ]
    # a noun that is an object, not a periodical's modifier: the adverb
    assert found("The committee reports to the Board monthly.") == [("monthly", "SET", "P1M")]
    assert found("She reads the paper daily.") == [("daily", "SET", "P1D")]
    assert found("He wrote for the Italian daily, which is based in Rome.") == []
    # after a verb, the phrase is its object and the word an adverb, whatever the object
    for sentence, word, value in [
        ("The prime minister meets the opposition weekly to discuss the bill.", "weekly", "P1W"),
        ("Prices are checked by a local official daily.", "daily", "P1D"),
        ("The envoy briefs the Vatican weekly.", "weekly", "P1W"),
        ("The Pentagon briefs the Saudi daily.", "daily", "P1D"),
        ("He meets his co-workers weekly to plan.", "weekly", "P1W"),
        ("The mayor consults the party monthly.", "monthly", "P1M"),
    ]:
        assert found(sentence) == [(word, "SET", value)], sentence
    assert found("The English-language daily reported the strike.") == []


def test_a_time_after_a_year_told_alone_is_within_that_year() -> None:
    # 'the following weekend' after a year with no day told in it: 1998, the week unknown
    assert found("In 1998 she met him at a party. They married the following weekend.") == [
        ("1998", "DATE", "1998"),
        ("the following weekend", "DATE", "1998-WXX-WE"),
    ]
    assert found("In 1998, she met him. They married the following day and left the next "
                 "morning for Rome.") == [
        ("1998", "DATE", "1998"),
        ("the following day", "DATE", "1998-XX-XX"),
        ("the next morning", "TIME", "1998-XX-XXTMO"),
    ]
    assert found("In 1998 she met him at a party. They married the following Saturday.") == [
        ("1998", "DATE", "1998"),
        ("the following Saturday", "DATE", "1998-WXX-6"),
    ]
    assert found("In 1998 she met him at a party. The following month they married.") == [
        ("1998", "DATE", "1998"),
        ("The following month", "DATE", "1998-XX"),
    ]
    # the year places the happening; a day told in it still counts
    (_, weekend) = tag("In 1998 she met him at a party. They married the following weekend.",
                       DCT)
    assert (weekend.begin, weekend.until) == (
        datetime(1998, 1, 1, tzinfo=UTC), datetime(1999, 1, 1, tzinfo=UTC)
    )
    assert found("On March 3, 1998 she met him. They married the following weekend.") == [
        ("March 3, 1998", "DATE", "1998-03-03"),
        ("the following weekend", "DATE", "1998-W11-WE"),
    ]
    # a year of background ('since', 'by', 'the 1987 crash') is no time of the story
    assert found("The family had run the shop since 1987. More than 2,000 people attended "
                 "a vigil the following weekend.") == [
        ("1987", "DATE", "1987"),
        ("the following weekend", "DATE", "2024-W13-WE"),
    ]


def test_a_time_after_a_decade_told_has_no_known_year() -> None:
    assert found("In the 1990s the firm grew fast. The following spring it moved to Ohio.") == [
        ("the 1990s", "DATE", "199"),
        ("The following spring", "DATE", "XXXX-SP"),
    ]
    assert found("In the 1990s the firm grew fast. The following June it moved to Ohio.") == [
        ("the 1990s", "DATE", "199"),
        ("The following June", "DATE", "XXXX-06"),
    ]
    assert found("In the 1990s the firm grew fast. The following month it moved.") == [
        ("the 1990s", "DATE", "199"),
        ("The following month", "DATE", "XXXX-XX"),
    ]
    (_, spring) = tag("In the 1990s the firm grew fast. The following spring it moved.", DCT)
    assert spring.begin is None
    assert found("He was elected mayor in 1990 and resigned the following spring.") == [
        ("1990", "DATE", "1990"),
        ("the following spring", "DATE", "1991-SP"),
    ]


def test_the_next_season_in_a_past_clause_counts_from_the_story() -> None:
    assert found("He was elected mayor in 1990. The next spring he resigned.") == [
        ("1990", "DATE", "1990"),
        ("next spring", "DATE", "1991-SP"),
    ]
    assert found("In the 1990s the firm grew fast. The next spring it moved to Ohio.") == [
        ("the 1990s", "DATE", "199"),
        ("next spring", "DATE", "XXXX-SP"),
    ]
    # told from now in a present or future clause, as 'next spring' alone is
    assert found("Gas stocks fell in 2022. Europe must prepare for the next winter.") == [
        ("2022", "DATE", "2022"),
        ("next winter", "DATE", "2024-WI"),
    ]


def test_so_long_later_after_a_year_told_alone_is_within_that_year() -> None:
    text = "In 1998 she met him at a party. Two days later they married in Las Vegas."
    (_, later) = tag(text, DCT)
    assert (later.text, later.type, later.value) == ("Two days", "DURATION", "P2D")
    assert (later.begin, later.until) == (
        datetime(1998, 1, 1, tzinfo=UTC), datetime(1999, 1, 1, tzinfo=UTC)
    )
    assert found("In 1998 she met him at a party. Three days earlier she had left Paris.") == [
        ("1998", "DATE", "1998"),
        ("Three days earlier", "DATE", "1998-XX-XX"),
    ]
    (_, years) = tag("In the 1990s the firm grew fast. Two years later it moved to Ohio.", DCT)
    assert (years.value, years.begin) == ("P2Y", None)
    # a year in a relative clause tells of its noun, not of the story
    assert found("Juanita Castro, who arrived in Miami in 1961, wept. The following week "
                 "she flew to Washington.") == [
        ("1961", "DATE", "1961"),
        ("The following week", "DATE", "2024-W13"),
    ]


def test_a_year_framing_the_narration_is_fronted() -> None:
    # a year at the end of a complement, a subordinate clause, a main clause or a past
    # perfect's sentence is no time of the story: what follows counts from its day
    news = "2024-03-20T12:00:00+00:00"
    assert found("The company said on Monday it expects profits to rise in 2025. The next "
                 "day, its shares fell 5 percent.", news) == [
        ("Monday", "DATE", "2024-03-18"), ("2025", "DATE", "2025"),
        ("The next day", "DATE", "2024-03-19"),
    ]
    assert found("On Monday the firm said sales fell in 2023. The following day, its chief "
                 "executive resigned.", news) == [
        ("Monday", "DATE", "2024-03-18"), ("2023", "DATE", "2023"),
        ("The following day", "DATE", "2024-03-19"),
    ]
    assert found("The merger is expected to close in 2025. The following week, regulators "
                 "will decide.", news) == [
        ("2025", "DATE", "2025"), ("The following week", "DATE", "2024-W13"),
    ]
    assert found("The council met on Monday. It had been founded in 1998. The next day it "
                 "voted to close the road.", news) == [
        ("Monday", "DATE", "2024-03-18"), ("1998", "DATE", "1998"),
        ("The next day", "DATE", "2024-03-19"),
    ]
    (_, later) = tag("The bank reported a loss in 2023. Two days later, its chief executive "
                     "resigned.", news)
    assert (later.text, later.value) == ("Two days", "P2D")
    assert (later.begin, later.until) == (
        datetime(2024, 3, 22, tzinfo=UTC), datetime(2024, 3, 23, tzinfo=UTC)
    )
    assert found("In 1998 she had met him at a party. They married the following "
                 "weekend.", news) == [
        ("1998", "DATE", "1998"), ("the following weekend", "DATE", "2024-W13-WE"),
    ]
    # fronted before a future or a plan, it tells what lies ahead of the story's day
    assert found("In 2025, the company expects profits to rise. The next day, its shares "
                 "fell 5 percent.", news) == [
        ("2025", "DATE", "2025"), ("The next day", "DATE", "2024-03-21"),
    ]
    assert found("In 2025 the merger will close. The following week, regulators will "
                 "decide.", news) == [
        ("2025", "DATE", "2025"), ("The following week", "DATE", "2024-W13"),
    ]
    # fronted, after a conjunction or with a comma, it frames what follows
    assert found("But in 1998, she met him at a party. Three days earlier she had left "
                 "Paris.", news) == [
        ("1998", "DATE", "1998"), ("Three days earlier", "DATE", "1998-XX-XX"),
    ]
    assert found("During 1998 the band toured. The following month they broke up.", news) == [
        ("1998", "DATE", "1998"), ("The following month", "DATE", "1998-XX"),
    ]
    assert found("Throughout the 1990s the firm grew. The following spring it moved to "
                 "Ohio.", news) == [
        ("the 1990s", "DATE", "199"), ("The following spring", "DATE", "XXXX-SP"),
    ]


def test_a_year_framing_the_narration_ends_where_the_story_leaves_it() -> None:
    # a later week brings the story to its own time: what follows counts from there
    assert found("In 2019, she joined the company as an intern. She was named chief "
                 "executive last week, and the next day shares rose 5%.") == [
        ("2019", "DATE", "2019"),
        ("last week", "DATE", "2024-W11"),
        ("the next day", "DATE", "2024-03-21"),
    ]
    assert found("In 2019, she joined the company. This week she cut 300 jobs. The "
                 "following day shares rose.")[2] == ("The following day", "DATE", "2024-03-21")


def test_a_year_framing_the_narration_leaves_present_and_future_clauses_alone() -> None:
    for sentence, value in [
        ("In 2022, inflation peaked at 9%. The next day's figures will show whether prices "
         "are easing.", "2024-03-21"),
        ("In 2023, inflation hit 10%. The following month is expected to bring relief.",
         "2024-04"),
        ("In 2023, the club won the league. The following weekend it plays its first match "
         "at home.", "2024-W13-WE"),
        ("In 2005, the bridge opened. \"We will finish the repairs the following week,\" "
         "the mayor said.", "2024-W13"),
    ]:
        assert found(sentence)[1][2] == value, sentence
    (_, later) = tag("In 2023, the bank was fined. A week later, it is appealing the decision.",
                     DCT)
    assert (later.value, later.begin, later.until) == (
        "P1W", datetime(2024, 3, 27, tzinfo=UTC), datetime(2024, 3, 28, tzinfo=UTC))


def test_a_fronted_month_frames_the_narration() -> None:
    news = "2024-03-20T12:00:00+00:00"

    def timex(sentence: str, text: str) -> tuple[str, datetime | None, datetime | None]:
        one = next(t for t in tag(sentence, news) if t.text == text)
        return one.value, one.begin, one.until

    march, april = datetime(2019, 3, 1, tzinfo=UTC), datetime(2019, 4, 1, tzinfo=UTC)
    # a day of the month told of: the value says March, so the interval is March's
    assert timex("In March 2019 the plant closed. The following day workers protested.",
                 "The following day") == ("2019-03-XX", march, april)
    assert timex("In March 2019, the plant closed. The next morning workers protested.",
                 "The next morning") == ("2019-03-XXTMO", march, april)
    # a week of its year: within the month and a week after it
    assert timex("In March 2019 the plant closed. The following week workers protested.",
                 "The following week") == (
        "2019-WXX", march, datetime(2019, 4, 8, tzinfo=UTC))
    # so long later or earlier: the month moved by as much
    assert timex("In March 2019 the plant closed. Two weeks later workers protested.",
                 "Two weeks") == (
        "P2W", datetime(2019, 3, 15, tzinfo=UTC), datetime(2019, 4, 15, tzinfo=UTC))
    assert timex("In March 2019 the plant closed. Three days earlier workers protested.",
                 "Three days earlier") == (
        "2019-XX-XX", datetime(2019, 2, 26, tzinfo=UTC), datetime(2019, 3, 29, tzinfo=UTC))
    # a month without a year, past: this year's February
    assert timex("In February the plant closed. The following week workers protested.",
                 "The following week") == (
        "2024-WXX", datetime(2024, 2, 1, tzinfo=UTC), datetime(2024, 3, 8, tzinfo=UTC))
    # not fronted, past perfect, ahead, or the publication's month: counted as before
    assert timex("The company said on Monday it expects a deal in March. The next day, "
                 "shares fell.", "The next day")[0] == "2024-03-19"
    assert timex("In March, the company will open a plant. The following week workers "
                 "will protest.", "The following week")[0] == "2024-W13"
    assert timex("In March 2019 the plant had closed. The following week workers "
                 "protested.", "The following week")[0] == "2024-W13"
    assert timex("Workers who were fired in March 2019 protested. The following day they "
                 "left.", "The following day")[0] == "2024-03-21"
    assert timex("In March the plant closed. The following day workers protested.",
                 "The following day")[0] == "2024-03-21"
    # a month reached so long on from the story's day is no month told
    assert timex("The plant closed on Monday. Two months later workers protested. The "
                 "following day they left.", "The following day")[0] == "2024-03-19"
    # running into another year, which a value could not say: counted as before
    assert timex("In December 2019 the plant closed. Two weeks later workers protested.",
                 "Two weeks")[1] == datetime(2024, 4, 3, tzinfo=UTC)
    # a present or future clause counts from now, and a later week ends the month's frame
    assert timex("In March 2019 the plant closed. The following week's talks will decide "
                 "its fate.", "The following week")[0] == "2024-W13"
    assert timex("In March 2019 the plant closed. Last week it reopened, and the next day "
                 "workers returned.", "the next day")[0] == "2024-03-21"
    # a day told later wins
    assert timex("In March 2019 the plant closed. On March 28, 2019 workers protested. "
                 "The following day they left.", "The following day")[0] == "2019-03-29"


def test_a_24_hour_clock_before_a_day_written_month_first_is_one_time() -> None:
    # news-dating-27, a wire report on containers lost off Marseille
    dct = "2021-12-02T14:30:00+00:00"
    assert found("The storm had blown from 22:00 on November 11 until 14:00 the next day.",
                 dct) == [("22:00 on November 11", "TIME", "2021-11-11T22:00"),
                          ("14:00 the next day", "TIME", "2021-11-12T14:00")]
    assert found("The ship rolled at 04:10 UTC on November 12.", dct) == [
        ("04:10 UTC on November 12", "TIME", "2021-11-12T04:10")]
    # a price's move is no clock: no preposition of time before it
    assert found("The index rose 1.25 on March 3 after the rate cut.") == [
        ("March 3", "DATE", "2024-03-03")]


def test_a_clock_before_the_day_the_story_names_is_one_time_on_that_day() -> None:
    assert found("The ferry left Wellington on 14 February 2023 and docked at 6am the next "
                 "day.") == [("14 February 2023", "DATE", "2023-02-14"),
                             ("6am the next day", "TIME", "2023-02-15T06:00")]
    # a bare hour may be an age or a figure
    assert [t for t in found("She turned 6 the next day.") if t[1] == "TIME"] == []


def test_shortly_after_midnight_is_the_start_of_the_day_it_begins() -> None:
    # news-dating-27: told at 01:50 on 7 December, of the same night
    dct = "2014-12-07T01:50:00+00:00"
    assert found("Club president Lorraine Dufresne told Wikinews by telephone shortly after "
                 "midnight that the roof had been inspected last month.", dct)[0] == (
        "shortly after midnight", "TIME", "2014-12-07T00:00")
    assert found("The fire started shortly before midnight.", dct) == [
        ("shortly before midnight", "TIME", "2014-12-06T24:00")]


def test_midnight_reached_or_passed_is_the_start_of_the_day_it_opens() -> None:
    # the same moment as the day before's 24:00, and the interval says so either way
    dct = "2021-06-12T09:00:00+00:00"
    [by] = tag("Engineers had the pumps running again by midnight.", dct)
    assert (by.text, by.value, by.begin, by.until) == (
        "midnight", "2021-06-12T00:00", datetime(2021, 6, 12, tzinfo=UTC),
        datetime(2021, 6, 12, 0, 1, tzinfo=UTC))
    assert found("The wedding party danced until well past midnight.", dct) == [
        ("midnight", "TIME", "2021-06-12T00:00")]
    assert found("Neighbours heard shouting between 11pm and midnight.", dct) == [
        ("11pm", "TIME", "2021-06-11T23:00"), ("midnight", "TIME", "2021-06-12T00:00")]
    assert found("The night bus runs from midnight to 5am every day.", dct)[0] == (
        "midnight", "TIME", "XXXX-XX-XXT00:00")
    # the end of the day: 'before' and 'until' keep 24:00
    assert found("The ferry docked just before midnight.", dct) == [
        ("just before midnight", "TIME", "2021-06-11T24:00")]
    assert found("The bars stayed open until midnight.", dct) == [
        ("midnight", "TIME", "2021-06-11T24:00")]
    # a sentence opening on 'By midnight' goes on with a night told by the clock: the
    # end of that day
    assert found("At 10:40 p.m. the home side led by four. By midnight the lead was gone.",
                 dct) == [("10:40 p.m.", "TIME", "2021-06-11T22:40"),
                          ("midnight", "TIME", "2021-06-11T24:00")]


def test_a_rate_needs_its_amount_right_before_it_not_a_date_and_a_comma() -> None:
    # news-dating-27: 'a month early' after 'March 10,' is how far ahead, no rate
    assert found("The company closed it on March 10, a month early.") == [
        ("March 10", "DATE", "2024-03-10"), ("a month", "DURATION", "P1M")]
    assert found("Traders pay a fee of 1,000 shillings a day.") == [("a day", "SET", "P1D")]
