"""Story time: the time a news story's narration stands at, sentence by sentence.

The lead fixes it (often "yesterday" or "on Thursday"); a later past-tense sentence
without a time of its own stays at it, whatever its subject, until a new story-level time
moves it. Not every time moves it: a past-perfect background ("had been arrested in
May"), a comparison baseline ("the lowest since 1998", "compared with the close on
Wednesday"), a time long before publication or after it, a time that only modifies a
noun ("a June 1 deadline"), a time of a plan or forecast ("should be ready by 6.30pm"),
any time coarser than a day and a time before the lead's (background: "The man set off
on Sunday" in a story led by "was found on Thursday") date their own clause and leave the
story where it was.
A present-tense state or statement ("he says", "the road is closed") stands at
publication; so does a sentence in the future tense. The headline (a first line without
a full stop) takes the lead's time, in any tense.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import timedelta

from timeline.events.baselines import is_baseline
from timeline.events.clauses import PAST, clause_of, tense_of
from timeline.events.document import Document
from timeline.events.model import Event
from timeline.events.nouns import modifies_noun
from timeline.sentences import Span

# How far before publication a time still moves the story (its "now" is at most a week
# old); older ones are background. benchmarks.dating: 31 days 78.8%, 7 days 79.5%.
STORY_REACH = timedelta(days=7)


class StoryTime:
    """The story-level times of an article, in text order, to look up by offset."""

    def __init__(self, doc: Document, dated: list[Event]) -> None:
        self.doc = doc
        moves = sorted(
            (e for e in dated if self._moves_story(e)), key=lambda e: e.timex.phrase_start
        )
        # the lead's time ('now' is no lead): what lies before it is background
        # (benchmarks.dating: TBAQ 84.2 -> 84.8, news-dating 86.3 -> 87.3)
        lead = next((e.timex.begin for e in moves if e.timex.value != "PRESENT_REF"), None)
        self.moves = [e for e in moves if lead is None or e.timex.begin is None
                      or e.timex.begin >= lead]
        self.starts = [e.timex.phrase_start for e in self.moves]
        self.headline = self._headline()

    def at(self, offset: int) -> Event | None:
        """The story time at an offset: the last story-level time before it; for the
        headline, the lead's."""
        index = bisect_right(self.starts, offset)
        if index:
            return self.moves[index - 1]
        if self.in_headline(offset) and self.moves:
            lead = self.doc.paragraph_at(self.moves[0].timex.phrase_start)
            if lead and lead.start <= self._second_paragraph_end():
                return self.moves[0]
        return None

    def lead_after(self, offset: int) -> Event | None:
        """For a past sentence before the story's first time, that time when it stands in
        the lead's paragraphs ("NAIROBI (AP) _ Terrorist bombings blew apart buildings ...
        The blasts on Friday ..."): the lead tells the story's happening before its day."""
        if self.starts and offset < self.starts[0] <= self._second_paragraph_end():
            return self.moves[0]
        return None

    def in_headline(self, offset: int) -> bool:
        """Whether an offset is in the headline, whose present tense tells the lead's past
        ('Bus crash in southern Peru kills 23')."""
        return self.headline is not None and self.headline.start <= offset < self.headline.end

    def _moves_story(self, event: Event) -> bool:
        doc, timex = self.doc, event.timex
        if timex.type not in ("DATE", "TIME") or timex.begin is None or timex.until is None:
            return False
        if event.kind in ("plan", "forecast") and not self._after_past_verb(event):
            return False
        published = doc.article.published
        if timex.until - timex.begin > timedelta(days=1):
            return False
        if timex.begin > published or timex.until < published - STORY_REACH:
            return False
        if modifies_noun(doc.text, timex) or doc.in_quote(timex.phrase_start):
            return False
        if is_baseline(doc, timex):
            return False
        clause = Span(event.sentence.start, timex.phrase_start)
        return not doc.lex.pattern("past_perfect").search(doc.text, clause.start, clause.end)

    def _after_past_verb(self, event: Event) -> bool:
        """Whether the time follows a past verb of its own ('will stand trial in
        September, a judge ruled on Wednesday') or its clause so far is past ('took part in
        the marathon on Sunday, a week after organisers feared it would be cancelled'): it
        dates that happening, not a plan told beside it."""
        lex, text, timex = self.doc.lex, self.doc.text, event.timex
        before = text[max(0, timex.phrase_start - 24) : timex.phrase_start].split()
        if before and tense_of(lex, before[-1], Span(0, len(before[-1]))) == PAST:
            return True
        clause = clause_of(lex, text, event.sentence, timex)
        so_far = Span(clause.start, timex.phrase_start)
        return tense_of(lex, text, so_far) == PAST and not any(
            words.search(text, so_far.start, so_far.end) for words in (lex.plan, lex.forecast)
        )  # 'which should be ready by 6.30pm' is a plan still

    def _headline(self) -> Span | None:
        paragraphs = self.doc.paragraphs
        if len(paragraphs) < 2:
            return None
        first = paragraphs[0]
        if self.doc.text[first.end - 1] in ".!?\"'\u201d":
            return None
        return first

    def _second_paragraph_end(self) -> int:
        paragraphs = self.doc.paragraphs
        return paragraphs[min(2, len(paragraphs) - 1)].end


def end_earlier(doc: Document, events: list[Event]) -> list[Event]:
    """'Earlier on Monday', 'earlier in the night': earlier than the story's time, so the
    stretch ends at the story time it is read against (its start), or at publication when
    the story time lies outside it, not at the end of the day or night."""
    story = StoryTime(doc, events)
    earlier = doc.lex.pattern("earlier")
    published = doc.article.published
    out = []
    for event in events:
        timex = event.timex
        phrase = doc.text[timex.phrase_start : timex.phrase_end]
        if timex.begin is not None and timex.until is not None and earlier.search(phrase):
            ref = story.at(timex.phrase_start - 1)
            end = None
            if ref is not None and ref.timex.begin and timex.begin < ref.timex.begin < timex.until:
                end = ref.timex.begin
            elif timex.begin < published < timex.until:
                end = published
            if end is not None:
                event = replace(event, timex=replace(timex, until=end))
        out.append(event)
    return out

