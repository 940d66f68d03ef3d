"""The snapshot store, on a real SQLite file in a temporary data dir: what lands, what comes back, what never changes.

Files are those of the corpus (tests/corpus/files); a store is compared before and after with a dump of every
table (sqlite3 iterdump), so "unchanged" means byte for byte the same rows.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from lib import store
from lib.core.dataset import DEFAULT_DIR, read_manifest
from lib.ingest.roster import Parsed, parse_bytes
from tests.helpers import CORPUS_EXPECTED, CORPUS_FILES, ROOT, audit_events, cli_command, cli_process, store_dump

HAMLET_XLSX = "h01_danh_sach_khom_ap.xlsx"  # 30/09/2019, 47 of 67
WARD_CP1258 = "w01_bieu_tong_hop_cp1258.csv"  # 31/12/2019, 49
OFFICER_CP1258 = "o02_can_bo_phuong_8_cp1258.csv"  # 30/06/2020, Phường 8 only
HAMLET_PARQUET = "h08_ma_don_vi_2020-12-31.parquet"  # 31/12/2020, 61
UTF16_TEXT = "h04_unicode_text_utf16.txt"  # 31/12/2020, 61
REFUSED = "e10_bai_bao_46_25_2019-05-06.csv"  # the article's 46 + 25 != 67

KILLED_IMPORT = """
import os, sys
from pathlib import Path
from lib import store
from lib.ingest.embedded import default_units
from lib.ingest.roster import parse_bytes

path, data_dir = Path(sys.argv[1]), Path(sys.argv[2])
data = path.read_bytes()
parsed = parse_bytes(data, path.name, default_units())
assert parsed.ok, parsed.problems

def step(name):
    print(name, flush=True)
    if name == "hamlets":
        os._exit(9)  # the power goes out in the middle of the transaction

