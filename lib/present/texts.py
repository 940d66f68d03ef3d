"""Sentences for people built from metrics: what a goal needs, how its count is rounded, headline."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Protocol

import pandas as pd

from lib.analysis.metrics import Coverage, GoalGap, exact_target
from lib.analysis.progress import GoalProgress
from lib.core.model import Goal, Snapshot
from lib.ingest.roster import Parsed
from lib.present import fmt
from lib.present.i18n import t
from lib.store import ChainCheck, SnapshotInfo


def headline(coverage: Coverage, lang: str) -> str:
    """ "46/67 (68,7 %)" """
    return f"{fmt.ratio(coverage.concurrent, coverage.hamlets, lang)} ({fmt.pct(coverage.pct, lang)})"


class _Dated(Protocol):
    """Anything that names a goal: Goal, GoalGap, GoalProgress."""

    @property
    def deadline(self) -> date: ...

    @property
    def target_pct(self) -> float: ...


def goal_label(gap: _Dated, lang: str) -> str:
    """ "Mục tiêu 70 % đến 31/12/2019" """
    return t("overview.goal_label", lang, pct=fmt.pct(gap.target_pct, lang, 0), date=fmt.day(gap.deadline, lang))


def goal_value(gap: GoalGap, lang: str) -> str:
    return t("overview.goal_value", lang, required=gap.required)


def goal_needs(gap: GoalGap, lang: str) -> str:
    """ "Cần thêm 1 khóm, ấp đến 31/12/2019" / "1 more by 31/12/2019", or "Đã đạt"."""
    if gap.met:
        return t("overview.goal_met", lang)
    return t("overview.goal_needs", lang, n=fmt.integer(gap.remaining, lang), date=fmt.day(gap.deadline, lang))


def goal_rounding(gap: GoalGap, hamlets: int, lang: str) -> str:
    """How the count was found: "70 % của 67 khóm, ấp = 46,9, làm tròn lên 47 khóm, ấp."."""
    exact = exact_target(gap.target_pct, hamlets)
    if exact == gap.required:
        return t(
            "overview.goal_help_exact",
            lang,
            pct=fmt.pct(gap.target_pct, lang, 0),
            hamlets=hamlets,
            required=gap.required,
        )
    return t(
        "overview.goal_help",
        lang,
        pct=fmt.pct(gap.target_pct, lang, 0),
        hamlets=hamlets,
        exact=fmt.decimal(float(exact), lang, 1),
        required=gap.required,
    )


def as_of(snapshot: Snapshot, lang: str) -> str:
    return t("asof.caption", lang, date=fmt.day(snapshot.as_of, lang))


def ward_names(units: pd.DataFrame, codes: list[str] | tuple[str, ...], lang: str, limit: int = 12) -> str:
    """The names of some wards of the master, in its order: "Phường 1, Phường 2" (a long list cut, with its count)."""
    names = units.drop_duplicates("ward_code").set_index("ward_code")["ward"]
    chosen = [str(names.get(code, code)) for code in codes]
    if len(chosen) <= limit:
        return ", ".join(chosen)
    return ", ".join(chosen[:limit]) + " " + t("asof.more_wards", lang, n=len(chosen))


def partial_upload(parsed: Parsed, lang: str) -> str:
    """ "Tệp chỉ có số liệu của 3/10 phường, xã: Phường 1, Phường 2, Phường 3. Tệp này cập nhật:" """
    assert parsed.snapshot is not None
    units = parsed.snapshot.units
    names = ward_names(units, parsed.wards_covered, lang)
    wards = int(units["ward_code"].nunique())
    return t("upload.partial", lang, covered=len(parsed.wards_covered), wards=wards, names=names)


def scope_choice(scope: str, lang: str) -> str:
    """What a partial file updates, as the upload page offers it: its wards only (covered), or the whole city (all)."""
    return t("upload.scope_covered", lang) if scope == "covered" else t("upload.scope_all", lang)


def ward_dates(snapshot: Snapshot, lang: str) -> str | None:
    """Which wards' figures are older than the rest, when a ward-by-ward file carried some forward: "Số liệu của
    Phường 8, Xã Hiệp Thành tính đến 30/09/2019; các đơn vị khác đến 31/12/2019." None when all share one date."""
    older = {code: day for code, day in snapshot.ward_as_of.items() if day != snapshot.as_of}
    if not older:
        return None
    order = {str(code): i for i, code in enumerate(pd.unique(snapshot.units["ward_code"]))}
    parts = []
    for day in sorted(set(older.values())):
        codes = sorted((c for c, d in older.items() if d == day), key=lambda c: order.get(c, len(order)))
        parts.append(
            t("asof.ward_dates_part", lang, wards=ward_names(snapshot.units, codes, lang), date=fmt.day(day, lang))
        )
    return t("asof.ward_dates", lang, older="; ".join(parts), date=fmt.day(snapshot.as_of, lang))


