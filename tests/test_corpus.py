"""python -m timeline corpus on a real dask.distributed cluster (scheduler and two worker
processes over TCP): every article lands, failures go to the errors table, a rerun adds
nothing, and a scheduler started from the shell gives the same dataset."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from distributed import LocalCluster

from timeline.archive import layout, sources
from timeline.archive.build import build, done_keys
from timeline.archive.query import Archive
from timeline.ingest import Article, load_article, load_default, make_doc_id
from timeline.pipeline import extract

ROOT = Path(__file__).parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
FOLDERS = sorted(p for p in ARTICLES.iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    """A folder of eight articles, JSON Lines with the default article and three bad lines,
    and Parquet with two of the folder's articles again, under their own ids and sources."""
    here = tmp_path_factory.mktemp("inputs")
    default = load_default()
    lines = [
        json.dumps(
            {
                "id": "nzh-1",
                "text": default.text,
                "published": default.published.isoformat(),
                "tz": default.timezone,
                "title": default.title,
                "source": default.source,
            }
        ),
        "{not json",
        json.dumps({"id": "no-date", "text": "Police said it happened on Monday."}),
        json.dumps({"id": "empty", "text": "  ", "published": "2022-02-14T22:00+13:00"}),
    ]
    (here / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = [load_article(FOLDERS[i] / "article.txt") for i in (5, 7)]
    pq.write_table(
        pa.Table.from_pylist(
            [
                {
                    "id": f"copy-{i}",
                    "text": a.text,
                    "published": a.published.isoformat(),
                    "tz": a.timezone,
                    "title": a.title,
                    "source": f"Reprint {i}",
                }
                for i, a in enumerate(again)
            ]
        ),
        here / "reprints.parquet",
    )
    return [ARTICLES, here / "wire.jsonl", here / "reprints.parquet"]


@pytest.fixture(scope="module")
def dataset(cluster, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("archive") / "ds"
    summary = build(inputs, out, scheduler=cluster, progress=False)
    assert (summary.added, summary.errors, summary.skipped) == (11, 3, 0)
    return out


def given_articles() -> list[Article]:
    """The articles the inputs hold: the folder's, the default one, and two reprints."""
    folder = [load_article(f / "article.txt") for f in FOLDERS]

    def again(article: Article, hint: str) -> Article:
        return replace(article, doc_id=make_doc_id(article.text, hint))

    return [
        *folder,
        again(load_default(), "nzh-1"),
        again(folder[5], "copy-0"),
        again(folder[7], "copy-1"),
    ]


def test_every_article_lands_and_no_event_is_lost(dataset) -> None:
    archive = Archive(dataset)
    articles = archive.articles()
    given = given_articles()
    assert sorted(articles["doc_id"]) == sorted(a.doc_id for a in given)
    expected = pd.concat([extract(a) for a in given], ignore_index=True)
    stored = archive.sql("SELECT event_id FROM raw_events")["event_id"]
    assert sorted(stored) == sorted(expected["event_id"])
    assert int(articles["events"].sum()) == len(expected) == 68


def test_failures_are_recorded_and_never_stop_the_run(dataset, inputs) -> None:
    errors = Archive(dataset).errors()
    wire = inputs[1]
    assert dict(
        zip(errors["name"], zip(errors["kind"], errors["error"], strict=True), strict=True)
    ) == {
        f"{wire}:2": (
            "input",
            "not JSON (Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1))",
        ),
        f"{wire}:3 (no-date)": ("input", f"{wire}:3 (no-date): no publication time ('published')"),
        f"{wire}:4 (empty)": ("input", "no text"),
    }


def test_a_rerun_adds_nothing(dataset, inputs, cluster) -> None:
    before = sorted(p.relative_to(dataset) for p in dataset.rglob("*.parquet"))
    began = time.perf_counter()
    summary = build(inputs, dataset, scheduler=cluster, progress=False)
    assert (summary.added, summary.errors, summary.skipped) == (0, 0, 14)
    assert time.perf_counter() - began < 60  # no extraction: seconds, not minutes
    assert sorted(p.relative_to(dataset) for p in dataset.rglob("*.parquet")) == before


def test_a_later_run_adds_only_new_articles(cluster, tmp_path) -> None:
    out = tmp_path / "ds"
    first = build([FOLDERS[0], FOLDERS[1]], out, scheduler=cluster, progress=False)
    assert (first.added, first.skipped) == (2, 0)
    second = build([ARTICLES], out, scheduler=cluster, progress=False, flush_every=2)
    assert (second.added, second.skipped) == (6, 2)
    assert len(done_keys(out)) == 8
    assert len(layout.committed(out)) == 1 + 3  # one batch, then three of two articles


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_is_told_why_the_run_waits_after_its_bar(cluster, tmp_path, monkeypatch) -> None:
    """Joins and compaction take a minute at a million events, after the bar is full."""
    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    build([FOLDERS[0]], tmp_path / "ds", scheduler=cluster, progress=True)
    last = screen.getvalue().rstrip("\n").rsplit("\n", 1)[-1]
    assert last == "Joining reports across the archive and compacting it..."
    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    build([FOLDERS[1]], tmp_path / "ds", scheduler=cluster, progress=False)
    assert quiet.getvalue() == ""


def test_a_run_ends_compacted(dataset) -> None:
    """One sorted file of every batch's events; no event file per batch and month left."""
    assert [p.parent.name for p in dataset.rglob("*.parquet") if "compacted" in p.parts] == [
        "compacted"
    ]
    assert not list((dataset / "events").rglob("*.parquet"))
    starts = pq.read_table(next((dataset / "compacted").glob("*.parquet")))["start"].to_pylist()
    assert starts == sorted(starts) and len(starts) == 68


def test_an_interrupted_batch_is_ignored_then_removed(dataset, tmp_path) -> None:
    copy = tmp_path / "ds"
    subprocess.run(["cp", "-r", str(dataset), str(copy)], check=True)
    count = Archive(copy).count()
    rows = Archive(copy).sql("SELECT * FROM raw_events LIMIT 3")
    orphan = copy / "events" / "ffffffff-deadbeef-0.parquet"
    orphan.parent.mkdir(exist_ok=True)
    table = layout.events_table(rows.assign(quantities=[[] for _ in range(3)]))
    pq.write_table(table.append_column("batch", pa.array(["ffffffff-deadbeef"] * 3)), orphan)
    assert Archive(copy).count() == count  # a batch never committed
    assert layout.remove_uncommitted(copy) == 1
    assert not orphan.exists()


def test_retry_errors_runs_failed_articles_again(cluster, inputs, tmp_path) -> None:
    """An article recorded as failed (say a bug since fixed) is skipped by a rerun and
    extracted by --retry-errors; one that fails again keeps only its latest error."""
    out = tmp_path / "ds"
    article = next(sources.items([FOLDERS[0]]))
    bug = {"article_key": article.key, "name": article.name, "kind": "internal", "error": "bug"}
    layout.write_batch(out, layout.new_batch(), [], [], [bug])
    first = build([FOLDERS[0], inputs[1]], out, scheduler=cluster, progress=False)
    assert (first.added, first.errors, first.skipped, first.retried) == (1, 3, 1, 0)
    assert len(Archive(out).errors()) == 4
    again = build(
        [FOLDERS[0], inputs[1]], out, scheduler=cluster, progress=False, retry_errors=True
    )
    assert (again.added, again.errors, again.skipped, again.retried) == (1, 3, 1, 4)
    assert again.line(out).endswith("1 already done; 4 failed before and tried again")
    archive = Archive(out)
    done = archive.articles().set_index("name")["events"]
    assert done[article.name] == len(extract(load_article(FOLDERS[0] / "article.txt"))) == 2
    assert len(done) == 2 and archive.count() == done.sum()
    assert sorted(archive.errors()["name"]) == [
        f"{inputs[1]}:2",
        f"{inputs[1]}:3 (no-date)",
        f"{inputs[1]}:4 (empty)",
    ]


def _shell(args: list[str], **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **kw,
    )


def test_a_scheduler_started_from_the_shell_gives_the_same_dataset(
    dataset, inputs, tmp_path
) -> None:
    address_file = tmp_path / "scheduler.json"
    scheduler = _shell(
        [
            "-m",
            "distributed.cli.dask_scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(address_file),
        ]
    )
    worker = None
    try:
        for _ in range(600):
            if address_file.exists() and address_file.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(address_file.read_text())["address"]
        worker = _shell(
            [
                "-m",
                "distributed.cli.dask_worker",
                address,
                "--nworkers",
                "1",
                "--nthreads",
                "1",
                "--no-dashboard",
            ]
        )
        out = tmp_path / "ds"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "timeline",
                "corpus",
                *map(str, inputs),
                "--out",
                str(out),
                "--scheduler",
                address,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    assert (
        done.stderr.strip().splitlines()[-1].startswith("Added 11 articles (")
        and "3 errors" in done.stderr
    )
    theirs, ours = Archive(out).frame(), Archive(dataset).frame()
    pd.testing.assert_frame_equal(theirs, ours)


def test_corpus_user_errors_are_one_line(tmp_path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline",
            "corpus",
            str(tmp_path / "none"),
            "--out",
            str(tmp_path / "ds"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr == f"Error: {tmp_path / 'none'}: no such file or folder\n"
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("x")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline",
            "corpus",
            str(ARTICLES),
            "--out",
            str(tmp_path / "notes"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr == (
        f"Error: {tmp_path / 'notes'} holds other files; give a new or an existing dataset folder\n"
    )
