"""Sessions that outlive a reload: a random token kept as its hash, ended by logout, idle time or account change."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.store import auth, sessions
from tests.helpers import APP, PASSWORD, SignIn, store_sql

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NEW = "Hoa-sen-nở-2026"


@pytest.fixture
def editor(data_dir: Path) -> Path:
    auth.add_user(data_dir, "bien.tap", "editor", PASSWORD, "test")
    return data_dir


def _rows(data_dir: Path) -> list[tuple[str, ...]]:
    return store_sql(data_dir, "SELECT token_hash, user_name, ended_why, last_seen FROM sessions ORDER BY created_at")


def test_only_the_hash_of_a_random_token_is_stored(editor: Path) -> None:
    tokens = [sessions.create(editor, "bien.tap", "editor", now=T0) for _ in range(2)]
    assert tokens[0] != tokens[1] and all(sessions.well_formed(t) and len(t) == 43 for t in tokens)
    assert [r[0] for r in _rows(editor)] == [hashlib.sha256(t.encode()).hexdigest() for t in tokens]
    for file in editor.iterdir():  # the store, its WAL: the token itself is written nowhere
        assert all(t.encode() not in file.read_bytes() for t in tokens), file.name
    assert sessions.resolve(editor, tokens[0], T0) == sessions.Session("bien.tap", "editor")


def test_a_login_and_the_clicks_of_a_session_do_not_move_the_revision(editor: Path) -> None:
    before = store.revision(editor)
    token = sessions.create(editor, "bien.tap", "editor", now=T0)
    for seconds in (10, 59, 61, 200):
        assert sessions.resolve(editor, token, T0 + timedelta(seconds=seconds)) is not None
    assert store.revision(editor) == before


@pytest.mark.parametrize(
    ("idle_minutes", "pauses", "alive"),
    [
        ("30", [29, 29, 29], True),  # each click within the limit keeps it alive, well past 30 minutes in all
        ("30", [31], False),
        ("5", [4, 6], False),
        ("30", [25] * 29, False),  # busy all along, but a session lasts at most MAX_AGE (12 hours)
    ],
)
def test_a_session_ends_after_the_idle_limit_with_a_monkeypatched_clock(
    editor: Path, monkeypatch: pytest.MonkeyPatch, idle_minutes: str, pauses: list[int], alive: bool
) -> None:
    store.set_setting(editor, "idle_minutes", idle_minutes, "test")
    clock = [T0]
    monkeypatch.setattr(sessions, "_clock", lambda: clock[0])
    token = sessions.create(editor, "bien.tap", "editor")
    found = sessions.check(editor, token)
    for minutes in pauses:
        clock[0] += timedelta(minutes=minutes)
        found = sessions.check(editor, token)
    assert (found.session is not None) is alive
    if not alive:
        assert (found.why, found.was_live) == ("idle", True)
        assert sessions.check(editor, token).why == "idle"  # ended in the store: it does not come back
        assert _rows(editor)[0][2] == "idle"


def test_last_seen_is_written_at_most_once_a_minute(editor: Path) -> None:
    token = sessions.create(editor, "bien.tap", "editor", now=T0)
    sessions.resolve(editor, token, T0 + timedelta(seconds=59))
    assert _rows(editor)[0][3] == T0.isoformat()
    sessions.resolve(editor, token, T0 + timedelta(seconds=61))
    assert _rows(editor)[0][3] == (T0 + timedelta(seconds=61)).isoformat()


def test_logout_ends_one_session_and_leaves_the_others(editor: Path) -> None:
    first, second = (sessions.create(editor, "bien.tap", "editor") for _ in range(2))
    sessions.end(editor, first)
    assert (sessions.check(editor, first).why, sessions.check(editor, first).was_live) == ("logout", False)
    assert sessions.resolve(editor, second) is not None
    sessions.end(editor, "not a token")  # a cookie's junk ends nothing and says nothing
    assert sessions.check(editor, "x" * 43).why == "unknown"


def _role(data_dir: Path) -> None:
    store.set_role(data_dir, "bien.tap", "viewer", "quan.tri")


def _disable(data_dir: Path) -> None:
    auth.set_disabled(data_dir, "bien.tap", True, "quan.tri")


def _reset(data_dir: Path) -> None:
    auth.set_password(data_dir, "bien.tap", NEW, "quan.tri", must_change=True)


def _set(data_dir: Path) -> None:
    auth.set_password(data_dir, "bien.tap", NEW, "quan.tri", must_change=False)


@pytest.mark.parametrize(
    ("change", "why"), [(_role, "role"), (_disable, "disabled"), (_reset, "password"), (_set, "password")]
)
def test_an_account_change_ends_every_session_of_it_and_is_audited(
    editor: Path, change: Callable[[Path], None], why: str
) -> None:
    auth.add_user(editor, "khac", "editor", PASSWORD, "test")
    tokens = [sessions.create(editor, "bien.tap", "editor") for _ in range(2)]
    other = sessions.create(editor, "khac", "editor")
    change(editor)
    assert [sessions.check(editor, t).why for t in tokens] == [why, why]
    assert sessions.resolve(editor, other) is not None  # another account's session goes on
    ended = [e for e in store.events(editor) if e["action"] == "sessions_ended"]
    assert [(e["user"], e["detail"]) for e in ended] == [("quan.tri", {"name": "bien.tap", "sessions": 2, "why": why})]


def test_enabling_again_does_not_bring_an_ended_session_back(editor: Path) -> None:
    token = sessions.create(editor, "bien.tap", "editor")
    _disable(editor)
    auth.set_disabled(editor, "bien.tap", False, "quan.tri")
    assert sessions.check(editor, token).why == "disabled"


@pytest.mark.parametrize(
    ("sql", "why"),
    [
        ("UPDATE users SET role = 'admin' WHERE name = 'bien.tap'", "role"),
        ("INSERT INTO account_flags (name, disabled) VALUES ('bien.tap', 1)", "disabled"),
        ("DELETE FROM users WHERE name = 'bien.tap'", "removed"),
    ],
)
def test_an_account_changed_behind_the_apps_back_ends_its_session_at_the_next_check(
    editor: Path, sql: str, why: str
) -> None:
    token = sessions.create(editor, "bien.tap", "editor")
    store_sql(
        editor,
        "CREATE TABLE IF NOT EXISTS account_flags (name TEXT PRIMARY KEY, disabled INTEGER, must_change INTEGER)",
    )
    store_sql(editor, sql)
    found = sessions.check(editor, token)
    assert (found.session, found.why, found.was_live) == (None, why, True)


def test_changing_ones_own_password_keeps_that_session_and_ends_the_others(editor: Path) -> None:
    here, elsewhere = (sessions.create(editor, "bien.tap", "editor") for _ in range(2))
    auth.change_password(editor, "bien.tap", PASSWORD, NEW, here)
    assert sessions.resolve(editor, here) is not None
    assert sessions.check(editor, elsewhere).why == "password"
    sessions.end_all_for(editor, "bien.tap", "quan.tri", "logout")
    assert sessions.check(editor, here).why == "logout"


def test_a_reset_password_session_has_no_rights_until_it_is_changed(editor: Path) -> None:
    auth.set_password(editor, "bien.tap", NEW, "quan.tri", must_change=True)
    token = sessions.create(editor, "bien.tap", "editor")  # the login after the reset
    assert sessions.resolve(editor, token) == sessions.Session("bien.tap", "editor", must_change=True)
    auth.change_password(editor, "bien.tap", NEW, PASSWORD, token)
    assert sessions.resolve(editor, token) == sessions.Session("bien.tap", "editor")


# --- in the app: the cookie a browser sends stands for a second tab, a reload or a shared link ---------------------


def _tabs(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The browser's cookies, as every AppTest "tab" of this test sends them when it connects."""
    from ui import state

    jar: dict[str, str] = {}
    monkeypatch.setattr(state, "cookie", jar.get)
    return jar


