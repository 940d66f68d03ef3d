"""Session state shared between pages, under namespaced keys: the one place that touches st.session_state."""

from __future__ import annotations

import streamlit as st

from lib.i18n import DEFAULT_LANG

PREFIX = "bl."
LANG = PREFIX + "lang"  # the language radio in the sidebar
WARD = PREFIX + "ward"  # the ward chosen on the wards page (or by a click on the overview's chart)


def lang() -> str:
    """The language the user chose in the sidebar ("vi" or "en")."""
    return str(st.session_state.get(LANG, DEFAULT_LANG))


def chosen_ward() -> str | None:
    value = st.session_state.get(WARD)
    return str(value) if value else None


def choose_ward(code: str) -> None:
    st.session_state[WARD] = code
