"""Progress on one chosen units master across changes: every snapshot restated on it, the breaks, goals restated."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import pandas as pd

from lib import store
from lib.analysis.metrics import target_count
from lib.analysis.progress import UnitProgress, observed_until, report
from lib.analysis.restate import REASONS, Restated, lineage, lineage_back, restate_lines
from lib.core.model import Snapshot
from lib.ingest.units import ward_table

# Why a whole snapshot cannot be expressed on the chosen master, besides the hamlet reasons of restate.REASONS:
# no crosswalk links its master to the chosen one, or it is a ward summary on a master whose wards the store no
# longer reads back (its figures are kept under codes the master in force lacks).
SERIES_REASONS = (*REASONS, "no_crosswalk", "ward_codes")


@dataclass(frozen=True)
class Observation:
    """One snapshot on the chosen master: its date, the chosen master's hamlets, the concurrent among those it
    expresses, the hamlets it cannot express by reason, and the master it was recorded on. Only a complete one
    (every hamlet expressed) is a point of the series."""

    snapshot: int
    as_of: date
    hamlets: int
    concurrent: int
    expressed: int
    unexpressed: dict[str, int]
    recorded_on: store.MasterRef

    @property
    def complete(self) -> bool:
        return self.expressed == self.hamlets


@dataclass(frozen=True)
class Break:
    """Where the units changed between the first observation and the reference date: the date a master took
    effect, with the hamlets of the master before it and of it (the denominators as recorded)."""

    day: date
    hamlets_before: int
    hamlets_after: int


@dataclass(frozen=True)
class UnitsSeries:
    """Every snapshot on the chosen master: the observations (complete or not), the per-ward rows of the complete
    ones (snapshot, order, as_of, ward_code, concurrent: what progress.report() takes) and the master's wards."""

    units: store.MasterRef
    wards: pd.DataFrame
    observations: list[Observation]
    rows: pd.DataFrame = field(repr=False)


@dataclass(frozen=True)
class OnUnits:
    """Progress judged on the chosen master: the city, wards and kinds, the series, the breaks in its span, and the
    master the goals are restated on with its number of hamlets."""

    city: UnitProgress
    wards: list[UnitProgress]
    kinds: list[UnitProgress]
    series: UnitsSeries
    breaks: list[Break]
    other: store.MasterRef
    other_hamlets: int

    @property
    def restates(self) -> bool:
        """Whether the goals are restated on another master than the chosen one."""
        return self.other.id != self.series.units.id

    def restated(self, target_pct: float) -> dict[str, int]:
        """A goal's count on the other master, rounded as everywhere (up): {"hamlets", "target_count"}."""
        return {"hamlets": self.other_hamlets, "target_count": target_count(target_pct, self.other_hamlets)}


def chosen_master(data_dir: Path, day: date) -> store.MasterRef:
    """The master in force on a date."""
    return store.master_on(store.masters_chain(data_dir), day)


def own_master(data_dir: Path, snapshot_id: int) -> store.MasterRef:
    """The master a stored snapshot's figures are on, as store.load reads it (store.shown_master): the one it was
    recorded on, unless it reads alike on the master in force."""
    wanted = store.shown_master(data_dir, snapshot_id)
    return next(ref for ref in store.masters_chain(data_dir) if ref.id == wanted)


def other_master(data_dir: Path, target: store.MasterRef) -> store.MasterRef:
    """The master goals are restated on: the one in force when another is chosen, else the one the earliest snapshot
    was recorded on (where the goals were set)."""
    latest = store.masters_chain(data_dir)[-1]
    if latest.id != target.id:
        return latest
    earliest = min(store.history(data_dir), key=lambda h: (h.as_of, h.id))
    return own_master(data_dir, earliest.id)


def uses_crosswalks(data_dir: Path) -> bool:
    """Whether any stored master came with a crosswalk: only then is a series carried across a change."""
    return any(ref.has_crosswalk for ref in store.masters_chain(data_dir))


def _path(data_dir: Path, ids: list[int], own: int, target: int) -> tuple[list[pd.DataFrame], bool]:
    """The crosswalks between two masters (ids in the chain's order) in the order they apply, and whether they run
    backward (onto an earlier master). Raises LookupError when a master between them was stored without one."""
    start, end = sorted((ids.index(own), ids.index(target)))
    links = [store.crosswalk(data_dir, master) for master in ids[start + 1 : end + 1]]
    if any(rows is None for rows in links):
        raise LookupError(own)
    return [rows for rows in links if rows is not None], ids.index(target) < ids.index(own)


def _restated(
    snapshot: Snapshot, own: pd.DataFrame, links: list[pd.DataFrame], back: bool, target: pd.DataFrame
) -> tuple[Restated, dict[str, date]]:
    """The snapshot on the target master, and each target ward's date: the newest date of the wards it comes from
    (a ward carried forward by a ward-by-ward file keeps its older date)."""
    lines = lineage_back(own, links, target) if back else lineage(own, links, target)
    restated = restate_lines(snapshot, lines, own, target)
    ward_of = dict(zip(own["hamlet_code"].astype(str), own["ward_code"].astype(str), strict=True))
    came = pd.DataFrame(
        {"ward": target["ward_code"].astype(str).to_numpy(), "from": [ward_of.get(s) for s in lines["source"]]}
    )
    dates = {
        str(w): max((snapshot.ward_as_of.get(f, snapshot.as_of) for f in froms.dropna()), default=snapshot.as_of)
        for w, froms in came.groupby("ward", sort=False)["from"]
    }
    return restated, dates