store.add_snapshot(data_dir, parsed, data, path.name, "killed", on_step=step)
print("not killed", flush=True)
"""


def corpus_file(name: str) -> Path:
    return CORPUS_FILES / name


def parse(name: str, units: pd.DataFrame) -> tuple[Parsed, bytes]:
    data = corpus_file(name).read_bytes()
    parsed = parse_bytes(data, name, units)
    assert parsed.ok, [(p.code, p.row, p.column) for p in parsed.errors]
    return parsed, data


def add(data_dir: Path, name: str, units: pd.DataFrame, user: str = "Lê Thị Thảo") -> int:
    parsed, data = parse(name, units)
    return store.add_snapshot(data_dir, parsed, data, name, user)


def total(snapshot: object) -> int:
    return int(snapshot.ward_counts["concurrent"].sum())  # type: ignore[attr-defined]


def current(data_dir: Path) -> list[int]:
    return [h.id for h in store.history(data_dir) if h.current]


# --- an empty data dir ----------------------------------------------------------------------------------


def test_empty_dir_lists_the_baseline_without_creating_a_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rows = store.history(data_dir)
    assert [(h.id, h.as_of, h.concurrent, h.hamlets, h.current) for h in rows] == [(1, date(2019, 5, 6), 46, 67, True)]
    assert rows[0].illustrative
    assert total(store.load(data_dir)) == 46
    _, original = store.original(data_dir, 1)
    assert original == (DEFAULT_DIR / read_manifest(DEFAULT_DIR).roster).read_bytes()
    assert rows[0].sha256 == hashlib.sha256(original).hexdigest()
    assert store.events(data_dir) == []
    assert store.current_id(data_dir) == 1
    assert not data_dir.exists()  # reading never creates the store
    assert list(tmp_path.iterdir()) == []


def test_first_import_seeds_the_baseline_then_adds_2(tmp_path: Path, units: pd.DataFrame) -> None:
    new_id = add(tmp_path, HAMLET_XLSX, units, user="Lê Thị Thảo")
    assert new_id == 2
    rows = store.history(tmp_path)
    assert [(h.id, h.as_of.isoformat(), h.concurrent, h.current) for h in rows] == [
        (2, "2019-09-30", CORPUS_EXPECTED[HAMLET_XLSX]["total_concurrent"], True),
        (1, "2019-05-06", 46, False),
    ]
    latest = rows[0]
    data = corpus_file(HAMLET_XLSX).read_bytes()
    assert (latest.file_name, latest.uploaded_by, latest.granularity) == (HAMLET_XLSX, "Lê Thị Thảo", "hamlet")
    assert latest.sha256 == hashlib.sha256(data).hexdigest()
    assert latest.uploaded_at and not latest.illustrative
    assert total(store.load(tmp_path, 1)) == 46
    assert total(store.load(tmp_path)) == CORPUS_EXPECTED[HAMLET_XLSX]["total_concurrent"]


@pytest.mark.parametrize("name", [HAMLET_XLSX, WARD_CP1258, OFFICER_CP1258, HAMLET_PARQUET, UTF16_TEXT])
def test_the_original_bytes_come_back_identical(tmp_path: Path, units: pd.DataFrame, name: str) -> None:
    new_id = add(tmp_path, name, units)
    assert store.original(tmp_path, new_id) == (name, corpus_file(name).read_bytes())


# --- writes that are refused change nothing ----------------------------------------------------------------


def test_the_same_file_twice_is_refused_and_changes_nothing(tmp_path: Path, units: pd.DataFrame) -> None:
    first = add(tmp_path, WARD_CP1258, units)
    before = store_dump(tmp_path)
    parsed, data = parse(WARD_CP1258, units)
    with pytest.raises(store.StoreError) as refused:
        store.add_snapshot(tmp_path, parsed, data, "renamed copy.csv", "someone else")
    assert refused.value.code == "duplicate_upload"
    assert refused.value.params["id"] == first
    assert store_dump(tmp_path) == before
    assert [h.id for h in store.history(tmp_path)] == [first, 1]


def test_a_refused_file_through_the_cli_leaves_the_store_unchanged(tmp_path: Path) -> None:
    empty_dir = tmp_path / "never"
    refused = cli_process("import", str(corpus_file(REFUSED)), "--data-dir", str(empty_dir), "--by", "x", "--json")
    assert refused.returncode == 1
    assert json.loads(refused.stdout)["ok"] is False
    assert not empty_dir.exists()  # nothing created for a refused file

    data_dir = tmp_path / "store"
    assert cli_process("import", str(corpus_file(HAMLET_XLSX)), "--data-dir", str(data_dir)).returncode == 0
    before = store_dump(data_dir)
    refused = cli_process("import", str(corpus_file(REFUSED)), "--data-dir", str(data_dir), "--by", "x", "--json")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert {e["code"] for e in json.loads(refused.stdout)["errors"]} == {"counts_dont_add_up"}
    assert store_dump(data_dir) == before


def test_an_unknown_snapshot_cannot_be_restored_and_changes_nothing(tmp_path: Path, units: pd.DataFrame) -> None:
    add(tmp_path, HAMLET_XLSX, units)
    before = store_dump(tmp_path)
    with pytest.raises(store.StoreError) as refused:
        store.restore(tmp_path, 99, "x")
    assert refused.value.code == "unknown_snapshot"
    assert store_dump(tmp_path) == before


def test_a_killed_import_leaves_the_store_as_it_was(tmp_path: Path, units: pd.DataFrame) -> None:
    first = add(tmp_path, HAMLET_XLSX, units)
    before = store_dump(tmp_path)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(corpus_file(WARD_CP1258)), str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == 9, killed.stderr
    assert killed.stdout.split() == ["file", "snapshot", "wards", "hamlets"]  # killed inside the transaction
    assert store_dump(tmp_path) == before
    assert [h.id for h in store.history(tmp_path)] == [first, 1]
    # The store still takes the same file afterwards.
    again = add(tmp_path, WARD_CP1258, units)
    assert again == first + 1
    assert total(store.load(tmp_path, again)) == CORPUS_EXPECTED[WARD_CP1258]["total_concurrent"]


def test_a_killed_first_import_leaves_the_empty_store_as_it_was(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    before = [(h.id, h.as_of, h.concurrent) for h in store.history(data_dir)]
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(corpus_file(WARD_CP1258)), str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == 9, killed.stderr
    assert [(h.id, h.as_of, h.concurrent) for h in store.history(data_dir)] == before
    assert total(store.load(data_dir)) == 46


def test_two_imports_at_the_same_time_both_land(tmp_path: Path, units: pd.DataFrame) -> None:
    """Two people send files at once to a store that does not exist yet: both seed-then-insert, both land."""
    data_dir = tmp_path / "data"
    names = {"Ban Tổ chức": HAMLET_XLSX, "Đảng ủy Phường 8": OFFICER_CP1258}
    processes = {
        user: subprocess.Popen(
            cli_command("import", corpus_file(name), "--data-dir", data_dir, "--by", user, "--json", "--scope", "all"),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for user, name in names.items()
    }
    results = {user: p.communicate(timeout=120) for user, p in processes.items()}
    for user, process in processes.items():
        assert process.returncode == 0, results[user][1]
    ids = {user: json.loads(out)["snapshot_id"] for user, (out, _) in results.items()}
    assert sorted(ids.values()) == [2, 3]
    rows = {h.id: h for h in store.history(data_dir)}
    assert sorted(rows) == [1, 2, 3]
    for user, name in names.items():
        info = rows[ids[user]]
        assert (info.file_name, info.uploaded_by) == (name, user)
        assert total(store.load(data_dir, ids[user])) == CORPUS_EXPECTED[name]["total_concurrent"]
        assert store.original(data_dir, ids[user])[1] == corpus_file(name).read_bytes()
    assert total(store.load(data_dir, 1)) == 46
    imports = [e for e in audit_events(data_dir) if e["action"] == "import"]
    assert sorted(e["user"] for e in imports) == sorted(names)


# --- current, history, restore ---------------------------------------------------------------------------


def test_history_is_newest_first_and_current_is_the_latest_as_of(tmp_path: Path, units: pd.DataFrame) -> None:
    later = add(tmp_path, OFFICER_CP1258, units)  # 30/06/2020, sent first
    earlier = add(tmp_path, HAMLET_XLSX, units)  # 30/09/2019, sent afterwards
    rows = store.history(tmp_path)
    assert [h.id for h in rows] == [later, earlier, 1]
    assert [h.as_of for h in rows] == sorted((h.as_of for h in rows), reverse=True)
    assert current(tmp_path) == [later]  # the latest date, not the latest upload
    assert store.current_id(tmp_path) == later
    assert store.load(tmp_path).as_of == date(2020, 6, 30)


def test_restore_round_trip(tmp_path: Path, units: pd.DataFrame) -> None:
    sep = add(tmp_path, HAMLET_XLSX, units)  # 30/09/2019
    dec = add(tmp_path, WARD_CP1258, units)  # 31/12/2019
    assert current(tmp_path) == [dec]
    revision = store.revision(tmp_path)

    store.restore(tmp_path, sep, "Nguyễn Văn Minh")
    assert current(tmp_path) == [sep]
    assert store.revision(tmp_path) != revision
    shown = json.loads(cli_process("summarize", "--json", "--data-dir", str(tmp_path)).stdout)
    assert (shown["as_of"], shown["concurrent"]) == ("2019-09-30", CORPUS_EXPECTED[HAMLET_XLSX]["total_concurrent"])
    assert sorted(h.id for h in store.history(tmp_path)) == [1, sep, dec]  # nothing deleted

    newest = add(tmp_path, HAMLET_PARQUET, units)  # 31/12/2020: new data is current again
    assert current(tmp_path) == [newest]
    shown = json.loads(cli_process("summarize", "--json", "--data-dir", str(tmp_path)).stdout)
    assert (shown["as_of"], shown["concurrent"]) == ("2020-12-31", CORPUS_EXPECTED[HAMLET_PARQUET]["total_concurrent"])

    store.restore(tmp_path, 1, "Nguyễn Văn Minh")  # back to the article's baseline
    shown = json.loads(cli_process("summarize", "--json", "--data-dir", str(tmp_path)).stdout)
    assert (shown["as_of"], shown["concurrent"]) == ("2019-05-06", 46)
    assert sorted(h.id for h in store.history(tmp_path)) == [1, sep, dec, newest]
    for snapshot_id, name in ((sep, HAMLET_XLSX), (dec, WARD_CP1258), (newest, HAMLET_PARQUET)):
        assert store.original(tmp_path, snapshot_id)[1] == corpus_file(name).read_bytes()


def test_events_record_import_and_restore_with_the_user(tmp_path: Path) -> None:
    path = corpus_file(HAMLET_XLSX)
    imported = cli_process("import", str(path), "--data-dir", str(tmp_path), "--by", "Lê Thị Thảo")
    assert imported.returncode == 0, imported.stderr
    restored = cli_process("restore", "1", "--data-dir", str(tmp_path), "--by", "Nguyễn Văn Minh")
    assert restored.returncode == 0, restored.stderr
    events = audit_events(tmp_path)
    assert [(e["action"], e["user"]) for e in events] == [("import", "Lê Thị Thảo"), ("restore", "Nguyễn Văn Minh")]
    imported_event, restore_event = events
    assert imported_event["detail"]["snapshot"] == 2
    assert imported_event["detail"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert imported_event["detail"]["as_of"] == "2019-09-30"
    assert restore_event["detail"]["snapshot"] == 1
    assert restore_event["detail"]["previous"] == 2
    assert all(e["at"] for e in events)


@pytest.mark.parametrize(
    ("name", "granularity"),
    [(HAMLET_XLSX, "hamlet"), (WARD_CP1258, "ward"), (OFFICER_CP1258, "officer"), (HAMLET_PARQUET, "hamlet")],
)
def test_load_gives_what_was_parsed(tmp_path: Path, units: pd.DataFrame, name: str, granularity: str) -> None:
    parsed, data = parse(name, units)
    assert parsed.snapshot is not None
    new_id = store.add_snapshot(tmp_path, parsed, data, name, "x")
    loaded = store.load(tmp_path, new_id)
    assert loaded.granularity == granularity
    assert loaded.as_of == parsed.snapshot.as_of
    counts = dict(zip(loaded.ward_counts["code"], loaded.ward_counts["concurrent"].astype(int), strict=True))
    parsed_counts = dict(
        zip(parsed.snapshot.ward_counts["code"], parsed.snapshot.ward_counts["concurrent"].astype(int), strict=True)
    )
    assert counts == parsed_counts
    assert sum(counts.values()) == CORPUS_EXPECTED[name]["total_concurrent"]
    if granularity == "ward":
        assert loaded.hamlets is None
        return
    assert loaded.hamlets is not None and parsed.snapshot.hamlets is not None
    by_hamlet = dict(zip(loaded.hamlets["hamlet_code"], loaded.hamlets["concurrent"].astype(bool), strict=True))
    expected = dict(
        zip(parsed.snapshot.hamlets["hamlet_code"], parsed.snapshot.hamlets["concurrent"].astype(bool), strict=True)
    )
    assert by_hamlet == expected
    if granularity == "officer":
        assert loaded.officers is not None and parsed.snapshot.officers is not None
        assert len(loaded.officers) == len(parsed.snapshot.officers)
        assert list(loaded.officers["full_name"]) == list(parsed.snapshot.officers["full_name"])
