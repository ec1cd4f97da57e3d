"""Candidate matches: every rule's matches near its trigger words, found in one pass, and
the best non-overlapping ones chosen."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from timeline.temporal import build_cache
from timeline.temporal.prefixes import SHAPE
from timeline.temporal.rules import Rule, ascii_safe
from timeline.temporal.starts import WIDEST_HEAD, starts
from timeline.temporal.trie import alternation


class Candidate(NamedTuple):
    """A match of a rule (a tuple: tens of thousands are made per hundred articles)."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def find(text: str, rules: tuple[Rule, ...], prefilter: bool = True) -> list[Candidate]:
    """Every match of every rule whose context allows it, rule by rule in text order.

    With ``prefilter``, a rule is only looked for in windows around its trigger words:
    most rules' words are absent from most of a text, and scanning it all once per rule
    was most of the tagger's time. In a window, a rule is only tried at the word starts
    whose first characters in the text's SHAPE are one of its heads (what its matches
    start with, prefixes.longest): a dict look-up rules out most of them for a tenth of
    a regex attempt; and the word starts are found by a regex of the heads, so most
    words of a window are never visited. Without ``prefilter``, each rule scans
    the whole text (the tests check that both find the same).
    """
    matches: dict[int, list[re.Match[str]]] = {}  # by rule index, of the rules that match
    if not prefilter:
        matches = {index: list(rule.regex.finditer(text)) for index, rule in enumerate(rules)}
    else:
        search = _search(rules, ascii_safe(text))
        lowered = ascii_lower(text)
        shape = _translated(lowered, _SHAPE_BYTES)
        padded = " " + shape  # a word start's offset here is that of the character before
        gapped = _translated(padded, _GAP_BYTES)
        last_end = [0] * len(rules)  # like finditer, a rule's next match starts after
        for group, hits in _hits(trigger_positions(text, rules, lowered, shape), search):
            seen, width = group.seen, group.width
            for start in _keyed_starts(group, padded, gapped, hits):
                head = shape[start : start + width]
                attempts = seen.get(head)
                if attempts is None:
                    attempts = _passing(group, head)
                for index, match in attempts:
                    if start < last_end[index]:
                        continue
                    whole = match(text, start)
                    if whole is not None:
                        matches.setdefault(index, []).append(whole)
                        last_end[index] = whole.end()
    candidates: list[Candidate] = []
    for index, found in sorted(matches.items()):
        rule = rules[index]
        for match in found:
            start, end = match.span()
            if end > start and (rule.preceded_by is None or rule.accepts(text, start)) and (
                    "\n" not in text[start:end] or not across_paragraphs(text, start, end)):
                candidates.append(Candidate(start, end, rule, match))
    return candidates


# a blank line: what ends a paragraph, a heading or a dated entry's stamp
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*+\n")


def across_paragraphs(text: str, start: int, end: int) -> bool:
    """Whether a match, or the words joining two times, runs over a blank line: a time is
    told within one paragraph, and a heading's day ('Monday 6 November') is no month of
    the next paragraph's first words ('November', then 'The first hour out of...'), nor
    is a paragraph's last clock ('at 7 p.m.') on the next one's first day ('Saturday')."""
    return _BLANK_LINE.search(text, start, end) is not None


_DIGIT = "#digit"


_START = itemgetter(0)  # a Candidate's start, as a sort key in C


# Characters a match may reach either side of its trigger word. On TBAQ and the speed
# benchmark's texts the farthest is 30 ('the year-earlier quarter' from 'quarter'); every
# position in a window costs a regex attempt, so the window is no wider than that needs.
_WINDOW = 40


# A rule as find tries it: its index and its regex's match method, in one list, so that
# each attempt costs no look-ups. Until the rule is first tried, the method is
# _first_try's, which compiles the regex and puts its own in the list: a group's rules
# are built together, and in a thousand news articles a tenth of them are never tried.
_Try = list[Any]


class _Group(NamedTuple):
    """Rules that share trigger words, as find looks for them."""

    triggers: frozenset[str]
    # for each width of the rules' heads, the rules by each of their heads (_by_head)
    by_head: tuple[tuple[int, dict[str, tuple[_Try, ...]]], ...]
    width: int  # of the widest heads
    # by a text's SHAPE at a word start, ``width`` characters of it, the rules whose heads
    # it starts with (_passing)
    seen: dict[str, tuple[_Try, ...]]
    # word starts in a text's SHAPE after a space where a rule's heads can start
    finder: re.Pattern[str]
    # the same in the text's gapped copy (_GAP_BYTES): more word starts, found faster
    gapped: re.Pattern[str]
    # whether each start the gapped finder finds is checked by the finder: a group with a
    # rule without heads, which is tried at every start found
    checked: bool


