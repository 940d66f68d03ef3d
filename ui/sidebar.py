"""The sidebar: language switch, which snapshot is shown with its source, and on which units master."""

from __future__ import annotations

import streamlit as st

from lib.core.model import Snapshot
from lib.present import texts, units_change, views
from lib.present.i18n import LANGS, t
from lib.store import MasterRef, SnapshotInfo
from ui import state


def language() -> str:
    """The language switch: a change is stored (session and URL) and the app reruns in the new language."""
    current = state.lang()
    choice = st.sidebar.radio(
        t("sidebar.language", current),
        LANGS,
        index=LANGS.index(current),
        format_func=lambda code: t(f"lang.{code}"),
        key=state.LANG_PICKER,
        horizontal=True,
    )
    if choice != current:
        state.set_lang(choice)
        st.rerun()
    return current


def snapshot_picker(history: list[SnapshotInfo], lang: str) -> None:
    """Which snapshot the pages show: the current one (default) or any stored one."""
    current = next((h for h in history if h.current), history[0])
    labels = {state.CURRENT: t("sidebar.current", lang, label=views.snapshot_label(current, lang))}
    labels.update({h.id: views.snapshot_label(h, lang) for h in history})
    state.snapshot_from_url([h.id for h in history])
    st.sidebar.selectbox(t("sidebar.snapshot", lang), list(labels), format_func=labels.__getitem__, key=state.SNAPSHOT)


def snapshot_info(snapshot: Snapshot, lang: str) -> None:
    """The shown snapshot's source and whether its split is illustrative."""
    if snapshot.illustrative:
        st.sidebar.caption(t("illustrative.badge", lang))
    if snapshot.source:
        st.sidebar.caption(t("sidebar.source", lang, source=texts.plain(snapshot.source_in(lang))))


def units_choice(masters: list[MasterRef], own: MasterRef, lang: str) -> None:
    """Which units master the figures are shown on: the snapshot's own or today's; offered only once the store holds
    more than one master (the units have changed), kept in the URL (?units=today)."""
    if len(masters) < 2:
        return
    current = state.units_as_of()
    state.choose_units(current)  # from the URL on a shared link's first run; kept when the language changes
    options = [state.UNITS_OWN, state.UNITS_TODAY]
    choice = st.sidebar.radio(
        t("units_view.choice", lang),
        options,
        index=options.index(current),
        format_func=lambda choice: units_change.choice_label(choice, own, masters[-1], lang),
        key=state.units_picker(lang),
        help=t("units_view.help", lang),
    )
    if choice != current:
        state.choose_units(choice)
