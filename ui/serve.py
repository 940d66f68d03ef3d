"""`streamlit run` with pages/ read as the router's st.navigation pages from the first visit on."""

# Streamlit decides once per server process, when the first visitor connects, whether a folder named pages/
# beside the script means its older file-based navigation. Until a visit has run the router, that first visitor
# (a shared link to /trinh-chieu, say) gets "Page not found" and a menu of file names that bypasses the router.
# Deciding it before the server starts removes that. Arguments: those of `streamlit`, e.g.
# `python -m ui.serve run dashboard.py --server.port 8501`.

from __future__ import annotations

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli


def main() -> None:
    PagesManager.uses_pages_directory = False  # the router calls st.navigation: pages/ is not a file-based menu
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    main()
