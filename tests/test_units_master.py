"""Replacing the units master: a file checked with row and column, stored (audited, in one transaction, earlier
masters kept, the latest in force), used by every read and by the admin page (the CLI: tests/test_cli_units.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook
from streamlit.testing.v1 import AppTest

from lib import store
from lib.analysis import metrics
from lib.ingest.embedded import default_units
from lib.ingest.roster import parse_bytes
from lib.ingest.unit_checks import MAX_PER_CODE
from lib.ingest.units import UnitsRead, master_diff, parse_units
from lib.present.i18n import LANGS
from lib.present.problems import line
from lib.present.units import describe
from tests.corpus.make_corpus import to_cp1258
from tests.helpers import APP, CORPUS_FILES, SignIn, audit_events, store_dump
from tests.masters import GROWN, HEADER, MASTER, ROWS, csv_bytes, import_hamlets, new_master, with_cell

HAMLET_XLSX = CORPUS_FILES / "h01_danh_sach_khom_ap.xlsx"  # 30/09/2019, 47 of 67
PARQUET = CORPUS_FILES / "h08_ma_don_vi_2020-12-31.parquet"  # 31/12/2020, 61


def places(read: UnitsRead) -> list[tuple[str, str, int | None, str | None]]:
    return [(p.severity, p.code, p.row, p.column) for p in read.problems]


# --- reading and checking a master file ----------------------------------------------------------------------


def test_the_embedded_master_reads_clean() -> None:
    read = parse_units(MASTER.read_bytes(), MASTER.name)
    assert read.ok and read.problems == []
    assert read.units is not None
    pd.testing.assert_frame_equal(read.units, default_units())


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (with_cell(4, "hamlet_code", "31825-02"), ("error", "units_duplicate_hamlet", 4, "hamlet_code")),
        (with_cell(11, "hamlet_code", "31825-01"), ("error", "units_hamlet_two_wards", 11, "ward_code")),
        (with_cell(21, "ward", "Phường Ba"), ("error", "units_ward_two_names", 21, "ward")),
        (with_cell(31, "ward_kind", "huyện"), ("error", "units_bad_ward_kind", 31, "ward_kind")),
        (with_cell(31, "ward_kind", ""), ("error", "units_bad_ward_kind", 31, "ward_kind")),
        (with_cell(41, "hamlet", ""), ("error", "units_empty_value", 41, "hamlet")),
        (with_cell(42, "ward_code", ""), ("error", "units_empty_value", 42, "ward_code")),
        (with_cell(43, "hamlet_kind", " "), ("error", "units_empty_value", 43, "hamlet_kind")),
        (with_cell(46, "province", "Tỉnh Cà Mau"), ("error", "units_upper_two_names", 46, "province")),
        (with_cell(47, "district", "Huyện Khác"), ("error", "units_upper_two_names", 47, "district")),
        (with_cell(48, "province_code", "96"), ("error", "units_two_parents", 48, "province_code")),
        (with_cell(49, "district_code", "956"), ("error", "units_two_parents", 49, "district_code")),
        (with_cell(50, "hamlet_kind", "xóm"), ("warning", "units_unknown_hamlet_kind", 50, "hamlet_kind")),
        (with_cell(3, "hamlet", "K1"), ("warning", "units_duplicate_hamlet_name", 3, "hamlet")),
        (csv_bytes(ROWS, HEADER + ",ghi_chu"), ("warning", "units_unknown_column", 1, "ghi_chu")),
        (csv_bytes([], HEADER), ("error", "units_no_rows", None, None)),
        (csv_bytes(ROWS, HEADER.replace("ward_kind", "loai")), ("error", "units_missing_columns", 1, None)),
        (csv_bytes(ROWS, HEADER.replace("name_source", "ward")), ("error", "units_duplicate_column", 1, "ward")),
        (b"", ("error", "units_empty_file", None, None)),
        (b"PK\x03\x04not a workbook", ("error", "units_unreadable", None, None)),
    ],
)
def test_each_problem_names_its_row_and_column(data: bytes, expected: tuple[str, str, int | None, str]) -> None:
    read = parse_units(data, "units.csv")
    assert expected in places(read)
    if expected[0] == "error":
        assert not read.ok and read.units is None
    else:
        assert read.ok and read.units is not None
    for problem in read.problems:  # every message renders in both languages
        for lang in LANGS:
            assert line(problem, lang)


def test_a_wrong_kind_is_one_problem_not_two() -> None:
    read = parse_units(with_cell(31, "ward_kind", "huyện"), "units.csv")
    assert [p.code for p in read.problems] == ["units_bad_ward_kind"]


def test_messages_say_what_and_where() -> None:
    read = parse_units(with_cell(11, "hamlet_code", "31825-01"), "units.csv")
    assert line(read.errors[0], "vi") == (
        "Dòng 11, cột «ward_code»: khóm, ấp «31825-01» đã thuộc phường, xã «Phường 1» ở dòng 2, "
        "ở đây lại thuộc «Phường 2»: mỗi khóm, ấp chỉ thuộc một phường, xã."
    )
    assert "belongs to ward “Phường 1” in row 2" in line(read.errors[0], "en")


def test_wards_sharing_a_name_are_a_warning() -> None:
    # Two provinces each with a "Phường 1": files must then give ward codes.
    extra = ["40001,Phường 1,phường,40001-01,Khóm 1,khóm,placeholder,999,Thị xã Khác,96,Tỉnh Khác"]
    read = parse_units(csv_bytes([*ROWS, *extra]), "units.csv")
    assert read.ok
    assert ("warning", "units_duplicate_ward_name", 69, "ward") in places(read)


def test_many_problems_of_one_kind_are_capped() -> None:
    lines = [*ROWS, *ROWS[:30]]  # 30 duplicated hamlet codes
    read = parse_units(csv_bytes(lines), "units.csv")
    codes = [p.code for p in read.errors]
    assert codes.count("units_duplicate_hamlet") == MAX_PER_CODE
    more = [p for p in read.errors if p.code == "units_more"]
    assert len(more) == 1 and more[0].params["count"] == 30 - MAX_PER_CODE


def test_office_encodings_and_excel_read_the_same() -> None:
    text = MASTER.read_text(encoding="utf-8")
    cp1258 = to_cp1258(text.replace(",", ";"))
    utf16 = text.replace(",", "\t").encode("utf-16")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in text.splitlines():
        sheet.append(row.split(","))
    xlsx = io.BytesIO()
    book.save(xlsx)
    for data in (cp1258, utf16, xlsx.getvalue()):
        read = parse_units(data, "units")
        assert read.ok, places(read)
        assert read.units is not None
        pd.testing.assert_frame_equal(read.units, default_units())


def test_upper_levels_are_optional_and_blank_ones_are_dropped() -> None:
    names = HEADER.split(",")[:7]  # without district and province
    lines = [",".join(r.split(",")[:7]) for r in ROWS]
    read = parse_units(csv_bytes(lines, ",".join(names)), "units.csv")
    assert read.ok and read.units is not None
    assert list(read.units.columns) == names
    blank = [",".join([*r.split(",")[:9], "", ""]) for r in ROWS]
    read = parse_units(csv_bytes(blank), "units.csv")
    assert read.ok and read.units is not None and "province" not in read.units


def test_describe_and_diff() -> None:
    read = parse_units(GROWN, "units.csv")
    assert read.units is not None
    assert describe(read.units, "vi") == (
        "11 phường, xã (7 phường, 4 xã), 70 khóm, ấp; 2 quận, huyện, thị xã, thành phố; 1 tỉnh, thành phố"
    )
    diff = master_diff(default_units(), read.units)
    assert diff.wards_added == ["31999"] and len(diff.hamlets_added) == 3 and not diff.hamlets_removed


# --- the store -------------------------------------------------------------------------------------------------


def grown() -> store.UnitsFile:
    read = parse_units(GROWN, "units_tinh.csv")
    assert read.units is not None
    return store.UnitsFile(read.units, GROWN, "units_tinh.csv")


def test_a_stored_master_is_in_force_everywhere(tmp_path: Path) -> None:
    assert len(store.units(tmp_path)) == 67 and store.units_masters(tmp_path) == []
    new_id = store.set_units(tmp_path, grown(), "quan.tri")
    assert len(store.units(tmp_path)) == 70
    snapshot = store.load(tmp_path)  # the embedded baseline, now read against the grown master
    assert len(snapshot.units) == 70
    wards = metrics.ward_summary(snapshot)
    assert wards.iloc[-1]["code"] == "31999" and wards.iloc[-1]["hamlets"] == 3 and wards.iloc[-1]["concurrent"] == 0
    assert metrics.city_coverage(snapshot).hamlets == 70 and metrics.city_coverage(snapshot).concurrent == 46
    roster = metrics.hamlet_roster(snapshot)
    assert roster is not None and len(roster) == 70
    assert set(store.observations(tmp_path)["ward_code"]) <= set(store.units(tmp_path)["ward_code"])
    [info] = store.units_masters(tmp_path)
    assert (info.id, info.wards, info.hamlets, info.current, info.created_by) == (new_id, 11, 70, True, "quan.tri")
    event = audit_events(tmp_path)[-1]
    assert event["action"] == "units_import" and event["user"] == "quan.tri"
    assert event["detail"] == {
        "units_master": new_id,
        "file": "units_tinh.csv",
        "sha256": info.sha256,
        "wards": 11,
        "hamlets": 70,
        "previous": None,
    }


def test_masters_are_kept_and_the_latest_wins(tmp_path: Path) -> None:
    first = store.set_units(tmp_path, grown(), "a")
    with pytest.raises(store.StoreError) as refused:
        store.set_units(tmp_path, grown(), "a")
    assert refused.value.code == "units_unchanged" and refused.value.params == {"id": first}
    embedded = store.UnitsFile(default_units(), MASTER.read_bytes(), "units.csv")
    second = store.set_units(tmp_path, embedded, "b")  # back to the embedded one: a new master, the old one kept
    assert [m.id for m in store.units_masters(tmp_path)] == [second, first]
    assert len(store.units(tmp_path)) == 67
    assert audit_events(tmp_path)[-1]["detail"]["previous"] == first


def test_the_embedded_master_is_not_stored_again(tmp_path: Path) -> None:
    with pytest.raises(store.StoreError) as refused:
        store.set_units(tmp_path, store.UnitsFile(default_units(), MASTER.read_bytes(), "units.csv"), "a")
    assert refused.value.code == "units_is_embedded"
    assert store.units_masters(tmp_path) == []


def test_a_failed_write_leaves_no_master(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.set_units(tmp_path, store.UnitsFile(default_units().iloc[:60], b"x", "small.csv"), "a")
    before = store_dump(tmp_path)

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("lib.store.masters._event", broken)
    with pytest.raises(RuntimeError):
        store.set_units(tmp_path, grown(), "a")
    assert store_dump(tmp_path) == before


def test_an_import_can_bring_its_master(tmp_path: Path) -> None:
    units_file = grown()
    data = HAMLET_XLSX.read_bytes()
    parsed = parse_bytes(data, HAMLET_XLSX.name, units_file.units)
    assert parsed.ok
    snapshot_id = store.add_snapshot(tmp_path, parsed, data, HAMLET_XLSX.name, "a", units_file=units_file)
    [master] = store.units_masters(tmp_path)
    assert audit_events(tmp_path)[-1]["detail"]["units_master"] == master.id
    assert len(store.load(tmp_path, snapshot_id).units) == 70
    # The same master with the next file: not stored again.
    again = parse_bytes(PARQUET.read_bytes(), PARQUET.name, units_file.units)
    store.add_snapshot(tmp_path, again, PARQUET.read_bytes(), PARQUET.name, "a", units_file=units_file)
    assert len(store.units_masters(tmp_path)) == 1


def test_a_refused_import_stores_no_master_either(tmp_path: Path) -> None:
    data = HAMLET_XLSX.read_bytes()
    store.add_snapshot(tmp_path, parse_bytes(data, HAMLET_XLSX.name, default_units()), data, HAMLET_XLSX.name, "a")
    before = store_dump(tmp_path)
    units_file = grown()
    parsed = parse_bytes(data, HAMLET_XLSX.name, units_file.units)
    with pytest.raises(store.StoreError) as refused:  # the same file again
        store.add_snapshot(tmp_path, parsed, data, HAMLET_XLSX.name, "a", units_file=units_file)
    assert refused.value.code == "duplicate_upload"
    assert store_dump(tmp_path) == before and store.units_masters(tmp_path) == []


def test_a_file_checked_against_another_master_is_refused(tmp_path: Path) -> None:
    data = HAMLET_XLSX.read_bytes()
    parsed = parse_bytes(data, HAMLET_XLSX.name, default_units())
    store.set_units(tmp_path, grown(), "a")
    before = store_dump(tmp_path)
    with pytest.raises(store.StoreError) as refused:
        store.add_snapshot(tmp_path, parsed, data, HAMLET_XLSX.name, "a")
    assert refused.value.code == "units_mismatch"
    assert store_dump(tmp_path) == before


def test_a_snapshot_outside_the_master_in_force_is_no_observation(tmp_path: Path) -> None:
    """The Bạc Liêu baseline under a province's master must not count as 0 in 2019 and bend the pace."""
    from lib.analysis.progress import report as judge
    from lib.ingest.units import ward_table

    folder = tmp_path / "store"
    units = new_master(folder, wards=3, hamlets=4)
    import_hamlets(folder, units, concurrent=True, as_of="2021-03-31")
    observed = store.observations(folder)
    assert set(observed["snapshot"]) == {2}  # not #1, the Bạc Liêu baseline, as 0 of 12 on 06/05/2019
    snapshot = store.load(folder)
    city, _, _ = judge(observed, ward_table(snapshot.units), store.goals(folder), snapshot.as_of)
    assert city.series["concurrent"].tolist() == [12] and city.goals[0].observed_pace is None
    # Right after `units import`, before any file of the new area, the baseline is still current: it stays.
    fresh = tmp_path / "fresh"
    new_master(fresh, wards=3, hamlets=4)
    assert set(store.observations(fresh)["snapshot"]) == {1}


