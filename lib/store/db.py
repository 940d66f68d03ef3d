"""The one place that opens the database: its file or URL, its version, reading and writing transactions, the seed."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from lib.core.dataset import DEFAULT_DIR, read_manifest
from lib.ingest.embedded import default_snapshot
from lib.ingest.roster import Parsed
from lib.store import migrate
from lib.store.engine import (
    DB_NAME,
    Conn,
    Store,
    database_url,
    db_path,
    is_sqlite,
    known_store,
    masked,
    sqlite_file,
    store_for,
)
from lib.store.errors import StoreError
from lib.store.rows import (
    _insert_file,
    _insert_hamlets,
    _insert_officers,
    _insert_snapshot,
    _insert_wards,
    _officers_ahead,
)
from lib.store.schema import TRIGGERS_PRESENT, triggers

# Names with a leading underscore are the store's own, shared between its modules; callers use what lib.store exports.

__all__ = ["BASELINE_ID", "DB_NAME", "SYSTEM_USER", "StoreError", "db_path"]

BASELINE_ID = 1
SYSTEM_USER = ""  # the embedded default dataset was not uploaded by anyone
_HEADER = b"SQLite format 3\x00"
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_WRITE_LOCK = 15_2026  # PostgreSQL: the advisory lock every write takes (SQLite's BEGIN IMMEDIATE)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _end_sessions(conn: Conn, user: str, why: str, keep: str = "") -> int:
    """End every open session of an account (but the one whose token hash is keep), in the caller's transaction;
    how many were ended."""
    ended = conn.execute(
        "UPDATE sessions SET ended_at = ?, ended_why = ? WHERE user_name = ? AND ended_at IS NULL AND token_hash != ?",
        (_now(), why, user, keep),
    )
    return int(ended.rowcount)


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


def _create(path: Path) -> None:
    """A new store file: the folder and the file readable by their owner only, the file complete (a SQLite header in
    WAL mode) before it takes its name."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        folder.chmod(0o700)  # whatever the umask
    draft = path.with_name(path.name + ".new")
    draft.unlink(missing_ok=True)
    os.close(os.open(draft, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    conn = sqlite3.connect(draft)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    os.replace(draft, path)


@contextmanager
def _translated(path: Path) -> Iterator[None]:
    """SQLite finding the file corrupt or no database: refused with the file named (busy or locked is no damage)."""
    try:
        yield
    except DBAPIError as exc:
        code = getattr(exc.orig, "sqlite_errorcode", 0) or 0
        if code & 0xFF in _DAMAGED:  # the primary code of an extended one
            raise StoreError("store_damaged", path=str(path)) from exc
        raise


@contextmanager
def _transaction(engine: Engine, write: bool) -> Iterator[Connection]:
    """One transaction: a write holds the store's write lock from its start, a read sees one state throughout."""
    with engine.connect() as sa:
        if engine.dialect.name == "sqlite":
            sa.info["write"] = write
            with sa.begin():
                sa.info.pop("write", None)
                yield sa
        else:
            if not write:
                sa = sa.execution_options(isolation_level="REPEATABLE READ")
            with sa.begin():
                if write:
                    sa.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})
                yield sa


def _where(data_dir: Path) -> tuple[str, Path]:
    """The store's URL, and its file for SQLite (the data dir's, or the one a sqlite:/// URL names)."""
    url = database_url(data_dir)
    return url, sqlite_file(url) if is_sqlite(url) else db_path(data_dir)


def _open(data_dir: Path, create: bool) -> Store | None:
    """The store's engine, its database at the newest revision (checked once per process, upgraded when older, made
    when absent and `create`); None when there is no store yet."""
    url, path = _where(data_dir)
    sqlite = is_sqlite(url)
    known = _known(url, path) if sqlite else None
    if known is not None:
        return known
    if sqlite and not _check_file(path):
        if not create:
            return None
        _create(path)
    store = store_for(url, path.stat().st_ino if sqlite else 0)
    if store.ready:
        return store
    where = str(path) if sqlite else masked(url)
    with _translated(path):
        with _transaction(store.engine, write=False) as sa:
            need = migrate.needs(sa, where)
            whole = need != "head" or sa.exec_driver_sql(TRIGGERS_PRESENT[sa.dialect.name]).scalar_one() >= 2
        if need == "absent" and not create:
            return None
        if need != "head" or not whole:
            _write_once(store, where, path if sqlite else None, need == "head")
    store.ready = True
    return store


def _write_once(store: Store, where: str, path: Path | None, guard_only: bool) -> None:
    """Bring the store to the newest revision, or only give it back its append-only triggers (not on a read-only
    SQLite file, which cannot be changed either)."""
    try:
        with _transaction(store.engine, write=True) as sa:
            _bring_to_head(store, sa, where, path)
    except OperationalError:
        if not guard_only:
            raise


