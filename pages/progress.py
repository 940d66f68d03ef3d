"""Lộ trình: the path to each goal, its status and reason, every ward's status, and a scenario planner."""

import streamlit as st

from lib.analysis import scenario
from lib.present import charts, fmt, texts, views
from lib.present import units_progress as units_words
from lib.present.i18n import t
from ui import actions, auth, cards, loaders, state

lang = state.lang()
who = auth.identity()
snapshot = loaders.snapshot(state.viewed_snapshot())
goals = loaders.goals()
reference = snapshot.as_of
units_choice = state.units_as_of() if loaders.units_change_in_use() else ""
on = loaders.progress_on_units(snapshot, units_choice) if units_choice else None

st.title(t("nav.progress", lang))
st.caption(t("progress.reference", lang, date=fmt.day(reference, lang)))
cards.show_flash()
if units_choice and on is None:
    st.warning(t("units_progress.none", lang, date=fmt.day(loaders.units_in_view(snapshot, units_choice), lang)))
    st.stop()
if on is not None:
    city, wards, breaks = on.city, on.wards, on.breaks
    st.caption("  \n".join([units_words.caption(on, lang), *units_words.notes(on, reference, lang)]))
else:
    city, wards, _kinds = loaders.progress(snapshot)
    breaks = []

for column, judged in zip(st.columns(len(city.goals), border=True), city.goals, strict=True):
    column.markdown(f"**{texts.goal_label(judged, lang)}**")
    cards.status_badge(column, judged.status, lang)
    column.write(texts.progress_reason(judged, lang))
    if on is not None and on.restates:
        column.caption(units_words.goal_restated(judged, on, lang))

chart = charts.progress_figure(city, goals, reference, lang, breaks=breaks)
st.plotly_chart(chart, key="bl.progress_chart", theme=None)
with st.expander(t("progress.method_title", lang), icon=":material/functions:"):
    st.markdown(t("progress.method", lang))

goal_index = st.radio(
    t("progress.wards_goal", lang),
    list(range(len(goals))),
    index=state.goal_index(len(goals)),
    format_func=lambda i: texts.goal_label(city.goals[i], lang),
    horizontal=True,
    key="bl.progress_goal",
)
state.choose_goal(goal_index)
wards_chart = loaders.wards_progress_chart(snapshot, goal_index, lang, units_choice)
st.plotly_chart(wards_chart, key="bl.wards_progress", theme=None)
st.dataframe(views.progress_table(wards, lang), hide_index=True)

if who.can("goals"):
    with st.expander(t("goals.title", lang), icon=":material/flag:"):
        st.caption(t("goals.help", lang))
        edited = st.data_editor(
            views.goals_frame(goals, lang),
            num_rows="dynamic",
            hide_index=True,
            column_config=cards.goal_columns(lang),
            key="bl.goals_editor",
        )
        if st.button(t("goals.save", lang), key="bl.goals_save", icon=":material/save:"):
            cards.outcome(*actions.save_goals(views.goals_rows(edited), who, lang))

st.header(t("scenario.title", lang))
st.caption(t("scenario.intro", lang))
picker = loaders.scenario_picker(snapshot)
if picker is None:
    st.info(t("scenario.no_candidates", lang))
    st.stop()
labels = picker.labels
state.apply_pending_scenario()
ward = None
if picker.ward_first:
    ward = st.selectbox(
        t("scenario.ward", lang, n=fmt.integer(len(labels), lang)),
        list(picker.wards),
        format_func=picker.wards.__getitem__,
        key=state.SCENARIO_WARD,
    )
chosen = st.multiselect(
    t("scenario.pick", lang),
    picker.options(ward, state.scenario_hamlets()),
    format_func=labels.__getitem__,
    placeholder=t("scenario.placeholder", lang),
    key=state.SCENARIO_HAMLETS,
)
months = scenario.month_options(reference, goals)
default_month = scenario.month_start(min((g.deadline for g in goals if g.deadline >= reference), default=reference))
conversions = {}
for code in chosen:
    conversions[code] = st.selectbox(
        t("scenario.month_of", lang, hamlet=labels[code]),
        months,
        index=months.index(default_month) if default_month in months else 0,
        format_func=fmt.month,
        key=state.scenario_month_key(code),
    )
planned = scenario.plan(city.goals[0].current, city.hamlets, reference, conversions, goals)
for column, goal, met, already in zip(
    st.columns(len(goals), border=True), goals, planned.met, planned.already, strict=True
):
    column.metric(texts.goal_label(goal, lang), texts.planned_met(met, goal, lang, already))
planned_chart = charts.progress_figure(city, goals, reference, lang, planned.path, breaks)
st.plotly_chart(planned_chart, key="bl.scenario_chart", theme=None)

if not who.can("scenario"):
    st.stop()
name_col, save_col = st.columns([3, 1], vertical_alignment="bottom")
name = name_col.text_input(t("scenario.name", lang), key="bl.scenario_name")
if save_col.button(t("scenario.save", lang), disabled=not conversions, key="bl.scenario_save", icon=":material/save:"):
    cards.outcome(*actions.save_scenario(name, int(snapshot.id), conversions, who, lang))

saved_scenarios = loaders.scenarios()
if saved_scenarios:
    st.subheader(t("scenario.saved_title", lang))
    st.dataframe(views.scenarios_view(saved_scenarios, lang), hide_index=True)
    by_id = {s.id: s for s in saved_scenarios}
    pick_col, open_col, delete_col = st.columns([3, 1, 1], vertical_alignment="bottom")
    picked = pick_col.selectbox(
        t("scenario.pick_saved", lang), list(by_id), format_func=lambda i: by_id[i].name, key="bl.scenario_pick"
    )
    if open_col.button(t("scenario.open", lang), key="bl.scenario_open", icon=":material/folder_open:"):
        state.load_scenario({c: m for c, m in by_id[picked].items.items() if c in labels})
        st.rerun()
    if delete_col.button(t("scenario.delete", lang), key="bl.scenario_delete", icon=":material/delete:"):
        cards.outcome(*actions.delete_scenario(picked, who, lang))
