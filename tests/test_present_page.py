"""Presentation mode in AppTest, the brief downloaded from it, and shared links: the URL's page, ward, snapshot, goal,
slide and language."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.ingest.embedded import default_units
from lib.ingest.roster import parse_bytes
from lib.report import images
from lib.staffing import TITLES
from tests.helpers import APP, GOLDEN, SignIn, cli, pdf_text
from tests.officers import O01, save_rates


def _app(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at


def _present(**params: str) -> AppTest:
    at = _app(**params).run()
    at.switch_page("pages/present.py").run()
    assert not at.exception, at.exception
    return at


def _text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _charts(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def test_the_first_slide_is_the_headline(data_dir: Path) -> None:
    at = _present()
    text = _text(at)
    assert "Trang 1/9" in text
    assert "46/67 (68,7 %)" in text and "Tính đến ngày 06/05/2019" in text and "Thành phố Bạc Liêu" in text
    assert "Số liệu minh họa" in text
    assert at.query_params["slide"] == "1"
    assert at.button(key="bl.slide_previous").disabled


def test_next_and_previous_step_through_the_slides_and_keep_the_number_in_the_url(data_dir: Path) -> None:
    at = _present()
    at.button(key="bl.slide_next").click().run()
    assert at.query_params["slide"] == "2"
    assert "Tiến độ so với mục tiêu" in _text(at) and "Trang 2/9" in _text(at)
    table = at.table[0].value
    assert list(table["Chỉ tiêu (khóm, ấp)"]) == ["47", "67"] and list(table["Cần thêm"]) == ["1", "21"]
    goals_chart = _charts(at)[0]
    assert goals_chart["data"][0]["x"] == [46, 46]
    at.button(key="bl.slide_next").click().run()
    assert at.query_params["slide"] == "3" and "Xếp hạng phường, xã" in _text(at)
    at.button(key="bl.slide_previous").click().run()
    assert at.query_params["slide"] == "2"


@pytest.mark.parametrize(
    ("slide", "title", "expected"),
    [
        (
            "4",
            "Phường, xã chưa đạt mục tiêu 70 % (31/12/2019)",
            "5 phường, xã chưa đạt; cần thêm tổng cộng 6 khóm, ấp.",
        ),
        ("5", "Khóm, ấp chưa kiêm nhiệm và lý do", "21 khóm, ấp chưa có bí thư chi bộ đồng thời là trưởng khóm, ấp."),
        ("9", "Dự báo đến hạn", "Mục tiêu 70 % đến 31/12/2019: Chưa đủ số liệu."),
        ("99", "Dự báo đến hạn", "Trang 9/9"),  # past the end: the last slide
        ("0", "Bí thư chi bộ đồng thời là trưởng khóm, ấp", "Trang 1/9"),
    ],
)
def test_a_shared_link_opens_its_slide(data_dir: Path, slide: str, title: str, expected: str) -> None:
    text = _text(_present(slide=slide))
    assert title in text and expected in text


def test_the_reasons_slide_charts_the_reasons(data_dir: Path) -> None:
    chart = _charts(_present(slide="5"))[0]
    assert sorted(chart["data"][0]["x"]) == [9, 12]


def test_presentation_mode_in_english(data_dir: Path) -> None:
    at = _present(lang="en", slide="2")
    assert "Progress toward the goals" in _text(at) and "Slide 2 of 9" in _text(at)
    assert at.button(key="bl.slide_next").label == "Next"


def test_names_are_hidden_by_default_and_shown_when_switched_off(data_dir: Path, sign_in: SignIn) -> None:
    data = (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes()
    parsed = parse_bytes(data, "hamlets_2019-09-30.xlsx", default_units())
    store.add_snapshot(data_dir, parsed, data, "hamlets_2019-09-30.xlsx", "test")
    at = _app(slide="6")
    sign_in(at, "editor")
    at.switch_page("pages/present.py").run()
    toggle = at.toggle(key="bl.present_hide_names")
    assert toggle.value is True
    table = at.table[0].value
    assert set(table["Bí thư chi bộ"]) == {"(ẩn)"}
    toggle.set_value(False).run()
    table = at.table[0].value
    assert "(ẩn)" not in set(table["Bí thư chi bộ"]) and table["Bí thư chi bộ"].str.len().min() > 3


def test_a_viewer_who_may_not_see_names_cannot_show_them(data_dir: Path) -> None:
    at = _present()
    toggle = at.toggle(key="bl.present_hide_names")
    assert toggle.value is True and toggle.disabled


def test_the_four_downloads_are_offered(data_dir: Path) -> None:
    at = _present()
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Bài trình chiếu (PPTX)", "Báo cáo (PDF)", "Số liệu (Excel)", "Báo cáo (Word)"]


def test_a_shared_link_opens_the_ward(data_dir: Path) -> None:
    at = _app(ward="31840").run()
    at.switch_page("pages/wards.py").run()
    assert at.selectbox(key="bl.ward_select").value == "31840"
    assert at.query_params["ward"] == "31840"
    at.selectbox(key="bl.ward_select").set_value("31825").run()
    assert at.query_params["ward"] == "31825"


def test_a_shared_link_opens_the_goal_on_the_progress_page(data_dir: Path) -> None:
    at = _app(goal="2").run()
    at.switch_page("pages/progress.py").run()
    assert at.radio(key="bl.progress_goal").value == 1
    at.radio(key="bl.progress_goal").set_value(0).run()
    assert at.query_params["goal"] == "1"


def test_a_shared_link_opens_the_snapshot_and_the_language(data_dir: Path) -> None:
    data = (GOLDEN / "hamlets_2019-09-30.xlsx").read_bytes()
    parsed = parse_bytes(data, "hamlets_2019-09-30.xlsx", default_units())
    store.add_snapshot(data_dir, parsed, data, "hamlets_2019-09-30.xlsx", "test")
    at = _app(snapshot="1", lang="en").run()
    assert not at.exception
    assert at.sidebar.selectbox[0].value == 1
    assert at.title[0].value == "Party-cell secretary also hamlet head"
    assert any(m.value == "46/67 (68.7%)" for m in at.metric)
    assert at.query_params["snapshot"] == "1" and at.query_params["lang"] == "en"
    current = _app().run()
    assert any(m.value == "48/67 (71,6 %)" for m in current.metric)
    assert "snapshot" not in current.query_params


def test_an_unknown_snapshot_in_a_link_shows_the_current_one(data_dir: Path) -> None:
    at = _app(snapshot="42").run()
    assert not at.exception
    assert any(m.value == "46/67 (68,7 %)" for m in at.metric)


def test_an_admin_sets_the_pdf_heading_and_the_brief_carries_it(
    data_dir: Path, sign_in: SignIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lib import report

    at = _app()
    sign_in(at, "admin")
    at.switch_page("pages/admin.py").run()
    at.text_input(key="bl.setting_parent").set_value("Tỉnh ủy Cà Mau")
    at.text_input(key="bl.setting_office").set_value("Ban Tổ chức Tỉnh ủy")
    at.text_input(key="bl.setting_place").set_value("Cà Mau")
    at.button(key="bl.settings_save").click().run()
    assert not at.exception
    assert store.settings(data_dir)["report_place"] == "Cà Mau"
    monkeypatch.setattr(images, "CHROMIUM_NAMES", ())  # tables are enough here
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    made = report.from_store(data_dir, "pdf", "vi", hide_names=True, issued=date(2026, 11, 26))
    text = pdf_text(made.data)
    assert "TỈNH ỦY CÀ MAU" in text and "BAN TỔ CHỨC TỈNH ỦY" in text and "Cà Mau, ngày 26 tháng 11 năm 2026" in text


def test_a_digit_that_is_not_0_to_9_in_a_link_is_ignored(data_dir: Path) -> None:
    """A superscript "²" passes str.isdigit() but not int(): it once crashed every page."""
    at = _app(slide="²").run()
    at.switch_page("pages/present.py").run()
    assert not at.exception, at.exception


# --- the brief downloaded from the app: made again when the store, the day or the rates change ---------------------


def test_the_downloaded_pdf_carries_the_day_it_was_made(data_dir: Path, no_chromium: None) -> None:
    import streamlit as st

    from ui import loaders

    st.cache_data.clear()
    dates = []
    for day in (date(2030, 1, 1), date(2030, 1, 9)):
        with mock.patch("ui.loaders.today", return_value=day), mock.patch("lib.report.build.today", return_value=day):
            text = pdf_text(loaders.report_file("pdf", "vi", True, 1, None)())
        dates.append(text[text.index("Bạc Liêu, ngày") :][:35])
    assert dates == ["Bạc Liêu, ngày 01 tháng 01 năm 2030", "Bạc Liêu, ngày 09 tháng 01 năm 2030"]


def test_the_downloaded_xlsx_follows_the_entered_rates(data_dir: Path, no_chromium: None) -> None:
    import streamlit as st

    from lib import report
    from ui import loaders

    assert cli("import", O01, "--data-dir", data_dir).returncode == 0
    st.cache_data.clear()
    before = openpyxl.load_workbook(io.BytesIO(loaders.report_file("xlsx", "en", True, 2, None)())).sheetnames
    assert "Allowances" not in before
    save_rates(data_dir, dict.fromkeys(TITLES, 1.0))
    fresh = report.from_store(data_dir, "xlsx", "en", True).data
    assert "Allowances" in openpyxl.load_workbook(io.BytesIO(fresh)).sheetnames
    after = openpyxl.load_workbook(io.BytesIO(loaders.report_file("xlsx", "en", True, 2, None)())).sheetnames
    assert "Allowances" in after
