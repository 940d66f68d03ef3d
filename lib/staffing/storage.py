"""The allowance document: read and validated (problems by code), made anew with a version, kept in the store."""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Final, NamedTuple, TypeGuard

from lib import store
from lib.staffing.document import AllowanceFile, AllowanceModel, BasePeriod
from lib.staffing.posts import DEFAULT_QUOTA, TITLES

FORMAT: Final = 1
FILE_NAME: Final = "allowance.json"
DEFAULT_FILE: Final = Path(__file__).resolve().parents[2] / "data" / "default" / FILE_NAME
# Every problem code `loads` can give; each has params "where" (a path such as "versions[0].coefficients.head")
# and, except for not_json, not_object and missing_key, "value".
ISSUE_CODES: Final = (
    "not_json",  # params: error
    "not_object",  # the document or an item is not a JSON object
    "not_list",
    "missing_key",  # params: where, key
    "unknown_key",
    "bad_format",  # "format" is not 1
    "bad_date",  # not YYYY-MM-DD
    "duplicate_date",  # two base-salary periods from the same day
    "bad_amount",  # a base salary that is not a positive whole number of đồng
    "unknown_title",  # a coefficient for a code not in the position vocabulary
    "not_a_number",
    "negative_coefficient",
    "share_out_of_range",  # the concurrent share outside 0..1
    "bad_multiplier",  # a fund multiplier that is not positive
    "bad_quota",  # a quota that is not a whole number >= 0
    "bad_text",  # source or note that is not text
)
_TOP_KEYS: Final = ("format", "base_salary", "versions", "note")
_PERIOD_KEYS: Final = ("effective_from", "amount", "source")
_VERSION_KEYS: Final = (
    "effective_from",
    "coefficients",
    "concurrent_share",
    "fund_multiplier",
    "quota",
    "source",
    "note",
)


class Issue(NamedTuple):
    """One problem in an allowance file: a code from ISSUE_CODES and its params, for a translated message."""

    code: str
    params: dict[str, object]


class AllowanceError(ValueError):
    """An allowance document that does not validate; `issues` says why."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(", ".join(i.code for i in issues))
        self.issues = issues


# --- Reading and validating ------------------------------------------------------------------------------


def _number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class _Reader:
    """Walks a parsed document, collecting issues; each `read_*` returns None where the value is unusable."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def add(self, code: str, where: str, **params: object) -> None:
        self.issues.append(Issue(code, {"where": where, **params}))

    def keys(self, item: object, where: str, allowed: Sequence[str], required: Sequence[str]) -> bool:
        if not isinstance(item, Mapping):
            self.add("not_object", where)
            return False
        for key in item:
            if key not in allowed:
                self.add("unknown_key", f"{where}.{key}" if where else str(key), value=str(key))
        for key in required:
            if key not in item:
                self.add("missing_key", where, key=key)
        return all(key in item for key in required)

    def day(self, value: object, where: str) -> date | None:
        if isinstance(value, str) and _iso(value):
            return date.fromisoformat(value)
        self.add("bad_date", where, value=str(value))
        return None

    def text(self, value: object, where: str) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            self.add("bad_text", where, value=str(value))
            return ""
        return value

    def bounded(self, value: object, where: str, code: str, low: float, high: float | None) -> float | None:
        """A number in [low, high] (high None: no upper bound), or None (absent or wrong, with an issue)."""
        if value is None:
            return None
        if not _number(value):
            self.add("not_a_number", where, value=str(value))
            return None
        number = float(value)
        if number < low or (high is not None and number > high):
            self.add(code, where, value=number)
            return None
        return number


def _iso(value: str) -> bool:
    try:
        return len(value) == 10 and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _period(reader: _Reader, item: object, where: str) -> BasePeriod | None:
    if not reader.keys(item, where, _PERIOD_KEYS, ("effective_from", "amount")):
        return None
    assert isinstance(item, Mapping)
    when = reader.day(item["effective_from"], f"{where}.effective_from")
    amount = item["amount"]
    if not (_number(amount) and float(amount) == int(amount) and int(amount) > 0):
        reader.add("bad_amount", f"{where}.amount", value=str(amount))
        return None
    source = reader.text(item.get("source"), f"{where}.source")
    return None if when is None else BasePeriod(when, int(amount), source)


def _version(reader: _Reader, item: object, where: str) -> AllowanceModel | None:
    if not reader.keys(item, where, _VERSION_KEYS, ("effective_from",)):
        return None
    assert isinstance(item, Mapping)
    before = len(reader.issues)
    when = reader.day(item["effective_from"], f"{where}.effective_from")
    raw = item.get("coefficients")
    raw = {} if raw is None else raw
    coefficients: dict[str, float] = {}
    if not isinstance(raw, Mapping):
        reader.add("not_object", f"{where}.coefficients")
        raw = {}
    for title, value in raw.items():
        place = f"{where}.coefficients.{title}"
        if title not in TITLES:
            reader.add("unknown_title", place, value=str(title))
            continue
        if value is None:  # a title without a coefficient is left out, not written as null
            reader.add("not_a_number", place, value="null")
            continue
        number = reader.bounded(value, place, "negative_coefficient", 0.0, None)
        if number is not None:
            coefficients[str(title)] = number
    share = reader.bounded(item.get("concurrent_share"), f"{where}.concurrent_share", "share_out_of_range", 0, 1)
    multiplier = item.get("fund_multiplier")
    if multiplier is not None and not (_number(multiplier) and float(multiplier) > 0):
        reader.add("bad_multiplier", f"{where}.fund_multiplier", value=str(multiplier))
    quota = item.get("quota", DEFAULT_QUOTA)
    if quota is not None and not (_number(quota) and float(quota) == int(quota) and int(quota) >= 0):
        reader.add("bad_quota", f"{where}.quota", value=str(quota))
    source = reader.text(item.get("source"), f"{where}.source")
    note = reader.text(item.get("note"), f"{where}.note")
    if when is None or len(reader.issues) > before:
        return None
    return AllowanceModel(
        effective_from=when,
        coefficients=coefficients,
        concurrent_share=share,
        fund_multiplier=None if multiplier is None else float(multiplier),
        quota=None if quota is None else int(quota),
        source=source,
        note=note,
    )


