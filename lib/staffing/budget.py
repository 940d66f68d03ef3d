"""The allowance budget of a roster: monthly and yearly, now and if every hamlet were concurrent, and the fund."""

# Rules, in coefficients of the base salary (lương cơ sở) per month:
# - a person is a person key within one hamlet (see staffing.posts); one holding one title receives its coefficient;
# - a person holding several titles receives the highest coefficient in full and each other title's coefficient
#   times the concurrent share (0..1): max + share × (sum − max). The part above the main title, share × (sum − max),
#   is the concurrent allowance: what holding the extra titles adds to their income;
# - "if all concurrent": in each hamlet whose secretary and head are different persons, the head title passes to the
#   (first-listed) secretary; the former head keeps any other title, and leaves the roll when none is left. Every
#   person is then paid by the rule above, so the secretary receives max + share × min for the two titles;
# - money is computed in exact decimals and rounded half up to whole đồng once, at the end of each total;
# - a year follows the base salary month by month: each month is paid at the base in effect on its first day, with
#   the roster and the model of as_of held for the whole year;
# - the fund of a hamlet is fund_multiplier × base (Nghị định 33/2023: 4.5 or 6.0); a hamlet exceeds it when the
#   allowances of all its priced titles together do.
# Nothing is invented: without the coefficients of the titles present, the share or a base salary in effect,
# `budget` returns None and `missing_for` says what staff must enter.

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import chain
from typing import Final, NamedTuple

import pandas as pd

from lib.ingest.officers import HEAD, SECRETARY
from lib.staffing.document import AllowanceModel, BasePeriod, base_salary_at
from lib.staffing.posts import TITLES, person_titles, posts

MONEY_COLUMNS: Final = (
    "monthly_now",
    "monthly_if_all_concurrent",
    "monthly_saving",
    "concurrent_allowance_monthly",
    "hamlets_over_fund",
)
PERSON_MONEY_COLUMNS: Final = (
    "ward_code",
    "ward",
    "hamlet_code",
    "hamlet",
    "full_name",
    "positions",
    "monthly",
    "main_title_only",
    "concurrent_allowance",
)


@dataclass(frozen=True)
class Formula:
    """The numbers that went into a budget, for the UI to put words around.

    coefficient_* are sums over persons of coefficients of the base salary; months holds the base salary of
    each month of `year` (None for a month before the first period).
    """

    base_salary: int
    coefficients: dict[str, float]
    concurrent_share: float
    posts_by_title: dict[str, int]
    coefficient_now: float
    coefficient_if_all_concurrent: float
    coefficient_concurrent_allowance: float
    year: int
    months: tuple[int | None, ...]
    fund_multiplier: float | None


@dataclass(frozen=True)
class Budget:
    """The monthly (and yearly) allowance cost of a roster, now and if every hamlet were concurrent, in đồng.

    wards: code, ward and MONEY_COLUMNS; hamlets: ward_code, hamlet_code, hamlet, monthly_now,
    monthly_if_all_concurrent, over_fund (None without a fund); persons: each person holding two or more
    titles (ward_code, ward, hamlet_code, hamlet, full_name, positions, monthly, main_title_only,
    concurrent_allowance), money rounded per person.
    """

    as_of: date
    base_salary: int
    monthly_now: int
    monthly_if_all_concurrent: int
    monthly_saving: int
    yearly_now: int | None
    yearly_if_all_concurrent: int | None
    yearly_saving: int | None
    concurrent_persons: int
    concurrent_allowance_monthly: int
    fund_per_hamlet: int | None
    hamlets_over_fund: int | None
    hamlets_over_fund_if_all_concurrent: int | None
    wards: pd.DataFrame
    hamlets: pd.DataFrame
    persons: pd.DataFrame
    formula: Formula


# --- What is missing --------------------------------------------------------------------------------------


def missing(model: AllowanceModel | None, titles: Iterable[str] = (SECRETARY, HEAD)) -> list[str]:
    """What staff must enter before money can be shown: "model", "coefficient:<title>", "concurrent_share"."""
    if model is None:
        return ["model"]
    wanted = set(titles)
    gaps = [f"coefficient:{t}" for t in TITLES if t in wanted and t not in model.coefficients]
    return gaps + (["concurrent_share"] if model.concurrent_share is None else [])


