"""The column-mapping step in a real browser: an unknown header is pointed at, stored, and remembered."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from tests.e2e.browser import log_in, main_text, open_page, settle, shot

WARDS = [
    ("Phường 1", 7, 4),
    ("Phường 2", 7, 5),
    ("Phường 3", 7, 5),
    ("Phường 5", 7, 6),
    ("Phường 7", 7, 6),
    ("Phường 8", 8, 5),
    ("Phường Nhà Mát", 6, 4),
    ("Xã Vĩnh Trạch", 8, 6),
    ("Xã Vĩnh Trạch Đông", 6, 4),
    ("Xã Hiệp Thành", 4, 2),
]


def _file(folder: Path, name: str, bump: int) -> Path:
    lines = ["BIỂU TỔNG HỢP", "Tính đến ngày 31/12/2019", "Đơn vị,Số khóm ấp,Đạt,Ghi chú"]
    lines += [f"{w},{h},{c + (bump if i == 0 else 0)}," for i, (w, h, c) in enumerate(WARDS)]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _upload(page: Page, path: Path) -> None:
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(path))
    settle(page)


def test_map_a_column_store_then_the_same_layout_needs_no_question(page: Page, tmp_path: Path) -> None:
    log_in(page)
    open_page(page, "Cập nhật dữ liệu")
    _upload(page, _file(tmp_path, "bieu_a.csv", 0))
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
    _upload(page, _file(tmp_path, "bieu_b.csv", 1))
    page.wait_for_selector("text=được ghi nhớ cho bố cục tiêu đề này", timeout=60000)
    assert "Chọn cột còn thiếu" not in main_text(page)
    page.wait_for_selector("text=48/67 (71,6 %)", timeout=60000)
    shot(page, "upload-mapping-remembered")
    page.get_by_role("button", name="Lưu thành bản số liệu mới").click()
    page.wait_for_selector("text=Đã lưu bản số liệu #3", timeout=60000)
