"""Files to download: CSV (UTF-8 with BOM, for Excel) and XLSX, with formula-like text escaped."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from lib.core.schema import FORMULA_PREFIXES

# Control characters (C0 but tab and line breaks, DEL, C1 but U+0085): a worksheet refuses them, a CSV hides them.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


def printable(value: object) -> object:
    """Text without control characters (a value stored before they were refused); anything else unchanged."""
    return CONTROLS.sub("", value) if isinstance(value, str) else value


def escape_cell(value: object) -> object:
    """A CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe (a CSV has no other
    way); numbers stay numbers; control characters are removed."""
    value = printable(value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def as_text(cell: Any) -> None:
    """A cell whose text looks like a formula kept as text: a string cell marked "quote prefix", as Excel marks
    what a person types after an apostrophe (no apostrophe shown, and it stays text when edited)."""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"
        cell.quotePrefix = True


def append_text(ws: Any, values: Iterable[object]) -> None:
    """A row appended with its text printable and never a formula. The cells are made first and then appended:
    looking the row up after (`ws[ws.max_row]`) scans every cell of the sheet, which made a 100,000-row export
    quadratic (5,000 rows took 11.6 s, 100,000 would take an hour)."""
    cells = [Cell(ws, value=printable(v)) for v in values]
    for cell in cells:
        as_text(cell)
    ws.append(cells)


def put_text(ws: Any, row: int, column: int, value: object) -> None:
    """One cell written with its text printable and never a formula."""
    as_text(ws.cell(row, column, printable(value)))


def escape_frame(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.map(escape_cell)


def csv_bytes(frame: pd.DataFrame, title_lines: list[str] | None = None) -> bytes:
    """CSV in UTF-8 with a BOM so that Excel shows the diacritics; optional title lines above the header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for line in title_lines or []:
        writer.writerow([escape_cell(line)])
    escape_frame(frame).to_csv(buffer, index=False, lineterminator="\r\n")
    return buffer.getvalue().encode("utf-8-sig")


def write_sheet(ws: Any, frame: pd.DataFrame, title_lines: list[str], formats: dict[str, str] | None = None) -> None:
    """Title lines (what, "Tính đến ngày …") above a bold header; numbers stay numbers (with a display format per
    column), text that looks like a formula is a text cell (no apostrophe shown); widths fitted; the header frozen."""
    for line in title_lines:
        append_text(ws, [line])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    if title_lines:
        ws.append([])
    append_text(ws, [str(c) for c in frame.columns])
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for record in frame.itertuples(index=False):
        append_text(ws, [None if _missing(v) else v.item() if hasattr(v, "item") else v for v in record])
    for index, column in enumerate(frame.columns, start=1):
        width = max([len(str(column))] + [len(str(v)) for v in frame[column]]) + 2
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = min(width, 45)
        number_format = (formats or {}).get(str(column))
        if number_format:
            for row in range(header_row + 1, ws.max_row + 1):
                ws[f"{letter}{row}"].number_format = number_format
    ws.freeze_panes = ws.cell(header_row + 1, 1)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def xlsx_bytes(frame: pd.DataFrame, sheet: str, title_lines: list[str]) -> bytes:
    """One sheet: title lines (agency, title, "Tính đến ngày …") above a bold header, widths fitted."""
    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    write_sheet(ws, frame, title_lines)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
