"""Problems in hamlet lists, each placed by row and column in both languages: errors, file-level errors, warnings."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.present.problems import line
from tests.helpers import BASELINE_COUNTS
from tests.rosters import (
    HAMLET_COL,
    HAMLET_HEADER,
    HEAD_COL,
    MARK_COL,
    NOTE_COL,
    SECRETARY_COL,
    SUMMARY_HAMLETS_COL,
    SUMMARY_WARD_COL,
    WARD_COL,
    assert_no_snapshot,
    delimited,
    fresh,
    parse,
    records,
    summary_csv,
    summary_rows,
    ward_counts,
    where,
)

# --- hamlet lists: every error with its row and column -------------------------------------------

# Header on line 1: rows[k] is on line k + 2.
HAMLET_ERRORS = [
    pytest.param(1, 0, "Phường 9", "unknown_ward", 3, WARD_COL, {"value": "Phường 9", "suggestion": "Phường 8"}),
    pytest.param(3, 1, "Khóm 9", "unknown_hamlet", 5, HAMLET_COL, {"value": "Khóm 9", "ward": "Phường 1"}),
    # "Ấp Giồng Giữa" is a hamlet of Hiệp Thành, not of Vĩnh Trạch Đông (rows[57] is Giồng Giữa A there).
    pytest.param(
        57,
        1,
        "Ấp Giồng Giữa",
        "unknown_hamlet",
        59,
        HAMLET_COL,
        {"value": "Ấp Giồng Giữa", "ward": "Xã Vĩnh Trạch Đông"},
    ),
    pytest.param(5, 1, "K1", "duplicate_hamlet", 7, HAMLET_COL, {"value": "Khóm 1", "first_row": 2}),
    pytest.param(7, 4, "có lẽ", "bad_mark", 9, MARK_COL, {"value": "có lẽ"}),
    pytest.param(8, 4, "2", "bad_mark", 10, MARK_COL, {"value": "2"}),
]


@pytest.mark.parametrize(("index", "col", "value", "code", "row", "column", "params"), HAMLET_ERRORS)
def test_hamlet_list_errors(
    units: pd.DataFrame,
    rows: list[list[str]],
    index: int,
    col: int,
    value: str,
    code: str,
    row: int,
    column: str,
    params: dict[str, object],
) -> None:
    table = fresh(rows)
    table[index][col] = value
    parsed = parse(delimited(table, HAMLET_HEADER).encode("utf-8-sig"), "x_2019-09-30.csv", units)
    assert_no_snapshot(parsed)
    assert where(parsed.errors) == [(code, row, column)]
    assert params.items() <= parsed.errors[0].params.items()
    vi = line(parsed.errors[0], "vi")
    en = line(parsed.errors[0], "en")
    assert vi.startswith(f"Dòng {row}, cột «{column}»: ")
    assert en.startswith(f"Row {row}, column “{column}”: ")


def test_unknown_ward_line_in_both_languages(units: pd.DataFrame, rows: list[list[str]]) -> None:
    table = fresh(rows)
    table[1][0] = "Phường 9"
    parsed = parse(delimited(table, HAMLET_HEADER).encode("utf-8"), "x_2019-09-30.csv", units)
    vi = line(parsed.errors[0], "vi")
    assert vi.startswith("Dòng 3, cột «Phường, xã»: ")
    assert "«Phường 9»" in vi
    assert "có phải «Phường 8»?" in vi
    en = line(parsed.errors[0], "en")
    assert en.startswith("Row 3, column “Phường, xã”: ")
    assert "did you mean “Phường 8”?" in en


def test_duplicate_hamlet_names_the_first_row(units: pd.DataFrame, rows: list[list[str]]) -> None:
    table = fresh(rows)
    table[5][1] = "K1"
    parsed = parse(delimited(table, HAMLET_HEADER).encode("utf-8"), "x_2019-09-30.csv", units)
    assert "dòng 2" in line(parsed.errors[0], "vi")
    assert "row 2" in line(parsed.errors[0], "en")


def test_row_numbers_are_editor_lines(units: pd.DataFrame, rows: list[list[str]]) -> None:
    """Title lines, a blank line, a column-number row, a note spanning two lines and a blank line between
    wards: the problem is reported on the line a text editor shows."""
    table = fresh(rows)
    table[0][5] = "Ghi chú dài\nxuống dòng"
    table[4][4] = "có lẽ"  # Phường 1, Khóm 5
    text = (
        "BAN TỔ CHỨC THÀNH ỦY\r\n"
        "(Tính đến ngày 30/09/2019)\r\n"
        "\r\n"
        + delimited(table[:7], HAMLET_HEADER)
        + "\r\n"  # a blank line between Phường 1 and Phường 2
        + records(table[7:])
    )
    lines = text.splitlines()
    lines.insert(4, ",".join(f"({i})" for i in range(1, 7)))  # the column-number row under the header
    text = "\r\n".join(lines) + "\r\n"
    expected = next(n for n, t in enumerate(text.splitlines(), start=1) if "có lẽ" in t)
    # header 4, numbers 5, Khóm 1 on lines 6-7 (two-line note), Khóm 2, 3, 4 on 8-10, Khóm 5 on 11
    assert expected == 11
    parsed = parse(text.encode("utf-8"), "x.csv", units)
    assert parsed.header_row == 4
    assert where(parsed.errors) == [("bad_mark", 11, MARK_COL)]


def test_row_numbers_after_a_blank_line_and_multiline_cell(units: pd.DataFrame, rows: list[list[str]]) -> None:
    table = fresh(rows)
    table[0][5] = "dòng một\ndòng hai\ndòng ba"  # Khóm 1 on lines 2-4
    table[2][1] = "Khóm 99"
    text = delimited(table[:2], HAMLET_HEADER) + "\r\n" + records(table[2:])  # a blank line 6
    expected = next(n for n, t in enumerate(text.splitlines(), start=1) if "Khóm 99" in t)
    assert expected == 7
    parsed = parse(text.encode("utf-8"), "x_2019-09-30.csv", units)
    assert where(parsed.errors) == [("unknown_hamlet", 7, HAMLET_COL)]


# --- file-level errors -------------------------------------------------------------------------

FILE_ERRORS = [
    pytest.param(b"", "empty_file", id="empty"),
    pytest.param(b"  \r\n\r\n\t\r\n", "empty_file", id="blank-lines-only"),
    pytest.param(b"\x81\x8d\x8f\x90\x9d\xfe\xff\x81", "unreadable_file", id="undefined-cp1258-bytes"),
    pytest.param(b"\x00\x01\x02\x03\x04binary\x00", "unreadable_file", id="binary"),
    pytest.param(b"PK\x03\x04 this is not a workbook", "wrong_type", id="broken-xlsx"),  # named .csv
    pytest.param("STT,Mặt hàng,Số lượng\r\n1,Gạo,1970\r\n".encode(), "no_table", id="no-known-columns"),
    pytest.param("Danh sách\r\nkhông có bảng\r\n".encode(), "no_table", id="prose"),
]


@pytest.mark.parametrize(("data", "code"), FILE_ERRORS)
def test_file_level_errors(units: pd.DataFrame, data: bytes, code: str) -> None:
    parsed = parse(data, "upload_2019-09-30.csv", units)
    assert_no_snapshot(parsed)
    assert [p.code for p in parsed.errors] == [code]
    assert parsed.errors[0].row is None
    assert line(parsed.errors[0], "vi")
    assert line(parsed.errors[0], "en")


@pytest.mark.parametrize(
    ("header", "missing", "shown"),
    [
        ([WARD_COL, HAMLET_COL, NOTE_COL], ["secretary", "head"], ["«Bí thư chi bộ»", "«Trưởng khóm, ấp»"]),
        ([HAMLET_COL, SECRETARY_COL, HEAD_COL, MARK_COL], ["ward"], ["«Phường, xã»"]),
        ([SUMMARY_WARD_COL, SUMMARY_HAMLETS_COL, NOTE_COL], ["concurrent"], ["«Đã kiêm nhiệm»"]),
    ],
)
def test_missing_columns(units: pd.DataFrame, header: list[str], missing: list[str], shown: list[str]) -> None:
    data = delimited([["Phường 1", "Khóm 1", "", ""][: len(header)]], header, ";", above=["Tính đến ngày 30/09/2019"])
    parsed = parse(data.encode("utf-8"), "x.csv", units)
    assert_no_snapshot(parsed)
    assert where(parsed.errors) == [("missing_columns", 2, None)]
    assert parsed.errors[0].params["columns"] == missing
    vi = line(parsed.errors[0], "vi")
    assert vi.startswith("Dòng 2: ")
    for column in shown:  # named as people know the columns
        assert column in vi


def test_no_date_anywhere_is_an_error(units: pd.DataFrame, rows: list[list[str]]) -> None:
    parsed = parse(delimited(rows, HAMLET_HEADER).encode("utf-8"), "danh_sach.csv", units)
    assert_no_snapshot(parsed)
    assert [p.code for p in parsed.errors] == ["no_date"]


def test_header_without_rows_is_an_error(units: pd.DataFrame) -> None:
    parsed = parse(delimited([], HAMLET_HEADER).encode("utf-8"), "x_2019-09-30.csv", units)
    assert_no_snapshot(parsed)
    assert ("no_rows", 1, None) in where(parsed.errors)


# --- warnings: the snapshot is still made --------------------------------------------------------


def test_missing_hamlet_is_a_warning_and_counted_not_concurrent(units: pd.DataFrame, rows: list[list[str]]) -> None:
    table = [r for i, r in enumerate(rows) if i != 6]  # Phường 1, Khóm 7 (concurrent at baseline)
    parsed = parse(delimited(table, HAMLET_HEADER).encode("utf-8"), "x_2019-09-30.csv", units)
    assert parsed.ok
    assert where(parsed.warnings) == [("missing_hamlets", None, None)]
    assert parsed.warnings[0].params == {"ward": "Phường 1", "hamlets": "Khóm 7", "count": 1}
    assert ward_counts(parsed) == [3, *BASELINE_COUNTS[1:]]
    assert parsed.snapshot is not None and parsed.snapshot.hamlets is not None
    filler = parsed.snapshot.hamlets.set_index("hamlet_code").loc["31825-07"]
    assert not filler["concurrent"]
    assert filler["reason"] == "no_data"


def test_mark_that_disagrees_with_names_wins(units: pd.DataFrame, rows: list[list[str]]) -> None:
    table = fresh(rows)
    assert table[3][2] == table[3][3] and table[0][2] != table[0][3]
    table[3][4] = ""  # Khóm 4: same names, no mark
    table[0][4] = "x"  # Khóm 1: different names, marked
    parsed = parse(delimited(table, HAMLET_HEADER).encode("utf-8"), "x_2019-09-30.csv", units)
    assert parsed.ok
    assert where(parsed.warnings) == [("mark_disagrees", 2, MARK_COL), ("mark_disagrees", 5, MARK_COL)]
    assert parsed.snapshot is not None and parsed.snapshot.hamlets is not None
    status = parsed.snapshot.hamlets.set_index("hamlet_code")["concurrent"]
    assert bool(status["31825-01"]) is True
    assert bool(status["31825-04"]) is False
    assert ward_counts(parsed) == BASELINE_COUNTS  # one gained, one lost in Phường 1
    assert line(parsed.warnings[0], "vi").startswith(f"Dòng 2, cột «{MARK_COL}»: ")


def test_formula_looking_names_kept_as_text(units: pd.DataFrame, rows: list[list[str]]) -> None:
    table = fresh(rows)
    table[1][2] = "=HYPERLINK(1)"
    table[1][3] = "+84 912 345 678"
    table[2][2] = "@Lê Văn An"
    parsed = parse(delimited(table, HAMLET_HEADER).encode("utf-8"), "x_2019-09-30.csv", units)
    assert parsed.ok
    assert where(parsed.warnings) == [
        ("formula_text", 3, SECRETARY_COL),
        ("formula_text", 3, HEAD_COL),
        ("formula_text", 4, SECRETARY_COL),
    ]
    assert parsed.snapshot is not None and parsed.snapshot.hamlets is not None
    hamlets = parsed.snapshot.hamlets.set_index("hamlet_code")
    assert hamlets.loc["31825-02", "secretary"] == "=HYPERLINK(1)"
    assert hamlets.loc["31825-02", "head"] == "+84 912 345 678"
    assert hamlets.loc["31825-03", "secretary"] == "@Lê Văn An"


def test_every_problem_renders_in_both_languages(units: pd.DataFrame, rows: list[list[str]]) -> None:
    table = fresh(rows)
    table[1][0] = "Phường 9"
    table[3][1] = "Khóm 9"
    table[5][1] = "K1"
    table[7][4] = "có lẽ"
    hamlet_file = parse(delimited(table, HAMLET_HEADER).encode("utf-8"), "x_2019-09-30.csv", units)
    summary = summary_rows(totals=(67, 46, 25))
    summary[0][4] = 4
    summary[1][3] = "bảy"
    summary[2][5] = "10"
    ward_file = parse(summary_csv(summary), "bieu_2019-12-31.csv", units)
    problems = hamlet_file.problems + ward_file.problems
    assert {p.code for p in problems} >= {
        "unknown_ward",
        "unknown_hamlet",
        "duplicate_hamlet",
        "bad_mark",
        "counts_dont_add_up",
        "bad_count",
        "totals_mismatch",
        "pct_disagrees",
    }
    for problem in problems:
        vi, en = line(problem, "vi"), line(problem, "en")
        assert "{" not in vi and "{" not in en
        if problem.row is not None and problem.column:
            assert vi.startswith(f"Dòng {problem.row}, cột «{problem.column}»: ")
            assert en.startswith(f"Row {problem.row}, column “{problem.column}”: ")


def test_officer_columns_alone_are_a_roster_lacking_columns(units: pd.DataFrame) -> None:
    """Name and year of birth alone: a roster that lacks columns (named on the header row), not "no table"."""
    parsed = parse("STT,Họ và tên,Năm sinh\r\n1,Nguyễn Văn An,1970\r\n".encode(), "x_2019-09-30.csv", units)
    assert_no_snapshot(parsed)
    assert parsed.granularity == "officer"
    assert [(p.code, p.row) for p in parsed.errors] == [("missing_columns", 1)]
    assert line(parsed.errors[0], "vi") == (
        "Dòng 1: Thiếu cột bắt buộc: «Phường, xã», «Khóm, ấp», «Chức danh», «Đảng viên»."
    )
