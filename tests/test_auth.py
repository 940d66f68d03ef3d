"""Who may see and change what: hashes, roles in the navigation and on the server, login limits, the audit trail."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.ingest.roster import parse_bytes
from lib.present import texts
from lib.store import auth
from tests.helpers import APP, GOLDEN, PASSWORD, SignIn, audit_events, cli, cli_process


def test_passwords_are_stored_only_as_salted_argon2_hashes(data_dir: Path) -> None:
    auth.add_user(data_dir, "quan.tri", "admin", PASSWORD, "test")
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    hashes = [u.password_hash for u in store.users(data_dir)]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert hashes[0] != hashes[1]  # salted: the same password hashes differently
    assert PASSWORD not in (data_dir / store.DB_NAME).read_bytes().decode("latin-1")
    assert auth.password_matches(hashes[0], PASSWORD)
    assert not auth.password_matches(hashes[0], PASSWORD + "x")


@pytest.mark.parametrize(
    ("role", "password", "code"),
    [("owner", PASSWORD, "bad_role"), ("editor", "short", "short_password"), ("editor", PASSWORD, "user_exists")],
)
def test_account_rules(data_dir: Path, role: str, password: str, code: str) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    with pytest.raises(auth.AccountError) as raised:
        auth.add_user(data_dir, "bien.tap" if code == "user_exists" else "khac", role, password, "test")
    assert raised.value.code == code


def test_wrong_password_is_refused_then_rate_limited(data_dir: Path) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    start = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
    for minute in range(5):
        assert auth.login(data_dir, "bien.tap", "sai", start + timedelta(minutes=minute)).outcome == "bad"
    locked = auth.login(data_dir, "bien.tap", PASSWORD, start + timedelta(minutes=6))
    assert locked.outcome == "locked" and locked.retry_after_minutes >= 1
    # After the window the right password works again, and clears the failures.
    assert auth.login(data_dir, "bien.tap", PASSWORD, start + timedelta(minutes=16)).outcome == "ok"
    assert store.login_failures(data_dir, "bien.tap") == []


def test_wrong_password_in_the_app_shows_a_message_and_then_locks(data_dir: Path) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    at = AppTest.from_file(APP, default_timeout=60).run()
    for _ in range(5):
        at.text_input(key="bl.login_name").set_value("bien.tap")
        at.text_input(key="bl.login_password").set_value("sai-mat-khau")
        next(b for b in at.button if b.proto.label == "Đăng nhập").click().run()
        assert any(e.value == "Sai tên tài khoản hoặc mật khẩu." for e in at.error)
    at.text_input(key="bl.login_password").set_value(PASSWORD)
    next(b for b in at.button if b.proto.label == "Đăng nhập").click().run()
    assert any("Đăng nhập sai quá nhiều lần" in e.value for e in at.error)
    assert "bl.logout" not in [b.key for b in at.button]


@pytest.mark.parametrize(
    ("role", "sees_upload", "sees_admin"),
    [(None, False, False), ("viewer", False, False), ("editor", True, False), ("admin", True, True)],
)
def test_navigation_offers_only_what_the_role_may_use(
    data_dir: Path, sign_in: SignIn, role: str | None, sees_upload: bool, sees_admin: bool
) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    if role is None:
        at.run()
        assert any("Chưa có tài khoản nào" in c.value for c in at.caption)
    else:
        sign_in(at, role)
    for page, allowed in (("pages/upload.py", sees_upload), ("pages/admin.py", sees_admin)):
        if allowed:
            at.switch_page(page).run()
            assert not at.exception
            assert not any(e.value == "Bạn không có quyền dùng chức năng này." for e in at.error)
        else:  # a page outside the role's navigation cannot be reached by switching to it
            with pytest.raises(ValueError, match="Could not find a navigation page"):
                at.switch_page(page)
    at.switch_page("pages/history.py").run()
    assert ("bl.restore_button" in [b.key for b in at.button]) is sees_upload


def test_actions_are_refused_on_the_server_for_a_viewer(data_dir: Path, units: object) -> None:
    from ui import actions
    from ui.auth import Identity

    viewer = Identity("khach", "viewer")
    data = (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes()
    parsed = parse_bytes(data, "hamlets_2019-09-30.xlsx", units)  # type: ignore[arg-type]
    assert actions.store_upload(parsed, data, "hamlets_2019-09-30.xlsx", viewer, "vi") == (
        False,
        "Bạn không có quyền dùng chức năng này.",
    )
    assert actions.restore(1, viewer, "vi")[0] is False
    assert actions.save_scenario("x", 1, {}, viewer, "vi")[0] is False
    assert actions.create_account("x", "admin", PASSWORD, PASSWORD, viewer, "vi")[0] is False
    assert not (data_dir / store.DB_NAME).exists()  # nothing was written
    editor = Identity("bien.tap", "editor")
    assert actions.store_upload(parsed, data, "hamlets_2019-09-30.xlsx", editor, "vi")[0] is True
    assert actions.create_account("x", "admin", PASSWORD, PASSWORD, editor, "vi")[0] is False


def test_viewers_do_not_see_names_unless_the_deployment_allows(data_dir: Path) -> None:
    assert cli("import", GOLDEN / "hamlets_2019-09-30.xlsx", "--data-dir", data_dir).returncode == 0
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("pages/hamlets.py").run()
    names = set(at.dataframe[0].value["Bí thư chi bộ"])
    assert names == {"(ẩn)"}
    store.set_setting(data_dir, "viewers_see_names", "1", "test")
    at.switch_page("pages/hamlets.py").run()
    assert "Lê Quốc Yến" in set(at.dataframe[0].value["Bí thư chi bộ"])


def test_the_audit_trail_records_an_upload_with_its_user(data_dir: Path, sign_in: SignIn) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "Trần Thị Thu")
    at.switch_page("pages/upload.py").run()
    data = (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes()
    uploader = next(w for w in at.file_uploader if "upload_file" in w.id)
    uploader.set_value(("hamlets_2019-09-30.xlsx", data, "application/octet-stream")).run()
    at.button(key="bl.upload_confirm").click().run()
    imports = [e for e in audit_events(data_dir) if e["action"] == "import"]
    assert [(e["user"], e["detail"]["file"]) for e in imports] == [("Trần Thị Thu", "hamlets_2019-09-30.xlsx")]
    assert store.history(data_dir)[0].uploaded_by == "Trần Thị Thu"
    # The administrator sees it on the admin page.
    sign_in(at, "admin")
    at.switch_page("pages/admin.py").run()
    trail = at.dataframe[-1].value
    assert "Tải lên số liệu" in set(trail["Việc"]) and "Trần Thị Thu" in set(trail["Ai"])


@pytest.mark.parametrize("name", ["<script>alert(1)</script>", "**đậm** [x](http://a)", "=cmd|' /C calc'!A0"])
def test_user_text_is_shown_as_text(name: str) -> None:
    escaped = texts.plain(name)
    for mark in "*[]()<>":
        assert mark not in escaped.replace("\\" + mark, "")  # every markup character is escaped
    assert escaped.replace("\\", "") == name  # and nothing else is changed


@pytest.mark.parametrize(
    ("name", "data"),
    [("bieu.xlsx", "Phường, xã,Khóm, ấp\n".encode()), ("bieu.csv", b"PK\x03\x04rest"), ("bieu.parquet", b"x,y\n1,2")],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(units: object, name: str, data: bytes) -> None:
    parsed = parse_bytes(data, name, units)  # type: ignore[arg-type]
    assert [p.code for p in parsed.errors] == ["wrong_type"]


def test_an_oversized_upload_is_refused_with_a_message() -> None:
    assert texts.size_problem(20 * 1024 * 1024, 20, "vi") is None
    assert texts.size_problem(21 * 1024 * 1024, 20, "vi") == "Tệp lớn 21,0 MB, vượt giới hạn 20 MB."


def test_cli_user_add_reads_the_password_from_stdin_and_audit_lists_it(tmp_path: Path) -> None:
    run = cli_process(
        "user", "add", "quan.tri", "--role", "admin", "--password-stdin", "--data-dir", tmp_path, stdin=PASSWORD + "\n"
    )
    assert run.returncode == 0, run.stderr
    assert "Đã tạo tài khoản «quan.tri» (quản trị viên)." in run.stdout
    out = io.StringIO()
    audit = cli_process("audit", "--json", "--data-dir", tmp_path)
    out.write(audit.stdout)
    rows = json.loads(out.getvalue())
    assert [(r["action"], r["detail"]["name"], r["detail"]["role"]) for r in rows] == [
        ("account_create", "quan.tri", "admin")
    ]


def test_a_session_ends_after_the_idle_time(data_dir: Path, sign_in: SignIn) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor")
    assert "bl.logout" in [b.key for b in at.button]
    at.session_state["bl.auth_seen"] = 0.0  # last seen long ago
    at.run()
    assert "bl.logout" not in [b.key for b in at.button]
    at.switch_page("pages/overview.py").run()
    assert not at.exception


def test_single_sign_on_is_offered_when_configured(data_dir: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "roles": {"a@example.org": "admin"}}
    at.run()
    assert not at.exception
    assert "bl.sso_login" in [b.key for b in at.button]
    assert "bl.login_name" not in [w.key for w in at.text_input]


def test_an_uploaded_file_name_never_becomes_a_path(data_dir: Path, units: object) -> None:
    data = (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes()
    parsed = parse_bytes(data, "x.xlsx", units)  # type: ignore[arg-type]
    store.add_snapshot(data_dir, parsed, data, "../../../tmp/evil_2019-09-30.xlsx", "test")
    assert store.history(data_dir)[0].file_name == "evil_2019-09-30.xlsx"
    assert sorted(p.name for p in data_dir.iterdir() if p.suffix != ".sqlite-wal" and p.suffix != ".sqlite-shm") == [
        store.DB_NAME
    ]


def test_an_editor_changes_the_goals_and_the_change_is_audited(data_dir: Path, sign_in: SignIn) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "Trần Thị Thu")
    at.switch_page("pages/progress.py").run()
    from ui import actions
    from ui.auth import Identity

    done, _ = actions.save_goals(
        [(date(2019, 12, 31), 75.0), (date(2020, 12, 31), 100.0)], Identity("Trần Thị Thu", "editor"), "vi"
    )
    assert done
    assert [(g.deadline, g.target_pct) for g in store.goals(data_dir)] == [
        (date(2019, 12, 31), 75.0),
        (date(2020, 12, 31), 100.0),
    ]
    change = [e for e in audit_events(data_dir) if e["action"] == "goals"][-1]
    assert change["user"] == "Trần Thị Thu" and change["detail"]["before"][0]["target_pct"] == 70.0
    # The CLI and the pages judge against the new goal: 75 % of 67 is 50.25, so 51 hamlets.
    summary_out = cli_process("summarize", "--json", "--data-dir", data_dir)
    assert json.loads(summary_out.stdout)["goals"][0] == {
        "deadline": "2019-12-31",
        "target_pct": 75.0,
        "required": 51,
        "remaining": 5,
    }
    at.switch_page("pages/overview.py").run()
    assert any(m.label == "Mục tiêu 75 % đến 31/12/2019" for m in at.metric)
    # Bad goals are refused and change nothing; a viewer may not change them.
    assert actions.save_goals([(date(2019, 12, 31), 150.0)], Identity("x", "editor"), "vi")[0] is False
    assert actions.save_goals([(date(2019, 12, 31), 80.0)], Identity("x", "viewer"), "vi")[0] is False
    assert store.goals(data_dir)[0].target_pct == 75.0


def test_original_files_with_names_are_offered_only_to_those_who_see_names(data_dir: Path, sign_in: SignIn) -> None:
    assert cli("import", GOLDEN / "hamlets_2019-09-30.xlsx", "--data-dir", data_dir).returncode == 0
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("pages/history.py").run()
    assert [b.proto.label for b in at.get("download_button")] == []
    listing = at.dataframe[0].value
    assert list(listing["Người gửi"]) == ["—", "dữ liệu mặc định"]  # only the embedded baseline is default data
    sign_in(at, "editor")
    at.switch_page("pages/history.py").run()
    assert [b.proto.label for b in at.get("download_button")] == ["Tải tệp gốc"]
