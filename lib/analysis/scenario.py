"""Scenarios: hamlets expected to become concurrent in given months, the planned path, and when goals are met."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from lib.analysis.metrics import target_count
from lib.core.model import Goal


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_options(reference: date, goals: tuple[Goal, ...], extra: int = 12) -> list[date]:
    """Months a conversion can be planned in: from the reference month to a year after the last deadline."""
    first = month_start(reference)
    last = add_months(month_start(max(g.deadline for g in goals)), extra)
    months = []
    current = first
    while current <= last:
        months.append(current)
        current = add_months(current, 1)
    return months


@dataclass(frozen=True)
class Plan:
    """A planned path (month, count) and, for each goal, the month it would be met (None: not by the end) and whether
    the recorded count meets it already (then the month is only the reference month, not a plan's outcome)."""

    path: pd.DataFrame
    met: list[date | None]
    already: list[bool]


def plan(current: int, hamlets: int, reference: date, conversions: dict[str, date], goals: tuple[Goal, ...]) -> Plan:
    """The count month by month if each chosen hamlet becomes concurrent in its month (the recorded data stays)."""
    months = month_options(reference, goals)
    counts = [current + sum(1 for m in conversions.values() if month_start(m) <= month) for month in months]
    path = pd.DataFrame({"month": months, "count": counts})
    met, already = [], []
    for goal in goals:
        target = target_count(goal.target_pct, hamlets)
        reached = path[path["count"] >= target]
        met.append(None if reached.empty else reached["month"].iloc[0])
        already.append(current >= target)
    return Plan(path, met, already)
