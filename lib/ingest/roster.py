"""Turning a table of cells into a checked snapshot: header, columns, rows, units, counts."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.core.model import Checked, Granularity, Problem, Severity, Snapshot
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import fold, header_key, nfc, parse_mark
from lib.core.schema import (
    ALIASES,
    FORMULA_PREFIXES,
    REASON_ALIASES,
    SNAPSHOT_HAMLET_COLUMNS,
    SNAPSHOT_OFFICER_COLUMNS,
    SUMMARY_CONCURRENT_ALIASES,
)
from lib.ingest.officers import HEAD, SECRETARY, birth_year, code_key, name_key, positions_of
from lib.ingest.table import Table, UnreadableFile, read_tables
from lib.ingest.units import UnitMatcher, ward_table

_HEADER_INDEX: dict[str, str] = {a: f for f, aliases in ALIASES.items() for a in aliases}
_HEADER_INDEX.update({a: "concurrent" for a in SUMMARY_CONCURRENT_ALIASES})
_TOTAL_WORDS = {"tong cong", "cong", "tong", "toan thanh pho", "total", "toan tinh"}
_SIGNATURE_WORDS = ("nguoi lap bieu", "truong ban", "ky ten", "xac nhan", "thu truong", "pho truong ban")
_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMBER_ROW = re.compile(r"^\(?\d{1,2}\)?$")
_PLACE_DATE = re.compile(r"\bngay \d{1,2} thang \d{1,2} nam \d{4}\b")  # "Bạc Liêu, ngày 05 tháng 10 năm 2019"
_WORDS_DATE = re.compile(r"\b(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")


@dataclass
class Parsed(Checked):
    """What a file was recognised as, its snapshot when it has no errors, and every problem found."""

    problems: list[Problem] = field(default_factory=list)
    snapshot: Snapshot | None = None
    granularity: Granularity | None = None
    encoding: str | None = None
    header_row: int | None = None
    sheet: str | None = None
    preview: list[list[str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.snapshot is not None and not self.errors


def _parse_date(text: str) -> date | None:
    """A date written 30/09/2019, 2019-09-30 or "30 tháng 9 năm 2019"."""
    for pattern, order, source in (
        (_DATE, (2, 1, 0), text),
        (_ISO_DATE, (0, 1, 2), text),
        (_WORDS_DATE, (2, 1, 0), fold(text)),
    ):
        match = pattern.search(source)
        if match:
            parts = [int(g) for g in match.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None


@dataclass(frozen=True)
class _Header:
    """Where the header is (its last row, when it spans two) and what each column holds."""

    index: int
    mapping: dict[int, str]
    labels: dict[int, str]
    duplicates: list[str]

    @property
    def score(self) -> float:
        """Known columns, less half a point for each column naming one already named."""
        return len(self.mapping) - 0.5 * len(self.duplicates)


def _read_header(index: int, labels: dict[int, str], keys: dict[int, list[str]]) -> _Header:
    mapping: dict[int, str] = {}
    duplicates: list[str] = []
    for col, candidates in keys.items():
        field_name = next((_HEADER_INDEX[k] for k in candidates if k in _HEADER_INDEX), None)
        if field_name is None:
            continue
        if field_name in mapping.values():
            duplicates.append(labels[col])
        else:
            mapping[col] = field_name
    return _Header(index, mapping, labels, duplicates)


def _find_header(table: Table) -> _Header | None:
    """The header among the first 30 rows: the row, or pair of rows, naming the most known columns.

    A pair covers forms with a heading merged over sub-headings ("Bí thư chi bộ" over "Họ và tên | Năm sinh").
    """
    best: _Header | None = None
    rows = table.head(31)
    for index in range(min(30, len(rows))):
        top = rows[index]
        single = _read_header(index, dict(enumerate(top)), {c: [header_key(v)] for c, v in enumerate(top)})
        candidates = [single]
        if index + 1 < len(rows):
            sub = rows[index + 1]
            labels: dict[int, str] = {}
            keys: dict[int, list[str]] = {}
            for col in range(max(len(top), len(sub))):
                upper = top[col] if col < len(top) else ""
                lower = sub[col] if col < len(sub) else ""
                if not lower or fold(lower) == fold(upper):
                    labels[col], keys[col] = upper, [header_key(upper)]
                elif not upper:
                    labels[col], keys[col] = lower, [header_key(lower)]
                else:
                    labels[col] = f"{upper} / {lower}"
                    keys[col] = [header_key(f"{lower} {upper}"), header_key(f"{upper} {lower}")]
            candidates.append(_read_header(index + 1, labels, keys))
        if len(candidates) == 2:  # a pair only when it reads better than either of its rows alone
            below = rows[index + 1]
            alone = _read_header(index + 1, dict(enumerate(below)), {c: [header_key(v)] for c, v in enumerate(below)})
            if candidates[1].score <= max(single.score, alone.score):
                candidates.pop()
        for header in candidates:
            if len(header.mapping) >= 2 and (best is None or header.score > best.score):
                best = header
    return best


def _title_date(table: Table, header_index: int) -> date | None:
    texts = [" ".join(r) for r in table.head(header_index)]
    for text in texts:
        if "den ngay" in fold(text) or "as of" in fold(text):
            found = _parse_date(text)
            if found:
                return found
    return None


def _is_number_row(row: list[str]) -> bool:
    cells = [c for c in row if c]
    return bool(cells) and all(_NUMBER_ROW.match(c) for c in cells)


def _count(text: str) -> int | None:
    cleaned = text.replace(" ", "")
    if re.fullmatch(r"\d+", cleaned):
        return int(cleaned)
    if re.fullmatch(r"\d+[.,]0+", cleaned):
        return int(cleaned.split(".")[0].split(",")[0])
    return None


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


def _pick_table(tables: list[Table]) -> tuple[Table, _Header] | None:
    """The sheet whose header names the most known columns (the first such sheet on a tie)."""
    best: tuple[Table, _Header] | None = None
    for table in tables:
        found = _find_header(table)
        if found and (best is None or len(found.mapping) > len(best[1].mapping)):
            best = (table, found)
    return best


def _mislabelled(file_name: str, data: bytes) -> str | None:
    """The extension when the bytes are not what it says (an .xlsx that is no workbook, a .csv that is one)."""
    extension = Path(file_name).suffix.lower()
    is_zip, is_parquet = data.startswith(b"PK\x03\x04"), data.startswith(b"PAR1")
    expected = {".xlsx": is_zip, ".parquet": is_parquet}
    if extension in expected and not expected[extension]:
        return extension
    if extension in (".csv", ".txt", ".tsv") and (is_zip or is_parquet):
        return extension
    return None


def _granularity(fields: set[str]) -> tuple[Granularity, list[tuple[str, ...]]]:
    """What the columns say the file is, and the columns (alternatives in a tuple) it then requires."""
    if {"position", "full_name"} & fields:  # one row per person and position
        return "officer", [
            ("ward", "ward_code"),
            ("hamlet", "hamlet_code"),
            ("position",),
            ("full_name",),
            ("party_member",),
        ]
    if "hamlets" in fields and not {"hamlet", "hamlet_code"} & fields:  # a count of hamlets per ward
        return "ward", [("ward", "ward_code"), ("hamlets",), ("concurrent",)]
    required: list[tuple[str, ...]] = [("ward", "ward_code"), ("hamlet", "hamlet_code")]  # the usual list
    if "concurrent" not in fields:
        required += [("secretary",), ("head",)]
    return "hamlet", required


def parse_bytes(
    data: bytes,
    file_name: str,
    units: pd.DataFrame,
    as_of: date | None = None,
) -> Parsed:
    """Read and check a file; the snapshot is set only when there is no error."""
    parsed = Parsed()
    mislabelled = _mislabelled(file_name, data)
    if mislabelled:
        parsed.problems.append(_error("wrong_type", None, None, extension=mislabelled))
        return parsed
    try:
        tables = read_tables(data)
    except UnreadableFile as exc:
        parsed.problems.append(_error("empty_file" if str(exc) == "empty" else "unreadable_file"))
        return parsed
    parsed.encoding = tables[0].encoding
    picked = _pick_table(tables)
    if picked is None:
        parsed.problems.append(_error("no_table"))
        return parsed
    table, header = picked
    header_index, mapping = header.index, header.mapping
    parsed.sheet = table.sheet
    parsed.header_row = int(table.numbers[header_index])
    fields = set(mapping.values())
    parsed.granularity, required = _granularity(fields)
    if parsed.granularity == "hamlet" and "party_member" in fields:  # in a hamlet list it is the head's
        mapping = {c: "head_party_member" if f == "party_member" else f for c, f in mapping.items()}
    headers = {f: header.labels[c] for c, f in mapping.items()}
    for label in header.duplicates:
        parsed.problems.append(_warning("duplicate_column", parsed.header_row, label))
    missing = [alts[0] for alts in required if not set(alts) & fields]
    if missing:
        parsed.problems.append(_error("missing_columns", parsed.header_row, None, columns=missing))
        return parsed

    when = as_of or _title_date(table, header_index) or _file_date(file_name)
    body = _body_rows(table, header_index, mapping, parsed.granularity)
    parsed.preview = [[header.labels.get(c, "") for c in range(len(header.labels))]]
    parsed.preview += [table.row(int(p)) for p in body.positions[:20]]
    _check_uncomputed(table, body, mapping, headers, parsed.problems)
    matcher = UnitMatcher(units)
    officers: pd.DataFrame | None = None
    frame: tuple[pd.DataFrame | None, pd.DataFrame] | None
    if parsed.granularity == "ward":
        frame = _ward_rows(body, headers, matcher, units, parsed.problems)
    elif parsed.granularity == "officer":
        officers = _officer_rows(body, headers, matcher, parsed.problems)
        if officers is not None and officers.empty:  # every row a vacancy: no person to count
            body.clear()
        frame = None if officers is None else _officer_hamlets(officers, body, headers, units, parsed.problems)
    else:
        frame = _hamlet_rows(body, headers, matcher, units, parsed.problems)
    if not len(body):
        parsed.problems.append(_error("no_rows", parsed.header_row))
    if when is None:
        parsed.problems.append(_error("no_date"))
    if parsed.errors or frame is None or when is None:
        return parsed
    digest = hashlib.sha256(data).hexdigest()
    hamlets, counts = frame
    parsed.snapshot = Snapshot(
        id=digest[:16],
        as_of=when,
        granularity=parsed.granularity,
        units=units,
        ward_counts=counts,
        hamlets=hamlets,
        officers=officers,
        source=file_name,
    )
    return parsed


def _check_uncomputed(
    table: Table, body: _Body, mapping: dict[int, str], headers: dict[str, str], problems: list[Problem]
) -> None:
    """An Excel formula never calculated (the file was written by a program) has no value to read."""
    if not table.uncomputed:
        return
    data_rows = set(body.numbers.tolist())
    for row, col in sorted(table.uncomputed):
        if row in data_rows and col in mapping:
            problems.append(_error("uncomputed_formula", row, headers.get(mapping[col])))
            return


def _file_date(file_name: str) -> date | None:
    match = _ISO_DATE.search(file_name)
    return _parse_date(match.group(0)) if match else None


class _Column:
    """The values of one field in the rows of a table: a code per row into the distinct values."""

    def __init__(self, codes: np.ndarray, uniques: list[str], dictionary: pa.Array | None = None) -> None:
        self.codes = codes
        self.uniques = uniques
        self.dictionary = dictionary if dictionary is not None else pa.array(uniques, pa.string())

    @classmethod
    def of(cls, values: pa.Array) -> _Column:
        encoded = pc.dictionary_encode(values)
        codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
        return cls(codes, [str(v) for v in encoded.dictionary.to_pylist()], encoded.dictionary)

    @property
    def empty_code(self) -> int:
        """The code of '' (or -1 when no cell is empty)."""
        try:
            return self.uniques.index("")
        except ValueError:
            return -1

    def flags(self, test: Callable[[str], bool], may: tuple[str, ...] = (), never: str = "") -> np.ndarray:
        """test() of each row's value, computed once per distinct value.

        Values that do not match every `may` pattern, or that match `never` (RE2, run by Arrow over the distinct
        values), are known to fail the test and are not looked at one by one.
        """
        candidates = np.ones(len(self.uniques), dtype=bool)
        for pattern in may:
            candidates &= pc.match_substring_regex(self.dictionary, pattern).to_numpy(zero_copy_only=False)
        if never:
            candidates &= ~pc.match_substring_regex(self.dictionary, never).to_numpy(zero_copy_only=False)
        per_value = np.zeros(len(self.uniques), dtype=bool)
        for index in np.flatnonzero(candidates):
            per_value[index] = test(self.uniques[index])
        return per_value[self.codes] if len(self.uniques) else np.zeros(len(self.codes), dtype=bool)

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
        return pa.array(self.uniques, pa.string()).take(pa.array(self.codes))

    def take(self, rows: np.ndarray) -> _Column:
        return _Column(self.codes[rows], self.uniques, self.dictionary)

    def __getitem__(self, row: int) -> str:
        return self.uniques[self.codes[row]]


@dataclass
class _Body:
    """The data rows below the header (their table positions and row numbers), by field, and the totals rows."""

    positions: np.ndarray
    numbers: np.ndarray
    fields: dict[str, _Column]
    totals: list[tuple[int, dict[str, str]]]

    def __len__(self) -> int:
        return len(self.positions)

    @cached_property
    def data(self) -> list[tuple[int, dict[str, str]]]:
        """Each data row as (row number, {field: value}), for the row-by-row checks of hamlet lists and summaries."""
        columns = {f: column.values() for f, column in self.fields.items()}
        return [(int(n), {f: str(v[i]) for f, v in columns.items()}) for i, n in enumerate(self.numbers)]

    def clear(self) -> None:
        self.positions = self.positions[:0]
        self.numbers = self.numbers[:0]
        self.fields = {f: column.take(np.arange(0)) for f, column in self.fields.items()}
        self.__dict__.pop("data", None)


_NOT_TOTAL = frozenset("0123456789bdefjkmqrsuvwxyzBDEFJKMQRSUVWXYZ")  # no total word has these letters
_WORDY = re.compile(r"\w*")  # no separator: folds to a single word
_LETTER = re.compile(r"[^\W\d_]")  # every signature or date line has letters
# The same, wider, for Arrow: a value that can be a signature or date line has something other than an ASCII
# letter, digit or underscore, and an ASCII letter or a character beyond ASCII.
_MAY_SIGN = (r"[^A-Za-z0-9_]", r"[A-Za-z]|[^\x00-\x7f]")
_NOT_TOTAL_RE2 = "[0-9bdefjkmqrsuvwxyzBDEFJKMQRSUVWXYZ]"


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


def _body_rows(table: Table, header_index: int, mapping: dict[int, str], granularity: str) -> _Body:
    """Data rows below the header: no column-number row, blank rows, totals or signatures.

    Read by column, each distinct value looked at once; the rules are those of reading row by row: skip blank
    rows and the column-number row under the header; a totals row is kept aside, and ends the table once data
    was seen; a signature line ends it; a ward name merged down over its hamlets fills the blanks under it.
    """
    start = header_index + 1
    count = max(0, len(table) - start)
    body_range = [column.slice(start) for column in table.columns]
    nonblank = np.zeros(count, dtype=bool)
    totals = np.zeros(count, dtype=bool)
    encoded = [_Column.of(values) for values in body_range]
    for values, column in zip(body_range, encoded, strict=True):
        nonblank |= pc.greater(pc.binary_length(values), 0).to_numpy(zero_copy_only=False)
        totals |= column.flags(_is_total, never=_NOT_TOTAL_RE2)
    fields = {f: encoded[c] for c, f in mapping.items()}
    signs = np.zeros(count, dtype=bool)
    for column in fields.values():
        signs |= column.flags(_signs, may=_MAY_SIGN)
    data_fields = ("hamlets", "concurrent") if granularity == "ward" else ("hamlet", "hamlet_code")
    for f in data_fields:  # a signature line has no data; a note starting "Trưởng ban …" in a data row does
        if f in fields:
            signs &= ~fields[f].flags(lambda v: bool(v) and not _starts_signature(v))
    number_row = count > 0 and _is_number_row(table.row(start))
    candidates = nonblank & ~totals & ~signs
    if number_row:
        candidates[0] = False
    if granularity != "ward":
        for ward_field in ("ward", "ward_code"):
            if ward_field in fields:
                fields[ward_field] = _carried_down(fields[ward_field], candidates)
    filled = np.zeros(count, dtype=bool)
    for column in fields.values():
        filled |= column.codes != column.empty_code
    data = candidates & filled
    seen = np.cumsum(data)
    stop = count
    kept_totals: list[tuple[int, dict[str, str]]] = []
    for position in np.flatnonzero(nonblank & (totals | signs)):
        if position == 0 and number_row:
            continue
        if totals[position]:
            record = {f: body_range[c][position].as_py() if c < len(body_range) else "" for c, f in mapping.items()}
            kept_totals.append((int(table.numbers[start + position]), record))
            if position > 0 and seen[position - 1] > 0:  # below the data the table ends
                stop = int(position)
                break
            continue
        stop = int(position)  # a signature line
        break
    rows = np.flatnonzero(data[:stop])
    return _Body(
        positions=rows + start,
        numbers=table.numbers[rows + start],
        fields={f: column.take(rows) for f, column in fields.items()},
        totals=kept_totals,
    )


def _carried_down(column: _Column, rows: np.ndarray) -> _Column:
    """Blank cells of the given rows filled with the last value above them among those rows."""
    positions = np.flatnonzero(rows)
    values = column.codes[positions]
    present = values != column.empty_code
    last = np.maximum.accumulate(np.where(present, np.arange(len(values)), -1)) if len(values) else values
    codes = column.codes.copy()
    codes[positions] = np.where(last >= 0, values[np.maximum(last, 0)], values)
    return _Column(codes, column.uniques)


def _locate(
    number: int, rec: dict[str, str], headers: dict[str, str], matcher: UnitMatcher, problems: list[Problem]
) -> tuple[str, str] | None:
    """The (ward code, hamlet code) of a row, matched within the master; a reported error otherwise."""
    ward = matcher.ward(rec.get("ward"), rec.get("ward_code"))
    if ward.code is None:
        value = rec.get("ward") or rec.get("ward_code") or ""
        column = headers.get("ward", headers.get("ward_code"))
        problems.append(_error("unknown_ward", number, column, value=value, suggestion=ward.suggestion))
        return None
    if rec.get("ward_code") and rec.get("ward"):
        by_name = matcher.ward_by_name(rec["ward"])
        if by_name is not None and by_name != ward.code:
            problems.append(
                _warning(
                    "code_name_mismatch",
                    number,
                    headers.get("ward"),
                    given=rec["ward_code"],
                    value=rec["ward"],
                    name=matcher.ward_name(ward.code),
                )
            )
    hamlet = matcher.hamlet(ward.code, rec.get("hamlet"), rec.get("hamlet_code"))
    if hamlet.code is None:
        value = rec.get("hamlet") or rec.get("hamlet_code") or ""
        column = headers.get("hamlet", headers.get("hamlet_code"))
        problems.append(
            _error(
                "unknown_hamlet",
                number,
                column,
                value=value,
                ward=matcher.ward_name(ward.code),
                suggestion=hamlet.suggestion,
            )
        )
        return None
    return ward.code, hamlet.code


def _formula_warnings(number: int, rec: dict[str, str], headers: dict[str, str], problems: list[Problem]) -> None:
    """Names that a spreadsheet would run as a formula are kept as text, with a warning."""
    for name_field in ("secretary", "head", "full_name"):
        value = nfc(rec.get(name_field))
        if value.startswith(FORMULA_PREFIXES):
            problems.append(_warning("formula_text", number, headers[name_field], value=value))


def _hamlet_rows(
    body: _Body,
    headers: dict[str, str],
    matcher: UnitMatcher,
    units: pd.DataFrame,
    problems: list[Problem],
) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    seen: dict[str, int] = {}
    records: list[dict[str, object]] = []
    for number, rec in body.data:
        located = _locate(number, rec, headers, matcher, problems)
        if located is None:
            continue
        ward_code, hamlet_code = located
        if hamlet_code in seen:
            problems.append(
                _error(
                    "duplicate_hamlet",
                    number,
                    headers.get("hamlet", headers.get("hamlet_code")),
                    value=matcher.hamlet_name(ward_code, hamlet_code),
                    first_row=seen[hamlet_code],
                )
            )
            continue
        seen[hamlet_code] = number
        secretary, head = nfc(rec.get("secretary")), nfc(rec.get("head"))
        by_names = bool(secretary) and fold(secretary) == fold(head)
        concurrent: bool | None = by_names
        if "concurrent" not in rec and not (secretary and head):
            problems.append(_warning("no_names", number, headers["secretary" if not secretary else "head"]))
        if "concurrent" in rec:
            concurrent = parse_mark(rec["concurrent"])
            if concurrent is None:
                problems.append(_error("bad_mark", number, headers["concurrent"], value=rec["concurrent"]))
                continue
            if secretary and head and concurrent != by_names:
                problems.append(_warning("mark_disagrees", number, headers["concurrent"], value=rec["concurrent"]))
        member = parse_mark(rec["head_party_member"]) if rec.get("head_party_member") else None
        _formula_warnings(number, rec, headers, problems)
        reason, note = _reason(rec, concurrent, member)
        records.append(
            {
                "hamlet_code": hamlet_code,
                "ward_code": ward_code,
                "secretary": secretary,
                "head": head,
                "concurrent": bool(concurrent),
                "head_party_member": member,
                "reason": reason,
                "note": note,
                "row": number,
            }
        )
    if any(p.severity == "error" for p in problems):
        return None
    frame = pd.DataFrame.from_records(records, columns=SNAPSHOT_HAMLET_COLUMNS)
    return _finish_hamlets(frame, len(records), body, headers, units, problems)


def _finish_hamlets(
    frame: pd.DataFrame,
    rows: int,
    body: _Body,
    headers: dict[str, str],
    units: pd.DataFrame,
    problems: list[Problem],
) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """Hamlets of the master missing from the file (a warning each ward), master order, totals row, counts."""
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
    _check_hamlet_totals(body, headers, frame, rows, problems)
    if any(p.severity == "error" for p in problems):
        return None
    counts = frame.groupby("ward_code", sort=False)["concurrent"].sum().astype(int)
    return frame, _counts_frame(units, counts)


_TEXT = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' str


def _pairs(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An id per row for each distinct (first, second) pair of codes, in order of appearance; each id's first row."""
    if not len(first):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key = first.astype(np.int64) * (int(second.max()) + 1) + second
    ids, _ = pd.factorize(key)
    _, first_rows = np.unique(ids, return_index=True)
    return ids.astype(np.int64), first_rows


