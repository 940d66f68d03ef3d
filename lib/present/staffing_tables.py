"""Staffing tables and sentences for people: money, titles, the quota, posts and people per ward, hamlet, person."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import pandas as pd

from lib.core.model import Snapshot
from lib.present import fmt
from lib.present.fmt import number, signed
from lib.present.i18n import t
from lib.staffing import Staffing

# --- numbers -------------------------------------------------------------------------------------------


def money(value: int, lang: str) -> str:
    """Đồng, grouped the Vietnamese way: "1.490.000 đ" ("1,490,000 VND" in English: the PDF font has no ₫)."""
    return t("staffing.money", lang, amount=fmt.integer(int(value), lang))


def share_pct(share: float | None) -> float | None:
    """A concurrent share (0..1) as a percentage for an input (0.5 -> 50.0)."""
    return None if share is None else round(share * 100, 6)


def share_text(share: float, lang: str) -> str:
    """A concurrent share (0..1) in words: "50 %" ("50%" in English)."""
    value = number(round(share * 100, 6), lang)
    return f"{value} %" if lang == "vi" else f"{value}%"


def title_name(code: str, lang: str) -> str:
    """A position as a table shows it, capitalised: "Bí thư chi bộ"."""
    name = t(f"position.{code}", lang)
    return name[:1].upper() + name[1:]


def titles_text(codes: Iterable[str], lang: str) -> str:
    """Several positions in one cell: "Bí thư chi bộ + trưởng khóm, ấp" (a comma is inside a title)."""
    names = [t(f"position.{code}", lang) for code in codes]
    text = " + ".join(names)
    return text[:1].upper() + text[1:]


# --- staffing ------------------------------------------------------------------------------------------


def no_roster(snapshot: Snapshot, lang: str) -> str:
    """Why the page is empty for this snapshot, and how to get an officer roster."""
    return t(
        "staffing.no_roster",
        lang,
        date=fmt.day(snapshot.as_of, lang),
        kind=t(f"granularity.{snapshot.granularity}", lang),
        form=t("template.title_officer", lang),
        upload=t("nav.upload", lang),
        forms=t("upload.templates", lang),
    )


def quota_note(s: Staffing, units: pd.DataFrame, lang: str) -> str:
    """What the difference from the quota means: a roster of some titles is not the whole apparatus."""
    if s.quota is None or s.quota_difference is None:
        return t("staffing.no_quota", lang)
    titles = sum(1 for count in s.by_title.values() if count)
    params = {
        "people": fmt.integer(s.people, lang),
        "hamlets": fmt.integer(s.hamlets, lang),
        "total": fmt.integer(len(units), lang),
        "titles": fmt.integer(titles, lang),
        "quota": fmt.integer(s.quota, lang),
        "difference": fmt.integer(abs(s.quota_difference), lang),
    }
    if s.quota_difference < 0:
        return t("staffing.quota_partial", lang, **params)
    if s.quota_difference > 0:
        return t("staffing.quota_over", lang, **params)
    return t("staffing.quota_equal", lang, **params)


def quota_delta(s: Staffing, lang: str) -> str:
    """The quota metric's delta: "Danh sách 128 người: −467"."""
    return t("staffing.quota_delta", lang, people=fmt.integer(s.people, lang), n=signed(s.quota_difference or 0, lang))


def by_title_view(s: Staffing, lang: str) -> pd.DataFrame:
    """The titles present in the roster with their number of posts, in vocabulary order."""
    rows = [(title_name(code, lang), count) for code, count in s.by_title.items() if count]
    return pd.DataFrame(rows, columns=[t("col.position", lang), t("staffing.col_posts", lang)])


_COUNT_COLUMNS: Final = (
    ("hamlets", "col.hamlets"),
    ("posts", "staffing.col_posts"),
    ("people", "staffing.col_people"),
    ("multi_title_persons", "staffing.col_multi"),
    ("concurrent", "col.concurrent"),
    ("secretaries_not_heads", "staffing.col_pipeline"),
    ("heads_party_members", "staffing.col_heads_members"),
    ("heads_not_party_members", "staffing.col_heads_not_members"),
)


def wards_view(s: Staffing, lang: str) -> pd.DataFrame:
    """One row per ward of the roster with its counts, and a total row for the city."""
    rows: list[list[object]] = [
        [str(r["ward"]), *(int(r[name]) for name, _ in _COUNT_COLUMNS)] for r in s.wards.to_dict("records")
    ]
    if rows:
        rows.append([t("staffing.total", lang), *(int(getattr(s, name)) for name, _ in _COUNT_COLUMNS)])
    return pd.DataFrame(rows, columns=[t("col.ward", lang), *(t(key, lang) for _, key in _COUNT_COLUMNS)])


def hamlets_view(s: Staffing, lang: str) -> pd.DataFrame:
    """One row per hamlet of the roster with its counts."""
    columns = [name for name, _ in _COUNT_COLUMNS if name != "hamlets"]
    frame = s.by_hamlet
    out = pd.DataFrame({t("col.ward", lang): frame["ward"], t("col.hamlet", lang): frame["hamlet"]})
    for name, key in _COUNT_COLUMNS:
        if name in columns:
            out[t(key, lang)] = frame[name].astype(int)
    return out


def persons_view(s: Staffing, lang: str, hide_names: bool) -> pd.DataFrame:
    """The persons holding two or more titles; their names replaced by "(ẩn)" when the viewer may not see them."""
    frame = s.persons
    return pd.DataFrame(
        {
            **person_columns(frame, lang, hide_names),
            t("col.party_member", lang): [t("value.yes" if m else "value.no", lang) for m in frame["party_member"]],
        }
    )


def person_columns(frame: pd.DataFrame, lang: str, hide_names: bool) -> dict[str, object]:
    """Ward, hamlet, the person's name (or "(ẩn)") and titles: the first columns of every table of persons."""
    names = [t("auth.hidden_name", lang) for _ in frame["full_name"]] if hide_names else frame["full_name"]
    shown = {p: titles_text(p, lang) for p in set(frame["positions"])}  # a few combinations for 40,000 persons
    return {
        t("col.ward", lang): frame["ward"],
        t("col.hamlet", lang): frame["hamlet"],
        t("col.full_name", lang): names,
        t("staffing.col_positions", lang): [shown[p] for p in frame["positions"]],
    }


def bullets(lines: Iterable[str]) -> str:
    """Sentences as a Markdown list."""
    return "\n".join(f"- {line}" for line in lines)
