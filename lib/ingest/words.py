"""Headers and position titles read by meaning: their words, abbreviated or not, scored into a field or a title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lib.core.normalize import fold, header_key, plain
from lib.core.schema import ALIASES, POSITION_SEPARATORS, POSITIONS, SUMMARY_CONCURRENT_ALIASES
from lib.core.vocabulary import (
    FIELD_MEANINGS,
    FILLER_WORDS,
    HEADER_WORDS,
    MIN_KNOWN_SHARE,
    OTHER_TITLES,
    TITLE_ABBREVIATIONS,
    TITLE_JOINERS,
    TITLE_NOTES,
    TITLE_UNIT_WORDS,
)

_EXACT: dict[str, str] = {a: f for f, aliases in ALIASES.items() for a in aliases}
_EXACT.update({a: "concurrent" for a in SUMMARY_CONCURRENT_ALIASES})
EXACT_SCORE = 2.0  # a header on the alias lists: certain
CHOSEN_SCORE = 3.0  # a column a person pointed at a field: above any reading
_TITLES: dict[str, str] = {alias: code for code, aliases in POSITIONS.items() for alias in aliases}
_TITLES.update({title: "other" for title in OTHER_TITLES})
_TITLE_SPLIT = re.compile(
    "|".join(
        re.escape(s)
        for s in sorted(
            {*POSITION_SEPARATORS, " kiem nhiem ", " dong thoi ", "(", ")", ",", ";", "&", "[", "]"}, key=len
        )[::-1]
    )
)


# A cell of the row under a header that numbers its columns: "1", "(2)", "A", "(4)=(3)/(2)x100", "5 = 4:3 x 100%".
_NUMBER_CELL = re.compile(r"^\(?(\d{1,2}|[A-E])\)?(\s*=\s*[\d()\s+\-*/×xX:.,%]+)?$")


def is_number_row(row: list[str]) -> bool:
    """The row under a header that numbers its columns ("(1) (2) (3) (4)=(3)/(2)×100", "A B 1 2"): some number."""
    cells = [c.strip() for c in row if c and c.strip()]
    return (
        bool(cells)
        and all(_NUMBER_CELL.match(c) for c in cells)
        and any(c[:1].isdigit() or c[1:2].isdigit() for c in cells)
    )


@dataclass(frozen=True)
class Reading:
    """What a header was read as: the field, how strongly, and whether some of its words were not understood."""

    field: str
    score: float
    sure: bool


Phrases = list[tuple[list[str], str]]  # each phrase as its words, with what it stands for; longest first


def _longest_first(pairs: list[tuple[str, str]]) -> Phrases:
    """(phrase, what it stands for) pairs as Phrases."""
    return sorted(((phrase.split(), meaning) for phrase, meaning in pairs), key=lambda item: -len(item[0]))


def _scan(words: list[str], phrases: Phrases) -> list[tuple[str | None, list[str]]]:
    """The words cut into the longest phrases known, left to right: (what it stands for, its words), or (None,
    [word]) for a word in no phrase."""
    pieces: list[tuple[str | None, list[str]]] = []
    at = 0
    while at < len(words):
        found = next(((m, p) for p, m in phrases if words[at : at + len(p)] == p), (None, words[at : at + 1]))
        pieces.append(found)
        at += len(found[1])
    return pieces


_HEADER_PHRASES = _longest_first([(p, meaning) for meaning, phrases in HEADER_WORDS.items() for p in phrases])


def meanings(words: list[str]) -> tuple[set[str], int, int]:
    """The meanings a header's words hold (longest phrases first), the known and the unknown word counts."""
    pieces = _scan(words, _HEADER_PHRASES)
    found = {meaning for meaning, _ in pieces if meaning is not None}
    known = sum(len(part) for meaning, part in pieces if meaning is not None)
    unknown = sum(1 for meaning, part in pieces if meaning is None and part[0] not in FILLER_WORDS)
    return found, known, unknown


def _by_meaning(found: set[str]) -> str | None:
    """The most specific field whose meanings the header holds, or None."""
    best: tuple[int, str] | None = None
    for field, rules in FIELD_MEANINGS.items():
        for required, forbidden in rules:
            if required <= found and not forbidden & found:
                if best is None or len(required) > best[0]:
                    best = (len(required), field)
                break
    return best[1] if best else None


@lru_cache(maxsize=4096)
def read_header(label: str) -> Reading | None:
    """A header cell read as a field: on the alias lists (sure), else by the meaning of its words, else None."""
    key = header_key(label)
    if not key:
        return None
    if key in _EXACT:
        return Reading(_EXACT[key], EXACT_SCORE, True)
    words = fold(label).split()  # the "(...)" part counts here: "Số lượng (khóm, ấp)"
    found, known, unknown = meanings(words)
    if not known or known / (known + unknown) < MIN_KNOWN_SHARE:
        return None
    field = _by_meaning(found)
    if field is None:
        return None
    share = known / (known + unknown)
    required = max(len(r) for r, f in FIELD_MEANINGS[field] if r <= found and not f & found)
    return Reading(field, share * (1 + 0.1 * required), unknown == 0)


def read_pair(upper: str, lower: str) -> Reading | None:
    """A heading over its sub-heading ("Bí thư chi bộ" over "Họ và tên"), read in either order, the better reading."""
    readings = [r for r in (read_header(f"{lower} {upper}"), read_header(f"{upper} {lower}")) if r]
    return max(readings, key=lambda r: r.score, default=None)


# --- position titles --------------------------------------------------------------------------------------------------

_TITLE_WORDS = _longest_first(list(TITLE_ABBREVIATIONS.items()))


def _expanded(part: str) -> str:
    """A folded title part with its abbreviations written out: "b thu cb" -> "bi thu chi bo"."""
    return " ".join(long if long is not None else words[0] for long, words in _scan(part.split(), _TITLE_WORDS))


def _title_code(part: str) -> str | None:
    """The position one title part names, a trailing unit name allowed ("bi thu chi bo khom 3")."""
    words = _expanded(part).split()
    while words and words[0] in TITLE_JOINERS:
        words = words[1:]
    if not words or " ".join(words) in TITLE_NOTES:
        return ""
    for end in range(len(words), 0, -1):
        code = _TITLES.get(" ".join(words[:end]))
        if code is None:
            continue
        rest = words[end:]
        if not rest or rest[0] in TITLE_UNIT_WORDS or rest[0].isdigit() or words[end - 1] in TITLE_UNIT_WORDS:
            return code
        return None
    return None


def title_positions(title: object) -> tuple[str, ...] | None:
    """Position codes a title names, by the meaning of its parts ("Bí thư chi bộ (kiêm TK)", "B.thư CB/Trưởng ấp").

    None when a part is not understood.
    """
    whole = fold(title)
    if not whole:
        return None
    if whole in _TITLES:
        return (_TITLES[whole],)
    codes: list[str] = []
    for part in _TITLE_SPLIT.split(f" {plain(title)} "):
        code = _title_code(fold(part)) if fold(part) else ""
        if code is None:
            return None
        if code and code not in codes:
            codes.append(code)
    return tuple(codes) or None
