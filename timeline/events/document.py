"""One analysis of an article that every step of the events stage reads.

Sentences, paragraphs, quotation marks, the people and organisations named and every
mention of them are found once, in passes linear in the text's length. A step asks the
document (a bisection into a sorted list) instead of splitting or scanning the text
again: a 500 KB article has thousands of names and pronouns, and a scan of the whole text
per name or per pronoun made extraction quadratic.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property, partial

from timeline.events.actors import aliases, introductions, roles
from timeline.events.happening_words import named_happenings
from timeline.events.lexicon import Lexicon, lexicon, name_words
from timeline.events.people import one_word_names, organisations, people
from timeline.ingest import Article
from timeline.sentences import Span, containing, paragraphs, sentences
from timeline.temporal import Timex
from timeline.temporal.sections import Section, sections
from timeline.temporal.tagger import next_heading_line, saying_day

_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
# Single quotation marks (British and New Zealand news): one opens a quote after a space
# or bracket and before a word, and one closes it after a word or punctuation and before
# a space or punctuation. An apostrophe inside a word ("don't") is neither; one after a
# plural ("the workers' union") may close a quote early, never open one.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['\u2018](?=\w)", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['\u2019](?=[\s.,;:!?)\]]|$)", re.M)
_WORD = re.compile(r"\w+")
# How far a date line's day may be from the publication day's when the publication has
# no clock (a report filed late in the evening of one time zone is the next day in
# another); with a clock, the days the world's time zones have at that moment, from
# twelve hours behind UTC to fourteen ahead.
_FILING_LAG = timedelta(days=1)
_ZONES = (timedelta(hours=-12), timedelta(hours=14))
# What may stand around a date alone on its line ('Sunday, January 14, 2018.').
_LINE_MARKS = " \t.,;:-\u2013\u2014()[]"
_EMPLOYER_WORDS = 4  # 'Associated Press', 'The Valley Record' under a byline
_BYLINE_WORDS = 12  # 'Published 7:00 a.m. MDT April 18, 2019': a line of a byline is short
# The longest name key, in words ("Leila de Lima Santos").
NAME_WORDS = 6


def _furniture_after(opener: str, paragraph: str, marks: frozenset[str]) -> bool:
    """Whether a paragraph that opens with a furniture opener is furniture: not when a
    lower-case word follows it ('Copyright lawyers met on Tuesday.'), nor when a word
    follows a word opener in a paragraph without a mark of furniture (events.toml
    furniture_mark: 'Copyright Office officials said on Tuesday ...' names an office);
    a year or a sign after 'Copyright', or a credit's colon, is furniture."""
    rest = paragraph[len(opener) :].lstrip()
    if rest[:1].islower():
        return False
    lowered = paragraph.lower()
    return not (opener[-1].isalpha() and rest[:1].isalpha()) or any(
        mark in lowered for mark in marks
    )


def _with_counted_days(found: list[Section], text: str, timexes: list[Timex]) -> list[Section]:
    """The sections, a diary's day counted alone on its line ('Day 3' after 'Saturday 11
    June') heading one of its own from that line: the tagger reads the count as the day
    after the dated entry it follows (temporal/sections.py leaves it out of the stamps,
    so the entry's relative times count from a known day), and what the diary tells under
    it is of that day, not of the dated entry's. The count keeps its row: its stamp
    ends where it begins."""
    if not found:
        return found
    out: list[Section] = []
    counts = [t for t in timexes if t.rule == "day_of_trip" and t.begin is not None]
    for section in found:
        for timex in counts:
            line = text.rfind("\n", 0, timex.start) + 1
            end = text.find("\n", timex.end)
            end = len(text) if end < 0 else end
            if (section.stamp[1] <= line and timex.end <= section.end
                    and text[line:end].strip() == text[timex.start : timex.end]
                    and timex.begin is not None):
                out.append(section._replace(end=line))
                section = section._replace(start=line, at=timex.begin, date_only=True,
                                           stamp=(line, line), times=(timex,),
                                           heads=False, clock=False)
        out.append(section)
    return out


@dataclass(frozen=True)
class Mention:
    """A person named in the text: where, and the full name it stands for."""

    start: int
    end: int
    full: str


