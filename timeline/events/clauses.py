"""Clauses, their tense, and what kind of event a clause reports.

A time dates the clause it stands in: a sentence is cut into clauses at semicolons,
dashes, and the words of ``clause_opener`` marked "cut" (data/events.toml). In "X said
(that) Y ... in the second quarter" the quarter dates Y, not the saying: the clause is
what was reported (the saying gets a row of its own, inferred.py). The clause's telling
word nearest to the time decides its kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

from timeline.events.claims import listener
from timeline.events.lexicon import Lexicon, alternation
from timeline.sentences import Span
from timeline.temporal import Timex

# A passive of a happening: a form of 'be' and a past participle ('was today appointed').
_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+|today\s+|yesterday\s+)?"
    r"(?!(?:used|supposed|based|concerned|interested|tired)\b)\w+ed\b"
)


# Tenses a clause can be in; a modal ("would", "could") is no past happening.
PAST, PRESENT, FUTURE, MODAL = "past", "present", "future", "modal"
_TENSES = (FUTURE, PAST, PRESENT, MODAL)  # the order of _tense_words
_THAT = re.compile(r"\bthat\b\s*+", re.IGNORECASE)


@cache
def _tense_words(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The finite verbs that tell a clause's tense (data/events.toml), and regular pasts.
    A modal with a perfect ('should not have reached', 'could have been') tells the past;
    with 'have' as a verb ('should have reasonable doubt') it stays a modal."""
    past = lex.pattern("past_verb").pattern
    modal = lex.pattern("modal_verb").pattern
    # not in a compound ('New York-based') nor after a determiner ('a customized
    # service', 'the alleged robbery'): an adjective there, no tense
    after_determiner = "".join(rf"(?<!\b{w}\s)" for w in sorted(lex.set("determiner")))
    regular = rf"(?<![\w-]){after_determiner}[a-z]{{3,}}ed\b"
    perfect = (rf"{modal}(?:\s++not)?\s++have\s++"
               rf"(?:{past}|{regular}|(?:[a-z]{{2,}}(?:en|wn)|done|gone)\b)")
    return (lex.pattern("future_verb"),
            re.compile(rf"{perfect}|{past}|{regular}|{_ambiguous_past(lex)}", re.I),
            _present(lex), lex.pattern("modal_verb"))


def _present(lex: Lexicon) -> re.Pattern[str]:
    """The words of present_verb, one that is also a plural noun (present_verb_noun) not
    after a determiner nor a possessive: 'The company's plans were announced' is past."""
    nouns = lex.set("present_verb_noun")
    verbs = alternation([w for w in lex.words["present_verb"] if w not in nouns]).pattern
    after_determiner = "".join(rf"(?<!\b{w}\s)" for w in sorted(
        lex.set("present_verb_noun_after")))
    return re.compile(rf"{verbs}|(?<!'s\s)(?<!\u2019s\s){after_determiner}"
                      rf"{lex.pattern('present_verb_noun').pattern}", re.I)


def _ambiguous_past(lex: Lexicon) -> str:
    """A past spelt like its present and its noun (table ambiguous_past: 'Its second stage
    shut down early'), told a verb by its neighbours: not after a word of
    ambiguous_past_not_after nor a plural in -s ('Prices hit'), and before a word of
    ambiguous_past_before or a figure ('cut 300 jobs'); a past spelt like a present only
    (table present_spelt_past: 'lay') needs no word after it."""
    not_after = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in sorted(
        lex.set("ambiguous_past_not_after")))
    before = lex.pattern("ambiguous_past_before").pattern
    verb = lex.pattern("ambiguous_past", case_sensitive=True).pattern
    spelt = lex.pattern("present_spelt_past", case_sensitive=True).pattern
    return (rf"(?<![\w-]){not_after}(?<![^s'\W]s\s)"
            rf"(?:(?-i:{verb})(?=\s++(?:{before}|\$?\d))|(?-i:{spelt})(?![\w-]))")


def at_offset(offset: int) -> Timex:
    """An empty time expression at an offset: where a clause without a time of its own is
    looked up (clause_of) and cut from for its title."""
    return Timex(start=offset, end=offset, text="", type="", value="", phrase_start=offset,
                 phrase_end=offset)


