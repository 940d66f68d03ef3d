"""Full-page screenshots of every page, in both languages, at laptop and projector sizes (make screenshots).

Usage: [SCREENSHOT_LOGIN=name:password] [SCREENSHOT_QUERY=units=today] python tools/screenshots.py [STORE.sqlite]; with
a store, the pages start from a copy of it; with a login, the pages an account may use are shot too; with a query, the
first page opens with it (e.g. the figures on today's units), and the pages keep the view it sets.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
# URL path of each page -> the screenshot's name (the default page has no path of its own)
PAGES = {
    "lo-trinh": "progress",
    "phuong-xa": "wards",
    "khom-ap": "hamlets",
    "cap-nhat": "upload",
    "lich-su": "history",
    "quan-tri": "admin",
    "trinh-chieu": "present",
    "nhan-su": "staffing",
}
MAX_SLIDES = 15
SAMPLE = ROOT / "tests" / "golden" / "hamlets_2019-09-30.xlsx"  # uploaded on the upload page (not stored)
SIZES = {"laptop": (1366, 768), "projector": (1920, 1080)}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_app(
    port: int, data_dir: Path, script: Path = ROOT / "dashboard.py", extra_env: Mapping[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Serve a Streamlit script (the dashboard by default) on 127.0.0.1:port, healthy, with extra_env added to its
    environment (BL_DATABASE_URL, say); returns the streamlit process itself."""
    env = dict(os.environ, BL_DATA_DIR=str(data_dir), **(extra_env or {}))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ui.serve",  # streamlit run, with pages/ read as st.navigation pages from the first visit on
            "run",
            str(script),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("the app did not become healthy in 60 s")


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def slides(browser: Any, port: int, lang: str, size_name: str, width: int, height: int) -> None:
    """Presentation mode as the room sees it (embedded, no sidebar): one screenshot of the screen per slide."""
    page = browser.new_page(viewport={"width": width, "height": height})
    for number in range(1, MAX_SLIDES + 1):
        page.goto(
            f"http://127.0.0.1:{port}/trinh-chieu?embed=true&lang={lang}&slide={number}", wait_until="networkidle"
        )
        page.wait_for_selector(".bl-slide .bl-title", timeout=60000)
        page.wait_for_timeout(1500)
        target = OUT / f"slide{number:02d}_{lang}_{size_name}.png"
        page.screenshot(path=str(target))
        print(target.relative_to(ROOT))
        if page.locator("[data-testid=stButton] button").nth(1).is_disabled():
            break
    page.close()


def main() -> int:
    from playwright.sync_api import sync_playwright

    browser_path = chromium_path()
    if browser_path is None:
        print("no chromium on PATH: apt-get install chromium", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    port = free_port()
    with tempfile.TemporaryDirectory() as data_dir:
        if len(sys.argv) > 1:  # start from a copy of a given store (to look at pages with history)
            shutil.copy(sys.argv[1], Path(data_dir) / "store.sqlite")
        proc = start_app(port, Path(data_dir))
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=browser_path, headless=True, args=CHROMIUM_ARGS)
                for size_name, (width, height) in SIZES.items():
                    for lang in ("vi", "en"):
                        page = browser.new_page(viewport={"width": width, "height": height})
                        query = os.environ.get("SCREENSHOT_QUERY", "")
                        page.goto(f"http://127.0.0.1:{port}/?{query}", wait_until="networkidle")
                        page.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot", timeout=60000)
                        if lang == "en":
                            page.get_by_text("English", exact=True).click()
                            page.wait_for_timeout(1500)
                        login = os.environ.get("SCREENSHOT_LOGIN")  # "name:password": log in first
                        if login:
                            name, _, password = login.partition(":")
                            page.locator("[data-testid=stSidebar] input[type=text]").first.fill(name)
                            page.locator("[data-testid=stSidebar] input[type=password]").fill(password)
                            page.locator("[data-testid=stSidebar] [data-testid=stFormSubmitButton] button").click()
                            page.wait_for_timeout(2500)
                        links = page.locator("[data-testid=stSidebarNav] a").count()
                        for index in range(links):
                            link = page.locator("[data-testid=stSidebarNav] a").nth(index)
                            path = (link.get_attribute("href") or "").rstrip("/").rsplit("/", 1)[-1]
                            name = PAGES.get(path, "overview")
                            link.click()
                            page.wait_for_timeout(2500)
                            if name == "upload":
                                page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(SAMPLE)
                                # its preview's chart, or the errors that keep it from being stored
                                shown = "[data-testid=stPlotlyChart] .js-plotly-plot, [data-testid=stAlertContentError]"
                                page.wait_for_selector(shown, timeout=60000)
                                page.wait_for_timeout(1500)
                            target = OUT / f"{name}_{lang}_{size_name}.png"
                            # Streamlit scrolls an inner container: grow the viewport to its content.
                            full = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
                            page.set_viewport_size({"width": width, "height": max(height, int(full))})
                            page.wait_for_timeout(800)
                            page.screenshot(path=str(target), full_page=True)
                            page.set_viewport_size({"width": width, "height": height})
                            print(target.relative_to(ROOT))
                        page.close()
                        slides(browser, port, lang, size_name, width, height)
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
