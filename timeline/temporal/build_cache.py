"""What the tagger builds on first use, kept on disk: a new process skips building it.

Compiling the tagger's patterns (some 80,000 characters of word-table alternations) is
most of what a process spends on its first articles, with reading the data tables and
writing the alternations: about 0.4 s, more than tagging three hundred articles costs.

``compile`` keeps what CPython's ``re._compiler.compile`` makes of a pattern (its flags,
code and groups) and builds the next process's pattern from it with ``_sre.compile``,
which takes a hundredth of the time. These are CPython's private APIs, which may change
from one release to the next: the file is named after the interpreter (implementation,
version, ``_sre.MAGIC``, code size) and checked against it when read, a checksum guards
its bytes, and any exception, or another interpreter than CPython, falls back to
``re.compile``: the cache can make a process faster, never wrong or broken.
``_sre.compile`` checks the code it is given, so a damaged entry raises there, not later.

``remembered`` keeps other values built from the shipped data (a parsed table, an
alternation), each keyed by what it is built from (a table's bytes, a list of words) and
by the tagger's source code: a table or rule edited makes another key, and so does the
code building the value.

The file is read with ``marshal``, not pickle: loading a file from the user's folder
must not run code. It is read when first needed (not when the package is imported:
``--help`` does not pay for it) and written whole at exit, only by a process that built
something new, to a temporary file moved into place: several processes (gunicorn
workers) may write at once, the last one wins and none leaves a file cut short. A
failure to write (a read-only folder, a full disk) is silent. The folder is
``platformdirs.user_cache_path("timeline")``, or ``TIMELINE_CACHE_DIR``; that variable
empty or ``off`` turns the cache off.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ENVIRONMENT = "TIMELINE_CACHE_DIR"
_FORMAT = 3  # of the file's contents: a new layout must not read an old file
_HEADER = b"timeline build cache\n"
# A file grown past this (tables edited many times, each edit leaving the entries of the
# old patterns) is written back with only what the writing process used.
_MOST_BYTES = 4 << 20  # the packaged tagger's entries take 1.3 MB

# ("re", pattern, flags given) -> (flags, code, groups, groupindex, indexgroup), as
# _sre.compile takes them but the code as the bytes of an array of its words (_CODE):
# marshal reads and writes them in one piece, not as an int each, and the code needs no
# conversion from the compiler's named opcodes; (kind, sources' hash, key) -> a value;
# each in marshal bytes, decoded when used and not kept so: the code lists of them all
# (190,000 items) held by a process made its tagging 0.6% slower after (callgrind), more
# for the garbage collector
Entries = dict[tuple[Any, ...], bytes]

_lock = threading.RLock()
_entries: Entries | None = None  # None: the cache is off
_file: Path | None = None  # where the entries were read from, and go back to
_opened = False  # whether _entries and _file are known
_used: set[tuple[Any, ...]] = set()  # the keys this process looked up or added
_added = False  # whether this process built something the file did not hold
_registered = False  # whether save runs at exit
_sources: str | None = None  # the hash of the tagger's source code
_last: tuple[str, Any] | None = None  # the pattern compile parsed last, and its tree (tree)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache file when it holds the pattern."""
    try:
        flags = int(flags)
        entries = _loaded()
        if entries is None or flags & re.DEBUG or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        key = ("re", pattern, flags)
        _used.add(key)
        found = entries.get(key)
        if found is not None:
            try:
                return _built(pattern, marshal.loads(found))
            except Exception:  # a damaged entry: compiled again below
                del entries[key]
        compiled, entry = _compiled(pattern, flags)
        _add(entries, key, marshal.dumps(entry))
        return compiled
    except Exception:
        return re.compile(pattern, flags)  # raises re.error as before for a bad pattern


def remembered(kind: str, key: Any, build: Callable[[], T]) -> T:
    """``build()``, or what it gave another process for the same ``kind`` and ``key``
    with the same tagger source code; ``key`` and the value are of the types marshal
    writes (a value it cannot write is built each time). Each call returns a new copy."""
    try:
        entries = _loaded()
        full = (kind, _source_hash(), key)
        found = None if entries is None else entries.get(full)
        if found is not None:
            _used.add(full)
            value: T = marshal.loads(found)
            return value
    except Exception:
        entries = None
    value = build()
    if entries is not None:
        with contextlib.suppress(Exception):
            _add(entries, full, marshal.dumps(value))  # type: ignore[arg-type]
            _used.add(full)
    return value


# The array type of _sre's code words (unsigned, _sre.CODESIZE bytes: 4). A word it could
# not hold would raise, and compile fall back to re.compile: what it holds reads back
# exactly.
_CODE = "I"


def _built(pattern: str, entry: tuple[Any, ...]) -> re.Pattern[str]:
    final, code, groups, groupindex, indexgroup = entry
    words = array(_CODE)
    words.frombytes(code)
    return _made(pattern, final, words.tolist(), groups, groupindex, indexgroup)


def _made(pattern: str, final: int, code: list[int], groups: int, groupindex: dict[str, int],
          indexgroup: tuple[str | None, ...]) -> re.Pattern[str]:
    """The pattern, as ``re._compiler.compile`` builds it from its code."""
    built: re.Pattern[str] = _sre.compile(pattern, final, code, groups - 1, groupindex,
                                          indexgroup)
    return built


