"""The edit log, and the curated frame: an extraction with a person's edits applied.

The log is append-only: a change is never rewritten, so undo and redo are records too,
and the same log over a fresh extraction (a better tagger, a corrected publication time)
gives the curated frame again, keeping every edit whose event still exists and listing
the rest as stale. Pure pandas, so it is tested without a database; the store only keeps
the rows (``LOG_COLUMNS``). Applying is vectorised: the bulk of a log is field edits,
which become one column assignment per field whatever their number.

Operations (``op``), each naming its ``event_id`` and carrying a ``payload`` dict:

- ``set``: new values for some of ``EDITABLE`` (times as ISO 8601 with an offset);
- ``delete``: the event leaves the timeline;
- ``add``: a manual event (``manual_id(edit_id)``), fields as for ``set`` plus
  ``timezone`` and, when it belongs to an article, ``doc_id`` and ``publication``;
- ``merge``: ``payload["parts"]`` become one event (``merged_id(edit_id)``), titled by
  ``payload["title"]`` or its earliest part; ``split`` of that id brings the parts back;
- ``undo``/``redo``: the edit ``target`` stops or starts counting again;
- ``save``/``discard``: the drafts of ``session`` join the timeline or are dropped.

An edit with a non-empty ``session`` is a draft: it counts only in that session's view
until the session is saved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import tzinfo
from itertools import chain

import numpy as np
import pandas as pd

from timeline import schema

LOG_COLUMNS = ("edit_id", "at", "author", "session", "op", "event_id", "payload", "target")
CONTENT_OPS = ("set", "delete", "add", "merge", "split")
HISTORY_OPS = ("undo", "redo")
SESSION_OPS = ("save", "discard")
OPS = CONTENT_OPS + HISTORY_OPS + SESSION_OPS
EDITABLE = ("title", "start", "end", "kind", "actors", "source")
TIMES = ("start", "end")
_LISTS = ("actors",)
_UNIONS = ("actors", "roles", "places")


class EditError(ValueError):
    """An edit that cannot be made (no such event, an end before its start); saves nothing."""


@dataclass(frozen=True)
class Curated:
    """The curated frame, and the log rows that no longer apply to the extraction."""

    frame: pd.DataFrame
    stale: pd.DataFrame


def manual_id(edit_id: int) -> str:
    """The id of the event an ``add`` made: fixed by its log record, so redo restores it."""
    return f"manual-{edit_id}"


def merged_id(edit_id: int) -> str:
    """The id of the event a ``merge`` made."""
    return f"merged-{edit_id}"


def empty_log() -> pd.DataFrame:
    """A log with its columns and no rows."""
    return log_frame([])


def log_frame(records: list[dict[str, object]]) -> pd.DataFrame:
    """Log rows (dicts with LOG_COLUMNS) as a frame in edit order, with its dtypes."""
    log = pd.DataFrame(records, columns=list(LOG_COLUMNS))
    log["edit_id"] = log["edit_id"].astype("int64")
    log["at"] = pd.to_datetime(log["at"], utc=True).astype("datetime64[us, UTC]")
    for name in ("author", "session", "op", "event_id"):
        log[name] = log[name].fillna("").astype("str")
    log["payload"] = log["payload"].map(lambda p: p if isinstance(p, dict) else {})
    log["target"] = log["target"].astype("Int64")
    return log.sort_values("edit_id", kind="stable", ignore_index=True)


def visible(log: pd.DataFrame, session: str = "") -> pd.Series:
    """Which rows count in a view: saved edits, plus the drafts of ``session``."""
    marks = log[log["op"].isin(SESSION_OPS)]
    closed = marks.drop_duplicates("session", keep="last").set_index("session")["op"]
    saved = closed.index[closed == "save"]
    discarded = closed.index[closed == "discard"]
    own = (log["session"] == session) & ~log["session"].isin(discarded)
    return (log["session"] == "") | log["session"].isin(saved) | own


def effective(log: pd.DataFrame, session: str = "") -> pd.DataFrame:
    """The content edits that count, in order: visible and not undone."""
    seen = log[visible(log, session)]
    toggles = seen[seen["op"].isin(HISTORY_OPS)]
    last = toggles.drop_duplicates("target", keep="last")
    undone = last.loc[last["op"] == "undo", "target"]
    return seen[seen["op"].isin(CONTENT_OPS) & ~seen["edit_id"].isin(undone)]


def history(log: pd.DataFrame, author: str, session: str = "") -> tuple[list[int], list[int]]:
    """An author's undo and redo stacks (edit ids, last on top), as an editor keeps them:
    a new edit empties the redo stack."""
    seen = log[visible(log, session) & (log["author"] == author)]
    done: list[int] = []
    undone: list[int] = []
    for op, edit_id, target in zip(seen["op"], seen["edit_id"], seen["target"], strict=True):
        if op in CONTENT_OPS:
            done.append(int(edit_id))
            undone.clear()
        elif op == "undo" and target in done:
            done.remove(int(target))
            undone.append(int(target))
        elif op == "redo" and target in undone:
            undone.remove(int(target))
            done.append(int(target))
    return done, undone


def apply(frame: pd.DataFrame, log: pd.DataFrame, session: str = "") -> Curated:
    """The extraction with the log applied, and the edits that no longer apply.

    Rows keep the extraction's order; added and merged events follow in the order they
    were made. Edited rows have ``curated`` True and the author and time of their last
    change.
    """
    edits = effective(log, session)
    rows = _Rows(frame)
    extracted = len(frame)
    adds = edits[edits["op"] == "add"]
    if len(adds):
        rows.append(_manual_rows(adds, rows.frame["start"].dt.tz, rows.frame.dtypes))
    sets = edits[edits["op"] == "set"]
    applied = _set(rows, sets)
    reverted = _revert_bad_times(rows, frame, extracted, sets)
    split = set(edits.loc[edits["op"] == "split", "event_id"])
    merges = edits[(edits["op"] == "merge") & ~edits["edit_id"].map(merged_id).isin(split)]
    built, applied_later = _merge_all(rows, merges, sets)
    absorbed = {p for parts in built["payload"] for p in parts["parts"]}
    deleted = edits.loc[edits["op"] == "delete", "event_id"]
    gone = absorbed | set(deleted[rows.has(deleted)])
    # A merge that was split is not built, yet it and the edits made to it still apply.
    dissolved = edits[(edits["op"] == "merge") & edits["edit_id"].map(merged_id).isin(split)]
    whole = [all(x in rows.where for x in p["parts"]) for p in dissolved["payload"]]
    dissolved = dissolved[np.array(whole, dtype=bool)]
    kept = set(dissolved["edit_id"].map(merged_id))
    targeted = edits["op"].isin(("set", "delete", "split"))
    missing = targeted & ~(rows.has(edits["event_id"]) | edits["event_id"].isin(kept))
    made = edits["edit_id"].isin(built["edit_id"]) | edits["edit_id"].isin(dissolved["edit_id"])
    unbuilt = (edits["op"] == "merge") & ~made
    stale_ids = set(edits.loc[missing | unbuilt, "edit_id"]) | reverted
    _mark(rows, edits, [*applied, *applied_later], built, stale_ids)
    out = rows.frame
    keep = np.ones(len(out), dtype=bool)
    keep[[rows.where[g] for g in gone]] = False
    out = out[keep].reset_index(drop=True)
    stale = log[log["edit_id"].isin(stale_ids)].reset_index(drop=True)
    schema.validate(out[out["curated"]])  # the rest is the extraction, validated when made
    return Curated(out, stale)


class _Rows:
    """The frame being curated, with a dict from event id to row position: pandas' own
    lookups by string index (and isin on Arrow strings) cost seconds at 100,000 rows."""

    def __init__(self, frame: pd.DataFrame) -> None:
        rows = frame.reset_index(drop=True)
        for name in TIMES:
            rows[name] = rows[name].dt.as_unit("us")
        rows["curated"] = False
        rows["edited_by"] = ""
        rows["edited_at"] = pd.Series(pd.NaT, index=rows.index, dtype="datetime64[us, UTC]")
        self.frame = rows
        self.where = {e: i for i, e in enumerate(rows["event_id"].to_numpy(dtype=object))}

    def append(self, more: pd.DataFrame) -> None:
        first = len(self.frame)
        self.frame = pd.concat([self.frame, more], ignore_index=True)
        ids = more["event_id"].to_numpy(dtype=object)
        self.where.update({e: first + i for i, e in enumerate(ids)})

    def has(self, ids: pd.Series) -> np.ndarray:
        """Which of ``ids`` are rows (``isin``, as a boolean array)."""
        values = ids.to_numpy(dtype=object)
        return np.fromiter((v in self.where for v in values), dtype=bool, count=len(values))

    def at(self, ids: Iterable[str]) -> np.ndarray:
        return np.fromiter((self.where[i] for i in ids), dtype=np.int64)


def _times(values: pd.Series, zone: tzinfo | None) -> pd.Series:
    stamps = pd.to_datetime(values, utc=True, format="ISO8601").dt.tz_convert(zone)
    return stamps.dt.as_unit("us")


def _manual_rows(adds: pd.DataFrame, zone: tzinfo | None, dtypes: pd.Series) -> pd.DataFrame:
    """Events added by hand: no text of their own, so offsets 0 and anchor 'manual'."""
    payloads = list(adds["payload"])
    doc_ids = [p.get("doc_id", "") for p in payloads]
    records = {
        "event_id": [manual_id(i) for i in adds["edit_id"]],
        "doc_id": doc_ids,
        "start": [p["start"] for p in payloads],
        "end": [p["end"] for p in payloads],
        "title": [p["title"] for p in payloads],
        "actors": [list(p.get("actors", [])) for p in payloads],
        "kind": [p.get("kind", "occurrence") for p in payloads],
        "source": [p.get("source", "") for p in payloads],
        "timezone": [p.get("timezone", "") or str(zone) for p in payloads],
        "char_start": 0,
        "char_end": 0,
        "anchor": "manual",
        "confidence": 1.0,
        "doc_ids": [[d] if d else [] for d in doc_ids],
        "sources": [
            [p.get("publication", "") or d] if d else []
            for p, d in zip(payloads, doc_ids, strict=True)
        ],
    }
    rows = schema.coerce(pd.DataFrame(records))
    for name in TIMES:
        rows[name] = _times(rows[name], zone)
    rows["curated"] = False
    rows["edited_by"] = ""
    rows["edited_at"] = pd.Series(pd.NaT, index=rows.index, dtype="datetime64[us, UTC]")
    return rows.astype(dtypes.to_dict())


def _set(rows: _Rows, sets: pd.DataFrame) -> list[int]:
    """Field edits on the rows they name, the last edit of each field winning; returns
    the ids of the edits that found their event."""
    present = sets[rows.has(sets["event_id"])]
    if present.empty:
        return []
    cells = [
        (event_id, field, value, edit_id)
        for event_id, payload, edit_id in zip(
            present["event_id"], present["payload"], present["edit_id"], strict=True
        )
        for field, value in payload.items()
        if field in EDITABLE
    ]
    long = pd.DataFrame(cells, columns=["event_id", "field", "value", "edit_id"])
    long = long.drop_duplicates(["event_id", "field"], keep="last")
    frame = rows.frame
    for field, group in long.groupby("field", sort=False):
        at = rows.at(group["event_id"])
        if field in TIMES:
            times = frame[field].array.copy()
            times[at] = _times(group["value"], frame[field].dt.tz).array
            frame[field] = times
            continue
        column = frame[field].to_numpy(dtype=object, copy=True)
        values = list(group["value"])
        if field in _LISTS:
            values = [list(v) for v in values]
        for position, value in zip(at, values, strict=True):
            column[position] = value
        frame[field] = pd.Series(column, index=frame.index, dtype=frame[field].dtype)
    timed = rows.at(long.loc[long["field"].isin(TIMES), "event_id"].unique())
    anchor = frame["anchor"].to_numpy(dtype=object, copy=True)
    anchor[timed] = "manual"
    frame["anchor"] = pd.Series(anchor, index=frame.index, dtype=frame["anchor"].dtype)
    confidence = frame["confidence"].to_numpy(copy=True)
    confidence[timed] = 1.0
    frame["confidence"] = confidence
    return list(present["edit_id"])


def _revert_bad_times(
    rows: _Rows, original: pd.DataFrame, extracted: int, sets: pd.DataFrame
) -> set[int]:
    """An edit that gave one end of an interval can clash with a re-extracted other end:
    such an event keeps its extracted times and the time edits are stale."""
    frame = rows.frame
    backwards = (frame["start"] >= frame["end"]).to_numpy()
    bad = np.flatnonzero(backwards[:extracted])
    if not len(bad):
        return set()
    for name in TIMES:
        times = frame[name].array.copy()
        times[bad] = original[name].astype(times.dtype).array[bad]
        frame[name] = times
    timed = sets["payload"].map(lambda p: any(t in p for t in TIMES))
    ids = set(frame["event_id"].to_numpy(dtype=object)[bad])
    return set(sets.loc[timed & sets["event_id"].isin(ids), "edit_id"])


def _merge_all(
    rows: _Rows, merges: pd.DataFrame, sets: pd.DataFrame
) -> tuple[pd.DataFrame, list[int]]:
    """Merged events, level by level (a merge of merged events waits for its parts),
    each with the field edits made to it; merges whose parts are gone are not built."""
    built = merges.iloc[:0]
    applied: list[int] = []
    pending = merges
    while len(pending):
        known = rows.where
        ready = pending["payload"].map(lambda p, known=known: all(x in known for x in p["parts"]))
        if not ready.any():
            break
        first = len(rows.frame)
        rows.append(_merged_rows(rows, pending[ready]))
        new = set(rows.frame["event_id"].to_numpy(dtype=object)[first:])
        applied += _set(rows, sets[sets["event_id"].isin(new)])
        built = pd.concat([built, pending[ready]])
        pending = pending[~ready]
    return built, applied


def _merged_rows(rows: _Rows, merges: pd.DataFrame) -> pd.DataFrame:
    """One row per merge: the earliest part's row spanning every part's interval, with
    the actors, roles, places and reporting articles of all of them."""
    pairs = [
        (merged_id(edit_id), order, part)
        for edit_id, payload in zip(merges["edit_id"], merges["payload"], strict=True)
        for order, part in enumerate(payload["parts"])
    ]
    parts = rows.frame.take(rows.at(p for _, _, p in pairs)).reset_index(drop=True)
    parts["merge"] = [m for m, _, _ in pairs]
    parts["order"] = [o for _, o, _ in pairs]
    parts = parts.sort_values(["merge", "start", "order"], kind="stable")
    groups = parts.groupby("merge", sort=False)
    merged = groups.head(1).set_index("merge")
    merged["end"] = groups["end"].max()
    merged["confidence"] = groups["confidence"].min()
    for name in _UNIONS:
        merged[name] = groups[name].agg(lambda lists: list(dict.fromkeys(chain(*lists))))
    reports = {merge: _reports(group) for merge, group in groups[["doc_ids", "sources"]]}
    merged["doc_ids"] = [list(reports[m]) for m in merged.index]
    merged["sources"] = [list(reports[m].values()) for m in merged.index]
    titles = {
        merged_id(i): p["title"]
        for i, p in zip(merges["edit_id"], merges["payload"], strict=True)
        if p.get("title")
    }
    merged["title"] = [titles.get(m, t) for m, t in zip(merged.index, merged["title"], strict=True)]
    merged["event_id"] = merged.index.to_numpy(dtype=object)
    merged = merged.reset_index(drop=True).drop(columns=["order"])
    return merged.astype(rows.frame.dtypes.to_dict())


def _reports(group: pd.DataFrame) -> dict[str, str]:
    """Every reporting article once, with its publication, in order."""
    pairs = zip(chain(*group["doc_ids"]), chain(*group["sources"]), strict=True)
    return dict(pairs)


def _mark(
    rows: _Rows,
    edits: pd.DataFrame,
    applied: list[int],
    built: pd.DataFrame,
    stale: set[int],
) -> None:
    """curated, edited_by and edited_at from each event's last change that applied (a
    split counts as a change of the parts it brings back)."""
    merges = edits[edits["op"] == "merge"]
    parts_of = {
        merged_id(i): p["parts"] for i, p in zip(merges["edit_id"], merges["payload"], strict=True)
    }
    splits = edits[edits["op"] == "split"]
    split_parts = splits.assign(event_id=splits["event_id"].map(lambda m: parts_of.get(m, [])))
    adds = edits[edits["op"] == "add"]
    touched = pd.concat(
        [
            edits[edits["edit_id"].isin(applied)],
            adds.assign(event_id=adds["edit_id"].map(manual_id)),
            built.assign(event_id=built["edit_id"].map(merged_id)),
            split_parts.explode("event_id"),
        ],
        ignore_index=True,
    )
    touched = touched[rows.has(touched["event_id"]) & ~touched["edit_id"].isin(stale)]
    last = touched.sort_values("edit_id", kind="stable").drop_duplicates("event_id", keep="last")
    at = rows.at(last["event_id"])
    frame = rows.frame
    curated = np.zeros(len(frame), dtype=bool)
    curated[at] = True
    frame["curated"] = curated
    authors = np.full(len(frame), "", dtype=object)
    authors[at] = last["author"].to_numpy(dtype=object)
    frame["edited_by"] = pd.Series(authors, index=frame.index, dtype="str")
    stamps = frame["edited_at"].array.copy()
    stamps[at] = last["at"].astype("datetime64[us, UTC]").array
    frame["edited_at"] = stamps


def check_times(start: pd.Timestamp, end: pd.Timestamp) -> None:
    """EditError unless the interval runs forward (start inclusive, end exclusive)."""
    if not start < end:
        raise EditError(
            f"The end {end.isoformat()} is not after the start {start.isoformat()}: "
            "nothing was saved"
        )
