"""`python -m lib.cli progress [--as-of YYYY-MM-DD] [--data-dir DIR] [--json] [--lang vi|en]`, numbers by hand.

Every run uses its own --data-dir in a temporary folder. The city series, from the embedded baseline and the two
golden files (tests/golden), is:
    06/05/2019  46 of 67   (the baseline)
    30/09/2019  48         hamlets_2019-09-30.xlsx         147 days after the baseline
    31/12/2019  52         ward_summary_2019-12-31_cp1258.csv  239 days after the baseline
Least-squares over x = 0, 147, 239 days (mean 386/3) and y = 46, 48, 52 (mean 146/3):
    dx = −386/3, 55/3, 331/3; dy = −8/3, −2/3, 10/3
    Sxy = (3088 − 110 + 3310)/9 = 6288/9; Sxx = (148996 + 3025 + 109561)/9 = 261582/9
    slope = 6288/261582 ≈ 0.02404 a day = 6288/261582 × 30.4375 ≈ 0.7317 a month.
Goals (the embedded goals file): 70 % by 31/12/2019 -> ceil(46.9) = 47; 100 % by 31/12/2020 -> 67.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import CORPUS_FILES, GOLDEN, WARD_CODES, cli, cli_process
from tests.progress_series import GOAL_KEYS, M

HAMLETS_0930 = GOLDEN / "hamlets_2019-09-30.xlsx"  # 48 of 67
WARDS_1231 = GOLDEN / "ward_summary_2019-12-31_cp1258.csv"  # 52 of 67
SAME_DAY_1231 = CORPUS_FILES / "w01_bieu_tong_hop_cp1258.csv"  # 49 of 67, also 31/12/2019
SLOPE = 6288 / 261582  # hamlets a day over the three snapshots (see above)


def progress_json(data_dir: Path, *args: str) -> dict[str, Any]:
    code, out, err = cli("progress", "--json", "--data-dir", data_dir, *args)
    assert code == 0, err
    return json.loads(out)


def imported(data_dir: Path, *files: Path) -> Path:
    for path in files:
        code, _, err = cli("import", path, "--data-dir", data_dir, "--by", "Lê Thị Thảo")
        assert code == 0, err
    return data_dir


def approx(value: float) -> Any:
    """JSON paces and ratios are rounded to 4 decimals."""
    return pytest.approx(value, abs=6e-5)


def check(goal: dict[str, Any], expected: dict[str, Any]) -> None:
    assert set(goal) == GOAL_KEYS
    for key, value in expected.items():
        if isinstance(value, float):
            assert goal[key] == approx(value), key
        else:
            assert goal[key] == value, key


@pytest.fixture
def two_imports(tmp_path: Path) -> Path:
    return imported(tmp_path / "store", HAMLETS_0930, WARDS_1231)


# --- a fresh data dir: the embedded baseline only ------------------------------------------------------------


def test_fresh_data_dir_json(tmp_path: Path) -> None:
    data = progress_json(tmp_path)
    assert set(data) == {"reference_date", "city", "wards", "kinds"}
    assert data["reference_date"] == "2019-05-06"
    seventy, hundred = data["city"]
    # 46 < 47: 1 more in 239/M ≈ 7.85 months; one snapshot gives no pace, no projection, no r, no forecast.
    check(
        seventy,
        {
            "deadline": "2019-12-31",
            "target_pct": 70.0,
            "target_count": 47,
            "current": 46,
            "remaining": 1,
            "required_pace": M / 239,  # ≈ 0.1274
            "observed_pace": None,
            "projected": None,
            "r": None,
            "status": "insufficient data",
            "forecast_date": None,
        },
    )
    # 21 more by 31/12/2020, 605 days = 605/M ≈ 19.88 months away: ≈ 1.0565 a month.
    check(
        hundred,
        {
            "deadline": "2020-12-31",
            "target_pct": 100.0,
            "target_count": 67,
            "current": 46,
            "remaining": 21,
            "required_pace": 21 * M / 605,
            "status": "insufficient data",
            "forecast_date": None,
        },
    )
    assert [w["code"] for w in data["wards"]] == WARD_CODES
    assert len(data["wards"]) == 10
    for ward in data["wards"]:
        assert set(ward) == {"code", "ward", "goals"}
        assert len(ward["goals"]) == 2
        for goal in ward["goals"]:
            assert set(goal) == GOAL_KEYS
    assert [w["ward"] for w in data["wards"]][:2] == ["Phường 1", "Phường 2"]
    assert [(k["kind"], len(k["goals"])) for k in data["kinds"]] == [("phường", 2), ("xã", 2)]
    # Phường 5 has 6 of 7 at the baseline: 70 % -> 5 already achieved; Hiệp Thành 1 of 4: 70 % -> 3, no data yet.
    by_code = {w["code"]: w["goals"] for w in data["wards"]}
    assert [g["status"] for g in by_code["31819"]] == ["achieved", "insufficient data"]
    assert [(g["target_count"], g["status"]) for g in by_code["31840"]] == [
        (3, "insufficient data"),
        (4, "insufficient data"),
    ]


def test_progress_only_reads(tmp_path: Path) -> None:
    progress_json(tmp_path)
    code, _, _ = cli("progress", "--data-dir", tmp_path)
    assert code == 0
    assert list(tmp_path.iterdir()) == []


def test_fresh_data_dir_text_is_vietnamese_by_default(tmp_path: Path) -> None:
    code, out, _ = cli("progress", "--data-dir", tmp_path)
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == [
        "Tiến độ tính đến ngày 06/05/2019:",
        "  Mục tiêu 70 % đến 31/12/2019: Chưa đủ số liệu. Cần thêm 1 khóm, ấp trong 7,9 tháng: 0,13 khóm, ấp mỗi "
        "tháng; chưa tính được tốc độ (cần ít nhất 2 bản số liệu).",
        "  Mục tiêu 100 % đến 31/12/2020: Chưa đủ số liệu. Cần thêm 21 khóm, ấp trong 19,9 tháng: 1,06 khóm, ấp "
        "mỗi tháng; chưa tính được tốc độ (cần ít nhất 2 bản số liệu).",
    ]
    assert len(lines) == 3 + 10
    assert lines[3].split() == ["Phường", "1", "Chưa", "đủ", "số", "liệu,", "Chưa", "đủ", "số", "liệu"]


# --- after two imports: 46, 48, 52 -------------------------------------------------------------------------


def test_after_two_imports_json(two_imports: Path) -> None:
    data = progress_json(two_imports)
    assert data["reference_date"] == "2019-12-31"  # the as-of date of the current snapshot
    seventy, hundred = data["city"]
    # 52 ≥ 47. The reference date is the deadline: 0 months left, no pace required; projected = 52,
    # r = (52 − 46)/(47 − 46) = 6.
    check(
        seventy,
        {
            "target_count": 47,
            "current": 52,
            "remaining": 0,
            "required_pace": None,
            "observed_pace": SLOPE * M,  # ≈ 0.7317
            "projected": 52.0,
            "r": 6.0,
            "status": "achieved",
            "forecast_date": None,
        },
    )
    # 15 more by 31/12/2020, 366 days = 366/M ≈ 12.02 months: ≈ 1.2474 a month. Projected 52 + SLOPE·366 ≈ 60.80
    # (≤ 67); r = (60.80 − 46)/(67 − 46) ≈ 0.7047: acceleration needed. Forecast: 15 / SLOPE ≈ 624.0 days after
    # 31/12/2019 = 15/09/2021.
    check(
        hundred,
        {
            "target_count": 67,
            "current": 52,
            "remaining": 15,
            "required_pace": 15 * M / 366,
            "observed_pace": SLOPE * M,
            "projected": 52 + SLOPE * 366,
            "r": (52 + SLOPE * 366 - 46) / 21,
            "status": "acceleration needed",
            "forecast_date": "2021-09-15",
        },
    )
    assert hundred["r"] == approx(0.7047)


# Ward by ward at 31/12/2019 (baseline, 30/09, 31/12) with Sxy = (−386·y0 + 55·y1 + 331·y2)/3:
#   Phường 1       4, 4, 4 of 7 (70 % -> 5): pace 0, r 0                              stagnation / stagnation
#   Phường 2       5, 5, 7 of 7 (-> 5)                                                achieved / achieved
#   Phường 3       5, 6, 7 of 7                                                       achieved / achieved
#   Phường 5       6, 7, 5 of 7: 5 ≥ 5; Sxy = −276/3 < 0                              achieved / regression
#   Phường 7       6, 6, 7 of 7                                                       achieved / achieved
#   Phường 8       5, 5, 4 of 8 (-> 6): Sxy = −331/3 < 0                              regression / regression
#   Nhà Mát        4, 4, 4 of 6 (-> 5)                                                stagnation / stagnation
#   Vĩnh Trạch     6, 6, 7 of 8 (-> 6): 100 %: 7 + 366·993/261582 ≈ 8.39 -> 8, r = 1   achieved / on track
#   Vĩnh Trạch Đ.  4, 4, 4 of 6 (-> 5)                                                stagnation / stagnation
#   Hiệp Thành     1, 1, 3 of 4 (-> 3): 100 %: 3 + 366·1986/261582 ≈ 5.78 -> 4, r = 1  achieved / on track
WARD_STATUSES = {
    "31825": ["stagnation", "stagnation"],
    "31813": ["achieved", "achieved"],
    "31816": ["achieved", "achieved"],
    "31819": ["achieved", "regression"],
    "31822": ["achieved", "achieved"],
    "31828": ["regression", "regression"],
    "31831": ["stagnation", "stagnation"],
    "31834": ["achieved", "on track"],
    "31837": ["stagnation", "stagnation"],
    "31840": ["achieved", "on track"],
}


def test_after_two_imports_wards_and_kinds(two_imports: Path) -> None:
    data = progress_json(two_imports)
    assert {w["code"]: [g["status"] for g in w["goals"]] for w in data["wards"]} == WARD_STATUSES
    by_code = {w["code"]: w["goals"] for w in data["wards"]}
    check(by_code["31834"][1], {"target_count": 8, "current": 7, "projected": 8.0, "r": 1.0})
    check(by_code["31840"][1], {"target_count": 4, "current": 3, "projected": 4.0, "r": 1.0})
    check(by_code["31825"][0], {"target_count": 5, "current": 4, "observed_pace": 0.0, "r": 0.0})
    # The phường: 35, 37, 38 of 49: Sxy = (−13510 + 2035 + 12578)/3 = 1103/3 -> 3309/261582 a day;
    # 100 % (49): projected 38 + 366·3309/261582 ≈ 42.63, r = (42.63 − 35)/14 ≈ 0.545.
    # The xã: 11, 11, 14 of 18 (70 % -> 13): 100 %: 14 + 366·2979/261582 ≈ 18.17 -> 18, r = 1.
    phuong, xa = data["kinds"]
    assert [g["status"] for g in phuong["goals"]] == ["achieved", "acceleration needed"]
    check(phuong["goals"][1], {"current": 38, "projected": 38 + 366 * 3309 / 261582, "r": 0.5450})
    assert [g["status"] for g in xa["goals"]] == ["achieved", "on track"]
    check(xa["goals"][1], {"current": 14, "projected": 18.0, "r": 1.0})


def test_r_is_null_where_the_baseline_already_met_the_target(two_imports: Path) -> None:
    data = progress_json(two_imports)
    by_code = {w["code"]: w["goals"] for w in data["wards"]}
    # Baseline ≥ target for 70 %: Phường 2 (5 = 5), 3 (5 = 5), 5 (6 > 5), 7 (6 > 5), Vĩnh Trạch (6 = 6).
    assert [by_code[c][0]["r"] for c in ("31813", "31816", "31819", "31822", "31834")] == [None] * 5


def test_as_of_judges_with_the_snapshots_up_to_that_date(two_imports: Path) -> None:
    data = progress_json(two_imports, "--as-of", "2019-09-30")
    assert data["reference_date"] == "2019-09-30"
    seventy, hundred = data["city"]
    # Only 46 (06/05) and 48 (30/09): slope 2/147 a day; 31/12/2019 is 92 days away, 31/12/2020 458 days.
    check(
        seventy,
        {"current": 48, "remaining": 0, "status": "achieved", "required_pace": 0.0, "observed_pace": 2 * M / 147},
    )
    # 19 more: ≈ 1.2627 a month needed; projected 48 + 2·458/147 ≈ 54.23; r = (54.23 − 46)/21 ≈ 0.392.
    check(
        hundred,
        {
            "current": 48,
            "remaining": 19,
            "required_pace": 19 * M / 458,
            "observed_pace": 2 * M / 147,
            "projected": 48 + 2 * 458 / 147,
            "r": (2 + 2 * 458 / 147) / 21,
            "status": "acceleration needed",
        },
    )
    # 19 / (2/147) = 1396.5 days after 30/09/2019: the half day may round either way.
    forecast = date.fromisoformat(hundred["forecast_date"])
    assert forecast in (date(2019, 9, 30) + timedelta(days=1396), date(2019, 9, 30) + timedelta(days=1397))
    # Hiệp Thành was 1 then 1: stagnation as of 30/09, on track as of 31/12.
    by_code = {w["code"]: w["goals"] for w in data["wards"]}
    assert [g["status"] for g in by_code["31840"]] == ["stagnation", "stagnation"]


def test_as_of_after_the_last_deadline_is_missed(two_imports: Path) -> None:
    data = progress_json(two_imports, "--as-of", "2021-01-31")
    assert data["reference_date"] == "2021-01-31"
    seventy, hundred = data["city"]
    check(seventy, {"current": 52, "status": "achieved", "required_pace": None})
    # 52 < 67 on 31/01/2021, after 31/12/2020: missed, 15 short; no pace is required any more.
    check(
        hundred,
        {
            "current": 52,
            "remaining": 15,
            "required_pace": None,
            "observed_pace": SLOPE * M,
            "status": "missed",
            "forecast_date": (date(2021, 1, 31) + timedelta(days=624)).isoformat(),  # 15 / SLOPE ≈ 624.0 days
        },
    )
    statuses = {w["code"]: [g["status"] for g in w["goals"]] for w in data["wards"]}
    assert statuses["31825"] == ["missed", "missed"]  # Phường 1 stayed at 4 of 7
    assert statuses["31813"] == ["achieved", "achieved"]


def test_as_of_on_the_first_deadline_is_not_missed(two_imports: Path) -> None:
    data = progress_json(two_imports, "--as-of", "2020-12-31")
    hundred = data["city"][1]
    # On the deadline itself: not missed; 0 months left, no pace required; projected = current = 52,
    # r = (52 − 46)/21 = 2/7 ≈ 0.2857: acceleration needed.
    check(hundred, {"required_pace": None, "projected": 52.0, "r": 6 / 21, "status": "acceleration needed"})


def test_an_upload_on_the_same_day_replaces_the_earlier_one(tmp_path: Path) -> None:
    store = imported(tmp_path / "store", HAMLETS_0930, WARDS_1231, SAME_DAY_1231)
    data = progress_json(store)
    assert data["reference_date"] == "2019-12-31"
    # 46, 48, 49 (the later upload of 31/12 wins over 52): Sxy = (−17756 + 2640 + 16219)/3 = 1103/3,
    # slope 3309/261582 a day.
    check(data["city"][1], {"current": 49, "remaining": 18, "observed_pace": 3309 / 261582 * M})
    by_code = {w["code"]: w["goals"] for w in data["wards"]}
    assert by_code["31825"][0]["current"] == 6  # Phường 1 has 6 in the later file, 4 in the earlier


def test_text_after_two_imports_vi_and_en(two_imports: Path) -> None:
    code, out, _ = cli("progress", "--data-dir", two_imports)
    assert code == 0
    lines = out.splitlines()
    # 15 more in 366/M ≈ 12.02 months, ≈ 1.25 a month; pace ≈ 0.73; met around 15/09/2021.
    assert lines[:3] == [
        "Tiến độ tính đến ngày 31/12/2019:",
        "  Mục tiêu 70 % đến 31/12/2019: Đã đạt. 52 khóm, ấp đã kiêm nhiệm, mục tiêu là 47.",
        "  Mục tiêu 100 % đến 31/12/2020: Cần tăng tốc. Cần thêm 15 khóm, ấp trong 12,0 tháng: 1,25 khóm, ấp "
        "mỗi tháng; tốc độ hiện tại 0,73. Với tốc độ này, đạt vào khoảng 15/09/2021.",
    ]
    assert lines[3].split() == ["Phường", "1", "Dậm", "chân", "tại", "chỗ,", "Dậm", "chân", "tại", "chỗ"]
    assert lines[6].split() == ["Phường", "5", "Đã", "đạt,", "Đi", "lùi"]

    code, out, _ = cli("progress", "--data-dir", two_imports, "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == [
        "Progress as of 31/12/2019:",
        "  Goal 70% by 31/12/2019: Achieved. 52 hamlets concurrent, the goal is 47.",
        "  Goal 100% by 31/12/2020: Acceleration needed. 15 more hamlets in 12.0 months: 1.25 hamlets a month; "
        "the current pace is 0.73. At this pace, met around 15/09/2021.",
    ]
    assert lines[3].split() == ["Phường", "1", "Stagnation,", "Stagnation"]
    assert lines[6].split() == ["Phường", "5", "Achieved,", "Regression"]
    assert len(lines) == 13


def test_text_when_missed(two_imports: Path) -> None:
    code, out, _ = cli("progress", "--data-dir", two_imports, "--as-of", "2021-01-31", "--lang", "en")
    assert code == 0
    assert out.splitlines()[2] == "  Goal 100% by 31/12/2020: Missed. The deadline has passed with 15 hamlets short."


@pytest.mark.parametrize(
    "args",
    [
        ("--as-of", "2019-13-01"),
        ("--as-of", "31/12/2019"),
        ("--as-of", ""),
        ("--lang", "fr"),
        ("--bogus",),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    code, out, err = cli("progress", "--data-dir", tmp_path, *args)
    assert code == 2
    assert out == ""
    assert "usage" in err.lower()
    assert list(tmp_path.iterdir()) == []


def test_the_same_report_in_a_real_process(two_imports: Path) -> None:
    in_process = progress_json(two_imports, "--as-of", "2020-06-30")
    done = cli_process("progress", "--json", "--as-of", "2020-06-30", "--data-dir", two_imports)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == in_process
    assert in_process["reference_date"] == "2020-06-30"
    # 31/12/2020 is 184 days after 30/06/2020: 15 more need 15·M/184 ≈ 2.48 a month.
    check(in_process["city"][1], {"required_pace": 15 * M / 184, "status": "acceleration needed"})
    bad = cli_process("progress", "--json", "--as-of", "2020-02-30", "--data-dir", two_imports)
    assert (bad.returncode, "Traceback" in bad.stderr) == (2, False)


def test_a_date_before_the_first_snapshot_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    code, _, err = cli("progress", "--as-of", "2019-01-01", "--data-dir", str(tmp_path))
    assert code == 1
    assert "Không có bản số liệu nào tính đến ngày 01/01/2019; bản đầu tiên tính đến ngày 06/05/2019." in err
    assert "Traceback" not in err
