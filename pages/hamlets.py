"""Khóm, ấp: the whole roster, searchable and filterable, downloadable as CSV (UTF-8 with BOM) and XLSX."""

import streamlit as st

from lib.analysis import metrics
from lib.present import fmt, texts, views
from lib.present.i18n import t
from ui import auth, downloads, state, units_view

lang = state.lang()
who = auth.identity()
view = units_view.viewed()  # on the units chosen in the sidebar: the snapshot's own, or today's
snapshot = view.shown

st.title(t("nav.hamlets", lang))
st.caption(texts.as_of(snapshot, lang))
units_view.notes(view, lang)
roster = metrics.hamlet_roster(snapshot)
if roster is not None:
    roster = units_view.roster_names(view, roster)  # on today's units: "Khóm 1 (Phường 1)"
if roster is not None and not auth.sees_names(who):
    roster = views.hide_names(roster, lang)
if roster is None:
    st.info(t("overview.no_hamlet_data", lang))
    st.stop()
if snapshot.illustrative:
    st.info(texts.illustrative(metrics.city_coverage(view.recorded), lang), icon=":material/info:")

names = metrics.ward_names(snapshot)
statuses = {option: t(key, lang) for option, key in views.STATUS_LABELS.items()}
search_col, ward_col, status_col = st.columns([2, 2, 1])
query = search_col.text_input(t("hamlets.search", lang), key="bl.hamlet_query")
chosen = ward_col.multiselect(
    t("hamlets.filter_ward", lang),
    list(names),
    format_func=names.__getitem__,
    placeholder=t("hamlets.all_wards", lang),
    key="bl.hamlet_wards",
)
status = status_col.selectbox(
    t("hamlets.filter_status", lang), list(statuses), format_func=statuses.__getitem__, key="bl.hamlet_status"
)

shown = views.filter_roster(roster, query, chosen, views.STATUS_FILTERS[status])
st.caption(t("hamlets.count", lang, shown=fmt.integer(len(shown), lang), total=len(roster)))
st.dataframe(
    views.roster_view(shown, lang),
    hide_index=True,
    height=views.table_height(len(shown)),
    column_config={t("col.hamlet", lang): st.column_config.TextColumn(width="medium")},
)

# what `shown` holds, for the cache
shows = (str(snapshot.id), view.on is not None, auth.sees_names(who), query, tuple(chosen), status)
stem = texts.export_stem(snapshot, lang)
csv_col, xlsx_col, _ = st.columns([1, 1, 3])
csv_col.download_button(
    t("hamlets.download_csv", lang),
    downloads.roster("csv", lang, shown, shows, t("nav.hamlets", lang), texts.export_title(snapshot, lang)),
    f"{stem}.csv",
    downloads.CSV,
    on_click="ignore",
    icon=":material/download:",
    key="bl.download_csv",
)
xlsx_col.download_button(
    t("hamlets.download_xlsx", lang),
    downloads.roster("xlsx", lang, shown, shows, t("nav.hamlets", lang), texts.export_title(snapshot, lang)),
    f"{stem}.xlsx",
    downloads.XLSX,
    on_click="ignore",
    icon=":material/download:",
    key="bl.download_xlsx",
)
