"""The argparse parser: one small function per command adds its arguments, in the order `--help` lists them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeAlias

from lib.core.paths import DEFAULT_DATA_DIR
from lib.core.schema import MAPPABLE_FIELDS, ROLES, SCOPES
from lib.present.i18n import DEFAULT_LANG, LANGS
from lib.report import FORMATS

PROG = "python -m lib.cli"
DESCRIPTION = (
    "The command line: summarize, validate, import, mappings, history, restore, progress, report, staffing, units, "
    "user, audit."
)

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text}") from exc


def _column_choice(text: str) -> tuple[str, str]:
    """`--column "HEADER=FIELD"`: a column of the file, by its header, and the field it holds."""
    header, sep, field = text.rpartition("=")
    if not sep or not header.strip() or field.strip() not in MAPPABLE_FIELDS:
        raise argparse.ArgumentTypeError(f"not HEADER=FIELD with FIELD one of {', '.join(MAPPABLE_FIELDS)}: {text}")
    return header.strip(), field.strip()


def _add_column_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--column",
        type=_column_choice,
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="the column headed HEADER holds FIELD (repeatable); import remembers it for files laid out the same way",
    )


def _common() -> argparse.ArgumentParser:
    """The options every command takes: where the store lives (a data dir, or a database URL) and the language of
    messages."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="where the store lives")
    common.add_argument("--lang", choices=LANGS, default=DEFAULT_LANG, help="language of messages")
    common.add_argument(
        "--database-url",
        metavar="URL",
        help="the store in this database (postgresql+psycopg://…) instead of the data dir's SQLite file; "
        "default: $BL_DATABASE_URL",
    )
    return common


def _summarize(commands: Commands, common: argparse.ArgumentParser) -> None:
    summarize = commands.add_parser("summarize", parents=[common], help="coverage of the current snapshot or a file")
    summarize.add_argument("file", nargs="?", type=Path, help="a roster (CSV/XLSX/Parquet); read, not stored")
    summarize.add_argument("--json", action="store_true", help="print the summary as JSON")
    summarize.add_argument("--as-of", type=_iso_date, help="the date of FILE when its title gives none")
    summarize.add_argument("--units", type=Path, help="check FILE against this units master CSV")
    summarize.add_argument(
        "--on-units", type=_iso_date, metavar="YYYY-MM-DD", help="express the figures on the units master in force then"
    )


def _validate(commands: Commands, common: argparse.ArgumentParser) -> None:
    validate = commands.add_parser("validate", parents=[common], help="check a file without storing it")
    validate.add_argument("file", type=Path)
    validate.add_argument("--json", action="store_true")
    validate.add_argument("--as-of", type=_iso_date, help="the as-of date when the file's title gives none")
    validate.add_argument("--units", type=Path, help="check against this units master CSV (not stored)")
    _add_column_option(validate)
    _scope(validate)


def _import(commands: Commands, common: argparse.ArgumentParser) -> None:
    do_import = commands.add_parser("import", parents=[common], help="check a file, then store it as a snapshot")
    do_import.add_argument("file", type=Path)
    do_import.add_argument("--as-of", type=_iso_date, help="the as-of date when the file's title gives none")
    do_import.add_argument("--by", default="", help="who sends the data")
    do_import.add_argument("--json", action="store_true")
    do_import.add_argument(
        "--units", type=Path, help="check against this units master CSV, and make it the stored master with the file"
    )
    _add_column_option(do_import)
    _scope(do_import)


def _scope(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--scope",
        choices=SCOPES,
        help="a file with only some wards: update those wards only, the others carried forward (covered), or "
        "count it as the whole city, its missing hamlets not concurrent (all)",
    )


def _history(commands: Commands, common: argparse.ArgumentParser) -> None:
    show_history = commands.add_parser("history", parents=[common], help="the stored snapshots")
    show_history.add_argument("--json", action="store_true")


def _progress(commands: Commands, common: argparse.ArgumentParser) -> None:
    show_progress = commands.add_parser("progress", parents=[common], help="status toward each goal")
    show_progress.add_argument("--as-of", type=_iso_date, help="judge as of this date (default: the current data)")
    show_progress.add_argument("--json", action="store_true")
    show_progress.add_argument(
        "--on-units", type=_iso_date, metavar="YYYY-MM-DD", help="the series on the units master in force then"
    )


