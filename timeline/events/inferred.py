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
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache
from itertools import islice, pairwise, takewhile

from timeline.events.actors import actors_in, canonical, places_in, with_pronoun, with_source
from timeline.events.baselines import is_baseline
from timeline.events.claims import claim_of
from timeline.events.clauses import (
    FUTURE,
    ING_VERB,
    MODAL,
    PAST,
    PRESENT,
    aside_opener,
    at_offset,
    clause_of,
    gerund_start,
    in_dependent,
    in_directed_infinitive,
    in_relative,
    kind_of,
    last_tense,
    main_tense,
    nearest,
    outside_asides,
    relative_asides,
    tense_of,
    verb_at,
)
from timeline.events.dated import filed_beside_lead
from timeline.events.document import Document
from timeline.events.figures import figure_period, headline_period, is_figure
from timeline.events.lexicon import Lexicon, alternation
from timeline.events.mentions import (
    happenings,
    introduced_later,
    named_in,
    named_noun,
    same_happening,
    subject_happening,
    tells_age,
)
from timeline.events.model import Event
from timeline.events.nesting import nests
from timeline.events.nouns import dates_its_clause, modifies_noun, opens_subject
from timeline.events.quantities import quantities_in
from timeline.events.relational import relational
from timeline.events.sayings import (
    dated_verbs,
    dates_saying,
    dates_verb,
    reported_before,
    reported_past,
    verbs_within_reach,
)
from timeline.events.scenes import goes_on, looks_ahead, scene_of, scenes_ahead
from timeline.events.sources import pronoun_actor, quote_source, source_of
from timeline.events.stories import opens_dispatch
from timeline.events.story import STORY_REACH, StoryTime, past_verbs
from timeline.events.titles import headline, title_of
from timeline.sentences import Span
from timeline.temporal import Timex
from timeline.temporal.calendar_math import shift_by

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
NEWS_AGE = timedelta(days=1)  # how old a day may be that still tells the lead's news
# Characters before a verb searched for its auxiliary ("hasn't already said").
AUXILIARY_REACH = 24


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


def enrich(doc: Document, events: list[Event]) -> list[Event]:
    """Dated events with anchor, confidence, claim, roles, places and quantities."""
    out = []
    for event in events:
        clause = clause_of(doc.lex, doc.text, event.sentence, event.timex)
        anchor, confidence = best_anchor(doc.text, event, doc.lex)
        out.append(_details(doc, event, clause, anchor, confidence))
    return out


def _details(doc: Document, event: Event, clause: Span, anchor: str, confidence: float) -> Event:
    text = doc.text
    claim = claim_of(text, event.sentence, doc.lex) if event.kind == "statement" else ""
    claim = _without_time(claim, text[event.timex.phrase_start : event.timex.phrase_end])
    return replace(
        event,
        title=headline(event.title, event.source, claim, event.kind),
        anchor=anchor,
        confidence=confidence,
        claim=claim,
        roles=tuple(f"{a}: {doc.roles[a]}" for a in event.actors if a in doc.roles),
        places=places_in(text, clause, doc.known_parts, doc.lex),
        quantities=quantities_in(text, clause, doc.phrases_in(clause), doc.lex),
    )


def _without_time(claim: str, time_text: str) -> str:
    """'this evening that they could not ...' -> 'they could not ...'."""
    if time_text and claim.startswith(time_text):
        claim = re.sub(r"^[\s,]*(?:that\s+)?", "", claim[len(time_text) :])
    return claim


# ---- events without a time of their own ------------------------------------------------


def inferred_events(doc: Document, dated: list[Event]) -> list[Event]:
    """One event per sentence that has no dated time expression of its own.

    A vague duration ("could remain for days or even weeks") starts at publication and
    lasts one of its units; a sentence in the present or future tense ("he says", "the
    road is closed") stands at publication, a future one, no expectation, at the time
    still ahead told just before it (StoryTime.ahead_at) if any (benchmarks.dating:
    news-dating-3 part B 88.6 -> 90.2, AQUAINT +1 event, the other sets unchanged); a
    past-tense one stays at the story time
    (story.py), or at publication before the story has one. A figure after results
    takes their period (figures.py); a past sentence, no saying, after one dated in the
    background (_background), or in a quotation it goes on (_quoted_past), goes on at
    that time, and a later witness's account of it in past words (_recounts) does not
    end it. Sentences of fewer than four words
    report nothing, and no row is made at a time that holds one of its sentence's rows
    (_new_times): one row per time a sentence gives.
    """
    # a dateline's filing day beside a lead dated on its own: no story time to go on at
    dated = [e for e in dated if not filed_beside_lead(doc, e)]
    by_sentence: dict[int, list[Event]] = {}
    placed: dict[int, int] = {}  # sentence start -> where its main clause begins
    subjects: dict[int, Event] = {}  # sentence start -> the possessive time of its subject
    for e in dated:
        relation = relational(doc, e.timex)
        if not dates_its_clause(doc, e.timex):
            if opens_subject(doc, e.sentence, e.timex):
                subjects[e.sentence.start] = e
            continue  # 'Ford missed a June 1 deadline': the deadline's date, not the missing
        if relation is None:
            by_sentence.setdefault(e.sentence.start, []).append(e)
        else:
            placed[e.sentence.start] = relation.clause_start
    story = StoryTime(doc, dated)
    mentioned = happenings(doc, dated)
    taken: dict[int, list[Timex]] = {}  # sentence start -> the times of its rows
    for e in dated:
        taken.setdefault(e.sentence.start, []).append(e.timex)
    out = []
    episode: Event | None = None  # a background time the sentences after it go on telling
    harming: Event | None = None  # a recent happening the next sentence may tally the harm of
    spoken: dict[str, Timex | None] = {}  # a named speaker -> the time of their last saying
    quoting: Event | None = None  # the dated saying of words the sentence before
    scene: Event | None = None  # a moment of the past told in the present (scenes.py)
    ahead = scenes_ahead(doc, by_sentence)  # the scenes paragraphs name after their opening
    named_ahead = any(e is not None for e in ahead.values())  # most texts name none
    for sentence in doc.sentences:
        quoted, quoting = quoting, None
        if doc.in_furniture(sentence.start) or doc.in_stamp(sentence.end - 1):
            continue  # the page's ('All rights reserved.') or a section's stamp alone
        if sentence.start in by_sentence:
            dated_here = by_sentence[sentence.start]
            quoting = _dated_quote(doc, sentence, dated_here)
            made = _undated_sayings(doc, sentence, dated_here, story, spoken, mentioned,
                                    by_sentence)
            made += _undated_expecting(doc, sentence, dated_here)
            made += _reported_before(doc, sentence, dated_here, story)
            made += _reported_happening(doc, sentence, dated_here, mentioned)
            made += _reported_perfect(doc, sentence, dated_here, story)
            made += _quoted_part(doc, sentence, dated_here, story, dated)
            made += _relative_before(doc, sentence, dated_here, story)
            made += _undated_clauses(doc, sentence, dated_here, story)
            made += _clock_told_later(doc, sentence, by_sentence)
            stepped = _background(doc, story, dated_here) or _quoted_past(doc, dated_here)
            if episode is None or stepped is None or not _recounts(doc, episode, stepped):
                episode = stepped
            harming = _recent_happening(doc, dated_here)
            opened = ahead[sentence.start] if sentence.start in ahead else scene_of(
                doc, dated_here)
            scene = opened or (
                scene if scene is not None and looks_ahead(doc, scene, dated_here) else None)
        elif (_words(doc.text[sentence.start : sentence.end]) >= MIN_WORDS
              or _short_happening(doc, sentence) or _opens_entry(doc, sentence)):
            lead = placed.get(sentence.start, doc.after_stamp(sentence).start)
            if (episode is not None and doc.in_quote(episode.timex.phrase_start)
                    and not doc.in_quote(_first_word(doc, sentence))):
                # the quotation that gave the time has ended; its speaker's next quotation
                # right after the attribution goes on with it
                episode = None
            if (episode is not None and not doc.in_quote(episode.timex.phrase_start)
                    and _in_story_week(doc, episode.timex)
                    and doc.paragraphs_apart(episode.timex.phrase_start, sentence.start)):
                episode = None  # a step back of the narration ends with its paragraph
            if scene is not None and not goes_on(doc, scene, _tense(doc, Span(lead, sentence.end))):
                scene = None
            row = _inferred(doc, sentence, story, mentioned, lead,
                            subjects.get(sentence.start), episode, dated,
                            scene or (_scene_ahead(doc, sentence, ahead) if named_ahead else None))
            recounted = _quoted_recount(doc, sentence, story, row, episode)
            recounted += _quotation_recount(doc, sentence, row, dated)
            recounted += _quote_retold(doc, sentence, story, row, dated)
            recounted += _named_before(doc, sentence, row, mentioned)
            recounted += _episode_retold(doc, sentence, episode, row)
            row = _speaker_again(doc, sentence, row, spoken, lead)
            # not after an episode: '"That night we ran. We held on to a raft."'
            if episode is None and quoted is not None and _quoting_on(doc, sentence, quoted):
                if doc.in_quote(sentence.end - 1):
                    quoting = quoted  # the quotation goes on past this sentence
                row = _quote_goes_on(doc, sentence, row, quoted, lead)
            row = _narrowed_to_happening(doc, sentence, row, mentioned)
            row = _headline_narrowed(doc, sentence, story, row)
            row = _ranked_happening(doc, sentence, story, row)
            row = _harm_tallied(doc, sentence, row, harming, lead)
            harming = None
            if row.timex is not (episode.timex if episode else None) and not _recalled(
                    doc, Span(lead, sentence.end)):
                episode = None
            made = [row, *_reported_before_lead(doc, sentence, story, row),
                    *_headline_cause(doc, sentence, story, row, dated),
                    *_at_happening(doc, sentence, row, mentioned), *recounted,
                    *_sayer_did(doc, sentence, story, row)]
        elif (harming is not None and _short_tally(doc, sentence, harming)):
            made = [_event(doc, sentence, harming.timex, INHERITED_SAME_PARAGRAPH, None)]
            harming = None
        else:
            continue
        if sentence.start in by_sentence:
            _note_speakers(doc, sentence, dated_here, made, spoken)
        elif made[0].kind == "statement":  # its verb's speaker, not a quote's guessed one
            _note_speaker(doc, canonical(doc, source_of(doc, sentence)), made[0], spoken)
        out.extend(_new_times(made, taken.setdefault(sentence.start, [])))
    return _sayings_at_lead_part(doc, dated, out)


def _sayings_at_lead_part(doc: Document, dated: list[Event], rows: list[Event]) -> list[Event]:
    """Sayings left on the whole publication day, after the text dated a saying at a part
    of that day ('the rail operator NSB said this morning' ... 'Haugland said the plough
    had cleared the same cutting'), are at that part: the report's sources spoke at the
    briefing the lead dated. Only the first such saying's part counts, and only sayings in
    the past: 'the mayor says the road must close' holds now."""
    lead = next((e.timex for e in dated if e.kind == "statement" and _part_of_publication_day(
        doc, e.timex) and _tense(doc, e.sentence) == PAST), None)
    if lead is None:
        return rows
    placed = {(e.sentence.start, e.timex.begin, e.timex.until) for e in [*dated, *rows]}
    return [replace(row, timex=lead, time_text=None) if (
        row.kind == "statement" and row.sentence.start > lead.phrase_start
        and _whole_publication_day(doc, row.timex) and _tense(doc, row.sentence) == PAST
        and (row.sentence.start, lead.begin, lead.until) not in placed) else row
        for row in rows]


def _part_of_publication_day(doc: Document, timex: Timex) -> bool:
    """Whether a time is a part of the publication day ('this morning'), shorter than it."""
    day = doc.publication_midnight
    return (timex.begin is not None and timex.until is not None and day <= timex.begin
            and timex.until <= day + timedelta(days=1)
            and timex.until - timex.begin >= timedelta(hours=3)
            and timex.until - timex.begin < timedelta(days=1))


def _whole_publication_day(doc: Document, timex: Timex) -> bool:
    """Whether a time is the publication day as a whole."""
    day = doc.publication_midnight
    return timex.begin == day and timex.until == day + timedelta(days=1)


def _scene_ahead(doc: Document, sentence: Span, ahead: dict[int, Event | None]
                 ) -> Event | None:
    """The scene a later sentence of a sentence's paragraph opens, before any other
    dated sentence there (scenes_ahead)."""
    paragraph = doc.paragraph_at(sentence.start)
    return next((scene for start, scene in ahead.items() if start > sentence.start
                 and paragraph is not None and paragraph.start <= start < paragraph.end),
                None)


def _reported_before_lead(doc: Document, sentence: Span, story: StoryTime, row: Event
                          ) -> list[Event]:
    """A row at the lead's time for words in the passive past perfect reported by a past
    saying in a sentence without a time ('Firefighters said several passengers had been
    thrown from the bus' after 'a bus plunged off a mountain road on Thursday night' and
    'Rescue teams reached the site on Friday morning'): the result a saying tallies is the
    story's main happening's, which the lead dates, not the later time the saying stands
    at. Not a progressive ('had been speeding'), a state before the happening. So do words
    in the simple past about a definite noun the lead names ('Witnesses said the bridge
    shook', _lead_subject_past)."""
    lex, text = doc.lex, doc.text
    verb = lex.reporting.search(text, sentence.start, sentence.end)
    if (verb is None or not story.moves or row.timex.begin is None
            or tense_of(lex, text, Span(verb.start(), verb.end())) != PAST):
        return []
    lead = story.moves[0].timex
    if not (_passive_perfect(doc, Span(verb.end(), sentence.end))
            or _lead_subject_past(doc, Span(verb.end(), sentence.end), story.moves[0])):
        return []
    if (lead.until is None or lead.phrase_start >= sentence.start
            or lead.until > row.timex.begin or lead.until > doc.article.published):
        return []
    clause = Span(verb.end(), sentence.end)
    return [_clause_row(doc, sentence, clause, verb.end(), None, "occurrence",
                        f"reported|{sentence.start}", time=lead)]


def _episode_retold(doc: Document, sentence: Span, episode: Event | None, row: Event
                    ) -> list[Event]:
    """A row at a step back's time for words a past saying reports in a sentence without a
    time, when they open on a definite noun the step back's sentence names and go on in
    the past ('Two environmental health officers made an unannounced visit the next
    morning.' then 'Prosecuting for the council, Simon Hale said the officers found
    droppings behind the fridges'): the speaker tells that episode, as words about the
    lead's subject tell the lead's happening (_lead_subject_past), though the saying
    stands at the story's time."""
    lex, text = doc.lex, doc.text
    if episode is None or row.timex is episode.timex:
        return []
    verb = doc.saying_outside(sentence)
    if verb is None or tense_of(lex, text, Span(verb.start(), verb.end())) != PAST:
        return []
    words = Span(verb.end(), sentence.end)
    if not _lead_subject_past(doc, words, episode):
        return []
    return [_clause_row(doc, sentence, words, words.start, None, "occurrence",
                        f"retold|{words.start}", time=episode.timex)]


def _quoted_recount(doc: Document, sentence: Span, story: StoryTime, row: Event,
                    episode: Event | None) -> list[Event]:
    """A row for words in the past tense that a past saying reports in a sentence without a
    time of its own, a quotation before it or what follows it, when the narration there
    stands on an earlier day than the row ('Strong winds pushed the flames across the
    river on Tuesday ... "It jumped the river in less than ten minutes", a resident told
    Wikinews', the saying at publication on Wednesday; 'Residents said the water swept
    away two cars'): the speaker recounts what the story told, at the time the narration
    had reached (a step back it went on, else the story's time of happenings), which the
    time the words were spoken does not hold: an earlier day, or an earlier clock of its
    day ('touched down at about 9:25 a.m.', then '"The captain spoke to us every few
    minutes," she said' after she told reporters in the afternoon; benchmarks.dating:
    news-dating-24 +1, -27 +1, -28 +5, -30 +1, by day unchanged). Only a day or less of
    the story's week: a year of background is no time of the story's; not words that tell
    a state (_state) nor a second saying ('urged people to stay indoors and asked relatives
    to call them') (benchmarks.dating: news-dating-4 341 -> 343, news-dating-13 480 ->
    481, the other sets unchanged)."""
    lex, text = doc.lex, doc.text
    verb = doc.saying_outside(sentence)
    if (row.timex.begin is None or verb is None
            or tense_of(lex, text, Span(verb.start(), verb.end())) != PAST):
        return []
    words = _said_words(doc, sentence, verb)
    said = lex.reporting.search(text, words.start, words.end)
    if (main_tense(lex, text, words) != PAST or _state(doc, words)
            or (said is not None and said.start() == verb_at(lex, text, words))):
        return []
    last = (episode or story.at(words.start, narrated=True) or row).timex
    if (last.begin is None or last.until is None or last.until > row.timex.begin
            or last.until - last.begin > timedelta(days=1)
            or last.until < doc.article.published - STORY_REACH):
        return []
    return [_clause_row(doc, sentence, words, words.start, None, "occurrence",
                        f"recount|{words.start}", time=last)]


def _quotation_recount(doc: Document, sentence: Span, row: Event, dated: list[Event]
                       ) -> list[Event]:
    """A row for a sentence of a quotation with no attribution of its own, in the past and
    no state, whose quotation a past saying attributes in the sentence before or after it
    in its paragraph (_past_attribution), at the last happening the narration dated
    outside quotes before it, in its paragraph or the one before ('The trawler grounded
    at about 2 a.m.' then '"We heard the hull scrape. Then the lights went out," the
    skipper told reporters this afternoon'): the speaker recounts the scene the story
    told just before, which the saying's time, the row's, does not hold. Only a day or
    less, ended by the row's start."""
    lex, text = doc.lex, doc.text
    words = Span(_first_word(doc, sentence), sentence.end)
    if (row.timex.begin is None or not doc.in_quote(words.start)
            or doc.saying_outside(sentence) is not None
            or main_tense(lex, text, words) != PAST or _state(doc, words)
            or _minded(doc, words) or lex.reporting.search(text, words.start, words.end)
            or _beyond_a_day(doc, words) or not _past_attribution(doc, sentence)):
        return []
    last = next((e.timex for e in reversed(dated) if e.sentence.end <= sentence.start
                 and e.kind == "occurrence" and not doc.in_quote(e.timex.phrase_start)), None)
    if (last is None or last.begin is None or last.until is None
            or doc.paragraphs_apart(last.phrase_start, sentence.start) > 1
            or last.until > row.timex.begin or last.until - last.begin > timedelta(days=1)):
        return []
    return [_clause_row(doc, sentence, words, words.start, None, "occurrence",
                        f"recount|{words.start}", time=last)]


def _beyond_a_day(doc: Document, words: Span) -> bool:
    """Whether quoted words tell a habit or a stretch longer than a day (a word of
    quoted_habit, a set, a duration of days or more: 'We used to take this ferry', 'My
    father worked on the ferries for thirty years', 'every summer'), which no moment of
    the scene told before holds; 'for more than five hours' still may."""
    if doc.lex.pattern("quoted_habit").search(doc.text, words.start, words.end):
        return True
    for timex in doc.timexes_in(words):
        if timex.type == "SET":
            return True
        if timex.type == "DURATION":
            start = datetime(2000, 1, 1)
            end = shift_by(start, timex.value)
            if (end is None and "T" not in timex.value) or (
                    end is not None and end - start > timedelta(days=1)):
                return True
    return False


def _minded(doc: Document, words: Span) -> bool:
    """Whether words open on a past verb of the mind (_of_mind) that no article follows:
    what the speaker thought or wanted ('The boys thought it was an adventure', 'Before
    that we hoped'), which holds at no moment of the scene, unlike a thing felt or seen
    ('We felt a jolt')."""
    at = verb_at(doc.lex, doc.text, words)
    if at is None or not _of_mind(doc, words):
        return False
    verb = _WORD_CHAR_RUN.match(doc.text, at)
    after = _WORD_AFTER.match(doc.text, verb.end(), words.end) if verb else None
    return after is None or after.group(1).lower() not in doc.lex.set("article")


def _past_attribution(doc: Document, sentence: Span) -> bool:
    """Whether the quotation a sentence of quoted words goes on is attributed by a verb of
    saying in the past outside the quotes of the sentence right before or right after it
    in its paragraph, one that opens on quoted words or, before it, ends in them: the same
    speaker's quotation ('"We saw smoke," she said. "Then the roof fell."'), not a
    narrator's sentence about another saying."""
    index = bisect_left(doc.sentences, sentence.start, key=lambda s: s.start)
    paragraph = doc.paragraph_at(sentence.start)
    if paragraph is None:
        return False
    for near in doc.sentences[max(index - 1, 0) : index + 2]:
        if near.start == sentence.start or not paragraph.start <= near.start < paragraph.end:
            continue
        if not doc.in_quote(_first_word(doc, near)) and not (
                near.start < sentence.start and doc.in_quote(near.end - 1)):
            continue  # words of no quotation this one goes on
        verb = doc.saying_outside(near)
        if verb is not None and tense_of(doc.lex, doc.text,
                                         Span(verb.start(), verb.end())) == PAST:
            return True
    return False