def tense_of(lex: Lexicon, text: str, span: Span) -> str:
    """The tense of a span's first finite verb, or '' when none is found."""
    found = _first_verb(lex, text, span)
    return found[2] if found else ""


def verb_at(lex: Lexicon, text: str, span: Span) -> int | None:
    """Where a span's first finite verb starts, or None when none is found."""
    found = _first_verb(lex, text, span)
    return found[0] if found else None


def _first_verb(lex: Lexicon, text: str, span: Span) -> tuple[int, int, str] | None:
    found = [  # at one offset the first of _TENSES: 'is to', 'should have reached'
        (m.start(), rank, name)
        for rank, (name, pattern) in enumerate(zip(_TENSES, _tense_words(lex), strict=True))
        for m in [pattern.search(text, span.start, span.end)]
        if m is not None
    ]
    present = _present_in_s_at(lex, text, span)
    if present is not None:
        found.append((present, len(_TENSES), PRESENT))
    return min(found) if found else None


def _present_in_s_at(lex: Lexicon, text: str, span: Span) -> int | None:
    """Where a span's first simple present in -s that present_verb does not list starts,
    told a verb by its neighbours (data/events.toml present_in_s_*): 'The page lists the
    callers she will miss' is in the present, not in the future of its relative clause;
    so after the subject's apposition ('Marisa Dellaporta, 41, walks the rows',
    _closes_apposition). Not after a plural ('Sales figures the company released
    showed'), nor in a subordinate clause before the main one ('If the council approves
    the plan, work will begin'). The ending and the object are found first, the words
    before them tested after: most sentences hold none."""
    for found in _s_before_object(lex).finditer(text, span.start, span.end):
        verb = _word_before(text, span.start, found.end(1))
        subject = _word_before(text, span.start, verb - 1)
        word, before = text[verb:found.end(1)], text[subject:verb - 1]
        if (len(word) < 4 or not word.islower() or text[verb - 1] != " "
                or not (before or _closes_apposition(lex, text, span.start, verb - 1))
                or word in lex.set("present_in_s_not_verb")
                or before.lower() in lex.set("present_in_s_not_after")
                or text[subject - 1:subject] in ("'", "\u2019")
                or (_PLURAL.fullmatch(before) and (before.islower() or subject == span.start))):
            continue
        if lex.pattern("present_in_s_subordinate").search(text, span.start, verb):
            return None
        return verb
    return None


def _closes_apposition(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether the text before ``end`` ends with a comma that closes a stretch another
    comma opened after ``start``, the stretch opening on a figure, a capital or an
    article: the subject's apposition ('Marisa Dellaporta, 41, walks the rows', 'Smith,
    the firm's founder, runs the shop'), after which a word in -s is the subject's verb;
    not an adverbial ('On Monday, however, residents the BBC spoke to said')."""
    opening = text.rfind(",", start, end - 1)
    if text[end - 1:end] != "," or opening < start:
        return False
    words = text[opening + 1:end - 1].split()
    return bool(words) and (words[0][0].isdigit() or words[0][0].isupper()
                            or words[0] in lex.set("article"))


def _word_before(text: str, start: int, end: int) -> int:
    """Where the run of letters that ends at ``end`` starts (no earlier than ``start``)."""
    at = end
    while at > start and text[at - 1].isalpha():
        at -= 1
    return at


# A plural noun: 'figures', not 'boss', 'bus', 'this'. Held to a word's edges, so that a
# search over a long run of letters stays linear (tests/test_regex.py).
_PLURAL = re.compile(r"(?<![A-Za-z])[A-Za-z]*[a-hj-rtv-z]s(?![A-Za-z])")


@cache
def _s_before_object(lex: Lexicon) -> re.Pattern[str]:
    """A word's ending in -s (not -ss, -is, -us) and a word of present_in_s_object."""
    objects = lex.pattern("present_in_s_object", case_sensitive=True).pattern
    return re.compile(rf"(?<=[a-hj-rtv-z])(s)\s++{objects}")


def last_tense(lex: Lexicon, text: str, span: Span) -> str:
    """The tense of a span's last finite verb, a present perfect's auxiliary counting as
    past ('hasn't for several years', 'has been shut for weeks'), or '' when none is
    found."""
    found = [
        (m.start(), -rank, name)
        for rank, (name, pattern) in enumerate(zip(_TENSES, _tense_words(lex), strict=True))
        for m in pattern.finditer(text, span.start, span.end)
    ]
    if not found:
        return ""
    at, _, name = max(found)
    return PAST if lex.pattern("perfect_auxiliary").match(text, at) else name


