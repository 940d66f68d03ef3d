"""Staffing from officer rosters: posts, people, multi-title persons, the pipeline, the quota and the JSON contract."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from lib.ingest.roster import parse_bytes
from lib.staffing import DEFAULT_QUOTA, TITLES, Staffing, posts, staffing, staffing_json
from tests.helpers import CORPUS_EXPECTED, CORPUS_FILES, row_of
from tests.officers import SMALL, Row, roster

OFFICER_FILES = sorted(n for n, e in CORPUS_EXPECTED.items() if e["granularity"] == "officer" and e["ok"])


def test_small_roster_city_counts(small_staffing: Staffing) -> None:
    # posts: Khóm 1 An×2 + Bình = 3; Khóm 2 Cường + Dũng×2 = 3; Giồng Giữa Em×3 = 3 -> 9
    # people: An, Bình, Cường, Dũng, Em -> 5; multi-title: An, Dũng, Em -> 3
    # heads: An (member), Dũng (not), Em (member); only Khóm 2 has a secretary who is not the head
    assert (small_staffing.posts, small_staffing.people, small_staffing.multi_title_persons) == (9, 5, 3)
    assert (small_staffing.heads_party_members, small_staffing.heads_not_party_members) == (2, 1)
    assert (small_staffing.secretaries_not_heads, small_staffing.concurrent, small_staffing.hamlets) == (1, 2, 3)
    assert (small_staffing.quota, small_staffing.quota_difference) == (10, -5)


def test_small_roster_by_title_in_vocabulary_order(small_staffing: Staffing) -> None:
    assert list(small_staffing.by_title) == list(TITLES)
    assert {k: v for k, v in small_staffing.by_title.items() if v} == {
        "secretary": 3,
        "head": 3,
        "front_head": 2,
        "police": 1,
    }
    assert sum(small_staffing.by_title.values()) == small_staffing.posts


@pytest.mark.parametrize(
    ("code", "ward", "expected"),
    [
        # Phường 1: Khóm 1 (3 posts, 2 people, An multi) + Khóm 2 (3 posts, 2 people, Dũng multi, head not member)
        ("31825", "Phường 1", {"posts": 6, "people": 4, "multi_title_persons": 2, "heads_not_party_members": 1}),
        ("31840", "Xã Hiệp Thành", {"posts": 3, "people": 1, "multi_title_persons": 1, "heads_not_party_members": 0}),
    ],
)
def test_small_roster_per_ward(small_staffing: Staffing, code: str, ward: str, expected: dict[str, int]) -> None:
    row = row_of(small_staffing.wards.set_index("code"), code)
    assert row["ward"] == ward
    assert {k: int(row[k]) for k in expected} == expected


def test_small_roster_pipeline_per_ward(small_staffing: Staffing) -> None:
    frame = small_staffing.wards.set_index("code")
    assert row_of(frame, "31825")[["secretaries_not_heads", "concurrent", "hamlets"]].tolist() == [1, 1, 2]
    assert row_of(frame, "31840")[["secretaries_not_heads", "concurrent", "hamlets"]].tolist() == [0, 1, 1]
    assert list(small_staffing.wards["code"]) == ["31825", "31840"]  # only wards in the roster, in master order


def test_multi_title_persons_table(small_staffing: Staffing) -> None:
    rows = {(r["hamlet"], r["full_name"], r["positions"]) for r in small_staffing.persons.to_dict("records")}
    assert rows == {
        ("Khóm 1", "Nguyễn Văn An", ("secretary", "head")),
        ("Khóm 2", "Phạm Văn Dũng", ("head", "front_head")),  # the name of the person's first row
        ("Ấp Giồng Giữa", "Võ Thị Em", ("secretary", "head", "front_head")),
    }


@pytest.mark.parametrize(
    ("rows", "posts_count", "people"),
    [
        # a combined title is one person holding two posts
        ([("31825", "31825-01", ("secretary", "head"), "A", True, "name:a|")], 2, 1),
        # the same person and position listed twice is one post
        (
            [
                ("31825", "31825-01", ("head",), "A", True, "name:a|"),
                ("31825", "31825-01", ("head",), "A", True, "name:a|"),
            ],
            1,
            1,
        ),
        # the same key in two hamlets is two people (a name and a year collide across a city)
        (
            [
                ("31825", "31825-01", ("head",), "A", True, "name:a|"),
                ("31825", "31825-02", ("head",), "A", True, "name:a|"),
            ],
            2,
            2,
        ),
        # same name, different year of birth: two people, the hamlet is not concurrent
        (
            [
                ("31825", "31825-01", ("secretary",), "A", True, "name:a|1961"),
                ("31825", "31825-01", ("head",), "A", True, "name:a|1984"),
            ],
            2,
            2,
        ),
    ],
)
def test_posts_and_people(units: pd.DataFrame, rows: list[Row], posts_count: int, people: int) -> None:
    result = staffing(roster(rows), units)
    assert (result.posts, result.people) == (posts_count, people)
    assert len(posts(roster(rows))) == posts_count


def test_party_member_when_any_row_says_so(units: pd.DataFrame) -> None:
    rows: list[Row] = [
        ("31825", "31825-01", ("head",), "A", False, "code:x"),
        ("31825", "31825-01", ("front_head",), "A", True, "code:x"),
    ]
    result = staffing(roster(rows), units)
    assert (result.heads_party_members, result.heads_not_party_members) == (1, 0)


@pytest.mark.parametrize("officers", [None, roster([])])
def test_no_roster_gives_zeros(units: pd.DataFrame, officers: pd.DataFrame | None) -> None:
    result = staffing(officers, units)
    assert (result.posts, result.people, result.hamlets, result.quota) == (0, 0, 0, DEFAULT_QUOTA)
    assert result.quota_difference == -595
    assert result.wards.empty and result.persons.empty
    assert json.loads(json.dumps(staffing_json(result)))["wards"] == []


def test_quota_none(units: pd.DataFrame) -> None:
    result = staffing(roster(SMALL), units, None)
    assert (result.quota, result.quota_difference) == (None, None)
    assert staffing_json(result)["quota"] is None


def test_json_contract(small_staffing: Staffing) -> None:
    out = staffing_json(small_staffing, None)
    json.dumps(out)  # plain values only
    for key in ("posts", "people", "multi_title_persons", "heads_not_party_members"):
        assert type(out[key]) is int
    assert out["quota"] == 10 and out["quota_difference"] == -5 and out["allowance"] is None
    by_title = out["by_title"]
    assert isinstance(by_title, dict) and all(type(v) is int for v in by_title.values())
    wards = out["wards"]
    assert isinstance(wards, list) and len(wards) == 2
    for ward in wards:
        assert {"code", "ward", "posts", "people", "multi_title_persons", "heads_not_party_members"} <= set(ward)
        assert all(type(ward[k]) is int for k in ward if k not in ("code", "ward"))
    assert wards[0] == {
        "code": "31825",
        "ward": "Phường 1",
        "posts": 6,
        "people": 4,
        "multi_title_persons": 2,
        "heads_party_members": 1,
        "heads_not_party_members": 1,
        "secretaries_not_heads": 1,
        "concurrent": 1,
        "hamlets": 2,
    }


# --- The corpus officer rosters ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(units: pd.DataFrame) -> dict[str, Staffing]:
    out = {}
    for name in OFFICER_FILES:
        parsed = parse_bytes((CORPUS_FILES / name).read_bytes(), name, units)
        assert parsed.snapshot is not None and parsed.snapshot.officers is not None, name
        out[name] = staffing(parsed.snapshot.officers, units)
    return out


def test_the_corpus_has_officer_rosters() -> None:
    assert len(OFFICER_FILES) >= 5


@pytest.mark.parametrize("name", OFFICER_FILES)
def test_corpus_counts_are_consistent(corpus: dict[str, Staffing], name: str) -> None:
    s = corpus[name]
    assert s.posts >= s.people >= s.hamlets > 0
    assert s.posts - s.people >= s.multi_title_persons  # each multi-title person holds at least one extra post
    assert s.multi_title_persons >= s.concurrent  # a concurrent hamlet has one person with two titles
    assert s.concurrent + s.secretaries_not_heads <= s.hamlets
    assert s.heads_party_members + s.heads_not_party_members == s.by_title["head"]
    assert sum(s.by_title.values()) == s.posts
    assert s.concurrent == CORPUS_EXPECTED[name]["total_concurrent"]  # worked out by the corpus generator, not by us
    for column in ("posts", "people", "multi_title_persons", "heads_not_party_members", "concurrent", "hamlets"):
        assert int(s.wards[column].sum()) == getattr(s, column), column
    assert json.loads(json.dumps(staffing_json(s)))["posts"] == s.posts


def test_corpus_o01_figures(corpus: dict[str, Staffing]) -> None:
    # o01 lists 151 rows for the 67 hamlets: 122 with one title and 29 with a combined one -> 122 + 2×29 = 180
    # posts. 49 hamlets are concurrent (expected.json); 3 more persons are head and deputy secretary, so 52 persons
    # hold two titles each and 180 − 52 = 128 people. 67 − 49 = 18 hamlets have a secretary who is not the head.
    s = corpus["o01_can_bo_khom_ap.xlsx"]
    assert (s.posts, s.people, s.multi_title_persons, s.concurrent, s.secretaries_not_heads) == (180, 128, 52, 49, 18)
    assert (s.by_title["secretary"], s.by_title["head"], s.hamlets) == (67, 67, 67)
    assert s.quota_difference == 128 - 595
    # Xã Hiệp Thành: Giồng Giữa and Giồng Nhãn B have heads who are not party members; Giồng Nhãn's secretary and
    # head share a name but not a year of birth (two people); only Giồng Nhãn A is concurrent (BT-TK).
    hiep_thanh = row_of(s.wards.set_index("code"), "31840")
    assert hiep_thanh[["heads_not_party_members", "secretaries_not_heads", "concurrent"]].tolist() == [2, 3, 1]
    extra = s.persons[s.persons["positions"] != ("secretary", "head")]
    assert sorted(extra["positions"].unique()) == [("head", "deputy_secretary")]
    assert len(extra) == 3


def test_corpus_unknown_title_counts_as_other(corpus: dict[str, Staffing]) -> None:
    # x04 is o04 (Hiệp Thành, 10 posts for 9 rows: one BT-TK) plus one row with a title not in the vocabulary
    base, odd = corpus["o04_can_bo_hiep_thanh_2020-12-31.parquet"], corpus["x04_chuc_danh_la_2020-12-31.csv"]
    assert (base.posts, base.people, base.by_title["other"]) == (10, 7, 0)
    assert (odd.posts, odd.people, odd.by_title["other"]) == (11, 8, 1)
