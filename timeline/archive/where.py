"""A view's filters (timeline/filters.py's ``State``) as a SQL condition, so a dataset is
filtered where it lies, with the very meaning the pandas path gives them.

Values travel as parameters, never inside the SQL text. ``since``/``until`` count whole
days in the dataset's zone (its one zone, else UTC, as filters.py reads a frame's), and
``q`` keeps an event when every word of it appears, ignoring case, in its title, its
sentence or its time as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from timeline.filters import clean

Condition = tuple[str, list[object]]
SEARCHED = "search"  # lower(title, sentence, time_text): stored when compacted (views.py)


def condition(state: Mapping[str, Iterable[str] | str | None], zone: str) -> Condition:
    """``(sql, params)`` true for the rows the view keeps; ``TRUE`` for no filter."""
    parts: list[str] = []
    params: list[object] = []
    for key, values in clean(state).items():
        if key in ("kind", "source", "doc"):
            column = {"doc": "doc_id"}.get(key, key)
            parts.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
        elif key == "actor":  # list_contains is 3x faster than list_has_any at a million
            parts.append("(" + " OR ".join("list_contains(actors, ?)" for _ in values) + ")")
            params.extend(values)
        elif key in ("since", "until"):
            moment = day_start(values[-1], zone, days=1 if key == "until" else 0)
            if moment is not None:
                parts.append('"end" > ?' if key == "since" else "start < ?")
                params.append(moment.to_pydatetime())
        elif key == "q":
            for word in " ".join(values).lower().split():
                parts.append(f"contains({SEARCHED}, ?)")
                params.append(word)
    return (" AND ".join(parts) or "TRUE"), params


def day_start(value: str, zone: str, days: int = 0) -> pd.Timestamp | None:
    """Midnight of an ISO date (plus ``days``) in ``zone``; None for a date that is not one."""
    try:
        day = pd.Timestamp(value[:10])
    except ValueError:
        return None
    return (day + pd.Timedelta(days=days)).tz_localize(zone)
