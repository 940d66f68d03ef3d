"""AppTest of the progress page: statuses with reasons, ward statuses, and the scenario planner."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.present import scenario_picker
from tests.helpers import APP, GOLDEN, SignIn, cli


def _progress_page(sign_in: SignIn, role: str = "editor") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if role == "viewer":
        at.run()
    else:
        sign_in(at, role)
    at.switch_page("pages/progress.py").run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_baseline_alone_is_insufficient_data_with_the_pace_needed(data_dir: Path, sign_in: SignIn) -> None:
    at = _progress_page(sign_in)
    texts = _texts(at)
    assert any("Cần thêm 1 khóm, ấp trong 7,9 tháng: 0,13 khóm, ấp mỗi tháng" in x for x in texts)
    assert any("Chưa đủ số liệu" in x for x in texts)  # the status badge
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    observed = chart["data"][0]
    assert observed["y"] == [46]
    milestones = [trace for trace in chart["data"] if trace.get("marker", {}).get("symbol") == "diamond"]
    assert [m["y"] for m in milestones] == [[47], [67]]


def test_three_snapshots_give_the_statuses_of_the_method(data_dir: Path, sign_in: SignIn) -> None:
    for name in ("hamlets_2019-09-30.xlsx", "ward_summary_2019-12-31_cp1258.csv"):
        assert cli("import", GOLDEN / name, "--data-dir", data_dir).returncode == 0
    at = _progress_page(sign_in)
    texts = _texts(at)
    assert any("Đã đạt" in x for x in texts)
    assert any("Cần tăng tốc" in x for x in texts)
    assert any("52 khóm, ấp đã kiêm nhiệm, mục tiêu là 47." in x for x in texts)
    assert any(
        "Cần thêm 15 khóm, ấp trong 12,0 tháng: 1,25 khóm, ấp mỗi tháng; tốc độ hiện tại 0,73." in x for x in texts
    )
    table = at.dataframe[0].value
    assert len(table) == 10
    small = json.loads(at.get("plotly_chart")[1].proto.spec)
    titles = [a["text"] for a in small["layout"]["annotations"] if "<br>" in a["text"]]
    assert len(titles) == 10 and titles[0].startswith("Phường 1<br>")


def test_scenario_moves_the_goal_month_and_is_saved_listed_opened_deleted(data_dir: Path, sign_in: SignIn) -> None:
    at = _progress_page(sign_in)
    assert [m.value for m in at.metric] == ["Chưa đạt trong kịch bản", "Chưa đạt trong kịch bản"]
    at.multiselect(key="bl.scenario_hamlets").set_value(["31825-01", "31840-02"]).run()
    at.selectbox(key="bl.scenario_month_31825-01").set_value(date(2019, 10, 1)).run()
    at.selectbox(key="bl.scenario_month_31840-02").set_value(date(2020, 3, 1)).run()
    assert not at.exception
    assert [m.value for m in at.metric] == ["Đạt vào 10/2019 (đúng hạn)", "Chưa đạt trong kịch bản"]
    planned = json.loads(at.get("plotly_chart")[2].proto.spec)["data"][-1]
    assert planned["y"][0] == 46 and max(planned["y"]) == 48
    # The first conversion moved to 2020: the 70 % goal is now met late, in the month of the other one.
    at.selectbox(key="bl.scenario_month_31825-01").set_value(date(2020, 5, 1)).run()
    assert at.metric[0].value == "Đạt vào 03/2020 (trễ hạn)"
    at.text_input(key="bl.scenario_name").set_value("Bầu trưởng ấp 2020").run()
    at.button(key="bl.scenario_save").click().run()
    assert not at.exception
    assert any("Đã lưu kịch bản «Bầu trưởng ấp 2020» (#1)." in s.value for s in at.success)
    saved = store.scenarios(data_dir)
    assert [(s.name, s.items) for s in saved] == [
        ("Bầu trưởng ấp 2020", {"31825-01": date(2020, 5, 1), "31840-02": date(2020, 3, 1)})
    ]
    assert store.history(data_dir)[0].concurrent == 46  # a scenario never changes the recorded data
    saved_table = next(d.value for d in at.dataframe if "Tên" in d.value.columns)
    assert list(saved_table["Tên"]) == ["Bầu trưởng ấp 2020"]
    at.multiselect(key="bl.scenario_hamlets").set_value([]).run()
    at.button(key="bl.scenario_open").click().run()
    assert at.multiselect(key="bl.scenario_hamlets").value == ["31825-01", "31840-02"]
    assert at.metric[0].value == "Đạt vào 03/2020 (trễ hạn)"
    at.button(key="bl.scenario_delete").click().run()
    assert store.scenarios(data_dir) == []
    assert any("Đã xóa kịch bản #1." in s.value for s in at.success)


def test_overview_shows_each_goals_status_badge(data_dir: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert sum("Chưa đủ số liệu" in m.value for m in at.markdown) == 2


def test_many_candidates_are_offered_a_ward_at_a_time_and_the_choice_is_kept(
    data_dir: Path, sign_in: SignIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 21 hamlets of the baseline are not concurrent; above the limit, the planner asks for a ward first.
    monkeypatch.setattr(scenario_picker, "PICKER_LIMIT", 5)
    at = _progress_page(sign_in)
    ward = at.selectbox(key="bl.scenario_ward")
    assert ward.label == "21 khóm, ấp chưa kiêm nhiệm: chọn phường, xã để xem các khóm, ấp của đơn vị đó"
    assert ward.value == "31825"  # Phường 1, the first ward with a hamlet not yet concurrent
    offered = at.multiselect(key="bl.scenario_hamlets").options
    assert offered and all(label.startswith("Phường 1 · ") for label in offered)
    at.multiselect(key="bl.scenario_hamlets").set_value(["31825-01"]).run()
    at.selectbox(key="bl.scenario_ward").set_value("31840").run()
    picker = at.multiselect(key="bl.scenario_hamlets")
    assert picker.value == ["31825-01"]  # still chosen while another ward's hamlets are offered
    assert picker.options[0].startswith("Phường 1 · ") and picker.options[1].startswith("Xã Hiệp Thành · ")
    picker.set_value(["31825-01", "31840-02"]).run()
    assert not at.exception
    planned = json.loads(at.get("plotly_chart")[2].proto.spec)["data"][-1]
    assert max(planned["y"]) == 48


@pytest.mark.parametrize(
    ("limit", "ward", "chosen", "offered"),
    [
        (10, None, [], ["A-1", "A-2", "B-1"]),  # few: every candidate, no ward asked
        (2, "A", [], ["A-1", "A-2"]),
        (2, "B", ["A-2"], ["A-2", "B-1"]),  # the chosen stay offered
        (2, "B", ["B-1", "gone"], ["B-1"]),  # a code no longer a candidate is dropped, none twice
    ],
)
def test_picker_offers(
    limit: int, ward: str | None, chosen: list[str], offered: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scenario_picker, "PICKER_LIMIT", limit)
    candidates = pd.DataFrame(
        {
            "hamlet_code": ["A-1", "A-2", "B-1"],
            "ward_code": ["A", "A", "B"],
            "ward": ["Phường A", "Phường A", "Xã B"],
            "hamlet": ["Khóm 1", "Khóm 2", "Ấp 1"],
        }
    )
    picker = scenario_picker.picker(candidates)
    assert picker.wards == {"A": "Phường A", "B": "Xã B"}
    assert picker.options(ward, chosen) == offered


def test_the_picker_names_two_wards_of_one_name_as_the_pickers_do() -> None:
    """At national scale many wards share a name: the planner's wards and hamlets carry the names told apart."""
    candidates = pd.DataFrame(
        {
            "hamlet_code": ["A-1", "B-1", "C-1"],
            "ward_code": ["A", "B", "C"],
            "ward": ["Xã Tân Lộc", "Xã Tân Lộc", "Phường 1"],
            "hamlet": ["Ấp 1", "Ấp 1", "Khóm 1"],
        }
    )
    told_apart = {"A": "Xã Tân Lộc, Tỉnh Bạc Liêu", "B": "Xã Tân Lộc, Tỉnh Cà Mau", "C": "Phường 1"}
    picker = scenario_picker.picker(candidates, told_apart)
    assert picker.wards == told_apart
    assert picker.labels == {
        "A-1": "Xã Tân Lộc, Tỉnh Bạc Liêu · Ấp 1",
        "B-1": "Xã Tân Lộc, Tỉnh Cà Mau · Ấp 1",
        "C-1": "Phường 1 · Khóm 1",
    }
    assert scenario_picker.picker(candidates).labels["A-1"] == "Xã Tân Lộc · Ấp 1"  # without names: the frame's
