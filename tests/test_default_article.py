"""The default article end to end: every time expression lands on its exact interval."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline import schema
from timeline.ingest import load_default
from timeline.pipeline import extract

NZ = "Pacific/Auckland"


def t(value: str) -> pd.Timestamp:
    return pd.Timestamp(value, tz=NZ)


# time as written, TIMEX3 value, mod, start, end, granularity -- checked by hand against the text
EXPECTED = [
    ("on Monday night", "2022-02-14TNI", "", "2022-02-14 18:00", "2022-02-15 00:00", "part_of_day"),
    ("On Monday afternoon", "2022-02-14TAF", "", "2022-02-14 12:00", "2022-02-14 18:00",
     "part_of_day"),
    ("from 6.30pm", "2022-02-14T18:30", "", "2022-02-14 18:30", "2022-02-14 18:31", "minute"),
    ("just before 9.30pm", "2022-02-14T21:30", "BEFORE", "2022-02-14 21:15", "2022-02-14 21:30",
     "minute"),
    ("tonight", "2022-02-14TNI", "", "2022-02-14 18:00", "2022-02-15 00:00", "part_of_day"),
    ("this evening", "2022-02-14TEV", "", "2022-02-14 18:00", "2022-02-15 00:00", "part_of_day"),
    # "Earlier" ends at the story's time then ("this evening", 6pm) ...
    ("Earlier on Monday", "2022-02-14", "", "2022-02-14 00:00", "2022-02-14 18:00", "day"),
    ("last night", "2022-02-13TNI", "", "2022-02-13 18:00", "2022-02-14 00:00", "part_of_day"),
    ("today", "2022-02-14", "", "2022-02-14 00:00", "2022-02-15 00:00", "day"),
    # ... or at publication (10pm) when the story's time lies outside the night.
    ("earlier in the night", "2022-02-14TNI", "", "2022-02-14 18:00", "2022-02-14 22:00",
     "part_of_day"),
    ("over the past seven days", "P7D", "", "2022-02-07 22:00", "2022-02-14 22:00", "day"),
    ("yesterday", "2022-02-13", "", "2022-02-13 00:00", "2022-02-14 00:00", "day"),
    ("throughout the day", "2022-02-14", "", "2022-02-14 00:00", "2022-02-15 00:00", "day"),
    ("by 6.30pm", "2022-02-14T18:30", "", "2022-02-14 18:30", "2022-02-14 18:31", "minute"),
    ("its seventh day", "2022-02-14", "", "2022-02-14 00:00", "2022-02-15 00:00", "day"),
    # A night named by its day ends at midnight, 'overnight' too: the evening's night.
    ("overnight", "2022-02-13TNI", "", "2022-02-13 18:00", "2022-02-14 00:00", "part_of_day"),
]


@pytest.fixture(scope="module")
def article():
    return load_default()


@pytest.fixture(scope="module")
def frame(article) -> pd.DataFrame:
    return extract(article)


def test_frame_honours_the_schema(frame) -> None:
    schema.validate(frame)
    assert list(frame.columns) == list(schema.NAMES)
    assert str(frame["start"].dt.tz) == NZ


def test_offsets_point_back_into_the_article(frame, article) -> None:
    for row in frame.itertuples():
        assert article.text[row.char_start : row.char_end] == row.time_text
        assert article.text[row.sentence_start : row.sentence_end] == row.sentence
        assert row.sentence_start <= row.char_start < row.char_end <= row.sentence_end


@pytest.mark.parametrize(("text", "value", "mod", "start", "end", "granularity"), EXPECTED,
                         ids=[e[0] for e in EXPECTED])
def test_expression_interval(frame, text, value, mod, start, end, granularity) -> None:
    rows = frame[frame["time_text"] == text]
    assert len(rows) >= 1, f"{text!r} not found"
    for row in rows.itertuples():
        assert (row.timex, row.timex_mod) == (value, mod)
        assert (row.start, row.end) == (t(start), t(end))
        assert row.granularity == granularity


def test_every_expected_expression_and_nothing_else(frame) -> None:
    written = sorted(frame["time_text"])
    expected = sorted([e[0] for e in EXPECTED] + ["tonight", "now", "now", "now"])
    assert written == expected


def test_nothing_invented_from_idiom_or_counts(frame) -> None:
    idiom = frame["sentence"].str.contains("happen overnight")
    assert not idiom.any()
    counts = frame["time_text"].str.contains("300|3000")
    assert not counts.any()


def test_police_offer_is_parnells_statement_on_monday_afternoon(frame) -> None:
    row = frame[frame["time_text"] == "On Monday afternoon"].iloc[0]
    assert row["kind"] == "statement"
    assert row["source"] == "Corrie Parnell"
    assert "Corrie Parnell" in row["actors"]
    assert row["title"].startswith("Superintendent Corrie Parnell urged people")


def test_witness_report_rests_on_the_witness(frame) -> None:
    row = frame[frame["time_text"] == "just before 9.30pm"].iloc[0]
    assert row["kind"] == "statement"
    assert row["source"] == "a witness"
    assert row["title"] == "A witness told the Herald that protesters were singing and dancing"


def test_day_seven_is_a_status_on_the_fourteenth(frame) -> None:
    row = frame[frame["time_text"] == "its seventh day"].iloc[0]
    assert row["kind"] == "status"
    assert row["title"] == "The Parliament occupation has entered its seventh day"


def test_event_ids_are_stable_across_runs(frame, article) -> None:
    again = extract(article)
    assert list(again["event_id"]) == list(frame["event_id"])
    assert frame["event_id"].is_unique


def test_events_are_in_time_order(frame) -> None:
    assert frame["start"].is_monotonic_increasing


# ---- issue 4: the checks on the default article ----------------------------------------


@pytest.fixture(scope="module")
def inferred(article) -> pd.DataFrame:
    from timeline.pipeline import extract_inferred

    return extract_inferred(article)


def test_police_offer_names_parnell_with_his_role(frame) -> None:
    row = frame[frame["time_text"] == "On Monday afternoon"].iloc[0]
    assert row["roles"] == ["Corrie Parnell: Wellington District Commander"]
    assert row["anchor"] == "relative_to_publication"


def test_witness_report_keeps_what_was_said(frame) -> None:
    row = frame[frame["time_text"] == "just before 9.30pm"].iloc[0]
    assert row["claim"].startswith("protesters were singing and dancing")


def test_protester_count_is_a_quantity_not_a_time(frame) -> None:
    row = frame[frame["time_text"] == "over the past seven days"].iloc[0]
    assert row["quantities"][0]["low"] == 300 and row["quantities"][0]["high"] == 3000


def test_days_or_weeks_is_a_low_confidence_forecast_from_publication(inferred, article) -> None:
    row = inferred[inferred["time_text"] == "for days or even weeks"].iloc[0]
    assert (row["kind"], row["anchor"], row["source"]) == ("forecast", "inferred",
                                                            "Corrie Parnell")
    assert row["start"] == pd.Timestamp(article.published)
    assert row["end"] - row["start"] == pd.Timedelta(weeks=1)
    assert row["confidence"] <= 0.3


def test_undated_sentences_are_kept_as_inferred_events(inferred, frame) -> None:
    assert (inferred["anchor"] == "inferred").all()
    # A dated sentence has inferred rows only for verbs of saying its times do not date
    # ('He said there were "no incidents of note" at the protest yesterday').
    shared = inferred[inferred["sentence_start"].isin(set(frame["sentence_start"]))]
    assert (shared["kind"] == "statement").all()
    acronym = inferred[inferred["sentence"].str.contains("calls for the university")].iloc[0]
    assert acronym["actors"][0].endswith("Students Association")
    schema.validate(inferred)


def test_nothing_inferred_from_the_idiom_time(inferred) -> None:
    idiom = inferred[inferred["sentence"].str.contains("happen overnight")]
    assert "overnight" not in set(idiom["time_text"])
