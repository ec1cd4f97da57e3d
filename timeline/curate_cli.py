"""Command line on a store: ``add``, ``events``, ``edit``, ``merge``, ``split``, ``undo``,
``redo``, ``reextract`` and ``log`` (issue 10), attached to ``timeline.cli.main``.

Edits from here are signed "cli". Each command prints what it did only once the store
has it on disk, so a script that saw the line can rely on it. The store module is
imported when a command runs, as the rest of the command line does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from timeline.cli import (
    FORMATS,
    UserError,
    _articles,
    _guard,
    main,
    project_option,
    published_option,
    source_option,
    title_option,
    tz_option,
)
from timeline.dataset_cli import View, dataset_options

if TYPE_CHECKING:
    import pandas as pd

    from timeline.ingest import Article
    from timeline.store.projects import Project

AUTHOR = "cli"

store_option = click.option(
    "--db",
    metavar="PATH|URL",
    help="The store: a SQLite file, or a SQLAlchemy URL such as "
    "postgresql+psycopg://user@host/timeline (default: the user's data folder).",
)


def _project(db: str | None, name: str, create: bool = False) -> Project:
    from timeline.store.database import open_store
    from timeline.store.projects import open_project

    return open_project(open_store(db), name, create=create)


def curated_timeline(
    db: str | None, project: str, files: tuple[str, ...] = ()
) -> tuple[list[Article], pd.DataFrame]:
    """A project's articles and curated frame, for ``extract``/``render --db``."""
    from timeline.store.projects import articles, curate

    if files:
        raise UserError("Give FILEs or --db, not both: --db draws what the store holds")
    chosen = _project(db, project)
    kept = [s.article for s in articles(chosen)]
    if not kept:
        raise UserError(f"Project {project!r} has no articles yet: add some with `timeline add`")
    result = curate(chosen)
    _note_stale(len(result.stale))
    return kept, result.frame


def _note_stale(count: int) -> None:
    if count:
        click.echo(
            f"Note: {count} edit{'s' if count > 1 else ''} no longer appl"
            f"{'y' if count > 1 else 'ies'} to the extraction (see `timeline log --stale`)",
            err=True,
        )


@main.command()
@click.argument("files", nargs=-1, metavar="[FILE]...")
@store_option
@project_option
@published_option
@tz_option
@title_option
@source_option
@_guard
def add(
    files: tuple[str, ...],
    db: str | None,
    project: str,
    published: str | None,
    tz: str | None,
    title: str | None,
    source: str | None,
) -> None:
    """Keep articles (the default one without FILE) and their events in a store; prints
    each article's id, doc id, event count and headline."""
    from timeline.store.projects import add_article, curated

    articles = _articles(files, published, tz, title, source)
    chosen = _project(db, project, create=True)
    ids = [add_article(chosen, article) for article in articles]
    frame = curated(chosen)
    for article_id, article in zip(ids, articles, strict=True):
        count = int(frame["doc_ids"].map(lambda d, a=article: a.doc_id in d).sum())
        click.echo(f"{article_id}\t{article.doc_id}\t{count} events\t{article.headline}")


@main.command()
@store_option
@project_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of standard output.",
)
@dataset_options
@_guard
def events(db: str | None, project: str, fmt: str, output: Path | None, view: View | None) -> None:
    """The curated timeline: the extraction with every edit applied; or a view of a news
    archive (--dataset)."""
    from timeline.export import frame_to_csv, frame_to_json
    from timeline.store.projects import curate

    if view:
        df = view.frame(db=db)
    else:
        result = curate(_project(db, project))
        _note_stale(len(result.stale))
        df = result.frame
    if fmt == "parquet":
        if output is None:
            raise UserError("--format parquet is binary: give a file with -o events.parquet")
        df.to_parquet(output, index=False)
        return
    text = frame_to_csv(df) if fmt == "csv" else frame_to_json(df) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {len(df)} events to {output}", err=True)


