"""What the browser tests share: where Chromium is, a server, screenshots, the page's text, waiting, navigating."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as NoRun

from tests.helpers import PASSWORD, ROOT
from tools.screenshots import free_port, start_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = ROOT / "screenshots" / "e2e"
EDITOR = "bien.tap"  # the one account of the app under test, an editor with tests.helpers.PASSWORD
SCRIPT_STATE = "document.querySelector('[data-testid=stApp]')?.dataset.testScriptState"


@contextlib.contextmanager
def served(data_dir: Path, extra_env: Mapping[str, str] | None = None) -> Iterator[str]:
    """The dashboard served on a free port from data_dir (with extra_env, e.g. BL_DATABASE_URL): its URL while the
    block runs; then the server is stopped by its PID."""
    port = free_port()
    proc = start_app(port, data_dir, extra_env=extra_env)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def main_text(page: Page) -> str:
    return page.locator("[data-testid=stMain]").inner_text()


def settle(page: Page) -> None:
    """Wait until the script run the last action started has finished (Streamlit marks it on stApp)."""
    with contextlib.suppress(NoRun):  # the rerun may not have begun yet, or may be over: wait a little for it
        page.wait_for_function(f"{SCRIPT_STATE} === 'running'", timeout=1500)
    page.wait_for_function(f"{SCRIPT_STATE} === 'notRunning'", timeout=60000)


def open_page(page: Page, title: str) -> None:
    """A click on the sidebar's link to the page of that title, then the run it starts."""
    link = page.locator("[data-testid=stSidebarNav] a", has_text=title).first
    path = urlparse(link.get_attribute("href") or "").path.rstrip("/")
    link.click()
    page.wait_for_url(lambda url: urlparse(url).path.rstrip("/") == path, timeout=30000)
    settle(page)


def log_in(page: Page) -> None:
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.locator("input[type=text]").first.fill(EDITOR)
    sidebar.locator("input[type=password]").fill(PASSWORD)
    sidebar.locator("[data-testid=stFormSubmitButton] button").click()
    page.wait_for_selector("text=Đăng xuất", timeout=30000)


def slide_title(page: Page) -> str:
    page.wait_for_selector(".bl-slide .bl-title", timeout=30000)
    return page.locator(".bl-slide .bl-title").first.inner_text()
