"""The snapshot store: every accepted file kept as a versioned snapshot with its original bytes, in SQLite."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from lib.core.dataset import DEFAULT_DIR, default_goals, read_manifest
from lib.core.model import Goal, Snapshot
from lib.core.schema import SETTINGS_DEFAULTS, SNAPSHOT_OFFICER_COLUMNS, UNIT_COLUMNS
from lib.ingest.embedded import default_snapshot, default_units
from lib.ingest.roster import Parsed
from lib.ingest.units import count_orphans, digest, ward_table

DB_NAME = "store.sqlite"
_TEXT = pd.StringDtype("pyarrow", na_value=float("nan"))  # pandas' str
BASELINE_ID = 1
SYSTEM_USER = ""  # the embedded default dataset was not uploaded by anyone

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, bytes BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE REFERENCES files (sha256),
    granularity TEXT NOT NULL,
    encoding TEXT,
    header_row INTEGER,
    sheet TEXT,
    data_rows INTEGER NOT NULL,
    hamlets INTEGER NOT NULL,
    concurrent INTEGER NOT NULL,
    warnings TEXT NOT NULL,
    illustrative INTEGER NOT NULL,
    source TEXT NOT NULL,
    source_en TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshot_wards (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
    ward_code TEXT NOT NULL,
    concurrent INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, ward_code)
);
CREATE TABLE IF NOT EXISTS snapshot_hamlets (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
    hamlet_code TEXT NOT NULL,
    ward_code TEXT NOT NULL,
    secretary TEXT NOT NULL,
    head TEXT NOT NULL,
    concurrent INTEGER NOT NULL,
    head_party_member INTEGER,
    reason TEXT NOT NULL,
    note TEXT NOT NULL,
    source_row INTEGER,
    PRIMARY KEY (snapshot_id, hamlet_code)
);
CREATE TABLE IF NOT EXISTS snapshot_officers (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
    source_row INTEGER NOT NULL,
    ward_code TEXT NOT NULL,
    hamlet_code TEXT NOT NULL,
    position TEXT NOT NULL,
    positions TEXT NOT NULL,
    full_name TEXT NOT NULL,
    birth_year INTEGER,
    party_member INTEGER NOT NULL,
    person_code TEXT NOT NULL,
    person TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshot_officer_files (
    snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id),
    rows INTEGER NOT NULL,
    format TEXT NOT NULL,
    bytes BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS scenarios (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    user TEXT NOT NULL,
    snapshot_id INTEGER NOT NULL,
    items TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (name TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS units_masters (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES files (sha256),
    digest TEXT NOT NULL,
    wards INTEGER NOT NULL,
    hamlets INTEGER NOT NULL,
    columns TEXT NOT NULL,
    parquet BLOB
);
CREATE TABLE IF NOT EXISTS units_master_rows (
    master_id INTEGER NOT NULL REFERENCES units_masters (id),
    position INTEGER NOT NULL,
    ward_code TEXT NOT NULL,
    ward TEXT NOT NULL,
    ward_kind TEXT NOT NULL,
    hamlet_code TEXT NOT NULL,
    hamlet TEXT NOT NULL,
    hamlet_kind TEXT NOT NULL,
    name_source TEXT,
    district_code TEXT,
    district TEXT,
    province_code TEXT,
    province TEXT,
    PRIMARY KEY (master_id, position)
);
"""


class StoreError(ValueError):
    """A write the store refuses (the same file again, an unknown snapshot); nothing was changed."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


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


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=60, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=60000")
    return conn


@contextmanager
def _reading(data_dir: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection for reading, or None when there is no store yet (the default dataset is then current)."""
    path = db_path(data_dir)
    if not path.exists():
        yield None
        return
    conn = _connect(path)
    try:
        created = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'snapshots'").fetchone()
        yield conn if created else None  # a first write that never committed leaves a file with no tables
    finally:
        conn.close()


