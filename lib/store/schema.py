"""The store's tables at the newest migration, declared once for both engines; ids given by the store."""

# Ids are given by the store (Conn.next_id: the highest plus one, under the write lock), as SQLite gives them, on
# PostgreSQL too: no sequence, so no gap after a rolled-back write.

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, MetaData, Table, Text

metadata = MetaData()


def _text(name: str, nullable: bool = False, **kw: object) -> Column[str]:
    return Column(name, Text, nullable=nullable, **kw)  # type: ignore[arg-type]


def _int(name: str, nullable: bool = False, **kw: object) -> Column[int]:
    return Column(name, Integer, nullable=nullable, **kw)  # type: ignore[arg-type]


meta = Table("meta", metadata, _text("key", primary_key=True), _text("value"))
files = Table(
    "files",
    metadata,
    _text("sha256", primary_key=True),
    _int("size"),
    Column("bytes", LargeBinary, nullable=False),
    _text("compression", True),
)
snapshots = Table(
    "snapshots",
    metadata,
    _int("id", primary_key=True, autoincrement=False),
    _text("as_of"),
    _text("uploaded_at"),
    _text("uploaded_by"),
    _text("file_name"),
    Column("sha256", Text, ForeignKey("files.sha256"), nullable=False, unique=True),
    _text("granularity"),
    _text("encoding", True),
    _int("header_row", True),
    _text("sheet", True),
    _int("data_rows"),
    _int("hamlets"),
    _int("concurrent"),
    _text("warnings"),
    _int("illustrative"),
    _text("source"),
    _text("source_en"),
    _int("units_master_id", True),  # the master it was checked against (0: the embedded one)
)
snapshot_wards = Table(
    "snapshot_wards",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id"), primary_key=True),
    _text("ward_code", primary_key=True),
    _int("concurrent"),
    _text("as_of", True),
)
snapshot_hamlets = Table(
    "snapshot_hamlets",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id"), primary_key=True),
    _text("hamlet_code", primary_key=True),
    _text("ward_code"),
    _text("secretary"),
    _text("head"),
    _int("concurrent"),
    _int("head_party_member", True),
    _text("reason"),
    _text("note"),
    _int("source_row", True),
)
snapshot_officers = Table(  # officers as stored before they were kept as one Parquet file
    "snapshot_officers",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id"), nullable=False),
    _int("source_row"),
    *(_text(name) for name in ("ward_code", "hamlet_code", "position", "positions", "full_name")),
    _int("birth_year", True),
    _int("party_member"),
    _text("person_code"),
    _text("person"),
)
snapshot_officer_files = Table(
    "snapshot_officer_files",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id"), primary_key=True, autoincrement=False),
    _int("rows"),
    _text("format"),
    Column("bytes", LargeBinary, nullable=False),
)
scenarios = Table(
    "scenarios",
    metadata,
    _int("id", primary_key=True, autoincrement=False),
    _text("name"),
    _text("created_at"),
    _text("user_name"),
    _int("snapshot_id"),
    _text("items"),
)
column_mappings = Table(
    "column_mappings",
    metadata,
    _int("id", primary_key=True, autoincrement=False),
    _text("signature", unique=True),
    _text("columns"),
    _text("saved_at"),
    _text("saved_by"),
)
users = Table(
    "users", metadata, _text("name", primary_key=True), _text("role"), _text("password_hash"), _text("created_at")
)
login_failures = Table("login_failures", metadata, _text("name"), _text("at"))
sessions = Table(
    "sessions",
    metadata,
    _text("token_hash", primary_key=True),
    _text("user_name"),
    _text("role"),
    _text("kind"),
    _text("created_at"),
    _text("last_seen"),
    _text("ended_at", True),
    _text("ended_why", True),
    Index("sessions_user_name", "user_name"),
)
settings = Table("settings", metadata, _text("key", primary_key=True), _text("value"))
events = Table(  # append-only (triggers on both engines); ids given by the chain, no sequence
    "events",
    metadata,
    _int("id", primary_key=True, autoincrement=False),
    _text("at"),
    _text("user_name"),
    _text("action"),
    _text("detail"),
    _text("prev_hash", True),
    _text("hash", True),
)
units_masters = Table(
    "units_masters",
    metadata,
    _int("id", primary_key=True, autoincrement=False),
    _text("created_at"),
    _text("created_by"),
    _text("file_name"),
    Column("sha256", Text, ForeignKey("files.sha256"), nullable=False),
    _text("digest"),
    _int("wards"),
    _int("hamlets"),
    _text("columns"),
    Column("parquet", LargeBinary, nullable=True),
    _text("effective", True),
)
_UNIT_TEXT = ("ward_code", "ward", "ward_kind", "hamlet_code", "hamlet", "hamlet_kind")
_UPPER = ("name_source", "district_code", "district", "province_code", "province")
units_master_rows = Table(
    "units_master_rows",
    metadata,
    Column("master_id", Integer, ForeignKey("units_masters.id"), primary_key=True),
    _int("position", primary_key=True, autoincrement=False),
    *(_text(name) for name in _UNIT_TEXT),
    *(_text(name, True) for name in _UPPER),
)
# how each unit of master `previous_id` (0: the embedded master) maps to one of `master_id`
units_crosswalks = Table(
    "units_crosswalks",
    metadata,
    Column("master_id", Integer, ForeignKey("units_masters.id"), primary_key=True),
    _int("previous_id"),
    _int("position", primary_key=True, autoincrement=False),
    *(_text(name) for name in ("level", "from_code", "from_name", "to_code", "to_name", "change", "source")),
    _int("verified"),
)
allowance_documents = Table(  # the allowance model: every saved document kept, the latest in force
    "allowance_documents",
    metadata,
    _int("id", primary_key=True, autoincrement=False),
    _text("saved_at"),
    _text("saved_by"),
    _text("origin"),  # "app": saved on the staffing page; "file": an allowance.json taken in from the data folder
    _text("document"),  # the JSON text, as saved
)
account_flags = Table(
    "account_flags",
    metadata,
    _text("name", primary_key=True),
    _int("disabled", server_default="0"),
    _int("must_change", server_default="0"),
)
# one row per normalised login name with failures in its window, whatever was typed; expired rows are deleted
login_windows = Table(
    "login_windows", metadata, _text("name", primary_key=True), _text("started"), _int("attempts"), _int("audited")
)

# The audit trail is append-only in the database itself: an UPDATE or DELETE of an event is refused.
APPEND_ONLY = "the audit trail is append-only"
SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    "CREATE TRIGGER IF NOT EXISTS events_append_only_delete BEFORE DELETE ON events "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
)
POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$",
    "DROP TRIGGER IF EXISTS events_append_only ON events",
    "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
    "FOR EACH ROW EXECUTE FUNCTION events_append_only()",
    "DROP TRIGGER IF EXISTS events_no_truncate ON events",
    "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
    "FOR EACH STATEMENT EXECUTE FUNCTION events_append_only()",
)


# how many of those triggers are on the events table (both engines: 2)
TRIGGERS_PRESENT = {
    "sqlite": "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'",
    "postgresql": "SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = 'events'::regclass AND NOT tgisinternal",
}


def triggers(dialect: str) -> tuple[str, ...]:
    """The statements that make the audit trail append-only on this engine."""
    return SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRES_TRIGGERS
