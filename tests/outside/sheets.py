"""How an office saves a table: an Excel sheet with its title block and signatures, or a CSV in its encoding."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | float | None

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # the five tone marks Windows-1258 keeps apart
_FIXED_TIME = (2020, 1, 2, 8, 0, 0)


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 stores it: the letter (â, ơ, đ …) as one byte, its tone mark as a second one."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
        out += (base + "".join(p for p in parts if p in _TONES)).encode("cp1258")
    return bytes(out)


def write_csv(path: Path, rows: list[list[Cell]], encoding: str = "utf-8", sep: str = ",") -> None:
    """The rows as Excel's "Save as CSV" writes them (CRLF lines), in UTF-8, UTF-8 with BOM or cp1258."""
    text = io.StringIO()
    csv.writer(text, delimiter=sep, lineterminator="\r\n").writerows(rows)
    data = cp1258(text.getvalue()) if encoding == "cp1258" else text.getvalue().encode(encoding)
    path.write_bytes(data)


@dataclass
class Sheet:
    """One Excel sheet laid out top to bottom: title lines, header rows, a column-number row, the body, a totals row,
    then the signature block. `merges` are ranges relative to the first header row ("A1:A2" = first two header
    rows of column A); `merge_down` merges runs of equal values in one body column (a ward over its hamlets)."""

    title: str
    width: int
    titles: list[str] = field(default_factory=list)
    headers: list[list[Cell]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    numbers: list[Cell] = field(default_factory=list)
    body: list[list[Cell]] = field(default_factory=list)
    total: list[Cell] = field(default_factory=list)
    signatures: list[list[Cell]] = field(default_factory=list)
    merge_down: int | None = None  # a 1-based body column
    pct_format: str | None = None  # the number format of the last column


def _title_block(ws: Worksheet, sheet: Sheet) -> int:
    row = 1
    for line in sheet.titles:
        ws.cell(row=row, column=1, value=line or None).font = Font(bold=row <= 2 or line.isupper())
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=sheet.width)
        ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
        row += 1
    return row


def _grid(ws: Worksheet, top: int, rows: list[list[Cell]], bold: bool = False) -> int:
    thin = Side(style="thin")
    for r, values in enumerate(rows):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=top + r, column=c, value=value)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if bold else None)
            cell.font = Font(bold=bold)
    return top + len(rows)


def _shift(ref: str, rows: int) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group()) + rows), ref)


def _merge_down(ws: Worksheet, top: int, sheet: Sheet) -> None:
    column = sheet.merge_down
    if column is None:
        return
    start = 0
    for i in range(1, len(sheet.body) + 1):
        if i == len(sheet.body) or sheet.body[i][column - 1] != sheet.body[start][column - 1]:
            if i - start > 1:
                for r in range(top + start + 1, top + i):
                    ws.cell(row=r, column=column).value = None
                ws.merge_cells(start_row=top + start, start_column=column, end_row=top + i - 1, end_column=column)
            start = i


def _fill(ws: Worksheet, sheet: Sheet) -> None:
    top = _title_block(ws, sheet) + (1 if sheet.titles else 0)
    body_top = _grid(ws, top, sheet.headers, bold=True)
    for ref in sheet.merges:
        ws.merge_cells(_shift(ref, top - 1))
    if sheet.numbers:
        body_top = _grid(ws, body_top, [sheet.numbers])
    end = _grid(ws, body_top, sheet.body + ([sheet.total] if sheet.total else []))
    _merge_down(ws, body_top, sheet)
    if sheet.pct_format:
        for r in range(body_top, end):
            ws.cell(row=r, column=len(sheet.headers[-1])).number_format = sheet.pct_format
    for r, values in enumerate(sheet.signatures, start=end + 1):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=value).font = Font(bold=r == end + 2)
    for c in range(1, sheet.width + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14 if c > 2 else 20


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    """The sheets as one workbook, with the same bytes on every run (fixed times in the zip and the properties)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in sheets:
        _fill(book.create_sheet(sheet.title), sheet)
    raw = io.BytesIO()
    book.save(raw)
    _freeze(raw.getvalue(), path)


def _freeze(data: bytes, path: Path) -> None:
    stamp = "2020-01-02T08:00:00Z"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), content)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME), content, zipfile.ZIP_DEFLATED)
    path.write_bytes(out.getvalue())


def signatures(place_date: str, left: str, right: str, signer: str) -> list[list[Cell]]:
    """The block under a table: the place and date on the right, the two titles, a blank line, the signer's name."""
    return [
        [None, None, None, place_date],
        [left, None, None, right],
        [None],
        [None],
        ["Nguyễn Thị Thu Hà", None, None, signer],
    ]
