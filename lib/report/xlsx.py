"""The brief as an Excel workbook: summary, wards, hamlets and progress sheets, numbers stored as numbers."""

from __future__ import annotations

import pandas as pd

from lib.analysis.metrics import with_goal_needs
from lib.analysis.progress import UnitProgress
from lib.present import staffing_views as sv
from lib.present import texts, units_change, views
from lib.present.i18n import t
from lib.present.texts import goal_label
from lib.report.brief import Brief
from lib.report.sheets import Book

PCT = "0.0%"
PACE = "0.00"


def summary_frame(brief: Brief) -> pd.DataFrame:
    """Label and value rows: the area, the date, the headline figures, then one row per goal."""
    lang = brief.lang
    rows: list[tuple[str, object]] = [
        (t("brief.area", lang), brief.area),
        (t("col.as_of", lang), brief.as_of),
        (t("col.hamlets", lang), brief.coverage.hamlets),
        (t("col.concurrent", lang), brief.coverage.concurrent),
        (t("col.not_concurrent", lang), brief.coverage.hamlets - brief.coverage.concurrent),
        (t("col.coverage", lang), brief.coverage.pct / 100),
    ]
    if brief.units_master is not None:
        rows.insert(2, (t("units_view.choice", lang), units_change.master_value(brief.units_master, lang)))
    for goal in brief.city.goals:
        label = goal_label(goal, lang)
        rows.append((f"{label}: {t('col.target', lang)}", goal.target_count))
        rows.append((f"{label}: {t('col.needed', lang)}", goal.remaining))
        rows.append((f"{label}: {t('col.status', lang)}", t(f"progress.{goal.status}", lang)))
    if brief.snapshot.illustrative:
        rows.append((t("illustrative.badge", lang), texts.illustrative(brief.coverage, lang)))
    return pd.DataFrame(rows, columns=[t("brief.item", lang), t("brief.value", lang)])


def wards_frame(brief: Brief) -> pd.DataFrame:
    """Every ward, ranked, with the hamlets it still needs for the next goal."""
    lang = brief.lang
    wards = with_goal_needs(brief.wards, brief.next_goal)
    return pd.DataFrame(
        {
            t("col.rank", lang): wards["rank"].astype(int),
            t("col.ward_code", lang): wards["code"],
            t("col.ward", lang): wards["ward"],
            t("col.kind", lang): [t(f"kind.{k}", lang) for k in wards["kind"]],
            t("col.hamlets", lang): wards["hamlets"].astype(int),
            t("col.concurrent", lang): wards["concurrent"].astype(int),
            t("col.not_concurrent", lang): wards["not_concurrent"].astype(int),
            t("col.coverage", lang): wards["coverage_pct"] / 100,
            t("brief.next_target", lang, goal=goal_label(brief.next_goal, lang)): wards["target_count"].astype(int),
            t("col.needed", lang): wards["needed"].astype(int),
        }
    )


def progress_frame(brief: Brief, wards: list[UnitProgress]) -> pd.DataFrame:
    """The city and each ward judged on every goal: counts, paces, projection, r, status, forecast date."""
    lang = brief.lang
    rows = []
    city_name = brief.area or t("brief.area_all", lang)
    for unit in [brief.city, *wards]:
        for goal in unit.goals:
            rows.append(
                {
                    t("col.ward", lang): city_name if unit is brief.city else unit.name,
                    t("col.goal", lang): goal_label(goal, lang),
                    t("col.target", lang): goal.target_count,
                    t("col.concurrent", lang): goal.current,
                    t("col.needed", lang): goal.remaining,
                    t("col.required_pace", lang): goal.required_pace,
                    t("col.observed_pace", lang): goal.observed_pace,
                    t("brief.projected", lang): goal.projected,
                    "r": goal.r,
                    t("col.status", lang): t(f"progress.{goal.status}", lang),
                    t("brief.forecast", lang): goal.forecast_date,
                }
            )
    return pd.DataFrame(rows)


def xlsx_bytes(brief: Brief, wards: list[UnitProgress]) -> bytes:
    """Summary, wards, hamlets (and staffing, allowances for an officer roster), progress; every sheet carries the
    title and the as-of date above its table. Written as text (lib.report.sheets): 100,000 hamlets in seconds."""
    lang = brief.lang
    title = texts.export_title(brief.snapshot, lang)
    sheets = [
        ("brief.sheet_summary", summary_frame(brief), {}),
        ("brief.sheet_wards", wards_frame(brief), {t("col.coverage", lang): PCT}),
    ]
    if brief.roster is not None:
        sheets.append(("brief.sheet_hamlets", views.roster_export(brief.roster, lang), {}))
    if brief.staffing is not None:
        sheets.append(("brief.sheet_staffing", sv.wards_view(brief.staffing, lang), {}))
        if brief.budget is not None:
            money_formats = {t(key, lang): "#,##0" for _, key in sv.BUDGET_MONEY}
            sheets.append(("brief.sheet_allowance", sv.budget_wards_frame(brief.budget, lang), money_formats))
    progress = progress_frame(brief, wards)
    pace_formats = {t(k, lang): PACE for k in ("col.required_pace", "col.observed_pace", "brief.projected")}
    sheets.append(
        ("brief.sheet_progress", progress, {**pace_formats, "r": PACE, t("brief.forecast", lang): "DD/MM/YYYY"})
    )
    book = Book()
    summary_formats = {t("col.coverage", lang): PCT, t("col.as_of", lang): "DD/MM/YYYY"}
    for index, (key, frame, formats) in enumerate(sheets):
        book.add(t(key, lang), frame, title, formats, summary_formats if index == 0 else None)
    return book.to_bytes()
