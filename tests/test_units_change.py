"""Units that change: dated masters, crosswalks checked row by row, and a snapshot expressed on a later master."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from lib import store
from lib.analysis.restate import restate
from lib.ingest.crosswalk import parse_crosswalk
from lib.ingest.embedded import default_snapshot, default_units
from lib.ingest.units import read_units
from lib.present.problems import line
from lib.store import engine as store_engine
from tests.helpers import BASELINE_COUNTS, ROOT, SHARED_REFERENCE, WARD_CODES, cli

UNITS = ROOT / "data" / "units"
M2019, M2024, M2025 = (UNITS / f"units_{d}.csv" for d in ("2019-05-06", "2024-12-01", "2025-07-01"))
X2024, X2025 = UNITS / "crosswalk_2024-12-01.csv", UNITS / "crosswalk_2025-07-01.csv"
FORMED = {  # the 1/7/2025 wards, each from the 2019 wards (reference order) that formed it
    "Phường Bạc Liêu": ("31825", "31813", "31816", "31822", "31828"),
    "Phường Vĩnh Trạch": ("31819", "31834"),
    "Phường Hiệp Thành": ("31831", "31837", "31840"),
}


def _links() -> list[pd.DataFrame]:
    """The shipped crosswalks 2019 -> 1/12/2024 -> 1/7/2025, checked."""
    links = []
    for earlier, later, path in ((M2019, M2024, X2024), (M2024, M2025, X2025)):
        read = parse_crosswalk(path.read_bytes(), read_units(earlier), read_units(later))
        assert read.ok, [line(p, "en") for p in read.errors]
        assert read.rows is not None
        links.append(read.rows)
    return links


def _reference_sizes() -> dict[str, int]:
    """Hamlets per 2019 ward, from the shared reference (else the embedded copy of it)."""
    path = SHARED_REFERENCE / "units_baclieu_2019.csv"
    frame = pd.read_csv(path if path.exists() else ROOT / "data/default/units.csv", dtype=str)
    return {str(k): int(v) for k, v in frame.groupby("ward_code").size().items()}


# --- the 2019 baseline read on the 1/7/2025 master ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("ward", "concurrent", "hamlets"),
    [
        ("Phường Bạc Liêu", 4 + 5 + 5 + 6 + 5, 36),
        ("Phường Vĩnh Trạch", 6 + 6, 15),
        ("Phường Hiệp Thành", 4 + 4 + 1, 16),
    ],
)
def test_the_baseline_on_the_2025_master_sums_the_former_wards(ward: str, concurrent: int, hamlets: int) -> None:
    by_code = dict(zip(WARD_CODES, BASELINE_COUNTS, strict=True))
    assert concurrent == sum(by_code[c] for c in FORMED[ward])  # the hand sums are the baseline's
    assert hamlets == sum(_reference_sizes()[c] for c in FORMED[ward])
    for snapshot in (default_snapshot(), replace(default_snapshot(), hamlets=None, granularity="ward")):
        restated = restate(snapshot, default_units(), _links(), read_units(M2025))
        row = restated.wards.set_index("ward").loc[ward]
        assert (row["concurrent"], row["hamlets"], row["expressed"], row["unexpressed"]) == (
            concurrent,
            hamlets,
            hamlets,
            0,
        )
        assert restated.complete and (restated.concurrent, restated.hamlets) == (46, 67)


def test_the_shipped_masters_read_cleanly() -> None:
    assert read_units(M2019).equals(default_units())
    later = read_units(M2025)
    assert list(dict.fromkeys(later["ward"])) == list(FORMED)
    assert set(later["hamlet_code"]) == set(default_units()["hamlet_code"])  # hamlets keep their codes


# --- hamlets that merge: never a guess ------------------------------------------------------------------------------


def _merged(*pairs: tuple[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The 2019 master with hamlets merged (the second code of each pair into the first), and its crosswalk."""
    units = default_units()
    gone = {b for _, b in pairs}
    later = units[~units["hamlet_code"].isin(gone)].reset_index(drop=True)
    into = {b: a for a, b in pairs} | {a: a for a, _ in pairs}
    rows = [("ward", c, c, "same") for c in dict.fromkeys(units["ward_code"])]
    rows += [("hamlet", h, into.get(h, h), "merged" if h in into else "same") for h in units["hamlet_code"].astype(str)]
    links = pd.DataFrame(rows, columns=["level", "from_code", "to_code", "change"])
    return later, links