def missing_for(
    officers: pd.DataFrame | None, model: AllowanceModel | None, periods: Sequence[BasePeriod], as_of: date
) -> list[str]:
    """`missing` for the titles present in a roster, plus "base_salary" when none is in effect on as_of."""
    held = set() if officers is None or officers.empty else set(chain.from_iterable(officers["positions"].tolist()))
    gaps = missing(model, held)  # the titles the posts carry, without building the posts (1,000,000 rows: 1 s)
    return gaps + (["base_salary"] if base_salary_at(periods, as_of) is None else [])


# --- The budget -------------------------------------------------------------------------------------------


def _money(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _paid(titles: Sequence[str], rates: Mapping[str, Decimal], share: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """A person's coefficients: total max + share × rest, main title only max, concurrent allowance share × rest."""
    values = sorted((rates[t] for t in titles), reverse=True)
    extra = share * sum(values[1:], Decimal(0))
    return values[0] + extra, values[0], extra


def all_concurrent(titles: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """One hamlet's persons and titles if it were concurrent: the head title passes to the first secretary."""
    secretaries = [p for p, t in titles.items() if SECRETARY in t]
    heads = {p for p, t in titles.items() if HEAD in t}
    if not secretaries or not heads or heads & set(secretaries):
        return dict(titles)
    changed: dict[str, tuple[str, ...]] = {}
    for person, held in titles.items():
        kept = {t for t in held if t != HEAD} | ({HEAD} if person == secretaries[0] else set())
        if kept:
            changed[person] = tuple(t for t in TITLES if t in kept)
    return changed


class _Multi(NamedTuple):
    """A person holding two titles or more in one hamlet, with their coefficients (see `_paid`)."""

    ward_code: str
    hamlet_code: str
    full_name: str
    positions: tuple[str, ...]
    total: Decimal
    main: Decimal
    extra: Decimal


def _coefficients(
    table: pd.DataFrame, rates: Mapping[str, Decimal], share: Decimal
) -> tuple[pd.DataFrame, list[_Multi]]:
    """Per hamlet of the posts, in the roster's order: the coefficients paid now ("now"), if it were concurrent
    ("later") and as concurrent allowance ("extra"); and every person holding two titles or more."""
    hamlets: list[dict[str, object]] = []
    people: list[_Multi] = []
    for (ward_code, hamlet_code), group in table.groupby(["ward_code", "hamlet_code"], sort=False):
        place = {"ward_code": str(ward_code), "hamlet_code": str(hamlet_code)}
        held = person_titles(group)
        full_names = dict(zip(group["person"].astype(str), group["full_name"].astype(str), strict=True))
        now = [_paid(t, rates, share) for t in held.values()]
        later = sum((_paid(t, rates, share)[0] for t in all_concurrent(held).values()), Decimal(0))
        hamlets.append(
            {**place, "now": sum((n[0] for n in now), Decimal(0)), "later": later, "extra": sum(n[2] for n in now)}
        )
        for (person, titles), (total, main, extra) in zip(held.items(), now, strict=True):
            if len(titles) >= 2:
                people.append(_Multi(str(ward_code), str(hamlet_code), full_names[person], titles, total, main, extra))
    frame = pd.DataFrame.from_records(hamlets, columns=["ward_code", "hamlet_code", "now", "later", "extra"])
    return frame, people


def budget(
    officers: pd.DataFrame | None,
    units: pd.DataFrame,
    model: AllowanceModel | None,
    base_salary_periods: Sequence[BasePeriod],
    as_of: date,
) -> Budget | None:
    """The allowance cost of a roster on as_of (see the module's rules), or None when something is missing."""
    if model is None or missing_for(officers, model, base_salary_periods, as_of):
        return None
    assert model.concurrent_share is not None
    base = base_salary_at(base_salary_periods, as_of)
    assert base is not None
    share = Decimal(str(model.concurrent_share))
    fund = None if model.fund_multiplier is None else Decimal(str(model.fund_multiplier))
    wards = dict(zip(units["ward_code"].astype(str), units["ward"].astype(str), strict=True))
    names = dict(zip(units["hamlet_code"].astype(str), units["hamlet"].astype(str), strict=True))
    table = posts(officers)
    frame, people = _coefficients(table, {t: Decimal(str(c)) for t, c in model.coefficients.items()}, share)
    now_sum = sum(frame["now"], Decimal(0))
    later_sum = sum(frame["later"], Decimal(0))
    extra_sum = sum(frame["extra"], Decimal(0))
    months = tuple(base_salary_at(base_salary_periods, date(as_of.year, m, 1)) for m in range(1, 13))
    year_base = None if None in months else sum(m for m in months if m is not None)
    yearly_now = None if year_base is None else _money(now_sum * year_base)
    yearly_later = None if year_base is None else _money(later_sum * year_base)
    monthly_now, monthly_later = _money(now_sum * base), _money(later_sum * base)
    return Budget(
        as_of=as_of,
        base_salary=base,
        monthly_now=monthly_now,
        monthly_if_all_concurrent=monthly_later,
        monthly_saving=monthly_now - monthly_later,
        yearly_now=yearly_now,
        yearly_if_all_concurrent=yearly_later,
        yearly_saving=None if yearly_now is None or yearly_later is None else yearly_now - yearly_later,
        concurrent_persons=len(people),
        concurrent_allowance_monthly=_money(extra_sum * base),
        fund_per_hamlet=None if fund is None else _money(fund * base),
        hamlets_over_fund=None if fund is None else int(sum(v > fund for v in frame["now"])),
        hamlets_over_fund_if_all_concurrent=None if fund is None else int(sum(v > fund for v in frame["later"])),
        wards=_ward_money(frame, wards, base, fund),
        hamlets=_hamlet_money(frame, names, base, fund),
        persons=_person_money(people, wards, names, base),
        formula=Formula(
            base_salary=base,
            coefficients={t: model.coefficients[t] for t in TITLES if t in model.coefficients},
            concurrent_share=float(share),
            posts_by_title={t: int((table["position"] == t).sum()) for t in TITLES},
            coefficient_now=float(now_sum),
            coefficient_if_all_concurrent=float(later_sum),
            coefficient_concurrent_allowance=float(extra_sum),
            year=as_of.year,
            months=months,
            fund_multiplier=model.fund_multiplier,
        ),
    )


def _person_money(
    people: Iterable[_Multi], wards: Mapping[str, str], names: Mapping[str, str], base: int
) -> pd.DataFrame:
    """The persons holding two titles or more (PERSON_MONEY_COLUMNS), their money rounded per person."""
    rows = [
        {
            "ward_code": p.ward_code,
            "hamlet_code": p.hamlet_code,
            "ward": wards.get(p.ward_code, p.ward_code),
            "hamlet": names.get(p.hamlet_code, p.hamlet_code),
            "full_name": p.full_name,
            "positions": p.positions,
            "monthly": _money(p.total * base),
            "main_title_only": _money(p.main * base),
            "concurrent_allowance": _money(p.extra * base),
        }
        for p in people
    ]
    return pd.DataFrame.from_records(rows, columns=list(PERSON_MONEY_COLUMNS))


def _hamlet_money(frame: pd.DataFrame, names: Mapping[str, str], base: int, fund: Decimal | None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "ward_code": frame["ward_code"],
            "hamlet_code": frame["hamlet_code"],
            "hamlet": [names.get(c, c) for c in frame["hamlet_code"]],
            "monthly_now": [_money(v * base) for v in frame["now"]],
            "monthly_if_all_concurrent": [_money(v * base) for v in frame["later"]],
            "over_fund": [None if fund is None else bool(v > fund) for v in frame["now"]],
        }
    )


def _ward_money(frame: pd.DataFrame, wards: Mapping[str, str], base: int, fund: Decimal | None) -> pd.DataFrame:
    """Per ward, in the roster's order: each total rounded once, so the wards may differ from the city by 1 đồng."""
    rows: list[dict[str, object]] = []
    for code, group in frame.groupby("ward_code", sort=False):
        now = _money(sum(group["now"], Decimal(0)) * base)
        later = _money(sum(group["later"], Decimal(0)) * base)
        rows.append(
            {
                "code": str(code),
                "ward": wards.get(str(code), str(code)),
                "monthly_now": now,
                "monthly_if_all_concurrent": later,
                "monthly_saving": now - later,
                "concurrent_allowance_monthly": _money(sum(group["extra"], Decimal(0)) * base),
                "hamlets_over_fund": None if fund is None else int(sum(v > fund for v in group["now"])),
            }
        )
    return pd.DataFrame.from_records(rows, columns=["code", "ward", *MONEY_COLUMNS])
