"""The store and its command line: edits kept on disk, through kills and concurrent writers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.export import frame_from_json
from timeline.ingest import article_from_text
from timeline.store import projects
from timeline.store.database import default_path, open_store
from timeline.store.edits import EditError

ROOT = Path(__file__).resolve().parent.parent
FUTURE = (
    "Protesters arrived on Monday. The council will vote two years from now. "
    "The mayor said the road would reopen next decade."
)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def events(db: Path) -> pd.DataFrame:
    return frame_from_json(run("events", "--db", str(db), "--format", "json"))


def test_cli_add_events_edit_delete_log(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    added = run("add", "--db", str(db)).split("\t")
    assert added[:3] == ["1", "default-91985cd7", "20 events"]
    before = events(db)
    assert len(before) == 20
    first, second = before["event_id"][0], before["event_id"][1]
    assert run("edit", first, "--db", str(db), "--title", "Police offer refused") == (
        f"Saved edit 1: changed {first}\n"
    )
    assert run("edit", second, "--db", str(db), "--delete") == f"Saved edit 2: deleted {second}\n"
    after = events(db)
    assert len(after) == 19
    assert after["title"][0] == "Police offer refused"
    assert second not in set(after["event_id"])
    assert list(after["curated"]) == [True] + [False] * 18
    assert after["edited_by"][0] == "cli"
    lines = [line.split("\t") for line in run("log", "--db", str(db)).splitlines()]
    assert [(x[0], x[2], x[3], x[4], x[5]) for x in lines] == [
        ("1", "cli", "set", first, '{"title": "Police offer refused"}'),
        ("2", "cli", "delete", second, "{}"),
    ]


def test_cli_refuses_a_backwards_interval_and_a_bad_date_saving_nothing(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    run("add", "--db", str(db))
    first = events(db)["event_id"][0]
    runner = CliRunner()
    backwards = runner.invoke(
        main, ["edit", first, "--db", str(db), "--start", "2022-02-15", "--end", "2022-02-14"]
    )
    assert backwards.exit_code == 1
    assert backwards.output == (
        "Error: The end 2022-02-14T00:00:00+13:00 is not after the start "
        "2022-02-15T00:00:00+13:00: nothing was saved\n"
    )
    bad = runner.invoke(main, ["edit", first, "--db", str(db), "--start", "14/02/2022"])
    assert bad.exit_code == 1
    assert bad.output.startswith("Error: The start '14/02/2022' is not an ISO 8601 time")
    unknown = runner.invoke(main, ["edit", "nope", "--db", str(db), "--title", "x"])
    assert unknown.output == "Error: There is no event 'nope' on this timeline: nothing was saved\n"
    assert run("log", "--db", str(db)) == ""


def test_extract_and_render_draw_the_curated_timeline(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    run("add", "--db", str(db))
    first = events(db)["event_id"][0]
    run("edit", first, "--db", str(db), "--title", "Curated title")
    exported = json.loads(run("extract", "--db", str(db), "--format", "json"))
    assert exported[0]["title"] == "Curated title"
    assert exported[0]["curated"] is True
    page = tmp_path / "chart.html"
    run("render", "--db", str(db), "-o", str(page))
    assert "Curated title" in page.read_text(encoding="utf-8")


def test_merge_split_add_undo_redo_through_the_api(tmp_path: Path) -> None:
    project = projects.open_project(open_store(tmp_path / "s.db"), "p")
    projects.add_article(project, article_from_text(FUTURE, "2022-02-14T22:00+13:00"))
    mon, vote, decade = projects.curated(project)["event_id"]
    merged = projects.merge(project, [vote, decade], "ana", title="Plans")
    assert merged == "merged-1"
    assert projects.parts(project, merged) == [vote, decade]
    added = projects.add_event(project, "bo", "Vote", "2024-05-01T09:00", "2024-05-01T12:00")
    assert added == "manual-2"
    df = projects.curated(project)
    assert [
        (r.event_id, r.title, r.start.isoformat(), r.end.isoformat(), r.edited_by)
        for r in df.itertuples()
    ] == [
        (mon, df["title"][0], "2022-02-14T00:00:00+13:00", "2022-02-15T00:00:00+13:00", ""),
        ("manual-2", "Vote", "2024-05-01T09:00:00+13:00", "2024-05-01T12:00:00+13:00", "bo"),
        (merged, "Plans", "2024-01-01T00:00:00+13:00", "2040-01-01T00:00:00+13:00", "ana"),
    ]
    assert projects.undo(project, "ana") == 1
    assert list(projects.curated(project)["event_id"]) == [mon, vote, decade, "manual-2"]
    assert projects.redo(project, "ana") == 1
    assert projects.split(project, merged, "ana") == [vote, decade]
    assert list(projects.curated(project)["event_id"]) == [mon, vote, decade, "manual-2"]
    assert projects.undo(project, "bo") == 2
    assert projects.redo(project, "nobody") is None
    assert list(projects.log(project)["op"]) == ["merge", "add", "undo", "redo", "split", "undo"]


def test_reextract_with_a_new_publication_time_keeps_and_lists_edits(tmp_path: Path) -> None:
    project = projects.open_project(open_store(tmp_path / "s.db"))
    article_id = projects.add_article(project, article_from_text(FUTURE, "2022-02-14T22:00+13:00"))
    mon, _, decade = projects.curated(project)["event_id"]
    vote_title = projects.curated(project)["title"][1]
    projects.edit(project, mon, "ana", title="Arrival")
    projects.edit(project, decade, "ana", title="Road reopens")
    # Published in 9998 by mistake: "two years from now" and "next decade" fall past the
    # year 9999 and have no row; the edit of the second is listed, the first kept.
    stale = projects.reextract(project, article_id, "9998-02-14T22:00+00:00")
    assert list(stale["event_id"]) == [decade]
    df = projects.curated(project)
    assert list(df["event_id"]) == [mon]
    assert (df["title"][0], df["start"][0].isoformat()) == ("Arrival", "9998-02-09T00:00:00+00:00")
    stale = projects.reextract(project, article_id, "2022-02-14T22:00+13:00", "Pacific/Auckland")
    assert stale.empty
    assert list(projects.curated(project)["title"]) == ["Arrival", vote_title, "Road reopens"]


def test_api_errors_save_nothing(tmp_path: Path) -> None:
    project = projects.open_project(open_store(tmp_path / "s.db"))
    projects.add_article(project, article_from_text(FUTURE, "2022-02-14T22:00+13:00"))
    mon = projects.curated(project)["event_id"][0]
    with pytest.raises(EditError, match="kind 'party' is not one of"):
        projects.edit(project, mon, "ana", kind="party")
    with pytest.raises(EditError, match="A merge needs two or more"):
        projects.merge(project, [mon, mon], "ana")
    with pytest.raises(EditError, match="is not a merged event"):
        projects.split(project, mon, "ana")
    with pytest.raises(EditError, match="is not after the start"):
        projects.add_event(project, "ana", "x", "2022-02-14T10:00", "2022-02-14T09:00")
    assert projects.log(project).empty


def test_default_path_is_in_the_user_data_folder() -> None:
    assert default_path().name == "timeline.db"
    assert default_path().parent.name == "timeline"


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


BURST = """
import sys
from timeline.cli import main
db, event_id = sys.argv[1], sys.argv[2]
for n in range(200):
    try:
        main(["edit", event_id, "--db", db, "--title", f"Title {n}"], standalone_mode=False)
    except SystemExit:
        pass
    sys.stdout.flush()
