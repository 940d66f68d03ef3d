"""The data rows under a header, read by column: no column-number row, blank rows, totals rows or signature lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.core.normalize import fold
from lib.ingest.table import UNTIDY, Table
from lib.ingest.words import is_number_row

_TOTAL_WORDS = {"tong cong", "cong", "tong", "toan thanh pho", "total", "toan tinh"}
_SIGNATURE_WORDS = ("nguoi lap bieu", "truong ban", "ky ten", "xac nhan", "thu truong", "pho truong ban")
_PLACE_DATE = re.compile(r"\bngay \d{1,2} thang \d{1,2} nam \d{4}\b")  # "Bạc Liêu, ngày 05 tháng 10 năm 2019"
_NOT_TOTAL = frozenset("0123456789bdefjkmqrsuvwxyzBDEFJKMQRSUVWXYZ")  # no total word has these letters
_WORDY = re.compile(r"\w*")  # no separator: folds to a single word
_LETTER = re.compile(r"[^\W\d_]")  # every signature or date line has letters
# The same, wider, for Arrow: a value that can be a signature or date line has something other than an ASCII
# letter, digit or underscore, and an ASCII letter or a character beyond ASCII.
_MAY_SIGN = (r"[^A-Za-z0-9_]", r"[A-Za-z]|[^\x00-\x7f]")
_NOT_TOTAL_RE2 = "[0-9bdefjkmqrsuvwxyzBDEFJKMQRSUVWXYZ]"


class Column:
    """The values of one field in the rows of a table: a code per row into the distinct values.

    The distinct values are an Arrow array (`dictionary`); as a list of str (`uniques`) only when asked for, which
    a column of half a million person codes never is on the way of a national import.
    """

    def __init__(
        self,
        codes: np.ndarray,
        uniques: list[str] | None = None,
        dictionary: pa.Array | None = None,
        values: pa.Array | None = None,
    ) -> None:
        self.codes = codes
        self._values = values  # the rows' values as Arrow read them, when the codes are those of Column.of
        if uniques is not None:
            self.__dict__["uniques"] = uniques
        self.dictionary = dictionary if dictionary is not None else pa.array(uniques, pa.string())

    @cached_property
    def uniques(self) -> list[str]:
        return [str(v) for v in self.dictionary.to_pylist()]

    @classmethod
    def of(cls, values: pa.Array) -> Column:
        encoded = pc.dictionary_encode(values)
        codes = encoded.indices.to_numpy(zero_copy_only=False)  # Arrow's int32, read in place (no copy to int64)
        return cls(codes, None, encoded.dictionary, values)

    @classmethod
    def blank(cls, count: int) -> Column:
        """A column of `count` empty values (a field the file lacks)."""
        return cls(np.zeros(count, dtype=np.int64), [""])

    def unique(self, index: int) -> str:
        """One distinct value (from the list when it was made, else from the Arrow array)."""
        made = self.__dict__.get("uniques")
        return made[index] if made is not None else str(self.dictionary[int(index)].as_py())

    @cached_property
    def empty_code(self) -> int:
        """The code of '' (or -1 when no cell is empty)."""
        return int(pc.index(self.dictionary, "").as_py())

    def flags(self, test: Callable[[str], bool], may: tuple[str, ...] = (), never: str = "") -> np.ndarray:
        """test() of each row's value, computed once per distinct value.

        Values that do not match every `may` pattern, or that match `never` (RE2, run by Arrow over the distinct
        values), are known to fail the test and are not looked at one by one.
        """
        distinct = len(self.dictionary)
        candidates = np.ones(distinct, dtype=bool)
        for pattern in may:
            candidates &= pc.match_substring_regex(self.dictionary, pattern).to_numpy(zero_copy_only=False)
        if never:
            candidates &= ~pc.match_substring_regex(self.dictionary, never).to_numpy(zero_copy_only=False)
        per_value = np.zeros(distinct, dtype=bool)
        for index in np.flatnonzero(candidates):
            per_value[index] = test(self.unique(int(index)))
        return per_value[self.codes] if distinct else np.zeros(len(self.codes), dtype=bool)

    def settled(self) -> np.ndarray:
        """For each distinct value, whether nfc() leaves it as it is (NFC, white space collapsed), found by Arrow."""
        if not len(self.dictionary):
            return np.zeros(0, dtype=bool)
        normal = pc.equal(pc.utf8_normalize(self.dictionary, "NFC"), self.dictionary)
        untidy = pc.match_substring_regex(self.dictionary, UNTIDY)
        return pc.and_(normal, pc.invert(untidy)).to_numpy(zero_copy_only=False)

    def mapped(self, convert: Callable[[str], object]) -> np.ndarray:
        """convert() of each row's value (computed once per distinct value), as an object array."""
        per_value = np.empty(len(self.uniques), dtype=object)
        for index, value in enumerate(self.uniques):
            per_value[index] = convert(value)
        return per_value[self.codes]

    def values(self) -> np.ndarray:
        return self.mapped(lambda v: v)

    def arrow(self) -> pa.Array:
        """The rows' values as an Arrow string array."""
        if self._values is not None:
            return self._values
        return self.dictionary.take(pa.array(self.codes))

    def take(self, rows: np.ndarray) -> Column:
        """The values of some rows (this very column when they are every row in order, as in a large file)."""
        if len(rows) == len(self.codes) and bool((rows == np.arange(len(rows))).all()):
            return self  # every row, in order
        return self.with_codes(self.codes[rows])

    def with_codes(self, codes: np.ndarray) -> Column:
        """The same distinct values, other codes."""
        return Column(codes, self.__dict__.get("uniques"), self.dictionary)

    def __getitem__(self, row: int) -> str:
        return self.unique(int(self.codes[row]))


