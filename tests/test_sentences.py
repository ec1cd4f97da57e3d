"""Sentence and paragraph spans index the original text exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.sentences import paragraphs, sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "He met Mr. Smith on Feb. 14 in the U.S. capital. Then he left! \"Why?\" she asked."
    assert texts(text) == [
        "He met Mr. Smith on Feb. 14 in the U.S. capital.",
        "Then he left!",
        "\"Why?\" she asked.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "\"It looks like these guys aren't going anywhere,\" the man said. Police came."
    assert texts(text) == [
        "\"It looks like these guys aren't going anywhere,\" the man said.",
        "Police came.",
    ]


def test_decimal_times_do_not_split() -> None:
    text = "Parking opens at 6.30pm. Cars left."
    assert texts(text) == ["Parking opens at 6.30pm.", "Cars left."]


def test_lines_are_paragraphs() -> None:
    text = "First para. Still first.\n\nSecond para.\n"
    spans = paragraphs(text)
    assert [text[p.start : p.end] for p in spans] == ["First para. Still first.", "Second para."]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"'AZ19")), max_size=80))
def test_spans_are_trimmed_ordered_and_inside(text: str) -> None:
    last = 0
    for span in sentences(text):
        assert last <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        last = span.end
