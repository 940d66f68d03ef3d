"""Levels above the wards: a national master aggregated by province and district, with drill-down."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analysis import levels


def wards_of(rows: list[tuple[str, str, str, str, int, int]]) -> pd.DataFrame:
    """Ward tables as metrics.ward_summary gives them: (province, district, ward code, ward, hamlets, concurrent)."""
    frame = pd.DataFrame(rows, columns=["province", "district", "code", "ward", "hamlets", "concurrent"])
    frame["province_code"] = frame["province"].str[-2:]
    frame["district_code"] = frame["district"].str[-3:]
    frame["kind"] = "xã"
    frame["not_concurrent"] = frame["hamlets"] - frame["concurrent"]
    frame["coverage_pct"] = 100.0 * frame["concurrent"] / frame["hamlets"]
    return frame


COUNTRY = wards_of(
    [
        ("Tỉnh A 01", "Huyện X 101", "w1", "Xã 1", 10, 7),
        ("Tỉnh A 01", "Huyện X 101", "w2", "Xã 2", 10, 3),
        ("Tỉnh A 01", "Huyện Y 102", "w3", "Xã 3", 5, 5),
        ("Tỉnh B 02", "Huyện Z 201", "w4", "Xã 4", 20, 4),
    ]
)
CITY = wards_of([("Tỉnh Bạc Liêu 95", "TP Bạc Liêu 954", "31825", "Phường 1", 7, 4)] * 2)


@pytest.mark.parametrize(
    ("wards", "expected"), [(COUNTRY, ["province", "district"]), (CITY, []), (COUNTRY.iloc[:3], ["district"])]
)
def test_upper_levels_are_those_with_several_units(wards: pd.DataFrame, expected: list[str]) -> None:
    assert levels.upper_levels(wards) == expected


def test_aggregate_by_province_sums_hamlets_and_concurrent() -> None:
    provinces = levels.aggregate(COUNTRY, "province")
    assert list(provinces["code"]) == ["01", "02"]
    assert list(provinces["ward"]) == ["Tỉnh A 01", "Tỉnh B 02"]
    assert list(provinces["hamlets"]) == [25, 20] and list(provinces["concurrent"]) == [15, 4]
    assert list(provinces["wards"]) == [3, 1]
    assert provinces["coverage_pct"].tolist() == pytest.approx([60.0, 20.0])
    assert provinces["hamlets"].sum() == COUNTRY["hamlets"].sum()


@pytest.mark.parametrize(
    ("choices", "level", "units", "hamlets"),
    [
        ({}, "province", ["01", "02"], 45),
        ({"province": "01"}, "district", ["101", "102"], 25),
        ({"province": "01", "district": "101"}, "ward", ["w1", "w2"], 20),
        ({"province": "02"}, "ward", ["w4"], 20),  # one district only: straight to its wards
    ],
)
def test_drill_down_goes_one_level_at_a_time(
    choices: dict[str, str | None], level: str, units: list[str], hamlets: int
) -> None:
    inside = levels.scoped(COUNTRY, choices)
    assert levels.next_level(inside) == level
    shown = levels.aggregate(inside, level)
    assert list(shown["code"]) == units and shown["hamlets"].sum() == hamlets


def test_options_list_units_in_master_order() -> None:
    assert levels.options(COUNTRY, "district") == {"101": "Huyện X 101", "102": "Huyện Y 102", "201": "Huyện Z 201"}
    assert levels.options(COUNTRY.drop(columns=["district_code"]), "district") == {}
