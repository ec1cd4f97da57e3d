"""The build queue: limits, queue order, and every way a job process is stopped.

The build functions here stand in for extraction (instant, endless, crashing, dying) so the
tests time the queue, not the pipeline; they are module-level so job processes import them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import diskcache
import psutil
import pytest
from conftest import build_sample_article, build_sample_frame

from dashboard import limits
from dashboard.datasets import Dataset
from dashboard.jobs import RECORD_SECONDS, JobRefused, Jobs, Status
from timeline.ingest import Article

ALICE, BOB = "alice-session", "bob-session"


def instant(articles: list[Article], progress: Callable[[int, int], None]) -> Dataset:
    progress(len(articles), len(articles))
    return Dataset(build_sample_frame(), {a.doc_id: a for a in articles})


def endless(articles: list[Article], progress: Callable[[int, int], None]) -> Dataset:
    progress(1, len(articles))
    time.sleep(600)
    raise AssertionError("never reached")


def crashing(articles: list[Article], progress: Callable[[int, int], None]) -> Dataset:
    raise ValueError("no sentences")


def dying(articles: list[Article], progress: Callable[[int, int], None]) -> Dataset:
    os._exit(3)


@pytest.fixture
def make_jobs(tmp_path: Path) -> Iterator[Callable[..., Jobs]]:
    """Queues on one temporary cache, closed (their processes killed) after the test."""
    made: list[Jobs] = []
    cache = diskcache.Cache(str(tmp_path / "cache"))

    def make(build: Callable[..., Dataset], **limits: Any) -> Jobs:
        made.append(Jobs(cache, build, **limits))
        return made[-1]

    yield make
    for jobs in made:
        jobs.close()
    cache.close()


def wait_for(jobs: Jobs, job_id: str, states: set[str], timeout: float = 20) -> Status:
    """Poll like a page until the job is in one of ``states``."""
    end = time.monotonic() + timeout
    while True:
        status = jobs.poll(job_id, ALICE)
        assert status is not None
        if status.state in states or time.monotonic() > end:
            assert status.state in states, status
            return status
        time.sleep(0.1)


def pid_of(jobs: Jobs, job_id: str) -> int:
    return jobs.cache.get(f"job:{job_id}")["pid"]


def gone_within(pid: int, timeout: float) -> float:
    """Seconds until the process ``pid`` is gone (reaped, not a zombie); fails after timeout."""
    start = time.monotonic()
    while psutil.pid_exists(pid) and time.monotonic() - start < timeout:
        time.sleep(0.05)
    assert not psutil.pid_exists(pid), f"process {pid} still there after {timeout} s"
    return time.monotonic() - start


def test_a_job_builds_and_files_the_dataset_for_its_owner(make_jobs) -> None:
    jobs = make_jobs(instant)
    article = build_sample_article()
    job_id = jobs.submit([article, article], ALICE)
    status = wait_for(jobs, job_id, {"done"})
    assert (status.done, status.total, status.events, status.message) == (2, 2, 4, "")
    owner, frame, articles, notice = jobs.cache.get(f"dataset:{status.key}")
    assert owner == ALICE
    assert len(frame) == 4
    assert list(articles) == [article.doc_id]
    assert notice is None


def test_progress_is_reported_while_running(make_jobs) -> None:
    jobs = make_jobs(endless)
    job_id = jobs.submit([build_sample_article()] * 3, ALICE)
    end = time.monotonic() + 20
    while (status := jobs.poll(job_id, ALICE)).done == 0 and time.monotonic() < end:
        time.sleep(0.1)
    assert status == Status("running", done=1, total=3)


def test_queue_positions_are_first_come_first_served(make_jobs) -> None:
    jobs = make_jobs(endless, running=1)
    first, second, third = (jobs.submit([build_sample_article()], ALICE) for _ in range(3))
    wait_for(jobs, first, {"running"})
    assert jobs.poll(second, ALICE) == Status("queued", position=1, waiting=2, total=1)
    assert jobs.poll(third, ALICE) == Status("queued", position=2, waiting=2, total=1)
    jobs.cancel(first, ALICE)
    wait_for(jobs, second, {"running"})
    assert jobs.poll(third, ALICE) == Status("queued", position=1, waiting=1, total=1)


def test_a_full_queue_refuses_new_jobs_with_a_message(make_jobs) -> None:
    jobs = make_jobs(endless, running=1, queued=2)
    wait_for(jobs, jobs.submit([build_sample_article()], ALICE), {"running"})
    for _ in range(2):
        jobs.submit([build_sample_article()], ALICE)
    with pytest.raises(JobRefused) as refused:
        jobs.submit([build_sample_article()], BOB)
    assert str(refused.value) == (
        "The server is busy: 2 builds are waiting already. Try again in a few minutes."
    )


def test_at_most_running_jobs_run_at_once(make_jobs) -> None:
    jobs = make_jobs(endless, running=2)
    ids = [jobs.submit([build_sample_article()], ALICE) for _ in range(4)]
    wait_for(jobs, ids[1], {"running"})
    time.sleep(1)  # several supervision steps
    assert [jobs.poll(i, ALICE).state for i in ids] == ["running", "running", "queued", "queued"]
    alive = [p for p in psutil.process_iter() if p.pid in {pid_of(jobs, i) for i in ids[:2]}]
    assert len(alive) == 2


def test_cancel_stops_the_process_within_three_seconds(make_jobs) -> None:
    jobs = make_jobs(endless)
    job_id = jobs.submit([build_sample_article()], ALICE)
    wait_for(jobs, job_id, {"running"})
    pid = pid_of(jobs, job_id)
    assert psutil.pid_exists(pid)
    start = time.monotonic()
    status = jobs.cancel(job_id, ALICE)
    gone_within(pid, 3)
    assert time.monotonic() - start < 3
    assert (status.state, status.message) == ("cancelled", "Cancelled: nothing was built.")
    assert jobs.poll(job_id, ALICE) == status


def test_a_queued_job_can_be_cancelled(make_jobs) -> None:
    jobs = make_jobs(endless, running=1)
    first, second = (jobs.submit([build_sample_article()], ALICE) for _ in range(2))
    assert jobs.cancel(second, ALICE).state == "cancelled"
    time.sleep(1)
    assert jobs.poll(first, ALICE).state == "running"
    assert jobs.poll(second, ALICE).state == "cancelled"


def test_a_job_whose_page_stops_polling_is_stopped(make_jobs) -> None:
    jobs = make_jobs(endless)  # the real ABANDONED_SECONDS
    job_id = jobs.submit([build_sample_article()], ALICE)
    wait_for(jobs, job_id, {"running"})
    pid, last_poll = pid_of(jobs, job_id), time.monotonic()
    gone_within(pid, limits.ABANDONED_SECONDS + 2)
    assert time.monotonic() - last_poll > limits.ABANDONED_SECONDS
    assert jobs.poll(job_id, ALICE).message == "Stopped: its page was closed."


def test_a_job_over_its_time_is_stopped(make_jobs) -> None:
    jobs = make_jobs(endless, seconds=1)
    job_id = jobs.submit([build_sample_article()], ALICE)
    wait_for(jobs, job_id, {"running"})
    pid, start = pid_of(jobs, job_id), time.monotonic()
    status = wait_for(jobs, job_id, {"timed_out"})
    gone_within(pid, 2)
    assert time.monotonic() - start < 3
    assert status.message == (
        "Stopped after 1 s: these articles take longer to extract than a build may run. "
        "Try fewer or shorter articles."
    )


def test_an_exception_in_extraction_fails_the_job_with_its_reason(make_jobs) -> None:
    jobs = make_jobs(crashing)
    job_id = jobs.submit([build_sample_article()], ALICE)
    status = wait_for(jobs, job_id, {"failed"})
    assert status.message == (
        "Extraction failed on this input, which is a bug: ValueError('no sentences')"
    )
    assert status.key is None


def test_a_process_that_dies_fails_the_job(make_jobs) -> None:
    jobs = make_jobs(dying)
    job_id = jobs.submit([build_sample_article()], ALICE)
    status = wait_for(jobs, job_id, {"failed"})
    assert status.message == (
        "The build stopped before it finished: the server restarted, or extraction ran out "
        "of memory. Build again, or try fewer or shorter articles."
    )


def test_another_session_can_neither_poll_nor_cancel_a_job(make_jobs) -> None:
    jobs = make_jobs(endless)
    job_id = jobs.submit([build_sample_article()], ALICE)
    wait_for(jobs, job_id, {"running"})
    assert jobs.poll(job_id, BOB) is None
    assert jobs.cancel(job_id, BOB) is None
    assert jobs.poll(job_id, "") is None
    assert jobs.poll("job-unknown", ALICE) is None
    assert jobs.poll(None, ALICE) is None
    assert psutil.pid_exists(pid_of(jobs, job_id))
    assert jobs.poll(job_id, ALICE).state == "running"


def test_any_process_on_the_same_cache_answers_and_stops_a_job(make_jobs) -> None:
    """Two queues on one cache stand for two worker processes of one server."""
    one, other = make_jobs(endless), make_jobs(endless)
    job_id = one.submit([build_sample_article()], ALICE)
    wait_for(other, job_id, {"running"})
    pid = pid_of(one, job_id)
    assert other.cancel(job_id, ALICE).state == "cancelled"
    gone_within(pid, 3)


#: a worker process of the same server: submits a job, says its id, keeps serving.
_WORKER = """
import sys, time, diskcache
from conftest import build_sample_article
from dashboard.jobs import Jobs
from test_jobs import ALICE, endless
jobs = Jobs(diskcache.Cache(sys.argv[1]), endless)
job_id = jobs.submit([build_sample_article()], ALICE)
while jobs.poll(job_id, ALICE).state != "running":
    time.sleep(0.1)
print(job_id, flush=True)
time.sleep(60)
"""


def test_another_worker_process_answers_and_stops_a_job(tmp_path: Path, make_jobs) -> None:
    here = Path(__file__).resolve().parent
    path = os.pathsep.join([str(here.parent), str(here)])
    worker = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(tmp_path / "cache")],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    try:
        job_id = worker.stdout.readline().strip()
        jobs = make_jobs(endless)
        pid = pid_of(jobs, job_id)
        assert jobs.poll(job_id, ALICE).state == "running"
        assert jobs.cancel(job_id, ALICE).state == "cancelled"
        gone_within(pid, 3)
    finally:
        worker.kill()
        worker.wait()
        worker.stdout.close()


def test_finished_job_records_expire(make_jobs) -> None:
    jobs = make_jobs(crashing)
    job_id = jobs.submit([build_sample_article()], ALICE)
    wait_for(jobs, job_id, {"failed"})
    jobs.cache.expire(now=time.time() + RECORD_SECONDS + 1)
    assert jobs.poll(job_id, ALICE) is None
    assert [k for k in jobs.cache.iterkeys() if str(k).startswith(f"job:{job_id}")] == []
