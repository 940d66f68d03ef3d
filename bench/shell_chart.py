"""The browser benchmark's second yardstick: the dashboard's own shell with the bare page's one chart as overview.

The router, the sidebar (language, sign-in box, snapshot and units choices), the shared styles and the store's
reads all run as in `dashboard.py`; only the overview's content is replaced by bench/bare_chart.py. What this page
costs over the bare page is the shell's; what the overview costs over this page is its own content.
"""

import runpy
import sys
from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the dashboard's packages (streamlit puts only bench/ on the path)
_page = st.Page


def _bare_overview(target: object, *args: object, **kwargs: object) -> st.Page:
    """st.Page with the dashboard's pages found beside it, and the overview's script swapped for the bare chart's."""
    if target == "pages/overview.py":
        target = HERE / "bare_chart.py"
    elif isinstance(target, str):
        target = HERE.parent / target
    return _page(target, *args, **kwargs)  # type: ignore[arg-type]


st.Page = _bare_overview  # type: ignore[misc,assignment]
try:
    runpy.run_path(str(HERE.parent / "dashboard.py"), run_name="__main__")
finally:
    st.Page = _page  # type: ignore[misc]
