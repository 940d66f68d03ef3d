"""Accounts and roles: password hashing (argon2), who may do what, and login with a rate limit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from lib.core.schema import LOGIN_LIMIT, PERMISSIONS, ROLES
from lib.store import accounts

_HASHER = PasswordHasher()
MIN_PASSWORD = 10


def can(role: str, action: str) -> bool:
    """Whether a role may do an action ("read", "upload", "restore", "scenario", "accounts", …)."""
    return action in PERMISSIONS.get(role, frozenset())


def hash_password(password: str) -> str:
    """A salted argon2id hash; the password itself is never stored."""
    return _HASHER.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


class AccountError(ValueError):
    """An account change that is refused (bad role, short password, existing name)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def add_user(data_dir: Path, name: str, role: str, password: str, by: str) -> None:
    """Create an account with a hashed password."""
    name = name.strip()
    if not name:
        raise AccountError("empty_name")
    if role not in ROLES:
        raise AccountError("bad_role", role=role)
    if len(password) < MIN_PASSWORD:
        raise AccountError("short_password", n=MIN_PASSWORD)
    if not accounts.create_user(data_dir, name, role, hash_password(password), by):
        raise AccountError("user_exists", name=name)


@dataclass(frozen=True)
class LoginResult:
    """ok, or why not: "bad" (wrong name or password) or "locked" (too many failures lately)."""

    outcome: str
    role: str | None = None
    retry_after_minutes: int = 0


def login(data_dir: Path, name: str, password: str, now: datetime | None = None) -> LoginResult:
    """Check a password; after too many failures in the window the account is locked for a while."""
    moment = now or datetime.now(UTC)
    window = timedelta(minutes=LOGIN_LIMIT["minutes"])
    failures = [t for t in accounts.login_failures(data_dir, name.strip()) if moment - t < window]
    if len(failures) >= LOGIN_LIMIT["failures"]:
        wait = window - (moment - min(failures))
        return LoginResult("locked", retry_after_minutes=max(1, int(wait.total_seconds() // 60) + 1))
    account = accounts.user(data_dir, name.strip())
    if account is None or not password_matches(account.password_hash, password):
        accounts.record_login_failure(data_dir, name.strip(), moment)
        return LoginResult("bad")
    accounts.clear_login_failures(data_dir, name.strip())
    return LoginResult("ok", account.role)
