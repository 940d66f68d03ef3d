"""Account changes: the password policy, changing and resetting a password, disabling, and sessions that follow."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import cli, store
from lib.store import auth
from tests.helpers import APP, PASSWORD, SignIn, cli_process

NEW = "mot-mat-khau-moi-khac-2026"


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("", "blank_password"),
        (" " * 10, "blank_password"),
        ("\t \u3000 " * 4, "blank_password"),
        ("ngan", "short_password"),
        ("Xy9-" * 300, "long_password"),
        ("aaaaaaaaaaaa", "weak_password"),
        ("ababababababab", "weak_password"),
        ("1234567890", "weak_password"),
        ("0987654321", "weak_password"),
        ("qwertyuiop", "weak_password"),
        ("Password123", "weak_password"),
        ("MATKHAU@123", "weak_password"),
        ("bien.tap2026", "weak_password"),
        ("BIEN.TAP.BIEN", "weak_password"),
    ],
)
def test_blank_short_and_trivial_passwords_are_refused(data_dir: Path, password: str, code: str) -> None:
    with pytest.raises(auth.AccountError) as raised:
        auth.add_user(data_dir, "bien.tap", "editor", password, "test")
    assert raised.value.code == code
    assert store.users(data_dir) == []


def test_a_person_changes_their_own_password_and_it_is_audited(data_dir: Path) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    for old, new, code in ((NEW, NEW + "x", "wrong_password"), (PASSWORD, PASSWORD, "same_password")):
        with pytest.raises(auth.AccountError) as raised:
            auth.change_password(data_dir, "bien.tap", old, new)
        assert raised.value.code == code
    with pytest.raises(auth.AccountError) as weak:
        auth.change_password(data_dir, "bien.tap", PASSWORD, "1111111111")
    assert weak.value.code == "weak_password"
    auth.change_password(data_dir, "BIEN.TAP", PASSWORD, NEW)
    assert auth.login(data_dir, "bien.tap", PASSWORD).outcome == "bad"
    assert auth.login(data_dir, "bien.tap", NEW).outcome == "ok"
    changes = [(e["user"], e["detail"]) for e in store.events(data_dir) if e["action"] == "account_password"]
    assert changes == [("bien.tap", {"name": "bien.tap"})]


def test_an_admin_reset_makes_the_user_change_it_and_disabling_stops_logins(data_dir: Path) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    auth.set_password(data_dir, "bien.tap", NEW, "quan.tri", must_change=True)
    result = auth.login(data_dir, "bien.tap", NEW)
    assert (result.outcome, result.must_change) == ("ok", True)
    auth.change_password(data_dir, "bien.tap", NEW, PASSWORD)
    assert auth.login(data_dir, "bien.tap", PASSWORD).must_change is False
    auth.set_disabled(data_dir, "bien.tap", True, "quan.tri")
    assert auth.login(data_dir, "bien.tap", PASSWORD).outcome == "disabled"
    assert auth.login(data_dir, "bien.tap", "sai-mat-khau").outcome == "bad"  # says nothing more to a guesser
    assert store.user(data_dir, "bien.tap").disabled  # type: ignore[union-attr]
    auth.set_disabled(data_dir, "bien.tap", False, "quan.tri")
    assert auth.login(data_dir, "bien.tap", PASSWORD).outcome == "ok"
    actions = [(e["user"], e["action"]) for e in store.events(data_dir)]
    assert actions[-5:] == [
        ("quan.tri", "account_reset"),
        ("bien.tap", "account_password"),
        ("quan.tri", "account_disable"),
        ("bien.tap", "login_failed"),
        ("quan.tri", "account_enable"),
    ]
    with pytest.raises(auth.AccountError) as unknown:
        auth.set_disabled(data_dir, "khong.co", True, "quan.tri")
    assert unknown.value.code == "unknown_user"


def test_cli_passwd_disable_and_enable(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    where = ["--data-dir", str(data_dir)]
    monkeypatch.setattr(sys, "stdin", io.StringIO("          \n"))
    assert cli.main(["user", "passwd", "bien.tap", "--password-stdin", *where]) == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO(NEW + "\n"))
    assert cli.main(["user", "passwd", "bien.tap", "--password-stdin", "--must-change", *where]) == 0
    assert auth.login(data_dir, "bien.tap", NEW).must_change
    assert cli.main(["user", "disable", "bien.tap", *where]) == 0
    assert auth.login(data_dir, "bien.tap", NEW).outcome == "disabled"
    assert cli.main(["user", "enable", "bien.tap", *where]) == 0
    assert cli.main(["user", "disable", "khong.co", *where]) == 1
    assert [e["action"] for e in store.events(data_dir)][-3:] == ["account_reset", "account_disable", "account_enable"]
    run = cli_process("user", "passwd", "bien.tap", "--password-stdin", "--lang", "en", *where, stdin=PASSWORD + "\n")
    assert run.returncode == 0, run.stderr
    assert "Set a new password for “bien.tap”." in run.stdout
    assert auth.login(data_dir, "bien.tap", PASSWORD).outcome == "ok"


def test_a_role_change_and_a_disable_reach_a_signed_in_session(data_dir: Path, sign_in: SignIn) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "bien.tap")
    at.switch_page("pages/upload.py").run()
    assert not at.exception
    store.set_role(data_dir, "bien.tap", "viewer", "quan.tri")
    at.switch_page("pages/history.py").run()
    assert "bl.restore_button" not in [b.key for b in at.button]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/upload.py")
    auth.set_disabled(data_dir, "bien.tap", True, "quan.tri")
    at.run()
    assert "bl.logout" not in [b.key for b in at.button]
    assert "bl.login_name" in [w.key for w in at.text_input]


def test_a_reset_password_is_changed_in_the_sidebar_before_anything_else(data_dir: Path) -> None:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    auth.set_password(data_dir, "bien.tap", NEW, "quan.tri", must_change=True)
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.text_input(key="bl.login_name").set_value("Bien.Tap")
    at.text_input(key="bl.login_password").set_value(NEW)
    next(b for b in at.button if b.proto.label == "Đăng nhập").click().run()
    assert any("đặt lại mật khẩu của bạn" in w.value for w in at.warning)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/upload.py")  # no rights until the password is changed
    at.text_input(key="bl.password_old").set_value(NEW)
    at.text_input(key="bl.password_new").set_value("1234567890")
    at.text_input(key="bl.password_again").set_value("1234567890")
    next(b for b in at.button if b.proto.label == "Đổi mật khẩu").click().run()
    assert any("quá dễ đoán" in e.value for e in at.error)
    at.text_input(key="bl.password_old").set_value(NEW)
    at.text_input(key="bl.password_new").set_value(PASSWORD)
    at.text_input(key="bl.password_again").set_value(PASSWORD)
    next(b for b in at.button if b.proto.label == "Đổi mật khẩu").click().run()
    assert not at.exception
    at.switch_page("pages/upload.py").run()
    assert not at.exception
    assert not any("đặt lại mật khẩu của bạn" in w.value for w in at.warning)


def test_an_admin_resets_and_disables_on_the_admin_page(data_dir: Path, sign_in: SignIn) -> None:
    from ui import actions
    from ui.auth import Identity

    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    admin, editor = Identity("quan.tri", "admin"), Identity("bien.tap", "editor")
    assert actions.reset_password("bien.tap", NEW, NEW, editor, "vi")[0] is False
    assert actions.reset_password("bien.tap", NEW, NEW + "x", admin, "vi") == (
        False,
        "Hai lần nhập mật khẩu không khớp.",
    )
    assert actions.reset_password("bien.tap", " " * 12, " " * 12, admin, "en") == (
        False,
        "The password is empty or only spaces.",
    )
    assert actions.reset_password("bien.tap", NEW, NEW, admin, "vi")[0] is True
    assert actions.set_disabled("quan.tri", True, admin, "vi")[0] is False  # not one's own account
    assert actions.set_disabled("bien.tap", True, admin, "en") == (
        True,
        "The account “bien\\.tap” is disabled.",
    )  # escaped for Markdown
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "admin", "quan.tri")
    at.switch_page("pages/admin.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table["Trạng thái"]) == ["đã khóa", "đang dùng"]


class _FakeState:
    """ui.state without Streamlit: the signed-in triple, the session's token, the cookie and the flash message."""

    def __init__(self) -> None:
        self.current: tuple[str, str, float] | None = None
        self.flash = ""
        self.token: str | None = None
        self.dead: str | None = None
        self.cookies: dict[str, str] = {}

    def session_token(self) -> str | None:
        return self.token

    def keep_token(self, token: str) -> None:
        self.token = token

    def forget(self, token: str) -> None:
        self.dead = token

    def dead_token(self) -> str | None:
        return self.dead

    def cookie(self, name: str) -> str | None:
        return self.cookies.get(name)

    def signed_in(self) -> tuple[str, str, float] | None:
        return self.current

    def sign_in(self, name: str, role: str, now: float) -> None:
        self.current = (name, role, now)

    def touch(self, now: float) -> None:
        assert self.current is not None
        self.current = (self.current[0], self.current[1], now)

    def sign_out(self) -> None:
        self.current = None
        self.token = None

    def set_flash(self, message: str) -> None:
        self.flash = message

    def lang(self) -> str:
        return "en"


