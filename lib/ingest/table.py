"""Reading a file's bytes into a plain table of text cells, by column, with the row numbers the user sees."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lib.core.model import error as _error
from lib.core.normalize import nfc
from lib.core.schema import READ_LIMITS
from lib.ingest import arrow_csv
from lib.ingest.arrow_csv import Ahead, arrow_read, delimiter_of, first_width
from lib.ingest.control_bytes import CONTROLS, has_no_controls
from lib.ingest.csv_bytes import records_tidy, regular_lines
from lib.ingest.encodings import decode
from lib.ingest.limits import (
    Limits,
    OverLimit,
    UnreadableFile,
    check_decoded,
    check_decoded_total,
    check_fields,
    check_lines,
    check_parquet,
    check_workbook,
    line_bounds,
)

# Python's \s, spelled out for RE2 (pyarrow): the same characters as str.isspace().
_WHITESPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
_RE2_SPACES = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in _WHITESPACE) + "]+"
# A value that collapsing changes: a white space other than " ", two in a row, or one at an end.
UNTIDY = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in _WHITESPACE if c != " ") + "]|  |^ | $"
_CSV_FIELD_LIMIT = csv.field_size_limit()
_BLANK = re.compile(rb"[ \t\n\r\x0b\x0c]*")  # what bytes.strip() takes away


@dataclass(frozen=True, eq=False)
class Table:
    """Cells as NFC text, one Arrow string array per column (padded with '' where a row is shorter).

    Row i has `lengths[i]` cells and is shown to the user as row `numbers[i]`; `sheet` names an Excel sheet;
    `uncomputed` holds (row number, column index) of formulas with no value; `cleaned` those of cells that had
    control characters removed (lib.ingest.controls); `no_controls` is True when the reader found on the file's
    bytes that no cell has one (lib.ingest.controls then skips its pass over every cell).
    """

    columns: tuple[pa.Array, ...]
    lengths: np.ndarray
    numbers: np.ndarray
    encoding: str
    sheet: str | None = None
    uncomputed: frozenset[tuple[int, int]] = frozenset()
    cleaned: frozenset[tuple[int, int]] = frozenset()
    no_controls: bool = False
    recoded: tuple[int, ...] = ()  # lines of a UTF-8 file read as cp1258 (lib.ingest.encodings)

    @classmethod
    def from_rows(
        cls,
        rows: Sequence[Sequence[str]],
        numbers: Sequence[int],
        encoding: str,
        sheet: str | None = None,
        uncomputed: frozenset[tuple[int, int]] = frozenset(),
    ) -> Table:
        width = max((len(r) for r in rows), default=0)
        columns = tuple(pa.array([r[c] if c < len(r) else "" for r in rows], pa.string()) for c in range(width))
        lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
        return cls(columns, lengths, np.asarray(numbers, dtype=np.int64), encoding, sheet, uncomputed)

    def __len__(self) -> int:
        return len(self.lengths)

    @property
    def width(self) -> int:
        return len(self.columns)

    def row(self, index: int) -> list[str]:
        """The cells of one row as the file has them (without padding)."""
        return [str(self.columns[c][index].as_py()) for c in range(int(self.lengths[index]))]

    def head(self, count: int) -> list[list[str]]:
        return [self.row(i) for i in range(min(count, len(self)))]

    @property
    def rows(self) -> list[list[str]]:
        """Every row as a list of cells (for small tables and tests; large ones are read by column)."""
        return self.head(len(self))


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


def read_csv_table(data: bytes, limits: Limits = READ_LIMITS) -> Table:
    """A CSV/TSV file as a table; delimiter and encoding found from the bytes.

    Cells are NFC text with white space collapsed, exactly as Python's csv module splits them. A large,
    regular file (one record per line, the same number of cells in each, well-formed quotes) is split by
    Arrow's parser instead, which gives the same cells much faster.
    """
    begun = arrow_csv.taken_early(data)
    bounds = begun.bounds if begun is not None else line_bounds(data)
    check_lines(data, limits, bounds)
    ahead = begun.ahead if begun is not None else arrow_csv.read_ahead(data, limits)
    try:
        decoded = decode(data)
        text, encoding = decoded.text, decoded.encoding
        if (b"\x00" in data) if encoding == "utf-8" else ("\x00" in text):
            raise UnreadableFile("binary")
        delimiter = delimiter_of(text)
        if encoding in ("utf-8", "utf-8-sig", "cp1258"):
            check_fields(data, delimiter, limits, bounds)
        else:
            check_fields(text.encode("utf-8"), delimiter, limits)
        fast = _arrow_csv(text, data, encoding, delimiter, ahead, bounds, begun.tidy if begun is not None else {})
    finally:
        if ahead is not None:
            ahead.drop()
    if fast is not None:
        return dataclasses.replace(fast, recoded=decoded.recoded)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    numbers: list[int] = []
    start = 1
    try:
        for record in reader:
            rows.append([nfc(c) for c in record])
            numbers.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):  # a quoted cell over many lines
            raise OverLimit(_error("cell_too_long", start, None, limit=_CSV_FIELD_LIMIT)) from exc
        raise UnreadableFile("csv") from exc
    return dataclasses.replace(Table.from_rows(rows, numbers, encoding), recoded=decoded.recoded)


def _arrow_csv(
    text: str,
    data: bytes,
    encoding: str,
    delimiter: str,
    ahead: Ahead | None = None,
    bounds: tuple[np.ndarray, np.ndarray] | None = None,
    tidy: dict[str, bool] | None = None,
) -> Table | None:
    """The table split by Arrow, or None when the file is not regular enough to be sure of the same cells.

    The checks of single characters run on the bytes of a UTF-8 file (the same answers, faster than on its text).
    `ahead`: the split that may have started on the other core (arrow_csv.read_ahead); `bounds`: line_bounds(data);
    `tidy`: records_tidy(data, delimiter) by delimiter, where already found.
    """
    scan: str | bytes = data if encoding == "utf-8" else text
    if len(text) < arrow_csv.ARROW_MIN_CHARS:
        return None
    lines = regular_lines(scan, delimiter, text, bounds if scan is data else None)
    if lines is None:
        return None
    normal = unicodedata.is_normalized("NFC", text)
    if normal and encoding == "utf-8":
        raw = data
    else:
        raw = (text if normal else unicodedata.normalize("NFC", text)).encode("utf-8")
    known = tidy or {}
    tidy_records = raw is data and (known[delimiter] if delimiter in known else records_tidy(data, delimiter))
    width = first_width(text, delimiter)
    if width is None:
        return None  # a field too long for the csv module: its reader words it
    try:
        arrow = ahead.read(raw, delimiter, width) if ahead is not None else arrow_read(raw, delimiter, width)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return None  # ragged rows, blank lines: the csv module reads these
    if arrow.num_rows != lines or arrow.num_columns != width:
        return None  # a quoted line break: the row numbers would differ
    columns = []
    for column in arrow.columns:
        values = column.combine_chunks()
        if len(values) and _too_long(values):
            return None  # the csv module refuses such a field: keep its answer
        columns.append(_collapse_spaces(values) if not tidy_records or _untidy(values.slice(0, 1)) else values)
    count = arrow.num_rows
    return Table(
        tuple(columns),
        np.full(count, width, dtype=np.int64),
        np.arange(1, count + 1, dtype=np.int64),
        encoding,
    )


def _too_long(values: pa.Array) -> bool:
    """Whether a value has more characters than the csv module takes (counted only when one has more bytes)."""
    if pc.max(pc.binary_length(values)).as_py() <= _CSV_FIELD_LIMIT:
        return False  # a character is at least a byte
    return bool(pc.max(pc.utf8_length(values)).as_py() > _CSV_FIELD_LIMIT)


def _untidy(values: pa.Array) -> bool:
    return bool(pc.any(pc.match_substring_regex(values, UNTIDY)).as_py())


def nfc_arrow(values: pa.Array) -> pa.Array:
    """nfc() of each text by Arrow (a million distinct names in 0.1 s, not 0.6 s): NFC, white space collapsed, a
    null ''."""
    return _collapse_spaces(pc.fill_null(pc.utf8_normalize(values, "NFC"), ""))


def _collapse_spaces(values: pa.Array) -> pa.Array:
    """White space as nfc() leaves it: runs of it one space, none at the ends (values already NFC)."""
    if not _untidy(values):
        return values
    collapsed = pc.replace_substring_regex(values, _RE2_SPACES, " ")
    return pc.utf8_trim(collapsed, " ")


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


def read_xlsx_tables(data: bytes, limits: Limits = READ_LIMITS) -> list[Table]:
    """Every sheet of an Excel workbook as a table of its non-empty rows, with their Excel row numbers."""
    import openpyxl

    check_workbook(data, limits)
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
        texts: dict[object, str] = {}  # a value repeated down a column is turned into text once
        rows = [[_text_once(cells[n].get(c), texts) for c in range(1, width + 1)] for n in numbers]
        tables.append(Table.from_rows(rows, numbers, "xlsx", sheet.title, uncomputed))
    return tables


def _text_once(value: object, texts: dict[object, str]) -> str:
    key = (type(value), value)
    try:
        return texts[key]
    except KeyError:
        texts[key] = _cell_text(value)
        return texts[key]
    except TypeError:  # an unhashable value
        return _cell_text(value)


def read_parquet_table(data: bytes, limits: Limits = READ_LIMITS) -> Table:
    """A Parquet file as a table: the column names are the header (row 1), records from row 2.

    Text columns are read as dictionaries and measured before they are expanded (READ_LIMITS).
    """
    import pyarrow.parquet as pq

    check_parquet(data, limits)
    try:
        schema = pq.read_schema(io.BytesIO(data))
        texts = [f.name for f in schema if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)]
        arrow = pq.read_table(io.BytesIO(data), read_dictionary=texts)
        # Records were read as {name: value}: with a repeated name, every column of that name shows the last one.
        last = {name: i for i, name in enumerate(arrow.column_names)}
        encoded = [
            _parquet_text(arrow.column(last[name]).combine_chunks(), name, limits) for name in arrow.column_names
        ]
    except OverLimit:
        raise
    except Exception as exc:  # a damaged page fails here
        raise UnreadableFile("parquet") from exc
    check_decoded_total(sum(size for _, _, size in encoded), limits)
    columns = [values.take(indices) for values, indices, _ in encoded]
    names = [nfc(c) for c in arrow.column_names]
    count = arrow.num_rows + 1
    cells = tuple(
        pa.concat_arrays([pa.array([name], pa.string()), column]) for name, column in zip(names, columns, strict=True)
    )
    width = len(names)
    # No control character among the distinct texts and the names: none in any cell (lib.ingest.controls skips them).
    clean = not any(_has_controls(texts) for texts, _, _ in encoded) and not _has_controls(pa.array(names, pa.string()))
    lengths, numbers = np.full(count, width, dtype=np.int64), np.arange(1, count + 1, dtype=np.int64)
    return Table(cells, lengths, numbers, "parquet", no_controls=clean)


def _has_controls(texts: pa.Array) -> bool:
    return bool(pc.any(pc.match_substring_regex(texts, CONTROLS)).as_py())


def _parquet_text(values: pa.Array, name: str, limits: Limits) -> tuple[pa.Array, pa.Array, int]:
    """One column as each distinct value's text, the index of each cell's, and the bytes they will expand to."""
    values.validate(full=True)  # damaged text fails here
    if pa.types.is_dictionary(values.type):
        encoded = values
    else:
        try:
            encoded = pc.dictionary_encode(values)
        except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):
            texts = pa.array([_cell_text(v) for v in values.to_pylist()], pa.string())
            every = np.arange(len(texts))
            return texts, pa.array(every), check_decoded(_lengths(texts), every, name, limits)
    dictionary = encoded.dictionary
    if pa.types.is_string(dictionary.type) or pa.types.is_large_string(dictionary.type):
        texts = pa.concat_arrays([nfc_arrow(dictionary.cast(pa.string())), pa.array([""], pa.string())])
    else:  # numbers, dates, booleans: as a spreadsheet shows them, each distinct value once
        texts = pa.array([_cell_text(v) for v in dictionary.to_pylist()] + [""], pa.string())
    indices = pc.fill_null(encoded.indices, len(dictionary))  # a null cell is ''
    return texts, indices, check_decoded(_lengths(texts), indices.to_numpy(zero_copy_only=False), name, limits)


def _lengths(texts: pa.Array) -> np.ndarray:
    return pc.utf8_length(texts).to_numpy(zero_copy_only=False)


def mislabelled(file_name: str, data: bytes) -> str | None:
    """The extension when the bytes are not what it says (an .xlsx that is no workbook, a .csv that is one)."""
    extension = Path(file_name).suffix.lower()
    is_zip, is_parquet = data.startswith(b"PK\x03\x04"), data.startswith(b"PAR1")
    expected = {".xlsx": is_zip, ".parquet": is_parquet}
    if extension in expected and not expected[extension]:
        return extension
    if extension in (".csv", ".txt", ".tsv") and (is_zip or is_parquet):
        return extension
    return None


def read_tables(data: bytes, limits: Limits = READ_LIMITS) -> list[Table]:
    """Any supported file as tables (one per Excel sheet): Excel and Parquet by signature, else delimited text,
    within `limits` (the callers pass the settings in force); a CSV file's bytes tell `no_controls`."""
    if _BLANK.fullmatch(data):  # white space only (bytes.strip() would copy the whole file)
        raise UnreadableFile("empty")
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx_tables(data, limits)
    if data.startswith(b"PAR1"):
        return [read_parquet_table(data, limits)]
    table = read_csv_table(data, limits)
    return [dataclasses.replace(table, no_controls=has_no_controls(data, table.encoding))]
