"""The brief read back as a person would: PPTX (python-pptx), PDF (pypdf), XLSX (openpyxl) and Word (python-docx)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, cast

import openpyxl
import pytest
from pptx import Presentation
from pypdf import PageObject, PdfReader

from lib import report
from lib.staffing import TITLES
from tests.helpers import HAS_CHROMIUM, ROOT, cli, docx_text, pdf_text, pptx_text, xlsx_cells
from tests.masters import import_hamlets, new_master, write_csv
from tests.officers import O01, O01_RATES, save_rates


def _fonts(page: PageObject) -> Any:
    """The fonts a PDF page names in its resources (pypdf types what a page holds only as PdfObject)."""
    return cast(Any, page)["/Resources"]["/Font"]


@pytest.mark.skipif(not HAS_CHROMIUM, reason="no Chromium on this machine: the chart images are not drawn")
def test_pptx_in_vietnamese_has_the_slides_the_figures_and_the_charts(tmp_path: Path) -> None:
    made = report.from_store(tmp_path, "pptx", "vi", hide_names=True)
    assert made.file_name == "bao_cao_2019-05-06.pptx" and made.notes == []
    deck = Presentation(io.BytesIO(made.data))
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 16:9
    slides, pictures = pptx_text(made.data)
    assert "46/67 (68,7 %)" in slides[0] and "Tính đến ngày 06/05/2019" in slides[0]
    assert "Thành phố Bạc Liêu" in slides[0]
    goals = slides[1]
    for figure in ("Mục tiêu 70 % đến 31/12/2019", "47", "46", "Mục tiêu 100 % đến 31/12/2020", "67", "21"):
        assert figure in goals
    assert "Phường, xã chưa đạt mục tiêu 70 % (31/12/2019)" in slides[3]
    assert "Xã Hiệp Thành" in slides[3] and "25,0 %" in slides[3]  # 1 of 4: needs 2 more
    assert "21 khóm, ấp chưa có bí thư chi bộ đồng thời là trưởng khóm, ấp." in "\n".join(slides)
    assert "Dự báo đến hạn" in slides[-1]
    assert pictures == 4  # goals, wards, reasons and projection charts
    assert all(f"{n}/{len(slides)}" in text for n, text in enumerate(slides, start=1))


def test_pptx_in_english_without_chromium_has_tables_instead_of_charts(tmp_path: Path, no_chromium: None) -> None:
    made = report.from_store(tmp_path, "pptx", "en", hide_names=True)
    assert made.file_name == "brief_2019-05-06.pptx"
    assert made.notes == ["The server has no Chromium browser to draw the charts, so tables stand in for them."]
    slides, pictures = pptx_text(made.data)
    assert pictures == 0
    assert "46/67 (68.7%)" in slides[0] and "As of 06/05/2019" in slides[0]
    wards = slides[2]  # the ranked wards as a table in place of the chart
    assert "Share" in wards and "Phường 5" in wards and "85.7%" in wards and "tables stand in" in wards


@pytest.mark.skipif(not HAS_CHROMIUM, reason="no Chromium on this machine: the chart images are not drawn")
def test_pdf_in_vietnamese_is_an_administrative_report_with_an_embedded_font(tmp_path: Path) -> None:
    from datetime import date

    made = report.from_store(tmp_path, "pdf", "vi", hide_names=True, issued=date(2019, 5, 10))
    text = pdf_text(made.data)
    for expected in (
        "THÀNH ỦY BẠC LIÊU",
        "BAN TỔ CHỨC",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bạc Liêu, ngày 10 tháng 05 năm 2019",
        "BÁO CÁO",
        "Tính đến ngày 06/05/2019",
        "46/67 khóm, ấp (68,7 %)",
        "Mục tiêu 70 % đến 31/12/2019: Chưa đủ số liệu.",
        "Xã Hiệp Thành",
        "T/M BAN THƯỜNG VỤ",  # the signer's title in the settings (was "NGƯỜI BÁO CÁO", now its fallback)
        "(Ký, ghi rõ họ tên)",
        "Nơi nhận:",
        "- Ban Thường vụ Thành ủy (b/c);",
    ):
        assert expected in text, expected
    reader = PdfReader(io.BytesIO(made.data))
    fonts = {str(f) for page in reader.pages for f in _fonts(page).values()}
    assert fonts, "the PDF names its fonts"
    embedded = [_fonts(page)[key].get_object() for page in reader.pages for key in _fonts(page)]
    assert all("DejaVuSerif" in str(font["/BaseFont"]) for font in embedded)
    assert sum(len(page.images) for page in reader.pages) == 3  # goals, progress and wards charts


def test_pdf_in_english_without_chromium_says_why_there_are_no_charts(tmp_path: Path, no_chromium: None) -> None:
    made = report.from_store(tmp_path, "pdf", "en", hide_names=True)
    text = pdf_text(made.data)
    assert "REPORT" in text and "As of 06/05/2019" in text and "46 of 67 hamlets (68.7%)" in text
    assert "tables stand in for them" in text
    assert sum(len(page.images) for page in PdfReader(io.BytesIO(made.data)).pages) == 0


@pytest.mark.parametrize(
    ("lang", "sheets", "share_label"),
    [
        ("vi", ["Tổng hợp", "Phường, xã", "Khóm, ấp", "Lộ trình"], "Tỷ lệ"),
        ("en", ["Summary", "Wards", "Hamlets", "Progress"], "Share"),
    ],
)
def test_xlsx_has_four_sheets_with_numbers_stored_as_numbers(
    tmp_path: Path, lang: str, sheets: list[str], share_label: str
) -> None:
    made = report.from_store(tmp_path, "xlsx", lang, hide_names=True)
    cells = xlsx_cells(made.data)
    assert list(cells) == sheets
    summary = {row[0]: row[1] for row in cells[sheets[0]] if row and row[0]}
    assert summary[share_label] == pytest.approx(46 / 67)
    assert 46 in summary.values() and 67 in summary.values()
    book = openpyxl.load_workbook(io.BytesIO(made.data))
    share_cell = next(r[1] for r in book[sheets[0]].iter_rows() if r[0].value == share_label)
    assert share_cell.number_format == "0.0%"
    wards = cells[sheets[1]]
    header = next(i for i, row in enumerate(wards) if row[0] in ("Hạng", "Rank"))
    rows = wards[header + 1 :]
    assert len(rows) == 10 and sum(r[5] for r in rows) == 46 and sum(r[4] for r in rows) == 67  # type: ignore[misc]
    assert all(isinstance(r[7], float) for r in rows)
    progress = cells[sheets[3]]
    assert len([r for r in progress if r[1] and "31/12/2020" in str(r[1])]) == 11  # the city and its 10 wards


def test_hiding_names_removes_every_name_from_every_format(
    named_store: tuple[Path, list[str]], no_chromium: None
) -> None:
    folder, names = named_store
    assert len(names) > 40
    for kind in report.FORMATS:
        shown = report.from_store(folder, kind, "vi", hide_names=False)
        hidden = report.from_store(folder, kind, "vi", hide_names=True)
        if kind == "pptx":
            shown_text, hidden_text = "\n".join(pptx_text(shown.data)[0]), "\n".join(pptx_text(hidden.data)[0])
        elif kind == "pdf":
            shown_text, hidden_text = pdf_text(shown.data), pdf_text(hidden.data)
        elif kind == "docx":
            shown_text, hidden_text = docx_text(shown.data), docx_text(hidden.data)
        else:
            shown_text = "\n".join(str(v) for rows in xlsx_cells(shown.data).values() for r in rows for v in r)
            hidden_text = "\n".join(str(v) for rows in xlsx_cells(hidden.data).values() for r in rows for v in r)
        assert any(name in shown_text for name in names), kind
        leaked = [name for name in names if name in hidden_text]
        assert leaked == [], (kind, leaked)
        assert "(ẩn)" in hidden_text, kind


def test_formula_looking_text_is_escaped_in_the_xlsx(named_store: tuple[Path, list[str]]) -> None:
    folder, _ = named_store
    made = report.from_store(folder, "xlsx", "vi", hide_names=False)
    notes = [v for row in xlsx_cells(made.data)["Khóm, ấp"] for v in row if isinstance(v, str) and "HYPERLINK" in v]
    assert notes == ['=HYPERLINK("http://x","bấm")']  # as typed, without an apostrophe shown
    book = openpyxl.load_workbook(io.BytesIO(made.data))
    kept = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if str(c.value).startswith("=")]
    assert kept and all(c.data_type == "s" and c.quotePrefix for c in kept)
    assert all(c.data_type != "f" for ws in book.worksheets for row in ws.iter_rows() for c in row)


def test_the_report_of_a_date_uses_the_snapshot_in_force_that_day(named_store: tuple[Path, list[str]]) -> None:
    from datetime import date

    folder, _ = named_store
    before = report.from_store(folder, "xlsx", "vi", hide_names=True, as_of=date(2019, 9, 1))
    after = report.from_store(folder, "xlsx", "vi", hide_names=True, as_of=date(2019, 10, 1))

    def concurrent(data: bytes) -> object:
        rows = xlsx_cells(data)["Tổng hợp"]
        return next(r[1] for r in rows if r[0] == "Đã kiêm nhiệm")

    assert (concurrent(before.data), concurrent(after.data)) == (46, 48)
    with pytest.raises(report.ReportError) as refused:
        report.from_store(folder, "xlsx", "vi", hide_names=True, as_of=date(2019, 1, 1))
    assert refused.value.code == "brief.no_snapshot_on"


def test_a_browser_that_fails_gives_tables_and_a_note_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "chromium"
    broken.write_text("#!/bin/sh\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(broken))
    made = report.from_store(tmp_path / "data", "pptx", "vi", hide_names=True)
    assert made.notes == ["Không vẽ được biểu đồ trên máy chủ, nên biểu đồ được thay bằng bảng số liệu."]
    assert pptx_text(made.data)[1] == 0


def test_fonts_ship_with_their_licence() -> None:
    fonts = ROOT / "assets" / "fonts"
    assert {p.name for p in fonts.glob("*.ttf")} == {
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
    }
    assert "Bitstream" in (fonts / "LICENSE").read_text()


@pytest.fixture(scope="module")
def officer_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose current snapshot is the o01 officer roster (180 posts, 128 people)."""
    folder = tmp_path_factory.mktemp("officers")
    assert cli("import", O01, "--data-dir", folder).returncode == 0
    return folder


