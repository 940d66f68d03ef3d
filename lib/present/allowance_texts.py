"""Allowance sentences and tables for people: the model in effect, what is missing, the budget and its formula."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final

import pandas as pd

from lib.present import fmt
from lib.present.fmt import number
from lib.present.i18n import t
from lib.present.staffing_tables import money, person_columns, share_text, title_name
from lib.staffing import TITLES
from lib.staffing.budget import Budget
from lib.staffing.document import AllowanceModel, BasePeriod, base_salary_at

# --- the allowance model -------------------------------------------------------------------------------


def model_lines(model: AllowanceModel | None, periods: Sequence[BasePeriod], as_of: date, lang: str) -> list[str]:
    """The model in effect on as_of in sentences: version and its source, base salary, share, fund, quota."""
    day = fmt.day(as_of, lang)
    base = base_salary_at(periods, as_of)
    since = max((p.effective_from for p in periods if p.effective_from <= as_of), default=None)
    lines = [
        t("allowance.base_line", lang, amount=money(base, lang), date=fmt.day(since, lang))
        if base is not None and since is not None
        else t("allowance.base_none", lang, date=day)
    ]
    if model is None:
        return [t("allowance.no_model", lang, date=day), *lines]
    version = t("allowance.version", lang, date=fmt.day(model.effective_from, lang))
    if model.source:
        version = t("allowance.version_source", lang, date=fmt.day(model.effective_from, lang), source=model.source)
    share = (
        t("allowance.share_none", lang)
        if model.concurrent_share is None
        else t("allowance.share_line", lang, pct=share_text(model.concurrent_share, lang))
    )
    fund = (
        t("allowance.fund_none", lang)
        if model.fund_multiplier is None
        else t("allowance.fund_line", lang, multiplier=number(model.fund_multiplier, lang))
    )
    quota = (
        t("allowance.quota_none", lang)
        if model.quota is None
        else t("allowance.quota_line", lang, quota=fmt.integer(model.quota, lang))
    )
    return [version, *lines, share, fund, quota]


def coefficients_view(model: AllowanceModel | None, by_title: Mapping[str, int], lang: str) -> pd.DataFrame:
    """Every title that has a coefficient or posts in the roster: its coefficient ("chưa nhập") and its posts."""
    entered = {} if model is None else model.coefficients
    codes = [code for code in TITLES if code in entered or by_title.get(code, 0)]
    return pd.DataFrame(
        {
            t("col.position", lang): [title_name(c, lang) for c in codes],
            t("allowance.col_coefficient", lang): [
                number(entered[c], lang) if c in entered else t("allowance.not_entered", lang) for c in codes
            ],
            t("allowance.col_posts_in_roster", lang): [int(by_title.get(c, 0)) for c in codes],
        }
    )


def base_salary_view(periods: Sequence[BasePeriod], as_of: date, lang: str) -> pd.DataFrame:
    """The base-salary periods (public values), with the one in effect on as_of marked."""
    since = max((p.effective_from for p in periods if p.effective_from <= as_of), default=None)
    return pd.DataFrame(
        {
            t("allowance.col_from", lang): [fmt.day(p.effective_from, lang) for p in periods],
            t("allowance.col_amount", lang): [money(p.amount, lang) for p in periods],
            t("allowance.col_source", lang): [p.source for p in periods],
            t("allowance.col_in_effect", lang, date=fmt.day(as_of, lang)): [
                t("value.yes", lang) if p.effective_from == since else "" for p in periods
            ],
        }
    )


def missing_lines(gaps: Sequence[str], by_title: Mapping[str, int], as_of: date, lang: str) -> list[str]:
    """What staff must enter before money is shown, one sentence per gap (from allowance.missing_for)."""
    day = fmt.day(as_of, lang)
    lines = []
    for gap in gaps:
        if gap.startswith("coefficient:"):
            code = gap.split(":", 1)[1]
            posts = fmt.integer(int(by_title.get(code, 0)), lang)
            lines.append(t("allowance.missing_coefficient", lang, title=t(f"position.{code}", lang), posts=posts))
        elif gap == "concurrent_share":
            lines.append(t("allowance.missing_share", lang))
        elif gap == "base_salary":
            lines.append(t("allowance.missing_base", lang, date=day))
        else:
            lines.append(t("allowance.missing_model", lang, date=day))
    return lines


# --- the budget ----------------------------------------------------------------------------------------


def yearly(value: int | None, year: int, lang: str) -> str:
    return t("allowance.yearly_unknown", lang, year=year) if value is None else money(value, lang)


def income_line(b: Budget, lang: str) -> str:
    """The income change of the persons holding two titles or more."""
    if not b.concurrent_persons:
        return t("allowance.income_none", lang)
    return t(
        "allowance.income_line",
        lang,
        persons=fmt.integer(b.concurrent_persons, lang),
        amount=money(b.concurrent_allowance_monthly, lang),
    )


def fund_line(b: Budget, lang: str) -> str | None:
    """The fund per hamlet and how many hamlets exceed it, now and at 100 % concurrency (None without a fund)."""
    if b.fund_per_hamlet is None or b.formula.fund_multiplier is None:
        return None
    return t(
        "allowance.fund_status",
        lang,
        fund=money(b.fund_per_hamlet, lang),
        multiplier=number(b.formula.fund_multiplier, lang),
        now=fmt.integer(b.hamlets_over_fund or 0, lang),
        later=fmt.integer(b.hamlets_over_fund_if_all_concurrent or 0, lang),
    )


BUDGET_MONEY: Final = (
    ("monthly_now", "allowance.col_now"),
    ("monthly_if_all_concurrent", "allowance.col_all"),
    ("monthly_saving", "allowance.col_saving"),
    ("concurrent_allowance_monthly", "allowance.col_concurrent_allowance"),
)


def budget_wards_frame(b: Budget, lang: str) -> pd.DataFrame:
    """Monthly money per ward in đồng, as numbers (now, at 100 % concurrency, saving, concurrent allowance), the
    city's total, and the hamlets over the fund when there is one."""
    rows: list[list[object]] = [
        [str(r["ward"]), *(int(r[name]) for name, _ in BUDGET_MONEY)] for r in b.wards.to_dict("records")
    ]
    if rows:
        rows.append([t("staffing.total", lang), *(int(getattr(b, name)) for name, _ in BUDGET_MONEY)])
    frame = pd.DataFrame(rows, columns=[t("col.ward", lang), *(t(key, lang) for _, key in BUDGET_MONEY)])
    if b.fund_per_hamlet is not None:
        over = [int(v) for v in b.wards["hamlets_over_fund"]]
        frame[t("allowance.col_over_fund", lang)] = [*over, b.hamlets_over_fund or 0] if rows else over
    return frame


