"""On whose word an event rests: the speaker of a verb of saying or of a quotation.

News attributes nearly every fact ("..., police said"; 'A witness told the Herald that
...'; a quotation opening a paragraph whose attribution follows). The source is the
subject of the verb of saying that governs the clause, a pronoun resolved to the person
it continues (pronouns.py), or a transcript's speaker label.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from timeline.events.capitals import CAPITAL
from timeline.events.document import Document
from timeline.events.lexicon import Lexicon
from timeline.events.pronouns import resolve
from timeline.events.titles import antecedent
from timeline.sentences import Span

_APPOSITIVE = re.compile(r",\s(?:the|a|an)\s[^,]{3,60}?,")
_PRONOUN = re.compile(r"^(?:he|she)$", re.I)
_ATTRIBUTION_TAIL = re.compile(r"\s*(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?\s*[.!?\"\u201d]*$")
_QUOTES = '"\u201c\u201d'
# A transcript's speaker label before a quotation: 'JANE RURU: "We are ready."'.
_SPEAKER_LABEL = re.compile(
    r"(?<![A-Z'\u2019-])([A-Z][A-Z'\u2019-]++(?: [A-Z][A-Z'\u2019-]++){0,3}):\s*[\"\u201c]"
)
_NAME_AFTER = re.compile(rf"(?<!\s)\s++([{CAPITAL}][\w'-]*+(?:\s++[{CAPITAL}][\w'-]*+)*+)")
_SUBJECT_END = re.compile(r"[,;:\"\u201c\u201d]\s*")
# A subject's contracted auxiliary before a verb of saying ("He's told me so").
_CONTRACTED = re.compile(r"['\u2019]s$")
# A run of capitalised words, a name's shape ('Ingrid Hovland').
_CAPITALISED = re.compile(rf"[{CAPITAL}][\w'-]*+(?:\s++[{CAPITAL}][\w'-]*+)*+")


def source_of(doc: Document, sentence: Span, clause: Span | None = None) -> str:
    """Who the words of saying that govern a clause belong to: 'a witness', 'Jane Ruru'.

    A verb of saying counts when it stands in the clause or before it, or closes the
    sentence ('..., Ruru said.'); one in a later clause reports something else, and one
    in the words said yields to one outside them.
    """
    if clause is None:
        key = ("sentence", sentence.start, sentence.end)
        if key not in doc.speakers:
            doc.speakers[key] = _source_of(doc, sentence, None)
        return doc.speakers[key]
    return _source_of(doc, sentence, clause)


def _source_of(doc: Document, sentence: Span, clause: Span | None) -> str:
    text, lex = doc.text, doc.lex
    verbs = list(lex.reporting.finditer(text, sentence.start, sentence.end))
    # a verb in the words said is not their attribution when one stands outside them
    # ('"Elian tells me he does not want to go," said Delfin Gonzalez')
    outside = [verb for verb in verbs if not doc.in_quote(verb.start())]
    for verb in outside or verbs:
        if clause and verb.start() >= clause.end and not _ATTRIBUTION_TAIL.match(
            text, verb.end(), sentence.end
        ):
            continue
        before = _APPOSITIVE.sub("", text[sentence.start : verb.start()]).rstrip()
        subject = _SUBJECT_END.split(before)[-1].strip()
        subject = lex.clause_opener.sub("", subject).strip()
        subject = _without_auxiliaries(lex, subject)
        subject = _CONTRACTED.sub("", subject.lstrip("'`\u2018"))  # "''He's told me so"
        if subject.split()[:1] == ["who"]:  # 'the mayor, who said': the mayor's words
            who = text.rfind("who", sentence.start, verb.start())
            subject = antecedent(lex, text, Span(who, verb.end())).strip()
        if subject not in doc.known:  # 'General Motors' is no General called Motors
            named = lex.honorific.sub("", subject).strip()
            if named.lower() not in lex.set("article"):  # 'The minister' is no title
                subject = named
        if not subject:
            subject = _set_off_subject(doc, before)
        if 0 < len(subject.split()) <= 5:
            return _speaker(doc, subject, sentence)
        after = _NAME_AFTER.match(text, verb.end(), sentence.end)
        if after and after.group(1) in doc.names:
            return doc.names[after.group(1)]
        sayer = _sayer_after(lex).match(text, verb.end(), sentence.end)
        if sayer and before[-1:] in _QUOTES:
            return sayer.group(1)  # '"Just clobbered," said Ulric Weil, an analyst ...'
    return ""


def _without_auxiliaries(lex: Lexicon, subject: str) -> str:
    """A subject without the auxiliaries and adverbs between it and its verb of saying
    ('the company has (said)' -> 'the company', 'the bank also (said)' -> 'the bank');
    '' before a passive ('the decision was (announced)'), whose subject said nothing."""
    between = _between_subject_and_verb(lex)
    words = subject.split()
    if len(words) > 1 and words[-1] in lex.set("passive_auxiliary"):
        return ""
    while len(words) > 1 and words[-1] in between:
        words.pop()
    if len(words) == 1 and _CONTRACTED.sub("", words[0].lower()) in lex.set("unnamed_subject"):
        return subject  # 'they have (said)', 'She has (promised)': a pronoun stays unnamed
    return " ".join(words)


@cache
def _between_subject_and_verb(lex: Lexicon) -> frozenset[str]:
    """The auxiliaries and adverbs that may stand between a subject and its verb of
    saying, one set a lexicon (_without_auxiliaries asks for each verb of saying)."""
    return (lex.set("perfect_auxiliary") | lex.set("modal_verb") | lex.set("subject_adverb")
            | lex.set("auxiliary_gap") | lex.set("progressive_auxiliary")
            | lex.set("state_auxiliary"))


def _set_off_subject(doc: Document, before: str) -> str:
    """The subject of a verb of saying that a phrase set off by commas parts from it
    ('Lindqvist, 22, told reporters'; 'The minister, speaking in Paris, said'): the first
    piece after a closing quote mark, or a person named in a later piece ("the project's
    leader, Ingrid Hovland of the Vestkyst Museum, said"). '' unless the words before
    the verb end with such a comma."""
    if not before.endswith(","):
        return ""
    tail = re.split(f"[{_QUOTES}]", before)[-1]
    opener = doc.lex.clause_opener
    pieces = [opener.sub("", piece.strip()).strip() for piece in tail.split(",")]
    pieces = [piece for piece in pieces if piece]
    if not 1 < len(pieces) <= 3:
        return ""
    names = [found.group() for found in map(_CAPITALISED.match, pieces) if found]
    known = [name for name in names if name in doc.names]
    if known:
        return known[0]
    if _CAPITALISED.fullmatch(pieces[0]) is None:  # a common noun: a name set beside it
        later = (found.group() for found in map(_CAPITALISED.match, pieces[1:]) if found)
        return next((name for name in later if " " in name), pieces[0])
    return pieces[0]


@cache
def _sayer_after(lex: Lexicon) -> re.Pattern[str]:
    """A person's name right after a verb of saying that follows a quotation, initials
    kept ('," said Frederick A. Moran, an analyst') and particles too ('said Ellen de
    Vries'; surname_particle), ending where the sentence, an appositive or a phrase of
    table sayer_follower goes on; not a possessive ("said Hewlett-Packard's ...") nor a
    name that modifies a noun after it ("said Andalas University geologist Rina Putri")."""
    follower = "|".join(map(re.escape, lex.words["sayer_follower"]))
    particle = "|".join(map(re.escape, lex.words["surname_particle"]))
    return re.compile(
        rf"\s++([{CAPITAL}][\w-]*+(?:\s++(?:(?:{particle})\s++)?(?:[A-Z]\.|[{CAPITAL}][\w-]*+))++)"
        rf"(?=\s*+[,.;:!?(]|\s*+$|\s++(?:{follower})\b)"
    )


def _speaker(doc: Document, subject: str, sentence: Span) -> str:
    """A subject as a source: names in full, 'he' as the person it continues (pronouns.py),
    'A witness' lower case, 'the Herald' as the organisation, 'Northmoor' as the
    'Northmoor Foods' the text named first."""
    names = doc.names
    words = subject.split()
    for first in range(len(words)):
        key = " ".join(words[first:])
        if key in names:
            given = words[first - 1] if first else ""
            if (given[:1].isupper() and given.isalpha() and " " not in key
                    and given not in names[key].split()
                    and not doc.lex.honorific.fullmatch(given)):
                return f"{given} {key}"  # 'Manuel Gonzalez' is not the 'Juan Gonzalez' named
            return names[key]
    if _PRONOUN.match(subject):
        return resolve(doc, subject, sentence.start)
    if words[0].lower() in doc.lex.set("article"):
        bare = " ".join(words[1:])
        return bare if bare in doc.known else subject[0].lower() + subject[1:]
    particles = doc.lex.set("surname_particle")
    inner = all(w[0].isupper() or w in particles for w in words[1:-1])
    if len(words) > 1 and not (inner and words[0][0].isupper() and words[-1][0].isupper()):
        return ""  # not a noun phrase: "They went on to (say)"; 'Ellen de Vries' is a name
    return doc.aliases.get(subject, subject)


def pronoun_actor(doc: Document, span: Span) -> str:
    """The person a clause's pronoun subject stands for ('She led the party' -> her)."""
    lead = doc.lex.clause_opener.sub("", doc.text[span.start : span.end].lstrip(' "\u201c'))
    found = re.match(r"(he|she)\b", lead, re.I)
    return resolve(doc, found.group(1), span.start) if found else ""


def quote_source(doc: Document, sentence: Span) -> str:
    """The speaker of a quotation: the attribution in its paragraph, or in the next one when
    the quote runs on (news style leaves a quote open at the end of a paragraph)."""
    text = doc.text
    para = doc.paragraph_at(sentence.start)
    if para is None:
        return ""
    label = _SPEAKER_LABEL.match(text, para.start)
    if label:
        return _labelled_speaker(doc, label.group(1))
    if text[para.start] not in _QUOTES:
        return ""
    key = ("quotation", para.start, para.end)
    if key not in doc.speakers:
        first = bisect_left(doc.paragraphs, para.start, key=lambda p: p.start)
        following = doc.paragraphs[first : first + 2]
        lo = bisect_left(doc.sentences, para.start, key=lambda s: s.start)
        hi = bisect_left(doc.sentences, following[-1].end, key=lambda s: s.start)
        found = (source_of(doc, span) for span in doc.sentences[lo:hi])
        doc.speakers[key] = next((speaker for speaker in found if speaker), "")
    return doc.speakers[key]


def _labelled_speaker(doc: Document, label: str) -> str:
    """A transcript's speaker label ('JANE RURU:') as the person's name."""
    spoken = " ".join(w.capitalize() for w in label.split())
    return doc.names.get(spoken, spoken)
