"""Resolvers: from the words a rule captured to a TIMEX3 value.

One small function per kind of reference, named by the rules' `resolve` field. Each gets
the captured groups, the resolution context (document date, narrative reference day,
tense of the clause) and the rule's params, and returns a Resolved value or None when the
words do not make a real date (31 February, "the 0th day").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from itertools import pairwise
from typing import Any, NamedTuple

from timeline.temporal.calendar_math import (
    FIRST_YEAR,
    add_months,
    in_calendar,
    shift_by,
    weekday_from,
    weekday_until,
    year_moved,
)
from timeline.temporal.intervals import interval_of
from timeline.temporal.vocab import Vocab

Groups = dict[str, str]

# compiled once: re's own cache costs a look-up with its flags on every call
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_WORD_BREAK = re.compile(r"[\s-]+")
_MULTIPLIERS = (100, 1000)  # number words that count what comes before them ('three hundred')
_AND_A_HALF = re.compile(r"\band\s+an?\s+half\b", re.I)
_NEXT = re.compile(r"\b(next|following|after)\b")
_PREVIOUS = re.compile(r"\b(previous|preceding|prior|before)\b")
_SAME = re.compile(r"(?:that|the) same\b")  # 'the same day', 'that same day'
_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d\d))?")
_YEAR = re.compile(r"\d{4}")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_DAY = re.compile(r"\d\d-\d\d")  # a holiday kept on one day of its month ('12-25')
_DAY_PART = re.compile(r"\d{4}-\d\d-\d\dT[A-Z]{2}")  # a part of a day ('1955-10-11TNI')
# a month or day, a quarter, a half or a season (its code) of a year
_PART_TOLD = re.compile(r"(\d{4})-(?:(\d\d)|Q([1-4])|H([12])|([A-Z]{2})\b)")


# A clause's tense for a future told from the past (more than 1, as futures are). One seen
# from a saying ('said the ban would end'): ahead of when it was said, which is recent
# unless the sentence names a past time ('said last month'). A plan told in the past tense
# ('was scheduled to appear', 'effective March 1'): its day may well have passed.
FUTURE_IN_PAST = 2
PAST_PLAN = 3
# A modal of what may happen ('could'), which may be of the past too: a day as a plan told
# in the past ('could be located on Wednesday', the nearest), a whole month ahead as a
# future's ('could be available by December', in February: the coming one).
POSSIBLE = 4
# A past tense whose verb the expression directly follows ('was lifted on April 4'): it
# tells what has happened, so a day not yet come this year is last year's, however near.
CLEAR_PAST = -2
# Days between the latest day a text told of and its publication beyond which that day is
# of a past episode, not of the week's news a weekday names (_in_past_episode)
EPISODE_GAP = 21
# how far from the story's day a date with its weekday is of the story's year
_STORY_WEEKDAY_DAYS = 31
EPISODE_SPAN = 366  # days back beyond which a day is a background's, not an episode's
# days back beyond which the latest day a text told is no day of the publication's week:
# a weekday heading then names a day of the story's week (_heading_weekday)
HEADING_GAP = 7


@dataclass
class Context:
    """What relative expressions resolve against, updated as the text is read."""

    dct: datetime
    vocab: Vocab
    reference: date
    # how to find the tense of the expression's clause (-1 past, 0 present or unknown,
    # 1 future, FUTURE_IN_PAST or PAST_PLAN a future told from the past); asked only when
    # a resolver needs it, since most (full dates, years, durations) never do and finding
    # it was a tenth of the tagger's time
    tense_finder: Callable[[], int] = lambda: 0
    # how to find the first day of the last past time named before the expression in its
    # sentence ('said last month that the ban would end on March 10'), asked only of a
    # future told from a saying, which lies after it
    told_finder: Callable[[], date | None] = lambda: None
    focus_quarter: str = ""  # the quarter an earnings story reports on, once it names one
    # whether the last period told of is the year's first months ('For the nine months,
    # net rose'), until a quarter or other period is told again: what 'a year earlier'
    # compares them with is those months of the year before, not the quarter reported on
    months_told: bool = False
    last_period: str = ""  # the last calendar date, month or year told of ('that year')
    # whether last_period is a year, a decade or a month the story's happenings were told
    # in ('In 1998 she met him'), not one of a background ('had run the shop since 1987', 'by
    # 2030', 'after the 1987 crash'): what 'the following weekend' can then only be in
    period_own: bool = False
    clock: datetime | None = None  # the last clock time told of ('two minutes later')
    # where the sentence that told it ends; the text's end once the story went on past it
    # to a day or a part of one ('Shortly after 2 a.m. ... Thursday morning brought')
    clock_until: int = -1
    # the last clock time the text told, in a background or reported clause too ('said
    # this afternoon that a neighbour had called 911 at 11:05 p.m. Thursday'): what 'about
    # 20 minutes later' counts from when the story's own clock is not on its day
    told_clock: datetime | None = None
    # the story's day when it was last placed in that day's evening or night ('on Tuesday
    # evening', '9 p.m.'): 'overnight' is then that day's night, not the one before
    evening: date | None = None
    # whether the story went on to that evening from its day ('later that evening', 'by
    # the evening'), not to an evening a day's name dates ('on Monday evening')
    evening_on: bool = False
    # the last day before the publication's whose evening or night the text named, in a
    # background clause or not ('the last of three men who escaped from a prison van on
    # Saturday night'): where an evening clock time of a flashback falls (time)
    night: date | None = None
    # the last day before the publication's whose afternoon the text named ('collapsed
    # yesterday afternoon'), until it names the publication day's: where an afternoon
    # clock time of a past clause falls in a story published without a clock
    # (_afternoon_before)
    afternoon: date | None = None
    # the day whose night the story was told through, when that night is where it stands
    # ('kept its skin wet through Sunday night'): its daytime clocks told next are of the
    # day after (_morning_after)
    night_through: date | None = None
    # the day whose small hours the story's clock reached from the day before ('9 p.m. on
    # Monday. By midnight ... at 2 a.m.': Tuesday; 'On day two, Wednesday 12 November ...
    # shortly after 02:00 UTC on Thursday 13 November'), where a past 'that night' is the
    # night before; not a day whose small hours the story opened on ('The storm hit the
    # coast at 4 a.m. on Monday'), whose 'that night' is the night after (_narrative)
    night_run: date | None = None
    # the day before the publication's that a present-tense clause placed the story on, a
    # scene told in the present ('It is 2.10 a.m. on the last Wednesday of January'): a
    # clock time told in the present later ('At 3.15, Vitale plays a song') is that
    # day's, not the publication's; None once a present clause names the publication day
    scene_day: date | None = None
    # the latest day the story has told of, up to the publication's: its news's day, where
    # a saying's clock time is ('told a news conference at 11 a.m.'), and whether the
    # expression being resolved is such a time
    latest: date | None = None
    # whether the story has told of the publication day, in the foreground or not: a
    # trading session's clock is that day's only then (time)
    told_today: bool = False
    saying: bool = False
    # whether the expression being resolved is a clock time of a trading session ('Trading
    # in the stock was halted at 11:40 a.m.'): the session running as the copy is filed
    session: bool = False
    # whether the expression being resolved is an end ('until 6 a.m.': vocab signal)
    end: bool = False
    # the part of the publication day a clock time's clause goes on to ('broke the surface
    # at 09:45 and was landed early this afternoon': 'AF'), '' for none (time)
    later_today: str = ""
    # the day of a saying told after the story's day, which kept the story where it was
    # (tagger.follow_story), until the story moves: the last day the text names, which
    # 'the previous day' and 'the next day' count from ('said on Saturday that it had
    # opened an inquiry. Two customers had filed a lawsuit the previous day': Friday)
    said_day: date | None = None
    # the day the text first dated an election or a vote on ('elected ... on Monday'):
    # what 'election day' names (vote_day)
    vote_day: date | None = None
    # the story's day, evening and clock before a day after the publication's, named
    # without a year, moved it there ('was remanded to reappear on July 3'): a past
    # sentence after it tells of the story's past again ('walked in at about 11.40pm')
    before_future: tuple[date, date | None, datetime | None] | None = None
    # where the paragraph ends that told last_period: a chronicle's month goes on in its
    # year there (chronicle_year)
    period_until: int = -1
    # the first day of a trip or a happening told day by day ('Day one', 'On day three')
    day_one: date | None = None
    # the day the text last told something began on ('had set out on Sunday, March 4'):
    # what 'on the fourth day' of it counts from (ordinal_period)
    started: date | None = None
    # whether the text is a diary whose entries are headed by the days they were written
    # on ('Friday 10 June' over a blog's entries, sections.py): its 'Day 3' heading
    # heads an entry too (day_of_trip)
    diary: bool = False
    # the year of a history the story stands in: that of the last month, season or day
    # (or year told as its own) that placed its happenings, two years or more before the
    # publication's; None once it comes back to recent years ('Last year'). A month or
    # weekday named without more in a past clause is of that history (history_year)
    history: int | None = None
    # the year of the first birth the text told ('She was born on January 9, 1911'): a
    # biography's subject's, from which 'at the age of 44' is counted (age_year)
    born: int | None = None
    # the story's day when it last moved to one more than EPISODE_GAP days, and less than
    # a year, before the publication's: a long read's episode ('At 5.47pm on Friday 24
    # August 2007'), whose weekdays go on from it (_in_past_episode); None once it moves
    # to a day near the publication's. An older day ('robbed once before, on Christmas
    # night 1987') is a background and leaves it
    episode: date | None = None
    # whether the story has stood on a day near the publication's (up to EPISODE_GAP days
    # before it; the publication's own only when not written with its year, as a byline's
    # 'Saturday 15 March 2008' is): a report's news, whose later old days are its
    # background ('The plant closed on 12 June 2023. On Tuesday, workers protested'), no
    # episode
    near_told: bool = False
    # where the expression being resolved starts, with its signal ('in September'); where
    # the sentence that told the year the story is told in ends; and whether a signal at
    # an offset opens its sentence or main clause ('In March he opened a bakery'): a
    # month without a year is in that year only there (date_)
    signal_at: int = 0
    told_until: int = -1
    # the year and month of the last month the text wrote with its year after 'in', and
    # where its sentence ends: a day of that month later in the sentence is of that year
    # ('In April 2020 rides fell 91 percent from February, and Kestrel laid off 400 on
    # April 14'); not a month a noun is of ('survived the earthquake of February 1931
    # ... after Cyclone Gabrielle flooded the stalls on 14 February')
    month_written: tuple[int, int, int] | None = None
    # the months the text wrote with their year, in its order (year, month): a weekday
    # date of such a month told later without one ('Monday 2 March' after 'Friday 13
    # March 1998') may be of that year (_year_of_weekday)
    months_dated: tuple[tuple[int, int], ...] = ()
    # where the sentence ends that named the publication's year or a later one alone ('For
    # 2025: a second show in September'): a month named alone after it in a plan is that
    # year's
    ahead_until: int = -1
    opens_sentence: Callable[[int], bool] = lambda at: False
    # whether a saying's verb ends right before an offset ('the museum said in March'):
    # the time of the saying, told now, not of the year the story is told in
    said_before: Callable[[int], bool] = lambda at: False
    # whether the sentence holding an offset reports a saying on a recent day ('the
    # company said on Friday'): news told now, not a history's
    reported_now: Callable[[int], bool] = lambda at: False
    # whether the sentence holding an offset has a past perfect ('It had taken off at 8
    # a.m.'): it tells of what came before the story's time
    told_back: Callable[[int], bool] = lambda at: False
    # whether the sentence holding an offset is told in a scene's present (scene_day)
    scene_present: Callable[[int], bool] = lambda at: False
    # whether the sentence holding an offset has no tense cue at all, not even a present
    # ('We set off at 8.30am Tuesday'; not 'His court date is Friday') (by_tense)
    untensed: Callable[[int], bool] = lambda at: False
    # whether the sentence holding an offset names a time of the publication's last days
    # or weeks ('She rode two trial hours last week'): its news, not a history's
    recent_told: Callable[[int], bool] = lambda at: False
    # the day of the diary's dated heading whose stamp holds an offset ('Day 1 - Friday 17
    # August', sections.py), else None: what a day counted in it is (_diary_entry)
    stamp_day: Callable[[int], date | None] = lambda at: None
    # where the part of the text holding an offset ends: the start of the next heading line
    # ('The warnings' after a day's paragraphs), else the text's end (tagger.part_end)
    part_end: Callable[[int], int] = lambda at: -1
    # whether a verb of rising (vocab rising) ends right before the signal at an offset
    # ('got up at four'): a bare small hour after it is the morning's (_bare_hour)
    risen: Callable[[int], bool] = lambda at: False
    # the day a weekday heading named in a story told weeks after its days ('Thursday'
    # over 'Shortly after 2 a.m., water began to lap over the road', under a lead of
    # 'At 5:52 p.m. on Thursday, Sept. 8' published on the 25th), and where its part ends:
    # the weekdays told in it are of its week (_heading_weekday)
    heading_day: tuple[date, int] | None = None

    found_tense: int | None = None
    # the publication time is a day only: its clock is made up, so what would be counted
    # from it ('an hour ago', 'this morning') is told to the day
    date_only: bool = False
    # the publication time, which dct leaves for a dated section's time (_parts_unknown)
    published: datetime | None = None
    # inside quoted material with its own date ('an e-mail dated March 3, 2019, said:
    # "..."'), dct is that day until this offset; outside holds the real dct, date_only
    # and story day to go back to
    quoted_until: int = -1
    outside: tuple[datetime, bool, date] | None = None

    def __post_init__(self) -> None:
        # dct's day, read for nearly every time: an attribute kept with dct (move_to),
        # which a property computing it cost ten times as much to read
        self.today: date = self.dct.date()

    def move_to(self, dct: datetime) -> None:
        """Count from ``dct`` (a quotation's or a dated section's time) and its day."""
        self.dct, self.today = dct, dct.date()

    def run_clock(self, clock: datetime, came_from: date) -> None:
        """Move the story's clock to ``clock`` from the story's day ``came_from``, noting a
        night it ran on past midnight (night_run): a small hour told from the day before,
        or on from a clock of that night's small hours."""
        day, last = clock.date(), self.clock
        ran = clock.hour < _hours(self, "MO")[0] and (
            came_from == day - timedelta(days=1)
            or (last is not None and last.date() == day and last < clock
                and self.night_run == day))
        self.night_run = day if ran else None
        self.clock = clock

    def open_day(self, day: date) -> None:
        """A day a day-by-day telling heads ('Tuesday 14 June' over a diary's entry, 'Day
        three' over a trip's) is told afresh from its morning: the night an earlier day's
        part named is not where this day's evening clock goes back to (time: 'At 10.40pm'
        under 'Tuesday 14 June', not the first entry's night), and a clock of the small
        hours the last day's night ran into is no clock this day's bare hours count from
        (_bare_hour: 'until well after midnight. Day three ... at about six' is 18:00)."""
        self.night = None
        if _small_hours_of(day, self):
            self.clock = None

    def ahead(self) -> bool:
        """Whether the story stands on a day after the publication's, having come there
        from one before (before_future)."""
        return self.before_future is not None and self.reference > self.today

    def back_from_future(self) -> None:
        """Back to the story's day, evening and clock before it moved past the
        publication day (ahead): what has happened did not happen on a day still ahead."""
        if self.before_future is not None:
            self.reference, self.evening, self.clock = self.before_future
            self.before_future = None

    @property
    def tense(self) -> int:
        if self.found_tense is None:
            self.found_tense = self.tense_finder()
        return self.found_tense

    def state(self) -> tuple[Any, ...]:
        """What reading the text changes, to go back to when a match is taken back (a
        tuple: copying the whole context for every match cost more than resolving it)."""
        return (
            self.reference,
            self.focus_quarter,
            self.months_told,
            self.last_period,
            self.period_own,
            self.clock,
            self.evening,
            self.evening_on,
            self.night,
            self.night_through,
            self.night_run,
            self.scene_day,
            self.latest,
            self.told_today,
            self.said_day,
            self.before_future,
            self.period_until,
            self.day_one,
            self.started,
            self.history,
            self.born,
            self.episode,
            self.near_told,
            self.told_until,
            self.clock_until,
            self.month_written,
            self.months_dated,
            self.ahead_until,
            self.heading_day,
            self.dct,
            self.date_only,
            self.quoted_until,
            self.outside,
        )

    def restore(self, state: tuple[Any, ...]) -> None:
        (
            self.reference,
            self.focus_quarter,
            self.months_told,
            self.last_period,
            self.period_own,
            self.clock,
            self.evening,
            self.evening_on,
            self.night,
            self.night_through,
            self.night_run,
            self.scene_day,
            self.latest,
            self.told_today,
            self.said_day,
            self.before_future,
            self.period_until,
            self.day_one,
            self.started,
            self.history,
            self.born,
            self.episode,
            self.near_told,
            self.told_until,
            self.clock_until,
            self.month_written,
            self.months_dated,
            self.ahead_until,
            self.heading_day,
            self.dct,
            self.date_only,
            self.quoted_until,
            self.outside,
        ) = state
        self.today = self.dct.date()

    def speak_from(self, day: date, until: int, at: datetime | None = None) -> None:
        """Read what follows, up to offset ``until``, as written on ``day``: a quoted
        letter's 'Friday' is the Friday after its date, not after the publication's. A
        saying told at a part of its day (``at``: 'on Monday night') has that clock, so
        its 'tonight' is that night."""
        if self.outside is None:
            self.outside = (self.dct, self.date_only, self.reference)
        self.move_to(at or datetime(day.year, day.month, day.day, tzinfo=self.dct.tzinfo))
        self.date_only, self.reference, self.quoted_until = at is None, day, until

    def leave_quote(self) -> None:
        """Back to the publication's own time after quoted material."""
        if self.outside is not None:
            dct, self.date_only, self.reference = self.outside
            self.move_to(dct)
            self.outside, self.quoted_until = None, -1

    def find_tense_with(
        self, finder: Callable[[], int], told: Callable[[], date | None] = lambda: None
    ) -> None:
        """The tense of the next expression, found by ``finder`` if a resolver asks, and
        the time its sentence says it was told at, by ``told``."""
        self.tense_finder, self.found_tense, self.told_finder = finder, None, told


class Resolved(NamedTuple):
    """What a resolver made of a match (a tuple: one is made for every match, and a
    frozen dataclass sets each field through object.__setattr__, three times the cost)."""

    value: str
    type: str = ""
    mod: str = ""
    anchor: tuple[datetime, datetime, str] | None = None
    # the value whose interval the expression stands for, when not its own value:
    # "three days later" is the duration P3D, but it places an event on a day
    interval_value: str = ""
    # how precise a value beyond the calendar is; it has no interval to tell ('year')
    granularity: str = ""
    # counted from a happening ('a month after the vote'), not from the story's time
    # ('a month later'): the tagger then decides whether the story moves to it
    from_happening: bool = False
    # whether the story's time moves to it at all: 'overnight' before the story's day and
    # 'the last day of a season' are told from the story's day and leave it there
    moves_story: bool = True


