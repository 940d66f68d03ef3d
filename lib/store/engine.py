"""Where the store lives (the data dir's SQLite file, or BL_DATABASE_URL), one pooled engine per database."""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.sql.elements import TextClause

DB_NAME = "store.sqlite"
DATABASE_URL_ENV = "BL_DATABASE_URL"  # a PostgreSQL URL (postgresql+psycopg://…) in place of the data dir's file
_KEEP = 8  # engines kept open at once (a test run opens one per temporary store)
_PLACEHOLDER = re.compile(r"\?")
_COPY_FROM = 1000  # rows from which PostgreSQL gets them by COPY


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def database_url(data_dir: Path) -> str:
    """The database the store of a data dir is in: $BL_DATABASE_URL when set, else the data dir's SQLite file."""
    return os.environ.get(DATABASE_URL_ENV, "").strip() or f"sqlite:///{db_path(data_dir)}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_file(url: str) -> Path:
    """The file of a SQLite URL (sqlite:///PATH)."""
    return Path(make_url(url).database or "")


def masked(url: str) -> str:
    """A URL fit to show: its password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a URL SQLAlchemy cannot parse is shown without what follows a ':' and '@'
        return re.sub(r":[^:@/]*@", ":***@", url)


@dataclass
class Store:
    """An engine and what this process knows of its database: at the newest revision already, and the upgrade
    made when it was opened (shown once)."""

    engine: Engine
    inode: int = 0
    ready: bool = False
    notes: list[object] = field(default_factory=list)


_STORES: OrderedDict[str, Store] = OrderedDict()


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, as the store needs them
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=60000"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # a write takes the write lock at once (two imports queue instead of failing); a read sees one state
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    return engine


def store_for(url: str, inode: int = 0) -> Store:
    """The process's engine for a database (a SQLite file replaced under the same name gets a new one)."""
    found = _STORES.get(url)
    if found is not None and found.inode == inode:
        _STORES.move_to_end(url)
        return found
    if found is not None:
        found.engine.dispose()
    engine = _sqlite_engine(url) if is_sqlite(url) else create_engine(url, pool_pre_ping=True)
    _STORES[url] = Store(engine, inode)
    while len(_STORES) > _KEEP:
        _STORES.popitem(last=False)[1].engine.dispose()
    return _STORES[url]


def known_store(url: str, inode: int) -> Store | None:
    """The process's engine for a database when it is ready (at the newest revision) and the same file."""
    found = _STORES.get(url)
    return found if found is not None and found.ready and found.inode == inode else None


def dispose(url: str | None = None) -> None:
    """Close the pooled connections of one database (all when None): before it is dropped or replaced."""
    for key in [url] if url else list(_STORES):
        gone = _STORES.pop(key, None) if key else None
        if gone is not None:
            gone.engine.dispose()


@lru_cache(maxsize=512)
def _text(sql: str) -> TextClause:
    count = iter(range(1000))
    return text(_PLACEHOLDER.sub(lambda _m: f":p{next(count)}", sql))


class Conn:
    """A connection in one of the store's transactions: SQL written for both engines, with `?` placeholders."""

    def __init__(self, sa: Connection) -> None:
        self.sa = sa
        self.dialect = sa.dialect.name

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        """The result of one statement (fetchone, fetchall, scalar_one, rowcount), as sqlite3's cursor gave them."""
        return self.sa.execute(_text(sql), {f"p{i}": value for i, value in enumerate(params)})

    def insert(self, table: Table, rows: list[dict[str, object]]) -> None:
        """A few rows, as dicts (one statement per batch: SQLAlchemy's insertmanyvalues)."""
        if rows:
            self.sa.execute(table.insert(), rows)

    def insert_rows(self, table: Table, names: Sequence[str], rows: list[tuple[object, ...]]) -> None:
        """Many rows (the 100,000 hamlets of a national file), as tuples in the order of names, on the driver's own
        connection in this transaction: SQLite's executemany, PostgreSQL's COPY (no work per row in SQLAlchemy)."""
        quoted = ", ".join(f'"{name}"' for name in names)
        raw: Any = self.sa.connection.dbapi_connection
        if self.dialect == "sqlite":
            marks = ", ".join("?" for _ in names)
            raw.cursor().executemany(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', rows)
        elif self.dialect == "postgresql" and len(rows) >= _COPY_FROM:
            with raw.cursor().copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            self.insert(table, [dict(zip(names, row, strict=True)) for row in rows])

    def next_id(self, table: str) -> int:
        """The id a new row of a table gets: the highest plus one (every write holds the store's write lock)."""
        return int(self.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").scalar_one())

    def frame(self, sql: str, params: Sequence[object] = ()) -> pd.DataFrame:
        """A query's rows as a table, typed as pandas.read_sql_query types them."""
        result = self.execute(sql, params)
        rows = [tuple(row) for row in result.fetchall()]  # plain tuples: pandas' quick path (Rows: 1 s per 100,000)
        return pd.DataFrame.from_records(rows, columns=list(result.keys()), coerce_float=True)


def _forget_in_child() -> None:
    """A forked process opens its own connections: those of the parent (sockets, SQLite handles) are not shared."""
    for store in _STORES.values():
        store.engine.dispose(close=False)


os.register_at_fork(after_in_child=_forget_in_child)
