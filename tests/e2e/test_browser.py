"""The dashboard in a real browser: Debian's Chromium driven by Playwright against `streamlit run`."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import openpyxl
from playwright.sync_api import Page

from tests.e2e.browser import log_in, main_text, open_page, settle, shot
from tests.helpers import GOLDEN


def test_every_page_loads_with_its_chart_and_no_error(page: Page) -> None:
    text = main_text(page)
    assert "46/67 (68,7 %)" in text and "Cần thêm 1 khóm, ấp đến 31/12/2019" in text
    shot(page, "overview")
    for title, charts in (("Lộ trình", 3), ("Phường, xã", 1), ("Khóm, ấp", 0), ("Lịch sử", 0)):
        open_page(page, title)
        assert page.locator("[data-testid=stException]").count() == 0, title
        if charts:
            page.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot", timeout=30000)
            assert page.locator("[data-testid=stPlotlyChart]").count() >= charts, title
        shot(page, title)


def test_a_click_on_the_ward_chart_opens_that_ward(page: Page) -> None:
    chart = page.locator("[data-testid=stPlotlyChart]").nth(1)
    chart.scroll_into_view_if_needed()
    bars = chart.locator("g.point path")
    boxes = [box for i in range(bars.count()) if (box := bars.nth(i).bounding_box()) is not None]
    lowest = max(boxes, key=lambda box: box["y"])
    page.mouse.click(lowest["x"] + lowest["width"] / 2, lowest["y"] + lowest["height"] / 2)
    # The click sets the ward and switches page; the address may pass through several forms on the way.
    page.wait_for_url(lambda url: "/phuong-xa" in url and "ward=31840" in url, timeout=30000)
    settle(page)
    page.wait_for_selector("text=1/4 (25,0 %)", timeout=30000)  # Xã Hiệp Thành, the last
    shot(page, "ward-clicked")


def test_language_switch(page: Page) -> None:
    page.get_by_text("English", exact=True).click()
    page.wait_for_selector("text=1 more by 31/12/2019", timeout=30000)
    assert "46/67 (68.7%)" in main_text(page)
    open_page(page, "Wards & communes")
    assert "Choose a ward or commune" in main_text(page)


def test_good_upload_makes_a_snapshot_and_bad_upload_changes_nothing(page: Page) -> None:
    log_in(page)
    open_page(page, "Cập nhật dữ liệu")
    # The uploader's own texts, in Vietnamese (Streamlit writes them in English; CSS content replaces them).
    page.wait_for_selector("[data-testid=stFileUploaderDropzoneInstructions] span", timeout=30000)
    shown = page.evaluate(
        """() => [
          '[data-testid=stFileUploaderDropzone] [data-testid=stBaseButton-secondary] p',
          '[data-testid=stFileUploaderDropzoneInstructions] span',
        ].map(s => getComputedStyle(document.querySelector(s), '::after').content)"""
    )
    assert shown == ['"Tải tệp lên"', '"Kéo thả tệp vào đây; tối đa 20 MB mỗi tệp (Excel, CSV, TXT, TSV, Parquet)"']
    bad = Path(tempfile.mkdtemp()) / "sai_2019-09-30.csv"
    bad.write_text("Phường, xã;Khóm, ấp;Kiêm nhiệm\nPhường 9;Khóm 1;x\n", encoding="utf-8")
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(bad))
    page.wait_for_selector("text=Tệp có 1 lỗi", timeout=30000)
    assert page.get_by_role("button", name="Lưu thành bản số liệu mới").count() == 0
    shot(page, "upload-bad")
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(
        str(GOLDEN / "hamlets_2019-09-30.xlsx")
    )
    page.wait_for_selector("text=48/67 (71,6 %)", timeout=30000)
    page.get_by_role("button", name="Lưu thành bản số liệu mới").click()
    page.wait_for_selector("text=Đã lưu bản số liệu #2", timeout=30000)
    open_page(page, "Tổng quan")
    page.wait_for_selector("text=48/67 (71,6 %)", timeout=30000)
    open_page(page, "Lịch sử")
    assert "hamlets_2019-09-30.xlsx" in page.content()
    shot(page, "history-after-upload")


def test_downloads_arrive_and_open(page: Page) -> None:
    open_page(page, "Khóm, ấp")
    with page.expect_download() as xlsx:
        page.get_by_role("button", name="Tải Excel (XLSX)").click()
    book = openpyxl.load_workbook(io.BytesIO(Path(xlsx.value.path()).read_bytes()))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[1][0] == "Tính đến ngày 06/05/2019"
    header = next(i for i, row in enumerate(rows) if "Khóm, ấp" in row)
    assert len(rows) - header - 1 == 67
    with page.expect_download() as csv:
        page.get_by_role("button", name="Tải CSV").click()
    data = Path(csv.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Khóm Trà Kha B" in data.decode("utf-8-sig")
    assert os.path.basename(csv.value.suggested_filename) == "khom_ap_2019-05-06.csv"


def test_the_language_is_kept_in_the_link(app: str, page: Page) -> None:
    page.goto(app + "/?lang=en", wait_until="networkidle")
    page.wait_for_selector("text=1 more by 31/12/2019", timeout=30000)