def _compiled(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """The pattern and its entry, made as ``re._compiler.compile`` makes them."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    global _last
    tree = _parser.parse(pattern, flags)
    _last = (pattern, tree)
    code = _compiler._code(tree, flags)
    groupindex: dict[str, int] = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final = int(flags | tree.state.flags)
    compiled = _made(pattern, final, code, tree.state.groups, groupindex, tuple(indexgroup))
    entry = (final, array(_CODE, code).tobytes(), tree.state.groups, groupindex,
             tuple(indexgroup))
    return compiled, entry


def tree(pattern: str, flags: int = 0) -> Any:
    """``re._parser.parse(pattern, flags)``: the tree compile made if the pattern is the one
    it compiled last (given once). rules.py reads a rule context's tree right after
    compiling it; parsing it again was a fortieth of what a process with a cold cache
    spent on its first thousand articles."""
    from re import _parser  # type: ignore[attr-defined]

    global _last
    made, _last = _last, None
    if made is not None and made[0] == pattern and not flags & re.VERBOSE:
        return made[1]
    return _parser.parse(pattern, flags)


def _add(entries: Entries, key: tuple[Any, ...], entry: bytes) -> None:
    global _added, _registered
    entries[key] = entry
    _added = True
    if not _registered:
        _registered = True
        atexit.register(save)


def _loaded() -> Entries | None:
    """The entries of the cache file (read once), or None when the cache is off."""
    global _entries, _file, _opened
    if _opened:
        return _entries
    with _lock:
        if not _opened:
            _file = cache_file()
            _entries = None if _file is None else _read(_file)
            _opened = True
    return _entries


def _source_hash() -> str:
    """A hash of the tagger's source files: what builds the remembered values."""
    global _sources
    if _sources is None:
        digest = hashlib.sha1()
        for path in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _sources = digest.hexdigest()
    return _sources


def cache_file() -> Path | None:
    """Where this interpreter's entries are kept; None when the cache is off or cannot be
    used with this interpreter."""
    if sys.implementation.name != "cpython":
        return None
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"build-{hashlib.sha1(_identity().encode()).hexdigest()[:16]}.marshal"


def cache_folder() -> Path | None:
    """The folder of the cache file (TIMELINE_CACHE_DIR, else the user's cache folder);
    None when the variable says the cache is off."""
    chosen = os.environ.get(ENVIRONMENT)
    if chosen is None:
        from platformdirs import user_cache_path

        return user_cache_path("timeline")
    if chosen.strip().lower() in ("", "off"):
        return None
    return Path(chosen)


def _identity() -> str:
    """What the file's code was made by: another interpreter may read it otherwise."""
    return (f"{sys.implementation.name} {sys.version} sre {_sre.MAGIC} {_sre.CODESIZE} "
            f"marshal {marshal.version} format {_FORMAT}")


def _read(path: Path) -> Entries:
    """The entries of a cache file; none if it is missing, damaged or another's."""
    import zlib  # not at import: the start-up of a process that tags nothing

    try:
        data = path.read_bytes()
        if not data.startswith(_HEADER):
            return {}
        body = data[len(_HEADER) + 4 :]
        if zlib.crc32(body) != int.from_bytes(data[len(_HEADER) : len(_HEADER) + 4], "big"):
            return {}
        identity, entries = marshal.loads(body)
        if identity != _identity() or not isinstance(entries, dict):
            return {}
        return entries
    except Exception:
        return {}


def _encoded(entries: Entries) -> bytes:
    import zlib
    body = marshal.dumps((_identity(), entries))
    return _HEADER + zlib.crc32(body).to_bytes(4, "big") + body


def save() -> None:
    """Write the entries to the cache file if this process added any (at exit), with
    those another process wrote meanwhile; silently not if the file cannot be written."""
    global _added
    with _lock:
        if not _added or _entries is None or _file is None:
            return
        _added = False
        try:
            data = _encoded({**_read(_file), **_entries})
            if len(data) > _MOST_BYTES:
                data = _encoded({key: _entries[key] for key in _used if key in _entries})
            _file.parent.mkdir(parents=True, exist_ok=True)
            _remove_stale(_file.parent)
            # a name of this process and thread, created only if new (not tempfile's
            # mkstemp: importing tempfile, with random and shutil, cost a process that
            # wrote the cache 13 M instructions); one a killed process of the same id
            # left blocks the write until _remove_stale takes it away
            temporary = _file.parent / f"{_TEMPORARY}{os.getpid()}-{threading.get_ident()}.tmp"
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except Exception:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                os.fchmod(out.fileno(), 0o644)  # mkstemp's 0600 would lock out other users
                out.write(data)
            os.replace(temporary, _file)
        except Exception:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


_TEMPORARY = ".build-"
_STALE_SECONDS = 3600  # a write takes milliseconds: a temporary file this old was orphaned


def _remove_stale(folder: Path) -> None:
    """Remove temporary files a process killed while writing left behind."""
    import time

    for path in folder.glob(f"{_TEMPORARY}*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > _STALE_SECONDS:
                path.unlink()


def reset() -> None:
    """Forget the entries read (and any not written): the next use reads the file again,
    as a new process would (for tests, after TIMELINE_CACHE_DIR changes)."""
    global _entries, _file, _added, _opened
    with _lock:
        _entries, _file, _added, _opened = None, None, False, False
        _used.clear()
