"""Progress toward each goal: observed and required pace, projection, the UN ratio r, status and forecast."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
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
    return _judged(baseline, current, observed_pace(series), hamlets, goal, reference)


def _judged(baseline: int, current: int, pace: float | None, hamlets: int, goal: Goal, reference: date) -> GoalProgress:
    """One goal judged from a unit's first and last counts and its observed pace."""
    target = _target(goal.target_pct, hamlets)
    remaining = max(0, target - current)
    months_left = months_between(reference, goal.deadline)
    passed = reference > goal.deadline
    required = remaining / months_left if months_left > 0 else None  # no pace is required once it has passed
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


@lru_cache(maxsize=4096)
def _target(target_pct: float, hamlets: int) -> int:
    """target_count, remembered: a country's wards have few distinct sizes."""
    return target_count(target_pct, hamlets)


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
    """Every goal for one unit, with the series it was judged on (rows start:stop of a frame shared by many units,
    cut only when asked: a country has 3,300 wards and a chart shows a few)."""

    code: str
    name: str
    hamlets: int
    points: pd.DataFrame = field(repr=False)
    goals: list[GoalProgress]
    start: int = 0
    stop: int | None = None

    @property
    def series(self) -> pd.DataFrame:
        """The unit's observations: snapshot, order, as_of, concurrent, one per date, oldest first."""
        return self.points.iloc[self.start : self.stop].reset_index(drop=True)


def unit_series(observations: pd.DataFrame, codes: list[str] | None) -> pd.DataFrame:
    """A unit's counts over time from per-ward observations (snapshot, order, as_of, ward_code, concurrent)."""
    rows = observations if codes is None else observations[observations["ward_code"].isin(codes)]
    return rows.groupby(["snapshot", "order", "as_of"])["concurrent"].sum().reset_index()


def ward_points(observations: pd.DataFrame, reference: date) -> pd.DataFrame:
    """Each ward's figures up to the reference date, by ward then date, one per ward and date (the last upload wins).

    A ward's date is that of its own figures: a ward carried forward by a ward-by-ward file keeps its older date.
    """
    kept = observations[observations["as_of"] <= reference]
    kept = kept.assign(ward_code=kept["ward_code"].astype(str))
    kept = kept.sort_values(["ward_code", "as_of", "order"], kind="stable")
    return kept.drop_duplicates(["ward_code", "as_of"], keep="last").reset_index(drop=True)


def latest_sums(points: pd.DataFrame, groups: dict[str, str]) -> pd.DataFrame:
    """Per group of wards and date, the sum of each ward's latest figures up to that date, on the dates when one of
    its wards has figures: group, snapshot, order (of the last upload that day), as_of, concurrent."""
    wide = points.pivot(index="as_of", columns="ward_code", values="concurrent").ffill().fillna(0)
    seen = points.pivot(index="as_of", columns="ward_code", values="order").notna()
    labels = wide.columns.map(lambda code: groups.get(code, ""))
    sums = wide.T.groupby(labels).sum().T
    observed = seen.T.groupby(labels).any().T
    last = points.sort_values(["as_of", "order"]).drop_duplicates("as_of", keep="last").set_index("as_of")
    long = sums.stack().reset_index()
    long.columns = pd.Index(["as_of", "group", "concurrent"])
    long = long[observed.stack().to_numpy()]
    long = long.assign(
        snapshot=last["snapshot"].reindex(long["as_of"]).to_numpy(),
        order=last["order"].reindex(long["as_of"]).to_numpy(),
        concurrent=long["concurrent"].astype(int),
    )
    long = long[long["group"] != ""].sort_values(["group", "as_of"], kind="stable")
    return long[["group", "snapshot", "order", "as_of", "concurrent"]].reset_index(drop=True)


