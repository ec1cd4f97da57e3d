"""TempEval-3 Task A benchmark of the temporal tagger on TimeML corpora.

    python -m benchmarks.timeml PATH [PATH ...] [--per-doc] [--errors N] [--tagger MOD:FUNC]

Reads every .tml file under the PATHs (see ``benchmarks.tml``), runs the tagger on each
document's raw text with its DCT (a DCT that is a day alone, '1998-02-06', is passed as
``date_only`` to a tagger that takes it, as the ``timex`` command reads a day-only
``--dct``: what a user of the command gets is what is scored), and scores the result as
the official TempEval-3 scorer does (see ``benchmarks.scoring``). ``--errors N`` lists up to
N mismatches of each kind with their context: it is the tool for improving the tagger, so
it favours readability.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from benchmarks.scoring import Alignment, Counts, Pair, Scores, align, scores
from benchmarks.tml import Document, Span, TimeMLError, iter_problems, read_documents
from timeline.ingest import is_date_only

TYPES = ("DATE", "TIME", "DURATION", "SET")
KINDS = ("missed", "spurious", "wrong span", "wrong value", "wrong type")
CONTEXT = 60  # characters of context shown on each side of an error
T = TypeVar("T")


class TimexLike(Protocol):
    """What the benchmark reads from each tagger result (``timeline.temporal.Timex`` fits)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def mod(self) -> str: ...


Tagger = Callable[[str, datetime], Sequence[TimexLike]]


@dataclass(frozen=True)
class DocResult:
    """One document after tagging and matching; ``error`` is set if the tagger raised."""

    doc: Document
    system: tuple[Span, ...]
    alignment: Alignment
    seconds: float
    error: str = ""


@dataclass(frozen=True)
class Mismatch:
    """One error of the tagger, with what is needed to show it in context."""

    kind: str
    doc: Document
    gold: Span | None
    system: Span | None


def load_tagger(spec: str) -> Tagger:
    """Import ``module:function`` so other taggers (or a baseline) can be benchmarked too."""
    module_name, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module_name), attr or "tag")


def to_span(timex: TimexLike) -> Span:
    """A tagger result reduced to the attributes Task A scores."""
    return Span(timex.start, timex.end, timex.text, timex.type, timex.value, timex.mod or "")


def evaluate(docs: Sequence[Document], tagger: Tagger) -> list[DocResult]:
    """Tag and match every document, timing the tagger calls alone.

    The first document is tagged once untimed beforehand, so lazy set-up (compiling
    patterns, loading vocabularies) is not billed to throughput. A tagger exception is
    recorded on its document, which then counts as having no system timex.
    """
    if docs:
        _call(tagger, docs[0])
    return [_evaluate_one(doc, tagger) for doc in docs]


def _takes_date_only(tagger: Tagger) -> bool:
    """Whether a tagger takes the ``date_only`` keyword (``timeline.temporal.tag`` does)."""
    try:
        return "date_only" in inspect.signature(tagger).parameters
    except (TypeError, ValueError):  # a callable without a signature Python can read
        return False


def _call(tagger: Tagger, doc: Document) -> tuple[tuple[Span, ...], float, str]:
    """(system spans, seconds, error message) of one tagger call."""
    day = is_date_only(doc.dct_value) and _takes_date_only(tagger)
    day_only = {"date_only": True} if day else {}
    started = time.perf_counter()
    try:
        result = tagger(doc.text, doc.dct, **day_only)
    except Exception as exc:  # the benchmark reports it and goes on to the next document
        return (), time.perf_counter() - started, f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - started
    return tuple(sorted(map(to_span, result))), seconds, ""


def _evaluate_one(doc: Document, tagger: Tagger) -> DocResult:
    """Tag one document and match its output against the gold timexes."""
    system, seconds, error = _call(tagger, doc)
    return DocResult(doc, system, align(doc.gold, system), seconds, error)


def total_counts(results: Iterable[DocResult]) -> Counts:
    """Counts summed over documents (TempEval-3 micro-averages)."""
    return sum((result.alignment.counts for result in results), Counts())


def mismatches(result: DocResult) -> list[Mismatch]:
    """Every error in one document, in text order, labelled with one of KINDS.

    A matched pair can be both a wrong span and a wrong value; it is listed under both.
    A wrong type is only listed on its own when the value is right (else the wrong-value
    entry already shows both types).
    """
    doc, found = result.doc, []
    found += [Mismatch("missed", doc, gold, None) for gold in result.alignment.missed]
    found += [Mismatch("spurious", doc, None, system) for system in result.alignment.spurious]
    for pair in result.alignment.pairs:
        for kind in _pair_kinds(pair):
            found.append(Mismatch(kind, doc, pair.gold, pair.system))
    return sorted(found, key=lambda m: _anchor(m).start)


