"""Writes from the pages (store an upload, restore a snapshot), with their messages in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from lib import store
from lib.core.model import ColumnMapping, Goal
from lib.ingest.roster import Parsed
from lib.present import fmt, texts
from lib.present.i18n import t
from lib.present.problems import store_message
from lib.store import auth
from ui import loaders
from ui.auth import Identity


def store_upload(
    parsed: Parsed,
    data: bytes,
    file_name: str,
    who: Identity,
    lang: str,
    on_step: Callable[[str], None] | None = None,
    scope: str | None = None,
    remember: bool = False,
) -> tuple[bool, str]:
    """Store a checked upload (taken under `scope` when it covers some wards only) as a new snapshot, each part
    written told to on_step: (True, "Đã lưu …") or (False, why not). With `remember`, the columns chosen on the page
    are kept for files with the same header layout."""
    if not who.can("upload"):
        return False, t("auth.forbidden", lang)
    try:
        new_id = store.add_snapshot(loaders.data_dir(), parsed, data, file_name, who.name, on_step=on_step, scope=scope)
        if remember and parsed.signature and parsed.columns_chosen:
            store.save_mapping(loaders.data_dir(), ColumnMapping(parsed.signature, parsed.columns_chosen), who.name)
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    as_of = parsed.snapshot.as_of if parsed.snapshot else None
    return True, t("upload.stored", lang, id=new_id, date=fmt.day(as_of, lang) if as_of else "")


def forget_mapping(mapping_id: int, who: Identity, lang: str) -> tuple[bool, str]:
    """Forget a remembered column mapping (an editor's choice)."""
    if not who.can("upload"):
        return False, t("auth.forbidden", lang)
    try:
        store.delete_mapping(loaders.data_dir(), mapping_id, who.name)
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    return True, t("upload.mapping_forgotten", lang, id=mapping_id)


def restore(snapshot_id: int, who: Identity, lang: str) -> tuple[bool, str]:
    if not who.can("restore"):
        return False, t("auth.forbidden", lang)
    try:
        store.restore(loaders.data_dir(), snapshot_id, who.name)
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    return True, t("history.restored", lang, id=snapshot_id)


def save_scenario(name: str, snapshot_id: int, items: dict[str, date], who: Identity, lang: str) -> tuple[bool, str]:
    if not who.can("scenario"):
        return False, t("auth.forbidden", lang)
    if not name.strip():
        return False, t("scenario.needs_name", lang)
    new_id = store.save_scenario(loaders.data_dir(), name, snapshot_id, items, who.name)
    return True, t("scenario.saved", lang, name=texts.plain(name.strip()), id=new_id)


def delete_scenario(scenario_id: int, who: Identity, lang: str) -> tuple[bool, str]:
    if not who.can("scenario"):
        return False, t("auth.forbidden", lang)
    try:
        store.delete_scenario(loaders.data_dir(), scenario_id, who.name)
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    return True, t("scenario.deleted", lang, id=scenario_id)


def create_account(name: str, role: str, password: str, again: str, who: Identity, lang: str) -> tuple[bool, str]:
    if not who.can("accounts"):
        return False, t("auth.forbidden", lang)
    if password != again:
        return False, t("account.mismatch", lang)
    try:
        auth.add_user(loaders.data_dir(), name, role, password, who.name)
    except auth.AccountError as exc:
        return False, t(f"account.{exc.code}", lang, **exc.params)
    return True, t("account.created", lang, name=texts.plain(name.strip()), role=t(f"role.{role}", lang))


def change_role(name: str, role: str, who: Identity, lang: str) -> tuple[bool, str]:
    if not who.can("accounts"):
        return False, t("auth.forbidden", lang)
    store.set_role(loaders.data_dir(), name, role, who.name)
    return True, t("admin.role_changed", lang, name=texts.plain(name), role=t(f"role.{role}", lang))


def _account_refused(exc: auth.AccountError, lang: str) -> tuple[bool, str]:
    params = {k: texts.plain(str(v)) if k == "name" else v for k, v in exc.params.items()}
    return False, t(f"account.{exc.code}", lang, **params)


def reset_password(name: str, new: str, again: str, who: Identity, lang: str) -> tuple[bool, str]:
    """An administrator sets a password that the user must change at the next login."""
    if not who.can("accounts"):
        return False, t("auth.forbidden", lang)
    if new != again:
        return False, t("account.mismatch", lang)
    try:
        auth.set_password(loaders.data_dir(), name, new, who.name, must_change=True)
    except auth.AccountError as exc:
        return _account_refused(exc, lang)
    return True, t("account.password_reset", lang, name=texts.plain(name))


def set_disabled(name: str, disabled: bool, who: Identity, lang: str) -> tuple[bool, str]:
    """An administrator disables an account (not their own) or enables it again."""
    if not who.can("accounts") or (disabled and name == who.name):
        return False, t("auth.forbidden", lang)
    try:
        auth.set_disabled(loaders.data_dir(), name, disabled, who.name)
    except auth.AccountError as exc:
        return _account_refused(exc, lang)
    return True, t("account.disabled" if disabled else "account.enabled", lang, name=texts.plain(name))


def save_settings(values: dict[str, str], who: Identity, lang: str) -> tuple[bool, str]:
    """Store the settings an administrator entered: all of them, or none when one is refused (its message)."""
    if not who.can("settings"):
        return False, t("auth.forbidden", lang)
    try:
        for key, value in values.items():
            store.check_setting(key, value)
        for key, value in values.items():
            store.set_setting(loaders.data_dir(), key, value, who.name)
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    return True, t("admin.settings_saved", lang)


def save_goals(rows: list[tuple[date, float]], who: Identity, lang: str) -> tuple[bool, str]:
    """Replace the goals with the rows an editor entered (deadline, target %)."""
    if not who.can("goals"):
        return False, t("auth.forbidden", lang)
    try:
        store.set_goals(loaders.data_dir(), tuple(Goal(d, float(p)) for d, p in rows), who.name)
    except (store.StoreError, TypeError, ValueError):
        return False, t("goals.invalid", lang)
    return True, t("goals.saved", lang)


# --- units master (issue 7) ---
from lib.ingest.units import UnitsRead  # noqa: E402


def replace_units(read: UnitsRead, data: bytes, file_name: str, who: Identity, lang: str) -> tuple[bool, str]:
    """Make a checked units master the one in force (administrators only); the old ones are kept."""
    if not who.can("settings"):
        return False, t("auth.forbidden", lang)
    if not read.ok or read.units is None:
        return False, t("store.units_not_valid", lang)
    try:
        new_id = store.set_units(loaders.data_dir(), store.UnitsFile(read.units, data, file_name), who.name)
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    return True, t("admin.units_replaced", lang, id=new_id)