class _Search(NamedTuple):
    """How find looks for a rule set. A group's attempts are built when a text first
    holds one of its trigger words: reading the rules' parse trees takes a tenth of a
    second for them all, which a process tagging one article need not spend on all."""

    rules: tuple[Rule, ...]
    members: tuple[tuple[frozenset[str], tuple[int, ...]], ...]  # each group's words, rules
    groups: list[_Group | None]  # None until built
    by_word: dict[str, tuple[int, ...]]  # the groups of each trigger word
    # what each rule's match starts with, in the SHAPE of an ASCII text: so many
    # characters, one of these strings (known once the rule's group is built)
    heads: list[tuple[int, frozenset[str]]]
    words: frozenset[str]  # every trigger word
    ascii: bool  # whether the rules are tried as their ascii_regex (an ascii_safe text)


_SEARCHES: dict[tuple[int, bool], tuple[tuple[Rule, ...], _Search]] = {}


def _search(rules: tuple[Rule, ...], ascii_text: bool = False) -> _Search:
    """How find looks for the rules in a text, ``ascii_text`` if rules.ascii_safe."""
    known = _SEARCHES.get((id(rules), ascii_text))
    if known is not None and known[0] is rules:
        return known[1]
    members: dict[frozenset[str], list[int]] = {}
    sets = {rule.triggers for rule in rules if rule.triggers}
    for index, rule in enumerate(rules):
        if rule.triggers:
            members.setdefault(_shared(rule.triggers, sets), []).append(index)
    by_word: dict[str, list[int]] = {}
    for number, triggers in enumerate(members):
        for word in triggers:
            by_word.setdefault(word, []).append(number)
    search = _Search(
        rules=rules,
        members=tuple((triggers, tuple(indexes)) for triggers, indexes in members.items()),
        groups=[None] * len(members),
        by_word={w: tuple(g) for w, g in by_word.items()},
        heads=[(0, frozenset({""}))] * len(rules),
        words=frozenset(by_word),
        ascii=ascii_text,
    )
    _SEARCHES[id(rules), ascii_text] = (rules, search)
    return search


# How many trigger words more than a rule's own its group may have (_shared).
_NESTED = 2


def _shared(words: frozenset[str], sets: set[frozenset[str]]) -> frozenset[str]:
    """The trigger words a rule is looked for near: its own, or those of the rules whose
    words hold all of its own and at most _NESTED more, and so on ('year' with 'day',
    'month', 'quarter' and 'week'). Each group searches a window at each of its words'
    hits, and nested groups search mostly the same windows ('year' was in nine groups,
    now in five); in one group they are searched once. The few windows added find a
    rule no other match: a match holds one of its own trigger words, which it starts at
    most _WINDOW characters before, so its start is in that word's window as well."""
    while wider := [other for other in sets if words < other and len(other - words) <= _NESTED]:
        words = max(wider, key=lambda other: (len(other), sorted(other)))
    return words


def _built(search: _Search, number: int) -> _Group:
    """A group of the search, built on first use."""
    group = search.groups[number]
    if group is None:
        triggers, indexes = search.members[number]
        starting = {}
        for i in indexes:
            starting[i], search.heads[i] = starts(search.rules[i])
        group = search.groups[number] = _group(triggers, starting, search)
    return group


def _group(
    triggers: frozenset[str], starting: dict[int, frozenset[str] | None], search: _Search
) -> _Group:
    """A group's attempts, by the heads of its rules; and its finder, of their heads or,
    for a rule without heads, of its prefixes (``starting``, by rule index: None for a
    rule that may start almost anywhere)."""
    attempts: dict[int, _Try] = {}
    for i in starting:
        attempt = attempts[i] = [i, None]
        attempt[1] = _first_try(search.rules[i], attempt, search.ascii)
    by_head = _by_head(attempts, search.heads)
    width = by_head[-1][0] if by_head else 0
    # heads of one width: every word start's rules are known (the finder finds a head)
    seen = dict(by_head[0][1]) if len(by_head) == 1 else {}
    checked = bool(by_head) and by_head[0][0] == 0
    if not all(found is not None for found in starting.values()):
        return _Group(triggers, by_head, width, seen, _BEFORE_WORD, _GAPPED_BEFORE_WORD, checked)
    return _Group(triggers, by_head, width, seen, *_finder(starting, search.heads), checked)


