"""Ward summaries: one row per ward counting its hamlets and the concurrent ones, checked against the master."""

from __future__ import annotations

import pandas as pd

from lib.core.model import Problem
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.ingest.body import Body
from lib.ingest.checks import count, has_errors
from lib.ingest.matching import UnitMatcher, match_ward
from lib.ingest.units import ward_table

_COUNTS = ("hamlets", "concurrent", "not_concurrent")


def ward_rows(
    body: Body, headers: dict[str, str], matcher: UnitMatcher, units: pd.DataFrame, problems: list[Problem]
) -> pd.Series | None:
    """Concurrent hamlets per ward code, as the summary states them; None when an error was found."""
    master = ward_table(units).set_index("code")["hamlets"]
    ward_col = headers.get("ward", headers.get("ward_code"))
    seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    sums = dict.fromkeys(_COUNTS, 0)
    for number, rec in body.data:
        code = match_ward(number, rec, headers, matcher, problems)
        if code is None:
            continue
        if code in seen:
            problems.append(
                _error("duplicate_ward", number, ward_col, value=matcher.ward_name(code), first_row=seen[code])
            )
            continue
        seen[code] = number
        values = _counts(number, rec, headers, sums, problems)
        if "hamlets" in values and "concurrent" in values:
            _check_row(number, rec, values, headers, matcher.ward_name(code), int(master[code]), problems)
            counts[code] = values["concurrent"]
    for number, totals in body.totals:
        _check_totals(number, totals, headers, sums if body.data else {}, problems)
    missing = [code for code in master.index if code not in seen]
    if missing and seen:
        wards = ", ".join(matcher.ward_name(c) for c in missing)
        problems.append(_warning("missing_wards", None, None, wards=wards, count=len(missing)))
    if has_errors(problems):
        return None
    return pd.Series(counts, dtype=int)


def _counts(
    number: int, rec: dict[str, str], headers: dict[str, str], sums: dict[str, int], problems: list[Problem]
) -> dict[str, int]:
    """The counts a row states (added to `sums`); a count that is no whole number is an error."""
    values: dict[str, int] = {}
    for name in _COUNTS:
        if name not in rec:
            continue
        found = count(rec[name])
        if found is None:
            problems.append(_error("bad_count", number, headers[name], value=rec[name]))
        else:
            values[name] = found
            sums[name] += found
    return values


def _check_row(
    number: int,
    rec: dict[str, str],
    values: dict[str, int],
    headers: dict[str, str],
    ward: str,
    master: int,
    problems: list[Problem],
) -> None:
    """A ward's counts: concurrent within the total, the parts adding up, the total the master's, the share right."""
    total, conc = values["hamlets"], values["concurrent"]
    if conc > total:
        problems.append(_error("concurrent_over_total", number, headers["concurrent"], concurrent=conc, total=total))
    elif "not_concurrent" in values and conc + values["not_concurrent"] != total:
        problems.append(
            _error(
                "counts_dont_add_up",
                number,
                headers["not_concurrent"],
                concurrent=conc,
                not_concurrent=values["not_concurrent"],
                total=total,
            )
        )
    if total != master:
        problems.append(_error("hamlets_vs_master", number, headers["hamlets"], ward=ward, stated=total, master=master))
    if rec.get("coverage_pct") and total and not _pct_agrees(rec["coverage_pct"], conc, total):
        problems.append(
            _warning(
                "pct_disagrees",
                number,
                headers["coverage_pct"],
                value=rec["coverage_pct"],
                computed=round(100 * conc / total, 1),
            )
        )


def _check_totals(
    number: int, totals: dict[str, str], headers: dict[str, str], sums: dict[str, int], problems: list[Problem]
) -> None:
    """A totals row: its parts adding up, and each count it states the sum of the rows (`sums`, empty if none)."""
    said = {name: count(totals.get(name, "")) for name in _COUNTS}
    all_said, yes_said, no_said = said["hamlets"], said["concurrent"], said["not_concurrent"]
    if all_said is not None and yes_said is not None and no_said is not None and yes_said + no_said != all_said:
        problems.append(
            _error(
                "counts_dont_add_up",
                number,
                headers.get("not_concurrent"),
                concurrent=yes_said,
                not_concurrent=no_said,
                total=all_said,
            )
        )
    for name, actual in sums.items():
        stated = said[name]
        if name in headers and stated is not None and stated != actual:
            problems.append(_error("totals_mismatch", number, headers[name], stated=stated, actual=actual))


def _pct_agrees(text: str, concurrent: int, total: int) -> bool:
    """Whether a stated share matches the counts to the precision it is written with.

    "67" and "66,7" both agree with 4 of 6 (with 0,15 points of slack for hand rounding); an Excel percent cell
    arrives as a fraction (0.6667) and is compared as one, but only when written with at least two decimals, or
    as 0 or 1 for exactly 0 % or 100 %.
    """
    cleaned = text.replace("%", "").replace(" ", "").replace(",", ".")
    try:
        stated = float(cleaned)
    except ValueError:
        return False
    decimals = len(cleaned.partition(".")[2])
    computed = 100 * concurrent / total
    if abs(stated - computed) <= max(0.5 * 10.0**-decimals, 0.15) + 1e-9:
        return True
    if 0 <= stated <= 1 and decimals >= 2:
        return abs(100 * stated - computed) <= max(0.5 * 10.0 ** -(decimals - 2), 0.15) + 1e-9
    return stated in (0.0, 1.0) and 100 * stated == computed
