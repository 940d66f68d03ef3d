"""The in-memory model: goals, problems found in input, and a snapshot of the roster."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pandas loads with the first snapshot: a command may begin reading its file before (lib.cli.main)
    import pandas as pd

Severity = Literal["error", "warning"]
Granularity = Literal["officer", "hamlet", "ward"]


@dataclass(frozen=True)
class Goal:
    """A milestone: at least target_pct % of hamlets concurrent by the deadline."""

    deadline: date
    target_pct: float


@dataclass(frozen=True)
class Problem:
    """One finding about an input file: where it is (row as the user sees it, column header) and what."""

    severity: Severity
    code: str
    row: int | None = None
    column: str | None = None
    params: dict[str, object] = field(default_factory=dict)


class Checked:
    """A file read and checked (an upload, a units master): its problems, split into errors and warnings."""

    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def error(code: str, row: int | None = None, column: str | None = None, **params: object) -> Problem:
    return Problem("error", code, row, column, params)


def warning(code: str, row: int | None = None, column: str | None = None, **params: object) -> Problem:
    return Problem("warning", code, row, column, params)


@dataclass(frozen=True)
class Snapshot:
    """The state of the roster on one date.

    `hamlets` has one row per hamlet of the master (columns: hamlet_code, ward_code, secretary, head,
    concurrent, head_party_member, reason, note) or is None for a ward-level summary; `ward_counts` has one
    row per ward of the master (code, concurrent) whatever the granularity; `officers` has one row per person
    and position when the source was an officer roster. `ward_as_of` names the wards whose figures are of another
    date than `as_of` (carried forward from an earlier snapshot by a ward-by-ward file), with that date.
    """

    id: str
    as_of: date
    granularity: Granularity
    units: pd.DataFrame
    ward_counts: pd.DataFrame
    hamlets: pd.DataFrame | None
    officers: pd.DataFrame | None = None
    illustrative: bool = False
    source: str = ""
    source_en: str = ""
    ward_as_of: dict[str, date] = field(default_factory=dict)

    def ward_dates(self) -> pd.Series:
        """The date of each ward's figures, by ward code in the order of `ward_counts`."""
        import pandas as pd

        codes = self.ward_counts["code"].astype(str)
        dates = [self.ward_as_of.get(code, self.as_of) for code in codes] if self.ward_as_of else self.as_of
        return pd.Series(dates, index=codes.to_numpy(), dtype=object)

    def source_in(self, lang: str) -> str:
        return self.source_en if lang == "en" and self.source_en else self.source


@dataclass(frozen=True)
class ColumnMapping:
    """Which field a person said each column holds, for files whose header row reads `signature`."""

    signature: str  # the header's labels, folded, joined by " | "
    columns: dict[str, str]  # a column's header as the file writes it -> the field it holds
    id: int | None = None
    saved_at: str = ""
    saved_by: str = ""