def _quoted_words(doc: Document, sentence: Span) -> Span | None:
    """The words of a quotation that opens a sentence before a past saying outside it, when
    they recount in the past and the first person ('"We backed the trailer down," he
    said'); none for a state, a verb of the mind or a negation ('"We never expected
    this"'), which tell how the speaker stood, not what happened."""
    lex, text = doc.lex, doc.text
    verb = doc.saying_outside(sentence)
    if (verb is None or not doc.in_quote(_first_word(doc, sentence))
            or tense_of(lex, text, Span(verb.start(), verb.end())) != PAST):
        return None
    words = _said_words(doc, sentence, verb)
    if (main_tense(lex, text, words) != PAST or _state(doc, words) or _of_mind(doc, words)
            or not lex.pattern("first_person").search(text, words.start, words.end)
            or lex.pattern("negation").search(text, words.start, words.end)):
        return None
    return words


def _quote_retold(doc: Document, sentence: Span, story: StoryTime, row: Event,
                  dated: list[Event]) -> list[Event]:
    """A row for a quotation that retells a happening before the day of ``row``, the
    sentence's (_quoted_words, read once): the speaker's own part in it, its verb, or the
    lead's happening, the first that holds."""
    words = _quoted_words(doc, sentence)
    if row.timex.begin is None or words is None:
        return []
    day = row.timex.begin.replace(hour=0, minute=0, second=0, microsecond=0)
    return (_own_part_retold(doc, sentence, words, day, dated)
            or _verb_retold(doc, sentence, words, day, dated)
            or _lead_retold_quote(doc, sentence, words, day, story))


def _own_part_retold(doc: Document, sentence: Span, words: Span, day: datetime,
                     dated: list[Event]) -> list[Event]:
    """A row for a quotation in the past tense in the first person before a past saying,
    in a sentence without a time of its own, whose speaker did the last happening its
    paragraph dated before the row's day ('The fishermen, Craig Doherty and his son, had
    spotted the animal on the evening of October 6.' ... '"We backed the trailer down and
    he was just lying there," he said'): the speaker retells their own part in it, at its
    time, not at the day they spoke. Only a day or less, not a saying's time, a state, a
    verb of the mind or a negation ('"We never expected this," he said'), which tell how
    the speaker stood, not what happened (benchmarks.dating: news-dating-22 317 -> 319,
    the other sets unchanged)."""
    speaker = canonical(doc, source_of(doc, sentence))
    done = _paragraph_happening(doc, sentence, dated, lambda e: speaker in e.actors)
    if (not speaker or done is None or doc.in_quote(done.timex.phrase_start)
            or done.timex.begin is None or done.timex.until is None
            or done.timex.until > day or done.timex.until - done.timex.begin > timedelta(days=1)):
        return []
    return [_clause_row(doc, sentence, words, words.start, None, "occurrence",
                        f"own|{words.start}", time=done.timex)]


def _paragraph_happening(doc: Document, sentence: Span, dated: list[Event],
                         keep: Callable[[Event], bool]) -> Event | None:
    """The last happening ``sentence``'s paragraph dated before it that ``keep`` admits:
    the one a quotation after it may retell."""
    paragraph = doc.paragraph_at(sentence.start)
    if paragraph is None:
        return None
    return next((e for e in reversed(dated) if e.sentence.end <= sentence.start
                 and e.sentence.start >= paragraph.start and e.kind == "occurrence"
                 and keep(e)), None)


def _verb_retold(doc: Document, sentence: Span, words: Span, day: datetime,
                 dated: list[Event]) -> list[Event]:
    """A row for a quotation in the past tense in the first person before a past saying,
    in a sentence without a time of its own, whose past verb the last happening its
    paragraph dated before the row's day tells ('Among the passengers was Jon Agustsson,
    71, who left Fljotsvik for Copenhagen in 1979.' then '"When I left, it took me two
    days and three aircraft," he said'): the speaker retells that happening, at its time
    however long ago, not at the day they spoke. Not a past auxiliary or copula (table
    retold_verb_not), which names no happening (benchmarks.dating: news-dating-17 442 ->
    444, the other sets unchanged)."""
    skip = doc.lex.set("retold_verb_not")
    verbs = {m.group().lower() for m in past_verbs(doc.lex).finditer(
        doc.text, words.start, words.end)} - skip
    done = _paragraph_happening(doc, sentence, dated,
                                lambda e: not doc.in_quote(e.timex.phrase_start))
    if (not verbs or done is None or done.timex.until is None or done.timex.until > day
            or not any(re.search(rf"\b{verb}\b", doc.text[done.sentence.start
                                                         : done.sentence.end], re.I)
                       for verb in verbs)):
        return []
    return [_clause_row(doc, sentence, words, words.start, None, "occurrence",
                        f"verb|{words.start}", time=done.timex)]


def _lead_retold_quote(doc: Document, sentence: Span, words: Span, day: datetime,
                       story: StoryTime) -> list[Event]:
    """A row at the lead's time for a quotation that retells the story's happening in the
    past and the first person before a past saying, in a sentence without a time of its
    own, when the lead told that happening on a day before the row's ('The 36 singers were
    named the winners late on Sunday evening' ... '"When they read out our name the girls
    screamed," said the conductor at the airport'): its words name two participants,
    places or happenings of the lead's paragraph (words of four letters or more, not of
    table retold_word_not; one may be a team or a town the speaker talks of at any time),
    and it tells that happening, not the day of the saying. Not a state, a verb of the
    mind or a negation (_quoted_words) (benchmarks.dating: news-dating-22 319 -> 322, the
    other sets unchanged)."""
    if not story.moves:
        return []
    lead = story.moves[0].timex
    paragraph = doc.paragraph_at(lead.phrase_start)
    if (paragraph is None or doc.in_quote(lead.phrase_start) or lead.begin is None
            or lead.until is None or lead.until > day or lead.until - lead.begin > timedelta(days=1)
            or paragraph.start <= sentence.start < paragraph.end):
        return []
    told = _content_words(doc, paragraph)
    shared = [word for word in _content_words(doc, words)
              if any(word + ending in told for ending in ("", "d", "ed", "s"))]
    if len(shared) < 2:  # 'My grandfather played in this team' shares the team alone
        return []
    return [_clause_row(doc, sentence, words, words.start, None, "occurrence",
                        f"lead|{words.start}", time=lead)]


_CONTENT_WORD = re.compile(r"[A-Za-z]{4,}")


def _content_words(doc: Document, span: Span) -> set[str]:
    """The lower-case words of four letters or more of a span, but those of table
    retold_word_not."""
    skip = doc.lex.set("retold_word_not")
    return {w for w in (m.group().lower() for m in _CONTENT_WORD.finditer(
        doc.text, span.start, span.end)) if w not in skip}


_CLOSING = ('"', "\u201d")  # the quote marks that close a quotation before its sayer


def _said_words(doc: Document, sentence: Span, verb: re.Match[str]) -> Span:
    """The words a verb of saying outside quotation marks attributes: a quotation that
    opens the sentence, up to the comma before the sayer or the closing mark without one
    ('"It jumped the river," she said'), else what follows the verb."""
    text = doc.text
    if not doc.in_quote(_first_word(doc, sentence)):
        return Span(verb.end(), sentence.end)
    end = max(text.rfind(mark, sentence.start, verb.start()) for mark in _CLOSING)
    comma = text.rfind(",", sentence.start, verb.start())
    return Span(sentence.start, max(comma if comma >= 0 else end, sentence.start))


def _state(doc: Document, words: Span) -> bool:
    """Whether words open on a form of 'be', 'had' or 'did' that no past participle
    follows (table state_auxiliary): how things stood ('the deal was too weak', 'it was
    cooperating', 'had no power', 'did not know'), not a happening ('the site was knocked
    off-line', 'tests had found a fault')."""
    lex, text = doc.lex, doc.text
    verb = lex.pattern("state_auxiliary").search(text, words.start, words.end)
    if verb is None or verb.start() != verb_at(lex, text, words):
        return False
    after = _WORD_AFTER.match(text, verb.end(), words.end)
    return after is None or (after.group(1) != "been" and tense_of(
        lex, text, Span(after.start(1), after.end(1))) != PAST)


def _named_before(doc: Document, sentence: Span, row: Event, mentioned: dict[str, Event]
                  ) -> list[Event]:
    """A row at the time of a happening the article dated before the row's day, for a
    sentence without a time of its own that names it again by a definite noun beside what
    it tells ('Officials said the crash was under investigation' after 'A bus crashed on
    Tuesday'; 'the deadly crash', not 'the next crash'): the noun's happening is an event
    of its own, at the time the text gave it, which the day of the row does not hold. Only
    in a past sentence, the noun's own verb past too: 'He says the protest is causing
    distress', 'the protest could remain for days' tell what goes on now or ahead
    (benchmarks.dating: AQUAINT 942 -> 943, the other sets unchanged)."""
    if row.timex.begin is None or _tense(doc, sentence) != PAST:
        return []  # 'He says the protest is causing distress': what goes on now
    lex, text = doc.lex, doc.text
    day = row.timex.begin.replace(hour=0, minute=0, second=0, microsecond=0)
    for at, timex in _happenings_named(doc, sentence, _modified(lex), mentioned, True):
        if (timex.until is not None and timex.until <= day
                and tense_of(lex, text, Span(at, sentence.end)) in (PAST, "")):
            return [_clause_row(doc, sentence, sentence, sentence.start, None, "occurrence",
                                f"named|{at}", time=timex)]
    return []


def _headline_cause(doc: Document, sentence: Span, story: StoryTime, row: Event,
                    dated: list[Event]) -> list[Event]:
    """A row for the happening a headline gives as its news's cause (table headline_cause:
    'Two held after theft of gold snuffboxes from Lyon museum'), at the earliest time of a
    day or less in the lead's first sentence that lies before the headline's row, when
    that sentence names the happening's noun again ('detained two men on Monday morning
    over the theft ..., a day after thieves smashed their way in'): the cause happened
    before the news the headline tells, and the lead dates it. The lead may name it by
    another noun of the same happening (table same_happening: 'Second worker dies after
    Texas chemical plant blast' over '... from burns suffered in an explosion at a chemical
    plant ... on Tuesday evening'; benchmarks.dating: news-dating-6 367 -> 368, the other
    sets unchanged). Not a stretch of time ('after eight days'), no happening."""
    lex, text = doc.lex, doc.text
    cue = lex.pattern("headline_cause").search(text, sentence.start, sentence.end)
    if (cue is None or not story.in_headline(sentence.start) or row.timex.begin is None
            or doc.lead is None):
        return []
    words = []
    for word in _WORDS.finditer(text, cue.end(), sentence.end):
        if word.group().lower() in lex.set("preposition"):
            break
        words.append(word)
    lead = doc.lead_sentence
    if not words or lead is None or any(
            cue.end() < t.end and t.start < words[-1].end() for t in doc.timexes):
        return []
    noun = words[-1].group().lower()
    main = same_happening(lex).get(noun, noun)  # 'blast': explosion, and back
    names = sorted({noun, main, *(other for other, its in same_happening(lex).items()
                                 if its == main)})
    head = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b", re.I)
    if not head.search(text, lead.start, lead.end) and not any(
            story.in_cause(lead, t.phrase_start) for t in doc.timexes_in(lead)):
        return []  # 'after barge strikes pier' over '... after a barge struck late on Tuesday'
    times = [(t.begin, t) for t in (e.timex for e in dated if e.sentence == lead)
             if t.begin is not None and t.until is not None and t.begin < row.timex.begin
             and t.until - t.begin <= timedelta(days=1) and t.until <= doc.article.published
             and (t.type in ("DATE", "TIME") or relational(doc, t))]  # 'a day after'
    if not times:
        return []
    earliest = min(times, key=lambda pair: pair[0])[1]
    clause = Span(words[0].start(), sentence.end)
    return [_clause_row(doc, sentence, clause, clause.start, None, "occurrence",
                        f"cause|{sentence.start}", time=earliest)]


def _at_happening(doc: Document, sentence: Span, row: Event, mentioned: dict[str, Event]
                  ) -> list[Event]:
    """A row at the time of a happening the article dates elsewhere, for a sentence
    without a time of its own that places what it tells at, after or before it by a word
    of happening_at and a definite noun ('"We spent two years building this," chief
    executive Dana Whitfield told about 800 guests at the launch', the launch dated
    Tuesday, the story at Wednesday's reviews; 'investigators think the doctor's killer
    buried the rifle in the days before the shooting, unearthed the weapon to fire the
    fatal shots'): the words tell that occasion, which the story time may have left.
    Only in a past sentence, for a noun that ends its phrase ('at the launch site' names
    no launch), a past happening, and only when the row's time and its differ
    (benchmarks.dating: AQUAINT 928 -> 934, news-dating-3 373 -> 375, the other sets
    unchanged)."""
    if row.timex.begin is None or _tense(doc, sentence) != PAST:
        return []  # 'The company plans to cut 300 jobs at the launch site': now
    for at, timex in _happenings_named(doc, sentence, _happening_at(doc.lex), mentioned):
        if (timex.until is not None and timex.until <= doc.article.published
                and not _holds(timex, row.timex) and not _holds(row.timex, timex)):
            return [_clause_row(doc, sentence, sentence, sentence.start, None, row.kind,
                                f"at|{at}", time=timex)]
    return []


def _headline_narrowed(doc: Document, sentence: Span, story: StoryTime, row: Event) -> Event:
    """The headline's row, when the lead dates it by a part of a day ('on Tuesday
    morning'), at the one narrower time within it that moves the story and dates no
    saying ('Plane skids off runway' over '... skidded off the runway ... on Tuesday
    morning ... It touched down at about 8:25 a.m.'; not 'had left Kathmandu at 7:50
    a.m.', a past perfect background, which moves no story): the headline tells the lead's
    happening, which the text times there. Narrower than the row, it lies in any date
    that held the row (benchmarks.dating: news-dating-7 344 -> 346, news-dating-9 382 ->
    385, the other sets unchanged). Only when the text gives one such time: of two, the
    first may be another happening's ('Classes began at 8 a.m. Shots rang out ... at
    about 9:15 a.m.' under 'Gunman kills three at school'), and the row keeps the part
    of the day, unless one of them opens on a word of the headline as its subject ('The
    gunman opened fire at about 9:15 a.m.'; 'The burst happened at about 6:25 a.m.' under
    'Water main burst floods shops', _echoes_headline; benchmarks.dating exact:
    news-dating-15 +1, -31 +3 in two texts, the other sets and TBAQ unchanged). A whole
    day ('today', 'on Thursday') is narrowed to the first such time within it, as a
    report times its main happening first ('First jet lands ...' over '... landed ...
    today ... touched down at 11:04 a.m.'; 'Former commissioner convicted'
    over '... On Thursday ... convicted ... The jury returned its verdict at 3:15 p.m.'):
    inside the day, it cannot leave a date that held the day (benchmarks.dating:
    news-dating-2 487 -> 489, -13 485 -> 486, -16 502 -> 504, -17 398 -> 400, the other
    sets unchanged). A figure's headline keeps its period, longer than a day ('Swiss bank
    returns to profit': the quarter, not the 7 a.m. the results came out)."""
    return _narrowed_in_lead(doc, story, row) if story.in_headline(sentence.start) else row


def _narrowed_in_lead(doc: Document, story: StoryTime, row: Event) -> Event:
    """A row that tells the lead's happening again, at the one narrower time within its day
    or part of a day that moves the story and dates no saying, or within a part of a day
    the one such time a sentence naming the headline's happening again gives
    (_headline_narrowed)."""
    outer = row.timex
    if outer.begin is None or outer.until is None or outer.until - outer.begin > timedelta(
            days=1):
        return row
    within = [e for e, said in zip(story.moves, story.told, strict=True)
              if e.timex.begin is not None and e.timex.until is not None
              and outer.begin <= e.timex.begin and e.timex.until <= outer.until
              and e.timex.until - e.timex.begin < outer.until - outer.begin
              and e.timex.until <= doc.article.published and e.timex.type in ("DATE", "TIME")
              and not doc.in_quote(e.timex.phrase_start) and not said]
    if not within:
        return row
    if outer.until - outer.begin < timedelta(days=1):
        echoed = [e for e in within if _echoes_headline(doc, story, e.sentence)]
        if len({(e.timex.begin, e.timex.until) for e in echoed}) == 1:
            within = echoed
        elif len({(e.timex.begin, e.timex.until) for e in within}) != 1:
            return row
    return replace(row, timex=within[0].timex, time_text=None)


def _echoes_headline(doc: Document, story: StoryTime, sentence: Span) -> bool:
    """Whether a sentence opens on a definite subject of at most three words right before
    its verb, whose last, its head, is a word of the headline before the headline's first
    preposition ('The burst happened at about 6:25 a.m.' under 'Water main burst floods
    shops'; 'The fault cut power', a past of ambiguous_past): the body names the
    headline's happening, or who acts in it, again where it times it; not a place the
    headline names after a preposition ('The walk flooded at 6:25' under 'Water main
    burst floods shops on Leith Walk'), nor a subject with an aside ('The first aircraft,
    a Boeing 737, left')."""
    headline, lex, text = story.headline, doc.lex, doc.text
    opened = _definite(lex).match(text, _first_word(doc, sentence), sentence.end)
    if headline is None or opened is None:
        return False
    words = list(islice(_SUBJECT_WORD.finditer(text, opened.start(1), sentence.end), 4))
    verb = verb_at(lex, text, Span(opened.start(1), sentence.end))
    said = [w.lower() for w in _WORDS.findall(text, headline.start, headline.end)]
    told = {w.removesuffix("s") for w in _headline_subject(doc, said)}
    for head, after in pairwise(words):
        if text[head.end() : after.start()].strip():
            return False
        if after.start() == verb or after.group() in lex.set("ambiguous_past"):
            return (head.group().lower().removesuffix("s") in told
                    and not _passive_elsewhere(doc, after, sentence, said))
    return False


def _headline_subject(doc: Document, said: list[str]) -> list[str]:
    """A headline's words up to its first preposition, and up to its first verb after its
    first word, in -s ('Storm closes roads across the north': 'storm', 'closes') or bare
    after a plural when the lead tells it in the past ('Floods close roads in Cumbria'
    over 'Floods closed dozens of roads': 'floods', 'close'; not 'Marquesas tsunami'): what
    follows the verb is what it acts on ('The roads reopened at 11:10 a.m.' retells no
    closing), not the happening or who acts in it."""
    subject = list(takewhile(lambda w: w not in doc.lex.set("preposition"), said))
    verb = next((i for i, w in enumerate(subject[1:], 1)
                 if _in_s(w) or (_in_s(subject[i - 1]) and _lead_past_of(doc, w))), None)
    return subject if verb is None else subject[: verb + 1]


def _lead_past_of(doc: Document, word: str) -> bool:
    """Whether the lead's first sentence holds a bare word's past in -ed ('close',
    'closed'), which makes it a verb."""
    lead = doc.lead_sentence
    past = re.compile(rf"\b{re.escape(word.rstrip('e'))}e?d\b", re.I)
    return (lead is not None and not word.endswith("s")
            and past.search(doc.text, lead.start, lead.end) is not None)


def _in_s(word: str) -> bool:
    """Whether a word ends in -s, not a possessive's nor '-ss': a verb's or a plural's."""
    return word.endswith("s") and not word.endswith(("'s", "ss"))


def _passive_elsewhere(doc: Document, after: re.Match[str], sentence: Span, said: list[str]
                       ) -> bool:
    """Whether the word after a subject, an auxiliary of the passive, opens a participle
    the headline does not hold ('The gunman was arrested at 11:30 a.m.' under 'Gunman kills
    three'): what the subject underwent is another happening; 'The alert was lifted at
    6:05am' under 'Tsunami alert lifted' retells the headline's."""
    if after.group().lower() not in doc.lex.set("passive_auxiliary"):
        return False
    participle = _WORD_AFTER.match(doc.text, after.end(), sentence.end)
    if participle is None:
        return False
    word = participle.group(1)
    return word.lower() not in said and any(
        words.fullmatch(word) for words in (past_verbs(doc.lex), doc.lex.pattern("participle")))


# A word of a subject: letters only.
_SUBJECT_WORD = re.compile(r"[A-Za-z]+")


