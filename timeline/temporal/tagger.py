"""Finding time expressions: match every rule, keep the best non-overlapping matches,
drop idioms, resolve in reading order, and widen each to its signal words."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache, partial
from operator import itemgetter
from typing import NamedTuple

from timeline.sentences import Span, containing, sentences
from timeline.temporal.calendar_math import DCT_YEARS, shift_by
from timeline.temporal.intervals import Interval, interval_of
from timeline.temporal.model import Timex
from timeline.temporal.prefixes import SHAPE, WIDTH
from timeline.temporal.resolve import (
    CLEAR_PAST,
    FUTURE_IN_PAST,
    PAST_PLAN,
    RESOLVERS,
    Context,
    Resolved,
    valid_day,
)
from timeline.temporal.rules import Rule
from timeline.temporal.rules import load as load_rules
from timeline.temporal.starts import WIDEST_HEAD, starts
from timeline.temporal.trie import alternation, escaped
from timeline.temporal.vocab import Vocab, folded
from timeline.temporal.vocab import load as load_vocab

_FINE_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_CLOCK = re.compile(r"^\d{4}-\d\d-\d\dT\d\d(?::\d\d)?$")
_EVENING = re.compile(r"T(?:EV|NI)$")  # a day's evening or night, as its value ends
_CALENDAR_PERIOD = re.compile(r"^\d{4}(?:(?:-\d\d){0,2}(?:T|$)|-[QH]\d$)")
_WINDOW_GRANULARITIES = ("minute", "second", "hour")
# What separates a clause from the next: its punctuation and the words that open a clause.
# a subject pronoun opens a clause too, 'that' left out ("told the assembly on Thursday
# he would meet the chief executive")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"\u201c\u201d]|``|''|\b(?:that|which|who|when|while|because|but|although"
    r"|though|whereas|if|unless|and|he|she|they|we)\b",
    re.I,
)
# A list of names ("Poland, Hungary and the Czech Republic") is one noun phrase: its
# commas and its 'and' open no clause.
_NAME = r"(?:the\s)?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}"
_NAME_LIST = re.compile(rf"(?<![\w.'-]){_NAME}(?:,\s{_NAME})+,?\s(?:and|or)\s{_NAME}")
_NAME_NEXT = re.compile(r"\s(?:the\s)?[A-Z]")  # after a comma or 'and' of a list


def clause_break(text: str, lo: int, hi: int) -> bool:
    """Whether a clause ends between two offsets (_CLAUSE_BREAK outside name lists)."""
    found = _CLAUSE_BREAK.search(text, lo, hi)
    while found is not None:
        if found.group().lower() not in (",", "and") or not _NAME_NEXT.match(text, found.end()):
            return True
        names = _NAME_LIST.search(text, max(lo, found.start() - 80), hi)
        while names is not None and names.end() <= found.start():
            names = _NAME_LIST.search(text, names.end(), hi)
        if names is None or names.start() > found.start():
            return True
        found = _CLAUSE_BREAK.search(text, names.end(), hi)
    return False


class Candidate(NamedTuple):
    """A match of a rule (a tuple: tens of thousands are made per hundred articles)."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def as_dct(value: datetime | date | str) -> datetime:
    """The document creation time as a tz-aware datetime (a bare date is midnight UTC).

    ValueError, with a message for the user, for a string that is not ISO 8601 or a time
    outside DCT_YEARS.
    """
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(
                f"{value!r} is not ISO 8601 (e.g. 2022-02-14 or 2022-02-14T22:00+13:00)"
            ) from None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0))
    if value.year not in DCT_YEARS:
        raise ValueError(
            f"{value.isoformat()} is outside the years {DCT_YEARS[0]} to {DCT_YEARS[-1]}: "
            "times are read against it, and Python's calendar ends at 1 and 9999"
        )
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def find(text: str, rules: tuple[Rule, ...], prefilter: bool = True) -> list[Candidate]:
    """Every match of every rule whose context allows it, rule by rule in text order.

    With ``prefilter``, a rule is only looked for in windows around its trigger words:
    most rules' words are absent from most of a text, and scanning it all once per rule
    was most of the tagger's time. In a window, a rule is only tried at the word starts
    whose first two characters can start it (prefixes.keys): a set look-up rules out
    most of them for a tenth of a regex attempt; and the word starts are found by a
    regex of what the rules' matches start with (their heads, prefixes.longest), so
    most words of a window are never visited. Without ``prefilter``, each rule scans
    the whole text (the tests check that both find the same).
    """
    matches: dict[int, list[re.Match[str]]] = {}  # by rule index, of the rules that match
    if not prefilter:
        matches = {index: list(rule.regex.finditer(text)) for index, rule in enumerate(rules)}
    else:
        search = _search(rules)
        lowered = ascii_lower(text)
        shape = lowered.translate(SHAPE)
        padded = " " + shape  # a word start's offset here is that of the character before
        last_end = [0] * len(rules)  # like finditer, a rule's next match starts after
        for group, hits in _hits(trigger_positions(text, rules, lowered), search):
            tries, every = group.tries, group.every
            for start in _keyed_starts(group.finder, padded, hits):
                for index, width, heads, match in tries.get(lowered[start : start + WIDTH], every):
                    if start < last_end[index] or shape[start : start + width] not in heads:
                        continue
                    whole = match(text, start)
                    if whole is not None:
                        matches.setdefault(index, []).append(whole)
                        last_end[index] = whole.end()
    return [
        Candidate(match.start(), match.end(), rules[index], match)
        for index, found in sorted(matches.items())
        for match in found
        if match.end() > match.start()
        and (rules[index].preceded_by is None or rules[index].accepts(text, match.start()))
    ]


_DIGIT = "#digit"
# Characters a match may reach either side of its trigger word. On TBAQ and the speed
# benchmark's texts the farthest is 30 ('the year-earlier quarter' from 'quarter'); every
# position in a window costs a regex attempt, so the window is no wider than that needs.
_WINDOW = 40
# A rule as find tries it: its index, its heads (how many characters, which strings) and
# its regex's match method, in one tuple, so that each attempt costs no look-ups.
_Try = tuple[int, int, frozenset[str], Callable[[str, int], re.Match[str] | None]]


class _Group(NamedTuple):
    """Rules that share trigger words, as find looks for them."""

    triggers: frozenset[str]
    every: tuple[_Try, ...]  # all the rules, where a word start's key is not known
    tries: dict[str, tuple[_Try, ...]]  # by key (prefixes.keys), the rules that can start so
    # word starts in a text's SHAPE after a space where a rule's heads can start
    finder: re.Pattern[str]


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


_SEARCHES: dict[int, tuple[tuple[Rule, ...], _Search]] = {}


def _search(rules: tuple[Rule, ...]) -> _Search:
    known = _SEARCHES.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    members: dict[frozenset[str], list[int]] = {}
    for index, rule in enumerate(rules):
        if rule.triggers:
            members.setdefault(rule.triggers, []).append(index)
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
    )
    _SEARCHES[id(rules)] = (rules, search)
    return search


def _built(search: _Search, number: int) -> _Group:
    """A group of the search, built on first use."""
    group = search.groups[number]
    if group is None:
        triggers, indexes = search.members[number]
        starting = {}
        for i in indexes:
            starting[i], search.heads[i] = starts(search.rules[i].regex)
        group = search.groups[number] = _group(triggers, starting, search)
    return group


def _group(
    triggers: frozenset[str], starting: dict[int, frozenset[str] | None], search: _Search
) -> _Group:
    """A group's attempts: at each key, only the rules whose matches can start so
    (``starting``: the prefixes of each of its rules, by index); and its finder."""
    by_key: dict[str, list[int]] = {}
    known = all(found is not None for found in starting.values())
    for index, found in starting.items():
        for prefix in found or ():
            tails = [""] if len(prefix) == WIDTH else ["", *(chr(c) for c in range(128))]
            for tail in tails:
                by_key.setdefault(prefix + tail, []).append(index)
    attempt: dict[int, _Try] = {
        i: (i, *search.heads[i], search.rules[i].regex.match) for i in starting
    }
    every = tuple(attempt.values())
    if not known:
        return _Group(triggers, every, {}, _BEFORE_WORD)
    tries = {key: tuple(attempt[i] for i in members) for key, members in by_key.items()}
    return _Group(triggers, every, tries, _finder(starting, search.heads))


def _finder(
    starting: dict[int, frozenset[str] | None], heads: list[tuple[int, frozenset[str]]]
) -> re.Pattern[str]:
    """Where a group's rules can start: a word start followed by one of their heads
    (``heads``, by rule index), or for a rule without heads by one of its prefixes
    (``starting``) in the text's SHAPE. The longer heads ('the d' of 'the days ahead',
    not 'th') spare find its attempts at most words of a window."""
    shown: set[str] = set()
    for index, found in starting.items():
        width, its_heads = heads[index]
        shown |= its_heads if width else {p.translate(SHAPE) for p in found or ()}
    words = {head for head in shown if not head[0].isspace()}  # a word start is no space
    return re.compile(_BEFORE_WORD.pattern + f"(?={alternation(words)})")


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
    text: str, rules: tuple[Rule, ...], lowered: str | None = None
) -> dict[str, list[int]]:
    """Where each trigger word of the rules starts in the text (lower case; any number
    is '#digit', where it starts), ``lowered`` being the text in lower case. Words and
    numbers are found by a regex each, which the regex engine skips to quickly: the
    first at the character before a word (not a letter), the second at digits. Both run
    on the lowered text without re.IGNORECASE (case-blind matching costs per character),
    and with ASCII classes on an ASCII text (a Unicode class costs a look-up per
    character), unless lowering changes the text's length ('İ' becomes two characters),
    which would move every offset."""
    where: dict[str, list[int]] = {}
    words = _search(rules).words
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):
        for token in _trigger_regex(words, re.IGNORECASE).finditer(text):
            word = token.group()
            key = _DIGIT if word[0].isdigit() else word.lower()
            where.setdefault(key, []).append(token.start())
        return where
    ascii_text = lowered.isascii()
    for token in _word_regex(words, ascii_text).finditer(" " + lowered):
        where.setdefault(token.group(1), []).append(token.start())
    numbers = [m.start() for m in (_ASCII_NUMBER if ascii_text else _NUMBER).finditer(lowered)]
    if numbers:
        where[_DIGIT] = numbers
    return where


# A number: its runs of digits after the first ('234' and '5' of '1,234.5') start no
# word, so they are taken with it, sparing find a window each (a fourth of TBAQ's). Not
# \d+: a repeat first would hide the digit to skip to.
_NUMBER = re.compile(r"\d(?:\d|[,.](?=\d))*")
_ASCII_NUMBER = re.compile(r"[0-9](?:[0-9]|[,.](?=[0-9]))*")


@cache
def _trigger_regex(triggers: frozenset[str], flags: int) -> re.Pattern[str]:
    """Whole words (runs of letters) among the triggers, and runs of digits."""
    words = alternation(triggers - {_DIGIT})
    return re.compile(rf"(?<![^\W\d_]){words}(?![^\W\d_])|(?<!\d)\d+", flags)


@cache
def _word_regex(triggers: frozenset[str], ascii_text: bool) -> re.Pattern[str]:
    """A trigger word (group 1) with the character before it, which is no letter: a
    regex that starts with a character class is looked for by skipping the characters
    outside it, in C. Run on the text after a space, so one at its start is found."""
    before, letter = ("[^a-z]", "[a-z]") if ascii_text else (r"[\W\d_]", r"[^\W\d_]")
    return re.compile(rf"{before}({alternation(triggers - {_DIGIT})})(?!{letter})")