def _where(mask: np.ndarray) -> list[int]:
    """The indices where a mask is true, as ints."""
    return [int(i) for i in np.flatnonzero(mask)]


def _text_column(values: np.ndarray | list[str] | pa.Array) -> pd.Series:
    return pd.Series(values if isinstance(values, pa.Array) else pa.array(values, pa.string()), dtype=_TEXT)


def _officer_rows(
    body: _Body, headers: dict[str, str], matcher: UnitMatcher, problems: list[Problem]
) -> pd.DataFrame | None:
    """One row per person and position, located and read: positions, year of birth, party membership, person.

    Each distinct value (ward and code, hamlet in its ward, title, mark, year, name) is read once; the problems
    come in row order, each row's in the order of its checks.
    """
    count = len(body)
    blank = _Column(np.zeros(count, dtype=np.int64), [""])

    def column(name: str) -> _Column:  # a field the file lacks reads as ''
        return body.fields.get(name, blank)

    found: list[tuple[int, int, Problem]] = []  # (row index, check, problem)
    numbers = body.numbers
    wards, ward_codes, hamlets, hamlet_codes = (column(f) for f in ("ward", "ward_code", "hamlet", "hamlet_code"))
    ward_column = headers.get("ward", headers.get("ward_code"))
    hamlet_column = headers.get("hamlet", headers.get("hamlet_code"))

    ward_ids, ward_firsts = _pairs(wards.codes, ward_codes.codes)
    ward_of: list[str | None] = []
    ward_problems: dict[int, tuple[int, Severity, str, str | None, dict[str, object]]] = {}
    for index, first in enumerate(ward_firsts):
        name, code = wards[first], ward_codes[first]
        ward = matcher.ward(name, code)
        ward_of.append(ward.code)
        if ward.code is None:
            params: dict[str, object] = {"value": name or code or "", "suggestion": ward.suggestion}
            ward_problems[index] = (0, "error", "unknown_ward", ward_column, params)
        elif code and name:
            by_name = matcher.ward_by_name(name)
            if by_name is not None and by_name != ward.code:
                params = {"given": code, "value": name, "name": matcher.ward_name(ward.code)}
                ward_problems[index] = (1, "warning", "code_name_mismatch", headers.get("ward"), params)
    place_ids, place_firsts = _pairs(ward_ids, _pairs(hamlets.codes, hamlet_codes.codes)[0])
    hamlet_of: list[str | None] = []
    hamlet_problems: dict[int, tuple[int, Severity, str, str | None, dict[str, object]]] = {}
    for index, first in enumerate(place_firsts):
        ward_code = ward_of[ward_ids[first]]
        if ward_code is None:
            hamlet_of.append(None)
            continue
        hamlet = matcher.hamlet(ward_code, hamlets[first], hamlet_codes[first])
        hamlet_of.append(hamlet.code)
        if hamlet.code is None:
            params = {
                "value": hamlets[first] or hamlet_codes[first] or "",
                "ward": matcher.ward_name(ward_code),
                "suggestion": hamlet.suggestion,
            }
            hamlet_problems[index] = (2, "error", "unknown_hamlet", hamlet_column, params)
    for ids, per_id in ((ward_ids, ward_problems), (place_ids, hamlet_problems)):
        if per_id:
            for row in _where(np.isin(ids, list(per_id))):
                check, severity, code, where, params = per_id[int(ids[row])]
                found.append((row, check, Problem(severity, code, int(numbers[row]), where, dict(params))))
    row_ward = pa.array(ward_of, pa.string()).take(pa.array(ward_ids))
    row_hamlet = pa.array(hamlet_of, pa.string()).take(pa.array(place_ids))
    located = np.array([h is not None for h in hamlet_of], dtype=bool)[place_ids] if count else np.zeros(0, bool)

    titles = column("position")
    positions = titles.mapped(lambda title: positions_of(title) or ("other",))
    unknown = located & titles.flags(lambda title: positions_of(title) is None)
    for row in _where(unknown):
        found.append((row, 3, _warning("unknown_position", int(numbers[row]), headers["position"], value=titles[row])))
    names = column("full_name")
    vacant = located & (names.codes == names.empty_code)  # a position left without a name: a vacancy
    for row in _where(vacant):
        found.append((row, 4, _warning("vacant_position", int(numbers[row]), headers["full_name"], value=titles[row])))
    marks = column("party_member")
    members = marks.flags(lambda v: parse_mark(v) is True)
    bad_mark = located & ~vacant & marks.flags(lambda v: parse_mark(v) is None)
    for row in _where(bad_mark):
        found.append((row, 5, _error("bad_mark", int(numbers[row]), headers["party_member"], value=marks[row])))
    kept = located & ~vacant & ~bad_mark
    years_column = column("birth_year")
    years = years_column.mapped(birth_year)
    year_numbers = np.array([birth_year(v) or 0 for v in years_column.uniques], dtype=np.int64)[years_column.codes]
    for row in _where(kept & years_column.flags(lambda v: bool(v) and birth_year(v) is None)):
        found.append(
            (row, 6, _warning("bad_birth_year", int(numbers[row]), headers["birth_year"], value=years_column[row]))
        )
    for check, name_field in enumerate(("secretary", "head", "full_name"), start=7):
        if name_field in body.fields:
            texts = body.fields[name_field]
            for row in _where(kept & texts.flags(lambda v: v.startswith(FORMULA_PREFIXES))):
                found.append(
                    (row, check, _warning("formula_text", int(numbers[row]), headers[name_field], value=texts[row]))
                )
    found.sort(key=lambda item: (item[0], item[1]))
    problems += [problem for _, _, problem in found]
    if any(p.severity == "error" for p in problems):
        return None
    chosen = np.flatnonzero(kept)
    if not len(chosen):
        return pd.DataFrame.from_records([], columns=list(SNAPSHOT_OFFICER_COLUMNS))
    person_codes = column("person_code")
    taken = pa.array(chosen)
    known_years = year_numbers[chosen]
    if (known_years > 0).all():  # as pandas reads a column of ints, of ints and None, of None only
        birth_years: object = known_years
    elif (known_years == 0).all():
        birth_years = np.full(len(chosen), None, dtype=object)
    else:
        birth_years = np.where(known_years > 0, known_years, np.nan)
    return pd.DataFrame(
        {
            "row": numbers[chosen],
            "ward_code": _text_column(row_ward.take(taken)),
            "hamlet_code": _text_column(row_hamlet.take(taken)),
            "position": _text_column(titles.take(chosen).arrow()),
            "positions": positions[chosen],
            "full_name": _text_column(names.take(chosen).arrow()),
            "birth_year": birth_years,
            "party_member": members[chosen],
            "person_code": _text_column(person_codes.take(chosen).arrow()),
            "person": _text_column(_persons(person_codes.take(chosen), names.take(chosen), years[chosen])),
        }
    )


