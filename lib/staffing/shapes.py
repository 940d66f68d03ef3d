"""The JSON shapes of staffing and its allowance budget: plain values for the `staffing --json` contract."""

from __future__ import annotations

import math
import numbers

from lib.staffing.budget import MONEY_COLUMNS, Budget
from lib.staffing.posts import COUNTS, Staffing


def staffing_json(s: Staffing, allowance: Budget | None = None) -> dict[str, object]:
    """The staffing figures as plain JSON values (the CLI contract), with the allowance budget or null."""
    wards = [
        {"code": str(r["code"]), "ward": str(r["ward"]), **{name: int(r[name]) for name in (*COUNTS, "hamlets")}}
        for r in s.wards.to_dict("records")
    ]
    return {
        "posts": s.posts,
        "people": s.people,
        "multi_title_persons": s.multi_title_persons,
        "heads_party_members": s.heads_party_members,
        "heads_not_party_members": s.heads_not_party_members,
        "secretaries_not_heads": s.secretaries_not_heads,
        "concurrent": s.concurrent,
        "hamlets": s.hamlets,
        "quota": s.quota,
        "quota_difference": s.quota_difference,
        "by_title": dict(s.by_title),
        "wards": wards,
        "allowance": None if allowance is None else budget_json(allowance),
    }


def budget_json(b: Budget) -> dict[str, object]:
    """A budget as plain JSON values: money in whole đồng, counts as ints, null where undefined."""
    return {
        "as_of": b.as_of.isoformat(),
        "base_salary": b.base_salary,
        "currency": "VND",
        "monthly_now": b.monthly_now,
        "monthly_if_all_concurrent": b.monthly_if_all_concurrent,
        "monthly_saving": b.monthly_saving,
        "yearly_now": b.yearly_now,
        "yearly_if_all_concurrent": b.yearly_if_all_concurrent,
        "yearly_saving": b.yearly_saving,
        "concurrent_persons": b.concurrent_persons,
        "concurrent_allowance_monthly": b.concurrent_allowance_monthly,
        "fund_per_hamlet": b.fund_per_hamlet,
        "hamlets_over_fund": b.hamlets_over_fund,
        "hamlets_over_fund_if_all_concurrent": b.hamlets_over_fund_if_all_concurrent,
        "wards": [
            {"code": str(r["code"]), "ward": str(r["ward"]), **{k: _plain(r[k]) for k in MONEY_COLUMNS}}
            for r in b.wards.to_dict("records")
        ],
    }


def _plain(value: object) -> int | None:
    """An int from a table cell; None for a missing one (None or NaN)."""
    if not isinstance(value, numbers.Real) or math.isnan(float(value)):
        return None
    return int(float(value))
