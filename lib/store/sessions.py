"""Signed-in sessions: a random token per login, only its SHA-256 kept, ended at logout, idle time or account change."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lib.store import accounts
from lib.store.accounts import _end_all
from lib.store.db import _locked, _open, _reading, _writing
from lib.store.engine import Conn
from lib.store.settings import settings

MAX_AGE = timedelta(hours=12)  # a session ends this long after its login however busy it is (the cookie's max-age)
TOUCH_EVERY = timedelta(seconds=60)  # last_seen is written at most this often (not at every click)
KEEP_ENDED = timedelta(days=30)  # ended sessions are deleted after this, at the next login
LOCAL, SSO = "local", "sso"  # a local account, or a single sign-on identity (not in the users table)
_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32): 32 random bytes, 43 characters


@dataclass(frozen=True)
class Session:
    """Who a live session is: the account's name, its role now, and whether it must change its password first."""

    name: str
    role: str
    kind: str = LOCAL
    must_change: bool = False


@dataclass(frozen=True)
class Check:
    """A token checked: its live session, or None and why ("unknown", "idle", "logout", "role", "password",
    "disabled", "removed")."""

    session: Session | None
    why: str = ""
    was_live: bool = False  # the session was live until this check found it idle or its account changed


def _clock() -> datetime:
    return datetime.now(UTC)


def digest(token: str) -> str:
    """What the store keeps of a token: its SHA-256, hex (the token itself is never written anywhere)."""
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def well_formed(token: str) -> bool:
    """Whether a text (from a cookie) can be a token at all; anything else is not looked up."""
    return bool(_TOKEN.fullmatch(token))


@contextmanager
def _session_writing(data_dir: Path) -> Iterator[Conn]:
    """A write on the sessions table that does not move the store's revision (a login or a click changes nothing a
    page shows, so it must not empty everyone's caches); with no store yet, it is made the usual way first."""
    if _open(data_dir, create=False) is None:
        with _writing(data_dir):  # the store, its schema (sessions included) and its seed
            pass
    with _locked(data_dir) as conn:
        yield conn


def _has_sessions(data_dir: Path) -> bool:
    return _open(data_dir, create=False) is not None


def create(data_dir: Path, name: str, role: str, kind: str = LOCAL, now: datetime | None = None) -> str:
    """A new session for a signed-in name: the token to give the browser (only its hash is stored)."""
    moment = now or _clock()
    token = secrets.token_urlsafe(32)
    with _session_writing(data_dir) as conn:
        conn.execute("DELETE FROM sessions WHERE created_at < ?", ((moment - KEEP_ENDED).isoformat(),))
        conn.execute(
            "INSERT INTO sessions (token_hash, user_name, role, kind, created_at, last_seen) VALUES (?, ?, ?, ?, ?, ?)",
            (digest(token), name, role, kind, moment.isoformat(), moment.isoformat()),
        )
    return token


def check(data_dir: Path, token: str, now: datetime | None = None) -> Check:
    """The live session a token stands for, as the store says now, or why there is none.

    Idle longer than the `idle_minutes` setting, older than MAX_AGE, ended (logout, a role change, a password reset,
    a disabled account), or its account disabled, removed or given another role since: no session (and it is ended).
    A live one is touched, at most every TOUCH_EVERY.
    """
    moment = now or _clock()
    if not well_formed(token):
        return Check(None, "unknown")
    key = digest(token)
    with _reading(data_dir) as conn:
        row = None
        if conn is not None:
            row = conn.execute(
                "SELECT user_name, role, kind, created_at, last_seen, ended_why FROM sessions WHERE token_hash = ?",
                (key,),
            ).fetchone()
    if row is None:
        return Check(None, "unknown")
    name, role, kind, created, seen, ended = row
    if ended is not None:
        return Check(None, str(ended))
    why = _lapsed(data_dir, moment, datetime.fromisoformat(created), datetime.fromisoformat(seen))
    must_change = False
    if not why and kind == LOCAL:
        account = accounts.user(data_dir, name)
        why = _account_change(account, role)
        must_change = account is not None and account.must_change
    if why:
        _finish(data_dir, key, why)
        return Check(None, why, was_live=True)
    if moment - datetime.fromisoformat(seen) >= TOUCH_EVERY:
        with _session_writing(data_dir) as conn:
            conn.execute("UPDATE sessions SET last_seen = ? WHERE token_hash = ?", (moment.isoformat(), key))
    return Check(Session(name, role, kind, must_change))


def _lapsed(data_dir: Path, moment: datetime, created: datetime, seen: datetime) -> str:
    """ "idle" when the session was unused longer than the idle limit or is older than MAX_AGE, else ""."""
    idle = timedelta(minutes=int(settings(data_dir)["idle_minutes"]))
    return "idle" if moment - seen > idle or moment - created > MAX_AGE else ""


def _account_change(account: accounts.User | None, role: str) -> str:
    """Why a local account's session can no longer go on ("removed", "disabled", "role"), else ""."""
    if account is None:
        return "removed"
    if account.disabled:
        return "disabled"
    return "role" if account.role != role else ""


def resolve(data_dir: Path, token: str, now: datetime | None = None) -> Session | None:
    """The live session a token stands for, or None (see check)."""
    return check(data_dir, token, now).session


def _finish(data_dir: Path, key: str, why: str) -> None:
    with _session_writing(data_dir) as conn:
        conn.execute(
            "UPDATE sessions SET ended_at = ?, ended_why = ? WHERE token_hash = ? AND ended_at IS NULL",
            (_clock().isoformat(), why, key),
        )


def end(data_dir: Path, token: str) -> None:
    """Logout: the session ends in the store, so the token opens nothing anywhere (another tab, a copied cookie)."""
    if well_formed(token) and _has_sessions(data_dir):
        _finish(data_dir, digest(token), "logout")


def end_all_for(data_dir: Path, name: str, by: str, why: str, keep: str = "") -> None:
    """End every open session of a name but the one of token keep (audited when any ended). A role change, a
    password change or reset and disabling an account do this themselves, in their own transaction."""
    with _writing(data_dir) as conn:
        _end_all(conn, name, by, why, digest(keep) if keep else "")
