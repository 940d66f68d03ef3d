"""A quick XLSX writer for the brief's tables: SpreadsheetML written as text, many times faster than openpyxl."""

from __future__ import annotations

import io
import math
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from xml.sax.saxutils import escape, quoteattr

import numpy as np
import pandas as pd
from openpyxl.utils import get_column_letter

from lib.core.schema import FORMULA_PREFIXES
from lib.report.export import CONTROLS, printable

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "application/vnd.openxmlformats-officedocument"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
EPOCH = datetime(1899, 12, 30)  # day 0 of Excel's 1900 date system (after its leap-year bug)
DATE_FORMAT = "DD/MM/YYYY"
MAX_WIDTH = 45
TEXT = '<is><t xml:space="preserve">'  # an inline string, its spaces kept


@dataclass
class _Styles:
    """The cell formats used so far: (bold, number format, quote prefix) -> index in cellXfs; 0 is the plain cell."""

    formats: dict[str, int] = field(default_factory=dict)  # number format code -> numFmtId (164 and up)
    xfs: dict[tuple[bool, str | None, bool], int] = field(default_factory=lambda: {(False, None, False): 0})

    def of(self, bold: bool = False, number_format: str | None = None, quoted: bool = False) -> int:
        key = (bold, number_format, quoted)
        if key not in self.xfs:
            if number_format is not None and number_format not in self.formats:
                self.formats[number_format] = 164 + len(self.formats)
            self.xfs[key] = len(self.xfs)
        return self.xfs[key]

    def xml(self) -> str:
        numbers = "".join(f'<numFmt numFmtId="{i}" formatCode={quoteattr(c)}/>' for c, i in self.formats.items())
        numbers = f'<numFmts count="{len(self.formats)}">{numbers}</numFmts>' if numbers else ""
        xfs = []
        for bold, number_format, quoted in self.xfs:
            number = self.formats[number_format] if number_format else 0
            extra = (' applyNumberFormat="1"' if number else "") + (' quotePrefix="1"' if quoted else "")
            extra += ' applyFont="1"' if bold else ""
            xfs.append(f'<xf numFmtId="{number}" fontId="{int(bold)}" fillId="0" borderId="0" xfId="0"{extra}/>')
        font = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
        return (
            f'{HEAD}<styleSheet xmlns="{MAIN}">{numbers}'
            f'<fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
        )


