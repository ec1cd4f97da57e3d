"""Reading articles and their publication time.

Everything downstream needs two things: the exact text (offsets index into it) and a
tz-aware publication time (relative expressions resolve against it). This module is the
only place that reads files, so every user error about input surfaces here, with a clear
message, before any work is done.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import BinaryIO, NamedTuple

from timeline.sentences import sentences
from timeline.temporal.calendar_math import DCT_YEARS
from timeline.zones import UnknownZoneError, moment_zone_name, zone_for

MAX_ARTICLE_BYTES = 5_000_000
# Extraction is linear in length: with inferred events 0.04 ms a word on news copy
# (benchmarks.extraction: 100,000 words of TimeBank/AQUAINT in 4.2 CPU s) and 0.35 ms a
# word on the worst text measured (a run-on sentence of events, repeated), so 100,000
# words, a 500 KB article, take seconds and at worst about 35 s (README, "Hostile input").
MAX_ARTICLE_WORDS = 100_000
HEADLINE_MAX = 90
# Byte order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")


class InputError(ValueError):
    """A problem with what the user gave us; the message says what to do about it."""


@dataclass(frozen=True)
class Article:
    """One article: its text exactly as read, and when (and where) it was published.

    ``date_only``: the publication time is a day without a time of day (what htmldate and
    most CMSs give); ``published`` is then its midnight, and times that need a clock
    ("this morning", "two hours ago") are read to the day.
    """

    text: str
    published: datetime
    timezone: str
    doc_id: str
    source: str = ""
    title: str = ""
    date_only: bool = False

    @property
    def zone(self) -> tzinfo:
        return zone_for(self.timezone)

    @property
    def headline(self) -> str:
        """The title, else the lede cut to fit: pasted text has no headline, and a chart or
        file name must never show an internal id such as 'pasted-564318c0' instead."""
        return self.title or lede(self.text)


def lede(text: str, limit: int = HEADLINE_MAX) -> str:
    """The first sentence on one line, cut at a word to at most ``limit`` characters."""
    spans = sentences(text)
    first = " ".join(text[spans[0].start : spans[0].end].split()) if spans else ""
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    if first[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"


def is_date_only(value: str) -> bool:
    """Whether a publication time is a day alone ('2014-08-04'), with no time of day."""
    try:
        date.fromisoformat(value.strip())
    except ValueError:
        return False
    return True


def parse_published(value: str, timezone: str | None = None) -> tuple[datetime, str]:
    """Parse an ISO 8601 publication time into (tz-aware datetime, IANA zone name).

    A naive time takes the given zone; an offset-only time keeps its offset and, without a
    zone, is named by that offset ("UTC+13:00") so nothing is silently shifted. A day
    alone is its midnight in the given zone, else in UTC: it names no moment to shift.
    """
    text = value.strip()
    if is_date_only(text):
        day = date.fromisoformat(text)
        _check_year(datetime(day.year, day.month, day.day), value)
        zone = _zone(timezone) if timezone else UTC
        return datetime(day.year, day.month, day.day, tzinfo=zone), timezone or "UTC"
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(
            f"Publication time {value!r} is not ISO 8601; use e.g. 2022-02-14T22:00+13:00"
        ) from None
    _check_year(moment, value)
    given = _zone(timezone) if timezone else None
    if moment.tzinfo is None:
        if given is None:
            raise InputError(
                f"Publication time {value!r} has no UTC offset; add one (e.g. +13:00) or a zone"
            )
        moment = moment.replace(tzinfo=given)
    elif given is not None:
        moment = moment.astimezone(given)
        _check_year(moment, value)
    name = timezone or moment_zone_name(moment)
    return moment, name


def _check_year(moment: datetime, value: object) -> None:
    if moment.year not in DCT_YEARS:
        raise InputError(
            f"Publication time {value!s} is outside the years {DCT_YEARS[0]} to "
            f"{DCT_YEARS[-1]}: 'yesterday' or 'next year' would fall off the calendar"
        )


def _zone(name: str) -> tzinfo:
    try:
        return zone_for(name)
    except UnknownZoneError as err:
        raise InputError(str(err)) from None


def read_capped(source: Path | BinaryIO, name: str) -> bytes:
    """At most MAX_ARTICLE_BYTES + 1 bytes of a file or stream: enough for ``decode`` to
    refuse what is too long, without reading /dev/zero or an endless pipe to the end."""
    try:
        if isinstance(source, Path):
            with source.open("rb") as stream:
                return stream.read(MAX_ARTICLE_BYTES + 1)
        return source.read(MAX_ARTICLE_BYTES + 1)
    except OSError as err:
        raise InputError(f"Cannot read {name}: {err.strerror or err}") from None


def decode(data: bytes, name: str = "input") -> str:
    """Decode article bytes; refuse binary or oversized input with a message, never garbage.

    UTF-8 unless a byte order mark says UTF-16 or UTF-32 (which are full of NUL bytes, so
    the check for binary data comes after the mark).
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{name} is over {MAX_ARTICLE_BYTES / 1e6:.0f} MB; longer articles are refused"
        )
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like a binary file, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        label = encoding.upper().removesuffix("-SIG")
        raise InputError(
            f"{name} is not {label} text (byte {err.start}); save it as UTF-8 and try again"
        ) from None
    if not text.strip():
        raise InputError(f"{name} is empty: there is no text to read")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_length(text: str, name: str = "The article") -> str:
    """The text, if it has at most MAX_ARTICLE_WORDS words; InputError otherwise."""
    if len(text) < 2 * MAX_ARTICLE_WORDS:
        return text  # words need a character each and a space between: not counted
    words = len(text.split())
    if words > MAX_ARTICLE_WORDS:
        raise InputError(
            f"{name} has {words:,} words; articles over {MAX_ARTICLE_WORDS:,} words are "
            "refused (extraction would take minutes): split it into parts"
        )
    return text


