"""The brief as a 16:9 PowerPoint file: the presentation's slides with real text and tables, charts as images."""

from __future__ import annotations

import io

import pandas as pd
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from lib.present.i18n import t
from lib.present.theme import COLORS, STATUS_COLORS
from lib.report.slides import Slide

WIDTH, HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 × 7.5 in: PowerPoint's own 16:9
MARGIN = Inches(0.5)
FONT_NAME = "Arial"  # present on every office PC, with Vietnamese
INK = RGBColor(0x22, 0x22, 0x22)
GREY = RGBColor(0x6B, 0x6B, 0x6B)
MAX_CELL = 80  # characters shown in a table cell on a slide
HEADER_FILL = RGBColor.from_string(COLORS["concurrent"].lstrip("#"))


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def _text(slide, left, top, width, height, lines, size, bold=False, colour=INK, centre=False):  # type: ignore[no-untyped-def]
    """A text box with one paragraph per line."""
    from pptx.enum.text import PP_ALIGN

    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = PP_ALIGN.CENTER if centre else PP_ALIGN.LEFT
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = FONT_NAME
        run.font.color.rgb = colour
    return box


def _table(slide, frame: pd.DataFrame, top, height, status_column: str | None, status_colours: dict[str, str]):  # type: ignore[no-untyped-def]
    """A real (editable) table: bold white header on blue, status cells in their status colour."""
    frame = frame.map(lambda v: v if len(str(v)) <= MAX_CELL else str(v)[: MAX_CELL - 1] + "…")
    rows, columns = len(frame) + 1, len(frame.columns)
    row_height = min(Inches(0.42), int(height / rows))
    shape = slide.shapes.add_table(rows, columns, MARGIN, top, WIDTH - 2 * MARGIN, row_height * rows)
    table = shape.table
    shares = column_shares(frame)
    lines = [[str(c) for c in cells] for cells in [list(frame.columns), *frame.itertuples(index=False)]]
    # The largest type at which every row, wrapped, fits the space the slide has left.
    size = next((n for n in (16, 14, 12) if sum(_row_height(r, shares, n) for r in lines) <= height), 10)
    for col, share in enumerate(shares):
        table.columns[col].width = int((WIDTH - 2 * MARGIN) * share)
    for row, cells in enumerate(lines):
        table.rows[row].height = _row_height(cells, shares, size)
    for col, name in enumerate(frame.columns):
        cell = table.cell(0, col)
        cell.text = str(name)
        cell.fill.solid()
        cell.fill.fore_color.rgb = HEADER_FILL
        for paragraph in cell.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.size, run.font.bold, run.font.name = Pt(size), True, FONT_NAME
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row, record in enumerate(frame.itertuples(index=False), start=1):
        for col, value in enumerate(record):
            cell = table.cell(row, col)
            cell.text = "" if value is None else str(value)
            colour = status_colours.get(str(value)) if frame.columns[col] == status_column else None
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(colour) if colour else RGBColor(0xFF, 0xFF, 0xFF)
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size, run.font.name = Pt(size), FONT_NAME
                    run.font.bold = colour is not None
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF) if colour else INK
    return shape


def column_shares(frame: pd.DataFrame) -> list[float]:
    """Each column's share of the width, after its longest text (header words count less: they may wrap)."""
    lengths = []
    for name in frame.columns:
        longest_word = max((len(w) for w in str(name).split()), default=1)
        cells = [len(str(v)) for v in frame[name]]
        lengths.append(max([longest_word + 2, *cells]) if cells else longest_word + 2)
    capped = [min(n, 45) for n in lengths]
    return [n / sum(capped) for n in capped]


def _row_height(cells: list[str], shares: list[float], size: int) -> int:
    """A table row tall enough for its most wrapped cell."""
    lines = 1
    for text, share in zip(cells, shares, strict=True):
        per_line = max(4, int((WIDTH - 2 * MARGIN) * share / Pt(size) / 0.5) - 2)
        lines = max(lines, -(-len(text) // per_line))
    return int(Pt(size) * 1.2 * lines + Inches(0.12))


def lines_height(lines: list[str], size: int) -> int:
    """The height a block of wrapped lines takes across the slide (about 0.5 em of width per character)."""
    per_line = int((WIDTH - 2 * MARGIN) / Pt(size) / 0.5)
    count = sum(max(1, -(-len(line) // per_line)) for line in lines)
    return int(Pt(size) * 1.25 * count) + int(Inches(0.1))


def _picture(slide, image: bytes, top, height):  # type: ignore[no-untyped-def]
    """A chart image fitted into the space left, centred, keeping its proportions."""
    from PIL import Image

    with Image.open(io.BytesIO(image)) as picture:
        ratio = picture.width / picture.height
    width = min(int(WIDTH - 2 * MARGIN), int(height * ratio))
    height = int(width / ratio)
    left = int((WIDTH - width) / 2)
    return slide.shapes.add_picture(io.BytesIO(image), Emu(left), top, Emu(width), Emu(height))


def pptx_bytes(
    slides: list[Slide], images: dict[str, bytes], footer: str, lang: str, no_chart_note: str | None
) -> bytes:
    """Every slide on a blank 16:9 page; a chart that could not be drawn is left out with a note saying why."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    blank = deck.slide_layouts[6]
    status_colours = {t(f"progress.{s}", lang): colour for s, colour in STATUS_COLORS.items()}
    for number, content in enumerate(slides, start=1):
        page = deck.slides.add_slide(blank)
        if content.key == "title":
            _text(page, MARGIN, Inches(1.2), WIDTH - 2 * MARGIN, Inches(1.6), [content.title], 40, True, centre=True)
            _text(page, MARGIN, Inches(2.8), WIDTH - 2 * MARGIN, Inches(1.2), content.lines, 26, centre=True)
            headline = [content.headline or ""]
            _text(page, MARGIN, Inches(4.1), WIDTH - 2 * MARGIN, Inches(1.5), headline, 72, True, HEADER_FILL, True)
        else:
            _text(page, MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(0.9), [content.title], 32, True)
            top: int = Inches(1.2)
            if content.lines:
                height = lines_height(content.lines, 20)
                _text(page, MARGIN, top, WIDTH - 2 * MARGIN, height, content.lines, 20)
                top += height + Inches(0.15)
            bottom = HEIGHT - Inches(0.95)
            image = images.get(str(number)) if content.chart is not None else None
            if content.chart is not None and image is None and no_chart_note:
                _text(page, MARGIN, top, WIDTH - 2 * MARGIN, Inches(0.45), [no_chart_note], 16, colour=GREY)
                top += Inches(0.5)
            table = content.table if content.table is not None else (content.fallback if image is None else None)
            if table is not None:
                table_height = bottom - top if image is None else Inches(0.42) * (len(table) + 1)
                shape = _table(page, table, top, table_height, content.status_column, status_colours)
                top = shape.top + sum(r.height for r in shape.table.rows) + Inches(0.2)
            if image is not None and bottom - top > Inches(1.5):
                _picture(page, image, top, bottom - top)
        if content.note:
            _text(page, MARGIN, HEIGHT - Inches(0.95), WIDTH - 2 * MARGIN, Inches(0.4), [content.note], 14, colour=GREY)
        _text(
            page,
            MARGIN,
            HEIGHT - Inches(0.5),
            WIDTH - 2 * MARGIN,
            Inches(0.35),
            [f"{footer} · {number}/{len(slides)}"],
            12,
            colour=GREY,
        )
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
