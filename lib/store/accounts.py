"""Accounts as stored: users with their roles and password hashes, and failed logins (auth.py checks them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lib.store.audit import _event
from lib.store.db import StoreError, _now, _reading, _table_exists, _writing


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str
    created_at: str


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
