"""The tagger's word tables (data/vocab.toml), as regex alternations and look-ups."""

from __future__ import annotations

import hashlib
import re
from datetime import tzinfo
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from timeline.temporal import build_cache
from timeline.temporal.trie import alternation, escaped


class Vocab:
    """Word tables keyed by name; words are matched and looked up without case or dots."""

    def __init__(self, tables: dict[str, dict[str, Any]]) -> None:
        self._tables = tables
        self._keys = {
            name: {_key(word): value for word, value in table.items() if not word.startswith("_")}
            for name, table in tables.items()
        }
        self._alternations: dict[str, str] = {}
        self._sets: dict[str, frozenset[str]] = {}

    def has(self, table: str) -> bool:
        return table in self._tables

    def alternation(self, table: str) -> str:
        """A regex alternation of the table's words, longest first so 'last night' beats 'last'.
        Built once per table: the rules name the same tables many times ('{month}' in 20)."""
        known = self._alternations.get(table)
        if known is None:
            words = [w for w in self._tables[table] if not w.startswith("_")]
            if self._tables[table].get("_case_sensitive"):
                known = f"(?-i:{_with_capitals(words, self._tables[table])})"
            else:
                known = alternation({w.lower() for w in words}, word_atoms)
            self._alternations[table] = known
        return known

    def lookup(self, table: str, word: str) -> Any:
        """The table's value for a matched word; KeyError means a pattern and table disagree."""
        return self._keys[table][_key(word)]

    def get(self, table: str, word: str, default: Any = None) -> Any:
        return self._keys[table].get(_key(word), default)

    def words(self, table: str, field: str = "words") -> list[str]:
        """A plain word list kept as `words = [...]` (or another field) in a table."""
        return list(self._tables[table][field])

    def word_set(self, table: str) -> frozenset[str]:
        """A plain word list as a set, made once per table: the resolvers test words
        against the same lists at every match ('the following', 'next')."""
        known = self._sets.get(table)
        if known is None:
            known = self._sets[table] = frozenset(self.words(table))
        return known

    def zone_in(self, table: str, zone: tzinfo | None) -> bool:
        """Whether a time zone's IANA name starts with one of a table's `prefixes`.

        The zone name is the best hint an article gives of its hemisphere or date style.
        """
        name = str(getattr(zone, "key", ""))
        return any(name.startswith(p) for p in self.words(table, "prefixes"))

    def table(self, table: str) -> dict[str, Any]:
        return {w: v for w, v in self._tables[table].items() if not w.startswith("_")}


def _with_capitals(words: list[str], table: dict[str, Any]) -> str:
    """A case-sensitive table's words as an alternation, with their all-capital forms
    when the table's `_capitals` says so: wire datelines and headlines write dates so
    ('MARCH 19 (Reuters) -', 'TUESDAY'). A capital form that is also a word of its own
    (the table's `_capitals_before_number`: 'MAY', 'MARCH') counts only before a number."""
    if not table.get("_capitals"):
        return alternation(words, word_atoms)
    guarded = {w.upper() for w in table.get("_capitals_before_number", [])}
    capitals = [w.upper() for w in words if w.upper() not in guarded]
    known = alternation(words + capitals, word_atoms)
    if guarded:
        known += rf"|{alternation(guarded, word_atoms)}(?=[\s-]+\d)"
    return known


def folded(text: str) -> str:
    """The text with each character beyond ASCII that re.IGNORECASE matches to an ASCII
    letter written as that letter (a long s is 's', the Kelvin sign 'k'): the words a
    rule matched, as the tables spell them. Same length, so offsets hold."""
    return text if text.isascii() else "".join(map(_folded_char, text))


@lru_cache(maxsize=1024)
def _folded_char(char: str) -> str:
    if char.isascii():
        return char
    letters = [a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(re.escape(char), a, re.I)]
    return letters[0] if letters else char


# An apostrophe in a table word: straight or curly.
_APOSTROPHE = "['\u2019]"


@lru_cache(maxsize=4096)
def _key(word: str) -> str:
    """A word as tables are keyed: spaces and hyphens alike, as patterns match them
    (word_atoms), so 'last -night' finds 'last night'; no dots, no case, the curly
    apostrophe as the straight one. Kept: the same few hundred words are looked up for
    every expression, and the regex was a tenth of resolving one."""
    return re.sub(r"[\s-]+", " ", word.replace(".", "").replace("\u2019", "'")).strip().lower()


def word_atoms(word: str) -> list[str]:
    """A table word as regex pieces: spaces match whitespace or a hyphen; 'Feb.' matches
    'Feb' too; an apostrophe matches a curly one (U+2019, "Mother's Day" typeset), as the
    patterns' apostrophes do."""
    atoms: list[str] = []
    for part in re.split(r"[\s-]+", word.rstrip(".")):
        if atoms:
            atoms.append(r"[\s-]+")
        atoms.extend(_APOSTROPHE if char in "'\u2019" else escaped(char) for char in part)
    return atoms + ([r"\.?"] if word.endswith(".") else [])


@cache
def load() -> Vocab:
    """The packaged tables, read once per process."""
    return Vocab(read_table("vocab.toml"))


def read_table(name: str) -> dict[str, Any]:
    """A packaged TOML file, parsed, as another process parsed it when the bytes are the
    same (build_cache): parsing the tables took a new process 0.05 s."""
    return parsed_toml(table_text(name))


def table_text(name: str) -> str:
    """A packaged TOML file's text."""
    return (DATA / name).read_text("utf-8")


# The folder of the packaged tables, found from this file (as build_cache finds the
# tagger's source): importlib.resources and what it imports (tempfile, random, lzma)
# were a twentieth of the start-up of `timex --jsonl`.
DATA = Path(__file__).parent / "data"


def parsed_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, kept by the text's hash for the next process."""
    digest = hashlib.sha1(text.encode()).hexdigest()
    return build_cache.remembered("toml", digest, lambda: _toml(text))


def _toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, importing tomllib (and its regexes) only in a process
    that parses a table."""
    import tomllib

    return tomllib.loads(text)
