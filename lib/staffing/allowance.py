"""The allowance model (base salary by period, title coefficients, concurrent share, fund) and its monthly budget."""

# Rules, in coefficients of the base salary (lương cơ sở) per month:
# - a person is a person key within one hamlet (see staffing.posts); one holding one title receives its coefficient;
# - a person holding several titles receives the highest coefficient in full and each other title's coefficient
#   times the concurrent share (0..1): max + share × (sum − max). The part above the main title, share × (sum − max),
#   is the concurrent allowance: what holding the extra titles adds to their income;
# - "if all concurrent": in each hamlet whose secretary and head are different persons, the head title passes to the
#   (first-listed) secretary; the former head keeps any other title, and leaves the roll when none is left. Every
#   person is then paid by the rule above, so the secretary receives max + share × min for the two titles;
# - money is computed in exact decimals and rounded half up to whole đồng once, at the end of each total;
# - a year follows the base salary month by month: each month is paid at the base in effect on its first day, with
#   the roster and the model of as_of held for the whole year;
# - the fund of a hamlet is fund_multiplier × base (Nghị định 33/2023: 4.5 or 6.0); a hamlet exceeds it when the
#   allowances of all its priced titles together do.
# Nothing is invented: without the coefficients of the titles present, the share or a base salary in effect,
# `budget` returns None and `missing_for` says what staff must enter.

from __future__ import annotations

import json
import math
import numbers
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Final, NamedTuple, TypeGuard

import pandas as pd

