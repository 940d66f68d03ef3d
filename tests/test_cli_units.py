"""`python -m lib.cli units import|list` and `--units` on validate and import: a master file checked, stored, used."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from lib import store
from lib.cli import main
from tests.helpers import CORPUS_FILES, cli, store_dump
from tests.masters import GROWN, with_cell

HAMLET_XLSX = CORPUS_FILES / "h01_danh_sach_khom_ap.xlsx"  # 30/09/2019, 47 of 67


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"grown": tmp_path / "units_tinh.csv", "bad": tmp_path / "units_sai.csv"}
    paths["grown"].write_bytes(GROWN)
    paths["bad"].write_bytes(with_cell(11, "hamlet_code", "31825-01"))
    return paths


def test_cli_units_import(tmp_path: Path, files: dict[str, Path]) -> None:
    data = str(tmp_path / "data")
    code, out, err = cli("units", "import", str(files["bad"]), "--data-dir", data)
    assert code == 1 and out == ""
    assert "Dòng 11, cột «ward_code»" in err and "Traceback" not in err
    assert not (tmp_path / "data" / "store.sqlite").exists() or store.units_masters(Path(data)) == []
    code, out, err = cli("units", "import", str(files["grown"]), "--data-dir", data, "--by", "quan.tri")
    assert code == 0, err
    assert out.strip() == "Đã lưu danh mục đơn vị #1: 11 phường, xã (7 phường, 4 xã), 70 khóm, ấp; " + (
        "2 quận, huyện, thị xã, thành phố; 1 tỉnh, thành phố."
    )
    code, _, err = cli("units", "import", str(files["grown"]), "--data-dir", data, "--lang", "en")
    assert code == 1 and err.strip() == "This master is already in use (master #1); it is not stored again."
    code, out, _ = cli("units", "list", "--data-dir", data, "--json")
    assert code == 0 and [(m["id"], m["hamlets"], m["current"]) for m in json.loads(out)] == [(1, 70, True)]
    code, out, _ = cli("summarize", "--data-dir", data, "--json")
    assert code == 0 and json.loads(out)["total_hamlets"] == 70
    code, out, _ = cli("progress", "--data-dir", data, "--json")
    assert code == 0 and json.loads(out)["wards"][-1]["code"] == "31999"
    code, _, err = cli("units", "import", str(tmp_path / "none.csv"), "--data-dir", data)
    assert code == 1 and "none.csv" in err


def test_cli_units_import_json(tmp_path: Path, files: dict[str, Path]) -> None:
    data = str(tmp_path / "data")
    code, out, _ = cli("units", "import", str(files["bad"]), "--data-dir", data, "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False
    assert result["units"]["errors"][0]["row"] == 11 and result["units"]["errors"][0]["column"] == "ward_code"
    code, out, _ = cli("units", "import", str(files["grown"]), "--data-dir", data, "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"] and result["units_master_id"] == 1 and result["hamlets"] == 70


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    with redirect_stderr(io.StringIO()), pytest.raises(SystemExit) as exited:
        main(["units"])
    assert exited.value.code == 2
    with redirect_stderr(io.StringIO()), pytest.raises(SystemExit) as exited:
        main(["units", "import"])
    assert exited.value.code == 2


def test_cli_validate_with_units(tmp_path: Path, files: dict[str, Path]) -> None:
    data = str(tmp_path / "data")
    code, out, _ = cli("validate", str(HAMLET_XLSX), "--data-dir", data, "--units", str(files["grown"]), "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"]
    assert result["summary"]["total_hamlets"] == 70 and result["units"]["hamlets"] == 70
    assert not (tmp_path / "data").exists()  # validate stores nothing
    code, out, _ = cli("validate", str(HAMLET_XLSX), "--data-dir", data, "--units", str(files["bad"]), "--json")
    assert code == 1 and json.loads(out)["units"]["ok"] is False
    code, _, err = cli("validate", str(HAMLET_XLSX), "--data-dir", data, "--units", str(files["bad"]))
    assert code == 1 and "Danh mục đơn vị có lỗi" in err


def test_cli_import_with_units_stores_the_master_too(tmp_path: Path, files: dict[str, Path]) -> None:
    data = str(tmp_path / "data")
    # The city's file lacks the new master's ward: the whole city, its hamlets not concurrent (--scope all).
    code, out, err = cli(
        "import", str(HAMLET_XLSX), "--data-dir", data, "--units", str(files["grown"]), "--scope", "all"
    )
    assert code == 0, err
    assert "Đã lưu danh mục đơn vị #1" in out and "Đã lưu bản số liệu #2" in out
    code, out, _ = cli("summarize", "--data-dir", data, "--json")
    assert json.loads(out)["total_hamlets"] == 70 and json.loads(out)["concurrent"] == 47
    # The next import without --units is checked against the stored master; with the same --units nothing new.
    parquet = CORPUS_FILES / "h08_ma_don_vi_2020-12-31.parquet"
    code, out, err = cli(
        "import", str(parquet), "--data-dir", data, "--units", str(files["grown"]), "--json", "--scope", "all"
    )
    assert code == 0, err
    assert json.loads(out)["units_master_id"] is None and len(store.units_masters(Path(data))) == 1
    # A bad --units stores nothing at all.
    before = store_dump(Path(data))
    code, _, _ = cli(
        "import", str(CORPUS_FILES / "h04_unicode_text_utf16.txt"), "--data-dir", data, "--units", str(files["bad"])
    )
    assert code == 1 and store_dump(Path(data)) == before
