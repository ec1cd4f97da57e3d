"""The frame contract: validate names the first breach; coerce fills only neutral columns."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline import schema


def minimal() -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": ["a"], "doc_id": ["d"], "kind": ["occurrence"],
        "start": [pd.Timestamp("2022-01-01", tz="UTC")],
        "end": [pd.Timestamp("2022-01-02", tz="UTC")],
        "char_start": [0], "char_end": [3],
    })


def test_coerce_fills_neutral_columns() -> None:
    df = schema.validate(schema.coerce(minimal()))
    assert list(df.columns) == list(schema.NAMES)
    assert df.loc[0, "actors"] == [] and df.loc[0, "title"] == ""


def test_coerce_without_fill_types_only_the_columns_given() -> None:
    df = schema.coerce(minimal().assign(curated=[True], title=["x"]).iloc[:, ::-1], fill=False)
    assert list(df.columns) == ["event_id", "doc_id", "start", "end", "char_start", "char_end",
                                "title", "kind", "curated"]  # the frame's order, no others
    assert df["curated"].tolist() == [True] and str(df["title"].dtype) == "string"


def test_coerce_never_invents_times_or_ids() -> None:
    with pytest.raises(schema.SchemaError, match="missing columns: start"):
        schema.validate(schema.coerce(minimal().drop(columns=["start"])))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda df: df.assign(end=df["start"]), "start < end"),
        (lambda df: df.assign(kind="rumour"), "kind must be one of"),
        (lambda df: pd.concat([df, df]), "unique"),
        (lambda df: df.assign(start=df["start"].dt.tz_localize(None)), "tz-aware"),
        (lambda df: df.assign(char_end=0), "char_start < char_end"),
    ],
    ids=["empty-interval", "bad-kind", "duplicate-id", "naive-times", "empty-span"],
)
def test_validate_names_the_breach(change, message) -> None:
    df = change(schema.coerce(minimal()))
    with pytest.raises(schema.SchemaError, match=message):
        schema.validate(df)


def test_empty_frame_is_valid() -> None:
    assert schema.validate(schema.empty()).empty


def test_forecast_is_a_kind_and_anchor_and_confidence_are_checked() -> None:
    assert "forecast" in schema.KINDS
    df = schema.coerce(minimal())
    schema.validate(df.assign(kind="forecast", anchor="inferred", confidence=0.3))
    with pytest.raises(schema.SchemaError, match="anchor must be one of"):
        schema.validate(df.assign(anchor="guessed"))
    with pytest.raises(schema.SchemaError, match="confidence"):
        schema.validate(df.assign(confidence=1.5))


def test_new_columns_have_neutral_defaults() -> None:
    row = schema.validate(schema.coerce(minimal())).iloc[0]
    assert row["anchor"] == "" and row["claim"] == ""
    assert row["quantities"] == [] and row["doc_ids"] == [] and row["sources"] == []
    assert pd.isna(row["confidence"])


def test_coerce_reads_empty_numbers_from_csv_as_nan() -> None:
    df = schema.coerce(minimal().assign(confidence=[""]))
    assert df["confidence"].isna().all()
    assert str(df["confidence"].dtype) == "float64"
