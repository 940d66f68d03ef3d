"""The CLI contracts around the store: validate, import, history, restore and summarize, their JSON and exit codes.

Exit 0 when all went well, 1 on wrong input (the message printed, never a traceback), 2 on a usage error.
Every run uses its own --data-dir in a temporary folder, with files of the corpus (tests/corpus/files).
Commands run through lib.cli.main with the real argument list, in this process to keep the suite quick; the
last test runs `python -m lib.cli` as a separate process to show the same contract holds there.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import CORPUS_EXPECTED, CORPUS_FILES, CliRun, cli, cli_process

HAMLET_XLSX = CORPUS_FILES / "h01_danh_sach_khom_ap.xlsx"  # 30/09/2019, 47 of 67
WARD_CP1258 = CORPUS_FILES / "w01_bieu_tong_hop_cp1258.csv"  # 31/12/2019, 49
WITH_WARNING = CORPUS_FILES / "x02_ty_le_lech_2019-12-31.csv"  # a percentage that disagrees: stored, with a warning
UNKNOWN_HAMLET = CORPUS_FILES / "e07_ap_sai_xa_2019-09-30.csv"  # refused: an ấp of another xã
DATED_BY_NAME = CORPUS_FILES / "h03_danh_sach_bom_semicolon_2020-06-30.csv"  # its date only in its file name
HISTORY_KEYS = {"id", "as_of", "uploaded_at", "file_name", "sha256", "granularity", "current"}


def as_json(result: CliRun) -> Any:
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)


def history(data_dir: Path) -> list[dict[str, Any]]:
    result = cli("history", "--json", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    return as_json(result)


def expected_counts(path: Path) -> int:
    return int(CORPUS_EXPECTED[path.name]["total_concurrent"])


# --- validate -----------------------------------------------------------------------------------------------


def test_validate_json_of_a_file_with_a_warning_exits_0(tmp_path: Path) -> None:
    result = cli("validate", WITH_WARNING, "--json", "--data-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    data = as_json(result)
    assert {"ok", "granularity", "encoding", "header_row", "errors", "warnings", "summary"} <= set(data)
    assert (data["ok"], data["granularity"], data["encoding"], data["header_row"]) == (True, "ward", "utf-8", 1)
    assert data["errors"] == []
    [warning] = data["warnings"]
    assert {"row", "column", "message"} <= set(warning)
    assert (warning["row"], warning["column"]) == (7, "Tỷ lệ (%)")
    assert "90" in warning["message"]
    assert data["summary"]["concurrent"] == expected_counts(WITH_WARNING)
    assert data["summary"]["as_of"] == "2019-12-31"
    assert list(tmp_path.iterdir()) == []  # validate stores nothing


def test_validate_json_of_a_refused_file_exits_1() -> None:
    line = CORPUS_EXPECTED[UNKNOWN_HAMLET.name]["errors"][0]["row"]
    messages = {}
    for lang in ("vi", "en"):
        result = cli("validate", UNKNOWN_HAMLET, "--json", "--lang", lang)
        assert result.returncode == 1
        data = as_json(result)
        assert (data["ok"], data["summary"], data["granularity"]) == (False, None, "hamlet")
        [error] = data["errors"]
        assert (error["row"], error["column"]) == (line, "Khóm, ấp")
        assert "Ấp Giồng Giữa" in error["message"]
        messages[lang] = error["message"]
    assert messages["vi"] != messages["en"]


@pytest.mark.parametrize("name", ["e01_empty.csv", "e02_broken_upload.xlsx", "e04_khong_phai_bang.csv"])
def test_validate_json_of_a_file_with_no_table_exits_1(name: str) -> None:
    result = cli("validate", CORPUS_FILES / name, "--json")
    assert result.returncode == 1
    data = as_json(result)
    assert (data["ok"], data["granularity"], data["header_row"], data["summary"]) == (False, None, None, None)
    [error] = data["errors"]
    assert (error["row"], error["column"]) == (None, None)
    assert error["message"].strip()


def test_validate_text_names_the_row_and_column() -> None:
    result = cli("validate", UNKNOWN_HAMLET)
    assert result.returncode == 1
    line = CORPUS_EXPECTED[UNKNOWN_HAMLET.name]["errors"][0]["row"]
    assert f"Dòng {line}, cột «Khóm, ấp»" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_a_file_that_is_not_there_exits_1(tmp_path: Path) -> None:
    result = cli("validate", tmp_path / "khong_co.csv", "--json")
    assert result.returncode == 1
    assert "khong_co.csv" in result.stderr
    assert "Traceback" not in result.stderr


# --- import ---------------------------------------------------------------------------------------------------


def test_import_json_stores_the_file(tmp_path: Path) -> None:
    result = cli("import", HAMLET_XLSX, "--by", "Lê Thị Thảo", "--json", "--data-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    data = as_json(result)
    assert (data["ok"], data["snapshot_id"], data["granularity"]) == (True, 2, "hamlet")
    rows = history(tmp_path)
    assert [(r["id"], r["current"]) for r in rows] == [(2, True), (1, False)]
    assert rows[0]["file_name"] == HAMLET_XLSX.name
    assert rows[0]["uploaded_by"] == "Lê Thị Thảo"


def test_import_of_a_refused_file_exits_1_and_stores_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    result = cli("import", UNKNOWN_HAMLET, "--by", "x", "--json", "--data-dir", empty)
    assert result.returncode == 1
    assert as_json(result)["ok"] is False
    assert not empty.exists()

    used = tmp_path / "used"
    assert cli("import", WARD_CP1258, "--data-dir", used).returncode == 0
    before = history(used)
    result = cli("import", UNKNOWN_HAMLET, "--by", "x", "--data-dir", used)
    assert result.returncode == 1
    assert "Khóm, ấp" in result.stderr and "Traceback" not in result.stderr
    assert history(used) == before


def test_import_with_as_of_when_the_file_gives_no_date(tmp_path: Path) -> None:
    undated = tmp_path / "danh_sach_khom_ap.csv"
    shutil.copyfile(DATED_BY_NAME, undated)
    data_dir = tmp_path / "data"
    refused = cli("import", undated, "--json", "--data-dir", data_dir)
    assert refused.returncode == 1
    assert [e["code"] for e in as_json(refused)["errors"]] == ["no_date"]
    assert not data_dir.exists()
    result = cli("import", undated, "--as-of", "2020-07-01", "--by", "Ban Tổ chức", "--json", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    assert as_json(result)["as_of"] == "2020-07-01"
    latest = history(data_dir)[0]
    assert (latest["as_of"], latest["uploaded_by"], latest["current"]) == ("2020-07-01", "Ban Tổ chức", True)


def test_import_of_the_same_file_twice_exits_1_with_a_message(tmp_path: Path) -> None:
    assert cli("import", HAMLET_XLSX, "--data-dir", tmp_path).returncode == 0
    before = history(tmp_path)
    copy = tmp_path / "ban_sao.xlsx"
    shutil.copyfile(HAMLET_XLSX, copy)
    again = cli("import", copy, "--data-dir", tmp_path)
    assert again.returncode == 1
    assert again.stderr.strip() and "Traceback" not in again.stderr
    assert "#2" in again.stderr and "30/09/2019" in again.stderr  # which snapshot already holds it
    assert history(tmp_path) == before


# --- history -------------------------------------------------------------------------------------------------


def test_history_json_of_an_empty_dir_is_the_baseline(tmp_path: Path) -> None:
    rows = history(tmp_path / "none")
    assert len(rows) == 1
    assert set(rows[0]) >= HISTORY_KEYS
    assert (rows[0]["id"], rows[0]["as_of"], rows[0]["current"], rows[0]["granularity"]) == (
        1,
        "2019-05-06",
        True,
        "hamlet",
    )
    assert not (tmp_path / "none").exists()


def test_history_json_lists_every_snapshot(tmp_path: Path) -> None:
    for path in (WARD_CP1258, HAMLET_XLSX):
        assert cli("import", path, "--data-dir", tmp_path).returncode == 0
    rows = history(tmp_path)
    for row in rows:
        assert set(row) >= HISTORY_KEYS
        assert isinstance(row["id"], int) and isinstance(row["current"], bool)
        assert len(row["sha256"]) == 64 and row["granularity"] in ("officer", "hamlet", "ward")
    assert [(r["id"], r["as_of"], r["file_name"]) for r in rows] == [
        (2, "2019-12-31", WARD_CP1258.name),
        (3, "2019-09-30", HAMLET_XLSX.name),
        (1, "2019-05-06", "baseline_2019-05-06.csv"),
    ]
    assert [r["current"] for r in rows] == [True, False, False]
    assert all(r["uploaded_at"] for r in rows[:2])


def test_history_text_marks_the_current_one(tmp_path: Path) -> None:
    assert cli("import", HAMLET_XLSX, "--data-dir", tmp_path).returncode == 0
    result = cli("history", "--data-dir", tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("* #2") and HAMLET_XLSX.name in lines[0]
    assert lines[1].startswith("  #1")


# --- restore and summarize -------------------------------------------------------------------------------------


def test_restore_makes_an_earlier_snapshot_current(tmp_path: Path) -> None:
    assert cli("import", HAMLET_XLSX, "--data-dir", tmp_path).returncode == 0
    result = cli("restore", "1", "--by", "Nguyễn Văn Minh", "--data-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "#1" in result.stdout
    assert [(r["id"], r["current"]) for r in history(tmp_path)] == [(2, False), (1, True)]
    summary = as_json(cli("summarize", "--json", "--data-dir", tmp_path))
    assert (summary["as_of"], summary["concurrent"]) == ("2019-05-06", 46)


def test_restore_of_an_unknown_id_exits_1_with_a_message(tmp_path: Path) -> None:
    assert cli("import", HAMLET_XLSX, "--data-dir", tmp_path).returncode == 0
    before = history(tmp_path)
    messages = set()
    for lang in ("vi", "en"):
        result = cli("restore", "99", "--lang", lang, "--data-dir", tmp_path)
        assert result.returncode == 1
        assert "#99" in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
        messages.add(result.stderr)
    assert len(messages) == 2  # one message per language
    assert history(tmp_path) == before


def test_restore_in_an_empty_dir_of_an_unknown_id_exits_1(tmp_path: Path) -> None:
    result = cli("restore", "5", "--data-dir", tmp_path / "none")
    assert result.returncode == 1
    assert "#5" in result.stderr and "Traceback" not in result.stderr


def test_summarize_without_file_shows_the_current_snapshot(tmp_path: Path) -> None:
    assert cli("import", HAMLET_XLSX, "--data-dir", tmp_path).returncode == 0
    data = as_json(cli("summarize", "--json", "--data-dir", tmp_path))
    assert (data["as_of"], data["concurrent"], data["total_hamlets"]) == (
        "2019-09-30",
        expected_counts(HAMLET_XLSX),
        67,
    )
    assert data["illustrative"] is False
    text = cli("summarize", "--data-dir", tmp_path)
    assert text.returncode == 0
    assert f"30/09/2019: {expected_counts(HAMLET_XLSX)}/67" in text.stdout
    assert "minh họa" not in text.stdout  # only the embedded baseline is illustrative


# --- every command takes --data-dir; usage errors exit 2 -------------------------------------------------------


@pytest.mark.sqlite_only  # PostgreSQL: $BL_DATABASE_URL is the store, whatever the data dir
def test_every_command_uses_the_data_dir_it_is_given(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    runs = [
        ("import", HAMLET_XLSX, "--data-dir", first),
        ("validate", WARD_CP1258, "--data-dir", first),
        ("history", "--data-dir", first),
        ("restore", "1", "--data-dir", first),
        ("summarize", "--data-dir", first),
        ("summarize", WARD_CP1258, "--data-dir", first),
    ]
    for args in runs:
        result = cli(*args)
        assert result.returncode == 0, (args, result.stderr)
    assert [r["id"] for r in history(first)] == [2, 1]
    assert [r["id"] for r in history(second)] == [1]
    assert not second.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("import",),
        ("restore", "hai"),
        ("import", str(HAMLET_XLSX), "--as-of", "30/09/2019"),
        ("history", "--lang", "fr"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = cli(*args, "--data-dir", tmp_path)
    assert result.returncode == 2
    assert "usage" in result.stderr.lower()
    assert list(tmp_path.iterdir()) == []


def test_the_contract_holds_in_a_real_process(tmp_path: Path) -> None:
    data_dir = ("--data-dir", tmp_path)
    imported = cli_process("import", HAMLET_XLSX, "--by", "Lê Thị Thảo", "--json", *data_dir)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["snapshot_id"] == 2
    refused = cli_process("import", UNKNOWN_HAMLET, "--json", *data_dir)
    assert refused.returncode == 1
    assert json.loads(refused.stdout)["ok"] is False
    unknown = cli_process("restore", "99", *data_dir)
    assert (unknown.returncode, "Traceback" in unknown.stderr) == (1, False)
    assert cli_process("restore", "hai", *data_dir).returncode == 2
    rows = json.loads(cli_process("history", "--json", *data_dir).stdout)
    assert [(r["id"], r["current"]) for r in rows] == [(2, True), (1, False)]
