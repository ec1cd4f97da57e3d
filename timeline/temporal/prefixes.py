"""The first two characters a regex's matches can start with, read from its parse tree.

The tagger tries each rule at word starts near its trigger words; at most of them the
text's first two characters already rule the rule out ('sa' of 'said' starts no date),
and a set look-up costs a fraction of a regex attempt. Keys are ASCII in lower case: a
text with other characters is matched without this filter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

WIDTH = 2  # characters in a key
_ASCII = frozenset(chr(i) for i in range(128))
_CAP = 4096  # more prefixes than this at a step: not worth a filter
# prefixes of at most some width, shorter only where a match ends; None: any text
Prefixes = frozenset[str] | None


def keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every key (the first WIDTH characters of a text, in lower case, or fewer at its
    end) at which ``pattern`` may match; None when it may match almost anywhere, or its
    parse tree holds what this module does not know."""
    found = prefixes(pattern, WIDTH)
    if found is None:
        return None
    short = {p for p in found if len(p) < WIDTH}
    return frozenset(found | {p + c for p in short for c in _ASCII})


def prefixes(pattern: re.Pattern[str], width: int) -> frozenset[str] | None:
    """The strings of ``width`` characters (lower-case ASCII) that a match of ``pattern``
    can start with, and the shorter ones that a whole match can be; None as for keys."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - the pattern compiled
        return None
    found = _sequence(list(tree), width)
    return None if found is None or "" in found else found


def _sequence(items: list[tuple[Any, Any]], width: int) -> Prefixes:
    """The prefixes of parse items matched one after another."""
    done: set[str] = set()  # prefixes ``width`` long
    growing: set[str] = {""}  # shorter ones, still growing (or where the match ends)
    for op, av in items:
        if not growing:
            break
        step = _item(op, av, width)
        if step is None:
            return None
        grown = {(head + tail)[:width] for head in growing for tail in step}
        if len(grown) > _CAP:
            return None
        done.update(p for p in grown if len(p) == width)
        growing = {p for p in grown if len(p) < width}
    return frozenset(done | growing)


def _item(op: Any, av: Any, width: int) -> Prefixes:
    """The prefixes of one parse item."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""})  # zero-width
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        return _chars(op, av)
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]), width)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), width)
    if op is sre.BRANCH:
        return _union(_sequence(list(alt), width) for alt in av[1])
    if op is sre.GROUPREF_EXISTS:
        return _union(_sequence(list(alt or ()), width) for alt in av[1:])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], list(av[2]), width)
    return None  # a back-reference, or anything unforeseen


def _repeat(low: int, high: int, body: list[tuple[Any, Any]], width: int) -> Prefixes:
    """The prefixes of ``body`` repeated ``low`` to ``high`` times. Past ``width``
    repetitions of a body that takes characters the prefix is complete; one that may
    take none may stand for fewer repetitions."""
    once = _sequence(body, width)
    if once is None:
        return None
    fewest = 0 if "" in once else min(low, width)
    return _union(_sequence(body * n, width) for n in range(fewest, min(high, width) + 1))


def _union(parts: Iterable[Prefixes]) -> Prefixes:
    found: set[str] = set()
    for part in parts:
        if part is None:
            return None
        found |= part
    return frozenset(found)


def _chars(op: Any, av: Any) -> frozenset[str] | None:
    """The ASCII characters (in lower case) one character of a parse item may be,
    whatever the case flags: a superset is only a weaker filter."""
    if op is sre.LITERAL:
        return _folded(av)
    if op is sre.NOT_LITERAL or op is sre.ANY:
        return _lower(_ASCII)
    matched: set[str] = set()
    negated = False
    for kind, value in av:
        if kind is sre.NEGATE:
            negated = True
        elif kind is sre.LITERAL:
            matched |= _folded(value)
        elif kind is sre.RANGE and value[1] < 128:
            matched.update(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value in _CATEGORIES:
            matched.update(c for c in _ASCII if _CATEGORIES[value](c))
        else:
            return _lower(_ASCII)  # a range beyond ASCII, or what this does not know
    return _lower(_ASCII - matched if negated else matched)


def _folded(code: int) -> frozenset[str]:
    """The ASCII characters a literal matches without case: beyond ASCII, those such as
    'k' for the Kelvin sign, which re.IGNORECASE takes as one."""
    if code < 128:
        return _lower({chr(code)})
    return _lower({c for c in _ASCII if re.fullmatch(re.escape(chr(code)), c, re.I)})


def _lower(chars: Iterable[str]) -> frozenset[str]:
    return frozenset(c.lower() for c in chars)


_CATEGORIES = {
    sre.CATEGORY_DIGIT: str.isdigit,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}
