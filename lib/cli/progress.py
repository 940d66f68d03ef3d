"""`progress`: the status of the city, its wards and kinds toward each goal, as of a date."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from lib import store
from lib.analysis.progress import UnitProgress, report
from lib.analysis.units_series import chosen_master, own_master, uses_crosswalks
from lib.cli import progress_units
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json
from lib.ingest.units import ward_table
from lib.present import fmt, texts
from lib.present.i18n import t


def progress(args: argparse.Namespace) -> int:
    current = store.load(args.data_dir)
    reference = args.as_of or current.as_of
    if args.on_units is not None:  # its series has the snapshots of every master, restated
        return progress_units.progress_on_units(args, reference, chosen_master(args.data_dir, args.on_units))
    if uses_crosswalks(args.data_dir):  # units changed: on the current snapshot's own units, the others restated
        return progress_units.progress_on_units(args, reference, own_master(args.data_dir, int(current.id)))
    first = min(store.observations(args.data_dir)["as_of"])
    if reference < first:
        print(
            t("cli.before_first", args.lang, date=fmt.day(reference, args.lang), first=fmt.day(first, args.lang)),
            file=sys.stderr,
        )
        return EXIT_INPUT
    city, wards, kinds = progress_report(args.data_dir, reference)
    if args.json:
        print_json(
            {
                "reference_date": reference.isoformat(),
                "city": [g.as_json() for g in city.goals],
                "wards": [{"code": w.code, "ward": w.name, "goals": [g.as_json() for g in w.goals]} for w in wards],
                "kinds": [{"kind": k.code, "goals": [g.as_json() for g in k.goals]} for k in kinds],
            }
        )
        return EXIT_OK
    print(t("cli.progress_title", args.lang, date=fmt.day(reference, args.lang)))
    for goal in city.goals:
        print("  " + texts.goal_status_line(goal, args.lang))
    for ward in wards:
        statuses = ", ".join(t(f"progress.{g.status}", args.lang) for g in ward.goals)
        print(f"  {ward.name:<20} {statuses}")
    return EXIT_OK


def progress_report(data_dir: Path, reference: date) -> tuple[UnitProgress, list[UnitProgress], list[UnitProgress]]:
    """The progress of the city, its wards and kinds as of a date, from every stored snapshot."""
    return report(store.observations(data_dir), ward_table(store.units(data_dir)), store.goals(data_dir), reference)
