"""Officer rosters for the staffing and allowance tests: a small one worked by hand, the o01 roster, made-up rates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd

from lib.ingest.roster import parse_bytes
from lib.staffing import allowance
from lib.staffing.allowance import AllowanceFile, AllowanceModel, Issue
from tests.helpers import CORPUS_FILES

# (ward_code, hamlet_code, positions, full_name, party_member, person)
Row = tuple[str, str, tuple[str, ...], str, bool, str]

# A small roster of three hamlets, worked by hand in tests/test_staffing.py and tests/test_allowance.py:
#   31825-01 (Khóm 1): An is "Bí thư chi bộ kiêm Trưởng khóm" (one row, two posts), party member; Bình is police.
#   31825-02 (Khóm 2): Cường is secretary; Dũng is head (not a party member) on one row and front head on another.
#   31840-01 (Ấp Giồng Giữa): Em holds three titles: "BT-TK" on one row, front head on another.
SMALL: list[Row] = [
    ("31825", "31825-01", ("secretary", "head"), "Nguyễn Văn An", True, "name:nguyen van an|1960"),
    ("31825", "31825-01", ("police",), "Trần Văn Bình", False, "name:tran van binh|1970"),
    ("31825", "31825-02", ("secretary",), "Lê Văn Cường", True, "name:le van cuong|1965"),
    ("31825", "31825-02", ("head",), "Phạm Văn Dũng", False, "name:pham van dung|1975"),
    ("31825", "31825-02", ("front_head",), "PHẠM VĂN DŨNG", False, "name:pham van dung|1975"),
    ("31840", "31840-01", ("secretary", "head"), "Võ Thị Em", True, "code:bl001"),
    ("31840", "31840-01", ("front_head",), "Võ Thị Em", True, "code:bl001"),
]

# Made-up rates for the small roster, for arithmetic only (the real ones of QĐ 32/2014 are not public).
SMALL_RATES = {"secretary": 1.2, "head": 1.0, "front_head": 0.8, "police": 0.5}
SMALL_MODEL = AllowanceModel(date(2014, 7, 14), coefficients=SMALL_RATES, concurrent_share=0.5)

# The corpus officer roster of 31/12/2019: 67 hamlets, 180 posts held by 128 people (tests/test_staffing.py).
O01 = CORPUS_FILES / "o01_can_bo_khom_ap.xlsx"
# Made-up rates, for arithmetic only (those of QĐ 32/2014 are not public); tests/test_allowance.py works out the
# money they give on o01: 145.15 × 1 490 000 a month now, 136.9 × 1 490 000 if every hamlet were concurrent.
O01_RATES = {"secretary": 1.2, "head": 1.0, "deputy_secretary": 0.5, "front_head": 0.5, "police": 0.5, "women": 0.5}
O01_MODEL = AllowanceModel(date(2014, 7, 14), coefficients=O01_RATES, concurrent_share=0.5, source="QĐ 32/2014")


def roster(rows: list[Row]) -> pd.DataFrame:
    """An officers frame shaped like store.load() gives it."""
    return pd.DataFrame(
        {
            "row": list(range(2, len(rows) + 2)),
            "ward_code": [r[0] for r in rows],
            "hamlet_code": [r[1] for r in rows],
            "position": ["+".join(r[2]) for r in rows],
            "positions": [r[2] for r in rows],
            "full_name": [r[3] for r in rows],
            "birth_year": [None] * len(rows),
            "party_member": [r[4] for r in rows],
            "person_code": [""] * len(rows),
            "person": [r[5] for r in rows],
        }
    )


def o01_officers(units: pd.DataFrame) -> pd.DataFrame:
    """The officers of o01, as the importer reads them."""
    snapshot = parse_bytes(O01.read_bytes(), O01.name, units).snapshot
    assert snapshot is not None and snapshot.officers is not None
    return snapshot.officers


def embedded_allowance() -> tuple[AllowanceFile, list[Issue]]:
    """The allowance document shipped with the app (no file in the data dir) and its issues."""
    document, issues = allowance.load_file(None)
    assert document is not None, issues
    return document, issues


def save_rates(data_dir: Path, coefficients: dict[str, float], share: float = 0.5) -> None:
    """What an editor saves on the staffing page: the rates and the share, in force from 01/01/2019."""
    path = allowance.path_in(data_dir)
    document, _ = allowance.load_file(path)
    assert document is not None
    version = replace(
        document.versions[0], effective_from=date(2019, 1, 1), coefficients=coefficients, concurrent_share=share
    )
    allowance.save(path, allowance.dumps(document, version))
