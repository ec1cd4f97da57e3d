"""Finding time expressions: match every rule (candidates.py), keep the best
non-overlapping matches, drop idioms (idioms.py), resolve in reading order with the
story's state (Reading: the tense around each, tense.py; quotations, quotes.py), widen
each to its signal words (wording.py), and join ranges and clocks to their days
(ranges.py)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache, partial
from itertools import islice
from operator import attrgetter, itemgetter

from timeline.sentences import Span, containing, sentences
from timeline.temporal import build_cache
from timeline.temporal.calendar_math import DCT_YEARS, shift_by
from timeline.temporal.candidates import Candidate, find, overlapping, select
from timeline.temporal.idioms import idiom_filter
from timeline.temporal.intervals import Interval, interval_of
from timeline.temporal.model import Timex
from timeline.temporal.quotes import (
    QuoteClock,
    inside,
    quotations,
    quote_clocks,
    quoted_material,
)
from timeline.temporal.ranges import (
    CLOCK,
    anchor_to_following,
    clock_after_day,
    clock_before,
    clock_in_named_part,
    clock_in_part_of_day,
    clock_modifiers,
    clock_on_following_day,
    clock_ranges,
    daily_clock_ranges,
    date_ranges,
    joins_range,
    midnight_as_start,
    night_into_small_hours,
    part_before_day,
    weekday_ranges,
    yearly_month_ranges,
)
from timeline.temporal.resolve import (
    EPISODE_GAP,
    EPISODE_SPAN,
    FUTURE_IN_PAST,
    RESOLVERS,
    Context,
    Resolved,
    heading,
)
from timeline.temporal.rules import load as load_rules
from timeline.temporal.sections import (
    HEADING_LINE,
    Section,
    sections,
    stamp_times,
    stamping,
)
from timeline.temporal.tense import (
    Cue,
    clause_break,
    cues_in,
    past_cue_before,
    tense_near,
    verb_particle,
)
from timeline.temporal.trie import alternation
from timeline.temporal.vocab import folded
from timeline.temporal.vocab import load as load_vocab
from timeline.temporal.wording import (
    NARRATOR,
    ends_in_word,
    holds_any,
    holds_phrase,
    narrator_words,
    phrase_ends,
    phrase_words,
    signal_before,
    spaced,
)

_FINE_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


_DIGIT_DATE = re.compile(r"\d{1,2}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d")  # '24 August', 'Feb. 28'
_QUARTER_OR_HALF = re.compile(r"-[QH]\d$")  # a quarter or half, as its value ends
_EVENING = re.compile(r"T(?:EV|NI)$")  # a day's evening or night, as its value ends
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")  # a month's value (2020-04)
_YEAR_ONLY = re.compile(r"\d{4}")  # a year told alone, as its value is
_PLAN_YEAR_SIGNALS = ("", "in", "for", "during")  # before a year that frames plans
_EVENING_ENDS = ("TEV", "TNI")  # the same, for str.endswith: asked of every time told
# between a day and the amount of time counted from it, and after that amount ('on
# Tuesday, Nov. 12, four days after the staff found ballots on Friday, Nov. 8')
_COUNTED_FROM = re.compile(r"\s*,\s*$")
# (not from inside a run of spaces: linear)
_AFTER_AMOUNT = re.compile(r"(?<!\s)\s++(?:after|before)\s")


# a period the story tells of: a day, month, quarter, half, season or year, a decade, a
# century ('In the 1990s ... The following spring' counts from no year of its own)
_CALENDAR_PERIOD = re.compile(
    r"^\d{4}(?:(?:-\d\d){0,2}(?:T|$)|-[QH]\d$|-(?:SP|SU|FA|WI)$)|^\d\d\d?$"
)


_WINDOW_GRANULARITIES = ("minute", "second", "hour")


def as_dct(value: datetime | date | str) -> datetime:
    """The document creation time as a tz-aware datetime (a bare date is midnight UTC).

    ValueError, with a message for the user, for a string that is not ISO 8601 or a time
    outside DCT_YEARS.
    """
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(
                f"{value!r} is not ISO 8601 (e.g. 2022-02-14 or 2022-02-14T22:00+13:00)"
            ) from None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0))
    if value.year not in DCT_YEARS:
        raise ValueError(
            f"{value.isoformat()} is outside the years {DCT_YEARS[0]} to {DCT_YEARS[-1]}: "
            "times are read against it, and Python's calendar ends at 1 and 9999"
        )
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def signal_after(cand: Candidate) -> int:
    """Where the phrase ends: after a trailing signal the rule looked ahead at ('three
    days later'), which TimeML leaves out of the extent but a reader takes in."""
    if "direction" in cand.match.re.groupindex and cand.match.end("direction") > cand.end:
        return cand.match.end("direction")
    return cand.end


def narrowed(interval: Interval, effect: dict[str, str]) -> Interval:
    """'just before 9.30pm' is the quarter hour before it, not the minute at 9.30."""
    window = effect.get("window")
    if not window or interval.granularity not in _WINDOW_GRANULARITIES:
        return interval
    if effect.get("mod") == "BEFORE":
        begin = shift_by(interval.begin, window, -1)
        return Interval(begin, interval.begin, "minute") if begin else interval
    until = shift_by(interval.begin, window, 1)
    return Interval(interval.begin, until, "minute") if until else interval


def groups_of(cand: Candidate) -> dict[str, str]:
    found = dict(filter(_SECOND, cand.match.groupdict().items()))  # the groups that took words
    found["_text"] = cand.match.group()
    # a long s matched as 's': look the words up so (a group in a look-ahead, as 'the
    # first and \u017fecond quarters' has, lies outside the match's text)
    if not all(map(str.isascii, found.values())):
        found = {name: folded(words) for name, words in found.items()}
    return found


_SECOND = itemgetter(1)
_SECTION_START = attrgetter("start")


def tag(text: str, dct: datetime | date | str, date_only: bool = False) -> list[Timex]:
    """All time expressions in a text, resolved against its document creation time.

    ``date_only`` says the creation time is a day without a clock: the day is the
    reference, and what would need its clock ('this morning', 'an hour ago', 'now') is
    that day, not a made-up hour.

    A match whose words make no real time (31 February, a vague count before 'years ago
    this June') gives way to the next-best matches of its text. Matches that overlap,
    directly or through others, form a group whose choice no other group affects, so the
    tagger chooses again within that group and reads on from its start with the story's
    state as it was there: reading order holds, and a text full of 31 Februaries costs one
    pass, not one per rejection.
    """
    groups = overlapping(find(text, load_rules().rules))
    keep = idiom_filter(text)
    moment = as_dct(dct)
    found = _read(text, list(groups), keep, moment, date_only, [], [])
    clocks = quote_clocks(text, found, moment.date(), date_only)
    stamped = sections(text, found, moment, date_only, partial(saying_day, text))
    if clocks or stamped:
        found = stamp_times(_read(text, groups, keep, moment, date_only, clocks, stamped),
                             stamped)
    found = yearly_month_ranges(text, date_ranges(text, weekday_ranges(text, found)))
    found = clock_after_day(text, clock_on_following_day(text, anchor_to_following(text, found)))
    found = clock_ranges(text, found)
    found = night_into_small_hours(text, clock_in_part_of_day(text, found, moment), moment)
    found = clock_in_named_part(text, clock_modifiers(text, found))
    return daily_clock_ranges(text, midnight_as_start(text, found))


def _read(
    text: str, groups: list[list[Candidate]], keep: Callable[[Candidate], bool],
    moment: datetime, date_only: bool, clocks: list[QuoteClock], stamped: list[Section],
) -> list[Timex]:
    """Resolve the groups of matches in reading order, the quotations of ``clocks`` told
    from their speakers' days and the ``stamped`` sections from their stamps' (see tag)."""
    reading = Reading(text, moment, date_only)
    reading.placing = sorted(c.start for g in groups for c in g if c.rule.type in _PLACING)
    reading.clocks = clocks
    reading.sections = stamped
    reading.ctx.diary = any(s.writing and s.date_only for s in stamped)
    found: list[Timex] = []
    index = 0
    while index < len(groups):
        story, done, section = reading.ctx.state(), len(found), reading.section
        failed = reading.read([c for c in select(groups[index]) if keep(c)], found)
        if failed is None:
            index += 1
            continue
        reading.ctx.restore(story)
        reading.section = section
        del found[done:]
        groups[index] = [c for c in groups[index] if c is not failed]
    # the context's callbacks are the reading's methods: without the cycle, reference
    # counting frees the article's state here and no garbage collection has to walk it
    del reading.ctx
    return found


class Reading:
    """The story's state as the text is read, and what every match of it needs."""

    def __init__(self, text: str, moment: datetime, date_only: bool = False) -> None:
        self.text = text
        self.vocab = load_vocab()
        self.ctx = Context(
            dct=moment, vocab=self.vocab, reference=moment.date(), date_only=date_only,
            published=moment,
            opens_sentence=self.opens_narration, said_before=partial(saying_day, text),
            reported_now=self.reported_now, told_back=self.told_back,
            untensed=self.untensed, scene_present=self.scene_present,
            recent_told=self.recent_told, stamp_day=self.stamp_day, part_end=self.part_end,
            risen=self.risen,
        )
        self.cues: dict[Span, list[Cue]] = {}
        self.lowered = text.lower() if text.isascii() else None  # for cues and signals
        self.padded = None if self.lowered is None else " " + self.lowered
        self.lines: dict[int, list[Span]] = {}  # sentences by the offset their line starts
        self.placing: list[int] = []  # where the matches of dates and times start
        self.clocks: list[QuoteClock] = []  # quotations told from their speakers' days
        self.quotations: list[tuple[int, int]] | None = None  # found when first asked
        self.sections: list[Section] = []  # the text's dated sections (sections.py)
        self.section = -1  # the index of the one being read
        self.vote_text: bool | None = None  # whether the text holds a vote word's first word
        self.scene_text: bool | None = None  # whether it holds a scene opener ('It is')
        self.voting: dict[int, bool] = {}  # whether a line holds a vote word, by its start
        self.votes: dict[Span, bool] = {}  # whether a sentence holds one

    def read(self, chosen: list[Candidate], found: list[Timex]) -> Candidate | None:
        """Resolve matches in reading order onto ``found``; stop at the first that resolves
        to nothing and return it, so its runner-up can have a turn."""
        text, ctx = self.text, self.ctx
        for cand in chosen:
            if ctx.outside is not None and cand.start >= ctx.quoted_until:
                ctx.leave_quote()
            if self.sections:
                self.enter_section(cand.start)
            if ctx.outside is None and self.clocks:
                self.enter_quote(cand.start)
            signal = signal_before(text, cand.start, self.vocab, self.padded)
            if self.called_off(cand):  # 'A strike, effective Sunday, was called off'
                ctx.find_tense_with(
                    partial(_same, FUTURE_IN_PAST), partial(self.told_before, cand, found)
                )
            elif moved_end(text, cand.start):
                # 'extended its deadline until Tuesday': the coming Tuesday, ahead of the
                # decision; 'postponed the vote until March': the nearest March, no
                # tense (the past one would have been before the decision)
                # 'grounded its fleet until Friday': a stop's end, the nearest
                weekday = cand.rule.resolve in _WEEKDAY_RESOLVERS
                ahead = FUTURE_IN_PAST if weekday and not stopped_end(text, cand.start) else 0
                ctx.find_tense_with(partial(_same, ahead), partial(self.told_before, cand, found))
            elif lasting_until(text, cand.start):
                # 'Schools remain closed until Monday': a state now, to end ahead
                ctx.find_tense_with(partial(_same, 1), partial(self.told_before, cand, found))
            elif forecast_for(text, signal[0], cand.start, self.lowered):
                # 'issued a red flag warning on Monday for Tuesday night': ahead of then
                ctx.find_tense_with(
                    partial(_same, FUTURE_IN_PAST), partial(self.told_before, cand, found)
                )
            elif "tense" in signal[1]:
                # 'since March' is always behind us
                ctx.find_tense_with(partial(_same, int(signal[1]["tense"])))
            elif reports_period(text, cand, signal[0]) or since_before(text, signal[0]):
                ctx.find_tense_with(partial(_same, -1))  # 'the figures for March are due'
            elif (cand.rule.resolve == "date" and text[signal[0]:cand.start].strip() == "for"
                  and not groups_of(cand).get("day")):
                # 'has taken 40 bookings for December', 'was first planned for June': the
                # month a plan or a sale is for, the nearest whatever the tense (a day set
                # for is ahead: 'A hearing has been set for Dec. 2')
                ctx.find_tense_with(partial(_same, 0), partial(self.told_before, cand, found))
            else:
                ctx.find_tense_with(
                    partial(self.tense_of, cand), partial(self.told_before, cand, found)
                )
            ctx.saying = cand.rule.resolve == "time" and saying_clock(text, cand.start, cand.end)
            ctx.session = cand.rule.resolve == "time" and self.session_clock(cand.start)
            ctx.later_today = self.later_today(cand) if cand.rule.resolve == "time" else ""
            ctx.end = "end" in signal[1]
            ctx.signal_at = signal[0]
            if ctx.ahead() and (self.told_in_past(cand) or self.in_past_perfect(cand)):
                ctx.back_from_future()
            made = self.resolved(cand, signal)
            if made is None:
                return cand
            found.append(made[1])
            value = made[1].value
            if _year_given(cand) and _MONTH_VALUE.match(value):
                told = (int(value[:4]), int(value[5:7]))
                ctx.months_dated = (*ctx.months_dated, told)
                if _MONTH_VALUE.fullmatch(value) \
                        and text[signal[0]:cand.start].strip().lower() == "in":
                    ctx.month_written = (*told, self.sentence_end(cand))
            if ctx.born is None and self.tells_birth(cand, made[1], signal[0]):
                ctx.born = int(made[1].value[:4])
            ctx.started = self.start_told(made[1], signal[0]) or ctx.started
            self.set_scene(cand, made[0], found)
            if ctx.vote_day is None:
                ctx.vote_day = self.dates_vote(cand, made[0])
            if not ((made[0].from_happening and _beside_a_time(text, found))
                    or saying_aside(text, signal[0], cand.end, made[1].value)
                    or restates_time(text, cand.start, found)):
                background = (in_background_clause(text, cand.start, self.lowered)
                              or state_went_on(text, cand.start, ctx, self.lowered)
                              or self.speakers_now(cand, made[1])
                              or self.relative_beside_main(cand, found)
                              or self.perfect_after_main(cand, made[1], found)
                              or self.aside_before_entry(cand, made[1])
                              or self.flashback_days(cand, made[1])
                              or self.counted_from(cand, found)
                              or self.in_day_range(cand, made[1], found))
                saying = saying_day(text, cand.start)
                own_year = self.year_told_in(cand, made[0], signal[0])
                frames = (lambda: True) if own_year else partial(self.fronted, signal[0])
                period, held = ctx.last_period, ctx.clock
                follow_story(ctx, *made, background=background, saying=saying,
                             year_given=_year_given(cand), own_year=own_year, frames=frames,
                             through=made[0].value.endswith(_EVENING_ENDS)
                             and told_through(text, cand.start))
                if ctx.last_period != period:
                    ctx.period_until = self.chronicle_until(cand)
                if ctx.clock != held:
                    ctx.clock_until = self.sentence_end(cand)
                elif made[0].moves_story and not background and _FINE_DAY.match(value):
                    ctx.clock_until = len(text)  # gone on past its clock ('Thursday morning')
                if own_year and ctx.period_own:  # rare: a year the story is told in
                    ctx.told_until = self.sentence_end(cand)
                if self.frames_plans(cand, made[0], signal[0]):
                    ctx.ahead_until = self.sentence_end(cand)
                clock = clock_before(text, found)
                if clock is not None and clock.begin is not None \
                        and ctx.reference == clock.begin.date():
                    # 'at 9pm on Monday': the story is at Monday's 9pm ('two hours later',
                    # 'earlier in the night')
                    follow_story(ctx, Resolved(clock.value), clock, background=background,
                                 saying=saying, year_given=True)
            quote = quoted_material(text, made[1])
            if quote is not None:
                ctx.speak_from(*quote)
        return None

    def set_scene(self, cand: Candidate, resolved: Resolved, found: list[Timex]) -> None:
        """Context.scene_day: the day before the publication's, named without a year, of a
        sentence that opens with a time told as a present copula's complement (vocab
        scene_opener: 'It is 2.10 a.m. on the last Wednesday of January, and the studio
        smells of toast'), a feature's scene told in the present; not a time after other
        words ('It is the third attack since Monday'). Such a sentence naming the
        publication's day or a later one ends the scene. ``found`` ends with the match's
        own time."""
        if (not resolved.moves_story or _FINE_DAY.match(resolved.value) is None
                or _year_given(cand)):
            return
        day = date.fromisoformat(resolved.value[:10])
        if self.ctx.scene_day is not None and self.scene_present(cand.start) \
                and self.ctx.scene_day <= day < self.ctx.today:
            # the scene goes on in its present to a later day ('The next day, a Sunday,
            # there is no train'): its now is that day
            self.ctx.scene_day = day
            return
        if self.scene_text is None:  # most texts have none: one scan in C for them all
            lowered = self.lowered or self.text.lower()
            self.scene_text = _scene_hint().search(lowered) is not None
        if not self.scene_text:
            return
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return
        opener = _scene_opener().match(self.text, sentence.start, cand.start)
        if opener is None:
            return
        first = next((t for t in found if t.start >= sentence.start), found[-1])
        if first.start == opener.end() and first.type in _PLACING:
            self.ctx.scene_day = day if day < self.ctx.today else None

    def tells_birth(self, cand: Candidate, made: Timex, signal_start: int) -> bool:
        """Whether a date with its year is told as a birth's (vocab birth: 'She was born on
        January 9, 1911', 'born in Napier on 3 May 1940'): the first one in a text is its
        subject's, whose ages are then years (resolve.age_year)."""
        if not _year_given(cand) or not made.value[:4].isdigit():
            return False
        lo = signal_start - 40 if signal_start > 40 else 0
        return _birth_before().search(self.text, lo, signal_start) is not None

    def start_told(self, made: Timex, signal_start: int) -> date | None:
        """The past day a happening is told to have begun on (vocab start: 'had set out on
        foot from a camp on the morning of Sunday, March 4'), which 'on the fourth day'
        counts from (Context.started); None for another time."""
        if not _DAY_VALUE.match(made.value):
            return None
        day = date.fromisoformat(made.value[:10])
        end = min(signal_start, made.start)  # before 'on the morning of Sunday, March 4'
        if day > self.ctx.today or not start_before(self.text, end, self.lowered):
            return None
        return day

    def scene_present(self, at: int) -> bool:
        """Whether the sentence holding an offset is told in a scene's present: no cue
        but a present's or a weak one ('At 3.15, Vitale plays a song'), not a future's
        ('will sign off') nor a past's; or its narrator's first person in the simple
        present outside a quotation ('On Thursday I climb to the chapel, built in the
        17th century'), whatever an aside tells."""
        cues = self.cues_of(at) or ()
        if all(cue.sign == 0 or cue.weak for cue in cues):
            return True
        sentence = containing(self.spans(at), at)
        return sentence is not None and self.narrator_present(sentence, cues)

    def narrator_present(self, sentence: Span, cues: list[Cue] | tuple[()]) -> bool:
        """Whether a sentence's narrator tells in the simple present (vocab scene_narrator:
        'I climb', 'we leave'), not inside quotation marks; a verb with a tense cue ('I
        climbed') or a word of not_present ('I was', 'I remember') is no such present."""
        text = self.text
        narrators, not_present = narrator_words()
        for found in NARRATOR.finditer(text, sentence.start, sentence.end):
            if found.group(1).lower() not in narrators:
                continue
            if text.count('"', sentence.start, found.start()) % 2 \
                    or text.count("\u201c", sentence.start, found.start()) \
                    > text.count("\u201d", sentence.start, found.start()):
                continue
            verb = found.group(2)
            if verb.lower() in not_present or any(
                    cue.start <= found.start(2) < cue.end and cue.sign for cue in cues):
                continue
            return True
        return False

    def frames_plans(self, cand: Candidate, resolved: Resolved, signal_start: int) -> bool:
        """Whether a year in digits, the publication's or later, frames the plans its
        sentence tells ('For 2025: a second show in September', 'In 2026 the line will open
        in March'; Context.ahead_until): not 'next year', nor a deadline ('promised to
        build 20,000 homes by 2030 and to cut the tax from April 1')."""
        value = resolved.value
        if not (_YEAR_ONLY.fullmatch(value) and int(value) >= self.ctx.today.year
                and value in self.text[cand.start:cand.end]):
            return False
        return self.text[signal_start:cand.start].strip().lower() in _PLAN_YEAR_SIGNALS

    def year_told_in(self, cand: Candidate, resolved: Resolved, signal_start: int) -> bool:
        """Whether a year, a decade or a month ('In March 2019 the plant closed') is the
        time the story's happenings are told in: after a signal of vocab story_year_signal
        that opens its sentence, or opening it itself as a year counted from the story's
        ('The same year a fire destroyed the mill'), before a simple past ('In 1998 she met
        him', 'During the 1990s the firm grew'), not 'since 1987', 'by 2030', 'the 1987
        crash', a year closing a clause ('said sales fell in 2023', 'who arrived in Miami
        in 1961') or one ahead ('In 2025 the merger will close'); or a time placed within
        such a year ('the following day': '1998-XX-XX', 'two days later'), which keeps the
        story there."""
        placed = resolved.interval_value or resolved.value
        # a year or a decade (four characters at most), or a month told ('2019-03') or a
        # day within it ('2019-03-XX'; not 'two months later'): nothing longer is looked at
        if len(placed) > 4 and not (len(placed) == 7 and placed[4] == "-" and (
                not resolved.interval_value or "X" in resolved.value)):
            return False
        if resolved.interval_value:
            return True
        if not resolved.value.replace("-", "", 1).isdigit():  # 'P1D', '2019-Q1'
            return False
        said = self.text[signal_start:cand.start].strip().lower()
        if said not in self.vocab.word_set("story_year_signal") and (
                said or cand.rule.resolve != "narrative"):  # 'The same year a fire'
            return False
        return self.fronted(signal_start) and self.narrated_after(cand)

    def fronted(self, start: int) -> bool:
        """Whether a signal opens its sentence or main clause, with no more than a word of
        vocab story_year_lead before it ('In 1998 she met him', 'But during 1998'): a year
        that frames the narration. One closing a complement ('expects profits to rise in
        2025'), a relative clause ('who arrived in Miami in 1961') or any clause after the
        opening words tells of its own clause only. Most signals follow a word that is no
        lead's: they need no look for their sentence."""
        leads = self.vocab.word_set("story_year_lead")
        tail = self.text[start - 12 if start > 12 else 0 : start].rstrip(" ,")
        if tail[-1:].isalnum() and tail.split()[-1].lower() not in leads:
            return False
        sentence = containing(self.spans(start), start)
        lo = sentence.start if sentence is not None else 0
        lo = max(lo, self.text.rfind(";", lo, start) + 1)
        before = self.text[lo:start].strip(_OPENING_MARKS).lower()
        return not before or before.rstrip(",") in leads

    def chronicle_until(self, cand: Candidate) -> int:
        """Where a chronicle a period just told opens goes on to (resolve.chronicle_year):
        the end of its paragraph; none for a noun's period ('the bailout of November
        2010'), which places no happening of the story."""
        if _NOUNS_PERIOD.search(self.text, max(0, cand.start - _NOUNS_REACH), cand.start):
            return -1
        line_end = self.text.find("\n", cand.end)
        return len(self.text) if line_end < 0 else line_end

    def opens_narration(self, start: int) -> bool:
        """Whether a signal opens its sentence or main clause (fronted) in a sentence that
        is no report of a saying on a recent day ('In January it announced 500 job cuts,
        its chief executive said on Tuesday'): news, not the past year the story told of
        last ('In 2019 it moved to Austin')."""
        if not self.fronted(start):
            return False
        sentence = containing(self.spans(start), start)
        end = sentence.end if sentence is not None else len(self.text)
        return _said_on_a_day().search(self.text, start, end) is None

    def reported_now(self, at: int) -> bool:
        """Whether the sentence holding an offset reports a saying on a weekday or a
        relative day ('Profits fell in March, the company said on Friday')."""
        sentence = containing(self.spans(at), at)
        if sentence is None:
            return False
        return _said_on_a_day().search(self.text, sentence.start, sentence.end) is not None

    def part_end(self, at: int) -> int:
        """Where the part of the text holding an offset ends: the start of the next line
        that is a heading (next_heading_line), else the text's end."""
        line = next_heading_line(self.text, at)
        return len(self.text) if line is None else line + 1

    def recent_told(self, at: int) -> bool:
        """Whether the sentence holding an offset names a time of the publication's last
        days or weeks (vocab recent_anchor: 'she rode two trial hours last week')."""
        sentence = containing(self.spans(at), at)
        if sentence is None:
            return False
        return _recent_anchor().search(self.text, sentence.start, sentence.end) is not None

    def risen(self, at: int) -> bool:
        """Whether a verb of rising (vocab rising) ends right before the signal at an offset
        ('got up at four', 'woke at 5'): a bare small hour after it is that morning's
        (resolve._bare_hour), not the afternoon's."""
        before = " " + self.text[max(0, at - 30) : at].lower().rstrip()
        while before.endswith((" at", " about", " around")):  # 'got up at about four'
            before = before[: before.rindex(" ")]
        return any(before.endswith(" " + words) for words in self.vocab.word_set("rising"))

    def told_back(self, at: int) -> bool:
        """Whether the clause holding an offset has a past perfect ('It had taken off at 8
        a.m.', 'At 3 a.m. the thieves had gone'), not another clause of its sentence ('The
        alarm went off at 3:12 a.m., but the thieves had gone by the time police
        arrived')."""
        sentence = containing(self.spans(at), at)
        if sentence is None:
            return False
        for perfect in _perfect_clause()[0].finditer(self.text, sentence.start, sentence.end):
            lo, hi = sorted((perfect.start(), at))
            if not clause_break(self.text, lo, hi) or _across_aside(self.text, lo, hi):
                return True
        return False

    def narrated_after(self, cand: Candidate) -> bool:
        """Whether the first tense cue after a match is a simple past's ('In 1998 she met
        him'): the story told in that year. A past perfect's ('In 1998 she had met him')
        tells its background; a future or a plan ('In 2025 the merger will close', 'In
        2025, the company expects profits to rise') what lies ahead of the story's day."""
        for cue in self.cues_of(cand.start) or ():
            if cue.start >= cand.end:
                return (cue.sign == -1
                        and _perfect_clause()[0].match(self.text, cue.start) is None)
        return False

    def dates_vote(self, cand: Candidate, resolved: Resolved) -> date | None:
        """The day a match names when its sentence tells of an election or a vote
        (vocab vote_words: 'Voters ... elected Diane Harlow as mayor on Monday')."""
        if self.lowered is not None:  # most lines have no vote word: spare splitting them
            if self.vote_text is None:  # nor most texts: a scan in C for the words' first
                self.vote_text = any(word in self.lowered for word in _vote_words()[2])
            if not self.vote_text:
                return None
            lo = self.text.rfind("\n", 0, cand.start) + 1
            if lo not in self.voting:
                hi = self.text.find("\n", cand.start)
                hi = hi if hi >= 0 else len(self.text)
                self.voting[lo] = _vote_words()[1].search(self.lowered, lo, hi) is not None
            if not self.voting[lo]:
                return None
        day, _, _ = _placing(resolved.value)
        if day is None:
            return None
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return None
        if sentence not in self.votes:
            found = _vote_words()[0].search(self.text, sentence.start, sentence.end)
            self.votes[sentence] = found is not None
        return day if self.votes[sentence] else None

    def aside_before_entry(self, cand: Candidate, made: Timex) -> bool:
        """Whether a match dates a past-perfect clause of a diary's or a blog's dated entry
        to a day before the entry's ('Monday 6 November ... I regretted every biscuit I
        had eaten yesterday'): it tells what came before the day the entry tells of,
        which stays the story's ('We reached Chikatsuyu at 4.20': Monday's), as
        perfect_after_main's clause before its sentence's own time. So does a 'yesterday'
        after its verb ('The snow cleared yesterday afternoon and the sky has been clear
        since. Drove up at 18:45'), an aside; not one that opens its sentence, which
        frames what follows ('Yesterday we walked to the lake. In the afternoon it
        rained'), nor a night before the entry's day, whose hours an entry goes on to tell
        ('Last night was a bad one. The ewe started pushing at about half ten')."""
        if self.section < 0 or made.begin is None:
            return False
        section = self.sections[self.section]
        return (section.writing and made.begin.date() < section.at.date()
                and (self.told_back(cand.start) or (
                    cand.rule.name == "relative_day" and made.value[10:] not in _NIGHT_PARTS
                    and not self.fronted(cand.start))))

    def enter_section(self, at: int) -> None:
        """Read a dated section from its stamp's time on ('Update, 20 January, 8pm: The
        part arrived this afternoon'), its day the story's; one whose stamp tells no time
        of writing from the publication's."""
        index = bisect_right(self.sections, at, key=_SECTION_START) - 1
        if index == self.section or index < 0:
            return
        self.section = index
        section = self.sections[index]
        self.ctx.move_to(section.at)
        self.ctx.date_only = section.date_only
        if section.date_only:  # a date-only stamp: a diary's day heading, a dated update
            self.ctx.open_day(section.at.date())
        if section.heads and self.ctx.published is not None:
            # a timeline's clock heading: its entry counts days from the publication, its
            # hours known as under a live page's
            self.ctx.move_to(self.ctx.published)
        if section.writing:
            self.ctx.reference = section.at.date()

    def stamp_day(self, at: int) -> date | None:
        """The day of the dated section whose stamp, a diary's day heading written on its
        day, holds an offset ('Day 1 - Friday 17 August'), else None."""
        section = stamping(self.sections, at)
        return None if section is None or not section.date_only else section.at.date()

    def speakers_now(self, cand: Candidate, made: Timex) -> bool:
        """Whether a time of the publication's day lies inside a quotation while the
        story stands on an earlier day ('evidence that "would not be accepted by any fire
        investigator today"', after judges quashed a conviction yesterday): the speaker's
        now, which leaves the story at its happenings' day ('left the court shortly after
        11 a.m.' is yesterday's)."""
        ctx = self.ctx
        if (ctx.outside is not None or ctx.reference >= ctx.today or made.begin is None
                or made.begin.date() != ctx.today):
            return False
        if self.quotations is None:
            self.quotations = quotations(self.text)
        return inside(self.quotations, cand.start)

    def enter_quote(self, at: int) -> None:
        """Speak from a quotation's day when a match lies inside one said before the
        publication's day (quote_clocks)."""
        index = bisect_left(self.clocks, (at,)) - 1
        if index >= 0 and self.clocks[index].start < at < self.clocks[index].end:
            clock = self.clocks[index]
            self.ctx.speak_from(clock.day, clock.end, clock.at)

    def sentence_end(self, cand: Candidate) -> int:
        """Where the sentence holding a match ends (its own end outside any sentence):
        how far a time it wrote frames what follows (Context told_until, ahead_until,
        month_written)."""
        sentence = containing(self.spans(cand.start), cand.start)
        return cand.end if sentence is None else sentence.end

    def spans(self, at: int) -> list[Span]:
        """The sentences of the line holding an offset, split only when an expression on
        it needs its clause's tense. No sentence runs over a line break, so they are the
        whole text's sentences there, for the cost of one line."""
        lo = self.text.rfind("\n", 0, at) + 1
        if lo not in self.lines:
            hi = self.text.find("\n", at)
            self.lines[lo] = sentences(self.text, lo, hi if hi >= 0 else len(self.text))
        return self.lines[lo]

    def relative_beside_main(self, cand: Candidate, found: list[Timex]) -> bool:
        """Whether a match is in a relative clause (vocab relative_clause) of a sentence
        with a date or time outside it, before the clause or after the comma that ends it:
        the clause tells of a noun ('a newsagent, who was stabbed on August 13, 2005'),
        the sentence's own time is the story's ('found guilty on Thursday'); not a
        history beside a plan that the next sentence goes on with (past_beside_plan,
        told_on: 'to mark the sinking of the ferry, which went down 75 years ago today.
        The ferry left the wharf at 4:15 p.m.'). ``found`` ends with the match's own time."""
        lo = cand.start - _BACKGROUND_REACH if cand.start > _BACKGROUND_REACH else 0
        if self.lowered is not None and not holds_any(
            self.lowered, phrase_ends("relative_clause", "openers"), lo, cand.start
        ):
            return False
        opener = _relative_regex().search(self.text, lo, cand.start)
        if opener is None:
            return False
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return False
        for timex in islice(reversed(found), 1, None):
            if timex.start < sentence.start:
                break
            if timex.end <= opener.start() and timex.type in _PLACING:
                return not (self.past_beside_plan(found[-1], timex)
                            and self.told_on(opener.start(), sentence))
        ends = _CLAUSE_END.search(self.text, cand.end, sentence.end)
        if ends is None:
            return False
        after = bisect_left(self.placing, ends.end())
        return after < len(self.placing) and self.placing[after] < sentence.end

    def told_on(self, opener: int, sentence: Span) -> bool:
        """Whether the next sentence names again the noun a relative clause tells of, the
        words after the last determiner (vocab told_on) before its opener: the story goes
        on with that history ('to mark the sinking of the ferry Margaret Dunn, which went
        down 75 years ago today. The ferry left the wharf at 4:15 p.m.'), not with the
        plan's day ('to mark the battle, which began 80 years ago today. Organisers opened
        the gates at 7 a.m.')."""
        lo = max(sentence.start, opener - _NOUN_REACH)
        words = _WORD.findall(self.text[lo:opener].lower())
        determiners = self.vocab.word_set("told_on")
        last = max((i for i, w in enumerate(words) if w in determiners), default=-1)
        # words of one or two letters ('of', 'to') name nothing
        nouns = {w for w in words[last + 1:] if len(w) > 2} - determiners
        after = _NOT_SPACE.search(self.text, sentence.end)  # no copy of the rest of the text
        following = None if after is None else containing(self.spans(after.start()), after.start())
        if following is None or not nouns:
            return False
        return not nouns.isdisjoint(
            _WORD.findall(self.text[following.start:following.end].lower()))

    def past_beside_plan(self, own: Timex, main: Timex) -> bool:
        """Whether a relative clause's time is in an earlier year than the publication's
        and its sentence's own time a plan still ahead ('will fall silent at 11 a.m.
        today to mark the sinking of the ferry, which went down 75 years ago today'): the
        past the story goes on to tell is that history's, not the plan's day. A recent
        day ('at the plant, which closed on Monday') may be background to today's news."""
        dct = self.ctx.dct
        return (own.until is not None and own.until.year < dct.year
                and main.begin is not None and main.begin > dct)

    def perfect_after_main(self, cand: Candidate, made: Timex, found: list[Timex]) -> bool:
        """Whether a match is in a past-perfect clause after an earlier date or time of
        its sentence outside it: the clause tells of what came before the sentence's own
        time ('won the race on Sunday ... to hold a lead he had taken three days
        earlier'), which stays the story's; not of a later time ('in Friday's time trial,
        but a landslide that had blocked the road early Saturday morning forced organisers
        to shorten that day's stage': Saturday's). ``found`` ends with the match's own
        time. Cheap tests first: a time before it in its sentence, and in an ASCII text an
        auxiliary's word between the sentence's start and the match. The time before and
        the auxiliary's word must be on the match's line (no sentence runs over a line
        break) before the line is split: most lines are split for this test alone."""
        line = self.text.rfind("\n", 0, cand.start)
        if len(found) < 2 or found[-2].start <= line:
            return False
        words = phrase_ends("perfect_clause", "auxiliaries")
        if self.lowered is not None and not holds_any(self.lowered, words, line + 1, cand.start):
            return False
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None or found[-2].start < sentence.start:
            return False
        if self.lowered is not None and not holds_any(
            self.lowered, words, sentence.start, cand.start
        ):
            return False
        cues = self.cues_of(cand.start)
        cue = None if cues is None else past_cue_before(cues, cand.start)
        if cue is None:
            return False
        auxiliary, before = _perfect_clause()
        if not (auxiliary.match(self.text, cue.start)
                or before.search(self.text, max(0, cue.start - 16), cue.start)):
            return False
        for timex in islice(reversed(found), 1, None):
            if timex.start < sentence.start:
                break
            if timex.end <= cue.start and timex.type in _PLACING:
                return (made.begin is not None and timex.begin is not None
                        and made.begin < timex.begin)
        return False

    def in_day_range(self, cand: Candidate, made: Timex, found: list[Timex]) -> bool:
        """Whether a whole day follows a word of vocab range_joiner day_range_openers or
        ends a stretch one opens ('the ferry did not sail between Sunday and Tuesday'; 'up
        11 percent from Monday's close'): a stretch's edge or a source, not a day the story
        moves to, so a clock told later without its day stays on the story's ('She held
        the seat, declared at 2.05am' after an election night; benchmarks.dating:
        news-dating-31 +6, news-dating-25 +3, news-dating-19 +1, TBAQ unchanged). Only
        when a day was told before the stretch: with none, the story has no day to stay
        on but the stretch's ('Talks ran from Sunday to Tuesday. A deal was finally signed
        at 4pm.': Tuesday's 4pm, not the publication day's)."""
        if not _FINE_DAY.fullmatch(made.value):
            return False
        text, opener = self.text, _day_range_opener()
        if opener.search(text, max(0, cand.start - 12), cand.start):
            return _day_told(found[:-1])
        first = found[-2] if len(found) > 1 else None
        return (first is not None and _FINE_DAY.fullmatch(first.value) is not None
                and opener.search(text, max(0, first.start - 12), first.start) is not None
                and joins_range(text, first.start, first.end, cand.start)
                and _day_told(found[:-2]))

    def flashback_days(self, cand: Candidate, made: Timex) -> bool:
        """Whether a match counts days or more back in a past perfect clause ('She had
        last visited it two weeks earlier'): a flashback, after which the story's simple
        past goes on from the day it left ('That evening ... told a news conference' is
        the day of the discovery, not two weeks before). A clock's offset ('Forty seconds
        earlier, the driver had seen smoke') may start the episode told next."""
        return (cand.rule.name == "offset_ago" and not made.value[11:12].isdigit()
                and made.value[:1].isdigit() and self.told_back(cand.start))

    def counted_from(self, cand: Candidate, found: list[Timex]) -> bool:
        """Whether a match dates what the sentence's own day was counted from, in the
        clause of an amount of time 'after' or 'before' right after that day ('certified
        the result on Tuesday, Nov. 12, four days after the clerk's staff found nine
        ballots on Friday, Nov. 8'): a happening told as the measure, after which the story
        goes on from the sentence's day ('the next day' is the 13th). ``found`` ends with
        the match's own time. The words are tested before the sentence is looked for:
        most lines would be split into sentences for this test alone."""
        if len(found) < 3:
            return False
        day, amount = found[-3], found[-2]
        if (amount.type != "DURATION" or day.type not in _PLACING
                or _FINE_DAY.match(day.value) is None
                or _COUNTED_FROM.match(self.text, day.end, amount.start) is None
                or _AFTER_AMOUNT.match(self.text, amount.end) is None):
            return False
        sentence = containing(self.spans(cand.start), cand.start)
        return sentence is not None and day.start >= sentence.start

    def in_past_perfect(self, cand: Candidate) -> bool:
        """Whether the past forms right before a match ('had telephoned ... earlier')
        hold a past perfect: what had happened came before the words were said, never on a
        day ahead the sentence named first ('He said the council would meet on Thursday
        ..., and that he had telephoned the builder earlier in the morning' is this
        morning, not Thursday's; Context.back_from_future)."""
        cues = self.cues_of(cand.start) or []
        auxiliary = _perfect_clause()[0]
        for cue in reversed([cue for cue in cues if cue.end <= cand.start]):
            if cue.sign != -1:
                return False
            if auxiliary.match(self.text, cue.start):
                return True
        return False

    def session_clock(self, start: int) -> bool:
        """Whether a clock time's sentence names a trading session in the 80 characters
        before it (vocab session_clock: 'Brent crude traded at $70.60 a barrel in London at
        5 p.m.'; not 'opened at 9:30 a.m. and was halted at 11:40 a.m.' after an earlier
        sentence's 'trading'), or anywhere in it a market that moves (session_clock
        `nouns`: 'By 0915 GMT, the index had gained 0.4 percent'; not 'stocks of paint')."""
        sentence = containing(self.spans(start), start)
        lo = max(start - 80, sentence.start if sentence else 0)
        if _session_words().search(self.text, lo, start) is not None:
            return True
        return sentence is not None and _session_nouns().search(
            self.text, sentence.start, sentence.end) is not None

    def later_today(self, cand: Candidate) -> str:
        """The part of the publication day ('AF') a clock time's sentence names after it,
        joined by 'and' with no other time or stop between ('broke the surface at 09:45
        and was landed at Fos-sur-Mer early this afternoon'), else ''."""
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return ""
        found = _later_today().match(self.text, cand.end, sentence.end)
        if found is None:
            return ""
        return str(self.vocab.lookup("clock_day", " ".join(found.group("day").lower().split()))[1])

    def tense_of(self, cand: Candidate) -> int:
        """The tense of the clause that holds a match."""
        cues = self.cues_of(cand.start)
        return 0 if cues is None else tense_near(self.text, cues, cand.start, cand.end)

    def cues_of(self, at: int) -> list[Cue] | None:
        """The tense cues of the sentence that holds an offset, found once per sentence."""
        sentence = containing(self.spans(at), at)
        if sentence is None:
            return None
        if sentence not in self.cues:
            self.cues[sentence] = cues_in(self.text, sentence, self.lowered)
        return self.cues[sentence]

    def untensed(self, at: int) -> bool:
        """Whether the sentence holding an offset has no tense cue at all."""
        return not self.cues_of(at)

    def told_in_past(self, cand: Candidate) -> bool:
        """Whether every tense cue of the sentence holding a match is a past one ('Police
        said two staff were working when a man walked in at about 11.40pm'): a sentence
        with a future in it ('will be celebrated at 11 a.m., followed by burial later
        that day') may still tell of the days ahead."""
        cues = self.cues_of(cand.start)
        signed = [cue for cue in cues or () if cue.sign]
        return bool(signed) and all(cue.sign == -1 for cue in signed)

    def called_off(self, cand: Candidate) -> bool:
        """Whether a time names when a plan was to start that its sentence tells was
        called off or postponed ('A strike, effective Sunday, was called off on Tuesday';
        vocab.toml called_off)."""
        lo = cand.start - 24 if cand.start > 24 else 0
        ends = phrase_ends("called_off", "schedule")
        if not ends_in_word(self.text, cand.start, ends, _ON_WORD):
            return False
        schedule, bare, verbs = _called_off()
        word = schedule.search(self.text, lo, cand.start)
        if word is None:
            return False
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return False
        for verb in verbs.finditer(self.text, sentence.start, sentence.end):
            if verb.start() >= cand.end:
                return True  # 'The strike starting Sunday has been postponed'
            if (verb.end() < word.start() and self.text[verb.end() : word.start()].strip()
                    and not bare.fullmatch(word.group("word"))):
                return True  # 'called off a strike set for Sunday'
        return False

    def told_before(self, cand: Candidate, found: list[Timex]) -> date | None:
        """The first day of the last past time named before a match in its sentence
        (``found``: the expressions read so far): a future told from a saying lies after
        it ('said last month that the ban would end on March 10')."""
        sentence = containing(self.spans(cand.start), cand.start)
        for timex in reversed(found):
            if sentence is None or timex.start < sentence.start:
                break
            past = timex.until is not None and timex.until <= self.ctx.dct
            if past and timex.begin is not None and timex.end <= cand.start:
                return timex.begin.date()
        return None

    def resolved(
        self, cand: Candidate, signal: tuple[int, dict[str, str]]
    ) -> tuple[Resolved, Timex] | None:
        """A match's value and Timex; None when its words make no time, or when its time
        falls off the edge of Python's calendar ('the day before' 1 January 0001)."""
        try:
            resolved = RESOLVERS[cand.rule.resolve](groups_of(cand), self.ctx, cand.rule.params)
            if resolved is None:
                return None
            whole_day = _FINE_DAY.fullmatch(resolved.value) and not resolved.interval_value
            part = part_before_day(self.text, min(signal[0], cand.start)) if whole_day else None
            if part is None:
                return resolved, build(cand, resolved, self.ctx, signal)
            # 'on the night of 14 August': that night, the story's too, one TIME
            resolved = resolved._replace(interval_value=f"{resolved.value}T{part[0]}")
            made = build(cand, resolved, self.ctx, (part[2], signal[1]))
            return resolved, replace(made, start=part[1], text=self.text[part[1]:made.end],
                                     type="TIME", value=resolved.interval_value)
        except (OverflowError, ValueError):  # what datetime raises beyond years 1 to 9999
            return None


_APPOSITION = re.compile(r"\s*+,\s*+")


def _beside_a_time(text: str, found: list[Timex]) -> bool:
    """Whether the last expression follows the one before it after a comma: 'on
    Saturday, four days after a valve failed' counts back from Saturday to the failure,
    so the story stays on Saturday; 'four minutes after the restart' alone moves it."""
    if len(found) < 2:
        return False
    return _APPOSITION.fullmatch(text, found[-2].end, found[-1].start) is not None


def _day_told(found: list[Timex]) -> bool:
    """Whether any of the times told so far names a day (Reading.in_day_range)."""
    return any(_FINE_DAY.match(timex.value) for timex in found)


@cache
def _day_range_opener() -> re.Pattern[str]:
    """A word of vocab range_joiner day_range_openers right before a time ('between
    Sunday', 'from October 4')."""
    words = alternation({w.lower() for w in load_vocab().words("range_joiner",
                                                                 "day_range_openers")})
    return build_cache.compile(rf"\b(?:{words})\s+$", re.I)


@cache
def _vote_words() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The words that tell of an election or a vote (vocab vote_words); the same in
    lower case without word bounds, a quick scan of a lower-case line: a line it finds
    nothing in has none in any of its sentences; and the first word of each in lower
    case, one of which a text holding a vote word contains, less those that hold another
    ('voters' holds 'vote'): each is a scan of the whole text."""
    table = load_vocab().words("vote_words")
    words = alternation({w.lower() for w in table}, spaced)
    heads = {w.split()[0].lower() for w in table}
    firsts = tuple(sorted(w for w in heads if not any(o != w and o in w for o in heads)))
    return build_cache.compile(rf"\b{words}\b", re.I), build_cache.compile(words), firsts


def forecast_for(
    text: str, signal_start: int, start: int, lowered: str | None = None
) -> bool:
    """Whether a time follows 'for' after a warning or forecast of its clause (vocab
    forecast_for: 'a red flag warning on Monday for Tuesday night'): it is what the
    warning looks ahead to, whatever the tense of the clause. ``lowered``, the text in
    lower case if it is ASCII, lets a scan in C for the nouns spare the regex, which
    opens with '\\b' under re.IGNORECASE and so is tried at every position of its window
    (half a percent of `timex`'s instructions on TBAQ, for the few times after 'for')."""
    if text[signal_start:start].strip().lower() != "for":
        return False
    lo = signal_start - _BACKGROUND_REACH if signal_start > _BACKGROUND_REACH else 0
    return _scanned_search(
        _forecast_regex(), text, lo, signal_start, lowered, ("forecast_for", "words"))


def _scanned_search(pattern: re.Pattern[str], text: str, lo: int, hi: int,
                    lowered: str | None, words: tuple[str, str]) -> bool:
    """Whether ``pattern`` is found in ``text[lo:hi]``, after a scan in C of the lowered
    text (when it is ASCII) for the pattern's words (vocab table and field ``words``)
    spares the regex where none is: a pattern opening with '\\b' under re.IGNORECASE is
    tried at every position of its window."""
    if lowered is not None and not holds_any(lowered, phrase_ends(*words), lo, hi):
        return False
    return pattern.search(text, lo, hi) is not None


@cache
def _forecast_regex() -> re.Pattern[str]:
    nouns = alternation({w.lower() for w in load_vocab().words("forecast_for")}, spaced)
    return build_cache.compile(rf"\b{nouns}\b[^,;:()\"\u201c\u201d.!?]*$", re.I)


def since_before(text: str, start: int) -> bool:
    """Whether 'since' stands a few words before a time, a happening named between them
    ('since taking office in January'; vocab.toml since_phrase): both lie behind."""
    lo = start - 80 if start > 80 else 0
    # the words are rare: a scan in C spares the regex most times (``in`` on a copy of
    # the window, as wording.holds_any looks: str.find's arguments cost more than it)
    window = text[lo:start]
    if "since" not in window and "Since" not in window:
        return False
    return _since_phrase().search(text, lo, start) is not None


@cache
def _since_phrase() -> re.Pattern[str]:
    table = load_vocab().table("since_phrase")
    since = alternation({w.lower() for w in table["words"]}, spaced)
    verbs = alternation({w.lower() for w in table["verbs"]}, spaced)
    return build_cache.compile(
        rf"\b{since}\s++(?:(?!{verbs}\b)[\w'\u2019-]++\s++){{1,{int(table['reach'])}}}$", re.I
    )


@cache
def _called_off() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = load_vocab().table("called_off")
    schedule = alternation({w.lower() for w in table["schedule"]}, spaced)
    bare = alternation({w.lower() for w in table["not_after_verb"]}, spaced)
    verbs = alternation({w.lower() for w in table["verbs"]}, spaced)
    return (build_cache.compile(rf"\b(?P<word>{schedule})\s+(?:on\s+)?$", re.I),
            build_cache.compile(bare, re.I), build_cache.compile(rf"\b{verbs}\b", re.I))


def reports_period(text: str, cand: Candidate, signal_start: int) -> bool:
    """Whether a time is the period figures report ('the figures for March', 'March
    sales'; vocab.toml period_report): one already over. Not a day before the noun, whose
    noun may be a subject ('On Friday data will be released')."""
    before, after, weekday = _period_report()
    lo = signal_start - 24 if signal_start > 24 else 0
    ends = phrase_ends("period_report", "signals")
    if (signal_start < cand.start and ends_in_word(text, cand.start, ends, _THE)
            and before.search(text, lo, cand.start)):
        return True
    return after.match(text, cand.end) is not None and not weekday.search(
        text, cand.start, cand.end)


_THE = ("the",)  # the word the period_report regex may take after its signals


@cache
def _period_report() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    vocab = load_vocab()
    table = vocab.table("period_report")
    nouns = alternation({w.lower() for w in table["nouns"]}, spaced)
    signals = alternation({w.lower() for w in table["signals"]}, spaced)
    days = alternation({w for w in vocab.table("weekday") if not w.startswith("_")})
    return (build_cache.compile(rf"\b{nouns}\s+{signals}\s+(?:the\s+)?$", re.I),
            build_cache.compile(rf"\s+{nouns}\b", re.I), build_cache.compile(rf"\b{days}"))


def moved_end(text: str, start: int) -> bool:
    """Whether the time at ``start`` is the new end a decision gave something (vocab
    moved_end: 'extended its deadline until 9 a.m. EST Tuesday'), ahead of the decision."""
    lo = start - _MOVED_END_REACH if start > _MOVED_END_REACH else 0
    if not ends_in_word(text, start, phrase_ends("moved_end", "ends")):
        return False
    return _moved_end_regex().search(text, lo, start) is not None


def stopped_end(text: str, start: int) -> bool:
    """Whether a moved end (``moved_end``) is the end of a stop (vocab moved_end `stops`:
    'cancelled trains until Monday'), told as often once the stop is over."""
    lo = start - _MOVED_END_REACH if start > _MOVED_END_REACH else 0
    return _moved_end_regex("stops").search(text, lo, start) is not None


def lasting_until(text: str, start: int) -> bool:
    """Whether the time at ``start`` ends a state told in the present (vocab
    lasting_until: 'Schools remain closed until Monday'), which lies ahead."""
    lo = start - _LASTING_REACH if start > _LASTING_REACH else 0
    if not ends_in_word(text, start, phrase_ends("lasting_until", "ends")):
        return False
    return _lasting_until_regex().search(text, lo, start) is not None


_LASTING_REACH = 40  # 'remain closed to all traffic until'


@cache
def _lasting_until_regex() -> re.Pattern[str]:
    """A present verb, up to three words that are no past of their own nor a figure, and
    the end word."""
    table = load_vocab().table("lasting_until")
    verbs = alternation({w.lower() for w in table["verbs"]})
    ends = alternation({w.lower() for w in table["ends"]})
    past = alternation({w.lower() for w in table["not_between"]})
    return build_cache.compile(
        rf"\b{verbs}(?:\s+(?!{past}\b)(?![\w-]*\d)[\w-]+){{0,3}}\s+{ends}\s+$", re.I
    )


_WEEKDAY_RESOLVERS = ("weekday", "clock_on_day")  # a weekday, with a clock time or not


_MOVED_END_REACH = 60  # 'adjourned the trial of the three former bank directors until'


@cache
def _moved_end_regex(*keys: str) -> re.Pattern[str]:
    """A verb that moves an end (the table's `verbs` and `stops`, or those of ``keys``),
    the words of its clause, and the word of the end."""
    table = load_vocab().table("moved_end")
    verbs = alternation({w.lower() for k in keys or ("verbs", "stops") for w in table[k]},
                        spaced)
    ends = alternation({w.lower() for w in table["ends"]})
    return build_cache.compile(rf"\b{verbs}\b[^,;:()\"\u201c\u201d.!?]*?\b{ends}\s+$", re.I)


_NOUNS_PERIOD = re.compile(r"\bof\s+$", re.I)  # 'the bailout of November 2010'
_NOUNS_REACH = 8


def next_heading_line(text: str, at: int) -> int | None:
    """The line break before the first heading line (HEADING_LINE: 'The warnings', 'What
    comes next' after a day's paragraphs) after the line holding an offset, or None."""
    line = text.find("\n", at)
    found = None if line < 0 else HEADING_LINE.search(text, line)
    return None if found is None else found.start()
_OPENING_MARKS = " \t\n\"'\u201c\u2018(-\u2014"  # what may open a sentence before its words


def _same(value: int) -> int:
    return value


@cache
def _birth_before() -> re.Pattern[str]:
    """A birth's verb and at most a place before a date's signal ('was born in Napier on')."""
    words = alternation({w.lower() for w in load_vocab().words("birth")}, spaced)
    place = r"(?:\s+in\s+[A-Z][\w\x27\u2019-]*(?:,?\s+[A-Z][\w-]*)*)?"  # 'in Napier'
    return build_cache.compile(rf"\b(?i:{words}){place},?\s+$")


def start_before(text: str, end: int, lowered: str | None = None) -> bool:
    """Whether a start's verb and the rest of its clause end at ``end`` (_start_before).
    ``lowered``, the text in lower case if it is ASCII, lets a scan in C for the verbs
    spare the regex nearly every time (start_told asks it of every past day)."""
    lo = end - 80 if end > 80 else 0
    if lowered is not None and not holds_phrase(lowered, phrase_words("start", "words"), lo, end):
        return False
    return _start_before().search(text, lo, end) is not None


@cache
def _start_before() -> re.Pattern[str]:
    """A start's verb and the rest of its clause before a day's signal ('had set out on
    foot from a tourist camp near the village on')."""
    words = alternation({w.lower() for w in load_vocab().words("start")}, spaced)
    return build_cache.compile(rf"\b(?i:{words})\b[^.;:!?\n]{{0,60}}$")


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:$|T)")


def _year_given(cand: Candidate) -> bool:
    """Whether a match writes its year out ('March 3, 2021')."""
    return "year" in cand.match.re.groupindex and cand.match.group("year") is not None


def follow_story(
    ctx: Context, resolved: Resolved, timex: Timex, background: bool = False,
    saying: bool = False, year_given: bool = False, own_year: bool = False,
    frames: Callable[[], bool] = lambda: False, through: bool = False,
) -> None:
    """Move the story's day, period and clock to what an expression just placed; a time
    told as ``background`` (in_background_clause) is a period to refer back to ('that
    year') but leaves the story's day and clock where they were, and so does a
    ``saying``'s day (saying_day) later than the earlier day the story stands at: the
    happenings it reports keep their day ('police said on Thursday' after a riot on
    Wednesday), which is still its latest news. A day ahead of the publication's, unless
    ``year_given``, keeps the day it left (Context.before_future). A year, a decade or a
    month ``own_year`` the story's happenings are told in is Context.period_own. A time
    that ``frames`` its sentence (opens it, or its main clause) sets Context.history;
    whether it does is asked only of a year's time, when the history may change. An
    evening or night the story is told ``through`` (Context.night_through) has passed."""
    if not resolved.moves_story:
        return
    placed = resolved.interval_value or resolved.value
    day, period, clock = _placing(placed)
    if clock and timex.begin is not None:
        ctx.told_clock = timex.begin
    if period:
        # a month within the year the story is told in ('In 1954 she sailed, arriving in
        # September') is still the story's own period
        within = ctx.period_own and placed.startswith(ctx.last_period)
        ctx.last_period = placed
        ctx.months_told = ctx.months_told and _QUARTER_OR_HALF.search(placed) is None
        ctx.period_own = (own_year or within) and not background
    elif ctx.period_own and placed[:1].isdigit() and not placed.startswith(ctx.last_period):
        ctx.period_own = False  # 'In 2019, she joined ... named chief executive last week'
    named_evening = _EVENING.search(resolved.value) is not None  # 'Saturday night', 'at dusk'
    if day is not None and day < ctx.today and named_evening:
        ctx.night = day
    if day is not None and (resolved.value.endswith("TAF") or resolved.value == str(day)):
        # its afternoon, or the whole day ('collapsed yesterday'), and so that afternoon
        ctx.afternoon = day if day < ctx.today else None
    ctx.told_today = ctx.told_today or day == ctx.today
    if background:
        return
    _follow_history(ctx, placed, frames)
    if saying and day is not None and ctx.reference < day and ctx.reference < ctx.today:
        if day <= ctx.today and (ctx.latest is None or day > ctx.latest):
            ctx.latest = day
        ctx.said_day = day
        return
    came_from = ctx.reference
    if day is not None:
        ctx.said_day = None
        if day > ctx.today >= ctx.reference and not year_given:
            # a day ahead without a year ('will appear on May 14'), a plan; not one its
            # year fixes ('on March 3, 2021' after a publication date that is wrong)
            ctx.before_future = (ctx.reference, ctx.evening, ctx.clock)
        ctx.reference = day
        named = _names_day(timex.text)
        if not (named and not clock and not year_given and heading(ctx)):
            # a weekday heading its paragraph ('Friday', over 'drove up on Friday, July
            # 22') is a guess at its week: it neither ends an episode nor tells of news
            # near the publication; the day its paragraph names does
            _follow_episode(ctx, day, year_given, bool(clock) or named, bool(clock) and not (
                named or _DIGIT_DATE.search(timex.text)))
        if day <= ctx.today and (ctx.latest is None or day > ctx.latest):
            ctx.latest = day
        # 'late Monday' (mod END on a day) is that day's evening too, and so is 'at dusk'
        # (its value's, TEV; its interval is the edge's own hours)
        late = timex.mod == "END" and not clock
        evening = (named_evening or _EVENING.search(placed)
                   or (clock and placed[11:13] >= "18") or late)
        ctx.evening = day if evening else None
        ctx.evening_on = bool(evening) and not named
        ctx.night_through = day if evening and through else None
    if clock and timex.begin is not None:
        ctx.run_clock(timex.begin, came_from)
    elif day is not None and timex.begin is not None and placed[11:] in _small_hours():
        # a night run into the next morning ('overnight Saturday into Sunday') sets the
        # story at its evening: a small-hours clock told next is the next day's ('Crews
        # were called at 2.15am': Sunday's, resolve._past_midnight)
        ctx.clock = timex.begin


def _follow_episode(
    ctx: Context, day: date, year_given: bool, detailed: bool, bare_clock: bool
) -> None:
    """Set Context.episode from the story's new day: one weeks (EPISODE_GAP), and less
    than a year, before the publication's and told in detail, with its weekday or a clock
    ('At 5.47pm on Friday 24 August 2007', not a milestone's 'reopened on July 14'), is an
    episode's, in a text that has told of no news near the publication
    (Context.near_told); one near it, before or after ('The auction begins at 10 a.m.
    next Tuesday'), ends the episode, unless only a clock put it there
    ('CCTV shows the van passing at 4.12am', a present clause's); an older one, a
    background, one further ahead, and one a past perfect tells of ('had been robbed on 3
    March') leave it."""
    back = (ctx.today - day).days
    if abs(back) <= EPISODE_GAP and not (bare_clock and ctx.episode is not None):
        ctx.episode = None
        ctx.near_told = ctx.near_told or back != 0 or not year_given
    elif (EPISODE_GAP < back <= EPISODE_SPAN and detailed and not ctx.near_told
          and not ctx.told_back(ctx.signal_at)):
        ctx.episode = day


def _names_day(text: str) -> bool:
    """Whether an expression names a weekday or a day counted from now ('Friday 24 August
    2007', 'noon today')."""
    return _day_word().search(text) is not None


def _compared(ctx: Context, year: int) -> bool:
    """Whether an old year opening its sentence is one the story compares its own
    recent past with, not a history it moves to: the story stands on a day of last year
    or this, weeks before the publication, after that year ('on the 12th, the last dry
    day. In 2011 I took 240 pounds', in a review of 2012 posted in January 2013)."""
    story = ctx.reference
    return (story.year > year and story.year >= ctx.today.year - 1
            and (ctx.today - story).days > EPISODE_GAP)


@cache
def _day_word() -> re.Pattern[str]:
    vocab = load_vocab()
    words = [*vocab.table("weekday"), *vocab.table("relative_day")]
    return re.compile(rf"\b(?:{alternation(words)})(?!\w)", re.I)


def _follow_history(ctx: Context, placed: str, frames: Callable[[], bool]) -> None:
    """Set Context.history from a time told in the foreground that ``frames`` its sentence
    (opens it: 'In February 1961 a letter came', 'Fifty years ago this week'): its year
    when two or more before the publication's, else none ('Last year, when the farm was
    sold'). A time inside a clause ('the bailout of November 2010', 'cited by police in
    December') frames no history; one of recent years in a past clause ends it ('the
    victory in the elections last November'), not one in a present clause ('Fewer than a
    hundred people in town today remember it'). A later old year told in a past clause
    moves the history on to it, as a chronicle goes on ('In 1972 he won his first
    election. He retired in 2004. He suffered a stroke in January': 2004's). A 'now' in
    a present clause ends it, as 'today' there does not: it sets the present against the
    history, whose news the next past clause tells ('In 2019 the council bought the site.
    The project is now two years late. Residents complained at a meeting in February':
    this year's; benchmarks.dating: the development sets unchanged); not one in a past
    clause nor in a future told from one ('said it would now build a library')."""
    year = placed[:4]
    if placed == "PRESENT_REF" and ctx.tense == 0:
        ctx.history = None
        return
    if len(year) < 4 or not year.isdigit():
        return
    if int(year) >= ctx.today.year - 1:
        if ctx.history is not None and (ctx.tense < 0 or frames()):
            ctx.history = None
    elif (ctx.history is not None and ctx.tense < 0 and int(year) > ctx.history) or (
            frames() and not _compared(ctx, int(year))):
        ctx.history = int(year)


@cache
def _scene_opener() -> re.Pattern[str]:
    """The words that open a sentence telling a scene's time (vocab scene_opener), after
    any opening marks, up to the time."""
    words = alternation(_scene_words(), spaced)
    return build_cache.compile(rf"[{re.escape(_OPENING_MARKS)}]*(?:{words})\s+", re.I)


@cache
def _scene_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab().words("scene_opener"))


