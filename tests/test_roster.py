"""Reading real files as offices make them into a checked snapshot, with every problem placed by row and column.

All files are real bytes built here (CSV in cp1258, UTF-8 with BOM, UTF-16, ';'; XLSX with openpyxl) or the
samples in ../shared/samples. Row numbers are those a person sees: the line in a text editor, the row in Excel.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from lib.analysis.metrics import ward_summary
from lib.core.model import Problem, Snapshot
from lib.ingest.roster import Parsed, parse_bytes
from lib.present.problems import line
from tests.corpus.make_corpus import WARD_VARIANTS, to_cp1258

SAMPLES = Path(__file__).resolve().parent / "golden"  # copies of ../shared/samples

# Baseline (06/05/2019) concurrent counts per ward, in master order; 46 of 67 in all.
BASELINE_COUNTS = [4, 5, 5, 6, 6, 5, 4, 6, 4, 1]
WARD_CODES = ["31825", "31813", "31816", "31819", "31822", "31828", "31831", "31834", "31837", "31840"]

WARD_COL = "Phường, xã"
HAMLET_COL = "Khóm, ấp"
SECRETARY_COL = "Họ và tên Bí thư chi bộ"
HEAD_COL = "Họ và tên Trưởng khóm, ấp"
MARK_COL = "Bí thư kiêm Trưởng khóm, ấp (đánh dấu x)"
NOTE_COL = "Ghi chú"
HAMLET_HEADER = [WARD_COL, HAMLET_COL, SECRETARY_COL, HEAD_COL, MARK_COL, NOTE_COL]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Khánh", "Linh", "Minh", "Nga", "Phương"]
YES_MARKS = ["x", "X", "có", "1", "✓", "Có"]
NO_MARKS = ["", "không", "", "0"]
REASON_NOTES = {
    "head_not_party_member": "Trưởng ấp chưa là đảng viên",
    "secretary_not_head": "Bí thư chưa là trưởng khóm, ấp",
}

SUMMARY_WARD_COL = "Đơn vị"
SUMMARY_HAMLETS_COL = "Tổng số khóm, ấp"
SUMMARY_CONCURRENT_COL = "Số bí thư kiêm trưởng khóm, ấp"
SUMMARY_NOT_COL = "Số chưa kiêm nhiệm"
SUMMARY_PCT_COL = "Tỷ lệ (%)"
SUMMARY_HEADER = [
    "STT",
    SUMMARY_WARD_COL,
    SUMMARY_HAMLETS_COL,
    SUMMARY_CONCURRENT_COL,
    SUMMARY_NOT_COL,
    SUMMARY_PCT_COL,
]
SUMMARY_WARDS = [
    ("P1", 7),
    ("phường 2", 7),
    ("P3", 7),
    ("PHƯỜNG 5", 7),
    ("P7", 7),
    ("phường 8", 8),
    ("PHƯỜNG NHÀ MÁT", 6),
    ("xã Vĩnh Trạch", 8),
    ("Vĩnh Trạch Đông", 6),
    ("xã Hiệp Thành", 4),
]

# --- builders -----------------------------------------------------------------------------------


def hamlet_rows(units: pd.DataFrame, baseline: Snapshot, blank_repeated_ward: bool = False) -> list[list[str]]:
    """67 rows (ward, hamlet, secretary, head, mark, note) matching the baseline's 46 concurrent hamlets."""
    assert baseline.hamlets is not None
    status = baseline.hamlets.set_index("hamlet_code")
    rows: list[list[str]] = []
    previous_ward = ""
    for i, unit in enumerate(units.itertuples()):
        concurrent = bool(status.loc[unit.hamlet_code, "concurrent"])
        secretary = f"{FAMILY[i % len(FAMILY)]} Văn {GIVEN[i % len(GIVEN)]}"
        head = secretary if concurrent else f"{FAMILY[(i + 5) % len(FAMILY)]} Thị {GIVEN[(i + 7) % len(GIVEN)]}"
        mark = YES_MARKS[i % len(YES_MARKS)] if concurrent else NO_MARKS[i % len(NO_MARKS)]
        note = "" if concurrent else REASON_NOTES[str(status.loc[unit.hamlet_code, "reason"])]
        ward = WARD_VARIANTS[unit.ward]
        shown_ward = "" if blank_repeated_ward and ward == previous_ward else ward
        previous_ward = ward
        rows.append([shown_ward, unit.hamlet, secretary, head, mark, note])
    return rows