@pytest.mark.parametrize(
    ("pairs", "hamlets", "expressed", "concurrent"),
    [
        ((("31825-03", "31825-04"),), 6, 5, 3),  # Khóm 3 (not concurrent) + Khóm 4 (concurrent): unknown
        ((("31825-06", "31825-07"),), 6, 5, 2),  # both concurrent: the merged hamlet is still unknown
        ((("31825-01", "31825-02"), ("31825-06", "31825-07")), 5, 3, 2),
    ],
)
def test_a_merged_hamlet_is_counted_as_unexpressed(
    pairs: tuple[tuple[str, str], ...], hamlets: int, expressed: int, concurrent: int
) -> None:
    later, links = _merged(*pairs)
    restated = restate(default_snapshot(), default_units(), [links], later)
    phuong_1 = restated.wards.set_index("code").loc["31825"]
    assert (phuong_1["hamlets"], phuong_1["expressed"], phuong_1["concurrent"]) == (hamlets, expressed, concurrent)
    assert restated.unexpressed == {"merged": len(pairs)}
    other = restated.wards[restated.wards["code"] != "31825"]
    assert (other["unexpressed"] == 0).all() and int(other["concurrent"].sum()) == 46 - 4


def test_a_ward_figure_over_merged_hamlets_is_not_divided() -> None:
    later, links = _merged(("31825-03", "31825-04"))
    ward_only = replace(default_snapshot(), hamlets=None, granularity="ward")
    restated = restate(ward_only, default_units(), [links], later)
    phuong_1 = restated.wards.set_index("code").loc["31825"]
    assert (phuong_1["expressed"], phuong_1["concurrent"]) == (0, 0)
    assert restated.unexpressed == {"merged": 1, "ward_figure": 5}


# --- the crosswalk is checked like every file ---------------------------------------------------------------------


def _edited(tmp_path: Path, edit: str) -> Path:
    lines = X2025.read_text("utf-8").splitlines()
    if edit == "forget":
        del lines[11]  # row 12: the hamlet row of 31825-01 (Phường 1, Khóm 1)
    elif edit == "unknown":
        lines[11] = lines[11].replace("hamlet,31825-01,", "hamlet,31825-99,", 1)
    elif edit == "change":
        lines[5] = lines[5].replace(",merged,", ",joined,")
    elif edit == "columns":
        lines[0] = lines[0].replace("change", "kind")
    elif edit == "twice":
        lines.append(lines[11].replace(",31825-01,Khóm 1,same", ",31825-02,Khóm 2,same"))
    path = tmp_path / "crosswalk.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "code", "row", "column", "vi"),
    [
        ("forget", "crosswalk_forgotten", None, "from_code", "khóm, ấp «Khóm 1» (mã 31825-01, dòng 2 của danh mục"),
        ("unknown", "crosswalk_unknown_from", 12, "from_code", "mã «31825-99» không có trong danh mục trước"),
        ("change", "crosswalk_bad_change", 6, "change", "«joined» không phải một loại thay đổi"),
        ("columns", "crosswalk_missing_columns", 1, None, "Thiếu cột bắt buộc: change"),
        ("twice", "crosswalk_many_targets", 79, "from_code", "«31825-01» đã được chuyển ở dòng 12"),
    ],
)
def test_crosswalk_errors_name_row_and_column(
    tmp_path: Path, edit: str, code: str, row: int | None, column: str | None, vi: str
) -> None:
    read = parse_crosswalk(_edited(tmp_path, edit).read_bytes(), read_units(M2024), read_units(M2025))
    assert not read.ok
    [problem] = [p for p in read.errors if p.code == code]
    assert (problem.row, problem.column) == (row, column)
    assert vi in line(problem, "vi")
    assert line(problem, "en") != line(problem, "vi")


def test_units_import_refuses_a_bad_crosswalk_and_stores_nothing(tmp_path: Path) -> None:
    data = tmp_path / "store"
    run = cli(
        "units",
        "import",
        M2025,
        "--effective",
        "2025-07-01",
        "--crosswalk",
        _edited(tmp_path, "forget"),
        "--data-dir",
        data,
    )
    assert run.returncode == 1
    assert "Bảng chuyển đổi có lỗi" in run.stderr and "Khóm 1" in run.stderr
    assert store.units_masters(data) == []
    english = cli(
        "units",
        "import",
        M2025,
        "--effective",
        "2025-07-01",
        "--crosswalk",
        _edited(tmp_path, "change"),
        "--data-dir",
        data,
        "--lang",
        "en",
        "--json",
    )
    report = json.loads(english.stdout)
    assert english.returncode == 1 and report["crosswalk"]["errors"][0]["row"] == 6
    assert "is not a change" in report["crosswalk"]["errors"][0]["message"]


