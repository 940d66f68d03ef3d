"""Reading an upload, stage by stage: bytes to tables, the table recognised, rows by granularity, the snapshot."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from lib.core.model import Checked, Granularity, Problem, Snapshot
from lib.core.model import error as _error
from lib.core.model import warning as _warning
from lib.core.normalize import fold
from lib.core.schema import READ_LIMITS
from lib.ingest.body import Body, body_rows
from lib.ingest.checks import check_uncomputed
from lib.ingest.controls import check_controls, without_controls
from lib.ingest.encodings import shown_lines
from lib.ingest.hamlet_rows import hamlet_rows
from lib.ingest.header import (
    Choices,
    FoundColumn,
    Layout,
    file_date,
    found_columns,
    impossible_date,
    recognise,
    title_date,
)
from lib.ingest.limits import FileProblem, Limits
from lib.ingest.matching import UnitMatcher
from lib.ingest.officer_rows import officer_hamlets, officer_rows
from lib.ingest.snapshot import Rows, complete_hamlets, covered_wards, snapshot
from lib.ingest.table import UnreadableFile, mislabelled, read_tables
from lib.ingest.ward_rows import ward_rows


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
    columns_found: list[FoundColumn] = field(default_factory=list)  # the header's columns, read or not
    fields_missing: list[str] = field(default_factory=list)
    signature: str | None = None  # the header's layout, under which a mapping chosen for it is remembered
    columns_chosen: dict[str, str] = field(default_factory=dict)  # header -> field, as people chose them
    mapping_used: int | None = None  # the remembered mapping applied, if any
    wards_covered: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.snapshot is not None and not self.errors

    @property
    def wards_missing(self) -> tuple[str, ...]:
        """The wards of the master a file with figures for some wards gives none for (empty for a complete file)."""
        if self.snapshot is None or not self.wards_covered:
            return ()
        covered = set(self.wards_covered)
        return tuple(str(c) for c in pd.unique(self.snapshot.units["ward_code"]) if c not in covered)

    @property
    def partial(self) -> bool:
        """Whether the file covers only some wards of the master (a ward's own report): it needs a scope."""
        return bool(self.wards_missing)


def parse_bytes(
    data: bytes,
    file_name: str,
    units: pd.DataFrame,
    as_of: date | None = None,
    limits: Limits = READ_LIMITS,
    choices: Choices | None = None,
    on_table: Callable[[], None] | None = None,
) -> Parsed:
    """Read and check a file; the snapshot is set only when there is no error.

    `limits` bound what the file may expand to: the callers pass the read limits in force (the settings).
    `choices` say what columns hold where people said so (this time, or remembered for a header layout).
    `on_table` is called once the file's table is read and recognised, before its rows are (the CLI then starts
    packing the file for the store on the other core, which Arrow no longer needs).
    """
    parsed = Parsed()
    layout = _recognise(data, file_name, parsed, limits, choices or Choices())
    if layout is None:
        return parsed
    if on_table is not None:
        on_table()
    titled = as_of or title_date(layout.table, layout.header.index)
    when = titled or file_date(file_name)
    body = body_rows(layout.table, layout.header.index, layout.mapping, layout.granularity)
    parsed.preview = layout.preview(body.positions)
    check_uncomputed(layout.table, body, layout.mapping, layout.headers, parsed.problems)
    labels = {c: layout.headers[f] for c, f in layout.mapping.items()}
    check_controls(layout.table, set(body.numbers.tolist()), labels, parsed.problems)
    rows = _rows(layout, body, units, parsed.problems)
    if not len(body):
        parsed.problems.append(_error("no_rows", parsed.header_row))
    impossible = None if titled else impossible_date(layout.table, layout.header.index, file_name)
    if impossible:
        parsed.problems.append(_error("impossible_date", None, None, value=impossible))
    elif when is None:
        parsed.problems.append(_error("no_date"))
    if parsed.errors or rows is None or when is None:
        return parsed
    parsed.snapshot = snapshot(data, file_name, when, layout.granularity, units, rows)
    parsed.wards_covered = rows.covered
    return parsed


def _recognise(data: bytes, file_name: str, parsed: Parsed, limits: Limits, choices: Choices) -> Layout | None:
    """The file's tables read and the one with a header recognised (noted in `parsed`); None after an error."""
    extension = mislabelled(file_name, data)
    if extension:
        parsed.problems.append(_error("wrong_type", None, None, extension=extension))
        return None
    try:
        tables = read_tables(data, limits)
    except FileProblem as exc:
        parsed.problems.append(exc.problem)
        return None
    except UnreadableFile as exc:
        parsed.problems.append(_error("empty_file" if str(exc) == "empty" else "unreadable_file"))
        return None
    parsed.encoding = tables[0].encoding
    if tables[0].recoded:
        recoded = tables[0].recoded
        parsed.problems.append(_warning("recoded_lines", None, None, lines=shown_lines(recoded), count=len(recoded)))
    layout = recognise([without_controls(t) for t in tables], choices)
    if layout is None:
        parsed.problems.append(_error("no_table"))
        return None
    parsed.sheet, parsed.header_row, parsed.granularity = layout.table.sheet, layout.header_row, layout.granularity
    _note_columns(layout, choices, parsed)
    if layout.missing:
        parsed.problems.append(_error("missing_columns", parsed.header_row, None, columns=layout.missing))
        return None
    return None if parsed.errors else layout


def _note_columns(layout: Layout, choices: Choices, parsed: Parsed) -> None:
    """What the header's columns were read as, and the problems of reading them, noted in `parsed`."""
    header = layout.header
    parsed.columns_found, parsed.fields_missing = found_columns(layout), list(layout.missing)
    parsed.signature, parsed.mapping_used = header.signature, header.remembered
    parsed.columns_chosen = {header.labels[c]: layout.mapping[c] for c in sorted(header.chosen) if c in layout.mapping}
    for label in header.duplicates:
        parsed.problems.append(_warning("duplicate_column", parsed.header_row, label))
    for col, read_as in sorted(header.unsure.items()):
        parsed.problems.append(_warning("header_unsure", parsed.header_row, header.labels[col], field=read_as))
    known = {fold(label) for label in header.labels.values()}
    for given in choices.given:
        if fold(given) not in known:
            names = [f.header for f in parsed.columns_found if f.header]
            parsed.problems.append(_error("unknown_header", parsed.header_row, None, value=given, headers=names))


def _rows(layout: Layout, body: Body, units: pd.DataFrame, problems: list[Problem]) -> Rows | None:
    """The rows of the file's granularity, matched to the master and completed; None when an error was found."""
    matcher = UnitMatcher(units)
    if layout.granularity == "ward":
        counts = ward_rows(body, layout.headers, matcher, units, problems)
        return None if counts is None else Rows(None, counts, covered=covered_wards(units, counts.index))
    officers = None
    if layout.granularity == "officer":
        officers = officer_rows(body, layout.headers, matcher, problems)
        if officers is None:
            return None
        if officers.empty:  # every row a vacancy: no person to count
            body.clear()
        found: pd.DataFrame | None = officer_hamlets(officers, layout.headers, units, problems)
    else:
        found = hamlet_rows(body, layout.headers, matcher, problems)
    hamlets = None if found is None else complete_hamlets(found, body, layout.headers, units, problems)
    if hamlets is None or found is None:
        return None
    return Rows.of_hamlets(hamlets, officers, covered_wards(units, found["ward_code"]))
