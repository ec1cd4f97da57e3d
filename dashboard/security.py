"""Response headers and request limits for a server others can reach.

The Content-Security-Policy is the strictest Dash and Plotly run under: scripts only from
the server itself plus the hashes of Dash's own inline scripts (``Dash.csp_hashes``);
inline styles, because Plotly and React set them; ``data:`` and ``blob:`` images, because
Plotly's snapshots and ``dcc.Download`` use them. No ``eval``: Plotly's WebGL charts (over
1,000 events) run without it. Nothing is loaded from anywhere else.
"""

from __future__ import annotations

import dash
from flask_talisman import Talisman

from dashboard import limits


def policy(app: dash.Dash) -> dict[str, str | list[str]]:
    """The Content-Security-Policy for ``app``, after all its callbacks are registered."""
    return {
        "default-src": "'self'",
        "script-src": ["'self'", *app.csp_hashes()],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": "'self'",
        "worker-src": ["'self'", "blob:"],
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }


def protect(app: dash.Dash, secure_cookies: bool = False) -> None:
    """Security headers on every response and a cap on request bodies (413 beyond it).

    ``secure_cookies`` is for a server behind HTTPS; plain HTTP on a LAN must not set it,
    or browsers drop the session cookie.
    """
    app.server.config["MAX_CONTENT_LENGTH"] = limits.REQUEST_BYTES
    Talisman(
        app.server,
        force_https=False,
        strict_transport_security=secure_cookies,
        frame_options="DENY",
        content_security_policy=policy(app),
        referrer_policy="same-origin",
        session_cookie_secure=secure_cookies,
        session_cookie_samesite="Lax",
        x_content_type_options=True,
    )
