"""AppTest timings of every page on a data dir, signed in as an administrator (run by bench/run.py; prints JSON).

    python bench/probe_pages.py DATA_DIR RUNS [PAGE.py ...]

For each page, in one session that has already opened the overview (so the snapshot is loaded once):
- first: switching to the page, its first run in the session (its own caches empty, e.g. progress judged);
- rerun: RUNS plain reruns of it, as after a click elsewhere on the page.
An administrator account is added to DATA_DIR to see the upload and admin pages. Each page's figures are also
written to stderr as they come (a national page can take minutes).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME, PASSWORD = "bench-admin", "mat-khau-cua-bench-2026"


def _sign_in(at: object) -> None:
    at.text_input(key="bl.login_name").set_value(NAME)  # type: ignore[attr-defined]
    at.text_input(key="bl.login_password").set_value(PASSWORD)  # type: ignore[attr-defined]
    next(b for b in at.button if b.proto.label in ("Đăng nhập", "Log in")).click().run()  # type: ignore[attr-defined]


def main() -> None:
    data_dir, runs = Path(sys.argv[1]), int(sys.argv[2])
    os.environ["BL_DATA_DIR"] = str(data_dir)
    sys.path.insert(0, str(ROOT))
    from streamlit.testing.v1 import AppTest

    from lib import store
    from lib.store import auth

    if store.user(data_dir, NAME) is None:
        auth.add_user(data_dir, NAME, "admin", PASSWORD, "bench")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=900)
    start = time.perf_counter()
    at.run()
    overview_first = time.perf_counter() - start
    _sign_in(at)
    if "bl.logout" not in [b.key for b in at.button]:
        raise SystemExit("bench/probe_pages.py: could not sign in as the bench's administrator")
    pages: dict[str, dict[str, object]] = {}
    for page in sys.argv[3:] or sorted(p.name for p in (ROOT / "pages").glob("*.py")):
        start = time.perf_counter()
        at.switch_page(f"pages/{page}").run()
        first = time.perf_counter() - start
        reruns = []
        for _ in range(runs):
            start = time.perf_counter()
            at.run()
            reruns.append(time.perf_counter() - start)
        pages[page] = {"first": first, "rerun": reruns, "errors": [str(e.value) for e in at.exception]}
        print(
            f"{page}: first {first:.2f} s, reruns {', '.join(f'{r:.2f}' for r in reruns)} s",
            file=sys.stderr,
            flush=True,
        )
    print(json.dumps({"overview_first": overview_first, "pages": pages}))


if __name__ == "__main__":
    main()
