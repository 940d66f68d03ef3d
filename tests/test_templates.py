"""Blank forms: filled in from the master, with drop-down lists, and read back by the importer."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pandas as pd
import pytest

from lib.ingest.roster import parse_bytes
from lib.report import forms as templates

ROWS = {"hamlet": 67, "officer": 134, "ward": 10}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("granularity", templates.GRANULARITIES)
def test_xlsx_form_has_lists_and_is_recognised(units: pd.DataFrame, granularity: str, lang: str) -> None:
    data = templates.template_xlsx(granularity, units, lang)
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    assert len(book.worksheets) == 3  # the form, the lists behind the drop-downs, a guide
    lists = [v.formula1 for v in sheet.data_validations.dataValidation]
    assert any("$A$2:$A$11" in f for f in lists)  # the 10 wards
    assert granularity == "ward" or any("$B$2:" in f for f in lists)  # the hamlets
    parsed = parse_bytes(data, "form.xlsx", units, as_of=date(2020, 1, 1))
    assert parsed.granularity == granularity
    assert parsed.header_row == 5
    filled_rows = sum(1 for row in sheet.iter_rows(min_row=6, values_only=True) if any(row))
    assert filled_rows == ROWS[granularity]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_filled_hamlet_form_reads_back(units: pd.DataFrame, lang: str) -> None:
    """Staff fill the date and the marks: the form becomes a valid snapshot with the counts they entered."""
    data = templates.template_xlsx("hamlet", units, lang)
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    sheet["A3"] = "(Tính đến ngày 31/12/2019)"
    for row in range(6, 6 + 52):
        sheet.cell(row, 5, "x")
    out = io.BytesIO()
    book.save(out)
    parsed = parse_bytes(out.getvalue(), "form.xlsx", units)
    assert parsed.ok, parsed.errors
    assert parsed.snapshot is not None
    assert parsed.snapshot.as_of == date(2019, 12, 31)
    assert int(parsed.snapshot.ward_counts["concurrent"].sum()) == 52


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_filled_officer_form_reads_back(units: pd.DataFrame, lang: str) -> None:
    """Two rows per hamlet: the same person as secretary and head makes the hamlet concurrent."""
    frame = templates.frame("officer", units, lang)
    name, year, member = frame.columns[3], frame.columns[4], frame.columns[5]
    for index in range(0, len(frame), 2):
        hamlet = index // 2
        frame.loc[index, name] = f"Nguyễn Văn {hamlet}"
        frame.loc[index + 1, name] = f"Nguyễn Văn {hamlet}" if hamlet < 50 else f"Trần Thị {hamlet}"
        frame.loc[[index, index + 1], year] = 1970
        frame.loc[[index, index + 1], member] = "Có" if lang == "vi" else "Yes"
    data = frame.to_csv(index=False).encode("utf-8-sig")
    parsed = parse_bytes(data, "can_bo_2020-06-30.csv", units)
    assert parsed.ok, parsed.errors[:3]
    assert parsed.granularity == "officer"
    assert parsed.snapshot is not None
    assert int(parsed.snapshot.ward_counts["concurrent"].sum()) == 50


def test_empty_forms_say_what_is_missing(units: pd.DataFrame) -> None:
    ward = parse_bytes(templates.template_csv("ward", units, "vi"), "f_2020-01-01.csv", units)
    assert {p.code for p in ward.errors} == {"bad_count"}
    officer = parse_bytes(templates.template_csv("officer", units, "vi"), "f_2020-01-01.csv", units)
    assert [p.code for p in officer.errors] == ["no_rows"]  # every position vacant: nothing to count
    assert {p.code for p in officer.warnings} >= {"vacant_position"}
