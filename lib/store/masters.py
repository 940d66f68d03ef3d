"""Units masters: a deployment replaces the master; every master is kept, the latest is in force."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import insert

from lib.core.schema import UNIT_COLUMNS
from lib.ingest.embedded import default_units
from lib.ingest.units import digest, ward_table
from lib.store import schema
from lib.store.audit import _event
from lib.store.db import StoreError, _now, _reading, _writing
from lib.store.engine import Conn, database_url
from lib.store.parquet import _units_from_parquet, _units_parquet


@dataclass(frozen=True)
class UnitsFile:
    """A checked units master, with the bytes and the name of the file it came from."""

    units: pd.DataFrame
    original: bytes
    file_name: str


@dataclass(frozen=True)
class UnitsInfo:
    """One stored units master as listed."""

    id: int
    created_at: str
    created_by: str
    file_name: str
    sha256: str
    wards: int
    hamlets: int
    current: bool


EMBEDDED_MASTER = 0  # the id of the embedded master (Bạc Liêu city, 2019) in the chain and in crosswalks
_UNITS_CACHE: dict[tuple[str, int, str], pd.DataFrame] = {}  # masters never change once stored


def same_units(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Whether two masters have the same hamlets in the same wards, in the same order."""
    if a is b:
        return True
    if len(a) != len(b):
        return False
    return all((a[c].to_numpy() == b[c].to_numpy()).all() for c in ("hamlet_code", "ward_code"))


def read_alike(own: pd.DataFrame, in_force: pd.DataFrame) -> bool:
    """Whether a snapshot of master `own` reads the same on the master in force: each of its hamlets is there, in a
    ward of the same code (a later master that corrects names, or only adds levels above the wards or hamlets
    elsewhere)."""
    later = dict(zip(in_force["hamlet_code"].astype(str), in_force["ward_code"].astype(str), strict=False))
    return bool((own["hamlet_code"].astype(str).map(later) == own["ward_code"].astype(str)).all())


def _shown_master(conn: Conn, data_dir: Path, own: int | None) -> tuple[int, pd.DataFrame]:
    """The master a snapshot is read on, and its rows: the one in force where the snapshot reads alike there, else
    the one it was checked against (its figures as recorded; restating them is lib.analysis.units_change's)."""
    latest = _latest_master(conn)
    in_force_id = EMBEDDED_MASTER if latest is None else latest[0]
    in_force = _units(conn, data_dir)
    if own is None or own == in_force_id:
        return in_force_id, in_force
    recorded = _master_rows(conn, data_dir, own)
    return (in_force_id, in_force) if read_alike(recorded, in_force) else (own, recorded)


