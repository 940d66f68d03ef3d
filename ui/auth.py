"""Who is using the app: local accounts or single sign-on, the idle timeout, and the login box in the sidebar."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from lib import store
from lib.present import texts
from lib.present.i18n import t
from lib.store import auth, sessions
from ui import loaders, session_cookie, state


@dataclass(frozen=True)
class Identity:
    """The person using this session ("" when nobody is logged in) and their role."""

    name: str
    role: str
    must_change: bool = False  # an administrator reset the password: only changing it is allowed

    def can(self, action: str) -> bool:
        return auth.can(self.role, action)

    def named(self, sender: str) -> Identity:
        """The same person, recorded with who sent the data when they typed it ("Trần Thị Thu (ban tổ chức)")."""
        sender = sender.strip()
        if not sender or sender == self.name:
            return self
        return Identity(f"{self.name} / {sender}" if self.name else sender, self.role, self.must_change)


def _sso() -> dict[str, Any] | None:
    """The [auth] section of .streamlit/secrets.toml, when single sign-on is configured."""
    try:
        section = st.secrets.get("auth")
    except FileNotFoundError:
        return None
    return dict(section) if section else None


def _sso_role(config: dict[str, Any]) -> str:
    """The role of the signed-in e-mail address, from [auth.roles] (address or group -> role); viewer otherwise."""
    roles = dict(config.get("roles", {}))
    email = str(getattr(st.user, "email", "") or "").lower()
    groups = getattr(st.user, "groups", None) or []
    for key in [email, *[str(g) for g in groups]]:
        if key in roles and roles[key] in ("viewer", "editor", "admin"):
            return str(roles[key])
    return "viewer"


NOBODY = Identity("", "viewer")
# Why a session ended -> what its tab is told (a token the store does not know is only dropped).
_ENDED = {
    "idle": "auth.timed_out",
    "logout": "auth.logged_out_elsewhere",
    "role": "auth.account_changed",
    "password": "auth.account_changed",
    "disabled": "auth.ended",
    "removed": "auth.ended",
}


@dataclass(frozen=True)
class _Found:
    """This tab's session, or the cookie's, as the store says at this run; else why there is none."""

    session: sessions.Session | None
    token: str | None = None
    why: str = ""
    was_live: bool = False  # live until this run (not a cookie of a session that had ended before)


def identity() -> Identity:
    """Who is here now, as the store says at this run (session, role, disabled); any login ends after the idle time."""
    config = _sso()
    if config is not None:
        return _sso_identity(config)
    found = _live_session()
    if found.session is None:
        _tell(found.why)
        return NOBODY
    if found.session.must_change:
        return Identity(found.session.name, "viewer", must_change=True)  # no rights until the password is changed
    return Identity(found.session.name, found.session.role)


def _live_session() -> _Found:
    """This tab's session, else the one the browser's cookie names (a reload, a second tab, a shared link), checked
    in the store at every run: a logout in another tab, a role change or a disabled account ends it here too.

    A tab idle longer than the limit lets go of its own copy; the store decides with the cookie, since another tab
    may have kept the session busy.
    """
    current = state.signed_in()
    lapsed = current is not None and _idle_here(current[2])
    own = state.session_token() if current is not None and not lapsed else None
    if current is not None and own is None:
        state.sign_out()
    token = own or session_cookie.token(state.cookie(session_cookie.NAME), state.dead_token())
    if token is None:
        return _Found(None, why="idle" if lapsed else "")
    checked = sessions.check(loaders.data_dir(), token)
    if checked.session is None:
        state.forget(token)
        state.sign_out()
        return _Found(None, token, checked.why, checked.was_live or own is not None)
    state.sign_in(checked.session.name, checked.session.role, time.time())
    state.keep_token(token)
    return _Found(checked.session, token)


def _tell(why: str) -> None:
    if why in _ENDED:
        state.set_flash(t(_ENDED[why], state.lang()))


def _idle_here(seen: float) -> bool:
    """Whether this tab was idle longer than the `idle_minutes` setting."""
    return time.time() - seen > 60 * int(store.settings(loaders.data_dir())["idle_minutes"])


def _sso_identity(config: dict[str, Any]) -> Identity:
    """The signed-in single sign-on user, whose session (in the store, like a local one) ends after the same idle
    time, at a reload too; a logout in another tab ends it here."""
    if not getattr(st.user, "is_logged_in", False):
        if state.signed_in() is not None:
            state.sign_out()
        return NOBODY
    who = Identity(str(getattr(st.user, "email", "") or getattr(st.user, "name", "")), _sso_role(config))
    current = state.signed_in()
    if current is not None and current[0] != who.name:
        state.sign_out()
    found = _live_session()
    session = found.session
    if session is not None and session.kind == sessions.SSO and (session.name, session.role) == (who.name, who.role):
        return who
    if found.why and (found.was_live or (found.why == "idle" and found.token is None)):
        _tell(found.why)
        st.logout()  # ends the identity cookie and reruns
        return NOBODY
    token = sessions.create(loaders.data_dir(), who.name, who.role, sessions.SSO)
    state.sign_in(who.name, who.role, time.time())
    state.keep_token(token)
    return who


def sidebar_box(who: Identity, lang: str) -> None:
    """Log in and out; with no account yet, say that the app is read-only and how to create the first admin."""
    config = _sso()
    box = st.sidebar.container(border=True)
    if config is not None:
        _sso_box(box, who, lang)
    elif who.name:
        _logout_box(box, who, lang)
    elif not store.users(loaders.data_dir()):
        box.caption(t("auth.no_accounts", lang))
    else:
        _login_form(box, lang)
    session_cookie.write(box, state.session_token(), state.dead_token())


def _sso_box(box: DeltaGenerator, who: Identity, lang: str) -> None:
    """Single sign-on: who is signed in and the logout button, or the button that signs in."""
    if who.name:
        box.caption(t("auth.as", lang, name=texts.plain(who.name), role=t(f"role.{who.role}", lang)))
        if box.button(t("auth.logout", lang), key="bl.logout"):
            _end_here()
            st.logout()
    elif box.button(t("auth.sso_login", lang), key="bl.sso_login"):
        st.login()


def _end_here() -> None:
    """Logout: the session ends in the store (every tab of it), and this tab clears the cookie at its next run."""
    token = state.session_token()
    if token is not None:
        sessions.end(loaders.data_dir(), token)
        state.forget(token)
    state.sign_out()


def _logout_box(box: DeltaGenerator, who: Identity, lang: str) -> None:
    """A local account is logged in: who it is, the logout button, and changing the password."""
    box.caption(t("auth.as", lang, name=texts.plain(who.name), role=t(f"role.{who.role}", lang)))
    if box.button(t("auth.logout", lang), key="bl.logout", icon=":material/logout:"):
        _end_here()
        st.rerun()
    if who.must_change:
        box.warning(t("auth.must_change", lang), icon=":material/key:")
    expander = box.expander(t("auth.change_password", lang), expanded=who.must_change)
    with expander.form("bl.password_form", border=False, clear_on_submit=True):
        old = st.text_input(t("auth.current_password", lang), type="password", key="bl.password_old")
        new = st.text_input(t("auth.new_password", lang), type="password", key="bl.password_new")
        again = st.text_input(t("admin.password_again", lang), type="password", key="bl.password_again")
        submitted = st.form_submit_button(t("auth.change_password", lang))
    if submitted:
        done, message = _change_own_password(old, new, again, who, lang)
        if done:
            state.set_flash(message)
            st.rerun()
        box.error(message)


def _change_own_password(old: str, new: str, again: str, who: Identity, lang: str) -> tuple[bool, str]:
    """The signed-in person changes their own password (the current one must match)."""
    if not who.name:
        return False, t("auth.forbidden", lang)
    if new != again:
        return False, t("account.mismatch", lang)
    try:
        auth.change_password(loaders.data_dir(), who.name, old, new, state.session_token() or "")
    except auth.AccountError as exc:
        return False, t(f"account.{exc.code}", lang, **exc.params)
    return True, t("account.password_changed", lang)


def _login_form(box: DeltaGenerator, lang: str) -> None:
    """The local login form; a right password signs in, a wrong one (or a locked account) says so."""
    with box.form("bl.login_form", border=False):
        name = st.text_input(t("auth.name", lang), key="bl.login_name")
        password = st.text_input(t("auth.password", lang), type="password", key="bl.login_password")
        submitted = st.form_submit_button(t("auth.login", lang))
    if not submitted:
        return
    result = auth.login(loaders.data_dir(), name, password)
    if result.outcome == "ok" and result.role:
        state.keep_token(sessions.create(loaders.data_dir(), result.name, result.role))
        state.sign_in(result.name, result.role, time.time())
        st.rerun()
    elif result.outcome == "disabled":
        box.error(t("auth.disabled", lang))
    elif result.outcome == "locked":
        box.error(t("auth.locked", lang, minutes=result.retry_after_minutes))
    else:
        box.error(t("auth.bad", lang))


def require(who: Identity, action: str, lang: str) -> None:
    """Stop a page that the role may not use (reached by its URL, say), with a message."""
    if not who.can(action):
        st.error(t("auth.forbidden", lang), icon=":material/lock:")
        st.stop()


def sees_names(who: Identity) -> bool:
    """Editors and admins see personal names; viewers only where the deployment allows it (a setting)."""
    return who.can("see_names") or store.settings(loaders.data_dir())["viewers_see_names"] == "1"
