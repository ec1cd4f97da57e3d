"""The tense around a time expression: the verb cues of its sentence and the clause it
stands in, which decide whether a bare weekday or month is the last one or the next."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from operator import attrgetter
from typing import NamedTuple

from timeline.sentences import Span
from timeline.temporal import build_cache
from timeline.temporal.resolve import (
    CLEAR_PAST,
    FUTURE_IN_PAST,
    PAST_PLAN,
    POSSIBLE,
)
from timeline.temporal.trie import alternation, cases, word_opened
from timeline.temporal.vocab import load as load_vocab
from timeline.temporal.wording import (
    ends_in_word,
    ends_in_words,
    holds_any,
    last_words,
    phrase_ends,
    spaced,
)


@cache
def _clause_break() -> re.Pattern[str]:
    """What separates a clause from the next: its punctuation and the words that open a
    clause (vocab clause_break); a comma right before a digit separates thousands ('had
    sold 74,000 units on the first day'). Each branch opens with a character of its own:
    a word with its first letter, in each case re.IGNORECASE would take for it, then
    '\\b' tested behind it ('(?<!\\w\\w)'), the rest of it case-blind. So re knows the
    characters a match starts with, and skips to them in a tight loop of C, where it
    tried the regex at each position of a stretch when a look-ahead of them opened it
    (0.27% of `timex`'s instructions on TBAQ)."""
    rests: dict[str, list[str]] = {}
    for word in sorted({w.lower() for w in load_vocab().words("clause_break")}):
        rests.setdefault(word[0], []).append(word[1:])
    branches = [r",(?!\d)", *map(re.escape, ';:()"\u201c\u201d'), "``", "''"]
    for first, rest in rests.items():
        words = "|".join(rest)
        branches += [rf"{re.escape(case)}(?<!\w\w)(?i:{words})\b" for case in cases(first)]
    return build_cache.compile("|".join(branches))


_START = attrgetter("start")  # a sort key in C: cues are sorted per sentence


# A list of names ("Poland, Hungary and the Czech Republic", "Malaga and Faro") is one
# noun phrase: its commas and its 'and' open no clause.
_NAME = r"(?:the\s)?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}"


_NAME_LIST = re.compile(rf"(?<![\w.'-]){_NAME}(?:,\s{_NAME})*,?\s(?:and|or)\s{_NAME}")


_NAME_NEXT = re.compile(r"\s(?:the\s)?[A-Z]")  # after a comma or 'and' of a list

# 'and' before 'to' joins a second infinitive to the first ('expect to restart on Thursday
# and to be back by the weekend'): one clause, one tense; matched from the run's first
# space, so a search over a run of spaces stays linear
_AND_TO = re.compile(r"(?<!\s)\s++to\s", re.I)


def clause_break(text: str, lo: int, hi: int) -> bool:
    """Whether a clause ends between two offsets (_clause_break outside name lists, nor
    an 'and' before a second infinitive)."""
    found = _clause_break().search(text, lo, hi)
    while found is not None:
        if found.group().lower() == "and" and _AND_TO.match(text, found.end()):
            found = _clause_break().search(text, found.end(), hi)
            continue
        if found.group().lower() not in (",", "and") or not _NAME_NEXT.match(text, found.end()):
            return True
        names = _NAME_LIST.search(text, max(lo, found.start() - 80), hi)
        while names is not None and names.end() <= found.start():
            names = _NAME_LIST.search(text, names.end(), hi)
        if names is None or names.start() > found.start():
            return True
        found = _clause_break().search(text, names.end(), hi)
    return False


class Cue(NamedTuple):
    """A word of a sentence that shows its tense: 1 future, -1 past or present (or
    FUTURE_IN_PAST, PAST_PLAN)."""

    start: int
    end: int
    sign: int
    # a present tense of a clause of time or condition speaks for its own clause only
    own_clause_only: bool = False
    # a hint of the tense, not a verb's ('the leaders meet Monday'): it counts only where
    # no other cue does
    weak: bool = False
    # a plan verb in the past ('vowed to'): ahead only within its infinitive's words, a
    # past tense across a word that ends them ('vowed to fight on after losing in November')
    scoped: bool = False
    # a cue for the words after it only: a participle's with its agent ('ordered by the
    # ministry on Monday'), not for a time before it ('by August in the search for new
    # markets untouched by the crisis')
    after_only: bool = False


def cues_in(text: str, sentence: Span, lowered: str | None = None) -> list[Cue]:
    """The tense cue words of a sentence, in order. ``lowered`` is the text in lower
    case if it is ASCII: the cue words are found there without re.IGNORECASE, three times
    faster (case-blind matching costs per character), and a word in '-ed' (which must be
    in lower case, not a name) is checked in the text itself."""
    found = []
    plans_of_past: list[int] = []  # where a plan's participle after a past clause ends
    for m in _cue_matches(text, sentence, lowered):
        kind, start = m.lastgroup, m.start()
        if kind == "neutral" or (kind == "future" and (
                _modal_perfect(text, m) or _modal_guess(text, m))):
            continue
        if "-" in (text[start - 1 : start], text[m.end() : m.end() + 1]):
            continue  # 'a smaller-than-expected fall', 'newly-elected': a compound, no verb
        if kind == "future":
            if text[start:m.end()] != m.group().lower() and _lower_case_cue(m):
                continue  # 'in May' is the month
            if _to_a_noun(text, m):
                # 'had agreed to the new date on Monday': no infinitive, and a verb in
                # '-ed' before it is a past one
                verb = m.group().split()[0]
                if verb.endswith("ed"):
                    found.append(Cue(start, start + len(verb), -1))
                continue
            noun = _settled(text, m, "noun_cue")
            if noun and _feared().match(text, m.end()):
                # 'arrested a man over fears of an attack on Saturday': the attack is ahead
                found.append(Cue(start, m.end(), 1, after_only=True))
                continue
            if (noun or _settled(text, m, "settled_plan")
                    or _settled(text, m, "story_next") or _noun_before_preposition(text, m)
                    or _after_no_be(text, m, "cues")):
                continue  # "as previously planned Saturday night" was a plan, now done;
                # "were told of the plans on Tuesday" has no verb of plans; "withdrew
                # the film the next day" counts from the story's day; "cancelled due to
                # fog on Monday" gives a cause
            scoped = " ".join(m.group().lower().split()) in _plan_verbs()[0]
            sign = _future_sign(text, m)
            if sign == 1 and _plan_of_past(text, m, found):
                sign, scoped = FUTURE_IN_PAST, True
                plans_of_past.append(m.end())
            found.append(Cue(start, m.end(), sign, scoped=scoped,
                             after_only=_after_no_be(text, m, "reduced")))
        else:
            if _not_a_past_verb(text, start):
                continue  # "will be held" is future, whatever "held" looks like
            if verb_particle(text, m.group(), m.start()):
                continue  # "will wind down from December" compares with no figure
            if _absolute_participle().search(text, start - 48 if start > 48 else 0, start):
                continue  # ", with jade offered on Friday": the main verb's tense
            if _participle_by().match(text, m.end()):
                # a participle with its agent describes a noun: no tense of the sentence;
                # set off by a comma it is past in its own words ('An inquiry, ordered by
                # the ministry on Monday, will begin its hearings next week': last Monday),
                # not without ('will sell to regions spared by the drought in August')
                if _AFTER_COMMA.search(text, max(0, start - 3), start):
                    found.append(Cue(start, m.end(), -1, own_clause_only=True, after_only=True))
                continue
            if _hypothetical(text, sentence.start, start, lowered):
                found.append(Cue(start, m.end(), FUTURE_IN_PAST, own_clause_only=True))
                continue
            found.append(Cue(start, m.end(), -1))
    clauses, openers = _future_clause_regex(lowered is None), _future_clause_words()
    # most sentences hold no opener's word
    if lowered is None or holds_any(lowered, openers, sentence.start, sentence.end):
        for m in clauses.finditer(lowered or text, sentence.start, sentence.end):
            found.append(Cue(m.start("verb"), m.end("verb"), 1, own_clause_only=True))
    shows, verbs, records = _record_shows()
    if lowered is None or (holds_any(lowered, verbs, sentence.start, sentence.end)
                           and holds_any(lowered, records, sentence.start, sentence.end)):
        for m in shows.finditer(text, sentence.start, sentence.end):
            # 'CCTV footage shows a group of men walking south at 12.12am': the record's
            # present, what it shows a past of its own
            found.append(Cue(m.start("verb"), m.end("verb"), -1))
    plans, not_after, noun_after, result = _scheduled_present(lowered is None)
    for m in _present_matches(text, sentence.start, sentence.end):
        verb = m.lastgroup or "verb"
        if verb == "verb" and plans.fullmatch(m.group(verb)):
            continue  # 'The minister, who arrived on Sunday, heads home on Tuesday': a plan
        found.append(Cue(m.start(verb), m.end(verb), 0, own_clause_only=True))
    if lowered is None:
        scheduled = plans.finditer(text, sentence.start, sentence.end)
    else:
        scheduled = _led(plans, _plans_lead(), lowered, sentence.start, sentence.end)
    planned = []
    for m in scheduled:
        if (not_after.search(text, max(0, m.start() - 10), m.start()) is not None
                or result.match(text, m.end())):
            continue  # 'did not meet'; 'Shares close higher on Tuesday' tells a day gone
        bare = not m.group().split()[0].lower().endswith("s")  # 'meet', not 'takes place'
        if bare and noun_after.search(text, max(0, m.start() - 30), m.start()) is not None:
            continue  # 'a state visit'
        planned.append(Cue(m.start(), m.end(), 1, weak=True))
    if plans_of_past:
        # 'planning to walk to the bridge and return by evening': the bare verb after it is
        # the plan's, no plan of its own
        planned = [cue for cue in planned if cue.start < plans_of_past[0]]
    if planned and not _told_done(text, sentence):
        found.extend(planned)  # 'Leaders meet on Friday, agree deal' tells of no plan
    return sorted(found, key=_START)


def _told_done(text: str, sentence: Span) -> bool:
    """Whether a sentence holds a present verb of a completed outcome joined to the others
    as a headline joins them (vocab historic_present: 'Leaders meet in Brussels on Friday,
    agree migration deal', filed on the Saturday): a historic present, whose plan verbs
    tell no plan. Asked only of a sentence with one."""
    return _historic_present().search(text, sentence.start, sentence.end) is not None


@cache
def _historic_present() -> re.Pattern[str]:
    """One of vocab historic_present's `after` words and one of its verbs, no word of its
    `not_before` after it."""
    table = load_vocab().table("historic_present")
    verbs = alternation({w.lower() for w in table["words"]})
    joins = "|".join(rf"\b{re.escape(w)}" if w[0].isalnum() else re.escape(w)
                     for w in table["after"])
    nouns = alternation({w.lower() for w in table["not_before"]})
    return build_cache.compile(rf"(?:{joins})\s+{verbs}\b(?!\s+{nouns}\b)", re.I)


@cache
def _record_shows() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    """A record (vocab record_shows `records`: 'CCTV', 'footage', 'the log') and, up to 60
    characters on in its clause, its verb of showing (`verbs`), in the present: what the
    record shows came before it was read, so a time in its clause is a past one ('CCTV
    from a petrol station shows the van passing at 4.12am', told of a Monday months
    back); not a noun ('on show', 'a record'). And the verbs and the records in lower
    case, for a scan in C before the regex."""
    table = load_vocab().table("record_shows")
    records = tuple(sorted({w.lower() for w in table["records"]}))
    verbs = tuple(sorted({w.lower() for w in table["verbs"]}))
    return build_cache.compile(
        rf"\b{alternation(set(records))}\b[^.;:!?\"\u201c\u201d]{{0,60}}?"
        rf"(?<!\bon\s)(?<!\ba\s)(?<!\bthe\s)\b(?P<verb>{alternation(set(verbs))})\b",
        re.I), verbs, records


def _present_matches(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``_present_regex().finditer(text, lo, hi)``, its match tried only where the lead
    finds one, not at each character: the lead opens with a class that re skips to in C
    (the regex's '\\b' and its alternatives leave re no such start)."""
    regex, lead = _present_regex()
    end = lo
    for near in lead.finditer(text, lo, hi):
        at = near.start()
        if at >= end and (found := regex.match(text, at, hi)) is not None:
            yield found
            end = found.end()


@cache
def _present_regex() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A present form of 'be' (vocab present_cue `words`), or a verb in -s right after an
    aside between commas that opens with a participle or one of its `aside_openers`
    ('The deal, agreed at City Hall, gives teachers a pay rise'): its clause is told in
    the present, whatever the aside's verb. And its lead: the first letter of such a
    form where a word starts and the rest of one, or a comma and an aside's opener. The
    forms match in ASCII case (re's own would take a Turkish dotless i for 'i'), so that
    the lead's class, without case-insensitivity, holds every first letter."""
    table = load_vocab().table("present_cue")
    be = {w.lower() for w in table["words"]}
    words = rf"(?ai:{alternation(be)})\b"
    first = "".join(sorted({c for w in be for c in (w[0], w[0].upper())}))
    rests = rf"(?ai:{alternation({w[1:] for w in be})})\b"  # the words after their first letter
    openers = alternation({w.lower() for w in table["aside_openers"]})
    opener = rf"\s+(?:{openers}|[a-z]+ed)\b"
    aside = rf",{opener}"
    regex = build_cache.compile(
        rf"\b(?P<be>{words})(?!\s+(?i:to)\b)"
        rf"|{aside}(?:[^,;.]|(?<=\w)\.(?=\w|\s+[a-z\d])){{0,80}},\s+"
        rf"(?P<verb>[a-z]+[^\Ws]s)\s+(?!and\b)"
    )
    lead = build_cache.compile(rf"[{first},](?<!\w[{first}])(?:(?<=,){opener}|{rests})")
    return regex, lead


def _hypothetical(text: str, sentence_start: int, at: int, lowered: str | None = None) -> bool:
    """Whether a past form at ``at`` stands in a clause of condition after a modal of its
    sentence (vocab hypothetical_past: 'said it would strike on Monday if talks on Friday
    failed'). ``lowered``, the text in lower case if it is ASCII, lets a scan in C for the
    openers' words spare the regex, tried at each of 80 positions, most past forms."""
    opener, modal, whether, words = _hypothetical_regex()
    lo = max(sentence_start, at - 80)
    if lowered is not None and not holds_any(lowered, words, lo, at):
        return False
    found = opener.search(text, lo, at)
    if found is None or whether.search(text, max(sentence_start, found.start() - 20),
                                       found.start()):
        return False  # "would not say if ...": 'if' is 'whether'
    return modal.search(text, sentence_start, found.start()) is not None


@cache
def _hypothetical_regex() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]
]:
    """An opener of a condition up to ten words before the end of a stretch, no comma
    between; a modal; a word after which 'if' is 'whether', ending a stretch; and the
    openers' words, in lower case."""
    table = load_vocab().table("hypothetical_past")
    words = tuple(sorted({w.lower() for w in table["openers"]}))
    openers = alternation(words)
    modals = alternation({w.lower() for w in table["modals"]})
    whether = alternation({w.lower() for w in table["not_after"]})
    return (build_cache.compile(rf"\b{openers}\s++(?:[^\s,;]+\s++){{0,10}}$", re.I),
            build_cache.compile(rf"\b{modals}\b", re.I),
            build_cache.compile(rf"\b{whether}\s+$", re.I), words)


def _cue_matches(text: str, sentence: Span, lowered: str | None) -> Iterator[re.Match[str]]:
    """The cue regex's matches in a sentence, as finditer finds them in ``text``."""
    if lowered is None:
        yield from _cue_regex(True).finditer(text, sentence.start, sentence.end)
        return

    def misread(m: re.Match[str]) -> bool:
        ed = m.start("ed")  # 'Ted' is no past tense; no cue starts inside a word
        return ed >= 0 and not text[ed : m.end("ed")].islower()

    yield from _led(_cue_regex(False), _cue_lead(), lowered, sentence.start, sentence.end,
                    misread)


@cache
def _cue_lead() -> re.Pattern[str]:
    """Where a cue of the lower-case regex (_cue_regex(False)) may start, found one
    character early: a character that is no part of a word, then a cue word without the
    '\\b' it opens with (a cue word that opens with such a character, as "'ll", without
    it), or a word in '-ed'. The cue regex opens with '\\b', so re tries it at every
    character of a sentence; this one opens with a class, which re skips to in C. A cue
    starting at a word starts right after the character this finds there, and "'ll"
    at it; so no cue starts between where a search starts and where this finds one."""
    words = {w.lower() for table in ("past_inability", "neutral_cue", "future_cue", "past_cue")
             for w in load_vocab().words(table)}
    bare = {w if w[0].isalnum() else w[1:] for w in words}
    return build_cache.compile(rf"[^a-z0-9_](?:{alternation(bare)}|[a-z]+ed)\b")


def _lower_case_cue(cue: re.Match[str]) -> bool:
    """Whether a future cue counts only in lower case (vocab future_cue `lower_case`: 'may',
    not the month 'May')."""
    return cue.group().lower() in _lower_case_cues()


def _to_a_noun(text: str, cue: re.Match[str]) -> bool:
    """Whether a future cue's 'to' is a preposition before a noun's determiner (vocab
    future_cue `noun_after_to`: 'agreed to the new start date'), not an infinitive's."""
    said = " ".join(cue.group().lower().split())
    if not said.endswith(" to") or said in _to_future()[1]:
        return False
    return _to_future()[0].match(text, cue.end()) is not None


@cache
def _to_future() -> tuple[re.Pattern[str], frozenset[str]]:
    table = load_vocab().table("future_cue")
    nouns = alternation({w.lower() for w in table["noun_after_to"]})
    return (build_cache.compile(rf"\s+(?:{nouns}|\d)\b", re.I),
            frozenset(table["to_still_future"]))


@cache
def _lower_case_cues() -> frozenset[str]:
    return frozenset(load_vocab().words("future_cue", "lower_case"))


def verb_particle(text: str, phrase: str, start: int) -> bool:
    """Whether a comparison cue ``phrase`` at ``start`` ('down from', vocab
    comparison_cue) follows no figure, a comma or a figure's unit, but a verb whose
    particle it is ('will wind down from December', 'drove up from Durban on Friday')."""
    words, after = _comparison_cue()
    if " ".join(phrase.lower().split()) not in words:
        return False
    return after.search(text, max(0, start - 16), start) is None


@cache
def _comparison_cue() -> tuple[frozenset[str], re.Pattern[str]]:
    table = load_vocab().table("comparison_cue")
    units = alternation({w.lower() for w in table["after"]}, spaced)
    return (frozenset(w.lower() for w in table["words"]),
            build_cache.compile(rf"(?:[,\d%]|\b{units})\s*$", re.I))


def _modal_perfect(text: str, cue: re.Match[str]) -> bool:
    """Whether a future cue is a modal before 'have' and a past participle ('should have
    cut rates in March'), which looks back; before 'have' as a main verb ('should have
    their refunds by Friday') the modal is a future cue."""
    modals, perfect = _modal_perfect_regex()
    return cue.group().lower() in modals and perfect.match(text, cue.end()) is not None


@cache
def _modal_perfect_regex() -> tuple[frozenset[str], re.Pattern[str]]:
    """The modals of vocab.toml [modal_perfect], and what follows one that looks back:
    'have' and a past participle (in lower case, as a word in -ed must be)."""
    table = load_vocab().table("modal_perfect")
    adverbs = alternation({w.lower() for w in table["adverbs"]})
    participles = alternation({w.lower() for w in table["participles"]})
    return frozenset(table["modals"]), build_cache.compile(
        rf"(?:\s+{adverbs})?(?:\s+(?i:have)|'ve)\s+(?:(?:{adverbs}|[a-z]+ly)\s+)?"
        rf"(?:{participles}|[a-z]+ed)\b"
    )


def _modal_guess(text: str, cue: re.Match[str]) -> bool:
    """Whether a modal guesses at the cause of what is known (vocab modal_guess: 'the fire
    may be linked to a blaze on Sunday'), which tells no future."""
    modals, links = _modal_guess_regex()
    return cue.group().lower() in modals and links.match(text, cue.end()) is not None


@cache
def _modal_guess_regex() -> tuple[frozenset[str], re.Pattern[str]]:
    table = load_vocab().table("modal_guess")
    adverbs = alternation({w.lower() for w in table["adverbs"]}, spaced)
    links = alternation({w.lower() for w in table["links"]}, spaced)
    return frozenset(table["modals"]), build_cache.compile(
        rf"\s+(?:(?:{adverbs}|[a-z]+ly)\s+)?{links}\b", re.I
    )


def _future_sign(text: str, cue: re.Match[str]) -> int:
    """1 for a future cue; for one told from the past, FUTURE_IN_PAST from a saying
    ('would') or a plan verb in the past ('promised to') and PAST_PLAN for a plan ('was
    scheduled to', 'planned to'): that future was ahead of then, not necessarily of the
    publication; POSSIBLE for a modal of what may happen ('could'), which may be a past
    ability too."""
    words, plans, possible, new_dates, before = _future_in_past()
    word = " ".join(cue.group().lower().split())
    if _past_perfect().search(text, max(0, cue.start() - 60), cue.start()):
        return PAST_PLAN if word in plans else -1
    if word in words or word in _plan_verbs()[0]:
        return FUTURE_IN_PAST
    if word in plans or _pronoun_past(text, word, cue.start()):
        return PAST_PLAN
    if word in possible:
        return POSSIBLE
    if word not in new_dates and before.search(text, max(0, cue.start() - 12), cue.start()):
        return PAST_PLAN
    return 1


def _plan_of_past(text: str, cue: re.Match[str], found: list[Cue]) -> bool:
    """Whether a future cue is a participle of a plan set off by a comma after a past
    clause, or one with no cue before it (vocab future_in_past participle_plans: 'set out
    from the camp on Sunday, planning to return by evening'): the plan was ahead of that
    past, as a plan verb in the past is."""
    if " ".join(cue.group().lower().split()) not in _participle_plans():
        return False
    if _AFTER_COMMA.search(text, max(0, cue.start() - 3), cue.start()) is None:
        return False
    # a past verb the cues know before it, or none ('set out on Sunday', irregular)
    return not found or (found[-1].sign < 0 and not found[-1].own_clause_only)


@cache
def _participle_plans() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab().table("future_in_past")["participle_plans"])


def _pronoun_past(text: str, word: str, start: int) -> bool:
    """Whether a future cue is a past verb right after its subject pronoun ('She
    expected to be back by 3 p.m.'; vocab future_in_past pronoun_past)."""
    words, pronoun = _pronoun_past_regex()
    return word in words and pronoun.search(text, max(0, start - 8), start) is not None


@cache
def _pronoun_past_regex() -> tuple[frozenset[str], re.Pattern[str]]:
    table = load_vocab().table("future_in_past")
    pronouns = alternation({w.lower() for w in table["pronouns"]})
    return (frozenset(table["pronoun_past"]),
            build_cache.compile(rf"\b{pronouns}\s+$", re.I))


@cache
def _plan_verbs() -> tuple[frozenset[str], re.Pattern[str]]:
    """The plan verbs of vocab future_in_past, and the words that end their reach."""
    table = load_vocab().table("future_in_past")
    ends = alternation({w.lower() for w in table["scope_ends"]})
    return frozenset(" ".join(w.lower().split()) for w in table["plan_verbs"]), build_cache.compile(
        rf"\b{ends}\b", re.I
    )


@cache
def _future_in_past() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]
]:
    table = load_vocab().table("future_in_past")
    before = alternation({w.lower() for w in table["before"]}, spaced)
    return (
        frozenset(table["words"]),
        frozenset(table["plans"]),
        frozenset(table["possible"]),
        frozenset(table["new_dates"]),
        build_cache.compile(rf"\b{before}\s+$", re.I),
    )


