"""Progress across a change of units: the series on either master, the breaks, a hamlet merge, goals restated."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from lib import store
from lib.analysis import units_series
from lib.analysis.units_series import Break
from lib.present import charts
from tests.helpers import GOLDEN, cli
from tests.progress_series import GOAL_KEYS
from tests.units_stores import changed, merged, units_import

D2019, D1219, D2025, D2026 = date(2019, 5, 6), date(2019, 12, 31), date(2025, 9, 30), date(2026, 3, 31)
SIX_BREAKS = [Break(date(2024, 12, 1), 67, 67), Break(date(2025, 7, 1), 67, 67)]


@pytest.fixture(scope="module")
def changed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return changed(tmp_path_factory.mktemp("changed") / "data")


@pytest.fixture(scope="module")
def merged_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return merged(tmp_path_factory.mktemp("merged") / "data")


def _on(data: Path, day: date, reference: date) -> units_series.OnUnits:
    target = units_series.chosen_master(data, day)
    on = units_series.progress_on(data, target, units_series.other_master(data, target), reference)
    assert on is not None
    return on


# --- the series on either master, by hand ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "master", "wards"),
    [
        # the 2025 wards: the baseline 25 + 12 + 9 (test_units_change), then +4 in Phường 1 and 2, then +7, +1, +2
        (date(2025, 7, 1), 2, {"Phường Bạc Liêu": [25, 29, 36], "Phường Vĩnh Trạch": [12, 12, 13],
                               "Phường Hiệp Thành": [9, 9, 11]}),
        # the 2025 snapshot summed back onto the 2019 wards, hamlet by hamlet (each continues one to one)
        (date(2019, 5, 6), 0, {"Phường 1": [4, 7, 7], "Phường 2": [5, 6, 7], "Phường 8": [5, 5, 8],
                               "Phường 5": [6, 6, 7], "Phường Nhà Mát": [4, 4, 6], "Xã Hiệp Thành": [1, 1, 1]}),
        (date(2024, 12, 1), 1, {"Phường 3": [5, 5, 7], "Xã Vĩnh Trạch Đông": [4, 4, 4]}),
    ],
)  # fmt: skip
def test_the_series_on_each_master(changed_store: Path, day: date, master: int, wards: dict[str, list[int]]) -> None:
    on = _on(changed_store, day, D2025)
    assert on.series.units.id == master
    seen = [(o.as_of, o.concurrent, o.expressed, o.hamlets, o.recorded_on.id) for o in on.series.observations]
    assert seen == [(D2019, 46, 67, 67, 0), (D1219, 50, 67, 67, 0), (D2025, 60, 67, 67, 2)]
    assert on.city.series["concurrent"].tolist() == [46, 50, 60] and on.city.hamlets == 67
    by_name = {w.name: w.series["concurrent"].tolist() for w in on.wards}
    assert {name: by_name[name] for name in wards} == wards
    assert on.breaks == SIX_BREAKS  # the two changes between 06/05/2019 and 30/09/2025, 67 hamlets on each side


def test_breaks_only_between_the_first_observation_and_the_reference(changed_store: Path) -> None:
    assert _on(changed_store, date(2025, 7, 1), D1219).breaks == []  # judged as of 31/12/2019: no change yet
    assert units_series.breaks(changed_store, D2019, date(2025, 1, 1)) == SIX_BREAKS[:1]


# --- hamlets that merge: counted, never guessed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "observations", "series", "restated"),
    [
        # on the 2026 units: the baseline lacks the two merged hamlets (Khóm 3+4 had 0+1 concurrent, 6+7 had 1+1)
        (date(2026, 1, 1), [(D2019, 43, 63, 65, {"merged": 2}), (D2026, 61, 65, 65, {})], [61],
         [(46, 65, 47, 67), (65, 65, 67, 67)]),
        # on the 2019 units: the four 2019 hamlets that merged cannot be read from the 2026 figures
        (date(2019, 5, 6), [(D2019, 46, 67, 67, {}), (D2026, 59, 63, 67, {"merged": 4})], [46],
         [(47, 67, 46, 65), (67, 67, 65, 65)]),
    ],
)  # fmt: skip
def test_a_hamlet_merge_is_counted_as_unexpressed(
    merged_store: Path,
    day: date,
    observations: list[tuple[date, int, int, int, dict[str, int]]],
    series: list[int],
    restated: list[tuple[int, int, int, int]],
) -> None:
    on = _on(merged_store, day, D2026)
    seen = [(o.as_of, o.concurrent, o.expressed, o.hamlets, o.unexpressed) for o in on.series.observations]
    assert seen == observations
    assert on.city.series["concurrent"].tolist() == series  # only what is expressed in full is a point
    assert on.breaks == [Break(date(2026, 1, 1), 67, 65)]
    other = [on.restated(g.target_pct) for g in on.city.goals]
    pairs = zip(on.city.goals, other, strict=True)
    goals = [(g.target_count, on.city.hamlets, o["target_count"], o["hamlets"]) for g, o in pairs]
    assert goals == restated  # 70 % of 65 = 45.5 -> 46, of 67 = 46.9 -> 47 (rounded up, as everywhere)


# --- the CLI -------------------------------------------------------------------------------------------------------


def test_cli_progress_on_units_json(changed_store: Path) -> None:
    plain = json.loads(cli("progress", "--json", "--data-dir", changed_store).stdout)
    data = json.loads(cli("progress", "--on-units", "2025-07-01", "--json", "--data-dir", changed_store).stdout)
    assert set(data) == set(plain) | {"units", "restated_on", "breaks", "series"}
    assert data["units"] == {"effective": "2025-07-01", "id": 2}
    assert data["restated_on"] == {"effective": "2019-05-06", "id": None}  # where the goals were set
    assert data["breaks"] == [
        {"date": "2024-12-01", "hamlets_before": 67, "hamlets_after": 67},
        {"date": "2025-07-01", "hamlets_before": 67, "hamlets_after": 67},
    ]
    assert [(s["as_of"], s["concurrent"], s["expressed"], s["used"]) for s in data["series"]] == [
        ("2019-05-06", 46, 67, True),
        ("2019-12-31", 50, 67, True),
        ("2025-09-30", 60, 67, True),
    ]
    assert data["series"][0]["recorded_on"] == {"effective": "2019-05-06", "id": None}
    assert data["series"][0]["unexpressed"] == {"hamlets": 0, "reasons": {}}
    assert all(set(g) == GOAL_KEYS | {"restated"} for g in data["city"])
    assert [g["restated"] for g in data["city"]] == [
        {"hamlets": 67, "target_count": 47},
        {"hamlets": 67, "target_count": 67},
    ]
    assert [g["current"] for g in data["city"]] == [60, 60] and data["city"][0]["observed_pace"] == 0.1675
    assert [w["ward"] for w in data["wards"]] == ["Phường Bạc Liêu", "Phường Vĩnh Trạch", "Phường Hiệp Thành"]


@pytest.mark.parametrize(
    ("lang", "day", "lines"),
    [
        ("vi", "2025-07-01", ["Theo danh mục đơn vị #2, có hiệu lực từ ngày 01/07/2025.",
                              "Đổi đơn vị hành chính 01/07/2025: 67 → 67 khóm, ấp.",
                              "70 % = 47/67 khóm, ấp trên đơn vị từ 01/07/2025; = 47/67 trên đơn vị từ 06/05/2019"]),
        ("en", "2019-05-06", ["On the built-in units master (2019), in force from 06/05/2019.",
                              "Units changed 01/12/2024: 67 → 67 hamlets.",
                              "3 snapshots expressed in full on these units, 1 of them restated from other units"]),
    ],
)  # fmt: skip
def test_cli_progress_on_units_text(changed_store: Path, lang: str, day: str, lines: list[str]) -> None:
    run = cli("progress", "--on-units", day, "--data-dir", changed_store, "--lang", lang)
    assert run.returncode == 0, run.stderr
    for line in lines:
        assert line in run.stdout


def test_cli_judges_an_earlier_date_on_earlier_units(changed_store: Path) -> None:
    run = cli("progress", "--on-units", "2019-05-06", "--as-of", "2019-12-31", "--json", "--data-dir", changed_store)
    data = json.loads(run.stdout)  # the 2025 master's own snapshots start on 30/09/2025: no matter on the 2019 units
    assert [g["current"] for g in data["city"]] == [50, 50] and data["breaks"] == []
    assert [s["as_of"] for s in data["series"]] == ["2019-05-06", "2019-12-31"]


def test_cli_merged_text_and_nothing_expressible(merged_store: Path) -> None:
    text = cli("progress", "--on-units", "2026-01-01", "--data-dir", merged_store).stdout
    assert "70 % = 46/65 khóm, ấp trên đơn vị từ 01/01/2026; = 47/67 trên đơn vị từ 06/05/2019" in text
    assert "Số liệu ngày 06/05/2019 không biểu diễn đầy đủ được trên đơn vị này nên không tính: 2 do sáp nhập" in text
    early = cli("progress", "--on-units", "2026-01-01", "--as-of", "2025-01-01", "--data-dir", merged_store)
    assert early.returncode == 1 and "Chưa có bản số liệu nào biểu diễn đầy đủ" in early.stderr


# --- the chart -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "label"), [("vi", "Đổi đơn vị hành chính 01/07/2025"), ("en", "Units changed 01/07/2025")]
)
def test_the_chart_draws_the_break(changed_store: Path, lang: str, label: str) -> None:
    on = _on(changed_store, date(2025, 7, 1), D2025)
    goals = store.goals(changed_store)
    fig = charts.progress_figure(on.city, goals, D2025, lang, breaks=on.breaks)
    assert list(fig.data[0].y) == [46, 50, 60]
    assert list(fig.data[0].x) == ["2019-05-06", "2019-12-31", "2025-09-30"]
    lines = [(s.x0, s.x1, s.line.dash) for s in fig.layout.shapes if s.type == "line" and s.yref == "paper"]
    assert lines == [("2024-12-01", "2024-12-01", "dash"), ("2025-07-01", "2025-07-01", "dash")]
    notes = {a.text: a.x for a in fig.layout.annotations}
    assert notes[label] == "2025-07-01"
    plain = charts.progress_figure(on.city, goals, D2025, lang)
    assert not [s for s in plain.layout.shapes if s.yref == "paper"]  # without breaks, as before


# --- a ward summary: whole wards add up, on every later master ------------------------------------------------


def test_a_ward_summary_on_merged_wards(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli("import", GOLDEN / "ward_summary_2019-12-31_cp1258.csv", "--data-dir", data).returncode == 0
    units_import(data, "2024-12-01")
    on_2024 = _on(data, date(2024, 12, 1), D1219)  # the same ward codes: each ward's figure goes whole
    assert [(o.as_of, o.concurrent, o.expressed) for o in on_2024.series.observations] == [
        (D2019, 46, 67),
        (D1219, 52, 67),
    ]
    units_import(data, "2025-07-01")
    on_2025 = _on(data, date(2025, 7, 1), D1219)
    assert [(o.as_of, o.concurrent, o.unexpressed) for o in on_2025.series.observations] == [
        (D2019, 46, {}),
        (D1219, 52, {}),  # read on its own 2019 wards, each ward's figure goes whole into the ward it merged into
    ]
    assert on_2025.city.series["concurrent"].tolist() == [46, 52]
    wards = {w.name: w.series["concurrent"].tolist() for w in on_2025.wards}
    assert list(wards) == ["Phường Bạc Liêu", "Phường Vĩnh Trạch", "Phường Hiệp Thành"]
    assert [sum(series) for series in zip(*wards.values(), strict=True)] == [46, 52]  # the wards add up to the city
