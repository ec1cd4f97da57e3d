"""Filtering the events frame: a table of small filters, one per URL query parameter.

A view's filters are a ``State``: parameter name -> chosen values, exactly what a query
string holds (``?kind=statement&kind=plan&q=witness``). Each ``Filter`` turns its values into
a row mask; a view keeps the rows every active filter keeps (values of one filter are
alternatives). ``timeline.viewstate`` reads and writes the whole view (these filters and how
the chart is drawn) as a URL, so a filtered view can be shared and restored. Nothing here
knows about Dash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from timeline.schema import KINDS
from timeline.zones import zone_for

State = dict[str, tuple[str, ...]]
Mask = Callable[[pd.DataFrame, tuple[str, ...]], "pd.Series[bool]"]


@dataclass(frozen=True)
class Filter:
    """One URL parameter: its name, its label in the page, whether it takes several values."""

    key: str
    label: str
    mask: Mask
    multi: bool = True


def _column_in(column: str) -> Mask:
    def mask(df: pd.DataFrame, values: tuple[str, ...]) -> pd.Series:
        return df[column].isin(values)

    return mask


def _actors(df: pd.DataFrame, values: tuple[str, ...]) -> pd.Series:
    wanted = set(values)
    hits = [not wanted.isdisjoint(names) for names in df["actors"]]
    return pd.Series(hits, index=df.index, dtype=bool)


def _day_start(df: pd.DataFrame, value: str, days: int = 0) -> pd.Timestamp | None:
    """Midnight of an ISO date (plus ``days``) in the frame's zone; None for a bad date."""
    try:
        day = pd.Timestamp(value[:10])
    except ValueError:
        return None
    zone = df["start"].dt.tz if len(df) else "UTC"
    if "timezone" in df and len(df) and df["timezone"].nunique() == 1:
        zone = zone_for(str(df["timezone"].iloc[0]))
    return (day + pd.Timedelta(days=days)).tz_localize(zone)


def _since(df: pd.DataFrame, values: tuple[str, ...]) -> pd.Series:
    """Events that end after the start of that day (overlapping it counts)."""
    moment = _day_start(df, values[-1])
    return df["end"] > moment if moment is not None else _all(df)


def _until(df: pd.DataFrame, values: tuple[str, ...]) -> pd.Series:
    """Events that start before the end of that day."""
    moment = _day_start(df, values[-1], days=1)
    return df["start"] < moment if moment is not None else _all(df)


def _search(df: pd.DataFrame, values: tuple[str, ...]) -> pd.Series:
    """Every word of the query appears in the title, the sentence or the time as written."""
    haystack = (df["title"] + "\n" + df["sentence"] + "\n" + df["time_text"]).str.lower()
    keep = np.ones(len(df), dtype=bool)
    for word in " ".join(values).lower().split():
        keep &= haystack.str.contains(word, regex=False).to_numpy(dtype=bool)
    return pd.Series(keep, index=df.index)


def _all(df: pd.DataFrame) -> pd.Series:
    return pd.Series(True, index=df.index)


FILTERS: tuple[Filter, ...] = (
    Filter("kind", "Kind", _column_in("kind")),
    Filter("actor", "Actor", _actors),
    Filter("source", "Source", _column_in("source")),
    Filter("doc", "Article", _column_in("doc_id")),
    Filter("since", "From", _since, multi=False),
    Filter("until", "To", _until, multi=False),
    Filter("q", "Search", _search, multi=False),
)
BY_KEY: dict[str, Filter] = {f.key: f for f in FILTERS}


def clean(raw: Mapping[str, Iterable[str] | str | None]) -> State:
    """Known parameters only, blank values dropped, single-valued ones reduced to their last."""
    state: State = {}
    for flt in FILTERS:
        given = raw.get(flt.key)
        items = [given] if isinstance(given, str) else list(given or [])
        values = tuple(dict.fromkeys(v.strip() for v in items if v and v.strip()))
        if values:
            state[flt.key] = values if flt.multi else values[-1:]
    return state


