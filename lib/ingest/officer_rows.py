"""Officer rosters: one row per person and position, read and checked, then each hamlet's status from its officers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.core.model import Problem
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import fold, parse_mark
from lib.core.schema import FORMULA_PREFIXES, SNAPSHOT_HAMLET_COLUMNS, SNAPSHOT_OFFICER_COLUMNS
from lib.ingest.body import Body, Column, first_appearances, where
from lib.ingest.checks import has_errors, reason
from lib.ingest.matching import Located, UnitMatcher, locate_rows
from lib.ingest.officers import HEAD, SECRETARY, birth_year, code_key, positions_of

_TEXT = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' str
_Found = list[tuple[int, int, Problem]]  # (row index, check, problem)


def _text_column(values: np.ndarray | list[str] | pa.Array) -> pd.Series:
    return pd.Series(values if isinstance(values, pa.Array) else pa.array(values, pa.string()), dtype=_TEXT)


def officer_rows(
    body: Body, headers: dict[str, str], matcher: UnitMatcher, problems: list[Problem]
) -> pd.DataFrame | None:
    """One row per person and position, located and read: positions, year of birth, party membership, person.

    Each distinct value (ward and code, hamlet in its ward, title, mark, year, name) is read once; the problems
    come in row order, each row's in the order of its checks. None when an error was found.
    """
    numbers = body.numbers
    place = locate_rows(body, headers, matcher)
    found = list(place.problems)  # checks in a row: 0-2 its place, 3 title, 4 name, 5 mark, 6 year, 7-9 formulas
    titles, names, marks, years = (body.column(f) for f in ("position", "full_name", "party_member", "birth_year"))
    unknown = place.found & titles.flags(lambda title: positions_of(title) is None)
    for row in where(unknown):
        found.append((row, 3, _warning("unknown_position", int(numbers[row]), headers["position"], value=titles[row])))
    vacant = place.found & (names.codes == names.empty_code)  # a position left without a name: a vacancy
    for row in where(vacant):
        found.append((row, 4, _warning("vacant_position", int(numbers[row]), headers["full_name"], value=titles[row])))
    bad_mark = place.found & ~vacant & marks.flags(lambda v: parse_mark(v) is None)
    for row in where(bad_mark):
        found.append((row, 5, _error("bad_mark", int(numbers[row]), headers["party_member"], value=marks[row])))
    kept = place.found & ~vacant & ~bad_mark
    for row in where(kept & years.flags(lambda v: bool(v) and birth_year(v) is None)):
        found.append((row, 6, _warning("bad_birth_year", int(numbers[row]), headers["birth_year"], value=years[row])))
    found += _formula_texts(body, kept, headers)
    found.sort(key=lambda item: (item[0], item[1]))
    problems += [problem for _, _, problem in found]
    if has_errors(problems):
        return None
    return _officers(body, place, np.flatnonzero(kept))


def _formula_texts(body: Body, kept: np.ndarray, headers: dict[str, str]) -> _Found:
    """Names that a spreadsheet would run as a formula are kept as text, with a warning (checks 7 to 9)."""
    found: _Found = []
    for check, name_field in enumerate(("secretary", "head", "full_name"), start=7):
        if name_field in body.fields:
            texts = body.fields[name_field]
            for row in where(kept & texts.flags(lambda v: v.startswith(FORMULA_PREFIXES))):
                warning = _warning("formula_text", int(body.numbers[row]), headers[name_field], value=texts[row])
                found.append((row, check, warning))
    return found


def _officers(body: Body, place: Located, chosen: np.ndarray) -> pd.DataFrame:
    """The chosen rows as a snapshot's officers (columns SNAPSHOT_OFFICER_COLUMNS)."""
    if not len(chosen):
        return pd.DataFrame.from_records([], columns=list(SNAPSHOT_OFFICER_COLUMNS))
    titles, names, marks, years = (body.column(f) for f in ("position", "full_name", "party_member", "birth_year"))
    person_codes = body.column("person_code")
    taken = pa.array(chosen)
    year_numbers = np.array([birth_year(v) or 0 for v in years.uniques], dtype=np.int64)[years.codes]
    known_years = year_numbers[chosen]
    if (known_years > 0).all():  # as pandas reads a column of ints, of ints and None, of None only
        birth_years: object = known_years
    elif (known_years == 0).all():
        birth_years = np.full(len(chosen), None, dtype=object)
    else:
        birth_years = np.where(known_years > 0, known_years, np.nan)
    persons = _persons(person_codes.take(chosen), names.take(chosen), years.take(chosen))
    return pd.DataFrame(
        {
            "row": body.numbers[chosen],
            "ward_code": _text_column(place.wards.take(taken)),
            "hamlet_code": _text_column(place.hamlets.take(taken)),
            "position": _text_column(titles.take(chosen).arrow()),
            "positions": titles.mapped(lambda title: positions_of(title) or ("other",))[chosen],
            "full_name": _text_column(names.take(chosen).arrow()),
            "birth_year": birth_years,
            "party_member": marks.flags(lambda v: parse_mark(v) is True)[chosen],
            "person_code": _text_column(person_codes.take(chosen).arrow()),
            "person": _text_column(persons),
        }
    )