def illustrative(coverage: Coverage, lang: str) -> str:
    return t("illustrative.note", lang, total=fmt.ratio(coverage.concurrent, coverage.hamlets, lang))


def behind_title(goal: Goal, lang: str, level: str = "ward") -> str:
    """The heading of the units (wards, or districts or provinces above them) below a goal."""
    pct, day = fmt.pct(goal.target_pct, lang, 0), fmt.day(goal.deadline, lang)
    if level == "ward":
        return t("overview.wards_behind", lang, pct=pct, date=day)
    return t("overview.units_behind", lang, units=t(f"level.heading.{level}", lang), pct=pct, date=day)


def none_behind(level: str, lang: str) -> str:
    if level == "ward":
        return t("overview.none_behind", lang)
    return t("overview.none_behind_units", lang, units=t(f"level.units.{level}", lang))


def behind_note(level: str, lang: str) -> str:
    """How the needs of the units below a goal are counted: each ward rounded up, or an upper unit as a whole."""
    if level == "ward":
        return t("overview.behind_note", lang)
    return t("overview.behind_note_upper", lang, unit=t(f"level.unit.{level}", lang))


def export_stem(snapshot: Snapshot, lang: str) -> str:
    """File name stem carrying the as-of date, so that a re-import finds it: khom_ap_2019-05-06."""
    return f"{t('hamlets.file_stem', lang)}_{snapshot.as_of.isoformat()}"


def export_title(snapshot: Snapshot, lang: str) -> list[str]:
    """Title lines above an exported table: what it is, the as-of date, and the illustrative note."""
    lines = [t("app.title", lang), as_of(snapshot, lang)]
    if snapshot.illustrative:
        lines.append(t("illustrative.badge", lang))
    return lines


def template_name(granularity: str, extension: str, lang: str) -> str:
    """File name of a blank form: "bieu_mau_khom_ap.xlsx"."""
    stems = {
        "vi": {"hamlet": "khom_ap", "officer": "can_bo", "ward": "tong_hop"},
        "en": {"hamlet": "hamlets", "officer": "officers", "ward": "ward_summary"},
    }
    prefix = "bieu_mau" if lang == "vi" else "form"
    return f"{prefix}_{stems.get(lang, stems['vi'])[granularity]}.{extension}"


def encoding_name(encoding: str | None) -> str:
    """How the file was read: "Windows-1258", "UTF-8 (BOM)", "Excel"."""
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 (BOM)",
        "utf-16": "UTF-16",
        "cp1258": "Windows-1258",
        "utf-8+cp1258": "UTF-8 + Windows-1258",
        "xlsx": "Excel",
        "parquet": "Parquet",
    }
    return names.get(encoding or "", encoding or "—")


