"""The brief as an A4 PDF in the form of an administrative report, with an embedded font that renders Vietnamese."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
from fpdf import FPDF
from fpdf.fonts import FontFace

from lib.present import fmt, texts
from lib.present.i18n import t
from lib.present.theme import COLORS, STATUS_COLORS
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

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
FAMILY = "DejaVuSerif"
BLUE = tuple(int(COLORS["concurrent"][i : i + 2], 16) for i in (1, 3, 5))


class _Report(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.footer_text} · {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return (int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16))


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", 12)
    pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 12)


def _paragraph(pdf: FPDF, text: str, style: str = "") -> None:
    pdf.set_font(FAMILY, style, 12)
    pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 12)


def _table(pdf: FPDF, frame: pd.DataFrame, status_column: str | None, lang: str, widths: tuple[int, ...]) -> None:
    """A bordered table; numbers right-aligned; status cells in their status colour."""
    colours = {t(f"progress.{s}", lang): colour for s, colour in STATUS_COLORS.items()}
    heading = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLUE)
    pdf.set_font(FAMILY, "", 10)
    with pdf.table(col_widths=widths, headings_style=heading, line_height=5.5, text_align="LEFT") as table:
        header = table.row()
        for name in frame.columns:
            header.cell(str(name))
        for record in frame.itertuples(index=False):
            row = table.row()
            for name, value in zip(frame.columns, record, strict=True):
                colour = colours.get(str(value)) if name == status_column else None
                style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=_rgb(colour)) if colour else None
                text, numeric = cell(value)
                row.cell(text, style=style, align="RIGHT" if numeric else "LEFT")
    pdf.set_font(FAMILY, "", 12)
    pdf.ln(2)


def _chart(pdf: FPDF, images: dict[str, bytes], key: str) -> None:
    image = images.get(key)
    if image is None:
        return
    pdf.ln(1)
    pdf.image(io.BytesIO(image), w=pdf.epw)
    pdf.ln(2)


def _more_rows(pdf: FPDF, total: int, lang: str) -> None:
    """ "… and 12 more" under a table cut at MAX_LISTED rows."""
    if total > MAX_LISTED:
        _paragraph(pdf, t("brief.more_rows", lang, n=fmt.integer(total - MAX_LISTED, lang)), "I")


def _new_report(brief: Brief) -> _Report:
    """An A4 document with the embedded fonts, its footer and metadata, on its first page."""
    lang = brief.lang
    pdf = _Report(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font(FAMILY, "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font(FAMILY, "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.add_font(FAMILY, "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
    pdf.footer_text = f"{t('app.title', lang)} · {texts.as_of(brief.snapshot, lang)}"
    pdf.set_title(f"{t('brief.report', lang)}: {t('app.title', lang)}")
    pdf.set_creator(t("app.title", lang))
    pdf.add_page()
    return pdf


def _letterhead(pdf: FPDF, agency: Agency, issued: date, lang: str) -> None:
    """Agency block (left) and the party's name with place and date (right), as administrative documents have."""
    parent, office, place = agency.parent, agency.office, agency.place
    half = pdf.epw / 2
    top = pdf.get_y()
    pdf.set_font(FAMILY, "", 11)
    pdf.multi_cell(half, 5.5, parent.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 11)
    pdf.multi_cell(half, 5.5, office.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(half, 5, "*", align="C", new_x="LMARGIN", new_y="NEXT")
    left_bottom = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half, top)
    pdf.set_font(FAMILY, "B", 11)
    pdf.multi_cell(half, 5.5, t("brief.party", lang), align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "I", 11)
    pdf.multi_cell(half, 5.5, issued_line(place, issued, lang), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(left_bottom, pdf.get_y()) + 6)