def _items(reader: _Reader, doc: Mapping[str, object], key: str) -> list[object]:
    value = doc.get(key)
    if not isinstance(value, list):
        reader.add("not_list", key)
        return []
    return value


def loads(raw: bytes | str | Mapping[str, object]) -> tuple[AllowanceFile | None, list[Issue]]:
    """An allowance document from JSON text, bytes or a parsed dict; None with the issues when it is invalid."""
    if isinstance(raw, bytes | str):
        try:
            doc = json.loads(raw.lstrip("\ufeff") if isinstance(raw, str) else raw)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            return None, [Issue("not_json", {"error": str(exc)})]
    else:
        doc = raw
    reader = _Reader()
    if not reader.keys(doc, "", _TOP_KEYS, ("format", "base_salary", "versions")):
        return None, reader.issues
    assert isinstance(doc, Mapping)
    if doc["format"] != FORMAT or isinstance(doc["format"], bool):
        reader.add("bad_format", "format", value=str(doc["format"]))
    periods = [_period(reader, p, f"base_salary[{i}]") for i, p in enumerate(_items(reader, doc, "base_salary"))]
    seen: set[date] = set()
    for i, period in enumerate(periods):
        if period is not None and period.effective_from in seen:
            reader.add("duplicate_date", f"base_salary[{i}].effective_from", value=period.effective_from.isoformat())
        if period is not None:
            seen.add(period.effective_from)
    versions = [_version(reader, v, f"versions[{i}]") for i, v in enumerate(_items(reader, doc, "versions"))]
    note = reader.text(doc.get("note"), "note")
    if reader.issues:
        return None, reader.issues
    return (
        AllowanceFile(
            base_salary=tuple(sorted((p for p in periods if p), key=lambda p: p.effective_from)),
            versions=tuple(v for v in versions if v),
            note=note,
        ),
        [],
    )


def validate(raw: bytes | str | Mapping[str, object]) -> list[Issue]:
    """The problems of an allowance document (empty when it is valid)."""
    return loads(raw)[1]


# --- Writing --------------------------------------------------------------------------------------------


def _title_order(title: str) -> int:
    return TITLES.index(title) if title in TITLES else len(TITLES)


def to_dict(document: AllowanceFile) -> dict[str, object]:
    """The document as plain JSON values, in the file's format."""
    return {
        "format": FORMAT,
        "note": document.note,
        "base_salary": [
            {"effective_from": p.effective_from.isoformat(), "amount": p.amount, "source": p.source}
            for p in document.base_salary
        ],
        "versions": [
            {
                "effective_from": v.effective_from.isoformat(),
                "coefficients": dict(sorted(v.coefficients.items(), key=lambda kv: _title_order(kv[0]))),
                "concurrent_share": v.concurrent_share,
                "fund_multiplier": v.fund_multiplier,
                "quota": v.quota,
                "source": v.source,
                "note": v.note,
            }
            for v in document.versions
        ],
    }


def dumps(
    document: AllowanceFile, version: AllowanceModel | None = None, base_salary: Sequence[BasePeriod] | None = None
) -> str:
    """The JSON text of `document` with `version` appended (nothing is replaced: a later entry for the same date
    wins in `model_at`) and, when given, `base_salary` as the new list of periods. Raises AllowanceError when the
    result would not validate."""
    doc = to_dict(document)
    if base_salary is not None:
        doc["base_salary"] = to_dict(AllowanceFile(tuple(base_salary), ()))["base_salary"]
    if version is not None:
        versions = to_dict(AllowanceFile((), (version,)))["versions"]
        doc["versions"] = [*doc["versions"], *versions]  # type: ignore[misc]
    issues = validate(doc)
    if issues:
        raise AllowanceError(issues)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def path_in(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_file(path: Path | None) -> tuple[AllowanceFile | None, list[Issue]]:
    """The document at `path`, or the embedded default when there is no such file."""
    if path is not None and path.is_file():
        return loads(path.read_bytes())
    document, issues = loads(DEFAULT_FILE.read_bytes())
    return (None if document is None else replace(document, embedded=True)), issues


def load_stored(data_dir: Path) -> tuple[AllowanceFile | None, list[Issue]]:
    """The document in force in the store (an allowance.json dropped in the data folder taken in first), or the
    embedded default while none was ever saved."""
    text = store.allowance_document(data_dir)
    if text is None:
        return load_file(None)
    return loads(text)


def save(path: Path, text: str) -> None:
    """Write `text` to `path` atomically: a temporary file in the same folder, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
