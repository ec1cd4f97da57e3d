"""Load: simulated readers on the production server's real callback endpoints.

``python -m benchmarks.load [--sessions 50] [--seconds 60] [--think 1 3] [--threads N]
[--workers N]`` starts ``app.py`` (or, with ``--workers`` 2 or more, gunicorn) on a free
port (its own state folder, the default article) and lets ``--sessions`` readers use it
for ``--seconds``. Each reader is a thread with its own cookie jar (the server's signed
session cookie comes back on every request) that opens the page (``GET /``,
``/_dash-layout``, ``/_dash-dependencies``; the fingerprinted JS bundles a browser keeps in
its cache are not fetched), then acts every 1-3 s of think time.

Each action sends exactly the ``POST /_dash-update-component`` requests Dash's renderer
sends for it, built from the server's own ``/_dash-dependencies`` (the payload is
``{output, outputs, inputs, changedPropIds, state}`` with the props the page holds), and
what the responses change fires the callbacks that depend on it, as in the browser: a new
selection redraws the chart, details and article; the grid re-asks for rows after a filter.
The sequences were checked against Chromium driving the page. Requests of one step go out
together on up to six connections (``--connections``), like a browser's.

Actions come from one shared, shuffled deck (``DECK``: one of each kind first, then every
kind in its exact share, reshuffled when used up): filters, search, lane/layout/axis/zone
switches, zooms (range buttons, drags, double-clicks), selections (chart clicks,
Previous/Next, table rows), table sorts, clearing the filters, reopening the page, data
exports and, rarely, image exports.

Prints per callback and overall: requests, requests/s, p50/p95/p99 latency (ms, measured by
the client from send to last byte), errors (a status other than 200 or 204, a body without
a Dash response, or no answer), and the CPU the server process and the client used.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import psutil
import requests
from requests.adapters import HTTPAdapter

from dashboard import ids

ROOT = Path(__file__).resolve().parent.parent
#: the chart's width as Chromium measured it at common window sizes (1920, 1536, 1440,
#: 1366, 1280 and 1024 px wide; phones 412, 390, 360), desktops more often.
WIDTHS = (1067, 1067, 1067, 1067, 1011, 955, 955, 891, 647, 349, 327, 327, 297)
#: what readers do, and how often (cards in the deck).
DECK = {
    "filter": 12,
    "search": 8,
    "option": 10,
    "zone": 3,
    "zoom_button": 6,
    "zoom_drag": 2,
    "zoom_reset": 2,
    "click": 8,
    "step": 10,
    "row": 4,
    "sort": 3,
    "clear": 4,
    "reopen": 2,
    "export_data": 3,
    "export_image": 1,
}
#: callback name by its first output.
NAMES = {
    f"{ids.URL}.search": "sync_url",
    f"{ids.FIGURE}.data": "draw",
    f"{ids.WINDOW}.data": "keep_window",
    f"{ids.COUNT}.children": "describe",
    f"{ids.GRID}.getRowsResponse": "table_rows",
    f"{ids.SELECTED}.data": "select_event",
    f"{ids.DETAILS}.children": "show_details",
    f"{ids.ARTICLE_PANE}.children": "show_article",
    f"{ids.DOWNLOAD_IMAGE}.data": "export_chart",
    f"{ids.DOWNLOAD_DATA}.data": "export_data",
    f"{ids.EDIT_FIELDS['title']}.value": "fill_editor",
    f"{ids.DRAFT_STATUS}.children": "draft_status",
    f"{ids.PROJECT}.options": "project_options",
    f"{ids.ARTICLE_LIST}.children": "list_articles",
}
EXPORTS = ("export_chart", "export_data")
PAGE = ("GET /", "GET /_dash-layout", "GET /_dash-dependencies")
#: connections a browser opens to one host (HTTP/1.1), so at most this many requests at once.
CONNECTIONS = 6
GROUPS = ("interactive callbacks", "exports", "page loads", "all requests")
#: props whose change makes the grid drop its rows and ask again (assets/keys.js).
_PURGE = {f"{c}.value" for c in ids.FILTER_INPUTS.values()} | {
    f"{ids.ZONE}.value",
    f"{ids.VIEWER_ZONE}.data",
    f"{ids.DATASET}.data",
}
_FIRST_ROWS = {
    "startRow": 0,
    "endRow": 100,
    "sortModel": [{"sort": "asc", "colId": "when"}],
    "filterModel": {},
}
_SORTS = ("when", "title", "kind", "actors", "source")
_VIEWER_ZONES = ("Europe/London", "America/New_York", "Pacific/Auckland", "Asia/Tokyo", "UTC")
_WORDS = re.compile(r"[A-Za-z]{4,}")


@dataclass
class Log:
    """Every request's callback name, latency and outcome, from every reader thread."""

    rows: list[tuple[str, float, bool]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, ms: float, ok: bool) -> None:
        with self.lock:
            self.rows.append((name, ms, ok))


