"""The allowance document: versions in force on a day, base salaries, validation, and the file read and written."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from lib.staffing import allowance as al
from lib.staffing.allowance import AllowanceError, AllowanceModel, BasePeriod, model_at
from tests.officers import SMALL_MODEL, SMALL_RATES, embedded_allowance

DEFAULT, _ = embedded_allowance()
PERIODS = DEFAULT.base_salary

# --- Versions and the file ------------------------------------------------------------------------

V1 = AllowanceModel(date(2014, 7, 14), quota=595)
V2 = AllowanceModel(date(2020, 1, 1), coefficients={"head": 1.0}, note="first entry")
V3 = AllowanceModel(date(2020, 1, 1), coefficients={"head": 1.1}, note="corrected")
V4 = AllowanceModel(date(2023, 8, 1), fund_multiplier=4.5)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2014, 7, 13), None),
        (date(2014, 7, 14), V1),
        (date(2019, 12, 31), V1),
        (date(2020, 1, 1), V3),  # two entries for one date: the later one wins
        (date(2023, 7, 31), V3),
        (date(2025, 1, 1), V4),
    ],
)
def test_model_at(day: date, expected: AllowanceModel | None) -> None:
    assert model_at([V4, V1, V2, V3], day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2018, 6, 30), None),
        (date(2018, 7, 1), 1_390_000),
        (date(2019, 6, 30), 1_390_000),
        (date(2030, 1, 1), 2_340_000),
    ],
)
def test_base_salary_at(day: date, expected: int | None) -> None:
    assert al.base_salary_at(PERIODS, day) == expected


def _valid() -> dict[str, Any]:
    return json.loads(al.DEFAULT_FILE.read_text(encoding="utf-8"))


def _set(path: str, value: object) -> dict[str, Any]:
    doc = _valid()
    *parents, last = path.split("/")
    target: Any = doc
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is KeyError:
        del target[last]
    elif isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return doc


@pytest.mark.parametrize(
    ("doc", "code", "where"),
    [
        (_set("versions/0/coefficients/head", -0.5), "negative_coefficient", "versions[0].coefficients.head"),
        (_set("versions/0/coefficients/mayor", 1.0), "unknown_title", "versions[0].coefficients.mayor"),
        (_set("versions/0/coefficients/head", "1,2"), "not_a_number", "versions[0].coefficients.head"),
        (_set("versions/0/coefficients/head", None), "not_a_number", "versions[0].coefficients.head"),
        (_set("versions/0/coefficients/head", True), "not_a_number", "versions[0].coefficients.head"),
        (_set("versions/0/concurrent_share", 1.5), "share_out_of_range", "versions[0].concurrent_share"),
        (_set("versions/0/concurrent_share", -0.1), "share_out_of_range", "versions[0].concurrent_share"),
        (_set("versions/0/effective_from", "14/07/2014"), "bad_date", "versions[0].effective_from"),
        (_set("versions/0/effective_from", "2014-02-30"), "bad_date", "versions[0].effective_from"),
        (_set("base_salary/1/effective_from", "2019-7-1"), "bad_date", "base_salary[1].effective_from"),
        (_set("base_salary/1/effective_from", "2018-07-01"), "duplicate_date", "base_salary[1].effective_from"),
        (_set("base_salary/0/amount", 0), "bad_amount", "base_salary[0].amount"),
        (_set("base_salary/0/amount", 1390000.5), "bad_amount", "base_salary[0].amount"),
        (_set("versions/0/fund_multiplier", 0), "bad_multiplier", "versions[0].fund_multiplier"),
        (_set("versions/0/quota", -1), "bad_quota", "versions[0].quota"),
        (_set("versions/0/quota", 59.5), "bad_quota", "versions[0].quota"),
        (_set("versions/0/quotas", 595), "unknown_key", "versions[0].quotas"),
        (_set("versions/0/note", 7), "bad_text", "versions[0].note"),
        (_set("versions/0/effective_from", KeyError), "missing_key", "versions[0]"),
        (_set("versions/0", []), "not_object", "versions[0]"),
        (_set("versions/0/coefficients", 0), "not_object", "versions[0].coefficients"),
        (_set("versions", {}), "not_list", "versions"),
        (_set("format", 2), "bad_format", "format"),
        (_set("format", KeyError), "missing_key", ""),
    ],
)
def test_validation_errors(doc: dict[str, Any], code: str, where: str) -> None:
    issues = al.validate(doc)
    assert [(i.code, i.params["where"]) for i in issues] == [(code, where)]
    assert all(i.code in al.ISSUE_CODES for i in issues)
    assert al.loads(doc)[0] is None
    assert al.validate(json.dumps(doc).encode()) == issues  # the same from bytes


@pytest.mark.parametrize(
    ("raw", "code"),
    [(b"{not json", "not_json"), (b"\xff\xfe\x00", "not_json"), ("[]", "not_object"), ("1", "not_object")],
)
def test_unreadable_documents(raw: bytes | str, code: str) -> None:
    document, issues = al.loads(raw)
    assert document is None and [i.code for i in issues] == [code]


def test_valid_values_at_the_edges() -> None:
    doc = _set("versions/0/coefficients", {"secretary": 0, "head": 1.25, "other": 0.3})
    doc["versions"][0].update(concurrent_share=1, fund_multiplier=6.0, quota=None)
    document, issues = al.loads("\ufeff" + json.dumps(doc))
    assert issues == [] and document is not None
    version = document.versions[0]
    assert (version.coefficients, version.concurrent_share, version.quota) == (
        {"secretary": 0.0, "head": 1.25, "other": 0.3},
        1.0,
        None,
    )


def test_dumps_appends_a_version() -> None:
    text = al.dumps(DEFAULT, replace(SMALL_MODEL, effective_from=date(2020, 1, 1), note="nhập thử"))
    document, issues = al.loads(text)
    assert issues == [] and document is not None
    assert [v.effective_from for v in document.versions] == [date(2014, 7, 14), date(2020, 1, 1)]
    assert document.versions[0] == DEFAULT.versions[0]  # nothing replaced
    assert document.versions[1].coefficients == SMALL_RATES and document.versions[1].concurrent_share == 0.5
    assert document.base_salary == PERIODS
    assert "nhập thử" in text  # Vietnamese kept readable
    assert model_at(document.versions, date(2020, 6, 1)) == document.versions[1]


def test_dumps_replaces_base_salary_when_given() -> None:
    periods = [*PERIODS, BasePeriod(date(2026, 7, 1), 2_530_000, "example")]
    document, _ = al.loads(al.dumps(DEFAULT, None, periods))
    assert document is not None and document.base_salary[-1].amount == 2_530_000
    assert document.versions == DEFAULT.versions


@pytest.mark.parametrize(
    ("version", "code"),
    [
        (replace(SMALL_MODEL, concurrent_share=2.0), "share_out_of_range"),
        (replace(SMALL_MODEL, coefficients={"head": -1.0}), "negative_coefficient"),
        (replace(SMALL_MODEL, coefficients={"boss": 1.0}), "unknown_title"),
    ],
)
def test_dumps_refuses_an_invalid_version(version: AllowanceModel, code: str) -> None:
    with pytest.raises(AllowanceError) as caught:
        al.dumps(DEFAULT, version)
    assert [i.code for i in caught.value.issues] == [code]


def test_save_and_load_file(tmp_path: Path) -> None:
    path = al.path_in(tmp_path / "data")
    assert al.load_file(path) == (DEFAULT, [])  # no file yet: the embedded default
    text = al.dumps(DEFAULT, replace(SMALL_MODEL, effective_from=date(2020, 1, 1)))
    al.save(path, text)
    al.save(path, text)  # overwriting works too
    assert path.read_text(encoding="utf-8") == text
    assert [p.name for p in path.parent.iterdir()] == ["allowance.json"]  # no temporary file left behind
    document, issues = al.load_file(path)
    assert issues == [] and document is not None and len(document.versions) == 2


def test_load_file_reports_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "allowance.json"
    doc = copy.deepcopy(_valid())
    doc["versions"][0]["concurrent_share"] = 5
    path.write_text(json.dumps(doc), encoding="utf-8")
    document, issues = al.load_file(path)
    assert document is None and [i.code for i in issues] == ["share_out_of_range"]
