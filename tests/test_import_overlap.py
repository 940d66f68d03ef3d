"""The national import's work on the other core and the work it skips give the answers of the long way: Arrow's split
started ahead, cells counted only on long lines, columns kept without copies, ids by Arrow, originals packed ahead."""

from __future__ import annotations

import hashlib
import itertools
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from lib import store
from lib.core.normalize import nfc
from lib.core.schema import READ_LIMITS
from lib.ingest import arrow_csv, limits, matching, officer_rows, table
from lib.ingest.body import Body, Column, first_appearances, pairs
from lib.ingest.csv_bytes import regular_lines
from lib.ingest.embedded import default_units
from lib.ingest.matching import UnitMatcher
from lib.ingest.officer_rows import _factorized
from lib.ingest.roster import parse_bytes
from lib.ingest.units import parse_units
from lib.store import blobs
from lib.store.rows import _int_or_none, _ints
from tests.helpers import CORPUS_FILES, ROOT

sys.path.insert(0, str(ROOT / "bench"))

import generate

TEXT_FILES = sorted(p.name for p in CORPUS_FILES.iterdir() if p.suffix in (".csv", ".txt"))
HEADER = "Phường, xã;Khóm, ấp;Họ và tên\n"
ROWS = "".join(f"Phường {i % 7};Khóm {i % 5};Nguyễn Văn {i}\n" for i in range(300))
MADE = {
    "regular": (HEADER + ROWS).encode(),
    "first line longer than the sample": (HEADER.replace("Họ và tên", "x" * 90_000) + ROWS).encode(),
    "nfd": unicodedata.normalize("NFD", HEADER + ROWS).encode(),
    "bom": b"\xef\xbb\xbf" + (HEADER + ROWS).encode(),
    "utf-16": (HEADER + ROWS).encode("utf-16"),
    "a short row": (HEADER + ROWS + "Phường 1\n").encode(),
    "a quoted line break": (HEADER + ROWS + 'Phường 1;"Khóm\n2";An\n').encode(),
}


def _read(data: bytes, monkeypatch: pytest.MonkeyPatch, arrow: bool, ahead: bool) -> table.Table:
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 0 if arrow else 10**12)
    if not ahead:
        monkeypatch.setattr(arrow_csv, "read_ahead", lambda _data, _limits: None)
    return table.read_tables(data)[0]


def _started(data: bytes) -> bool:
    """Whether a split is started ahead for these bytes (any file's, from the smallest)."""
    found = arrow_csv.read_ahead(data, READ_LIMITS)
    if found is not None:
        found.drop()
    return found is not None


