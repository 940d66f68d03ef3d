"""The snapshot commands: summarize, validate, import, history and restore."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

import pandas as pd

from lib import store
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json, progress_line, read_bytes
from lib.cli.shapes import summary, validation
from lib.cli.units import print_units_problems, units_for, with_units
from lib.ingest.roster import Parsed, parse_bytes
from lib.present import fmt, steps
from lib.present.i18n import t
from lib.present.problems import line, store_message
from lib.present.units import describe


def _print_summary(data: dict[str, Any], lang: str) -> None:
    as_of = date.fromisoformat(data["as_of"])
    print(
        t(
            "cli.summary_title",
            lang,
            date=fmt.day(as_of, lang),
            concurrent=fmt.integer(data["concurrent"], lang),
            hamlets=fmt.integer(data["total_hamlets"], lang),
            pct=fmt.pct(data["coverage_pct"], lang),
        )
    )
    for goal in data["goals"]:
        print(
            "  "
            + t(
                "cli.goal_line",
                lang,
                pct=fmt.pct(goal["target_pct"], lang, 0),
                date=fmt.day(date.fromisoformat(goal["deadline"]), lang),
                required=goal["required"],
                remaining=goal["remaining"],
            )
        )
    width = max(len(w["ward"]) for w in data["wards"])
    for ward in data["wards"]:
        print(
            f"  {ward['ward']:<{width}}  {ward['concurrent']:>3}/{ward['hamlets']:<3} "
            f"{fmt.pct(ward['coverage_pct'], lang):>8}"
        )
    if data.get("illustrative"):
        print(t("cli.illustrative", lang))


def _print_problems(parsed: Parsed, lang: str) -> None:
    if parsed.errors:
        print(t("cli.errors", lang), file=sys.stderr)
        for problem in parsed.errors:
            print("  " + line(problem, lang), file=sys.stderr)
    if parsed.warnings:
        print(t("cli.warnings", lang), file=sys.stderr)
        for problem in parsed.warnings:
            print("  " + line(problem, lang), file=sys.stderr)


def _read(args: argparse.Namespace, units: pd.DataFrame) -> tuple[Parsed, bytes]:
    """The file of `args.file` read and checked, within the read limits set in the store of `args.data_dir`."""
    data = read_bytes(args.file, args.lang)
    limits = store.read_limits(args.data_dir)
    with progress_line(args, t("step.reading", args.lang)):
        parsed = parse_bytes(data, args.file.name, units, as_of=args.as_of, limits=limits)
    return parsed, data


def summarize(args: argparse.Namespace) -> int:
    if args.file:
        units, _, _ = units_for(args)
        parsed, _ = _read(args, units)
        _print_problems(parsed, args.lang)
        if not parsed.ok or parsed.snapshot is None:
            return EXIT_INPUT
        snapshot = parsed.snapshot
    else:
        snapshot = store.load(args.data_dir)
    data = summary(snapshot, store.goals(args.data_dir))
    print_json(data) if args.json else _print_summary(data, args.lang)
    return EXIT_OK


def validate(args: argparse.Namespace) -> int:
    units, units_read, _ = units_for(args)
    parsed, _ = _read(args, units)
    if args.json:
        print_json(with_units(validation(parsed, store.goals(args.data_dir), args.lang), units_read, args))
    else:
        if units_read is not None:
            print_units_problems(units_read, args.lang)
        _print_problems(parsed, args.lang)
        if parsed.ok and parsed.snapshot is not None:
            _print_summary(summary(parsed.snapshot, store.goals(args.data_dir)), args.lang)
    return EXIT_OK if parsed.ok else EXIT_INPUT


def do_import(args: argparse.Namespace) -> int:
    """Check, then store; with --units FILE that master is stored too (in the same transaction) unless in force."""
    units, units_read, units_data = units_for(args)
    parsed, data = _read(args, units)
    result = with_units(validation(parsed, store.goals(args.data_dir), args.lang), units_read, args)
    if not parsed.ok:
        if args.json:
            print_json(result)
        else:
            if units_read is not None:
                print_units_problems(units_read, args.lang)
            _print_problems(parsed, args.lang)
        return EXIT_INPUT
    units_file = store.UnitsFile(units, units_data, args.units.name) if units_read is not None else None
    before = store.units_masters(args.data_dir)
    try:
        with progress_line(args) as progress:  # on a terminal: "Bước 3/6: đã ghi bản số liệu"
            on_step = progress.on_step(steps.IMPORT)
            on_step("read")
            new_id = store.add_snapshot(
                args.data_dir, parsed, data, args.file.name, args.by, on_step=on_step, units_file=units_file
            )
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    after = store.units_masters(args.data_dir)
    new_master = after[0].id if len(after) > len(before) else None
    if args.json:
        print_json({**result, "snapshot_id": new_id, "units_master_id": new_master})
    else:
        if units_read is not None:
            print_units_problems(units_read, args.lang)
        _print_problems(parsed, args.lang)
        if new_master is not None:
            print(t("cli.units_imported", args.lang, id=new_master, counts=describe(units, args.lang)))
        print(t("cli.imported", args.lang, id=new_id, date=fmt.day(parsed.snapshot.as_of, args.lang)))  # type: ignore[union-attr]
    return EXIT_OK


def history(args: argparse.Namespace) -> int:
    rows = store.history(args.data_dir)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "as_of": r.as_of.isoformat(),
                    "uploaded_at": r.uploaded_at,
                    "file_name": r.file_name,
                    "sha256": r.sha256,
                    "granularity": r.granularity,
                    "current": r.current,
                    "uploaded_by": r.uploaded_by,
                    "hamlets": r.hamlets,
                    "concurrent": r.concurrent,
                    "warnings": r.warnings,
                    "illustrative": r.illustrative,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    for r in rows:
        mark = "*" if r.current else " "
        print(
            f"{mark} #{r.id:<4} {fmt.day(r.as_of, args.lang)}  {r.concurrent:>4}/{r.hamlets:<4} "
            f"{r.granularity:<8} {fmt.moment(r.uploaded_at, args.lang):<17} {r.uploaded_by:<16} {r.file_name}"
        )
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    try:
        store.restore(args.data_dir, args.id, args.by)
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    print(t("cli.restored", args.lang, id=args.id))
    return EXIT_OK
