"""The national import and the overview on both engines: `python bench/store_engines.py [--runs N]`.

Generates the synthetic data (bench/generate.py) when missing, then for SQLite (a fresh data dir each run) and for
PostgreSQL (a throwaway server, tests/postgres.py, a fresh database each run): stores the national units master,
then measures `python -m lib.cli import` of the national roster (1,000,000 officer rows, about 100,000 hamlets) as a
separate process, `store.add_snapshot` alone in this process, and the overview page on the stored snapshot (first
visit and rerun, bench/probe_pages.py). Prints the medians side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_scale import _national  # noqa: E402
from run import cli, run_process  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from lib import store  # noqa: E402
from lib.ingest.roster import parse_bytes  # noqa: E402
from lib.store import engine as store_engine  # noqa: E402
from tests import postgres  # noqa: E402


def _fresh_database(server: postgres.Server) -> str:
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server.url(name)


def _use(url: str) -> None:
    """This process's store: the database at url ("" : the data dir's SQLite file), with no engine left open."""
    store_engine.dispose()
    if url:
        os.environ[store.DATABASE_URL_ENV] = url
    else:
        os.environ.pop(store.DATABASE_URL_ENV, None)


def _measure(csv: Path, units_csv: Path, runs: int, fresh: Callable[[int], list[str]]) -> dict[str, float]:
    """The whole command (a process) and add_snapshot alone (this process), each on a fresh store with the master."""
    commands, stages = [], []
    overview: dict[str, float] = {}
    data = csv.read_bytes()
    for i in range(runs):
        where = fresh(i)
        run_process(cli("units", "import", str(units_csv), *where))
        wall, _used, _ = run_process(cli("import", str(csv), *where))
        commands.append(wall)
        if i == 0:  # the overview on this store: its first visit and its reruns, in AppTest
            overview = _overview(where, runs)
        where = fresh(100 + i)
        run_process(cli("units", "import", str(units_csv), *where))
        data_dir = Path(where[where.index("--data-dir") + 1])
        _use(where[where.index("--database-url") + 1] if "--database-url" in where else "")
        parsed = parse_bytes(data, csv.name, store.units(data_dir))
        start = time.perf_counter()
        store.add_snapshot(data_dir, parsed, data, csv.name, "bench")
        stages.append(time.perf_counter() - start)
        _use("")
    return {
        "import (whole command)": statistics.median(commands),
        "add_snapshot alone": statistics.median(stages),
        **overview,
    }


def _overview(where: list[str], runs: int) -> dict[str, float]:
    """The overview page on a stored national snapshot (bench/probe_pages.py in its own process): first, rerun."""
    env = {**os.environ}
    env.pop(store.DATABASE_URL_ENV, None)
    if "--database-url" in where:
        env[store.DATABASE_URL_ENV] = where[where.index("--database-url") + 1]
    data_dir = where[where.index("--data-dir") + 1]
    command = [sys.executable, str(ROOT / "bench" / "probe_pages.py"), data_dir, str(runs), "overview.py"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    page = json.loads(done.stdout.strip().splitlines()[-1])["pages"]["overview.py"]
    return {"overview, first visit": float(page["first"]), "overview, rerun": statistics.median(page["rerun"])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement (the median is reported)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "data", help="the synthetic data")
    args = parser.parse_args(argv)
    country = _national(args.out)
    csv, units_csv = Path(str(country["files"]["csv"])), Path(str(country["units"]))  # type: ignore[index]
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bl-engines-") as tmp:
        work = Path(tmp)
        results["SQLite"] = _measure(csv, units_csv, args.runs, lambda i: ["--data-dir", str(work / f"sqlite_{i}")])
        reason = postgres.why_not()
        if reason:
            print(f"PostgreSQL not measured: {reason}")
        else:
            server = postgres.start()
            try:
                results["PostgreSQL"] = _measure(
                    csv,
                    units_csv,
                    args.runs,
                    lambda i: ["--data-dir", str(work / f"pg_{i}"), "--database-url", _fresh_database(server)],
                )
            finally:
                postgres.stop(server)
    print(f"national import of {csv.name} (1,000,000 officer rows) and the overview, median of {args.runs}")
    for engine, figures in results.items():
        for name, value in figures.items():
            print(f"{engine:<11} {name:<24} {value:>7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
