"""The national import against its targets (issue 16): `python bench/import_scale.py [--runs N] [--stages]`.

Generates the synthetic data (bench/generate.py) when missing, stores the national units master once, then measures,
as the median of N runs (5 by default), in the same run:
- `python -m lib.cli import officers.csv` of the 1,000,000-row roster, each in its own process on a fresh copy of the
  store (wall time, peak memory of that process, through bench/measure.py);
- DuckDB computing the same per-ward shares from the same file (bench/yardsticks.py), and the ratio of the two;
- with --against DIR (repeatable), the same import from another checkout (the code before), interleaved run by run;
- with --stages, in this process: `parse_bytes` alone and `store.add_snapshot` alone.
Prints each figure against its target. The machine may be shared: the runs are interleaved so that the trees and
DuckDB meet the same load, and the ratios are taken within the run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
from run import cli, run_process, timed  # noqa: E402
from yardsticks import duckdb_file_shares  # noqa: E402

IMPORT_TARGET_S = 3.0
DUCKDB_RATIO_TARGET = 6.0
PEAK_TARGET_MB = 1536


def _national(out: Path) -> dict[str, object]:
    manifest = out / "manifest.json"
    if not manifest.exists() or json.loads(manifest.read_text())["seed"] != generate.SEED:
        run_process([sys.executable, str(ROOT / "bench" / "generate.py"), str(out)])
    made: list[dict[str, object]] = json.loads(manifest.read_text())["made"]
    return next(m for m in made if m["scale"] == "country")


def _imports(csv: Path, units_csv: Path, template: Path, work: Path, runs: int, trees: list[Path]) -> dict[str, Any]:
    """Each run: the import from each tree (this one first), then DuckDB; interleaved, so that each run of one meets
    the same load of the shared machine as the same run of the others."""
    times: dict[str, list[float]] = {str(tree): [] for tree in trees}
    peaks: dict[str, int] = {str(tree): 0 for tree in trees}
    duck: list[float] = []
    for i in range(runs):
        for tree in trees:
            data_dir = work / f"import_{i}"
            shutil.copytree(template, data_dir)
            wall, used, _ = run_process(cli("import", str(csv), "--data-dir", str(data_dir)), cwd=tree)
            times[str(tree)].append(wall)
            peaks[str(tree)] = max(peaks[str(tree)], used)
            shutil.rmtree(data_dir)
        start = time.perf_counter()
        result = duckdb_file_shares(csv, units_csv)
        duck.append(time.perf_counter() - start)
    return {"times": times, "peaks": peaks, "duckdb": duck, "concurrent": int(result["concurrent"].sum())}


def _stages(csv: Path, template: Path, work: Path, runs: int) -> dict[str, float]:
    """parse_bytes alone and add_snapshot alone, in this process (no start-up)."""
    from lib import store
    from lib.ingest.roster import parse_bytes

    units = store.units(template)
    data = csv.read_bytes()
    parses, parsed = timed(lambda: parse_bytes(data, csv.name, units), runs)
    stores = []
    for i in range(runs):
        data_dir = work / f"stage_{i}"
        shutil.copytree(template, data_dir)
        start = time.perf_counter()
        store.add_snapshot(data_dir, parsed, data, csv.name, "bench")  # type: ignore[arg-type]
        stores.append(time.perf_counter() - start)
        shutil.rmtree(data_dir)
    return {"parse_bytes": statistics.median(parses), "add_snapshot": statistics.median(stores)}


def _line(name: str, value: float, unit: str, target: float | None = None) -> str:
    held = "" if target is None else f"  target < {target:g} {unit}: {'holds' if value < target else 'MISSED'}"
    return f"{name:<34} {value:>8.2f} {unit}{held}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement (the median is reported)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "data", help="the synthetic data")
    parser.add_argument("--stages", action="store_true", help="also parse_bytes and add_snapshot, in this process")
    parser.add_argument(
        "--against", type=Path, action="append", default=[], help="another checkout (the code before) measured too"
    )
    args = parser.parse_args(argv)
    country = _national(args.out)
    csv, units_csv = Path(str(country["files"]["csv"])), Path(str(country["units"]))  # type: ignore[index]
    trees = [ROOT, *(t.resolve() for t in args.against)]
    with tempfile.TemporaryDirectory(prefix="bl-import-") as tmp:
        work = Path(tmp)
        template = work / "template"
        run_process(cli("units", "import", str(units_csv), "--data-dir", str(template)))
        found = _imports(csv, units_csv, template, work, args.runs, trees)
        if found["concurrent"] != country["concurrent"]:
            raise RuntimeError("DuckDB's count of concurrent hamlets is not the generator's")
        stages = _stages(csv, template, work, args.runs) if args.stages else {}
    duck = found["duckdb"]
    theirs = statistics.median(duck)
    print(f"national import of {csv.name} (1,000,000 rows), median of {args.runs}, runs interleaved")
    print(_line("DuckDB per-ward shares", theirs, "s"), f"[{min(duck):.2f}-{max(duck):.2f}]")
    for tree in trees:
        times, peak = found["times"][str(tree)], found["peaks"][str(tree)]
        ours = statistics.median(times)
        name = "this tree" if tree == ROOT else str(tree)
        print(f"-- {name}")
        print(_line("import (whole command)", ours, "s", IMPORT_TARGET_S), f"[{min(times):.2f}-{max(times):.2f}]")
        print(_line("import / DuckDB", ours / theirs, "x", DUCKDB_RATIO_TARGET))
        print(_line("peak memory of the import", peak / 2**20, "MB", PEAK_TARGET_MB))
    for name, value in stages.items():
        print(_line(f"{name} (in one process)", value, "s"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
