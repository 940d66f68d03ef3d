"""The one place that opens the database: its file, its tables, reading and writing transactions, the seed."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from lib.core.dataset import DEFAULT_DIR, read_manifest
from lib.ingest.embedded import default_snapshot
from lib.ingest.roster import Parsed
from lib.store.chain import add_columns
from lib.store.rows import _insert_file, _insert_hamlets, _insert_officers, _insert_snapshot, _insert_wards

# Names with a leading underscore are the store's own, shared between its modules; callers use what lib.store exports.

DB_NAME = "store.sqlite"
BASELINE_ID = 1
SYSTEM_USER = ""  # the embedded default dataset was not uploaded by anyone

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, bytes BLOB NOT NULL, compression TEXT
);
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
    as_of TEXT,
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
CREATE TABLE IF NOT EXISTS column_mappings (
    id INTEGER PRIMARY KEY,
    signature TEXT NOT NULL UNIQUE,
    columns TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (name TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    role TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    ended_at TEXT,
    ended_why TEXT
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user);
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
    parquet BLOB,
    effective TEXT
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
CREATE TABLE IF NOT EXISTS units_crosswalks (
    master_id INTEGER NOT NULL REFERENCES units_masters (id),
    previous_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    level TEXT NOT NULL,
    from_code TEXT NOT NULL,
    from_name TEXT NOT NULL,
    to_code TEXT NOT NULL,
    to_name TEXT NOT NULL,
    change TEXT NOT NULL,
    source TEXT NOT NULL,
    verified INTEGER NOT NULL,
    PRIMARY KEY (master_id, position)
);
"""
# units_crosswalks: how each unit of master `previous_id` (0: the embedded master) maps to one of `master_id`.

# The audit trail is append-only in the database itself: an UPDATE or DELETE of an event is refused.
_AUDIT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS events_append_only_delete BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)
_HEADER = b"SQLite format 3\x00"
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class StoreError(ValueError):
    """A write the store refuses (the same file again, an unknown snapshot); nothing was changed."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


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


def _end_sessions(conn: sqlite3.Connection, user: str, why: str, keep: str = "") -> int:
    """End every open session of an account (but the one whose token hash is keep), in the caller's transaction;
    how many were ended. The sessions table is in the schema that every write transaction makes first."""
    ended = conn.execute(
        "UPDATE sessions SET ended_at = ?, ended_why = ? WHERE user = ? AND ended_at IS NULL AND token_hash != ?",
        (_now(), why, user, keep),
    )
    return int(ended.rowcount)


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def _check_file(path: Path) -> bool:
    """Whether the store's file exists; one that exists but is empty or no SQLite database is an error, never
    a fresh start (the store makes its file whole before giving it its name, so this is damage, not a first run)."""
    if not path.exists():
        return False
    if path.stat().st_size == 0:
        raise StoreError("store_empty", path=str(path))
    with path.open("rb") as handle:
        if handle.read(len(_HEADER)) != _HEADER:
            raise StoreError("store_damaged", path=str(path))
    return True


def _create(data_dir: Path) -> None:
    """A new store: the folder and the file readable by their owner only, the file complete (a SQLite header in
    WAL mode) before it takes its name."""
    folder = Path(data_dir)
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        folder.chmod(0o700)  # whatever the umask
    path = db_path(folder)
    draft = path.with_name(path.name + ".new")
    draft.unlink(missing_ok=True)
    os.close(os.open(draft, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    conn = _connect(draft)
    conn.close()
    os.replace(draft, path)


def _open(path: Path) -> sqlite3.Connection:
    """A connection to an existing store, refused with the file named when SQLite finds it corrupt or no database
    (a busy or locked store is not damage: that error goes on as it is)."""
    conn = None
    try:
        conn = _connect(path)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _DAMAGED:  # the primary code of an extended one
            raise StoreError("store_damaged", path=str(path)) from exc
        raise
    if _table_exists(conn, "events"):  # a store made before the triggers gets them when opened
        try:
            for trigger in _AUDIT_TRIGGERS:
                conn.execute(trigger)
        except sqlite3.OperationalError:  # a read-only file: it cannot be changed either
            pass
    return conn


@contextmanager
def _reading(data_dir: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection for reading, or None when there is no store yet (the default dataset is then current)."""
    path = db_path(data_dir)
    if not _check_file(path):
        yield None
        return
    conn = _open(path)
    try:
        created = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'snapshots'").fetchone()
        yield conn if created else None  # a first write that never committed leaves a file with no tables
    finally:
        conn.close()


@contextmanager
def _writing(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it lands, or (on any error or crash) none of it."""
    if not _check_file(db_path(data_dir)):
        _create(data_dir)
    conn = _open(db_path(data_dir))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in [*_SCHEMA.split(";"), *_AUDIT_TRIGGERS]:  # in the transaction: no half-made schema
                if statement.strip():
                    conn.execute(statement)
            add_columns(conn)  # the audit chain's columns, on a store made before them too
            _add_ward_dates(conn)
            _add_master_dates(conn)
            _add_file_compression(conn)
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


def _add_ward_dates(conn: sqlite3.Connection) -> None:
    """Each ward's own as-of date (NULL: the snapshot's), on a store made before ward-by-ward files too."""
    if not _has_ward_dates(conn):
        conn.execute("ALTER TABLE snapshot_wards ADD COLUMN as_of TEXT")


def _add_master_dates(conn: sqlite3.Connection) -> None:
    """The date each units master takes effect (NULL: from the baseline), on a store made before dated masters."""
    if not _has_master_dates(conn):
        conn.execute("ALTER TABLE units_masters ADD COLUMN effective TEXT")


def _has_master_dates(conn: sqlite3.Connection) -> bool:
    return "effective" in {row[1] for row in conn.execute("PRAGMA table_info(units_masters)")}


def _add_file_compression(conn: sqlite3.Connection) -> None:
    """How a kept file's bytes are compressed (NULL: as uploaded), on a store made before compressed files too."""
    if not has_file_compression(conn):
        conn.execute("ALTER TABLE files ADD COLUMN compression TEXT")


def has_file_compression(conn: sqlite3.Connection) -> bool:
    return "compression" in {row[1] for row in conn.execute("PRAGMA table_info(files)")}


def _has_ward_dates(conn: sqlite3.Connection) -> bool:
    return "as_of" in {row[1] for row in conn.execute("PRAGMA table_info(snapshot_wards)")}


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
    sha: str | None = None,
) -> int:
    """An accepted file written as a snapshot (here, since the seed writes one), each step named to on_step; its id.

    `sha` is the file's SHA-256 when the caller has it (a national file takes 0.1 s to hash)."""
    snapshot = parsed.snapshot
    assert snapshot is not None
    step = on_step or (lambda _name: None)
    sha = _insert_file(conn, original, sha)
    step("file")
    new_id = _insert_snapshot(conn, snapshot_id, parsed, sha, file_name, user, _now())
    step("snapshot")
    _insert_wards(conn, new_id, snapshot)
    step("wards")
    if snapshot.hamlets is not None:
        _insert_hamlets(conn, new_id, snapshot.hamlets)
    step("hamlets")
    if snapshot.officers is not None:
        _insert_officers(conn, new_id, snapshot.officers)
    step("officers")
    return new_id
