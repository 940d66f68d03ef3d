"""Tổng quan: the headline, each goal with what it still needs, progress and ward charts, the wards behind."""

import streamlit as st

from lib.analysis import levels, metrics
from lib.present import charts, texts, views
from lib.present.i18n import t
from ui import cards, loaders, state, units_view

lang = state.lang()
view = units_view.viewed()  # on the units chosen in the sidebar: the snapshot's own, or today's
snapshot = view.shown
goals = loaders.goals()

every_ward = metrics.ward_summary(snapshot)

st.title(t("app.title", lang))
st.caption(texts.as_of(snapshot, lang))
units_view.notes(view, lang)
if ward_dates := texts.ward_dates(snapshot, lang):
    st.info(ward_dates, icon=":material/event:")

# A province or the country: choose a unit above the wards (or click its bar) to look inside it.
inside = every_ward
chosen: dict[str, str | None] = {}
uppers = levels.upper_levels(every_ward)
for column, level in zip(st.columns(len(uppers)) if uppers else [], uppers, strict=True):
    units = levels.options(inside, level)
    state.prepare_drill(level, list(units))
    labels = {None: t("level.all", lang)} | units  # None: every unit of the level
    chosen[level] = column.selectbox(
        t(f"level.{level}", lang), list(labels), format_func=labels.__getitem__, key=state.drill_key(level)
    )
    inside = levels.scoped(inside, {level: chosen[level]})
wards = metrics.ward_ranking(inside)
shown_level = levels.next_level(wards)

coverage = levels.coverage(wards)
gaps = metrics.goal_gaps(goals, coverage)
if snapshot.illustrative:
    published = metrics.city_coverage(view.recorded) if view.on is not None else coverage  # the total as published
    st.info(texts.illustrative(published, lang), icon=":material/info:")

card_gaps = gaps if view.goals_apply else []  # goals count every hamlet: none compared while some are not expressed
headline, *goal_columns = st.columns(1 + len(card_gaps), border=True)
headline.metric(t("app.short_title", lang), texts.headline(coverage, lang), help=t("overview.headline_help", lang))
city_progress, _, _ = loaders.progress(view.recorded)
statuses = None if any(chosen.values()) or not card_gaps else [g.status for g in city_progress.goals]
cards.goal_cards(goal_columns, card_gaps, coverage.hamlets, lang, statuses)
units_view.goal_note(view, lang)

if view.goals_apply:
    st.plotly_chart(charts.goals_figure(coverage, gaps, lang), key="bl.goals_chart", theme=None)

shown = levels.aggregate(wards, shown_level)
st.caption(t("overview.click_hint" if shown_level == "ward" else "overview.drill_hint", lang))
event = st.plotly_chart(
    charts.wards_figure(shown, goals, lang, snapshot.illustrative, shown_level),
    key=f"bl.wards_chart_{shown_level}",
    theme=None,
    on_select="rerun",
    selection_mode="points",
)
clicked = views.ward_from_selection(event)
if clicked and shown_level != "ward":
    state.drill_to(shown_level, clicked)
    st.rerun()
if clicked:
    state.choose_ward(clicked)
    st.switch_page("pages/wards.py")
units_view.formed_note(view, lang)  # on today's units: which earlier wards formed each ward

# Below the goal: the units the chart shows (provinces for the country, wards for a city), never 3,000 rows.
goal = metrics.next_goal(goals, gaps)
behind = metrics.wards_behind(shown, goal)
st.subheader(texts.behind_title(goal, lang, shown_level))
if behind.empty:
    st.success(texts.none_behind(shown_level, lang))
else:
    table = views.behind_view(behind, lang, shown_level)
    table = units_view.with_history(view, table, behind["code"], shown_level, lang)  # former names, or what it became
    st.dataframe(views.numbers(table, lang), hide_index=True)
    st.caption(texts.behind_note(shown_level, lang))

left, right = st.columns(2)
left.plotly_chart(
    charts.kinds_figure(metrics.kind_summary(snapshot), lang, snapshot.illustrative),
    key="bl.kinds_chart",
    theme=None,
)
reasons = metrics.reason_counts(snapshot)
if snapshot.hamlets is None or reasons.empty:
    right.info(t("overview.no_hamlet_data", lang))
else:
    right.plotly_chart(charts.reasons_figure(reasons, lang, snapshot.illustrative), key="bl.reasons_chart", theme=None)
