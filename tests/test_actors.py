"""One canonical actor per entity: surname and full name, acronym and long form, short
forms of organisations, and titles that name the speaker the way the text does."""

from __future__ import annotations

from timeline.ingest import article_from_text
from timeline.pipeline import extract_many

DCT = "2024-03-20T18:00:00+00:00"


def actors(text: str) -> list[tuple[str, list[str]]]:
    """(title, actors) of each row the text dates, in text order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    return [(r.title, list(r.actors)) for r in df.sort_values("char_start").itertuples()]


def test_a_surname_after_an_honorific_is_the_full_name() -> None:
    text = ("Prime Minister Jacinda Ardern visited the port on Monday. Ms Ardern said on "
            "Tuesday the workers were brave. Ardern's office confirmed the visit on Wednesday.")
    assert [a for _, a in actors(text)] == [
        ["Jacinda Ardern"], ["Jacinda Ardern", "workers"], ["Jacinda Ardern"]]


def test_a_family_name_written_first_is_the_full_name() -> None:
    text = "Xi Jinping met Joe Biden on Monday. Xi said on Tuesday talks were useful."
    assert actors(text) == [
        ("Xi Jinping met Joe Biden", ["Xi Jinping", "Joe Biden"]),
        ("Xi said talks were useful", ["Xi Jinping"]),
    ]


def test_a_bracketed_acronym_names_its_long_form() -> None:
    text = ("The Federal Bureau of Investigation (FBI) opened an inquiry on Monday. The FBI "
            "said on Tuesday it had arrested a man.")
    assert actors(text) == [
        ("The Federal Bureau of Investigation (FBI) opened an inquiry",
         ["Federal Bureau of Investigation"]),
        ("The FBI said it had arrested a man", ["Federal Bureau of Investigation"]),
    ]


def test_an_acronym_and_a_short_name_are_the_long_name_with_of() -> None:
    text = ("The Reserve Bank of New Zealand raised rates on Monday. The Reserve Bank said on "
            "Tuesday inflation was high. The RBNZ met again on Wednesday.")
    assert [a for _, a in actors(text)] == [["Reserve Bank of New Zealand"]] * 3


def test_a_company_without_its_company_word_is_the_company() -> None:
    text = "Boeing Co. said on Monday it would cut jobs. Boeing shares fell on Tuesday."
    assert [a for _, a in actors(text)] == [["Boeing Co"], ["Boeing Co"]]


def test_an_organisation_title_is_not_cut_to_its_last_word() -> None:
    text = ("The North Atlantic Treaty Organization met on Monday. NATO said on Tuesday that "
            "troops would stay.")
    assert actors(text)[1] == ("NATO said that troops would stay",
                               ["North Atlantic Treaty Organization", "troops"])


def test_a_university_is_not_the_students_association_named_after_it() -> None:
    text = ("The Eastbrook University of Carlton Students Association spoke out on Monday. "
            "Eastbrook University said on Tuesday it would review the rules.")
    assert [a for _, a in actors(text)] == [
        ["Eastbrook University of Carlton Students Association"], ["Eastbrook University"]]


def test_the_witness_is_the_witness_the_text_introduced() -> None:
    text = ("However, a witness told the Times just before 10.15pm that fans were chanting. "
            "The witness told the Times he had seen one van leave earlier in the evening.")
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    assert [(r.source, list(r.actors)) for r in df.sort_values("char_start").itertuples()] == [
        ("a witness", ["a witness", "Times", "fans"]),
        ("a witness", ["a witness", "Times"]),
    ]


def test_a_company_spokeswoman_introduces_no_company() -> None:
    text = ("A company spokeswoman said on Monday that jobs would go. The company said on "
            "Tuesday it would close.")
    assert [a for _, a in actors(text)] == [["a company spokeswoman"], ["the company"]]


def test_an_organisation_before_a_verb_of_saying_is_no_he() -> None:
    text = ('Carrow Chemicals said on Tuesday it would appeal. "Some of them won\'t see a '
            'cent," he said on Wednesday.')
    assert actors(text) == [
        ("Carrow Chemicals said it would appeal", ["Carrow Chemicals"]),
        ("Some of them won't see a cent, he said", []),
    ]


def test_a_name_after_an_article_before_a_verb_of_saying_is_no_she() -> None:
    text = ('The Vestkyst Museum said on Wednesday it would raise the hull. "We have a few '
            'weeks," she said on Wednesday.')
    assert actors(text)[1] == ("We have a few weeks, she said", [])


def test_a_speaker_set_off_by_an_appositive_is_a_person() -> None:
    text = ("Lucia Cardenas, the herpetologist who led the study at the Andean Biodiversity "
            "Institute in Quito, told reporters on Wednesday that the frog was rare. Cardenas "
            "said on Thursday the team would return.")
    assert actors(text)[1] == ("Cardenas said the team would return", ["Lucia Cardenas"])


def test_a_name_set_off_beside_a_common_noun_is_the_speaker_she_continues() -> None:
    text = ("The fishermen's lead counsel, Anita Kouris, told reporters on Tuesday that the "
            'ruling was fair. "They waited years," she said on Tuesday.')
    assert actors(text)[1] == ("Kouris: They waited years", ["Anita Kouris"])


def test_a_company_without_its_company_word_speaks_as_the_company() -> None:
    text = ("Northmoor Foods announced on Wednesday that it will close its factory. Northmoor "
            "said on Thursday the plant was running at half capacity.")
    assert actors(text)[1] == ("Northmoor said the plant was running at half capacity",
                               ["Northmoor Foods"])


def test_an_organisation_whose_name_opens_with_its_organisation_word_is_no_surname() -> None:
    text = ('Banco de Chile raised its forecast on Monday. "We expect growth," Banco de Chile '
            "said on Tuesday.")
    assert actors(text) == [
        ("Banco de Chile raised its forecast", ["Banco de Chile"]),
        ("Banco de Chile: We expect growth", ["Banco de Chile"]),
    ]


def sources(text: str) -> list[str]:
    """The source of each row the text dates, in text order."""
    df = extract_many([article_from_text(text, DCT, "Europe/London")])
    return [r.source for r in df.sort_values("char_start").itertuples()]


def test_a_speaker_is_named_without_the_auxiliary_or_adverb_before_the_verb() -> None:
    assert sources("The White House has said on Monday that there is no evidence.") == [
        "the White House"]
    assert sources("The bank also said on Monday that rates would rise.") == ["the bank"]
    # a passive's subject said nothing; a pronoun stays as it was
    assert sources("The result was announced on Monday.") == [""]
    assert sources("They have said on Monday that the man fled.") == [""]


def test_a_surname_after_another_given_name_is_another_person() -> None:
    text = ("Juan Gonzalez arrived on Monday. Manuel Gonzalez has told reporters on Tuesday "
            "the family would recover.")
    assert sources(text) == ["", "Manuel Gonzalez"]
    text = "Juan Gonzalez arrived on Monday. Mr Gonzalez said on Tuesday the family would recover."
    assert sources(text) == ["", "Juan Gonzalez"]
