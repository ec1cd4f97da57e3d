"""Events beyond one per time expression: how each time was anchored, who and what else an
event involves, and the happenings reported without a time of their own.

A reader needs to know how far to trust a time. A written date is certain; "yesterday" is
as good as the publication time; "earlier in the night" leans on the story; a sentence
with no time inherits the last time of its thread, and a vague duration ("for days or
even weeks") only says it starts now. Inferred events are kept in their own frame
(``pipeline.extract_inferred``) so the main frame holds only what the text dates itself.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cached_property

from timeline.actors import acronyms, places_in, roles
from timeline.claims import claim_of
from timeline.events import (
    TITLE_LIMIT,
    Event,
    Lexicon,
    _with_source,
    actors_in,
    clause_of,
    kind_of,
    lexicon,
    nearest,
    organisations,
    people,
    pronoun_actor,
    quote_source,
    source_of,
    title_of,
    with_pronoun,
)
from timeline.ingest import Article
from timeline.nesting import modifies_noun, nests
from timeline.quantities import quantities_in
from timeline.sentences import Span, containing, paragraphs, sentences
from timeline.temporal import Timex

# Confidence in a time by how it was found (see schema: anchor, confidence).
CONFIDENCE = {"explicit": 1.0, "relative_to_publication": 0.9, "relative_to_narrative": 0.7}
INHERITED_SAME_PARAGRAPH = 0.6
INHERITED_EARLIER_PARAGRAPH = 0.4
SAID_AT_PUBLICATION = 0.5
NO_TIME_IN_STORY = 0.3
VAGUE_DURATION = 0.3
_VAGUE_UNITS = {
    "H": timedelta(hours=1),
    "D": timedelta(days=1),
    "W": timedelta(weeks=1),
    "M": timedelta(days=30),
    "Y": timedelta(days=365),
}
MIN_WORDS = 4


def anchor_of(text: str, timex: Timex, lex: Lexicon) -> tuple[str, float]:
    """explicit, relative_to_publication or relative_to_narrative, with a confidence."""
    phrase = text[timex.phrase_start : timex.phrase_end]
    if lex.pattern("narrative_anchor").search(phrase):
        anchor = "relative_to_narrative"
    elif re.search(r"\b\d{4}\b", phrase) or (
        re.search(r"\d", phrase) and lex.pattern("month", case_sensitive=True).search(phrase)
    ):
        anchor = "explicit"
    else:
        anchor = "relative_to_publication"
    confidence = CONFIDENCE[anchor] - (0.1 if timex.mod in ("APPROX", "BEFORE", "AFTER") else 0)
    return anchor, round(confidence, 2)


def best_anchor(text: str, event: Event, lex: Lexicon) -> tuple[str, float]:
    """The surest anchor among the event's time and the supporting times that hold it:
    '06:56' beside '7 September 2007' is as sure as the written date."""
    found = [anchor_of(text, event.timex, lex)]
    found += [
        anchor_of(text, t, lex)
        for t in event.support
        if nests(t, event.timex) and not modifies_noun(text, t)
    ]
    return max(found, key=lambda pair: pair[1])


class Context:
    """What an article's events share: its text, word lists, people, organisations."""

    def __init__(self, article: Article, timexes: list[Timex]) -> None:
        self.article = article
        self.text = article.text
        self.lex = lexicon()
        self.names = people(self.text, self.lex)
        self.orgs = organisations(self.text, self.lex)
        self.roles = roles(self.text, self.names, self.lex)
        self.acronyms = acronyms(self.text, self.orgs)
        self.paragraphs = paragraphs(self.text)
        self.sentences = sentences(self.text)
        self.timexes = timexes
        self.phrases = sorted((t.phrase_start, t.phrase_end) for t in timexes)
        self.longest = max((end - start for start, end in self.phrases), default=0)

    def phrases_in(self, span: Span) -> list[tuple[int, int]]:
        """The time phrases that overlap a span, found by bisection: a long article has
        thousands, and every event asks."""
        lo = bisect_left(self.phrases, (span.start - self.longest,))
        hi = bisect_left(self.phrases, (span.end,))
        return [(s, e) for s, e in self.phrases[lo:hi] if e > span.start]

    @cached_property
    def known(self) -> set[str]:
        return set(self.names) | {name for _, _, name in self.orgs}


def enrich(article: Article, events: list[Event], timexes: list[Timex]) -> list[Event]:
    """Dated events with anchor, confidence, claim, roles, places and quantities."""
    ctx = Context(article, timexes)
    out = []
    for event in events:
        clause = clause_of(ctx.text, event.sentence, event.timex)
        anchor, confidence = best_anchor(ctx.text, event, ctx.lex)
        out.append(_details(ctx, event, clause, anchor, confidence))
    return out


