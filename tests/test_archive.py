"""Querying a dataset through DuckDB gives what the pandas path gives on the same events:
extract_many's joined frame, filters.apply, filters.table_view, figures.event_density."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from timeline import filters, schema
from timeline.archive import joins, layout
from timeline.archive.compact import compact
from timeline.archive.density import archive_density
from timeline.archive.query import ORDER, Archive
from timeline.archive.sources import Item, digest
from timeline.archive.work import Done, run_one
from timeline.figures import event_density
from timeline.ingest import Article, InputError, load_article, load_default, make_doc_id
from timeline.pipeline import extract_many

ARTICLES = Path(__file__).parent / "data" / "articles"
FOLDERS = sorted(p for p in ARTICLES.iterdir() if p.is_dir())
KEYS = [k.strip() for k in ORDER.split(",")]


def _articles() -> list[Article]:
    """Nine articles in three zones, and two of them again under other ids and sources, so
    reports of one event join across articles."""
    folder = [load_article(f / "article.txt") for f in FOLDERS]
    copies = [
        replace(folder[i], doc_id=make_doc_id(folder[i].text, f"copy-{i}"), source=f"Reprint {i}")
        for i in (5, 7)
    ]
    return [*folder, load_default(), *copies]


def _item(article: Article) -> Item:
    record = {
        "id": article.doc_id.rsplit("-", 1)[0],
        "text": article.text,
        "published": article.published.isoformat(),
        "tz": article.timezone,
        "title": article.title,
        "source": article.source,
    }
    return Item(digest(article.doc_id), article.doc_id, record=record)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    """The articles written in two batches, as the corpus command writes them."""
    root = tmp_path_factory.mktemp("archive") / "ds"
    done = [run_one(_item(a)) for a in _articles()]
    assert all(isinstance(d, Done) for d in done)
    for part in (done[:5], done[5:]):
        layout.write_batch(
            root, layout.new_batch(), [d.events for d in part], [d.article for d in part], []
        )
    assert joins.rebuild(root) == 10
    return root


@pytest.fixture(scope="module")
def compacted(dataset, tmp_path_factory) -> Path:
    """The same dataset compacted: one file sorted by time, joins applied."""
    root = tmp_path_factory.mktemp("compacted") / "ds"
    shutil.copytree(dataset, root)
    assert compact(root, row_group=8)
    assert not compact(root)  # nothing left to fold in
    assert [p.name for p in root.rglob("*.parquet") if p.parent.name == "compacted"]
    assert not list((root / "events").rglob("*.parquet"))
    assert len(list((root / "compacted").glob("*.options.json"))) == 1  # counted once, kept
    return root


@pytest.fixture(scope="module")
def parquet_only(compacted, tmp_path_factory) -> Path:
    """The compacted dataset without its DuckDB file, as a DuckDB that cannot read it sees it."""
    root = tmp_path_factory.mktemp("parquet") / "ds"
    shutil.copytree(compacted, root)
    (database,) = (root / "compacted").glob("*.duckdb")
    database.unlink()
    return root


@pytest.fixture(scope="module", params=["batches", "compacted", "parquet_only"])
def archive(request) -> Archive:
    """Every query is asked of the batches as written, of the compacted dataset (its DuckDB
    file), and of its Parquet file alone."""
    archive = Archive(
        request.getfixturevalue("dataset" if request.param == "batches" else request.param)
    )
    attached = archive.sql("SELECT database_name FROM duckdb_databases()")["database_name"]
    assert any(a.startswith("compacted_") for a in attached) == (request.param == "compacted")
    return archive


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    """The pandas path: extract_many on the articles in doc_id order, in the archive's order."""
    articles = sorted(_articles(), key=lambda a: a.doc_id)
    df = extract_many(articles)
    return df.sort_values(KEYS, kind="stable", ignore_index=True)


