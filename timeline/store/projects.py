"""What a person does with a store: projects, their articles, and edits to the timeline.

Every function that changes something is one transaction and returns once it is
committed (so on disk: see database.py). Edits are checked against the curated frame
before anything is written: an unknown event, an end before a start, a bad date or kind
raises EditError and saves nothing. ``author`` names who acts ("cli" from the command
line, the login name from the dashboard); ``session`` keeps an edit as a draft of that
session until ``save_session`` (edits.py).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

import numpy as np
import pandas as pd
import sqlalchemy as sa

from timeline import schema
from timeline.ingest import Article, article_from_text
from timeline.merge import join_reports
from timeline.pipeline import extract
from timeline.store import models
from timeline.store.database import Store
from timeline.store.edits import (
    EDITABLE,
    Curated,
    EditError,
    apply,
    check_times,
    history,
    log_frame,
    manual_id,
    merged_id,
)

DEFAULT_PROJECT = "default"


@dataclass(frozen=True)
class Project:
    """A project in an open store: the handle every operation takes."""

    store: Store
    id: int
    name: str


@dataclass(frozen=True)
class StoredArticle:
    """An article as the store keeps it, with its id there."""

    id: int
    article: Article


def _now() -> datetime:
    return datetime.now(UTC)


def open_project(store: Store, name: str = DEFAULT_PROJECT, create: bool = True) -> Project:
    """The project called ``name``, made if it does not exist yet (unless ``create`` is
    False, when a missing one is an EditError)."""
    table = models.projects
    with store.engine.begin() as conn:
        found = conn.execute(sa.select(table.c.id).where(table.c.name == name)).scalar()
        if found is None:
            if not create:
                raise EditError(f"There is no project {name!r} in {store.url}")
            found = conn.execute(
                table.insert().values(name=name, created_at=_now()).returning(table.c.id)
            ).scalar_one()
    return Project(store, int(found), name)


def project_names(store: Store) -> list[str]:
    """Every project in the store, by name."""
    with store.engine.begin() as conn:
        return list(conn.execute(sa.select(models.projects.c.name).order_by("name")).scalars())


def add_article(project: Project, article: Article) -> int:
    """Keep an article and its extraction; the article's id. The same text added again
    to a project is the same article (its id is returned, nothing changes)."""
    table = models.articles
    with project.store.engine.begin() as conn:
        found = conn.execute(
            sa.select(table.c.id).where(
                table.c.project_id == project.id, table.c.doc_id == article.doc_id
            )
        ).scalar()
        if found is not None:
            return int(found)
    frame = extract(article)
    with project.store.engine.begin() as conn:
        article_id = conn.execute(
            table.insert()
            .values(
                project_id=project.id,
                doc_id=article.doc_id,
                text=article.text,
                title=article.title,
                source=article.source,
                published=article.published.isoformat(),
                timezone=article.timezone,
                added_at=_now(),
            )
            .returning(table.c.id)
        ).scalar_one()
        _keep_extraction(conn, int(article_id), frame)
    return int(article_id)


def _keep_extraction(conn: sa.Connection, article_id: int, frame: pd.DataFrame) -> None:
    data = io.BytesIO()
    frame.to_parquet(data, index=False)
    table = models.extractions
    conn.execute(table.delete().where(table.c.article_id == article_id))
    conn.execute(
        table.insert().values(
            article_id=article_id, frame=data.getvalue(), events=len(frame), extracted_at=_now()
        )
    )


def articles(project: Project) -> list[StoredArticle]:
    """The project's articles, in the order they were added."""
    table = models.articles
    with project.store.engine.begin() as conn:
        rows = conn.execute(
            sa.select(table).where(table.c.project_id == project.id).order_by(table.c.id)
        ).all()
    return [
        StoredArticle(
            row.id,
            article_from_text(
                row.text,
                row.published,
                row.timezone,
                doc_id=row.doc_id,
                source=row.source,
                title=row.title,
            ),
        )
        for row in rows
    ]


