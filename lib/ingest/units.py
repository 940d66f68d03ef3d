"""The units master: wards/communes and their khóm/ấp, reading and checking a master file, and name matching."""

from __future__ import annotations

import difflib
import hashlib
import weakref
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.core.model import Checked, Problem, Snapshot
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import fold, hamlet_key, nfc, ward_key
from lib.core.schema import HAMLET_KINDS, UNIT_COLUMNS, UNIT_REQUIRED, WARD_KINDS
from lib.ingest.table import Table, UnreadableFile, read_tables

# Upper levels above the wards: each code column with its name column (a ward has one of each).
UPPER_LEVELS = (("district_code", "district"), ("province_code", "province"))
UPPER_COLUMNS = tuple(c for pair in UPPER_LEVELS for c in pair)
# Columns that must be filled in every row (ward_kind has its own check, which also catches an empty cell).
_FILLED = ("ward_code", "ward", "hamlet_code", "hamlet", "hamlet_kind")
_TEXT = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' str
# A broken national master could have 100,000 problems of one kind: the first ones, then how many more.
MAX_PER_CODE = 20


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


def parse_units(data: bytes, file_name: str = "") -> UnitsRead:
    """Read and check a units master file (CSV in any encoding offices use; also XLSX or Parquet), header in row 1.

    Columns: ward_code, ward, ward_kind, hamlet_code, hamlet, hamlet_kind; optional name_source, district_code,
    district, province_code, province. Every problem names its row (as the file shows it) and column.
    """
    read = UnitsRead(sha256=hashlib.sha256(data).hexdigest())
    try:
        tables = read_tables(data)
    except UnreadableFile as exc:
        read.problems.append(_error("units_empty_file" if str(exc) == "empty" else "units_unreadable"))
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
    units, problems = _check(frame, table.numbers[1:][filled].tolist())
    read.problems += problems
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
    units, problems = _check(frame[keep].map(nfc), list(range(2, len(frame) + 2)))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise UnitsError(_english(errors))
    return units


def _english(problems: list[Problem]) -> str:
    from lib.present.problems import line  # rendering needs the catalogue; reading does not

    return "units master: " + "; ".join(line(p, "en") for p in problems)


def _check(frame: pd.DataFrame, rows: list[int]) -> tuple[pd.DataFrame, list[Problem]]:
    """Every check of a master whose columns are known names (values as text): the clean master and its problems."""
    frame = frame.reset_index(drop=True).fillna("").astype(str)
    for column in frame.columns:  # NFC on each distinct value, not on every cell
        uniques = pd.unique(frame[column])
        frame[column] = frame[column].map(dict(zip(uniques, (nfc(u) for u in uniques), strict=True)))
    for column in ("ward_kind", "hamlet_kind"):
        frame[column] = frame[column].str.lower()
    line = pd.Series(rows, dtype="int64")
    problems: list[Problem] = []
    if frame.empty:
        return frame, [_error("units_no_rows")]
    for column in (*_FILLED, *(c for c in UPPER_COLUMNS if c in frame)):
        if column in UPPER_COLUMNS and not (frame[column] != "").any():
            frame = frame.drop(columns=[column])  # an optional level left blank everywhere is not there
            continue
        for index in frame.index[frame[column] == ""]:
            problems.append(_error("units_empty_value", int(line[index]), column))
    bad_kind = ~frame["ward_kind"].isin(WARD_KINDS)
    for index in frame.index[bad_kind]:
        problems.append(
            _error("units_bad_ward_kind", int(line[index]), "ward_kind", value=frame.at[index, "ward_kind"])
        )
    problems += _duplicate_hamlets(frame, line)
    problems += _one_value_per(frame, line, "ward_code", "ward", "units_ward_two_names")
    valid = frame[~bad_kind].reset_index(drop=True)  # a wrong kind is reported once, above
    problems += _one_value_per(
        valid, line[~bad_kind].reset_index(drop=True), "ward_code", "ward_kind", "units_ward_two_kinds"
    )
    for code_column, name_column in UPPER_LEVELS:
        if code_column in frame and name_column in frame:
            problems += _one_value_per(frame, line, code_column, name_column, "units_upper_two_names")
    parents = [c if c in frame else n for c, n in UPPER_LEVELS if c in frame or n in frame]
    for child, parent in zip(["ward_code", *parents], parents, strict=False):
        problems += _one_value_per(frame, line, child, parent, "units_two_parents")
    unknown_kind = frame[~frame["hamlet_kind"].isin(HAMLET_KINDS) & (frame["hamlet_kind"] != "")]
    for kind, group in unknown_kind.groupby("hamlet_kind", sort=False):
        problems.append(
            _warning(
                "units_unknown_hamlet_kind",
                int(line[group.index[0]]),
                "hamlet_kind",
                value=kind,
                count=len(group),
                kinds=", ".join(HAMLET_KINDS),
            )
        )
    problems += _same_names(frame, line)
    keep = [c for c in UNIT_COLUMNS if c in frame.columns]
    return frame[keep].reset_index(drop=True), _capped(problems)


