"""No regular expression of the project backtracks out of bounds on adversarial text.

Every compiled pattern (each module's, each tagger rule's, each built from a word table)
is run over 10,000-character runs of what makes patterns backtrack: digits, spaces,
dots, letters, capitals, numbers with separators, quotes. A linear pattern takes a few
milliseconds; one that tries every split of a run (nested quantifiers) or rescans the
run from each of its characters takes seconds, and fails here.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import timeline
from timeline.events import (
    baselines,
    clauses,
    clock,
    contracts,
    happening_words,
    lexicon,
    nesting,
    people,
)
from timeline.temporal import idioms, quotes, sections, tense, wording
from timeline.temporal.rules import load

N = 10_000
ADVERSARIAL = {
    "digits": "9" * N,
    "spaces": " " * N,
    "newlines": "\n" * N,
    "tabs": "\t" * N,
    "dots": "." * N,
    "hyphens": "-" * N,
    "quotes": "'" * N,
    "double quotes": '"' * N,
    "letters": "a" * N,
    "capitals": "A" * N,
    "words": "a " * (N // 2),
    "capitalised words": "Ab " * (N // 3),
    "capitals and hyphens": "A-" * (N // 2),
    "digits and commas": "1," * (N // 2),
    "thousands": "999," * (N // 4),
    "decimals": "9." * (N // 2),
    "numbers": "9 " * (N // 2),
    "commas": ", " * (N // 2),
    "initials": "Mr. A. " * (N // 7),
    "clock times": "9 p.m. " * (N // 7),
    "years": "2022 " * (N // 5),
}
SECONDS = 0.5  # per pattern and string; the slowest linear one takes 0.04


def _patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(timeline.__path__, "timeline."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{info.name}.{name}"] = value
    for rule in load().rules:
        found[f"rule {rule.name}"] = rule.regex
        if rule.preceded_by is not None:
            found[f"rule {rule.name} preceded_by"] = rule.preceded_by
    for module, name in (
        (idioms, "_idiom_regex"),
        (idioms, "_counted_after_number"),
        (tense, "_cue_regex"),
        (tense, "_cue_lead"),
        (tense, "_plans_lead"),
        (wording, "_signal_regex"),
        (quotes, "_quoted_material_regex"),
        (sections, "_stamp_end"),
        (tense, "_requested_regex"),
        (tense, "_place_schedule_regex"),
    ):
        found[f"{module.__name__}.{name}()"] = getattr(module, name)()
    for i, pattern in enumerate(tense._present_regex()):
        found[f"tense._present_regex()[{i}]"] = pattern
    found["nesting._adjoining()"] = nesting._adjoining()
    found["clock._between()"] = clock._between()
    lex = lexicon()
    found["happening_words._acting_subject()"] = happening_words._acting_subject(lex)
    found["people._speaker_run()"] = people._speaker_run(lex)
    for module, name in ((clauses, "_present"), (clauses, "_s_before_object"),
                         (contracts, "_noun_before"), (contracts, "_noun_after"),
                         (baselines, "_result_figure")):
        found[f"{module.__name__}.{name}()"] = getattr(module, name)(lex)
    for name in ("reporting", "plan", "forecast", "status", "honorific", "group"):
        found[f"lexicon.{name}"] = getattr(lex, name)
    for name in ("clause_opener", "clause_break", "clause_boundary"):
        found[f"lexicon.{name}"] = getattr(lex, name)
    for name in lex.words:
        found[f"lexicon.pattern({name})"] = lex.pattern(name)
    return found


PATTERNS = _patterns()


def test_the_audit_sees_every_kind_of_pattern() -> None:
    names = set(PATTERNS)
    assert len(names) > 150
    assert {"rule offset_ago", "timeline.sentences._BOUNDARY", "lexicon.reporting"} <= names
    assert "timeline.events.pronouns._CAPITALISED_WORDS" in names


class TooSlow(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt a match after ``seconds`` of CPU time: re checks for signals while it
    backtracks, so an exponential pattern fails the test instead of hanging the suite, and
    a loaded machine (wall-clock time stretched) does not fail a linear one."""

    def interrupt(signum: int, frame: object) -> None:
        raise TooSlow

    previous = signal.signal(signal.SIGPROF, interrupt)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _run(pattern: re.Pattern[str], text: str) -> None:
    for _ in pattern.finditer(text):
        pass
    pattern.fullmatch(text + "!")


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_runs_in_linear_time_on_adversarial_text(name: str) -> None:
    slow = []
    for kind, text in ADVERSARIAL.items():
        try:
            with time_limit(SECONDS):
                _run(PATTERNS[name], text)
        except TooSlow:
            slow.append(kind)
    assert slow == []


def test_the_time_limit_catches_catastrophic_backtracking() -> None:
    """The pattern pronouns.py had: 2**n ways to split a run of n capitals."""
    with pytest.raises(TooSlow), time_limit(SECONDS):
        _run(re.compile(r"(?:[A-Z][\w'-]*\s*)+"), ADVERSARIAL["capitals"])
