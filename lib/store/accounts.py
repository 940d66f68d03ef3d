"""Accounts as stored: users with their roles, password hashes and flags, and the login counter (auth.py uses them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from lib.store.audit import _event
from lib.store.db import StoreError, _end_sessions, _locked, _now, _open, _reading, _writing
from lib.store.engine import Conn


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str
    created_at: str
    disabled: bool = False
    must_change: bool = False


def create_user(
    data_dir: Path, name: str, role: str, password_hash: str, by: str, same: Callable[[str], bool] | None = None
) -> bool:
    """Add an account; False when the name is taken (same(existing) says whether a stored name is the same one)."""
    with _writing(data_dir) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM users").fetchall()]
        if any(n == name or (same is not None and same(n)) for n in names):
            return False
        conn.execute(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
            (name, role, password_hash, _now()),
        )
        _event(conn, by, "account_create", {"name": name, "role": role})
    return True


def _existing(conn: Conn, name: str) -> str:
    row = conn.execute("SELECT role FROM users WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise StoreError("unknown_user", name=name)
    return str(row[0])


def _end_all(conn: Conn, name: str, by: str, why: str, keep: str = "") -> None:
    """End the account's open sessions (but keep, a token hash) in the change's own transaction; audited when any."""
    count = _end_sessions(conn, name, why, keep)
    if count:
        _event(conn, by, "sessions_ended", {"name": name, "sessions": count, "why": why})


def set_role(data_dir: Path, name: str, role: str, by: str) -> None:
    """A new role; the account's sessions end (it logs in again with the new role)."""
    with _writing(data_dir) as conn:
        before = _existing(conn, name)
        conn.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
        _event(conn, by, "account_role", {"name": name, "before": before, "after": role})
        if before != role:
            _end_all(conn, name, by, "role")


def set_password(data_dir: Path, name: str, password_hash: str, must_change: bool, by: str, keep: str = "") -> None:
    """A new password hash; must_change when an administrator set it (the user changes it at the next login).

    Every session of the account ends but keep (the token hash of the session that changed its own password).
    """
    with _writing(data_dir) as conn:
        _existing(conn, name)
        conn.execute("UPDATE users SET password_hash = ? WHERE name = ?", (password_hash, name))
        conn.execute(
            "INSERT INTO account_flags (name, must_change) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET must_change = excluded.must_change",
            (name, int(must_change)),
        )
        if must_change:
            _event(conn, by, "account_reset", {"name": name})
        else:
            _event(conn, by, "account_password", {"name": name})
        _end_all(conn, name, by, "password", keep)


def set_disabled(data_dir: Path, name: str, disabled: bool, by: str) -> None:
    """Disable an account (it can no longer log in, and a session of it ends) or enable it again."""
    with _writing(data_dir) as conn:
        _existing(conn, name)
        conn.execute(
            "INSERT INTO account_flags (name, disabled) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET disabled = excluded.disabled",
            (name, int(disabled)),
        )
        if disabled:
            _event(conn, by, "account_disable", {"name": name})
            _end_all(conn, name, by, "disabled")
        else:
            _event(conn, by, "account_enable", {"name": name})


def unlock(data_dir: Path, name: str, key: str, by: str) -> None:
    """Forget an account's failed logins (someone kept it locked by typing wrong passwords); audited."""
    with _writing(data_dir) as conn:
        _existing(conn, name)
        conn.execute("DELETE FROM login_windows WHERE name = ?", (key,))
        _event(conn, by, "account_unlock", {"name": name})


def users(data_dir: Path) -> list[User]:
    with _reading(data_dir) as conn:
        if conn is None:
            return []
        rows = conn.execute(
            "SELECT u.name, u.role, u.password_hash, u.created_at,"
            " COALESCE(f.disabled, 0), COALESCE(f.must_change, 0)"
            " FROM users u LEFT JOIN account_flags f ON f.name = u.name ORDER BY u.name"
        ).fetchall()
    return [User(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5])) for r in rows]


def user(data_dir: Path, name: str) -> User | None:
    return next((u for u in users(data_dir) if u.name == name), None)


@contextmanager
def _counting(data_dir: Path) -> Iterator[Conn | None]:
    """One write transaction on the login counter, or None without accounts (no store, or none created yet).

    It does not move the store's revision: a login attempt changes nothing a page shows, so it must not empty the
    caches of everyone signed in.
    """
    if _open(data_dir, create=False) is None:  # no store: never made for a login attempt
        yield None
        return
    with _locked(data_dir) as conn:
        yield conn


def take_attempt(data_dir: Path, key: str, moment: datetime, limit: int, window: timedelta) -> datetime | None:
    """Count one login attempt for a normalised name, in the same transaction that checks the limit.

    None when the attempt may go on (it is counted already, as a failure until clear_login_failures says otherwise);
    else when the window that locks the name started.
    """
    with _counting(data_dir) as conn:
        if conn is None:
            return None
        conn.execute("DELETE FROM login_windows WHERE started < ?", ((moment - window).isoformat(),))
        row = conn.execute("SELECT started, attempts FROM login_windows WHERE name = ?", (key,)).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO login_windows (name, started, attempts, audited) VALUES (?, ?, 1, 0)",
                (key, moment.isoformat()),
            )
            return None
        if row[1] >= limit:
            return datetime.fromisoformat(row[0])
        conn.execute("UPDATE login_windows SET attempts = attempts + 1 WHERE name = ?", (key,))
    return None


def record_login_failure(data_dir: Path, key: str, account: str | None) -> None:
    """Audit a failed login once per name and window, and only for an account that exists (no growth from strangers)."""
    if account is None:
        return
    with _counting(data_dir) as conn:
        if conn is None:
            return
        first = conn.execute("UPDATE login_windows SET audited = 1 WHERE name = ? AND audited = 0", (key,)).rowcount
    if first:
        with _writing(data_dir) as conn:
            _event(conn, account, "login_failed", {})


def login_failures(data_dir: Path, key: str) -> list[datetime]:
    """The attempts counted against a normalised name in its current window (each at the window's start)."""
    with _reading(data_dir) as conn:
        if conn is None:
            return []
        row = conn.execute("SELECT started, attempts FROM login_windows WHERE name = ?", (key,)).fetchone()
    return [] if row is None else [datetime.fromisoformat(row[0])] * int(row[1])


def clear_login_failures(data_dir: Path, key: str) -> None:
    with _counting(data_dir) as conn:
        if conn is not None:
            conn.execute("DELETE FROM login_windows WHERE name = ?", (key,))
