"""Every rule's own example sentences, run through the whole tagger."""

from __future__ import annotations

import re

import pytest

from timeline.temporal import tag
from timeline.temporal.rules import _EXAMPLES, BEFORE, examples, load, reach_of, tail_of
from timeline.temporal.vocab import parsed_toml, read_table, table_text

RULESET = load()
CASES = [
    pytest.param(rule, example, id=f"{rule.name}-{i}")
    for rule in RULESET.rules
    for i, example in enumerate(rule.examples)
]


def test_every_rule_has_an_example() -> None:
    assert [r.name for r in RULESET.rules if not r.examples] == []


def test_the_rules_read_without_their_examples_are_the_rules_of_the_whole_file() -> None:
    # load leaves out the examples' text, examples reads the whole file
    whole = read_table("rules.toml")
    for raw in whole["rule"]:
        raw.pop("examples")
    assert parsed_toml(_EXAMPLES.sub("\n", table_text("rules.toml"))) == whole
    assert sum(map(len, examples().values())) > 200
    assert RULESET.rules[0].examples == examples()[RULESET.rules[0].name]


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


# letters beyond ASCII that re.IGNORECASE matches to ASCII ones: long s, Kelvin sign, dotless i
LOOK_ALIKES = str.maketrans({"s": "\u017f", "k": "\u212a", "i": "\u0131"})
ALIKE_CASES = [
    pytest.param(rule, example, id=f"{rule.name}-{i}")
    for rule in RULESET.rules
    for i, example in enumerate(rule.examples)
    if example.text.translate(LOOK_ALIKES) != example.text
]


@pytest.mark.parametrize(("rule", "example"), ALIKE_CASES)
def test_a_look_alike_letter_resolves_as_the_letter_it_matched(rule, example) -> None:
    # the rule matches 'la\u017ft night' as 'last night', so its words are looked up as those
    text = example.text.translate(LOOK_ALIKES)
    sentence = example.sentence.replace(example.text, text)
    found = {t.text: t for t in tag(sentence, example.dct or RULESET.example_dct)}
    if text in found and found[text].rule == rule.name:
        assert (found[text].value, found[text].mod) == (example.value, example.mod)


def test_a_long_s_in_a_time_word_is_an_s() -> None:
    # was KeyError: 'la\u017ft night'
    found = tag("The fire started la\u017ft night.", "2024-03-20T15:00:00+00:00")
    assert [(t.text, t.value) for t in found] == [("la\u017ft night", "2024-03-19TNI")]
    found = tag("Prices rise da\u0131ly.", "2024-03-20T15:00:00+00:00")
    assert [(t.text, t.value) for t in found] == [("da\u0131ly", "P1D")]


PRECEDED = [r for r in RULESET.rules if r.preceded_by is not None]


@pytest.mark.parametrize("rule", PRECEDED, ids=[r.name for r in PRECEDED])
def test_preceded_by_is_looked_for_as_far_as_it_can_reach(rule) -> None:
    """A rule's preceded_by, searched from its reach, allows a match wherever a search
    of all BEFORE characters does: at every offset of its example sentences and of
    texts made to end in its words (a line break after them, '$' matching before it)."""
    texts = [ex.sentence for ex in rule.examples]
    texts += ["at 5", "about \n5", "at\n\n5", "aged 30 days", "in 1998-99", "highs in the 80s"]
    # the character before the closing whitespace first (tail): case, a dash, a space
    # beyond ASCII, a word beyond ASCII, a window of whitespace alone
    texts += ["ON April 24 AND 25", "in 1998 \u2013 99", "from June 3 and\u00a04",
              "weeks, IF NOT months", "la\u017ft 5", "\u212aept at 5", " " * 45 + "5"]
    for text in texts:
        for start in range(len(text) + 1):
            whole = rule.preceded_by.search(text, max(0, start - BEFORE), start) is not None
            assert rule.accepts(text, start) == whole, (text, start)


def test_tail_is_what_a_preceded_by_match_ends_with_before_its_whitespace() -> None:
    assert tail_of(re.compile(r"\b(?:on|by)\s$")) == {"n", "y"}
    assert tail_of(re.compile(r"\b(?:In|the)[\s-]$", re.I)) == {"n", "e", "-"}
    assert tail_of(re.compile(r"\d\s*(?:and|-)\s*$")) == {"d", "-"}
    assert tail_of(re.compile(r"(?<!\baged\s)$")) is None  # it may end with nothing
    assert tail_of(re.compile(r"(?:\bon|^)\s*$")) is None
    assert tail_of(re.compile(r"[^\w\s]\s$")) is None  # a class not read
    by_name = {r.name: r for r in RULESET.rules}
    assert by_name["year_range_end"].tail == {"-", "\u2013", "/"}  # "the 2010/11 season"
    assert by_name["duration"].tail is None


def test_reach_counts_the_longest_text_and_a_line_break() -> None:
    by_name = {r.name: r for r in RULESET.rules}
    assert by_name["duration"].reach == 1  # (?<!\baged\s)(?<!\bage\sof\s)$
    # a word of up to 20 characters that is no verb of change, spaces and 'by', and a space
    assert by_name["clock_24h"].reach == 27
    assert by_name["year_range_end"].reach == BEFORE  # \s* has no end
    at_end = re.compile(r"\bat$")
    assert reach_of(at_end) == 3
    # '$' matches before a last line break: the match 'at' ends a character early
    assert at_end.search("x at\n", 5 - reach_of(at_end), 5) is not None
    assert at_end.search("x at\n", 5 - 2, 5) is None


def test_reach_and_tail_read_each_pattern_from_its_own_parse_tree() -> None:
    # the last tree is kept for the next call: asked in turns, each answer is its own
    joined, year = re.compile(r"\b(?:and|or)\s$", re.I), re.compile(r"1998-$")
    assert (reach_of(joined), tail_of(year), reach_of(year), tail_of(joined)) == (
        5, {"-"}, 6, {"d", "r"},
    )