@cache
def _past_perfect() -> re.Pattern[str]:
    """What ends right before a future cue in a past-perfect clause: 'had', then the cue
    itself ('had warned of') or a participle other than 'been' and a few words ('had issued
    a warning of')."""
    table = load_vocab().table("future_in_past")
    perfect = alternation({w.lower() for w in table["perfect"]})
    reach = int(table["perfect_reach"])
    return build_cache.compile(
        rf"\b{perfect}\s+(?:(?!been\b)[a-z]+\s+(?:[a-z]+\s+){{0,{reach - 1}}})?$", re.I
    )


@cache
def _scheduled_present(
    case_blind: bool = True,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A bare present that tells of a plan ('the leaders meet Monday'); the words before
    it that make it none ('did not meet', 'his visit', a count: 'by 38 votes'); before
    its form without -s, a determiner and a word not in -s, which make it a noun ('a
    state visit'); and a word of a market's result up to three words after it ('close
    higher', 'end the week lower')."""
    table = load_vocab().table("scheduled_present")
    verbs = alternation({w.lower() for w in table["words"]})
    not_after = alternation({w.lower() for w in table["not_after"]})
    results = alternation({w.lower() for w in table["not_before"]})
    determiners = [w.lower() for w in table["determiners"]]
    possessive = alternation({w for w in determiners if not w[0].isalpha()})
    articles = alternation({w for w in determiners if w[0].isalpha()})
    determiner = rf"(?:\b{articles}|{possessive})"
    # a figure before it makes it a noun too ('won by 38 votes at 14:30 GMT Sunday'), but
    # not one that names the subject ('The Group of 20 meets on Sunday')
    names = "".join(rf"(?<!\b{re.escape(w.lower())}\s)" for w in table["figure_names"])
    count_of = alternation({w.lower() for w in table["count_of"]})
    figure = rf"(?:(?<!\S){names}|(?-i:\b[a-z])\w*\s+{count_of}\s+)\d[\d,.]*"
    return (
        build_cache.compile(rf"\b{verbs}\b", re.I if case_blind else 0),
        build_cache.compile(rf"(?:\b{not_after}|{determiner}|{figure})\s+$", re.I),
        build_cache.compile(rf"{determiner}\s+[\w-]*[^\W\d_s]\s+$", re.I),
        build_cache.compile(rf"(?:\s+(?-i:[a-z]+)){{0,2}}\s+{results}\b", re.I),
    )


@cache
def _plans_lead() -> re.Pattern[str]:
    """What leads to the verbs of _scheduled_present(False) (see _led): a character that is
    no part of a word, then one of them."""
    words = {w.lower() for w in load_vocab().table("scheduled_present")["words"]}
    return build_cache.compile(rf"[^a-z0-9_]{alternation(words)}\b")


def _led(
    regex: re.Pattern[str], lead: re.Pattern[str], text: str, lo: int, hi: int,
    misread: Callable[[re.Match[str]], bool] | None = None,
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, lo, hi)`` for a regex that opens with '\\b' (so re tries it
    at every character) and none of whose matches starts more than one character after
    where ``lead``, which opens with a class that re skips to in C, finds one: each search
    starts there. A match ``misread`` refuses is passed over and the search goes on from
    the character after its start."""
    at = lo
    while True:
        if at:
            near = lead.search(text, at - 1, hi)
            if near is None:
                return
            at = max(at, near.start())
        found = regex.search(text, at, hi)
        if found is None:
            return
        if misread is not None and misread(found):
            at = found.start() + 1
            continue
        yield found
        at = found.end()


def happened(text: str, start: int, end: int) -> int:
    """Whether a happening dates the expression (-1: it has happened, 1: it is still
    ahead, 0: no happening): a noun of one before it in its clause and a preposition ('is
    in custody after an arrest on Thursday', 'the attack on the embassy on Monday'), or
    after its possessive ('Thursday's close'); one feared, expected or threatened ('Police
    fear an attack on Saturday') is ahead. Looked for only where no verb of the clause
    tells the tense."""
    before, after, ahead = _happening()
    if after.match(text, end) is not None:
        return 1 if ahead.search(text, max(0, start - _AHEAD_REACH), start) else -1
    lo = max(0, start - _HAPPENING_REACH)
    for m in before.finditer(text, lo, start):
        if _clause_break().search(text, m.end(), start) is None:
            told = ahead.search(text, max(0, m.start() - _AHEAD_REACH), m.start())
            return 1 if told is not None else -1
    return 0


def _possessive_happening(text: str, start: int, end: int) -> bool:
    """Whether the expression is the possessive of a happening ('Friday's attack',
    'Wednesday's ruling'), which has taken place whatever the clause's verb does with it,
    unless a word before puts it ahead ('Investors await Friday's decision')."""
    _, after, ahead = _happening()
    if after.match(text, end) is None:
        return False
    return ahead.search(text, max(0, start - _AHEAD_REACH), start) is None


def _coming_possessive(text: str, start: int, end: int) -> bool:
    """Whether the expression is a possessive after a word of what comes before it
    ('ahead of Sunday's vote', 'before Friday's deadline'; vocab coming_possessive): a
    time still to come, unless its clause tells of the past."""
    before, plans = _coming_possessive_regex()
    # the last word first (ends_in_word): most times follow none of the phrases
    if (ends_in_word(text, start, phrase_ends("coming_possessive", "words"))
            and before.search(text, max(0, start - 24), start) is not None):
        return text.startswith(("'s", "\u2019s"), end)
    if not ends_in_word(text, start, phrase_ends("coming_possessive", "plan_words")):
        return False
    return plans.search(text, max(0, start - 12), start) is not None and (
        _plan_after().match(text, end) is not None
    )


def _perfect_before(text: str, cues: list[Cue], start: int) -> bool:
    """Whether the last cue before the expression is a past form in a present perfect
    ('has called for calm ahead of Sunday's vote'; vocab coming_possessive `perfect`),
    which is told from now."""
    cue = past_cue_before(cues, start)
    if cue is None:
        return False
    return _perfect_regex().search(text, max(0, cue.start - 16), cue.start) is not None


def past_cue_before(cues: list[Cue], start: int) -> Cue | None:
    """The last cue ending before an expression, when it is a past form."""
    before = [cue for cue in cues if cue.end <= start]
    return before[-1] if before and before[-1].sign == -1 else None


@cache
def _perfect_regex() -> re.Pattern[str]:
    words = alternation({w.lower() for w in load_vocab().table("coming_possessive")["perfect"]})
    return build_cache.compile(rf"\b{words}\s+(?:(?-i:[a-z]+ly)\s+)?$", re.I)


@cache
def _coming_possessive_regex() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before a possessive of a time to come, and those before it only when
    a plan follows (vocab coming_possessive)."""
    table = load_vocab().table("coming_possessive")
    words = alternation({w.lower() for w in table["words"]}, spaced)
    plans = alternation({w.lower() for w in table["plan_words"]}, spaced)
    return (build_cache.compile(rf"\b{words}\s+$", re.I),
            build_cache.compile(rf"\b{plans}\s+$", re.I))


@cache
def _plan_after() -> re.Pattern[str]:
    """A possessive and a noun of a plan ('Friday's deadline', 'Sunday's vote')."""
    nouns = alternation({w.lower() for w in load_vocab().table("coming_possessive")["plans"]})
    return build_cache.compile(rf"['\u2019]s\s+(?:[\w-]+\s+)?{nouns}\b", re.I)


_HAPPENING_REACH = 60  # 'after an attack on the embassy in the capital's north on'


_AHEAD_REACH = 40  # 'fear a coordinated terrorist attack on'


def _after_happening(text: str, start: int) -> bool:
    """'after the crash on', 'following an attack in': a happening named after one of
    happening_noun's `since_words`, with up to two words of its noun phrase before it, and
    a preposition, right before a time; not one of those words an `ahead_before` word,
    which puts it ahead ('after the planned outage on Sunday'). The last two words are
    tested first (ends_in_words): the regex is tried at each position of its window, and
    hardly a time follows a happening's noun and a preposition (12 of 1,648 on TBAQ)."""
    regex, prepositions, nouns = _after_happening_regex()
    if not ends_in_words(text, start, prepositions, nouns):
        return False
    return regex.search(text, max(0, start - _HAPPENING_REACH), start) is not None


def _requested_start(text: str, start: int) -> bool:
    """Whether 'from' before the time starts what a request asked for, its object and
    infinitive before it ('had asked storage operators to raise withdrawals from';
    vocab requested_start): a time after the asking. 'from' is tested first."""
    if not text.endswith(" from ", max(0, start - 6), start):
        return False
    return _requested_regex().search(text, max(0, start - _REQUEST_REACH), start) is not None


_REQUEST_REACH = 100  # 'urged the country's gas storage operators to raise their withdrawals from '


@cache
def _requested_regex() -> re.Pattern[str]:
    """_requested_start's regex: a verb of requests, up to four words of its object, 'to'
    and up to six words of the infinitive's phrase, none a participle in -ed, 'from'."""
    verbs = alternation(set(load_vocab().table("requested_start")["verbs"]), spaced)
    word = r"(?![a-z]+ed\s)[\w'\u2019-]+\s+"
    return build_cache.compile(
        rf"\b{verbs}\s+(?:{word}){{1,4}}?to\s+(?:{word}){{1,6}}?from\s+$", re.I)


def _arranged_for(text: str, start: int, end: int) -> bool:
    """Whether a weekday follows 'for' after a noun of a thing arranged for a day
    (vocab arranged_for): 'called a members' meeting for Thursday evening' is a day ahead
    of the calling, as a request's start is (_requested_start). 'for ' is tested first.
    Not a weekday's possessive: 'the vigil for Monday's victims' is for the victims; nor
    one a verb of a figure's change follows ('Bookings for Monday fell by a third', vocab
    arranged_for `changed`): what the bookings came to on a day gone."""
    if not text.endswith("for ", max(0, start - 4), start) or text.startswith(
            ("'s", "\u2019s"), end):
        return False
    return (_arranged_regex().search(text, max(0, start - _ARRANGED_REACH), start) is not None
            and _weekday_regex().match(text, start, end) is not None
            and _changed_regex().match(text, end, end + _CHANGED_REACH) is None)


_ARRANGED_REACH = 20  # ' reservations for '
_CHANGED_REACH = 40  # ' and Tuesday evening had fallen'


@cache
def _changed_regex() -> re.Pattern[str]:
    """_arranged_for's regex of a figure's change after the weekday (vocab arranged_for
    `changed`), up to three words between it and the weekday and no comma ('for Monday
    and Tuesday had fallen'). Not in the present perfect: 'Reservations for Sunday have
    dropped since the storm warning' still change, so Sunday is ahead."""
    verbs = alternation({w.lower() for w in load_vocab().table("arranged_for")["changed"]})
    return build_cache.compile(
        rf"(?:\s+(?!ha(?:ve|s)\b)[\w\x27\u2019]+){{0,3}}?\s+(?:had\s+)?{verbs}\b", re.I)


@cache
def _arranged_regex() -> re.Pattern[str]:
    """_arranged_for's regex: a noun of vocab arranged_for, then 'for' ending the text."""
    nouns = alternation({w.lower() for w in load_vocab().table("arranged_for")["nouns"]})
    return build_cache.compile(rf"\b{nouns}\s+for\s+$", re.I)


def _place_schedule(text: str, start: int) -> bool:
    """Whether a present copula places its subject at a named place right before the
    time, a comma or 'on' between ('The meeting is at St Aidan's church hall, Tuesday';
    vocab place_schedule): a schedule. The comma or 'on' is tested first: most times
    follow neither."""
    if not text.endswith((", ", " on "), max(0, start - 4), start):
        return False
    return _place_schedule_regex().search(text, max(0, start - _PLACE_REACH), start) is not None


_PLACE_REACH = 90  # 'are at the Royal Northern College of Music in Manchester on '


@cache
def _place_schedule_regex() -> re.Pattern[str]:
    """_place_schedule's regex: a copula, 'at', a place's words (one capitalised), then a
    comma or 'on' (vocab place_schedule)."""
    table = load_vocab().table("place_schedule")
    verbs = alternation({w.lower() for w in table["verbs"]})
    words = alternation(set(table["words"]))
    name = r"[A-Z][\w'\u2019.-]*"
    word = rf"(?:(?i:{words})|{name}|[a-z]+['\u2019]s)"
    return build_cache.compile(
        rf"(?i:\b{verbs})\s+at\s+(?:{word}\s+){{0,6}}?{name}(?:\s+{word}){{0,6}}?"
        r"(?:,\s*+|\s+on\s+)$")


@cache
def _after_happening_regex() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    """_after_happening's regex, its prepositions and its nouns' last words (lower case)."""
    table = load_vocab().table("happening_noun")
    since = alternation({w.lower() for w in table["since_words"]})
    nouns = alternation({w.lower() for w in table["words"]})
    prepositions = tuple(sorted({w.lower() for w in table["prepositions"]}))
    determiners = alternation({w.lower() for w in table["since_determiners"]})
    ahead = alternation({w.lower() for w in table["ahead_before"] if " " not in w})
    regex = build_cache.compile(
        rf"\b{since}\s+(?:{determiners}\s+)?(?:(?!{ahead}\s)[\w-]+\s+){{0,2}}{nouns}\s+"
        rf"{alternation(prepositions)}\s+$", re.I)
    return regex, prepositions, last_words(table["words"])


@cache
def _happening() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A happening noun and a preposition; a possessive and a happening noun; a word that
    puts the happening ahead, with the determiner and up to three words of the noun
    phrase before the noun ('fear a coordinated terrorist')."""
    table = load_vocab().table("happening_noun")
    nouns = {w.lower() for w in table["words"]}
    after_time = alternation({w.lower() for w in table["words"] + table["after_time"]})
    prepositions = alternation({w.lower() for w in table["prepositions"]})
    ahead = alternation({w.lower() for w in table["ahead_before"]}, spaced)
    return (
        build_cache.compile(rf"{word_opened(nouns)}(?i:\s+{prepositions}\b)"),
        build_cache.compile(rf"['\u2019]s\s+{after_time}\b", re.I),
        build_cache.compile(rf"\b{ahead}\s+(?:(?:an?|the|another|further|more)\s+)?(?:[\w-]+\s+){{0,3}}$",
                   re.I),
    )


def _not_a_past_verb(text: str, start: int) -> bool:
    """Whether the words before a past form make it no past tense (vocab.toml
    not_a_past_verb), also with an adverb in -ly between ('a remotely operated vehicle',
    'is widely expected'); a capital ('in July') is no adverb, nor a noun in -ly ('The
    family gave them', vocab not_a_past_verb `ly_nouns`). The last words are tested
    first (ends_in_word), in C: the regex is tried at each position of its window, and
    on TBAQ seven past forms in eight follow no such word."""
    regex, words = _not_a_past_verb_regex()
    if not (ends_in_word(text, start, words) or ends_in_words(text, start, ("ly",), words)):
        return False
    return regex.search(text, start - 24 if start > 24 else 0, start) is not None


@cache
def _not_a_past_verb_regex() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """_not_a_past_verb's regex, and its words (lower case)."""
    words = tuple(sorted({w.lower() for w in load_vocab().words("not_a_past_verb")}))
    nouns = alternation(set(load_vocab().words("not_a_past_verb", "ly_nouns")))
    regex = build_cache.compile(
        rf"\b{alternation(words)}\s+(?:(?-i:(?!(?:{nouns})\s)[a-z]+ly)\s+)?$", re.I)
    return regex, words


@cache
def _absolute_participle() -> re.Pattern[str]:
    """A comma, an opener of absolute_clause and up to five words of its noun phrase, no
    relative pronoun, right before a past form: the form is the participle of an
    absolute phrase ('continue until Saturday, with paintings and jade offered on
    Friday'), no verb of the sentence."""
    openers = alternation({w.lower() for w in load_vocab().words("absolute_clause", "openers")})
    relative = alternation({w.lower() for w in load_vocab().words("absolute_clause", "relative")})
    return build_cache.compile(rf",\s+{openers}\s+(?!{relative}\b)(?:[\w'-]+\s+){{1,5}}$", re.I)


@cache
def _participle_by() -> re.Pattern[str]:
    """'by' and an agent after a participle ('markets untouched by the crisis', 'a group
    led by him'): it describes a noun, unless a form of 'be' before it makes it a
    passive verb, which is a cue of its own. 'rose by 5%', 'fell by a third' and 'by a
    record 40,000' are verbs: an amount follows, not an agent."""
    table = load_vocab().table("participle_agent")
    amounts = alternation({w.lower() for w in table["amounts"]}, spaced)
    determiners = alternation({w.lower() for w in table["determiners"]})
    # 'a'/'an', a word and a number: 'by an estimated 5%', 'by a record $2 billion'
    counted = r"(?i:an?)\s+[\w-]+\s+[$\u00a3\u20ac]?\d"
    return build_cache.compile(rf"\s+by\s+(?!(?i:{amounts})\b|{counted})(?:{determiners}|[A-Z])\b")


def _settled(text: str, cue: re.Match[str], table: str) -> bool:
    """Whether a future cue such as 'planned' or 'expected' (settled_plan's `cues`) is a
    plan of the past or describes a noun, by the word before it ('as previously planned',
    'the hastily planned trip'), or is a noun itself (noun_cue: 'told of the plans', and
    after a number 'by 64 votes to 57'); other cues ('already set to rise') keep their
    future."""
    cues, before = _settled_plan(table)
    if cue.group().lower() not in cues:
        return False
    return before.search(text, max(0, cue.start() - 12), cue.start()) is not None


def _after_no_be(text: str, cue: re.Match[str], field: str) -> bool:
    """Whether a future cue of vocab scheduled_be's ``field`` stands after no form of
    'be': a cue of a schedule (`cues`: 'is due to arrive') then gives a cause ('cancelled
    due to fog'), and a `reduced` one describes the noun before it ('an election expected
    to return the ruling party'), ahead for the words after it only."""
    if " ".join(cue.group().lower().split()) not in _scheduled_be_cues(field):
        return False
    if field == "cues" and _scheduled_aside(text, cue):
        return False
    return _be_before().search(text, max(0, cue.start() - 32), cue.start()) is None


def _scheduled_aside(text: str, cue: re.Match[str]) -> bool:
    """Whether a schedule's cue stands in an aside set off by commas, or a clause opened by
    'with' (vocab scheduled_be `absolute`), as a reduced 'which is due to' ('The inquiry,
    due to report in June, has heard 40 witnesses'), not before a noun phrase of a cause
    (`causes`: 'The game, due to the rain on Saturday, was called off')."""
    before, after, cause = _scheduled_aside_regex()
    return (before.search(text, max(0, cue.start() - 40), cue.start()) is not None
            and after.match(text, cue.end()) is not None and cause.match(text, cue.end()) is None)


@cache
def _scheduled_aside_regex() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What opens such an aside or clause (a comma, not after a past form: 'Flights were
    cancelled, due to fog on Monday, and again'; or an `absolute` word and up to three
    words of its noun phrase; maybe an adverb after), the comma that closes it, and a
    `causes` word right after the cue."""
    table = load_vocab().table("scheduled_be")
    adverbs = alternation({w.lower() for w in table["adverbs"]})
    absolute = alternation({w.lower() for w in table["absolute"]})
    causes = alternation({w.lower() for w in table["causes"]})
    return (build_cache.compile(rf"(?:(?<![a-z]ed),|\b{absolute}(?:\s+[\w'\u2019-]+){{1,3}})"
                                rf"(?:\s+(?:{adverbs}|[a-z]+ly))?\s+$", re.I),
            build_cache.compile(r"[^,.;:!?]*,"),
            build_cache.compile(rf"\s+{causes}\b", re.I))


@cache
def _scheduled_be_cues(field: str) -> frozenset[str]:
    return frozenset(load_vocab().table("scheduled_be")[field])


@cache
def _be_before() -> re.Pattern[str]:
    """A form of 'be', maybe with an adverb after it, right before an offset."""
    table = load_vocab().table("scheduled_be")
    be = alternation({w.lower() for w in table["be"]})
    adverbs = alternation({w.lower() for w in table["adverbs"]})
    return build_cache.compile(rf"\b{be}(?:\s+(?:{adverbs}|[a-z]+ly))?\s+$", re.I)


def _noun_before_preposition(text: str, cue: re.Match[str]) -> bool:
    """Whether a future cue that is also a plural noun (noun_cue `preposition_cues`) has
    a preposition right after it, which only the noun takes ('vacation plans for the
    trip', 'announced plans on Monday to build a plant')."""
    cues, after = _preposition_after_noun()
    return cue.group().lower() in cues and after.match(text, cue.end()) is not None


@cache
def _preposition_after_noun() -> tuple[frozenset[str], re.Pattern[str]]:
    table = load_vocab().table("noun_cue")
    prepositions = alternation({w.lower() for w in table["prepositions"]})
    return (frozenset(w.lower() for w in table["preposition_cues"]),
            build_cache.compile(rf"\s+{prepositions}\b", re.I))


@cache
def _feared() -> re.Pattern[str]:
    """Right after a noun of noun_cue's `feared` ('fears'), one of its `feared_objects`:
    what follows is what is feared, still ahead."""
    table = load_vocab().table("noun_cue")
    nouns = alternation({w.lower() for w in table["feared"]})
    objects = alternation({w.lower() for w in table["feared_objects"]})
    return build_cache.compile(rf"(?<={nouns})\s+{objects}\b", re.I)


@cache
def _settled_plan(name: str) -> tuple[frozenset[str], re.Pattern[str]]:
    vocab = load_vocab()
    table = vocab.table(name)
    words = {w.lower() for w in table["words"]}
    if table.get("counted"):
        words |= {w.lower() for w in vocab.table("number")}
    numeral = r"|\d" if table.get("counted") else ""
    return frozenset(table["cues"]), build_cache.compile(
        rf"(?:\b{alternation(words)}{numeral})\s+$", re.I
    )


@cache
def _future_clause_regex(case_blind: bool = True) -> re.Pattern[str]:
    """A present tense in a clause of time or condition, which speaks of the future
    ('when the case is heard in May', 'once the bridge reopens')."""
    table = load_vocab().table("future_clause")
    openers = alternation({w.lower() for w in table["openers"]}, spaced)
    verbs = alternation({w.lower() for w in table["verbs"]})
    pattern = rf"\b{openers}\s+(?:[\w'-]+\s+){{0,4}}?(?P<verb>{verbs})\b"
    return build_cache.compile(pattern, re.I if case_blind else 0)


@cache
def _future_clause_words() -> tuple[str, ...]:
    """A word of each opener of future_clause, its longest ('soon' of 'as soon as'), in
    lower case: a sentence without any holds no clause of time or condition, which a
    scan in C for each tells before the regex is tried at every position."""
    openers = load_vocab().table("future_clause")["openers"]
    return tuple(sorted({max(w.lower().split(), key=len) for w in openers}))


def tense_near(text: str, cues: list[Cue], start: int, end: int) -> int:
    """The tense (a Cue's sign, 0 for none) of the verb that most likely governs the
    expression.

    That is the nearest cue word in the expression's own clause (no comma, quote or
    clause opener such as 'that' or 'and' between them): in "he said the board will meet
    on Friday" the 'will' of the complement clause, not the 'said' of the main one. A
    time ahead of its clause ("On Friday, the board will meet") has no cue in its clause
    and takes the nearest cue of the sentence. Where the clause has no cue, a happening
    that the expression dates tells of the past ("after an arrest on Thursday"). A weak
    cue counts only where no other does: in the clause before any of the sentence ("The
    leaders meet Monday, the ministry said"), in the sentence after all ("After a state
    visit on Monday, the king flew home" has no cue in 'visit').
    """
    start, end = outside_parentheses(text, start, end)
    # the nearest cue (distance, sign) in the clause and anywhere, strong and weak
    same_clause: list[tuple[int, int] | None] = [None, None]
    anywhere: list[tuple[int, int] | None] = [None, None]
    before: tuple[int, int] | None = None  # the nearest strong cue before it
    # the nearest cue before it in its clause, and the nearest strong one
    nearest_before: Cue | None = None
    strong_before: Cue | None = None
    for cue in cues:
        if start <= cue.start < end or (cue.after_only and cue.end > start):
            continue  # the expression's own words ('last' of 'last Friday')
        if (cue.weak and cue.end <= start and _plan_across().search(text, cue.end, start)
                and not _after_pause().search(text, max(0, start - 24), start)):
            # 'face an anxious wait after their defeat on Sunday': the defeat's, but not
            # after a pause ('resume after the Easter break on Monday': the break ends then)
            continue
        gap = (cue.end, start) if cue.end <= start else (end, cue.start)
        distance = gap[1] - gap[0]
        sign = cue.sign
        if cue.scoped:
            beyond = cue.end > start or _plan_verbs()[1].search(text, *gap) is not None
            # what a plan made in the past was for: a weekday or a month the coming one
            # ('voted to strike on Monday'), a date with its day of the month one that may
            # have passed ('decided to recall the vehicles on June 16', eight days later:
            # this June 16, not next year's)
            dated = _DAY_OF_MONTH.search(text, start, end) is not None
            sign = -1 if beyond else PAST_PLAN if dated else FUTURE_IN_PAST
        near = anywhere[cue.weak]
        if (near is None or distance < near[0]) and not cue.own_clause_only:
            anywhere[cue.weak] = (distance, sign)
        if cue.end <= start and not cue.weak and not cue.own_clause_only:
            before = (distance, sign)
        near = same_clause[cue.weak]
        if (near is None or distance < near[0]) and not clause_break(text, *gap):
            same_clause[cue.weak] = (distance, sign)
            if cue.end <= start:
                nearest_before = cue
                strong_before = strong_before if cue.weak else cue
    if _coming_possessive(text, start, end) and (
        same_clause[0] is None or same_clause[0][1] >= 0 or _perfect_before(text, cues, start)
    ):
        return 1  # 'Campaigning is intense ahead of Sunday's vote': the coming Sunday
    if _possessive_happening(text, start, end):
        return -1  # 'would look for ways to get around Wednesday's ruling': it was made
    if _after_happening(text, start):
        return -1  # 'are to question the driver after the crash on Monday': it happened
    if _requested_start(text, start):
        return FUTURE_IN_PAST  # 'had asked operators to raise withdrawals from Wednesday'
    if _arranged_for(text, start, end):
        return FUTURE_IN_PAST  # 'has called a meeting for Thursday': the coming Thursday
    if (same_clause[0] is None or not same_clause[0][1]) and _place_schedule(text, start):
        return 1  # 'The meeting is at St Aidan's church hall, Tuesday': the coming one
    if (nearest_before is not None and nearest_before.weak and strong_before is not None
            and text[strong_before.start:strong_before.end].lower() in _saying_verbs()
            and _weekday_regex().search(text, start, end) is not None
            and not _strong_after(text, cues, end)):
        # a day's plan told after a saying, no 'that' between: 'The ministry said the
        # leaders meet Monday' is the coming Monday, as the reported clause's own verb
        # tells (not a month's figures: 'said exports continue to slide in February'; nor
        # a noun the verb after the day shows: 'said opposition votes on Sunday were')
        return 1
    if (nearest_before is not None and nearest_before.after_only
            and nearest_before.sign == 1 and not nearest_before.weak):
        # a cue that describes the noun before it governs the words it leads, whatever
        # verb comes after them: 'An inquiry expected to report in June was set up'
        return 1
    if same_clause[0] is not None and same_clause[0][1]:
        if same_clause[0][1] == -1 and (_past_verb_right_before(text, cues, start)
                                        or _fronted_past(text, cues, start, end)):
            return CLEAR_PAST
        return same_clause[0][1]
    if sign := happened(text, start, end):
        return sign
    if same_clause[0] is not None:
        return 0  # a present tense: the nearest, whatever the other clauses' tenses
    if before is not None and anywhere[0] is not None and anywhere[0] != before and (
            _coordinated().search(text, end, end + anywhere[0][0])
            or _relative_subject().search(text, end, end + anywhere[0][0])):
        # the nearest cue is after it, in a clause coordinated after a comma, or in a
        # relative clause it opens: the verb before governs it ('reported a fall, to A$212
        # million, in February, and will report its results on August 23'; 'will travel
        # to Chengdu, capital of Sichuan, on Sunday and tour a venture that has made
        # equipment there')
        return before[1]
    if before is None and anywhere[0] is not None and anywhere[0][1] == -1 and (
            _coordinated().search(text, end, end + anywhere[0][0])):
        # nor, with no verb before it either, the past of a clause coordinated after it:
        # 'Slovenia holds local elections in October, and Kranjc has not said whether he
        # will stand again' is the coming October (a future there still tells what is
        # ahead: 'Schools reopen on Wednesday, and the results will be released in March')
        anywhere[0] = None
    for best in (same_clause[1], anywhere[0], anywhere[1]):
        if best is not None:
            return best[1]
    return 0


def _strong_after(text: str, cues: list[Cue], end: int) -> bool:
    """Whether a cue that is no weak one follows the expression in its clause ('said
    opposition votes on Sunday were counted')."""
    after = next((cue for cue in cues if cue.start >= end and not cue.weak), None)
    return after is not None and not clause_break(text, end, after.start)


_DAY_OF_MONTH = re.compile(r"\d")  # a figure in a date without its year: its day


@cache
def _plan_across() -> re.Pattern[str]:
    """A word between a plan's verb and a time that makes the time another happening's
    (vocab scheduled_present `not_across`)."""
    words = alternation({w.lower() for w in load_vocab().table("scheduled_present")["not_across"]})
    return build_cache.compile(rf"\b{words}\b", re.I)


@cache
def _after_pause() -> re.Pattern[str]:
    """A pause (vocab scheduled_present `pauses`) and a preposition (`pause_prepositions`)
    right before a time: the pause ends when the plan takes place ('Talks resume after the
    Easter break on Monday')."""
    table = load_vocab().table("scheduled_present")
    words = alternation({w.lower() for w in table["pauses"]})
    prepositions = alternation({w.lower() for w in table["pause_prepositions"]})
    return build_cache.compile(rf"\b{words}\s+{prepositions}\s+$", re.I)


@cache
def _weekday_regex() -> re.Pattern[str]:
    """A weekday's name (vocab weekday)."""
    days = alternation({w for w in load_vocab().table("weekday") if not w.startswith("_")})
    return build_cache.compile(rf"\b{days}")


@cache
def _saying_verbs() -> frozenset[str]:
    """The verbs of saying (vocab quote_clock `verbs`) that report a clause of their own."""
    return frozenset(w.lower() for w in load_vocab().table("quote_clock")["verbs"])


@cache
def _relative_subject() -> re.Pattern[str]:
    """A relative pronoun (vocab relative_subject), maybe with an auxiliary, ending a
    stretch: the verb right after it is its clause's, which tells of a noun."""
    table = load_vocab().table("relative_subject")
    words = alternation({w.lower() for w in table["words"]})
    auxiliaries = alternation({w.lower() for w in table["auxiliaries"]})
    return build_cache.compile(rf"\b{words}\s+(?:{auxiliaries}\s+)?$", re.I)


@cache
def _coordinated() -> re.Pattern[str]:
    """A comma and a conjunction that opens a coordinated clause (vocab
    coordinated_clause)."""
    words = alternation({w.lower() for w in load_vocab().words("coordinated_clause")})
    return build_cache.compile(rf",\s+{words}\b", re.I)


def _past_verb_right_before(text: str, cues: list[Cue], start: int) -> bool:
    """Whether a past form ends right before the expression, with at most one of vocab
    clear_past's prepositions between ('The curfew was lifted on April 4') or its object
    and one ('lifted the curfew on April 4'): the time is of that verb, which tells what
    has happened."""
    cue = past_cue_before(cues, start)
    if cue is None or cue.weak:
        return False
    return _clear_past_gap().fullmatch(text, cue.end, start) is not None


def _fronted_past(text: str, cues: list[Cue], start: int, end: int) -> bool:
    """Whether a date opens its sentence and its subject's past form follows it ('On
    January 22 I signed a lease', told on 4 January): the time is of that verb, as one
    right after it is (_past_verb_right_before)."""
    after = next((cue for cue in cues if cue.start >= end), None)
    if after is None or after.sign != -1 or after.weak:
        return False
    opening, subject = _fronted_regexes()
    lead = ("\n" if start <= _FRONT_REACH else "") + text[max(0, start - _FRONT_REACH):start]
    return (opening.search(lead) is not None
            and subject.fullmatch(text, end, after.start) is not None)


_FRONT_REACH = 6  # '\n\nOn ': what may stand before a date that opens its sentence


@cache
def _fronted_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sentence's opening and `words` before a date; a subject pronoun, or a
    determiner and a noun, between it and its verb (vocab clear_past `subjects`)."""
    table = load_vocab().table("clear_past")
    words = alternation({w.lower() for w in table["words"]})
    determiners = alternation({w.lower() for w in table["determiners"]})
    subjects = alternation({w.lower() for w in table["subjects"]})
    return (build_cache.compile(rf"(?:[.!?][\s\"\u201d]*|\n\s*)(?:{words}\s+)?$", re.I),
            build_cache.compile(rf"\s+(?:{subjects}|{determiners}\s+[\w-]+)\s+", re.I))


@cache
def _clear_past_gap() -> re.Pattern[str]:
    """Nothing, one of clear_past's `words`, or before it a determiner and one word (the
    verb's object), a place (one of `places`, a determiner maybe and a word) or both,
    between a past form and a date."""
    table = load_vocab().table("clear_past")
    words = alternation({w.lower() for w in table["words"]})
    determiners = alternation({w.lower() for w in table["determiners"]})
    places = alternation({w.lower() for w in table["places"]})
    place = rf"{places}\s+(?:{determiners}\s+)?[\w-]+\s+"
    return build_cache.compile(
        rf"\s+(?:(?:{determiners}\s+[\w-]+\s+)?(?:{place})?{words}\s+|(?:{words}\s+)?)", re.I)


_AFTER_COMMA = re.compile(r",\s*$")


_OPEN_PAREN = re.compile(r"\([^()]{0,40}$")


_CLOSE_PAREN = re.compile(r"[^()]{0,20}\)")


def outside_parentheses(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a parenthetical expression stands in its sentence: at its opening bracket.

    "will leave at dawn (4 a.m. Thursday), he said" restates a time of the clause around
    the brackets, so its tense is that clause's, not that of the words after them.
    """
    opening = _OPEN_PAREN.search(text, max(0, start - 40), start)
    if opening is None or _CLOSE_PAREN.match(text, end) is None:
        return start, end
    return opening.start(), opening.start()


@cache
def _cue_regex(case_blind: bool = True) -> re.Pattern[str]:
    """Future and past cue words in one pass; the group that matched says which (a past
    inability, tried first, is a past cue the neutral 'could not' would hide). Not
    ``case_blind``, it is for a text in lower case, and a word in '-ed' must be checked
    to be in lower case in the text (group 'ed')."""
    vocab = load_vocab()

    def body(table: str) -> str:
        return alternation({w.lower() for w in vocab.words(table)})

    return build_cache.compile(
        rf"\b(?:(?P<inability>{body('past_inability')})|(?P<neutral>{body('neutral_cue')})"
        rf"|(?P<future>{body('future_cue')})"
        rf"|(?P<past>{body('past_cue')}|(?P<ed>(?-i:[a-z]+ed))))\b",
        re.I if case_blind else 0,
    )
