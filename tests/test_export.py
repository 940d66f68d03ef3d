"""File export: CSV with a BOM that Excel opens, XLSX whose numbers stay numbers, formula-like text escaped."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from lib.report import export

FORMULA_LIKE = ["=1+1", "+84", "-x", "@a", '=HYPERLINK("http://x","y")']


def read_csv_cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# --- export: CSV --------------------------------------------------------------------------------


def test_csv_bytes_bom_and_vietnamese_round_trip() -> None:
    frame = pd.DataFrame(
        {
            "Phường, xã": ["Phường Nhà Mát", "Xã Vĩnh Trạch Đông"],
            "Khóm, ấp": ["Khóm Đầu Lộ A", "Ấp Giồng Giữa B"],
            "Ghi chú": ["Trưởng ấp chưa là đảng viên", "dòng một, có dấu phẩy"],
        }
    )
    data = export.csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    assert not data[3:].startswith(b"\xef\xbb\xbf")  # one BOM only
    cells = read_csv_cells(data)
    assert cells[0] == list(frame.columns)
    assert cells[1:] == frame.to_numpy().tolist()
    assert b"\r\n" in data  # Excel-friendly line ends


@pytest.mark.parametrize("value", FORMULA_LIKE)
def test_csv_escapes_formula_like_text(value: str) -> None:
    frame = pd.DataFrame({"Bí thư chi bộ": [value, "Nguyễn Văn An"], "Số": [1, 2]})
    cells = read_csv_cells(export.csv_bytes(frame))
    assert cells[1][0] == "'" + value
    assert cells[2][0] == "Nguyễn Văn An"
    assert cells[1][1] == "1"


def test_csv_keeps_negative_numbers_as_numbers() -> None:
    frame = pd.DataFrame({"name": ["-x", "ok"], "delta": [-3, 2], "share": [-0.5, 1.5]})
    cells = read_csv_cells(export.csv_bytes(frame))
    assert cells[1] == ["'-x", "-3", "-0.5"]
    assert cells[2] == ["ok", "2", "1.5"]
    for row in cells[1:]:
        assert not row[0].startswith(("=", "+", "-", "@"))


# --- export: XLSX -------------------------------------------------------------------------------


def test_xlsx_has_no_formula_and_numbers_stay_numbers() -> None:
    frame = pd.DataFrame(
        {
            "Khóm, ấp": ["Ấp Giồng Giữa", *FORMULA_LIKE],
            "Số khóm, ấp": [4, 5, 6, 7, 8, 9],
            "Tỷ lệ": [25.0, -1.5, 0.0, 68.66, 100.0, 70.0],
        }
    )
    data = export.xlsx_bytes(
        frame, "Danh sách khóm, ấp", ["Bí thư chi bộ đồng thời là trưởng khóm, ấp", "Tính đến ngày 06/05/2019"]
    )
    book = load_workbook(io.BytesIO(data))  # formulas would come back as "=..." with data_type "f"
    ws = book.worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    assert ws["A1"].value == "Bí thư chi bộ đồng thời là trưởng khóm, ấp"
    assert ws["A2"].value == "Tính đến ngày 06/05/2019"
    header = 4  # two title lines, a blank line, then the header
    assert [c.value for c in ws[header]] == list(frame.columns)
    names = [ws.cell(header + 1 + i, 1).value for i in range(len(frame))]
    assert names == ["Ấp Giồng Giữa", *FORMULA_LIKE]  # as typed: no apostrophe shown
    marked = [ws.cell(header + 1 + i, 1) for i in range(1, len(frame))]
    assert all(c.data_type == "s" and c.quotePrefix for c in marked)  # text, as Excel keeps what follows a "'"
    counts = [ws.cell(header + 1 + i, 2) for i in range(len(frame))]
    shares = [ws.cell(header + 1 + i, 3) for i in range(len(frame))]
    assert [c.value for c in counts] == [4, 5, 6, 7, 8, 9]
    assert all(c.data_type == "n" and isinstance(c.value, int) for c in counts)
    assert [c.value for c in shares] == [25, -1.5, 0, 68.66, 100, 70]
    assert all(c.data_type == "n" and isinstance(c.value, (int, float)) for c in shares)


def test_xlsx_long_sheet_name_is_cut_to_excel_limit() -> None:
    data = export.xlsx_bytes(pd.DataFrame({"a": [1]}), "Danh sách bí thư chi bộ kiêm trưởng khóm, ấp", [])
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    assert len(ws.title) <= 31
    assert ws["A1"].value == "a"  # no title lines: the header is the first row
    assert ws["A2"].value == 1
