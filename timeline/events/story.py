"""Story time: the time a news story's narration stands at, sentence by sentence.

The lead fixes it (often "yesterday" or "on Thursday"); a later past-tense sentence
without a time of its own stays at it, whatever its subject, until a new story-level time
moves it. Not every time moves it: a past-perfect background ("had been arrested in
May"), a comparison baseline ("the lowest since 1998", "compared with the close on
Wednesday"), a time long before publication or after it, a time that only modifies a
noun ("a June 1 deadline"), a time of a plan or forecast ("should be ready by 6.30pm"),
a time a state went on at ("Three ridings remained too close to call on Tuesday
morning": how things stood, no happening the story moves to; table continuing_state),
any time coarser than a day and a time before the lead's (background: "The man set off
on Sunday" in a story led by "was found on Thursday") date their own clause and leave the
story where it was. A bulletin's later story (stories.py: after a wire dateline, or a
paragraph of new names led by an earlier day, "Americans were killed in Kabul over the
weekend") has its own lead and background; after it, an unrelated paragraph goes back to
the first story's lead, and so, after one of new names, does a paragraph naming only what
the first story named.
A present-tense state or statement ("he says", "the road is closed") stands at
publication; so does a sentence in the future tense, unless a time still ahead was told
in its paragraph or the one before ("would close its mill in June. About 400 workers will
lose their jobs": June; not an expectation, which holds now; nor a time that only names a
noun, "the 11 p.m. alarm", no plan's). The headline (a first line
without a full stop) takes the lead's time, in any tense; one that tells a plan ("Veltrix
to close Dresden plant") takes the lead's first time still ahead ("in June 2013").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache

from timeline.events.baselines import is_baseline
from timeline.events.clauses import FUTURE, PAST, PRESENT, clause_of, outside_asides, tense_of
from timeline.events.document import Document
from timeline.events.lexicon import Lexicon
from timeline.events.model import Event
from timeline.events.nesting import is_stretch
from timeline.events.nouns import modifies_noun
from timeline.events.relational import unplaced
from timeline.events.sayings import dates_saying
from timeline.events.stories import opening_of, openings
from timeline.sentences import Span
from timeline.temporal import Timex

# How far before publication a time still moves the story (its "now" is at most a week
# old); older ones are background. benchmarks.dating: 31 days 78.8%, 7 days 79.5%.
STORY_REACH = timedelta(days=7)
# The shortest part of a day ('this morning', 'in the evening') that narrows a saying's
# day for the words after it; a clock time or a 'now' is no part of a day.
PART_OF_DAY = timedelta(hours=1)
# A participle in -ed ('closed'): how a lead tells its outcome ahead ('will remain closed').
_PARTICIPLE = re.compile(r"\b[A-Za-z]{3,}ed\b")


class StoryTime:
    """The story-level times of an article, in text order, to look up by offset."""

    def __init__(self, doc: Document, dated: list[Event]) -> None:
        self.doc = doc
        moves = sorted(
            (e for e in dated if self._moves_story(e)), key=lambda e: e.timex.phrase_start
        )
        self.openings = openings(doc)
        # where a story told apart ends, and the first story's lead the story time goes
        # back to there, until a time of its own; at a dateline, no story time until the
        # dispatch's own
        self.resumed: list[tuple[int, Event | None]] = []
        self.history: set[int] = set()  # the moves of a history's old days (_with_history)
        said = {id(e): dates_saying(doc, e.sentence, e.timex) for e in moves}
        self.moves = self._with_history(dated, self._kept(moves, said), said)
        self.told = [said[id(e)] for e in self.moves]
        self._told = {id(e): said[id(e)] for e in reversed(self.moves)}  # first one wins
        self.starts = [e.timex.phrase_start for e in self.moves]
        self._last = self._last_of_each()
        self._overtaken, self._by_scene = self._overtaking()
        self.headline = doc.headline
        self.plan = self._lead_plan(dated)
        latest = _latest(doc)
        self.ahead = sorted((e for e in dated if e.timex.begin is not None
                             and e.timex.begin >= latest and e.timex.type in ("DATE", "TIME")
                             and not modifies_noun(doc.text, e.timex)),
                            key=lambda e: e.timex.phrase_start)
        self.ahead_starts = [e.timex.phrase_start for e in self.ahead]

    def moved_by(self, event: Event) -> bool:
        """Whether the event's time moves the story (by identity: a long article has
        thousands of events, and comparing them field by field made it quadratic)."""
        return id(event) in self._told

    def _kept(self, moves: list[Event], said: dict[int, bool]) -> list[Event]:
        """The times that move the story, story by story: what lies before a story's lead
        is background (the lead's time, 'now' being no lead; benchmarks.dating: TBAQ 84.2
        -> 84.8, news-dating 86.3 -> 87.3). Nor is a saying's time while a happening of
        its story has one ('Rescuers pulled 14 miners out over the weekend, the company
        said on Sunday evening. The last was brought up on Saturday.'; news-dating-2
        80.3 -> 81.2). A saying in a part of the day that holds the lead's time ('said on
        a call with journalists this morning' after figures 'published at 7 a.m.') is no
        background, though it begins before it. A story opens at a dateline, or at a
        paragraph of new names led by a day before the running lead's (stories.py); a
        story told apart by its names ends at a paragraph that names only what came before
        it (Opening.back), which goes back to the first story's lead, as an unrelated
        paragraph does."""
        by_opening: dict[int, list[Event]] = {}
        for e in moves:
            by_opening.setdefault(opening_of(self.openings, e.timex.phrase_start), []).append(e)
        kept: list[Event] = []
        lead = first_lead = None
        apart = False  # the running story is a bulletin's later one, told apart
        named = False  # told apart by its names, not a dateline
        for index, opening in enumerate(self.openings):
            told = by_opening.get(index, [])
            timed = [e for e in told
                     if e.timex.value != "PRESENT_REF" and not self._told_from_story(e)]
            first = next((e for e in timed if not said[id(e)]), timed[0] if timed else None)
            if opening.back:
                if apart and named:  # names of the first story alone: back to it
                    lead, apart = first_lead, False
                    self.resumed.append((opening.start, first_lead))
            elif first_lead is None:
                lead = first_lead = first
            elif opening.dateline or (
                first is not None and lead is not None
                and _day_before(first.timex, lead.timex) and self._led_before(opening.start, lead)
            ):
                lead, apart, named = first, True, not opening.dateline
                if opening.dateline:
                    self.resumed.append((opening.start, None))
            elif apart:  # an unrelated paragraph after a story told apart
                lead, apart = first_lead, False
                self.resumed.append((opening.start, first_lead))
            kept += [e for e in told if lead is None or e.timex.begin is None
                     or lead.timex.begin is None or e.timex.begin >= lead.timex.begin
                     or (said[id(e)] and _part_of_day_holding(e.timex, lead.timex))
                     or e.timex.phrase_start < lead.timex.phrase_start]
        return kept

    def _with_history(self, dated: list[Event], kept: list[Event], said: dict[int, bool]
                      ) -> list[Event]:
        """The story times ``kept``; when the first of them is a byline's day ('By Daniel
        Okafor | February 18, 2004'), which tells the filing, no story, also the days long
        before publication that would move the story but for their age, up to the next
        story time within reach (or to the end): a life's or a history's days, whose
        undated past clauses happened then ('On March 14, 1944, an engine caught fire ...
        She put it down in a field near Carlisle, walked four miles to a farmhouse'), not
        on the byline's day. After a story time within reach they are its background, as
        before; a text without a byline's day is left to the episodes of inferred.py."""
        first = next((e.timex.phrase_start for e in kept
                      if not self.doc.in_byline(e.timex.phrase_start)), len(self.doc.text))
        if not kept or kept[0].timex.phrase_start >= first:
            return kept  # no byline's day holds the story at publication
        old = [e for e in dated if e.timex.phrase_start < first and id(e) not in said
               and self._moves_story(e, reach=False)]
        self.history = {id(e) for e in old}
        if not old:
            return kept
        said.update((id(e), dates_saying(self.doc, e.sentence, e.timex)) for e in old)
        return sorted(kept + old, key=lambda e: e.timex.phrase_start)

    def _told_from_story(self, event: Event) -> bool:
        """Whether a time is counted from the story's ('that day', 'the next day'): it
        cannot lead a story, having none yet to count from ('market makers can suffer
        huge losses on trades made that day' in a feature whose news comes later)."""
        timex = event.timex
        return self.doc.lex.pattern("narrative_anchor").search(
            self.doc.text, timex.phrase_start, timex.phrase_end) is not None

    def at(self, offset: int, narrated: bool = False) -> Event | None:
        """The story time at an offset: the last story-level time before it; in a
        paragraph after a story told apart (stories.py), the first story's lead until a
        time of its own; in a story a dateline opens, none before its own time: a
        dispatch of its own is filed at publication, and its sayings before its time stay
        there, as words before the first story's time do ('PARIS (Reuters) - The French
        government said it would raise taxes in January' after a Berlin story's Tuesday:
        publication; benchmarks.dating: unchanged on the 10 development sets); for the
        headline, the lead's. For a happening narrated (``narrated``), the last time of a
        happening; for words, the last saying's: a saying's time ('The electoral office
        said early on Tuesday that turnout had reached 61 per cent') dates later words
        ('It added ...'), not later happenings ('The outgoing mayor lost by 40 votes' was
        Monday's), and a happening's time dates no later words ('He was arrested on Monday
        afternoon. "We are grateful," Tane said' after 'Tane said yesterday'); the last
        time of either when the other has none yet. Words told after a happening later
        than the last saying's time react to news that saying could not know, and take
        that happening's time ('announced yesterday that 68 percent had passed ... This
        morning, pupils queued outside shops ... The opposition also called for an
        audit': this morning; benchmarks.dating: news-dating-9 358 -> 362, TimeBank 708 ->
        709, news-dating-7 345 -> 344). A happening skips a 'now' (PRESENT_REF),
        which tells a present state, not when anything happened ('Lin now plans to pay a
        special dividend' does not date 'Intel eased 1/8' after Friday's trading;
        benchmarks.dating: TimeBank 89.2 -> 89.6, AQUAINT one event fewer). A happening
        before the story's first time, told in a later sentence of its paragraph or the
        next, takes it: the lead may tell its time a sentence later ('The bomb ... was so
        powerful that it shook furniture a mile away. It killed nine people on Monday');
        words there stay at publication, as a wire's undated 'the company said'
        (benchmarks.dating: AQUAINT and news-dating-2 one event each, TimeBank's sayings
        unchanged)."""
        index = bisect_right(self.starts, offset)
        resumed = bisect_right(self.resumed, offset, key=lambda r: r[0])
        if resumed and (not index or self.resumed[resumed - 1][0] > self.starts[index - 1]):
            return self.resumed[resumed - 1][1]
        if index:
            found = self._last[narrated][index - 1]
            later = self._overtaken[index - 1]
            if (found is not None and not narrated and later is not None and later > found
                    and (later not in self._by_scene
                         or self._spoken_in_scene(found, later, offset))):
                return self.moves[later]
            return self.moves[index - 1 if found is None else found]
        if self.moves and id(self.moves[0]) in self.history:
            return None  # a history's headline and opening tell no one day of it
        if self.in_headline(offset) and self.moves:
            lead = self.doc.paragraph_at(self.moves[0].timex.phrase_start)
            if lead and lead.start <= self._second_paragraph_end():
                return self._after_its_cause(self._happening_told_next(self._lead_main()))
        if (narrated and self.moves and self.moves[0].sentence.start > offset
                and self.doc.paragraphs_apart(offset, self.moves[0].timex.phrase_start) <= 1):
            return self.moves[0]
        return None

    def _last_of_each(self) -> dict[bool, list[int | None]]:
        """For each index in ``moves``, the last index up to it of a saying (False: what
        words look back to) and of a happening other than a 'now' (True: what a narrated
        happening looks back to), or None; kept, not searched for at each sentence: an
        article of thousands of sayings looked back over all of them."""
        last: dict[bool, list[int | None]] = {False: [], True: []}
        saying = happening = None
        for i, (event, told) in enumerate(zip(self.moves, self.told, strict=True)):
            if told:
                saying = i
            elif event.timex.value != "PRESENT_REF":
                happening = i
            last[False].append(saying)
            last[True].append(happening)
        return last

    def _overtaking(self) -> tuple[list[int | None], set[int]]:
        """For each index in ``moves``, the last happening up to it told after the last
        saying before it that took place after that saying's time (an earlier flashback
        told after it does not count), or in a part of its day ('announced today', then
        'presented the find at a news conference this morning': the words after it,
        '"We found a colony," she told reporters', are the conference's; benchmarks.dating:
        news-dating-2, -17, -20 +2, +3, +4, the other sets unchanged; not a clock
        time, PART_OF_DAY), or None. So does a clock time of a happening after another
        one no earlier, told since that saying, though both came before it
        (_chained_clock): the story narrates a scene minute by minute, and words told in it
        were spoken there ('said this morning' over a meeting told 'at 7:20 p.m. ... at
        about 8:10 p.m. ... told the council'; benchmarks.dating: news-dating-26 +2,
        news-dating-31 +3, by day +2, the other sets and TBAQ unchanged); the second set
        holds the happenings that overtake by that alone, which words take only when
        spoken in the scene (_spoken_in_scene)."""
        out: list[int | None] = []
        by_scene: set[int] = set()
        end = start = None
        clock: Timex | None = None  # the last clock time of a happening since the saying
        for i, (event, told) in enumerate(zip(self.moves, self.told, strict=True)):
            begin, until = event.timex.begin, event.timex.until
            if told:
                start, end, clock = begin, until, None
                out.append(out[-1] if out else None)
                continue
            chained = _chained_clock(clock, event.timex)
            clock = event.timex if _is_clock(event.timex) else clock
            if end is not None and begin is not None and (begin >= end or (
                    start is not None and until is not None and start <= begin
                    and until <= end and PART_OF_DAY <= until - begin < end - start)):
                out.append(i)
                continue
            if end is not None and chained:
                by_scene.add(i)
                out.append(i)
                continue
            out.append(out[-1] if out else None)
        return out, by_scene

    def _spoken_in_scene(self, saying: int, later: int, offset: int) -> bool:
        """Whether words at an offset, after clock times of a scene told since a saying,
        were spoken in that scene, not in reactions to an incident timed minute by minute:
        the words address a gathering or are said during one (table scene_address: 'told
        the council', 'said during the debate'), or such words were told since the saying
        and these stand in the paragraphs of the scene (_in_scene_paragraphs: 'Parents said
        they would appeal' in a paragraph after a board meeting's last clock time react to
        it, at the saying's time) or a member of the gathering speaks them
        (_member_speaks), or the sentence opens on a first-person quotation of a
        happening in the simple past ('"We watched the roof burn," said the owner': the
        speaker was there). 'The owner said he was devastated' or '"We have lost
        everything," the owner told the BBC' after a fire timed 'at 9:10 p.m. ... at 9:25
        p.m.' react to it, at the saying's time."""
        doc, lex, text = self.doc, self.doc.lex, self.doc.text
        sentence = doc.sentence_at(offset)
        if sentence is None:
            return False
        address = lex.pattern("scene_address")
        if address.search(text, sentence.start, sentence.end) or (
                address.search(text, self.moves[saying].sentence.start, sentence.end)
                and (self._in_scene_paragraphs(saying, later, offset)
                     or self._member_speaks(sentence))):
            return True
        if not doc.in_quote(sentence.start + 1):
            return False
        marks = doc.quote_marks  # the first after the sentence's start closes its quotation
        close = bisect_right(marks, sentence.start)
        words = Span(sentence.start, min(marks[close], sentence.end) if close < len(marks)
                     else sentence.end)
        return bool(lex.pattern("first_person").search(text, words.start, words.end)
                    and past_verbs(lex).search(text, words.start, words.end)
                    and not lex.pattern("perfect_auxiliary").search(text, words.start,
                                                                    words.end))

    def _member_speaks(self, sentence: Span) -> bool:
        """Whether a member of the gathering (table scene_member) is named in the paragraph
        up to the sentence's end: 'Board member Ann Lee ... said', then '"You are taking
        away the last thing we have," she said' were the meeting's words, not reactions."""
        paragraph = self.doc.paragraph_at(sentence.start)
        begin = sentence.start if paragraph is None else paragraph.start
        return self.doc.lex.pattern("scene_member").search(
            self.doc.text, begin, sentence.end) is not None

    def _in_scene_paragraphs(self, saying: int, later: int, offset: int) -> bool:
        """Whether an offset stands in the paragraphs of a scene timed by the clock: in the
        paragraph of its last clock time so far, or before a later one of the same scene
        (no saying with a time between): the scene goes on around it."""
        paragraph = self.doc.paragraph_at(offset)
        if paragraph is not None and paragraph.start <= self.starts[later] < paragraph.end:
            return True
        for k in range(bisect_right(self.starts, offset), len(self.moves)):
            if self._last[False][k] != saying:  # a saying since: the scene is told over
                return False
            if k in self._by_scene:
                return True
        return False

    def lead_happening(self) -> Event | None:
        """The lead's main happening's time (_lead_main), if the story has a time."""
        return self._lead_main() if self.moves else None

    def _lead_main(self) -> Event:
        """The lead's first story-level time outside a relative clause of its subject: a
        headline tells the lead's main happening ('Climbers found alive' over 'A climber and
        his guide who went missing on Friday were rescued on Monday afternoon': Monday)."""
        first = self.moves[0]
        text, lex = self.doc.text, self.doc.lex
        relative = lex.pattern("relative_opener")
        for event in self.moves:
            if event.sentence != first.sentence:
                break
            timex = event.timex
            opener = relative.search(text, event.sentence.start, timex.phrase_start)
            if opener is None:
                opener = _subject_relative(lex, text, event.sentence, timex)
            if opener is None:
                return event
            # one finite verb since 'who' is the relative's own: the time is in it
            verbs = past_verbs(lex).findall(text, opener.end(), timex.phrase_start)
            if len(verbs) != 1:
                return event
        return first

    def _happening_told_next(self, main: Event) -> Event:
        """The headline's time when the lead's first time dates only its saying ('Customs
        officers have seized nearly two tonnes of ivory ..., the authority said today'):
        the happening's own, told by the very next sentence before that saying ('The
        container was opened ... on Monday afternoon'; 'Workers have uncovered a Roman
        milestone ..., archaeologists announced today. The stone was struck by an
        excavator on Friday morning'): the headline tells the happening, not the words.
        Only for a lead that opens on a present perfect, a happening before the saying: a
        present state ('Beaches remain closed, officials said today') holds at the words.
        Not when the lead times something itself ('The death toll from an earthquake that
        struck on Saturday has risen to 63, an official said Tuesday'), nor under a headline
        that names its news's cause (headline_cause: 'Copper mine halts output after
        flood', whose next sentence dates the flood), nor at a time in a relative clause
        ('the ballot, which ran from Saturday until Monday'), nor at one longer than a day
        or more than a week before the words ('The last budget was rejected in March'),
        which tell an older happening."""
        index = next(i for i, e in enumerate(self.moves) if e is main)
        if not self.told[index] or index + 1 == len(self.moves) or self.told[index + 1]:
            return main
        lex, text, lead = self.doc.lex, self.doc.text, main.sentence
        perfect = lex.pattern("perfect_auxiliary").search(text, lead.start,
                                                          main.timex.phrase_start)
        if (perfect is None or tense_of(lex, text, Span(lead.start, perfect.start()))
                or any(t.type in ("DATE", "TIME") and t.phrase_start < main.timex.phrase_start
                       for t in self.doc.timexes_in(lead))
                or self.headline is None or lex.pattern("headline_cause").search(
                    text, self.headline.start, self.headline.end)
                or self._perfect_of_cause(lead, perfect.end(), main.timex.phrase_start)):
            return main
        following = self.moves[index + 1]
        sentences = self.doc.sentences
        at = sentences.index(main.sentence) if main.sentence in sentences else -1
        said, begin, until = main.timex.begin, following.timex.begin, following.timex.until
        if (at < 0 or at + 1 == len(sentences) or following.sentence != sentences[at + 1]
                or said is None or begin is None or until is None or until > said
                or until - begin > timedelta(days=1) or said - begin > timedelta(days=7)
                or lex.pattern("relative_opener").search(text, following.sentence.start,
                                                         following.timex.phrase_start)):
            return main
        return following

    def _after_its_cause(self, main: Event) -> Event:
        """The headline's time when the time it took dates only the cause that the lead's
        first sentence gives an outcome told ahead (in_cause: 'Reservoir shut after boy
        drowns' over 'The Lowfield reservoir will stay closed all summer after a boy
        drowned there on Saturday afternoon', then 'Lifeguards reached him at about 3:20
        p.m. Wardens shut the gates on Sunday morning'): the headline tells the outcome,
        which began after the cause, at the first happening's time after the cause's that
        the lead's paragraph or the next one tells, a day or less, not later than
        publication; the cause keeps its own row (inferred._headline_cause). When none
        follows, the time stays (benchmarks.dating exact and by day: news-dating-19 +1,
        -31 +1, TBAQ and the other sets unchanged)."""
        doc, begin, until = self.doc, main.timex.begin, main.timex.until
        lead = doc.lead_sentence
        if lead is None or begin is None or until is None or not any(
                self.in_cause(lead, t.phrase_start) and t.begin is not None
                and t.until is not None and t.begin <= begin and until <= t.until
                for t in doc.timexes_in(lead)):
            return main
        index = next(i for i, e in enumerate(self.moves) if e is main)
        end = self._second_paragraph_end()
        found: list[Event] = []
        for later, told in zip(self.moves[index + 1 :], self.told[index + 1 :], strict=True):
            start, stop = later.timex.begin, later.timex.until
            if later.timex.phrase_start >= end:
                break
            if (not told and start is not None and stop is not None and start >= until
                    and stop - start <= timedelta(days=1) and stop <= doc.article.published):
                found.append(later)
        outcome = self._outcome_words(lead)
        return next((e for e in found if outcome is not None and outcome.search(
            doc.text, e.sentence.start, e.sentence.end)), found[0] if found else main)

    def _outcome_words(self, lead: Span) -> re.Pattern[str] | None:
        """The participles in -ed the lead's first sentence tells its outcome ahead by,
        before its cause ('will remain closed ... after a lorry struck': 'closed'): a later
        happening that retells one ('Police closed the bridge to traffic at 12:30 p.m.') is
        the outcome, not one of the cause's own course told before it ('Its driver was
        taken to hospital on Monday evening')."""
        text = self.doc.text
        cause = self.doc.lex.pattern("perfect_cause").search(text, lead.start, lead.end)
        words = _PARTICIPLE.findall(text, lead.start, cause.start() if cause else lead.end)
        if not words:
            return None
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.I)

    def in_cause(self, lead: Span, at: int) -> bool:
        """Whether an offset of the lead's first sentence is in the past cause of an outcome
        the words before the cause tell ahead, under a headline that names a cause
        (headline_cause): 'will stay closed all summer after a boy drowned there on
        Saturday' under 'Reservoir shut after boy drowns'."""
        lex, text = self.doc.lex, self.doc.text
        cause = lex.pattern("perfect_cause").search(text, lead.start, at)
        return (self.headline is not None and cause is not None
                and lex.pattern("headline_cause").search(text, self.headline.start,
                                                         self.headline.end) is not None
                and tense_of(lex, text, Span(lead.start, cause.start())) == FUTURE
                and self._perfect_of_cause(lead, lead.start, at))

    def _perfect_of_cause(self, lead: Span, start: int, end: int) -> bool:
        """Whether a lead's present perfect is the outcome of a past happening it names
        (perfect_cause: 'Shops have run out of bread after bad weather held the supply
        ship in port'): the next sentence dates the cause or what came after, not the
        headline's news; not 'less than two hours after it was launched', a time after it,
        though a stretch the outcome lasts may stand before the word ('will remain closed
        for at least six weeks after a barge struck', nesting.is_stretch)."""
        lex, text = self.doc.lex, self.doc.text
        for cause in lex.pattern("perfect_cause").finditer(text, start, end):
            comma = text.find(",", cause.end(), end)
            clause = Span(cause.end(), end if comma < 0 else comma)
            if tense_of(lex, text, clause) == PAST and not any(
                    t.type == "DURATION" and t.end <= cause.start()
                    and not text[t.end : cause.start()].strip() and not is_stretch(text, t)
                    for t in self.doc.timexes_in(lead)):
                return True
        return False

    def ahead_at(self, offset: int) -> Event | None:
        """The last time still ahead at publication told before an offset, in its
        paragraph or the one before."""
        index = bisect_right(self.ahead_starts, offset)
        if not index:
            return None
        found = self.ahead[index - 1]
        return found if self.doc.paragraphs_apart(found.timex.phrase_start, offset) <= 1 else None

    def saying_at(self, offset: int) -> Event | None:
        """The story time of words at an offset when a saying set it ('told a briefing on
        Thursday afternoon'), else None."""
        found = self.at(offset)
        return found if found is not None and self._told.get(id(found), False) else None

    def _led_before(self, start: int, lead: Event) -> bool:
        """Whether the first sentence of a paragraph holds a time of a day before the
        lead's: a story's own lead ('Americans were killed ... over the weekend'), not a
        paragraph that only goes back to a time later."""
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return False
        first = bisect_left(self.doc.timexes, sentence.start, key=lambda t: t.start)
        for timex in self.doc.timexes[first:]:
            if timex.start >= sentence.end:
                return False
            if timex.type in ("DATE", "TIME") and _day_before(timex, lead.timex):
                return True
        return False

    def in_headline(self, offset: int) -> bool:
        """Whether an offset is in the headline, whose present tense tells the lead's past
        ('Bus crash in southern Peru kills 23')."""
        return self.headline is not None and self.headline.start <= offset < self.headline.end

    def _moves_story(self, event: Event, reach: bool = True) -> bool:
        """Whether an event's time moves the story (see the module's docstring). A past
        perfect before the time in a relative clause set off by commas is that clause's
        background, not the time's ('defeating Tadeusz Kmiecik, who had run the city since
        2010, in a runoff held yesterday': yesterday leads the story and dates the
        headline; benchmarks.dating: news-dating-16 470 -> 472, the other sets
        unchanged). Without ``reach``, a time older than STORY_REACH may move it too, and
        so may a duration counted to a point of its day (_with_history)."""
        doc, timex = self.doc, event.timex
        if timex.begin is None or timex.until is None:
            return False
        if timex.type not in ("DATE", "TIME") and (reach or timex.type != "DURATION"):
            return False  # a history's 'seven hours later' is a point it moves to
        if timex.type == "DURATION" and unplaced(doc, timex):
            return False  # '150 years to the day after its doors first opened': background
        if event.kind in ("plan", "forecast") and not self._after_past_verb(event):
            return False
        if _state_went_on(doc, event.sentence, timex) or _state_as_of(doc, timex):
            return False  # 'Three ridings remained too close to call on Tuesday morning'
        published = doc.now_at(timex.phrase_start)  # an update's own time, if any
        if timex.until - timex.begin > timedelta(days=1):
            return False
        if (_ahead_of_publication(doc, timex.begin, timex.phrase_start)
                or (reach and timex.until < published - STORY_REACH)):
            return False
        if modifies_noun(doc.text, timex) or doc.in_quote(timex.phrase_start):
            return False
        line = doc.date_line
        if line is not None and line.start <= timex.phrase_start < line.end:
            return False  # the day the report was filed, not its story's
        if is_baseline(doc, timex):
            return False
        before = Span(event.sentence.start, timex.phrase_start)
        perfect = doc.lex.pattern("past_perfect")
        return not any(perfect.search(doc.text, part.start, part.end)
                       for part in outside_asides(doc.lex, doc.text, before))

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

    def _lead_plan(self, dated: list[Event]) -> Event | None:
        """The lead's first time still ahead at publication, for a headline that tells a
        plan ('Skylark Airways to drop 14 routes' over '... announced on Wednesday that it
        will drop 14 of its 52 routes in November'): the lead is the paragraph after the
        headline."""
        lead, latest = self.doc.lead, _latest(self.doc)
        if self.headline is None or lead is None:
            return None
        return next((e for e in sorted(dated, key=lambda e: e.timex.phrase_start)
                     if lead.start <= e.timex.phrase_start < lead.end
                     and e.timex.begin is not None and e.timex.begin >= latest), None)

    def _second_paragraph_end(self) -> int:
        """Where the paragraph after the lead ends (the lead's, when none follows)."""
        paragraphs, lead = self.doc.paragraphs, self.doc.lead
        index = 1 if lead is None else paragraphs.index(lead)
        return paragraphs[min(index + 1, len(paragraphs) - 1)].end


