"""Event mentions refer back (and forward): "The strike drew 10,000" takes the strike's date.

News names a happening once with its time ("Workers went on strike on Monday"; "Union
members voted on Tuesday") and then by a definite noun phrase without one ("The strike
drew 10,000 people"; "The vote was close"). Such a sentence takes the date of the
happening the article dates, whether the date comes before or after it ("The ceremony
drew hundreds ... The ceremony was held on Sunday"), though not after it by an indefinite
noun, which brings in a new happening ("a 4-1 win in mid-October"). A happening is matched
by its noun (table ``event_noun``) or by a verb form of it (table ``event_verb``: 'struck'
is a strike, 'voted' a vote), only in the clause its time dates and only as the later
sentence's subject: conservative, since a wrong match moves a row far.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache

from timeline.events.clauses import FUTURE, MODAL, PAST, clause_of, tense_of
from timeline.events.clock import bare_clock, moved_to, night_hours, on_day
from timeline.events.document import Document
from timeline.events.lexicon import Lexicon, alternation
from timeline.events.model import Event
from timeline.events.nouns import modifies_noun, noun_phrase
from timeline.events.sayings import dates_saying, dates_verb, verbs_within_reach
from timeline.sentences import Span
from timeline.temporal import Timex

# A sentence opening on a possessive time: "Monday's earthquake", "Last year's election".
_POSSESSIVE_TIME = re.compile(
    r"(?<![\w.-])(?:[\w.-]++\s++){0,2}[\w.-]+['\u2019]s\s++((?:[\w'-]++\s++){0,2}[\w'-]++)"
)


def happenings(doc: Document, dated: list[Event]) -> dict[str, Event]:
    """Each happening a dated clause names, by its noun ('strike'), with the first event
    dating it: the noun itself, or a verb form of it ('workers struck', 'voted')."""
    named, starts = doc.happenings_named, doc.happening_starts
    found: dict[str, tuple[bool, Event]] = {}
    for event in sorted(dated, key=lambda e: e.timex.phrase_start):
        if event.timex.type == "DURATION":
            continue
        clause = clause_of(doc.lex, doc.text, event.sentence, event.timex)
        first = _named_from(doc, event.timex, clause)
        for i in range(bisect_left(starts, first), len(named)):
            start, end, noun = named[i]
            if end > clause.end:
                break
            if noun not in found or not found[noun][0]:
                # a time dating the word itself wins over an earlier one of its clause
                # ('who went missing on Friday were rescued on Monday afternoon')
                own = dates_verb(doc, event.sentence, event.timex, start, end)
                if noun not in found or own:
                    found[noun] = (own, event)
    return {noun: event for noun, (_, event) in found.items()}


def _named_from(doc: Document, timex: Timex, clause: Span) -> int:
    """Where the happenings a time dates begin in its clause: one that tells the age of a
    thing (tells_age: 'the theft of five 18th-century gold snuffboxes') dates no happening
    named before it. A shorter time there may be the day of a happening before it ('the
    attack on Friday's rally')."""
    return noun_phrase(doc.text, timex).start if tells_age(doc, timex) else clause.start


def tells_age(doc: Document, timex: Timex) -> bool:
    """Whether a time is a period longer than a year inside a noun phrase that names no
    happening ('five 18th-century gold snuffboxes', 'a 12th-century church'): the age of a
    thing, which dates no happening."""
    if (not modifies_noun(doc.text, timex) or timex.begin is None or timex.until is None
            or timex.until - timex.begin <= _YEAR):
        return False
    phrase = noun_phrase(doc.text, timex)
    at = bisect_left(doc.happening_starts, phrase.start)
    named = doc.happenings_named
    return not (at < len(named) and named[at][1] <= phrase.end)


_YEAR = timedelta(days=366)


def named_in(doc: Document, span: Span) -> list[str]:
    """The happenings a span names, by noun or verb form, in text order ('three people
    died when their homes collapsed' -> death, collapse)."""
    named = doc.happenings_named
    found = []
    for i in range(bisect_left(doc.happening_starts, span.start), len(named)):
        start, end, noun = named[i]
        if start >= span.end:
            break
        if end <= span.end:
            found.append(noun)
    return found


@cache
def _definite_noun(lex: Lexicon) -> re.Pattern[str]:
    """A definite noun phrase, its words in group 1: 'The strike', "The party's
    conference"."""
    words = lex.pattern("definite_determiner").pattern
    return re.compile(rf"{words}\s++((?:[\w'-]++\s++){{0,2}}[\w'-]++)", re.I)


def subject_happening(doc: Document, span: Span, mentioned: dict[str, Event]) -> Event | None:
    """The dated happening a sentence's subject names ('The strike drew 10,000'), if any;
    a subject led by a possessive time names a happening of its own sentence ("Monday's
    earthquake killed 300"), which dates the clause only when it is past ("Friday's vote
    was postponed" happened before Friday). A clause in the future tense takes only a
    happening still ahead ("The ceremony will take place at the library"). A word of
    another_happening before the noun names a new one ("The next vote"): none is taken."""
    future = tense_of(doc.lex, doc.text, span) == FUTURE
    lead = doc.lex.clause_opener.sub("", doc.text[span.start : span.end])
    found = _definite_noun(doc.lex).match(lead)
    possessive = found is None
    found = found or _POSSESSIVE_TIME.match(lead)
    words = found.group(1).lower().split() if found else []
    for word in words:
        if word in doc.lex.set("another_happening"):
            return None  # 'The next vote': not the vote the article dated
        noun, event = named_noun(mentioned, word)  # 'The arrests'
        if event is None or introduced_later(doc, noun, event, span.start):
            continue
        until = event.timex.until
        if possessive and (until is None or until > doc.article.published):
            return None
        if future and (until is None or until <= doc.article.published):
            return None  # 'Yesterday's vote will be challenged': the challenge is ahead
        return event
    return None


def named_noun(mentioned: dict[str, Event], word: str) -> tuple[str, Event | None]:
    """The noun a word names a happening by, its plural read as its singular ('the
    arrests'), and the happening an earlier sentence dated under it, if any."""
    noun = word if word in mentioned else word.removesuffix("s")
    return noun, mentioned.get(noun)


def introduced_later(doc: Document, noun: str, event: Event, at: int) -> bool:
    """Whether a mention at ``at`` would refer forward to a happening the text introduces
    only after it, by an indefinite noun or a verb form ('The 2-0 win at Denby Dale lifted
    Bridge to 81 points' before 'The turnaround started with a 4-1 win at Sherburn in
    mid-October'; 'The protest ended at 2 p.m.' before 'a smaller protest in October'):
    an indefinite noun brings in a new happening, which no earlier mention names. A
    definite one may be named first and dated later ('The ceremony drew hundreds ... The
    ceremony was held on Sunday'), and so may a happening the text named before the
    mention in its body ('announced that archaeologists have found the tomb ... called the
    find "a gift" ... found its entrance on November 15'; a headline's words may be verbs:
    'Town win league'). (benchmarks.dating: news-dating-21 260 -> 264, news-dating-19 and
    AQUAINT one event more each, the other sets unchanged.)"""
    named = doc.happenings_named
    body = doc.headline.end if doc.headline is not None else 0  # 'Town win league': a verb
    if event.sentence.start <= at or any(
            name == noun for start, _, name in named[: bisect_left(doc.happening_starts, at)]
            if start >= body):
        return False
    clause = clause_of(doc.lex, doc.text, event.sentence, event.timex)
    definite = _definite_before(doc.lex)
    for i in range(bisect_left(doc.happening_starts, clause.start), len(named)):
        start, end, name = named[i]
        if end > clause.end:
            break
        written = doc.text[start:end].lower()
        if (name == noun and written in (noun, f"{noun}s")  # a noun, not a verb form
                and definite.search(doc.text, max(clause.start, start - 40), start)):
            return False
    return True


@cache
def _definite_before(lex: Lexicon) -> re.Pattern[str]:
    """A definite or possessive determiner or a possessive name, at most two words before
    the end of a stretch ('the ', 'the Tanzania ', "Sunday's ")."""
    owners = alternation(lex.words["definite_determiner"] + lex.words["possessive_determiner"])
    return re.compile(rf"(?:{owners.pattern}|\w['\u2019]s)\s++(?:[\w'-]++\s++){{0,2}}$",
                      re.I)


_CLOCK = ("minute", "hour", "second")
# What a later clock narrows: a day, or a part of one ('on Tuesday evening')
_NARROWED = ("day", "part_of_day")
_DAY = timedelta(days=1)


def clock_on_happening_day(doc: Document, events: list[Event]) -> list[Event]:
    """A bare clock time the tagger put on the publication day, in a sentence whose subject
    names a happening dated on an earlier day ("The collapse happened at about 3:30 p.m."
    after "a tunnel collapsed ... on Monday afternoon"; the story had moved on to "early
    Wednesday"): the clock is that happening's, so it goes on its day, when it falls
    within the happening's time. A happening dated to a longer stretch ("began a strike
    this month") names no day for the clock: its first would be a guess; and a clock told
    with its day ("ended at 2 a.m. today", table clock_day) is on that day."""
    published = doc.article.published.date()
    named: dict[str, Event] | None = None  # built once, on the first clock of that day
    out = []
    for event in events:
        timex = event.timex
        if (timex.granularity in _CLOCK and timex.begin is not None
                and timex.until is not None and timex.begin.date() == published
                and not _day_told(doc, event)):
            if named is None:
                named = happenings(doc, events)
                naming = {e.sentence for e in named.values()}
            index = named
            if event.sentence in naming:  # the clock's sentence names a happening itself:
                others = [e for e in events if e.sentence != event.sentence]
                index = happenings(doc, others)  # the other sentences' alone
            found = subject_happening(doc, event.sentence, index)
            if (found is not None and found.timex.begin and found.timex.until
                    and found.timex.until - found.timex.begin <= _DAY):
                begin = on_day(timex.begin, found.timex.begin)
                if begin.date() < published and found.timex.begin <= begin < found.timex.until:
                    event = replace(event, timex=moved_to(timex, begin))
        out.append(event)
    return out


def clock_on_saying_day(doc: Document, events: list[Event]) -> list[Event]:
    """A bare clock time in the words of a saying its sentence dates within a part of one
    day ('police said this afternoon that a second man was arrested at about 2:30 p.m.';
    'The second transfer began at 5:30 a.m. ..., the navy said in a statement at 9 a.m.';
    'said this morning that patrols would decide at 1 p.m.') is on the saying's day when
    the tagger put it on another: before the saying's time when the words tell the past,
    after its start when they tell what will be. A saying dated by a whole day ('said
    today') names no hour to order the clock by, and a clock told with its day ('at 2 a.m.
    today', table clock_day) keeps it; so do past words whose clock the story's last day
    holds (_story_holds: 'A fire broke out on Monday', then the roof fell in 'at about 1
    p.m.'), unless they tell a step taken after a happening (table aftermath: 'A fire
    destroyed a barn on Monday. Police said this afternoon a man was arrested at 1 p.m.':
    the arrest is the news of the saying's day, not of the fire's)."""
    text, lex = doc.text, doc.lex
    out = []
    for event in events:
        timex = event.timex
        if (timex.granularity in _CLOCK and timex.begin is not None
                and timex.until is not None and not _day_told(doc, event)
                and bare_clock(lex, timex)):
            said = _saying_within_day(doc, event, events)
            if said is not None and said.begin is not None and said.until is not None:
                begin = _in_saying_part(timex.begin, said, _of_subject(doc, event, said))
                clause = clause_of(lex, text, event.sentence, timex)
                tense = tense_of(lex, text, clause)
                if (begin.date() != timex.begin.date() and _beside_saying(begin, said, tense)
                        and not (tense == PAST and _story_holds(events, event)
                                 and not lex.pattern("aftermath").search(
                                     text, clause.start, clause.end))):
                    event = replace(event, timex=moved_to(timex, begin))
        out.append(event)
    return out


def _in_saying_part(clock: datetime, said: Timex, of_subject: bool) -> datetime:
    """A clock on the day of a saying's part of a day; a night a saying's subject was
    placed at (from the evening on) runs into the next day's small hours, so a small-hours
    clock the tagger already put on the morning after the night's evening stays there
    ('The baker on duty that night said he smelled smoke at 2:40 a.m.'), not on the one
    before it. A night the saying itself was told at is after what its past words tell
    ('Police said on Sunday evening that he was attacked at about 2am': Sunday's 2 a.m.)."""
    assert said.begin is not None
    small_until, evening_from = night_hours()
    if (of_subject and said.begin.hour >= evening_from and clock.hour < small_until
            and clock.date() == (said.begin + _DAY).date()):
        return clock
    return on_day(clock, said.begin)


def _of_subject(doc: Document, clock: Event, said: Timex) -> bool:
    """Whether a saying's time ends its subject, with no preposition of its own, right
    before the verb of saying ('The baker on duty that night said', 'Tomas Eklund, the
    engineer on duty that night, said'): when the subject was at work, not when the
    saying was told ('Police said on Sunday evening', 'Police on Sunday evening said')."""
    if said.phrase_start < said.start:
        return False
    return any(verb.start() >= said.end and not doc.text[said.end:verb.start()].strip(" ,")
               for verb in verbs_within_reach(doc, clock.sentence, said))


def _story_holds(events: list[Event], clock: Event) -> bool:
    """Whether the last time told before a clock's sentence is a day or a part of one that
    holds the clock where the tagger put it: the story's day has room for the clock, whose
    past words then tell of that day, not of the saying's ('A fire broke out on Monday.
    Firefighters said this afternoon that the roof fell in at about 1 p.m.': Monday's).
    Words that tell what will be ('patrols would decide at 1 p.m.') are after the saying
    whatever day the story told before (the caller asks for past words only)."""
    before = [e for e in events if e.timex.phrase_start < clock.sentence.start]
    if not before:
        return False
    last = max(before, key=lambda e: e.timex.phrase_start).timex
    begin = clock.timex.begin
    return (last.granularity in _NARROWED and last.begin is not None and begin is not None
            and last.until is not None and last.begin <= begin < last.until)


def _beside_saying(begin: datetime, said: Timex, tense: str) -> bool:
    """Whether a clock on the saying's day falls where its words' tense puts it: before the
    saying's end when they tell the past, from its start when they tell what will be."""
    assert said.begin is not None and said.until is not None
    if tense == PAST:
        return begin < said.until
    return tense in (FUTURE, MODAL) and begin >= said.begin


def _saying_within_day(doc: Document, clock: Event, events: list[Event]) -> Timex | None:
    """The time of a saying in a clock's sentence, when it lies within one day and is
    shorter than it ('this afternoon', 'at 9 a.m.')."""
    for other in events:
        said = other.timex
        if (other is not clock and other.sentence == clock.sentence
                and said.begin is not None and said.until is not None
                and said.until - said.begin < _DAY
                and said.begin.date() == (said.until - timedelta(microseconds=1)).date()
                and dates_saying(doc, clock.sentence, said)):
            return said
    return None


def _day_told(doc: Document, clock: Event) -> bool:
    """Whether a clock time's sentence names its day with it: 'ended at 2 a.m. today',
    'today at 2 a.m.' (table clock_day)."""
    return doc.lex.pattern("clock_day").search(
        doc.text, clock.sentence.start, clock.sentence.end) is not None


# How many sentences after a day's happening its clock time may be told ("... lifted off
# on Friday." "The rocket lifted off at 14:17 local time.").
CLOCK_REACH = 2


def day_takes_clock(doc: Document, events: list[Event]) -> list[Event]:
    """A happening dated to a day ("failed minutes after lifting off ... on Friday") or a
    part of one ("burns suffered in an explosion ... on Tuesday evening") whose clock time
    a sentence or two later gives ("The rocket lifted off at 14:17 local time"; "The blast
    tore through a storage unit at about 6:50 p.m. on Tuesday") takes that clock time: the
    later clause names the same happening (table event_noun, a verb form of it, event_verb,
    or a noun of the same happening, same_happening), its time lies within the day or
    part, and the story has not moved to another time in between. Narrowing within the day
    keeps the row on its day. The lead's part of a day takes the clock its next sentence
    opens with whatever noun names the happening there (_lead_clock). The events are
    indexed by sentence once, so each day looks at its next sentences only, not at the
    whole article."""
    index = {span: i for i, span in enumerate(doc.sentences)}
    by_sentence: dict[int, list[Event]] = {}  # in text order within each sentence
    for event in sorted(events, key=lambda e: e.timex.phrase_start):
        if event.sentence in index and event.timex.begin is not None:
            by_sentence.setdefault(index[event.sentence], []).append(event)
    out = []
    for event in events:
        timex = event.timex
        if (timex.granularity in _NARROWED and timex.begin and timex.until
                and event.sentence in index):
            here = index[event.sentence]
            after = [e for at in range(here + 1, here + CLOCK_REACH + 1)
                     for e in by_sentence.get(at, ())]
            later = _clock_of(doc, event, after)
            if later is None and event.sentence == doc.lead_sentence:
                later = _lead_clock(doc, event, [by_sentence.get(at, []) for at in (
                    here + 1, here + 2)])
            if later is not None:
                clock = later.timex
                event = replace(event, timex=replace(
                    timex, value=clock.value, begin=clock.begin, until=clock.until,
                    granularity=clock.granularity))
        out.append(event)
    return out


def _clock_of(doc: Document, day: Event, after: list[Event]) -> Event | None:
    """The clock time of the day's happening among the events of the sentences ``after``
    it, in text order, if one comes before any time outside the day."""
    assert day.timex.begin is not None and day.timex.until is not None
    own = _nouns_in(doc, day)
    if not own:
        return None
    for other in after:
        assert other.timex.begin is not None
        if not day.timex.begin <= other.timex.begin < day.timex.until:
            return None  # the story moved to another time
        if _finer(doc, day.timex, other) and own & _nouns_in(doc, other):
            return other
    return None


def _lead_clock(doc: Document, lead: Event, following: list[list[Event]]) -> Event | None:
    """The clock time of the lead's happening, dated to a part of a day, when the very next
    sentence opens its times with a clock within it that dates no saying, and the next two
    sentences time nothing else within it: a report's second sentence tells the lead's
    happening in detail ("Two people died ... when a wall of dust swept across Interstate
    10 ... yesterday afternoon", then "The crash happened at about 4:50 p.m."; "was
    decided late last night", then "Gail Okafor drew the name ... at 11:52 p.m."),
    whatever noun it names it by (benchmarks.dating: news-dating-13 486 -> 488, -24 338
    -> 342, -26 375 -> 377, -27 373 -> 375, -30 252 -> 263, the other sets and TBAQ
    unchanged). Not when the next sentences time two things within the part ("Classes
    began at 8 a.m. The gunman opened fire ... at about 9:15 a.m."), the first of which
    may be another happening's; not a whole day, which a headline narrows instead
    (inferred._headline_narrowed), nor a night running past midnight ('overnight'); not a
    lead that dates a saying ("police said this morning"), whose words are not the
    happening the next sentence times, nor a clock a past perfect tells of ("The plane had
    left Kathmandu at 7:50 a.m."), the background before it, nor one of another happening
    the next sentence names ("The rally began at 09:42" after a vote: _retells)."""
    timex = lead.timex
    assert timex.begin is not None and timex.until is not None
    if (timex.granularity != "part_of_day" or not following or not following[0]
            or (timex.until - timedelta(microseconds=1)).date() != timex.begin.date()
            or dates_saying(doc, lead.sentence, timex)):
        return None
    first = following[0][0]
    if not _clock_within(doc, timex, first) or not _retells(doc, lead, first):
        return None
    others = {(e.timex.begin, e.timex.until) for events in following for e in events
              if e is not first and _clock_within(doc, timex, e)}
    return first if others <= {(first.timex.begin, first.timex.until)} else None


def _retells(doc: Document, lead: Event, clock: Event) -> bool:
    """Whether the words before a clock in the sentence after the lead tell the lead's
    happening again, not another: they name no happening ("The ship docked at 8:40 a.m."),
    or one the lead's sentence names, by the same noun or another of same_happening
    ('An explosion ... killed seven', then "The blast happened at about 3:40 p.m.").
    "Union members voted this morning to strike. The rally began at 09:42." tells a
    rally after the vote: 09:42 is the rally's, not the vote's."""
    same = same_happening(doc.lex)
    before = {same.get(noun, noun)
              for noun in named_in(doc, Span(clock.sentence.start, clock.timex.phrase_start))}
    return not before or not before.isdisjoint(
        same.get(noun, noun) for noun in named_in(doc, lead.sentence))


def _clock_within(doc: Document, part: Timex, event: Event) -> bool:
    """Whether an event's time is a past clock time within a part of a day that dates no
    saying and no past perfect's background, outside quotation marks (_lead_clock)."""
    clock = event.timex
    assert part.begin is not None and part.until is not None
    return (clock.granularity in _CLOCK and clock.begin is not None and clock.until is not None
            and part.begin <= clock.begin and clock.until <= part.until
            and clock.until <= doc.article.published and not doc.in_quote(clock.phrase_start)
            and not dates_saying(doc, event.sentence, clock)
            and doc.lex.pattern("past_perfect").search(
                doc.text, event.sentence.start, clock.phrase_start) is None)


def _finer(doc: Document, day: Timex, other: Event) -> bool:
    """Whether a later time tells a day's (or a part of day's) happening finer: a clock,
    or for a day a part of it within it that dates no saying ("three days after one of the
    phones caught fire", then "The fire, on a flight ... on Monday afternoon"; not "The
    fire has burned 38,200 acres, Cal Fire said in an update Monday evening")."""
    timex = other.timex
    if timex.granularity in _CLOCK:
        return True
    return (day.granularity == "day" and timex.granularity == "part_of_day"
            and timex.until is not None and day.until is not None and timex.until <= day.until
            and not dates_saying(doc, other.sentence, timex))


def _nouns_in(doc: Document, event: Event) -> set[str]:
    """The happenings the clause an event's time dates names (named_in), each by the noun
    of same_happening it is another name for ('blast': explosion)."""
    clause = clause_of(doc.lex, doc.text, event.sentence, event.timex)
    same = same_happening(doc.lex)
    return {same.get(noun, noun) for noun in named_in(doc, clause)}


@cache
def same_happening(lex: Lexicon) -> dict[str, str]:
    """Each noun of table same_happening, with the noun of the happening it names."""
    return {other: noun for noun, others in lex.forms["same_happening"].items()
            for other in others}