def _known(url: str, path: Path) -> Store | None:
    """The ready engine of a SQLite file this process has open already (the same file, not empty): its header is
    not read again, since closing a file of the store would drop the locks SQLite holds on it (POSIX), and another
    process could then remove the write-ahead log under the open connections."""
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    store = known_store(url, found.st_ino)
    if store is not None and found.st_size == 0:
        raise StoreError("store_empty", path=str(path))
    return store


def _bring_to_head(store: Store, sa: Connection, where: str, path: Path | None) -> None:
    """Under the write lock: make the store, or upgrade it (a SQLite file copied beside it first)."""
    need = migrate.needs(sa, where)  # again: another process may have done it meanwhile
    if need == "head":  # the append-only triggers were dropped (a store made before them, or by hand)
        for statement in triggers(sa.dialect.name):
            sa.exec_driver_sql(statement)
    elif need == "absent":
        migrate.create(sa)
        _seed(Conn(sa))  # in the same transaction: a store always starts with the baseline
    elif need == "upgrade":
        backup = _backup(path, migrate.current(sa) or migrate.LEGACY) if path is not None else ""
        before = migrate.upgrade(sa)
        store.notes.append(migrate.Upgrade(before, migrate.head(), backup))


def _backup(path: Path, revision: str) -> str:
    """A consistent copy of a SQLite store beside it, before its upgrade: store.sqlite.before-<rev>-<UTC time>."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-{revision}-{stamp}")
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    source, copy = sqlite3.connect(path), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return str(target)


def upgraded(data_dir: Path) -> migrate.Upgrade | None:
    """The upgrade made when this process opened the store (once: the next call says None); opening it now when it
    was not yet (a store newer than the code is refused here)."""
    store = _open(data_dir, create=False)
    return store.notes.pop(0) if store is not None and store.notes else None  # type: ignore[return-value]


@contextmanager
def _reading(data_dir: Path) -> Iterator[Conn | None]:
    """A connection for reading, or None when there is no store yet (the default dataset is then current)."""
    store = _open(data_dir, create=False)
    if store is None:
        yield None
        return
    with _translated(_where(data_dir)[1]), _transaction(store.engine, write=False) as sa:
        yield Conn(sa)


@contextmanager
def _locked(data_dir: Path) -> Iterator[Conn]:
    """A write transaction on a store made first when there is none, that does not move the revision."""
    store = _open(data_dir, create=True)
    assert store is not None
    with _translated(_where(data_dir)[1]), _transaction(store.engine, write=True) as sa:
        yield Conn(sa)


@contextmanager
def _writing(data_dir: Path) -> Iterator[Conn]:
    """One write transaction: all of it lands, or (on any error or crash) none of it; the revision moves."""
    with _locked(data_dir) as conn:
        if conn.execute("SELECT COUNT(*) FROM snapshots").scalar_one() == 0:
            _seed(conn)
        yield conn
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('revision', '1') "
            "ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)"
        )


def _seed(conn: Conn) -> None:
    """The embedded 06/05/2019 baseline becomes snapshot 1, so that history starts where the data starts."""
    manifest = read_manifest(DEFAULT_DIR)
    original = (DEFAULT_DIR / manifest.roster).read_bytes()
    snapshot = default_snapshot()
    info = Parsed(snapshot=snapshot, granularity="hamlet", encoding="utf-8", header_row=1)
    _insert(conn, BASELINE_ID, info, original, manifest.roster, SYSTEM_USER, None)
    conn.execute(
        "UPDATE snapshots SET illustrative = 1, source = ?, source_en = ?, units_master_id = 0 WHERE id = ?",
        (manifest.source, manifest.source_en, BASELINE_ID),
    )


def _insert(
    conn: Conn,
    snapshot_id: int | None,
    parsed: Parsed,
    original: bytes,
    file_name: str,
    user: str,
    on_step: Callable[[str], None] | None,
    sha: str | None = None,
    master: int | None = None,
) -> int:
    """An accepted file written as a snapshot (here, since the seed writes one), each step named to on_step; its id.

    `sha` is the file's SHA-256 when the caller has it (a national file takes 0.1 s to hash); `master` the units
    master it was checked against."""
    snapshot = parsed.snapshot
    assert snapshot is not None
    step = on_step or (lambda _name: None)
    officers = _officers_ahead(snapshot)
    sha = _insert_file(conn, original, sha)
    step("file")
    new_id = _insert_snapshot(conn, snapshot_id, parsed, sha, file_name, user, _now(), master)
    step("snapshot")
    _insert_wards(conn, new_id, snapshot)
    step("wards")
    if snapshot.hamlets is not None:
        _insert_hamlets(conn, new_id, snapshot.hamlets)
    step("hamlets")
    if snapshot.officers is not None and officers is not None:
        _insert_officers(conn, new_id, snapshot.officers, officers.result())
    step("officers")
    return new_id
