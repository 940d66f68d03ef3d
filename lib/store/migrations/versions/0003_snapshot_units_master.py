"""Revision 0003: each snapshot names the units master it was checked against (0: the embedded one)."""

# Filled for the stored ones from the audit trail where it tells: the latest master whose `units_import` event comes
# before the snapshot's `import` event (a master and a snapshot stored in the same second are told apart); else from
# the timestamps, the latest master stored no later than the snapshot.

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if "units_master_id" not in {column["name"] for column in sa.inspect(bind).get_columns("snapshots")}:
        with op.batch_alter_table("snapshots") as batch:
            batch.add_column(sa.Column("units_master_id", sa.Integer, nullable=True))
    pending = bind.execute(sa.text("SELECT id, uploaded_at FROM snapshots WHERE units_master_id IS NULL")).fetchall()
    if not pending:
        return
    masters, imports = _from_events(bind)
    for snapshot_id, uploaded_at in pending:
        if snapshot_id == 1:  # the embedded baseline
            master = 0
        elif snapshot_id in imports:
            master = max((m for event, m in masters if event < imports[snapshot_id]), default=0)
        else:
            found = bind.execute(
                sa.text("SELECT MAX(id) FROM units_masters WHERE created_at <= :at"), {"at": uploaded_at}
            ).scalar()
            master = int(found or 0)
        bind.execute(
            sa.text("UPDATE snapshots SET units_master_id = :m WHERE id = :s"), {"m": master, "s": snapshot_id}
        )


def _from_events(bind: sa.Connection) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """(event id, master id) of each units_import, and snapshot id -> the event id of its import."""
    masters: list[tuple[int, int]] = []
    imports: dict[int, int] = {}
    rows = bind.execute(
        sa.text("SELECT id, action, detail FROM events WHERE action IN ('import', 'units_import') ORDER BY id")
    )
    for event, action, detail in rows:
        try:
            data = json.loads(detail)
        except ValueError:
            continue
        key = "units_master" if action == "units_import" else "snapshot"
        if isinstance(data, dict) and isinstance(data.get(key), int):
            if action == "units_import":
                masters.append((int(event), data[key]))
            else:
                imports[data[key]] = int(event)
    return masters, imports


def downgrade() -> None:
    raise NotImplementedError("a store is never downgraded: restore the copy kept before the upgrade")
