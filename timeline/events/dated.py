"""Events the text dates itself: one per clause dated by a time expression.

The clause around a time expression is the event; word lists in ``data/events.toml``
decide its kind, its actors and its source. A sentence with two times gives two events;
a time with no position in time (an unanchored duration) gives none; times of one clause
that nest are one event (nesting.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import timedelta
from functools import cache

from timeline.events.actors import actors_in, canonical, with_pronoun, with_source
from timeline.events.baselines import dates_nothing
from timeline.events.clauses import PAST, at_offset, clause_of, kind_of, main_tense
from timeline.events.clock import evenings_before, with_days
from timeline.events.contracts import names_contract
from timeline.events.document import Document
from timeline.events.lexicon import Lexicon
from timeline.events.mentions import clock_on_happening_day, clock_on_saying_day, day_takes_clock
from timeline.events.model import Event, event_id
from timeline.events.nesting import Dating, datings, nests
from timeline.events.nouns import dates_its_clause, modifies_noun, noun_title, opens_subject
from timeline.events.relational import Relational, relational, unplaced
from timeline.events.sources import pronoun_actor, quote_source, source_of
from timeline.events.story import end_earlier
from timeline.events.titles import filing_title, title_of
from timeline.sentences import Span
from timeline.temporal import Timex


def extract_events(doc: Document) -> list[Event]:
    """One event per dating of a clause (see the module's docstring)."""
    text, lex = doc.text, doc.lex
    located = []
    events = []
    datelines: list[Timex] = []  # of leads with a time of their own
    filed: list[Event] = []  # their rows, which leave the story to the leads' own times
    for timex in evenings_before(with_days(text, doc.timexes), doc.sentence_at):
        sentence = doc.sentence_at(timex.start)
        if timex.begin is None or sentence is None or doc.in_furniture(timex.start):
            continue  # no time, or the page's: '(c) 2024 Reuters', 'Related stories'
        if doc.in_stamp(timex.start):  # 'Update, 20 January, 8pm: The part arrived'
            lead = _stamp_lead(doc, sentence, timex)
            if lead is not None:
                events.append(_dateline_event(doc, sentence, _whole_stamp(doc, timex), lead))
            elif (teller := _stamp_teller(doc, sentence, timex)) is not None:
                events.append(_dateline_event(doc, teller, _whole_stamp(doc, timex), teller))
            continue
        lead = _dateline_lead(doc, sentence, timex)
        if lead is not None:
            if _lead_dated(doc, lead):
                datelines.append(timex)
                filed.append(_dateline_event(doc, sentence, timex, lead))
            else:
                events.append(_dateline_event(doc, sentence, timex, lead))
        elif not _generic(doc, timex):
            clause = clause_of(lex, text, doc.after_stamp(sentence), timex)
            located.append((_in_subjects_year(doc, clause, timex), clause))
    dependent = lex.pattern("dependent_opener")
    found = datings(text, located, lex.clause_boundary)
    placements = [relational(doc, dating.timex) for dating in found]
    beside = _times_by_sentence(doc, found)
    told = _told_with_time(doc, placements, beside)
    for dating, placed in zip(found, placements, strict=True):
        timex = dating.timex
        clause = told.get(timex, dating.clause)  # 'on July 28' dates the reports it tells
        if not modifies_noun(text, timex) and dates_nothing(doc, timex):
            continue  # 'up from $10 million a year ago': no row
        if names_contract(doc, timex, clause):
            continue  # 'crude for September delivery rose $2.89': the contract's month
        if _offset_adds_nothing(doc, dating, placed, beside):
            continue  # 'on June 16, a week before the announcement': June 16's row only
        sentence = doc.sentence_at(timex.start)
        assert sentence is not None
        actors = actors_in(doc, clause)
        if not actors and dependent.match(text, clause.start):
            actors = actors_in(doc, sentence)
        source = canonical(doc, source_of(doc, sentence, clause) or quote_source(doc, sentence))
        reported = lex.reporting.search(text, sentence.start, clause.start) is not None
        pronoun = lex.pattern("subject_pronoun").match(text, clause.start)
        if reported and source and pronoun:
            actors = with_pronoun(actors, source)  # 'the witness told the Herald he had seen'
        else:
            person = pronoun_actor(doc, clause) or pronoun_actor(doc, sentence)
            actors = with_pronoun(actors, person)
        noun = not dates_its_clause(doc, timex)  # 'a June 1 deadline': the deadline's row
        if placed is not None:  # 'Three years after the merger, ...': the merger's row
            events.append(_happening(doc, sentence, timex, placed))
            continue
        events.append(
            Event(
                event_id=event_id(doc.article.doc_id, timex),
                doc_id=doc.article.doc_id,
                timex=timex,
                sentence=sentence,
                title=_title(doc, doc.after_stamp(sentence), clause, dating, noun),
                actors=with_source(doc, actors, source),
                kind="occurrence" if noun else kind_of(text, clause, timex, lex),
                source=source,
                support=tuple(dating.support),
            )
        )
    events = clock_on_happening_day(doc, [_with_dateline(e, datelines) for e in events])
    events = clock_on_saying_day(doc, day_takes_clock(doc, events))
    return end_earlier(doc, events) + filed


def _times_by_sentence(doc: Document, found: list[Dating]) -> dict[int, list[Timex]]:
    """The dating times of each sentence (by its start) that name a date or a clock time,
    not an offset or a stretch's length."""
    out: dict[int, list[Timex]] = {}
    for dating in found:
        sentence = doc.sentence_at(dating.timex.start)
        if sentence is not None and dating.timex.type in ("DATE", "TIME"):
            out.setdefault(sentence.start, []).append(dating.timex)
    return out


def _held(placed: Relational, times: list[Timex]) -> list[Timex]:
    """The times written inside a happening's words that agree with the offset's count: a
    day or finer, within a few days of it ('nearly two weeks after' a Friday is a Friday
    two weeks before; the reports 'on July 28' were then). Not a stretch told in a clause
    inside the words ('after a report questioned claims he had made since 2002'), nor a
    day the count contradicts (then one of the two is misread, and the count may be the
    right one)."""
    return [
        t for t in times
        if placed.words.start <= t.phrase_start < placed.words.end
        and t.begin is not None and t.until is not None and t.until - t.begin <= _DAY
        and placed.begin - _AGREE < t.until and t.begin < placed.until + _AGREE
    ]


_DAY = timedelta(days=1)
_AGREE = timedelta(days=3)  # how far an offset's count may miss its happening's own day


def _told_with_time(doc: Document, placements: list[Relational | None],
                    beside: dict[int, list[Timex]]) -> dict[Timex, Span]:
    """The happenings placed by an offset that hold a time of their own, by that time
    ("two weeks after the first cases were reported on July 28": July 28 is the reports'
    and its row is titled by them, the offset's row is not made; _offset_adds_nothing)."""
    out: dict[Timex, Span] = {}
    for placed in placements:
        sentence = doc.sentence_at(placed.words.start) if placed is not None else None
        if placed is not None and sentence is not None:
            out.update((t, placed.words) for t in _held(placed, beside.get(sentence.start, [])))
    return out


def _offset_adds_nothing(doc: Document, dating: Dating, placed: Relational | None,
                         beside: dict[int, list[Timex]]) -> bool:
    """Whether an offset's row would date nothing the sentence's other rows do not: a
    happening it places that holds a time of its own (_told_with_time), or an offset
    relational() cannot place in a clause another date of the sentence dates ("decided
    on June 16, a week before the announcement": June 16 dates the decision, and the
    tagger counted the week from it; relational.unplaced). Kept where the offset is its
    clause's only time ('She died in hospital a week later'; "It fell only two days
    before we held it," he told a news conference this morning: the quotation is a clause
    of its own, and the tagger counted from the story, not from the morning of the
    telling)."""
    timex = dating.timex
    sentence = doc.sentence_at(timex.start)
    others = [t for t in beside.get(sentence.start, []) if t is not timex] if sentence else []
    if placed is not None:
        return bool(_held(placed, others))
    clause, quoted = dating.clause, doc.in_quote(timex.phrase_start)
    return any(clause.start <= t.phrase_start < clause.end
               and doc.in_quote(t.phrase_start) == quoted for t in others) and unplaced(
        doc, timex)


def filed_beside_lead(doc: Document, event: Event) -> bool:
    """Whether a row is a dateline's whose lead has a time of its own (extract_events):
    the day the copy was filed, which the text writes and which dates it, but the story's
    times, what the sentences after it inherit, are the lead's."""
    timex = event.timex
    lead = _dateline_lead(doc, event.sentence, timex)
    return lead is not None and _lead_dated(doc, lead)


def _title(doc: Document, sentence: Span, clause: Span, dating: Dating, noun: bool) -> str:
    """A row's title: its clause's words, a noun's ('June 1 deadline'), or for the date
    line under the headline, the filing of the report (titles.filing_title)."""
    timex, line = dating.timex, doc.date_line
    if line is not None and line.start <= timex.phrase_start < line.end:
        head = doc.headline
        return filing_title("" if head in (None, line) else doc.text[head.start : head.end])
    if noun:
        return _noun_title(doc, sentence, clause, timex)
    return title_of(doc.text, clause, timex, doc.lex, tuple(dating.support), sentence)


def _noun_title(doc: Document, sentence: Span, clause: Span, timex: Timex) -> str:
    """A noun's time is titled by its noun ('June 1 deadline'), but a past clause whose
    subject the noun opens ("Last year's monsoon killed 400 people") took place then: the
    row is the clause's, titled by it whole (its inferred row at the same time is not
    made beside it, inferred.py)."""
    if opens_subject(doc, sentence, timex) and main_tense(doc.lex, doc.text, clause) == PAST:
        return title_of(doc.text, clause, at_offset(clause.start), doc.lex, (), sentence)
    return noun_title(doc, timex)


def _in_subjects_year(doc: Document, clause: Span, timex: Timex) -> Timex:
    """A day of a month written without its year, still ahead, in a clause whose subject
    opens with a later year's possessive and whose verb tells it takes place (table
    taking_place: "Next year's race will take place on September 21", six days before
    this year's September 21) lies in that year: the subject tells which year's race it
    is. Not a day gone ("Last year's winner retired on March 3"), a weekday ("Next year's
    host was named on Monday"), nor what is done to the thing before its year ("Next
    year's budget will be presented on March 24")."""
    if (timex.granularity != "day" or timex.begin is None or timex.until is None
            or timex.begin < doc.article.published
            or not _month_day(doc.lex).fullmatch(timex.text)):
        return timex
    for year in doc.timexes_in(clause):
        if year.phrase_start >= timex.phrase_start:
            break
        if (year.granularity != "year" or year.begin is None or year.until is None
                or not _POSSESSIVE.match(doc.text, year.end)):
            continue
        opening = doc.lex.clause_opener.sub("", doc.text[clause.start : year.phrase_start])
        if (opening.strip(" ,\"'\u201c") or year.begin.year <= timex.begin.year
                or not doc.lex.pattern("taking_place").search(
                    doc.text, year.end, timex.phrase_start)):
            return timex  # 'Next year's budget will be presented on March 24': this year
        try:
            begin = timex.begin.replace(year=year.begin.year)
        except ValueError:  # 29 February
            return timex
        return replace(timex, value=f"{begin:%Y}{timex.value[4:]}", begin=begin,
                       until=begin + (timex.until - timex.begin))
    return timex


@cache
def _month_day(lex: Lexicon) -> re.Pattern[str]:
    """A day of a month and nothing else ('September 21', '21 September', 'Sept. 21st'):
    no year, no weekday, whose date a year moves with its weekday ('the first Sunday of
    May')."""
    month = lex.pattern("month", case_sensitive=True).pattern
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(rf"(?:the\s+)?{day}(?:\s+of)?\s+{month}\.?|{month}\.?\s+{day}")


# A possessive's ending after a year ("Next year's race").
_POSSESSIVE = re.compile(r"['\u2019]s\s")


def _with_dateline(event: Event, datelines: list[Timex]) -> Event:
    """A lead's row with the dateline of its sentence as a supporting time when the two
    agree ('FRANKFURT, Nov 8 (Reuters) - ... on Wednesday'): the written date makes the
    weekday as sure as itself (inferred.best_anchor)."""
    found = tuple(
        t for t in datelines
        if event.sentence.start <= t.start < event.sentence.end and nests(t, event.timex)
    )
    return replace(event, support=event.support + found) if found else event


# A wire dateline opening a paragraph: places in capitals or title case with commas ('of'
# and the like between their words), or no place at all ("Nov 8 - "), the date, maybe the
# agency in brackets, then a dash ("FRANKFURT, Nov 8 (Reuters) - ").
@cache
def _dateline_before(lex: Lexicon) -> re.Pattern[str]:
    """What may stand before a dateline's date in its paragraph: its place's words, small
    ones of table dateline_joiner between them, or nothing."""
    joiner = lex.pattern("dateline_joiner").pattern
    return re.compile(
        rf"(?:[A-Z][\w.'-]*+(?:[ ,]++(?:{joiner}\s++)?[A-Z][\w.'-]*+){{0,8}}+,?\s*+)?"
    )


_DATELINE_AFTER = re.compile(r"\s*+(?:\([^()\n]{1,40}\)\s*+)?[-\u2013\u2014]{1,2}\s")


def _dateline_lead(doc: Document, sentence: Span, timex: Timex) -> Span | None:
    """For a time in the dateline, the lead's first clause after the dash: the dateline
    dates the copy, and what the copy reports first is its story, not the place names."""
    para = doc.paragraph_at(timex.phrase_start)
    if para is None or timex.phrase_start - para.start > 80:
        return None
    if _dateline_before(doc.lex).fullmatch(doc.text, para.start, timex.phrase_start) is None:
        return None
    dash = _DATELINE_AFTER.match(doc.text, timex.phrase_end)
    if dash is None or dash.end() >= sentence.end:
        return None
    clause = clause_of(doc.lex, doc.text, sentence, at_offset(dash.end()))
    return Span(max(clause.start, dash.end()), clause.end)


def _lead_dated(doc: Document, lead: Span) -> bool:
    """Whether the lead clause after a dateline has a time of its own, a day or finer,
    that dates it ("LONDON, March 19 (Reuters) - The Bank of England held rates on
    Tuesday"): that time's row is the story's; the dateline's row beside it dates the
    filing only (filed_beside_lead)."""
    first = bisect_left(doc.timexes, lead.start, key=lambda t: t.start)
    for timex in doc.timexes[first:]:
        if timex.start >= lead.end:
            return False
        if (
            timex.type in ("DATE", "TIME")
            and timex.begin is not None
            and timex.until is not None
            and timex.until - timex.begin <= timedelta(days=1)
            and dates_its_clause(doc, timex)
        ):
            return True
    return False


def _stamp_lead(doc: Document, sentence: Span, timex: Timex) -> Span | None:
    """For the last time of a section's stamp, the first clause after it on its line when
    that has no time of its own ('Update 2 (Saturday 22 January): We have heat!',
    '9.40pm: Gunmen enter the hall'): the stamp dates it, as a dateline dates its lead.
    A stamp alone on its line heads its section and dates nothing; one before a clause
    with its own time ('UPDATE 3.45pm: A tree came down this afternoon') leaves it that
    time."""
    body = doc.after_stamp(sentence)
    later = doc.timexes_in(Span(timex.end, body.start))
    if body is sentence or any(t.start >= timex.end for t in later):
        return None
    clause = clause_of(doc.lex, doc.text, body, at_offset(body.start))
    lead = Span(body.start, clause.end)
    return None if _lead_dated(doc, lead) else lead


def _stamp_teller(doc: Document, sentence: Span, timex: Timex) -> Span | None:
    """For the last time of a section's stamp, the sentence that opens its line before
    the sentence of the time: a comment's writer who 'said...' ('Sue Pratt said...
    September 4, 2007 8:02 AM'). The stamp dates the saying, as a signed entry's day
    dates its writer's name; with no time of its own, it is the stamp's words."""
    section = doc.section_at(sentence.start)
    if section is None or not section.stamp[0] < sentence.start or doc.timexes_in(
            Span(section.stamp[0], sentence.start)) or any(
            t.start >= timex.end for t in doc.timexes_in(Span(timex.end, section.stamp[1]))):
        return None
    return doc.sentence_at(section.stamp[0])


def _whole_stamp(doc: Document, timex: Timex) -> Timex:
    """The last time of a stamp widened to its first ('Friday 14 March, 7.30pm'), as
    clock.with_days joins a clock to its day: the row's time is the stamp's words."""
    section = doc.section_at(timex.start)
    line = timex.start if section is None else section.stamp[0]
    first = next((t for t in doc.timexes_in(Span(line, timex.start)) if t.start >= line), timex)
    if first.start >= timex.start:
        return timex
    return replace(timex, start=first.start, text=doc.text[first.start : timex.end],
                   phrase_start=min(first.phrase_start, timex.phrase_start))


def _dateline_event(doc: Document, sentence: Span, timex: Timex, lead: Span) -> Event:
    """The dateline's row: the day the copy was filed, titled by its lead clause (whose
    own times are cut from the title and date rows of their own)."""
    inside = tuple(t for t in doc.timexes if lead.start <= t.phrase_start < lead.end)
    return Event(
        event_id=event_id(doc.article.doc_id, timex),
        doc_id=doc.article.doc_id,
        timex=timex,
        sentence=sentence,
        title=title_of(doc.text, lead, timex, doc.lex, inside),
        actors=actors_in(doc, lead),
        kind=kind_of(doc.text, lead, timex, doc.lex),
        source="",
    )


def _generic(doc: Document, timex: Timex) -> bool:
    """'The cars of tomorrow': 'today', 'tomorrow' after 'of' name a kind, not a date."""
    before = doc.text[max(0, timex.phrase_start - 3) : timex.phrase_start]
    phrase = doc.text[timex.phrase_start : timex.phrase_end].lower()
    return before.lower() == "of " and phrase in doc.lex.set("generic_time")


def _happening(doc: Document, sentence: Span, timex: Timex, placed: Relational) -> Event:
    """The happening a relational time names, dated back from the reference time."""
    name = placed.happening
    return Event(
        event_id=event_id(doc.article.doc_id, timex),
        doc_id=doc.article.doc_id,
        timex=replace(timex, begin=placed.begin, until=placed.until),
        sentence=sentence,
        title=name[0].upper() + name[1:],
        actors=(),
        kind="occurrence",
        source="",
    )