@contextmanager
def _writing(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it lands, or (on any error or crash) none of it."""
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    conn = _connect(db_path(data_dir))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):  # inside the transaction: a crash leaves no empty tables
                if statement.strip():
                    conn.execute(statement)
            if conn.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 0:
                _seed(conn)
            yield conn
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('revision', '1') "
                "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def _seed(conn: sqlite3.Connection) -> None:
    """The embedded 06/05/2019 baseline becomes snapshot 1, so that history starts where the data starts."""
    manifest = read_manifest(DEFAULT_DIR)
    original = (DEFAULT_DIR / manifest.roster).read_bytes()
    snapshot = default_snapshot()
    info = Parsed(snapshot=snapshot, granularity="hamlet", encoding="utf-8", header_row=1)
    _insert(conn, BASELINE_ID, info, original, manifest.roster, SYSTEM_USER, None)
    conn.execute(
        "UPDATE snapshots SET illustrative = 1, source = ?, source_en = ? WHERE id = ?",
        (manifest.source, manifest.source_en, BASELINE_ID),
    )


def _insert(
    conn: sqlite3.Connection,
    snapshot_id: int | None,
    parsed: Parsed,
    original: bytes,
    file_name: str,
    user: str,
    on_step: Callable[[str], None] | None,
) -> int:
    snapshot = parsed.snapshot
    assert snapshot is not None
    step = on_step or (lambda _name: None)
    sha = hashlib.sha256(original).hexdigest()
    conn.execute("INSERT OR IGNORE INTO files (sha256, size, bytes) VALUES (?, ?, ?)", (sha, len(original), original))
    step("file")
    counts = snapshot.ward_counts
    warnings = [{"code": p.code, "row": p.row, "column": p.column, "params": p.params} for p in parsed.warnings]
    cursor = conn.execute(
        "INSERT INTO snapshots (id, as_of, uploaded_at, uploaded_by, file_name, sha256, granularity, encoding, "
        "header_row, sheet, data_rows, hamlets, concurrent, warnings, illustrative, source, source_en) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            snapshot_id,
            snapshot.as_of.isoformat(),
            _now(),
            user,
            file_name,
            sha,
            snapshot.granularity,
            parsed.encoding,
            parsed.header_row,
            parsed.sheet,
            _data_rows(snapshot),
            len(snapshot.units),
            int(counts["concurrent"].sum()),
            json.dumps(warnings, ensure_ascii=False, default=str),
            int(snapshot.illustrative),
            snapshot.source,
            snapshot.source_en,
        ),
    )
    new_id = int(cursor.lastrowid or 0)
    step("snapshot")
    conn.executemany(
        "INSERT INTO snapshot_wards (snapshot_id, ward_code, concurrent) VALUES (?, ?, ?)",
        [(new_id, str(c), int(n)) for c, n in zip(counts["code"], counts["concurrent"], strict=True)],
    )
    step("wards")
    if snapshot.hamlets is not None:
        h = {c: snapshot.hamlets[c].tolist() for c in snapshot.hamlets.columns}
        conn.executemany(
            "INSERT INTO snapshot_hamlets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (new_id, *values)
                for values in zip(
                    h["hamlet_code"],
                    h["ward_code"],
                    [v or "" for v in h["secretary"]],
                    [v or "" for v in h["head"]],
                    [int(bool(v)) for v in h["concurrent"]],
                    [_tri(v) for v in h["head_party_member"]],
                    [v or "" for v in h["reason"]],
                    [v or "" for v in h["note"]],
                    [_int_or_none(v) for v in h["row"]],
                    strict=True,
                )
            ),
        )
    step("hamlets")
    if snapshot.officers is not None:  # a million rows at national scale: one compressed Parquet file
        data = _officers_parquet(snapshot.officers)
        conn.execute(
            "INSERT INTO snapshot_officer_files (snapshot_id, rows, format, bytes) VALUES (?, ?, 'parquet', ?)",
            (new_id, len(snapshot.officers), data),
        )
    step("officers")
    return new_id


def _officers_parquet(officers: pd.DataFrame) -> bytes:
    """An officer roster as Parquet: text as dictionary-encoded columns, positions joined by '+'."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    years = pd.to_numeric(officers["birth_year"], errors="coerce")
    table = pa.table(
        {
            "row": pa.array(officers["row"].astype("int64").to_numpy()),
            "ward_code": pa.array(officers["ward_code"].astype(str), pa.string()),
            "hamlet_code": pa.array(officers["hamlet_code"].astype(str), pa.string()),
            "position": pa.array(officers["position"].astype(str), pa.string()),
            "positions": _joined_positions(officers["positions"]),
            "full_name": pa.array(officers["full_name"].astype(str), pa.string()),
            "birth_year": pa.array(years.to_numpy(), pa.int64(), from_pandas=True),
            "party_member": pa.array(officers["party_member"].astype(bool).to_numpy()),
            "person_code": pa.array(officers["person_code"].astype(str), pa.string()),
            "person": pa.array(officers["person"].astype(str), pa.string()),
        }
    )
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", use_dictionary=True)
    return sink.getvalue()


def _joined_positions(positions: pd.Series) -> object:
    """Each row's position codes joined by '+' (each distinct tuple joined once)."""
    import pyarrow as pa

    codes, kinds = pd.factorize(positions)
    return pa.array(["+".join(k) for k in kinds], pa.string()).take(pa.array(codes))


def _officers_from_parquet(data: bytes) -> pd.DataFrame:
    """The officer roster as load() gives it: as read from the rows table (birth years as float with gaps)."""
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(data))
    frame = table.to_pandas(types_mapper=lambda t: _TEXT if str(t) == "string" else None)
    return frame[list(SNAPSHOT_OFFICER_COLUMNS)]


