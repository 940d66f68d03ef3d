"""The embedded default dataset read through the ingest readers: its units master and its 2019 baseline."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from lib.core.dataset import DEFAULT_DIR, read_manifest
from lib.core.model import Snapshot
from lib.ingest.roster import parse_bytes
from lib.ingest.units import read_units


def default_units(folder: Path = DEFAULT_DIR) -> pd.DataFrame:
    return read_units(folder / read_manifest(folder).units)


def default_snapshot(folder: Path = DEFAULT_DIR) -> Snapshot:
    """The 06/05/2019 baseline: 46 of 67 in the city, its split by ward illustrative."""
    manifest = read_manifest(folder)
    data = (folder / manifest.roster).read_bytes()
    parsed = parse_bytes(data, manifest.roster, default_units(folder), as_of=manifest.as_of)
    if parsed.snapshot is None:  # the embedded data is checked by the tests; this guards edits to it
        raise ValueError(f"default dataset is invalid: {parsed.errors}")
    return replace(
        parsed.snapshot,
        id=manifest.id,
        illustrative=manifest.illustrative,
        source=manifest.source,
        source_en=manifest.source_en,
    )
