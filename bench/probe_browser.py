"""Browser timings (run in its own process by bench/run.py; prints JSON): Chromium opens a page, we wait for a chart.

    python bench/probe_browser.py DATA_DIR RUNS

For the dashboard's overview (on DATA_DIR, and on the embedded default data), for bench/bare_chart.py (one Plotly
chart) and for bench/shell_chart.py (the dashboard's shell around that one chart), each served by `streamlit run` on
a free port as the real-browser tests serve the app: the time from page.goto() to the chart drawn (its SVG in the
page), in a fresh browser context each time. The first visit of each server is reported apart (`first`: the server's
caches are empty then), then RUNS more visits (`warm`), taken in turns (one of each page, then again) so that every
page meets the same load of a shared machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.screenshots import CHROMIUM_ARGS, free_port, start_app  # noqa: E402

WARDS_CHART = "[class*='st-key-bl-wards_chart'] .js-plotly-plot .main-svg"
ANY_CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
ALL_DRAWN = """() => {
  const charts = document.querySelectorAll('[data-testid=stPlotlyChart]');
  return charts.length > 0 && [...charts].every(c => c.querySelector('.js-plotly-plot .main-svg'));
}"""


def visit(browser: object, url: str, wards_chart: bool) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1366, "height": 768})  # type: ignore[attr-defined]
    page = context.new_page()
    try:
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(ANY_CHART, state="attached", timeout=600_000)
        first = time.perf_counter() - start
        main = first
        if wards_chart:
            page.wait_for_selector(WARDS_CHART, state="attached", timeout=600_000)
            main = time.perf_counter() - start
        page.wait_for_function(ALL_DRAWN, timeout=600_000)
        every = time.perf_counter() - start
        errors = page.locator("[data-testid=stException]").count()
        return {"first_chart": first, "chart": main, "all_charts": every, "errors": float(errors)}
    finally:
        context.close()


def main() -> None:
    data_dir, runs = sys.argv[1], int(sys.argv[2])
    from playwright.sync_api import sync_playwright

    empty = tempfile.mkdtemp(prefix="bl-bench-default-")  # the embedded 67 hamlets: the page's own cost
    targets = {
        "overview": (ROOT / "dashboard.py", True, data_dir),
        "overview_default": (ROOT / "dashboard.py", True, empty),
        "bare": (ROOT / "bench" / "bare_chart.py", False, data_dir),
        "shell": (ROOT / "bench" / "shell_chart.py", False, empty),
    }
    out: dict[str, dict[str, Any]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), headless=True, args=CHROMIUM_ARGS
        )
        servers: dict[str, tuple[str, subprocess.Popen[bytes]]] = {}
        try:
            for name, (script, wards, folder) in targets.items():
                port = free_port()
                servers[name] = (f"http://127.0.0.1:{port}/", start_app(port, Path(folder), script))
                out[name] = {"first": visit(browser, servers[name][0], wards), "warm": []}
            for _ in range(runs):
                for name, (_script, wards, _folder) in targets.items():
                    out[name]["warm"].append(visit(browser, servers[name][0], wards))
        finally:
            for _url, server in servers.values():
                server.terminate()
                server.wait(timeout=30)
            browser.close()
            shutil.rmtree(empty, ignore_errors=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
