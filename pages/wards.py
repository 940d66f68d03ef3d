"""Phường, xã: one ward or commune, its coverage against each goal, and its hamlets with status and reasons."""

import streamlit as st

from lib.analysis import metrics
from lib.present import charts, fmt, texts, views
from lib.present.i18n import t
from ui import auth, cards, loaders, state, units_view

lang = state.lang()
who = auth.identity()
view = units_view.viewed()  # on the units chosen in the sidebar: the snapshot's own, or today's
snapshot = view.shown
goals = loaders.goals()

wards = metrics.ward_ranking(metrics.ward_summary(snapshot))
names = metrics.ward_names(snapshot)
codes = list(names)
chosen = units_view.ward_on_view(view, state.chosen_ward())
history = units_view.history(view, lang)[0]  # the ward under its former names, or what it became

st.title(t("nav.wards", lang))
st.caption(texts.as_of(snapshot, lang))
units_view.notes(view, lang)
code = st.selectbox(
    t("wards.pick", lang),
    codes,
    index=codes.index(chosen) if chosen in codes else 0,
    format_func=names.__getitem__,
    key="bl.ward_select",
)
state.choose_ward(code)
if code in history:
    st.info(history[code], icon=":material/history:")

coverage, rank = metrics.ward_coverage(wards, code)
headline, ranking = st.columns(2, border=True)
headline.metric(t("wards.coverage", lang), texts.headline(coverage, lang))
ranking.metric(
    t("wards.rank", lang),
    t("wards.rank_value", lang, rank=fmt.integer(rank, lang), count=fmt.integer(len(wards), lang)),
)
if view.goals_apply_to(code):
    cards.goal_cards(st.columns(len(goals), border=True), metrics.goal_gaps(goals, coverage), coverage.hamlets, lang)
units_view.goal_note(view, lang, code)
if snapshot.illustrative:
    st.info(texts.illustrative(metrics.city_coverage(view.recorded), lang), icon=":material/info:")

roster = metrics.hamlet_roster(snapshot)
if roster is not None:
    roster = units_view.roster_names(view, roster)  # on today's units: "Khóm 1 (Phường 1)"
if roster is not None and not auth.sees_names(who):
    roster = views.hide_names(roster, lang)
if roster is None:
    st.info(t("overview.no_hamlet_data", lang))
else:
    hamlets = views.filter_roster(roster, ward_codes=[code])
    st.plotly_chart(
        charts.hamlets_figure(hamlets, str(names[code]), lang, snapshot.illustrative),
        key="bl.hamlets_chart",
        theme=None,
    )
    st.subheader(t("wards.hamlets_title", lang, ward=texts.plain(names[code])))
    st.dataframe(views.roster_view(hamlets, lang).drop(columns=[t("col.ward", lang)]), hide_index=True)
