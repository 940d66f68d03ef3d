"""The input corpus (tests/corpus): every file, made the way offices make it, gives exactly what expected.json says.

The files and expected.json come from tests/corpus/make_corpus.py, which works the expectations out from its own
data model, not from the parser: expected.json says what the issue requires. The files the parser gets wrong are
listed in KNOWN_BUGS below; each of their tests is a strict xfail naming the bug (remove the entry once fixed).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from lib.ingest.roster import Parsed, parse_bytes
from lib.present.problems import line
from tests.helpers import CORPUS, ROOT
from tests.helpers import CORPUS_EXPECTED as EXPECTED
from tests.helpers import CORPUS_FILES as FILES

KNOWN_BUGS: dict[str, str] = {}  # file name -> the bug it shows, while one is open
SOUND = sorted(name for name in EXPECTED if name not in KNOWN_BUGS)

# Every error and warning the issue lists, by the code the parser gives it.
ISSUE_ERRORS = {
    "empty_file",  # unreadable or empty
    "unreadable_file",
    "no_table",  # no recognisable table
    "missing_columns",
    "unknown_ward",
    "unknown_hamlet",
    "duplicate_hamlet",
    "concurrent_over_total",  # in a summary, concurrent > total
    "counts_dont_add_up",  # concurrent + not concurrent != total (46 + 25 != 67)
    "totals_mismatch",  # a totals row disagreeing with the sum
    "bad_count",  # a negative or non-numeric count
}
ISSUE_WARNINGS = {
    "missing_hamlets",  # a hamlet of the master missing from a hamlet-level file
    "pct_disagrees",
    "mark_disagrees",  # the mark wins
    "unknown_position",
    "formula_text",  # kept as text
}


def _param(name: str) -> Any:
    bug = KNOWN_BUGS.get(name)
    marks = [pytest.mark.xfail(reason=bug, strict=True)] if bug else []
    return pytest.param(name, id=name, marks=marks)


def _places(problems: list[Any]) -> set[tuple[str, int | None, str | None]]:
    return {(p.code, p.row, p.column) for p in problems}


def _expected_places(items: list[dict[str, Any]]) -> set[tuple[str, int | None, str | None]]:
    return {(i["code"], i["row"], i["column"]) for i in items}


def _parse(name: str, units: pd.DataFrame) -> Parsed:
    return parse_bytes((FILES / name).read_bytes(), name, units)


@pytest.fixture(scope="module")
def parsed_corpus(units: pd.DataFrame) -> dict[str, Parsed]:
    return {name: _parse(name, units) for name in SOUND}


def test_the_corpus_is_large_and_varied() -> None:
    assert len(EXPECTED) >= 30
    assert sorted(p.name for p in FILES.iterdir()) == sorted(EXPECTED)
    suffixes = {Path(name).suffix for name in EXPECTED}
    assert {".csv", ".xlsx", ".parquet", ".txt"} <= suffixes
    accepted = [e for e in EXPECTED.values() if e["ok"]]
    assert {e["granularity"] for e in accepted} == {"officer", "hamlet", "ward"}
    assert {e["encoding"] for e in accepted} >= {"cp1258", "utf-8", "utf-8-sig", "utf-16", "xlsx", "parquet"}
    assert all(len((FILES / name).read_bytes()) < 16_000 for name in EXPECTED)  # small files


def test_the_corpus_is_what_the_generator_makes(tmp_path: Path) -> None:
    """Nobody edits a corpus file or expected.json by hand: regenerating gives the same bytes."""
    result = subprocess.run(
        [sys.executable, str(CORPUS / "make_corpus.py"), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "expected.json").read_bytes() == (CORPUS / "expected.json").read_bytes()
    for name in EXPECTED:
        assert (tmp_path / "files" / name).read_bytes() == (FILES / name).read_bytes(), name


@pytest.mark.parametrize("name", [_param(n) for n in sorted(EXPECTED)])
def test_file_gives_what_is_expected(units: pd.DataFrame, name: str) -> None:
    expected = EXPECTED[name]
    parsed = _parse(name, units)
    assert _places(parsed.errors) == _expected_places(expected["errors"])
    assert _places(parsed.warnings) == _expected_places(expected["warnings"])
    assert parsed.ok is expected["ok"]
    assert parsed.granularity == expected["granularity"]
    assert parsed.encoding == expected["encoding"]
    assert parsed.header_row == expected["header_row"]
    if not expected["ok"]:
        assert parsed.errors, "a refused file names at least one error"
        assert parsed.snapshot is None
        return
    snapshot = parsed.snapshot
    assert snapshot is not None
    assert snapshot.granularity == expected["granularity"]
    assert snapshot.as_of.isoformat() == expected["as_of"]
    counts = dict(zip(snapshot.ward_counts["code"], snapshot.ward_counts["concurrent"].astype(int), strict=True))
    assert len(counts) == 10
    assert sum(counts.values()) == expected["total_concurrent"]
    if "wards" in expected:
        assert {code: int(n) for code, n in counts.items()} == expected["wards"]
    if snapshot.hamlets is not None:  # hamlet-level files: every hamlet of the master, concurrent or not
        assert len(snapshot.hamlets) == 67
        assert int(snapshot.hamlets["concurrent"].sum()) == expected["total_concurrent"]


def test_every_problem_of_the_issue_is_in_the_corpus(parsed_corpus: dict[str, Parsed]) -> None:
    expected_errors = {p["code"] for n in SOUND for p in EXPECTED[n]["errors"]}
    expected_warnings = {p["code"] for n in SOUND for p in EXPECTED[n]["warnings"]}
    assert expected_errors >= ISSUE_ERRORS
    assert expected_warnings >= ISSUE_WARNINGS
    found_errors = {p.code for parsed in parsed_corpus.values() for p in parsed.errors}
    found_warnings = {p.code for parsed in parsed_corpus.values() for p in parsed.warnings}
    assert found_errors >= ISSUE_ERRORS, ISSUE_ERRORS - found_errors
    assert found_warnings >= ISSUE_WARNINGS, ISSUE_WARNINGS - found_warnings


def test_each_issue_problem_has_a_file_of_its_own() -> None:
    """One file for every error and every warning: the problem is the only one of its kind there."""
    for code in ISSUE_ERRORS:
        assert any({p["code"] for p in EXPECTED[n]["errors"]} == {code} for n in SOUND), code
    for code in ISSUE_WARNINGS:
        assert any(code in {p["code"] for p in EXPECTED[n]["warnings"]} and EXPECTED[n]["ok"] for n in SOUND), code


def test_the_articles_slip_is_caught_with_its_numbers(parsed_corpus: dict[str, Parsed]) -> None:
    """46 + 25 != 67, inside the table and in its totals row: both refused, the numbers named."""
    inside = parsed_corpus["e10_bai_bao_46_25_2019-05-06.csv"]
    assert sorted((p.code, tuple(sorted(p.params.items()))) for p in inside.errors) == [
        ("counts_dont_add_up", (("concurrent", 4), ("not_concurrent", 7), ("total", 7))),
        ("counts_dont_add_up", (("concurrent", 46), ("not_concurrent", 25), ("total", 67))),
    ]
    totals = parsed_corpus["e11_bai_bao_dong_tong_2019-05-06.csv"]
    mismatch = next(p for p in totals.errors if p.code == "totals_mismatch")
    assert mismatch.params == {"stated": 25, "actual": 21}
    slip = next(p for p in inside.errors if p.params["total"] == 67)
    for lang in ("vi", "en"):
        assert all(n in line(slip, lang) for n in ("46", "25", "67")), line(slip, lang)
        assert all(n in line(mismatch, lang) for n in ("25", "21")), line(mismatch, lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_message_renders(parsed_corpus: dict[str, Parsed], lang: str) -> None:
    prefixes = {
        "vi": ("Dòng {row}, cột «{column}»: ", "Dòng {row}: ", "Cột «{column}»: "),
        "en": ("Row {row}, column “{column}”: ", "Row {row}: ", "Column “{column}”: "),
    }[lang]
    problems = [p for parsed in parsed_corpus.values() for p in parsed.problems]
    assert {p.code for p in problems} >= ISSUE_ERRORS | ISSUE_WARNINGS
    for problem in problems:
        text = line(problem, lang)
        other = line(problem, "en" if lang == "vi" else "vi")
        assert text.strip() and text != other, problem
        assert "{" not in text and "}" not in text, text
        assert "problem." not in text and problem.code not in text, text
        if problem.row is not None and problem.column:
            assert text.startswith(prefixes[0].format(row=problem.row, column=problem.column)), text
        elif problem.row is not None:
            assert text.startswith(prefixes[1].format(row=problem.row)), text
        elif problem.column:
            assert text.startswith(prefixes[2].format(column=problem.column)), text
        else:
            assert not text.startswith(tuple(p.split("{")[0] for p in prefixes)), text
