"""AppTest of the staffing page (Nhân sự): no roster, an officer roster, no coefficients, an editor's entry."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.ingest.embedded import default_units
from lib.ingest.roster import parse_bytes
from lib.present.i18n import t
from lib.staffing import TITLES, allowance, staffing
from tests.helpers import APP, DASHBOARD, SignIn, audit_events, page_charts, page_metrics
from tests.officers import O01, O01_RATES

PAGE = "pages/staffing.py"
COEFFICIENT = t("allowance.col_coefficient", "vi")
PUBLIC_BASE_SALARIES = {"1.390.000", "1.490.000", "1.800.000", "2.340.000"}
MONEY = re.compile(r"(\d[\d.]*) đ(?!\w)")


def _import(data_dir: Path) -> None:
    data = O01.read_bytes()
    parsed = parse_bytes(data, O01.name, default_units())
    store.add_snapshot(data_dir, parsed, data, O01.name, "test")


def _page(sign_in: SignIn, role: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    if role is None:
        at.run()
    else:
        sign_in(at, role)
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> list[str]:
    """Everything the page writes: Markdown, callouts, captions, metrics and table cells."""
    kinds = ("markdown", "info", "warning", "error", "success", "caption")
    out = [str(getattr(e, "value", "")) for kind in kinds for e in at.get(kind)]
    out += [f"{m.label} {m.value} {m.delta}" for m in at.metric]
    for table in at.dataframe:
        out += [str(v) for v in table.value.to_numpy().ravel()]
    return out


def _enter(at: AppTest, rates: dict[str, float], share: float | None, fund: float | None = None) -> AppTest:
    at.session_state["bl.allowance_editor"] = {
        "edited_rows": {TITLES.index(code): {COEFFICIENT: rate} for code, rate in rates.items()},
        "added_rows": [],
        "deleted_rows": [],
    }
    if share is not None:
        at.number_input(key="bl.allowance_share").set_value(share)
    if fund is not None:
        at.number_input(key="bl.allowance_fund").set_value(fund)
    at.button(key="bl.allowance_save").click().run()
    assert not at.exception, at.exception
    return at


def test_the_page_is_in_the_navigation_after_the_hamlets(data_dir: Path) -> None:
    text = DASHBOARD.read_text(encoding="utf-8")
    assert text.index('"pages/hamlets.py"') < text.index('"pages/staffing.py"') < text.index('"pages/present.py"')
    assert 'url_path="nhan-su"' in text and ":material/groups:" in text


def test_default_data_has_no_roster_and_says_how_to_get_one(data_dir: Path, sign_in: SignIn) -> None:
    at = _page(sign_in)
    assert at.title[0].value == "Nhân sự"
    [message] = [i.value for i in at.info if "danh sách cán bộ khóm, ấp" in i.value]
    assert "«Cập nhật dữ liệu»" in message and "«Biểu mẫu để điền»" in message
    assert "«DANH SÁCH CÁN BỘ KHÓM, ẤP»" in message
    assert not at.get("plotly_chart")
    assert not [m for m in at.metric if "đ" in m.value]
    # the allowance model is still shown: its version and the public base salary in effect on 06/05/2019
    assert any("Lương cơ sở: 1.390.000 đ mỗi tháng (từ ngày 01/07/2018)." in m.value for m in at.markdown)


def test_officer_roster_counts_and_quota(data_dir: Path, sign_in: SignIn) -> None:
    _import(data_dir)
    parsed = parse_bytes(O01.read_bytes(), O01.name, default_units())
    assert parsed.snapshot is not None
    expected = staffing(parsed.snapshot.officers, default_units())
    at = _page(sign_in)
    metrics = page_metrics(at)
    assert metrics["Số chức danh"][0] == str(expected.posts) == "180"
    assert metrics["Số người"][0] == str(expected.people) == "128"
    assert metrics["Người giữ từ 2 chức danh"][0] == str(expected.multi_title_persons) == "52"
    assert metrics["Trưởng khóm, ấp chưa là đảng viên"][0] == str(expected.heads_not_party_members)
    assert metrics["Khóm, ấp có bí thư chưa là trưởng"][0] == str(expected.secretaries_not_heads) == "18"
    assert metrics["Định biên (người)"] == ("595", "Danh sách 128 người: −467")
    [caution] = [w.value for w in at.warning if "Định biên 595 người" in w.value]
    assert "128 người ở 67/67 khóm, ấp" in caution and "không phải toàn bộ bộ máy" in caution
    by_title = next(d.value for d in at.dataframe if list(d.value.columns) == ["Chức danh", "Số chức danh"])
    assert dict(zip(by_title["Chức danh"], by_title["Số chức danh"], strict=True))["Bí thư chi bộ"] == 67
    wards = next(d.value for d in at.dataframe if "Bí thư chưa là trưởng khóm, ấp" in d.value.columns)
    assert len(wards) == 11 and wards.iloc[-1]["Phường, xã"] == "Cộng"
    assert int(wards.iloc[-1]["Số chức danh"]) == 180 and int(wards.iloc[-1]["Số người"]) == 128
    hiep_thanh = wards.set_index("Phường, xã").loc["Xã Hiệp Thành"].to_dict()
    columns = ("Trưởng khóm, ấp chưa là đảng viên", "Bí thư chưa là trưởng khóm, ấp", "Đã kiêm nhiệm")
    assert [int(hiep_thanh[c]) for c in columns] == [2, 3, 1]
    charts = page_charts(at)
    posts, people = charts["Số chức danh và số người theo phường, xã"]["data"]
    assert sum(posts["x"]) == 180 and sum(people["x"]) == 128
    pipeline = {tr["name"]: tr["x"] for tr in charts["Khóm, ấp đã kiêm nhiệm và có thể chuyển"]["data"]}
    assert sum(pipeline["Đã kiêm nhiệm"]) == 49 and sum(pipeline["Bí thư chưa là trưởng khóm, ấp"]) == 18


def test_no_coefficients_says_what_to_enter_and_shows_no_money(data_dir: Path, sign_in: SignIn) -> None:
    _import(data_dir)
    at = _page(sign_in)
    assert any("Chưa tính được tiền phụ cấp" in i.value for i in at.info)
    needed = next(m.value for m in at.markdown if "hệ số phụ cấp của chức danh" in m.value)
    assert "- hệ số phụ cấp của chức danh bí thư chi bộ (67 chức danh trong danh sách)" in needed
    assert "- hệ số phụ cấp của chức danh chi hội trưởng phụ nữ (8 chức danh trong danh sách)" in needed
    assert "tỷ lệ hưởng phụ cấp kiêm nhiệm" in needed
    amounts = {a for text in _texts(at) for a in MONEY.findall(text)}
    assert amounts <= PUBLIC_BASE_SALARIES  # only the published base salaries: no allowance money
    assert not [m for m in at.metric if "đ" in m.value]
    assert "Phụ cấp mỗi tháng: hiện nay và nếu 100 % khóm, ấp kiêm nhiệm" not in page_charts(at)
    assert not any("Nhập các giá trị này ở phần" in c.value for c in at.caption)  # a viewer is told to ask
    assert any("Cán bộ cập nhật nhập các giá trị này" in c.value for c in at.caption)


def test_an_editor_enters_coefficients_and_sees_the_budget(data_dir: Path, sign_in: SignIn) -> None:
    _import(data_dir)
    at = _page(sign_in, "editor")
    _enter(at, O01_RATES, 50.0)
    assert any("Đã lưu mô hình phụ cấp có hiệu lực từ ngày 14/07/2014." in s.value for s in at.success)
    # hand-checked in tests/test_allowance.py: 145,15 × 1 490 000 = 216 273 500; 136,9 × 1 490 000 = 203 981 000
    metrics = page_metrics(at)
    assert metrics["Mỗi tháng, hiện nay"][0] == "216.273.500 đ"
    assert metrics["Mỗi tháng, nếu 100 % kiêm nhiệm"][0] == "203.981.000 đ"
    assert metrics["Tiết kiệm mỗi tháng"][0] == "12.292.500 đ"
    # 2019: 6 months at 1 390 000 and 6 at 1 490 000 = 17 280 000; × 145,15 = 2 508 192 000
    assert metrics["Cả năm 2019, hiện nay"][0] == "2.508.192.000 đ"
    assert any("**52 người**" in m.value and "**37.622.500 đ mỗi tháng**" in m.value for m in at.markdown)
    formula = next(m.value for m in at.markdown if "Hiện nay: tổng hệ số" in m.value)
    assert "Hiện nay: tổng hệ số 145,15 × 1.490.000 đ = **216.273.500 đ** mỗi tháng." in formula
    assert "136,9 × 1.490.000 đ = **203.981.000 đ** mỗi tháng, tiết kiệm 12.292.500 đ." in formula
    assert "6 tháng × 1.390.000 đ + 6 tháng × 1.490.000 đ = 17.280.000 đ" in formula
    waterfall = page_charts(at)["Phụ cấp mỗi tháng: hiện nay và nếu 100 % khóm, ấp kiêm nhiệm"]["data"][0]
    assert waterfall["type"] == "waterfall"
    assert waterfall["measure"] == ["absolute", "relative", "total"]
    assert waterfall["y"] == [216_273_500, -12_292_500, 203_981_000]
    assert waterfall["text"] == ["216.273.500 đ", "−12.292.500 đ", "203.981.000 đ"]
    wards = next(d.value for d in at.dataframe if "Tiết kiệm" in d.value.columns)
    assert wards.iloc[-1].tolist() == ["Cộng", "216.273.500 đ", "203.981.000 đ", "12.292.500 đ", "37.622.500 đ"]
    persons = next(d.value for d in at.dataframe if "Tăng thêm nhờ kiêm nhiệm" in d.value.columns)
    assert len(persons) == 52 and "(ẩn)" not in set(persons["Họ và tên"])  # editors see names
    # the document in force, in the store, has the version appended; the first one is kept
    document, issues = allowance.load_stored(data_dir)
    assert issues == [] and document is not None and len(document.versions) == 2
    assert document.versions[-1].coefficients == O01_RATES and document.versions[-1].concurrent_share == 0.5
    assert document.versions[-1].source.startswith("Quyết định 32/2014/QĐ-UBND")

    entered = [e for e in audit_events(data_dir) if e["action"] == "allowance"]
    # who entered what, in the audit trail
    assert len(entered) == 1 and entered[0]["detail"]["coefficients"] == O01_RATES


def test_an_invalid_entry_is_explained_and_nothing_is_saved(data_dir: Path, sign_in: SignIn) -> None:
    _import(data_dir)
    at = _page(sign_in, "editor")
    _enter(at, {**O01_RATES, "head": -1.0}, 50.0, fund=0.0)
    [error] = [e.value for e in at.error]
    assert error.startswith("Chưa lưu, vì:")
    assert "Hệ số của chức danh trưởng khóm, ấp: -1 là số âm; hệ số phải từ 0 trở lên." in error
    assert "Quỹ mỗi khóm, ấp: «0» phải lớn hơn 0" in error
    assert store.allowance_document(data_dir) is None  # nothing saved: the embedded default still applies
    assert not at.success


def test_a_viewer_sees_no_editor_and_no_names(data_dir: Path, sign_in: SignIn) -> None:
    _import(data_dir)
    at = _page(sign_in, "viewer")
    assert "bl.allowance_save" not in [b.key for b in at.button]
    assert not at.data_editor
    persons = next(d.value for d in at.dataframe if "Các chức danh" in d.value.columns)
    assert set(persons["Họ và tên"]) == {"(ẩn)"}
    assert any("Họ tên được ẩn" in c.value for c in at.caption)


def test_the_save_is_refused_on_the_server_for_a_viewer(data_dir: Path) -> None:
    from ui.auth import Identity
    from ui.staffing import save_allowance

    version = allowance.AllowanceModel(date(2020, 1, 1), coefficients={"head": 1.0}, concurrent_share=0.5)
    done, message = save_allowance(version, date(2020, 6, 30), Identity("xem", "viewer"), "vi")
    assert (done, message) == (False, t("auth.forbidden", "vi"))
    assert store.allowance_document(data_dir) is None
    done, message = save_allowance(version, date(2019, 12, 31), Identity("sua", "editor"), "vi")
    assert done and "trang này vẫn dùng phiên bản trước đó" in message  # in effect after the snapshot viewed
    saved, _ = allowance.load_stored(data_dir)
    assert saved is not None and saved.versions[-1].coefficients == {"head": 1.0}


@pytest.mark.parametrize("role", ["editor"])
def test_english(data_dir: Path, sign_in: SignIn, role: str) -> None:
    _import(data_dir)
    at = _page(sign_in, role)
    _enter(at, O01_RATES, 50.0)
    at.sidebar.radio[0].set_value("en").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Staffing"
    metrics = page_metrics(at)
    assert metrics["Posts"][0] == "180" and metrics["People"][0] == "128"
    assert metrics["Quota (people)"] == ("595", "Roster of 128: −467")
    assert metrics["Monthly, now"][0] == "216,273,500 VND"
    assert "Monthly allowances: now and if every hamlet were concurrent" in page_charts(at)
    assert any(
        "Now: sum of coefficients 145.15 × 1,490,000 VND = **216,273,500 VND** a month." in m.value for m in at.markdown
    )