Resolver = Callable[[Groups, Context, dict[str, Any]], Resolved | None]
RESOLVERS: dict[str, Resolver] = {}


def resolver(fn: Resolver) -> Resolver:
    """Register a resolver under its name (a trailing _ avoids shadowing a builtin)."""
    RESOLVERS[fn.__name__.rstrip("_")] = fn
    return fn


# ---- value formatting ---------------------------------------------------------------------


def fmt_day(day: date) -> str:
    return day.isoformat()


def fmt_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def fmt_month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def fmt_number(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def year_value(year: int, granularity: str = "year") -> str:
    """A year as TIMEX3 writes it, however far: '2022'; before year 1 'BC' and the year
    before Christ ('BC0479', since year -478 is 479 BC: there is no year 0); after 9999
    ISO 8601's expanded '+11922'. A decade drops one digit, a century two ('BC047',
    'BC04', '+119')."""
    dropped = {"decade": 1, "century": 2}.get(granularity, 0)
    prefix, number = "", year
    if not in_calendar(year):
        prefix, number = ("BC", 1 - year) if year < FIRST_YEAR else ("+", year)
    return f"{prefix}{number // 10**dropped:0{4 - dropped}d}"


def beyond_calendar(year: int, unit: str, mod: str = "") -> Resolved:
    """A time in a year Python's dates cannot hold ('10,000 years ago'): its century or
    decade for those units, else its year. It has no interval, so it dates no event."""
    granularity = unit if unit in ("decade", "century") else "year"
    return Resolved(year_value(year, granularity), mod=mod, granularity=granularity)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def period_value(day: date, unit: str) -> str:
    """The value naming the calendar period of a unit that holds a day."""
    if unit == "day":
        return fmt_day(day)
    if unit == "week":
        return fmt_week(day)
    if unit == "weekend":
        return fmt_week(day) + "-WE"
    if unit == "month":
        return fmt_month(day)
    if unit == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    return year_value(day.year, unit)


def move(day: date, unit: str, steps: int) -> date:
    """A day moved by whole calendar units, for 'next week', 'the previous month'."""
    if unit in ("day",):
        return day + timedelta(days=steps)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=steps)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
    return add_months(day, steps * months[unit])


# ---- reading captured words ---------------------------------------------------------------


def count_of(words: str, vocab: Vocab) -> float | None:
    """'seven', '7', '1,200', 'twenty-one', 'a couple of' as a number; None for a number
    too large for a float (over 308 digits), which counts nothing real."""
    cleaned = words.strip().lower().replace(",", "")
    if cleaned.endswith("1/2"):
        whole = count_of(cleaned[:-3], vocab)
        return None if whole is None else whole + 0.5
    if _DECIMAL.fullmatch(cleaned):
        number = float(cleaned)
        return number if math.isfinite(number) else None
    known = vocab.get("number", cleaned)
    if known is not None:
        return float(known)
    parts = _WORD_BREAK.split(cleaned)
    values = [vocab.get("number", p) for p in parts]
    if any(v is None for v in values):
        return None
    total = 0.0
    for value in values:  # 'twenty-one' adds; 'three hundred' multiplies
        total = total * value if value in _MULTIPLIERS and total else total + value
    return total


