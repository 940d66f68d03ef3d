"""The meeting brief as data: every figure, table and sentence that the slides, the PPTX, the PDF and the XLSX show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from lib.analysis import levels, metrics, scenario
from lib.analysis.metrics import Coverage, GoalGap
from lib.analysis.progress import UnitProgress
from lib.analysis.scenario import Plan
from lib.core.model import Goal, Snapshot
from lib.present import staffing_views as sv
from lib.present import views
from lib.staffing import Staffing, allowance, staffing
from lib.staffing.allowance import AllowanceFile, Budget
from lib.store import MasterRef, Scenario

# A slide or a printed table lists at most this many rows of a long list; the rest are counted, and the XLSX has all.
MAX_LISTED: int = 36


@dataclass(frozen=True)
class Brief:
    """What the committee is told about one snapshot, in one language, with or without persons' names."""

    lang: str
    area: str
    snapshot: Snapshot
    goals: tuple[Goal, ...]
    coverage: Coverage
    gaps: list[GoalGap]
    city: UnitProgress
    wards: pd.DataFrame  # ranked: code, ward, kind, hamlets, concurrent, not_concurrent, coverage_pct, rank
    next_goal: Goal
    behind: pd.DataFrame  # units (of `level`) below next_goal, most needed first, with target_count and needed
    roster: pd.DataFrame | None  # every hamlet with its status (names hidden when hide_names); None: ward-level data
    reasons: pd.Series  # hamlets not concurrent per reason code
    hide_names: bool
    scenario_name: str | None = None
    plan: Plan | None = None
    staffing: Staffing | None = None  # only when the snapshot is an officer roster
    budget: Budget | None = None  # only once staff have entered the allowance rates
    level: str = "ward"  # what the brief ranks: wards, or for a province or the country the level above them
    ranked: pd.DataFrame | None = None  # the units of that level ranked (None: the wards themselves)
    units_master: MasterRef | None = None  # the units master the figures are on (None: not known to the caller)

    @property
    def as_of(self) -> date:
        return self.snapshot.as_of

    @property
    def units(self) -> pd.DataFrame:
        """The units the brief ranks and charts: the wards (a city), or provinces or districts summed up."""
        return self.wards if self.ranked is None else self.ranked

    @property
    def aggregated(self) -> bool:
        """Whether the brief sums the wards up by province or district rather than listing them."""
        return self.level != "ward"

    @property
    def pending(self) -> pd.DataFrame | None:
        """Hamlets not yet concurrent, ward by ward, or None when the data is per ward only."""
        if self.roster is None:
            return None
        return self.roster[~self.roster["concurrent"]].reset_index(drop=True)


def area_name(units: pd.DataFrame) -> str:
    """The place the master covers: its one district (Thành phố Bạc Liêu), else its one province, else ''."""
    for column in ("district", "province"):
        if column in units.columns:
            names = [n for n in units[column].dropna().astype(str).unique() if n.strip()]
            if len(names) == 1:
                return names[0]
    return ""


def build(
    snapshot: Snapshot,
    goals: tuple[Goal, ...],
    city: UnitProgress,
    lang: str,
    hide_names: bool,
    chosen: Scenario | None = None,
    rates: AllowanceFile | None = None,
    units_master: MasterRef | None = None,
) -> Brief:
    """The brief of a snapshot: city progress is judged as of the snapshot's date (never the clock); an officer
    roster adds its staffing, and its allowance cost once the rates are entered."""
    coverage = metrics.city_coverage(snapshot)
    gaps = metrics.goal_gaps(goals, coverage)
    wards = metrics.ward_ranking(metrics.ward_summary(snapshot))
    level = levels.next_level(wards)
    ranked = metrics.ward_ranking(levels.aggregate(wards, level)) if level != "ward" else None
    goal = metrics.next_goal(goals, gaps)
    roster = metrics.hamlet_roster(snapshot)
    if roster is not None and hide_names:
        roster = views.hide_names(roster, lang)
    plan = None
    if chosen is not None:
        candidates = metrics.not_concurrent(snapshot)
        codes = set(candidates["hamlet_code"]) if candidates is not None else set()
        conversions = {code: month for code, month in chosen.items.items() if code in codes}
        plan = scenario.plan(coverage.concurrent, coverage.hamlets, snapshot.as_of, conversions, goals)
    counted, money = None, None
    if snapshot.officers is not None:
        model = sv.model_on(rates, snapshot.as_of)
        counted = staffing(snapshot.officers, snapshot.units, sv.quota_of(rates, model, snapshot.units))
        periods = sv.periods_of(rates)
        money = allowance.budget(snapshot.officers, snapshot.units, model, periods, snapshot.as_of)
    return Brief(
        lang=lang,
        area=area_name(snapshot.units),
        snapshot=snapshot,
        goals=goals,
        coverage=coverage,
        gaps=gaps,
        city=city,
        wards=wards,
        next_goal=goal,
        behind=metrics.wards_behind(wards if ranked is None else ranked, goal),
        roster=roster,
        reasons=metrics.reason_counts(snapshot),
        hide_names=hide_names,
        scenario_name=chosen.name if chosen is not None else None,
        plan=plan,
        staffing=counted,
        budget=money,
        level=level,
        ranked=ranked,
        units_master=units_master,
    )
