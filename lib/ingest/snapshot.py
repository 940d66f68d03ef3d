"""The last stage: a file's hamlets completed against the master and its totals rows, then the Snapshot built."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pandas as pd

from lib.core.model import Granularity, Problem, Snapshot
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.ingest.body import Body
from lib.ingest.checks import count, has_errors
from lib.ingest.units import ward_table


@dataclass(frozen=True)
class Rows:
    """What a file's rows give: every hamlet (None for a ward summary), concurrent hamlets per ward, officers, and
    the wards the file gives figures for (a ward with at least one of its rows; the master's order)."""

    hamlets: pd.DataFrame | None
    concurrent: pd.Series
    officers: pd.DataFrame | None = None
    covered: tuple[str, ...] = ()

    @classmethod
    def of_hamlets(
        cls, hamlets: pd.DataFrame, officers: pd.DataFrame | None = None, covered: tuple[str, ...] = ()
    ) -> Rows:
        concurrent = hamlets.groupby("ward_code", sort=False)["concurrent"].sum().astype(int)
        return cls(hamlets, concurrent, officers, covered)


def covered_wards(units: pd.DataFrame, codes: pd.Series | pd.Index) -> tuple[str, ...]:
    """The wards of the master, in its order, whose code is among `codes`."""
    found = set(pd.unique(pd.Series(codes, dtype=object)).tolist())
    return tuple(str(c) for c in pd.unique(units["ward_code"]) if c in found)


def complete_hamlets(
    frame: pd.DataFrame, body: Body, headers: dict[str, str], units: pd.DataFrame, problems: list[Problem]
) -> pd.DataFrame | None:
    """Every hamlet of the master in master order: those the file lacks (a warning each ward) have no data.

    The totals rows are checked against the hamlets the file gives; None when an error was found.
    """
    rows = len(frame)
    present = pd.Index(frame["hamlet_code"])
    if present.is_unique:
        missing = units[present.get_indexer(units["hamlet_code"]) < 0]
    else:
        missing = units[~units["hamlet_code"].isin(frame["hamlet_code"])]
    for _code, group in missing.groupby("ward_code", sort=False) if rows else ():
        problems.append(
            _warning(
                "missing_hamlets",
                None,
                None,
                ward=group["ward"].iloc[0],
                hamlets=", ".join(group["hamlet"]),
                count=len(group),
            )
        )
    filler = pd.DataFrame(
        {
            "hamlet_code": missing["hamlet_code"],
            "ward_code": missing["ward_code"],
            "secretary": "",
            "head": "",
            "concurrent": False,
            "head_party_member": None,
            "reason": "no_data",
            "note": "",
            "row": None,
        }
    )
    frame = pd.concat([frame, filler], ignore_index=True) if len(filler) else frame
    order = pd.Index(units["hamlet_code"])
    frame = frame.sort_values("hamlet_code", key=lambda s: pd.Series(order.get_indexer(s), index=s.index))
    frame = frame.reset_index(drop=True)
    _check_totals(body, headers, frame, rows, problems)
    return None if has_errors(problems) else frame


def _check_totals(body: Body, headers: dict[str, str], frame: pd.DataFrame, rows: int, problems: list[Problem]) -> None:
    """Each count a totals row states (concurrent, hamlets) against the hamlets of the file."""
    for number, totals in body.totals if rows else ():
        checks = (
            ("concurrent", int(frame["concurrent"].sum())),
            ("hamlet", rows),
            ("hamlet_code", rows),
        )
        for field_name, actual in checks:
            stated = count(totals.get(field_name, ""))
            if stated is not None and stated != actual:
                problems.append(
                    _error("totals_mismatch", number, headers.get(field_name), stated=stated, actual=actual)
                )


def snapshot(
    data: bytes, file_name: str, when: date, granularity: Granularity, units: pd.DataFrame, rows: Rows
) -> Snapshot:
    """The snapshot of a file without errors; its id is the start of the file's SHA-256."""
    codes = ward_table(units)["code"]
    counts = pd.DataFrame({"code": codes, "concurrent": codes.map(rows.concurrent).fillna(0).astype(int).to_numpy()})
    return Snapshot(
        id=hashlib.sha256(data).hexdigest()[:16],
        as_of=when,
        granularity=granularity,
        units=units,
        ward_counts=counts,
        hamlets=rows.hamlets,
        officers=rows.officers,
        source=file_name,
    )
