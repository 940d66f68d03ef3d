"""The snapshot commands: summarize, validate, import, history and restore."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

import pandas as pd

from lib import store
from lib.cli import on_units
from lib.cli.common import EXIT_INPUT, EXIT_OK, print_json, progress_line, read_bytes
from lib.cli.shapes import summary, validation
from lib.cli.units import print_units_problems, units_for, with_units
from lib.core.model import ColumnMapping
from lib.ingest.header import Choices
from lib.ingest.roster import Parsed, parse_bytes
from lib.present import fmt, steps, texts
from lib.present.i18n import t
from lib.present.problems import group_line, grouped, store_message
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


def _remember(args: argparse.Namespace, parsed: Parsed) -> int | None:
    """The columns given with --column kept for files laid out the same way (after the file was stored); its id."""
    if not args.column or not parsed.signature or not parsed.columns_chosen:
        return None
    return store.save_mapping(args.data_dir, ColumnMapping(parsed.signature, parsed.columns_chosen), args.by or "cli")


def _print_columns(parsed: Parsed, lang: str) -> None:
    """Under a missing-column error: the columns found and what each was read as, and how to point one at a field."""
    if not parsed.fields_missing:
        return
    print(t("cli.columns_found", lang), file=sys.stderr)
    for found in parsed.columns_found:
        read_as = t(f"col.{found.field}", lang) if found.field else "—"
        values = ", ".join(found.values)
        print(f"  {found.index + 1:>3}. «{found.header}» → {read_as}  ({values})", file=sys.stderr)
    print(t("cli.column_hint", lang), file=sys.stderr)


def _print_problems(parsed: Parsed, lang: str) -> None:
    if parsed.mapping_used is not None:
        print(t("cli.mapping_used", lang, id=parsed.mapping_used), file=sys.stderr)
    if parsed.errors:
        print(t("cli.errors", lang), file=sys.stderr)
        for group in grouped(parsed.errors):
            print("  " + group_line(group, lang), file=sys.stderr)
        _print_columns(parsed, lang)
    if parsed.warnings:
        print(t("cli.warnings", lang), file=sys.stderr)
        for group in grouped(parsed.warnings):
            print("  " + group_line(group, lang), file=sys.stderr)


def _read(args: argparse.Namespace, units: pd.DataFrame, storing: bool = False) -> tuple[Parsed, bytes]:
    """The file of `args.file` read and checked, within the read limits set in the store of `args.data_dir`, and
    taken under the scope chosen with --scope (a ward-by-ward file: its wards only, or the whole city).

    `storing`: the file is to be stored, so the store hashes and compresses it on the other core while its rows
    are read (once its table is: Arrow's split of a CSV file has that core before)."""
    data = read_bytes(args.file, args.lang)
    limits = store.read_limits(args.data_dir)
    choices = Choices(dict(getattr(args, "column", None) or []), tuple(store.mappings(args.data_dir)))
    prepare = (lambda: store.prepare_file(data)) if storing else None
    with progress_line(args, t("step.reading", args.lang)):
        parsed = parse_bytes(
            data, args.file.name, units, as_of=args.as_of, limits=limits, choices=choices, on_table=prepare
        )
    return store.scoped(args.data_dir, parsed, getattr(args, "scope", None)), data


def _needs_scope(parsed: Parsed, args: argparse.Namespace) -> bool:
    """A file without errors with figures for some wards only, imported without --scope."""
    return parsed.ok and parsed.partial and args.scope is None


def _print_scope_needed(parsed: Parsed, args: argparse.Namespace) -> None:
    """When the file needs a scope: the message that names both choices."""
    if not _needs_scope(parsed, args) or parsed.snapshot is None:
        return
    units = parsed.snapshot.units
    names = texts.ward_names(units, parsed.wards_covered, args.lang)
    wards = int(units["ward_code"].nunique())
    print(
        t("cli.scope_required", args.lang, covered=len(parsed.wards_covered), wards=wards, names=names),
        file=sys.stderr,
    )


def summarize(args: argparse.Namespace) -> int:
    """The summary of the current snapshot or of a file; with --on-units DATE, on the master in force on DATE."""
    if args.on_units is not None and args.units is not None:
        print(t("cli.on_units_with_units", args.lang), file=sys.stderr)
        return EXIT_INPUT
    if args.file:
        units, _, _ = units_for(args)
        parsed, _ = _read(args, units)
        _print_problems(parsed, args.lang)
        if not parsed.ok or parsed.snapshot is None:
            return EXIT_INPUT
        snapshot = parsed.snapshot
    else:
        snapshot = store.load(args.data_dir)
    if args.on_units is not None:
        # a file is checked against the master in force; a stored snapshot was checked against the one then
        own = store.masters_chain(args.data_dir)[-1].id if args.file else None
        if own is None:
            own = store.snapshot_master(args.data_dir, int(snapshot.id))
        return on_units.summarize_on(args, snapshot, own)
    used = on_units.master_used(args, None if args.file else int(snapshot.id))
    data = {**summary(snapshot, store.goals(args.data_dir)), "units": on_units.units_used(used)}
    print_json(data) if args.json else _print_summary(data, args.lang)
    if not args.json and (line := on_units.units_line(used, args.lang)):
        print(line)
    return EXIT_OK


def validate(args: argparse.Namespace) -> int:
    units, units_read, _ = units_for(args)
    try:
        parsed, _ = _read(args, units)
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
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
    try:
        parsed, data = _read(args, units, storing=True)
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    # the JSON's checks and summary (0.1 s at national scale): made for --json only
    result = (
        with_units(validation(parsed, store.goals(args.data_dir), args.lang), units_read, args) if args.json else {}
    )
    if not parsed.ok or _needs_scope(parsed, args):
        if args.json:
            print_json(result)
        else:
            if units_read is not None:
                print_units_problems(units_read, args.lang)
            _print_problems(parsed, args.lang)
        _print_scope_needed(parsed, args)
        return EXIT_INPUT
    units_file = store.UnitsFile(units, units_data, args.units.name) if units_read is not None else None
    before = store.units_masters(args.data_dir)
    try:
        with progress_line(args) as progress:  # on a terminal: "Bước 3/6: đã ghi bản số liệu"
            on_step = progress.on_step(steps.IMPORT)
            on_step("read")
            new_id = store.add_snapshot(
                args.data_dir,
                parsed,
                data,
                args.file.name,
                args.by,
                on_step=on_step,
                units_file=units_file,
                scope=args.scope,
            )
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    after = store.units_masters(args.data_dir)
    new_master = after[0].id if len(after) > len(before) else None
    mapping_id = _remember(args, parsed)
    if args.json:
        print_json({**result, "snapshot_id": new_id, "units_master_id": new_master, "mapping_id": mapping_id})
    else:
        if units_read is not None:
            print_units_problems(units_read, args.lang)
        _print_problems(parsed, args.lang)
        if mapping_id is not None:
            print(t("cli.mapping_saved", args.lang, id=mapping_id))
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
