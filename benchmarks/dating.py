"""Event dating on TimeML corpora: does the frame put each gold event at its gold date?

    python -m benchmarks.dating PATH [PATH ...] [--errors N] [--time-errors N] [--seed S]
                                [--gold-days]

Each PATH is a corpus (a folder of .tml files, e.g. TimeBank, AQUAINT) and gets a row of
its own. An EVENT has a known date when a TLINK says it IS_INCLUDED in a TIMEX3 with a
calendar value (or the time INCLUDES it), or in the date of the document's creation time
(a DCT of '1999-03-12T18:41' is its day: the time is when the wire copy was filed); with
several, the narrowest counts. The event is *dated right* when its sentence has a frame
row (``extract_many(..., inferred=True)``: rows dated by the text and inferred ones)
whose interval lies inside the gold interval. Beside it: the trivial rule that dates every
event on the publication day, the share for events whose gold date is a day or finer
("precise"), the same for events in sentences with and without a time of their own, and
the rows per sentence that has one (a frame that gave every sentence many rows could date
anything).

Fully specified times: every gold TIMEX3 in the text whose value is a whole calendar date
or a date and time ('1998-02-13', '1998-02-13T10:15', '1998-02-13TNI'), and whether the
frame has a row of its own (not inferred) whose time expression overlaps the gold one and
whose interval lies inside the gold value's; beside it, the EVENTs a TLINK puts inside
such a time, dated right as above by that time. The corpus is read where it is, never
copied.

With ``--gold-days``, an event's gold date is its day where TimeML gives a part of the
day or a clock time ('2012-10-24TMO' is scored as 2012-10-24): the way gold that dates
events by the day (Wikinews') scores them, where a row for the whole day is right. The
fully specified times stay exact (the TempEval check).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd

from benchmarks.tml import (
    Document,
    Span,
    element_offsets,
    find_tml,
    parse_attributes,
    read_document,
    text_markup,
)
from timeline.ingest import Article, is_date_only
from timeline.pipeline import extract_many
from timeline.sentences import Span as Sentence
from timeline.sentences import containing, sentences

_TAG = re.compile(r"<(MAKEINSTANCE|TLINK|TIMEX3)\b([^>]*)>")
_PART_OF_DAY = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 24), "NI": (18, 30)}
_FULL = re.compile(r"\d{4}-\d\d-\d\d(?:T.+)?$")
_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<q>Q[1-4])|W(?P<w>\d\d)|(?P<m>\d\d)(?:-(?P<d>\d\d)"
    r"(?:T(?:(?P<pod>MO|MI|AF|EV|NI)|(?P<H>\d\d)(?::(?P<M>\d\d))?))?)?))?$"
)


@dataclass(frozen=True)
class GoldEvent:
    """An EVENT with its gold date as an interval [begin, until)."""

    eid: str
    start: int
    end: int
    begin: datetime
    until: datetime
    value: str

    @property
    def precise(self) -> bool:
        """A day or finer: what 'fully specified dates and times' means."""
        return self.until - self.begin <= timedelta(days=1)


def gold_interval(value: str) -> tuple[datetime, datetime] | None:
    """A TIMEX3 calendar value as [begin, until) in UTC, or None ('PAST_REF', 'P3D', ...)."""
    found = _VALUE.match(value.strip())
    if found is None:
        return None
    g = found.groupdict()
    year = int(g["y"])
    if g["q"]:
        quarter = int(g["q"][1])
        begin = datetime(year, 3 * quarter - 2, 1, tzinfo=UTC)
        return begin, _add_months(begin, 3)
    if g["w"]:
        begin = datetime.fromisocalendar(year, int(g["w"]), 1).replace(tzinfo=UTC)
        return begin, begin + timedelta(weeks=1)
    if not g["m"]:
        return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    if not g["d"]:
        begin = datetime(year, int(g["m"]), 1, tzinfo=UTC)
        return begin, _add_months(begin, 1)
    day = datetime(year, int(g["m"]), int(g["d"]), tzinfo=UTC)
    if g["pod"]:
        first, last = _PART_OF_DAY[g["pod"]]
        return day + timedelta(hours=first), day + timedelta(hours=last)
    if g["H"]:
        begin = day + timedelta(hours=int(g["H"]), minutes=int(g["M"] or 0))
        return begin, begin + (timedelta(minutes=1) if g["M"] else timedelta(hours=1))
    return day, day + timedelta(days=1)


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1)


@dataclass(frozen=True)
class Links:
    """What a document's markup outside TEXT says: timex values (the DCT's as its day),
    the DCT's tid, and (event id, timex id) for every event a time includes."""

    values: dict[str, str]
    dct: str
    included: list[tuple[str, str]]


