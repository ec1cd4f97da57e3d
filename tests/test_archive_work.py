"""timeline.archive.work: what a worker makes of one article."""

from __future__ import annotations

from timeline.archive import layout
from timeline.archive.sources import Item
from timeline.archive.work import Done, run_one


def test_an_article_without_events_is_done_with_no_event_rows() -> None:
    """Its empty quantities column was once float64, which Arrow cannot write as a list,
    and the worker lost its whole chunk."""
    record = {"id": "calm", "text": "Nothing was reported.", "published": "2022-02-17T09:00Z"}
    done = run_one(Item("k", "calm", record=record))
    assert isinstance(done, Done)
    assert done.events is not None
    assert (done.events.num_rows, done.article["events"]) == (0, 0)
    assert done.events.schema == layout.event_schema()
