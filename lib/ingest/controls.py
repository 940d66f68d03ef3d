"""Control characters in cells: removed from a table's text, and each removal a warning that names row and column."""

from __future__ import annotations

import dataclasses

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lib.core.model import Problem
from lib.core.model import warning as _warning
from lib.ingest.control_bytes import CONTROLS
from lib.ingest.table import Table

SHOWN = 20  # warnings named one by one; the rest are counted in one more


def without_controls(table: Table) -> Table:
    """The table with control characters removed from every cell; `cleaned` notes where (row number, column).

    A table whose reader found none on the file's bytes (`no_controls`) is returned as it is, without a pass.
    """
    if table.no_controls:
        return table
    columns = list(table.columns)
    cleaned: set[tuple[int, int]] = set()
    for index, values in enumerate(columns):
        found = pc.match_substring_regex(values, CONTROLS)
        if not pc.any(found).as_py():
            continue
        rows = np.flatnonzero(found.to_numpy(zero_copy_only=False))
        cleaned |= {(int(table.numbers[r]), index) for r in rows if r < len(table.numbers)}
        columns[index] = _tidy(pc.replace_substring_regex(values, CONTROLS, ""))
    if not cleaned:
        return table
    return dataclasses.replace(table, columns=tuple(columns), cleaned=frozenset(cleaned))


def _tidy(values: pa.Array) -> pa.Array:
    """Spaces as before the removal: one between words, none at the ends."""
    return pc.utf8_trim(pc.replace_substring_regex(values, " {2,}", " "), " ")


def check_controls(table: Table, rows: set[int], labels: dict[int, str], problems: list[Problem]) -> None:
    """A warning for each cell of `rows` and the labelled columns that had control characters removed."""
    found = sorted((row, col) for row, col in table.cleaned if row in rows and col in labels)
    for row, col in found[:SHOWN]:
        problems.append(_warning("control_characters", row, labels[col]))
    if len(found) > SHOWN:
        problems.append(_warning("control_characters_more", None, None, count=len(found) - SHOWN))
