"""A crosswalk file read and checked: how each ward and hamlet of an earlier units master maps to the later one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pandas as pd

from lib.core.model import Checked, Problem
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import nfc
from lib.core.schema import (
    CROSSWALK_CHANGES,
    CROSSWALK_COLUMNS,
    CROSSWALK_LEVELS,
    CROSSWALK_REQUIRED,
    CROSSWALK_VERIFIED,
    READ_LIMITS,
)
from lib.ingest.controls import without_controls
from lib.ingest.limits import FileProblem, Limits
from lib.ingest.table import UnreadableFile, read_tables

# Only a split unit maps to several later units; every other change maps one unit to one.
_ONE_TARGET = tuple(c for c in CROSSWALK_CHANGES if c != "split")
_CODE = {"ward": "ward_code", "hamlet": "hamlet_code"}
_NAME = {"ward": "ward", "hamlet": "hamlet"}


@dataclass
class CrosswalkRead(Checked):
    """A crosswalk checked against the earlier and the later master: its rows (only when there is no error)."""

    problems: list[Problem] = field(default_factory=list)
    rows: pd.DataFrame | None = None
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return self.rows is not None and not self.errors


def parse_crosswalk(
    data: bytes, earlier: pd.DataFrame, later: pd.DataFrame, limits: Limits = READ_LIMITS
) -> CrosswalkRead:
    """Read a crosswalk (CSV, XLSX or Parquet, header in row 1) and check it against both masters.

    Columns: level (ward|hamlet), from_code, to_code, change (same|renamed|moved|merged|split); optional from_name,
    to_name, source, verified (yes|no, blank: no). Every unit of the earlier master must be in a row at its level;
    every code must be in its master. Each problem names its row (as the file shows it) and column.
    """
    read = CrosswalkRead(sha256=hashlib.sha256(data).hexdigest())
    try:
        table = without_controls(read_tables(data, limits)[0])
    except FileProblem as exc:
        read.problems.append(exc.problem)
        return read
    except UnreadableFile:
        read.problems.append(_error("crosswalk_unreadable"))
        return read
    if len(table) < 2:
        read.problems.append(_error("crosswalk_no_rows"))
        return read
    header = [nfc(c).strip().lower() for c in table.row(0)]
    missing = [c for c in CROSSWALK_REQUIRED if c not in header]
    if missing:
        read.problems.append(_error("crosswalk_missing_columns", int(table.numbers[0]), None, names=", ".join(missing)))
        return read
    index = {name: header.index(name) for name in CROSSWALK_COLUMNS if name in header}
    cells = table.rows[1:]
    rows = pd.DataFrame(
        {name: [nfc(r[i]).strip() if i < len(r) else "" for r in cells] for name, i in index.items()},
        columns=list(CROSSWALK_COLUMNS),
    ).fillna("")
    rows["row"] = table.numbers[1:].astype(int)
    rows = rows[(rows[list(CROSSWALK_COLUMNS)] != "").any(axis=1)].reset_index(drop=True)  # blank rows skipped
    read.problems += _values(rows)
    if not read.errors:
        read.problems += _against_masters(rows, earlier, later)
    if not read.errors:
        rows["verified"] = [CROSSWALK_VERIFIED[v.lower()] for v in rows["verified"]]
        read.rows = rows
    return read


def _values(rows: pd.DataFrame) -> list[Problem]:
    """Empty required values and values outside the vocabularies."""
    problems = []
    for record in rows.to_dict("records"):
        line = int(record["row"])
        for column in CROSSWALK_REQUIRED:
            if not record[column]:
                problems.append(_error("crosswalk_empty_value", line, column))
        if record["level"] and record["level"].lower() not in CROSSWALK_LEVELS:
            problems.append(_error("crosswalk_bad_level", line, "level", value=record["level"]))
        if record["change"] and record["change"].lower() not in CROSSWALK_CHANGES:
            problems.append(_error("crosswalk_bad_change", line, "change", value=record["change"]))
        if record["verified"].lower() not in CROSSWALK_VERIFIED:
            problems.append(_error("crosswalk_bad_verified", line, "verified", value=record["verified"]))
    if not problems:
        rows["level"] = rows["level"].str.lower()
        rows["change"] = rows["change"].str.lower()
    return problems


def _against_masters(rows: pd.DataFrame, earlier: pd.DataFrame, later: pd.DataFrame) -> list[Problem]:
    """Codes in their masters, no unit forgotten, one target unless split, names as the masters spell them."""
    problems: list[Problem] = []
    for level in CROSSWALK_LEVELS:
        part = rows[rows["level"] == level]
        before = _names(earlier, level)
        after = _names(later, level)
        problems += _unknown(part, before, after, level)
        problems += _repeated(part)
        problems += _forgotten(part, earlier, level)
        problems += _names_differ(part, before, after)
        problems += [
            _warning("crosswalk_new_unit", None, "to_code", level=level, unit=code, name=name)
            for code, name in after.items()
            if code not in set(part["to_code"])
        ]
    return problems


def _names(units: pd.DataFrame, level: str) -> dict[str, str]:
    """code -> name of a master's units at one level, in master order."""
    unique = units.drop_duplicates(_CODE[level])
    return dict(zip(unique[_CODE[level]].astype(str), unique[_NAME[level]].astype(str), strict=True))


