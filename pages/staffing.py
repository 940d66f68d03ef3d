"""Nhân sự: posts and people of the officer roster, the pipeline, the quota, and the allowance budget."""

import streamlit as st

from lib.present import fmt, staffing_charts, texts, views
from lib.present import staffing_views as sv
from lib.present.i18n import t
from ui import auth, cards, loaders, state
from ui import staffing as staffing_ui

lang = state.lang()
who = auth.identity()
snapshot = loaders.snapshot(state.viewed_snapshot())
document, file_issues = staffing_ui.allowance_file()
model = sv.model_on(document, snapshot.as_of)
periods = sv.periods_of(document)
roster = snapshot.officers
computed = staffing_ui.computed(state.viewed_snapshot())
result = computed.result
hide_names = not auth.sees_names(who)

st.title(t("nav.staffing", lang))
st.caption(texts.as_of(snapshot, lang))
st.caption(t("staffing.intro", lang))
cards.show_flash()

if roster is None:
    st.info(sv.no_roster(snapshot, lang), icon=":material/info:")
else:
    counts = st.columns(5, border=True)
    counts[0].metric(t("staffing.posts", lang), fmt.integer(result.posts, lang), help=t("staffing.posts_help", lang))
    counts[1].metric(t("staffing.people", lang), fmt.integer(result.people, lang), help=t("staffing.people_help", lang))
    counts[2].metric(
        t("staffing.multi", lang), fmt.integer(result.multi_title_persons, lang), help=t("staffing.multi_help", lang)
    )
    counts[3].metric(
        t("staffing.heads_not_members", lang),
        fmt.integer(result.heads_not_party_members, lang),
        help=t("staffing.heads_not_members_help", lang),
    )
    counts[4].metric(
        t("staffing.pipeline", lang),
        fmt.integer(result.secretaries_not_heads, lang),
        help=t("staffing.pipeline_help", lang),
    )
    if result.quota is not None:
        quota_col, note_col = st.columns([1, 3], vertical_alignment="center")
        quota_col.metric(
            t("staffing.quota", lang),
            fmt.integer(result.quota, lang),
            delta=sv.quota_delta(result, lang),
            delta_color="off",
            delta_arrow="off",
            border=True,
        )
        note_col.warning(sv.quota_note(result, snapshot.units, lang), icon=":material/warning:")
    else:
        st.caption(sv.quota_note(result, snapshot.units, lang))

    titles_col, chart_col = st.columns([2, 3])
    titles_col.subheader(t("staffing.by_title_title", lang))
    titles_col.dataframe(views.numbers(sv.by_title_view(result, lang), lang), hide_index=True)
    chart_col.plotly_chart(
        staffing_charts.pipeline_figure(result, lang, snapshot.illustrative), key="bl.staffing_pipeline", theme=None
    )

    st.subheader(t("staffing.wards_title", lang))
    st.dataframe(views.numbers(sv.wards_view(result, lang), lang), hide_index=True)
    st.plotly_chart(
        staffing_charts.wards_figure(result, lang, snapshot.illustrative), key="bl.staffing_wards", theme=None
    )
    with st.expander(t("staffing.hamlets_title", lang), icon=":material/table_view:"):
        st.dataframe(sv.hamlets_view(result, lang), hide_index=True)

    st.subheader(t("staffing.persons_title", lang, n=fmt.integer(result.multi_title_persons, lang)))
    if result.persons.empty:
        st.caption(t("staffing.persons_none", lang))
    else:
        if hide_names:
            st.caption(t("staffing.names_hidden", lang))
        st.dataframe(sv.persons_view(result, lang, hide_names), hide_index=True)

st.header(t("allowance.title", lang))
if document is None:
    st.error(sv.file_problems(file_issues, lang), icon=":material/error:")
    st.stop()

st.subheader(t("allowance.model_title", lang, date=fmt.day(snapshot.as_of, lang)))
st.markdown(sv.bullets(sv.model_lines(model, periods, snapshot.as_of, lang)))
coefficients = sv.coefficients_view(model, result.by_title, lang)
if not coefficients.empty:
    st.dataframe(coefficients, hide_index=True)
with st.expander(t("allowance.base_title", lang), icon=":material/payments:"):
    st.dataframe(sv.base_salary_view(periods, snapshot.as_of, lang), hide_index=True)

