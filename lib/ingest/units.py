"""The units master: wards/communes and their khóm/ấp, a master file read and checked, its wards, sizes and changes."""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.core.model import Checked, Problem, Snapshot
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import nfc
from lib.core.schema import READ_LIMITS, UNIT_COLUMNS, UNIT_REQUIRED
from lib.ingest.controls import check_controls, without_controls
from lib.ingest.limits import FileProblem, Limits
from lib.ingest.table import Table, UnreadableFile, read_tables
from lib.ingest.unit_checks import UPPER_COLUMNS, UPPER_LEVELS, check_master

_TEXT = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' str


class UnitsError(ValueError):
    """A units master that cannot be used (missing columns, duplicate codes, unknown kinds)."""


@dataclass
class UnitsRead(Checked):
    """A units master file read and checked: the master (only when there is no error) and every problem."""

    problems: list[Problem] = field(default_factory=list)
    units: pd.DataFrame | None = None
    encoding: str | None = None
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return self.units is not None and not self.errors


def _tables(data: bytes, problems: list[Problem], limits: Limits) -> list[Table] | None:
    """The file's tables, or None with the reason in `problems` (unreadable, or over a limit of READ_LIMITS)."""
    try:
        return [without_controls(t) for t in read_tables(data, limits)]
    except FileProblem as exc:
        problems.append(exc.problem)
    except UnreadableFile as exc:
        problems.append(_error("units_empty_file" if str(exc) == "empty" else "units_unreadable"))
    return None


def parse_units(data: bytes, file_name: str = "", limits: Limits = READ_LIMITS) -> UnitsRead:
    """Read and check a units master file (CSV in any encoding offices use; also XLSX or Parquet), header in row 1.

    Columns: ward_code, ward, ward_kind, hamlet_code, hamlet, hamlet_kind; optional name_source, district_code,
    district, province_code, province. Every problem names its row (as the file shows it) and column. `limits`
    bound what the file may expand to: the callers pass the read limits in force (the settings).
    """
    read = UnitsRead(sha256=hashlib.sha256(data).hexdigest())
    tables = _tables(data, read.problems, limits)
    if tables is None:
        return read
    read.encoding = tables[0].encoding
    table = next((t for t in tables if _has_required(t)), tables[0])
    if not len(table):
        read.problems.append(_error("units_empty_file"))
        return read
    labels = table.row(0)
    header = [nfc(c).lower() for c in labels]
    header_row = int(table.numbers[0])
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        if name in UNIT_COLUMNS:
            if name in columns:
                read.problems.append(_error("units_duplicate_column", header_row, name))
            else:
                columns[name] = index
        elif name:
            read.problems.append(_warning("units_unknown_column", header_row, labels[index]))
    missing = [c for c in UNIT_REQUIRED if c not in columns]
    if missing:
        read.problems.append(_error("units_missing_columns", header_row, None, names=", ".join(missing)))
    if read.errors:
        return read
    body = [column.slice(1) for column in table.columns]
    filled = np.zeros(len(table) - 1, dtype=bool)  # blank rows are skipped
    for values in body:
        filled |= pc.greater(pc.binary_length(values), 0).to_numpy(zero_copy_only=False)
    keep = pa.array(np.flatnonzero(filled))
    frame = pd.DataFrame(
        {name: pd.Series(body[i].take(keep), dtype=_TEXT) for name, i in columns.items()}, columns=list(columns)
    )
    units, problems = check_master(frame, table.numbers[1:][filled].tolist())
    read.problems += problems
    check_controls(table, set(table.numbers[1:].tolist()), {i: name for name, i in columns.items()}, read.problems)
    read.units = units if not read.errors else None
    return read


def _has_required(table: Table) -> bool:
    return len(table) > 0 and set(UNIT_REQUIRED) <= {nfc(c).lower() for c in table.row(0)}


def read_units(path: Path) -> pd.DataFrame:
    """Read a units master CSV (codes kept as text), NFC-normalised and checked; UnitsError names what is wrong."""
    read = parse_units(Path(path).read_bytes(), Path(path).name)
    if read.units is None:
        raise UnitsError(_english(read.errors))
    return read.units


def check_units(frame: pd.DataFrame) -> pd.DataFrame:
    """Normalise and validate a units master frame; raise UnitsError naming what is wrong."""
    frame = frame.rename(columns=lambda c: nfc(c).lower())
    missing = [c for c in UNIT_REQUIRED if c not in frame.columns]
    if missing:
        raise UnitsError(_english([_error("units_missing_columns", 1, None, names=", ".join(missing))]))
    keep = [c for c in UNIT_COLUMNS if c in frame.columns]
    units, problems = check_master(frame[keep].map(nfc), list(range(2, len(frame) + 2)))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise UnitsError(_english(errors))
    return units


def _english(problems: list[Problem]) -> str:
    """A master checked in code (the embedded one, a test's) in plain English: the place, the code, the values.

    People's files never raise: parse_units returns their problems, which lib.present.problems puts in words.
    """
    return "units master: " + "; ".join(_plain(p) for p in problems)


