"""A figure told without a time belongs to the period of the results it follows.

Results copy names the period once ("Esselte reported third-quarter net income fell 5.9%
to $9.5 million") and then gives more figures without it ("Sales rose 2.9% to $329.2
million"): those are the quarter's, not the day the results were reported, which is
where story time (story.py) would put them. A clause built on a verb of ``figure_verb``
(data/events.toml) with a number in it, in a sentence with no time of its own, takes the
period of the last time before it when that time is a calendar period already over (a
month to a year: not a day, which story time handles, nor a period still running) and
no baseline ("from $22 million a year ago"); figures told one after another share it. A
time that dates a verb of saying and is no period over is passed over: it tells when the
results were told ("reported a net loss for the second quarter on Tuesday. Revenue fell
38 percent": the quarter's revenue; "rose 4.2 percent in May, the ministry reported
earlier this month. Core inflation reached 2.3 percent": May's). A period told by its
length and the day that closes it ("Net income for the three months to Dec. 31 dropped
to C$14.2 million. Revenue slipped 6 percent") is that length back from the day, not the
day (benchmarks.dating: news-dating-20 +1, no row added, the other sets unchanged; two
TimeBank figures move to the six months they report, from the story day).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import timedelta
from functools import cache

from timeline.events.baselines import is_baseline
from timeline.events.clauses import aside_opener, relative_asides
from timeline.events.document import Document
from timeline.events.lexicon import Lexicon
from timeline.events.sayings import dates_saying, dates_verb
from timeline.sentences import Span
from timeline.temporal import Timex
from timeline.temporal.calendar_math import shift_by

_NUMBER = re.compile(r"\d")
# Sentences looked back through for the period: each between must itself be a figure.
REACH = 4
LONGEST_PERIOD = timedelta(days=366)
# The lead's sentences a figure headline's period is looked for in.
LEAD_SENTENCES = 2
# How long after its period's end figures come out: results are told within a quarter.
REPORT_LAG = timedelta(days=92)


def is_figure(doc: Document, clause: Span) -> bool:
    """Whether a clause reports a figure: a verb of figure_verb and a number after it that
    is no time's ('was wounded in 1916' tells a happening of that year, no figure) but a
    baseline's ('its first loss since 2001' compares a figure) or the verb's own
    complement ('The last time it was this high was in 1947', 'His last hat-trick was in
    2019': an aside naming when a ranked thing was, as a figure is one, which no later
    sentence goes on at). Not a verb in a dependent clause set off by commas ('In July
    1987, when she was 19, she rang a talkback show': an age, the clause a happening whose
    episode the next sentences go on telling; benchmarks.dating: news-dating-16 472 ->
    475, the other sets unchanged)."""
    verbs = doc.lex.pattern("figure_verb")
    verb = next((v for v in verbs.finditer(doc.text, clause.start, clause.end)
                 if not _in_dependent_aside(doc, clause, v.start())), None)
    if verb is None:
        return False
    times = [t for t in doc.timexes_in(Span(verb.end(), clause.end))
             if not (is_baseline(doc, t) or _complement(doc, t, verbs))]
    return any(not any(t.phrase_start <= m.start() < t.phrase_end for t in times)
               for m in _NUMBER.finditer(doc.text, verb.end(), clause.end))


def _in_dependent_aside(doc: Document, clause: Span, at: int) -> bool:
    """Whether an offset stands in a dependent clause set off by commas, or opening the
    clause before one, that a word of subject_not_opener opens ('In July 1987, when she
    was 19 and working nights, she rang a talkback show', 'When she was 19, she rang':
    an age there, no figure the clause reports)."""
    found = _DEPENDENT_ASIDE.match(doc.text, max(clause.start, doc.text.rfind(",", 0, at)))
    return (found is not None and found.group(1).lower() in doc.lex.set("subject_not_opener")
            and "," in doc.text[at : clause.end])


# A comma, or a clause's start, and the word after it: where a dependent clause may open.
_DEPENDENT_ASIDE = re.compile(r"[,\s]*+(\w+)")


def _complement(doc: Document, timex: Timex, verbs: re.Pattern[str]) -> bool:
    """Whether a time stands right after a verb of figure_verb ('was in 1947')."""
    before = doc.text[max(0, timex.phrase_start - 16) : timex.phrase_start]
    words = before.split()
    return bool(words) and before[-1:].isspace() and verbs.fullmatch(words[-1]) is not None


def figure_period(doc: Document, sentence: Span, main: Span) -> Timex | None:
    """The period a figure sentence without a time of its own reports (see the module's
    docstring), or None."""
    if not is_figure(doc, main):
        return None
    index = bisect_left(doc.sentences, sentence.start, key=lambda s: s.start)
    for back in range(index - 1, max(-1, index - 1 - REACH), -1):
        earlier = doc.sentences[back]
        asides = _who_asides(doc, earlier)
        times = [t for t in _times_in(doc, earlier) if not _time_of_telling(doc, earlier, t)
                 and not any(a.start < t.start < a.end for a in asides)]
        if times:
            last = _closed_period(doc, earlier, times[-1]) or times[-1]
            return last if _period_over(doc, last) else None
        if not is_figure(doc, earlier):
            return None
    return None


def _closed_period(doc: Document, sentence: Span, timex: Timex) -> Timex | None:
    """The period a day or a month closes after a length of time and a word of
    period_closing ('the three months to Dec. 31': October to December; 'the year ended
    Sept. 30'), as the closing time's row widened to it; None when no length stands right
    before it."""
    before = [t for t in doc.timexes_in(Span(sentence.start, timex.start))
              if t.end <= timex.start]
    if not before or timex.until is None or before[-1].type != "DURATION":
        return None
    length = before[-1]
    if doc.text[length.end : timex.start].strip().lower() not in doc.lex.set("period_closing"):
        return None
    begin = shift_by(timex.until, length.value, -1)
    return None if begin is None else replace(timex, begin=begin, granularity="")


def headline_period(doc: Document, headline: Span) -> Timex | None:
    """The period a headline about a figure reports (headline_figure and
    headline_figure_change: 'Irish unemployment rate falls to five-year low', 'Swiss bank
    Aarberg returns to profit'): the first period over, ended within a quarter, no
    baseline, outside quotes, after no 'who' or 'which', told between commas with a number
    in the lead's first sentences ('The seasonally adjusted rate for March was 11.8
    percent', 'reported a net profit of 412 million Swiss francs for the second quarter on
    Tuesday'), not the day the figures came out, where the lead's story time stands
    (benchmarks.dating: news-dating-6 370 -> 372, news-dating-9 385 -> 387, the
    other sets unchanged). The figure and its change stand together, the change a verb:
    'rate falls', 'Sales rise', 'returns to profit', not 'Unemployment fears grow' nor
    'Interest rate rise to hit borrowers' (a bare 'rise' after a singular noun is a noun)."""
    text, lex = doc.text, doc.lex
    if doc.lead is None or not any(
            found.group("noun") is None or found.group("noun").endswith("s")
            or found.group("verb").endswith("s")
            for found in _figure_moves(lex).finditer(text, headline.start, headline.end)):
        return None
    first = bisect_left(doc.sentences, doc.lead.start, key=lambda s: s.start)
    for sentence in doc.sentences[first : first + LEAD_SENTENCES]:
        for timex in _times_in(doc, sentence):
            if (not _period_over(doc, timex) or timex.until is None
                    or timex.until < doc.article.published - REPORT_LAG
                    or doc.in_quote(timex.phrase_start)
                    or lex.pattern("relative_opener").search(text, sentence.start,
                                                             timex.phrase_start)):
                continue  # not 'The company, founded in 1998, employs 4,000 people'
            marks = [m.start() for m in _COMMA.finditer(text, sentence.start, sentence.end)]
            start = max((m for m in marks if m < timex.start), default=sentence.start)
            end = min((m for m in marks if m >= timex.end), default=sentence.end)
            if _NUMBER.search(text, start, timex.start) or _NUMBER.search(text, timex.end, end):
                return timex  # figures of the period, not ', founded in January 2024,'
    return None


@cache
def _figure_moves(lex: Lexicon) -> re.Pattern[str]:
    """A figure word and a change word side by side ('rate falls'), or the change first
    ('returns to profit'), with the figure as ``noun`` and the change as ``verb``."""
    figure = lex.pattern("headline_figure").pattern
    change = lex.pattern("headline_figure_change").pattern
    return re.compile(rf"(?P<noun>{figure})\s+(?P<verb>{change})|{change}\s+{figure}", re.I)


# A comma, not one inside a figure ('4,000').
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _who_asides(doc: Document, sentence: Span) -> list[Span]:
    """The asides opened by 'who' or 'which' between commas ('Skyline, which carried 52
    million passengers last year, said ...'): their figures are their subject's, so their
    period is none a next figure reports ('Its shares fell 3.2%'). Not one whose sentence
    goes on with figures, which the aside's period dates ('The grocer, which reported
    results for the fourth quarter on Tuesday, said sales rose 4%')."""
    lex, text = doc.lex, doc.text
    return [aside for aside in relative_asides(lex, text, sentence)
            if (opener := aside_opener(lex, text, aside)) and opener.group("who")
            and not is_figure(doc, Span(aside.end, sentence.end))]


def _times_in(doc: Document, sentence: Span) -> list[Timex]:
    """The dated times of a sentence that are no baseline, in text order."""
    return [t for t in doc.timexes_in(sentence) if t.start >= sentence.start
            and t.begin is not None and t.until is not None and not is_baseline(doc, t)]


def _time_of_telling(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Whether a time that is no period over dates a verb of saying or one that tells
    where figures come from (figure_source_verb: 'the index showed on Tuesday'): when
    results were told ('on Tuesday', 'earlier this month')."""
    if _period_over(doc, timex):
        return False
    sources = doc.lex.pattern("figure_source_verb").finditer(doc.text, sentence.start,
                                                              sentence.end)
    return dates_saying(doc, sentence, timex) or any(
        dates_verb(doc, sentence, timex, verb.start(), verb.end()) for verb in sources)


def _period_over(doc: Document, timex: Timex) -> bool:
    assert timex.begin is not None and timex.until is not None
    span = timex.until - timex.begin
    return (
        timex.type == "DATE"
        and timedelta(days=1) < span <= LONGEST_PERIOD
        and timex.until <= doc.article.published + timedelta(days=1)
    )
