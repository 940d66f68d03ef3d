"""The progress method (lib.analysis.progress), held to the issue's rules on small series computed by hand.

The rules: the baseline is the earliest snapshot; target count = ceil(target % × hamlets / 100); remaining =
max(0, target − current); the reference date is the as-of date being viewed; months left = days / 30.4375;
required pace = remaining / months left (None once the deadline has passed or is today); observed pace = the
least-squares slope of the count over the as-of dates (hamlets a month, None with fewer than 2 snapshots);
projected = current + pace × months left, clamped to [0, hamlets]; r = (projected − baseline) / (target −
baseline); status as in lib.core.schema.STATUSES; forecast = reference + remaining / pace months.

The series (D0, D1, D2 and DL, 60 days apart and more) are in tests/progress_series.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest

from lib.analysis import scenario
from lib.core.model import Goal
from lib.core.schema import STATUSES
from lib.present import texts
from tests.progress_series import (
    D0,
    D1,
    D2,
    D3,
    DL,
    FALLING,
    FLAT,
    STEADY,
    M,
    Point,
    check,
    judged,
)


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


GOALS_2019 = (Goal(date(2019, 12, 31), 70.0), Goal(date(2020, 12, 31), 100.0))


@pytest.mark.parametrize(
    ("current", "reference", "conversions", "said"),
    [
        # 46 of 67 in May 2019, nothing planned: neither goal is met by a plan
        (46, date(2019, 5, 6), {}, ["Chưa đạt trong kịch bản", "Chưa đạt trong kịch bản"]),
        # one hamlet in 10/2019 meets 70 % (47) on time; the second goal needs 21 more
        (46, date(2019, 5, 6), {"a": date(2019, 10, 1)}, ["Đạt vào 10/2019 (đúng hạn)", "Chưa đạt trong kịch bản"]),
        (46, date(2019, 5, 6), {"a": date(2020, 3, 1)}, ["Đạt vào 03/2020 (trễ hạn)", "Chưa đạt trong kịch bản"]),
        # 49 recorded in 06/2020, nothing planned: the 70 % goal is met already, not "met in 06/2020 (late)"
        (49, date(2020, 6, 30), {}, ["Đã đạt theo số liệu hiện có", "Chưa đạt trong kịch bản"]),
        (67, date(2020, 6, 30), {}, ["Đã đạt theo số liệu hiện có", "Đã đạt theo số liệu hiện có"]),
    ],
)
def test_a_scenario_says_when_each_goal_is_met_and_when_it_is_met_already(
    current: int, reference: date, conversions: dict[str, date], said: list[str]
) -> None:
    planned = scenario.plan(current, 67, reference, conversions, GOALS_2019)
    texts_said = [
        texts.planned_met(month, goal, "vi", already)
        for goal, month, already in zip(GOALS_2019, planned.met, planned.already, strict=True)
    ]
    assert texts_said == said
