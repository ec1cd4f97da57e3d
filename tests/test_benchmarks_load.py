"""The load benchmark's short mode: the production server answers every endpoint it drives,
without one error (timings are the full run's business, not CI's)."""

from __future__ import annotations

from benchmarks import load


def test_short_load_run_hits_every_endpoint_without_error() -> None:
    result = load.run(sessions=5, seconds=5, think=(0.05, 0.1))
    names = {name for name, _, _ in result["rows"]}
    assert names == set(load.NAMES.values()) | set(load.PAGE)
    assert [row for row in result["rows"] if not row[2]] == []
    table = load.table(result)
    assert "**interactive callbacks**" in table and "| `draw` |" in table
