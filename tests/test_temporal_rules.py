"""Every rule's own example sentences, run through the whole tagger."""

from __future__ import annotations

import pytest

from timeline.temporal import tag
from timeline.temporal.rules import load

RULESET = load()
CASES = [
    pytest.param(rule, example, id=f"{rule.name}-{i}")
    for rule in RULESET.rules
    for i, example in enumerate(rule.examples)
]


def test_every_rule_has_an_example() -> None:
    assert [r.name for r in RULESET.rules if not r.examples] == []


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULESET.rules]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example) -> None:
    found = tag(example.sentence, example.dct or RULESET.example_dct)
    by_text = {t.text: t for t in found}
    assert example.text in by_text, f"found {[t.text for t in found]}"
    timex = by_text[example.text]
    assert example.sentence[timex.start : timex.end] == example.text
    assert (timex.value, timex.mod) == (example.value, example.mod)
    assert timex.rule == rule.name
