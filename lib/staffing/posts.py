"""Staffing of the khóm/ấp from an officer roster: posts, people, multi-title persons, the pipeline and the quota."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import pandas as pd

from lib.core.schema import POSITIONS
from lib.ingest.officers import HEAD, SECRETARY

# Every position code a post can carry, in vocabulary order; "other" is an unknown title kept by the reader.
TITLES: Final = (*POSITIONS, "other")
# 595 non-specialised workers at khóm/ấp level in Bạc Liêu city (article of 06/05/2019, QĐ 32/2014/QĐ-UBND).
DEFAULT_QUOTA: Final = 595
POST_COLUMNS: Final = ("ward_code", "hamlet_code", "person", "position", "full_name", "party_member", "row")
# The counts kept per hamlet, summed per ward and for the city (also keys of `staffing --json`).
COUNTS: Final = (
    "posts",
    "people",
    "multi_title_persons",
    "heads_party_members",
    "heads_not_party_members",
    "secretaries_not_heads",
    "concurrent",
)
HAMLET_COLUMNS: Final = ("ward_code", "ward", "hamlet_code", "hamlet", *COUNTS)
WARD_COLUMNS: Final = ("code", "ward", *COUNTS, "hamlets")
PERSON_COLUMNS: Final = ("ward_code", "ward", "hamlet_code", "hamlet", "full_name", "positions", "party_member")


@dataclass(frozen=True)
class Staffing:
    """Posts and people of a roster, city-wide, per ward (`wards`) and per hamlet (`by_hamlet`).

    A post is a (person, position) pair in a hamlet: a combined title is one person holding two posts.
    `secretaries_not_heads` and `concurrent` count hamlets; the other counts are posts or persons.
    """

    posts: int
    people: int
    multi_title_persons: int
    heads_party_members: int
    heads_not_party_members: int
    secretaries_not_heads: int
    concurrent: int
    hamlets: int
    quota: int | None
    quota_difference: int | None
    by_title: dict[str, int]
    wards: pd.DataFrame
    by_hamlet: pd.DataFrame
    persons: pd.DataFrame


def posts(officers: pd.DataFrame | None) -> pd.DataFrame:
    """One row per post (columns POST_COLUMNS): a combined title gives one row per position.

    A person is identified within a hamlet, by (hamlet_code, person): keys made of a name and a year of birth
    collide across a city, and a hamlet worker serves one hamlet. The same pair listed twice is one post. A
    person's name is the one on their first row; they are a party member when any of their rows says so.
    """
    if officers is None or officers.empty:
        return pd.DataFrame(columns=list(POST_COLUMNS))
    frame = officers[["row", "ward_code", "hamlet_code", "person", "positions", "full_name", "party_member"]].copy()
    frame["party_member"] = frame["party_member"].astype(bool)
    by_person = frame.groupby(["hamlet_code", "person"], sort=False)
    frame["party_member"] = by_person["party_member"].transform("any").astype(bool)
    frame["full_name"] = by_person["full_name"].transform("first")
    frame = frame.explode("positions").rename(columns={"positions": "position"})
    frame = frame.drop_duplicates(["hamlet_code", "person", "position"])
    return frame[list(POST_COLUMNS)].reset_index(drop=True)


def person_titles(group: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Each person of one hamlet's posts with their position codes, in TITLES order (first post first)."""
    held: dict[str, set[str]] = {}
    for person, position in zip(group["person"], group["position"], strict=True):
        held.setdefault(str(person), set()).add(str(position))
    return {person: tuple(t for t in TITLES if t in codes) for person, codes in held.items()}


