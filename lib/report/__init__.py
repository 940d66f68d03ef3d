"""Files for a meeting or a download: the brief, its slides, charts as images, PPTX, PDF, XLSX, Word, exports, forms."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from lib.report.formats import FORMATS, MIME

if TYPE_CHECKING:
    from lib.report.build import Report, ReportError, from_store, render, snapshot_on, today

__all__ = ["FORMATS", "MIME", "Report", "ReportError", "from_store", "render", "snapshot_on", "today"]

_BUILT = frozenset(__all__) - {"FORMATS", "MIME"}


def __getattr__(name: str) -> Any:
    """The builders load when first named (openpyxl, fpdf, python-pptx, plotly): the CLI lists FORMATS without them."""
    if name in _BUILT:
        return getattr(import_module("lib.report.build"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
