"""TempEval-3 Task A scoring of TIMEX3s, as the official scorer (TE3-evaluation.py) does it.

* Matching is one-to-one: each gold timex is paired with at most one system timex and vice
  versa. A pair needs overlapping character spans (*relaxed* match); it is also a *strict*
  match when the offsets are identical. Identical spans are paired first, then the largest
  overlaps, so a strict match is never lost to a mere overlap.
* Strict and relaxed P/R/F1: P = matches / system timexes, R = matches / gold timexes.
* Attributes (type, value) are compared over relaxed matches only, as exact strings.
  Attribute F1 is computed the TempEval-3 way: P = matches with the correct attribute /
  system timexes, R = the same / gold timexes. That equals the official scorer's
  "relaxed F1 x attribute accuracy", since both reduce to 2*correct / (system + gold).
* Counts are summed over all documents before dividing (micro-averaging), as officially.
  With no gold and no system timex at all, every score is 1.0 (the official convention).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from benchmarks.tml import Span


@dataclass(frozen=True)
class Pair:
    """A gold timex and the system timex it was matched with (at least a relaxed match)."""

    gold: Span
    system: Span

    @property
    def strict(self) -> bool:
        return self.gold.offsets == self.system.offsets

    @property
    def type_ok(self) -> bool:
        return self.gold.type == self.system.type

    @property
    def value_ok(self) -> bool:
        return self.gold.value == self.system.value


@dataclass(frozen=True)
class Alignment:
    """The outcome of matching one document's system timexes against its gold ones."""

    pairs: tuple[Pair, ...]
    missed: tuple[Span, ...]
    spurious: tuple[Span, ...]

    @property
    def counts(self) -> Counts:
        return Counts(
            gold=len(self.pairs) + len(self.missed),
            system=len(self.pairs) + len(self.spurious),
            strict=sum(pair.strict for pair in self.pairs),
            relaxed=len(self.pairs),
            type_ok=sum(pair.type_ok for pair in self.pairs),
            value_ok=sum(pair.value_ok for pair in self.pairs),
        )


@dataclass(frozen=True)
class Counts:
    """The raw counts every TempEval-3 Task A score is computed from; they add up."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1, as fractions in [0, 1]."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Scores:
    """Every Task A score: span detection (strict, relaxed) and attributes (type, value)."""

    strict: PRF
    relaxed: PRF
    type: PRF
    value: PRF
    type_accuracy: float
    value_accuracy: float
    counts: Counts = field(default_factory=Counts)


def prf(correct: int, system: int, gold: int) -> PRF:
    """P/R/F1 of ``correct`` hits among ``system`` answers for ``gold`` expected ones."""
    if system == 0 and gold == 0:
        return PRF(1.0, 1.0, 1.0)
    precision = correct / system if system else 0.0
    recall = correct / gold if gold else 0.0
    total = precision + recall
    return PRF(precision, recall, 2 * precision * recall / total if total else 0.0)


def scores(counts: Counts) -> Scores:
    """All Task A scores from summed counts (see the module docstring for the definitions)."""
    matched = counts.relaxed
    return Scores(
        strict=prf(counts.strict, counts.system, counts.gold),
        relaxed=prf(counts.relaxed, counts.system, counts.gold),
        type=prf(counts.type_ok, counts.system, counts.gold),
        value=prf(counts.value_ok, counts.system, counts.gold),
        type_accuracy=counts.type_ok / matched if matched else 0.0,
        value_accuracy=counts.value_ok / matched if matched else 0.0,
        counts=counts,
    )


def align(gold: Sequence[Span], system: Sequence[Span]) -> Alignment:
    """Match system timexes to gold ones one-to-one.

    Identical spans are paired first, so a strict match is never lost to a mere overlap.
    The rest are paired greedily by largest overlap, then augmenting paths make that a
    maximum matching: nested or chained overlaps can't cost a relaxed match.
    """
    match: dict[int, int] = {}  # system index -> gold index
    strict = _pair_identical(gold, system, match)
    edges = {gi: _partners(g, system, strict) for gi, g in enumerate(gold)}
    greedy = sorted((-_overlap(gold[gi], system[si]), gi, si) for gi in edges for si in edges[gi])
    for _, gi, si in greedy:
        if si not in match and gi not in match.values():
            match[si] = gi
    for gi in edges:
        if gi not in match.values():
            _augment(gi, edges, match, set())
    pairs = sorted(
        (Pair(gold[gi], system[si]) for si, gi in match.items()), key=lambda p: p.gold.offsets
    )
    paired_gold = set(match.values())
    return Alignment(
        pairs=tuple(pairs),
        missed=tuple(g for gi, g in enumerate(gold) if gi not in paired_gold),
        spurious=tuple(s for si, s in enumerate(system) if si not in match),
    )


def _partners(g: Span, system: Sequence[Span], taken: set[int]) -> list[int]:
    """Indices of system spans overlapping ``g`` (not in ``taken``), largest overlap first."""
    overlapping = [si for si, s in enumerate(system) if si not in taken and _overlap(g, s) > 0]
    return sorted(overlapping, key=lambda si: (-_overlap(g, system[si]), system[si].start))


def _pair_identical(
    gold: Sequence[Span], system: Sequence[Span], match: dict[int, int]
) -> set[int]:
    """Pair system and gold timexes with identical offsets; return those system indices."""
    free: dict[tuple[int, int], list[int]] = {}
    for si, s in enumerate(system):
        free.setdefault(s.offsets, []).append(si)
    for gi, g in enumerate(gold):
        if free.get(g.offsets):
            match[free[g.offsets].pop(0)] = gi
    return set(match)


def _augment(gi: int, edges: dict[int, list[int]], match: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's augmenting path from unmatched gold ``gi``; matched nodes stay matched."""
    for si in edges[gi]:
        if si in seen:
            continue
        seen.add(si)
        if si not in match or _augment(match[si], edges, match, seen):
            match[si] = gi
            return True
    return False


def _overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share (0 when they only touch or are disjoint)."""
    return min(a.end, b.end) - max(a.start, b.start)
