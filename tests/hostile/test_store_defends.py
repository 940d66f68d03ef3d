"""The store defends itself: an empty or damaged file is an error that names it, the audit trail is append-only,
and the store is readable by its owner only."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError
from streamlit.testing.v1 import AppTest

from lib import store
from lib.cli.main import main
from lib.present import texts
from lib.present.problems import store_message
from lib.store import engine as store_engine
from tests.helpers import APP, store_sql


def _a_store(folder: Path) -> Path:
    store.record(folder, "admin", "allowance", {"version": 1})
    return store.db_path(folder)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"ward,hamlet\nPhuong 1,Khom 1\n" * 100)


def _torn(path: Path) -> None:
    """The header kept, the first page's schema overwritten (a disk that lost a block)."""
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


# (how the file is broken, the code)
BROKEN: list[tuple[Callable[[Path], None], str]] = [
    (_empty, "store_empty"),
    (_not_sqlite, "store_damaged"),
    (_torn, "store_damaged"),
]


def _checkpointed(folder: Path) -> Path:
    path = _a_store(folder)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    store_engine.dispose()  # the app stopped: its connections closed (the files below are not removed under them)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("breaks", "code"), BROKEN, ids=["empty", "not_sqlite", "torn"])
def test_a_broken_store_is_an_error_that_names_the_file_never_a_fresh_start(
    breaks: Callable[[Path], None], code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    path = _checkpointed(folder)
    breaks(path)
    before = path.read_bytes()
    for read in (store.history, store.events, store.current_id):
        with pytest.raises(store.StoreError) as refused:
            read(folder)
        assert refused.value.code == code
    with pytest.raises(store.StoreError):
        store.record(folder, "admin", "allowance", {"version": 2})
    message = store_message(refused.value, "en")
    assert str(path) in message and "backup" in message
    assert str(path) in store_message(refused.value, "vi")
    assert main(["history", "--data-dir", str(folder), "--lang", "en"]) == 1
    assert str(path) in capsys.readouterr().err
    assert path.read_bytes() == before  # nothing written, nothing started afresh


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("breaks", "code"), BROKEN[:2], ids=["empty", "not_sqlite"])
def test_the_dashboard_says_which_file_is_broken_and_shows_no_traceback(
    breaks: Callable[[Path], None], code: str, data_dir: Path
) -> None:
    path = _checkpointed(data_dir)
    breaks(path)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert [texts.plain(path) in e.value for e in at.error] == [True]  # the path, safe where Markdown is read
    assert "sao lưu" in at.error[0].value  # what to do: copy it back from a backup
    assert not at.get("plotly_chart")  # the page stopped before drawing figures from no data


def test_no_store_yet_is_still_a_fresh_start(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    assert [s.id for s in store.history(folder)] == [1]
    assert not folder.exists()  # reading creates nothing


@pytest.mark.sqlite_only
def test_the_store_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = _a_store(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0
    assert not Path(f"{path}.new").exists()


TAMPERING = [
    "UPDATE events SET user_name = 'someone else'",
    "UPDATE events SET detail = '{}' WHERE action = 'allowance'",
    "DELETE FROM events",
    "DELETE FROM events WHERE id = 1",
]


@pytest.mark.parametrize("statement", TAMPERING)
def test_the_audit_trail_refuses_update_and_delete(statement: str, tmp_path: Path) -> None:
    path = _a_store(tmp_path)
    before = store.events(tmp_path)
    if store.database_url(tmp_path).startswith("postgresql"):  # the trigger function raises, for any user
        with pytest.raises(DBAPIError, match="append-only"):
            store_sql(tmp_path, statement)
        with pytest.raises(DBAPIError, match="append-only"):
            store_sql(tmp_path, "TRUNCATE events")
    else:
        conn = sqlite3.connect(path)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
        conn.close()
    assert store.events(tmp_path) == before


@pytest.mark.sqlite_only
def test_a_store_made_before_the_triggers_gets_them_when_opened(tmp_path: Path) -> None:
    path = _a_store(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER events_append_only_update")
    conn.execute("DROP TRIGGER events_append_only_delete")
    conn.commit()
    conn.close()
    store_engine.dispose()  # opened again as by a new process
    store.events(tmp_path)  # a read opens it
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM events")
    conn.close()
