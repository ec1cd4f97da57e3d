"""The structures that keep extraction linear in a long sentence (benchmarks.pathological
times them; here only what makes them linear is asserted, no clock)."""

from __future__ import annotations

import dataclasses

import pytest

from timeline.events import clauses
from timeline.events.lexicon import lexicon
from timeline.sentences import Span

# The tables whose words the finite-verb patterns read forward from where they start.
VERB_TABLES = ("future_verb", "past_verb", "present_verb", "modal_verb", "ambiguous_past",
               "ambiguous_past_before")  # fmt: skip


def test_no_word_that_tells_a_tense_holds_a_comma() -> None:
    """A finite verb never spans a comma, so _CommaWalk tells comma by comma whether one
    stands between two commas."""
    lex = lexicon()
    assert [w for table in VERB_TABLES for w in lex.words[table] if "," in w] == []


def test_each_time_of_a_long_sentence_looks_for_a_verb_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """200 times each after a comma, one 'who' at the start: every time walks back over
    the commas before it, once looked for a verb from each, now remembered."""
    lex = lexicon()
    text = "The man, who " + "on Monday, " * 200 + "fled."
    sentence = Span(0, len(text))
    looked = []
    tense_of = clauses.tense_of
    monkeypatch.setattr(clauses, "tense_of", lambda *a: looked.append(a) or tense_of(*a))
    found = []
    for i in range(200):
        start = text.index("on Monday", 13 + 11 * i)
        timex = dataclasses.replace(clauses.at_offset(start), end=start + 9,
                                    phrase_end=start + 9)
        found.append(clauses.relative_clause(lex, text, sentence, timex))
    assert found == [Span(9, text.index(",", 13 + 11 * i + 9)) for i in range(200)]
    assert len(looked) <= 2 * 200
