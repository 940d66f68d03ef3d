"""Saved scenarios: plans of which hamlets become concurrent and when (plans, never recorded data)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lib.store.audit import _event
from lib.store.db import StoreError, _now, _reading, _writing


@dataclass(frozen=True)
class Scenario:
    """A saved plan: which hamlets are expected to become concurrent, and in which month."""

    id: int
    name: str
    created_at: str
    user: str
    snapshot_id: int
    items: dict[str, date]


def save_scenario(data_dir: Path, name: str, snapshot_id: int, items: dict[str, date], user: str) -> int:
    """Keep a plan under a name; the recorded snapshots are not touched."""
    with _writing(data_dir) as conn:
        cursor = conn.execute(
            "INSERT INTO scenarios (id, name, created_at, user_name, snapshot_id, items) VALUES (?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            (
                conn.next_id("scenarios"),
                name.strip(),
                _now(),
                user,
                snapshot_id,
                json.dumps({code: month.isoformat() for code, month in items.items()}),
            ),
        )
        new_id = int(cursor.scalar_one())
        _event(conn, user, "scenario_save", {"scenario": new_id, "name": name.strip(), "hamlets": len(items)})
    return new_id


def scenarios(data_dir: Path) -> list[Scenario]:
    """Saved plans, newest first."""
    with _reading(data_dir) as conn:
        if conn is None:
            return []
        rows = conn.execute(
            "SELECT id, name, created_at, user_name, snapshot_id, items FROM scenarios ORDER BY id DESC"
        ).fetchall()
    return [
        Scenario(
            int(r[0]),
            r[1],
            r[2],
            r[3],
            int(r[4]),
            {code: date.fromisoformat(month) for code, month in json.loads(r[5]).items()},
        )
        for r in rows
    ]


def delete_scenario(data_dir: Path, scenario_id: int, user: str) -> None:
    """Remove a saved plan (plans are not recorded data; the deletion is kept in the audit trail)."""
    with _writing(data_dir) as conn:
        found = conn.execute("SELECT name FROM scenarios WHERE id = ?", (scenario_id,)).fetchone()
        if found is None:
            raise StoreError("unknown_scenario", id=scenario_id)
        conn.execute("DELETE FROM scenarios WHERE id = ?", (scenario_id,))
        _event(conn, user, "scenario_delete", {"scenario": scenario_id, "name": found[0]})
