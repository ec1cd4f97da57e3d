"""The first characters a rule can start with (prefixes.keys), which the tagger checks
before trying a rule: a key left out would lose matches silently."""

from __future__ import annotations

import re

import pytest

from timeline.temporal.prefixes import SHAPE, keys, longest
from timeline.temporal.rules import STARTS_WORD
from timeline.temporal.rules import load as load_rules

ASCII = {chr(i) for i in range(128)}


def test_a_word_list_after_an_optional_article() -> None:
    pattern = re.compile(STARTS_WORD + r"(?:the\s+)?(?:mon|tues)day", re.I)
    assert keys(pattern) == {"th", "mo", "tu"}


def test_a_match_of_one_character_takes_any_next_one() -> None:
    found = keys(re.compile(r"[0-3]?\d(?:st|nd)?"))
    assert found is not None
    assert {"5", "5 ", "5.", "31", "2n"} <= found
    assert found == {d for d in "0123456789"} | {d + c for d in "0123456789" for c in ASCII}


def test_case_and_the_kelvin_sign() -> None:
    assert keys(re.compile("AM", re.I)) == {"am"}
    assert keys(re.compile("(?-i:Now)", re.I)) == {"no"}
    # re.IGNORECASE takes the Kelvin sign for 'k', so an ASCII 'k' may start its match
    assert keys(re.compile("\u212a", re.I)) == {"k"} | {"k" + c for c in ASCII}


@pytest.mark.parametrize(
    "pattern", [r"(?:the)?", r"(a)\1", r"\s*", r"x|"], ids=["optional", "backref", "star", "empty"]
)
def test_what_can_match_anywhere_has_no_keys(pattern: str) -> None:
    assert keys(re.compile(pattern)) is None


def test_every_rule_example_starts_with_a_key_of_its_rule() -> None:
    checked = 0
    for rule in load_rules().rules:
        found = keys(rule.regex)
        assert found is not None, rule.name
        for example in rule.examples:
            for match in rule.regex.finditer(example.sentence):
                key = example.sentence[match.start() : match.start() + 2].lower()
                assert key in found, (rule.name, example.sentence)
                checked += 1
    assert checked > 150


def test_the_longest_heads_of_a_rule_in_the_shape_of_a_text() -> None:
    # any space is ' ' and any digit '0' (prefixes.SHAPE), so 'the\s+' is one head
    ahead = re.compile(r"the\s+(?:days|weeks)\s+ahead", re.I)
    assert longest(ahead, 32, 6) == ("the   ", "the  d", "the  w", "the da", "the we")
    assert longest(re.compile(r"\d{1,2}:\d\d"), 32, 6) == ("00:00", "0:00")
    # more heads than asked for at three characters already: none
    assert longest(re.compile(r"(?:a|an|one|two|three|\d+)\s+(?:day|week)s?"), 8, 6) is None


def test_every_rule_example_starts_with_a_head_of_its_rule() -> None:
    with_heads = checked = 0
    for rule in load_rules().rules:
        heads = longest(rule.regex, 32, 6)
        if heads is None:
            continue  # too many heads: the rule is tried without the check
        with_heads += 1
        for example in rule.examples:
            for match in rule.regex.finditer(example.sentence):
                shape = example.sentence.lower().translate(SHAPE)
                assert shape.startswith(heads, match.start()), rule.name
                checked += 1
    # most rules have heads, and their examples are checked (80 rules, 160 matches)
    assert with_heads > 70
    assert checked > 140