def budget_wards_view(b: Budget, lang: str) -> pd.DataFrame:
    """The money per ward as people read it: "216.273.500 đ"."""
    frame = budget_wards_frame(b, lang)
    for _, key in BUDGET_MONEY:
        frame[t(key, lang)] = [money(int(v), lang) for v in frame[t(key, lang)]]
    return frame


def budget_persons_view(b: Budget, lang: str, hide_names: bool) -> pd.DataFrame:
    """Each person holding two titles or more: the main title alone, what they receive, and the difference."""
    frame = b.persons
    return pd.DataFrame(
        {
            **person_columns(frame, lang, hide_names),
            t("allowance.col_main_only", lang): [money(int(v), lang) for v in frame["main_title_only"]],
            t("allowance.col_monthly", lang): [money(int(v), lang) for v in frame["monthly"]],
            t("allowance.col_extra", lang): [money(int(v), lang) for v in frame["concurrent_allowance"]],
        }
    )


def _month_runs(months: Sequence[int | None]) -> list[tuple[int, int | None]]:
    """Consecutive months with the same base salary: [(6, 1390000), (6, 1490000)]."""
    runs: list[tuple[int, int | None]] = []
    for value in months:
        if runs and runs[-1][1] == value:
            runs[-1] = (runs[-1][0] + 1, value)
        else:
            runs.append((1, value))
    return runs


def formula_lines(b: Budget, lang: str) -> list[str]:
    """How the money was computed, in words with the numbers (from Budget.formula)."""
    f = b.formula
    base = money(f.base_salary, lang)
    lines = [
        t("allowance.formula_rule", lang, share=share_text(f.concurrent_share, lang)),
        t("allowance.formula_rates", lang, rates=_rates_text(b, lang) or "—"),
        t(
            "allowance.formula_now",
            lang,
            coef=number(f.coefficient_now, lang),
            base=base,
            amount=money(b.monthly_now, lang),
        ),
        t(
            "allowance.formula_all",
            lang,
            coef=number(f.coefficient_if_all_concurrent, lang),
            base=base,
            amount=money(b.monthly_if_all_concurrent, lang),
            saving=money(b.monthly_saving, lang),
        ),
        t(
            "allowance.formula_extra",
            lang,
            coef=number(f.coefficient_concurrent_allowance, lang),
            base=base,
            amount=money(b.concurrent_allowance_monthly, lang),
        ),
        _year_line(b, lang),
    ]
    if f.fund_multiplier is not None and b.fund_per_hamlet is not None:
        multiplier = number(f.fund_multiplier, lang)
        lines.append(
            t("allowance.formula_fund", lang, multiplier=multiplier, base=base, fund=money(b.fund_per_hamlet, lang))
        )
    return lines


def _rates_text(b: Budget, lang: str) -> str:
    """The coefficient of each title present in the roster, with its posts ("" when none is)."""
    f = b.formula
    return "; ".join(
        t(
            "allowance.formula_title_rate",
            lang,
            title=t(f"position.{code}", lang),
            rate=number(rate, lang),
            posts=fmt.integer(f.posts_by_title.get(code, 0), lang),
        )
        for code, rate in f.coefficients.items()
        if f.posts_by_title.get(code, 0)
    )


def _year_line(b: Budget, lang: str) -> str:
    """The year's money, month by month at the base salary in effect; or why it is unknown."""
    f = b.formula
    known = [m for m in f.months if m is not None]
    if b.yearly_now is None or len(known) != len(f.months):
        return t("allowance.formula_year_unknown", lang, year=f.year, n=len(f.months) - len(known))
    runs = " + ".join(
        t("allowance.formula_run", lang, months=count, base=money(value or 0, lang))
        for count, value in _month_runs(f.months)
    )
    return t(
        "allowance.formula_year",
        lang,
        year=f.year,
        runs=runs,
        total=money(sum(known), lang),
        coef=number(f.coefficient_now, lang),
        amount=money(b.yearly_now, lang),
    )
