"""A time inside a noun phrase dates the noun's happening, not the clause.

"Ford missed a June 1 deadline", "the company reported third-quarter results on Tuesday",
"Friday's vote was postponed": June 1 is the deadline's date, the quarter the results',
Friday the vote's; missing, reporting and postponing happened at the clause's own time
(another time of the clause, or the story's). A time modifies a noun when a determiner
stands before it ("an overnight attack"), when it is a possessive ("Friday's vote") or a
hyphenated compound ("third-quarter results", after a preposition too: "a rise in
third-quarter profit"), and a noun, not a preposition or a determiner, follows it; a full
date after a determiner may close its year with a comma before the noun, as US news
writes it ("the Dec. 21, 1988, bombing").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from timeline.events.baselines import baseline, is_baseline, restated
from timeline.events.lexicon import alternation, lexicon
from timeline.sentences import Span
from timeline.temporal import Timex

if TYPE_CHECKING:
    from timeline.events.document import Document

TITLE_LIMIT = 80
# The most words of a noun phrase's head after its time ("net loss", "RBS Six Nations
# championship").
HEAD_WORDS = 4
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# A word, with the dots of an abbreviation ('U.S. embassy'), on the same line: a noun
# phrase ends with its headline ('quash 1998 conviction' over the lead's 'Three judges').
_WORD = re.compile(
    r"(?<!\s)[^\S\n]++([A-Za-z](?:[\w'\u2019-]|\.(?=\w))*+(?:(?<=\.\w)\.(?=\s)|\.(?=\s++[a-z]))?)"
)
_ARTICLE = re.compile(r"^an?\s++", re.I)


@cache
def _determiner() -> re.Pattern[str]:
    """A determiner or a possessive 's right before an offset, and where it starts; not
    the 's of "it's", "that's" (is, has)."""
    lex = lexicon()
    words = lex.pattern("determiner").pattern
    not_possessive = "".join(rf"(?<!\b{w})" for w in lex.words["not_possessive"])
    return re.compile(rf"(?:{words}|{not_possessive}['\u2019]s)\s*$", re.I)


@cache
def _noun_after() -> re.Pattern[str]:
    """A word after a time that is no preposition or determiner: the noun the time
    modifies."""
    lex = lexicon()
    words = alternation([*lex.words["preposition"], *lex.words["determiner"]]).pattern
    return re.compile(rf"(?<!\s)\s++(?!{words})[A-Za-z]", re.I)


@cache
def _compound_period() -> re.Pattern[str]:
    """A time written as one hyphenated adjective ending in a period's unit
    ('third-quarter', 'first-half')."""
    units = alternation(lexicon().words["compound_period_unit"]).pattern
    return re.compile(rf"[A-Za-z]+-{units}", re.I)


@cache
def _not_head() -> frozenset[str]:
    """Words that end a noun phrase: prepositions, determiners, pronouns, clause openers,
    verbs of the tense tables."""
    words = lexicon().words
    names = ("preposition", "determiner", "past_verb", "present_verb", "future_verb", "modal_verb",
             "be",
             "clause_opener", "subject_pronoun", "claim_opener", "not_possessive")
    return frozenset(w.lower() for name in names for w in words[name])


@cache
def _modifier(word: str) -> bool:
    """Whether a lower-case word ends as a modifier does, no head of a noun phrase
    ('fully', 'diluted'), and is not a noun that ends so ('rally', 'speed')."""
    lex = lexicon()
    return word.endswith(tuple(lex.words["modifier_suffix"])) and word not in lex.set(
        "head_with_modifier_suffix")


def modifies_noun(text: str, timex: Timex) -> bool:
    """A time inside a noun phrase ('an overnight attack', "Friday's vote",
    'third-quarter results', 'the Dec. 21, 1988, bombing'): see the module's docstring."""
    end = _head_start(text, timex)
    if not _noun_after().match(text, end):
        return False
    if end > timex.phrase_end:  # a possessive ("Friday's vote") or a year's comma
        return True
    if _compound_period().fullmatch(text, timex.start, timex.end) and _after_word(text, timex):
        return True  # 'a rise in third-quarter profit': an adjective, after a preposition too
    if timex.phrase_start < timex.start:
        return False  # 'that by 1992 it intended': a preposition's time modifies no noun
    if _bare_year_before_noun(text, timex):
        return True  # 'Judges quash 1998 conviction': a headline's noun drops its article
    before = text[max(0, timex.phrase_start - 8) : timex.phrase_start]
    phrase = text[timex.phrase_start : timex.phrase_end]
    return bool(_determiner().search(before)) or ("-" in phrase and " " not in phrase)


