"""Run one command and write its peak resident memory (bytes) to a file: `measure.py OUT -- COMMAND...`.

The bench starts this small process, which starts the command. Linux counts a child's peak memory from the size of
the process it was forked from, so a command forked straight from the bench (which holds national data in memory)
would be credited with the bench's own size.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def main() -> int:
    out, separator, *command = sys.argv[1:]
    assert separator == "--", "usage: measure.py OUT -- COMMAND..."
    proc = subprocess.Popen(command)
    _, status, usage = os.wait4(proc.pid, 0)
    Path(out).write_text(str(usage.ru_maxrss * 1024), encoding="utf-8")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
