"""Events as the pandas frame described in schema.py."""

from __future__ import annotations

from typing import cast

import pandas as pd

from timeline import schema
from timeline.events.model import Event
from timeline.ingest import Article

_DTYPES = {column.name: column.dtype for column in schema.COLUMNS}


def _record(event: Event, article: Article) -> dict[str, object]:
    timex, text = event.timex, article.text
    time_text = event.time_text
    if time_text is None:
        time_text = text[timex.phrase_start : timex.phrase_end]
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "start": timex.begin,
        "end": timex.until,
        "granularity": timex.granularity,
        "timex": timex.value,
        "timex_type": timex.type,
        "timex_mod": timex.mod,
        "time_text": time_text,
        "char_start": timex.phrase_start,
        "char_end": timex.phrase_end,
        "sentence": text[event.sentence.start : event.sentence.end],
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "title": event.title,
        "actors": list(event.actors),
        "kind": event.kind,
        "source": event.source,
        "timezone": article.timezone,
        "anchor": event.anchor,
        "confidence": event.confidence,
        "claim": event.claim,
        "roles": list(event.roles),
        "places": list(event.places),
        "quantities": [dict(q) for q in event.quantities],
        "doc_ids": [event.doc_id],
        "sources": [article.source or event.doc_id],
    }


def to_frame(events: list[Event], article: Article) -> pd.DataFrame:
    """A validated frame, times in the article's zone, in order of time then of text."""
    if not events:
        return schema.empty()
    records = [_record(e, article) for e in events]
    columns: dict[str, object] = {}
    for name in records[0]:
        values = [record[name] for record in records]
        if name in ("start", "end"):
            columns[name] = pd.to_datetime(pd.Series(values), utc=True).dt.tz_convert(
                article.zone).array
        elif _DTYPES[name] == "string":  # at once: read as other text first, it was converted
            columns[name] = pd.array(cast("list[str | None]", values), dtype="string")
        else:
            columns[name] = values
    df = schema.coerce(pd.DataFrame(columns, copy=False))
    df = df.sort_values(["start", "sentence_start", "char_start"], kind="stable")
    return schema.validate(df.reset_index(drop=True))
