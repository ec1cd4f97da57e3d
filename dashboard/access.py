"""An optional login for a team server: HTTP Basic against a file of names and passwords.

Browsers ask for the name and password themselves, so the page needs no login screen.
The file holds one ``name:password`` a line (blank lines and ``#`` comments skipped); the
name is who the reader is. Passwords are compared in constant time, and a malformed
``Authorization`` header is a refusal, never an error.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import stat
from pathlib import Path

import flask


class AuthFileError(ValueError):
    """The auth file cannot be used; the message says why."""


_LOGIN = "TIMELINE_LOGIN"  # the Flask config flag require_login sets


def read_users(path: Path) -> dict[str, str]:
    """name -> password from an auth file; AuthFileError for a missing, open or empty one."""
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise AuthFileError(f"cannot read the auth file {path}: {err}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise AuthFileError(f"the auth file {path} can be read by others: run chmod 600 {path}")
    users: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, password = line.partition(":")
        if not sep or not name.strip() or not password:
            raise AuthFileError(f"{path}, line {number}: expected name:password")
        users[name.strip()] = password
    if not users:
        raise AuthFileError(f"the auth file {path} names nobody")
    return users


def credentials(header: str | None) -> tuple[str, str] | None:
    """(name, password) from a Basic ``Authorization`` header, or None for anything else."""
    scheme, _, encoded = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    name, sep, password = decoded.partition(":")
    return (name, password) if sep else None


def allowed(users: dict[str, str], given: tuple[str, str] | None) -> bool:
    """Whether the name is known and its password matches (compared in constant time)."""
    if given is None:
        return False
    expected = users.get(given[0], "")
    return hmac.compare_digest(expected.encode(), given[1].encode()) and bool(expected)


def require_login(server: flask.Flask, users: dict[str, str]) -> None:
    """Refuse every request without a known name and password (401, so browsers ask)."""
    server.config[_LOGIN] = True

    @server.before_request
    def _check() -> flask.Response | None:
        if allowed(users, credentials(flask.request.headers.get("Authorization"))):
            return None
        return flask.Response(
            "Sign in with a name and password from the server's auth file.\n",
            status=401,
            headers={"WWW-Authenticate": 'Basic realm="timeline", charset="UTF-8"'},
            mimetype="text/plain",
        )


def login_name() -> str | None:
    """The signed-in name of this request, when the server has a login (its edits are
    signed with it); None without one, whatever the request's headers say."""
    if not flask.has_request_context() or not flask.current_app.config.get(_LOGIN):
        return None
    given = credentials(flask.request.headers.get("Authorization"))
    return given[0] if given else None
