"""Tests of the TempEval-3 benchmark: the TimeML reader, the scorer, the reports, the CLIs.

The fixtures in tests/data/timeml are hand-written for these tests. The tagger used here is
a stand-in (4-digit years), so the benchmark is tested independently of the real tagger.
"""

from __future__ import annotations

import os
import re
from dataclasses import astuple, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import speed, timeml
from benchmarks.scoring import PRF, Counts, align, prf, scores
from benchmarks.tml import (
    Span,
    TimeMLError,
    find_tml,
    parse_dct,
    parse_text,
    read_document,
    read_documents,
    verify,
)
from timeline.temporal import Timex

DATA = Path(__file__).parent / "data" / "timeml"
READER = DATA / "reader.tml"
SCORING = DATA / "sub" / "scoring.tml"
REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("TIMEML_CORPUS", REPO.parent / "shared/corpora/tbaq-cleaned"))


def year_tagger(text: str, dct: datetime) -> list[Timex]:
    """Stand-in tagger: every 4-digit year 1900-2099 is a DATE with that year as value."""
    return [
        Timex(m.start(), m.end(), m.group(), "DATE", m.group())
        for m in re.finditer(r"\b(?:19|20)\d\d\b", text)
    ]


def span(text: str, phrase: str, kind: str = "DATE", value: str = "X") -> Span:
    """A system Span over the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase, kind, value)


# ---- reader ------------------------------------------------------------------------------

READER_TEXT = (
    '\nSmith & Co. said on Friday that profits <rose> for about three months, "café" '
    "<b>&amp;</b> prices.\n\nBy December 2003, it ends.\n"
)


def test_reader_raw_text_strips_tags_and_unescapes_entities() -> None:
    doc = read_document(READER)
    assert doc.text == READER_TEXT
    assert doc.doc_id == "fixture-reader"


def test_reader_gold_offsets_index_the_raw_text() -> None:
    doc = read_document(READER)
    phrases = ["Friday", "about three months", "December 2003", "2003"]
    assert [g.text for g in doc.gold] == phrases
    for gold in doc.gold:
        assert doc.text[gold.start : gold.end] == gold.text
    assert doc.gold[0].start == READER_TEXT.index("Friday")
    assert doc.gold[1].start == READER_TEXT.index("about three")  # EVENT nested inside
    assert doc.gold[3].start == READER_TEXT.index("2003,")  # TIMEX3 nested in TIMEX3


def test_reader_attributes_and_title_timex_left_out() -> None:
    gold = read_document(READER).gold
    assert [(g.tid, g.type, g.value, g.mod) for g in gold] == [
        ("t1", "DATE", "2003-04-04", ""),
        ("t2", "DURATION", "P3M", "APPROX"),
        ("t3", "DATE", "2003-12", ""),
        ("t4", "DATE", "2003", ""),
    ]


def test_reader_offsets_agree_with_an_xml_parser() -> None:
    for doc in read_documents([DATA]):
        assert verify(doc) == []


def test_dct_date_is_midnight_utc_and_a_time_is_kept() -> None:
    assert read_document(READER).dct == datetime(2003, 4, 5, tzinfo=UTC)
    doc = read_document(DATA / "sub" / "dct_time.tml")
    assert doc.dct == datetime(1998, 8, 7, 6, 18, tzinfo=UTC)
    assert doc.dct_value == "1998-08-07T06:18:00"
    assert doc.gold == ()
    assert doc.text.endswith("an ampersand & a quote 'x'.\n")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-01-08", datetime(1998, 1, 8, tzinfo=UTC)),
        ("19980108", datetime(1998, 1, 8, tzinfo=UTC)),
        ("1998-08-07T06:18", datetime(1998, 8, 7, 6, 18, tzinfo=UTC)),
        ("1998-02-27T08:13:45", datetime(1998, 2, 27, 8, 13, 45, tzinfo=UTC)),
    ],
)
def test_parse_dct(value: str, expected: datetime) -> None:
    assert parse_dct(value) == expected


def test_parse_dct_rejects_non_dates() -> None:
    with pytest.raises(TimeMLError, match="not a date"):
        parse_dct("PRESENT_REF")


def test_dct_falls_back_to_creation_time(tmp_path: Path) -> None:
    path = tmp_path / "a.tml"
    path.write_text(
        '<TimeML><TIMEX3 tid="t0" type="DATE" value="2001-09-11" '
        'functionInDocument="CREATION_TIME">x</TIMEX3><TEXT>Hi</TEXT></TimeML>'
    )
    assert read_document(path).dct == datetime(2001, 9, 11, tzinfo=UTC)


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("<TimeML><TEXT>no dct</TEXT></TimeML>", "no document creation time"),
        ('<TimeML><DCT><TIMEX3 value="2001-01-01">x</TIMEX3></DCT></TimeML>', "no <TEXT>"),
    ],
)
def test_unreadable_documents_are_refused(tmp_path: Path, markup: str, message: str) -> None:
    path = tmp_path / "bad.tml"
    path.write_text(markup)
    with pytest.raises(TimeMLError, match=message):
        read_document(path)


@pytest.mark.parametrize("markup", ["a <TIMEX3 tid='t1'>b", "a </TIMEX3> b"])
def test_unbalanced_timex_tags_are_refused(markup: str) -> None:
    with pytest.raises(TimeMLError):
        parse_text(markup)


def test_parse_text_handles_single_quotes_numeric_references_and_empty_timexes() -> None:
    text, gold = parse_text("x&#x41;<TIMEX3 type='DATE' value='a&amp;b'>now</TIMEX3><TIMEX3/>y")
    assert text == "xAnowy"
    assert gold == (Span(2, 5, "now", "DATE", "a&b"),)


def test_find_tml_walks_folders_sorted_and_refuses_missing_paths() -> None:
    assert find_tml([DATA]) == [READER, DATA / "sub" / "dct_time.tml", SCORING]
    with pytest.raises(TimeMLError, match="no such file"):
        find_tml([DATA / "missing"])


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"TimeML corpus not at {CORPUS}")
def test_every_corpus_offset_is_exact() -> None:
    """raw_text[start:end] == gold text for every gold timex of the real corpus."""
    docs = read_documents([CORPUS])
    assert len(docs) == len(find_tml([CORPUS])) > 0
    problems = [problem for doc in docs for problem in verify(doc)]
    assert problems == []
    for doc in docs:
        for gold in doc.gold:
            assert doc.text[gold.start : gold.end] == gold.text


# ---- scorer ------------------------------------------------------------------------------

GOLD = read_document(SCORING).gold
TEXT = read_document(SCORING).text


def test_perfect_system_scores_one_everywhere() -> None:
    result = scores(align(GOLD, GOLD).counts)
    for prf_ in (result.strict, result.relaxed, result.type, result.value):
        assert prf_ == PRF(1.0, 1.0, 1.0)
    assert result.value_accuracy == result.type_accuracy == 1.0


def test_missing_one_of_four() -> None:
    result = scores(align(GOLD, GOLD[:3]).counts)
    for prf_ in (result.strict, result.relaxed, result.type, result.value):
        assert astuple(prf_) == pytest.approx((1.0, 0.75, 6 / 7))


def test_one_spurious() -> None:
    system = (*GOLD, span(TEXT, "Markets"))
    alignment = align(GOLD, system)
    assert [s.text for s in alignment.spurious] == ["Markets"]
    result = scores(alignment.counts)
    for prf_ in (result.strict, result.relaxed, result.type, result.value):
        assert astuple(prf_) == pytest.approx((0.8, 1.0, 8 / 9))


def test_one_wrong_value() -> None:
    system = (replace(GOLD[0], value="1998-01-09"), *GOLD[1:])
    result = scores(align(GOLD, system).counts)
    assert result.strict == result.relaxed == result.type == PRF(1.0, 1.0, 1.0)
    assert astuple(result.value) == pytest.approx((0.75, 0.75, 0.75))
    assert result.value_accuracy == 0.75


def test_partial_overlap_is_relaxed_but_not_strict() -> None:
    system = (*GOLD[:2], span(TEXT, "two weeks", "DURATION", "P2W"), GOLD[3])
    result = scores(align(GOLD, system).counts)
    assert astuple(result.strict) == pytest.approx((0.75, 0.75, 0.75))
    assert result.relaxed == result.value == PRF(1.0, 1.0, 1.0)


def test_one_system_timex_matches_only_one_gold() -> None:
    wide = span(TEXT, "Thursday morning, and at 3 p.m.", "DATE", "1998-01-08")
    alignment = align(GOLD, (wide, *GOLD[2:]))
    assert [g.text for g in alignment.missed] == ["3 p.m."]  # the larger overlap wins
    result = scores(alignment.counts)
    assert astuple(result.relaxed) == pytest.approx((1.0, 0.75, 6 / 7))
    assert astuple(result.strict) == pytest.approx((2 / 3, 0.5, 4 / 7))


def test_matching_is_maximum_not_just_greedy() -> None:
    """Greedy by overlap would pair X with A and leave B and Y unmatched."""
    a, b = Span(0, 10, "", "DATE", ""), Span(9, 11, "", "DATE", "")
    x, y = Span(2, 11, "", "DATE", ""), Span(0, 2, "", "DATE", "")
    alignment = align([a, b], [x, y])
    assert {(p.gold, p.system) for p in alignment.pairs} == {(a, y), (b, x)}


def test_identical_span_is_paired_before_a_larger_overlap() -> None:
    gold = [Span(0, 5, "", "DATE", "")]
    exact, wider = Span(0, 5, "", "DATE", ""), Span(0, 8, "", "DATE", "")
    alignment = align(gold, [wider, exact])
    assert alignment.pairs[0].system == exact
    assert alignment.spurious == (wider,)


def test_touching_spans_do_not_overlap() -> None:
    alignment = align([Span(0, 5, "", "DATE", "")], [Span(5, 9, "", "DATE", "")])
    assert alignment.pairs == ()


def test_empty_against_empty_scores_one_and_nothing_found_scores_zero() -> None:
    assert prf(0, 0, 0) == PRF(1.0, 1.0, 1.0)
    assert prf(0, 0, 4) == PRF(0.0, 0.0, 0.0)
    assert prf(0, 3, 0) == PRF(0.0, 0.0, 0.0)


def test_counts_add_up_over_documents_micro_average() -> None:
    total = Counts(4, 3, 3, 3, 3, 2) + Counts(1, 2, 0, 1, 1, 1)
    assert total == Counts(5, 5, 3, 4, 4, 3)
    assert astuple(scores(total).value) == pytest.approx((0.6, 0.6, 0.6))


@given(st.data())
def test_attribute_f1_is_relaxed_f1_times_accuracy(data: st.DataObject) -> None:
    """The TempEval-3 paper's definition and the official scorer's formula agree."""
    relaxed = data.draw(st.integers(1, 50))
    correct = data.draw(st.integers(0, relaxed))
    gold, system = data.draw(st.integers(relaxed, 80)), data.draw(st.integers(relaxed, 80))
    result = scores(Counts(gold, system, 0, relaxed, correct, correct))
    assert result.value.f1 == pytest.approx(result.relaxed.f1 * result.value_accuracy)


# ---- reports and command line ----------------------------------------------------------


def test_context_marks_gold_and_system() -> None:
    gold, system = Span(2, 4, "cd", "DATE", ""), Span(3, 6, "def", "DATE", "")
    assert timeml.context("abcdefghij", gold, system, width=1) == "...b[c{d]ef}g..."
    assert timeml.context("ab\n\ncd", Span(4, 6, "cd", "DATE", ""), None) == "ab [cd]"


def test_mismatches_are_grouped_by_kind() -> None:
    doc = read_document(SCORING)
    system = (
        replace(GOLD[0], value="1998-01-09"),  # wrong value
        replace(GOLD[1], type="DATE"),  # wrong type only
        span(TEXT, "two weeks", "DURATION", "P2W"),  # wrong span
        span(TEXT, "Markets"),  # spurious; "every day" missed
    )
    result = timeml.DocResult(doc, system, align(doc.gold, system), 0.0)
    kinds = sorted(m.kind for m in timeml.mismatches(result))
    assert kinds == ["missed", "spurious", "wrong span", "wrong type", "wrong value"]
    report = timeml.format_errors([result], limit=5)
    assert "== wrong value: 1 ==" in report
    assert "'9999-99-99 -> 9999-99-99' x1" in report
    assert "[{Thursday]}" in report and "DCT 1998-01-08" in report


def test_spread_samples_evenly() -> None:
    items = list(range(10))
    assert timeml.spread(items, 5) == [0, 2, 4, 6, 8]
    assert timeml.spread(items, 20) == items


def test_benchmark_cli_with_stand_in_tagger(capsys: pytest.CaptureFixture[str]) -> None:
    code = timeml.main([str(DATA), "--per-doc", "--errors", "2"], tagger=year_tagger)
    out = capsys.readouterr().out
    assert code == 0
    assert "3 documents, 8 gold timexes, 1 system timexes" in out
    assert re.search(r"strict\s+100\.00\s+12\.50\s+22\.22", out)
    assert re.search(r"DATE\s+4\s+25\.00\s+25\.00\s+100\.00\s+1\s+0", out)
    assert "documents/s" in out and "fixture-reader" in out and "== missed: 7 ==" in out


def test_benchmark_cli_reports_tagger_crashes(capsys: pytest.CaptureFixture[str]) -> None:
    def broken(text: str, dct: datetime) -> list[Timex]:
        raise RuntimeError("boom")

    assert timeml.main([str(SCORING)], tagger=broken) == 1
    assert "RuntimeError: boom" in capsys.readouterr().err


def test_benchmark_cli_needs_tml_files(tmp_path: Path) -> None:
    assert timeml.main([str(tmp_path)], tagger=year_tagger) == 2


# ---- speed --------------------------------------------------------------------------------


def test_synthetic_documents_are_deterministic_news_sized() -> None:
    docs = speed.synthetic_documents(5)
    assert docs == speed.synthetic_documents(5)
    assert docs != speed.synthetic_documents(5, seed=1)
    for text, dct in docs:
        assert 300 <= len(text.split()) < 400
        assert dct.tzinfo is UTC
    longer = speed.synthetic_documents(5, words=400)
    assert all(400 <= len(text.split()) < 500 for text, _ in longer)


def test_speed_measures_a_stand_in(capsys: pytest.CaptureFixture[str]) -> None:
    result = speed.measure(speed.synthetic_documents(3), year_tagger, repeat=1)
    assert result.docs == 3 and result.words > 900 and result.seconds > 0
    assert result.cpu_seconds > 0
    assert speed.main(["--docs", "4", "--repeat", "1", "--no-pin"], tagger=year_tagger) == 0
    assert "docs/s" in capsys.readouterr().out


def test_speed_times_the_batch_command_less_its_start_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = speed.measure_cli(speed.synthetic_documents(40), repeat=1)
    assert result.docs == 40
    assert result.batch_cpu > result.start_up_cpu > 0  # the articles cost something
    assert result.cold_cpu > result.start_up_cpu
    assert result.set_up_cpu > result.start_up_cpu
    # and their second pass (about 60 ms, many times the start-up's jitter) too
    assert result.twice_cpu > result.batch_cpu
    assert speed.main(["--docs", "2", "--repeat", "1", "--no-pin", "--cli"]) == 0
    out = capsys.readouterr().out
    assert "through `timex --jsonl`" in out and "CPU docs/s" in out and "steady docs/s" in out
    assert " cold " in out and " set-up " in out and " warm " in out


def test_speed_reads_tml_and_plain_text(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Due in 1999.")
    docs = speed.file_documents([str(DATA), str(note)], datetime(2024, 1, 15, tzinfo=UTC))
    assert len(docs) == 4
    assert docs[-1] == ("Due in 1999.", datetime(2024, 1, 15, tzinfo=UTC))


# ---- the real tagger, once it exists -----------------------------------------------------


def test_real_tagger_runs_through_the_benchmark() -> None:
    temporal = pytest.importorskip("timeline.temporal")
    if not hasattr(temporal, "tag"):
        pytest.skip("timeline.temporal.tag not written yet")
    results = timeml.evaluate([read_document(SCORING)], temporal.tag)
    assert results[0].error == ""
    for system in results[0].system:
        assert TEXT[system.start : system.end] == system.text


def test_a_day_only_dct_reaches_a_tagger_that_takes_it_as_date_only() -> None:
    told: list[tuple[str, bool]] = []

    def recording(text: str, dct: datetime, date_only: bool = False) -> list[Timex]:
        told.append((dct.isoformat(), date_only))
        return []

    docs = [read_document(SCORING), read_document(DATA / "sub" / "dct_time.tml")]
    timeml.evaluate(docs, recording)
    assert told[1:] == [("1998-01-08T00:00:00+00:00", True), ("1998-08-07T06:18:00+00:00", False)]
    assert [r.error for r in timeml.evaluate(docs, year_tagger)] == ["", ""]
