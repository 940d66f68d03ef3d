"""The Word brief read back with python-docx: A4 in the party's format, every figure of the PDF, no names on request."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from streamlit.testing.v1 import AppTest

from lib import report, store
from lib.report.agency import Agency
from tests.helpers import APP, HAS_CHROMIUM, SignIn, docx_text, pdf_text

ISSUED = date(2019, 5, 10)
MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The wards of the default snapshot, best first: ward, hamlets, concurrent, share (the PDF's table and the XLSX's).
WARDS = [
    ("1", "Phường 5", "7", "6", "85,7 %"),
    ("1", "Phường 7", "7", "6", "85,7 %"),
    ("3", "Xã Vĩnh Trạch", "8", "6", "75,0 %"),
    ("4", "Phường 2", "7", "5", "71,4 %"),
    ("4", "Phường 3", "7", "5", "71,4 %"),
    ("6", "Phường Nhà Mát", "6", "4", "66,7 %"),
    ("6", "Xã Vĩnh Trạch Đông", "6", "4", "66,7 %"),
    ("8", "Phường 8", "8", "5", "62,5 %"),
    ("9", "Phường 1", "7", "4", "57,1 %"),
    ("10", "Xã Hiệp Thành", "4", "1", "25,0 %"),
]


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _rows(table: Table) -> list[tuple[str, ...]]:
    return [tuple(cell.text for cell in row.cells) for row in table.rows]


def _table(document: docx.document.Document, first_header: str) -> Table:
    return next(table for table in document.tables if table.rows[0].cells[0].text == first_header)


def _runs(paragraphs: list[Paragraph]) -> list[Run]:
    return [run for p in paragraphs for run in p.runs if run.text.strip()]


def _cell_runs(table: Table, row: int, column: int) -> dict[str, Run]:
    return {run.text: run for p in table.cell(row, column).paragraphs for run in p.runs}


def _figures(text: str) -> set[str]:
    """The numbers a text shows: counts, shares ("68,7 %"), parts of dates and of "46/67"."""
    return set(re.findall(r"\d+(?:[.,]\d+)*(?: ?%)?", text))


@pytest.fixture(scope="module")
def vietnamese(tmp_path_factory: pytest.TempPathFactory) -> tuple[report.Report, report.Report]:
    """The Word and the PDF brief of the default data, in Vietnamese, names hidden, tables in place of charts."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("BROWSER_PATH", raising=False)
        patch.setattr(report.images, "CHROMIUM_NAMES", ())
        folder = tmp_path_factory.mktemp("default")
        made = report.from_store(folder, "docx", "vi", hide_names=True, issued=ISSUED)
        pdf = report.from_store(folder, "pdf", "vi", hide_names=True, issued=ISSUED)
    return made, pdf


def test_the_word_brief_is_a4_with_the_margins_of_party_documents(vietnamese: tuple[report.Report, ...]) -> None:
    made, _ = vietnamese
    assert made.file_name == "bao_cao_2019-05-06.docx" and made.mime == MIME
    section = _open(made.data).sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    top, bottom, left, right = (round(m.mm, 1) for m in margins if m is not None)
    assert 20 <= top <= 25 and 20 <= bottom <= 25 and 30 <= left <= 35 and 15 <= right <= 20


