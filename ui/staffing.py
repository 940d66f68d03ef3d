"""The staffing page's I/O: the allowance file (cached by its stamp) and the save of a new allowance version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

import streamlit as st

from lib import store
from lib.present import fmt
from lib.present.i18n import t
from lib.present.staffing_views import bullets, file_problems, issue_lines, model_on, periods_of, quota_of
from lib.staffing import Staffing, allowance, staffing
from lib.staffing.allowance import AllowanceError, AllowanceFile, AllowanceModel, Budget, Issue
from ui import loaders
from ui.auth import Identity

# Allowance rates are policy data an editor keeps, like the goals: the same permission (no new one in schema).
PERMISSION: Final = "goals"


def allowance_path() -> Path:
    """Where an office may drop an allowance.json: the store takes it in at the next read (then renames it)."""
    return allowance.path_in(loaders.data_dir())


@st.cache_data(show_spinner=False, max_entries=4)
def _allowance(folder: str, stamp: tuple[int, int], revision: str) -> tuple[AllowanceFile | None, list[Issue]]:
    return allowance.load_stored(Path(folder))


def allowance_file() -> tuple[AllowanceFile | None, list[Issue]]:
    """The allowance document in force and its problems, cached until the store changes or a file is dropped in."""
    return _allowance(str(loaders.data_dir()), loaders.file_stamp(allowance_path()), loaders.revision())


@dataclass(frozen=True)
class Computed:
    """What the staffing page shows of a snapshot: its posts and people, the rates missing, the budget."""

    result: Staffing
    gaps: list[str]
    budget: Budget | None


@st.cache_resource(show_spinner=False, max_entries=4)  # read-only; seconds to make at national scale
def _computed(folder: str, snapshot_id: int | None, stamp: tuple[int, int], revision: str) -> Computed:
    snapshot = loaders.snapshot(snapshot_id)
    document, _ = allowance_file()
    model = model_on(document, snapshot.as_of)
    periods = periods_of(document)
    roster = snapshot.officers
    result = staffing(roster, snapshot.units, quota_of(document, model, snapshot.units))
    if roster is None or document is None:
        return Computed(result, [], None)
    gaps = allowance.missing_for(roster, model, periods, snapshot.as_of)
    return Computed(result, gaps, allowance.budget(roster, snapshot.units, model, periods, snapshot.as_of))


def computed(snapshot_id: int | None) -> Computed:
    """The staffing of a snapshot under the allowance file in force, cached until either changes."""
    stamp = loaders.file_stamp(allowance_path())
    return _computed(str(loaders.data_dir()), snapshot_id, stamp, loaders.revision())


def coefficient_columns(lang: str) -> dict[str, Any]:
    """Column settings of the coefficients editor: the title and its posts read-only, a coefficient ≥ 0."""
    return {
        t("col.position", lang): st.column_config.TextColumn(disabled=True),
        t("allowance.col_posts_in_roster", lang): st.column_config.NumberColumn(disabled=True, format="%d"),
        t("allowance.col_coefficient", lang): st.column_config.NumberColumn(min_value=0.0, step=0.001),
    }


def save_allowance(version: AllowanceModel | None, viewing: date, who: Identity, lang: str) -> tuple[bool, str]:
    """Save the document in force with a version appended, in the store (editors only); nothing is written when it
    is invalid.

    Each version keeps its date, source and note, earlier versions are never replaced, and the save is in the
    audit trail.
    """
    if not who.can(PERMISSION):
        return False, t("auth.forbidden", lang)
    if version is None:
        return False, "\n\n".join([t("allowance.not_saved", lang), bullets([t("allowance.needs_date", lang)])])
    document, issues = allowance.load_stored(loaders.data_dir())
    if document is None:
        return False, file_problems(issues, lang)
    try:
        text = allowance.dumps(document, version)
    except AllowanceError as exc:
        return False, "\n\n".join([t("allowance.not_saved", lang), bullets(issue_lines(exc.issues, lang, False))])
    detail: dict[str, object] = {
        "effective_from": version.effective_from.isoformat(),
        "coefficients": dict(version.coefficients),
        "concurrent_share": version.concurrent_share,
        "fund_multiplier": version.fund_multiplier,
        "quota": version.quota,
    }
    store.save_allowance(loaders.data_dir(), text, who.name, detail)
    when = fmt.day(version.effective_from, lang)
    if version.effective_from > viewing:
        return True, t("allowance.saved_later", lang, date=when, as_of=fmt.day(viewing, lang))
    return True, t("allowance.saved", lang, date=when)
