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
from lib.store import auth
from ui import loaders, state


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


def identity() -> Identity:
    """Who is here now, as the store says at this run (role, disabled); any login ends after the idle time."""
    config = _sso()
    if config is not None:
        return _sso_identity(config)
    current = state.signed_in()
    if current is None or _idle(current[2]):
        return Identity("", "viewer")
    return _local(current[0])


def _sso_identity(config: dict[str, Any]) -> Identity:
    """The signed-in single sign-on user, whose session ends after the same idle time as a local one."""
    current = state.signed_in()
    if not getattr(st.user, "is_logged_in", False):
        if current is not None:
            state.sign_out()
        return Identity("", "viewer")
    who = Identity(str(getattr(st.user, "email", "") or getattr(st.user, "name", "")), _sso_role(config))
    if current is None or current[0] != who.name:
        state.sign_in(who.name, who.role, time.time())
    elif _idle(current[2]):
        st.logout()  # ends the identity cookie and reruns
        return Identity("", "viewer")
    return who


def _idle(seen: float) -> bool:
    """Whether the session was idle too long (then it is signed out, with a message); else it is touched."""
    now = time.time()
    if now - seen > 60 * int(store.settings(loaders.data_dir())["idle_minutes"]):
        state.sign_out()
        state.set_flash(t("auth.timed_out", state.lang()))
        return True
    state.touch(now)
    return False


def _local(name: str) -> Identity:
    """The signed-in local account as stored now: a disabled or removed one ends the session, a role change counts."""
    account = auth.find_user(loaders.data_dir(), name)
    if account is None or account.disabled:
        state.sign_out()
        state.set_flash(t("auth.ended", state.lang()))
        return Identity("", "viewer")
    if account.must_change:
        return Identity(account.name, "viewer", must_change=True)  # no rights until the password is changed
    return Identity(account.name, account.role)


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


def _sso_box(box: DeltaGenerator, who: Identity, lang: str) -> None:
    """Single sign-on: who is signed in and the logout button, or the button that signs in."""
    if who.name:
        box.caption(t("auth.as", lang, name=texts.plain(who.name), role=t(f"role.{who.role}", lang)))
        if box.button(t("auth.logout", lang), key="bl.logout"):
            state.sign_out()
            st.logout()
    elif box.button(t("auth.sso_login", lang), key="bl.sso_login"):
        st.login()


def _logout_box(box: DeltaGenerator, who: Identity, lang: str) -> None:
    """A local account is logged in: who it is, the logout button, and changing the password."""
    box.caption(t("auth.as", lang, name=texts.plain(who.name), role=t(f"role.{who.role}", lang)))
    if box.button(t("auth.logout", lang), key="bl.logout", icon=":material/logout:"):
        state.sign_out()
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
        auth.change_password(loaders.data_dir(), who.name, old, new)
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
