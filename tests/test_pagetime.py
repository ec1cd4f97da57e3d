"""timeline.pagetime: a page's publication time, to the minute where the page gives one."""

from __future__ import annotations

import pytest

from timeline.pagetime import publication_time

BODY = "<article><h1>Storm</h1><p>On Monday night a storm hit the coast and closed the road.</p>"


def _page(head: str = "", body: str = "") -> str:
    return (
        f"<html><head><title>Storm</title>{head}</head><body>{body}{BODY}</article></body></html>"
    )


PUBLISHED_META = '<meta property="article:published_time" content="{}">'
JSON_LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        (PUBLISHED_META.format("2024-03-20T09:00:00+13:00"), "", "2024-03-20T09:00:00+13:00"),
        (PUBLISHED_META.format("2024-03-20T22:15:00Z"), "", "2024-03-20T22:15:00+00:00"),
        (
            '<meta itemprop="datePublished" content="2024-03-20T09:00:00-05:00">',
            "",
            "2024-03-20T09:00:00-05:00",
        ),
        (
            JSON_LD.format(
                '{"@graph": [{"@type": "WebPage"}, '
                '{"@type": "NewsArticle", "datePublished": "2024-03-20T09:00:00+01:00"}]}'
            ),
            "",
            "2024-03-20T09:00:00+01:00",
        ),
        (
            "",
            '<time datetime="2024-03-20T09:00+13:00">20 March</time>',
            "2024-03-20T09:00:00+13:00",
        ),
        (
            "",
            '<time datetime="2024-03-21T10:00+13:00">Updated 21 March</time>'
            '<time class="date-published" datetime="2024-03-20T09:00+13:00">20 March</time>',
            "2024-03-20T09:00:00+13:00",
        ),
        (PUBLISHED_META.format("2024-03-20"), "", "2024-03-20"),
        (PUBLISHED_META.format("2024-03-20T09:00:00"), "", "2024-03-20"),
        (
            PUBLISHED_META.format("2024-03-20"),
            '<time datetime="2024-03-19T09:00+13:00">19 March</time>',
            "2024-03-20",
        ),
        (JSON_LD.format("{not json"), '<time datetime="2024-03-20">20 March</time>', "2024-03-20"),
        ("", "", None),
    ],
    ids=[
        "meta",
        "meta-utc",
        "itemprop",
        "json-ld",
        "time-element",
        "marked-published-first",
        "day-only",
        "no-offset",
        "other-day",
        "bad-json",
        "none",
    ],
)
def test_publication_time(head: str, body: str, published: str | None) -> None:
    assert publication_time(_page(head, body)) == published


def test_a_page_that_is_a_url_is_never_fetched(monkeypatch) -> None:
    import htmldate.utils

    def fetch(url: str) -> None:
        raise AssertionError(f"fetched {url}")

    monkeypatch.setattr(htmldate.utils, "fetch_url", fetch)
    assert publication_time("http://127.0.0.1:9/admin") is None
