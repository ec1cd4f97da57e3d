"""Which verb a time dates, above all a verb of saying: 'said on Monday that', 'On
Monday, police said', 'were rescued by helicopter on Monday afternoon'.

A saying's time tells when words were spoken, not when what they report happened; story
time (story.py) keeps the two apart, and a saying no time dates gets a row of its own
(inferred.py). A happening named again takes the time of its own verb (mentions.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import timedelta

from timeline.events.clauses import PAST, main_tense, tense_of, verb_at, verbs_of_saying
from timeline.events.document import Document
from timeline.events.model import Event
from timeline.sentences import Span
from timeline.temporal import Timex

# What joins a dated verb to a verb of saying sharing its subject, with no subject of its
# own ('reported a profit on Thursday and said', '... on Thursday, and later said',
# 'conceded in a statement this morning but said').
_SHARED_SUBJECT = re.compile(r",?\s++(?:and|but)\s++(?:(?:also|later|then|\w+ly)\s++)?", re.I)
# How far apart a time and the verb it dates may stand, in characters: a longer stretch
# holds a verb or a clause break of its own, and not reading it keeps a run-on sentence
# of many sayings and times linear
_REACH = 300
_DAY = timedelta(days=1)


def dates_verb(doc: Document, sentence: Span, timex: Timex, start: int, end: int) -> bool:
    """Whether a time dates the verb at [start, end): in its clause with no clause-opening
    word or other finite verb between them ('said on Monday that'), fronted before it ('On
    Monday, police said'), or dating the verb the saying is joined to by 'and' ('reported
    a profit on Thursday and said'; not a time still ahead: 'will open clinics this
    weekend, and urged'). A period longer than a day inside quotation marks dates no verb
    outside them: the speaker's words tell their own times ('"We want a plan by the end
    of the year," she said'); a day there may be the one they speak on ('"Today we go to
    the owners," Hoogland told reporters')."""
    text, lex = doc.text, doc.lex
    if max(start - timex.phrase_end, timex.phrase_start - end) > _REACH:
        return False
    if _quoted_period(doc, timex) and not doc.in_quote(start):
        return False
    if (
        timex.phrase_end <= start
        and _SHARED_SUBJECT.fullmatch(text, timex.phrase_end, start)
        and timex.begin is not None
        and timex.begin <= doc.article.published
    ):
        return True  # 'reported a record profit on Thursday and said': one subject, one day
    after = timex.phrase_start >= end
    between = Span(end, timex.phrase_start) if after else Span(timex.phrase_end, start)
    if lex.clause_break.search(text, between.start, between.end):
        return False
    if any(not _in_name(text, found, between) for found in
           lex.clause_boundary.finditer(text, between.start, between.end)):
        return False
    if tense_of(lex, text, between) or (after and _in_reported_subject(doc, start, end, timex)):
        return False
    # a time before its verb is fronted, no verb before it: read last, as it may run over
    # the whole sentence
    return after or not tense_of(lex, text, Span(sentence.start, timex.phrase_start))


def verbs_within_reach(doc: Document, sentence: Span, timex: Timex) -> list[re.Match[str]]:
    """The verbs of saying of a sentence (all of it searched, as one) that stand near
    enough a time for it to date them (dates_verb's _REACH), in text order: a run-on
    sentence of hundreds of sayings once had each time try every one."""
    verbs = verbs_of_saying(doc.lex, doc.text, sentence)
    first = bisect_left(verbs, timex.phrase_start - _REACH, key=lambda v: v.end())
    last = bisect_right(verbs, timex.phrase_end + _REACH, key=lambda v: v.start())
    return verbs[first:last]


def _in_reported_subject(doc: Document, start: int, end: int, timex: Timex) -> bool:
    """Whether a time after a verb of saying closes the reported clause's subject, its
    verb right after it ('said a blast on Sunday killed 12 people'): a verb of
    clause_only_saying, a noun phrase opened by a determiner between them, and a finite
    verb as the next word after the time. It dates that clause, not the saying."""
    text, lex = doc.text, doc.lex
    if not lex.pattern("clause_only_saying").fullmatch(text, start, end):
        return False
    subject = _SUBJECT.match(text, end, timex.phrase_start)
    if subject is None or not lex.pattern("determiner").fullmatch(subject.group(1)):
        return False  # 'Unisys said a month ago would be cut': no subject before the time
    word = _VERB_AFTER.match(text, timex.phrase_end)
    return word is not None and verb_at(lex, text, Span(word.start(1), word.end())) == word.start(1)


# The word after a time and the next: a verb the next word tells ('plan to', 'intends
# to'), in any case (a title-case headline's 'Killed'); not inferred._NEXT_WORD, a
# participle's one word, nor actors' lower-case words (a name after a noun is no verb).
_VERB_AFTER = re.compile(r"\s++(\w+(?:\s+\w+)?)")
# The first word after a verb of saying, with a word after it before the time.
_SUBJECT = re.compile(r"\s++(\w+)\s++\S")


def _quoted_period(doc: Document, timex: Timex) -> bool:
    """Whether a time longer than a day stands inside quotation marks."""
    return (timex.begin is not None and timex.until is not None
            and timex.until - timex.begin > _DAY and doc.in_quote(timex.phrase_start))


def _in_name(text: str, word: re.Match[str], between: Span) -> bool:
    """Whether a clause boundary ('and') joins two capitalised words inside the stretch: it
    is part of a name ('On Friday, the Agency for Technology and Standards said'), which
    opens no clause."""
    before = text[between.start : word.start()].split()
    after = text[word.end() : between.end].split()
    return (word.group().islower() and bool(before) and bool(after)
            and before[-1][:1].isupper() and after[0][:1].isupper())


def dates_saying(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Whether a time dates a verb of saying of its sentence, outside quotation marks
    ('"We ran a good race," Doucet told reporters on Tuesday morning')."""
    lex = doc.lex
    lo = max(sentence.start, timex.phrase_start - _REACH)
    hi = min(sentence.end, timex.phrase_end + _REACH)
    return any(
        not lex.pattern("dependent_opener").fullmatch(verb.group())
        and not doc.in_quote(verb.start())
        and dates_verb(doc, sentence, timex, verb.start(), verb.end())
        for verb in lex.reporting.finditer(doc.text, lo, hi)
    )


def dated_verbs(
    doc: Document, sentence: Span, dated: list[Event], until: int | None = None
) -> Iterator[tuple[re.Match[str], Event]]:
    """Each verb of saying of the sentence (ending by ``until``, if given), outside quotes
    and dependent openers, with the dated event whose time dates it; verbs no time dates
    are left out."""
    lex = doc.lex
    end = sentence.end if until is None else until
    for verb in lex.reporting.finditer(doc.text, sentence.start, end):
        if lex.pattern("dependent_opener").fullmatch(verb.group()) or doc.in_quote(verb.start()):
            continue
        saying = next((e for e in dated
                       if dates_verb(doc, sentence, e.timex, verb.start(), verb.end())), None)
        if saying is not None:
            yield verb, saying


def reported_before(doc: Document, sentence: Span, dated: list[Event]) -> list[tuple[Span, Event]]:
    """What a dated saying reports in the past perfect with no time of its own, with the
    saying's event: 'The office said early on Tuesday that turnout had reached 61 per
    cent' tells a happening before the words, which the saying's time does not date. The
    clause runs from the saying (its time, its 'that') to the next comma or semicolon."""
    text, lex = doc.text, doc.lex
    perfect = lex.pattern("past_perfect")
    out = []
    for verb, saying in dated_verbs(doc, sentence, dated):
        start = max(verb.end(), saying.timex.phrase_end)
        had = perfect.search(text, start, sentence.end)
        if had is None or any(lex.pattern(words).search(text, start, had.start())
                              for words in ("past_verb", "present_verb", "future_verb")):
            continue  # 'said on Monday it would ... and had': the first verb is no perfect
            # (an -ed word before it may be an adjective: 'registered voters had cast')
        end = min((at for at in (text.find(",", had.end(), sentence.end),
                                  text.find(";", had.end(), sentence.end)) if at >= 0),
                  default=sentence.end)
        clause = Span(_after_that(text, start, had.start()), end)
        if not any(clause.start < t.end and t.start < clause.end for t in doc.timexes):
            out.append((clause, saying))
    return out


def reported_past(doc: Document, sentence: Span, dated: list[Event]) -> list[tuple[Span, Event]]:
    """What a past saying dated to a day or less reports in the past tense
    with no time of its own, with the saying's event: the words after it up to the next
    cut ('Díaz said Thursday that three people died when their adobe homes collapsed'),
    or, when no verb follows it, the words before the comma that sets off its speaker
    ('At least 82 were killed, officials said on Saturday'; '"We came here to work," he
    said on Thursday'). A length of hours or minutes with no place in time is no time of
    the words' own ('"The weather gave us a window of about three hours and we used it,"
    Ferris told Wikinews by satellite phone on Sunday'; _hours_long)."""
    text, lex = doc.text, doc.lex
    out = []
    for verb, saying in dated_verbs(doc, sentence, dated):
        said = saying.timex
        if (said.begin is None or said.until is None or said.until - said.begin > _DAY
                or tense_of(lex, text, Span(verb.start(), verb.end())) != PAST):
            continue
        start = max(verb.end(), said.phrase_end)
        cut = lex.clause_break.search(text, start, sentence.end)
        words = Span(_after_that(text, start, sentence.end), cut.start() if cut else sentence.end)
        if not tense_of(lex, text, words):
            comma = text.rfind(",", sentence.start, min(verb.start(), said.phrase_start))
            words = Span(sentence.start, comma)
        if (words.start < words.end and main_tense(lex, text, words) == PAST
                and all(_hours_long(t) for t in doc.timexes_in(words))):
            out.append((words, saying))
    return out


def _hours_long(timex: Timex) -> bool:
    """Whether a time is a length of hours, minutes or seconds placed nowhere ('about
    three hours'): what happened within a day may last it. A longer one ('for two
    years', 'within a week') tells a stretch the words run over, no happening of a day."""
    return timex.begin is None and timex.value.startswith("PT")


def _after_that(text: str, start: int, end: int) -> int:
    """Where the reported words begin: after 'that' and spaces ('on Tuesday that turnout')."""
    found = re.compile(r"[\s,]*+(?:that\b\s*+)?").match(text, start, end)
    return found.end() if found else start
