"""The first characters a regex's matches can start with, read from its parse tree.

The tagger tries each rule at word starts near its trigger words; at most of them the
text's first two characters already rule the rule out ('sa' of 'said' starts no date),
and a set look-up costs a fraction of a regex attempt. Prefixes are ASCII in lower case:
a text with other characters is matched without these filters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

WIDTH = 2  # characters in a key
_ASCII = frozenset(chr(i) for i in range(128))
_CAP = 4096  # more prefixes than this at a step: not worth a filter
# ASCII in lower case with every digit a '0' and every space a ' ': what shaped prefixes
# are of, so that 'the\s+' is one prefix, not one per kind of space
SHAPE = {i: "0" if chr(i).isdigit() else " " if chr(i).isspace() else chr(i) for i in range(128)}
# prefixes of at most some width, shorter only where a match ends; None: any text
Prefixes = frozenset[str] | None


class _Options(NamedTuple):
    cap: int  # more prefixes than this at a step: None
    shaped: bool  # of the text's SHAPE


def keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every key (the first WIDTH characters of a text, in lower case, or fewer at its
    end) at which ``pattern`` may match; None when it may match almost anywhere, or its
    parse tree holds what this module does not know."""
    found = prefixes(pattern, WIDTH)
    if found is None:
        return None
    short = {p for p in found if len(p) < WIDTH}
    return frozenset(found | {p + c for p in short for c in _ASCII})


def prefixes(
    pattern: re.Pattern[str], width: int, cap: int = _CAP, shaped: bool = False
) -> frozenset[str] | None:
    """The strings of ``width`` characters (lower-case ASCII, ``shaped`` as SHAPE makes
    a text) that a match of ``pattern`` can start with, and the shorter ones that a whole
    match can be; None as for keys, or when there would be more than ``cap`` of them at
    some step."""
    tree = _tree(pattern)
    found = None if tree is None else _sequence(tree, width, _Options(cap, shaped))
    return None if found is None or "" in found else found


def longest(pattern: re.Pattern[str], most: int, widest: int) -> tuple[str, ...] | None:
    """The shaped prefixes of ``pattern`` of the greatest width up to ``widest`` that
    number at most ``most``: 'the\\s+(?:days|weeks)\\s+ahead' starts with 'the d' or
    'the w', which 'the central bank' does not. None when even WIDTH + 1 characters
    take more."""
    tree = _tree(pattern)
    best = None
    for width in range(WIDTH + 1, widest + 1):
        found = None if tree is None else _sequence(tree, width, _Options(most, True))
        if found is None or "" in found or len(found) > most:
            break
        best = tuple(sorted(found))
    return best


def _tree(pattern: re.Pattern[str]) -> list[tuple[Any, Any]] | None:
    return _parsed(pattern.pattern, pattern.flags)


@lru_cache(maxsize=1)  # the last pattern's: asked for its keys, then for its longest
def _parsed(pattern: str, flags: int) -> list[tuple[Any, Any]] | None:
    try:
        return list(_parser.parse(pattern, flags))
    except (re.error, RecursionError):  # pragma: no cover - the pattern compiled
        return None


def _sequence(items: list[tuple[Any, Any]], width: int, options: _Options) -> Prefixes:
    """The prefixes of parse items matched one after another."""
    done: set[str] = set()  # prefixes ``width`` long
    growing: set[str] = {""}  # shorter ones, still growing (or where the match ends)
    for op, av in items:
        if not growing:
            break
        step = _item(op, av, width - min(map(len, growing)), options)  # what is left
        if step is None:
            return None
        grown = {(head + tail)[:width] for head in growing for tail in step}
        if len(grown) > options.cap:
            return None
        done.update(p for p in grown if len(p) == width)
        growing = {p for p in grown if len(p) < width}
    return frozenset(done | growing)


def _item(op: Any, av: Any, width: int, options: _Options) -> Prefixes:
    """The prefixes of one parse item."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""})  # zero-width
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        chars = _chars(op, av)
        return _shaped(chars) if options.shaped else chars
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]), width, options)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), width, options)
    if op is sre.BRANCH:
        return _union((_sequence(list(alt), width, options) for alt in av[1]), options.cap)
    if op is sre.GROUPREF_EXISTS:
        alternatives = (_sequence(list(alt or ()), width, options) for alt in av[1:])
        return _union(alternatives, options.cap)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], list(av[2]), width, options)
    return None  # a back-reference, or anything unforeseen


def _repeat(
    low: int, high: int, body: list[tuple[Any, Any]], width: int, options: _Options
) -> Prefixes:
    """The prefixes of ``body`` repeated ``low`` to ``high`` times. Past ``width``
    repetitions of a body that takes characters the prefix is complete; one that may
    take none may stand for fewer repetitions."""
    once = _sequence(body, width, options)
    if once is None:
        return None
    fewest = 0 if "" in once else min(low, width)
    times = range(fewest, min(high, width) + 1)
    return _union((_sequence(body * n, width, options) for n in times), options.cap)


def _union(parts: Iterable[Prefixes], cap: int) -> Prefixes:
    """All the parts' prefixes; None as soon as one is None or there are too many."""
    found: set[str] = set()
    for part in parts:
        if part is None:
            return None
        found |= part
        if len(found) > cap:
            return None
    return frozenset(found)


@lru_cache(maxsize=256)
def _shaped(chars: frozenset[str]) -> frozenset[str]:
    return frozenset(c.translate(SHAPE) for c in chars)


def _chars(op: Any, av: Any) -> frozenset[str]:
    """The ASCII characters (in lower case) one character of a parse item may be,
    whatever the case flags: a superset is only a weaker filter."""
    if op is sre.LITERAL:
        return _folded(av)
    if op is sre.NOT_LITERAL or op is sre.ANY:
        return _ANY
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
            matched |= _CATEGORIES[value]
        else:
            return _ANY  # a range beyond ASCII, or what this does not know
    return _lower(_ASCII - matched if negated else matched)


def _folded(code: int) -> frozenset[str]:
    """The ASCII characters a literal matches without case: beyond ASCII, those such as
    'k' for the Kelvin sign, which re.IGNORECASE takes as one."""
    if code < 128:
        return _lower({chr(code)})
    return _lower({c for c in _ASCII if re.fullmatch(re.escape(chr(code)), c, re.I)})


def _lower(chars: Iterable[str]) -> frozenset[str]:
    return frozenset(c.lower() for c in chars)


_ANY = _lower(_ASCII)
_CATEGORIES = {
    category: frozenset(c for c in _ASCII if test(c))
    for category, test in [
        (sre.CATEGORY_DIGIT, str.isdigit),
        (sre.CATEGORY_NOT_DIGIT, lambda c: not c.isdigit()),
        (sre.CATEGORY_SPACE, str.isspace),
        (sre.CATEGORY_NOT_SPACE, lambda c: not c.isspace()),
        (sre.CATEGORY_WORD, lambda c: c.isalnum() or c == "_"),
        (sre.CATEGORY_NOT_WORD, lambda c: not (c.isalnum() or c == "_")),
    ]
}
