"""Plural forms: the CLDR category a count takes in each language, and catalogue texts whose words follow it."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from numbers import Integral
from typing import Final, TypeGuard

# The CLDR plural categories each language has for the counts shown here: Vietnamese has one form, English two.
CATEGORIES: Final[dict[str, tuple[str, ...]]] = {"vi": ("other",), "en": ("one", "other")}
DECIMAL_MARKS: Final = {"vi": ",", "en": "."}  # as lib.present.fmt writes them: 1.234,5 · 1,234.5
_NOT_DIGITS: Final = re.compile(r"\D")


@dataclass(frozen=True)
class Plural:
    """Forms of one text by the CLDR plural category of the count in the parameter `by`."""

    by: str
    forms: Mapping[str, str]


def plural(by: str, **forms: str) -> Plural:
    """plural("n", one="{n} hamlet", other="{n} hamlets"): the form follows the count passed as n."""
    return Plural(by, forms)


# A language's text in the catalogue: plain, with plural forms, or pieces joined (for several counts in a sentence).
Text = str | Plural | tuple[str | Plural, ...]
Entry = dict[str, Text]  # language -> text
Strings = dict[str, Entry]  # key -> entry


def is_count(value: object) -> TypeGuard[int]:
    """A whole number not yet written out: an int or a numpy integer (which formats as one), not a bool."""
    return isinstance(value, Integral) and not isinstance(value, bool)


def whole(count: object, lang: str) -> int | None:
    """A count as a whole number: an int as it is, a written one read back from its digits ("1.234" in Vietnamese,
    "1,234" in English, "−3"); None when it shows decimals ("1.5", "12,0") or has no digits."""
    if is_count(count):
        return abs(int(count))
    text = str(count)
    if DECIMAL_MARKS.get(lang, ".") in text:
        return None
    digits = _NOT_DIGITS.sub("", text)
    return int(digits) if digits else None


def category(count: object, lang: str) -> str:
    """The CLDR plural category of a count in lang: English "one" for exactly 1 (not "1.0"), else "other"."""
    return "one" if "one" in CATEGORIES.get(lang, ()) and whole(count, lang) == 1 else "other"


def pieces(text: Text) -> tuple[str | Plural, ...]:
    return text if isinstance(text, tuple) else (text,)


def counted(text: Text) -> set[str]:
    """The parameters whose counts choose a form of this text."""
    return {piece.by for piece in pieces(text) if isinstance(piece, Plural)}


def choose(text: Text, params: Mapping[str, object], lang: str) -> str:
    """The template for these counts: each plural piece in the form its count calls for ("other" without a count)."""
    return "".join(_form(piece, params, lang) for piece in pieces(text))


def _form(piece: str | Plural, params: Mapping[str, object], lang: str) -> str:
    if isinstance(piece, str):
        return piece
    form = category(params[piece.by], lang) if piece.by in params else "other"
    return piece.forms.get(form, piece.forms["other"])


def forms(text: Text) -> Iterator[str]:
    """Every string written in a text: the plain pieces and each plural form."""
    for piece in pieces(text):
        if isinstance(piece, Plural):
            yield from piece.forms.values()
        else:
            yield piece


def fields(template: str) -> set[str]:
    """The placeholders of a template: "{n} more by {date}" -> {"n", "date"}."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def placeholders(text: Text) -> set[str]:
    """The placeholders of a text, whichever forms are chosen (every form of a plural has the same ones)."""
    return set().union(*(fields(f) for f in forms(text)))
