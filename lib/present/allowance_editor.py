"""The editor of a new allowance version, and the problems of an allowance file in words."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

import pandas as pd

from lib.present.fmt import number
from lib.present.i18n import t
from lib.present.staffing_tables import bullets, share_pct, title_name
from lib.staffing import DEFAULT_QUOTA, TITLES
from lib.staffing.document import AllowanceModel
from lib.staffing.storage import Issue

# The dates an editor may give a version (a date input needs bounds; 2000 is well before QĐ 32/2014).
EARLIEST: Final = date(2000, 1, 1)
LATEST: Final = date(2100, 12, 31)
# The fields of an allowance document that an issue can name (allowance.field.<name> in the catalogue).
FIELDS: Final = ("effective_from", "amount", "source", "note", "coefficients", "concurrent_share", "fund_multiplier")
FIELDS_ALL: Final = (*FIELDS, "quota")
_WHERE: Final = re.compile(r"^(versions|base_salary)\[(\d+)\](?:\.([a-z_]+)(?:\.(.+))?)?$")

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
