"""The tagger's rules (data/rules.toml), with their patterns expanded and compiled."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from timeline.temporal.trie import alternation
from timeline.temporal.vocab import Vocab
from timeline.temporal.vocab import load as load_vocab

_MACRO = re.compile(r"\{\{(\w+)\}\}")
_TABLE = re.compile(r"\{([a-z_]+)(?::([a-z_]+))?\}")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# A match starts a word: no letter, digit or apostrophe before it, nor a number it would
# continue ('1,998' is no year).
STARTS_WORD = r"(?<![\w'])(?<!\d[,.])"
# The characters before a match a rule's preceded_by is looked for in, at most.
BEFORE = 40


@dataclass(frozen=True)
class Example:
    """A sentence a rule must tag, with the text and value it must produce there."""

    sentence: str
    text: str
    value: str
    mod: str = ""
    dct: str = ""


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str  # the regex's source, compiled when first used (regex)
    type: str
    resolve: str
    params: dict[str, Any] = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    priority: int = 0
    preceded_by: re.Pattern[str] | None = None
    triggers: frozenset[str] = frozenset()
    # how many characters before a match preceded_by is looked for in
    reach: int = BEFORE

    @property
    def regex(self) -> re.Pattern[str]:
        """The rule's regex (case-blind), compiled when the tagger first looks for the
        rule: compiling all of them is most of what a process spends before its first
        article is tagged, and an article holds the trigger words of about half. Kept
        apart from the rule: one attribute set after the others gives the rule a dict
        of its own, whose look-ups cost the tagger 0.5% of its instructions."""
        return _compiled(self.pattern)

    def accepts(self, text: str, start: int) -> bool:
        """Whether the words before a match allow it (Python's re has no long look-behind)."""
        if self.preceded_by is None:
            return True
        lo = start - self.reach
        return self.preceded_by.search(text, lo if lo > 0 else 0, start) is not None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def reach_of(preceded_by: re.Pattern[str]) -> int:
    """How far back a preceded_by pattern can match: the longest text it takes, as its
    parse tree tells, and the line break '$' may leave after it; at most BEFORE. A match
    ends right before the expression, so it starts no further back: a search from there
    finds the same, without trying every position of the BEFORE characters
    ('(?<!\\baged\\s)$' is tried at two)."""
    longest: int = _parser.parse(preceded_by.pattern, preceded_by.flags).getwidth()[1]
    return min(BEFORE, longest + 1)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    example_dct: str


def expand(pattern: str, macros: dict[str, str], vocab: Vocab) -> str:
    """Replace {{macro}} and {table} placeholders; a table becomes a named group."""
    for _ in range(5):
        pattern = _MACRO.sub(lambda m: macros[m.group(1)], pattern)

    def table(m: re.Match[str]) -> str:
        name, alias = m.group(1), m.group(2)
        if not vocab.has(name):
            raise KeyError(f"pattern names unknown word table {name!r}")
        return f"(?P<{alias or name}>{vocab.alternation(name)})"

    return _TABLE.sub(table, pattern)


def trigger_words(triggers: list[str], vocab: Vocab) -> frozenset[str]:
    """The words (lower case, or DIGIT for any number) one of which every match contains.

    A {table} stands for the last word of each of its entries ('last night' -> 'night'),
    which any match of the table must contain. The tagger looks for a rule only near
    these words, so a rule without triggers is looked for everywhere.
    """
    words: set[str] = set()
    for trigger in triggers:
        found = _TABLE.fullmatch(trigger)
        if found:
            entries = vocab.table(found.group(1))
            words.update(_key_words(entry)[-1] for entry in entries)
        else:
            words.add(trigger.lower())
    return frozenset(words)


def _key_words(entry: str) -> list[str]:
    """An entry's words, a possessive's 's' left out: "New Year's" ends in 'year', since
    the 's' every possessive has would make the rule looked for at five words a text."""
    return re.findall(r"[^\W\d_]+", _POSSESSIVE.sub("", entry.lower())) or [entry.lower()]


def compile_rule(raw: dict[str, Any], macros: dict[str, str], vocab: Vocab, priority: int) -> Rule:
    body = expand(raw["pattern"], macros, vocab)
    examples = tuple(Example(**ex) for ex in raw.get("examples", ()))
    before = raw.get("preceded_by")
    preceded_by = re.compile(expand(before, macros, vocab), re.IGNORECASE) if before else None
    return Rule(
        triggers=trigger_words(raw.get("triggers", ()), vocab),
        preceded_by=preceded_by,
        reach=BEFORE if preceded_by is None else reach_of(preceded_by),
        name=raw["name"],
        pattern=STARTS_WORD + rf"(?:{body})(?!\w)",
        type=raw["type"],
        resolve=raw["resolve"],
        params=dict(raw.get("params", {})),
        examples=examples,
        priority=priority,
    )


@cache
def load() -> RuleSet:
    """The packaged rules, compiled once per process."""
    path = resources.files("timeline.temporal") / "data" / "rules.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    vocab = load_vocab()
    macros = {
        name: body if isinstance(body, str) else alternation(body)
        for name, body in data.get("macros", {}).items()
    }
    rules = tuple(compile_rule(raw, macros, vocab, i) for i, raw in enumerate(data["rule"]))
    return RuleSet(rules=rules, example_dct=data["example_dct"])
