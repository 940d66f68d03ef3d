"""`units import FILE --effective DATE [--crosswalk FILE]`: a dated master and its crosswalk, checked and stored."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from lib import store
from lib.cli.common import EXIT_INPUT, EXIT_OK, InputError, print_json, read_bytes
from lib.cli.shapes import units_validation
from lib.ingest.crosswalk import CrosswalkRead, parse_crosswalk
from lib.ingest.units import UnitsRead
from lib.present import fmt
from lib.present.i18n import t
from lib.present.problems import as_json, group_line, grouped, store_message
from lib.present.units import describe


def _crosswalk_json(read: CrosswalkRead, file_name: str, lang: str) -> dict[str, Any]:
    """{"ok", "file", "rows", "unverified", "errors", "warnings"}."""
    rows = read.rows
    return {
        "ok": read.ok,
        "file": file_name,
        "sha256": read.sha256,
        "rows": None if rows is None else len(rows),
        "unverified": None if rows is None else int((~rows["verified"].astype(bool)).sum()),
        "errors": [as_json(p, lang) for p in read.errors],
        "warnings": [as_json(p, lang) for p in read.warnings],
    }


def _print_crosswalk_problems(read: CrosswalkRead, lang: str) -> None:
    for title, problems in (("cli.crosswalk_errors", read.errors), ("cli.warnings", read.warnings)):
        if problems:
            print(t(title, lang), file=sys.stderr)
            for group in grouped(problems):
                print("  " + group_line(group, lang), file=sys.stderr)


def _read_crosswalk(
    args: argparse.Namespace, read: UnitsRead, previous: int
) -> tuple[CrosswalkRead, store.CrosswalkFile] | None:
    """The --crosswalk file checked against the master in force and the new one; InputError after its errors."""
    if args.crosswalk is None:
        return None
    assert read.units is not None
    data = read_bytes(args.crosswalk, args.lang)
    earlier = store.master_units(args.data_dir, previous)
    checked = parse_crosswalk(data, earlier, read.units, store.read_limits(args.data_dir))
    if not checked.ok:
        if args.json:
            print_json(
                {
                    "ok": False,
                    **units_validation(read, args.lang, args.file.name),
                    "crosswalk": _crosswalk_json(checked, args.crosswalk.name, args.lang),
                }
            )
        else:
            _print_crosswalk_problems(checked, args.lang)
        raise InputError
    assert checked.rows is not None
    return checked, store.CrosswalkFile(checked.rows, data, args.crosswalk.name)


def dated_import(args: argparse.Namespace, read: UnitsRead, data: bytes) -> int:
    """Check the crosswalk (when given) and store the master with its date and crosswalk; exit code."""
    assert read.units is not None
    previous = store.masters_chain(args.data_dir)[-1].id
    linked = _read_crosswalk(args, read, previous)
    effective: date = args.effective or date.today()
    try:
        new_id = store.import_dated(
            args.data_dir,
            store.UnitsFile(read.units, data, args.file.name),
            effective,
            linked[1] if linked else None,
            previous,
            args.by,
        )
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        result = {**units_validation(read, args.lang, args.file.name), "units_master_id": new_id}
        result["effective"] = effective.isoformat()
        result["crosswalk"] = _crosswalk_json(linked[0], args.crosswalk.name, args.lang) if linked else None
        print_json(result)
        return EXIT_OK
    if linked:
        _print_crosswalk_problems(linked[0], args.lang)
    print(t("cli.units_imported", args.lang, id=new_id, counts=describe(read.units, args.lang)))
    print(t("cli.units_effective", args.lang, date=fmt.day(effective, args.lang)))
    if linked:
        rows = linked[1].rows
        unverified = int((~rows["verified"].astype(bool)).sum())
        key = "cli.crosswalk_stored_embedded" if previous == store.EMBEDDED_MASTER else "cli.crosswalk_stored"
        print(t(key, args.lang, previous=previous, rows=len(rows), unverified=unverified))
    return EXIT_OK
