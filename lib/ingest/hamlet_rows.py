"""Hamlet lists: one row per khóm/ấp naming its secretary and head, or marking it concurrent, read and checked."""

from __future__ import annotations

import pandas as pd

from lib.core.model import Problem
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import fold, nfc, parse_mark
from lib.core.schema import FORMULA_PREFIXES, SNAPSHOT_HAMLET_COLUMNS
from lib.ingest.body import Body
from lib.ingest.checks import has_errors, reason
from lib.ingest.matching import UnitMatcher, locate


def hamlet_rows(
    body: Body, headers: dict[str, str], matcher: UnitMatcher, problems: list[Problem]
) -> pd.DataFrame | None:
    """The hamlets the file lists, in its order (columns of a snapshot's hamlets); None when an error was found."""
    seen: dict[str, int] = {}
    records: list[dict[str, object]] = []
    for number, rec in body.data:
        located = locate(number, rec, headers, matcher, problems)
        if located is None:
            continue
        ward_code, hamlet_code = located
        if hamlet_code in seen:
            problems.append(
                _error(
                    "duplicate_hamlet",
                    number,
                    headers.get("hamlet", headers.get("hamlet_code")),
                    value=matcher.hamlet_name(ward_code, hamlet_code),
                    first_row=seen[hamlet_code],
                )
            )
            continue
        seen[hamlet_code] = number
        record = _hamlet(number, rec, headers, problems)
        if record is not None:
            records.append({"hamlet_code": hamlet_code, "ward_code": ward_code, **record, "row": number})
    if has_errors(problems):
        return None
    return pd.DataFrame.from_records(records, columns=SNAPSHOT_HAMLET_COLUMNS)


def _hamlet(
    number: int, rec: dict[str, str], headers: dict[str, str], problems: list[Problem]
) -> dict[str, object] | None:
    """What one row says of its hamlet: names, concurrency (the mark wins over the names), membership, reason."""
    secretary, head = nfc(rec.get("secretary")), nfc(rec.get("head"))
    by_names = bool(secretary) and fold(secretary) == fold(head)
    concurrent: bool | None = by_names
    if "concurrent" not in rec and not (secretary and head):
        problems.append(_warning("no_names", number, headers["secretary" if not secretary else "head"]))
    if "concurrent" in rec:
        concurrent = parse_mark(rec["concurrent"])
        if concurrent is None:
            problems.append(_error("bad_mark", number, headers["concurrent"], value=rec["concurrent"]))
            return None
        if secretary and head and concurrent != by_names:
            problems.append(_warning("mark_disagrees", number, headers["concurrent"], value=rec["concurrent"]))
    member = parse_mark(rec["head_party_member"]) if rec.get("head_party_member") else None
    _formula_warnings(number, rec, headers, problems)
    why, note = reason(rec, concurrent, member)
    return {
        "secretary": secretary,
        "head": head,
        "concurrent": bool(concurrent),
        "head_party_member": member,
        "reason": why,
        "note": note,
    }


def _formula_warnings(number: int, rec: dict[str, str], headers: dict[str, str], problems: list[Problem]) -> None:
    """Names that a spreadsheet would run as a formula are kept as text, with a warning."""
    for name_field in ("secretary", "head", "full_name"):
        value = nfc(rec.get(name_field))
        if value.startswith(FORMULA_PREFIXES):
            problems.append(_warning("formula_text", number, headers[name_field], value=value))
