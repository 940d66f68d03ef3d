"""Blank forms to download for each granularity: XLSX with drop-down lists from the units master, and CSV."""

from __future__ import annotations

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lib.present.i18n import t
from lib.report.export import append_text, csv_bytes, put_text

GRANULARITIES = ("hamlet", "officer", "ward")
# The columns of each form, as catalogue keys of their headers, in order.
COLUMNS = {
    "hamlet": (
        "col.ward",
        "col.hamlet",
        "col.secretary",
        "col.head",
        "col.concurrent_mark",
        "col.head_party_member",
        "col.note",
    ),
    "officer": (
        "col.ward",
        "col.hamlet",
        "col.position",
        "col.full_name",
        "col.birth_year",
        "col.party_member",
        "col.person_code",
    ),
    "ward": ("col.ward", "col.hamlets", "col.concurrent_count", "col.not_concurrent", "col.coverage"),
}
# Titles offered in the drop-down list of an officer form, most used first.
TITLES = ("secretary_head", "secretary", "head", "deputy_secretary", "deputy_head", "front_head", "police")


def _rows(granularity: str, units: pd.DataFrame, lang: str) -> list[list[object]]:
    """Rows filled in from the master so that staff only type names and marks."""
    if granularity == "ward":
        wards = units.groupby("ward_code", sort=False).agg(ward=("ward", "first"), hamlets=("hamlet", "size"))
        return [[w, int(n), None, None, None] for w, n in zip(wards["ward"], wards["hamlets"], strict=True)]
    rows: list[list[object]] = []
    for ward, hamlet in zip(units["ward"], units["hamlet"], strict=True):
        if granularity == "hamlet":
            rows.append([ward, hamlet, None, None, None, None, None])
        else:
            for position in ("secretary", "head"):
                rows.append([ward, hamlet, t(f"position.{position}", lang), None, None, None, None])
    return rows


def frame(granularity: str, units: pd.DataFrame, lang: str) -> pd.DataFrame:
    headers = [t(key, lang) for key in COLUMNS[granularity]]
    return pd.DataFrame(_rows(granularity, units, lang), columns=headers)


def template_csv(granularity: str, units: pd.DataFrame, lang: str) -> bytes:
    """The form as CSV (UTF-8 with BOM), header on line 1."""
    return csv_bytes(frame(granularity, units, lang))


# Which column of a form gets which drop-down list (a form without the column gets none).
DROP_DOWNS = (
    ("col.ward", "wards"),
    ("col.hamlet", "hamlets"),
    ("col.concurrent_mark", "marks"),
    ("col.head_party_member", "yes_no"),
    ("col.party_member", "yes_no"),
    ("col.position", "positions"),
)


def _form_sheet(book: Workbook, table: pd.DataFrame, granularity: str, lang: str) -> tuple[Worksheet, int, int]:
    """The first sheet: bold title lines, a blank line, the bold header and the rows; its header and last rows."""
    sheet = book.active
    sheet.title = t(f"template.sheet_{granularity}", lang)[:31]
    for line in (t("template.agency", lang), t(f"template.title_{granularity}", lang), t("template.as_of", lang)):
        append_text(sheet, [line])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.append([])
    append_text(sheet, table.columns)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for record in table.itertuples(index=False):
        append_text(sheet, record)
    return sheet, header_row, sheet.max_row


def _lists_sheet(book: Workbook, units: pd.DataFrame, lang: str) -> dict[str, str]:
    """A sheet with one column per list (its name on row 1); the cell range of each list, by name."""
    lists = book.create_sheet(t("template.lists_sheet", lang)[:31])
    columns = {
        "wards": list(dict.fromkeys(units["ward"])),
        "hamlets": list(dict.fromkeys(units["hamlet"])),
        "marks": ["x"],
        "yes_no": [t("value.yes", lang), t("value.no", lang)],
        "positions": [t(f"position.{p}", lang) for p in TITLES],
    }
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(columns.items(), start=1):
        letter = get_column_letter(index)
        lists.cell(1, index, name)
        for row, value in enumerate(values, start=2):
            put_text(lists, row, index, value)
        ranges[name] = f"{quote_sheetname(lists.title)}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _add_drop_downs(sheet: Worksheet, granularity: str, ranges: dict[str, str], header_row: int, last: int) -> None:
    """A drop-down list on each column that has one, from below the header to 200 rows past the last row."""
    keys = COLUMNS[granularity]
    for column_key, list_name in DROP_DOWNS:
        if column_key not in keys:
            continue
        letter = get_column_letter(keys.index(column_key) + 1)
        rule = DataValidation(type="list", formula1=ranges[list_name], allow_blank=True, showErrorMessage=False)
        sheet.add_data_validation(rule)
        rule.add(f"{letter}{header_row + 1}:{letter}{max(last, header_row + 1) + 200}")


def template_xlsx(granularity: str, units: pd.DataFrame, lang: str) -> bytes:
    """The form as an Excel sheet with title lines, drop-down lists (wards, hamlets, marks, positions) and a guide."""
    table = frame(granularity, units, lang)
    book = Workbook()
    sheet, header_row, last = _form_sheet(book, table, granularity, lang)
    ranges = _lists_sheet(book, units, lang)
    _add_drop_downs(sheet, granularity, ranges, header_row, last)
    for index, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(14, min(40, len(str(column)) + 4))
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    guide = book.create_sheet(t("template.guide_sheet", lang)[:31])
    for line in t(f"template.guide_{granularity}", lang).split("\n"):
        append_text(guide, [line])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