def _subject_relative(lex: Lexicon, text: str, sentence: Span, timex: Timex
                      ) -> re.Match[str] | None:
    """A word of subject_relative_opener before a time with no finite verb before it, the
    sentence going on in the present after the time: it opens a relative clause of the
    subject of a present (perfect) lead, the day's news ('The death toll from an
    earthquake that struck on Saturday has risen to 63'), not what a verb says ('Police
    said that ...') nor a past lead's subject ('A storm that struck on Sunday left five
    dead': the storm's day). The relative tells of a noun in a phrase of the subject's
    (a preposition before it: 'The death toll from an earthquake that'): one that tells
    of the subject itself tells the happening the headline goes on with ('Earthquake kills
    40' over 'An earthquake that struck on Saturday has killed at least 40': Saturday), as
    does one after a coordinator, which joins another noun to the subject ('An earthquake
    and a tsunami that struck on Saturday have killed')."""
    found = lex.pattern("subject_relative_opener").search(text, sentence.start,
                                                          timex.phrase_start)
    if (found is None or not _preposition_in(lex, text, Span(sentence.start, found.start()))
            or tense_of(lex, text, Span(sentence.start, found.start()))
            or tense_of(lex, text, Span(timex.end, sentence.end)) != PRESENT):
        return None
    return found


