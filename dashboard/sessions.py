"""Who is asking: one random session id per browser, in a signed cookie.

Everything a reader builds is filed under their session id, a server-side secret the
browser cannot forge (the cookie is signed with the state folder's key) and nobody else can
compute (it is random, not a hash of the text). A bare HTTP client gets a session of its own
and so sees only the default article.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

import flask

COOKIE = "timeline_session"
_FIELD = "sid"
#: how long a browser keeps its session (and so its built timelines) without a visit.
LIFETIME = timedelta(days=7)


def install(server: flask.Flask, secret: bytes, secure: bool = False) -> None:
    """Sign session cookies with ``secret`` (shared by every worker) and give each new
    browser its id on its first request.

    ``secure`` marks the cookie HTTPS-only, for a server behind TLS.
    """
    server.secret_key = secret
    server.permanent_session_lifetime = LIFETIME
    server.config.update(
        SESSION_COOKIE_NAME=COOKIE,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure,
        SESSION_REFRESH_EACH_REQUEST=False,
    )

    @server.before_request
    def _ensure_session() -> None:
        if not isinstance(flask.session.get(_FIELD), str):
            flask.session[_FIELD] = secrets.token_urlsafe(18)
            flask.session.permanent = True


def current() -> str:
    """This request's session id; '' outside a request (a worker process, a test)."""
    if not flask.has_request_context():
        return ""
    value = flask.session.get(_FIELD)
    return value if isinstance(value, str) else ""