def _bare_year_before_noun(text: str, timex: Timex) -> bool:
    """Whether a year written alone stands between a lower-case word that is no
    preposition and a lower-case noun ('Judges quash 1998 conviction', 'his unsuccessful
    1996 campaign'): a headline drops the article a noun phrase would have. A clause's
    year has a preposition ('the close of 1969 equaling 100'), a number after a word that
    rounds or bounds it counts ('around 1900 farmers'), and a verb in -ed or -ing after it
    is no noun."""
    if not _BARE_YEAR.fullmatch(text, timex.start, timex.end):
        return False
    words = text[max(0, timex.start - _REACH) : timex.start].split()
    before = words[-1] if words else ""
    if not (before.isalpha() and before.islower()) or before in _not_before_noun():
        return False
    head = _head_word(text, timex.end)
    word = head.group(1) if head else ""
    return word.islower() and not word.endswith(("ed", "ing"))


@cache
def _not_before_noun() -> frozenset[str]:
    """Words after which a year is no noun's: prepositions, and the last words of those
    that round or bound a number (tables about, lower_bound, upper_bound)."""
    words = lexicon().words
    bounds = (w.split()[-1] for name in ("about", "lower_bound", "upper_bound")
              for w in words[name])
    return frozenset([*words["preposition"], *bounds])


# A year written alone (see _bare_year_before_noun), and how far back (characters) the
# word before it is looked for.
_BARE_YEAR = re.compile(r"\d{4}")
_REACH = 40


def _after_word(text: str, timex: Timex) -> bool:
    """Whether a word stands before a time's phrase: its preposition then follows a noun
    ('a rise in third-quarter profit'); one opening a sentence or after a comma frames the
    clause ('In first-quarter trading, shares of Acme rose 5 percent': the quarter's)."""
    return text[max(0, timex.phrase_start - 2) : timex.phrase_start].rstrip()[-1:].isalnum()


def noun_follows(text: str, timex: Timex) -> bool:
    """Whether a time opened by 'the' heads a noun after it ('before the summer
    recess'): the time is part of the noun phrase a preposition leads. Not where a verb
    follows that noun, the subject of the clause the time dates ('By the weekend prices
    had doubled', 'said in the morning shares would be suspended'), unless the time's
    signal opens a clause of its own ('before the summer recess ends')."""
    if (re.match(r"the\b", text[timex.start : timex.end], re.I) is None
            or _noun_after().match(text, timex.end) is None):
        return False
    head = _head_word(text, timex.end)
    if head is None:
        return False
    after = _WORD.match(text, head.end())
    word = after.group(1) if after else ""
    if word.lower() not in _verbs() and not (word.islower() and word.endswith("ed")):
        return True
    return text[timex.phrase_start : timex.start].strip().lower() in lexicon().subordinators


@cache
def _verbs() -> frozenset[str]:
    """The finite verbs of the tense tables."""
    words = lexicon().words
    names = ("past_verb", "present_verb", "future_verb", "modal_verb", "be")
    return frozenset(w.lower() for name in names for w in words[name])


def noun_phrase(text: str, timex: Timex) -> Span:
    """The noun phrase a time modifies, from its determiner to its head: 'a June 1
    deadline' (to file ...), 'third-quarter net loss' (of $2.3 million), "Friday's vote"
    (was postponed)."""
    before = _determiner().search(text, max(0, timex.phrase_start - 8), timex.phrase_start)
    own = before is not None and not before.group().startswith(("'", "\u2019"))
    start = before.start() if before and own else timex.start  # "in Saturday's debate"
    words: list[re.Match[str]] = []
    at = _head_start(text, timex)
    for _ in range(HEAD_WORDS):
        word = _head_word(text, at)
        if word is None or (words and word.group(1).endswith("ed")):
            break  # 'results included net ...': an -ed word after the head is its verb
        words.append(word)
        at = word.end()
    while words and _modifier(words[-1].group(1).lower()):
        words.pop()  # "last year's fully (diluted $3.27)": a modifier is no head
    return Span(start, words[-1].end() if words else _head_start(text, timex))


