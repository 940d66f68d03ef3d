"""Words for progress across a change of units: which master, the breaks, the goals restated, what the pace uses."""

from __future__ import annotations

from datetime import date

from lib.analysis.progress import GoalProgress
from lib.analysis.units_series import Break, OnUnits
from lib.present import fmt
from lib.present.i18n import t


def break_label(found: Break, lang: str) -> str:
    """ "Đổi đơn vị hành chính 01/07/2025": the label of the line drawn at a break."""
    return t("units_progress.break", lang, date=fmt.day(found.day, lang))


def break_line(found: Break, lang: str) -> str:
    """ "Đổi đơn vị hành chính 01/07/2025: 67 → 67 khóm, ấp." """
    return t(
        "units_progress.break_line",
        lang,
        date=fmt.day(found.day, lang),
        before=fmt.integer(found.hamlets_before, lang),
        after=found.hamlets_after,
    )


def caption(on: OnUnits, lang: str) -> str:
    """Which master the figures use, in words a leader reads: its date, its wards and hamlets."""
    return t(
        "units_progress.caption",
        lang,
        date=fmt.day(on.series.units.effective, lang),
        wards=len(on.series.wards),
        hamlets=on.city.hamlets,
    )


def reasons(unexpressed: dict[str, int], lang: str) -> str:
    """ "2 do sáp nhập khóm, ấp (…); 1 không có trong bản số liệu": each reason's message is "restate.<reason>"."""
    return "; ".join(t(f"restate.{reason}", lang, n=n) for reason, n in unexpressed.items())


def notes(on: OnUnits, reference: date, lang: str) -> list[str]:
    """What the pace uses, each break, and each snapshot left out with its reasons."""
    kept = {int(s) for s in on.city.series["snapshot"]}
    used = [o for o in on.series.observations if o.snapshot in kept]
    restated = sum(o.recorded_on.id != on.series.units.id for o in used)
    lines = [
        t("units_progress.used", lang, n=len(used), restated=fmt.integer(restated, lang))
        if restated
        else t("units_progress.used_own", lang, n=len(used))
    ]
    lines += [break_line(b, lang) for b in on.breaks]
    lines += [
        t("units_progress.left_out", lang, date=fmt.day(o.as_of, lang), reasons=reasons(o.unexpressed, lang))
        for o in on.series.observations
        if not o.complete and o.as_of <= reference
    ]
    return lines


def goal_restated(goal: GoalProgress, on: OnUnits, lang: str) -> str:
    """ "70 % = 47/67 khóm, ấp trên đơn vị từ 06/05/2019; = 46/65 trên đơn vị từ 01/01/2026" """
    other = on.restated(goal.target_pct)
    return t(
        "units_progress.goal_restated",
        lang,
        pct=fmt.pct(goal.target_pct, lang, 0),
        count=fmt.integer(goal.target_count, lang),
        hamlets=on.city.hamlets,
        date=fmt.day(on.series.units.effective, lang),
        other_count=fmt.integer(other["target_count"], lang),
        other_hamlets=fmt.integer(other["hamlets"], lang),
        other_date=fmt.day(on.other.effective, lang),
    )
