"""Shared fixtures: the embedded units master, the 2019 baseline snapshot and the goals."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib.dataset import default_goals, default_snapshot, default_units  # noqa: E402
from lib.model import Goal, Snapshot  # noqa: E402

SHARED = ROOT.parent / "shared"
# Copies of ../shared/samples (offices' files and their expected counts), so these tests always run.
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session")
def units() -> pd.DataFrame:
    return default_units()


@pytest.fixture(scope="session")
def baseline() -> Snapshot:
    return default_snapshot()


@pytest.fixture(scope="session")
def goals() -> tuple[Goal, ...]:
    return default_goals()
