"""Text normalisation: NFC, folding, header keys, unit-name keys and yes/no marks."""

from __future__ import annotations

import unicodedata

import pytest

from lib.core.normalize import fold, hamlet_key, header_key, nfc, parse_mark, ward_key


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- nfc / fold / header_key --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (nfd("Phường Nhà Mát"), "Phường Nhà Mát"),
        ("  Xã   Vĩnh\tTrạch \n", "Xã Vĩnh Trạch"),
        (None, ""),
        (float("nan"), ""),
        (31825, "31825"),
        ("", ""),
    ],
)
def test_nfc(raw: object, expected: str) -> None:
    result = nfc(raw)
    assert result == expected
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Phường Nhà Mát", "phuong nha mat"),
        ("ĐẢNG BỘ", "dang bo"),
        ("Khóm, ấp", "khom ap"),
        ("  Bí thư   chi bộ ", "bi thu chi bo"),
        (nfd("Trưởng khóm, ấp"), "truong khom ap"),
        ("Xã Vĩnh Trạch Đông", "xa vinh trach dong"),
    ],
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tỷ lệ (%)", "ty le"),
        ("Bí thư kiêm Trưởng khóm, ấp (đánh dấu x)", "bi thu kiem truong khom ap"),
        ("Phường, xã", "phuong xa"),
        ("PHUONG, XA", "phuong xa"),
        (nfd("Phường, xã"), "phuong xa"),
        ("Họ và tên Bí thư chi bộ", "ho va ten bi thu chi bo"),
        ("Ghi chú", "ghi chu"),
    ],
)
def test_header_key(raw: str, expected: str) -> None:
    assert header_key(raw) == expected


def test_header_key_nfd_equals_nfc() -> None:
    for header in ("Phường, xã", "Khóm, ấp", "Trưởng khóm, ấp", "Số bí thư kiêm trưởng khóm, ấp"):
        assert header_key(nfd(header)) == header_key(header)


# --- ward_key -----------------------------------------------------------------------------------

WARD_SAME = [
    ("P.1", "Phường 1"),
    ("P1", "Phường 1"),
    ("phường 01", "Phường 1"),
    ("PHƯỜNG 1", "Phường 1"),
    ("Phuong 1", "Phường 1"),
    ("P. 01", "Phường 1"),
    ("Nhà Mát", "Phường Nhà Mát"),
    ("PHƯỜNG NHÀ MÁT", "Phường Nhà Mát"),
    ("Phuong Nha Mat", "Phường Nhà Mát"),
    ("xã Vĩnh Trạch", "Xã Vĩnh Trạch"),
    ("X. Vĩnh Trạch", "Xã Vĩnh Trạch"),
    ("Vĩnh Trạch Đông", "Xã Vĩnh Trạch Đông"),
    ("Xa Vinh Trach Dong", "Xã Vĩnh Trạch Đông"),
    (nfd("Xã Hiệp Thành"), "Xã Hiệp Thành"),
    (nfd("Phường Nhà Mát"), "Phường Nhà Mát"),
]


@pytest.mark.parametrize(("variant", "official"), WARD_SAME)
def test_ward_key_variants_match(variant: str, official: str) -> None:
    assert ward_key(variant) == ward_key(official)


@pytest.mark.parametrize("variant", ["P.1", "P1", "phường 01", "PHƯỜNG 1"])
def test_ward_key_phuong_1_is_1(variant: str) -> None:
    assert ward_key(variant) == "1"


WARD_DIFFERENT = [
    ("Xã Vĩnh Trạch", "Xã Vĩnh Trạch Đông"),
    ("Vĩnh Trạch", "Vĩnh Trạch Đông"),
    ("Phường 1", "Phường 10"),
    ("P1", "P.10"),
    ("Phường 8", "Phường 9"),
    ("Phường 1", "Phường 7"),
    ("Phường Nhà Mát", "Phường 1"),
]


@pytest.mark.parametrize(("left", "right"), WARD_DIFFERENT)
def test_ward_key_different_wards_differ(left: str, right: str) -> None:
    assert ward_key(left) != ward_key(right)


# --- hamlet_key ---------------------------------------------------------------------------------

HAMLET_SAME = [
    ("K1", "Khóm 1"),
    ("khóm 01", "Khóm 1"),
    ("KHÓM 1", "Khóm 1"),
    ("Khom 1", "Khóm 1"),
    ("K.1", "Khóm 1"),
    ("ấp 03", "Ấp 3"),
    ("Ap 3", "Ấp 3"),
    ("Giồng Giữa", "Ấp Giồng Giữa"),
    ("ấp giồng giữa", "Ấp Giồng Giữa"),
    ("Trà Kha B", "Khóm Trà Kha B"),
    ("Kinh Tế", "Khóm Kinh Tế"),
    (nfd("Ấp Xóm Lẫm"), "Ấp Xóm Lẫm"),
    ("Ấp xóm lẫm", "Ấp Xóm Lẫm"),
]


@pytest.mark.parametrize(("variant", "official"), HAMLET_SAME)
def test_hamlet_key_variants_match(variant: str, official: str) -> None:
    assert hamlet_key(variant) == hamlet_key(official)


@pytest.mark.parametrize("variant", ["K1", "khóm 01", "Khóm 1"])
def test_hamlet_key_khom_1_is_1(variant: str) -> None:
    assert hamlet_key(variant) == "1"


HAMLET_DIFFERENT = [
    ("Ấp Giồng Giữa", "Ấp Giồng Giữa A"),
    ("Khóm Trà Kha", "Khóm Trà Kha B"),
    ("Khóm Đầu Lộ", "Khóm Đầu Lộ A"),
    ("Khóm 1", "Khóm 10"),
    ("Ấp Giồng Nhãn", "Ấp Giồng Nhãn A"),
    ("Khóm Trà Kha", "Khóm Trà Khứa"),
]


@pytest.mark.parametrize(("left", "right"), HAMLET_DIFFERENT)
def test_hamlet_key_different_hamlets_differ(left: str, right: str) -> None:
    assert hamlet_key(left) != hamlet_key(right)


def test_hamlet_prefix_letter_is_not_eaten_from_a_name() -> None:
    # "K" is a prefix only before a digit, a dot or a space: "Kinh Tế" keeps its K.
    assert hamlet_key("Khóm Kinh Tế") == "kinh te"


# --- parse_mark ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        ("x", True),
        ("X", True),
        ("có", True),
        ("Có", True),
        (nfd("có"), True),
        ("co", True),
        ("1", True),
        ("✓", True),
        ("✔", True),
        ("TRUE", True),
        ("true", True),
        (" x ", True),
        (True, True),
        (1, True),
        (1.0, True),
        ("", False),
        ("không", False),
        ("Không", False),
        (nfd("không"), False),
        ("0", False),
        ("FALSE", False),
        (None, False),
        (float("nan"), False),
        (False, False),
        (0, False),
        (0.0, False),
    ],
)
def test_parse_mark_readable(mark: object, expected: bool) -> None:
    assert parse_mark(mark) is expected


@pytest.mark.parametrize("mark", ["maybe", "2", "chưa rõ", "xx", 2, 0.5, -1])
def test_parse_mark_unreadable_is_none(mark: object) -> None:
    assert parse_mark(mark) is None


def test_parse_mark_question_mark_is_unreadable() -> None:
    assert parse_mark("?") is None
