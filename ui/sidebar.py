"""The sidebar: language switch and which snapshot is shown, with its source."""

from __future__ import annotations

import streamlit as st

from lib import fmt
from lib.i18n import LANGS, t
from lib.model import Snapshot
from ui import state


def language() -> str:
    """The language radio; its value is kept across pages by its session-state key."""
    st.sidebar.radio(
        t("sidebar.language", state.lang()),
        LANGS,
        format_func=lambda code: t(f"lang.{code}"),
        key=state.LANG,
        horizontal=True,
    )
    return state.lang()


def snapshot_info(snapshot: Snapshot, lang: str) -> None:
    """The snapshot shown: its date, whether its split is illustrative, and its source."""
    key = "snapshot.option_illustrative" if snapshot.illustrative else "snapshot.option"
    label = t(key, lang, date=fmt.day(snapshot.as_of, lang))
    st.sidebar.selectbox(t("sidebar.snapshot", lang), [label], key=state.PREFIX + "snapshot")
    st.sidebar.caption(t("sidebar.source", lang, source=snapshot.source_in(lang)))
