"""Snapshots: every accepted file kept with its original bytes; which one is current; each rebuilt as it was."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from lib.core.dataset import DEFAULT_DIR, read_manifest
from lib.core.model import Snapshot
from lib.ingest.embedded import default_snapshot
from lib.ingest.roster import Parsed
from lib.ingest.units import count_orphans
from lib.store.audit import _event
from lib.store.blobs import digest, unpack
from lib.store.db import BASELINE_ID, SYSTEM_USER, StoreError, _insert, _reading, _writing
from lib.store.engine import Conn, database_url, is_sqlite, masked, sqlite_file
from lib.store.masters import (
    EMBEDDED_MASTER,
    UnitsFile,
    _latest_master,
    _shown_master,
    _store_units,
    _units,
    same_units,
)
from lib.store.parquet import _officers_from_parquet


@dataclass(frozen=True)
class SnapshotInfo:
    """One stored snapshot as listed in the history."""

    id: int
    as_of: date
    uploaded_at: str
    uploaded_by: str
    file_name: str
    sha256: str
    granularity: str
    hamlets: int
    concurrent: int
    warnings: int
    illustrative: bool
    current: bool


# --- writes -------------------------------------------------------------------------------------


def add_snapshot(
    data_dir: Path,
    parsed: Parsed,
    original: bytes,
    file_name: str,
    user: str,
    on_step: Callable[[str], None] | None = None,
    units_file: UnitsFile | None = None,
    scope: str | None = None,
) -> int:
    """Store an accepted file as a new snapshot (it becomes current); the same file twice is refused.

    The file must have been checked against the units master in force, or against `units_file`, which then
    becomes the master in force in the same transaction (unless it already is). `scope`, the choice made for a
    file with figures for some wards only (see lib.store.scope), is recorded in the audit trail.
    """
    if parsed.snapshot is None or parsed.errors:
        raise StoreError("not_valid")
    sha = digest(original)  # prepare()d while the file was read, when the caller did
    with _writing(data_dir) as conn:
        row = conn.execute("SELECT id, as_of FROM snapshots WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            raise StoreError("duplicate_upload", id=row[0], as_of=date.fromisoformat(row[1]))
        master = None
        if units_file is not None:
            master = _store_units(conn, data_dir, units_file, user, refuse_same=False)
        in_force = units_file.units if units_file is not None else _units(conn, data_dir)
        if not same_units(parsed.snapshot.units, in_force):
            raise StoreError("units_mismatch")
        checked = _latest_master(conn)  # the master in force now (the one just stored, if any)
        new_id = _insert(
            conn, None, parsed, original, Path(file_name).name, user, on_step, sha, checked[0] if checked else 0
        )
        conn.execute("DELETE FROM meta WHERE key = 'current'")  # new data: the latest as-of date is current again
        detail: dict[str, object] = {
            "snapshot": new_id,
            "file": Path(file_name).name,
            "sha256": sha,
            "as_of": parsed.snapshot.as_of.isoformat(),
        }
        if master is not None:
            detail["units_master"] = master
        if scope is not None and parsed.partial:
            detail["scope"] = scope
            detail["wards"] = list(parsed.wards_covered)
        _event(conn, user, "import", detail)
    return new_id


def restore(data_dir: Path, snapshot_id: int, user: str) -> None:
    """Make an earlier snapshot the current one; nothing is deleted."""
    with _writing(data_dir) as conn:
        if conn.execute("SELECT 1 FROM snapshots WHERE id = ?", (snapshot_id,)).fetchone() is None:
            raise StoreError("unknown_snapshot", id=snapshot_id)
        before = _current_id(conn)
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('current', ?) ON CONFLICT (key) DO UPDATE SET value = ?",
            (str(snapshot_id), str(snapshot_id)),
        )
        _event(conn, user, "restore", {"snapshot": snapshot_id, "previous": before})


# --- reads --------------------------------------------------------------------------------------


def _current_id(conn: Conn) -> int:
    pinned = conn.execute("SELECT value FROM meta WHERE key = 'current'").fetchone()
    if pinned is not None:
        return int(pinned[0])
    row = conn.execute("SELECT id FROM snapshots ORDER BY as_of DESC, id DESC LIMIT 1").fetchone()
    return int(row[0]) if row else BASELINE_ID


def revision(data_dir: Path) -> str:
    """Changes whenever the store does: the cache key of everything read from it."""
    with _reading(data_dir) as conn:
        if conn is None:
            return "default"
        row = conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return f"{_where(data_dir)}#{row[0] if row else 0}"


def _where(data_dir: Path) -> str:
    """The store's place in a cache key: its file, or its URL without the password."""
    url = database_url(data_dir)
    return str(sqlite_file(url).resolve()) if is_sqlite(url) else masked(url)


def current_of(history: list[SnapshotInfo]) -> int:
    """The id of the current snapshot in a history (the baseline's in an empty one)."""
    return next((h.id for h in history if h.current), BASELINE_ID)


def current_id(data_dir: Path) -> int:
    with _reading(data_dir) as conn:
        return BASELINE_ID if conn is None else _current_id(conn)