def _ranked_happening(doc: Document, sentence: Span, story: StoryTime, row: Event) -> Event:
    """A sentence with no time of its own that ranks a happening among its kind ('It was
    the third church robbery in the department this year', 'It is the plant's second
    unplanned stoppage'; tables rank_story_opener, rank_ordinal) tells the lead's main
    happening again, and is dated at its time, narrowed as a headline's is ('on Friday',
    then 'The 30-inch main burst at about 5:20 a.m. on Friday': 5:20), not at publication
    or the last one told outside it; a time within it, told since, stays, and so does a
    ranked figure's period (figures.py)."""
    lead = story.lead_happening()
    if lead is None or sentence.start <= lead.sentence.start:
        return row
    ranked = _ranked_opening(doc.lex).match(doc.text, _first_word(doc, sentence), sentence.end)
    if ranked is None or ranked.group("noun").lower() in doc.lex.set("rank_period_not_after"):
        return row  # 'It was the first time since 2019 that ...'
    if figure_period(doc, sentence, Span(ranked.start(), sentence.end)) is not None:
        return row  # 'It was the company's first quarterly loss since 2001': the results'
    begin, until = lead.timex.begin, lead.timex.until
    if (begin is not None and until is not None and row.timex.begin is not None
            and row.timex.until is not None
            and begin <= row.timex.begin and row.timex.until <= until):
        return row  # already at a time within the lead's ('The alarm went off at 3:10 a.m.')
    return _narrowed_in_lead(doc, story, replace(row, timex=lead.timex, time_text=None))


@cache
def _ranked_opening(lex: Lexicon) -> re.Pattern[str]:
    """'It was the', 'It is the plant's', then at most one word, an ordinal and a word."""
    opener = lex.pattern("rank_story_opener").pattern
    ordinal = lex.pattern("rank_ordinal").pattern
    return re.compile(rf"{opener}\s+(?:(?:the\s+)?[\w-]+['\u2019]s|the|its|their)\s+"
                      rf"(?:[\w-]+\s+)?{ordinal}\s+(?P<noun>[\w-]+)", re.I)


def _narrowed_to_happening(doc: Document, sentence: Span, row: Event,
                           mentioned: dict[str, Event]) -> Event:
    """The row of a sentence without a time of its own, at the finer time of a happening
    a definite noun of it names, when the article gives that happening a time within the
    one the row inherited ('The government approved plans for a second runway ... today
    ... The decision was announced at 12:30 p.m.', then 'The airport's owner ... welcomed
    the decision': 12:30, not the whole day): what the sentence tells refers to that
    moment, and any date that held the row holds it. Not a row at publication, which a
    present or future sentence stands at ('will appeal the decision'; benchmarks.dating:
    news-dating-5 355 -> 357, the other sets unchanged)."""
    if row.timex.begin is None or row.time_text == "":
        return row
    for _, timex in _happenings_named(doc, sentence, _definite(doc.lex), mentioned):
        if _holds(row.timex, timex) and (timex.begin, timex.until) != (row.timex.begin,
                                                                       row.timex.until):
            return replace(row, timex=timex, time_text=None)
    return row


def _happenings_named(doc: Document, sentence: Span, pattern: re.Pattern[str],
                      mentioned: dict[str, Event], subject: bool = False
                      ) -> Iterator[tuple[int, Timex]]:
    """Where each match of ``pattern`` in a sentence names a happening by its noun (group
    1) that the article dates elsewhere (mentions.happenings), with that happening's time,
    a date or a clock time; only a noun that ends its phrase ('the launch', not 'the
    launch site', which names no launch), before a preposition or, as a clause's subject
    (``subject``), before its finite verb ('the crash was caused by')."""
    lex, text = doc.lex, doc.text
    for found in pattern.finditer(text, sentence.start, sentence.end):
        after = _WORD_AFTER.match(text, found.end(), sentence.end)
        if after is not None and after.group(1).lower() not in lex.set("preposition") and not (
                subject and tense_of(lex, text, Span(after.start(1), after.end(1)))):
            continue
        noun, happening = named_noun(mentioned, found.group(1).lower())
        if happening is None or introduced_later(doc, noun, happening, found.start()):
            continue
        timex = happening.timex
        if timex.begin is not None and timex.until is not None and timex.type in ("DATE",
                                                                                  "TIME"):
            yield found.start(), timex


@cache
def _definite(lex: Lexicon) -> re.Pattern[str]:
    """A definite determiner and a noun, the noun in group 1 ('the decision', 'that
    walkout')."""
    return re.compile(rf"{lex.pattern('definite_determiner').pattern}\s++(\w+)\b", re.I)


@cache
def _modified(lex: Lexicon) -> re.Pattern[str]:
    """A definite or possessive determiner, up to two words that are not of
    another_happening, and a noun of event_noun, the noun in group 1 ('the deadly crash',
    'the bus crash', 'their walkout'; not 'the next vote')."""
    other = lex.pattern("another_happening").pattern
    nouns = "|".join(sorted(map(re.escape, lex.words["event_noun"]), key=len, reverse=True))
    return re.compile(rf"{_owner(lex).pattern}\s++(?:(?!{other})[\w'-]++\s++){{0,2}}?"
                      rf"({nouns})s?\b", re.I)


@cache
def _happening_at(lex: Lexicon) -> re.Pattern[str]:
    """A word of happening_at, then a definite or possessive determiner and a noun, the
    noun in group 1 ('at the launch', 'before the shooting', 'after his arrest')."""
    words = lex.pattern("happening_at").pattern
    return re.compile(rf"{words}\s++{_owner(lex).pattern}\s++(\w+)\b", re.I)


@cache
def _owner(lex: Lexicon) -> re.Pattern[str]:
    """A definite or possessive determiner ('the', 'that', 'his', 'their')."""
    return alternation(lex.words["definite_determiner"] + lex.words["possessive_determiner"])


# A headline's word: letters, digits and what joins them ('four-wicket', '$2.3').
_WORDS = re.compile(r"[\w$.%'-]+")


def _lead_subject_past(doc: Document, said: Span, lead: Event) -> bool:
    """Whether words reported open on a definite noun the lead's sentence names, then a
    past verb ('Witnesses said the bridge shook for several seconds' after 'a road bridge
    ... collapsed ... at about 6:15 p.m. Tuesday'): they tell the lead's happening. Not a
    form of 'be' or a past perfect after it: a state or what came before."""
    found = _REPORTED_SUBJECT.match(doc.text, said.start, said.end)
    if found is None:
        return False
    noun = re.compile(rf"\b{re.escape(found.group(1))}\b", re.I)
    if not noun.search(doc.text, lead.sentence.start, lead.sentence.end):
        return False
    verb = Span(found.end(1), min(found.end(1) + 24, said.end))
    return tense_of(doc.lex, doc.text, verb) == PAST and not any(
        doc.lex.pattern(words).search(doc.text, verb.start, verb.end)
        for words in ("past_perfect", "be"))  # 'the loss was smaller': no happening


# Reported words opening on 'the' and a noun ('(that) the bridge'), the noun in group 1.
_REPORTED_SUBJECT = re.compile(r"\s++(?:that\s++)?the\s++([a-z]+)\b")


# Spaces and an adverb in -ly maybe, between an auxiliary and its participle.
_ADVERB = re.compile(r"\s++(?:\w+ly\s++)?")
# A participle, not an '-ing' form, right after 'had been' ('had been thrown').
_PARTICIPLE = re.compile(rf"{_ADVERB.pattern}[a-z]++\b(?<!ing)")


def _passive_perfect(doc: Document, span: Span) -> bool:
    """Whether a span holds a passive past perfect (events.toml past_perfect_passive)."""
    found = doc.lex.pattern("past_perfect_passive").search(doc.text, span.start, span.end)
    return found is not None and _PARTICIPLE.match(doc.text, found.end(), span.end) is not None


def _speaker_again(doc: Document, sentence: Span, row: Event,
                   spoken: dict[str, Timex | None], lead: int) -> Event:
    """A named speaker's past saying in a sentence without a time, right after the sentence
    that dated their last saying in the same paragraph, was said on that occasion:
    '"It is a wound for the city," she said' after 'Museum director Claire Mounier said on
    Sunday that ...' is Sunday's, not the lead's Monday; unless what follows the verb is in
    the present. A saying told paragraphs later may be a new one (a pronoun may also name
    another speaker there), so it keeps the story's time (benchmarks.dating: news-dating-2
    87.2 -> 87.4, news-dating-4 86.1 -> 86.4, the other sets unchanged); unless the saying
    refers back to the occasion by a definite noun of saying_occasion ('He said in his
    statement that he would stay on as a councillor', paragraphs after 'In a statement
    released shortly afterwards, he said ...' at 9 p.m. Wednesday: that statement, not
    the police's 'this morning'; news-dating-7 307 -> 308, the other sets unchanged), or
    names the speaker again, whose last saying was of the report's own days
    (_names_speaker: 'Dr Koh said the team had chosen to stop there' paragraphs after her
    words at Wednesday afternoon's briefing, not the embargo's 2am the paragraph before
    told; news-dating-15 +1, -19 +1, -29 -1 (an organisation read as a person, 'City
    Hall said'), -30 +6; by day -19 +1, -29 -1, -30 +6)."""
    earlier = spoken.get(row.source) if row.kind == "statement" else None
    verb = doc.lex.reporting.search(doc.text, sentence.start, sentence.end)
    if earlier is None or verb is None or earlier is row.timex:
        return row
    before = doc.sentence_at(earlier.phrase_start)
    lex, text = doc.lex, doc.text
    again = _occasion_again(lex).match(text, verb.end(), sentence.end) is not None
    again = again or _names_speaker(doc, sentence, verb, row.source, earlier)
    if before is None or (not again and (
            doc.paragraph_at(before.start) != doc.paragraph_at(sentence.start)
            or not _quoted_between(doc, before, sentence))):
        return row
    if (tense_of(lex, text, Span(verb.start(), verb.end())) != PAST
            or tense_of(lex, text, Span(verb.end(), sentence.end)) == PRESENT):
        return row
    return _event(doc, sentence, earlier, INHERITED_SAME_PARAGRAPH, None, lead)


def _names_speaker(doc: Document, sentence: Span, verb: re.Match[str], source: str,
                   earlier: Timex) -> bool:
    """Whether the attribution names a person outside quotation marks, the speaker whose
    last saying the report dated on its own occasion, the publication day or the day
    before ('Mr Rees said there was "nothing to link" the two cases', paragraphs after 'At
    a press conference this morning, Detective Inspector Owen Rees ... said'): the same
    person, still speaking at that briefing. Not a pronoun, which may name another
    speaker, nor an organisation, whose statements come and go; nor a saying the story's
    past dated ('the engineer on duty that night, said'), which a later one need not
    share."""
    day = doc.article.published.replace(hour=0, minute=0, second=0, microsecond=0)
    if earlier.begin is None or earlier.begin < day - _DAY:
        return False
    near = Span(max(sentence.start, verb.start() - _NAME_REACH),
                min(sentence.end, verb.end() + _NAME_REACH))
    return any(m.full == source and not doc.in_quote(m.start) for m in doc.mentions_in(near))


# How far from its verb of saying a speaker's name may stand, in characters ('Mr Rees
# said', 'said Dr Sunita Varma').
_NAME_REACH = 40
_DAY = timedelta(days=1)


def _dated_quote(doc: Document, sentence: Span, dated: list[Event]) -> Event | None:
    """The event whose time dates the verb of saying that attributes a sentence's quoted
    words ('"I have done my best," she said on Sunday'), or its reported ones ('Amira
    Haddad told Wikinews earlier today that she had waited in a stopped tram': the
    quotation opening the next sentence, '"The driver kept apologising.', is her words on
    that occasion, not a happening of the story's last day; benchmarks.dating:
    news-dating-15 464 -> 466, the other sets unchanged), or None."""
    return next((e for e in dated if e.kind == "statement"
                 and not doc.in_quote(e.timex.phrase_start)
                 and dates_saying(doc, e.sentence, e.timex)), None)


def _quoting_on(doc: Document, sentence: Span, quoted: Event) -> bool:
    """Whether a sentence of quoted words alone goes on, in its paragraph, with the words a
    dated saying attributed the sentence before (_dated_quote)."""
    return (doc.in_quote(_first_word(doc, sentence))
            and doc.paragraph_at(quoted.sentence.start) == doc.paragraph_at(sentence.start)
            and doc.saying_outside(sentence) is None)


def _quote_goes_on(doc: Document, sentence: Span, row: Event, quoted: Event,
                   lead: int) -> Event:
    """A sentence of quoted words alone right after a sentence whose words a dated saying
    attributes (_quoting_on) goes on with those words: the same speaker on the same
    occasion ('"I have done my best," she said on Sunday. "I leave with no regrets."':
    Sunday's; benchmarks.dating: six sentences of the development sets move, no dated
    event's score with them), and so do the quotation's next sentences while it goes on
    (the caller carries ``quoted`` on; three more sentences move, no score). Not, after a
    quotation the saying closed, a sentence that recounts a happening in the past, no
    state and no verb of the mind ('"We put the guests in the laundry room. When we came
    out, every car in the lot had no windshield."' after the motel owner's quoted words
    he 'told reporters on Saturday'): the speaker tells what happened before the saying,
    at the story's last happening as _inferred dates it, while the quotation goes on past
    it (benchmarks.dating: news-dating-19 426 -> 427, the other sets unchanged)."""
    main = Span(lead, sentence.end)
    if (doc.in_quote(_first_word(doc, quoted.sentence)) and _tense(doc, main) == PAST
            and not _state(doc, main) and not _of_mind(doc, main)
            and main_tense(doc.lex, doc.text, main) == PAST):
        return row
    return _event(doc, sentence, quoted.timex, INHERITED_SAME_PARAGRAPH, None, lead)


def _of_mind(doc: Document, words: Span) -> bool:
    """Whether words open on a past verb of the mind (table mind_state: 'I knew it was not
    one of ours'): how the speaker stood, no happening recounted."""
    at = verb_at(doc.lex, doc.text, words)
    return at is not None and doc.lex.pattern("mind_state").match(doc.text, at) is not None


@cache
def _occasion_again(lex: Lexicon) -> re.Pattern[str]:
    """Right after a verb of saying, 'in' and a definite determiner before a noun of
    saying_occasion ('said in his statement'): the words refer back to an occasion told."""
    words = lex.pattern("saying_occasion").pattern
    return re.compile(rf"\s++in\s++{_owner(lex).pattern}\s++{words}", re.I)


def _quoted_between(doc: Document, before: Span, sentence: Span) -> bool:
    """Whether only sentences of a quotation stand between two sentences: the first
    sentences of the words a saying closes ('"A year ago we lost money in every division.
    The worst is behind us," he said' right after 'Brunner said on a call with journalists
    this morning that ...')."""
    return all(doc.in_quote(_first_word(doc, between)) for between in doc.sentences
               if before.end <= between.start < sentence.start)


_WORD_CHAR = re.compile(r"\w")


def _first_word(doc: Document, sentence: Span) -> int:
    """Where a sentence's first word begins, after any opening quotation mark."""
    found = _WORD_CHAR.search(doc.text, sentence.start, sentence.end)
    return found.start() if found else sentence.start


def _note_speakers(doc: Document, sentence: Span, dated: list[Event], made: list[Event],
                   spoken: dict[str, Timex | None]) -> None:
    """Record when each named speaker of a dated sentence said their words: the time
    dating their verb of saying, or their undated saying's row's."""
    for event in dated:
        if event.kind == "statement" and dates_saying(doc, sentence, event.timex):
            source = event.source or _dependent_speaker(doc, sentence, event.timex)
            _note_speaker(doc, source, event, spoken)
    for event in made:
        if event.kind == "statement":
            _note_speaker(doc, event.source, event, spoken)


def _dependent_speaker(doc: Document, sentence: Span, timex: Timex) -> str:
    """The speaker of a saying a time dates in a clause a subordinator opens after a comma
    ('Brazilian stocks suffered their worst day ... on Tuesday, after iron ore miner Serra
    Alta said late Monday that it might breach the terms of its loans'; clause_opener's
    "subordinate" words): the subject between the two, which the clause's own source misses,
    so that a later saying of that speaker refers back to the occasion ('In the statement,
    issued after the market had closed, Serra Alta said ...': late Monday)."""
    text, lex = doc.text, doc.lex
    for verb in verbs_within_reach(doc, sentence, timex):
        if not dates_verb(doc, sentence, timex, verb.start(), verb.end()):
            continue
        opener = max(_SUBORDINATE.finditer(text, sentence.start, verb.start()),
                     key=lambda m: m.start(), default=None)  # the last before the verb
        if opener is not None and opener.group(1).lower() in lex.subordinators:
            return source_of(doc, Span(opener.end(), sentence.end))
    return ""


# A comma and the word after it: where a dependent clause may open.
_SUBORDINATE = re.compile(r",\s++(\w+)\s++")


def _note_speaker(doc: Document, source: str, row: Event, spoken: dict[str, Timex | None]
                  ) -> None:
    """A named speaker's words at a row's time (None at publication)."""
    if source in doc.known:
        spoken[source] = None if row.time_text == "" else row.timex


def _background(doc: Document, story: StoryTime, dated: list[Event]) -> Event | None:
    """The sentence's last time when it dates a past main clause in the background (a
    time that does not move the story: years old, a month or more, before the lead's):
    the past sentences after it with no time of their own go on telling that episode
    ("In July last year Hun Sen staged a coup. Ranariddh's loyalists fled the capital.");
    a count from an old year is one too ('wounded two years later' after 1914: 1916). So
    does a day of the story's last week before the lead's: a report that steps back to
    tell the day before goes on telling it ('Strong winds pushed the flames across the
    river on Tuesday ... The flames destroyed four homes', in a story led by Wednesday's
    evacuations), as a diary tells its week day by day, until the paragraph ends
    (_recent_day; benchmarks.dating: news-dating-13 426 -> 433, TimeBank 712 -> 711, the
    other sets unchanged). Not a day the story has not reached yet, nor the time of a
    clause in the present ('The visit is part of a tour that began on Thursday').
    A time in a dependent clause, or one that opens it ('about four hours after'), dates
    what led up to the episode, not the episode ('struck a landslip at 6:52 a.m. on
    November 9, 2023, about four hours after the slope collapsed following heavy rain
    overnight. The train derailed': 6:52; benchmarks.dating: news-dating-2 87.4 -> 88.2).
    A saying starts one when its time dates the saying and is not recent: history told
    through what was said then ('In July 1997 the alliance announced it would accept
    Poland. Romania and Slovenia were turned away'; AQUAINT 938 -> 941, the other sets
    unchanged), even when a plan it reports has a time after it: the episode is the
    saying's, the plan's time no happening the narration stands at ('In the spring of 1923
    the company announced that passenger trains would end in October. The glen fought
    back': spring 1923; benchmarks.dating: the development sets unchanged)."""
    if any(story.moved_by(e) for e in dated):
        return None
    text = doc.text
    event = _last_main_time(doc, [e for e in dated if e.kind not in ("plan", "forecast")])
    if event is None:
        return None
    timex = event.timex
    if timex.type == "SET":
        return None
    if timex.begin is None or timex.until is None or timex.until > doc.article.published:
        return None
    recent = timex.until >= doc.article.published - STORY_REACH
    if recent and timex.type == "DURATION":
        # 'over the last three years' runs up to now; an old one is a count's episode
        # ('two years later' after 1914 reaches 1916)
        return None
    if event.kind == "statement" and (recent or not dates_saying(doc, event.sentence, timex)):
        return None
    if _recent_day(doc, timex):
        told = story.at(event.sentence.start, True)
        if (told is None or told.timex.begin is None or timex.until > told.timex.begin
                or tense_of(doc.lex, text, clause_of(doc.lex, text, event.sentence, timex))
                != PAST):
            return None  # no past step back before the story's day to go on telling
    if doc.in_quote(timex.phrase_start) or is_baseline(doc, timex):
        return None
    if _SINCE.match(text, timex.phrase_start) or in_relative(doc.lex, text, event.sentence,
                                                            timex):
        return None  # 'killed since 1993' runs to now; 'Engel, who took over in 2021, said'
    clause = clause_of(doc.lex, text, event.sentence, timex)
    if doc.lex.pattern("past_perfect").search(text, clause.start, timex.phrase_start):
        return None  # 'had been released on bail on March 1. They were taken ...': back
    return None if is_figure(doc, clause) else event  # 'Shipments rose 9% in 2025'


def _recounts(doc: Document, episode: Event, saying: Event) -> bool:
    """Whether a dated saying tells, in past words of its own, the episode the narration
    stands at, from a later time ('At about 5:30 p.m. the water reached the floor of the
    bridge ... "You could hear the lattice creaking over the water," he told the
    historical society in April 2012. "I thought we had lost her." The bridge held.'):
    a witness's later account; the narration goes on in the flood, not in 2012
    (benchmarks.dating: news-dating-15 466 -> 468, the other sets unchanged). Not words
    in the present or future ('"We will rebuild the bridge," the governor said in 1928'):
    history told through what was said then moves on with the saying (_background)."""
    lex, text = doc.lex, doc.text
    verb = doc.saying_outside(saying.sentence)
    if (saying.kind != "statement" or verb is None or doc.in_quote(saying.timex.phrase_start)
            or saying.timex.begin is None or episode.timex.until is None
            or saying.timex.begin < episode.timex.until):
        return False
    words = _said_words(doc, saying.sentence, verb)
    return doc.in_quote(_first_word(doc, words)) and main_tense(lex, text, words) in (PAST,
                                                                                     MODAL)