def test_the_archive_is_extract_many(archive, frame) -> None:
    got = archive.frame()
    assert archive.zone == "UTC"
    assert len(got) == 58
    # One string dtype or the other (pd.NA or NaN for missing): both are the contract's.
    pd.testing.assert_frame_equal(schema.validate(got), frame, check_dtype=False)
    joined = got[got["doc_ids"].map(len) > 1]
    assert len(joined) == 10
    assert Counter(map(tuple, joined["sources"])) == {
        ("Wikinews", "Reprint 5"): 5,
        ("Wikinews", "Reprint 7"): 5,
    }


STATES = [
    {},
    {"kind": ["statement"]},
    {"kind": ["statement", "occurrence"], "q": "said"},
    {"actor": ["David Cameron", "Gloria Macapagal Arroyo"]},
    {"source": ["a witness"]},
    {"doc": ["article-69d5665c"]},
    {"since": "2008-01-01", "until": "2010-12-31"},
    {"since": "not a date"},
    {"q": "Police  JURY"},
    {"q": "no such words anywhere"},
]


@pytest.mark.parametrize("state", STATES)
def test_filters_mean_what_they_mean_in_pandas(archive, frame, state) -> None:
    expected = filters.apply(frame, state).reset_index(drop=True)
    pd.testing.assert_frame_equal(archive.frame(state), expected, check_dtype=False)
    assert archive.count(state) == len(expected)


def _text(df: pd.DataFrame, column: str) -> pd.Series:
    """A column as a grid shows it: lists joined with ', ', no actors as '(none)'."""
    if column == "actors":
        return df[column].map(lambda names: ", ".join(names) or "(none)")
    if column in ("places", "roles", "doc_ids", "sources"):
        return df[column].map(", ".join)
    return df[column].astype(str)


GRIDS = [
    ([{"colId": "title", "sort": "asc"}], {}),
    ([{"colId": "when", "sort": "desc"}], {"title": {"type": "contains", "filter": "SAID"}}),
    (
        [{"colId": "kind", "sort": "asc"}, {"colId": "actors", "sort": "desc"}],
        {
            "kind": {
                "operator": "OR",
                "conditions": [
                    {"type": "equals", "filter": "status"},
                    {"type": "startsWith", "filter": "occ"},
                ],
            }
        },
    ),
    ([], {"source": {"type": "notBlank"}, "sentence": {"type": "notContains", "filter": "the"}}),
]


@pytest.mark.parametrize(("sort_model", "filter_model"), GRIDS)
def test_grid_pages_match_the_pandas_table(archive, frame, sort_model, filter_model) -> None:
    state = {"since": "2000-01-01"}
    whole = filters.table_view(filters.apply(frame, state), _text, sort_model, filter_model)
    for offset in (0, 7):
        page = archive.page(state, sort_model, filter_model, offset=offset, limit=7)
        assert page.total == len(whole)
        assert list(page.frame["event_id"]) == list(whole["event_id"].iloc[offset : offset + 7])


def test_a_page_of_some_columns_is_the_same_rows(archive) -> None:
    sort = [{"colId": "title", "sort": "desc"}]
    whole = archive.page({"since": "2000-01-01"}, sort, offset=3, limit=9)
    shown = ["title", "event_id", "actors"]
    some = archive.page({"since": "2000-01-01"}, sort, offset=3, limit=9, columns=shown)
    assert some.total == whole.total
    assert list(some.frame.columns) == ["event_id", "title", "actors"]  # in the frame's order
    for column in shown:
        assert some.frame[column].tolist() == whole.frame[column].tolist()


def test_the_database_file_finds_one_event_and_one_articles_events_by_index(compacted, frame):
    """compact.INDEXED: the lookups by id use the indexes built at compaction, and find
    what the frame holds."""
    archive = Archive(compacted)
    indexed = archive.sql("SELECT index_name FROM duckdb_indexes() ORDER BY index_name")
    assert indexed["index_name"].tolist() == ["doc_id_index", "event_id_index"]
    event_id, doc_id = frame["event_id"].iloc[17], frame["doc_id"].iloc[17]
    for query, value in (
        ("SELECT * FROM events WHERE event_id = ?", event_id),
        ("SELECT char_start FROM events WHERE doc_id = ?", doc_id),
    ):
        plan = archive.sql("EXPLAIN ANALYZE " + query, [value]).iloc[0, 1]
        assert "Index Scan" in plan and "Sequential Scan" not in plan
    assert archive.event(event_id)["event_id"].tolist() == [event_id]
    state = {"kind": [frame["kind"].iloc[17]]}
    view = filters.apply(frame, state)
    assert archive.position(event_id, state) == list(view["event_id"]).index(event_id)
    assert archive.position(event_id, {"kind": ["no such kind"]}) is None


