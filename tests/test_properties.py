"""Properties of parse_bytes over generated input: whatever the bytes, it answers with a Parsed and never raises.

Random bytes (with the signatures of XLSX and Parquet, with NULs, damaged real workbooks) and random tables of
Vietnamese text, marks, numbers and the master's own ward and hamlet names, written as CSV (every encoding and
separator offices use) and as XLSX. A refused file names at least one error; an accepted one counts 0..67.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Sequence
from datetime import date, datetime

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from lib.core.normalize import nfc
from lib.ingest.controls import without_controls
from lib.ingest.embedded import default_units
from lib.ingest.roster import Parsed, parse_bytes
from lib.ingest.table import nfc_arrow, read_tables
from tests.corpus.make_corpus import to_cp1258

UNITS = default_units()
WARD_SIZES = UNITS.groupby("ward_code").size().to_dict()
BOMS = (b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def check(parsed: object) -> None:
    """The contract every answer keeps."""
    assert isinstance(parsed, Parsed)
    if not parsed.ok:
        assert parsed.errors, "a refused file names at least one error"
        assert parsed.snapshot is None, "nothing to store from a refused file"
        return
    snapshot = parsed.snapshot
    assert snapshot is not None
    assert parsed.granularity in ("officer", "hamlet", "ward")
    counts = snapshot.ward_counts
    assert len(counts) == 10
    for code, concurrent in zip(counts["code"], counts["concurrent"], strict=True):
        assert 0 <= int(concurrent) <= WARD_SIZES[code]
    assert 0 <= int(counts["concurrent"].sum()) <= 67
    if snapshot.hamlets is not None:
        assert len(snapshot.hamlets) == 67
        assert int(snapshot.hamlets["concurrent"].sum()) == int(counts["concurrent"].sum())


def parse(data: bytes, name: str = "upload_2019-09-30.csv") -> Parsed:
    return parse_bytes(data, name, UNITS)


# --- random bytes -----------------------------------------------------------------------------------------


@SETTINGS
@given(st.binary(max_size=3000))
@example(b"")
@example(b"\x00")
@example(b"\r\n\r\n")
@example(b"\x81\x8d\x8f\x90\x9d")
def test_random_bytes(data: bytes) -> None:
    if data.startswith(BOMS):  # a byte-order mark: see test_random_bytes_after_a_byte_order_mark
        data = b"x" + data
    check(parse(data))


@pytest.mark.parametrize("signature", [b"PK\x03\x04", b"PAR1"], ids=["xlsx", "parquet"])
@SETTINGS
@given(tail=st.binary(max_size=3000), end_marker=st.booleans())
def test_random_bytes_with_a_file_signature(signature: bytes, tail: bytes, end_marker: bool) -> None:
    data = signature + tail + (signature if end_marker and signature == b"PAR1" else b"")
    check(parse(data, "upload_2019-09-30.xlsx"))


@SETTINGS
@given(st.lists(st.one_of(st.text(max_size=30), st.just("\x00"), st.binary(max_size=8)), max_size=20))
def test_text_with_nuls(parts: list[str | bytes]) -> None:
    data = b"".join(p.encode("utf-8") if isinstance(p, str) else p for p in parts) + b"\x00"
    if data.startswith(BOMS):
        data = b"x" + data
    check(parse(data))


@pytest.mark.parametrize(
    "bom",
    [
        pytest.param(b"\xff\xfe", id="utf-16-le"),
        pytest.param(b"\xfe\xff", id="utf-16-be"),
        pytest.param(b"\xef\xbb\xbf", id="utf-8"),
    ],
)
@SETTINGS
@given(tail=st.binary(min_size=1, max_size=300))
@example(tail=b"A")  # a UTF-16 file cut short: an odd number of bytes
@example(tail=b"\x00\xd8A\x00")  # a lone UTF-16 surrogate
@example(tail="Phường 1".encode()[:-1] + b"\xe1\xbb")  # UTF-8 cut in the middle of a letter
def test_random_bytes_after_a_byte_order_mark(bom: bytes, tail: bytes) -> None:
    check(parse(bom + tail))


def _workbook(rows: Sequence[Sequence[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


VALID_XLSX = _workbook(
    [
        ["Tính đến ngày 30/09/2019"],
        ["Phường, xã", "Khóm, ấp", "Bí thư chi bộ", "Trưởng khóm, ấp", "Kiêm nhiệm"],
        *[[u.ward, u.hamlet, f"Người {i}", f"Người {i}", "x"] for i, u in enumerate(UNITS.itertuples())],
    ]
)
_PARQUET = io.BytesIO()
pq.write_table(pa.table({"ward": ["Phường 1"] * 7, "hamlet": [f"Khóm {i}" for i in range(1, 8)]}), _PARQUET)
VALID_PARQUET = _PARQUET.getvalue()


@pytest.mark.parametrize(
    "original",
    [
        pytest.param(VALID_XLSX, id="xlsx"),
        pytest.param(VALID_PARQUET, id="parquet"),
    ],
)
@SETTINGS
@given(data=st.data())
def test_damaged_real_files(original: bytes, data: st.DataObject) -> None:
    """A real workbook or Parquet file with a stretch of its bytes overwritten, or cut short."""
    start = data.draw(st.integers(4, len(original) - 1))
    patch = data.draw(st.binary(min_size=1, max_size=64))
    damaged = original[:start] + patch + original[start + len(patch) :]
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(4, len(damaged)))]
    check(parse(damaged, "upload_2019-09-30.xlsx"))


# --- random tables ----------------------------------------------------------------------------------------

WARDS = sorted(set(UNITS["ward"]))
HAMLETS = sorted(set(UNITS["hamlet"]))
HEADERS = [
    "STT",
    "Phường, xã",
    "Khóm, ấp",
    "Họ và tên bí thư chi bộ",
    "Trưởng khóm, ấp",
    "Bí thư kiêm trưởng khóm, ấp",
    "Trưởng khóm, ấp là đảng viên",
    "Ghi chú",
    "Lý do",
    "Chức danh",
    "Họ và tên",
    "Năm sinh",
    "Đảng viên",
    "Mã cán bộ",
    "Đơn vị",
    "Tổng số khóm, ấp",
    "Số bí thư kiêm trưởng khóm, ấp",
    "Số chưa kiêm nhiệm",
    "Tỷ lệ (%)",
    "ward_code",
    "hamlet_code",
    "Ward",
    "Hamlet",
    "Secretary",
    "Head",
    "Concurrent",
]
WORDS = [
    "x",
    "X",
    "có",
    "không",
    "1",
    "0",
    "✓",
    "TRUE",
    "FALSE",
    "",
    "",
    "Tổng cộng",
    "Cộng",
    "NGƯỜI LẬP BIỂU",
    "TRƯỞNG BAN",
    "Tính đến ngày 30/09/2019",
    "Tính đến ngày 31/02/2019",
    "Bí thư chi bộ kiêm Trưởng ấp",
    "BT-TK",
    "Bí thư chi bộ",
    "Trưởng khóm",
    "Công an viên",
    "57,1",
    "100%",
    "-1",
    "=SUM(A1:A3)",
    "+84 912",
    "@Lê",
    "(1)",
    "P.1",
    "phường 01",
    "K1",
    "khóm 01",
    "Nhà Mát",
    "Xã Vĩnh Trạch",
    "Vĩnh Trạch Đông",
    "Ấp Giồng Giữa",
    "31825",
    "31825-01",
    "1970",
    "12/03/1968",
]
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "0123456789 ,.;:/-()%\"'\t\n\r")

CELL = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WARDS),
    st.sampled_from(HAMLETS),
    st.sampled_from(HEADERS),
    st.text(ALPHABET, max_size=20),
    st.integers(-5, 100).map(str),
)
PAIRS = list(zip(UNITS["ward"], UNITS["hamlet"], UNITS["ward_code"], strict=True))
TEMPLATES = {
    "hamlet": ["Phường, xã", "Khóm, ấp", "Bí thư chi bộ", "Trưởng khóm, ấp", "Bí thư kiêm trưởng khóm, ấp"],
    "officer": ["Phường, xã", "Khóm, ấp", "Chức danh", "Họ và tên", "Năm sinh", "Đảng viên"],
    "ward": ["Đơn vị", "Tổng số khóm, ấp", "Số bí thư kiêm trưởng khóm, ấp", "Số chưa kiêm nhiệm", "Tỷ lệ (%)"],
}
NAMES = st.sampled_from(["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Út", "=Võ Sáu", ""])
MARKS = ["x", "X", "có", "1", "✓", "TRUE", "", "không", "0", "FALSE"]


@st.composite
def _mark(draw: st.DrawFn) -> str:
    """Usually a mark offices use, sometimes anything at all."""
    return draw(st.sampled_from(MARKS)) if draw(st.integers(0, 9)) else draw(CELL)


@st.composite
def _template_row(draw: st.DrawFn, kind: str) -> list[str]:
    ward, hamlet, code = draw(st.sampled_from(PAIRS))
    if kind == "hamlet":
        secretary = draw(NAMES)
        head = draw(st.one_of(st.just(secretary), NAMES))
        return [ward, hamlet, secretary, head, draw(_mark())]
    if kind == "officer":
        title = draw(st.sampled_from(["Bí thư chi bộ", "Trưởng khóm", "Trưởng ấp", "BT-TK", "Công an viên", "Xyz"]))
        return [ward, hamlet, title, draw(NAMES), draw(st.sampled_from(["1970", "", "12/03/1968"])), draw(_mark())]
    size = int((UNITS["ward_code"] == code).sum())
    hamlets = draw(st.sampled_from([size, size, size + 1]))
    concurrent = draw(st.integers(-1, hamlets + 1))
    return [ward, str(hamlets), str(concurrent), str(hamlets - concurrent), draw(st.sampled_from([*WORDS, "57,1"]))]


@st.composite
def _table(draw: st.DrawFn) -> list[list[str]]:
    """Often a complete header of one of the three kinds with plausible rows, else random headers; noise rows
    (titles, totals, signatures, blanks, random cells) anywhere."""
    kind = draw(st.sampled_from([*TEMPLATES, "random"]))
    if kind == "random":
        header = draw(st.lists(st.sampled_from(HEADERS), max_size=8, unique=True))
        body = draw(st.lists(st.lists(CELL, max_size=9), max_size=25))
    else:
        header = draw(st.permutations(TEMPLATES[kind])) if draw(st.booleans()) else list(TEMPLATES[kind])
        order = [TEMPLATES[kind].index(h) for h in header]
        rows = draw(st.lists(_template_row(kind), max_size=25))
        body = [[row[i] for i in order] for row in rows]
    noise = draw(st.lists(st.tuples(st.integers(0, 30), st.lists(CELL, max_size=6)), max_size=2))
    for position, row in noise:
        body.insert(min(position, len(body)), row)
    return ([list(header)] if header else []) + body


TABLE = _table()


def _csv(rows: list[list[str]], sep: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _encode(text: str, encoding: str) -> bytes:
    if encoding != "cp1258":
        return text.encode(encoding)
    return to_cp1258(text, errors="ignore")  # what the code page lacks ("✓") is dropped, as Windows does


@SETTINGS
@given(
    rows=TABLE,
    sep=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258"]),
    as_of=st.sampled_from(["upload.csv", "khom_ap_2019-09-30.csv"]),
)
def test_random_tables_as_csv(rows: list[list[str]], sep: str, encoding: str, as_of: str) -> None:
    check(parse(_encode(_csv(rows, sep), encoding), as_of))


XLSX_CELL = st.one_of(
    CELL.map(lambda s: s.replace("\r", " ")),
    st.integers(-10, 100),
    st.floats(-1, 200, allow_nan=False),
    st.booleans(),
    st.just(datetime(2019, 9, 30)),
    st.just(date(2019, 12, 31)),
    st.none(),
)
XLSX_TABLE = st.tuples(TABLE, st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8), XLSX_CELL), max_size=12))


def _xlsx_rows(drawn: tuple[list[list[str]], list[tuple[int, int, object]]]) -> list[list[object]]:
    """The table's text, with some cells replaced by numbers, booleans, dates or nothing, as Excel holds them."""
    rows: list[list[object]] = [list(r) for r in drawn[0]]
    for r, c, value in drawn[1]:
        if r < len(rows) and c < len(rows[r]):
            rows[r][c] = value
    return rows


