"""Reading at scale gives the same answers: Arrow's CSV reader against the csv module, officers stored as one file
against the rows table, a generated province-like roster end to end, and stored masters read back unchanged."""

from __future__ import annotations

import csv
import importlib
import io
import sqlite3
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lib import store
from lib.ingest import arrow_csv, table
from lib.ingest.roster import parse_bytes
from lib.ingest.units import parse_units
from lib.store import masters
from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import generate

SMALL = generate.Scale("test", 3, 24, 600, False)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return generate.write(SMALL, tmp_path_factory.mktemp("scale"))


def rows_of(found: table.Table) -> list[list[str]]:
    return found.rows


def both_ways(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[table.Table, table.Table, bool]:
    """The table read by the csv module, and read again with Arrow allowed (and whether Arrow was used)."""
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 10**12)
    slow = table.read_csv_table(data)
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 0)
    used = table._arrow_csv(*_args(data)) is not None
    fast = table.read_csv_table(data)
    return slow, fast, used


def _args(data: bytes) -> tuple[str, bytes, str, str]:
    decoded = table.decode(data)
    return decoded.text, data, decoded.encoding, arrow_csv.delimiter_of(decoded.text)


def write_csv(rows: list[list[str]], delimiter: str = ",", terminator: str = "\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=terminator).writerows(rows)
    return buffer.getvalue()


REGULAR = [
    ["Phường, xã", "Khóm, ấp", "Họ và tên", "Ghi chú"],
    ["Phường 1", "Khóm 1", "  Nguyễn   Văn An ", 'nói "có"'],
    ["Xã Hiệp Thành", "Ấp Giồng Giữa", "Trần\tThị Bình", ""],
    ["Phường 8", "Khóm 8", "Lê\u00a0Văn\u3000Cường", "a;b"],
]


@pytest.mark.parametrize(
    ("data", "arrow"),
    [
        (write_csv(REGULAR).encode("utf-8"), True),
        (write_csv(REGULAR, ";", "\r\n").encode("utf-8"), True),
        (b"\xef\xbb\xbf" + unicodedata.normalize("NFD", write_csv(REGULAR)).encode("utf-8"), True),
        (write_csv(REGULAR, "\t").encode("utf-16"), True),
        (write_csv([*REGULAR, ["Phường 2", "Khóm 2", "hai\ndòng", ""]]).encode("utf-8"), False),  # a line break
        (write_csv([*REGULAR, ["Phường 2"]]).encode("utf-8"), False),  # a short row
        (write_csv([*REGULAR, [], ["Cộng", "", "", ""]]).encode("utf-8"), False),  # a blank line
        (write_csv(REGULAR).replace(";", "\u037e").encode("utf-8"), False),  # NFC turns it into ';'
        (b'a,b\n"x"y,z\n', False),  # text after a closing quote
        (b'a,b\nx"y,z\n', False),  # a quote inside a field
        (b"a,b\r\nc,d\re,f\n", False),  # a lone carriage return
    ],
)
def test_arrow_reads_the_same_cells_as_the_csv_module(
    data: bytes, arrow: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow, fast, used = both_ways(data, monkeypatch)
    assert used is arrow
    assert rows_of(fast) == rows_of(slow)
    assert list(fast.numbers) == list(slow.numbers)
    assert fast.encoding == slow.encoding


def test_a_field_too_long_for_the_csv_module_stays_unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    data = ("a,b\n" + "x" * (csv.field_size_limit() + 1) + ",y\n").encode()
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 0)
    with pytest.raises(table.UnreadableFile):
        table.read_csv_table(data)


def test_a_generated_roster_reads_the_same_both_ways(made: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> None:
    files = made["files"]
    assert isinstance(files, dict)
    data = Path(files["csv"]).read_bytes()
    units = parse_units(Path(str(made["units"])).read_bytes()).units
    assert units is not None
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 10**12)
    slow = parse_bytes(data, Path(files["csv"]).name, units)
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 0)
    fast = parse_bytes(data, Path(files["csv"]).name, units)
    from_parquet = parse_bytes(Path(files["parquet"]).read_bytes(), Path(files["parquet"]).name, units)
    assert slow.ok and fast.ok and from_parquet.ok
    for parsed in (fast, from_parquet):
        assert parsed.problems == slow.problems
        assert parsed.snapshot is not None and slow.snapshot is not None
        pd.testing.assert_frame_equal(parsed.snapshot.ward_counts, slow.snapshot.ward_counts)
        assert parsed.snapshot.hamlets is not None and slow.snapshot.hamlets is not None
        pd.testing.assert_frame_equal(parsed.snapshot.hamlets, slow.snapshot.hamlets)
        assert parsed.snapshot.officers is not None and slow.snapshot.officers is not None
        pd.testing.assert_frame_equal(parsed.snapshot.officers, slow.snapshot.officers)
    assert slow.snapshot is not None
    assert int(slow.snapshot.ward_counts["concurrent"].sum()) == made["concurrent"] == 240
    assert len(slow.snapshot.officers) == 6000  # type: ignore[arg-type]


