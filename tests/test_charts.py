"""The charts of the pages and the brief (lib.present.charts): what is drawn at city, province and national scale."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from lib.analysis.metrics import Coverage, goal_gaps, unit_labels, ward_ranking, ward_summary
from lib.analysis.progress import report
from lib.core.dataset import default_goals
from lib.core.model import Goal
from lib.ingest.embedded import default_snapshot
from lib.present.charts import (
    TEMPLATE,
    compare_figure,
    goals_figure,
    hamlets_figure,
    wards_figure,
    wards_progress_figure,
)
from lib.present.theme import COLORS


def test_a_province_ward_chart_draws_the_best_and_worst_fifteen() -> None:
    """3,300 bars cannot be read: with many wards the chart keeps the 15 best and 15 worst, and says so."""
    wards = pd.DataFrame(
        {
            "code": [f"{i:05d}" for i in range(200)],
            "ward": [f"Xã {i}" for i in range(200)],
            "kind": "xã",
            "hamlets": 10,
            "concurrent": [i % 11 for i in range(200)],
        }
    )
    wards["coverage_pct"] = 10.0 * wards["concurrent"]
    fig = wards_figure(wards, (Goal(date(2019, 12, 31), 70.0),), "vi", False).to_plotly_json()
    drawn = [w for trace in fig["data"][:-1] for w in trace["y"]]
    assert len(drawn) == 30
    assert fig["layout"]["title"]["text"] == ("15 phường, xã cao nhất và 15 thấp nhất; 170 đơn vị khác không vẽ")
    shares = dict(zip(wards["ward"], wards["coverage_pct"], strict=True))
    assert min(shares[w] for w in drawn) == 0.0 and max(shares[w] for w in drawn) == 100.0


def test_the_ward_chart_puts_ties_in_the_order_of_the_ranking() -> None:
    """Phường 5 and Phường 7 tie (6/7): the top bar is the ranking's first, whom the slide names as highest."""
    ranking = ward_ranking(ward_summary(default_snapshot()))
    order = wards_figure(ranking, default_goals(), "vi", True).to_plotly_json()["layout"]["yaxis"]["categoryarray"]
    assert ranking["ward"].iloc[0] == "Phường 5" and order[-1] == "Phường 5"  # drawn bottom up: last is on top
    assert order[::-1] == list(ranking["ward"])


def test_national_figures_keep_their_separators_and_their_room() -> None:
    """100,000 hamlets: "còn 60.000" and axis ticks "20.000" (never "20k"), and both fit inside the chart."""
    goals = (Goal(date(2019, 12, 31), 70.0), Goal(date(2020, 12, 31), 100.0))
    coverage = Coverage(hamlets=100_000, concurrent=40_000)
    fig = goals_figure(coverage, goal_gaps(goals, coverage), "vi").to_plotly_json()
    remaining = fig["data"][1]
    assert remaining["text"] == ["còn 30.000", "còn 60.000"]
    assert fig["layout"]["xaxis"]["tickformat"] == ",d" and fig["layout"]["separators"] == ",."
    assert fig["layout"]["xaxis"]["range"][1] >= 100_000 * 1.2  # room for "còn 60.000" right of the goal

    provinces = pd.DataFrame(
        {"code": ["01", "02"], "ward": ["Tỉnh Một", "Tỉnh Hai"], "kind": "province", "hamlets": [2580, 4373]}
    )
    provinces["concurrent"] = [1090, 1767]
    provinces["coverage_pct"] = 100.0 * provinces["concurrent"] / provinces["hamlets"]
    wards = wards_figure(provinces, goals, "vi", False, "province").to_plotly_json()
    figures = wards["data"][-1]["text"]
    assert figures == ["1.767/4.373 · 40,4 %", "1.090/2.580 · 42,2 %"]  # drawn bottom up
    assert wards["layout"]["xaxis"]["range"][1] > 128  # the longer figures get more room than "6/7 · 85,7 %"


