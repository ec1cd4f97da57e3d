"""From dated time expressions to events: who did or said what, when, on whose word.

Rule-based: the clause around a time expression is the event; word lists in
``data/events.toml`` decide its kind, its actors and its source. A sentence with two
times gives two events; a time with no position in time (an unanchored duration) gives
none.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources

from timeline.ingest import Article
from timeline.nesting import datings, modifies_noun
from timeline.pronouns import is_given_name, name_words, resolve
from timeline.sentences import Span, containing, paragraphs, sentences
from timeline.temporal import Timex

TITLE_LIMIT = 80
# Subordinators that open a clause of their own even without a comma ("the bomb went off
# later while police were ...") come last.
_CLAUSE_BREAK = re.compile(
    r";\s|\s[-\u2013\u2014]\s|,\s(?=(?:saying|adding|but|while|with|which|whereas|although|"
    r"though|and)\b)|\s(?=and instead\b)|\s(?=(?:while|whereas|although|because)\s)"
)
_APPOSITIVE = re.compile(r",\s(?:the|a|an)\s[^,]{3,60}?,")
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w'\u2019-]*)*"
)
_ACRONYM = re.compile(r"(?<![A-Z] )\b[A-Z]{3,}\b(?! [A-Z]{2,})")
# "Nancy Pelosi", "Dan Parks": a given name and one or two capitalised words.
_GIVEN_NAME_RUN = re.compile(r"\b([A-Z][a-z]+)(?:\s+[A-Z][\w'\u2019-]+){1,2}\b(?!['\u2019]s\b)")
# Clauses whose subject is in the main clause: "..., saying they could park".
_DEPENDENT = re.compile(r"(?:saying|adding|telling|urging|which|who|they|he|she|it)\b", re.I)
_PRONOUN = re.compile(r"^(?:he|she)$", re.I)
_ATTRIBUTION_TAIL = re.compile(r"\s*(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?\s*[.!?\"\u201d]*$")
_QUOTES = '"\u201c\u201d'
# A transcript's speaker label before a quotation: 'JANE RURU: "We are ready."'.
_SPEAKER_LABEL = re.compile(
    r"(?<![A-Z'\u2019-])([A-Z][A-Z'\u2019-]++(?: [A-Z][A-Z'\u2019-]++){0,3}):\s*[\"\u201c]"
)
# A passive of a happening: a form of 'be' and a past participle ('was today appointed').
_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+|today\s+|yesterday\s+)?"
    r"(?!(?:used|supposed|based|concerned|interested|tired)\b)\w+ed\b"
)
# A zone name left behind once its time is cut from a title: "06:56, 7 May 2007 UTC".
_ZONE_AFTER = re.compile(r"(?<!\s)\s*+(?:\(?(?:UTC|GMT)\)?|local time)(?=\W|$)")
# Words left dangling once a time phrase is cut out: "at around , 7 May" -> ", 7 May".
_ORPHAN = re.compile(
    r"(?:^|(?<!\s)\s++)(?:(?:at\s+)?around|at|on(?:\s+this)?|in|by|about)(?=\s*+(?:,|$))"
    r"|(?<!\s)\s++(?=,)",
    re.I,
)


@dataclass(frozen=True)
class Event:
    """One happening in an article, with the time expression that dates it.

    For an inferred event ``timex`` is the expression whose time it inherits (written in an
    earlier sentence), or a stand-in for the publication time with ``time_text`` "".
    """

    event_id: str
    doc_id: str
    timex: Timex
    sentence: Span
    title: str
    actors: tuple[str, ...]
    kind: str
    source: str
    anchor: str = ""
    confidence: float = float("nan")
    claim: str = ""
    roles: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    quantities: tuple[dict[str, object], ...] = ()
    time_text: str | None = None
    support: tuple[Timex, ...] = ()


@dataclass(frozen=True, eq=False)
class Lexicon:
    reporting: re.Pattern[str]
    plan: re.Pattern[str]
    forecast: re.Pattern[str]
    status: re.Pattern[str]
    honorific: re.Pattern[str]
    group: re.Pattern[str]
    organisation_suffixes: frozenset[str]
    not_a_name: frozenset[str]
    clause_opener: re.Pattern[str]
    words: dict[str, list[str]]

    def pattern(self, name: str, case_sensitive: bool = False) -> re.Pattern[str]:
        """Any word list of events.toml as a whole-word pattern (compiled once)."""
        return _compiled(self, name, case_sensitive)


@cache
def _compiled(lex: Lexicon, name: str, case_sensitive: bool) -> re.Pattern[str]:
    return _alternation(lex.words[name], case_sensitive)


def _alternation(words: list[str], case_sensitive: bool = False) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
    return re.compile(rf"\b(?:{body})\b", 0 if case_sensitive else re.IGNORECASE)


def _reporting(words: list[str], passive: list[str]) -> re.Pattern[str]:
    """Verbs of saying; those in ``passive`` only when no form of 'be' stands before them
    ('She was denied exit' reports nothing; 'She denied it' does)."""
    be = "".join(
        rf"(?<!\b{b} )"
        for b in (
            "was",
            "were",
            "been",
            "being",
            "is",
            "are",
            "be",
            "Was",
            "Were",
            "Is",
            "Are",
            "Be",
        )
    )
    active = _alternation([w for w in words if w not in passive]).pattern
    guarded = _alternation([w for w in words if w in passive]).pattern
    return re.compile(rf"{active}|{be}{guarded}", re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    """The packaged word lists, compiled once per process."""
    path = resources.files("timeline") / "data" / "events.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    words = {name: table["words"] for name, table in data.items()}
    return Lexicon(
        reporting=_reporting(words["reporting"], words["passive_not_saying"]),
        plan=_alternation(words["plan"]),
        forecast=_alternation(words["forecast"]),
        status=_alternation(words["status"]),
        honorific=_alternation(words["honorific"], case_sensitive=True),
        group=_alternation(words["group"]),
        organisation_suffixes=frozenset(words["organisation_suffix"]),
        not_a_name=frozenset(words["not_a_name"]),
        clause_opener=re.compile(
            r"^(?:(?:" + "|".join(words["clause_opener"]) + r")\b[\s,]*)+", re.IGNORECASE
        ),
        words=words,
    )


# ---- people and organisations ---------------------------------------------------------


def people(text: str, lex: Lexicon) -> dict[str, str]:
    """Every person named in the text, keyed by each way the text refers to them.

    A person is a capitalised name after a title or role ("Inspector Jane Ruru",
    "mayor Sam Lee"), right before a verb of saying, or opening with a common given name
    ("Nancy Pelosi"); later mentions of the surname alone map to the full name. A peer
    keeps the title ("Lord Liverpool"), since the bare word names a place.
    """
    names: dict[str, str] = {}
    peerage = name_words()["peerage"]
    for found in lex.honorific.finditer(text):
        run = _CAPITALISED_RUN.match(text, _skip_space(text, found.end()))
        name = _without_titles(run.group(), lex) if run else ""
        if name and " " not in name and found.group() in peerage:
            names[f"{found.group()} {name}"] = f"{found.group()} {name}"
        elif name and _is_name(name, lex):
            _register(names, name)
    for found in lex.reporting.finditer(text):
        before = text[max(0, found.start() - 40) : found.start()].rstrip()
        run = re.search(r"([A-Z][\w'-]+\s+[A-Z][\w'-]+)$", before)
        if run and _is_name(run.group(1), lex):
            _register(names, run.group(1))
    for run in _GIVEN_NAME_RUN.finditer(text):
        if is_given_name(run.group(1)) and _is_name(run.group(), lex):
            _register(names, run.group())
    return names


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
    titles = set(lex.words["honorific"]) | set(lex.words["role_noun"]) | {"Prime", "Deputy"}
    if all(w in titles for w in words):
        return False
    return words[-1] not in lex.organisation_suffixes


def _register(names: dict[str, str], full: str) -> None:
    names[full] = full
    names.setdefault(full.split()[-1], full)


def organisations(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Capitalised names ending in an organisation word, and acronyms, with their spans."""
    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        first = next((i for i, w in enumerate(words) if w not in lex.not_a_name), len(words))
        words = words[first:]
        if words and words[-1] in lex.organisation_suffixes:
            name = " ".join(words)
            found.append((run.end() - len(name), run.end(), name))
    for acronym in _ACRONYM.finditer(text):
        if acronym.group() not in lex.not_a_name:
            found.append((acronym.start(), acronym.end(), acronym.group()))
    return found