@pytest.mark.parametrize(
    "data",
    [
        *(pytest.param((CORPUS_FILES / n).read_bytes(), id=n) for n in TEXT_FILES),
        *(pytest.param(d, id=k) for k, d in MADE.items()),
    ],
)
def test_a_split_started_ahead_gives_the_cells_of_the_csv_module(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        slow = _read(data, monkeypatch, arrow=False, ahead=False)
    except table.UnreadableFile as exc:
        with pytest.raises(type(exc)) as again:
            _read(data, monkeypatch, arrow=True, ahead=True)
        assert str(again.value) == str(exc)
        return
    direct = _read(data, monkeypatch, arrow=True, ahead=False)
    monkeypatch.undo()
    ahead = _read(data, monkeypatch, arrow=True, ahead=True)
    assert _started(data) is (not data.startswith((b"\xff\xfe", b"\xef\xbb\xbf")))
    for fast in (direct, ahead):
        assert fast.rows == slow.rows
        assert list(fast.numbers) == list(slow.numbers)
        assert (fast.encoding, fast.recoded) == (slow.encoding, slow.recoded)


@pytest.mark.parametrize(
    ("guessed", "confirmed", "taken"),
    [
        ((",", 2), (",", 2), True),
        ((",", 3), (",", 2), False),  # the first line was longer than the sample
        ((";", 2), (",", 2), False),
    ],
)
def test_a_split_ahead_is_taken_only_for_the_same_bytes_delimiter_and_width(
    guessed: tuple[str, int], confirmed: tuple[str, int], taken: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"a,b\n" + b"c,d\n" * 10
    splits: list[tuple[str, int]] = []
    split = arrow_csv.arrow_read

    def counted(raw: bytes, delimiter: str, width: int) -> pa.Table:
        splits.append((delimiter, width))
        return split(raw, delimiter, width)

    monkeypatch.setattr(arrow_csv, "arrow_read", counted)
    found = arrow_csv.Ahead(data, *guessed).read(data, *confirmed)
    assert found.equals(split(data, *confirmed))
    assert splits == ([guessed] if taken else [guessed, confirmed])
    assert arrow_csv.Ahead(data, *guessed).read(bytes(bytearray(data)), *confirmed).equals(found)  # equal bytes


def _widest_the_long_way(data: bytes, delimiter: str) -> tuple[int, int]:
    """Every line's cells counted (check_fields before it looked at long lines only): the widest line and its cells."""
    counts = [line.count(delimiter.encode()) + 1 for line in data.split(b"\n")]
    widest = int(np.argmax(counts))
    return widest + 1, counts[widest]


@pytest.mark.parametrize(
    "data",
    [b"a,b,c\nd,e\n", b"a,b,c,d,e\n", b"a,b,c,d\n,,,,\n", b",,,,", b"ab\ncdef\n,\n", b"", b"\n\n", b"abcd,"],
)
@pytest.mark.parametrize("max_columns", [1, 2, 4, 5, 6])
def test_cells_are_counted_on_long_lines_only_with_the_same_answer(data: bytes, max_columns: int) -> None:
    limited = {**READ_LIMITS, "max_columns": max_columns}
    row, cells = _widest_the_long_way(data, ",")
    if cells > max_columns:
        with pytest.raises(limits.OverLimit) as refused:
            limits.check_fields(data, ",", limited)
        assert (refused.value.problem.row, refused.value.problem.params["columns"]) == (row, cells)
    else:
        limits.check_fields(data, ",", limited)


def _columns(name: str) -> list[pa.Array]:
    return list(table.read_tables((CORPUS_FILES / name).read_bytes())[0].columns)


@pytest.mark.parametrize("name", ["o02_can_bo_phuong_8_cp1258.csv", "o03_officers_nha_mat_english_2020-06-30.csv"])
def test_a_column_kept_without_copies_reads_as_one_made_from_its_values(name: str) -> None:
    for values in _columns(name):
        column = Column.of(values)
        eager = Column(column.codes, [str(v) for v in column.dictionary.to_pylist()])
        every = np.arange(len(values))
        assert column.take(every) is column
        assert column.arrow().to_pylist() == eager.arrow().to_pylist() == values.to_pylist()
        assert column.take(every[::-1]).arrow().to_pylist() == values.to_pylist()[::-1]
        assert [column[int(i)] for i in every] == [eager[int(i)] for i in every]
        assert column.empty_code == eager.empty_code
        assert column.uniques == eager.uniques


@pytest.mark.parametrize("name", ["o02_can_bo_phuong_8_cp1258.csv", "o03_officers_nha_mat_english_2020-06-30.csv"])
def test_ids_by_arrow_are_pandas_factorize(name: str) -> None:
    data = (CORPUS_FILES / name).read_bytes()
    officers = parse_bytes(data, name, default_units()).snapshot.officers  # type: ignore[union-attr]
    assert officers is not None and len(officers)
    for column in ("hamlet_code", "person", "full_name"):
        ids, uniques = _factorized(officers[column])
        expected_ids, expected_uniques = pd.factorize(officers[column])
        assert ids.tolist() == expected_ids.tolist()
        assert uniques.to_pylist() == list(expected_uniques)


@pytest.mark.parametrize(
    ("values", "convert"),
    [
        (pd.Series([True, False, True]), lambda v: int(bool(v))),
        (pd.Series([3, 10, 7], dtype="int64"), _int_or_none),
        (pd.Series([3, None, 7], dtype="Int64"), None),  # gaps: value by value
        (pd.Series([1.0, float("nan")]), None),
        (pd.Series([True, None], dtype=object), None),
    ],
)
def test_whole_columns_as_ints_are_the_values_one_by_one(
    values: pd.Series, convert: Callable[[object], int] | None
) -> None:
    found = _ints(values)
    if convert is None:
        assert found is None
    else:
        assert found == [convert(v) for v in values.tolist()]
        assert all(type(v) is int for v in found)


@pytest.mark.parametrize("compress_from", [0, blobs.COMPRESS_FROM])
def test_a_file_packed_ahead_is_stored_as_one_packed_when_stored(
    compress_from: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(blobs, "COMPRESS_FROM", compress_from)
    name = "o03_officers_nha_mat_english_2020-06-30.csv"
    data = (CORPUS_FILES / name).read_bytes()
    other = bytes(bytearray(data))  # equal, not the same object: not taken from what was prepared
    store.prepare_file(data)
    assert blobs.digest(other) == blobs.digest(data) == hashlib.sha256(data).hexdigest()
    assert blobs.pack(data) == blobs.pack(other) == blobs._compress(data)
    store.prepare_file(data)
    parsed = parse_bytes(data, name, default_units())
    new_id = store.add_snapshot(tmp_path, parsed, data, name, "test")
    assert store.original(tmp_path, new_id) == (name, data)
    assert not blobs._AHEAD  # the packed copy is not kept once stored
    loaded = store.load(tmp_path, new_id)
    assert parsed.snapshot is not None and loaded.officers is not None and loaded.hamlets is not None
    assert len(loaded.officers) == len(parsed.snapshot.officers)  # type: ignore[arg-type]


@pytest.mark.parametrize("piece", [1, 2, 3, 7, 1 << 22])
@pytest.mark.parametrize("name", ["o02_can_bo_phuong_8_cp1258.csv", "h03_danh_sach_bom_semicolon_2020-06-30.csv"])
def test_lines_found_piece_by_piece_are_those_found_at_once(
    piece: int, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = (CORPUS_FILES / name).read_bytes()[: 2000 if piece < 8 else None]
    for text in (data, data + b"\n", b"", b"\n", b"x"):
        raw = np.frombuffer(text, dtype=np.uint8)
        breaks = np.flatnonzero(raw == 10)
        monkeypatch.setattr(limits, "_PIECE", piece)
        starts, ends = limits.line_bounds(text)
        assert starts.tolist() == [0, *(breaks + 1).tolist()]
        assert ends.tolist() == [*breaks.tolist(), len(text)]


@pytest.mark.parametrize("name", ["o02_can_bo_phuong_8_cp1258.csv", "h05_khong_dau_2019-09-30.csv"])
def test_each_pair_s_first_row_without_a_sort_is_np_unique_s(name: str) -> None:
    columns = [Column.of(values) for values in _columns(name)]
    for first, second in itertools.pairwise(columns):
        ids, firsts = pairs(first.codes, second.codes)
        assert firsts.tolist() == np.unique(ids, return_index=True)[1].tolist()
        assert first_appearances(ids).tolist() == firsts.tolist()


@pytest.mark.parametrize(
    ("name", "called"),
    [("o02_can_bo_phuong_8_cp1258.csv", 1), ("e01_empty.csv", 0), ("e05_thieu_cot_2019-09-30.csv", 0)],
)
def test_the_caller_is_told_when_the_table_is_read_and_only_then(name: str, called: int) -> None:
    calls: list[int] = []
    parse_bytes((CORPUS_FILES / name).read_bytes(), name, default_units(), on_table=lambda: calls.append(1))
    assert len(calls) == called


def _located_one_by_one(body: Body, headers: dict[str, str], matcher: UnitMatcher) -> list[str | None]:
    """Each row's hamlet code as locate_rows found it before, each place looked up by has_hamlet() or hamlet()."""
    place = matching.locate_rows(body, headers, matcher)
    codes, names, wards = body.column("hamlet_code"), body.column("hamlet"), place.wards.to_pylist()
    found: list[str | None] = []
    for row, ward in enumerate(wards):
        code = codes[row]
        if ward is None:
            found.append(None)
        elif nfc(code) == code and matcher.has_hamlet(ward, code):
            found.append(code)
        else:
            found.append(matcher.hamlet(ward, names[row], code).code)
    return found


SMALL = generate.Scale("test", 2, 8, 200, False)


def _changed(lines: list[str]) -> list[str]:
    """Codes a fast lookup must not take as given: spaces nfc() collapses, another ward's, none, an unknown one."""
    header, first, second, third, fourth, *rest = lines
    cells = [line.split(",") for line in (first, second, third, fourth)]
    cells[0][2] = " " + cells[0][2] + " "
    cells[1][2] = cells[1][2].replace("-", "-9")
    cells[2][2] = ""
    cells[3][2] = "X" + cells[3][2]
    return [header, *(",".join(c) for c in cells), *rest]


@pytest.mark.parametrize("change", [False, True])
def test_places_known_at_once_are_those_looked_up_one_by_one(
    change: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = generate.write(SMALL, tmp_path)
    files = made["files"]
    assert isinstance(files, dict)
    data = Path(files["csv"]).read_bytes()
    units = parse_units(Path(str(made["units"])).read_bytes()).units
    assert units is not None
    if change:
        data = "\n".join(_changed(data.decode().split("\n"))).encode()
    seen: list[int] = []
    locate = matching.locate_rows

    def both(body: Body, headers: dict[str, str], matcher: UnitMatcher) -> matching.Located:
        place = locate(body, headers, matcher)
        assert place.hamlets.to_pylist() == _located_one_by_one(body, headers, UnitMatcher(matcher.units))
        seen.append(len(body))
        return place

    monkeypatch.setattr(officer_rows, "locate_rows", both)
    parsed = parse_bytes(data, "officers_2025-09-30.csv", units)
    assert seen and seen[0] > 100
    assert parsed.ok is not change


@pytest.mark.parametrize(
    "data",
    [
        b"a,b\nc,d\n",
        b"a,b\nc,d",
        b"a,b\n\nc,d\n",
        b"a,b\r\n\r\nc,d\r\n",
        b"a,b\n\r\nc,d",
        b"a,b\nc,d\n\n",
        b"a,b\nc,d\n\r",
        b"a,b\n\r",
        b"\na,b\n",
        b"\r\na,b\n",
        b"a,b\r\nc\r,d\n",
        b"a,b\nc,d\n\r\n",
        b"a\n",
        b"a",
        b'a,"b\nc",d\n',
        "a;b\nc\u037ed\n".encode(),
    ],
)
def test_lines_counted_from_their_bounds_are_those_counted_on_the_bytes(data: bytes) -> None:
    text = data.decode()
    expected = regular_lines(data, ",", text)
    assert regular_lines(data, ",", text, limits.line_bounds(data)) == expected
    assert regular_lines(text, ",", text) == expected


@pytest.mark.parametrize("order", ["as given", "shuffled", "reversed", "none"])
def test_a_ward_s_hamlets_gathered_run_by_run_are_those_gathered_row_by_row(order: str) -> None:
    units = default_units()
    if order == "shuffled":
        units = units.sample(frac=1.0, random_state=7)
    elif order == "reversed":
        units = units.iloc[::-1]
    elif order == "none":
        units = units.iloc[:0]
    expected: dict[str, dict[str, str]] = {}
    for ward, code, name in zip(units["ward_code"], units["hamlet_code"], units["hamlet"], strict=True):
        expected.setdefault(str(ward), {})[code] = name
    found = UnitMatcher(units)._hamlet_names
    assert found == expected
    assert [list(v.items()) for v in found.values()] == [list(v.items()) for v in expected.values()]


# --- a command's file read at its first line (lib.cli.main.start_early) -------------------------------------------


@pytest.fixture
def no_early(monkeypatch: pytest.MonkeyPatch) -> None:
    """No work begun early is left over for the next test."""
    monkeypatch.setattr(arrow_csv, "_early", None)


@pytest.mark.usefixtures("no_early")
@pytest.mark.parametrize(
    "data",
    [
        *(pytest.param((CORPUS_FILES / n).read_bytes(), id=n) for n in TEXT_FILES),
        *(pytest.param(d, id=k) for k, d in MADE.items()),
    ],
)
def test_a_file_begun_early_reads_as_one_read_later(
    data: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    later: table.Table | table.UnreadableFile
    try:
        later = _read(data, monkeypatch, arrow=True, ahead=True)
    except table.UnreadableFile as exc:
        later = exc
    arrow_csv.start_early(path)
    early = arrow_csv.early_bytes(path)
    assert early == data
    begun = arrow_csv._early.begun if arrow_csv._early is not None else None
    assert begun is not None  # every file here is split early (ARROW_MIN_CHARS is 0)
    try:
        found = table.read_tables(data if early is None else early)[0]
    except table.UnreadableFile as exc:
        assert str(exc) == str(later)
    else:
        assert isinstance(later, table.Table)
        assert (found.rows, list(found.numbers), found.encoding) == (later.rows, list(later.numbers), later.encoding)


@pytest.mark.usefixtures("no_early")
def test_work_begun_early_is_taken_only_for_the_very_bytes_read_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 0)
    path = tmp_path / "roster.csv"
    path.write_bytes(MADE["regular"])
    arrow_csv.start_early(path)
    assert arrow_csv.early_bytes(tmp_path / "other.csv") is None
    table.read_tables(bytes(bytearray(MADE["regular"])))  # equal bytes, another object: read on their own
    assert arrow_csv._early is not None
    table.read_tables(arrow_csv.early_bytes(path))  # type: ignore[arg-type]
    assert arrow_csv._early is None


@pytest.mark.usefixtures("no_early")
@pytest.mark.parametrize(
    ("data", "begun", "split"),
    [
        (b"PK\x03\x04" + b"x" * 100, False, False),  # a workbook: read by its own reader
        (b"PAR1" + b"x" * 100, False, False),
        (MADE["regular"], True, True),
        (MADE["bom"], True, False),  # a BOM: decoded first (no split ahead, as before)
        (b"a,b\n" + b"x" * (READ_LIMITS["max_line_bytes"] + 1) + b"\n", True, False),  # over the default limits
    ],
)
def test_what_is_begun_early(
    data: bytes, begun: bool, split: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 0)
    path = tmp_path / "file"
    path.write_bytes(data)
    arrow_csv.start_early(path)
    assert arrow_csv._early is not None
    work = arrow_csv._early.begun
    assert (work is not None) is begun
    if work is not None:
        assert (work.result().ahead is not None) is split
        if split:
            work.result().ahead.drop()  # type: ignore[union-attr]


def test_the_package_names_what_it_re_exports_and_each_name_is_found() -> None:
    import lib.ingest

    assert sorted(lib.ingest.__all__) == sorted(lib.ingest._HOME)
    for name in lib.ingest.__all__:
        assert getattr(lib.ingest, name) is getattr(sys.modules[lib.ingest._HOME[name]], name)


def test_a_command_s_file_is_read_before_pandas_loads(tmp_path: Path) -> None:
    """start_early needs neither pandas nor the store: Arrow's split then runs beside loading them."""
    path = tmp_path / "roster.csv"
    path.write_bytes((HEADER + ROWS * 150).encode())  # over ARROW_MIN_CHARS
    code = (
        "import sys, argparse, pathlib; from lib.cli.main import start_early; "
        f"start_early(argparse.Namespace(command='import', file=pathlib.Path({str(path)!r}))); "
        "from lib.ingest import arrow_csv; assert arrow_csv._early is not None and arrow_csv._early.begun is not None; "
        "print(sorted(m for m in ('pandas', 'sqlalchemy', 'alembic') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
