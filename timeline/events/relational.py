"""Times told relative to another happening: "Three years after the merger, ...".

The tagger reads "three years after" as three years on from publication. In news the
phrase places the named happening (the merger) that long before the clause's own time,
which is the story's reference time: the merger gets the row, counted back from it, and
the main clause ("the company is profitable") is a sentence without a time of its own.
A happening told with a time of its own ("two weeks after the first cases were reported
on July 28") is dated by that time, and the count gives no second row. An offset this
module cannot place ("on June 16, a week before the announcement") is the tagger's count
from its reference: the main clause's day moved by the offset, which dates nothing the
sentence tells; beside another time of the sentence it gives no row (unplaced).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from timeline.events.document import Document
from timeline.sentences import Span
from timeline.temporal import Timex
from timeline.temporal.calendar_math import shift, shift_by

# A comma or point inside a figure ('£18,400', '$1.2 million'): no end of the happening.
_FIGURE_MARK = r"(?<=\d)[,.](?=\d)"
# The happening after the phrase, up to the comma that ends it ("after the merger,"), or
# to the end of its sentence when the phrase follows its clause after a comma (", six
# years after the old building was closed.").
_HAPPENING = re.compile(
    rf"\s++((?:the|its|their|his|her|a|an)\s(?:{_FIGURE_MARK}|[^,.;]){{1,60}}?)\s*+"
    rf"(?!{_FIGURE_MARK})(?:,|(?P<end>[.;!?]|$))",
    re.I | re.M,
)
_AFTER = re.compile(r"\bafter$", re.I)
# an offset counted to the day, hour or minute ('50 years to the minute after')
_TO_THE_DAY = re.compile(r"\bto\s+the\s+(?:day|hour|minute)\b", re.I)
_TRAILING = re.compile(r",\s*+$")
# After its clause, the happening may be any clause to the sentence's end ("..., a week
# after organisers feared it would be cancelled.", "..., three weeks after the firm
# disclosed errors in the way it had booked revenue from two US clients."), an apposition
# set off by two commas within it ("two days after talks with a potential investor, the
# Chinese group Hailan Aviation, broke down."); one comma ends it (", and ...").
_TRAILING_HAPPENING = re.compile(
    rf"\s++((?:{_FIGURE_MARK}|[^,.;]|(?<!\d),[^,.;]{{1,80}},(?!\d)){{3,160}}?)\s*+(?!{_FIGURE_MARK})"
    rf"(?P<end>[.;!?]|$)",
    re.M)


_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Relational:
    """A happening placed before the reference time, where its clause begins and where
    it is written (its own time there dates it: dated._told_with_time)."""

    happening: str
    begin: datetime
    until: datetime
    clause_start: int
    words: Span  # where the happening is written


def relational(doc: Document, timex: Timex) -> Relational | None:
    """'Three years after the merger, ...' or '..., six years after the old building was
    closed.' as the happening's interval, or None."""
    text = doc.text
    if timex.begin is None or timex.until is None or not timex.value.startswith("P"):
        return None
    if not _AFTER.search(text, timex.phrase_start, timex.phrase_end):
        return None
    sentence = doc.sentence_at(timex.phrase_start)
    headline = sentence is not None and _headline_tail(doc, sentence, timex)
    trailing = sentence is not None and (_TRAILING.search(
        text, sentence.start, timex.phrase_start) is not None or headline)
    found = (_TRAILING_HAPPENING if trailing else _HAPPENING).match(
        text, timex.phrase_end, sentence.end if headline and sentence else len(text))
    if found is None and trailing and sentence is not None:
        cut = _attribution(doc, timex.phrase_end, sentence.end)
        found = None if cut is None else _TRAILING_HAPPENING.match(text, timex.phrase_end, cut)
    if found is None or (found.group("end") is not None and not trailing):
        return None
    clause_start = found.end()
    begin = None
    if trailing and sentence is not None:
        clause_start = sentence.start  # the main clause is the one before the phrase
        begin = _back_from_clause(doc, timex, Span(sentence.start, timex.phrase_start))
    elif sentence is not None:  # 'A week after ..., shares rose on Monday': from Monday
        begin = _back_from_clause(doc, timex, Span(found.end(), sentence.end))
    words = Span(found.start(1), found.end(1))
    if begin is not None:  # counted back from a day: a day ('three weeks after' Tuesday)
        return Relational(found.group(1), begin, begin + _DAY, clause_start, words)
    begin = _back(timex.begin, timex.value, timex.granularity)
    if begin is None:
        return None
    until = _end(begin, timex.granularity, timex.until - timex.begin)
    return Relational(found.group(1), begin, until, clause_start, words)


def _headline_tail(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Whether an offset follows its clause in the headline, which sets it off by no comma
    and drops the happening's article ('Injured expeditioner arrives in Hobart nine days
    after Antarctic rescue'): the happening is the rest of the line, as after a comma
    (the line has no full stop: it ends there)."""
    return (sentence == doc.headline
            and bool(doc.text[sentence.start : timex.phrase_start].strip()))


