"""Tables for people: metric frames with localized headers and values, filtering, and export frames."""

from __future__ import annotations

import json
from collections.abc import Hashable
from datetime import date
from typing import Final, cast

import numpy as np
import pandas as pd

from lib.analysis.progress import UnitProgress
from lib.core.model import Goal, Problem
from lib.core.normalize import fold
from lib.ingest.header import FoundColumn
from lib.present import fmt
from lib.present.i18n import reason_text, t
from lib.present.problems import group_message, grouped, rows_text
from lib.present.theme import STATUS_COLORS
from lib.store import BASELINE_ID, Scenario, SnapshotInfo, User

# The status filter of the hamlets page: option -> the concurrent value it keeps (None: all).
STATUS_FILTERS: dict[str, bool | None] = {"all": None, "yes": True, "no": False}
STATUS_LABELS = {"all": "hamlets.all", "yes": "status.concurrent", "no": "status.not_concurrent"}


def table_height(rows: int, most: int = 15) -> int:
    """Pixel height for a table showing up to `most` rows without an empty band below."""
    return 38 + 35 * max(1, min(rows, most))


def _yes_no(value: object, lang: str) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return t("value.yes" if bool(value) else "value.no", lang)


def wards_view(wards: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Ranked wards: rank, name, kind, hamlets, concurrent, not concurrent, share."""
    return pd.DataFrame(
        {
            t("col.rank", lang): wards["rank"],
            t("col.ward", lang): wards["ward"],
            t("col.kind", lang): [t(f"kind.{k}", lang) for k in wards["kind"]],
            t("col.hamlets", lang): wards["hamlets"],
            t("col.concurrent", lang): wards["concurrent"],
            t("col.not_concurrent", lang): wards["not_concurrent"],
            t("col.coverage", lang): [fmt.pct(p, lang) for p in wards["coverage_pct"]],
        }
    )


def behind_view(behind: pd.DataFrame, lang: str, level: str = "ward") -> pd.DataFrame:
    """Wards (or districts or provinces) below a goal with the hamlets each still needs."""
    return pd.DataFrame(
        {
            t("col.ward" if level == "ward" else f"level.{level}", lang): behind["ward"],
            t("col.hamlets", lang): behind["hamlets"],
            t("col.concurrent", lang): behind["concurrent"],
            t("col.coverage", lang): [fmt.pct(p, lang) for p in behind["coverage_pct"]],
            t("col.target", lang): behind["target_count"],
            t("col.needed", lang): behind["needed"],
        }
    )


def hide_names(roster: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The roster with the persons' names replaced by "(ẩn)" where a name is given, and free-text notes (which may
    name people) removed."""
    hidden = roster.copy()
    shown = t("auth.hidden_name", lang)
    for column in ("secretary", "head"):
        names = hidden[column].astype("string")  # by column: 100,000 hamlets in 10 ms, not 0.2 s
        hidden[column] = np.where(names.notna() & names.ne("").fillna(False), shown, "")
    if "note" in hidden.columns:
        hidden["note"] = ""
    return hidden


def roster_view(roster: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The hamlet roster as shown: ward, hamlet, status, names, reason, note."""
    status = [t("status.concurrent" if c else "status.not_concurrent", lang) for c in roster["concurrent"]]
    return pd.DataFrame(
        {
            t("col.ward", lang): roster["ward"],
            t("col.hamlet", lang): roster["hamlet"],
            t("col.status", lang): status,
            t("col.secretary", lang): roster["secretary"].fillna(""),
            t("col.head", lang): roster["head"].fillna(""),
            t("col.head_party_member", lang): [_yes_no(v, lang) for v in roster["head_party_member"]],
            t("col.reason", lang): [
                reason_text(r, bool(c), lang) for r, c in zip(roster["reason"], roster["concurrent"], strict=True)
            ],
            t("col.note", lang): roster["note"].fillna(""),
        }
    )


def filter_roster(
    roster: pd.DataFrame, query: str = "", ward_codes: list[str] | None = None, concurrent: bool | None = None
) -> pd.DataFrame:
    """Rows matching a free-text query (any name, diacritics optional), the chosen wards and a status."""
    keep = pd.Series(True, index=roster.index)
    if ward_codes:
        keep &= roster["ward_code"].isin(ward_codes)
    if concurrent is not None:
        keep &= roster["concurrent"] == concurrent
    needle = fold(query)
    if needle:
        haystack = roster[["ward", "hamlet", "secretary", "head", "note"]].fillna("").agg(" ".join, axis=1)
        keep &= haystack.map(fold).str.contains(needle, regex=False)
    return roster[keep].reset_index(drop=True)


def roster_export(roster: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The roster in the canonical hamlet-list columns, headers localized, readable back by the importer."""
    return pd.DataFrame(
        {
            t("col.ward_code", lang): roster["ward_code"],
            t("col.ward", lang): roster["ward"],
            t("col.hamlet_code", lang): roster["hamlet_code"],
            t("col.hamlet", lang): roster["hamlet"],
            t("col.secretary", lang): roster["secretary"].fillna(""),
            t("col.head", lang): roster["head"].fillna(""),
            t("col.concurrent_mark", lang): ["x" if c else "" for c in roster["concurrent"]],
            t("col.head_party_member", lang): [_yes_no(v, lang) for v in roster["head_party_member"]],
            t("col.reason", lang): [
                reason_text(r, bool(c), lang) if isinstance(r, str) and r else ""
                for r, c in zip(roster["reason"], roster["concurrent"], strict=True)
            ],
            t("col.note", lang): roster["note"].fillna(""),
        }
    )


def ward_from_selection(event: object) -> str | None:
    """The ward code of the first point clicked on the wards chart, from Streamlit's selection state."""
    try:
        points = event["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    for point in points or []:
        custom = point.get("customdata") if isinstance(point, dict) else None
        if custom:
            return str(custom[0] if isinstance(custom, (list, tuple)) else custom)
    return None


def problems_view(problems: list[Problem], lang: str) -> pd.DataFrame:
    """Errors first, then warnings: severity, row(s), column, message; the same problem on many rows is one line."""
    ordered = sorted(grouped(problems), key=lambda g: (g.first.severity != "error", g.rows[0] if g.rows else 0))
    return pd.DataFrame(
        {
            t("col.severity", lang): [t(f"severity.{g.first.severity}", lang) for g in ordered],
            t("col.row", lang): [rows_text(g.rows, lang) for g in ordered],
            t("col.column", lang): [g.first.column or "" for g in ordered],
            t("col.message", lang): [group_message(g, lang) for g in ordered],
        }
    )


def preview_view(rows: list[list[str]]) -> pd.DataFrame:
    """The first rows of the table as read (header row first), every cell as text."""
    if not rows:
        return pd.DataFrame()
    width = max(len(r) for r in rows)
    header = [h or f"({i + 1})" for i, h in enumerate(rows[0] + [""] * (width - len(rows[0])))]
    header = [h if header.index(h) == i else f"{h} ({i + 1})" for i, h in enumerate(header)]
    return pd.DataFrame([r + [""] * (width - len(r)) for r in rows[1:]], columns=header)


def columns_view(found: list[FoundColumn], lang: str) -> pd.DataFrame:
    """The header's columns: number, header, what it was read as ("—" when unread), its first values."""
    return pd.DataFrame(
        {
            t("upload.col_number", lang): [c.index + 1 for c in found],
            t("upload.col_header", lang): [c.header for c in found],
            t("upload.col_read_as", lang): [t(f"col.{c.field}", lang) if c.field else "—" for c in found],
            t("upload.col_values", lang): [", ".join(c.values) for c in found],
        }
    )


def column_option(found: FoundColumn, lang: str) -> str:
    """A column as a choice in a select box: "3. «Đạt» (4, 5, 5)"."""
    values = f" ({', '.join(found.values)})" if found.values else ""
    return f"{found.index + 1}. «{found.header or t('upload.no_header', lang)}»{values}"


def ward_changes_view(changes: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per ward: hamlets, before, after, change ("+2", "0", "−1")."""
    return pd.DataFrame(
        {
            t("col.ward", lang): changes["ward"],
            t("col.hamlets", lang): changes["hamlets"],
            t("col.before", lang): changes["before"],
            t("col.after", lang): changes["after"],
            t("col.change", lang): [fmt.signed(int(c), lang) for c in changes["change"]],
        }
    )


def hamlet_changes_view(changes: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.ward", lang): changes["ward"],
            t("col.hamlet", lang): changes["hamlet"],
            t("col.change", lang): [t(f"change.{c}", lang) for c in changes["change"]],
            t("col.reason", lang): [
                reason_text(r, c == "became", lang) for r, c in zip(changes["reason"], changes["change"], strict=True)
            ],
        }
    )


def history_view(rows: list[SnapshotInfo], lang: str) -> pd.DataFrame:
    """The stored snapshots: number, as-of date, counts, kind, when, who, original file, current."""
    return pd.DataFrame(
        {
            t("col.id", lang): [f"#{r.id}" for r in rows],
            t("col.as_of", lang): [fmt.day(r.as_of, lang) for r in rows],
            t("col.concurrent", lang): [
                f"{fmt.ratio(r.concurrent, r.hamlets, lang)} "
                f"({fmt.pct(100 * r.concurrent / r.hamlets if r.hamlets else 0, lang)})"
                for r in rows
            ],
            t("col.granularity", lang): [t(f"granularity.short_{r.granularity}", lang) for r in rows],
            t("col.uploaded_at", lang): [fmt.moment(r.uploaded_at, lang) for r in rows],
            t("col.uploaded_by", lang): [
                r.uploaded_by or (t("history.default_user", lang) if r.id == BASELINE_ID else "—") for r in rows
            ],
            t("col.file_name", lang): [r.file_name for r in rows],
            t("col.warnings", lang): [r.warnings for r in rows],
            t("col.current", lang): ["✓" if r.current else "" for r in rows],
        }
    )


def snapshot_label(info: SnapshotInfo, lang: str) -> str:
    """ "#2 · 30/09/2019 · hamlets_2019-09-30.xlsx (hiện hành)" for select boxes."""
    label = t("history.option", lang, id=info.id, date=fmt.day(info.as_of, lang), file=info.file_name)
    return f"{label} ({t('history.current_badge', lang)})" if info.current else label


def progress_view(units: list[UnitProgress], lang: str) -> pd.DataFrame:
    """One row per ward: hamlets, concurrent now, and for each goal its status, what is missing, the two paces."""
    table: dict[str, list[object]] = {
        t("col.ward", lang): [u.name for u in units],
        t("col.hamlets", lang): [u.hamlets for u in units],
        t("col.concurrent", lang): [u.goals[0].current if u.goals else 0 for u in units],
    }
    for index, goal in enumerate(units[0].goals if units else []):
        label = f"{fmt.pct(goal.target_pct, lang, 0)} · {fmt.day(goal.deadline, lang)}"
        table[f"{label}: {t('col.status', lang)}"] = [t(f"progress.{u.goals[index].status}", lang) for u in units]
        table[f"{label}: {t('col.needed', lang)}"] = [u.goals[index].remaining for u in units]
        table[f"{label}: {t('col.required_pace', lang)}"] = [_pace(u.goals[index].required_pace, lang) for u in units]
    table[t("col.observed_pace", lang)] = [_pace(u.goals[0].observed_pace if u.goals else None, lang) for u in units]
    return pd.DataFrame(table)


def _pace(value: float | None, lang: str) -> str:
    return "—" if value is None else fmt.decimal(value, lang, 2)


def numbers(frame: pd.DataFrame, lang: str) -> pd.DataFrame | pd.io.formats.style.Styler:
    """A table whose whole numbers show as "4.373" in Vietnamese (and "4,373" in English) while staying numbers, so
    that sorting by a column still sorts by value. The table as it is when no whole number reaches 1.000 (a Styler
    lays out every cell on every rerun: 0.45 s for 3,300 wards)."""
    whole: list[Hashable] = [
        c for c in frame.columns if pd.api.types.is_integer_dtype(frame[c]) and (frame[c].abs() >= 1000).any()
    ]
    if not whole:
        return frame

    def show(value: object) -> str:
        return fmt.integer(int(cast("int", value)), lang)

    return frame.style.format(show, subset=whole)


def status_styles(frame: pd.DataFrame, lang: str) -> pd.io.formats.style.Styler:
    """The progress table with each status cell in its status colour (the same colour as in the charts)."""
    colours = {t(f"progress.{status}", lang): colour for status, colour in STATUS_COLORS.items()}

    def paint(value: object) -> str:
        colour = colours.get(str(value))
        return f"background-color: {colour}2e; color: #111; font-weight: 600" if colour else ""

    return frame.style.map(paint)


# A table longer than this is shown without its status colours: pandas' Styler lays out every cell on every rerun
# (3,300 wards: 0.5 s of a 0.7 s rerun). The charts keep the colours; the status is written in each row.
STYLED_ROWS: Final = 200


def progress_table(wards: list[UnitProgress], lang: str) -> pd.DataFrame | pd.io.formats.style.Styler:
    """The wards' progress table, its status cells coloured when it is short enough to colour on every rerun."""
    frame = progress_view(wards, lang)
    return status_styles(frame, lang) if len(frame) <= STYLED_ROWS else frame


def scenarios_view(saved: list[Scenario], lang: str) -> pd.DataFrame:
    """Saved scenarios: name, when, how many hamlets, the months they span."""
    return pd.DataFrame(
        {
            t("scenario.col_name", lang): [s.name for s in saved],
            t("col.uploaded_at", lang): [fmt.moment(s.created_at, lang) for s in saved],
            t("scenario.col_hamlets", lang): [len(s.items) for s in saved],
            t("scenario.col_months", lang): [
                f"{fmt.month(min(s.items.values()))} – {fmt.month(max(s.items.values()))}" if s.items else ""
                for s in saved
            ],
        }
    )


def _account_status(account: User) -> str:
    if account.disabled:
        return "admin.status_disabled"
    return "admin.status_must_change" if account.must_change else "admin.status_active"


def accounts_view(accounts: list[User], lang: str) -> pd.DataFrame:
    """Accounts without their password hashes: name, role, created, status."""
    return pd.DataFrame(
        {
            t("auth.name", lang): [a.name for a in accounts],
            t("admin.role", lang): [t(f"role.{a.role}", lang) for a in accounts],
            t("admin.created", lang): [fmt.moment(a.created_at, lang) for a in accounts],
            t("admin.status", lang): [t(_account_status(a), lang) for a in accounts],
        }
    )


def audit_view(events: list[dict[str, object]], lang: str) -> pd.DataFrame:
    """The audit trail, newest first: when, who, what, details."""
    ordered = list(reversed(events))
    return pd.DataFrame(
        {
            t("admin.when", lang): [fmt.moment(str(e["at"]), lang) for e in ordered],
            t("admin.who", lang): [str(e["user"]) for e in ordered],
            t("admin.what", lang): [t(f"event.{e['action']}", lang) for e in ordered],
            t("admin.details", lang): [json.dumps(e["detail"], ensure_ascii=False) for e in ordered],
        }
    )


def goals_frame(goals: tuple[Goal, ...], lang: str) -> pd.DataFrame:
    """The goals as an editable table: deadline, target %."""
    return pd.DataFrame(
        {
            t("goals.deadline", lang): [g.deadline for g in goals],
            t("goals.target", lang): [float(g.target_pct) for g in goals],
        }
    )


def goals_rows(edited: pd.DataFrame) -> list[tuple[date, float]]:
    """(deadline, target %) for each complete row of the edited table."""
    rows = []
    for deadline, target in edited.itertuples(index=False):
        if pd.notna(deadline) and pd.notna(target):
            day = deadline.date() if hasattr(deadline, "date") and callable(deadline.date) else deadline
            rows.append((day, float(target)))
    return rows
