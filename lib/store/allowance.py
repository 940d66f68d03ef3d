"""The allowance model's documents: every one saved is kept, the latest is in force; a file dropped in is taken in."""

from __future__ import annotations

import contextlib
import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from lib.store.audit import _event
from lib.store.db import SYSTEM_USER, _now, _reading, _writing
from lib.store.engine import Conn

# Where versions of the dashboard before the store kept the model, and where an office may still drop a hand-made
# one: it is taken in as the newest document (audited), then renamed beside it, never deleted.
FILE_NAME: Final = "allowance.json"
TAKEN: Final = ".taken-"  # allowance.json.taken-20261130T192500Z-1a2b3c4d: a file already in the store


def allowance_document(data_dir: Path) -> str | None:
    """The JSON text of the allowance document in force (the latest saved), or None while none was ever saved (the
    embedded default applies then). An allowance.json in the data folder is taken in first."""
    take_in_file(data_dir)
    with _reading(data_dir) as conn:
        if conn is None:
            return None
        row = conn.execute("SELECT document FROM allowance_documents ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def save_allowance(data_dir: Path, document: str, user: str, detail: dict[str, object]) -> int:
    """Keep a new allowance document as the one in force, with its event in the audit trail; its id."""
    with _writing(data_dir) as conn:
        new_id = _insert(conn, document, user, "app")
        _event(conn, user, "allowance", {**detail, "document": new_id})
    return new_id


def take_in_file(data_dir: Path) -> int | None:
    """Take allowance.json from the data folder into the store as the newest document (audited), and rename the
    file beside it so that it is not taken again; the new document's id, or None when there is no such file."""
    path = Path(data_dir) / FILE_NAME
    if not path.is_file():
        return None
    raw = path.read_bytes()
    sha = hashlib.sha256(raw).hexdigest()
    text = raw.decode("utf-8", errors="replace")  # a file that is not UTF-8 is kept as bytes in its renamed copy
    with _writing(data_dir) as conn:
        new_id = _insert(conn, text, SYSTEM_USER, "file")
        _event(conn, SYSTEM_USER, "allowance_import", {"file": FILE_NAME, "sha256": sha, "document": new_id})
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    with contextlib.suppress(FileNotFoundError):  # another process took it in at the same moment: both are kept
        path.rename(path.with_name(f"{FILE_NAME}{TAKEN}{stamp}-{sha[:8]}"))
    return new_id


def _insert(conn: Conn, document: str, user: str, origin: str) -> int:
    new_id = conn.next_id("allowance_documents")
    conn.execute(
        "INSERT INTO allowance_documents (id, saved_at, saved_by, origin, document) VALUES (?, ?, ?, ?, ?)",
        (new_id, _now(), user, origin, document),
    )
    return int(new_id)
