"""Colours and sizes shared by every chart: one colour means one thing everywhere, readable on a projector."""

from __future__ import annotations

from typing import Final

COLORS: Final = {
    "concurrent": "#1f5fa8",  # done: strong blue
    "not_concurrent": "#e07b00",  # still to do: amber (distinct from blue for colour-blind viewers)
    "not_concurrent_text": "#a85400",  # amber dark enough for text on white
    "on_amber": "#1a1a1a",  # text on an amber tile (white on amber is too faint on a projector)
    "before": "#9e9e9e",  # an earlier snapshot in a comparison
    "band_full": "#0b3d75",  # ward at 100 %
    "band_goal": "#3f87d6",  # ward at the first goal or above
    "band_below": "#e07b00",  # ward below the first goal
    "goal_line": "#333333",
    "planned": "#2e8b57",  # a scenario's planned path
    "grid": "#e5e5e5",
    "break": "#6d4c41",  # a change of units: a dashed line across every chart of a series
}
# One colour for each progress status, everywhere in the app: the badge colour names Streamlit offers, and the
# same colours in hex for charts and tables.
STATUS_BADGES: Final = {
    "achieved": "blue",
    "on track": "green",
    "acceleration needed": "orange",
    "stagnation": "red",
    "regression": "violet",
    "missed": "gray",
    "insufficient data": "gray",
}
BADGE_HEX: Final = {
    "blue": "#1c83e1",
    "green": "#21a345",
    "orange": "#f08000",
    "red": "#e0281e",
    "violet": "#803df5",
    "gray": "#808495",
}
STATUS_COLORS: Final = {status: BADGE_HEX[badge] for status, badge in STATUS_BADGES.items()}
FONT: Final = {"family": "Noto Sans, DejaVu Sans, Arial, sans-serif", "size": 16, "color": "#222222"}
TITLE_SIZE: Final = 20
PROJECTOR_FONT: Final = 20  # presentation mode: every chart's type a size larger
BAR_HEIGHT_PX: Final = 38  # per bar in horizontal bar charts
MAX_BARS: Final = 30  # above this many wards, a chart shows the best and the worst half of it
