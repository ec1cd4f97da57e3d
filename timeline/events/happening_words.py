"""Where an article names a happening: by its noun ('the strike') or a verb form of it
('workers struck', 'voted'), found in one pass over the words (tables event_noun and
event_verb). mentions.py matches later mentions to the dated ones with it."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from timeline.events.lexicon import Lexicon, alternation
from timeline.sentences import Span

if TYPE_CHECKING:
    from timeline.events.document import Document

_WORD = re.compile(r"[A-Za-z]+")
# Characters before a verb searched for its subject ('The Central Bank of Kenya met').
SUBJECT_REACH = 80


@cache
def _names_of(lex: Lexicon) -> dict[str, list[tuple[str, str]]]:
    """Each first word of a happening's noun or verb form, lower case, with the whole forms
    it starts and the noun each names ('walked' -> [('walked out', 'walkout')])."""
    forms = [(noun.lower(), noun) for noun in lex.words["event_noun"]]
    forms += [(form.lower(), noun) for noun, found in lex.forms["event_verb"].items()
              for form in found]
    out: dict[str, list[tuple[str, str]]] = {}
    for form, noun in sorted(set(forms), key=lambda pair: -len(pair[0])):
        out.setdefault(form.split()[0], []).append((form, noun))
    return out


def named_happenings(doc: Document) -> list[tuple[int, int, str]]:
    """Every happening the text names, by noun or verb form, in text order: one pass over
    its words, not one per clause (a 9 KB run-on sentence has hundreds of clauses); the
    document keeps it (Document.happenings_named), as every step that asks reads it."""
    names, text = _names_of(doc.lex), doc.text
    found = []
    for word in _WORD.finditer(text):
        matched = ""  # the longest form written here; each of its nouns is named
        for form, noun in names.get(word.group().lower(), ()):
            if matched and form != matched:
                break
            end = word.start() + len(form)
            written = " ".join(text[word.start() : end + 20].lower().split())
            if written.startswith(form) and _ends_word(written, len(form)):
                if form in doc.lex.set("acting_verb") and not _acted(doc, word.start(), form):
                    continue  # 'An earthquake struck': no strike
                if _in_name(doc, word.start(), end):
                    continue  # 'at the National Concert Hall': a place, no concert
                found.append((word.start(), end, noun))
                matched = form
    return found


@cache
def _acting_subject(lex: Lexicon) -> re.Pattern[str]:
    """A person's pronoun, a group or a role (singular or plural) ending a stretch, an
    adverb in -ly after it ('Police quickly shot')."""
    roles = lex.words["role_noun"]
    words = [*lex.words["group"], *roles, *(f"{role}s" for role in roles),
             *lex.words["personal_pronoun"]]
    return re.compile(rf"{alternation(words).pattern}(?:\s++\w+ly)?\s++$", re.I)


def _acted(doc: Document, at: int, form: str) -> bool:
    """Whether the verb ``form`` at ``at`` names its happening: a person, an organisation,
    a group or a role is its subject (its name ends right before it, at most an adverb in
    -ly between), or any subject but a thing that does not act, and no word after it gives
    the verb another sense ('struck a deal')."""
    text, lex = doc.text, doc.lex
    after = " ".join(text[at + len(form) : at + len(form) + 40].lower().split())
    if any(after.startswith(words) and _ends_word(after, len(words))
           for words in lex.forms["acting_verb_other_sense"].get(form, ())):
        return False
    before = Span(max(0, at - SUBJECT_REACH), at)
    if _acting_subject(lex).search(text, before.start, before.end):
        return True
    adverb = re.search(r"(?:\s++\w+ly)?\s++$", text[before.start : before.end])
    end = before.start + adverb.start() if adverb else at
    named = [m.end for m in doc.mentions_in(before)] + [o[1] for o in doc.orgs_in(before)]
    if end in named:
        return True
    subject = text[before.start : end].split()
    return bool(subject) and subject[-1].lower().strip(",;:") not in lex.set(
        "not_acting_subject") and subject[-1][-1] not in ",;:."


_NAME_GOES_ON = re.compile(r"[ \t]++[A-Z][a-z]")


def _in_name(doc: Document, start: int, end: int) -> bool:
    """Whether words written with a capital inside a name, a capitalised word right after
    them, outside the headline (whose words may all be capitalised), are that name's part:
    'the National Concert Hall', 'the Election Commission' name a place or a body, no
    happening."""
    headline = doc.headline
    return (doc.text[start].isupper() and _NAME_GOES_ON.match(doc.text, end) is not None
            and not (headline is not None and headline.start <= start < headline.end))


def _ends_word(written: str, at: int) -> bool:
    return at >= len(written) or not written[at].isalnum()
