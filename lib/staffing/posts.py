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


def _names(units: pd.DataFrame) -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    wards = dict(zip(units["ward_code"].astype(str), units["ward"].astype(str), strict=True))
    hamlets = dict(zip(units["hamlet_code"].astype(str), units["hamlet"].astype(str), strict=True))
    order = {code: i for i, code in enumerate(units["hamlet_code"].astype(str))}
    return wards, hamlets, order


def _person_table(table: pd.DataFrame) -> pd.DataFrame:
    """One row per person of a hamlet, hamlets in the order they first come and persons in theirs: the place, the
    name and membership (the same on every post), how many titles in TITLES they hold, secretary, head."""
    keys = ["ward_code", "hamlet_code", "person"]
    frame = table.assign(_hamlet=table.groupby(["ward_code", "hamlet_code"], sort=False).ngroup())
    frame = frame[frame["_hamlet"] >= 0].assign(  # a post without a place is in no hamlet, as before
        _known=lambda f: f["position"].isin(TITLES),
        _secretary=lambda f: f["position"] == SECRETARY,
        _head=lambda f: f["position"] == HEAD,
    )
    people = (
        frame.groupby(keys, sort=False, dropna=False)
        .agg(
            hamlet_order=("_hamlet", "first"),
            full_name=("full_name", "last"),
            party_member=("party_member", "last"),
            titles=("_known", "sum"),
            secretary=("_secretary", "any"),
            head=("_head", "any"),
        )
        .reset_index()
    )
    people["person"] = people["person"].astype(str)
    return people.sort_values("hamlet_order", kind="stable").reset_index(drop=True)


def _hamlet_table(table: pd.DataFrame, people: pd.DataFrame) -> pd.DataFrame:
    """The counts of each hamlet (COUNTS), hamlets in the order they first come in the posts."""
    heads = people["head"]
    member = people["party_member"].astype(bool)
    flags = people.assign(
        multi=people["titles"] >= 2,
        heads_member=heads & member,
        heads_not_member=heads & ~member,
        both=people["secretary"] & heads,
    )
    counts = flags.groupby("hamlet_order", sort=True).agg(
        ward_code=("ward_code", "first"),
        hamlet_code=("hamlet_code", "first"),
        people=("person", "size"),
        multi_title_persons=("multi", "sum"),
        heads_party_members=("heads_member", "sum"),
        heads_not_party_members=("heads_not_member", "sum"),
        any_secretary=("secretary", "any"),
        any_head=("head", "any"),
        concurrent=("both", "any"),
    )
    counts["posts"] = table.groupby(["ward_code", "hamlet_code"], sort=False).size().to_numpy()
    pipeline = counts["any_secretary"] & counts["any_head"] & ~counts["concurrent"]
    counts["secretaries_not_heads"] = pipeline.astype(int)
    counts["concurrent"] = counts["concurrent"].astype(int)
    return counts.reset_index(drop=True)


def _multi_title_persons(table: pd.DataFrame, people: pd.DataFrame, names: tuple[dict[str, str], ...]) -> pd.DataFrame:
    """The persons holding two titles or more (columns PERSON_COLUMNS), with their position codes in TITLES order."""
    ward_names, hamlet_names = names
    multi = people[people["titles"] >= 2]
    if multi.empty:
        return pd.DataFrame(columns=list(PERSON_COLUMNS))
    rows = multi.reset_index(drop=True).assign(_order=lambda f: range(len(f)))
    rank = {title: i for i, title in enumerate(TITLES)}
    held = table[table["position"].isin(TITLES)].assign(person=lambda f: f["person"].astype(str))
    held = held.merge(rows[["hamlet_code", "person", "_order"]], on=["hamlet_code", "person"])
    held = held.assign(_rank=held["position"].map(rank)).sort_values(["_order", "_rank"], kind="stable")
    titles: list[list[str]] = [[] for _ in range(len(rows))]
    for order, position in zip(held["_order"].tolist(), held["position"].tolist(), strict=True):
        titles[order].append(str(position))
    rows["positions"] = [tuple(held_titles) for held_titles in titles]
    return pd.DataFrame(
        {
            "ward_code": rows["ward_code"].astype(str),
            "ward": [ward_names.get(str(c), str(c)) for c in rows["ward_code"]],
            "hamlet_code": rows["hamlet_code"].astype(str),
            "hamlet": [hamlet_names.get(str(c), str(c)) for c in rows["hamlet_code"]],
            "full_name": rows["full_name"].astype(str),
            "positions": rows["positions"],
            "party_member": rows["party_member"].astype(bool),
        },
        columns=list(PERSON_COLUMNS),
    )


def staffing(officers: pd.DataFrame | None, units: pd.DataFrame, quota: int | None = DEFAULT_QUOTA) -> Staffing:
    """Posts, people and the pipeline of a roster, against a quota of people (None: no quota); counted for every
    hamlet at once (a loop over 100,000 hamlets took half a minute)."""
    table = posts(officers)
    ward_names, hamlet_names, order = _names(units)
    people = _person_table(table)
    counted = _hamlet_table(table, people)
    by_hamlet = pd.DataFrame(
        {
            "ward_code": counted["ward_code"].astype(str),
            "ward": [ward_names.get(str(c), str(c)) for c in counted["ward_code"]],
            "hamlet_code": counted["hamlet_code"].astype(str),
            "hamlet": [hamlet_names.get(str(c), str(c)) for c in counted["hamlet_code"]],
            **{name: counted[name].astype(int) for name in COUNTS},
        },
        columns=list(HAMLET_COLUMNS),
    )
    by_hamlet = by_hamlet.sort_values("hamlet_code", key=lambda s: s.map(lambda c: order.get(c, len(order))))
    by_hamlet = by_hamlet.reset_index(drop=True)
    wards = _wards(by_hamlet)
    totals = {name: int(by_hamlet[name].sum()) for name in COUNTS}
    people_count = totals["people"]
    counts = table["position"].value_counts()
    return Staffing(
        posts=totals["posts"],
        people=people_count,
        multi_title_persons=totals["multi_title_persons"],
        heads_party_members=totals["heads_party_members"],
        heads_not_party_members=totals["heads_not_party_members"],
        secretaries_not_heads=totals["secretaries_not_heads"],
        concurrent=totals["concurrent"],
        hamlets=len(by_hamlet),
        quota=quota,
        quota_difference=None if quota is None else people_count - quota,
        by_title={title: int(counts.get(title, 0)) for title in TITLES},
        wards=wards,
        by_hamlet=by_hamlet,
        persons=_multi_title_persons(table, people, (ward_names, hamlet_names)),
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
