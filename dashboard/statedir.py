"""The server's one persistent folder: its cookie-signing key and its shared cache.

Every worker process of one server (waitress threads, gunicorn workers, extraction jobs)
opens the same folder, so a timeline built by one is found by all, and survives a restart.
What readers built expires after a week without use and the cache is bounded on disk, so
the folder cleans itself; ``python app.py --forget`` empties it at once.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import diskcache
import platformdirs

#: overrides the folder (tests, or several servers on one machine).
ENV = "TIMELINE_STATE_DIR"
#: the cache's bound on disk; least recently used entries go first beyond it.
SIZE_LIMIT = 2**30
_KEY_FILE = "secret.key"
_CACHE = "cache"


def default_folder() -> Path:
    """``$TIMELINE_STATE_DIR``, else the user's cache folder for timeline (platformdirs)."""
    given = os.environ.get(ENV)
    return Path(given) if given else platformdirs.user_cache_path("timeline") / "server"


def secret_key(folder: Path) -> bytes:
    """The folder's signing key, made on first use, readable by its owner only.

    Written whole to a file of its own and then linked into place, so workers starting
    together agree on one key: whoever links first wins, and no one reads a key half
    written (an O_EXCL create let a second worker read the empty file, take it for a key
    cut short by a crash and replace it, so two workers signed with different keys).
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / _KEY_FILE
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = b""
    if len(key) >= 32:
        return key
    draft = folder / f"{_KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(secrets.token_bytes(32))
    try:
        if key:  # a key cut short by a crash of an older version
            os.replace(draft, path)
        else:
            os.link(draft, path)
    except FileExistsError:
        pass  # another worker's key is in place
    finally:
        draft.unlink(missing_ok=True)
    return path.read_bytes()


def open_cache(folder: Path) -> diskcache.Cache:
    """The shared cache, with whatever has expired since the last start removed."""
    cache = diskcache.Cache(
        str(folder / _CACHE), size_limit=SIZE_LIMIT, eviction_policy="least-recently-used"
    )
    cache.expire()
    return cache


def forget(folder: Path) -> None:
    """Remove every stored timeline and job, and the signing key (all sessions end)."""
    shutil.rmtree(folder / _CACHE, ignore_errors=True)
    (folder / _KEY_FILE).unlink(missing_ok=True)
