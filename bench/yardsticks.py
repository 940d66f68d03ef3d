"""The yardsticks beside the app's own times: the same per-ward shares computed by DuckDB, and a bare read of a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import generate


def titles_table() -> Any:
    import pandas as pd

    titles = sorted(set(generate.SECRETARY_TITLES) | set(generate.HEAD_TITLES))
    return pd.DataFrame(
        {
            "title": titles,
            "secretary": [t in generate.SECRETARY_TITLES for t in titles],
            "head": [t in generate.HEAD_TITLES for t in titles],
        }
    )


def duckdb_shares(source: str, units_csv: Path) -> Any:
    """Per ward: hamlets, concurrent, share; from an officer roster read by DuckDB itself (CSV or Parquet)."""
    import duckdb

    h = generate.HEADER
    con = duckdb.connect()
    con.register("titles", titles_table())
    query = f"""
        WITH o AS (
            SELECT "{h["hamlet_code"]}" AS hamlet_code, "{h["position"]}" AS title,
                   CASE WHEN coalesce("{h["person_code"]}", '') <> '' THEN 'code:' || lower("{h["person_code"]}")
                        ELSE 'name:' || lower("{h["full_name"]}") || '|' || coalesce("{h["birth_year"]}", '') END
                       AS person
            FROM {source}
        ), roles AS (
            SELECT hamlet_code, person, bool_or(t.secretary) AS s, bool_or(t.head) AS h
            FROM o JOIN titles t USING (title) GROUP BY ALL
        ), hamlets AS (
            SELECT hamlet_code, bool_or(s AND h) AS concurrent FROM roles GROUP BY hamlet_code
        )
        SELECT u.ward_code, count(*) AS hamlets, count(*) FILTER (WHERE h.concurrent) AS concurrent,
               100.0 * count(*) FILTER (WHERE h.concurrent) / count(*) AS share
        FROM read_csv('{units_csv}', all_varchar = true) u LEFT JOIN hamlets h USING (hamlet_code)
        GROUP BY u.ward_code
    """
    try:
        return con.execute(query).df()
    finally:
        con.close()


def duckdb_source(path: Path) -> str:
    if path.suffix == ".parquet":
        return f"read_parquet('{path}')"
    return f"read_csv('{path}', all_varchar = true, header = true)"


SNAPSHOT_SHARES = (
    "SELECT u.ward_code, count(*) AS hamlets, count(*) FILTER (WHERE h.concurrent) AS concurrent, "
    "100.0 * count(*) FILTER (WHERE h.concurrent) / count(*) AS share "
    "FROM units u LEFT JOIN hamlets h USING (hamlet_code) GROUP BY u.ward_code"
)


def duckdb_connection(units: Any, hamlets: Any) -> Any:
    """A DuckDB connection with a snapshot's hamlets and its master registered (pandas frames, in memory)."""
    import duckdb

    con = duckdb.connect()
    con.register("units", units[["ward_code", "hamlet_code"]])
    con.register("hamlets", hamlets[["hamlet_code", "concurrent"]])
    return con


def duckdb_snapshot_shares(units: Any, hamlets: Any) -> Any:
    """Per ward: hamlets, concurrent, share; from a snapshot's hamlets and its master, connection included."""
    con = duckdb_connection(units, hamlets)
    try:
        return con.execute(SNAPSHOT_SHARES).df()
    finally:
        con.close()


def duckdb_file_shares(path: Path, units_csv: Path) -> Any:
    """Per ward: hamlets, concurrent, share; straight from an officers file and its master's CSV."""
    return duckdb_shares(duckdb_source(path), units_csv)


def bare_read(path: Path) -> Callable[[], object]:
    """The bare read of a file with pyarrow (CSV, Parquet) or openpyxl (XLSX)."""
    if path.suffix == ".csv":
        import pyarrow.csv as pacsv

        return lambda: pacsv.read_csv(path)
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return lambda: pq.read_table(path)
    from openpyxl import load_workbook

    def read_xlsx() -> object:
        book = load_workbook(path, read_only=True)
        return sum(1 for _ in book.active.iter_rows(values_only=True))

    return read_xlsx
