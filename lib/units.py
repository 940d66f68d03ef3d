"""The units master: wards/communes and their khóm/ấp, loading, checks and name matching."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from lib.normalize import fold, hamlet_key, nfc, ward_key
from lib.schema import UNIT_COLUMNS, UNIT_REQUIRED, WARD_KINDS


class UnitsError(ValueError):
    """A units master that cannot be used (missing columns, duplicate codes, unknown kinds)."""


def read_units(path: Path) -> pd.DataFrame:
    """Read a units master CSV (codes kept as text), NFC-normalised and checked."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return check_units(frame)


def check_units(frame: pd.DataFrame) -> pd.DataFrame:
    """Normalise and validate a units master; raise UnitsError naming what is wrong."""
    frame = frame.rename(columns=lambda c: nfc(c))
    missing = [c for c in UNIT_REQUIRED if c not in frame.columns]
    if missing:
        raise UnitsError(f"units master lacks columns: {', '.join(missing)}")
    keep = [c for c in UNIT_COLUMNS if c in frame.columns]
    frame = frame[keep].map(nfc)
    duplicated = frame["hamlet_code"].duplicated()
    if duplicated.any():
        raise UnitsError(f"duplicate hamlet codes: {', '.join(frame.loc[duplicated, 'hamlet_code'])}")
    bad_kind = ~frame["ward_kind"].isin(WARD_KINDS)
    if bad_kind.any():
        raise UnitsError(f"unknown ward kinds: {', '.join(sorted(set(frame.loc[bad_kind, 'ward_kind'])))}")
    names = frame.groupby("ward_code")["ward"].nunique()
    if (names > 1).any():
        raise UnitsError(f"ward codes with several names: {', '.join(names[names > 1].index)}")
    return frame.reset_index(drop=True)


def ward_table(units: pd.DataFrame) -> pd.DataFrame:
    """One row per ward in master order: code, name, kind, upper levels, number of hamlets."""
    upper = [c for c in ("district_code", "district", "province_code", "province") if c in units]
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
    """Matches ward names within the master and hamlet names within their ward, never by prefix."""

    units: pd.DataFrame
    _wards: dict[str, list[str]] = field(init=False)
    _ward_names: dict[str, str] = field(init=False)
    _hamlets: dict[str, dict[str, list[str]]] = field(init=False)
    _hamlet_names: dict[str, dict[str, str]] = field(init=False)

    def __post_init__(self) -> None:
        wards = self.units.drop_duplicates("ward_code")
        self._ward_names = dict(zip(wards["ward_code"], wards["ward"], strict=True))
        self._wards = _index([(c, n, ward_key(n)) for c, n in self._ward_names.items()])
        self._hamlets, self._hamlet_names = {}, {}
        for code, group in self.units.groupby("ward_code", sort=False):
            names = dict(zip(group["hamlet_code"], group["hamlet"], strict=True))
            self._hamlet_names[str(code)] = names
            self._hamlets[str(code)] = _index([(c, n, hamlet_key(n)) for c, n in names.items()])

    def ward(self, name: object, code: object = None) -> Match:
        """Match a ward by its code (when given) or its name in any common variant."""
        code_text = nfc(code)
        if code_text:
            return Match(code_text) if code_text in self._ward_names else Match(None)
        return self._lookup(nfc(name), self._wards, self._ward_names, ward_key)

    def hamlet(self, ward_code: str, name: object, code: object = None) -> Match:
        """Match a khóm/ấp within its ward by code or name."""
        names = self._hamlet_names.get(ward_code, {})
        code_text = nfc(code)
        if code_text:
            return Match(code_text) if code_text in names else Match(None)
        return self._lookup(nfc(name), self._hamlets.get(ward_code, {}), names, hamlet_key)

    def ward_name(self, code: str) -> str:
        return self._ward_names[code]

    def hamlet_name(self, ward_code: str, code: str) -> str:
        return self._hamlet_names[ward_code][code]

    @staticmethod
    def _lookup(text: str, index: dict[str, list[str]], names: dict[str, str], key_of) -> Match:  # type: ignore[no-untyped-def]
        if not text:
            return Match(None)
        for key in (key_of(text), fold(text)):
            codes = index.get(key, [])
            if len(codes) == 1:
                return Match(codes[0])
        by_fold = {fold(n): n for n in names.values()}
        close = difflib.get_close_matches(fold(text), list(by_fold), n=1, cutoff=0.6)
        return Match(None, by_fold[close[0]] if close else None)