from lib.ingest.officers import HEAD, SECRETARY
from lib.staffing.posts import DEFAULT_QUOTA, TITLES, person_titles, posts

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
MONEY_COLUMNS: Final = (
    "monthly_now",
    "monthly_if_all_concurrent",
    "monthly_saving",
    "concurrent_allowance_monthly",
    "hamlets_over_fund",
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


@dataclass(frozen=True)
class BasePeriod:
    """The base salary (lương cơ sở) in đồng per month from a date on, until the next period."""

    effective_from: date
    amount: int
    source: str = ""


@dataclass(frozen=True)
class AllowanceModel:
    """One version of the allowance rules, in effect from a date until the next version.

    coefficients: position code -> coefficient of the base salary per month (none by default: QĐ 32/2014's are
    not public). concurrent_share: share (0..1) of each further title's allowance paid to a person holding several
    (None: not entered). fund_multiplier: a hamlet's monthly fund in base salaries (None: not used).
    """

    effective_from: date
    coefficients: dict[str, float] = field(default_factory=dict)
    concurrent_share: float | None = None
    fund_multiplier: float | None = None
    quota: int | None = DEFAULT_QUOTA
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class AllowanceFile:
    """The whole allowance document: base-salary periods and the versions of the rules, oldest first."""

    base_salary: tuple[BasePeriod, ...]
    versions: tuple[AllowanceModel, ...]
    note: str = ""
    embedded: bool = False  # the project's default file (Bạc Liêu's rules), not one saved in the data folder


@dataclass(frozen=True)
class Formula:
    """The numbers that went into a budget, for the UI to put words around.

    coefficient_* are sums over persons of coefficients of the base salary; months holds the base salary of
    each month of `year` (None for a month before the first period).
    """

    base_salary: int
    coefficients: dict[str, float]
    concurrent_share: float
    posts_by_title: dict[str, int]
    coefficient_now: float
    coefficient_if_all_concurrent: float
    coefficient_concurrent_allowance: float
    year: int
    months: tuple[int | None, ...]
    fund_multiplier: float | None


@dataclass(frozen=True)
class Budget:
    """The monthly (and yearly) allowance cost of a roster, now and if every hamlet were concurrent, in đồng.

    wards: code, ward and MONEY_COLUMNS; hamlets: ward_code, hamlet_code, hamlet, monthly_now,
    monthly_if_all_concurrent, over_fund (None without a fund); persons: each person holding two or more
    titles (ward_code, ward, hamlet_code, hamlet, full_name, positions, monthly, main_title_only,
    concurrent_allowance), money rounded per person.
    """

    as_of: date
    base_salary: int
    monthly_now: int
    monthly_if_all_concurrent: int
    monthly_saving: int
    yearly_now: int | None
    yearly_if_all_concurrent: int | None
    yearly_saving: int | None
    concurrent_persons: int
    concurrent_allowance_monthly: int
    fund_per_hamlet: int | None
    hamlets_over_fund: int | None
    hamlets_over_fund_if_all_concurrent: int | None
    wards: pd.DataFrame
    hamlets: pd.DataFrame
    persons: pd.DataFrame
    formula: Formula


# --- Reading and writing the document ---------------------------------------------------------------------


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


# --- Picking what is in effect ----------------------------------------------------------------------------


def model_at(versions: Iterable[AllowanceModel], day: date) -> AllowanceModel | None:
    """The version in effect on `day`: the latest effective_from on or before it (the later entry on a tie)."""
    chosen: AllowanceModel | None = None
    for version in versions:
        if version.effective_from <= day and (chosen is None or version.effective_from >= chosen.effective_from):
            chosen = version
    return chosen


def base_salary_at(periods: Iterable[BasePeriod], day: date) -> int | None:
    """The base salary in effect on `day`, or None before the first period."""
    chosen = [p for p in periods if p.effective_from <= day]
    return max(chosen, key=lambda p: p.effective_from).amount if chosen else None


def missing(model: AllowanceModel | None, titles: Iterable[str] = (SECRETARY, HEAD)) -> list[str]:
    """What staff must enter before money can be shown: "model", "coefficient:<title>", "concurrent_share"."""
    if model is None:
        return ["model"]
    wanted = set(titles)
    gaps = [f"coefficient:{t}" for t in TITLES if t in wanted and t not in model.coefficients]
    return gaps + (["concurrent_share"] if model.concurrent_share is None else [])


def missing_for(
    officers: pd.DataFrame | None, model: AllowanceModel | None, periods: Sequence[BasePeriod], as_of: date
) -> list[str]:
    """`missing` for the titles present in a roster, plus "base_salary" when none is in effect on as_of."""
    gaps = missing(model, set(posts(officers)["position"]))
    return gaps + (["base_salary"] if base_salary_at(periods, as_of) is None else [])


# --- The budget -------------------------------------------------------------------------------------------


def _money(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _paid(titles: Sequence[str], rates: Mapping[str, Decimal], share: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """A person's coefficients: total max + share × rest, main title only max, concurrent allowance share × rest."""
    values = sorted((rates[t] for t in titles), reverse=True)
    extra = share * sum(values[1:], Decimal(0))
    return values[0] + extra, values[0], extra


def all_concurrent(titles: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """One hamlet's persons and titles if it were concurrent: the head title passes to the first secretary."""
    secretaries = [p for p, t in titles.items() if SECRETARY in t]
    heads = {p for p, t in titles.items() if HEAD in t}
    if not secretaries or not heads or heads & set(secretaries):
        return dict(titles)
    changed: dict[str, tuple[str, ...]] = {}
    for person, held in titles.items():
        kept = {t for t in held if t != HEAD} | ({HEAD} if person == secretaries[0] else set())
        if kept:
            changed[person] = tuple(t for t in TITLES if t in kept)
    return changed


def budget(
    officers: pd.DataFrame | None,
    units: pd.DataFrame,
    model: AllowanceModel | None,
    base_salary_periods: Sequence[BasePeriod],
    as_of: date,
) -> Budget | None:
    """The allowance cost of a roster on as_of (see the module's rules), or None when something is missing."""
    if model is None or missing_for(officers, model, base_salary_periods, as_of):
        return None
    assert model.concurrent_share is not None
    base = base_salary_at(base_salary_periods, as_of)
    assert base is not None
    rates = {t: Decimal(str(c)) for t, c in model.coefficients.items()}
    share = Decimal(str(model.concurrent_share))
    fund = None if model.fund_multiplier is None else Decimal(str(model.fund_multiplier))
    wards = dict(zip(units["ward_code"].astype(str), units["ward"].astype(str), strict=True))
    names = dict(zip(units["hamlet_code"].astype(str), units["hamlet"].astype(str), strict=True))
    table = posts(officers)
    hamlets: list[dict[str, object]] = []
    people: list[dict[str, object]] = []
    for (ward_code, hamlet_code), group in table.groupby(["ward_code", "hamlet_code"], sort=False):
        place = {"ward_code": str(ward_code), "hamlet_code": str(hamlet_code)}
        held = person_titles(group)
        full_names = dict(zip(group["person"].astype(str), group["full_name"].astype(str), strict=True))
        now = [_paid(t, rates, share) for t in held.values()]
        later = sum((_paid(t, rates, share)[0] for t in all_concurrent(held).values()), Decimal(0))
        hamlets.append(
            {**place, "now": sum((n[0] for n in now), Decimal(0)), "later": later, "extra": sum(n[2] for n in now)}
        )
        for (person, titles), (total, main, extra) in zip(held.items(), now, strict=True):
            if len(titles) >= 2:
                people.append(
                    {
                        **place,
                        "ward": wards.get(str(ward_code), str(ward_code)),
                        "hamlet": names.get(str(hamlet_code), str(hamlet_code)),
                        "full_name": full_names[person],
                        "positions": titles,
                        "monthly": _money(total * base),
                        "main_title_only": _money(main * base),
                        "concurrent_allowance": _money(extra * base),
                    }
                )
    frame = pd.DataFrame.from_records(hamlets, columns=["ward_code", "hamlet_code", "now", "later", "extra"])
    now_sum = sum(frame["now"], Decimal(0))
    later_sum = sum(frame["later"], Decimal(0))
    extra_sum = sum(frame["extra"], Decimal(0))
    months = tuple(base_salary_at(base_salary_periods, date(as_of.year, m, 1)) for m in range(1, 13))
    year_base = None if None in months else sum(m for m in months if m is not None)
    yearly_now = None if year_base is None else _money(now_sum * year_base)
    yearly_later = None if year_base is None else _money(later_sum * year_base)
    monthly_now, monthly_later = _money(now_sum * base), _money(later_sum * base)
    return Budget(
        as_of=as_of,
        base_salary=base,
        monthly_now=monthly_now,
        monthly_if_all_concurrent=monthly_later,
        monthly_saving=monthly_now - monthly_later,
        yearly_now=yearly_now,
        yearly_if_all_concurrent=yearly_later,
        yearly_saving=None if yearly_now is None or yearly_later is None else yearly_now - yearly_later,
        concurrent_persons=len(people),
        concurrent_allowance_monthly=_money(extra_sum * base),
        fund_per_hamlet=None if fund is None else _money(fund * base),
        hamlets_over_fund=None if fund is None else int(sum(v > fund for v in frame["now"])),
        hamlets_over_fund_if_all_concurrent=None if fund is None else int(sum(v > fund for v in frame["later"])),
        wards=_ward_money(frame, wards, base, fund),
        hamlets=_hamlet_money(frame, names, base, fund),
        persons=pd.DataFrame.from_records(
            people,
            columns=[
                "ward_code",
                "ward",
                "hamlet_code",
                "hamlet",
                "full_name",
                "positions",
                "monthly",
                "main_title_only",
                "concurrent_allowance",
            ],
        ),
        formula=Formula(
            base_salary=base,
            coefficients={t: model.coefficients[t] for t in TITLES if t in model.coefficients},
            concurrent_share=float(share),
            posts_by_title={t: int((table["position"] == t).sum()) for t in TITLES},
            coefficient_now=float(now_sum),
            coefficient_if_all_concurrent=float(later_sum),
            coefficient_concurrent_allowance=float(extra_sum),
            year=as_of.year,
            months=months,
            fund_multiplier=model.fund_multiplier,
        ),
    )


def _hamlet_money(frame: pd.DataFrame, names: Mapping[str, str], base: int, fund: Decimal | None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "ward_code": frame["ward_code"],
            "hamlet_code": frame["hamlet_code"],
            "hamlet": [names.get(c, c) for c in frame["hamlet_code"]],
            "monthly_now": [_money(v * base) for v in frame["now"]],
            "monthly_if_all_concurrent": [_money(v * base) for v in frame["later"]],
            "over_fund": [None if fund is None else bool(v > fund) for v in frame["now"]],
        }
    )


def _ward_money(frame: pd.DataFrame, wards: Mapping[str, str], base: int, fund: Decimal | None) -> pd.DataFrame:
    """Per ward, in the roster's order: each total rounded once, so the wards may differ from the city by 1 đồng."""
    rows: list[dict[str, object]] = []
    for code, group in frame.groupby("ward_code", sort=False):
        now = _money(sum(group["now"], Decimal(0)) * base)
        later = _money(sum(group["later"], Decimal(0)) * base)
        rows.append(
            {
                "code": str(code),
                "ward": wards.get(str(code), str(code)),
                "monthly_now": now,
                "monthly_if_all_concurrent": later,
                "monthly_saving": now - later,
                "concurrent_allowance_monthly": _money(sum(group["extra"], Decimal(0)) * base),
                "hamlets_over_fund": None if fund is None else int(sum(v > fund for v in group["now"])),
            }
        )
    return pd.DataFrame.from_records(rows, columns=["code", "ward", *MONEY_COLUMNS])


def budget_json(b: Budget) -> dict[str, object]:
    """A budget as plain JSON values: money in whole đồng, counts as ints, null where undefined."""
    return {
        "as_of": b.as_of.isoformat(),
        "base_salary": b.base_salary,
        "currency": "VND",
        "monthly_now": b.monthly_now,
        "monthly_if_all_concurrent": b.monthly_if_all_concurrent,
        "monthly_saving": b.monthly_saving,
        "yearly_now": b.yearly_now,
        "yearly_if_all_concurrent": b.yearly_if_all_concurrent,
        "yearly_saving": b.yearly_saving,
        "concurrent_persons": b.concurrent_persons,
        "concurrent_allowance_monthly": b.concurrent_allowance_monthly,
        "fund_per_hamlet": b.fund_per_hamlet,
        "hamlets_over_fund": b.hamlets_over_fund,
        "hamlets_over_fund_if_all_concurrent": b.hamlets_over_fund_if_all_concurrent,
        "wards": [
            {"code": str(r["code"]), "ward": str(r["ward"]), **{k: _plain(r[k]) for k in MONEY_COLUMNS}}
            for r in b.wards.to_dict("records")
        ],
    }


def _plain(value: object) -> int | None:
    """An int from a table cell; None for a missing one (None or NaN)."""
    if not isinstance(value, numbers.Real) or math.isnan(float(value)):
        return None
    return int(float(value))
