"""`units import FILE` (dated: lib.cli.dated_units) and `units list`, and the `--units FILE` the data commands share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from lib import store
from lib.cli.common import EXIT_INPUT, EXIT_OK, InputError, print_json, read_bytes
from lib.cli.dated_units import dated_import
from lib.cli.shapes import units_validation
from lib.ingest.units import UnitsRead, parse_units
from lib.present import fmt
from lib.present.i18n import t
from lib.present.problems import group_line, grouped, store_message
from lib.present.units import describe


def read_units(path: Path, args: argparse.Namespace) -> tuple[UnitsRead, bytes]:
    """A units master file read and checked within the read limits set in the store of `args.data_dir`; its errors
    printed (as JSON with --json) and InputError raised."""
    lang, as_json = args.lang, bool(getattr(args, "json", False))
    data = read_bytes(path, lang)
    read = parse_units(data, path.name, store.read_limits(args.data_dir))
    if not read.ok:
        if as_json:
            print_json({"ok": False, "units": units_validation(read, lang, path.name)})
        else:
            print_units_problems(read, lang)
        raise InputError
    return read, data


def print_units_problems(read: UnitsRead, lang: str) -> None:
    for title, problems in (("cli.units_errors", read.errors), ("cli.warnings", read.warnings)):
        if problems:
            print(t(title, lang), file=sys.stderr)
            for group in grouped(problems):
                print("  " + group_line(group, lang), file=sys.stderr)


def units_for(args: argparse.Namespace) -> tuple[pd.DataFrame, UnitsRead | None, bytes]:
    """The master to check against: --units FILE for this run, else the stored one (else the embedded one)."""
    if getattr(args, "units", None) is None:
        return store.units(args.data_dir), None, b""
    read, data = read_units(args.units, args)
    assert read.units is not None
    return read.units, read, data


def with_units(result: dict[str, Any], read: UnitsRead | None, args: argparse.Namespace) -> dict[str, Any]:
    """The validation JSON, with the --units master's own validation under "units" when one was given."""
    return {**result, "units": units_validation(read, args.lang, args.units.name)} if read is not None else result


def units_command(args: argparse.Namespace) -> int:
    """`units import FILE`: check a master and make it the one in force; `units list`: the stored masters."""
    if args.units_command == "list":
        return _units_list(args)
    read, data = read_units(args.file, args)
    assert read.units is not None
    if args.effective is not None or args.crosswalk is not None:
        return dated_import(args, read, data)
    orphan_of, orphan_count = store.orphans(args.data_dir, read.units)
    try:
        new_id = store.set_units(args.data_dir, store.UnitsFile(read.units, data, args.file.name), args.by)
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        print_json({**units_validation(read, args.lang, args.file.name), "units_master_id": new_id})
        return EXIT_OK
    print_units_problems(read, args.lang)
    if orphan_count:
        print(t("units.orphans", args.lang, count=orphan_count, id=orphan_of), file=sys.stderr)
    print(t("cli.units_imported", args.lang, id=new_id, counts=describe(read.units, args.lang)))
    return EXIT_OK


def _units_list(args: argparse.Namespace) -> int:
    rows = store.units_masters(args.data_dir)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "created_at": r.created_at,
                    "created_by": r.created_by,
                    "file_name": r.file_name,
                    "sha256": r.sha256,
                    "wards": r.wards,
                    "hamlets": r.hamlets,
                    "current": r.current,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print(t("units.embedded", args.lang, counts=describe(store.units(args.data_dir), args.lang)))
    for r in rows:
        mark = "*" if r.current else " "
        print(
            f"{mark} #{r.id:<4} {fmt.moment(r.created_at, args.lang):<17} {r.wards:>6} {r.hamlets:>8}  "
            f"{r.created_by or '-':<16} {r.file_name}"
        )
    return EXIT_OK