@dataclass
class Document:
    """An article analysed once (see the module's docstring)."""

    article: Article
    timexes: list[Timex]
    lex: Lexicon = field(default_factory=lexicon)
    # Who speaks in each sentence and each paragraph's quotation, by what was asked and the
    # span, filled as the steps ask (sources.source_of, quote_source): every clause of a
    # paragraph asks again, and a sentence of thousands of words may hold hundreds of verbs
    # of saying to weigh each time.
    speakers: dict[tuple[str, int, int], str] = field(default_factory=dict, repr=False,
                                                      compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def sentences(self) -> list[Span]:
        return sentences(self.text)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraphs(self.text)

    @cached_property
    def names(self) -> dict[str, str]:
        """Every way the text refers to a person, mapped to the full name."""
        return people(self.text, self.lex, self.orgs)

    @cached_property
    def orgs(self) -> list[tuple[int, int, str]]:
        """Organisations with their spans, in text order."""
        return sorted(organisations(self.text, self.lex))

    @cached_property
    def mentions(self) -> list[Mention]:
        """Every mention of a known person, in text order; where keys of several lengths
        start at one word, the longest. One pass over the words, whatever the number of
        names: each word is tried as the start of a key of up to NAME_WORDS words."""
        names, text = self.names, self.text
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        found: list[Mention] = []
        skip_to = 0
        for i, (start, _) in enumerate(words):
            if start < skip_to or not text[start].isupper():
                continue
            best = None
            for j in range(i, min(i + NAME_WORDS, len(words))):
                key = text[start : words[j][1]]
                if key in names:
                    best = Mention(start, words[j][1], names[key])
            if best is not None:
                found.append(best)
                skip_to = best.end
        return found

    @cached_property
    def genders(self) -> dict[str, str]:
        """'m' or 'f' for each person a gendered title stands before ('Mr Lee'), else
        by the given name; '' when the text does not tell."""
        words = name_words()
        out: dict[str, str] = {}
        for mention in self.mentions:
            before = self.text[max(0, mention.start - 12) : mention.start].split()
            if before and mention.full not in out:
                title = before[-1].rstrip(".")
                if title in words["male_title"]:
                    out[mention.full] = "m"
                elif title in words["female_title"]:
                    out[mention.full] = "f"
        for full in set(self.names.values()) - set(out):
            first = full.split()[0]
            out[full] = "m" if first in words["male"] else "f" if first in words["female"] else ""
        return out

    @cached_property
    def first_mention(self) -> dict[str, int]:
        """Where each person is first named in full."""
        first: dict[str, int] = {}
        for mention in self.mentions:
            if self.text[mention.start : mention.end] == mention.full:
                first.setdefault(mention.full, mention.start)
        return first

    @cached_property
    def known(self) -> set[str]:
        """Names of people and organisations."""
        return set(self.names) | {name for _, _, name in self.orgs}

    @cached_property
    def known_parts(self) -> frozenset[str]:
        """Every run of words of a known name ('Ford', 'Ford Motor', 'Motor Company' of
        'Ford Motor Company'): a part of a name is no place."""
        parts = set()
        for name in self.known:
            words = name.split()
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    parts.add(" ".join(words[i:j]))
        return frozenset(parts)

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Acronyms and short names of organisations, to their long names."""
        return aliases(self.orgs, self.lex)

    @cached_property
    def one_word_names(self) -> dict[str, str]:
        """A one-word name ('Xi said') to the one full name it opens or ends."""
        return one_word_names(self.names)

    @cached_property
    def introduced(self) -> dict[str, str]:
        """Common nouns introduced with 'a' ('witness' -> 'a witness'), for 'the witness'."""
        return introductions(self)

    @cached_property
    def roles(self) -> dict[str, str]:
        return roles(self)

    @cached_property
    def group_plurals(self) -> dict[str, str]:
        """Each group word that has a plural in the list, to that plural ('protester')."""
        group = {w.lower() for w in self.lex.words["group"]}
        return {w: p for w in group for p in (w + "s", w + "es") if p in group}

    @cached_property
    def quote_marks(self) -> list[int]:
        return [m.start() for m in _QUOTE_MARKS.finditer(self.text)]

    @cached_property
    def clause_breaks(self) -> list[tuple[int, int]]:
        """Every cut of a sentence into clauses (Lexicon.clause_break), in text order."""
        return [cut.span() for cut in self.lex.clause_break.finditer(self.text)]

    @cached_property
    def headline(self) -> Span | None:
        """The headline: a first line without a full stop, when a paragraph follows it."""
        paragraphs = self.paragraphs
        if len(paragraphs) < 2 or self.text[paragraphs[0].end - 1] in ".!?\"'\u201d":
            return None
        return paragraphs[0]

    @cached_property
    def date_line(self) -> Span | None:
        """The publication day written alone on the first line or on the one under the
        headline ('Sunday, January 14, 2018' under a Wikinews headline), a paragraph
        following it: it tells when the report was filed, not when its story happened,
        which the lead tells."""
        first = self.paragraphs[:2] if self.headline is not None else self.paragraphs[:1]
        days = self._filing_days()
        for index, line in enumerate(first):
            if index + 1 == len(self.paragraphs):
                break
            for timex in self.timexes_in(line):
                if (timex.granularity == "day" and timex.begin is not None
                        and timex.begin.date() in days
                        and not self.text[line.start : timex.phrase_start].strip(_LINE_MARKS)
                        and not self.text[timex.phrase_end : line.end].strip(_LINE_MARKS)):
                    return line
        return None

    @cached_property
    def day_headings(self) -> list[Timex]:
        """The days that stand alone as paragraphs after the lead, headings of the parts
        of a long read or a history told day by day ('Saturday' over 'She left at 5:40
        a.m. on Saturday'): each a day that had come by publication."""
        lead = self.lead
        published = self.article.published
        found = []
        for line in self.paragraphs:
            if lead is None or line.start <= lead.start:
                continue
            times = self.timexes_in(line)
            if (len(times) == 1 and times[0].granularity == "day"
                    and times[0].begin is not None and times[0].begin <= published
                    and not self.text[line.start : times[0].phrase_start].strip(_LINE_MARKS)
                    and not self.text[times[0].phrase_end : line.end].strip(_LINE_MARKS)):
                found.append(times[0])
        return found

    def day_heading_at(self, offset: int) -> Timex | None:
        """The last day heading (day_headings) before an offset, unless a heading of
        another kind stands between them ('Friday', then 'The warnings' over a report of
        2009): its part of the text has ended."""
        index = bisect_left(self.day_headings, offset, key=lambda t: t.phrase_start) - 1
        if index < 0:
            return None
        heading = self.day_headings[index]
        ended = next_heading_line(self.text, heading.phrase_end)
        return None if ended is not None and ended < offset else heading

    @cached_property
    def publication_midnight(self) -> datetime:
        """The start of the publication's day, in its zone: where 'today' begins, which
        several inference rules compare times with."""
        return self.article.published.replace(hour=0, minute=0, second=0, microsecond=0)

    @property
    def published_without_clock(self) -> bool:
        """Whether the publication time is a day without a clock: ``date_only``, or
        midnight, which the tagger reads as no clock too."""
        published = self.article.published
        return self.article.date_only or (published.hour, published.minute) == (0, 0)

    def _filing_days(self) -> frozenset[date]:
        """The days a date line may name as its publication's: the day before, of and after
        a publication day without a clock; with a clock, those some time zone has at that
        moment ('March 19' over a story published at 18:00 UTC on March 20 is no filing
        day, as no zone is still on the 19th then)."""
        published = self.article.published
        if self.published_without_clock:
            day = published.date()
            return frozenset((day - _FILING_LAG, day, day + _FILING_LAG))
        utc = published.astimezone(UTC)
        return frozenset({published.date(), *((utc + shift).date() for shift in _ZONES)})

    @cached_property
    def furniture(self) -> list[Span]:
        """The paragraphs of the page's furniture, not its story (events.toml
        page_furniture, page_links): a copyright line ('(c) 2024 Reuters. All rights
        reserved.'), a photo's credit, and every paragraph under a heading of links to
        other stories ('Related stories'), each with a date of its own; none dates a
        row."""
        text, found = self.text, list[Span]()
        openers, marks = self.lex.set("page_furniture"), self.lex.set("furniture_mark")
        links = self.lex.set("page_links")
        for index, para in enumerate(self.paragraphs):
            words = text[para.start : para.end]
            if words.lower().rstrip(" :").strip() in links:
                return found + self.paragraphs[index:]
            if any(words.lower().startswith(opener) and _furniture_after(opener, words, marks)
                   for opener in openers):
                found.append(para)
        return found

    @cached_property
    def sections(self) -> list[Section]:
        """The dated sections of a blog, a diary or a live page, each with the time its
        stamp says it was written ('Update, 20 January, 8pm:'; temporal/sections.py)."""
        article = self.article
        return _with_counted_days(
            sections(self.text, self.timexes, article.published, article.date_only,
                     partial(saying_day, self.text)),
            self.text, self.timexes)

    def section_at(self, offset: int) -> Section | None:
        """The dated section an offset lies in, its stamp included, when its stamp tells
        when it was written."""
        index = bisect_right(self.sections, offset, key=lambda s: s.stamp[0]) - 1
        if index < 0 or offset >= self.sections[index].end or not self.sections[index].writing:
            return None
        return self.sections[index]

    def in_stamp(self, offset: int) -> bool:
        """Whether an offset lies in a section's stamp, which heads the section and is no
        happening of its own."""
        section = self.section_at(offset)
        return section is not None and offset < section.stamp[1]

    def after_stamp(self, sentence: Span) -> Span:
        """A sentence without the stamp that opens it ('Update, 20 January, 8pm: The part
        arrived this afternoon'): its clauses and titles start after it."""
        section = self.section_at(sentence.start)
        if section is None or not sentence.start < section.stamp[1] < sentence.end:
            return sentence
        return Span(section.stamp[1], sentence.end)

    def now_at(self, offset: int) -> datetime:
        """The time the text at an offset was written: its section's, else (and under a
        timeline's clock heading, Section.heads) the publication's."""
        section = self.section_at(offset)
        return self.article.published if section is None or section.heads else section.at

    def in_furniture(self, offset: int) -> bool:
        """Whether an offset lies in the page's furniture (furniture)."""
        return containing(self.furniture, offset) is not None

    @cached_property
    def lead(self) -> Span | None:
        """The lead: the paragraph after the headline and a date line under it (the
        second paragraph when the text has neither, as the first line may be a headline
        with a full stop)."""
        index = 1 if self.date_line is None else self.paragraphs.index(self.date_line) + 1
        while index + 1 < len(self.paragraphs) and self._byline(self.paragraphs[index]):
            index += 1  # 'By Carla Ruiz, Staff Writer / Published 7:00 a.m. ...'
        return self.paragraphs[index] if len(self.paragraphs) > index else None

    def _byline(self, paragraph: Span) -> bool:
        """Whether a paragraph holds only a byline and its publication lines (table
        byline_opener: 'By Carla Ruiz, Staff Writer', 'Posted 13 March 2019, 14:30'), with
        at most a short line of the writer's employer under a 'By' ('Associated Press'):
        no story, so the lead is the paragraph after it."""
        lines = self.text[paragraph.start : paragraph.end].splitlines()
        opener, after_by = self.lex.pattern("byline_opener", case_sensitive=True), False
        for line in (line.strip() for line in lines):
            if line[-1:] in ".!?\"" or len(line.split()) > _BYLINE_WORDS:
                return False  # 'By Monday night, floods had reached the square.'
            if opener.match(line):
                after_by = line.startswith(("By ", "BY "))
            elif not (after_by and len(line.split()) <= _EMPLOYER_WORDS):
                return False
            else:
                after_by = False
        return True

    @cached_property
    def lead_sentence(self) -> Span | None:
        """The lead's first sentence."""
        return None if self.lead is None else self.sentence_at(self.lead.start)

    @cached_property
    def happenings_named(self) -> list[tuple[int, int, str]]:
        """Every happening the text names (happening_words.py): start, end, its noun."""
        return named_happenings(self)

    @cached_property
    def happening_starts(self) -> list[int]:
        """Where each named happening starts, to bisect."""
        return [start for start, _, _ in self.happenings_named]

    @cached_property
    def baselines(self) -> dict[Timex, Span | None]:
        """Each time's comparison baseline once found (baselines.py): the clause's dating
        and the time's noun title both ask for it."""
        return {}

    @cached_property
    def phrases(self) -> list[tuple[int, int]]:
        """Every time phrase's span, in text order."""
        return sorted((t.phrase_start, t.phrase_end) for t in self.timexes)

    @cached_property
    def longest_phrase(self) -> int:
        return max((end - start for start, end in self.phrases), default=0)

    def sentence_at(self, offset: int) -> Span | None:
        return containing(self.sentences, offset)

    def paragraph_at(self, offset: int) -> Span | None:
        return containing(self.paragraphs, offset)

    def in_byline(self, offset: int) -> bool:
        """Whether an offset lies in a paragraph of a byline and its publication lines
        ('By Daniel Okafor | February 18, 2004')."""
        paragraph = self.paragraph_at(offset)
        return paragraph is not None and self._byline(paragraph)

    def paragraphs_apart(self, earlier: int, later: int) -> int:
        """How many paragraph ends lie between two offsets (0: the same paragraph)."""
        def index(offset: int) -> int:
            return bisect_left(self.paragraphs, offset + 1, key=lambda p: p.end)
        return index(later) - index(earlier)

    def mentions_in(self, span: Span) -> list[Mention]:
        """The mentions of people inside a span."""
        lo = bisect_left(self.mentions, span.start, key=lambda m: m.start)
        hi = bisect_left(self.mentions, span.end, key=lambda m: m.start)
        return [m for m in self.mentions[lo:hi] if m.end <= span.end]

    def mentions_before(self, offset: int) -> int:
        """How many mentions end before an offset start before it (an index into
        ``mentions`` to walk back from)."""
        return bisect_left(self.mentions, offset, key=lambda m: m.start)

    def orgs_in(self, span: Span) -> list[tuple[int, int, str]]:
        lo = bisect_left(self.orgs, (span.start,))
        hi = bisect_left(self.orgs, (span.end,))
        return [o for o in self.orgs[lo:hi] if o[1] <= span.end]

    def in_quote(self, at: int) -> bool:
        """Inside a quotation: an odd number of double quote marks since its paragraph
        began, or within a single-quoted stretch."""
        para = self.paragraph_at(at)
        marks = self.quote_marks
        count = bisect_left(marks, at) - bisect_left(marks, para.start if para else 0)
        if count % 2 == 1:
            return True
        quoted = self.single_quotes
        index = bisect_right(quoted, (at, len(self.text))) - 1
        return index >= 0 and quoted[index][0] < at < quoted[index][1]

    def saying_outside(self, span: Span) -> re.Match[str] | None:
        """The first verb of saying in a span that stands outside quotation marks: the
        narrator's attribution, not a verb of the words said."""
        return next((verb for verb in self.lex.reporting.finditer(self.text, span.start, span.end)
                     if not self.in_quote(verb.start())), None)

    @cached_property
    def single_quotes(self) -> list[tuple[int, int]]:
        """Stretches in single quotation marks, each closed in its own paragraph, in text
        order: every closing mark is found once and each opening takes the next one by
        bisection, so a paragraph of unclosed marks costs no rescans."""
        closes = [m.end() for m in _SINGLE_CLOSE.finditer(self.text)]
        spans: list[tuple[int, int]] = []
        for opening in _SINGLE_OPEN.finditer(self.text):
            if spans and opening.start() < spans[-1][1]:
                continue
            index = bisect_left(closes, opening.end() + 1)
            para = self.paragraph_at(opening.start())
            limit = para.end if para else len(self.text)
            if index < len(closes) and closes[index] <= limit:
                spans.append((opening.start(), closes[index]))
        return spans

    @cached_property
    def longest_timex(self) -> int:
        """How far a time expression can reach back from where one starts."""
        return max((t.end - t.start for t in self.timexes), default=0)

    def timexes_in(self, span: Span) -> list[Timex]:
        """The time expressions that overlap a span, found by bisection (the tagger gives
        them in text order)."""
        ordered = self.timexes
        lo = bisect_left(ordered, span.start - self.longest_timex, key=lambda t: t.start)
        hi = bisect_left(ordered, span.end, key=lambda t: t.start)
        return [t for t in ordered[lo:hi] if t.end > span.start]

    def phrases_in(self, span: Span) -> list[tuple[int, int]]:
        """The time phrases that overlap a span, found by bisection."""
        lo = bisect_left(self.phrases, (span.start - self.longest_phrase,))
        hi = bisect_left(self.phrases, (span.end,))
        return [(s, e) for s, e in self.phrases[lo:hi] if e > span.start]