def delimited(rows: list[list[object]], header: list[str], sep: str = ",", above: list[str] | None = None) -> str:
    """A CSV/TSV text with CRLF line ends; `above` are title lines before the header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    for title in above or []:
        writer.writerow([title])
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def records(rows: list[list[str]], sep: str = ",") -> str:
    """Data lines only, CRLF ends."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def summary_rows(
    concurrent: list[int] | None = None, totals: tuple[object, object, object] | None = None
) -> list[list[object]]:
    """A one-row-per-ward table (STT, ward, hamlets, concurrent, not concurrent, %) and its totals row."""
    counts = concurrent or BASELINE_COUNTS
    rows: list[list[object]] = []
    for i, ((ward, hamlets), conc) in enumerate(zip(SUMMARY_WARDS, counts, strict=True)):
        rows.append([i + 1, ward, hamlets, conc, hamlets - conc, f"{100 * conc / hamlets:.1f}".replace(".", ",")])
    total_h = sum(h for _, h in SUMMARY_WARDS)
    total_c = sum(counts)
    stated = totals or (total_h, total_c, total_h - total_c)
    rows.append(["", "Tổng cộng", *stated, f"{100 * total_c / total_h:.1f}".replace(".", ",")])
    return rows


def summary_csv(rows: list[list[object]]) -> bytes:
    return delimited(rows, SUMMARY_HEADER, ";").encode("utf-8-sig")


def roster_xlsx(
    rows: list[list[str]],
    *,
    total_concurrent: int = 46,
    total_hamlets: int = 67,
    breaks_after: tuple[str, ...] = ("Phường 7", "Phường 8"),
) -> tuple[bytes, list[int]]:
    """An office-style sheet: titles, header, column-number row, wards merged down, blank rows, totals,
    signatures. Returns the bytes and the Excel row number of each data row."""
    book = Workbook()
    ws = book.active
    current = 0

    def put(values: list[object]) -> int:
        nonlocal current
        current += 1
        for col, value in enumerate(values, start=1):
            if value is not None and value != "":
                ws.cell(current, col, value)
        return current

    put(["THÀNH ỦY BẠC LIÊU", None, None, None, "ĐẢNG CỘNG SẢN VIỆT NAM"])
    put(["BAN TỔ CHỨC", None, None, None, "Bạc Liêu, ngày 05/10/2019"])
    put([])
    put(["DANH SÁCH BÍ THƯ CHI BỘ, TRƯỞNG KHÓM, ẤP"])
    ws.merge_cells(start_row=current, start_column=1, end_row=current, end_column=7)
    put(["(Tính đến ngày 30/09/2019)"])
    ws.merge_cells(start_row=current, start_column=1, end_row=current, end_column=7)
    put([])
    put(["STT", *HAMLET_HEADER])
    put([f"({i})" for i in range(1, 8)])
    numbers: list[int] = []
    group_start = None
    group_ward = None
    for index, (ward, hamlet, secretary, head, mark, note) in enumerate(rows):
        if ward and ward != group_ward:
            if group_start is not None and current > group_start:
                ws.merge_cells(start_row=group_start, start_column=2, end_row=current, end_column=2)
            if group_ward in {WARD_VARIANTS[w] for w in breaks_after}:
                put([])
            group_ward = ward
            group_start = current + 1
            numbers.append(put([index + 1, ward, hamlet, secretary, head, mark, note]))
        else:
            numbers.append(put([index + 1, None, hamlet, secretary, head, mark, note]))
    if group_start is not None and current > group_start:
        ws.merge_cells(start_row=group_start, start_column=2, end_row=current, end_column=2)
    put([])
    put([None, "Tổng cộng", total_hamlets, None, None, total_concurrent, None])
    put([])
    put([None, "NGƯỜI LẬP BIỂU", None, None, "TRƯỞNG BAN"])
    put([None, "(Ký, ghi rõ họ tên)", None, None, "(Ký tên, đóng dấu)"])
    put([])
    put([None, "Lê Thị Thảo", None, None, "Nguyễn Văn Minh"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), numbers


# --- helpers ------------------------------------------------------------------------------------


def parse(data: bytes, name: str, units: pd.DataFrame, as_of: date | None = None) -> Parsed:
    return parse_bytes(data, name, units, as_of=as_of)


def ward_counts(parsed: Parsed) -> list[int]:
    assert parsed.snapshot is not None, [p.code for p in parsed.problems]
    wards = ward_summary(parsed.snapshot)
    assert list(wards["code"]) == WARD_CODES
    return [int(c) for c in wards["concurrent"]]


def where(problems: list[Problem]) -> list[tuple[str, int | None, str | None]]:
    return [(p.code, p.row, p.column) for p in problems]


def assert_no_snapshot(parsed: Parsed) -> None:
    assert parsed.errors
    assert parsed.snapshot is None
    assert not parsed.ok


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rows(units: pd.DataFrame, baseline: Snapshot) -> list[list[str]]:
    return hamlet_rows(units, baseline)


def fresh(rows: list[list[str]]) -> list[list[str]]:
    return [list(r) for r in rows]


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
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))[name]
    parsed = parse((SAMPLES / name).read_bytes(), name, units)
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
    path = SAMPLES / "ward_summary_2019-12-31_cp1258.csv"
    parsed = parse(path.read_bytes(), path.name, units)
    assert parsed.encoding == "cp1258"
    assert parsed.header_row == 5


