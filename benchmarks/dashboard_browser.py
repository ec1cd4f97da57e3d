"""Dashboard speed as a reader feels it: time to first draw and to apply a filter, in
headless Chromium, with 1k, 10k and 100k synthetic events.

``python -m benchmarks.dashboard_browser [--sizes 1000 10000 100000]`` starts the app on
127.0.0.1 for each size, loads it, and prints one row per size: seconds until the chart
has drawn its events; seconds from choosing a kind in the page's Kind filter until the
count shows the filtered total and the chart has redrawn; and seconds from opening a
filtered URL (``?kind=statement``) until the count shows it. Server logs are silenced so
only the table is printed. Needs Debian's chromium and chromium-driver.
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable

import flask.cli
from dash.testing.application_runners import ThreadedRunner
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.common.by import By

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
# Count the chart's redraws from now on (Plotly fires plotly_afterplot after each one).
WATCH_REDRAWS = (
    f"const gd = document.querySelector('#{ids.GRAPH} .js-plotly-plot');"
    "window.timelineRedraws = 0; gd.on('plotly_afterplot', () => window.timelineRedraws++);"
)
REDRAWS = "return window.timelineRedraws || 0"


def quiet() -> None:
    """No request log, no Flask banner, no 'Dash is running': the table is the output."""
    for name in ("werkzeug", "dash", "dash.dash"):
        logging.getLogger(name).setLevel(logging.ERROR)
    flask.cli.show_server_banner = lambda *args, **kwargs: None  # type: ignore[assignment]


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


def shows(driver: webdriver.Chrome, kept: int) -> bool:
    """Whether the event count shows the filtered total."""
    text = driver.execute_script(COUNT)
    return f"{kept:,} of" in text or f"{kept} of" in text


def choose_kind(driver: webdriver.Chrome, kind: str) -> Callable[[], None]:
    """Open the Kind dropdown; return the click that picks ``kind`` (what gets timed)."""
    driver.find_element(By.CSS_SELECTOR, f"#{ids.FILTER_INPUTS['kind']}").click()
    wait(lambda: bool(driver.find_elements(By.CSS_SELECTOR, ".dash-dropdown-option")), 10)
    option = next(o for o in driver.find_elements(By.CSS_SELECTOR, ".dash-dropdown-option")
                  if o.text == kind)
    return option.click


def measure(n: int, driver: webdriver.Chrome, port: int) -> dict[str, float]:
    frame = synthetic_frame(n)
    kept = len(filters.apply(frame, {"kind": ["statement"]}))
    runner, app = ThreadedRunner(), create_app(frame, ARTICLE)
    app.logger.setLevel(logging.ERROR)  # Dash sets its own level when the app is made
    runner.start(app, port=port)
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        first = wait(lambda: driver.execute_script(DRAWN) > 0)
        time.sleep(0.5)  # let the page settle (table's first rows) before filtering in it
        pick = choose_kind(driver, "statement")
        driver.execute_script(WATCH_REDRAWS)
        t0 = time.perf_counter()
        pick()
        wait(lambda: shows(driver, kept) and driver.execute_script(REDRAWS) > 0)
        in_page = time.perf_counter() - t0
        driver.get(f"http://127.0.0.1:{port}/?kind=statement")
        filtered = wait(lambda: shows(driver, kept))
    finally:
        runner.stop()
    return {"events": n, "first_draw_s": first, "in_page_s": in_page, "filtered_s": filtered,
            "kept": kept}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    quiet()
    driver = browser()
    try:
        rows = [measure(n, driver, args.port + i) for i, n in enumerate(args.sizes)]
    finally:
        driver.quit()
    print("| events | first draw (s) | filter in page (s) | filtered URL (s) | kept |")
    print("|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['events']:,} | {r['first_draw_s']:.2f} | {r['in_page_s']:.2f} | "
              f"{r['filtered_s']:.2f} | {r['kept']:,} |")


if __name__ == "__main__":
    main()