def _recalled(doc: Document, main: Span) -> bool:
    """Whether a sentence tells past words or deeds on a speaker's word in the present
    ('His mother did not look back, he says'): the feature's interview, told now, about
    the episode the sentences before it told, which the next ones go on telling ('His
    father looked back the whole way')."""
    lex, text = doc.lex, doc.text
    return (_tense(doc, main) == PRESENT and main_tense(lex, text, main) == PAST
            and lex.pattern("reporting_present").search(text, main.start, main.end) is not None)


def _recent_day(doc: Document, timex: Timex) -> bool:
    """Whether a time is a day or less of the story's last week ('He left the village on
    Thursday'): a step back the diary of the story's days tells (_background)."""
    assert timex.begin is not None and timex.until is not None
    return _in_story_week(doc, timex) and timex.until - timex.begin <= timedelta(days=1)


def _in_story_week(doc: Document, timex: Timex) -> bool:
    """Whether a time ends in the story's last week, a day of it or a stretch reaching
    into it: a step back it tells goes on in its own paragraph only, the next one going
    back to the story ('He left the village on Thursday.' then a paragraph 'Rescuers
    praised his calm.'; 'the café was given four stars when inspectors made a routine
    visit earlier this year.' then a paragraph 'Magistrates fined him £4,000': last
    Thursday's hearing; benchmarks.dating: news-dating-17 418 -> 420, the other sets
    unchanged; a reach of three months instead of the week: TimeBank one event fewer).
    An older one is history, whose telling goes on over paragraphs."""
    return timex.until is not None and timex.until >= doc.article.published - STORY_REACH


def _retells_story(doc: Document, story: StoryTime, main: Span) -> bool:
    """Whether a past clause tells again, by its verb, the happening that set the story's
    day ('Rescuers found him in a gully' after 'A climber was found alive on Saturday'
    and a step back to Thursday): it is back at that day, not in the step back."""
    told = story.at(main.start, True)
    if told is None:
        return False
    skip = doc.lex.set("retold_verb_not")
    verbs = (m.group().lower() for m in past_verbs(doc.lex).finditer(doc.text, main.start,
                                                                      main.end))
    verb = next((v for v in verbs if v not in skip), None)
    return verb is not None and re.search(
        rf"\b{verb}\b", doc.text[told.sentence.start : told.sentence.end], re.I) is not None


def _at_later_happening(doc: Document, sentence: Span, episode: Timex,
                        mentioned: dict[str, Event]) -> bool:
    """Whether a sentence places what it tells at or after a happening the article dates
    after an episode ('The mayor signed the order after the vote' after a step back to
    Monday's protests, the vote Tuesday's): it has left the episode, which cannot hold
    what came after it (benchmarks.dating: the development sets unchanged)."""
    if episode.until is None:
        return False
    return any(timex.begin is not None and timex.begin >= episode.until
               and not _BEFORE.match(doc.text, at)
               for at, timex in _happenings_named(doc, sentence, _happening_at(doc.lex),
                                                  mentioned))


# 'before the vote' places nothing after the vote
_BEFORE = re.compile(r"before\b", re.I)


def _last_main_time(doc: Document, dated: list[Event]) -> Event | None:
    """The row of the sentence's last time in its main clause: none in a dependent clause
    or opening one ('about four hours after the slope collapsed'); 'The day before,' opens
    none, a comma or a stop right after it."""
    text, opener = doc.text, doc.lex.pattern("dependent_opener_bare")
    main = [e for e in dated if not in_dependent(doc.lex, text, e.sentence, e.timex)
            and not (opener.search(text, e.timex.phrase_start, e.timex.phrase_end)
                     and not _PUNCTUATION.match(text, e.timex.phrase_end))]
    return max(main, key=lambda e: e.timex.phrase_start, default=None)


# A comma or stop right after a time ('The day before, I had taken a day off').
_PUNCTUATION = re.compile(r"\s*+[,.;:]")


def _recent_happening(doc: Document, dated: list[Event]) -> Event | None:
    """The sentence's last time when it dates a past happening in its main clause by a day
    or less before publication, not in a quotation ('Firefighter Marcus Bell died on Sunday
    when a burning tree fell on his engine'), else None: the harm a next sentence tallies
    was that happening's (_harm_tallied). A time still running at publication after it
    tells what the happening led to, not when it struck ('A fire destroyed a grain elevator
    overnight, forcing the closure of the highway for most of Friday. No one was
    injured.'): the time before it is the happening's. Beside a saying's time, or none,
    the last time of the words said is ('Police said today they were searching for men
    who robbed a pawnshop this morning. Nobody was hurt.')."""
    published = doc.article.published
    done = [e for e in dated if e.timex.until is None or e.timex.until <= published]
    event = _last_main_time(doc, done)
    said = doc.saying_outside(dated[0].sentence) if dated else None
    if (event is None or event.kind == "statement") and said is not None:
        event = max((e for e in done if e.timex.phrase_start > said.end()),
                    key=lambda e: e.timex.phrase_start, default=None)
    if event is None:
        return None
    timex = event.timex
    if (event.kind in ("plan", "forecast", "statement") or timex.type not in ("DATE", "TIME")
            or timex.begin is None or timex.until is None
            or timex.until > doc.article.published
            or timex.until - timex.begin > timedelta(days=1)):
        return None
    return None if doc.in_quote(timex.phrase_start) or is_baseline(doc, timex) else event


def _harm_tallied(doc: Document, sentence: Span, row: Event, harming: Event | None,
                  lead: int) -> Event:
    """The row of a past sentence without a time of its own that tallies the harm of a
    happening (table harm_tally: 'Two other firefighters were treated for minor injuries'
    after 'Firefighter Marcus Bell died on Sunday when a burning tree fell on his engine',
    the story at Monday's progress), at the time of the happening the sentence before it,
    in its paragraph, dated (``harming``) when that time lies before the row's: the people
    were hurt then, not at the later time the story tells from. Not a tally in a quotation,
    nor one that names its own cause after it (table perfect_cause: 'Ten people were
    injured when a bus overturned')."""
    if (harming is None or row.timex.begin is None or harming.timex.until is None
            or harming.timex.begin is None or harming.timex.until > row.timex.begin
            or not _tallies_harm(doc, Span(lead, sentence.end), harming)):
        return row
    return replace(row, timex=harming.timex, time_text=None)


def _short_tally(doc: Document, sentence: Span, harming: Event) -> bool:
    """Whether a sentence too short to get a row of its own (MIN_WORDS) tallies the harm
    of the happening the sentence before it dated ('A large piece broke off the iceberg at
    7:15 p.m. on Tuesday. Nobody was hurt.'): the news's stock line after an accident,
    a fire or a raid says that no one was harmed then, so it is that happening's
    (_harm_tallied); a negation tells no happening elsewhere ('None did.')."""
    return (_words(doc.text[sentence.start : sentence.end]) < MIN_WORDS
            and harming.timex.begin is not None
            and _tallies_harm(doc, sentence, harming))


def _tallies_harm(doc: Document, words: Span, harming: Event) -> bool:
    """Whether past words without a time of their own, in the paragraph of the happening
    ``harming`` dated, tally the harm it did (table harm_tally). Not when a time of the
    paragraph before the happening's sentence lies after it (a step back), nor a tally in
    a quotation, nor one that names its own cause after it (table perfect_cause: 'Ten
    people were injured when a bus overturned')."""
    paragraph = doc.paragraph_at(words.start)
    if (paragraph is None or doc.paragraph_at(harming.sentence.start) != paragraph
            or harming.timex.begin is None or _tense(doc, words) != PAST):
        return False
    if any(t.begin is not None and t.begin > harming.timex.begin
           and t.phrase_start < harming.sentence.start for t in doc.timexes_in(paragraph)):
        return False  # background that steps back: 'The club had reopened on Friday'
    lex, text = doc.lex, doc.text
    tally = lex.pattern("harm_tally").search(text, words.start, words.end)
    return not (tally is None or doc.in_quote(tally.start())
                or lex.pattern("perfect_cause").search(text, tally.end(), words.end))


def _quoted_past(doc: Document, dated: list[Event]) -> Event | None:
    """The sentence's last past time when it stands in a quotation and dates a day or less
    ('"Yesterday the wind gave us maybe 20 minutes of calm. We used every one of them."'):
    the quotation's past sentences after it with no time of their own go on at it, as a
    time in a quotation does not move the story (benchmarks.dating: news-dating-2 88.7 ->
    88.9). A time still ahead beside it dates what the speaker expected, not what they
    recount ('"At ten o'clock last night I thought we would be on strike again on
    Monday," ... "Then the ministry moved on class sizes"': last night; benchmarks.dating:
    news-dating-6 377 -> 379, the other sets unchanged)."""
    past = [e for e in dated if e.timex.until is not None
            and e.timex.until <= doc.article.published]
    if not past:
        return None
    event = max(past, key=lambda e: e.timex.phrase_start)
    timex = event.timex
    if not doc.in_quote(timex.phrase_start) or timex.type not in ("DATE", "TIME"):
        return None
    if timex.begin is None or timex.until is None or timex.until - timex.begin > timedelta(days=1):
        return None
    return event


def _new_times(made: list[Event], taken: list[Timex]) -> list[Event]:
    """The rows of a sentence that put it at a time none of its rows lies within: a saying
    at publication beside "rose to 27 on Wednesday, officials said" (published on
    Wednesday) or beside "oil wells now may have been set afire, officials say", a second
    saying on the same day, the story's Thursday beside "Thursday's ruling" would show the
    reader the sentence at the same time twice, once less precisely (benchmarks.dating:
    rows per sentence TimeBank 1.199 -> 1.172, AQUAINT 1.183 -> 1.144, news-dating 1.377
    -> 1.351, news-dating-2 1.574 -> 1.514; no event dated right is lost: wherever a
    dropped row lies inside an event's date, so does the row it holds)."""
    out = []
    for event in made:
        if not any(_holds(event.timex, time) for time in taken):
            taken.append(event.timex)
            out.append(event)
    return out


def _goes_on(doc: Document, told: Event, sentence: Span, dated: list[Event]) -> bool:
    """Whether a saying may go on the statement the story dated (``told``): told in the
    same paragraph or the one before (further on, a new speaker's words are more often
    from another occasion), and no time of a day or less in the sentence already holds
    it ('The Herald asked police how many ... tonight': tonight covers the saying)."""
    if doc.paragraphs_apart(told.timex.phrase_start, sentence.start) > 1:
        return False
    return not any(e.timex.begin is not None and e.timex.until is not None
                   and e.timex.until - e.timex.begin <= timedelta(days=1)
                   and _holds(e.timex, told.timex) for e in dated)


def _holds(outer: Timex, inner: Timex) -> bool:
    """Whether one time's interval lies within another's."""
    if outer.begin is None or outer.until is None or inner.begin is None or inner.until is None:
        return False
    return outer.begin <= inner.begin and inner.until <= outer.until


def _inferred(
    doc: Document, sentence: Span, story: StoryTime, mentioned: dict[str, Event], lead: int,
    subject: Event | None = None, episode: Event | None = None, dated: list[Event] | None = None,
    scene: Event | None = None,
) -> Event:
    """The row of a sentence without a time of its own; its main clause starts at ``lead``
    (after 'Three years after the merger,'). A past clause whose subject opens with a
    possessive time (``subject``: "Last year's monsoon killed 400") took place then. A
    quotation's own sentence that recounts in the past, no saying outside it and no state
    ('"Both sides gave ground."' after the union leader 'told reporters'), tells a
    happening: it looks back to the story's last happening (the 3:40 a.m. deal), not to
    the last saying's time (benchmarks.dating: news-dating-7 351 -> 352, the other sets
    unchanged; 9 rows of the development sets move). A past sentence goes on in the
    episode a step back told unless the narrator attributes it ('The mayor said the town had
    been lucky' after a flood of 1998 is said now); a verb of saying inside the quoted
    words is the speaker's own recount ('"A woman rang at half past three. So I said it on
    air."'), which goes on in it (benchmarks.dating: news-dating-16 506 -> 507, the other
    sets unchanged; two rows of the development sets move)."""
    main = Span(lead, sentence.end)
    vague = _vague_timex(doc, sentence)
    if vague is not None:
        return _event(doc, sentence, vague, VAGUE_DURATION, None, lead)
    happening = subject_happening(doc, main, mentioned)
    if happening is not None:
        return _event(doc, sentence, happening.timex, INHERITED_SAME_PARAGRAPH, None, lead)
    since = _since_happening(doc, sentence, main, mentioned)
    if since is not None:  # 'Since the draw, 40 people have come': from the draw's day
        return _event(doc, sentence, since, INHERITED_EARLIER_PARAGRAPH, None, lead)
    tense = _tense(doc, main)
    if tense == PRESENT and _past_aside(doc, main):
        tense = PAST
    if scene is not None and goes_on(doc, scene, tense):
        return _event(doc, sentence, scene.timex, INHERITED_SAME_PARAGRAPH, None, lead)
    if _session_today(doc, main, tense) or _session_goes_on(doc, sentence, main, tense):
        return _event(doc, sentence, _publication_day(doc, sentence), NO_TIME_IN_STORY, "",
                      lead)  # 'They slipped 0.5% in early trading': today's session
    period = figure_period(doc, sentence, main) if tense == PAST else None
    if period is not None:  # 'Sales rose 2.9%' after third-quarter results: the quarter's
        return _event(doc, sentence, period, INHERITED_SAME_PARAGRAPH, None, lead)
    if subject is not None and tense == PAST:
        return _event(doc, sentence, subject.timex, INHERITED_SAME_PARAGRAPH, None, lead)
    answer = _answered_at(doc, sentence, tense, dated or [])
    if answer is not None:  # 'Your first big crossing failed.' / 'Foveaux Strait, 14 March 1987.'
        return _event(doc, sentence, answer, INHERITED_SAME_PARAGRAPH, None, lead)
    if episode is not None and tense == PAST and doc.saying_outside(sentence) is None and not (
            _recent_day(doc, episode.timex) and _retells_story(doc, story, main)) and not (
            _at_later_happening(doc, sentence, episode.timex, mentioned)):
        return _event(doc, sentence, episode.timex, INHERITED_SAME_PARAGRAPH, None, lead)
    told = story.in_headline(sentence.start) and (not _follows_up(doc, sentence)
                                                  or _lead_repeats(doc, sentence))
    retold = _lead_retold_at(doc, sentence, dated or [], story) if told else None
    if retold is not None:  # 'Candidate wins election' over '... won Sunday's election'
        return _event(doc, sentence, retold, INHERITED_EARLIER_PARAGRAPH, None, lead)
    named = _headline_named_time(doc, sentence, dated or []) if told else None
    if named is not None:  # 'The day the gates closed': 5 December 1921
        return _event(doc, sentence, named, INHERITED_EARLIER_PARAGRAPH, None, lead)
    reported = headline_period(doc, sentence) if told else None
    if reported is not None:  # 'Swiss bank returns to profit': the second quarter's
        return _event(doc, sentence, reported, INHERITED_EARLIER_PARAGRAPH, None, lead)
    narrated = _kind(doc, sentence, at_offset(lead)) != "statement"
    verb = None if narrated or tense != PAST else doc.lex.reporting.search(
        doc.text, main.start, main.end)
    followed = _said_after(doc, sentence, verb, mentioned) if verb else None
    if followed is not None:  # 'told reporters after the ceremony': the ceremony's time
        return _event(doc, sentence, followed, INHERITED_EARLIER_PARAGRAPH, None, lead)
    recount = (not narrated and tense == PAST and doc.in_quote(_first_word(doc, sentence))
               and doc.saying_outside(sentence) is None and not _state(doc, main)
               and main_tense(doc.lex, doc.text, main) == PAST)
    last = story.at(sentence.start, narrated or recount) if tense == PAST or told else None
    if (last is not None and verb is not None and not recount
            and story.saying_at(sentence.start) is None and _lead_ongoing(doc)):
        last = None  # 'Detectives are appealing for witnesses ...': its sayings are today's
    perfect = narrated and tense == PRESENT and _present_perfect(doc, main)
    if perfect or (narrated and tense == PRESENT and _progressive_dispatch(doc, sentence, main)):
        first = story.at(sentence.start, narrated)
        if first is not None and first.sentence.start > sentence.start and (
                perfect or _announced(doc, first)):
            last = first
    elif narrated and tense == PRESENT and _opens_body(doc, sentence):
        first = story.at(sentence.start, narrated)
        if first is not None and _perfect_retold(doc, main, first):
            last = first  # 'has won the grand prize', then 'were named the winners on Sunday'
    if last is None and not narrated and tense == PAST and _opens_body(doc, sentence):
        last = _news_day(doc, story.at(sentence.start, True))  # the lead's words, dated next
    expecting = doc.lex.pattern("expecting_present").search(doc.text, main.start, main.end)
    ahead = story.ahead_at(sentence.start) if tense == FUTURE and not expecting else None
    if ahead is not None:
        return _event(doc, sentence, ahead.timex, INHERITED_SAME_PARAGRAPH, None, lead)
    if told and story.plan is not None and _tells_plan(doc, main):
        row = _event(doc, sentence, story.plan.timex, INHERITED_EARLIER_PARAGRAPH, None, lead)
        return replace(row, kind="plan")  # 'Skylark Airways to drop 14 routes': November
    if last is not None and _before_section(doc, last.timex, sentence):
        last = None  # 'Day 2, Sunday: It rained all morning': the section's day
    held = _heading_day(doc, sentence, last) if tense == PAST else None
    if held is not None:  # 'Saturday' over 'It arrived a day early.': that Saturday's
        held = _under_heading(held, sentence, dated or [])
        return _event(doc, sentence, held, INHERITED_EARLIER_PARAGRAPH, None, lead)
    heading = _heading_clock(doc, sentence) if last is None else None
    if heading is not None:  # '4:50 a.m.' over 'Rain begins to fall': the entry's clock
        return _event(doc, sentence, heading, INHERITED_SAME_PARAGRAPH, None, lead)
    if last is None:
        confidence = SAID_AT_PUBLICATION if tense and tense != PAST else NO_TIME_IN_STORY
        return _event(doc, sentence, _publication_day(doc, sentence), confidence, "", lead)
    same = doc.paragraph_at(last.timex.phrase_start) == doc.paragraph_at(sentence.start)
    confidence = INHERITED_SAME_PARAGRAPH if same else INHERITED_EARLIER_PARAGRAPH
    return _event(doc, sentence, last.timex, confidence, None, lead)


def _answered_at(doc: Document, sentence: Span, tense: str, dated: list[Event]) -> Timex | None:
    """The time of the answer to an interview's question in the past, a paragraph of its
    own ('Your first big crossing failed.', 'When did you leave Kabul?'), when the answer
    opens on a fragment with no verb that names a time and goes on in its paragraph
    ('Foveaux Strait, 14 March 1987. I got in at Bluff ...'): the answer dates what the
    question asked about, not the episode the answer before it told. Not a heading or an
    entry's stamp ('21:32' over a live page's entry), which dates a posting."""
    paragraph = doc.paragraph_at(sentence.start)
    if (tense != PAST or paragraph is None or doc.in_stamp(sentence.start)
            or doc.text[paragraph.start : sentence.start].strip()
            or doc.text[sentence.end : paragraph.end].strip()):
        return None
    at = bisect_left(doc.sentences, paragraph.end, key=lambda s: s.start)
    if at == len(doc.sentences):
        return None
    answer = doc.sentences[at]
    following = doc.paragraph_at(answer.start)
    if (following is None or following.start < paragraph.end or doc.in_stamp(answer.start)
            or not doc.text[answer.end : following.end].strip()
            or tense_of(doc.lex, doc.text, answer)):
        return None
    times = [e.timex for e in dated if e.sentence.start == answer.start
             and e.timex.begin is not None and e.timex.type in ("DATE", "TIME")]
    return times[-1] if times else None


def _since_happening(doc: Document, sentence: Span, main: Span,
                     mentioned: dict[str, Event]) -> Timex | None:
    """The time of the happening a sentence without a time of its own opens on by a word
    of happening_since and a definite noun, its main clause a perfect ('Since the draw,
    more than 40 people have come to the lottery office with forged tickets' after 'The
    winning ticket was drawn on May 16'): what it tells runs from that happening, dated
    from it as 'Since May 16, ...' is. Only a happening an earlier sentence dated, begun
    by the publication (benchmarks.dating: news-dating-21 264 -> 265, the other sets
    unchanged)."""
    lex, text = doc.lex, doc.text
    found = _since_opening(lex).match(text, main.start, main.end)
    if found is None or lex.pattern("perfect_auxiliary").search(
            text, found.end(), main.end) is None:
        return None
    happening = named_noun(mentioned, found.group(1).lower())[1]
    if happening is None or happening.sentence.start >= sentence.start:
        return None
    timex = happening.timex
    if (timex.begin is None or timex.type not in ("DATE", "TIME")
            or timex.begin > doc.article.published):
        return None
    return timex


