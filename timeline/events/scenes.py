"""Scenes told in the present: a feature or a profile that opens a moment of the past in
the present tense ('It is 2.10 a.m. on the last Wednesday of January, and the studio
smells of coffee', 'At 3.15, Vitale plays a song and stretches') goes on telling that
moment in the present ('"Take your time, Des," she says, and he does'), as a past story
goes on at its story time: those sentences are the scene's, not the publication's. A
part of a day sets a scene as a clock time does ('It is a little after 6 on Tuesday
evening, and Marlene Oakes is counting pie tins'), and a sentence of the scene's paragraph
that only looks ahead ('by Sunday afternoon every one should be sold') does not end it
(benchmarks.dating --gold-days: news-dating-20 428 -> 432, the other sets unchanged).
A scene may be named after the present sentences that open it, in a past clause that
'and' joins to present ones ('The bows barely touch the strings, and for a long moment on
Thursday night nobody seemed to breathe'): the present sentences before it in its
paragraph are its moment's (benchmarks.dating: news-dating-21 263 -> 265, the other sets
unchanged).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import timedelta

from timeline.events.clauses import PAST, PRESENT, clause_of, tense_of
from timeline.events.document import Document
from timeline.events.model import Event
from timeline.events.nouns import modifies_noun
from timeline.events.story import past_verbs
from timeline.sentences import Span
from timeline.temporal import Timex
from timeline.temporal.wording import NARRATOR, narrator_words

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
                or (timex.type != "TIME" and timex.until - timex.begin > DAY)
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
        joined = _joined_to(doc, event.sentence, clause) if tense == PAST else None
        if joined is not None:
            clause, tense = joined, tense_of(doc.lex, doc.text, joined)
        day = timex.type != "TIME" and timex.until - timex.begin == DAY
        if day and not (_narrator_present(doc, clause) or _day_is(doc, event.sentence, timex)):
            continue  # a day is a moment only of a narrator's present ('On Friday I walk')
        if (tense == PRESENT or ((timex.type == "TIME" or joined or day) and tense == _TENSELESS)
                ) and past_verbs(doc.lex).search(doc.text, clause.start, clause.end) is None:
            return event  # not 'More than 100 people have died since a bomb ripped ...'
    return None


def scenes_ahead(doc: Document, by_sentence: dict[int, list[Event]]
                 ) -> dict[int, Event | None]:
    """The scene (scene_of, or None) a paragraph's first dated sentence opens, by that
    sentence's start: a feature may tell its scene in the present before it names the
    moment ('The Hallett Quartet does something few quartets dare: it stops moving
    forward. The bows barely touch the strings, and for a long moment on Thursday night
    nobody seemed to breathe'), and the present sentences before it in its paragraph are
    that moment's."""
    out: dict[int, Event | None] = {}
    seen: set[int] = set()
    for start in sorted(by_sentence):
        paragraph = doc.paragraph_at(start)
        if paragraph is None or paragraph.start in seen:
            continue
        seen.add(paragraph.start)
        out[start] = scene_of(doc, by_sentence[start])
    return out


def _joined_to(doc: Document, sentence: Span, clause: Span) -> Span | None:
    """The clauses before a clause that 'and' joins to them, when they open its sentence
    and the sentence before it in its paragraph tells the present without a time: a
    scene told in the present may name its moment in a past clause after them ('The
    Hallett Quartet does something few quartets dare. The bows barely touch the strings,
    the chords hang in the air, and for a long moment on Thursday night nobody seemed to
    breathe'); not a state of now beside a past happening that opens its paragraph ('The
    team is top of the table, and on Saturday night it beat Leeds')."""
    if clause.start <= sentence.start or not _AND.match(doc.text, clause.start):
        return None
    joined = Span(sentence.start, clause.start)
    if not _told_now(doc, joined) or not _present_before(doc, sentence):
        return None
    return joined


def _present_before(doc: Document, sentence: Span) -> bool:
    """Whether the sentence before one in its paragraph tells the present, outside
    quotation marks and without a time of its own."""
    at = bisect_left(doc.sentences, sentence.start, key=lambda s: s.start)
    if at == 0:
        return False
    before = doc.sentences[at - 1]
    paragraph = doc.paragraph_at(sentence.start)
    return (paragraph is not None and before.start >= paragraph.start
            and not doc.timexes_in(before) and _told_now(doc, before)
            and tense_of(doc.lex, doc.text, before) == PRESENT)


def _told_now(doc: Document, words: Span) -> bool:
    """Whether words are the narrator's, not quoted ('"You can see the crust, and inside
    it the grains," she told a news conference yesterday afternoon'), with no past verb."""
    first = _WORD.search(doc.text, words.start, words.end)
    return first is not None and not doc.in_quote(first.start()) and past_verbs(
        doc.lex).search(doc.text, words.start, words.end) is None


def _narrator_present(doc: Document, sentence: Span) -> bool:
    """Whether a sentence's narrator tells in the simple present, outside quotation marks
    (temporal vocab scene_narrator: 'On Thursday I climb to the chapel', 'The next day we
    walk up to Tresmonte'; not 'I was', 'we had'): a travelogue's or a diary's present of a
    day gone, whose day is a scene's moment as a clock time is."""
    narrators, not_present = narrator_words()
    past = past_verbs(doc.lex)
    for found in NARRATOR.finditer(doc.text, sentence.start, sentence.end):
        verb = found.group(2)
        if (found.group(1).lower() in narrators and verb.lower() not in not_present
                and not doc.in_quote(found.start()) and not past.fullmatch(verb)):
            return True
    return False


def _day_is(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Whether a day opens its sentence as the subject of a present copula in a paragraph
    its narrator tells in the present ('Monday is grey and wet. I read, and write'): a day
    gone that a travelogue's present stands on; not news's 'Monday is the deadline for
    objections'."""
    if timex.phrase_start != sentence.start or _IS.match(doc.text, timex.end) is None:
        return False
    paragraph = doc.paragraph_at(sentence.start)
    return paragraph is not None and _narrator_present(doc, paragraph)


def goes_on(doc: Document, scene: Event, tense: str) -> bool:
    """Whether words told in ``tense`` go on telling a scene: a present's do; so do words
    with no finite verb the tables know ('It rains all afternoon', 'I read, and write, and
    watch the 7.10 pass') after a day a narrator's present or a copula stood on ('On Friday
    I walk the next stretch', 'Monday is grey and wet')."""
    if tense == PRESENT:
        return True
    timex = scene.timex
    return tense == "" and timex.type != "TIME" and (
        _narrator_present(doc, scene.sentence) or _day_is(doc, scene.sentence, timex))


_AND = re.compile(r"and\b")
_IS = re.compile(r"\s+is\b")
_WORD = re.compile(r"\w")


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
