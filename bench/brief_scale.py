"""The meeting brief at both scales, each format against its target (issue 16).

    python bench/brief_scale.py [--runs N] [--only city|national] [--formats pptx,pdf,xlsx,docx] [--work DIR]
                                [--national-store DATA_DIR] [--skip-warm]

- city: the embedded data (67 hamlets, Thành phố Bạc Liêu), in an empty data dir;
- national: bench/generate.py's country (3,300 wards, 100,000 hamlets, 1,000,000 officer rows), units master and
  officer roster imported into a data dir of its own (made once under --work and kept).

Each format is measured as a person gets it: a whole `report` command in its own process (start-up, Chromium and
writing the file included), the median of N runs, with its CPU time (Chromium's included) and peak memory; and as
the app's server makes it: the same brief again in one process whose browser is already warm. Prints each median
against its target.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
from run import cli, run_process  # noqa: E402

TARGETS = {"city": 3.0, "national": 10.0}  # seconds, each format (issue 16)
FORMATS = ("pptx", "pdf", "xlsx", "docx")
WORK = ROOT / "bench" / "results" / "brief"


def national_store(work: Path) -> Path:
    """A data dir with the country's units master and officer roster stored (made once, then reused)."""
    store = work / "national_store"
    if (store / "done").exists():
        return store
    data = work / "data"
    made = {item["scale"]: item for item in generate.main([str(data)])}["country"]
    files = made["files"]
    assert isinstance(files, dict)
    roster = Path(files["parquet"])
    subprocess.run(cli("units", "import", str(made["units"]), "--data-dir", str(store)), cwd=ROOT, check=True)
    subprocess.run(
        cli("import", str(roster), "--data-dir", str(store)), cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )
    (store / "done").write_text("stored\n", encoding="utf-8")
    return store


def _children_cpu() -> float:
    """CPU seconds (user and system) of every process this one has waited for, Chromium's included."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def commands(store: Path, kind: str, runs: int) -> tuple[list[float], list[float], int]:
    """Wall seconds and CPU seconds of each `report` command, and the highest peak memory (bytes). The CPU time
    tells more than the wall time on a machine others share."""
    times, cpu, peak = [], [], 0
    with tempfile.TemporaryDirectory() as out:
        for _ in range(runs):
            command = cli("report", "--format", kind, "-o", f"{out}/brief.{kind}", "--data-dir", str(store))
            before = _children_cpu()
            wall, used, _ = run_process([*command, "--lang", "vi"])
            cpu.append(_children_cpu() - before)
            times.append(wall)
            peak = max(peak, used)
    return times, cpu, peak


WARM = """
import sys, time
from pathlib import Path
from lib import report
folder, kinds, runs = Path(sys.argv[1]), sys.argv[2].split(","), int(sys.argv[3])
report.from_store(folder, "pptx", "vi", True)  # the server's first report starts the browser
for kind in kinds:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        made = report.from_store(folder, kind, "vi", True)
        times.append(time.perf_counter() - start)
    print(kind, *times, *made.notes, sep="\\t")
"""


def warm(store: Path, kinds: list[str], runs: int) -> dict[str, list[float]]:
    """Seconds of each brief made in one process with a warm browser, as the app's server makes them."""
    done = subprocess.run(
        [sys.executable, "-c", WARM, str(store), ",".join(kinds), str(runs)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    found = {}
    for line in done.stdout.splitlines():
        kind, *cells = line.split("\t")
        found[kind] = [float(c) for c in cells if c.replace(".", "", 1).isdigit()]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=sorted(TARGETS))
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--work", type=Path, default=WORK)
    parser.add_argument("--national-store", type=Path, help="a data dir with the country stored already")
    parser.add_argument("--skip-warm", action="store_true", help="only the commands, not the server's warm reports")
    args = parser.parse_args(argv)
    kinds = args.formats.split(",")
    rows: list[tuple[str, str, str, list[float], float | None, int]] = []
    for scale in [args.only] if args.only else ["city", "national"]:
        with tempfile.TemporaryDirectory() as empty:
            store = Path(empty) if scale == "city" else args.national_store or national_store(args.work)
            for kind in kinds:
                times, cpu, peak = commands(store, kind, args.runs)
                rows.append((scale, kind, "command", times, statistics.median(cpu), peak))
                print(f"{scale} {kind}: command median {statistics.median(times):.2f} s", file=sys.stderr)
            for kind, times in ({} if args.skip_warm else warm(store, kinds, args.runs)).items():
                rows.append((scale, kind, "server, warm", times, None, 0))
    print(f"brief, median of {args.runs} ({time.strftime('%d/%m/%Y %H:%M')})")
    print("| scale | format | made by | median s | min–max s | CPU s | peak MB | target s | |")
    print("|---|---|---|---|---|---|---|---|---|")
    for scale, kind, how, times, cpu_s, peak in rows:
        target, middle = TARGETS[scale], statistics.median(times)
        held = "holds" if middle < target else "**missed**"
        memory = f"{peak / 2**20:,.0f}" if peak else ""
        used = "" if cpu_s is None else f"{cpu_s:.2f}"
        spread = f"{min(times):.2f}–{max(times):.2f}"
        print(f"| {scale} | {kind} | {how} | {middle:.2f} | {spread} | {used} | {memory} | {target:.0f} | {held} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
