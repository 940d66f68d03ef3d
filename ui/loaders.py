"""Cached loading at the I/O edge: keyed by the data folder and a hash of its files."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from lib.dataset import DEFAULT_DATA_DIR, DEFAULT_DIR, current_goals, current_snapshot, fingerprint
from lib.model import Goal, Snapshot


def data_dir() -> Path:
    """The data folder: $BL_DATA_DIR when set (tests, deployments), else the repository's data/."""
    return Path(os.environ.get("BL_DATA_DIR") or DEFAULT_DATA_DIR)


@st.cache_data(show_spinner=False, max_entries=8)
def _snapshot(folder: str, key: str) -> Snapshot:
    return current_snapshot(Path(folder))


@st.cache_data(show_spinner=False, max_entries=8)
def _goals(folder: str, key: str) -> tuple[Goal, ...]:
    return current_goals(Path(folder))


def snapshot() -> Snapshot:
    """The current snapshot (cached until the data changes)."""
    return _snapshot(str(data_dir()), fingerprint(DEFAULT_DIR))


def goals() -> tuple[Goal, ...]:
    return _goals(str(data_dir()), fingerprint(DEFAULT_DIR))
