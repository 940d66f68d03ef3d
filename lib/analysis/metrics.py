"""Coverage metrics: overall, per ward and per kind, goal counts and gaps, ranking, hamlets behind."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import numpy as np
import pandas as pd

from lib.core.model import Goal, Snapshot
from lib.ingest.units import ward_table


@dataclass(frozen=True)
class Coverage:
    """How many hamlets, how many concurrent, and the share in percent."""

    hamlets: int
    concurrent: int

    @property
    def not_concurrent(self) -> int:
        return self.hamlets - self.concurrent

    @property
    def pct(self) -> float:
        return 100.0 * self.concurrent / self.hamlets if self.hamlets else 0.0


@dataclass(frozen=True)
class GoalGap:
    """A goal stated as a count of hamlets (rounded up) and how many are still needed."""

    deadline: date
    target_pct: float
    required: int
    remaining: int

    @property
    def met(self) -> bool:
        return self.remaining == 0


def exact_target(target_pct: float, hamlets: int) -> Decimal:
    """A target share of hamlets before rounding, in exact decimal arithmetic: 70 % of 67 = 46.9."""
    return Decimal(str(target_pct)) * hamlets / 100


def target_count(target_pct: float, hamlets: int) -> int:
    """Hamlets needed for a target share, always rounded up: 70 % of 67 -> 47."""
    return math.ceil(exact_target(target_pct, hamlets))


def goal_gap(goal: Goal, coverage: Coverage) -> GoalGap:
    required = target_count(goal.target_pct, coverage.hamlets)
    return GoalGap(goal.deadline, goal.target_pct, required, max(0, required - coverage.concurrent))


def goal_gaps(goals: tuple[Goal, ...], coverage: Coverage) -> list[GoalGap]:
    return [goal_gap(g, coverage) for g in goals]


def ward_summary(snapshot: Snapshot) -> pd.DataFrame:
    """One row per ward in master order: code, ward, kind, hamlets, concurrent, not_concurrent, coverage_pct."""
    wards = ward_table(snapshot.units).merge(snapshot.ward_counts, on="code", how="left")
    wards["concurrent"] = wards["concurrent"].fillna(0).astype(int)
    wards["not_concurrent"] = wards["hamlets"] - wards["concurrent"]
    wards["coverage_pct"] = (100.0 * wards["concurrent"] / wards["hamlets"]).where(wards["hamlets"] > 0, 0.0)
    return wards


def city_coverage(snapshot: Snapshot) -> Coverage:
    wards = ward_summary(snapshot)
    return Coverage(int(wards["hamlets"].sum()), int(wards["concurrent"].sum()))


def kind_summary(snapshot: Snapshot) -> pd.DataFrame:
    """Coverage of phường and of xã: kind, wards, hamlets, concurrent, not_concurrent, coverage_pct."""
    wards = ward_summary(snapshot)
    kinds = (
        wards.groupby("kind", sort=False)
        .agg(wards=("code", "size"), hamlets=("hamlets", "sum"), concurrent=("concurrent", "sum"))
        .reset_index()
    )
    kinds["not_concurrent"] = kinds["hamlets"] - kinds["concurrent"]
    kinds["coverage_pct"] = 100.0 * kinds["concurrent"] / kinds["hamlets"]
    return kinds


def ward_ranking(wards: pd.DataFrame) -> pd.DataFrame:
    """Wards best first (share, then count); equal shares share a rank."""
    ranked = wards.sort_values(["coverage_pct", "concurrent", "ward"], ascending=[False, False, True])
    ranked = ranked.reset_index(drop=True)
    ranked["rank"] = ranked["coverage_pct"].round(9).rank(method="min", ascending=False).astype(int)
    return ranked


def with_goal_needs(wards: pd.DataFrame, goal: Goal) -> pd.DataFrame:
    """Adds, for one goal, each ward's target count and the hamlets it still needs."""
    out = wards.copy()
    sizes = {int(h): target_count(goal.target_pct, int(h)) for h in pd.unique(out["hamlets"])}  # few distinct sizes
    out["target_count"] = [sizes[int(h)] for h in out["hamlets"]]
    out["needed"] = (out["target_count"] - out["concurrent"]).clip(lower=0)
    return out