def test_the_lean_template_is_plotly_white_for_the_charts_drawn() -> None:
    """The same look as plotly_white for bars, lines and axes (kaleido renders them pixel for pixel alike), without
    the 5 KB of polar, 3-D, map and colour-scale defaults in every figure sent to the browser."""
    white = pio.templates["plotly_white"].to_plotly_json()
    lean = TEMPLATE.to_plotly_json()
    for key in ("paper_bgcolor", "plot_bgcolor", "xaxis", "yaxis", "font", "hoverlabel", "colorway", "title"):
        assert lean["layout"][key] == white["layout"][key], key
    assert lean["data"] == {"bar": white["data"]["bar"], "scatter": white["data"]["scatter"]}
    assert "polar" not in lean["layout"] and "colorscale" not in lean["layout"]


def test_the_ward_panels_of_a_province_are_the_thirty_furthest_from_the_goal() -> None:
    """200 wards cannot be 200 panels (3,300 made Plotly refuse the figure): the 30 needing most are drawn."""
    goal = Goal(date(2019, 12, 31), 70.0)
    wards = pd.DataFrame(
        {"code": [f"{i:05d}" for i in range(200)], "ward": [f"Xã {i}" for i in range(200)], "kind": "xã"}
    )
    wards["hamlets"] = 10
    rows = [
        {"snapshot": 1, "order": 1, "as_of": date(2019, 5, 6), "ward_code": code, "concurrent": i % 8}
        for i, code in enumerate(wards["code"])
    ]
    _, per_ward, _ = report(pd.DataFrame(rows), wards, (goal,), date(2019, 5, 6))
    fig = wards_progress_figure(per_ward, 0, "vi", False).to_plotly_json()
    panels = [a["text"].split("<br>")[0] for a in fig["layout"]["annotations"] if "<br>" in a["text"]]
    assert len(panels) == 30
    concurrent = sorted(int(name.split()[1]) % 8 for name in panels)
    assert concurrent == [0] * 25 + [1] * 5  # the 25 with none of 10 (7 still needed), then 5 of those with one
    assert fig["layout"]["title"]["text"] == "30 phường, xã xa mục tiêu 70 % nhất; 170 đơn vị khác ở bảng dưới"


def test_the_comparison_draws_every_wards_line_in_one_trace() -> None:
    changes = pd.DataFrame(
        {
            "code": ["1", "2", "3"],
            "ward": ["Phường 1", "Phường 2", "Xã Hiệp Thành"],
            "kind": ["phường", "phường", "xã"],
            "hamlets": [7, 7, 4],
            "before": [4, 5, 1],
            "after": [5, 5, 2],
            "change": [1, 0, 1],
        }
    )
    figure = compare_figure(changes, "06/05/2019", "31/12/2019", "vi")
    lines, before, after = figure.data
    assert lines.mode == "lines" and len(figure.data) == 3  # one trace for the lines, however many wards
    # ordered by change, then by the count after: Phường 2 (0), Xã Hiệp Thành (+1, 2), Phường 1 (+1, 5)
    assert list(lines.x) == [5, 5, None, 1, 2, None, 4, 5, None]
    assert list(lines.y) == [
        "Phường 2",
        "Phường 2",
        None,
        "Xã Hiệp Thành",
        "Xã Hiệp Thành",
        None,
        "Phường 1",
        "Phường 1",
        None,
    ]
    assert (list(before.x), list(after.x)) == ([5, 1, 4], [5, 2, 5])


