"""The command line: summarize, validate, import, history, restore, progress, report, staffing, units, user, audit."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from lib import store
from lib.analysis.progress import UnitProgress, report
from lib.cli.shapes import summary, units_validation, validation
from lib.core.dataset import DEFAULT_DATA_DIR
from lib.core.schema import ROLES
from lib.ingest.roster import Parsed, parse_bytes
from lib.ingest.units import UnitsRead, parse_units, ward_table
from lib.present import fmt, texts
from lib.present import staffing_views as sv
from lib.present.i18n import DEFAULT_LANG, LANGS, t
from lib.present.problems import catalogue_message, line, store_message
from lib.present.units import describe
from lib.report import FORMATS, ReportError, from_store
from lib.staffing import allowance, staffing, staffing_json
from lib.store import auth

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class InputError(Exception):
    """Wrong input: the message is already printed; the CLI exits with 1."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text}") from exc


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="where the store lives")
    common.add_argument("--lang", choices=LANGS, default=DEFAULT_LANG, help="language of messages")
    parser = argparse.ArgumentParser(prog="python -m lib.cli", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    summarize = commands.add_parser("summarize", parents=[common], help="coverage of the current snapshot or a file")
    summarize.add_argument("file", nargs="?", type=Path, help="a roster (CSV/XLSX/Parquet); read, not stored")
    summarize.add_argument("--json", action="store_true", help="print the summary as JSON")
    summarize.add_argument("--as-of", type=_iso_date, help="the date of FILE when its title gives none")
    summarize.add_argument("--units", type=Path, help="check FILE against this units master CSV")

    validate = commands.add_parser("validate", parents=[common], help="check a file without storing it")
    validate.add_argument("file", type=Path)
    validate.add_argument("--json", action="store_true")
    validate.add_argument("--as-of", type=_iso_date, help="the as-of date when the file's title gives none")
    validate.add_argument("--units", type=Path, help="check against this units master CSV (not stored)")

    do_import = commands.add_parser("import", parents=[common], help="check a file, then store it as a snapshot")
    do_import.add_argument("file", type=Path)
    do_import.add_argument("--as-of", type=_iso_date, help="the as-of date when the file's title gives none")
    do_import.add_argument("--by", default="", help="who sends the data")
    do_import.add_argument("--json", action="store_true")
    do_import.add_argument(
        "--units", type=Path, help="check against this units master CSV, and make it the stored master with the file"
    )

    show_history = commands.add_parser("history", parents=[common], help="the stored snapshots")
    show_history.add_argument("--json", action="store_true")

    show_progress = commands.add_parser("progress", parents=[common], help="status toward each goal")
    show_progress.add_argument("--as-of", type=_iso_date, help="judge as of this date (default: the current data)")
    show_progress.add_argument("--json", action="store_true")

    accounts = commands.add_parser("user", help="accounts").add_subparsers(dest="user_command", required=True)
    add_account = accounts.add_parser("add", parents=[common], help="create an account")
    add_account.add_argument("name")
    add_account.add_argument("--role", choices=ROLES, required=True)
    add_account.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add_account.add_argument("--by", default="")

    show_audit = commands.add_parser("audit", parents=[common], help="the audit trail: who changed what, when")
    show_audit.add_argument("--json", action="store_true")

    do_restore = commands.add_parser("restore", parents=[common], help="make an earlier snapshot current")
    do_restore.add_argument("id", type=int)
    do_restore.add_argument("--by", default="")

    masters = commands.add_parser("units", help="the units master").add_subparsers(dest="units_command", required=True)
    units_import = masters.add_parser("import", parents=[common], help="check a units master CSV and store it")
    units_import.add_argument("file", type=Path)
    units_import.add_argument("--by", default="", help="who replaces the master")
    units_import.add_argument("--json", action="store_true")
    units_list = masters.add_parser("list", parents=[common], help="the stored units masters, the one in force first")
    units_list.add_argument("--json", action="store_true")

    brief = commands.add_parser("report", parents=[common], help="the meeting brief as a PPTX, PDF or XLSX file")
    brief.add_argument("--format", choices=FORMATS, required=True, dest="kind")
    brief.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    brief.add_argument("--as-of", type=_iso_date, help="the snapshot in force on this date (default: the current)")
    brief.add_argument("--hide-names", action="store_true", help="leave every person's name out")

    personnel = commands.add_parser("staffing", parents=[common], help="posts, people and allowances of the roster")
    personnel.add_argument("--json", action="store_true")
    return parser


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _print_summary(data: dict[str, Any], lang: str) -> None:
    as_of = date.fromisoformat(data["as_of"])
    print(
        t(
            "cli.summary_title",
            lang,
            date=fmt.day(as_of, lang),
            concurrent=data["concurrent"],
            hamlets=data["total_hamlets"],
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


def _bytes(path: Path, lang: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        print(t("cli.no_file", lang, path=path, reason=exc.strerror or exc), file=sys.stderr)
        raise InputError from exc


def _read(path: Path, as_of: date | None, lang: str, units: pd.DataFrame) -> tuple[Parsed, bytes]:
    data = _bytes(path, lang)
    return parse_bytes(data, path.name, units, as_of=as_of), data


def _read_units(path: Path, lang: str, as_json: bool) -> tuple[UnitsRead, bytes]:
    """A units master file read and checked; its errors printed (as JSON with --json) and InputError raised."""
    data = _bytes(path, lang)
    read = parse_units(data, path.name)
    if not read.ok:
        if as_json:
            _print_json({"ok": False, "units": units_validation(read, lang, path.name)})
        else:
            _print_units_problems(read, lang)
        raise InputError
    return read, data


def _print_units_problems(read: UnitsRead, lang: str) -> None:
    for title, problems in (("cli.units_errors", read.errors), ("cli.warnings", read.warnings)):
        if problems:
            print(t(title, lang), file=sys.stderr)
            for problem in problems:
                print("  " + line(problem, lang), file=sys.stderr)


def _units_for(args: argparse.Namespace) -> tuple[pd.DataFrame, UnitsRead | None, bytes]:
    """The master to check against: --units FILE for this run, else the stored one (else the embedded one)."""
    if getattr(args, "units", None) is None:
        return store.units(args.data_dir), None, b""
    read, data = _read_units(args.units, args.lang, bool(getattr(args, "json", False)))
    assert read.units is not None
    return read.units, read, data


def _with_units(result: dict[str, Any], read: UnitsRead | None, args: argparse.Namespace) -> dict[str, Any]:
    return {**result, "units": units_validation(read, args.lang, args.units.name)} if read is not None else result


def summarize(args: argparse.Namespace) -> int:
    if args.file:
        units, _, _ = _units_for(args)
        parsed, _ = _read(args.file, args.as_of, args.lang, units)
        _print_problems(parsed, args.lang)
        if not parsed.ok or parsed.snapshot is None:
            return EXIT_INPUT
        snapshot = parsed.snapshot
    else:
        snapshot = store.load(args.data_dir)
    data = summary(snapshot, store.goals(args.data_dir))
    _print_json(data) if args.json else _print_summary(data, args.lang)
    return EXIT_OK


def validate(args: argparse.Namespace) -> int:
    units, units_read, _ = _units_for(args)
    parsed, _ = _read(args.file, args.as_of, args.lang, units)
    if args.json:
        _print_json(_with_units(validation(parsed, store.goals(args.data_dir), args.lang), units_read, args))
    else:
        if units_read is not None:
            _print_units_problems(units_read, args.lang)
        _print_problems(parsed, args.lang)
        if parsed.ok and parsed.snapshot is not None:
            _print_summary(summary(parsed.snapshot, store.goals(args.data_dir)), args.lang)
    return EXIT_OK if parsed.ok else EXIT_INPUT


def do_import(args: argparse.Namespace) -> int:
    """Check, then store; with --units FILE that master is stored too (in the same transaction) unless in force."""
    units, units_read, units_data = _units_for(args)
    parsed, data = _read(args.file, args.as_of, args.lang, units)
    result = _with_units(validation(parsed, store.goals(args.data_dir), args.lang), units_read, args)
    if not parsed.ok:
        if args.json:
            _print_json(result)
        else:
            if units_read is not None:
                _print_units_problems(units_read, args.lang)
            _print_problems(parsed, args.lang)
        return EXIT_INPUT
    units_file = store.UnitsFile(units, units_data, args.units.name) if units_read is not None else None
    before = store.units_masters(args.data_dir)
    try:
        new_id = store.add_snapshot(args.data_dir, parsed, data, args.file.name, args.by, units_file=units_file)
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    after = store.units_masters(args.data_dir)
    new_master = after[0].id if len(after) > len(before) else None
    if args.json:
        _print_json({**result, "snapshot_id": new_id, "units_master_id": new_master})
    else:
        if units_read is not None:
            _print_units_problems(units_read, args.lang)
        _print_problems(parsed, args.lang)
        if new_master is not None:
            print(t("cli.units_imported", args.lang, id=new_master, counts=describe(units, args.lang)))
        print(t("cli.imported", args.lang, id=new_id, date=fmt.day(parsed.snapshot.as_of, args.lang)))  # type: ignore[union-attr]
    return EXIT_OK


def units_command(args: argparse.Namespace) -> int:
    """`units import FILE`: check a master and make it the one in force; `units list`: the stored masters."""
    if args.units_command == "list":
        return _units_list(args)
    read, data = _read_units(args.file, args.lang, args.json)
    assert read.units is not None
    orphan_of, orphan_count = store.orphans(args.data_dir, read.units)
    try:
        new_id = store.set_units(args.data_dir, store.UnitsFile(read.units, data, args.file.name), args.by)
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        _print_json({**units_validation(read, args.lang, args.file.name), "units_master_id": new_id})
        return EXIT_OK
    _print_units_problems(read, args.lang)
    if orphan_count:
        print(t("units.orphans", args.lang, count=orphan_count, id=orphan_of), file=sys.stderr)
    print(t("cli.units_imported", args.lang, id=new_id, counts=describe(read.units, args.lang)))
    return EXIT_OK


def _units_list(args: argparse.Namespace) -> int:
    rows = store.units_masters(args.data_dir)
    if args.json:
        _print_json(
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


def history(args: argparse.Namespace) -> int:
    rows = store.history(args.data_dir)
    if args.json:
        _print_json(
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


def progress(args: argparse.Namespace) -> int:
    reference = args.as_of or store.load(args.data_dir).as_of
    first = min(store.observations(args.data_dir)["as_of"])
    if reference < first:
        print(
            t("cli.before_first", args.lang, date=fmt.day(reference, args.lang), first=fmt.day(first, args.lang)),
            file=sys.stderr,
        )
        return EXIT_INPUT
    city, wards, kinds = progress_report(args.data_dir, reference)
    if args.json:
        _print_json(
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


def user(args: argparse.Namespace) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(t("cli.password", args.lang))
        if getpass.getpass(t("cli.password_again", args.lang)) != password:
            print(t("account.mismatch", args.lang), file=sys.stderr)
            return EXIT_INPUT
    try:
        auth.add_user(args.data_dir, args.name, args.role, password, args.by or "cli")
    except auth.AccountError as exc:
        print(t(f"account.{exc.code}", args.lang, **exc.params), file=sys.stderr)
        return EXIT_INPUT
    print(t("account.created", args.lang, name=args.name.strip(), role=t(f"role.{args.role}", args.lang)))
    return EXIT_OK


def audit(args: argparse.Namespace) -> int:
    rows = store.events(args.data_dir)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for row in rows:
        print(
            f"{fmt.moment(str(row['at']), args.lang)}  {row['user'] or '-':<16} {row['action']:<16} "
            f"{json.dumps(row['detail'], ensure_ascii=False)}"
        )
    return EXIT_OK


def brief_report(args: argparse.Namespace) -> int:
    """Write the brief; where no chart can be drawn, the file still comes, with tables and a note saying why."""
    try:
        made = from_store(args.data_dir, args.kind, args.lang, args.hide_names, as_of=args.as_of)
    except ReportError as exc:
        print(catalogue_message(exc.code, exc.params, args.lang), file=sys.stderr)
        return EXIT_INPUT
    try:
        args.output.write_bytes(made.data)
    except OSError as exc:
        print(t("brief.cannot_write", args.lang, path=args.output, reason=exc.strerror or exc), file=sys.stderr)
        return EXIT_INPUT
    for note in made.notes:
        print(note, file=sys.stderr)
    print(t("brief.written", args.lang, path=args.output))
    return EXIT_OK


def staffing_command(args: argparse.Namespace) -> int:
    """Posts and people of the current snapshot's officer roster; the allowance budget once staff entered its rates."""
    snapshot = store.load(args.data_dir)
    document, issues = allowance.load_file(allowance.path_in(args.data_dir))
    if document is None:
        print(sv.file_problems(issues, args.lang), file=sys.stderr)
        return EXIT_INPUT
    model = sv.model_on(document, snapshot.as_of)
    counted = staffing(snapshot.officers, snapshot.units, sv.quota_of(document, model, snapshot.units))
    money = allowance.budget(snapshot.officers, snapshot.units, model, document.base_salary, snapshot.as_of)
    if args.json:
        # "granularity" tells an officer roster from a hamlet list or a ward summary (which have no posts to count)
        _print_json({**staffing_json(counted, money), "granularity": snapshot.granularity})
        return EXIT_OK
    lang = args.lang
    print(texts.as_of(snapshot, lang))
    if snapshot.officers is None:
        print(sv.no_roster(snapshot, lang))
        return EXIT_OK
    for key, value in (
        ("staffing.posts", counted.posts),
        ("staffing.people", counted.people),
        ("staffing.multi", counted.multi_title_persons),
        ("staffing.heads_not_members", counted.heads_not_party_members),
        ("staffing.pipeline", counted.secretaries_not_heads),
    ):
        print(f"  {t(key, lang)}: {fmt.integer(value, lang)}")
    if counted.quota is not None:
        print(f"  {t('staffing.quota', lang)}: {fmt.integer(counted.quota, lang)} ({sv.quota_delta(counted, lang)})")
    if money is None:
        print(t("allowance.missing_intro", lang))
        gaps = allowance.missing_for(snapshot.officers, model, document.base_salary, snapshot.as_of)
        for line in sv.missing_lines(gaps, counted.by_title, snapshot.as_of, lang):
            print(f"  - {line}")
        return EXIT_OK
    for key, amount in (
        ("allowance.monthly_now", money.monthly_now),
        ("allowance.monthly_all", money.monthly_if_all_concurrent),
        ("allowance.monthly_saving", money.monthly_saving),
    ):
        print(f"  {t(key, lang)}: {sv.money(amount, lang)}")
    return EXIT_OK


COMMANDS = {
    "summarize": summarize,
    "validate": validate,
    "import": do_import,
    "history": history,
    "restore": restore,
    "progress": progress,
    "user": user,
    "audit": audit,
    "units": units_command,
    "report": brief_report,
    "staffing": staffing_command,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # exits with 2 on a usage error
    try:
        return COMMANDS[args.command](args)
    except InputError:
        return EXIT_INPUT
    except BrokenPipeError:  # the reader went away (`… | head`): nothing more to say
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback
        print(t("cli.internal", getattr(args, "lang", DEFAULT_LANG), reason=exc), file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
