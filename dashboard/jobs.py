"""Bounded build jobs: a queue in the shared cache, each running build a process of its own.

Extraction can take a minute, so builds leave the request: the page submits a job and polls
it. Job state lives in the server's shared diskcache, so any thread or worker process of one
server can answer a poll, and scheduling is one cache transaction, so the server as a whole
runs at most ``running`` builds and queues at most ``queued`` more (first come, first
served). A build is a separate OS process (forkserver: forking a threaded web server is
unsafe) so it can be killed: when it runs over its time, is cancelled, or its page stops
polling. Every web process runs the same supervision step on each poll and from a daemon
thread, and reaps the processes it started.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.forkserver
import os
import secrets
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, NamedTuple

import diskcache
import psutil

from dashboard import datasets, limits
from dashboard.datasets import Dataset
from timeline.ingest import Article

QUEUED, RUNNING, DONE = "queued", "running", "done"
FAILED, CANCELLED, TIMED_OUT, ABANDONED = "failed", "cancelled", "timed_out", "abandoned"
PENDING = (QUEUED, RUNNING)
#: how long a finished job's record answers polls.
RECORD_SECONDS = 3600
#: seconds between supervision steps of a web process's thread.
TICK = 0.5
_log = logging.getLogger(__name__)
_ACTIVE = "jobs:active"  # ids of queued and running jobs, oldest first
#: modules the forkserver imports once, so each build process starts without importing them.
PRELOAD = ["dashboard.jobs", "timeline.pipeline"]


class Filed(NamedTuple):
    """What a build that filed its articles itself (in a store) hands the page: the key
    to show, and how many events that timeline has."""

    key: str
    events: int


Build = Callable[[list[Article], Callable[[int, int], None]], "Dataset | Filed"]


class JobRefused(Exception):
    """A job the server will not take; the message says why, for the reader."""


@dataclass(frozen=True)
class Status:
    """What a poll tells the page about one job."""

    state: str
    position: int = 0  # place in the queue (1 is next), 0 when not queued
    waiting: int = 0  # jobs in the queue
    done: int = 0  # articles extracted
    total: int = 0
    key: str | None = None  # the built dataset's key, when done
    events: int = 0
    message: str = ""


class Jobs:
    """The server's build queue, kept in ``cache``; ``build`` is run in each job's process
    (a module-level function, so the process can import it)."""

    def __init__(
        self,
        cache: diskcache.Cache,
        build: Build = datasets.build,
        *,
        running: int = limits.RUNNING_JOBS,
        queued: int = limits.QUEUED_JOBS,
        seconds: float = limits.JOB_SECONDS,
        abandoned: float = limits.ABANDONED_SECONDS,
    ) -> None:
        self.cache = cache
        self.build = build
        self.running, self.queued = running, queued
        self.seconds, self.abandoned = seconds, abandoned
        self._context = multiprocessing.get_context("forkserver")
        self._children: dict[str, BaseProcess] = {}  # the job processes this process started
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ready = threading.Event()  # the forkserver has started
        self._supervised = 0.0  # when this process last supervised (monotonic)
        self._thread: threading.Thread | None = None
        self._thread_pid = 0

    # --- what the page asks -------------------------------------------------------------

    def submit(self, articles: list[Article], owner: str, build: Build | None = None) -> str:
        """Queue a build of ``articles`` for ``owner``'s session; its job id. JobRefused
        when the queue is full. ``build`` (picklable) replaces the queue's own for this job
        (a build that adds the articles to a store project)."""
        if not owner:
            raise ValueError("a job needs its owner's session")
        self._ensure_thread()
        job_id = "job-" + secrets.token_urlsafe(16)
        now = time.time()
        record = {
            "id": job_id,
            "owner": owner,
            "status": QUEUED,
            "created": now,
            "started": None,
            "pid": None,
            "pid_created": None,
            "key": None,
            "events": 0,
            "message": "",
            "total": len(articles),
        }
        self.cache.set(_input(job_id), articles, expire=RECORD_SECONDS)
        if build is not None:
            self.cache.set(_builder(job_id), build, expire=RECORD_SECONDS)
        self.cache.set(_polled(job_id), now, expire=RECORD_SECONDS)
        with self.cache.transact():
            active = self.cache.get(_ACTIVE, [])
            waiting = sum(1 for i in active if (self._record(i) or {}).get("status") == QUEUED)
            if waiting >= self.queued:
                self.cache.delete(_input(job_id))
                raise JobRefused(
                    f"The server is busy: {waiting} builds are waiting already. "
                    "Try again in a few minutes."
                )
            self.cache.set(_record_key(job_id), record, expire=RECORD_SECONDS)
            self.cache.set(_ACTIVE, [*active, job_id])
        self.supervise()
        return job_id

    def poll(self, job_id: str | None, owner: str) -> Status | None:
        """The job's state for its owner (None for anyone else, or an unknown job); each
        poll tells the server the page is still there."""
        record = self._owned(job_id, owner)
        if record is None:
            return None
        self._ensure_thread()
        if record["status"] in PENDING:
            self.cache.set(_polled(record["id"]), time.time(), expire=RECORD_SECONDS)
            if time.monotonic() - self._supervised > TICK / 2:  # many pages poll at once
                self.supervise()
        return self._status(record["id"])

    def cancel(self, job_id: str | None, owner: str) -> Status | None:
        """Stop the owner's job now (queued or running); its final state, or None."""
        record = self._owned(job_id, owner)
        if record is None:
            return None
        self._ensure_thread()
        stopped = finish(self.cache, record["id"], CANCELLED, "Cancelled: nothing was built.")
        if stopped is not None and stopped.get("pid"):
            self._kill(stopped)
        self.supervise()
        return self._status(record["id"])

    # --- supervision ----------------------------------------------------------------------

    def supervise(self) -> None:
        """One scheduling step: end jobs over their time, abandoned by their page, or whose
        process died; start queued jobs (oldest first) while fewer than ``running`` run."""
        self._supervised = time.monotonic()
        self._reap()
        now, doomed = time.time(), []
        with self._lock, self.cache.transact():
            kept, running = [], 0
            for job_id in self.cache.get(_ACTIVE, []):
                record = self._record(job_id)
                if record is None or record["status"] not in PENDING:
                    doomed.append(record)
                    continue
                ending = self._ending(record, now)
                if ending is not None:
                    doomed.append(finish(self.cache, job_id, *ending))
                    continue
                kept.append(job_id)
                running += record["status"] == RUNNING
            for job_id in kept if self._ready.is_set() else ():
                if running >= self.running:
                    break
                record = self._record(job_id)
                if record is not None and record["status"] == QUEUED:
                    self._launch(record)
                    running += 1
            self.cache.set(_ACTIVE, kept)
        for record in doomed:
            if record is not None and record["status"] != DONE and record.get("pid"):
                self._kill(record)
        self._reap()

    def close(self) -> None:
        """Stop this process's supervision thread and kill the job processes it started."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._lock:
            children = list(self._children.values())
            self._children.clear()
        for process in children:
            process.kill()
            process.join(timeout=5)

    def _ensure_thread(self) -> None:
        """Supervise from a daemon thread of this process (started again after a fork)."""
        if self._thread_pid == os.getpid() or self._stop.is_set():
            return
        self._thread_pid = os.getpid()
        self._ready.clear()
        self._thread = threading.Thread(target=self._loop, name="timeline-jobs", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        """Start the forkserver, then supervise every TICK until closed. A failed step (a
        busy cache) is logged and the next tick tries again; SystemExit (how dash.testing
        stops a server's threads) ends the loop quietly."""
        try:
            self._start_forkserver()
            while not self._stop.wait(TICK):
                try:
                    self.supervise()
                except Exception:
                    _log.exception("Supervising build jobs failed; trying again")
        except SystemExit:
            return

    def _start_forkserver(self) -> None:
        """Start this process's forkserver with ``PRELOAD`` imported, and wait until it has:
        until then no job is launched, so no launch waits for it inside a transaction.

        Python 3.11's forkserver ignores the parent's ``sys.path`` for its preloads, so the
        folder that holds this package goes on its PYTHONPATH.
        """
        root = str(Path(__file__).resolve().parent.parent)
        given = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (root, given) if p)
        try:
            self._context.set_forkserver_preload(PRELOAD)
            multiprocessing.forkserver.ensure_running()
        finally:
            if given is None:
                del os.environ["PYTHONPATH"]
            else:
                os.environ["PYTHONPATH"] = given
        warm = self._context.Process(target=os.getpid, daemon=True)
        warm.start()
        warm.join()
        warm.close()
        self._ready.set()
        self.supervise()

    def _ending(self, record: dict[str, Any], now: float) -> tuple[str, str] | None:
        """Why a pending job must end now, as (status, message); None while it may go on."""
        if record["status"] == RUNNING and now - record["started"] > self.seconds:
            return TIMED_OUT, (
                f"Stopped after {self.seconds:g} s: these articles take longer to extract "
                "than a build may run. Try fewer or shorter articles."
            )
        if now - self.cache.get(_polled(record["id"]), record["created"]) > self.abandoned:
            return ABANDONED, "Stopped: its page was closed."
        if record["status"] == RUNNING and not _alive(record):
            return FAILED, (
                "The build stopped before it finished: the server restarted, or extraction "
                "ran out of memory. Build again, or try fewer or shorter articles."
            )
        return None

    def _launch(self, record: dict[str, Any]) -> None:
        """Start a queued job's process and mark it running (inside the transaction)."""
        args = (self.cache.directory, record["id"], self.build, self.seconds)
        process = self._context.Process(target=work, args=args, daemon=True)
        process.start()
        self._children[record["id"]] = process
        record.update(
            status=RUNNING,
            started=time.time(),
            pid=process.pid,
            pid_created=_created(process.pid),
        )
        self.cache.set(_record_key(record["id"]), record, expire=RECORD_SECONDS)

    def _kill(self, record: dict[str, Any]) -> None:
        """Kill a job's process, if it is still the process the job started, and reap it
        when this process started it."""
        try:
            process = psutil.Process(record["pid"])
            if process.create_time() == record["pid_created"]:
                process.kill()
        except psutil.Error:
            pass
        with self._lock:
            child = self._children.get(record["id"])
        if child is not None:
            child.join(timeout=2)
            self._reap()

    def _reap(self) -> None:
        """Collect this process's finished job processes, so none stays a zombie."""
        with self._lock:
            for job_id, process in list(self._children.items()):
                if not process.is_alive():
                    process.close()
                    del self._children[job_id]

    # --- records --------------------------------------------------------------------------

    def _record(self, job_id: str) -> dict[str, Any] | None:
        record = self.cache.get(_record_key(job_id))
        return record if isinstance(record, dict) else None

    def _owned(self, job_id: str | None, owner: str) -> dict[str, Any] | None:
        record = self._record(job_id) if job_id else None
        if record is None or not owner or not secrets.compare_digest(record["owner"], owner):
            return None
        return record

    def _status(self, job_id: str) -> Status:
        record = self._record(job_id) or {"status": ABANDONED, "total": 0}
        state = record["status"]
        done, total = self.cache.get(_progress(job_id), (0, record["total"]))
        if state == QUEUED:
            active = self.cache.get(_ACTIVE, [])
            queue = [i for i in active if (self._record(i) or {}).get("status") == QUEUED]
            position = queue.index(job_id) + 1 if job_id in queue else 1
            return Status(state, position, max(len(queue), position), 0, total)
        return Status(
            state,
            done=done,
            total=total,
            key=record.get("key"),
            events=record.get("events", 0),
            message=record.get("message", ""),
        )


