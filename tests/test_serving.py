"""Serving for a team: sessions kept apart, headers, limits, login, the production server.

Isolation is checked over HTTP with the real callback endpoint: a timeline filed for one
session is invisible to another browser and to a bare client without cookies.
"""

from __future__ import annotations

import base64
import json
import multiprocessing
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from conftest import build_sample_article, build_sample_frame

import app as app_module
from dashboard import access, create_app, ids, limits, sessions, statedir
from dashboard.datasets import Dataset, save
from timeline.ingest import article_from_text

ROOT = Path(__file__).resolve().parent.parent
SECRET_TEXT = "On Tuesday the committee met in secret to discuss the budget."


def _session_id(app: Any, client: Any) -> str:
    """The session id inside a test client's signed cookie."""
    cookie = client.get_cookie(sessions.COOKIE)
    serializer = app.server.session_interface.get_signing_serializer(app.server)
    return serializer.loads(cookie.value)["sid"]


def _article_pane(client: Any, key: str) -> str:
    """What the article pane's callback sends for a dataset key (the real endpoint)."""
    body = {
        "output": f"{ids.ARTICLE_PANE}.children",
        "outputs": {"id": ids.ARTICLE_PANE, "property": "children"},
        "inputs": [
            {"id": ids.SELECTED, "property": "data", "value": None},
            {"id": ids.DATASET, "property": "data", "value": key},
        ],
        "changedPropIds": [f"{ids.DATASET}.data"],
        "state": [],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.get_data(as_text=True)


@pytest.fixture
def served(tmp_path: Path) -> Any:
    """An app over the sample article, with its own state folder."""
    return create_app(build_sample_frame(), build_sample_article(), state_dir=tmp_path)


def _file_secret(app: Any, folder: Path, owner: str) -> str:
    article = article_from_text(SECRET_TEXT, "2024-05-02T09:00+00:00", title="Budget talks")
    frame = build_sample_frame().iloc[0:0]
    key = "set-owned-by-a"
    save(statedir.open_cache(folder), key, owner, Dataset(frame, {article.doc_id: article}))
    return key


def test_a_timeline_is_seen_only_by_the_session_that_built_it(served, tmp_path) -> None:
    alice, bob, bare = (served.server.test_client() for _ in range(3))
    alice.get("/")
    bob.get("/")
    key = _file_secret(served, tmp_path, _session_id(served, alice))
    assert "met in secret" in _article_pane(alice, key)
    assert "met in secret" not in _article_pane(bob, key)
    bare_reply = _article_pane(bare, key)  # no cookie at all: a session of its own
    assert "met in secret" not in bare_reply
    assert "Corrie Parnell" in bare_reply  # the default article instead


def test_two_sessions_get_different_ids_and_a_forged_cookie_none(served) -> None:
    alice, bob, forger = (served.server.test_client() for _ in range(3))
    alice.get("/")
    bob.get("/")
    assert _session_id(served, alice) != _session_id(served, bob)
    forged = base64.urlsafe_b64encode(json.dumps({"sid": "guess"}).encode()).decode()
    forger.set_cookie(sessions.COOKIE, f"{forged}.AAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAA")
    forger.get("/")
    assert _session_id(served, forger) not in ("guess", "")


def test_a_timeline_survives_a_restart_for_its_session(tmp_path) -> None:
    first = create_app(build_sample_frame(), build_sample_article(), state_dir=tmp_path)
    alice = first.server.test_client()
    alice.get("/")
    key = _file_secret(first, tmp_path, _session_id(first, alice))
    again = create_app(build_sample_frame(), build_sample_article(), state_dir=tmp_path)
    reopened = again.server.test_client()
    reopened.set_cookie(sessions.COOKIE, alice.get_cookie(sessions.COOKIE).value)
    assert "met in secret" in _article_pane(reopened, key)


def test_forget_removes_timelines_and_the_key(tmp_path) -> None:
    key = statedir.secret_key(tmp_path)
    cache = statedir.open_cache(tmp_path)
    cache.set("dataset:x", "text")
    cache.close()
    statedir.forget(tmp_path)
    assert statedir.open_cache(tmp_path).get("dataset:x") is None
    assert statedir.secret_key(tmp_path) != key


def test_secret_key_is_private_and_stable(tmp_path) -> None:
    key = statedir.secret_key(tmp_path)
    assert len(key) == 32
    assert statedir.secret_key(tmp_path) == key
    assert (tmp_path / "secret.key").stat().st_mode & 0o777 == 0o600


def test_every_response_carries_security_headers(served) -> None:
    response = served.server.test_client().get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self' 'sha256-" in policy
    assert "unsafe-eval" not in policy
    assert "http" not in policy  # nothing from anywhere else
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_a_request_over_the_size_limit_is_refused(served) -> None:
    client = served.server.test_client()
    body = b"x" * (limits.REQUEST_BYTES + 1)
    response = client.post(
        "/_dash-update-component", data=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413


# --- login ----------------------------------------------------------------------------------


def _basic(name: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{name}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        (_basic("ana", "correct horse"), 200),
        (_basic("ana", "wrong"), 401),
        (_basic("bo", "correct horse"), 401),
        ({"Authorization": "Bearer abc"}, 401),
        ({"Authorization": "Basic !!!not-base64"}, 401),
        ({"Authorization": "Basic " + base64.b64encode(b"no-colon").decode()}, 401),
        ({"Authorization": "Basic " + base64.b64encode(b"\xff\xfe:x").decode()}, 401),
        ({"Authorization": "Basic"}, 401),
    ],
)
def test_login_lets_in_known_names_only(tmp_path, headers, status) -> None:
    app = create_app(
        build_sample_frame(),
        build_sample_article(),
        state_dir=tmp_path,
        users={"ana": "correct horse"},
    )
    response = app.server.test_client().get("/", headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.headers["WWW-Authenticate"] == 'Basic realm="timeline", charset="UTF-8"'
        assert "Set-Cookie" not in response.headers  # no session before a login


def _auth_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "users"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def test_auth_file_is_read_as_names_and_passwords(tmp_path) -> None:
    path = _auth_file(tmp_path, "# the newsroom\nana:correct horse\n\n bo : p:w:d\n")
    assert access.read_users(path) == {"ana": "correct horse", "bo": " p:w:d"}


@pytest.mark.parametrize(
    ("text", "mode", "message"),
    [
        ("ana:pw\n", 0o644, "can be read by others: run chmod 600"),
        ("ana\n", 0o600, "line 1: expected name:password"),
        ("ana:\n", 0o600, "line 1: expected name:password"),
        ("# nobody\n", 0o600, "names nobody"),
    ],
)
def test_a_bad_auth_file_says_why(tmp_path, text, mode, message) -> None:
    with pytest.raises(access.AuthFileError, match=message):
        access.read_users(_auth_file(tmp_path, text, mode))


def test_a_missing_auth_file_says_so(tmp_path) -> None:
    with pytest.raises(access.AuthFileError, match="cannot read the auth file"):
        access.read_users(tmp_path / "absent")


# --- the production server --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("192.168.1.20", False),
        ("::", False),
        ("example.org", False),
    ],
)
def test_only_loopback_counts_as_local(host, local) -> None:
    assert app_module.is_local(host) is local