def _details(ctx: Context, event: Event, clause: Span, anchor: str, confidence: float) -> Event:
    actors = _resolve(event.actors, ctx.acronyms)
    claim = claim_of(ctx.text, event.sentence, ctx.lex) if event.kind == "statement" else ""
    skip = ctx.phrases_in(clause)
    claim = _without_time(claim, ctx.text[event.timex.phrase_start : event.timex.phrase_end])
    return replace(
        event,
        title=headline(event.title, event.source, claim, event.kind),
        actors=actors,
        anchor=anchor,
        confidence=confidence,
        source=ctx.acronyms.get(event.source, event.source),
        claim=claim,
        roles=tuple(f"{a}: {ctx.roles[a]}" for a in actors if a in ctx.roles),
        places=places_in(ctx.text, clause, ctx.known, ctx.lex),
        quantities=quantities_in(ctx.text, clause, skip, ctx.lex),
    )


def headline(title: str, source: str, claim: str, kind: str) -> str:
    """A statement's title says who said it: a leading 'He'/'She' becomes the speaker's
    surname ('Lee said ...'), and a title that does not name the speaker becomes
    'Speaker: claim' when that fits in the title limit."""
    if kind != "statement" or not source:
        return title
    short = source.split()[-1] if source[0].isupper() else source[0].upper() + source[1:]
    if re.match(r"(?:He|She)\b", title):
        return _fit(short + title[title.index(" ") :])
    if short.lower() in title.lower() or not claim:
        return title
    labelled = f"{short}: {claim[0].upper()}{claim[1:]}"
    return _fit(labelled) if len(labelled) <= TITLE_LIMIT else title


