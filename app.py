"""Run the timeline dashboard: ``python app.py [--host 127.0.0.1] [--port 8050]``.

It is served by waitress, a production WSGI server, never Flask's development server (whose
debugger executes code). For other WSGI servers ``app:server`` is the Flask app, configured
from the environment: ``TIMELINE_STATE_DIR``, ``TIMELINE_AUTH_FILE``,
``TIMELINE_SECURE_COOKIES=1``, ``TIMELINE_DB``, ``TIMELINE_DATASET``; e.g. ``gunicorn
--workers 2 --threads 8 app:server``. ``--dataset DATASET`` (``TIMELINE_DATASET``) shows a
news archive made by ``python -m timeline corpus``, read-only, instead of the store.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path
from typing import Any

import flask
import waitress

from dashboard import access, create_app, limits, statedir
from timeline.ingest import InputError
from timeline.store.database import StoreError, default_path, shown

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
#: open connections waitress serves at once; a browser keeps up to six, so waitress's
#: default of 100 made the 18th reader wait for a free one.
CONNECTIONS = 1000
#: the environment variable naming the store for WSGI servers (``--db`` for app.py).
DB_ENV = "TIMELINE_DB"
#: the environment variable naming a news archive to show (``--dataset`` for app.py).
DATASET_ENV = "TIMELINE_DATASET"
#: the exit code for a --dataset that is no dataset (as for any other bad argument).
BAD_ARGUMENT = 2


def is_local(host: str) -> bool:
    """Whether only this machine can reach ``host`` (a loopback name or address)."""
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, port: int, signed_in: bool) -> str | None:
    """What to tell whoever starts a server that other machines can reach without a login."""
    if signed_in or is_local(host):
        return None
    return (
        f"timeline: WARNING: serving on {host}:{port} with no login: anyone who can reach it "
        "can read and build timelines here. Give --auth-file FILE (lines of name:password, "
        "chmod 600) to require one."
    )


def build(
    auth_file: str | None,
    state_dir: str | None,
    secure: bool,
    db: str | None = None,
    dataset: str | None = None,
) -> flask.Flask:
    """The dashboard's Flask server, for waitress here or any WSGI server; it shows and
    curates the store at ``db`` (default: ``timeline.store.database.default_path()``), or
    shows the news archive ``dataset`` read-only (no store then)."""
    users = access.read_users(Path(auth_file)) if auth_file else None
    if dataset:
        app = create_app(state_dir=state_dir, users=users, secure_cookies=secure, archive=dataset)
    else:
        store = db or str(default_path())
        app = create_app(state_dir=state_dir, users=users, secure_cookies=secure, store=store)
    server: flask.Flask = app.server  # Dash types its Flask server as Any
    return server


def __getattr__(name: str) -> Any:
    """``app.server`` for WSGI servers, built on first use from the environment."""
    if name != "server":
        raise AttributeError(name)
    server = build(
        os.environ.get("TIMELINE_AUTH_FILE"),
        os.environ.get(statedir.ENV),
        os.environ.get("TIMELINE_SECURE_COOKIES") == "1",
        os.environ.get(DB_ENV),
        os.environ.get(DATASET_ENV),
    )
    globals()["server"] = server
    return server


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the timeline dashboard.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8050, help="port to listen on (default 8050)")
    parser.add_argument("--threads", type=int, default=8, help="request threads (default 8)")
    parser.add_argument(
        "--auth-file", help="require a login: a file of name:password lines, chmod 600"
    )
    parser.add_argument(
        "--state-dir",
        help=f"folder for built timelines and the cookie key (default {statedir.default_folder()})",
    )
    parser.add_argument(
        "--secure-cookies", action="store_true", help="HTTPS-only cookies, behind a TLS proxy"
    )
    parser.add_argument(
        "--db",
        default=os.environ.get(DB_ENV),
        help=f"the store of projects and edits: a file or database URL (default {default_path()})",
    )
    parser.add_argument(
        "--dataset",
        default=os.environ.get(DATASET_ENV),
        metavar="DATASET",
        help="show a news archive made by `python -m timeline corpus`, read-only",
    )
    parser.add_argument(
        "--forget", action="store_true", help="delete every stored timeline and session, and exit"
    )
    args = parser.parse_args(argv)
    folder = Path(args.state_dir) if args.state_dir else statedir.default_folder()
    if args.forget:
        statedir.forget(folder)
        print(f"timeline: removed the stored timelines in {folder}")
        return
    try:
        server = build(args.auth_file, str(folder), args.secure_cookies, args.db, args.dataset)
    except InputError as err:  # a --dataset that is no dataset
        print(f"timeline: {err}", file=sys.stderr)
        sys.exit(BAD_ARGUMENT)
    except (access.AuthFileError, StoreError) as err:
        sys.exit(f"timeline: {err}")
    warning = exposure_warning(args.host, args.port, bool(args.auth_file))
    if warning:
        print(warning, file=sys.stderr)
    print(f"timeline: state in {folder}", file=sys.stderr)
    if args.dataset:
        print(f"timeline: showing the news archive {args.dataset}, read-only", file=sys.stderr)
    else:
        store = shown(args.db or default_path())
        print(f"timeline: projects and edits in {store}", file=sys.stderr)
    print(f"timeline: serving on http://{args.host}:{args.port}/", file=sys.stderr)
    waitress.serve(
        server,
        host=args.host,
        port=args.port,
        threads=args.threads,
        ident="",  # no Server header: nothing to fingerprint
        connection_limit=CONNECTIONS,
        max_request_body_size=limits.REQUEST_BYTES,  # refused before it is read
    )


if __name__ == "__main__":
    main()