def main_tense(lex: Lexicon, text: str, span: Span) -> str:
    """The tense of a span's first finite verb outside relative clauses set off by commas:
    'Bolsonaro, who governed from 2019 to 2022, is on trial' is in the present. Where no
    verb outside them tells it ('The findings, published in Nature, come as ...'), the
    first of the whole span does."""
    at = span.start
    for aside in relative_asides(lex, text, span):
        found = tense_of(lex, text, Span(at, aside.start))
        if found:
            return found
        at = aside.end
    after = tense_of(lex, text, Span(at, span.end))
    if not after and at > span.start and _VERB_IN_S.match(text, at, span.end):
        return PRESENT  # 'The reform, approved last month, raises the age'
    return after or tense_of(lex, text, span)


# A verb in -s right after an aside: the clause's present ('..., raises the age')
_VERB_IN_S = re.compile(r"\s*+(?<![a-z])[a-z]+[^\Ws]s\b")


def relative_asides(lex: Lexicon, text: str, span: Span) -> list[Span]:
    """The relative clauses set off by commas in a span, with their commas ('The tax,
    announced in the May budget, will raise ...')."""
    return [Span(*m.span()) for m in _relative_aside(lex).finditer(text, span.start, span.end)]


def aside_opener(lex: Lexicon, text: str, aside: Span) -> re.Match[str] | None:
    """How an aside of relative_asides opens, at its first word after the comma: 'who' or
    'which' (group 'who'), a reduced relative (group 'reduced'), or None."""
    at = aside.start + 1
    while text[at].isspace():
        at += 1
    return relative_opener(lex).match(text, at)


def outside_asides(lex: Lexicon, text: str, clause: Span, who: bool = False) -> list[Span]:
    """The stretches of a clause outside its relative clauses set off by commas (with
    ``who``, only those opening with a word of relative_opener: a reduced one may be the
    clause's own verb, 'Amdahl Corp., a maker of mainframe computers, reported a sharp
    decline'): a verb there is the clause's own ('Rival Kranich AG, which had warned on
    profits a week earlier, gained 2 percent': the gaining, not a saying)."""
    at, parts = clause.start, []
    for aside in relative_asides(lex, text, clause):
        opener = aside_opener(lex, text, aside)
        if who and not (opener and opener.group("who")):
            continue
        parts.append(Span(at, aside.start))
        at = aside.end
    parts.append(Span(at, clause.end))
    return parts


@cache
def _relative_aside(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf",\s*+(?:{relative_opener(lex).pattern})[^,]*+,")


@cache
def relative_opener(lex: Lexicon) -> re.Pattern[str]:
    """What opens a relative clause after a comma: 'who' or 'which' (group 'who'), or a
    reduced one (group 'reduced'): a past participle, in -ed or of the table
    reduced_relative_opener, maybe after an adverb ('first proposed'), or 'to' and a verb
    ('The talks, to last two weeks, ...')."""
    determiner = lex.pattern("determiner").pattern
    participle = lex.pattern("reduced_relative_opener", case_sensitive=True).pattern
    adverb = lex.pattern("reduced_relative_adverb", case_sensitive=True).pattern
    return re.compile(
        rf"(?P<who>{lex.pattern('relative_opener').pattern})"
        rf"|(?P<reduced>(?-i:to)\s++(?!{determiner}\b)(?-i:[a-z]+)\b"
        rf"|(?:(?:{adverb}|(?-i:[a-z]+ly\b))\s++)?(?:(?-i:[a-z]{{2,}}ed)\b|{participle}))"
    )


def clause_of(lex: Lexicon, text: str, sentence: Span, timex: Timex) -> Span:
    """The clause of a sentence that holds the time expression: a relative clause set off
    by commas when the time stands in one ('Engel, who took over in 2021, said ...')."""
    cut = _cut(lex, text, sentence, timex)
    return (
        relative_clause(lex, text, cut, timex)
        or contact_clause(lex, text, cut, timex)
        or _reported(lex, text, cut, timex)
    )