def _plain(problem: Problem) -> str:
    """ "row 62, column ward kind: units bad ward kind (value=huyện)" """
    place = [f"row {problem.row}"] if problem.row is not None else []
    place += [f"column {problem.column.replace('_', ' ')}"] if problem.column else []
    values = ", ".join(f"{key}={value}" for key, value in problem.params.items())
    text = f"{', '.join(place)}: {problem.code.replace('_', ' ')}" if place else problem.code.replace("_", " ")
    return f"{text} ({values})" if values else text


_WARD_TABLES: dict[tuple[int, ...], tuple[weakref.ref[pd.DataFrame], pd.DataFrame]] = {}


def ward_table(units: pd.DataFrame) -> pd.DataFrame:
    """One row per ward in master order: code, name, kind, upper levels, number of hamlets.

    Worked out once per master frame (a page asks for it several times per run; 3,300 wards take 11 ms).
    """
    key = (id(units), len(units), *(id(units[c].array) for c in units.columns))
    found = _WARD_TABLES.get(key)
    if found is not None and found[0]() is units:
        return found[1].copy(deep=False)
    table = _ward_table(units)
    for stale in [k for k, (ref, _) in _WARD_TABLES.items() if ref() is None]:
        del _WARD_TABLES[stale]
    if len(_WARD_TABLES) >= 16:
        _WARD_TABLES.pop(next(iter(_WARD_TABLES)))
    _WARD_TABLES[key] = (weakref.ref(units), table)
    return table.copy(deep=False)


def _ward_table(units: pd.DataFrame) -> pd.DataFrame:
    upper = [c for c in UPPER_COLUMNS if c in units]
    wards = (
        units.groupby("ward_code", sort=False)
        .agg(
            ward=("ward", "first"),
            kind=("ward_kind", "first"),
            hamlets=("hamlet_code", "size"),
            **{c: (c, "first") for c in upper},
        )
        .reset_index()
        .rename(columns={"ward_code": "code"})
    )
    return wards


def digest(units: pd.DataFrame) -> str:
    """A hash of a master's content (columns and values, in order): the same master read from any file."""
    canonical = units[[c for c in UNIT_COLUMNS if c in units]].to_csv(index=False, lineterminator="\n")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class MasterCounts:
    """The size of a master: wards by kind, hamlets, and the upper levels when it has them."""

    wards: int
    hamlets: int
    phuong: int
    xa: int
    districts: int | None
    provinces: int | None


def master_counts(units: pd.DataFrame) -> MasterCounts:
    wards = units.drop_duplicates("ward_code")
    upper = {}
    for name, (code, label) in zip(("districts", "provinces"), UPPER_LEVELS, strict=True):
        column = code if code in units else label if label in units else None
        upper[name] = int(units[column].nunique()) if column else None
    return MasterCounts(
        wards=len(wards),
        hamlets=len(units),
        phuong=int((wards["ward_kind"] == "phường").sum()),
        xa=int((wards["ward_kind"] == "xã").sum()),
        districts=upper["districts"],
        provinces=upper["provinces"],
    )


@dataclass(frozen=True)
class MasterDiff:
    """What replacing one master by another changes: wards and hamlets added, removed or renamed (codes)."""

    wards_added: list[str]
    wards_removed: list[str]
    hamlets_added: list[str]
    hamlets_removed: list[str]
    hamlets_renamed: list[str]

    @property
    def same(self) -> bool:
        return not any(
            (self.wards_added, self.wards_removed, self.hamlets_added, self.hamlets_removed, self.hamlets_renamed)
        )


def master_diff(old: pd.DataFrame, new: pd.DataFrame) -> MasterDiff:
    old_wards, new_wards = set(old["ward_code"]), set(new["ward_code"])
    old_names = dict(zip(old["hamlet_code"], old["hamlet"], strict=True))
    new_names = dict(zip(new["hamlet_code"], new["hamlet"], strict=True))
    return MasterDiff(
        wards_added=[c for c in dict.fromkeys(new["ward_code"]) if c not in old_wards],
        wards_removed=[c for c in dict.fromkeys(old["ward_code"]) if c not in new_wards],
        hamlets_added=[c for c in new_names if c not in old_names],
        hamlets_removed=[c for c in old_names if c not in new_names],
        hamlets_renamed=[c for c, n in new_names.items() if c in old_names and old_names[c] != n],
    )


def count_orphans(snapshot: Snapshot, new: pd.DataFrame) -> int:
    """How many units of a snapshot a new master lacks: its hamlets, or its wards for a ward summary."""
    if snapshot.hamlets is not None:
        known = set(new["hamlet_code"].tolist())
        return sum(1 for code in snapshot.hamlets["hamlet_code"].tolist() if code not in known)
    known = set(new["ward_code"].tolist())
    return sum(1 for code in snapshot.ward_counts["code"].tolist() if code not in known)
