"""Run in a child process with its address space capped: read one file as an upload, print problems and peak memory.

Usage: python -m tests.hostile.child CAP_MB PATH NAME [units]
"""

from __future__ import annotations

import json
import resource
import sys
import time


def _peak_mb() -> float:
    """This process's peak resident memory. Linux keeps getrusage's ru_maxrss across fork and exec (a child
    started by a large test process would report its parent's peak), so VmHWM, which exec resets, comes first."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(cap_mb: int, path: str, name: str, kind: str) -> None:
    cap = cap_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    from lib.ingest import default_units, parse_bytes, parse_units
    from lib.present.problems import line

    units = default_units()
    with open(path, "rb") as handle:
        data = handle.read()
    start = time.perf_counter()
    read = parse_units(data, name) if kind == "units" else parse_bytes(data, name, units)
    seconds = time.perf_counter() - start
    peak_mb = _peak_mb()
    result = {
        "codes": [p.code for p in read.errors],
        "en": [line(p, "en") for p in read.errors],
        "vi": [line(p, "vi") for p in read.errors],
        "peak_mb": round(peak_mb),
        "seconds": round(seconds, 2),
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "upload")
