"""Titles: what an event's own clause says happened, in at most 80 characters.

A title is cut from the clause the event's time dates, with its actor and verb, not from
another part of the sentence; the time phrase goes (the chart shows the time), so the
title says what happened, not when. A statement's title says who said it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from timeline.events.claims import closed
from timeline.events.clauses import (
    relative_asides,
    relative_clause,
    relative_opener,
    verb_at,
)
from timeline.events.lexicon import Lexicon, alternation, lexicon
from timeline.events.nouns import modifies_noun, noun_follows
from timeline.events.people import initials
from timeline.sentences import Span, sentences
from timeline.temporal import Timex

TITLE_LIMIT = 80
# An appositive between commas (', the city's mayor,'); a comma inside a figure ('12,000')
# ends none. A one-word place may close it (', the mayor of Kellerton, Ontario,'), and a
# second appositive or a relative clause of the person may follow it (', a herpetologist
# in Cusco, Peru, who was not involved in the study,'; ', the mayor of Gordevio Alto, one
# of the villages that voted yes,') after a name: the name and its verb meet again.
_APPOSITIVE = re.compile(
    r",\s(?:the|a|an)\s(?:(?<=\d),(?=\d)|[^,]){3,60}?,(?!\d)"
    r"((?:\s[A-Z][\w'\u2019-]*+,(?=\s[a-z]))?(?:\s(?:who|one\sof)\s[^,]{3,80}?,)?)"
)
_AFTER_NAME = re.compile(r"[A-Z][\w'\u2019.&-]*$")
# A zone name left behind once its time is cut from a title: "06:56, 7 May 2007 UTC".
_ZONE_AFTER = re.compile(r"(?<!\s)\s*+(?:\(?(?:UTC|GMT)\)?|local time)(?=\W|$)")
# Words of approximation the tagger leaves out of a clock time ("at about 1.30am"): they go
# with it when it is cut from a title.
_APPROXIMATELY = re.compile(r"(?:\bat\s+)?\b(?:about|around|approximately|roughly)\s+$", re.I)
# Words left dangling once a time phrase is cut out: "at around , 7 May" -> ", 7 May".
_ORPHAN = re.compile(
    r"(?:^|(?<!\s)\s++)(?:(?:at\s+)?around|at|on(?:\s+this)?|in|by|about)(?=\s*+(?:,|$))"
    r"|(?<!\s)\s++(?=,)",
    re.I,
)



def title_of(
    text: str, clause: Span, timex: Timex, lex: Lexicon, support: tuple[Timex, ...] = (),
    sentence: Span | None = None,
) -> str:
    """The clause as a label of at most 80 characters.

    A time phrase goes when it opens the clause or is led by a signal word ("just before
    9.30pm"); a bare one that completes the verb ("has entered its seventh day") stays.
    Supporting times of the same happening ("today at around 06:56, 7 September 2007") go
    the same way, so the title says what happened, not when. A clause of the ``sentence``
    joined by a word of main_clause_opener ('and', 'but') that opens with its verb takes
    the subject of the clause before it ("He was released on bail and will appear before
    a judge"): 'Will appear before a judge' alone says nothing of who.
    """
    noun = antecedent(lex, text, clause)
    cuts = sorted(
        (
            t
            for t in (timex, *support)
            if clause.start <= t.phrase_start and t.phrase_end <= clause.end
        ),
        key=lambda t: t.phrase_start,
    )
    pieces, at = [], clause.start
    if noun and cuts:
        at = _main_verb_after(lex, text, clause, cuts[0])
    for t in cuts:
        if t.phrase_start < at:
            continue
        aside = relative_clause(lex, text, clause, t)
        if aside is not None and aside.start > clause.start:
            # 'the man, who fled on Monday, at his home': the relative clause goes whole
            pieces.append(text[at : text.rfind(",", at, aside.start)])
            at = aside.end + 1
        elif _part_of_the_words(text, clause, t):
            pieces.append(text[at : t.phrase_end])
            at = t.phrase_end
        else:
            pieces.append(_APPROXIMATELY.sub("", text[at : t.phrase_start]))
            zone = _ZONE_AFTER.match(text, t.phrase_end)
            at = zone.end() if zone else t.phrase_end
    pieces.append(text[at : clause.end])
    subject = "" if noun or sentence is None else _shared_subject(
        lex, text, sentence, clause, cuts)
    if noun:
        pieces[0] = noun + re.sub(
            rf"^(?:{lex.pattern('relative_opener').pattern})\s+", "", pieces[0])
    elif subject:
        pieces[0] = subject + " " + lex.clause_opener.sub("", pieces[0].lstrip())
    raw = lex.clause_opener.sub("", _tidy(_without_appositives("".join(pieces)))).strip(" ,")
    raw = _ORPHAN.sub("", raw).strip(" ,") or _tidy(text[clause.start : clause.end])
    return _fit(closed(raw[:1].upper() + raw[1:]))


def _without_appositives(words: str) -> str:
    """Words without their appositives (_APPOSITIVE); the place or the person's relative
    clause that may follow one goes with it only after a name ('Dennis Marchetti, the
    mayor of Kellerton, Ontario, announced'), not after a common word ('back to normal,
    the operator, Nordbahn, said')."""

    def cut(found: re.Match[str]) -> str:
        named = _AFTER_NAME.search(words, max(0, found.start() - 40), found.start())
        return "" if named else found.group(1)

    return _APPOSITIVE.sub(cut, words)


_COMMA_AFTER = re.compile(r",\s++")


def _main_verb_after(lex: Lexicon, text: str, clause: Span, timex: Timex) -> int:
    """Where the main clause goes on after a relative clause that opens the clause of a
    time: at the verb of saying after its closing comma ('PKR Wschod, which operates the
    service, said on Saturday that ...': the title is the company's saying, not the
    service it operates); else the clause's start."""
    for comma in _COMMA_AFTER.finditer(text, clause.start, timex.phrase_start):
        if lex.reporting.match(text, comma.end()):
            return comma.end()
    return clause.start


def _shared_subject(
    lex: Lexicon, text: str, sentence: Span, clause: Span, cuts: list[Timex]
) -> str:
    """The subject a clause shares with the sentence's first clause, when it opens with
    'and' or 'but' (table main_clause_opener) and then its verb, maybe after a time cut
    from the title ('and will appear', ', and in recent days said'): the words before the
    first verb of the sentence's clause before it, outside its asides ('The museum, which
    draws ..., stayed closed'). A comma closing them ends an appositive ('The driver, a man
    of 45, was'); one within opens a phrase ('Under the deal, the corporation'). Empty when
    the subject is not plain: led by a word of subject_not_opener ('When police arrived'),
    or the subject of a saying whose clause may be the thing said ('Police said the man
    was arrested and will appear')."""
    opener = lex.pattern("main_clause_opener").match(text, clause.start, clause.end)
    if opener is None:
        return ""
    at = _past_times(text, opener.end(), cuts)
    own = verb_at(lex, text, Span(at, clause.end))
    if at >= clause.end or not text[at].islower() or own != at:
        return ""
    if text[sentence.start : sentence.end].rstrip(" \"'\u201d").endswith("?"):
        return ""  # 'but will they charge him on Monday?': a question, its subject after
    begin = sentence.start
    for cut in lex.clause_break.finditer(text, sentence.start, clause.start):
        if cut.end() < clause.start and not relative_opener(lex).match(text, cut.end()):
            begin = cut.end()
    start, verb = begin, None
    for aside in relative_asides(lex, text, Span(begin, clause.start)):
        verb = verb_at(lex, text, Span(start, aside.start))
        if verb is not None:
            break
        start = aside.end
    verb = verb if verb is not None else verb_at(lex, text, Span(start, clause.start))
    if verb is None or (lex.reporting.match(text, verb) and not lex.reporting.match(text, at)):
        return ""
    for embedded in _embedder(lex).finditer(text, verb, clause.start):
        if verb_at(lex, text, Span(embedded.end(), clause.start)) is not None:
            return ""  # 'It is the first time that the team has lost and will miss'
    if _inner_clause(lex, text, verb, clause.start):
        return ""  # 'The report found the hospital was understaffed and will close'
    words = lex.clause_opener.sub("", text[begin:verb].strip())
    parts = [p.strip() for p in _COMMA.split(words)]
    head = (parts[0] if parts[-1] == "" else parts[-1]).split()
    while len(head) > 1 and (head[-1] in lex.set("subject_adverb")
                             or (head[-1].islower() and head[-1].endswith("ly"))):
        head.pop()  # 'Mr. Fournier also noted ..., and said': the clause shares no 'also'
    if not head or len(head) > _SUBJECT_WORDS or _QUOTE.search(" ".join(head)):
        return ""
    first, last = head[0].lower(), head[-1].lower()
    if first in lex.set("preposition") or first in lex.set("subject_not_opener"):
        return ""
    if last in lex.set("relative_opener") or last in lex.set("clause_embedder"):
        return ""  # 'The man who was arrested ... and will appear'
    if any(word.lower() in lex.set("determiner") and head[i - 1].lower()
           not in lex.set("preposition") for i, word in enumerate(head) if i):
        return ""  # 'Investigators believe the fire started': a clause, or 'Last week the'
    return " ".join(head)


def _inner_clause(lex: Lexicon, text: str, verb: int, end: int) -> bool:
    """Whether the first clause's verb at ``verb`` has a clause of its own after it, with
    no word to open it, whose subject a clause joined by 'and' may share: a noun phrase
    and a verb ('The report found the hospital was understaffed and will close'), or the
    verb is a relative clause's and a form of 'be' or 'have' follows it at once ('The man
    police arrested was questioned and will appear'). Not across a comma or a preposition
    ('rose 3.1 percent on Tuesday, as traders worried, and eased')."""
    word = _WORD.match(text, verb)
    after = word.end() if word else verb
    inner = verb_at(lex, text, Span(after, end))
    if inner is None:
        return False
    between = text[after:inner].split()
    if not between:
        aux = _WORD.match(text, inner)
        return aux is not None and word is not None and word.group().lower() not in lex.set(
            "be") and aux.group().lower() in {*lex.set("be"), *lex.set("perfect_auxiliary")}
    if "," in text[after:inner]:
        return False  # 'rose 3.1 percent on Tuesday, as traders worried, and eased'
    words = [w.lower() for w in between]
    dets = [i for i, w in enumerate(words) if w in lex.set("determiner")]
    return bool(dets) and not any(w in lex.set("preposition") for w in words[dets[-1]:])


@cache
def _embedder(lex: Lexicon) -> re.Pattern[str]:
    """A word opening a clause inside the first one (tables dependent_opener_bare and
    clause_embedder), whose subject a clause joined by 'and' after it may share."""
    return alternation([*lex.words["dependent_opener_bare"], *lex.words["clause_embedder"]])


# A comma that is no thousands separator ('About 1,400 drivers').
_COMMA = re.compile(r",(?!\d)")
_WORD = re.compile(r"[\w'\u2019-]+")
_QUOTE = re.compile("[\"\u201c\u201d]")
_SUBJECT_WORDS = 8


def _past_times(text: str, at: int, cuts: list[Timex]) -> int:
    """The offset after spaces, commas and the cut times that stand at ``at``."""
    moved = True
    while moved:
        moved = False
        while at < len(text) and text[at] in " ,":
            at += 1
        for t in cuts:
            if t.phrase_start == at < t.phrase_end:
                at, moved = t.phrase_end, True
    return at


def _tidy(raw: str) -> str:
    """One space between words, no punctuation or quote marks at either end."""
    raw = re.sub(r"\s*,(?:\s*,)+", ",", re.sub(r"\s+", " ", raw))  # a time cut between commas
    return raw.strip(" ,;:.\"'`\u201c\u201d")


def _part_of_the_words(text: str, clause: Span, timex: Timex) -> bool:
    """A time the clause cannot lose: a bare one ending the clause after its verb ('has
    entered its seventh day'), one that is the subject or heads a noun phrase ('The second
    half began', 'The second week of ...'), one inside a name ('the 2008 Six Nations') or
    a noun phrase ('before the summer recess')."""
    head = text[clause.start : timex.phrase_start]
    tail = text[timex.phrase_end : clause.end]
    bare = timex.phrase_start == timex.start
    if head.strip(" ,") and bare and not tail.strip(" .,;"):
        return True
    if re.match(r"the\b", text[timex.phrase_start : timex.phrase_end], re.I) and not re.match(
        r"\s*,", tail
    ):
        return True
    return modifies_noun(text, timex) or noun_follows(text, timex)


def antecedent(lex: Lexicon, text: str, clause: Span) -> str:
    """For a clause opening with 'which' or 'who', or a reduced relative clause after a
    comma ('made last week'), the noun phrase it stands for ('the parking', 'Engel', 'The
    offer')."""
    opening = relative_opener(lex).match(text, clause.start, clause.end)
    after_comma = text[max(0, clause.start - 3) : clause.start].rstrip().endswith(",")
    if not opening or (opening.group("reduced") and not after_comma):
        return ""
    lo = max(0, clause.start - 60)
    own = sentences(text, lo, clause.start)  # not a word of the sentence before
    before = text[own[-1].start if own else lo : clause.start].rstrip(" -\u2013\u2014,")
    words = before.split()[-5:]
    name = list(takewhile(lambda w: w[:1].isupper(), reversed(words)))
    if name and (opening.group() == "who" or len(name) == len(before.split())):
        return " ".join(reversed(name)) + " "  # 'Engel', or 'Fernleaf Press, which
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in lex.set("determiner"):
            return " ".join(words[i:]) + " "
    return words[-1] + " " if words else ""

def headline(title: str, source: str, claim: str, kind: str) -> str:
    """A statement's title says who said it: a leading 'He'/'She' that a pronoun saying
    in it tells is the speaker becomes the speaker's surname ('Lee said ...'), and a
    title that does not name the speaker becomes 'Speaker: claim' when that fits in the
    title limit; a title of quoted words before their closing quote mark and the sayer
    always does, cut to fit: the mark and the sayer after it read as a broken label ('We
    are grateful," Tane said'). Without a speaker or a claim the mark goes ('My mother is
    crying, one pupil said')."""
    quoted = _closing_mark(title)
    if quoted:  # the bare quote mark goes when the title cannot say 'Speaker: claim'
        title = title[: quoted.start()] + title[quoted.end() :]
    if kind != "statement" or not source:
        return title
    short = _short(source)
    says = lexicon().reporting
    if (re.match(r"(?:He|She)\b", title) and not quoted
            and any(says.fullmatch(verb) for verb in _pronoun_says().findall(title))):
        return _fit(short + title[title.index(" ") :])
    if not claim:
        return title
    labelled = f"{short}: {claim[0].upper()}{claim[1:]}"
    if quoted:
        return _fit(labelled)  # 'Nobody saw this coming," said Marta Kessler, a strategist…'
    if _names(title, source):
        return title
    return _fit(labelled) if len(labelled) <= TITLE_LIMIT else title


@cache
def _pronoun_says() -> re.Pattern[str]:
    """'He'/'She' and the verb after it (an adverb in -ly or of subject_adverb between): a
    leading pronoun is the speaker when a pronoun of the title says something ('She
    said ...', 'He never dreamed, he said, that ...'), not a 'he' the words said are about
    ('He has used 29 aliases, Freeh said')."""
    adverbs = "|".join(map(re.escape, lexicon().words["subject_adverb"]))
    return re.compile(
        rf"\b(?:[Hh]e|[Ss]he)(?:['\u2019]s)?\s+(?:\w+ly\s+|(?:{adverbs})\s+)?(\w+)")


# A title that is a quotation's words, its closing mark and who said it (the opening mark
# is no part of a title): the quotation's words are the claim, the sayer its label.
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]|''|``")


def _closing_mark(title: str) -> re.Match[str] | None:
    """The closing quote mark of a title that is a quotation's words and who said them,
    or None: the title's first mark closes ('"', '\u201d', "''" after a letter or a stop,
    before a space, a comma or the cut), with words before it."""
    mark = _QUOTE_MARK.search(title)
    if (mark is None or mark.group() in ("\u201c", "``") or mark.start() == 0
            or title[mark.start() - 1].isspace()
            or title[mark.end() : mark.end() + 1] not in (" ", ",", "\u2026")):
        return None
    return mark


def filing_title(headline_words: str) -> str:
    """The title of a date line's row ('Sunday, January 14, 2018' under a headline): the
    day the report was filed, which is no happening of its story, so the row says so and
    names the report by its headline rather than repeating the date."""
    words = " ".join(headline_words.split())
    return _fit(f"Report filed: {words}") if words else "Report filed"


def _short(source: str) -> str:
    """How a title names a source: a person by surname ('Lee', 'De Vries'), an
    organisation in full, a common noun as written ('A witness')."""
    if not source[0].isupper():
        return source[0].upper() + source[1:]
    words = source.split()
    if words[-1] in lexicon().organisation_suffixes or words[0] in lexicon().set(
        "organisation_head"
    ):
        return source
    particles = lexicon().set("surname_particle")
    first = len(words) - 1
    while first > 1 and words[first - 1] in particles:
        first -= 1
    surname = " ".join(words[first:])
    return surname[0].upper() + surname[1:]  # opening a title: 'De Vries'



def _names(title: str, source: str) -> bool:
    """Whether a title already names its source: by a capitalised word of the name
    ('Xi' of 'Xi Jinping'), by its initials ('NATO'), or in full ('the witness' names 'a
    witness')."""
    words = set(re.findall(r"[\w'-]+", title.lower()))
    capitals = [w.lower() for w in source.split() if w[0].isupper()]
    spelled = initials(source)
    return (
        any(w in words for w in capitals)
        or (len(spelled) > 1 and spelled.lower() in words)
        or re.sub(r"^(?:the|an?)\s+", "", source.lower()) in title.lower()
    )


def _fit(title: str) -> str:
    """A title cut at a word boundary to the title limit."""
    if len(title) <= TITLE_LIMIT:
        return title
    cut = closed(title[: TITLE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "\u2026")
    if len(cut) > TITLE_LIMIT:  # room for the closing quote mark
        cut = closed(title[: TITLE_LIMIT - 2].rsplit(" ", 1)[0].rstrip(" ,;:") + "\u2026")
    return cut