def test_an_officer_roster_adds_a_staffing_slide_section_and_sheet(officer_store: Path, no_chromium: None) -> None:
    slides, _ = pptx_text(report.from_store(officer_store, "pptx", "vi", hide_names=True).data)
    staffing = next(text for text in slides if text.startswith("Nhân sự khóm, ấp"))
    assert "180 chức danh do 128 người đảm nhiệm; 52 người giữ từ 2 chức danh." in staffing
    assert "8 trưởng khóm, ấp chưa là đảng viên; 18 khóm, ấp có bí thư chi bộ chưa là trưởng." in staffing
    assert "Chưa tính phụ cấp" in staffing and "Cộng" in staffing
    assert slides.index(staffing) == len(slides) - 2  # just before the projection
    text = pdf_text(report.from_store(officer_store, "pdf", "vi", hide_names=True).data)
    assert "V. NHÂN SỰ KHÓM, ẤP" in text and "180 chức danh do 128 người" in text
    cells = xlsx_cells(report.from_store(officer_store, "xlsx", "vi", hide_names=True).data)
    total = next(row for row in cells["Nhân sự"] if row[0] == "Cộng")
    assert total[1:4] == [67, 180, 128]
    assert "Phụ cấp" not in cells


def test_with_rates_entered_the_brief_costs_the_allowances(tmp_path: Path, no_chromium: None) -> None:
    folder = tmp_path / "store"  # a store of its own: the rates saved stay in it
    assert cli("import", O01, "--data-dir", folder).returncode == 0
    save_rates(folder, O01_RATES)
    slides, _ = pptx_text(report.from_store(folder, "pptx", "vi", hide_names=True).data)
    # Worked out in tests/test_allowance.py: 145.15 and 136.9 × 1 490 000 a month.
    money = "Phụ cấp mỗi tháng: 216.273.500 đ; nếu tất cả khóm, ấp kiêm nhiệm: 203.981.000 đ (giảm 12.292.500 đ)."
    assert money in "\n".join(slides)
    cells = xlsx_cells(report.from_store(folder, "xlsx", "en", hide_names=True).data)
    assert "Allowances" in cells
    numbers = [v for row in cells["Allowances"] for v in row if isinstance(v, int)]
    assert 216_273_500 in numbers and 203_981_000 in numbers


