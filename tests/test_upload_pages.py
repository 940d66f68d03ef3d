"""AppTest of the upload and history pages: a real upload into a temporary store, errors, restore."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from lib import store
from tests.helpers import APP, GOLDEN, SignIn

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _at(sign_in: SignIn, page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "Trần Thị Thu")
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _upload(at: AppTest, name: str, data: bytes, mime: str) -> None:
    uploader = next(w for w in at.file_uploader if w.proto.id and "upload_file" in w.id)
    uploader.set_value((name, data, mime)).run()
    assert not at.exception, at.exception


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_good_upload_shows_what_was_read_and_stores_on_confirm(data_dir: Path, sign_in: SignIn) -> None:
    at = _at(sign_in, "pages/upload.py")
    _upload(at, "hamlets_2019-09-30.xlsx", (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes(), XLSX)
    metrics = _metrics(at)
    assert metrics["Loại biểu"] == "khóm, ấp"
    assert metrics["Dòng tiêu đề"] == "7"
    assert metrics["Bảng mã"] == "Excel"
    assert any(c.value == "Đã đọc trang tính «Biểu 2»." for c in at.caption)
    assert metrics["Tính đến ngày"] == "30/09/2019"
    assert metrics["Tính đến ngày 06/05/2019"] == "46/67 (68,7 %)"
    assert metrics["Tính đến ngày 30/09/2019"] == "48/67 (71,6 %)"
    assert any("Không có lỗi" in s.value for s in at.success)
    compare = json.loads(at.get("plotly_chart")[0].proto.spec)
    before, after = compare["data"][-2:]
    assert sum(before["x"]) == 46 and sum(after["x"]) == 48
    assert [r.id for r in store.history(data_dir)] == [1]  # nothing stored before the confirmation
    at.button(key="bl.upload_confirm").click().run()
    assert not at.exception
    assert any("Đã lưu bản số liệu #2, tính đến ngày 30/09/2019." in s.value for s in at.success)
    rows = store.history(data_dir)
    assert [(r.id, r.concurrent, r.current, r.uploaded_by) for r in rows] == [
        (2, 48, True, "Trần Thị Thu"),
        (1, 46, False, ""),
    ]
    # The overview now shows the new snapshot.
    at.switch_page("pages/overview.py").run()
    assert _metrics(at)["Bí thư kiêm trưởng khóm, ấp"] == "48/67 (71,6 %)"


def test_bad_upload_lists_errors_with_rows_and_stores_nothing(data_dir: Path, sign_in: SignIn) -> None:
    at = _at(sign_in, "pages/upload.py")
    bad = "Phường, xã;Khóm, ấp;Bí thư kiêm trưởng khóm, ấp\nPhường 9;Khóm 1;x\nPhường 1;K1;x\nP.1;khóm 01;x\n"
    _upload(at, "ds_2019-09-30.csv", bad.encode("utf-8"), "text/csv")
    assert any("2 lỗi" in e.value for e in at.error)
    table = at.dataframe[0].value
    assert list(table["Mức"])[:2] == ["Lỗi", "Lỗi"]
    assert list(table["Dòng"])[:2] == ["2", "4"]
    assert "có phải «Phường 8»?" in table["Nội dung"].iloc[0]
    assert "Khóm 1 đã có ở dòng 3." in table["Nội dung"].iloc[1]
    assert "bl.upload_confirm" not in [b.key for b in at.button]  # no way to store a file with errors
    assert [r.id for r in store.history(data_dir)] == [1]


def test_same_file_twice_is_detected(data_dir: Path, sign_in: SignIn) -> None:
    data = (GOLDEN / "ward_summary_2019-12-31_cp1258.csv").read_bytes()
    at = _at(sign_in, "pages/upload.py")
    _upload(at, "ward_summary_2019-12-31_cp1258.csv", data, "text/csv")
    assert _metrics(at)["Bảng mã"] == "Windows-1258"
    at.button(key="bl.upload_confirm").click().run()
    _upload(at, "copy.csv", data, "text/csv")
    assert any("đã được tải lên trước đây (bản số liệu #2" in w.value for w in at.warning)
    assert "bl.upload_confirm" not in [b.key for b in at.button]
    assert len(store.history(data_dir)) == 2


def test_history_compares_and_restores(data_dir: Path, sign_in: SignIn) -> None:
    at = _at(sign_in, "pages/upload.py")
    _upload(at, "hamlets_2019-09-30.xlsx", (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes(), XLSX)
    at.button(key="bl.upload_confirm").click().run()
    at.switch_page("pages/history.py").run()
    assert not at.exception
    listing = at.dataframe[0].value
    assert list(listing["Số"]) == ["#2", "#1"]
    assert list(listing["Hiện hành"]) == ["✓", ""]
    changes = at.dataframe[1].value
    assert changes["Sau"].sum() - changes["Trước"].sum() == 2
    became = at.dataframe[2].value
    assert (became["Thay đổi"] == "Mới kiêm nhiệm").sum() - (became["Thay đổi"] == "Thôi kiêm nhiệm").sum() == 2
    at.selectbox(key="bl.restore_pick").set_value(1).run()
    assert at.button(key="bl.restore_button").disabled
    at.checkbox(key="bl.restore_confirm").check().run()
    at.button(key="bl.restore_button").click().run()
    assert not at.exception
    assert any("Bản số liệu #1 nay là bản hiện hành." in s.value for s in at.success)
    assert store.current_id(data_dir) == 1
    assert len(store.history(data_dir)) == 2  # nothing deleted


def test_sidebar_shows_any_snapshot(data_dir: Path, sign_in: SignIn) -> None:
    at = _at(sign_in, "pages/upload.py")
    _upload(at, "hamlets_2019-09-30.xlsx", (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes(), XLSX)
    at.button(key="bl.upload_confirm").click().run()
    at.switch_page("pages/overview.py").run()
    picker = at.sidebar.selectbox(key="bl.snapshot")
    assert picker.options[0].startswith("Bản hiện hành: #2 · 30/09/2019")
    picker.set_value(1).run()
    assert _metrics(at)["Bí thư kiêm trưởng khóm, ấp"] == "46/67 (68,7 %)"
    assert at.caption[0].value == "Tính đến ngày 06/05/2019"