def _hamlet_counts(group: pd.DataFrame) -> dict[str, int]:
    titles = person_titles(group)
    member = dict(zip(group["person"].astype(str), group["party_member"].astype(bool), strict=True))
    secretaries = {p for p, t in titles.items() if SECRETARY in t}
    heads = {p for p, t in titles.items() if HEAD in t}
    concurrent = bool(secretaries & heads)
    return {
        "posts": len(group),
        "people": len(titles),
        "multi_title_persons": sum(len(t) >= 2 for t in titles.values()),
        "heads_party_members": sum(member[h] for h in heads),
        "heads_not_party_members": sum(not member[h] for h in heads),
        "secretaries_not_heads": int(bool(secretaries) and bool(heads) and not concurrent),
        "concurrent": int(concurrent),
    }


def _names(units: pd.DataFrame) -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    wards = dict(zip(units["ward_code"].astype(str), units["ward"].astype(str), strict=True))
    hamlets = dict(zip(units["hamlet_code"].astype(str), units["hamlet"].astype(str), strict=True))
    order = {code: i for i, code in enumerate(units["hamlet_code"].astype(str))}
    return wards, hamlets, order


def staffing(officers: pd.DataFrame | None, units: pd.DataFrame, quota: int | None = DEFAULT_QUOTA) -> Staffing:
    """Posts, people and the pipeline of a roster, against a quota of people (None: no quota)."""
    table = posts(officers)
    ward_names, hamlet_names, order = _names(units)
    hamlet_rows: list[dict[str, object]] = []
    person_rows: list[dict[str, object]] = []
    for (ward_code, hamlet_code), group in table.groupby(["ward_code", "hamlet_code"], sort=False):
        place = {
            "ward_code": str(ward_code),
            "ward": ward_names.get(str(ward_code), str(ward_code)),
            "hamlet_code": str(hamlet_code),
            "hamlet": hamlet_names.get(str(hamlet_code), str(hamlet_code)),
        }
        hamlet_rows.append({**place, **_hamlet_counts(group)})
        names = dict(zip(group["person"].astype(str), group["full_name"].astype(str), strict=True))
        member = dict(zip(group["person"].astype(str), group["party_member"].astype(bool), strict=True))
        for person, titles in person_titles(group).items():
            if len(titles) >= 2:
                person_rows.append(
                    {**place, "full_name": names[person], "positions": titles, "party_member": member[person]}
                )
    by_hamlet = pd.DataFrame.from_records(hamlet_rows, columns=list(HAMLET_COLUMNS))
    by_hamlet = by_hamlet.sort_values("hamlet_code", key=lambda s: s.map(lambda c: order.get(c, len(order))))
    by_hamlet = by_hamlet.reset_index(drop=True)
    wards = _wards(by_hamlet)
    totals = {name: int(by_hamlet[name].sum()) for name in COUNTS}
    people = totals["people"]
    counts = table["position"].value_counts()
    return Staffing(
        posts=totals["posts"],
        people=people,
        multi_title_persons=totals["multi_title_persons"],
        heads_party_members=totals["heads_party_members"],
        heads_not_party_members=totals["heads_not_party_members"],
        secretaries_not_heads=totals["secretaries_not_heads"],
        concurrent=totals["concurrent"],
        hamlets=len(by_hamlet),
        quota=quota,
        quota_difference=None if quota is None else people - quota,
        by_title={title: int(counts.get(title, 0)) for title in TITLES},
        wards=wards,
        by_hamlet=by_hamlet,
        persons=pd.DataFrame.from_records(person_rows, columns=list(PERSON_COLUMNS)),
    )


def _wards(by_hamlet: pd.DataFrame) -> pd.DataFrame:
    """One row per ward that has officers, in master order (columns WARD_COLUMNS)."""
    if by_hamlet.empty:
        return pd.DataFrame(columns=list(WARD_COLUMNS))
    grouped = by_hamlet.groupby("ward_code", sort=False)
    wards = grouped[list(COUNTS)].sum().astype(int)
    wards["ward"] = grouped["ward"].first()
    wards["hamlets"] = grouped.size().astype(int)
    wards = wards.reset_index().rename(columns={"ward_code": "code"})
    return wards[list(WARD_COLUMNS)]