def actors_in(
    text: str, span: Span, names: dict[str, str], orgs: list[tuple[int, int, str]], lex: Lexicon
) -> tuple[str, ...]:
    """People, organisations and groups mentioned in a span, in order of appearance."""
    mentions: list[tuple[int, str]] = []
    for key, full in names.items():
        for m in re.finditer(rf"\b{re.escape(key)}\b", text[span.start : span.end]):
            mentions.append((m.start() + span.start, full))
    mentions += [(s, name) for s, e, name in orgs if span.start <= s and e <= span.end]
    for m in lex.group.finditer(text, span.start, span.end):
        mentions.append((m.start(), m.group().lower()))
    ordered: list[str] = []
    for _, name in sorted(mentions):
        if name not in ordered and not any(name.lower() in o.lower() for o in ordered):
            ordered.append(name)
    return tuple(ordered)


# ---- clauses, kinds, sources, titles ----------------------------------------------------


def clause_of(text: str, sentence: Span, timex: Timex) -> Span:
    """The clause of a sentence that holds the time expression."""
    start, end = sentence.start, sentence.end
    for cut in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if cut.end() <= timex.phrase_start:
            start = cut.end()
        elif cut.start() >= timex.end:
            end = cut.start()
            break
    return Span(start, end)


def nearest(patterns: dict[str, re.Pattern[str]], text: str, span: Span, at: int) -> str:
    """The name of the pattern with a match nearest to an offset within a span."""
    best: tuple[int, int, str] | None = None
    for rank, (name, pattern) in enumerate(patterns.items()):
        for m in pattern.finditer(text, span.start, span.end):
            distance = min(abs(m.start() - at), abs(m.end() - at))
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, name)
    return best[2] if best else "occurrence"


