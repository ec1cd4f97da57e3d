"""Events from dated clauses, on articles other than the default one."""

from __future__ import annotations

import pytest

from timeline.events import extract_events
from timeline.ingest import article_from_text
from timeline.temporal import tag

DCT = "2024-03-20T18:00:00+00:00"


def events_of(text: str, published: str = DCT):
    article = article_from_text(text, published, "Europe/London")
    return extract_events(article, tag(article.text, article.published))


def only(text: str):
    (event,) = events_of(text)
    return event


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The mayor announced on Tuesday that the bridge would reopen.", "statement"),
        ("A fire destroyed the warehouse on Tuesday.", "occurrence"),
        ("The strike has entered its third week.", "status"),
        ("The council will vote on Friday.", "plan"),
        ("Officials hoped to reopen the road by 6pm.", "plan"),
    ],
)
def test_kind_from_the_nearest_telling_word(sentence, kind) -> None:
    assert only(sentence).kind == kind


def test_person_with_title_is_one_actor_and_surname_joins_it() -> None:
    text = ("Inspector Jane Ruru, the district commander, said on Monday that roads were clear. "
            "Ruru told reporters yesterday that more officers had arrived.")
    first, second = events_of(text)
    assert first.actors == ("Jane Ruru",)
    assert first.source == "Jane Ruru"
    assert second.source == "Jane Ruru"
    assert "Jane Ruru" in second.actors


def test_anonymous_source_and_organisation() -> None:
    event = only("A company spokeswoman told the Evening Post on Monday that Acme Holdings Group "
                 "would cut jobs.")
    assert event.source == "a company spokeswoman"
    assert event.actors[:3] == ("a company spokeswoman", "Evening Post", "Acme Holdings Group")


def test_pronoun_source_is_the_last_person_named() -> None:
    text = "Mayor Sam Lee opened the depot. He said on Monday that buses would run."
    (event,) = events_of(text)
    assert event.source == "Sam Lee"


def test_quote_is_attributed_to_the_speaker_in_its_paragraph() -> None:
    text = '"We have been working on this since January," Lee said.'
    assert only(text).source == "Lee"


def test_later_clause_of_saying_does_not_source_an_earlier_fact() -> None:
    text = "The strike has entered its third week, and the union says members are tired."
    event = only(text)
    assert event.source == ""
    assert event.title == "The strike has entered its third week"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("On Monday, the mayor opened the new library.", "The mayor opened the new library"),
        ("A witness said just before 9pm that the crowd had gone.",
         "A witness said that the crowd had gone"),
        ("Fans queued for tickets, which went on sale at 9am.", "Tickets went on sale"),
    ],
)
def test_titles(sentence, title) -> None:
    assert only(sentence).title == title


def test_title_is_cut_at_a_word_to_80_characters() -> None:
    sentence = ("On Monday the regional council approved a long and detailed plan to rebuild "
                "every bridge, culvert and footpath damaged by the floods across the district.")
    title = only(sentence).title
    assert len(title) <= 80
    assert title.endswith("\u2026")
    assert title.startswith("The regional council approved a long and detailed plan")


def test_times_without_a_place_in_time_give_no_event() -> None:
    assert events_of("The talks could go on for weeks.") == []


def test_two_times_in_a_sentence_give_two_events() -> None:
    text = "Police urged drivers on Monday afternoon to move, saying parking was free from 6pm."
    first, second = events_of(text)
    assert (first.timex.value, second.timex.value) == ("2024-03-18TAF", "2024-03-18T18:00")
    assert first.event_id != second.event_id
