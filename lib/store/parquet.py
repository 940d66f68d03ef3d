"""The Parquet files kept in the store: an officer roster and a units master, written and read back."""

from __future__ import annotations

import io

import pandas as pd

from lib.core.schema import SNAPSHOT_OFFICER_COLUMNS

_TEXT = pd.StringDtype("pyarrow", na_value=float("nan"))  # pandas' str


def _officers_parquet(officers: pd.DataFrame) -> bytes:
    """An officer roster as Parquet: text as dictionary-encoded columns, positions joined by '+'."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    years = pd.to_numeric(officers["birth_year"], errors="coerce")
    table = pa.table(
        {
            "row": pa.array(officers["row"].astype("int64").to_numpy()),
            "ward_code": pa.array(officers["ward_code"].astype(str), pa.string()),
            "hamlet_code": pa.array(officers["hamlet_code"].astype(str), pa.string()),
            "position": pa.array(officers["position"].astype(str), pa.string()),
            "positions": _joined_positions(officers["positions"]),
            "full_name": pa.array(officers["full_name"].astype(str), pa.string()),
            "birth_year": pa.array(years.to_numpy(), pa.int64(), from_pandas=True),
            "party_member": pa.array(officers["party_member"].astype(bool).to_numpy()),
            "person_code": pa.array(officers["person_code"].astype(str), pa.string()),
            "person": pa.array(officers["person"].astype(str), pa.string()),
        }
    )
    sink = io.BytesIO()
    pq.write_table(
        table, sink, compression="zstd", use_dictionary=True, write_statistics=False
    )  # read whole: no statistics
    return sink.getvalue()


def _joined_positions(positions: pd.Series) -> object:
    """Each row's position codes joined by '+' (each distinct tuple joined once)."""
    import pyarrow as pa

    codes, kinds = pd.factorize(positions)
    return pa.array(["+".join(k) for k in kinds], pa.string()).take(pa.array(codes))


def _officers_from_parquet(data: bytes) -> pd.DataFrame:
    """The officer roster as load() gives it: as read from the rows table (birth years as float with gaps)."""
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(data))
    frame = table.to_pandas(types_mapper=lambda t: _TEXT if str(t) == "string" else None)
    return frame[list(SNAPSHOT_OFFICER_COLUMNS)]


def _units_parquet(units: pd.DataFrame) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    table = pa.table({c: pa.array(units[c].astype(str), pa.string()) for c in units.columns})
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def _units_from_parquet(data: bytes) -> pd.DataFrame:
    import pyarrow.parquet as pq

    return pq.read_table(io.BytesIO(data)).to_pandas(types_mapper=lambda t: _TEXT if str(t) == "string" else None)