@SETTINGS
@given(
    rows=XLSX_TABLE,
    merges=st.lists(st.tuples(st.integers(1, 30), st.integers(1, 4), st.integers(0, 6)), max_size=4),
    guide_first=st.booleans(),
)
def test_random_tables_as_xlsx(
    rows: tuple[list[list[str]], list[tuple[int, int, object]]], merges: list[tuple[int, int, int]], guide_first: bool
) -> None:
    """Random cells, random cells merged down (as a ward over its hamlets), a guide sheet before or after."""
    book = Workbook()
    sheet = book.active
    for row in _xlsx_rows(rows):
        sheet.append(row)
    taken: set[tuple[int, int]] = set()
    for top, col, depth in merges:
        span = {(r, col) for r in range(top, top + depth + 1)}
        if not span & taken:
            taken |= span
            sheet.merge_cells(start_row=top, start_column=col, end_row=top + depth, end_column=col)
    guide = book.create_sheet("Hướng dẫn", 0 if guide_first else None)
    guide.append(["Ghi ngày số liệu vào dòng «Tính đến ngày»."])
    out = io.BytesIO()
    book.save(out)
    check(parse(out.getvalue(), "upload_2019-09-30.xlsx"))


@SETTINGS
@given(
    columns=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6, unique=True),
    cells=st.lists(st.one_of(st.none(), CELL), min_size=0, max_size=30),
)
def test_random_tables_as_parquet(columns: list[str], cells: list[str | None]) -> None:
    height = len(cells) // len(columns)
    table = pa.table({c: cells[i * height : (i + 1) * height] for i, c in enumerate(columns)})
    out = io.BytesIO()
    pq.write_table(table, out)
    check(parse(out.getvalue(), "upload_2019-09-30.parquet"))


