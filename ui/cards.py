"""Metric cards shared by pages: one card per goal with its count and what it still needs."""

from __future__ import annotations

from collections.abc import Sequence

from streamlit.delta_generator import DeltaGenerator

from lib import texts
from lib.metrics import GoalGap


def goal_cards(columns: Sequence[DeltaGenerator], gaps: list[GoalGap], hamlets: int, lang: str) -> None:
    """One card per goal in the given columns: "Mục tiêu 70 % đến 31/12/2019 · 47 khóm, ấp · Cần thêm 1 …"."""
    for card, gap in zip(columns, gaps, strict=True):
        card.metric(
            texts.goal_label(gap, lang),
            texts.goal_value(gap, lang),
            delta=texts.goal_needs(gap, lang),
            delta_color="off" if gap.met else "inverse",
            delta_arrow="off",
            help=texts.goal_rounding(gap, hamlets, lang),
        )
