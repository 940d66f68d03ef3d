"""Recognising a table: its sheet and header row, what each column holds, what kind of file it is, and its date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np

from lib.core.model import Granularity
from lib.core.normalize import fold, header_key
from lib.core.schema import ALIASES, SUMMARY_CONCURRENT_ALIASES
from lib.ingest.table import Table

_HEADER_INDEX: dict[str, str] = {a: f for f, aliases in ALIASES.items() for a in aliases}
_HEADER_INDEX.update({a: "concurrent" for a in SUMMARY_CONCURRENT_ALIASES})
_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WORDS_DATE = re.compile(r"\b(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")


@dataclass(frozen=True)
class Header:
    """Where the header is (its last row, when it spans two) and what each column holds."""

    index: int
    mapping: dict[int, str]
    labels: dict[int, str]
    duplicates: list[str]

    @property
    def score(self) -> float:
        """Known columns, less half a point for each column naming one already named."""
        return len(self.mapping) - 0.5 * len(self.duplicates)


@dataclass(frozen=True)
class Layout:
    """A table recognised: its header, the kind of file, each field's column and label, the columns it lacks."""

    table: Table
    header: Header
    granularity: Granularity
    mapping: dict[int, str]
    headers: dict[str, str]
    missing: list[str]

    @property
    def header_row(self) -> int:
        """The header's row number as the file shows it."""
        return int(self.table.numbers[self.header.index])

    def preview(self, positions: np.ndarray) -> list[list[str]]:
        """The header labels, then the cells of the first 20 of the given rows."""
        labels = [self.header.labels.get(c, "") for c in range(len(self.header.labels))]
        return [labels, *(self.table.row(int(p)) for p in positions[:20])]


def recognise(tables: list[Table]) -> Layout | None:
    """The table whose header names the most known columns, and what its columns say the file is."""
    picked = _pick_table(tables)
    if picked is None:
        return None
    table, header = picked
    mapping = header.mapping
    fields = set(mapping.values())
    granularity, required = _granularity(fields)
    if granularity == "hamlet" and "party_member" in fields:  # in a hamlet list it is the head's
        mapping = {c: "head_party_member" if f == "party_member" else f for c, f in mapping.items()}
    headers = {f: header.labels[c] for c, f in mapping.items()}
    missing = [alts[0] for alts in required if not set(alts) & fields]
    return Layout(table, header, granularity, mapping, headers, missing)


def _read_header(index: int, labels: dict[int, str], keys: dict[int, list[str]]) -> Header:
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
    return Header(index, mapping, labels, duplicates)


def _find_header(table: Table) -> Header | None:
    """The header among the first 30 rows: the row, or pair of rows, naming the most known columns.

    A pair covers forms with a heading merged over sub-headings ("Bí thư chi bộ" over "Họ và tên | Năm sinh").
    """
    best: Header | None = None
    rows = table.head(31)
    for index in range(min(30, len(rows))):
        top = rows[index]
        single = _read_header(index, dict(enumerate(top)), {c: [header_key(v)] for c, v in enumerate(top)})
        candidates = [single]
        if index + 1 < len(rows):
            pair = _read_pair(index + 1, top, rows[index + 1])
            below = rows[index + 1]
            alone = _read_header(index + 1, dict(enumerate(below)), {c: [header_key(v)] for c, v in enumerate(below)})
            if pair.score > max(single.score, alone.score):  # a pair only when it reads better than its rows alone
                candidates.append(pair)
        for header in candidates:
            if len(header.mapping) >= 2 and (best is None or header.score > best.score):
                best = header
    return best


def _read_pair(index: int, top: list[str], sub: list[str]) -> Header:
    """Two rows read as one header: a heading over its sub-headings ("Bí thư chi bộ / Họ và tên")."""
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
    return _read_header(index, labels, keys)


def _pick_table(tables: list[Table]) -> tuple[Table, Header] | None:
    """The sheet whose header names the most known columns (the first such sheet on a tie)."""
    best: tuple[Table, Header] | None = None
    for table in tables:
        found = _find_header(table)
        if found and (best is None or len(found.mapping) > len(best[1].mapping)):
            best = (table, found)
    return best


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


def title_date(table: Table, header_index: int) -> date | None:
    """The date a title row above the header gives ("Số liệu đến ngày 30/09/2019", "as of …")."""
    texts = [" ".join(r) for r in table.head(header_index)]
    for text in texts:
        if "den ngay" in fold(text) or "as of" in fold(text):
            found = _parse_date(text)
            if found:
                return found
    return None


def file_date(file_name: str) -> date | None:
    """The date a file's name gives ("roster_2019-09-30.csv")."""
    match = _ISO_DATE.search(file_name)
    return _parse_date(match.group(0)) if match else None
