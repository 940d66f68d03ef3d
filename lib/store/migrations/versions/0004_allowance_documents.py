"""Revision 0004: the allowance model moves into the store (it was allowance.json in the data folder)."""

# The file itself is taken in by lib.store.allowance when the store is next read, not here: a migration knows the
# database, not the data folder of each server.

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "allowance_documents" not in sa.inspect(op.get_bind()).get_table_names():
        op.create_table(
            "allowance_documents",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
            sa.Column("saved_at", sa.Text, nullable=False),
            sa.Column("saved_by", sa.Text, nullable=False),
            sa.Column("origin", sa.Text, nullable=False),
            sa.Column("document", sa.Text, nullable=False),
        )


def downgrade() -> None:
    raise NotImplementedError("a store is never downgraded: restore the copy kept before the upgrade")
