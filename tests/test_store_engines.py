"""The store on its two engines: made at head, an old store upgraded with nothing lost, a newer one refused."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool
from streamlit.testing.v1 import AppTest

from lib import store
from lib.present import texts
from lib.present.problems import store_message, upgrade_message
from lib.staffing import allowance
from lib.store import auth, db, migrate, schema
from lib.store import engine as store_engine
from tests.helpers import APP, ROOT, cli, cli_command, store_sql

FIXTURE = ROOT / "tests" / "fixtures" / "store_2026_11" / "data"
FILES = ROOT / "tests" / "corpus" / "files"
# (id, as-of date, concurrent, file name) of every snapshot in the fixture
SNAPSHOTS = [
    (4, date(2020, 6, 30), 49, "o01_can_bo_khom_ap.xlsx"),
    (3, date(2019, 12, 31), 49, "b03_ward_summary_number_of_2019-12-31.csv"),
    (2, date(2019, 9, 30), 49, "h02_danh_sach_cp1258.csv"),
    (1, date(2019, 5, 6), 46, "baseline_2019-05-06.csv"),
]
PASSWORDS = {"quan.tri": ("admin", "mat-khau-quan-tri"), "bien.tap": ("editor", "mat-khau-bt-01")}


def _columns(url: str) -> dict[str, set[str]]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            return {t: {c["name"] for c in found.get_columns(t)} for t in found.get_table_names()}
    finally:
        engine.dispose()


def test_head_is_the_newest_migration() -> None:
    """HEAD, read without Alembic on every opening, is the revision Alembic finds newest in migrations/versions."""
    assert migrate._script().get_current_head() == migrate.HEAD


def test_a_new_store_is_made_at_the_newest_revision(tmp_path: Path) -> None:
    store.record(tmp_path, "admin", "allowance", {"version": 1})
    assert store_sql(tmp_path, "SELECT version_num FROM alembic_version") == [(migrate.head(),)]
    expected = {t.name: {c.name for c in t.columns} for t in schema.metadata.sorted_tables}
    assert {k: v for k, v in _columns(store.database_url(tmp_path)).items() if k != "alembic_version"} == expected
    assert store.upgraded(tmp_path) is None  # nothing to say: it was made, not upgraded


def _old_store(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    store_engine.dispose()
    return folder


@pytest.mark.sqlite_only
def test_a_store_of_november_2026_upgrades_with_nothing_lost(tmp_path: Path) -> None:
    folder = _old_store(tmp_path)
    hashes = {
        sha: hashlib.sha256(data).hexdigest() for sha, data in store_sql(folder, "SELECT sha256, bytes FROM files")
    }
    assert store_sql(folder, "SELECT name FROM sqlite_master WHERE name = 'alembic_version'") == []
    history = store.history(folder)  # opening it upgrades it
    note = store.upgraded(folder)
    assert note is not None and (note.before, note.after) == (migrate.LEGACY, migrate.head())
    backup = Path(note.backup)
    assert backup.parent == folder and backup.name.startswith("store.sqlite.before-0000-") and backup.stat().st_size
    assert "store.sqlite.before-0000-" in upgrade_message(note, "en") and "nâng cấp" in upgrade_message(note, "vi")
    assert [(h.id, h.as_of, h.concurrent, h.file_name) for h in history] == SNAPSHOTS
    for snapshot_id, _day, _concurrent, name in SNAPSHOTS:
        file_name, data = store.original(folder, snapshot_id)
        sha = next(h.sha256 for h in history if h.id == snapshot_id)
        assert (file_name, hashlib.sha256(data).hexdigest()) == (name, sha)
    # each snapshot's master from the audit trail's order: #4 and the 2025 master were stored in the same second,
    # the import first (the timestamps alone would put #4 on the 2025 master), now kept in the snapshot's row
    assert {i: store.snapshot_master(folder, i) for i, *_rest in SNAPSHOTS} == {4: 0, 3: 0, 2: 0, 1: 0}
    current = store.load(folder)  # read as recorded: the officer roster on the 2019 wards
    assert store.shown_master(folder, 4) == 0 and len(current.ward_counts) == 10
    # the allowance.json beside the old store is taken into it at the first read, and kept, renamed
    document, issues = allowance.load_stored(folder)
    assert issues == [] and document is not None and document.note == "Bản của văn phòng (fixture)"
    kept = [p.name for p in folder.iterdir() if p.name.startswith("allowance.json")]
    assert len(kept) == 1 and kept[0].startswith("allowance.json.taken-")
    assert (folder / kept[0]).read_bytes() == (FIXTURE / "allowance.json").read_bytes()
    assert [e["action"] for e in store.events(folder)][-1] == "allowance_import"
    assert hashes == {
        sha: hashlib.sha256(d).hexdigest() for sha, d in store_sql(folder, "SELECT sha256, bytes FROM files")
    }
    assert all(sha == digest for sha, digest in hashes.items()) and len(hashes) == 6
    assert {u.name: u.role for u in store.users(folder)} == {n: r for n, (r, _p) in PASSWORDS.items()}
    for name, (role, password) in PASSWORDS.items():
        assert auth.login(folder, name, password).role == role
    assert [(s.id, s.name, s.snapshot_id, s.user) for s in store.scenarios(folder)] == [
        (1, "Kế hoạch quý I", 2, "bien.tap")
    ]
    assert [(g.deadline.isoformat(), g.target_pct) for g in store.goals(folder)] == [
        ("2019-12-31", 70.0),
        ("2020-12-31", 100.0),
        ("2021-06-30", 90.0),
    ]
    values = store.settings(folder)
    assert (values["idle_minutes"], values["report_place"]) == ("45", "Bạc Liêu, Cà Mau")
    assert [(m.signature, m.columns) for m in store.mappings(folder)] == [
        ("ho ten | chuc danh | khom", {"Chức danh": "title"})
    ]
    chain = store.masters_chain(folder)
    assert [(m.id, m.effective.isoformat(), m.has_crosswalk) for m in chain][-1] == (1, "2025-07-01", True)
    crosswalk = store.crosswalk(folder, 1)
    assert crosswalk is not None and len(crosswalk) == 77
    events = store.events(folder)
    assert len(events) == 13 and events[0]["user"] == "console"  # the 12 of the old store, and the allowance's
    check = store.verify_events(folder)
    assert (check.ok, check.events) == (True, 13)
    expected = {t.name: {c.name for c in t.columns} for t in schema.metadata.sorted_tables}
    assert {k: v for k, v in _columns(store.database_url(folder)).items() if k != "alembic_version"} == expected


@pytest.mark.sqlite_only
def test_opening_an_upgraded_store_again_does_nothing_more(tmp_path: Path) -> None:
    folder = _old_store(tmp_path)
    assert store.upgraded(folder) is not None
    store_engine.dispose()  # another process opens it
    backups = sorted(p.name for p in folder.iterdir() if ".before-" in p.name)
    assert store.upgraded(folder) is None
    run = cli("history", "--data-dir", folder, "--lang", "en")
    assert run.returncode == 0 and "upgraded" not in run.stderr
    assert sorted(p.name for p in folder.iterdir() if ".before-" in p.name) == backups == backups[:1]
    assert store_sql(folder, "SELECT version_num FROM alembic_version") == [(migrate.head(),)]


@pytest.mark.sqlite_only
def test_the_cli_says_it_upgraded_the_store_aside_from_its_json(tmp_path: Path) -> None:
    folder = _old_store(tmp_path)
    run = cli("history", "--json", "--data-dir", folder, "--lang", "en")
    assert run.returncode == 0 and run.stdout.lstrip().startswith("[")
    assert "The store was upgraded from schema revision 0000 to" in run.stderr and ".before-0000-" in run.stderr


@pytest.mark.sqlite_only
def test_a_store_newer_than_the_code_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store.record(folder, "admin", "allowance", {"version": 1})
    store_sql(folder, "UPDATE alembic_version SET version_num = '9999'")
    store_engine.dispose()  # this older code opens it
    for side in folder.glob("store.sqlite-*"):
        side.unlink()  # (after the checkpoint of the last connection's close)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(store.StoreError) as refused:
        store.history(folder)
    assert refused.value.code == "store_newer" and refused.value.params["revision"] == "9999"
    assert "newer version" in store_message(refused.value, "en") and "9999" in store_message(refused.value, "en")
    assert "phiên bản mới hơn" in store_message(refused.value, "vi")
    run = cli("history", "--data-dir", folder, "--lang", "en")
    assert run.returncode == 1 and "newer version of the app" in run.stderr
    with pytest.raises(store.StoreError):
        store.record(folder, "admin", "allowance", {"version": 2})
    store_engine.dispose()
    assert {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith("store.sqlite-")} == before


def test_two_imports_at_once_both_land(data_dir: Path) -> None:
    files = [FILES / "h02_danh_sach_cp1258.csv", FILES / "b03_ward_summary_number_of_2019-12-31.csv"]
    store.record(data_dir, "admin", "allowance", {"version": 1})  # the store exists (made once, not twice)
    runs = [
        subprocess.Popen(
            cli_command("import", str(f), "--as-of", "2019-09-30", "--data-dir", str(data_dir)),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in runs]
    assert [code for code, _err in results] == [0, 0], results
    assert sorted(h.file_name for h in store.history(data_dir)) == sorted(
        ["baseline_2019-05-06.csv", *(f.name for f in files)]
    )
    assert store.verify_events(data_dir).ok
    # each names the master it was checked against: the embedded one (0), as the baseline does
    assert store_sql(data_dir, "SELECT units_master_id FROM snapshots ORDER BY id") == [(0,), (0,), (0,)]


def test_a_password_in_a_url_is_never_shown() -> None:
    url = "postgresql+psycopg://bl:s3cret-pass@db.example:5432/store"
    assert "s3cret-pass" not in store.masked(url) and "db.example" in store.masked(url)
    assert "s3cret" not in store.masked("not a url://bl:s3cret@host")


def test_the_cli_takes_a_database_url_on_every_command(
    tmp_path: Path, store_engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = store.database_url(tmp_path)
    monkeypatch.setenv(store.DATABASE_URL_ENV, "")  # unset, and put back after the test (the CLI sets it)
    elsewhere = tmp_path / "unused"
    run = cli("import", FILES / "h02_danh_sach_cp1258.csv", "--database-url", url, "--data-dir", elsewhere)
    assert run.returncode == 0, run.stderr
    shown = cli("history", "--json", "--database-url", url, "--data-dir", elsewhere)
    assert '"h02_danh_sach_cp1258.csv"' in shown.stdout
    assert not (elsewhere / store.DB_NAME).exists()


@pytest.mark.sqlite_only
def test_the_app_says_once_that_it_upgraded_the_store(data_dir: Path) -> None:
    shutil.rmtree(data_dir)
    shutil.copytree(FIXTURE, data_dir)
    store_engine.dispose()
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    said = [i.value for i in at.info if "nâng cấp" in i.value]
    assert len(said) == 1 and texts.plain("store.sqlite.before-0000-") in said[0]
    at.run()
    assert not [i.value for i in at.info if "nâng cấp" in i.value]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT hamlet_code, ward_code, secretary, head, concurrent, head_party_member, reason, note, "
        "source_row AS row FROM snapshot_hamlets WHERE snapshot_id = ?",
        "SELECT ward_code AS code, concurrent FROM snapshot_wards WHERE snapshot_id = ?",
        "SELECT hamlet_code FROM snapshot_hamlets WHERE snapshot_id = ? AND 1 = 0",  # no row
    ],
)
def test_a_query_read_as_a_table_is_what_pandas_makes_of_its_rows(sql: str, data_dir: Path) -> None:
    """Conn.frame hands pandas plain tuples (its quick path): the same table, types and missing values, as the
    rows themselves gave, on either engine."""
    imported = cli("import", FILES / "o01_can_bo_khom_ap.xlsx", "--as-of", "2019-09-30", "--data-dir", data_dir)
    assert imported.returncode == 0, imported.stderr
    with db._reading(data_dir) as conn:
        assert conn is not None
        snapshot = store.current_id(data_dir)
        found = conn.frame(sql, (snapshot,))
        result = conn.execute(sql, (snapshot,))
        rows = pd.DataFrame.from_records(result.fetchall(), columns=list(result.keys()), coerce_float=True)
    pd.testing.assert_frame_equal(found, rows)
    assert found.empty is ("1 = 0" in sql)