def test_the_english_pdf_shows_the_currency_of_the_allowances(tmp_path: Path, no_chromium: None) -> None:
    folder = tmp_path / "store"
    assert cli("import", O01, "--data-dir", folder).returncode == 0
    save_rates(folder, dict.fromkeys(TITLES, 1.0))
    text = pdf_text(report.from_store(folder, "pdf", "en", hide_names=True).data)
    line = text[text.index("Allowances a month") :][:160]
    assert "₫" in line or "VND" in line, line


# --- restored snapshots, many wards, long names --------------------------------------------------------------------


def test_the_brief_of_a_restored_snapshot_counts_its_own_figures(tmp_path: Path, no_chromium: None) -> None:
    """A snapshot restored over a later upload of the same day: the brief gives its figures, not a mix of both."""
    folder = tmp_path / "store"
    assert cli("import", O01, "--data-dir", folder).returncode == 0  # 49/67
    baseline = (ROOT / "data" / "default" / "baseline_2019-05-06.csv").read_text(encoding="utf-8").splitlines()
    rows = list(csv.reader(baseline))
    for row in rows[1:]:
        row[6] = "yes"  # concurrent: a wrong upload, 67/67, dated the same day
    wrong = write_csv(tmp_path / "wrong_2019-12-31.csv", rows[0], rows[1:])
    assert cli("import", wrong, "--data-dir", folder).returncode == 0
    assert cli("restore", "2", "--data-dir", folder).returncode == 0  # the correction: the officer roster again
    made = report.from_store(folder, "pptx", "en", hide_names=True)
    deck = Presentation(io.BytesIO(made.data))
    goals = deck.slides[1].shapes
    table = next(s.table for s in goals if s.has_table)
    concurrent = [table.cell(r, 2).text for r in range(1, len(table.rows))]
    assert "49/67" in deck.slides[0].shapes[2].text_frame.text
    assert concurrent == ["49", "49"]


