"""A futures contract's month dates nothing: "Light, sweet crude for September delivery rose".

Market copy names a commodity's contract by its delivery month ("crude for September
delivery rose $2.89", "Prices for delivery in December rose 6 percent"): the month is part
of what is priced, a delivery still ahead that the story does not tell, and the clause's
move happened at its own time or the story's. A time right before a noun of
``contract_noun`` (data/events.toml), or right after one and 'in' or 'for', in a clause
that reports a figure (figures.is_figure: a price moving by a number) gets no row, and the
clause is dated as one without a time of its own. A delivery that is a happening ('The
jets are due for delivery in March', 'ordered 20 jets for 2026 delivery') moves no figure
and keeps its row (benchmarks.dating: news-dating-19 419 -> 420, news-dating-3 one wrong
row fewer, the other sets unchanged).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.events.document import Document
from timeline.events.figures import is_figure
from timeline.events.lexicon import Lexicon
from timeline.sentences import Span
from timeline.temporal import Timex

# Characters before a time searched for its contract noun ('delivery in ').
_REACH = 20


def names_contract(doc: Document, timex: Timex, clause: Span) -> bool:
    """Whether a time is a contract's delivery month (see the module's docstring)."""
    lex, text = doc.lex, doc.text
    before = _noun_before(lex).search(text, max(0, timex.phrase_start - _REACH), timex.phrase_start)
    if before is None and _noun_after(lex).match(text, timex.end) is None:
        return False
    return is_figure(doc, clause)


@cache
def _noun_before(lex: Lexicon) -> re.Pattern[str]:
    """A noun of contract_noun ending a stretch, maybe 'in' or 'for' after it."""
    nouns = lex.pattern("contract_noun").pattern
    return re.compile(rf"{nouns}\s++(?:(?:in|for)\s++)?$", re.I)


@cache
def _noun_after(lex: Lexicon) -> re.Pattern[str]:
    """A noun of contract_noun right after a time."""
    return re.compile(rf"\s++{lex.pattern('contract_noun').pattern}", re.I)
