"""Matching the wards and hamlets a file names against the units master, by code or by name, with suggestions."""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.core.model import Problem
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import fold, hamlet_key, nfc, ward_key
from lib.ingest.body import Body, Column, pairs, where

_PLACE_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Match:
    """The result of matching a name against the master: a code, or a suggestion."""

    code: str | None
    suggestion: str | None = None


def _index(keys: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    folded: dict[str, str] = {}  # each distinct name folded once
    for code, name, key in keys:
        if name not in folded:
            folded[name] = fold(name)
        for k in {key, folded[name], code.lower()}:
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
    _by_name: dict[str, str | None] = field(init=False)

    def __post_init__(self) -> None:
        wards = self.units.drop_duplicates("ward_code")
        self._ward_names = dict(zip(wards["ward_code"], wards["ward"], strict=True))
        keys = {n: ward_key(n) for n in set(self._ward_names.values())}  # many wards share a name
        self._wards = _index([(c, n, keys[n]) for c, n in self._ward_names.items()])
        self._by_name = {}
        self._hamlet_names = {}
        self._hamlets = {}  # built for a ward when a hamlet of it is first looked up by name
        self._folds = {}  # the folded names of a ward (or of the master's wards), for suggestions
        self._seen = {}
        codes, hamlet_codes, hamlets = (self.units[c].tolist() for c in ("ward_code", "hamlet_code", "hamlet"))
        ids, _ = pd.factorize(self.units["ward_code"], use_na_sentinel=False)
        bounds = [0, *(np.flatnonzero(np.diff(ids)) + 1).tolist(), len(codes)] if codes else []
        for start, end in itertools.pairwise(bounds):  # each run of rows of one ward at once
            names = self._hamlet_names.setdefault(str(codes[start]), {})
            names.update(zip(hamlet_codes[start:end], hamlets[start:end], strict=True))

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
        text = nfc(name)
        if text not in self._by_name:
            self._by_name[text] = self._find(text, self._wards, ward_key)
        return self._by_name[text]

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

    @cached_property
    def places(self) -> pa.Array:
        """Each hamlet of the master as its ward's code and its own, joined (no code holds the separator, a white
        space that nfc() takes away)."""
        joined = [
            f"{ward}{_PLACE_SEPARATOR}{code}"
            for ward, names in self._hamlet_names.items()
            for code in names
            if isinstance(code, str)  # as has_hamlet() finds them
        ]
        return pa.array(joined, pa.string())

    def has_hamlet(self, ward_code: str, code: str) -> bool:
        """Whether a ward has a hamlet of this code, as given (hamlet() when the code is NFC, collapsed and known)."""
        return bool(code) and code in self._hamlet_names.get(ward_code, ())

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


def match_ward(
    number: int, rec: dict[str, str], headers: dict[str, str], matcher: UnitMatcher, problems: list[Problem]
) -> str | None:
    """The ward code of a row, by its code or name; None and a reported error when the master has no such ward."""
    ward = matcher.ward(rec.get("ward"), rec.get("ward_code"))
    if ward.code is None:
        value = rec.get("ward") or rec.get("ward_code") or ""
        column = headers.get("ward", headers.get("ward_code"))
        problems.append(_error("unknown_ward", number, column, value=value, suggestion=ward.suggestion))
    return ward.code


def locate(
    number: int, rec: dict[str, str], headers: dict[str, str], matcher: UnitMatcher, problems: list[Problem]
) -> tuple[str, str] | None:
    """The (ward code, hamlet code) of a row, matched within the master; a reported error otherwise."""
    ward_code = match_ward(number, rec, headers, matcher, problems)
    if ward_code is None:
        return None
    if rec.get("ward_code") and rec.get("ward"):
        by_name = matcher.ward_by_name(rec["ward"])
        if by_name is not None and by_name != ward_code:
            problems.append(
                _warning(
                    "code_name_mismatch",
                    number,
                    headers.get("ward"),
                    given=rec["ward_code"],
                    value=rec["ward"],
                    name=matcher.ward_name(ward_code),
                )
            )
    hamlet = matcher.hamlet(ward_code, rec.get("hamlet"), rec.get("hamlet_code"))
    if hamlet.code is None:
        value = rec.get("hamlet") or rec.get("hamlet_code") or ""
        column = headers.get("hamlet", headers.get("hamlet_code"))
        problems.append(
            _error(
                "unknown_hamlet",
                number,
                column,
                value=value,
                ward=matcher.ward_name(ward_code),
                suggestion=hamlet.suggestion,
            )
        )
        return None
    return ward_code, hamlet.code


# Problems found once for a distinct value, before their rows are known: (check, problem with no row).
_Found = dict[int, tuple[int, Problem]]


@dataclass(frozen=True)
class Located:
    """Where the rows of a roster are: each row's ward and hamlet code (null when unknown), and the problems.

    Each problem comes with its row index and the order of its check within the row: 0 an unknown ward, 1 a ward
    code that another ward's name contradicts, 2 an unknown hamlet.
    """

    wards: pa.Array
    hamlets: pa.Array
    found: np.ndarray
    problems: list[tuple[int, int, Problem]]


def locate_rows(body: Body, headers: dict[str, str], matcher: UnitMatcher) -> Located:
    """locate() for every row of a roster, each distinct ward and (ward, hamlet) matched once."""
    wards, ward_codes = body.column("ward"), body.column("ward_code")
    hamlets, hamlet_codes = body.column("hamlet"), body.column("hamlet_code")
    ward_ids, ward_firsts = pairs(wards.codes, ward_codes.codes)
    ward_of: list[str | None] = []
    ward_problems: _Found = {}
    for index, first in enumerate(ward_firsts):
        ward_of.append(_match_ward(wards[first], ward_codes[first], headers, matcher, ward_problems, index))
    place_ids, place_firsts = pairs(ward_ids, pairs(hamlets.codes, hamlet_codes.codes)[0])
    place_wards = pa.array(ward_of, pa.string()).take(pa.array(ward_ids[place_firsts]))
    hamlet_of, known = _known_places(place_wards, hamlet_codes, hamlet_codes.codes[place_firsts], matcher)
    hamlet_problems: _Found = {}
    # an unknown ward was reported: its hamlets are not looked for; the others are matched one by one
    for index in np.flatnonzero(~known & pc.is_valid(place_wards).to_numpy(zero_copy_only=False)).tolist():
        first = place_firsts[index]
        ward_code = str(ward_of[ward_ids[first]])
        hamlet_of[index] = _match_hamlet(
            ward_code, hamlets[first], hamlet_codes[first], headers, matcher, hamlet_problems, index
        )
    problems = _per_row(ward_ids, ward_problems, body.numbers) + _per_row(place_ids, hamlet_problems, body.numbers)
    found = np.array([h is not None for h in hamlet_of], dtype=bool)[place_ids] if len(body) else np.zeros(0, bool)
    return Located(
        wards=pa.array(ward_of, pa.string()).take(pa.array(ward_ids)),
        hamlets=pa.array(hamlet_of, pa.string()).take(pa.array(place_ids)),
        found=found,
        problems=problems,
    )


def _known_places(
    wards: pa.Array, codes: Column, places: np.ndarray, matcher: UnitMatcher
) -> tuple[list[str | None], np.ndarray]:
    """For each place (its ward's code, or null, and its hamlet code's index in `codes`): its hamlet code where the
    ward has a hamlet of that code as given and nfc() leaves the code as it is (what hamlet() then finds), else
    None; and whether it was found so. One Arrow pass over the places in place of a lookup each."""
    given = codes.dictionary.take(pa.array(places))
    keys = pc.binary_join_element_wise(wards, given, _PLACE_SEPARATOR)  # null where the ward is unknown
    known = pc.fill_null(pc.is_in(keys, value_set=matcher.places), False).to_numpy(zero_copy_only=False)
    known &= codes.settled()[places] & (pc.binary_length(given).to_numpy(zero_copy_only=False) > 0)
    return pc.if_else(pa.array(known), given, pa.scalar(None, pa.string())).to_pylist(), known


def _match_ward(
    name: str, code: str, headers: dict[str, str], matcher: UnitMatcher, problems: _Found, index: int
) -> str | None:
    """The code of one distinct (ward, ward code) pair of a roster; its problem, if any, kept under its index."""
    ward = matcher.ward(name, code)
    if ward.code is None:
        column = headers.get("ward", headers.get("ward_code"))
        unknown = _error("unknown_ward", None, column, value=name or code or "", suggestion=ward.suggestion)
        problems[index] = (0, unknown)
    elif code and name:
        by_name = matcher.ward_by_name(name)
        if by_name is not None and by_name != ward.code:
            mismatch = _warning(
                "code_name_mismatch",
                None,
                headers.get("ward"),
                given=code,
                value=name,
                name=matcher.ward_name(ward.code),
            )
            problems[index] = (1, mismatch)
    return ward.code


def _match_hamlet(
    ward_code: str, name: str, code: str, headers: dict[str, str], matcher: UnitMatcher, problems: _Found, index: int
) -> str | None:
    """The code of one distinct hamlet of a known ward in a roster; its problem, if any, kept under its index."""
    hamlet = matcher.hamlet(ward_code, name, code)
    if hamlet.code is None:
        unknown = _error(
            "unknown_hamlet",
            None,
            headers.get("hamlet", headers.get("hamlet_code")),
            value=name or code or "",
            ward=matcher.ward_name(ward_code),
            suggestion=hamlet.suggestion,
        )
        problems[index] = (2, unknown)
    return hamlet.code


def _per_row(ids: np.ndarray, per_id: _Found, numbers: np.ndarray) -> list[tuple[int, int, Problem]]:
    """The problems found per distinct value, given to every row with that value (row index, check, problem)."""
    found: list[tuple[int, int, Problem]] = []
    if per_id:
        for row in where(np.isin(ids, list(per_id))):
            check, problem = per_id[int(ids[row])]
            found.append((row, check, replace(problem, row=int(numbers[row]), params=dict(problem.params))))
    return found