def _hits(where: dict[str, list[int]], search: _Search) -> list[tuple[_Group, list[int]]]:
    """The groups whose trigger words the text holds, each with where they are, in order."""
    hits: dict[int, list[int]] = {}
    for word, found in where.items():
        for group in search.by_word.get(word, ()):
            hits.setdefault(group, []).extend(found)
    return [(_built(search, g), sorted(found)) for g, found in hits.items()]


# Where a match can start, in a text's SHAPE after a space: no letter, digit or
# apostrophe before (as rules.STARTS_WORD) and no space at it, found at the character
# before (which the regex engine skips to in C, as it starts with a class).
_BEFORE_WORD = re.compile(r"[^0-9a-z_'](?<![0-9][,.])(?=\S)")


def _keyed_starts(finder: re.Pattern[str], padded: str, hits: list[int]) -> list[int]:
    """The word starts at most _WINDOW characters before a trigger word, or at it, that
    ``finder`` finds in ``padded`` (the text's SHAPE after a space). A search per word
    start: cheaper than a finditer per window, whose scanner costs more to make; none
    after the trigger word itself was found (a number, most often), as none is left."""
    found: list[int] = []
    search, done = finder.search, 0  # word starts before ``done`` have been looked for
    for hit in hits:
        at, end = hit - _WINDOW, hit + 1 + WIDEST_HEAD  # the finder looks ahead
        if at < done:
            at = done
        while at <= hit and (match := search(padded, at, end)) is not None and match.start() <= hit:
            found.append(match.start())
            at = match.start() + 1
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
        at = bisect_left(taken, cand.start, key=lambda c: c.start)
        if at and taken[at - 1].end > cand.start:
            continue
        if at < len(taken) and taken[at].start < cand.end:
            continue
        taken.insert(at, cand)
    return taken


@cache
def _idiom_regex() -> re.Pattern[str]:
    phrases = {p.lower() for p in load_vocab().words("idiom", "phrases")}
    return re.compile(rf"\b{alternation(phrases)}\b", re.I)


@cache
def _counted_after_number() -> re.Pattern[str]:
    words = {w.lower() for w in load_vocab().words("not_time_after_number")}
    return re.compile(rf"(?<!\s)\s*+{alternation(words)}\b", re.I)


def idiom_filter(text: str) -> Callable[[Candidate], bool]:
    """Whether a match may stand: not inside an idiom ('happen overnight'), and not a bare
    number that counts things. Idioms are looked for around each match only: a scan of
    the whole text cost as much as resolving every match in it."""
    idioms, reach, inside = _idiom_regex(), _idiom_reach(), _inside_idioms()

    def keep(cand: Candidate) -> bool:
        words = cand.match.group()
        if _quoted_title(text, cand.start, words):
            return False
        if words.lower() in inside or not words.isascii():
            lo, hi = max(0, cand.start - reach), cand.end + reach
            for idiom in idioms.finditer(text, lo, hi):
                if idiom.start() <= cand.start and cand.end <= idiom.end():
                    return False
        if cand.rule.resolve == "quarter" and _game_quarter(text, cand.start, cand.end):
            return False
        return not (words.isdigit() and counts_things(text, cand.end))

    return keep


_GAME_REACH = 80  # 'threw a 40-yard touchdown pass to Smith in'


def _game_quarter(text: str, start: int, end: int) -> bool:
    """Whether a quarter is one of a game's time of play: a word of play (vocab
    game_period) near it in its sentence ('threw a touchdown pass in the second
    quarter'), which no quarter of the calendar has."""
    lo, hi = max(0, start - _GAME_REACH), end + _GAME_REACH
    stop = _SENTENCE_STOP.search(text, end, hi)
    hi = stop.start() if stop is not None else hi
    for stop in _SENTENCE_STOP.finditer(text, lo, start):
        lo = stop.end()
    return _game_words().search(text, lo, min(hi, len(text))) is not None


_SENTENCE_STOP = re.compile(r"[.!?]\s")


@cache
def _game_words() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation({w.lower() for w in load_vocab().words('game_period')})}\b",
                      re.I)


def _quoted_title(text: str, start: int, words: str) -> bool:
    """Whether a match of several words, each capitalised, follows an opening quotation
    mark: a programme's or a work's title ('ABC's "This Week"'), no time."""
    parts = words.split()
    if len(parts) < 2 or not all(part[0].isupper() for part in parts):
        return False
    return text[max(0, start - 2) : start].endswith(_title_quotes())


@cache
def _title_quotes() -> tuple[str, ...]:
    return tuple(load_vocab().words("quoted_title", "quotes"))


@cache
def _idiom_reach() -> int:
    """How far an idiom can reach beyond a time inside it: the longest idiom's length."""
    return max(len(p) for p in load_vocab().words("idiom", "phrases"))


@cache
def _inside_idioms() -> frozenset[str]:
    """Every piece of an idiom (in lower case): only a match whose words are one can be
    inside one, so the idioms are looked for around those alone ('Monday' is none)."""
    phrases = {p.lower() for p in load_vocab().words("idiom", "phrases")}
    return frozenset(p[i:j] for p in phrases for j in range(len(p) + 1) for i in range(j))


_AND_NUMBER = re.compile(r"(?<!\s)\s++(?:and|or|to)\s++\d[\d,.]*+", re.I)


