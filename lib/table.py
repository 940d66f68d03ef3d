"""Reading a file's bytes into a plain table of text cells, with the row numbers the user sees."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lib.normalize import nfc


class UnreadableFile(ValueError):
    """The bytes are not a CSV or Excel table we can read."""


@dataclass(frozen=True)
class Table:
    """Cells as NFC text; `rows[i]` is shown to the user as row `numbers[i]`; `sheet` names an Excel sheet."""

    rows: list[list[str]]
    numbers: list[int]
    encoding: str
    sheet: str | None = None
    uncomputed: frozenset[tuple[int, int]] = frozenset()  # (row number, column index) of formulas with no value


def _cell_text(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return nfc(value)


def decode(data: bytes) -> tuple[str, str]:
    """Decode text from the encodings offices use: UTF-8 (with or without BOM), UTF-16, cp1258."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UnreadableFile("encoding") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:  # a UTF-8 mark, then bytes that are not UTF-8: a damaged file
            raise UnreadableFile("encoding") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError as exc:
        raise UnreadableFile("encoding") from exc


def _delimiter(text: str) -> str:
    sample = text[:20000]
    lines = [line for line in sample.splitlines() if line.strip()][:40]
    counts = {d: sum(line.count(d) for line in lines) for d in ("\t", ";", ",")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv_table(data: bytes) -> Table:
    """A CSV/TSV file as a table; delimiter and encoding found from the bytes."""
    text, encoding = decode(data)
    if "\x00" in text:
        raise UnreadableFile("binary")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[list[str]] = []
    numbers: list[int] = []
    start = 1
    try:
        for record in reader:
            rows.append([nfc(c) for c in record])
            numbers.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise UnreadableFile("csv") from exc
    return Table(rows, numbers, encoding)


def _sheet_cells(sheet: Any) -> dict[int, dict[int, Any]]:
    """The cells that exist, by row then column (1-based), merged ranges filled with their top-left value.

    Only stored cells are visited, so one stray cell far below the table costs nothing.
    """
    cells: dict[int, dict[int, Any]] = {}
    for (row, col), cell in sheet._cells.items():  # openpyxl's own store of existing cells (pinned 3.1)
        if cell.value is not None and cell.value != "":
            cells.setdefault(row, {})[col] = cell.value
    for merged in sheet.merged_cells.ranges:
        top = cells.get(merged.min_row, {}).get(merged.min_col)
        if top is None or merged.max_row - merged.min_row > 10_000:
            continue
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                cells.setdefault(r, {})[c] = top
    return cells


def read_xlsx_tables(data: bytes) -> list[Table]:
    """Every sheet of an Excel workbook as a table of its non-empty rows, with their Excel row numbers."""
    import openpyxl

    try:
        formulas = openpyxl.load_workbook(io.BytesIO(data))
    except Exception as exc:
        raise UnreadableFile("xlsx") from exc
    has_formulas = any(
        isinstance(c.value, str) and c.value.startswith("=") for ws in formulas.worksheets for c in ws._cells.values()
    )
    values = openpyxl.load_workbook(io.BytesIO(data), data_only=True) if has_formulas else formulas
    tables = []
    for sheet, formula_sheet in zip(values.worksheets, formulas.worksheets, strict=True):
        cells = _sheet_cells(sheet)
        uncomputed = frozenset(
            (row, col - 1)
            for (row, col), cell in formula_sheet._cells.items()
            if has_formulas
            and isinstance(cell.value, str)
            and cell.value.startswith("=")
            and sheet._cells.get((row, col)) is not None
            and sheet._cells[(row, col)].value is None
        )
        width = max((max(r) for r in cells.values()), default=0)
        numbers = sorted(cells)
        rows = [[_cell_text(cells[n].get(c)) for c in range(1, width + 1)] for n in numbers]
        tables.append(Table(rows, numbers, "xlsx", sheet.title, uncomputed))
    return tables


def read_parquet_table(data: bytes) -> Table:
    """A Parquet file as a table: the column names are the header (row 1), records from row 2."""
    import pyarrow.parquet as pq

    try:
        arrow = pq.read_table(io.BytesIO(data))
        records = arrow.to_pylist()  # a damaged text page fails here, not in read_table
    except Exception as exc:
        raise UnreadableFile("parquet") from exc
    columns = arrow.column_names
    rows = [[nfc(c) for c in columns]]
    rows += [[_cell_text(record[c]) for c in columns] for record in records]
    return Table(rows, list(range(1, len(rows) + 1)), "parquet")


def read_tables(data: bytes) -> list[Table]:
    """Any supported file as tables (one per Excel sheet): Excel and Parquet by signature, else delimited text."""
    if not data.strip():
        raise UnreadableFile("empty")
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx_tables(data)
    if data.startswith(b"PAR1"):
        return [read_parquet_table(data)]
    return [read_csv_table(data)]
