"""Times told relative to another happening: "Three years after the merger, ...".

The tagger reads "three years after" as three years on from publication. In news the
phrase places the named happening (the merger) that long before the clause's own time,
which is the story's reference time: the merger gets the row, counted back from it, and
the main clause ("the company is profitable") is a sentence without a time of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from timeline.events.document import Document
from timeline.temporal import Timex

# The happening after the phrase, up to the comma that ends it ("after the merger,"), or
# to the end of its sentence when the phrase follows its clause after a comma (", six
# years after the old building was closed.").
_HAPPENING = re.compile(
    r"\s++((?:the|its|their|his|her|a|an)\s[^,.;]{1,60}?)\s*+(?:,|(?P<end>[.;!?]|$))",
    re.I | re.M,
)
_AFTER = re.compile(r"\bafter$", re.I)
_TRAILING = re.compile(r",\s*+$")


@dataclass(frozen=True)
class Relational:
    """A happening placed before the reference time, and where its clause begins."""

    happening: str
    begin: datetime
    until: datetime
    clause_start: int


def relational(doc: Document, timex: Timex) -> Relational | None:
    """'Three years after the merger, ...' or '..., six years after the old building was
    closed.' as the happening's interval, or None."""
    text = doc.text
    if timex.begin is None or timex.until is None or not timex.value.startswith("P"):
        return None
    if not _AFTER.search(text, timex.phrase_start, timex.phrase_end):
        return None
    found = _HAPPENING.match(text, timex.phrase_end)
    if found is None:
        return None
    clause_start = found.end()
    if found.group("end") is not None:
        sentence = doc.sentence_at(timex.phrase_start)
        if sentence is None or not _TRAILING.search(text, sentence.start, timex.phrase_start):
            return None
        clause_start = sentence.start  # the main clause is the one before the phrase
    begin = _back(timex.begin, doc.article.published, timex.granularity)
    if begin is None:
        return None
    return Relational(found.group(1), begin, begin + (timex.until - timex.begin), clause_start)


def _back(forward: datetime, reference: datetime, granularity: str) -> datetime | None:
    """The tagger counted forward from the reference; the happening is as far back."""
    if granularity == "year":
        return forward.replace(year=2 * reference.year - forward.year)
    if granularity == "month":
        ahead = (forward.year - reference.year) * 12 + forward.month - reference.month
        index = reference.year * 12 + reference.month - 1 - ahead
        return forward.replace(year=index // 12, month=index % 12 + 1)
    if granularity == "day":
        day = reference.replace(hour=0, minute=0, second=0, microsecond=0)
        return day - timedelta(days=(forward - day).days)
    return None