def _unknown(part: pd.DataFrame, before: dict[str, str], after: dict[str, str], level: str) -> list[Problem]:
    """A from_code not in the earlier master, a to_code not in the later one."""
    problems = []
    for source, target, line in zip(part["from_code"], part["to_code"], part["row"], strict=True):
        if source and source not in before:
            problems.append(_error("crosswalk_unknown_from", int(line), "from_code", value=source, level=level))
        if target and target not in after:
            problems.append(_error("crosswalk_unknown_to", int(line), "to_code", value=target, level=level))
    return problems


def _repeated(part: pd.DataFrame) -> list[Problem]:
    """The same pair twice, and a unit with several targets whose change is not a split."""
    problems = []
    first: dict[tuple[str, str], int] = {}
    targets: dict[str, int] = {}
    for record in part.to_dict("records"):
        pair, line = (record["from_code"], record["to_code"]), int(record["row"])
        if pair in first:
            problems.append(_error("crosswalk_duplicate_row", line, "to_code", value=pair[1], first_row=first[pair]))
            continue
        first[pair] = line
        if record["from_code"] in targets and record["change"] in _ONE_TARGET:
            problems.append(
                _error(
                    "crosswalk_many_targets",
                    line,
                    "from_code",
                    value=record["from_code"],
                    change=record["change"],
                    first_row=targets[record["from_code"]],
                )
            )
        targets.setdefault(record["from_code"], line)
    return problems


def _forgotten(part: pd.DataFrame, earlier: pd.DataFrame, level: str) -> list[Problem]:
    """Units of the earlier master in no row: named with their row in that master (as its file had it)."""
    listed = set(part["from_code"])
    unique = earlier.reset_index(drop=True).drop_duplicates(_CODE[level])
    return [
        _error("crosswalk_forgotten", None, "from_code", level=level, unit=code, name=name, master_row=int(pos) + 2)
        for pos, code, name in zip(unique.index, unique[_CODE[level]].astype(str), unique[_NAME[level]], strict=True)
        if code not in listed
    ]


def _names_differ(part: pd.DataFrame, before: dict[str, str], after: dict[str, str]) -> list[Problem]:
    """A name that is not the master's for that code: a warning, the code decides."""
    problems = []
    for column, code_column, names in (("from_name", "from_code", before), ("to_name", "to_code", after)):
        for value, code, line in zip(part[column], part[code_column], part["row"], strict=True):
            if value and code in names and nfc(value).casefold() != names[code].casefold():
                problems.append(
                    _warning("crosswalk_name_differs", int(line), column, value=value, expected=names[code])
                )
    return problems