def valid_unicode(text: str) -> str:
    """Text with each lone surrogate (a JSON escape such as "\\ud800", or a broken paste)
    replaced by U+FFFD: it is no character and cannot be written as UTF-8. One character
    for one, so offsets still hold."""
    return _SURROGATE.sub("\ufffd", text)


HTML_SUFFIXES = (".html", ".htm")


class Page(NamedTuple):
    """What a file says: its article text and, for HTML, what the page says about itself."""

    text: str
    published: str | None = None
    title: str = ""
    source: str = ""


def read_upload(data: bytes, name: str) -> Page:
    """An uploaded file's article text and, for HTML, its date, headline and publisher.

    Text files go through ``decode``; HTML is decoded the same way, then trafilatura keeps
    the main text (no menus, no markup) and ``pagetime`` the publication time.
    """
    text = decode(data, name)
    if not name.lower().endswith(HTML_SUFFIXES):
        return Page(text)
    return html_article(text, name)


def html_article(markup: str, name: str = "page") -> Page:
    """The main text, ISO publication time (to the minute where the page gives one, else
    the day: ``pagetime``), headline and publisher of an HTML page.

    trafilatura's metadata already falls back from og:title to <title> (minus a trailing
    "| Site") and from og:site_name to the canonical URL's host. A page trafilatura finds
    no text in (nested deeper than lxml reads) gives its visible text. InputError if none.
    """
    import trafilatura  # deferred: heavy, and only HTML input needs it

    # deferred too: html.parser and its entity table were a twentieth of the start-up
    # of `timex --jsonl`, which reads no HTML
    from timeline.htmltext import visible_text
    from timeline.pagetime import publication_time

    body = trafilatura.extract(markup, include_comments=False, include_tables=False)
    if not body or not body.strip():
        body = visible_text(markup)
    if not body:
        raise InputError(f"{name} has no article text that could be taken out of its HTML")
    meta = trafilatura.extract_metadata(markup)
    return Page(
        text=body.replace("\r\n", "\n"),
        published=publication_time(markup),
        title=_one_line(meta.title),
        source=_one_line(meta.sitename or meta.hostname),
    )


def _one_line(value: str | None) -> str:
    return " ".join((value or "").split())