# --- ward summaries (one row per ward) -----------------------------------------------------------


def test_ward_summary_ok(units: pd.DataFrame) -> None:
    parsed = parse(summary_csv(summary_rows()), "bieu_2019-05-06.csv", units)
    assert parsed.ok, where(parsed.problems)
    assert parsed.problems == []
    assert parsed.granularity == "ward"
    assert parsed.encoding == "utf-8-sig"
    assert parsed.header_row == 1
    assert parsed.snapshot is not None and parsed.snapshot.hamlets is None
    assert ward_counts(parsed) == BASELINE_COUNTS


def test_ward_summary_cp1258_with_title(units: pd.DataFrame) -> None:
    text = delimited(
        summary_rows(), SUMMARY_HEADER, ";", above=["THÀNH ỦY BẠC LIÊU", "BAN TỔ CHỨC", "(Tính đến ngày 31/12/2019)"]
    )
    parsed = parse(to_cp1258(text), "bieu.csv", units)
    assert parsed.ok, where(parsed.problems)
    assert parsed.encoding == "cp1258"
    assert parsed.header_row == 4
    assert parsed.snapshot is not None and parsed.snapshot.as_of == date(2019, 12, 31)
    assert ward_counts(parsed) == BASELINE_COUNTS


# Header on line 1, ward i (0-based) on line i + 2, the totals row on line 12.
SUMMARY_ERRORS = [
    pytest.param(
        lambda r: r[-1].__setitem__(slice(2, 5), [67, 46, 25]),
        ("totals_mismatch", "counts_dont_add_up"),
        12,
        SUMMARY_NOT_COL,
        id="article-46+25-vs-67",
    ),
    pytest.param(
        lambda r: r[0].__setitem__(4, 4),  # Phường 1: 4 + 4 != 7
        ("counts_dont_add_up",),
        2,
        SUMMARY_NOT_COL,
        id="ward-4+4-vs-7",
    ),
    pytest.param(
        lambda r: r[1].__setitem__(slice(3, 5), [8, 0]),  # Phường 2: 8 of 7
        ("concurrent_over_total",),
        3,
        SUMMARY_CONCURRENT_COL,
        id="concurrent-over-total",
    ),
    pytest.param(
        lambda r: r[-1].__setitem__(3, 47),
        ("totals_mismatch",),
        12,
        SUMMARY_CONCURRENT_COL,
        id="totals-row-disagrees",
    ),
    pytest.param(
        lambda r: r[3].__setitem__(3, "-1"),
        ("bad_count",),
        5,
        SUMMARY_CONCURRENT_COL,
        id="negative-count",
    ),
    pytest.param(
        lambda r: r[4].__setitem__(3, "sáu"),
        ("bad_count",),
        6,
        SUMMARY_CONCURRENT_COL,
        id="non-numeric-count",
    ),
    pytest.param(
        lambda r: r[5].__setitem__(slice(2, 5), [7, 5, 2]),  # Phường 8 has 8 hamlets in the master
        ("hamlets_vs_master",),
        7,
        SUMMARY_HAMLETS_COL,
        id="hamlets-vs-master",
    ),
    pytest.param(
        lambda r: r[5].__setitem__(1, "Phường 9"),
        ("unknown_ward",),
        7,
        SUMMARY_WARD_COL,
        id="unknown-ward",
    ),
    pytest.param(
        lambda r: r[2].__setitem__(1, "P.1"),
        ("duplicate_ward",),
        4,
        SUMMARY_WARD_COL,
        id="duplicate-ward",
    ),
]


@pytest.mark.parametrize(("mutate", "codes", "row", "column"), SUMMARY_ERRORS)
def test_ward_summary_errors(
    units: pd.DataFrame,
    mutate: Callable[[list[list[object]]], None],
    codes: tuple[str, ...],
    row: int,
    column: str,
) -> None:
    table = summary_rows()
    mutate(table)
    parsed = parse(summary_csv(table), "bieu_2019-12-31.csv", units)
    assert_no_snapshot(parsed)
    placed = [p for p in parsed.errors if p.code in codes and p.row == row and p.column == column]
    assert placed, where(parsed.problems)
    vi = line(placed[0], "vi")
    assert vi.startswith(f"Dòng {row}, cột «{column}»: ")
    assert line(placed[0], "en").startswith(f"Row {row}, column “{column}”: ")


