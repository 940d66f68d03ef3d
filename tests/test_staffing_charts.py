"""Staffing figures: posts and people by ward, the pipeline of hamlets that could switch, the budget waterfall."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from lib.present import staffing_charts as charts
from lib.staffing import Staffing
from lib.staffing.allowance import Budget


def _spec(fig: go.Figure) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(fig.to_json())
    return spec


def test_wards_figure(o01_staffing: Staffing) -> None:
    fig = _spec(charts.wards_figure(o01_staffing, "vi"))
    posts, people = fig["data"]
    assert (posts["name"], people["name"]) == ("Số chức danh", "Số người")
    assert posts["y"][0] == "Phường 1" and len(posts["y"]) == 10
    assert (sum(posts["x"]), sum(people["x"])) == (180, 128)
    assert posts["marker"]["color"] == charts.POSTS_COLOR
    assert fig["layout"]["title"]["text"] == "Số chức danh và số người theo phường, xã"


def test_pipeline_figure(o01_staffing: Staffing, small_staffing: Staffing) -> None:
    fig = _spec(charts.pipeline_figure(o01_staffing, "vi", illustrative=True))
    traces = {tr["name"]: tr for tr in fig["data"]}
    assert sum(traces["Đã kiêm nhiệm"]["x"]) == 49 and sum(traces["Bí thư chưa là trưởng khóm, ấp"]["x"]) == 18
    assert "Danh sách thiếu bí thư hoặc trưởng khóm, ấp" not in traces  # o01 lists both in every hamlet
    hiep_thanh = traces["Bí thư chưa là trưởng khóm, ấp"]["y"].index("Xã Hiệp Thành")
    assert traces["Bí thư chưa là trưởng khóm, ấp"]["x"][hiep_thanh] == 3
    assert traces["Bí thư chưa là trưởng khóm, ấp"]["customdata"][hiep_thanh] == [2]  # heads not party members
    assert fig["layout"]["title"]["subtitle"]["text"] == "Số liệu minh họa"
    # the small roster: every hamlet has a secretary and a head
    small_fig = _spec(charts.pipeline_figure(small_staffing, "en"))
    assert {tr["name"] for tr in small_fig["data"]} == {"Concurrent", "Secretary not head"}


def test_budget_figure(o01_budget: Budget) -> None:
    fig = _spec(charts.budget_figure(o01_budget, "vi"))
    [waterfall] = fig["data"]
    assert waterfall["type"] == "waterfall"
    assert waterfall["x"] == ["Hiện nay", "Tiết kiệm", "Nếu 100 % kiêm nhiệm"]
    assert waterfall["y"] == [216_273_500, -12_292_500, 203_981_000]
    assert waterfall["text"] == ["216.273.500 đ", "−12.292.500 đ", "203.981.000 đ"]
    assert fig["layout"]["separators"] == ",."
    english = _spec(charts.budget_figure(o01_budget, "en"))
    assert english["data"][0]["text"][0] == "216,273,500 VND"


def test_a_province_roster_draws_the_thirty_wards_that_matter(o01_staffing: Staffing) -> None:
    """200 wards cannot be 200 bars: posts and people for the 30 with most posts, the pipeline for the 30 with the
    most hamlets that could switch, and each title says so."""
    from dataclasses import replace

    many = pd.concat([o01_staffing.wards] * 20, ignore_index=True)
    many["ward"] = [f"Xã {i}" for i in range(len(many))]
    many["secretaries_not_heads"] = [i % 7 for i in range(len(many))]
    many["posts"] = [100 + i for i in range(len(many))]
    province = replace(o01_staffing, wards=many)

    pipeline = _spec(charts.pipeline_figure(province, "vi"))
    drawn = next(tr for tr in pipeline["data"] if tr["name"] == "Bí thư chưa là trưởng khóm, ấp")
    assert len(drawn["y"]) == 30 and min(drawn["x"]) == 5  # 28 wards have 6, the next 2 of those with 5
    assert pipeline["layout"]["title"]["text"] == "30 phường, xã có nhiều khóm, ấp có thể chuyển nhất"

    posts = _spec(charts.wards_figure(province, "en"))
    assert posts["data"][0]["y"] == [f"Xã {i}" for i in range(170, 200)]  # the most posts, in master order
    assert (
        posts["layout"]["title"]["text"]
        == "Posts and people: the 30 wards with most posts (170 others in the table above)"
    )


def test_two_wards_of_one_name_are_two_bars(o01_staffing: Staffing) -> None:
    """Across provinces two communes share a name (Xã Tân Lộc): each keeps its own bar, its code beside the name,
    where Plotly would stack both on one category."""
    wards = o01_staffing.wards.copy()
    wards.loc[wards.index[1], "ward"] = wards.loc[wards.index[0], "ward"]  # "Phường 2" renamed "Phường 1"
    twins = dataclasses.replace(o01_staffing, wards=wards)
    first, second = (str(c) for c in wards["code"].iloc[:2])
    for figure in (charts.wards_figure(twins, "vi"), charts.pipeline_figure(twins, "vi")):
        bars = _spec(figure)["data"][0]
        assert bars["y"][:2] == [f"Phường 1, {first}", f"Phường 1, {second}"]
        assert len(set(bars["y"])) == len(bars["y"]) == len(wards)