def duplicate_of(history: list[SnapshotInfo], data: bytes, lang: str) -> str | None:
    """When these exact bytes were stored before, say which snapshot holds them."""
    digest = hashlib.sha256(data).hexdigest()
    for info in history:
        if info.sha256 == digest:
            return t("store.duplicate_upload", lang, id=info.id, as_of=fmt.day(info.as_of, lang))
    return None


def goal_status_line(goal: GoalProgress, lang: str) -> str:
    """ "Mục tiêu 70 % đến 31/12/2019: Cần tăng tốc. Cần thêm 1 khóm, ấp trong 7,8 tháng: 0,13 khóm, ấp mỗi
    tháng; tốc độ hiện tại 0,40." """
    head = t(
        "progress.goal_head",
        lang,
        pct=fmt.pct(goal.target_pct, lang, 0),
        date=fmt.day(goal.deadline, lang),
        status=t(f"progress.{goal.status}", lang),
    )
    return f"{head} {progress_reason(goal, lang)}"


def progress_reason(goal: GoalProgress, lang: str) -> str:
    """Why the status is what it is, in words, with the paces the method compares."""
    pace = (
        t("progress.pace_now", lang, pace=fmt.decimal(goal.observed_pace, lang, 2))
        if goal.observed_pace is not None
        else t("progress.pace_unknown", lang)
    )
    if goal.status == "achieved":
        return t(
            "progress.why_achieved",
            lang,
            current=goal.current,
            target=fmt.integer(goal.target_count, lang),
        )
    if goal.status == "missed":
        return t("progress.why_missed", lang, remaining=goal.remaining)
    needs = t(
        "progress.why_needs",
        lang,
        remaining=goal.remaining,
        months=fmt.decimal(goal.months_left, lang, 1),
        pace=fmt.decimal(goal.required_pace or 0.0, lang, 2),
    )
    forecast = t("progress.forecast", lang, date=fmt.day(goal.forecast_date, lang)) if goal.forecast_date else ""
    return f"{needs}; {pace}.{forecast}"


def planned_met(month: date | None, goal: Goal, lang: str, already: bool = False) -> str:
    """When a scenario meets a goal: "Đạt vào 10/2019 (đúng hạn)", that the recorded count meets it already, or that
    it does not."""
    if already:  # no plan needed: the goal's own status (on time or not) is judged on the recorded series
        return t("scenario.already_met", lang)
    if month is None:
        return t("scenario.not_met", lang)
    on_time = month <= goal.deadline
    return t("scenario.met_on_time" if on_time else "scenario.met_late", lang, month=fmt.month(month, lang))


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|~<>:$"})


def plain(text: object) -> str:
    """User-supplied text (a file, sheet or scenario name) made safe to show where Streamlit reads Markdown."""
    return str(text).translate(_MARKDOWN)


def size_problem(size: int, limit_mb: int, lang: str) -> str | None:
    """The message for a file over the upload limit, or None."""
    if size <= limit_mb * 1024 * 1024:
        return None
    return t("problem.too_large", lang, size=fmt.decimal(size / 1024 / 1024, lang, 1), limit=limit_mb)


_CHAIN_REASONS = {
    "link": "audit.why_link",
    "changed": "audit.why_changed",
    "unchained": "audit.why_unchained",
    "first_missing": "audit.why_first_missing",
    "tail": "audit.why_tail",
}


def chain_text(check: ChainCheck, lang: str) -> str:
    """One line on the audit trail's hash chain: intact (how many events, from which id), or its first break."""
    if not check.ok:
        why = t(_CHAIN_REASONS[check.reason or "changed"], lang)
        if check.broken_at is None:
            return t("audit.chain_broken", lang, why=why)
        return t("audit.chain_broken_at", lang, id=str(check.broken_at), why=why)
    if check.chained_from is None:
        return t("audit.chain_none", lang, n=check.events)
    text = t("audit.chain_ok", lang, n=check.chained, first=str(check.chained_from))
    before = check.events - check.chained
    return f"{text} {t('audit.chain_before', lang, n=before)}" if before else text