def _title(pdf: FPDF, brief: Brief) -> None:
    """ "BÁO CÁO", the subject and "Tính đến ngày …", centred."""
    lang = brief.lang
    pdf.set_font(FAMILY, "B", 15)
    pdf.cell(0, 8, t("brief.report", lang).upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 13)
    pdf.multi_cell(0, 6.5, t("brief.subject", lang, area=brief.area), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "I", 12)
    pdf.cell(0, 7, texts.as_of(brief.snapshot, lang), align="C", new_x="LMARGIN", new_y="NEXT")
    if units := master_line(brief):
        pdf.set_font(FAMILY, "", 10)
        pdf.cell(0, 6, units, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def _overall(pdf: FPDF, brief: Brief, no_chart_note: str | None) -> None:
    """The headline sentence, then what the reader should know: illustrative data, the source, missing charts."""
    lang = brief.lang
    _heading(pdf, t("brief.section_overall", lang))
    _paragraph(
        pdf,
        t(
            "brief.headline_sentence",
            lang,
            date=fmt.day(brief.as_of, lang),
            area=brief.area or t("brief.area_all", lang),
            concurrent=fmt.integer(brief.coverage.concurrent, lang),
            hamlets=fmt.integer(brief.coverage.hamlets, lang),
            pct=fmt.pct(brief.coverage.pct, lang),
        ),
    )
    if ward_dates := texts.ward_dates(brief.snapshot, lang):
        _paragraph(pdf, ward_dates, "I")
    if brief.snapshot.illustrative:
        _paragraph(pdf, texts.illustrative(brief.coverage, lang), "I")
    if brief.snapshot.source and not brief.hide_names:
        _paragraph(pdf, t("sidebar.source", lang, source=brief.snapshot.source_in(lang)), "I")
    if no_chart_note:
        _paragraph(pdf, no_chart_note, "I")


def _goals(pdf: FPDF, brief: Brief, images: dict[str, bytes]) -> None:
    """Each goal's status, the method, the goals table and the goals and progress charts."""
    lang = brief.lang
    _heading(pdf, t("brief.section_goals", lang))
    for goal in brief.city.goals:
        _paragraph(pdf, "- " + texts.goal_status_line(goal, lang))
    _paragraph(pdf, t("brief.method_sentence", lang), "I")
    _table(pdf, goals_table(brief), t("col.status", lang), lang, (5, 2, 2, 2, 3))
    _chart(pdf, images, "goals")
    _chart(pdf, images, "progress")


def _wards(pdf: FPDF, brief: Brief, images: dict[str, bytes]) -> None:
    """The wards table and chart, then the wards behind the next goal."""
    lang = brief.lang
    _heading(pdf, units_section(brief))
    if summed := aggregated_line(brief):
        _paragraph(pdf, summed)
    _table(pdf, wards_table(brief.units.head(MAX_LISTED), lang, brief.level), None, lang, (1, 5, 2, 2, 2))
    _more_rows(pdf, len(brief.units), lang)
    _chart(pdf, images, "wards")
    _paragraph(pdf, texts.behind_title(brief.next_goal, lang, brief.level), "B")
    if brief.behind.empty:
        _paragraph(pdf, texts.none_behind(brief.level, lang))
        return
    _paragraph(pdf, behind_total(brief))
    _table(pdf, behind_table(brief), None, lang, (5, 2, 2, 2, 2))
    _more_rows(pdf, len(brief.behind), lang)


def _hamlets(pdf: FPDF, brief: Brief) -> None:
    """The hamlets not concurrent: how many, the reasons, and the list (names hidden on request)."""
    lang = brief.lang
    _heading(pdf, t("brief.section_hamlets", lang))
    pending = brief.pending
    if pending is None or pending.empty:
        _paragraph(pdf, no_pending_list(brief))
        return
    _paragraph(pdf, pending_total(brief))
    _table(pdf, reasons_table(brief.reasons, lang), None, lang, (5, 1))
    if brief.hide_names:
        _paragraph(pdf, t("slide.names_hidden", lang), "I")
    if brief.aggregated:  # tens of thousands of hamlets: counted here, listed in the XLSX
        _paragraph(pdf, t("brief.pending_in_xlsx", lang))
        return
    listed = pending_table(pending.head(MAX_LISTED), lang)
    _table(pdf, listed, None, lang, (3, 3, 4, 4, 5) if len(listed.columns) == 5 else (3, 3, 6))
    _more_rows(pdf, len(pending), lang)


def _staffing(pdf: FPDF, brief: Brief) -> None:
    """Posts, people and allowances, for an officer roster only."""
    staffing = staffing_table(brief)
    if staffing is None:
        return
    _heading(pdf, t("brief.section_staffing", brief.lang))
    for line in staffing_lines(brief):
        _paragraph(pdf, "- " + line)
    _table(pdf, staffing, None, brief.lang, (4, 2, 2, 2, 2, 2))


def _signature(pdf: FPDF, agency: Agency, lang: str) -> None:
    """Where to sign: recipients on the left, the signer on the right (on a new page if too little room is left)."""
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.ln(8)
    half = pdf.epw / 2
    top = pdf.get_y()
    pdf.set_font(FAMILY, "B", 10)
    pdf.multi_cell(half, 5, t("brief.recipients", lang), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 10)
    pdf.multi_cell(half, 5, "\n".join(agency.recipient_lines()), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + half, top)
    pdf.set_font(FAMILY, "B", 12)
    pdf.multi_cell(half, 6, "\n".join(agency.signer_lines(lang)), align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "I", 11)
    pdf.multi_cell(half, 6, t("brief.sign_here", lang), align="C", new_x="LMARGIN", new_y="NEXT")


def pdf_bytes(
    brief: Brief,
    images: dict[str, bytes],
    agency: Agency,
    issued: date,
    no_chart_note: str | None,
) -> bytes:
    """The report: agency and title block, "Tính đến ngày", headline, goals with the method, wards, hamlets,
    the charts (or tables where no chart could be drawn), and a place for the signature."""
    pdf = _new_report(brief)
    _letterhead(pdf, agency, issued, brief.lang)
    _title(pdf, brief)
    _overall(pdf, brief, no_chart_note)
    _goals(pdf, brief, images)
    _wards(pdf, brief, images)
    _hamlets(pdf, brief)
    _staffing(pdf, brief)
    _signature(pdf, agency, brief.lang)
    return bytes(pdf.output())