def _user(commands: Commands, common: argparse.ArgumentParser) -> None:
    accounts = commands.add_parser("user", help="accounts").add_subparsers(dest="user_command", required=True)
    add_account = accounts.add_parser("add", parents=[common], help="create an account")
    add_account.add_argument("name")
    add_account.add_argument("--role", choices=ROLES, required=True)
    add_account.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add_account.add_argument("--by", default="")
    passwd = accounts.add_parser("passwd", parents=[common], help="set an account's password")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    passwd.add_argument("--must-change", action="store_true", help="the user must change it at the next login")
    passwd.add_argument("--by", default="")
    for command, says in (
        ("disable", "disable an account: no login"),
        ("enable", "enable a disabled account"),
        ("unlock", "forget an account's failed logins: it may log in again at once"),
    ):
        switch = accounts.add_parser(command, parents=[common], help=says)
        switch.add_argument("name")
        switch.add_argument("--by", default="")


def _audit(commands: Commands, common: argparse.ArgumentParser) -> None:
    show_audit = commands.add_parser("audit", parents=[common], help="the audit trail: who changed what, when")
    show_audit.add_argument("--json", action="store_true")
    show_audit.add_argument(
        "--verify", action="store_true", help="check the hash chain: exit 1 when an event was removed or changed"
    )


def _mappings(commands: Commands, common: argparse.ArgumentParser) -> None:
    kept = commands.add_parser("mappings", help="column mappings remembered for header layouts")
    actions = kept.add_subparsers(dest="mappings_command", required=True)
    listed = actions.add_parser("list", parents=[common], help="the remembered mappings, newest first")
    listed.add_argument("--json", action="store_true")
    forget = actions.add_parser("delete", parents=[common], help="forget a mapping: its layout is asked about again")
    forget.add_argument("id", type=int)
    forget.add_argument("--by", default="")


def _restore(commands: Commands, common: argparse.ArgumentParser) -> None:
    do_restore = commands.add_parser("restore", parents=[common], help="make an earlier snapshot current")
    do_restore.add_argument("id", type=int)
    do_restore.add_argument("--by", default="")


def _units(commands: Commands, common: argparse.ArgumentParser) -> None:
    masters = commands.add_parser("units", help="the units master").add_subparsers(dest="units_command", required=True)
    units_import = masters.add_parser("import", parents=[common], help="check a units master CSV and store it")
    units_import.add_argument("file", type=Path)
    units_import.add_argument("--by", default="", help="who replaces the master")
    units_import.add_argument("--json", action="store_true")
    units_import.add_argument(
        "--effective", type=_iso_date, metavar="YYYY-MM-DD", help="the date the master takes effect"
    )
    units_import.add_argument(
        "--crosswalk", type=Path, help="a CSV saying how each unit of the master in force maps to the new one"
    )
    units_list = masters.add_parser("list", parents=[common], help="the stored units masters, the one in force first")
    units_list.add_argument("--json", action="store_true")


def _report(commands: Commands, common: argparse.ArgumentParser) -> None:
    brief = commands.add_parser("report", parents=[common], help="the meeting brief as a PPTX, PDF or XLSX file")
    brief.add_argument("--format", choices=FORMATS, required=True, dest="kind")
    brief.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    brief.add_argument("--as-of", type=_iso_date, help="the snapshot in force on this date (default: the current)")
    brief.add_argument("--hide-names", action="store_true", help="leave every person's name out")


def _staffing(commands: Commands, common: argparse.ArgumentParser) -> None:
    personnel = commands.add_parser("staffing", parents=[common], help="posts, people and allowances of the roster")
    personnel.add_argument("--json", action="store_true")


# In the order `--help` lists the commands.
COMMAND_PARSERS: tuple[Callable[[Commands, argparse.ArgumentParser], None], ...] = (
    _summarize,
    _validate,
    _import,
    _mappings,
    _history,
    _progress,
    _user,
    _audit,
    _restore,
    _units,
    _report,
    _staffing,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True)
    common = _common()
    for add in COMMAND_PARSERS:
        add(commands, common)
    return parser
