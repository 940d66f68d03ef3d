"""The store's schema version (Alembic, in the database): a new store made at the newest, an older one upgraded."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from lib.store.errors import StoreError
from lib.store.schema import metadata, triggers

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).parent / "migrations"
# A store at the newest revision opens without importing Alembic (0.15 s of every command's start): its version row
# is read with SQLAlchemy and compared with HEAD, which tests/test_store_engines.py holds equal to Alembic's head.
HEAD = "0004"
VERSION_TABLE = "alembic_version"
LEGACY = "0000"  # how a store from before the migrations is named in messages and in its backup's name


@dataclass(frozen=True)
class Upgrade:
    """An upgrade made when this process opened a store: from which revision, to which, and the copy kept first
    ("" for PostgreSQL, whose backups are pg_dump's)."""

    before: str
    after: str
    backup: str


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head() -> str:
    """The newest revision this code knows."""
    return HEAD


def _known() -> set[str]:
    return {script.revision for script in _script().walk_revisions()}


def current(sa: Connection) -> str | None:
    """The revision a database is at (None: never stamped; a store from before the migrations, or none)."""
    if not inspect(sa).has_table(VERSION_TABLE):
        return None
    return sa.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one_or_none()


def needs(sa: Connection, where: str) -> str:
    """What opening this database needs: "head" (nothing), "absent" (no store yet), "upgrade"; a store newer than
    this code is refused before anything in it is read."""
    revision = current(sa)
    if revision is None:
        return "upgrade" if inspect(sa).has_table("snapshots") else "absent"
    if revision == head():
        return "head"
    if revision not in _known():
        raise StoreError("store_newer", revision=revision, head=head(), path=where)
    return "upgrade"


def create(sa: Connection) -> None:
    """A new store at the newest revision, in the caller's transaction."""
    from alembic.runtime.migration import MigrationContext

    metadata.create_all(sa)
    for statement in triggers(sa.dialect.name):
        sa.exec_driver_sql(statement)
    MigrationContext.configure(sa).stamp(_script(), "head")


def upgrade(sa: Connection) -> str:
    """Every migration from the store's revision (a store from before them: from the first) to the newest, in the
    caller's transaction; the revision it was at."""
    from alembic import command

    before = current(sa) or LEGACY
    config = _config()
    config.attributes["connection"] = sa
    command.upgrade(config, "head")
    return before
