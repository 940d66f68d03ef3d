"""The embedded default dataset: where it lies, its manifest and its goals (its tables are read by lib.ingest)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from lib.core.model import Goal
from lib.core.paths import DEFAULT_DATA_DIR as DEFAULT_DATA_DIR  # re-exported: callers name the dataset's places here
from lib.core.paths import DEFAULT_DIR as DEFAULT_DIR
from lib.core.paths import ROOT as ROOT


@dataclass(frozen=True)
class Manifest:
    """What the default dataset is: its files, its date and source, and whether its split is illustrative."""

    id: str
    as_of: date
    roster: str
    units: str
    goals: str
    area: str
    source: str
    source_en: str
    illustrative: bool


def read_manifest(folder: Path = DEFAULT_DIR) -> Manifest:
    raw = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return Manifest(
        id=raw["id"],
        as_of=date.fromisoformat(raw["as_of"]),
        roster=raw["roster"],
        units=raw["units"],
        goals=raw["goals"],
        area=raw["area"],
        source=raw["source"],
        source_en=raw["source_en"],
        illustrative=bool(raw["illustrative"]),
    )


def read_goals(path: Path) -> tuple[Goal, ...]:
    """Goals from a CSV of (deadline YYYY-MM-DD, target_pct), sorted by deadline."""
    frame = pd.read_csv(path, dtype=str)
    pairs = zip(frame["deadline"], frame["target_pct"], strict=True)
    goals = [Goal(date.fromisoformat(d.strip()), float(p)) for d, p in pairs]
    return tuple(sorted(goals, key=lambda g: g.deadline))


def default_goals(folder: Path = DEFAULT_DIR) -> tuple[Goal, ...]:
    return read_goals(folder / read_manifest(folder).goals)


def fingerprint(folder: Path) -> str:
    """A hash of the files of a data folder: the cache key of what is loaded from it."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.glob("*") if p.is_file()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
