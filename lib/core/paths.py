"""Where the repository, its embedded default dataset and the default data folder lie (no imports but pathlib)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = ROOT / "data" / "default"
DEFAULT_DATA_DIR = ROOT / "data"
