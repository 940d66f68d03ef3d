"""Accounts that hold: an atomic lockout, the same work for unknown names, normalised names, the password policy."""

from __future__ import annotations

import random
import string
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lib import cli, store
from lib.core.schema import LOGIN_LIMIT
from lib.store import auth
from tests.helpers import PASSWORD


def _counting_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every password check (the real argon2 one still runs)."""
    checked: list[str] = []
    lock = threading.Lock()
    real = auth.password_matches

    def counted(stored_hash: str, password: str) -> bool:
        with lock:
            checked.append(password)
        return real(stored_hash, password)

    monkeypatch.setattr(auth, "password_matches", counted)
    return checked


def _store_bytes(data_dir: Path) -> int:
    return sum(p.stat().st_size for p in data_dir.iterdir() if p.name.startswith(store.DB_NAME))


def test_thirty_parallel_attempts_check_at_most_the_limit(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    checked = _counting_checks(monkeypatch)
    start = threading.Barrier(30)
    outcomes: list[str] = []

    def attempt(i: int) -> None:
        start.wait()
        outcomes.append(auth.login(data_dir, "bien.tap", f"sai-mat-khau-{i}").outcome)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(checked) <= LOGIN_LIMIT["failures"]
    assert sorted(outcomes) == ["bad"] * len(checked) + ["locked"] * (30 - len(checked))
    assert auth.login(data_dir, "bien.tap", PASSWORD).outcome == "locked"  # the right password waits too
    assert [e["action"] for e in store.events(data_dir)].count("login_failed") == 1  # once per name and window


def test_an_unknown_name_costs_the_same_check_as_a_known_one(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    checked = _counting_checks(monkeypatch)
    timings = {}
    for name in ("bien.tap", "khong.co.ai"):
        began = time.perf_counter()
        assert auth.login(data_dir, name, "sai-mat-khau").outcome == "bad"
        timings[name] = time.perf_counter() - began
    assert len(checked) == 2  # one argon2 check each
    assert timings["khong.co.ai"] > timings["bien.tap"] / 3
    # The unknown name is locked like a known one, and leaves nothing in the audit trail.
    for _ in range(LOGIN_LIMIT["failures"]):
        auth.login(data_dir, "khong.co.ai", "sai-mat-khau")
    assert auth.login(data_dir, "khong.co.ai", "sai-mat-khau").outcome == "locked"
    assert [e["user"] for e in store.events(data_dir) if e["action"] == "login_failed"] == ["bien.tap"]


def test_failures_count_once_per_normalised_name(data_dir: Path) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    for typed in ("bien.tap", "BIEN.TAP", " Bien.Tap ", "ｂｉｅｎ.tap", "bien.TAP"):
        assert auth.login(data_dir, typed, "sai-mat-khau").outcome == "bad"
    assert auth.login(data_dir, "bien.tap", PASSWORD).outcome == "locked"
    assert len(store.login_failures(data_dir, "bien.tap")) == LOGIN_LIMIT["failures"]


def test_anonymous_attempts_with_long_names_do_not_grow_the_store(data_dir: Path) -> None:
    auth.add_user(data_dir, "quan.tri", "admin", PASSWORD, "test")
    before, events = _store_bytes(data_dir), store.events(data_dir)
    rng = random.Random(14)
    for _ in range(1000):
        name = "".join(rng.choices(string.ascii_letters, k=rng.randint(65, 5000)))
        assert auth.login(data_dir, name, "x" * 20).outcome == "bad"
    assert _store_bytes(data_dir) == before
    assert store.events(data_dir) == events
    assert auth.login(data_dir, "quan.tri", PASSWORD).outcome == "ok"  # the admin is not locked out


def test_short_unknown_names_are_counted_but_expire_and_are_not_audited(data_dir: Path) -> None:
    auth.add_user(data_dir, "quan.tri", "admin", PASSWORD, "test")
    events = store.events(data_dir)
    start = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
    for i in range(10):
        auth.login(data_dir, f"ai-do-{i}", "sai-mat-khau", start)
    assert all(len(store.login_failures(data_dir, f"ai-do-{i}")) == 1 for i in range(10))
    auth.login(data_dir, "ai-khac", "sai-mat-khau", start + timedelta(minutes=LOGIN_LIMIT["minutes"] + 1))
    assert all(store.login_failures(data_dir, f"ai-do-{i}") == [] for i in range(10))  # expired rows are deleted
    assert store.events(data_dir) == events


@pytest.mark.parametrize("twin", ["QUAN.TRI", "ｑｕａｎ.ｔｒｉ", " quan.tri ", "Quan.Tri"])
def test_names_are_unique_in_their_normalised_form(data_dir: Path, twin: str) -> None:
    auth.add_user(data_dir, "quan.tri", "admin", PASSWORD, "test")
    with pytest.raises(auth.AccountError) as raised:
        auth.add_user(data_dir, twin, "viewer", PASSWORD, "test")
    assert raised.value.code == "user_exists"
    result = auth.login(data_dir, twin, PASSWORD)
    assert (result.outcome, result.name, result.role) == ("ok", "quan.tri", "admin")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("quan\u200b.tri", "invisible_name"),
        ("quan.tri\u2060", "invisible_name"),
        ("quan\u00ad.tri", "invisible_name"),
        ("quan\x1b[2J.tri", "invisible_name"),
        ("quan\n2026-01-01 admin account_role", "invisible_name"),
        ("\u3164", "invisible_name"),
        ("   ", "empty_name"),
        ("a" * 65, "long_name"),
    ],
)
def test_invisible_control_and_long_names_are_refused(data_dir: Path, name: str, code: str) -> None:
    with pytest.raises(auth.AccountError) as raised:
        auth.add_user(data_dir, name, "viewer", PASSWORD, "test")
    assert raised.value.code == code
    assert store.users(data_dir) == []


def test_a_zero_width_twin_does_not_reach_the_account(data_dir: Path) -> None:
    auth.add_user(data_dir, "quan.tri", "admin", PASSWORD, "test")
    assert auth.login(data_dir, "quan\u200b.tri", PASSWORD).outcome == "bad"


def test_vietnamese_names_keep_their_letters(data_dir: Path) -> None:
    auth.add_user(data_dir, "Trần Thị Thu", "editor", PASSWORD, "test")
    assert [u.name for u in store.users(data_dir)] == ["Trần Thị Thu"]
    decomposed = "Tra\u0302\u0300n Thi\u0323 Thu"  # the same name typed with combining marks
    assert auth.login(data_dir, decomposed, PASSWORD).name == "Trần Thị Thu"


def test_audit_text_escapes_control_characters(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store.record(data_dir, "x\n2026-01-01  quan.tri  account_role", "setting", {"note": "a\u2028b\x1b[31m"})
    assert cli.main(["audit", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert len(out.strip().splitlines()) == 1
    assert "x\\u000a2026-01-01" in out and "\\u2028" in out and "\x1b" not in out


def _attempt_in_a_process(data_dir: str, start: object, i: int) -> str:
    start.wait()  # type: ignore[attr-defined]
    return auth.login(Path(data_dir), "bien.tap", f"sai-mat-khau-{i}").outcome


def test_thirty_processes_verify_at_most_the_limit(data_dir: Path) -> None:
    import multiprocessing

    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    context = multiprocessing.get_context("fork")
    with context.Manager() as manager:
        start = manager.Barrier(30)
        with context.Pool(30) as pool:
            outcomes = pool.starmap(_attempt_in_a_process, [(str(data_dir), start, i) for i in range(30)])
    assert outcomes.count("bad") == LOGIN_LIMIT["failures"]  # each "bad" is one argon2 check
    assert outcomes.count("locked") == 30 - LOGIN_LIMIT["failures"]
