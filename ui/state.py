"""Session state shared between pages, under namespaced keys: the one place that touches st.session_state."""

from __future__ import annotations

import streamlit as st

from lib.i18n import DEFAULT_LANG, LANGS

PREFIX = "bl."
LANG = PREFIX + "lang"  # the language in force
LANG_PICKER = PREFIX + "lang_picker"  # the radio that proposes a change of language
WARD = PREFIX + "ward"  # the ward chosen on the wards page (or by a click on the overview's chart)


def lang() -> str:
    """The language chosen in the sidebar ("vi" or "en"), kept in the session and in the URL (?lang=en)."""
    chosen = st.session_state.get(LANG) or st.query_params.get("lang") or DEFAULT_LANG
    return str(chosen) if chosen in LANGS else DEFAULT_LANG


def set_lang(code: str) -> None:
    st.session_state[LANG] = code
    st.query_params["lang"] = code


def chosen_ward() -> str | None:
    value = st.session_state.get(WARD)
    return str(value) if value else None


def choose_ward(code: str) -> None:
    st.session_state[WARD] = code


SNAPSHOT = PREFIX + "snapshot"  # the snapshot viewed (CURRENT: whichever is current), chosen in the sidebar
CURRENT = 0  # snapshot ids start at 1
UPLOAD_ROUND = PREFIX + "upload_round"  # bumped after a store, so that the file picker starts empty
FLASH = PREFIX + "flash"  # a message to show once on the next run


def viewed_snapshot() -> int | None:
    """The snapshot id chosen in the sidebar, or None for the current one."""
    value = int(st.session_state.get(SNAPSHOT, CURRENT) or CURRENT)
    return None if value == CURRENT else value


def upload_key() -> str:
    return f"{PREFIX}upload_file_{st.session_state.get(UPLOAD_ROUND, 0)}"


def finish_upload(message: str) -> None:
    """After a successful store: a fresh file picker and a message for the next run."""
    st.session_state[UPLOAD_ROUND] = int(st.session_state.get(UPLOAD_ROUND, 0)) + 1
    st.session_state[FLASH] = message


def set_flash(message: str) -> None:
    st.session_state[FLASH] = message


def pop_flash() -> str | None:
    value = st.session_state.pop(FLASH, None)
    return str(value) if value else None


SCENARIO_HAMLETS = PREFIX + "scenario_hamlets"  # the hamlets chosen in the scenario planner


def scenario_month_key(hamlet_code: str) -> str:
    """The key of the month picker of one hamlet in the scenario planner."""
    return f"{PREFIX}scenario_month_{hamlet_code}"


SCENARIO_PENDING = PREFIX + "scenario_pending"  # a saved scenario to put into the planner on the next run


def load_scenario(items: dict[str, object]) -> None:
    """Ask for a saved scenario to be put into the planner's widgets (done before they are drawn next run)."""
    st.session_state[SCENARIO_PENDING] = dict(items)


def apply_pending_scenario() -> None:
    """Fill the planner's widgets from a scenario queued by load_scenario; call before drawing them."""
    items = st.session_state.pop(SCENARIO_PENDING, None)
    if items is None:
        return
    st.session_state[SCENARIO_HAMLETS] = list(items)
    for code, month in items.items():
        st.session_state[scenario_month_key(code)] = month


AUTH_USER = PREFIX + "auth_user"  # the logged-in account (local login)
AUTH_ROLE = PREFIX + "auth_role"
AUTH_SEEN = PREFIX + "auth_seen"  # when the logged-in user last did something (for the idle timeout)


def signed_in() -> tuple[str, str, float] | None:
    name = st.session_state.get(AUTH_USER)
    if not name:
        return None
    return str(name), str(st.session_state.get(AUTH_ROLE, "viewer")), float(st.session_state.get(AUTH_SEEN, 0.0))


def sign_in(name: str, role: str, now: float) -> None:
    st.session_state[AUTH_USER] = name
    st.session_state[AUTH_ROLE] = role
    st.session_state[AUTH_SEEN] = now


def touch(now: float) -> None:
    st.session_state[AUTH_SEEN] = now


def sign_out() -> None:
    for key in (AUTH_USER, AUTH_ROLE, AUTH_SEEN):
        st.session_state.pop(key, None)
