"""Quản trị: accounts (roles, password resets, disabling), deployment settings, and the audit trail of every change."""

import streamlit as st

from lib.core.schema import READ_LIMIT_PREFIX, READ_LIMITS_HIGHEST, ROLES
from lib.present import texts, units, views
from lib.present.i18n import t
from ui import actions, auth, cards, loaders, state, steps

lang = state.lang()
who = auth.identity()
auth.require(who, "accounts", lang)

st.title(t("nav.admin", lang))
cards.show_flash()

st.subheader(t("admin.accounts", lang))
accounts = loaders.accounts()
st.dataframe(views.accounts_view(accounts, lang), hide_index=True)
with st.form("bl.account_form"):
    st.markdown(t("admin.new_account", lang))
    name_col, role_col = st.columns(2)
    name = name_col.text_input(t("auth.name", lang), key="bl.new_name")
    role = role_col.selectbox(
        t("admin.role", lang), ROLES, format_func=lambda r: t(f"role.{r}", lang), key="bl.new_role"
    )
    first_col, second_col = st.columns(2)
    password = first_col.text_input(t("auth.password", lang), type="password", key="bl.new_password")
    again = second_col.text_input(t("admin.password_again", lang), type="password", key="bl.new_password_again")
    create = st.form_submit_button(t("admin.create", lang))
if create:
    cards.outcome(*actions.create_account(name, role, password, again, who, lang))

if accounts:
    names = [a.name for a in accounts]
    pick_col, role_col, go_col = st.columns([2, 2, 1], vertical_alignment="bottom")
    picked = pick_col.selectbox(t("admin.account", lang), names, key="bl.role_account")
    new_role = role_col.selectbox(
        t("admin.role", lang), ROLES, format_func=lambda r: t(f"role.{r}", lang), key="bl.role_value"
    )
    if go_col.button(t("admin.change_role", lang), key="bl.role_change"):
        cards.outcome(*actions.change_role(picked, new_role, who, lang))
    with st.form("bl.reset_form", clear_on_submit=True):
        st.markdown(t("admin.reset_password", lang))
        first_col, second_col = st.columns(2)
        reset = first_col.text_input(t("auth.new_password", lang), type="password", key="bl.reset_password")
        reset_again = second_col.text_input(t("admin.password_again", lang), type="password", key="bl.reset_again")
        do_reset = st.form_submit_button(t("admin.reset_password", lang))
    if do_reset:
        cards.outcome(*actions.reset_password(picked, reset, reset_again, who, lang))
    disable_col, enable_col = st.columns(2)
    if disable_col.button(t("admin.disable", lang), key="bl.account_disable", icon=":material/block:"):
        cards.outcome(*actions.set_disabled(picked, True, who, lang))
    if enable_col.button(t("admin.enable", lang), key="bl.account_enable", icon=":material/check_circle:"):
        cards.outcome(*actions.set_disabled(picked, False, who, lang))

st.subheader(t("admin.settings", lang))
settings = loaders.settings()
show_names = st.checkbox(
    t("admin.viewers_see_names", lang), value=settings["viewers_see_names"] == "1", key="bl.setting_names"
)
idle = st.number_input(
    t("admin.idle_minutes", lang),
    min_value=5,
    max_value=480,
    value=int(settings["idle_minutes"]),
    step=5,
    key="bl.setting_idle",
)
st.caption(t("admin.report_heading", lang))
parent_col, office_col, place_col = st.columns(3)
parent = parent_col.text_input(t("admin.report_parent", lang), value=settings["report_parent"], key="bl.setting_parent")
office = office_col.text_input(t("admin.report_office", lang), value=settings["report_office"], key="bl.setting_office")
place = place_col.text_input(t("admin.report_place", lang), value=settings["report_place"], key="bl.setting_place")
signer_col, recipients_col = st.columns(2)
signer = signer_col.text_area(
    t("admin.report_signer", lang),
    value=settings["report_signer"],
    help=t("admin.report_signer_help", lang),
    key="bl.setting_signer",
)
recipients = recipients_col.text_area(
    t("admin.report_recipients", lang), value=settings["report_recipients"], key="bl.setting_recipients"
)
st.caption(t("admin.limits_heading", lang))
limit_columns = [*st.columns(4), *st.columns(4)]  # one per limit, four to a row
limits = {
    name: column.number_input(
        t(f"admin.limit.{name}", lang),
        min_value=1,
        max_value=READ_LIMITS_HIGHEST[name],
        value=value,
        step=1,
        key=f"bl.setting_{name}",
    )
    for column, (name, value) in zip(limit_columns, loaders.read_limits().items(), strict=True)
}
if st.button(t("admin.save_settings", lang), key="bl.settings_save"):
    values = {
        "viewers_see_names": "1" if show_names else "0",
        "idle_minutes": str(idle),
        "report_parent": parent,
        "report_office": office,
        "report_place": place,
        "report_signer": signer,
        "report_recipients": recipients,
        **{f"{READ_LIMIT_PREFIX}{name}": str(value) for name, value in limits.items()},
    }
    cards.outcome(*actions.save_settings(values, who, lang))

st.subheader(t("admin.units", lang))
st.caption(t("admin.units_intro", lang))
masters = loaders.units_masters()
in_force = loaders.units()
st.info(units.in_force_text(in_force, masters[0] if masters else None, lang), icon=":material/account_tree:")
units_upload = st.file_uploader(
    t("admin.units_file", lang), type=["csv", "txt", "tsv", "xlsx", "parquet"], key="bl.units_file"
)
if units_upload is not None:
    units_data, units_name = units_upload.getvalue(), units_upload.name
    checked = loaders.parse_units(units_data, units_upload.name)
    if checked.errors:
        st.error(t("admin.units_has_errors", lang, n=len(checked.errors)), icon=":material/error:")
    if checked.problems:
        st.dataframe(views.problems_view(checked.problems, lang), hide_index=True)
    else:
        st.success(t("admin.units_no_problems", lang))
    if checked.ok and checked.units is not None:
        st.markdown(units.new_master_text(checked, lang))
        st.markdown(units.replacement_text(in_force, checked.units, lang))
        orphans = units.orphans_text(loaders.snapshot(), checked.units, lang)
        if orphans:
            st.warning(orphans, icon=":material/warning:")
        if st.button(t("admin.units_replace", lang), type="primary", icon=":material/save:", key="bl.units_replace"):
            cards.outcome(
                *steps.run(
                    t("step.units", lang),
                    (),
                    lang,
                    lambda _: actions.replace_units(checked, units_data, units_name, who, lang),
                )
            )

st.subheader(t("admin.audit", lang))
chain = loaders.audit_chain()
if chain.ok:
    st.caption(texts.chain_text(chain, lang))
else:
    st.error(texts.chain_text(chain, lang), icon=":material/gpp_bad:")
st.dataframe(views.audit_view(loaders.audit(), lang), hide_index=True)
