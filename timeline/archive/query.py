"""Reading a dataset in place through DuckDB: what a dashboard or a command needs, one
bounded answer at a time, never the whole archive in memory.

Every answer that holds events is an events frame (schema.validate), times in the
dataset's zone (its one zone, else UTC, as ``extract_many`` combines articles). Filters
are a view's ``State`` (timeline/filters.py) and mean exactly what they mean there; rows
come in one order, (start, doc_id, sentence_start, char_start, event_id), under any sort
asked for. Reports of one event joined across articles (joins.py) are one row.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, TypedDict

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from timeline import schema
from timeline.archive import layout, views
from timeline.archive.where import condition
from timeline.filters import TIME_ORDER
from timeline.ingest import InputError
from timeline.marks import NO_ACTOR

StateLike = Mapping[str, Iterable[str] | str | None]
ORDER = "start, doc_id, sentence_start, char_start, event_id"
_TEXT_TESTS = {
    "contains": "contains({x}, ?)",
    "notContains": "NOT contains({x}, ?)",
    "equals": "{x} = ?",
    "notEqual": "{x} <> ?",
    "startsWith": "starts_with({x}, ?)",
    "endsWith": "ends_with({x}, ?)",
    "blank": "trim({x}) = '' AND ? IS NOT NULL",
    "notBlank": "trim({x}) <> '' AND ? IS NOT NULL",
}


class ArticleText(TypedDict):
    """An article as ``Archive.article`` gives it: published in its own zone."""

    doc_id: str
    title: str
    source: str
    published: pd.Timestamp
    timezone: str
    text: str


class Page(NamedTuple):
    """Some of the rows that match, and how many match in all."""

    frame: pd.DataFrame
    total: int


class Moments(NamedTuple):
    """A view's events as its count, span and density strips by kind need them: start and
    end in microseconds since the epoch (UTC), and kind as its place in schema.KINDS."""

    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray


class Archive:
    """A dataset made by ``python -m timeline corpus``, open for queries.

    Safe to share between a server's threads: each query runs on its own cursor.
    """

    def __init__(self, root: Path | str, memory_limit: str = "2GB") -> None:
        self.root = Path(root)
        if not layout.is_dataset(self.root):
            raise InputError(
                f"{self.root} is not a timeline dataset: make one with "
                "python -m timeline corpus ARTICLES... --out DATASET"
            )
        self._con = duckdb.connect(config={"memory_limit": memory_limit})
        self._con.execute("SET TimeZone = 'UTC'; SET enable_progress_bar = false")
        self._lock = threading.Lock()
        self._seen: tuple[object, ...] = ()
        self._refresh()

    def _refresh(self) -> None:
        """Make the views again if the dataset changed since (a run committed a batch or
        compacted): a server open on an archive sees what a corpus run adds."""
        seen = views.signature(self.root)
        if seen == self._seen:
            return
        with self._lock:
            if seen == self._seen:
                return
            self._found = views.create(self._con, self.root)
            self._memo: dict[str, list[str]] | None = None
            present = {r[0] for r in self._con.cursor().sql("DESCRIBE events").fetchall()}
            self._columns = ", ".join(f'"{n}"' for n in schema.NAMES if n in present)
            zones = (
                self._con.cursor()
                .sql("SELECT DISTINCT timezone FROM raw_events LIMIT 2")
                .fetchall()
            )
            self.zone: str = zones[0][0] if len(zones) == 1 else "UTC"
            self._seen = seen

    def _sql(self, query: str, params: list[object] | None = None) -> duckdb.DuckDBPyRelation:
        self._refresh()
        return self._con.cursor().sql(query, params=params or None)

    def _counted(self, where: str, params: list[object]) -> int:
        """How many events match a condition: the count every view, page and window asks."""
        return int(self._sql(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0])

    def _where(self, state: StateLike | None) -> tuple[str, list[object]]:
        return condition(state or {}, self.zone)

    def _frame(self, table: pa.Table, whole: bool = True) -> pd.DataFrame:
        """Arrow rows as an events frame (with ``whole`` False, of only its columns: not
        validated). Lists come as Python lists straight from Arrow (coerce would map every
        cell of six columns: half the cost of a 5,000-row window)."""
        lists = [n for n in table.column_names if n in _LISTS]
        df = schema.coerce(table.drop_columns(lists).to_pandas(types_mapper=_TEXT.get), False)
        for name in lists:
            df[name] = [[] if v is None else v for v in table.column(name).to_pylist()]
        df = df[[n for n in schema.NAMES if n in df]]
        if whole and len(df.columns) < len(schema.NAMES):
            df = schema.coerce(df)  # a column the dataset lacks: its neutral value
        for column in ("start", "end"):
            if column in df:
                df[column] = df[column].dt.tz_convert(self.zone)
        if "edited_at" in df:  # a neutral NaT from an older file comes as Etc/UTC
            df["edited_at"] = df["edited_at"].dt.tz_convert("UTC")
        df = df.reset_index(drop=True)
        return schema.validate(df) if whole else df

    def _events(
        self,
        where: str,
        params: list[object],
        order: str = ORDER,
        limit: int | None = None,
        offset: int = 0,
        columns: Iterable[str] | None = None,
    ) -> pd.DataFrame:
        tail = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        chosen = self._columns
        if columns is not None:
            chosen = ", ".join(f'"{n}"' for n in schema.NAMES if n in set(columns))
        query = f"SELECT {chosen} FROM events WHERE {where} ORDER BY {order}{tail}"
        return self._frame(self._sql(query, params).to_arrow_table(), columns is None)

    # --- what the whole archive holds -----------------------------------------------------

    def count(self, state: StateLike | None = None) -> int:
        """How many events the view keeps."""
        where, params = self._where(state)
        return self._counted(where, params)

    def extent(
        self, state: StateLike | None = None
    ) -> tuple[int, pd.Timestamp | None, pd.Timestamp | None]:
        """``count`` and ``span`` in one pass: how many events the view keeps, its earliest
        start and its latest end (None for none)."""
        where, params = self._where(state)
        n, lo, hi = self._sql(
            f'SELECT count(*), min(start), max("end") FROM events WHERE {where}', params
        ).fetchall()[0]
        if lo is None:
            return int(n), None, None
        return (
            int(n),
            pd.Timestamp(lo).tz_convert(self.zone),
            pd.Timestamp(hi).tz_convert(self.zone),
        )

    def moments(self, state: StateLike | None = None) -> Moments:
        """The view's events' times and kinds in one pass, for a view whose condition costs
        a scan of its own each time it is asked (a search reads every event's text): its
        count, span and strips by kind are then counted from these (``extent_of``,
        density.moments_density), not asked again. Unknown kinds are -1."""
        where, params = self._where(state)
        found = self._sql(
            f'SELECT epoch_us(start) AS s, epoch_us("end") AS e, '
            f"coalesce(list_position(?::VARCHAR[], kind), 0)::SMALLINT - 1 AS k "
            f"FROM events WHERE {where}",
            [list(schema.KINDS), *params],
        ).fetchnumpy()
        return Moments(*(np.asarray(found[c]) for c in ("s", "e", "k")))

    def extent_of(
        self, moments: Moments
    ) -> tuple[int, pd.Timestamp | None, pd.Timestamp | None]:
        """``extent`` of a view from its ``moments``."""
        if not len(moments.start):
            return 0, None, None
        lo, hi = (
            pd.Timestamp(int(v), unit="us", tz="UTC").tz_convert(self.zone)
            for v in (moments.start.min(), moments.end.max())
        )
        return len(moments.start), lo, hi

    def span(self, state: StateLike | None = None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
        """The earliest start and the latest end of the view's events; None if none."""
        where, params = self._where(state)
        lo, hi = self._sql(
            f'SELECT min(start), max("end") FROM events WHERE {where}', params
        ).fetchall()[0]
        if lo is None:
            return None
        return pd.Timestamp(lo).tz_convert(self.zone), pd.Timestamp(hi).tz_convert(self.zone)

    def options(self, limit: int | None = None) -> dict[str, list[str]]:
        """The values each choice filter can take, as filters.options gives them; with
        ``limit``, actors are only the most frequent (a dropdown of 100,000 names is no use)."""
        found = self._options()
        actors = found["actor"][: int(limit)] if limit else found["actor"]
        return {
            "kind": found["kind"],
            "actor": sorted(actors, key=str.lower),
            "source": sorted(found["source"], key=str.lower),
            "doc": found["doc"],
        }

    def _options(self) -> dict[str, list[str]]:
        """The options with actors by frequency: kept by the compaction beside its file
        (compact.py), else counted once for each state of the dataset."""
        self._refresh()
        memo, kept = self._memo, views.options_file(self._found)
        if memo is None and kept is not None and kept.is_file():
            memo = json.loads(kept.read_text(encoding="utf-8"))
        if memo is None:
            memo = self.count_options()
        self._memo = memo
        return memo

    def count_options(self) -> dict[str, list[str]]:
        """Kinds in schema order, actors by frequency, sources, articles in time order."""
        kinds = {r[0] for r in self._sql("SELECT DISTINCT kind FROM events").fetchall()}
        actors = self._sql(
            "SELECT unnest(actors) AS actor FROM events GROUP BY actor "
            "ORDER BY count(*) DESC, actor"
        ).fetchall()
        sources = self._sql("SELECT DISTINCT source FROM events WHERE source <> ''").fetchall()
        docs = self._sql(
            "SELECT doc_id FROM events GROUP BY doc_id "
            "ORDER BY min(struct_pack(start, doc_id, sentence_start, char_start, event_id))"
        ).fetchall()
        return {
            "kind": [k for k in schema.KINDS if k in kinds],
            "actor": [r[0] for r in actors],
            "source": [r[0] for r in sources],
            "doc": [r[0] for r in docs],
        }

    # --- rows ------------------------------------------------------------------------------

    def frame(
        self,
        state: StateLike | None = None,
        limit: int | None = None,
        columns: Iterable[str] | None = None,
    ) -> pd.DataFrame:
        """The view's events as one frame (for extract/render --dataset): bound it with
        ``limit`` when the archive is large; ``columns`` as ``page`` takes them."""
        where, params = self._where(state)
        return self._events(where, params, limit=limit, columns=columns)

    def page(
        self,
        state: StateLike | None = None,
        sort_model: Iterable[Mapping[str, str]] | None = None,
        filter_model: Mapping[str, Mapping[str, Any]] | None = None,
        offset: int = 0,
        limit: int = 100,
        zone: str | None = None,
        total: int | None = None,
        columns: Iterable[str] | None = None,
        starts: tuple[int, int] | None = None,
    ) -> Page:
        """One page of a grid: the view kept by AG Grid's column filters, sorted by its sort
        model (``[{"colId": "start", "sort": "desc"}]``; "when" and "interval" sort by time,
        lists by their text joined with ", "), ties in the archive's order. Columns are
        tested as the dashboard's table shows them: "when" as 'YYYY-MM-DD HH:MM' in
        ``zone`` (default the archive's), no actors as '(none)', "edited" as '✎ who'.
        ``total``: how many the view holds, when the caller knows (it is not counted again).
        ``columns``: only these of the frame's (a grid shows a dozen of thirty: half the cost
        of a page sorted by title at a million events); the frame is then not validated.
        ``starts``: the first and last start (µs since the epoch) of rows the page may hold,
        when the caller knows (a page by time of a searched view, from its moments): the
        scan then skips the row groups of other times, and the search text there."""
        where, params, keys = self._grid(state, sort_model, filter_model, zone)
        if total is None:
            total = self._counted(where, params)
        if starts is not None:
            where += " AND start BETWEEN make_timestamptz(?) AND make_timestamptz(?)"
            params = [*params, *starts]
        frame = self._events(where, params, _order(keys), limit, offset, columns)
        return Page(frame, total)

    def position(
        self,
        event_id: str,
        state: StateLike | None = None,
        sort_model: Iterable[Mapping[str, str]] | None = None,
        filter_model: Mapping[str, Mapping[str, Any]] | None = None,
        zone: str | None = None,
    ) -> int | None:
        """Where an event is in ``page``'s order (0 first), or None if the view lacks it:
        the rows before it counted (no sort), so a grid scrolls to it without the rows
        between."""
        where, params, keys = self._grid(state, sort_model, filter_model, zone)
        values = self._keys_of(event_id, where, params, keys)
        if values is None:
            return None
        before, more = _beyond(keys, values, -1)
        return self._counted(f"({where}) AND ({before})", [*params, *more])

    def next_to(
        self,
        event_id: str | None,
        step: int,
        state: StateLike | None = None,
        sort_model: Iterable[Mapping[str, str]] | None = None,
        filter_model: Mapping[str, Mapping[str, Any]] | None = None,
        zone: str | None = None,
    ) -> str | None:
        """The id of the event after (``step`` 1) or before (-1) ``event_id`` in ``page``'s
        order; the first or last for None; None past either end or for an event the view
        lacks."""
        where, params, keys = self._grid(state, sort_model, filter_model, zone)
        order = _order([(k, desc != (step < 0)) for k, desc in keys])
        if event_id is not None:
            values = self._keys_of(event_id, where, params, keys)
            if values is None:
                return None
            beyond, more = _beyond(keys, values, step)
            where, params = f"({where}) AND ({beyond})", [*params, *more]
        found = self._sql(
            f"SELECT event_id FROM events WHERE {where} ORDER BY {order} LIMIT 1", params
        ).fetchall()
        return str(found[0][0]) if found else None

    def _keys_of(
        self, event_id: str, where: str, params: list[object], keys: list[tuple[str, bool]]
    ) -> list[object] | None:
        """The event's sort keys, if the view holds it: found by id first, on its own, so
        the id's index (compact.INDEXED) finds it whatever else the view asks."""
        columns = ", ".join(k for k, _ in keys)
        found = self._sql(
            "WITH one AS MATERIALIZED (SELECT * FROM events WHERE event_id = ?) "
            f"SELECT {columns} FROM one WHERE {where} LIMIT 1",
            [event_id, *params],
        ).fetchall()
        return list(found[0]) if found else None

    def _grid(
        self,
        state: StateLike | None,
        sort_model: Iterable[Mapping[str, str]] | None,
        filter_model: Mapping[str, Mapping[str, Any]] | None,
        zone: str | None = None,
    ) -> tuple[str, list[object], list[tuple[str, bool]]]:
        """A grid's view as (condition, parameters, sort keys as (expression, descending))."""
        where, params = self._where(state)
        for column, model in (filter_model or {}).items():
            if column in _GRID_ONLY or column in schema.NAMES:
                sql, values = _column_condition(_text(column, zone or self.zone), model)
                where += f" AND ({sql})"
                params += values
        keys: list[tuple[str, bool]] = []
        for item in sort_model or []:
            column, desc = item.get("colId", ""), item.get("sort") == "desc"
            names = TIME_ORDER.get(column) or (
                (column,) if column in schema.NAMES or column == "edited" else ()
            )
            keys += [(_sort_key(n), desc) for n in names]
        return where, params, [*keys, *((k.strip(), False) for k in ORDER.split(","))]

    def window(
        self,
        start: pd.Timestamp,
        end: pd.Timestamp,
        state: StateLike | None = None,
        limit: int = 5000,
        total: int | None = None,
        columns: Iterable[str] | None = None,
    ) -> Page:
        """The view's events overlapping [start, end), at most ``limit`` in time order, and
        how many overlap in all (to choose marks or density strips before drawing).
        ``limit`` 0 only counts; ``total``: the count, when the caller has it; ``columns``
        as ``page`` takes them."""
        where, params = self._where(state)
        where += ' AND start < ? AND "end" > ?'
        params += [_moment(end, self.zone), _moment(start, self.zone)]
        if total is None:
            total = self._counted(where, params)
        if not limit:
            none = schema.empty()
            times = {c: none[c].dt.tz_convert(self.zone) for c in ("start", "end")}
            return Page(none.assign(**times), total)
        return Page(self._events(where, params, limit=limit, columns=columns), total)

    def event(self, event_id: str) -> pd.DataFrame:
        """The event with this id as a one-row frame (empty if there is none)."""
        return self._events("event_id = ?", [event_id], limit=1)

    def article(self, doc_id: str) -> ArticleText | None:
        """An article's text, title, source, publication time and zone, for its pane."""
        row: list[ArticleText] = (
            self._sql(
                "SELECT doc_id, title, source, published, timezone, text FROM articles "
                "WHERE doc_id = ? LIMIT 1",
                [doc_id],
            )
            .to_arrow_table()
            .to_pylist()
        )
        if not row:
            return None
        found = row[0]
        found["published"] = pd.Timestamp(found["published"]).tz_convert(found["timezone"])
        return found

    def titles(self, doc_ids: list[str]) -> list[tuple[str, str]]:
        """(doc_id, title) of these articles in doc_id order, without their texts."""
        rows = self._sql(
            "SELECT doc_id, title FROM articles "
            "WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY doc_id",
            [doc_ids],
        ).fetchall()
        return [(str(d), str(t or "")) for d, t in rows]

    def articles_of(self, doc_ids: list[str]) -> list[ArticleText]:
        """Several articles as ``article`` gives one, in doc_id order (for a chart's title
        and credit line)."""
        rows: list[ArticleText] = (
            self._sql(
                "SELECT doc_id, title, source, published, timezone, text FROM articles "
                "WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY doc_id",
                [doc_ids],
            )
            .to_arrow_table()
            .to_pylist()
        )
        for row in rows:
            row["published"] = pd.Timestamp(row["published"]).tz_convert(row["timezone"])
        return rows

    def articles(self) -> pd.DataFrame:
        """Every article done: key, doc_id, name, title, source, published, events, words."""
        return _pandas(
            self._sql(
                "SELECT article_key, doc_id, name, title, source, published, timezone, events, "
                "words, seconds FROM articles ORDER BY name"
            )
        )

    def errors(self) -> pd.DataFrame:
        """Every article that failed: key, name, kind (input or internal), error."""
        return _pandas(self._sql("SELECT article_key, name, kind, error FROM errors ORDER BY name"))

    def sql(self, query: str, params: list[object] | None = None) -> pd.DataFrame:
        """Any other question, over the views ``events``, ``articles`` and ``errors``."""
        return _pandas(self._sql(query, params))


def _pandas(relation: duckdb.DuckDBPyRelation) -> pd.DataFrame:
    """A result as pandas, through Arrow (whose to_pandas is untyped: pyarrow has no stubs)."""
    frame: pd.DataFrame = relation.to_arrow_table().to_pandas()
    return frame


def _moment(value: pd.Timestamp, zone: str) -> object:
    moment = pd.Timestamp(value)
    return (moment if moment.tzinfo else moment.tz_localize(zone)).to_pydatetime()


_LISTS = {c.name for c in schema.COLUMNS if c.dtype == "list"}
#: Arrow text as the frame's string dtype at once (coerce would convert every column again).
_TEXT = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype()}