def _data_rows(snapshot: Snapshot) -> int:
    if snapshot.officers is not None:
        return len(snapshot.officers)
    if snapshot.hamlets is not None:
        return int(snapshot.hamlets["row"].notna().sum())
    return len(snapshot.ward_counts)


def _tri(value: object) -> int | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return int(bool(value))


def _int_or_none(value: object) -> int | None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    return int(value)  # type: ignore[call-overload]


def _event(conn: sqlite3.Connection, user: str, action: str, detail: dict[str, object]) -> None:
    """Append one row to the audit trail (never updated or deleted)."""
    conn.execute(
        "INSERT INTO events (at, user, action, detail) VALUES (?, ?, ?, ?)",
        (_now(), user, action, json.dumps(detail, ensure_ascii=False, default=str)),
    )


# --- writes -------------------------------------------------------------------------------------


def record(data_dir: Path, user: str, action: str, detail: dict[str, object]) -> None:
    """An event in the audit trail for a change kept beside the store (a new version of the allowance rates)."""
    with _writing(data_dir) as conn:
        _event(conn, user, action, detail)


def add_snapshot(
    data_dir: Path,
    parsed: Parsed,
    original: bytes,
    file_name: str,
    user: str,
    on_step: Callable[[str], None] | None = None,
    units_file: UnitsFile | None = None,
) -> int:
    """Store an accepted file as a new snapshot (it becomes current); the same file twice is refused.

    The file must have been checked against the units master in force, or against `units_file`, which then
    becomes the master in force in the same transaction (unless it already is).
    """
    if parsed.snapshot is None or parsed.errors:
        raise StoreError("not_valid")
    sha = hashlib.sha256(original).hexdigest()
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
        new_id = _insert(conn, None, parsed, original, Path(file_name).name, user, on_step)
        conn.execute("DELETE FROM meta WHERE key = 'current'")  # new data: the latest as-of date is current again
        detail: dict[str, object] = {
            "snapshot": new_id,
            "file": Path(file_name).name,
            "sha256": sha,
            "as_of": parsed.snapshot.as_of.isoformat(),
        }
        if master is not None:
            detail["units_master"] = master
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