@cache
def _scene_hint() -> re.Pattern[str]:
    """The scene openers anywhere in a lower-cased text: a literal scan, no case folding."""
    return build_cache.compile(alternation(_scene_words(), spaced))


@cache
def _small_hours() -> frozenset[str]:
    """The interval codes of a night run into the next morning (vocab small_hours)."""
    table = load_vocab().table("small_hours")
    return frozenset(str(v) for k, v in table.items() if not k.startswith("_"))


def saying_day(text: str, start: int) -> bool:
    """Whether the expression at ``start`` is the day of a saying (vocab saying_day: 'a
    police spokesman said on Thursday'), a place maybe named between ('said at a news
    conference in Ghent this morning')."""
    if not ends_in_word(text, start, phrase_ends("saying_day", "before"), _ON_WORD):
        lo = start - 40 if start > 40 else 0
        place = _place_before().search(text, lo, start) if " in " in text[lo:start] else None
        if place is None:
            return False
        start = place.start()
    lo = start - 40 if start > 40 else 0
    return _saying_day().search(text, lo, start) is not None


def saying_aside(text: str, signal_start: int, end: int, value: str) -> bool:
    """Whether a year or a month is the time of a saying set off as an aside (vocab
    saying_aside: ', her sister Marie recalled in 1979,'): when it was told, which moves
    no story told around it."""
    if _PERIOD_VALUE.fullmatch(value) is None or _ASIDE_END.match(text, end) is None:
        return False
    lo = signal_start - 60 if signal_start > 60 else 0
    return _saying_aside().search(text, lo, signal_start) is not None


