"""The events layer's word tables: every table is read by the code, every clause-opening
word does something, and the merged clause_opener table drives the three clause rules."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from timeline.events.lexicon import CLAUSE_USES, lexicon

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "timeline" / "data"
CODE = "\n".join(p.read_text("utf-8") for p in (ROOT / "timeline").rglob("*.py"))


@pytest.mark.parametrize("table", ["events.toml", "people.toml"])
def test_every_data_table_is_used(table: str) -> None:
    names = tomllib.loads((DATA / table).read_text("utf-8"))
    unused = [name for name in names if f'"{name}"' not in CODE]
    assert unused == []


def test_every_clause_opener_has_a_known_use() -> None:
    uses = tomllib.loads((DATA / "events.toml").read_text("utf-8"))["clause_opener"]["words"]
    assert all(found and set(found) <= CLAUSE_USES for found in uses.values())


def test_clause_opener_lead_words_leave_a_title() -> None:
    lex = lexicon()
    assert lex.clause_opener.sub("", "However, but police said") == "police said"


def test_clause_cuts_before_saying_and_before_a_bare_while() -> None:
    lex = lexicon()
    text = "Police arrived, saying the bomb went off while people slept."
    cuts = [m.end() for m in lex.clause_break.finditer(text)]
    assert [text[c:] for c in cuts] == ["saying the bomb went off while people slept.",
                                        "while people slept."]


def test_a_word_of_saying_splits_two_times() -> None:
    assert lexicon().clause_boundary.search("this evening that they could not") is not None
    assert re.fullmatch(lexicon().clause_boundary, "said")
