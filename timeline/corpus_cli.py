"""``python -m timeline corpus``: a whole corpus into a dataset, on a Dask cluster.

Attached to the command line by cli.py; it imports Dask and the archive only when it runs,
so ``--help`` stays quick.
"""

from __future__ import annotations

from pathlib import Path

import click

from timeline.cli import _guard, main


@main.command()
@click.argument(
    "inputs", nargs=-1, required=True, metavar="INPUT...", type=click.Path(path_type=Path)
)
@click.option(
    "--out",
    "out",
    required=True,
    metavar="DATASET",
    type=click.Path(path_type=Path),
    help="The dataset folder to make or add to.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 1024),
    help="Processes of the local cluster (default: one per core).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="A running dask.distributed scheduler, e.g. tcp://10.0.0.5:8786.",
)
@click.option(
    "--retry-errors",
    is_flag=True,
    help="Extract again the articles that failed before (the errors table).",
)
@click.option(
    "--progress/--no-progress",
    default=True,
    show_default=True,
    help="A progress bar on a terminal (articles/s and time left).",
)
@_guard
def corpus(
    inputs: tuple[Path, ...],
    out: Path,
    workers: int | None,
    scheduler: str | None,
    retry_errors: bool,
    progress: bool,
) -> None:
    """Extract every article of INPUT (folders of .txt/.html with meta.json, .jsonl, or
    .parquet with id, text, published, tz, title, source) into DATASET; a rerun adds only
    articles not yet there, and an article that fails goes to the errors table."""
    from timeline.archive.build import build

    summary = build(
        list(inputs),
        out,
        workers=workers,
        scheduler=scheduler,
        progress=progress,
        retry_errors=retry_errors,
    )
    click.echo(summary.line(out), err=True)