def history(data_dir: Path) -> list[SnapshotInfo]:
    """Every snapshot, newest as-of date first; the embedded baseline alone while nothing was uploaded."""
    with _reading(data_dir) as conn:
        if conn is None:
            return [_baseline_info()]
        current = _current_id(conn)
        rows = conn.execute(
            "SELECT id, as_of, uploaded_at, uploaded_by, file_name, sha256, granularity, hamlets, concurrent, "
            "warnings, illustrative FROM snapshots ORDER BY as_of DESC, id DESC"
        ).fetchall()
    return [
        SnapshotInfo(
            int(r[0]),
            date.fromisoformat(r[1]),
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            int(r[7]),
            int(r[8]),
            len(json.loads(r[9])),
            bool(r[10]),
            int(r[0]) == current,
        )
        for r in rows
    ]


def _baseline_info() -> SnapshotInfo:
    """The embedded baseline as listed while there is no store yet."""
    base = default_snapshot()
    manifest = read_manifest(DEFAULT_DIR)
    sha = hashlib.sha256((DEFAULT_DIR / manifest.roster).read_bytes()).hexdigest()
    return SnapshotInfo(
        BASELINE_ID,
        base.as_of,
        "",
        SYSTEM_USER,
        manifest.roster,
        sha,
        "hamlet",
        len(base.units),
        int(base.ward_counts["concurrent"].sum()),
        0,
        True,
        True,
    )


def shown_master(data_dir: Path, snapshot_id: int) -> int:
    """The id of the units master `load` reads a stored snapshot on (0: the embedded one)."""
    with _reading(data_dir) as conn:
        if conn is None:
            return EMBEDDED_MASTER
        row = conn.execute("SELECT units_master_id FROM snapshots WHERE id = ?", (snapshot_id,)).fetchone()
        if row is None:
            raise StoreError("unknown_snapshot", id=snapshot_id)
        return _shown_master(conn, data_dir, None if row[0] is None else int(row[0]))[0]


def load(data_dir: Path, snapshot_id: int | None = None) -> Snapshot:
    """A snapshot rebuilt from the store (the current one by default), on the master `shown_master` names: the one
    it was checked against, its figures as recorded, unless it reads alike on the master in force."""
    with _reading(data_dir) as conn:
        if conn is None:
            if snapshot_id not in (None, BASELINE_ID):
                raise StoreError("unknown_snapshot", id=snapshot_id)
            return replace(default_snapshot(), id=str(BASELINE_ID))
        wanted = _current_id(conn) if snapshot_id is None else snapshot_id
        meta = conn.execute(
            "SELECT as_of, granularity, illustrative, source, source_en, units_master_id FROM snapshots WHERE id = ?",
            (wanted,),
        ).fetchone()
        if meta is None:
            raise StoreError("unknown_snapshot", id=snapshot_id)
        wards, hamlets = _read_counts(conn, wanted)
        ward_as_of = _ward_dates(conn, wanted)
        officers = _read_officers(conn, wanted)
        _, units = _shown_master(conn, data_dir, None if meta[5] is None else int(meta[5]))
    ward_order = pd.unique(units["ward_code"]).tolist()
    wards = wards.set_index("code").reindex(ward_order).fillna(0).astype(int).reset_index()
    hamlets = _hamlets_as_loaded(hamlets, units)
    officers = _officers_as_loaded(officers)
    return Snapshot(
        id=str(wanted),
        as_of=date.fromisoformat(meta[0]),
        granularity=meta[1],
        units=units,
        ward_counts=wards,
        hamlets=hamlets if meta[1] != "ward" else None,
        officers=officers if meta[1] == "officer" else None,
        illustrative=bool(meta[2]),
        source=meta[3],
        source_en=meta[4],
        ward_as_of=ward_as_of,
    )


def _ward_dates(conn: Conn, snapshot_id: int) -> dict[str, date]:
    """The wards of a snapshot whose figures are of their own, older date (none in a store made before them)."""
    rows = conn.execute(
        "SELECT ward_code, as_of FROM snapshot_wards WHERE snapshot_id = ? AND as_of IS NOT NULL", (snapshot_id,)
    ).fetchall()
    return {str(code): date.fromisoformat(day) for code, day in rows}


