"""extract, render and events read a news archive with --dataset: the view its filters
choose, exactly the frame Archive gives, and one clear line for every mistake."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from timeline import filters
from timeline.archive import joins, layout
from timeline.archive.compact import compact
from timeline.archive.query import Archive
from timeline.archive.sources import Item, digest
from timeline.archive.work import run_one
from timeline.cli import main
from timeline.export import frame_from_json
from timeline.ingest import load_article, load_default
from timeline.pipeline import extract

ARTICLES = Path(__file__).parent / "data" / "articles"
FOLDERS = sorted(p for p in ARTICLES.iterdir() if p.is_dir())[:3]
ARTICLE_LIST = [*(load_article(f / "article.txt") for f in FOLDERS), load_default()]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    """Four articles in two batches, compacted as a corpus run leaves them."""
    root = tmp_path_factory.mktemp("dataset") / "ds"
    done = []
    for article in ARTICLE_LIST:
        record = {
            "id": article.doc_id.rsplit("-", 1)[0],
            "text": article.text,
            "published": article.published.isoformat(),
            "tz": article.timezone,
            "title": article.title,
            "source": article.source,
        }
        done.append(run_one(Item(digest(article.doc_id), article.doc_id, record=record)))
    for part in (done[:2], done[2:]):
        layout.write_batch(
            root, layout.new_batch(), [d.events for d in part], [d.article for d in part], []
        )
    joins.rebuild(root)
    assert compact(root)
    return root


def run(*args: str, code: int = 0) -> tuple[str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == code, result.output
    return result.stdout, result.stderr


def test_extract_and_events_give_the_archives_frame(dataset) -> None:
    whole = Archive(dataset).frame()
    assert len(whole) == sum(len(extract(a)) for a in ARTICLE_LIST)  # none joined here
    text, _ = run("extract", "--dataset", str(dataset), "--format", "json")
    pd.testing.assert_frame_equal(frame_from_json(text), whole, check_dtype=False)
    assert run("events", "--dataset", str(dataset), "--format", "json")[0] == text


def test_filters_choose_the_view(dataset, tmp_path) -> None:
    whole = Archive(dataset).frame()
    out = tmp_path / "view.parquet"
    _, said = run(
        "extract",
        "--dataset",
        str(dataset),
        "--kind",
        "statement",
        "--kind",
        "occurrence",
        "--since",
        "2007-01-01",
        "--until",
        "2022-02-14",
        "--q",
        "Police",
        "--format",
        "parquet",
        "-o",
        str(out),
    )
    state = {
        "kind": ["statement", "occurrence"],
        "since": "2007-01-01",
        "until": "2022-02-14",
        "q": "Police",
    }
    expected = filters.apply(whole, state).reset_index(drop=True)
    assert 0 < len(expected) < len(filters.apply(whole, {"kind": ["statement", "occurrence"]}))
    assert list(pd.read_parquet(out)["event_id"]) == list(expected["event_id"])
    assert said == ""


def test_render_draws_the_view_with_its_articles_title(dataset, tmp_path) -> None:
    out = tmp_path / "chart.html"
    _, said = run("render", "--dataset", str(dataset), "--kind", "statement", "-o", str(out))
    count = Archive(dataset).count({"kind": ["statement"]})
    assert said == f"Wrote {out} ({count} events)\n" and count > 0
    assert "<title>Timeline of 2 articles</title>" in out.read_text(encoding="utf-8")


def test_a_view_over_the_limit_is_refused_unless_all_is_asked(dataset) -> None:
    total = Archive(dataset).count()
    limit = str(total - 1)
    _, said = run("extract", "--dataset", str(dataset), "--limit", limit, code=1)
    assert said == (
        f"Error: The view holds {total} events, over --limit {limit}: narrow it with "
        "--since/--until/--kind/--q, raise --limit, or give --all\n"
    )
    text, _ = run("extract", "--dataset", str(dataset), "--limit", limit, "--all")
    assert len(text.splitlines()) == total + 1  # a header and every event


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2022-02-30"], "--since '2022-02-30' is not a date (YYYY-MM-DD)"),
        (["--until", "yesterday"], "--until 'yesterday' is not a date (YYYY-MM-DD)"),
        (["--db", "store.db"], "Give --db or --dataset, not both"),
        (["article.txt"], "Give FILEs or --dataset, not both"),
    ],
)
def test_mistakes_are_one_line(dataset, args, message) -> None:
    for command in ("extract", "render -o chart.png", "events"):
        if command == "events" and args[0] == "article.txt":
            continue
        _, said = run(*command.split(), "--dataset", str(dataset), *args, code=1)
        assert said == f"Error: {message}\n"


def test_filters_without_a_dataset_and_a_folder_that_is_none(tmp_path) -> None:
    _, said = run("extract", "--kind", "plan", "--q", "vote", code=1)
    assert said == "Error: --kind, --q: only with --dataset\n"
    _, said = run("events", "--dataset", str(tmp_path), code=1)
    assert said == (
        f"Error: {tmp_path} is not a timeline dataset: make one with "
        "python -m timeline corpus ARTICLES... --out DATASET\n"
    )


def test_a_dataset_written_with_another_type_is_refused_in_one_line(dataset, tmp_path) -> None:
    old = tmp_path / "old"
    compacted = next((dataset / "compacted").glob("*.parquet"))
    (old / "compacted").mkdir(parents=True)
    (old / "articles").symlink_to(dataset / "articles")
    table = pq.read_table(compacted)
    changed = table.set_column(
        table.schema.get_field_index("confidence"),
        "confidence",
        pc.cast(table["confidence"], "string"),
    )
    pq.write_table(changed, old / "compacted" / compacted.name)
    _, said = run("extract", "--dataset", str(old), code=1)
    assert said == (
        f"Error: {old / 'compacted' / compacted.name} was written by another version of "
        "timeline (column confidence is string, now double): build the dataset again with "
        "python -m timeline corpus into a new --out\n"
    )
