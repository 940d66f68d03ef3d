"""Review of issue 5 (presentation mode, the brief, shared links): the bugs a review found, now fixed.

Each test names, in its name and its comments, what used to go wrong.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from pptx import Presentation
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from lib import report
from lib.cli import main
from lib.report import images

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
CORPUS = ROOT / "tests" / "corpus" / "files"
UNIT_HEADER = [
    "ward_code", "ward", "ward_kind", "hamlet_code", "hamlet", "hamlet_kind", "name_source",
    "district_code", "district", "province_code", "province",
]  # fmt: skip
TITLES = [
    "secretary", "head", "deputy_secretary", "deputy_head", "front_head", "police", "militia", "women", "farmers",
    "veterans", "youth", "health", "other",
]  # fmt: skip
HAMLET_HEADER = ["ward_code", "ward", "hamlet_code", "hamlet", "secretary", "head", "concurrent", "head_party_member"]


@pytest.fixture
def no_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setattr(images, "CHROMIUM_NAMES", ())


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def _write(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _new_master(folder: Path, wards: int, hamlets: int, hamlet_name: str = "Ấp {j}") -> list[list[str]]:
    """A units master of made-up wards (codes unlike Bạc Liêu's), stored with `units import`."""
    rows = [
        [f"{50000 + i}", f"Xã Thử {i}", "xã", f"{50000 + i}-{j:02d}", hamlet_name.format(j=j), "ấp", "test",
         "900", "Huyện X", "90", "Tỉnh X"]
        for i in range(wards)
        for j in range(hamlets)
    ]  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    master = _write(folder / "units_new.csv", UNIT_HEADER, rows)
    assert main(["units", "import", str(master), "--data-dir", str(folder)]) == 0
    return rows


def _import_hamlets(folder: Path, units: list[list[str]], concurrent: bool, as_of: str = "2021-03-31") -> None:
    rows = [[u[0], u[1], u[3], u[4], "", "", "x" if concurrent else "", "có"] for u in units]
    source = _write(folder / f"hamlets_{as_of}.csv", HAMLET_HEADER, rows)
    assert main(["import", str(source), "--data-dir", str(folder)]) == 0


# --- 1. shared links: a digit that is not 0-9 crashes every page -------------------------------------------------
def test_review_brief_a_superscript_digit_in_the_url_is_ignored(data_dir: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["slide"] = "²"
    at.run()
    at.switch_page("pages/present.py").run()
    assert not at.exception, at.exception


# --- 2. a restored snapshot that shares its date with a later upload: the brief mixes the two --------------------
def test_review_brief_a_restored_snapshot_is_judged_on_its_own_figures(tmp_path: Path, no_chromium: None) -> None:
    folder = tmp_path / "store"
    assert main(["import", str(CORPUS / "o01_can_bo_khom_ap.xlsx"), "--data-dir", str(folder)]) == 0  # 49/67
    baseline = (ROOT / "data" / "default" / "baseline_2019-05-06.csv").read_text(encoding="utf-8").splitlines()
    rows = list(csv.reader(baseline))
    for row in rows[1:]:
        row[6] = "yes"  # concurrent: a wrong upload, 67/67, dated the same day
    wrong = _write(tmp_path / "wrong_2019-12-31.csv", rows[0], rows[1:])
    assert main(["import", str(wrong), "--data-dir", str(folder)]) == 0
    assert main(["restore", "2", "--data-dir", str(folder)]) == 0  # the correction: the officer roster again
    made = report.from_store(folder, "pptx", "en", hide_names=True)
    deck = Presentation(io.BytesIO(made.data))
    goals = deck.slides[1].shapes
    table = next(s.table for s in goals if s.has_table)
    concurrent = [table.cell(r, 2).text for r in range(1, len(table.rows))]
    assert "49/67" in deck.slides[0].shapes[2].text_frame.text
    assert concurrent == ["49", "49"]


# --- 4. the English PDF loses the currency sign ------------------------------------------------------------------
def test_review_brief_english_pdf_keeps_the_currency_of_the_allowances(tmp_path: Path, no_chromium: None) -> None:
    from dataclasses import replace

    from lib.staffing import allowance

    folder = tmp_path / "store"
    assert main(["import", str(CORPUS / "o01_can_bo_khom_ap.xlsx"), "--data-dir", str(folder)]) == 0
    document, _ = allowance.load_file(allowance.path_in(folder))
    assert document is not None
    version = replace(
        document.versions[0], effective_from=date(2019, 1, 1), coefficients=dict.fromkeys(TITLES, 1.0),
        concurrent_share=0.5,
    )  # fmt: skip
    allowance.save(allowance.path_in(folder), allowance.dumps(document, version))
    text = _pdf_text(report.from_store(folder, "pdf", "en", hide_names=True).data)
    line = text[text.index("Allowances a month") :][:160]
    assert "₫" in line or "VND" in line, line


# --- 5. the staffing slide lists every ward: its table runs off the slide ----------------------------------------
def test_review_brief_the_staffing_table_stays_on_its_slide(tmp_path: Path, no_chromium: None) -> None:
    folder = tmp_path / "store"
    units = _new_master(folder, wards=25, hamlets=2)
    rows = [[n, u[1], u[4], "Bí thư chi bộ kiêm Trưởng ấp", f"Nguyễn Văn Tên {n}", 1970, "Yes", ""]
            for n, u in enumerate(units, 1)]  # fmt: skip
    header = ["No.", "Ward", "Hamlet", "Position", "Full name", "Year of birth", "Party member", "Person code"]
    source = _write(tmp_path / "officers_2021-03-31.csv", header, rows)
    assert main(["import", str(source), "--data-dir", str(folder)]) == 0
    deck = Presentation(io.BytesIO(report.from_store(folder, "pptx", "vi", hide_names=True).data))
    for slide in deck.slides:
        for shape in slide.shapes:
            height = sum(r.height for r in shape.table.rows) if shape.has_table else shape.height
            assert shape.top + height <= deck.slide_height


# --- 6. the PDF cuts the wards behind at 36 without saying so ----------------------------------------------------
def test_review_brief_the_pdf_says_how_many_wards_behind_are_left_out(tmp_path: Path, no_chromium: None) -> None:
    folder = tmp_path / "store"
    units = _new_master(folder, wards=40, hamlets=1)
    _import_hamlets(folder, units, concurrent=False)
    text = _pdf_text(report.from_store(folder, "pdf", "en", hide_names=True).data)
    behind = text[text.index("below the 70% goal") :]
    assert "4 more rows" in behind[: behind.index("HAMLETS NOT YET CONCURRENT")]


# --- 7. the downloads are cached on the store's revision only ----------------------------------------------------
def test_review_brief_the_downloaded_pdf_carries_the_day_it_was_made(data_dir: Path, no_chromium: None) -> None:
    import streamlit as st

    from ui import loaders

    st.cache_data.clear()
    dates = []
    for day in (date(2030, 1, 1), date(2030, 1, 9)):
        with mock.patch("ui.loaders.today", return_value=day), mock.patch("lib.report.build.today", return_value=day):
            text = _pdf_text(loaders.report_file("pdf", "vi", True, 1, None)())
        dates.append(text[text.index("Bạc Liêu, ngày") :][:35])
    assert dates == ["Bạc Liêu, ngày 01 tháng 01 năm 2030", "Bạc Liêu, ngày 09 tháng 01 năm 2030"]


def test_review_brief_the_downloaded_xlsx_follows_the_entered_rates(data_dir: Path, no_chromium: None) -> None:
    from dataclasses import replace

    import openpyxl
    import streamlit as st

    from lib.staffing import allowance
    from ui import loaders

    assert main(["import", str(CORPUS / "o01_can_bo_khom_ap.xlsx"), "--data-dir", str(data_dir)]) == 0
    st.cache_data.clear()
    before = openpyxl.load_workbook(io.BytesIO(loaders.report_file("xlsx", "en", True, 2, None)())).sheetnames
    assert "Allowances" not in before
    document, _ = allowance.load_file(allowance.path_in(data_dir))
    assert document is not None
    version = replace(
        document.versions[0], effective_from=date(2019, 1, 1), coefficients=dict.fromkeys(TITLES, 1.0),
        concurrent_share=0.5,
    )  # fmt: skip
    allowance.save(allowance.path_in(data_dir), allowance.dumps(document, version))
    fresh = report.from_store(data_dir, "xlsx", "en", True).data
    assert "Allowances" in openpyxl.load_workbook(io.BytesIO(fresh)).sheetnames
    after = openpyxl.load_workbook(io.BytesIO(loaders.report_file("xlsx", "en", True, 2, None)())).sheetnames
    assert "Allowances" in after


# --- 8. a master with province codes but no province names: the overview crashes --------------------------------
def test_review_brief_the_overview_works_with_province_codes_without_names(data_dir: Path) -> None:
    from lib.ingest.embedded import default_units

    units = default_units().drop(columns=["province", "district", "district_code"])
    units["province_code"] = ["01" if w in ("31825", "31828") else "02" for w in units["ward_code"]]
    units.to_csv(data_dir / "units_codes.csv", index=False)
    assert main(["units", "import", str(data_dir / "units_codes.csv"), "--data-dir", str(data_dir)]) == 0
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception


# --- 9. a long unit name makes fpdf2 give up: no PDF at all --------------------------------------------------------
def test_review_brief_a_very_long_hamlet_name_still_gives_a_pdf(tmp_path: Path, no_chromium: None) -> None:
    folder = tmp_path / "store"
    units = _new_master(folder, wards=2, hamlets=2, hamlet_name="Ấp {j} " + "Xóm " * 200)
    _import_hamlets(folder, units, concurrent=False)
    assert report.from_store(folder, "pdf", "vi", hide_names=True).data.startswith(b"%PDF")


# --- session 4: the Bạc Liêu baseline under a province's master drew a 0 in 2019 and bent the pace ----------------
def test_a_snapshot_outside_the_master_in_force_is_no_observation(tmp_path: Path) -> None:
    from lib import store
    from lib.analysis.progress import report as judge
    from lib.ingest.units import ward_table

    folder = tmp_path / "store"
    units = _new_master(folder, wards=3, hamlets=4)
    _import_hamlets(folder, units, concurrent=True, as_of="2021-03-31")
    observed = store.observations(folder)
    assert set(observed["snapshot"]) == {2}  # not #1, the Bạc Liêu baseline, as 0 of 12 on 06/05/2019
    snapshot = store.load(folder)
    city, _, _ = judge(observed, ward_table(snapshot.units), store.goals(folder), snapshot.as_of)
    assert city.series["concurrent"].tolist() == [12] and city.goals[0].observed_pace is None
    # Right after `units import`, before any file of the new area, the baseline is still current: it stays.
    fresh = tmp_path / "fresh"
    _new_master(fresh, wards=3, hamlets=4)
    assert set(store.observations(fresh)["snapshot"]) == {1}
