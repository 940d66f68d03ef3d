"""The staffing page's I/O: the allowance file (cached by its stamp) and the save of a new allowance version."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Final

import streamlit as st

from lib import store
from lib.present import fmt
from lib.present.i18n import t
from lib.present.staffing_views import bullets, file_problems, issue_lines
from lib.staffing import allowance
from lib.staffing.allowance import AllowanceError, AllowanceFile, AllowanceModel, Issue
from ui import loaders
from ui.auth import Identity

# Allowance rates are policy data an editor keeps, like the goals: the same permission (no new one in schema).
PERMISSION: Final = "goals"


def allowance_path() -> Path:
    """allowance.json in the data folder (the embedded default is read while there is none)."""
    return allowance.path_in(loaders.data_dir())


@st.cache_data(show_spinner=False, max_entries=4)
def _allowance(path: str, stamp: tuple[int, int], revision: str) -> tuple[AllowanceFile | None, list[Issue]]:
    return allowance.load_file(Path(path))


def allowance_file() -> tuple[AllowanceFile | None, list[Issue]]:
    """The allowance document and its problems, cached until the file (or the store) changes."""
    path = allowance_path()
    return _allowance(str(path), loaders.file_stamp(path), loaders.revision())


def coefficient_columns(lang: str) -> dict[str, Any]:
    """Column settings of the coefficients editor: the title and its posts read-only, a coefficient ≥ 0."""
    return {
        t("col.position", lang): st.column_config.TextColumn(disabled=True),
        t("allowance.col_posts_in_roster", lang): st.column_config.NumberColumn(disabled=True, format="%d"),
        t("allowance.col_coefficient", lang): st.column_config.NumberColumn(min_value=0.0, step=0.001),
    }


def save_allowance(version: AllowanceModel | None, viewing: date, who: Identity, lang: str) -> tuple[bool, str]:
    """Append a version to allowance.json in the data folder (editors only); nothing is written when it is invalid.

    Each version keeps its date, source and note, earlier versions are never replaced, and the save is in the
    audit trail.
    """
    if not who.can(PERMISSION):
        return False, t("auth.forbidden", lang)
    if version is None:
        return False, "\n\n".join([t("allowance.not_saved", lang), bullets([t("allowance.needs_date", lang)])])
    path = allowance_path()
    document, issues = allowance.load_file(path)
    if document is None:
        return False, file_problems(issues, lang)
    try:
        text = allowance.dumps(document, version)
    except AllowanceError as exc:
        return False, "\n\n".join([t("allowance.not_saved", lang), bullets(issue_lines(exc.issues, lang, False))])
    allowance.save(path, text)
    detail: dict[str, object] = {
        "effective_from": version.effective_from.isoformat(),
        "coefficients": dict(version.coefficients),
        "concurrent_share": version.concurrent_share,
        "fund_multiplier": version.fund_multiplier,
        "quota": version.quota,
    }
    store.record(loaders.data_dir(), who.name, "allowance", detail)
    when = fmt.day(version.effective_from, lang)
    if version.effective_from > viewing:
        return True, t("allowance.saved_later", lang, date=when, as_of=fmt.day(viewing, lang))
    return True, t("allowance.saved", lang, date=when)