class Deck:
    """Actions dealt from a shuffled deck shared by all readers, so the mix is exact; the
    first few deals are one of each kind, so even a short run does everything once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.cards, self.lock = rng, list(DECK), threading.Lock()
        rng.shuffle(self.cards)

    def deal(self) -> str:
        with self.lock:
            if not self.cards:
                self.cards = [name for name, n in DECK.items() for _ in range(n)]
                self.rng.shuffle(self.cards)
            return self.cards.pop()


class Reader:
    """One browser tab: its cookies, the props its page holds, and Dash's renderer rules."""

    def __init__(
        self,
        base: str,
        log: Log,
        pool: ThreadPoolExecutor,
        rng: random.Random,
        connections: int = CONNECTIONS,
    ) -> None:
        self.base, self.log, self.pool, self.rng = base, log, pool, rng
        self.http = requests.Session()
        self.http.mount("http://", HTTPAdapter(pool_maxsize=connections, pool_block=True))
        self.props: dict[str, Any] = {}
        self.deps: dict[str, dict[str, Any]] = {}
        self.end_id = ""
        self.width = rng.choice(WIDTHS)
        self.viewer = rng.choice(_VIEWER_ZONES)

    # --- the page -------------------------------------------------------------------------

    def open(self, query: str = "") -> None:
        """What loading the page sends: the page, its layout and callbacks, then the
        callbacks the renderer fires on load (once the browser has measured the chart)."""
        page = self._get("/" + query, "GET /")
        config = re.search(r'<script id="_dash-config"[^>]*>(.*?)</script>', page.text, re.S)
        self.end_id = orjson.loads(config.group(1)).get("end_id", "") if config else ""
        self.props = {}
        _walk(orjson.loads(self._get("/_dash-layout", "GET /_dash-layout").content), self.props)
        deps = orjson.loads(self._get("/_dash-dependencies", "GET /_dash-dependencies").content)
        self.deps = {d["output"]: d for d in deps if not d.get("clientside_function")}
        self.props |= {
            f"{ids.URL}.search": query,
            f"{ids.VIEWER_ZONE}.data": self.viewer,
            f"{ids.GRAPH_WIDTH}.data": self.width,
            f"{ids.GRID}.getRowsRequest": dict(_FIRST_ROWS),
        }
        measured = [f"{ids.VIEWER_ZONE}.data", f"{ids.GRAPH_WIDTH}.data"]
        first = [(o, d) for o, d in self.deps.items() if not d.get("prevent_initial_call")]
        calls = [
            (
                o,
                [p for p in measured if p in _inputs(d)]
                or ([f"{ids.URL}.search"] if f"{ids.URL}.search" in _inputs(d) else []),
            )
            for o, d in first
        ]
        calls.append((self._output(ids.GRID, "getRowsResponse"), [f"{ids.GRID}.getRowsRequest"]))
        self._run(calls)

    def change(self, values: dict[str, Any]) -> None:
        """The reader changes props in the page: fire what depends on them, then on what
        those callbacks change, until nothing more fires."""
        self.props |= values
        self._run(self._triggered(set(values), source=None))

    def _triggered(self, changed: set[str], source: str | None) -> list[tuple[str, list[str]]]:
        if changed & _PURGE:
            self.props[f"{ids.GRID}.getRowsRequest"] = dict(
                self.props.get(f"{ids.GRID}.getRowsRequest") or _FIRST_ROWS
            )
            changed = changed | {f"{ids.GRID}.getRowsRequest"}
        return [
            (out, sorted(changed & set(_inputs(dep))))
            for out, dep in self.deps.items()
            if out != source and changed & set(_inputs(dep))
        ]

    def _run(self, calls: list[tuple[str, list[str]]]) -> None:
        """Steps of requests sent together; each step's answers fire the next step (a
        callback never fires on what it set itself, only on what a component reported)."""
        while calls:
            answers = self.pool.map(lambda call: (call[0], *self._call(*call)), calls)
            following: dict[str, set[str]] = {}
            for source, changed, reported in answers:
                for out, why in self._triggered(changed, source) + self._triggered(reported, None):
                    following.setdefault(out, set()).update(why)
            calls = [(out, sorted(why)) for out, why in following.items()]

    def _call(self, output: str, changed: list[str]) -> tuple[set[str], set[str]]:
        """One POST /_dash-update-component: the props its response set, and those the
        grid reported in turn."""
        dep = self.deps[output]
        outs = [_split(o) for o in _outputs(output)]
        body = {
            "output": output,
            "outputs": [{"id": i, "property": p} for i, p in outs]
            if output.startswith("..")
            else {"id": outs[0][0], "property": outs[0][1]},
            "inputs": [self._value(x) for x in dep["inputs"]],
            "changedPropIds": changed,
            "parsedChangedPropsIds": changed,
        }
        if dep.get("state"):
            body["state"] = [self._value(x) for x in dep["state"]]
        name = NAMES.get(_outputs(output)[0], output)
        t0 = time.perf_counter()
        try:
            reply = self.http.post(
                f"{self.base}/_dash-update-component",
                params={"endId": self.end_id},
                data=orjson.dumps(body),
                headers={"Content-Type": "application/json"},
                timeout=60,
            )
            content = reply.content
        except requests.RequestException:
            self.log.add(name, (time.perf_counter() - t0) * 1000, False)
            return set(), set()
        ms = (time.perf_counter() - t0) * 1000
        if reply.status_code == 204:  # PreventUpdate: nothing to change
            self.log.add(name, ms, True)
            return set(), set()
        try:
            response = orjson.loads(content)["response"] if reply.status_code == 200 else None
        except (orjson.JSONDecodeError, KeyError, TypeError):
            response = None
        self.log.add(name, ms, isinstance(response, dict))
        changed: set[str] = set()
        for cid, props in (response or {}).items():
            for prop, value in props.items():
                self.props[f"{cid}.{prop}"] = value
                changed.add(f"{cid}.{prop}")
        return changed, self._grid_reports(changed)

    def _grid_reports(self, changed: set[str]) -> set[str]:
        """AG Grid answers a callback's ``selectedRows: {ids: [...]}`` with the row objects
        it selected, which is a change the renderer sends on."""
        key = f"{ids.GRID}.selectedRows"
        chosen = self.props.get(key) if key in changed else None
        if not isinstance(chosen, dict):
            return set()
        rows = [r for r in self._rows() if r.get("event_id") in chosen.get("ids", [])]
        self.props[key] = rows
        return {key} if rows else set()

    def _value(self, spec: dict[str, Any]) -> dict[str, Any]:
        value = self.props.get(f"{spec['id']}.{spec['property']}")
        return {**spec} if value is None else {**spec, "value": value}

    def _output(self, cid: str, prop: str) -> str:
        return next(o for o in self.deps if f"{cid}.{prop}" in _outputs(o))

    def _get(self, path: str, name: str) -> requests.Response:
        t0 = time.perf_counter()
        try:
            reply = self.http.get(self.base + path, timeout=60)
        except requests.RequestException:
            self.log.add(name, (time.perf_counter() - t0) * 1000, False)
            raise
        self.log.add(name, (time.perf_counter() - t0) * 1000, reply.status_code == 200)
        return reply

    def _rows(self) -> list[dict[str, Any]]:
        return (self.props.get(f"{ids.GRID}.getRowsResponse") or {}).get("rowData") or []

    def _figure(self) -> dict[str, Any]:
        return self.props.get(f"{ids.FIGURE}.data") or {}

    # --- what a reader does ---------------------------------------------------------------

    def act(self, action: str) -> None:
        getattr(self, f"_{action}")()

    def _filter(self) -> None:
        key = self.rng.choice(["kind", "kind", "actor", "source", "doc", "since", "until"])
        cid = ids.FILTER_INPUTS[key]
        if key in ("since", "until"):
            days = sorted({r["when"][:10] for r in self._rows()}) or ["2022-02-14"]
            self.change({f"{cid}.value": self.rng.choice(days)})
            return
        options = [
            o["value"] if isinstance(o, dict) else o for o in self.props.get(f"{cid}.options") or []
        ]
        chosen = self.props.get(f"{cid}.value") or []
        picks = self.rng.sample(options, k=min(len(options), self.rng.choice([1, 1, 2])))
        self.change({f"{cid}.value": [] if chosen and self.rng.random() < 0.3 else picks})

    def _search(self) -> None:
        words = [w.lower() for r in self._rows() for w in _WORDS.findall(r.get("title", ""))]
        word = self.rng.choice(words or ["police"]) if self.rng.random() < 0.8 else ""
        self.change({f"{ids.SEARCH}.value": word})

    def _option(self) -> None:
        cid = self.rng.choice([ids.LANE, ids.LAYOUT, ids.AXIS])
        options = [
            o["value"] if isinstance(o, dict) else o for o in self.props.get(f"{cid}.options") or []
        ]
        self.change({f"{cid}.value": self.rng.choice(options)})

    def _zone(self) -> None:
        self.change({f"{ids.ZONE}.value": self.rng.choice(["article", "UTC", "viewer"])})

    def _zoom_button(self) -> None:
        menus = self._figure().get("layout", {}).get("updatemenus") or [{}]
        buttons = menus[0].get("buttons") or []
        if not buttons:
            return self._zoom_reset()
        self._relayout(self.rng.choice(buttons)["args"][0])

    def _zoom_drag(self) -> None:
        ends = self._figure().get("layout", {}).get("xaxis", {}).get("range")
        if not ends or not all(isinstance(v, str) for v in ends):
            return self._zoom_reset()
        lo, hi = (np.datetime64(v.replace(" ", "T"), "ms") for v in ends)
        a, b = sorted(self.rng.uniform(0, 1) for _ in range(2))
        b = max(b, a + 0.05)
        picked = [str(lo + (hi - lo) * t).replace("T", " ")[:23] for t in (a, b)]
        self._relayout({"xaxis.range[0]": picked[0], "xaxis.range[1]": picked[1]})

    def _zoom_reset(self) -> None:
        self._relayout({"xaxis.autorange": True})

    def _relayout(self, data: dict[str, Any]) -> None:
        self.change({f"{ids.GRAPH}.relayoutData": data})

    def _click(self) -> None:
        traces = [
            (n, t)
            for n, t in enumerate(self._figure().get("data", []))
            if t.get("customdata") is not None and "unselected" in t
        ]
        if not traces:
            return self._step()
        number, trace = self.rng.choice(traces)
        i = self.rng.randrange(len(trace["customdata"]))
        point = {
            "curveNumber": number,
            "pointNumber": i,
            "pointIndex": i,
            "x": _at(trace.get("base") or trace.get("x"), i),
            "y": _at(trace.get("y"), i),
            "customdata": trace["customdata"][i],
        }
        self.change({f"{ids.GRAPH}.clickData": {"points": [point]}})

    def _step(self) -> None:
        cid = self.rng.choice([ids.NEXT, ids.NEXT, ids.PREV])
        self.change({f"{cid}.n_clicks": (self.props.get(f"{cid}.n_clicks") or 0) + 1})

    def _row(self) -> None:
        rows = self._rows()
        if not rows:
            return self._step()
        self.change({f"{ids.GRID}.selectedRows": [self.rng.choice(rows)]})

    def _sort(self) -> None:
        order = [{"sort": self.rng.choice(["asc", "desc"]), "colId": self.rng.choice(_SORTS)}]
        self.change({f"{ids.GRID}.getRowsRequest": _FIRST_ROWS | {"sortModel": order}})

    def _clear(self) -> None:
        n = (self.props.get(f"{ids.CLEAR_FILTERS}.n_clicks") or 0) + 1
        self.change({f"{ids.CLEAR_FILTERS}.n_clicks": n})

    def _reopen(self) -> None:
        self.open(self.props.get(f"{ids.URL}.search") or "")

    def _export_data(self) -> None:
        self._press(self.rng.choice(list(ids.DATA_BUTTONS)))

    def _export_image(self) -> None:
        self._press(self.rng.choice(list(ids.IMAGE_BUTTONS)))

    def _press(self, cid: str) -> None:
        self.change({f"{cid}.n_clicks": (self.props.get(f"{cid}.n_clicks") or 0) + 1})


