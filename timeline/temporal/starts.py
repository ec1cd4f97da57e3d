"""What each rule's matches start with, read from its parse tree once, ahead of time.

The tagger tries a rule only at word starts whose first characters one of its matches
can start with (prefixes.py). Reading that from the rules' parse trees costs about a
third of a second for all of them: more than a batch of a few hundred articles spends
tagging. So the packaged rules' results ship in ``data/starts.json``, keyed by each
rule's regex; a rule missing there (one changed since the table was written) is read
from its tree, as before, and tests/test_starts.py fails until the table is rewritten:

    python scripts/write_starts.py
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path

from timeline.temporal.prefixes import WIDTH, Prefixes, longest, prefixes
from timeline.temporal.rules import FLAGS, Rule
from timeline.temporal.vocab import DATA

# a rule's heads: at most this many, of at most this many characters (prefixes.longest);
# 128 rather than 32 spares find a fifth of its rule attempts and word starts (56 and 47
# a synthetic document, were 69.5 and 58), for about 0.05 s more to build all groups
MOST_HEADS, WIDEST_HEAD = 128, 6
# what a table was written for: another setting makes every entry of it wrong
_SETTINGS = {"width": WIDTH, "most_heads": MOST_HEADS, "widest_head": WIDEST_HEAD}
_TABLE = "starts.json"

Heads = tuple[int, frozenset[str]]  # how many characters find checks, what they can be


def starts(rule: Rule) -> tuple[Prefixes, Heads]:
    """A rule's prefixes of WIDTH characters (prefixes.prefixes) and its heads; its regex
    is not compiled when the packaged table holds them (the tagger compiles a rule when
    it first tries it, candidates._first_try)."""
    known = _shipped().get(_pattern_key(FLAGS, rule.pattern))
    return known if known is not None else computed(rule.regex)


def computed(regex: re.Pattern[str]) -> tuple[Prefixes, Heads]:
    """What ``starts`` gives, read from the regex's parse tree."""
    return prefixes(regex, WIDTH), _heads(regex)


def _heads(regex: re.Pattern[str]) -> Heads:
    """How many characters of a rule's match find checks before trying it, and what
    they can be (prefixes.longest, cut to the shortest of them)."""
    found = longest(regex, MOST_HEADS, WIDEST_HEAD)
    if not found:
        return 0, frozenset({""})
    width = min(map(len, found))
    return width, frozenset(head[:width] for head in found)


def _key(regex: re.Pattern[str]) -> str:
    return _pattern_key(regex.flags, regex.pattern)


def _pattern_key(flags: int, pattern: str) -> str:
    return hashlib.sha1(f"{flags}:{pattern}".encode()).hexdigest()


@cache
def _shipped() -> dict[str, tuple[Prefixes, Heads]]:
    """The packaged table, by regex key; empty if it was written for other settings."""
    raw = json.loads((DATA / _TABLE).read_text("utf-8"))
    if raw.get("settings") != _SETTINGS:
        return {}
    return {
        key: (None if keys is None else frozenset(keys), (width, frozenset(heads)))
        for key, (keys, width, heads) in raw["rules"].items()
    }


def write_table(rules: tuple[Rule, ...]) -> Path:
    """Rewrite the packaged table for some rules (the packaged ones); its path."""
    table: dict[str, object] = {}
    for rule in rules:
        keys, (width, heads) = computed(rule.regex)
        table[_key(rule.regex)] = [None if keys is None else sorted(keys), width, sorted(heads)]
    path = DATA / _TABLE
    written = {"settings": _SETTINGS, "rules": table}
    path.write_text(json.dumps(written, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    _shipped.cache_clear()
    return path