# --- the admin page --------------------------------------------------------------------------------------------


def admin_page(sign_in: SignIn) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "admin")
    at.switch_page("pages/admin.py").run()
    assert not at.exception, at.exception
    return at


def test_admin_page_shows_problems_and_replaces_the_master(data_dir: Path, sign_in: SignIn) -> None:
    at = admin_page(sign_in)
    assert any("Danh mục có sẵn" in i.value for i in at.info)
    at.file_uploader(key="bl.units_file").set_value(
        ("units_sai.csv", with_cell(11, "hamlet_code", "31825-01"), "text/csv")
    )
    at.run()
    assert not at.exception, at.exception
    assert any("1 lỗi" in e.value for e in at.error)
    assert "bl.units_replace" not in [b.key for b in at.button]
    assert store.units_masters(data_dir) == []
    at.file_uploader(key="bl.units_file").set_value(("units_tinh.csv", GROWN, "text/csv")).run()
    assert not at.exception, at.exception
    assert any("Danh mục mới: 11 phường, xã" in m.value for m in at.markdown)
    at.button(key="bl.units_replace").click().run()
    assert not at.exception, at.exception
    assert any("Đã lưu danh mục đơn vị #1" in s.value for s in at.success)
    assert len(store.units(data_dir)) == 70


def test_only_administrators_replace_the_master(data_dir: Path) -> None:
    from ui import actions
    from ui.auth import Identity

    read = parse_units(GROWN, "units.csv")
    for role in ("viewer", "editor"):
        done, _ = actions.replace_units(read, GROWN, "units.csv", Identity("x", role), "vi")
        assert done is False
    assert store.units_masters(data_dir) == []
