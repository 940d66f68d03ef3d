"""Revision 0002: the columns named `user` (reserved in PostgreSQL) become `user_name` (scenarios, sessions, events)."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS events_append_only_delete BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if "sessions_user" in {index["name"] for index in inspector.get_indexes("sessions")}:
        op.drop_index("sessions_user", table_name="sessions")
    for table in ("scenarios", "sessions", "events"):
        if "user" in {column["name"] for column in inspector.get_columns(table)}:
            with op.batch_alter_table(table) as batch:  # SQLite: the table copied under the new column name
                batch.alter_column("user", new_column_name="user_name")
    if "sessions_user_name" not in {index["name"] for index in inspector.get_indexes("sessions")}:
        op.create_index("sessions_user_name", "sessions", ["user_name"])
    if op.get_bind().dialect.name == "sqlite":  # the copy of events was made without the append-only triggers
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a store is never downgraded: restore the copy kept before the upgrade")
