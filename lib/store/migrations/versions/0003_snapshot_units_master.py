"""Revision 0003: each snapshot names the units master it was checked against (0: the embedded one)."""

# Filled for the stored ones with what lib.store.crosswalks.snapshot_master inferred before: the latest master stored
# no later than the snapshot (to the second).

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "units_master_id" not in {column["name"] for column in sa.inspect(op.get_bind()).get_columns("snapshots")}:
        with op.batch_alter_table("snapshots") as batch:
            batch.add_column(sa.Column("units_master_id", sa.Integer, nullable=True))
    op.execute(
        "UPDATE snapshots SET units_master_id = COALESCE((SELECT MAX(m.id) FROM units_masters m "
        "WHERE m.created_at <= snapshots.uploaded_at), 0) WHERE units_master_id IS NULL"
    )
    op.execute("UPDATE snapshots SET units_master_id = 0 WHERE id = 1")  # the embedded baseline


def downgrade() -> None:
    raise NotImplementedError("a store is never downgraded: restore the copy kept before the upgrade")
