"""Who 'he' and 'she' are: the last person who was a subject or a speaker, of the
pronoun's gender when the text tells it.

Taking the last person named fails in news copy, where a sentence often ends on someone
else ("... said the move was a gift to Kim Jong Un. He said North Korea ..." means the
speaker, not Kim). A pronoun subject nearly always continues the last subject or
speaker; a name inside a quotation or in object position rarely is one. Gender comes
from a title (Mr, Mrs, Lord) or a common given name (data/people.toml).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from itertools import islice
from typing import TYPE_CHECKING

from timeline.sentences import Span, containing, paragraphs, sentences

if TYPE_CHECKING:
    from timeline.events import Lexicon

_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
# Possessive: '(?:[A-Z][\w'-]*\s*)+' split a run of capitals every way it could before
# failing, 2**n ways ('AAAA...: John Smith' took minutes at 30 letters).
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w'-]*+\s*+)+")
_APPOSITION = re.compile(r"\s*(?:,[^,]{0,80},\s*)?")
# How many mentions of people back a pronoun looks for the one it stands for.
REACH = 100
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@cache
def name_words() -> dict[str, frozenset[str]]:
    """The word lists of data/people.toml (given names, gendered titles, peerage)."""
    path = resources.files("timeline") / "data" / "people.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: frozenset(table["words"]) for name, table in data.items()}


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name ('Nancy', 'Dan')."""
    words = name_words()
    return word in words["male"] or word in words["female"]


@lru_cache(maxsize=4096)
def gender_of(full: str, text: str) -> str:
    """'m', 'f' or '' for a person: a gendered title before any mention, else the given
    name."""
    words = name_words()
    for found in re.finditer(rf"\b(\w+)\.?\s+{re.escape(full)}\b", text):
        if found.group(1) in words["male_title"]:
            return "m"
        if found.group(1) in words["female_title"]:
            return "f"
    first = full.split()[0]
    return "m" if first in words["male"] else "f" if first in words["female"] else ""


def resolve(pronoun: str, text: str, before: int, names: dict[str, str], lex: Lexicon) -> str:
    """The person a pronoun at an offset most likely stands for, or ''.

    Preference: the last subject or speaker of the pronoun's gender, then the last such
    person named outside a quotation, then the last person named at all. Mentions are
    tried from the last one back, at most REACH of them (several paragraphs of news), so
    the work per pronoun does not grow with the article.
    """
    want = _PRONOUN_GENDER.get(pronoun.lower(), "")
    known = _mentions_of(text, tuple(names.items()))
    mentions = list(islice(known.back(before), REACH))
    last_outside = ""
    for at, full in mentions:
        if (want and gender_of(full, text) not in ("", want)) or _in_quote(text, at):
            continue
        if (at, full) not in known.subject:
            known.subject[at, full] = _is_subject(text, at, full, names, lex)
        if known.subject[at, full]:
            return full
        last_outside = last_outside or full
    return last_outside or (mentions[0][1] if mentions else "")


class _Mentions:
    """An article's mentions of known people, found once, and which of them are subjects,
    worked out once: every later pronoun asks about the same mentions again."""

    def __init__(self, text: str, names: tuple[tuple[str, str], ...]) -> None:
        self.every = sorted(
            (m.start(), m.end(), full)
            for key, full in names
            for m in re.finditer(rf"\b{re.escape(key)}\b", text)
        )
        self.subject: dict[tuple[int, str], bool] = {}

    def back(self, before: int) -> Iterator[tuple[int, str]]:
        """The mentions that end before an offset, last first, as (offset, full name);
        where names of several lengths match at one offset, the longest."""
        best: tuple[int, str] | None = None
        for index in range(bisect_left(self.every, (before,)) - 1, -1, -1):
            start, end, full = self.every[index]
            if best is not None and start != best[0]:
                yield best
                best = None
            if end <= before and (best is None or len(full) > len(best[1])):
                best = (start, full)
        if best is not None:
            yield best


@lru_cache(maxsize=4)
def _mentions_of(text: str, names: tuple[tuple[str, str], ...]) -> _Mentions:
    return _Mentions(text, names)


@lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(sentences(text))


@lru_cache(maxsize=4)
def _paragraphs(text: str) -> tuple[Span, ...]:
    return tuple(paragraphs(text))


@lru_cache(maxsize=4)
def _quote_marks(text: str) -> list[int]:
    return [m.start() for m in _QUOTE_MARKS.finditer(text)]


def _in_quote(text: str, at: int) -> bool:
    """Inside a quotation: an odd number of quote marks since its paragraph began."""
    para = containing(_paragraphs(text), at)
    marks = _quote_marks(text)
    count = bisect_left(marks, at) - bisect_left(marks, para.start if para else 0)
    return count % 2 == 1


def _is_subject(text: str, at: int, full: str, names: dict[str, str], lex: Lexicon) -> bool:
    """A mention that opens its sentence (after a title or an opener such as 'But') or
    stands right before or after a verb of saying ('Lee said', 'said Lee')."""
    sentence = containing(_sentences(text), at) or Span(0, len(text))
    lead = text[sentence.start : at]
    lead = lex.clause_opener.sub("", lex.honorific.sub("", lead)).strip(" ,\"'\u201c\u201d")
    if not lead or _CAPITALISED_WORDS.fullmatch(lead):
        return True
    end = at + len(next((k for k in names if text.startswith(k, at)), full))
    after = _APPOSITION.match(text, end)
    rest = after.end() if after else end
    if lex.reporting.match(text, rest):
        return True
    return bool(re.search(rf"(?:{lex.reporting.pattern})\s+$", text[max(0, at - 30) : at], re.I))