def _head_word(text: str, at: int) -> re.Match[str] | None:
    """The next word of a noun phrase's head, or None where the phrase ends: at a word of
    ``_not_head``, or at a word in -ly or -ed that no head word follows ('slump partly
    to', 'results posted', 'quarter ended Sept. 30'; 'deadly U.S. embassy bombings' and
    'adjusted earnings' go on)."""
    word = _WORD.match(text, at)
    if word is None:
        return None
    lower = word.group(1).lower()
    if lower in _not_head():
        return None
    if _modifier(lower):
        following = _WORD.match(text, word.end())
        after = following.group(1) if following else ""
        if not after or after.lower() in _not_head():
            return None
        if lower.endswith("ed") and not after.islower():
            return None
    return word


def dates_its_clause(doc: Document, timex: Timex) -> bool:
    """Whether a time dates its clause: not when it modifies a noun or is a comparison's
    baseline (baselines.py), which it dates instead."""
    return not (modifies_noun(doc.text, timex) or is_baseline(doc, timex))


def opens_subject(doc: Document, sentence: Span, timex: Timex) -> bool:
    """Whether a noun's time is a possessive opening its sentence's subject ("Last year's
    monsoon killed 400"), before publication: a past clause about that noun took place
    then."""
    opening = doc.lex.clause_opener.sub("", doc.text[sentence.start : timex.phrase_start])
    return (
        not opening.strip(" ,")
        and _POSSESSIVE_WORD.match(doc.text, timex.end) is not None
        and timex.until is not None
        and timex.until <= doc.article.published
    )


_POSSESSIVE_WORD = re.compile(r"['\u2019]s\s")


def noun_title(doc: Document, timex: Timex) -> str:
    """The title of what a time dates when not its clause: the noun phrase without a
    leading 'a' ('June 1 deadline', 'year-earlier loss'), the happening a baseline time is
    restated as ('since 2003, when its drivers stopped work': 'its drivers stopped work'),
    or the baseline ('up from a year ago')."""
    text = doc.text
    found = None if modifies_noun(text, timex) else restated(doc, timex) or baseline(doc, timex)
    phrase = found if found is not None else noun_phrase(text, timex)
    title = _ARTICLE.sub("", text[phrase.start : phrase.end], count=1)
    title = re.sub(r"\s+", " ", title).strip()
    return _fit(title[0].upper() + title[1:])


def _fit(title: str) -> str:
    if len(title) <= TITLE_LIMIT:
        return title
    return title[: TITLE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "\u2026"


def _head_start(text: str, timex: Timex) -> int:
    """Where the words after the time begin: past a possessive 's, or past the comma that
    closes a full date's year before its noun."""
    possessive = _POSSESSIVE.match(text, timex.phrase_end)
    if possessive:
        return possessive.end()
    comma = _year_comma(text, timex)
    return timex.phrase_end if comma is None else comma


_YEAR_END = re.compile(r",\s*+\d{4}$")
_COMMA = re.compile(r",(?=\s)")


def _year_comma(text: str, timex: Timex) -> int | None:
    """Where the noun begins after a full date used as an adjective, its year closed by a
    comma as US news writes it ('the Dec. 21, 1988, bombing', 'an Aug. 10, 1988, stock
    purchase agreement'), with a determiner before the date and a noun after the comma;
    else None ('On Dec. 21, 1988, a bomb exploded': no determiner)."""
    if timex.phrase_start < timex.start or not _YEAR_END.search(text, timex.start, timex.end):
        return None
    comma = _COMMA.match(text, timex.phrase_end)
    if comma is None or not _noun_after().match(text, comma.end()):
        return None
    before = text[max(0, timex.phrase_start - 8) : timex.phrase_start]
    return comma.end() if _determiner().search(before) else None
