"""Several articles in one frame."""

from __future__ import annotations

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many


def test_articles_in_different_zones_are_combined_in_utc() -> None:
    nz = article_from_text("The council met on Monday.", "2024-03-20T09:00+13:00",
                           "Pacific/Auckland")
    uk = article_from_text("The court sat on Tuesday.", "2024-03-20T09:00+00:00",
                           "Europe/London")
    df = extract_many([nz, uk])
    assert str(df["start"].dt.tz) == "UTC"
    assert [str(t) for t in df["start"]] == ["2024-03-17 11:00:00+00:00",
                                             "2024-03-19 00:00:00+00:00"]
    assert list(df["timezone"]) == ["Pacific/Auckland", "Europe/London"]


def test_articles_in_one_zone_keep_it() -> None:
    a = article_from_text("It rained on Monday.", "2024-03-20T09:00+13:00", "Pacific/Auckland")
    b = article_from_text("It snowed on Tuesday.", "2024-03-20T09:00+13:00", "Pacific/Auckland")
    assert str(extract_many([a, b])["start"].dt.tz) == "Pacific/Auckland"


def test_no_events_anywhere_gives_an_empty_valid_frame() -> None:
    a = article_from_text("No dates at all.", "2024-03-20T09:00Z")
    assert extract_many([a, a]).empty


def test_same_event_in_two_articles_is_one_row_listing_both() -> None:
    text = "Mayor Sam Lee opened the new library on Monday."
    a = article_from_text(text, "2024-03-20T09:00+00:00", "Europe/London", doc_id="a",
                          source="Paper A")
    b = article_from_text("On Monday, Mayor Sam Lee opened the new library in town.",
                          "2024-03-20T10:00+00:00", "Europe/London", doc_id="b",
                          source="Paper B")
    df = extract_many([a, b])
    assert len(df) == 1
    assert df.loc[0, "doc_ids"] == ["a", "b"]
    assert df.loc[0, "sources"] == ["Paper A", "Paper B"]


def test_different_events_on_the_same_day_stay_apart() -> None:
    a = article_from_text("Mayor Sam Lee opened the library on Monday.",
                          "2024-03-20T09:00+00:00", "Europe/London", doc_id="a")
    b = article_from_text("Mayor Sam Lee closed the swimming pool on Monday.",
                          "2024-03-20T09:00+00:00", "Europe/London", doc_id="b")
    assert len(extract_many([a, b])) == 2


def test_inferred_rows_can_be_added() -> None:
    a = article_from_text("The council met on Monday. It approved the budget.",
                          "2024-03-20T09:00+00:00", "Europe/London")
    df = extract_many([a], inferred=True)
    assert list(df["anchor"]) == ["relative_to_publication", "inferred"]


def test_progress_is_reported_after_each_article() -> None:
    a = article_from_text("It rained on Monday.", "2024-03-20T09:00+13:00", "Pacific/Auckland")
    b = article_from_text("It snowed on Tuesday.", "2024-03-20T09:00+13:00", "Pacific/Auckland")
    seen: list[tuple[int, int]] = []
    extract_many([a, b], on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