@cache
def _since_opening(lex: Lexicon) -> re.Pattern[str]:
    """A word of happening_since, a definite or possessive determiner, at most two words
    not of another_happening and a noun before a comma, the noun in group 1 ('Since the
    draw,', 'Since his sea rescue,'; not 'Since the next draw,')."""
    words = lex.pattern("happening_since").pattern
    other = lex.pattern("another_happening").pattern
    return re.compile(rf"{words}\s++{_owner(lex).pattern}\s++"
                      rf"(?:(?!{other})[\w'-]++\s++){{0,2}}?(\w+),", re.I)


def _before_section(doc: Document, timex: Timex, sentence: Span) -> bool:
    """Whether a time was told before the stamp of the dated section that holds a
    sentence: the section's happenings are of its own time until it tells one."""
    section = doc.section_at(sentence.start)
    return section is not None and timex.phrase_start < section.stamp[0]


def _heading_day(doc: Document, sentence: Span, last: Event | None) -> Timex | None:
    """The day heading the part of a long read a past sentence lies in (Document.
    day_headings), when the story's time was told before the heading, or none was: the
    part tells of its day until a time of its own moves the story ('Saturday', then 'She
    left at 5:40 a.m. ... It arrived a day early', a month before publication, where the
    story still stood at the intro's 'on the fourth day'). A dated section's stamp after
    the heading holds its own text (_before_section)."""
    heading = doc.day_heading_at(sentence.start)
    if heading is None or (last is not None and last.timex.phrase_start > heading.phrase_start):
        return None
    section = doc.section_at(sentence.start)
    return heading if section is None or section.stamp[0] < heading.phrase_start else None


def _under_heading(heading: Timex, sentence: Span, dated: list[Event]) -> Timex:
    """What a past sentence under a day heading takes: the last time told between the
    heading and it, within the heading's day ('Thursday', then 'At 7:40, two road crew
    members found a crack. They reported it by radio.': 7:40), else the heading's day."""
    if heading.begin is None or heading.until is None:
        return heading
    told = [e.timex for e in dated
            if heading.phrase_end <= e.timex.phrase_start < sentence.start
            and e.timex.begin is not None and e.timex.until is not None
            and heading.begin <= e.timex.begin and e.timex.until <= heading.until]
    return max(told, key=lambda t: t.phrase_start, default=heading)


def _news_day(doc: Document, told: Event | None) -> Event | None:
    """A happening the paragraph after the lead dates, when its day is news: the
    publication day or the one before ('women marched in Havana on Friday', filed on
    Saturday). An older day tells background that the lead's words come after ('Police
    said they had arrested a man over an attack in a park', then 'The woman was attacked
    on Saturday night', filed on Wednesday: the saying is Wednesday's)."""
    if told is None or told.timex.begin is None:
        return None
    today = doc.publication_midnight
    return told if told.timex.begin >= today - NEWS_AGE else None


def _opens_body(doc: Document, sentence: Span) -> bool:
    """Whether a sentence is the lead under a headline (or a dateline standing alone), the
    first of four words or more after it: undated words there tell the news, whose day
    the next paragraph gives as a narrated lead's ('HAVANA (AP) -- The grandmother of
    Elian Gonzalez said she is willing to go to Miami', then '... marched on Friday'), not
    a wire item's 'the company said', the day's (benchmarks.dating: AQUAINT 935 -> 938,
    the other sets unchanged)."""
    headline = doc.headline
    if headline is None or sentence.start < headline.end:
        return False
    # from the headline's end (a date line under it is no lead) up to the sentence, not
    # over the article for each sentence
    sentences, top = doc.sentences, headline.end if doc.date_line is None else doc.date_line.end
    for index in range(bisect_left(sentences, top, key=lambda s: s.start), len(sentences)):
        first = sentences[index]
        if first.start > sentence.start:
            return False
        if _words(doc.text[first.start : first.end]) >= MIN_WORDS:
            return first == sentence
    return False


def _present_perfect(doc: Document, main: Span) -> bool:
    """Whether a clause's first finite verb is a present perfect of the outcome of a past
    happening it names after it (events.toml perfect_cause: 'At least 14 people have died
    after a landslide buried part of a mountain village'). Before the story's first time,
    which the next sentences tell ('The hillside ... gave way at about 4:30 a.m.
    Wednesday'), it tells that happening, as a past lead would, not a state at
    publication; a present perfect alone is the news of the day ('A court has issued an
    arrest warrant for Arroyo' before what happened on Tuesday)."""
    lex, text = doc.lex, doc.text
    participle = _perfect_participle(doc, main)
    if participle is None:
        return False
    cause = lex.pattern("perfect_cause").search(text, participle.start, main.end)
    return cause is not None and tense_of(lex, text, Span(cause.end(), main.end)) == PAST


def _perfect_participle(doc: Document, main: Span) -> Span | None:
    """The participle of a clause's first finite verb when it is a present perfect ('has
    won', 'have been seized': 'seized'), else None."""
    lex, text = doc.lex, doc.text
    found = lex.pattern("perfect_auxiliary").search(text, main.start, main.end)
    if found is None or tense_of(lex, text, Span(main.start, found.start())):
        return None
    verb = _ADVERB.match(text, found.end(), main.end)
    at = verb.end() if verb else found.end()
    found = next((m for words in (past_verbs(lex), lex.pattern("participle"))
                  if (m := words.match(text, at, main.end)) is not None), None)
    if found is None:
        return None
    participle = Span(found.start(), found.end())
    passive = _WORD_AFTER.match(text, found.end(), main.end)
    if found.group().lower() == "been" and passive is not None and tense_of(
            lex, text, Span(passive.start(1), passive.end())) == PAST:
        return Span(passive.start(1), passive.end())
    return participle


# The word after an offset's spaces: a noun's or a verb's next word, the participle after
# 'been' in a passive present perfect ('have been seized').
_WORD_AFTER = re.compile(r"\s++(\w+)")


def _perfect_retold(doc: Document, main: Span, first: Event) -> bool:
    """Whether the story's first time, told in a later sentence of the lead's paragraph or
    the next, dates a retelling of the happening a lead in the present perfect tells
    without a time ('A girls' choir from Tartu has won the grand prize', then 'The 36
    singers were named the winners late on Sunday evening'): the lead is that happening,
    as a past lead would be (benchmarks.dating: news-dating-22 one event). It retells it
    by the lead's participle ('has died', 'She died on Tuesday'), a word table
    perfect_retold or event_verb gives it ('won': 'winners', 'victory'), or a definite
    subject that is a noun of the lead's words after it ('have seized ivory hidden in a
    shipping container', 'The container was opened on Monday'). Not another happening
    of the story ('A regional court has issued an arrest warrant for Arroyo', then 'On
    Tuesday, the Supreme Court suspended a ban'), which leaves the lead's news at
    publication."""
    lex, text = doc.lex, doc.text
    later = first.sentence
    participle = _perfect_participle(doc, main)
    if (participle is None or later.start <= main.end
            or doc.paragraphs_apart(main.start, later.start) > 1):
        return False
    word = text[participle.start : participle.end].lower()
    nouns = [noun for noun, forms in lex.forms["event_verb"].items() if word in forms]
    related = [word, *lex.forms["perfect_retold"].get(word, ()), *nouns,
               *(f"{noun}s" for noun in nouns)]
    if re.search(rf"\b(?:{'|'.join(map(re.escape, related))})\b", text[later.start : later.end],
                 re.I):
        return True
    subject = _DEFINITE_SUBJECT.match(text, later.start, later.end)
    return subject is not None and re.search(
        rf"\b{re.escape(subject.group(1))}\b", text[participle.end : main.end], re.I
    ) is not None


# A sentence opening on 'The' and a lower-case noun of four letters or more, the noun in
# group 1 ('The container was opened').
_DEFINITE_SUBJECT = re.compile(r"The\s++([a-z]{4,})\b")


def _progressive_dispatch(doc: Document, sentence: Span, main: Span) -> bool:
    """Whether a wire dispatch's lead opens in the present progressive ('DETROIT (AP) --
    Torada Motor Corp. is recalling nearly 410,000 SUVs', then 'The recall, announced
    Tuesday, ...'): the wire's present tells the day's news, told on the day the next
    sentences give it, not at a date-only publication the day after."""
    lex, text = doc.lex, doc.text
    if not opens_dispatch(doc, sentence):
        return False
    found = lex.pattern("progressive_auxiliary").search(text, main.start, main.end)
    if found is None or tense_of(lex, text, Span(main.start, found.start())):
        return False
    return ING_VERB.match(text, found.end(), main.end) is not None


def _lead_ongoing(doc: Document) -> bool:
    """Whether the lead's main clause is in the present progressive ('Detectives are
    appealing for witnesses after a man suffered serious head injuries in an assault ...
    on the night of Saturday 9 March'): the report is told from an activity going on at
    publication, and a saying no time dates ('Detective Inspector Claire Ashworth said:')
    is part of it, not of the last happening told before it (a later arrest 'yesterday')."""
    lex, text = doc.lex, doc.text
    at = 0 if doc.lead is None else bisect_left(doc.sentences, doc.lead.start,
                                                key=lambda s: s.start)
    # past a stamp of its own ('Posted 13 March 2019, 14:30') to the report's first words
    lead = next((s for s in doc.sentences[at : at + 3] if not doc.in_stamp(s.end - 1)), None)
    if doc.lead is None or lead is None:
        return False
    found = lex.pattern("progressive_auxiliary").search(text, lead.start, lead.end)
    if found is None or tense_of(lex, text, Span(lead.start, found.start())):
        return False
    return ING_VERB.match(text, found.end(), lead.end) is not None


def _announced(doc: Document, event: Event) -> bool:
    """Whether a time is told as the day something was said or announced, a verb of
    saying right before it ('The recall, announced Tuesday, covers 2019 models'): the day
    of the news a progressive wire lead tells ('Lumen Motors is recalling 40,000 cars').
    Another time ('French farmers are blocking roads ... The protests began on Monday')
    tells how an activity still going on started: the lead stays at publication."""
    at = event.timex.phrase_start
    said = list(doc.lex.reporting.finditer(doc.text, max(0, at - _SAID_REACH), at))
    return bool(said) and not doc.text[said[-1].end() : at].strip()


# Characters a verb of saying may end before a time it dates ('announced Tuesday').
_SAID_REACH = 24


def _past_aside(doc: Document, main: Span) -> bool:
    """Whether the subject of a clause in the present carries a past participle set off by
    commas ('The order, announced at a news conference at the show, includes options for
    20 more aircraft'): the aside tells the story's happening, so the sentence narrates the
    past and stays at the story time (benchmarks.dating: news-dating-3 88.6 -> 89.3)."""
    text, lex = doc.text, doc.lex
    asides = relative_asides(lex, text, main)
    if not asides or len(text[main.start : asides[0].start].split()) > SUBJECT_WORDS:
        return False
    opener = aside_opener(lex, text, asides[0])
    participle = opener.group("reduced") if opener else None
    if participle is None or participle.split()[0] == "to":  # 'to run until May'
        return False
    # an aside with a time of its own tells another happening, not the story's: 'The
    # reform, approved by the cabinet last month, raises the retirement age'
    return not doc.timexes_in(asides[0])


# Words a subject before its aside may have ('The $1.6 billion order').
SUBJECT_WORDS = 5


def _session_today(doc: Document, main: Span, tense: str) -> bool:
    """Whether a past clause tells of a trading session with no day (session_today: 'They
    fell a further 1.5 percent in early trading'), the publication day's; not in the past
    perfect ('They had risen 2 percent in early trading' goes back within the story)."""
    lex, text = doc.lex, doc.text
    return (tense == PAST and lex.pattern("session_today").search(text, main.start, main.end)
            is not None and not lex.pattern("past_perfect").search(text, main.start, main.end))


def _session_goes_on(doc: Document, sentence: Span, main: Span, tense: str) -> bool:
    """Whether a past move of a figure ('Corvane's shares slipped 2 percent'; table
    figure_verb, not a form of 'be') follows right after a sentence without a time of its
    own that tells today's session ('Tallis shares jumped 41 percent to $31.60 in premarket
    trading'): the market report goes on in that session (benchmarks.dating: news-dating-5
    one event, the other sets unchanged)."""
    lex, text = doc.lex, doc.text
    if tense != PAST or not any(
            not lex.pattern("be").fullmatch(verb.group())
            for verb in lex.pattern("figure_verb").finditer(text, main.start, main.end)):
        return False
    index = bisect_left(doc.sentences, sentence.start, key=lambda s: s.start)
    if not index:
        return False
    before = doc.sentences[index - 1]
    if doc.paragraphs_apart(before.start, sentence.start) > 1:
        return False
    first = bisect_left(doc.timexes, before.start, key=lambda t: t.start)
    if first < len(doc.timexes) and doc.timexes[first].start < before.end:
        return False  # 'They fell 2% in early trading on Monday': a day of its own
    return _session_today(doc, before, PAST)


def _follows_up(doc: Document, headline: Span) -> bool:
    """Whether a headline tells a happening after the lead's by a word of
    headline_follow_up ('Police appeal for witnesses after Leeds stabbing'); not 'since'
    before a comparison's baseline ('Hanazono Motor posts first loss since 2001', 'Shares
    fall to lowest since 2009'), which compares, and the headline tells the lead; nor a
    word the lead's first sentence has too ('Coffee prices soar after frost in Brazil' over
    'Arabica coffee futures rose 9.6 percent on Thursday ..., after frost hit coffee farms
    ... on Tuesday night'): the headline retells the lead's news and its cause
    (benchmarks.dating: news-dating-5 one event, the other sets unchanged); nor a word
    before a period that ends the headline's clause ('Home sales rebound after slow
    winter, but prices flatten'): the period went before the news, which the headline
    tells as the lead does."""
    for word in doc.lex.pattern("headline_follow_up").finditer(doc.text, headline.start,
                                                                headline.end):
        if _period_after(doc.lex).match(doc.text, word.end(), headline.end):
            continue
        after = bisect_left(doc.timexes, word.end(), key=lambda t: t.start)
        timex = doc.timexes[after] if after < len(doc.timexes) else None
        if (timex is None or doc.text[word.end() : timex.start].strip()
                or not is_baseline(doc, timex)) and not _lead_says(doc, word.group()):
            return True
    return False


@cache
def _period_after(lex: Lexicon) -> re.Pattern[str]:
    """Up to two words and a noun of headline_period_noun ('slow winter', 'weak first quarter')
    ending the headline's clause: its end, a comma or a conjunction ('..., but prices
    flatten'); not 'after winter storm', a happening."""
    period = lex.pattern("headline_period_noun").pattern
    return re.compile(rf"\s++(?:[A-Za-z-]++\s++){{0,2}}?{period}\s*+(?:$|[,;:]|(?:but|and|as)\b)",
                      re.I | re.M)


def _lead_says(doc: Document, words: str) -> bool:
    """Whether the lead's first sentence holds the words ('after')."""
    lead = doc.lead_sentence
    found = re.compile(rf"\b{re.escape(words)}\b", re.I)
    return lead is not None and found.search(doc.text, lead.start, lead.end) is not None


def _lead_repeats(doc: Document, headline: Span) -> bool:
    """Whether the lead's first sentence tells the headline's verb in the past ('Kaveri
    Infotech chief executive resigns after accounting review' over '... resigned on
    Tuesday'): the headline is the lead's happening, whatever follows 'after'."""
    return any(True for _ in _lead_pasts(doc, headline))


def _lead_pasts(doc: Document, headline: Span) -> Iterator[tuple[Span, re.Match[str]]]:
    """The lead's first sentence and each past form in it of a present-tense verb of the
    headline: '-ed' ('resigns', 'resigned') or, for a verb that does not take it, the
    form of events.toml headline_past ('wins', 'won'); a plural subject's verb too ('house
    prices fall' over 'fell 0.8 percent in September')."""
    lead = doc.lead_sentence
    if lead is None:
        return
    irregular = doc.lex.forms["headline_past"]
    plural = [(f"{verb}s", verb.rstrip("e"))
              for verb in _PLURAL_PRESENT.findall(doc.text, headline.start, headline.end)]
    singular = [(verb, verb[:-2] if verb.endswith("es") and not verb.endswith("ses")
                 else verb[:-1])
                for verb in _PRESENT_S.findall(doc.text, headline.start, headline.end)]
    for verb, stem in singular + plural:
        pasts = [rf"{stem}e?d", *map(re.escape, irregular.get(verb, ()))]
        pattern = re.compile(rf"\b(?:{'|'.join(pasts)})\b")
        for found in pattern.finditer(doc.text, lead.start, lead.end):
            yield lead, found


def _lead_retold_at(doc: Document, headline: Span, dated: list[Event],
                    story: StoryTime) -> Timex | None:
    """The time that dates the lead's retelling of a headline's verb ('Death toll rises to
    214' over '... killed by the earthquake that struck at 11:52 p.m. Sunday rose to 214
    today': today), a time after the verb before one ahead of it: the headline is that
    happening, not the lead's story time, which a saying may have set ('won Sunday's
    election, the tribunal announced on Monday'); of several, the shortest ('reported a
    net loss for the second quarter on Tuesday': the reporting is Tuesday's, the quarter
    the loss's). Never a comparison's baseline: 'Oil falls to four-year low' over 'fell to
    their lowest level since May 2010 this afternoon' is not May 2010's; nor the age of a
    thing ('has destroyed a 12th-century church', mentions.tells_age). The time is as its
    row in ``dated`` has it: narrowed to the clock a later sentence gives the happening
    ('survived a vote ... on Thursday', then 'when the vote was taken at 9:40 p.m.':
    'Government survives no-confidence vote' is at 9:40 p.m.). A lead's present perfect
    that its sentence's times do not date is dated as the lead's row is (_perfect_led)."""
    rows = {e.timex.phrase_start: e.timex for e in dated}
    for lead, verb in _lead_pasts(doc, headline):
        if story.in_cause(lead, verb.end()):
            continue
        led = _perfect_led(doc, lead, verb.start(), story)
        if led is not None:
            return led
        times = [t for t in doc.timexes if lead.start <= t.phrase_start < lead.end
                 and t.type in ("DATE", "TIME") and t.begin is not None
                 and not is_baseline(doc, t) and not tells_age(doc, t)]
        times.sort(key=lambda t: (t.phrase_start < verb.start(), _length(t)))
        for timex in times:
            if dates_verb(doc, lead, timex, verb.start(), verb.end()):
                return _narrowed(timex, rows.get(timex.phrase_start))
    return None


def _perfect_led(doc: Document, lead: Span, verb: int, story: StoryTime) -> Timex | None:
    """The time of the story's first later happening that retells a lead's present perfect,
    the headline's verb (_perfect_lead_retold), when every time of the lead's first
    sentence dates a clause after it ('Da Nang suspends Dragon Bridge fire show after
    embers hit tour boat' over '... has suspended the fire-and-water show ... after burning
    embers fell onto a tour boat ... on Saturday night', then 'announced the suspension
    yesterday'): the headline is the lead's decision, dated as the lead's row is, not at
    its cause's time nor at the date a directed infinitive gives ('has ordered households
    to use a third less water from October 1')."""
    lex, text = doc.lex, doc.text
    body = doc.after_stamp(lead)
    participle = _perfect_participle(doc, body)
    if participle is None or participle.start != verb:
        return None
    times = [t for t in doc.timexes if lead.start <= t.phrase_start < lead.end
             and t.type in ("DATE", "TIME") and t.begin is not None and not is_baseline(doc, t)]
    if not all(in_relative(lex, text, lead, t) or in_dependent(lex, text, lead, t)
               or _directed(doc, lead, t) for t in times):
        return None
    return _perfect_lead_retold(doc, lead, body, story)


def _headline_named_time(doc: Document, headline: Span, dated: list[Event]) -> Timex | None:
    """The time a headline names by a noun of headline_time_noun before a past clause
    ('The day the gates closed: Calderbrook's women footballers, a century on', 'The night
    the Marlow dam broke: Harlan Falls remembers, 50 years on'): the happening the piece
    looks back on, which the lead or the paragraph after it dates by its first time older
    than the story's week and no longer than the noun's stretch ('A hundred years ago
    today, on 5 December 1921'; '... on Tuesday, Oct. 11, 1955, the earth dam ... gave
    way at 11:40 p.m.': the night's 11:40 p.m., not the whole day), not the publication
    the anniversary is told at (benchmarks.dating: news-dating-13 484 -> 485,
    news-dating-16 476 -> 477, the other sets unchanged)."""
    lex, text = doc.lex, doc.text
    found = _TIME_NOUN.match(text, headline.start, headline.end)
    hours = lex.forms["headline_time_noun"].get(found.group(1).lower()) if found else None
    if found is None or hours is None or doc.lead is None:
        return None
    clause_end = text.find(":", found.end(), headline.end)
    clause = Span(found.end(), headline.end if clause_end < 0 else clause_end)
    if tense_of(lex, text, clause) != PAST:
        return None  # 'The day after', 'The year ahead'
    longest = timedelta(hours=int(hours[0]))
    index = doc.paragraphs.index(doc.lead)
    end = doc.paragraphs[min(index + 1, len(doc.paragraphs) - 1)].end
    old = doc.article.published - STORY_REACH
    return next((t for t in sorted((e.timex for e in dated), key=lambda t: t.phrase_start)
                 if doc.lead.start <= t.phrase_start < end and t.type in ("DATE", "TIME")
                 and t.begin is not None and t.until is not None and t.until < old
                 and t.until - t.begin <= longest), None)