def wards_behind(wards: pd.DataFrame, goal: Goal) -> pd.DataFrame:
    """Wards below a goal, those needing the most hamlets first."""
    behind = with_goal_needs(wards, goal)
    behind = behind[behind["needed"] > 0]
    return behind.sort_values(["needed", "coverage_pct"], ascending=[False, True]).reset_index(drop=True)


def hamlet_roster(snapshot: Snapshot) -> pd.DataFrame | None:
    """Every hamlet with its ward, kind, names, status and reason; None for a ward-level snapshot."""
    if snapshot.hamlets is None:
        return None
    names = snapshot.units[["hamlet_code", "hamlet", "hamlet_kind", "ward_code", "ward", "ward_kind"]]
    roster = names.merge(snapshot.hamlets.drop(columns=["ward_code"]), on="hamlet_code", how="left")
    roster["concurrent"] = roster["concurrent"].fillna(False).astype(bool)
    return roster


def not_concurrent(snapshot: Snapshot, ward_code: str | None = None) -> pd.DataFrame | None:
    """Hamlets not yet concurrent (optionally in one ward), with the reason where the data has one."""
    roster = hamlet_roster(snapshot)
    if roster is None:
        return None
    behind = roster[~roster["concurrent"]]
    if ward_code is not None:
        behind = behind[behind["ward_code"] == ward_code]
    return behind.reset_index(drop=True)


def reason_counts(snapshot: Snapshot) -> pd.Series:
    """How many hamlets not concurrent per reason code ('' where the data gives none)."""
    hamlets = snapshot.hamlets
    if hamlets is None:
        return pd.Series(dtype=int)
    codes = snapshot.units["hamlet_code"]
    if hamlets["hamlet_code"].reset_index(drop=True).equals(codes.reset_index(drop=True)):
        # The usual case: one row per hamlet of the master, in its order.
        concurrent = hamlets["concurrent"].fillna(False).astype(bool).to_numpy()
        behind = hamlets["reason"][~concurrent].reset_index(drop=True)
        return behind.fillna("").value_counts()
    stored = pd.Index(hamlets["hamlet_code"])
    if not stored.is_unique:
        roster = not_concurrent(snapshot)
        assert roster is not None
        return roster["reason"].fillna("").value_counts()
    # The master's hamlets in its order, as hamlet_roster() joins them, without building the whole roster.
    position = stored.get_indexer(codes)
    found = position >= 0
    concurrent = np.zeros(len(position), dtype=bool)
    concurrent[found] = hamlets["concurrent"].fillna(False).astype(bool).to_numpy()[position[found]]
    reasons = np.full(len(position), np.nan, dtype=object)
    reasons[found] = hamlets["reason"].to_numpy(dtype=object)[position[found]]
    behind = pd.Series(reasons[~concurrent], name="reason", dtype=hamlets["reason"].dtype)
    return behind.fillna("").value_counts()


def next_goal(goals: tuple[Goal, ...], gaps: list[GoalGap]) -> Goal:
    """The earliest goal not yet met (the last goal when all are met): the one the wards are judged by."""
    return next((g for g, gap in zip(goals, gaps, strict=True) if not gap.met), goals[-1])


def ward_coverage(wards: pd.DataFrame, code: str) -> tuple[Coverage, int]:
    """One ward's coverage and its rank, from a ranked ward table."""
    row = wards[wards["code"] == code].iloc[0]
    return Coverage(int(row["hamlets"]), int(row["concurrent"])), int(row["rank"])


def ward_names(snapshot: Snapshot) -> dict[str, str]:
    """Ward code -> name, in master order, told apart where two share a name (unit_labels)."""
    wards = ward_table(snapshot.units)
    return dict(zip(wards["code"], unit_labels(wards), strict=True))


def unit_labels(units: pd.DataFrame) -> pd.Series:
    """Each unit's name for a chart or a picker, with its district, else its province (else its code) added where two
    units share a name (Phường 1), and its code where that is not enough."""
    names = units["ward"].astype(str)
    twins = names.duplicated(keep=False)
    if not twins.any():
        return names
    filled = [c for c in ("district", "province") if c in units and units[c].fillna("").astype(str).ne("").all()]
    above = filled[0] if filled else "code"
    place = units[above].astype(str)
    labelled = names.where(~twins, names + ", " + place)
    return labelled.where(~labelled.duplicated(keep=False), names + " (" + units["code"].astype(str) + ")")
