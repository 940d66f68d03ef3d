"""A snapshot written to its tables, one step each: the original file, its line, its wards, hamlets and officers."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pandas as pd

from lib.core.model import Snapshot
from lib.ingest.roster import Parsed
from lib.store.blobs import pack
from lib.store.parquet import _officers_parquet


def _insert_file(conn: sqlite3.Connection, original: bytes, sha: str | None = None) -> str:
    """Keep the bytes of a file once (by their SHA-256, which is returned; `sha` when the caller has it), a large
    file compressed (lib.store.blobs)."""
    sha = sha or hashlib.sha256(original).hexdigest()
    if conn.execute("SELECT 1 FROM files WHERE sha256 = ?", (sha,)).fetchone() is None:
        stored, compression = pack(original)
        conn.execute(
            "INSERT INTO files (sha256, size, bytes, compression) VALUES (?, ?, ?, ?)",
            (sha, len(original), stored, compression),
        )
    return sha


def _insert_snapshot(
    conn: sqlite3.Connection,
    snapshot_id: int | None,
    parsed: Parsed,
    sha: str,
    file_name: str,
    user: str,
    uploaded_at: str,
) -> int:
    """The snapshot's line in the history (its id given, or the next one); its id."""
    snapshot = parsed.snapshot
    assert snapshot is not None
    counts = snapshot.ward_counts
    warnings = [{"code": p.code, "row": p.row, "column": p.column, "params": p.params} for p in parsed.warnings]
    cursor = conn.execute(
        "INSERT INTO snapshots (id, as_of, uploaded_at, uploaded_by, file_name, sha256, granularity, encoding, "
        "header_row, sheet, data_rows, hamlets, concurrent, warnings, illustrative, source, source_en) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            snapshot_id,
            snapshot.as_of.isoformat(),
            uploaded_at,
            user,
            file_name,
            sha,
            snapshot.granularity,
            parsed.encoding,
            parsed.header_row,
            parsed.sheet,
            _data_rows(snapshot),
            len(snapshot.units),
            int(counts["concurrent"].sum()),
            json.dumps(warnings, ensure_ascii=False, default=str),
            int(snapshot.illustrative),
            snapshot.source,
            snapshot.source_en,
        ),
    )
    return int(cursor.lastrowid or 0)


def _insert_wards(conn: sqlite3.Connection, snapshot_id: int, snapshot: Snapshot) -> None:
    """Each ward's count, and its own as-of date where it is not the snapshot's (a ward carried forward)."""
    counts = snapshot.ward_counts
    dates = snapshot.ward_as_of
    conn.executemany(
        "INSERT INTO snapshot_wards (snapshot_id, ward_code, concurrent, as_of) VALUES (?, ?, ?, ?)",
        [
            (snapshot_id, str(c), int(n), dates[str(c)].isoformat() if str(c) in dates else None)
            for c, n in zip(counts["code"], counts["concurrent"], strict=True)
        ],
    )


def _insert_hamlets(conn: sqlite3.Connection, snapshot_id: int, hamlets: pd.DataFrame) -> None:
    h = {c: hamlets[c].tolist() for c in hamlets.columns}
    conn.executemany(
        "INSERT INTO snapshot_hamlets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (snapshot_id, *values)
            for values in zip(
                h["hamlet_code"],
                h["ward_code"],
                [v or "" for v in h["secretary"]],
                [v or "" for v in h["head"]],
                [int(bool(v)) for v in h["concurrent"]],
                [_tri(v) for v in h["head_party_member"]],
                [v or "" for v in h["reason"]],
                [v or "" for v in h["note"]],
                [_int_or_none(v) for v in h["row"]],
                strict=True,
            )
        ),
    )


def _insert_officers(conn: sqlite3.Connection, snapshot_id: int, officers: pd.DataFrame) -> None:
    """A million rows at national scale: one compressed Parquet file."""
    data = _officers_parquet(officers)
    conn.execute(
        "INSERT INTO snapshot_officer_files (snapshot_id, rows, format, bytes) VALUES (?, ?, 'parquet', ?)",
        (snapshot_id, len(officers), data),
    )


def _data_rows(snapshot: Snapshot) -> int:
    if snapshot.officers is not None:
        return len(snapshot.officers)
    if snapshot.hamlets is not None:
        return int(snapshot.hamlets["row"].notna().sum())
    return len(snapshot.ward_counts)


def _tri(value: object) -> int | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return int(bool(value))


def _int_or_none(value: object) -> int | None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    return int(value)  # type: ignore[call-overload]
