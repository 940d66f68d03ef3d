"""Quản trị: accounts and roles, deployment settings, and the audit trail of every change."""

import streamlit as st

from lib import views
from lib.i18n import t
from lib.schema import ROLES
from ui import actions, auth, cards, loaders, state

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
if st.button(t("admin.save_settings", lang), key="bl.settings_save"):
    cards.outcome(
        *actions.save_settings({"viewers_see_names": "1" if show_names else "0", "idle_minutes": str(idle)}, who, lang)
    )

st.subheader(t("admin.audit", lang))
st.dataframe(views.audit_view(loaders.audit(), lang), hide_index=True)
