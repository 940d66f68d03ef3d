"""Reading what people send: tables and their headers, rows per granularity, units masters, matching names."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lib.ingest.embedded import default_snapshot, default_units
    from lib.ingest.matching import Match, UnitMatcher
    from lib.ingest.officers import HEAD, SECRETARY
    from lib.ingest.roster import Parsed, parse_bytes
    from lib.ingest.table import Table, UnreadableFile, read_tables
    from lib.ingest.units import (
        MasterCounts,
        MasterDiff,
        UnitsError,
        UnitsRead,
        check_units,
        count_orphans,
        digest,
        master_counts,
        master_diff,
        parse_units,
        read_units,
        ward_table,
    )

# Where each name lives; loaded when first named, so that a command can read its file before pandas loads.
_HOMES = {
    "lib.ingest.embedded": ("default_snapshot", "default_units"),
    "lib.ingest.matching": ("Match", "UnitMatcher"),
    "lib.ingest.officers": ("HEAD", "SECRETARY"),
    "lib.ingest.roster": ("Parsed", "parse_bytes"),
    "lib.ingest.table": ("Table", "UnreadableFile", "read_tables"),
    "lib.ingest.units": (
        "MasterCounts",
        "MasterDiff",
        "UnitsError",
        "UnitsRead",
        "check_units",
        "count_orphans",
        "digest",
        "master_counts",
        "master_diff",
        "parse_units",
        "read_units",
        "ward_table",
    ),
}
_HOME = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "HEAD",
    "SECRETARY",
    "MasterCounts",
    "MasterDiff",
    "Match",
    "Parsed",
    "Table",
    "UnitMatcher",
    "UnitsError",
    "UnitsRead",
    "UnreadableFile",
    "check_units",
    "count_orphans",
    "default_snapshot",
    "default_units",
    "digest",
    "master_counts",
    "master_diff",
    "parse_bytes",
    "parse_units",
    "read_tables",
    "read_units",
    "ward_table",
]


def __getattr__(name: str) -> Any:
    """A re-exported name, its module imported now."""
    if name in _HOME:
        return getattr(import_module(_HOME[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
