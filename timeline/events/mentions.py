"""Event mentions refer back (and forward): "The strike drew 10,000" takes the strike's date.

News names a happening once with its time ("Workers went on strike on Monday"; "Union
members voted on Tuesday") and then by a definite noun phrase without one ("The strike
drew 10,000 people"; "The vote was close"). Such a sentence takes the date of the
happening the article dates, whether the date comes before or after it ("The ceremony
drew hundreds ... The ceremony was held on Sunday"). A happening is matched by its noun
(table ``event_noun``) or by a verb form of it (table ``event_verb``: 'struck' is a strike,
'voted' a vote), only in the clause its time dates and only as the later sentence's
subject: conservative, since a wrong match moves a row far.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from timeline.events.clauses import clause_of
from timeline.events.document import Document
from timeline.events.lexicon import Lexicon, alternation
from timeline.events.model import Event
from timeline.sentences import Span

# A sentence opening on a definite noun phrase: 'The strike', "The party's conference".
_DEFINITE_NOUN = re.compile(r"(?:the|this|that)\s++((?:[\w'-]++\s++){0,2}[\w'-]++)", re.I)


@cache
def _verb_forms(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    """The verb forms of happenings as one pattern, and each form's noun."""
    nouns = {form.lower(): noun for noun, forms in lex.forms["event_verb"].items()
             for form in forms}
    return alternation(list(nouns)), nouns


def happenings(doc: Document, dated: list[Event]) -> dict[str, Event]:
    """Each happening a dated clause names, by its noun ('strike'), with the first event
    dating it: the noun itself, or a verb form of it ('workers struck', 'voted')."""
    named = _named(doc)
    starts = [start for start, _, _ in named]
    found: dict[str, Event] = {}
    for event in sorted(dated, key=lambda e: e.timex.phrase_start):
        if event.timex.type == "DURATION":
            continue
        clause = clause_of(doc.lex, doc.text, event.sentence, event.timex)
        for _, end, noun in named[bisect_left(starts, clause.start) :]:
            if end > clause.end:
                break
            found.setdefault(noun, event)
    return found


def _named(doc: Document) -> list[tuple[int, int, str]]:
    """Every happening the text names, by noun or verb form, in text order: one pass over
    the text, not one per clause (a 9 KB run-on sentence has hundreds of clauses)."""
    verbs, noun_of = _verb_forms(doc.lex)
    nouns = [(m.start(), m.end(), m.group().lower())
             for m in doc.lex.pattern("event_noun").finditer(doc.text)]
    forms = [(m.start(), m.end(), noun_of[m.group().lower()]) for m in verbs.finditer(doc.text)]
    return sorted(nouns + forms)


def subject_happening(doc: Document, span: Span, mentioned: dict[str, Event]) -> Event | None:
    """The dated happening a sentence's subject names ('The strike drew 10,000'), if any."""
    lead = doc.lex.clause_opener.sub("", doc.text[span.start : span.end])
    found = _DEFINITE_NOUN.match(lead)
    words = found.group(1).lower().split() if found else []
    for word in words:
        singular = word[:-1] if word.endswith("s") else word  # 'The arrests'
        if word in mentioned or singular in mentioned:
            return mentioned.get(word) or mentioned[singular]
    return None
