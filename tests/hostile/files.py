"""Small files that expand to a lot: workbooks, Parquet files and CSV files built in memory for the attack tests."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    b'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    b'<sheet name="Danh s\xc3\xa1ch" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_OPEN = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
HEADER_ROW = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Ph\xc6\xb0\xe1\xbb\x9dng</t></is></c></row>'


def workbook(
    rows: bytes | list[bytes], dimension: str = "A1", merged: str = "", extra: dict[str, bytes] | None = None
) -> bytes:
    """A minimal .xlsx with one sheet: its <sheetData> rows (bytes, or pieces written one by one), a declared
    dimension, merged ranges (<mergeCells> XML) and extra parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(SHEET_OPEN + f'<dimension ref="{dimension}"/><sheetData>'.encode())
            for piece in [rows] if isinstance(rows, bytes) else rows:
                sheet.write(piece)
            sheet.write(b"</sheetData>" + merged.encode() + b"</worksheet>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def merged_range() -> bytes:
    """About 5 KB: one merged range of 16,384 columns by 10,000 rows (A1:XFD10000)."""
    return workbook(HEADER_ROW, "A1:XFD10000", '<mergeCells count="1"><mergeCell ref="A1:XFD10000"/></mergeCells>')


def merged_range_only() -> bytes:
    """The same merged range in a sheet that declares only A1: the merged range alone must be counted."""
    return workbook(HEADER_ROW, "A1", '<mergeCells count="1"><mergeCell ref="A1:XFD10000"/></mergeCells>')


def declared_cells() -> bytes:
    """A sheet that declares 20 million cells (A1:T1000000) and holds one."""
    return workbook(HEADER_ROW, "A1:T1000000")


def many_cells(count: int = 600_000) -> bytes:
    """A sheet that really holds `count` cells of random numbers (compresses only about 3 times)."""
    rng = np.random.default_rng(14)
    values = rng.integers(100_000, 999_999, size=count)
    pieces = []
    for start in range(0, count, 10):
        cells = b"".join(b"<c><v>%d</v></c>" % v for v in values[start : start + 10])
        pieces.append(b"<row>" + cells + b"</row>")
    return workbook(pieces)


def zip_bomb() -> bytes:
    """A workbook with a 300 MB part of zeros (about 300 KB zipped)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("xl/media/image1.bin", "w", force_zip64=True) as part:
            block = bytes(16 * 1024 * 1024)
            for _ in range(300 // 16):
                part.write(block)
    return out.getvalue()


def parquet(table: pa.Table, **options: object) -> bytes:
    out = io.BytesIO()
    pq.write_table(table, out, **options)
    return out.getvalue()


def parquet_dictionary(rows: int = 300_000, length: int = 9_000) -> bytes:
    """A Parquet file of one text column whose one dictionary value is repeated `rows` times: 2.7 GB expanded."""
    values = pa.DictionaryArray.from_arrays(pa.array(np.zeros(rows, dtype=np.int32)), pa.array(["x" * length]))
    return parquet(pa.table({"Họ và tên": values}), compression="zstd")


def parquet_plain(rows: int = 45_000, length: int = 5_000) -> bytes:
    """A Parquet file without dictionaries whose pages hold 225 MB of text, zstd-compressed to a few hundred KB."""
    values = pa.array(["y" * length] * rows, pa.string())
    return parquet(pa.table({"Họ và tên": values}), compression="zstd", use_dictionary=False)


def parquet_long_cell(length: int = 50_000) -> bytes:
    return parquet(pa.table({"Phường": ["Phường 1", "z" * length]}))


def csv_line_of_commas(size: int = 19_000_000) -> bytes:
    """One line of 19 million empty fields."""
    return b"," * size + b"\n"


def csv_wide(columns: int = 1_000, rows: int = 100) -> bytes:
    return (b";".join(b"a" for _ in range(columns)) + b"\n") * rows


def csv_long_field(length: int = 20_000) -> bytes:
    return b"Phuong,Khom\n" + b"x" * length + b",y\n"


def csv_many_rows(rows: int = 2_000_001) -> bytes:
    return b"a\n" * rows


def csv_long_quoted_cell() -> bytes:
    """A quoted cell over many short lines, longer than the csv module takes (131,072 characters)."""
    return b'Phuong,Khom\n"' + b"x" * 9_000 + (b"\n" + b"x" * 9_000) * 20 + b'",y\n'