def _fit(title: str) -> str:
    """A title cut at a word boundary to the title limit."""
    if len(title) <= TITLE_LIMIT:
        return title
    return title[: TITLE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "\u2026"


def _without_time(claim: str, time_text: str) -> str:
    """'this evening that they could not ...' -> 'they could not ...'."""
    if time_text and claim.startswith(time_text):
        claim = re.sub(r"^[\s,]*(?:that\s+)?", "", claim[len(time_text) :])
    return claim


def _resolve(actors: tuple[str, ...], long_forms: dict[str, str]) -> tuple[str, ...]:
    """Acronyms replaced by their long names, without repeats."""
    out: list[str] = []
    for actor in actors:
        name = long_forms.get(actor, actor)
        if name not in out:
            out.append(name)
    return tuple(out)


# ---- events without a time of their own ------------------------------------------------


def inferred_events(article: Article, timexes: list[Timex], dated: list[Event]) -> list[Event]:
    """One event per sentence that has no dated time expression of its own.

    A vague duration ("could remain for days or even weeks") starts at publication and
    lasts one of its units; any other sentence inherits the time of the last dated event
    before it (its thread), or, if it reports in the present tense ("he says"), the
    publication day. Sentences of fewer than four words report nothing.
    """
    ctx = Context(article, timexes)
    dated_starts = {e.sentence.start for e in dated}
    threads = Threads(dated, ctx.paragraphs)
    out = []
    for sentence in ctx.sentences:
        if sentence.start in dated_starts:
            continue
        if len(ctx.text[sentence.start : sentence.end].split()) < MIN_WORDS:
            continue
        event = _inferred(ctx, sentence, threads)
        if event is not None:
            out.append(event)
    return out


def _inferred(ctx: Context, sentence: Span, threads: Threads) -> Event | None:
    vague = _vague_timex(ctx, sentence)
    if vague is not None:
        return _event(ctx, sentence, vague, VAGUE_DURATION, None)
    if ctx.lex.pattern("reporting_present").search(ctx.text, sentence.start, sentence.end):
        return _event(ctx, sentence, _publication_day(ctx, sentence), SAID_AT_PUBLICATION, "")
    last = _thread_time(ctx, sentence, threads)
    if last is None:
        return _event(ctx, sentence, _publication_day(ctx, sentence), NO_TIME_IN_STORY, "")
    same = containing(ctx.paragraphs, last.timex.phrase_start) == containing(
        ctx.paragraphs, sentence.start
    )
    confidence = INHERITED_SAME_PARAGRAPH if same else INHERITED_EARLIER_PARAGRAPH
    return _event(ctx, sentence, last.timex, confidence, None)


class Threads:
    """The dated events a sentence may inherit a time from, in text order by actor and by
    paragraph, so finding the last of a thread is a bisection, not a pass over all.
    Durations ('over the past seven days') date a state, not a happening: not inherited."""

    def __init__(self, dated: list[Event], paragraphs: list[Span]) -> None:
        self.by_actor: dict[str, list[Event]] = {}
        self.by_paragraph: dict[Span | None, list[Event]] = {}
        for event in sorted(dated, key=lambda e: e.timex.phrase_start):
            if event.timex.type == "DURATION":
                continue
            for actor in {a.lower() for a in event.actors}:
                self.by_actor.setdefault(actor, []).append(event)
            para = containing(paragraphs, event.sentence.start)
            self.by_paragraph.setdefault(para, []).append(event)

    def last(self, actors: set[str], para: Span | None, before: int) -> Event | None:
        """The last event before an offset sharing an actor, else the last in a paragraph."""
        shared = [_last_before(self.by_actor.get(a, []), before) for a in actors]
        found = [e for e in shared if e is not None]
        if found:
            return max(found, key=lambda e: e.timex.phrase_start)
        return _last_before(self.by_paragraph.get(para, []), before)


def _last_before(events: list[Event], offset: int) -> Event | None:
    at = bisect_left(events, offset, key=lambda e: e.timex.phrase_start)
    return events[at - 1] if at else None


def _thread_time(ctx: Context, sentence: Span, threads: Threads) -> Event | None:
    """The last dated event before a sentence in its thread: one that shares an actor with
    it, else one in its paragraph."""
    actors = {a.lower() for a in actors_in(ctx.text, sentence, ctx.names, ctx.orgs, ctx.lex)}
    source = source_of(ctx.text, sentence, ctx.names, ctx.lex) or quote_source(
        ctx.text, sentence, ctx.paragraphs, ctx.names, ctx.lex
    )
    if source:
        actors.add(source.lower())
    return threads.last(actors, containing(ctx.paragraphs, sentence.start), sentence.start)


def _vague_timex(ctx: Context, sentence: Span) -> Timex | None:
    """A vague duration in the sentence ('PXW'), as an interval from publication."""
    first = bisect_left(ctx.timexes, sentence.start, key=lambda t: t.start)
    last = bisect_left(ctx.timexes, sentence.end, key=lambda t: t.start)
    for timex in ctx.timexes[first:last]:
        match = re.fullmatch(r"PX([HDWMY])", timex.value)
        if match and timex.begin is None:
            begin = ctx.article.published
            until = begin + _VAGUE_UNITS[match.group(1)]
            return replace(timex, begin=begin, until=until, granularity="duration")
    return None


def _publication_day(ctx: Context, sentence: Span) -> Timex:
    """A stand-in time expression for the publication day, spanning the sentence."""
    published: datetime = ctx.article.published
    begin = published.replace(hour=0, minute=0, second=0, microsecond=0)
    return Timex(
        start=sentence.start,
        end=sentence.end,
        text="",
        type="DATE",
        value=begin.date().isoformat(),
        begin=begin,
        until=begin + timedelta(days=1),
        granularity="day",
        phrase_start=sentence.start,
        phrase_end=sentence.end,
    )


def _event(
    ctx: Context, sentence: Span, timex: Timex, confidence: float, time_text: str | None
) -> Event:
    text, lex = ctx.text, ctx.lex
    at = Timex(
        start=sentence.start,
        end=sentence.start,
        text="",
        type="",
        value="",
        phrase_start=sentence.start,
        phrase_end=sentence.start,
    )
    own = timex if sentence.start <= timex.phrase_start < sentence.end else at
    clause = clause_of(text, sentence, own)
    actors = actors_in(text, sentence, ctx.names, ctx.orgs, lex)
    actors = with_pronoun(actors, pronoun_actor(text, sentence, ctx.names, lex))
    source = source_of(text, sentence, ctx.names, lex) or quote_source(
        text, sentence, ctx.paragraphs, ctx.names, lex
    )
    kind = _kind(ctx, sentence, own)
    key = f"{ctx.article.doc_id}|inferred|{sentence.start}"  # one a sentence, whatever its time
    event = Event(
        event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        doc_id=ctx.article.doc_id,
        timex=timex,
        sentence=sentence,
        title=title_of(text, clause, own, lex),
        actors=_with_source(actors, source),
        kind=kind,
        source=source,
        time_text=time_text,
    )
    return _details(ctx, event, sentence, "inferred", confidence)


def _kind(ctx: Context, sentence: Span, own: Timex) -> str:
    """A vague duration's sentence is a forecast when a forecast word is in it; otherwise
    the telling words of the whole sentence decide, saying first."""
    lex, text = ctx.lex, ctx.text
    if own.value.startswith("PX") and lex.forecast.search(text, sentence.start, sentence.end):
        return "forecast"
    if lex.reporting.search(text, sentence.start, sentence.end) or quote_source(
        text, sentence, ctx.paragraphs, ctx.names, lex
    ):
        return "statement"
    if own.value:
        return kind_of(text, sentence, own, lex)
    cues = {"plan": lex.plan, "forecast": lex.forecast, "status": lex.status}
    return nearest(cues, text, sentence, sentence.start)