def kind_of(text: str, clause: Span, timex: Timex, lex: Lexicon) -> str:
    """statement, plan, forecast or status by the nearest telling word; else occurrence."""
    cues = {
        "statement": lex.reporting,
        "plan": lex.plan,
        "forecast": lex.forecast,
        "status": lex.status,
    }
    kind = nearest(cues, text, clause, timex.phrase_start)
    if kind == "status" and _PASSIVE.search(text, clause.start, clause.end):
        return "occurrence"  # 'was appointed', 'were killed': something happened to them
    return kind


def source_of(
    text: str, sentence: Span, names: dict[str, str], lex: Lexicon, clause: Span | None = None
) -> str:
    """Who the words of saying that govern a clause belong to: 'a witness', 'Jane Ruru'.

    A verb of saying counts when it stands in the clause or before it, or closes the
    sentence ('..., Ruru said.'); one in a later clause reports something else.
    """
    for verb in lex.reporting.finditer(text, sentence.start, sentence.end):
        rest = text[verb.end() : sentence.end]
        if clause and verb.start() >= clause.end and not _ATTRIBUTION_TAIL.match(rest):
            continue
        before = _APPOSITIVE.sub("", text[sentence.start : verb.start()]).rstrip()
        subject = re.split(r"[,;:\"\u201c\u201d]\s*", before)[-1].strip()
        subject = lex.clause_opener.sub("", lex.honorific.sub("", subject)).strip()
        if 0 < len(subject.split()) <= 5:
            return _speaker(subject, text, sentence, names, lex)
        after = re.match(r"\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)", text[verb.end() : sentence.end])
        if after and after.group(1) in names:
            return names[after.group(1)]
    return ""