def _by_head(
    attempts: dict[int, _Try], heads: list[tuple[int, frozenset[str]]]
) -> tuple[tuple[int, dict[str, tuple[_Try, ...]]], ...]:
    """The attempts (by rule index) for each width of the rules' ``heads``, by each head:
    a word start's SHAPE is sliced and looked up once per width, not once per rule (a
    tenth of the tagger's bytecodes went to that). The rules' keys (prefixes.keys) are
    not asked as well: they tell apart only the digits a head's '0' stands for, and rule
    out two attempts in a hundred that the heads let through (on TBAQ). A rule without
    heads (none of the shipped ones) has the head '' of width 0: it is tried at every
    word start its group's finder finds."""
    by_width: dict[int, dict[str, list[_Try]]] = {}
    for index, attempt in attempts.items():
        width, its_heads = heads[index]
        for head in its_heads:
            by_width.setdefault(width, {}).setdefault(head, []).append(attempt)
    return tuple((width, {head: tuple(found) for head, found in headed.items()})
                 for width, headed in sorted(by_width.items()))


# How many word starts' rules a group keeps (_passing): more than a thousand articles
# make, fewer than a server's stream of them would.
_MOST_SEEN = 1 << 14


def _passing(group: _Group, head: str) -> tuple[_Try, ...]:
    """The rules of a group that may match at a word start whose SHAPE starts with
    ``head`` (the width of the group's widest heads), kept: in a group with heads of
    several widths, a look-up per width costs more than one slice and look-up at a word
    start seen before (four in five of them in a first pass over TBAQ)."""
    attempts = tuple(attempt for width, headed in group.by_head
                     for attempt in headed.get(head[:width], ()))
    if len(group.seen) < _MOST_SEEN:
        group.seen[head] = attempts
    return attempts


def _first_try(
    rule: Rule, attempt: _Try, ascii_text: bool
) -> Callable[[str, int], re.Match[str] | None]:
    """A rule's match method for its first try: compiles its regex (rules.Rule.regex, or
    ascii_regex for an ``ascii_text``), puts the regex's own method in the attempt for
    the next tries, and matches."""

    def first(text: str, start: int) -> re.Match[str] | None:
        match = attempt[1] = (rule.ascii_regex if ascii_text else rule.regex).match
        return match(text, start)

    return first


