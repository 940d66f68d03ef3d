"""The brief as a Word report in the party's format (Hướng dẫn 36-HD/VPTW): A4, Times New Roman, to number and sign."""

from __future__ import annotations

import io
from datetime import date, datetime

import pandas as pd
from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from lib.present import fmt, texts
from lib.present.i18n import t
from lib.report.agency import Agency, cell, issued_line
from lib.report.brief import MAX_LISTED, Brief
from lib.report.slides import (
    aggregated_line,
    behind_table,
    behind_total,
    goals_table,
    master_line,
    no_pending_list,
    pending_table,
    pending_total,
    reasons_table,
    staffing_lines,
    staffing_table,
    units_section,
    wards_table,
)

FONT = "Times New Roman"
BODY, TABLE, SMALL = 14, 13, 12  # points: the body, table cells, the list of recipients
MARGINS_MM = (20, 20, 30, 15)  # top, bottom, left, right: within 36-HD/VPTW's 20–25, 20–25, 30–35, 15–20
TEXT_WIDTH_MM = 210 - MARGINS_MM[2] - MARGINS_MM[3]
HEADER_FILL = "D9D9D9"  # light grey: the header row prints on any printer
LANGUAGE = {"vi": "vi-VN", "en": "en-GB"}
LEFT, CENTER, RIGHT, JUSTIFY = (
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.RIGHT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)


def _fonts(rpr: BaseOxmlElement, lang: str | None = None) -> None:
    """Times New Roman for every script (Latin, East Asian, complex), with no theme font to override it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT)
    if lang is not None:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        language = OxmlElement("w:lang")
        for attribute in ("w:val", "w:eastAsia"):
            language.set(qn(attribute), LANGUAGE.get(lang, "vi-VN"))
        rpr.append(language)


def _run(paragraph: Paragraph, text: str, size: int = BODY, style: str = "") -> None:
    """Text in Times New Roman of a size; style letters: B bold, I italic, U underlined."""
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = "B" in style or None, "I" in style or None, "U" in style or None
    _fonts(run._r.get_or_add_rPr())


def _para(
    where: WordDocument | _Cell,
    text: str = "",
    size: int = BODY,
    style: str = "",
    align: WD_ALIGN_PARAGRAPH = JUSTIFY,
    indent: bool = True,
) -> Paragraph:
    """A paragraph of the body (first line indented 1.27 cm, justified, 6 pt after) or of a cell (align, no indent)."""
    paragraph = where.add_paragraph()
    if text:
        _run(paragraph, text, size, style)
    layout = paragraph.paragraph_format
    layout.alignment = align
    layout.first_line_indent = Cm(1.27) if indent else None
    layout.space_after = Pt(6) if indent else Pt(0)
    return paragraph


def _in_cell(target: _Cell, lines: list[tuple[str, int, str]], align: WD_ALIGN_PARAGRAPH = CENTER) -> None:
    """Lines of (text, size, style) in a cell, the first in the cell's own paragraph."""
    for index, (text, size, style) in enumerate(lines):
        paragraph = target.paragraphs[0] if index == 0 else target.add_paragraph()
        if text:
            _run(paragraph, text, size, style)
        paragraph.paragraph_format.alignment = align
        paragraph.paragraph_format.space_after = Pt(0)


def _property(parent: BaseOxmlElement, tag: str, **values: str) -> None:
    """Append <w:tag w:key="value" …/> to an element's properties."""
    element = OxmlElement(tag)
    for key, value in values.items():
        element.set(qn(f"w:{key}"), value)
    parent.append(element)


def _frame(table: Table, widths_mm: tuple[float, ...], borders: bool) -> None:
    """Fixed column widths (Word reads the cells, LibreOffice the grid) and grid lines or none."""
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for each in column.cells:
            each.width = Mm(width)
    edges = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _property(edges, f"w:{edge}", val="single" if borders else "nil", sz="4", space="0", color="000000")
    later = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
    table._tbl.tblPr.insert_element_before(edges, *later)


def _keep_rows_whole(table: Table) -> None:
    for row in table.rows:
        _property(row._tr.get_or_add_trPr(), "w:cantSplit")