def _speaker(subject: str, text: str, sentence: Span, names: dict[str, str], lex: Lexicon) -> str:
    """A subject as a source: names in full, 'he' as the person it continues (pronouns.py),
    'A witness' lower case."""
    if subject in names:
        return names[subject]
    named = [full for key, full in names.items() if re.search(rf"\b{re.escape(key)}$", subject)]
    if named:
        return named[0]
    if _PRONOUN.match(subject):
        return resolve(subject, text, sentence.start, names, lex)
    words = subject.split()
    if words[0] in ("A", "An", "The", "a", "an", "the"):
        return subject[0].lower() + subject[1:]
    if len(words) > 1 and not all(w[0].isupper() for w in words):
        return ""  # not a noun phrase: "They went on to (say)"
    return subject


def pronoun_actor(text: str, span: Span, names: dict[str, str], lex: Lexicon) -> str:
    """The person a clause's pronoun subject stands for ('She led the party' -> her)."""
    lead = lex.clause_opener.sub("", text[span.start : span.end].lstrip(' "\u201c'))
    found = re.match(r"(he|she)\b", lead, re.I)
    return resolve(found.group(1), text, span.start, names, lex) if found else ""


def with_pronoun(actors: tuple[str, ...], person: str) -> tuple[str, ...]:
    """Actors with the person a pronoun subject stands for, first."""
    if not person or person in actors:
        return actors
    return (person, *actors)


def quote_source(
    text: str, sentence: Span, paragraphs: list[Span], names: dict[str, str], lex: Lexicon
) -> str:
    """The speaker of a quotation: the attribution in its paragraph, or in the next one when
    the quote runs on (news style leaves a quote open at the end of a paragraph)."""
    para = containing(paragraphs, sentence.start)
    if para is None:
        return ""
    label = _SPEAKER_LABEL.match(text, para.start)
    if label:
        return _labelled_speaker(label.group(1), names)
    if text[para.start] not in _QUOTES:
        return ""
    first = bisect_left(paragraphs, para.start, key=lambda p: p.start)
    following = paragraphs[first : first + 2]
    for part in following:
        for inner in sentences(text[part.start : part.end]):
            span = Span(part.start + inner.start, part.start + inner.end)
            found = source_of(text, span, names, lex)
            if found:
                return found
    return ""


def _labelled_speaker(label: str, names: dict[str, str]) -> str:
    """A transcript's speaker label ('JANE RURU:') as the person's name."""
    spoken = " ".join(w.capitalize() for w in label.split())
    return names.get(spoken, spoken)