def _finder(
    starting: dict[int, frozenset[str] | None], heads: list[tuple[int, frozenset[str]]]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a group's rules can start: a word start followed by one of their heads
    (``heads``, by rule index), or for a rule without heads by one of its prefixes
    (``starting``) in the text's SHAPE; and its twin for the text's gapped copy. The
    longer heads ('the d' of 'the days ahead', not 'th') spare find its attempts at most
    words of a window."""
    shown: set[str] = set()
    for index, found in starting.items():
        width, its_heads = heads[index]
        shown |= its_heads if width else {p.translate(SHAPE) for p in found or ()}
    words = {head for head in shown if not head[0].isspace()}  # a word start is no space
    if not words:
        return _BEFORE_WORD, _GAPPED_BEFORE_WORD
    listed = tuple(sorted(words))
    heads_regex = build_cache.remembered("finder heads", listed,
                                         lambda: alternation(_shortest(words)))
    gapped_regex = build_cache.remembered("gapped finder heads", listed, lambda: alternation(
        _shortest({head.translate(_GAPS) for head in words})))
    # the heads first: they rule out most word starts, and as none starts with a space
    # they stand for _BEFORE_WORD's (?=\S); the number test after (one start in a hundred)
    return (build_cache.compile(rf"{_NO_WORD_BEFORE}(?={heads_regex}){_NOT_IN_NUMBER}"),
            build_cache.compile(rf" (?={gapped_regex})"))


def _shortest(heads: set[str]) -> set[str]:
    """The heads no other one starts: a look-ahead for 'th' finds where 'the d' is. A
    third of a group's heads, of rules whose heads are longer than another rule's, and
    a third of the characters the finders' regexes took to compile with a cold cache."""
    return {head for head in heads if not any(head[:end] in heads for end in range(1, len(head)))}


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


def ascii_lower(text: str) -> str:
    """The text in lower case, in ASCII, with its offsets: a character beyond ASCII becomes
    the ASCII one re.IGNORECASE takes it for ('K' for the Kelvin sign), else one of its
    class for the regexes and keys find uses (a space, '0' for a digit, '_' for a letter,
    NUL for anything else), none of which starts a rule's key. So one curly apostrophe
    does not cost find its look-ups by key and head."""
    if not text.isascii():
        text = _BEYOND_ASCII.sub(lambda m: _in_ascii(m.group()), text)
    return text.lower()


@lru_cache(maxsize=1024)
def _in_ascii(char: str) -> str:
    folds = [a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(re.escape(char), a, re.I)]
    if folds:
        return folds[0]
    if char.isspace():
        return " "
    if char.isdecimal():
        return "0"
    return "_" if char.isalnum() else "\x00"


def trigger_positions(
    text: str, rules: tuple[Rule, ...], lowered: str | None = None, shape: str | None = None
) -> dict[str, list[int]]:
    """Where each trigger word of the rules starts in the text (lower case; any number
    is '#digit', where it starts), ``lowered`` being the text in lower case and ``shape``
    its SHAPE. Words and numbers are found by a regex each, which the regex engine skips
    to quickly: the first at the character before a word (not a letter), the second at
    digits. Both run on the lowered text without re.IGNORECASE (case-blind matching
    costs per character), and with ASCII classes on an ASCII text (a Unicode class costs
    a look-up per character), unless lowering changes the text's length ('İ' becomes two
    characters), which would move every offset. In an ASCII text they run on copies
    where what they skip to is one character, a space before a word (every character
    but a letter is one) or '0' (every digit is, in the SHAPE): the engine finds a
    character in a tight loop, where a class costs a test of its own at each character
    (the number regex went four times as fast)."""
    where: dict[str, list[int]] = {}
    words = _search(rules).words
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):
        for token in _trigger_regex(words, re.IGNORECASE).finditer(text):
            word = token.group()
            key = _DIGIT if word[0].isdigit() else word.lower()
            where.setdefault(key, []).append(token.start())
        return where
    if lowered.isascii():
        tokens = _word_regex(words, True).finditer(" " + _translated(lowered, _LETTERS))
        shape = _translated(lowered, _SHAPE_BYTES) if shape is None else shape
        numbers = [m.start() for m in _SHAPED_NUMBER.finditer(shape)]
    else:
        tokens = _word_regex(words, False).finditer(" " + lowered)
        numbers = [m.start() for m in _NUMBER.finditer(lowered)]
    for token in tokens:
        where.setdefault(token.group(1), []).append(token.start())
    if numbers:
        where[_DIGIT] = numbers
    return where


# A number: its runs of digits after the first ('234' and '5' of '1,234.5') start no
# word, so they are taken with it, sparing find a window each (a fourth of TBAQ's). Not
# \d+: a repeat first would hide the digit to skip to.
_NUMBER = re.compile(r"\d(?:\d|[,.](?=\d))*")


_SHAPED_NUMBER = re.compile(r"0(?:0|[,.](?=0))*")  # the same in a text's SHAPE


def _translated(text: str, table: bytes) -> str:
    """An ASCII text with each character replaced as a table of bytes says: bytes'
    translate, with the copies to bytes and back, costs half the instructions of str's,
    which looks each character up (a fifth of a percent of the tagger's, for the two
    copies find makes of each text)."""
    return text.encode("ascii").translate(table).decode("ascii")


def _byte_table(mapping: dict[int, str]) -> bytes:
    """A table for bytes.translate from one for str.translate of the ASCII characters."""
    return bytes(ord(mapping[i]) for i in range(128)) + bytes(range(128, 256))


_SHAPE_BYTES = _byte_table(SHAPE)  # prefixes.SHAPE


# An ASCII text's letters, every other character a space (trigger_positions).
_LETTERS = _byte_table({i: chr(i) if "a" <= chr(i) <= "z" else " " for i in range(128)})


@cache
def _trigger_regex(triggers: frozenset[str], flags: int) -> re.Pattern[str]:
    """Whole words (runs of letters) among the triggers, and runs of digits."""
    words = alternation(triggers - {_DIGIT})
    return build_cache.compile(rf"(?<![^\W\d_]){words}(?![^\W\d_])|(?<!\d)\d+", flags)


