"""Who 'he' and 'she' are: the last person who was a subject or a speaker, of the
pronoun's gender when the text tells it.

Taking the last person named fails in news copy, where a sentence often ends on someone
else ("... said the move was a gift to Kim Jong Un. He said North Korea ..." means the
speaker, not Kim). A pronoun subject nearly always continues the last subject or
speaker; a name inside a quotation or in object position rarely is one. Gender comes
from a title (Mr, Mrs, Lord) or a common given name (data/people.toml); the mentions
and genders come from the document analysis (document.py), found once per article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.events.document import Document

# Possessive: '(?:[A-Z][\w'-]*\s*)+' split a run of capitals every way it could before
# failing, 2**n ways ('AAAA...: John Smith' took minutes at 30 letters).
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w'-]*+\s*+)+")
_APPOSITION = re.compile(r"\s*(?:,[^,]{0,80},\s*)?")
# A name set off by commas after its subject's noun ('The nurse, Denise Kowalczyk, said').
_SET_OFF = re.compile(r",\s*+$")
_SET_OFF_END = re.compile(r"\s*+,\s*+")
# How many mentions of people back a pronoun looks for the one it stands for.
REACH = 100
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def resolve(doc: Document, pronoun: str, before: int) -> str:
    """The person a pronoun at an offset most likely stands for, or ''.

    Preference: the last subject or speaker of the pronoun's gender, then the last such
    person named outside a quotation, then the last person named at all. Mentions are
    tried from the last one back, at most REACH of them (several paragraphs of news), so
    the work per pronoun does not grow with the article.
    """
    want = _PRONOUN_GENDER.get(pronoun.lower(), "")
    first = doc.mentions_before(before)
    mentions = doc.mentions[max(0, first - REACH) : first][::-1]
    last_outside = ""
    for mention in mentions:
        full = mention.full
        if (want and doc.genders.get(full, "") not in ("", want)) or doc.in_quote(mention.start):
            continue
        if _is_subject(doc, mention.start, mention.end):
            return full
        last_outside = last_outside or full
    return last_outside or (mentions[0].full if mentions else "")


def _is_subject(doc: Document, at: int, end: int) -> bool:
    """A mention that opens its sentence (after a title or an opener such as 'But') or
    stands right before or after a verb of saying ('Lee said', 'said Lee'), or set off by
    commas before one as the name of the subject ('The nurse, Denise Kowalczyk, said'), the
    person a later 'she' goes on with."""
    text, lex = doc.text, doc.lex
    sentence = doc.sentence_at(at)
    lead = text[sentence.start if sentence else 0 : at]
    lead = lex.clause_opener.sub("", lex.honorific.sub("", lead)).strip(" ,\"'\u201c\u201d")
    if not lead or _CAPITALISED_WORDS.fullmatch(lead):
        return True
    after = _APPOSITION.match(text, end)
    rest = after.end() if after else end
    if lex.reporting.match(text, rest):
        return True
    set_off = _SET_OFF_END.match(text, end)
    if set_off and _SET_OFF.search(text, max(0, at - 3), at) and lex.reporting.match(
            text, set_off.end()):
        return True
    return bool(re.search(rf"(?:{lex.reporting.pattern})\s+$", text[max(0, at - 30) : at], re.I))