def _state_went_on(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Whether a time follows a verb of continuing_state in its clause, with no clause cut
    nor finite verb between them: the state's verb, not one in a relative before the
    clause's own ('The suspect, who remained silent, was charged on Tuesday': the
    charging moves the story)."""
    lex, text = doc.lex, doc.text
    clause = clause_of(lex, text, sentence, timex)
    states = list(lex.pattern("continuing_state").finditer(text, clause.start,
                                                           timex.phrase_start))
    if not states:
        return False
    between = Span(states[-1].end(), timex.phrase_start)
    return (lex.clause_break.search(text, between.start, between.end) is None
            and not tense_of(lex, text, between))


def _state_as_of(doc: Document, timex: Timex) -> bool:
    """Whether a word of state_as_of leads a time ('as of this morning, a box of tiles'):
    how things stood then, read at publication in a diary's opening ('We have a kitchen
    with no wall and, as of this morning, ...'), not the day its narration moves to."""
    found = doc.lex.pattern("state_as_of").search(doc.text, max(0, timex.phrase_start - 8),
                                                   timex.start)
    return found is not None and not doc.text[found.end() : timex.start].strip()


def _preposition_in(lex: Lexicon, text: str, span: Span) -> bool:
    """Whether a word of the table preposition stands in a span, not one of coordinator
    ('and', 'or'), which that table holds too."""
    joins = lex.set("coordinator")
    return any(m.group().lower() not in joins
               for m in lex.pattern("preposition").finditer(text, span.start, span.end))


