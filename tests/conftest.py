"""Shared fixtures: the embedded units master, the 2019 baseline snapshot and the goals."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib.core.dataset import default_goals  # noqa: E402
from lib.core.model import Goal, Snapshot  # noqa: E402
from lib.ingest.embedded import default_snapshot, default_units  # noqa: E402

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


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir that the app (AppTest) reads through $BL_DATA_DIR."""
    monkeypatch.setenv("BL_DATA_DIR", str(tmp_path))
    return tmp_path


PASSWORD = "mat-khau-du-dai-2019"


def sign_in(at: object, data_dir: Path, role: str, name: str | None = None) -> None:
    """Create an account in the data dir and log in through the sidebar form, as a person would."""
    from lib import store
    from lib.store import auth

    name = name or f"{role}-1"
    if store.user(data_dir, name) is None:
        auth.add_user(data_dir, name, role, PASSWORD, "test")
    at.run()  # type: ignore[attr-defined]
    if "bl.logout" in [b.key for b in at.button]:  # type: ignore[attr-defined]
        at.button(key="bl.logout").click().run()  # type: ignore[attr-defined]
    at.text_input(key="bl.login_name").set_value(name)  # type: ignore[attr-defined]
    at.text_input(key="bl.login_password").set_value(PASSWORD)  # type: ignore[attr-defined]
    next(b for b in at.button if b.proto.label in ("Đăng nhập", "Log in")).click().run()  # type: ignore[attr-defined]
    assert not at.exception, at.exception  # type: ignore[attr-defined]