# --- the CLI: dated imports, summarize --on-units ------------------------------------------------------------------


def _dated_store(data: Path) -> None:
    for master, day, links in ((M2024, "2024-12-01", X2024), (M2025, "2025-07-01", X2025)):
        run = cli("units", "import", master, "--effective", day, "--crosswalk", links, "--data-dir", data, "--by", "t")
        assert run.returncode == 0, run.stderr


def test_summarize_on_the_2025_master(tmp_path: Path) -> None:
    _dated_store(tmp_path)
    data = json.loads(cli("summarize", "--on-units", "2025-07-01", "--json", "--data-dir", tmp_path).stdout)
    assert data["units"] == {"effective": "2025-07-01", "id": 2}
    assert [(w["ward"], w["concurrent"], w["hamlets"]) for w in data["wards"]] == [
        ("Phường Bạc Liêu", 25, 36),
        ("Phường Vĩnh Trạch", 12, 15),
        ("Phường Hiệp Thành", 9, 16),
    ]
    assert data["unexpressed"] == {"hamlets": 0, "reasons": {}}
    assert [g["required"] for g in data["goals"]] == [47, 67]
    text = cli("summarize", "--on-units", "2026-01-01", "--data-dir", tmp_path).stdout
    assert "Theo danh mục đơn vị #2, có hiệu lực từ ngày 01/07/2025." in text
    assert "hình thành từ: Phường 1, Phường 2, Phường 3, Phường 7, Phường 8" in text
    on_2024 = json.loads(cli("summarize", "--on-units", "2025-06-30", "--json", "--data-dir", tmp_path).stdout)
    assert on_2024["units"] == {"effective": "2024-12-01", "id": 1} and len(on_2024["wards"]) == 10
    plain = json.loads(cli("summarize", "--json", "--data-dir", tmp_path).stdout)
    assert plain["units"] == {"effective": "2019-05-06", "id": None}  # the snapshot's own master, as recorded
    assert (plain["concurrent"], plain["total_hamlets"], len(plain["wards"])) == (46, 67, 10)


def test_the_embedded_master_is_named_and_a_missing_link_is_said(tmp_path: Path) -> None:
    data = json.loads(cli("summarize", "--json", "--data-dir", tmp_path / "empty").stdout)
    assert data["units"] == {"effective": "2019-05-06", "id": None}
    assert cli("units", "import", M2025, "--effective", "2025-07-01", "--data-dir", tmp_path).returncode == 0
    run = cli("summarize", "--on-units", "2025-07-01", "--data-dir", tmp_path, "--lang", "en")
    assert run.returncode == 1 and "Master #1 has no crosswalk" in run.stderr
    later = cli("units", "import", M2024, "--effective", "2024-12-01", "--data-dir", tmp_path)
    assert later.returncode == 1 and "01/07/2025" in later.stderr  # a master cannot take effect before the one in force


@pytest.mark.sqlite_only
def test_an_old_store_opens_and_takes_dated_masters(tmp_path: Path) -> None:
    grown = store.UnitsFile(read_units(M2019), M2019.read_bytes(), "units.csv")
    store.set_units(tmp_path, replace(grown, units=read_units(M2024).iloc[:-1]), "old")
    with sqlite3.connect(tmp_path / store.DB_NAME) as conn:  # as a store made before dated masters
        conn.execute("ALTER TABLE units_masters DROP COLUMN effective")
        conn.execute("DROP TABLE units_crosswalks")
        conn.execute("DROP TABLE alembic_version")  # and before the migrations
    store_engine.dispose()  # opened again as by a new process
    chain = store.masters_chain(tmp_path)
    assert [(m.id, m.effective.isoformat()) for m in chain] == [(0, "2019-05-06"), (1, "2019-05-06")]
    assert cli("summarize", "--data-dir", tmp_path).returncode == 0
    assert cli("units", "import", M2024, "--effective", "2024-12-01", "--data-dir", tmp_path).returncode == 0
    assert [m.effective.isoformat() for m in store.masters_chain(tmp_path)] == ["2019-05-06"] * 2 + ["2024-12-01"]