@cache
def past_verbs(lex: Lexicon) -> re.Pattern[str]:
    """A past verb: one of the table past_verb ('went', 'were') or a regular one in -ed."""
    return re.compile(rf"{lex.pattern('past_verb').pattern}|\b[a-z]{{3,}}ed\b", re.I)


def _latest(doc: Document, at: int = -1) -> datetime:
    """The latest a time may begin and still have happened by publication: the publication
    time, or when it is a day without a clock (Document.published_without_clock) any time
    of that day ('Production resumed at the plant on Wednesday morning' in a Wednesday
    story); for a time told at offset ``at`` in a dated section of a blog or a live page,
    by its stamp's time (Document.section_at)."""
    section = doc.section_at(at)
    if section is not None and section.heads:
        section = None  # a timeline's clock heading tells no time of writing
    published: datetime = doc.article.published if section is None else section.at
    if doc.published_without_clock if section is None else section.date_only:
        return published.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    return published


def _ahead_of_publication(doc: Document, begin: datetime, at: int = -1) -> bool:
    """Whether a time beginning at ``begin`` has not happened by publication: it begins
    after the publication time, or, in a story published on a day without a clock, when
    that day is over ('tomorrow' in a date-only story begins right at the end of its day
    and moves no story: 'Their families hope to see them in court tomorrow. The men were
    taken to the central station' is Tuesday's arrest, not tomorrow's; benchmarks.dating:
    AQUAINT 934 -> 936, the other sets unchanged)."""
    latest = _latest(doc, at)
    return begin > latest or begin == latest != doc.now_at(at)


