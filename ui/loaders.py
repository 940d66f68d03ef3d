"""Cached loading at the I/O edge: keyed by the data folder and a hash of its files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import streamlit as st

from lib import store
from lib.dataset import DEFAULT_DATA_DIR, default_units
from lib.model import Goal, Snapshot
from lib.progress import UnitProgress, report
from lib.roster import Parsed, parse_bytes
from lib.units import ward_table


def data_dir() -> Path:
    """The data folder: $BL_DATA_DIR when set (tests, deployments), else the repository's data/."""
    return Path(os.environ.get("BL_DATA_DIR") or DEFAULT_DATA_DIR)


@st.cache_data(show_spinner=False, max_entries=16)
def _snapshot(folder: str, snapshot_id: int | None, revision: str) -> Snapshot:
    return store.load(Path(folder), snapshot_id)


@st.cache_data(show_spinner=False, max_entries=4)
def _history(folder: str, revision: str) -> list[store.SnapshotInfo]:
    return store.history(Path(folder))


def revision() -> str:
    """The store's revision: every cached read below is keyed by it, so an upload or restore shows at once."""
    return store.revision(data_dir())


def snapshot(snapshot_id: int | None = None) -> Snapshot:
    """A snapshot from the store (the current one by default), cached until the store changes."""
    return _snapshot(str(data_dir()), snapshot_id, revision())


def history() -> list[store.SnapshotInfo]:
    return _history(str(data_dir()), revision())


def goals() -> tuple[Goal, ...]:
    return store.goals(data_dir())


@st.cache_data(show_spinner=False, max_entries=8)
def parse_upload(data: bytes, file_name: str, as_of: date | None) -> Parsed:
    """An uploaded file read and checked (cached by its bytes, so reruns of the page do not read it again)."""
    return parse_bytes(data, file_name, default_units(), as_of=as_of)


@st.cache_data(show_spinner=False, max_entries=8)
def _original(folder: str, snapshot_id: int, revision: str) -> tuple[str, bytes]:
    return store.original(Path(folder), snapshot_id)


def original(snapshot_id: int) -> tuple[str, bytes]:
    """The file name and bytes of a snapshot exactly as uploaded."""
    return _original(str(data_dir()), snapshot_id, revision())


@st.cache_data(show_spinner=False, max_entries=8)
def _progress(
    folder: str, reference: date, revision: str
) -> tuple[UnitProgress, list[UnitProgress], list[UnitProgress]]:
    return report(store.observations(Path(folder)), ward_table(default_units()), store.goals(Path(folder)), reference)


def progress(reference: date) -> tuple[UnitProgress, list[UnitProgress], list[UnitProgress]]:
    """The city, its wards and kinds judged on every goal as of a date, from every stored snapshot (cached)."""
    return _progress(str(data_dir()), reference, revision())


@st.cache_data(show_spinner=False, max_entries=4)
def _scenarios(folder: str, revision: str) -> list[store.Scenario]:
    return store.scenarios(Path(folder))


def scenarios() -> list[store.Scenario]:
    return _scenarios(str(data_dir()), revision())


def accounts() -> list[store.User]:
    return store.users(data_dir())


def settings() -> dict[str, str]:
    return store.settings(data_dir())


def audit() -> list[dict[str, object]]:
    return store.events(data_dir())