def reextract(
    project: Project, article_id: int, published: str | None = None, timezone: str | None = None
) -> pd.DataFrame:
    """Extract an article again (a better tagger, or a corrected publication time and
    zone, given as ISO 8601 and an IANA name); the edits that no longer apply.

    Every edit is kept: those whose event still exists go on applying, the others are
    returned here (and by ``stale_edits``) and would apply again if their event came back.
    """
    stored = {s.id: s.article for s in articles(project)}
    if article_id not in stored:
        raise EditError(f"There is no article {article_id} in project {project.name!r}")
    old = stored[article_id]
    when = published if published is not None else old.published
    article = article_from_text(
        old.text,
        when,
        timezone or (None if published else old.timezone),
        doc_id=old.doc_id,
        source=old.source,
        title=old.title,
    )
    frame = extract(article)
    table = models.articles
    with project.store.engine.begin() as conn:
        conn.execute(
            table.update()
            .where(table.c.id == article_id)
            .values(published=article.published.isoformat(), timezone=article.timezone)
        )
        _keep_extraction(conn, article_id, frame)
    return stale_edits(project)


def describe_article(
    project: Project, article_id: int, title: str | None = None, source: str | None = None
) -> None:
    """Change an article's headline or publisher: what the chart is titled and credited
    by. Its events are not touched (the text and its dates are the same)."""
    values = {
        name: " ".join(value.split())
        for name, value in (("title", title), ("source", source))
        if value is not None
    }
    if not values:
        raise EditError("Nothing to change: give a headline or a source")
    table = models.articles
    with project.store.engine.begin() as conn:
        done = conn.execute(
            table.update()
            .where(table.c.id == article_id, table.c.project_id == project.id)
            .values(**values)
        ).rowcount
    if not done:
        raise EditError(f"There is no article {article_id} in project {project.name!r}")


def replace_text(project: Project, article_id: int, text: str) -> pd.DataFrame:
    """Put a corrected or updated text in an article's place (same doc id, publication time
    and zone) and extract it again; the edits that no longer apply, as ``reextract``."""
    stored = {s.id: s.article for s in articles(project)}
    if article_id not in stored:
        raise EditError(f"There is no article {article_id} in project {project.name!r}")
    old = stored[article_id]
    article = article_from_text(
        text, old.published, old.timezone, doc_id=old.doc_id, source=old.source, title=old.title
    )
    frame = extract(article)
    table = models.articles
    with project.store.engine.begin() as conn:
        conn.execute(table.update().where(table.c.id == article_id).values(text=article.text))
        _keep_extraction(conn, article_id, frame)
    return stale_edits(project)


def remove_article(project: Project, article_id: int) -> None:
    """Take an article and its events out of the project. Edits to its events stay in the
    log (listed as stale), so adding the article again brings them back."""
    table, kept = models.articles, models.extractions
    with project.store.engine.begin() as conn:
        conn.execute(kept.delete().where(kept.c.article_id == article_id))
        done = conn.execute(
            table.delete().where(table.c.id == article_id, table.c.project_id == project.id)
        ).rowcount
        if not done:
            raise EditError(f"There is no article {article_id} in project {project.name!r}")


def revision(project: Project) -> tuple[object, ...]:
    """What the curated frame depends on, in one small read: the last edit's id and each
    article's id, headline, source, publication time, zone and extraction time. Equal
    revisions give equal curated frames, so a reader can keep one until this changes."""
    table, kept, log_table = models.articles, models.extractions, models.edits
    with project.store.engine.begin() as conn:
        last = conn.execute(
            sa.select(sa.func.max(log_table.c.id)).where(log_table.c.project_id == project.id)
        ).scalar()
        rows = conn.execute(
            sa.select(
                table.c.id,
                table.c.title,
                table.c.source,
                table.c.published,
                table.c.timezone,
                kept.c.extracted_at,
            )
            .join(kept, kept.c.article_id == table.c.id, isouter=True)
            .where(table.c.project_id == project.id)
            .order_by(table.c.id)
        ).all()
    return (last, *(tuple(r) for r in rows))


def extraction(project: Project) -> pd.DataFrame:
    """The project's events as extracted, without edits: one article's frame, or the
    articles' frames joined as ``pipeline.extract_many`` joins them."""
    table, kept = models.articles, models.extractions
    with project.store.engine.begin() as conn:
        blobs = conn.execute(
            sa.select(kept.c.frame)
            .join(table, table.c.id == kept.c.article_id)
            .where(table.c.project_id == project.id)
            .order_by(table.c.id)
        ).scalars()
        frames = [schema.coerce(pd.read_parquet(io.BytesIO(blob))) for blob in blobs]
    frames = [f for f in frames if len(f)]
    if not frames:
        return schema.empty()
    if len(frames) == 1:
        return frames[0]
    if len({str(f["start"].dt.tz) for f in frames}) > 1:
        frames = [
            f.assign(start=f["start"].dt.tz_convert("UTC"), end=f["end"].dt.tz_convert("UTC"))
            for f in frames
        ]
    return schema.validate(join_reports(pd.concat(frames, ignore_index=True)))