# 'The' and a noun at a headline's start ('The night the Marlow dam broke'), the noun in
# group 1.
_TIME_NOUN = re.compile(r"The\s++(\w+)\b")


def _narrowed(timex: Timex, row: Timex | None) -> Timex:
    """A time as its row has it when the row lies within it (a day narrowed to its clock
    by mentions.day_takes_clock), else the time itself."""
    if (row is None or row.begin is None or row.until is None or timex.begin is None
            or timex.until is None):
        return timex
    return row if timex.begin <= row.begin and row.until <= timex.until else timex


def _length(timex: Timex) -> timedelta:
    """How long a time lasts (a time without an end as if endless)."""
    if timex.begin is None or timex.until is None:
        return timedelta.max
    return timex.until - timex.begin


# A headline's present-tense verb: a lower-case word in -s ('resigns', 'dies').
_PRESENT_S = re.compile(r"\b[a-z]{3,}s\b")
# A plural subject's present verb ('house prices fall', 'shares jump'): a word after one
# in -s that does not end in -s itself
_PLURAL_PRESENT = re.compile(r"(?<=[a-z]s )([a-z]{3,}(?<!s))\b")


def _tells_plan(doc: Document, headline: Span) -> bool:
    """Whether a headline tells a plan: no finite verb, and an infinitive ('Chip maker
    Veltrix to close Dresden plant'; not 'Bus crash leads to 23 deaths'), not one of a
    plural subject's present verb ('Library campaigners vow to fight on after council
    vote': the lead's Wednesday night, not the closure next spring; benchmarks.dating:
    news-dating-16 475 -> 476, the other sets unchanged)."""
    text, lex = doc.text, doc.lex
    if main_tense(lex, text, headline):
        return False
    marker = lex.pattern("headline_plan", case_sensitive=True)
    return any(re.match(r"\s++[a-z]", text[m.end() : headline.end])
               and not _ends_on_plural_verb(lex, text[headline.start : m.end()])
               for m in marker.finditer(text, headline.start, headline.end))


def _ends_on_plural_verb(lex: Lexicon, words: str) -> bool:
    """Whether words before an infinitive's 'to' end on a plural subject's present verb
    ('Library campaigners vow to'): the infinitive is that verb's, whose happening the
    lead dates, not a plan's; unless the verb tells a plan or a forecast itself, in the
    singular or the plural ('Unions plan to', 'Councils set to', 'Talks due to')."""
    verb = words[: -len("to")].rstrip()
    found = next((m for m in _PLURAL_PRESENT.finditer(verb) if m.end() == len(verb)), None)
    if found is None:
        return False
    said = {f"{found.group(1)} to", f"{found.group(1)}s to"}
    return not any(pattern.fullmatch(one) for pattern in (lex.plan, lex.forecast)
                   for one in said)


def _undated_sayings(
    doc: Document, sentence: Span, dated: list[Event], story: StoryTime,
    spoken: dict[str, Timex | None], mentioned: dict[str, Event],
    by_sentence: dict[int, list[Event]],
) -> list[Event]:
    """A row for each verb of saying in a dated sentence that none of its times dates: in
    'X said that Y ... in the second quarter' the quarter dates Y, and X said it at
    publication, the day the copy was filed (the story's time is Y's, which has its row;
    benchmarks.dating: TBAQ 83.9 -> 84.0%, news-dating 82.2 -> 83.3%). When what was said
    is all ahead, a plan or forecast in the past tense ('He said the airline planned to
    list its shares next year'), the saying goes on the statement the story last dated
    and takes its time (story.py) (news-dating-2 86.1 -> 86.9%, news-dating-3 part A 78.1 ->
    80.3%, the others unchanged). So does a past saying whose
    words are backshifted (past, 'would') after a statement the story dated in its own or
    the previous paragraph ('Ruiz told analysts on Tuesday afternoon ... She said the
    company expected to hire 200 workers in April': Tuesday afternoon; _goes_on;
    news-dating-2 86.1 -> 86.7, news-dating-3 part B 83.7 -> 85.3, TimeBank 88.6 -> 88.7).
    A saying of words about a time before the publication day (_reported_until) goes on
    such a statement only when that time is history older than the story's week and the
    statement was dated after it ('The software was removed on December 18, the company
    said' after 'said on Friday'; benchmarks.dating: news-dating-4 85.0 -> 85.6,
    news-dating-5 part B 88.0 -> 88.5). So does any past saying of words about history
    before the story time's year, as without it (_story_after_history: 'Judge Ann Smith
    said the company had ignored warnings in 2021' after 'was fined yesterday'; dating
    unchanged on the ten development sets), and so do such words before a closing
    attribution ('He had climbed to a golden eagle's nest in 2006, the prosecutor said'):
    a time there is the words', not the saying's own occasion as in 'At a 2023 hearing,
    the lawyer said' (news-dating-17 432 -> 433, the other sets unchanged).
    Any other past saying whose words are not in the present goes on the story time too,
    a happening's when no saying has one, as it does in a sentence without a time of its
    own ('Police arrested two men on Tuesday afternoon. A spokesman said the men would
    appear in court' is Tuesday afternoon's; adding 'in April' to the words no longer
    moves the saying to publication; 'The Commission on Wednesday approved the takeover
    ... Veldhoven said it expected to complete the purchase in January': Wednesday;
    benchmarks.dating: news-dating-3 374 -> 377, news-dating-6 369 -> 370, news-dating-9
    381 -> 382, TimeBank 709 -> 708).
    A participle of saying ('..., saying ...') shares its main verb's row. A named
    speaker's past saying with no time of its own goes back to when that speaker last
    spoke, whatever was told between ('Henrik Lund said on a conference call on Tuesday
    ... "This year is the worst our industry has seen," Lund said': Tuesday, not
    publication; 'Brennan said the breach would hurt sales' after another source's
    Saturday: the Friday of her letter), unless what follows the verb is in the present
    ('She said the company is hiring' holds now); ``spoken``, _note_speakers; benchmarks.dating:
    news-dating-5 part B 84.7 -> 85.8, AQUAINT 85.1 -> 85.3, news-dating-2 86.9 -> 87.2,
    news-dating-3 88.3 -> 88.6, the others unchanged); one who has not spoken before and
    whose quotation follows goes on to the time its attribution gives (_told_next). In a
    report led by an activity
    going on (_lead_ongoing: 'Detectives are appealing for witnesses'), a saying no saying
    time dates stays at publication (news-dating-22 +1)."""
    text, lex = doc.text, doc.lex
    out = []
    before_end = _reported_until(doc, dated)
    before = before_end is not None
    for verb in lex.reporting.finditer(text, sentence.start, sentence.end):
        if lex.pattern("dependent_opener").fullmatch(verb.group()):
            continue  # '..., saying they could park': the main verb's time is its time
        if any(dates_verb(doc, sentence, e.timex, verb.start(), verb.end()) for e in dated):
            continue
        if _joined_to_dated_saying(doc, sentence, verb, dated):
            continue
        if _inside_dated_saying(doc, sentence, verb, dated):
            continue
        if _in_dated_time_clause(doc, sentence, verb, dated):
            continue
        clause = clause_of(lex, text, sentence, at_offset(verb.start()))
        now = _says_now(doc, sentence, verb) or _reports_now(doc, sentence, clause, verb)
        past = tense_of(lex, text, Span(verb.start(), verb.end())) == PAST
        # the words said: a quote before the verb, else what follows it
        words = main_tense(lex, text, Span(sentence.start, verb.start())) or tense_of(
            lex, text, Span(verb.end(), sentence.end))
        saying = story.saying_at(verb.start())
        told = saying if past and words in (PAST, MODAL) else None
        goes_on = told is not None and _goes_on(doc, told, sentence, dated)
        ahead = not now and saying is not None
        joined = past and (_joined_to_happening(doc, sentence, verb) or (
            words in (PAST, MODAL) and _speaker_goes_on(doc, sentence, verb, story)))
        # a statement dated after the older history the words report may go on ('said on
        # Friday ... The software was removed on December 18, the company said': Friday);
        # a day of the story's week is news a new saying reacts to, by publication
        after_it = (goes_on and told is not None and told.timex.begin is not None
                    and before_end is not None and told.timex.begin >= before_end
                    and before_end < doc.article.published - STORY_REACH)
        after_it = after_it or (
            _story_after_history(doc, story, verb.start(), before_end)
            and (not tense_of(lex, text, Span(verb.end(), sentence.end))
                 or not any(t.phrase_start < verb.start() and not doc.in_quote(t.phrase_start)
                            for t in doc.timexes_in(sentence))))  # 'At a 2023 hearing, ... said'
        said = story if (not before or after_it) and (
            goes_on or ahead or joined or (past and not now)) and not (
            saying is None and _lead_ongoing(doc)) else None  # 'Detectives are appealing'
        # a quote keeps its speaker's own tense; reported words in the present hold now
        quoted = past and tense_of(lex, text, Span(verb.end(), clause.end)) != PRESENT
        speaker = canonical(doc, source_of(doc, sentence, clause))
        earlier = spoken.get(speaker) if quoted else None
        if earlier is None and past:
            earlier = _said_after(doc, sentence, verb, mentioned)
        if earlier is None and quoted and speaker not in spoken:
            earlier = _told_next(doc, sentence, speaker, by_sentence)
        out.append(_clause_row(doc, sentence, clause, verb.start(), said,
                               "statement", f"saying|{verb.start()}|{verb.end()}", time=earlier))
    return out


def _clock_told_later(doc: Document, sentence: Span, by_sentence: dict[int, list[Event]]
                      ) -> list[Event]:
    """A row for a time clause with no time of its own ('spent nearly four hours among the
    shelves before a hunter shot it') at the time a later sentence gives the same subject
    and past verb ('a licensed hunter shot it at 9:55 a.m.'), when a time of its sentence
    holds it ('early this morning'): news names a happening in its lead and tells its
    clock further down."""
    text, lex = doc.text, doc.lex
    out = []
    for opener in _time_clause(lex).finditer(text, sentence.start, sentence.end):
        if doc.in_quote(opener.start()):
            continue
        end = _CLAUSE_END.search(text, opener.end(), sentence.end)
        clause = Span(opener.end(), end.start() if end else sentence.end)
        verb = verb_at(lex, text, clause)
        if verb is None or tense_of(lex, text, clause) != PAST or doc.timexes_in(clause):
            continue
        subject = _WORD_CHAR_RUN.findall(text, clause.start, verb)
        if not subject or subject[-1].lower() in lex.set("personal_pronoun"):
            continue  # 'before they left': whose leaving a later 'they left' tells is unsure
        said = re.compile(rf"\b({re.escape(subject[-1])})\s++"
                          rf"({re.escape(text[verb:_word_end(text, verb)])})\b", re.I)
        timex = _later_clock(doc, sentence, said, by_sentence)
        if timex is not None and any(_holds(e.timex, timex) and e.timex != timex
                                     for e in by_sentence.get(sentence.start, [])):
            out.append(_clause_row(doc, sentence, clause, verb, None, "occurrence",
                                   f"told-later|{verb}", time=timex))
    return out


def _later_clock(doc: Document, sentence: Span, said: re.Pattern[str],
                 by_sentence: dict[int, list[Event]]) -> Timex | None:
    """The time of the day a later sentence gives the words ``said`` (a subject and its
    past verb) outside quotation marks."""
    first = bisect_left(doc.sentences, sentence.end, key=lambda s: s.start)
    for later in doc.sentences[first:]:
        for found in said.finditer(doc.text, later.start, later.end):
            if doc.in_quote(found.start()):
                continue
            for event in by_sentence.get(later.start, []):
                timex = event.timex
                if (timex.begin is not None and timex.until is not None
                        and timex.until - timex.begin < timedelta(days=1)
                        and timex.begin <= doc.article.published
                        and dates_verb(doc, later, timex, found.start(2), found.end(2))):
                    return timex
    return None


def _word_end(text: str, at: int) -> int:
    """Where the word starting at an offset ends."""
    found = _WORD_CHAR_RUN.match(text, at)
    return found.end() if found else at


@cache
def _time_clause(lex: Lexicon) -> re.Pattern[str]:
    """A word of time_clause_opener and the spaces after it: where a clause that tells when
    opens ('before a hunter shot it')."""
    words = lex.pattern("time_clause_opener").pattern
    return re.compile(rf"{words}\s++", re.I)


# Where a time clause's words end: a mark.
_CLAUSE_END = re.compile(r"[,;:.!?\"\u201c\u201d\u2014]")
_WORD_CHAR_RUN = re.compile(r"[\w'-]+")


def _told_next(doc: Document, sentence: Span, speaker: str,
               by_sentence: dict[int, list[Event]]) -> Timex | None:
    """The time of a named speaker's first saying: the attribution of the quotation that
    follows it in its paragraph, dated by a time of the past or the publication day ('The
    nurse, Denise Kowalczyk, said she heard a noise like thunder shortly before 6 a.m.
    "Yesterday a man from the city told me ... Now they say it has to wait," she told
    reporters at the site this afternoon': this afternoon, not publication). The news
    gives what a witness said first and where and when after the quotation; the search
    ends at the first sentence that opens outside quotation marks."""
    if not speaker or speaker not in doc.known:
        return None
    paragraph = doc.paragraph_at(sentence.start)
    first = bisect_left(doc.sentences, sentence.end, key=lambda s: s.start)
    for following in doc.sentences[first : first + _TOLD_REACH]:
        if paragraph is None or doc.paragraph_at(following.start) != paragraph:
            return None
        for event in by_sentence.get(following.start, []):
            if (event.kind == "statement" and event.source == speaker
                    and event.timex.until is not None
                    and event.timex.begin is not None
                    and event.timex.begin <= doc.article.published
                    and dates_saying(doc, following, event.timex)):
                return event.timex
        if not doc.in_quote(_first_word(doc, following)):
            return None
    return None


# How many sentences after a saying its speaker's quotation and attribution may run on.
_TOLD_REACH = 3


def _said_after(doc: Document, sentence: Span, verb: re.Match[str],
                mentioned: dict[str, Event]) -> Timex | None:
    """The time of the happening a saying followed ('Mayor Karen Ostrowski said after the
    vote', 'told reporters after the ceremony'): a word of saying_after within a few words
    of the verb, then a definite noun the article dates (mentions.happenings), in the past.
    It dates a past saying in a sentence without a time of its own too, in place of the
    story time the story may have moved on from (benchmarks.dating: news-dating-5 93.5 ->
    93.8). The noun refers back: a happening the article dates only later ('a day after
    the announcement' beside Wednesday's shares) is no time of it (news-dating-6 381 ->
    383, the other sets unchanged)."""
    after = _saying_after(doc.lex).match(doc.text, verb.end(), sentence.end)
    happening = mentioned.get(after.group(1).lower()) if after else None
    if (happening is None or happening.timex.begin is None
            or happening.timex.phrase_start > sentence.start):
        return None
    return happening.timex if happening.timex.begin <= doc.article.published else None


@cache
def _saying_after(lex: Lexicon) -> re.Pattern[str]:
    """A word of saying_after, at most three words after a verb of saying ('told
    reporters after'), then 'the' and a noun."""
    words = lex.pattern("saying_after").pattern
    return re.compile(rf"(?:\s++[\w'-]++){{0,3}}?\s++{words}\s++the\s++(\w+)", re.I)


def _joined_to_happening(doc: Document, sentence: Span, verb: re.Match[str]) -> bool:
    """Whether a past saying follows 'and' after a past happening of the same subject with
    no time of its own ('Judge Ellery remanded him in custody and said she would sentence
    him on July 7'): the subject did both at the story's time, as a time of the happening
    would date the saying too (sayings.dates_verb)."""
    lex, text = doc.lex, doc.text
    joint = _and_before(lex).search(text, sentence.start, verb.start())
    if joint is None or lex.reporting.search(text, sentence.start, joint.start()):
        return False
    before = Span(sentence.start, joint.start())
    return not doc.in_quote(sentence.start) and main_tense(lex, text, before) == PAST


def _joined_to_dated_saying(doc: Document, sentence: Span, verb: re.Match[str],
                            dated: list[Event]) -> bool:
    """Whether a saying with no subject of its own follows 'and' after a saying of the
    sentence a time dates ('Choi told parliament on Thursday that the economy was sound and
    urged investors not to panic'): the speaker told and urged on one occasion, the
    first saying's row."""
    if _and_before(doc.lex).search(doc.text, sentence.start, verb.start()) is None:
        return False
    return any(dated_verbs(doc, sentence, dated, until=verb.start()))


def _inside_dated_saying(doc: Document, sentence: Span, verb: re.Match[str],
                         dated: list[Event]) -> bool:
    """Whether a verb of saying stands in what a saying before it, dated by a time,
    reports ('The White House yesterday disclosed that Kuwait's government has formally
    asked the U.S. to ...'): told within those words, no saying at publication."""
    return any(not _ASIDE_MARK.search(doc.text, earlier.end(), verb.start())
               for earlier, _ in dated_verbs(doc, sentence, dated, until=verb.start()))


def _in_dated_time_clause(doc: Document, sentence: Span, verb: re.Match[str],
                          dated: list[Event]) -> bool:
    """Whether a verb of saying stands in a clause that a word of earlier_clause_opener
    ('when', 'after', 'once') opens after a comma behind a main clause a time dates
    ('Kmiecik conceded shortly before midnight, once nearly all of the city's 83 polling
    stations had reported'): the clause tells when the main clause happened, at its time
    or just before, not words of the publication day."""
    text, lex = doc.text, doc.lex
    opener = max(_SUBORDINATE.finditer(text, sentence.start, verb.start()),
                 key=lambda m: m.start(), default=None)  # the last before the verb
    if opener is None or opener.group(1).lower() not in lex.set("earlier_clause_opener"):
        return False
    if _CLAUSE_MARK.search(text, opener.end(), verb.start()):
        return False  # '..., after the vote, the mayor said': the saying's own clause
    return any(e.timex.phrase_end <= opener.start() and not doc.in_quote(e.timex.phrase_start)
               for e in dated)


# A mark that ends a subordinate clause before a verb after it.
_CLAUSE_MARK = re.compile(r"[,;:\"\u201c\u201d\u2014]")


# A comma or other mark between two sayings: the second may be a speaker's own ('asked
# Mexican authorities to join the hunt, federal officials have said').
_ASIDE_MARK = re.compile(r"[,;:()\"\u201c\u201d\u2014-]")


def _speaker_goes_on(doc: Document, sentence: Span, verb: re.Match[str], story: StoryTime) -> bool:
    """Whether a saying opened by a personal pronoun ('He said a report on the collapse
    would be ready by September 15') follows, in the same paragraph, the sentence whose past
    time set the story's ('Secretary Santos ordered the inspection of 340 bridges on
    Wednesday'): the one just named says it on the same occasion."""
    lex, text = doc.lex, doc.text
    subject = text[sentence.start : verb.start()].split()
    if len(subject) != 1 or subject[0].lower() not in lex.set("personal_pronoun"):
        return False
    last = story.at(verb.start())
    if last is None or last.timex.until is None or doc.in_quote(last.timex.phrase_start):
        return False
    before = doc.sentence_at(last.timex.phrase_start)
    day = doc.publication_midnight
    return (before is not None and last.timex.until <= day
            and doc.paragraph_at(before.start) == doc.paragraph_at(sentence.start)
            and not text[before.end : sentence.start].strip())


# 'and' right before a verb, maybe with an adverb ('and later said').
@cache
def _and_before(lex: Lexicon) -> re.Pattern[str]:
    """'and' right before a verb, maybe with an adverb between (table joining_adverb, or
    any word in '-ly'): 'and said', 'and later said'."""
    adverbs = lex.pattern("joining_adverb").pattern
    return re.compile(rf"\s++and\s++(?:(?:{adverbs}|\w+ly)\s++)?$", re.I)


def _reports_now(doc: Document, sentence: Span, clause: Span, verb: re.Match[str]) -> bool:
    """Whether what a saying reports is in the present tense, after it ('said it continues
    to hold') or, when nothing finite follows, before it ('"I really don't see ...," said
    Warren'): it holds at publication, where the saying's row then stands. After it, a
    relative clause set off by commas describes a noun, not what was said ('said her
    client, who has run the café since 2003, had spent much of last summer recovering':
    past; benchmarks.dating: the development sets unchanged, one row moves)."""
    lex, text = doc.lex, doc.text
    after = main_tense(lex, text, Span(verb.end(), clause.end))
    before = "" if after else tense_of(lex, text, Span(sentence.start, verb.start()))
    return (after or before) == PRESENT