def test_the_heading_block_is_a_borderless_table_with_the_committee_the_number_and_the_date(
    vietnamese: tuple[report.Report, ...],
) -> None:
    document = _open(vietnamese[0].data)
    heading = document.tables[0]
    assert _rows(heading) == [
        ("THÀNH ỦY BẠC LIÊU\nBAN TỔ CHỨC\n*", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Số ……-BC/……", "Bạc Liêu, ngày 10 tháng 05 năm 2019"),
    ]
    assert _cell_runs(heading, 0, 0)["BAN TỔ CHỨC"].bold and not _cell_runs(heading, 0, 0)["THÀNH ỦY BẠC LIÊU"].bold
    party = _cell_runs(heading, 0, 1)["ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert party.bold and party.underline
    assert _cell_runs(heading, 1, 1)["Bạc Liêu, ngày 10 tháng 05 năm 2019"].italic
    borders = heading._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and {edge.get(qn("w:val")) for edge in borders} == {"nil"}


def test_bao_cao_its_subject_and_the_headline(vietnamese: tuple[report.Report, ...]) -> None:
    paragraphs = _open(vietnamese[0].data).paragraphs
    title = next(p for p in paragraphs if p.text == "BÁO CÁO")
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and title.runs[0].bold
    subject = paragraphs[paragraphs.index(title) + 1]
    assert (
        subject.text.startswith("Kết quả thực hiện chủ trương bí thư chi bộ") and "Thành phố Bạc Liêu" in subject.text
    )
    text = "\n".join(p.text for p in paragraphs)
    assert "Tính đến ngày 06/05/2019, Thành phố Bạc Liêu có 46/67 khóm, ấp (68,7 %)" in text
    assert "Máy chủ không có trình duyệt Chromium" in text  # why there are tables and no charts
    assert len(_open(vietnamese[0].data).inline_shapes) == 0


def test_each_goal_has_its_status_and_the_method_is_said(vietnamese: tuple[report.Report, ...]) -> None:
    document = _open(vietnamese[0].data)
    lines = [p.text for p in document.paragraphs]
    assert any(line.startswith("- Mục tiêu 70 % đến 31/12/2019: Chưa đủ số liệu.") for line in lines)
    assert any(line.startswith("- Mục tiêu 100 % đến 31/12/2020: Chưa đủ số liệu.") for line in lines)
    assert any(line.startswith("Cách đánh giá: tốc độ hiện tại là độ dốc bình phương nhỏ nhất") for line in lines)
    goals = _rows(_table(document, "Mục tiêu"))
    assert goals[1:] == [
        ("Mục tiêu 70 % đến 31/12/2019", "47", "46", "1", "Chưa đủ số liệu"),
        ("Mục tiêu 100 % đến 31/12/2020", "67", "46", "21", "Chưa đủ số liệu"),
    ]


def test_the_wards_are_a_real_table_with_a_header_row_and_numbers_right_aligned(
    vietnamese: tuple[report.Report, ...],
) -> None:
    wards = _table(_open(vietnamese[0].data), "Hạng")
    rows = _rows(wards)
    assert rows[0] == ("Hạng", "Phường, xã", "Số khóm, ấp", "Đã kiêm nhiệm", "Tỷ lệ")
    assert rows[1:] == WARDS
    assert sum(int(r[2]) for r in rows[1:]) == 67 and sum(int(r[3]) for r in rows[1:]) == 46
    header_row = wards.rows[0]._tr.trPr
    assert header_row is not None and header_row.find(qn("w:tblHeader")) is not None  # repeated on every page
    assert all(run.bold for run in _runs([p for c in wards.rows[0].cells for p in c.paragraphs]))
    for row in wards.rows[1:]:
        aligned = [cell.paragraphs[0].alignment for cell in row.cells]
        assert aligned == [WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT, *[WD_ALIGN_PARAGRAPH.RIGHT] * 3]
    borders = wards._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and {edge.get(qn("w:val")) for edge in borders} == {"single"}


def test_every_figure_of_the_pdf_is_in_the_word_brief(vietnamese: tuple[report.Report, report.Report]) -> None:
    made, pdf = vietnamese
    word = docx_text(made.data)
    shown = pdf_text(pdf.data)
    assert {"46/67", "68,7 %", "85,7 %", "25,0 %"} <= {m for m in re.findall(r"\d+/\d+|\d+,\d %", shown)}
    assert _figures(shown) - _figures(word) == set()
    for sentence in ("21 khóm, ấp chưa có bí thư chi bộ", "5 phường, xã chưa đạt; cần thêm tổng cộng 6 khóm, ấp."):
        assert sentence in word and sentence in shown


def test_the_body_is_times_new_roman_13_to_14_points_for_every_script(vietnamese: tuple[report.Report, ...]) -> None:
    document = _open(vietnamese[0].data)
    body = [p for p in document.paragraphs if p.text != "BÁO CÁO"]  # the document's type: 16 pt, as 36-HD asks
    runs = _runs(body)
    assert len(runs) > 15
    for run in runs:
        assert run.font.name == "Times New Roman", run.text
        assert run.font.size is not None and 13 <= run.font.size.pt <= 14, run.text
        properties = run._r.rPr
        fonts = properties.rFonts if properties is not None else None
        assert fonts is not None, run.text
        assert fonts.get(qn("w:eastAsia")) == "Times New Roman" and fonts.get(qn("w:cs")) == "Times New Roman"
    cells = _runs([p for table in document.tables for row in table.rows for c in row.cells for p in c.paragraphs])
    assert {run.font.name for run in cells} == {"Times New Roman"}
    assert all(run.font.size is not None and 12 <= run.font.size.pt <= 15 for run in cells)
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults is not None
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "Times New Roman"
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"


def test_recipients_and_the_signature_block_close_the_report(vietnamese: tuple[report.Report, ...]) -> None:
    document = _open(vietnamese[0].data)
    foot = document.tables[-1]
    left, right = (cell.text.split("\n") for cell in foot.rows[0].cells)
    assert left == ["Nơi nhận:", "- Ban Thường vụ Thành ủy (b/c);", "- Lưu VP."]
    assert right[:2] == ["T/M BAN THƯỜNG VỤ", "(Ký, ghi rõ họ tên)"] and set(right[2:]) == {""}
    assert _cell_runs(foot, 0, 0)["Nơi nhận:"].underline and _cell_runs(foot, 0, 1)["T/M BAN THƯỜNG VỤ"].bold
    foot_row = foot.rows[0]._tr.trPr
    assert foot_row is not None and foot_row.find(qn("w:cantSplit")) is not None  # never split across pages
    header = document.sections[0].header  # the page number, from the second page on
    assert document.sections[0].different_first_page_header_footer
    assert header._element.find(f".//{qn('w:fldSimple')}").get(qn("w:instr")) == "PAGE"


def test_the_word_brief_in_english(tmp_path: Path, no_chromium: None) -> None:
    made = report.from_store(tmp_path, "docx", "en", hide_names=True, issued=ISSUED)
    assert made.file_name == "brief_2019-05-06.docx"
    document = _open(made.data)
    text = docx_text(made.data)
    for expected in ("COMMUNIST PARTY OF VIETNAM", "No. ……-BC/……", "Bạc Liêu, 10/05/2019", "REPORT", "To:"):
        assert expected in text, expected
    assert "46 of 67 hamlets (68.7%)" in text and "As of 06/05/2019" in text
    assert ("1", "Phường 5", "7", "6", "85.7%") in _rows(_table(document, "Rank"))
    assert "tables stand in for them" in text
    assert document.core_properties.language == "en-GB"


@pytest.mark.skipif(not HAS_CHROMIUM, reason="no Chromium on this machine: the chart images are not drawn")
def test_with_chromium_the_charts_are_pictures_across_the_text(tmp_path: Path) -> None:
    made = report.from_store(tmp_path, "docx", "vi", hide_names=True, issued=ISSUED)
    assert made.notes == []
    shapes = _open(made.data).inline_shapes
    assert len(shapes) == 3  # goals, progress and wards
    assert all(round(shape.width.mm) == 165 for shape in shapes)
    assert "Máy chủ không có trình duyệt" not in docx_text(made.data)


def test_hide_names_leaves_no_name_anywhere_in_the_file(named_store: tuple[Path, list[str]], no_chromium: None) -> None:
    folder, names = named_store
    shown = report.from_store(folder, "docx", "vi", hide_names=False)
    assert any(name in docx_text(shown.data) for name in names)
    hidden = report.from_store(folder, "docx", "vi", hide_names=True)
    with zipfile.ZipFile(io.BytesIO(hidden.data)) as package:  # every part: body, tables, headers, properties
        xml = "\n".join(package.read(part).decode("utf-8") for part in package.namelist() if part.endswith(".xml"))
    assert [name for name in names if name in xml] == []
    assert "(ẩn)" in docx_text(hidden.data) and "Họ tên cá nhân được ẩn." in docx_text(hidden.data)


def test_the_settings_flow_into_the_heading_and_the_signature_of_word_and_pdf(
    tmp_path: Path, no_chromium: None
) -> None:
    values = {
        "report_parent": "Tỉnh ủy Cà Mau",
        "report_office": "Ban Tổ chức Tỉnh ủy",
        "report_place": "Cà Mau",
        "report_signer": "K/T Trưởng ban\r\n\r\nPhó Trưởng ban",
        "report_recipients": "- Thường trực Tỉnh ủy (b/c);\n\n- Các huyện ủy, thành ủy;\n- Lưu VP.",
    }
    for key, value in values.items():
        store.set_setting(tmp_path, key, value, "test")
    document = _open(report.from_store(tmp_path, "docx", "vi", hide_names=True, issued=ISSUED).data)
    assert _rows(document.tables[0])[0] == ("TỈNH ỦY CÀ MAU\nBAN TỔ CHỨC TỈNH ỦY\n*", "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert _rows(document.tables[0])[1][1] == "Cà Mau, ngày 10 tháng 05 năm 2019"
    left, right = (cell.text.split("\n") for cell in document.tables[-1].rows[0].cells)
    assert left == ["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- Các huyện ủy, thành ủy;", "- Lưu VP."]
    assert right[:3] == ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Ký, ghi rõ họ tên)"]
    pdf = pdf_text(report.from_store(tmp_path, "pdf", "vi", hide_names=True, issued=ISSUED).data)
    for expected in (
        "TỈNH ỦY CÀ MAU",
        "K/T TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "- Các huyện ủy, thành ủy;",
        "Cà Mau, ngày 10",
    ):
        assert expected in pdf, expected
    store.set_setting(tmp_path, "report_signer", "  ", "test")  # nothing entered: the plain "NGƯỜI BÁO CÁO"
    document = _open(report.from_store(tmp_path, "docx", "vi", hide_names=True, issued=ISSUED).data)
    assert document.tables[-1].rows[0].cells[1].text.startswith("NGƯỜI BÁO CÁO\n")


def test_the_agency_reads_its_settings_line_by_line() -> None:
    agency = Agency("Thành ủy", "Ban Tổ chức", "", "t/m ban thường vụ\n phó bí thư ", " - A;\r\n\r\n- B. ")
    assert agency.signer_lines("vi") == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
    assert agency.recipient_lines() == ["- A;", "- B."]
    assert Agency("a", "b", "c", signer="", recipients="").signer_lines("en") == ["REPORTED BY"]
    assert Agency.of(store.settings(Path("/nonexistent"))).signer == "T/M BAN THƯỜNG VỤ"


def test_an_admin_sets_the_signer_and_the_recipients_on_the_admin_page(
    data_dir: Path, sign_in: SignIn, no_chromium: None
) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    sign_in(at, "admin")
    at.switch_page("pages/admin.py").run()
    assert at.text_area(key="bl.setting_signer").value == "T/M BAN THƯỜNG VỤ"
    assert at.text_area(key="bl.setting_recipients").value == "- Ban Thường vụ Thành ủy (b/c);\n- Lưu VP."
    at.text_area(key="bl.setting_signer").set_value("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ")
    at.text_area(key="bl.setting_recipients").set_value("- Thường trực Thành ủy (b/c);\n- Lưu VP.")
    at.button(key="bl.settings_save").click().run()
    assert not at.exception
    document = _open(report.from_store(data_dir, "docx", "vi", hide_names=True, issued=ISSUED).data)
    left, right = (cell.text.split("\n") for cell in document.tables[-1].rows[0].cells)
    assert left == ["Nơi nhận:", "- Thường trực Thành ủy (b/c);", "- Lưu VP."]
    assert right[:2] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
