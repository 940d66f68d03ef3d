"""Files for a meeting or a download: the brief, its slides, charts as images, PPTX, PDF, XLSX, Word, exports, forms."""

from lib.report.build import FORMATS, MIME, Report, ReportError, from_store, render, snapshot_on, today

__all__ = ["FORMATS", "MIME", "Report", "ReportError", "from_store", "render", "snapshot_on", "today"]
