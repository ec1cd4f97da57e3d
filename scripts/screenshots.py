"""Regenerate the README's dashboard screenshots: ``.venv/bin/python scripts/screenshots.py``.

Starts the dashboard on the default article on a free local port, opens it in headless
Chromium (Debian's chromium and chromedriver, as the browser tests do) and saves
docs/dashboard.png (an event selected), docs/dashboard-filtered.png (a filtered view from
its URL) and docs/dashboard-phone.png (390 x 844). Nothing leaves the machine.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SHOTS = (
    ("dashboard.png", "/", (1400, 1100), True),
    ("dashboard-filtered.png", "/?kind=statement&kind=occurrence&q=police", (1400, 1100), False),
    ("dashboard-phone.png", "/", (390, 844), False),
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the dashboard did not answer at {url} within {seconds:.0f} s")


def browser() -> webdriver.Chrome:
    options = Options()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--hide-scrollbars"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(options=options)


def shoot(driver: webdriver.Chrome, base: str, name: str, path: str, size: tuple[int, int],
          select: bool) -> None:
    driver.set_window_size(*size)
    driver.get(base + path)
    wait = WebDriverWait(driver, 30)
    wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, ".main-svg g.annotation")))
    if select:
        driver.find_element(By.CSS_SELECTOR, "button#next-event").click()
    time.sleep(2)  # let the chart settle after its last redraw
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(size[0], min(max(size[1], height), 4000) if size[0] > 500 else size[1])
    time.sleep(1)
    driver.save_screenshot(str(DOCS / name))
    print(f"wrote docs/{name}")


def main() -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)],
                              cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/")
        driver = browser()
        try:
            for name, path, size, select in SHOTS:
                shoot(driver, base, name, path, size, select)
        finally:
            driver.quit()
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
