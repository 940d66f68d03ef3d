"""Small series of snapshots for the progress tests, and the goal they give, judged for a city of one ward.

Most series use three dates 60 days apart, so the least-squares slope is (last − first) / 120 per day and a pace
in hamlets a month is that × 30.4375:
    D0 = 01/01/2019, D1 = 02/03/2019 (D0 + 60), D2 = 01/05/2019 (D0 + 120), DL = 28/09/2019 (D2 + 150).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest

from lib.analysis.progress import GoalProgress, report
from lib.core.model import Goal

M = 30.4375  # days in a month, as the issue states it
D0, D1, D2 = date(2019, 1, 1), date(2019, 3, 2), date(2019, 5, 1)
D3 = date(2019, 6, 30)  # D0 + 180
DL = date(2019, 9, 28)  # D2 + 150
STEADY = ((D0, 4), (D1, 5), (D2, 6))  # +1 every 60 days: slope 2/120 = 1/60 a day, pace M/60 ≈ 0.5073 a month
FLAT = ((D0, 4), (D1, 4), (D2, 4))
FALLING = ((D0, 6), (D1, 5), (D2, 4))  # slope −1/60 a day
GOAL_KEYS = {  # a goal in JSON: GoalProgress.as_json() and `progress --json`
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
        order = point[2] if len(point) == 3 else i + 1
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
