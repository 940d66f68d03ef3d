"""The national import's shortcuts give the answers of the long way: tidy CSV records proven on the bytes, person
keys joined by Arrow, hamlet codes found as given, and large originals kept compressed and read back byte for byte."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pyarrow as pa
import pytest

from lib import store
from lib.core.normalize import nfc
from lib.ingest import arrow_csv, table
from lib.ingest.body import Column
from lib.ingest.csv_bytes import records_tidy
from lib.ingest.embedded import default_units
from lib.ingest.officer_rows import _persons
from lib.ingest.officers import birth_year, person_key
from lib.ingest.roster import parse_bytes
from lib.store import blobs
from lib.store import engine as store_engine
from tests.helpers import CORPUS_FILES


@pytest.mark.parametrize(
    ("data", "delimiter", "tidy"),
    [
        (b"h1,h2\na,b\nc d,e\n", ",", True),
        (b'"h 1, x",h2\na b,c d\n', ",", True),  # a quoted header with ", " is the first line: left to the pass
        (b"h1;h2\na, b;c\n", ";", True),  # ", " is no cell's edge when ';' separates
        (b"h1,h2\na ,b\n", ",", False),  # a space before a delimiter
        (b"h1,h2\na, b\n", ",", False),  # a space after one
        (b"h1,h2\n a,b\n", ",", False),  # at a line's start
        (b"h1,h2\na,b \n", ",", False),  # at a line's end
        (b"h1,h2\r\na,b \r\n", ",", False),  # before \r\n
        (b"h1,h2\na,b ", ",", False),  # at the file's end
        (b"h1,h2\na  b,c\n", ",", False),  # two in a row
        (b"h1,h2\na\tb,c\n", ",", False),  # a tab
        ("h1,h2\na\u00a0b,c\n".encode(), ",", False),  # a no-break space
        ("h1,h2\na\u3000b,c\n".encode(), ",", False),  # an ideographic space
        ("h1,h2\na\u2009b,c\n".encode(), ",", False),  # a thin space
        (b'h1,h2\n"a",b\n', ",", False),  # a quote below the first line
        (b"h1\th2\na\tb\n", "\t", False),  # a white-space delimiter
        (b"h1,h2", ",", False),  # no second line
    ],
)
def test_records_tidy_only_when_no_cell_needs_collapsing(data: bytes, delimiter: str, tidy: bool) -> None:
    assert records_tidy(data, delimiter) is tidy


@pytest.mark.parametrize(
    "lines",
    [
        ["Phường, xã;Họ và tên", "Phường 1;Nguyễn Văn An", "Xã Hiệp Thành;Trần Thị Bình"],  # tidy
        ["  Phường, xã ; Họ  và tên", "Phường 1;Nguyễn Văn An", "Phường 2;Lê Văn Cường"],  # the header only
        ["Phường, xã;Họ và tên", "Phường 1; Nguyễn  Văn An ", "Phường 2;Lê\u00a0Văn\u3000Cường"],  # records
        ["Phường, xã;Họ và tên", "Phường 1;Nguyễn\tVăn An", "Phường 2;Lê Văn Cường "],
    ],
)
def test_arrow_cells_match_the_csv_module_when_white_space_is_proven_tidy(
    lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 10**12)
    slow = table.read_csv_table(data)
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 0)
    decoded = table.decode(data)
    assert table._arrow_csv(decoded.text, data, decoded.encoding, ";") is not None
    fast = table.read_csv_table(data)
    assert fast.rows == slow.rows == [[nfc(cell) for cell in line.split(";")] for line in lines]


def test_person_keys_joined_by_arrow_are_person_key_row_by_row() -> None:
    codes = ["CB01", "", "cb01", "Mã Ố-1", "", "", " x ", ""]
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê  Văn Cường", "Phạm Văn Dũng", "TRẦN THỊ BÌNH", "Võ Văn E", "", ""]
    years = ["1970", "1980.0", "", "12/03/1975", "1980", "năm 1969", "1990", ""]
    found = _persons(*(Column.of(pa.array(values, pa.string())) for values in (codes, names, years)))
    expected = [person_key(c, n, birth_year(y)) for c, n, y in zip(codes, names, years, strict=True)]
    assert found.to_pylist() == expected


def test_settled_values_are_those_nfc_leaves_as_they_are() -> None:
    values = ["10000-001", "Ấp 1", "A\u0301p", " K1", "K1 ", "K  1", "K\u00a01", ""]
    column = Column.of(pa.array(values, pa.string()))
    settled = column.settled()
    assert [bool(settled[column.codes[i]]) for i in range(len(values))] == [nfc(v) == v for v in values]


@pytest.mark.parametrize("compress_from", [0, blobs.COMPRESS_FROM])
def test_an_original_is_read_back_byte_for_byte_compressed_or_not(
    compress_from: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(blobs, "COMPRESS_FROM", compress_from)
    name = "o02_can_bo_phuong_8_cp1258.csv"
    data = (CORPUS_FILES / name).read_bytes()
    parsed = parse_bytes(data, name, default_units())
    new_id = store.add_snapshot(tmp_path, parsed, data, name, "test")
    assert store.original(tmp_path, new_id) == (name, data)
    with sqlite3.connect(store.db_path(tmp_path)) as conn:
        kept = conn.execute(
            "SELECT size, compression, length(bytes) FROM files WHERE size = ?", (len(data),)
        ).fetchall()
    assert kept == [(len(data), "zstd" if compress_from == 0 else None, kept[0][2])]
    assert (kept[0][2] < len(data)) is (compress_from == 0)


def test_a_store_made_before_compressed_originals_reads_and_takes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name, other = "o02_can_bo_phuong_8_cp1258.csv", "h08_ma_don_vi_2020-12-31.parquet"
    data, other_data = (CORPUS_FILES / name).read_bytes(), (CORPUS_FILES / other).read_bytes()
    first = store.add_snapshot(tmp_path, parse_bytes(data, name, default_units()), data, name, "test")
    with closing(sqlite3.connect(store.db_path(tmp_path))) as conn:
        conn.execute("ALTER TABLE files DROP COLUMN compression")  # as a store made before it
        conn.execute("DROP TABLE alembic_version")  # and before the migrations
        conn.commit()
    store_engine.dispose()  # opened again as by a new process
    assert store.original(tmp_path, first) == (name, data)
    monkeypatch.setattr(blobs, "COMPRESS_FROM", 0)
    second = store.add_snapshot(tmp_path, parse_bytes(other_data, other, default_units()), other_data, other, "test")
    assert store.original(tmp_path, first) == (name, data)
    assert store.original(tmp_path, second) == (other, other_data)
    assert store.load(tmp_path, second).hamlets is not None