def test_binding_beyond_localhost_without_login_warns() -> None:
    assert app_module.exposure_warning("127.0.0.1", 8050, signed_in=False) is None
    assert app_module.exposure_warning("0.0.0.0", 8050, signed_in=True) is None
    assert app_module.exposure_warning("0.0.0.0", 8050, signed_in=False) == (
        "timeline: WARNING: serving on 0.0.0.0:8050 with no login: anyone who can reach it "
        "can read and build timelines here. Give --auth-file FILE (lines of name:password, "
        "chmod 600) to require one."
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(tmp_path: Path, *args: str) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "app.py", "--port", str(port), "--state-dir", str(tmp_path), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/", timeout=30)
            return process, port
        except requests.RequestException:
            time.sleep(0.3)
    process.kill()
    raise AssertionError(process.communicate()[1])


def test_app_py_serves_with_waitress_without_a_banner(tmp_path) -> None:
    process, port = _serve(tmp_path)
    try:
        response = requests.get(f"http://127.0.0.1:{port}/", timeout=10)
        assert response.status_code == 200
        assert "Server" not in response.headers
        assert "Werkzeug" not in response.text
        big = requests.post(
            f"http://127.0.0.1:{port}/_dash-update-component",
            data=b"x" * (limits.REQUEST_BYTES + 1),
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
        assert big.status_code == 413
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
    assert f"timeline: state in {tmp_path}" in err
    assert "WARNING" not in err


def test_app_py_refuses_an_unusable_auth_file(tmp_path) -> None:
    path = _auth_file(tmp_path, "ana:pw\n", 0o644)
    done = subprocess.run(
        [sys.executable, "app.py", "--auth-file", str(path), "--state-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"timeline: the auth file {path} can be read by others: run chmod 600 {path}"
    )


def test_app_server_is_the_flask_app_for_wsgi_servers(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(statedir.ENV, str(tmp_path))
    monkeypatch.delitem(app_module.__dict__, "server", raising=False)
    server = app_module.server
    assert server is app_module.server  # built once
    assert server.test_client().get("/").status_code == 200


def test_gunicorn_workers_share_sessions_and_timelines(tmp_path) -> None:
    """Two worker processes, one state folder: each finds what the other's session built."""
    port = _free_port()
    env = {**os.environ, statedir.ENV: str(tmp_path)}
    command = ["gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}", "app:server"]
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / command[0]), *command[1:]],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        browser = requests.Session()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                browser.get(f"http://127.0.0.1:{port}/", timeout=30)
                break
            except requests.RequestException:  # not listening yet, or workers still starting
                time.sleep(0.5)
        local = create_app(build_sample_frame(), build_sample_article(), state_dir=tmp_path)
        serializer = local.server.session_interface.get_signing_serializer(local.server)
        owner = serializer.loads(browser.cookies[sessions.COOKIE])["sid"]
        key = _file_secret(local, tmp_path, owner)
        stranger = requests.Session()
        for client, seen in ((browser, True), (stranger, False)):
            for _ in range(10):  # requests spread over both workers
                reply = _article_pane(_Http(client, port), key)
                assert ("met in secret" in reply) is seen
    finally:
        process.terminate()
        process.communicate(timeout=30)


class _Http:
    """A requests session dressed as a Flask test client, for ``_article_pane``."""

    def __init__(self, session: requests.Session, port: int) -> None:
        self.session, self.port = session, port

    def post(self, path: str, json: Any) -> Any:
        reply = self.session.post(f"http://127.0.0.1:{self.port}{path}", json=json, timeout=30)
        reply.get_data = lambda as_text=True: reply.text  # type: ignore[attr-defined]
        return reply


def _key_when_all_start(folder: str, start: Any, out: Any) -> None:
    start.wait()
    out.put(statedir.secret_key(Path(folder)))


def test_workers_starting_together_agree_on_one_key(tmp_path) -> None:
    """Processes released together make the key at once: all get the one on disk."""
    forking = multiprocessing.get_context("fork")
    for round_ in range(20):
        folder = tmp_path / str(round_)
        start, out = forking.Barrier(6), forking.Queue()
        workers = [
            forking.Process(target=_key_when_all_start, args=(str(folder), start, out))
            for _ in range(6)
        ]
        for worker in workers:
            worker.start()
        keys = [out.get(timeout=30) for _ in workers]
        for worker in workers:
            worker.join()
        assert {len(key) for key in keys} == {32}
        assert set(keys) == {(folder / "secret.key").read_bytes()}
        assert [path.name for path in folder.iterdir()] == ["secret.key"]
