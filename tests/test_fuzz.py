"""Fuzzing: every input gives a valid frame or a clear InputError, within a deadline.

Texts are built from the pieces benchmarks/fuzz.py uses for its long run (news times,
impossible dates, times beyond the calendar, huge numbers, runs of punctuation, control
characters, NUL, lone surrogates, right-to-left text, emoji) and from random Unicode.
"""

from __future__ import annotations

import codecs
import json
from datetime import timedelta

import pandas as pd
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.fuzz import DCTS, NOISE, RUNS, TIMES, WORDS, check_frame
from timeline.cli import main
from timeline.export import frame_from_csv, frame_from_json, frame_to_csv, frame_to_json
from timeline.ingest import InputError, article_from_text, decode, html_article
from timeline.pipeline import extract_many

FUZZ = settings(
    max_examples=120,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
any_char = st.characters(exclude_categories=())  # lone surrogates and controls too
pieces = st.one_of(
    st.sampled_from(TIMES),
    st.sampled_from(WORDS),
    st.sampled_from(NOISE),
    st.builds(str.__mul__, st.sampled_from(RUNS), st.sampled_from([10, 300, 2000])),
    st.builds(str.__mul__, st.just("9"), st.sampled_from([20, 309, 400])),
    st.text(any_char, max_size=12),
)
texts = st.lists(pieces, min_size=1, max_size=30).flatmap(
    lambda parts: st.sampled_from([" ", "", "\n", ", "]).map(lambda sep: sep.join(parts))
)
dcts = st.sampled_from(DCTS)


def _extract_or_refuse(text: str, dct: str) -> pd.DataFrame | None:
    try:
        article = article_from_text(text, dct)
    except InputError:
        return None
    frame = extract_many([article], inferred=True)  # the dated rows and the inferred
    check_frame(article.text, frame)
    return frame


@FUZZ
@given(texts, dcts)
def test_extract_gives_a_valid_frame_or_an_input_error(text: str, dct: str) -> None:
    frame = _extract_or_refuse(text, dct)
    if frame is None:
        assert not text.strip() or len(text.split()) > 100_000


@FUZZ
@given(texts, st.one_of(dcts, st.sampled_from(["2022-02-14", "0001-01-01", "tomorrow", ""])))
def test_timex_jsonl_gives_each_line_its_timexes_at_their_offsets(text: str, dct: str) -> None:
    line = json.dumps({"id": 7, "text": text, "dct": dct})
    result = CliRunner().invoke(main, ["timex", "--jsonl"], input=line + "\n")
    assert (result.exit_code, result.stderr) == (0, "")
    (record,) = [json.loads(out) for out in result.stdout.splitlines()]
    assert record["id"] == 7
    if "error" in record:  # only a bad time, or a text over the word limit
        too_long = len(text.split()) > 100_000
        assert record["error"].startswith("line 1: The text has " if too_long else "line 1: --dct ")
        assert too_long or dct in ("0001-01-01", "tomorrow", "")
        return
    for timex in record["timexes"]:
        assert text[timex["start"] : timex["end"]] == timex["text"]


@FUZZ
@given(texts, dcts)
def test_exports_read_back_to_the_same_frame(text: str, dct: str) -> None:
    frame = _extract_or_refuse(text, dct)
    if frame is None or frame.empty:
        return
    pd.testing.assert_frame_equal(frame_from_csv(frame_to_csv(frame)), frame, check_dtype=False)
    pd.testing.assert_frame_equal(frame_from_json(frame_to_json(frame)), frame, check_dtype=False)


boms = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE])


@FUZZ
@given(boms, st.binary(max_size=300))
def test_any_bytes_decode_to_text_or_an_input_error(bom: bytes, data: bytes) -> None:
    try:
        text = decode(bom + data, "upload.txt")
    except InputError as err:
        assert str(err).startswith("upload.txt ")
        return
    assert text.strip() and "\r" not in text


tags = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<b>", "<"])
markup = st.lists(st.one_of(tags, pieces), max_size=40).map("".join)


@settings(FUZZ, max_examples=60)
@given(markup)
def test_any_markup_gives_a_page_or_an_input_error(page: str) -> None:
    try:
        found = html_article(page, "page.html")
    except InputError as err:
        assert str(err) == "page.html has no article text that could be taken out of its HTML"
        return
    assert found.text.strip()


def test_a_sentence_of_dots_makes_no_inferred_row() -> None:
    """'. . . .' under a heading split into four 'words' and made an inferred row whose
    title, all punctuation, was empty: an IndexError lost the whole article."""
    article = article_from_text(
        "The council met on Monday.\n\n. . . .\n\nIt voted to close the road.",
        "2024-03-20T10:00:00+00:00",
    )
    frame = extract_many([article], inferred=True)
    rows = zip(frame["sentence"], frame["start"].astype(str), frame["anchor"], strict=True)
    assert list(rows) == [
        ("The council met on Monday.", "2024-03-18 00:00:00+00:00", "relative_to_publication"),
        ("It voted to close the road.", "2024-03-18 00:00:00+00:00", "inferred"),
    ]
