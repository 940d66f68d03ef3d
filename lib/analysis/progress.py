"""Progress toward each goal: observed and required pace, projection, the UN ratio r, status and forecast."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from lib.analysis.metrics import target_count
from lib.core.model import Goal
from lib.core.schema import DAYS_PER_MONTH, PROGRESS_THRESHOLDS


@dataclass(frozen=True)
class GoalProgress:
    """One goal judged for one unit (the city, a ward or a kind) as of a reference date."""

    deadline: date
    target_pct: float
    target_count: int
    current: int
    remaining: int
    months_left: float
    required_pace: float | None
    observed_pace: float | None
    projected: float | None
    r: float | None
    status: str
    forecast_date: date | None

    def as_json(self) -> dict[str, object]:
        """The GOAL object of `progress --json` (paces in hamlets per month, null where undefined)."""
        return {
            "deadline": self.deadline.isoformat(),
            "target_pct": float(self.target_pct),
            "target_count": self.target_count,
            "current": self.current,
            "remaining": self.remaining,
            "required_pace": _round(self.required_pace),
            "observed_pace": _round(self.observed_pace),
            "projected": _round(self.projected),
            "r": _round(self.r),
            "status": self.status,
            "forecast_date": self.forecast_date.isoformat() if self.forecast_date else None,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def months_between(start: date, end: date) -> float:
    """(end − start) in days / 30.4375."""
    return (end - start).days / DAYS_PER_MONTH


def series_until(points: pd.DataFrame, reference: date) -> pd.DataFrame:
    """The observations (columns as_of, concurrent) up to the reference date, one per day (the last one wins)."""
    kept = points[points["as_of"] <= reference].sort_values(["as_of", "order"])
    return kept.drop_duplicates("as_of", keep="last").reset_index(drop=True)


def observed_pace(series: pd.DataFrame) -> float | None:
    """Least-squares slope of the count over time, in hamlets per month; None with fewer than 2 dates."""
    if len(series) < 2:
        return None
    start = series["as_of"].iloc[0]
    x = [months_between(start, d) for d in series["as_of"]]
    y = [float(v) for v in series["concurrent"]]
    mean_x, mean_y = sum(x) / len(x), sum(y) / len(y)
    spread = sum((xi - mean_x) ** 2 for xi in x)
    if spread == 0:
        return None
    return sum((xi - mean_x) * (yi - mean_y) for xi, yi in zip(x, y, strict=True)) / spread


def judge(series: pd.DataFrame, hamlets: int, goal: Goal, reference: date) -> GoalProgress:
    """Judge one goal for one unit, following the method shown on the progress page."""
    baseline = int(series["concurrent"].iloc[0])
    current = int(series["concurrent"].iloc[-1])
    target = target_count(goal.target_pct, hamlets)
    remaining = max(0, target - current)
    months_left = months_between(reference, goal.deadline)
    passed = reference > goal.deadline
    required = remaining / months_left if months_left > 0 else None  # no pace is required once it has passed
    pace = observed_pace(series)
    projected = None if pace is None else min(max(current + pace * max(months_left, 0.0), 0.0), float(hamlets))
    r = None
    if projected is not None and target > baseline:  # undefined where the baseline already met the target
        r = (projected - baseline) / (target - baseline)
    status = _status(current, target, baseline, passed, pace, r)
    forecast = None
    if remaining > 0 and pace is not None and pace > 0:
        forecast = reference + timedelta(days=round(remaining / pace * DAYS_PER_MONTH))
    return GoalProgress(
        goal.deadline,
        goal.target_pct,
        target,
        current,
        remaining,
        months_left,
        required,
        pace,
        projected,
        r,
        status,
        forecast,
    )


def _status(current: int, target: int, baseline: int, passed: bool, pace: float | None, r: float | None) -> str:
    if current >= target:
        return "achieved"
    if passed:
        return "missed"
    if baseline >= target:  # the target was met at the baseline and lost since: r is undefined
        return "regression"
    if pace is None or r is None:
        return "insufficient data"
    if pace < 0 or r < 0:  # going the wrong way, or projected below the baseline
        return "regression"
    if r >= PROGRESS_THRESHOLDS["on track"]:
        return "on track"
    if r >= PROGRESS_THRESHOLDS["acceleration needed"]:
        return "acceleration needed"
    return "stagnation"


@dataclass(frozen=True)
class UnitProgress:
    """Every goal for one unit, with the series it was judged on."""

    code: str
    name: str
    hamlets: int
    series: pd.DataFrame
    goals: list[GoalProgress]


def unit_series(observations: pd.DataFrame, codes: list[str] | None) -> pd.DataFrame:
    """A unit's counts over time from per-ward observations (snapshot, order, as_of, ward_code, concurrent)."""
    rows = observations if codes is None else observations[observations["ward_code"].isin(codes)]
    return rows.groupby(["snapshot", "order", "as_of"])["concurrent"].sum().reset_index()


def report(
    observations: pd.DataFrame, wards: pd.DataFrame, goals: tuple[Goal, ...], reference: date
) -> tuple[UnitProgress, list[UnitProgress], list[UnitProgress]]:
    """The city, each ward and each kind, judged on every goal as of the reference date.

    observations: one row per snapshot and ward (snapshot, order, as_of, ward_code, concurrent);
    wards: the ward table of the master (code, ward, kind, hamlets).
    """

    def unit(code: str, name: str, series: pd.DataFrame, hamlets: int) -> UnitProgress:
        return UnitProgress(code, name, hamlets, series, [judge(series, hamlets, g, reference) for g in goals])

    def of(rows: pd.DataFrame) -> pd.DataFrame:
        return series_until(unit_series(rows, None), reference)

    city = unit("city", "", of(observations), int(wards["hamlets"].sum()))
    # Every ward's series in one pass (a country has 3,300 wards), not one filter and sort per ward.
    kept = observations[observations["as_of"] <= reference].assign(ward_code=observations["ward_code"].astype(str))
    kept = kept.sort_values(["ward_code", "as_of", "order"]).drop_duplicates(["ward_code", "as_of"], keep="last")
    columns = ["snapshot", "order", "as_of", "concurrent"]
    by_ward = {str(code): rows[columns].reset_index(drop=True) for code, rows in kept.groupby("ward_code", sort=False)}
    empty = kept[columns].iloc[0:0]
    per_ward = [
        unit(str(w["code"]), str(w["ward"]), by_ward.get(str(w["code"]), empty), int(w["hamlets"]))
        for w in wards.to_dict("records")
    ]
    per_kind = [
        unit(
            str(kind),
            str(kind),
            of(observations[observations["ward_code"].isin(group["code"])]),
            int(group["hamlets"].sum()),
        )
        for kind, group in wards.groupby("kind", sort=False)
    ]
    return city, per_ward, per_kind


def observed_until(observations: pd.DataFrame, snapshot_id: int, as_of: date, current_id: int) -> pd.DataFrame:
    """What a snapshot is judged on: the snapshots dated before it that a restore has not withdrawn (those uploaded
    after the current one), and, for its own date, the snapshot itself (not another upload of the same day)."""
    ids = observations["snapshot"].astype(int)
    earlier = (observations["as_of"] < as_of) & (ids <= max(current_id, snapshot_id))
    return observations[earlier | (ids == snapshot_id)]