def links_of(doc: Document) -> Links:
    """The IS_INCLUDED (and reversed INCLUDES) links of event instances to times."""
    _, rest = text_markup(doc.path)
    values = {span.tid: span.value for span in doc.gold}
    instance: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    dct = ""
    for name, attrs in _TAG.findall(rest):
        a = parse_attributes(attrs)
        if name == "TIMEX3" and a.get("functionInDocument") == "CREATION_TIME":
            dct = a.get("tid", "")
            values[dct] = a.get("value", "").split("T")[0]  # the document's date
        elif name == "TIMEX3" and a.get("tid"):
            values.setdefault(a["tid"], a.get("value", ""))
        elif name == "MAKEINSTANCE":
            instance[a.get("eiid", "")] = a.get("eventID", "")
        elif a.get("relType") == "IS_INCLUDED" and "relatedToTime" in a:
            pairs.append((a.get("eventInstanceID", ""), a["relatedToTime"]))
        elif a.get("relType") == "INCLUDES" and "relatedToEventInstance" in a:
            pairs.append((a["relatedToEventInstance"], a.get("timeID", "")))
    included = [(instance.get(eiid, ""), tid) for eiid, tid in pairs]
    return Links(values, dct, included)


def gold_events(
    doc: Document, only: set[str] | None = None, days: bool = False
) -> list[GoldEvent]:
    """The document's EVENTs that TLINKs place inside a dated TIMEX3 or the DCT (or, given
    ``only``, inside one of those timexes), each at the narrowest such time; with
    ``days``, a time finer than a day is its day."""
    body, _ = text_markup(doc.path)
    offsets = element_offsets(body, "EVENT", "eid")
    links = links_of(doc)
    best: dict[str, tuple[datetime, datetime, str]] = {}
    for eid, tid in links.included:
        value = links.values.get(tid, "")
        if days and _FULL.match(value):
            value = value[:10]
        interval = gold_interval(value)
        if eid not in offsets or interval is None or (only is not None and tid not in only):
            continue
        old = best.get(eid)
        if old is None or interval[1] - interval[0] < old[1] - old[0]:
            best[eid] = (*interval, value)
    return [
        GoldEvent(eid, *offsets[eid], begin, until, value)
        for eid, (begin, until, value) in sorted(best.items(), key=lambda kv: offsets[kv[0]])
    ]


def full_timexes(doc: Document) -> list[Span]:
    """The gold TIMEX3s in the text with a fully specified value: a day, or finer."""
    return [s for s in doc.gold if _FULL.match(s.value) and gold_interval(s.value)]


@dataclass
class Tally:
    """Counts over one corpus; shares are computed when printed."""

    events: int = 0
    right: int = 0
    baseline: int = 0
    precise: int = 0
    precise_right: int = 0
    own: int = 0
    own_right: int = 0
    own_baseline: int = 0
    full: int = 0
    full_right: int = 0
    full_events: int = 0
    full_events_right: int = 0
    rows: int = 0
    sentences_with_rows: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    time_errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name in ("errors", "time_errors"):
                getattr(self, name).extend(getattr(other, name))
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))


def article_of(doc: Document) -> Article:
    """The article as the command line reads it: a DCT that is a day alone is a date-only
    publication time, the way `extract --published 2014-08-04` and Wikinews give it
    ('this morning' is then that day, not its morning)."""
    return Article(text=doc.text, published=doc.dct, timezone="UTC", doc_id=doc.doc_id,
                   date_only=is_date_only(doc.dct_value))


Row = tuple[datetime, datetime, str, str, int, int]  # start, end, anchor, time, its span