def apply(df: pd.DataFrame, state: Mapping[str, Iterable[str] | str | None]) -> pd.DataFrame:
    """The rows of ``df`` the view keeps, in their original order."""
    keep = _all(df)
    for key, values in clean(state).items():
        keep &= BY_KEY[key].mask(df, values)
    return df[keep]


def options(df: pd.DataFrame) -> dict[str, list[str]]:
    """The values each choice filter can take in this frame, for the page's dropdowns."""
    actors = sorted({a for names in df["actors"] for a in names}, key=str.lower)
    return {
        "kind": [k for k in KINDS if k in set(df["kind"])],
        "actor": actors,
        "source": sorted({s for s in df["source"] if s}, key=str.lower),
        "doc": list(dict.fromkeys(df["doc_id"])),
    }


# --- the events table: its own column filters and sort, applied on the server --------------

#: a column's text, for the rows of the frame it is given (how the table shows that column).
ColumnText = Callable[[pd.DataFrame, str], "pd.Series[str]"]
#: columns whose order is time order, not the order of their text ('Mon 7…' < 'Tue 1…').
TIME_ORDER: dict[str, tuple[str, ...]] = {"when": ("start",), "interval": ("start", "end")}
_TEXT_TESTS: dict[str, Callable[[pd.Series[str], str], pd.Series[bool]]] = {
    "contains": lambda s, v: s.str.contains(v, regex=False),
    "notContains": lambda s, v: ~s.str.contains(v, regex=False),
    "equals": lambda s, v: s == v,
    "notEqual": lambda s, v: s != v,
    "startsWith": lambda s, v: s.str.startswith(v),
    "endsWith": lambda s, v: s.str.endswith(v),
    "blank": lambda s, v: s.str.strip() == "",
    "notBlank": lambda s, v: s.str.strip() != "",
}


def table_view(
    df: pd.DataFrame,
    text: ColumnText,
    sort_model: Iterable[Mapping[str, str]] | None = None,
    filter_model: Mapping[str, Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """The rows a table shows, in its order: ``df`` kept by the column filters, then sorted.

    The models are AG Grid's (``[{"colId": "when", "sort": "asc"}]`` and ``{"title":
    {"filterType": "text", "type": "contains", "filter": "police"}}``), so a table that asks
    the server for one slice at a time filters and sorts exactly as it would itself: text
    tests ignore case, and the sort is stable (ties keep the frame's order). Only the
    columns a model names are turned into text, so a plain view costs nothing.
    """
    keep = np.ones(len(df), dtype=bool)
    for column, model in (filter_model or {}).items():
        keep &= _column_mask(text(df, column), model)
    view = df[keep]
    keys, ascending = [], []
    for item in sort_model or []:
        column, up = item["colId"], item.get("sort", "asc") != "desc"
        for name in TIME_ORDER.get(column, ()):
            keys.append(view[name])
            ascending.append(up)
        if column not in TIME_ORDER:
            keys.append(text(view, column))
            ascending.append(up)
    if not keys:
        return view
    order = pd.DataFrame({i: k.reset_index(drop=True) for i, k in enumerate(keys)})
    position = order.sort_values(list(order.columns), ascending=ascending, kind="stable").index
    return view.iloc[position.to_numpy()]


def _column_mask(values: pd.Series, model: Mapping[str, Any]) -> np.ndarray:
    """One column filter: a single condition, or several joined by AND / OR."""
    if "conditions" in model:
        masks = [_column_mask(values, c) for c in model["conditions"]]
        join = np.logical_or if model.get("operator") == "OR" else np.logical_and
        return join.reduce(masks) if masks else np.ones(len(values), dtype=bool)
    test = _TEXT_TESTS.get(str(model.get("type", "contains")))
    if test is None:
        return np.ones(len(values), dtype=bool)
    wanted = str(model.get("filter") or "").lower()
    return test(values.astype(str).str.lower(), wanted).to_numpy(dtype=bool)
