"""Stores whose units change, for the progress tests: the 2019 baseline, later snapshots, dated masters, a merge.

CHANGED (the shipped masters): the baseline 46/67 (06/05/2019, 2019 units); 50/67 on 31/12/2019 (2019 units: Khóm 1,
2, 3 of Phường 1 and Khóm 5 of Phường 2 became concurrent); the 1/12/2024 and 1/7/2025 masters with their crosswalks;
60/67 on 30/09/2025, recorded on the 2025 units (ten more, the next not-concurrent hamlets in file order: the rest of
Phường 2, 3, 7 and 8, that is 7 in Phường Bạc Liêu, then 1 in Phường 5 and 2 in Phường Nhà Mát).
MERGED: the baseline; a master from 01/01/2026 where Khóm 4 of Phường 1 merged into Khóm 3 and Khóm 7 into Khóm 6
(65 hamlets); 61/65 on 31/03/2026, recorded on it (every hamlet concurrent but Xã Hiệp Thành's four).
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from lib.core.dataset import DEFAULT_DIR
from tests.helpers import ROOT, cli
from tests.masters import write_csv

UNITS = ROOT / "data" / "units"
BASELINE_ROWS = list(csv.DictReader((DEFAULT_DIR / "baseline_2019-05-06.csv").open(encoding="utf-8")))
UNITS_2019 = list(csv.DictReader((DEFAULT_DIR / "units.csv").open(encoding="utf-8")))
UNITS_2025 = {r["hamlet_code"]: r for r in csv.DictReader((UNITS / "units_2025-07-01.csv").open(encoding="utf-8"))}
MERGES = {"31825-04": "31825-03", "31825-07": "31825-06"}  # gone -> the hamlet it merged into


def _flip(rows: list[dict[str, str]], n: int) -> list[dict[str, str]]:
    """The first n not-concurrent hamlets (in file order) made concurrent."""
    out = []
    for row in rows:
        row = dict(row)
        if n and row["concurrent"] == "no":
            row.update(concurrent="yes", head_party_member="yes", reason="")
            n -= 1
        out.append(row)
    return out


def _inputs(data: Path) -> Path:
    """Where a store's input files are written: beside it, never in it."""
    folder = data.parent / f"{data.name}-inputs"
    folder.mkdir(exist_ok=True)
    return folder


def _import(data: Path, rows: list[dict[str, str]], as_of: str) -> None:
    path = write_csv(_inputs(data) / f"hamlets_{as_of}.csv", list(rows[0]), [list(r.values()) for r in rows])
    run = cli("import", path, "--as-of", as_of, "--data-dir", data)
    assert run.returncode == 0, run.stderr


def _units_import(data: Path, master: Path, day: str, links: Path) -> None:
    # The store tells which master a snapshot was recorded on by comparing times to the second (store.snapshot_master):
    # a master stored in the same second as a snapshot would count as in force for it.
    time.sleep(1.05)
    run = cli("units", "import", master, "--effective", day, "--crosswalk", links, "--data-dir", data, "--by", "t")
    assert run.returncode == 0, run.stderr
    time.sleep(1.05)


def units_import(data: Path, day: str) -> None:
    """The shipped master that takes effect on `day` (2024-12-01 or 2025-07-01), with its crosswalk."""
    _units_import(data, UNITS / f"units_{day}.csv", day, UNITS / f"crosswalk_{day}.csv")


def changed(data: Path) -> Path:
    """The CHANGED store (see the module's docstring)."""
    data.mkdir(parents=True, exist_ok=True)
    december = _flip(BASELINE_ROWS, 4)
    _import(data, december, "2019-12-31")
    for day in ("2024-12-01", "2025-07-01"):
        units_import(data, day)
    later = [{**r, "ward_code": UNITS_2025[r["hamlet_code"]]["ward_code"], "ward": UNITS_2025[r["hamlet_code"]]["ward"]}
             for r in _flip(december, 10)]  # fmt: skip
    _import(data, later, "2025-09-30")
    return data


def merged(data: Path) -> Path:
    """The MERGED store (see the module's docstring)."""
    data.mkdir(parents=True, exist_ok=True)
    kept = [r for r in UNITS_2019 if r["hamlet_code"] not in MERGES]
    master = write_csv(_inputs(data) / "units_2026.csv", list(UNITS_2019[0]), [list(r.values()) for r in kept])
    wards = dict.fromkeys((r["ward_code"], r["ward"]) for r in UNITS_2019)
    links = [["ward", code, name, code, name, "same"] for code, name in wards]
    links += [
        ["hamlet", r["hamlet_code"], r["hamlet"], MERGES.get(r["hamlet_code"], r["hamlet_code"]), "",
         "merged" if r["hamlet_code"] in {*MERGES, *MERGES.values()} else "same"]
        for r in UNITS_2019
    ]  # fmt: skip
    header = ["level", "from_code", "from_name", "to_code", "to_name", "change"]
    _units_import(data, master, "2026-01-01", write_csv(_inputs(data) / "crosswalk_2026.csv", header, links))
    rows = [dict(r) for r in BASELINE_ROWS if r["hamlet_code"] not in MERGES]
    for row in rows:
        row.update(concurrent="no" if row["ward"] == "Xã Hiệp Thành" else "yes", head_party_member="yes", reason="")
    _import(data, rows, "2026-03-31")
    return data
