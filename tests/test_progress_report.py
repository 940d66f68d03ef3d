"""The progress report on the embedded units (city, wards, kinds), its JSON, the status sentence of the page and
the CLI, and the observations a snapshot is judged on."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

from lib.analysis.progress import UnitProgress, report
from lib.core.model import Goal, Snapshot
from lib.core.schema import STATUSES
from lib.ingest.units import ward_table
from lib.present import texts
from tests.helpers import GOLDEN_EXPECTED
from tests.progress_series import (
    D2,
    DL,
    GOAL_KEYS,
    STEADY,
    M,
    Point,
    check,
    judged,
)

# --- report() on the embedded units -------------------------------------------------------------------------


def city_observations(baseline: Snapshot) -> pd.DataFrame:
    """The 06/05/2019 baseline (46) and the golden hamlet list of 30/09/2019 (48), ward by ward."""
    first = baseline.ward_counts.rename(columns={"code": "ward_code"})[["ward_code", "concurrent"]]
    first = first.assign(snapshot=1, order=1, as_of=date(2019, 5, 6))
    expected = GOLDEN_EXPECTED["hamlets_2019-09-30.xlsx"]
    second = pd.DataFrame(
        [
            {
                "snapshot": 2,
                "order": 2,
                "as_of": date(2019, 9, 30),
                "ward_code": w["code"],
                "concurrent": w["concurrent"],
            }
            for w in expected["wards"]
        ]
    )
    return pd.concat([first, second], ignore_index=True)[["snapshot", "order", "as_of", "ward_code", "concurrent"]]


@pytest.fixture(scope="module")
def golden_report(
    units: pd.DataFrame, baseline: Snapshot, goals: tuple[Goal, ...]
) -> tuple[UnitProgress, list[UnitProgress], list[UnitProgress]]:
    return report(city_observations(baseline), ward_table(units), goals, date(2019, 9, 30))


def test_report_gives_the_city_ten_wards_and_two_kinds(
    golden_report: tuple[UnitProgress, list[UnitProgress], list[UnitProgress]], units: pd.DataFrame
) -> None:
    city, wards, kinds = golden_report
    table = ward_table(units)
    assert (city.code, city.hamlets) == ("city", 67)
    assert [(w.code, w.name, w.hamlets) for w in wards] == list(
        zip(table["code"], table["ward"], table["hamlets"], strict=True)
    )
    assert len(wards) == 10
    assert [(k.code, k.hamlets) for k in kinds] == [("phường", 49), ("xã", 18)]
    assert list(city.series["concurrent"]) == [46, 48]
    # Phường 1..Nhà Mát: 4+5+5+6+6+5+4 = 35 then 4+5+6+7+6+5+4 = 37; the xã: 6+4+1 = 11 both times.
    assert [list(k.series["concurrent"]) for k in kinds] == [[35, 37], [11, 11]]
    for unit in [city, *wards, *kinds]:
        assert [g.deadline for g in unit.goals] == [date(2019, 12, 31), date(2020, 12, 31)]
        assert all(g.status in STATUSES for g in unit.goals)


def test_report_city_numbers_by_hand(
    golden_report: tuple[UnitProgress, list[UnitProgress], list[UnitProgress]],
) -> None:
    city, _, _ = golden_report
    seventy, hundred = city.goals
    # 70 % of 67 = 46.9 -> 47; 48 ≥ 47.
    check(seventy, {"status": "achieved", "target_count": 47, "current": 48, "remaining": 0, "forecast_date": None})
    # 46 on 06/05 then 48 on 30/09 (147 days): 2/147 a day = 2M/147 ≈ 0.4141 a month. 31/12/2020 is 458 days
    # after 30/09/2019: required 19 / (458/M) ≈ 1.2627; projected 48 + 2·458/147 ≈ 54.23; r ≈ 8.23/21 ≈ 0.392.
    check(
        hundred,
        {
            "status": "acceleration needed",
            "target_count": 67,
            "current": 48,
            "remaining": 19,
            "months_left": 458 / M,
            "required_pace": 19 * M / 458,
            "observed_pace": 2 * M / 147,
            "projected": 48 + 2 * 458 / 147,
            "r": (48 + 2 * 458 / 147 - 46) / 21,
        },
    )


def test_report_ward_and_kind_statuses_by_hand(
    golden_report: tuple[UnitProgress, list[UnitProgress], list[UnitProgress]],
) -> None:
    _, wards, kinds = golden_report
    by_code = {w.code: w for w in wards}
    # Phường 5: 6 -> 7 of 7, both goals met.
    assert [g.status for g in by_code["31819"].goals] == ["achieved", "achieved"]
    # Xã Hiệp Thành: 1 -> 1 of 4 (70 % -> 3): pace 0, r = 0: stagnation for both.
    hiep_thanh = by_code["31840"].goals
    assert [(g.target_count, g.status, g.r) for g in hiep_thanh] == [(3, "stagnation", 0.0), (4, "stagnation", 0.0)]
    # Phường 3: 5 -> 6 of 7 (70 % -> 5, baseline 5 = target): achieved, r undefined.
    assert (by_code["31816"].goals[0].status, by_code["31816"].goals[0].r) == ("achieved", None)
    # The xã together: 11 -> 11 of 18 (70 % -> 12.6 -> 13): stagnation.
    assert [(g.target_count, g.status) for g in kinds[1].goals] == [(13, "stagnation"), (18, "stagnation")]
    # The phường: 35 -> 37 of 49 (70 % -> 34.3 -> 35): achieved; 100 %: projected 37 + 2·458/147 ≈ 43.2,
    # r = (43.23 − 35)/(49 − 35) ≈ 0.588: acceleration needed.
    phuong = kinds[0].goals
    assert phuong[0].status == "achieved"
    check(phuong[1], {"status": "acceleration needed", "r": (37 + 2 * 458 / 147 - 35) / 14})


def test_as_json_has_exactly_the_goal_keys(
    golden_report: tuple[UnitProgress, list[UnitProgress], list[UnitProgress]],
) -> None:
    city, wards, kinds = golden_report
    for unit in [city, *wards, *kinds]:
        for goal in unit.goals:
            data = goal.as_json()
            assert set(data) == GOAL_KEYS
            json.dumps(data)  # plain JSON values
    data = city.goals[1].as_json()
    assert (data["deadline"], data["target_pct"], data["status"]) == ("2020-12-31", 100.0, "acceleration needed")
    assert data["required_pace"] == pytest.approx(19 * M / 458, abs=1e-4)
    assert data["observed_pace"] == pytest.approx(2 * M / 147, abs=1e-4)
    single = judged(((D2, 6),), 10, Goal(DL, 80), D2).as_json()
    assert [single[k] for k in ("observed_pace", "projected", "r", "forecast_date")] == [None] * 4
    steady = judged(STEADY, 10, Goal(DL, 80), D2).as_json()
    assert steady["forecast_date"] == "2019-08-29"


# --- the sentence of the progress page and the CLI ---------------------------------------------------------


def test_goal_status_line_insufficient_data() -> None:
    # 46 of 67 on 06/05/2019, 70 % -> 47 by 31/12/2019: 1 more in 239/M ≈ 7.85 months, 0.127 a month.
    goal = judged(((date(2019, 5, 6), 46),), 67, Goal(date(2019, 12, 31), 70), date(2019, 5, 6))
    assert texts.goal_status_line(goal, "vi") == (
        "Mục tiêu 70 % đến 31/12/2019: Chưa đủ số liệu. Cần thêm 1 khóm, ấp trong 7,9 tháng: 0,13 khóm, ấp mỗi "
        "tháng; chưa tính được tốc độ (cần ít nhất 2 bản số liệu)."
    )
    assert texts.goal_status_line(goal, "en") == (
        "Goal 70% by 31/12/2019: Insufficient data. 1 more hamlet in 7.9 months: 0.13 hamlets a month; "
        "no pace yet (at least 2 snapshots are needed)."
    )


def test_goal_status_line_with_a_pace_and_a_forecast() -> None:
    # STEADY toward 10 by DL: 4 more in 150/M ≈ 4.93 months, 0.81 a month; pace M/60 ≈ 0.51; met 27/12/2019.
    goal = judged(STEADY, 10, Goal(DL, 100), D2)
    assert texts.goal_status_line(goal, "vi") == (
        "Mục tiêu 100 % đến 28/09/2019: Cần tăng tốc. Cần thêm 4 khóm, ấp trong 4,9 tháng: 0,81 khóm, ấp mỗi "
        "tháng; tốc độ hiện tại 0,51. Với tốc độ này, đạt vào khoảng 27/12/2019."
    )
    assert texts.goal_status_line(goal, "en") == (
        "Goal 100% by 28/09/2019: Acceleration needed. 4 more hamlets in 4.9 months: 0.81 hamlets a month; "
        "the current pace is 0.51. At this pace, met around 27/12/2019."
    )


def test_goal_status_line_achieved_and_missed() -> None:
    points: tuple[Point, ...] = ((date(2019, 5, 6), 46), (date(2019, 12, 31), 52))
    achieved = judged(points, 67, Goal(date(2019, 12, 31), 70), date(2019, 12, 31))
    assert texts.goal_status_line(achieved, "vi") == (
        "Mục tiêu 70 % đến 31/12/2019: Đã đạt. 52 khóm, ấp đã kiêm nhiệm, mục tiêu là 47."
    )
    assert texts.goal_status_line(achieved, "en") == (
        "Goal 70% by 31/12/2019: Achieved. 52 hamlets concurrent, the goal is 47."
    )
    missed = judged(points, 67, Goal(date(2019, 9, 30), 100), date(2019, 12, 31))
    assert texts.goal_status_line(missed, "vi") == (
        "Mục tiêu 100 % đến 30/09/2019: Không đạt. Đã quá hạn, còn thiếu 15 khóm, ấp."
    )
    assert texts.goal_status_line(missed, "en") == (
        "Goal 100% by 30/09/2019: Missed. The deadline has passed with 15 hamlets short."
    )


@pytest.mark.parametrize(
    ("snapshot_id", "as_of", "current_id", "kept"),
    [
        (3, date(2019, 12, 31), 3, [1, 3]),  # the current snapshot: what came before, and itself for its day
        (2, date(2019, 12, 31), 2, [1, 2]),  # #3 of the same day was withdrawn by restoring #2
        (3, date(2019, 12, 31), 2, [1, 3]),  # looking at the withdrawn #3 itself: its own figure, not #2's
        (1, date(2019, 5, 6), 3, [1]),  # the baseline: nothing before it
    ],
)
def test_observed_until_keeps_what_a_snapshot_is_judged_on(
    snapshot_id: int, as_of: date, current_id: int, kept: list[int]
) -> None:
    from lib.analysis.progress import observed_until

    observations = pd.DataFrame(
        {
            "snapshot": [1, 2, 3],
            "order": [1, 2, 3],
            "as_of": [date(2019, 5, 6), date(2019, 12, 31), date(2019, 12, 31)],
            "ward_code": ["w", "w", "w"],
            "concurrent": [46, 49, 67],
        }
    )
    assert observed_until(observations, snapshot_id, as_of, current_id)["snapshot"].tolist() == kept
