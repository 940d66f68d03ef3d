"""The progress method (lib.analysis.progress), held to the issue's rules on small series computed by hand.

The rules: the baseline is the earliest snapshot; target count = ceil(target % × hamlets / 100); remaining =
max(0, target − current); the reference date is the as-of date being viewed; months left = days / 30.4375;
required pace = remaining / months left (None once the deadline has passed or is today); observed pace = the
least-squares slope of the count over the as-of dates (hamlets a month, None with fewer than 2 snapshots);
projected = current + pace × months left, clamped to [0, hamlets]; r = (projected − baseline) / (target −
baseline); status as in lib.core.schema.STATUSES; forecast = reference + remaining / pace months.

Most series use three dates 60 days apart, so the least-squares slope is (last − first) / 120 per day and a pace
in hamlets a month is that × 30.4375:
    D0 = 01/01/2019, D1 = 02/03/2019 (D0 + 60), D2 = 01/05/2019 (D0 + 120), DL = 28/09/2019 (D2 + 150).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from lib.analysis.progress import GoalProgress, UnitProgress, months_between, observed_pace, report, series_until
from lib.core.model import Goal, Snapshot
from lib.core.schema import DAYS_PER_MONTH, PROGRESS_THRESHOLDS, STATUSES
from lib.ingest.units import ward_table
from lib.present import texts

M = 30.4375  # days in a month, as the issue states it
D0, D1, D2 = date(2019, 1, 1), date(2019, 3, 2), date(2019, 5, 1)
D3 = date(2019, 6, 30)  # D0 + 180
DL = date(2019, 9, 28)  # D2 + 150
STEADY = ((D0, 4), (D1, 5), (D2, 6))  # +1 every 60 days: slope 2/120 = 1/60 a day, pace M/60 ≈ 0.5073 a month
FLAT = ((D0, 4), (D1, 4), (D2, 4))
FALLING = ((D0, 6), (D1, 5), (D2, 4))  # slope −1/60 a day
GOLDEN = Path(__file__).resolve().parent / "golden"
GOAL_KEYS = {
    "deadline",
    "target_pct",
    "target_count",
    "current",
    "remaining",
    "required_pace",
    "observed_pace",
    "projected",
    "r",
    "status",
    "forecast_date",
}

Point = tuple[date, int] | tuple[date, int, int]


def observations(points: tuple[Point, ...], ward: str = "A") -> pd.DataFrame:
    """One ward's counts as store.observations() gives them; a point's third item is its upload order.

    Snapshot ids run against the upload order, so only `order` can tell which same-day upload came last.
    """
    rows = []
    for i, point in enumerate(points):
        order = point[2] if len(point) == 3 else i + 1  # type: ignore[misc]
        rows.append(
            {"snapshot": 1000 - order, "order": order, "as_of": point[0], "ward_code": ward, "concurrent": point[1]}
        )
    return pd.DataFrame(rows, columns=["snapshot", "order", "as_of", "ward_code", "concurrent"])


def one_ward(hamlets: int) -> pd.DataFrame:
    return pd.DataFrame([{"code": "A", "ward": "Phường A", "kind": "phường", "hamlets": hamlets}])


def judged(points: tuple[Point, ...], hamlets: int, goal: Goal, reference: date) -> GoalProgress:
    """The goal judged for a city of one ward: the city and its only ward must agree."""
    city, wards, kinds = report(observations(points), one_ward(hamlets), (goal,), reference)
    assert city.hamlets == wards[0].hamlets == kinds[0].hamlets == hamlets
    assert city.goals == wards[0].goals == kinds[0].goals
    return city.goals[0]


def check(got: GoalProgress, expected: dict[str, Any]) -> None:
    for name, value in expected.items():
        actual = getattr(got, name)
        if isinstance(value, float):
            assert actual == pytest.approx(value, rel=1e-9, abs=1e-12), name
        else:
            assert actual == value, name


@dataclass(frozen=True)
class Case:
    id: str
    points: tuple[Point, ...]
    hamlets: int
    target_pct: float
    deadline: date
    reference: date
    expected: dict[str, Any]


CASES = [
    # One snapshot: 6 of 10, goal 80 % -> 8 by DL, 150 days = 150/M months away; 2 more needed.
    Case(
        "single snapshot",
        ((D2, 6),),
        10,
        80,
        DL,
        D2,
        {
            "status": "insufficient data",
            "target_count": 8,
            "current": 6,
            "remaining": 2,
            "months_left": 150 / M,
            "required_pace": 2 / (150 / M),  # ≈ 0.4058 a month
            "observed_pace": None,
            "projected": None,
            "r": None,
            "forecast_date": None,
        },
    ),
    # 4, 5, 6 toward 8 by DL: projected 6 + (M/60)·(150/M) = 6 + 150/60 = 8.5; r = (8.5 − 4)/(8 − 4) = 1.125.
    # Forecast: 2 / (M/60) months = 120 days after D2 = 29/08/2019.
    Case(
        "steady, on track",
        STEADY,
        10,
        80,
        DL,
        D2,
        {
            "status": "on track",
            "target_count": 8,
            "current": 6,
            "remaining": 2,
            "months_left": 150 / M,
            "required_pace": 2 * M / 150,
            "observed_pace": M / 60,
            "projected": 8.5,
            "r": 1.125,
            "forecast_date": date(2019, 8, 29),
        },
    ),
    # The same series toward 10 (100 %): r = (8.5 − 4)/(10 − 4) = 0.75; 4 more take 240 days: 27/12/2019.
    Case(
        "slow, acceleration needed",
        STEADY,
        10,
        100,
        DL,
        D2,
        {
            "status": "acceleration needed",
            "target_count": 10,
            "remaining": 4,
            "required_pace": 4 * M / 150,  # ≈ 0.8117
            "observed_pace": M / 60,
            "projected": 8.5,
            "r": 0.75,
            "forecast_date": date(2019, 12, 27),
        },
    ),
    # 4, 4, 4: pace 0, projected 4 = baseline, r = 0; no forecast at a pace of 0.
    Case(
        "flat, stagnation",
        FLAT,
        10,
        80,
        DL,
        D2,
        {
            "status": "stagnation",
            "remaining": 4,
            "required_pace": 4 * M / 150,
            "observed_pace": 0.0,
            "projected": 4.0,
            "r": 0.0,
            "forecast_date": None,
        },
    ),
    # 4, 4, 5 of 40 toward 40: slope (dx −60, 0, 60; dy −1/3, −1/3, 2/3) = 60/7200 = 1/120 a day;
    # projected 5 + 150/120 = 6.25; r = 2.25/36 = 0.0625 (< 0.10 with a positive pace); 35 more take 4200 days.
    Case(
        "slow growth, stagnation",
        ((D0, 4), (D1, 4), (D2, 5)),
        40,
        100,
        DL,
        D2,
        {
            "status": "stagnation",
            "target_count": 40,
            "remaining": 35,
            "observed_pace": M / 120,
            "projected": 6.25,
            "r": 0.0625,
            "forecast_date": D2 + timedelta(days=35 * 120),
        },
    ),
    # 6, 5, 4 toward 8: pace −M/60, projected 4 − 2.5 = 1.5, r = (1.5 − 6)/(8 − 6) = −2.25.
    Case(
        "falling, regression",
        FALLING,
        10,
        80,
        DL,
        D2,
        {
            "status": "regression",
            "remaining": 4,
            "observed_pace": -M / 60,
            "projected": 1.5,
            "r": -2.25,
            "forecast_date": None,
        },
    ),
    # 70 % of 10 = 7, met at the baseline and kept: achieved, nothing remains; r undefined (target = baseline).
    Case(
        "met at the baseline and kept",
        ((D0, 7), (D1, 8), (D2, 8)),
        10,
        70,
        DL,
        D2,
        {
            "status": "achieved",
            "target_count": 7,
            "current": 8,
            "remaining": 0,
            "required_pace": 0.0,
            "r": None,
            "forecast_date": None,
        },
    ),
    # 7, 7, 6 toward 7: met at the baseline, lost since; slope (dy 1/3, 1/3, −2/3) = −60/7200 = −1/120 a day.
    Case(
        "met at the baseline and lost",
        ((D0, 7), (D1, 7), (D2, 6)),
        10,
        70,
        DL,
        D2,
        {
            "status": "regression",
            "current": 6,
            "remaining": 1,
            "observed_pace": -M / 120,
            "projected": 6 - 150 / 120,
            "r": None,
            "forecast_date": None,
        },
    ),
    # 7, 1, 5, 6 (D0..D3, 60 days apart) toward 7: lost since the baseline although the slope is now positive:
    # dx −90, −30, 30, 90; dy 2.25, −3.75, 0.25, 1.25 -> 30/18000 = 1/600 a day. Still "regression" (the issue).
    # DL is 90 days after D3: projected 6 + 90/600 = 6.15; 1 more takes 600 days.
    Case(
        "met at the baseline, lost, rising again",
        ((D0, 7), (D1, 1), (D2, 5), (D3, 6)),
        10,
        70,
        DL,
        D3,
        {
            "status": "regression",
            "remaining": 1,
            "months_left": 90 / M,
            "observed_pace": M / 600,
            "projected": 6.15,
            "r": None,
            "forecast_date": D3 + timedelta(days=600),
        },
    ),
    # Deadline 01/04/2019, 30 days before the reference D2, with 6 < 8: missed; no pace is required any more.
    Case(
        "deadline passed, missed",
        STEADY,
        10,
        80,
        date(2019, 4, 1),
        D2,
        {
            "status": "missed",
            "remaining": 2,
            "months_left": -30 / M,
            "required_pace": None,
            "observed_pace": M / 60,
            "forecast_date": date(2019, 8, 29),  # 2 / (M/60) months = 120 days after D2
        },
    ),
    # The reference date on the deadline: not missed; 0 months left so no required pace; projected = current 6;
    # r = (6 − 4)/(8 − 4) = 0.5.
    Case(
        "reference on the deadline",
        STEADY,
        10,
        80,
        D2,
        D2,
        {
            "status": "acceleration needed",
            "months_left": 0.0,
            "required_pace": None,
            "projected": 6.0,
            "r": 0.5,
            "forecast_date": date(2019, 8, 29),
        },
    ),
    # A ward of one hamlet: 70 % of 1 = 0.7 -> 1 hamlet, 100 % -> 1.
    Case(
        "one hamlet, 70 %, none yet",
        ((D2, 0),),
        1,
        70,
        DL,
        D2,
        {"status": "insufficient data", "target_count": 1, "remaining": 1, "required_pace": M / 150},
    ),
    Case(
        "one hamlet, 70 %, met",
        ((D0, 0), (D2, 1)),
        1,
        70,
        DL,
        D2,
        {"status": "achieved", "target_count": 1, "remaining": 0},
    ),
    Case(
        "one hamlet, 100 %, met",
        ((D0, 0), (D2, 1)),
        1,
        100,
        DL,
        D2,
        {"status": "achieved", "target_count": 1, "current": 1, "remaining": 0},
    ),
    # 4, 5, 6 toward 10 by 31/12/2019 (244 days after D2): 6 + 244/60 ≈ 10.07 is clamped to 10; r = 6/6 = 1.
    Case(
        "projected clamped to the hamlets",
        STEADY,
        10,
        100,
        date(2019, 12, 31),
        D2,
        {
            "status": "on track",
            "required_pace": 4 * M / 244,
            "projected": 10.0,
            "r": 1.0,
            "forecast_date": date(2019, 12, 27),
        },
    ),
    # 6, 5, 4 toward 8 by 31/12/2020 (610 days after D2): 4 − 610/60 ≈ −6.2 is clamped to 0; r = −6/2 = −3.
    Case(
        "projected clamped to 0",
        FALLING,
        10,
        80,
        date(2020, 12, 31),
        D2,
        {"status": "regression", "projected": 0.0, "r": -3.0, "months_left": 610 / M},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_judged_by_hand(case: Case) -> None:
    got = judged(case.points, case.hamlets, Goal(case.deadline, case.target_pct), case.reference)
    assert got.status in STATUSES
    assert (got.deadline, got.target_pct) == (case.deadline, case.target_pct)
    check(got, case.expected)


@pytest.mark.parametrize(
    ("points", "target_pct"),
    [
        (((D0, 8), (D1, 8), (D2, 9)), 70),  # 8 ≥ 7 at the baseline, kept: achieved
        (((D0, 8), (D1, 7), (D2, 6)), 70),  # 8 ≥ 7 at the baseline, 6 now: regression
        (((D2, 9),), 70),  # one snapshot above the target
    ],
    ids=["kept", "lost", "single"],
)
def test_baseline_above_the_target_status(points: tuple[Point, ...], target_pct: float) -> None:
    got = judged(points, 10, Goal(DL, target_pct), points[-1][0])
    assert got.status == ("achieved" if got.current >= 7 else "regression")
    assert got.target_count == 7


def test_r_is_undefined_when_the_baseline_already_meets_the_target() -> None:
    lost = judged(((D0, 8), (D1, 7), (D2, 6)), 10, Goal(DL, 70), D2)  # projected 6 − 2.5 = 3.5
    kept = judged(((D0, 8), (D1, 8), (D2, 9)), 10, Goal(DL, 70), D2)
    assert (lost.status, kept.status) == ("regression", "achieved")
    assert (lost.r, kept.r) == (None, None)
    assert lost.as_json()["r"] is None
    assert kept.as_json()["r"] is None


@pytest.mark.parametrize(
    ("days_left", "status"),
    [
        # 0 then 50 of 100 over 60 days (slope 5/6 a day) toward 100: projected 50 + 5d/6, r = projected/100.
        (55, "on track"),  # 50 + 45.83 -> r ≈ 0.958
        (53, "acceleration needed"),  # 50 + 44.17 -> r ≈ 0.942
    ],
)
def test_the_on_track_threshold(days_left: int, status: str) -> None:
    assert PROGRESS_THRESHOLDS["on track"] == 0.95
    got = judged(((D0, 0), (D1, 50)), 100, Goal(D1 + timedelta(days=days_left), 100), D1)
    assert got.r == pytest.approx((50 + 5 * days_left / 6) / 100)
    assert got.status == status


@pytest.mark.parametrize(
    ("days_left", "status"),
    [
        # 0 then 6 of 100 over 60 days (slope 0.1 a day) toward 100: projected 6 + 0.1·d, r = projected/100.
        (41, "acceleration needed"),  # r = 0.101
        (39, "stagnation"),  # r = 0.099
    ],
)
def test_the_acceleration_threshold(days_left: int, status: str) -> None:
    assert PROGRESS_THRESHOLDS["acceleration needed"] == 0.10
    got = judged(((D0, 0), (D1, 6)), 100, Goal(D1 + timedelta(days=days_left), 100), D1)
    assert got.r == pytest.approx((6 + 0.1 * days_left) / 100)
    assert got.status == status


def test_counts_not_percentages_drive_the_status() -> None:
    # 70 % of 67 = 46.9: 46 hamlets (68.7 %, rounding to 69 %, close to 70 %) is not enough, 47 is.
    short = judged(((D0, 46),), 67, Goal(DL, 70), D0)
    met = judged(((D0, 46), (D2, 47)), 67, Goal(DL, 70), D2)
    assert (short.target_count, short.remaining, short.status) == (47, 1, "insufficient data")
    assert (met.target_count, met.remaining, met.status) == (47, 0, "achieved")


def test_the_same_day_keeps_the_last_upload() -> None:
    # On D1, upload 3 (5) comes after upload 2 (9); on D2 upload 5 (3) after upload 4 (6), listed first.
    points: tuple[Point, ...] = ((D0, 4, 1), (D1, 5, 3), (D1, 9, 2), (D2, 3, 5), (D2, 6, 4))
    series = series_until(observations(points), D2)
    assert list(series["as_of"]) == [D0, D1, D2]
    assert list(series["concurrent"]) == [4, 5, 3]
    got = judged(points, 10, Goal(DL, 80), D2)
    # 4, 5, 3: dx −60, 0, 60; dy 0, 1, −1 -> −60/7200 = −1/120 a day; the current count is the later 3.
    check(got, {"current": 3, "remaining": 5, "observed_pace": -M / 120, "status": "regression"})


def test_the_same_day_as_the_baseline_keeps_the_last_upload() -> None:
    points: tuple[Point, ...] = ((D0, 4, 2), (D0, 2, 1), (D1, 5, 3), (D2, 6, 4))
    got = judged(points, 10, Goal(DL, 80), D2)
    assert got == judged(STEADY, 10, Goal(DL, 80), D2)  # the baseline is 4, the later upload
    assert got.r == pytest.approx(1.125)


def test_the_reference_date_cuts_off_later_snapshots() -> None:
    later = (*STEADY, (date(2019, 6, 30), 9), (date(2019, 8, 1), 10))
    got = judged(later, 10, Goal(DL, 80), D2)
    assert got == judged(STEADY, 10, Goal(DL, 80), D2)
    check(got, {"current": 6, "observed_pace": M / 60, "projected": 8.5, "r": 1.125})
    # Between two snapshots, the last one up to the reference date is current; months count from the reference.
    between = judged(later, 10, Goal(DL, 80), date(2019, 6, 1))
    check(between, {"current": 6, "months_left": (DL - date(2019, 6, 1)).days / M})


def test_a_reference_date_after_the_last_snapshot_still_counts_months_from_it() -> None:
    # The reference date, not the last as-of date, sets the months left: 31 days after D2 there are 119 left.
    got = judged(STEADY, 10, Goal(DL, 80), date(2019, 6, 1))
    check(got, {"months_left": 119 / M, "required_pace": 2 * M / 119, "projected": 6 + 119 / 60})


def test_observed_pace_is_the_least_squares_slope() -> None:
    def pace(points: tuple[Point, ...]) -> float | None:
        return observed_pace(series_until(observations(points), date(2030, 1, 1)))

    assert pace(((D2, 6),)) is None
    assert pace(((D0, 4), (D2, 6))) == pytest.approx(2 / 120 * M)
    # Uneven dates: 0, 31, 90 days with 10, 12, 13. mean x 121/3, mean y 35/3;
    # dx −121/3, −28/3, 149/3; dy −5/3, 1/3, 4/3 -> Sxy = (605 − 28 + 596)/9 = 1173/9,
    # Sxx = (14641 + 784 + 22201)/9 = 37626/9; slope 1173/37626 a day.
    uneven = ((D0, 10), (date(2019, 2, 1), 12), (date(2019, 4, 1), 13))
    assert pace(uneven) == pytest.approx(1173 / 37626 * M)


def test_months_between() -> None:
    assert DAYS_PER_MONTH == M
    assert months_between(date(2019, 5, 6), date(2019, 12, 31)) == pytest.approx(239 / M)  # ≈ 7.85
    assert months_between(date(2019, 12, 31), date(2020, 12, 31)) == pytest.approx(366 / M)  # 2020 is a leap year
    assert months_between(date(2019, 12, 31), date(2019, 5, 6)) == pytest.approx(-239 / M)
    assert months_between(D2, D2) == 0.0
    assert months_between(D0, D0 + timedelta(days=487)) == pytest.approx(16.0)  # 16 × 30.4375 = 487


def test_the_forecast_is_remaining_over_pace_months_after_the_reference() -> None:
    # 0 then 1 a week later: 1/7 a day = M/7 a month. 9 more of 10 take 9 / (M/7) months = 63 days: 12/03/2019.
    got = judged(((D0, 0), (D0 + timedelta(days=7), 1)), 10, Goal(date(2019, 12, 31), 100), D0 + timedelta(days=7))
    check(got, {"remaining": 9, "observed_pace": M / 7, "forecast_date": date(2019, 3, 12)})
    # The forecast does not depend on the deadline, only on the pace and what remains.
    later = judged(((D0, 0), (D0 + timedelta(days=7), 1)), 10, Goal(date(2020, 12, 31), 100), D0 + timedelta(days=7))
    assert later.forecast_date == date(2019, 3, 12)


# --- report() on the embedded units -------------------------------------------------------------------------


def city_observations(baseline: Snapshot) -> pd.DataFrame:
    """The 06/05/2019 baseline (46) and the golden hamlet list of 30/09/2019 (48), ward by ward."""
    first = baseline.ward_counts.rename(columns={"code": "ward_code"})[["ward_code", "concurrent"]]
    first = first.assign(snapshot=1, order=1, as_of=date(2019, 5, 6))
    expected = json.loads((GOLDEN / "expected.json").read_text(encoding="utf-8"))["hamlets_2019-09-30.xlsx"]
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


def test_the_ward_panels_of_a_province_are_the_thirty_furthest_from_the_goal() -> None:
    """200 wards cannot be 200 panels (3,300 made Plotly refuse the figure): the 30 needing most are drawn."""
    from lib.present.charts import wards_progress_figure

    goal = Goal(date(2019, 12, 31), 70.0)
    wards = pd.DataFrame(
        {"code": [f"{i:05d}" for i in range(200)], "ward": [f"Xã {i}" for i in range(200)], "kind": "xã"}
    )
    wards["hamlets"] = 10
    rows = [
        {"snapshot": 1, "order": 1, "as_of": date(2019, 5, 6), "ward_code": code, "concurrent": i % 8}
        for i, code in enumerate(wards["code"])
    ]
    _, per_ward, _ = report(pd.DataFrame(rows), wards, (goal,), date(2019, 5, 6))
    fig = wards_progress_figure(per_ward, 0, "vi", False).to_plotly_json()
    panels = [a["text"].split("<br>")[0] for a in fig["layout"]["annotations"] if "<br>" in a["text"]]
    assert len(panels) == 30
    concurrent = sorted(int(name.split()[1]) % 8 for name in panels)
    assert concurrent == [0] * 25 + [1] * 5  # the 25 with none of 10 (7 still needed), then 5 of those with one
    assert fig["layout"]["title"]["text"] == "30 phường, xã xa mục tiêu 70 % nhất; 170 đơn vị khác ở bảng dưới"