def _persons(codes: Column, names: Column, years: Column) -> pa.Array:
    """person_key() of each row: each distinct code, name and year keyed once, the keys joined per row by Arrow."""
    texts = codes.dictionary
    simple = pc.match_substring_regex(texts, "^[A-Za-z0-9]+$").to_numpy(zero_copy_only=False)
    by_code = pc.binary_join_element_wise("code:", pc.utf8_lower(texts), "")
    odd = np.flatnonzero(~simple & (pc.binary_length(texts).to_numpy(zero_copy_only=False) > 0))
    if len(odd):  # codes with other characters are folded one by one
        keys = by_code.to_numpy(zero_copy_only=False)
        for index in odd:
            keys[index] = code_key(codes.unique(int(index)))
        by_code = pa.array(keys, pa.string())
    folded = pa.array([fold(name) for name in names.uniques], pa.string())
    year_texts = pa.array([str(birth_year(v) or "") for v in years.uniques], pa.string())
    by_name = pc.binary_join_element_wise(
        "name:", folded.take(pa.array(names.codes)), "|", year_texts.take(pa.array(years.codes)), ""
    )
    coded = pa.array(codes.codes != codes.empty_code)
    return pc.if_else(coded, by_code.take(pa.array(codes.codes)), by_name)


def officer_hamlets(
    officers: pd.DataFrame, headers: dict[str, str], units: pd.DataFrame, problems: list[Problem]
) -> pd.DataFrame:
    """Each hamlet's status from its officers, in order of appearance: concurrent when one person is both.

    That is one row with a combined title, or two rows of the same person; the secretary and head named are the
    first such rows, and the head's party membership is that of the head who is also secretary when there is one.
    """
    if officers.empty:
        return pd.DataFrame.from_records([], columns=SNAPSHOT_HAMLET_COLUMNS)
    hamlet_ids, hamlet_codes = _factorized(officers["hamlet_code"])  # groups in order of appearance
    person_ids, _ = _factorized(officers["person"])
    groups = len(hamlet_codes)
    holds_secretary, holds_head = _holds(officers["positions"].to_numpy())
    span = int(person_ids.max()) + 1
    key = hamlet_ids.astype(np.int64) * span + person_ids
    secretary_keys, head_keys = np.unique(key[holds_secretary]), np.unique(key[holds_head])
    both_keys = np.intersect1d(secretary_keys, head_keys, assume_unique=True)
    concurrent = np.bincount(both_keys // span, minlength=groups) > 0
    first_any = first_appearances(hamlet_ids)
    first_head = _first_rows(hamlet_ids, groups, holds_head)
    head_both = holds_head.copy()
    head_both[holds_head] = np.isin(key[holds_head], both_keys)
    first_head_both = _first_rows(hamlet_ids, groups, head_both)
    member_row = np.where(concurrent, first_head_both, first_head)
    party = officers["party_member"].to_numpy()
    members: list[bool | None] = [None if r < 0 else bool(party[r]) for r in member_row]
    holders = {
        "secretary": np.bincount(secretary_keys // span, minlength=groups),
        "head": np.bincount(head_keys // span, minlength=groups),
    }
    _several_holders(officers, hamlet_codes, first_any, holders, headers, units, problems)
    reasons = {(c, m): reason({}, c, m)[0] for c in (False, True) for m in (None, False, True)}
    return pd.DataFrame(
        {
            "hamlet_code": _text_column(_arrow_at(officers, "hamlet_code", first_any)),
            "ward_code": _text_column(_arrow_at(officers, "ward_code", first_any)),
            "secretary": _text_column(_names_at(officers, _first_rows(hamlet_ids, groups, holds_secretary))),
            "head": _text_column(_names_at(officers, first_head)),
            "concurrent": concurrent,
            "head_party_member": members,
            "reason": _text_column([reasons[(bool(c), m)] for c, m in zip(concurrent, members, strict=True)]),
            "note": _text_column([""] * groups),
            "row": officers["row"].to_numpy()[first_any].astype(np.int64),
        },
        columns=list(SNAPSHOT_HAMLET_COLUMNS),
    )


def _factorized(values: pd.Series) -> tuple[np.ndarray, pa.Array]:
    """pd.factorize() of a text column without gaps, by Arrow: each row's id, in order of appearance, and the
    distinct values."""
    encoded = pc.dictionary_encode(pa.array(values.array))
    return encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64, copy=False), encoded.dictionary


def _first_rows(group_ids: np.ndarray, groups: int, mask: np.ndarray) -> np.ndarray:
    """Each group's first row among the masked ones (-1 where it has none)."""
    rows = np.flatnonzero(mask)
    found = np.full(groups, -1, dtype=np.int64)
    ids, first = np.unique(group_ids[rows], return_index=True)
    found[ids] = rows[first]
    return found


def _holds(positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Whether each row holds the secretary's and the head's position, each tuple of positions looked at once.

    The rows of one title share one tuple object (Column.mapped), so the tuples are told apart by identity, much
    faster than by hashing them; equal tuples that are distinct objects are only looked at more than once.
    """
    ids, _ = pd.factorize(np.fromiter(map(id, positions), dtype=np.int64, count=len(positions)))
    kinds = positions[first_appearances(ids)]
    secretary = np.array([SECRETARY in p for p in kinds], dtype=bool)[ids]
    head = np.array([HEAD in p for p in kinds], dtype=bool)[ids]
    return secretary, head


def _arrow_at(officers: pd.DataFrame, column: str, rows: np.ndarray) -> pa.Array:
    """A text column's values at the given rows, as Arrow strings."""
    return pa.array(officers[column].array).take(pa.array(rows))


def _names_at(officers: pd.DataFrame, rows: np.ndarray) -> pa.Array:
    """The full name of each given row ('' where -1)."""
    found = _arrow_at(officers, "full_name", np.maximum(rows, 0))
    return pc.if_else(pa.array(rows >= 0), found, "")


def _several_holders(
    officers: pd.DataFrame,
    hamlet_codes: pa.Array,
    first_rows: np.ndarray,
    holders: dict[str, np.ndarray],
    headers: dict[str, str],
    units: pd.DataFrame,
    problems: list[Problem],
) -> None:
    """A warning for each hamlet with more than one secretary, or head (at the hamlet's first row)."""
    several = where((holders["secretary"] > 1) | (holders["head"] > 1))
    if not several:
        return
    names = dict(zip(units["hamlet_code"].tolist(), units["hamlet"].tolist(), strict=True))
    row_numbers = officers["row"].to_numpy()
    for group in several:
        for role, counts in holders.items():
            if counts[group] > 1:
                problems.append(
                    _warning(
                        "several_holders",
                        int(row_numbers[first_rows[group]]),
                        headers["position"],
                        hamlet=names[str(hamlet_codes[group].as_py())],
                        role=role,
                        count=int(counts[group]),
                    )
                )
