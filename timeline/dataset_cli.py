"""``--dataset`` for ``extract``, ``render`` and ``events``: a view of a news archive read
through DuckDB (timeline/archive/query.py) instead of FILEs or a store.

The view is filtered where it lies (``--since``, ``--until``, ``--kind``, ``--q``, meaning
what the dashboard's filters mean) and only it is loaded, up to ``--limit`` events: a
larger view is refused with its size, unless ``--all`` asks for all of it. Only click is
imported here, so ``--help`` stays quick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import pandas as pd

    from timeline.archive.query import Archive
    from timeline.ingest import Article

LIMIT = 100_000
KINDS = ("occurrence", "statement", "status", "plan", "forecast")  # schema.KINDS, unimported


@dataclass(frozen=True)
class View:
    """What --dataset and its filters ask for."""

    dataset: Path
    since: str | None = None
    until: str | None = None
    kinds: tuple[str, ...] = ()
    q: str | None = None
    limit: int = LIMIT
    everything: bool = False

    def frame(self, files: tuple[str, ...] = (), db: str | None = None) -> pd.DataFrame:
        """The view's events in the archive's order, once they are known to fit."""
        return self._open(files, db)[1]

    def timeline(
        self, files: tuple[str, ...] = (), db: str | None = None
    ) -> tuple[list[Article], pd.DataFrame]:
        """The view's articles and events, for ``render``'s title and credit line."""
        from timeline.ingest import Article, InputError

        archive, df = self._open(files, db)
        rows = archive.articles_of(sorted({d for ds in df["doc_ids"] for d in ds}))
        if not rows:
            raise InputError("No events in this view of the dataset: nothing to draw")
        articles = [
            Article(r["text"], r["published"], r["timezone"], r["doc_id"], r["source"], r["title"])
            for r in rows
        ]
        return articles, df

    def _open(self, files: tuple[str, ...], db: str | None) -> tuple[Archive, pd.DataFrame]:
        from timeline.archive.query import Archive
        from timeline.ingest import InputError

        if files or db:
            raise InputError(f"Give {'FILEs' if files else '--db'} or --dataset, not both")
        for name, value in (("--since", self.since), ("--until", self.until)):
            if value is not None and not _is_day(value):
                raise InputError(f"{name} {value!r} is not a date (YYYY-MM-DD)")
        archive = Archive(self.dataset)
        state = {"since": self.since, "until": self.until, "kind": list(self.kinds), "q": self.q}
        total = archive.count(state)
        if total > self.limit and not self.everything:
            raise InputError(
                f"The view holds {total:,} events, over --limit {self.limit:,}: narrow it "
                "with --since/--until/--kind/--q, raise --limit, or give --all"
            )
        return archive, archive.frame(state)


_OPTIONS = (
    click.option(
        "--dataset",
        metavar="DATASET",
        type=click.Path(path_type=Path),
        help="Read a news archive made by `timeline corpus` instead.",
    ),
    click.option("--since", metavar="YYYY-MM-DD", help="--dataset: events ending on or after."),
    click.option("--until", metavar="YYYY-MM-DD", help="--dataset: events starting by then."),
    click.option(
        "--kind",
        "kinds",
        multiple=True,
        type=click.Choice(KINDS),
        help="--dataset: only this kind (repeat for several).",
    ),
    click.option("--q", metavar="WORDS", help="--dataset: events with every word."),
    click.option(
        "--limit",
        type=click.IntRange(1),
        help=f"--dataset: refuse a view of more events than this [default: {LIMIT:,}].",
    ),
    click.option("--all", "everything", is_flag=True, help="--dataset: however many events."),
)


def dataset_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --dataset and its filters to a command, which gets them as one ``view``
    (None without --dataset)."""

    @wraps(func)
    def command(
        *args: Any,
        dataset: Path | None,
        since: str | None,
        until: str | None,
        kinds: tuple[str, ...],
        q: str | None,
        limit: int | None,
        everything: bool,
        **kwargs: Any,
    ) -> Any:
        given = [
            name
            for name, value in (
                ("--since", since),
                ("--until", until),
                ("--kind", kinds),
                ("--q", q),
                ("--limit", limit),
                ("--all", everything),
            )
            if value
        ]
        if given and dataset is None:
            raise click.ClickException(f"{', '.join(given)}: only with --dataset")
        view = (
            View(dataset, since, until, kinds, q, limit or LIMIT, everything) if dataset else None
        )
        return func(*args, view=view, **kwargs)

    for option in reversed(_OPTIONS):
        command = option(command)
    return command


def _is_day(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
