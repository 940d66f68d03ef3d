"""`python -m lib.cli staffing`: the JSON contract, on the default data and on an officer roster with rates."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from lib.staffing import allowance
from tests.helpers import cli
from tests.officers import O01, O01_RATES


@pytest.fixture
def officers(tmp_path: Path) -> Path:
    assert cli("import", O01, "--data-dir", tmp_path)[0] == 0
    return tmp_path


def with_rates(data_dir: Path, share: float) -> None:
    """What an editor saves on the staffing page: a version with the rates, in force from 01/01/2019."""
    document, _ = allowance.load_file(allowance.path_in(data_dir))
    assert document is not None
    current = allowance.model_at(document.versions, date(2019, 12, 31))
    assert current is not None
    version = replace(current, effective_from=date(2019, 1, 1), coefficients=O01_RATES, concurrent_share=share)
    allowance.save(allowance.path_in(data_dir), allowance.dumps(document, version))


def test_default_data_has_no_officers_and_no_money(tmp_path: Path) -> None:
    code, out, _ = cli("staffing", "--data-dir", tmp_path, "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["posts"], data["people"], data["multi_title_persons"], data["heads_not_party_members"]) == (0, 0, 0, 0)
    assert data["quota"] == 595 and data["allowance"] is None and data["wards"] == []
    assert data["granularity"] == "hamlet"  # not an officer roster: nothing to count


def test_officer_roster_counts_posts_people_and_obstacles(officers: Path) -> None:
    code, out, _ = cli("staffing", "--data-dir", officers, "--json")
    data = json.loads(out)
    assert code == 0
    # o01: 67 hamlets, 49 of them with one person holding both titles (a combined title is one person, two posts).
    assert (data["posts"], data["people"], data["multi_title_persons"]) == (180, 128, 52)
    assert data["heads_not_party_members"] == 8 and data["quota"] == 595
    assert data["by_title"]["secretary"] == 67 and data["by_title"]["head"] == 67
    assert sum(w["posts"] for w in data["wards"]) == 180 and sum(w["people"] for w in data["wards"]) == 128
    assert set(data["wards"][0]) >= {
        "code",
        "ward",
        "posts",
        "people",
        "multi_title_persons",
        "heads_not_party_members",
    }
    assert data["allowance"] is None


def test_without_rates_the_text_says_what_to_enter(officers: Path) -> None:
    code, out, _ = cli("staffing", "--data-dir", officers)
    assert code == 0
    assert "Số chức danh: 180" in out and "Số người: 128" in out
    assert "hệ số phụ cấp của chức danh bí thư chi bộ (67 chức danh trong danh sách)" in out
    assert not re.search(r"\d đ", out)  # no money: nothing like "216.273.500 đ"


def test_with_rates_the_allowance_is_costed(officers: Path) -> None:
    with_rates(officers, 0.5)
    code, out, _ = cli("staffing", "--data-dir", officers, "--json")
    money = json.loads(out)["allowance"]
    # Worked out in tests/test_allowance.py: 145.15 × 1 490 000 now; 136.9 × 1 490 000 at 100 %.
    assert code == 0
    assert (money["monthly_now"], money["monthly_if_all_concurrent"], money["currency"]) == (
        216_273_500,
        203_981_000,
        "VND",
    )
    code, out, _ = cli("staffing", "--data-dir", officers)
    assert "216.273.500 đ" in out and "12.292.500 đ" in out


def test_a_broken_allowance_file_exits_1_with_a_message(officers: Path) -> None:
    allowance.path_in(officers).write_text('{"format": 1, "versions": [{"effective_from": "hôm qua"}]}', "utf-8")
    code, out, err = cli("staffing", "--data-dir", officers, "--json")
    assert code == 1 and out == "" and err.strip() and "Traceback" not in err
