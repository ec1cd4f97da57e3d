"""The edit log applied to a frame (timeline/store/edits.py): pure pandas, no database."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline import schema
from timeline.ingest import article_from_text
from timeline.pipeline import extract
from timeline.store.edits import apply, effective, history, log_frame

TEXT = (
    "Protesters arrived on Monday. Police said on Tuesday that the road was closed. "
    "The council met on Wednesday."
)
AT = pd.Timestamp("2024-03-01T12:00:00", tz="UTC")
DEFAULTS = ("", "", {}, None, "ana", "")  # op, event_id, payload, target, author, session


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return extract(article_from_text(TEXT, "2022-02-17T09:00+13:00", None, doc_id="doc"))


def ids(frame: pd.DataFrame) -> list[str]:
    return list(frame["event_id"])


def log(*edits: tuple) -> pd.DataFrame:
    """Log rows from (op, event_id, payload[, target[, author[, session]]]) tuples."""
    records = []
    for n, edit in enumerate(edits, 1):
        op, event_id, payload, target, author, session = (*edit, *DEFAULTS[len(edit) :])
        records.append(
            {
                "edit_id": n,
                "at": AT + pd.Timedelta(minutes=n),
                "author": author,
                "session": session,
                "op": op,
                "event_id": event_id,
                "payload": payload,
                "target": target,
            }
        )
    return log_frame(records)


def view(df: pd.DataFrame) -> list[tuple]:
    return [
        (r.event_id, r.title, r.start.isoformat(), r.end.isoformat(), r.curated, r.edited_by)
        for r in df.itertuples()
    ]


def test_the_extraction_has_three_events_unmarked(frame: pd.DataFrame) -> None:
    assert list(frame["time_text"]) == ["on Monday", "on Tuesday", "on Wednesday"]
    assert list(frame["curated"]) == [False, False, False]
    assert list(frame["edited_by"]) == ["", "", ""]
    assert frame["edited_at"].isna().all()


def test_an_empty_log_gives_the_extraction(frame: pd.DataFrame) -> None:
    result = apply(frame, log())
    pd.testing.assert_frame_equal(result.frame, frame)
    assert result.stale.empty


def test_set_and_delete(frame: pd.DataFrame) -> None:
    mon, tue, wed = ids(frame)
    result = apply(
        frame,
        log(
            ("set", mon, {"title": "Arrival", "kind": "status", "actors": ["Crowd"]}),
            ("set", tue, {"start": "2022-02-15T08:00+13:00", "end": "2022-02-15T09:00+13:00"}),
            ("delete", wed, {}),
        ),
    )
    df = result.frame
    assert view(df) == [
        (mon, "Arrival", "2022-02-14T00:00:00+13:00", "2022-02-15T00:00:00+13:00", True, "ana"),
        (
            tue,
            frame["title"][1],
            "2022-02-15T08:00:00+13:00",
            "2022-02-15T09:00:00+13:00",
            True,
            "ana",
        ),
    ]
    assert list(df["kind"]) == ["status", frame["kind"][1]]
    assert df["actors"][0] == ["Crowd"]
    assert list(df["anchor"]) == ["relative_to_publication", "manual"]
    assert list(df["confidence"]) == [frame["confidence"][0], 1.0]
    assert list(df["edited_at"]) == [AT + pd.Timedelta(minutes=1), AT + pd.Timedelta(minutes=2)]
    schema.validate(df)


def test_add_a_manual_event(frame: pd.DataFrame) -> None:
    added = {
        "title": "Roads reopened",
        "start": "2022-02-16T06:00+13:00",
        "end": "2022-02-16T07:00+13:00",
        "actors": ["Police"],
        "timezone": "UTC+13:00",
    }
    df = apply(frame, log(("add", "", added))).frame
    row = df.iloc[-1]
    assert len(df) == 4
    assert (row["event_id"], row["title"], row["kind"], row["anchor"]) == (
        "manual-1",
        "Roads reopened",
        "occurrence",
        "manual",
    )
    assert (row["char_start"], row["char_end"], row["doc_ids"], row["actors"]) == (
        0,
        0,
        [],
        ["Police"],
    )
    assert row["start"].isoformat() == "2022-02-16T06:00:00+13:00"
    assert (row["curated"], row["edited_by"]) == (True, "ana")


def test_merge_then_split_then_edit_the_parts(frame: pd.DataFrame) -> None:
    mon, tue, wed = ids(frame)
    merged = log(
        ("set", tue, {"title": "Road closed"}),
        ("merge", "", {"parts": [tue, mon]}),
        ("set", "merged-2", {"title": "Protest and closure"}),
    )
    df = apply(frame, merged).frame
    assert view(df) == [
        (
            wed,
            frame["title"][2],
            "2022-02-16T00:00:00+13:00",
            "2022-02-17T00:00:00+13:00",
            False,
            "",
        ),
        (
            "merged-2",
            "Protest and closure",
            "2022-02-14T00:00:00+13:00",
            "2022-02-16T00:00:00+13:00",
            True,
            "ana",
        ),
    ]
    row = df.iloc[1]
    assert row["sentence"] == frame["sentence"][0]  # the earliest part's row
    assert row["doc_ids"] == ["doc"]
    split = log(
        *[(r.op, r.event_id, r.payload) for r in merged.itertuples()], ("split", "merged-2", {})
    )
    df = apply(frame, split).frame
    assert [r[:2] for r in view(df)] == [
        (mon, frame["title"][0]),
        (tue, "Road closed"),
        (wed, frame["title"][2]),
    ]
    assert list(df["curated"]) == [True, True, False]


def test_a_merge_of_merged_events(frame: pd.DataFrame) -> None:
    mon, tue, wed = ids(frame)
    df = apply(
        frame,
        log(
            ("merge", "", {"parts": [mon, tue]}),
            ("merge", "", {"parts": ["merged-1", wed], "title": "Week"}),
        ),
    ).frame
    assert view(df) == [
        ("merged-2", "Week", "2022-02-14T00:00:00+13:00", "2022-02-17T00:00:00+13:00", True, "ana")
    ]


def test_undo_and_redo_are_records_that_toggle_an_edit(frame: pd.DataFrame) -> None:
    mon, tue, _ = ids(frame)
    edits = log(
        ("set", mon, {"title": "One"}),
        ("delete", tue, {}),
        ("undo", "", {}, 2),
        ("undo", "", {}, 1),
        ("redo", "", {}, 1),
    )
    df = apply(frame, edits).frame
    assert list(df["title"]) == ["One", frame["title"][1], frame["title"][2]]
    assert list(effective(edits)["edit_id"]) == [1]
    assert history(edits, "ana") == ([1], [2])
    again = log(
        *[(r.op, r.event_id, r.payload, r.target) for r in edits.itertuples()],
        ("set", tue, {"title": "Two"}),
    )
    assert history(again, "ana") == ([1, 6], [])  # a new edit empties the redo stack
    assert history(again, "bo") == ([], [])


def test_drafts_count_in_their_session_until_saved(frame: pd.DataFrame) -> None:
    mon = ids(frame)[0]
    draft = log(("set", mon, {"title": "Draft"}, None, "ana", "s1"))
    assert apply(frame, draft).frame["title"][0] == frame["title"][0]
    assert apply(frame, draft, session="s1").frame["title"][0] == "Draft"
    saved = log(
        ("set", mon, {"title": "Draft"}, None, "ana", "s1"), ("save", "", {}, None, "ana", "s1")
    )
    assert apply(frame, saved).frame["title"][0] == "Draft"
    dropped = log(
        ("set", mon, {"title": "Draft"}, None, "ana", "s1"), ("discard", "", {}, None, "ana", "s1")
    )
    assert apply(frame, dropped, session="s1").frame["title"][0] == frame["title"][0]


def test_edits_of_missing_events_are_stale_not_dropped(frame: pd.DataFrame) -> None:
    mon = ids(frame)[0]
    edits = log(
        ("set", "gone", {"title": "x"}),
        ("merge", "", {"parts": [mon, "gone"]}),
        ("set", mon, {"title": "kept"}),
    )
    result = apply(frame, edits)
    assert list(result.stale["edit_id"]) == [1, 2]
    assert result.frame["title"][0] == "kept"


def test_a_time_edit_that_clashes_with_a_new_extraction_is_stale(frame: pd.DataFrame) -> None:
    mon = ids(frame)[0]
    edits = log(("set", mon, {"end": "2022-02-14T12:00+13:00"}))
    assert apply(frame, edits).frame["end"][0].isoformat() == "2022-02-14T12:00:00+13:00"
    later = frame.assign(
        start=frame["start"] + pd.Timedelta(days=1), end=frame["end"] + pd.Timedelta(days=1)
    )
    result = apply(later, edits)
    assert result.frame["end"][0] == later["end"][0]
    assert list(result.stale["edit_id"]) == [1]
