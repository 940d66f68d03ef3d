"""The audit trail's hash chain: each event's hash covers the previous one's, and the store keeps the last one."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from lib.store.engine import Conn

# Where the chain's ends are kept, in the meta table: the first chained event and the last (id and hash), so that a
# removed first or last event is seen too (the links alone cannot see a truncated tail).
_FIRST = "audit_chain_first"
_LAST_ID = "audit_chain_last_id"
_LAST_HASH = "audit_chain_last_hash"


@dataclass(frozen=True)
class ChainCheck:
    """What `audit --verify` found: intact or not, how many events (and how many the chain covers), from which id
    the chain runs, and its first break: the event's id (None when the break is in the store's record of the
    chain's ends) and the reason's code."""

    ok: bool
    events: int
    chained: int
    chained_from: int | None
    broken_at: int | None = None
    reason: str | None = None


def event_hash(prev_hash: str, event_id: int, at: str, user: str, action: str, detail: str) -> str:
    """SHA-256 over the previous event's hash and this event's content (id, time, user, action, detail) written as
    canonical JSON (sorted keys, no spaces, the detail parsed from its stored text)."""
    content = {"id": event_id, "at": at, "user": user, "action": action, "detail": json.loads(detail)}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def _meta(conn: Conn, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: Conn, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def append(conn: Conn, at: str, user: str, action: str, detail: str) -> None:
    """One event appended with its link, and the chain's ends moved, in the caller's transaction."""
    last = _meta(conn, _LAST_HASH) or ""
    event_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM events").fetchone()[0])
    digest = event_hash(last, event_id, at, user, action, detail)
    conn.execute(
        "INSERT INTO events (id, at, user_name, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event_id, at, user, action, detail, last, digest),
    )
    if _meta(conn, _FIRST) is None:
        _set_meta(conn, _FIRST, str(event_id))
    _set_meta(conn, _LAST_ID, str(event_id))
    _set_meta(conn, _LAST_HASH, digest)


def _recomputed(prev_hash: str, event_id: int, at: str, user: str, action: str, detail: str) -> str | None:
    """The hash the event should carry; None when its stored detail is no longer JSON (changed by hand)."""
    try:
        return event_hash(prev_hash, event_id, at, user, action, detail)
    except ValueError:
        return None


def _first_break(conn: Conn, first: int) -> tuple[int | None, str | None]:
    """The first broken link from event `first` on: its id and why; (None, None) when the chain is whole."""
    previous, walked = "", 0
    rows = conn.execute(
        "SELECT id, at, user_name, action, detail, prev_hash, hash FROM events WHERE id >= ? ORDER BY id", (first,)
    )
    for event_id, at, user, action, detail, prev_hash, stored in rows:
        walked += 1
        if walked == 1 and event_id != first:
            return event_id, "first_missing"
        if stored is None:
            return event_id, "unchained"
        if prev_hash != previous:
            return event_id, "link"
        if _recomputed(prev_hash, event_id, at, user, action, detail) != stored:
            return event_id, "changed"
        previous = stored
    last_id, last_hash = _meta(conn, _LAST_ID), _meta(conn, _LAST_HASH)
    if walked == 0 or last_id is None or previous != last_hash:
        return (int(last_id) if last_id else first), "tail"
    return None, None


def _any_hash(conn: Conn) -> bool:
    """Whether some event carries a hash (a store made before the chain has only NULLs)."""
    return conn.execute("SELECT 1 FROM events WHERE hash IS NOT NULL LIMIT 1").fetchone() is not None


def verify(conn: Conn | None) -> ChainCheck:
    """Walk the chain from its first event to the last one the store recorded."""
    if conn is None:
        return ChainCheck(ok=True, events=0, chained=0, chained_from=None)
    total = int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
    first = _meta(conn, _FIRST)
    if first is None:
        if _meta(conn, _LAST_HASH) is not None or _any_hash(conn):  # the chain's record was removed from meta
            return ChainCheck(ok=False, events=total, chained=0, chained_from=None, reason="first_missing")
        return ChainCheck(ok=True, events=total, chained=0, chained_from=None)
    broken_at, reason = _first_break(conn, int(first))
    chained = int(conn.execute("SELECT COUNT(*) FROM events WHERE id >= ?", (int(first),)).fetchone()[0])
    return ChainCheck(reason is None, total, chained, int(first), broken_at, reason)