def finish(
    cache: diskcache.Cache,
    job_id: str,
    status: str,
    message: str = "",
    key: str | None = None,
    events: int = 0,
) -> dict[str, Any] | None:
    """End a pending job with ``status`` (whoever ends it first wins); its record as it
    was, or None when it had ended already."""
    with cache.transact():
        record = cache.get(_record_key(job_id))
        if not isinstance(record, dict) or record["status"] not in PENDING:
            return None
        ended = {**record, "status": status, "message": message, "key": key, "events": events}
        cache.set(_record_key(job_id), ended, expire=RECORD_SECONDS)
        cache.delete(_input(job_id))
    return record


def work(directory: str, job_id: str, build: Build, seconds: float) -> None:
    """A job process: build the dataset, file it for the owner, and mark the job done, or
    failed with the reason. The alarm ends the process should no supervisor be left."""
    signal.alarm(int(seconds) + 5)
    cache = diskcache.Cache(directory)
    record = cache.get(_record_key(job_id))
    articles = cache.get(_input(job_id))
    if not isinstance(record, dict) or articles is None:
        return

    def progress(done: int, total: int) -> None:
        cache.set(_progress(job_id), (done, total), expire=RECORD_SECONDS)

    build = cache.get(_builder(job_id)) or build
    try:
        built = build(articles, progress)
    except Exception as err:  # the reader is told; the server goes on
        finish(cache, job_id, FAILED, f"Extraction failed on this input, which is a bug: {err!r}")
        return
    if isinstance(built, Filed):
        finish(cache, job_id, DONE, key=built.key, events=built.events)
        return
    key = datasets.new_key()
    datasets.save(cache, key, record["owner"], built)
    finish(cache, job_id, DONE, key=key, events=len(built.frame))


def _alive(record: dict[str, Any]) -> bool:
    """Whether the job's process still runs (not gone, not a zombie, not a reused pid)."""
    try:
        process = psutil.Process(record["pid"])
        return bool(
            process.create_time() == record["pid_created"]
            and process.status() != psutil.STATUS_ZOMBIE
        )
    except psutil.Error:
        return False


def _created(pid: int | None) -> float | None:
    try:
        return float(psutil.Process(pid).create_time())
    except psutil.Error:
        return None


def _record_key(job_id: str) -> str:
    return f"job:{job_id}"


def _input(job_id: str) -> str:
    return f"job:{job_id}:input"


def _builder(job_id: str) -> str:
    return f"job:{job_id}:build"


def _progress(job_id: str) -> str:
    return f"job:{job_id}:progress"


def _polled(job_id: str) -> str:
    return f"job:{job_id}:polled"
