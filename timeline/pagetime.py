"""When a web page says it was published: to the minute where the page says so.

htmldate finds the publication day of almost any page (metadata, URL, text), but only the
day: asked for a time of day it misses dates it finds otherwise. Most news pages state
the full time, with its UTC offset, in their markup: ``article:published_time``,
``itemprop="datePublished"``, JSON-LD ``datePublished`` or a ``<time datetime>``. Such a
time is taken when it falls on htmldate's day, so it dates the same publication;
otherwise the page's time is its day alone (``Article.date_only``). A time without an
offset is not taken: it would be read in a zone the page never named.

The page is parsed here, by lxml, and htmldate is given the tree, never the text: given a
string that looks like a URL, htmldate downloads it (an uploaded "page" must not make the
server fetch an address of its choosing). lxml parses in linear time; Python's
HTMLParser takes minutes on a few kilobytes of unclosed tags (CVE-2025-6069).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# What names an element's time as the publication time, in the page's own words
# (article:published_time, itemprop="datePublished", name="pubdate", DC.date.issued).
_PUBLISHED_WORDS = ("publish", "pubdate", "issued")
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # XPath 1 lowers case by translate()


def publication_time(markup: str) -> str | None:
    """The page's publication time: ISO 8601 with offset when the page gives one on its
    publication day, else that day ('2014-08-04'), or None when the page has no date."""
    from htmldate import find_date  # deferred: heavy, and only HTML input needs it

    tree = _tree(markup)
    found = tree is not None and find_date(tree, extensive_search=False, original_date=True)
    if not found:
        return None
    day = date.fromisoformat(found)
    return next((t.isoformat() for t in _stated_times(tree) if t.date() == day), day.isoformat())


def _tree(markup: str) -> HtmlElement | None:
    """The page as an lxml tree (bytes, so an XML encoding declaration is no error)."""
    from lxml import etree, html

    parser = html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        return html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):  # no element at all
        return None


def _stated_times(tree: HtmlElement) -> Iterator[datetime]:
    """Times with an offset that the page marks as its publication time (in the order of
    the page, then JSON-LD), then every other ``<time datetime>``."""
    marked: list[str] = []
    times: list[str] = []
    for element in tree.xpath("//*[@content or @datetime]"):
        stated = element.get("datetime") or element.get("content") or ""
        names = " ".join(element.get(a, "") for a in ("itemprop", "class", "name", "property"))
        if element.get("pubdate") is not None or any(
            word in names.lower() for word in _PUBLISHED_WORDS
        ):
            marked.append(stated)
        elif element.tag == "time" and element.get("datetime"):
            times.append(stated)
    scripts = tree.xpath(
        f"//script[translate(@type, '{_UPPER}', '{_UPPER.lower()}')='application/ld+json']"
    )
    in_scripts = (value for script in scripts for value in _json_dates(script.text or ""))
    for value in (*marked, *in_scripts, *times):
        moment = _aware(value)
        if moment is not None:
            yield moment


def _aware(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _json_dates(text: str) -> list[str]:
    """Every ``datePublished`` string in a JSON-LD block (nested, or in an @graph)."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found
