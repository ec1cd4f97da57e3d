"""The events frame: the one contract between the core and everything that shows it.

Every producer ends with ``validate(df)`` and every consumer (figures, exports, the
dashboard) may rely on exactly these columns and dtypes. Times are tz-aware; ``start`` is
inclusive and ``end`` exclusive, so an event at minute granularity spans one minute.

Extracted times are microseconds, so any year Python's datetime holds (1 to 9999) fits,
not only pandas' nanosecond range (1677 to 2262); a consumer must not cast them to
nanoseconds. An event whose time lies beyond years 1 to 9999 ('10,000 years ago',
'10000 BC') has no row: it cannot be placed on a timeline. Its time expression keeps its
TIMEX3 value ('BC7979') and granularity, and ``timex`` reports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # "string", "int64", "float64", "bool", "datetime", "list"
    meaning: str


COLUMNS: tuple[Column, ...] = (
    Column("event_id", "string", "Stable id: the same article and event give the same id"),
    Column("doc_id", "string", "Which article the event comes from"),
    Column("start", "datetime", "Start of the interval in which the event happened (inclusive)"),
    Column("end", "datetime", "End of that interval (exclusive)"),
    Column(
        "granularity",
        "string",
        "How precise the interval is: minute, hour, part_of_day, "
        "day, week, weekend, month, quarter, half, season, year, decade, century; "
        "instant for 'now'",
    ),
    Column("timex", "string", "TIMEX3 value, e.g. 2022-02-14TAF, 2022-02-14T21:30, P7D"),
    Column("timex_type", "string", "TIMEX3 type: DATE, TIME, DURATION or SET"),
    Column("timex_mod", "string", "TIMEX3 mod (BEFORE, AFTER, START, APPROX, ...) or empty"),
    Column(
        "time_text",
        "string",
        "The time expression exactly as written, with its signal "
        "word ('On Monday afternoon', 'just before 9.30pm')",
    ),
    Column(
        "char_start",
        "int64",
        "Offset of time_text in the article: text[char_start:char_end] == time_text "
        "(0 and 0 for an event added by hand)",
    ),
    Column("char_end", "int64", "End offset of time_text (exclusive)"),
    Column("sentence", "string", "The sentence that holds the time expression"),
    Column("sentence_start", "int64", "Offset of the sentence in the article"),
    Column("sentence_end", "int64", "End offset of the sentence (exclusive)"),
    Column("title", "string", "Short label for the event (at most 80 characters)"),
    Column("actors", "list", "Who is involved, as a list of names"),
    Column(
        "kind",
        "string",
        "occurrence, statement (someone said it; dated when said), status "
        "(a state that holds), plan (an intention) or forecast (an expectation)",
    ),
    Column("source", "string", "On whose word the event rests ('a witness'), or empty"),
    Column("timezone", "string", "The article's time zone; start and end are shown in it"),
    Column(
        "anchor",
        "string",
        "How the time was found: explicit (a full date), "
        "relative_to_publication ('yesterday'), relative_to_narrative ('earlier in the "
        "night'), inferred (no time of its own: inherited from the story's last time, or a "
        "vague duration counted from publication), manual (given by a person in a store: an "
        "added event, or a time set by hand); empty if unknown",
    ),
    Column(
        "confidence",
        "float64",
        "How sure the time is, 0-1: 1 for a written date, lower for "
        "relative and inherited times; NaN if unknown",
    ),
    Column(
        "claim",
        "string",
        "For a statement, what was said ('they could not confirm any progress'); else empty",
    ),
    Column(
        "roles",
        "list",
        "Roles of the people among the actors, as 'Name: role' ('Jane Ruru: district commander')",
    ),
    Column("places", "list", "Places named in the event's clause ('Parliament', 'Kabul')"),
    Column(
        "quantities",
        "list",
        "Amounts in the clause, as dicts {text, low, high, unit} "
        "('between 300 and 3000' protesters -> low 300, high 3000); a number too large "
        "for a float keeps its text, with low and high None",
    ),
    Column(
        "doc_ids",
        "list",
        "Every article that reports the event (several when reports of the same event were joined)",
    ),
    Column("sources", "list", "Every publication that reports the event, in doc_ids order"),
    Column(
        "curated",
        "bool",
        "Whether a person changed the event (edited, added or merged it in a store); "
        "False in an extraction",
    ),
    Column("edited_by", "string", "Who made the event's last change, or empty"),
    Column("edited_at", "datetime", "When that change was made (UTC), or NaT"),
)

NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
KINDS: tuple[str, ...] = ("occurrence", "statement", "status", "plan", "forecast")
ANCHORS: tuple[str, ...] = (
    "explicit",
    "relative_to_publication",
    "relative_to_narrative",
    "inferred",
    "manual",
    "",
)
_REQUIRED = ("event_id", "doc_id", "start", "end", "char_start", "char_end")


class SchemaError(ValueError):
    """A frame that does not honour the contract; the message names the first breach."""


def empty() -> pd.DataFrame:
    """A frame with every column and no rows (in UTC: there is no article zone to use)."""
    data: dict[str, pd.Series] = {}
    for col in COLUMNS:
        if col.dtype == "datetime":
            data[col.name] = pd.Series([], dtype="datetime64[ns, UTC]")
        elif col.dtype == "list":
            data[col.name] = pd.Series([], dtype="object")
        else:
            data[col.name] = pd.Series([], dtype=col.dtype)
    return pd.DataFrame(data)


_DEFAULTS = {"string": "", "int64": 0, "float64": float("nan"), "bool": False}
# Times a frame may leave unknown (NaT): when a person last changed an event.
_OPTIONAL_TIMES = ("edited_at",)


def coerce(df: pd.DataFrame, fill: bool = True) -> pd.DataFrame:
    """Give columns their contract dtypes (after reading CSV/JSON or building from records).

    A missing column that has a neutral value (empty text, no items) is added with it, so
    frames written before a column existed still load; times and ids are never invented.
    ``fill`` False leaves missing columns out (a frame of some columns, read as such).
    The columns are made apart and the frame built once: setting them one by one into a
    copy cost more than making them (a fifth of an extraction's time).
    """
    columns: dict[str, Any] = {}
    for col in COLUMNS:
        if col.name in df:
            columns[col.name] = _typed(df[col.name], col.dtype)
        elif not fill:
            continue
        elif col.dtype == "list":
            columns[col.name] = [[] for _ in range(len(df))]
        elif col.name in _OPTIONAL_TIMES:
            columns[col.name] = pd.Series(pd.NaT, index=df.index, dtype="datetime64[us, UTC]")
        elif col.dtype in _DEFAULTS and col.name not in _REQUIRED:
            columns[col.name] = _DEFAULTS[col.dtype]
    return pd.DataFrame(columns, index=df.index, copy=False)


_PLAIN = ("string", "int64", "float64")  # dtypes whose conversion to themselves changes nothing


def _typed(series: pd.Series, dtype: str) -> pd.Series:
    """A column in its contract dtype (itself when it has it: a conversion copies it)."""
    if dtype in _PLAIN and series.dtype == pd.api.types.pandas_dtype(dtype):
        return series
    if dtype == "datetime":
        return pd.to_datetime(series, utc=False, format="ISO8601")
    if dtype == "list":
        return series.map(lambda v: list(v) if _is_listlike(v) else [])
    if dtype == "bool":
        if series.dtype == bool:
            return series
        # CSV and JSON text says "True"/"true": astype(bool) would read "False" as True.
        return series.map(lambda v: str(v).strip().lower() == "true").astype("bool")
    if dtype == "float64":
        # CSV writes an unknown number as an empty cell: read it back as NaN.
        return pd.to_numeric(series, errors="coerce").astype("float64")
    typed: pd.Series = series.astype(dtype)  # type: ignore[call-overload]
    return typed


def _is_listlike(value: object) -> bool:
    return isinstance(value, list | tuple) or hasattr(value, "tolist")


def validate(df: pd.DataFrame) -> pd.DataFrame:
    """Check the contract and return the frame; raise SchemaError naming what is wrong."""
    missing = [n for n in NAMES if n not in df.columns]
    if missing:
        raise SchemaError(f"missing columns: {', '.join(missing)}")
    dtypes = df.dtypes  # one look-up of them all: a column's costs more than its test
    for col in COLUMNS:
        dtype = dtypes[col.name]
        if col.dtype == "datetime":
            if not isinstance(dtype, pd.DatetimeTZDtype):
                raise SchemaError(f"{col.name} must be tz-aware datetimes, not {dtype}")
        elif col.dtype == "list":
            if not all(isinstance(v, list) for v in df[col.name]):
                raise SchemaError(f"{col.name} must hold lists")
        elif col.dtype == "string":
            if not pd.api.types.is_string_dtype(dtype):
                raise SchemaError(f"{col.name} must be strings, not {dtype}")
        elif str(dtype) != col.dtype:
            raise SchemaError(f"{col.name} must be {col.dtype}, not {dtype}")
    if len(df) == 0:
        return df
    if df["event_id"].duplicated().any():
        raise SchemaError("event_id values must be unique")
    if not (df["start"] < df["end"]).all():
        raise SchemaError("every event needs start < end")
    if not df["kind"].isin(KINDS).all():
        raise SchemaError(f"kind must be one of {', '.join(KINDS)}")
    textless = (df["anchor"] == "manual") & (df["char_start"] == 0) & (df["char_end"] == 0)
    if not ((df["char_start"] < df["char_end"]) | textless).all():
        raise SchemaError("every event needs char_start < char_end (0 and 0 if added by hand)")
    if not df["anchor"].isin(ANCHORS).all():
        raise SchemaError(f"anchor must be one of {', '.join(a for a in ANCHORS if a)} or empty")
    confidence = df["confidence"].dropna()
    if not confidence.between(0, 1).all():
        raise SchemaError("confidence must lie between 0 and 1")
    return df
