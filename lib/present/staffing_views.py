"""Staffing and allowance tables and sentences for people: titles, wards, money, the model, the formula, the editor."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Final

import pandas as pd

from lib.core.model import Snapshot
from lib.ingest.embedded import default_units
from lib.present import fmt
from lib.present.fmt import number, signed
from lib.present.i18n import t
from lib.staffing import DEFAULT_QUOTA, TITLES, Staffing
from lib.staffing.allowance import AllowanceFile, AllowanceModel, BasePeriod, Budget, Issue, base_salary_at, model_at

# The dates an editor may give a version (a date input needs bounds; 2000 is well before QĐ 32/2014).
EARLIEST: Final = date(2000, 1, 1)
LATEST: Final = date(2100, 12, 31)
# The fields of an allowance document that an issue can name (allowance.field.<name> in the catalogue).
FIELDS: Final = ("effective_from", "amount", "source", "note", "coefficients", "concurrent_share", "fund_multiplier")
FIELDS_ALL: Final = (*FIELDS, "quota")
_WHERE: Final = re.compile(r"^(versions|base_salary)\[(\d+)\](?:\.([a-z_]+)(?:\.(.+))?)?$")


# --- numbers -------------------------------------------------------------------------------------------


def money(value: int, lang: str) -> str:
    """Đồng, grouped the Vietnamese way: "1.490.000 đ" ("1,490,000 VND" in English: the PDF font has no ₫)."""
    return t("staffing.money", lang, amount=fmt.integer(int(value), lang))


def share_pct(share: float | None) -> float | None:
    """A concurrent share (0..1) as a percentage for an input (0.5 -> 50.0)."""
    return None if share is None else round(share * 100, 6)


def _share_text(share: float, lang: str) -> str:
    value = number(round(share * 100, 6), lang)
    return f"{value} %" if lang == "vi" else f"{value}%"


def title_name(code: str, lang: str) -> str:
    """A position as a table shows it, capitalised: "Bí thư chi bộ"."""
    name = t(f"position.{code}", lang)
    return name[:1].upper() + name[1:]


def titles_text(codes: Iterable[str], lang: str) -> str:
    """Several positions in one cell: "Bí thư chi bộ + trưởng khóm, ấp" (a comma is inside a title)."""
    names = [t(f"position.{code}", lang) for code in codes]
    text = " + ".join(names)
    return text[:1].upper() + text[1:]


# --- staffing ------------------------------------------------------------------------------------------


def no_roster(snapshot: Snapshot, lang: str) -> str:
    """Why the page is empty for this snapshot, and how to get an officer roster."""
    return t(
        "staffing.no_roster",
        lang,
        date=fmt.day(snapshot.as_of, lang),
        kind=t(f"granularity.{snapshot.granularity}", lang),
        form=t("template.title_officer", lang),
        upload=t("nav.upload", lang),
        forms=t("upload.templates", lang),
    )


@cache
def _article_hamlets() -> frozenset[str]:
    return frozenset(default_units()["hamlet_code"].astype(str))


def quota_of(document: AllowanceFile | None, model: AllowanceModel | None, units: pd.DataFrame) -> int | None:
    """The quota of people the version in effect sets. The embedded document's versions are Bạc Liêu's (QĐ 32/2014,
    the article's 595 for 67 hamlets): they set the quota of that city only, and a province or the country has none
    until one is entered and saved in its data folder."""
    if model is not None and document is not None and not document.embedded:
        return model.quota
    return DEFAULT_QUOTA if frozenset(units["hamlet_code"].astype(str)) == _article_hamlets() else None


def quota_note(s: Staffing, units: pd.DataFrame, lang: str) -> str:
    """What the difference from the quota means: a roster of some titles is not the whole apparatus."""
    if s.quota is None or s.quota_difference is None:
        return t("staffing.no_quota", lang)
    titles = sum(1 for count in s.by_title.values() if count)
    params = {
        "people": fmt.integer(s.people, lang),
        "hamlets": fmt.integer(s.hamlets, lang),
        "total": fmt.integer(len(units), lang),
        "titles": fmt.integer(titles, lang),
        "quota": fmt.integer(s.quota, lang),
        "difference": fmt.integer(abs(s.quota_difference), lang),
    }
    if s.quota_difference < 0:
        return t("staffing.quota_partial", lang, **params)
    if s.quota_difference > 0:
        return t("staffing.quota_over", lang, **params)
    return t("staffing.quota_equal", lang, **params)


def quota_delta(s: Staffing, lang: str) -> str:
    """The quota metric's delta: "Danh sách 128 người: −467"."""
    return t("staffing.quota_delta", lang, people=fmt.integer(s.people, lang), n=signed(s.quota_difference or 0, lang))


def by_title_view(s: Staffing, lang: str) -> pd.DataFrame:
    """The titles present in the roster with their number of posts, in vocabulary order."""
    rows = [(title_name(code, lang), count) for code, count in s.by_title.items() if count]
    return pd.DataFrame(rows, columns=[t("col.position", lang), t("staffing.col_posts", lang)])


_COUNT_COLUMNS: Final = (
    ("hamlets", "col.hamlets"),
    ("posts", "staffing.col_posts"),
    ("people", "staffing.col_people"),
    ("multi_title_persons", "staffing.col_multi"),
    ("concurrent", "col.concurrent"),
    ("secretaries_not_heads", "staffing.col_pipeline"),
    ("heads_party_members", "staffing.col_heads_members"),
    ("heads_not_party_members", "staffing.col_heads_not_members"),
)


def wards_view(s: Staffing, lang: str) -> pd.DataFrame:
    """One row per ward of the roster with its counts, and a total row for the city."""
    rows: list[list[object]] = [
        [str(r["ward"]), *(int(r[name]) for name, _ in _COUNT_COLUMNS)] for r in s.wards.to_dict("records")
    ]
    if rows:
        rows.append([t("staffing.total", lang), *(int(getattr(s, name)) for name, _ in _COUNT_COLUMNS)])
    return pd.DataFrame(rows, columns=[t("col.ward", lang), *(t(key, lang) for _, key in _COUNT_COLUMNS)])


def hamlets_view(s: Staffing, lang: str) -> pd.DataFrame:
    """One row per hamlet of the roster with its counts."""
    columns = [name for name, _ in _COUNT_COLUMNS if name != "hamlets"]
    frame = s.by_hamlet
    out = pd.DataFrame({t("col.ward", lang): frame["ward"], t("col.hamlet", lang): frame["hamlet"]})
    for name, key in _COUNT_COLUMNS:
        if name in columns:
            out[t(key, lang)] = frame[name].astype(int)
    return out


def persons_view(s: Staffing, lang: str, hide_names: bool) -> pd.DataFrame:
    """The persons holding two or more titles; their names replaced by "(ẩn)" when the viewer may not see them."""
    frame = s.persons
    return pd.DataFrame(
        {
            **_person_columns(frame, lang, hide_names),
            t("col.party_member", lang): [t("value.yes" if m else "value.no", lang) for m in frame["party_member"]],
        }
    )


def _person_columns(frame: pd.DataFrame, lang: str, hide_names: bool) -> dict[str, object]:
    """Ward, hamlet, the person's name (or "(ẩn)") and titles: the first columns of every table of persons."""
    names = [t("auth.hidden_name", lang) for _ in frame["full_name"]] if hide_names else frame["full_name"]
    return {
        t("col.ward", lang): frame["ward"],
        t("col.hamlet", lang): frame["hamlet"],
        t("col.full_name", lang): names,
        t("staffing.col_positions", lang): [titles_text(p, lang) for p in frame["positions"]],
    }


# --- the allowance model -------------------------------------------------------------------------------


def model_on(document: AllowanceFile | None, day: date) -> AllowanceModel | None:
    """The version in effect on a day (None without a readable document)."""
    return None if document is None else model_at(document.versions, day)


def periods_of(document: AllowanceFile | None) -> tuple[BasePeriod, ...]:
    return () if document is None else document.base_salary


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
        else t("allowance.share_line", lang, pct=_share_text(model.concurrent_share, lang))
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


def bullets(lines: Iterable[str]) -> str:
    """Sentences as a Markdown list."""
    return "\n".join(f"- {line}" for line in lines)


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
            **_person_columns(frame, lang, hide_names),
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
    listed = "; ".join(
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
    lines = [
        t("allowance.formula_rule", lang, share=_share_text(f.concurrent_share, lang)),
        t("allowance.formula_rates", lang, rates=listed or "—"),
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
    ]
    known = [m for m in f.months if m is not None]
    if b.yearly_now is None or len(known) != len(f.months):
        lines.append(t("allowance.formula_year_unknown", lang, year=f.year, n=len(f.months) - len(known)))
    else:
        runs = " + ".join(
            t("allowance.formula_run", lang, months=count, base=money(value or 0, lang))
            for count, value in _month_runs(f.months)
        )
        lines.append(
            t(
                "allowance.formula_year",
                lang,
                year=f.year,
                runs=runs,
                total=money(sum(known), lang),
                coef=number(f.coefficient_now, lang),
                amount=money(b.yearly_now, lang),
            )
        )
    if f.fund_multiplier is not None and b.fund_per_hamlet is not None:
        lines.append(
            t(
                "allowance.formula_fund",
                lang,
                multiplier=number(f.fund_multiplier, lang),
                base=base,
                fund=money(b.fund_per_hamlet, lang),
            )
        )
    return lines


# --- the editor of a new version -----------------------------------------------------------------------


@dataclass(frozen=True)
class EditorDefaults:
    """What the editor's inputs start from: the version in effect on the snapshot's date, or nothing."""

    effective_from: date
    share_pct: float | None
    fund_multiplier: float | None
    quota: int | None
    source: str = ""


def editor_defaults(model: AllowanceModel | None, as_of: date) -> EditorDefaults:
    """Start from the version in effect (its date: saving the same date supersedes it), else from as_of."""
    if model is None:
        return EditorDefaults(as_of, None, None, DEFAULT_QUOTA)
    return EditorDefaults(
        model.effective_from, share_pct(model.concurrent_share), model.fund_multiplier, model.quota, model.source
    )


def editor_frame(model: AllowanceModel | None, by_title: Mapping[str, int], lang: str) -> pd.DataFrame:
    """One row per title (indexed by its code): its name, its posts in the roster, its coefficient (blank: none)."""
    entered = {} if model is None else model.coefficients
    return pd.DataFrame(
        {
            t("col.position", lang): [title_name(c, lang) for c in TITLES],
            t("allowance.col_posts_in_roster", lang): [int(by_title.get(c, 0)) for c in TITLES],
            t("allowance.col_coefficient", lang): pd.Series(
                [entered.get(c, math.nan) for c in TITLES], index=list(TITLES), dtype="float64"
            ),
        },
        index=list(TITLES),
    )


def coefficients_from(edited: pd.DataFrame, lang: str) -> dict[str, float]:
    """The coefficients an editor entered (blank cells left out), keyed by title code."""
    column = edited[t("allowance.col_coefficient", lang)]
    out: dict[str, float] = {}
    for code, value in column.items():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        try:
            out[str(code)] = float(value)
        except (TypeError, ValueError):
            continue
    return out


def version_from(
    effective_from: date | None,
    coefficients: Mapping[str, float],
    share_percent: float | None,
    fund_multiplier: float | None,
    quota: float | None,
    source: str = "",
    note: str = "",
) -> AllowanceModel | None:
    """The version an editor entered (the share typed in %), or None without a date of effect."""
    if effective_from is None:
        return None
    return AllowanceModel(
        effective_from=effective_from,
        coefficients=dict(coefficients),
        concurrent_share=None if share_percent is None else round(float(share_percent) / 100, 6),
        fund_multiplier=None if fund_multiplier is None else float(fund_multiplier),
        quota=None if quota is None else int(quota),
        source=source.strip(),
        note=note.strip(),
    )


def field_name(where: str, lang: str, numbered: bool = True) -> str:
    """The field an issue names, in words: "Hệ số của chức danh trưởng khóm, ấp", "Phiên bản 2, ngày hiệu lực"."""
    match = _WHERE.match(where)
    if match is None:
        text = where or t("allowance.field_document", lang)
        return text[:1].upper() + text[1:]
    kind, index, name, rest = match.groups()
    if name == "coefficients" and rest:
        label = (
            t("allowance.field_coefficient", lang, title=t(f"position.{rest}", lang))
            if rest in TITLES
            else t("allowance.field_coefficient", lang, title=f"«{rest}»")
        )
    elif name in FIELDS_ALL:
        label = t(f"allowance.field.{name}", lang)
    else:
        label = ""
    if kind == "base_salary":
        prefix = t("allowance.field_period", lang, n=int(index) + 1)
    elif numbered:
        prefix = t("allowance.field_version", lang, n=int(index) + 1)
    else:
        prefix = ""
    parts = [p for p in (prefix, label) if p]
    text = ", ".join(parts) if parts else where
    return text[:1].upper() + text[1:]


def file_problems(issues: Sequence[Issue], lang: str) -> str:
    """Why the allowance file in the data folder cannot be used, with each problem as a list item."""
    return "\n\n".join([t("allowance.file_broken", lang), bullets(issue_lines(issues, lang))])


def _value_text(value: object, lang: str) -> str:
    """A value named in an issue: numbers the local way ("0.0" -> "0", -1.5 -> "-1,5"), anything else as it is."""
    if isinstance(value, bool):
        return str(value)
    try:
        parsed = float(value) if isinstance(value, int | float | str) else math.nan
    except ValueError:
        return str(value)
    return number(parsed, lang) if math.isfinite(parsed) else str(value)


def issue_lines(issues: Sequence[Issue], lang: str, numbered: bool = True) -> list[str]:
    """Each problem of an allowance document, in words with its field."""
    lines = []
    for issue in issues:
        params = {key: _value_text(value, lang) for key, value in issue.params.items()}
        field = field_name(str(issue.params.get("where", "")), lang, numbered)
        lines.append(
            t(
                f"allowance.issue.{issue.code}",
                lang,
                field=field,
                value=params.get("value", ""),
                item=params.get("key", ""),
                error=params.get("error", ""),
            )
        )
    return lines