def test_a_single_sign_on_session_ends_after_the_idle_time(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from ui import auth as ui_auth

    logouts: list[bool] = []
    fake_st = SimpleNamespace(
        user=SimpleNamespace(is_logged_in=True, email="a@example.org"), logout=lambda: logouts.append(True)
    )
    fake_state = _FakeState()
    monkeypatch.setattr(ui_auth, "st", fake_st)
    monkeypatch.setattr(ui_auth, "state", fake_state)
    monkeypatch.setattr(ui_auth, "_sso", lambda: {"roles": {"a@example.org": "editor"}})
    assert ui_auth.identity() == ui_auth.Identity("a@example.org", "editor")
    assert ui_auth.identity().name == "a@example.org" and not logouts  # active: still signed in
    assert fake_state.current is not None
    fake_state.current = (fake_state.current[0], fake_state.current[1], 0.0)  # last seen long ago
    assert ui_auth.identity() == ui_auth.Identity("", "viewer")
    assert logouts == [True] and fake_state.flash.startswith("The session ended")


def test_a_single_sign_on_session_keeps_its_idle_time_across_a_reload(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta
    from types import SimpleNamespace

    from lib.store import sessions
    from ui import auth as ui_auth

    logouts: list[int] = []
    clock = [datetime.now(UTC)]
    monkeypatch.setattr(sessions, "_clock", lambda: clock[0])
    monkeypatch.setattr(ui_auth, "_sso", lambda: {"roles": {"a@example.org": "editor"}})
    monkeypatch.setattr(
        ui_auth,
        "st",
        SimpleNamespace(
            user=SimpleNamespace(is_logged_in=True, email="a@example.org"), logout=lambda: logouts.append(1)
        ),
    )
    first = _FakeState()
    monkeypatch.setattr(ui_auth, "state", first)
    assert ui_auth.identity() == ui_auth.Identity("a@example.org", "editor")
    assert first.token is not None
    for minutes, signed_in in ((20, True), (31, False)):  # each a reload: a new tab state, the browser's cookie
        clock[0] += timedelta(minutes=minutes)
        tab = _FakeState()
        tab.cookies = {"bl_session": first.token}
        monkeypatch.setattr(ui_auth, "state", tab)
        assert bool(ui_auth.identity().name) is signed_in
        assert tab.token == (first.token if signed_in else None)
    assert logouts == [1] and tab.flash.startswith("The session ended")


def test_an_account_locked_by_wrong_passwords_is_unlocked_from_the_console(data_dir: Path) -> None:
    auth.add_user(data_dir, "quan.tri", "admin", PASSWORD, "test")
    for _ in range(5):  # someone keeps the administrator out by typing wrong passwords
        assert auth.login(data_dir, "quan.tri", "sai mật khẩu rồi").outcome == "bad"
    assert auth.login(data_dir, "quan.tri", PASSWORD).outcome == "locked"
    run = cli_process("user", "unlock", "QUAN.TRI", "--by", "may.chu", "--data-dir", data_dir)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Đã xóa các lần đăng nhập sai của «QUAN.TRI»: tài khoản đăng nhập lại được ngay."
    assert auth.login(data_dir, "quan.tri", PASSWORD).outcome == "ok"
    assert [(e["action"], e["user"]) for e in store.events(data_dir)][-1:] == [("account_unlock", "may.chu")]
    assert cli_process("user", "unlock", "khong.co", "--data-dir", data_dir).returncode == 1