def _segment_sums(values: np.ndarray, starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Each segment's sum, added left to right as Python's sum() adds (the same float, to the last bit)."""
    sums = np.zeros(len(starts))
    for k in range(int(counts.max()) if len(counts) else 0):
        more = counts > k
        sums[more] += values[starts[more] + k]
    return sums


def _paces(rows: pd.DataFrame) -> pd.DataFrame:
    """Per unit (rows sorted by unit, then date): its rows' start and number, first and last count, and the
    least-squares pace a month (NaN with fewer than two dates), computed as observed_pace() computes it."""
    units, starts, counts = np.unique(rows["unit"].to_numpy(dtype=object), return_index=True, return_counts=True)
    order = np.argsort(starts)
    units, starts, counts = units[order], starts[order], counts[order]
    codes, days = pd.factorize(rows["as_of"])
    ordinals = np.array([d.toordinal() for d in days], dtype=np.int64)[codes]
    first = np.repeat(ordinals[starts], counts)
    x = (ordinals - first) / DAYS_PER_MONTH
    y = rows["concurrent"].to_numpy(dtype=float)
    mean_x = np.repeat(_segment_sums(x, starts, counts) / counts, counts)
    mean_y = np.repeat(_segment_sums(y, starts, counts) / counts, counts)
    spread = _segment_sums((x - mean_x) ** 2, starts, counts)
    slope = _segment_sums((x - mean_x) * (y - mean_y), starts, counts)
    usable = (counts >= 2) & (spread != 0)
    pace = np.full(len(units), np.nan)
    pace[usable] = slope[usable] / spread[usable]
    return pd.DataFrame(
        {
            "start": starts,
            "n": counts,
            "baseline": y[starts] if len(y) else [],
            "current": y[starts + counts - 1] if len(y) else [],
            "pace": pace,
        },
        index=units,
    )


def _judge_units(
    rows: pd.DataFrame, units: list[tuple[str, str, int]], goals: tuple[Goal, ...], reference: date
) -> list[UnitProgress]:
    """Every unit judged on every goal in one pass: rows (unit, snapshot, order, as_of, concurrent) sorted by unit."""
    stats = _paces(rows)
    values = dict(zip(stats.index, stats.itertuples(index=False), strict=True))
    points = rows[["snapshot", "order", "as_of", "concurrent"]]
    judged = []
    for code, name, hamlets in units:
        start, n, baseline, current, pace = values.get(code, (0, 0, 0.0, 0.0, float("nan")))
        steady = None if pace != pace else float(pace)  # NaN: fewer than two dates
        goals_judged = [_judged(int(baseline), int(current), steady, hamlets, g, reference) for g in goals]
        judged.append(UnitProgress(code, name, hamlets, points, goals_judged, int(start), int(start + n)))
    return judged


def report(
    observations: pd.DataFrame, wards: pd.DataFrame, goals: tuple[Goal, ...], reference: date
) -> tuple[UnitProgress, list[UnitProgress], list[UnitProgress]]:
    """The city, each ward and each kind, judged on every goal as of the reference date.

    observations: one row per snapshot and ward (snapshot, order, as_of, ward_code, concurrent), as_of the date of
    the ward's own figures; wards: the ward table of the master (code, ward, kind, hamlets). A city or a kind on a
    date counts each of its wards' latest figures up to that date. Every unit in one pass over the observations.
    """
    points = ward_points(observations, reference)
    codes = wards["code"].astype(str).tolist()
    kinds = wards.groupby("kind", sort=False)["hamlets"].sum()
    groups = {c: f"kind:{k}" for c, k in zip(codes, wards["kind"].astype(str), strict=True)}
    by_kind = latest_sums(points, groups)
    everything = latest_sums(points, dict.fromkeys(points["ward_code"].unique().tolist(), "city"))
    aggregates = pd.concat([everything, by_kind], ignore_index=True).rename(columns={"group": "unit"})
    units = [("city", "", int(wards["hamlets"].sum()))]
    units += [(f"kind:{k}", str(k), int(n)) for k, n in kinds.items()]
    judged = _judge_units(aggregates, units, goals, reference)
    city, per_kind = judged[0], [replace(u, code=u.name) for u in judged[1:]]
    per_ward = _judge_units(
        points.rename(columns={"ward_code": "unit"}),
        [(c, str(n), int(h)) for c, n, h in zip(codes, wards["ward"], wards["hamlets"], strict=True)],
        goals,
        reference,
    )
    return city, per_ward, per_kind


def observed_until(observations: pd.DataFrame, snapshot_id: int, as_of: date, current_id: int) -> pd.DataFrame:
    """What a snapshot is judged on: the snapshots dated before it that a restore has not withdrawn (those uploaded
    after the current one), and, for its own date, the snapshot itself (not another upload of the same day)."""
    ids = observations["snapshot"].astype(int)
    earlier = (observations["as_of"] < as_of) & (ids <= max(current_id, snapshot_id))
    return observations[earlier | (ids == snapshot_id)]
