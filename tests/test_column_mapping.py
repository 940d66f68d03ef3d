"""The column-mapping step: a field not recognised is pointed at a column, stored, and remembered for the layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from tests.helpers import APP, UNKNOWN_HEADER_WARDS, SignIn, cli
from tests.helpers import unknown_header_file as _file


def test_a_missing_field_lists_the_columns_found_in_json(tmp_path: Path) -> None:
    code, out, _ = cli("validate", _file(tmp_path, "a.csv"), "--json", "--data-dir", tmp_path / "d")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False
    assert result["fields_missing"] == ["concurrent"]
    found = [(c["index"], c["header"], c["field"]) for c in result["columns_found"]]
    assert found == [(0, "Đơn vị", "ward"), (1, "Số khóm ấp", "hamlets"), (2, "Đạt", None), (3, "Ghi chú", "note")]
    assert result["columns_found"][2]["values"] == ["4", "5", "5"]  # the column-number row is not a value
    error = result["errors"][0]
    assert error["code"] == "missing_columns" and error["fields_missing"] == ["concurrent"]
    assert error["columns_found"] == result["columns_found"]


def test_the_cli_text_shows_the_columns_and_how_to_choose(tmp_path: Path) -> None:
    code, _, err = cli("validate", _file(tmp_path, "a.csv"), "--data-dir", tmp_path / "d")
    assert code == 1
    assert "Thiếu cột bắt buộc: «Đã kiêm nhiệm»." in err
    assert "3. «Đạt» → —  (4, 5, 5)" in err
    assert '--column "TIÊU ĐỀ=TRƯỜNG"' in err


def test_column_given_imports_remembers_and_the_next_file_needs_no_question(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    code, out, _ = cli(
        "import", _file(tmp_path, "a.csv"), "--column", "Đạt=concurrent", "--by", "Lan", "--data-dir", data_dir
    )
    assert code == 0, out
    assert "Đã ghi nhớ cách đọc cột #1" in out
    assert store.load(data_dir).ward_counts["concurrent"].sum() == 47
    code, out, _ = cli("import", _file(tmp_path, "b.csv", bump=1), "--json", "--data-dir", data_dir)
    result = json.loads(out)
    assert code == 0 and result["mapping_used"] == 1 and result["mapping_id"] is None
    assert result["summary"]["concurrent"] == 48
    listed = json.loads(cli("mappings", "list", "--json", "--data-dir", data_dir).stdout)
    assert [(m["id"], m["columns"], m["saved_by"]) for m in listed] == [(1, {"Đạt": "concurrent"}, "Lan")]
    assert listed[0]["layout"] == "don vi | so khom ap | dat | ghi chu"
    assert cli("mappings", "delete", "1", "--by", "Lan", "--data-dir", data_dir).returncode == 0
    assert cli("mappings", "delete", "1", "--data-dir", data_dir).stderr.strip() == "Không có cách đọc cột #1."
    assert cli("validate", _file(tmp_path, "c.csv", bump=2), "--data-dir", data_dir).returncode == 1  # asks again
    actions = [(e["action"], e["user"]) for e in json.loads(cli("audit", "--json", "--data-dir", data_dir).stdout)]
    assert ("mapping_save", "Lan") in actions and ("mapping_delete", "Lan") in actions


@pytest.mark.parametrize(
    ("option", "code", "says"),
    [
        ("Đạt=concurrent", 0, ""),
        ("Không có=concurrent", 1, "không có cột nào có tiêu đề «Không có»"),
        ("Đạt=bogus", 2, "FIELD one of"),
        ("Đạt", 2, "HEADER=FIELD"),
    ],
)
def test_the_column_option_is_checked(tmp_path: Path, option: str, code: int, says: str) -> None:
    run = cli("validate", _file(tmp_path, "a.csv"), "--column", option, "--data-dir", tmp_path / "d")
    assert run.returncode == code
    assert says in run.stderr


def test_mappings_list_says_when_there_is_none(tmp_path: Path) -> None:
    assert cli("mappings", "list", "--data-dir", tmp_path, "--lang", "en").stdout.strip() == (
        "No column mapping is remembered."
    )


def _upload(at: AppTest, path: Path) -> None:
    uploader = next(w for w in at.file_uploader if w.proto.id and "upload_file" in w.id)
    uploader.set_value((path.name, path.read_bytes(), "text/csv")).run()
    assert not at.exception, at.exception


def test_the_page_asks_for_the_column_stores_and_remembers(data_dir: Path, sign_in: SignIn, tmp_path: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "Trần Thị Thu")
    at.switch_page("pages/upload.py").run()
    _upload(at, _file(tmp_path, "a.csv"))
    choose = at.selectbox(key="bl.upload_column_concurrent")
    assert choose.label == "Cột chứa «Đã kiêm nhiệm»"
    assert choose.options == ["1. «Đơn vị» (Phường 1, Phường 2, Phường 3)", "2. «Số khóm ấp» (7, 7, 7)",
                              "3. «Đạt» (4, 5, 5)", "4. «Ghi chú»"]  # fmt: skip
    assert "bl.upload_confirm" not in [b.key for b in at.button]
    choose.set_value(2).run()
    assert not at.error
    assert {m.label: m.value for m in at.metric}["Tính đến ngày 31/12/2019"] == "47/67 (70,1 %)"
    at.button(key="bl.upload_confirm").click().run()
    assert [r.concurrent for r in store.history(data_dir)] == [47, 46]
    assert [m.columns for m in store.mappings(data_dir)] == [{"Đạt": "concurrent"}]
    # The next file with the same layout goes in with no question, and the page says why.
    _upload(at, _file(tmp_path, "b.csv", bump=1))
    assert not [s for s in at.selectbox if s.key == "bl.upload_column_concurrent"]
    assert any("cách đọc #1 được ghi nhớ" in i.value for i in at.info)
    assert {m.label: m.value for m in at.metric}["Tính đến ngày 31/12/2019"] == "48/67 (71,6 %)"
    at.button(key="bl.upload_forget_mapping").click().run()
    assert store.mappings(data_dir) == []
    assert at.selectbox(key="bl.upload_column_concurrent").value is None  # asked again


def _roster(folder: Path, rows: int) -> Path:
    """An officer roster of Phường 1's hamlets where every tenth row holds a title not in the vocabulary."""
    lines = ["Phường, xã,Khóm, ấp,Chức danh,Họ và tên,Năm sinh,Đảng viên".replace("Phường, xã", '"Phường, xã"')]
    lines[0] = lines[0].replace("Khóm, ấp", '"Khóm, ấp"')
    for i in range(rows):
        title = "Phụ trách loa phát thanh" if i % 10 == 8 else "Bí thư chi bộ kiêm trưởng khóm"
        lines.append(f"Phường 1,Khóm {i % 7 + 1},{title},Người {i},1970,x")
    path = folder / "can_bo_2019-12-31.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("vi", "Cột «Chức danh»: chức danh «Phụ trách loa phát thanh» không có trong danh mục; dòng được giữ lại nhưng "
         "không tính: 30 dòng (10, 20, 30, …)"),
        ("en", ": 30 rows (10, 20, 30, …)"),
    ],
)  # fmt: skip
def test_the_same_warning_on_many_rows_is_one_line_and_json_keeps_every_row(
    tmp_path: Path, lang: str, says: str
) -> None:
    path = _roster(tmp_path, 300)
    _, _, err = cli("validate", path, "--data-dir", tmp_path / "d", "--lang", lang)
    lines = [line for line in err.splitlines() if "loa phát thanh" in line]
    assert len(lines) == 1 and says in lines[0], err
    result = json.loads(cli("validate", path, "--json", "--data-dir", tmp_path / "d").stdout)
    rows = [w["row"] for w in result["warnings"] if w["code"] == "unknown_position"]
    assert rows == list(range(10, 301, 10))


def test_a_header_read_with_words_not_understood_is_a_warning_naming_the_reading(tmp_path: Path) -> None:
    path = tmp_path / "bieu_2019-12-31.csv"
    rows = ["Đơn vị,Số khóm ấp,Số BT đồng thời TK năm báo cáo"] + [f"{w},{h},{c}" for w, h, c in UNKNOWN_HEADER_WARDS]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = json.loads(cli("validate", path, "--json", "--data-dir", tmp_path / "d").stdout)
    assert result["ok"] and result["summary"]["concurrent"] == 47
    assert [(w["code"], w["column"], w["message"][:39]) for w in result["warnings"]] == [
        ("header_unsure", "Số BT đồng thời TK năm báo cáo", "cột được hiểu là «Đã kiêm nhiệm» (có từ")
    ]
