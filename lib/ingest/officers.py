"""Officer rosters: position titles read into codes, persons identified, and each hamlet's concurrency found."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from lib.core.normalize import fold, nfc, parse_mark
from lib.ingest.words import title_positions

_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
SECRETARY, HEAD = "secretary", "head"


def positions_of(title: object) -> tuple[str, ...] | None:
    """Position codes named by a title: ("secretary", "head") for "Bí thư chi bộ kiêm Trưởng ấp" or "BT-TK".

    None when some part of the title is not in the vocabulary.
    """
    return title_positions(title)


def birth_year(value: object) -> int | None:
    """A year of birth from "1970", "1970.0" or a date "12/03/1970"; None when there is none."""
    match = _YEAR.search(nfc(value))
    return int(match.group(1)) if match else None


def person_key(code: object, name: object, year: int | None) -> str:
    """Who a row is: the person code when given, else the folded name with the year of birth."""
    code_text = nfc(code)
    if code_text:
        return code_key(code_text)
    return name_key(fold(name), year)


def code_key(code: str) -> str:
    """person_key() of a row with a person code (NFC text); a plain ASCII code is only lower-cased by fold()."""
    return f"code:{code.lower() if code.isascii() and code.isalnum() else fold(code)}"


def name_key(folded_name: str, year: int | None) -> str:
    """person_key() of a row without a person code, from its folded name."""
    return f"name:{folded_name}|{year or ''}"


@dataclass(frozen=True)
class HamletStatus:
    """What an officer roster says of one hamlet."""

    secretary: str
    head: str
    concurrent: bool
    head_party_member: bool | None
    secretaries: int
    heads: int


def hamlet_status(officers: pd.DataFrame) -> HamletStatus:
    """Concurrency of one hamlet from its officer rows (columns positions, person, full_name, party_member).

    Concurrent when one person holds both the secretary and the head position: one row with a combined title,
    or two rows of the same person (same code, else same name and year of birth).
    """
    holds_secretary = officers["positions"].map(lambda p: SECRETARY in p)
    holds_head = officers["positions"].map(lambda p: HEAD in p)
    secretaries = officers[holds_secretary]
    heads = officers[holds_head]
    both = set(secretaries["person"]) & set(heads["person"])
    head_row = heads[heads["person"].isin(both)] if both else heads
    member = parse_mark(head_row["party_member"].iloc[0]) if len(head_row) else None
    return HamletStatus(
        secretary=str(secretaries["full_name"].iloc[0]) if len(secretaries) else "",
        head=str(heads["full_name"].iloc[0]) if len(heads) else "",
        concurrent=bool(both),
        head_party_member=member,
        secretaries=int(secretaries["person"].nunique()),
        heads=int(heads["person"].nunique()),
    )
