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
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from timeline.sentences import Span, containing, paragraphs, sentences

if TYPE_CHECKING:
    from timeline.events import Lexicon

_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
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
    person named outside a quotation, then the last person named at all.
    """
    want = _PRONOUN_GENDER.get(pronoun.lower(), "")
    mentions = _mentions(text, before, names)
    fits = [(at, full) for at, full in mentions
            if not want or gender_of(full, text) in ("", want)]
    outside = [(at, full) for at, full in fits if not _in_quote(text, at)]
    subjects = [(at, full) for at, full in outside if _is_subject(text, at, full, names, lex)]
    for pool in (subjects, outside, mentions):
        if pool:
            return max(pool)[1]
    return ""


def _mentions(text: str, before: int, names: dict[str, str]) -> list[tuple[int, str]]:
    """Every mention of a known person before an offset, as (offset, full name)."""
    found: dict[int, str] = {}
    for key, full in names.items():
        for m in re.finditer(rf"\b{re.escape(key)}\b", text[:before]):
            if m.start() not in found or len(full) > len(found[m.start()]):
                found[m.start()] = full
    return sorted(found.items())


def _in_quote(text: str, at: int) -> bool:
    """Inside a quotation: an odd number of quote marks since its paragraph began."""
    para = containing(paragraphs(text), at)
    start = para.start if para else 0
    return len(_QUOTE_MARKS.findall(text, start, at)) % 2 == 1


def _is_subject(text: str, at: int, full: str, names: dict[str, str], lex: Lexicon) -> bool:
    """A mention that opens its sentence (after a title or an opener such as 'But') or
    stands right before or after a verb of saying ('Lee said', 'said Lee')."""
    sentence = containing(sentences(text), at) or Span(0, len(text))
    lead = text[sentence.start : at]
    lead = lex.clause_opener.sub("", lex.honorific.sub("", lead)).strip(" ,\"'\u201c\u201d")
    if not lead or re.fullmatch(r"(?:[A-Z][\w'-]*\s*)+", lead):
        return True
    end = at + len(next((k for k in names if text.startswith(k, at)), full))
    after = re.match(r"\s*(?:,[^,]{0,80},\s*)?", text[end:])
    rest = end + (after.end() if after else 0)
    if lex.reporting.match(text, rest):
        return True
    return bool(re.search(rf"(?:{lex.reporting.pattern})\s+$", text[max(0, at - 30) : at], re.I))
