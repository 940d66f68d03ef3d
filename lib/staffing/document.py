"""The allowance document: its base-salary periods and versions of the rules, and what is in effect on a day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from lib.staffing.posts import DEFAULT_QUOTA


@dataclass(frozen=True)
class BasePeriod:
    """The base salary (lương cơ sở) in đồng per month from a date on, until the next period."""

    effective_from: date
    amount: int
    source: str = ""


@dataclass(frozen=True)
class AllowanceModel:
    """One version of the allowance rules, in effect from a date until the next version.

    coefficients: position code -> coefficient of the base salary per month (none by default: QĐ 32/2014's are
    not public). concurrent_share: share (0..1) of each further title's allowance paid to a person holding several
    (None: not entered). fund_multiplier: a hamlet's monthly fund in base salaries (None: not used).
    """

    effective_from: date
    coefficients: dict[str, float] = field(default_factory=dict)
    concurrent_share: float | None = None
    fund_multiplier: float | None = None
    quota: int | None = DEFAULT_QUOTA
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class AllowanceFile:
    """The whole allowance document: base-salary periods and the versions of the rules, oldest first."""

    base_salary: tuple[BasePeriod, ...]
    versions: tuple[AllowanceModel, ...]
    note: str = ""
    embedded: bool = False  # the project's default file (Bạc Liêu's rules), not one saved in the data folder


def model_at(versions: Iterable[AllowanceModel], day: date) -> AllowanceModel | None:
    """The version in effect on `day`: the latest effective_from on or before it (the later entry on a tie)."""
    chosen: AllowanceModel | None = None
    for version in versions:
        if version.effective_from <= day and (chosen is None or version.effective_from >= chosen.effective_from):
            chosen = version
    return chosen


def base_salary_at(periods: Iterable[BasePeriod], day: date) -> int | None:
    """The base salary in effect on `day`, or None before the first period."""
    chosen = [p for p in periods if p.effective_from <= day]
    return max(chosen, key=lambda p: p.effective_from).amount if chosen else None


def model_on(document: AllowanceFile | None, day: date) -> AllowanceModel | None:
    """The version in effect on a day (None without a readable document)."""
    return None if document is None else model_at(document.versions, day)


def periods_of(document: AllowanceFile | None) -> tuple[BasePeriod, ...]:
    """The base-salary periods of a document (none without a readable one)."""
    return () if document is None else document.base_salary
