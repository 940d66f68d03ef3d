"""The presentation's slides, one idea each, built from a brief: shown by the page and written into the PPTX."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

import pandas as pd
import plotly.graph_objects as go

from lib.present import charts, fmt, texts, units_change
from lib.present import staffing_views as sv
from lib.present.i18n import reason_text, t
from lib.report.brief import MAX_LISTED, Brief
from lib.staffing import Staffing

ROWS_PER_SLIDE: int = 10  # a table on a slide stays readable from the back of a room up to this many rows


@dataclass(frozen=True)
class Slide:
    """One slide: a title, a few short lines, and at most one chart and one table (cells as text)."""

    key: str
    title: str
    lines: list[str] = field(default_factory=list)
    headline: str | None = None
    chart: Callable[[], go.Figure] | None = None  # drawn only when the slide is shown or written
    table: pd.DataFrame | None = None
    status_column: str | None = None  # the table column whose cells carry a progress status colour
    note: str | None = None
    fallback: pd.DataFrame | None = None  # what a document shows in place of the chart when it cannot draw it


def goals_table(brief: Brief) -> pd.DataFrame:
    """Each goal: the count it needs, the count now, what is missing, and its status."""
    lang = brief.lang
    return pd.DataFrame(
        {
            t("col.goal", lang): [texts.goal_label(g, lang) for g in brief.city.goals],
            t("col.target", lang): [fmt.integer(g.target_count, lang) for g in brief.city.goals],
            t("col.concurrent", lang): [fmt.integer(g.current, lang) for g in brief.city.goals],
            t("col.needed", lang): [fmt.integer(g.remaining, lang) for g in brief.city.goals],
            t("col.status", lang): [t(f"progress.{g.status}", lang) for g in brief.city.goals],
        }
    )


def unit_column(level: str, lang: str) -> str:
    """The header of the units' names: "Phường, xã", or "Tỉnh, thành phố" for a brief summed up by province."""
    return t("col.ward" if level == "ward" else f"level.{level}", lang)


def aggregated_line(brief: Brief) -> str | None:
    """What a brief summed up by province or district says about it ("Báo cáo tổng hợp 3.300 phường, xã theo …")."""
    if not brief.aggregated:
        return None
    lang = brief.lang
    unit = t(f"level.unit.{brief.level}", lang)
    return t("brief.aggregated", lang, wards=fmt.integer(len(brief.wards), lang), unit=unit)


def units_section(brief: Brief) -> str:
    """The heading of the PDF's and Word's section on the units: "III. KẾT QUẢ THEO PHƯỜNG, XÃ" or by province."""
    return t("brief.section_wards" if brief.level == "ward" else f"brief.section_units.{brief.level}", brief.lang)


def wards_table(wards: pd.DataFrame, lang: str, level: str = "ward") -> pd.DataFrame:
    """Ranked wards (or upper units), best first, as text cells."""
    return pd.DataFrame(
        {
            t("col.rank", lang): [fmt.integer(int(r), lang) for r in wards["rank"]],
            unit_column(level, lang): wards["ward"],
            t("col.hamlets", lang): [fmt.integer(int(n), lang) for n in wards["hamlets"]],
            t("col.concurrent", lang): [fmt.integer(int(n), lang) for n in wards["concurrent"]],
            t("col.coverage", lang): [fmt.pct(p, lang) for p in wards["coverage_pct"]],
        }
    )


def reasons_table(reasons: pd.Series, lang: str) -> pd.DataFrame:
    """How many hamlets are not concurrent for each reason, most first."""
    return pd.DataFrame(
        {
            t("col.reason", lang): [reason_text(code, False, lang) for code in reasons.index],
            t("col.hamlets", lang): [fmt.integer(int(n), lang) for n in reasons],
        }
    )


def behind_table(brief: Brief, limit: int = MAX_LISTED) -> pd.DataFrame:
    """The wards below the next goal, most needed first, as text cells."""
    lang = brief.lang
    behind = brief.behind.head(limit)
    return pd.DataFrame(
        {
            unit_column(brief.level, lang): behind["ward"],
            t("col.hamlets", lang): [fmt.integer(int(n), lang) for n in behind["hamlets"]],
            t("col.concurrent", lang): [fmt.integer(int(n), lang) for n in behind["concurrent"]],
            t("col.coverage", lang): [fmt.pct(p, lang) for p in behind["coverage_pct"]],
            t("col.needed", lang): [fmt.integer(int(n), lang) for n in behind["needed"]],
        }
    )