def test_a_valid_file_passes_the_same_checks() -> None:
    """The contract above is not vacuous: the valid workbook used for damage is accepted with 67 of 67."""
    parsed = parse(VALID_XLSX, "danh_sach.xlsx")
    check(parsed)
    assert parsed.ok
    assert parsed.snapshot is not None
    assert int(parsed.snapshot.ward_counts["concurrent"].sum()) == 67
    assert isinstance(parsed.snapshot.ward_counts, pd.DataFrame)


@SETTINGS
@given(values=st.lists(st.one_of(st.none(), st.text(), CELL), max_size=40))
@example(values=["\u2000Khóm\u3000 1 ", "Phu\u031bo\u031b\u0300ng 1", None, "a\u0085b", "x\u001cy\u001fz"])
def test_text_made_nfc_by_arrow_is_nfc(values: list[str | None]) -> None:
    """A Parquet file's distinct texts are made NFC, their white space collapsed, by Arrow: as nfc() makes them."""
    assert nfc_arrow(pa.array(values, pa.string())).to_pylist() == [nfc(v) for v in values]


@pytest.mark.parametrize("kind", ["plain", "dictionary", "large_string"])
def test_a_parquet_file_s_cells_are_their_texts_made_nfc(kind: str) -> None:
    """Each cell of a Parquet text column reads as nfc() of its value, however the column is stored."""
    values = ["  Nguyễn  Văn An ", "Phu\u031bo\u031b\u0300ng 1", None, "", "Trần\tThị Bé", "  Nguyễn  Văn An "]
    column = pa.array(values, pa.large_string() if kind == "large_string" else pa.string())
    if kind == "dictionary":
        column = column.dictionary_encode()
    out = io.BytesIO()
    pq.write_table(pa.table({"Họ và tên": column, "Năm sinh": [1970, None, 1980, 1990, 2000, 1970]}), out)
    table = read_tables(out.getvalue())[0]
    assert table.rows == [
        ["Họ và tên", "Năm sinh"],
        *[
            [nfc(v), "" if y is None else str(y)]
            for v, y in zip(values, [1970, None, 1980, 1990, 2000, 1970], strict=True)
        ],
    ]


@pytest.mark.parametrize(
    ("name", "value", "clean"),
    [
        ("Họ và tên", "Nguyễn Văn An", True),
        ("Họ và tên", "Nguyễn\x07 Văn An", False),  # a bell in a cell
        ("Họ và tên", "Nguyễn Văn\x85An", True),  # U+0085 is a line break, made a space: not a control
        ("Họ\x1b và tên", "Nguyễn Văn An", False),  # an escape in a column's name
        ("Họ và tên", "Lê\x9f Út", False),  # a C1 control
    ],
)
def test_a_parquet_file_s_controls_are_found_on_its_distinct_texts(name: str, value: str, clean: bool) -> None:
    """The reader says a Parquet table has no control character only when none of its texts has one; the cells then
    read as the pass over every cell would leave them."""
    out = io.BytesIO()
    pq.write_table(pa.table({name: [value, "Trần Thị Bé", value], "Năm sinh": [1970, 1980, 1990]}), out)
    table = read_tables(out.getvalue())[0]
    assert table.no_controls is clean
    cleaned = without_controls(dataclasses.replace(table, no_controls=False))
    assert without_controls(table).rows == cleaned.rows
    assert bool(cleaned.cleaned) is not clean
