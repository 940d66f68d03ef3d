"""The benchmark at province and national scale (`make bench`; not part of `make test`).

    python bench/run.py [--runs N] [--out DIR] [--skip-browser] [--skip-national-brief] [--only province|country]

Generates the synthetic data (bench/generate.py) when missing, then measures, as the median of N runs (5 by default):
- `units import`, `validate` and `import` of each file, each in its own process as a person runs them (wall time,
  peak memory of that process), beside a bare pyarrow read of the same file and a DuckDB query computing the same
  per-ward shares from it;
- loading the national snapshot from the store, the overview's metrics on it and the same per-ward shares in DuckDB;
- an AppTest run of the overview with the national snapshot stored, a rerun, and a rerun after choosing a ward;
- every page under AppTest (its first visit in a session, and its reruns), signed in as an administrator;
- every CLI command on the stored snapshot, start-up included, and the brief of it in every format;
- the time from opening the overview in Chromium to its chart drawn, against a bare page with one Plotly chart.
Prints a table and writes it as JSON to bench/results/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
from report import machine, table, targets  # noqa: E402
from yardsticks import (  # noqa: E402
    SNAPSHOT_SHARES,
    bare_read,
    duckdb_connection,
    duckdb_file_shares,
    duckdb_snapshot_shares,
)

RESULTS = ROOT / "bench" / "results"


# --- measuring ------------------------------------------------------------------------------------------------


def run_process(command: list[str], cwd: Path = ROOT) -> tuple[float, int, str]:
    """Run a command in its own process: (wall seconds, peak resident memory in bytes, stderr).

    The command is started by bench/measure.py, a small process, so that its peak is its own (see there).
    """
    with tempfile.TemporaryFile() as errors, tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        wrapped = [sys.executable, str(ROOT / "bench" / "measure.py"), str(peak_file), "--", *command]
        start = time.perf_counter()
        proc = subprocess.run(wrapped, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors, check=False)
        wall = time.perf_counter() - start
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
        peak = int(peak_file.read_text(encoding="utf-8")) if peak_file.exists() else 0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {proc.returncode}: {text[-2000:]}")
    return wall, peak, text


def timed(function: Callable[[], object], runs: int) -> tuple[list[float], object]:
    """Seconds of each of `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return times, result


def summary(times: list[float]) -> dict[str, float]:
    return {"median": statistics.median(times), "min": min(times), "max": max(times), "n": len(times)}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "lib.cli", *args]


def parse_file(path: Path, units: Any) -> object:
    """parse_bytes() of a file in this process, as the app reads an upload (no start-up)."""
    from lib.ingest.roster import parse_bytes

    return parse_bytes(path.read_bytes(), path.name, units)


# --- the parts ------------------------------------------------------------------------------------------------


def files_part(made: list[dict[str, Any]], runs: int, work: Path, log: Callable[[str], None]) -> list[dict[str, Any]]:
    """units import, validate and import of each file, in their own process; pyarrow and DuckDB beside them."""
    from lib import store

    rows: list[dict[str, Any]] = []
    masters: dict[str, Any] = {}
    for item in made:
        scale, units_csv = item["scale"], Path(item["units"])
        template = work / f"{scale}_template"
        units_times, units_peaks = [], []
        for i in range(runs):
            target = template if i == 0 else work / f"{scale}_units_{i}"
            wall, peak, _ = run_process(cli("units", "import", str(units_csv), "--data-dir", str(target)))
            units_times.append(wall)
            units_peaks.append(peak)
            if i:
                shutil.rmtree(target)
        masters[scale] = store.units(template)
        rows.append(
            {
                "scale": scale,
                "file": units_csv.name,
                "step": "units import",
                **summary(units_times),
                "peak_mb": max(units_peaks) / 2**20,
            }
        )
        log(f"{scale}: units import {statistics.median(units_times):.2f} s")
        for kind, name in item["files"].items():
            path = Path(name)
            row_times: dict[str, list[float]] = {"validate": [], "import": []}
            peaks: dict[str, int] = {"validate": 0, "import": 0}
            for _ in range(runs):
                wall, peak, _ = run_process(cli("validate", str(path), "--data-dir", str(template)))
                row_times["validate"].append(wall)
                peaks["validate"] = max(peaks["validate"], peak)
                data_dir = work / f"{scale}_import"
                shutil.copytree(template, data_dir)
                wall, peak, _ = run_process(cli("import", str(path), "--data-dir", str(data_dir)))
                row_times["import"].append(wall)
                peaks["import"] = max(peaks["import"], peak)
                keep = work / f"{scale}_stored"
                if not keep.exists():
                    data_dir.rename(keep)  # the national snapshot stored, for the app parts
                else:
                    shutil.rmtree(data_dir)
            bare, _ = timed(bare_read(path), runs)
            parse, _ = timed(partial(parse_file, path, masters[scale]), runs)
            duck = None
            if kind in ("csv", "parquet"):
                duck, result = timed(partial(duckdb_file_shares, path, units_csv), runs)
                total = int(result["concurrent"].sum())  # type: ignore[index]
                if total != item["concurrent"]:
                    raise RuntimeError(f"DuckDB counts {total} concurrent, the generator made {item['concurrent']}")
            for step in ("validate", "import"):
                stats = summary(row_times[step])
                rows.append(
                    {
                        "scale": scale,
                        "file": path.name,
                        "kind": kind,
                        "step": step,
                        **stats,
                        "peak_mb": peaks[step] / 2**20,
                        "bare_read_s": statistics.median(bare),
                        "duckdb_s": statistics.median(duck) if duck else None,
                        "vs_bare": stats["median"] / statistics.median(bare),
                        "vs_duckdb": stats["median"] / statistics.median(duck) if duck else None,
                        "parse_in_process_s": statistics.median(parse),
                    }
                )
            log(
                f"{scale} {kind}: validate {statistics.median(row_times['validate']):.2f} s, "
                f"import {statistics.median(row_times['import']):.2f} s, peak {peaks['import'] / 2**20:.0f} MB"
            )
    return rows


def metrics_part(data_dir: Path, runs: int) -> dict[str, Any]:
    """Loading the stored national snapshot, the overview's metrics on it, and DuckDB's per-ward shares."""
    from lib import store
    from lib.analysis import metrics, progress
    from lib.ingest.units import ward_table

    loads, snapshot = timed(lambda: store.load(data_dir), runs)
    snap: Any = snapshot
    goals = store.goals(data_dir)

    def overview() -> object:
        coverage = metrics.city_coverage(snap)
        gaps = metrics.goal_gaps(goals, coverage)
        wards = metrics.ward_ranking(metrics.ward_summary(snap))
        metrics.wards_behind(wards, metrics.next_goal(goals, gaps))
        metrics.kind_summary(snap)
        return metrics.reason_counts(snap)

    ward_shares, _ = timed(lambda: metrics.ward_summary(snap), runs)
    every, _ = timed(overview, runs)
    duck, result = timed(lambda: duckdb_snapshot_shares(snap.units, snap.hamlets), runs)
    con = duckdb_connection(snap.units, snap.hamlets)
    query_only, _ = timed(lambda: con.execute(SNAPSHOT_SHARES).df(), runs)
    con.close()
    ours = metrics.ward_summary(snap).set_index("code")["concurrent"]
    theirs = result.set_index("ward_code")["concurrent"]  # type: ignore[attr-defined]
    if not (ours.sort_index() == theirs.reindex(ours.index).sort_index()).all():
        raise RuntimeError("DuckDB and lib.analysis.metrics disagree on the per-ward counts")
    observations, _ = timed(lambda: store.observations(data_dir), runs)
    wards = ward_table(snap.units)
    obs = store.observations(data_dir)
    reports, _ = timed(lambda: progress.report(obs, wards, goals, snap.as_of), max(1, runs // 2))
    return {
        "load": summary(loads),
        "ward_summary": summary(ward_shares),
        "overview_metrics": summary(every),
        "duckdb": summary(duck),
        "duckdb_query_only": summary(query_only),
        "ward_summary_vs_duckdb": statistics.median(ward_shares) / statistics.median(duck),
        "overview_metrics_vs_duckdb": statistics.median(every) / statistics.median(duck),
        "overview_metrics_vs_duckdb_query": statistics.median(every) / statistics.median(query_only),
        "observations": summary(observations),
        "progress_report_all_wards": summary(reports),
        "wards": len(wards),
    }


def brief_part(runs: int, work: Path) -> dict[str, Any]:
    """The meeting brief of the default data in Vietnamese, as a staff member gets it: PPTX and PDF (charts drawn
    through kaleido and Chromium), XLSX and Word; each a whole `report` command, start-up included."""
    found: dict[str, Any] = {}
    for kind in BRIEF_KINDS:
        out, data = work / f"brief.{kind}", work / "brief_data"
        command = cli("report", "--format", kind, "-o", str(out), "--data-dir", str(data), "--lang", "vi")
        times, _ = timed(partial(run_process, command), runs)
        found[kind] = summary(times)
    return found


# Every CLI command at national scale (the stored national snapshot), each in its own process, start-up included;
# validate and import are measured with their files above. {out} is a file in the work folder.
CLI_COMMANDS: list[tuple[str, ...]] = [
    ("--help",),
    ("summarize",),
    ("summarize", "--json"),
    ("history", "--json"),
    ("progress", "--json"),
    ("audit", "--json"),
    ("units", "list"),
    ("staffing", "--json"),
]
BRIEF_KINDS = ("xlsx", "pptx", "pdf", "docx")


def cli_part(
    data_dir: Path, runs: int, work: Path, national_brief: bool, log: Callable[[str], None]
) -> list[dict[str, Any]]:
    """Each command's wall time (median of `runs`), and the brief of the national snapshot in every format (one run
    each: it took 48-60 s before issue 16)."""
    rows: list[dict[str, Any]] = []
    commands = [(args, runs) for args in CLI_COMMANDS]
    if national_brief:
        commands += [(("report", "--format", kind, "-o", str(work / f"national.{kind}")), 1) for kind in BRIEF_KINDS]
    for args, n in commands:
        with_dir = args if args == ("--help",) else (*args, "--data-dir", str(data_dir))
        times, peaks = [], []
        for _ in range(n):
            wall, peak, _ = run_process(cli(*with_dir))
            times.append(wall)
            peaks.append(peak)
        rows.append(
            {
                "command": " ".join(args[:3] if args[0] == "report" else args),
                **summary(times),
                "peak_mb": max(peaks) / 2**20,
            }
        )
        log(f"CLI {' '.join(args)}: {statistics.median(times):.2f} s")
    return rows


def probe(script: str, data_dir: Path, runs: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), str(data_dir), str(runs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{script} failed: {out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement (the median is reported)")
    parser.add_argument("--out", type=Path, default=RESULTS / "data", help="where the synthetic data is written")
    parser.add_argument("--skip-browser", action="store_true", help="leave out the Chromium part")
    parser.add_argument("--only", choices=("province", "country"), help="one scale only")
    parser.add_argument(
        "--skip-national-brief", action="store_true", help="leave out the brief of the national snapshot (minutes)"
    )
    args = parser.parse_args(argv)

    def log(text: str) -> None:
        print(f"[{datetime.now():%H:%M:%S}] {text}", file=sys.stderr, flush=True)

    manifest = args.out / "manifest.json"
    if not manifest.exists() or json.loads(manifest.read_text())["seed"] != generate.SEED:
        log(f"generating the synthetic data into {args.out}")
        # In its own process, so that this one stays small (see bench/measure.py).
        run_process([sys.executable, str(ROOT / "bench" / "generate.py"), str(args.out)])
    made: list[dict[str, Any]] = json.loads(manifest.read_text())["made"]
    if args.only:
        made = [m for m in made if m["scale"] == args.only]
    report: dict[str, Any] = {"when": datetime.now().isoformat(timespec="seconds"), "runs": args.runs}
    report["machine"] = machine()
    start, _ = timed(lambda: run_process(cli("--help")), args.runs)
    report["cli_start"] = summary(start)
    with tempfile.TemporaryDirectory(prefix="bl-bench-") as tmp:
        work = Path(tmp)
        report["files"] = files_part(made, args.runs, work, log)
        stored = work / "country_stored" if (work / "country_stored").exists() else work / "province_stored"
        report["stored_scale"] = "national" if stored.name.startswith("country") else "province"
        log("metrics on the stored snapshot")
        report["metrics"] = metrics_part(stored, args.runs)
        log("AppTest")
        report["apptest"] = probe("probe_apptest.py", stored, args.runs)
        log("AppTest, every page (signed in as an administrator)")
        report["pages"] = probe("probe_pages.py", stored, args.runs)
        log("every CLI command")
        report["cli"] = cli_part(stored, args.runs, work, not args.skip_national_brief, log)
        if not args.skip_browser:
            if shutil.which(os.environ.get("CHROMIUM", "chromium")) is None:
                log("no chromium: the browser part is left out")
            else:
                log("Chromium")
                report["browser"] = probe("probe_browser.py", stored, args.runs)
        log("the meeting brief")
        report["brief"] = brief_part(args.runs, work)
    report["targets"] = targets(report)
    text = table(report)
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = RESULTS / f"bench_{datetime.now():%Y%m%d_%H%M%S}.json"
    for path in (name, RESULTS / "latest.json"):
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    log(f"written {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