def _first_rows(keys: Sequence[Hashable]) -> dict[Hashable, int]:
    """The position where each key first appears."""
    first: dict[Hashable, int] = {}
    for position, key in enumerate(keys):
        first.setdefault(key, position)
    return first


def _duplicate_hamlets(frame: pd.DataFrame, line: pd.Series) -> list[Problem]:
    """A hamlet code twice: in the same ward a duplicate, in another ward a hamlet in two wards."""
    codes, wards, names = frame["hamlet_code"].tolist(), frame["ward_code"].tolist(), frame["ward"].tolist()
    repeated = frame["hamlet_code"].duplicated() & (frame["hamlet_code"] != "")
    if not repeated.any():
        return []
    first = _first_rows(codes)
    problems = []
    for index in frame.index[repeated]:
        origin = first[codes[index]]
        if wards[origin] == wards[index]:
            problems.append(
                _error(
                    "units_duplicate_hamlet",
                    int(line[index]),
                    "hamlet_code",
                    value=codes[index],
                    first_row=int(line[origin]),
                )
            )
        else:
            problems.append(
                _error(
                    "units_hamlet_two_wards",
                    int(line[index]),
                    "ward_code",
                    value=codes[index],
                    ward=names[index],
                    first_ward=names[origin],
                    first_row=int(line[origin]),
                )
            )
    return problems


def _one_value_per(frame: pd.DataFrame, line: pd.Series, key: str, column: str, code: str) -> list[Problem]:
    """Rows whose `column` differs from the first value seen for the same `key` (a ward code with two names …)."""
    keys, values = frame[key].tolist(), frame[column].tolist()
    first: dict[object, int] = {}
    for position, (k, v) in enumerate(zip(keys, values, strict=True)):
        if k != "" and v != "":
            first.setdefault(k, position)
    expected = pd.Series([values[first[k]] if k in first else v for k, v in zip(keys, values, strict=True)])
    problems = []
    for index in frame.index[(frame[column] != expected) & (frame[column] != "")]:
        origin = first[keys[index]]
        problems.append(
            _error(
                code,
                int(line[index]),
                column,
                unit=keys[index],
                value=values[index],
                first=values[origin],
                first_row=int(line[origin]),
            )
        )
    return problems


def _same_names(frame: pd.DataFrame, line: pd.Series) -> list[Problem]:
    """Names that files could not tell apart: two hamlets of one ward, or several wards, with one name (warnings)."""
    problems = []
    keys = _keyed(frame["hamlet"], hamlet_key)
    pairs = list(zip(frame["ward_code"].tolist(), keys.tolist(), strict=True))
    same = frame.assign(key=keys).duplicated(["ward_code", "key"]) & (keys != "")
    first = _first_rows(pairs)
    for index in frame.index[same]:
        problems.append(
            _warning(
                "units_duplicate_hamlet_name",
                int(line[index]),
                "hamlet",
                value=frame.at[index, "hamlet"],
                ward=frame.at[index, "ward"],
                first_row=int(line[first[pairs[index]]]),
            )
        )
    wards = frame.reset_index().drop_duplicates("ward_code")
    wards = wards.assign(key=_keyed(wards["ward"], ward_key).to_numpy())
    for _key, group in wards[wards["key"] != ""].groupby("key", sort=False):
        if len(group) > 1:
            problems.append(
                _warning(
                    "units_duplicate_ward_name",
                    int(line[int(group["index"].iloc[1])]),
                    "ward",
                    value=group["ward"].iloc[0],
                    count=len(group),
                )
            )
    return problems


def _keyed(values: pd.Series, key_of: Callable[[object], str]) -> pd.Series:
    uniques = pd.unique(values)
    return values.map(dict(zip(uniques, (key_of(u) for u in uniques), strict=True)))


