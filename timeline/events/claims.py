"""What was said: the claim of a statement, cut from its sentence.

A statement's time is when it was said; what was said is a separate thing a reader wants
to see ("they could not confirm any progress"). The claim is the quotation when the
sentence is one ('"...," Lee said.'), else what follows the verb of saying and its
listener ('told the Herald that ...').
"""

from __future__ import annotations

import re
from functools import cache

from timeline.events.lexicon import Lexicon
from timeline.sentences import Span

# A quotation and what follows it: from an opening quote, or, for the last sentence of a
# quotation that began in an earlier one ('I just kept swinging," Lindqvist told
# reporters'), from the sentence's start, with no quote mark before the closing one (a
# mark after a letter or a stop, before a space or a comma).
# Wire copy in the LDC's form writes its quote marks as `` and '' (or '' for both).
_QUOTED = re.compile(
    r"^(?:(?:[\"\u201c]|``|'')(?P<q>.+?)|(?P<go_on>(?:(?!``|'')[^\"\u201c\u201d])+?))[,.!?]?"
    r"(?<=\S)(?:[\"\u201d]|'')(?=[\s,]|$)\s*,?\s*(?P<tail>.*)$",
    re.S,
)
CLAIM_LIMIT = 240


def claim_of(text: str, sentence: Span, lex: Lexicon) -> str:
    """The words reported by a sentence built on a verb of saying, or '' (a quotation
    cut short is closed: one mark past the limit)."""
    body = text[sentence.start : sentence.end]
    quoted = _QUOTED.match(body)
    if quoted and lex.reporting.search(quoted.group("tail")):
        return _tidy(quoted.group("q") or quoted.group("go_on"))
    verb = lex.reporting.search(body)
    if verb is None:
        return ""
    rest = body[verb.end() :]
    if _appositive(lex).match(rest):
        words = _after_interjection(lex).search(rest)
        if words is None:
            return ""  # '..., the agency said, the second mission to do so': no words said
        rest = rest[words.start() :]  # 'said, a day after the vote, that it would ...'
    if lex.pattern("telling").fullmatch(verb.group()):
        told = listener(lex).match(rest)
        if told:
            rest = rest[told.end() :]
    rest = re.sub(r"^[\s,:]+", "", rest)
    rest = _setting(lex).sub("", rest)  # 'said in a statement on Saturday that ...'
    opener = lex.pattern("claim_opener")
    rest = re.sub(rf"^(?:{opener.pattern})\s+", "", rest, flags=re.I)
    return _tidy(rest)


@cache
def _setting(lex: Lexicon) -> re.Pattern[str]:
    """Where or how the words were said (setting_preposition), between the verb and the
    'that' of the words said: it is no part of the claim ('said outside the court on
    Friday that he would appeal'). Not 'to', which opens the infinitive of an urging
    ('urged Albright to tell Americans that Tanzania is safe')."""
    words = "|".join(re.escape(w) for w in lex.words["setting_preposition"] if w != "to")
    return re.compile(rf"^(?:{words})\s[^,.;:\"\u201c\u201d]{{1,60}}?\s(?=that\s)")


@cache
def _appositive(lex: Lexicon) -> re.Pattern[str]:
    """A comma and a determiner right after the verb of saying: a noun phrase set beside
    what the sentence told, not the words said."""
    return re.compile(rf"\s*,\s*(?:{lex.pattern('determiner').pattern})\s", re.I)


@cache
def _after_interjection(lex: Lexicon) -> re.Pattern[str]:
    """A comma and a claim opener after such a noun phrase: the phrase was set in the
    saying ('said, a day after the vote, that it would review its strategy'), and the
    words said follow."""
    return re.compile(rf",\s*(?:{lex.pattern('claim_opener').pattern})\s", re.I)


@cache
def listener(lex: Lexicon) -> re.Pattern[str]:
    """Who was told: a name or a listener noun ('told the Herald', 'told reporters')."""
    nouns = "|".join(map(re.escape, lex.words["listener"]))
    return re.compile(
        rf"\s+(?:the\s+|a\s+)?(?:[A-Z][\w'-]*\s+)*(?:[A-Z][\w'-]*|{nouns})\b"
    )


def closed(words: str) -> str:
    """Words with a quotation they open closed at their end: a clause that ends on a
    quotation ('the result was "a clear message".') loses the closing mark with the stop,
    and a title or claim cut short loses it with the rest."""
    if words.count("\u201c") > words.count("\u201d"):
        return words + "\u201d"
    if words.count('"') % 2 and re.search(r'(?:^|(?<=[\s(\[]))"(?=\S)[^"]*$', words):
        return words + '"'
    return words


def _tidy(claim: str) -> str:
    claim = re.sub(r"\s+", " ", claim).strip(" ,;:.\"'\u201c\u201d")
    if len(claim) <= CLAIM_LIMIT:
        return closed(claim)
    return closed(claim[: CLAIM_LIMIT - 1].rsplit(" ", 1)[0] + "\u2026")