def _signed_in(at: AppTest) -> bool:
    return "bl.logout" in [b.key for b in at.button]


def _flash(at: AppTest) -> list[str]:
    return [s.value for s in at.success]


def test_a_second_tab_with_the_cookie_is_signed_in_and_a_logout_ends_both(
    data_dir: Path, sign_in: SignIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    jar = _tabs(monkeypatch)
    first = AppTest.from_file(APP, default_timeout=60)
    sign_in(first, "editor", "bien.tap")
    token = first.session_state["bl.auth_token"]
    assert sessions.well_formed(token) and _signed_in(first)
    jar["bl_session"] = token  # the script the first tab ran set it
    second = AppTest.from_file(APP, default_timeout=60).run()
    assert _signed_in(second)
    second.switch_page("pages/upload.py").run()  # an editor's page: the role came with the session
    assert not second.exception
    second.switch_page("pages/history.py").run()  # a page that shows the message
    first.button(key="bl.logout").click().run()
    assert not _signed_in(first) and sessions.check(data_dir, token).why == "logout"
    second.run()  # its next click
    assert not _signed_in(second)
    assert _flash(second) == ["Phiên làm việc đã kết thúc vì bạn đã đăng xuất ở một thẻ khác."]
    second.run()  # the ended token in its cookie is not tried again
    assert not _signed_in(second) and _flash(second) == []


def test_a_role_change_during_a_session_ends_it_with_a_message(data_dir: Path, sign_in: SignIn) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "bien.tap")
    at.switch_page("pages/history.py").run()
    store.set_role(data_dir, "bien.tap", "admin", "quan.tri")
    at.run()
    assert not _signed_in(at)
    assert _flash(at) == ["Vai trò hoặc mật khẩu của tài khoản vừa được thay đổi; hãy đăng nhập lại."]
    sign_in(at, "admin", "bien.tap")  # logged in again, with the new role
    at.switch_page("pages/admin.py").run()
    assert not at.exception


def test_a_tab_idle_too_long_goes_on_when_another_kept_the_session_busy(
    data_dir: Path, sign_in: SignIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    jar = _tabs(monkeypatch)
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "editor", "bien.tap")
    jar["bl_session"] = at.session_state["bl.auth_token"]
    at.session_state["bl.auth_seen"] = 0.0  # this tab last seen long ago; the store saw the session just now
    at.run()
    assert _signed_in(at) and _flash(at) == []


@pytest.mark.parametrize(
    ("keep", "drop", "parts"),
    [
        ("a" * 43, None, ["bl_session=" + "a" * 43, "Path=/", "SameSite=Strict", "Max-Age=43200", "'; Secure'"]),
        (None, "b" * 43, ["includes('bl_session=" + "b" * 43 + "')", "bl_session=; Path=/", "Max-Age=0"]),
        ("a" * 43, "a" * 43, ["bl_session=" + "a" * 43]),  # the live token is never cleared
        ("<script>", "x';alert(1)//", []),  # only a well-formed token ever reaches the script
    ],
)
def test_the_cookie_script_sets_the_live_token_and_clears_an_ended_one(
    keep: str | None, drop: str | None, parts: list[str]
) -> None:
    from ui import session_cookie

    code = session_cookie.script(keep, drop)
    assert all(part in code for part in parts), code
    assert len(code.splitlines()) == (keep == "a" * 43) + (drop == "b" * 43)
