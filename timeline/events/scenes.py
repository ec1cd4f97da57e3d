"""Scenes told in the present: a feature or a profile that opens a moment of the past in
the present tense ('It is 2.10 a.m. on the last Wednesday of January, and the studio
smells of coffee', 'At 3.15, Vitale plays a song and stretches') goes on telling that
moment in the present ('"Take your time, Des," she says, and he does'), as a past story
goes on at its story time: those sentences are the scene's, not the publication's.
"""

from __future__ import annotations

from timeline.events.clauses import PRESENT, clause_of, tense_of
from timeline.events.document import Document
from timeline.events.model import Event
from timeline.events.nouns import modifies_noun

_TENSELESS = ""  # no finite verb the tables know: 'At 4.30 she reads the weather'


def scene_of(doc: Document, dated: list[Event]) -> Event | None:
    """The row of a sentence's time of day on a day before the one its text was written
    on (Document.now_at), dating a clause in the present, not quoted, not after a word
    that bounds a state (events.toml scene_signal_not): the moment a scene told in the
    present stands at; else None."""
    for event in dated:
        timex = event.timex
        if (timex.type != "TIME" or timex.begin is None or timex.until is None
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
        if tense_of(doc.lex, doc.text, clause) in (PRESENT, _TENSELESS):
            return event
    return None