#: how the dashboard's table marks an event a person changed (dashboard.data.CURATED_MARK).
CURATED_MARK = "✎"
#: the dashboard table's columns that are no frame column, as the table shows them.
_GRID_ONLY = {
    "when": "strftime(timezone('{zone}', start), '%Y-%m-%d %H:%M')",
    "edited": f"CASE WHEN curated THEN trim('{CURATED_MARK} ' || edited_by) ELSE '' END",
}


def _joined(column: str, zone: str = "UTC") -> str:
    """A column as the text a grid shows: lists joined with ', ' (no actors: '(none)'),
    quantities by their text, "when" and "edited" as the table writes them."""
    if column in _GRID_ONLY:
        return _GRID_ONLY[column].format(zone=zone.replace("'", "''"))
    if column == "actors":
        return f"CASE WHEN len(actors) = 0 THEN '{NO_ACTOR}' ELSE array_to_string(actors, ', ') END"
    if column == "quantities":
        return "array_to_string(list_transform(quantities, q -> q.text), ', ')"
    if column in _LISTS:
        return f"array_to_string({column}, ', ')"
    return f'CAST("{column}" AS VARCHAR)'


def _text(column: str, zone: str = "UTC") -> str:
    """A column's text as a grid filter tests it: lower case."""
    return f"lower({_joined(column, zone)})"