def test_window_is_bounded_and_counts_everything(archive, frame) -> None:
    start, end = pd.Timestamp("2007-01-01", tz="UTC"), pd.Timestamp("2011-01-01", tz="UTC")
    inside = frame[(frame["start"] < end) & (frame["end"] > start)]
    page = archive.window(start, end, limit=5)
    assert page.total == len(inside) == 17
    assert list(page.frame["event_id"]) == list(inside["event_id"][:5])
    naive = archive.window(pd.Timestamp("2007-01-01"), pd.Timestamp("2011-01-01"), limit=5)
    assert naive.total == 17


@pytest.mark.parametrize("lane", ["kind", "actor", "article", "none"])
@pytest.mark.parametrize("state", [{}, {"since": "2005-01-01"}, {"kind": ["statement"]}])
def test_density_binned_in_sql_is_the_frames(archive, frame, lane, state) -> None:
    want = event_density(filters.apply(frame, state), lane)
    for span in (None, archive.span(state)):  # known: kind lanes in UTC need one pass
        got = archive_density(archive, lane, state, span=span)
        assert (got.lanes, got.label, got.width) == (want.lanes, want.label, want.width)
        assert np.array_equal(got.edges, want.edges)
        assert np.array_equal(got.counts, want.counts)


def _in_window(frame: pd.DataFrame, window: tuple[pd.Timestamp, ...], zone: str) -> pd.DataFrame:
    """The events a chart zoomed to ``window`` (wall-clock in ``zone``) bins: those in it."""
    starts, ends = (frame[c].dt.tz_convert(zone).dt.tz_localize(None) for c in ("start", "end"))
    return frame[(starts < window[1]) & (ends > window[0])]


def test_density_in_a_window(archive, frame) -> None:
    window = (pd.Timestamp("2008-02-01"), pd.Timestamp("2008-03-01"))
    got = archive_density(archive, "kind", window=window)
    want = event_density(_in_window(frame, window, "UTC"), "kind", window=window)
    assert got.label == "6 h"
    assert np.array_equal(got.counts, want.counts)
    assert int(got.counts.sum()) == 16


def test_event_article_span_and_options(archive, frame) -> None:
    row = frame.iloc[20]
    pd.testing.assert_frame_equal(
        archive.event(row["event_id"]), frame.iloc[[20]].reset_index(drop=True), check_dtype=False
    )
    assert archive.event("no-such-id").empty
    article = archive.article(row["doc_id"])
    assert article is not None
    text = next(a.text for a in _articles() if a.doc_id == row["doc_id"])
    assert article["text"] == text
    assert article["text"][row["char_start"] : row["char_end"]] == row["time_text"]
    assert archive.article("nope") is None
    assert archive.span() == (frame["start"].min(), frame["end"].max())
    assert archive.span({"q": "no such words anywhere"}) is None
    assert archive.options() == filters.options(frame)
    assert len(archive.options(limit=3)["actor"]) == 3


def test_an_archive_of_errors_only_is_empty_not_broken(tmp_path) -> None:
    layout.write_batch(
        tmp_path,
        "b1",
        [],
        [],
        [{"article_key": "k", "name": "x.txt", "kind": "input", "error": "empty"}],
    )
    archive = Archive(tmp_path)
    assert archive.count() == 0
    assert archive.span() is None
    assert schema.validate(archive.frame()).empty
    assert list(archive.errors()["error"]) == ["empty"]


def test_a_folder_that_is_no_dataset_is_refused(tmp_path) -> None:
    with pytest.raises(InputError, match="is not a timeline dataset"):
        Archive(tmp_path)


