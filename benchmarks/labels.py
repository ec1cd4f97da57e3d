"""Label layout speed: place every label of 100, 1,000 and 5,000 visible events.

``python -m benchmarks.labels [--sizes 100 1000 5000] [--repeat 5]`` prints one row per size
and layout: the best wall time of the label layout alone (``labelled.plan_chart``: pixel
extents, text widths, fitting and placing every label, one core), of the whole figure
(``timeline_figure``, Plotly objects included), how many labels were placed, and the
figure's height. The goal is 1,000 visible events laid out within 100 ms. Events are the
synthetic ones of ``benchmarks.dashboard`` squeezed into one week, so labels compete.
"""

from __future__ import annotations

import argparse

import pandas as pd

from benchmarks.dashboard import best_of, synthetic_frame
from timeline.figures import timeline_figure
from timeline.labelled import plan_chart
from timeline.marks import add_hover, lane_rows
from timeline.zones import zone_for

LAYOUTS = ("story", "lanes")


def week_frame(n: int) -> pd.DataFrame:
    """``n`` events over one week: the synthetic frame's two months folded onto seven days."""
    frame = synthetic_frame(n)
    base = frame["start"].min()
    folded = base + (frame["start"] - base) % pd.Timedelta(days=7)
    return frame.assign(start=folded, end=folded + (frame["end"] - frame["start"]))


def measure(n: int, layout: str, repeat: int) -> dict[str, float | int | str]:
    frame = week_frame(n)
    rows = lane_rows(frame, "kind", zone_for(str(frame["timezone"].iloc[0])))
    add_hover(rows)
    plan_s, plan = best_of(lambda: plan_chart(rows, "kind", layout, "time", None, 1200, None,  # type: ignore[arg-type]
                                              True, True), repeat)
    figure_s, fig = best_of(lambda: timeline_figure(frame, layout=layout, axis="time",  # type: ignore[arg-type]
                                                    title="Benchmark"), repeat)
    labelled = int((plan.events["label"] != "").sum())  # type: ignore[attr-defined]
    return {"events": n, "layout": layout, "plan_ms": plan_s * 1000, "figure_s": figure_s,
            "labelled": labelled, "height": int(fig.layout.height)}  # type: ignore[attr-defined]


def table(rows: list[dict[str, float | int | str]]) -> str:
    lines = ["| events | layout | label layout (ms) | whole figure (s) | labelled | height (px) |",
             "|---:|---|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['events']:,} | {r['layout']} | {r['plan_ms']:.0f} | "
                     f"{r['figure_s']:.2f} | {r['labelled']:,} | {r['height']:,} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    print(table([measure(n, layout, args.repeat) for n in args.sizes for layout in LAYOUTS]))


if __name__ == "__main__":
    main()