def _capped(problems: list[Problem]) -> list[Problem]:
    """At most MAX_PER_CODE problems of each kind, then one saying how many more; in row order."""
    kept: list[Problem] = []
    seen: dict[str, int] = {}
    for problem in sorted(problems, key=lambda p: (p.row is None, p.row or 0)):
        seen[problem.code] = seen.get(problem.code, 0) + 1
        if seen[problem.code] <= MAX_PER_CODE:
            kept.append(problem)
    for problem in problems:
        extra = seen.get(problem.code, 0) - MAX_PER_CODE
        if extra > 0:
            kept.append(Problem(problem.severity, "units_more", None, problem.column, {"count": extra}))
            seen[problem.code] = 0
    return kept


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


@dataclass(frozen=True)
class Match:
    """The result of matching a name against the master: a code, or a suggestion."""

    code: str | None
    suggestion: str | None = None


def _index(keys: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for code, name, key in keys:
        for k in {key, fold(name), code.lower()}:
            index.setdefault(k, [])
            if code not in index[k]:
                index[k].append(code)
    return index


@dataclass
class UnitMatcher:
    """Matches ward names within the master and hamlet names within their ward, never by prefix.

    Lookups are remembered, so a name repeated on many rows is matched once.
    """

    units: pd.DataFrame
    _wards: dict[str, list[str]] = field(init=False)
    _ward_names: dict[str, str] = field(init=False)
    _hamlets: dict[str, dict[str, list[str]]] = field(init=False)
    _hamlet_names: dict[str, dict[str, str]] = field(init=False)
    _folds: dict[int, dict[str, str]] = field(init=False)
    _seen: dict[tuple[str, str], Match] = field(init=False)

    def __post_init__(self) -> None:
        wards = self.units.drop_duplicates("ward_code")
        self._ward_names = dict(zip(wards["ward_code"], wards["ward"], strict=True))
        self._wards = _index([(c, n, ward_key(n)) for c, n in self._ward_names.items()])
        self._hamlet_names = {}
        self._hamlets = {}  # built for a ward when a hamlet of it is first looked up by name
        self._folds = {}  # the folded names of a ward (or of the master's wards), for suggestions
        self._seen = {}
        for code, hamlet_code, hamlet in zip(
            self.units["ward_code"].tolist(),
            self.units["hamlet_code"].tolist(),
            self.units["hamlet"].tolist(),
            strict=True,
        ):
            self._hamlet_names.setdefault(str(code), {})[hamlet_code] = hamlet

    def ward(self, name: object, code: object = None) -> Match:
        """Match a ward by its code (when given) or its name in any common variant."""
        code_text = nfc(code)
        if code_text:
            return Match(code_text) if code_text in self._ward_names else Match(None)
        text = nfc(name)
        key = ("", text)
        if key not in self._seen:
            self._seen[key] = self._lookup(text, self._wards, self._ward_names, ward_key)
        return self._seen[key]

    def ward_by_name(self, name: object) -> str | None:
        """The ward a name alone gives, without a suggestion (to check a ward code against its name)."""
        return self._find(nfc(name), self._wards, ward_key)

    def hamlet(self, ward_code: str, name: object, code: object = None) -> Match:
        """Match a khóm/ấp within its ward by code or name."""
        names = self._hamlet_names.get(ward_code, {})
        code_text = nfc(code)
        if code_text:
            return Match(code_text) if code_text in names else Match(None)
        if ward_code not in self._hamlets:
            self._hamlets[ward_code] = _index([(c, n, hamlet_key(n)) for c, n in names.items()])
        text = nfc(name)
        key = (ward_code, text)
        if key not in self._seen:
            self._seen[key] = self._lookup(text, self._hamlets[ward_code], names, hamlet_key)
        return self._seen[key]

    def ward_name(self, code: str) -> str:
        return self._ward_names[code]

    def hamlet_name(self, ward_code: str, code: str) -> str:
        return self._hamlet_names[ward_code][code]

    @staticmethod
    def _find(text: str, index: dict[str, list[str]], key_of: Callable[[object], str]) -> str | None:
        if not text:
            return None
        for key in (key_of(text), fold(text)):
            codes = index.get(key, [])
            if len(codes) == 1:
                return codes[0]
        return None

    def _lookup(
        self, text: str, index: dict[str, list[str]], names: dict[str, str], key_of: Callable[[object], str]
    ) -> Match:
        if not text:
            return Match(None)
        found = self._find(text, index, key_of)
        if found is not None:
            return Match(found)
        if id(names) not in self._folds:
            self._folds[id(names)] = {fold(n): n for n in names.values()}
        by_fold = self._folds[id(names)]
        close = difflib.get_close_matches(fold(text), list(by_fold), n=1, cutoff=0.6)
        return Match(None, by_fold[close[0]] if close else None)
