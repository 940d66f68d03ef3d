"""Reading ward summaries (one row per ward): counts that must add up, totals rows, percentages, placed problems."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pandas as pd
import pytest
from openpyxl import Workbook

from lib.present.problems import line
from tests.corpus.make_corpus import to_cp1258
from tests.helpers import BASELINE_COUNTS
from tests.rosters import (
    SUMMARY_CONCURRENT_COL,
    SUMMARY_HAMLETS_COL,
    SUMMARY_HEADER,
    SUMMARY_NOT_COL,
    SUMMARY_PCT_COL,
    SUMMARY_WARD_COL,
    SUMMARY_WARDS,
    assert_no_snapshot,
    delimited,
    parse,
    summary_csv,
    summary_rows,
    ward_counts,
    where,
)

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
