"""The audit trail's hash chain: `audit --verify` finds an event removed, changed or inserted behind the app's back,
a removed tail too, and says which events of an older store are before the chain."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.present import texts
from lib.store import engine as store_engine
from lib.store.chain import event_hash
from tests.helpers import APP, SignIn, cli, cli_process, store_sql

_DROP_TRIGGERS = (
    "DROP TRIGGER IF EXISTS events_append_only_update",
    "DROP TRIGGER IF EXISTS events_append_only_delete",
)


def _a_trail(folder: Path, count: int = 4) -> Path:
    """A store whose audit trail holds `count` events, ids 1 to count."""
    for version in range(1, count + 1):
        store.record(folder, "admin", "allowance", {"version": version})
    return store.db_path(folder)


def _behind_the_apps_back(path: Path, *statements: str) -> None:
    """What an attacker with access to the file (or the database's owner) does: drop the triggers (sqlite3) or
    switch them off (PostgreSQL), then change what they like."""
    if store.database_url(path.parent).startswith("postgresql"):
        for statement in ("ALTER TABLE events DISABLE TRIGGER USER", *statements):
            store_sql(path.parent, statement)
        return
    conn = sqlite3.connect(path)
    try:
        for statement in (*_DROP_TRIGGERS, *statements):
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


_FORGED = (
    "INSERT INTO events (id, at, user_name, action, detail, prev_hash, hash) "
    "SELECT 5, '2026-11-30T10:00:00+00:00', 'admin', 'allowance', '{\"version\": 5}', hash, '" + "ab" * 32 + "' "
    "FROM events WHERE id = 4"
)

# (what the attacker does, intact?, the first broken event's id, the reason's code)
ALTERED: list[tuple[tuple[str, ...], bool, int | None, str | None]] = [
    ((), True, None, None),
    (("DELETE FROM events WHERE id = 2",), False, 3, "link"),
    (("UPDATE events SET detail = '{\"version\": 9}' WHERE id = 2",), False, 2, "changed"),
    (("UPDATE events SET user_name = 'someone else' WHERE id = 3",), False, 3, "changed"),
    (("UPDATE events SET detail = 'not json' WHERE id = 3",), False, 3, "changed"),
    ((_FORGED,), False, 5, "changed"),
    (
        ("INSERT INTO events (id, at, user_name, action, detail) VALUES (5, 'x', 'admin', 'allowance', '{}')",),
        False,
        5,
        "unchained",
    ),
    (("DELETE FROM events WHERE id = 4",), False, 4, "tail"),
    (("DELETE FROM events WHERE id >= 3",), False, 4, "tail"),
    (("DELETE FROM events WHERE id = 1",), False, 2, "first_missing"),
    (("DELETE FROM events",), False, 4, "tail"),
    (("DELETE FROM meta WHERE key LIKE 'audit_chain%'",), False, None, "first_missing"),
]
IDS = [
    "intact",
    "middle_deleted",
    "detail_changed",
    "user_changed",
    "detail_not_json",
    "forged_hash",
    "inserted_without_hash",
    "last_deleted",
    "tail_deleted",
    "first_deleted",
    "all_deleted",
    "chain_record_deleted",
]


@pytest.mark.parametrize(("statements", "ok", "broken_at", "reason"), ALTERED, ids=IDS)
def test_verify_finds_the_first_broken_link(
    statements: tuple[str, ...], ok: bool, broken_at: int | None, reason: str | None, tmp_path: Path
) -> None:
    path = _a_trail(tmp_path)
    _behind_the_apps_back(path, *statements)
    check = store.verify_events(tmp_path)
    assert (check.ok, check.broken_at, check.reason) == (ok, broken_at, reason)
    done = cli("audit", "--verify", "--json", "--data-dir", tmp_path)
    assert done.returncode == (0 if ok else 1)
    shown = json.loads(done.stdout)
    assert shown == {
        "ok": ok,
        "events": check.events,
        "chained_from": check.chained_from,
        "broken_at": broken_at,
        "reason": reason,
    }
    text = cli("audit", "--verify", "--data-dir", tmp_path, "--lang", "en")
    assert text.returncode == done.returncode
    assert text.stdout.strip() == texts.chain_text(check, "en")
    assert ("intact" if ok else "broken") in text.stdout


def test_the_texts_say_what_was_found_in_both_languages(tmp_path: Path) -> None:
    path = _a_trail(tmp_path)
    assert texts.chain_text(store.verify_events(tmp_path), "en") == (
        "The audit trail is intact: 4 events chained from event #1."
    )
    assert texts.chain_text(store.verify_events(tmp_path), "vi") == (
        "Nhật ký thay đổi nguyên vẹn: 4 sự kiện nối thành chuỗi từ sự kiện số 1."
    )
    _behind_the_apps_back(path, "DELETE FROM events WHERE id = 2")
    check = store.verify_events(tmp_path)
    assert texts.chain_text(check, "en") == (
        "The audit trail is broken at event #3: it does not follow the event before it: an event was removed or "
        "inserted before it."
    )
    assert texts.chain_text(check, "vi").startswith("Nhật ký thay đổi bị phá vỡ tại sự kiện số 3:")


def test_each_event_carries_the_hash_of_the_one_before(tmp_path: Path) -> None:
    path = _a_trail(tmp_path, 3)
    rows = store_sql(path.parent, "SELECT id, at, user_name, action, detail, prev_hash, hash FROM events ORDER BY id")
    assert [r[5] for r in rows] == ["", rows[0][6], rows[1][6]]
    for event_id, at, user, action, detail, prev_hash, digest in rows:
        assert digest == event_hash(prev_hash, event_id, at, user, action, detail)
        assert len(digest) == 64


def _an_old_store(folder: Path) -> Path:
    """A store made before the chain: two events without hashes, no hash columns, nothing in meta about a chain."""
    path = _a_trail(folder, 2)
    _behind_the_apps_back(
        path,
        "DELETE FROM meta WHERE key LIKE 'audit_chain%'",
        "ALTER TABLE events DROP COLUMN prev_hash",
        "ALTER TABLE events DROP COLUMN hash",
        "DROP TABLE alembic_version",  # and before the migrations
    )
    store_engine.dispose()  # opened again as by a new process
    return path


@pytest.mark.sqlite_only
def test_an_old_store_keeps_its_events_and_the_chain_starts_at_the_next_one(tmp_path: Path) -> None:
    path = _an_old_store(tmp_path)
    old = store.events(tmp_path)
    check = store.verify_events(tmp_path)  # read only: nothing added to the file
    assert (check.ok, check.events, check.chained_from) == (True, 2, None)
    assert texts.chain_text(check, "en") == (
        "The audit trail holds 2 events from before the chain: hashes start with the next change."
    )
    store.record(tmp_path, "admin", "allowance", {"version": 3})  # opened for writing: triggers on, columns added
    store.record(tmp_path, "admin", "allowance", {"version": 4})
    assert store.events(tmp_path)[:2] == old  # never rewritten
    check = store.verify_events(tmp_path)
    assert (check.ok, check.events, check.chained, check.chained_from) == (True, 4, 2, 3)
    assert texts.chain_text(check, "en") == (
        "The audit trail is intact: 2 events chained from event #3. 2 older events are before the chain (recorded "
        "before the store kept hashes) and not covered by it."
    )
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT hash FROM events WHERE id <= 2").fetchall() == [(None,), (None,)]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM events WHERE id = 4")
    conn.close()
    _behind_the_apps_back(path, "DELETE FROM events WHERE id = 1")  # before the chain: not covered, as it says
    assert store.verify_events(tmp_path).ok
    _behind_the_apps_back(path, "DELETE FROM events WHERE id = 3")
    assert store.verify_events(tmp_path).reason == "first_missing"


def test_no_store_yet_is_an_intact_empty_trail(tmp_path: Path) -> None:
    done = cli("audit", "--verify", "--json", "--data-dir", tmp_path / "none")
    assert done.returncode == 0
    assert json.loads(done.stdout) == {
        "ok": True,
        "events": 0,
        "chained_from": None,
        "broken_at": None,
        "reason": None,
    }


def test_verify_as_a_person_runs_it(tmp_path: Path) -> None:
    path = _a_trail(tmp_path)
    done = cli_process("audit", "--verify", "--data-dir", tmp_path, "--lang", "en")
    assert (done.returncode, done.stdout.strip()) == (0, "The audit trail is intact: 4 events chained from event #1.")
    _behind_the_apps_back(path, "DELETE FROM events WHERE id = 4")
    done = cli_process("audit", "--verify", "--json", "--data-dir", tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert json.loads(done.stdout)["broken_at"] == 4


def test_the_admin_page_says_whether_the_chain_is_intact(data_dir: Path, sign_in: SignIn) -> None:
    path = _a_trail(data_dir)
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "admin")
    at.switch_page("pages/admin.py").run()
    assert not at.exception
    assert any(c.value.startswith("Nhật ký thay đổi nguyên vẹn:") for c in at.caption)
    _behind_the_apps_back(path, "DELETE FROM events WHERE id = 2")
    at.run()
    assert [e.value for e in at.error] == [texts.chain_text(store.verify_events(data_dir), "vi")]
