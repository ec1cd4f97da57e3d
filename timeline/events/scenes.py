"""Scenes told in the present: a feature or a profile that opens a moment of the past in
the present tense ('It is 2.10 a.m. on the last Wednesday of January, and the studio
smells of coffee', 'At 3.15, Vitale plays a song and stretches') goes on telling that
moment in the present ('"Take your time, Des," she says, and he does'), as a past story
goes on at its story time: those sentences are the scene's, not the publication's. A
part of a day sets a scene as a clock time does ('It is a little after 6 on Tuesday
evening, and Marlene Oakes is counting pie tins'), and a sentence of the scene's paragraph
that only looks ahead ('by Sunday afternoon every one should be sold') does not end it
(benchmarks.dating --gold-days: news-dating-20 428 -> 432, the other sets unchanged).
"""

from __future__ import annotations

from datetime import timedelta

from timeline.events.clauses import PRESENT, clause_of, tense_of
from timeline.events.document import Document
from timeline.events.model import Event
from timeline.events.nouns import modifies_noun
from timeline.events.story import past_verbs

DAY = timedelta(days=1)  # a part of a day ('on Tuesday evening') is a moment too
_TENSELESS = ""  # no finite verb the tables know: 'At 4.30 she reads the weather'


def scene_of(doc: Document, dated: list[Event]) -> Event | None:
    """The row of a sentence's time of day on a day before the one its text was written
    on (Document.now_at), dating a clause in the present, not quoted, not after a word
    that bounds a state (events.toml scene_signal_not): the moment a scene told in the
    present stands at; else None. A part of a day does as well in a clause in the present
    with no past verb ('It is a little after 6 on Tuesday evening'; not 'a communique,
    read Wednesday night at a rally')."""
    for event in dated:
        timex = event.timex
        if (timex.begin is None or timex.until is None
                or (timex.type != "TIME" and timex.until - timex.begin >= DAY)
                or event.kind in ("plan", "forecast") or doc.in_quote(timex.phrase_start)
                or modifies_noun(doc.text, timex)):
            continue
        if doc.lex.pattern("scene_signal_not").match(doc.text, timex.phrase_start):
            continue  # 'is suspended since 9 a.m. on Monday': a state's bound, no moment
        today = doc.now_at(timex.phrase_start).replace(hour=0, minute=0, second=0,
                                                       microsecond=0)
        if timex.until > today:
            continue
        clause = clause_of(doc.lex, doc.text, event.sentence, timex)
        tense = tense_of(doc.lex, doc.text, clause)
        if (tense == PRESENT or (timex.type == "TIME" and tense == _TENSELESS)) and past_verbs(
                doc.lex).search(doc.text, clause.start, clause.end) is None:
            return event  # not 'More than 100 people have died since a bomb ripped ...'
    return None


def looks_ahead(doc: Document, scene: Event, dated: list[Event]) -> bool:
    """Whether a sentence of a scene's paragraph dates only times after the time its text
    was written (Document.now_at): what the scene looks forward to ('It is a little after
    6 on Tuesday evening, and Marlene Oakes is counting pie tins. ... by Sunday afternoon
    every one should be filled') leaves its moment where it was, for the present
    sentences after it."""
    return doc.paragraph_at(scene.timex.phrase_start) == doc.paragraph_at(
        dated[0].sentence.start) and all(
        e.timex.begin is not None and e.timex.begin > doc.now_at(e.timex.phrase_start)
        for e in dated)
