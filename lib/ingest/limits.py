"""Bounded reading: what a file will expand to, measured on its bytes before any parser builds it (READ_LIMITS)."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from xml.etree import ElementTree

import numpy as np

from lib.core.model import Problem
from lib.core.model import error as _error
from lib.core.schema import READ_LIMITS

MB = 1024 * 1024
_CHUNK = MB
_PIECE = 4 * MB  # bytes of delimited text looked at at once
_TAG_MAX = MB  # a tag longer than this is no spreadsheet's
_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s[^>]*?ref=\"([^\"]*)\"")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([^\"]*)\"")
_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})(?::([A-Za-z]{1,3})([0-9]{1,7}))?")

Limits = Mapping[str, int]


class UnreadableFile(ValueError):
    """The bytes are not a CSV or Excel table we can read."""


class FileProblem(UnreadableFile):
    """A file refused before it is read as a table; `problem` says why and where."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


class OverLimit(FileProblem):
    """A file that would expand beyond one of READ_LIMITS; `problem` says which limit and where."""


def _refuse(code: str, row: int | None = None, column: str | None = None, **params: object) -> OverLimit:
    return OverLimit(_error(code, row, column, **params))


# --- Excel workbooks ---------------------------------------------------------------------------------


def check_workbook(data: bytes, limits: Limits = READ_LIMITS) -> None:
    """Refuse a workbook whose parts, once unzipped, or whose sheets' cells and merged ranges exceed the limits.

    Nothing is extracted to memory: the zip directory gives the sizes, and each sheet's XML is streamed in
    chunks, counting its cells and reading its <dimension> and <mergeCell> references.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        return  # not a zip: the workbook reader says so
    with archive:
        _check_sizes(archive, limits)
        try:
            _check_sheets(archive, limits)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            raise UnreadableFile("xlsx") from exc  # a damaged or encrypted part: no workbook to read


def _check_sheets(archive: zipfile.ZipFile, limits: Limits) -> None:
    names = _sheet_names(archive)
    cells = 0
    for info in archive.infolist():
        if _SHEET.fullmatch(info.filename):
            sheet = names.get(info.filename, info.filename)
            cells += _check_sheet(archive, info, sheet, limits)
            if cells > limits["max_cells"]:
                raise _refuse("too_many_cells", sheet=sheet, cells=cells, limit=limits["max_cells"])


def _check_sizes(archive: zipfile.ZipFile, limits: Limits) -> None:
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > MB and ratio > limits["max_zip_ratio"]:
            raise _refuse("zip_ratio", part=info.filename, ratio=ratio, limit=limits["max_zip_ratio"])
    if total > limits["max_uncompressed_mb"] * MB:
        raise _refuse("zip_too_large", size=total // MB, limit=limits["max_uncompressed_mb"])


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """The part of each sheet and the name people see on its tab (empty when the workbook's index is odd)."""
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {r.get("Id"): str(r.get("Target", "")).lstrip("/") for r in relations}
    names = {}
    for sheet in workbook.iter():
        if sheet.tag.endswith("}sheet"):
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
            target = targets.get(rid, "")
            part = target if target.startswith("xl/") else f"xl/{target}"
            names[part] = str(sheet.get("name", ""))
    return names


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's XML in pieces that end after a '>' (so no tag is cut), one megabyte or so at a time."""
    carry = b""
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            text = carry + chunk
            end = text.rfind(b">") + 1
            carry = text[end:]
            if len(carry) > _TAG_MAX:
                carry = carry[-_TAG_MAX:]
            yield text[:end]
    yield carry


def _area(ref: bytes) -> tuple[int, int]:
    """Rows and columns of a reference such as A1:C10 (a single cell is 1 × 1)."""
    found = _REF.fullmatch(ref.decode("ascii", "replace").strip())
    if not found:
        return 1, 1
    first_col, first_row, last_col, last_row = found.groups()
    rows = abs(int(last_row or first_row) - int(first_row)) + 1
    columns = abs(_column(last_col or first_col) - _column(first_col)) + 1
    return rows, columns


def _column(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _check_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sheet: str, limits: Limits) -> int:
    """The cells the sheet will hold (its cells and each merged range's); refused over a limit on the way."""
    cells = rows = 0
    for text in _chunks(archive, info):
        cells += len(_CELL.findall(text))
        rows += len(_ROW.findall(text))
        for ref in _DIMENSION.findall(text):
            height, width = _area(ref)
            if height * width > limits["max_cells"]:
                raise _refuse(
                    "sheet_dimension", sheet=sheet, ref=ref.decode(), cells=height * width, limit=limits["max_cells"]
                )
            if height > limits["max_rows"]:  # not "of N cells, over the limit" when the cells are within it
                raise _refuse("too_many_rows", rows=height, limit=limits["max_rows"])
        for ref in _MERGE.findall(text):
            height, width = _area(ref)
            cells += height * width
            if cells > limits["max_cells"]:
                raise _refuse(
                    "merged_too_large", sheet=sheet, ref=ref.decode(), cells=height * width, limit=limits["max_cells"]
                )
        if rows > limits["max_rows"]:
            raise _refuse("too_many_rows", rows=rows, limit=limits["max_rows"])
        if cells > limits["max_cells"]:
            raise _refuse("too_many_cells", sheet=sheet, cells=cells, limit=limits["max_cells"])
    return cells


# --- Parquet -----------------------------------------------------------------------------------------


def check_parquet(data: bytes, limits: Limits = READ_LIMITS) -> None:
    """Refuse a Parquet file whose metadata declares too many rows or columns, or pages too large uncompressed."""
    import pyarrow.parquet as pq

    try:
        metadata = pq.ParquetFile(io.BytesIO(data)).metadata
    except Exception:  # noqa: BLE001 (a damaged footer: the reader says so)
        return
    if metadata.num_rows > limits["max_rows"]:
        raise _refuse("too_many_rows", rows=metadata.num_rows, limit=limits["max_rows"])
    if metadata.num_columns > limits["max_columns"]:
        raise _refuse("too_many_columns", 1, columns=metadata.num_columns, limit=limits["max_columns"])
    size = sum(
        metadata.row_group(g).column(c).total_uncompressed_size
        for g in range(metadata.num_row_groups)
        for c in range(metadata.num_columns)
    )
    if size > limits["max_uncompressed_mb"] * MB:
        raise _refuse("parquet_too_large", size=size // MB, limit=limits["max_uncompressed_mb"])


def check_decoded(lengths: np.ndarray, indices: np.ndarray, column: str, limits: Limits = READ_LIMITS) -> int:
    """The bytes a column's text takes once its dictionary is expanded (each value's length times its uses).

    `lengths` are the dictionary's values' lengths, `indices` each cell's value. Refused when a cell is longer
    than a cell may be (its row as the user sees it: the header is row 1); the caller adds the columns up.
    """
    counts = np.bincount(indices, minlength=len(lengths))
    too_long = lengths > limits["max_field_chars"]
    if (too_long & (counts > 0)).any():
        first = int(np.flatnonzero(too_long[indices])[0])
        length = int(lengths[indices[first]])
        raise _refuse("field_too_long", first + 2, column=column, length=length, limit=limits["max_field_chars"])
    return int((lengths.astype(np.int64) * counts).sum())


def check_decoded_total(size: int, limits: Limits = READ_LIMITS) -> None:
    if size > limits["max_decoded_mb"] * MB:
        raise _refuse("decoded_too_large", size=size // MB, limit=limits["max_decoded_mb"])


# --- delimited text ----------------------------------------------------------------------------------


def _line_bounds(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # By pieces of 4 MB: the comparison's scratch stays small and warm (a 100 MB one costs its page faults).
    breaks = np.concatenate(
        [np.flatnonzero(raw[i : i + _PIECE] == 10) + i for i in range(0, len(raw), _PIECE)] or [np.zeros(0, np.int64)]
    )
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [len(raw)]))
    return starts, ends


def line_bounds(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Where each line of delimited text starts and ends (its \\n excluded), found once for both checks below."""
    return _line_bounds(np.frombuffer(data, dtype=np.uint8))


def check_lines(data: bytes, limits: Limits = READ_LIMITS, bounds: tuple[np.ndarray, np.ndarray] | None = None) -> None:
    """Refuse delimited text with a line too long or too many lines, on the raw bytes, before decoding it."""
    starts, ends = bounds if bounds is not None else line_bounds(data)
    if len(starts) > limits["max_rows"]:
        raise _refuse("too_many_rows", rows=len(starts), limit=limits["max_rows"])
    lengths = ends - starts
    longest = int(lengths.argmax())
    if lengths[longest] > limits["max_line_bytes"]:
        raise _refuse("line_too_long", longest + 1, length=int(lengths[longest]), limit=limits["max_line_bytes"])


def check_fields(
    data: bytes, delimiter: str, limits: Limits = READ_LIMITS, bounds: tuple[np.ndarray, np.ndarray] | None = None
) -> None:
    """Refuse delimited text with a line of too many cells or a cell too long (data: UTF-8 or a one-byte code).

    Counted between delimiters, ignoring quotes: a quoted delimiter only makes more, shorter cells. `bounds` are
    line_bounds() of the same bytes, when the caller has them.
    """
    raw = np.frombuffer(data, dtype=np.uint8)
    starts, ends = bounds if bounds is not None else _line_bounds(raw)
    separator = ord(delimiter)
    if len(starts) and int((ends - starts).max()) >= limits["max_columns"]:  # else no line holds that many cells
        marks = np.flatnonzero(raw == separator)  # where the delimiters are; per line, how many fall in its bounds
        counts = np.searchsorted(marks, ends) - np.searchsorted(marks, starts)
        widest = int(counts.argmax())
        if counts[widest] + 1 > limits["max_columns"]:
            raise _refuse("too_many_columns", widest + 1, columns=int(counts[widest]) + 1, limit=limits["max_columns"])
    cap = limits["max_field_chars"] * 4  # bytes: a character is at most four
    for line in np.flatnonzero(ends - starts > limits["max_field_chars"]):
        cells = data[starts[line] : ends[line]].split(bytes([separator]))
        for index, cell in enumerate(cells):
            length = len(cell.decode("utf-8", "replace")) if len(cell) <= cap else len(cell)
            if length > limits["max_field_chars"]:
                raise _refuse(
                    "field_too_long",
                    int(line) + 1,
                    column=str(index + 1),
                    length=length,
                    limit=limits["max_field_chars"],
                )