def _current_id(conn: sqlite3.Connection) -> int:
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
        return f"{db_path(data_dir).resolve()}#{row[0] if row else 0}"


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
            base = default_snapshot()
            manifest = read_manifest(DEFAULT_DIR)
            sha = hashlib.sha256((DEFAULT_DIR / manifest.roster).read_bytes()).hexdigest()
            return [
                SnapshotInfo(
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
            ]
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


def load(data_dir: Path, snapshot_id: int | None = None) -> Snapshot:
    """A snapshot rebuilt from the store (the current one by default)."""
    with _reading(data_dir) as conn:
        if conn is None:
            if snapshot_id not in (None, BASELINE_ID):
                raise StoreError("unknown_snapshot", id=snapshot_id)
            return replace(default_snapshot(), id=str(BASELINE_ID))
        wanted = _current_id(conn) if snapshot_id is None else snapshot_id
        meta = conn.execute(
            "SELECT as_of, granularity, illustrative, source, source_en FROM snapshots WHERE id = ?", (wanted,)
        ).fetchone()
        if meta is None:
            raise StoreError("unknown_snapshot", id=snapshot_id)
        wards = pd.read_sql_query(
            "SELECT ward_code AS code, concurrent FROM snapshot_wards WHERE snapshot_id = ?", conn, params=(wanted,)
        )
        hamlets = pd.read_sql_query(
            "SELECT hamlet_code, ward_code, secretary, head, concurrent, head_party_member, reason, note, "
            "source_row AS row FROM snapshot_hamlets WHERE snapshot_id = ?",
            conn,
            params=(wanted,),
        )
        stored = (
            conn.execute("SELECT bytes FROM snapshot_officer_files WHERE snapshot_id = ?", (wanted,)).fetchone()
            if _table_exists(conn, "snapshot_officer_files")
            else None
        )
        if stored is not None:
            officers = _officers_from_parquet(bytes(stored[0]))
        else:  # stored before officers were kept as one file
            officers = pd.read_sql_query(
                "SELECT source_row AS row, ward_code, hamlet_code, position, positions, full_name, birth_year, "
                "party_member, person_code, person FROM snapshot_officers WHERE snapshot_id = ? ORDER BY source_row",
                conn,
                params=(wanted,),
            )
        units = _units(conn, data_dir)
    ward_order = pd.unique(units["ward_code"]).tolist()
    wards = wards.set_index("code").reindex(ward_order).fillna(0).astype(int).reset_index()
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
    if len(officers):
        codes, joined = pd.factorize(officers["positions"])
        titles = np.empty(len(joined), dtype=object)
        titles[:] = [tuple(str(p).split("+")) for p in joined]
        officers["positions"] = titles[codes]
        officers["party_member"] = officers["party_member"].astype(bool)
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
    )


def original(data_dir: Path, snapshot_id: int) -> tuple[str, bytes]:
    """The file name and the bytes exactly as they were uploaded."""
    with _reading(data_dir) as conn:
        if conn is None:
            manifest = read_manifest(DEFAULT_DIR)
            return manifest.roster, (DEFAULT_DIR / manifest.roster).read_bytes()
        row = conn.execute(
            "SELECT s.file_name, f.bytes FROM snapshots s JOIN files f ON f.sha256 = s.sha256 WHERE s.id = ?",
            (snapshot_id,),
        ).fetchone()
    if row is None:
        raise StoreError("unknown_snapshot", id=snapshot_id)
    return str(row[0]), bytes(row[1])


def events(data_dir: Path) -> list[dict[str, object]]:
    """The audit trail, oldest first."""
    with _reading(data_dir) as conn:
        if conn is None:
            return []
        rows = conn.execute("SELECT id, at, user, action, detail FROM events ORDER BY id").fetchall()
    return [{"id": r[0], "at": r[1], "user": r[2], "action": r[3], "detail": json.loads(r[4])} for r in rows]


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
        frame = pd.read_sql_query(
            "SELECT s.id AS snapshot, s.id AS 'order', s.as_of, w.ward_code, w.concurrent "
            "FROM snapshot_wards w JOIN snapshots s ON s.id = w.snapshot_id ORDER BY s.id",
            conn,
        )
        wards = pd.DataFrame({"ward_code": pd.unique(_units(conn, data_dir)["ward_code"])})
        current = _current_id(conn)
    # A snapshot with none of the wards of the master in force (the embedded Bạc Liêu baseline under a province's
    # master) says nothing about that area: it is no observation of it, not a count of 0 (unless it is current).
    overlapping = set(frame.loc[frame["ward_code"].isin(wards["ward_code"]), "snapshot"]) | {current}
    frame = frame[frame["snapshot"].isin(overlapping)]
    # Counted as load() counts them: every ward of the master in force, 0 where a snapshot has none.
    snapshots = frame[["snapshot", "order", "as_of"]].drop_duplicates()
    frame = (
        snapshots.merge(wards, how="cross")
        .merge(frame[["snapshot", "ward_code", "concurrent"]], on=["snapshot", "ward_code"], how="left")
        .fillna({"concurrent": 0})
        .astype({"concurrent": int})
    )
    frame["as_of"] = [date.fromisoformat(d) for d in frame["as_of"]]
    return frame[["snapshot", "order", "as_of", "ward_code", "concurrent"]]


