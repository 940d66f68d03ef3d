"""`progress --on-units DATE`: the series and the goals on the units master in force then, across its changes."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from lib.analysis.units_series import Observation, OnUnits, other_master, progress_on
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json
from lib.cli.on_units import units_line, units_used
from lib.present import fmt, texts
from lib.present import units_progress as words
from lib.present.i18n import t
from lib.store import MasterRef


def progress_on_units(args: argparse.Namespace, reference: date, target: MasterRef) -> int:
    """Progress as of `reference` on the `target` master, the goals restated on the other master
    (units_series.other_master)."""
    on = progress_on(args.data_dir, target, other_master(args.data_dir, target), reference)
    if on is None:
        print(t("units_progress.none", args.lang, date=fmt.day(target.effective, args.lang)), file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        print_json(on_units_json(on, reference))
        return EXIT_OK
    print(t("cli.progress_title", args.lang, date=fmt.day(reference, args.lang)))
    print(units_line(target, args.lang))
    for note in words.notes(on, reference, args.lang):
        print("  " + note)
    for goal in on.city.goals:
        print("  " + texts.goal_status_line(goal, args.lang))
        if on.restates:
            print("    " + words.goal_restated(goal, on, args.lang))
    for ward in on.wards:
        statuses = ", ".join(t(f"progress.{g.status}", args.lang) for g in ward.goals)
        print(f"  {ward.name:<20} {statuses}")
    return EXIT_OK


def _observation(seen: Observation, used: set[int]) -> dict[str, Any]:
    return {
        "snapshot": seen.snapshot,
        "as_of": seen.as_of.isoformat(),
        "hamlets": seen.hamlets,
        "concurrent": seen.concurrent,
        "expressed": seen.expressed,
        "unexpressed": {"hamlets": seen.hamlets - seen.expressed, "reasons": seen.unexpressed},
        "recorded_on": units_used(seen.recorded_on),
        "used": seen.snapshot in used,
    }


def on_units_json(on: OnUnits, reference: date) -> dict[str, Any]:
    """The keys of `progress --json`, on the chosen master, with `units`, `breaks`, `series`, `restated_on` and
    each city goal's `restated` ({"hamlets", "target_count"} on the `restated_on` master)."""
    used = {int(s) for s in on.city.series["snapshot"]}
    return {
        "reference_date": reference.isoformat(),
        "city": [{**g.as_json(), "restated": on.restated(g.target_pct)} for g in on.city.goals],
        "wards": [{"code": w.code, "ward": w.name, "goals": [g.as_json() for g in w.goals]} for w in on.wards],
        "kinds": [{"kind": k.code, "goals": [g.as_json() for g in k.goals]} for k in on.kinds],
        "units": units_used(on.series.units),
        "restated_on": units_used(on.other),
        "breaks": [
            {"date": b.day.isoformat(), "hamlets_before": b.hamlets_before, "hamlets_after": b.hamlets_after}
            for b in on.breaks
        ],
        "series": [_observation(o, used) for o in on.series.observations if o.as_of <= reference],
    }
