"""The build cache: what a process reads back from the file is what it would have built."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.temporal import build_cache
from timeline.temporal.rules import load as load_rules
from timeline.temporal.trie import alternation
from timeline.temporal.vocab import parsed_toml, word_atoms

SAMPLE = ("The Fed said on Monday, March 3, 1998, that rates would rise in the third quarter; "
          "LAST NIGHT's vote came 2 years ago.")
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<month>march|april)\s+(?P<day>\d{1,2})(?:,\s+(?P<year>\d{4}))?", re.I),
    (r"\b(?:last|next)\s+(night|week)\b", re.IGNORECASE),
    (r"(?i:monday)|\d+(?=\s+years)", 0),
    (r"[^a-z0-9_](?:said|told)\b", 0),
]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own, read afresh as a new process would."""
    monkeypatch.setenv(build_cache.ENVIRONMENT, str(tmp_path / "cache"))
    build_cache.reset()
    yield tmp_path / "cache"
    build_cache.reset()


def _new_process() -> None:
    """Write what this 'process' built and forget it, as the next process starts."""
    build_cache.save()
    build_cache.reset()


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make compiling a pattern anew fail: a pattern then must come from the file."""
    from re import _parser  # type: ignore[attr-defined]

    def refuse(*args: Any) -> None:
        raise AssertionError("parsed, not read from the cache")

    monkeypatch.setattr(_parser, "parse", refuse)


def _same(got: re.Pattern[str], pattern: str, flags: int) -> None:
    want = re.compile(pattern, flags)
    assert (got.pattern, got.flags, got.groups) == (want.pattern, want.flags, want.groups)
    assert got.groupindex == want.groupindex
    assert [m.span() for m in got.finditer(SAMPLE)] == [m.span() for m in want.finditer(SAMPLE)]
    assert [m.groups() for m in got.finditer(SAMPLE)] == [m.groups() for m in want.finditer(SAMPLE)]


def test_a_pattern_read_back_is_the_pattern_compiled(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pattern, flags in PATTERNS:
        _same(build_cache.compile(pattern, flags), pattern, flags)  # compiled: a miss
    _new_process()
    assert len(list(folder.glob("build-*.marshal"))) == 1
    with monkeypatch.context() as patch:
        _no_parsing(patch)
        for pattern, flags in PATTERNS:
            _same(build_cache.compile(pattern, flags), pattern, flags)  # read: a hit


def test_a_rule_read_back_matches_as_compiled(folder: Path) -> None:
    rule = next(r for r in load_rules().rules if len(r.pattern) > 1000)
    built = build_cache.compile(rule.pattern, re.IGNORECASE)
    _new_process()
    again = build_cache.compile(rule.pattern, re.IGNORECASE)
    assert again is not built
    _same(again, rule.pattern, re.IGNORECASE)


def test_a_bad_pattern_raises_as_re_does(folder: Path) -> None:
    with pytest.raises(re.error):
        build_cache.compile("(?P<a>x", 0)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "foreign", "bad code"])
def test_a_damaged_or_foreign_file_is_ignored(
    folder: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    for pattern, flags in PATTERNS:
        build_cache.compile(pattern, flags)
    _new_process()
    (path,) = folder.glob("build-*.marshal")
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00not a cache at all" * 50)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        path.write_bytes(data[:-40] + bytes([data[-40] ^ 0xFF]) + data[-39:])
    elif damage == "foreign":  # another interpreter's file at this one's name
        with monkeypatch.context() as patch:
            patch.setattr(build_cache, "_identity", lambda: "cpython 9.9 sre 1 4")
            path.write_bytes(build_cache._encoded(build_cache._read(path)))
    else:  # a checksum that holds over code _sre refuses
        entries = build_cache._read(path)
        for key, entry in list(entries.items()):
            final, code, groups, groupindex, indexgroup = marshal.loads(entry)
            words = array(build_cache._CODE, [999_999])
            entries[key] = marshal.dumps((final, words.tobytes() + code[words.itemsize :],
                                          groups, groupindex, indexgroup))
        path.write_bytes(build_cache._encoded(entries))
    for pattern, flags in PATTERNS:
        _same(build_cache.compile(pattern, flags), pattern, flags)
    _new_process()  # and the file is written whole again
    with monkeypatch.context() as patch:
        _no_parsing(patch)
        for pattern, flags in PATTERNS:
            _same(build_cache.compile(pattern, flags), pattern, flags)


def test_an_unwritable_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(build_cache.ENVIRONMENT, str(blocker / "cache"))
    build_cache.reset()
    for pattern, flags in PATTERNS:
        _same(build_cache.compile(pattern, flags), pattern, flags)
    assert build_cache.remembered("test", "key", lambda: [1, 2]) == [1, 2]
    _new_process()
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("setting", ["off", "", "OFF"])
def test_the_variable_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    monkeypatch.setenv(build_cache.ENVIRONMENT, setting)
    monkeypatch.chdir(tmp_path)  # where a folder named by the value would be made
    build_cache.reset()
    assert build_cache.cache_file() is None
    for pattern, flags in PATTERNS:
        _same(build_cache.compile(pattern, flags), pattern, flags)
    calls: list[int] = []
    for _ in range(2):
        build_cache.remembered("test", "key", lambda: calls.append(1))
    assert len(calls) == 2  # built each time
    _new_process()
    assert list(tmp_path.iterdir()) == []


def test_the_user_cache_folder_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_cache_path

    monkeypatch.delenv(build_cache.ENVIRONMENT)
    assert build_cache.cache_folder() == user_cache_path("timeline")


def test_a_table_is_parsed_again_when_its_bytes_change(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    old, new = 'words = ["today", "tonight"]\n', 'words = ["today", "tonight", "now"]\n'
    assert parsed_toml(old) == {"words": ["today", "tonight"]}
    _new_process()
    parsed: list[str] = []
    real = tomllib.loads
    monkeypatch.setattr(tomllib, "loads", lambda text: parsed.append(text) or real(text))
    assert parsed_toml(old) == {"words": ["today", "tonight"]}
    assert parsed == []  # read from the file
    assert parsed_toml(new) == {"words": ["today", "tonight", "now"]}
    assert parsed == [new]


def test_a_remembered_value_is_a_copy_and_the_source_code_keys_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = {"last night", "last week", "Feb."}
    built = alternation(words, word_atoms)
    _new_process()
    calls: list[int] = []
    assert build_cache.remembered("alternation", ("timeline.temporal.vocab.word_atoms",
                                                  tuple(sorted(words))),
                                  lambda: calls.append(1) or "") == built
    assert alternation(reversed(sorted(words)), word_atoms) == built
    assert alternation(words) != built  # other atoms, another key
    assert calls == []
    table = {"a": [1, 2]}
    build_cache.remembered("test", "table", lambda: table)
    first = build_cache.remembered("test", "table", lambda: {})
    first["a"].append(3)
    assert build_cache.remembered("test", "table", lambda: {}) == {"a": [1, 2]}
    _new_process()
    monkeypatch.setattr(build_cache, "_sources", "the tagger's code edited")
    assert build_cache.remembered("test", "table", lambda: {"b": 1}) == {"b": 1}


def test_a_value_marshal_cannot_write_is_built_each_time(folder: Path) -> None:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return object()

    build_cache.remembered("test", "object", build)
    _new_process()
    build_cache.remembered("test", "object", build)
    assert len(calls) == 2


def test_a_file_grown_too_big_keeps_what_the_writer_used(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_cache.remembered("test", "old", lambda: "x" * 1000)
    _new_process()
    monkeypatch.setattr(build_cache, "_MOST_BYTES", 1500)
    build_cache.remembered("test", "new", lambda: "y" * 1000)
    _new_process()
    (path,) = folder.glob("build-*.marshal")
    keys = {key[2] for key in build_cache._read(path)}
    assert keys == {"new"}


def test_the_command_line_writes_and_reads_the_cache(folder: Path) -> None:
    line = b'{"id": 1, "text": "The vote was on Monday.", "dct": "2024-03-20"}\n'
    outputs = []
    for _ in range(2):
        run = subprocess.run([sys.executable, "-m", "timeline", "timex", "--jsonl"],
                             input=line, capture_output=True, check=True)
        outputs.append(run.stdout)
        assert len(list(folder.glob("build-*.marshal"))) == 1
    assert outputs[0] == outputs[1] and b"2024-03-18" in outputs[0]
    (path,) = folder.glob("build-*.marshal")
    assert marshal.loads(path.read_bytes()[len(build_cache._HEADER) + 4 :])[1]


def test_a_rule_context_read_back_keeps_its_reach_and_tail(folder: Path) -> None:
    from timeline.temporal.rules import _reach_and_tail, reach_of, tail_of

    contexts = [r.preceded_by for r in load_rules().rules if r.preceded_by is not None]
    want = [(reach_of(p), tail_of(p)) for p in contexts]
    assert [_reach_and_tail(p) for p in contexts] == want
    _new_process()
    assert [_reach_and_tail(p) for p in contexts] == want
    assert any(tail is not None for _, tail in want) and any(tail is None for _, tail in want)


def test_the_file_is_readable_by_all_and_orphaned_temporary_files_go(folder: Path) -> None:
    import os
    import stat

    folder.mkdir(parents=True)
    orphan, fresh = folder / ".build-killed.tmp", folder / ".build-writing.tmp"
    orphan.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(orphan, (1, 1))  # left by a process killed long ago
    build_cache.compile(*PATTERNS[0])
    _new_process()
    [written] = folder.glob("build-*.marshal")
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    assert (orphan.exists(), fresh.exists()) == (False, True)