def _pair_kinds(pair: Pair) -> list[str]:
    """The error kinds of one matched pair ([] when it is entirely right)."""
    kinds = [] if pair.strict else ["wrong span"]
    if not pair.value_ok:
        kinds.append("wrong value")
    elif not pair.type_ok:
        kinds.append("wrong type")
    return kinds


def _anchor(mismatch: Mismatch) -> Span:
    """The span an error is located by: the gold one when there is one."""
    span = mismatch.gold or mismatch.system
    assert span is not None
    return span


# ---- report -------------------------------------------------------------------------------


def pct(x: float) -> str:
    """A fraction as the official scorer prints it: percent, two decimals."""
    return f"{100 * x:6.2f}"


def format_scores(result: Scores, n_docs: int) -> str:
    """The headline table: strict/relaxed P/R/F1 and type/value attribute F1."""
    c = result.counts
    lines = [
        f"TempEval-3 Task A: {n_docs} documents, {c.gold} gold timexes, {c.system} system timexes",
        "",
        f"{'':10}{'P':>7}{'R':>8}{'F1':>8}{'accuracy':>11}",
    ]
    for name, prf_, accuracy in (
        ("strict", result.strict, None),
        ("relaxed", result.relaxed, None),
        ("type", result.type, result.type_accuracy),
        ("value", result.value, result.value_accuracy),
    ):
        acc = f"{pct(accuracy):>11}" if accuracy is not None else ""
        row = f"{pct(prf_.precision)}  {pct(prf_.recall)}  {pct(prf_.f1)}"
        lines.append(f"{name:10} {row}{acc}")
    lines.append("(type/value: P, R, F1 over correct attributes; accuracy over relaxed matches)")
    return "\n".join(lines)


def format_per_type(results: Sequence[DocResult]) -> str:
    """Recall and value accuracy per gold TIMEX3 type, and over-generation per system type."""
    pairs = [pair for r in results for pair in r.alignment.pairs]
    missed = [g for r in results for g in r.alignment.missed]
    spurious = [s for r in results for s in r.alignment.spurious]
    system = [s for r in results for s in r.system]
    seen = {p.gold.type for p in pairs} | {g.type for g in missed} | {s.type for s in system}
    header = f"{'type':10}{'gold':>6}{'recall':>9}{'strict R':>10}{'value acc':>11}"
    lines = [header + f"{'system':>8}{'spurious':>10}"]
    for kind in [*TYPES, *sorted(seen - set(TYPES))]:
        matched = [p for p in pairs if p.gold.type == kind]
        gold = len(matched) + sum(g.type == kind for g in missed)
        strict = sum(p.strict for p in matched)
        value_ok = sum(p.value_ok for p in matched)
        lines.append(
            f"{kind:10}{gold:6}{_ratio(len(matched), gold):>9}{_ratio(strict, gold):>10}"
            f"{_ratio(value_ok, len(matched)):>11}{sum(s.type == kind for s in system):8}"
            f"{sum(s.type == kind for s in spurious):10}"
        )
    return "\n".join(lines)


def _ratio(part: int, whole: int) -> str:
    """part/whole in percent, or '-' when there is nothing to divide by."""
    return pct(part / whole) if whole else "     -"


def format_timing(results: Sequence[DocResult]) -> str:
    """Tagging time only: file reading, matching and the warm-up call are excluded."""
    seconds = sum(r.seconds for r in results)
    rate = len(results) / seconds if seconds else float("inf")
    return (
        f"tagging: {seconds:.2f} s for {len(results)} documents, {rate:.1f} documents/s "
        "(tagger calls only, after one untimed warm-up call)"
    )


def format_per_doc(results: Sequence[DocResult]) -> str:
    """One line per document, so regressions can be traced to the documents they hit."""
    lines = [
        f"{'document':32}{'gold':>5}{'sys':>5}{'strict':>8}{'relaxed':>8}{'value':>8}{'ms':>8}"
    ]
    for r in results:
        s = scores(r.alignment.counts)
        lines.append(
            f"{r.doc.doc_id[:32]:32}{len(r.doc.gold):5}{len(r.system):5}{pct(s.strict.f1):>8}"
            f"{pct(s.relaxed.f1):>8}{pct(s.value.f1):>8}{1000 * r.seconds:8.1f}"
            + (f"  TAGGER RAISED {r.error}" if r.error else "")
        )
    return "\n".join(lines)


def format_errors(results: Sequence[DocResult], limit: int) -> str:
    """Up to ``limit`` errors of each kind, spread evenly over the corpus, with context.

    Each kind starts with its count and its most frequent texts (or, for wrong values, the
    most frequent gold -> system value shapes), which is where a fix pays off most.
    """
    every = [m for r in results for m in mismatches(r)]
    sections = []
    for kind in KINDS:
        found = [m for m in every if m.kind == kind]
        if not found:
            continue
        sections.append(f"== {kind}: {len(found)} ==")
        sections.append("   most frequent: " + _most_frequent(kind, found))
        sections += [_format_mismatch(m) for m in spread(found, limit)]
        sections.append("")
    return "\n".join(sections) if sections else "no errors"