@cache
def _word_regex(triggers: frozenset[str], ascii_text: bool) -> re.Pattern[str]:
    """A trigger word (group 1) with the character before it, which is no letter: in an
    ASCII text a space, as every character but a letter is in the copy it runs on
    (trigger_positions). A regex that starts with a character or a class is looked for
    by skipping the characters that are not, in C. Run on the text after a space, so
    one at its start is found."""
    before, letter = (" ", "[a-z]") if ascii_text else (r"[\W\d_]", r"[^\W\d_]")
    return build_cache.compile(rf"{before}({alternation(triggers - {_DIGIT})})(?!{letter})")


def _hits(where: dict[str, list[int]], search: _Search) -> list[tuple[_Group, list[int]]]:
    """The groups whose trigger words the text holds, each with where they are, in order."""
    hits: dict[int, list[int]] = {}
    for word, found in where.items():
        for group in search.by_word.get(word, ()):
            hits.setdefault(group, []).extend(found)
    groups = search.groups
    return [(groups[g] or _built(search, g), sorted(found)) for g, found in hits.items()]


# Where a match can start, in a text's SHAPE after a space: no letter, digit or
# apostrophe before (as rules.STARTS_WORD) and no space at it, found at the character
# before (which the regex engine skips to in C, as it starts with a class).
_NO_WORD_BEFORE, _NOT_IN_NUMBER = r"[^0-9a-z_']", r"(?<![0-9][,.])"


_BEFORE_WORD = re.compile(rf"{_NO_WORD_BEFORE}{_NOT_IN_NUMBER}(?=\S)")


# A text's SHAPE with every character that may come before a word start (_NO_WORD_BEFORE)
# a space. A finder that starts with a class tests it at each character, in a call of
# its own (1.7% of `timex`'s instructions on TBAQ); one that starts with a space is
# skipped to in a tight loop of C.
_GAPS = {i: chr(i) if re.fullmatch(_NO_WORD_BEFORE, chr(i)) is None else " " for i in range(128)}
_GAP_BYTES = _byte_table(_GAPS)
_GAPPED_BEFORE_WORD = re.compile(" ")  # _BEFORE_WORD's twin


def _keyed_starts(group: _Group, padded: str, gapped: str, hits: list[int]) -> list[int]:
    """The word starts at most _WINDOW characters before a trigger word, or at it, that
    the group's finder finds in ``padded`` (the text's SHAPE after a space), or some more.
    They are looked for by its twin in ``gapped`` (the text's gapped copy after a space),
    which finds those and other places: a space before a space ('$0' is ' 0' there), a
    comma inside a number, a comma where a head has a space ('the,d' for 'the d'). Those
    that are no word start (as _BEFORE_WORD tells) are left out; the rest, with heads of
    no rule of the group, cost find a look-up each and no attempt, unless the group has
    a rule without heads: the finder checks each start of such a group. A search per
    word start: cheaper than a finditer per window, whose scanner costs more to make;
    none after the trigger word itself was found (a number, most often), as none is
    left."""
    found: list[int] = []
    search, check = group.gapped.search, group.finder.match if group.checked else None
    done = 0  # word starts before ``done`` have been looked for
    for hit in hits:
        at, end = hit - _WINDOW, hit + 1 + WIDEST_HEAD  # the finder looks ahead
        if at < done:
            at = done
        while at <= hit and (match := search(gapped, at, end)) is not None \
                and (start := match.start()) <= hit:
            if check is not None:
                if check(padded, start, end) is not None:
                    found.append(start)
            elif padded[start + 1] != " " and (
                    padded[start] not in ",." or padded[start - 1] != "0"):
                found.append(start)
            at = start + 1
        done = hit + 1
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest match first, then earliest rule; no two chosen matches overlap. The chosen
    are kept in text order, so a candidate is checked against its two neighbours only."""
    if len(candidates) < 2:
        return candidates  # most expressions are matched by one rule alone
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.rule.priority, c.start))
    taken: list[Candidate] = []
    for cand in ranked:
        at = bisect_left(taken, cand.start, key=_START)
        if at and taken[at - 1].end > cand.start:
            continue
        if at < len(taken) and taken[at].start < cand.end:
            continue
        taken.insert(at, cand)
    return taken


def overlapping(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates in groups of those that overlap, directly or through others, in text
    order: selection in one group never depends on another."""
    groups: list[list[Candidate]] = []
    reach = -1
    for cand in sorted(candidates, key=_START):
        if cand.start >= reach:
            groups.append([])
        groups[-1].append(cand)
        reach = max(reach, cand.end)
    return groups
