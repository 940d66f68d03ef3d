"""Column mappings people chose for a header layout, kept so that the next file laid out alike needs no question."""

from __future__ import annotations

import json
from pathlib import Path

from lib.core.model import ColumnMapping
from lib.store.audit import _event
from lib.store.db import StoreError, _now, _reading, _writing


def save_mapping(data_dir: Path, mapping: ColumnMapping, user: str) -> int:
    """Keep (or replace) the mapping of a header layout; audited. Its id."""
    columns = json.dumps(mapping.columns, ensure_ascii=False, sort_keys=True)
    with _writing(data_dir) as conn:
        conn.execute(
            "INSERT INTO column_mappings (id, signature, columns, saved_at, saved_by) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (signature) DO UPDATE SET columns = excluded.columns, saved_at = excluded.saved_at, "
            "saved_by = excluded.saved_by",
            (conn.next_id("column_mappings"), mapping.signature, columns, _now(), user),
        )
        found = conn.execute("SELECT id FROM column_mappings WHERE signature = ?", (mapping.signature,)).fetchone()
        new_id = int(found[0])
        _event(conn, user, "mapping_save", {"mapping": new_id, "columns": mapping.columns})
    return new_id


def mappings(data_dir: Path) -> list[ColumnMapping]:
    """The remembered mappings, newest first."""
    with _reading(data_dir) as conn:
        if conn is None:
            return []
        rows = conn.execute(
            "SELECT id, signature, columns, saved_at, saved_by FROM column_mappings ORDER BY id DESC"
        ).fetchall()
    return [ColumnMapping(r[1], json.loads(r[2]), int(r[0]), r[3], r[4]) for r in rows]


def delete_mapping(data_dir: Path, mapping_id: int, user: str) -> None:
    """Forget a remembered mapping: the next file with that layout asks again; audited."""
    with _writing(data_dir) as conn:
        found = conn.execute("SELECT columns FROM column_mappings WHERE id = ?", (mapping_id,)).fetchone()
        if found is None:
            raise StoreError("unknown_mapping", id=mapping_id)
        conn.execute("DELETE FROM column_mappings WHERE id = ?", (mapping_id,))
        _event(conn, user, "mapping_delete", {"mapping": mapping_id, "columns": json.loads(found[0])})