def _setup(brief: Brief, agency: Agency, issued: date) -> WordDocument:
    """An empty A4 document: margins, Times New Roman 14 pt for every script, its language, metadata, page numbers."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, bottom, left, right = MARGINS_MM
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = Mm(10)
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults is not None  # python-docx's template has them
    _fonts(defaults, brief.lang)
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.15
    _fonts(normal.element.get_or_add_rPr(), brief.lang)
    _page_numbers(section)
    properties = document.core_properties
    properties.title = f"{t('brief.report', brief.lang)}: {t('app.title', brief.lang)}"
    properties.subject = t("brief.subject", brief.lang, area=brief.area).strip()
    properties.author = properties.last_modified_by = agency.office
    properties.comments = properties.keywords = ""
    properties.language = LANGUAGE.get(brief.lang, "vi-VN")
    properties.created = properties.modified = datetime(issued.year, issued.month, issued.day)
    properties.revision = 1
    return document


def _page_numbers(section: Section) -> None:
    """The page number at the top, centred, from the second page on."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.paragraph_format.alignment = CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    _run(paragraph, "2", BODY)
    field.append(paragraph.runs[0]._r)  # the run moves into the field: its text is what Word shows until it updates
    paragraph._p.append(field)


def _letterhead(document: WordDocument, agency: Agency, issued: date, lang: str) -> None:
    """The committee, its office and the number to fill (left); the party's name, the place and date (right)."""
    table = document.add_table(rows=2, cols=2)
    _frame(table, (70, TEXT_WIDTH_MM - 70), borders=False)
    parent, office = agency.parent.upper(), agency.office.upper()
    _in_cell(table.cell(0, 0), [(parent, BODY, ""), (office, BODY, "B"), ("*", BODY, "")])
    _in_cell(table.cell(0, 1), [(t("brief.party", lang), 15, "BU")])
    _in_cell(table.cell(1, 0), [(t("brief.number", lang), BODY, "")])
    _in_cell(table.cell(1, 1), [(issued_line(agency.place, issued, lang), BODY, "I")])


def _title(document: WordDocument, brief: Brief) -> None:
    """ "BÁO CÁO", the subject, "Tính đến ngày …" and a short rule, centred."""
    lang = brief.lang
    report = _para(document, t("brief.report", lang).upper(), 16, "B", CENTER, indent=False)
    report.paragraph_format.space_before = Pt(18)
    _para(document, t("brief.subject", lang, area=brief.area), BODY, "B", CENTER, indent=False)
    _para(document, texts.as_of(brief.snapshot, lang), BODY, "I", CENTER, indent=False)
    if units := master_line(brief):
        _para(document, units, BODY, "", CENTER, indent=False)
    _para(document, "-----", BODY, "", CENTER, indent=False).paragraph_format.space_after = Pt(12)


def _heading(document: WordDocument, text: str) -> None:
    paragraph = _para(document, text, BODY, "B")
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.keep_with_next = True


def _table(document: WordDocument, frame: pd.DataFrame, widths: tuple[float, ...]) -> None:
    """A table with a header row (repeated on every page) and numbers right-aligned, across the text width."""
    table = document.add_table(rows=1, cols=len(frame.columns))
    unit = TEXT_WIDTH_MM / sum(widths)
    _frame(table, tuple(w * unit for w in widths), borders=True)
    header = table.rows[0]
    _property(header._tr.get_or_add_trPr(), "w:tblHeader")
    for target, name in zip(header.cells, frame.columns, strict=True):
        _in_cell(target, [(str(name), TABLE, "B")])
        _property(target._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill=HEADER_FILL)
    for record in frame.itertuples(index=False):
        for target, value in zip(table.add_row().cells, record, strict=True):
            text, numeric = cell(value)
            _in_cell(target, [(text, TABLE, "")], RIGHT if numeric else LEFT)
    _keep_rows_whole(table)
    _para(document, indent=False).paragraph_format.space_after = Pt(6)  # Word needs a paragraph between tables


def _chart(document: WordDocument, images: dict[str, bytes], key: str) -> None:
    image = images.get(key)
    if image is None:
        return
    paragraph = _para(document, align=CENTER, indent=False)
    paragraph.add_run().add_picture(io.BytesIO(image), width=Mm(TEXT_WIDTH_MM))
    paragraph.paragraph_format.space_after = Pt(6)


def _more_rows(document: WordDocument, total: int, lang: str) -> None:
    """ "… and 12 more" under a table cut at MAX_LISTED rows."""
    if total > MAX_LISTED:
        _para(document, t("brief.more_rows", lang, n=fmt.integer(total - MAX_LISTED, lang)), style="I")


def _overall(document: WordDocument, brief: Brief, no_chart_note: str | None) -> None:
    """The headline sentence, then what the reader should know: illustrative data, the source, missing charts."""
    lang = brief.lang
    _heading(document, t("brief.section_overall", lang))
    headline = t(
        "brief.headline_sentence",
        lang,
        date=fmt.day(brief.as_of, lang),
        area=brief.area or t("brief.area_all", lang),
        concurrent=fmt.integer(brief.coverage.concurrent, lang),
        hamlets=fmt.integer(brief.coverage.hamlets, lang),
        pct=fmt.pct(brief.coverage.pct, lang),
    )
    _para(document, headline)
    if ward_dates := texts.ward_dates(brief.snapshot, lang):
        _para(document, ward_dates, style="I")
    if brief.snapshot.illustrative:
        _para(document, texts.illustrative(brief.coverage, lang), style="I")
    if brief.snapshot.source and not brief.hide_names:
        _para(document, t("sidebar.source", lang, source=brief.snapshot.source_in(lang)), style="I")
    if no_chart_note:
        _para(document, no_chart_note, style="I")