def _day_before(timex: Timex, lead: Timex) -> bool:
    """Whether a time ends by the day the lead's time begins: a story of an earlier day
    ('Sunday' after a bulletin led by Tuesday's news)."""
    if lead.begin is None or timex.until is None:
        return False
    return timex.until <= lead.begin.replace(hour=0, minute=0, second=0, microsecond=0)


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


def _is_clock(timex: Timex) -> bool:
    """Whether a time is a clock time of a day ('at 7:20 p.m.'): shorter than a part of it."""
    return (timex.begin is not None and timex.until is not None
            and timex.until - timex.begin < PART_OF_DAY)


def _chained_clock(last: Timex | None, timex: Timex) -> bool:
    """Whether a clock time follows another happening's clock time told before it, no
    earlier and within hours of it ('passed 7-0 at 7:20 p.m. ... opened at about 8:10
    p.m.'): the story narrates a scene minute by minute, and words told in it are
    spoken there."""
    return (last is not None and _is_clock(timex) and last.begin is not None
            and timex.begin is not None
            and timedelta(0) <= timex.begin - last.begin <= _SCENE_GAP)


# How long after one clock time of a scene the next may come and still go on with it.
_SCENE_GAP = timedelta(hours=6)


def _part_of_day_holding(timex: Timex, lead: Timex) -> bool:
    """Whether a time shorter than a day holds the lead's ('said on a call this morning'
    after figures 'published at 7 a.m.'): a saying then is no background before the lead."""
    if timex.begin is None or timex.until is None or lead.begin is None or lead.until is None:
        return False
    return (timex.until - timex.begin < timedelta(days=1)
            and timex.begin <= lead.begin and lead.until <= timex.until)
