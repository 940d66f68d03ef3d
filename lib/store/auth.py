"""Accounts and roles: login names, the password policy, hashing (argon2), who may do what, and a locked-out login."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from lib.core.schema import LOGIN_LIMIT, PERMISSIONS, ROLES
from lib.store import accounts, sessions

_HASHER = PasswordHasher()
MIN_PASSWORD = 10
MAX_NAME = 64  # characters of a typed login name; a longer one is refused before it reaches the store
MAX_PASSWORD = 1024  # characters: more is no stronger, only slower to hash
# Letters that show nothing, beyond the format and control categories (Hangul fillers, the blank Braille cell).
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Keyboard and counting runs: a password that is a piece of one of them is trivial.
_RUNS = ("01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1q2w3e4r5t6y7u8i9o0p")
COMMON_PASSWORDS = frozenset(
    {
        "password123", "password1234", "passw0rd123", "matkhau123", "matkhau1234", "matkhau@123", "iloveyou123",
        "admin12345", "admin@1234", "administrator", "qwerty12345", "abc1234567", "abcd123456", "123456789a",
        "a123456789", "welcome123", "changeme123", "letmein1234", "football123", "princess123", "sunshine123",
        "123456789abc", "p@ssw0rd123", "quantri123", "xinchao123", "vietnam123", "hanoi12345", "saigon123",
    }
)  # fmt: skip


class AccountError(ValueError):
    """An account change that is refused (bad role, weak password, bad or existing name)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


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


@cache
def _dummy_hash() -> str:
    """A hash that no password matches in practice: verified when the name is unknown, so both take the same time."""
    return _HASHER.hash("no account has this password, it only spends the time of a real check")


def _visible(text: str) -> bool:
    return not any(unicodedata.category(c) in _REFUSED_CATEGORIES or c in _INVISIBLE for c in text)


def login_key(name: str) -> str:
    """The form in which two names are the same account: NFKC, case folded, spaces trimmed and collapsed."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return " ".join(folded.split())


def clean_name(name: str) -> str:
    """The name as it is stored and shown (NFC, trimmed), or AccountError when it is empty, too long or invisible."""
    if len(name) > MAX_NAME:
        raise AccountError("long_name", n=MAX_NAME)
    shown = " ".join(unicodedata.normalize("NFC", name).split())
    if not shown:
        raise AccountError("empty_name")
    if not _visible(name) or not _visible(login_key(name)):
        raise AccountError("invisible_name")
    return shown


def password_problem(password: str, name: str) -> AccountError | None:
    """Why a password is refused: blank, short, over-long, or trivial (the name, repeats, a run, a common one)."""
    if not password.strip():
        return AccountError("blank_password")
    if len(password) < MIN_PASSWORD:
        return AccountError("short_password", n=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        return AccountError("long_password", n=MAX_PASSWORD)
    folded = login_key(password).replace(" ", "")
    key = login_key(name).replace(" ", "")
    trivial = (
        len(set(folded)) <= 2
        or folded in COMMON_PASSWORDS
        or any(folded in run or folded in run[::-1] for run in _RUNS)
        or (len(key) >= 3 and key in folded and len(folded) - len(key) < MIN_PASSWORD)
    )
    return AccountError("weak_password") if trivial else None


def _check_password(password: str, name: str) -> None:
    problem = password_problem(password, name)
    if problem is not None:
        raise problem


def add_user(data_dir: Path, name: str, role: str, password: str, by: str) -> None:
    """Create an account with a hashed password; the name must differ from every other in its normalised form."""
    shown = clean_name(name)
    if role not in ROLES:
        raise AccountError("bad_role", role=role)
    _check_password(password, shown)
    key = login_key(shown)
    if not accounts.create_user(data_dir, shown, role, hash_password(password), by, lambda n: login_key(n) == key):
        raise AccountError("user_exists", name=shown)


def find_user(data_dir: Path, name: str) -> accounts.User | None:
    """The account a typed name means (the same in its normalised form), or None."""
    if len(name) > MAX_NAME or not _visible(name):
        return None
    key = login_key(name)
    return next((u for u in accounts.users(data_dir) if login_key(u.name) == key), None)


def _account(data_dir: Path, name: str) -> accounts.User:
    found = find_user(data_dir, name)
    if found is None:
        raise AccountError("unknown_user", name=name)
    return found


def change_password(data_dir: Path, name: str, old: str, new: str, session: str = "") -> None:
    """A person changes their own password: the old one must match; the new one must pass the policy. Their other
    sessions end; the one they changed it in (token session) goes on."""
    account = _account(data_dir, name)
    if not password_matches(account.password_hash, old):
        raise AccountError("wrong_password")
    if new == old:
        raise AccountError("same_password")
    _check_password(new, account.name)
    keep = sessions.digest(session) if session else ""
    accounts.set_password(data_dir, account.name, hash_password(new), False, account.name, keep)


def set_password(data_dir: Path, name: str, new: str, by: str, must_change: bool) -> None:
    """An administrator sets a password (reset: must_change, so the user picks their own at the next login)."""
    account = _account(data_dir, name)
    _check_password(new, account.name)
    accounts.set_password(data_dir, account.name, hash_password(new), must_change, by)


def set_disabled(data_dir: Path, name: str, disabled: bool, by: str) -> None:
    """Disable an account (no login, its sessions end at their next step) or enable it again."""
    accounts.set_disabled(data_dir, _account(data_dir, name).name, disabled, by)


def unlock(data_dir: Path, name: str, by: str) -> None:
    """Let an account log in again at once after too many failed attempts (its failures forgotten); audited."""
    account = _account(data_dir, name)
    accounts.unlock(data_dir, account.name, login_key(account.name), by)


@dataclass(frozen=True)
class LoginResult:
    """ok, or why not: "bad" (wrong name or password), "locked" (too many attempts lately), "disabled"."""

    outcome: str
    role: str | None = None
    retry_after_minutes: int = 0
    name: str = ""  # the account's name as stored, when ok
    must_change: bool = False


def login(data_dir: Path, name: str, password: str, now: datetime | None = None) -> LoginResult:
    """Check a password, at most LOGIN_LIMIT times per name in a window, known name or not, with the same work."""
    moment = now or datetime.now(UTC)
    if len(name) > MAX_NAME or len(password) > MAX_PASSWORD:
        return LoginResult("bad")  # refused before it touches the store or the audit trail
    window = timedelta(minutes=LOGIN_LIMIT["minutes"])
    key = login_key(name)
    account = find_user(data_dir, name)  # read first: a damaged store speaks through its reader, not the counter
    locked_since = accounts.take_attempt(data_dir, key, moment, LOGIN_LIMIT["failures"], window)
    if locked_since is not None:
        wait = window - (moment - locked_since)
        return LoginResult("locked", retry_after_minutes=max(1, int(wait.total_seconds() // 60) + 1))
    matches = password_matches(account.password_hash if account else _dummy_hash(), password)
    if account is None or not matches:
        accounts.record_login_failure(data_dir, key, account.name if account else None)
        return LoginResult("bad")
    accounts.clear_login_failures(data_dir, key)
    if account.disabled:
        return LoginResult("disabled")
    return LoginResult("ok", account.role, name=account.name, must_change=account.must_change)
