"""Units master files for the tests: the embedded one changed cell by cell or grown, and masters of made-up wards."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from lib.core.dataset import DEFAULT_DIR, read_manifest
from tests.helpers import cli

MASTER = DEFAULT_DIR / read_manifest().units
HEADER = MASTER.read_text(encoding="utf-8").splitlines()[0]
ROWS = MASTER.read_text(encoding="utf-8").splitlines()[1:]
# A new commune of three ấp in another district: the Bạc Liêu master grown into a province's.
EXTRA = [
    f"31999,Xã Thử Nghiệm,xã,31999-0{i},Ấp Mới {i},ấp,placeholder,955,Huyện Hòa Bình,95,Tỉnh Bạc Liêu"
    for i in (1, 2, 3)
]

UNIT_HEADER = HEADER.split(",")  # ward_code, ward, ward_kind, hamlet_code, hamlet, …, province_code, province
HAMLET_HEADER = ["ward_code", "ward", "hamlet_code", "hamlet", "secretary", "head", "concurrent", "head_party_member"]


def csv_bytes(lines: list[str], header: str = HEADER) -> bytes:
    return ("\n".join([header, *lines]) + "\n").encode("utf-8")


def with_cell(row: int, column: str, value: str) -> bytes:
    """The embedded master with one cell changed (row as the file shows it: the header is row 1)."""
    names = HEADER.split(",")
    lines = [r.split(",") for r in ROWS]
    lines[row - 2][names.index(column)] = value
    return csv_bytes([",".join(r) for r in lines])


GROWN = csv_bytes([*ROWS, *EXTRA])


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """A UTF-8 CSV file with its header row."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def new_master(folder: Path, wards: int, hamlets: int, hamlet_name: str = "Ấp {j}") -> list[list[str]]:
    """A units master of made-up wards (codes unlike Bạc Liêu's), stored with `units import`."""
    rows = [
        [f"{50000 + i}", f"Xã Thử {i}", "xã", f"{50000 + i}-{j:02d}", hamlet_name.format(j=j), "ấp", "test",
         "900", "Huyện X", "90", "Tỉnh X"]
        for i in range(wards)
        for j in range(hamlets)
    ]  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    master = write_csv(folder / "units_new.csv", UNIT_HEADER, rows)
    assert cli("units", "import", master, "--data-dir", folder).returncode == 0
    return rows


def import_hamlets(folder: Path, units: list[list[str]], concurrent: bool, as_of: str = "2021-03-31") -> None:
    """A hamlet list of the master's hamlets, every one concurrent or none, stored with `import`."""
    rows = [[u[0], u[1], u[3], u[4], "", "", "x" if concurrent else "", "có"] for u in units]
    source = write_csv(folder / f"hamlets_{as_of}.csv", HAMLET_HEADER, rows)
    assert cli("import", source, "--data-dir", folder).returncode == 0