def _unreadable(snapshot: Snapshot, own: pd.DataFrame) -> bool:
    """A ward summary whose own wards the store did not read back (it reads them on the master in force)."""
    return snapshot.hamlets is None and not set(own["ward_code"].astype(str)) <= set(snapshot.ward_counts["code"])


def _observe(
    data_dir: Path,
    info: store.SnapshotInfo,
    recorded: store.MasterRef,
    target: store.MasterRef,
    masters: dict[int, pd.DataFrame],
) -> tuple[Observation, pd.DataFrame | None]:
    """One snapshot on the target master, and its per-ward rows when it is complete."""
    hamlets = len(masters[target.id])
    try:
        links, back = _path(data_dir, list(masters), recorded.id, target.id)
    except LookupError:
        return Observation(info.id, info.as_of, hamlets, 0, 0, {"no_crosswalk": hamlets}, recorded), None
    snapshot = store.load(data_dir, info.id)
    if _unreadable(snapshot, masters[recorded.id]):
        return Observation(info.id, info.as_of, hamlets, 0, 0, {"ward_codes": hamlets}, recorded), None
    restated, dates = _restated(snapshot, masters[recorded.id], links, back, masters[target.id])
    seen = _observation(info, restated, recorded)
    if not seen.complete:
        return seen, None
    wards = restated.wards
    rows = pd.DataFrame(
        {
            "snapshot": info.id,
            "order": info.id,
            "as_of": [dates[str(c)] for c in wards["code"]],
            "ward_code": wards["code"].astype(str),
            "concurrent": wards["concurrent"].astype(int),
        }
    )
    return seen, rows


def _observation(info: store.SnapshotInfo, restated: Restated, recorded: store.MasterRef) -> Observation:
    return Observation(
        info.id,
        info.as_of,
        restated.hamlets,
        restated.concurrent,
        restated.expressed,
        dict(restated.unexpressed),
        recorded,
    )


def series_on(data_dir: Path, target: store.MasterRef) -> UnitsSeries:
    """Every stored snapshot expressed on the target master, oldest upload first."""
    chain = store.masters_chain(data_dir)
    masters = {ref.id: store.master_units(data_dir, ref.id) for ref in chain}
    by_id = {ref.id: ref for ref in chain}
    seen, frames = [], []
    for info in sorted(store.history(data_dir), key=lambda h: h.id):
        recorded = by_id[store.snapshot_master(data_dir, info.id)]
        observation, rows = _observe(data_dir, info, recorded, target, masters)
        seen.append(observation)
        if rows is not None:
            frames.append(rows)
    columns = ["snapshot", "order", "as_of", "ward_code", "concurrent"]
    rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    return UnitsSeries(target, ward_table(masters[target.id]), seen, rows)


def breaks(data_dir: Path, start: date, reference: date) -> list[Break]:
    """Every change of master that took effect after `start` and on or before `reference`."""
    chain = store.masters_chain(data_dir)
    found = []
    for before, after in pairwise(chain):
        if start < after.effective <= reference:
            sizes = [len(store.master_units(data_dir, ref.id)) for ref in (before, after)]
            found.append(Break(after.effective, sizes[0], sizes[1]))
    return found


def _withdrawn_left_out(series: UnitsSeries, viewed: tuple[int, int], reference: date) -> UnitsSeries:
    """The series without the snapshots a page viewing `viewed` (snapshot id, current id) is not judged on."""
    dated = pd.DataFrame({"snapshot": [o.snapshot for o in series.observations]})
    dated["as_of"] = [o.as_of for o in series.observations]
    kept = set(observed_until(dated, viewed[0], reference, viewed[1])["snapshot"])
    return replace(series, observations=[o for o in series.observations if o.snapshot in kept])


def progress_on(
    data_dir: Path,
    target: store.MasterRef,
    other: store.MasterRef,
    reference: date,
    viewed: tuple[int, int] | None = None,
) -> OnUnits | None:
    """Progress as of `reference` on the target master, from the complete observations (recorded on it or restated
    on it exactly); None when none is complete by then. `viewed` (snapshot id, current id) keeps only what a page
    viewing that snapshot is judged on (progress.observed_until). The breaks are those after the first observation
    used; the goals are restated on `other`."""
    series = series_on(data_dir, target)
    rows = series.rows
    if viewed is not None:
        series = _withdrawn_left_out(series, viewed, reference)
        rows = rows[rows["snapshot"].isin([o.snapshot for o in series.observations])]
    rows = rows[rows["as_of"] <= reference]
    if rows.empty:
        return None
    city, wards, kinds = report(rows, series.wards, store.goals(data_dir), reference)
    first = min(min(rows["as_of"]), *(o.as_of for o in series.observations if o.as_of <= reference))
    found = breaks(data_dir, first, reference)
    other_hamlets = len(store.master_units(data_dir, other.id))
    return OnUnits(city, wards, kinds, series, found, other, other_hamlets)


def progress_viewed(data_dir: Path, snapshot_id: int, reference: date, current_id: int, today: bool) -> OnUnits | None:
    """What the progress page shows for a snapshot: on the master in force today, or on the snapshot's own; judged on
    the snapshots a page viewing it is judged on (progress.observed_until)."""
    target = store.masters_chain(data_dir)[-1] if today else own_master(data_dir, snapshot_id)
    return progress_on(data_dir, target, other_master(data_dir, target), reference, (snapshot_id, current_id))
