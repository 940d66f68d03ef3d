"""Committee meetings in a real browser: presentation mode, the brief's downloads, shared links and the back button."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
from playwright.sync_api import Page, sync_playwright
from pptx import Presentation
from pypdf import PdfReader

from tests.e2e.browser import CHROMIUM, SHOTS, main_text, settle, shot, slide_title
from tools.screenshots import CHROMIUM_ARGS


def test_presentation_mode_steps_through_its_slides_and_back(app: str, page: Page) -> None:
    page.goto(app + "/trinh-chieu", wait_until="networkidle")
    assert slide_title(page) == "Bí thư chi bộ đồng thời là trưởng khóm, ấp"
    assert "46/67 (68,7 %)" in main_text(page) and "Trang 1/9" in main_text(page)
    shot(page, "slide-1")
    page.get_by_role("button", name="Trang sau").click()
    page.wait_for_url("**slide=2**", timeout=30000)
    page.wait_for_selector("text=Trang 2/9", timeout=30000)
    assert slide_title(page) == "Tiến độ so với mục tiêu"
    page.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot", timeout=30000)
    page.keyboard.press("PageDown")  # what a presentation clicker sends
    page.wait_for_selector("text=Trang 3/9", timeout=30000)
    assert slide_title(page) == "Xếp hạng phường, xã" and "slide=3" in page.url
    page.go_back()
    page.wait_for_selector("text=Trang 2/9", timeout=30000)
    assert slide_title(page) == "Tiến độ so với mục tiêu"


def test_the_embedded_slide_has_no_sidebar(app: str, page: Page) -> None:
    page.goto(app + "/trinh-chieu?embed=true&slide=4", wait_until="networkidle")
    assert slide_title(page) == "Phường, xã chưa đạt mục tiêu 70 % (31/12/2019)"
    settle(page)
    assert not page.locator("[data-testid=stSidebar]").is_visible()
    assert "Xã Hiệp Thành" in main_text(page)
    page.screenshot(path=str(SHOTS / "slide-4-embedded.png"))


def test_the_pptx_and_pdf_downloads_arrive_and_open(app: str, page: Page) -> None:
    page.goto(app + "/trinh-chieu", wait_until="networkidle")
    slide_title(page)
    with page.expect_download(timeout=60000) as pptx:
        page.get_by_role("button", name="Bài trình chiếu (PPTX)").click()
    assert pptx.value.suggested_filename == "bao_cao_2019-05-06.pptx"
    deck = Presentation(io.BytesIO(Path(pptx.value.path()).read_bytes()))
    first = "\n".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    assert "46/67 (68,7 %)" in first and len(deck.slides) == 9
    with page.expect_download(timeout=60000) as pdf:
        page.get_by_role("button", name="Báo cáo (PDF)").click()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf.value.path()).pages).split())
    assert "BÁO CÁO" in text and "Tính đến ngày 06/05/2019" in text


def _word_pages(document: Path, work: Path) -> None:
    """The Word file as PNG pages beside the screenshots, for a person to look at, where LibreOffice and poppler are
    installed (never needed: without them, or if they fail, there are no pages and the test stands)."""
    office, pages = shutil.which("soffice") or shutil.which("libreoffice"), shutil.which("pdftoppm")
    if office is None or pages is None:
        return
    convert = [office, "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", "pdf"]
    subprocess.run([*convert, "--outdir", str(work), str(document)], capture_output=True, timeout=120, check=False)
    pdf = work / f"{document.stem}.pdf"
    if pdf.exists():
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run([pages, "-png", "-r", "80", str(pdf), str(SHOTS / "brief-docx")], timeout=120, check=False)


def test_the_word_download_arrives_and_opens(app: str, page: Page, tmp_path: Path) -> None:
    page.goto(app + "/trinh-chieu", wait_until="networkidle")
    slide_title(page)
    with page.expect_download(timeout=60000) as word:
        page.get_by_role("button", name="Báo cáo (Word)").click()
    assert word.value.suggested_filename == "bao_cao_2019-05-06.docx"
    document = docx.Document(str(word.value.path()))
    heading = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in heading and heading[0].startswith("THÀNH ỦY BẠC LIÊU")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BÁO CÁO" in text and "46/67 khóm, ấp (68,7 %)" in text
    wards = next(t for t in document.tables if t.rows[0].cells[0].text == "Hạng")
    assert [c.text for c in wards.rows[1].cells] == ["1", "Phường 5", "7", "6", "85,7 %"]
    assert len(document.inline_shapes) == 3  # the browser tests run where Chromium is: the charts are pictures
    saved = tmp_path / "bao_cao.docx"
    word.value.save_as(saved)
    _word_pages(saved, tmp_path)


def test_a_shared_link_opens_the_same_view(app: str, page: Page) -> None:
    page.goto(app + "/phuong-xa?ward=31840&lang=en", wait_until="networkidle")
    page.wait_for_selector("text=1/4 (25.0%)", timeout=30000)
    assert "Choose a ward or commune" in main_text(page)
    page.goto(app + "/lo-trinh?goal=2", wait_until="networkidle")
    page.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot", timeout=30000)
    checked = page.locator("[data-testid=stRadio] input[type=radio]:checked")
    settle(page)
    assert "goal=2" in page.url
    assert checked.count() >= 1


def test_a_shared_link_is_the_first_visit_after_a_server_start(app: str) -> None:
    """The first visitor of a fresh server comes through a link: no "Page not found", the router's own menu."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1366, "height": 900})
        tab.goto(app + "/trinh-chieu?slide=3", wait_until="networkidle")
        assert slide_title(tab) == "Xếp hạng phường, xã"
        settle(tab)
        assert "Page not found" not in tab.content()
        menu = tab.locator("[data-testid=stSidebarNav]").inner_text()
        assert "Trình chiếu" in menu and "present" not in menu  # page titles, not the files of pages/
        browser.close()