def _sort_key(column: str) -> str:
    return _joined(column) if column in _LISTS or column in _GRID_ONLY else f'"{column}"'


def _order(keys: list[tuple[str, bool]]) -> str:
    return ", ".join(f"{k} {'DESC' if desc else 'ASC'}" for k, desc in keys)


def _beyond(
    keys: list[tuple[str, bool]], values: list[object], step: int
) -> tuple[str, list[object]]:
    """The rows after (``step`` > 0) or before a row with sort keys ``values``, in the
    order ``keys`` sort: (k1 after v1) OR (k1 = v1 AND k2 after v2) OR ...; sort keys are
    never NULL."""
    terms: list[str] = []
    params: list[object] = []
    for i, (key, desc) in enumerate(keys):
        after = (step > 0) != desc
        same = [f"{k} = ?" for k, _ in keys[:i]]
        terms.append("(" + " AND ".join([*same, f"{key} {'>' if after else '<'} ?"]) + ")")
        params += [*values[:i], values[i]]
    return " OR ".join(terms), params


def _column_condition(text: str, model: Mapping[str, Any]) -> tuple[str, list[object]]:
    """One grid column filter (filters._column_mask's meaning) as SQL; AND / OR joins."""
    if "conditions" in model:
        parts = [_column_condition(text, c) for c in model["conditions"]]
        if not parts:
            return "TRUE", []
        join = " OR " if model.get("operator") == "OR" else " AND "
        return join.join(f"({p})" for p, _ in parts), [v for _, vs in parts for v in vs]
    test = _TEXT_TESTS.get(str(model.get("type", "contains")))
    if test is None:
        return "TRUE", []
    return test.format(x=text), [str(model.get("filter") or "").lower()]