def _latest_master(conn: Conn) -> tuple[int, str] | None:
    row = conn.execute("SELECT id, digest FROM units_masters ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _units(conn: Conn, data_dir: Path) -> pd.DataFrame:
    """The master in force: the latest stored one, else the embedded one."""
    latest = _latest_master(conn)
    return default_units() if latest is None else _master_rows(conn, data_dir, latest[0])


def _master_rows(conn: Conn, data_dir: Path, master_id: int) -> pd.DataFrame:
    """A stored master's rows by id (0: the embedded one), read once per process (a master never changes)."""
    if master_id == EMBEDDED_MASTER:
        return default_units()
    found = conn.execute("SELECT columns, parquet, digest FROM units_masters WHERE id = ?", (master_id,)).fetchone()
    if found is None:
        raise StoreError("unknown_units_master", id=master_id)
    key = (database_url(data_dir), master_id, str(found[2]))
    if key not in _UNITS_CACHE:
        if found[1] is not None:  # the same rows, kept as one file too: read at once
            units = _units_from_parquet(bytes(found[1]))
        else:
            columns = [c for c in json.loads(found[0]) if c in UNIT_COLUMNS]
            rows = conn.execute(
                f"SELECT {', '.join(columns)} FROM units_master_rows WHERE master_id = ? ORDER BY position",
                (master_id,),
            ).fetchall()
            units = pd.DataFrame([tuple(r) for r in rows], columns=columns, dtype=str)  # tuples: pandas' quick path
        if len(_UNITS_CACHE) >= 4:
            _UNITS_CACHE.pop(next(iter(_UNITS_CACHE)))
        _UNITS_CACHE[key] = units
    return _UNITS_CACHE[key].copy(deep=False)


def _store_units(
    conn: Conn,
    data_dir: Path,
    units_file: UnitsFile,
    user: str,
    refuse_same: bool,
    effective: str | None = None,
) -> int | None:
    """Make a checked master the one in force; None (or a refusal) when it already is. Given `effective` (the date
    it takes effect), the same units may be stored again as a new dated master."""
    latest = _latest_master(conn)
    new_digest = digest(units_file.units)
    if effective is None and new_digest == (latest[1] if latest else digest(default_units())):
        if not refuse_same:
            return None
        raise StoreError("units_unchanged", id=latest[0]) if latest else StoreError("units_is_embedded")
    sha = hashlib.sha256(units_file.original).hexdigest()
    conn.execute(
        "INSERT INTO files (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
        (sha, len(units_file.original), units_file.original),
    )
    columns = [c for c in UNIT_COLUMNS if c in units_file.units]
    wards = int(units_file.units["ward_code"].nunique())
    file_name = Path(units_file.file_name).name
    dated = {"effective": effective} if effective else {}  # named in the audit trail when it was given
    effective = effective or _today_or_later(conn)
    row = {
        "id": conn.next_id("units_masters"),
        "created_at": _now(),
        "created_by": user,
        "file_name": file_name,
        "sha256": sha,
        "digest": new_digest,
        "wards": wards,
        "hamlets": len(units_file.units),
        "columns": json.dumps(columns),
        "parquet": _units_parquet(units_file.units[columns]),
        "effective": effective,
    }
    new_id = int(
        conn.sa.execute(insert(schema.units_masters).values(row).returning(schema.units_masters.c.id)).scalar_one()
    )
    _insert_master_rows(conn, new_id, units_file.units)
    _event(
        conn,
        user,
        "units_import",
        {
            "units_master": new_id,
            "file": file_name,
            "sha256": sha,
            "wards": wards,
            "hamlets": len(units_file.units),
            "previous": latest[0] if latest else None,
            **dated,
        },
    )
    return new_id


def _today_or_later(conn: Conn) -> str:
    """The date an undated new master takes effect: today, or the latest master's date when that is later."""
    latest_day = conn.execute("SELECT MAX(COALESCE(effective, '')) FROM units_masters").fetchone()[0] or ""
    return max(_now()[:10], str(latest_day))


def _insert_master_rows(conn: Conn, master_id: int, units: pd.DataFrame) -> None:
    """A master's rows, one per hamlet in its order, every column of the schema ("" where it has none)."""
    frame = units.reindex(columns=list(UNIT_COLUMNS), fill_value="").fillna("")
    values = [frame[c].astype(str).tolist() for c in UNIT_COLUMNS]
    names = ["master_id", "position", *UNIT_COLUMNS]
    rows = ((master_id, position, *row) for position, row in enumerate(zip(*values, strict=True)))
    conn.insert_rows(schema.units_master_rows, names, list(rows))


def set_units(data_dir: Path, units_file: UnitsFile, user: str) -> int:
    """Store a checked master as the one in force (the one in force again is refused); audited, one transaction."""
    with _writing(data_dir) as conn:
        new_id = _store_units(conn, data_dir, units_file, user, refuse_same=True)
    assert new_id is not None
    return new_id


def units(data_dir: Path) -> pd.DataFrame:
    """The units master in force: the latest stored one, else the embedded one (Bạc Liêu city, 2019)."""
    with _reading(data_dir) as conn:
        return default_units() if conn is None else _units(conn, data_dir)


def units_masters(data_dir: Path) -> list[UnitsInfo]:
    """Every stored master, newest first (the first is in force); empty while the embedded one is in force."""
    with _reading(data_dir) as conn:
        if conn is None:
            return []
        rows = conn.execute(
            "SELECT id, created_at, created_by, file_name, sha256, wards, hamlets FROM units_masters ORDER BY id DESC"
        ).fetchall()
    return [UnitsInfo(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), i == 0) for i, r in enumerate(rows)]


def ward_list(data_dir: Path) -> pd.DataFrame:
    """The wards of the master in force (code, ward, kind, hamlets and the upper levels it has)."""
    return ward_table(units(data_dir))
