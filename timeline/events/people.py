"""Who is named: people and organisations, each keyed by every way the text refers to it.

A person is a capitalised name after a title or role ("Inspector Jane Ruru", "mayor Sam
Lee"), right before a verb of saying, or opening with a common given name ("Nancy
Pelosi"); later mentions of the surname alone map to the full name. An organisation is a
capitalised name ending in an organisation word ("Otago Regional Council") or an acronym.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.events.capitals import CAPITAL
from timeline.events.lexicon import Lexicon, is_given_name, name_words

# The words of a name stand on one line: a name never runs on across a paragraph break.
_CAPITALISED_RUN = re.compile(
    rf"\b[{CAPITAL}][\w'\u2019-]*"
    rf"(?:[ \t]+(?:of[ \t]+|de[ \t]+|van[ \t]+)?[{CAPITAL}][\w'\u2019-]*)*"
)
_ACRONYM = re.compile(r"(?<![A-Z] )\b[A-Z]{3,}\b(?! [A-Z]{2,})")
# An acronym in brackets after the name it abbreviates: "(WHO)".
_BRACKETED = re.compile(r"(?<!\s)\s*+\(([A-Z]{2,})\)")
# "Nancy Pelosi", "Dan Parks": a given name and one or two capitalised words.
_GIVEN_NAME_RUN = re.compile(r"\b([A-Z][a-z]+)(?:[ \t]+[A-Z][\w'\u2019-]+){1,2}\b(?!['\u2019]s\b)")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_AFTER_COMMON_NOUN = re.compile(r"\b[a-z][\w'-]*+,[ \t]++$")
def people(text: str, lex: Lexicon,
           orgs: list[tuple[int, int, str]] | None = None) -> dict[str, str]:
    """Every person named in the text, keyed by each way the text refers to them.

    A person is a capitalised name after a title or role ("Inspector Jane Ruru",
    "mayor Sam Lee"), before a verb of saying (right before it, or set off from it by an
    appositive) unless it ends an organisation's name, or opening with a common given
    name ("Nancy Pelosi"); later mentions of the surname alone map to the full name. A
    peer keeps the title ("Lord Liverpool"), since the bare word names a place.
    ``orgs`` are the text's organisations (organisations()), when the caller has them.
    """
    names: dict[str, str] = {}
    organisation_ends = {end for _, end, _ in (organisations(text, lex) if orgs is None
                                                else orgs)}
    peerage = name_words()["peerage"]
    for found in lex.honorific.finditer(text):
        run = _CAPITALISED_RUN.match(text, _skip_space(text, found.end()))
        name = _without_titles(run.group(), lex) if run else ""
        if name and " " not in name and found.group() in peerage:
            names[f"{found.group()} {name}"] = f"{found.group()} {name}"
        elif name and _is_name(name, lex):
            _register(names, name)
    for found in lex.reporting.finditer(text):
        offset = max(0, found.start() - 240)
        run = _speaker_run(lex).search(text[offset : found.start()].rstrip())
        if (
            run
            and not run.group(1)
            and offset + run.end(2) not in organisation_ends
            and " " in _without_titles(run.group(2), lex)
            and _is_name(run.group(2), lex)
            and (not run.group(4) or run.group(3) or _set_off_name(text, offset + run.start(2)))
        ):
            _register(names, run.group(2))
    for run in _GIVEN_NAME_RUN.finditer(text):
        name = _POSSESSIVE.sub("", run.group())
        if is_given_name(run.group(1)) and _is_name(name, lex):
            _register(names, name)
    words = one_word_names(names)
    return {key: full if " " in full else words.get(full, full) for key, full in names.items()}


@cache
def _speaker_run(lex: Lexicon) -> re.Pattern[str]:
    """Two capitalised words ending right before a verb of saying ("Sam Lee said") or set
    off from it by an appositive ("Lucia Cardenas, the herpetologist who led the study,
    told"; "the lead counsel, Anita Kouris, told"), and the word of speaker_name_blocker
    before them that makes them an organisation's or a place's name ("the Vestkyst Museum
    said", "a hospital in Little Rock, where ..., said"); an appositive opening on a word of
    non_person_relative describes no person."""
    blockers = "|".join(map(re.escape, lex.words["speaker_name_blocker"]))
    relatives = "|".join(map(re.escape, lex.words["non_person_relative"]))
    return re.compile(
        rf"(?:\b((?i:{blockers}))[ \t]+)?(?<![\w'-])"
        rf"([{CAPITAL}][\w'-]++[ \t]++[{CAPITAL}][\w'-]++)"
        rf"(?:(,[ \t]+(?!(?:{relatives})\b)[a-z0-9][^,.;:!?\"\u201c\u201d\n]{{1,100}}"
        rf"(?:,[^,.;:!?\"\u201c\u201d\n]{{2,100}})*)?(,))?$"
    )


def one_word_names(names: dict[str, str]) -> dict[str, str]:
    """Each word that opens or ends exactly one full name of the text, to that name: a
    one-word mention ('Ms Ardern', 'Xi said') stands for 'Jacinda Ardern', 'Xi Jinping',
    wherever the full name comes."""
    owners: dict[str, set[str]] = {}
    for full in set(names.values()):
        words = full.split()
        if len(words) > 1:
            for word in {words[0], words[-1]}:
                owners.setdefault(word, set()).add(full)
    return {word: next(iter(found)) for word, found in owners.items() if len(found) == 1}


def _set_off_name(text: str, start: int) -> bool:
    """Whether a name that commas set off from its verb of saying is a person's: one that
    opens with a common given name, or stands beside a common noun ("the lead counsel,
    Anita Kouris, told"); after a capitalised word it is a place ("the mayor of
    Kellerton, New Brunswick, said")."""
    return is_given_name(text[start:].split(maxsplit=1)[0]) or bool(
        _AFTER_COMMON_NOUN.search(text, max(0, start - 20), start)
    )


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
    return words[-1] not in lex.organisation_suffixes and words[0] not in lex.set(
        "organisation_head"
    )


def _title_words(lex: Lexicon) -> frozenset[str]:
    """Each word of a title or role ('Prime' of 'Prime Minister')."""
    phrases = [*lex.words["honorific"], *lex.words["role_noun"]]
    return frozenset(word for phrase in phrases for word in phrase.split())


def _register(names: dict[str, str], full: str) -> None:
    names[full] = full
    names.setdefault(full.split()[-1], full)


def organisations(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Organisations with their spans: capitalised names with an organisation word at the
    end or before an 'of' tail ('Reserve Bank of New Zealand') or one at the start ('Banco
    de Chile', table organisation_head), names that a bracketed
    acronym spells ('the Federal Bureau of Investigation (FBI)'), acronyms, and the short
    form of a long name ending in a company word ('Boeing' of 'Boeing Co')."""
    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        name = _organisation(run.group(), lex) or _spelled(text, run, lex)
        if name:
            found.append((run.end() - len(name), run.end(), name))
    for acronym in _ACRONYM.finditer(text):
        if acronym.group() not in lex.not_a_name:
            found.append((acronym.start(), acronym.end(), acronym.group()))
    return found + _short_forms(text, found, lex)


def _organisation(run: str, lex: Lexicon) -> str:
    """The organisation a capitalised run names, or ''."""
    words = run.split()
    first = next((i for i, w in enumerate(words) if w not in lex.not_a_name), len(words))
    words = words[first:]
    if words and words[-1] in lex.organisation_suffixes:
        return " ".join(words)
    if len(words) > 1 and words[0] in lex.set("organisation_head"):
        return " ".join(words)
    particles = lex.set("name_particle")
    tail = next((i for i, w in enumerate(words) if w in particles), len(words))
    if 0 < tail < len(words) - 1 and words[tail - 1] in lex.organisation_suffixes:
        return " ".join(words)
    return ""


def _spelled(text: str, run: re.Match[str], lex: Lexicon) -> str:
    """The words of a run whose initials spell the acronym in brackets after it:
    'World Health Organization (WHO)', 'Federal Bureau of Investigation (FBI)'."""
    bracket = _BRACKETED.match(text, run.end())
    if bracket is None:
        return ""
    acronym = bracket.group(1)
    words = [w for w in run.group().split() if w not in lex.not_a_name]
    for first in range(len(words)):
        if initials(" ".join(words[first:])) == acronym:
            return " ".join(words[first:])
    return ""


def initials(name: str) -> str:
    """The capitals that open a name's words ('Reserve Bank of New Zealand' -> 'RBNZ')."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _short_forms(
    text: str, found: list[tuple[int, int, str]], lex: Lexicon
) -> list[tuple[int, int, str]]:
    """Mentions of a company without its company word ('Boeing' after 'Boeing Co'): only
    words of ``company_suffix`` go, since 'Health' of 'Ministry of Health' is no name."""
    company = lex.set("company_suffix")
    shorts: dict[str, str] = {}
    for _, _, name in found:
        words = name.split()
        if len(words) > 1 and words[-1] in company and words[-2] not in lex.not_a_name:
            shorts.setdefault(" ".join(words[:-1]), name)
    if not shorts:
        return []
    taken = {start for start, _, _ in found}
    body = "|".join(map(re.escape, sorted(shorts, key=len, reverse=True)))
    pattern = re.compile(rf"\b(?:{body})\b(?![ \t]+[A-Z])")
    return [
        (m.start(), m.end(), shorts[m.group()])
        for m in pattern.finditer(text)
        if m.start() not in taken
    ]

