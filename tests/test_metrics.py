"""Coverage metrics on the 2019 baseline and on hand-made snapshots: counts, goals, ranking, hamlets behind."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from lib.analysis.metrics import (
    Coverage,
    GoalGap,
    city_coverage,
    goal_gap,
    goal_gaps,
    hamlet_roster,
    kind_summary,
    next_goal,
    not_concurrent,
    reason_counts,
    target_count,
    ward_coverage,
    ward_ranking,
    ward_summary,
    wards_behind,
    with_goal_needs,
)
from lib.core.model import Goal, Snapshot
from tests.helpers import BASELINE_COUNTS, WARD_CODES, row_of

WARD_HAMLETS = [7, 7, 7, 7, 7, 8, 6, 8, 6, 4]
GOAL_2019 = Goal(date(2019, 12, 31), 70.0)
GOAL_2020 = Goal(date(2020, 12, 31), 100.0)


def ward_snapshot(units: pd.DataFrame, counts: dict[str, int]) -> Snapshot:
    """A ward-level snapshot with the given concurrent count per ward code (others absent)."""
    frame = pd.DataFrame({"code": list(counts), "concurrent": list(counts.values())})
    return Snapshot(
        id="test",
        as_of=date(2020, 6, 30),
        granularity="ward",
        units=units,
        ward_counts=frame,
        hamlets=None,
    )


@pytest.fixture(scope="module")
def extremes(units: pd.DataFrame) -> Snapshot:
    """Phường 5 with all 7 hamlets concurrent, Xã Hiệp Thành with none, the rest as at baseline."""
    counts = dict(zip(WARD_CODES, BASELINE_COUNTS, strict=True))
    counts["31819"] = 7
    counts["31840"] = 0
    return ward_snapshot(units, counts)


# --- target_count -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pct", "hamlets", "expected"),
    [
        (70, 67, 47),  # 46.9 rounded up
        (70.0, 67, 47),
        (100, 67, 67),
        (100.0, 67, 67),
        (70, 10, 7),  # exactly 7: no float error rounding up to 8
        (70.0, 10, 7),
        (35, 20, 7),
        (70, 20, 14),
        (70, 4, 3),  # 2.8 rounded up
        (70, 6, 5),  # 4.2 rounded up
        (70, 8, 6),  # 5.6 rounded up
        (70, 7, 5),  # 4.9 rounded up
        (70, 0, 0),
        (100, 0, 0),
        (0, 67, 0),
        (1, 67, 1),  # 0.67 rounded up
    ],
)
def test_target_count(pct: float, hamlets: int, expected: int) -> None:
    result = target_count(pct, hamlets)
    assert result == expected
    assert isinstance(result, int)


# --- goals on the baseline ----------------------------------------------------------------------


def test_baseline_coverage(baseline: Snapshot) -> None:
    coverage = city_coverage(baseline)
    assert coverage == Coverage(67, 46)
    assert coverage.not_concurrent == 21
    assert coverage.pct == pytest.approx(68.656716, abs=1e-6)


def test_goal_gaps_on_baseline(baseline: Snapshot, goals: tuple[Goal, ...]) -> None:
    gaps = goal_gaps(goals, city_coverage(baseline))
    assert gaps == [
        GoalGap(date(2019, 12, 31), 70.0, required=47, remaining=1),
        GoalGap(date(2020, 12, 31), 100.0, required=67, remaining=21),
    ]
    assert [g.met for g in gaps] == [False, False]


@pytest.mark.parametrize(
    ("concurrent", "remaining", "met"),
    [(46, 1, False), (47, 0, True), (52, 0, True), (67, 0, True), (0, 47, False)],
)
def test_goal_gap_never_negative(concurrent: int, remaining: int, met: bool) -> None:
    gap = goal_gap(GOAL_2019, Coverage(67, concurrent))
    assert gap.required == 47
    assert gap.remaining == remaining
    assert gap.met is met


@pytest.mark.parametrize(
    ("concurrent", "expected"),
    [(46, GOAL_2019), (47, GOAL_2020), (66, GOAL_2020), (67, GOAL_2020)],
)
def test_next_goal(goals: tuple[Goal, ...], concurrent: int, expected: Goal) -> None:
    assert goals == (GOAL_2019, GOAL_2020)
    gaps = goal_gaps(goals, Coverage(67, concurrent))
    assert next_goal(goals, gaps) == expected


# --- ward and kind summaries on the baseline ----------------------------------------------------


def test_ward_summary_on_baseline(baseline: Snapshot) -> None:
    wards = ward_summary(baseline)
    assert list(wards["code"]) == WARD_CODES
    assert list(wards["hamlets"]) == WARD_HAMLETS
    assert list(wards["concurrent"]) == BASELINE_COUNTS
    assert list(wards["not_concurrent"]) == [h - c for h, c in zip(WARD_HAMLETS, BASELINE_COUNTS, strict=True)]
    assert list(wards["kind"]) == ["phường"] * 7 + ["xã"] * 3
    assert wards.loc[wards["code"] == "31840", "coverage_pct"].item() == pytest.approx(25.0)
    assert wards.loc[wards["code"] == "31831", "coverage_pct"].item() == pytest.approx(200 / 3)


@pytest.mark.parametrize(
    ("kind", "wards", "hamlets", "concurrent", "pct"),
    [("phường", 7, 49, 35, 100 * 35 / 49), ("xã", 3, 18, 11, 100 * 11 / 18)],
)
def test_kind_summary_on_baseline(
    baseline: Snapshot, kind: str, wards: int, hamlets: int, concurrent: int, pct: float
) -> None:
    kinds = kind_summary(baseline).set_index("kind")
    assert list(kinds.index) == ["phường", "xã"]
    row = row_of(kinds, kind)
    assert (int(row["wards"]), int(row["hamlets"]), int(row["concurrent"])) == (wards, hamlets, concurrent)
    assert int(row["not_concurrent"]) == hamlets - concurrent
    assert row["coverage_pct"] == pytest.approx(pct)


# --- ranking ------------------------------------------------------------------------------------


def test_ward_ranking_ties_share_a_rank(baseline: Snapshot) -> None:
    ranked = ward_ranking(ward_summary(baseline))
    got = dict(zip(ranked["ward"], ranked["rank"], strict=True))
    assert got == {
        "Phường 5": 1,
        "Phường 7": 1,
        "Xã Vĩnh Trạch": 3,
        "Phường 2": 4,
        "Phường 3": 4,
        "Phường Nhà Mát": 6,
        "Xã Vĩnh Trạch Đông": 6,
        "Phường 8": 8,
        "Phường 1": 9,
        "Xã Hiệp Thành": 10,
    }
    assert list(ranked["rank"]) == sorted(ranked["rank"])  # best first


def test_ward_coverage_and_rank(baseline: Snapshot) -> None:
    ranked = ward_ranking(ward_summary(baseline))
    assert ward_coverage(ranked, "31840") == (Coverage(4, 1), 10)
    assert ward_coverage(ranked, "31819") == (Coverage(7, 6), 1)


# --- wards behind a goal ------------------------------------------------------------------------


def test_wards_behind_2019_goal(baseline: Snapshot) -> None:
    behind = wards_behind(ward_summary(baseline), GOAL_2019)
    assert list(behind["ward"]) == ["Xã Hiệp Thành", "Phường 1", "Phường 8", "Phường Nhà Mát", "Xã Vĩnh Trạch Đông"]
    assert list(behind["target_count"]) == [3, 5, 6, 5, 5]
    assert list(behind["needed"]) == [2, 1, 1, 1, 1]


def test_wards_behind_2020_goal_is_every_ward(baseline: Snapshot) -> None:
    behind = wards_behind(ward_summary(baseline), GOAL_2020)
    assert len(behind) == 10
    assert int(behind["needed"].sum()) == 21
    assert list(behind["needed"]) == sorted(behind["needed"], reverse=True)


def test_with_goal_needs_never_negative(baseline: Snapshot) -> None:
    needs = with_goal_needs(ward_summary(baseline), GOAL_2019)
    assert list(needs["target_count"]) == [5, 5, 5, 5, 5, 6, 5, 6, 5, 3]
    assert list(needs["needed"]) == [1, 0, 0, 0, 0, 1, 1, 0, 1, 2]


# --- a ward with every hamlet concurrent and a ward with none -----------------------------------


def test_extremes_summary(extremes: Snapshot) -> None:
    wards = ward_summary(extremes).set_index("code")
    assert wards.loc["31819", "concurrent"] == 7
    assert wards.loc["31819", "not_concurrent"] == 0
    assert wards.loc["31819", "coverage_pct"] == pytest.approx(100.0)
    assert wards.loc["31840", "concurrent"] == 0
    assert wards.loc["31840", "not_concurrent"] == 4
    assert wards.loc["31840", "coverage_pct"] == pytest.approx(0.0)
    assert city_coverage(extremes) == Coverage(67, 46)  # +1 in Phường 5, -1 in Hiệp Thành


def test_extremes_ranking(extremes: Snapshot) -> None:
    ranked = ward_ranking(ward_summary(extremes))
    assert ranked.iloc[0]["ward"] == "Phường 5"
    assert ranked.iloc[0]["rank"] == 1
    assert ranked.iloc[1]["rank"] == 2  # Phường 7 no longer ties with it
    assert ranked.iloc[-1]["ward"] == "Xã Hiệp Thành"
    assert ranked.iloc[-1]["rank"] == 10


@pytest.mark.parametrize(("goal", "needed_none"), [(GOAL_2019, 3), (GOAL_2020, 4)])
def test_extremes_behind(extremes: Snapshot, goal: Goal, needed_none: int) -> None:
    behind = wards_behind(ward_summary(extremes), goal)
    assert "31819" not in set(behind["code"])  # a full ward is never behind
    first = behind.iloc[0]
    assert first["code"] == "31840"
    assert first["needed"] == needed_none
    assert first["coverage_pct"] == 0.0


def test_extremes_kind_summary(extremes: Snapshot) -> None:
    kinds = kind_summary(extremes).set_index("kind")
    assert int(row_of(kinds, "phường")["concurrent"]) == 36
    assert int(row_of(kinds, "xã")["concurrent"]) == 10


def test_ward_level_snapshot_has_no_hamlets(extremes: Snapshot) -> None:
    assert hamlet_roster(extremes) is None
    assert not_concurrent(extremes) is None
    assert reason_counts(extremes).empty


def test_absent_ward_counts_as_zero(units: pd.DataFrame) -> None:
    snapshot = ward_snapshot(units, {"31825": 7, "31840": 2})
    wards = ward_summary(snapshot)
    assert list(wards["concurrent"]) == [7, 0, 0, 0, 0, 0, 0, 0, 0, 2]
    assert city_coverage(snapshot) == Coverage(67, 9)


def test_every_hamlet_concurrent_meets_every_goal(units: pd.DataFrame, goals: tuple[Goal, ...]) -> None:
    snapshot = ward_snapshot(units, dict(zip(WARD_CODES, WARD_HAMLETS, strict=True)))
    coverage = city_coverage(snapshot)
    assert coverage.pct == 100.0
    gaps = goal_gaps(goals, coverage)
    assert [g.remaining for g in gaps] == [0, 0]
    assert next_goal(goals, gaps) == GOAL_2020
    assert wards_behind(ward_summary(snapshot), GOAL_2020).empty


# --- hamlets not concurrent and their reasons ---------------------------------------------------


def test_not_concurrent_on_baseline(baseline: Snapshot) -> None:
    behind = not_concurrent(baseline)
    assert behind is not None
    assert len(behind) == 21
    assert not behind["concurrent"].any()
    assert behind["reason"].value_counts().to_dict() == {"head_not_party_member": 12, "secretary_not_head": 9}


@pytest.mark.parametrize(
    ("ward_code", "hamlets"),
    [
        ("31840", ["Ấp Giồng Giữa", "Ấp Giồng Nhãn", "Ấp Xóm Lẫm"]),
        ("31837", ["Ấp Giồng Giữa A", "Ấp Giồng Giữa B"]),
        ("31828", ["Khóm 1", "Khóm Cầu Sập", "Khóm Trà Kha B"]),
        ("31819", ["Khóm 7"]),
    ],
)
def test_not_concurrent_in_one_ward(baseline: Snapshot, ward_code: str, hamlets: list[str]) -> None:
    behind = not_concurrent(baseline, ward_code)
    assert behind is not None
    assert list(behind["hamlet"]) == hamlets
    assert set(behind["ward_code"]) == {ward_code}


def test_reason_counts_on_baseline(baseline: Snapshot) -> None:
    assert reason_counts(baseline).to_dict() == {"head_not_party_member": 12, "secretary_not_head": 9}


def test_hamlet_roster_on_baseline(baseline: Snapshot, units: pd.DataFrame) -> None:
    roster = hamlet_roster(baseline)
    assert roster is not None
    assert len(roster) == 67
    assert list(roster["hamlet_code"]) == list(units["hamlet_code"])  # master order
    for column in ("hamlet", "hamlet_kind", "ward", "ward_kind", "concurrent", "reason"):
        assert column in roster.columns
    assert roster["concurrent"].dtype == bool
    assert int(roster["concurrent"].sum()) == 46
    counts = roster.groupby("ward_code", sort=False)["concurrent"].sum()
    assert list(counts) == BASELINE_COUNTS
    hiep_thanh = roster[roster["ward_code"] == "31840"]
    assert list(zip(hiep_thanh["hamlet"], hiep_thanh["concurrent"], strict=True)) == [
        ("Ấp Giồng Giữa", False),
        ("Ấp Giồng Nhãn", False),
        ("Ấp Giồng Nhãn A", True),
        ("Ấp Xóm Lẫm", False),
    ]


def test_hamlet_roster_missing_hamlet_is_not_concurrent(baseline: Snapshot) -> None:
    assert baseline.hamlets is not None
    partial = replace(baseline, hamlets=baseline.hamlets[baseline.hamlets["hamlet_code"] != "31840-03"])
    roster = hamlet_roster(partial)
    assert roster is not None
    assert len(roster) == 67
    assert not bool(roster.loc[roster["hamlet_code"] == "31840-03", "concurrent"].item())
