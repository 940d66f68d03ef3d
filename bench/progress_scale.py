"""`progress` for every ward and goal at national scale: 3,300 wards, 100,000 hamlets, several snapshots.

    python bench/progress_scale.py [SNAPSHOTS] [RUNS]

The units master is bench/generate.py's country; the observations are synthetic (each snapshot adds hamlets to
random wards), and half of the snapshots after the first are ward-by-ward files (a third of the wards, the others
carried forward with their own, older dates). Prints the median time of `lib.analysis.progress.report`.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

from lib.analysis.progress import report
from lib.core.model import Goal
from lib.ingest.units import ward_table


def observations(wards: pd.DataFrame, snapshots: int, rng: np.random.Generator) -> pd.DataFrame:
    """One row per snapshot and ward (snapshot, order, as_of, ward_code, concurrent), as the store gives them."""
    codes = wards["code"].to_numpy()
    sizes = wards["hamlets"].to_numpy()
    counts = (sizes * 0.3).astype(int)
    dates = np.array([date(2025, 1, 31)] * len(codes), dtype=object)
    frames = []
    for index in range(snapshots):
        day = date(2025, 1, 31) + timedelta(days=45 * index)
        covered = np.ones(len(codes), dtype=bool) if index % 2 == 0 else rng.random(len(codes)) < 1 / 3
        counts = np.where(covered, np.minimum(sizes, counts + rng.integers(0, 3, len(codes))), counts)
        dates = np.where(covered, np.array(day, dtype=object), dates)
        frames.append(
            pd.DataFrame(
                {"snapshot": index + 1, "order": index + 1, "as_of": dates, "ward_code": codes, "concurrent": counts}
            )
        )
    return pd.concat(frames, ignore_index=True)


def main() -> None:
    snapshots = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    master = generate.units(generate.COUNTRY, np.random.default_rng(generate.SEED))
    wards = ward_table(master)
    obs = observations(wards, snapshots, np.random.default_rng(1))
    goals = (Goal(date(2025, 12, 31), 70.0), Goal(date(2026, 6, 30), 90.0))
    reference = max(obs["as_of"])
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        city, per_ward, _kinds = report(obs, wards, goals, reference)
        times.append(time.perf_counter() - start)
    print(
        f"{len(wards)} wards, {len(master)} hamlets, {snapshots} snapshots ({len(obs)} observations): "
        f"progress.report median {statistics.median(times):.3f} s over {runs} runs; "
        f"city {city.goals[0].current}, first ward {per_ward[0].goals[0].status}"
    )


if __name__ == "__main__":
    main()