def make_doc_id(text: str, hint: str = "") -> str:
    """A stable id: a readable stem when there is one, plus a hash of the text (any text:
    a lone surrogate is hashed as its code point)."""
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in hint.lower()).strip("-")
    return f"{stem}-{digest}" if stem else digest


META_FIELDS = ("published", "timezone", "title", "source")


def read_meta(path: Path) -> dict[str, str]:
    """A meta.json's fields; each one we use must be a string ("published": 2022 is not)."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"Cannot read {path}: {err}") from None
    if not isinstance(meta, dict):
        raise InputError(f"{path} must hold a JSON object")
    for field in META_FIELDS:
        if field in meta and not isinstance(meta[field], str):
            raise InputError(
                f"{path}: {field!r} must be a string, such as "
                '{"published": "2022-02-14T22:00:00+13:00", "timezone": "Pacific/Auckland"}'
            )
    return {k: valid_unicode(v) for k, v in meta.items() if k in META_FIELDS}


def article_from_text(
    text: str,
    published: str | datetime,
    timezone: str | None = None,
    doc_id: str | None = None,
    source: str = "",
    title: str = "",
) -> Article:
    """Build an Article from text already in memory (dashboard paste, tests, stdin).

    Lone surrogates become U+FFFD (``valid_unicode``); an empty text, one of over
    MAX_ARTICLE_WORDS words, or a publication time outside DCT_YEARS is refused. A
    publication day without a time of day gives a ``date_only`` article.
    """
    if not text.strip():
        raise InputError("The article is empty: there is no text to read")
    text = valid_unicode(check_length(text))
    if isinstance(published, datetime):
        if published.tzinfo is None:
            raise InputError("Publication time needs a UTC offset or a zone")
        _check_year(published, published.isoformat())
        moment, zone = (
            (published.astimezone(_zone(timezone)), timezone)
            if timezone
            else (
                published,
                moment_zone_name(published),
            )
        )
        _check_year(moment, published.isoformat())
    else:
        moment, zone = parse_published(published, timezone)
    return Article(
        text=text,
        published=moment,
        timezone=zone,
        doc_id=doc_id or make_doc_id(text),
        source=valid_unicode(source),
        title=valid_unicode(title),
        date_only=isinstance(published, str) and is_date_only(published),
    )


def load_article(path: Path, published: str | None = None, timezone: str | None = None) -> Article:
    """Read an article file (text or HTML); what the caller gives wins over a sidecar
    meta.json, which wins over what an HTML page says about itself."""
    sidecar = path.with_name("meta.json")
    meta = read_meta(sidecar) if sidecar.is_file() else {}
    return article_from_file(read_capped(path, str(path)), path, meta, published, timezone)


def article_from_file(
    data: bytes,
    path: Path,
    meta: dict[str, str],
    published: str | None = None,
    timezone: str | None = None,
) -> Article:
    """An article from a file's bytes and its meta.json fields, already read: a worker of a
    cluster gets both sent to it, since it may not see the file system they came from."""
    page = read_upload(data, str(path))
    check_length(page.text, str(path))
    stamp = published or meta.get("published") or page.published
    if not stamp:
        raise InputError(
            f"No publication time for {path}: pass --published 2022-02-14T22:00+13:00 "
            "(relative dates like 'yesterday' are resolved against it), or put "
            '{"published": ...} in a meta.json beside the file'
        )
    zone = timezone or meta.get("timezone")
    return article_from_text(
        page.text,
        stamp,
        zone,
        doc_id=make_doc_id(page.text, path.stem),
        source=meta.get("source") or page.source,
        title=meta.get("title") or page.title,
    )


def load_default() -> Article:
    """The article shipped with the package: what the CLI and dashboard show with no input."""
    from importlib import resources  # deferred: tagging needs none of its imports

    folder = resources.files("timeline") / "data" / "default"
    text = decode((folder / "article.txt").read_bytes(), "default article")
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return article_from_text(
        text,
        meta["published"],
        meta.get("timezone"),
        doc_id=make_doc_id(text, "default"),
        source=meta.get("source", ""),
        title=meta.get("title", ""),
    )
