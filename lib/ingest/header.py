"""Recognising a table: its sheet and header row, what each column holds, what kind of file it is, and its date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from lib.core.model import ColumnMapping, Granularity
from lib.core.normalize import fold
from lib.ingest.table import Table
from lib.ingest.words import CHOSEN_SCORE, Reading, is_number_row, read_header, read_pair

_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_AS_OF = re.compile(r"\b(den ngay|tinh den|den het|thoi diem|as of)\b")  # "tính đến 31 tháng 12 năm 2019"
_WORDS_DATE = re.compile(r"\b(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")


@dataclass(frozen=True)
class Header:
    """Where the header is (its last row, when it spans two), what each column holds and how surely it was read."""

    index: int
    mapping: dict[int, str]
    labels: dict[int, str]
    duplicates: list[str]
    scores: dict[int, float] = field(default_factory=dict)
    unsure: dict[int, str] = field(default_factory=dict)  # columns read with words not understood: their field
    chosen: frozenset[int] = frozenset()  # columns a person pointed at a field
    remembered: int | None = None  # the id of the remembered mapping used, if any

    @property
    def signature(self) -> str:
        """The header's layout: its labels folded, joined by " | " (a remembered mapping is kept under it)."""
        return signature(self.labels)

    @property
    def score(self) -> float:
        """How well the columns were read, less half a point for each column naming one already named."""
        return sum(self.scores.values()) - 0.5 * len(self.duplicates)


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


@dataclass(frozen=True)
class FoundColumn:
    """A column of the header as a person sees it: where, its header, what it was read as, its first values."""

    index: int  # 0 is the first column
    header: str
    field: str | None
    values: tuple[str, ...]


def found_columns(layout: Layout, shown: int = 3) -> list[FoundColumn]:
    """The header's columns with their first values (the column-number row and blank cells left out)."""
    table, start = layout.table, layout.header.index + 1
    rows = [r for r in table.head(start + 30)[start:] if any(r) and not is_number_row(r)]
    found = []
    for col in range(max(layout.header.labels, default=-1) + 1):
        values = tuple(v for v in (r[col] if col < len(r) else "" for r in rows) if v)[:shown]
        label = layout.header.labels.get(col, "")
        if label or values:
            found.append(FoundColumn(col, label, layout.mapping.get(col), values))
    return found


@dataclass(frozen=True)
class Choices:
    """What people said columns hold: this time (header -> field) and remembered for a header layout."""

    given: dict[str, str] = field(default_factory=dict)  # a header as written -> field
    remembered: tuple[ColumnMapping, ...] = ()

    def apply(self, labels: dict[int, str], readings: dict[int, Reading | None]) -> tuple[set[int], int | None]:
        """Readings replaced where a person chose (in place): the columns chosen, the remembered mapping's id."""
        layout = signature(labels)
        kept = next((m for m in self.remembered if m.signature == layout), None)
        given = {fold(h): f for h, f in (kept.columns if kept else {}).items()} | {
            fold(h): f for h, f in self.given.items()
        }
        chosen = {c for c, label in labels.items() if fold(label) and fold(label) in given}
        for col in chosen:
            readings[col] = Reading(given[fold(labels[col])], CHOSEN_SCORE, True)
        return chosen, kept.id if kept and chosen else None


def signature(labels: dict[int, str]) -> str:
    """A header's layout: its labels folded, joined by " | ", without empty columns at the end."""
    parts = [fold(labels.get(c, "")) for c in range(max(labels, default=-1) + 1)]
    while parts and not parts[-1]:
        parts.pop()
    return " | ".join(parts)


def recognise(tables: list[Table], choices: Choices | None = None) -> Layout | None:
    """The table whose header names the most known columns, and what its columns say the file is."""
    picked = _pick_table(tables, choices or Choices())
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


def _read_header(index: int, labels: dict[int, str], readings: dict[int, Reading | None], choices: Choices) -> Header:
    """Each field to the column that reads best as it; a sure column whose field is taken is a duplicate."""
    chosen, remembered = choices.apply(labels, readings)
    mapping: dict[int, str] = {}
    scores: dict[int, float] = {}
    unsure: dict[int, str] = {}
    duplicates: list[str] = []
    ranked = sorted(((r.score, -c, c, r) for c, r in readings.items() if r), reverse=True)
    for _, _, col, reading in ranked:
        if reading.field in mapping.values():
            holder = next(c for c, f in mapping.items() if f == reading.field)
            if reading.sure and holder not in chosen:
                duplicates.append(labels[col])
            continue
        mapping[col], scores[col] = reading.field, reading.score
        if not reading.sure:
            unsure[col] = reading.field
    mapping = dict(sorted(mapping.items()))
    return Header(index, mapping, labels, duplicates, scores, unsure, frozenset(chosen), remembered)


