"""Hostile files through the real command line: a frame or one clear line, in time.

Each file of tests/data/hostile (and a few generated here, too large to keep) goes through
``python -m timeline extract FILE --published ...`` in its own process: exit 0 with the
expected events at their exact offsets, or exit 1 with one line saying what is wrong;
never a traceback, never over 60 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.export import frame_from_csv
from timeline.ingest import load_article

HOSTILE = Path(__file__).parent / "data" / "hostile"
PUBLISHED = "2022-02-14T22:00+13:00"
ONE_DAY = ["on Monday"]

# file -> the time_text of each event, in frame order, or the error after "Error: FILE ".
EXPECTED: dict[str, list[str] | str] = {
    "bc-dates.txt": ["in 79 AD", "on Monday"],
    "binary.png": "looks like a binary file, not text",
    "control-characters.txt": ["Tuesday", "on Wednesday", "On Monday"],
    "crlf.txt": ["on Tuesday", "on Wednesday", "on Monday"],
    "empty.txt": "is empty: there is no text to read",
    "formula.txt": ["on Tuesday", "on Wednesday", "on Thursday", "on Monday"],
    "huge-number.txt": ONE_DAY,
    "impossible-dates.txt": ["February 2022", "last -night", "on Monday", "February 2023"],
    "latin1.txt": "is not UTF-8 text (byte 7); save it as UTF-8 and try again",
    "lone-surrogate-bytes.txt": "is not UTF-8 text (byte 18); save it as UTF-8 and try again",
    "nested.html": ONE_DAY,
    "ns-range-dates.txt": [
        "The 15th century",
        "in 1600",
        "on 1 January 1677",
        "in 1700",
        "11 April",
    ],
    "punctuation.txt": [],
    "rtl-emoji.txt": ["on Tuesday", "yesterday", "On Monday"],
    "scripts-only.html": "has no article text that could be taken out of its HTML",
    "ten-thousand-years.txt": ["On Monday"],
    "utf16-bom.txt": ONE_DAY,
    "utf32-bom.txt": ONE_DAY,
    "utf8-bom.txt": ONE_DAY,
    "whitespace.txt": "is empty: there is no text to read",
    "zero-width.txt": [],
}


def _extract(path: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(path), "--published", PUBLISHED],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def _check(path: Path | str, expected: list[str] | str) -> None:
    done = _extract(path)
    if isinstance(expected, str):
        assert (done.returncode, done.stdout, done.stderr) == (
            1,
            "",
            f"Error: {path} {expected}\n",
        )
        return
    assert (done.returncode, done.stderr) == (0, "")
    frame = frame_from_csv(done.stdout)
    assert list(frame["time_text"]) == expected
    text = load_article(Path(path), PUBLISHED).text
    for row in frame.itertuples():
        assert text[row.char_start : row.char_end] == row.time_text


def test_every_hostile_file_has_an_expectation() -> None:
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file(name: str) -> None:
    _check(HOSTILE / name, EXPECTED[name])


GENERATED: dict[str, tuple[str, list[str] | str]] = {
    "nested-100000.html": (
        "<html><body>" + "<div>" * 100_000 + "<p>Police said on Monday it ended.</p>"
        + "</div>" * 100_000 + "</body></html>",
        ONE_DAY,
    ),
    "dots.txt": ("." * 40_000 + " On Monday it ended.", ["On Monday"]),
    "run-on-list.txt": ("apples, " * 1_250 + "on Monday.", ONE_DAY),
    "long-line.txt": ("word " * 20_000 + "on Monday", ONE_DAY),
    "too-many-words.txt": (
        "word " * 100_001,
        "has 100,001 words; articles over 100,000 words are refused (extraction would take "
        "minutes): split it into parts",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_hostile_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    content, expected = GENERATED[name]
    path.write_text(content, encoding="utf-8")
    _check(path, expected)


def test_endless_input_is_refused() -> None:
    _check("/dev/zero", "is over 5 MB; longer articles are refused")


def test_meta_json_with_a_number_for_a_time(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("He left on Monday.", encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({"published": 2022}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(tmp_path / "article.txt")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (
        1,
        f"Error: {tmp_path / 'meta.json'}: 'published' must be a string, such as "
        '{"published": "2022-02-14T22:00:00+13:00", "timezone": "Pacific/Auckland"}\n',
    )