def test_ward_summary_article_slip_message(units: pd.DataFrame) -> None:
    table = summary_rows(totals=(67, 46, 25))
    parsed = parse(summary_csv(table), "bieu_2019-05-06.csv", units)
    assert_no_snapshot(parsed)
    at_totals = {p.code: p for p in parsed.errors if p.row == 12 and p.column == SUMMARY_NOT_COL}
    # The totals row disagrees with the rows (25 stated, 21 counted) and with itself (46 + 25 is not 67).
    text = line(at_totals["totals_mismatch"], "vi")
    assert "25" in text and "21" in text
    assert line(at_totals["counts_dont_add_up"], "vi") == (
        f"Dòng 12, cột «{SUMMARY_NOT_COL}»: 46 kiêm nhiệm + 25 chưa kiêm nhiệm ≠ 67 khóm, ấp."
    )


def test_ward_summary_four_plus_four_message(units: pd.DataFrame) -> None:
    table = summary_rows()
    table[0][4] = 4
    parsed = parse(summary_csv(table), "bieu_2019-05-06.csv", units)
    problem = next(p for p in parsed.errors if p.code == "counts_dont_add_up")
    assert problem.params == {"concurrent": 4, "not_concurrent": 4, "total": 7}
    assert line(problem, "vi") == (f"Dòng 2, cột «{SUMMARY_NOT_COL}»: 4 kiêm nhiệm + 4 chưa kiêm nhiệm ≠ 7 khóm, ấp.")


def test_ward_summary_unknown_ward_suggestion(units: pd.DataFrame) -> None:
    table = summary_rows()
    table[5][1] = "Phường 9"
    parsed = parse(summary_csv(table), "bieu_2019-05-06.csv", units)
    problem = next(p for p in parsed.errors if p.code == "unknown_ward")
    assert problem.params["suggestion"] == "Phường 8"
    assert "có phải «Phường 8»?" in line(problem, "vi")
    assert "did you mean “Phường 8”?" in line(problem, "en")


def test_ward_summary_pct_disagrees_is_a_warning(units: pd.DataFrame) -> None:
    table = summary_rows()
    table[5][5] = "90"  # Phường 8: 5 of 8 is 62,5 %
    parsed = parse(summary_csv(table), "bieu_2019-05-06.csv", units)
    assert parsed.ok
    assert where(parsed.warnings) == [("pct_disagrees", 7, SUMMARY_PCT_COL)]
    assert ward_counts(parsed) == BASELINE_COUNTS


@pytest.mark.parametrize("pct", ["62,5", "62.5", "62,5 %", "62.50%", "62,45"])
def test_ward_summary_pct_written_in_any_usual_way(units: pd.DataFrame, pct: str) -> None:
    table = summary_rows()
    table[5][5] = pct
    parsed = parse(summary_csv(table), "bieu_2019-05-06.csv", units)
    assert parsed.ok
    assert parsed.warnings == []


def test_ward_summary_whole_number_pct_is_not_a_disagreement(units: pd.DataFrame) -> None:
    table = summary_rows()
    table[6][5] = "67"  # Phường Nhà Mát: 4 of 6 = 66.67 %
    parsed = parse(summary_csv(table), "bieu_2019-05-06.csv", units)
    assert parsed.ok
    assert parsed.warnings == []


def test_ward_summary_xlsx_percent_cells_agree(units: pd.DataFrame) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["(Tính đến ngày 31/12/2019)"])
    ws.append(SUMMARY_HEADER)
    for i, ((ward, hamlets), conc) in enumerate(zip(SUMMARY_WARDS, BASELINE_COUNTS, strict=True)):
        ws.append([i + 1, ward, hamlets, conc, hamlets - conc, conc / hamlets])
        ws.cell(ws.max_row, 6).number_format = "0.0%"
    out = io.BytesIO()
    book.save(out)
    parsed = parse(out.getvalue(), "bieu.xlsx", units)
    assert parsed.ok
    assert parsed.warnings == []


def test_ward_summary_missing_ward_is_a_warning(units: pd.DataFrame) -> None:
    counts = [*BASELINE_COUNTS[:-1], 0]
    table = summary_rows(counts)
    del table[9]  # Xã Hiệp Thành left out
    table[-1][2:5] = [63, 45, 18]
    parsed = parse(summary_csv(table), "bieu_2019-05-06.csv", units)
    assert parsed.ok, where(parsed.problems)
    assert where(parsed.warnings) == [("missing_wards", None, None)]
    assert parsed.warnings[0].params["wards"] == "Xã Hiệp Thành"
    assert ward_counts(parsed) == counts


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
