"""A comparison's baseline dates nothing: "Unemployment fell to its lowest since 1998".

Business and economic copy states a figure against an older one ("up from $10 million a
year ago", "compared with the close on Wednesday", "versus net income of $5.3 million a
year earlier"). The time names the baseline, not when the clause happened: the fall, the
rise, the close happened at the clause's own time or the story's. A time is a baseline
when a cue of ``baseline_cue`` (data/events.toml) stands before it or in it, in the same
clause with no finite verb between, and the time does not open its clause ("A year
earlier UniFirst earned $2.4 million" dates the earning). "More than 30" bounds a number
and compares nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from timeline.events.clauses import PAST, tense_of
from timeline.events.lexicon import Lexicon
from timeline.sentences import Span
from timeline.temporal import Timex

if TYPE_CHECKING:
    from timeline.events.document import Document

# Characters before a time phrase searched for its cue ("compared with earnings of $6.1
# million a year ago").
CUE_WINDOW = 60


def is_baseline(doc: Document, timex: Timex) -> bool:
    """Whether a time is a comparison's baseline (see the module's docstring)."""
    return baseline(doc, timex) is not None


def dates_nothing(doc: Document, timex: Timex) -> bool:
    """Whether a time is only a comparison's baseline coarser than a day ('up from $10
    million a year ago', 'the lowest since 1998', 'down from 55.1 per cent in 2021'): it
    says where the figure compared comes from, no happening a reader would look for, and
    gets no row of its own. A baseline a day or finer ('compared with 1.8353 marks
    Wednesday') places a figure on a day and keeps its row; so does a time right after a
    participle or a happening's noun ('down from a range given in August', 'since the
    strike in 2019'), which dates that happening (not the noun a superlative's 'since'
    ranks: 'its first cut since March 2009' is now's), a time a comma and 'when' restate
    as a happening's ('the first such vote since November 2008, when a motion brought down
    the coalition'), and a time whose own word alone makes it a baseline ('Coast earned
    $10.2 million in the year-ago quarter': the clause tells the older figure, and the
    time dates it); so does a time after a noun of result_noun and its figure ('against a
    profit of $45 million a year earlier': the older result, earned or lost then;
    benchmarks.dating: news-dating-3 377 -> 380, news-dating-5 357 -> 358, news-dating-6
    383 -> 384, the others unchanged)."""
    if timex.begin is None or timex.until is None or timex.until - timex.begin <= _DAY:
        return False
    if _ranked_within(doc, timex):
        return True
    found = baseline(doc, timex)
    if found is None or not (found.start < timex.phrase_start or _from_after_time(doc, timex)):
        return False
    if restated(doc, timex) is not None:
        return False
    start = max(0, timex.phrase_start - CUE_WINDOW)
    ranked = next(_ranked_since(doc, start, timex.phrase_end), None)
    if ranked is not None and ranked.end() > timex.phrase_start:
        return True  # 'its first cut since March 2009': the noun is the ranked one, now's
    if _result_figure(doc.lex).search(doc.text, start, timex.phrase_start):
        return False  # 'against a profit of $45 million a year earlier': that profit's
    before = doc.text[start : timex.phrase_start].split()
    word = before[-1].lower().strip(",;") if before else ""
    happening = doc.lex.set("event_noun") | doc.lex.set("reduced_relative_opener")
    return not (word in happening or (word.endswith("ed") and len(word) > 4))


@cache
def _result_figure(lex: Lexicon) -> re.Pattern[str]:
    """A noun of result_noun, 'of' and its figure, up to three words of its unit, ending
    a stretch ('a profit of $45 million ', 'a loss of 1.1 billion francs ')."""
    nouns = lex.pattern("result_noun").pattern
    return re.compile(
        rf"{nouns}\s++of\s++[^\s\d]{{0,3}}\d[\d.,]*+(?:\s++[A-Za-z]++){{0,3}}\s*+$", re.I)


_DAY = timedelta(days=1)


def baseline(doc: Document, timex: Timex) -> Span | None:
    """The baseline a time dates, from its comparison to the time ('up from $10 million a
    year ago', 'lowest since 1998', 'from $93.3 million a year earlier'), or None when the
    time is no baseline; found once per time."""
    if timex not in doc.baselines:
        doc.baselines[timex] = _baseline(doc, timex)
    return doc.baselines[timex]


def _baseline(doc: Document, timex: Timex) -> Span | None:
    text = doc.text
    sentence = doc.sentence_at(timex.phrase_start)
    if sentence is None or _opens_clause(doc, sentence, timex):
        return None
    if _from_after_time(doc, timex):
        return Span(timex.phrase_start, timex.phrase_end)
    start = max(sentence.start, timex.phrase_start - CUE_WINDOW)
    found = _cues(doc, start, timex.phrase_end)
    if not found or not _governs(doc, found[-1], timex) or _conjunction(doc, found[-1], timex):
        return None
    cues = [cue for cue in found if _governs(doc, cue, timex)]
    first = cues[0].start()
    if first >= timex.phrase_start:  # 'a year earlier' alone: from its comma
        comma = text.rfind(",", start, timex.phrase_start)
        verb = comma >= 0 and tense_of(doc.lex, text, Span(comma, timex.phrase_start))
        first = comma + 1 if comma >= 0 and not verb else timex.phrase_start
    elif text[cues[0].start() : cues[0].end()].lower() == "than":
        before = text[start:first].rstrip()  # 'higher than a year ago'
        first = start + len(before) - len(before.split()[-1]) if before.split() else first
    while first < timex.phrase_start and text[first].isspace():
        first += 1
    return Span(first, max(timex.phrase_end, cues[-1].end()))


def _from_after_time(doc: Document, timex: Timex) -> bool:
    """'from' and a time right after another time, and no end of a range after it: 'rose
    1.2 percent in February from January' compares February's figure with January's ('from
    Monday to Wednesday' is a range)."""
    text = doc.text
    if not _FROM.match(text, timex.phrase_start) or _RANGE_END.match(text, timex.phrase_end):
        return False
    index = bisect_left(doc.timexes, timex.start, key=lambda t: t.start)
    previous = doc.timexes[index - 1] if index else None
    return previous is not None and not text[previous.phrase_end : timex.phrase_start].strip()


_FROM = re.compile(r"from\s", re.I)
_RANGE_END = re.compile(r"\s*+(?:to|until|till|through|and|-|\u2013)\b", re.I)


def _cues(doc: Document, start: int, end: int) -> list[re.Match[str]]:
    """The comparison cues in a stretch: not a bound ('more than 30') nor part of a
    hyphenated word ('less-than-robust')."""
    text, bounds = doc.text, doc.lex.pattern("bound_than")
    cues = [
        cue
        for cue in doc.lex.pattern("baseline_cue").finditer(text, start, end)
        if not bounds.search(text, max(0, cue.start() - 12), cue.end())
        and "-" not in (text[cue.start() - 1 : cue.start()], text[cue.end() : cue.end() + 1])
        and not _particle(doc, cue)
    ]
    cues += _ranked_since(doc, start, end)
    cues += (cue for cue in _figure_from(doc.lex).finditer(text, start, end)
             if cue.end() < end and not _in_time(doc, cue.end() - 1)
             and not _NEW_FIGURE.search(text, cue.end(), end))
    cues += _change_from(doc.lex).finditer(text, start, end)
    return sorted(cues, key=lambda cue: cue.start())


def _particle(doc: Document, cue: re.Match[str]) -> bool:
    """Whether a cue of particle_cue is a verb's particle: the word right before it is a
    past verb, a verb in -ing or one after 'to', a modal or 'had', neither a form of 'be'
    nor a verb of figure_verb ('stepped down from the board in March 2019', 'to come down
    from', 'who had come up from Sydney'; not 'Profit was down from a year earlier',
    'rose, up from')."""
    lex, text = doc.lex, doc.text
    if " ".join(cue.group().lower().split()) not in lex.set("particle_cue"):
        return False
    before = text[max(0, cue.start() - _PARTICLE_REACH) : cue.start()].split()
    if not before or not before[-1].isalpha():
        return False
    word = before[-1].lower()
    if word in lex.set("be") or word in lex.set("figure_verb"):
        return False
    auxiliary = len(before) > 1 and (before[-2].lower() in lex.set("base_verb_before")
                                      or before[-2].lower() in lex.set("participle_before"))
    return auxiliary or word.endswith("ing") or tense_of(lex, word, Span(0, len(word))) == PAST


# Characters before a particle searched for its verb and the word before that.
_PARTICLE_REACH = 40


@cache
def _figure_from(lex: Lexicon) -> re.Pattern[str]:
    """A figure_baseline_cue and a figure ('from $70.1 million', 'from 5%'): a time after
    it dates that older figure."""
    words = lex.pattern("figure_baseline_cue").pattern
    return re.compile(rf"{words}\s++(?:[A-Z]{{0,3}}[$\u20ac\u00a3\u00a5])?\d", re.I)


@cache
def _change_from(lex: Lexicon) -> re.Pattern[str]:
    """A change's figure in a unit of change_unit or '%', and 'from' ('up 31 percent from',
    '2.8% from'): a time after it dates the older figure the change is measured from. Not
    after 'by' ('would raise its prices by 8 percent from Monday'), where 'from' tells when
    the change takes effect."""
    units = lex.pattern("change_unit").pattern
    return re.compile(rf"(?<!\bby\s)(?<![\d.,])\d[\d.,]*+(?:\s*+%|\s++{units})\s++from\s",
                      re.I)


# A figure after the older one: 'from 5% in January to 7% in February' dates 7% by February.
_NEW_FIGURE = re.compile(r"\bto\s++\S*?\d", re.I)


def _in_time(doc: Document, at: int) -> bool:
    """Whether an offset lies in a time expression ('from 1991 to 1997' is a range)."""
    index = bisect_right(doc.timexes, at, key=lambda t: t.start) - 1
    return index >= 0 and doc.timexes[index].start <= at < doc.timexes[index].end


def restated(doc: Document, timex: Timex) -> Span | None:
    """The happening a comma and 'when' tell at a time, up to the next cut ('since 2003,
    when its drivers stopped work for three days'), or None."""
    found = _restated(doc.lex).match(doc.text, timex.phrase_end)
    sentence = doc.sentence_at(timex.phrase_start)
    if found is None or sentence is None:
        return None
    cut = doc.lex.clause_break.search(doc.text, found.end(), sentence.end)
    words = doc.text[found.end() : cut.start() if cut else sentence.end].rstrip(" .!?\"'")
    return Span(found.end(), found.end() + len(words)) if words else None


@cache
def _restated(lex: Lexicon) -> re.Pattern[str]:
    """A comma and a word of time_restated right after a time ('..., when')."""
    words = lex.pattern("time_restated").pattern
    return re.compile(rf",\s*+{words}\s++", re.I)


def _ranked_since(doc: Document, start: int, end: int) -> Iterator[re.Match[str]]:
    """The superlatives ranked against a time in a stretch (_superlative_since): a noun
    phrase of more than four words holds no finite verb ('the first visit to Nairobi by a
    Brazilian foreign minister since 2010'; not 'the first to arrive and has lived there
    since 2010', whose living is told since its time)."""
    for found in _superlative_since(doc.lex).finditer(doc.text, start, end):
        if len(found.group().split()) <= _SHORT_RANK or not tense_of(
                doc.lex, doc.text, Span(found.start(), found.end())):
            yield found


def _ranked_within(doc: Document, timex: Timex) -> bool:
    """Whether a time is the period a superlative or an ordinal ranks its noun within, right
    after the noun phrase (table rank_period: 'the second national blackout this year'):
    the ranked one is the story's, which the period does not date; not 'the first time'."""
    phrase = doc.text[timex.phrase_start : timex.phrase_end].lower()
    if phrase not in doc.lex.set("rank_period"):
        return False
    start = max(0, timex.phrase_start - CUE_WINDOW)
    found = _ranked_before(doc.lex).search(doc.text, start, timex.phrase_start)
    if found is None or found.group().split()[-1].lower() in doc.lex.set(
            "rank_period_not_after"):
        return False  # 'for the first time this month': the month dates the verb
    return not tense_of(doc.lex, doc.text, Span(found.start(), found.end()))


@cache
def _ranked_before(lex: Lexicon) -> re.Pattern[str]:
    """A superlative or ordinal and one to eight words of its noun phrase ending a stretch
    ('the second national blackout ', 'third church robbery in the department ')."""
    words = lex.pattern("superlative").pattern
    return re.compile(rf"\b{words}(?:\s++[\w'-]++){{1,8}}?\s++$", re.I)


_SHORT_RANK = 6  # the superlative, four words and 'since': 'the worst our industry has seen'


@cache
def _superlative_since(lex: Lexicon) -> re.Pattern[str]:
    """A superlative or ordinal, up to eight words of its noun phrase and 'since' ('biggest
    daily drop since', 'fourth drowning in the region since', 'the fewest since', 'its
    steepest fall over five trading days since')."""
    words = lex.pattern("superlative").pattern
    return re.compile(rf"{words}(?:\s++[\w'-]++){{1,8}}?\s++since\b", re.I)


def _governs(doc: Document, cue: re.Match[str], timex: Timex) -> bool:
    """Whether a cue reaches the time: no clause cut and no finite verb between them, and,
    for a cue ending in 'since', no time of its own before this one ('their biggest daily
    drop since March on Tuesday': 'since' takes March; Tuesday dates the drop's clause)."""
    text, lex = doc.text, doc.lex
    between = Span(min(cue.end(), timex.phrase_start), timex.phrase_start)
    if lex.clause_break.search(text, between.start, between.end):
        return False
    if _SINCE_END.search(cue.group()) and any(
            between.start <= t.start for t in doc.timexes_in(between) if t is not timex):
        return False
    return not tense_of(lex, text, between)


_SINCE_END = re.compile(r"\bsince$", re.I)  # the word _superlative_since ends in


def _conjunction(doc: Document, cue: re.Match[str], timex: Timex) -> bool:
    """Whether a cue of conjunction_cue opens a clause of its own, with a finite verb
    after the time before the next comma or cut ('The plant closed, as in 2019 demand
    collapsed'): the time dates that clause, no comparison ('twice as fast as in the
    2000s, a study found')."""
    text, lex = doc.text, doc.lex
    if " ".join(cue.group().lower().split()) not in lex.set("conjunction_cue"):
        return False
    sentence = doc.sentence_at(timex.phrase_start)
    end = sentence.end if sentence else len(text)
    cut = lex.clause_break.search(text, timex.phrase_end, end)
    end = cut.start() if cut else end
    comma = text.find(",", timex.phrase_end, end)
    return bool(tense_of(lex, text, Span(timex.phrase_end, comma if comma >= 0 else end)))


def _opens_clause(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Nothing but clause-opening words and punctuation before the time in its clause (the
    last cut before it found by bisection: a run-on sentence has hundreds)."""
    text, lex, cuts = doc.text, doc.lex, doc.clause_breaks
    last = bisect_right(cuts, timex.phrase_start, key=lambda cut: cut[1]) - 1
    start = sentence.start
    if last >= 0 and cuts[last][0] >= sentence.start:
        start = cuts[last][1]
    before = lex.clause_opener.sub("", text[start : timex.phrase_start].strip(" ,\"'\u201c"))
    return not before.strip(" ,")
