"""The units master: reading, checks that raise UnitsError, and matching names within the master."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest

import tests.helpers as helpers
from lib.core.dataset import DEFAULT_DIR, read_manifest
from lib.core.schema import UNIT_REQUIRED
from lib.ingest.matching import UnitMatcher
from lib.ingest.units import UnitsError, check_units, read_units, ward_table

SHARED_MASTER = helpers.SHARED_REFERENCE / "units_baclieu_2019.csv"

# The 10 units in master order: code, name, kind, number of hamlets.
WARDS = [
    ("31825", "Phường 1", "phường", 7),
    ("31813", "Phường 2", "phường", 7),
    ("31816", "Phường 3", "phường", 7),
    ("31819", "Phường 5", "phường", 7),
    ("31822", "Phường 7", "phường", 7),
    ("31828", "Phường 8", "phường", 8),
    ("31831", "Phường Nhà Mát", "phường", 6),
    ("31834", "Xã Vĩnh Trạch", "xã", 8),
    ("31837", "Xã Vĩnh Trạch Đông", "xã", 6),
    ("31840", "Xã Hiệp Thành", "xã", 4),
]


@pytest.fixture(scope="module")
def master_path() -> Path:
    return DEFAULT_DIR / read_manifest().units


@pytest.fixture(scope="module")
def matcher(units: pd.DataFrame) -> UnitMatcher:
    return UnitMatcher(units)


# --- read_units ---------------------------------------------------------------------------------


def test_read_units_embedded_master_counts(master_path: Path) -> None:
    units = read_units(master_path)
    assert len(units) == 67
    assert units["hamlet_code"].is_unique
    assert units["ward_code"].nunique() == 10
    by_kind = units.groupby("ward_kind").agg(wards=("ward_code", "nunique"), hamlets=("hamlet_code", "size"))
    assert helpers.row_of(by_kind, "phường").tolist() == [7, 49]
    assert helpers.row_of(by_kind, "xã").tolist() == [3, 18]
    # Khóm belong to phường, ấp to xã.
    assert set(units.loc[units["ward_kind"] == "phường", "hamlet_kind"]) == {"khóm"}
    assert set(units.loc[units["ward_kind"] == "xã", "hamlet_kind"]) == {"ấp"}


def test_ward_table_matches_official_codes(units: pd.DataFrame) -> None:
    wards = ward_table(units)
    got = list(zip(wards["code"], wards["ward"], wards["kind"], wards["hamlets"], strict=True))
    assert got == WARDS


@pytest.mark.parametrize(
    ("code", "name"), [("31825", "Phường 1"), ("31840", "Xã Hiệp Thành"), ("31834", "Xã Vĩnh Trạch")]
)
def test_official_codes(units: pd.DataFrame, code: str, name: str) -> None:
    assert set(units.loc[units["ward_code"] == code, "ward"]) == {name}


def test_codes_are_text_with_leading_zeros(master_path: Path) -> None:
    units = read_units(master_path)
    assert units["hamlet_code"].iloc[0] == "31825-01"
    assert all(isinstance(c, str) for c in units["ward_code"])


def test_read_units_matches_shared_reference(master_path: Path) -> None:
    if not SHARED_MASTER.exists():
        pytest.skip("../shared/reference is not available")
    embedded = read_units(master_path)
    shared = read_units(SHARED_MASTER)
    columns = list(UNIT_REQUIRED)
    pd.testing.assert_frame_equal(embedded[columns], shared[columns])


def test_read_units_nfd_with_bom_is_normalised(tmp_path: Path, master_path: Path) -> None:
    # A master saved by a Windows tool: BOM, decomposed letters in headers and cells.
    text = unicodedata.normalize("NFD", master_path.read_text(encoding="utf-8"))
    path = tmp_path / "units_nfd.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    units = read_units(path)
    assert list(units["ward"].unique())[6] == "Phường Nhà Mát"
    assert all(unicodedata.is_normalized("NFC", v) for v in units["hamlet"])
    pd.testing.assert_frame_equal(units, read_units(master_path))


# --- check_units --------------------------------------------------------------------------------


@pytest.mark.parametrize("column", UNIT_REQUIRED)
def test_check_units_missing_column(units: pd.DataFrame, column: str) -> None:
    with pytest.raises(UnitsError, match=column):
        check_units(units.drop(columns=[column]))


def test_check_units_duplicate_hamlet_code(units: pd.DataFrame) -> None:
    broken = units.copy()
    broken.loc[5, "hamlet_code"] = str(broken.loc[4, "hamlet_code"])
    with pytest.raises(UnitsError, match="31825-05"):
        check_units(broken)


@pytest.mark.parametrize("kind", ["huyện", "khóm", "quận", ""])
def test_check_units_unknown_ward_kind(units: pd.DataFrame, kind: str) -> None:
    broken = units.copy()
    broken.loc[60, "ward_kind"] = kind
    with pytest.raises(UnitsError, match="ward kind"):
        check_units(broken)


def test_check_units_ward_code_with_two_names(units: pd.DataFrame) -> None:
    broken = units.copy()
    broken.loc[3, "ward"] = "Phường Một"
    with pytest.raises(UnitsError, match="31825"):
        check_units(broken)


def test_check_units_accepts_the_master_unchanged(units: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(check_units(units.copy()), units)


# --- UnitMatcher: wards -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Phường 1", "31825"),
        ("P.1", "31825"),
        ("P1", "31825"),
        ("phường 01", "31825"),
        ("PHƯỜNG 1", "31825"),
        ("P7", "31822"),
        ("Phuong 8", "31828"),
        ("Nhà Mát", "31831"),
        ("Phường Nhà Mát", "31831"),
        ("PHƯỜNG NHÀ MÁT", "31831"),
        ("Xã Vĩnh Trạch", "31834"),
        ("xã Vĩnh Trạch", "31834"),
        ("X. Vĩnh Trạch", "31834"),
        ("Vĩnh Trạch", "31834"),
        ("Vĩnh Trạch Đông", "31837"),
        ("Xã Vĩnh Trạch Đông", "31837"),
        ("Vinh Trach Dong", "31837"),
        ("Hiệp Thành", "31840"),
        ("xa hiep thanh", "31840"),
        (unicodedata.normalize("NFD", "Xã Vĩnh Trạch Đông"), "31837"),
    ],
)
def test_ward_variants(matcher: UnitMatcher, name: str, code: str) -> None:
    assert matcher.ward(name).code == code


@pytest.mark.parametrize("name", ["Vĩnh", "Xã Vĩnh", "Phường", "Hiệp", "Trạch Đông", ""])
def test_ward_never_by_prefix_or_fragment(matcher: UnitMatcher, name: str) -> None:
    assert matcher.ward(name).code is None


def test_unknown_ward_suggests_closest(matcher: UnitMatcher) -> None:
    match = matcher.ward("Phường 9")
    assert match.code is None
    assert match.suggestion == "Phường 8"


@pytest.mark.parametrize(
    ("name", "code", "expected"),
    [
        (None, "31840", "31840"),
        ("anything", "31825", "31825"),  # the code decides when given
        ("Phường 1", "99999", None),
        ("", " 31834 ", "31834"),
    ],
)
def test_ward_by_code(matcher: UnitMatcher, name: object, code: str, expected: str | None) -> None:
    assert matcher.ward(name, code).code == expected


# --- UnitMatcher: hamlets within their ward -----------------------------------------------------


@pytest.mark.parametrize(
    ("ward_code", "name", "expected"),
    [
        ("31840", "Ấp Giồng Giữa", "31840-01"),
        ("31840", "giồng giữa", "31840-01"),
        ("31837", "Giồng Giữa A", "31837-01"),
        ("31837", "Ấp Giồng Giữa A", "31837-01"),
        ("31837", "Ấp Giồng Giữa B", "31837-02"),
        ("31840", "Ấp xóm lẫm", "31840-04"),
        ("31825", "K1", "31825-01"),
        ("31825", "khóm 07", "31825-07"),
        ("31828", "K8", "31828-04"),
        ("31828", "Trà Kha", "31828-06"),
        ("31828", "Trà Kha B", "31828-07"),
        ("31834", "Ấp 03", "31834-03"),
    ],
)
def test_hamlet_within_ward(matcher: UnitMatcher, ward_code: str, name: str, expected: str) -> None:
    assert matcher.hamlet(ward_code, name).code == expected


@pytest.mark.parametrize(
    ("ward_code", "name"),
    [
        ("31837", "Ấp Giồng Giữa"),  # exists only in Hiệp Thành
        ("31840", "Giồng Giữa A"),  # exists only in Vĩnh Trạch Đông
        ("31828", "Khóm 4"),  # Phường 8 has no Khóm 4 (its 4th hamlet is Khóm 8)
        ("31840", "Giồng"),  # a fragment, never a prefix match
        ("31831", "Đầu"),
    ],
)
def test_hamlet_not_found_outside_its_ward(matcher: UnitMatcher, ward_code: str, name: str) -> None:
    assert matcher.hamlet(ward_code, name).code is None


def test_unknown_hamlet_suggestion_is_from_the_same_ward(matcher: UnitMatcher) -> None:
    match = matcher.hamlet("31837", "Ấp Giồng Giữa")
    assert match.code is None
    assert match.suggestion in {"Ấp Giồng Giữa A", "Ấp Giồng Giữa B"}


@pytest.mark.parametrize(
    ("ward_code", "code", "expected"),
    [
        ("31828", "31828-05", "31828-05"),
        ("31828", "31825-05", None),  # a code of another ward
        ("31840", "31840-09", None),
    ],
)
def test_hamlet_by_code(matcher: UnitMatcher, ward_code: str, code: str, expected: str | None) -> None:
    assert matcher.hamlet(ward_code, "ignored name", code).code == expected


def test_names_for_codes(matcher: UnitMatcher) -> None:
    assert matcher.ward_name("31837") == "Xã Vĩnh Trạch Đông"
    assert matcher.hamlet_name("31840", "31840-01") == "Ấp Giồng Giữa"


def test_golden_samples_are_the_shared_ones() -> None:
    """tests/golden holds copies of ../shared/samples; where shared/ is beside the checkout, they must agree."""
    shared = helpers.SHARED_SAMPLES
    if not shared.is_dir():
        pytest.skip("../shared/samples is not beside this checkout")
    golden = helpers.GOLDEN
    for path in sorted(shared.iterdir()):
        assert (golden / path.name).read_bytes() == path.read_bytes(), path.name