def title_of(
    text: str, clause: Span, timex: Timex, lex: Lexicon, support: tuple[Timex, ...] = ()
) -> str:
    """The clause as a label of at most 80 characters.

    A time phrase goes when it opens the clause or is led by a signal word ("just before
    9.30pm"); a bare one that completes the verb ("has entered its seventh day") stays.
    Supporting times of the same happening ("today at around 06:56, 7 September 2007") go
    the same way, so the title says what happened, not when.
    """
    antecedent = _antecedent(text, clause)
    cuts = sorted(
        (
            t
            for t in (timex, *support)
            if clause.start <= t.phrase_start and t.phrase_end <= clause.end
        ),
        key=lambda t: t.phrase_start,
    )
    pieces, at = [], clause.start
    for t in cuts:
        if t.phrase_start < at:
            continue
        pieces.append(text[at : t.phrase_start])
        if _part_of_the_words(text, clause, t):
            pieces.append(text[t.phrase_start : t.phrase_end])
            at = t.phrase_end
        else:
            zone = _ZONE_AFTER.match(text, t.phrase_end)
            at = zone.end() if zone else t.phrase_end
    pieces.append(text[at : clause.end])
    if antecedent:
        pieces[0] = antecedent + re.sub(r"^which\s+", "", pieces[0], flags=re.I)
    raw = _APPOSITIVE.sub("", "".join(pieces))
    raw = re.sub(r"\s+", " ", raw).strip(" ,;:.\"'\u201c\u201d")
    raw = lex.clause_opener.sub("", raw).strip(" ,")
    raw = _ORPHAN.sub("", raw).strip(" ,")
    if not raw:
        raw = text[clause.start : clause.end].strip()
    raw = raw[0].upper() + raw[1:]
    if len(raw) <= TITLE_LIMIT:
        return raw
    cut = raw[: TITLE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "\u2026"


def _part_of_the_words(text: str, clause: Span, timex: Timex) -> bool:
    """A time the clause cannot lose: a bare one ending the clause after its verb ('has
    entered its seventh day'), one that is the subject or heads a noun phrase ('The second
    half began', 'The second week of ...'), or one inside a name ('the 2008 Six Nations')."""
    head = text[clause.start : timex.phrase_start]
    tail = text[timex.phrase_end : clause.end]
    bare = timex.phrase_start == timex.start
    if head.strip(" ,") and bare and not tail.strip(" .,;"):
        return True
    if re.match(r"the\b", text[timex.phrase_start : timex.phrase_end], re.I) and not re.match(
        r"\s*,", tail
    ):
        return True
    return modifies_noun(text, timex)


def _antecedent(text: str, clause: Span) -> str:
    """For a clause opening with 'which', the noun phrase it stands for ('the parking')."""
    if not re.match(r"which\b", text[clause.start : clause.end], re.I):
        return ""
    before = text[max(0, clause.start - 60) : clause.start].rstrip(" -\u2013\u2014,")
    words = before.split()[-5:]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in ("the", "a", "an", "its", "their"):
            return " ".join(words[i:]) + " "
    return words[-1] + " " if words else ""


def _with_source(actors: tuple[str, ...], source: str) -> tuple[str, ...]:
    """The source is involved too; 'a witness' stands for the bare 'witness' mention."""
    if not source:
        return actors
    rest = tuple(a for a in actors if a not in source and source not in a)
    return (source, *rest)


def event_id(doc_id: str, timex: Timex) -> str:
    """Same article, same expression: same id, run after run, even when the expression's
    value changes (a corrected publication time), so an edit kept in a store still
    points at its event when the article is extracted again."""
    key = f"{doc_id}|{timex.phrase_start}|{timex.end}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def extract_events(article: Article, timexes: list[Timex]) -> list[Event]:
    """One event per clause dated by a time expression that names a stretch of time; times
    of one clause that nest are one event (nesting.py)."""
    text, lex = article.text, lexicon()
    spans = sentences(text)
    names = people(text, lex)
    orgs = organisations(text, lex)
    paras = paragraphs(text)
    located = []
    for timex in timexes:
        sentence = containing(spans, timex.start)
        if timex.begin is not None and sentence is not None:
            located.append((timex, clause_of(text, sentence, timex)))
    events = []
    boundary = lex.pattern("clause_boundary")
    for dating in datings(text, located, boundary):
        timex, clause = dating.timex, dating.clause
        sentence = containing(spans, timex.start)
        assert sentence is not None
        actors = actors_in(text, clause, names, orgs, lex)
        if not actors and _DEPENDENT.match(text, clause.start):
            actors = actors_in(text, sentence, names, orgs, lex)
        actors = with_pronoun(
            actors,
            pronoun_actor(text, clause, names, lex) or pronoun_actor(text, sentence, names, lex),
        )
        source = source_of(text, sentence, names, lex, clause) or quote_source(
            text, sentence, paras, names, lex
        )
        events.append(
            Event(
                event_id=event_id(article.doc_id, timex),
                doc_id=article.doc_id,
                timex=timex,
                sentence=sentence,
                title=title_of(text, clause, timex, lex, tuple(dating.support)),
                actors=_with_source(actors, source),
                kind=kind_of(text, clause, timex, lex),
                source=source,
                support=tuple(dating.support),
            )
        )
    return events
