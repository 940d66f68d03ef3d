"""Text normalisation: NFC, folding for comparison, unit-name keys and yes/no marks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lib.core.schema import FALSE_MARKS, HAMLET_PREFIXES, TRUE_MARKS, WARD_PREFIXES

_SPACES = re.compile(r"\s+")
_PARENS = re.compile(r"\([^)]*\)")
_PUNCT = re.compile(r"[^\w%\s]")
_NUMBER = re.compile(r"\b0+(\d)")


def nfc(value: object) -> str:
    """Text as NFC with collapsed white space; None and NaN become ''."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    text = unicodedata.normalize("NFC", value if type(value) is str else str(value))
    return " ".join(text.split())  # str.split() cuts at runs of \s (str.isspace()), none at the ends


def plain(value: object) -> str:
    """Lower case without diacritics (đ -> d), punctuation kept: "Bí thư kiêm TK" -> "bi thu kiem tk"."""
    text = unicodedata.normalize("NFD", nfc(value).lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("đ", "d")


def fold(value: object) -> str:
    """Lower case, no diacritics (đ -> d), no punctuation, single spaces: for comparisons only."""
    return " ".join(_PUNCT.sub(" ", plain(value)).split())


def header_key(value: object) -> str:
    """A column header folded, without any "(...)" part: "Tỷ lệ (%)" -> "ty le"."""
    return fold(_PARENS.sub(" ", nfc(value)))


@lru_cache(maxsize=8)
def _prefix_patterns(prefixes: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The prefixes, longest first, each as a pattern: the prefix, then a dot, a space or a digit."""
    ordered = sorted({fold(p) for p in prefixes} | {p.lower() for p in prefixes}, key=lambda p: (-len(p), p))
    # "p.1", "p1", "phuong 1", "x. vinh trach": a prefix, then a dot, a space or a digit.
    return tuple(re.compile(rf"^{re.escape(p.rstrip('.'))}(?:\.\s*|\s+|(?=\d))") for p in ordered)


def _strip_prefix(folded: str, prefixes: tuple[str, ...]) -> str:
    for pattern in _prefix_patterns(prefixes):
        match = pattern.match(folded)
        if match:
            return folded[match.end() :]
    return folded


def unit_key(value: object, prefixes: tuple[str, ...]) -> str:
    """The comparable key of a unit name: folded, prefix dropped, leading zeros dropped."""
    raw = _SPACES.sub(" ", re.sub(r"[^\w.\s]", " ", plain(value))).strip()
    key = _strip_prefix(raw, prefixes)
    key = _SPACES.sub(" ", key.replace(".", " ")).strip()
    return _NUMBER.sub(r"\1", key)


def ward_key(value: object) -> str:
    """Key of a ward/commune name: "P.1", "phường 01", "PHƯỜNG 1" -> "1"."""
    return unit_key(value, WARD_PREFIXES)


def hamlet_key(value: object) -> str:
    """Key of a khóm/ấp name: "K1", "khóm 01", "Khóm 1" -> "1"."""
    return unit_key(value, HAMLET_PREFIXES)


def parse_mark(value: object) -> bool | None:
    """A yes/no mark ("x", "X", "có", "1", "✓", "TRUE", blank...) as bool; None if unreadable."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and not (isinstance(value, float) and value != value):
        return {1: True, 0: False}.get(int(value)) if float(value) in (0.0, 1.0) else None
    text = nfc(value)
    if not text:
        return False
    if text in {"✓", "✔", "☑"}:
        return True
    # Fold case and diacritics but keep punctuation: "?" or "??x" is unreadable, not "no" or "yes".
    key = plain(text)
    if key in TRUE_MARKS:
        return True
    if key in FALSE_MARKS:
        return False
    return None
