"""Files to download: CSV (UTF-8 with BOM, for Excel) and XLSX, with formula-like text escaped."""

from __future__ import annotations

import csv
import io

import pandas as pd

from lib.schema import FORMULA_PREFIXES


def escape_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


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


def xlsx_bytes(frame: pd.DataFrame, sheet: str, title_lines: list[str]) -> bytes:
    """One sheet: title lines (agency, title, "Tính đến ngày …") above a bold header, widths fitted."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    for line in title_lines:
        ws.append([line])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    if title_lines:
        ws.append([])
    ws.append([str(c) for c in frame.columns])
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for record in escape_frame(frame).itertuples(index=False):
        ws.append([v.item() if hasattr(v, "item") else v for v in record])
    for index, column in enumerate(frame.columns, start=1):
        width = max([len(str(column))] + [len(str(v)) for v in frame[column]]) + 2
        ws.column_dimensions[get_column_letter(index)].width = min(width, 45)
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
