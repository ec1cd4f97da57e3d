"""Events as the pandas frame described in schema.py."""

from __future__ import annotations

import pandas as pd

from timeline import schema
from timeline.events import Event
from timeline.ingest import Article


def _record(event: Event, article: Article) -> dict[str, object]:
    timex, text = event.timex, article.text
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "start": timex.begin,
        "end": timex.until,
        "granularity": timex.granularity,
        "timex": timex.value,
        "timex_type": timex.type,
        "timex_mod": timex.mod,
        "time_text": text[timex.phrase_start : timex.phrase_end],
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
    }


def to_frame(events: list[Event], article: Article) -> pd.DataFrame:
    """A validated frame, times in the article's zone, in order of time then of text."""
    if not events:
        return schema.empty()
    df = pd.DataFrame([_record(e, article) for e in events])
    for column in ("start", "end"):
        df[column] = pd.to_datetime(df[column], utc=True).dt.tz_convert(article.zone)
    df = schema.coerce(df)
    df = df.sort_values(["start", "char_start"], kind="stable").reset_index(drop=True)
    return schema.validate(df)
