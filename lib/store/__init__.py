"""The SQLite store, one module per kind of record: snapshots, units masters, scenarios, accounts, settings, audit."""

from lib.store.accounts import (
    User,
    clear_login_failures,
    create_user,
    login_failures,
    record_login_failure,
    set_role,
    user,
    users,
)
from lib.store.audit import events, record
from lib.store.db import BASELINE_ID, DB_NAME, SYSTEM_USER, StoreError, db_path
from lib.store.masters import UnitsFile, UnitsInfo, same_units, set_units, units, units_masters, ward_list
from lib.store.scenarios import Scenario, delete_scenario, save_scenario, scenarios
from lib.store.settings import goals, set_goals, set_setting, settings
from lib.store.snapshots import (
    SnapshotInfo,
    add_snapshot,
    current_id,
    current_of,
    history,
    load,
    observations,
    original,
    orphans,
    restore,
    revision,
)

__all__ = [
    "BASELINE_ID",
    "DB_NAME",
    "SYSTEM_USER",
    "Scenario",
    "SnapshotInfo",
    "StoreError",
    "UnitsFile",
    "UnitsInfo",
    "User",
    "add_snapshot",
    "clear_login_failures",
    "create_user",
    "current_id",
    "current_of",
    "db_path",
    "delete_scenario",
    "events",
    "goals",
    "history",
    "load",
    "login_failures",
    "observations",
    "original",
    "orphans",
    "record",
    "record_login_failure",
    "restore",
    "revision",
    "same_units",
    "save_scenario",
    "scenarios",
    "set_goals",
    "set_role",
    "set_setting",
    "set_units",
    "settings",
    "units",
    "units_masters",
    "user",
    "users",
    "ward_list",
]
