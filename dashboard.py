"""Entry point: page setup, the sidebar, and the router over pages/."""

import streamlit as st

from lib.present.i18n import t
from ui import auth, cards, loaders, sidebar, state

st.set_page_config(page_title=t("app.short_title", state.lang()), page_icon="🏘️", layout="wide")
lang = state.lang()
loaders.stop_if_store_broken(lang)
who = auth.identity()
pages = [
    st.Page(
        "pages/overview.py",
        title=t("nav.overview", lang),
        icon=":material/dashboard:",
        url_path="tong-quan",  # a fixed path keeps the page's identity (and its widgets) across languages
        default=True,
    ),
    st.Page("pages/progress.py", title=t("nav.progress", lang), icon=":material/timeline:", url_path="lo-trinh"),
    st.Page("pages/wards.py", title=t("nav.wards", lang), icon=":material/location_city:", url_path="phuong-xa"),
    st.Page("pages/hamlets.py", title=t("nav.hamlets", lang), icon=":material/table_view:", url_path="khom-ap"),
    st.Page("pages/staffing.py", title=t("nav.staffing", lang), icon=":material/groups:", url_path="nhan-su"),
    st.Page("pages/present.py", title=t("nav.present", lang), icon=":material/slideshow:", url_path="trinh-chieu"),
    st.Page("pages/history.py", title=t("nav.history", lang), icon=":material/history:", url_path="lich-su"),
]
if who.can("upload"):
    pages.insert(
        -1, st.Page("pages/upload.py", title=t("nav.upload", lang), icon=":material/upload_file:", url_path="cap-nhat")
    )
if who.can("accounts"):
    pages.append(
        st.Page(
            "pages/admin.py", title=t("nav.admin", lang), icon=":material/admin_panel_settings:", url_path="quan-tri"
        )
    )
navigation = st.navigation(pages)
sidebar.language()
auth.sidebar_box(who, lang)
sidebar.snapshot_picker(loaders.history(), lang)
viewed = loaders.snapshot(state.viewed_snapshot())
sidebar.snapshot_info(viewed, lang)
sidebar.units_choice(loaders.masters(), loaders.own_master(viewed), lang)
state.keep_view_in_url()
cards.page_style(lang)
navigation.run()
