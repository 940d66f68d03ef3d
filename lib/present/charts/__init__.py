"""Plotly figures built from metric tables: goals, wards, kinds, reasons, hamlets, comparisons and progress."""

from lib.present.charts.base import TEMPLATE, layout, projector, wrap
from lib.present.charts.compare import compare_figure
from lib.present.charts.overview import goals_figure, hamlets_figure, kinds_figure, reasons_figure, texts_met
from lib.present.charts.progress import PANEL_HEIGHT_PX, progress_figure, wards_progress_figure
from lib.present.charts.wards import wards_figure

__all__ = [
    "PANEL_HEIGHT_PX",
    "TEMPLATE",
    "compare_figure",
    "goals_figure",
    "hamlets_figure",
    "kinds_figure",
    "layout",
    "progress_figure",
    "projector",
    "reasons_figure",
    "texts_met",
    "wards_figure",
    "wards_progress_figure",
    "wrap",
]
