"""timeline.timelinejs: the TimelineJS3 JSON format, on the hand-built frame."""

from __future__ import annotations

import json

import pandas as pd

from timeline import schema
from timeline.timelinejs import to_timelinejs, to_timelinejs_json


def _by_id(doc: dict) -> dict[str, dict]:
    return {e["unique_id"]: e for e in doc["events"]}


def test_document_shape_and_order(sample_frame: pd.DataFrame) -> None:
    doc = to_timelinejs(sample_frame, title="Protest", text="Source: Test Herald")
    assert doc["title"] == {"text": {"headline": "Protest", "text": "Source: Test Herald"}}
    assert [e["unique_id"] for e in doc["events"]] == ["e4", "e3", "e1", "e2"]
    for event in doc["events"]:
        assert {"start_date", "text", "group", "unique_id"} <= set(event)
        assert set(event["text"]) == {"headline", "text"}


def test_dates_are_wall_clock_parts(sample_frame: pd.DataFrame) -> None:
    events = _by_id(to_timelinejs(sample_frame))
    assert events["e1"]["start_date"] == {"year": 2022, "month": 2, "day": 14, "hour": 12,
                                          "minute": 0}
    assert events["e1"]["end_date"]["hour"] == 18
    assert "end_date" not in events["e2"]  # an instant
    assert events["e3"]["start_date"] == {"year": 2022, "month": 2, "day": 13}
    assert "end_date" not in events["e3"]  # one whole day
    assert events["e4"]["end_date"] == {"year": 2022, "month": 2, "day": 14}  # last day
    assert events["e1"]["group"] == "statement"


def test_article_text_is_escaped(sample_frame: pd.DataFrame) -> None:
    frame = sample_frame.copy()
    frame.loc[0, "title"] = "<script>alert(1)</script>"
    text = to_timelinejs_json(frame)
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_empty_frame_gives_no_events() -> None:
    assert json.loads(to_timelinejs_json(schema.empty())) == {"events": []}
