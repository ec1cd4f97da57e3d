"""Reading articles: every input a user can get wrong gets a clear message."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from timeline.ingest import (
    MAX_ARTICLE_BYTES,
    InputError,
    article_from_text,
    decode,
    load_article,
    load_default,
    parse_published,
)


def test_default_article_is_shipped_with_its_publication_time() -> None:
    article = load_default()
    assert article.published.isoformat() == "2022-02-14T22:00:00+13:00"
    assert article.timezone == "Pacific/Auckland"
    assert article.text.startswith("Anti-mandate protesters at Parliament")
    assert article.source == "The New Zealand Herald"


def test_offset_only_time_is_named_by_its_offset() -> None:
    moment, zone = parse_published("2024-03-20T15:00-05:00")
    assert zone == "UTC-05:00"
    assert moment.utcoffset() == timedelta(hours=-5)


def test_naive_time_takes_the_zone() -> None:
    moment, zone = parse_published("2022-02-14T22:00", "Pacific/Auckland")
    assert moment.isoformat() == "2022-02-14T22:00:00+13:00"
    assert zone == "Pacific/Auckland"


@pytest.mark.parametrize(
    ("value", "zone", "message"),
    [
        ("14/02/2022", None, "not ISO 8601"),
        ("2022-02-14T22:00", None, "no UTC offset"),
        ("2022-02-14T22:00", "Mars/Olympus", "Unknown time zone"),
    ],
)
def test_bad_publication_times(value, zone, message) -> None:
    with pytest.raises(InputError, match=message):
        parse_published(value, zone)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
        (b"x" * (MAX_ARTICLE_BYTES + 1), "refused"),
    ],
    ids=["empty", "blank", "binary", "latin1", "huge"],
)
def test_bad_article_bytes(data, message) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "upload.txt")


def test_decode_normalises_line_ends_and_bom() -> None:
    assert decode("\ufeffOne.\r\nTwo.\rThree.".encode()) == "One.\nTwo.\nThree."


def test_sidecar_meta_gives_the_publication_time(tmp_path) -> None:
    (tmp_path / "story.txt").write_text("The mayor spoke on Friday.", encoding="utf-8")
    meta = {"published": "2024-03-20T09:00:00+00:00", "timezone": "Europe/London"}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    article = load_article(tmp_path / "story.txt")
    assert article.published == datetime.fromisoformat("2024-03-20T09:00:00+00:00")
    assert article.timezone == "Europe/London"
    assert article.doc_id.startswith("story-")


def test_missing_publication_time_says_what_to_do(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The mayor spoke on Friday.", encoding="utf-8")
    with pytest.raises(InputError, match="--published"):
        load_article(path)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(InputError, match="Cannot read"):
        load_article(tmp_path / "nope.txt", "2024-01-01T00:00Z")


def test_doc_id_is_stable_and_depends_on_text() -> None:
    a = article_from_text("Text one.", "2024-01-01T00:00Z")
    b = article_from_text("Text one.", "2024-01-01T00:00Z")
    c = article_from_text("Text two.", "2024-01-01T00:00Z")
    assert a.doc_id == b.doc_id != c.doc_id


# --- HTML and uploads -----------------------------------------------------------------------

PAGE = b"""<html><head><title>Storm hits coast</title>
<meta property="article:published_time" content="2024-03-20T09:00:00+00:00"></head>
<body><nav>Home | World | Sport</nav><article><h1>Storm hits coast</h1>
<p>On Monday night a storm hit the coast and closed the harbour road for hours.</p>
<p>Officials said yesterday that the road would reopen on Friday morning, after repairs.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_upload_gives_main_text_and_date() -> None:
    from timeline.ingest import read_upload

    text, published = read_upload(PAGE, "storm.html")
    assert "storm hit the coast" in text and "<p>" not in text
    assert "Home | World" not in text
    assert published == "2024-03-20"


def test_text_upload_has_no_date() -> None:
    from timeline.ingest import read_upload

    assert read_upload(b"Plain text, yesterday.", "a.txt") == ("Plain text, yesterday.", None)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.txt", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a.txt", "binary"),
        (b"caf\xe9", "a.txt", "not UTF-8"),
        (b"x" * (MAX_ARTICLE_BYTES + 1), "a.txt", "refused"),
        (b"<html><body><script>var a = 1;</script></body></html>", "a.html", "no article text"),
    ],
)
def test_bad_uploads_are_refused_with_a_message(data: bytes, name: str, message: str) -> None:
    from timeline.ingest import read_upload

    with pytest.raises(InputError, match=message):
        read_upload(data, name)
