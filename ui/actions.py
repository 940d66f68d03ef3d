"""Writes from the pages (store an upload, restore a snapshot), with their messages in the user's language."""

from __future__ import annotations

from datetime import date

from lib import fmt, store
from lib.cli import store_message
from lib.i18n import t
from lib.roster import Parsed
from ui import loaders


def store_upload(parsed: Parsed, data: bytes, file_name: str, user: str, lang: str) -> tuple[bool, str]:
    """Store a checked upload as a new snapshot: (True, "Đã lưu …") or (False, why not)."""
    try:
        new_id = store.add_snapshot(loaders.data_dir(), parsed, data, file_name, user.strip())
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    as_of = parsed.snapshot.as_of if parsed.snapshot else None
    return True, t("upload.stored", lang, id=new_id, date=fmt.day(as_of, lang) if as_of else "")


def restore(snapshot_id: int, user: str, lang: str) -> tuple[bool, str]:
    try:
        store.restore(loaders.data_dir(), snapshot_id, user.strip())
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    return True, t("history.restored", lang, id=snapshot_id)


def save_scenario(name: str, snapshot_id: int, items: dict[str, date], lang: str) -> tuple[bool, str]:
    if not name.strip():
        return False, t("scenario.needs_name", lang)
    new_id = store.save_scenario(loaders.data_dir(), name, snapshot_id, items, "")
    return True, t("scenario.saved", lang, name=name.strip(), id=new_id)


def delete_scenario(scenario_id: int, lang: str) -> tuple[bool, str]:
    try:
        store.delete_scenario(loaders.data_dir(), scenario_id, "")
    except store.StoreError as exc:
        return False, store_message(exc, lang)
    return True, t("scenario.deleted", lang, id=scenario_id)
