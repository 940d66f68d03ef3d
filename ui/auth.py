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

    def can(self, action: str) -> bool:
        return auth.can(self.role, action)

    def named(self, sender: str) -> Identity:
        """The same person, recorded with who sent the data when they typed it ("Trần Thị Thu (ban tổ chức)")."""
        sender = sender.strip()
        if not sender or sender == self.name:
            return self
        return Identity(f"{self.name} / {sender}" if self.name else sender, self.role)


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
    """Who is here now; a local login ends after the configured idle time."""
    config = _sso()
    if config is not None:
        if getattr(st.user, "is_logged_in", False):
            return Identity(str(getattr(st.user, "email", "") or getattr(st.user, "name", "")), _sso_role(config))
        return Identity("", "viewer")
    current = state.signed_in()
    if current is None:
        return Identity("", "viewer")
    name, role, seen = current
    idle = 60 * int(store.settings(loaders.data_dir())["idle_minutes"])
    now = time.time()
    if now - seen > idle:
        state.sign_out()
        state.set_flash(t("auth.timed_out", state.lang()))
        return Identity("", "viewer")
    state.touch(now)
    return Identity(name, role)


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
            st.logout()
    elif box.button(t("auth.sso_login", lang), key="bl.sso_login"):
        st.login()


def _logout_box(box: DeltaGenerator, who: Identity, lang: str) -> None:
    """A local account is logged in: who it is and the logout button."""
    box.caption(t("auth.as", lang, name=texts.plain(who.name), role=t(f"role.{who.role}", lang)))
    if box.button(t("auth.logout", lang), key="bl.logout", icon=":material/logout:"):
        state.sign_out()
        st.rerun()


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
        state.sign_in(name.strip(), result.role, time.time())
        st.rerun()
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
