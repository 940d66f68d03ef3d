"""The brief of a master with levels above the wards (a province, the country): summed up by province or district,
and saying so; the XLSX keeps every ward and hamlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from lib import report
from lib.ingest.embedded import default_units
from tests.helpers import cli, docx_text, pdf_text, pptx_text, xlsx_cells
from tests.officers import O01

# The 10 Bạc Liêu wards spread over two made-up provinces and three districts (the counts stay 46/67): Tỉnh Một has
# 19 of its 29 hamlets concurrent (21 needed for 70 %), Tỉnh Hai 27 of 38 (27 needed).
SPLIT = {
    "31825": ("01", "Tỉnh Một", "101", "Huyện Một A"),
    "31828": ("01", "Tỉnh Một", "101", "Huyện Một A"),
    "31831": ("01", "Tỉnh Một", "102", "Huyện Một B"),
    "31834": ("01", "Tỉnh Một", "102", "Huyện Một B"),
}
OTHERS = ("02", "Tỉnh Hai", "201", "Huyện Hai")


def _store(folder: Path, one_province: bool, officers: bool = False) -> Path:
    """A data dir whose master puts the wards in provinces and districts (all in one province if asked)."""
    units = default_units().copy()
    for column, index in (("province_code", 0), ("province", 1), ("district_code", 2), ("district", 3)):
        units[column] = [SPLIT.get(w, OTHERS)[index] for w in units["ward_code"]]
    if one_province:
        units["province_code"], units["province"] = "01", "Tỉnh Một"
    path = folder / "units.csv"
    units.to_csv(path, index=False)
    assert cli("units", "import", path, "--data-dir", folder / "data").returncode == 0
    if officers:
        assert cli("import", O01, "--data-dir", folder / "data").returncode == 0
    return folder / "data"


@pytest.fixture(scope="module")
def provinces(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store(tmp_path_factory.mktemp("provinces"), one_province=False)


@pytest.mark.parametrize(
    ("lang", "title", "summed", "behind", "listed"),
    [
        (
            "vi",
            "Xếp hạng tỉnh, thành phố",
            "Báo cáo tổng hợp 10 phường, xã theo tỉnh, thành phố; tệp Excel có số liệu của từng phường, xã",
            "1 tỉnh, thành phố chưa đạt; cần thêm tổng cộng 2 khóm, ấp.",
            "Danh sách từng khóm, ấp chưa kiêm nhiệm có trong tệp Excel",
        ),
        (
            "en",
            "Provinces ranked",
            "This brief sums 10 wards and communes up by province; the Excel file has the figures of every ward",
            "1 province below it; 2 more hamlets needed in all.",
            "Every hamlet not yet concurrent is listed in the Excel file",
        ),
    ],
)
def test_the_slides_rank_provinces_and_say_the_wards_are_summed_up(
    provinces: Path, no_chromium: None, lang: str, title: str, summed: str, behind: str, listed: str
) -> None:
    slides, _ = pptx_text(report.from_store(provinces, "pptx", lang, hide_names=True).data)
    ranked = next(text for text in slides if text.startswith(title))
    assert summed in ranked
    assert "Tỉnh Một" in ranked and "Tỉnh Hai" in ranked  # in place of the chart, without Chromium
    assert ("65,5 %" if lang == "vi" else "65.5%") in ranked  # Tỉnh Một: 19 of 29
    assert "Phường 5" not in ranked  # the wards are summed up, not listed
    assert behind in "\n".join(slides)
    assert listed in "\n".join(slides)
    assert not any("(1/" in text.splitlines()[0] for text in slides)  # no pages of hamlets


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_reports_have_a_section_by_province(provinces: Path, no_chromium: None, kind: str) -> None:
    data = report.from_store(provinces, kind, "vi", hide_names=True).data
    text = pdf_text(data) if kind == "pdf" else " ".join(docx_text(data).split())
    assert "III. KẾT QUẢ THEO TỈNH, THÀNH PHỐ" in text
    assert "Báo cáo tổng hợp 10 phường, xã theo tỉnh, thành phố" in text
    assert "Tỉnh, thành phố chưa đạt mục tiêu 70 % (31/12/2019)" in text
    assert "1 tỉnh, thành phố chưa đạt; cần thêm tổng cộng 2 khóm, ấp." in text
    assert "Danh sách từng khóm, ấp chưa kiêm nhiệm có trong tệp Excel" in text
    assert "Phường 5" not in text  # neither ranked nor listed: summed up


def test_the_xlsx_keeps_every_ward_and_every_hamlet(provinces: Path) -> None:
    cells = xlsx_cells(report.from_store(provinces, "xlsx", "vi", hide_names=True).data)
    wards = cells["Phường, xã"]
    header = next(i for i, row in enumerate(wards) if row[0] == "Hạng")
    assert len(wards[header + 1 :]) == 10
    hamlets = cells["Khóm, ấp"]
    header = next(i for i, row in enumerate(hamlets) if row[0] == "Mã phường, xã")
    assert len(hamlets[header + 1 :]) == 67


def test_one_province_is_summed_up_by_district(tmp_path: Path, no_chromium: None) -> None:
    folder = _store(tmp_path, one_province=True)
    slides, _ = pptx_text(report.from_store(folder, "pptx", "vi", hide_names=True).data)
    ranked = next(text for text in slides if text.startswith("Xếp hạng quận, huyện, thị xã, thành phố"))
    assert "theo quận, huyện" in ranked
    assert {"Huyện Một A", "Huyện Một B", "Huyện Hai"} <= set(ranked.splitlines())


def test_the_staffing_of_a_national_roster_is_summed_up_by_province(tmp_path: Path, no_chromium: None) -> None:
    folder = _store(tmp_path, one_province=False, officers=True)
    slides, _ = pptx_text(report.from_store(folder, "pptx", "vi", hide_names=True).data)
    staffing = next(text for text in slides if text.startswith("Nhân sự khóm, ấp"))
    assert "180 chức danh do 128 người đảm nhiệm; 52 người giữ từ 2 chức danh." in staffing
    lines = staffing.splitlines()
    assert "Tỉnh, thành phố" in lines and "Tỉnh Một" in lines and "Tỉnh Hai" in lines and "Cộng" in lines
    assert not any(line.startswith(("Phường", "Xã")) for line in lines)
    cells = xlsx_cells(report.from_store(folder, "xlsx", "vi", hide_names=True).data)
    sheet = cells["Nhân sự"]
    header = next(i for i, row in enumerate(sheet) if row[0] == "Phường, xã")
    assert len(sheet[header + 1 :]) == 10 + 1  # the XLSX keeps every ward, and the total
