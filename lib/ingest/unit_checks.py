"""Checking the rows of a units master: filled values, known kinds, unique codes, one name and parent per code."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import pandas as pd

from lib.core.model import Problem
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import hamlet_key, nfc, ward_key
from lib.core.schema import HAMLET_KINDS, UNIT_COLUMNS, WARD_KINDS

# Upper levels above the wards: each code column with its name column (a ward has one of each).
UPPER_LEVELS = (("district_code", "district"), ("province_code", "province"))
UPPER_COLUMNS = tuple(c for pair in UPPER_LEVELS for c in pair)
# Columns that must be filled in every row (ward_kind has its own check, which also catches an empty cell).
_FILLED = ("ward_code", "ward", "hamlet_code", "hamlet", "hamlet_kind")
# A broken national master could have 100,000 problems of one kind: the first ones, then how many more.
MAX_PER_CODE = 20


def check_master(frame: pd.DataFrame, rows: list[int]) -> tuple[pd.DataFrame, list[Problem]]:
    """Every check of a master whose columns are known names (values as text): the clean master and its problems.

    `rows` gives each row's number as the file shows it.
    """
    frame = frame.reset_index(drop=True).fillna("").astype(str)
    for column in frame.columns:  # NFC on each distinct value, not on every cell
        uniques = pd.unique(frame[column])
        frame[column] = frame[column].map(dict(zip(uniques, (nfc(u) for u in uniques), strict=True)))
    for column in ("ward_kind", "hamlet_kind"):
        frame[column] = frame[column].str.lower()
    line = pd.Series(rows, dtype="int64")
    if frame.empty:
        return frame, [_error("units_no_rows")]
    frame, problems = _empty_values(frame, line)
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
    problems += _upper_levels(frame, line)
    problems += _unknown_hamlet_kinds(frame, line)
    problems += _same_names(frame, line)
    keep = [c for c in UNIT_COLUMNS if c in frame.columns]
    return frame[keep].reset_index(drop=True), _capped(problems)


def _empty_values(frame: pd.DataFrame, line: pd.Series) -> tuple[pd.DataFrame, list[Problem]]:
    """An error for each empty cell that must be filled; an upper level blank everywhere is dropped, not there."""
    problems: list[Problem] = []
    for column in (*_FILLED, *(c for c in UPPER_COLUMNS if c in frame)):
        if column in UPPER_COLUMNS and not (frame[column] != "").any():
            frame = frame.drop(columns=[column])
            continue
        for index in frame.index[frame[column] == ""]:
            problems.append(_error("units_empty_value", int(line[index]), column))
    return frame, problems


def _upper_levels(frame: pd.DataFrame, line: pd.Series) -> list[Problem]:
    """One name per district or province code, and one parent per ward and per district."""
    problems: list[Problem] = []
    for code_column, name_column in UPPER_LEVELS:
        if code_column in frame and name_column in frame:
            problems += _one_value_per(frame, line, code_column, name_column, "units_upper_two_names")
    parents = [c if c in frame else n for c, n in UPPER_LEVELS if c in frame or n in frame]
    for child, parent in zip(["ward_code", *parents], parents, strict=False):
        problems += _one_value_per(frame, line, child, parent, "units_two_parents")
    return problems


def _unknown_hamlet_kinds(frame: pd.DataFrame, line: pd.Series) -> list[Problem]:
    """A warning for each kind of hamlet outside the vocabulary, at its first row, with how many rows have it."""
    problems: list[Problem] = []
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
    return problems


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
