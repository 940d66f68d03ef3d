"""Phường, xã: one ward or commune, its coverage against each goal, and its hamlets with status and reasons."""

import streamlit as st

from lib.analysis import metrics
from lib.present import charts, fmt, texts, views
from lib.present.i18n import t
from ui import auth, cards, loaders, state

lang = state.lang()
who = auth.identity()
snapshot = loaders.snapshot(state.viewed_snapshot())
goals = loaders.goals()

wards = metrics.ward_ranking(metrics.ward_summary(snapshot))
names = dict(zip(*metrics.ward_names(snapshot), strict=True))
codes = list(names)
chosen = state.chosen_ward()

st.title(t("nav.wards", lang))
st.caption(texts.as_of(snapshot, lang))
code = st.selectbox(
    t("wards.pick", lang),
    codes,
    index=codes.index(chosen) if chosen in codes else 0,
    format_func=names.__getitem__,
    key="bl.ward_select",
)
state.choose_ward(code)

coverage, rank = metrics.ward_coverage(wards, code)
headline, ranking = st.columns(2, border=True)
headline.metric(t("wards.coverage", lang), texts.headline(coverage, lang))
ranking.metric(
    t("wards.rank", lang),
    t("wards.rank_value", lang, rank=fmt.integer(rank, lang), count=fmt.integer(len(wards), lang)),
)
cards.goal_cards(st.columns(len(goals), border=True), metrics.goal_gaps(goals, coverage), coverage.hamlets, lang)
if snapshot.illustrative:
    st.info(texts.illustrative(metrics.city_coverage(snapshot), lang), icon=":material/info:")

roster = metrics.hamlet_roster(snapshot)
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