def _attribution(doc: Document, start: int, end: int) -> int | None:
    """Where the attribution closing a sentence begins after an offset's happening: its
    first comma, when the rest tells who said it ('..., five days after it was launched,
    the university said today.', '..., according to police.'), else None. The happening
    ends there, not at the sentence's end."""
    text = doc.text
    comma = text.find(",", start, end)
    if comma < 0 or not (doc.lex.pattern("attribution_phrase").search(text, comma, end)
                         or doc.lex.reporting.search(text, comma, end)):
        return None
    return comma


def unplaced(doc: Document, timex: Timex) -> bool:
    """Whether a time that relational() did not place is an offset before its happening
    ('a week before the announcement', 'a year after Portugal joined the Community, and
    ...'): the tagger moved its reference, the main clause's own time, by the offset, a
    date neither the main clause nor the happening has ("Torada decided to recall the
    vehicles on June 16, a week before the announcement": June 9). The caller holds
    relational()'s answer; this does not place it again."""
    words = doc.text[timex.phrase_start : timex.phrase_end].split()
    return timex.value.startswith("P") and bool(words) and doc.lex.pattern(
        "offset_direction").fullmatch(words[-1]) is not None


def _end(begin: datetime, granularity: str, length: timedelta) -> datetime:
    """The end of the happening's year or month counted back to ``begin``: as long as
    its own, not as the one counted forward (2000's 366 days from 1 January 1998 ran
    into 1999); a week or a day is ``length``, the forward one's."""
    if granularity == "year":
        return begin.replace(year=begin.year + 1)
    if granularity == "month":
        return shift(begin, 1, "M")
    return begin + length


def _back_from_clause(doc: Document, timex: Timex, clause: Span) -> datetime | None:
    """'Thousands ran the marathon on Sunday, a week after organisers feared ...', 'A week
    after the company cut 1,200 jobs, shares rose on Monday': days and weeks counted back
    from the day of the main clause, before the phrase or after it; so are years and
    months 'to the day' ('On Saturday ... to mark its 150th birthday, 150 years to the day
    after its doors first opened': 12 October 1874)."""
    if timex.granularity not in ("day", "week") and not _TO_THE_DAY.search(
            doc.text, timex.phrase_start, timex.phrase_end):
        return None  # 'a year after' is a year's, '150 years to the day after' a day's
    # counted back in days, from a time of a day or less: not from '18th-century' in
    # 'detained two men on Monday morning over the theft of 18th-century boxes, a day after'
    days = [t for t in doc.timexes if clause.start <= t.start and t.end <= clause.end
            and t.begin is not None and t.until is not None and t.type in ("DATE", "TIME")
            and t.until - t.begin <= _DAY]
    if not days:
        return None
    nearest = (days[-1] if clause.end <= timex.phrase_start else days[0]).begin
    if nearest is None:
        return None
    day = nearest.replace(hour=0, minute=0, second=0, microsecond=0)
    return shift_by(day, timex.value, -1)


def _back(forward: datetime, value: str, granularity: str) -> datetime | None:
    """The tagger counted forward from its reference, the publication or the story's time
    ("in May last year, three months after an earthquake": from May); the happening is as
    far back from it: twice the length back from the tagger's time (a happening of 2010's
    February there, not one mirrored around the publication)."""
    if granularity not in ("year", "month", "week", "day"):
        return None
    reference = shift_by(forward, value, -1)
    return None if reference is None else shift_by(reference, value, -1)