def _story_after_history(doc: Document, story: StoryTime, at: int,
                         before_end: datetime | None) -> bool:
    """Whether the times a saying's words report all ended before the year of the story
    time of words at ``at`` ('Judge Ann Smith said the company had ignored warnings in
    2021' after 'was fined ... yesterday'): history that old does not tell when the words
    were said, so the saying goes on the story time as it would without it. A time of the
    story's own year ('had been released on bail on March 1') is news the saying came
    after, by publication."""
    last = story.at(at) if before_end is not None else None
    if (before_end is None or last is None or last.timex.begin is None
            or before_end >= doc.article.published - STORY_REACH):
        return False
    year = last.timex.begin.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    return before_end <= year


def _reported_until(doc: Document, dated: list[Event]) -> datetime | None:
    """The latest end of the sentence's times, not quoted, that lie wholly before the
    publication day ('The company said it was informed Friday'), or None: what was said
    came after them, by publication; a saying of plans and expectations alone ('He said
    the airline planned to list its shares next year') or of a quote's own times
    ('"Orders dropped in December," he told a news conference') belongs to the story's
    statement. Not a stretch longer than the story's week ('had to sell her house earlier
    this year'): it tells no day the words came after."""
    day = doc.publication_midnight
    ends = [e.timex.until for e in dated if e.timex.until is not None
            and e.timex.until <= day and not doc.in_quote(e.timex.phrase_start)
            and not (e.timex.begin is not None and _recent_stretch(doc, e.timex))]
    return max(ends, default=None)


def _recent_stretch(doc: Document, timex: Timex) -> bool:
    """Whether a time lasts longer than the story's week and ends within it ('earlier
    this year' the day before publication)."""
    assert timex.begin is not None and timex.until is not None
    return (timex.until - timex.begin > STORY_REACH
            and timex.until >= doc.article.published - STORY_REACH)


def _undated_expecting(doc: Document, sentence: Span, dated: list[Event]) -> list[Event]:
    """A row at publication for a present-tense verb of expecting or planning in a main
    clause whose times date what is expected ('The deal is expected to close in December',
    'Analysts expect the slump to continue into the fourth quarter'): the expectation
    holds now, as a saying's row stands beside what was said. Not when a time dates the
    verb itself ('On Monday, the company expects ...')."""
    text, lex = doc.text, doc.lex
    asides = relative_asides(lex, text, sentence)
    for verb in lex.pattern("expecting_present").finditer(text, sentence.start, sentence.end):
        if any(a.start < verb.start() < a.end for a in asides) or doc.in_quote(verb.start()):
            continue
        if lex.reporting.search(text, sentence.start, verb.start()):
            continue  # 'said it expects to ...': what was said, the saying has the row
        if _not_expecting(lex).search(text, max(sentence.start, verb.start() - 12),
                                      verb.start()):
            continue  # 'the hopes of', 'who now thinks': a noun, a relative clause
        if _auxiliary_before(doc, "not_finite_before", sentence, verb.start()):
            continue  # 'would expect', 'did not expect': no present expectation
        if any(dates_verb(doc, sentence, e.timex, verb.start(), verb.end())
               and not _TO.search(text, verb.end(), max(verb.end(), e.timex.phrase_start))
               for e in dated):
            continue
        clause = clause_of(lex, text, sentence, at_offset(verb.start()))
        if in_relative(lex, text, sentence, at_offset(verb.start())):
            continue
        planned = lex.plan.search(text, verb.start(), clause.end)
        kind = "plan" if planned else "forecast"  # 'hopes to', 'is scheduled to'; 'expect'
        return [_clause_row(doc, sentence, clause, verb.start(), None, kind,
                            f"expecting|{verb.start()}")]
    return []


_TO = re.compile(r"\bto\b", re.I)
_SINCE = re.compile(r"since\b", re.I)


@cache
def _not_expecting(lex: Lexicon) -> re.Pattern[str]:
    """A word of expecting_not_after ending a stretch, maybe an adverb after it."""
    words = lex.pattern("expecting_not_after").pattern
    return re.compile(rf"{words}\s++(?:\w+ly\s++|now\s++)?$", re.I)


def _reported_before(
    doc: Document, sentence: Span, dated: list[Event], story: StoryTime
) -> list[Event]:
    """A row for what a dated saying reports in the past perfect without a time of its own
    ('The office said early on Tuesday that turnout had reached 61 per cent'), at the
    story's time of happenings when that lies before the saying's. When the story has
    already reached the saying's time ('Divers spent the day examining the pier. An
    engineer told reporters in the evening that the impact had cracked the stone
    facing'), the words go back to the lead's happening, a day or less before the saying
    (the barge's strike late on Tuesday), unless they tell a state or a denial ('had no
    choice', 'had not been warned') (benchmarks.dating: news-dating-19 427 -> 429, the
    other sets unchanged; 5 rows more)."""
    out = []
    for clause, saying in reported_before(doc, sentence, dated):
        last = story.at(clause.start, narrated=True)
        said = saying.timex.begin
        if said is None:
            continue
        if last is None or last.timex.until is None or last.timex.until > said:
            lead = story.moves[0].timex if story.moves else None
            if (lead is not None and lead.until is not None and lead.begin is not None
                    and lead.phrase_start < sentence.start and lead.until <= said
                    and lead.until - lead.begin <= timedelta(days=1)
                    and not _state(doc, clause)
                    and not doc.lex.pattern("negation").search(doc.text, clause.start,
                                                                clause.end)):
                out.append(_clause_row(doc, sentence, clause, clause.start, None,
                                       "occurrence", f"reported|{clause.start}", time=lead))
            continue
        out.append(_clause_row(doc, sentence, clause, clause.start, story, "occurrence",
                               f"reported|{clause.start}"))
    return out


def _reported_happening(
    doc: Document, sentence: Span, dated: list[Event], mentioned: dict[str, Event]
) -> list[Event]:
    """A row for what a dated saying reports in the past of a happening an earlier sentence
    dated on a day before the saying's ('A magnitude 6.3 earthquake struck southern Mexico
    late Wednesday, killing at least four people. ... Díaz said Thursday that three people
    died when their adobe homes collapsed ... and a fourth was killed'): the words retell
    that happening (a noun or verb form of it, mentions.py), which took place at its own
    time, not at the saying's; the story's later time ('at 4:10 a.m. Thursday') is no
    guide ('Conab said on Wednesday that the frost had damaged 12 percent of coffee trees'
    after 'frost hit coffee farms on Tuesday night': Tuesday night; benchmarks.dating:
    news-dating 344 -> 347, news-dating-5 349 -> 350, the other sets unchanged). So do
    words of a saying dated by a day about a happening at a finer time of that day
    ('landed at 9:14 a.m. today ... said in a statement today that the landing was
    "perfect"': 9:14; news-dating-9 363 -> 364, the other sets unchanged)."""
    out = []
    for words, saying in reported_past(doc, sentence, dated):
        assert saying.timex.begin is not None
        day = saying.timex.begin.replace(hour=0, minute=0, second=0, microsecond=0)
        found = (mentioned.get(noun) for noun in named_in(doc, words))
        told = next((e.timex for e in found if e is not None and e.sentence.start < sentence.start
                     and e.timex.begin is not None and e.timex.until is not None
                     and e.timex.until - e.timex.begin <= timedelta(days=1)
                     and (e.timex.until <= day or _finer_within(e.timex, saying.timex))),
                    None)
        if told is not None:
            out.append(_clause_row(doc, sentence, words, words.start, None, "occurrence",
                                   f"retold|{words.start}", time=told))
    return out


def _reported_perfect(
    doc: Document, sentence: Span, dated: list[Event], story: StoryTime
) -> list[Event]:
    """A row for a lead's present perfect that a saying after it reports, its time dating
    only the saying ('Customs officers at the port of Mombasa have seized nearly two
    tonnes of elephant ivory hidden in a shipping container ..., the Kenya Revenue
    Authority said today'), when the story's first time retells it ('The container was
    opened ... on Monday afternoon'; _perfect_retold): the seizure is Monday's, the saying
    today's (benchmarks.dating: news-dating-21 one event; one row more)."""
    if not _opens_body(doc, sentence):
        return []
    text = doc.text
    first = next((e for e, told in zip(story.moves, story.told, strict=True)
                  if not told and e.sentence.start > sentence.start), None)
    if first is None:
        return []
    for verb, saying in dated_verbs(doc, sentence, dated):
        if text[max(verb.end(), saying.timex.phrase_end) : sentence.end].strip(" .,"):
            continue  # 'said today that ...': the words follow the saying
        comma = text.rfind(",", sentence.start, min(verb.start(), saying.timex.phrase_start))
        words = Span(doc.after_stamp(sentence).start, comma)
        if comma > words.start and not doc.timexes_in(words) and _perfect_retold(
                doc, words, first):
            return [_clause_row(doc, sentence, words, words.start, None, "occurrence",
                                f"retold|{words.start}", time=first.timex)]
    return []


def _finer_within(inner: Timex, outer: Timex) -> bool:
    """Whether a time lies within another and is shorter: a clock time of the day a
    saying is dated by."""
    return _holds(outer, inner) and _length(inner) < _length(outer)


def _quoted_part(doc: Document, sentence: Span, dated: list[Event], story: StoryTime,
                 every: list[Event]) -> list[Event]:
    """A row for a quotation in the past tense in the first person before a saying dated
    after the story's time of happenings, on a later day ('"We came here to defend our
    jobs, not to burn the city," union leader Rui Azevedo said on Thursday morning' after
    a march on Wednesday) or later the same day ('"We shut the valves and waited," the
    engineer told reporters this afternoon' after a leak the text timed at 7:10 a.m.;
    benchmarks.dating exact: news-dating-23 +2, -28 +2, the other sets and TBAQ
    unchanged; rows -23 1.4246 -> 1.4277, -28 1.3867 -> 1.3892): the speaker tells their
    own part in the story's happening, at its time, not at the time they spoke. A
    quotation of another's past ('"He taught a whole generation," a saxophonist said in
    a tribute on Wednesday') may tell any time of a life, and keeps the saying's row
    alone (benchmarks.dating: news-dating-4 331 -> 333, the other sets unchanged). So
    does a quotation of what things did, opening on a definite noun, no person's pronoun
    in it and no state ('"The boat started to lean and the cups slid off the table," the
    skipper told Wikinews on Monday'; _things_happened). When the story's time is after
    the saying's day (the lead tells today's arrival, the speaker spoke on Sunday), the
    quotation tells the happening the narration dated just before it (_told_just_before:
    '... The woman was flown out to it that afternoon' then '"The weather gave us a
    window of about three hours and we used it," Ferris told Wikinews by satellite phone
    on Sunday')."""
    out = []
    first = doc.lex.pattern("first_person")
    for words, saying in reported_past(doc, sentence, dated):
        if (words.start != sentence.start or not doc.in_quote(words.start + 1)
                or not (first.search(doc.text, words.start, words.end)
                        or _things_happened(doc, words))):
            continue
        said = saying.timex.begin
        assert said is not None
        day = said.replace(hour=0, minute=0, second=0, microsecond=0)
        last = story.at(words.start, narrated=True)
        if last is not None and last.timex.until is not None and last.timex.until <= said:
            out.append(_clause_row(doc, sentence, words, words.start, story, "occurrence",
                                   f"quoted|{words.start}"))
            continue
        told = _told_just_before(doc, sentence, every, day) if (
            last is not None and last.timex.begin is not None
            and last.timex.begin >= day + timedelta(days=1)) else None
        if told is not None:
            out.append(_clause_row(doc, sentence, words, words.start, None, "occurrence",
                                   f"quoted|{words.start}", time=told))
    return out


def _things_happened(doc: Document, words: Span) -> bool:
    """Whether quoted words in the past tell no person's doings by a pronoun of the third
    person (table third_person: '"He taught a whole generation"' may tell any time of a
    life) nor how things stood (_state: '"The plan was wrong"'; _of_mind: '"Somebody knew
    that could happen"'), whatever they open on ('"The boat started to lean', '"When the
    lamp lit the walls, nobody spoke'); what was going on then is a happening too
    ('"People were screaming and jumping away from the rail"')."""
    return (not doc.lex.pattern("third_person").search(doc.text, words.start, words.end)
            and (not _state(doc, words) or _going_on(doc, words)) and not _of_mind(doc, words))


def _going_on(doc: Document, words: Span) -> bool:
    """Whether words open on 'was' or 'were' and a verb in '-ing' ('People were
    screaming'): what went on at the time told."""
    lex, text = doc.lex, doc.text
    verb = lex.pattern("state_auxiliary").search(text, words.start, words.end)
    if verb is None or verb.group().lower() not in ("was", "were"):
        return False
    after = _WORD_AFTER.match(text, verb.end(), words.end)
    return after is not None and after.group(1).lower().endswith("ing")


def _told_just_before(doc: Document, sentence: Span, dated: list[Event], day: datetime
                      ) -> Timex | None:
    """The time of the last happening the narration dated before a sentence, in its
    paragraph or the one before, outside quotation marks and no saying, a day or less
    ending by ``day``: what a quotation that follows it retells."""
    told = [e.timex for e in dated if e.sentence.end <= sentence.start
            and e.kind != "statement" and not doc.in_quote(e.timex.phrase_start)
            and doc.paragraphs_apart(e.timex.phrase_start, sentence.start) <= 1]
    last = max(told, key=lambda t: t.phrase_start, default=None)
    if (last is None or last.begin is None or last.until is None or last.until > day
            or last.until - last.begin > timedelta(days=1)):
        return None
    return last


def _relative_before(
    doc: Document, sentence: Span, dated: list[Event], story: StoryTime
) -> list[Event]:
    """A row for a past relative clause with no time of its own in the subject of a dated
    saying ('Council member Luis Ferreira, who voted against the plan, said on Wednesday
    that ...'): what the speaker did is the story's, at its time of happenings when that
    lies before the saying's, not the saying's day. A negated one ('who was not involved
    in the study') tells nothing the speaker did, and has no row."""
    text, lex = doc.text, doc.lex
    out = []
    for aside in relative_asides(lex, text, sentence):
        if not re.match(r",\s*+(?:who|which)\b", text[aside.start : aside.end], re.I):
            continue
        if _holds_time(doc, aside, []) or main_tense(lex, text, aside) != PAST:
            continue
        if lex.pattern("negation").search(text, aside.start, aside.end):
            continue  # 'who was not involved in the study': no happening of the speaker's
        saying = next((e for e in dated if e.timex.phrase_start >= aside.end
                       and dates_saying(doc, sentence, e.timex)), None)
        if saying is None or lex.reporting.search(text, aside.start, aside.end):
            continue
        last = story.at(aside.start, narrated=True)
        said = saying.timex.begin
        if last is None or last.timex.until is None or said is None or last.timex.until > said:
            continue
        subject = Span(sentence.start, aside.end - 1)  # 'Luis Ferreira, who voted ...'
        out.append(_clause_row(doc, sentence, subject, sentence.start, story, "occurrence",
                               f"relative|{aside.start}"))
    return out


def _sayer_did(doc: Document, sentence: Span, story: StoryTime, row: Event) -> list[Event]:
    """A row for a past relative clause that ends a sentence after its sayer, in a sentence
    without a time of its own ('"I heard a sound like thunder," said tricycle driver Ramon
    Dizon, who stopped a few metres from the edge.'): what the speaker did is the story's,
    at its time of happenings when that lies before the saying's row, as _relative_before
    for a dated saying (benchmarks.dating: news-dating-4 343 -> 345, the other sets
    unchanged). Not a state ('who was born in the town') nor a present ('who leads the
    group'): no deed of the story's."""
    lex, text = doc.lex, doc.text
    verb = doc.saying_outside(sentence)
    found = _SAYER_RELATIVE.search(text, verb.end(), sentence.end) if verb else None
    if found is None or row.timex.begin is None:
        return []
    clause = Span(found.start(1), sentence.end)
    if main_tense(lex, text, clause) != PAST or _state(doc, Span(found.end(1), sentence.end)):
        return []
    last = story.at(clause.start, narrated=True)
    if last is None or last.timex.until is None or last.timex.until > row.timex.begin:
        return []
    return [_clause_row(doc, sentence, clause, clause.start, None, "occurrence",
                        f"sayer|{clause.start}", time=last.timex)]


# A relative clause on the sayer that runs to the sentence's end: ', who stopped ...'
_SAYER_RELATIVE = re.compile(r",\s*+(who(?:se)?)\b[^,;]*+[.!?]?\s*+$", re.I)


def _undated_clauses(
    doc: Document, sentence: Span, dated: list[Event], story: StoryTime
) -> list[Event]:
    """A row for each main clause of a dated sentence that none of its times dates ('There
    was no confirmation, but O'Donnell has scheduled a news conference Thursday'): at the
    story time when it is in the past tense, else at publication. A clause is main when
    it opens the sentence or follows a semicolon or a cut before 'but' or 'and'; it ends
    at the next cut, or it is left alone when a dash follows (a time between dashes dates
    the clause around them); a relative clause set off by commas is part of it, its time
    dating only itself. A present clause inside quotation marks, with the narrator's verb
    of saying outside them, is the speaker's now: the telling's time, which the saying's
    row holds ('told reporters: "... in February 1998 ..., and I am walking out of this
    one an innocent man"')."""
    text, lex = doc.text, doc.lex
    relative = lex.pattern("relative_opener")
    body = doc.after_stamp(sentence)  # no clause of a section's stamp ('Update, 8pm:'),
    # and the first after it is the stamp's own when it dates it (dated._stamp_lead)
    stamped = body is not sentence and any(doc.in_stamp(e.timex.start) for e in dated)
    found = list(lex.clause_break.finditer(text, body.start, sentence.end))
    ends = [c.start() for c in found[1:]] + [sentence.end] * bool(found)
    cuts = [cut for cut, end in zip(found, ends, strict=True)  # 'Shares of Lumen, which
            if not (relative.match(text, cut.end())  # listed in 2023, rose 4%': one clause
                    and "," in text[cut.end() : end].rstrip(" .,"))]
    main = lex.pattern("main_clause_opener")
    aside = [e.timex for e in dated if in_relative(lex, text, sentence, e.timex)
             or in_dependent(lex, text, sentence, e.timex)
             or _directed(doc, sentence, e.timex)]
    opens = [gerund_start(lex, text, sentence, timex) for timex in aside]
    out = []
    for index, start in enumerate([body.start, *(c.end() for c in cuts)]):
        if index and not (cuts[index - 1].group().startswith(";") or main.match(text, start)):
            continue
        if not index and stamped:
            continue
        after = cuts[index] if index < len(cuts) else None
        if after is not None and after.group().strip() in ("-", "\u2013", "\u2014"):
            continue
        clause = _before_relative(doc, sentence, Span(start, after.start() if after
                                                      else sentence.end), aside)
        own = Span(clause.start, min((o for o in opens  # not the dependent's
                                      if o is not None and clause.start < o < clause.end),
                                     default=clause.end))
        if _subjectless(doc, clause):
            if not _after_past_perfect(doc, sentence, clause, dated):
                continue
            opener = lex.clause_opener.match(text[clause.start : clause.end])
            clause = Span(clause.start + (opener.end() if opener else 0), clause.end)
        if (_holds_time(doc, own, aside + _in_dependents(doc, own, aside))
                and not _past_before_its_times(doc, clause, aside)
                and not _times_in_perfect_complement(doc, own)):
            continue
        if _words(text[clause.start : clause.end]) < MIN_WORDS:
            continue
        if any(lex.reporting.search(text, part.start, part.end)
               for part in outside_asides(doc.lex, doc.text, clause, who=True)):
            continue  # a saying has its row (_undated_sayings)
        tense = main_tense(lex, text, clause)
        if tense not in (PAST, PRESENT, MODAL) or (tense == PAST and story.at(clause.start) is None
                                              and len(aside) < len(dated)):
            continue  # 'X resigned on January 19, 2023, and Y became ...': not at publication
        if tense == PRESENT and doc.in_quote(clause.start) and doc.saying_outside(sentence):
            continue  # the speaker's now, at the telling
        if tense == PRESENT and scene_of(doc, dated) is not None:
            continue  # 'It is 2.10 a.m. on ..., and the studio smells of coffee': the scene's
        retold = _perfect_lead_retold(doc, sentence, clause, story) if (
            tense == PRESENT and not index and len(aside) == len(dated)) else None
        if retold is not None:
            out.append(_clause_row(doc, sentence, clause, clause.start, None, "occurrence",
                                   f"clause|{clause.start}", tuple(aside), time=retold))
            continue
        out.append(_clause_event(doc, sentence, clause, story if tense == PAST else None,
                                 tuple(aside)))
    return out


def _perfect_lead_retold(doc: Document, sentence: Span, clause: Span, story: StoryTime
                         ) -> Timex | None:
    """The time of the story's first later happening when a lead's main clause is a
    present perfect that the times of its sentence do not date, all of them in a clause
    after it ('Da Nang has suspended the fire show on its Dragon Bridge after burning
    embers fell onto a tour boat on Saturday night'), and that happening retells it
    (_perfect_retold: 'The city's culture and sports department announced the suspension
    yesterday'), a saying or not: the decision is that day's, as an undated present perfect
    lead's is, not the cause's nor the publication's."""
    if not _opens_body(doc, sentence):
        return None
    retold = next((e for e in story.moves if e.sentence.start > sentence.start
                   and _perfect_retold(doc, clause, e)), None)
    return None if retold is None else retold.timex


