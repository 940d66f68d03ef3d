"""One slide of presentation mode drawn in Streamlit: large type, the same status colours as everywhere else."""

from __future__ import annotations

import html

import streamlit as st

from lib.present import charts, views
from lib.report.slides import Slide

_STYLE = """
<style>
.bl-slide div.bl-title {font-size: 2.6rem; font-weight: 700; line-height: 1.2; margin: 0 0 0.8rem 0;}
.bl-slide div.bl-line {font-size: 1.6rem; line-height: 1.35; margin: 0 0 0.5rem 0;}
.bl-slide.bl-cover {text-align: center; padding-top: 1.5rem;}
.bl-slide.bl-cover div.bl-title {font-size: 3.2rem;}
.bl-slide div.bl-headline {font-size: 6.5rem; font-weight: 800; color: #1f5fa8; line-height: 1.1; margin: 2rem 0;}
.bl-slide div.bl-note {font-size: 1.1rem; color: #6b6b6b; margin-top: 0.5rem;}
</style>
"""
# Tables in large type up to 8 rows; longer ones a little smaller, so that they still fit a 1366×768 screen.
_TABLE = '<style>div[data-testid="stTable"] table {{font-size: {size};}}</style>'

# Embedded on the meeting room's screen (?embed=true): no sidebar, no page padding to spare.
_EMBEDDED = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"] {display: none;}
</style>
"""


def _block(lines: list[tuple[str, str]], css: str = "") -> None:
    """Lines of (css class, text), escaped, in one slide block."""
    body = "".join(f'<div class="{kind}">{html.escape(text)}</div>' for kind, text in lines if text)
    st.markdown(f'<div class="bl-slide {css}">{body}</div>', unsafe_allow_html=True)


def show(slide: Slide, lang: str, embedded: bool) -> None:
    """The slide's title, lines, table and chart, sized for a projector."""
    rows = 0 if slide.table is None else len(slide.table)
    st.html(_STYLE + _TABLE.format(size="1.35rem" if rows <= 8 else "1.05rem") + (_EMBEDDED if embedded else ""))
    if slide.key == "title":
        lines = [("bl-title", slide.title), *(("bl-line", line) for line in slide.lines)]
        _block([*lines, ("bl-headline", slide.headline or "")], "bl-cover")
    else:
        _block([("bl-title", slide.title), *(("bl-line", line) for line in slide.lines)])
        if slide.table is not None:
            st.table(views.status_styles(slide.table, lang).hide(axis="index"))
        if slide.chart is not None:
            st.plotly_chart(charts.projector(slide.chart()), key=f"bl.slide_chart_{slide.key}", theme=None)
    if slide.note:
        _block([("bl-note", slide.note)])
