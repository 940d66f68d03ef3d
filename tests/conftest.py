"""Shared fixtures: the embedded units, baseline and goals, a data dir for the app, sign-in, rosters and staffing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from lib import store
from lib.core.dataset import default_goals
from lib.core.model import Goal, Snapshot
from lib.ingest.embedded import default_snapshot, default_units
from lib.ingest.roster import parse_bytes
from lib.report import images
from lib.staffing import Staffing, staffing
from lib.staffing.allowance import Budget, budget
from lib.store import auth
from tests.helpers import GOLDEN, PASSWORD, SignIn
from tests.officers import O01_MODEL, SMALL, embedded_allowance, o01_officers, roster
from tests.postgres import postgres_server, postgres_url  # noqa: F401 - fixtures for every test
from tests.rosters import hamlet_rows, with_note


@pytest.fixture(scope="session")
def units() -> pd.DataFrame:
    return default_units()


@pytest.fixture(scope="session")
def baseline() -> Snapshot:
    return default_snapshot()


@pytest.fixture(scope="session")
def goals() -> tuple[Goal, ...]:
    return default_goals()


# The store's tests, run once on SQLite and once on PostgreSQL (a fresh database each: tests/postgres.py); a test
# about the SQLite file itself is marked sqlite_only.
BOTH_ENGINES = {
    "test_store.py",
    "test_cli_store.py",
    "test_accounts.py",
    "test_accounts_changes.py",
    "test_sessions.py",
    "test_units_change.py",
    "test_column_mapping.py",
    "test_audit_chain.py",
    "test_store_defends.py",
    "test_store_engines.py",
    "test_allowance_store.py",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    both = Path(str(metafunc.definition.fspath)).name in BOTH_ENGINES
    if both and "store_engine" in metafunc.fixturenames and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("store_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(autouse=True)
def store_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The store's engine for this test: SQLite (the data dir's file), or PostgreSQL through $BL_DATABASE_URL."""
    engine = str(getattr(request, "param", "sqlite"))
    if engine == "postgresql":
        monkeypatch.setenv(store.DATABASE_URL_ENV, request.getfixturevalue("postgres_url"))
    else:
        monkeypatch.delenv(store.DATABASE_URL_ENV, raising=False)
    return engine


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir that the app (AppTest) reads through $BL_DATA_DIR."""
    monkeypatch.setenv("BL_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def sign_in(data_dir: Path) -> SignIn:
    """Signs an AppTest in through the sidebar form, as a person would; the account is made in the data dir first."""

    def sign(at: AppTest, role: str, name: str | None = None) -> None:
        name = name or f"{role}-1"
        if store.user(data_dir, name) is None:
            auth.add_user(data_dir, name, role, PASSWORD, "test")
        at.run()
        if "bl.logout" in [b.key for b in at.button]:
            at.button(key="bl.logout").click().run()
        at.text_input(key="bl.login_name").set_value(name)
        at.text_input(key="bl.login_password").set_value(PASSWORD)
        next(b for b in at.button if b.proto.label in ("Đăng nhập", "Log in")).click().run()
        assert not at.exception, at.exception

    return sign


@pytest.fixture
def no_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without any Chromium: nothing on PATH, no $BROWSER_PATH (the brief draws tables, not charts)."""
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setattr(images, "CHROMIUM_NAMES", ())


@pytest.fixture(scope="module")
def rows(units: pd.DataFrame, baseline: Snapshot) -> list[list[str]]:
    """The baseline's 67 hamlets as an office lists them: (ward, hamlet, secretary, head, mark, note)."""
    return hamlet_rows(units, baseline)


@pytest.fixture(scope="module")
def named_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A store whose current snapshot is the 30/09/2019 hamlet list, with names, and a formula-looking note."""
    folder = tmp_path_factory.mktemp("named")
    data = with_note(GOLDEN / "hamlets_2019-09-30.xlsx", '=HYPERLINK("http://x","bấm")')
    parsed = parse_bytes(data, "hamlets_2019-09-30.xlsx", default_units())
    assert parsed.ok, parsed.problems
    assert parsed.snapshot is not None
    store.add_snapshot(folder, parsed, data, "hamlets_2019-09-30.xlsx", "test")
    hamlets = parsed.snapshot.hamlets
    assert hamlets is not None
    names = sorted({n for n in [*hamlets["secretary"], *hamlets["head"]] if isinstance(n, str) and n})
    return folder, names


@pytest.fixture(scope="module")
def small_staffing(units: pd.DataFrame) -> Staffing:
    """The small roster of tests/officers.py, with a quota of 10 people."""
    return staffing(roster(SMALL), units, 10)


@pytest.fixture(scope="module")
def o01_staffing(units: pd.DataFrame) -> Staffing:
    return staffing(o01_officers(units), units)


@pytest.fixture(scope="module")
def o01_budget(units: pd.DataFrame) -> Budget:
    """o01's allowances at the made-up rates, on 31/12/2019."""
    periods = embedded_allowance()[0].base_salary
    result = budget(o01_officers(units), units, O01_MODEL, periods, date(2019, 12, 31))
    assert result is not None
    return result
