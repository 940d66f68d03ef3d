"""The allowance model and budget: the embedded file, hand-computed money, base-salary periods and the fund."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from lib.ingest.roster import parse_bytes
from lib.staffing import allowance as al
from lib.staffing import staffing, staffing_json
from lib.staffing.allowance import AllowanceModel, BasePeriod, Budget, all_concurrent, budget, model_at
from tests.helpers import row_of
from tests.officers import O01, O01_RATES, SMALL, SMALL_MODEL, SMALL_RATES, Row, embedded_allowance, roster

DEFAULT, DEFAULT_ISSUES = embedded_allowance()
PERIODS = DEFAULT.base_salary
END_2019 = date(2019, 12, 31)


def one(position: str, hamlet: str = "31825-01", person: str = "code:a") -> Row:
    return (hamlet[:5], hamlet, (position,), "A", True, person)


# --- The default file -----------------------------------------------------------------------------


def test_default_file_invents_nothing() -> None:
    assert DEFAULT_ISSUES == []
    assert [(p.effective_from, p.amount) for p in PERIODS] == [
        (date(2018, 7, 1), 1_390_000),
        (date(2019, 7, 1), 1_490_000),
        (date(2023, 7, 1), 1_800_000),
        (date(2024, 7, 1), 2_340_000),
    ]
    [version] = DEFAULT.versions
    assert version.coefficients == {} and version.concurrent_share is None and version.fund_multiplier is None
    assert version.quota == 595


def test_default_model_gives_no_money(units: pd.DataFrame) -> None:
    model = model_at(DEFAULT.versions, END_2019)
    assert al.missing(model) == ["coefficient:secretary", "coefficient:head", "concurrent_share"]
    assert al.missing_for(roster(SMALL), model, PERIODS, END_2019) == [
        "coefficient:secretary",
        "coefficient:head",
        "coefficient:front_head",
        "coefficient:police",
        "concurrent_share",
    ]
    assert budget(roster(SMALL), units, model, PERIODS, END_2019) is None
    assert staffing_json(staffing(roster(SMALL), units), None)["allowance"] is None


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (None, ["model"]),
        (replace(SMALL_MODEL, concurrent_share=None), ["concurrent_share"]),
        (replace(SMALL_MODEL, coefficients={"secretary": 1.2}), ["coefficient:head"]),
        (replace(SMALL_MODEL, concurrent_share=0.0), []),  # 0 is a value: no concurrent allowance
        (SMALL_MODEL, []),
    ],
)
def test_missing(model: AllowanceModel | None, expected: list[str]) -> None:
    assert al.missing(model) == expected


def test_no_base_salary_before_the_first_period(units: pd.DataFrame) -> None:
    rows = [one("secretary")]
    assert al.missing_for(roster(rows), SMALL_MODEL, PERIODS, date(2018, 6, 30)) == ["base_salary"]
    assert budget(roster(rows), units, SMALL_MODEL, PERIODS, date(2018, 6, 30)) is None


# --- The budget, by hand --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small(units: pd.DataFrame) -> Budget:
    result = budget(roster(SMALL), units, SMALL_MODEL, PERIODS, END_2019)
    assert result is not None
    return result


def test_small_budget_by_hand(small: Budget) -> None:
    # Coefficients per person (max + 0.5 × the rest):
    #   An  secretary+head          1.2 + 0.5×1.0       = 1.7
    #   Bình police                                      = 0.5
    #   Cường secretary                                  = 1.2
    #   Dũng head+front head        1.0 + 0.5×0.8       = 1.4
    #   Em  secretary+head+front    1.2 + 0.5×(1.0+0.8) = 2.1   (three titles: the highest in full)
    #   total 6.9 × 1 490 000 = 10 281 000
    # If all concurrent, Khóm 2's head title passes to Cường (1.2 + 0.5×1.0 = 1.7) and Dũng keeps the front (0.8):
    #   6.9 − (1.2 + 1.4) + (1.7 + 0.8) = 6.8 × 1 490 000 = 10 132 000; saving 0.1 × 1 490 000 = 149 000
    # Concurrent allowance: An 0.5 + Dũng 0.4 + Em 0.9 = 1.8 × 1 490 000 = 2 682 000
    # 2019: Jan–Jun at 1 390 000 and Jul–Dec at 1 490 000, so a year is 6×1 390 000 + 6×1 490 000 = 17 280 000:
    #   6.9 × 17 280 000 = 119 232 000; 6.8 × 17 280 000 = 117 504 000
    assert small.base_salary == 1_490_000
    assert (small.monthly_now, small.monthly_if_all_concurrent, small.monthly_saving) == (
        10_281_000,
        10_132_000,
        149_000,
    )
    assert (small.yearly_now, small.yearly_if_all_concurrent, small.yearly_saving) == (
        119_232_000,
        117_504_000,
        1_728_000,
    )
    assert (small.concurrent_persons, small.concurrent_allowance_monthly) == (3, 2_682_000)
    assert (small.fund_per_hamlet, small.hamlets_over_fund) == (None, None)


def test_small_budget_per_ward_and_person(small: Budget) -> None:
    # Phường 1: Khóm 1 (1.7 + 0.5) + Khóm 2 (1.2 + 1.4) = 4.8 -> 7 152 000; if all: 2.2 + 2.5 = 4.7 -> 7 003 000
    # Xã Hiệp Thành: Em 2.1 -> 3 129 000 either way. Concurrent allowance: 0.9 in each ward -> 1 341 000.
    wards = small.wards.set_index("code")
    assert row_of(wards, "31825")[list(al.MONEY_COLUMNS[:4])].tolist() == [7_152_000, 7_003_000, 149_000, 1_341_000]
    assert row_of(wards, "31840")[list(al.MONEY_COLUMNS[:4])].tolist() == [3_129_000, 3_129_000, 0, 1_341_000]
    persons = {r["full_name"]: r for r in small.persons.to_dict("records")}
    # An: 1.7 -> 2 533 000; main title only 1.2 -> 1 788 000; the concurrent allowance 0.5 -> 745 000
    assert [persons["Nguyễn Văn An"][k] for k in ("monthly", "main_title_only", "concurrent_allowance")] == [
        2_533_000,
        1_788_000,
        745_000,
    ]
    # Em: 2.1 -> 3 129 000; main 1.2 -> 1 788 000; 0.9 -> 1 341 000
    assert persons["Võ Thị Em"]["concurrent_allowance"] == 1_341_000
    assert set(persons) == {"Nguyễn Văn An", "Phạm Văn Dũng", "Võ Thị Em"}


def test_small_budget_formula(small: Budget) -> None:
    f = small.formula
    assert (f.base_salary, f.concurrent_share, f.year) == (1_490_000, 0.5, 2019)
    assert (f.coefficient_now, f.coefficient_if_all_concurrent, f.coefficient_concurrent_allowance) == (6.9, 6.8, 1.8)
    assert f.months == (1_390_000,) * 6 + (1_490_000,) * 6
    assert f.coefficients == SMALL_RATES
    assert {k: v for k, v in f.posts_by_title.items() if v} == {"secretary": 3, "head": 3, "front_head": 2, "police": 1}


@pytest.mark.parametrize(
    ("share", "monthly"),
    [
        (0.0, 1_788_000),  # 1.2 only
        (0.5, 2_533_000),  # 1.2 + 0.5×1.0
        (1.0, 3_278_000),  # 1.2 + 1.0: both titles in full
    ],
)
def test_concurrent_share(units: pd.DataFrame, share: float, monthly: int) -> None:
    rows: list[Row] = [("31825", "31825-01", ("secretary", "head"), "A", True, "code:a")]
    result = budget(roster(rows), units, replace(SMALL_MODEL, concurrent_share=share), PERIODS, END_2019)
    assert result is not None and result.monthly_now == result.monthly_if_all_concurrent == monthly


@pytest.mark.parametrize(
    ("as_of", "monthly", "yearly"),
    [
        # one secretary at 1.5
        (date(2018, 12, 31), 2_085_000, None),  # 1.5 × 1 390 000; Jan–Jun 2018 have no base salary in the file
        (date(2019, 3, 31), 2_085_000, 25_920_000),  # 6×1.5×1 390 000 + 6×1.5×1 490 000 = 12 510 000 + 13 410 000
        (date(2019, 7, 1), 2_235_000, 25_920_000),  # the new base from its first day
        (date(2020, 5, 6), 2_235_000, 26_820_000),  # 12 × 2 235 000
        (date(2023, 12, 31), 2_700_000, 29_610_000),  # 6 × 2 235 000 + 6 × 2 700 000
        (date(2024, 7, 1), 3_510_000, 37_260_000),  # 6 × 2 700 000 + 6 × 3 510 000
    ],
)
def test_base_salary_periods(units: pd.DataFrame, as_of: date, monthly: int, yearly: int | None) -> None:
    model = replace(SMALL_MODEL, coefficients={"secretary": 1.5})
    result = budget(roster([one("secretary")]), units, model, PERIODS, as_of)
    assert result is not None
    assert (result.monthly_now, result.yearly_now) == (monthly, yearly)


def test_a_period_starting_mid_month_counts_from_the_next_month(units: pd.DataFrame) -> None:
    # each month is paid at the base in effect on its first day: a base from 15/07 starts with August
    # 7 × 1 000 000 + 5 × 2 000 000 = 17 000 000
    periods = [BasePeriod(date(2019, 1, 1), 1_000_000), BasePeriod(date(2019, 7, 15), 2_000_000)]
    model = replace(SMALL_MODEL, coefficients={"secretary": 1.0})
    result = budget(roster([one("secretary")]), units, model, periods, date(2019, 7, 20))
    assert result is not None and (result.monthly_now, result.yearly_now) == (2_000_000, 17_000_000)


@pytest.mark.parametrize(
    ("hamlets", "expected"),
    [
        # 0.00005 × 1 490 000 = 74.5: half up gives 75 (Python's round would give 74)
        (["31825-01"], 75),
        # two such posts: 149.0 exactly; rounding each post first would give 150
        (["31825-01", "31825-02"], 149),
        # three: 223.5 -> 224
        (["31825-01", "31825-02", "31825-03"], 224),
    ],
)
def test_money_is_rounded_half_up_once(units: pd.DataFrame, hamlets: list[str], expected: int) -> None:
    model = replace(SMALL_MODEL, coefficients={"secretary": 0.00005})
    result = budget(roster([one("secretary", h) for h in hamlets]), units, model, PERIODS, END_2019)
    assert result is not None and result.monthly_now == expected


@pytest.mark.parametrize(
    ("multiplier", "fund", "over_now", "over_later"),
    [
        (2.55, 3_799_500, 1, 0),  # only Khóm 2 (2.6) exceeds 2.55; if concurrent it costs 2.5
        (2.0, 2_980_000, 3, 3),  # Khóm 1 2.2, Khóm 2 2.6 then 2.5, Giồng Giữa 2.1
        (4.5, 6_705_000, 0, 0),  # Nghị định 33/2023's smaller fund
    ],
)
def test_fund_per_hamlet(units: pd.DataFrame, multiplier: float, fund: int, over_now: int, over_later: int) -> None:
    result = budget(roster(SMALL), units, replace(SMALL_MODEL, fund_multiplier=multiplier), PERIODS, END_2019)
    assert result is not None
    assert (result.fund_per_hamlet, result.hamlets_over_fund, result.hamlets_over_fund_if_all_concurrent) == (
        fund,
        over_now,
        over_later,
    )
    assert int(result.wards["hamlets_over_fund"].sum()) == over_now
    assert int(result.hamlets["over_fund"].sum()) == over_now


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        ({"s": ("secretary",), "h": ("head",)}, {"s": ("secretary", "head")}),
        # the former head keeps the other title
        ({"s": ("secretary",), "h": ("head", "front_head")}, {"s": ("secretary", "head"), "h": ("front_head",)}),
        # the secretary keeps theirs too
        ({"s": ("secretary", "police"), "h": ("head",)}, {"s": ("secretary", "head", "police")}),
        # already concurrent, or nobody to merge: unchanged
        ({"s": ("secretary", "head"), "p": ("police",)}, {"s": ("secretary", "head"), "p": ("police",)}),
        ({"h": ("head",)}, {"h": ("head",)}),
        ({"s": ("secretary",)}, {"s": ("secretary",)}),
        # two secretaries listed: the head title goes to the first
        (
            {"s1": ("secretary",), "s2": ("secretary",), "h": ("head",)},
            {"s1": ("secretary", "head"), "s2": ("secretary",)},
        ),
    ],
)
def test_all_concurrent(titles: dict[str, tuple[str, ...]], expected: dict[str, tuple[str, ...]]) -> None:
    assert all_concurrent(titles) == expected


def test_empty_roster_costs_nothing(units: pd.DataFrame) -> None:
    result = budget(roster([]), units, SMALL_MODEL, PERIODS, END_2019)
    assert result is not None and (result.monthly_now, result.yearly_now, result.concurrent_persons) == (0, 0, 0)


def test_corpus_o01_budget_by_hand(units: pd.DataFrame) -> None:
    # o01 (67 hamlets, see test_staffing), secretary 1.2, head 1.0, every other title 0.5, share 0.5:
    #   49 secretary+head persons × 1.7 = 83.3; 3 head+deputy secretary × (1.0 + 0.25) = 3.75;
    #   single titles: 18 secretaries × 1.2 = 21.6, 15 heads × 1.0 = 15, 43 others (9 deputy secretaries, 10 front
    #   heads, 16 police, 8 women) × 0.5 = 21.5; total 145.15 × 1 490 000 = 216 273 500.
    #   If all concurrent: 15 hamlets save (1.2 + 1.0) − 1.7 = 0.5 and 3 save (1.2 + 1.25) − (1.7 + 0.5) = 0.25:
    #   8.25 × 1 490 000 = 12 292 500 saved, so 136.9 × 1 490 000 = 203 981 000.
    #   Concurrent allowance: 49 × 0.5 + 3 × 0.25 = 25.25 × 1 490 000 = 37 622 500.
    snapshot = parse_bytes(O01.read_bytes(), O01.name, units).snapshot
    assert snapshot is not None
    result = budget(snapshot.officers, units, replace(SMALL_MODEL, coefficients=O01_RATES), PERIODS, snapshot.as_of)
    assert result is not None
    assert (result.monthly_now, result.monthly_if_all_concurrent, result.monthly_saving) == (
        216_273_500,
        203_981_000,
        12_292_500,
    )
    assert (result.concurrent_persons, result.concurrent_allowance_monthly) == (52, 37_622_500)
    for column in al.MONEY_COLUMNS[:4]:  # every sum here is a whole number of đồng: the wards add up exactly
        assert int(result.wards[column].sum()) == getattr(result, column), column


def test_json_with_allowance(units: pd.DataFrame, small: Budget) -> None:
    out = staffing_json(staffing(roster(SMALL), units), small)
    text = json.dumps(out, ensure_ascii=False)
    money = json.loads(text)["allowance"]
    assert {"monthly_now", "monthly_if_all_concurrent", "currency"} <= set(money)
    assert money["currency"] == "VND" and money["as_of"] == "2019-12-31" and money["base_salary"] == 1_490_000
    for key in ("monthly_now", "monthly_if_all_concurrent", "monthly_saving", "yearly_now", "yearly_saving"):
        assert type(money[key]) is int, key
    assert money["monthly_now"] == 10_281_000 and money["fund_per_hamlet"] is None
    assert money["wards"][0] == {
        "code": "31825",
        "ward": "Phường 1",
        "monthly_now": 7_152_000,
        "monthly_if_all_concurrent": 7_003_000,
        "monthly_saving": 149_000,
        "concurrent_allowance_monthly": 1_341_000,
        "hamlets_over_fund": None,
    }
