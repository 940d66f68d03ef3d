"""Files written by an outside office (tests/outside): each is correct, and the CLI reads what a person reads from it.

The files and expected.json come from tests/outside/make_files.py, written from a content description by someone who
never read the reader. Run them alone with `pytest -m outside` (or leave them out with `-m "not outside"`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT, cli
from tests.outside.variants import FIELDS, POSITIONS, all_headers, all_titles

OUTSIDE = ROOT / "tests" / "outside"
EXPECTED: dict[str, dict[str, Any]] = json.loads((OUTSIDE / "expected.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.outside  # so that these files can be chosen, or left out, alone


def _first_problem(result: dict[str, Any]) -> str:
    errors = result.get("errors") or []
    if not errors:
        return "no error"
    first = errors[0]
    return f"{first.get('code')} (row {first.get('row')}, column {first.get('column')}): {first.get('message')}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outside_file_reads_as_a_person_reads_it(name: str, data_dir: Path) -> None:
    want = EXPECTED[name]
    run = cli("validate", OUTSIDE / "files" / name, "--json")
    result = json.loads(run.stdout)
    assert result["ok"] is want["ok"], _first_problem(result)
    assert run.returncode == 0, run.stderr
    assert result["granularity"] == want["granularity"]
    summary = result["summary"]
    assert summary["as_of"] == want["as_of"]
    covered = [w for w in summary["wards"] if w["ward"] in want["wards"]]
    if result["partial"]:  # a ward's own sheet: the wards it covers are those the person sees in it
        assert sorted(w["ward"] for w in result["wards_covered"]) == sorted(want["wards"])
        summary = {
            "total_hamlets": sum(w["hamlets"] for w in covered),
            "concurrent": sum(w["concurrent"] for w in covered),
        }
    assert (summary["total_hamlets"], summary["concurrent"]) == (want["total_hamlets"], want["concurrent"])
    assert {w["ward"]: w["concurrent"] for w in covered} == want["wards"]


def test_every_outside_file_has_its_expectation() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in (OUTSIDE / "files").iterdir())


def test_variants_are_many_and_each_once() -> None:
    headers, titles = all_headers(), all_titles()
    assert set(headers) == set(FIELDS) and set(titles) == set(POSITIONS)
    assert all(len(v) >= 15 and len(v) == len(set(v)) for v in [*headers.values(), *titles.values()])
    assert sum(map(len, headers.values())) >= 500
