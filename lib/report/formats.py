"""The brief's file formats and their MIME types (no imports: the CLI's parser lists them without the builders)."""

from __future__ import annotations

FORMATS = ("pptx", "pdf", "xlsx", "docx")
CHARTED = ("pptx", "pdf", "docx")  # the formats whose charts a browser draws (the XLSX carries tables)
MIME = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