def test_every_table_of_a_deck_of_many_wards_stays_on_its_slide(tmp_path: Path, no_chromium: None) -> None:
    """The staffing slide lists every ward: with 25 wards its table must still end above the slide's edge."""
    folder = tmp_path / "store"
    units = new_master(folder, wards=25, hamlets=2)
    rows = [[n, u[1], u[4], "Bí thư chi bộ kiêm Trưởng ấp", f"Nguyễn Văn Tên {n}", 1970, "Yes", ""]
            for n, u in enumerate(units, 1)]  # fmt: skip
    header = ["No.", "Ward", "Hamlet", "Position", "Full name", "Year of birth", "Party member", "Person code"]
    source = write_csv(tmp_path / "officers_2021-03-31.csv", header, rows)
    assert cli("import", source, "--data-dir", folder).returncode == 0
    deck = Presentation(io.BytesIO(report.from_store(folder, "pptx", "vi", hide_names=True).data))
    for slide in deck.slides:
        for shape in slide.shapes:
            height = sum(r.height for r in shape.table.rows) if shape.has_table else shape.height
            assert shape.top + height <= deck.slide_height


def test_the_pdf_says_how_many_wards_behind_it_leaves_out(tmp_path: Path, no_chromium: None) -> None:
    folder = tmp_path / "store"
    units = new_master(folder, wards=40, hamlets=1)
    import_hamlets(folder, units, concurrent=False)
    text = pdf_text(report.from_store(folder, "pdf", "en", hide_names=True).data)
    behind = text[text.index("below the 70% goal") :]
    assert "4 more rows" in behind[: behind.index("HAMLETS NOT YET CONCURRENT")]


def test_a_very_long_hamlet_name_still_gives_a_pdf(tmp_path: Path, no_chromium: None) -> None:
    folder = tmp_path / "store"
    units = new_master(folder, wards=2, hamlets=2, hamlet_name="Ấp {j} " + "Xóm " * 200)
    import_hamlets(folder, units, concurrent=False)
    assert report.from_store(folder, "pdf", "vi", hide_names=True).data.startswith(b"%PDF")