def log(project: Project) -> pd.DataFrame:
    """The project's whole edit history, oldest first (edits.LOG_COLUMNS)."""
    table = models.edits
    with project.store.engine.begin() as conn:
        rows = conn.execute(
            sa.select(table).where(table.c.project_id == project.id).order_by(table.c.id)
        ).all()
    return log_frame(
        [
            {
                "edit_id": r.id,
                "at": r.at,
                "author": r.author,
                "session": r.session,
                "op": r.op,
                "event_id": r.event_id,
                "payload": r.payload,
                "target": r.target,
            }
            for r in rows
        ]
    )


def curate(project: Project, session: str = "") -> Curated:
    """The curated frame and the stale edits, in one read of the store."""
    return apply(extraction(project), log(project), session)


def curated(project: Project, session: str = "") -> pd.DataFrame:
    """The timeline as curated: the extraction with every edit that counts applied."""
    return curate(project, session).frame


def stale_edits(project: Project) -> pd.DataFrame:
    """Edits whose event is gone from the extraction: kept, listed, never dropped."""
    return curate(project).stale


def _record(
    project: Project,
    author: str,
    op: str,
    event_id: str = "",
    payload: dict[str, object] | None = None,
    session: str = "",
    target: int | None = None,
) -> int:
    """Append one log record in its own transaction; its edit id once committed."""
    if not author.strip():
        raise EditError("An edit needs an author")
    table = models.edits
    with project.store.engine.begin() as conn:
        return int(
            conn.execute(
                table.insert()
                .values(
                    project_id=project.id,
                    at=_now(),
                    author=author,
                    session=session,
                    op=op,
                    event_id=event_id,
                    payload=payload or {},
                    target=target,
                )
                .returning(table.c.id)
            ).scalar_one()
        )


def _event(frame: pd.DataFrame, event_id: str) -> pd.Series:
    found = frame[frame["event_id"] == event_id]
    if found.empty:
        raise EditError(f"There is no event {event_id!r} on this timeline: nothing was saved")
    return found.iloc[0]


def _stamp(value: object, zone: tzinfo | None, name: str) -> pd.Timestamp:
    """An ISO 8601 time (or datetime) as a tz-aware timestamp; a naive one is read in the
    event's zone."""
    empty = EditError(f"The {name} is empty: nothing was saved")
    if value is None or value is pd.NA:
        raise empty
    try:
        stamp = pd.Timestamp(_time_input(value))
    except (ValueError, TypeError):
        raise EditError(
            f"The {name} {value!r} is not an ISO 8601 time (e.g. 2022-02-14T21:30+13:00): "
            "nothing was saved"
        ) from None
    if pd.isna(stamp):
        raise empty
    return stamp.tz_localize(zone) if stamp.tzinfo is None else stamp


def _time_input(value: object) -> date | np.datetime64 | np.integer | float:
    """What ``pd.Timestamp`` reads; text by Python's parser, strict ISO 8601 (pandas' would
    read 14/02/2022 too). TypeError for anything else."""
    if isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, date | np.datetime64 | np.integer | int | float):
        return value
    raise TypeError(f"not a time: {value!r}")


def _checked(
    fields: dict[str, object], zone: tzinfo | None, current: pd.Series | None
) -> dict[str, object]:
    """Field values as the log keeps them (times ISO 8601 with offset), or EditError."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise EditError(f"Cannot edit {', '.join(sorted(unknown))}: editable are {EDITABLE}")
    out: dict[str, object] = {}
    for name, value in fields.items():
        if name in ("start", "end"):
            out[name] = _stamp(value, zone, name).isoformat()
        elif name == "actors":
            if (
                isinstance(value, str)
                or not isinstance(value, Iterable)
                or not all(isinstance(a, str) for a in value)
            ):
                raise EditError("actors must be a list of names")
            out[name] = [a.strip() for a in value if a.strip()]
        elif name == "kind":
            if value not in schema.KINDS:
                raise EditError(f"kind {value!r} is not one of {', '.join(schema.KINDS)}")
            out[name] = value
        else:
            text = " ".join(str(value).split())
            if name == "title" and not text:
                raise EditError("A title cannot be empty: nothing was saved")
            out[name] = text
    start = out.get("start", current["start"] if current is not None else None)
    end = out.get("end", current["end"] if current is not None else None)
    if start is None or end is None:
        raise EditError("An event needs a start and an end")
    check_times(_stamp(start, zone, "start"), _stamp(end, zone, "end"))
    return out


def edit(project: Project, event_id: str, author: str, session: str = "", **fields: object) -> int:
    """Change some of an event's title, start, end, kind, actors and source; the edit id."""
    if not fields:
        raise EditError("Nothing to change: give a title, times, kind, actors or source")
    frame = curated(project, session)
    row = _event(frame, event_id)
    payload = _checked(fields, frame["start"].dt.tz, row)
    return _record(project, author, "set", event_id, payload, session)


