"""Staffing and allowance tables and sentences: money the Vietnamese way, totals, hidden names, the formula, the
editor's round trip and issues in words (the figures are in tests/test_staffing_charts.py)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from lib.present import fmt
from lib.present import staffing_views as sv
from lib.present.allowance_texts import _month_runs
from lib.present.i18n import CATALOGUE
from lib.staffing import TITLES, Staffing, staffing
from lib.staffing import allowance as al
from lib.staffing.allowance import AllowanceModel, BasePeriod, Budget, Issue, budget
from tests.officers import O01_MODEL, O01_RATES, SMALL, Row, embedded_allowance, roster

DEFAULT, _ = embedded_allowance()
PERIODS = DEFAULT.base_salary
END_2019 = date(2019, 12, 31)


# --- numbers ---------------------------------------------------------------------------------------


def test_money_and_signed() -> None:
    assert sv.money(1_490_000, "vi") == "1.490.000 đ"
    assert sv.money(216_273_500, "en") == "216,273,500 VND"
    assert [fmt.signed(n, "vi") for n in (12, -467, 0, -1234)] == ["+12", "−467", "0", "−1.234"]
    assert (sv.share_pct(0.5), sv.share_pct(None), sv.share_pct(0.333)) == (50.0, None, 33.3)


def test_titles_text() -> None:
    assert sv.title_name("head", "vi") == "Trưởng khóm, ấp"
    assert sv.titles_text(("secretary", "head"), "vi") == "Bí thư chi bộ + trưởng khóm, ấp"
    assert sv.titles_text(("secretary", "head"), "en") == "Party-cell secretary + hamlet head"


# --- staffing tables -------------------------------------------------------------------------------


def test_wards_view_ends_with_the_city_total(o01_staffing: Staffing) -> None:
    frame = sv.wards_view(o01_staffing, "vi")
    assert len(frame) == 11 and frame.iloc[-1]["Phường, xã"] == "Cộng"
    for column in ("Số chức danh", "Số người", "Giữ từ 2 chức danh", "Đã kiêm nhiệm", "Số khóm, ấp"):
        assert int(frame[column].iloc[:-1].sum()) == int(frame[column].iloc[-1]), column
    assert frame.iloc[-1][["Số chức danh", "Số người", "Bí thư chưa là trưởng khóm, ấp"]].tolist() == [180, 128, 18]


def test_empty_roster_gives_empty_tables(units: pd.DataFrame) -> None:
    empty = staffing(None, units)
    assert sv.wards_view(empty, "vi").empty and sv.by_title_view(empty, "vi").empty
    assert sv.persons_view(empty, "vi", True).empty and sv.hamlets_view(empty, "vi").empty


def test_by_title_and_hamlets(small_staffing: Staffing) -> None:
    by_title = sv.by_title_view(small_staffing, "vi")
    assert by_title.values.tolist() == [
        ["Bí thư chi bộ", 3],
        ["Trưởng khóm, ấp", 3],
        ["Trưởng ban công tác Mặt trận", 2],
        ["Công an viên", 1],
    ]
    hamlets = sv.hamlets_view(small_staffing, "en")
    assert list(hamlets["Hamlet"]) == ["Khóm 1", "Khóm 2", "Ấp Giồng Giữa"]
    assert list(hamlets["Posts"]) == [3, 3, 3] and list(hamlets["People"]) == [2, 2, 1]


@pytest.mark.parametrize(
    ("hide", "names"), [(True, {"(ẩn)"}), (False, {"Nguyễn Văn An", "Phạm Văn Dũng", "Võ Thị Em"})]
)
def test_persons_view_hides_names(small_staffing: Staffing, hide: bool, names: set[str]) -> None:
    frame = sv.persons_view(small_staffing, "vi", hide)
    assert set(frame["Họ và tên"]) == names
    assert "Bí thư chi bộ + trưởng khóm, ấp + trưởng ban công tác Mặt trận" in set(frame["Các chức danh"])


@pytest.mark.parametrize(
    ("quota", "key", "part"),
    [
        (595, "staffing.quota_partial", "chênh lệch 590 người không có nghĩa là thiếu người"),
        (3, "staffing.quota_over", "nhiều hơn định biên 3 người là 2 người"),
        (5, "staffing.quota_equal", "đúng định biên 5 người"),
        (None, "staffing.no_quota", "Chưa nhập định biên"),
    ],
)
def test_quota_note(units: pd.DataFrame, quota: int | None, key: str, part: str) -> None:
    s = staffing(roster(SMALL), units, quota)
    note = sv.quota_note(s, units, "vi")
    assert part in note
    if quota is not None:
        assert "5 người ở 3/67 khóm, ấp" in note


def test_quota_of_and_delta(small_staffing: Staffing, units: pd.DataFrame) -> None:
    saved = replace(DEFAULT, embedded=False)  # a document saved in the data folder
    assert sv.quota_of(None, None, units) == 595 and sv.quota_of(saved, replace(O01_MODEL, quota=None), units) is None
    other = units.assign(hamlet_code=units["hamlet_code"] + "-x")  # a province's: the article's 595 is not its own
    assert sv.quota_of(None, None, other) is None and sv.quota_of(saved, O01_MODEL, other) == O01_MODEL.quota
    # The embedded document is Bạc Liêu's: its version in effect sets 595 for the city, and nothing elsewhere.
    assert DEFAULT.embedded and not al.loads(al.DEFAULT_FILE.read_bytes())[0].embedded  # type: ignore[union-attr]
    bac_lieu = sv.model_on(DEFAULT, END_2019)
    assert bac_lieu is not None and bac_lieu.quota == 595
    assert sv.quota_of(DEFAULT, bac_lieu, units) == 595 and sv.quota_of(DEFAULT, bac_lieu, other) is None
    assert sv.quota_delta(small_staffing, "vi") == "Danh sách 5 người: −5"


# --- the model -------------------------------------------------------------------------------------


def test_model_lines_of_the_default_file() -> None:
    model = sv.model_on(DEFAULT, END_2019)
    lines = sv.model_lines(model, PERIODS, END_2019, "vi")
    assert lines[0].startswith("Phiên bản có hiệu lực từ ngày 14/07/2014; căn cứ: Quyết định 32/2014/QĐ-UBND")
    assert lines[1:] == [
        "Lương cơ sở: 1.490.000 đ mỗi tháng (từ ngày 01/07/2019).",
        "Tỷ lệ hưởng phụ cấp kiêm nhiệm: chưa nhập.",
        "Quỹ phụ cấp mỗi khóm, ấp: không áp dụng.",
        "Định biên: 595 người.",
    ]


def test_model_lines_with_values_and_without_a_model() -> None:
    model = replace(O01_MODEL, fund_multiplier=4.5, quota=None)
    lines = sv.model_lines(model, PERIODS, date(2019, 5, 6), "vi")
    assert "1.390.000 đ mỗi tháng (từ ngày 01/07/2018)" in lines[1]
    assert "cộng 50 % hệ số" in lines[2]
    assert lines[3:] == ["Quỹ phụ cấp mỗi khóm, ấp: 4,5 × lương cơ sở.", "Định biên: chưa nhập."]
    assert sv.model_lines(None, PERIODS, date(2018, 1, 1), "vi") == [
        "Chưa có phiên bản mô hình phụ cấp nào có hiệu lực vào ngày 01/01/2018.",
        "Chưa có lương cơ sở cho ngày 01/01/2018.",
    ]
    assert sv.model_on(None, END_2019) is None and sv.periods_of(None) == ()


def test_coefficients_and_base_salary_views(small_staffing: Staffing) -> None:
    model = replace(O01_MODEL, coefficients={"secretary": 1.2, "youth": 0.3})
    frame = sv.coefficients_view(model, small_staffing.by_title, "vi")
    assert frame.values.tolist() == [
        ["Bí thư chi bộ", "1,2", 3],
        ["Trưởng khóm, ấp", "chưa nhập", 3],
        ["Trưởng ban công tác Mặt trận", "chưa nhập", 2],
        ["Công an viên", "chưa nhập", 1],
        ["Bí thư chi đoàn", "0,3", 0],
    ]
    periods = sv.base_salary_view(PERIODS, END_2019, "vi")
    assert list(periods["Lương cơ sở"]) == ["1.390.000 đ", "1.490.000 đ", "1.800.000 đ", "2.340.000 đ"]
    assert list(periods["Áp dụng ngày 31/12/2019"]) == ["", "Có", "", ""]


def test_missing_lines(small_staffing: Staffing) -> None:
    gaps = ["model", "coefficient:head", "concurrent_share", "base_salary"]
    assert sv.missing_lines(gaps, small_staffing.by_title, END_2019, "vi") == [
        "một phiên bản mô hình phụ cấp có ngày hiệu lực không sau ngày 31/12/2019",
        "hệ số phụ cấp của chức danh trưởng khóm, ấp (3 chức danh trong danh sách)",
        "tỷ lệ hưởng phụ cấp kiêm nhiệm: phần trăm hệ số của chức danh kiêm nhiệm thêm mà người kiêm nhiệm được hưởng",
        "lương cơ sở có hiệu lực vào ngày 31/12/2019",
    ]
    assert sv.bullets(["a", "b"]) == "- a\n- b"


# --- the budget ------------------------------------------------------------------------------------


def test_formula_lines_give_the_hand_checked_numbers(o01_budget: Budget) -> None:
    lines = sv.formula_lines(o01_budget, "vi")
    assert "cộng 50 % hệ số của mỗi chức danh kiêm nhiệm thêm" in lines[0]
    assert lines[1].startswith("Hệ số: bí thư chi bộ 1,2 (67 chức danh); trưởng khóm, ấp 1 (67 chức danh);")
    assert lines[2] == "Hiện nay: tổng hệ số 145,15 × 1.490.000 đ = **216.273.500 đ** mỗi tháng."
    assert lines[3].endswith("136,9 × 1.490.000 đ = **203.981.000 đ** mỗi tháng, tiết kiệm 12.292.500 đ.")
    assert lines[4] == "Phụ cấp kiêm nhiệm hiện nay: 25,25 × 1.490.000 đ = 37.622.500 đ mỗi tháng."
    assert lines[5] == (
        "Cả năm 2019, mỗi tháng theo lương cơ sở có hiệu lực ngày đầu tháng: 6 tháng × 1.390.000 đ + 6 tháng × "
        "1.490.000 đ = 17.280.000 đ; hiện nay 145,15 × 17.280.000 đ = **2.508.192.000 đ**."
    )
    assert len(lines) == 6  # no fund


def test_formula_year_unknown_and_fund(units: pd.DataFrame) -> None:
    # 2018: January to June have no base salary in the file
    rows: list[Row] = [("31825", "31825-01", ("secretary",), "A", True, "code:a")]
    model = replace(O01_MODEL, coefficients={"secretary": 1.5}, fund_multiplier=4.5)
    result = budget(roster(rows), units, model, PERIODS, date(2018, 12, 31))
    assert result is not None
    lines = sv.formula_lines(result, "vi")
    assert "Cả năm 2018: chưa tính được vì 6 tháng chưa có lương cơ sở." in lines
    assert lines[-1] == "Quỹ mỗi khóm, ấp: 4,5 × 1.390.000 đ = 6.255.000 đ."
    assert sv.yearly(result.yearly_now, 2018, "vi") == "Chưa tính được (thiếu lương cơ sở của năm 2018)"
    assert sv.fund_line(result, "vi") == (
        "Quỹ phụ cấp mỗi khóm, ấp: 6.255.000 đ (4,5 × lương cơ sở). Hiện nay 0 khóm, ấp chi vượt quỹ; "
        "nếu 100 % kiêm nhiệm: 0."
    )
    assert sv.income_line(result, "vi").startswith("Không ai trong danh sách giữ từ hai chức danh")
    wards = sv.budget_wards_view(result, "vi")
    assert wards["Khóm, ấp vượt quỹ"].tolist() == [0, 0]


def test_month_runs() -> None:
    assert _month_runs((None, None, 1, 1, 2)) == [(2, None), (2, 1), (1, 2)]


def test_budget_tables(o01_budget: Budget) -> None:
    wards = sv.budget_wards_view(o01_budget, "vi")
    assert wards.iloc[-1].tolist() == ["Cộng", "216.273.500 đ", "203.981.000 đ", "12.292.500 đ", "37.622.500 đ"]
    assert "Khóm, ấp vượt quỹ" not in wards.columns
    assert sv.fund_line(o01_budget, "vi") is None
    assert sv.income_line(o01_budget, "vi") == (
        "**52 người** giữ từ hai chức danh trở lên nhận thêm tổng cộng **37.622.500 đ mỗi tháng** nhờ phụ cấp "
        "kiêm nhiệm (so với chỉ hưởng chức danh chính)."
    )
    persons = sv.budget_persons_view(o01_budget, "vi", True)
    assert len(persons) == 52 and set(persons["Họ và tên"]) == {"(ẩn)"}
    first = persons.iloc[0]
    # secretary 1.2 + half of head 1.0: 1.7 × 1 490 000 = 2 533 000; 1.2 alone = 1 788 000; + 745 000
    assert first[["Chỉ chức danh chính", "Thực hưởng", "Tăng thêm nhờ kiêm nhiệm"]].tolist() == [
        "1.788.000 đ",
        "2.533.000 đ",
        "745.000 đ",
    ]


# --- the editor ------------------------------------------------------------------------------------


def test_editor_round_trip(small_staffing: Staffing) -> None:
    frame = sv.editor_frame(O01_MODEL, small_staffing.by_title, "vi")
    assert list(frame.index) == list(TITLES)
    assert frame.loc["head", "Số chức danh trong danh sách"] == 3
    assert sv.coefficients_from(frame, "vi") == O01_RATES
    frame.loc["head", "Hệ số (× lương cơ sở)"] = math.nan
    frame.loc["youth", "Hệ số (× lương cơ sở)"] = 0.25
    assert sv.coefficients_from(frame, "vi") == {**{k: v for k, v in O01_RATES.items() if k != "head"}, "youth": 0.25}
    assert sv.coefficients_from(sv.editor_frame(None, {}, "vi"), "vi") == {}


def test_version_from_and_defaults() -> None:
    version = sv.version_from(date(2020, 1, 1), {"head": 1.0}, 50.0, 4.5, 595.0, " QĐ ", "")
    assert version == AllowanceModel(date(2020, 1, 1), {"head": 1.0}, 0.5, 4.5, 595, "QĐ", "")
    assert sv.version_from(None, {}, None, None, None) is None
    assert sv.version_from(date(2020, 1, 1), {}, None, None, None) == AllowanceModel(date(2020, 1, 1), quota=None)
    assert sv.editor_defaults(None, END_2019) == sv.EditorDefaults(END_2019, None, None, 595)
    assert sv.editor_defaults(O01_MODEL, END_2019) == sv.EditorDefaults(
        date(2014, 7, 14), 50.0, None, 595, "QĐ 32/2014"
    )


# --- problems in words -----------------------------------------------------------------------------


def test_every_issue_code_and_field_has_a_message() -> None:
    for code in al.ISSUE_CODES:
        assert f"allowance.issue.{code}" in CATALOGUE, code
    for name in sv.FIELDS_ALL:
        assert f"allowance.field.{name}" in CATALOGUE, name


@pytest.mark.parametrize(
    ("issue", "numbered", "vi"),
    [
        (
            Issue("negative_coefficient", {"where": "versions[1].coefficients.head", "value": -1.0}),
            False,
            "Hệ số của chức danh trưởng khóm, ấp: -1 là số âm; hệ số phải từ 0 trở lên.",
        ),
        (
            Issue("share_out_of_range", {"where": "versions[0].concurrent_share", "value": 1.5}),
            True,
            "Phiên bản 1, tỷ lệ hưởng phụ cấp kiêm nhiệm: phải từ 0 đến 100 %.",
        ),
        (
            Issue("bad_amount", {"where": "base_salary[0].amount", "value": "0"}),
            True,
            "Lương cơ sở, thời kỳ 1, mức lương cơ sở: «0» không phải số đồng nguyên dương.",
        ),
        (
            Issue("unknown_title", {"where": "versions[0].coefficients.mayor", "value": "mayor"}),
            True,
            "Phiên bản 1, hệ số của chức danh «mayor»: chức danh «mayor» không có trong danh mục chức danh.",
        ),
        (
            Issue("missing_key", {"where": "", "key": "format"}),
            True,
            "Tệp: thiếu mục «format».",
        ),
        (
            Issue("bad_date", {"where": "versions[0].effective_from", "value": "14/07/2014"}),
            False,
            "Ngày hiệu lực: «14/07/2014» không phải một ngày (YYYY-MM-DD).",
        ),
        (
            Issue("bad_multiplier", {"where": "versions[2].fund_multiplier", "value": "0.0"}),
            False,
            "Quỹ mỗi khóm, ấp: «0» phải lớn hơn 0 (hoặc để trống nếu không áp dụng).",
        ),
    ],
)
def test_issue_lines(issue: Issue, numbered: bool, vi: str) -> None:
    assert sv.issue_lines([issue], "vi", numbered) == [vi]
    assert sv.issue_lines([issue], "en", numbered)[0]  # English exists too


def test_file_problems_of_a_broken_file() -> None:
    _, issues = al.loads(b"{not json")
    text = sv.file_problems(issues, "vi")
    assert text.startswith("Mô hình phụ cấp đang dùng (trong kho dữ liệu) có lỗi")
    assert "Sửa tệp allowance.json rồi đặt lại vào thư mục dữ liệu để thay" in text
    assert "\n\n- Tệp không đọc được như JSON (" in text


def test_base_salary_mid_year_is_in_the_formula(units: pd.DataFrame) -> None:
    periods = [BasePeriod(date(2019, 1, 1), 1_000_000), BasePeriod(date(2019, 7, 15), 2_000_000)]
    rows: list[Row] = [("31825", "31825-01", ("secretary",), "A", True, "code:a")]
    model = replace(O01_MODEL, coefficients={"secretary": 1.0})
    result = budget(roster(rows), units, model, periods, date(2019, 7, 20))
    assert result is not None
    year = next(line for line in sv.formula_lines(result, "vi") if line.startswith("Cả năm 2019"))
    assert "7 tháng × 1.000.000 đ + 5 tháng × 2.000.000 đ = 17.000.000 đ" in year
    assert year.endswith("**17.000.000 đ**.")
