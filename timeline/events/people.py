"""Who is named: people and organisations, each keyed by every way the text refers to it.

A person is a capitalised name after a title or role ("Inspector Jane Ruru", "mayor Sam
Lee"), right before a verb of saying, or opening with a common given name ("Nancy
Pelosi"); later mentions of the surname alone map to the full name. An organisation is a
capitalised name ending in an organisation word ("Otago Regional Council") or an acronym.
"""

from __future__ import annotations

import re

from timeline.events.lexicon import Lexicon, is_given_name, name_words

_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w'\u2019-]*)*"
)
_ACRONYM = re.compile(r"(?<![A-Z] )\b[A-Z]{3,}\b(?! [A-Z]{2,})")
# "Nancy Pelosi", "Dan Parks": a given name and one or two capitalised words.
_GIVEN_NAME_RUN = re.compile(r"\b([A-Z][a-z]+)(?:\s+[A-Z][\w'\u2019-]+){1,2}\b(?!['\u2019]s\b)")


def people(text: str, lex: Lexicon) -> dict[str, str]:
    """Every person named in the text, keyed by each way the text refers to them.

    A person is a capitalised name after a title or role ("Inspector Jane Ruru",
    "mayor Sam Lee"), right before a verb of saying, or opening with a common given name
    ("Nancy Pelosi"); later mentions of the surname alone map to the full name. A peer
    keeps the title ("Lord Liverpool"), since the bare word names a place.
    """
    names: dict[str, str] = {}
    peerage = name_words()["peerage"]
    for found in lex.honorific.finditer(text):
        run = _CAPITALISED_RUN.match(text, _skip_space(text, found.end()))
        name = _without_titles(run.group(), lex) if run else ""
        if name and " " not in name and found.group() in peerage:
            names[f"{found.group()} {name}"] = f"{found.group()} {name}"
        elif name and _is_name(name, lex):
            _register(names, name)
    for found in lex.reporting.finditer(text):
        before = text[max(0, found.start() - 40) : found.start()].rstrip()
        run = re.search(r"([A-Z][\w'-]+\s+[A-Z][\w'-]+)$", before)
        if run and _is_name(run.group(1), lex):
            _register(names, run.group(1))
    for run in _GIVEN_NAME_RUN.finditer(text):
        if is_given_name(run.group(1)) and _is_name(run.group(), lex):
            _register(names, run.group())
    return names


def _without_titles(run: str, lex: Lexicon) -> str:
    """'Secretary Leila de Lima' (after 'Justice') -> 'Leila de Lima'."""
    words = run.split()
    while len(words) > 1 and lex.honorific.fullmatch(words[0]):
        words.pop(0)
    return " ".join(words)


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] == " ":
        index += 1
    return index


def _is_name(run: str, lex: Lexicon) -> bool:
    """A run of capitalised words that can be a person: not too long, no sentence or time
    words, not an organisation, and not made only of titles ('Prime Minister')."""
    words = run.split()
    if len(words) > 4 or any(w in lex.not_a_name for w in words):
        return False
    titles = _title_words(lex)
    if all(w in titles for w in words):
        return False
    return words[-1] not in lex.organisation_suffixes


def _title_words(lex: Lexicon) -> frozenset[str]:
    """Each word of a title or role ('Prime' of 'Prime Minister')."""
    phrases = [*lex.words["honorific"], *lex.words["role_noun"]]
    return frozenset(word for phrase in phrases for word in phrase.split())


def _register(names: dict[str, str], full: str) -> None:
    names[full] = full
    names.setdefault(full.split()[-1], full)


def organisations(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Capitalised names ending in an organisation word, and acronyms, with their spans."""
    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        first = next((i for i, w in enumerate(words) if w not in lex.not_a_name), len(words))
        words = words[first:]
        if words and words[-1] in lex.organisation_suffixes:
            name = " ".join(words)
            found.append((run.end() - len(name), run.end(), name))
    for acronym in _ACRONYM.finditer(text):
        if acronym.group() not in lex.not_a_name:
            found.append((acronym.start(), acronym.end(), acronym.group()))
    return found

