"""Lịch sử: every stored snapshot and its source, a comparison of two, restore, and the original files."""

import streamlit as st

from lib.present import charts, fmt, views
from lib.present.i18n import t
from ui import actions, auth, cards, downloads, loaders, state

lang = state.lang()
who = auth.identity()
history = loaders.history()
labels = {h.id: views.snapshot_label(h, lang) for h in history}

st.title(t("nav.history", lang))
st.caption(t("history.intro", lang))
cards.show_flash()
st.dataframe(views.history_view(history, lang), hide_index=True)

st.subheader(t("history.compare", lang))
ids = list(labels)
if len(ids) < 2:
    st.info(t("history.single", lang))
else:
    left, right = st.columns(2)
    before_id = left.selectbox(
        t("history.before", lang),
        ids,
        index=min(1, len(ids) - 1),
        format_func=labels.__getitem__,
        key="bl.compare_before",
    )
    after_id = right.selectbox(
        t("history.after", lang), ids, index=0, format_func=labels.__getitem__, key="bl.compare_after"
    )
    before, after = loaders.snapshot(before_id), loaders.snapshot(after_id)
    changes, hamlet_changes = loaders.comparison(before_id, after_id)
    st.plotly_chart(
        charts.compare_figure(changes, fmt.day(before.as_of, lang), fmt.day(after.as_of, lang), lang),
        key="bl.history_compare",
        theme=None,
    )
    st.dataframe(views.ward_changes_view(changes, lang), hide_index=True)
    if hamlet_changes is None:
        st.info(t("history.no_hamlet_detail", lang))
    elif hamlet_changes.empty:
        st.info(t("history.no_hamlet_changes", lang))
    else:
        st.markdown(f"**{t('history.hamlet_changes', lang)}**")
        st.dataframe(views.hamlet_changes_view(hamlet_changes, lang), hide_index=True)

st.subheader(t("history.files", lang))
pick_col, file_col = st.columns([3, 1], vertical_alignment="bottom")
chosen = pick_col.selectbox(t("history.restore_pick", lang), ids, format_func=labels.__getitem__, key="bl.restore_pick")
if auth.sees_names(who):  # the original files hold personal names
    name, original = downloads.original(chosen, history)
    file_col.download_button(
        t("history.download", lang),
        original,
        name,
        "application/octet-stream",
        on_click="ignore",
        key="bl.download_original",
        icon=":material/download:",
    )
if not who.can("restore"):
    st.stop()
confirmed = st.checkbox(t("history.restore_confirm", lang), key="bl.restore_confirm")
if st.button(t("history.restore", lang), disabled=not confirmed, key="bl.restore_button", icon=":material/restore:"):
    cards.outcome(*actions.restore(chosen, who, lang))
