"""Metric cards shared by pages: one card per goal with its count and what it still needs."""

from __future__ import annotations

from collections.abc import Sequence

from streamlit.delta_generator import DeltaGenerator

from lib import texts
from lib.i18n import t
from lib.metrics import GoalGap
from lib.theme import STATUS_BADGES


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
            card.badge(t(f"progress.{statuses[index]}", lang), color=STATUS_BADGES[statuses[index]])
