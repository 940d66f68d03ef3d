"""A snapshot written to its tables, one step each: the original file, its line, its wards, hamlets and officers."""

from __future__ import annotations

import json
from concurrent.futures import Future
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import insert

from lib.core import background
from lib.core.model import Snapshot
from lib.ingest.roster import Parsed
from lib.store.blobs import digest, pack
from lib.store.engine import Conn
from lib.store.parquet import _officers_parquet
from lib.store.schema import snapshot_hamlets, snapshot_officer_files, snapshot_wards, snapshots


def _insert_file(conn: Conn, original: bytes, sha: str | None = None) -> str:
    """Keep the bytes of a file once (by their SHA-256, which is returned; `sha` when the caller has it), a large
    file compressed (lib.store.blobs)."""
    sha = sha or digest(original)
    if conn.execute("SELECT 1 FROM files WHERE sha256 = ?", (sha,)).fetchone() is None:
        stored, compression = pack(original)
        conn.execute(
            "INSERT INTO files (sha256, size, bytes, compression) VALUES (?, ?, ?, ?)",
            (sha, len(original), stored, compression),
        )
    return sha


def _insert_snapshot(
    conn: Conn,
    snapshot_id: int | None,
    parsed: Parsed,
    sha: str,
    file_name: str,
    user: str,
    uploaded_at: str,
    master: int | None = None,
) -> int:
    """The snapshot's line in the history (its id given, or the next one); its id."""
    snapshot = parsed.snapshot
    assert snapshot is not None
    counts = snapshot.ward_counts
    warnings = [{"code": p.code, "row": p.row, "column": p.column, "params": p.params} for p in parsed.warnings]
    values = {
        "as_of": snapshot.as_of.isoformat(),
        "uploaded_at": uploaded_at,
        "uploaded_by": user,
        "file_name": file_name,
        "sha256": sha,
        "granularity": snapshot.granularity,
        "encoding": parsed.encoding,
        "header_row": parsed.header_row,
        "sheet": parsed.sheet,
        "data_rows": _data_rows(snapshot),
        "hamlets": len(snapshot.units),
        "concurrent": int(counts["concurrent"].sum()),
        "warnings": json.dumps(warnings, ensure_ascii=False, default=str),
        "illustrative": int(snapshot.illustrative),
        "source": snapshot.source,
        "source_en": snapshot.source_en,
        "units_master_id": master,
    }
    values["id"] = snapshot_id if snapshot_id is not None else conn.next_id("snapshots")
    return int(conn.sa.execute(insert(snapshots).values(values).returning(snapshots.c.id)).scalar_one())


def _insert_wards(conn: Conn, snapshot_id: int, snapshot: Snapshot) -> None:
    """Each ward's count, and its own as-of date where it is not the snapshot's (a ward carried forward)."""
    counts = snapshot.ward_counts
    dates = snapshot.ward_as_of
    conn.insert(
        snapshot_wards,
        [
            {
                "snapshot_id": snapshot_id,
                "ward_code": str(c),
                "concurrent": int(n),
                "as_of": dates[str(c)].isoformat() if str(c) in dates else None,
            }
            for c, n in zip(counts["code"], counts["concurrent"], strict=True)
        ],
    )


def _insert_hamlets(conn: Conn, snapshot_id: int, hamlets: pd.DataFrame) -> None:
    h = {c: hamlets[c].tolist() for c in hamlets.columns}
    columns = {
        "hamlet_code": h["hamlet_code"],
        "ward_code": h["ward_code"],
        "secretary": [v or "" for v in h["secretary"]],
        "head": [v or "" for v in h["head"]],
        "concurrent": _ints(hamlets["concurrent"]) or [int(bool(v)) for v in h["concurrent"]],
        "head_party_member": [_tri(v) for v in h["head_party_member"]],
        "reason": [v or "" for v in h["reason"]],
        "note": [v or "" for v in h["note"]],
        "source_row": _ints(hamlets["row"]) or [_int_or_none(v) for v in h["row"]],
    }
    names = ["snapshot_id", *columns]
    rows = zip([snapshot_id] * len(hamlets), *columns.values(), strict=True)
    conn.insert_rows(snapshot_hamlets, names, list(rows))


def _insert_officers(conn: Conn, snapshot_id: int, officers: pd.DataFrame, data: bytes | None = None) -> None:
    """A million rows at national scale: one compressed Parquet file (`data`, when the caller wrote it already)."""
    data = data if data is not None else _officers_parquet(officers)
    conn.insert(
        snapshot_officer_files,
        [{"snapshot_id": snapshot_id, "rows": len(officers), "format": "parquet", "bytes": data}],
    )


def _officers_ahead(snapshot: Snapshot) -> Future[bytes] | None:
    """The officers' Parquet file written in a thread while the other rows go in (the writer releases the GIL)."""
    if snapshot.officers is None:
        return None
    return background.start("parquet", _officers_parquet, snapshot.officers)


def _data_rows(snapshot: Snapshot) -> int:
    if snapshot.officers is not None:
        return len(snapshot.officers)
    if snapshot.hamlets is not None:
        return int(snapshot.hamlets["row"].notna().sum())
    return len(snapshot.ward_counts)


def _ints(values: pd.Series) -> list[Any] | None:
    """A column of numpy booleans or integers (no gap) as Python ints, in one step; None for any other column."""
    if isinstance(values.dtype, np.dtype) and values.dtype.kind in "biu":
        return list(values.to_numpy().astype("int64").tolist())
    return None


def _tri(value: object) -> int | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return int(bool(value))


def _int_or_none(value: object) -> int | None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    return int(value)  # type: ignore[call-overload]
