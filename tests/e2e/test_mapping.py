"""The column-mapping step in a real browser: an unknown header is pointed at, stored, and remembered."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from tests.e2e.browser import log_in, main_text, open_page, settle, shot
from tests.helpers import unknown_header_file


def _upload(page: Page, path: Path) -> None:
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(path))
    settle(page)


def test_map_a_column_store_then_the_same_layout_needs_no_question(page: Page, tmp_path: Path) -> None:
    log_in(page)
    open_page(page, "Cập nhật dữ liệu")
    _upload(page, unknown_header_file(tmp_path, "bieu_a.csv"))
    page.wait_for_selector("text=Chọn cột còn thiếu", timeout=60000)
    assert page.get_by_role("button", name="Lưu thành bản số liệu mới").count() == 0
    shot(page, "upload-mapping-asked")
    page.locator("[data-testid=stSelectbox]", has_text="Cột chứa «Đã kiêm nhiệm»").click()
    page.get_by_role("option", name="3. «Đạt» (4, 5, 5)").click()
    settle(page)
    page.wait_for_selector("text=47/67 (70,1 %)", timeout=60000)
    shot(page, "upload-mapping-chosen")
    page.get_by_role("button", name="Lưu thành bản số liệu mới").click()
    page.wait_for_selector("text=Đã lưu bản số liệu #2", timeout=60000)
    # the message shows while the store runs; the fresh file picker comes with the run after it
    page.locator("[data-testid=stFileUploader]", has_text="bieu_a.csv").wait_for(state="detached", timeout=60000)
    settle(page)
    _upload(page, unknown_header_file(tmp_path, "bieu_b.csv", bump=1))
    page.wait_for_selector("text=được ghi nhớ cho bố cục tiêu đề này", timeout=60000)
    assert "Chọn cột còn thiếu" not in main_text(page)
    page.wait_for_selector("text=48/67 (71,6 %)", timeout=60000)
    shot(page, "upload-mapping-remembered")
    page.get_by_role("button", name="Lưu thành bản số liệu mới").click()
    page.wait_for_selector("text=Đã lưu bản số liệu #3", timeout=60000)