def _directed(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Whether a time dates the infinitive of a verb of directing (in_directed_infinitive)
    and ends after the year before the publication: an older one holds the directing as
    well ('invited her to play at the Newport Folk Festival in 1963'), a recent or a coming
    one dates only what is to be done ('ordered her to report to prison on Aug. 20')."""
    return (timex.until is not None and timex.until > doc.article.published - _RECENT
            and in_directed_infinitive(doc.lex, doc.text, sentence, timex))


_RECENT = timedelta(days=365)


def _after_past_perfect(doc: Document, sentence: Span, clause: Span, dated: list[Event]
                        ) -> bool:
    """Whether a clause sharing the subject before it is in the simple past after times
    that each date a past perfect ('The Centre Party had threatened on Wednesday to vote
    with the opposition, but backed the government after Olsen agreed to the review'):
    the past perfect's time lies before the clause's, which is the story's."""
    text, lex = doc.text, doc.lex
    perfect = lex.pattern("past_perfect")
    before = [e.timex for e in dated if e.timex.phrase_start < clause.start]
    return (bool(before) and len(before) == len(dated)
            and all(perfect.search(text, sentence.start, t.phrase_start) for t in before)
            and not perfect.search(text, clause.start, clause.end)
            and main_tense(lex, text, clause) == PAST)


def _before_relative(doc: Document, sentence: Span, clause: Span, aside: list[Timex]) -> Span:
    """A main clause without the dated relative clause ending it ('The bill was backed by
    the mayor, who said on Monday ...'): the relative's saying is not the main clause's."""
    for timex in aside:
        relative = clause_of(doc.lex, doc.text, sentence, timex)
        comma = doc.text.rfind(",", clause.start, relative.start)
        if (clause.start < comma and relative.end >= clause.end
                and not doc.text[comma + 1 : relative.start].strip()):
            return Span(clause.start, comma)
    return clause


def _times_in_perfect_complement(doc: Document, clause: Span) -> bool:
    """Whether a clause's main verb is in the simple past and all its times stand in a
    'that' clause after it in the past perfect ('Judge Laura Quiroz Salinas ruled that
    the borough had issued the building permit in February 2013'): the past perfect puts
    the complement before the main verb, whose happening the times do not date; the
    clause then has the story's row (benchmarks.dating: news-dating-20 407 -> 408, the
    other sets unchanged; 3 rows more)."""
    lex, text = doc.lex, doc.text
    main = verb_at(lex, text, clause)
    if main is None or main_tense(lex, text, clause) != PAST:
        return False
    that = _THAT_WORD.search(text, main, clause.end)
    had = lex.pattern("past_perfect").search(text, that.end(), clause.end) if that else None
    if that is None or had is None or verb_at(lex, text, Span(main, that.start())) is None:
        return False
    if lex.pattern("past_perfect").search(text, clause.start, that.start()):
        return False  # 'had said that ...': the main verb is itself before
    times = doc.timexes_in(clause)
    return bool(times) and all(t.phrase_start > had.end() for t in times)


_THAT_WORD = re.compile(r"\bthat\b", re.I)


def _past_before_its_times(doc: Document, clause: Span, aside: list[Timex]) -> bool:
    """Whether a past main clause has only times after the publication day ('The man was
    remanded in custody to reappear on July 3', 'The judge set sentencing for June 15'):
    they date what is ahead, and the past happening took place before them."""
    text, lex = doc.text, doc.lex
    if main_tense(lex, text, clause) != PAST or _not_past_verb(doc, clause):
        return False
    end = _publication_day(doc, clause).until
    times = [t for t in doc.timexes_in(clause) if t.start >= clause.start and not _among(t, aside)]
    if any(anchor_of(text, t, lex)[0] == "relative_to_narrative" for t in times):
        return False  # 'was arrested nine days later': counted from the story, the clause's
    return bool(times) and end is not None and all(
        t.begin is not None and t.begin >= end for t in times)


def _not_past_verb(doc: Document, clause: Span) -> bool:
    """Whether a finite verb of another tense stands in a clause, outside its relative
    clauses set off by commas ('importers of used cars would also pay it', 'The Orbit,
    priced at 24,800 yen, goes on sale ... is', 'is scheduled to close Monday'): an -ed
    word read as its past was an adjective or a participle. A verb after 'to' is an
    infinitive, of no tense ('allowed Brisco to remain free on bail')."""
    lex = doc.lex
    verbs = [lex.pattern(name) for name in ("future_verb", "modal_verb", "present_verb")]
    return any(not _INFINITIVE.search(doc.text[max(0, found.start() - 4) : found.start()])
               for verb in verbs for part in outside_asides(doc.lex, doc.text, clause)
               for found in verb.finditer(doc.text, part.start, part.end))


# 'to' right before a verb: an infinitive, no finite verb ('allowed Brisco to remain free
# on bail until then' is in the past).
_INFINITIVE = re.compile(r"(?<![\w-])to\s+$", re.IGNORECASE)


def _in_dependents(doc: Document, clause: Span, aside: list[Timex]) -> list[Timex]:
    """The times without a row of their own in a dependent clause of a clause whose only
    dated times are ``aside`` ('has ordered households to use a third less water from
    October 1, after the three dams fell to their lowest combined level in five years'):
    they date that dependent clause, not the main one. None when another time is left."""
    times = doc.timexes_in(clause)
    if not aside or any(not _among(t, aside) and t.type in ("DATE", "TIME") for t in times):
        return []
    return [t for t in times if not _among(t, aside)
            and in_dependent(doc.lex, doc.text, clause, t)]


def _holds_time(doc: Document, clause: Span, aside: list[Timex]) -> bool:
    """Whether a time expression stands in the clause, dated or not ('after six years'),
    other than one dating a relative clause within it (``aside``) or a noun ('after a
    six year process', 'a June 1 deadline'), which leaves the clause undated."""
    first = bisect_left(doc.timexes, clause.start, key=lambda t: t.start)
    for timex in doc.timexes[first:]:
        if timex.start >= clause.end:
            return False
        if not (_among(timex, aside) or modifies_noun(doc.text, timex)
                or _past_behind_present(doc, clause, timex)):
            return True
    return False


def _past_behind_present(doc: Document, clause: Span, timex: Timex) -> bool:
    """Whether a time before publication follows a past verb or participle that stands
    after a clause's present main verb ('The company faces a lawsuit filed last week',
    'Pol Pot is considered responsible for the deaths ... when the group held power in
    the late 1970s'): it dates that past happening, and the present tells a state at
    publication, which no past time dates. Not a present perfect ('has been shut since
    last week'): its time is its own."""
    lex, text = doc.lex, doc.text
    if (timex.until is None or timex.until > doc.article.published
            or main_tense(lex, text, clause) != PRESENT
            or lex.pattern("perfect_auxiliary").search(text, clause.start, timex.phrase_start)):
        return False
    main = verb_at(lex, text, clause)
    verb = None if main is None else _WORD_AT.match(text, main, timex.phrase_start)
    if verb is None or not verb.group().islower():
        return False  # 'A fishing tug, the Ida May, found': a name, no present
    after = _NEXT_WORD.match(text, verb.end(), timex.phrase_start)
    start = verb.end()
    if after and tense_of(lex, text, Span(after.start(1), after.end())) == PAST:
        start = after.end()  # 'Markets are closed on Monday': the main verb's participle
    return tense_of(lex, text, Span(start, timex.phrase_start)) == PAST


_WORD_AT = re.compile(r"\w+")  # the main verb's word
# The one word after the main verb, for its participle ('are closed'); sayings._VERB_AFTER
# takes two, for a verb told by the word after it.
_NEXT_WORD = re.compile(r"\s++(\w+)")


def _among(timex: Timex, aside: list[Timex]) -> bool:
    """Whether a time is one of ``aside`` or an end of one of its ranges ('who governed
    from 2019 to 2022': nesting.ranges)."""
    return any(a.start <= timex.start and timex.end <= a.end for a in aside)


def _subjectless(doc: Document, clause: Span) -> bool:
    """A clause opening on its verb after its opener ('... on Monday night and instead
    turned the streets into a rave party') shares the subject, and the time, of the
    clause before it."""
    words = doc.lex.clause_opener.sub("", doc.text[clause.start : clause.end]).split(maxsplit=1)
    return bool(words) and bool(tense_of(doc.lex, words[0], Span(0, len(words[0]))))


def _clause_event(
    doc: Document, sentence: Span, clause: Span, story: StoryTime | None,
    aside: tuple[Timex, ...] = (),
) -> Event:
    """The row of an undated main clause: at the story time there when past (``story``),
    else at publication."""
    lex = doc.lex
    kind = nearest({"plan": lex.plan, "forecast": lex.forecast, "status": lex.status},
                   doc.text, clause, clause.start)
    return _clause_row(doc, sentence, clause, clause.start, story, kind,
                       f"clause|{clause.start}", aside)


def _clause_row(
    doc: Document, sentence: Span, clause: Span, at: int, story: StoryTime | None,
    kind: str, key: str, aside: tuple[Timex, ...] = (), time: Timex | None = None,
) -> Event:
    """A row of its own for a clause of a dated sentence (a saying, an undated main
    clause): at ``time`` when given, else at the story time at ``at`` when ``story`` is
    given and has one, else at the clock of the stamp that opens the sentence
    (_stamped_clock), else at publication; titled by the clause without the times
    ``aside``."""
    last = story.at(at, kind != "statement") if story else None
    timex = time if time is not None else last.timex if last else _stamped_clock(doc, sentence)
    source = canonical(doc, source_of(doc, sentence, clause))
    key = f"{doc.article.doc_id}|{key}"
    event = Event(
        event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        doc_id=doc.article.doc_id,
        timex=_publication_day(doc, sentence) if timex is None else timex,
        sentence=sentence,
        title=title_of(doc.text, clause, at_offset(at), doc.lex, aside, sentence),
        actors=with_source(doc, actors_in(doc, clause), source),
        kind=kind,
        source=source,
        time_text="" if timex is None else None,
    )
    confidence = SAID_AT_PUBLICATION if timex is None else INHERITED_SAME_PARAGRAPH
    return _details(doc, event, clause, "inferred", confidence)


def _tense(doc: Document, sentence: Span) -> str:
    """A statement's tense is its first verb of saying's ('he says', 'analysts say', 'no
    one has claimed' are now, whatever they say is about; 'he said the CIA believes' is
    past), one outside quotation marks first ('"I cannot say," the commander said' is
    past), a finite one first ('Police cannot say whether ..., a spokeswoman says' is
    now); any other sentence's is its first finite verb's."""
    text, lex = doc.text, doc.lex
    asides = relative_asides(lex, text, sentence)
    sayings = [
        verb
        for pattern in (lex.reporting, lex.pattern("reporting_present"))
        for verb in pattern.finditer(text, sentence.start, sentence.end)
        if not any(a.start < verb.start() < a.end for a in asides)  # 'The tax, announced'
    ]
    if not sayings:
        return main_tense(lex, text, sentence)
    outside = [verb for verb in sayings if not doc.in_quote(verb.start())]
    ordered = sorted(outside or sayings, key=lambda verb: (verb.start(), -verb.end()))
    finite = [v for v in ordered if not _auxiliary_before(doc, "not_finite_before", sentence,
                                                          v.start())]
    return PRESENT if _says_now(doc, sentence, (finite or ordered)[0]) else PAST


def _says_now(doc: Document, sentence: Span, verb: re.Match[str]) -> bool:
    """A verb of saying in the present ('says', 'analysts say', but not 'declined to say')
    or the present perfect ('has claimed')."""
    if doc.lex.pattern("reporting_present").fullmatch(verb.group()):
        return not _auxiliary_before(doc, "not_finite_before", sentence, verb.start())
    return _auxiliary_before(doc, "perfect_auxiliary", sentence, verb.start())


def _auxiliary_before(doc: Document, words: str, sentence: Span, at: int) -> bool:
    """Whether a word of the list stands right before an offset, 'not' or an adverb in -ly
    between them ('did not say', 'has already claimed')."""
    before = doc.text[max(sentence.start, at - AUXILIARY_REACH) : at]
    auxiliary = doc.lex.pattern(words).pattern
    gap = doc.lex.pattern("auxiliary_gap").pattern
    found = re.search(rf"{auxiliary}(?:\s++(?:{gap}|\w+ly))?\s++$", before, re.I)
    return found is not None


def _vague_timex(doc: Document, sentence: Span) -> Timex | None:
    """A vague duration in the sentence ('PXW'), as an interval from publication. Not one
    in quoted words a verb of saying outside them attributes ('She said her clients would
    file claims "within weeks"'): the sentence tells the saying, at its own time, as the
    narrator's own forecast ('He said the protest could remain for days or even weeks')
    does not (benchmarks.dating: news-dating-15 490 -> 491, the other sets unchanged)."""
    for timex in (t for t in doc.timexes_in(sentence) if t.start >= sentence.start):
        match = re.fullmatch(r"PX([HDWMY])", timex.value)
        if (match and timex.begin is None and _runs_on(doc, sentence, timex)
                and not (doc.in_quote(timex.phrase_start)
                         and doc.saying_outside(sentence) is not None)):
            begin = doc.article.published
            until = begin + _VAGUE_UNITS[match.group(1)]
            return replace(timex, begin=begin, until=until, granularity="duration")
    return None


def _runs_on(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Whether a vague duration runs on from publication ('could last for days'), not up
    to it or in the past: 'hasn't for several years', 'has been shut for weeks' and 'was
    held for days' are dated as their sentence is; so is one opening a past clause
    ('Within months the cottages were empty')."""
    clause = clause_of(doc.lex, doc.text, sentence, timex)
    before = last_tense(doc.lex, doc.text, Span(clause.start, timex.phrase_start))
    if not before:
        before = tense_of(doc.lex, doc.text, Span(timex.phrase_end, clause.end))
    return before != PAST


def _heading_clock(doc: Document, sentence: Span) -> Timex | None:
    """The clock of the stamp that heads a sentence's entry, no time told between them
    ('4:50 a.m.' over 'Rain begins to fall at the weather station', '14:32' over 'Police
    say they have arrested a man', or before it on its line: '23:55 - First result:
    Kingsmead, Liberal Democrat hold', whose day the sections decided): the entry tells
    what came then, as a dateline dates its lead; a time told in the entry moves its
    story on. A stamp with a day tells when a diary's entry was written ('Monday 18
    March, 9pm' over 'Rain. We stayed in the shed all day'), which leaves it that day's
    (_publication_day). The row's time is the clock's words, without the dash or colon
    that ends the stamp ('14:32 -')."""
    section = doc.section_at(sentence.start)
    if section is None or not section.clock:
        return None
    if doc.timexes_in(Span(section.stamp[1], max(sentence.start, section.stamp[1]))):
        return None
    line, end = section.stamp
    told = [t for t in doc.timexes_in(Span(line, end)) if t.type == "TIME"
            and t.begin == section.at]
    if told:
        return told[-1]
    words = doc.text[line:end].rstrip(" \t:-\u2013\u2014")  # '14:32 - ': its clock
    at = section.at
    return Timex(start=line, end=line + len(words), text=words.strip(), type="TIME",
                 value=f"{at:%Y-%m-%dT%H:%M}", begin=at, until=at + timedelta(minutes=1),
                 granularity="minute", phrase_start=line, phrase_end=line + len(words))


def _stamped_clock(doc: Document, sentence: Span) -> Timex | None:
    """The clock of an entry's stamp that opens a dated sentence ('01:15 - Fourteen wards
    are declared together ..., where Cllr Ann Fairley, a councillor since 1991, loses by
    103 votes'): it dates the sentence's clauses no time of theirs dates, as a dateline
    its lead. Not the sentences below a clock alone on its line, whose sayings and
    states beside a time they tell keep their rows at publication (_new_times)."""
    return _heading_clock(doc, sentence) if doc.in_stamp(sentence.start) else None


def _publication_day(doc: Document, sentence: Span) -> Timex:
    """A stand-in time expression for the publication day, spanning the sentence: in a
    dated section of a blog or a live page, its stamp's day (Document.now_at)."""
    published: datetime = doc.now_at(sentence.start)
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


def _short_happening(doc: Document, sentence: Span) -> bool:
    """Whether a sentence of two or three words tells a happening: a subject and a past
    verb of its own ('People cried.', 'I chose "sand".'), as a diary or a feature tells
    one; not a bare auxiliary or copula ('It did not.', 'She was right.') nor a negation
    ('None did.'), which tell no happening to date; nor a verb with no subject before it
    (a heading's 'Injured: 4,877'), nor a line standing as a paragraph of its own (a
    page's 'All rights reserved.')."""
    lex, text = doc.lex, doc.text
    if _words(text[sentence.start : sentence.end]) < 2 or main_tense(lex, text, sentence) != PAST:
        return False
    paragraph = doc.paragraph_at(sentence.start)
    if paragraph is None or not text[paragraph.start : paragraph.end].strip().replace(
            text[sentence.start : sentence.end].strip(), "", 1).strip():
        return False  # a line of its own: a page's 'All rights reserved.', 'Comments closed.'
    verb = verb_at(lex, text, sentence)
    if verb is None or verb <= _first_word(doc, sentence) or ":" in text[sentence.start : verb]:
        return False  # 'Injured: 4,877', 'UNITED NATIONS (AP) _': no subject before it
    return lex.pattern("short_sentence_not_happening").search(
        text, sentence.start, sentence.end) is None


def _opens_entry(doc: Document, sentence: Span) -> bool:
    """Whether a short sentence with no verb opens a dated entry of a diary or a log, right
    after its heading ('Thursday 11 April\n\nSnow. Actual snow, on the 11th of April.',
    'Saturday 22 February - Mike R.\n\nFirst look. Clear from about half seven'): the
    entry's first words name what its day brought, as a headline names a report's
    happening; they are the entry's day's (benchmarks.dating: news-dating-17 +1,
    news-dating-19 +1, four rows of the development sets, each in a sentence that had
    none; not 'Lovely.' inside an entry)."""
    section = doc.section_at(sentence.start)
    if section is None:
        return False
    line_end = doc.text.find("\n", section.stamp[1], sentence.start)  # past ' - Mike R.'
    between = doc.text[section.stamp[1] if line_end < 0 else line_end : sentence.start]
    return (sentence.start >= section.stamp[1] and not between.strip()
            and _words(doc.text[sentence.start : sentence.end]) > 0
            and not tense_of(doc.lex, doc.text, sentence))


def _words(text: str) -> int:
    """The words of a stretch of text: a run of dots or dashes ('. . . .', a rule of
    '----' under a heading) is no word, so it makes no sentence worth a row."""
    return sum(any(c.isalnum() for c in token) for token in text.split())


def _event(
    doc: Document,
    sentence: Span,
    timex: Timex,
    confidence: float,
    time_text: str | None,
    lead: int | None = None,
) -> Event:
    text, lex = doc.text, doc.lex
    first = sentence.start if lead is None else lead
    # an entry's stamp opening its sentence ('23:55 - First result: ...') dates it, as a
    # dateline its lead, and is no part of its clause
    own = timex if sentence.start <= timex.phrase_start < sentence.end and not (
        timex.phrase_start < first and doc.in_stamp(timex.phrase_start)) else at_offset(first)
    clause = clause_of(lex, text, sentence, own)
    clause = Span(max(clause.start, first), clause.end)
    actors = with_pronoun(actors_in(doc, sentence), pronoun_actor(doc, sentence))
    source = canonical(doc, source_of(doc, sentence) or quote_source(doc, sentence))
    kind = _kind(doc, sentence, own)
    key = f"{doc.article.doc_id}|inferred|{sentence.start}"  # one a sentence, whatever its time
    event = Event(
        event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        doc_id=doc.article.doc_id,
        timex=timex,
        sentence=sentence,
        title=title_of(text, clause, own, lex, (), sentence),
        actors=with_source(doc, actors, source),
        kind=kind,
        source=source,
        time_text=time_text,
    )
    return _details(doc, event, sentence, "inferred", confidence)


def _kind(doc: Document, sentence: Span, own: Timex) -> str:
    """A vague duration's sentence is a forecast when a forecast word is in it; otherwise
    the telling words of the whole sentence decide, saying first."""
    lex, text = doc.lex, doc.text
    if own.value.startswith("PX") and lex.forecast.search(text, sentence.start, sentence.end):
        return "forecast"
    asides = relative_asides(lex, text, sentence)
    said = any(
        not any(a.start < verb.start() < a.end for a in asides)
        for verb in lex.reporting.finditer(text, sentence.start, sentence.end)
    )
    if said or quote_source(doc, sentence):
        return "statement"
    if own.value:
        return kind_of(text, sentence, own, lex)
    cues = {"plan": lex.plan, "forecast": lex.forecast, "status": lex.status}
    return nearest(cues, text, sentence, sentence.start)