def score(doc: Document, frame: pd.DataFrame, days: bool = False) -> Tally:
    """One document's counts, and a line for every event and full time dated wrong; with
    ``days``, the events' gold dates are days (gold_events)."""
    tally = Tally(rows=len(frame), sentences_with_rows=frame["sentence_start"].nunique())
    spans = sentences(doc.text)
    by_sentence: dict[int, list[Row]] = {}
    for row in frame.itertuples():
        if pd.notna(row.start):
            by_sentence.setdefault(row.sentence_start, []).append(
                (
                    row.start.to_pydatetime(),
                    row.end.to_pydatetime(),
                    row.anchor,
                    row.time_text,
                    row.char_start,
                    row.char_end,
                )
            )
    day = doc.dct.replace(hour=0, minute=0, second=0)
    for event in gold_events(doc, days=days):
        rows = _rows_at(spans, by_sentence, event.start)
        right = any(event.begin <= b and e <= event.until for b, e, *_ in rows)
        baseline = event.begin <= day and day + timedelta(days=1) <= event.until
        own = any(anchor != "inferred" for _, _, anchor, *_ in rows)
        tally.events += 1
        tally.right += right
        tally.baseline += baseline
        tally.precise += event.precise
        tally.precise_right += event.precise and right
        tally.own += own
        tally.own_right += own and right
        tally.own_baseline += own and baseline
        if not right:
            tally.errors.append(_error(doc, spans, event.start, event.end, event.value, rows))
    full = full_timexes(doc)
    for timex in full:
        begin, until = gold_interval(timex.value) or (day, day)
        rows = _rows_at(spans, by_sentence, timex.start)
        right = any(
            begin <= b and e <= until and anchor != "inferred" and s < timex.end and timex.start < f
            for b, e, anchor, _, s, f in rows
        )
        tally.full += 1
        tally.full_right += right
        if not right:
            tally.time_errors.append(_error(doc, spans, timex.start, timex.end, timex.value, rows))
    for event in gold_events(doc, only={timex.tid for timex in full}):
        rows = _rows_at(spans, by_sentence, event.start)
        tally.full_events += 1
        tally.full_events_right += any(event.begin <= b and e <= event.until for b, e, *_ in rows)
    return tally


def _rows_at(spans: list[Sentence], by_sentence: dict[int, list[Row]], at: int) -> list[Row]:
    """The frame's rows of the sentence holding an offset."""
    sentence = containing(spans, at)
    return by_sentence.get(sentence.start, []) if sentence else []


def _error(
    doc: Document, spans: list[Sentence], start: int, end: int, value: str, rows: list[Row]
) -> str:
    """Three lines: the document and gold value, the sentence with [the gold span], the rows."""
    sentence = containing(spans, start)
    text = doc.text
    lo, hi = (sentence.start, sentence.end) if sentence else (start, end)
    marked = text[lo:start] + "[" + text[start:end] + "]" + text[end:hi]
    got = "; ".join(
        f"{t!r}{'~' if a == 'inferred' else ''} {b:%Y-%m-%d %H:%M}..{e:%Y-%m-%d %H:%M}"
        for b, e, a, t, *_ in rows
    )
    return (
        f"{doc.doc_id} (DCT {doc.dct_value}) gold {value}\n  "
        f"{' '.join(marked.split())}\n  frame: {got or 'no row'}"
    )


def run(path: Path, days: bool = False) -> Tally:
    """Extract and score every document of one corpus (``days``: see score)."""
    tally = Tally()
    for tml in find_tml([path]):
        doc = read_document(tml)
        began = time.process_time()
        frame = extract_many([article_of(doc)], inferred=True)
        spent = time.process_time() - began
        one = score(doc, frame, days)
        one.seconds = spent
        tally.add(one)
    return tally


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


def table(results: list[tuple[str, Tally]]) -> str:
    """The report as a Markdown table."""
    lines = [
        "| corpus | dated events | right % | publication day % | precise right % | "
        "own time right % (baseline) | no own time right % (baseline) | "
        "full times right % | their events right % | rows/sentence | CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, t in results:
        other, other_right = t.events - t.own, t.right - t.own_right
        other_base = t.baseline - t.own_baseline
        lines.append(
            f"| {name} | {t.events} | {_share(t.right, t.events)} | "
            f"{_share(t.baseline, t.events)} | {_share(t.precise_right, t.precise)} "
            f"({t.precise}) | {_share(t.own_right, t.own)} ({_share(t.own_baseline, t.own)}) "
            f"| {_share(other_right, other)} ({_share(other_base, other)}) | "
            f"{_share(t.full_right, t.full)} ({t.full}) | "
            f"{_share(t.full_events_right, t.full_events)} ({t.full_events}) | "
            f"{t.rows / max(t.sentences_with_rows, 1):.2f} | {t.seconds:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="corpus folders of .tml files")
    parser.add_argument("--errors", type=int, default=0, help="list N wrongly dated events")
    parser.add_argument("--time-errors", type=int, default=0, help="list N full times missed")
    parser.add_argument("--seed", type=int, default=1, help="which errors are sampled")
    parser.add_argument("--gold-days", action="store_true",
                        help="score events against the day of a gold time of day")
    args = parser.parse_args(argv)
    results = [(path.name, run(path, args.gold_days)) for path in args.paths]
    if len(results) > 1:
        total = Tally()
        for _, t in results:
            total.add(t)
        results.append(("all", total))
    print(table(results))
    for errors, count in (
        (results[-1][1].errors, args.errors),
        (results[-1][1].time_errors, args.time_errors),
    ):
        for line in random.Random(args.seed).sample(errors, min(count, len(errors))):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
