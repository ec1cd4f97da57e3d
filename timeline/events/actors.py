"""Who an event involves beyond bare names: roles, acronyms and places.

News copy introduces a person once with a role ("Jane Ruru, the district commander",
"Lower Hutt mayor Sam Lee") and an organisation once with its long name before its
acronym; later mentions are short. Resolving these once per article lets every event
list the full name and its role. Places are kept apart from actors: a stadium does
nothing. All word lists live in ``data/events.toml``.
"""

from __future__ import annotations

import re

from timeline.events import Lexicon
from timeline.sentences import Span

_NAME_WORD = r"[A-Z][\w'\u2019-]*"
_ROLE_AFTER = r",\s+(?:the|a|an)\s+([^,.;]{3,70}?)\s*[,.;]"
_CAPITALISED = re.compile(rf"{_NAME_WORD}(?:\s+(?:of\s+|de\s+|the\s+)?{_NAME_WORD})*")


def roles(text: str, names: dict[str, str], lex: Lexicon) -> dict[str, str]:
    """Each named person's role: the appositive after the first full mention
    ('Jane Ruru, the district commander'), else the role words before it
    ('CIA Director Mike Pompeo', 'Inspector Jane Ruru')."""
    found: dict[str, str] = {}
    for full in set(names.values()):
        first = re.search(rf"\b{re.escape(full)}\b", text)
        if first is None:
            continue
        after = re.match(_ROLE_AFTER, text[first.end() : first.end() + 90])
        role = after.group(1).strip() if after else _role_before(text, first.start(), lex)
        if role:
            found[full] = role
    return found


def _role_before(text: str, start: int, lex: Lexicon) -> str:
    """Role words right before a name: honorifics and role nouns with their modifiers."""
    words = text[max(0, start - 60) : start].split()
    kept: list[str] = []
    role_nouns = set(lex.words["role_noun"]) | set(lex.words["honorific"])
    for word in reversed(words):
        bare = word.strip(",;:\"'\u201c\u201d")
        if bare != word or not bare:
            break
        if kept and not (bare[0].isupper() or bare in role_nouns):
            break
        if not kept and bare not in role_nouns:
            break
        kept.insert(0, bare)
    while kept and kept[0] in lex.not_a_name:
        kept.pop(0)
    return " ".join(kept)


def acronyms(text: str, orgs: list[tuple[int, int, str]]) -> dict[str, str]:
    """Acronyms mapped to the long name whose initials they spell ('USSA' -> 'University
    of Somewhere Students Association'); small words are not counted."""
    longs = [name for _, _, name in orgs if " " in name]
    found: dict[str, str] = {}
    for acronym in {name for _, _, name in orgs if name.isupper() and " " not in name}:
        for long in longs:
            initials = "".join(w[0] for w in long.split() if w[0].isupper())
            if initials == acronym:
                found[acronym] = long
    return found


def places_in(text: str, span: Span, known: set[str], lex: Lexicon) -> tuple[str, ...]:
    """Places named in a span: a capitalised name after a preposition of place that is not
    a person, organisation or time word, or a name ending in a place word ('Eden Park')."""
    preposition = lex.pattern("place_preposition")
    place_words = set(lex.words["place_word"])
    found: list[str] = []
    for run in _CAPITALISED.finditer(text, span.start, span.end):
        name = _trim(run.group(), lex)
        if not name or name in known or any(name in k for k in known) or name[-2:] in (
                "'s", "\u2019s"):
            continue
        before = text[max(span.start, run.start() - 12) : run.start()]
        after_prep = re.search(rf"(?:{preposition.pattern})\s+(?:the\s+)?$", before, re.I)
        if (name.split()[-1] in place_words or after_prep) and name not in found:
            found.append(name)
    return tuple(found)


def _trim(name: str, lex: Lexicon) -> str:
    words = name.split()
    while words and (words[0] in lex.not_a_name or words[0] in ("the", "of", "de")):
        words.pop(0)
    while words and words[-1] in ("the", "of", "de"):
        words.pop()
    return " ".join(words)
