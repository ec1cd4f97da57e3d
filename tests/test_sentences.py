"""Sentence and paragraph spans index the original text exactly."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.sentences import _BOUNDARY, containing, paragraphs, sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = 'He met Mr. Smith on Feb. 14 in the U.S. capital. Then he left! "Why?" she asked.'
    assert texts(text) == [
        "He met Mr. Smith on Feb. 14 in the U.S. capital.",
        "Then he left!",
        '"Why?" she asked.',
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = '"It looks like these guys aren\'t going anywhere," the man said. Police came.'
    assert texts(text) == [
        '"It looks like these guys aren\'t going anywhere," the man said.',
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


def test_a_run_on_sentence_is_cut_at_the_last_space_before_the_limit() -> None:
    text = "word " * 300  # 1,500 characters, no full stop
    assert [(s.start, s.end) for s in sentences(text)] == [(0, 999), (1000, 1499)]


def test_text_without_spaces_is_cut_at_the_limit() -> None:
    assert [(s.start, s.end) for s in sentences("." * 2500)] == [
        (0, 1000),
        (1000, 2000),
        (2000, 2500),
    ]


def test_a_run_of_stops_ends_one_sentence() -> None:
    assert texts("Wait... Then what?! Fine.") == ["Wait...", "Then what?!", "Fine."]


def test_containing_finds_the_span_of_an_offset() -> None:
    text = "One. Two.  Three."
    spans = sentences(text)
    assert [containing(spans, i) for i in (0, 3, 4, 5, 9, 10, 11, 17)] == [
        spans[0],
        spans[0],
        None,
        spans[1],
        None,
        None,
        spans[2],
        None,
    ]


# The plain form of sentences._BOUNDARY, which tries a match at every character.
_PLAIN_BOUNDARY = re.compile(
    r"""(?<![.!?])[.!?]++["'\u201d\u2019)\]]*+(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])|\n++"""
)


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"')\u201d\u201c(AZ19")), max_size=80))
def test_the_boundary_pattern_finds_what_its_plain_form_does(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text)]

    assert found(_BOUNDARY) == found(_PLAIN_BOUNDARY)


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"')AZ19")), max_size=80), st.data())
def test_a_line_is_split_as_if_it_stood_alone(text: str, data: st.DataObject) -> None:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    lo = data.draw(st.sampled_from(starts))
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    alone = [(s.start + lo, s.end + lo) for s in sentences(text[lo:hi])]
    assert [(s.start, s.end) for s in sentences(text, lo, hi)] == alone


def test_a_clock_abbreviation_ends_a_sentence_before_a_quote_or_a_new_clause() -> None:
    text = (
        'The gates of the fairground opened at 9 a.m. "We queued from dawn," said one '
        "farmer. The auction closed at 4:30 p.m. Prices for lambs rose by a tenth."
    )
    assert texts(text) == [
        "The gates of the fairground opened at 9 a.m.",
        '"We queued from dawn," said one farmer.',
        "The auction closed at 4:30 p.m.",
        "Prices for lambs rose by a tenth.",
    ]


def test_a_clock_abbreviation_goes_on_with_its_day_or_zone() -> None:
    text = (
        "Polls close at 8 p.m. Tuesday and results are due at 11 p.m. EST Nov. 4. "
        "The broadcast starts at 7 a.m. Eastern time. Mr. Smith voted at 10 a.m. (1500 GMT)."
    )
    assert texts(text) == [
        "Polls close at 8 p.m. Tuesday and results are due at 11 p.m. EST Nov. 4.",
        "The broadcast starts at 7 a.m. Eastern time.",
        "Mr. Smith voted at 10 a.m. (1500 GMT).",
    ]
    # a place's time goes on with it too; 'Time' opening a sentence does not
    text = ("The lander touched down at 10:26 a.m. Beijing time in the crater. The doors "
            "opened at 10 a.m. Time was short.")
    assert texts(text) == [
        "The lander touched down at 10:26 a.m. Beijing time in the crater.",
        "The doors opened at 10 a.m.",
        "Time was short.",
    ]


def test_a_one_letter_word_after_a_clock_abbreviation_opens_a_sentence() -> None:
    # 'A' and 'I' are in capitals but are no zone: a new sentence starts; 'ET' goes on
    text = ("The bus broke down on the ring road at 8 p.m. A mechanic said the brakes had "
            "failed. We left at 9 a.m. I drove. The show starts at 8 p.m. ET on Friday.")
    assert texts(text) == [
        "The bus broke down on the ring road at 8 p.m.",
        "A mechanic said the brakes had failed.",
        "We left at 9 a.m.",
        "I drove.",
        "The show starts at 8 p.m. ET on Friday.",
    ]


def test_a_word_with_an_accent_before_the_stop_ends_its_sentence() -> None:
    text = "The quake struck near Juchitán. Officials said 12 people died on Monday."
    assert texts(text) == ["The quake struck near Juchitán.",
                           "Officials said 12 people died on Monday."]


def test_a_bare_attribution_after_a_quotation_goes_on_with_its_sentence() -> None:
    # '"He was drunk and violent." Police said.': the attribution alone tells no
    # happening; the quotation and who said it are one statement
    text = ('"He was drunk and violent." Police said. The man was held. "We regret the '
            'loss of jobs." The company said in a statement. "We won." Ruru told Wikinews.')
    assert texts(text) == [
        '"He was drunk and violent." Police said.',
        "The man was held.",
        '"We regret the loss of jobs." The company said in a statement.',
        '"We won." Ruru told Wikinews.',
    ]
    # words said after the verb, or no verb of saying: a sentence of its own
    text = '"We won." The coach said it was easy. "We won." Then the crowd went home.'
    assert texts(text) == ['"We won."', "The coach said it was easy.", '"We won."',
                           "Then the crowd went home."]
    # where it was said is a preposition and a noun; words said after it are no setting
    text = ('"We lost." Smith said in an interview with the Herald. "We will fight on." '
            "The company said on Monday it would cut 500 jobs.")
    assert texts(text) == ['"We lost." Smith said in an interview with the Herald.',
                           '"We will fight on."',
                           "The company said on Monday it would cut 500 jobs."]
