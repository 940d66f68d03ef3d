"""The summary of a snapshot as plain data: the `summarize --json` contract, shared by CLI and tests."""

from __future__ import annotations

from typing import Any

from lib.metrics import city_coverage, goal_gaps, kind_summary, reason_counts, ward_summary
from lib.model import Goal, Snapshot


def _pct(value: Any) -> float:
    return round(float(value), 2)


def summary(snapshot: Snapshot, goals: tuple[Goal, ...]) -> dict[str, Any]:
    """{"as_of", "total_hamlets", "concurrent", "coverage_pct", "wards": [...], "goals": [...]} plus extras."""
    coverage = city_coverage(snapshot)
    wards = ward_summary(snapshot)
    kinds = kind_summary(snapshot)
    return {
        "as_of": snapshot.as_of.isoformat(),
        "total_hamlets": coverage.hamlets,
        "concurrent": coverage.concurrent,
        "coverage_pct": _pct(coverage.pct),
        "wards": [
            {
                "code": str(w["code"]),
                "ward": str(w["ward"]),
                "kind": str(w["kind"]),
                "hamlets": int(w["hamlets"]),
                "concurrent": int(w["concurrent"]),
                "coverage_pct": _pct(w["coverage_pct"]),
            }
            for w in wards.to_dict("records")
        ],
        "goals": [
            {
                "deadline": g.deadline.isoformat(),
                "target_pct": float(g.target_pct),
                "required": g.required,
                "remaining": g.remaining,
            }
            for g in goal_gaps(goals, coverage)
        ],
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