def pending_table(pending: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Hamlets not yet concurrent: ward, hamlet, the two persons (or "(ẩn)"), and the reason."""
    table = pd.DataFrame(
        {
            t("col.ward", lang): pending["ward"],
            t("col.hamlet", lang): pending["hamlet"],
            t("col.secretary", lang): pending["secretary"].fillna(""),
            t("col.head", lang): pending["head"].fillna(""),
            t("col.reason", lang): [reason_text(r, False, lang) for r in pending["reason"]],
        }
    )
    names = [t("col.secretary", lang), t("col.head", lang)]
    if not table[names].astype(bool).any().any():  # the data gives no names: no empty columns
        table = table.drop(columns=names)
    return table


def more_line(total: int, shown: int, lang: str) -> str | None:
    """ "… và 59.964 khóm, ấp khác (xem tệp Excel)" when a list was cut."""
    return t("brief.more_rows", lang, n=fmt.integer(total - shown, lang)) if total > shown else None


def master_line(brief: Brief) -> str | None:
    """ "Đơn vị hành chính: danh mục có hiệu lực từ 06/05/2019" (None when the caller did not say)."""
    return units_change.master_line(brief.units_master, brief.lang) if brief.units_master is not None else None


def _title(brief: Brief) -> Slide:
    lang = brief.lang
    ward_dates = texts.ward_dates(brief.snapshot, lang)
    lines = [line for line in (brief.area, texts.as_of(brief.snapshot, lang), ward_dates, master_line(brief)) if line]
    note = texts.illustrative(brief.coverage, lang) if brief.snapshot.illustrative else None
    return Slide("title", t("app.title", lang), lines, headline=texts.headline(brief.coverage, lang), note=note)


def _goals(brief: Brief) -> Slide:
    lang = brief.lang
    lines = [texts.goal_needs(g, lang) + f" ({texts.goal_label(g, lang)})" for g in brief.gaps]
    return Slide(
        "goals",
        t("slide.goals", lang),
        lines,
        chart=partial(charts.goals_figure, brief.coverage, brief.gaps, lang),
        table=goals_table(brief),
        status_column=t("col.status", lang),
    )


def _wards(brief: Brief) -> Slide:
    lang = brief.lang
    units, level = brief.units, brief.level
    best, worst = units.iloc[0], units.iloc[-1]
    lines = [
        t("slide.best_worst", lang, best=best["ward"], best_pct=fmt.pct(best["coverage_pct"], lang))
        + " "
        + t("slide.worst", lang, worst=worst["ward"], worst_pct=fmt.pct(worst["coverage_pct"], lang))
    ]
    if summed := aggregated_line(brief):
        lines.append(summed)
    chart = partial(charts.wards_figure, units, brief.goals, lang, brief.snapshot.illustrative, level)
    fallback = wards_table(units, lang, level)
    if len(fallback) > ROWS_PER_SLIDE:  # in place of the chart: the best and the worst, with a gap row between
        half = ROWS_PER_SLIDE // 2
        gap = pd.DataFrame([["…"] * len(fallback.columns)], columns=fallback.columns)
        fallback = pd.concat([fallback.head(half), gap, fallback.tail(half)], ignore_index=True)
    title = t("slide.wards" if level == "ward" else f"slide.units.{level}", lang)
    return Slide("wards", title, lines, chart=chart, fallback=fallback)


def behind_total(brief: Brief) -> str:
    """How many wards are below the next goal and how many hamlets they still need: alike on slide, PDF and Word."""
    needed = int(brief.behind["needed"].sum())
    return t(
        "slide.behind_total" if brief.level == "ward" else f"slide.behind_total.{brief.level}",
        brief.lang,
        wards=fmt.integer(len(brief.behind), brief.lang),
        needed=fmt.integer(needed, brief.lang),
    )


def no_pending_list(brief: Brief) -> str:
    """What stands where the hamlets not concurrent are listed when there is no list: no hamlet data, or none."""
    return t("overview.no_hamlet_data" if brief.pending is None else "slide.none_pending", brief.lang)


def pending_total(brief: Brief) -> str:
    """How many hamlets are not yet concurrent (there is a list of them)."""
    count = 0 if brief.pending is None else len(brief.pending)
    return t("slide.pending_total", brief.lang, n=fmt.integer(count, brief.lang))


def _behind(brief: Brief) -> Slide:
    lang = brief.lang
    title = texts.behind_title(brief.next_goal, lang, brief.level)
    if brief.behind.empty:
        return Slide("behind", title, [texts.none_behind(brief.level, lang)])
    lines = [behind_total(brief)]
    table = behind_table(brief, ROWS_PER_SLIDE)
    return Slide("behind", title, lines, table=table, note=more_line(len(brief.behind), len(table), lang))


def _reasons(brief: Brief) -> list[Slide]:
    lang = brief.lang
    pending = brief.pending
    title = t("slide.pending", lang)
    if pending is None or pending.empty:
        return [Slide("reasons", title, [no_pending_list(brief)])]
    lines = [pending_total(brief)]
    if brief.hide_names:
        lines.append(t("slide.names_hidden", lang))
    slides = [
        Slide(
            "reasons",
            title,
            lines,
            chart=partial(charts.reasons_figure, brief.reasons, lang, brief.snapshot.illustrative),
            fallback=reasons_table(brief.reasons, lang),
        )
    ]
    if brief.aggregated:  # a few dozen of tens of thousands of hamlets tell nothing: the XLSX lists them all
        slides[0].lines.append(t("brief.pending_in_xlsx", lang))
        return slides
    listed = pending.head(MAX_LISTED)
    pages = max(1, -(-len(listed) // ROWS_PER_SLIDE))
    size = -(-len(listed) // pages)  # even pages: 21 rows make 7 + 7 + 7, not 10 + 10 + 1
    for page in range(pages):
        chunk = listed.iloc[page * size : (page + 1) * size]
        slides.append(
            Slide(
                "pending",
                t("slide.pending_page", lang, page=page + 1, pages=pages),
                table=pending_table(chunk, lang),
                note=more_line(len(pending), len(listed), lang) if page == pages - 1 else None,
            )
        )
    return slides


STAFFING_COLUMNS = (
    "col.ward",
    "staffing.col_posts",
    "staffing.col_people",
    "staffing.col_multi",
    "staffing.col_pipeline",
    "staffing.col_heads_not_members",
)


def staffing_lines(brief: Brief) -> list[str]:
    """Posts and people, the obstacles, and the monthly allowance now and at 100 % when the rates are entered."""
    lang, counted = brief.lang, brief.staffing
    if counted is None:
        return []

    def n(value: int) -> str:
        return fmt.integer(value, lang)

    lines = [
        t(
            "slide.staffing_people",
            lang,
            posts=n(counted.posts),
            people=n(counted.people),
            multi=n(counted.multi_title_persons),
        ),
        t(
            "slide.staffing_obstacles",
            lang,
            heads=n(counted.heads_not_party_members),
            pipeline=n(counted.secretaries_not_heads),
        ),
    ]
    if brief.budget is not None:
        lines.append(
            t(
                "slide.staffing_money",
                lang,
                now=sv.money(brief.budget.monthly_now, lang),
                all=sv.money(brief.budget.monthly_if_all_concurrent, lang),
                saving=sv.money(brief.budget.monthly_saving, lang),
            )
        )
    else:
        lines.append(t("slide.staffing_no_money", lang))
    return lines


def staffing_by_unit(brief: Brief) -> Staffing | None:
    """The roster's staffing with its per-ward rows summed up by the brief's level (province, district) when the
    brief is summed up; as it is for a city."""
    counted = brief.staffing
    if counted is None or not brief.aggregated:
        return counted
    code, name = f"{brief.level}_code", brief.level
    places = brief.snapshot.units[["ward_code", code, name]].drop_duplicates("ward_code")
    wards = counted.wards.merge(places, left_on="code", right_on="ward_code", how="left")
    sums = {column: (column, "sum") for column in counted.wards.columns if column not in ("code", "ward")}
    grouped = wards.groupby(code, sort=False).agg(ward=(name, "first"), **sums).reset_index()
    return replace(counted, wards=grouped.rename(columns={code: "code"}))


def staffing_table(brief: Brief, limit: int = MAX_LISTED) -> pd.DataFrame | None:
    """Per ward (or province, district): posts, people, persons with two titles, the pipeline and the heads not
    party members."""
    counted = staffing_by_unit(brief)
    if counted is None:
        return None
    wards = sv.wards_view(counted, brief.lang)[[t(key, brief.lang) for key in STAFFING_COLUMNS]]
    if len(wards) > limit + 1:  # the most wards that fit, and the total row
        wards = pd.concat([wards.head(limit), wards.tail(1)])
    wards = wards.rename(columns={t("col.ward", brief.lang): unit_column(brief.level, brief.lang)})
    return wards.map(lambda v: fmt.integer(v, brief.lang) if isinstance(v, int) else str(v))


def _staffing(brief: Brief) -> list[Slide]:
    counted = staffing_by_unit(brief)
    if counted is None:
        return []
    table = staffing_table(brief, ROWS_PER_SLIDE - 1)
    assert table is not None
    note = more_line(len(counted.wards), len(table) - 1, brief.lang)
    return [Slide("staffing", t("slide.staffing", brief.lang), staffing_lines(brief), table=table, note=note)]


def _projection(brief: Brief) -> Slide:
    lang = brief.lang
    lines = [texts.goal_status_line(g, lang) for g in brief.city.goals]
    planned = None
    if brief.plan is not None and brief.scenario_name is not None:
        planned = brief.plan.path
        met = "; ".join(
            f"{texts.goal_label(g, lang)}: {texts.planned_met(m, g, lang, already)}"
            for g, m, already in zip(brief.goals, brief.plan.met, brief.plan.already, strict=True)
        )
        lines.append(t("slide.scenario", lang, name=brief.scenario_name, met=met))
    chart = partial(charts.progress_figure, brief.city, brief.goals, brief.as_of, lang, planned)
    note = t("slide.method", lang)
    return Slide("projection", t("slide.projection", lang), lines, chart=chart, note=note, fallback=goals_table(brief))


def slides(brief: Brief) -> list[Slide]:
    """The slides in order: title, goals, wards ranked, wards behind, reasons and the hamlets, staffing (officer
    rosters only), projection."""
    return [
        _title(brief),
        _goals(brief),
        _wards(brief),
        _behind(brief),
        *_reasons(brief),
        *_staffing(brief),
        _projection(brief),
    ]
