"""The audit trail: one row per change, appended in the change's own transaction, never updated or deleted."""

from __future__ import annotations

import json
from pathlib import Path

from lib.store.chain import ChainCheck, append, verify
from lib.store.db import _now, _reading, _writing
from lib.store.engine import Conn


def _event(conn: Conn, user: str, action: str, detail: dict[str, object]) -> None:
    """Append one row to the audit trail (never updated or deleted), linked to the one before by its hash."""
    append(conn, _now(), user, action, json.dumps(detail, ensure_ascii=False, default=str))


def record(data_dir: Path, user: str, action: str, detail: dict[str, object]) -> None:
    """One event in the audit trail, in a transaction of its own (every change of the store writes its own event in
    its transaction; this is for a change recorded nowhere else)."""
    with _writing(data_dir) as conn:
        _event(conn, user, action, detail)


def events(data_dir: Path) -> list[dict[str, object]]:
    """The audit trail, oldest first."""
    with _reading(data_dir) as conn:
        if conn is None:
            return []
        rows = conn.execute("SELECT id, at, user_name, action, detail FROM events ORDER BY id").fetchall()
    return [{"id": r[0], "at": r[1], "user": r[2], "action": r[3], "detail": json.loads(r[4])} for r in rows]


def verify_events(data_dir: Path) -> ChainCheck:
    """Whether the audit trail's hash chain is whole: no event removed, changed or inserted behind the app's back."""
    with _reading(data_dir) as conn:
        return verify(conn)