def spread(items: Sequence[T], limit: int) -> list[T]:
    """Up to ``limit`` items evenly spaced over ``items``: a sample of every document,
    not only the first few (the corpus is sorted by source)."""
    if len(items) <= limit:
        return list(items)
    return [items[i * len(items) // limit] for i in range(max(0, limit))]


def _most_frequent(kind: str, found: Sequence[Mismatch], top: int = 8) -> str:
    """The most common error texts (or value shape changes) of one kind, with counts."""
    if kind == "wrong value":
        keys = [f"{_shape(m.gold)} -> {_shape(m.system)}" for m in found]
    else:
        keys = [" ".join(_anchor(m).text.lower().split()) for m in found]
    return ", ".join(f"{key!r} x{n}" for key, n in Counter(keys).most_common(top))


def _shape(span: Span | None) -> str:
    """A value with digits masked, so '1998-08-07' and '2001-01-02' count as one pattern."""
    return re.sub(r"\d", "9", span.value) if span else ""


def _format_mismatch(m: Mismatch) -> str:
    """Two lines: where and what (gold vs system), then the text around it."""
    head = f"  {m.doc.doc_id}  DCT {m.doc.dct_value}"
    if m.gold and m.system:
        what = f"gold {_describe(m.gold)}   system {_describe(m.system)}"
    else:
        what = f"{'gold' if m.gold else 'system'} {_describe(_anchor(m))}"
    return f"{head}  {what}\n      {context(m.doc.text, m.gold, m.system)}"


def _describe(span: Span) -> str:
    """A timex as '"text" TYPE value mod=MOD'."""
    mod = f" mod={span.mod}" if span.mod else ""
    return f"{' '.join(span.text.split())!r} {span.type} {span.value}{mod}"


def context(text: str, gold: Span | None, system: Span | None, width: int = CONTEXT) -> str:
    """The text around an error on one line, gold marked [like this], system {like this}."""
    spans = [s for s in (gold, system) if s is not None]
    left = max(0, min(s.start for s in spans) - width)
    right = min(len(text), max(s.end for s in spans) + width)
    marks = []  # (offset, opening after closing at one offset, mark)
    if gold is not None:
        marks += [(gold.start, 1, "["), (gold.end, 0, "]")]
    if system is not None:
        marks += [(system.start, 1, "{"), (system.end, 0, "}")]
    marks.sort()
    out, position = [], left
    for offset, _, mark in marks:
        out += [text[position:offset], mark]
        position = offset
    out.append(text[position:right])
    snippet = re.sub(r"\s+", " ", "".join(out))
    return ("..." if left > 0 else "") + snippet + ("..." if right < len(text) else "")


def format_warnings(results: Sequence[DocResult]) -> list[str]:
    """Tagger crashes and system timexes whose text is not text[start:end] (offset bugs)."""
    warnings = [f"tagger raised on {r.doc.doc_id}: {r.error}" for r in results if r.error]
    for r in results:
        bad = [s for s in r.system if r.doc.text[s.start : s.end] != s.text]
        warnings += [
            f"{r.doc.doc_id}: system text {s.text!r} != text[{s.start}:{s.end}]" for s in bad
        ]
    return warnings


# ---- command line -------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line described in the module docstring."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.timeml", description=__doc__)
    parser.add_argument("paths", nargs="+", help=".tml files or folders searched recursively")
    parser.add_argument("--per-doc", action="store_true", help="print one line per document")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="N errors per kind")
    parser.add_argument("--tagger", default="timeline.temporal:tag", metavar="MODULE:FUNC")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None, tagger: Tagger | None = None) -> int:
    """Run the benchmark; 0 if it ran cleanly, 1 if the tagger raised or offsets failed."""
    args = parse_args(argv)
    try:
        docs = read_documents(args.paths)
    except (TimeMLError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not docs:
        print(f"error: no .tml files under {' '.join(args.paths)}", file=sys.stderr)
        return 2
    problems = list(iter_problems(docs))
    for problem in problems:
        print(f"offset check: {problem}", file=sys.stderr)
    results = evaluate(docs, tagger or load_tagger(args.tagger))
    print(format_scores(scores(total_counts(results)), len(docs)), end="\n\n")
    print(format_per_type(results), end="\n\n")
    print(format_timing(results))
    if args.per_doc:
        print("\n" + format_per_doc(results))
    if args.errors:
        print("\n" + format_errors(results, args.errors))
    warnings = format_warnings(results)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 1 if problems or any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