@dataclass
class Body:
    """The data rows below the header (their table positions and row numbers), by field, and the totals rows."""

    positions: np.ndarray
    numbers: np.ndarray
    fields: dict[str, Column]
    totals: list[tuple[int, dict[str, str]]]

    def __len__(self) -> int:
        return len(self.positions)

    @cached_property
    def data(self) -> list[tuple[int, dict[str, str]]]:
        """Each data row as (row number, {field: value}), for the row-by-row checks of hamlet lists and summaries."""
        columns = {f: column.values() for f, column in self.fields.items()}
        return [(int(n), {f: str(v[i]) for f, v in columns.items()}) for i, n in enumerate(self.numbers)]

    def column(self, name: str) -> Column:
        """The values of a field; a field the file lacks reads as ''."""
        return self.fields.get(name) or Column.blank(len(self))

    def clear(self) -> None:
        self.positions = self.positions[:0]
        self.numbers = self.numbers[:0]
        self.fields = {f: column.take(np.arange(0)) for f, column in self.fields.items()}
        self.__dict__.pop("data", None)


def pairs(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An id per row for each distinct (first, second) pair of codes, in order of appearance; each id's first row."""
    if not len(first):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key = first.astype(np.int64) * (int(second.max()) + 1) + second
    ids, _ = pd.factorize(key)
    return ids.astype(np.int64), first_appearances(ids)


def first_appearances(ids: np.ndarray) -> np.ndarray:
    """Each id's first row, for ids numbered in order of appearance (pd.factorize): where an id exceeds all before
    (np.unique's first indices, without its sort)."""
    before = np.maximum.accumulate(np.concatenate(([-1], ids[:-1])))
    return np.flatnonzero(ids > before)


def where(mask: np.ndarray) -> list[int]:
    """The indices where a mask is true, as ints."""
    return [int(i) for i in np.flatnonzero(mask)]


def _is_total(value: str) -> bool:
    """A cell naming a totals row ("Tổng cộng", "Cộng", "Total"...)."""
    return bool(value) and _NOT_TOTAL.isdisjoint(value) and fold(value) in _TOTAL_WORDS


def _starts_signature(value: str) -> bool:
    """A cell starting with a signature word ("NGƯỜI LẬP BIỂU", "Trưởng ban"); every such word has a space."""
    if not value or _WORDY.fullmatch(value) or not _LETTER.search(value):
        return False
    return fold(value).startswith(_SIGNATURE_WORDS)


def _signs(value: str) -> bool:
    """A signature word, or a place and date line ("Bạc Liêu, ngày 05 tháng 10 năm 2019")."""
    if not value or _WORDY.fullmatch(value) or not _LETTER.search(value):
        return False
    folded = fold(value)
    return folded.startswith(_SIGNATURE_WORDS) or bool(_PLACE_DATE.search(folded))


def body_rows(table: Table, header_index: int, mapping: dict[int, str], granularity: str) -> Body:
    """Data rows below the header: no column-number row, blank rows, totals or signatures.

    Read by column, each distinct value looked at once; the rules are those of reading row by row: skip blank
    rows and the column-number row under the header; a totals row is kept aside, and ends the table once data
    was seen; a signature line ends it; a ward name merged down over its hamlets fills the blanks under it.
    """
    start = header_index + 1
    count = max(0, len(table) - start)
    cells = [column.slice(start) for column in table.columns]
    encoded = [Column.of(values) for values in cells]
    nonblank = np.zeros(count, dtype=bool)
    totals = np.zeros(count, dtype=bool)
    for values, column in zip(cells, encoded, strict=True):
        nonblank |= pc.greater(pc.binary_length(values), 0).to_numpy(zero_copy_only=False)
        totals |= column.flags(_is_total, never=_NOT_TOTAL_RE2)
    fields = {f: encoded[c] for c, f in mapping.items()}
    signs = _signature_lines(fields, count, granularity)
    candidates = nonblank & ~totals & ~signs
    ends = np.flatnonzero(nonblank & (totals | signs))  # rows that can end the table
    if count > 0 and is_number_row(table.row(start)):
        candidates[0] = False
        ends = ends[ends > 0]
    if granularity != "ward":
        for ward_field in ("ward", "ward_code"):
            if ward_field in fields:
                fields[ward_field] = _carried_down(fields[ward_field], candidates)
    filled = np.zeros(count, dtype=bool)
    for column in fields.values():
        filled |= column.codes != column.empty_code
    data = candidates & filled
    stop, kept_totals = _table_end(table, start, mapping, ends, totals, data)
    rows = np.flatnonzero(data[:stop])
    return Body(
        positions=rows + start,
        numbers=table.numbers[rows + start],
        fields={f: column.take(rows) for f, column in fields.items()},  # every row data: the columns as they are
        totals=kept_totals,
    )


def _signature_lines(fields: dict[str, Column], count: int, granularity: str) -> np.ndarray:
    """Rows with a signature word or a place and date line in a field, and no data."""
    signs = np.zeros(count, dtype=bool)
    for column in fields.values():
        signs |= column.flags(_signs, may=_MAY_SIGN)
    data_fields = ("hamlets", "concurrent") if granularity == "ward" else ("hamlet", "hamlet_code")
    for f in data_fields:  # a signature line has no data; a note starting "Trưởng ban …" in a data row does
        if f in fields and signs.any():
            signs &= ~fields[f].flags(lambda v: bool(v) and not _starts_signature(v))
    return signs


def _table_end(
    table: Table, start: int, mapping: dict[int, str], ends: np.ndarray, totals: np.ndarray, data: np.ndarray
) -> tuple[int, list[tuple[int, dict[str, str]]]]:
    """Where the data stops (a signature line, or a totals row below data), and the totals rows above that."""
    seen = np.cumsum(data)
    kept: list[tuple[int, dict[str, str]]] = []
    for position in ends:
        if not totals[position]:
            return int(position), kept  # a signature line
        record = {f: table.columns[c][start + position].as_py() if c < table.width else "" for c, f in mapping.items()}
        kept.append((int(table.numbers[start + position]), record))
        if position > 0 and seen[position - 1] > 0:  # below the data the table ends
            return int(position), kept
    return len(data), kept


def _carried_down(column: Column, rows: np.ndarray) -> Column:
    """Blank cells of the given rows filled with the last value above them among those rows."""
    if column.empty_code < 0:
        return column  # no blank cell
    positions = np.flatnonzero(rows)
    values = column.codes[positions]
    present = values != column.empty_code
    last = np.maximum.accumulate(np.where(present, np.arange(len(values)), -1)) if len(values) else values
    codes = column.codes.copy()
    codes[positions] = np.where(last >= 0, values[np.maximum(last, 0)], values)
    return column.with_codes(codes)