# --- scenarios (plans, never recorded data) -------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """A saved plan: which hamlets are expected to become concurrent, and in which month."""

    id: int
    name: str
    created_at: str
    user: str
    snapshot_id: int
    items: dict[str, date]


def save_scenario(data_dir: Path, name: str, snapshot_id: int, items: dict[str, date], user: str) -> int:
    """Keep a plan under a name; the recorded snapshots are not touched."""
    with _writing(data_dir) as conn:
        cursor = conn.execute(
            "INSERT INTO scenarios (name, created_at, user, snapshot_id, items) VALUES (?, ?, ?, ?, ?)",
            (
                name.strip(),
                _now(),
                user,
                snapshot_id,
                json.dumps({code: month.isoformat() for code, month in items.items()}),
            ),
        )
        new_id = int(cursor.lastrowid or 0)
        _event(conn, user, "scenario_save", {"scenario": new_id, "name": name.strip(), "hamlets": len(items)})
    return new_id


def scenarios(data_dir: Path) -> list[Scenario]:
    """Saved plans, newest first."""
    with _reading(data_dir) as conn:
        if conn is None:
            return []
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'scenarios'").fetchone() is None:
            return []
        rows = conn.execute(
            "SELECT id, name, created_at, user, snapshot_id, items FROM scenarios ORDER BY id DESC"
        ).fetchall()
    return [
        Scenario(
            int(r[0]),
            r[1],
            r[2],
            r[3],
            int(r[4]),
            {code: date.fromisoformat(month) for code, month in json.loads(r[5]).items()},
        )
        for r in rows
    ]


def delete_scenario(data_dir: Path, scenario_id: int, user: str) -> None:
    """Remove a saved plan (plans are not recorded data; the deletion is kept in the audit trail)."""
    with _writing(data_dir) as conn:
        found = conn.execute("SELECT name FROM scenarios WHERE id = ?", (scenario_id,)).fetchone()
        if found is None:
            raise StoreError("unknown_scenario", id=scenario_id)
        conn.execute("DELETE FROM scenarios WHERE id = ?", (scenario_id,))
        _event(conn, user, "scenario_delete", {"scenario": scenario_id, "name": found[0]})


# --- accounts, settings and the audit trail ---------------------------------------------------------


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str
    created_at: str


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def create_user(data_dir: Path, name: str, role: str, password_hash: str, by: str) -> bool:
    """Add an account; False when the name is taken."""
    with _writing(data_dir) as conn:
        if conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
            return False
        conn.execute("INSERT INTO users VALUES (?, ?, ?, ?)", (name, role, password_hash, _now()))
        _event(conn, by, "account_create", {"name": name, "role": role})
    return True


def set_role(data_dir: Path, name: str, role: str, by: str) -> None:
    with _writing(data_dir) as conn:
        before = conn.execute("SELECT role FROM users WHERE name = ?", (name,)).fetchone()
        if before is None:
            raise StoreError("unknown_user", name=name)
        conn.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
        _event(conn, by, "account_role", {"name": name, "before": before[0], "after": role})


def users(data_dir: Path) -> list[User]:
    with _reading(data_dir) as conn:
        if conn is None or not _table_exists(conn, "users"):
            return []
        rows = conn.execute("SELECT name, role, password_hash, created_at FROM users ORDER BY name").fetchall()
    return [User(*r) for r in rows]


