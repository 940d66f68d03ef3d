"""The CLI contract: `python -m lib.cli summarize [FILE] [--data-dir DIR] [--json]`, its JSON and exit codes.

Each command runs as its own process, as a person runs it; the JSON shape itself is checked in this process last.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lib.cli.shapes import summary
from lib.core.model import Goal, Snapshot
from tests.helpers import BASELINE_COUNTS, GOLDEN, ROOT, cli_process

HEADER = "ward_code,ward,hamlet_code,hamlet,secretary,head,concurrent,head_party_member,reason,note\n"


def _roster_csv(tmp_path: Path, rows: list[str], name: str = "khom_ap_2019-09-30.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _baseline_rows() -> list[str]:
    lines = (ROOT / "data/default/baseline_2019-05-06.csv").read_text(encoding="utf-8").splitlines()
    return lines[1:]


def test_summarize_json_contract_on_the_default_dataset(tmp_path: Path) -> None:
    result = cli_process("summarize", "--json", "--data-dir", str(tmp_path / "empty"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"as_of", "total_hamlets", "concurrent", "coverage_pct", "wards", "goals"} <= set(data)
    assert data["as_of"] == "2019-05-06"
    assert (data["total_hamlets"], data["concurrent"]) == (67, 46)
    assert data["coverage_pct"] == pytest.approx(68.66, abs=0.01)
    assert len(data["wards"]) == 10
    for ward in data["wards"]:
        assert set(ward) == {"code", "ward", "kind", "hamlets", "concurrent", "coverage_pct", "as_of"}
        assert ward["as_of"] == "2019-05-06"  # the date of the ward's own figures
        assert ward["kind"] in ("phường", "xã")
        assert isinstance(ward["code"], str) and isinstance(ward["hamlets"], int)
    assert sum(w["hamlets"] for w in data["wards"]) == 67
    assert sum(w["concurrent"] for w in data["wards"]) == 46
    hiep_thanh = next(w for w in data["wards"] if w["code"] == "31840")
    assert (hiep_thanh["ward"], hiep_thanh["hamlets"], hiep_thanh["concurrent"]) == ("Xã Hiệp Thành", 4, 1)
    assert data["goals"] == [
        {"deadline": "2019-12-31", "target_pct": 70.0, "required": 47, "remaining": 1},
        {"deadline": "2020-12-31", "target_pct": 100.0, "required": 67, "remaining": 21},
    ]


def test_summarize_text_is_vietnamese_by_default() -> None:
    result = cli_process("summarize")
    assert result.returncode == 0
    assert "Tính đến ngày 06/05/2019: 46/67 khóm, ấp (68,7 %)" in result.stdout
    assert "Mục tiêu 70 % đến 31/12/2019: cần 47, còn thiếu 1" in result.stdout
    assert "Mục tiêu 100 % đến 31/12/2020: cần 67, còn thiếu 21" in result.stdout
    assert "minh họa" in result.stdout


def test_summarize_a_file_without_storing_it(tmp_path: Path) -> None:
    rows = [r.replace(",no,no,head_not_party_member,", ",yes,yes,,") for r in _baseline_rows()]
    path = _roster_csv(tmp_path, rows)
    result = cli_process("summarize", str(path), "--json", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["as_of"], data["concurrent"]) == ("2019-09-30", 46 + 12)
    assert data["goals"][0]["remaining"] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # nothing stored
    again = json.loads(cli_process("summarize", "--json", "--data-dir", str(tmp_path)).stdout)
    assert again["concurrent"] == 46


def test_summarize_the_cp1258_ward_summary_sample() -> None:
    result = cli_process("summarize", str(GOLDEN / "ward_summary_2019-12-31_cp1258.csv"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["as_of"], data["concurrent"], data["total_hamlets"]) == ("2019-12-31", 52, 67)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (["31899,Phường 9,,Khóm 1,,,x,,,"], "Dòng 2, cột «ward»: «Phường 9» không có trong danh mục phường, xã"),
        ([",Phường 1,,Khóm 1,,,x,,,", ",P.1,,K1,,,x,,,"], "Dòng 3, cột «hamlet»: Khóm 1 đã có ở dòng 2."),
        ([",Phường 1,,Khóm 1,,,có lẽ,,,"], "Dòng 2, cột «concurrent»: không hiểu giá trị «có lẽ»"),
        ([",Phường 1,,Khóm 9,,,x,,,"], "Dòng 2, cột «hamlet»: «Khóm 9» không có trong danh mục khóm, ấp của Phường 1"),
    ],
)
def test_bad_file_exits_1_with_row_and_column(tmp_path: Path, rows: list[str], expected: str) -> None:
    result = cli_process("summarize", str(_roster_csv(tmp_path, rows)), "--json")
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


def test_unknown_ward_suggests_the_nearest(tmp_path: Path) -> None:
    result = cli_process("summarize", str(_roster_csv(tmp_path, [",Phường 9,,Khóm 1,,,x,,,"])))
    assert "có phải «Phường 8»?" in result.stderr


def test_missing_columns_and_summary_that_does_not_add_up(tmp_path: Path) -> None:
    path = tmp_path / "x_2019-05-06.csv"
    path.write_text("ward,secretary\nPhường 1,A\n", encoding="utf-8")
    result = cli_process("summarize", str(path))
    assert result.returncode == 1
    assert "Dòng 1: Thiếu cột bắt buộc: «Khóm, ấp», «Trưởng khóm, ấp»." in result.stderr
    # The article's own slip: 46 concurrent + 25 not concurrent is 71, not 67.
    path.write_text(
        "Đơn vị,Tổng số khóm ấp,Số bí thư kiêm trưởng khóm ấp,Số chưa kiêm nhiệm\nPhường 1,7,4,4\n",
        encoding="utf-8",
    )
    result = cli_process("summarize", str(path), "--lang", "en")
    assert result.returncode == 1
    assert "Row 2, column “Số chưa kiêm nhiệm”: 4 concurrent + 4 not concurrent ≠ 7 hamlets." in result.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("summarize", "does-not-exist.csv"), 1),
        (("frobnicate",), 2),
        (("summarize", "--bogus"), 2),
        ((), 2),
    ],
)
def test_exit_codes(args: tuple[str, ...], code: int) -> None:
    result = cli_process(*args)
    assert result.returncode == code
    assert "Traceback" not in result.stderr


def test_binary_garbage_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 4)
    result = cli_process("summarize", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Không đọc được tệp" in result.stderr or "Không tìm thấy bảng" in result.stderr


# --- summary: the summarize --json contract -----------------------------------------------------


def test_summary_contract_on_baseline(baseline: Snapshot, goals: tuple[Goal, ...]) -> None:
    result = summary(baseline, goals)
    contract = {"as_of", "total_hamlets", "concurrent", "coverage_pct", "wards", "goals"}
    assert contract <= set(result)
    assert result["as_of"] == "2019-05-06"
    assert result["total_hamlets"] == 67
    assert result["concurrent"] == 46
    assert result["coverage_pct"] == 68.66
    assert result["goals"] == [
        {"deadline": "2019-12-31", "target_pct": 70.0, "required": 47, "remaining": 1},
        {"deadline": "2020-12-31", "target_pct": 100.0, "required": 67, "remaining": 21},
    ]
    wards = result["wards"]
    assert len(wards) == 10
    assert all(set(w) == {"code", "ward", "kind", "hamlets", "concurrent", "coverage_pct", "as_of"} for w in wards)
    assert [w["concurrent"] for w in wards] == BASELINE_COUNTS
    assert sum(w["hamlets"] for w in wards) == 67
    assert [w["kind"] for w in wards].count("phường") == 7
    assert wards[0] == {
        "code": "31825",
        "ward": "Phường 1",
        "kind": "phường",
        "hamlets": 7,
        "concurrent": 4,
        "coverage_pct": 57.14,
        "as_of": "2019-05-06",
    }
    assert wards[-1] == {
        "code": "31840",
        "ward": "Xã Hiệp Thành",
        "kind": "xã",
        "hamlets": 4,
        "concurrent": 1,
        "coverage_pct": 25.0,
        "as_of": "2019-05-06",
    }


def test_summary_values_are_plain_json_types(baseline: Snapshot, goals: tuple[Goal, ...]) -> None:
    result = summary(baseline, goals)
    again = json.loads(json.dumps(result, ensure_ascii=False))
    assert again["wards"] == result["wards"]
    assert again["goals"] == result["goals"]
    for w in result["wards"]:
        assert type(w["code"]) is str and type(w["hamlets"]) is int and type(w["coverage_pct"]) is float
