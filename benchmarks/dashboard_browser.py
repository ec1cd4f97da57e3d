"""Dashboard speed as a reader feels it: time to first draw and to apply a filter, in
headless Chromium, with 1k, 10k and 100k synthetic events.

``python -m benchmarks.dashboard_browser [--sizes 1000 10000 100000]`` starts the app on
127.0.0.1 for each size, loads it, and prints one row per size: seconds until the chart
has drawn its events, and seconds from opening a filtered URL (``?kind=statement``) until
the event count shows the filtered total. Needs Debian's chromium and chromium-driver.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from dash.testing.application_runners import ThreadedRunner
from selenium import webdriver
from selenium.webdriver.chrome.options import Options

from benchmarks.dashboard import synthetic_frame
from dashboard import create_app, ids
from timeline import filters
from timeline.ingest import article_from_text

ARTICLE = article_from_text("A synthetic article for the benchmark.", "2022-03-01T12:00+13:00",
                            "Pacific/Auckland")
# Plotly's graph div keeps what it drew; SVG points and WebGL traces both count.
DRAWN = (
    f"const gd = document.querySelector('#{ids.GRAPH} .js-plotly-plot');"
    "return gd && gd._fullData && gd.calcdata ? gd._fullData.length : 0"
)
COUNT = f"return (document.getElementById('{ids.COUNT}') || {{}}).textContent || ''"


def browser() -> webdriver.Chrome:
    options = Options()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--window-size=1400,1000"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options)


def wait(check: Callable[[], bool], timeout: float = 300) -> float:
    """Seconds until check() holds (polling every 50 ms)."""
    t0 = time.perf_counter()
    while not check():
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError("the page did not get there in time")
        time.sleep(0.05)
    return time.perf_counter() - t0


def measure(n: int, driver: webdriver.Chrome, port: int) -> dict[str, float]:
    frame = synthetic_frame(n)
    kept = len(filters.apply(frame, {"kind": ["statement"]}))
    runner = ThreadedRunner()
    runner.start(create_app(frame, ARTICLE), port=port)
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        first = wait(lambda: driver.execute_script(DRAWN) > 0)
        driver.get(f"http://127.0.0.1:{port}/?kind=statement")
        filtered = wait(lambda: f"{kept:,}" in driver.execute_script(COUNT)
                        or str(kept) in driver.execute_script(COUNT))
    finally:
        runner.stop()
    return {"events": n, "first_draw_s": first, "filtered_s": filtered, "kept": kept}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    driver = browser()
    try:
        rows = [measure(n, driver, args.port + i) for i, n in enumerate(args.sizes)]
    finally:
        driver.quit()
    print("| events | first draw (s) | filtered view (s) | kept |")
    print("|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['events']:,} | {r['first_draw_s']:.2f} | {r['filtered_s']:.2f} | "
              f"{r['kept']:,} |")


if __name__ == "__main__":
    main()