def in_relative(lex: Lexicon, text: str, sentence: Span, timex: Timex) -> bool:
    """Whether a time dates a relative clause set off by commas ('Police arrested the man,
    who fled on Monday, at his home')."""
    cut = _cut(lex, text, sentence, timex)
    return (relative_clause(lex, text, cut, timex) or contact_clause(lex, text, cut, timex)) \
        is not None or _closing_relative(lex, text, sentence, cut)


def _closing_relative(lex: Lexicon, text: str, sentence: Span, cut: Span) -> bool:
    """Whether a cut is a relative clause of 'who' or 'which' that ends its sentence, the
    first comma of it before the opener ('The company employs 40 people at the site, which
    it opened in 2009.'): a time in it dates that clause, told of the noun before the comma,
    as in one the sentence goes on after (relative_clause, which looks back for a finite
    verb inside the cut, where this comma starts it)."""
    comma = text.rfind(",", max(sentence.start, cut.start - 2), cut.start + 1)
    if comma < 0 or text[sentence.start : comma].count(",") or text[cut.end : sentence.end].strip(
            " .\"'\u201d"):
        return False
    opener = _found(lex, text).commas.opener(comma)
    return opener is not None and bool(opener.group("who"))


def in_dependent(lex: Lexicon, text: str, sentence: Span, timex: Timex) -> bool:
    """Whether a time stands in a dependent clause after a main clause of its own, with no
    comma between: 'The march was called after Congress failed in September to override a
    veto', 'White heads a team prosecuting the bombings which killed 224 people on Aug. 7,
    1998'. The time dates that clause; the main clause before it is undated.
    The opener is a word of table dependent_opener_bare; the main clause before it and the
    dependent clause up to the time each have a finite verb. A word of
    dependent_opener_after_noun opens one on the object of a past verb (_after_noun); a
    word of dependent_opener_gerund with an -ing verb after it too ('The euro steadied
    after falling 1.4 percent on Thursday'): the falling was on Thursday, not the
    steadying."""
    cut = _cut(lex, text, sentence, timex)
    openers = list(_bare_dependent(lex).finditer(text, cut.start, timex.phrase_start))
    near = max(cut.start, timex.phrase_start - _CLAUSE_REACH)
    openers += [m for m in _noun_dependent(lex).finditer(text, near, timex.phrase_start)
                if _after_noun(lex, text, cut, m.start(), timex)]
    for opener in sorted(openers, key=lambda m: m.start(), reverse=True):
        if tense_of(lex, text, Span(opener.end(), timex.phrase_start)) and tense_of(
            lex, text, Span(cut.start, opener.start())
        ):
            return True
    return gerund_start(lex, text, sentence, timex) is not None


def in_directed_infinitive(lex: Lexicon, text: str, sentence: Span, timex: Timex) -> bool:
    """Whether a time follows, in its clause, the infinitive a verb of directing_verb
    governs ('The City of Windhoek has ordered households to use a third less water from
    October 1'): the time dates what is to be done; the directing is undated."""
    cut = _cut(lex, text, sentence, timex)
    for verb in lex.pattern("directing_verb").finditer(text, cut.start, timex.phrase_start):
        if _INFINITIVE.match(text, verb.end(), timex.phrase_start):
            return True
    return False


# The object and the infinitive after a verb of directing ('households to use'): up to
# four words, then 'to' and a lower-case word that is no article or possessive ('to
# report', not 'to the court').
_INFINITIVE = re.compile(
    r"\s++(?:[\w'\u2019-]+\s++){1,4}?to\s++(?!(?:the|a|an|his|her|their|its)\b)[a-z]{2,}\b")


def _after_noun(lex: Lexicon, text: str, cut: Span, at: int, timex: Timex) -> bool:
    """Whether 'that' at ``at`` opens a past clause on the object of a past main verb, a
    time standing in it: a determiner opens the noun phrase it ends, with no finite verb
    between, no comma stands between that verb and the time, and the clause's first
    finite verb is a past ('followed a petition of more than 1100 signatures that the
    committee handed to the council last week'; not 'found that', 'could not stop the
    bullet that tore ... Friday night', ', the team that has played ... since 1961', 'the
    33% that it doesn't own until 5 p.m., Nov. 6'). The main verb is looked for in the
    words just before (_MAIN_VERB_REACH)."""
    phrase = text[max(cut.start, at - _NOUN_PHRASE_REACH) : at]
    determiners = list(lex.pattern("determiner").finditer(phrase))
    if not determiners:
        return False
    words = phrase[determiners[-1].end() :]
    if tense_of(lex, words, Span(0, len(words))):
        return False
    lo = max(cut.start, at - _MAIN_VERB_REACH)
    verbs = [m for pattern in _tense_words(lex) for m in pattern.finditer(text, lo, at)]
    return (bool(verbs) and "," not in text[max(m.end() for m in verbs) : timex.phrase_start]
            and last_tense(lex, text, Span(lo, at)) == PAST
            and tense_of(lex, text, Span(at, timex.phrase_start)) == PAST)


