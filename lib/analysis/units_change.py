"""A snapshot on a later units master through the chain of crosswalks, and each ward's history under other names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from lib.analysis.restate import Restated, restate
from lib.core.model import Snapshot
from lib.store import MasterRef


@dataclass(frozen=True)
class Link:
    """One crosswalk of the chain: into `master` from the master before it."""

    master: MasterRef
    rows: pd.DataFrame


class Unlinked(Exception):
    """Figures that cannot be expressed on the master asked for: `reason` is "backward" (it is older than their own
    master, `master`) or "no_crosswalk" (`master` was stored without a crosswalk from the one before it)."""

    def __init__(self, reason: str, master: MasterRef) -> None:
        super().__init__(reason)
        self.reason, self.master = reason, master


def links_between(
    chain: list[MasterRef], source: int, target: int, crosswalk: Callable[[int], pd.DataFrame | None]
) -> list[Link]:
    """The crosswalks from master `source` to master `target` in the order they took effect (none when they are the
    same master); `crosswalk(id)` reads the one into master `id`. Raises Unlinked when there is no way."""
    ids = [ref.id for ref in chain]
    start, end = ids.index(source), ids.index(target)
    if end < start:
        raise Unlinked("backward", chain[start])
    links = []
    for ref in chain[start + 1 : end + 1]:
        rows = crosswalk(ref.id)
        if rows is None:
            raise Unlinked("no_crosswalk", ref)
        links.append(Link(ref, rows))
    return links


@dataclass(frozen=True)
class OnUnits:
    """A snapshot expressed on another master. `snapshot` holds only the hamlets that could be expressed, on the
    target master's wards (coverage is then the share of those); `restated` says per ward how many hamlets could not
    be expressed and why; `formed` gives, for each ward formed by a change, the date and the earlier wards' names."""

    snapshot: Snapshot
    restated: Restated
    source: MasterRef
    target: MasterRef
    formed: dict[str, tuple[date, list[str]]]
    missing: pd.DataFrame  # the target master's hamlets not expressed: hamlet_code, hamlet, ward, reason

    @property
    def complete(self) -> bool:
        return self.restated.complete

    @property
    def unexpressed(self) -> int:
        return self.restated.hamlets - self.restated.expressed

    @property
    def incomplete_wards(self) -> dict[str, int]:
        """The wards some of whose hamlets could not be expressed: code -> how many."""
        wards = self.restated.wards[self.restated.wards["unexpressed"] > 0]
        return {str(c): int(n) for c, n in zip(wards["code"], wards["unexpressed"], strict=True)}


def on_master(
    snapshot: Snapshot,
    source: tuple[MasterRef, pd.DataFrame],
    links: list[Link],
    target: tuple[MasterRef, pd.DataFrame],
) -> OnUnits:
    """`snapshot` (checked against the source master: its ref and rows) on the target master, through `links`."""
    restated = restate(snapshot, source[1], [link.rows for link in links], target[1])
    formed = {
        str(ward["code"]): (day, list(ward["formed_from"]))
        for ward in restated.wards.to_dict("records")
        if (day := formed_on(str(ward["code"]), links)) is not None
    }
    shown = _snapshot_on(snapshot, restated, source[1], target[1])
    assert restated.lines is not None
    gone = (restated.lines["reason"] != "").to_numpy()
    missing = (
        target[1].loc[gone, ["hamlet_code", "hamlet", "ward"]].assign(reason=restated.lines["reason"][gone].to_numpy())
    )
    return OnUnits(shown, restated, source[0], target[0], formed, missing.reset_index(drop=True))


def formed_on(ward_code: str, links: list[Link]) -> date | None:
    """The date a ward was formed from other wards (or renamed from another code): the last link into which an
    earlier ward of another code maps to it; None when it continues the same ward through every link."""
    for link in reversed(links):
        wards = link.rows[link.rows["level"] == "ward"]
        froms = set(wards.loc[wards["to_code"].astype(str) == ward_code, "from_code"].astype(str))
        if froms - {ward_code}:
            return link.master.effective
        if not froms:
            return None
    return None


def successors(source: pd.DataFrame, links: list[Link], target: pd.DataFrame) -> dict[str, tuple[list[str], date]]:
    """For each ward of the source master that became other wards: the later wards' names (on the target master) and
    the date it changed; wards that continue under their own code are left out."""
    names = dict(zip(target["ward_code"].astype(str), target["ward"].astype(str), strict=False))
    became: dict[str, tuple[list[str], date]] = {}
    for code in dict.fromkeys(source["ward_code"].astype(str)):
        codes, changed = [code], None
        for link in links:
            wards = link.rows[link.rows["level"] == "ward"]
            going = wards[wards["from_code"].astype(str).isin(codes)]
            later = list(dict.fromkeys(going["to_code"].astype(str))) or codes
            if changed is None and later != codes:
                changed = link.master.effective
            codes = later
        if changed is not None:
            became[code] = ([names.get(c, c) for c in codes], changed)
    return became


def _snapshot_on(snapshot: Snapshot, restated: Restated, source: pd.DataFrame, target: pd.DataFrame) -> Snapshot:
    """The expressed hamlets as a snapshot of the target master: its units, ward counts, and hamlet rows (each the
    row of the hamlet it continues, under its new code and ward)."""
    assert restated.lines is not None
    kept = restated.lines[restated.lines["reason"] == ""].reset_index(drop=True)
    units = target[target["hamlet_code"].astype(str).isin(kept["hamlet_code"])].reset_index(drop=True)
    wards = restated.wards[restated.wards["expressed"] > 0]
    counts = pd.DataFrame({"code": wards["code"].astype(str).to_numpy(), "concurrent": wards["concurrent"].to_numpy()})
    hamlets = None
    if snapshot.hamlets is not None:
        rows = snapshot.hamlets.drop_duplicates("hamlet_code")
        rows = rows.set_index(rows["hamlet_code"].astype(str))
        hamlets = rows.loc[kept["source"]].reset_index(drop=True)
        hamlets = hamlets.assign(hamlet_code=kept["hamlet_code"].to_numpy(), ward_code=kept["ward_code"].to_numpy())
    return replace(
        snapshot,
        units=units,
        ward_counts=counts,
        hamlets=hamlets,
        officers=None,
        ward_as_of=_ward_dates(snapshot, kept, source),
    )


def _ward_dates(snapshot: Snapshot, kept: pd.DataFrame, source: pd.DataFrame) -> dict[str, date]:
    """A later ward whose earlier wards' figures are of other dates than the snapshot's: the oldest of them."""
    if not snapshot.ward_as_of:
        return {}
    ward_of = dict(zip(source["hamlet_code"].astype(str), source["ward_code"].astype(str), strict=False))
    dated: dict[str, date] = {}
    for later, earlier in zip(kept["ward_code"], kept["source"], strict=True):
        day = snapshot.ward_as_of.get(ward_of.get(str(earlier), ""))
        if day is not None:
            dated[str(later)] = min(day, dated.get(str(later), day))
    return dated


def later_ward(on: OnUnits, earlier: pd.DataFrame, code: str) -> str:
    """A ward of the earlier master on the later one: itself when it is there, else the ward most of its hamlets
    went to (itself when none went anywhere)."""
    lines = on.restated.lines
    if lines is None or code in set(on.snapshot.units["ward_code"].astype(str)):
        return code
    hamlets = set(earlier.loc[earlier["ward_code"].astype(str) == code, "hamlet_code"].astype(str))
    went = lines.loc[lines["source"].isin(hamlets), "ward_code"]
    return str(went.mode().iloc[0]) if not went.empty else code