if roster is not None:
    gaps = computed.gaps
    if gaps:
        st.info(t("allowance.missing_intro", lang), icon=":material/edit_note:")
        st.markdown(sv.bullets(sv.missing_lines(gaps, result.by_title, snapshot.as_of, lang)))
        st.caption(t("allowance.missing_editor" if who.can(staffing_ui.PERMISSION) else "allowance.missing_ask", lang))
    budget = computed.budget
    if budget is not None:
        st.subheader(t("allowance.budget_title", lang, date=fmt.day(snapshot.as_of, lang)))
        monthly = st.columns(3, border=True)
        monthly[0].metric(t("allowance.monthly_now", lang), sv.money(budget.monthly_now, lang))
        monthly[1].metric(t("allowance.monthly_all", lang), sv.money(budget.monthly_if_all_concurrent, lang))
        monthly[2].metric(t("allowance.monthly_saving", lang), sv.money(budget.monthly_saving, lang))
        year = budget.formula.year
        yearly = st.columns(3, border=True)
        yearly[0].metric(t("allowance.yearly_now", lang, year=year), sv.yearly(budget.yearly_now, year, lang))
        yearly[1].metric(
            t("allowance.yearly_all", lang, year=year), sv.yearly(budget.yearly_if_all_concurrent, year, lang)
        )
        yearly[2].metric(t("allowance.yearly_saving", lang, year=year), sv.yearly(budget.yearly_saving, year, lang))
        st.markdown(sv.income_line(budget, lang))
        fund = sv.fund_line(budget, lang)
        if fund:
            st.markdown(fund)
        st.plotly_chart(staffing_charts.budget_figure(budget, lang), key="bl.allowance_chart", theme=None)
        with st.expander(t("allowance.formula_title", lang), icon=":material/functions:", expanded=True):
            st.markdown(sv.bullets(sv.formula_lines(budget, lang)))
        st.subheader(t("allowance.wards_title", lang))
        st.dataframe(sv.budget_wards_view(budget, lang), hide_index=True)
        if not budget.persons.empty:
            st.subheader(t("allowance.persons_title", lang))
            st.dataframe(sv.budget_persons_view(budget, lang, hide_names), hide_index=True)

if who.can(staffing_ui.PERMISSION):
    defaults = sv.editor_defaults(model, snapshot.as_of)
    with st.expander(t("allowance.editor_title", lang), icon=":material/edit:"):
        st.caption(t("allowance.editor_help", lang))
        effective_from = st.date_input(
            t("allowance.effective_from", lang),
            value=defaults.effective_from,
            min_value=sv.EARLIEST,
            max_value=sv.LATEST,
            format="DD/MM/YYYY",
            key="bl.allowance_from",
        )
        edited = st.data_editor(
            sv.editor_frame(model, result.by_title, lang),
            hide_index=True,
            column_config=staffing_ui.coefficient_columns(lang),
            key="bl.allowance_editor",
        )
        share_col, fund_col, quota_col = st.columns(3)
        share = share_col.number_input(
            t("allowance.share_input", lang),
            min_value=0.0,
            max_value=100.0,
            value=defaults.share_pct,
            step=5.0,
            help=t("allowance.share_help", lang),
            key="bl.allowance_share",
        )
        fund_multiplier = fund_col.number_input(
            t("allowance.fund_input", lang),
            min_value=0.0,
            value=defaults.fund_multiplier,
            step=0.5,
            help=t("allowance.fund_help", lang),
            key="bl.allowance_fund",
        )
        quota = quota_col.number_input(
            t("allowance.quota_input", lang),
            min_value=0,
            value=defaults.quota,
            step=1,
            help=t("allowance.quota_help", lang),
            key="bl.allowance_quota",
        )
        source = st.text_input(t("allowance.source_input", lang), value=defaults.source, key="bl.allowance_source")
        note = st.text_input(t("allowance.note_input", lang), key="bl.allowance_note")
        if st.button(t("allowance.save", lang), key="bl.allowance_save", icon=":material/save:"):
            version = sv.version_from(
                effective_from, sv.coefficients_from(edited, lang), share, fund_multiplier, quota, source, note
            )
            cards.outcome(*staffing_ui.save_allowance(version, snapshot.as_of, who, lang))