# How far back from 'that' the determiner opening its noun phrase may stand, how far its
# main verb, and how far before the time 'that' (characters): a clause on a noun is
# short, and without bounds a run-on text weighed each 'that' against all the words
# before it, for each of its times (a 20 KB fuzz case took 40 s, 4 s without the rule).
_NOUN_PHRASE_REACH = 60
_MAIN_VERB_REACH = 160
_CLAUSE_REACH = 200


@cache
def _noun_dependent(lex: Lexicon) -> re.Pattern[str]:
    return lex.pattern("dependent_opener_after_noun")


def gerund_start(lex: Lexicon, text: str, sentence: Span, timex: Timex) -> int | None:
    """Where a dependent clause with an -ing verb that a time stands in opens ('after
    falling 1.4 percent on Thursday'), or None: it runs to the end of its cut, so the main
    clause ends there, a time after the time ('its biggest drop in more than two years')
    being the dependent clause's too."""
    cut = _cut(lex, text, sentence, timex)
    gerund = _gerund_dependent(lex).search(text, cut.start, timex.phrase_start)
    if gerund is not None and tense_of(lex, text, Span(cut.start, gerund.start())):
        return gerund.start()
    return None


@cache
def _bare_dependent(lex: Lexicon) -> re.Pattern[str]:
    return lex.pattern("dependent_opener_bare")


@cache
def _gerund_dependent(lex: Lexicon) -> re.Pattern[str]:
    """'after falling', 'since sharply reversing': an opener and its -ing verb."""
    opener = lex.pattern("dependent_opener_gerund").pattern
    return re.compile(rf"{opener}(?-i:{ING_VERB.pattern})", re.I)


# Spaces and an '-ing' verb in lower case, maybe after an adverb in -ly ('after sharply
# reversing', 'is quietly recalling'): one reading for a gerund and a progressive.
ING_VERB = re.compile(r"\s++(?:[a-z]+ly\s++)?[a-z]{2,}ing\b")


def _cut(lex: Lexicon, text: str, sentence: Span, timex: Timex) -> Span:
    """The stretch between the sentence's cuts (Lexicon.clause_break) around a time: after
    the last that ends by its phrase, up to the first after both that and the time."""
    starts, ends = _breaks(lex, text, sentence.start, sentence.end)
    before = bisect_right(ends, timex.phrase_start)
    after = max(before, bisect_left(starts, timex.end))
    return Span(ends[before - 1] if before else sentence.start,
                starts[after] if after < len(starts) else sentence.end)