def counts_things(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts something other than time.

    A number joined by 'and', 'or' or 'to' to the next one counts what that one counts:
    "between 300 and 3000 people" are people, "between 1994 and 1997." are years.
    """
    while (joined := _AND_NUMBER.match(text, end)) is not None:
        end = joined.end()
    return _counted_after_number().match(text, end) is not None


class Cue(NamedTuple):
    """A word of a sentence that shows its tense: 1 future, -1 past or present (or
    FUTURE_IN_PAST, PAST_PLAN)."""

    start: int
    end: int
    sign: int
    # a present tense of a clause of time or condition speaks for its own clause only
    own_clause_only: bool = False
    # a hint of the tense, not a verb's ('the leaders meet Monday'): it counts only where
    # no other cue does
    weak: bool = False
    # a plan verb in the past ('vowed to'): ahead only within its infinitive's words, a
    # past tense across a word that ends them ('vowed to fight on after losing in November')
    scoped: bool = False
    # a cue for the words after it only: a participle's with its agent ('ordered by the
    # ministry on Monday'), not for a time before it ('by August in the search for new
    # markets untouched by the crisis')
    after_only: bool = False


def cues_in(text: str, sentence: Span, lowered: str | None = None) -> list[Cue]:
    """The tense cue words of a sentence, in order. ``lowered`` is the text in lower
    case if it is ASCII: the cue words are found there without re.IGNORECASE, three times
    faster (case-blind matching costs per character), and a word in '-ed' (which must be
    in lower case, not a name) is checked in the text itself."""
    found = []
    for m in _cue_matches(text, sentence, lowered):
        kind, start = m.lastgroup, m.start()
        if kind == "neutral" or (kind == "future" and _modal_perfect(text, m)):
            continue
        if "-" in (text[start - 1 : start], text[m.end() : m.end() + 1]):
            continue  # 'a smaller-than-expected fall', 'newly-elected': a compound, no verb
        if kind == "future":
            if (_settled(text, m, "settled_plan") or _settled(text, m, "noun_cue")
                    or _noun_before_preposition(text, m)):
                continue  # "as previously planned Saturday night" was a plan, now done;
                # "were told of the plans on Tuesday" has no verb of plans
            scoped = " ".join(m.group().lower().split()) in _plan_verbs()[0]
            found.append(Cue(start, m.end(), _future_sign(text, m), scoped=scoped))
        else:
            if _not_a_past_verb().search(text, start - 24 if start > 24 else 0, start):
                continue  # "will be held" is future, whatever "held" looks like
            if _participle_by().match(text, m.end()):
                # a participle with its agent describes a noun: no tense of the sentence;
                # set off by a comma it is past in its own words ('An inquiry, ordered by
                # the ministry on Monday, will begin its hearings next week': last Monday),
                # not without ('will sell to regions spared by the drought in August')
                if _AFTER_COMMA.search(text, max(0, start - 3), start):
                    found.append(Cue(start, m.end(), -1, own_clause_only=True, after_only=True))
                continue
            if _hypothetical(text, sentence.start, start):
                found.append(Cue(start, m.end(), FUTURE_IN_PAST, own_clause_only=True))
                continue
            found.append(Cue(start, m.end(), -1))
    clauses = _future_clause_regex(lowered is None)
    for m in clauses.finditer(lowered or text, sentence.start, sentence.end):
        found.append(Cue(m.start("verb"), m.end("verb"), 1, own_clause_only=True))
    for m in _present_regex().finditer(text, sentence.start, sentence.end):
        verb = m.lastgroup or "verb"
        found.append(Cue(m.start(verb), m.end(verb), 0, own_clause_only=True))
    plans, not_after, noun_after = _scheduled_present(lowered is None)
    for m in plans.finditer(lowered or text, sentence.start, sentence.end):
        if not_after.search(text, max(0, m.start() - 10), m.start()) is not None:
            continue
        bare = not m.group().lower().endswith("s")
        if bare and noun_after.search(text, max(0, m.start() - 30), m.start()) is not None:
            continue  # 'a state visit'
        found.append(Cue(m.start(), m.end(), 1, weak=True))
    return sorted(found, key=lambda cue: cue.start)


@cache
def _present_regex() -> re.Pattern[str]:
    """A present form of 'be' (vocab present_cue `words`), or a verb in -s right after an
    aside between commas that opens with a participle or one of its `aside_openers`
    ('The deal, agreed at City Hall, gives teachers a pay rise'): its clause is told in
    the present, whatever the aside's verb. A look-ahead for the first letters of the
    words or the comma fails most places at one test of a class, not at each branch."""
    table = load_vocab().table("present_cue")
    words = alternation({w.lower() for w in table["words"]})
    first = "".join(sorted({re.escape(w[0].lower()) for w in table["words"]}))
    openers = alternation({w.lower() for w in table["aside_openers"]})
    return re.compile(
        rf"(?=(?i:[{first}])|,)"
        rf"(?:\b(?P<be>(?i:{words}))\b(?!\s+(?i:to)\b)"
        rf"|,\s+(?:{openers}|[a-z]+ed)\b[^,;.]{{0,80}},\s+(?P<verb>[a-z]+[^\Ws]s)\s+(?!and\b))"
    )


def _hypothetical(text: str, sentence_start: int, at: int) -> bool:
    """Whether a past form at ``at`` stands in a clause of condition after a modal of its
    sentence (vocab hypothetical_past: 'said it would strike on Monday if talks on Friday
    failed')."""
    opener, modal, whether = _hypothetical_regex()
    found = opener.search(text, max(sentence_start, at - 80), at)
    if found is None or whether.search(text, max(sentence_start, found.start() - 20),
                                       found.start()):
        return False  # "would not say if ...": 'if' is 'whether'
    return modal.search(text, sentence_start, found.start()) is not None


@cache
def _hypothetical_regex() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An opener of a condition up to ten words before the end of a stretch, no comma
    between; a modal; and a word after which 'if' is 'whether', ending a stretch."""
    table = load_vocab().table("hypothetical_past")
    openers = alternation({w.lower() for w in table["openers"]})
    modals = alternation({w.lower() for w in table["modals"]})
    whether = alternation({w.lower() for w in table["not_after"]})
    return (re.compile(rf"\b{openers}\s++(?:[^\s,;]+\s++){{0,10}}$", re.I),
            re.compile(rf"\b{modals}\b", re.I), re.compile(rf"\b{whether}\s+$", re.I))


def _cue_matches(text: str, sentence: Span, lowered: str | None) -> Iterator[re.Match[str]]:
    """The cue regex's matches in a sentence, as finditer finds them in ``text``."""
    if lowered is None:
        yield from _cue_regex(True).finditer(text, sentence.start, sentence.end)
        return
    cues, at = _cue_regex(False), sentence.start
    while (m := cues.search(lowered, at, sentence.end)) is not None:
        ed = m.start("ed")
        if ed >= 0 and not text[ed : m.end("ed")].islower():
            at = m.start() + 1  # 'Ted' is no past tense; no cue starts inside a word
            continue
        yield m
        at = m.end()


def _modal_perfect(text: str, cue: re.Match[str]) -> bool:
    """Whether a future cue is a modal before 'have' and a past participle ('should have
    cut rates in March'), which looks back; before 'have' as a main verb ('should have
    their refunds by Friday') the modal is a future cue."""
    modals, perfect = _modal_perfect_regex()
    return cue.group().lower() in modals and perfect.match(text, cue.end()) is not None


@cache
def _modal_perfect_regex() -> tuple[frozenset[str], re.Pattern[str]]:
    """The modals of vocab.toml [modal_perfect], and what follows one that looks back:
    'have' and a past participle (in lower case, as a word in -ed must be)."""
    table = load_vocab().table("modal_perfect")
    adverbs = alternation({w.lower() for w in table["adverbs"]})
    participles = alternation({w.lower() for w in table["participles"]})
    return frozenset(table["modals"]), re.compile(
        rf"(?:\s+{adverbs})?(?:\s+(?i:have)|'ve)\s+(?:(?:{adverbs}|[a-z]+ly)\s+)?"
        rf"(?:{participles}|[a-z]+ed)\b"
    )


def _future_sign(text: str, cue: re.Match[str]) -> int:
    """1 for a future cue; for one told from the past, FUTURE_IN_PAST from a saying
    ('would') or a plan verb in the past ('promised to') and PAST_PLAN for a plan ('was
    scheduled to', 'planned to') or a modal of what may happen ('could'): that future was
    ahead of then, not necessarily of the publication."""
    words, plans, new_dates, before = _future_in_past()
    word = " ".join(cue.group().lower().split())
    if _past_perfect().search(text, max(0, cue.start() - 60), cue.start()):
        return -1
    if word in words or word in _plan_verbs()[0]:
        return FUTURE_IN_PAST
    if word in plans:
        return PAST_PLAN
    if word not in new_dates and before.search(text, max(0, cue.start() - 12), cue.start()):
        return PAST_PLAN
    return 1


@cache
def _plan_verbs() -> tuple[frozenset[str], re.Pattern[str]]:
    """The plan verbs of vocab future_in_past, and the words that end their reach."""
    table = load_vocab().table("future_in_past")
    ends = alternation({w.lower() for w in table["scope_ends"]})
    return frozenset(" ".join(w.lower().split()) for w in table["plan_verbs"]), re.compile(
        rf"\b{ends}\b", re.I
    )


@cache
def _future_in_past() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    table = load_vocab().table("future_in_past")
    before = alternation({w.lower() for w in table["before"]}, _spaced)
    return (
        frozenset(table["words"]),
        frozenset(table["plans"] + table["possible"]),
        frozenset(table["new_dates"]),
        re.compile(rf"\b{before}\s+$", re.I),
    )


@cache
def _past_perfect() -> re.Pattern[str]:
    """What ends right before a future cue in a past-perfect clause: 'had', then the cue
    itself ('had warned of') or a participle other than 'been' and a few words ('had issued
    a warning of')."""
    table = load_vocab().table("future_in_past")
    perfect = alternation({w.lower() for w in table["perfect"]})
    reach = int(table["perfect_reach"])
    return re.compile(
        rf"\b{perfect}\s+(?:(?!been\b)[a-z]+\s+(?:[a-z]+\s+){{0,{reach - 1}}})?$", re.I
    )


@cache
def _scheduled_present(
    case_blind: bool = True,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A bare present that tells of a plan ('the leaders meet Monday'); the words before
    it that make it none ('did not meet', 'his visit'); and, before its form without -s,
    a determiner and a word not in -s, which make it a noun ('a state visit')."""
    table = load_vocab().table("scheduled_present")
    verbs = alternation({w.lower() for w in table["words"]})
    not_after = alternation({w.lower() for w in table["not_after"]})
    determiners = [w.lower() for w in table["determiners"]]
    possessive = alternation({w for w in determiners if not w[0].isalpha()})
    articles = alternation({w for w in determiners if w[0].isalpha()})
    determiner = rf"(?:\b{articles}|{possessive})"
    return (
        re.compile(rf"\b{verbs}\b", re.I if case_blind else 0),
        re.compile(rf"(?:\b{not_after}|{determiner})\s+$", re.I),
        re.compile(rf"{determiner}\s+[\w-]*[^\W\d_s]\s+$", re.I),
    )


def happened(text: str, start: int, end: int) -> int:
    """Whether a happening dates the expression (-1: it has happened, 1: it is still
    ahead, 0: no happening): a noun of one before it in its clause and a preposition ('is
    in custody after an arrest on Thursday', 'the attack on the embassy on Monday'), or
    after its possessive ('Thursday's close'); one feared, expected or threatened ('Police
    fear an attack on Saturday') is ahead. Looked for only where no verb of the clause
    tells the tense."""
    before, after, ahead = _happening()
    if after.match(text, end) is not None:
        return 1 if ahead.search(text, max(0, start - _AHEAD_REACH), start) else -1
    lo = max(0, start - _HAPPENING_REACH)
    for m in before.finditer(text, lo, start):
        if _CLAUSE_BREAK.search(text, m.end(), start) is None:
            told = ahead.search(text, max(0, m.start() - _AHEAD_REACH), m.start())
            return 1 if told is not None else -1
    return 0


def _possessive_happening(text: str, start: int, end: int) -> bool:
    """Whether the expression is the possessive of a happening ('Friday's attack',
    'Wednesday's ruling'), which has taken place whatever the clause's verb does with it,
    unless a word before puts it ahead ('Investors await Friday's decision')."""
    _, after, ahead = _happening()
    if after.match(text, end) is None:
        return False
    return ahead.search(text, max(0, start - _AHEAD_REACH), start) is None


def _coming_possessive(text: str, start: int, end: int) -> bool:
    """Whether the expression is a possessive after a word of what comes before it
    ('ahead of Sunday's vote', 'before Friday's deadline'; vocab coming_possessive): a
    time still to come, unless its clause tells of the past."""
    before, plans = _coming_possessive_regex()
    if before.search(text, max(0, start - 24), start) is not None:
        return text.startswith(("'s", "\u2019s"), end)
    return plans.search(text, max(0, start - 12), start) is not None and (
        _plan_after().match(text, end) is not None
    )


def _perfect_before(text: str, cues: list[Cue], start: int) -> bool:
    """Whether the last cue before the expression is a past form in a present perfect
    ('has called for calm ahead of Sunday's vote'; vocab coming_possessive `perfect`),
    which is told from now."""
    cue = _past_cue_before(cues, start)
    if cue is None:
        return False
    return _perfect_regex().search(text, max(0, cue.start - 16), cue.start) is not None


def _past_cue_before(cues: list[Cue], start: int) -> Cue | None:
    """The last cue ending before an expression, when it is a past form."""
    before = [cue for cue in cues if cue.end <= start]
    return before[-1] if before and before[-1].sign == -1 else None


@cache
def _perfect_regex() -> re.Pattern[str]:
    words = alternation({w.lower() for w in load_vocab().table("coming_possessive")["perfect"]})
    return re.compile(rf"\b{words}\s+(?:(?-i:[a-z]+ly)\s+)?$", re.I)


@cache
def _coming_possessive_regex() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before a possessive of a time to come, and those before it only when
    a plan follows (vocab coming_possessive)."""
    table = load_vocab().table("coming_possessive")
    words = alternation({w.lower() for w in table["words"]}, _spaced)
    plans = alternation({w.lower() for w in table["plan_words"]}, _spaced)
    return re.compile(rf"\b{words}\s+$", re.I), re.compile(rf"\b{plans}\s+$", re.I)


@cache
def _plan_after() -> re.Pattern[str]:
    """A possessive and a noun of a plan ('Friday's deadline', 'Sunday's vote')."""
    nouns = alternation({w.lower() for w in load_vocab().table("coming_possessive")["plans"]})
    return re.compile(rf"['\u2019]s\s+(?:[\w-]+\s+)?{nouns}\b", re.I)


_HAPPENING_REACH = 60  # 'after an attack on the embassy in the capital's north on'
_AHEAD_REACH = 40  # 'fear a coordinated terrorist attack on'


@cache
def _happening() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A happening noun and a preposition; a possessive and a happening noun; a word that
    puts the happening ahead, with the determiner and up to three words of the noun
    phrase before the noun ('fear a coordinated terrorist')."""
    table = load_vocab().table("happening_noun")
    nouns = alternation({w.lower() for w in table["words"]})
    after_time = alternation({w.lower() for w in table["words"] + table["after_time"]})
    prepositions = alternation({w.lower() for w in table["prepositions"]})
    ahead = alternation({w.lower() for w in table["ahead_before"]}, _spaced)
    return (
        re.compile(rf"\b{nouns}\s+{prepositions}\b", re.I),
        re.compile(rf"['\u2019]s\s+{after_time}\b", re.I),
        re.compile(rf"\b{ahead}\s+(?:(?:an?|the|another|further|more)\s+)?(?:[\w-]+\s+){{0,3}}$",
                   re.I),
    )


@cache
def _not_a_past_verb() -> re.Pattern[str]:
    """The words before a past form that make it no past tense (vocab.toml not_a_past_verb),
    also with an adverb in -ly between ('a remotely operated vehicle', 'is widely
    expected'); a capital ('in July') is no adverb."""
    words = alternation({w.lower() for w in load_vocab().words("not_a_past_verb")})
    return re.compile(rf"\b{words}\s+(?:(?-i:[a-z]+ly)\s+)?$", re.I)


@cache
def _participle_by() -> re.Pattern[str]:
    """'by' and an agent after a participle ('markets untouched by the crisis', 'a group
    led by him'): it describes a noun, unless a form of 'be' before it makes it a
    passive verb, which is a cue of its own. 'rose by 5%', 'fell by a third' and 'by a
    record 40,000' are verbs: an amount follows, not an agent."""
    table = load_vocab().table("participle_agent")
    amounts = alternation({w.lower() for w in table["amounts"]}, _spaced)
    determiners = alternation({w.lower() for w in table["determiners"]})
    # 'a'/'an', a word and a number: 'by an estimated 5%', 'by a record $2 billion'
    counted = r"(?i:an?)\s+[\w-]+\s+[$\u00a3\u20ac]?\d"
    return re.compile(rf"\s+by\s+(?!(?i:{amounts})\b|{counted})(?:{determiners}|[A-Z])\b")


def _settled(text: str, cue: re.Match[str], table: str) -> bool:
    """Whether a future cue such as 'planned' or 'expected' (settled_plan's `cues`) is a
    plan of the past or describes a noun, by the word before it ('as previously planned',
    'the hastily planned trip'), or is a noun itself (noun_cue: 'told of the plans', and
    after a number 'by 64 votes to 57'); other cues ('already set to rise') keep their
    future."""
    cues, before = _settled_plan(table)
    if cue.group().lower() not in cues:
        return False
    return before.search(text, max(0, cue.start() - 12), cue.start()) is not None


def _noun_before_preposition(text: str, cue: re.Match[str]) -> bool:
    """Whether a future cue that is also a plural noun (noun_cue `preposition_cues`) has
    a preposition right after it, which only the noun takes ('vacation plans for the
    trip', 'announced plans on Monday to build a plant')."""
    cues, after = _preposition_after_noun()
    return cue.group().lower() in cues and after.match(text, cue.end()) is not None


@cache
def _preposition_after_noun() -> tuple[frozenset[str], re.Pattern[str]]:
    table = load_vocab().table("noun_cue")
    prepositions = alternation({w.lower() for w in table["prepositions"]})
    return (frozenset(w.lower() for w in table["preposition_cues"]),
            re.compile(rf"\s+{prepositions}\b", re.I))


@cache
def _settled_plan(name: str) -> tuple[frozenset[str], re.Pattern[str]]:
    vocab = load_vocab()
    table = vocab.table(name)
    words = {w.lower() for w in table["words"]}
    if table.get("counted"):
        words |= {w.lower() for w in vocab.table("number")}
    numeral = r"|\d" if table.get("counted") else ""
    return frozenset(table["cues"]), re.compile(
        rf"(?:\b{alternation(words)}{numeral})\s+$", re.I
    )


@cache
def _future_clause_regex(case_blind: bool = True) -> re.Pattern[str]:
    """A present tense in a clause of time or condition, which speaks of the future
    ('when the case is heard in May', 'once the bridge reopens')."""
    table = load_vocab().table("future_clause")
    openers = alternation({w.lower() for w in table["openers"]}, _spaced)
    verbs = alternation({w.lower() for w in table["verbs"]})
    pattern = rf"\b{openers}\s+(?:[\w'-]+\s+){{0,4}}?(?P<verb>{verbs})\b"
    return re.compile(pattern, re.I if case_blind else 0)


def tense_near(text: str, cues: list[Cue], start: int, end: int) -> int:
    """The tense (a Cue's sign, 0 for none) of the verb that most likely governs the
    expression.

    That is the nearest cue word in the expression's own clause (no comma, quote or
    clause opener such as 'that' or 'and' between them): in "he said the board will meet
    on Friday" the 'will' of the complement clause, not the 'said' of the main one. A
    time ahead of its clause ("On Friday, the board will meet") has no cue in its clause
    and takes the nearest cue of the sentence. Where the clause has no cue, a happening
    that the expression dates tells of the past ("after an arrest on Thursday"). A weak
    cue counts only where no other does: in the clause before any of the sentence ("The
    leaders meet Monday, the ministry said"), in the sentence after all ("After a state
    visit on Monday, the king flew home" has no cue in 'visit').
    """
    start, end = outside_parentheses(text, start, end)
    # the nearest cue (distance, sign) in the clause and anywhere, strong and weak
    same_clause: list[tuple[int, int] | None] = [None, None]
    anywhere: list[tuple[int, int] | None] = [None, None]
    for cue in cues:
        if start <= cue.start < end or (cue.after_only and cue.end > start):
            continue  # the expression's own words ('last' of 'last Friday')
        gap = (cue.end, start) if cue.end <= start else (end, cue.start)
        distance = gap[1] - gap[0]
        sign = cue.sign
        if cue.scoped:
            beyond = cue.end > start or _plan_verbs()[1].search(text, *gap) is not None
            sign = -1 if beyond else FUTURE_IN_PAST
        near = anywhere[cue.weak]
        if (near is None or distance < near[0]) and not cue.own_clause_only:
            anywhere[cue.weak] = (distance, sign)
        near = same_clause[cue.weak]
        if (near is None or distance < near[0]) and not clause_break(text, *gap):
            same_clause[cue.weak] = (distance, sign)
    if _coming_possessive(text, start, end) and (
        same_clause[0] is None or same_clause[0][1] >= 0 or _perfect_before(text, cues, start)
    ):
        return 1  # 'Campaigning is intense ahead of Sunday's vote': the coming Sunday
    if _possessive_happening(text, start, end):
        return -1  # 'would look for ways to get around Wednesday's ruling': it was made
    if same_clause[0] is not None and same_clause[0][1]:
        if same_clause[0][1] == -1 and _past_verb_right_before(text, cues, start):
            return CLEAR_PAST
        return same_clause[0][1]
    if sign := happened(text, start, end):
        return sign
    if same_clause[0] is not None:
        return 0  # a present tense: the nearest, whatever the other clauses' tenses
    for best in (same_clause[1], anywhere[0], anywhere[1]):
        if best is not None:
            return best[1]
    return 0


def _past_verb_right_before(text: str, cues: list[Cue], start: int) -> bool:
    """Whether a past form ends right before the expression, with at most one of vocab
    clear_past's prepositions between ('The curfew was lifted on April 4') or its object
    and one ('lifted the curfew on April 4'): the time is of that verb, which tells what
    has happened."""
    cue = _past_cue_before(cues, start)
    if cue is None or cue.weak:
        return False
    return _clear_past_gap().fullmatch(text, cue.end, start) is not None


@cache
def _clear_past_gap() -> re.Pattern[str]:
    """Nothing, one of clear_past's `words`, or a determiner, one word (the verb's
    object) and one of them between a past form and a date."""
    table = load_vocab().table("clear_past")
    words = alternation({w.lower() for w in table["words"]})
    determiners = alternation({w.lower() for w in table["determiners"]})
    return re.compile(rf"\s+(?:{determiners}\s+[\w-]+\s+{words}\s+|(?:{words}\s+)?)", re.I)


_AFTER_COMMA = re.compile(r",\s*$")
_OPEN_PAREN = re.compile(r"\([^()]{0,40}$")
_CLOSE_PAREN = re.compile(r"[^()]{0,20}\)")


def outside_parentheses(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a parenthetical expression stands in its sentence: at its opening bracket.

    "will leave at dawn (4 a.m. Thursday), he said" restates a time of the clause around
    the brackets, so its tense is that clause's, not that of the words after them.
    """
    opening = _OPEN_PAREN.search(text, max(0, start - 40), start)
    if opening is None or _CLOSE_PAREN.match(text, end) is None:
        return start, end
    return opening.start(), opening.start()


@cache
def _cue_regex(case_blind: bool = True) -> re.Pattern[str]:
    """Future and past cue words in one pass; the group that matched says which. Not
    ``case_blind``, it is for a text in lower case, and a word in '-ed' must be checked
    to be in lower case in the text (group 'ed')."""
    vocab = load_vocab()

    def body(table: str) -> str:
        return alternation({w.lower() for w in vocab.words(table)})

    return re.compile(
        rf"\b(?:(?P<neutral>{body('neutral_cue')})|(?P<future>{body('future_cue')})"
        rf"|(?P<past>{body('past_cue')}|(?P<ed>(?-i:[a-z]+ed))))\b",
        re.I if case_blind else 0,
    )


def signal_before(
    text: str, start: int, vocab: Vocab, padded: str | None = None
) -> tuple[int, dict[str, str]]:
    """The start of a signal phrase ('just before', 'On') right before an expression.
    ``padded`` is a space and the text in lower case, if the text is ASCII: the phrase is
    looked for there without re.IGNORECASE (a third of the cost), from the character
    before it, which the regex engine skips to in C (a third again); so the start of a
    match in ``padded`` is that of the phrase in the text."""
    lo = start - 30 if start > 30 else 0
    if not _ends_in_word(text, start, _phrase_ends("signal")):
        return start, {}
    if padded is None:
        found = _signal_regex().search(text, lo, start)
    else:
        found = _signal_regex(False).search(padded, lo, start + 1)
    if found is None:
        return start, {}
    effect = vocab.get("signal", found.group("signal"), {})
    return found.start(), dict(effect)


@cache
def _signal_regex(case_blind: bool = True) -> re.Pattern[str]:
    """Any signal phrase ending the window; the leftmost match is the longest phrase.
    Not ``case_blind``, it is for a text in lower case after a space, and takes the
    character before the phrase."""
    body = alternation({w.lower() for w in load_vocab().table("signal")}, _spaced)
    if not case_blind:
        return re.compile(rf"\W(?P<signal>{body})\s+$")
    return re.compile(rf"(?:^|(?<=[^\w]))(?P<signal>{body})\s+$", re.I)


def _ends_in_word(
    text: str, end: int, endings: tuple[str, ...], optional: tuple[str, ...] = ()
) -> bool:
    """Whether the text may end at ``end`` with one of some phrases and then whitespace,
    as a regex of phrases ending in ``\\s+$`` asks in a window before it: the last of its
    words must end with the last word of a phrase (``endings``, lower case), or be one of
    the ``optional`` words the regex allows after the phrase ('on' in 'said on') after
    such a word. A quick test that spares most expressions the regex ('said Monday'); a
    word beyond ASCII is left to the regex. The words are read in the widest window of
    the tests (_words_before), which passes whatever a narrower one would: a word cut at a
    window's start keeps its ending."""
    words = _words_before(text, end)
    if not words:
        return False
    last = words[0]
    if last is None or last.endswith(endings):
        return True
    if len(words) < 2 or last not in optional:
        return False
    return words[1] is None or words[1].endswith(endings)


_WORDS_BEFORE_REACH = 60  # the widest window a quick test stands for (moved_end's)


@lru_cache(maxsize=8)
def _words_before(text: str, end: int) -> tuple[str | None, ...]:
    """The last word in the window before ``end`` and the one before it, in lower case
    (None for a word beyond ASCII), when whitespace ends the window; else none. Read once
    for the five quick tests an expression asks (_ends_in_word, _dated_before)."""
    lo = end - _WORDS_BEFORE_REACH if end > _WORDS_BEFORE_REACH else 0
    if end <= lo or not text[end - 1].isspace():
        return ()
    window = text[lo:end]
    if window.isascii():
        return tuple(window.lower().rsplit(None, 2)[:-3:-1])
    return tuple(word.lower() if word.isascii() else None
                 for word in window.rsplit(None, 2)[:-3:-1])


@cache
def _phrase_ends(table: str, field: str = "") -> tuple[str, ...]:
    """The last words of a vocabulary table's phrases (of one ``field`` of it), in lower
    case: what the quick tests before the window regexes look for."""
    phrases = load_vocab().table(table)
    return _last_words(phrases[field] if field else phrases)


def _last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({p.split()[-1].lower() for p in phrases}))


def _spaced(phrase: str) -> list[str]:
    """A phrase as regex pieces, any whitespace between its words."""
    atoms: list[str] = []
    for word in phrase.split():
        atoms += ([r"\s+"] if atoms else []) + list(map(escaped, word))
    return atoms


def signal_after(cand: Candidate) -> int:
    """Where the phrase ends: after a trailing signal the rule looked ahead at ('three
    days later'), which TimeML leaves out of the extent but a reader takes in."""
    if "direction" in cand.match.re.groupindex and cand.match.end("direction") > cand.end:
        return cand.match.end("direction")
    return cand.end


def narrowed(interval: Interval, effect: dict[str, str]) -> Interval:
    """'just before 9.30pm' is the quarter hour before it, not the minute at 9.30."""
    window = effect.get("window")
    if not window or interval.granularity not in _WINDOW_GRANULARITIES:
        return interval
    if effect.get("mod") == "BEFORE":
        begin = shift_by(interval.begin, window, -1)
        return Interval(begin, interval.begin, "minute") if begin else interval
    until = shift_by(interval.begin, window, 1)
    return Interval(interval.begin, until, "minute") if until else interval


def groups_of(cand: Candidate) -> dict[str, str]:
    found = dict(filter(_SECOND, cand.match.groupdict().items()))  # the groups that took words
    found["_text"] = cand.match.group()
    # a long s matched as 's': look the words up so (a group in a look-ahead, as 'the
    # first and \u017fecond quarters' has, lies outside the match's text)
    if not all(map(str.isascii, found.values())):
        found = {name: folded(words) for name, words in found.items()}
    return found


_SECOND = itemgetter(1)


def tag(text: str, dct: datetime | date | str, date_only: bool = False) -> list[Timex]:
    """All time expressions in a text, resolved against its document creation time.

    ``date_only`` says the creation time is a day without a clock: the day is the
    reference, and what would need its clock ('this morning', 'an hour ago', 'now') is
    that day, not a made-up hour.

    A match whose words make no real time (31 February, a vague count before 'years ago
    this June') gives way to the next-best matches of its text. Matches that overlap,
    directly or through others, form a group whose choice no other group affects, so the
    tagger chooses again within that group and reads on from its start with the story's
    state as it was there: reading order holds, and a text full of 31 Februaries costs one
    pass, not one per rejection.
    """
    groups = overlapping(find(text, load_rules().rules))
    keep = idiom_filter(text)
    moment = as_dct(dct)
    found = _read(text, list(groups), keep, moment, date_only, [])
    clocks = quote_clocks(text, found, moment.date())
    if clocks:
        found = _read(text, groups, keep, moment, date_only, clocks)
    found = date_ranges(text, weekday_ranges(text, found))
    found = clock_on_following_day(text, anchor_to_following(text, found))
    found = clock_ranges(text, found)
    return clock_modifiers(text, clock_in_part_of_day(text, found, moment))


def _read(
    text: str, groups: list[list[Candidate]], keep: Callable[[Candidate], bool],
    moment: datetime, date_only: bool, clocks: list[QuoteClock],
) -> list[Timex]:
    """Resolve the groups of matches in reading order, the quotations of ``clocks`` told
    from their speakers' days (see tag)."""
    reading = Reading(text, moment, date_only)
    reading.placing = sorted(c.start for g in groups for c in g if c.rule.type in _PLACING)
    reading.clocks = clocks
    found: list[Timex] = []
    index = 0
    while index < len(groups):
        story, done = reading.ctx.state(), len(found)
        failed = reading.read([c for c in select(groups[index]) if keep(c)], found)
        if failed is None:
            index += 1
            continue
        reading.ctx.restore(story)
        del found[done:]
        groups[index] = [c for c in groups[index] if c is not failed]
    return found


_DAY_OR_PART = re.compile(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?")


def weekday_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """'runs Friday through Sunday': the last weekday of a stretch (vocab range_joiner
    between) is the first such day after the first one, whichever way the tense would
    point each alone ('Sunday' alone, on a Wednesday, is the one just past). Both are
    read before the range is seen, so this is done once the text is read."""
    for index, start, end in _day_ranges(text, found, _rules_resolved_by("weekday")):
        gap = (end - start).days
        if not 0 < gap <= 7:
            _move_end(found, index, end + timedelta(days=(gap - 1) % 7 + 1 - gap))
    return found


def _day_ranges(
    text: str, found: list[Timex], rules: frozenset[str]
) -> Iterator[tuple[int, date, date]]:
    """Each stretch of two days of ``rules`` joined as a range (vocab range_joiner): the
    index of its end in ``found``, and the days of its start and end as read alone."""
    for index, last in enumerate(found[1:], 1):
        first = found[index - 1]
        if first.rule not in rules or last.rule not in rules:
            continue
        if not (_DAY_OR_PART.fullmatch(first.value) and _DAY_OR_PART.fullmatch(last.value)):
            continue
        if last.begin is None or last.until is None:
            continue
        if joins_range(text, first.start, first.end, last.start):
            yield index, date.fromisoformat(first.value[:10]), date.fromisoformat(last.value[:10])


def _move_end(found: list[Timex], index: int, day: date) -> None:
    """Put the range's end ``found[index]`` on ``day``, its clock or part of day kept."""
    last = found[index]
    assert last.begin is not None and last.until is not None
    shift = day - date.fromisoformat(last.value[:10])
    found[index] = replace(
        last, value=day.isoformat() + last.value[10:], begin=last.begin + shift,
        until=last.until + shift,
    )


def clock_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """'a curfew from 10 p.m. to 6 a.m.', 'from dusk to dawn': the end of a stretch of
    times of day (vocab range_joiner between), told on no day of its own, is the first
    such time after the start, on the next day when its clock is earlier ('from 11pm on
    Saturday to 5am' ends on Sunday). An end with a day named right after it ('until
    6 a.m. on Tuesday') is on that day."""
    ends = _rules_resolved_by("time", "day_edge")
    for index, last in enumerate(found[1:], 1):
        first = before = found[index - 1]
        if index > 1 and _ON.fullmatch(text, found[index - 2].end, before.start) is not None:
            first = found[index - 2]  # the start's day named after it
        if last.rule not in ends or first.type != "TIME" or "T" not in first.value:
            continue
        if first.begin is None or last.begin is None or last.until is None:
            continue
        if first.value[:10] != last.value[:10] or last.begin > first.begin:
            continue
        if not joins_range(text, first.start, before.end, last.start):
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        if after is not None and _ON.fullmatch(text, last.end, after.start) is not None:
            continue
        day = date.fromisoformat(last.value[:10]) + timedelta(days=1)
        found[index] = replace(
            last,
            value=day.isoformat() + last.value[10:],
            begin=last.begin + timedelta(days=1),
            until=last.until + timedelta(days=1),
        )
    return found


_WRITTEN_YEAR = re.compile(r"\d{3,4}|['\u2019]\d\d")


def date_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """'will be held between February 10 and February 25': the end of a stretch of
    dates (vocab range_joiner between) written without a year is the first such day on
    or after its start, whichever year the tense would give it alone (a day just gone in
    a future clause is next year's, the day after it this year's). Done once the text is
    read, as weekday_ranges."""
    dates = _rules_resolved_by("date", "ordinal_date", "day_of_last_month")
    for index, start, end in _day_ranges(text, found, dates):
        if _WRITTEN_YEAR.search(found[index].text):
            continue
        wanted = valid_day(start.year, end.month, end.day)
        if wanted is not None and wanted < start:
            wanted = valid_day(start.year + 1, end.month, end.day)
        if wanted is not None and wanted != end:
            _move_end(found, index, wanted)
    return found


@cache
def _rules_resolved_by(*resolvers: str) -> frozenset[str]:
    return frozenset(r.name for r in load_rules().rules if r.resolve in resolvers)


def joins_range(text: str, first: int, gap: int, last: int) -> bool:
    """Whether the words from ``gap`` to ``last`` join a stretch starting at ``first``:
    one of vocab range_joiner's words, or its after_between ones when its
    between_words come right before the start ('between 10 p.m. and 2 a.m.')."""
    joiner, between, conjunction = _range_joiner()
    if joiner.fullmatch(text, gap, last) is not None:
        return True
    return (
        conjunction.fullmatch(text, gap, last) is not None
        and between.search(text, max(first - 12, 0), first) is not None
    )


@cache
def _range_joiner() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    vocab = load_vocab()

    def words(field: str) -> str:
        return alternation({w.lower() for w in vocab.words("range_joiner", field)})

    return (
        re.compile(rf"\s*+(?:{words('words')})\s*+", re.I),
        re.compile(rf"\b(?:{words('between_words')})\s+$", re.I),
        re.compile(rf"\s++(?:{words('after_between')})\s++", re.I),
    )


# 'local time' or a restatement in brackets ('10:30 a.m. (1430 GMT) on Tuesday') may
# stand between a clock time and its day
_ON = re.compile(r"\s*+(?:local\s++time\s*+)?(?:\([^()]{1,30}\)\s*+)?,?\s*+on\s++", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def clock_on_following_day(text: str, found: list[Timex]) -> list[Timex]:
    """'at 7pm on Thursday', '2:46 p.m. local time on March 11, 2011', 'at dawn on
    Tuesday', '10:30 a.m. (1430 GMT) on Tuesday': a clock time or an edge of the day is
    on the day named right after it ('on' between, a signal TimeML leaves out of both
    expressions). The day is read after the time, so this is done once the text is
    read."""
    clocks = _rules_resolved_by("time", "day_edge")
    for index, timex in enumerate(found[:-1]):
        day = found[index + 1]
        if timex.rule not in clocks or timex.begin is None or timex.until is None:
            continue
        if not _DAY_VALUE.fullmatch(day.value) or day.begin is None:
            continue
        if _ON.fullmatch(text, timex.end, day.start) is None:
            continue
        found[index] = on_day(timex, day)
    return found


def on_day(clock: Timex, day: Timex) -> Timex:
    """A clock time moved onto the day named after it (clock_on_following_day)."""
    assert clock.begin is not None and clock.until is not None
    shift = date.fromisoformat(day.value) - date.fromisoformat(clock.value[:10])
    return replace(clock, value=day.value + clock.value[10:], begin=clock.begin + shift,
                   until=clock.until + shift)


def clock_before(text: str, found: list[Timex]) -> Timex | None:
    """The clock time right before the day just read, on that day ('at 9pm on Monday'),
    as clock_on_following_day will place it; None if there is none."""
    if len(found) < 2:
        return None
    clock, day = found[-2], found[-1]
    if clock.rule not in _rules_resolved_by("time", "day_edge") or clock.begin is None:
        return None
    if clock.until is None or day.begin is None or not _DAY_VALUE.fullmatch(day.value):
        return None
    return on_day(clock, day) if _ON.fullmatch(text, clock.end, day.start) else None


_BESIDE = re.compile(r"\s*+,?\s*+(?:(?:on|at)\s++)?(?:(?:about|around)\s++)?", re.I)
_PART_OF_A_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T([A-Z]{2})")


def clock_in_part_of_day(text: str, found: list[Timex], moment: datetime) -> list[Timex]:
    """'at 11pm on Saturday night', 'last night at 1.30am': a clock time right beside a
    part of a day ('on' or 'at' between) is on that day, and one in a night's small
    hours on the morning after (vocab small_hours), the night then running to that
    morning. Both are read before this is known, so it is done once the text is read."""
    clocks, vocab = _clock_rules(), load_vocab()
    for index in range(len(found) - 1):
        if _BESIDE.fullmatch(text, found[index].end, found[index + 1].start) is None:
            continue
        for at, other in ((index, index + 1), (index + 1, index)):
            clock, part = found[at], found[other]
            named = _PART_OF_A_DAY.fullmatch(part.value)
            if clock.rule not in clocks or named is None:
                continue
            if clock.begin is None or clock.until is None:
                continue
            day = date.fromisoformat(named.group(1))
            crossing = vocab.get("small_hours", named.group(2))
            hours = vocab.lookup("part_of_day_hours", crossing) if crossing else None
            if hours and hours[0] <= int(clock.value[11:13]) + 24 < hours[1]:
                night = interval_of(f"{day}T{crossing}", moment.tzinfo or UTC, moment, vocab)
                if night is not None:
                    found[other] = replace(part, begin=night.begin, until=night.until)
                day += timedelta(days=1)
            shift = day - date.fromisoformat(clock.value[:10])
            found[at] = replace(
                clock,
                value=day.isoformat() + clock.value[10:],
                begin=clock.begin + shift,
                until=clock.until + shift,
            )
    return found


def clock_modifiers(text: str, found: list[Timex]) -> list[Timex]:
    """'at about 11:30 p.m.', 'shortly before 5 p.m.': a clock time takes the words of
    nearness right before it into its extent, with their mod (vocab clock_modifier), as
    TIMEX3 marks 'about three years'. Only a clock: it names a moment, which the words
    place the event near; 'around Wednesday' leaves the day alone. The interval stays
    as the signal made it ('shortly before' is the quarter hour before)."""
    regex, vocab = _clock_modifier_regex(), load_vocab()
    for index, timex in enumerate(found):
        if timex.type != "TIME" or _CLOCK.match(timex.value) is None:
            continue
        words = regex.search(text, max(timex.start - 20, 0), timex.start)
        if words is None:
            continue
        start = words.start()
        phrase_start = signal_before(text, start, vocab)[0]  # 'at' of 'at about 9pm'
        found[index] = replace(
            timex,
            start=start,
            text=text[start : timex.end],
            mod=timex.mod or vocab.lookup("clock_modifier", folded(words.group())),
            phrase_start=min(timex.phrase_start, phrase_start),
        )
    return found


@cache
def _clock_modifier_regex() -> re.Pattern[str]:
    """The words of clock_modifier ending right before a clock time (and its spaces)."""
    body = alternation({w.lower() for w in load_vocab().table("clock_modifier")}, _spaced)
    return re.compile(rf"(?<![\w'])(?:{body})(?=\s+$)", re.I)


@cache
def _clock_rules() -> frozenset[str]:
    """The rules of clock times placed on the story's day ('9.30pm', 'noon')."""
    return frozenset(r.name for r in load_rules().rules if r.resolve == "time")


_FROM = re.compile(r"(?<!\s)\s++from\s++", re.I)  # from a run's first space: linear


def anchor_to_following(text: str, found: list[Timex]) -> list[Timex]:
    """'30 days from June 1': a duration whose rule counts it from the time named right
    after it ('from' between) reaches that time moved by the duration. The anchor is read
    after the duration, so this is done once the text is read."""
    counted = _counted_from_following()
    for index, timex in enumerate(found[:-1]):
        anchor = found[index + 1]
        if timex.rule not in counted or timex.begin is not None or anchor.begin is None:
            continue
        if anchor.until is None or _FROM.fullmatch(text, timex.end, anchor.start) is None:
            continue
        begin, until = shift_by(anchor.begin, timex.value), shift_by(anchor.until, timex.value)
        if begin is not None and until is not None:
            found[index] = replace(timex, begin=begin, until=until, granularity=anchor.granularity)
    return found


@cache
def _counted_from_following() -> frozenset[str]:
    """The rules whose durations count from the time after them (params.anchor)."""
    return frozenset(r.name for r in load_rules().rules if r.params.get("anchor") == "following")


def overlapping(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates in groups of those that overlap, directly or through others, in text
    order: selection in one group never depends on another."""
    groups: list[list[Candidate]] = []
    reach = -1
    for cand in sorted(candidates, key=lambda c: c.start):
        if cand.start >= reach:
            groups.append([])
        groups[-1].append(cand)
        reach = max(reach, cand.end)
    return groups


class Reading:
    """The story's state as the text is read, and what every match of it needs."""

    def __init__(self, text: str, moment: datetime, date_only: bool = False) -> None:
        self.text = text
        self.vocab = load_vocab()
        self.ctx = Context(
            dct=moment, vocab=self.vocab, reference=moment.date(), date_only=date_only
        )
        self.cues: dict[Span, list[Cue]] = {}
        self.lowered = text.lower() if text.isascii() else None  # for cues and signals
        self.padded = None if self.lowered is None else " " + self.lowered
        self.lines: dict[int, list[Span]] = {}  # sentences by the offset their line starts
        self.placing: list[int] = []  # where the matches of dates and times start
        self.clocks: list[QuoteClock] = []  # quotations told from their speakers' days
        self.vote_text: bool | None = None  # whether the text holds a vote word's first word
        self.voting: dict[int, bool] = {}  # whether a line holds a vote word, by its start
        self.votes: dict[Span, bool] = {}  # whether a sentence holds one

    def read(self, chosen: list[Candidate], found: list[Timex]) -> Candidate | None:
        """Resolve matches in reading order onto ``found``; stop at the first that resolves
        to nothing and return it, so its runner-up can have a turn."""
        text, ctx = self.text, self.ctx
        for cand in chosen:
            if ctx.outside is not None and cand.start >= ctx.quoted_until:
                ctx.leave_quote()
            if ctx.outside is None and self.clocks:
                self.enter_quote(cand.start)
            signal = signal_before(text, cand.start, self.vocab, self.padded)
            if self.called_off(cand):  # 'A strike, effective Sunday, was called off'
                ctx.find_tense_with(
                    partial(_same, FUTURE_IN_PAST), partial(self.told_before, cand, found)
                )
            elif moved_end(text, cand.start):
                # 'extended its deadline until Tuesday': the coming Tuesday, ahead of the
                # decision; 'postponed the vote until March': the nearest March, no
                # tense (the past one would have been before the decision)
                ahead = FUTURE_IN_PAST if cand.rule.resolve in _WEEKDAY_RESOLVERS else 0
                ctx.find_tense_with(partial(_same, ahead), partial(self.told_before, cand, found))
            elif forecast_for(text, signal[0], cand.start):
                # 'issued a red flag warning on Monday for Tuesday night': ahead of then
                ctx.find_tense_with(
                    partial(_same, FUTURE_IN_PAST), partial(self.told_before, cand, found)
                )
            elif "tense" in signal[1]:
                # 'since March' is always behind us
                ctx.find_tense_with(partial(_same, int(signal[1]["tense"])))
            elif reports_period(text, cand, signal[0]) or since_before(text, signal[0]):
                ctx.find_tense_with(partial(_same, -1))  # 'the figures for March are due'
            else:
                ctx.find_tense_with(
                    partial(self.tense_of, cand), partial(self.told_before, cand, found)
                )
            ctx.saying = cand.rule.resolve == "time" and saying_clock(text, cand.start, cand.end)
            if ctx.ahead() and self.told_in_past(cand):
                ctx.back_from_future()
            made = self.resolved(cand, signal)
            if made is None:
                return cand
            found.append(made[1])
            if ctx.vote_day is None:
                ctx.vote_day = self.dates_vote(cand, made[0])
            if not (made[0].from_happening and _beside_a_time(text, found)):
                background = (in_background_clause(text, cand.start, self.lowered)
                              or self.relative_beside_main(cand, found[:-1]))
                saying = saying_day(text, cand.start)
                follow_story(ctx, *made, background=background, saying=saying,
                             year_given=_year_given(cand))
                clock = clock_before(text, found)
                if clock is not None and clock.begin is not None \
                        and ctx.reference == clock.begin.date():
                    # 'at 9pm on Monday': the story is at Monday's 9pm ('two hours later',
                    # 'earlier in the night')
                    follow_story(ctx, Resolved(clock.value), clock, background=background,
                                 saying=saying, year_given=True)
            quote = quoted_material(text, made[1])
            if quote is not None:
                ctx.speak_from(*quote)
        return None

    def dates_vote(self, cand: Candidate, resolved: Resolved) -> date | None:
        """The day a match names when its sentence tells of an election or a vote
        (vocab vote_words: 'Voters ... elected Diane Harlow as mayor on Monday')."""
        if self.lowered is not None:  # most lines have no vote word: spare splitting them
            if self.vote_text is None:  # nor most texts: a scan in C for the words' first
                self.vote_text = any(word in self.lowered for word in _vote_words()[2])
            if not self.vote_text:
                return None
            lo = self.text.rfind("\n", 0, cand.start) + 1
            if lo not in self.voting:
                hi = self.text.find("\n", cand.start)
                hi = hi if hi >= 0 else len(self.text)
                self.voting[lo] = _vote_words()[1].search(self.lowered, lo, hi) is not None
            if not self.voting[lo]:
                return None
        day, _, _ = _placing(resolved.value)
        if day is None:
            return None
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return None
        if sentence not in self.votes:
            found = _vote_words()[0].search(self.text, sentence.start, sentence.end)
            self.votes[sentence] = found is not None
        return day if self.votes[sentence] else None

    def enter_quote(self, at: int) -> None:
        """Speak from a quotation's day when a match lies inside one said before the
        publication's day (quote_clocks)."""
        index = bisect_left(self.clocks, (at,)) - 1
        if index >= 0 and self.clocks[index].start < at < self.clocks[index].end:
            clock = self.clocks[index]
            self.ctx.speak_from(clock.day, clock.end, clock.at)

    def spans(self, at: int) -> list[Span]:
        """The sentences of the line holding an offset, split only when an expression on
        it needs its clause's tense. No sentence runs over a line break, so they are the
        whole text's sentences there, for the cost of one line."""
        lo = self.text.rfind("\n", 0, at) + 1
        if lo not in self.lines:
            hi = self.text.find("\n", at)
            self.lines[lo] = sentences(self.text, lo, hi if hi >= 0 else len(self.text))
        return self.lines[lo]

    def relative_beside_main(self, cand: Candidate, found: list[Timex]) -> bool:
        """Whether a match is in a relative clause (vocab relative_clause) of a sentence
        with a date or time outside it, before the clause or after the comma that ends it:
        the clause tells of a noun ('a newsagent, who was stabbed on August 13, 2005'),
        the sentence's own time is the story's ('found guilty on Thursday')."""
        lo = cand.start - _BACKGROUND_REACH if cand.start > _BACKGROUND_REACH else 0
        if self.lowered is not None:  # a scan in C for the openers spares the regex
            for word in _phrase_ends("relative_clause", "openers"):
                if self.lowered.find(word, lo, cand.start) >= 0:
                    break
            else:
                return False
        opener = _relative_regex().search(self.text, lo, cand.start)
        if opener is None:
            return False
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return False
        for timex in reversed(found):
            if timex.start < sentence.start:
                break
            if timex.end <= opener.start() and timex.type in _PLACING:
                return True
        ends = _CLAUSE_END.search(self.text, cand.end, sentence.end)
        if ends is None:
            return False
        after = bisect_left(self.placing, ends.end())
        return after < len(self.placing) and self.placing[after] < sentence.end

    def tense_of(self, cand: Candidate) -> int:
        """The tense of the clause that holds a match."""
        cues = self.cues_at(cand)
        return 0 if cues is None else tense_near(self.text, cues, cand.start, cand.end)

    def cues_at(self, cand: Candidate) -> list[Cue] | None:
        """The tense cues of the sentence that holds a match, found once per sentence."""
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return None
        if sentence not in self.cues:
            self.cues[sentence] = cues_in(self.text, sentence, self.lowered)
        return self.cues[sentence]

    def told_in_past(self, cand: Candidate) -> bool:
        """Whether every tense cue of the sentence holding a match is a past one ('Police
        said two staff were working when a man walked in at about 11.40pm'): a sentence
        with a future in it ('will be celebrated at 11 a.m., followed by burial later
        that day') may still tell of the days ahead."""
        cues = self.cues_at(cand)
        signed = [cue for cue in cues or () if cue.sign]
        return bool(signed) and all(cue.sign == -1 for cue in signed)

    def called_off(self, cand: Candidate) -> bool:
        """Whether a time names when a plan was to start that its sentence tells was
        called off or postponed ('A strike, effective Sunday, was called off on Tuesday';
        vocab.toml called_off)."""
        lo = cand.start - 24 if cand.start > 24 else 0
        ends = _phrase_ends("called_off", "schedule")
        if not _ends_in_word(self.text, cand.start, ends, _ON_WORD):
            return False
        schedule, bare, verbs = _called_off()
        word = schedule.search(self.text, lo, cand.start)
        if word is None:
            return False
        sentence = containing(self.spans(cand.start), cand.start)
        if sentence is None:
            return False
        for verb in verbs.finditer(self.text, sentence.start, sentence.end):
            if verb.start() >= cand.end:
                return True  # 'The strike starting Sunday has been postponed'
            if (verb.end() < word.start() and self.text[verb.end() : word.start()].strip()
                    and not bare.fullmatch(word.group("word"))):
                return True  # 'called off a strike set for Sunday'
        return False

    def told_before(self, cand: Candidate, found: list[Timex]) -> date | None:
        """The first day of the last past time named before a match in its sentence
        (``found``: the expressions read so far): a future told from a saying lies after
        it ('said last month that the ban would end on March 10')."""
        sentence = containing(self.spans(cand.start), cand.start)
        for timex in reversed(found):
            if sentence is None or timex.start < sentence.start:
                break
            past = timex.until is not None and timex.until <= self.ctx.dct
            if past and timex.begin is not None and timex.end <= cand.start:
                return timex.begin.date()
        return None

    def resolved(
        self, cand: Candidate, signal: tuple[int, dict[str, str]]
    ) -> tuple[Resolved, Timex] | None:
        """A match's value and Timex; None when its words make no time, or when its time
        falls off the edge of Python's calendar ('the day before' 1 January 0001)."""
        try:
            resolved = RESOLVERS[cand.rule.resolve](groups_of(cand), self.ctx, cand.rule.params)
            return None if resolved is None else (resolved, build(cand, resolved, self.ctx, signal))
        except (OverflowError, ValueError):  # what datetime raises beyond years 1 to 9999
            return None


_APPOSITION = re.compile(r"\s*+,\s*+")


def _beside_a_time(text: str, found: list[Timex]) -> bool:
    """Whether the last expression follows the one before it after a comma: 'on
    Saturday, four days after a valve failed' counts back from Saturday to the failure,
    so the story stays on Saturday; 'four minutes after the restart' alone moves it."""
    if len(found) < 2:
        return False
    return _APPOSITION.fullmatch(text, found[-2].end, found[-1].start) is not None


@cache
def _vote_words() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The words that tell of an election or a vote (vocab vote_words); the same in
    lower case without word bounds, a quick scan of a lower-case line: a line it finds
    nothing in has none in any of its sentences; and the first word of each in lower
    case, one of which a text holding a vote word contains."""
    table = load_vocab().words("vote_words")
    words = alternation({w.lower() for w in table}, _spaced)
    firsts = tuple(sorted({w.split()[0].lower() for w in table}))
    return re.compile(rf"\b{words}\b", re.I), re.compile(words), firsts


def forecast_for(text: str, signal_start: int, start: int) -> bool:
    """Whether a time follows 'for' after a warning or forecast of its clause (vocab
    forecast_for: 'a red flag warning on Monday for Tuesday night'): it is what the
    warning looks ahead to, whatever the tense of the clause."""
    if text[signal_start:start].strip().lower() != "for":
        return False
    lo = signal_start - _BACKGROUND_REACH if signal_start > _BACKGROUND_REACH else 0
    return _forecast_regex().search(text, lo, signal_start) is not None


@cache
def _forecast_regex() -> re.Pattern[str]:
    nouns = alternation({w.lower() for w in load_vocab().words("forecast_for")}, _spaced)
    return re.compile(rf"\b{nouns}\b[^,;:()\"\u201c\u201d.!?]*$", re.I)


def since_before(text: str, start: int) -> bool:
    """Whether 'since' stands a few words before a time, a happening named between them
    ('since taking office in January'; vocab.toml since_phrase): both lie behind."""
    lo = start - 80 if start > 80 else 0
    if text.find("since", lo, start) < 0 and text.find("Since", lo, start) < 0:
        return False  # the words are rare: a scan in C spares the regex most times
    return _since_phrase().search(text, lo, start) is not None


@cache
def _since_phrase() -> re.Pattern[str]:
    table = load_vocab().table("since_phrase")
    since = alternation({w.lower() for w in table["words"]}, _spaced)
    verbs = alternation({w.lower() for w in table["verbs"]}, _spaced)
    return re.compile(
        rf"\b{since}\s++(?:(?!{verbs}\b)[\w'\u2019-]++\s++){{1,{int(table['reach'])}}}$", re.I
    )


@cache
def _called_off() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = load_vocab().table("called_off")
    schedule = alternation({w.lower() for w in table["schedule"]}, _spaced)
    bare = alternation({w.lower() for w in table["not_after_verb"]}, _spaced)
    verbs = alternation({w.lower() for w in table["verbs"]}, _spaced)
    return (re.compile(rf"\b(?P<word>{schedule})\s+(?:on\s+)?$", re.I),
            re.compile(bare, re.I), re.compile(rf"\b{verbs}\b", re.I))


def reports_period(text: str, cand: Candidate, signal_start: int) -> bool:
    """Whether a time is the period figures report ('the figures for March', 'March
    sales'; vocab.toml period_report): one already over. Not a day before the noun, whose
    noun may be a subject ('On Friday data will be released')."""
    before, after, weekday = _period_report()
    lo = signal_start - 24 if signal_start > 24 else 0
    ends = _phrase_ends("period_report", "signals")
    if (signal_start < cand.start and _ends_in_word(text, cand.start, ends, _THE)
            and before.search(text, lo, cand.start)):
        return True
    return after.match(text, cand.end) is not None and not weekday.search(
        text, cand.start, cand.end)


_THE = ("the",)  # the word the period_report regex may take after its signals


@cache
def _period_report() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    vocab = load_vocab()
    table = vocab.table("period_report")
    nouns = alternation({w.lower() for w in table["nouns"]}, _spaced)
    signals = alternation({w.lower() for w in table["signals"]}, _spaced)
    days = alternation({w for w in vocab.table("weekday") if not w.startswith("_")})
    return (re.compile(rf"\b{nouns}\s+{signals}\s+(?:the\s+)?$", re.I),
            re.compile(rf"\s+{nouns}\b", re.I), re.compile(rf"\b{days}"))


def moved_end(text: str, start: int) -> bool:
    """Whether the time at ``start`` is the new end a decision gave something (vocab
    moved_end: 'extended its deadline until 9 a.m. EST Tuesday'), ahead of the decision."""
    lo = start - _MOVED_END_REACH if start > _MOVED_END_REACH else 0
    if not _ends_in_word(text, start, _phrase_ends("moved_end", "ends")):
        return False
    return _moved_end_regex().search(text, lo, start) is not None


_WEEKDAY_RESOLVERS = ("weekday", "clock_on_day")  # a weekday, with a clock time or not
_MOVED_END_REACH = 60  # 'adjourned the trial of the three former bank directors until'


@cache
def _moved_end_regex() -> re.Pattern[str]:
    """A verb that moves an end, the words of its clause, and the word of the end."""
    table = load_vocab().table("moved_end")
    verbs = alternation({w.lower() for w in table["verbs"]}, _spaced)
    ends = alternation({w.lower() for w in table["ends"]})
    return re.compile(rf"\b{verbs}\b[^,;:()\"\u201c\u201d.!?]*?\b{ends}\s+$", re.I)


def _same(value: int) -> int:
    return value


def quoted_material(text: str, timex: Timex) -> tuple[date, int] | None:
    """The day quoted material is dated and where its quotation ends, when ``timex`` is
    a day dating a letter, e-mail or memo that is quoted right after it ('In an e-mail
    dated March 3, 2019, she wrote: "..."'); else None."""
    if timex.granularity != "day" or timex.begin is None:
        return None
    lo = max(0, timex.start - _WORDS_BEFORE_REACH)
    if not _dated_before(text, timex.start):
        return None
    if _quoted_material_regex().search(text, lo, timex.start) is None:
        return None
    opening = _QUOTE_OPENS.match(text, timex.end)
    if opening is None:
        return None
    closing = _QUOTE_CLOSES.search(text, opening.end())
    return timex.begin.date(), closing.start() if closing else len(text)


# after the date, a quotation opens before the sentence ends: ', she wrote: "'
_QUOTE_OPENS = re.compile(r"""[^.!?"“”
]{0,80}?(?:["“]|``)""")
_QUOTE_CLOSES = re.compile(r"""["”]|''""")


class QuoteClock(NamedTuple):
    """A quotation, from its opening mark to its closing one, and the day it was said."""

    start: int
    end: int
    day: date
    at: datetime | None  # the time of day the saying is placed at, if finer than its day


def quote_clocks(text: str, found: list[Timex], today: date) -> list[QuoteClock]:
    """The quotations the text says were said on a day before the publication's: their
    'yesterday', 'tonight' and weekdays count from that day ('"We finally met her
    yesterday," the keeper said at a news conference on Wednesday' in a Friday story is
    Tuesday). A quotation's day is the one its own attribution gives, after it in its
    sentence or before it ('On Wednesday, she said: "'), else that of the last dated
    saying before it in its paragraph, or in the one before when it opens its own
    paragraph with no speaker named ('he said'), which it continues. A saying at the
    publication or later leaves its quotation alone."""
    quotes = _quotations(text)
    if not quotes:
        return []
    days = sorted((t for t in found if _a_day(t) and not _inside(quotes, t.start)),
                  key=lambda t: t.start)
    sayings = [t for t in days if _dates_saying(text, t, quotes)]
    clocks: list[QuoteClock] = []
    for start, end in quotes:
        saying = _own_saying(text, end, sayings) or _continued_saying(
            text, start, end, days, sayings)
        if saying is not None and saying.begin is not None and saying.begin.date() < today:
            at = saying.begin if saying.begin.time() != time() else None
            clocks.append(QuoteClock(start, end, saying.begin.date(), at))
    return clocks


_QUOTE_MARK = re.compile("[\"\u201c\u201d]")
# an ASCII text's only quote mark: a literal, which the regex engine scans for in a tight
# loop, where a class holding characters beyond Latin-1 costs 60 instructions a character
_ASCII_QUOTE_MARK = re.compile('"')
_SENTENCE_STOP = re.compile("[.!?\"\u201c\u201d\n]")
_SENTENCE_BEFORE = re.compile("(?:[.!?:,][\"\u201d]?[ \t]+|\n)$")


def _quotations(text: str) -> list[tuple[int, int]]:
    """Double-quoted stretches, paired in order within each paragraph."""
    quotes: list[tuple[int, int]] = []
    opening = -1
    line = -1
    for mark in (_ASCII_QUOTE_MARK if text.isascii() else _QUOTE_MARK).finditer(text):
        here = text.rfind("\n", 0, mark.start())
        if opening >= 0 and here == line:
            quotes.append((opening, mark.start()))
            opening = -1
        else:
            opening, line = mark.start(), here
    return quotes


def _inside(quotes: list[tuple[int, int]], at: int) -> bool:
    index = bisect_left(quotes, (at,)) - 1
    return index >= 0 and quotes[index][0] < at < quotes[index][1]


def _a_day(timex: Timex) -> bool:
    """Whether an expression places a day or a time on one ('on Wednesday', 'that
    evening'), which a saying can be dated by."""
    if timex.type not in ("DATE", "TIME") or timex.begin is None or timex.until is None:
        return False
    return timex.until - timex.begin <= timedelta(days=1)


def _dates_saying(text: str, timex: Timex, quotes: list[tuple[int, int]]) -> bool:
    """Whether a day dates a saying: right after its verb and the place or listeners
    it was said at or to ('told a news conference in Kuala Lumpur that evening'), or
    opening a sentence whose saying verb introduces a quotation ('On Wednesday, she
    said: "')."""
    lo = max(0, timex.start - 80)
    stop = max((m.end() for m in _SENTENCE_STOP.finditer(text, lo, timex.start)), default=lo)
    if _quote_clock_regexes()[0].search(text, stop, timex.start):
        return True
    after = bisect_left(quotes, (timex.end,))
    if after == len(quotes) or quotes[after][0] - timex.end > 100:
        return False
    return _quote_clock_regexes()[1].fullmatch(text, timex.end, quotes[after][0]) is not None


def _own_saying(text: str, end: int, sayings: list[Timex]) -> Timex | None:
    """The dated saying that attributes a quotation after it in its sentence."""
    if end < 1 or text[end - 1] not in ",?!":
        return None
    stop = _SENTENCE_STOP.search(text, end + 1)
    limit = stop.start() if stop else len(text)
    index = bisect_left([t.start for t in sayings], end)
    if index < len(sayings) and sayings[index].start < limit:
        return sayings[index]
    return None


def _continued_saying(
    text: str, start: int, end: int, days: list[Timex], sayings: list[Timex]
) -> Timex | None:
    """The last dated saying before a quotation that it continues: in its
    paragraph, or in the one before when the quotation opens its paragraph and names no
    other speaker; no other day may come between. Only a quoted sentence continues a
    speaker: a few quoted words inside one of the text's own ('described her as "a
    national treasure"') are the writer's."""
    if _SENTENCE_BEFORE.search(text, max(0, start - 3), start) is None and start > 0:
        return None
    before = [t for t in days if t.end <= start]
    if not before or before[-1] not in sayings:
        return None
    saying = before[-1]
    paragraph = text.rfind("\n", 0, start)
    if saying.start < paragraph:
        if text.rfind("\n", 0, paragraph) > saying.start or paragraph != start - 1:
            return None
        if _quote_clock_regexes()[2].match(text, end + 1) is None:
            return None
    return saying


@cache
def _quote_clock_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A saying verb and what may stand between it and its day, ending at the day; what
    may stand between a day and the quotation it opens ('day, she said: "'); and the
    end of a quotation with no speaker named or only a pronoun ('," he said.')."""
    table = load_vocab().table("quote_clock")
    verbs = alternation({w.lower() for w in table["verbs"]})
    openers = alternation({w.lower() for w in table["openers"]})
    listeners = alternation({w.lower() for w in table["listeners"]})
    clause = alternation({w.lower() for w in table["clause_words"]})
    word = rf"(?!(?:{clause})\b)(?![\w'-]*ed\b)[\w'-]+"
    filler = rf"(?:\s+(?:{openers}|(?<=told\s)(?:{listeners}))\b(?:\s+{word}){{0,8}}?)?"
    saying = re.compile(rf"\b(?:{verbs}){filler}\s+$", re.I)
    opening = re.compile(rf",?\s+[^.!?\"\u201c\u201d\n]{{0,60}}?\b(?:{verbs})\b"
                         rf"[^.!?\"\u201c\u201d\n]{{0,30}}?[:,]\s*", re.I)
    unnamed = re.compile(rf"(?:\s*$|\s+(?:he|she|they|it)\s+(?:{verbs})\b)", re.I | re.M)
    return saying, opening, unnamed


def _dated_before(text: str, end: int) -> bool:
    """Whether the window before ``end`` (_words_before) may end with the words that date
    quoted material, as _quoted_material_regex asks there: its last word ends a dating
    phrase ('dated'), or is 'on' or 'of' after one ('sent on'). A quick test that spares
    the regex most days ('said on Monday'); a word beyond ASCII is left to the regex."""
    words = _words_before(text, end)
    if not words:
        return False
    dating = _quoted_material_ends()
    last = words[0]
    if last is None or last in dating:
        return True
    if last not in _DATED_ON or len(words) < 2:
        return False
    return words[1] is None or words[1] in dating


_DATED_ON = ("on", "of")  # the words _quoted_material_regex takes after a dating word


@cache
def _quoted_material_ends() -> frozenset[str]:
    """The last words of the phrases that date quoted material (lower case)."""
    return frozenset(_last_words(load_vocab().table("quoted_material")["dating"]))


@cache
def _quoted_material_regex() -> re.Pattern[str]:
    """A document noun and the words that date it, ending right before a date."""
    table = load_vocab().table("quoted_material")
    nouns = alternation({w.lower() for w in table["nouns"]}, _spaced)
    dating = alternation({w.lower() for w in table["dating"]}, _spaced)
    return re.compile(rf"\b{nouns}\s+{dating}\s+(?:on\s+|of\s+)?$", re.I)


def _year_given(cand: Candidate) -> bool:
    """Whether a match writes its year out ('March 3, 2021')."""
    return "year" in cand.match.re.groupindex and cand.match.group("year") is not None


def follow_story(
    ctx: Context, resolved: Resolved, timex: Timex, background: bool = False,
    saying: bool = False, year_given: bool = False,
) -> None:
    """Move the story's day, period and clock to what an expression just placed; a time
    told as ``background`` (in_background_clause) is a period to refer back to ('that
    year') but leaves the story's day and clock where they were, and so does a
    ``saying``'s day (saying_day) later than the earlier day the story stands at: the
    happenings it reports keep their day ('police said on Thursday' after a riot on
    Wednesday), which is still its latest news. A day ahead of the publication's, unless
    ``year_given``, keeps the day it left (Context.before_future)."""
    if not resolved.moves_story:
        return
    placed = resolved.interval_value or resolved.value
    day, period, clock = _placing(placed)
    if period:
        ctx.last_period = placed
    if background:
        return
    if saying and day is not None and ctx.reference < day and ctx.reference < ctx.today:
        if day <= ctx.today and (ctx.latest is None or day > ctx.latest):
            ctx.latest = day
        ctx.said_day = day
        return
    if day is not None:
        ctx.said_day = None
        if day > ctx.today >= ctx.reference and not year_given:
            # a day ahead without a year ('will appear on May 14'), a plan; not one its
            # year fixes ('on March 3, 2021' after a publication date that is wrong)
            ctx.before_future = (ctx.reference, ctx.evening, ctx.clock)
        ctx.reference = day
        if day <= ctx.today and (ctx.latest is None or day > ctx.latest):
            ctx.latest = day
        # 'late Monday' (mod END on a day) is that day's evening too
        late = timex.mod == "END" and not clock
        evening = _EVENING.search(placed) or (clock and placed[11:13] >= "18") or late
        ctx.evening = day if evening else None
    if clock and timex.begin is not None:
        ctx.clock = timex.begin


def saying_day(text: str, start: int) -> bool:
    """Whether the expression at ``start`` is the day of a saying (vocab saying_day: 'a
    police spokesman said on Thursday')."""
    lo = start - 40 if start > 40 else 0
    if not _ends_in_word(text, start, _phrase_ends("saying_day", "before"), _ON_WORD):
        return False
    return _saying_day().search(text, lo, start) is not None


_ON_WORD = ("on",)  # the word a regex of phrases may take after them: 'said on'


@cache
def _saying_day() -> re.Pattern[str]:
    before = alternation({w.lower() for w in load_vocab().table("saying_day")["before"]},
                         _spaced)
    return re.compile(rf"\b{before}\s+(?:on\s+)?$", re.I)


def saying_clock(text: str, start: int, end: int) -> bool:
    """Whether the clock time at ``start``..``end`` is a saying's (vocab saying_clock:
    'told a news conference at 11 a.m.', 'in its 6 p.m. report')."""
    before, after = _saying_clock()
    lo = start - 40 if start > 40 else 0
    return before.search(text, lo, start) is not None or after.match(text, end) is not None


@cache
def _saying_clock() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load_vocab().table("saying_clock")
    before = alternation({w.lower() for w in table["before"]}, _spaced)
    after = alternation({w.lower() for w in table["after"]}, _spaced)
    return re.compile(rf"\b{before}\s+$", re.I), re.compile(rf"\s+{after}\b", re.I)


_BACKGROUND_REACH = 120  # 'since the storm crossed the north of the main island on'


def in_background_clause(text: str, start: int, lowered: str | None = None) -> bool:
    """Whether the expression at ``start`` is in a clause that tells where a state began
    (vocab background_clause: 'cut off since the storm crossed the island on Tuesday',
    'since Sunday'): the opener before it, with no punctuation that ends a clause
    between. ``lowered``, the text in lower case if it is ASCII, lets a scan in C for the
    openers' last words spare the regex nearly every time."""
    lo = start - _BACKGROUND_REACH if start > _BACKGROUND_REACH else 0
    if lowered is not None:
        for word in _phrase_ends("background_clause", "openers"):
            if lowered.find(word, lo, start) >= 0:
                break
        else:
            return False
    return _background_regex().search(text, lo, start) is not None


@cache
def _relative_regex() -> re.Pattern[str]:
    """An opener of a relative clause and the clause up to a time, as _background_regex."""
    openers = alternation({w.lower() for w in load_vocab().words("relative_clause", "openers")},
                          _spaced)
    return re.compile(rf"\b{openers}\b[^,;:()\"\u201c\u201d.!?]*$", re.I)


_PLACING = ("DATE", "TIME")  # the types of expressions that place a story in time
_CLAUSE_END = re.compile(r"[,;]")


@cache
def _background_regex() -> re.Pattern[str]:
    openers = alternation({w.lower() for w in load_vocab().words("background_clause", "openers")},
                          _spaced)
    return re.compile(rf"\b{openers}\b[^,;:()\"\u201c\u201d.!?]*$", re.I)


@lru_cache(maxsize=4096)
def _placing(value: str) -> tuple[date | None, bool, bool]:
    """What a value places: its day, whether it is a calendar period, whether a clock."""
    day = date.fromisoformat(value[:10]) if _FINE_DAY.match(value) else None
    return day, _CALENDAR_PERIOD.match(value) is not None, _CLOCK.match(value) is not None


def build(
    cand: Candidate, resolved: Resolved, ctx: Context, signal: tuple[int, dict[str, str]]
) -> Timex:
    """A Timex with its interval, its mod and its signal-widened phrase."""
    phrase_start, effect = signal
    mod = resolved.mod or effect.get("mod", "")
    interval: Interval | None
    if resolved.anchor:
        interval = Interval(*resolved.anchor)
    else:
        placed = resolved.interval_value or resolved.value
        if placed == "PRESENT_REF" and ctx.date_only:
            placed = ctx.today.isoformat()  # 'now' of a day-only date is that day
        interval = interval_of(placed, ctx.dct.tzinfo or UTC, ctx.dct, ctx.vocab)
    if interval and not resolved.mod:
        interval = narrowed(interval, effect)
    if interval and interval.until <= interval.begin:
        interval = Interval(interval.begin, interval.begin + timedelta(minutes=1), "instant")
    # in Timex's field order: twelve keywords cost as much as the rest of this function
    return Timex(
        cand.start,
        cand.end,
        cand.match.group(),
        resolved.type or cand.rule.type,  # type
        resolved.value,
        mod,
        interval.begin if interval else None,
        interval.until if interval else None,
        interval.granularity if interval else resolved.granularity,
        phrase_start,
        signal_after(cand),  # phrase_end
        cand.rule.name,
    )
