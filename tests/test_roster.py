"""Reading real files as offices make them into a checked snapshot: every encoding, separator and office XLSX.

All files are real bytes built here (CSV in cp1258, UTF-8 with BOM, UTF-16, ';'; XLSX with openpyxl; the builders
are in tests/rosters.py) or the samples in ../shared/samples. Row numbers are those a person sees: the line in a
text editor, the row in Excel.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from datetime import date, datetime

import pandas as pd
import pytest
from openpyxl import Workbook

from lib.analysis.metrics import ward_summary
from lib.core.model import Snapshot
from tests.corpus.make_corpus import WARD_VARIANTS, to_cp1258
from tests.helpers import BASELINE_COUNTS, GOLDEN, GOLDEN_EXPECTED
from tests.rosters import (
    HAMLET_COL,
    HAMLET_HEADER,
    MARK_COL,
    SECRETARY_COL,
    WARD_COL,
    assert_no_snapshot,
    delimited,
    hamlet_rows,
    parse,
    roster_xlsx,
    ward_counts,
    where,
)

# --- the builders make what they claim ----------------------------------------------------------


def test_cp1258_builder_makes_decomposed_windows_bytes() -> None:
    data = to_cp1258("Phường Vĩnh Trạch Đông, Ấp Xóm Lẫm")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = data.decode("cp1258")
    assert not unicodedata.is_normalized("NFC", decoded)  # tone marks stored apart, as Windows does
    assert unicodedata.normalize("NFC", decoded) == "Phường Vĩnh Trạch Đông, Ấp Xóm Lẫm"
    assert b"\xfd" in data  # "ư" precomposed in cp1258
    assert b"\xcc" in data  # combining grave accent


# --- one file, many encodings and separators: the same 46 of 67 ----------------------------------


ENCODINGS: list[tuple[str, Callable[[list[list[str]]], bytes], str]] = [
    # cp1258 has no "✓": a Windows file carries "x" instead.
    ("cp1258", lambda r: to_cp1258(delimited(r, HAMLET_HEADER).replace("✓", "x")), "cp1258"),
    ("utf8-bom", lambda r: delimited(r, HAMLET_HEADER).encode("utf-8-sig"), "utf-8-sig"),
    ("utf16-tab", lambda r: delimited(r, HAMLET_HEADER, "\t").encode("utf-16"), "utf-16"),
    ("semicolon", lambda r: delimited(r, HAMLET_HEADER, ";").encode("utf-8"), "utf-8"),
    ("cp1258-semicolon", lambda r: to_cp1258(delimited(r, HAMLET_HEADER, ";").replace("✓", "x")), "cp1258"),
]


@pytest.mark.parametrize(("build", "encoding"), [(b, e) for _, b, e in ENCODINGS], ids=[i for i, _, _ in ENCODINGS])
def test_hamlet_list_in_every_encoding(
    rows: list[list[str]], units: pd.DataFrame, build: Callable[[list[list[str]]], bytes], encoding: str
) -> None:
    parsed = parse(build(rows), "khom_ap_2019-09-30.csv", units)
    assert parsed.errors == []
    assert parsed.ok
    assert parsed.granularity == "hamlet"
    assert parsed.encoding == encoding
    assert parsed.header_row == 1
    assert ward_counts(parsed) == BASELINE_COUNTS
    assert sum(ward_counts(parsed)) == 46
    snapshot = parsed.snapshot
    assert snapshot is not None and snapshot.hamlets is not None
    assert len(snapshot.hamlets) == 67
    assert snapshot.as_of == date(2019, 9, 30)  # from the file name
    # Names arrive NFC, exactly as written.
    assert list(snapshot.hamlets["secretary"]) == [r[2] for r in rows]
    assert snapshot.hamlets["reason"].value_counts().to_dict() == {
        "": 46,
        "head_not_party_member": 12,
        "secretary_not_head": 9,
    }
    # Header on line 1: the first data row is row 2, the last is row 68.
    assert snapshot.hamlets["row"].iloc[0] == 2
    assert snapshot.hamlets["row"].iloc[-1] == 68


def test_ward_names_merged_down_in_csv_arrive_as_blanks(units: pd.DataFrame, baseline: Snapshot) -> None:
    blanked = hamlet_rows(units, baseline, blank_repeated_ward=True)
    assert sum(1 for r in blanked if r[0]) == 10
    parsed = parse(delimited(blanked, HAMLET_HEADER).encode("utf-8-sig"), "x_2019-09-30.csv", units)
    assert parsed.ok, where(parsed.problems)
    assert ward_counts(parsed) == BASELINE_COUNTS


def test_csv_headers_without_diacritics(units: pd.DataFrame, rows: list[list[str]]) -> None:
    header = ["Phuong, xa", "Khom, ap", "Bi thu chi bo", "Truong khom, ap", "Kiem nhiem", "Ghi chu"]
    parsed = parse(delimited(rows, header).encode("utf-8"), "x_2019-09-30.csv", units)
    assert parsed.ok, where(parsed.problems)
    assert ward_counts(parsed) == BASELINE_COUNTS


def test_without_mark_column_names_decide(units: pd.DataFrame, rows: list[list[str]]) -> None:
    header = HAMLET_HEADER[:4]
    parsed = parse(delimited([r[:4] for r in rows], header).encode("utf-8"), "x_2019-09-30.csv", units)
    assert parsed.ok, where(parsed.problems)
    assert ward_counts(parsed) == BASELINE_COUNTS


# --- the XLSX an office really sends -------------------------------------------------------------


def test_office_xlsx(units: pd.DataFrame, baseline: Snapshot) -> None:
    data, numbers = roster_xlsx(hamlet_rows(units, baseline, blank_repeated_ward=True))
    parsed = parse(data, "danh_sach_bi_thu.xlsx", units)
    assert parsed.errors == []
    assert parsed.warnings == []
    assert parsed.ok
    assert parsed.granularity == "hamlet"
    assert parsed.encoding == "xlsx"
    assert parsed.header_row == 7
    assert parsed.snapshot is not None and parsed.snapshot.hamlets is not None
    assert parsed.snapshot.as_of == date(2019, 9, 30)  # "Tính đến ngày", not the signing date above it
    assert ward_counts(parsed) == BASELINE_COUNTS
    assert numbers[0] == 9  # below the column-number row
    assert list(parsed.snapshot.hamlets["row"]) == numbers


def test_xlsx_date_cell_in_title(units: pd.DataFrame, rows: list[list[str]]) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP"])
    ws.append(["Tính đến ngày", datetime(2019, 12, 31)])
    ws.append(HAMLET_HEADER)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    book.save(out)
    parsed = parse(out.getvalue(), "roster.xlsx", units)
    assert parsed.ok, where(parsed.problems)
    assert parsed.header_row == 3
    assert parsed.snapshot is not None and parsed.snapshot.as_of == date(2019, 12, 31)


def test_as_of_given_by_the_user_wins(units: pd.DataFrame, baseline: Snapshot) -> None:
    data, _ = roster_xlsx(hamlet_rows(units, baseline, blank_repeated_ward=True))
    parsed = parse(data, "danh_sach_2019-01-01.xlsx", units, as_of=date(2019, 10, 1))
    assert parsed.snapshot is not None and parsed.snapshot.as_of == date(2019, 10, 1)


def test_xlsx_unknown_ward_merged_over_its_hamlets(units: pd.DataFrame, baseline: Snapshot) -> None:
    blanked = hamlet_rows(units, baseline, blank_repeated_ward=True)
    first = next(i for i, r in enumerate(blanked) if r[0] == WARD_VARIANTS["Phường 8"])
    blanked[first][0] = "Phường 9"
    data, numbers = roster_xlsx(blanked, breaks_after=())
    parsed = parse(data, "danh_sach.xlsx", units)
    assert_no_snapshot(parsed)
    unknown = [p for p in parsed.errors if p.code == "unknown_ward"]
    # Every one of Phường 8's 8 rows, each at its own Excel row, in the ward column.
    assert [p.row for p in unknown] == numbers[first : first + 8]
    assert {p.column for p in unknown} == {WARD_COL}
    assert unknown[0].params["suggestion"] == "Phường 8"


def test_xlsx_totals_row_that_disagrees(units: pd.DataFrame, baseline: Snapshot) -> None:
    data, numbers = roster_xlsx(hamlet_rows(units, baseline, blank_repeated_ward=True), total_concurrent=47)
    parsed = parse(data, "danh_sach.xlsx", units)
    assert_no_snapshot(parsed)
    totals_row = numbers[-1] + 2  # a blank row, then "Tổng cộng"
    assert ("totals_mismatch", totals_row, MARK_COL) in where(parsed.errors)
    mismatch = next(p for p in parsed.errors if p.code == "totals_mismatch")
    assert mismatch.params == {"stated": 47, "actual": 46}


def test_xlsx_totals_row_with_wrong_hamlet_count(units: pd.DataFrame, baseline: Snapshot) -> None:
    data, numbers = roster_xlsx(hamlet_rows(units, baseline, blank_repeated_ward=True), total_hamlets=68)
    parsed = parse(data, "danh_sach.xlsx", units)
    assert_no_snapshot(parsed)
    assert ("totals_mismatch", numbers[-1] + 2, HAMLET_COL) in where(parsed.errors)


def test_xlsx_formula_looking_name_stored_as_text(units: pd.DataFrame, rows: list[list[str]]) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["Tính đến ngày 30/09/2019"])
    ws.append(HAMLET_HEADER)
    for r in rows:
        ws.append(r)
    # Row 4 is the second hamlet; a name typed as '=Nguyễn… is text in Excel (a string cell, not a formula).
    cell = ws.cell(4, 3)
    cell.value = "=Ngô Văn Bình"
    cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    parsed = parse(out.getvalue(), "roster.xlsx", units)
    assert parsed.ok, where(parsed.problems)
    assert ("formula_text", 4, SECRETARY_COL) in where(parsed.warnings)
    assert parsed.snapshot is not None and parsed.snapshot.hamlets is not None
    assert parsed.snapshot.hamlets.loc[1, "secretary"] == "=Ngô Văn Bình"


def test_note_starting_with_a_signature_word_does_not_end_the_table(units: pd.DataFrame, baseline: Snapshot) -> None:
    blanked = hamlet_rows(units, baseline, blank_repeated_ward=True)
    blanked[9][5] = "Trưởng ban công tác Mặt trận kiêm trưởng khóm"
    data, _ = roster_xlsx(blanked)
    parsed = parse(data, "danh_sach.xlsx", units)
    assert parsed.ok
    assert parsed.warnings == []
    assert sum(ward_counts(parsed)) == 46


# --- the real samples ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["hamlets_2019-09-30.xlsx", "ward_summary_2019-12-31_cp1258.csv"])
def test_shared_samples_match_expected(units: pd.DataFrame, name: str) -> None:
    expected = GOLDEN_EXPECTED[name]
    parsed = parse((GOLDEN / name).read_bytes(), name, units)
    assert parsed.ok is expected["ok"]
    assert parsed.errors == []
    assert parsed.granularity == expected["granularity"]
    assert parsed.snapshot is not None
    assert parsed.snapshot.as_of.isoformat() == expected["as_of"]
    wards = ward_summary(parsed.snapshot)
    assert int(wards["hamlets"].sum()) == expected["total_hamlets"]
    assert int(wards["concurrent"].sum()) == expected["concurrent"]
    got = [
        {"code": w["code"], "ward": w["ward"], "hamlets": int(w["hamlets"]), "concurrent": int(w["concurrent"])}
        for w in wards.to_dict("records")
    ]
    assert got == expected["wards"]


def test_shared_cp1258_sample_is_read_as_cp1258(units: pd.DataFrame) -> None:
    path = GOLDEN / "ward_summary_2019-12-31_cp1258.csv"
    parsed = parse(path.read_bytes(), path.name, units)
    assert parsed.encoding == "cp1258"
    assert parsed.header_row == 5
