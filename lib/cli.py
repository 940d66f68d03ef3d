"""The command line: summarize, validate, import, history, restore, progress, user and audit, as the pages do."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from lib import auth, fmt, store, texts
from lib.dataset import DEFAULT_DATA_DIR, default_units
from lib.i18n import DEFAULT_LANG, LANGS, t
from lib.problems import line
from lib.progress import UnitProgress, report
from lib.roster import Parsed, parse_bytes
from lib.schema import ROLES
from lib.summary import summary, validation
from lib.units import ward_table

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

    validate = commands.add_parser("validate", parents=[common], help="check a file without storing it")
    validate.add_argument("file", type=Path)
    validate.add_argument("--json", action="store_true")
    validate.add_argument("--as-of", type=_iso_date, help="the as-of date when the file's title gives none")

    do_import = commands.add_parser("import", parents=[common], help="check a file, then store it as a snapshot")
    do_import.add_argument("file", type=Path)
    do_import.add_argument("--as-of", type=_iso_date, help="the as-of date when the file's title gives none")
    do_import.add_argument("--by", default="", help="who sends the data")
    do_import.add_argument("--json", action="store_true")

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


def _read(path: Path, as_of: date | None, lang: str) -> tuple[Parsed, bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(t("cli.no_file", lang, path=path, reason=exc.strerror or exc), file=sys.stderr)
        raise InputError from exc
    return parse_bytes(data, path.name, default_units(), as_of=as_of), data


def summarize(args: argparse.Namespace) -> int:
    if args.file:
        parsed, _ = _read(args.file, args.as_of, args.lang)
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
    parsed, _ = _read(args.file, args.as_of, args.lang)
    if args.json:
        _print_json(validation(parsed, store.goals(args.data_dir), args.lang))
    else:
        _print_problems(parsed, args.lang)
        if parsed.ok and parsed.snapshot is not None:
            _print_summary(summary(parsed.snapshot, store.goals(args.data_dir)), args.lang)
    return EXIT_OK if parsed.ok else EXIT_INPUT


def do_import(args: argparse.Namespace) -> int:
    parsed, data = _read(args.file, args.as_of, args.lang)
    result = validation(parsed, store.goals(args.data_dir), args.lang)
    if not parsed.ok:
        _print_json(result) if args.json else _print_problems(parsed, args.lang)
        return EXIT_INPUT
    try:
        new_id = store.add_snapshot(args.data_dir, parsed, data, args.file.name, args.by)
    except store.StoreError as exc:
        print(store_message(exc, args.lang), file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        _print_json({**result, "snapshot_id": new_id})
    else:
        _print_problems(parsed, args.lang)
        print(t("cli.imported", args.lang, id=new_id, date=fmt.day(parsed.snapshot.as_of, args.lang)))  # type: ignore[union-attr]
    return EXIT_OK


def store_message(exc: store.StoreError, lang: str) -> str:
    params = {k: fmt.day(v, lang) if isinstance(v, date) else v for k, v in exc.params.items()}
    return t(f"store.{exc.code}", lang, **params)


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
    return report(store.observations(data_dir), ward_table(default_units()), store.goals(data_dir), reference)


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


COMMANDS = {
    "summarize": summarize,
    "validate": validate,
    "import": do_import,
    "history": history,
    "restore": restore,
    "progress": progress,
    "user": user,
    "audit": audit,
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
