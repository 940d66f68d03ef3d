"""The store's schema version (Alembic, in the database): a new store made at the newest, an older one upgraded."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from lib.store.errors import StoreError
from lib.store.schema import metadata, triggers

MIGRATIONS = Path(__file__).parent / "migrations"
LEGACY = "0000"  # how a store from before the migrations is named in messages and in its backup's name


@dataclass(frozen=True)
class Upgrade:
    """An upgrade made when this process opened a store: from which revision, to which, and the copy kept first
    ("" for PostgreSQL, whose backups are pg_dump's)."""

    before: str
    after: str
    backup: str


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def head() -> str:
    """The newest revision this code knows."""
    return str(_script().get_current_head())


def _known() -> set[str]:
    return {script.revision for script in _script().walk_revisions()}


def current(sa: Connection) -> str | None:
    """The revision a database is at (None: never stamped; a store from before the migrations, or none)."""
    return MigrationContext.configure(sa).get_current_revision()


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
    metadata.create_all(sa)
    for statement in triggers(sa.dialect.name):
        sa.exec_driver_sql(statement)
    MigrationContext.configure(sa).stamp(_script(), "head")


def upgrade(sa: Connection) -> str:
    """Every migration from the store's revision (a store from before them: from the first) to the newest, in the
    caller's transaction; the revision it was at."""
    before = current(sa) or LEGACY
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = sa
    command.upgrade(config, "head")
    return before
