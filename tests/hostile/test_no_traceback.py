"""No traceback reaches a person: Streamlit shows no error details, a reader's error is worded, the CLI exits 1."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lib.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def test_streamlit_shows_no_error_details() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["client"]["showErrorDetails"] == "none"  # one of full, stacktrace, type, none (Streamlit 1.67)


# A quoted cell of 132,440 characters: over the csv module's 131,072, though each piece between commas is short.
LONG_QUOTED = '"' + ("x" * 300 + ",") * 440 + '",y\n'
FILLER = "Phường 1,Khóm 1\n" * 70_000  # past a megabyte, the file is split by Arrow first

# (file content, the words of the message)
OVER_THE_CSV_LIMIT = [
    ("Phường, xã,Khóm, ấp\n" + LONG_QUOTED, "Row 2: a cell is longer than the limit of 131,072 characters"),
    (LONG_QUOTED + FILLER, "Row 1: a cell is longer than the limit of 131,072 characters"),
]


@pytest.mark.parametrize(("text", "words"), OVER_THE_CSV_LIMIT, ids=["small", "large"])
def test_a_cell_over_the_csv_module_limit_is_worded(
    text: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "o_dai_2019-09-30.csv"
    path.write_text(text, "utf-8")
    assert main(["validate", str(path), "--lang", "en", "--data-dir", str(tmp_path / "data")]) == 1
    out = capsys.readouterr()
    assert words in out.out + out.err
    assert "Unexpected" not in out.out + out.err


def test_a_hostile_file_on_the_command_line_exits_1_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "dong_dai.csv"
    path.write_bytes(b"," * 3_000_000 + b"\n")
    command = [sys.executable, "-m", "lib.cli", "validate", str(path), "--data-dir", str(tmp_path / "d")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert "1.000.000" in done.stderr + done.stdout  # the limit, in Vietnamese by default
