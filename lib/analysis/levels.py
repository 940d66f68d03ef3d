"""Levels above the wards (district or city, province): which ones a master has, and coverage at each of them."""

from __future__ import annotations

import pandas as pd

from lib.analysis.metrics import Coverage

# From the top down; each level is a pair of columns in the units master (code, name).
UPPER: tuple[str, ...] = ("province", "district")


def upper_levels(wards: pd.DataFrame) -> list[str]:
    """The levels worth a view of their own: those with codes and names and more than one unit here, top first."""
    return [
        level for level in UPPER if f"{level}_code" in wards and level in wards and wards[f"{level}_code"].nunique() > 1
    ]


def scoped(wards: pd.DataFrame, choices: dict[str, str | None]) -> pd.DataFrame:
    """The wards inside the chosen units (e.g. {"province": "96", "district": None})."""
    keep = pd.Series(True, index=wards.index)
    for level, code in choices.items():
        if code:
            keep &= wards[f"{level}_code"].astype(str) == str(code)
    return wards[keep]


def next_level(wards: pd.DataFrame) -> str:
    """The level one step below what is chosen: the first upper level still holding several units, else "ward"."""
    return next(iter(upper_levels(wards)), "ward")


def aggregate(wards: pd.DataFrame, level: str) -> pd.DataFrame:
    """Coverage per unit of a level, in the columns of a ward table (code, ward = the unit's name, kind = the level,
    hamlets, concurrent, not_concurrent, coverage_pct) plus how many wards each has; wards are returned as they are."""
    if level == "ward":
        return wards
    grouped = (
        wards.groupby(f"{level}_code", sort=False)
        .agg(
            ward=(level, "first"),
            wards=("code", "size"),
            hamlets=("hamlets", "sum"),
            concurrent=("concurrent", "sum"),
        )
        .reset_index()
        .rename(columns={f"{level}_code": "code"})
    )
    grouped["kind"] = level
    grouped["not_concurrent"] = grouped["hamlets"] - grouped["concurrent"]
    grouped["coverage_pct"] = (100.0 * grouped["concurrent"] / grouped["hamlets"]).where(grouped["hamlets"] > 0, 0.0)
    return grouped


def options(wards: pd.DataFrame, level: str) -> dict[str, str]:
    """The units of a level among these wards, code to name, in master order."""
    if f"{level}_code" not in wards or level not in wards:
        return {}
    pairs = wards[[f"{level}_code", level]].drop_duplicates(f"{level}_code")
    return dict(zip(pairs[f"{level}_code"].astype(str), pairs[level].astype(str), strict=True))


def coverage(wards: pd.DataFrame) -> Coverage:
    """Hamlets and concurrent hamlets in these wards together."""
    return Coverage(int(wards["hamlets"].sum()), int(wards["concurrent"].sum()))
