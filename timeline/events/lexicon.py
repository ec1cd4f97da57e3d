"""The events layer's word lists (``data/events.toml``, ``data/people.toml``), compiled once.

Every module of the events package reads its English from here, never from an inline list,
so a word is added in one readable table and every rule that needs it sees it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# What a word of the clause_opener table can do (see data/events.toml).
CLAUSE_USES = frozenset({"cut", "cut_bare", "lead", "split", "subordinate"})


@dataclass(frozen=True, eq=False)
class Lexicon:
    reporting: re.Pattern[str]
    plan: re.Pattern[str]
    forecast: re.Pattern[str]
    status: re.Pattern[str]
    honorific: re.Pattern[str]
    group: re.Pattern[str]
    organisation_suffixes: frozenset[str]
    not_a_name: frozenset[str]
    clause_opener: re.Pattern[str]
    clause_break: re.Pattern[str]
    clause_boundary: re.Pattern[str]
    # clause_opener's words that open a dependent clause after a comma ("subordinate")
    subordinators: frozenset[str]
    words: dict[str, list[str]]
    # Tables of a word and its forms ('event_verb': strike = ["struck", ...]).
    forms: dict[str, dict[str, list[str]]]

    def pattern(self, name: str, case_sensitive: bool = False) -> re.Pattern[str]:
        """Any word list of events.toml as a whole-word pattern (compiled once)."""
        return _compiled(self, name, case_sensitive)

    def set(self, name: str) -> frozenset[str]:
        """Any word list of events.toml as a set of words, as written."""
        return _as_set(self, name)


@cache
def _compiled(lex: Lexicon, name: str, case_sensitive: bool) -> re.Pattern[str]:
    return alternation(lex.words[name], case_sensitive)


@cache
def _as_set(lex: Lexicon, name: str) -> frozenset[str]:
    return frozenset(lex.words[name])


def alternation(words: list[str], case_sensitive: bool = False) -> re.Pattern[str]:
    """Whole words or phrases, longest first, any run of spaces between a phrase's words."""
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
    return re.compile(rf"\b(?:{body})\b", 0 if case_sensitive else re.IGNORECASE)


def _reporting(words: list[str], passive: list[str], be: list[str]) -> re.Pattern[str]:
    """Verbs of saying; those in ``passive`` only when no form of 'be' stands before them
    ('She was denied exit' reports nothing; 'She denied it' does)."""
    forms = [*be, *(b.capitalize() for b in be)]
    guard = "".join(rf"(?<!\b{b} )" for b in forms)
    active = alternation([w for w in words if w not in passive]).pattern
    guarded = alternation([w for w in words if w in passive]).pattern
    return re.compile(rf"{active}|{guard}{guarded}", re.IGNORECASE)


def _clause_patterns(uses: dict[str, list[str]]) -> tuple[re.Pattern[str], ...]:
    """The clause_opener table as three patterns: a clause's leading words, the cuts of a
    sentence into clauses, the words that split two times into two happenings."""
    unknown = {use for found in uses.values() for use in found} - CLAUSE_USES
    if unknown:
        raise ValueError(f"events.toml clause_opener: unknown uses {sorted(unknown)}")

    def having(use: str) -> list[str]:
        return [word for word, found in uses.items() if use in found]

    lead = "|".join(map(re.escape, having("lead")))
    opener = re.compile(rf"^(?:(?:{lead})\b[\s,]*)+", re.IGNORECASE)
    after_comma = "|".join(map(re.escape, having("cut")))
    bare = "|".join(r"\s+".join(map(re.escape, w.split())) for w in having("cut_bare"))
    cut = re.compile(
        rf";\s|\s[-\u2013\u2014]\s|,\s(?=(?:{after_comma})\b)|\s(?=(?:{bare})\s)"
    )
    return opener, cut, alternation(having("split"))


def _table(name: str) -> dict[str, Any]:
    path = resources.files("timeline") / "data" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def lexicon() -> Lexicon:
    """The packaged word lists of events.toml, compiled once per process."""
    data = _table("events.toml")
    uses = data.pop("clause_opener")["words"]
    assert isinstance(uses, dict)
    forms = {
        name: {key: list(found) for key, found in table["words"].items()}
        for name, table in data.items()
        if isinstance(table["words"], dict)
    }
    words = {name: list(table["words"]) for name, table in data.items()}
    opener, cut, boundary = _clause_patterns(uses)
    return Lexicon(
        reporting=_reporting(words["reporting"], words["passive_not_saying"], words["be"]),
        plan=alternation(words["plan"]),
        forecast=alternation(words["forecast"]),
        status=alternation(words["status"]),
        honorific=alternation(words["honorific"], case_sensitive=True),
        group=alternation(words["group"]),
        organisation_suffixes=frozenset(words["organisation_suffix"]),
        not_a_name=frozenset(words["not_a_name"]),
        clause_opener=opener,
        clause_break=cut,
        clause_boundary=boundary,
        subordinators=frozenset(w for w, found in uses.items() if "subordinate" in found),
        words={**words, "clause_opener": list(uses)},
        forms=forms,
    )


@cache
def name_words() -> dict[str, frozenset[str]]:
    """The word lists of data/people.toml (given names, gendered titles, peerage)."""
    return {name: frozenset(table["words"]) for name, table in _table("people.toml").items()}


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name ('Nancy', 'Dan')."""
    words = name_words()
    return word in words["male"] or word in words["female"]
