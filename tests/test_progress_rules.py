"""The progress method's rules beside the cases: the thresholds, counts not shares, same-day uploads, the reference
date, the least-squares pace, months and the forecast (lib.analysis.progress)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lib.analysis.progress import months_between, observed_pace, series_until
from lib.core.model import Goal
from lib.core.schema import DAYS_PER_MONTH, PROGRESS_THRESHOLDS
from tests.progress_series import (
    D0,
    D1,
    D2,
    DL,
    STEADY,
    M,
    Point,
    check,
    judged,
    observations,
)


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
