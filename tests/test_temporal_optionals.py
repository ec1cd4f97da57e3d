"""Optional groups written as branches (optionals.as_branches)."""

from __future__ import annotations

import re
from itertools import product

from timeline.temporal.optionals import as_branches
from timeline.temporal.rules import STARTS_WORD, expand, load
from timeline.temporal.trie import alternation
from timeline.temporal.vocab import load as load_vocab
from timeline.temporal.vocab import parsed_toml, table_text


def test_an_optional_group_becomes_a_branch_nested_ones_too() -> None:
    assert as_branches(r"(?:the\s+)?day") == r"(?:the\s+|)day"
    assert as_branches(r"(?:a|b)?c") == r"(?:a|b|)c"
    assert as_branches(r"(?:of\s+(?:the\s+)?)?x") == r"(?:of\s+(?:the\s+|)|)x"
    assert as_branches(r"(?:{{day}}\s+)?{month}") == r"(?:{{day}}\s+|){month}"


def test_what_would_match_otherwise_is_left_alone() -> None:
    kept = [
        r"(?P<n>\d+)?x",  # a captured group would hold '' where it held None
        r"(a)?",
        r"(?:a)??b",  # lazy: nothing first
        r"(?:a)?+b",  # possessive: no giving back
        r"(?:a)*",
        r"(?:a){2}",
        r"(?<=(?:a)?)b",  # a look-behind is left whole
        r"(?<!x(?:a)?)b",
        r"\(?:a\)?",  # escaped brackets are characters
        r"[(?:a)?]b",  # so are brackets in a class
        r"[]()?]b",
    ]
    assert [as_branches(p) for p in kept] == kept
    assert as_branches(r"(?=(?:a)?b)(?<!c)(?:d)?") == r"(?=(?:a|)b)(?<!c)(?:d|)"
    assert as_branches(r"[\]](?:a)?") == r"[\]](?:a|)"


def test_a_branch_matches_what_the_optional_group_matched() -> None:
    patterns = [r"(?:a(?:b)?)?b?c?", r"(?:ab|a)?(?:b)?a", r"x(?:(?:a|ab)?b)+", r"(?:a)?(?:a)?a"]
    texts = ["".join(t) for n in range(6) for t in product("abcx", repeat=n)]
    for pattern in patterns:
        old, new = re.compile(pattern), re.compile(as_branches(pattern))
        assert new.pattern != pattern
        for text in texts:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_the_rules_match_what_their_table_spelling_matched() -> None:
    """Each packaged rule, as built, against its pattern as the table writes it, on the
    example sentences of all rules: the same spans and the same groups."""
    data = parsed_toml(table_text("rules.toml"))
    vocab = load_vocab()
    macros = {
        name: body if isinstance(body, str) else alternation(body)
        for name, body in data["macros"].items()
    }
    sentences = [e["sentence"] for raw in data["rule"] for e in raw.get("examples", [])]
    rules = load().rules
    changed = 0
    for raw, rule in zip(data["rule"], rules, strict=True):
        written = STARTS_WORD + rf"(?:{expand(raw['pattern'], macros, vocab)})(?!\w)"
        if written == rule.pattern:
            continue
        changed += 1
        old = re.compile(written, re.IGNORECASE)
        for sentence in sentences:
            assert [(m.span(), m.groups()) for m in rule.regex.finditer(sentence)] == [
                (m.span(), m.groups()) for m in old.finditer(sentence)
            ], (raw["name"], sentence)
    assert changed > 100
