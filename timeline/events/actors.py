"""Who an event involves beyond bare names: roles, acronyms and places.

News copy introduces a person once with a role ("Jane Ruru, the district commander",
"Lower Hutt mayor Sam Lee") and an organisation once with its long name before its
acronym; later mentions are short. Resolving these once per article lets every event
list the full name and its role. Places are kept apart from actors: a stadium does
nothing. All word lists live in ``data/events.toml``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.events.capitals import CAPITAL
from timeline.events.clauses import tense_of
from timeline.events.lexicon import Lexicon
from timeline.events.people import initials
from timeline.sentences import Span

if TYPE_CHECKING:
    from timeline.events.document import Document

_NAME_WORD = rf"[{CAPITAL}][\w'\u2019-]*"
_ROLE_AFTER = r",\s+(?:the|a|an)\s+([^,.;]{3,70}?)\s*[,.;]"
# The one or two words after a noun: its verb, or an adverb and its verb.
_NEXT_WORDS = re.compile(r"\s++([a-z']++(?:\s++[a-z']++)?)")
# "a witness", "an official", "a police spokesman": an introduction of a common noun.
_INDEFINITE = re.compile(r"\b(an?|An?)\s++([a-z][\w'-]*+)(\s++[a-z][\w'-]*+)?")
_DEFINITE_COMMON = re.compile(r"the\s++([a-z][\w'-]*+(?:\s++[a-z][\w'-]*+)?)", re.I)
_BRACKETED_ACRONYM = re.compile(r"(?<!\s)\s*+\([A-Z]{2,}\)$")
_CAPITALISED = re.compile(rf"{_NAME_WORD}(?:\s+(?:of\s+|de\s+|the\s+)?{_NAME_WORD})*")


def roles(doc: Document) -> dict[str, str]:
    """Each named person's role: the appositive after the first full mention
    ('Jane Ruru, the district commander'), else the role words before it
    ('CIA Director Mike Pompeo', 'Inspector Jane Ruru')."""
    found: dict[str, str] = {}
    text = doc.text
    for full, start in doc.first_mention.items():
        end = start + len(full)
        after = re.match(_ROLE_AFTER, text[end : end + 90])
        role = after.group(1).strip() if after else _role_before(text, start, doc.lex)
        if role:
            found[full] = role
    return found


def actors_in(doc: Document, span: Span) -> tuple[str, ...]:
    """People, organisations and groups mentioned in a span, in order of appearance, each
    by its one canonical name (see ``canonical``)."""
    mentions = [(m.start, m.full) for m in doc.mentions_in(span)]
    mentions += [(s, name) for s, _, name in doc.orgs_in(span)]
    generic = doc.lex.set("generic_group")
    for m in doc.lex.group.finditer(doc.text, span.start, span.end):
        if m.group().lower() not in generic or acts(doc, m.end(), span.end):
            mentions.append((m.start(), m.group().lower()))
    ordered: list[str] = []
    for _, name in sorted(mentions):
        name = canonical(doc, name)
        if name not in ordered and not any(name.lower() in o.lower() for o in ordered):
            ordered.append(name)
    return tuple(ordered)


def acts(doc: Document, end: int, limit: int) -> bool:
    """Whether the word ending at ``end`` is a subject: a finite verb follows it, at most
    one adverb between ('Children were evacuated', 'residents quickly left')."""
    following = _NEXT_WORDS.match(doc.text, end, limit)
    if following is None:
        return False
    span = Span(following.start(1), following.end())
    return bool(tense_of(doc.lex, doc.text, span))


def canonical(doc: Document, name: str) -> str:
    """One name per entity: an organisation's acronym or short name as its long form
    ('USSA', 'the Reserve Bank'), a named organisation
    without its article or bracketed acronym ('the Herald' -> 'Herald', 'the World Health
    Organization (WHO)' -> 'World Health Organization'), a person's one-word name as the
    full name ('Xi' -> 'Xi Jinping'), a group in the plural ('protester' -> 'protesters'),
    'the witness' as the 'a witness' the text introduced."""
    name = _BRACKETED_ACRONYM.sub("", name)
    definite = _DEFINITE_COMMON.fullmatch(name)
    if definite and definite.group(1) in doc.introduced:  # 'a witness' ... 'the witness'
        return doc.introduced[definite.group(1)]
    bare = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", name)
    if bare != name and bare in doc.known:
        name = bare
    name = name[:-1] if name.endswith(".") and name[:-1] in doc.known else name
    name = doc.aliases.get(name, name)
    name = doc.one_word_names.get(name, name)
    plural = doc.group_plurals.get(name.lower())
    return plural if plural else name


def introductions(doc: Document) -> dict[str, str]:
    """Common nouns the text introduces with 'a' or 'an' as a subject ('a witness told'),
    each to that mention: a later 'the witness' is the same one. A noun counts only where
    its phrase ends before a verb ('a company spokeswoman said' introduces no company)."""
    found: dict[str, str] = {}
    text = doc.text
    for intro in _INDEFINITE.finditer(text):
        ends = [intro.end(3), intro.end(2)] if intro.group(3) else [intro.end(2)]
        end = next((e for e in ends if acts(doc, e, min(len(text), e + 40))), None)
        if end is not None:
            noun = " ".join(text[intro.start(2) : end].lower().split())
            found.setdefault(noun, f"{intro.group(1).lower()} {noun}")
    return found


def with_pronoun(actors: tuple[str, ...], person: str) -> tuple[str, ...]:
    """Actors with the person a pronoun subject stands for, first."""
    if not person or person in actors:
        return actors
    return (person, *actors)


def with_source(doc: Document, actors: tuple[str, ...], source: str) -> tuple[str, ...]:
    """The source is involved too; 'a witness' stands for the 'witnesses' mention, and
    'Officials' opening a sentence for 'officials'."""
    if not source:
        return actors
    same = canonical(doc, re.sub(r"^(?:the|a|an)\s+", "", source)).lower()
    rest = tuple(a for a in actors if a not in source and source not in a and a.lower() != same)
    return (source, *rest)


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


def aliases(orgs: list[tuple[int, int, str]], lex: Lexicon) -> dict[str, str]:
    """Short names of organisations mapped to the long name: an acronym whose initials it
    spells ('USSA' -> 'University of Somewhere Students Association', 'RBNZ' -> 'Reserve
    Bank of New Zealand'; small words are not counted), and the two or more words before
    'of' of one long name that ends in a place ('Reserve Bank'; 'Otago University' is
    not the 'Otago University of Dunedin Students Association'), and a company's name
    without its company word ('Northmoor' -> 'Northmoor Foods')."""
    longs = {name for _, _, name in orgs if " " in name}
    spelled = {initials(long): long for long in sorted(longs)}
    found: dict[str, str] = {
        name: spelled[name]
        for _, _, name in orgs
        if name.isupper() and " " not in name and name in spelled
    }
    heads: dict[str, set[str]] = {}
    for long in longs:
        head, _, tail = long.partition(" of ")
        if tail and " " in head and tail.split()[-1] not in lex.organisation_suffixes:
            heads.setdefault(head, set()).add(long)
    found.update({head: next(iter(f)) for head, f in heads.items() if len(f) == 1})
    company = lex.set("company_suffix")
    for long in sorted(longs):
        head, _, last = long.rpartition(" ")
        if last in company and head.split()[-1] not in lex.not_a_name:
            found.setdefault(head, long)
    return found


def places_in(text: str, span: Span, known: frozenset[str], lex: Lexicon) -> tuple[str, ...]:
    """Places named in a span: a capitalised name after a preposition of place that is not
    a person, organisation or time word, or a name ending in a place word ('Eden Park').
    ``known`` holds every run of words of a person's or organisation's name
    (``Document.known_parts``), so a part of one ('Ford' of 'Ford Motor') is no place."""
    preposition = lex.pattern("place_preposition")
    place_words = set(lex.words["place_word"])
    found: list[str] = []
    for run in _CAPITALISED.finditer(text, span.start, span.end):
        name = _trim(run.group(), lex)
        if not name or name in known or name[-2:] in ("'s", "\u2019s"):
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
