"""AppTest timings of the dashboard on a data dir (run in its own process by bench/run.py; prints JSON).

    python bench/probe_apptest.py DATA_DIR RUNS

- overview_first: the first run of the app (the overview), caches empty: the snapshot is loaded from the store;
- overview_rerun: a rerun of the overview (what a click or a widget costs once the caches are warm);
- ward_select: on the wards page, a rerun after choosing another ward in its select box.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    data_dir, runs = sys.argv[1], int(sys.argv[2])
    os.environ["BL_DATA_DIR"] = data_dir
    sys.path.insert(0, str(ROOT))
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    errors = [str(e.value) for e in at.exception]
    headline = [m.value for m in at.metric][:1]
    reruns = []
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        reruns.append(time.perf_counter() - start)
    at.switch_page("pages/wards.py").run()
    errors += [str(e.value) for e in at.exception]
    box = at.selectbox(key="bl.ward_select")
    codes = list(box.options)
    selects = []
    for i in range(runs):
        box = at.selectbox(key="bl.ward_select")
        box.select_index((i + 1) * 97 % len(codes))
        start = time.perf_counter()
        at.run()
        selects.append(time.perf_counter() - start)
    errors += [str(e.value) for e in at.exception]
    print(
        json.dumps(
            {
                "overview_first": first,
                "overview_rerun": reruns,
                "ward_select": selects,
                "wards": len(codes),
                "headline": headline,
                "errors": errors,
            }
        )
    )


if __name__ == "__main__":
    main()
