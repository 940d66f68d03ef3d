"""Hamlet lists and ward summaries as offices write them (CSV text, office-style XLSX), and how tests read them."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl import Workbook

from lib.analysis.metrics import ward_summary
from lib.core.model import Problem, Snapshot
from lib.ingest.roster import Parsed, parse_bytes
from tests.corpus.make_corpus import WARD_VARIANTS
from tests.helpers import BASELINE_COUNTS, WARD_CODES

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
        code, hamlet = str(unit.hamlet_code), str(unit.hamlet)
        concurrent = bool(status.loc[code, "concurrent"])
        secretary = f"{FAMILY[i % len(FAMILY)]} Văn {GIVEN[i % len(GIVEN)]}"
        head = secretary if concurrent else f"{FAMILY[(i + 5) % len(FAMILY)]} Thị {GIVEN[(i + 7) % len(GIVEN)]}"
        mark = YES_MARKS[i % len(YES_MARKS)] if concurrent else NO_MARKS[i % len(NO_MARKS)]
        note = "" if concurrent else REASON_NOTES[str(status.loc[code, "reason"])]
        ward = WARD_VARIANTS[str(unit.ward)]
        shown_ward = "" if blank_repeated_ward and ward == previous_ward else ward
        previous_ward = ward
        rows.append([shown_ward, hamlet, secretary, head, mark, note])
    return rows


def delimited(
    rows: Sequence[Sequence[object]], header: Sequence[str], sep: str = ",", above: list[str] | None = None
) -> str:
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


def with_note(source: Path, note: str) -> bytes:
    """The golden hamlet list with a note in its first data row (below the row of column numbers)."""
    book = openpyxl.load_workbook(source)
    ws = book.worksheets[0]
    header = next(r for r in range(1, 15) if any(str(c.value or "").strip() == "Khóm, ấp" for c in ws[r]))
    columns = {str(c.value or "").strip(): c.column for c in ws[header]}
    column = columns.get("Ghi chú") or ws.max_column + 1
    ws.cell(header, column, "Ghi chú")
    cell = ws.cell(header + 2, column, note)
    cell.data_type = "s"  # text typed by a person, not a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


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


def fresh(rows: list[list[str]]) -> list[list[str]]:
    """A copy a test may change."""
    return [list(r) for r in rows]
