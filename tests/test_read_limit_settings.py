"""The read limits are settings: changed in the store, checked when set, and used by the upload page and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.core.dataset import DEFAULT_DIR, read_manifest
from lib.core.schema import READ_LIMITS, SETTINGS_DEFAULTS
from lib.present.problems import store_message
from tests.helpers import APP, CORPUS_FILES, GOLDEN, SignIn, cli
from ui import actions
from ui.auth import Identity

HAMLET_XLSX = CORPUS_FILES / "h01_danh_sach_khom_ap.xlsx"  # 30/09/2019, 47 of 67: a few hundred cells
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ADMIN = Identity("quan.tri", "admin")


def test_every_read_limit_is_a_setting_with_its_default(tmp_path: Path) -> None:
    assert {f"read_{name}": str(value) for name, value in READ_LIMITS.items()}.items() <= SETTINGS_DEFAULTS.items()
    assert store.read_limits(tmp_path) == READ_LIMITS
    store.set_setting(tmp_path, "read_max_cells", " 50 ", "test")
    assert store.settings(tmp_path)["read_max_cells"] == "50"
    assert store.read_limits(tmp_path) == {**READ_LIMITS, "max_cells": 50}


@pytest.mark.parametrize("value", ["0", "-1", "abc", "1.5", "", "1e6", "٣", "200000001"])
def test_a_bad_read_limit_is_refused_with_a_message_naming_the_setting(tmp_path: Path, value: str) -> None:
    with pytest.raises(store.StoreError) as refused:
        store.set_setting(tmp_path, "read_max_rows", value, "test")
    assert refused.value.code == "bad_read_limit"
    assert store_message(refused.value, "en") == (
        f"The setting “read_max_rows” must be a whole number from 1 to 200,000,000, not “{value}”."
    )
    assert store_message(refused.value, "vi") == (
        f"Thiết lập «read_max_rows» phải là một số nguyên từ 1 đến 200.000.000, không phải «{value}»."
    )
    assert store.read_limits(tmp_path) == READ_LIMITS
    assert not store.events(tmp_path)


def test_the_highest_read_limit_is_accepted(tmp_path: Path) -> None:
    store.set_setting(tmp_path, "read_max_rows", "200000000", "test")
    assert store.read_limits(tmp_path)["max_rows"] == 200_000_000


def test_saving_settings_with_a_bad_limit_saves_none_of_them(data_dir: Path) -> None:
    ok, message = actions.save_settings({"idle_minutes": "45", "read_max_columns": "0"}, ADMIN, "en")
    assert not ok
    assert message == "The setting “read_max_columns” must be a whole number from 1 to 50,000, not “0”."
    assert store.settings(data_dir)["idle_minutes"] == "30"
    ok, message = actions.save_settings({"idle_minutes": "45", "read_max_columns": "40"}, ADMIN, "en")
    assert (ok, message) == (True, "Settings saved.")
    assert store.settings(data_dir)["idle_minutes"] == "45"
    assert store.read_limits(data_dir)["max_columns"] == 40


def test_cli_validate_import_and_summarize_read_within_the_stored_limits(tmp_path: Path) -> None:
    accepted = cli("validate", HAMLET_XLSX, "--data-dir", tmp_path, "--lang", "en")
    assert accepted.returncode == 0, accepted.stderr
    store.set_setting(tmp_path, "read_max_cells", "50", "test")
    for command in ("validate", "import", "summarize"):
        refused = cli(command, HAMLET_XLSX, "--data-dir", tmp_path, "--lang", "en")
        assert refused.returncode == 1, command
        assert "declares the range A1:H84 of 672 cells, over the limit of 50; the file is not read." in refused.stderr
    assert [r.id for r in store.history(tmp_path)] == [1]  # nothing stored: the baseline only
    store.set_setting(tmp_path, "read_max_cells", "500000", "test")
    assert cli("import", HAMLET_XLSX, "--data-dir", tmp_path).returncode == 0


def test_cli_units_import_reads_within_the_stored_limits(tmp_path: Path) -> None:
    master = DEFAULT_DIR / read_manifest().units  # 67 hamlets: 68 lines and the empty one after the last line break
    store.set_setting(tmp_path, "read_max_rows", "60", "test")
    refused = cli("units", "import", master, "--data-dir", tmp_path, "--lang", "en")
    assert refused.returncode == 1
    assert "The file has 69 rows, over the limit of 60; it is not read." in refused.stderr
    assert store.units_masters(tmp_path) == []
    refused_too = cli("validate", HAMLET_XLSX, "--units", master, "--data-dir", tmp_path, "--lang", "en")
    assert refused_too.returncode == 1 and "The file has 69 rows, over the limit of 60" in refused_too.stderr
    store.set_setting(tmp_path, "read_max_rows", "84", "test")  # the workbook's sheet declares A1:H84
    accepted = cli("validate", HAMLET_XLSX, "--units", master, "--data-dir", tmp_path, "--lang", "en")
    assert accepted.returncode == 0, accepted.stderr
    store.set_setting(tmp_path, "read_max_rows", "83", "test")
    refused = cli("validate", HAMLET_XLSX, "--data-dir", tmp_path, "--lang", "en")
    assert refused.returncode == 1 and "The file has 84 rows, over the limit of 83; it is not read." in refused.stderr
    same = cli("units", "import", master, "--data-dir", tmp_path, "--lang", "en")  # read, then found the same
    assert "over the limit" not in same.stderr


def test_an_upload_over_a_lowered_limit_is_refused_on_the_page(data_dir: Path, sign_in: SignIn) -> None:
    data = (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes()
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "Trần Thị Thu")
    at.switch_page("pages/upload.py").run()
    store.set_setting(data_dir, "read_max_cells", "50", "test")
    uploader = next(w for w in at.file_uploader if w.proto.id and "upload_file" in w.id)
    uploader.set_value(("hamlets_2019-09-30.xlsx", data, XLSX)).run()
    assert not at.exception, at.exception
    assert any("1 lỗi" in e.value for e in at.error)
    message = at.dataframe[0].value["Nội dung"].iloc[0]
    assert "vượt giới hạn 50 ô; tệp không được đọc." in message
    assert "bl.upload_confirm" not in [b.key for b in at.button]
    store.set_setting(data_dir, "read_max_cells", "500000", "test")  # the default again: the same file is read
    at.run()
    assert not at.error
    assert "bl.upload_confirm" in [b.key for b in at.button]


def test_an_administrator_lowers_a_limit_on_the_admin_page(data_dir: Path, sign_in: SignIn) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "admin", "quan.tri")
    at.switch_page("pages/admin.py").run()
    assert not at.exception, at.exception
    field = at.number_input(key="bl.setting_max_cells")
    assert field.value == 500_000 and field.label == "Số ô tối đa của một tệp Excel (kể cả ô gộp)"
    field.set_value(50_000)
    at.button(key="bl.settings_save").click().run()
    assert not at.exception, at.exception
    assert store.read_limits(data_dir) == {**READ_LIMITS, "max_cells": 50_000}
    assert at.number_input(key="bl.setting_max_cells").value == 50_000
