"""Optional groups written as branches: '(?:the\\s+|)' for '(?:the\\s+)?'.

Both match the same text in the same order of preference (the group's words first, then
nothing), but Python's re runs an optional group through its general repeat, which
allocates a frame on every try, and a branch with nothing after its last bar through a
jump: the tagger's rules hold some 170 optional groups, tried at every candidate.
The table keeps the usual spelling, which reads better; a rule's pattern is rewritten
when it is built (rules.compile_rule). Only a non-capturing group followed by a bare '?'
is rewritten: a captured group would match '' where it matched nothing (None), a lazy
'??' or possessive '?+' prefers otherwise, and a look-behind is left whole.
"""

from __future__ import annotations

import re

# A group's opening (non-capturing, look-behind, any other) or closing, with the
# quantifier after it, or the pattern's end, after what the scan steps over in C: plain
# characters, escapes and character classes (a ']' first in one is a member); taken
# whole (possessive), so no match starts inside an escape or a class.
_TOKEN = re.compile(
    r"(?:[^\\()\[]+|\\.|\[\^?\]?(?:\\.|[^\\\]])*\])*+"
    r"(?:(\(\?:)|(\(\?<[=!])|(\()|(\))(\?[?+]?)?|\Z)",
    re.DOTALL,
)
_PLAIN, _LOOKBEHIND = 0, 1


def as_branches(pattern: str) -> str:
    """The pattern with each optional non-capturing group '(?:X)?' written '(?:X|)',
    nested ones too; outside a look-behind, and not when '?' is lazy ('??'), possessive
    ('?+')."""
    open_groups: list[int | None] = []  # per open group: _PLAIN, _LOOKBEHIND, or None
    closings: list[int] = []
    behind = 0  # how many look-behinds are open
    for m in _TOKEN.finditer(pattern):
        if m.group(1):
            open_groups.append(_PLAIN)
        elif m.group(2):
            open_groups.append(_LOOKBEHIND)
            behind += 1
        elif m.group(3):
            open_groups.append(None)
        elif m.group(4):
            kind = open_groups.pop()
            if kind == _LOOKBEHIND:
                behind -= 1
            elif kind == _PLAIN and m.group(5) == "?" and not behind:
                closings.append(m.end() - 2)
    if not closings:
        return pattern
    chars = list(pattern)
    for at in closings:
        chars[at:at + 2] = "|)"
    return "".join(chars)
