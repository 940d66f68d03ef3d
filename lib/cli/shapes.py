"""The summary of a snapshot as plain data: the `summarize --json` contract, shared by CLI and tests."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

from lib.analysis.metrics import Coverage, city_coverage, goal_gaps, kind_summary, reason_counts, ward_summary
from lib.core.model import Goal, Problem, Snapshot
from lib.ingest.roster import Parsed
from lib.ingest.units import UnitsRead, master_counts
from lib.present.problems import as_json
from lib.store import ChainCheck


def _pct(value: Any) -> float:
    return round(float(value), 2)


def ward_json(ward: Mapping[Hashable, Any]) -> dict[str, Any]:
    """A ward of a summary: {"code", "ward", "kind", "hamlets", "concurrent", "coverage_pct"}."""
    return {
        "code": str(ward["code"]),
        "ward": str(ward["ward"]),
        "kind": str(ward["kind"]),
        "hamlets": int(ward["hamlets"]),
        "concurrent": int(ward["concurrent"]),
        "coverage_pct": _pct(ward["coverage_pct"]),
    }


def goals_json(goals: tuple[Goal, ...], coverage: Coverage) -> list[dict[str, Any]]:
    """Each goal of a summary: {"deadline", "target_pct", "required", "remaining"}."""
    return [
        {
            "deadline": g.deadline.isoformat(),
            "target_pct": float(g.target_pct),
            "required": g.required,
            "remaining": g.remaining,
        }
        for g in goal_gaps(goals, coverage)
    ]


def summary(snapshot: Snapshot, goals: tuple[Goal, ...]) -> dict[str, Any]:
    """{"as_of", "total_hamlets", "concurrent", "coverage_pct", "wards": [...], "goals": [...]} plus extras."""
    coverage = city_coverage(snapshot)
    wards = ward_summary(snapshot)
    kinds = kind_summary(snapshot)
    dates = snapshot.ward_dates()
    return {
        "as_of": snapshot.as_of.isoformat(),
        "total_hamlets": coverage.hamlets,
        "concurrent": coverage.concurrent,
        "coverage_pct": _pct(coverage.pct),
        "wards": [
            {**ward_json(w), "as_of": dates.get(str(w["code"]), snapshot.as_of).isoformat()}
            for w in wards.to_dict("records")
        ],
        "goals": goals_json(goals, coverage),
        "not_concurrent": coverage.not_concurrent,
        "kinds": [
            {
                "kind": str(k["kind"]),
                "wards": int(k["wards"]),
                "hamlets": int(k["hamlets"]),
                "concurrent": int(k["concurrent"]),
                "coverage_pct": _pct(k["coverage_pct"]),
            }
            for k in kinds.to_dict("records")
        ],
        "reasons": {str(code) or "unknown": int(n) for code, n in reason_counts(snapshot).items()},
        "granularity": snapshot.granularity,
        "illustrative": snapshot.illustrative,
        "source": snapshot.source,
    }


def columns(parsed: Parsed) -> dict[str, Any]:
    """The header's columns as read: {"columns_found": [{"index", "header", "field", "values"}], "fields_missing"}."""
    found = [
        {"index": c.index, "header": c.header, "field": c.field, "values": list(c.values)} for c in parsed.columns_found
    ]
    return {"columns_found": found, "fields_missing": list(parsed.fields_missing)}


def _error_json(problem: Problem, parsed: Parsed, lang: str) -> dict[str, Any]:
    """An error; a missing-column error carries the columns found and the fields missing."""
    shape = as_json(problem, lang)
    return {**shape, **columns(parsed)} if problem.code == "missing_columns" else shape


def validation(parsed: Parsed, goals: tuple[Goal, ...], lang: str) -> dict[str, Any]:
    """The `validate --json` contract: what was recognised, every problem with row and column, the summary."""
    return {
        "ok": parsed.ok,
        "granularity": parsed.granularity,
        "encoding": parsed.encoding,
        "header_row": parsed.header_row,
        **columns(parsed),
        "mapping_used": parsed.mapping_used,
        "errors": [_error_json(p, parsed, lang) for p in parsed.errors],
        "warnings": [as_json(p, lang) for p in parsed.warnings],
        "summary": summary(parsed.snapshot, goals) if parsed.ok and parsed.snapshot is not None else None,
        "sheet": parsed.sheet,
        "as_of": parsed.snapshot.as_of.isoformat() if parsed.snapshot is not None else None,
        **coverage(parsed),
    }


def coverage(parsed: Parsed) -> dict[str, Any]:
    """Which wards of the master a file gives figures for: {"partial", "wards_covered", "wards_missing"}, each ward
    as {"code", "ward"} (both lists empty when the file could not be read)."""
    if parsed.snapshot is None:
        return {"partial": False, "wards_covered": [], "wards_missing": []}
    names = parsed.snapshot.units.drop_duplicates("ward_code").set_index("ward_code")["ward"]
    covered = parsed.wards_covered or tuple(str(c) for c in names.index)

    def listed(codes: tuple[str, ...]) -> list[dict[str, str]]:
        return [{"code": code, "ward": str(names.get(code, code))} for code in codes]

    return {"partial": parsed.partial, "wards_covered": listed(covered), "wards_missing": listed(parsed.wards_missing)}


def units_validation(read: UnitsRead, lang: str, file_name: str = "") -> dict[str, Any]:
    """The JSON of a checked master: {"ok", "file", "wards", "hamlets", "errors", "warnings"} (+ districts …)."""

    counts = master_counts(read.units) if read.units is not None else None
    return {
        "ok": read.ok,
        "file": file_name,
        "encoding": read.encoding,
        "sha256": read.sha256,
        "wards": counts.wards if counts else None,
        "hamlets": counts.hamlets if counts else None,
        "districts": counts.districts if counts else None,
        "provinces": counts.provinces if counts else None,
        "errors": [as_json(p, lang) for p in read.errors],
        "warnings": [as_json(p, lang) for p in read.warnings],
    }


def chain(check: ChainCheck) -> dict[str, Any]:
    """`audit --verify --json`: {"ok", "events", "chained_from", "broken_at", "reason"}."""
    return {
        "ok": check.ok,
        "events": check.events,
        "chained_from": check.chained_from,
        "broken_at": check.broken_at,
        "reason": check.reason,
    }
