"""Tables for people: metric frames with localized headers and values, filtering, and export frames."""

from __future__ import annotations

import pandas as pd

from lib import fmt
from lib.i18n import t
from lib.normalize import fold


def _reason_text(code: object, concurrent: bool, lang: str) -> str:
    if concurrent:
        return ""
    return t(f"reason.{code if isinstance(code, str) else ''}", lang)


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


def behind_view(behind: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Wards below a goal with the hamlets each still needs."""
    return pd.DataFrame(
        {
            t("col.ward", lang): behind["ward"],
            t("col.hamlets", lang): behind["hamlets"],
            t("col.concurrent", lang): behind["concurrent"],
            t("col.coverage", lang): [fmt.pct(p, lang) for p in behind["coverage_pct"]],
            t("col.target", lang): behind["target_count"],
            t("col.needed", lang): behind["needed"],
        }
    )


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
                _reason_text(r, bool(c), lang) for r, c in zip(roster["reason"], roster["concurrent"], strict=True)
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
                _reason_text(r, bool(c), lang) if isinstance(r, str) and r else ""
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