def delete(project: Project, event_id: str, author: str, session: str = "") -> int:
    """Take an event off the timeline (undo brings it back); the edit id."""
    _event(curated(project, session), event_id)
    return _record(project, author, "delete", event_id, session=session)


def add_event(
    project: Project,
    author: str,
    title: str,
    start: object,
    end: object,
    kind: str = "occurrence",
    actors: list[str] | tuple[str, ...] = (),
    source: str = "",
    doc_id: str = "",
    session: str = "",
) -> str:
    """Put an event on the timeline by hand; its id. ``doc_id`` ties it to an article of
    the project (its zone reads naive times), else it stands alone in the project's zone."""
    stored = [s.article for s in articles(project)]
    by_doc = {a.doc_id: a for a in stored}
    if doc_id and doc_id not in by_doc:
        raise EditError(f"There is no article {doc_id!r} in project {project.name!r}")
    owner = by_doc.get(doc_id) or (stored[0] if stored else None)
    zone = owner.zone if owner else UTC
    fields = {"title": title, "start": start, "end": end, "kind": kind, "actors": list(actors)}
    payload = _checked({**fields, "source": source}, zone, None)
    payload["timezone"] = owner.timezone if owner else "UTC"
    if doc_id:
        payload |= {"doc_id": doc_id, "publication": by_doc[doc_id].source}
    return manual_id(_record(project, author, "add", "", payload, session))


def merge(
    project: Project,
    event_ids: list[str],
    author: str,
    title: str | None = None,
    session: str = "",
) -> str:
    """Join two or more events into one (a new id, remembering its parts); its id."""
    parts = list(dict.fromkeys(event_ids))
    if len(parts) < 2:
        raise EditError("A merge needs two or more different events")
    frame = curated(project, session)
    for part in parts:
        _event(frame, part)
    payload: dict[str, object] = {"parts": parts}
    if title is not None and title.strip():
        payload["title"] = " ".join(title.split())
    return merged_id(_record(project, author, "merge", "", payload, session))


def split(project: Project, event_id: str, author: str, session: str = "") -> list[str]:
    """Undo a merge as an edit of its own: the parts come back; their ids."""
    _event(curated(project, session), event_id)
    merges = log(project)
    made = merges[merges["op"] == "merge"]
    made = made[made["edit_id"].map(merged_id) == event_id]
    if made.empty:
        raise EditError(f"{event_id!r} is not a merged event: there is nothing to split")
    _record(project, author, "split", event_id, session=session)
    return list(made["payload"].iloc[0]["parts"])


def parts(project: Project, event_id: str) -> list[str]:
    """The events a merged event was made of (empty for any other event)."""
    merges = log(project)
    made = merges[(merges["op"] == "merge") & (merges["edit_id"].map(merged_id) == event_id)]
    return list(made["payload"].iloc[0]["parts"]) if len(made) else []


def undo(project: Project, author: str, session: str = "") -> int | None:
    """Undo the author's last edit that counts (recorded as an edit itself); the id of
    the edit undone, or None when there is nothing to undo."""
    done, _ = history(log(project), author, session)
    if not done:
        return None
    _record(project, author, "undo", session=session, target=done[-1])
    return done[-1]


def redo(project: Project, author: str, session: str = "") -> int | None:
    """Redo the author's last undone edit, unless a new edit came since; its id or None."""
    _, undone = history(log(project), author, session)
    if not undone:
        return None
    _record(project, author, "redo", session=session, target=undone[-1])
    return undone[-1]


def save_session(project: Project, session: str, author: str) -> int:
    """The session's drafts join the timeline everyone sees."""
    return _record(project, author, "save", session=_named(session))


def discard_session(project: Project, session: str, author: str) -> int:
    """The session's drafts are dropped (they stay in the log, as everything does)."""
    return _record(project, author, "discard", session=_named(session))


def _named(session: str) -> str:
    if not session:
        raise EditError("Name the session to save or discard")
    return session