def _goals(document: WordDocument, brief: Brief, images: dict[str, bytes]) -> None:
    """Each goal's status, the method, the goals table and the goals and progress charts."""
    lang = brief.lang
    _heading(document, t("brief.section_goals", lang))
    for goal in brief.city.goals:
        _para(document, "- " + texts.goal_status_line(goal, lang))
    _para(document, t("brief.method_sentence", lang), style="I")
    _table(document, goals_table(brief), (4, 2, 2.4, 2, 3))
    _chart(document, images, "goals")
    _chart(document, images, "progress")


def _wards(document: WordDocument, brief: Brief, images: dict[str, bytes]) -> None:
    """The wards table and chart, then the wards behind the next goal."""
    lang = brief.lang
    _heading(document, units_section(brief))
    if summed := aggregated_line(brief):
        _para(document, summed)
    _table(document, wards_table(brief.units.head(MAX_LISTED), lang, brief.level), (1.3, 4.3, 2, 2.4, 2))
    _more_rows(document, len(brief.units), lang)
    _chart(document, images, "wards")
    _heading(document, texts.behind_title(brief.next_goal, lang, brief.level))
    if brief.behind.empty:
        _para(document, texts.none_behind(brief.level, lang))
        return
    _para(document, behind_total(brief))
    _table(document, behind_table(brief), (4.2, 2, 2.4, 2, 2))
    _more_rows(document, len(brief.behind), lang)


def _hamlets(document: WordDocument, brief: Brief) -> None:
    """The hamlets not concurrent: how many, the reasons, and the list (names hidden on request)."""
    lang = brief.lang
    _heading(document, t("brief.section_hamlets", lang))
    pending = brief.pending
    if pending is None or pending.empty:
        _para(document, no_pending_list(brief))
        return
    _para(document, pending_total(brief))
    _table(document, reasons_table(brief.reasons, lang), (5, 1))
    if brief.hide_names:
        _para(document, t("slide.names_hidden", lang), style="I")
    if brief.aggregated:  # tens of thousands of hamlets: counted here, listed in the XLSX
        _para(document, t("brief.pending_in_xlsx", lang))
        return
    listed = pending_table(pending.head(MAX_LISTED), lang)
    _table(document, listed, (3, 3, 4, 4, 5) if len(listed.columns) == 5 else (3, 3, 6))
    _more_rows(document, len(pending), lang)


def _staffing(document: WordDocument, brief: Brief) -> None:
    """Posts, people and allowances, for an officer roster only."""
    staffing = staffing_table(brief)
    if staffing is None:
        return
    _heading(document, t("brief.section_staffing", brief.lang))
    for line in staffing_lines(brief):
        _para(document, "- " + line)
    _table(document, staffing, (4, 2, 2, 2, 2, 2))


def _signature(document: WordDocument, agency: Agency, lang: str) -> None:
    """ "Nơi nhận:" and the recipients (left); the signer's title, room to sign and the name to fill (right)."""
    table = document.add_table(rows=1, cols=2)
    _frame(table, (75, TEXT_WIDTH_MM - 75), borders=False)
    recipients = [(line, SMALL, "") for line in agency.recipient_lines()]
    _in_cell(table.cell(0, 0), [(t("brief.recipients", lang), BODY, "U"), *recipients], LEFT)
    signer = [(line, BODY, "B") for line in agency.signer_lines(lang)]
    room = [("", BODY, "")] * 4  # the signature and the seal
    _in_cell(table.cell(0, 1), [*signer, (t("brief.sign_here", lang), BODY, "I"), *room])
    _keep_rows_whole(table)  # the block moves to the next page whole rather than split


def docx_bytes(
    brief: Brief,
    images: dict[str, bytes],
    agency: Agency,
    issued: date,
    no_chart_note: str | None,
) -> bytes:
    """The report: heading block, BÁO CÁO and its subject, headline, goals with the method, wards, hamlets, staffing,
    the charts (or only the tables where none could be drawn), recipients and the signature block."""
    document = _setup(brief, agency, issued)
    _letterhead(document, agency, issued, brief.lang)
    _title(document, brief)
    _overall(document, brief, no_chart_note)
    _goals(document, brief, images)
    _wards(document, brief, images)
    _hamlets(document, brief)
    _staffing(document, brief)
    _para(document, indent=False)
    _signature(document, agency, brief.lang)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
