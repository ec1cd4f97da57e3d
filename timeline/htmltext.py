"""The visible text of an HTML page, for pages trafilatura cannot read.

trafilatura parses with lxml, whose parser stops at 256 levels of nesting: a page nested
deeper (100,000 <div>s, say) comes back empty. Python's own HTMLParser streams through
the markup without building a tree, so any depth costs one pass; it keeps the text
outside scripts and styles, one line per block.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content a reader never sees.
_HIDDEN = frozenset(("head", "script", "style", "noscript", "template", "svg", "iframe"))
# Elements that end a line of text (lists, tables and headings by their items and cells).
_BLOCKS = frozenset(
    ("article", "blockquote", "br", "dd", "div", "dt", "li", "p", "pre", "section", "td", "th")
) | {f"h{level}" for level in range(1, 7)}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, 1)

    def handle_endtag(self, tag: str) -> None:
        self._tag(tag, -1)

    def _tag(self, tag: str, step: int) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden + step)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:  # a line break in the markup is a space; blocks end lines
            self.parts.append(re.sub(r"\s+", " ", data))


def visible_text(markup: str) -> str:
    """The page's text outside hidden elements: one line per block, spaces collapsed."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(" +", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
