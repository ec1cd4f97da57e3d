"""The shipped table of what rules start with (temporal/starts.py): it must be what the
rules' parse trees give, or the tagger would skip matches silently."""

from __future__ import annotations

import re

from timeline.temporal import starts as starts_module
from timeline.temporal.rules import FLAGS, STARTS_WORD, Rule
from timeline.temporal.rules import load as load_rules
from timeline.temporal.starts import computed, starts


def test_the_shipped_table_is_what_the_rules_give() -> None:
    # fails after a rule changes: rewrite it with `python scripts/write_starts.py`
    shipped = starts_module._shipped()
    stale = [rule.name for rule in load_rules().rules
             if shipped.get(starts_module._key(rule.regex)) != computed(rule.regex)]
    assert stale == []


def test_every_packaged_rule_is_in_the_table() -> None:
    shipped = starts_module._shipped()
    assert all(starts_module._key(rule.regex) in shipped for rule in load_rules().rules)


def test_a_rule_is_looked_up_before_it_is_compiled() -> None:
    # starts keys a rule by rules.FLAGS, the flags its regex will have once compiled
    for rule in load_rules().rules:
        assert rule.regex.flags == FLAGS
        assert starts_module._pattern_key(FLAGS, rule.pattern) == starts_module._key(rule.regex)
    uncompiled = Rule(name="year_to_date", pattern=STARTS_WORD + r"(?:year[\s-]+to[\s-]+date)",
                      type="DURATION", resolve="duration")
    assert starts(uncompiled) == computed(re.compile(uncompiled.pattern, re.I))


def test_a_rule_missing_from_the_table_is_read_from_its_parse_tree() -> None:
    rule = Rule(name="days_ahead", pattern=STARTS_WORD + r"(?:the\s+)?(?:days|weeks)\s+ahead",
                type="DURATION", resolve="duration")
    keys, (width, heads) = starts(rule)
    assert keys == {"th", "da", "we"}
    assert width == 6
    assert heads == {"the   ", "the  d", "the  w", "the da", "the we", "days  ", "days a", "weeks "}
