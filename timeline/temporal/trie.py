"""Word lists as regex alternations shaped like a trie.

Python's re tries the branches of an alternation one by one at every position, so a
table of 150 words costs 150 comparisons wherever a word could start. Branches that share
their first characters share one branch here ('had|has been' is 'ha(?:d|s been)'), so a
position that starts no word fails at its first character. The alternation still prefers
the longest word, as the sorted list it replaces did.

The regex is written as re's parser would read it: branches of one character each as a
class ('[dst]', not '(?:d|s|t)', which the parser turns into that class), and no group
around a group. Same compiled regex, parsed in less time: each group and branch is a
call of the parser, in Python, and a process compiles some 80,000 characters of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from timeline.temporal import build_cache

_END = ""  # the key marking that a word ends at a node
Node = dict[str, "Node"]  # the pieces that follow, each with its own node


def alternation(words: Iterable[str], atoms: Callable[[str], list[str]] | None = None) -> str:
    """A non-capturing regex matching any of ``words``, longest first.

    ``atoms`` splits a word into regex pieces (default: its characters, escaped); words
    are merged on equal pieces, so a piece may be a class such as ``[\\s-]+``. Kept
    for the next process (build_cache): writing them took a new process 0.04 s.
    """
    name = "" if atoms is None else f"{atoms.__module__}.{atoms.__qualname__}"
    if "<" in name:  # a lambda or a nested function: its name does not tell which
        return _built(words, atoms)
    listed = tuple(sorted(set(words)))  # the same alternation in any order
    return build_cache.remembered("alternation", (name, listed), lambda: _built(listed, atoms))


def _built(words: Iterable[str], atoms: Callable[[str], list[str]] | None) -> str:
    split = atoms or (lambda word: list(map(escaped, word)))
    trie: Node = {}
    for word in words:
        node = trie
        for atom in split(word):
            child = node.get(atom)
            if child is None:
                child = node[atom] = {}
            node = child
        node[_END] = {}
    body = _emit(trie)
    # several branches come out as one group or class already
    return body if _END not in trie and len(trie) > 1 else f"(?:{body})"


def word_opened(words: Iterable[str]) -> str:
    """``\\b`` and alternation(words) as re.IGNORECASE matches them, for a regex without
    that flag, whose words open with a letter: a branch for each case of each first
    letter (cases), '\\b' tested behind it ('(?<!\\w\\w)'), the rest case-blind. Every
    branch opens with a character, so re knows what a match starts with and skips to
    it in a tight loop of C; '\\b' or a look-ahead opening the regex had it tried at
    every position of a window (for the happening and idiom regexes, 0.21% of `timex`'s
    instructions on TBAQ warm, 0.45% more cold). The same matches: no two branches open alike."""
    rests: dict[str, set[str]] = {}
    for word in words:
        rests.setdefault(word[0], set()).add(word[1:])
    return "(?:" + "|".join(
        rf"{escaped(case)}(?<!\w\w)(?i:{alternation(rests[first])})"
        for first in sorted(rests) for case in cases(first)) + ")"


def cases(letter: str) -> list[str]:
    """The characters re.IGNORECASE matches a letter with: its two cases, and for 'i',
    's' and 'k' the characters beyond ASCII that fold to them (the dotted and dotless
    i, the long s, the Kelvin sign)."""
    return [char for char in dict.fromkeys(f"{letter}{letter.upper()}\u0130\u0131\u017f\u212a")
            if re.fullmatch(re.escape(letter), char, re.IGNORECASE)]


@cache
def escaped(char: str) -> str:
    """A character as a regex piece, kept: building the rules and their searches escapes
    some 30,000 characters of a few dozen kinds."""
    return re.escape(char)


def _emit(node: Node) -> str:
    run = ""  # the atoms down to the first node with more than one branch or a word's end
    while len(node) == 1:
        ((atom, child),) = node.items()
        if atom == _END:
            return run
        run += atom
        node = child
    return run + _branched(node) if node else run


def _branched(node: Node) -> str:
    """_emit of a node with more than one piece (branches, or a word's end)."""
    branches = [atom + _emit(child) for atom, child in sorted(node.items()) if atom != _END]
    if len(branches) == 1:
        body = branches[0]
    elif all(branch == escaped(branch[-1]) for branch in branches):  # characters, no more
        body = "[" + "".join(branches) + "]"
    else:
        body = "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    # '(?:uary|)', not '(?:uary)?': the same matches in the same order of preference, but
    # re runs an optional group through its general repeat, which allocates a frame for
    # each try, and a branch with nothing after its bar through a jump (the regex of the
    # trigger words, tried at every word of a text, took a tenth less); a character or a
    # class of them stays optional, which re repeats in a loop of its own
    if len(branches) == 1:
        return f"(?:{body}|)" if len(body) > 1 else body + "?"
    return body + "?" if body[0] == "[" else f"{body[:-1]}|)"