def _read_counts(conn: Conn, snapshot_id: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A stored snapshot's ward counts and hamlet rows, as stored."""
    wards = conn.frame("SELECT ward_code AS code, concurrent FROM snapshot_wards WHERE snapshot_id = ?", (snapshot_id,))
    hamlets = conn.frame(
        "SELECT hamlet_code, ward_code, secretary, head, concurrent, head_party_member, reason, note, "
        "source_row AS row FROM snapshot_hamlets WHERE snapshot_id = ?",
        (snapshot_id,),
    )
    return wards, hamlets


def _read_officers(conn: Conn, snapshot_id: int) -> pd.DataFrame:
    """A stored snapshot's officer rows (none for a hamlet or ward file), positions still joined by '+'."""
    stored = conn.execute("SELECT bytes FROM snapshot_officer_files WHERE snapshot_id = ?", (snapshot_id,)).fetchone()
    if stored is not None:
        return _officers_from_parquet(bytes(stored[0]))
    # stored before officers were kept as one file
    return conn.frame(
        "SELECT source_row AS row, ward_code, hamlet_code, position, positions, full_name, birth_year, "
        "party_member, person_code, person FROM snapshot_officers WHERE snapshot_id = ? ORDER BY source_row",
        (snapshot_id,),
    )


def _hamlets_as_loaded(hamlets: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """Stored hamlet rows typed back (flags as bool, party membership as bool or None), in the master's order."""
    if len(hamlets):
        hamlets["concurrent"] = hamlets["concurrent"].astype(bool)
        member = hamlets["head_party_member"]
        missing = member.isna().tolist()
        hamlets["head_party_member"] = [
            None if gap else bool(v) for gap, v in zip(missing, member.fillna(0).tolist(), strict=True)
        ]
        # Master order; hamlets the master lacks go last, in the order they were stored.
        position = pd.Index(units["hamlet_code"]).get_indexer(hamlets["hamlet_code"])
        unknown = position < 0
        position[unknown] = len(units) + np.flatnonzero(unknown)
        hamlets = hamlets.iloc[np.argsort(position, kind="stable")].reset_index(drop=True)
    return hamlets


def _officers_as_loaded(officers: pd.DataFrame) -> pd.DataFrame:
    """Stored officer rows typed back: positions as tuples of codes, party membership as bool."""
    if len(officers):
        codes, joined = pd.factorize(officers["positions"])
        titles = np.empty(len(joined), dtype=object)
        titles[:] = [tuple(str(p).split("+")) for p in joined]
        officers["positions"] = titles[codes]
        officers["party_member"] = officers["party_member"].astype(bool)
    return officers


def original(data_dir: Path, snapshot_id: int) -> tuple[str, bytes]:
    """The file name and the bytes exactly as they were uploaded."""
    with _reading(data_dir) as conn:
        if conn is None:
            manifest = read_manifest(DEFAULT_DIR)
            return manifest.roster, (DEFAULT_DIR / manifest.roster).read_bytes()
        row = conn.execute(
            "SELECT s.file_name, f.bytes, f.size, f.compression FROM snapshots s JOIN files f "
            "ON f.sha256 = s.sha256 WHERE s.id = ?",
            (snapshot_id,),
        ).fetchone()
    if row is None:
        raise StoreError("unknown_snapshot", id=snapshot_id)
    return str(row[0]), unpack(row[1], int(row[2]), row[3])


def observations(data_dir: Path) -> pd.DataFrame:
    """Every snapshot's count per ward: snapshot, order (upload order), as_of (date), ward_code, concurrent."""
    with _reading(data_dir) as conn:
        if conn is None:
            base = default_snapshot()
            frame = base.ward_counts.rename(columns={"code": "ward_code"})
            frame.insert(0, "as_of", base.as_of)
            frame.insert(0, "order", BASELINE_ID)
            frame.insert(0, "snapshot", BASELINE_ID)
            return frame[["snapshot", "order", "as_of", "ward_code", "concurrent"]]
        frame = conn.frame(
            'SELECT s.id AS snapshot, s.id AS "order", s.as_of AS taken, COALESCE(w.as_of, s.as_of) AS as_of, '
            "w.ward_code, w.concurrent FROM snapshot_wards w JOIN snapshots s ON s.id = w.snapshot_id ORDER BY s.id"
        )
        wards = pd.DataFrame({"ward_code": pd.unique(_units(conn, data_dir)["ward_code"])})
        current = _current_id(conn)
    # A snapshot with none of the wards of the master in force (the embedded Bạc Liêu baseline under a province's
    # master) says nothing about that area: it is no observation of it, not a count of 0 (unless it is current).
    overlapping = set(frame.loc[frame["ward_code"].isin(wards["ward_code"]), "snapshot"]) | {current}
    frame = frame[frame["snapshot"].isin(overlapping)]
    # Counted as load() counts them: every ward of the master in force, 0 where a snapshot has none; each ward on
    # the date of its own figures (a ward carried forward by a ward-by-ward file keeps its older date).
    snapshots = frame[["snapshot", "order", "taken"]].drop_duplicates()
    frame = (
        snapshots.merge(wards, how="cross")
        .merge(frame[["snapshot", "ward_code", "concurrent", "as_of"]], on=["snapshot", "ward_code"], how="left")
        .fillna({"concurrent": 0})
        .astype({"concurrent": int})
    )
    days = frame["as_of"].fillna(frame["taken"])
    frame["as_of"] = [date.fromisoformat(d) for d in days]
    return frame[["snapshot", "order", "as_of", "ward_code", "concurrent"]]


def orphans(data_dir: Path, new: pd.DataFrame) -> tuple[int, int]:
    """(current snapshot id, how many of its units a new master lacks): hamlets, or wards for a ward summary."""
    snapshot = load(data_dir)
    return int(snapshot.id), count_orphans(snapshot, new)
