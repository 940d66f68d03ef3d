"""Comparing two snapshots: per ward, and which hamlets became concurrent or stopped being so."""

from __future__ import annotations

import pandas as pd

from lib.analysis.metrics import hamlet_roster, ward_summary
from lib.core.model import Snapshot

BECAME, STOPPED = "became", "stopped"


def ward_changes(before: Snapshot, after: Snapshot) -> pd.DataFrame:
    """One row per ward: code, ward, kind, hamlets, before, after, change (after − before)."""
    old = ward_summary(before)[["code", "concurrent"]].rename(columns={"concurrent": "before"})
    new = ward_summary(after)[["code", "ward", "kind", "hamlets", "concurrent"]].rename(columns={"concurrent": "after"})
    table = new.merge(old, on="code", how="left")
    table["before"] = table["before"].fillna(0).astype(int)
    table["change"] = table["after"] - table["before"]
    return table[["code", "ward", "kind", "hamlets", "before", "after", "change"]]


def hamlet_changes(before: Snapshot, after: Snapshot) -> pd.DataFrame | None:
    """Hamlets whose status changed (change: "became" or "stopped"), with ward and reason; None without detail."""
    old, new = hamlet_roster(before), hamlet_roster(after)
    if old is None or new is None:
        return None
    both = new.merge(old[["hamlet_code", "concurrent"]], on="hamlet_code", suffixes=("", "_before"))
    changed = both[both["concurrent"] != both["concurrent_before"]].copy()
    changed["change"] = [BECAME if c else STOPPED for c in changed["concurrent"]]
    return changed[["ward_code", "ward", "hamlet_code", "hamlet", "change", "reason"]].reset_index(drop=True)
