"""`summarize --on-units DATE`: a snapshot on the units master in force then, and which master a summary uses."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from functools import partial
from typing import Any

import pandas as pd

from lib import store
from lib.analysis.metrics import Coverage
from lib.analysis.restate import Restated, restate
from lib.analysis.units_change import Unlinked, links_between
from lib.analysis.units_series import own_master
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json
from lib.cli.shapes import goals_json, ward_json
from lib.core.model import Snapshot
from lib.present import fmt
from lib.present.i18n import t
from lib.present.units_progress import reasons as unexpressed_reasons


def units_used(ref: store.MasterRef | None) -> dict[str, Any]:
    """The JSON of the master the figures use: {"effective", "id"} (id null for the built-in master; both null for a
    master given with --units for this run only)."""
    if ref is None:
        return {"effective": None, "id": None}
    return {
        "effective": ref.effective.isoformat(),
        "id": None if ref.id == store.EMBEDDED_MASTER else ref.id,
    }


def units_line(ref: store.MasterRef | None, lang: str) -> str | None:
    """ "Theo danh mục đơn vị #3, có hiệu lực từ ngày 01/07/2025." (None for a master given for this run only)."""
    if ref is None:
        return None
    day = fmt.day(ref.effective, lang)
    if ref.id == store.EMBEDDED_MASTER:
        return t("cli.units_used_embedded", lang, date=day)
    return t("cli.units_used", lang, id=ref.id, date=day)


def master_used(args: argparse.Namespace, snapshot_id: int | None) -> store.MasterRef | None:
    """The master a plain summary's figures use: a stored snapshot's own (the one it was checked against), a file's
    the one in force (none when --units gave one for this run)."""
    if getattr(args, "units", None) is not None:
        return None
    if snapshot_id is None:
        return store.masters_chain(args.data_dir)[-1]
    return own_master(args.data_dir, snapshot_id)


def _links(args: argparse.Namespace, source: int, target: store.MasterRef) -> list[pd.DataFrame] | None:
    """The crosswalks from master `source` to `target`, in order; None (after a message) when a link is missing or
    the target is older than the source."""
    chain = store.masters_chain(args.data_dir)
    try:
        links = links_between(chain, source, target.id, partial(store.crosswalk, args.data_dir))
    except Unlinked as exc:
        own = exc.master
        if exc.reason == "backward":
            message = t("cli.restate_backward", args.lang, id=own.id, date=fmt.day(own.effective, args.lang))
        else:
            message = t("cli.restate_no_crosswalk", args.lang, id=own.id)
        print(message, file=sys.stderr)
        return None
    return [link.rows for link in links]


def summarize_on(args: argparse.Namespace, snapshot: Snapshot, source: int) -> int:
    """The snapshot (checked against master `source`) expressed on the master in force on args.on_units."""
    target = store.master_on(store.masters_chain(args.data_dir), args.on_units)
    links = _links(args, source, target)
    if links is None:
        return EXIT_INPUT
    restated = restate(
        snapshot,
        store.master_units(args.data_dir, source),
        links,
        store.master_units(args.data_dir, target.id),
    )
    data = restated_json(snapshot, restated, target, store.goals(args.data_dir))
    print_json(data) if args.json else _print(data, restated, target, args.lang)
    return EXIT_OK


def restated_json(snapshot: Snapshot, restated: Restated, target: store.MasterRef, goals: Any) -> dict[str, Any]:
    """The summary's keys on the target master, plus "expressed" and "unexpressed" ({"hamlets", "reasons"}); the
    goals only when every hamlet is expressed (a count on part of the hamlets is no count toward a goal)."""
    coverage = Coverage(restated.expressed, restated.concurrent)
    wards = restated.wards
    return {
        "as_of": snapshot.as_of.isoformat(),
        "total_hamlets": restated.hamlets,
        "concurrent": restated.concurrent,
        "coverage_pct": round(coverage.pct, 2),
        "expressed": restated.expressed,
        "unexpressed": {"hamlets": restated.hamlets - restated.expressed, "reasons": restated.unexpressed},
        "wards": [
            {
                **ward_json(w),
                "expressed": int(w["expressed"]),
                "unexpressed": int(w["unexpressed"]),
                "formed_from": list(w["formed_from"]),
            }
            for w in wards.to_dict("records")
        ],
        "goals": goals_json(goals, coverage) if restated.complete else [],
        "illustrative": snapshot.illustrative,
        "source": snapshot.source,
        "units": units_used(target),
    }


def _print(data: dict[str, Any], restated: Restated, target: store.MasterRef, lang: str) -> None:
    print(
        t(
            "cli.summary_title",
            lang,
            date=fmt.day(date.fromisoformat(data["as_of"]), lang),
            concurrent=fmt.integer(data["concurrent"], lang),
            hamlets=fmt.integer(data["expressed"], lang),
            pct=fmt.pct(data["coverage_pct"], lang),
        )
    )
    print(units_line(target, lang))
    if not restated.complete:
        reasons = unexpressed_reasons(restated.unexpressed, lang)
        missing = data["unexpressed"]["hamlets"]
        print(t("cli.unexpressed", lang, n=missing, hamlets=data["total_hamlets"], reasons=reasons))
    width = max(len(w["ward"]) for w in data["wards"])
    for ward in data["wards"]:
        print(
            f"  {ward['ward']:<{width}}  {ward['concurrent']:>3}/{ward['expressed']:<3} "
            f"{fmt.pct(ward['coverage_pct'], lang):>8}"
            + (f"  (+{ward['unexpressed']} ?)" if ward["unexpressed"] else "")
        )
        if ward["formed_from"] and ward["formed_from"] != [ward["ward"]]:
            print(t("cli.formed_from", lang, names=", ".join(ward["formed_from"])))
    if data.get("illustrative"):
        print(t("cli.illustrative", lang))
