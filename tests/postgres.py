"""A throwaway PostgreSQL for the test session (initdb as `postgres`, a free port), a fresh database per test."""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from lib.store import engine as store_engine

OWNER = "postgres"  # initdb refuses root: the cluster is made and run by this user


@dataclass(frozen=True)
class Server:
    """A running throwaway cluster: where it listens and its folder."""

    port: int
    folder: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"


def _tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    """A command run as the cluster's owner when the tests run as root (as they are, otherwise)."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", OWNER, "--", *command]


def why_not() -> str:
    """Why no throwaway PostgreSQL can be started here ("" when it can)."""
    if _tool("initdb") is None or _tool("pg_ctl") is None:
        return "PostgreSQL is not installed (no initdb/pg_ctl; `make postgres` installs it as root)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam(OWNER)
        except KeyError:
            return f"running as root and there is no `{OWNER}` user to run initdb"
        if shutil.which("runuser") is None:
            return "running as root without runuser to start PostgreSQL as another user"
    return ""


def start() -> Server:
    """initdb, then start on a free port with the socket in the folder; stopped at exit whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix="bl-postgres-"))
    folder.chmod(0o755)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, OWNER, OWNER)
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    assert initdb and pg_ctl
    subprocess.run(
        _as_owner([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]),
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    subprocess.run(
        _as_owner([pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]),
        check=True,
        capture_output=True,
        timeout=120,
    )
    server = Server(port, folder)
    atexit.register(stop, server)
    return server


def stop(server: Server) -> None:
    """Stop the cluster (fast shutdown) and remove its folder; once, whoever calls first."""
    if not server.folder.exists():
        return
    pg_ctl = _tool("pg_ctl")
    if pg_ctl is not None:
        subprocess.run(
            _as_owner([pg_ctl, "-D", str(server.folder / "data"), "-m", "fast", "-w", "stop"]),
            capture_output=True,
            timeout=120,
            check=False,
        )
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """The session's throwaway PostgreSQL (skipped, with the reason, where none can be started)."""
    reason = why_not()
    if reason:
        pytest.skip(reason)
    server = start()
    yield server
    stop(server)


@pytest.fixture
def postgres_url(postgres_server: Server) -> Iterator[str]:
    """A fresh, empty database on the session's server: its URL (postgresql+psycopg://postgres@127.0.0.1:PORT/NAME);
    dropped after the test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = postgres_server.url(name)
    try:
        yield url
    finally:
        store_engine.dispose(url)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
