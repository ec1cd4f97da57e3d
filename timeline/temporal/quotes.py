"""Times inside quotations: quoted old material with its own date (an e-mail "dated
March 3"), and a quotation's clock said on another day than the publication's."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import NamedTuple

from timeline.temporal import build_cache
from timeline.temporal.model import Timex
from timeline.temporal.trie import alternation
from timeline.temporal.vocab import load as load_vocab
from timeline.temporal.wording import (
    SENTENCE_STOP,
    WORDS_BEFORE_REACH,
    last_words,
    spaced,
    words_before,
)


def quoted_material(text: str, timex: Timex) -> tuple[date, int] | None:
    """The day quoted material is dated and where its quotation ends, when ``timex`` is
    a day dating a letter, e-mail or memo that is quoted right after it ('In an e-mail
    dated March 3, 2019, she wrote: "..."'); else None."""
    if timex.granularity != "day" or timex.begin is None:
        return None
    lo = max(0, timex.start - WORDS_BEFORE_REACH)
    if not _dated_before(text, timex.start):
        return None
    if _quoted_material_regex().search(text, lo, timex.start) is None:
        return None
    opening = _QUOTE_OPENS.match(text, timex.end)
    if opening is None:
        return None
    closing = _QUOTE_CLOSES.search(text, opening.end())
    return timex.begin.date(), closing.start() if closing else len(text)


# after the date, a quotation opens before the sentence ends: ', she wrote: "'
_QUOTE_OPENS = re.compile(r"""[^.!?"“”
]{0,80}?(?:["“]|``)""")


_QUOTE_CLOSES = re.compile(r"""["”]|''""")


class QuoteClock(NamedTuple):
    """A quotation, from its opening mark to its closing one, and the day it was said."""

    start: int
    end: int
    day: date
    at: datetime | None  # the time of day the saying is placed at, if finer than its day


def quote_clocks(
    text: str, found: list[Timex], today: date, date_only: bool = False
) -> list[QuoteClock]:
    """The quotations the text says were said on a day before the publication's: their
    'yesterday', 'tonight' and weekdays count from that day ('"We finally met her
    yesterday," the keeper said at a news conference on Wednesday' in a Friday story is
    Tuesday). A quotation's day is the one its own attribution gives, after it in its
    sentence or before it ('On Wednesday, she said: "'), else that of the last dated
    saying before it in its paragraph, or in the one before when it opens its own
    paragraph with no speaker named ('he said'), which it continues. A saying at the
    publication or later leaves its quotation alone. With a day-only publication time, a
    quotation that a saying verb attributes after it with no day was said at the latest
    news before it (_latest_news), leaving out days told inside what a saying reported
    ('Police said the fire started on Sunday')."""
    quotes = quotations(text)
    if not quotes:
        return []
    days = sorted((t for t in found if _a_day(t) and not inside(quotes, t.start)),
                  key=lambda t: t.start)
    told = _Told.of(days, [t for t in days if _dates_saying(text, t, quotes)])
    clocks: list[QuoteClock] = []
    news: _News | None = None  # built on the first quotation that needs it
    for start, end in quotes:
        saying = _own_saying(text, end, told) or _attribution_day(
            text, end, told) or _continued_saying(text, start, end, told)
        if saying is None and date_only and _said_after(text, end):
            if news is None:
                news = _News.of([t for t in days if not _reported(text, t, told)], today)
            saying = news.latest(text, start)
        if saying is not None and saying.begin is not None and saying.begin.date() < today:
            at = saying.begin if saying.begin.time() != time() else None
            clocks.append(QuoteClock(start, end, saying.begin.date(), at))
    return clocks


class _Told(NamedTuple):
    """The days a text tells outside quotations, in order, and those that date a saying,
    with their offsets to bisect: built once per text, not once per quotation."""

    days: list[Timex]
    starts: list[int]
    ends: list[int]
    sayings: list[Timex]
    saying_starts: list[int]
    said: frozenset[int]  # the id() of each day that dates a saying

    @classmethod
    def of(cls, days: list[Timex], sayings: list[Timex]) -> _Told:
        return cls(days, [t.start for t in days], [t.end for t in days], sayings,
                   [t.start for t in sayings], frozenset(map(id, sayings)))


_QUOTE_MARK = re.compile("[\"\u201c\u201d]")


# an ASCII text's only quote mark: a literal, which the regex engine scans for in a tight
# loop, where a class holding characters beyond Latin-1 costs 60 instructions a character
_ASCII_QUOTE_MARK = re.compile('"')


_SENTENCE_BEFORE = re.compile("(?:[.!?:,][\"\u201d]?[ \t]+|\n)$")


def quotations(text: str) -> list[tuple[int, int]]:
    """Double-quoted stretches, paired in order within each paragraph."""
    quotes: list[tuple[int, int]] = []
    opening = -1
    line = -1
    for mark in (_ASCII_QUOTE_MARK if text.isascii() else _QUOTE_MARK).finditer(text):
        here = text.rfind("\n", 0, mark.start())
        if opening >= 0 and here == line:
            quotes.append((opening, mark.start()))
            opening = -1
        else:
            opening, line = mark.start(), here
    return quotes


def inside(quotes: list[tuple[int, int]], at: int) -> bool:
    """Whether an offset lies within one of ``quotes`` (quotations' spans, in order)."""
    index = bisect_left(quotes, (at,)) - 1
    return index >= 0 and quotes[index][0] < at < quotes[index][1]


def _a_day(timex: Timex) -> bool:
    """Whether an expression places a day or a time on one ('on Wednesday', 'that
    evening'), which a saying can be dated by."""
    if timex.type not in ("DATE", "TIME") or timex.begin is None or timex.until is None:
        return False
    return timex.until - timex.begin <= timedelta(days=1)


def _dates_saying(text: str, timex: Timex, quotes: list[tuple[int, int]]) -> bool:
    """Whether a day dates a saying: right after its verb and the place or listeners
    it was said at or to ('told a news conference in Kuala Lumpur that evening'), or
    opening a sentence whose saying verb introduces a quotation ('On Wednesday, she
    said: "')."""
    lo = max(0, timex.start - 80)
    stop = max((m.end() for m in SENTENCE_STOP.finditer(text, lo, timex.start)), default=lo)
    if _quote_clock_regexes()[0].search(text, stop, timex.start):
        return True
    after = bisect_left(quotes, (timex.end,))
    if after == len(quotes) or quotes[after][0] - timex.end > 100:
        return False
    return _quote_clock_regexes()[1].fullmatch(text, timex.end, quotes[after][0]) is not None


def _attribution_end(text: str, end: int) -> int | None:
    """Where the attribution after a quotation can end (its sentence's end), if the
    quotation's words end with a comma or a mark that lets one follow ('," she said')."""
    if end < 1 or text[end - 1] not in ",?!":
        return None
    stop = SENTENCE_STOP.search(text, end + 1)
    return stop.start() if stop else len(text)


def _own_saying(text: str, end: int, told: _Told) -> Timex | None:
    """The dated saying that attributes a quotation after it in its sentence."""
    limit = _attribution_end(text, end)
    if limit is None:
        return None
    index = bisect_left(told.saying_starts, end)
    if index < len(told.sayings) and told.sayings[index].start < limit:
        return told.sayings[index]
    return None


def _attribution_day(text: str, end: int, told: _Told) -> Timex | None:
    """The day at the end of the attribution that follows a quotation, its saying verb
    first and the speaker with a title between commas after it ('," said Rafael Moreno,
    a spokesman for the agency, on Monday.'): no clause of its own comes between."""
    limit = _attribution_end(text, end)
    if limit is None:
        return None
    index = bisect_left(told.starts, end)
    if index == len(told.days) or told.days[index].start >= limit:
        return None
    day = told.days[index]
    if text[day.end : limit].strip():
        return None  # the day ends the attribution
    if _attribution_regex().fullmatch(text, end + 1, day.start) is None:
        return None
    return day


@cache
def _attribution_regex() -> re.Pattern[str]:
    """A saying verb right after a quotation, a speaker and words that open no clause of
    their own (vocab quote_clock `clause_words`), up to a day and 'on' before it."""
    table = load_vocab().table("quote_clock")
    verbs = alternation({w.lower() for w in table["verbs"]})
    clause = alternation({w.lower() for w in table["clause_words"] + table["relatives"]})
    word = rf"(?!(?:{clause})\b)[\w'.-]+,?"
    return build_cache.compile(rf"\s*(?:{verbs})\s+(?:{word}\s+){{1,12}}?(?:on\s+)?", re.I)


def _said_after(text: str, end: int) -> bool:
    """Whether a quotation ends its words with a comma or a mark and a saying verb
    (vocab quote_clock `verbs`) attributes it after it in its sentence, with no day."""
    limit = _attribution_end(text, end)
    return limit is not None and _said_regex().search(text, end + 1, limit) is not None


@cache
def _said_regex() -> re.Pattern[str]:
    verbs = alternation({w.lower() for w in load_vocab().table("quote_clock")["verbs"]})
    return build_cache.compile(rf"\b(?:{verbs})\b", re.I)


def _reported(text: str, timex: Timex, told: _Told) -> bool:
    """Whether a day stands after a saying verb of its sentence, in what was said ('Police
    said the fire started on Sunday'), and is not the saying's own day."""
    if id(timex) in told.said:
        return False
    lo = max(0, timex.start - 200)
    stop = max((m.end() for m in SENTENCE_STOP.finditer(text, lo, timex.start)), default=lo)
    return _said_regex().search(text, stop, timex.start) is not None


class _News(NamedTuple):
    """The days up to the publication's a text told outside what a saying reported, in
    order, with the latest-or-finest of each prefix: an undated quotation's day is looked
    up by bisection, not by a walk over every day before it."""

    days: list[Timex]
    starts: list[int]
    best: list[Timex | None]  # best[i]: the latest, finest of days[:i]

    @classmethod
    def of(cls, days: list[Timex], today: date) -> _News:
        kept = [t for t in days if t.begin is not None and t.until is not None
                and t.begin.date() <= today]
        best: list[Timex | None] = [None]
        for timex in kept:
            last = best[-1]
            best.append(timex if last is None or _later_or_finer(timex, last) else last)
        return cls(kept, [t.start for t in kept], best)

    def latest(self, text: str, start: int) -> Timex | None:
        """The day an undated quotation starting at ``start`` was said at, with a day-only
        publication time (its 'today' was written before the publication's day): the last
        day its paragraph told of before it ('opened the bridge at a ceremony on Wednesday
        evening. "This city has waited a long time for tonight," she said'), else the
        finest expression of the latest day the text told of before it ('"Tonight I think
        of him," Arrieta said as she accepted the award' after 'won ... on Saturday
        night')."""
        index = bisect_left(self.starts, start)
        if index and self.days[index - 1].start > text.rfind("\n", 0, start):
            return self.days[index - 1]
        return self.best[index]


def _later_or_finer(timex: Timex, other: Timex) -> bool:
    """Whether an expression is of a later day than another, or finer on the same day."""
    assert timex.begin and timex.until and other.begin and other.until
    if timex.begin.date() != other.begin.date():
        return timex.begin.date() > other.begin.date()
    return timex.until - timex.begin < other.until - other.begin


def _continued_saying(text: str, start: int, end: int, told: _Told) -> Timex | None:
    """The last dated saying before a quotation that it continues: in its
    paragraph, or in the one before when the quotation opens its paragraph and names no
    other speaker; no other day may come between. Only a quoted sentence continues a
    speaker: a few quoted words inside one of the text's own ('described her as "a
    national treasure"') are the writer's."""
    if _SENTENCE_BEFORE.search(text, max(0, start - 3), start) is None and start > 0:
        return None
    index = bisect_right(told.ends, start)
    if not index or id(told.days[index - 1]) not in told.said:
        return None
    saying = told.days[index - 1]
    paragraph = text.rfind("\n", 0, start)
    if saying.start < paragraph:
        if text.rfind("\n", 0, paragraph) > saying.start or paragraph != start - 1:
            return None
        if _quote_clock_regexes()[2].match(text, end + 1) is None:
            return None
    return saying


@cache
def _quote_clock_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A saying verb and what may stand between it and its day, ending at the day; what
    may stand between a day and the quotation it opens ('day, she said: "'); and the
    end of a quotation with no speaker named or only a pronoun ('," he said.')."""
    table = load_vocab().table("quote_clock")
    verbs = alternation({w.lower() for w in table["verbs"]})
    openers = alternation({w.lower() for w in table["openers"]})
    listeners = alternation({w.lower() for w in table["listeners"]})
    clause = alternation({w.lower() for w in table["clause_words"]})
    word = rf"(?!(?:{clause})\b)(?![\w'-]*ed\b)[\w'-]+"
    # after 'told' a listener of the table or a name ('told BBC Radio Bristol on Thursday')
    filler = (rf"(?:\s+(?:{openers}|(?<=told\s)(?:{listeners}|(?-i:[A-Z])[\w'-]*))\b"
              rf"(?:\s+{word}){{0,8}}?)?")
    saying = build_cache.compile(rf"\b(?:{verbs}){filler}\s+$", re.I)
    opening = build_cache.compile(rf",?\s+[^.!?\"\u201c\u201d\n]{{0,60}}?\b(?:{verbs})\b"
                                  rf"[^.!?\"\u201c\u201d\n]{{0,30}}?[:,]\s*", re.I)
    unnamed = build_cache.compile(rf"(?:\s*$|\s+(?:he|she|they|it)\s+(?:{verbs})\b)", re.I | re.M)
    return saying, opening, unnamed


def _dated_before(text: str, end: int) -> bool:
    """Whether the window before ``end`` (words_before) may end with the words that date
    quoted material, as _quoted_material_regex asks there: its last word ends a dating
    phrase ('dated'), or is 'on' or 'of' after one ('sent on'). A quick test that spares
    the regex most days ('said on Monday'); a word beyond ASCII is left to the regex."""
    words = words_before(text, end)
    if not words:
        return False
    dating = _quoted_material_ends()
    last = words[0]
    if last is None or last in dating:
        return True
    if last not in _DATED_ON or len(words) < 2:
        return False
    return words[1] is None or words[1] in dating


_DATED_ON = ("on", "of")  # the words _quoted_material_regex takes after a dating word


@cache
def _quoted_material_ends() -> frozenset[str]:
    """The last words of the phrases that date quoted material (lower case)."""
    return frozenset(last_words(load_vocab().table("quoted_material")["dating"]))


@cache
def _quoted_material_regex() -> re.Pattern[str]:
    """A document noun and the words that date it, ending right before a date."""
    table = load_vocab().table("quoted_material")
    nouns = alternation({w.lower() for w in table["nouns"]}, spaced)
    dating = alternation({w.lower() for w in table["dating"]}, spaced)
    return build_cache.compile(rf"\b{nouns}\s+{dating}\s+(?:on\s+|of\s+)?$", re.I)