def test_a_generated_roster_end_to_end(made: dict[str, object], tmp_path: Path) -> None:
    units_path = Path(str(made["units"]))
    read = parse_units(units_path.read_bytes(), units_path.name)
    assert read.ok and read.units is not None
    store.set_units(tmp_path, store.UnitsFile(read.units, units_path.read_bytes(), units_path.name), "test")
    pd.testing.assert_frame_equal(store.units(tmp_path), read.units)
    files = made["files"]
    assert isinstance(files, dict)
    path = Path(files["csv"])
    parsed = parse_bytes(path.read_bytes(), path.name, store.units(tmp_path))
    new_id = store.add_snapshot(tmp_path, parsed, path.read_bytes(), path.name, "test")
    loaded = store.load(tmp_path, new_id)
    assert parsed.snapshot is not None and loaded.officers is not None and loaded.hamlets is not None
    assert int(loaded.ward_counts["concurrent"].sum()) == 240
    assert list(loaded.officers["person"]) == list(parsed.snapshot.officers["person"])  # type: ignore[index]
    assert list(loaded.officers["positions"]) == list(parsed.snapshot.officers["positions"])  # type: ignore[index]
    assert list(loaded.hamlets["hamlet_code"]) == list(read.units["hamlet_code"])


def test_officers_read_the_same_from_the_file_and_from_rows_stored_before(
    made: dict[str, object], tmp_path: Path
) -> None:
    """A store written before officers were kept as one file still loads, and gives the same frame."""
    files = made["files"]
    assert isinstance(files, dict)
    units_path = Path(str(made["units"]))
    read = parse_units(units_path.read_bytes(), units_path.name)
    assert read.units is not None
    store.set_units(tmp_path, store.UnitsFile(read.units, units_path.read_bytes(), units_path.name), "test")
    path = Path(files["csv"])
    parsed = parse_bytes(path.read_bytes(), path.name, store.units(tmp_path))
    new_id = store.add_snapshot(tmp_path, parsed, path.read_bytes(), path.name, "test")
    from_file = store.load(tmp_path, new_id).officers
    assert from_file is not None
    conn = sqlite3.connect(store.db_path(tmp_path))
    try:
        rows = [
            (
                new_id,
                int(r["row"]),
                r["ward_code"],
                r["hamlet_code"],
                r["position"],
                "+".join(r["positions"]),
                r["full_name"],
                None if pd.isna(r["birth_year"]) else int(r["birth_year"]),
                int(bool(r["party_member"])),
                r["person_code"],
                r["person"],
            )
            for r in from_file.to_dict("records")
        ]
        with conn:
            conn.execute("DELETE FROM snapshot_officer_files WHERE snapshot_id = ?", (new_id,))
            conn.executemany("INSERT INTO snapshot_officers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    finally:
        conn.close()
    from_rows = store.load(tmp_path, new_id).officers
    assert from_rows is not None
    pd.testing.assert_frame_equal(from_rows, from_file)


def test_a_stored_master_reads_the_same_without_its_file(made: dict[str, object], tmp_path: Path) -> None:
    units_path = Path(str(made["units"]))
    read = parse_units(units_path.read_bytes(), units_path.name)
    assert read.units is not None
    master = store.set_units(tmp_path, store.UnitsFile(read.units, units_path.read_bytes(), units_path.name), "t")
    conn = sqlite3.connect(store.db_path(tmp_path))
    with conn:
        conn.execute("UPDATE units_masters SET parquet = NULL WHERE id = ?", (master,))
    conn.close()
    masters._UNITS_CACHE.clear()
    pd.testing.assert_frame_equal(store.units(tmp_path), read.units)


def test_problems_come_in_row_order_at_scale(made: dict[str, object]) -> None:
    """Mistakes spread over a large roster are reported row by row, each row's in the order of its checks."""
    files = made["files"]
    assert isinstance(files, dict)
    frame = pd.read_csv(files["csv"], dtype=str, keep_default_na=False)
    rng = np.random.default_rng(1)
    broken = rng.choice(len(frame), 30, replace=False)
    for i, row in enumerate(sorted(broken)):
        column = ("Chức danh", "Họ và tên", "Năm sinh", "Mã khóm, ấp")[i % 4]
        frame.iloc[row, list(frame.columns).index(column)] = ("Chức vụ lạ", "", "năm ngoái", "99999-999")[i % 4]
    data = frame.to_csv(index=False).encode("utf-8")
    units = parse_units(Path(str(made["units"])).read_bytes()).units
    assert units is not None
    parsed = parse_bytes(data, "roster_2025-09-30.csv", units)
    rows = [p.row for p in parsed.problems if p.row is not None]
    assert rows == sorted(rows)
    assert {p.code for p in parsed.problems} >= {
        "unknown_position",
        "vacant_position",
        "bad_birth_year",
        "unknown_hamlet",
    }


def test_the_bench_holds_the_city_brief_in_every_format_and_shows_the_shell_apart() -> None:
    """The benchmark's verdicts: the slowest format of the 67 hamlets' brief against 3 s, and the browser's ratio
    told apart into the dashboard's shell and the overview's own content."""
    import report as bench_report

    def visits(seconds: float) -> dict[str, object]:
        return {"first": {"chart": seconds}, "warm": [{"chart": seconds, "all_charts": seconds}] * 3}

    found = {
        "files": [],
        "stored_scale": "country",
        "brief": {kind: {"median": s} for kind, s in (("pptx", 2.7), ("pdf", 2.9), ("xlsx", 1.4), ("docx", 3.2))},
        "browser": {"overview": visits(3.0), "bare": visits(2.0), "shell": visits(2.5)},
    }
    verdicts = bench_report.targets(found)
    assert verdicts["brief_pptx_pdf_s"] == (3.2, 3.0, False)  # Word is the slowest here, and misses
    assert verdicts["browser_vs_bare"] == (1.5, 1.2, False)
    shell = next(line for line in bench_report._browser_lines(found) if "shell" in line)
    assert "2.50 s: ×1.25 of the bare page" in shell and "the overview ×1.20 of the shell" in shell


@pytest.mark.parametrize(
    ("csv_ratio", "parquet_ratio", "verdict"),
    [(12.4, 3.0, (12.4, 6.0, False)), (5.5, 4.0, (5.5, 6.0, True)), (6.0, None, (6.0, 6.0, True))],
)
def test_the_bench_holds_the_national_import_against_duckdb(
    csv_ratio: float, parquet_ratio: float | None, verdict: tuple[float, float, bool]
) -> None:
    """The slowest national import's ratio to DuckDB's per-ward shares of the same file, against 6x (issue 16)."""
    import report as bench_report

    def row(kind: str, ratio: float | None) -> dict[str, object]:
        return {"scale": "country", "step": "import", "kind": kind, "median": 2.0, "peak_mb": 800, "vs_duckdb": ratio}

    found = {"files": [row("csv", csv_ratio), row("parquet", parquet_ratio)]}
    assert bench_report.targets(found)["national_import_vs_duckdb"] == verdict


@pytest.mark.parametrize("command", ["validate", "import"])
def test_a_roster_read_at_the_command_s_first_line_gives_what_it_gave_before(
    command: str, made: dict[str, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`import` and `validate` of a generated roster read early (its split begun while the command loads) print and
    store what they do when the file is read in its turn."""
    from tests.helpers import cli

    cli_main = importlib.import_module("lib.cli.main")  # the module (lib.cli names its function `main` too)

    files = made["files"]
    assert isinstance(files, dict)
    monkeypatch.setattr(arrow_csv, "ARROW_MIN_CHARS", 0)  # every file split by Arrow, and begun early
    runs = {}
    for early in (True, False):
        monkeypatch.setattr(cli_main, "READS_FILE", cli_main.READS_FILE if early else ())
        monkeypatch.setattr(arrow_csv, "_early", None)
        data_dir = tmp_path / f"early_{early}"
        found = cli(command, files["csv"], "--units", str(made["units"]), "--data-dir", data_dir)
        assert arrow_csv._early is None  # begun, then taken (or never begun)
        snapshot = store.load(data_dir) if command == "import" else None
        runs[early] = (found, None if snapshot is None else snapshot.hamlets)
    (printed, stored), (printed_before, stored_before) = runs[True], runs[False]
    assert printed == printed_before and printed.returncode == 0
    if command == "import":
        assert stored is not None and stored_before is not None and len(stored) == made["hamlets"]
        pd.testing.assert_frame_equal(stored, stored_before)