def _breaks(lex: Lexicon, text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where each cut of a sentence starts and ends, found once for all its times."""
    memo = _found(lex, text).breaks
    if (start, end) not in memo:
        found = list(lex.clause_break.finditer(text, start, end))
        memo[start, end] = ([m.start() for m in found], [m.end() for m in found])
    return memo[start, end]


class _Found:
    """What was found in the spans of one text, kept while it is analysed: the passes over
    an article ask about the same clauses again and again, and a long article has more of
    them than a cache of a few hundred holds."""

    def __init__(self, lex: Lexicon, text: str) -> None:
        self.commas = _CommaWalk(lex, text)
        self.breaks: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self.sayings: dict[tuple[int, int], _Sayings] = {}
        self.cues: dict[tuple[int, int], _Cues] = {}
        self.passive: dict[tuple[int, int], bool] = {}


@lru_cache(maxsize=4)
def _found(lex: Lexicon, text: str) -> _Found:
    return _Found(lex, text)


def relative_clause(lex: Lexicon, text: str, clause: Span, timex: Timex) -> Span | None:
    """The relative clause ', who ... ,' around a time, up to its closing comma, when the
    clause goes on after it; one ending the clause only when it opens with 'who' or
    'which' after a finite verb ('He succeeds Taylor, who quit in March.'), else it is
    left whole. The closing comma may be the one of a cut after it ('NATO, which will
    celebrate its anniversary next month, and to defend'): the sentence goes on past the
    cut. Commas of a list with no finite verb may stand between 'who' and the time ('who
    stepped down as chairman, president and chief executive in March')."""
    lo = max(0, clause.start - 2)
    comma = text.rfind(",", lo, timex.phrase_start)
    if comma < 0:
        return None
    walk = _found(lex, text).commas
    opener = walk.opener(comma)
    if opener is None:
        # the commas back to the first that opens a relative: none of them may be
        # followed by a finite verb before the time ('The man, who was arrested, fled on
        # Monday' is the main clause's)
        first, verb = walk.back(lo, comma)
        opener = None if first < 0 else walk.opener(first)
        if (opener is None or not opener.group("who") or verb
                or tense_of(lex, text, Span(comma, timex.phrase_start))):
            return None
        comma = first
    close = text.find(",", timex.phrase_end, clause.end + 1)
    if close < 0 and opener.group("who") and tense_of(lex, text, Span(clause.start, comma)):
        return Span(opener.start("word"), clause.end)
    if close < 0 or (close < clause.end
                     and not text[close + 1 : clause.end].strip(" .\"'\u201d")):
        return None
    return Span(opener.start("word"), close)


class _CommaWalk:
    """The commas of a text, each with the relative it opens and the walk back from it to
    the nearest comma that opens one, remembered (_Found): in a sentence of hundreds of commas each
    time walked back over all those before it. A finite verb never spans a comma (no word
    of the verb tables holds one, test_clauses), so whether one stands between two commas
    is told comma by comma."""

    def __init__(self, lex: Lexicon, text: str) -> None:
        self.lex, self.text = lex, text
        self._openers: dict[int, re.Match[str] | None] = {}
        self._back: dict[tuple[int, int], tuple[int, bool]] = {}

    def opener(self, comma: int) -> re.Match[str] | None:
        """The relative a comma opens ('who', 'which', a reduced one), or None."""
        if comma not in self._openers:
            self._openers[comma] = _relative_opener(self.lex).match(self.text, comma)
        return self._openers[comma]

    def back(self, lo: int, comma: int) -> tuple[int, bool]:
        """From a comma opening no relative, back to commas at ``lo`` or after: the first
        that opens one (-1 when none), and whether a finite verb stands between the comma
        after that one and ``comma``."""
        walked = []
        at = comma
        while (lo, at) not in self._back:
            walked.append(at)
            before = self.text.rfind(",", lo, at)
            if before < 0 or self.opener(before) is not None:
                self._back[lo, at] = (before, False)
                walked.pop()
                break
            at = before
        first, verb = self._back[lo, at]
        for later in reversed(walked):
            verb = verb or bool(tense_of(self.lex, self.text, Span(at, later)))
            self._back[lo, later] = (first, verb)
            at = later
        return self._back[lo, comma]


def contact_clause(lex: Lexicon, text: str, clause: Span, timex: Timex) -> Span | None:
    """A relative clause with no comma and no 'who' that ends the clause, object of a verb
    before it: 'is survived by a teacher he married in 1955' -> 'a teacher he married in
    1955'. Not what was said ('told the court he killed the man on Monday'), nor a noun
    phrase with no verb before it, nor one whose clause goes on with a verb of its own."""
    found = max(_contact(lex).finditer(text, clause.start, timex.phrase_start),
                key=lambda m: m.start(), default=None)
    if found is None or "," in text[found.end() : timex.phrase_start]:
        return None
    if len(text[found.end() : timex.phrase_start].split()) > _CONTACT_GAP:
        return None
    if not tense_of(lex, text, Span(clause.start, found.start())):
        return None
    if lex.reporting.search(text, max(clause.start, found.start() - 20), found.start()):
        return None
    if tense_of(lex, text, Span(timex.phrase_end, clause.end)):
        return None
    return Span(found.start(), clause.end)


# Words between a contact relative's verb and its time ('the man she met at a party in').
_CONTACT_GAP = 4


@cache
def _contact(lex: Lexicon) -> re.Pattern[str]:
    """A determiner, up to two more words, a personal pronoun and a past verb ('a teacher
    he married', 'the car they bought'), maybe with 'whom' or 'that' before the pronoun.
    No coordinator among the words: 'at 4.50 in the morning and they pulled me out seven
    hours later' joins a main clause of its own."""
    determiner = lex.pattern("determiner").pattern
    pronoun = lex.pattern("personal_pronoun").pattern
    past = lex.pattern("past_verb").pattern
    joins = lex.pattern("coordinator").pattern
    return re.compile(
        rf"{determiner}\s++(?:(?!{joins})[\w-]+\s++){{1,3}}?(?:(?:whom|that)\s++)?"
        rf"{pronoun}\s++"
        rf"(?:(?-i:[a-z]{{2,}}ed)\b|{past})",
        re.I,
    )


@cache
def _relative_opener(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf",\s*+(?P<word>{relative_opener(lex).pattern})")


def _reported(lex: Lexicon, text: str, clause: Span, timex: Timex) -> Span:
    """What was reported, when the time stands in it: 'A witness told the Herald that
    protesters were singing just before 9.30pm' -> 'protesters were singing ...'. A time
    right after the verb of saying ('said on Monday that ...') dates the saying."""
    verb = _last_saying(lex, text, clause, timex.phrase_start)
    if verb is None:
        return clause
    between = Span(verb.end(), timex.phrase_start)
    if not (
        lex.clause_boundary.search(text, between.start, between.end)
        or tense_of(lex, text, between)
    ):
        return clause
    start = verb.end()
    if lex.pattern("telling").fullmatch(verb.group()):
        told = listener(lex).match(text, start, between.end)
        start = told.end() if told else start
    that = _THAT.search(text, start, between.end)
    start = that.end() if that else start
    while start < between.end and text[start].isspace():
        start += 1
    return Span(start, clause.end) if start < timex.phrase_start else clause


def _last_saying(lex: Lexicon, text: str, clause: Span, end: int) -> re.Match[str] | None:
    """The last verb of saying in a clause before ``end``, outside its relative asides
    ('The plan, announced in March, would') and no word of dependent_opener ('saying').
    The clause's verbs are found once (_sayings_of) and only its last few words before
    ``end`` searched again, the text cut there: a verb of saying spans at most
    _saying_words words, so a search started further back reads nothing at ``end`` or
    after it and finds the same. A sentence of hundreds of times once searched all of its
    clause from each."""
    found = _sayings_of(lex, text, clause.start, clause.end)
    verbs = found.verbs
    back = bisect_left(found.words, end) - 1 - _saying_words(lex)
    resume, known = clause.start, 0  # known: the verbs the search up to ``end`` finds too
    if back > 0:
        known = bisect_left(verbs, found.words[back], key=lambda v: v.start())
        resume = max(found.words[back], verbs[known - 1].end()) if known else found.words[back]
    tail = [v for v in lex.reporting.finditer(text, resume, end)
            if _saying(lex, v, found.asides)]
    if tail:
        return tail[-1]
    last = found.last[known - 1] if known else None
    return None if last is None else verbs[last]


def verbs_of_saying(lex: Lexicon, text: str, span: Span) -> list[re.Match[str]]:
    """Every verb of saying in a span (Lexicon.reporting), found once per span."""
    return _sayings_of(lex, text, span.start, span.end).verbs


class _Sayings(NamedTuple):
    verbs: list[re.Match[str]]  # the clause's verbs of saying
    last: list[int | None]  # for each, the index of the last up to it that reports
    asides: list[Span]  # the clause's relative asides
    words: list[int]  # where each of its runs of characters other than spaces starts


def _sayings_of(lex: Lexicon, text: str, start: int, end: int) -> _Sayings:
    """A clause's verbs of saying, once for all the times in it."""
    memo = _found(lex, text).sayings
    if (start, end) not in memo:
        verbs = list(lex.reporting.finditer(text, start, end))
        asides = relative_asides(lex, text, Span(start, end))
        last: list[int | None] = []
        for i, verb in enumerate(verbs):
            last.append(i if _saying(lex, verb, asides) else (last[-1] if last else None))
        words = [m.start() for m in _WORD.finditer(text, start, end)]
        memo[start, end] = _Sayings(verbs, last, asides, words)
    return memo[start, end]


def _saying(lex: Lexicon, verb: re.Match[str], asides: list[Span]) -> bool:
    """Whether a verb of saying reports: no word of dependent_opener, in no aside."""
    if lex.pattern("dependent_opener").fullmatch(verb.group()):
        return False
    inside = bisect_left(asides, verb.start(), key=lambda a: a.start) - 1
    return inside < 0 or not verb.start() < asides[inside].end


@cache
def _saying_words(lex: Lexicon) -> int:
    """The most words a verb of saying is written in ('called for')."""
    return max(len(word.split()) for word in lex.words["reporting"])


_WORD = re.compile(r"\S+")


def nearest(
    patterns: dict[str, re.Pattern[str]], text: str, span: Span, at: int,
    skip: list[Span] | None = None,
) -> str:
    """The name of the pattern with a match nearest to an offset within a span, none
    inside the ``skip`` spans."""
    best: tuple[int, int, str] | None = None
    for rank, (name, pattern) in enumerate(patterns.items()):
        for m in pattern.finditer(text, span.start, span.end):
            if skip and any(s.start <= m.start() < s.end for s in skip):
                continue
            distance = min(abs(m.start() - at), abs(m.end() - at))
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, name)
    return best[2] if best else "occurrence"


def kind_of(text: str, clause: Span, timex: Timex, lex: Lexicon) -> str:
    """statement, plan, forecast or status by the nearest telling word (as ``nearest``
    finds it); else occurrence. A relative clause inside tells of its noun, not of the
    clause ('The tax, announced in the May budget, will raise ...' is no statement): its
    words count only for a time inside it. The clause's telling words are found once
    (_cues_of) and each time looks at the two of each kind around it: a sentence of
    hundreds of times once went through all of them from each."""
    at = timex.phrase_start
    cues = _cues_of(lex, text, clause.start, clause.end)
    own = bisect_right(cues.asides, at) - 1  # the aside the time stands in, or -1
    own = own if own >= 0 and at < cues.aside_ends[own] else -1
    best: tuple[int, int] | None = None
    for rank, by_aside in enumerate(cues.spans):
        for group in {-1, own}:
            starts, ends = by_aside.get(group, ([], []))
            i = bisect_left(starts, at)
            for j in (i - 1, i):
                if 0 <= j < len(starts):
                    distance = min(abs(starts[j] - at), abs(ends[j] - at))
                    best = min(best or (distance, rank), (distance, rank))
    kind = "occurrence" if best is None else _CUES[best[1]]
    if kind == "status" and _passive_in(lex, text, clause.start, clause.end):
        return "occurrence"  # 'was appointed', 'were killed': something happened to them
    return kind


_CUES = ("statement", "plan", "forecast", "status")


class _Cues(NamedTuple):
    # for each of _CUES, its words' starts and ends by the aside they stand in (-1: none)
    spans: list[dict[int, tuple[list[int], list[int]]]]
    asides: list[int]  # where each relative aside of the clause starts
    aside_ends: list[int]


def _cues_of(lex: Lexicon, text: str, start: int, end: int) -> _Cues:
    """A clause's telling words of each kind of _CUES, once for all the times in it."""
    memo = _found(lex, text).cues
    if (start, end) not in memo:
        memo[start, end] = _find_cues(lex, text, start, end)
    return memo[start, end]


def _find_cues(lex: Lexicon, text: str, start: int, end: int) -> _Cues:
    asides = relative_asides(lex, text, Span(start, end))
    aside_starts = [a.start for a in asides]
    spans = []
    for pattern in (lex.reporting, lex.plan, lex.forecast, lex.status):
        by_aside: dict[int, tuple[list[int], list[int]]] = {}
        for m in pattern.finditer(text, start, end):
            inside = bisect_right(aside_starts, m.start()) - 1
            group = inside if inside >= 0 and m.start() < asides[inside].end else -1
            starts, ends = by_aside.setdefault(group, ([], []))
            starts.append(m.start())
            ends.append(m.end())
        spans.append(by_aside)
    return _Cues(spans, aside_starts, [a.end for a in asides])


def _passive_in(lex: Lexicon, text: str, start: int, end: int) -> bool:
    memo = _found(lex, text).passive
    if (start, end) not in memo:
        memo[start, end] = _PASSIVE.search(text, start, end) is not None
    return memo[start, end]
