"""Dated units masters and the crosswalks between them: the chain, the master on a date, a dated master stored."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from lib.core.dataset import DEFAULT_DIR, read_manifest
from lib.core.schema import CROSSWALK_COLUMNS
from lib.ingest.embedded import default_units
from lib.store.audit import _event
from lib.store.db import BASELINE_ID, StoreError, _reading, _writing
from lib.store.engine import Conn
from lib.store.masters import EMBEDDED_MASTER, UnitsFile, _master_rows, _store_units
from lib.store.schema import units_crosswalks


@dataclass(frozen=True)
class MasterRef:
    """One master of the chain: its id (0: the embedded one), the date it takes effect, whether a crosswalk from the
    master before it is stored, and when it was stored (for the embedded one: "")."""

    id: int
    effective: date
    has_crosswalk: bool
    created_at: str = ""


@dataclass(frozen=True)
class CrosswalkFile:
    """A checked crosswalk's rows, with the bytes and the name of the file it came from."""

    rows: pd.DataFrame
    original: bytes
    file_name: str


def baseline_day() -> date:
    """The date the data starts (the embedded baseline): an undated master takes effect from it."""
    return read_manifest(DEFAULT_DIR).as_of


def _chain(conn: Conn | None) -> list[MasterRef]:
    embedded = MasterRef(EMBEDDED_MASTER, baseline_day(), False)
    if conn is None:
        return [embedded]
    rows = conn.execute(
        "SELECT id, effective, (SELECT 1 FROM units_crosswalks c WHERE c.master_id = m.id LIMIT 1), created_at "
        "FROM units_masters m ORDER BY id"
    ).fetchall()
    stored = [
        MasterRef(int(r[0]), date.fromisoformat(r[1]) if r[1] else embedded.effective, bool(r[2]), str(r[3]))
        for r in rows
    ]
    return [embedded, *stored]


def masters_chain(data_dir: Path) -> list[MasterRef]:
    """Every master, the embedded one first, in the order they took effect (the last is in force)."""
    with _reading(data_dir) as conn:
        return _chain(conn)


def master_on(chain: list[MasterRef], day: date) -> MasterRef:
    """The master in force on `day`: the last one effective on or before it (the first for a day before all)."""
    found = [ref for ref in chain if ref.effective <= day]
    return found[-1] if found else chain[0]


def master_units(data_dir: Path, master_id: int) -> pd.DataFrame:
    """A master's rows by id (0: the embedded one)."""
    if master_id == EMBEDDED_MASTER:
        return default_units()
    with _reading(data_dir) as conn:
        if conn is None:
            raise StoreError("unknown_units_master", id=master_id)
        return _master_rows(conn, data_dir, master_id)


def crosswalk(data_dir: Path, master_id: int) -> pd.DataFrame | None:
    """The stored crosswalk into a master from the one before it (None when there is none)."""
    with _reading(data_dir) as conn:
        if conn is None:
            return None
        frame = conn.frame(
            f"SELECT {', '.join(CROSSWALK_COLUMNS)} FROM units_crosswalks WHERE master_id = ? ORDER BY position",
            (master_id,),
        )
    if frame.empty:
        return None
    return frame.assign(verified=frame["verified"].astype(bool))


def snapshot_master(data_dir: Path, snapshot_id: int) -> int:
    """The master a stored snapshot was checked against: the one in force when it was stored (the embedded baseline
    is on the embedded master)."""
    with _reading(data_dir) as conn:
        if conn is None or snapshot_id == BASELINE_ID:
            return EMBEDDED_MASTER
        row = conn.execute("SELECT uploaded_at, units_master_id FROM snapshots WHERE id = ?", (snapshot_id,)).fetchone()
        if row is None:
            raise StoreError("unknown_snapshot", id=snapshot_id)
        if row[1] is not None:  # named when it was stored (or by the upgrade that added the column)
            return int(row[1])
        found = conn.execute("SELECT MAX(id) FROM units_masters WHERE created_at <= ?", (str(row[0]),)).fetchone()
    return int(found[0]) if found and found[0] is not None else EMBEDDED_MASTER


def import_dated(
    data_dir: Path,
    units_file: UnitsFile,
    effective: date,
    links: CrosswalkFile | None,
    previous: int,
    user: str,
) -> int:
    """Store a checked master that takes effect on `effective`, with its crosswalk from master `previous` (the one in
    force when both files were checked), in one transaction; audited. Refused when another master was stored
    meanwhile, or when it would take effect before the master in force."""
    with _writing(data_dir) as conn:
        latest = _chain(conn)[-1]
        if latest.id != previous:
            raise StoreError("units_changed_meanwhile", id=latest.id)
        if effective <= latest.effective and latest.id != EMBEDDED_MASTER:
            raise StoreError("units_effective_before", effective=latest.effective, id=latest.id)
        new_id = _store_units(conn, data_dir, units_file, user, refuse_same=True, effective=effective.isoformat())
        assert new_id is not None
        if links is not None:
            _insert_crosswalk(conn, new_id, previous, links, user)
    return new_id


def _insert_crosswalk(conn: Conn, master_id: int, previous: int, links: CrosswalkFile, user: str) -> None:
    sha = hashlib.sha256(links.original).hexdigest()
    conn.execute(
        "INSERT INTO files (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
        (sha, len(links.original), links.original),
    )
    frame = links.rows.reindex(columns=list(CROSSWALK_COLUMNS), fill_value="")
    names = ["master_id", "previous_id", "position", *CROSSWALK_COLUMNS]
    cells = [
        (master_id, previous, position, *[_cell(c, v) for c, v in zip(CROSSWALK_COLUMNS, row, strict=True)])
        for position, row in enumerate(frame.itertuples(index=False, name=None))
    ]
    conn.insert_rows(units_crosswalks, names, cells)
    _event(
        conn,
        user,
        "units_crosswalk",
        {
            "units_master": master_id,
            "previous": previous,
            "file": Path(links.file_name).name,
            "sha256": sha,
            "rows": len(frame),
            "unverified": int((~frame["verified"].astype(bool)).sum()),
        },
    )


def _cell(column: str, value: object) -> object:
    """A crosswalk cell as stored: the verified flag as 0 or 1, anything else as text."""
    return int(bool(value)) if column == "verified" else str(value)