@pytest.mark.parametrize("count", [0, 1, 3, 7, 40])
def test_a_ward_s_hamlets_are_tiles_in_rows_of_four_with_their_names(count: int) -> None:
    """One tile per hamlet, row by row (four to a row past six), blue when concurrent and amber when not, each with
    its name; the tiles given to the layout at once are those Plotly built one by one."""
    roster = pd.DataFrame(
        {
            "hamlet_code": [f"{i:03d}" for i in range(count)],
            "hamlet": [f"Khóm {i + 1}" for i in range(count)],
            "concurrent": [i % 3 != 0 for i in range(count)],
            "reason": ["" if i % 3 else "secretary_not_head" for i in range(count)],
        }
    )
    fig = hamlets_figure(roster, "Phường 1", "vi", False)
    layout = fig.to_plotly_json()["layout"]
    tiles, names = layout.get("shapes", []), [a for a in layout.get("annotations", []) if a["text"].startswith("Khóm")]
    assert [n["text"] for n in names] == roster["hamlet"].tolist()
    columns = 4 if count > 6 else max(1, min(3, count))
    centres = [(round(s["x0"] + 0.46, 6), round(s["y0"] + 0.42, 6)) for s in tiles]
    assert centres == [(i % columns, i // columns) for i in range(count)]
    colours = {COLORS["concurrent"]: True, COLORS["not_concurrent"]: False}
    assert [colours[s["fillcolor"]] for s in tiles] == roster["concurrent"].tolist()
    one_by_one = go.Figure()
    for shape, name in zip(tiles, names, strict=True):
        one_by_one.add_shape(**shape)
        one_by_one.add_annotation(**name)
    built = one_by_one.to_plotly_json()["layout"]
    assert (built.get("shapes", []), built.get("annotations", [])) == (tiles, names)


def test_the_comparison_keeps_two_wards_of_one_name_apart() -> None:
    """Two communes named Xã Tân Lộc in two provinces: each has its own row, its code beside the name."""
    changes = pd.DataFrame(
        {
            "code": ["01001", "02002", "03003"],
            "ward": ["Xã Tân Lộc", "Xã Tân Lộc", "Phường 1"],
            "kind": ["xã", "xã", "phường"],
            "hamlets": [7, 9, 5],
            "before": [1, 2, 3],
            "after": [2, 4, 3],
            "change": [1, 2, 0],
        }
    )
    _, before, after = compare_figure(changes, "30/06/2025", "30/09/2025", "vi").data
    assert list(after.y) == ["Phường 1", "Xã Tân Lộc, 01001", "Xã Tân Lộc, 02002"]
    assert list(after.x) == [3, 2, 4] and list(before.x) == [3, 1, 2]


@pytest.mark.parametrize(
    ("columns", "labels"),
    [
        ({}, ["Xã Tân Lộc, 01", "Xã Tân Lộc, 02", "Phường 1"]),  # no level above: the code
        ({"province": ["Tỉnh A", "Tỉnh B", "Tỉnh A"]}, ["Xã Tân Lộc, Tỉnh A", "Xã Tân Lộc, Tỉnh B", "Phường 1"]),
        ({"province": ["Tỉnh A", "Tỉnh A", "Tỉnh A"]}, ["Xã Tân Lộc (01)", "Xã Tân Lộc (02)", "Phường 1"]),
        ({"province": ["Tỉnh A", "", "Tỉnh A"]}, ["Xã Tân Lộc, 01", "Xã Tân Lộc, 02", "Phường 1"]),  # a blank one
        (
            {"province": ["Tỉnh A", "Tỉnh A", "Tỉnh A"], "district": ["Huyện X", "Huyện Y", "Huyện X"]},
            ["Xã Tân Lộc, Huyện X", "Xã Tân Lộc, Huyện Y", "Phường 1"],
        ),
    ],
)
def test_units_of_one_name_are_told_apart_by_the_level_above(columns: dict[str, list[str]], labels: list[str]) -> None:
    """A chart's bars and a picker's choices: a name shared by two units gets its district, else its province, else
    its code; a name no other unit has stays as it is."""
    units = pd.DataFrame({"code": ["01", "02", "03"], "ward": ["Xã Tân Lộc", "Xã Tân Lộc", "Phường 1"], **columns})
    assert unit_labels(units).tolist() == labels


def test_the_ward_panels_of_two_wards_of_one_name_say_which_is_which() -> None:
    goal = Goal(date(2019, 12, 31), 70.0)
    wards = pd.DataFrame({"code": ["01", "02", "03"], "ward": ["Phường 1", "Phường 1", "Xã An"], "kind": "phường"})
    wards["hamlets"] = 5
    rows = [
        {"snapshot": 1, "order": 1, "as_of": date(2019, 5, 6), "ward_code": code, "concurrent": 2}
        for code in wards["code"]
    ]
    _, per_ward, _ = report(pd.DataFrame(rows), wards, (goal,), date(2019, 5, 6))
    fig = wards_progress_figure(per_ward, 0, "vi", False).to_plotly_json()
    panels = [a["text"].split("<br>")[0] for a in fig["layout"]["annotations"] if "<br>" in a["text"]]
    assert panels == ["Phường 1, 01", "Phường 1, 02", "Xã An"]
