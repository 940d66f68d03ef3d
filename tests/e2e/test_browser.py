"""The dashboard in a real browser: Debian's Chromium driven by Playwright against `streamlit run`."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import openpyxl
import pytest

from tools.screenshots import CHROMIUM_ARGS, free_port, start_app

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
SHOTS = ROOT / "screenshots" / "e2e"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PASSWORD = "mat-khau-du-dai-2019"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (make test installs it with apt as root)"),
]


@pytest.fixture
def app() -> Iterator[str]:
    """A server on a free port with a fresh data dir holding one editor account; stopped by its PID."""
    with tempfile.TemporaryDirectory() as data_dir:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "lib.cli",
                "user",
                "add",
                "bien.tap",
                "--role",
                "editor",
                "--password-stdin",
                "--data-dir",
                data_dir,
            ],
            input=PASSWORD + "\n",
            text=True,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        port = free_port()
        proc = start_app(port, Path(data_dir))
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            proc.wait(timeout=20)


@pytest.fixture
def page(app: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1366, "height": 900}, accept_downloads=True)
        tab.goto(app, wait_until="networkidle")
        tab.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot", timeout=60000)
        yield tab
        browser.close()


def _shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def _main_text(page: object) -> str:
    return page.locator("[data-testid=stMain]").inner_text()  # type: ignore[attr-defined,no-any-return]


SCRIPT_STATE = "document.querySelector('[data-testid=stApp]')?.dataset.testScriptState"


def settle(page: object) -> None:
    """Wait until the script run the last action started has finished (Streamlit marks it on stApp)."""
    from playwright.sync_api import TimeoutError as NoRun

    with contextlib.suppress(NoRun):  # the rerun may not have begun yet, or may be over: wait a little for it
        page.wait_for_function(f"{SCRIPT_STATE} === 'running'", timeout=1500)  # type: ignore[attr-defined]
    page.wait_for_function(f"{SCRIPT_STATE} === 'notRunning'", timeout=60000)  # type: ignore[attr-defined]


def _open(page: object, title: str) -> None:
    link = page.locator("[data-testid=stSidebarNav] a", has_text=title).first  # type: ignore[attr-defined]
    path = urlparse(link.get_attribute("href")).path.rstrip("/")
    link.click()
    page.wait_for_url(lambda url: urlparse(url).path.rstrip("/") == path, timeout=30000)  # type: ignore[attr-defined]
    settle(page)


def _log_in(page: object) -> None:
    sidebar = page.locator("[data-testid=stSidebar]")  # type: ignore[attr-defined]
    sidebar.locator("input[type=text]").first.fill("bien.tap")
    sidebar.locator("input[type=password]").fill(PASSWORD)
    sidebar.locator("[data-testid=stFormSubmitButton] button").click()
    page.wait_for_selector("text=Đăng xuất", timeout=30000)  # type: ignore[attr-defined]


def test_every_page_loads_with_its_chart_and_no_error(page: object) -> None:
    text = _main_text(page)
    assert "46/67 (68,7 %)" in text and "Cần thêm 1 khóm, ấp đến 31/12/2019" in text
    _shot(page, "overview")
    for title, charts in (("Lộ trình", 3), ("Phường, xã", 1), ("Khóm, ấp", 0), ("Lịch sử", 0)):
        _open(page, title)
        assert page.locator("[data-testid=stException]").count() == 0, title  # type: ignore[attr-defined]
        if charts:
            page.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot", timeout=30000)  # type: ignore[attr-defined]
            assert page.locator("[data-testid=stPlotlyChart]").count() >= charts, title  # type: ignore[attr-defined]
        _shot(page, title)


def test_a_click_on_the_ward_chart_opens_that_ward(page: object) -> None:
    chart = page.locator("[data-testid=stPlotlyChart]").nth(1)  # type: ignore[attr-defined]
    chart.scroll_into_view_if_needed()
    bars = chart.locator("g.point path")
    lowest = max((bars.nth(i).bounding_box() for i in range(bars.count())), key=lambda box: box["y"])
    page.mouse.click(lowest["x"] + lowest["width"] / 2, lowest["y"] + lowest["height"] / 2)  # type: ignore[attr-defined]
    # The click sets the ward and switches page; the address may pass through several forms on the way.
    page.wait_for_url(lambda url: "/phuong-xa" in url and "ward=31840" in url, timeout=30000)  # type: ignore[attr-defined]
    settle(page)
    page.wait_for_selector("text=1/4 (25,0 %)", timeout=30000)  # type: ignore[attr-defined]  # Xã Hiệp Thành, the last
    _shot(page, "ward-clicked")


def test_language_switch(page: object) -> None:
    page.get_by_text("English", exact=True).click()  # type: ignore[attr-defined]
    page.wait_for_selector("text=1 more by 31/12/2019", timeout=30000)  # type: ignore[attr-defined]
    assert "46/67 (68.7%)" in _main_text(page)
    _open(page, "Wards & communes")
    assert "Choose a ward or commune" in _main_text(page)


def test_good_upload_makes_a_snapshot_and_bad_upload_changes_nothing(page: object) -> None:
    _log_in(page)
    _open(page, "Cập nhật dữ liệu")
    # The uploader's own texts, in Vietnamese (Streamlit writes them in English; CSS content replaces them).
    page.wait_for_selector("[data-testid=stFileUploaderDropzoneInstructions] span", timeout=30000)  # type: ignore[attr-defined]
    shown = page.evaluate(  # type: ignore[attr-defined]
        """() => [
          '[data-testid=stFileUploaderDropzone] [data-testid=stBaseButton-secondary] p',
          '[data-testid=stFileUploaderDropzoneInstructions] span',
        ].map(s => getComputedStyle(document.querySelector(s), '::after').content)"""
    )
    assert shown == ['"Tải tệp lên"', '"Kéo thả tệp vào đây; tối đa 20 MB mỗi tệp (Excel, CSV, TXT, TSV, Parquet)"']
    bad = Path(tempfile.mkdtemp()) / "sai_2019-09-30.csv"
    bad.write_text("Phường, xã;Khóm, ấp;Kiêm nhiệm\nPhường 9;Khóm 1;x\n", encoding="utf-8")
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(bad))  # type: ignore[attr-defined]
    page.wait_for_selector("text=Tệp có 1 lỗi", timeout=30000)  # type: ignore[attr-defined]
    assert page.get_by_role("button", name="Lưu thành bản số liệu mới").count() == 0  # type: ignore[attr-defined]
    _shot(page, "upload-bad")
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(  # type: ignore[attr-defined]
        str(GOLDEN / "hamlets_2019-09-30.xlsx")
    )
    page.wait_for_selector("text=48/67 (71,6 %)", timeout=30000)  # type: ignore[attr-defined]
    page.get_by_role("button", name="Lưu thành bản số liệu mới").click()  # type: ignore[attr-defined]
    page.wait_for_selector("text=Đã lưu bản số liệu #2", timeout=30000)  # type: ignore[attr-defined]
    _open(page, "Tổng quan")
    page.wait_for_selector("text=48/67 (71,6 %)", timeout=30000)  # type: ignore[attr-defined]
    _open(page, "Lịch sử")
    assert "hamlets_2019-09-30.xlsx" in page.content()  # type: ignore[attr-defined]
    _shot(page, "history-after-upload")


def test_downloads_arrive_and_open(page: object) -> None:
    _open(page, "Khóm, ấp")
    with page.expect_download() as xlsx:  # type: ignore[attr-defined]
        page.get_by_role("button", name="Tải Excel (XLSX)").click()  # type: ignore[attr-defined]
    book = openpyxl.load_workbook(io.BytesIO(Path(xlsx.value.path()).read_bytes()))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[1][0] == "Tính đến ngày 06/05/2019"
    header = next(i for i, row in enumerate(rows) if "Khóm, ấp" in row)
    assert len(rows) - header - 1 == 67
    with page.expect_download() as csv:  # type: ignore[attr-defined]
        page.get_by_role("button", name="Tải CSV").click()  # type: ignore[attr-defined]
    data = Path(csv.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Khóm Trà Kha B" in data.decode("utf-8-sig")
    assert os.path.basename(csv.value.suggested_filename) == "khom_ap_2019-05-06.csv"


def test_the_language_is_kept_in_the_link(app: str, page: object) -> None:
    page.goto(app + "/?lang=en", wait_until="networkidle")  # type: ignore[attr-defined]
    page.wait_for_selector("text=1 more by 31/12/2019", timeout=30000)  # type: ignore[attr-defined]