def _older(dataset: Path, root: Path, change) -> None:
    """A copy of the dataset whose event files ``change`` rewrote, as if written by
    another version of timeline."""
    shutil.copytree(dataset, root)
    for path in (root / "events").rglob("*.parquet"):
        pq.write_table(change(pq.read_table(path)), path)


def test_files_from_before_a_schema_change_are_read_by_name(dataset, tmp_path) -> None:
    """Columns added since are their neutral values, columns since removed are ignored,
    before and after compaction."""
    old = tmp_path / "old"
    _older(
        dataset,
        old,
        lambda t: t.drop_columns(["places", "quantities", "curated", "edited_at"]).append_column(
            "legacy", pa.array(["x"] * len(t))
        ),
    )
    archive = Archive(dataset)
    whole = archive.frame()
    expected = whole.assign(
        places=[[] for _ in range(len(whole))],
        quantities=[[] for _ in range(len(whole))],
        curated=False,
        edited_at=pd.Series(pd.NaT, index=whole.index, dtype="datetime64[us, UTC]"),
    )
    assert sum(map(len, whole["places"])) == 14  # there was something to lose
    pd.testing.assert_frame_equal(Archive(old).frame(), expected)
    assert compact(old)
    pd.testing.assert_frame_equal(Archive(old).frame(), expected)
    assert Archive(old).count({"q": "police"}) == archive.count({"q": "police"}) == 10


def test_a_column_whose_type_changed_is_refused_with_its_file(dataset, tmp_path) -> None:
    old = tmp_path / "old"
    _older(
        dataset, old, lambda t: t.set_column(9, "char_start", pc.cast(t["char_start"], pa.string()))
    )
    first = sorted((old / "events").rglob("*.parquet"))[0]
    with pytest.raises(InputError) as caught:
        Archive(old)
    assert str(caught.value) == (
        f"{first} was written by another version of timeline (column char_start is string, "
        "now int64): build the dataset again with python -m timeline corpus into a new --out"
    )


def test_density_in_one_zone_bins_its_wall_clock(tmp_path) -> None:
    """An archive of one zone bins by that zone's clock, as the frame's density does."""
    done = run_one(_item(load_default()))
    layout.write_batch(tmp_path, "b1", [done.events], [done.article], [])
    assert compact(tmp_path)
    archive = Archive(tmp_path)
    frame = extract_many([load_default()]).sort_values(KEYS, kind="stable", ignore_index=True)
    assert archive.zone == "Pacific/Auckland"
    window = (pd.Timestamp("2022-02-14 06:00"), pd.Timestamp("2022-02-15 06:00"))
    for lane, view in [("kind", None), ("actor", None), ("actor", window), ("kind", window)]:
        got = archive_density(archive, lane, window=view)
        shown = frame if view is None else _in_window(frame, view, archive.zone)
        want = event_density(shown, lane, window=view)
        assert (got.lanes, got.label) == (want.lanes, want.label)
        assert np.array_equal(got.edges, want.edges)
        assert np.array_equal(got.counts, want.counts)
        assert want.counts.any()  # the window holds events in every case


def test_an_open_archive_sees_later_runs(tmp_path) -> None:
    """A server's Archive stays open while runs add batches and compact: it reads what
    they added, never the files a compaction deleted."""
    first, second = (run_one(_item(a)) for a in _articles()[:2])
    layout.write_batch(tmp_path, "b1", [first.events], [first.article], [])
    archive = Archive(tmp_path)
    assert archive.count() == first.events.num_rows
    assert len(archive.options()["doc"]) == 1
    layout.write_batch(tmp_path, "b2", [second.events], [second.article], [])
    assert archive.count() == first.events.num_rows + second.events.num_rows
    assert compact(tmp_path)
    assert not list((tmp_path / "events").rglob("*.parquet"))
    assert archive.count() == first.events.num_rows + second.events.num_rows
    assert len(archive.options()["doc"]) == 2
    assert len(archive.articles()) == 2
