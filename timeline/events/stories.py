"""Stories: a wire bulletin tells several, one after another, each with its own lead.

A paragraph may open a story of its own when it starts with a wire dateline ("KABUL, Jan
21 (Reuters) - ", "BENGHAZI, Libya (AP) - "), or when its first sentence brings at least
two names and shares none with the text before it, neither opening on a word that refers
back ("He spoke in Washington", "Meanwhile, ..."; table story_follow_up) or on a definite
mention of a happening ("The visit is part of a 10-day tour that began in Dakar, Senegal";
table event_noun; benchmarks.dating: news-dating-2 88.4 -> 88.7), nor holding a pronoun
(table story_pronoun). The first two paragraphs (a headline or an introduction,
and the lead) are never apart, nor, under a headline, the paragraph after the lead: it
tells how the lead's news came about ('Kenyan court jails two men' over '... on Wednesday
sentenced two men ...', then 'Magistrate Esther Wambui found Hassan Mwakio and Peter
Odhiambo Kiprop guilty on Monday. She delayed sentencing by two days': the sentencing is
Wednesday's, not a story of its own led by Monday; benchmarks.dating: news-dating-7 304
-> 307, the other sets unchanged). story.py decides which openings do open a story: a
dateline always, a paragraph of new names only when led by a day before the running
lead's. Names alone cannot tell a bulletin's next story from a new witness or player
(benchmarks.dating: news-dating 87.9 -> 86.0 when they did). After an opening, a
paragraph whose first sentence names something told before it and nothing told since
('Fljótsvík's mayor, Gunnar Þórsson, said ...' after a paragraph on the minister's
ceremony yesterday) may go back to the story before it (Opening.back; story.py follows
it only out of a story told apart by its names; benchmarks.dating: news-dating-17 407 ->
409, the other development sets unchanged).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from timeline.events.capitals import CAPITAL
from timeline.events.document import Document
from timeline.sentences import Span

# A wire dateline opening a paragraph: a place in capitals, maybe a region and a date
# after commas, maybe the agency in brackets, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]++(?:[ -][A-Z][A-Z.'-]++)*+(?:,[ \t]*+[^,()\n\u2013\u2014-]{1,30}?){0,2}"
    r"[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?[-\u2013\u2014]{1,2}\s"
)
# A capitalised word, a possessive cut off: a name, unless it opens its sentence.
_NAME = re.compile(
    rf"(?<![\w'\u2019-])[{CAPITAL}][\w.'\u2019-]*?(?=(?:['\u2019]s)?(?![\w.'\u2019-]))")


class Opening(NamedTuple):
    """Where a paragraph may open a story of its own, and whether by a dateline; or, with
    ``back``, where it may go back to the story told before the last opening."""

    start: int
    dateline: bool
    back: bool = False


def openings(doc: Document) -> list[Opening]:
    """Where each story may begin, the first at 0 (see the module's docstring)."""
    starts = [Opening(0, False)]
    text = doc.text
    follow_up = doc.lex.pattern("story_follow_up")
    pronoun = doc.lex.pattern("story_pronoun")
    seen: set[str] = set()
    before: set[str] = set()  # the names told before the last opening
    titled = doc.headline is not None
    for index, para in enumerate(doc.paragraphs):
        first = doc.sentence_at(para.start) or para
        dateline = _DATELINE.match(text, para.start) is not None
        if index > 1 and (dateline or (
            index > 1 + titled
            and text[para.start].isalpha()  # not a list item ('- One count of ...')
            and not follow_up.match(text, para.start)
            and not _happening_again(doc, para.start)
            and not pronoun.search(text, first.start, first.end)
            and len(_names(doc, first)) >= MIN_NAMES
            and not _names(doc, first, True) & seen
        )):
            starts.append(Opening(para.start, dateline))
            before = set(seen)
        elif len(starts) > 1 and _back(_names(doc, first, True), before, seen):
            starts.append(Opening(para.start, False, back=True))
        seen |= _names(doc, para, True)
    return starts


def _back(named: set[str], before: set[str], seen: set[str]) -> bool:
    """Whether a paragraph's first sentence names only what the text told before the last
    opening ('Fljótsvík's mayor, Gunnar Þórsson, said ...' after a paragraph on the
    minister's ceremony yesterday): it goes back to the story told before it."""
    return bool(named & before) and not named & (seen - before)


def opens_dispatch(doc: Document, sentence: Span) -> bool:
    """Whether a sentence opens a paragraph with a wire dateline ('DETROIT (AP) -- ')."""
    para = doc.paragraph_at(sentence.start)
    return (para is not None and para.start == sentence.start
            and _DATELINE.match(doc.text, para.start) is not None)


def _happening_again(doc: Document, start: int) -> bool:
    """Whether a paragraph opens on a definite mention of a happening ('The visit is part
    of a 10-day tour that began in Dakar, Senegal, on Thursday'): it goes on telling the
    story's happening, whatever names it brings."""
    opening = _DEFINITE.match(doc.text, start)
    if opening is None:
        return False
    nouns = doc.lex.set("event_noun")
    return any(word in nouns or word.removesuffix("s") in nouns
               for word in opening.group(1).lower().split())


# 'The' and up to three words: where a definite mention of a happening names it.
_DEFINITE = re.compile(r"The\s++((?:[\w'-]++\s++){0,2}[\w'-]++)")


# Names a new story's first sentence brings ('The U.S. State Department is confirming
# that Americans were killed ... in Kabul'; not 'the US judicial system' of an aside).
MIN_NAMES = 2


def opening_of(found: list[Opening], offset: int) -> int:
    """The index of the last opening at or before an offset."""
    return bisect_right(found, offset, key=lambda o: o.start) - 1


def _names(doc: Document, span: Span, initial: bool = False) -> set[str]:
    """The capitalised words of a span that are names: not a word of a time ('Tuesday'),
    nor one of the table not_a_name, nor a sentence's first word unless ``initial`` (a
    name to match, 'Afghan government forces ended ...')."""
    text = doc.text
    times = doc.phrases_in(span)
    found = set()
    for m in _NAME.finditer(text, span.start, span.end):
        word = m.group().rstrip(".").lower()  # 'PELOSI' is 'Pelosi'
        if len(word) < 2 or m.group() in doc.lex.not_a_name:
            continue
        before = text[max(span.start, m.start() - 8) : m.start()].rstrip(" \t\"'(\u201c\u2018")
        if not initial and (not before or before[-1] in ".!?:"):
            continue  # a sentence's first word: 'Twin car bombs killed'
        if any(start <= m.start() < end for start, end in times):
            continue
        found.add(word)
    return found