def _walk(node: Any, props: dict[str, Any]) -> None:
    """Every prop of every component with an id in a layout tree."""
    if isinstance(node, list):
        for child in node:
            _walk(child, props)
    elif isinstance(node, dict):
        if "props" in node and "type" in node:
            cid = node["props"].get("id")
            for prop, value in node["props"].items():
                if isinstance(cid, str):
                    props[f"{cid}.{prop}"] = value
                _walk(value, props)
        else:
            for value in node.values():
                _walk(value, props)


def _outputs(output: str) -> list[str]:
    return output.strip(".").split("...") if output.startswith("..") else [output]


def _split(output: str) -> tuple[str, str]:
    cid, prop = output.rsplit(".", 1)
    return cid, prop


def _inputs(dep: dict[str, Any]) -> list[str]:
    return [f"{x['id']}.{x['property']}" for x in dep["inputs"] if isinstance(x["id"], str)]


def _at(values: Any, i: int) -> Any:
    return values[i] if isinstance(values, list) and i < len(values) else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    port: int, state: str, threads: int | None, workers: int = 1, options: tuple[str, ...] = ()
) -> subprocess.Popen:
    """``app.py`` (waitress, one process, given ``options`` too) or, for ``workers`` > 1,
    gunicorn with that many worker processes on ``app:server``, as in production; returns
    once it answers."""
    if workers > 1:
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        command = [gunicorn, "--workers", str(workers), "--threads", str(threads or 8)]
        command += ["--keep-alive", "75"]  # idle connections outlive a reader's pause
        command += ["--bind", f"127.0.0.1:{port}", "app:server"]
    else:
        command = [sys.executable, str(ROOT / "app.py"), "--host", "127.0.0.1"]
        command += ["--port", str(port), "--state-dir", state]
        command += ["--threads", str(threads)] if threads else []
        command += list(options)
    server = subprocess.Popen(
        command,
        cwd=ROOT,
        env={  # its own state folder and store: never the user's
            **os.environ,
            "TIMELINE_STATE_DIR": state,
            "TIMELINE_DB": str(Path(state) / "timeline.db"),
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/_dash-layout", timeout=5).ok:
                return server
        except requests.RequestException:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not answer within 120 s")


def _reader(
    base: str,
    log: Log,
    pool: ThreadPoolExecutor,
    deck: Deck,
    seed: int,
    think: tuple[float, float],
    stop: float,
    connections: int,
) -> None:
    rng = random.Random(seed)
    time.sleep(rng.uniform(0, think[1]))  # readers arrive over the first few seconds
    reader = Reader(base, log, pool, rng, connections)
    try:
        reader.open()
        while time.monotonic() < stop:
            time.sleep(rng.uniform(*think))
            if time.monotonic() >= stop:
                break
            reader.act(deck.deal())
    except requests.RequestException:
        pass  # already logged as an error; this reader leaves


def run(
    sessions: int,
    seconds: float,
    think: tuple[float, float],
    threads: int | None = None,
    seed: int = 0,
    connections: int = CONNECTIONS,
    workers: int = 1,
) -> dict[str, Any]:
    """Start the server, run the readers, stop the server; the log and CPU times."""
    with tempfile.TemporaryDirectory() as state:
        port = free_port()
        server = start_server(port, state, threads, workers)
        try:
            process = psutil.Process(server.pid)
            log, deck = Log(), Deck(random.Random(seed))
            base = f"http://127.0.0.1:{port}"
            stop = time.monotonic() + seconds
            server_cpu, client_cpu = _cpu(process), time.process_time()
            t0 = time.monotonic()
            with ThreadPoolExecutor(max_workers=sessions * connections) as pool:
                readers = [
                    threading.Thread(
                        target=_reader,
                        daemon=True,
                        args=(base, log, pool, deck, seed * 100_003 + n, think, stop, connections),
                    )
                    for n in range(sessions)
                ]
                for t in readers:
                    t.start()
                for t in readers:
                    t.join()
            wall = time.monotonic() - t0
            server_cpu, client_cpu = _cpu(process) - server_cpu, time.process_time() - client_cpu
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {
        "rows": log.rows,
        "wall": wall,
        "server_cpu": server_cpu,
        "client_cpu": client_cpu,
        "sessions": sessions,
    }


def _cpu(process: psutil.Process) -> float:
    """CPU seconds of the server and the processes it runs (kaleido's Chromium)."""
    total = sum(process.cpu_times()[:2])
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.Error):  # it ended meanwhile
            total += sum(child.cpu_times()[:2])
    return total


def summary(rows: list[tuple[str, float, bool]], wall: float) -> list[dict[str, Any]]:
    """One line per callback, then interactive callbacks, exports, page loads and all."""
    groups: dict[str, list[tuple[float, bool]]] = {}
    for name, ms, ok in rows:
        groups.setdefault(name, []).append((ms, ok))
    lines = [_line(name, groups[name], wall) for name in sorted(groups, key=_order)]
    interactive = [r for n, r in groups.items() if n not in EXPORTS and n not in PAGE]
    exports = [r for n, r in groups.items() if n in EXPORTS]
    pages = [r for n, r in groups.items() if n in PAGE]
    every = list(groups.values())
    for label, parts in zip(GROUPS, (interactive, exports, pages, every), strict=True):
        lines.append(_line(label, [x for part in parts for x in part], wall))
    return lines


def _order(name: str) -> tuple[int, str]:
    return (2 if name in PAGE else 1 if name in EXPORTS else 0, name)


def _line(name: str, rows: list[tuple[float, bool]], wall: float) -> dict[str, Any]:
    ms = np.array([m for m, _ in rows]) if rows else np.zeros(1)
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    return {
        "name": name,
        "requests": len(rows),
        "per_s": len(rows) / wall,
        "p50": p50,
        "p95": p95,
        "p99": p99,
        "errors": sum(not ok for _, ok in rows),
    }


def table(result: dict[str, Any]) -> str:
    head = "| callback | requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors |"
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|"]
    for r in summary(result["rows"], result["wall"]):
        name = f"**{r['name']}**" if r["name"] in GROUPS else f"`{r['name']}`"
        lines.append(
            f"| {name} | {r['requests']:,} | {r['per_s']:.1f} | {r['p50']:.0f} | "
            f"{r['p95']:.0f} | {r['p99']:.0f} | {r['errors']} |"
        )
    wall = result["wall"]
    lines.append("")
    lines.append(
        f"{result['sessions']} sessions, {wall:.0f} s; CPU (cores, averaged): server "
        f"{result['server_cpu'] / wall:.2f}, load client "
        f"{result['client_cpu'] / wall:.2f}; {os.cpu_count()} cores."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=(1.0, 3.0),
        metavar=("MIN", "MAX"),
        help="seconds between a reader's actions",
    )
    parser.add_argument("--threads", type=int, help="server threads (app.py --threads)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--connections", type=int, default=CONNECTIONS, help="connections per reader (6)"
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="gunicorn worker processes (1: app.py, waitress)"
    )
    args = parser.parse_args(argv)
    think = tuple(args.think)
    result = run(
        args.sessions, args.seconds, think, args.threads, args.seed, args.connections, args.workers
    )
    print(table(result))


if __name__ == "__main__":
    main()
