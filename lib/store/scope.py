"""Ward-by-ward files: a partial file stored for its wards only (the others carried forward) or for the whole city."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from lib.core.model import Granularity, Problem, Snapshot
from lib.core.schema import SCOPES
from lib.ingest.roster import Parsed
from lib.store.db import StoreError
from lib.store.masters import same_units
from lib.store.snapshots import load

__all__ = ["SCOPES", "carry_forward", "scoped"]


def scoped(data_dir: Path, parsed: Parsed, scope: str | None, current: Snapshot | None = None) -> Parsed:
    """The file as it is stored under a scope: as read for `all`, for a complete file or without a scope; for
    `covered`, the current snapshot (`current`, or read from the store) with the covered wards replaced (refused
    when the units master differs)."""
    if scope != "covered" or not parsed.partial or parsed.snapshot is None or not parsed.ok:
        return parsed
    base = current if current is not None else load(data_dir)
    if not same_units(base.units, parsed.snapshot.units):
        raise StoreError("scope_other_master")
    merged = carry_forward(parsed.snapshot, base, parsed.wards_covered)
    return replace(parsed, snapshot=merged, problems=_covered_problems(parsed))


def carry_forward(new: Snapshot, base: Snapshot, covered: tuple[str, ...]) -> Snapshot:
    """`new` for the covered wards and `base` for the others, each ward with the date of its figures.

    Hamlet rows are kept when both have them (none when either is a ward summary), officer rows when both are
    officer rosters; a carried hamlet has no row in the new file.
    """
    taken = set(covered)
    own = new.ward_counts["code"].astype(str).isin(taken).to_numpy()
    before = base.ward_counts.set_index(base.ward_counts["code"].astype(str))["concurrent"]
    codes = new.ward_counts["code"].astype(str)
    counts = new.ward_counts.assign(
        concurrent=new.ward_counts["concurrent"].where(own, codes.map(before).fillna(0).astype(int).to_numpy())
    )
    dates = base.ward_dates()
    ward_as_of = {c: dates.get(c, base.as_of) for c in codes[~own]}
    granularity: Granularity = new.granularity
    hamlets = officers = None
    if new.hamlets is None or base.hamlets is None:
        granularity = "ward"
    else:
        carried = base.hamlets[~base.hamlets["ward_code"].astype(str).isin(taken)].assign(row=None)
        hamlets = _in_master_order(_joined(new.hamlets, carried, taken), new.units)
        if new.officers is not None and base.officers is not None:
            officers = _joined(new.officers, base.officers[~base.officers["ward_code"].astype(str).isin(taken)], taken)
        else:
            granularity = "hamlet"
    return replace(
        new,
        granularity=granularity,
        ward_counts=counts,
        hamlets=hamlets,
        officers=officers,
        ward_as_of={c: d for c, d in ward_as_of.items() if d != new.as_of},
    )


def _joined(new: pd.DataFrame, carried: pd.DataFrame, taken: set[str]) -> pd.DataFrame:
    """The new rows of the covered wards, then the rows carried forward."""
    own = new[new["ward_code"].astype(str).isin(taken)]
    return pd.concat([own, carried[list(own.columns)]], ignore_index=True)


def _in_master_order(hamlets: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    order = pd.Index(units["hamlet_code"])
    position = pd.Series(order.get_indexer(hamlets["hamlet_code"]), index=hamlets.index)
    return hamlets.loc[position.sort_values(kind="stable").index].reset_index(drop=True)


def _covered_problems(parsed: Parsed) -> list[Problem]:
    """The file's problems without those about the wards it leaves to the current snapshot."""
    assert parsed.snapshot is not None
    units = parsed.snapshot.units
    missing = units[units["ward_code"].astype(str).isin(set(parsed.wards_missing))]
    sizes = missing.groupby("ward", sort=False).size().to_dict()

    def about_missing(problem: Problem) -> bool:
        if problem.code == "missing_wards":
            return True
        ward, count = problem.params.get("ward"), problem.params.get("count")
        return problem.code == "missing_hamlets" and ward in sizes and sizes[ward] == count

    return [p for p in parsed.problems if not about_missing(p)]
