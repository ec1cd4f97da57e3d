"""Sentences and paragraphs with exact character offsets.

Offsets are the provenance of every event, so spans index the original text unchanged:
``text[span.start:span.end]`` is always the sentence, with no whitespace at either end.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from pathlib import Path


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# A sentence ends at . ! or ? (and any closing quotes or brackets), before whitespace and a
# capital, digit or opening quote; or at a line break. A run of stops is tried once, from
# its first stop, and never given back: a 40 KB run of dots is one linear scan, not n².
# The pattern opens with the class of its first character, so the regex engine skips to
# the next stop or line break in C instead of trying a match at every character (a
# fourth of the time); the look-behinds then tell the two kinds apart.
_BOUNDARY = re.compile(
    r"""[.!?\n](?:(?<=[.!?])(?<![.!?]{2})[.!?]*+["'\u201d\u2019)\]]*+"""
    r"""(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])|(?<=\n)\n*+)"""
)
# The letters and dots of an abbreviation before its stop: any letter, so that a word
# such as 'Juchitán.' is read whole and not taken for the initial 'n.'.
_WORD_BEFORE = re.compile(r"[^\W\d_]*+(?:\.[^\W\d_]*+)*+\Z")
# What _WORD_BEFORE takes in an ASCII text: letters and dots.
_ASCII_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."
_NEXT_WORD = re.compile(r"""\s+(["\u201c\u2018]?)([A-Za-z]*)""")
# The longest of 5,730 sentences of news (TimeBank, AQUAINT, the test articles) has 606
# characters. A longer "sentence" is a run-on list or text without stops; it is cut into
# pieces of at most this many characters, since event analysis works per sentence and
# would otherwise do work in the square of its length.
MAX_SENTENCE = 1000

# The package's data folder, found from this file: importlib.resources imports tempfile,
# random and lzma, which tagging needs none of.
_DATA = Path(__file__).parent / "data"


@cache
def abbreviations() -> frozenset[str]:
    path = _DATA / "abbreviations.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


@cache
def _clock_table(name: str) -> frozenset[str]:
    # parsed as the tagger's tables are, kept for the next process (build_cache): a
    # process that splits sentences then imports no TOML parser
    from timeline.temporal.vocab import parsed_toml

    path = _DATA / "clock_abbreviations.toml"
    return frozenset(parsed_toml(path.read_text(encoding="utf-8"))[name]["words"])


def _abbreviation(text: str, stop: int) -> str:
    """The abbreviation such as 'feb' or 'u.s' whose full stop ends at `stop` ('' if none):
    the letters and dots before it, at most 11 characters back. In ASCII they are what
    rstrip takes off: the regex is searched from each position, with a Unicode class
    look-up per character (4 µs a full stop, more than splitting the rest of a line)."""
    before = text[max(0, stop - 12) : stop - 1]
    if before.isascii():
        word = before[len(before.rstrip(_ASCII_WORD)) :].lower().rstrip(".")
    else:
        found = _WORD_BEFORE.search(before)
        word = found.group().lower().rstrip(".") if found else ""
    return word if word in abbreviations() or len(word) == 1 else ""


@cache
def _attribution() -> re.Pattern[str]:
    """A sentence that only tells who said the quotation before it: a short subject, a
    verb of saying (events.toml reporting), maybe whom it was told to (listener) and where
    or how (setting_preposition: 'Police said.', 'The company said in a statement.',
    'Ruru told Wikinews.'). Words said after the verb ('Police said it was late.', 'The
    company said on Monday it would cut jobs.') make a sentence of their own. Built
    from the cache (build_cache), as the tagger's patterns are: compiling it anew cost
    each process 14 M instructions at its first quotation, a twentieth of what first
    using the tagger costs a batch of news."""
    from timeline.temporal import build_cache
    from timeline.temporal.vocab import parsed_toml

    table = parsed_toml((_DATA / "events.toml").read_text(encoding="utf-8"))
    verbs, told, setting, article = (
        "|".join(re.escape(w) for w in table[name]["words"])
        for name in ("reporting", "listener", "setting_preposition", "determiner")
    )
    # where or how: a preposition and a noun of one or two words, 'in a statement', 'at a
    # news conference', 'during a visit to Paris'; not 'on Monday it would cut jobs'
    return build_cache.compile(
        rf"""\s++[A-Z][\w'\u2019.-]*+(?:\s++[\w'\u2019.-]++){{0,4}}?\s++(?:{verbs})"""
        rf"""(?:\s++(?:the\s++)?(?:[A-Z][\w'\u2019-]*+|{told}))?"""
        rf"""(?:\s++(?:{setting})\s++(?:(?:{article})\s++)?[\w'\u2019-]++"""
        rf"""(?:\s++(?!(?:{setting})\s)[\w'\u2019-]++)?){{0,3}}+[.!?](?=\s|$)"""
    )


def _attributes_quotation(text: str, stop: str, after: int, end: int) -> bool:
    """Whether a quotation closed by `stop` ('."') is attributed by the sentence after it
    alone ('"He was alive." Police said.'): the two are one statement, its words and who
    said them, and the quotation's sentence goes on through its attribution."""
    if stop[-1:] not in "\"\u201d" or not any(c in stop for c in ".!?"):
        return False
    return _attribution().match(text, after, end) is not None


def _clock_ends_sentence(text: str, after: int) -> bool:
    """Whether what follows a clock abbreviation ('10 a.m.') at `after` opens a new
    sentence: an opening quote, or a capitalised word that does not go on with the time
    (its day or zone: '10 p.m. Wednesday', '9 a.m. EST', '10:26 a.m. Beijing time'). A
    zone in capitals has two letters or more; 'A' and 'I' are words ('at 8 p.m. A
    mechanic said ...')."""
    match = _NEXT_WORD.match(text, after)
    if match is None:
        return False
    quote, word = match.groups()
    if quote:
        return True
    if _ZONE_TIME.match(text, match.end()):
        return False  # a place's time: '10:26 a.m. Beijing time'
    zone = word.isupper() and len(word) > 1
    return word[:1].isupper() and not zone and word not in _clock_table(
        "clock_continuation"
    )


_ZONE_TIME = re.compile(r"[ \t]+time\b")


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split into sentences; never loses or moves a character. With ``start`` and
    ``end``, the sentences of ``text[start:end]``, whole lines (no sentence runs over a
    line break), with their offsets in ``text``: one line of a long text is split without
    copying it and moving every span."""
    spans: list[Span] = []
    end = len(text) if end is None else end
    for found in _BOUNDARY.finditer(text, start, end):
        stop = found.group()
        if stop.startswith(".") and "\n" not in stop:
            word = _abbreviation(text, found.start() + 1)
            if word and not (
                word in _clock_table("clock_abbreviation")
                and _clock_ends_sentence(text, found.end())
            ):
                continue
        if _attributes_quotation(text, stop, found.end(), end):
            continue
        _add_pieces(spans, text, start, found.end())
        start = found.end()
    _add_pieces(spans, text, start, end)
    return spans


def _add_pieces(spans: list[Span], text: str, start: int, end: int) -> None:
    """Add the trimmed sentence in [start, end) to ``spans``, cut at the last space
    before MAX_SENTENCE characters (or at MAX_SENTENCE when it has no space) for as
    long as it is too long. Added, not yielded: a generator per sentence cost the
    tagger, which splits the lines it reads, a percent of its bytecodes."""
    span = _trimmed(text, start, end)
    while span is not None and span.end - span.start > MAX_SENTENCE:
        limit = span.start + MAX_SENTENCE
        cut = text.rfind(" ", span.start + 1, limit)
        head = _trimmed(text, span.start, cut if cut > span.start else limit)
        assert head is not None  # it starts at the sentence's first, non-space character
        spans.append(head)
        span = _trimmed(text, head.end, span.end)
    if span is not None:
        spans.append(span)


def paragraphs(text: str) -> list[Span]:
    """Paragraphs are the text's non-blank lines (news copy puts one paragraph per line)."""
    spans: list[Span] = []
    for found in re.finditer(r"[^\n]+", text):
        span = _trimmed(text, found.start(), found.end())
        if span:
            spans.append(span)
    return spans


_START = attrgetter("start")  # a span's start, as bisect's key in C


def containing(spans: Sequence[Span], offset: int) -> Span | None:
    """The span holding a character offset (spans sorted and apart, as returned above)."""
    index = bisect_right(spans, offset, key=_START) - 1
    if index >= 0 and offset < spans[index].end:
        return spans[index]
    return None
