"""Revision 0001: the store as the code of commit b864a19 (30/11/2026) made it, a store from before brought to it."""

# Idempotent: a table or column such a store lacks (it was made before it) is added, nothing present is touched.

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

T, N, B = sa.Text, sa.Integer, sa.LargeBinary  # text, number, bytes
_OLD = sa.MetaData()


def _table(name: str, *columns: sa.Column | sa.Index | sa.PrimaryKeyConstraint) -> None:
    sa.Table(name, _OLD, *columns)


def _c(name: str, kind: type, nullable: bool = False, **kw: Any) -> sa.Column:
    return sa.Column(name, kind, nullable=nullable, **kw)


_table("meta", _c("key", T, primary_key=True), _c("value", T))
_table("files", _c("sha256", T, primary_key=True), _c("size", N), _c("bytes", B), _c("compression", T, True))
_table(
    "snapshots",
    _c("id", N, primary_key=True),
    *(_c(n, T) for n in ("as_of", "uploaded_at", "uploaded_by", "file_name")),
    sa.Column("sha256", T, sa.ForeignKey("files.sha256"), nullable=False, unique=True),
    _c("granularity", T),
    _c("encoding", T, True),
    _c("header_row", N, True),
    _c("sheet", T, True),
    *(_c(n, N) for n in ("data_rows", "hamlets", "concurrent")),
    _c("warnings", T),
    _c("illustrative", N),
    _c("source", T),
    _c("source_en", T),
)
_table(
    "snapshot_wards",
    sa.Column("snapshot_id", N, sa.ForeignKey("snapshots.id"), primary_key=True),
    _c("ward_code", T, primary_key=True),
    _c("concurrent", N),
    _c("as_of", T, True),
)
_table(
    "snapshot_hamlets",
    sa.Column("snapshot_id", N, sa.ForeignKey("snapshots.id"), primary_key=True),
    _c("hamlet_code", T, primary_key=True),
    *(_c(n, T) for n in ("ward_code", "secretary", "head")),
    _c("concurrent", N),
    _c("head_party_member", N, True),
    _c("reason", T),
    _c("note", T),
    _c("source_row", N, True),
)
_table(
    "snapshot_officers",
    sa.Column("snapshot_id", N, sa.ForeignKey("snapshots.id"), nullable=False),
    _c("source_row", N),
    *(_c(n, T) for n in ("ward_code", "hamlet_code", "position", "positions", "full_name")),
    _c("birth_year", N, True),
    _c("party_member", N),
    _c("person_code", T),
    _c("person", T),
)
_table(
    "snapshot_officer_files",
    sa.Column("snapshot_id", N, sa.ForeignKey("snapshots.id"), primary_key=True, autoincrement=False),
    _c("rows", N),
    _c("format", T),
    _c("bytes", B),
)
_table(
    "scenarios",
    _c("id", N, primary_key=True),
    *(_c(n, T) for n in ("name", "created_at", "user")),
    _c("snapshot_id", N),
    _c("items", T),
)
_table(
    "column_mappings",
    _c("id", N, primary_key=True),
    _c("signature", T, unique=True),
    *(_c(n, T) for n in ("columns", "saved_at", "saved_by")),
)
_table("users", _c("name", T, primary_key=True), *(_c(n, T) for n in ("role", "password_hash", "created_at")))
_table("login_failures", _c("name", T), _c("at", T))
_table(
    "sessions",
    _c("token_hash", T, primary_key=True),
    *(_c(n, T) for n in ("user", "role", "kind", "created_at", "last_seen")),
    _c("ended_at", T, True),
    _c("ended_why", T, True),
    sa.Index("sessions_user", "user"),
)
_table("settings", _c("key", T, primary_key=True), _c("value", T))
_table(
    "events",
    _c("id", N, primary_key=True, autoincrement=False),
    *(_c(n, T) for n in ("at", "user", "action", "detail")),
    _c("prev_hash", T, True),
    _c("hash", T, True),
)
_table(
    "units_masters",
    _c("id", N, primary_key=True),
    _c("created_at", T),
    _c("created_by", T),
    _c("file_name", T),
    sa.Column("sha256", T, sa.ForeignKey("files.sha256"), nullable=False),
    _c("digest", T),
    _c("wards", N),
    _c("hamlets", N),
    _c("columns", T),
    _c("parquet", B, True),
    _c("effective", T, True),
)
_table(
    "units_master_rows",
    sa.Column("master_id", N, sa.ForeignKey("units_masters.id"), primary_key=True),
    _c("position", N, primary_key=True, autoincrement=False),
    *(_c(n, T) for n in ("ward_code", "ward", "ward_kind", "hamlet_code", "hamlet", "hamlet_kind")),
    *(_c(n, T, True) for n in ("name_source", "district_code", "district", "province_code", "province")),
)
_table(
    "units_crosswalks",
    sa.Column("master_id", N, sa.ForeignKey("units_masters.id"), primary_key=True),
    _c("previous_id", N),
    _c("position", N, primary_key=True, autoincrement=False),
    *(_c(n, T) for n in ("level", "from_code", "from_name", "to_code", "to_name", "change", "source")),
    _c("verified", N),
)
_table(
    "account_flags",
    _c("name", T, primary_key=True),
    _c("disabled", N, server_default="0"),
    _c("must_change", N, server_default="0"),
)
_table("login_windows", _c("name", T, primary_key=True), _c("started", T), _c("attempts", N), _c("audited", N))

# columns added to tables after they were first made (an older store lacks them): table, column, type
_LATER_COLUMNS = (
    ("snapshot_wards", "as_of"),
    ("units_masters", "effective"),
    ("files", "compression"),
    ("events", "prev_hash"),
    ("events", "hash"),
)
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS events_append_only_delete BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)


def upgrade() -> None:
    bind = op.get_bind()
    _OLD.create_all(bind, checkfirst=True)
    inspector = sa.inspect(bind)
    for table, column in _LATER_COLUMNS:
        if column not in {c["name"] for c in inspector.get_columns(table)}:
            with op.batch_alter_table(table) as batch:
                batch.add_column(sa.Column(column, sa.Text, nullable=True))
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
    else:  # the same guard as a PostgreSQL trigger function (a store of revision 0001 exists on SQLite only)
        from lib.store.schema import POSTGRES_TRIGGERS

        for statement in POSTGRES_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a store is never downgraded: restore the copy kept before the upgrade")