def user(data_dir: Path, name: str) -> User | None:
    return next((u for u in users(data_dir) if u.name == name), None)


def login_failures(data_dir: Path, name: str) -> list[datetime]:
    with _reading(data_dir) as conn:
        if conn is None or not _table_exists(conn, "login_failures"):
            return []
        rows = conn.execute("SELECT at FROM login_failures WHERE name = ?", (name,)).fetchall()
    return [datetime.fromisoformat(r[0]) for r in rows]


def record_login_failure(data_dir: Path, name: str, at: datetime) -> None:
    with _writing(data_dir) as conn:
        conn.execute("INSERT INTO login_failures VALUES (?, ?)", (name, at.isoformat()))
        _event(conn, name, "login_failed", {})


def clear_login_failures(data_dir: Path, name: str) -> None:
    with _writing(data_dir) as conn:
        conn.execute("DELETE FROM login_failures WHERE name = ?", (name,))


def settings(data_dir: Path) -> dict[str, str]:
    """Deployment settings, with their defaults."""
    values = dict(SETTINGS_DEFAULTS)
    with _reading(data_dir) as conn:
        if conn is not None and _table_exists(conn, "settings"):
            values.update(dict(conn.execute("SELECT key, value FROM settings").fetchall()))
    return values


def set_setting(data_dir: Path, key: str, value: str, by: str) -> None:
    if key not in SETTINGS_DEFAULTS:
        raise StoreError("unknown_setting", key=key)
    with _writing(data_dir) as conn:
        conn.execute(
            "INSERT INTO settings VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?", (key, value, value)
        )
        _event(conn, by, "setting", {"key": key, "value": value})


# --- goals (data an editor may change) --------------------------------------------------------------


def goals(data_dir: Path) -> tuple[Goal, ...]:
    """The goals in force: those saved by an editor, else the embedded (31/12/2019, 70 %), (31/12/2020, 100 %)."""
    with _reading(data_dir) as conn:
        row = None
        if conn is not None and _table_exists(conn, "settings"):
            row = conn.execute("SELECT value FROM settings WHERE key = 'goals'").fetchone()
    if row is None:
        return default_goals()
    saved = [Goal(date.fromisoformat(g["deadline"]), float(g["target_pct"])) for g in json.loads(row[0])]
    return tuple(sorted(saved, key=lambda g: g.deadline))


def set_goals(data_dir: Path, new: tuple[Goal, ...], user: str) -> None:
    """Replace the goals (at least one, each 0 < target ≤ 100, distinct deadlines); the change is audited."""
    if not new or any(not 0 < g.target_pct <= 100 for g in new) or len({g.deadline for g in new}) != len(new):
        raise StoreError("bad_goals")
    before = [{"deadline": g.deadline.isoformat(), "target_pct": g.target_pct} for g in goals(data_dir)]
    after = [
        {"deadline": g.deadline.isoformat(), "target_pct": g.target_pct} for g in sorted(new, key=lambda g: g.deadline)
    ]
    with _writing(data_dir) as conn:
        value = json.dumps(after)
        conn.execute(
            "INSERT INTO settings VALUES ('goals', ?) ON CONFLICT (key) DO UPDATE SET value = ?", (value, value)
        )
        _event(conn, user, "goals", {"before": before, "after": after})


# --- the units master (a deployment replaces it; every master is kept, the latest is in force) ---------------


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


_UNITS_CACHE: dict[tuple[str, int, str], pd.DataFrame] = {}  # masters never change once stored


