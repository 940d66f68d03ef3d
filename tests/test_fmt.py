"""Formatting numbers, shares, signs and dates the Vietnamese and the English way (lib.present.fmt)."""

from __future__ import annotations

from datetime import date

import pytest

from lib.present import fmt


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (68.656, "vi", 1, "68,7 %"),
        (68.656, "en", 1, "68.7%"),
        (100 * 46 / 67, "vi", 1, "68,7 %"),
        (100 * 46 / 67, "en", 2, "68.66%"),
        (70, "vi", 0, "70 %"),
        (100, "en", 0, "100%"),
        (0, "vi", 1, "0,0 %"),
    ],
)
def test_pct(value: float, lang: str, digits: int, expected: str) -> None:
    assert fmt.pct(value, lang, digits) == expected


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (1234.567, "vi", 2, "1.234,57"),
        (1234.567, "en", 2, "1,234.57"),
        (1234567.891, "vi", 1, "1.234.567,9"),
        (1234567.891, "en", 1, "1,234,567.9"),
        (46.9, "vi", 1, "46,9"),
        (0.5, "vi", 2, "0,50"),
    ],
)
def test_decimal(value: float, lang: str, digits: int, expected: str) -> None:
    assert fmt.decimal(value, lang, digits) == expected


@pytest.mark.parametrize(("value", "lang", "expected"), [(1390000, "vi", "1.390.000"), (1390000, "en", "1,390,000")])
def test_integer(value: int, lang: str, expected: str) -> None:
    assert fmt.integer(value, lang) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(date(2019, 12, 31), "31/12/2019"), (date(2019, 5, 6), "06/05/2019"), (date(2020, 1, 1), "01/01/2020")],
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_day(value: date, lang: str, expected: str) -> None:
    assert fmt.day(value, lang) == expected


def test_ratio() -> None:
    assert fmt.ratio(46, 67, "vi") == "46/67"
    assert fmt.ratio(1234, 5678, "vi") == "1.234/5.678"


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (1.2, "1,2", "1.2"),
        (145.15, "145,15", "145.15"),
        (1.0, "1", "1"),
        (0.00005, "0,00005", "0.00005"),
        (1234.5, "1.234,5", "1,234.5"),
        (-1.0, "-1", "-1"),
        (0.0, "0", "0"),
    ],
)
def test_number(value: float, vi: str, en: str) -> None:
    assert (fmt.number(value, "vi"), fmt.number(value, "en")) == (vi, en)
