"""The tagger's rules (data/rules.toml), with their patterns expanded and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from timeline.temporal import build_cache
from timeline.temporal.optionals import as_branches
from timeline.temporal.trie import alternation
from timeline.temporal.vocab import Vocab, parsed_toml, read_table, table_text
from timeline.temporal.vocab import load as load_vocab

_MACRO = re.compile(r"\{\{(\w+)\}\}")
_TABLE = re.compile(r"\{([a-z_]+)(?::([a-z_]+))?\}")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# A match starts a word: no letter, digit or apostrophe before it, nor a number it would
# continue ('1,998' is no year).
STARTS_WORD = r"(?<![\w'])(?<!\d[,.])"
# The characters before a match a rule's preceded_by is looked for in, at most.
BEFORE = 40
# A rule's regex's flags: its pattern sets none of its own (one must open the pattern,
# which STARTS_WORD does), so they are known before it is compiled (starts.rule_starts).
FLAGS = int(re.IGNORECASE | re.UNICODE)


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
    priority: int = 0
    preceded_by: re.Pattern[str] | None = None
    triggers: frozenset[str] = frozenset()
    # how many characters before a match preceded_by is looked for in
    reach: int = BEFORE
    # what a preceded_by match can end with before its closing whitespace (tail_of)
    tail: frozenset[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        """The rule's regex (case-blind), compiled when the tagger first looks for the
        rule: compiling all of them is most of what a process spends before its first
        article is tagged, and an article holds the trigger words of about half. Kept
        apart from the rule: one attribute set after the others gives the rule a dict
        of its own, whose look-ups cost the tagger 0.5% of its instructions."""
        return _compiled(self.pattern)

    @property
    def ascii_regex(self) -> re.Pattern[str]:
        """The rule's regex for a text in ASCII with no information separator (see
        ascii_safe): there re.ASCII finds what the Unicode regex finds, as no character
        the rules name beyond ASCII folds to an ASCII letter (only the dotted and
        dotless i, the long s and the Kelvin sign do), and its case-blind tests lower a
        character in C, where the Unicode regex looks each up in Unicode's tables (1.2%
        of the instructions of a thousand ASCII articles)."""
        return _compiled(self.pattern, re.ASCII)

    @property
    def examples(self) -> tuple[Example, ...]:
        """The rule's example sentences (rules.toml), read when asked for: only the tests
        ask (load)."""
        return examples()[self.name]

    def accepts(self, text: str, start: int) -> bool:
        """Whether the words before a match allow it (Python's re has no long look-behind).
        The character before the words' closing whitespace is tested first (tail): most
        numbers are no day after 'April 24 and' nor a year after '1998-'."""
        if self.preceded_by is None:
            return True
        lo = start - self.reach
        lo = lo if lo > 0 else 0
        if self.tail is not None:
            last = text[lo:start].rstrip()[-1:]
            if last.isascii() and last.lower() not in self.tail:
                return False
        return self.preceded_by.search(text, lo, start) is not None


@cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return build_cache.compile(pattern, re.IGNORECASE | flags)


# What \s is in a Unicode regex and not in an ASCII one, the only ASCII characters
# the two read apart (the case of a letter, \w, \d and \b agree on ASCII).
_SEPARATORS = ("\x1c", "\x1d", "\x1e", "\x1f")


def ascii_safe(text: str) -> bool:
    """Whether a rule's ascii_regex matches in the text as its regex does: the text is
    in ASCII and holds no information separator (a scan in C for each)."""
    return text.isascii() and not any(sep in text for sep in _SEPARATORS)


def reach_of(preceded_by: re.Pattern[str]) -> int:
    """How far back a preceded_by pattern can match: the longest text it takes, as its
    parse tree tells, and the line break '$' may leave after it; at most BEFORE. A match
    ends right before the expression, so it starts no further back: a search from there
    finds the same, without trying every position of the BEFORE characters
    ('(?<!\\baged\\s)$' is tried at two)."""
    longest: int = _tree(preceded_by).getwidth()[1]
    return min(BEFORE, longest + 1)


def tail_of(preceded_by: re.Pattern[str]) -> frozenset[str] | None:
    """The characters (in lower case) one of which a match of a preceded_by pattern ends
    with before the whitespace that closes it ('d' of 'and', '-' of '1998-'), as its
    parse tree tells; None when it may hold none ('(?<!\\baged\\s)$') or the tree has
    a piece not read here (any character, a class of words or digits, a negated class).
    The text before a match must end with one of them, whitespace apart: a test of one
    character that spares most searches of the pattern, each tried at every position."""
    chars, blank = _last(list(_tree(preceded_by)))
    if chars is None or blank or any(not c.isascii() and c.isalpha() for c in chars):
        return None  # a letter beyond ASCII may match an ASCII one ('\u017f', 's')
    return frozenset(c.lower() for c in chars)


@lru_cache(maxsize=1)
def _tree(preceded_by: re.Pattern[str]) -> _parser.SubPattern:
    """A pattern's parse tree, kept for the next call: compile_rule asks reach_of and
    tail_of about the same pattern in turn (parsing is most of what either costs); the
    one build_cache made compiling it, when it did."""
    return build_cache.tree(preceded_by.pattern, preceded_by.flags)


def _last(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """What a sequence of a parse tree can end with, whitespace apart (tail_of): the
    characters (None: any), and whether it may end with none (all whitespace or empty)."""
    found: set[str] = set()
    for op, av in reversed(items):
        chars, blank = _item_last(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not blank:
            return found, False
    return found, True


def _item_last(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    """_last of one piece of a parse tree; a piece it does not know gives None, so that
    the rule keeps its plain search."""
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return set(), True  # no character
    if op is _constants.LITERAL:
        return (set(), True) if chr(av).isspace() else ({chr(av)}, False)
    if op is _constants.IN:
        members: set[str] = set()
        spaced = False
        for kind, value in av:
            if kind is _constants.LITERAL:
                members.add(chr(value))
            elif kind is _constants.RANGE and value[1] - value[0] < 128:
                members.update(map(chr, range(value[0], value[1] + 1)))
            elif kind is _constants.CATEGORY and value is _constants.CATEGORY_SPACE:
                spaced = True
            else:
                return None, False
        spaces = {c for c in members if c.isspace()}
        return members - spaces, spaced or bool(spaces)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        chars, blank = _last(list(av[2]))
        return chars, blank or av[0] == 0
    if op is _constants.SUBPATTERN:
        return _last(list(av[3]))
    if op is _constants.ATOMIC_GROUP:
        return _last(list(av))
    if op is _constants.BRANCH:
        found: set[str] = set()
        blank = False
        for branch in av[1]:
            chars, empty = _last(list(branch))
            if chars is None:
                return None, False
            found |= chars
            blank = blank or empty
        return found, blank
    return None, False


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
            words |= _last_words(vocab, found.group(1))
        else:
            words.add(trigger.lower())
    return frozenset(words)


@cache
def _last_words(vocab: Vocab, table: str) -> frozenset[str]:
    """The last word of each of a table's entries (trigger_words), found once a table: the
    rules name the same tables many times ('{month}' in 41), and splitting their entries
    into words was half of what loading the rules cost with a warm build cache."""
    return frozenset(_key_words(entry)[-1] for entry in vocab.table(table))


def _key_words(entry: str) -> list[str]:
    """An entry's words, a possessive's 's' left out: "New Year's" ends in 'year', since
    the 's' every possessive has would make the rule looked for at five words a text."""
    return re.findall(r"[^\W\d_]+", _POSSESSIVE.sub("", entry.lower())) or [entry.lower()]


def compile_rule(raw: dict[str, Any], macros: dict[str, str], vocab: Vocab, priority: int) -> Rule:
    body = expand(as_branches(raw["pattern"]), macros, vocab)
    before = raw.get("preceded_by")
    preceded_by = (build_cache.compile(expand(before, macros, vocab), re.IGNORECASE) if before
                   else None)
    reach, tail = BEFORE, None
    if preceded_by is not None:
        reach, tail = _reach_and_tail(preceded_by)
    return Rule(
        triggers=trigger_words(raw.get("triggers", ()), vocab),
        preceded_by=preceded_by,
        reach=reach,
        tail=tail,
        name=raw["name"],
        pattern=STARTS_WORD + rf"(?:{body})(?!\w)",
        type=raw["type"],
        resolve=raw["resolve"],
        params=dict(raw.get("params", {})),
        priority=priority,
    )


def _reach_and_tail(preceded_by: re.Pattern[str]) -> tuple[int, frozenset[str] | None]:
    """reach_of and tail_of, as another process found them (build_cache): reading the
    patterns' parse trees took a new process 0.02 s."""
    return build_cache.remembered(
        "preceded_by", (preceded_by.pattern, preceded_by.flags),
        lambda: (reach_of(preceded_by), tail_of(preceded_by)),
    )


# A rule's examples as rules.toml writes them, an array closed on a line of its own (a
# string holds no line break, so no line in it is that one): matched line by line, each
# line in one step of the regex engine, not character by character (a tenth of the cost)
_EXAMPLES = re.compile(r"\nexamples = \[\n(?:[^\n]*\n)*?\]\n")


@cache
def load() -> RuleSet:
    """The packaged rules, compiled once per process; read without their examples, which
    only the tests use (Rule.examples): two fifths of the file, whose parsing was a
    twentieth of what a process with an empty build cache spent building the tagger."""
    data = parsed_toml(_EXAMPLES.sub("\n", table_text("rules.toml")))
    vocab = load_vocab()
    macros = {
        name: as_branches(body) if isinstance(body, str) else alternation(body)
        for name, body in data.get("macros", {}).items()
    }
    rules = tuple(compile_rule(raw, macros, vocab, i) for i, raw in enumerate(data["rule"]))
    return RuleSet(rules=rules, example_dct=data["example_dct"])


@cache
def examples() -> dict[str, tuple[Example, ...]]:
    """Each rule's example sentences, by the rule's name: the whole of rules.toml, read."""
    return {
        raw["name"]: tuple(Example(**ex) for ex in raw.get("examples", ()))
        for raw in read_table("rules.toml")["rule"]
    }
