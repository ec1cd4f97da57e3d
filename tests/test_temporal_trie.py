"""Word lists as trie-shaped alternations: written as re's parser reads them (one-character
branches as a class, no group around a group), they compile to the very regex of the plain
branches, and match the longest word."""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]

from timeline.temporal.trie import alternation, cases, word_opened


def _code(pattern: str) -> list[int]:
    tree = _parser.parse(pattern, re.IGNORECASE)
    return list(_compiler._code(tree, tree.state.flags))


def test_one_character_branches_are_a_class_and_the_root_group_is_not_doubled() -> None:
    assert alternation(["pm", "pd", "pa"]) == "(?:p[adm])"
    assert alternation(["had", "has", "has been"]) == "(?:ha(?:d|s(?:\\ been|)))"
    assert alternation(["a", "b", "cd"]) == "(?:a|b|cd)"
    assert alternation(["a", "b"]) == "[ab]"
    assert alternation(["a", "ab", "ac"]) == "(?:a[bc]?)"


def test_the_class_compiles_as_the_branches_did() -> None:
    assert _code(alternation(["pm", "pd", "pa"])) == _code("(?:(?:p(?:a|d|m)))")
    assert _code(alternation(["a", "ab", "ac"])) == _code("(?:(?:a(?:b|c)?))")
    assert _code(alternation(["ears", "eart", "early", "earl"])) == _code(
        "(?:(?:ear(?:l(?:y)?|s|t)))"
    )


def test_the_longest_word_is_matched() -> None:
    found = re.compile(alternation(["may", "ma", "m", "mar"]) + "$")
    assert [bool(found.match(w)) for w in ("may", "ma", "m", "mar", "mad")] == [1, 1, 1, 1, 0]
    assert re.match(alternation(["last", "last night"]), "last night").group() == "last night"


def test_an_optional_run_is_a_branch_with_nothing_after_its_bar() -> None:
    """re runs '(?:ember)?' through its general repeat, slower than a branch."""
    pattern = alternation(["dec", "decade", "decades", "december"])
    assert pattern == "(?:dec(?:ades?|ember|))"
    repeated = "(?:dec(?:ade(?:s)?|ember)?)"  # the optional groups it stands for
    for word in ("dec", "decade", "decades", "december", "decembers", "decadent", "de"):
        found, wanted = re.match(pattern, word), re.match(repeated, word)
        assert (found and found.group()) == (wanted and wanted.group())


def test_words_opened_by_their_letters_match_as_the_case_blind_alternation() -> None:
    # trie.word_opened: a branch per case of each first letter, '\b' tested behind it; at
    # every position it matches what '\b' and the alternation match under re.IGNORECASE,
    # the characters beyond ASCII that fold to 'i', 's' and 'k' included
    words = {"attack", "a day's", "ambush", "shooting", "invasion", "kidnapping", "i"}
    plain = re.compile(rf"\b{alternation(words)}\b", re.I)
    opened = re.compile(rf"{word_opened(words)}\b")
    text = ("The ATTACK on Ambush; xattack, attack-on a day's \u0130nvasion \u0131nvasion "
            "\u017fhooting \u212aidnapping 2attack attack2 \u00e9attack I, i.e. A DAY'S")
    found = [m.span() for m in opened.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    for at in range(len(text) + 1):
        ours, theirs = opened.match(text, at), plain.match(text, at)
        assert (ours and ours.span()) == (theirs and theirs.span())
    assert len(found) == 11
    assert cases("i") == ["i", "I", "\u0130", "\u0131"] and cases("b") == ["b", "B"]