def same_units(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Whether two masters have the same hamlets in the same wards, in the same order."""
    if a is b:
        return True
    if len(a) != len(b):
        return False
    return all((a[c].to_numpy() == b[c].to_numpy()).all() for c in ("hamlet_code", "ward_code"))


def _latest_master(conn: sqlite3.Connection) -> tuple[int, str] | None:
    if not _table_exists(conn, "units_masters"):
        return None
    row = conn.execute("SELECT id, digest FROM units_masters ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _units(conn: sqlite3.Connection, data_dir: Path) -> pd.DataFrame:
    """The master in force: the latest stored one, else the embedded one."""
    latest = _latest_master(conn)
    if latest is None:
        return default_units()
    key = (str(db_path(data_dir).resolve()), *latest)
    if key not in _UNITS_CACHE:
        found = conn.execute("SELECT columns, parquet FROM units_masters WHERE id = ?", (latest[0],)).fetchone()
        if found[1] is not None:  # the same rows, kept as one file too: read at once
            units = _units_from_parquet(bytes(found[1]))
        else:
            columns = [c for c in json.loads(found[0]) if c in UNIT_COLUMNS]
            rows = conn.execute(
                f"SELECT {', '.join(columns)} FROM units_master_rows WHERE master_id = ? ORDER BY position",
                (latest[0],),
            ).fetchall()
            units = pd.DataFrame(rows, columns=columns, dtype=str)
        if len(_UNITS_CACHE) >= 4:
            _UNITS_CACHE.pop(next(iter(_UNITS_CACHE)))
        _UNITS_CACHE[key] = units
    return _UNITS_CACHE[key].copy(deep=False)


def _units_parquet(units: pd.DataFrame) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    table = pa.table({c: pa.array(units[c].astype(str), pa.string()) for c in units.columns})
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def _units_from_parquet(data: bytes) -> pd.DataFrame:
    import pyarrow.parquet as pq

    return pq.read_table(io.BytesIO(data)).to_pandas(types_mapper=lambda t: _TEXT if str(t) == "string" else None)


def _store_units(
    conn: sqlite3.Connection, data_dir: Path, units_file: UnitsFile, user: str, refuse_same: bool
) -> int | None:
    """Make a checked master the one in force; None (or a refusal) when it already is."""
    latest = _latest_master(conn)
    new_digest = digest(units_file.units)
    if new_digest == (latest[1] if latest else digest(default_units())):
        if not refuse_same:
            return None
        raise StoreError("units_unchanged", id=latest[0]) if latest else StoreError("units_is_embedded")
    sha = hashlib.sha256(units_file.original).hexdigest()
    conn.execute(
        "INSERT OR IGNORE INTO files (sha256, size, bytes) VALUES (?, ?, ?)",
        (sha, len(units_file.original), units_file.original),
    )
    columns = [c for c in UNIT_COLUMNS if c in units_file.units]
    wards = int(units_file.units["ward_code"].nunique())
    file_name = Path(units_file.file_name).name
    cursor = conn.execute(
        "INSERT INTO units_masters (created_at, created_by, file_name, sha256, digest, wards, hamlets, columns, "
        "parquet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            _now(),
            user,
            file_name,
            sha,
            new_digest,
            wards,
            len(units_file.units),
            json.dumps(columns),
            _units_parquet(units_file.units[columns]),
        ),
    )
    new_id = int(cursor.lastrowid or 0)
    frame = units_file.units.reindex(columns=list(UNIT_COLUMNS), fill_value="").fillna("")
    values = [frame[c].astype(str).tolist() for c in UNIT_COLUMNS]
    conn.executemany(
        f"INSERT INTO units_master_rows (master_id, position, {', '.join(UNIT_COLUMNS)}) "
        f"VALUES (?, ?, {', '.join('?' for _ in UNIT_COLUMNS)})",
        ((new_id, position, *row) for position, row in enumerate(zip(*values, strict=True))),
    )
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
        },
    )
    return new_id


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
        if conn is None or not _table_exists(conn, "units_masters"):
            return []
        rows = conn.execute(
            "SELECT id, created_at, created_by, file_name, sha256, wards, hamlets FROM units_masters ORDER BY id DESC"
        ).fetchall()
    return [UnitsInfo(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), i == 0) for i, r in enumerate(rows)]


def orphans(data_dir: Path, new: pd.DataFrame) -> tuple[int, int]:
    """(current snapshot id, how many of its units a new master lacks): hamlets, or wards for a ward summary."""
    snapshot = load(data_dir)
    return int(snapshot.id), count_orphans(snapshot, new)


def ward_list(data_dir: Path) -> pd.DataFrame:
    """The wards of the master in force (code, ward, kind, hamlets and the upper levels it has)."""
    return ward_table(units(data_dir))