def _persons(codes: _Column, names: _Column, years: np.ndarray) -> np.ndarray:
    """person_key() of each row: each distinct code, or name and year of birth, keyed once."""
    simple = pc.match_substring_regex(codes.dictionary, "^[A-Za-z0-9]+$").to_numpy(zero_copy_only=False)
    keys = pc.binary_join_element_wise("code:", pc.utf8_lower(codes.dictionary), "").to_numpy(zero_copy_only=False)
    for index in np.flatnonzero(~simple):  # codes with other characters are folded one by one
        keys[index] = code_key(codes.uniques[index]) if codes.uniques[index] else ""
    by_code = keys[codes.codes]
    year_ids, _ = pd.factorize(pd.Series(years, dtype=object), use_na_sentinel=False)
    pair_ids, firsts = _pairs(names.codes, year_ids.astype(np.int64))
    folded = [fold(name) for name in names.uniques]
    by_name = np.array([name_key(folded[names.codes[f]], years[f]) for f in firsts], dtype=object)[pair_ids]
    return np.where(codes.codes != codes.empty_code, by_code, by_name)


def _officer_hamlets(
    officers: pd.DataFrame, body: _Body, headers: dict[str, str], units: pd.DataFrame, problems: list[Problem]
) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """Each hamlet's status from its officers: concurrent when one person is both secretary and head.

    That is one row with a combined title, or two rows of the same person; the secretary and head named are the
    first such rows, and the head's party membership is that of the head who is also secretary when there is one.
    """
    if officers.empty:
        frame = pd.DataFrame.from_records([], columns=SNAPSHOT_HAMLET_COLUMNS)
        return _finish_hamlets(frame, 0, body, headers, units, problems)
    names = dict(zip(units["hamlet_code"].tolist(), units["hamlet"].tolist(), strict=True))
    hamlet_ids, hamlet_codes = pd.factorize(officers["hamlet_code"])  # groups in order of appearance
    person_ids, _ = pd.factorize(officers["person"])
    groups = len(hamlet_codes)
    kind_ids, kinds = pd.factorize(officers["positions"])
    holds_secretary = np.array([SECRETARY in p for p in kinds], dtype=bool)[kind_ids]
    holds_head = np.array([HEAD in p for p in kinds], dtype=bool)[kind_ids]
    key = hamlet_ids.astype(np.int64) * (int(person_ids.max()) + 1) + person_ids
    secretary_keys, head_keys = np.unique(key[holds_secretary]), np.unique(key[holds_head])
    both_keys = np.intersect1d(secretary_keys, head_keys)
    span = int(person_ids.max()) + 1
    secretaries = np.bincount(secretary_keys // span, minlength=groups)
    heads = np.bincount(head_keys // span, minlength=groups)
    concurrent = np.bincount(both_keys // span, minlength=groups) > 0

    def first_rows(mask: np.ndarray) -> np.ndarray:
        """Each group's first row among the masked ones (-1 where it has none)."""
        rows = np.flatnonzero(mask)
        found = np.full(groups, -1, dtype=np.int64)
        ids, first = np.unique(hamlet_ids[rows], return_index=True)
        found[ids] = rows[first]
        return found

    first_any = first_rows(np.ones(len(officers), dtype=bool))
    first_secretary = first_rows(holds_secretary)
    first_head = first_rows(holds_head)
    first_head_both = first_rows(holds_head & np.isin(key, both_keys))
    member_row = np.where(concurrent, first_head_both, first_head)
    party = officers["party_member"].to_numpy()
    row_numbers = officers["row"].to_numpy()

    def names_at(rows: np.ndarray) -> list[str]:
        """The full name of each given row ('' where -1)."""
        found = officers["full_name"].take(np.maximum(rows, 0)).tolist()
        return [str(n) if r >= 0 else "" for n, r in zip(found, rows, strict=True)]

    members: list[bool | None] = [None if r < 0 else bool(party[r]) for r in member_row]
    for group in _where((secretaries > 1) | (heads > 1)):
        for role, holders in (("secretary", secretaries), ("head", heads)):
            if holders[group] > 1:
                problems.append(
                    _warning(
                        "several_holders",
                        int(row_numbers[first_any[group]]),
                        headers["position"],
                        hamlet=names[hamlet_codes[group]],
                        role=role,
                        count=int(holders[group]),
                    )
                )
    reasons = {(c, m): _reason({}, c, m)[0] for c in (False, True) for m in (None, False, True)}
    frame = pd.DataFrame(
        {
            "hamlet_code": _text_column(list(hamlet_codes)),
            "ward_code": _text_column(officers["ward_code"].take(first_any).tolist()),
            "secretary": _text_column(names_at(first_secretary)),
            "head": _text_column(names_at(first_head)),
            "concurrent": concurrent,
            "head_party_member": members,
            "reason": _text_column([reasons[(bool(c), m)] for c, m in zip(concurrent, members, strict=True)]),
            "note": _text_column([""] * groups),
            "row": row_numbers[first_any].astype(np.int64),
        },
        columns=list(SNAPSHOT_HAMLET_COLUMNS),
    )
    return _finish_hamlets(frame, groups, body, headers, units, problems)


def _reason(rec: dict[str, str], concurrent: bool | None, member: bool | None) -> tuple[str, str]:
    """The reason a hamlet is not concurrent (vocabulary code or ''), and the free-text note kept."""
    note = nfc(rec.get("note"))
    text = nfc(rec.get("reason"))
    if concurrent:
        return "", " ".join(t for t in (text, note) if t)
    for candidate in (text, note):
        code = REASON_ALIASES.get(fold(candidate))
        if code:
            return code, note if candidate == text else ""
    if text:
        return "other", " ".join(t for t in (text, note) if t)
    if member is False:
        return "head_not_party_member", note
    if member is True:
        return "secretary_not_head", note
    return "", note


def _check_hamlet_totals(
    body: _Body, headers: dict[str, str], frame: pd.DataFrame, rows: int, problems: list[Problem]
) -> None:
    for number, totals in body.totals if rows else ():
        checks = (
            ("concurrent", int(frame["concurrent"].sum())),
            ("hamlet", rows),
            ("hamlet_code", rows),
        )
        for field_name, actual in checks:
            stated = _count(totals.get(field_name, ""))
            if stated is not None and stated != actual:
                problems.append(
                    _error("totals_mismatch", number, headers.get(field_name), stated=stated, actual=actual)
                )


def _ward_rows(
    body: _Body,
    headers: dict[str, str],
    matcher: UnitMatcher,
    units: pd.DataFrame,
    problems: list[Problem],
) -> tuple[None, pd.DataFrame] | None:
    master = ward_table(units).set_index("code")["hamlets"]
    ward_col = headers.get("ward", headers.get("ward_code"))
    seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    sums = {"hamlets": 0, "concurrent": 0, "not_concurrent": 0}
    for number, rec in body.data:
        ward = matcher.ward(rec.get("ward"), rec.get("ward_code"))
        if ward.code is None:
            value = rec.get("ward") or rec.get("ward_code") or ""
            problems.append(_error("unknown_ward", number, ward_col, value=value, suggestion=ward.suggestion))
            continue
        if ward.code in seen:
            problems.append(
                _error(
                    "duplicate_ward", number, ward_col, value=matcher.ward_name(ward.code), first_row=seen[ward.code]
                )
            )
            continue
        seen[ward.code] = number
        values: dict[str, int] = {}
        for name in ("hamlets", "concurrent", "not_concurrent"):
            if name not in rec:
                continue
            count = _count(rec[name])
            if count is None:
                problems.append(_error("bad_count", number, headers[name], value=rec[name]))
            else:
                values[name] = count
                sums[name] += count
        if "hamlets" not in values or "concurrent" not in values:
            continue
        total, conc = values["hamlets"], values["concurrent"]
        name = matcher.ward_name(ward.code)
        if conc > total:
            problems.append(
                _error("concurrent_over_total", number, headers["concurrent"], concurrent=conc, total=total)
            )
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
        if total != int(master[ward.code]):
            problems.append(
                _error(
                    "hamlets_vs_master",
                    number,
                    headers["hamlets"],
                    ward=name,
                    stated=total,
                    master=int(master[ward.code]),
                )
            )
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
        counts[ward.code] = conc
    for number, totals in body.totals:
        said = {name: _count(totals.get(name, "")) for name in sums}
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
        for name, actual in sums.items() if body.data else ():
            stated = _count(totals.get(name, ""))
            if name in headers and stated is not None and stated != actual:
                problems.append(_error("totals_mismatch", number, headers[name], stated=stated, actual=actual))
    missing = [code for code in master.index if code not in seen]
    if missing and seen:
        problems.append(
            _warning(
                "missing_wards", None, None, wards=", ".join(matcher.ward_name(c) for c in missing), count=len(missing)
            )
        )
    if any(p.severity == "error" for p in problems):
        return None
    return None, _counts_frame(units, pd.Series(counts, dtype=int))


def _counts_frame(units: pd.DataFrame, counts: pd.Series) -> pd.DataFrame:
    codes = ward_table(units)["code"]
    return pd.DataFrame({"code": codes, "concurrent": codes.map(counts).fillna(0).astype(int).to_numpy()})
