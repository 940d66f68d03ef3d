"""AppTest of every page: runs without exception and shows the figures a person checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.present.theme import COLORS
from tests.helpers import APP, CORPUS_FILES, ROOT, SignIn, page_charts, page_metrics


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def test_overview_headline_and_goals_in_vietnamese() -> None:
    at = _app()
    metrics = page_metrics(at)
    assert metrics["Bí thư kiêm trưởng khóm, ấp"][0] == "46/67 (68,7 %)"
    assert metrics["Mục tiêu 70 % đến 31/12/2019"] == ("47 khóm, ấp", "Cần thêm 1 khóm, ấp đến 31/12/2019")
    assert metrics["Mục tiêu 100 % đến 31/12/2020"] == ("67 khóm, ấp", "Cần thêm 21 khóm, ấp đến 31/12/2020")
    assert any("Số liệu minh họa" in info.value and "46/67" in info.value for info in at.info)
    assert at.caption[0].value == "Tính đến ngày 06/05/2019"


def test_overview_goal_chart_shows_done_and_remaining() -> None:
    fig = page_charts(_app())["Tiến độ so với mục tiêu (số khóm, ấp)"]
    done, remaining, goal = fig["data"]
    assert done["x"] == [46, 46]
    assert remaining["x"] == [1, 21]
    assert goal["x"] == [47, 67]
    assert remaining["text"] == ["còn 1", "còn 21"]
    assert done["y"] == ["Mục tiêu 70 %<br>đến 31/12/2019", "Mục tiêu 100 %<br>đến 31/12/2020"]


def test_overview_ward_chart_sorted_with_goal_lines_and_label() -> None:
    fig = page_charts(_app())["Tỷ lệ kiêm nhiệm theo phường, xã"]
    wards = [w for trace in fig["data"][:-1] for w in trace["y"]]
    assert len(wards) == 10
    order = fig["layout"]["yaxis"]["categoryarray"]
    assert order[0] == "Xã Hiệp Thành" and order[-2:] == ["Phường 7", "Phường 5"]  # ties: as the ranking table
    lines = sorted(shape["x0"] for shape in fig["layout"]["shapes"])
    assert lines == [70, 100]
    assert [a["text"] for a in fig["layout"]["annotations"]] == [
        "Mục tiêu 70 % (31/12/2019)",
        "Mục tiêu 100 % (31/12/2020)",
    ]
    assert fig["layout"]["title"]["subtitle"]["text"] == "Số liệu minh họa"
    codes = {c[0] for trace in fig["data"][:-1] for c in trace["customdata"]}
    assert "31840" in codes and len(codes) == 10
    labels = fig["data"][-1]
    assert labels["mode"] == "text"
    assert dict(zip(labels["y"], labels["text"], strict=True))["Xã Hiệp Thành"] == "1/4 · 25,0 %"


def test_overview_wards_behind_and_kinds() -> None:
    at = _app()
    behind = at.dataframe[0].value
    assert list(behind["Phường, xã"]) == [
        "Xã Hiệp Thành",
        "Phường 1",
        "Phường 8",
        "Phường Nhà Mát",
        "Xã Vĩnh Trạch Đông",
    ]
    assert list(behind["Cần thêm"]) == [2, 1, 1, 1, 1]
    charts = page_charts(at)
    kinds = charts["Phường so với xã"]["data"][0]
    assert kinds["x"] == ["Phường", "Xã"]
    assert kinds["text"] == ["35/49<br>71,4 %", "11/18<br>61,1 %"]
    reasons = charts["Lý do chưa kiêm nhiệm (số khóm, ấp)"]["data"][0]
    assert dict(zip(reasons["y"], reasons["x"], strict=True)) == {
        "Trưởng khóm, ấp<br>chưa là đảng viên": 12,
        "Trưởng khóm, ấp là đảng viên<br>nhưng không phải bí thư chi bộ": 9,
    }


def test_language_switch_to_english_everywhere() -> None:
    at = _app()
    at.sidebar.radio[0].set_value("en").run()
    assert not at.exception
    metrics = page_metrics(at)
    assert metrics["Secretary also hamlet head"][0] == "46/67 (68.7%)"
    assert metrics["Goal 70% by 31/12/2019"] == ("47 hamlets", "1 more by 31/12/2019")
    assert metrics["Goal 100% by 31/12/2020"] == ("67 hamlets", "21 more by 31/12/2020")
    assert "Share concurrent by ward and commune" in page_charts(at)
    at.switch_page("pages/wards.py").run()
    assert at.title[0].value == "Wards & communes"


@pytest.mark.parametrize(
    ("code", "headline", "goal_70", "tiles"),
    [
        ("31825", "4/7 (57,1 %)", "Cần thêm 1 khóm, ấp đến 31/12/2019", 7),
        ("31840", "1/4 (25,0 %)", "Cần thêm 2 khóm, ấp đến 31/12/2019", 4),
        ("31819", "6/7 (85,7 %)", "Đã đạt", 7),
    ],
)
def test_ward_page_shows_the_chosen_ward(code: str, headline: str, goal_70: str, tiles: int) -> None:
    at = _app()
    at.switch_page("pages/wards.py").run()
    at.selectbox(key="bl.ward_select").set_value(code).run()
    assert not at.exception
    metrics = page_metrics(at)
    assert metrics["Đã kiêm nhiệm"][0] == headline
    assert metrics["Mục tiêu 70 % đến 31/12/2019"][1] == goal_70
    fig = next(iter(page_charts(at).values()))
    assert sum(1 for trace in fig["data"] for x in trace["x"] if x is not None) == tiles
    assert len(fig["layout"]["shapes"]) == tiles
    colours = [shape["fillcolor"] for shape in fig["layout"]["shapes"]]
    assert colours.count(COLORS["concurrent"]) == int(headline.split("/")[0])
    assert len(at.dataframe[0].value) == tiles


def test_ward_page_lists_every_ward_and_opens_the_one_clicked() -> None:
    at = _app()
    # A click on the overview's ward chart stores the ward under this key before switching page.
    at.session_state["bl.ward"] = "31828"
    at.switch_page("pages/wards.py").run()
    select = at.selectbox(key="bl.ward_select")
    assert len(select.options) == 10
    assert select.value == "31828"
    assert page_metrics(at)["Xếp hạng"][0] == "8/10"
    table = at.dataframe[0].value
    assert list(table["Khóm, ấp"]) == [
        "Khóm 1",
        "Khóm 2",
        "Khóm 3",
        "Khóm 8",
        "Khóm Cầu Sập",
        "Khóm Trà Kha",
        "Khóm Trà Kha B",
        "Khóm Trà Khứa",
    ]
    assert (table["Tình trạng"] == "Chưa kiêm nhiệm").sum() == 3


def test_hamlets_page_search_filter_and_downloads() -> None:
    at = _app()
    at.switch_page("pages/hamlets.py").run()
    assert len(at.dataframe[0].value) == 67
    at.text_input(key="bl.hamlet_query").set_value("tra kha").run()
    assert list(at.dataframe[0].value["Khóm, ấp"]) == ["Khóm Trà Kha", "Khóm Trà Kha B"]
    at.text_input(key="bl.hamlet_query").set_value("").run()
    at.selectbox(key="bl.hamlet_status").set_value("no").run()
    shown = at.dataframe[0].value
    assert len(shown) == 21
    assert set(shown["Lý do chưa kiêm nhiệm"]) == {
        "Trưởng khóm, ấp chưa là đảng viên",
        "Trưởng khóm, ấp là đảng viên nhưng không phải bí thư chi bộ",
    }
    at.multiselect(key="bl.hamlet_wards").set_value(["31840"]).run()
    assert len(at.dataframe[0].value) == 3
    assert not at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Tải CSV", "Tải Excel (XLSX)"]


def test_no_page_changes_the_shared_snapshot(data_dir: Path, sign_in: SignIn) -> None:
    """The snapshot is cached as one shared object (not a copy per read): every page, for an admin, in both
    languages, must leave it exactly as the store has it."""
    import pandas as pd

    from lib import store
    from lib.ingest.embedded import default_units
    from lib.ingest.roster import parse_bytes
    from ui import loaders

    name = "o01_can_bo_khom_ap.xlsx"
    data = (CORPUS_FILES / name).read_bytes()
    store.add_snapshot(data_dir, parse_bytes(data, name, default_units()), data, name, "test")
    at = AppTest.from_file(APP, default_timeout=90)
    sign_in(at, "admin")
    for lang in ("vi", "en"):
        at.query_params["lang"] = lang
        for page in sorted(p.name for p in (ROOT / "pages").glob("*.py")):
            at.switch_page(f"pages/{page}").run()
            assert not at.exception, (page, at.exception)
    at.query_params["ward"] = "31840"  # a chosen ward
    at.switch_page("pages/wards.py").run()
    for slide in range(1, 12):  # every slide, drawn with its chart
        at.query_params["slide"] = str(slide)
        at.switch_page("pages/present.py").run()
        assert not at.exception, (slide, at.exception)
    shared = loaders._snapshot(str(data_dir), None, store.revision(data_dir))
    fresh = store.load(data_dir, None)
    for part in ("units", "ward_counts", "hamlets", "officers"):
        pd.testing.assert_frame_equal(getattr(shared, part), getattr(fresh, part), obj=part)
