"""Reading articles: every input a user can get wrong gets a clear message."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from timeline.ingest import (
    MAX_ARTICLE_BYTES,
    InputError,
    Page,
    article_from_text,
    decode,
    html_article,
    lede,
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
    assert article.title == ""  # its meta.json gives no headline, so none is invented
    assert article.headline == (
        "Anti-mandate protesters at Parliament ignored a police offer of free parking on "
        "Monday\u2026"
    )


def test_offset_only_time_is_named_by_its_offset() -> None:
    moment, zone = parse_published("2024-03-20T15:00-05:00")
    assert zone == "UTC-05:00"
    assert moment.utcoffset() == timedelta(hours=-5)


def test_naive_time_takes_the_zone() -> None:
    moment, zone = parse_published("2022-02-14T22:00", "Pacific/Auckland")
    assert moment.isoformat() == "2022-02-14T22:00:00+13:00"
    assert zone == "Pacific/Auckland"


@pytest.mark.parametrize(
    ("value", "zone", "published", "name"),
    [
        ("2014-08-04", None, "2014-08-04T00:00:00+00:00", "UTC"),
        (" 2014-08-04 ", "Europe/London", "2014-08-04T00:00:00+01:00", "Europe/London"),
        ("20140804", "Pacific/Auckland", "2014-08-04T00:00:00+12:00", "Pacific/Auckland"),
    ],
)
def test_a_day_alone_is_its_midnight_in_the_zone_or_utc(value, zone, published, name) -> None:
    article = article_from_text("It rained this morning.", value, zone)
    assert (article.published.isoformat(), article.timezone) == (published, name)
    assert article.date_only is True


@pytest.mark.parametrize(
    "published",
    ["2014-08-04T00:00+00:00", datetime.fromisoformat("2014-08-04T00:00+00:00")],
    ids=["midnight-written", "datetime"],
)
def test_a_time_of_day_is_not_date_only(published) -> None:
    assert article_from_text("It rained this morning.", published).date_only is False


@pytest.mark.parametrize(
    ("value", "zone", "message"),
    [
        ("14/02/2022", None, "not ISO 8601"),
        ("2022-02-14T22:00", None, "no UTC offset"),
        ("2022-02-14T22:00", "Mars/Olympus", "Unknown time zone"),
        ("2022-02-14", "Mars/Olympus", "Unknown time zone"),
        ("0001-02-14", None, "outside the years 2 to 9998"),
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


def test_sidecar_meta_gives_title_and_source(tmp_path) -> None:
    (tmp_path / "story.txt").write_text("The mayor spoke on Friday.", encoding="utf-8")
    meta = {"published": "2024-03-20T09:00:00+00:00", "title": "Mayor speaks", "source": "Echo"}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    article = load_article(tmp_path / "story.txt")
    assert (article.title, article.source, article.headline) == (
        "Mayor speaks",
        "Echo",
        "Mayor speaks",
    )


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


# --- Headlines ------------------------------------------------------------------------------


def test_headline_without_title_is_the_lede_not_the_id() -> None:
    article = article_from_text(
        "Rain closed the  road.\nIt reopened later.", "2024-01-01T00:00Z", doc_id="pasted-564318c0"
    )
    assert article.headline == "Rain closed the road."


def test_long_lede_is_cut_at_a_word() -> None:
    words = "The regional council voted on Tuesday to close the harbour road, citing storms, "
    text = words + "and the mayor said it would reopen next month after repairs were made."
    headline = article_from_text(text, "2024-01-01T00:00Z").headline
    assert headline == (
        "The regional council voted on Tuesday to close the harbour road, citing storms, and "
        "the\u2026"
    )
    assert len(headline) <= 90


def test_a_single_huge_word_is_cut_hard() -> None:
    assert lede("x" * 200) == "x" * 89 + "\u2026"


def test_given_title_wins_over_the_lede() -> None:
    article = article_from_text("Rain fell.", "2024-01-01T00:00Z", title="Storm")
    assert article.headline == "Storm"


# --- HTML and uploads -----------------------------------------------------------------------

PAGE = b"""<html><head><title>Storm hits coast</title>
<meta property="article:published_time" content="2024-03-20T09:00:00+00:00"></head>
<body><nav>Home | World | Sport</nav><article><h1>Storm hits coast</h1>
<p>On Monday night a storm hit the coast and closed the harbour road for hours.</p>
<p>Officials said yesterday that the road would reopen on Friday morning, after repairs.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_upload_gives_main_text_and_full_time() -> None:
    from timeline.ingest import read_upload

    page = read_upload(PAGE, "storm.html")
    assert "storm hit the coast" in page.text and "<p>" not in page.text
    assert "Home | World" not in page.text
    assert (page.published, page.title, page.source) == (
        "2024-03-20T09:00:00+00:00",
        "Storm hits coast",
        "",
    )


@pytest.mark.parametrize(
    ("head", "title", "source"),
    [
        (
            '<meta property="og:title" content="Harbour road shut">'
            '<meta property="og:site_name" content="The Coast Times"><title>Home</title>',
            "Harbour road shut",
            "The Coast Times",
        ),
        ("<title>Harbour road shut | The Coast Times</title>", "Harbour road shut", ""),
        (
            '<link rel="canonical" href="https://www.coasttimes.example/news/1">'
            "<title>Harbour road shut</title>",
            "Harbour road shut",
            "coasttimes.example",
        ),
    ],
    ids=["og", "title-tag", "hostname"],
)
def test_html_headline_and_publisher(head: str, title: str, source: str) -> None:
    markup = PAGE.decode().replace("<title>Storm hits coast</title>", head)
    page = html_article(markup.replace("<h1>Storm hits coast</h1>", ""), "storm.html")
    assert (page.title, page.source) == (title, source)


def test_html_file_on_disk_reads_its_headline(tmp_path) -> None:
    (tmp_path / "storm.html").write_bytes(PAGE)
    article = load_article(tmp_path / "storm.html", timezone="Europe/London")
    assert article.headline == "Storm hits coast"
    assert article.published.isoformat() == "2024-03-20T09:00:00+00:00"
    assert article.date_only is False
    assert article.text == (
        "Storm hits coast On Monday night a storm hit the coast and closed the harbour road "
        "for hours. Officials said yesterday that the road would reopen on Friday morning, "
        "after repairs."
    )


def test_text_upload_has_no_date() -> None:
    from timeline.ingest import read_upload

    assert read_upload(b"Plain text, yesterday.", "a.txt") == Page("Plain text, yesterday.")


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
