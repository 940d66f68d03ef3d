"""The CLI starts quickly: `--help`, a command's help and a usage error import neither pandas nor the builders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lib.cli.main import COMMANDS, command
from tests.helpers import ROOT

HEAVY = ("pandas", "numpy", "pyarrow", "plotly", "openpyxl", "pptx", "docx", "fpdf", "streamlit", "duckdb")

# Runs `python -m lib.cli ARGV` in a fresh interpreter, then prints which heavy modules it imported (argparse exits
# with SystemExit after --help or a usage error, so the check runs in `finally`).
PROBE = """
import json, runpy, sys
sys.argv[0] = "lib.cli"
try:
    runpy.run_module("lib.cli", run_name="__main__", alter_sys=True)
finally:
    print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)), file=sys.stderr)
"""


def _imported(*argv: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in done.stderr, done.stderr
    imported: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return imported


@pytest.mark.parametrize(
    "argv",
    [("--help",), ("import", "--help"), ("report", "--help"), ("staffing", "--help"), ("no-such-command",)],
    ids=" ".join,
)
def test_help_and_usage_errors_import_no_heavy_library(argv: tuple[str, ...]) -> None:
    assert _imported(*argv) == []


def test_a_command_imports_what_it_needs_when_it_runs(tmp_path: Path) -> None:
    assert "pandas" in _imported("history", "--data-dir", str(tmp_path))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_names_a_function_that_exists(name: str) -> None:
    assert callable(command(name))


@pytest.mark.parametrize(
    ("kind", "library"), [("xlsx", "openpyxl"), ("pptx", "pptx"), ("pdf", "fpdf"), ("docx", "docx")]
)
def test_a_brief_loads_the_writer_of_its_own_format_only(kind: str, library: str, tmp_path: Path) -> None:
    """openpyxl (0.3 s), fpdf (0.25 s), python-pptx and python-docx load for their own file only."""
    writers = {"openpyxl", "pptx", "fpdf", "docx"}
    out = tmp_path / f"brief.{kind}"
    loaded = set(_imported("report", "--format", kind, "-o", str(out), "--data-dir", str(tmp_path / "data")))
    assert out.stat().st_size > 0
    assert loaded & writers == {library}
