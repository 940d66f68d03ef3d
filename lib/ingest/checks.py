"""Checks and readings shared by every granularity: counts, reasons, formulas never calculated, errors found."""

from __future__ import annotations

import re

from lib.core.model import Problem
from lib.core.model import error as _error
from lib.core.normalize import fold, nfc
from lib.core.schema import REASON_ALIASES
from lib.ingest.body import Body
from lib.ingest.table import Table


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


def count(text: str) -> int | None:
    """A whole number written "12", "1 200" or "12.0"; None when the text is no count."""
    cleaned = text.replace(" ", "")
    if re.fullmatch(r"\d+", cleaned):
        return int(cleaned)
    if re.fullmatch(r"\d+[.,]0+", cleaned):
        return int(cleaned.split(".")[0].split(",")[0])
    return None


def reason(rec: dict[str, str], concurrent: bool | None, member: bool | None) -> tuple[str, str]:
    """The reason a hamlet is not concurrent (vocabulary code or ''), and the free-text note kept."""
    note = nfc(rec.get("note"))
    text = nfc(rec.get("reason"))
    if concurrent:
        return "", " ".join(t for t in (text, note) if t)
    for candidate in (text, note):
        code = REASON_ALIASES.get(fold(candidate))
        if code:
            return code, note if candidate == text else ""
    if text:
        return "other", " ".join(t for t in (text, note) if t)
    if member is False:
        return "head_not_party_member", note
    if member is True:
        return "secretary_not_head", note
    return "", note


def check_uncomputed(
    table: Table, body: Body, mapping: dict[int, str], headers: dict[str, str], problems: list[Problem]
) -> None:
    """An Excel formula never calculated (the file was written by a program) has no value to read."""
    if not table.uncomputed:
        return
    data_rows = set(body.numbers.tolist())
    for row, col in sorted(table.uncomputed):
        if row in data_rows and col in mapping:
            problems.append(_error("uncomputed_formula", row, headers.get(mapping[col])))
            return
