"""Reading what people send: tables and their headers, rows per granularity, units masters, matching names."""

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