@main.command()
@click.argument("event_id")
@store_option
@project_option
@click.option("--title", metavar="T", help="A new title.")
@click.option("--start", metavar="ISO8601", help="A new start (naive: the event's zone).")
@click.option("--end", metavar="ISO8601", help="A new end, exclusive.")
@click.option("--kind", help="occurrence, statement, status, plan or forecast.")
@click.option("--actor", "actors", multiple=True, help="The actors (repeat for each).")
@click.option("--source", metavar="S", help="On whose word the event rests.")
@click.option("--delete", is_flag=True, help="Take the event off the timeline.")
@_guard
def edit(
    event_id: str,
    db: str | None,
    project: str,
    title: str | None,
    start: str | None,
    end: str | None,
    kind: str | None,
    actors: tuple[str, ...],
    source: str | None,
    delete: bool,
) -> None:
    """Change or delete one event; prints the edit's id once it is saved."""
    from timeline.store import projects

    given = {"title": title, "start": start, "end": end, "kind": kind, "source": source}
    fields: dict[str, object] = {k: v for k, v in given.items() if v is not None}
    if actors:
        fields["actors"] = list(actors)
    chosen = _project(db, project)
    if delete:
        if fields:
            raise UserError("--delete takes no other change")
        edit_id = projects.delete(chosen, event_id, AUTHOR)
    else:
        edit_id = projects.edit(chosen, event_id, AUTHOR, session="", **fields)
    click.echo(f"Saved edit {edit_id}: {'deleted' if delete else 'changed'} {event_id}")


@main.command()
@click.argument("event_ids", nargs=-1, required=True, metavar="EVENT_ID...")
@store_option
@project_option
@click.option("--title", metavar="T", help="The merged event's title (default: the earliest's).")
@_guard
def merge(event_ids: tuple[str, ...], db: str | None, project: str, title: str | None) -> None:
    """Join two or more events into one; prints the new event's id."""
    from timeline.store import projects

    click.echo(projects.merge(_project(db, project), list(event_ids), AUTHOR, title))


@main.command()
@click.argument("event_id")
@store_option
@project_option
@_guard
def split(event_id: str, db: str | None, project: str) -> None:
    """Split a merged event back into its parts; prints their ids."""
    from timeline.store import projects

    for part in projects.split(_project(db, project), event_id, AUTHOR):
        click.echo(part)


@main.command()
@store_option
@project_option
@_guard
def undo(db: str | None, project: str) -> None:
    """Undo the command line's last edit (recorded in the log as an edit itself)."""
    from timeline.store import projects

    done = projects.undo(_project(db, project), AUTHOR)
    click.echo(f"Undid edit {done}" if done is not None else "Nothing to undo")


@main.command()
@store_option
@project_option
@_guard
def redo(db: str | None, project: str) -> None:
    """Redo the command line's last undone edit."""
    from timeline.store import projects

    done = projects.redo(_project(db, project), AUTHOR)
    click.echo(f"Redid edit {done}" if done is not None else "Nothing to redo")


@main.command()
@click.argument("article_id", type=int)
@store_option
@project_option
@published_option
@tz_option
@_guard
def reextract(
    article_id: int, db: str | None, project: str, published: str | None, tz: str | None
) -> None:
    """Extract an article again (with a corrected --published/--tz if given); lists the
    edits that no longer apply, which are kept."""
    from timeline.store import projects

    stale = projects.reextract(_project(db, project), article_id, published, tz)
    click.echo(f"Extracted article {article_id} again; {len(stale)} edits no longer apply")
    for line in _log_lines(stale):
        click.echo(line)


@main.command()
@store_option
@project_option
@click.option("--stale", is_flag=True, help="Only the edits that no longer apply.")
@_guard
def log(db: str | None, project: str, stale: bool) -> None:
    """The edit history, oldest first: id, time (UTC), author, operation, event, details."""
    from timeline.store import projects

    chosen = _project(db, project)
    rows = projects.stale_edits(chosen) if stale else projects.log(chosen)
    for line in _log_lines(rows):
        click.echo(line)


def _log_lines(rows: pd.DataFrame) -> list[str]:
    """One tab-separated line per edit; an undo or redo names the edit it acts on."""
    lines = []
    for row in rows.to_dict("records"):
        detail = (
            f"edit {row['target']}"
            if row["op"] in ("undo", "redo")
            else json.dumps(row["payload"], ensure_ascii=False, sort_keys=True)
        )
        session = f"\tsession {row['session']}" if row["session"] else ""
        stamp = row["at"].isoformat(timespec="seconds")
        fields = (row["edit_id"], stamp, row["author"], row["op"], row["event_id"], detail)
        lines.append("\t".join(map(str, fields)) + session)
    return lines
