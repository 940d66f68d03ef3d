"""Headers, position titles and column-number rows read by meaning: abbreviated, without diacritics, in any order."""

from __future__ import annotations

import pytest

from lib.ingest.words import is_number_row, read_header, title_positions

# (header as an office writes it, the field it holds)
HEADERS = [
    ("Số BT đồng thời TK", "concurrent"),
    ("Đã kiêm", "concurrent"),
    ("So BT dong thoi la TK", "concurrent"),
    ("Số khóm, ấp có bí thư chi bộ đồng thời là trưởng khóm, ấp", "concurrent"),
    ("Nhất thể hóa BT - TK", "concurrent"),
    ("Bí thư kiêm trưởng ấp (x)", "concurrent"),
    ("Chưa KN", "not_concurrent"),
    ("Số chưa kiêm nhiệm", "not_concurrent"),
    ("Chưa đồng thời", "not_concurrent"),
    ("TS khóm, ấp", "hamlets"),
    ("Tổng số khóm/ấp", "hamlets"),
    ("Số lượng (khóm, ấp)", "hamlets"),
    ("Số chi bộ (khóm, ấp)", "hamlets"),
    ("Number of hamlets", "hamlets"),
    ("Tỷ lệ %", "coverage_pct"),
    ("Tỉ lệ (%)", "coverage_pct"),
    ("TL kiêm nhiệm (%)", "coverage_pct"),
    ("Đơn vị hành chính cấp xã", "ward"),
    ("Tên phường, xã", "ward"),
    ("Xã, phường, thị trấn", "ward"),
    ("Mã đơn vị", "ward_code"),
    ("Tên khóm/ấp", "hamlet"),
    ("Thôn, tổ dân phố", "hamlet"),
    ("Ấp, khóm", "hamlet"),
    ("Mã khóm, ấp", "hamlet_code"),
    ("Họ tên BT chi bộ", "secretary"),
    ("B.thư chi bộ", "secretary"),
    ("Họ và tên Trưởng khóm", "head"),
    ("Họ tên TK/TA", "head"),
    ("Trưởng khóm/ấp là đảng viên", "head_party_member"),
    ("Chức vụ", "position"),
    ("Họ và tên", "full_name"),
    ("Năm sinh", "birth_year"),
    ("Là Đảng viên", "party_member"),
    ("Số CCCD", "person_code"),
    ("Lý do chưa kiêm nhiệm", "reason"),
    ("Ghi chú", "note"),
]


@pytest.mark.parametrize(("header", "field"), HEADERS)
def test_a_header_is_read_by_its_meaning(header: str, field: str) -> None:
    reading = read_header(header)
    assert reading is not None and reading.field == field


@pytest.mark.parametrize(
    "cell",
    ["STT", "Phường 1", "Khóm 3", "Ấp Giồng Me", "Nguyễn Văn An", "x", "Số lượng", "", "Tổng cộng"],
)
def test_data_and_unrelated_cells_are_no_header(cell: str) -> None:
    assert read_header(cell) is None


def test_a_header_with_words_not_understood_is_read_but_unsure() -> None:
    reading = read_header("Số BT đồng thời TK năm báo cáo")
    assert reading is not None and reading.field == "concurrent" and not reading.sure
    exact = read_header("Bí thư chi bộ")
    assert exact is not None and exact.sure and exact.score > reading.score


TITLES = [
    ("BTCB", ("secretary",)),
    ("B.thư chi bộ", ("secretary",)),
    ("Bí thư CB", ("secretary",)),
    ("Bí thư chi bộ khóm 3", ("secretary",)),
    ("Bí thư chi bộ (kiêm TK)", ("secretary", "head")),
    ("BT - TA", ("secretary", "head")),
    ("Bí thư CB/Trưởng ấp", ("secretary", "head")),
    ("Bí thư chi bộ, Trưởng khóm", ("secretary", "head")),
    ("Bí thư chi bộ đồng thời là trưởng ấp", ("secretary", "head")),
    ("Bí thư kiêm nhiệm trưởng ấp", ("secretary", "head")),
    ("T.khóm", ("head",)),
    ("Trưởng ấp Giồng Me", ("head",)),
    ("P.Bí thư chi bộ", ("deputy_secretary",)),
    ("Phó trưởng ấp", ("deputy_head",)),
    ("Bí thư chi đoàn", ("youth",)),
    ("Tổ trưởng tổ an ninh", ("other",)),
    ("Bảo vệ dân phố", ("other",)),
    ("Chi ủy viên", ("other",)),
]


@pytest.mark.parametrize(("title", "codes"), TITLES)
def test_a_title_is_read_by_its_meaning(title: str, codes: tuple[str, ...]) -> None:
    assert title_positions(title) == codes


@pytest.mark.parametrize("title", ["Bí thư xyz", "Phụ trách loa phát thanh", "Trưởng nhóm", ""])
def test_a_title_not_understood_is_none(title: str) -> None:
    assert title_positions(title) is None


@pytest.mark.parametrize(
    ("row", "numbers"),
    [
        (["(1)", "(2)", "(3)", "(4)=(3)/(2)×100"], True),
        (["1", "2", "3", "4 = 3/2 x 100%"], True),
        (["A", "B", "1", "2", "3"], True),
        (["(1)", "", "(2)"], True),
        (["1", "Phường 1", "7", "4"], False),
        (["A", "B"], False),
        (["x", "x"], False),
        ([], False),
    ],
)
def test_the_column_number_row(row: list[str], numbers: bool) -> None:
    assert is_number_row(row) is numbers