def _find_header(table: Table, choices: Choices) -> Header | None:
    """The header among the first 30 rows: the row, or pair of rows, whose columns read best.

    A pair covers forms with a heading merged over sub-headings ("Bí thư chi bộ" over "Họ và tên | Năm sinh").
    """
    best: Header | None = None
    rows = table.head(31)
    for index in range(min(30, len(rows))):
        top = rows[index]
        single = _read_header(index, dict(enumerate(top)), {c: read_header(v) for c, v in enumerate(top)}, choices)
        candidates = [single]
        if index + 1 < len(rows):
            below = rows[index + 1]
            pair = _read_pair(index + 1, top, below, choices)
            readings = {c: read_header(v) for c, v in enumerate(below)}
            alone = _read_header(index + 1, dict(enumerate(below)), readings, choices)
            if pair.score > max(single.score, alone.score):  # a pair only when it reads better than its rows alone
                candidates.append(pair)
        for header in candidates:
            if len(header.mapping) >= 2 and (best is None or header.score > best.score):
                best = header
    return best


def _read_pair(index: int, top: list[str], sub: list[str], choices: Choices) -> Header:
    """Two rows read as one header: a heading over its sub-headings ("Bí thư chi bộ / Họ và tên")."""
    labels: dict[int, str] = {}
    readings: dict[int, Reading | None] = {}
    for col in range(max(len(top), len(sub))):
        upper = top[col] if col < len(top) else ""
        lower = sub[col] if col < len(sub) else ""
        if not lower or fold(lower) == fold(upper):
            labels[col], readings[col] = upper, read_header(upper)
        elif not upper:
            labels[col], readings[col] = lower, read_header(lower)
        else:
            labels[col], readings[col] = f"{upper} / {lower}", read_pair(upper, lower)
    return _read_header(index, labels, readings, choices)


def _pick_table(tables: list[Table], choices: Choices) -> tuple[Table, Header] | None:
    """The sheet whose header names the most known columns (the first such sheet on a tie)."""
    best: tuple[Table, Header] | None = None
    for table in tables:
        found = _find_header(table, choices)
        if found and (best is None or found.score > best[1].score):
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


def _read_date(text: str) -> tuple[date | None, str | None]:
    """A date written 30/09/2019, 2019-09-30 or "30 tháng 9 năm 2019", or the text of one that cannot be."""
    for pattern, order, source in (
        (_DATE, (2, 1, 0), text),
        (_ISO_DATE, (0, 1, 2), text),
        (_WORDS_DATE, (2, 1, 0), fold(text)),
    ):
        match = pattern.search(source)
        if match:
            parts = [int(g) for g in match.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]]), None
            except ValueError:
                return None, match.group(0)
    return None, None


def _parse_date(text: str) -> date | None:
    """A date written 30/09/2019, 2019-09-30 or "30 tháng 9 năm 2019"."""
    return _read_date(text)[0]


def _title_texts(table: Table, header_index: int) -> list[str]:
    """The title rows above the header that say an as-of date ("Số liệu đến ngày …", "as of …")."""
    texts = [" ".join(r) for r in table.head(header_index)]
    return [text for text in texts if _AS_OF.search(fold(text))]


def title_date(table: Table, header_index: int) -> date | None:
    """The date a title row above the header gives ("Số liệu đến ngày 30/09/2019", "as of …")."""
    for text in _title_texts(table, header_index):
        found = _parse_date(text)
        if found:
            return found
    return None


def impossible_date(table: Table, header_index: int, file_name: str) -> str | None:
    """A date the title or the file name writes that no calendar has ("31/02/2019"), as written; None if none."""
    for text in [*_title_texts(table, header_index), file_name]:
        found, impossible = _read_date(text)
        if found:
            return None
        if impossible:
            return impossible
    return None


def file_date(file_name: str) -> date | None:
    """The date a file's name gives ("roster_2019-09-30.csv")."""
    match = _ISO_DATE.search(file_name)
    return _parse_date(match.group(0)) if match else None
