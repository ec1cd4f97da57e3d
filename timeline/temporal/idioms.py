"""Matches that are no time: inside an idiom ("happen overnight"), a bare number that
counts things ("between 300 and 3000 people"), a game's quarter ("in the second quarter"
after a touchdown), a half named alone with no business figure near it ("led 2-0 in
the first half"), a quoted title ('ABC's "This Week"'), a periodical ("a literary
quarterly", "the Sunday weekly")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from timeline.temporal import build_cache
from timeline.temporal.candidates import Candidate
from timeline.temporal.trie import alternation, word_opened
from timeline.temporal.vocab import load as load_vocab
from timeline.temporal.wording import SENTENCE_STOP, holds_any


@cache
def _idiom_regex() -> re.Pattern[str]:
    phrases = {p.lower() for p in load_vocab().words("idiom", "phrases")}
    return build_cache.compile(rf"{word_opened(phrases)}\b")  # re skips to first letters


@cache
def _counted_after_number() -> re.Pattern[str]:
    words = {w.lower() for w in load_vocab().words("not_time_after_number")}
    return build_cache.compile(rf"(?<!\s)\s*+{alternation(words)}\b", re.I)


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
        rule = cand.rule
        resolve = rule.resolve
        if resolve == "quarter" and _game_quarter(text, cand.start, cand.end):
            return False
        params = rule.params  # most rules have none: one look spares two
        if params:
            if params.get("figures") and not _business_half(text, cand.start, cand.end):
                return False
            if params.get("journal") and journal_noun(text, cand.start, cand.end):
                return False
        if (resolve == "weekday" and text[cand.end + 1 : cand.end + 2] in _initials()
                and _before_journal(text, cand.end)):
            return False
        return not (words.isdigit() and (counts_things(text, cand.end)
                                         or labels_number(text, cand.start, cand.end)))

    return keep


def journal_noun(text: str, start: int, end: int) -> bool:
    """Whether a word of frequency is the noun of a periodical (vocab journal_noun): after
    a determiner and its modifiers, with no noun after it ('in a literary quarterly in
    1987', 'wrote for the Sunday weekly.'); 'his weekly radio address' is a SET."""
    if _journal_right().match(text, end) is None or _journal_coordinated().match(text, end):
        return False
    return _journal_left().search(text, max(0, start - _JOURNAL_REACH), start) is not None


def _before_journal(text: str, end: int) -> bool:
    """Whether a weekday names a periodical, with the noun after it ('the Sunday
    weekly'), not a day."""
    found = _journal_word().match(text, end)
    return found is not None and journal_noun(text, found.start(1), found.end())


@cache
def _initials() -> frozenset[str]:
    """The first letters of the periodicals' words, either case: most weekdays are
    followed by none, and need no further look."""
    words = load_vocab().words("journal_noun")
    return frozenset(w[0] for w in words) | frozenset(w[0].upper() for w in words)


_JOURNAL_REACH = 80  # 'the respected English-language Communist Party daily'


@cache
def _journal_word() -> re.Pattern[str]:
    words = alternation(set(load_vocab().words("journal_noun")))
    return build_cache.compile(rf"\s+({words})\b", re.I)


@cache
def _journal_left() -> re.Pattern[str]:
    """A determiner (or a possessive) and up to three modifiers, ending where the noun
    starts: the table's modifiers, hyphened words with a modifier's ending, capitalised
    words with an adjective's or a weekday's ending; the phrase opens its clause or
    follows a preposition (vocab journal_noun before), not a verb it would be the object
    of."""
    vocab = load_vocab()
    determiners = alternation(set(vocab.words("journal_noun", "determiners")))
    modifiers = alternation(set(vocab.words("journal_noun", "modifiers")))
    endings = alternation(set(vocab.words("journal_noun", "capital_endings")))
    hyphened = alternation(set(vocab.words("journal_noun", "hyphen_endings")))
    before = alternation(set(vocab.words("journal_noun", "before")))
    modifier = rf"(?:[A-Z]\w*{endings}|[A-Za-z]+(?:-[a-z]+)*-(?i:{hyphened})|(?i:{modifiers}))"
    opening = rf"(?:^|[.!?;:,(\"\u201c]\s*|\b(?i:{before})\s+)"
    return build_cache.compile(
        rf"(?:{opening}(?i:{determiners})\b|\w[\u2019']s)\s+(?:{modifier}\s+){{0,3}}$"
    )


@cache
def _journal_right() -> re.Pattern[str]:
    """Where a noun ends its phrase: a stop, a closing mark, the end, or a word no
    adjective's noun would be (vocab journal_noun after and verbs)."""
    vocab = load_vocab()
    words = alternation({w.lower() for w in vocab.words("journal_noun", "after")}
                        | {w.lower() for w in vocab.words("journal_noun", "verbs")})
    return build_cache.compile(rf"\s*(?:[,.;:!?)\]\"\u201d]|$)|\s+(?:{words})\b", re.I)


@cache
def _journal_coordinated() -> re.Pattern[str]:
    """Another word of frequency joined to it ('the daily, weekly and monthly figures'):
    adjectives of one noun to come."""
    words = alternation(set(load_vocab().words("journal_noun")))
    return build_cache.compile(rf"[\s,]+(?:(?:and|or)\s+)?(?:{words})\b", re.I)


_GAME_REACH = 80  # 'threw a 40-yard touchdown pass to Smith in'


def _game_quarter(text: str, start: int, end: int) -> bool:
    """Whether a quarter is one of a game's time of play: a word of play (vocab
    game_period) near it in its sentence ('threw a touchdown pass in the second
    quarter'), which no quarter of the calendar has."""
    return _near_in_sentence(_game_words(), text, start, end)


def _business_half(text: str, start: int, end: int) -> bool:
    """Whether a half named alone is one of the calendar: a business figure (vocab
    half_figures) near it in its sentence ('rose 7 percent in the first half') and no
    word of play."""
    return _near_in_sentence(_figure_words(), text, start, end) and not _game_quarter(
        text, start, end
    )


_Words = tuple[re.Pattern[str], tuple[str, ...]]  # a regex of words, and the words


def _near_in_sentence(words: _Words, text: str, start: int, end: int) -> bool:
    """Whether one of the words stands near a match, in its sentence. In an ASCII window
    they are looked for first by a scan in C each of it in lower case, which spares most
    windows their regex: tried under re.IGNORECASE at every position (a third of a percent
    of `timex`'s instructions on TBAQ); beyond ASCII, re.IGNORECASE folds some characters
    to ASCII letters ('\u212a' to 'k'), which lowering a window does not."""
    lo, hi = max(0, start - _GAME_REACH), end + _GAME_REACH
    stop = SENTENCE_STOP.search(text, end, hi)
    hi = stop.start() if stop is not None else hi
    for stop in SENTENCE_STOP.finditer(text, lo, start):
        lo = stop.end()
    hi = min(hi, len(text))
    window = text[lo:hi]
    if window.isascii() and not holds_any(window.lower(), words[1], 0, hi - lo):
        return False
    return words[0].search(text, lo, hi) is not None


@cache
def _game_words() -> _Words:
    entries = tuple(sorted({w.lower() for w in load_vocab().words("game_period")}))
    return build_cache.compile(rf"\b{alternation(entries)}\b", re.I), entries


@cache
def _figure_words() -> _Words:
    """The business figures' words, whole words; a sign ('%', '$') stands beside a digit
    ('7%', '$5'), so it is found without word bounds."""
    entries = tuple(sorted({w.lower() for w in load_vocab().words("half_figures")}))
    words = alternation({w for w in entries if w[0].isalnum()})
    signs = alternation({w for w in entries if not w[0].isalnum()})
    return build_cache.compile(rf"(?<!\w)(?:{words})(?!\w)|{signs}", re.I), entries


def _quoted_title(text: str, start: int, words: str) -> bool:
    """Whether a match of several words, each capitalised, follows an opening quotation
    mark: a programme's or a work's title ('ABC's "This Week"'), no time."""
    parts = words.split()
    # most matches start in lower case ('last week'): no generator for their words
    if len(parts) < 2 or not parts[0][0].isupper() or not all(
            part[0].isupper() for part in parts):
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


# a number of three or more digits, no fraction: a year's peer in a list or a range
_AND_NUMBER = re.compile(r"(?<!\s)\s++(?:and|or|to)\s++\d[\d,]{2,}+(?![.\d])", re.I)


def counts_things(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts something other than time.

    A number joined by 'and', 'or' or 'to' to the next one counts what that one counts:
    "between 300 and 3000 people" are people, "between 1994 and 1997." are years. A small
    number or a fraction is no year's peer but the next figure of a list: "grow 2 percent
    in 2024 and 1.8 percent next year" keeps its year.
    """
    while (joined := _AND_NUMBER.match(text, end)) is not None:
        end = joined.end()
    return _counted_after_number().match(text, end) is not None


def labels_number(text: str, start: int, end: int) -> bool:
    """Whether a bare number names a place or a label, no year (vocab number_label):
    'Resolution 1973', 'at 1600 Pennsylvania Avenue'."""
    label, at_place, street, part_of = _number_label()
    if label.search(text, max(0, start - 16), start) or part_of.match(text, end):
        return True
    return bool(at_place.search(text, max(0, start - 8), start) and street.match(text, end))


@cache
def _number_label() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                             re.Pattern[str]]:
    """A label word right before a number, a place's preposition, a street after it
    (capitalised words, a compass point's initial among them, and a street word), and a
    part of a street and 'of' after it ('the 1900 block of')."""
    table = load_vocab().table("number_label")
    labels = alternation({w.lower() for w in table["labels"]})
    at_place = alternation({w.lower() for w in table["at_place"]})
    streets = alternation(set(table["streets"]))
    parts = alternation({w.lower() for w in table["parts_of"]})
    return (
        build_cache.compile(rf"(?<![\w.])(?i:{labels})\s+$"),
        build_cache.compile(rf"\b(?i:{at_place})\s+$"),
        build_cache.compile(rf"\s+(?:[A-Z][\w.\x27-]*\s+){{0,3}}(?:{streets})(?!\w)"),
        build_cache.compile(rf"\s+(?i:{parts})\s+of\b"),
    )