def _number(value: float | int) -> str | None:
    """A number as SpreadsheetML writes it; None for what a cell cannot hold (NaN, infinity)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return str(int(value)) if isinstance(value, int | np.integer) else repr(float(value))


class Book:
    """A workbook of sheets, each a table under title lines: bold header, numbers as numbers, the header frozen."""

    def __init__(self) -> None:
        self.styles = _Styles()
        self.sheets: list[tuple[str, str]] = []  # (title, worksheet XML)

    def _cell(self, ref: str, value: object, number_format: str | None = None, bold: bool = False) -> str:
        """One cell: text (printable, never a formula), a number, a truth value or a date; '' for an empty one."""
        if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
            return ""
        if hasattr(value, "item") and not isinstance(value, pd.Timestamp):
            value = value.item()
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b" s="{self.styles.of(bold, number_format)}"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            number = _number(value)
            return (
                "" if number is None else f'<c r="{ref}" s="{self.styles.of(bold, number_format)}"><v>{number}</v></c>'
            )
        if isinstance(value, date):
            moment = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
            serial = (moment.replace(tzinfo=None) - EPOCH) / pd.Timedelta(days=1)
            style = self.styles.of(bold, number_format or DATE_FORMAT)
            return f'<c r="{ref}" s="{style}"><v>{_number(serial)}</v></c>'
        text = str(printable(str(value)))
        if not text:  # as openpyxl writes it: no cell
            return ""
        style = self.styles.of(bold, number_format, text.startswith(FORMULA_PREFIXES))
        return f'<c r="{ref}" t="inlineStr" s="{style}">{TEXT}{escape(text)}</t></is></c>'

    def add(
        self,
        title: str,
        frame: pd.DataFrame,
        title_lines: list[str],
        formats: dict[str, str] | None = None,
        value_formats: dict[str, str] | None = None,
    ) -> None:
        """A sheet: title lines in bold, a blank row, the bold header, the rows (a column's number format from
        `formats`; in a label/value table, the value's format from `value_formats` by its label); widths fitted."""
        rows: list[list[tuple[object, str | None, bool]]] = [[(line, None, True)] for line in title_lines]
        rows += [[]] if title_lines else []  # cells of (value, number format, bold)
        rows.append([(str(c), None, True) for c in frame.columns])
        header = len(rows)
        columns = [
            self._column(frame[name], header + 1, i, (formats or {}).get(str(name)))
            for i, name in enumerate(frame.columns, start=1)
        ]
        if value_formats and len(frame.columns) == 2:  # a label and its value: the value's format follows its label
            labels = frame.iloc[:, 0].tolist()
            columns[1] = [
                self._cell(f"B{header + 1 + i}", v, value_formats.get(str(label)))
                for i, (label, v) in enumerate(zip(labels, frame.iloc[:, 1], strict=True))
            ]
        body = [self._row(n, cells) for n, cells in enumerate(rows, start=1)]
        body += [
            f'<row r="{header + 1 + i}">{"".join(cells)}</row>' for i, cells in enumerate(zip(*columns, strict=True))
        ]
        widths = "".join(
            f'<col min="{i}" max="{i}" width="{min(MAX_WIDTH, self._width(frame[name]))}" customWidth="1"/>'
            for i, name in enumerate(frame.columns, start=1)
        )
        view = (
            f'<sheetView workbookViewId="0"><pane ySplit="{header}" topLeftCell="A{header + 1}" activePane="bottomLeft"'
            ' state="frozen"/><selection pane="bottomLeft"/></sheetView>'
        )
        xml = (
            f'{HEAD}<worksheet xmlns="{MAIN}" xmlns:r="{RELS}"><sheetViews>{view}</sheetViews>'
            f"{f'<cols>{widths}</cols>' if widths else ''}<sheetData>{''.join(body)}</sheetData></worksheet>"
        )
        self.sheets.append((title[:31], xml))

    def _row(self, number: int, cells: list[tuple[object, str | None, bool]]) -> str:
        """A row of a few cells (a title line, the header), each (value, number format, bold)."""
        written = (self._cell(f"{get_column_letter(i)}{number}", *cell) for i, cell in enumerate(cells, start=1))
        return f'<row r="{number}">{"".join(written)}</row>'

    def _column(self, values: pd.Series, first_row: int, index: int, number_format: str | None) -> list[str]:
        """A column's cells: text and whole-number columns at once, anything else (dates, mixed) cell by cell."""
        letter = get_column_letter(index)
        rows = range(first_row, first_row + len(values))
        kind = pd.api.types.infer_dtype(values, skipna=True)
        if kind == "string" or (kind == "empty" and len(values)):
            return self._text_column(values, letter, rows, number_format)
        if kind == "integer" and not values.hasnans:
            style = self.styles.of(False, number_format)
            return [
                f'<c r="{letter}{r}" s="{style}"><v>{v}</v></c>' for r, v in zip(rows, values.tolist(), strict=True)
            ]
        return [self._cell(f"{letter}{r}", v, number_format) for r, v in zip(rows, values.tolist(), strict=True)]

    def _text_column(self, values: pd.Series, letter: str, rows: range, number_format: str | None) -> list[str]:
        """Text cells: control characters out, XML escaped, formula-like text marked "quote prefix"; empty: no cell."""
        text = values.astype("string").fillna("").str.replace(CONTROLS.pattern, "", regex=True)
        quoted = text.str.startswith(FORMULA_PREFIXES).tolist()
        escaped = text.str.replace("&", "&amp;").str.replace("<", "&lt;").str.replace(">", "&gt;").tolist()
        plain, marked = self.styles.of(False, number_format), self.styles.of(False, number_format, True)
        return [
            f'<c r="{letter}{r}" t="inlineStr" s="{marked if q else plain}">{TEXT}{e}</t></is></c>' if e else ""
            for r, q, e in zip(rows, quoted, escaped, strict=True)
        ]

    @staticmethod
    def _width(values: pd.Series) -> int:
        return int(max(len(str(values.name)), max(map(len, map(str, values.tolist())), default=0))) + 2

    def to_bytes(self) -> bytes:
        """The workbook as the bytes of an .xlsx file."""
        count = len(self.sheets)
        sheets = "".join(
            f"<sheet name={quoteattr(title)} sheetId={quoteattr(str(i))} r:id={quoteattr(f'rId{i}')}/>"
            for i, (title, _) in enumerate(self.sheets, start=1)
        )
        links = "".join(
            f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1)
        )
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{OFFICE}.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        )
        parts = {
            "[Content_Types].xml": f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{OFFICE}.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{OFFICE}.spreadsheetml.styles+xml"/>{overrides}</Types>',
            "_rels/.rels": f'{HEAD}<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" '
            f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": f'{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{sheets}</sheets></workbook>',
            "xl/_rels/workbook.xml.rels": f'{HEAD}<Relationships xmlns="{PACKAGE_RELS}">{links}<Relationship '
            f'Id="rId{count + 1}" Type="{RELS}/styles" Target="styles.xml"/></Relationships>',
            "xl/styles.xml": self.styles.xml(),
        }
        parts |= {f"xl/worksheets/sheet{i}.xml": xml for i, (_, xml) in enumerate(self.sheets, start=1)}
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            for name, text in parts.items():
                archive.writestr(name, text.encode("utf-8"))
        return out.getvalue()