def unit_word(word: str) -> str:
    """'days' -> 'day', 'centuries' -> 'century'."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def mod_of(groups: Groups, vocab: Vocab) -> str:
    if groups.get("position"):
        return str(vocab.lookup("position", groups["position"]))
    if groups.get("day_start"):  # 'the early hours of Saturday'
        return str(vocab.lookup("day_start", groups["day_start"]))
    if groups.get("modifier"):
        return str(vocab.lookup("modifier", groups["modifier"]))
    return ""


def relation_of(groups: Groups, vocab: Vocab) -> int | None:
    word = groups.get("relation")
    return None if not word else int(vocab.get("relation", word, 0))


def infer_year(month: int, day: int | None, ctx: Context, relation: int | None) -> int:
    """The year of a month named without one: the nearest, unless the tense says otherwise.

    A whole month the tense contradicts is never meant ('will be held in February' in
    March is next February); a single day may be, within the settings' tense_pull_days.
    A future told from a saying lies after the past time the sentence names ('said on
    Tuesday that fuel duty would rise on January 1' is next January), else it is a future
    of now; a plan told in the past tense may have passed ('was scheduled to appear on
    March 12 but did not'), a whole month as a day ('had been due to open in January',
    in March: this January).
    """
    today = ctx.today
    later = (month, day or 1) > (today.month, today.day)
    earlier = (month, day or 1) < (today.month, today.day)
    if relation == -1 and day is None:
        # 'last March' is never the month under way, nor the one just ended, which news
        # calls 'last month' ('two helicopters crashed last February', on March 1)
        return today.year if month < today.month - 1 else today.year - 1
    if relation == -1:
        return today.year - 1 if not earlier else today.year
    if relation == 1:
        return today.year + 1 if not later else today.year
    if relation == 0:
        return today.year
    years = (today.year - 1, today.year, today.year + 1)
    days = {y: (safe_day(y, month, day or 15) - today).days for y in years}
    nearest = min(days, key=lambda y: abs(days[y]))
    pull = int(ctx.vocab.lookup("settings", "tense_pull_days")) if day else 16
    if 0 < days[nearest] <= pull and day and ctx.tense == CLEAR_PAST:
        return nearest - 1
    if 0 <= days[nearest] <= pull:
        # no tense moves it: a past one pulls back only further ahead (unless its verb
        # is the day's), a future one (or one after a past time told of, which is before
        # today) only when past
        return nearest
    tense = ctx.tense
    if tense < 0 and days[nearest] > pull:
        return nearest - 1
    if tense <= 0:
        return nearest
    told = ctx.told_finder() if tense == FUTURE_IN_PAST else None
    if told is not None:
        # the first such month on or after the saying, however long ago ('In the spring
        # of 1923 the company announced that trains would end in October': 1923's)
        return told.year if safe_day(told.year, month, day or 31) >= told else told.year + 1
    ahead = int(ctx.vocab.lookup("settings", "future_pull_days")) if day else pull
    if tense == PAST_PLAN or (tense == POSSIBLE and day):
        ahead = int(ctx.vocab.lookup("settings", "tense_pull_days"))
    return nearest + 1 if days[nearest] < -ahead else nearest


def safe_day(year: int, month: int, day: int) -> date:
    """The day, or the month's last day when it has fewer (29 February in other years)."""
    return valid_day(year, month, day) or valid_day(year, month, 28) or date(year, month, 1)


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ---- resolvers ----------------------------------------------------------------------------


@resolver
def date_(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """Calendar dates with any of year, month and day written out ('2025 or later': on
    or after it); a rule's `relation` param sets the direction of a date without a year
    where no word of it does."""
    vocab = ctx.vocab
    mod = "ON_OR_AFTER" if groups.get("or_later") else mod_of(groups, vocab)
    month = (
        int(vocab.lookup("month", groups["month"]))
        if groups.get("month")
        else int(groups["month_num"])
        if groups.get("month_num")
        else None
    )
    year = int(groups["year"]) if groups.get("year") else None
    if month is None:
        return Resolved(year_value(year), mod=mod) if year else None
    said_this = False
    if year is None and groups.get("year_relation"):
        said_year = " ".join(groups["year_relation"].lower().split())
        if said_year in vocab.word_set("told_year"):
            # 'in November of that year', '7 April that year': the year the story told of
            # last, as 'that year' alone is (narrative)
            year = (period_start(ctx.last_period, "year") or ctx.reference).year
        else:
            relation_said = int(vocab.lookup("relation", said_year))
            year, said_this = ctx.today.year + relation_said, relation_said == 0
    second = groups.get("second_month")
    if year is not None and second and int(vocab.lookup("month", second)) < month \
            and not said_this:
        # 'Dec. 30 to Jan. 5, 2013': the stretch began the year before; 'this year' of a
        # stretch across the new year is the season under way ('runs from 28 November
        # to 2 January this year', said in November, starts this November)
        year -= 1
    day = int(groups["day"]) if groups.get("day") else None
    relation = relation_of(groups, vocab)
    # 'That April' is of the year told of last, as 'that summer' is (season); with none
    # told, the nearest the tense allows
    told_step = 0 if groups.get("same") and ctx.last_period else (
        relation if relation and _told_from(groups, vocab) else None)
    if year is None and day is None and told_step is not None:
        # 'married the previous June' after 'in March 1990': the June before the month
        # (season, quarter, half) the story told of last, else before its day; after a
        # year alone, the next or last year's ('elected in 1990 and married the following
        # June': June 1991)
        if _YEAR.fullmatch(ctx.last_period):
            year = int(ctx.last_period) + told_step
        elif told_year(ctx):  # after a decade: which year's is not known
            return Resolved(f"XXXX-{month:02d}", mod=mod)
        else:
            anchor = _told_month(ctx) or ctx.reference
            year = anchor.year + (told_step if (month - anchor.month) * told_step <= 0 else 0)
        if not in_calendar(year):
            return None
    told = None
    if year is None and relation is None:
        told = _written_month_year(month, ctx) or told_month_year(month, ctx)
    weekday_number = int(vocab.lookup("weekday", groups["weekday"])) \
        if day is not None and groups.get("weekday") else None
    if year is None and told is not None:
        year = told
        if day is not None and weekday_number is not None:
            # 'The season opened on Saturday 12 September' after a 2010-11 season told
            # of, published in May 2016: the weekday is the writer's check of the year,
            # which the story's (2011) fails and the publication's nearest (2015) passes
            year = _year_of_weekday(year, month, day, weekday_number, ctx.months_dated, (
                infer_year(month, day, ctx, params.get("relation", relation)),))
    elif year is None:
        year = infer_year(month, day, ctx, params.get("relation", relation))
        if day is not None and weekday_number is not None:
            year = _story_weekday_year(month, day, weekday_number, ctx) or _year_of_weekday(
                year, month, day, weekday_number, ctx.months_dated)
    if day is None:
        return Resolved(f"{year:04d}-{month:02d}", mod=mod)
    found = valid_day(year, month, day)
    return Resolved(fmt_day(found), mod=mod) if found else None


def _written_month_year(month: int, ctx: Context) -> int | None:
    """The year of a month its sentence already wrote with one (Context.month_written):
    a writer names the year once ('In March 2019 the council voted to close the pool, and
    it shut on March 30'), however far the story's day lies from it."""
    written = ctx.month_written
    if written is None or written[1] != month or ctx.signal_at >= written[2]:
        return None
    return written[0]


def _story_weekday_year(month: int, day: int, weekday: int, ctx: Context) -> int | None:
    """'The fire started in the early hours of Sunday, Feb. 9' after '11:40 p.m. on
    Saturday, Feb. 8, 2014', told in 2021: the year of the story's day when the date falls
    on its weekday then, within a month of that day. The weekday checks the writer's date
    against the story's year, not only the publication's nearest, which 2020's 9 February,
    a Sunday too, would be."""
    found = valid_day(ctx.reference.year, month, day)
    if found is None or found.isoweekday() != weekday or abs(
            (found - ctx.reference).days) > _STORY_WEEKDAY_DAYS:
        return None
    return found.year


def _year_of_weekday(
    year: int, month: int, day: int, weekday: int, dated: tuple[tuple[int, int], ...] = (),
    nearest: tuple[int, ...] = (),
) -> int:
    """'Sunday 3 March' with no year: the year inferred if the date is a Sunday then, else
    the year before or after in which it is (a weekday written with a date is the writer's
    check of it), else the latest year the text wrote that month with in which it is (a
    history names the year once: 'the last lorry left on Friday 13 March 1998 ... the
    owners gave notice on Monday 2 March', 1998's, where the publication's 2011 has no
    Monday 2 March), else the ``nearest`` year the publication's time gives, or the one
    before or after it, in which it is, else the year inferred."""
    written = [told for told, told_month in reversed(dated) if told_month == month]
    near = [near + step for near in nearest for step in (0, -1, 1)]
    for candidate in (year, year - 1, year + 1, *written, *near):
        found = valid_day(candidate, month, day)
        if found is not None and found.isoweekday() == weekday:
            return candidate
    return year


@resolver
def ordinal_date(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'January fourth', 'the first of May': a date whose day is an ordinal word, as
    transcripts of speech write it."""
    word = re.sub(r"[\s-]+", " ", groups["day_ordinal"])
    day = int(ctx.vocab.lookup("day_ordinal", word))
    return date_({**groups, "day": str(day)}, ctx, params)


@resolver
def day_of_told_month(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'on the 6th of that month': that day of the month the story told of last (after
    'opened in June 1809'), as 'that month' is (narrative), or of its day's month."""
    first = _story_month(ctx)
    if not ctx.last_period.startswith(str(first.year)):
        return None  # 'In 1931 the mill closed. On the 3rd of that month': not known
    found = valid_day(first.year, first.month, int(groups["day"]))
    return Resolved(fmt_day(found)) if found else None  # not 'the 31st of that month' in June


@resolver
def spelled_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'nineteen eighty-seven', 'two thousand and five': a year said aloud is its
    century and the number of years into it; 'the year two thousand' is 2000, 'January
    nineteen ninety-seven' that month of it."""
    rest: float | None
    if groups.get("two_thousand"):
        century, rest = 20, 0.0
    elif groups.get("thousand_rest"):
        century, rest = 20, count_of(groups["thousand_rest"], ctx.vocab)
    else:
        century = int(ctx.vocab.lookup("year_century_word", groups["year_century_word"]))
        tail = re.sub(r"^oh[\s-]+", "", groups["rest"].lower())
        rest = 0.0 if tail == "hundred" else count_of(tail, ctx.vocab)
    if rest is None or rest >= 100:
        return None
    year = f"{century * 100 + int(rest):04d}"
    if groups.get("month"):
        return Resolved(f"{year}-{int(ctx.vocab.lookup('month', groups['month'])):02d}")
    return Resolved(year, mod=mod_of(groups, ctx.vocab))


@resolver
def decade_word(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the eighties': with its century said, that one; else the most recent such decade
    (as "the '80s")."""
    digit = int(ctx.vocab.lookup("decade_word", groups["decade_word"]))
    if groups.get("century_word"):
        century = int(ctx.vocab.lookup("year_century_word", groups["century_word"]))
        return Resolved(f"{century}{digit}", mod=mod_of(groups, ctx.vocab))
    return decade({**groups, "decade": f"'{digit}0"}, ctx, params)


@resolver
def day_of_month(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'on the 15th': that day of the month before, this or the next month nearest the
    publication; a past clause, or 'since' (the `since` param), takes one not after it, a
    future one not before it. In a history (history_year) it is the day of the month the
    story told of last ('In March 1990 the plant closed. On the 14th, workers marched'); a
    past clause after an older day or month told of counts from that instead of the
    publication, from the month when the story told of one after its day."""
    wanted, today = int(groups["day"]), ctx.today
    told = _month_told(ctx)
    if history_year(ctx) is not None and told is not None:
        found = valid_day(*told, wanted)
        return Resolved(fmt_day(found)) if found else None
    first = today.replace(day=1)
    # 'since the 14th' has come, whatever the tense ('has been shut since the 3rd')
    tense = min(ctx.tense, -1) if params.get("since") else ctx.tense
    past = add_months(first, -1)
    if tense < 0 and told is not None and ctx.reference.replace(day=1) < date(*told, 1) < past:
        # a month the story told of since its older day is where it has gone ('Easter
        # Monday ... In early May the queen stopped laying ... Alan gave me a frame of
        # eggs on the 18th': 18 May)
        found = valid_day(*told, wanted)
        return Resolved(fmt_day(found)) if found else None
    if tense < 0 and ctx.reference < past:
        # a past clause of a story that stands on an older day counts from that day
        # ('The diary begins on 3 January 1915. On the 5th, she wrote of snow': 5 January)
        first, today, tense = ctx.reference.replace(day=1), ctx.reference, 0
    elif tense < 0 and (own := told_month(ctx)) is not None and own < past:
        # or from the older month its happenings were told in last ('In March 1963 the
        # station closed. The last train ran on the 30th': 30 March 1963), not one of a
        # background ('Prices have risen since January 2010. They rose on the 12th')
        found = valid_day(own.year, own.month, wanted)
        return Resolved(fmt_day(found)) if found else None
    months = (add_months(first, step) for step in (-1, 0, 1))
    days = [d for d in (valid_day(m.year, m.month, wanted) for m in months) if d]
    if not days:
        return None
    if tense < 0:
        days = [d for d in days if d <= today] or days
    elif tense == 1:
        days = [d for d in days if d >= today] or days
    return Resolved(fmt_day(min(days, key=lambda d: abs((d - today).days))))


@resolver
def week_of(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the week of March 6': the (ISO) week, or its weekend, holding the date."""
    day = date_(groups, ctx, params)
    if day is None or len(day.value) != 10:
        return None
    return Resolved(period_value(date.fromisoformat(day.value), groups["unit"].lower()))


@resolver
def nth_week_of_month(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the first week of March': the ISO week holding the month's 4th day (the first with
    most of its days in the month), a week on for each next; the last holds the
    fourth-last day. 'The first weekend of May' is the one of the month's first Saturday,
    'the last weekend in June' of its last."""
    nth = str(groups["nth"]).lower()
    if groups.get("weekend"):
        saturday = _nth_of_month(groups, ctx, params,
                                 lambda first: _nth_weekday(first, 6, nth, ctx), week=True)
        return None if saturday is None else Resolved(fmt_week(saturday) + "-WE")

    def pick(first: date) -> date:
        if nth in ("last", "final"):
            return add_months(first, 1) - timedelta(days=4)
        return first + timedelta(days=3 + 7 * (int(ctx.vocab.lookup("ordinal", nth)) - 1))

    day = _nth_of_month(groups, ctx, params, pick, week=True)
    return None if day is None else Resolved(fmt_week(day))


@resolver
def nth_weekday_of_month(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the first Sunday in March', 'the last Monday of May', 'the last Thursday of the
    month': that weekday of the month _month_of_nth names."""
    wanted = int(ctx.vocab.lookup("weekday", groups["weekday"]))
    nth = str(groups["nth"]).lower()
    day = _nth_of_month(groups, ctx, params, lambda first: _nth_weekday(first, wanted, nth, ctx),
                        week=False)
    return None if day is None else Resolved(fmt_day(day))


def _nth_weekday(first: date, wanted: int, nth: str, ctx: Context) -> date:
    """The nth (or last) weekday ``wanted`` of the month starting on ``first``."""
    if nth in ("last", "final"):
        return weekday_until(add_months(first, 1) - timedelta(days=1), wanted)
    weeks = int(ctx.vocab.lookup("ordinal", nth)) - 1
    return weekday_from(first, wanted) + timedelta(days=7 * weeks)


def _nth_of_month(groups: Groups, ctx: Context, params: dict[str, Any],
                  pick: Callable[[date], date], week: bool) -> date | None:
    """The day ``pick`` chooses in the month the phrase names. 'The month' alone is the
    one the clause is in, unless the day (or its week) lies on the wrong side of the
    publication for the tense: 'met on the first Monday of the month' published on the
    2nd is last month's, 'will meet on the first Monday of the month' published on the
    20th next month's (a plan told in the past may have passed: not moved)."""
    first = _month_of_nth(groups, ctx, params)
    if first is None:
        return None
    day = pick(first)
    if groups.get("unit") and not groups.get("relation"):
        start = day - timedelta(days=day.isoweekday() - 1) if week else day
        end = start + timedelta(days=6) if week else day
        if (ctx.tense < 0 and start > ctx.today) or (ctx.tense == 1 and end < ctx.today):
            day = pick(add_months(first, 1 if ctx.tense == 1 else -1))
    return day


def _month_of_nth(groups: Groups, ctx: Context, params: dict[str, Any]) -> date | None:
    """The first day of the month 'the first week of March' or 'the last Thursday of
    next month' names: a named month's year as date_ infers it; 'next month' counted
    from today, 'the following month' from the month the story told of last; 'the month'
    the one the clause is in: in a past clause the month the story told of ('In
    January, the plant closed. The union voted on the last Friday of the month') or its
    day's; none when the story told of a year alone ('In 2019, ... the last Friday of the
    month', 'the following month': which month is not known); in a future told from a
    saying, the saying's ('said in March that it would vote on the last Friday of the
    month')."""
    if not groups.get("unit"):
        found = date_({k: v for k, v in groups.items() if k != "day"}, ctx, params)
        return None if found is None else date.fromisoformat(found.value + "-01")
    story = _told_from(groups, ctx.vocab) if groups.get("relation") else ctx.tense < 0
    if story and told_year(ctx):
        return None
    if groups.get("relation"):
        origin = _story_month(ctx) if story else ctx.today
        return move(origin, "month", relation_of(groups, ctx.vocab) or 0).replace(day=1)
    if ctx.tense < 0:
        return (told_month(ctx) or ctx.reference).replace(day=1)
    told = ctx.told_finder() if ctx.tense == FUTURE_IN_PAST else None
    return (told or ctx.today).replace(day=1)


def _story_month(ctx: Context) -> date:
    """What 'the following month' counts from: the first day of the month the story
    named last ('In March 2019 ... the following month' is April 2019), else the story's
    day."""
    return period_start(ctx.last_period, "month") or ctx.reference


@resolver
def day_of_last_month(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """The '25' of 'April 24 and 25': that day of the month of the date just read."""
    month = ctx.last_period[:7]
    if len(ctx.last_period) < 10:
        return None
    found = valid_day(int(month[:4]), int(month[5:]), int(groups["day"]))
    return Resolved(fmt_day(found)) if found else None


@resolver
def range_end_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """The '99' of '1998-99': a year of the century of the range's first year, just read
    (the next century's when it would fall before it: '1999-00' ends in 2000)."""
    written = groups["end_year"]
    if len(written) == 4:
        return Resolved(written)
    if not re.fullmatch(r"\d{4}", ctx.last_period):
        return None
    first = int(ctx.last_period)
    year = first // 100 * 100 + int(written)
    return Resolved(f"{year + 100 if year < first else year:04d}")


@resolver
def race_time(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'2:51:09': hours, minutes and seconds taken (leading zeros dropped, as TIMEX3 does)."""
    parts = zip((groups["hours"], groups["minutes"], groups["seconds"]), "HMS", strict=True)
    return Resolved("PT" + "".join(f"{int(n)}{unit}" for n, unit in parts if int(n)))


@resolver
def holiday(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """Thanksgiving, Christmas, Easter: the named year's, else, as a month named alone
    (date_), that of the year or history the story is told in ('In 1921 they toured
    Scotland ... On Boxing Day they played at the cricket ground': 1921's), else the
    nearest the tense allows. Its weekend is that of its week, a Monday's or a Tuesday's
    the one before ('the Memorial Day weekend'; 'the Fourth of July weekend' when the
    Fourth is a Tuesday); a part of its day is that part ('Christmas night 1987')."""
    rule = str(ctx.vocab.lookup("holiday", groups["holiday"]))
    if groups.get("year"):
        day = holiday_in(rule, int(groups["year"]))
    else:
        this_year = holiday_in(rule, ctx.today.year)
        relation = relation_of(groups, ctx.vocab)
        month = this_year.month
        told = None if relation is not None else told_month_year(month, ctx)
        day = holiday_in(rule, told or infer_year(month, this_year.day, ctx, relation))
    if groups.get("weekend"):
        before = day.isoweekday() + 1 if day.isoweekday() <= 2 else 0
        return Resolved(fmt_week(day - timedelta(days=before)) + "-WE")
    return with_part_of_day(day, groups, ctx.vocab)


@resolver
def weekday_by_holiday(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the Tuesday after Easter', 'the Friday before Christmas': the first such weekday
    after the holiday, or the last before it."""
    found = holiday(groups, ctx, params)
    if found is None:
        return None
    day = date.fromisoformat(found.value)
    wanted = int(ctx.vocab.lookup("weekday", groups["weekday"]))
    if groups["side"].lower() == "after":
        return Resolved(fmt_day(weekday_from(day + timedelta(days=1), wanted)))
    return Resolved(fmt_day(weekday_until(day - timedelta(days=1), wanted)))


def holiday_in(rule: str, year: int) -> date:
    """The day a holiday rule of the vocabulary falls on in a year."""
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:] or 0))
    if "+" in rule:  # a day counted from another: "11:1:1+1", the Tuesday after a Monday
        base, days = rule.split("+")
        return holiday_in(base, year) + timedelta(days=int(days))
    if ":" not in rule:
        month, day = map(int, rule.split("-"))
        return date(year, month, day)
    month, weekday, nth = map(int, rule.split(":"))
    if nth > 0:
        return weekday_from(date(year, month, 1), weekday) + timedelta(days=7 * (nth - 1))
    return weekday_until(add_months(date(year, month, 1), 1) - timedelta(days=1), weekday)


def easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


@resolver
def numeric_date(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """3/4/2022: day first or month first by the numbers, else by the article's zone."""
    first, second = int(groups["first"]), int(groups["second"])
    year = int(groups["year"])
    if year < 100:
        year += 2000 if year <= ctx.today.year % 100 + 1 else 1900
    day_first = ctx.vocab.zone_in("day_first_zones", ctx.dct.tzinfo)
    if first > 12 or (day_first and second <= 12):
        first, second = second, first
    found = valid_day(year, first, second)
    return Resolved(fmt_day(found)) if found else None


@resolver
def decade(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the 1990s' -> 199; "the '80s" takes the most recent such decade. A century's
    hundreds before 2000 are that century ('the late 1800s' -> 18, as TimeML writes the
    19th century); 'the 2000s' is as often the decade, and news says so."""
    digits = groups["decade"].lstrip("'")
    if len(digits) == 2:
        century = ctx.today.year // 100
        if int(digits) > ctx.today.year % 100:
            century -= 1
        digits = f"{century}{digits}"
    elif digits.endswith("00") and digits < "2000":
        return Resolved(digits[:2], mod=mod_of(groups, ctx.vocab))
    return Resolved(digits[:3], mod=mod_of(groups, ctx.vocab))


@resolver
def short_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """"in '08", "the class of '98": the most recent year so written, as "the '80s"."""
    digits = int(groups["short_year"])
    century = ctx.today.year // 100 - (1 if digits > ctx.today.year % 100 else 0)
    year = century * 100 + digits
    return Resolved(year_value(year)) if year > 0 else None  # none before year 1


@resolver
def prefixed_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'post-1959', 'pre-1990s': the year or decade, before or after it as the mod."""
    mod = str(ctx.vocab.lookup("time_prefix", groups["time_prefix"]))
    if groups.get("decade"):
        found = decade(groups, ctx, params)
        return None if found is None else Resolved(found.value, mod=mod)
    return Resolved(year_value(int(groups["year"])), mod=mod)


@resolver
def century(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the 20th century', 'the late nineteenth century': TIMEX3 names a century by its
    first two digits ('19' is 1900-1999); one before Christ the same way after 'BC' ('the
    14th century BC' is 'BC13'), with no interval Python can hold."""
    if groups.get("day_ordinal"):
        number = int(ctx.vocab.lookup("day_ordinal", groups["day_ordinal"]))
    else:
        number = int(groups["ordinal_num"])
    if number < 1:
        return None
    if groups.get("era") and int(ctx.vocab.lookup("era", groups["era"])) < 0:
        return beyond_calendar(-(number - 1) * 100, "century", mod_of(groups, ctx.vocab))
    return Resolved(f"{number - 1:02d}", mod=mod_of(groups, ctx.vocab))


@resolver
def turn_of(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the turn of the century': about the year the named century (or millennium)
    begins; unnamed, the last such year, or in a future clause the next one."""
    size = 1000 if groups["unit"].lower() == "millennium" else 100
    if groups.get("ordinal_num") or groups.get("day_ordinal"):
        before = century(groups, ctx, params)  # how many whole ones before it: '19'
        if before is None or not int(before.value):
            return None
        year = int(before.value) * size
    else:
        year = ctx.today.year // size * size
        if ctx.tense > 0 and year < ctx.today.year:
            year += size
    return Resolved(year_value(year), mod="APPROX")


@resolver
def era_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'10,000 BC', '79 AD': 1 BC is the year before AD 1 (there is no year 0)."""
    number = int(groups["era_year"].replace(",", ""))
    if number < 1:
        return None
    year = number if int(ctx.vocab.lookup("era", groups["era"])) > 0 else 1 - number
    return Resolved(year_value(year), granularity="" if in_calendar(year) else "year")


@resolver
def weekday(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """A weekday: with last/next/this as said, else the one the tense points to. With no
    tense, or a plan told in the past ('was scheduled to appear on Monday but did not',
    'effective Monday'), the nearest: 'The Senate votes Tuesday' on a Monday is the next
    day; what has happened has a cue of its own ('after an arrest on Thursday',
    tense.happened). A future told from a saying is the nearest on or after the past time
    the sentence names ('said on Tuesday it would vote on Monday'), else the next one."""
    vocab = ctx.vocab
    wanted = int(vocab.lookup("weekday", groups["weekday"]))
    today = ctx.today
    relation = relation_of(groups, vocab)
    word = groups.get("relation")
    if word and word.lower() in vocab.word_set("narrative_relation"):
        if year := told_year(ctx):  # after 'In 1998 she met him': some Saturday of 1998
            part = groups.get("part_of_day")
            clock_part = f"T{vocab.lookup('part_of_day', part)}" if part else ""
            found = _within_year(year, f"-WXX-{wanted}{clock_part}")
            return found._replace(type="DATE", mod=mod_of(groups, vocab))
        today = ctx.reference  # 'the following Monday': after the story's day
    elif relation is None and (now := scene_now(ctx)) is not None:
        # a scene told in the present walks on through its days ('Monday is grey and
        # wet', 'On Thursday I climb to the chapel'): the first such day from its own
        day = weekday_from(now, wanted)
        return with_part_of_day(day, groups, vocab, part_type="DATE", mod=mod_of(groups, vocab))
    elif relation is None and _in_history(ctx):
        # a history's day ('on Tuesday, Oct. 11, 1955 ... By Wednesday morning ...
        # Guard trucks arrived on Thursday'): the first such day from the story's, or
        # the last up to it in a past perfect's sentence ('It had rained since Saturday')
        if ctx.told_back(ctx.signal_at):
            day = weekday_until(ctx.reference, wanted)
        else:
            day = weekday_from(ctx.reference, wanted)
        return with_part_of_day(day, groups, vocab, part_type="DATE", mod=mod_of(groups, vocab))
    elif relation is None and _in_past_episode(ctx):
        # a long read's episode weeks before the publication ('At 5.47pm on Friday 24
        # August 2007 ... At 00.13 on Saturday the sensor tripped'): the next such day
        # from the day before the story's: 'Saturday and Sunday ... Saturday was quiet'
        since = _episode_day(ctx) - timedelta(days=1)
        found = with_part_of_day(weekday_from(since, wanted), groups, vocab,
                                 part_type="DATE", mod=mod_of(groups, vocab))
        if heading(ctx):  # a heading's part, as _heading_weekday's ('the next morning')
            ctx.heading_day = (weekday_from(since, wanted), ctx.part_end(ctx.signal_at))
        # a plan's day ('would not open again until Tuesday') leaves the story where it
        # is, and so does a past perfect's ('The forecast had promised a cold front on
        # Sunday', told of Saturday) and a heading's later day ('Sunday and Monday' over
        # 'The next morning', Sunday's)
        later_heading = ctx.untensed(ctx.signal_at) and not ctx.opens_sentence(ctx.signal_at)
        return found._replace(moves_story=(ctx.tense < 0 or ctx.tense == 0)
                              and not ctx.told_back(ctx.signal_at) and not later_heading)
    elif relation is None and (headed := _heading_weekday(wanted, ctx)) is not None:
        return with_part_of_day(headed, groups, vocab, part_type="DATE", mod=mod_of(groups, vocab))
    ahead = (wanted - today.isoweekday()) % 7  # days to the next such weekday, or today
    back = (today.isoweekday() - wanted) % 7
    if relation == -1:
        day = today - timedelta(days=back or 7)
    elif (relation == 1 and ahead <= 1 and word
          and word.lower() in vocab.word_set("skipping_relation")):
        day = today + timedelta(days=ahead + 7)
    elif relation == 1:
        day = today + timedelta(days=ahead or 7)
    elif relation == 0:
        day = today + timedelta(days=wanted - today.isoweekday())
    elif today.isoweekday() == 7 and ahead and ctx.tense == 0 and (
            ctx.reference >= today or heading(ctx)):
        # written on a Sunday, a present's weekday is of the week ahead, as 'this week'
        # told of the future is (_week_ahead): 'The Fed's decision lands at 4am on
        # Thursday', and so is a day's heading in a week-ahead column; not once the story
        # stands on a day gone ('Prieto cut the gap in Friday's time trial' after
        # Thursday's stage)
        day = today + timedelta(days=ahead)
    else:
        day = by_tense(today + timedelta(days=ahead), today - timedelta(days=back), ctx)
    into = groups.get("into_day")
    if into and int(vocab.lookup("weekday", into)) != day.isoweekday() % 7 + 1:
        return None  # 'overnight Saturday into Monday' is no one night
    # "Friday night" names a part of a day, a TIME by the TIMEX3 guidelines (and TimeBank,
    # 4 of 4); but AQUAINT types it DATE (19 of 21), so it stays DATE here
    return with_part_of_day(day, groups, vocab, part_type="DATE", mod=mod_of(groups, vocab))


def _story_weekday(groups: Groups, ctx: Context, params: dict[str, Any],
                   pick: Callable[[date, int], date]) -> Resolved | None:
    """A weekday the story's words tie to its own day ('that Sunday', 'on the Saturday'):
    the day ``pick`` finds from the story's day, or a weekday as any other while the story
    stands on the publication's day."""
    if ctx.reference == ctx.today:
        return weekday(groups, ctx, params)
    day = pick(ctx.reference, int(ctx.vocab.lookup("weekday", groups["weekday"])))
    return with_part_of_day(day, groups, ctx.vocab, part_type="DATE",
                            mod=mod_of(groups, ctx.vocab))


@resolver
def weekday_that(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'that Sunday': the first such day from the story's ('It opened on Friday, 16
    November 1984. My mother wrote to me that Sunday': the 18th), or the last up to it in
    a past perfect's sentence, never the publication's week, which 'that' points away
    from."""
    def pick(day: date, wanted: int) -> date:
        back = ctx.told_back(ctx.signal_at)
        return weekday_until(day, wanted) if back else weekday_from(day, wanted)
    return _story_weekday(groups, ctx, params, pick)


@resolver
def weekday_the(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'on the Saturday', 'on the same Thursday': the such day nearest the story's day,
    up to three days either side ('resigned on Monday 19 October, two days after a loss
    on the Saturday': the 17th), which 'the' names as one the story knows, before or
    after it; a future's, or one opening its sentence, which moves the story on ('On the
    Tuesday, at 11:05 a.m.' four days after its Friday), the next such day from it."""
    def pick(day: date, wanted: int) -> date:
        ahead = ctx.tense in (1, FUTURE_IN_PAST, PAST_PLAN) or (
            not groups.get("same") and ctx.opens_sentence(ctx.signal_at))
        return weekday_from(day, wanted) if ahead else _nearest_weekday(day, wanted)
    return _story_weekday(groups, ctx, params, pick)


@resolver
def weekday_after(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the Sunday after', 'the Friday before': the first such day after the story's day,
    or the last before it ('turned 100 on October 3. We had the party the Sunday after':
    October 6), as 'the following Sunday' counts."""
    wanted = int(ctx.vocab.lookup("weekday", groups["weekday"]))
    if groups["side"].lower() == "after":
        day = weekday_from(ctx.reference + timedelta(days=1), wanted)
    else:
        day = weekday_until(ctx.reference - timedelta(days=1), wanted)
    return Resolved(fmt_day(day))


def _heading_weekday(wanted: int, ctx: Context) -> date | None:
    """A weekday of a story told day by day weeks after its days, whose lead dated one
    ('At 5:52 p.m. on Thursday, Sept. 8' in a reconstruction published on the 25th): as
    a heading alone ('Wednesday', 'Thursday' over the hours of each), the such day
    nearest the latest the story has told, which then heads its part of the text up to
    the next heading line; inside that part ('Thursday morning brought the county's
    look', 'By Wednesday afternoon the creek could not be waded'), the such day nearest
    the heading's, not one of the publication's week, unless a future tells it. Only
    when the latest day told is more than a week (HEADING_GAP) before the publication:
    a story of its week keeps its weekdays there, and so does a part after a heading of
    another kind ('What comes next', then 'On Thursday, the commissioners voted')."""
    latest = ctx.latest
    if heading(ctx):
        if latest is None or not HEADING_GAP < (ctx.today - latest).days <= EPISODE_SPAN:
            return None
        day = _nearest_weekday(latest, wanted)
        ctx.heading_day = (day, ctx.part_end(ctx.signal_at))
        return day
    headed = _heading_part(ctx)
    if headed is None or ctx.tense == 1:  # 'will', told from now
        return None
    return _nearest_weekday(headed, wanted)


def _heading_part(ctx: Context) -> date | None:
    """The day of the weekday heading whose part of the text the expression read lies
    in (Context.heading_day), else None."""
    headed = ctx.heading_day
    return headed[0] if headed is not None and ctx.signal_at < headed[1] else None


def _nearest_weekday(day: date, wanted: int) -> date:
    """The day of weekday ``wanted`` (ISO, Monday 1) nearest ``day``, up to three days off."""
    return day + timedelta(days=(wanted - day.isoweekday() + 3) % 7 - 3)


def heading(ctx: Context) -> bool:
    """Whether the time read opens a sentence with no tense cue at all: a heading ('Thursday'
    over a day's entries)."""
    return ctx.opens_sentence(ctx.signal_at) and ctx.untensed(ctx.signal_at)


@resolver
def weekday_of_date(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """A weekday in apposition to the date told just before ('on April 3, 1972, a
    Monday'): that date, when it falls on that weekday; else the weekday as any other."""
    wanted = int(ctx.vocab.lookup("weekday", groups["weekday"]))
    told = ctx.last_period[:10]
    day = date.fromisoformat(told) if _DAY.fullmatch(told) else None
    if day is not None and day.isoweekday() == wanted:
        return Resolved(fmt_day(day))
    return weekday(groups, ctx, params)


@resolver
def weekday_of_week(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'Wednesday next week', 'Friday of last week': that weekday of the week named."""
    vocab = ctx.vocab
    wanted = int(vocab.lookup("weekday", groups["weekday"]))
    shift = int(vocab.lookup("relation", groups["week_relation"]))
    monday = ctx.today - timedelta(days=ctx.today.isoweekday() - 1)
    return Resolved(fmt_day(monday + timedelta(days=7 * shift + wanted - 1)), type="DATE")


def _in_past_episode(ctx: Context) -> bool:
    """Whether a past or verbless clause, or a future told from the past ('would not open
    again until Tuesday'), tells of an episode the story stands in weeks before the
    publication (Context.episode: a long read that opens 'At 12:01 a.m. on Saturday,
    March 9' eight months back): its weekdays go on from the story's day, or the
    episode's when the story stands on an older one, as a history's do; not a saying
    told now ('the company said on Friday')."""
    return (ctx.episode is not None and ctx.reference <= ctx.today
            and (_told_from_past(ctx) or ctx.untensed(ctx.signal_at))
            and not ctx.said_before(ctx.signal_at) and not ctx.reported_now(ctx.signal_at))


def _episode_day(ctx: Context) -> date:
    """The day an episode's weekday counts from: the story's, or the episode's when the
    story stands on an older day ('robbed once before, on Christmas night 1987') or on
    one near the publication that only a clock put it on ('CCTV shows the van passing at
    4.12am')."""
    episode = ctx.episode or ctx.reference
    if (ctx.today - ctx.reference).days <= EPISODE_GAP:
        return episode
    return max(ctx.reference, episode)


def _told_from(groups: Groups, vocab: Vocab) -> bool:
    """Whether a relation word counts from the story's time ('the following spring')."""
    return (groups.get("relation") or "").lower() in vocab.word_set("narrative_relation")


def _told_month(ctx: Context) -> date | None:
    """The first day of the month, quarter, half or season the story told of last, that
    'the following spring', 'the previous June' count from ('in the summer of 1990 ...
    the following spring' from June 1990); None after a year alone, a week or nothing."""
    found = _PART_TOLD.match(ctx.last_period)
    if found is None:
        return None
    year, month, quarter, half, season = found.groups()
    if month:
        first = int(month)
    elif quarter:
        first = 3 * int(quarter) - 2
    elif half:
        first = 6 * int(half) - 5
    else:
        months = ctx.vocab.get("season_months", season)
        if months is None:
            return None
        first = int(months[0])
    return date(int(year), first, 1)


def story_year(ctx: Context) -> int | None:
    """The year the story is told in, for a month or a season written without one ('In
    1954 she sailed for Scotland, arriving in Glasgow in September', 'In 1962 he moved to
    Paris. In March he opened a bakery', 'In the spring the tracks were lifted'): in the
    sentence that told it or opening its own; not 'Profits fell in March, the company
    said' after it, the publication's nearest."""
    told = told_year(ctx)
    if len(told) == 4 and (ctx.signal_at < ctx.told_until or ctx.opens_sentence(
            ctx.signal_at)) and not ctx.said_before(ctx.signal_at):
        return int(told)
    return None


def history_year(ctx: Context) -> int | None:
    """The year of the history a past clause tells of (Context.history): 'In February 1961
    a letter came ... On the night of 13 March', 'In the spring of 1923 ... she took the
    train in May', 'Its owners announced in December' after October 1955; not a present
    or future clause's ('will cover the houses again by December'), nor one in a sentence
    naming the publication's last days or weeks (vocab recent_anchor: 'They arrived in
    the city on February 1, and she rode two trial hours last week' after a career begun
    in 2016): the history has come back to the news."""
    history = ctx.history
    if history is None or ctx.tense >= 0 or ctx.reported_now(ctx.signal_at):
        return None  # 'Profits fell in March, the company said on Friday': the news's
    # a saying's month is the history's only once the story stands on one of its days
    # ('Its owners announced in December' after 11 October 1955), not in a history told
    # in a sentence ('In 1954 she sailed for Canada, the museum said in March')
    if ctx.said_before(ctx.signal_at) and ctx.reference.year != history:
        return None
    return None if ctx.recent_told(ctx.signal_at) else history


def told_month_year(month: int, ctx: Context) -> int | None:
    """The year of a month (or a holiday in it) named alone, without a relation word,
    when the story tells it: the story's year, a history's, a chronicle's, or that of the
    plans its sentence names a year for (date_ and holiday read it alike)."""
    return (story_year(ctx) or _history_month_year(month, ctx) or chronicle_year(month, ctx)
            or _plan_year(ctx))


def _plan_year(ctx: Context) -> int | None:
    """The year, the publication's or later, that the sentence named last (or that of the
    month it named since), for a month a plan or a future tells of in it ('For 2025: a
    second show at the same gallery in September', 'In 2026 the line will open in March',
    'said that in 2027 it would sell the site in April'): not the publication's nearest,
    which the year named has put aside; not a past clause's ('was announced in March')."""
    if ctx.signal_at >= ctx.ahead_until or not _YEAR.match(ctx.last_period):
        return None
    if ctx.tense < 0 and ctx.tense not in (FUTURE_IN_PAST, PAST_PLAN):
        return None
    year = int(ctx.last_period[:4])
    return year if year >= ctx.today.year else None


def chronicle_year(month: int, ctx: Context) -> int | None:
    """The year of a month, a day of it or a season (its first ``month``) named alone in a
    past clause after the story told of a month, a season or a day of an old year (two or
    more before the publication's) that it does not come before: a chronicle goes on
    within the year it dated last ('At the town meeting of March 1835 the voters refused
    ... the legislature granted it a charter in October': 1835's; 'launched on 12 May
    1906. Her maiden voyage, on 2 June': 1906's), and a plan told in it ('voted to return on
    26 March' after a strike of February 1971), not a future a saying tells ('said the
    team would present its findings on Feb. 10'). Only in the paragraph that dated it
    (Context.period_until), and while the story's day is in that year or the text has
    told of no day up to the publication's since that year's start (a day of an older
    year is the history's: 'opened on 6 June 1809 ... in the autumn of 1857, and in a
    letter of 2 October complained', 1857's): a report's background leaves its news where
    it was ('the bailout of November 2010. Ireland left the programme in December', told
    in 2013: 2013's). Not a month before it ('filed their class action in August 2002.
    The trial began on 7 February'), nor one a saying tells now ('sales fell in March,
    the company said')."""
    told = _PART_TOLD.match(ctx.last_period)
    if told is None or not (ctx.tense < 0 or ctx.tense == PAST_PLAN) \
            or ctx.signal_at >= ctx.period_until \
            or ctx.reported_now(ctx.signal_at) or ctx.said_before(ctx.signal_at):
        return None
    season = ctx.vocab.get("season_months", told[5] or "")
    first = int(told[2]) if told[2] else int(season[0]) if season else None
    year = int(told[1])
    on_it = ctx.reference.year == year or ctx.latest is None or ctx.latest.year < year
    return year if on_it and first and year <= ctx.today.year - 2 and first <= month else None


def _told_from_past(ctx: Context) -> bool:
    """Whether a clause is past, or a plan or future told from the past ('would not open
    again until Tuesday morning'): both lie in the past's own time."""
    return ctx.tense < 0 or ctx.tense in (FUTURE_IN_PAST, PAST_PLAN)


def _history_month_year(month: int, ctx: Context) -> int | None:
    """The year of a month named alone in a history (history_year): the history's, or
    in a past perfect's sentence the last such month up to the one the story told of
    ('On 9 January 1924 she found that the stakes had moved further than in any
    fortnight of August': 1923's)."""
    year = history_year(ctx)
    if year is None or not ctx.told_back(ctx.signal_at):
        return year
    told = _month_told(ctx)
    if told is None or told[0] != year:
        return year
    return year - 1 if month > told[1] else year


def _month_told(ctx: Context) -> tuple[int, int] | None:
    """The year and month of the period the story told of last, when it is a month."""
    told = _YEAR_MONTH.match(ctx.last_period)
    return None if told is None or not told.group(2) else (int(told[1]), int(told[2]))


def _in_history(ctx: Context) -> bool:
    """Whether the story stands on a day of a history (Context.history) and the clause is
    past, not a saying told now ('she said on Tuesday')."""
    return (history_year(ctx) is not None and ctx.reference.year == ctx.history
            and not ctx.said_before(ctx.signal_at))


def told_year(ctx: Context) -> str:
    """What a time counted from the story's ('the following weekend', 'the next day') can
    say of its year when the story told of a year alone last and its day lies outside it
    ('In 1998 she met him at a party. They married the following weekend': 1998, the
    week not known), or of a decade or a century ('In the 1990s ... The following
    spring': no year known, 'XXXX'); '' when the story's day is what it counts from."""
    told = ctx.last_period
    if len(told) > 4 or not _framed(ctx):
        return ""  # a month told of is told_month's
    return told if len(told) == 4 else "XXXX"


def _framed(ctx: Context) -> bool:
    """Whether the period the story told of last frames the time now read: told as the
    story's own, the story's day outside it, and the clause past (a present or future one
    counts from now: 'The next day's vote will decide it')."""
    return (ctx.period_own and not fmt_day(ctx.reference).startswith(ctx.last_period)
            and ctx.tense < 0)


def told_month(ctx: Context) -> date | None:
    """The first day of a month the story told of last, as told_year's year, when its day
    lies outside it ('In March 2019 the plant closed. The following day': some day of
    March 2019); None when the story's day is what a time counts from."""
    told = ctx.last_period
    if len(told) != 7 or not told[5:].isdigit() or not _framed(ctx):
        return None  # a season told of ('1923-SP') is no month
    return date(int(told[:4]), int(told[5:]), 1)


def _within_month(first: date, unit: str, ctx: Context) -> Resolved | None:
    """A narrative day or week after a happening of a month told of, its day not known:
    'the following day' is a day of that month ('2019-03-XX', whose value says the month,
    so its interval is the month's too), 'the following week' a week of its year
    ('2019-WXX') within the month and a week after it; else None."""
    month = f"{first:%Y-%m}"
    part = ctx.vocab.get("part_of_day", unit)
    if unit == "day" or part:
        value = f"{month}-XX" + (f"T{part}" if part else "")
        return Resolved(value, type="TIME" if part else "", interval_value=month)
    if unit not in ("week", "weekend"):
        return None
    zone = ctx.dct.tzinfo or UTC
    begin = datetime(first.year, first.month, 1, tzinfo=zone)
    until = datetime.combine(move(first, "month", 1) + _A_WEEK, datetime.min.time(), zone)
    value = f"{first.year}-WXX" + ("-WE" if unit == "weekend" else "")
    return Resolved(value, anchor=(begin, until, "week"))


_A_WEEK = timedelta(weeks=1)


def _on_from_month(first: date, days: float, ctx: Context) -> Resolved | None:
    """So many days on from (or back from) some day of a month told of: a day of its year
    ('2019-XX-XX') whose interval is the month moved by as much; None when that runs into
    another year, which the value could not say."""
    begin = first + timedelta(days=days)
    until = move(first, "month", 1) + timedelta(days=days)
    if begin.year != (until - timedelta(days=1)).year:
        return None
    zone = ctx.dct.tzinfo or UTC
    start, end = (datetime.combine(day, datetime.min.time(), zone) for day in (begin, until))
    return Resolved(f"{begin.year}-XX-XX", anchor=(start, end, "day"))


def _within_year(year: str, value: str, steps: int = 0) -> Resolved:
    """An underspecified value within a year told of ('1998-WXX-WE'), which places the
    story in that year; within no known year ('XXXX-SP'), nowhere. A year itself is the
    one so many ``steps`` from it ('the following year': 1999)."""
    if year[0] == "X":
        return Resolved(year + value)
    if not value:
        year = year_value(int(year) + steps)
    return Resolved(year + value, interval_value=year)


def by_tense(later: date, earlier: date, ctx: Context) -> date:
    """Of a weekday's next and last days (today is both), the one the clause's tense
    points to (weekday), with no tense the nearest, or the last when the story stands on
    a day of the week before it (it walks through that week's days); the tense is not
    looked for when they are the same day."""
    if later == earlier:
        return later
    nearest = earlier if ctx.today - earlier < later - ctx.today else later
    tense = ctx.tense
    if tense < 0:
        return earlier
    if tense == 0 and earlier - _A_WEEK <= ctx.reference < earlier and ctx.untensed(
            ctx.signal_at):
        # no tense cue, the story walking through the past week's days ('I landed here a
        # week ago today ... We set off at 8.30am Tuesday'): the day after it, not one
        # ahead; a present tells what is still to come ('His court date is Friday')
        return earlier
    if tense == 0 and ctx.reference > ctx.today:
        # the story stands on a day still to come, which a present tells walking on
        # through the days ahead ('The Grand Parade leaves at 10 a.m. Saturday, and the pie
        # contest is judged at 1 p.m. Sunday', on a Wednesday): the next such day, not
        # the last, however near
        return later
    if tense in (0, PAST_PLAN, POSSIBLE):
        return nearest
    if tense == FUTURE_IN_PAST:
        told = ctx.told_finder()
        return nearest if told is not None and nearest >= told else later
    return later


def with_part_of_day(
    day: date,
    groups: Groups,
    vocab: Vocab,
    default: str = "",
    part_type: str = "TIME",
    mod: str = "",
) -> Resolved:
    """A day, or a part of it; a night said to run into the morning ('overnight') has
    the same value but the interval of crossing_night, or of its small_hours when the
    next day is named ('overnight Saturday into Sunday')."""
    word = groups.get("part_of_day")
    part = vocab.lookup("part_of_day", word) if word else default
    if not part:
        return Resolved(fmt_day(day), type="DATE", mod=mod)
    said = word or groups.get("relative_day")
    crossing = vocab.get("crossing_night", said) if said else None
    if crossing and groups.get("into_day"):
        crossing = vocab.lookup("small_hours", crossing)
    hours = f"{fmt_day(day)}T{crossing}" if crossing else ""
    return Resolved(f"{fmt_day(day)}T{part}", type=part_type, mod=mod, interval_value=hours)


@resolver
def day_edge(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'at dawn', 'by nightfall': the part of the story's day the edge falls in, with the
    edge's hours as its interval; in a present or future clause the publication's day,
    or the next day once the edge is past ('will withdraw by nightfall' at 22:00), but
    in a future told from the past under a day heading weeks back (_heading_weekday)
    the story's, or the next once its clock is past the edge ('would inspect at first
    light' after a 9:30 p.m. call); the day named right after it ('at dawn today')
    whatever the story's day."""
    part, hours = ctx.vocab.lookup("day_edge", groups["day_edge"])
    day = ctx.reference
    if groups.get("day_word"):
        day = ctx.today + timedelta(days=ctx.vocab.lookup("relative_day", groups["day_word"])[0])
    elif ctx.tense == FUTURE_IN_PAST and _heading_part(ctx) is not None:
        # a plan told from a day a heading set, weeks back ('would inspect at first light'
        # after a 9:30 p.m. call): the first such edge after the story's clock
        clock = ctx.clock
        late = clock is not None and clock.date() == day and clock.hour >= _hours(ctx, hours)[1]
        day += timedelta(days=late)
    elif ctx.tense >= 0:
        day = ctx.today
        if ctx.tense > 0 and ctx.dct.hour >= _hours(ctx, hours)[1]:
            day += timedelta(days=1)
    return Resolved(f"{fmt_day(day)}T{part}", interval_value=f"{fmt_day(day)}T{hours}")


@resolver
def coming_part_of_day(
    groups: Groups, ctx: Context, params: dict[str, Any]
) -> Resolved | None:
    """'by evening', 'until morning': the next such part of the day from where the story
    stands, the story's day or, once the story is at its evening or night, the next
    day's morning ('shouting in the dark on Sunday night, but we could not reach them
    until morning': Monday morning), a plan told in the past's too ('set out on Sunday,
    planning to return by evening'); in a present or future clause the publication's."""
    if not _told_from_past(ctx):
        return with_part_of_day(ctx.today, groups, ctx.vocab)
    day = ctx.reference
    if ctx.evening == day and ctx.vocab.lookup("part_of_day", groups["part_of_day"]) == "MO":
        day += timedelta(days=1)
    return with_part_of_day(day, groups, ctx.vocab)


@resolver
def relative_day(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """today, yesterday, tonight, last night, overnight, yesterday afternoon; 'overnight'
    (story_relative_day) is the night before the story's day (or that day's, when the
    story is at its evening), or in a future clause the coming night, and does not move
    the story. 'tonight' in a past clause, when the story is at an earlier day's evening,
    is that evening's night (a quote of it)."""
    offset, part = ctx.vocab.lookup("relative_day", groups["relative_day"])
    mod = mod_of(groups, ctx.vocab)  # 'late yesterday'
    if not (offset or part or mod or groups.get("part_of_day")) and ctx.tense == 0 \
            and ctx.history is not None:
        # a present 'today' set against a history told ('In 1882 the Tayside was
        # launched ... Today about 40 yachts are moored there') is nowadays, as a
        # present 'now' is; the story's state moves as by the day (interval_value)
        return Resolved("PRESENT_REF", interval_value=ctx.today.isoformat())
    from_story = groups["relative_day"].lower() in _story_relative_days(ctx.vocab)
    now = None if from_story else scene_now(ctx)
    if now is not None:
        # the narrator's now in a scene of days past ('Tonight I sleep above the only
        # bar', '"Tomorrow the sun," Celestino promises'): counted from the scene's day
        return with_part_of_day(now + timedelta(days=offset), groups, ctx.vocab, part, mod=mod)
    base = ctx.today
    if from_story and ctx.tense > 0:
        offset, from_story = offset + 1, False  # 'will drop overnight': tonight
    elif from_story:
        base = ctx.reference
        if ctx.evening == base:
            offset += 1  # 'left on Tuesday evening ... rose overnight': Tuesday's night
        if ctx.tense < 0 and _night_to_come(base + timedelta(days=offset), ctx):
            # a past night has begun before publication: 'The city said overnight that',
            # filed at 01:50 after a paragraph on Monday's plans, is the night under way
            base, offset = ctx.today, -1
    elif part == "NI" and not offset and ctx.evening == ctx.reference < ctx.today and ctx.tense < 0:
        # a past 'tonight' after the story was placed on an earlier evening is that night,
        # as its speaker said it ('claimed victory at 10:50 p.m. "Tonight you told us..."')
        base = ctx.reference
    elif part == "NI" and not offset and _in_small_hours(ctx):
        base -= timedelta(days=1)  # 'tonight' filed at 2:40 a.m.: the night still under way
    found = with_part_of_day(base + timedelta(days=offset), groups, ctx.vocab, part, mod=mod)
    if _parts_unknown(ctx) and base == ctx.today and offset == 0 and (
            part or groups.get("part_of_day")):
        return _whole_day(found, ctx)  # a day-only 'tonight'
    return found._replace(moves_story=False) if from_story else found


def scene_now(ctx: Context) -> date | None:
    """The day a scene told in the present stands on (Context.scene_day), when the clause
    read is told in that present, or in none: the narrator's now in a travelogue or a
    diary told in the present of days gone ('It is the last Saturday in September ...
    Tonight I sleep above the only bar'), which its 'tonight', 'tomorrow' and bare weekdays
    count from, not the publication's; None elsewhere."""
    if ctx.scene_day is None or ctx.tense > 0 or not ctx.scene_present(ctx.signal_at):
        return None
    return ctx.scene_day


def _night_to_come(day: date, ctx: Context) -> bool:
    """Whether the night of a day had not begun at publication: one of the coming week's
    (a plan's day the story moved to), or the publication day's when it was filed with a
    clock before that night's start. A story told of a time beyond that is its own."""
    if day != ctx.today:
        return ctx.today < day <= ctx.today + timedelta(days=7)
    return not ctx.date_only and ctx.dct.hour < _hours(ctx, "NI")[0]


def _in_small_hours(ctx: Context) -> bool:
    """Whether the publication clock is in the small hours that a night runs into
    (part_of_day_hours ON): filed then, 'tonight' is the night begun the evening before
    ('lost good people tonight', filed at 02:40 on an election night). Midnight itself
    is what a day given without its clock is read as, not a clock."""
    clock = ctx.dct.hour * 60 + ctx.dct.minute
    return not ctx.date_only and 0 < clock < (_hours(ctx, "ON")[1] - 24) * 60


@cache
def _story_relative_days(vocab: Vocab) -> frozenset[str]:
    """The relative_day words counted from the story's day ('overnight')."""
    return frozenset(w.lower() for w in vocab.words("story_relative_day"))


@resolver
def position_part_of_day(
    groups: Groups, ctx: Context, params: dict[str, Any]
) -> Resolved | None:
    """'mid-afternoon', 'late morning yesterday': that part of the story's day, or of the
    day named; the position is the mod."""
    day = ctx.reference
    if groups.get("day_word"):
        day = ctx.today + timedelta(days=ctx.vocab.lookup("relative_day", groups["day_word"])[0])
    found = with_part_of_day(day, groups, ctx.vocab)
    return Resolved(found.value, type="TIME", mod=mod_of(groups, ctx.vocab))


@resolver
def this_part_of_day(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'this evening', 'later this morning', 'late this morning': a part of the
    publication day."""
    resolved = with_part_of_day(ctx.today, groups, ctx.vocab)
    later = groups["_text"].lower().startswith("later")
    found = Resolved(resolved.value, type="TIME", mod="END" if later else mod_of(groups, ctx.vocab))
    return _whole_day(found, ctx) if _parts_unknown(ctx) else found


def _parts_unknown(ctx: Context) -> bool:
    """Whether the day now read from is the publication's without a clock (or a quoted
    saying's), whose parts the writer's 'this morning' may not be in the frame's hours: a
    dated section's day alone ('Wednesday 10 April' over 'this morning she took on a
    lamb') is the writer's own, its parts the hours its clock times are read in."""
    return ctx.date_only and (ctx.outside is not None or ctx.published in (None, ctx.dct))


def _whole_day(part: Resolved, ctx: Context) -> Resolved:
    """A part of the publication day when that day has no clock: TIMEX3 names the part
    ('2024-03-20TMO' needs only the day), but which hours of the day the writer's
    'this morning' meant is not known, so the interval is the whole day."""
    return part._replace(interval_value=fmt_day(ctx.today))


@resolver
def time(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """Clock times, on the day the narrative is at ('just before 9.30pm'), unless that
    day is past and the clause is not ('Polls close at 9.30pm' after 'went to the polls
    on Monday'): a present or future schedule is on the publication day. A saying's is
    on the latest day the story told of ('told a news conference at 11 a.m.'). What a
    past clause tells of has happened: a clock time it puts on the publication day after
    the publication time is the day before's ('conceded at 11:30 p.m.' in a story filed
    at 10:15 a.m.); a trading session's clock time before the publication time is the
    publication day's, wherever the story went back to ('Trading in the stock was halted
    at 11:40 a.m.' in a story filed at 18:20 after a statement late the day before). An
    end ('until 6 a.m.') in a present or future clause is still to come: before the
    publication time it is the next day's ('a curfew is in force until 6 a.m.' at 19:45)."""
    vocab = ctx.vocab
    day = ctx.reference
    if ctx.saying and ctx.latest is not None and ctx.latest > day:
        day = ctx.latest
    from_story = not params.get("on_day")
    text = groups["_text"].lower()
    for word, shift in (("yesterday", -1), ("today", 0), ("tomorrow", 1)):
        if word in text:
            day, from_story = ctx.today + timedelta(days=shift), False
            break
    else:
        # a day the words name ('10 p.m. last night', '5 p.m. Nov. 9') stays, whatever
        # the tense ('Gunman kills three at 10 p.m. last night')
        if from_story and ctx.scene_day is not None and ctx.scene_present(ctx.signal_at):
            day = ctx.scene_day  # 'At 3.15, Vitale plays a song' in a scene of January's
        elif from_story and day < ctx.today and ctx.tense in (0, 1):
            day = ctx.today
    raw_hour, small_hours = "", False
    if groups.get("clock_word"):  # 'noon', 'midnight' (24:00): on the day as any clock
        said = str(vocab.lookup("clock_word", groups["clock_word"]))
        hour, minute = int(said[:2]), int(said[3:5])
    else:
        raw_hour = groups.get("hour") or groups.get("hour_word") or ""
        hour = _hour_of(groups, vocab)
        # 'half ten' is half past ten, whichever half of the day the hour goes to
        minute = int(groups["minute"]) if groups.get("minute") else 30 if groups.get("half") else 0
    ampm = (groups.get("ampm") or "").lower()
    if groups.get("day_part"):  # "4 in the morning", "seven in the evening"
        ampm = "am" if groups["day_part"].lower() == "morning" else "pm"
    if ampm and groups.get("end_hour") and hour % 12 > int(groups["end_hour"]) % 12:
        ampm = "pm" if ampm.startswith("a") else "am"  # 'from 11 to 2 p.m.': the other half
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    elif not ampm and from_story and (_evening_hour(day, hour, raw_hour, ctx) or (
            (params.get("words") or _small_digit_hour(raw_hour, hour, ctx))
            and _after_clock(day, hour, ctx))):
        hour += 12
    elif params.get("bare"):
        if not _recent_story_day(day, ctx) and day != ctx.scene_day:
            return None  # 'She started school at five': an age, a figure
        hour, small_hours = _bare_hour(hour, day, ctx)
        if small_hours:
            day += timedelta(days=1)
    if hour > 24 or (hour == 24 and minute):
        return None
    # a publication time at midnight sharp is more often a day without its clock
    clocked = not ctx.date_only and (ctx.dct.hour, ctx.dct.minute) != (0, 0)
    later = (hour, minute) > (ctx.dct.hour, ctx.dct.minute)
    if from_story and day == ctx.today and clocked and later and ctx.tense < 0:
        day -= timedelta(days=1)
    elif (from_story and day < ctx.today and clocked and not later and ctx.session
          and ctx.told_today):
        # the publication day's session, before the copy was filed, once the story has
        # told of that day; else the session of the day the story is at ('warned on
        # profits on Monday. Its shares fell 12 percent by 3 p.m.', filed on Wednesday)
        day = ctx.today
    elif from_story and ((_past_midnight(day, hour, ctx) and ctx.tense <= 0)
                         or _morning_after(day, hour, ctx)):
        day += timedelta(days=1)
    elif from_story and ctx.tense < 0 and _evening_before(day, hour, ctx):
        day -= timedelta(days=1)
    elif from_story and ctx.night is not None and _night_before(day, hour, ctx):
        day = ctx.night
    elif from_story and ctx.afternoon is not None and _afternoon_before(day, hour, ctx):
        day = ctx.afternoon
    elif (from_story and day < ctx.today and ctx.later_today
          and hour < _hours(ctx, ctx.later_today)[0]):
        # a clock before a part of the publication day the clause goes on to is that
        # day's ('The final container broke the surface at 09:45 and was landed at
        # Fos-sur-Mer early this afternoon', after divers began lifting on Monday)
        day = ctx.today
    elif (from_story and day == ctx.today and clocked and not later and ctx.end
          and ctx.tense in (0, 1)):
        # 'a curfew is in force until 6 a.m.' at 19:45: tomorrow's; 'until 6 a.m. today'
        # names its day
        day += timedelta(days=1)
    second = f":{groups['second']}" if groups.get("second") else ""  # 'at 9:02:13 a.m.'
    # the small hours a night ran into leave the story at that night's day ('played until
    # two. The next morning': Sunday's after Saturday night)
    return Resolved(f"{fmt_day(day)}T{hour:02d}:{minute:02d}{second}",
                    moves_story=not small_hours)


def _hour_of(groups: Groups, vocab: Vocab) -> int:
    """The hour a clock's words give, in digits or a number word ('8', 'ten')."""
    raw_hour = groups.get("hour") or groups.get("hour_word") or ""
    return int(raw_hour) if raw_hour.isdigit() else int(vocab.lookup("number", raw_hour))


def _recent_story_day(day: date, ctx: Context) -> bool:
    """Whether the story stands on a day the text named in the week up to the
    publication's (a diary's or a trip's days), where a bare number word after 'at' or
    'until' tells its hours; elsewhere it is more often an age or a figure."""
    return ctx.latest is not None and 0 <= (ctx.today - day).days <= 7


def _bare_hour(hour: int, day: date, ctx: Context) -> tuple[int, bool]:
    """The hour of a bare number word on a day ('left at five', 'slept until eleven'), and
    whether it is a small hour of the next day: one to six is the afternoon's, as a day's
    doings are, or once the story stands at that day's evening or night the small hours
    after it ('On Saturday night the band played until two'); seven to eleven the
    morning's, unless the story stands at that day's evening ('We ate chips that evening
    ... pitched the tent at about ten'); twelve is noon. An hour up to six after a small
    hour the story's clock stands at that day is a small hour too ('At 4.30 she reads the
    weather. At five she hands over'), and so is one before such a clock, which that
    night's doings come to ('Thursday 12 July, 06:10. Hine fed at 2 and again at 5'), when
    told in the past: 'The vet will come at two' after 05:40 is the afternoon's. After a
    verb of rising ('got up at four') an hour up to six is the morning's."""
    morning = _hours(ctx, "MO")[0]
    clock = ctx.clock
    if (clock is not None and clock.date() == day and max(clock.hour, hour) <= morning
            and (clock.hour <= hour or ctx.tense < 0)):
        return hour, False
    if hour <= morning and ctx.risen(ctx.signal_at):
        return hour, False  # 'We got up at four to watch the puffins': that morning's
    if hour <= morning and ctx.evening == day:
        return hour, True
    if hour <= morning or (hour < 12 and ctx.evening == day):
        return hour + 12, False
    return hour, False


def _small_digit_hour(raw_hour: str, hour: int, ctx: Context) -> bool:
    """Whether a clock in digits without a.m. or p.m. is a twelve-hour clock's afternoon
    hour read as a small hour: written without a leading zero, before the morning's
    start ('reached Chikatsuyu at 4.20' after lunch at half twelve). An hour of the
    morning ('opened at 9.30' after 'closed at 4pm') may be told out of order; a day's
    doings at 4.20 in the night, after its daytime clock, seldom are."""
    return raw_hour[:1] not in ("0", "") and raw_hour.isdigit() and hour < _hours(ctx, "MO")[0]


def _evening_hour(day: date, hour: int, raw_hour: str, ctx: Context) -> bool:
    """Whether an hour written without a.m. or p.m. ('at 10 o'clock', 'at 9.30') is the
    evening's: told after the story reached an evening clock of its day ('gave way at
    11:40 p.m. ... had driven up to look at the dam at 10 o'clock'), an hour from the
    morning's start to 11 (a small hour is the night's, _past_midnight); not one with a
    leading zero, a 24-hour clock's; nor one a past perfect tells of that the evening's
    would put after the clock ('broke down at 8 p.m. It had left Leeds at 9 o'clock':
    the morning's). With no clock of its day yet, the story standing at that day's
    evening or night is enough ('was performed last night ... when the last movement
    ended, shortly before half past nine'), as for a bare number (_bare_hour)."""
    clock = ctx.clock
    if raw_hour[:1] in ("0", "") or not _hours(ctx, "MO")[0] <= hour < 12:
        return False
    if clock is None or clock.date() != day:
        return ctx.evening == day and not ctx.told_back(ctx.signal_at)
    if ctx.told_back(ctx.signal_at) and hour + 12 > clock.hour:
        return False
    return clock.hour >= _hours(ctx, "EV")[0]


def _after_clock(day: date, hour: int, ctx: Context) -> bool:
    """Whether a clock said in words ('half past four') is the afternoon's: told after the
    story's clock reached a later hour of that day's morning or afternoon, past the
    morning's start, as a day's doings are told in their order ('Two fitters arrived at 8
    this morning and were finished by half past four', 'opens at 9 and closes at half past
    four'); not after a night's end at dawn ('on air until 6 the next morning. A woman
    rang at half past three'), nor what a past perfect tells of, which came before, nor
    an afternoon not yet come at the publication."""
    clock = ctx.clock
    morning, _ = _hours(ctx, "MO")
    return (clock is not None and clock.date() == day
            and max(hour, morning) < clock.hour < _hours(ctx, "EV")[0]
            and (day != ctx.today or ctx.date_only or hour + 12 < ctx.dct.hour)
            and not ctx.told_back(ctx.signal_at))


def _hours(ctx: Context, part: str) -> tuple[int, int]:
    """The hours a part of the day ('MO', 'EV') runs from and to (vocab part_of_day_hours)."""
    start, end = ctx.vocab.lookup("part_of_day_hours", part)
    return int(start), int(end)


def _night_before(day: date, hour: int, ctx: Context) -> bool:
    """Whether an evening clock time in a past clause of a story published on a day without
    a clock, the story at that day's earlier hours, falls on the night the text named
    before (Context.night: 'Police said today they have caught the last of three men who
    escaped from a prison van on Saturday night. ... He was arrested shortly after 6 a.m.
    ... The van stopped at a service station at about 9:40 p.m.': Saturday's); that
    evening of the publication day need not have come yet."""
    evening = _hours(ctx, "EV")[0]
    return (ctx.date_only and day == ctx.today and ctx.tense < 0 and hour >= evening
            and ctx.evening != day and (ctx.clock is None or ctx.clock.hour < evening))


def _afternoon_before(day: date, hour: int, ctx: Context) -> bool:
    """Whether an afternoon clock time in a past clause of a story published on a day
    without a clock, the story at that day with no clock of it, falls on yesterday's
    afternoon when the text named it (Context.afternoon: 'part of it collapsed yesterday
    afternoon ... Police fenced off the sculpture this morning. The collapse happened at
    about 3:20 p.m.': yesterday's), not on the publication day's, which the text has not
    named and which need not have come yet."""
    start, end = _hours(ctx, "AF")
    return (ctx.date_only and not ctx.diary and day == ctx.today and ctx.tense < 0
            and ctx.afternoon == day - timedelta(days=1) and start <= hour < end
            and (ctx.clock is None or ctx.clock.date() != day))


def _morning_after(day: date, hour: int, ctx: Context) -> bool:
    """Whether a morning clock time in a past clause told after the story reached the
    evening of a day before the publication's, with no clock of that day's evening, is the
    next morning's ('took off at 2:15 p.m. ... the search was called off at dusk. A police
    team found the wreck shortly after 8 a.m.': the day after). After a night the story
    was told through, any daytime clock of a past clause is, but one a past perfect tells
    of: the night has passed ('kept its skin wet through Sunday night ... The attempt
    began at 3:30 p.m.': Monday's). A night told at a point ('sank on Saturday night. It
    left port at 4 p.m.') leaves the afternoon to the back-story."""
    morning, noon = _hours(ctx, "MO")
    if ctx.evening != day or day >= ctx.today or ctx.tense >= 0 or hour < morning:
        return False
    if ctx.night_through == day:
        return hour < _hours(ctx, "EV")[0] and not ctx.told_back(ctx.signal_at)
    return hour < noon and (ctx.clock is None or ctx.clock.date() != day
                            or ctx.clock.hour < _hours(ctx, "EV")[0])


def _evening_before(day: date, hour: int, ctx: Context) -> bool:
    """Whether an evening clock time in a past clause (asked by the caller), while the
    story stands at a small-hours clock of ``day`` that an earlier sentence told and
    nothing placed after, is the evening before, whose night ran into those hours ('was
    found at around 12.20am on Sunday. He had spent the evening at a party and left at
    about 11.45pm': Saturday's): the story goes back to what led up to its night. Not in
    the clock's own sentence, told in order ('opened at 5am on Tuesday and closed at
    11pm'), nor after the story went on ('Shortly after 2 a.m. ... Thursday morning')."""
    return (_small_hours_of(day, ctx) and ctx.signal_at >= ctx.clock_until
            and _hours(ctx, "EV")[0] <= hour < 24)


def _past_midnight(day: date, hour: int, ctx: Context) -> bool:
    """Whether a small-hours clock time told after the story reached an evening clock of
    its day is the next day's ('The storm reached the site at about 11:15 p.m. on Friday
    ... By 1 a.m. we knew the festival was over': Saturday 1 a.m.), a day not after the
    publication's. So is one told after the story reached that day's evening or night
    without a clock ('Talks broke down late on Monday. At 1 a.m. the unions walked out':
    Tuesday 1 a.m.; benchmarks.dating and TempEval unchanged), unless a past perfect
    tells of it, what came before. The story last placed at that evening after an earlier
    clock of the day is there too ('broke down at 3:10 p.m. on Monday. A relief coach was
    promised for later that evening ... Hours later, at 1:30 a.m.': Tuesday's), when the
    story went on to that evening from its day (Context.evening_on), not to a day's
    evening it names, a dated fact its small hours may come before ('The crash happened
    at 7.40am on Monday. The road reopened on Monday evening. Police were first called to
    the junction at about 2am': Monday's). Once the
    story's clock has passed that night's midnight, its small hours are the next day's
    whatever the tense ('By midnight the count was level, and at 2 a.m. the challenger
    had pulled ahead')."""
    clock = ctx.clock
    if day >= ctx.today:
        return False
    morning, noon = _hours(ctx, "MO")
    if clock is not None and clock.date() == day + timedelta(days=1) and clock.hour < morning:
        return hour < morning
    if (ctx.evening == day and hour < morning and not ctx.told_back(ctx.signal_at)
            and (clock is None or clock.date() != day or ctx.evening_on)):
        return True
    if clock is None or clock.date() != day:
        # a clock of another day says nothing of this one's night ('The vet saw her at
        # 11 a.m. on Monday. On Tuesday night she howled until about 3am': Wednesday's)
        return False
    evening = _hours(ctx, "EV")[0]
    # a morning hour told in a simple past goes on to the next day too ('landed at 11:52
    # p.m. The employees received an email at 6:30 a.m.'), not one a past perfect tells
    # of ('It had taken off at 8 a.m.')
    return clock.hour >= evening and (hour < morning or (
        hour < noon and ctx.tense < 0 and not ctx.told_back(ctx.signal_at)))


@resolver
def clock_past_to(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'half past six', 'a quarter to nine', 'ten past four': the clock time they name,
    as time resolves 'six o'clock'."""
    hour = int(ctx.vocab.lookup("number", groups["hour_word"].lower()))
    if groups.get("half") or groups.get("quarter"):
        minutes: float | None = 30 if groups.get("half") else 15
    else:
        minutes = count_of(groups["minute_word"], ctx.vocab)
    if minutes is None or not 0 < minutes < 60 or not 1 <= hour <= 12:
        return None
    if groups["direction"].lower() == "to":
        hour, minutes = (hour - 1) or 12, 60 - minutes
    clock = {k: v for k, v in groups.items() if k not in ("hour", "hour_word")}
    return time({**clock, "hour": str(hour), "minute": f"{int(minutes):02d}"}, ctx,
                {**params, "words": True})


@resolver
def clock_on_day(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'noon Saturday', '8 p.m. Thursday': the clock time on the weekday it names; 'at 9pm
    that Friday' on the story's Friday (weekday_that)."""
    day = (weekday_that if groups.get("same") else weekday)(groups, ctx, params)
    return None if day is None else _time_on(date.fromisoformat(day.value[:10]), groups, ctx)


@resolver
def clock_on_day_words(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'ten o'clock last night', '9 a.m. this morning': the clock time on the day the
    words name; an o'clock hour of the afternoon, evening or night is after noon. A night
    runs past midnight: its small hours are the next day's ('at about 1.30am last night',
    published at 7 a.m., is this morning's 1:30)."""
    offset, part = ctx.vocab.lookup("clock_day", groups["clock_day"])
    return _clock_in_part(ctx.today + timedelta(days=offset), part, groups, ctx)


@resolver
def clock_24h_bare(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'at 0540', 'at 0650 this morning': a 24-hour clock time without a zone, as any
    clock time alone, or on the day its day words name; the hour is the clock's own, never
    moved to the afternoon, and a night's small hour is the next day's ('at 0130 last
    night')."""
    if not groups.get("day_hour"):
        return time(groups, ctx, params)
    clock = {**groups, "hour": groups["day_hour"], "minute": groups["day_minute"]}
    offset, part = ctx.vocab.lookup("clock_day", groups["clock_day"])
    day = ctx.today + timedelta(days=offset)
    if part == "NI" and int(clock["hour"]) < _hours(ctx, "MO")[0]:
        day += timedelta(days=1)
    return _time_on(day, clock, ctx)


@resolver
def clock_on_narrative(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'at 11:40 that night', 'until 6 the next morning': the clock time in the part of
    the day the story's words name (narrative), as clock_on_day_words reads it; 'until
    14:00 the next day': on the day they name."""
    told = narrative({**groups, "_text": groups["day_words"]}, ctx, params)
    if told is not None and _DAY.fullmatch(told.value):
        return _time_on(date.fromisoformat(told.value), groups, ctx)
    if told is None or not _DAY_PART.fullmatch(told.value):
        return None
    return _clock_in_part(date.fromisoformat(told.value[:10]), told.value[11:], groups, ctx)


def _clock_in_part(day: date, part: str, groups: Groups, ctx: Context) -> Resolved | None:
    """A clock time on a day in a part of it (``part``, '' for the whole day): in the
    morning before noon, else after it; a night's hour before the morning's start is a
    small hour of the next day ('at 2 last night')."""
    clock = dict(groups)
    morning = _hours(ctx, "MO")[0]
    if not groups.get("ampm") and part:
        small = part == "NI" and _hour_of(groups, ctx.vocab) < morning
        clock["ampm"] = "am" if part == "MO" or small else "pm"
    found = _time_on(day, clock, ctx)
    if found is not None and part == "NI" and int(found.value[11:13]) < morning:
        return _time_on(day + timedelta(days=1), clock, ctx)
    return found


@resolver
def vote_day(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'election day', 'polling day': the day the text dated the vote on; no time where it
    gave none ('from now to Election Day' with 'next week's election')."""
    return None if ctx.vote_day is None else Resolved(fmt_day(ctx.vote_day), type="DATE")


@resolver
def clock_on_date(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'5 p.m. EST Nov. 9': the clock time on the calendar date it names."""
    day = date_(groups, ctx, params)
    if day is None or len(day.value) != 10:
        return None
    return _time_on(date.fromisoformat(day.value), groups, ctx)


def _time_on(day: date, groups: Groups, ctx: Context) -> Resolved | None:
    """The clock time of the groups on a given day, leaving the story's day as it was."""
    story_day, saying = ctx.reference, ctx.saying
    ctx.reference, ctx.saying = day, False
    try:
        return time(groups, ctx, {"on_day": True})
    finally:
        ctx.reference, ctx.saying = story_day, saying


@resolver
def relative_period(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """last week, this month, next year, early next year, later this year; a rule's
    `relation` param is the relation where no word of it says one ('the latest year'),
    its `unit` param the unit ('this year as last')."""
    unit = (groups.get("unit") or params["unit"]).lower()
    relation = relation_of(groups, ctx.vocab)
    steps = int(params.get("relation", 0)) if relation is None else relation
    origin = ctx.today
    if unit in ("decade", "century") and _told_from(groups, ctx.vocab):
        # 'founded it in 1985 and sold it the following decade': after the year told of
        # last (shorter periods are narrative_day's)
        origin = period_start(ctx.last_period, "year") or ctx.reference
    elif _week_ahead(groups, ctx, unit, steps):
        steps = 1
    day = move(origin, unit, steps)
    return Resolved(period_value(day, unit), mod=params.get("mod") or mod_of(groups, ctx.vocab))


def _week_ahead(groups: Groups, ctx: Context, unit: str, steps: int) -> bool:
    """Whether 'this week' written on a Sunday is the week that starts the next day: in a
    future clause ('Markets expect no change this week', 'will play in Leipzig this week')
    it is the week ahead; in a past or present one ('an invitation it received this
    week', a weekly programme's 'our report this week') the week the Sunday ends."""
    if unit != "week" or steps != 0 or ctx.today.isoweekday() != 7:
        return False
    return groups["_text"].lower() == "this week" and ctx.tense == 1


@resolver
def part_of_period(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the end of the month', 'the start of next week', 'the latter part of the week': the
    period, its part as the mod."""
    part = " ".join(groups["position"].split())  # 'latter  part' over a line break
    mod = str(ctx.vocab.lookup("position", f"the {part} of"))
    if groups.get("relation"):
        found = relative_period(groups, ctx, params)
    else:
        found = narrative({**groups, "_text": "the " + groups["unit"]}, ctx, params)
    return None if found is None else Resolved(found.value, mod=mod)


_CLOCK_UNITS = {"hour": 3600, "minute": 60, "second": 1}  # units counted on a clock, in seconds
_YEARS_TOLD = 100  # decades and centuries back from publication told as a year, up to a century


@resolver
def offset(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """three years ago, two days earlier, a week later, two nights ago (that day's night),
    two weekends ago (the weekend of the week two back),
    thirty seconds later (on the story's clock), two quarters earlier (than the quarter
    just told of, else the publication's): counted from the DCT or the story."""
    unit = unit_word(groups["unit"])
    direction = groups["direction"].lower()
    backwards = direction in ("ago", "earlier", "before")
    if groups.get("vague"):
        return Resolved("PAST_REF" if backwards else "FUTURE_REF")
    amount = count_of(groups["n"], ctx.vocab)
    if amount is None:
        return None
    if _AND_A_HALF.search(groups["_text"]):
        amount += 0.5  # 'a minute and a half later'
    if unit == "fortnight":
        unit, amount = "week", 2 * amount
    night = unit == "night"  # 'two nights ago' is the night of the day two days back
    if night:
        unit = "day"
    from_story = direction in ("earlier", "later", "before", "after")
    years = ctx.vocab.get("years_in_unit", unit)
    if years is not None and (from_story or amount * int(years) <= _YEARS_TOLD):
        # 'A decade later' after 1887 is 1897, a year counted from the story's as 'ten
        # years later' is; not the decade ten years on from publication's; 'a decade ago'
        # is the year ten years back, as 'ten years ago' is, not the decade before; but
        # 'twenty-five centuries ago' stays a century, a count too long for a year
        unit, amount = "year", amount * int(years)
    base = ctx.reference if from_story else ctx.today
    if from_story and unit in ("year", "month"):
        base = _told_period(ctx, unit) or base
    told_on = direction in ("later", "earlier")
    if told_on and (story_year := told_year(ctx)) and (
        unit in _CLOCK_UNITS or amount < _IN_A_YEAR.get(unit, 0)
        or (story_year[0] == "X" and unit in ("quarter", "year"))
    ):
        # 'In 1998 she met him at a party. A week later they married': in 1998, the day
        # not known; after 'In the 1990s', 'two years later' is in no known year
        return _within_year(story_year, "-XX" if unit == "month" else "" if unit in (
            "quarter", "year") else "-XX-XX")
    if told_on and unit in ("day", "week") and (
            first := told_month(ctx)) and (found := _on_from_month(
                first, amount * (-1 if backwards else 1) * (7 if unit == "week" else 1), ctx)):
        return found  # 'In March 2019 the plant closed. Two weeks later': March 15 - April 14
    told = _QUARTER.fullmatch(ctx.last_period) if from_story and unit == "quarter" else None
    if told:  # 'two quarters earlier' than the quarter just told of
        base = date(int(told.group(1)), 3 * int(told.group(2)) - 1, 1)
    sign = -1 if backwards else 1
    mod = mod_of(groups, ctx.vocab) or ("APPROX" if groups.get("or_so") else "")
    steps = sign * amount if unit in _CLOCK_UNITS or unit in ("day", "week") else int(sign * amount)
    year = year_moved(base, unit, steps)
    if not in_calendar(year):
        return beyond_calendar(year, unit, mod)
    if unit in _CLOCK_UNITS:
        moment = story_clock(ctx) if from_story else datetime.combine(base, ctx.dct.timetz())
        if moment is None or (ctx.date_only and not from_story):  # the day, not the hour
            return Resolved(fmt_day(base), type="DATE", mod=mod)
        moved = moment + sign * timedelta(seconds=amount * _CLOCK_UNITS[unit])
        # hours from a story clock keep its minutes: 21:30, two hours later, is 23:30
        clock = f"{moved:%H}" if unit == "hour" and not moved.minute else f"{moved:%H:%M}"
        if unit == "second":  # '30 seconds later' than 21:30 is 21:30:30
            clock = f"{moved:%H:%M:%S}"
        return Resolved(f"{fmt_day(moved.date())}T{clock}", type="TIME", mod=mod)
    if unit == "weekend":  # 'two weekends ago' on a Friday: the weekend of two weeks back
        return Resolved(f"{fmt_week(base + timedelta(weeks=sign * amount))}-WE", mod=mod)
    if unit == "week" and from_story and not mod:
        # 'died in hospital a week later': the day so many weeks on from the story's;
        # 'nearly two weeks', 'three weeks ago' stay a week
        return Resolved(fmt_day(base + timedelta(weeks=sign * amount)))
    if unit == "week":
        return Resolved(fmt_week(base + timedelta(weeks=sign * amount)), mod=mod)
    if unit == "day":
        reached = fmt_day(base + timedelta(days=sign * amount))
        if night:
            return Resolved(f"{reached}TNI", type="TIME", mod=mod)
        return Resolved(reached, mod=mod)
    day = move(base, unit, int(sign * amount))
    return Resolved(period_value(day, unit), mod=mod)


# how many of a unit are less than a year: so many on from a day of a year told of may
# still be in that year ('three weeks later' after 'In 1998')
_IN_A_YEAR = {"day": 365, "week": 52, "month": 12}


@resolver
def weeks_on_weekday(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'a week on Friday' is the coming Friday's week after, 'a week ago on Tuesday' and
    'a week last Tuesday' the last Tuesday's week before: the weekday counted from the
    publication day, as a weekday told alone is, then the weeks; 'Saturday week' is 'a
    week on Saturday'."""
    weeks = count_of(groups.get("n") or "a", ctx.vocab)
    if weeks is None or not float(weeks).is_integer():
        return None
    wanted, apart = int(ctx.vocab.lookup("weekday", groups["weekday"])), timedelta(weeks=weeks)
    if groups.get("back"):
        return Resolved(fmt_day(weekday_until(ctx.today - timedelta(days=1), wanted) - apart))
    return Resolved(fmt_day(weekday_from(ctx.today + timedelta(days=1), wanted) + apart))


@resolver
def years_ago_this_month(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'twenty years ago this June': the anniversary is this June, so the event was in
    June of the year so many years before the document's; 'fifty years ago this week' and
    'twenty years ago today' are that week and that day of that year, 'a week ago today'
    the day a week back."""
    amount = None if groups.get("vague") else count_of(groups["n"], ctx.vocab)
    if amount is None or not float(amount).is_integer():
        return None
    unit = groups.get("unit", "")
    if unit:  # 'a week ago today', 'two months ago today': that day, not its week
        back = int(amount)
        return Resolved(fmt_day(ctx.today - timedelta(weeks=back)
                                if unit_word(unit) == "week" else add_months(ctx.today, -back)))
    if groups.get("week") or groups.get("today"):
        year = ctx.today.year - int(amount)
        if not in_calendar(year):
            return None
        day = ctx.today.replace(day=28) if (ctx.today.month, ctx.today.day) == (2, 29) else \
            ctx.today  # 29 February: the anniversary is kept on the 28th
        day = day.replace(year=year)
        return Resolved(fmt_week(day) if groups.get("week") else fmt_day(day))
    month = (
        int(ctx.vocab.lookup("month", groups["month"]))
        if groups.get("month")
        else (ctx.today.month)
    )
    year = ctx.today.year - int(amount)
    granularity = "" if in_calendar(year) else "month"
    return Resolved(f"{year_value(year)}-{month:02d}", granularity=granularity)


def story_clock(ctx: Context) -> datetime | None:
    """The clock time 'two minutes later' counts from: the last one the story told of on
    the day it is at, else the last the text told at all, on that day or at the evening
    before it, when a saying's later day kept the story there ('said this afternoon that
    a neighbour had called 911 at 11:05 p.m. Thursday. ... The first crews arrived about
    20 minutes later': 23:25 on Thursday, not Friday). Publication time is no story time;
    without a clock, None."""
    if ctx.clock is not None and ctx.clock.date() == ctx.reference:
        return ctx.clock
    told = ctx.told_clock
    if told is not None and (told.date() == ctx.reference or (
            told.date() == ctx.reference - timedelta(days=1)
            and told.hour >= _hours(ctx, "EV")[0])):
        return told
    return None


@resolver
def season_of_play(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'this season', 'last season': a season of play is a year's, so it is the year of the
    publication, or the one before or after; one running across two years ('2023-24')
    overlaps the year either way."""
    return Resolved(year_value(ctx.today.year + (relation_of(groups, ctx.vocab) or 0)))


@resolver
def fixed(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    return Resolved(str(params["value"]))


@resolver
def narrative(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'late that year', 'early in the evening': the end or start of the period the rest
    names (_narrative), as 'late last year' is of last year."""
    lead = groups.get("lead")
    if not lead:
        return _narrative(groups, ctx, params)
    found = _narrative({**groups, "_text": groups["_text"][len(lead):]}, ctx, params)
    return None if found is None else found._replace(mod=mod_of(groups, ctx.vocab))


def _narrative(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """that day, the next day, the night, the following week: moved from the story's day;
    'the night' told in the past is the one before it, as 'overnight' is, unless the
    story is at that day's evening ('on Monday night. About 120 people spent the night
    at the leisure centre') or it is the publication's and that is written at night.
    'The year', 'the month', 'the decade' told in the past after a period the story's
    happenings were told in are that period's (_told_start)."""
    text = groups["_text"].lower()
    unit = groups["unit"].lower()
    steps = 0
    if _NEXT.search(text):
        steps = 1
    elif _PREVIOUS.search(text):
        steps = -1
    base = ctx.reference
    if steps == 1 and _opens_heading_day(ctx):
        # 'Friday' over 'Divers went in the next morning', the story last told on Thursday
        # night: the morning after that, the heading's own
        base -= timedelta(days=1)
    if ctx.said_day is not None and (steps or _SAME.match(text)):
        # the last day named, a saying's, as 'the next day' counts from ('told reporters in
        # Kasese on Saturday. The WHO flew four experts to Kasese the same day'); 'that
        # evening' is the story's ('a collision on October 9, she said this morning')
        base = ctx.said_day
    elif ((counted := steps or not text.startswith("the ")) and (year := told_year(ctx))
          and not _NEXT_PERIOD.match(text)):
        if unit in _UNKNOWN_IN_YEAR:
            return _within_year(year, _UNKNOWN_IN_YEAR[unit], steps)
        part_value = f"-XX-XXT{ctx.vocab.lookup('part_of_day', unit)}"
        return _within_year(year, part_value)._replace(type="TIME")
    elif counted and (first := told_month(ctx)) and (found := _within_month(first, unit, ctx)):
        return found
    if steps == 0 and text.startswith("the ") and not text.startswith("the same"):
        if base != ctx.today and ctx.tense >= 0:
            base = ctx.today  # "will be open throughout the day": today, not the story's day
        elif _framed(ctx):  # a past clause (asked last: the tense is looked for)
            base = _told_start(ctx.last_period, unit) or base
        elif unit in ("decade", "century") and _YEAR.match(ctx.last_period) and ctx.tense < 0:
            # 'took a delegation to Canberra in 1974. By the end of the decade': the decade
            # of the year told last, however it was told (not the publication's)
            base = date(int(ctx.last_period[:4]), 1, 1)
    elif unit in ("month", "year") and (not text.startswith("the next") or _framed(ctx)
                                        or history_year(ctx) is not None):
        # 'the next year' after a past year the story is told in ('In 1954 she sailed ...
        # the next year they married') or a time of a history ('That winter a flood
        # carried the bridge away. It was rebuilt the next year'): the year after it;
        # else the coming twelve months
        base = period_start(ctx.last_period, unit) or base
    elif unit == "quarter" and (told := _QUARTER.fullmatch(ctx.last_period)):
        # 'grew 4 percent in the third quarter from the quarter before': the second
        base = date(int(told.group(1)), 3 * int(told.group(2)) - 2, 1)
    mod = "APPROX" if groups.get("or_so") else ""  # 'the next year or so'
    part = ctx.vocab.get("part_of_day", unit)
    if part:
        # a part of tonight may be past at publication ('earlier in the night' at 22:00),
        # the whole of it not ('spent the night', params whole)
        tonight = (base == ctx.today and not ctx.date_only and ctx.dct.hour >= 18
                   and not params.get("whole"))
        if text == "the night" and ctx.tense < 0 and ctx.evening != base and not tonight:
            steps = -1  # 'crews worked through the night' on Thursday: Wednesday's night
        elif text == "the evening" and _small_hours_of(base, ctx) and ctx.told_back(
                ctx.signal_at):
            # a past perfect's, before a story at a small-hours clock: the evening before
            # ('found at 12.20am on Sunday. He had spent the evening at a party': Saturday's;
            # not 'Crews returned to the site in the evening', later that day)
            steps = -1
        elif (unit == "night" and steps == 0 and text.startswith("that")
              and _small_hours_of(base, ctx) and ctx.night_run == base and ctx.tense < 0):
            # the night the story's small hours are of began the evening before ('at 2
            # a.m. the challenger had pulled ahead. Nobody went home that night': the
            # night of the vote's day)
            steps = -1
        day = base + timedelta(days=steps)
        return Resolved(f"{fmt_day(day)}T{part}", type="TIME", mod=mod)
    return Resolved(period_value(move(base, unit, steps), unit), mod=mod)


def _opens_heading_day(ctx: Context) -> bool:
    """Whether the story stands on the day a weekday heading just named (_heading_weekday)
    with its clock still on the day before: nothing told under the heading has moved it."""
    clock, headed = ctx.clock, _heading_part(ctx)
    return (headed is not None and ctx.reference == headed and clock is not None
            and clock.date() == headed - timedelta(days=1))


def _small_hours_of(day: date, ctx: Context) -> bool:
    """Whether the story's clock is in the small hours of ``day``, before its morning."""
    clock = ctx.clock
    return clock is not None and clock.date() == day and clock.hour < _hours(ctx, "MO")[0]


# 'the next year', 'the next month': mostly the coming twelve months, or the one after
# the publication's, not the one after the story's
_NEXT_PERIOD = re.compile(r"the next (?:month|year)")
# what a narrative period is within a year whose day is not known ('1998-WXX')
_UNKNOWN_IN_YEAR = {"day": "-XX-XX", "week": "-WXX", "weekend": "-WXX-WE", "month": "-XX",
                    "year": ""}


@resolver
def previous_session(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the previous session': the trading day before the story's (a weekday: Friday's
    before a Monday); what a market's move is compared with, it leaves the story there."""
    day = ctx.reference - timedelta(days=1)
    while day.isoweekday() > 5:
        day -= timedelta(days=1)
    return Resolved(fmt_day(day), type="DATE", moves_story=False)


@resolver
def day_of_trip(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'Day one', 'On day three': the first such day the text names is the story's day
    then, and sets the trip's first day (Context.day_one) the others count from ('We set
    off at 8.30am Tuesday. Day one was gentle ... On day three it rained': Thursday)."""
    count = count_of(groups["n"], ctx.vocab)  # 'three', '3'
    if count is None:
        return None
    number = int(count)
    entry = _diary_entry(number, ctx)
    if entry is not None:
        return entry
    if ctx.day_one is None and ctx.tense >= 0 and ctx.reference >= ctx.today:
        # no past told, neither by the clause nor by the story: a programme still ahead or
        # under way ('The festival runs for five days. Day one features local bands')
        return None
    if ctx.day_one is None:
        ctx.day_one = ctx.reference - timedelta(days=number - 1)
    day = ctx.day_one + timedelta(days=number - 1)
    ctx.open_day(day)
    return Resolved(fmt_day(day))


def _diary_entry(number: int, ctx: Context) -> Resolved | None:
    """'Day 3' heading a diary's entry among entries headed by their dates ('Friday 10
    June ... Saturday 11 June ... Day 3'): the first so counted is the day after the entry
    it follows, which sets the diary's first day (Context.day_one) the next count from;
    a day after that entry's, by the publication's. The text after it is read as written
    on it, as a dated entry's is ('entered yesterday's counts'), until the next heading.
    A count that heads an entry with its date ('Day 1 - Friday 17 August') is that date,
    whatever day the entry before it was written on, and the next count from it."""
    published = ctx.published
    dated = ctx.stamp_day(ctx.signal_at) if ctx.diary else None
    if dated is not None:  # 'Day 1 - Friday 17 August': the day it counts from is known
        ctx.day_one = dated - timedelta(days=number - 1)
        ctx.open_day(dated)
        return Resolved(fmt_day(dated))
    if not ctx.diary or not ctx.date_only or published is None:
        return None
    first = ctx.day_one or ctx.today - timedelta(days=number - 2)
    day = first + timedelta(days=number - 1)
    if not ctx.today < day <= published.date():
        return None
    ctx.day_one = first
    ctx.move_to(datetime(day.year, day.month, day.day, tzinfo=ctx.dct.tzinfo))
    ctx.open_day(day)
    return Resolved(fmt_day(day))


@resolver
def story_day(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the last day of a season', 'on final day': the day of a happening, known only as
    the story's day; it leaves the story there."""
    return Resolved(fmt_day(ctx.reference), type="DATE", moves_story=False)


@resolver
def within_period(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'later in the week', 'earlier in the year', 'for the week': the period the clause
    is in, the publication's in a present or future clause, else the story's; 'late in
    the year' is its end."""
    unit = groups.get("unit") or str(params["unit"])
    found = narrative({**groups, "unit": unit, "_text": "the " + unit}, ctx, params)
    position = groups.get("position")
    if found is None or not position:
        return found
    return found._replace(mod=str(ctx.vocab.lookup("position", position)))


@resolver
def new_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the new year': the year after the story's, told from the month params.from_month
    of it on, else the story's own year, just begun."""
    day = ctx.reference
    ahead = 1 if day.month >= int(params["from_month"]) else 0
    return Resolved(year_value(day.year + ahead))


@resolver
def rest_of_period(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'for the rest of the week': the period the clause is in, as within_period; in a
    present or future clause, the part of the publication's period still to come, from
    the publication time to its end ('the week' would take in the days gone by)."""
    found = within_period(groups, ctx, params)
    if found is None or ctx.tense < 0:
        return found
    whole = interval_of(found.value, ctx.dct.tzinfo or UTC, ctx.dct, ctx.vocab)
    if whole is None or not whole.begin <= ctx.dct < whole.until:
        return found
    return found._replace(anchor=(ctx.dct, whole.until, whole.granularity))


def _told_period(ctx: Context, unit: str) -> date | None:
    """The start of the last year or month told of, for 'two years later' or 'a month
    earlier' ('formed a trio in 1956 and toured the US two years later' is 1958), when
    the story's day lies outside it; within it, the story's day counts."""
    if not ctx.last_period or fmt_day(ctx.reference).startswith(ctx.last_period[:7]):
        return None
    return period_start(ctx.last_period, unit)  # a month after a year alone: not known


def _told_start(value: str, unit: str) -> date | None:
    """The first day of the period the story told of last when it holds a whole ``unit``
    of its own, for 'the year', 'the month', 'the decade' in a past clause ('In 1931 the
    mill closed. By the end of the year 400 men had left': 1931's end; 'In the 1990s the
    region boomed. By the end of the decade': the 1990s'); None for a finer unit than
    the period (the month of a year told alone is not known)."""
    if unit in ("decade", "century") and _TOLD_DECADE.fullmatch(value):
        return date(int(value.ljust(4, "0")), 1, 1)
    return period_start(value, unit) if unit in ("year", "month", "decade", "century") else None


_TOLD_DECADE = re.compile(r"\d{2,3}")  # a decade or a century told of ('199', '19')


def period_start(value: str, unit: str) -> date | None:
    """The first day of the last month or year the story named, for 'later that year' and
    'the following month' ('in June 1998 ... later that year' is 1998, not the DCT's)."""
    found = _YEAR_MONTH.match(value)
    if found is None or (unit == "month" and not found.group(2)):
        return None
    return date(int(found.group(1)), int(found.group(2) or 1), 1)


@resolver
def weekend(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'over the weekend': the last one before the publication, or in a future clause the
    next one. News counts weekends from its own date: after a story told of a Friday a
    fortnight back, a Monday paper's 'over the weekend' is still the one just past."""
    day = ctx.today
    if ctx.tense > 0:
        day += timedelta(days=(6 - day.isoweekday()) % 7)
    elif day.isoweekday() < 6:
        day -= timedelta(days=day.isoweekday() + 1)
    return Resolved(fmt_week(day) + "-WE")


@resolver
def day_of_period(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the last day of the month', 'the first day of next year', 'the last day of
    March': the first or last day of the period named; 'the month' is the one the clause
    is in (the story's in a past clause), 'March' the nearest the tense allows. A trading,
    business or working day is the first or last weekday of it."""
    first_day, last_day = _period_bounds(groups, ctx)
    last = groups["edge"].lower() != "first"
    day = last_day if last else first_day
    if groups.get("workday"):
        while day.isoweekday() > 5:
            day += timedelta(days=-1 if last else 1)
    return Resolved(fmt_day(day), type="DATE")


def _period_bounds(groups: Groups, ctx: Context) -> tuple[date, date]:
    """The first and last days of the week, month or year day_of_period names."""
    if groups.get("lone_year"):
        year = int(groups["lone_year"])
        return date(year, 1, 1), date(year, 12, 31)
    if groups.get("month"):
        month = int(ctx.vocab.lookup("month", groups["month"]))
        year = int(groups["year"]) if groups.get("year") else infer_year(month, None, ctx, None)
        start = date(year, month, 1)
        return start, add_months(start, 1) - timedelta(days=1)
    unit, word = groups["unit"].lower(), groups.get("relation")
    if word:  # 'the following month' counts from the story's, 'next month' from today
        origin = ctx.today
        if word.lower() in ctx.vocab.word_set("narrative_relation"):
            origin = ctx.reference if unit == "week" else _story_month(ctx)
        base = move(origin, unit, relation_of(groups, ctx.vocab) or 0)
    else:  # 'the month': the one the clause is in, as within_period; what a past clause
        # tells of has happened ('fell on the last day of the month' is last month's)
        base = ctx.reference if ctx.tense < 0 else ctx.today
        if ctx.tense < 0 and groups["edge"].lower() != "first" and base == ctx.today:
            base = move(base, unit, -1)
    if unit == "week":
        start = base - timedelta(days=base.isoweekday() - 1)
        return start, start + timedelta(days=6)
    if unit == "month":
        start = base.replace(day=1)
        return start, add_months(start, 1) - timedelta(days=1)
    return date(base.year, 1, 1), date(base.year, 12, 31)


@resolver
def ordinal_period(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'its seventh day' of a situation still going on: the current day (or week...); in
    a past clause, the story's ('reopened on Thursday ... visitors came on the first
    day' is that Thursday), which a past clause told before any day only guesses."""
    number = int(ctx.vocab.lookup("ordinal", groups["ordinal"]))
    if number < 1:
        return None
    day = ctx.reference if ctx.tense < 0 else ctx.today
    if groups["unit"].lower() == "day" and ctx.tense < 0 and ctx.started is not None \
            and not groups.get("of"):
        # 'set out on Sunday ... found on the fourth day': counted from the start told,
        # not 'the first day of that match' (of a happening it names, its start not told)
        counted = ctx.started + timedelta(days=number - 1)
        if counted <= ctx.today:
            return Resolved(fmt_day(counted))
    # in a past clause before the story has told a day ('The searchers found it on the
    # fourth day'), the day counted from is not yet known: a guess, which tells no news
    # of the publication's day and leaves the story where it is
    guess = ctx.tense < 0 and ctx.reference == ctx.today
    return Resolved(period_value(day, groups["unit"].lower()), moves_story=not guess)


@resolver
def season(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """A season: of the year named, else the one the relation or the clause's tense points
    to ('was closed in the summer' in March is last summer, 'will open in the spring' in
    October next spring), else the year the story is told in ('In 1962 the line closed.
    In the spring') or the current year's. 'The following spring', 'the previous summer'
    count from the time the story told of last ('elected in 1990 and resigned the
    following spring': 1991's), as 'the following year' does, and 'that summer' is the
    summer of it ('The river ran dry in 1976. That autumn the rains came back'). A bare
    'in winter' in a present clause is every year's ('keeps Eastern Standard Time in
    winter')."""
    vocab = ctx.vocab
    code = str(vocab.lookup("season", groups["season"]))
    if groups.get("year"):
        return Resolved(f"{groups['year']}-{code}", mod=mod_of(groups, vocab))
    if params.get("every_year_in_present") and ctx.tense == 0:
        return Resolved(f"XXXX-{code}")  # 'keeps Eastern Standard Time in winter'
    first_month, end_month = (int(m) for m in vocab.lookup("season_months", code))
    same = bool(groups.get("same"))  # 'That summer', 'the same winter': the story's
    relation = 0 if same else 1 if groups.get("the_next") else relation_of(groups, vocab)
    anchor = ctx.today
    told_next = bool(groups.get("the_next")) and ctx.tense < 0  # 'The next spring he'
    if (relation or same) and (_told_from(groups, vocab) or told_next or same):
        if _YEAR.fullmatch(ctx.last_period):  # a year told of: the next or last one's
            # a winter that runs into the next year begins in the December of the year
            # it follows ('sailed again in 1985. He died the following winter': 1985's)
            step = 0 if relation == 1 and end_month > 12 else relation or 0
            return _season_of(int(ctx.last_period) + step, code, groups, vocab)
        if told_year(ctx):  # a decade told of: which year's is not known
            return Resolved(f"XXXX-{code}", mod=mod_of(groups, vocab))
        anchor = _told_month(ctx) or ctx.reference
    if relation is None and not groups.get("year_relation") and (
            year_told := story_year(ctx) or history_year(ctx)
            or chronicle_year(first_month, ctx)):
        # 'In 1962 ... In the spring', 'In 1805 Pell bought the mill. He spent the winter'
        return _season_of(year_told, code, groups, vocab)
    year = anchor.year
    if groups.get("year_relation"):  # 'the spring of last year'
        year += int(vocab.lookup("relation", groups["year_relation"]))
        return Resolved(f"{year:04d}-{code}", mod=mod_of(groups, vocab))
    if end_month > 12 and (anchor.month < end_month - 12 or (
            anchor.month == end_month - 12 and relation == 0 and not same
            and ctx.tense < 0)):
        # in the winter begun last December: 'this winter' is that one, 'last winter'
        # the one before, 'next winter' the coming December's; in the month after it,
        # what 'this winter' did is of the one just ended ('This winter began mildly' in
        # March)
        return _season_of(year - 1 + (relation or 0), code, groups, vocab)
    if relation == -1 and anchor.month < end_month:
        # not yet begun, or under way: 'last spring' told in April is a year ago
        year -= 1
    elif relation == 1 and first_month <= anchor.month:
        year += 1
    elif relation is None and first_month >= ctx.today.month and ctx.tense < 0:
        year -= 1  # one just begun is no season told in the past ('rose in the spring', 3 March)
    elif relation is None and end_month <= ctx.today.month and ctx.tense == 1:
        year += 1
    return _season_of(year, code, groups, vocab)


def _season_of(year: int, code: str, groups: Groups, vocab: Vocab) -> Resolved | None:
    """A season's value, if its year is in the calendar: counted from a story's year 9999
    or 1, 'the following spring' or 'the previous winter' has none."""
    return Resolved(f"{year:04d}-{code}", mod=mod_of(groups, vocab)) if in_calendar(year) else None


@resolver
def quarter(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the third quarter', 'the 1988 second quarter', "next year's first quarter", 'in
    Q3'; 'the end of the second quarter' with its part as the mod."""
    found = _quarter(groups, ctx)
    part = groups.get("part")
    if found is None or not part:
        return found
    return Resolved(found.value, mod=str(ctx.vocab.lookup("position", f"the {part.lower()} of")))


def _quarter(groups: Groups, ctx: Context) -> Resolved | None:
    vocab = ctx.vocab
    relation = relation_of(groups, vocab)
    number = int(vocab.lookup("ordinal", groups["ordinal"])) if groups.get("ordinal") else None
    if groups.get("quarter_num"):  # 'in Q3'
        number = int(groups["quarter_num"])
    if number == -1:  # 'the last quarter': the one before; "this year's last quarter": its fourth
        if explicit_year_of_quarter(groups, ctx) is None:
            number, relation = None, -1
        else:
            number = 4
    if number is None:
        word = groups.get("relation") or ""
        told = _QUARTER.fullmatch(ctx.last_period)
        if told and relation and word.lower() in vocab.word_set("narrative_relation"):
            # 'in the second quarter, down from 4.7 percent in the previous quarter':
            # counted from the quarter just told of
            index = int(told.group(1)) * 4 + int(told.group(2)) - 1 + relation
            return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}")
        day = move(ctx.today, "quarter", relation or 0)
        return Resolved(f"{day.year:04d}-Q{quarter_of(day)}")
    if not 1 <= number <= 4:
        return None
    # the first of a pair ('the first and second quarters') is in the later one's year
    pair = int(vocab.lookup("ordinal", groups["pair"])) if groups.get("pair") else number
    year = explicit_year_of_quarter(groups, ctx)
    fiscal = "fiscal" in groups["_text"].lower()
    return _quarter_numbered(number, year, ctx, max(pair, number), fiscal)


@resolver
def quarter_by_end_month(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the December quarter': the three months ending in that month, named by the
    calendar quarter that holds the middle one; the month in the year the tense says,
    and one told of in the past has ended ('the March-quarter results were strong',
    told in March, are last year's)."""
    month = int(ctx.vocab.lookup("month", groups["month"]))
    year = infer_year(month, None, ctx, None)
    if ctx.tense < 0 and (year, month) >= (ctx.today.year, ctx.today.month):
        year -= 1
    middle = date(year, month, 15) - timedelta(days=31)
    return Resolved(f"{middle.year:04d}-Q{quarter_of(middle)}")


@resolver
def quarter_by_count(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the first three months of the year': its first quarter, 'the last three months of
    2002' its fourth; the year its words give, else the one the tense points to."""
    number = 1 if groups["edge"].lower() == "first" else 4
    return _quarter_numbered(number, explicit_year_of_quarter(groups, ctx), ctx)


@resolver
def quarter_by_months(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the July-September quarter': the calendar quarter those months make, if any."""
    first = int(ctx.vocab.lookup("month", groups["first_month"]))
    last = int(ctx.vocab.lookup("month", groups["last_month"]))
    if first % 3 != 1 or last != first + 2:
        return None
    return _quarter_numbered((first + 2) // 3, None, ctx)


def _quarter_numbered(
    number: int, year: int | None, ctx: Context, latest: int | None = None, fiscal: bool = False
) -> Resolved:
    """Quarter ``number`` of the year given, else of the year the tense points to for
    the ``latest`` quarter told of with it (``number`` itself when told alone)."""
    if year is None:
        current = quarter_of(ctx.today)
        year = ctx.today.year
        if (latest or number) > current and ctx.tense < 0:
            year -= 1
        named = f"{year:04d}-Q{number}"
        if (year, number) < (ctx.today.year, current) and (named > ctx.focus_quarter or fiscal):
            # a story reports on a quarter that has ended: 'a fourth-quarter charge' in
            # November is a forecast, and 'the latest quarter' is still the third; an
            # earlier one told of after it ('after a flat second quarter') is a contrast,
            # unless it is a fiscal quarter, of a company with a calendar of its own
            ctx.focus_quarter = named
    return Resolved(f"{year:04d}-Q{number}")


def explicit_year_of_quarter(groups: Groups, ctx: Context) -> int | None:
    """The year a quarter's or half's own words give it, if any ('the year-ago third
    quarter', 'the first quarter of next year', "this year's second half")."""
    if groups.get("year") or groups.get("lead_year"):
        return int(groups.get("year") or groups["lead_year"])
    if groups.get("year_ago"):
        return ctx.today.year - 1
    relation = groups.get("year_relation") or groups.get("of_relation")
    if relation:
        return ctx.today.year + int(ctx.vocab.lookup("relation", relation))
    return None


def last_quarter(ctx: Context) -> str:
    """The quarter a story reports on: the one it named, else the last one completed."""
    if ctx.focus_quarter:
        return ctx.focus_quarter
    day = move(ctx.today, "quarter", -1)
    return f"{day.year:04d}-Q{quarter_of(day)}"


@resolver
def quarter_ended(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the quarter ended Sept. 30': the calendar quarter holding the middle of the three
    months that ended that day (an 'ended' day is past; an 'ending' one as the tense says)."""
    month = int(ctx.vocab.lookup("month", groups["month"]))
    day = int(groups["day"])
    if groups.get("year"):
        year = int(groups["year"])
    else:
        past = -1 if groups["ending"].lower() == "ended" else None
        year = infer_year(month, day, ctx, past)
    end = valid_day(year, month, day)
    if end is None:
        return None
    middle = end - timedelta(days=45)
    return Resolved(f"{middle.year:04d}-Q{quarter_of(middle)}")


@resolver
def reported_quarter(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the quarter', 'the latest quarter': results are reported for a finished quarter."""
    return Resolved(last_quarter(ctx))


@resolver
def quarter_of_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the 1988 quarter', 'the 1989 period': the quarter the story reports on, in the year
    named; a period of a story about no quarter, or after the year's first months ('In the
    first nine months, ... in the 1988 period'), is the year."""
    if groups["unit"].lower() == "period" and (ctx.months_told or not ctx.focus_quarter):
        return Resolved(groups["year"])
    return Resolved(f"{groups['year']}-Q{last_quarter(ctx)[-1]}")


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_PART_OF_YEAR = re.compile(r"\d{4}-[QH]\d")


@resolver
def year_earlier(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'a year earlier', 'the year-ago quarter': after a quarter or half just told of,
    that one a year before ('in the fourth quarter of 2011, from 8.9 percent a year
    earlier' is 2010-Q4); in a story about a quarter, the same quarter a year before (the
    figures compared); 'a year earlier' after a month, that month a year before ('$1,300
    a tonne in July, against $720 a tonne a year earlier'); otherwise simply the year
    before."""
    text = groups["_text"].lower().replace("before", "earlier")  # 'a year before.'
    told = ctx.focus_quarter or ctx.last_period
    if ctx.months_told and "quarter" not in text and _PART_OF_YEAR.fullmatch(told):
        # 'For the nine months, net rose 18% from $1.69 billion a year earlier': those
        # months of the year before the one the story reports on
        return Resolved(year_value(int(told[:4]) - 1), moves_story=False)
    # a quarter or half compared with is no period the story moves to: the next 'a year
    # earlier' is still counted from the one the story reports on
    if "earlier" in text and _PART_OF_YEAR.fullmatch(ctx.last_period):
        value = f"{int(ctx.last_period[:4]) - 1:04d}{ctx.last_period[4:]}"
        return Resolved(value, moves_story=False)
    if ctx.focus_quarter or "quarter" in text:
        year, number = last_quarter(ctx).split("-Q")
        return Resolved(f"{int(year) - 1:04d}-Q{number}", moves_story=False)
    if "earlier" in text and _MONTH_VALUE.fullmatch(ctx.last_period):
        return Resolved(f"{int(ctx.last_period[:4]) - 1:04d}{ctx.last_period[4:]}")
    base = ctx.reference if "earlier" in text else ctx.today
    return Resolved(year_value(base.year - 1))


@resolver
def same_month_last_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'the same month last year': the month the story is at, else the publication's, a
    year before."""
    month = period_start(ctx.last_period, "month") or ctx.today
    return Resolved(f"{month.year - 1:04d}-{month.month:02d}")


@resolver
def half(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """A half year: of the year named ('of 2022', 'of next year'), else the current one,
    unless the clause is past and the half is still to come ('output grew in the second
    half' in March is last year's); as for quarters, the half under way stays this
    year's ('a second-half charge' in November is a forecast). The first of a pair ('the
    first and second halves of the year') is in the second's year."""
    number = 1 if groups["half"].lower() == "first" else 2
    latest = 2 if groups.get("pair") else number
    named = explicit_year_of_quarter(groups, ctx)
    year = ctx.today.year if named is None else named
    if named is None and ctx.tense < 0 and latest > (ctx.today.month + 5) // 6:
        year -= 1
    return Resolved(f"{year:04d}-H{number}")


@resolver
def period_code(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'Q3 2023', 'H1 2024': the quarter or half of the year written."""
    if groups.get("quarter"):
        return Resolved(f"{int(groups['year']):04d}-Q{groups['quarter']}")
    return Resolved(f"{int(groups['year']):04d}-H{groups['half_num']}")


_DURATION_UNIT = {
    "second": ("PT", "S", 1),
    "minute": ("PT", "M", 1),
    "hour": ("PT", "H", 1),
    "day": ("P", "D", 1),
    "night": ("P", "D", 1),  # 'three nights' on a mountain: TimeML has no unit of nights
    "week": ("P", "W", 1),
    "fortnight": ("P", "W", 2),
    "weekend": ("P", "WE", 1),
    "month": ("P", "M", 1),
    "quarter": ("P", "Q", 1),
    "year": ("P", "Y", 1),
    "decade": ("P", "Y", 10),
    "century": ("P", "Y", 100),
}


@resolver
def duration(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """seven days, about six weeks, the past seven days (anchored at the DCT), recent years."""
    said = groups.get("unit") or groups["units"]  # half_unit names it in one of two places
    unit = unit_word(said)
    prefix, letter, factor = _DURATION_UNIT[unit]
    mod = mod_of(groups, ctx.vocab) or str(params.get("mod", ""))  # 'two to three weeks'
    if groups.get("or_so"):  # 'a week or so'
        mod = "APPROX"
    if groups.get("over"):  # 'lasted over a week'
        mod = "MORE_THAN"
    text = groups["_text"].lower()
    if groups.get("vague") or (not groups.get("n") and unit != said.lower()):
        return Resolved(f"{prefix}X{letter}", mod=mod)
    past = relation_of(groups, ctx.vocab) == -1
    half = re.search(r"\band[\s-]+an?[\s-]+half\b", text) is not None
    calendar = factor == 1 and unit not in _CLOCK_UNITS  # 'the past hour' is the hour to now
    if text.startswith("the") and not groups.get("n") and past and calendar and not half:
        # 'the last week', 'the past year': the period before this one, a date; but 'the
        # past decade' is the ten years to now, not the calendar decade before this one,
        # and 'the past week' the seven days to now, the week that holds most of them
        # (on a Friday, this one)
        day = ctx.today - timedelta(days=3) if unit == "week" else move(ctx.today, unit, -1)
        return Resolved(period_value(day, unit), type="DATE", mod=mod)
    amount = count_of(groups["n"], ctx.vocab) if groups.get("n") else 1.0
    if params.get("half"):  # 'half an hour'
        amount = 0.5
    if amount is None:
        return None
    if half:  # 'three-and-a-half-year'
        amount += 0.5
    first = groups.get("relation", "first").lower() == "first"
    if unit == "month" and 3 < amount < 12 and text.startswith("the ") and first and (
            not groups.get("counted_from")):
        # 'For the nine months', 'the first six months' (three: a quarter); not 'over the
        # nine months since the merger', a stretch counted from a happening
        ctx.months_told = True
    value = duration_value(amount * factor, prefix, letter)
    return Resolved(value, mod=mod, anchor=anchor_of(value, groups.get("relation"), ctx, unit))


# The units of a duration of two measures, largest first: (letter, whether it is a time
# unit, how many of the letter's unit one makes); a week beside days is counted in days.
_COMPOUND_UNIT = {
    "year": ("Y", False, 1),
    "month": ("M", False, 1),
    "week": ("D", False, 7),
    "day": ("D", False, 1),
    "hour": ("H", True, 1),
    "minute": ("M", True, 1),
    "second": ("S", True, 1),
}
# How many seconds each unit of a compound duration lasts at most: a later measure as long
# as the one before it ("two years, 18 months") is another duration, not that one's rest.
_COMPOUND_SECONDS = {
    "year": 366 * 86400,
    "month": 31 * 86400,
    "week": 7 * 86400,
    "day": 86400,
    "hour": 3600,
    "minute": 60,
    "second": 1,
}


@resolver
def compound_duration(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'two hours and 41 minutes', 'two hours, 11 minutes and 42 seconds': one duration of
    all the measures (PT2H41M); none when each unit is not smaller than the one before
    ('three days and two weeks') or a later count fills the unit before ('two years, 18
    months')."""
    keys = [k for k in ("", "2", "3") if groups.get("unit" + k)]
    units = [unit_word(groups["unit" + k]) for k in keys]
    order = list(_COMPOUND_UNIT)
    if any(order.index(a) >= order.index(b) for a, b in pairwise(units)):
        return None
    amounts: dict[tuple[bool, str], int] = {}
    before: str | None = None
    for unit, said in zip(units, (groups["n" + k] for k in keys), strict=True):
        count = count_of(said, ctx.vocab)
        if count is None or not count.is_integer():
            return None
        if before is not None and count * _COMPOUND_SECONDS[unit] >= _COMPOUND_SECONDS[before]:
            return None
        before = unit
        letter, time_unit, factor = _COMPOUND_UNIT[unit]
        amounts[time_unit, letter] = amounts.get((time_unit, letter), 0) + int(count) * factor
    days = "".join(f"{amounts[False, u]}{u}" for u in "YMD" if (False, u) in amounts)
    hours = "".join(f"{amounts[True, u]}{u}" for u in "HMS" if (True, u) in amounts)
    return Resolved(f"P{days}" + (f"T{hours}" if hours else ""), mod=mod_of(groups, ctx.vocab))


# A fraction of a unit is written in the next smaller one, as TimeML values are:
# two and a half years is P2Y6M, 5 1/2 hours PT5H30M, a day and a half P1DT12H.
# (unit letter -> how many smaller units, the smaller letter, whether it is a time unit)
_SMALLER_UNIT = {
    ("P", "Y"): (12, "M", False),
    ("PT", "H"): (60, "M", False),
    ("PT", "M"): (60, "S", False),
    ("P", "D"): (24, "H", True),
    ("P", "W"): (7, "D", False),
}


def duration_value(amount: float, prefix: str, letter: str) -> str:
    """'P3D'; a fractional amount as its whole part and the rest in a smaller unit."""
    whole, rest = divmod(amount, 1)
    smaller = _SMALLER_UNIT.get((prefix, letter))
    if not rest or smaller is None or not float(rest * smaller[0]).is_integer():
        return f"{prefix}{fmt_number(amount)}{letter}"
    factor, small_letter, time_unit = smaller
    head = f"{prefix}{fmt_number(whole)}{letter}" if whole else prefix
    if time_unit:
        head += "T"
    return f"{head}{fmt_number(rest * factor)}{small_letter}"


def anchor_of(
    value: str, relation: str | None, ctx: Context, unit: str
) -> tuple[datetime, datetime, str] | None:
    """'the past seven days' ends at the DCT; 'the next two weeks' starts there; 'the
    following three weeks' start at a time of the story, not kept here."""
    direction = int(ctx.vocab.get("relation", relation or "", 0)) if relation else 0
    if relation and relation.lower() == "first":
        return None
    if direction > 0 and relation and relation.lower() in ctx.vocab.word_set("narrative_relation"):
        return None
    if direction < 0:
        begin = shift_by(ctx.dct, value, -1)
        return (begin, ctx.dct, unit) if begin else None
    if direction > 0:
        until = shift_by(ctx.dct, value, 1)
        return (ctx.dct, until, unit) if until else None
    return None


@resolver
def duration_then(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'three days later', 'a month after the vote': a duration whose interval is the time
    it reaches from the story's day (as 'three days earlier' would be a date)."""
    span = duration(groups, ctx, params)
    if span is None:
        return None
    reached = None if groups.get("vague") else offset(groups, ctx, params)
    if reached is None:
        return Resolved(span.value, mod=span.mod)
    return Resolved(
        span.value,
        mod=span.mod,
        interval_value=reached.interval_value or reached.value,
        anchor=reached.anchor,
        granularity=reached.granularity,
        from_happening=groups["direction"].lower() in _FROM_HAPPENING,
    )


_FROM_HAPPENING = ("after", "before")  # 'N days after' a happening; 'later' is the story's


@resolver
def date_then(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'twelve years later' after 1941: the year reached, 1953, a date as 'two years
    earlier' is. It keeps the reached value as its interval, so the story moves to it as
    it did to the duration; 'more than a year later', one in no known year (after 'In
    the 1990s') and one beyond the calendar ('10,000 years later') stay durations."""
    then = duration_then(groups, ctx, params)
    if then is None:
        return None
    if groups.get("modifier") or then.granularity or not then.interval_value[:1].isdigit():
        return then._replace(type="DURATION")
    return then._replace(value=then.interval_value)


@resolver
def duration_from(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'three weeks from now': the duration, whose interval is the period it reaches from
    the publication time. From a date ('30 days from June 1') the date is read after it,
    so the tagger places it then (ranges.anchor_to_following)."""
    span = duration(groups, ctx, params)
    if span is None or groups.get("vague") or not groups.keys() & {"direction", "from_today"}:
        return span
    reached = offset({**groups, "direction": "hence"}, ctx, params)
    if reached is None:
        return span
    return Resolved(
        span.value, mod=span.mod, interval_value=reached.value, granularity=reached.granularity
    )


@resolver
def age_year(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'at the age of 44' in a life whose birth the text told (Context.born, 1911): the
    year she reached that age, 1955, the time of what she did then; nothing without a
    birth, where the age only describes a person."""
    age = count_of(groups["n"], ctx.vocab)
    if ctx.born is None or age is None or age != int(age):
        return None
    return Resolved(f"{ctx.born + int(age):04d}")


@resolver
def vague_duration(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """'for days or even weeks': a vague duration in the largest unit named."""
    units = [unit_word(w) for w in re.findall(r"[a-z]+s\b", groups["_text"].lower())]
    units = [u for u in units if u in _DURATION_UNIT]
    order = list(_DURATION_UNIT)
    largest = max(units, key=order.index)
    prefix, letter, _ = _DURATION_UNIT[largest]
    return Resolved(f"{prefix}X{letter}")


_SET_UNIT = {
    "minute": "PT1M",
    "half hour": "PT30M",
    "hour": "PT1H",
    "day": "P1D",
    "week": "P1W",
    "month": "P1M",
    "quarter": "P1Q",
    "year": "P1Y",
    "decade": "P10Y",
    "century": "P100Y",
    "daily": "P1D",
    "weekly": "P1W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "annually": "P1Y",
    "semiannually": "P6M",
    "semi-annually": "P6M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "XXXX-XX-XXTNI",
    "weekend": "XXXX-WXX-WE",
    "weekday": "XXXX-WXX-WD",  # Monday to Friday, as TIMEX3 writes them
}


@resolver
def set_(groups: Groups, ctx: Context, params: dict[str, Any]) -> Resolved | None:
    """every day, each Monday, weekly, twice a year, every four years."""
    if groups.get("weekday"):
        day = f"XXXX-WXX-{ctx.vocab.lookup('weekday', groups['weekday'])}"
        part = groups.get("part_of_day") or groups.get("part_of_days", "").removesuffix("s")
        return Resolved(day + (f"T{ctx.vocab.lookup('part_of_day', part)}" if part else ""))
    if groups.get("season"):
        return Resolved(f"XXXX-{ctx.vocab.lookup('season', groups['season'])}")
    if groups.get("month"):
        return Resolved(f"XXXX-{int(ctx.vocab.lookup('month', groups['month'])):02d}")
    if groups.get("holiday"):  # 'every Christmas'; a movable feast's day has no one value
        day = str(ctx.vocab.lookup("holiday", groups["holiday"]))
        return Resolved(f"XXXX-{day}") if _MONTH_DAY.fullmatch(day) else None
    if any(groups.get(k) for k in ("other", "n", "vague")):  # 'every other week'
        prefix, letter, factor = _DURATION_UNIT[unit_word(groups.get("units") or groups["unit"])]
        if groups.get("vague"):  # 'every few months'
            return Resolved(f"{prefix}X{letter}")
        amount = 2.0 if groups.get("other") else count_of(groups["n"], ctx.vocab)
        if amount is None:
            return None
        return Resolved(duration_value(amount * factor, prefix, letter))
    word = (groups.get("unit") or groups.get("adverb") or "").lower()
    if word.startswith("half"):  # 'half-hour' as 'half hour'; 'semi-annually' stays
        word = _WORD_BREAK.sub(" ", word)
    part = ctx.vocab.get("part_of_day", word)
    if part:
        return Resolved(f"XXXX-XX-XXT{part}")
    return Resolved(_SET_UNIT[word])
