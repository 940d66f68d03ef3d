"""Deployment settings and the goals in force (data an editor may change; every change is audited)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from lib.core.dataset import default_goals
from lib.core.model import Goal
from lib.core.schema import READ_LIMIT_PREFIX, READ_LIMITS, READ_LIMITS_HIGHEST, SETTINGS_DEFAULTS
from lib.store.audit import _event
from lib.store.db import StoreError, _reading, _writing


def settings(data_dir: Path) -> dict[str, str]:
    """Deployment settings, with their defaults."""
    values = dict(SETTINGS_DEFAULTS)
    with _reading(data_dir) as conn:
        if conn is not None:
            values.update(dict(conn.execute("SELECT key, value FROM settings").fetchall()))
    return values


def read_limits(data_dir: Path) -> dict[str, int]:
    """The read limits in force, for lib.ingest's readers: setting `read_max_cells` is limit `max_cells`.

    A stored value that is not a valid limit (written behind the app's back) counts as its default.
    """
    values = settings(data_dir)
    limits = dict(READ_LIMITS)
    for name in READ_LIMITS:
        try:
            check_setting(READ_LIMIT_PREFIX + name, values[READ_LIMIT_PREFIX + name])
        except StoreError:
            continue
        limits[name] = int(values[READ_LIMIT_PREFIX + name])
    return limits


def check_setting(key: str, value: str) -> None:
    """Refuse an unknown setting, or a read limit that is not a whole number from 1 to 100 times its default."""
    if key not in SETTINGS_DEFAULTS:
        raise StoreError("unknown_setting", setting=key)
    name = key.removeprefix(READ_LIMIT_PREFIX)
    if key.startswith(READ_LIMIT_PREFIX) and name in READ_LIMITS:
        highest = READ_LIMITS_HIGHEST[name]
        text = value.strip()
        if not (text.isascii() and text.isdigit() and 1 <= int(text) <= highest):
            raise StoreError("bad_read_limit", setting=key, value=value, highest=highest)


def set_setting(data_dir: Path, key: str, value: str, by: str) -> None:
    """Store one setting (checked by check_setting); the change is audited."""
    check_setting(key, value)
    value = value.strip() if key.startswith(READ_LIMIT_PREFIX) else value
    with _writing(data_dir) as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        _event(conn, by, "setting", {"key": key, "value": value})


def goals(data_dir: Path) -> tuple[Goal, ...]:
    """The goals in force: those saved by an editor, else the embedded (31/12/2019, 70 %), (31/12/2020, 100 %)."""
    with _reading(data_dir) as conn:
        row = None
        if conn is not None:
            row = conn.execute("SELECT value FROM settings WHERE key = 'goals'").fetchone()
    if row is None:
        return default_goals()
    saved = [Goal(date.fromisoformat(g["deadline"]), float(g["target_pct"])) for g in json.loads(row[0])]
    return tuple(sorted(saved, key=lambda g: g.deadline))


def set_goals(data_dir: Path, new: tuple[Goal, ...], user: str) -> None:
    """Replace the goals (at least one, each 0 < target ≤ 100, distinct deadlines); the change is audited."""
    if not new or any(not 0 < g.target_pct <= 100 for g in new) or len({g.deadline for g in new}) != len(new):
        raise StoreError("bad_goals")
    before = [{"deadline": g.deadline.isoformat(), "target_pct": g.target_pct} for g in goals(data_dir)]
    after = [
        {"deadline": g.deadline.isoformat(), "target_pct": g.target_pct} for g in sorted(new, key=lambda g: g.deadline)
    ]
    with _writing(data_dir) as conn:
        value = json.dumps(after)
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('goals', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (value,),
        )
        _event(conn, user, "goals", {"before": before, "after": after})
