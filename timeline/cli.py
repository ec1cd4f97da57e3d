"""Command line: ``python -m timeline extract | timex | render``.

Every user error (no such file, no publication time, bad date, binary input, no browser
for images) ends in one clear line on stderr and exit status 1, never a traceback.

Each command imports what it uses when it runs: pandas, Plotly and the tagger take most
of a second to import, and ``--help`` needs none of them (``benchmarks.startup``).
"""

from __future__ import annotations

import gc
import json
import re
import sys
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, ParamSpec, TypeVar, cast

import click

from timeline.dataset_cli import View, dataset_options

if TYPE_CHECKING:
    from timeline.ingest import Article

FORMATS = ("csv", "json", "parquet")
INTERNAL = "timeline failed on this input, which is a bug: please report it with the input"
#: (module, class) of the errors a user can cause: their message is all they need.
USER_ERRORS = (
    ("timeline.ingest", "InputError"),
    ("timeline.export", "ExportError"),
    ("timeline.schema", "SchemaError"),
    ("timeline.store.edits", "EditError"),
    ("timeline.store.database", "StoreError"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# one encoder for every line of a batch: json.dumps with options builds one per call; no
# check for a container inside itself: a record is made of fresh dicts and lists, and the
# check cost a dict entry per container (a tenth of encoding a record)
_ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
LAYOUTS = ("auto", "story", "lanes")
AXES = ("auto", "time", "sequence")
LANES = ("kind", "actor", "article", "none")


def _articles(
    files: tuple[str, ...],
    published: str | None,
    tz: str | None,
    title: str | None = None,
    source: str | None = None,
) -> list[Article]:
    """The default article without FILEs; a folder stands for every article.txt in it.
    ``title`` and ``source`` given on the command line replace every article's own."""
    from dataclasses import replace

    from timeline.ingest import load_default
    from timeline.pipeline import article_files

    if files:
        names = [
            n if n == "-" else str(p)
            for n in files
            for p in ([Path(n)] if n == "-" else article_files([Path(n)]))
        ]
        articles = [_article(name, published, tz) for name in names]
    else:
        articles = [load_default()]
    _note_date_only(articles)
    given: dict[str, Any] = {
        k: v for k, v in (("title", title), ("source", source)) if v is not None
    }
    return [replace(article, **given) for article in articles]


def _note_date_only(articles: list[Article]) -> None:
    """Say once on stderr that a publication day without a time is read to the day: not
    refused (it is what most pages give), but 'this morning' can then be no finer."""
    days = [a for a in articles if a.date_only]
    if not days:
        return
    which = (
        f"The publication time {days[0].published:%Y-%m-%d} has no time of day: read as "
        f"that day in {days[0].timezone}"
        if len(days) == 1
        else f"{len(days)} publication times have no time of day: read as their days"
    )
    _note_day(which)


def _note_day(which: str) -> None:
    click.echo(
        f"Note: {which}; times that need a clock ('this morning', 'tonight') are "
        "given the whole day.",
        err=True,
    )


def chart_title(articles: list[Article]) -> str:
    """The articles' one headline, or 'Timeline of N articles' when they differ."""
    headlines = {a.headline for a in articles}
    return articles[0].headline if len(headlines) == 1 else f"Timeline of {len(articles)} articles"


def _article(name: str, published: str | None, tz: str | None) -> Article:
    from timeline.ingest import InputError, article_from_text, decode, load_article, read_capped

    if name != "-":
        return load_article(Path(name), published, tz)
    text = decode(read_capped(sys.stdin.buffer, "standard input"), "standard input")
    if not published:
        raise InputError("Reading standard input needs --published (e.g. 2022-02-14T22:00+13:00)")
    return article_from_text(text, published, tz)


class UserError(click.ClickException):
    """A ClickException that prints as 'Error: ...' and exits 1."""


P = ParamSpec("P")
R = TypeVar("R")


def _guard(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a user can cause into one clear line, and any other failure into
    one line that says it is ours: whatever the input, no traceback."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as err:
            if _is_user_error(err):
                raise UserError(str(err)) from None
            raise UserError(f"{INTERNAL} ({type(err).__name__}: {err})") from None

    return wrapper


def _is_user_error(err: Exception) -> bool:
    """Whether ``err`` is one of USER_ERRORS. A module not yet imported cannot have raised
    its error, so none is imported here just to ask."""
    return any(
        module in sys.modules and isinstance(err, getattr(sys.modules[module], name))
        for module, name in USER_ERRORS
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline", message="timeline %(version)s")
def main() -> None:
    """Turn the dated events in news articles into a timeline."""


published_option = click.option(
    "--published",
    metavar="ISO8601",
    help="Publication time, e.g. 2022-02-14T22:00+13:00 (default: meta.json beside FILE).",
)
tz_option = click.option("--tz", metavar="ZONE", help="IANA time zone, e.g. Pacific/Auckland.")
title_option = click.option(
    "--title", metavar="T", help="Headline of every article (default: meta.json or the HTML's)."
)
source_option = click.option(
    "--source", metavar="S", help="Publisher of every article (default: meta.json or the HTML's)."
)
db_option = click.option(
    "--db", metavar="PATH|URL", help="Use the curated timeline of this store instead of FILEs."
)
project_option = click.option("--project", default="default", help="The project in --db.")


@main.command()
@click.argument("files", nargs=-1, metavar="[FILE]...")
@published_option
@tz_option
@title_option
@source_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of standard output.",
)
@click.option(
    "--inferred",
    is_flag=True,
    help="Add the events without a time of their own (anchor 'inferred').",
)
@db_option
@project_option
@dataset_options
@_guard
def extract(
    files: tuple[str, ...],
    published: str | None,
    tz: str | None,
    title: str | None,
    source: str | None,
    fmt: str,
    output: Path | None,
    inferred: bool,
    db: str | None,
    project: str,
    view: View | None,
) -> None:
    """The events frame of FILE or FOLDER (the default article without one; - reads stdin),
    of a store's curated timeline (--db), or of a view of a news archive (--dataset)."""
    from timeline.export import frame_to_csv, frame_to_json
    from timeline.pipeline import extract_many

    if view:
        df = view.frame(files, db)
    elif db:
        df = timeline.curate_cli.curated_timeline(db, project, files)[1]
    else:
        df = extract_many(_articles(files, published, tz, title, source), inferred=inferred)
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


def _timexes(text: str, dct: str) -> list[dict[str, object]]:
    """The TIMEX3 records of a text of at most MAX_ARTICLE_WORDS words; a ``dct`` that is
    a day alone is read as that day, as ``extract`` reads a date-only publication time."""
    from timeline.ingest import InputError, check_length, is_date_only
    from timeline.temporal import as_dct, tag

    check_length(text, "The text")
    try:
        moment = as_dct(dct)
    except ValueError as err:
        raise InputError(f"--dct {err}") from None
    return [t.as_json() for t in tag(text, moment, date_only=is_date_only(dct))]


def _jsonl(lines: Iterator[str | None]) -> Iterator[str]:
    """One output line per input line; a bad line gets an error record, not a crash."""
    from timeline.ingest import MAX_ARTICLE_BYTES

    for number, line in enumerate(lines, 1):
        if line is None:
            record: dict[str, object] = {
                "id": None,
                "error": f"line {number}: over {MAX_ARTICLE_BYTES / 1e6:.0f} MB",
                "timexes": [],
            }
        elif not line.strip():
            continue
        else:
            record = _jsonl_record(line, number)
        yield _escape_surrogates(_ENCODE(record))


def _jsonl_record(line: str, number: int) -> dict[str, object]:
    from timeline.ingest import InputError

    try:
        item = json.loads(line)
    except json.JSONDecodeError as err:
        return {"id": None, "error": f"line {number}: not JSON ({err.msg})", "timexes": []}
    if not isinstance(item, dict):
        return {"id": None, "error": f"line {number}: expected an object", "timexes": []}
    try:
        return {"id": item.get("id"), "timexes": _timexes(str(item["text"]), str(item["dct"]))}
    except KeyError as err:
        problem = f"missing field {err.args[0]!r}"
    except InputError as err:
        problem = str(err)
    except Exception as err:  # one line's failure must not stop the batch
        problem = f"{INTERNAL} ({type(err).__name__}: {err})"
    return {"id": item.get("id"), "error": f"line {number}: {problem}", "timexes": []}


def _escape_surrogates(line: str) -> str:
    """A JSON line with each lone surrogate (only possible inside its strings, from an
    input escape such as "\\ud800") written as its escape again: stdout is UTF-8. An
    ASCII line, as most are, holds none: a test in C spares the regex's scan of it
    (0.6% of what a thousand articles cost)."""
    if line.isascii():
        return line
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def _capped_lines(stream: BinaryIO) -> Iterator[str | None]:
    """The lines of a byte stream as text (bad UTF-8 replaced, for the JSON parser to
    refuse); None for a line over MAX_ARTICLE_BYTES, whose rest is skipped unread into
    memory, so an endless line (/dev/zero) costs no more than one line's limit."""
    from timeline.ingest import MAX_ARTICLE_BYTES

    while line := stream.readline(MAX_ARTICLE_BYTES + 1):
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(MAX_ARTICLE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line.decode("utf-8", "replace")


@main.command()
@click.argument("file", required=False, metavar="[FILE]")
@click.option(
    "--dct",
    metavar="ISO8601",
    help="Document creation time the text is read against (default for an .html FILE: "
    "the page's publication time).",
)
@click.option(
    "--format", "fmt", type=click.Choice(("json", "text")), default="json", show_default=True
)
@click.option(
    "--jsonl",
    is_flag=True,
    help='Batch: stdin lines {"id","text","dct"} -> stdout lines {"id","timexes"}.',
)
@_guard
def timex(file: str | None, dct: str | None, fmt: str, jsonl: bool) -> None:
    """The time expressions of FILE as TIMEX3 (offsets, end exclusive; an .html FILE's
    main text, as ``extract`` reads it)."""
    from timeline.ingest import is_date_only, read_capped, read_upload

    if jsonl:
        # JSON Lines is UTF-8 whatever the locale's encoding, so the lines go to stdout's
        # bytes, one by one; click.echo would ask per line whether the stream is a
        # terminal and scan the line for colour codes (a JSON line has none)
        sys.stdout.flush()
        stream = sys.stdout.buffer
        # the tagger is built by the first article (its rules, tables, searches), which
        # leaves no garbage cycles: no collection walks its objects while they are made,
        # and frozen after it, none walks them for the later articles' garbage
        gc.disable()
        try:
            for number, out in enumerate(_jsonl(_capped_lines(sys.stdin.buffer))):
                stream.write(f"{out}\n".encode())
                stream.flush()
                if number == 0:
                    gc.freeze()
                    gc.enable()
        finally:
            gc.enable()
        return
    if not file:
        raise UserError("Give a FILE (or - for stdin), or use --jsonl")
    source = sys.stdin.buffer if file == "-" else Path(file)
    name = "standard input" if file == "-" else file
    page = read_upload(read_capped(source, name), name)
    named = "--dct" if dct else "The page's publication time"
    dct = dct or page.published
    if not dct:
        raise UserError("--dct is needed: relative times resolve against it")
    found = _timexes(page.text, dct)
    if is_date_only(dct):
        _note_day(f"{named} {dct.strip()} has no time of day: read as that day")
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for t in found:
        click.echo(f"{t['start']}\t{t['end']}\t{t['type']}\t{t['value']}\t{t['text']}")


@main.command()
@click.argument("files", nargs=-1, metavar="[FILE]...")
@published_option
@tz_option
@title_option
@source_option
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="chart.png, chart.svg, chart.pdf or chart.html (interactive, works offline)",
)
@click.option("--width", type=click.IntRange(200, 8000), default=1200, show_default=True)
@click.option(
    "--height",
    type=click.IntRange(200, 8000),
    help="Image height in pixels (default: what the chart needs).",
)
@click.option("--scale", type=click.FloatRange(0.25, 8), default=2.0, show_default=True)
@click.option("--layout", type=click.Choice(LAYOUTS), default="auto", show_default=True)
@click.option("--axis", type=click.Choice(AXES), default="auto", show_default=True)
@click.option("--lane", type=click.Choice(LANES), default="kind", show_default=True)
@db_option
@project_option
@dataset_options
@_guard
def render(
    files: tuple[str, ...],
    published: str | None,
    tz: str | None,
    title: str | None,
    source: str | None,
    output: Path,
    width: int,
    height: int | None,
    scale: float,
    layout: str,
    axis: str,
    lane: str,
    db: str | None,
    project: str,
    view: View | None,
) -> None:
    """The timeline chart as an image (PNG, SVG or PDF) or an HTML page, by the file's suffix."""
    from timeline.export import (
        CREDIT_STRIP,
        file_format,
        publication_figure,
        source_line,
        write_image,
    )
    from timeline.figures import timeline_figure
    from timeline.marks import article_lane_names
    from timeline.pipeline import extract_many
    from timeline.summary import chart_summary

    fmt = file_format(output)  # refuse an unknown suffix before the slow work
    if view:
        articles, df = view.timeline(files, db)
    elif db:
        articles, df = timeline.curate_cli.curated_timeline(db, project, files)
    else:
        articles = _articles(files, published, tz, title, source)
        df = extract_many(articles)
    heading = chart_title(articles)
    sources = list(dict.fromkeys(a.source for a in articles if a.source))
    credit = source_line(", ".join(sources), articles[0].published)
    chart = timeline_figure(  # an image's height holds the credit strip under the figure
        df,
        lane=cast(Any, lane),  # click's choices are the Literal's values
        layout=cast(Any, layout),
        axis=cast(Any, axis),
        width=width,
        title=heading,
        height=height - CREDIT_STRIP if height else None,
        controls=fmt == "html",
        lane_names=article_lane_names((a.doc_id, a.headline) for a in articles),
    )
    fig = publication_figure(chart, heading, credit)
    size = {"width": width, "height": fig.layout.height or height, "scale": scale}
    write_image(fig, output, title=heading, description=chart_summary(df), **size)
    click.echo(f"Wrote {output} ({len(df)} events)", err=True)


import timeline.corpus_cli  # noqa: E402  (attaches the corpus command)
import timeline.curate_cli  # noqa: E402  (attaches add, edit, log, ...)
