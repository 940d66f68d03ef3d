"""Strings in the user's language: t() fills in an entry of the catalogue, in the plural form its count calls for."""

from __future__ import annotations

from typing import Final

from lib.present import fmt
from lib.present.catalogue import CATALOGUE
from lib.present.plurals import choose, counted, is_count

LANGS: Final = ("vi", "en")
DEFAULT_LANG: Final = "vi"
__all__ = ["CATALOGUE", "DEFAULT_LANG", "LANGS", "reason_text", "t"]

# The count parameters of each entry with plural forms (in any language): t() writes their ints with fmt.integer.
_COUNTS: Final = {
    key: frozenset(set().union(*(counted(text) for text in entry.values())))
    for key, entry in CATALOGUE.items()
    if any(counted(text) for text in entry.values())
}


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """The string for key in lang, with params filled in; a missing key is a KeyError (tests catch it).

    Where the text has plural forms ("1 hamlet", "2 hamlets"), its count may be an int, written here the
    language's way ("1.234" in Vietnamese), or a number already written so, which is read back to choose the form.
    """
    lang = lang if lang in LANGS else DEFAULT_LANG
    text = CATALOGUE[key][lang]
    counts = _COUNTS.get(key)
    if counts:
        params = {k: _written(v, lang) if k in counts else v for k, v in params.items()}
    template = text if isinstance(text, str) else choose(text, params, lang)
    return template.format(**params) if params else template


def _written(count: object, lang: str) -> object:
    """An int count written the language's way (1.234 / 1,234); anything else as it is."""
    return fmt.integer(count, lang) if is_count(count) else count


def reason_text(code: object, concurrent: bool, lang: str = DEFAULT_LANG) -> str:
    """Why a hamlet is not concurrent, in words ('' for a concurrent one; "Chưa rõ lý do" when none is given)."""
    if concurrent:
        return ""
    return t(f"reason.{code if isinstance(code, str) else ''}", lang)
