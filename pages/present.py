"""Trình chiếu: the snapshot as slides for the committee meeting, and the brief to download (PPTX, PDF, XLSX, Word)."""

import streamlit as st

from lib.present import texts
from lib.present.i18n import t
from lib.report import FORMATS, images, slides
from ui import auth, loaders, state
from ui import slides as slide_view
from ui import staffing as staffing_ui

lang = state.lang()
who = auth.identity()
snapshot = loaders.snapshot(state.viewed_snapshot())
saved = {s.id: s.name for s in loaders.scenarios()}
names_allowed = auth.sees_names(who)

# The slide comes first on the screen; its options and the downloads sit below it.
navigation, slide_area = st.container(), st.container()
st.divider()
with st.expander(t("present.options", lang), icon=":material/tune:"):
    hide_names = (
        st.toggle(
            t("present.hide_names", lang),
            value=True,
            disabled=not names_allowed,
            help=None if names_allowed else t("present.names_not_allowed", lang),
            key="bl.present_hide_names",
        )
        or not names_allowed
    )
    scenario_id = st.selectbox(
        t("present.scenario", lang),
        [None, *saved],
        format_func=lambda i: t("present.no_scenario", lang) if i is None else texts.plain(saved[i]),
        key="bl.present_scenario",
    )

rates, _ = staffing_ui.allowance_file()
deck = slides.slides(loaders.brief(snapshot, lang, hide_names, scenario_id, rates))
number = state.slide_number(len(deck))
state.show_slide(number)
back, where, forward = navigation.columns([1, 2, 1], vertical_alignment="center")
if back.button(
    t("present.previous", lang),
    icon=":material/arrow_back:",
    disabled=number <= 1,
    shortcut="PageUp",
    key="bl.slide_previous",
    width="stretch",
):
    state.show_slide(number - 1)
    st.rerun()
where.markdown(t("present.position", lang, number=number, count=len(deck)))
if forward.button(
    t("present.next", lang),
    icon=":material/arrow_forward:",
    disabled=number >= len(deck),
    shortcut="PageDown",
    key="bl.slide_next",
    width="stretch",
):
    state.show_slide(number + 1)
    st.rerun()
with slide_area:
    slide_view.show(deck[number - 1], lang, state.embedded())

st.subheader(t("present.downloads", lang))
st.caption(t("present.downloads_help", lang, date=texts.as_of(snapshot, lang)))
if images.find_chromium() is None:
    st.warning(t("brief.no_chromium", lang), icon=":material/warning:")
for column, kind in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
    column.download_button(
        t(f"present.download_{kind}", lang),
        data=loaders.report_file(kind, lang, hide_names, int(snapshot.id), scenario_id),
        file_name=f"{t('brief.file_stem', lang)}_{snapshot.as_of.isoformat()}.{kind}",
        on_click="ignore",
        icon=":material/download:",
        key=f"bl.download_{kind}",
        width="stretch",
    )
