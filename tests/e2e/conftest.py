"""Browser tests: every test under tests/e2e is marked e2e (`-m "not e2e"` leaves them out) and needs Chromium."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.e2e.browser import CHROMIUM, EDITOR, served
from tests.helpers import PASSWORD, cli_process
from tools.screenshots import CHROMIUM_ARGS

HERE = Path(__file__).resolve().parent
NO_CHROMIUM = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on PATH (make test installs it with apt as root)"
)


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(NO_CHROMIUM)


@pytest.fixture
def app() -> Iterator[str]:
    """A server on a free port with a fresh data dir holding one editor account; stopped by its PID."""
    with tempfile.TemporaryDirectory() as data_dir:
        made = cli_process(
            "user", "add", EDITOR, "--role", "editor", "--password-stdin", "--data-dir", data_dir, stdin=PASSWORD + "\n"
        )
        assert made.returncode == 0, made.stderr
        with served(Path(data_dir)) as url:
            yield url


@pytest.fixture
def page(app: str) -> Iterator[Page]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1366, "height": 900}, accept_downloads=True)
        tab.goto(app, wait_until="networkidle")
        tab.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot", timeout=60000)
        yield tab
        browser.close()
