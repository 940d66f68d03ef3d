"""The SQLite store, one module per kind of record: snapshots, units masters, scenarios, accounts, settings, audit."""

from lib.core.schema import IMPORT_STEPS  # what add_snapshot tells its on_step, in order
from lib.store.accounts import (
    User,
    clear_login_failures,
    create_user,
    login_failures,
    record_login_failure,
    set_disabled,
    set_password,
    set_role,
    take_attempt,
    user,
    users,
)
from lib.store.audit import events, record, verify_events
from lib.store.chain import ChainCheck
from lib.store.db import BASELINE_ID, DB_NAME, SYSTEM_USER, StoreError, db_path
from lib.store.mappings import delete_mapping, mappings, save_mapping
from lib.store.masters import UnitsFile, UnitsInfo, same_units, set_units, units, units_masters, ward_list
from lib.store.scenarios import Scenario, delete_scenario, save_scenario, scenarios
from lib.store.scope import carry_forward, scoped
from lib.store.settings import check_setting, goals, read_limits, set_goals, set_setting, settings
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
    "IMPORT_STEPS",
    "SYSTEM_USER",
    "ChainCheck",
    "Scenario",
    "SnapshotInfo",
    "StoreError",
    "UnitsFile",
    "UnitsInfo",
    "User",
    "add_snapshot",
    "carry_forward",
    "check_setting",
    "clear_login_failures",
    "create_user",
    "current_id",
    "current_of",
    "db_path",
    "delete_mapping",
    "delete_scenario",
    "events",
    "goals",
    "history",
    "load",
    "login_failures",
    "mappings",
    "observations",
    "original",
    "orphans",
    "read_limits",
    "record",
    "record_login_failure",
    "restore",
    "revision",
    "same_units",
    "save_mapping",
    "save_scenario",
    "scenarios",
    "scoped",
    "set_disabled",
    "set_goals",
    "set_password",
    "set_role",
    "set_setting",
    "set_units",
    "settings",
    "take_attempt",
    "units",
    "units_masters",
    "user",
    "users",
    "verify_events",
    "ward_list",
]