"""


def test_sigkill_in_a_burst_of_edits_loses_nothing_acknowledged(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    run("add", "--db", str(db))
    first = events(db)["event_id"][0]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", BURST, str(db), first], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    acknowledged = []
    for line in child.stdout:
        acknowledged.append(line.split()[2].rstrip(":"))
        if len(acknowledged) == 40:
            child.send_signal(signal.SIGKILL)
            break
    child.wait()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert _integrity(db) == "ok"
    kept = [str(i) for i in projects.log(projects.open_project(open_store(db)))["edit_id"]]
    assert kept[:40] == acknowledged
    assert len(kept) in (40, 41)  # the edit in flight is whole or absent
    assert events(db)["title"][0] == f"Title {len(kept) - 1}"


WRITER = """
import sys
from timeline.store.database import open_store
from timeline.store import projects
project = projects.open_project(open_store(sys.argv[1]))
event_id, author = sys.argv[2], sys.argv[3]
for n in range(15):
    projects.edit(project, event_id, author, title=f"{author} {n}")
print("done")
"""


def test_concurrent_writers_never_corrupt_the_store(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    run("add", "--db", str(db))
    ids = list(events(db)["event_id"])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), ids[n], f"w{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(4)
    ]
    results = [w.communicate(timeout=300) for w in writers]
    assert [r[0] for r in results] == ["done\n"] * 4, [r[1] for r in results]
    assert _integrity(db) == "ok"
    log = projects.log(projects.open_project(open_store(db)))
    assert log.groupby("author").size().to_dict() == {"w0": 15, "w1": 15, "w2": 15, "w3": 15}
    assert list(events(db)["title"][:4]) == ["w0 14", "w1 14", "w2 14", "w3 14"]


@pytest.mark.skipif(
    not os.environ.get("TIMELINE_TEST_DATABASE_URL"),
    reason="set TIMELINE_TEST_DATABASE_URL to a PostgreSQL database to run",
)
def test_postgres_store_round_trip() -> None:
    store = open_store(os.environ["TIMELINE_TEST_DATABASE_URL"])
    name = f"test-{os.getpid()}"
    project = projects.open_project(store, name)
    projects.add_article(project, article_from_text(FUTURE, "2022-02-14T22:00+13:00"))
    mon = projects.curated(project)["event_id"][0]
    projects.edit(project, mon, "ana", title="On Postgres")
    assert projects.curated(project)["title"][0] == "On Postgres"
    assert list(projects.log(project)["op"]) == ["set"]
