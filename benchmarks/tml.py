"""Reading TimeML (.tml) files: raw text, document creation time (DCT) and gold TIMEX3s.

The raw text is the content of ``<TEXT>`` with every tag removed and every entity or
character reference replaced, which is exactly what the tagger is given; gold offsets are
character offsets into it. We walk the markup with a small tokenizer instead of an XML
parser because no stdlib parser reports offsets in the *unescaped* text. ``verify`` then
cross-checks the result against a real XML parser, so the walk cannot silently drift.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_TOKEN = re.compile(
    r"<!--.*?-->"  # comment: dropped
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"  # CDATA: its content is literal text
    r"|<(?P<tag>[^>]*)>"  # any tag or processing instruction
    r"|&(?P<entity>#?\w+);"  # entity or character reference
    r"|[^<&]+|&",  # plain text; a stray '&' stays as it is
    re.S,
)
_TAG_NAME = re.compile(r"\s*(/?)\s*([\w:.-]+)")
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TEXT = re.compile(r"<TEXT(?:\s[^>]*)?>(?P<body>.*?)</TEXT\s*>", re.S)
_DCT = re.compile(r"<DCT\b[^>]*>\s*<TIMEX3\b(?P<attrs>[^>]*)>", re.S)
_CREATION_TIME = re.compile(r"<TIMEX3\b(?P<attrs>[^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>")
_DOCID = re.compile(r"<DOCID>\s*(?P<id>[^<]*?)\s*</DOCID>")
_DCT_VALUE = re.compile(
    r"(?P<y>\d{4})-?(?P<m>\d\d)-?(?P<d>\d\d)(?:T(?P<H>\d\d):?(?P<M>\d\d)(?::?(?P<S>\d\d))?)?"
)


class TimeMLError(ValueError):
    """A .tml file we cannot read faithfully; the message names the file and the problem."""


@dataclass(frozen=True, order=True)
class Span:
    """One TIMEX3 (gold or system) reduced to what TempEval-3 Task A scores."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""
    tid: str = ""

    @property
    def offsets(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Document:
    """A TimeML document as the benchmark needs it: what to tag, when, and the answers."""

    doc_id: str
    path: Path
    dct: datetime
    dct_value: str
    text: str
    gold: tuple[Span, ...]


def find_tml(paths: Iterable[str | Path]) -> list[Path]:
    """Every .tml file under the given files/folders, sorted so runs are comparable."""
    found: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            found.update(p for p in path.rglob("*.tml") if p.is_file())
        elif path.is_file():
            found.add(path)
        else:
            raise TimeMLError(f"{path}: no such file or folder")
    return sorted(found)


def read_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every .tml file under ``paths`` (see ``find_tml``)."""
    return [read_document(path) for path in find_tml(paths)]


def read_document(path: str | Path) -> Document:
    """Read one .tml file; raise TimeMLError if its TEXT or DCT is missing or malformed."""
    path = Path(path)
    markup = path.read_text(encoding="utf-8")
    text_match = _TEXT.search(markup)
    if text_match is None:
        raise TimeMLError(f"{path}: no <TEXT>...</TEXT> element")
    dct_value = _dct_value(markup, path)
    text, gold = parse_text(text_match.group("body"), str(path))
    doc_id_match = _DOCID.search(markup)
    doc_id = doc_id_match.group("id") if doc_id_match else path.name.removesuffix(".tml")
    return Document(doc_id, path, parse_dct(dct_value, path), dct_value, text, gold)


def _dct_value(markup: str, path: Path) -> str:
    """The DCT's value: the TIMEX3 inside <DCT>, else the one marked CREATION_TIME."""
    match = _DCT.search(markup) or _CREATION_TIME.search(markup)
    if match is None:
        raise TimeMLError(f"{path}: no document creation time (<DCT><TIMEX3 value=...>)")
    value = parse_attributes(match.group("attrs")).get("value", "")
    if not value:
        raise TimeMLError(f"{path}: the DCT TIMEX3 has no value")
    return value


def parse_dct(value: str, where: str | Path = "DCT") -> datetime:
    """The DCT as the tz-aware datetime the tagger takes.

    TimeML DCTs are dates ("1998-01-08"), sometimes with a time ("1998-08-07T06:18").
    A date becomes 00:00 UTC of that day; a time, when given, is kept and read as UTC.
    UTC is chosen because the corpus gives no zone and UTC never shifts the calendar date,
    which is what the gold values are anchored to.
    """
    match = _DCT_VALUE.match(value.strip())
    if match is None:
        raise TimeMLError(f"{where}: DCT value {value!r} is not a date")
    fields = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    time = (fields.get("H", 0), fields.get("M", 0), fields.get("S", 0))
    return datetime(fields["y"], fields["m"], fields["d"], *time, tzinfo=UTC)


def parse_attributes(attrs: str) -> dict[str, str]:
    """Attributes of one start tag, entity references in values unescaped."""
    return {m[1]: html.unescape(m[2] if m[2] is not None else m[3]) for m in _ATTR.finditer(attrs)}


def parse_text(markup: str, where: str = "<TEXT>") -> tuple[str, tuple[Span, ...]]:
    """Raw text of a TEXT element's content and its TIMEX3s, offsets into that raw text.

    Tags of any kind (EVENT, SIGNAL, nested TIMEX3...) are removed, entities replaced;
    only TIMEX3 start/end tags are remembered, with a stack so nesting works. Empty or
    blank TIMEX3s are dropped, as the official scorer drops them.
    """
    pieces: list[str] = []
    length = 0
    open_tags: list[tuple[dict[str, str], int]] = []
    closed: list[tuple[dict[str, str], int, int]] = []
    for token in _TOKEN.finditer(markup):
        tag = token.group("tag")
        if tag is None:
            piece = _text_of(token)
            pieces.append(piece)
            length += len(piece)
            continue
        closing, name, attrs, self_closing = _parse_tag(tag)
        if name != "TIMEX3" or self_closing:
            continue
        if not closing:
            open_tags.append((attrs, length))
        elif not open_tags:
            raise TimeMLError(f"{where}: </TIMEX3> without a matching <TIMEX3>")
        else:
            start_attrs, start = open_tags.pop()
            closed.append((start_attrs, start, length))
    if open_tags:
        raise TimeMLError(f"{where}: <TIMEX3> never closed")
    text = "".join(pieces)
    spans = (_span(text, attrs, start, end) for attrs, start, end in closed)
    return text, tuple(sorted(span for span in spans if span.text.strip()))


def _text_of(token: re.Match[str]) -> str:
    """The raw text a non-tag token stands for."""
    if token.group("cdata") is not None:
        return token.group("cdata")
    if token.group("entity") is not None:
        return html.unescape(token.group(0))
    if token.group(0).startswith("<!--"):
        return ""
    return token.group(0)


def _parse_tag(tag: str) -> tuple[bool, str, dict[str, str], bool]:
    """(is closing, name, attributes, is self-closing) of the inside of one <...>."""
    match = _TAG_NAME.match(tag)
    if match is None:  # "<?xml ...?>", "<!DOCTYPE ...>" and the like
        return False, "", {}, False
    closing = match.group(1) == "/"
    attrs = {} if closing else parse_attributes(tag[match.end() :])
    return closing, match.group(2), attrs, tag.rstrip().endswith("/")


def _span(text: str, attrs: dict[str, str], start: int, end: int) -> Span:
    """A gold Span from a TIMEX3's attributes and its offsets in the raw text."""
    kind, value, mod, tid = (attrs.get(key, "") for key in ("type", "value", "mod", "tid"))
    return Span(start, end, text[start:end], kind, value, mod, tid)


def verify(doc: Document) -> list[str]:
    """Problems found by re-reading ``doc.path`` with ElementTree; [] when offsets are right.

    Checks, independently of the tokenizer walk, that the raw text equals the XML text
    content of <TEXT>, and that for every TIMEX3 in TEXT (by tid) the gold span's
    ``text[start:end]`` equals that element's text content.
    """
    try:
        root = ET.parse(doc.path).getroot()
    except ET.ParseError as exc:
        return [f"{doc.path}: not well-formed XML ({exc}); offsets not cross-checked"]
    text_element = root.find(".//TEXT")
    if text_element is None:
        return [f"{doc.path}: ElementTree finds no TEXT element"]
    problems = []
    if "".join(text_element.itertext()) != doc.text:
        problems.append(f"{doc.path}: raw text differs from the XML text content of TEXT")
    expected = {
        element.get("tid", ""): "".join(element.itertext())
        for element in text_element.iter("TIMEX3")
        if "".join(element.itertext()).strip()
    }
    got = {span.tid: doc.text[span.start : span.end] for span in doc.gold}
    for tid in sorted(expected.keys() | got.keys()):
        if expected.get(tid) != got.get(tid) or got.get(tid) != _gold_text(doc, tid):
            problems.append(
                f"{doc.path}: TIMEX3 {tid}: XML text {expected.get(tid)!r}, "
                f"raw_text[start:end] {got.get(tid)!r}"
            )
    return problems


def _gold_text(doc: Document, tid: str) -> str | None:
    """The text recorded on the gold span with this tid (None if there is none)."""
    return next((span.text for span in doc.gold if span.tid == tid), None)


def iter_problems(docs: Iterable[Document]) -> Iterator[str]:
    """``verify`` over many documents."""
    for doc in docs:
        yield from verify(doc)


def element_offsets(markup: str, name: str, key: str) -> dict[str, tuple[int, int]]:
    """Offsets into the raw text (as ``parse_text`` makes it) of every ``name`` element in a
    TEXT element's content, by its ``key`` attribute ('EVENT', 'eid' -> {'e1': (3, 12)})."""
    length = 0
    open_tags: list[tuple[str, int]] = []
    found: dict[str, tuple[int, int]] = {}
    for token in _TOKEN.finditer(markup):
        tag = token.group("tag")
        if tag is None:
            length += len(_text_of(token))
            continue
        closing, tag_name, attrs, self_closing = _parse_tag(tag)
        if tag_name != name or self_closing:
            continue
        if not closing:
            open_tags.append((attrs.get(key, ""), length))
        elif open_tags:
            ident, start = open_tags.pop()
            found[ident] = (start, length)
    return found


def text_markup(path: str | Path) -> tuple[str, str]:
    """A .tml file's TEXT content and the markup outside it (TLINKs, MAKEINSTANCEs)."""
    markup = Path(path).read_text(encoding="utf-8")
    match = _TEXT.search(markup)
    if match is None:
        raise TimeMLError(f"{path}: no <TEXT>...</TEXT> element")
    return match.group("body"), markup[: match.start()] + markup[match.end() :]
