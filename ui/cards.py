"""Widgets shared by pages: a card per goal with its count, what it still needs and its status; the goals editor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, cast

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from lib.analysis.metrics import GoalGap
from lib.present import texts
from lib.present.i18n import t
from lib.present.theme import STATUS_BADGES
from ui import state

# The colours st.badge accepts (lib.present.theme.STATUS_BADGES holds only these, as plain strings).
BadgeColor = Literal["red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary"]

# Streamlit cuts a long metric off with "…": at province or national scale "40.000/100.000 (40,0 %)", "Cần thêm
# 30.000 khóm, ấp đến 31/12/2019" and "1.020.004" would lose their end. Let them wrap at spaces (never inside a
# number), and let the value's type shrink a little on a narrow screen.
_WRAP_METRICS = """<style>
[data-testid="stMetricValue"] .stMarkdownEllipsis, [data-testid="stMetricValue"] p,
[data-testid="stMetricDelta"] .stMarkdownEllipsis, [data-testid="stMetricDelta"] p,
[data-testid="stMetricLabel"] .stMarkdownEllipsis, [data-testid="stMetricLabel"] p {
  white-space: normal; overflow: visible; text-overflow: clip;
}
[data-testid="stMetricValue"] { font-size: clamp(1.5rem, 2.3vw, 2.25rem); }
</style>"""


# Streamlit's file uploader has no parameter for its own texts ("Upload", "20MB per file • XLSX, …"): they are
# replaced, in the page's language, by CSS content (the element keeps working as it is).
_UPLOADER = """<style>
[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"] p,
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"]
p::after {{ content: "{button}"; font-size: 1rem; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{ content: "{limit}"; font-size: 0.875rem; }}
</style>"""


def _css_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def page_style(lang: str) -> None:
    """The few style rules every page shares (drawn by the router, once per run)."""
    limit = int(st.get_option("server.maxUploadSize"))
    uploader = _UPLOADER.format(
        button=_css_text(t("upload.dropzone_button", lang)),
        limit=_css_text(t("upload.dropzone_limit", lang, mb=limit)),
    )
    st.html(_WRAP_METRICS + uploader)


def goal_cards(
    columns: Sequence[DeltaGenerator], gaps: list[GoalGap], hamlets: int, lang: str, statuses: list[str] | None = None
) -> None:
    """One card per goal in the given columns: "Mục tiêu 70 % đến 31/12/2019 · 47 khóm, ấp · Cần thêm 1 …", with
    the goal's progress status as a badge when given."""
    for index, (card, gap) in enumerate(zip(columns, gaps, strict=True)):
        card.metric(
            texts.goal_label(gap, lang),
            texts.goal_value(gap, lang),
            delta=texts.goal_needs(gap, lang),
            delta_color="off" if gap.met else "inverse",
            delta_arrow="off",
            help=texts.goal_rounding(gap, hamlets, lang),
        )
        if statuses:
            status_badge(card, statuses[index], lang)


def status_badge(container: DeltaGenerator, status: str, lang: str) -> None:
    """A goal's progress status as a badge in its colour ("Đúng tiến độ" in green)."""
    container.badge(t(f"progress.{status}", lang), color=cast(BadgeColor, STATUS_BADGES[status]))


def goal_columns(lang: str) -> dict[str, Any]:
    """Column settings of the goals editor: a date and a share between 0 and 100 %."""
    return {
        t("goals.deadline", lang): st.column_config.DateColumn(format="DD/MM/YYYY", required=True),
        t("goals.target", lang): st.column_config.NumberColumn(min_value=0.1, max_value=100.0, step=0.1, required=True),
    }


def show_flash() -> None:
    """The message a write left for this run ("Đã lưu …"), shown once."""
    message = state.pop_flash()
    if message:
        st.success(message, icon=":material/check_circle:")


def outcome(done: bool, message: str) -> None:
    """After a write: on success keep the message for the next run and rerun; otherwise show why not."""
    if done:
        state.set_flash(message)
        st.rerun()
    st.error(message)
