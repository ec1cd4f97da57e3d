"""The structures that keep extraction linear in a long sentence (benchmarks.pathological
times them; here only what makes them linear is asserted, no clock)."""

from __future__ import annotations

import dataclasses

import pytest

from timeline.events import clauses, sources
from timeline.events.lexicon import lexicon
from timeline.ingest import article_from_text
from timeline.pipeline import extract_many
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


@pytest.mark.parametrize("text", [
    "Police said on Monday that the group, which was told to leave, called  for calm and "
    "said, adding that the minister said it told them, saying so, said",
    "The union called for a strike, the company said, and officials, who said nothing, "
    "said on Monday they had warned him; saidx told",
])  # fmt: skip
def test_the_last_verb_of_saying_is_the_one_a_search_up_to_each_offset_finds(
    text: str,
) -> None:
    """_last_saying reads only the last words before an offset again; a plain search of
    the clause cut at every offset finds the same verb."""
    lex = lexicon()
    clause = Span(0, len(text))
    asides = clauses.relative_asides(lex, text, clause)
    for end in range(len(text) + 1):
        plain = [v for v in lex.reporting.finditer(text, 0, end)
                 if not lex.pattern("dependent_opener").fullmatch(v.group())
                 and not any(a.start < v.start() < a.end for a in asides)]
        found = clauses._last_saying(lex, text, clause, end)
        assert (found and found.span()) == (plain[-1].span() if plain else None), end


@pytest.mark.parametrize("text", [
    "The tax, announced in the May budget, will raise funds, the minister said, and plans, "
    "which were expected to fail, remain as officials, who said nothing, warned",
    "Police said the man, who was arrested, is expected to appear and will plan, said, "
    "a plan it announced, the remaining, which says so, said was set to",
])  # fmt: skip
def test_the_nearest_telling_word_is_the_one_a_look_at_all_of_them_finds(text: str) -> None:
    """kind_of looks only at the telling words around a time; nearest, looking at all of
    the clause's, finds the same kind at every offset."""
    lex = lexicon()
    clause = Span(0, len(text))
    cues = {"statement": lex.reporting, "plan": lex.plan, "forecast": lex.forecast,
            "status": lex.status}  # fmt: skip
    for at in range(len(text) + 1):
        asides = [a for a in clauses.relative_asides(lex, text, clause)
                  if not a.start <= at < a.end]
        plain = clauses.nearest(cues, text, clause, at, asides)
        if plain == "status" and clauses._PASSIVE.search(text, 0, len(text)):
            plain = "occurrence"
        assert clauses.kind_of(text, clause, clauses.at_offset(at), lex) == plain, at


def test_each_sentence_weighs_its_verbs_of_saying_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quotation's dated clauses ask, one by one, who speaks in its paragraph, and each
    question once weighed every sentence of it again (1,952 weighings here, each reading
    its whole sentence for every verb of saying in it); now each sentence is weighed once
    (Document.speakers)."""
    weighed: list[tuple[int, int]] = []
    source_of = sources._source_of
    monkeypatch.setattr(sources, "_source_of", lambda doc, sentence, clause: (
        weighed.append((sentence.start, sentence.end)) if clause is None else None
    ) or source_of(doc, sentence, clause))
    text = ('"We worked on Monday. ' + "We rested on Tuesday and left on Wednesday. " * 30
            + 'We are ready," the mayor said.')
    frame = extract_many([article_from_text(text, "2024-03-22T12:00:00+00:00")],
                         inferred=True)
    assert len(frame) == 62
    assert set(frame["source"]) == {"the mayor"}
    assert sorted(weighed) == sorted(set(weighed)) and len(weighed) == 32


def test_a_that_clause_on_a_noun_is_weighed_over_the_words_near_it_not_the_whole_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A run-on text of 'that' clauses (a fuzz case: 20 KB, 40 s before): each 'that'
    before a time is weighed over the words just before it and its clause, whatever the
    sentence's length."""
    lex = lexicon()
    text = ("Aides who said on Monday that " * 60
            + "the minister followed the plan that the council backed on Monday.")
    sentence = Span(0, len(text))
    widths: list[int] = []
    last_tense = clauses.last_tense
    monkeypatch.setattr(clauses, "last_tense",
                        lambda lx, tx, span: widths.append(span.end - span.start)
                        or last_tense(lx, tx, span))
    start = text.rindex("on Monday")
    timex = dataclasses.replace(clauses.at_offset(start), end=start + 9, phrase_end=start + 9)
    assert clauses.in_dependent(lex, text, sentence, timex)
    assert widths and max(widths) <= clauses._MAIN_VERB_REACH
