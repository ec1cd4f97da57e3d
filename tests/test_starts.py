"""The shipped table of what rules start with (temporal/starts.py): it must be what the
rules' parse trees give, or the tagger would skip matches silently."""

from __future__ import annotations

import re

from timeline.temporal import starts as starts_module
from timeline.temporal.rules import STARTS_WORD
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


def test_a_rule_missing_from_the_table_is_read_from_its_parse_tree() -> None:
    regex = re.compile(STARTS_WORD + r"(?:the\s+)?(?:days|weeks)\s+ahead", re.I)
    keys, (width, heads) = starts(regex)
    assert keys == {"th", "da", "we"}
    assert width == 6
    assert heads == {"the   ", "the  d", "the  w", "the da", "the we", "days  ", "days a", "weeks "}