@cache
def _later_today() -> re.Pattern[str]:
    """From a clock time to a part of the publication day its clause goes on to: 'and'
    and up to ten words, none a digit, then the part ('early this afternoon')."""
    return build_cache.compile(
        r"[^\W\d]*+,?\s+and\s+(?:[^\W\d][\w'-]*+\s+){1,10}?(?:(?:early|late)\s+)?"
        r"(?P<day>this\s+(?:morning|afternoon|evening))\b", re.I)


def restates_time(text: str, start: int, found: list[Timex]) -> bool:
    """Whether the expression is in brackets opened right after a time, which it restates
    elsewhere ('began at 8:05 p.m. Pacific time on Saturday (12:05 p.m. Sunday in Manila)',
    'lifted off at 9:30 p.m. on Friday (02:30 GMT Saturday)'): the story stays at the time
    the text tells it in, and a clock without a day told next ('stopped the fight at about
    8:41 p.m.') is on that time's day. ``found`` ends with the expression's own time."""
    opened = text.rfind("(", max(0, start - _RESTATING_REACH), start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    return any(t.end <= opened and not text[t.end:opened].strip() for t in found[-4:-1])


_RESTATING_REACH = 30  # how far back in its brackets a restating time may start


_PERIOD_VALUE = re.compile(r"\d{4}(?:-\d\d)?")  # a year or a month ('1979', '1979-05')
_ASIDE_END = re.compile(r"(?<!\s)\s*[,.;]")  # not from inside a run of spaces: linear


@cache
def _saying_aside() -> re.Pattern[str]:
    words = alternation({w.lower() for w in load_vocab().words("saying_aside", "verbs")}, spaced)
    return build_cache.compile(rf",[^,.;:\"\u201c\u201d]{{0,50}}\b{words}\s+(?:in\s+)?$", re.I)


_ON_WORD = ("on",)  # the word a regex of phrases may take after them: 'said on'


def told_through(text: str, start: int) -> bool:
    """Whether the expression at ``start`` is a stretch the story is told through (vocab
    night_through: 'kept its skin wet through Sunday night'), not a point in it."""
    lo = start - 20 if start > 20 else 0
    return _told_through().search(text, lo, start) is not None


@cache
def _told_through() -> re.Pattern[str]:
    words = alternation({w.lower() for w in load_vocab().words("night_through")}, spaced)
    return build_cache.compile(rf"\b{words}\s+(?:the\s+)?$", re.I)


@cache
def _saying_words() -> str:
    """The sayings of vocab saying_day, as an alternation."""
    return alternation({w.lower() for w in load_vocab().table("saying_day")["before"]}, spaced)


@cache
def _place_before() -> re.Pattern[str]:
    """A place told right before a time (vocab saying_day `place`: 'in Ghent ', 'in New
    York on '), up to three capitalised words."""
    words = alternation(set(load_vocab().table("saying_day")["place"]))
    return build_cache.compile(rf"(?<=\s)(?:{words})\s+(?:[A-Z][\w'-]*\s+){{1,3}}(?:on\s+)?$")


@cache
def _saying_day() -> re.Pattern[str]:
    return build_cache.compile(rf"\b{_saying_words()}\s+(?:on\s+)?$", re.I)


@cache
def _recent_anchor() -> re.Pattern[str]:
    words = alternation({w.lower() for w in load_vocab().words("recent_anchor")}, spaced)
    return build_cache.compile(rf"\b(?:{words})\b", re.I)


@cache
def _said_on_a_day() -> re.Pattern[str]:
    """A saying of vocab saying_day and a weekday or a relative day (vocab weekday_name,
    relative_day) right after it ('said on Tuesday', 'said yesterday')."""
    vocab = load_vocab()
    days = alternation({day for table in ("weekday_name", "relative_day")
                        for day in vocab.table(table) if not day.startswith("_")})
    return build_cache.compile(rf"\b(?i:{_saying_words()})\s+(?:on\s+)?{days}\b")


def saying_clock(text: str, start: int, end: int) -> bool:
    """Whether the clock time at ``start``..``end`` is a saying's (vocab saying_clock:
    'told a news conference at 11 a.m.', 'in its 6 p.m. report')."""
    before, after = _saying_clock()
    lo = start - 40 if start > 40 else 0
    if before.search(text, lo, start) is not None or after.match(text, end) is not None:
        return True
    verb, complement = _saying_complement()
    if complement.match(text, end) is None:
        return False
    lo = start - 120 if start > 120 else 0
    return verb.search(text, lo, start) is not None


@cache
def _session_words() -> re.Pattern[str]:
    words = alternation({w.lower() for w in load_vocab().words("session_clock")})
    return build_cache.compile(rf"\b{words}\b", re.I)


@cache
def _session_nouns() -> re.Pattern[str]:
    """A market that moves (vocab session_clock nouns, auxiliaries, moves): 'shares
    closed', 'the index had gained'; not 'stocks of paint'."""
    vocab = load_vocab()
    words = alternation({w.lower() for w in vocab.words("session_clock", "nouns")})
    auxiliaries = alternation({w.lower() for w in vocab.words("session_clock", "auxiliaries")})
    moves = alternation({w.lower() for w in vocab.words("session_clock", "moves")})
    return build_cache.compile(rf"\b{words}\s+(?:{auxiliaries}\s+)?{moves}\b", re.I)


@cache
def _saying_clock() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load_vocab().table("saying_clock")
    before = alternation({w.lower() for w in table["before"]}, spaced)
    after = alternation({w.lower() for w in table["after"]}, spaced)
    to_name = alternation({w.lower() for w in table["to_name"]})
    near = alternation({w.lower() for w in load_vocab().table("clock_modifier")}, spaced)
    # 'told Wikinews at around 1 p.m.': a name between, a word of nearness after 'at'
    before = rf"(?:{before}|{to_name}\s+(?-i:[A-Z][\w.\x27\u2019-]*\s+){{1,3}}at)"
    return (build_cache.compile(rf"\b{before}\s+(?:{near}\s+)?$", re.I),
            build_cache.compile(rf"\s+{after}\b", re.I))


@cache
def _saying_complement() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A saying verb of vocab saying_clock with no sentence's end after it, up to the
    clock; the complement right after the clock, its subject after it."""
    table = load_vocab().table("saying_clock")
    verbs = alternation({w.lower() for w in table["verbs"]})
    complement = alternation({w.lower() for w in table["complement"]})
    subjects = alternation({w.lower() for w in table["subjects"]})
    return (build_cache.compile(rf"\b{verbs}\b[^.;:!?\"\u201c\u201d]*$", re.I),
            build_cache.compile(rf"\s+{complement}\s+(?:{subjects}\b|(?-i:[A-Z]))", re.I))


_BACKGROUND_REACH = 120  # 'since the storm crossed the north of the main island on'


def in_background_clause(text: str, start: int, lowered: str | None = None) -> bool:
    """Whether the expression at ``start`` is in a clause that tells where a state began
    (vocab background_clause: 'cut off since the storm crossed the island on Tuesday',
    'since Sunday'): the opener before it, with no punctuation that ends a clause
    between. ``lowered``, the text in lower case if it is ASCII, lets a scan in C for the
    openers spare the regex nearly every time."""
    lo = start - _BACKGROUND_REACH if start > _BACKGROUND_REACH else 0
    if lowered is not None and not holds_phrase(
        lowered, phrase_words("background_clause", "openers"), lo, start
    ):
        return False
    found = _background_regex().search(text, lo, start)
    if found is None:
        return False
    # 'drove up from Durban on Friday': a verb's particle, no figure's baseline; but
    # 'Turnout was down from 49.6 percent in 2019' compares
    opener = found.group("opener")
    return not (verb_particle(text, opener, found.start())
                and _BE_BEFORE.search(text, max(0, found.start() - 8), found.start()) is None)


def state_went_on(text: str, start: int, ctx: Context, lowered: str | None = None) -> bool:
    """Whether the expression at ``start`` is the time a state went on at (vocab
    continuing_state: 'one passenger remained in hospital today'), while the story stands
    on a day of the week up to the publication's: how things stood, which leaves the
    story at its news's day. From an older day, a background ('called the snap election
    on Sept. 22'), it brings the story back to the news ('Three ridings remained too
    close to call on Tuesday morning. She conceded at about 11:30 p.m.'). ``lowered``,
    the text in lower case if it is ASCII, lets a scan in C for the verbs spare the
    regex, which opens with \\b under re.I, nearly every time."""
    if not 0 <= (ctx.today - ctx.reference).days <= _STATE_WEEK:
        return False
    lo = start - _STATE_REACH if start > _STATE_REACH else 0
    return _scanned_search(_state_regex(), text, lo, start, lowered, ("continuing_state", "verbs"))


_STATE_WEEK = 7  # days before the publication's that are still its news's
_STATE_REACH = 60  # 'remained in the intensive care unit of the city hospital on'


@cache
def _state_regex() -> re.Pattern[str]:
    """A verb of a continuing state and its clause up to a time, no clause cut between."""
    verbs = alternation({w.lower() for w in load_vocab().words("continuing_state", "verbs")})
    return build_cache.compile(
        rf"\b(?:{verbs})\b(?![^,;:()\"\u201c\u201d.!?]*\b(?:and|but)\b)"
        rf"[^,;:()\"\u201c\u201d.!?]*$", re.I)


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$", re.I)


@cache
def _relative_regex() -> re.Pattern[str]:
    """An opener of a relative clause and the clause up to a time, as _background_regex."""
    openers = alternation({w.lower() for w in load_vocab().words("relative_clause", "openers")},
                          spaced)
    return build_cache.compile(rf"\b{openers}\b[^,;:()\"\u201c\u201d.!?]*$", re.I)


_PLACING = ("DATE", "TIME")  # the types of expressions that place a story in time
_NIGHT_PARTS = ("TEV", "TNI")  # a day's evening and night ('last night', 'yesterday evening')


_CLAUSE_END = re.compile(r"[,;]")
_WORD = re.compile(r"\w+")
_NOUN_REACH = 60  # 'the sinking of the ferry Margaret Dunn, which': a noun phrase's words
_NOT_SPACE = re.compile(r"\S")


def _across_aside(text: str, lo: int, hi: int) -> bool:
    """Whether the only clause break between two offsets is a speaker's aside between
    commas (vocab perfect_clause aside_verbs: 'She had dropped it, she thinks, on
    Saturday'), which leaves the clause before it going on after it."""
    aside = _aside_regex().search(text, lo, hi)
    return aside is not None and not (clause_break(text, lo, aside.start())
                                      or clause_break(text, aside.end(), hi))


@cache
def _aside_regex() -> re.Pattern[str]:
    """A comma, a subject of at most three words, an aside verb and a comma."""
    verbs = alternation({w.lower() for w in load_vocab().table("perfect_clause")["aside_verbs"]})
    return build_cache.compile(rf",\s+(?:[\w\x27\u2019.-]+\s+){{1,3}}?(?i:{verbs}),\s+")


@cache
def _perfect_clause() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A past-perfect auxiliary (vocab perfect_clause) with its participle after it, at
    a cue; and one (with an adverb in '-ly') right before a cue that is the participle."""
    table = load_vocab().table("perfect_clause")
    auxiliaries = alternation({w.lower() for w in table["auxiliaries"]})
    others = alternation({w.lower() for w in table["not_participles"]})
    return (
        build_cache.compile(rf"(?i:{auxiliaries})\s+(?:[a-z]+ly\s+)?(?!{others}\b)[a-z]+\b"),
        build_cache.compile(rf"\b(?i:{auxiliaries})\s+(?:[a-z]+ly\s+)?$"),
    )


@cache
def _background_regex() -> re.Pattern[str]:
    """An opener and its clause up to a time: no punctuation that ends a clause between,
    but a figure's decimal point ('down from 49.6 percent in the first round')."""
    openers = alternation({w.lower() for w in load_vocab().words("background_clause", "openers")},
                          spaced)
    return build_cache.compile(
        rf"\b(?P<opener>{openers})\b(?:[^,;:()\"\u201c\u201d.!?]|(?<=\d)\.(?=\d))*$", re.I)


@lru_cache(maxsize=4096)
def _placing(value: str) -> tuple[date | None, bool, bool]:
    """What a value places: its day, whether it is a calendar period, whether a clock."""
    day = date.fromisoformat(value[:10]) if _FINE_DAY.match(value) else None
    return day, _CALENDAR_PERIOD.match(value) is not None, CLOCK.match(value) is not None


def build(
    cand: Candidate, resolved: Resolved, ctx: Context, signal: tuple[int, dict[str, str]]
) -> Timex:
    """A Timex with its interval, its mod and its signal-widened phrase."""
    phrase_start, effect = signal
    mod = resolved.mod or effect.get("mod", "")
    interval: Interval | None
    if resolved.anchor:
        interval = Interval(*resolved.anchor)
    else:
        placed = resolved.interval_value or resolved.value
        if placed == "PRESENT_REF" and ctx.date_only:
            placed = ctx.today.isoformat()  # 'now' of a day-only date is that day
        interval = interval_of(placed, ctx.dct.tzinfo or UTC, ctx.dct, ctx.vocab)
    if interval and not resolved.mod:
        interval = narrowed(interval, effect)
    if interval and interval.until <= interval.begin:
        interval = Interval(interval.begin, interval.begin + timedelta(minutes=1), "instant")
    # in Timex's field order: twelve keywords cost as much as the rest of this function
    return Timex(
        cand.start,
        cand.end,
        cand.match.group(),
        resolved.type or cand.rule.type,  # type
        resolved.value,
        mod,
        interval.begin if interval else None,
        interval.until if interval else None,
        interval.granularity if interval else resolved.granularity,
        phrase_start,
        signal_after(cand),  # phrase_end
        cand.rule.name,
    )
