"""Word-table pieces the tagger's steps share: phrases as regex pieces, their last
words for quick tests, and the signal words a time expression takes before it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from timeline.temporal import build_cache
from timeline.temporal.trie import alternation, escaped
from timeline.temporal.vocab import Vocab
from timeline.temporal.vocab import load as load_vocab


def signal_before(
    text: str, start: int, vocab: Vocab, padded: str | None = None
) -> tuple[int, dict[str, str]]:
    """The start of a signal phrase ('just before', 'On') right before an expression.
    ``padded`` is a space and the text in lower case, if the text is ASCII: the phrase is
    looked for there without re.IGNORECASE (a third of the cost), from the character
    before it, which the regex engine skips to in C (a third again); so the start of a
    match in ``padded`` is that of the phrase in the text."""
    lo = start - 30 if start > 30 else 0
    if not ends_in_word(text, start, phrase_ends("signal")):
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
    body = alternation({w.lower() for w in load_vocab().table("signal")}, spaced)
    # white space with no blank line in it: a headline's last word ('50 years on') is
    # no signal of the paragraph's first time
    gap = r"(?=\s)[^\S\n]*\n?[^\S\n]*\Z"
    if not case_blind:
        return build_cache.compile(rf"\W(?P<signal>{body}){gap}")
    return build_cache.compile(rf"(?:^|(?<=[^\w]))(?P<signal>{body}){gap}", re.I)


def ends_in_word(
    text: str, end: int, endings: tuple[str, ...], optional: tuple[str, ...] = ()
) -> bool:
    """Whether the text may end at ``end`` with one of some phrases and then whitespace,
    as a regex of phrases ending in ``\\s+$`` asks in a window before it: the last of its
    words must end with the last word of a phrase (``endings``, lower case), or be one of
    the ``optional`` words the regex allows after the phrase ('on' in 'said on') after
    such a word. A quick test that spares most expressions the regex ('said Monday'); a
    word beyond ASCII is left to the regex. The words are read in the widest window of
    the tests (words_before), which passes whatever a narrower one would: a word cut at a
    window's start keeps its ending."""
    words = words_before(text, end)
    if not words:
        return False
    last = words[0]
    if last is None or last.endswith(endings):
        return True
    if not optional or len(words) < 2 or last not in optional:
        return False
    return words[1] is None or words[1].endswith(endings)


def ends_in_words(text: str, end: int, last: tuple[str, ...], before: tuple[str, ...]) -> bool:
    """Whether the last word before ``end`` (then whitespace) ends with one of ``last``
    and the word before it with one of ``before`` (lower case), as a regex of two words
    ending in ``\\s+$`` asks in a window before it ('the crash on'): ends_in_word's quick
    test, for a regex whose last word is too common to spare it ('on'). A word beyond
    ASCII is left to the regex."""
    words = words_before(text, end)
    if len(words) < 2:
        return False
    final, previous = words
    return ((final is None or final.endswith(last))
            and (previous is None or previous.endswith(before)))


WORDS_BEFORE_REACH = 60  # the widest window a quick test stands for (moved_end's)


@lru_cache(maxsize=8)
def words_before(text: str, end: int) -> tuple[str | None, ...]:
    """The last word in the window before ``end`` and the one before it, in lower case
    (None for a word beyond ASCII), when whitespace ends the window; else none. Read once
    for the five quick tests an expression asks (ends_in_word, _dated_before)."""
    lo = end - WORDS_BEFORE_REACH if end > WORDS_BEFORE_REACH else 0
    if end <= lo or not text[end - 1].isspace():
        return ()
    window = text[lo:end]
    if window.isascii():
        return tuple(window.lower().rsplit(None, 2)[:-3:-1])
    return tuple(word.lower() if word.isascii() else None
                 for word in window.rsplit(None, 2)[:-3:-1])


def holds_any(lowered: str, words: Iterable[str], lo: int, hi: int) -> bool:
    """Whether one of the words (lower case) stands in ``lowered[lo:hi]``, the text in
    lower case: a scan in C for each, which spares a regex tried at every position of
    the window when none does (the quick tests before the window regexes). The window is
    copied once and each word looked for with ``in``: str.find parses its arguments
    as a tuple, which cost more than its search of a window. A plain loop: any() over a
    generator costs a frame switch per word, a third of the time."""
    window = lowered[lo:hi]
    for word in words:  # noqa: SIM110  (any() is the slower form here)
        if word in window:
            return True
    return False


def holds_phrase(lowered: str, phrases: tuple[tuple[str, ...], ...], lo: int, hi: int) -> bool:
    """Whether one of the phrases (their words in lower case) may stand in
    ``lowered[lo:hi]``, any whitespace between its words: a scan in C for each of a
    phrase's words, its last word's places then checked for the words before it. Sharper
    than holds_any for phrases whose last word is common ('up from', 'compared with'),
    whose places are checked only when the window holds the rarer words before it ('to'
    stands in most windows, 'compared' in few: checking each 'to' was nearly half of the
    test's cost). ``in`` on a copy of the window rules words out for less than str.find,
    which parses its arguments as a tuple (holds_any)."""
    window, find = lowered[lo:hi], lowered.find
    for words in phrases:
        for word in words:
            if word not in window:
                break
        else:  # each word stands in the window: look at the last one's places
            last = words[-1]
            at = find(last, lo, hi)
            while at >= 0:
                if _words_end_at(lowered, words[:-1], lo, at):
                    return True
                at = find(last, at + 1, hi)
    return False


def _words_end_at(lowered: str, words: tuple[str, ...], lo: int, end: int) -> bool:
    """Whether ``words`` stand in ``lowered[lo:end]`` up to its end, whitespace after each
    and no letter or digit before the first ('group from' is no 'up from')."""
    for word in reversed(words):
        head = lowered[lo:end].rstrip()
        if len(head) == end - lo or not head.endswith(word):
            return False
        end = lo + len(head) - len(word)
    return end == lo or not lowered[end - 1].isalnum()


@cache
def phrase_words(table: str, field: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a vocabulary table's field as their words in lower case, for
    holds_phrase."""
    return tuple(sorted({tuple(p.lower().split()) for p in load_vocab().table(table)[field]}))


@cache
def phrase_ends(table: str, field: str = "") -> tuple[str, ...]:
    """The last words of a vocabulary table's phrases (of one ``field`` of it), in lower
    case: what the quick tests before the window regexes look for."""
    phrases = load_vocab().table(table)
    return last_words(phrases[field] if field else phrases)


def last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({p.split()[-1].lower() for p in phrases}))


def spaced(phrase: str) -> list[str]:
    """A phrase as regex pieces, any whitespace between its words."""
    atoms: list[str] = []
    for word in phrase.split():
        atoms += ([r"\s+"] if atoms else []) + list(map(escaped, word))
    return atoms


SENTENCE_STOP = re.compile("[.!?\"\u201c\u201d\n]")


# a narrator's pronoun (vocab scene_narrator) and the word after it: 'I climb', 'we leave'
NARRATOR = re.compile(r"\b(I|[Ww]e)\s+([a-z]+)\b")


@cache
def narrator_words() -> tuple[frozenset[str], frozenset[str]]:
    """The narrator's pronouns (vocab scene_narrator) and the words after them that are
    no simple present ('I was', 'we had'), for the tagger's scenes and the events'."""
    vocab = load_vocab()
    return (frozenset(vocab.words("scene_narrator")),
            frozenset(vocab.words("scene_narrator", "not_present")))
